"""Where each role's work is: the page a person lands on after logging in, and the programmes link."""

from django.urls import reverse
from django.utils import translation

from .. import roles
from ..models import ParticipantProfile, ProgramIndexPage
from .records import scope_for_user


def _in_language(language, name):
    with translation.override(language):
        return reverse(name)


def landing_url(user, language):
    """Faculty: their dashboard; facilitators: today's sessions; coordinators: the records; editors,
    moderators and administrators: the admin. Someone with no role and no profile: the profile form."""
    groups = set(roles.group_names(user))
    if user.is_superuser or groups & {roles.PROGRAMME_ADMINISTRATORS, roles.EDITORS, roles.MODERATORS}:
        return reverse("wagtailadmin_home")
    if roles.FACILITATORS in groups and user.is_staff:
        return reverse("faculty_training_today")
    if roles.INSTITUTION_COORDINATORS in groups and scope_for_user(user) is not None:
        return _in_language(language, "faculty_training_records:index")
    if ParticipantProfile.objects.filter(user=user).exists():
        return _in_language(language, "faculty_training:dashboard")
    if user.is_staff:
        return reverse("wagtailadmin_home")
    return _in_language(language, "faculty_training:profile")


def programmes_url():
    """The published programme index in the current language, or None if there is none."""
    index = ProgramIndexPage.objects.live().public().first()
    return index.get_url() if index is not None else None
