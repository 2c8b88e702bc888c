"""The participant's survey pages: answering without script, keeping answers on an error, languages."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from faculty_training.models import Enrollment, SurveyResponse
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from tests.builders import build_content_tree, build_participant

from .builders import build_course_survey

pytestmark = pytest.mark.django_db


@pytest.fixture
def ready():
    tree = build_content_tree(modules=1)
    survey = build_course_survey(tree["course"], is_required=True)
    participant = build_participant(preferred_language="kk")
    enrollment_create(participant=participant, course=tree["course"])
    module_progress_mark(participant=participant, module=tree["modules"][0])
    return tree, survey, participant


def _url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"faculty_training:{name}", kwargs=kwargs)


def _full_answers(survey):
    items = list(survey.template.items.all())
    return {
        f"item_{items[0].pk}": "5",
        f"item_{items[1].pk}": "4",
        f"item_{items[2].pk}": "0",
        f"item_{items[3].pk}": ["0", "1"],
        f"item_{items[4].pk}": "Очень полезно",
    }


def test_open_survey_is_listed_and_answered_with_a_plain_form_post(client, ready):
    tree, survey, participant = ready
    client.force_login(participant)
    listing = client.get(_url("surveys", "kk"))
    assert _url("survey", "kk", course_survey_id=survey.pk) in listing.content.decode()
    page = client.get(_url("survey", "kk", course_survey_id=survey.pk))
    html = page.content.decode()
    assert 'type="radio"' in html and "<script" not in html.split("<main", 1)[1]
    assert "Курс өзекті болды" in html  # the question in Kazakh
    response = client.post(_url("survey", "kk", course_survey_id=survey.pk), _full_answers(survey))
    assert response.status_code == 302
    stored = SurveyResponse.objects.get()
    assert stored.answers[str(survey.template.items.first().pk)] == 5
    assert Enrollment.objects.get(participant=participant).status == Enrollment.Status.COMPLETED
    again = client.get(_url("survey", "kk", course_survey_id=survey.pk))
    assert again.status_code == 302  # answered once; not a second time


def test_missing_answer_gives_a_translated_error_and_keeps_the_others(client, ready):
    _tree, survey, participant = ready
    client.force_login(participant)
    answers = _full_answers(survey)
    first = f"item_{survey.template.items.first().pk}"
    del answers[first]
    response = client.post(_url("survey", "kk", course_survey_id=survey.pk), answers)
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("kk"):
        from django.utils.translation import gettext

        assert gettext("Please answer this question.") in html
        assert gettext("Please answer this question.") != "Please answer this question."
    assert "Очень полезно" in html  # the free text typed is still there
    second = f"item_{list(survey.template.items.all())[1].pk}"
    assert re.search(rf'<input type="radio" name="{second}" value="4"[^>]*checked', html)
    assert not SurveyResponse.objects.exists()


def test_urdu_survey_page_reads_right_to_left(client, ready):
    _tree, survey, participant = ready
    client.force_login(participant)
    html = client.get(_url("survey", "ur", course_survey_id=survey.pk)).content.decode()
    assert 'dir="rtl"' in html and "کورس متعلقہ تھا" in html


def test_survey_of_another_course_or_not_yet_open_is_not_found(client, ready):
    tree, survey, _participant = ready
    stranger = build_participant()
    client.force_login(stranger)
    assert client.get(_url("survey", course_survey_id=survey.pk)).status_code == 404
    enrolled = build_participant()
    enrollment_create(participant=enrolled, course=tree["course"])
    client.force_login(enrolled)
    assert client.get(_url("survey", course_survey_id=survey.pk)).status_code == 404
    assert client.post(_url("survey", course_survey_id=survey.pk), _full_answers(survey)).status_code == 404
    assert not SurveyResponse.objects.exists()


def test_a_text_answer_with_an_error_is_described_by_an_existing_error(client, ready):
    """Django points a control with errors at ``<id>_error`` (aria-describedby): the error must carry it."""
    from faculty_training.conf import app_settings

    _tree, survey, participant = ready
    client.force_login(participant)
    answers = _full_answers(survey)
    text = f"item_{list(survey.template.items.all())[4].pk}"
    answers[text] = "x" * (app_settings.FEEDBACK_MAX_LENGTH + 1)
    response = client.post(_url("survey", "ur", course_survey_id=survey.pk), answers)
    assert response.status_code == 200
    html = response.content.decode()
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    referenced = {ref for value in re.findall(r'aria-describedby="([^"]*)"', html) for ref in value.split()}
    assert f"id_{text}_error" in referenced
    assert referenced <= ids, referenced - ids
