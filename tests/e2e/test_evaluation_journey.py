"""The evaluation journey of issue 20, in Kazakh: a survey on a phone, an episode scored by a
facilitator and two peers, the participant's feedback, and the coordinator's means."""

import pytest
from django.contrib.auth import get_user_model

from faculty_training.models import CourseSurvey, EpisodeAssessor, SurveyResponse, TeachingEpisode
from faculty_training.services.progress import module_progress_mark
from tests.e2e.conftest import DESKTOP, PHONE, login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_kazakh_evaluation_journey(browser, live_server, demo, screenshot):
    participant = get_user_model().objects.get(username="demo_kz_13")
    course_survey = CourseSurvey.objects.get(template__title_en="End of course")
    module_progress_mark(participant=participant, module=course_survey.module)
    before = SurveyResponse.objects.count()

    phone = browser.new_context(**PHONE).new_page()
    login(phone, live_server, "kk", "demo_kz_13")
    phone.goto(f"{live_server.url}/kk/training/surveys/")
    phone.click(f"a[href$='/training/surveys/{course_survey.pk}/']")
    phone.wait_for_load_state("networkidle")
    assert "Курс соңындағы сауалнама" in phone.content()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.click("main form.form button[type=submit]")  # nothing answered: errors in Kazakh, nothing stored
    phone.wait_for_load_state("networkidle")
    assert "Осы сұраққа жауап беріңіз." in phone.content()
    for fieldset in phone.locator("fieldset.survey__item").all():
        radios = fieldset.locator("input[type=radio]")
        if radios.count():
            radios.nth(min(3, radios.count() - 1)).check()
    screenshot(phone, "kk-survey-phone")
    phone.click("main form.form button[type=submit]")
    phone.wait_for_url("**/kk/training/surveys/")
    assert SurveyResponse.objects.count() == before + 1
    assert SurveyResponse.objects.filter(respondent=participant).count() == 0

    phone.goto(f"{live_server.url}/kk/training/episodes/")
    phone.click("a[href*='/training/episodes/new/']")
    phone.check("input[name=stage][value=post]")
    phone.fill("#id_taught_on", "2026-11-27")
    phone.fill("#id_topic", "Жедел коронарлық синдром")
    phone.click("main form.form button[type=submit]")
    phone.wait_for_url("**/kk/training/episodes/")
    episode = TeachingEpisode.objects.get(participant=participant, stage="post")
    assessors = list(episode.assessors.select_related("assessor"))
    assert sorted(a.perspective for a in assessors) == ["facilitator", "peer", "peer"]

    for assignment in assessors:
        desk = browser.new_context(**DESKTOP).new_page()
        login(desk, live_server, "kk", assignment.assessor.username)
        desk.goto(f"{live_server.url}/kk/training/episodes/{episode.pk}/score/")
        for row in desk.locator("tr.rubric-grid__row").all():
            row.locator("input[type=radio]").nth(2).check()
        if assignment.perspective == "facilitator":
            screenshot(desk, "kk-rubric-score")
        desk.click("main form.form button[type=submit]")
        desk.wait_for_url("**/kk/training/episodes/")
        desk.context.close()
    assert EpisodeAssessor.objects.filter(episode=episode, scored_at__isnull=False).count() == 3

    phone.goto(f"{live_server.url}/kk/training/episodes/{episode.pk}/")
    html = phone.content()
    assert "Сіздің оқытуыңыз туралы пікір" in html and "Сабаққа кіріспе" in html
    screenshot(phone, "kk-episode-feedback")

    coordinator = browser.new_context(**DESKTOP).new_page()
    login(coordinator, live_server, "kk", "coordinator_kz")
    coordinator.goto(f"{live_server.url}/kk/records/evaluation/?by=institution")
    html = coordinator.content()
    assert "Бағалау нәтижелері" in html and "орташа" in html
    assert "Исламабад" not in html and "Ислам" not in html  # no Pakistani institution's group
    assert "Микросабақ: әр критерий бойынша өзгеріс" in html
    screenshot(coordinator, "kk-evaluation-results")


def test_urdu_rubric_table_on_a_phone_and_the_facilitators_results(browser, live_server, demo, screenshot):
    """The facilitator scores against the rubric's table in Urdu: stacked on a phone with no page
    scroll, right to left on a desktop; then opens the evaluation of a course they lead."""
    facilitator = get_user_model().objects.get(username="facilitator")
    assignment = EpisodeAssessor.objects.filter(assessor=facilitator, perspective="facilitator").first()
    url = f"{live_server.url}/ur/training/episodes/{assignment.episode_id}/score/"

    phone = browser.new_context(**PHONE).new_page()
    login(phone, live_server, "ur", "facilitator")
    phone.goto(url)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert phone.evaluate("getComputedStyle(document.querySelector('tr.rubric-grid__row')).display") == "block"
    screenshot(phone, "ur-rubric-score-phone")
    first_row = phone.locator("tr.rubric-grid__row").first
    first_row.locator("label.rubric-grid__choice").nth(0).click()  # a tap on the cell's text chooses it
    assert first_row.locator("input[type=radio]").nth(0).is_checked()
    phone.click("main form.form button[type=submit]")
    phone.wait_for_url("**/ur/training/episodes/")
    assignment.refresh_from_db()
    assert 1 in assignment.levels.values()

    desk = browser.new_context(**DESKTOP).new_page()
    login(desk, live_server, "ur", "facilitator")
    desk.goto(url)
    headers = desk.locator("table.rubric-grid__table thead th")
    lowest, highest = headers.nth(1).bounding_box(), headers.nth(headers.count() - 1).bounding_box()
    assert lowest["x"] > highest["x"]  # right to left: the lowest level at the right
    assert desk.evaluate("document.documentElement.scrollWidth") <= 1280
    screenshot(desk, "ur-rubric-score")

    course = facilitator.led_courses.filter(observations__isnull=False).first()
    desk.goto(f"{live_server.url}/ur/training/teaching/{course.pk}/evaluation/")
    html = desk.content()
    assert "مائیکرو ٹیچنگ: ہر معیار میں تبدیلی" in html and "chart__bar" in html
    screenshot(desk, "ur-facilitator-results")
