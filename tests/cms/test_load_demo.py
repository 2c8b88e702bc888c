"""load_demo builds the demo site, twice gives the same data, and refuses production settings."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from wagtail.models import Page, Site

from cms.home.models import HomePage
from faculty_training.demo import DEMO_PASSWORD
from faculty_training.models import (
    Enrollment,
    Institution,
    IssuerKey,
    ModuleProgress,
    Notification,
    ParticipantProfile,
    ProgramIndexPage,
)

pytestmark = pytest.mark.django_db

DEMO_USERNAMES = {
    "admin",
    "editor",
    "moderator",
    "facilitator",
    "coordinator_pk",
    "coordinator_kz",
    "faculty_pk",
    "faculty_kz",
}


def _snapshot():
    return {
        "pages": sorted(Page.objects.values_list("path", "title_en", "title_ur", "title_kk", "title_ru", "slug_ur")),
        "institutions": sorted(
            Institution.objects.values_list("code", "country", "name_en", "name_ur", "name_kk", "name_ru")
        ),
        "users": sorted(get_user_model().objects.values_list("username", "email", "is_superuser")),
        "memberships": sorted(get_user_model().objects.values_list("username", "groups__name")),
        "sites": list(Site.objects.values_list("hostname", "root_page_id", "is_default_site")),
        "enrollments": sorted(Enrollment.objects.values_list("participant__username", "course__slug_en", "status")),
        "progress": ModuleProgress.objects.count(),
        "profiles": sorted(ParticipantProfile.objects.values_list("latin_name", "native_name", "preferred_language")),
        # Reloading refreshes session dates; that tells nobody anything, and keys are not rotated.
        "notifications": sorted(Notification.objects.values_list("recipient__username", "kind")),
        "issuer_keys": sorted(IssuerKey.objects.values_list("institution__code", "key_id")),
    }


def test_load_demo_twice_gives_the_same_data():
    call_command("load_demo", stdout=io.StringIO())
    first = _snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert _snapshot() == first


def test_load_demo_builds_home_institutions_and_logins():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert ProgramIndexPage.objects.child_of(home).live().count() == 1
    assert set(Institution.objects.values_list("country", flat=True)) == {"PK", "KZ"}
    assert Institution.objects.filter(country="PK").count() == 2
    assert Institution.objects.filter(country="KZ").count() == 2
    assert DEMO_USERNAMES <= set(get_user_model().objects.values_list("username", flat=True))
    for username in DEMO_USERNAMES:
        assert username in out.getvalue()
        assert get_user_model().objects.get(username=username).check_password(DEMO_PASSWORD)
    assert get_user_model().objects.get(username="editor").groups.filter(name="Editors").exists()
    assert get_user_model().objects.get(username="moderator").groups.filter(name="Moderators").exists()
    for language in ("ur", "kk", "ru"):
        assert getattr(home, f"intro_{language}")
        assert getattr(home, f"title_{language}") != home.title_en


@override_settings(DEMO_CONTENT_ALLOWED=False)
def test_load_demo_refuses_to_run_with_production_settings():
    with pytest.raises(CommandError, match="development only"):
        call_command("load_demo", stdout=io.StringIO())
    assert not HomePage.objects.exists()


def test_role_groups_exist_after_migrate():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Programme administrators", "Facilitators", "Institution coordinators", "Editors", "Moderators"} <= names
    assert Group.objects.get(name="Facilitators").permissions.filter(codename="access_admin").exists()


def test_load_demo_publishes_a_programme_fully_written_in_four_languages():
    from faculty_training.models import CoursePage, ModulePage, ProgramPage
    from faculty_training.selectors import translation_status

    call_command("load_demo", stdout=io.StringIO())
    programme = ProgramPage.objects.live().get()
    courses = CoursePage.objects.child_of(programme).live()
    assert courses.count() >= 3
    for course in courses:
        modules = ModulePage.objects.child_of(course).live()
        assert modules.count() >= 3
        assert course.cover_image is not None
        for page in [programme, course, *modules]:
            status = translation_status(page)
            assert all(status.is_complete(language) for language in ("en", "ur", "kk", "ru")), (page.title, status)
            for language in ("ur", "kk", "ru"):
                assert getattr(page, f"title_{language}") != page.title_en
    assert programme.partner_institutions.filter(country="PK").exists()
    assert programme.partner_institutions.filter(country="KZ").exists()
