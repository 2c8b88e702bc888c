"""A lead facilitator sees the evaluation of the courses they lead: released survey results (small
groups hidden, as coordinators see them) and the rubric changes, and nothing of any other course."""

import datetime

import pytest
from django.urls import reverse

from faculty_training.models import Rubric, RubricCriterion
from faculty_training.services import rubrics
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

from .builders import answers_for, build_course_survey, build_observation, build_survey_template

pytestmark = pytest.mark.django_db


def _answer(course, module, survey, institution, texts, level):
    people = []
    for text in texts:
        person = build_participant(institution=institution, latin_name=f"Person {text}")
        enrollment_create(participant=person, course=course)
        module_progress_mark(participant=person, module=module)
        survey_submit(participant=person, course_survey=survey, answers=answers_for(survey.template, level, text))
        people.append(person)
    return people


def _score(episode, level):
    for assignment in episode.assessors.all():
        levels = {str(criterion.pk): level for criterion in rubrics.criteria_for(assignment)}
        rubrics.episode_score(assignment, levels=levels)


@pytest.fixture
def courses(settings):
    settings.FACULTY_TRAINING_SURVEY_MIN_GROUP = 5
    tree = build_content_tree(modules=1)
    course_a = tree["course"]
    course_b = build_course(tree["programme"])
    module_b = build_module(course_b)
    lead_a = build_group_member("Facilitators", username="lead_a")
    lead_b = build_group_member("Facilitators", username="lead_b")
    course_a.lead_facilitators.add(lead_a)
    course_a.save()
    course_b.lead_facilitators.add(lead_b)
    course_b.save()
    template = build_survey_template()
    survey_a = build_course_survey(course_a, template)
    survey_b = build_course_survey(course_b, template)  # the same survey: B's answers must stay B's
    big, small = build_institution(code="PK-BIG"), build_institution(code="KZ-SMALL", country="KZ")
    people_a = _answer(course_a, tree["modules"][0], survey_a, big, [f"alpha remark {n}" for n in range(5)], 5)
    _answer(course_a, tree["modules"][0], survey_a, small, ["small group remark", "another small remark"], 1)
    _answer(course_b, module_b, survey_b, big, [f"bravo remark {n}" for n in range(5)], 2)

    observation_a = build_observation(course_a)
    for stage, level in (("pre", 1), ("post", 3)):
        episode = rubrics.episode_create(
            participant=people_a[0],
            observation=observation_a,
            stage=stage,
            taught_on=datetime.date(2026, 11, 20),
            topic="Shock",
            peers=people_a[1:3],
        )
        _score(episode, level)
    rubric_b = Rubric.objects.create(title_en="Bedside teaching", levels_en="Low\nHigh")
    RubricCriterion.objects.create(rubric=rubric_b, sort_order=1, title_en="Bravo bedside criterion")
    build_observation(course_b, rubric_b)
    return {"a": course_a, "b": course_b, "lead_a": lead_a, "lead_b": lead_b, "people_a": people_a}


def _url(course):
    return reverse("faculty_training:teaching_results", kwargs={"course_id": course.pk})


def test_lead_facilitator_sees_their_course_results_as_coordinators_do(client, courses):
    client.force_login(courses["lead_a"])
    response = client.get(_url(courses["a"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "5 responses" in html and "mean 5" in html  # the count and the means
    assert "Relevance" in html  # the scale
    assert "chart__bar--w100" in html  # the distribution's bars
    positions = [html.index(f"alpha remark {n}") for n in range(5)]
    assert positions == sorted(positions)  # free texts alphabetically, as on the records page
    assert "bravo remark" not in html  # the other course's answers to the same survey


def test_group_below_the_minimum_never_shows(client, courses, settings):
    client.force_login(courses["lead_a"])
    html = client.get(_url(courses["a"])).content.decode()
    # The two answers from a small institution wait for three more: in no count, no text.
    assert "small group remark" not in html and "another small remark" not in html
    assert "7 responses" not in html
    settings.FACULTY_TRAINING_SURVEY_MIN_GROUP = 6  # the released five are now too few to show
    html = client.get(_url(courses["a"])).content.decode()
    assert "alpha remark" not in html and "5 responses" not in html
    assert "Hidden: fewer responses than the minimum" in html


def test_lead_facilitator_sees_the_rubric_changes_of_their_course_only(client, courses):
    client.force_login(courses["lead_a"])
    html = client.get(_url(courses["a"])).content.decode()
    assert "Set induction" in html and "+2" in html
    assert "Bravo bedside criterion" not in html
    assert courses["people_a"][0].participant_profile.latin_name not in html  # means, not people


def test_another_course_is_not_found_for_its_non_lead(client, courses):
    client.force_login(courses["lead_a"])
    assert client.get(_url(courses["b"])).status_code == 404
    client.force_login(courses["lead_b"])
    html = client.get(_url(courses["b"])).content.decode()
    assert "bravo remark 0" in html and "alpha remark" not in html and "Set induction" not in html


def test_participants_and_facilitators_leading_nothing_cannot_open_it(client, courses):
    client.force_login(courses["people_a"][0])
    assert client.get(_url(courses["a"])).status_code == 404
    client.force_login(build_group_member("Facilitators", username="leads_nothing"))
    assert client.get(_url(courses["a"])).status_code == 404
    client.logout()
    assert client.get(_url(courses["a"])).status_code == 302  # to the sign-in


def test_today_page_links_to_the_evaluation_of_the_courses_led(client, courses):
    client.force_login(courses["lead_a"])
    html = client.get(reverse("faculty_training_today")).content.decode()
    assert _url(courses["a"]) in html and _url(courses["b"]) not in html
