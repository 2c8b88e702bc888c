"""Abandoned attempts: cron submits and scores every attempt past its deadline, as at that deadline, once."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from faculty_training.models import Enrollment, TestAttempt
from faculty_training.services.assessments import (
    GRACE,
    attempt_answer,
    attempt_start,
    attempts_expired,
    attempts_submit_expired,
)
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from tests.assessment_builders import build_bank, build_four_kinds, build_test, right_answers
from tests.builders import build_content_tree, build_participant, build_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    tree = build_content_tree(modules=1)
    bank = build_bank(tree["programme"])
    questions = build_four_kinds(bank)
    pre = build_test(tree["course"], bank, "pre", questions.values(), time_limit_minutes=20)
    return {**tree, "bank": bank, "questions": questions, "pre": pre}


def _participant(course):
    person = build_participant()
    enrollment_create(participant=person, course=course)
    return person


def _two_right(questions):
    """Saved answers worth 50 %: the true/false and the numeric question right, nothing else."""
    answers = right_answers(questions)
    return {pk: values for pk, values in answers.items() if pk in (questions["true_false"].pk, questions["numeric"].pk)}


def test_an_abandoned_timed_attempt_is_submitted_at_its_deadline_with_its_saved_answers(setup):
    started = timezone.now() - timedelta(hours=3)
    person = _participant(setup["course"])
    attempt = attempt_start(setup["pre"], person, now=started)
    attempt_answer(attempt, _two_right(setup["questions"]), now=started + timedelta(minutes=5))
    # The participant closed the page and never came back.
    assert attempts_submit_expired() == 1
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert attempt.submitted_at == attempt.deadline + GRACE == started + timedelta(minutes=20) + GRACE
    assert attempt.score == 50 and attempt.is_passed is False  # pass mark 60
    assert attempt.points == {
        str(setup["questions"]["single"].pk): "0",
        str(setup["questions"]["multiple"].pk): "0",
        str(setup["questions"]["true_false"].pk): "1",
        str(setup["questions"]["numeric"].pk): "1",
    }


def test_attempts_still_in_time_are_left_alone(setup):
    now = timezone.now()
    in_time = attempt_start(setup["pre"], _participant(setup["course"]), now=now - timedelta(minutes=10))
    # Past the limit, but within the grace for an answer in flight.
    in_grace = attempt_start(setup["pre"], _participant(setup["course"]), now=now - timedelta(minutes=20, seconds=10))
    untimed_test = build_test(build_content_tree()["course"], setup["bank"], "pre", setup["questions"].values())
    untimed = attempt_start(untimed_test, _participant(untimed_test.course), now=now - timedelta(days=30))
    assert attempts_submit_expired(now=now) == 0
    for attempt in (in_time, in_grace, untimed):
        attempt.refresh_from_db()
        assert not attempt.is_submitted and attempt.score is None


def test_running_twice_changes_nothing_more(setup):
    started = timezone.now() - timedelta(hours=1)
    attempt = attempt_start(setup["pre"], _participant(setup["course"]), now=started)
    attempt_answer(attempt, _two_right(setup["questions"]), now=started + timedelta(minutes=1))
    assert attempts_submit_expired() == 1
    first = TestAttempt.objects.get(pk=attempt.pk)
    assert attempts_submit_expired(now=timezone.now() + timedelta(days=1)) == 0
    second = TestAttempt.objects.get(pk=attempt.pk)
    assert (second.submitted_at, second.score, second.points) == (first.submitted_at, first.score, first.points)
    assert TestAttempt.objects.count() == 1


def test_an_untimed_pre_test_attempt_ends_when_the_first_session_starts(setup):
    setup["pre"].time_limit_minutes = None
    setup["pre"].save()
    person = _participant(setup["course"])
    attempt = attempt_start(setup["pre"], person, now=timezone.now() - timedelta(hours=2))
    attempt_answer(attempt, _two_right(setup["questions"]), now=timezone.now() - timedelta(hours=2))
    session = build_session(setup["course"], starts_in_minutes=60)
    assert attempts_submit_expired() == 0  # the course has not started: the pre-test is still open
    session.starts_at = timezone.now() - timedelta(minutes=30)
    session.save()
    assert attempts_submit_expired() == 1
    attempt.refresh_from_db()
    assert attempt.submitted_at == session.starts_at + GRACE and attempt.score == 50


def test_an_attempt_ends_when_its_test_closes_before_its_time_limit(setup):
    started = timezone.now() - timedelta(minutes=15)
    attempt = attempt_start(setup["pre"], _participant(setup["course"]), now=started)
    setup["pre"].closes_at = started + timedelta(minutes=5)  # before the 20-minute limit
    setup["pre"].save()
    assert attempts_submit_expired() == 1
    attempt.refresh_from_db()
    assert attempt.submitted_at == setup["pre"].closes_at + GRACE


def test_an_abandoned_required_post_test_completes_the_course_from_cron(setup):
    post = build_test(
        setup["course"],
        setup["bank"],
        "post",
        setup["questions"].values(),
        is_required_for_completion=True,
        time_limit_minutes=30,
    )
    person = _participant(setup["course"])
    module_progress_mark(participant=person, module=setup["modules"][0])
    started = timezone.now() - timedelta(hours=1)
    attempt = attempt_start(post, person, now=started)
    attempt_answer(attempt, right_answers(setup["questions"]), now=started + timedelta(minutes=10))
    enrollment = Enrollment.objects.get(participant=person, course=setup["course"])
    assert enrollment.status == Enrollment.Status.ACTIVE
    out = io.StringIO()
    call_command("refresh_completion", stdout=out)
    assert "1 test attempts past their deadline submitted." in out.getvalue()
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED and enrollment.post_test_passed


def test_finding_the_expired_attempts_is_one_query_however_many_tests(setup):
    now = timezone.now()
    for _ in range(3):
        course = build_content_tree()["course"]
        test = build_test(course, setup["bank"], "pre", setup["questions"].values(), time_limit_minutes=5)
        attempt_start(test, _participant(course), now=now - timedelta(hours=1))
        build_session(course, starts_in_minutes=-30)
    with CaptureQueriesContext(connection) as queries:
        assert len(list(attempts_expired(now))) == 3
    assert len(queries) == 1
