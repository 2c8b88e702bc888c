"""Attempts: frozen questions, answers saved as given, time limits, one submission, opening rules, completion."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from faculty_training.exceptions import ServiceError
from faculty_training.models import Enrollment, QuestionOption, TestAttempt
from faculty_training.services.assessments import (
    attempt_answer,
    attempt_questions,
    attempt_start,
    attempt_submit,
    course_test_availability,
    extra_attempt_grant,
)
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from tests.assessment_builders import build_bank, build_four_kinds, build_question, build_test, right_answers
from tests.builders import build_content_tree, build_participant, build_session, build_user


@pytest.fixture
def setup(db):
    tree = build_content_tree(modules=1)
    bank = build_bank(tree["programme"])
    questions = build_four_kinds(bank)
    pre = build_test(tree["course"], bank, "pre", questions.values())
    person = build_participant()
    enrollment, _ = enrollment_create(participant=person, course=tree["course"])
    return {**tree, "bank": bank, "questions": questions, "pre": pre, "person": person, "enrollment": enrollment}


def test_right_answers_score_100_and_pass(setup):
    attempt = attempt_start(setup["pre"], setup["person"])
    attempt_answer(attempt, right_answers(setup["questions"]))
    attempt = attempt_submit(attempt)
    assert attempt.score == 100
    assert attempt.is_passed
    assert attempt.answers[str(setup["questions"]["numeric"].pk)] == "12,8"  # kept as given


def test_attempt_is_frozen_when_it_starts(setup):
    attempt = attempt_start(setup["pre"], setup["person"])
    order = attempt.option_order[str(setup["questions"]["single"].pk)]
    # An editor adds a question and an option after the attempt began: the attempt does not change.
    setup["pre"].questions.add(build_question(setup["bank"], "true_false"))
    QuestionOption.objects.create(question=setup["questions"]["single"], text_en="Late option", is_correct=True)
    questions = attempt_questions(TestAttempt.objects.get(pk=attempt.pk))
    assert [question.pk for question, _options in questions] == attempt.question_ids
    assert len(questions) == 4
    single_options = next(options for question, options in questions if question.kind == "single")
    assert [option.pk for option in single_options] == order


def test_starting_twice_resumes_the_open_attempt(setup):
    first = attempt_start(setup["pre"], setup["person"])
    assert attempt_start(setup["pre"], setup["person"]).pk == first.pk
    assert TestAttempt.objects.count() == 1


def test_answer_to_an_option_of_another_question_is_refused(setup):
    attempt = attempt_start(setup["pre"], setup["person"])
    foreign = setup["questions"]["multiple"].options.first().pk
    with pytest.raises(ServiceError):
        attempt_answer(attempt, {setup["questions"]["single"].pk: [str(foreign)]})


def test_second_submission_changes_nothing(setup):
    attempt = attempt_start(setup["pre"], setup["person"])
    attempt_answer(attempt, right_answers(setup["questions"]))
    first = attempt_submit(attempt)
    second = attempt_submit(attempt, now=timezone.now() + timedelta(hours=1))
    assert (second.submitted_at, second.score) == (first.submitted_at, first.score)
    with pytest.raises(ServiceError):
        attempt_answer(attempt, {setup["questions"]["true_false"].pk: ["true"]})


def test_time_limit_is_enforced_by_the_server(setup):
    setup["pre"].time_limit_minutes = 10
    setup["pre"].save()
    start = timezone.now()
    attempt = attempt_start(setup["pre"], setup["person"], now=start)
    attempt_answer(attempt, {setup["questions"]["true_false"].pk: ["false"]}, now=start + timedelta(minutes=9))
    with pytest.raises(ServiceError):
        attempt_answer(attempt, {setup["questions"]["numeric"].pk: ["12.5"]}, now=start + timedelta(minutes=12))
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert attempt.score == 25  # only the answer given in time counts
    assert attempt.submitted_at <= attempt.deadline + timedelta(seconds=30)


def test_the_closing_date_ends_an_open_attempt(setup):
    start = timezone.now()
    setup["pre"].closes_at = start + timedelta(minutes=5)
    setup["pre"].save()
    attempt = attempt_start(setup["pre"], setup["person"], now=start)
    attempt_answer(attempt, {setup["questions"]["true_false"].pk: ["false"]}, now=start + timedelta(minutes=3))
    with pytest.raises(ServiceError):
        attempt_answer(attempt, {setup["questions"]["numeric"].pk: ["12.5"]}, now=start + timedelta(minutes=10))
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score == 25
    assert attempt.submitted_at <= setup["pre"].closes_at + timedelta(seconds=30)
    # A timed attempt ends at the closing when that comes before its time limit.
    setup["pre"].closes_at = None
    setup["pre"].time_limit_minutes = 60
    setup["pre"].attempts_allowed = 2
    setup["pre"].save()
    second = attempt_start(setup["pre"], setup["person"], now=start)
    build_session(setup["course"], starts_in_minutes=-5)  # the pre-test closed 5 minutes ago
    with pytest.raises(ServiceError):
        attempt_answer(second, {setup["questions"]["true_false"].pk: ["false"]})
    second.refresh_from_db()
    assert second.is_submitted and second.score == 0


def test_scores_come_from_the_key_frozen_at_the_start(setup):
    from decimal import Decimal

    from faculty_training.services.assessments import attempt_review

    questions = setup["questions"]
    attempt = attempt_start(setup["pre"], setup["person"])
    attempt_answer(attempt, right_answers(questions))
    # An editor changes every right answer while the attempt is open.
    single = questions["single"]
    right = single.options.get(is_correct=True)
    single.options.update(is_correct=True)
    QuestionOption.objects.filter(pk=right.pk).update(is_correct=False)
    questions["multiple"].options.update(is_correct=False)
    questions["true_false"].__class__.objects.filter(pk=questions["true_false"].pk).update(is_true=True)
    questions["numeric"].__class__.objects.filter(pk=questions["numeric"].pk).update(numeric_answer=Decimal("99"))
    attempt = attempt_submit(attempt)
    assert attempt.score == 100
    # Edited again after submission: the review still shows the right answers of the attempt.
    [item] = [item for item in attempt_review(attempt) if item["question"].pk == single.pk]
    assert [entry["option"].pk for entry in item["options"] if entry["is_correct"]] == [right.pk]
    [numeric] = [item for item in attempt_review(attempt) if item["question"].pk == questions["numeric"].pk]
    assert numeric["numeric_answer"] == Decimal("12.5") and numeric["is_right"]


def test_an_abandoned_timed_attempt_is_submitted_when_next_seen(setup):
    setup["pre"].time_limit_minutes = 5
    setup["pre"].save()
    start = timezone.now() - timedelta(hours=1)
    attempt = attempt_start(setup["pre"], setup["person"], now=start)
    course_test_availability(setup["pre"], setup["person"])
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score == 0


def test_attempts_are_limited_and_an_extra_one_can_be_granted_with_a_reason(setup):
    from wagtail.models import ModelLogEntry

    attempt_submit(attempt_start(setup["pre"], setup["person"]))
    with pytest.raises(ServiceError):
        attempt_start(setup["pre"], setup["person"])
    staff = build_user()
    with pytest.raises(ServiceError):
        extra_attempt_grant(test=setup["pre"], participant=setup["person"], reason=" ", granted_by=staff)
    extra_attempt_grant(test=setup["pre"], participant=setup["person"], reason="Power cut", granted_by=staff)
    assert attempt_start(setup["pre"], setup["person"]).number == 2
    entry = ModelLogEntry.objects.get(action="faculty_training.extra_attempt")
    assert entry.data["reason"] == "Power cut" and entry.user_id == staff.pk


def test_pre_test_closes_when_the_first_session_starts(setup):
    build_session(setup["course"], starts_in_minutes=-5)
    availability = course_test_availability(setup["pre"], setup["person"])
    assert not availability.is_open


def test_tests_are_closed_to_people_not_enrolled(setup):
    stranger = build_participant()
    with pytest.raises(ServiceError):
        attempt_start(setup["pre"], stranger)


def test_random_draw_takes_n_per_category(setup):
    bank = build_bank(setup["programme"])
    for category in ("planning", "feedback"):
        for _ in range(4):
            build_question(bank, "true_false", category=category)
    test = build_test(setup["course"], bank, "post", draw="random", per_category=2)
    enrollment = setup["enrollment"]
    module_progress_mark(participant=setup["person"], module=setup["modules"][0])
    enrollment.refresh_from_db()
    attempt = attempt_start(test, setup["person"])
    categories = [q.category for q, _options in attempt_questions(attempt)]
    assert sorted(categories) == ["feedback", "feedback", "planning", "planning"]


def test_required_post_test_gates_completion_and_opens_after_the_other_requirements(setup):
    post = build_test(
        setup["course"], setup["bank"], "post", setup["questions"].values(), is_required_for_completion=True
    )
    from faculty_training.services.assessments import course_tests_evaluate

    course_tests_evaluate(post)
    with pytest.raises(ServiceError):  # modules not studied yet
        attempt_start(post, setup["person"])
    module_progress_mark(participant=setup["person"], module=setup["modules"][0])
    enrollment = Enrollment.objects.get(pk=setup["enrollment"].pk)
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert enrollment.post_test_required and not enrollment.post_test_passed
    failed = attempt_start(post, setup["person"])
    attempt_submit(failed)  # no answers: 0 %
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    post.attempts_allowed = 2
    post.save()
    second = attempt_start(post, setup["person"])
    attempt_answer(second, right_answers(setup["questions"]))
    attempt_submit(second)
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert enrollment.post_test_passed


@pytest.mark.django_db(transaction=True)
def test_double_submission_records_one_result(on_postgres, migrated_data):
    tree = build_content_tree()
    bank = build_bank(tree["programme"])
    questions = build_four_kinds(bank)
    test = build_test(tree["course"], bank, "pre", questions.values())
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    attempt = attempt_start(test, person)
    attempt_answer(attempt, right_answers(questions))
    barrier = threading.Barrier(20)
    results, errors = [], []

    def submit_and_start():
        try:
            barrier.wait()
            results.append(attempt_submit(TestAttempt.objects.get(pk=attempt.pk)).submitted_at)
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit_and_start) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1
    assert TestAttempt.objects.filter(test=test, participant=person).count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_starts_make_one_attempt(on_postgres, migrated_data):
    tree = build_content_tree()
    bank = build_bank(tree["programme"])
    test = build_test(tree["course"], bank, "pre", build_four_kinds(bank).values())
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    barrier = threading.Barrier(10)
    errors = []

    def start():
        try:
            barrier.wait()
            attempt_start(test, person)
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=start) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert TestAttempt.objects.filter(test=test, participant=person).count() == 1
