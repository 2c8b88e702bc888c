"""The answer key across courses: a programme's bank serves several courses, so the key waits for all of them."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from faculty_training.models import Enrollment
from faculty_training.services.assessments import (
    attempt_answer,
    attempt_key_visible,
    attempt_start,
    attempt_submit,
    extra_attempt_grant,
)
from faculty_training.services.enrollment import enrollment_create
from tests.assessment_builders import build_bank, build_four_kinds, build_test, right_answers
from tests.builders import build_content_tree, build_course, build_participant, build_session, build_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    """Courses A and B of one programme; each has a pre-test (one attempt) on the programme's bank.
    The person is enrolled in A only and has taken A's pre-test."""
    tree = build_content_tree(modules=1)
    bank = build_bank(tree["programme"])
    questions = build_four_kinds(bank)
    questions["single"].explanation_en = "SECRET-EXPLANATION"
    questions["single"].save()
    course_b = build_course(tree["programme"])
    test_a = build_test(tree["course"], bank, "pre", questions.values())
    test_b = build_test(course_b, bank, "pre", questions.values())
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    attempt_a = _take(test_a, person, questions)
    return {
        **tree,
        "bank": bank,
        "questions": questions,
        "course_b": course_b,
        "test_b": test_b,
        "person": person,
        "attempt_a": attempt_a,
    }


def _take(test, person, questions):
    attempt = attempt_start(test, person)
    attempt_answer(attempt, right_answers(questions))
    return attempt_submit(attempt)


def test_the_key_waits_for_a_live_course_the_person_could_still_enrol_in(setup):
    # Nothing is left in course A; the old rule (same course only) showed the key here.
    assert not attempt_key_visible(setup["attempt_a"])


def test_the_key_shows_once_the_other_courses_test_has_closed(setup):
    setup["test_b"].closes_at = timezone.now() - timedelta(minutes=1)
    setup["test_b"].save()
    assert attempt_key_visible(setup["attempt_a"])


def test_a_pre_test_closed_by_its_courses_first_session_no_longer_counts(setup):
    build_session(setup["course_b"], starts_in_minutes=-10)
    assert attempt_key_visible(setup["attempt_a"])


def test_an_unpublished_course_the_person_is_not_enrolled_in_does_not_count(setup):
    setup["course_b"].unpublish()
    assert attempt_key_visible(setup["attempt_a"])


def test_enrolled_in_the_other_course_the_key_waits_for_its_attempts(setup):
    enrollment_create(participant=setup["person"], course=setup["course_b"])
    setup["course_b"].unpublish()  # enrolment, not publication, decides for a course one belongs to
    assert not attempt_key_visible(setup["attempt_a"])
    attempt_b = _take(setup["test_b"], setup["person"], setup["questions"])
    # Attempts used up in both courses: both attempts show the key.
    assert attempt_key_visible(setup["attempt_a"]) and attempt_key_visible(attempt_b)
    # An extra attempt in course B hides it again, in both courses.
    staff = build_user()
    extra_attempt_grant(test=setup["test_b"], participant=setup["person"], reason="Power cut", granted_by=staff)
    assert not attempt_key_visible(setup["attempt_a"]) and not attempt_key_visible(attempt_b)


def test_an_open_attempt_in_the_other_course_hides_the_key(setup):
    enrollment_create(participant=setup["person"], course=setup["course_b"])
    attempt_start(setup["test_b"], setup["person"])
    Enrollment.objects.filter(participant=setup["person"], course=setup["course_b"]).update(
        status=Enrollment.Status.WITHDRAWN
    )
    setup["course_b"].unpublish()
    # Withdrawn from an unpublished course, but an attempt there is still open.
    assert not attempt_key_visible(setup["attempt_a"])


def test_a_test_on_another_bank_does_not_count(setup):
    other_bank = build_bank(setup["programme"], name_en="Dental assessment")
    other = build_course(setup["programme"])
    build_test(other, other_bank, "pre", build_four_kinds(other_bank).values())
    setup["test_b"].closes_at = timezone.now() - timedelta(minutes=1)
    setup["test_b"].save()
    assert attempt_key_visible(setup["attempt_a"])


def test_the_result_page_hides_the_key_while_another_course_may_use_the_bank(client, setup):
    client.force_login(setup["person"])
    url = reverse("faculty_training:attempt", args=[setup["attempt_a"].pk])
    content = client.get(url).content.decode()
    assert "100%" in content and "SECRET-EXPLANATION" not in content
    assert "of any test on these questions, in any course" in content
    setup["test_b"].closes_at = timezone.now() - timedelta(minutes=1)
    setup["test_b"].save()
    assert "SECRET-EXPLANATION" in client.get(url).content.decode()


def test_deciding_takes_the_same_few_queries_for_one_or_many_courses(setup):
    def count():
        with CaptureQueriesContext(connection) as queries:
            attempt_key_visible(setup["attempt_a"])
        return len(queries)

    setup["course_b"].unpublish()
    few = count()
    for _ in range(5):
        course = build_course(setup["programme"])
        build_test(course, setup["bank"], "post", setup["questions"].values())
        build_session(course, starts_in_minutes=60)
    assert count() == few <= 3
