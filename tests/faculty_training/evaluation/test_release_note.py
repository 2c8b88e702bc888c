"""Results pages say that answers count only in batches of the minimum, and how many responses to
the survey still wait: one total for the survey, never a group's own count."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from faculty_training.models import InstitutionCoordinator
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from faculty_training.services.surveys import survey_submit
from tests.builders import (
    build_content_tree,
    build_course,
    build_group_member,
    build_institution,
    build_module,
    build_participant,
)

from .builders import answers_for, build_course_survey, build_survey_template

pytestmark = pytest.mark.django_db


def _answer(course, module, survey, institution, count):
    for _ in range(count):
        person = build_participant(institution=institution)
        enrollment_create(participant=person, course=course)
        module_progress_mark(participant=person, module=module)
        survey_submit(participant=person, course_survey=survey, answers=answers_for(survey.template, 4, "ok"))


@pytest.fixture
def waiting(settings):
    settings.FACULTY_TRAINING_SURVEY_MIN_GROUP = 3
    tree = build_content_tree(modules=1)
    other_course = build_course(tree["programme"])
    other_module = build_module(other_course)
    template = build_survey_template()
    survey = build_course_survey(tree["course"], template)
    other_survey = build_course_survey(other_course, template)
    mine, small = build_institution(code="PK-MINE"), build_institution(code="KZ-ONE", country="KZ")
    _answer(tree["course"], tree["modules"][0], survey, mine, 4)  # three counted, one waits
    _answer(tree["course"], tree["modules"][0], survey, small, 1)  # waits alone
    _answer(other_course, other_module, other_survey, mine, 2)  # wait in the other course
    coordinator = build_group_member("Institution coordinators", username="co_mine")
    InstitutionCoordinator.objects.create(user=coordinator, institution=mine)
    lead = build_group_member("Facilitators", username="lead")
    tree["course"].lead_facilitators.add(lead)
    tree["course"].save()
    return {"course": tree["course"], "template": template, "coordinator": coordinator, "lead": lead}


def _text(response):
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_records_results_name_the_minimum_and_the_survey_wide_waiting_count(client, waiting):
    client.force_login(waiting["coordinator"])
    base = reverse("faculty_training_records:evaluation") + f"?survey={waiting['template'].pk}"
    for query in ("&by=course", "&by=institution", f"&by=country&course={waiting['course'].pk}"):
        text = _text(client.get(base + query))
        assert "count once there are at least 3 of them" in text  # the minimum from the setting
        # Every course and institution together, whatever the coordinator's scope and filters.
        assert "4 responses to this survey (all its courses and institutions together) are still waiting" in text
        assert text.count("still waiting") == 1  # no group's own count, not even the lonely one's


def test_facilitator_results_give_the_waiting_count_of_their_course_survey(client, waiting):
    client.force_login(waiting["lead"])
    text = _text(client.get(reverse("faculty_training:teaching_results", kwargs={"course_id": waiting["course"].pk})))
    assert "count once there are at least 3 of them" in text
    assert "2 responses to this survey (all institutions together) are still waiting" in text
    assert "3 responses" in text  # the released batch is shown


def test_the_note_is_translated_with_its_plural(client, waiting):
    client.force_login(waiting["coordinator"])
    with translation.override("ru"):
        url = reverse("faculty_training_records:evaluation") + f"?survey={waiting['template'].pk}"
        from django.utils.translation import ngettext

        expected = ngettext(
            "%(counter)s response to this survey (all its courses and institutions together) is still waiting "
            "to be counted.",
            "%(counter)s responses to this survey (all its courses and institutions together) are still waiting "
            "to be counted.",
            4,
        ) % {"counter": 4}
    assert expected.startswith("4 ") and "responses" not in expected
    assert expected in _text(client.get(url))
