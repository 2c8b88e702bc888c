"""The first minutes of each role, from log-in: where they land, and the next step one click away.

Each role in two languages, one of them Urdu on a 390 px phone.
"""

import pytest
from django.urls import reverse

from tests.e2e.conftest import DESKTOP, PHONE, login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _programmes_url(language):
    from django.utils import translation

    from faculty_training.models import ProgramIndexPage

    with translation.override(language):
        return ProgramIndexPage.objects.live().get().get_url()


def _programme_url(language):
    from django.utils import translation

    from faculty_training.models import ProgramPage

    with translation.override(language):
        return ProgramPage.objects.live().get().get_url()


def _fits(page):
    """The page does not scroll sideways on a phone."""
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["viewport"]["width"]


@pytest.fixture
def newcomer(demo):
    """A faculty member who has just joined: a profile, no enrolment yet."""
    from faculty_training.models import Institution
    from faculty_training.services.profiles import participant_register

    return participant_register(
        email="new.faculty@example.org",
        password="Kardiologiya-2025!",
        latin_name="Nadia Baig",
        native_name="نادیہ بیگ",
        institution=Institution.objects.get(code="PK-ISB-MU"),
        discipline="dentistry",
        position="",
        registration_number="",
        preferred_language="ur",
        time_zone="",
    )


@pytest.mark.parametrize(("language", "device"), [("ur", PHONE), ("kk", DESKTOP)])
def test_a_new_participant_lands_on_the_dashboard_and_finds_a_course(
    browser, live_server, newcomer, language, device, screenshot
):
    from faculty_training.models import ParticipantProfile

    ParticipantProfile.objects.filter(user=newcomer).update(preferred_language=language)
    page = browser.new_context(**device).new_page()
    login(page, live_server, language, "new.faculty@example.org", "Kardiologiya-2025!")
    assert page.url.endswith(f"/{language}/training/my/")
    screenshot(page, f"{language}-first-dashboard")
    if device is PHONE:
        assert _fits(page)
    programmes = _programmes_url(language)
    page.click(f"main a.button[href='{programmes}']")  # "Find a course to enrol in"
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(programmes)
    # …where the programme, and then its courses, are one click each away.
    page.click(f"main a[href='{_programme_url(language)}']")
    page.wait_for_load_state("networkidle")
    assert page.locator("main a.course-card, main a[href*='course'], main li a").count() >= 3


@pytest.mark.parametrize(("language", "device"), [("ur", PHONE), ("ru", DESKTOP)])
def test_a_facilitator_lands_on_this_weeks_sessions_one_click_from_the_register(
    browser, live_server, demo, language, device
):
    page = browser.new_context(**device).new_page()
    login(page, live_server, language, "facilitator")
    assert page.url.endswith(reverse("faculty_training_today"))
    page.click("a[href*='/admin/training/register/']")
    page.wait_for_load_state("networkidle")
    assert page.locator("#attendance-register").count() == 1


@pytest.mark.parametrize(
    ("language", "device", "username"), [("ur", PHONE, "coordinator_pk"), ("kk", DESKTOP, "coordinator_kz")]
)
def test_a_coordinator_lands_on_the_records_with_downloads_and_members_at_hand(
    browser, live_server, demo, language, device, username, screenshot
):
    page = browser.new_context(**device).new_page()
    login(page, live_server, language, username)
    assert page.url.endswith(f"/{language}/records/")
    assert page.locator("a[href*='export.csv']").count() == 1
    assert page.locator(f"a[href='/{language}/records/members/']").count() == 1
    if device is PHONE:
        assert _fits(page)
        screenshot(page, f"{language}-coordinator-records-phone")
    page.click(f"a[href='/{language}/records/members/']")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() == 1


@pytest.mark.parametrize(("language", "device", "username"), [("ur", PHONE, "editor"), ("ru", DESKTOP, "admin")])
def test_editors_and_administrators_land_in_the_admin(browser, live_server, demo, language, device, username):
    page = browser.new_context(**device).new_page()
    login(page, live_server, language, username)
    assert page.url.rstrip("/").endswith("/admin")
    # The admin's home: the page tree (content) is one click away in the sidebar.
    page.wait_for_selector("a[href='/admin/pages/'], a[href^='/admin/pages/']", state="attached")
