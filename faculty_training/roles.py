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


def group_names(user):
    """The names of ``user``'s groups, read once per user object: a request's user is read once per
    request, however many checks the page makes (Django caches permissions on the user the same way)."""
    if not user.is_authenticated:
        return frozenset()
    names = getattr(user, "_faculty_training_group_names", None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        user._faculty_training_group_names = names
    return names


def forget_group_names(user):
    """Drop the groups read for ``user`` (their groups changed: the next check reads them again)."""
    user.__dict__.pop("_faculty_training_group_names", None)


def has_role(user, group_name):
    return group_name in group_names(user)


def is_programme_administrator(user):
    """Superusers and members of "Programme administrators" see and may do everything."""
    return user.is_authenticated and (user.is_superuser or has_role(user, PROGRAMME_ADMINISTRATORS))
