"""Where each role's work is: the page a person lands on after logging in, and the programmes link."""

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from .. import roles
from ..cache_generations import CacheGeneration
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


NAVIGATION_GENERATION_KEY = "faculty_training:navigation:generation"
navigation_generation = CacheGeneration(NAVIGATION_GENERATION_KEY)


def navigation_changed(**kwargs):
    """Pages were published, unpublished, moved or deleted, their privacy changed, or a site's
    hostname or root page changed: the header's links are worked out again (every process, through
    the shared cache). Again after commit: another worker reading the pages before the change is
    committed would otherwise store the old link under the new generation."""
    navigation_generation.bump()


def programmes_url():
    """The published programme index in the current language, or None if there is none.

    Every page's header asks for it: it is the same for every visitor (a published, public page), so
    it is cached per language until pages change (two queries a request before, a third of the
    verify page's time)."""
    generation = navigation_generation.current()
    key = f"faculty_training:navigation:programmes:{generation}:{translation.get_language()}"
    url = cache.get(key)
    if url is None:
        index = ProgramIndexPage.objects.live().public().first()
        url = (index.get_url() or "") if index is not None else ""
        cache.set(key, url, 3600)
    return url or None
