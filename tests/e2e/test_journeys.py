"""The four journeys of the issue, each in a language other than English."""

import re

import pytest
from django.core import mail
from django.utils import translation

from faculty_training.models import AttendanceRecord, Certificate, CoursePage, Enrollment, ModulePage, TrainingSession
from tests.e2e.conftest import DESKTOP, PHONE, admin_login, login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _url(page_object, language):
    with translation.override(language):
        return page_object.get_url()


def test_urdu_faculty_member_signs_up_checks_in_and_downloads_a_certificate(browser, live_server, demo, screenshot):
    course = CoursePage.objects.get(slug_en="clinical-teaching-skills")
    participant = browser.new_context(**PHONE)
    phone = participant.new_page()
    phone.goto(f"{live_server.url}/ur/accounts/signup/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    phone.fill("#id_email", "sara.ahmed@example.org")
    phone.fill("#id_latin_name", "Sara Ahmed")
    phone.fill("#id_native_name", "سارہ احمد")
    phone.select_option("#id_institution", label="اسلام آباد میڈیکل یونیورسٹی")
    phone.select_option("#id_discipline", "medical_education")
    phone.select_option("#id_preferred_language", "ur")
    phone.click("form.form button[type=submit]")
    phone.wait_for_url("**/ur/accounts/signup/sent/")
    # The link in the e-mail (the test settings keep e-mails in memory) chooses the password.
    [message] = [message for message in mail.outbox if message.to == ["sara.ahmed@example.org"]]
    phone.goto(re.search(r"https?://\S+/ur/accounts/signup/confirm/\S+", message.body).group(0))
    phone.fill("#id_new_password1", "Kardiologiya-2025!")
    phone.fill("#id_new_password2", "Kardiologiya-2025!")
    phone.click("form.form button[type=submit]")
    phone.wait_for_url("**/ur/training/my/")
    screenshot(phone, "ur-dashboard-new")

    phone.goto(live_server.url + _url(course, "ur"))
    phone.click(".enrolment button[type=submit]")
    phone.wait_for_load_state("networkidle")
    assert "آپ اس کورس میں رجسٹرڈ ہیں۔" in phone.content()
    for module in ModulePage.objects.child_of(course).live().order_by("path"):
        phone.goto(live_server.url + _url(module, "ur"))
        phone.click(".module-done button[type=submit]")
        phone.wait_for_load_state("networkidle")
    screenshot(phone, "ur-module")

    # The facilitator shows the code; the participant types it on the phone.
    now_session = TrainingSession.objects.get(course=course, title_en="Practice session")
    facilitator = browser.new_context(**DESKTOP).new_page()
    admin_login(facilitator, live_server, "facilitator")
    facilitator.goto(f"{live_server.url}/admin/training/register/{now_session.pk}/check-in/")
    code = facilitator.inner_text(".projector__code").strip()
    phone.goto(f"{live_server.url}/ur/training/check-in/")
    phone.fill("#id_code", code)
    phone.click("form.form button[type=submit]")
    phone.wait_for_url("**/check-in/done/**")
    screenshot(phone, "ur-checked-in")
    person = Enrollment.objects.get(participant__email="sara.ahmed@example.org").participant
    assert AttendanceRecord.objects.get(session=now_session, participant=person).method == "check_in"

    # The facilitator marks the earlier session in the register: the course is complete.
    earlier = TrainingSession.objects.get(course=course, title_en="Opening workshop")
    facilitator.goto(f"{live_server.url}/admin/training/register/{earlier.pk}/")
    facilitator.select_option(f"#status-{person.pk}", "present")
    facilitator.click("#attendance-register button[type=submit]")
    facilitator.wait_for_load_state("networkidle")
    # A session is still to come, so the course is not complete yet, and the page says why.
    assert not Certificate.objects.filter(participant=person).exists()
    phone.goto(live_server.url + _url(course, "ur"))
    assert "سیشن ابھی باقی ہے" in phone.content()
    # The programme cancels the last session: everything held was attended, the course is complete.
    from django.contrib.auth import get_user_model

    from faculty_training.services.attendance import session_cancel

    last = TrainingSession.objects.get(course=course, title_en="Case review online")
    session_cancel(session=last, reason="Public holiday", user=get_user_model().objects.get(username="admin"))
    # This course also requires a passed post-test (its browser journey is tests/e2e/test_knowledge_tests.py):
    # no certificate until it is passed.
    assert not Certificate.objects.filter(participant=person).exists()
    _pass_the_post_test(course, person)
    certificate = Certificate.objects.get(participant=person)

    phone.goto(f"{live_server.url}/ur/training/my/")
    screenshot(phone, "ur-dashboard-certificate")
    with phone.expect_download() as download:
        phone.click(f"a[href$='{certificate.serial}.pdf']")
    path = download.value.path()
    with open(path, "rb") as handle:
        assert handle.read(4) == b"%PDF"


def test_moderator_publishes_a_module_in_four_languages_through_the_admin(browser, live_server, demo, screenshot):
    course = CoursePage.objects.get(slug_en="assessment-in-medical-education")
    page = browser.new_context(**DESKTOP).new_page()
    admin_login(page, live_server, "moderator")
    page.goto(f"{live_server.url}/admin/pages/add/faculty_training/modulepage/{course.pk}/")
    texts = {
        "en": ("Entrustable professional activities", "What EPAs are and how to use them."),
        "ur": ("قابلِ اعتماد پیشہ ورانہ سرگرمیاں", "ای پی اے کیا ہیں اور انہیں کیسے استعمال کیا جائے۔"),
        "kk": ("Сенім артуға болатын кәсіби әрекеттер", "EPA дегеніміз не және оларды қалай қолдану керек."),
        "ru": ("Доверяемые профессиональные действия", "Что такое EPA и как их применять."),
    }
    for language, (title, intro) in texts.items():
        page.fill(f"#id_title_{language}", title)
        page.fill(f"#id_intro_{language}", intro)
    screenshot(page, "admin-module-four-languages")
    page.click("text=Promote")
    page.fill("#id_slug_en", "entrustable-professional-activities")
    page.click("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle")
    page.click("button[name=action-publish]")
    page.wait_for_load_state("networkidle")
    module = ModulePage.objects.get(slug_en="entrustable-professional-activities")
    assert module.live and module.title_kk == texts["kk"][0]
    public = browser.new_page()
    public.goto(live_server.url + _url(module, "kk"))
    assert texts["kk"][1] in public.content()
    screenshot(public, "kk-new-module")


def test_kazakh_coordinator_filters_records_and_downloads_both_formats(browser, live_server, demo, screenshot):
    page = browser.new_context(**DESKTOP).new_page()
    login(page, live_server, "kk", "coordinator_kz")
    page.goto(f"{live_server.url}/kk/records/")
    assert "KZ-AST-MU" in page.content() and "PK-ISB-MU" not in page.inner_text("table.records")
    page.select_option("#id_status", "active")
    page.click(".records-filter button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "status=active" in page.url
    screenshot(page, "kk-records")
    for extension in ("csv", "xlsx"):
        with page.expect_download() as download:
            page.click(f"a[href*='export.{extension}']")
        assert download.value.suggested_filename.startswith("records-KZ-AST-MU-")
        with open(download.value.path(), "rb") as handle:
            head = handle.read(4)
        assert head[:3] == b"\xef\xbb\xbf" if extension == "csv" else head == b"PK\x03\x04"


def test_russian_visitor_verifies_a_certificate_and_sees_a_revoked_one(browser, live_server, demo, screenshot):
    from django.contrib.auth import get_user_model

    from faculty_training.services.certificates import certificate_revoke

    certificate = Certificate.objects.get(participant__username="faculty_kz")
    page = browser.new_context(**DESKTOP).new_page()
    page.goto(f"{live_server.url}/ru/verify/")
    page.fill("#id_code", certificate.verification_code.lower().replace("-", " "))
    page.click("form.form button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "Этот сертификат действителен." in page.content()
    screenshot(page, "ru-verify-valid")
    certificate_revoke(
        certificate=certificate, reason="issued_in_error", revoked_by=get_user_model().objects.get(username="admin")
    )
    page.goto(f"{live_server.url}/ru/verify/")
    page.fill("#id_code", certificate.verification_code)
    page.click("form.form button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "Этот сертификат отозван." in page.content()
    screenshot(page, "ru-verify-revoked")


MAIN_PAGES = ["home", "course", "module", "dashboard", "verify", "records"]


def test_main_pages_in_every_language_mirror_for_urdu(browser, live_server, demo, screenshot):
    """Screenshots of the main pages in each language, and the layout really mirrored in Urdu."""
    course = CoursePage.objects.get(slug_en="clinical-teaching-skills")
    module = ModulePage.objects.child_of(course).live().order_by("path").first()
    certificate = Certificate.objects.get(participant__username="faculty_kz")
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    login(page, live_server, "en", "coordinator_pk")
    positions = {}
    for language in ("en", "ur", "kk", "ru"):
        urls = {
            "home": f"/{language}/",
            "course": _url(course, language),
            "module": _url(module, language),
            "dashboard": f"/{language}/training/my/",
            "verify": f"/{language}/verify/{certificate.verification_code}/",
            "records": f"/{language}/records/",
        }
        for name in MAIN_PAGES:
            page.goto(live_server.url + urls[name])
            page.wait_for_load_state("networkidle")
            assert page.locator("html").get_attribute("lang") == language
            screenshot(page, f"{language}-{name}")
        page.goto(live_server.url + urls["course"])
        brand = page.locator(".brand").bounding_box()
        crumb = page.locator(".breadcrumbs li").first.bounding_box()
        positions[language] = (brand["x"], crumb["x"])
    width = DESKTOP["viewport"]["width"]
    assert positions["en"][0] < width / 2 and positions["ur"][0] > width / 2  # the brand changes sides
    assert positions["en"][1] < width / 2 < positions["ur"][1]  # breadcrumbs start on the right in Urdu


def _pass_the_post_test(course, person):
    """Answer the course's post-test with the key frozen in the attempt, as a participant who knows it."""
    from faculty_training.models import CourseTest
    from faculty_training.services.assessments import KEY, attempt_answer, attempt_start, attempt_submit

    attempt = attempt_start(CourseTest.objects.get(course=course, kind="post"), person)
    answers = {}
    for question_id, key in attempt.option_order[KEY].items():
        if key["kind"] in ("single", "multiple"):
            answers[int(question_id)] = [str(pk) for pk in key["correct"]]
        elif key["kind"] == "true_false":
            answers[int(question_id)] = ["true" if key["is_true"] else "false"]
        else:
            answers[int(question_id)] = [key["answer"]]
    attempt_answer(attempt, answers)
    assert attempt_submit(attempt).is_passed
