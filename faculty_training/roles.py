"""Names of the plugin's role groups; Wagtail itself provides "Editors" and "Moderators"."""

from django.utils.translation import gettext_lazy as _

PROGRAMME_ADMINISTRATORS = "Programme administrators"
FACILITATORS = "Facilitators"
INSTITUTION_COORDINATORS = "Institution coordinators"
EDITORS = "Editors"
MODERATORS = "Moderators"

#: group name -> translated label shown to people
ROLE_LABELS = {
    PROGRAMME_ADMINISTRATORS: _("Programme administrator"),
    FACILITATORS: _("Facilitator"),
    INSTITUTION_COORDINATORS: _("Institution coordinator"),
    EDITORS: _("Editor"),
    MODERATORS: _("Moderator"),
}


def is_programme_administrator(user):
    """Superusers and members of "Programme administrators" see and may do everything."""
    return user.is_authenticated and (user.is_superuser or user.groups.filter(name=PROGRAMME_ADMINISTRATORS).exists())
