"""Knowledge tests: when a test is open, starting (and freezing) an attempt, saving answers, scoring, submitting.

An attempt is frozen when it starts: its questions and their option order are stored on it, so a
bank edited later never changes what someone was asked. Answers are saved as they are given and
are checked against the frozen attempt, never trusted from the browser. Time limits are enforced
here: an answer after the deadline is refused, and an attempt whose time is up is submitted with
the answers it had. Submission is final and happens once, also when two requests race
(``select_for_update`` on the attempt row).
"""

import random
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..exceptions import ServiceError
from ..models import CourseTest, Enrollment, ExtraAttemptGrant, Question, TestAttempt, TrainingSession
from .completion import completion_evaluate_many

# An answer that left the browser just before the deadline still counts.
GRACE = timedelta(seconds=30)


# -- opening rules ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TestAvailability:
    is_open: bool
    reason: str  # why it is closed, for the participant
    attempts_used: int
    attempts_allowed: int
    open_attempt: TestAttempt | None

    @property
    def attempts_left(self):
        return max(0, self.attempts_allowed - self.attempts_used)


def course_test_closes_at(test):
    """When a test closes: its own date, or for a pre-test the start of the course's first session."""
    if test.closes_at or test.kind != CourseTest.Kind.PRE:
        return test.closes_at
    first = (
        TrainingSession.objects.filter(course_id=test.course_id, status=TrainingSession.Status.SCHEDULED)
        .aggregate(first=Min("starts_at"))
        .get("first")
    )
    return first


def attempts_allowed(test, participant):
    return test.attempts_allowed + ExtraAttemptGrant.objects.filter(test=test, participant=participant).count()


def course_test_availability(test, participant, now=None):
    """Whether ``participant`` may start (or resume) an attempt of ``test`` now, and why not."""
    now = now or timezone.now()
    attempts = list(TestAttempt.objects.filter(test=test, participant=participant).order_by("number"))
    for attempt in attempts:
        if not attempt.is_submitted and attempt.deadline and now > attempt.deadline + GRACE:
            attempt_submit(attempt, now=now)
    open_attempt = next((attempt for attempt in attempts if not attempt.is_submitted), None)
    allowed = attempts_allowed(test, participant)

    def closed(reason):
        return TestAvailability(False, reason, len(attempts), allowed, None)

    enrollment = (
        Enrollment.objects.filter(participant=participant, course_id=test.course_id)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .first()
    )
    if enrollment is None:
        return closed(_("Enrol in the course to take its tests."))
    if open_attempt is not None:
        return TestAvailability(True, "", len(attempts), allowed, open_attempt)
    if test.opens_at and now < test.opens_at:
        return closed(_("This test is not open yet."))
    closes_at = course_test_closes_at(test)
    if closes_at and now >= closes_at:
        return closed(_("This test has closed."))
    if test.kind == CourseTest.Kind.POST and not enrollment.completion.is_complete_but_post_test:
        return closed(_("The post-test opens when you have met the course's other requirements."))
    if len(attempts) >= allowed:
        return closed(_("You have used all your attempts."))
    if (
        test.kind == CourseTest.Kind.POST
        and any(attempt.is_passed for attempt in attempts)
        and test.is_required_for_completion
    ):
        return closed(_("You have passed this test."))
    return TestAvailability(True, "", len(attempts), allowed, None)


# -- starting --------------------------------------------------------------------------------------


def _draw_questions(test, rng):
    """The question ids of a new attempt, by the test's rule."""
    if test.draw == CourseTest.Draw.FIXED:
        ids = list(
            test.questions.filter(bank_id=test.bank_id, is_active=True).order_by("pk").values_list("pk", flat=True)
        )
    else:
        by_category = {}
        for pk, category in Question.objects.filter(bank_id=test.bank_id, is_active=True).values_list("pk", "category"):
            by_category.setdefault(category, []).append(pk)
        ids = []
        for category in sorted(by_category):
            pool = sorted(by_category[category])
            ids.extend(rng.sample(pool, min(test.per_category, len(pool))))
    if test.shuffle_questions:
        rng.shuffle(ids)
    return ids


def _option_order(test, question_ids, rng):
    order = {}
    for question in Question.objects.filter(pk__in=question_ids).prefetch_related("options"):
        if question.kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE):
            option_ids = [option.pk for option in question.options.all()]
            if test.shuffle_options:
                rng.shuffle(option_ids)
            order[str(question.pk)] = option_ids
    return order


@transaction.atomic
def attempt_start(test, participant, now=None, rng=None):
    """Start an attempt, or return the one already open; raises ServiceError when the test is closed.

    The enrolment row is locked, so two clicks on "Start" make one attempt, not two.
    """
    now = now or timezone.now()
    rng = rng or random.SystemRandom()
    Enrollment.objects.select_for_update().filter(participant=participant, course_id=test.course_id).first()
    availability = course_test_availability(test, participant, now=now)
    if availability.open_attempt is not None:
        return availability.open_attempt
    if not availability.is_open:
        raise ServiceError(availability.reason, "test_closed")
    question_ids = _draw_questions(test, rng)
    if not question_ids:
        raise ServiceError(_("This test has no questions yet."), "no_questions")
    deadline = now + timedelta(minutes=test.time_limit_minutes) if test.time_limit_minutes else None
    try:
        with transaction.atomic():
            return TestAttempt.objects.create(
                test=test,
                participant=participant,
                number=availability.attempts_used + 1,
                question_ids=question_ids,
                option_order=_option_order(test, question_ids, rng),
                started_at=now,
                deadline=deadline,
                pass_mark_percent=test.pass_mark_percent,
            )
    except IntegrityError:  # a concurrent start made it first
        return TestAttempt.objects.get(test=test, participant=participant, number=availability.attempts_used + 1)


# -- answering -------------------------------------------------------------------------------------


def attempt_questions(attempt):
    """[(question, [options in the frozen order])] of an attempt, in its frozen question order."""
    questions = {
        question.pk: question
        for question in Question.objects.filter(pk__in=attempt.question_ids).prefetch_related("options")
    }
    result = []
    for question_id in attempt.question_ids:
        question = questions.get(question_id)
        if question is None:
            continue
        options = {option.pk: option for option in question.options.all()}
        ordered = [options[pk] for pk in attempt.option_order.get(str(question_id), []) if pk in options]
        result.append((question, ordered))
    return result


def attempt_review(attempt):
    """What a submitted attempt shows: each question, the options in the frozen order with the ones chosen,
    the answer as given and its points. Only for submitted attempts or staff: it names the right answers."""
    items = []
    for question, options in attempt_questions(attempt):
        answer = attempt.answers.get(str(question.pk))
        chosen = set(answer if isinstance(answer, list) else [answer])
        points = attempt.points.get(str(question.pk))
        items.append(
            {
                "question": question,
                "options": [{"option": option, "is_chosen": option.pk in chosen} for option in options],
                "answer": answer,
                "points": Decimal(points) if points is not None else None,
                "is_right": points is not None and Decimal(points) >= 1,
            }
        )
    return items


def parse_number(text):
    """'12.5', '12,5' or ' 12 ' -> Decimal; None when it is not a number."""
    text = (text or "").strip().replace("\u066b", ".").replace(",", ".").replace(" ", "")
    if not text or len(text) > 30:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _clean_answer(attempt, question_id, values, kind):
    """An answer as stored: checked against the frozen question. ``values`` is a list of submitted strings."""
    values = [value for value in values if value not in (None, "")]
    if kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE):
        allowed = set(attempt.option_order.get(str(question_id), []))
        chosen = []
        for value in values:
            try:
                option_id = int(value)
            except (TypeError, ValueError):
                raise ServiceError(_("That is not one of the options."), "not_an_option") from None
            if option_id not in allowed:
                raise ServiceError(_("That is not one of the options."), "not_an_option")
            if option_id not in chosen:
                chosen.append(option_id)
        if kind == Question.Kind.SINGLE:
            if len(chosen) > 1:
                raise ServiceError(_("Choose one option."), "one_option")
            return chosen[0] if chosen else None
        return sorted(chosen)
    if kind == Question.Kind.TRUE_FALSE:
        if not values:
            return None
        if values[-1] not in ("true", "false"):
            raise ServiceError(_("Answer true or false."), "true_or_false")
        return values[-1]
    if kind == Question.Kind.NUMERIC:
        if not values:
            return None
        text = str(values[-1])[:30]
        if parse_number(text) is None:
            raise ServiceError(_("Give a number, for example 12.5."), "not_a_number")
        return text.strip()
    raise ServiceError(_("This question is not part of your attempt."), "not_in_attempt")


def attempt_answer(attempt, answers, now=None):
    """Save answers ``{question id: [values]}`` as given; returns the attempt. Refused after submission or time."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = TestAttempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.is_submitted:
            raise ServiceError(_("This attempt has been submitted; answers can no longer change."), "submitted")
        is_late = attempt.deadline is not None and now > attempt.deadline + GRACE
        if not is_late:
            changed = False
            kinds = dict(Question.objects.filter(pk__in=list(answers)).values_list("pk", "kind"))
            for question_id, values in answers.items():
                if question_id not in attempt.question_ids:
                    raise ServiceError(_("This question is not part of your attempt."), "not_in_attempt")
                cleaned = _clean_answer(attempt, question_id, values, kinds.get(question_id))
                key = str(question_id)
                if cleaned in (None, []):
                    changed |= attempt.answers.pop(key, None) is not None
                elif attempt.answers.get(key) != cleaned:
                    attempt.answers[key] = cleaned
                    changed = True
            if changed:
                attempt.save(update_fields=["answers"])
            return attempt
    attempt_submit(attempt, now=now)
    raise ServiceError(
        _("Time is up: your attempt was submitted with the answers saved before the deadline."), "time_up"
    )


# -- scoring ---------------------------------------------------------------------------------------


def question_points(question, options, answer):
    """Points from 0 to 1 for ``answer`` to ``question``.

    Single choice and true/false: 1 or 0. Multiple choice: (right options chosen − wrong options
    chosen) / right options, never below 0, so ticking everything earns nothing. Numeric: 1 when
    within the tolerance of the answer.
    """
    if answer in (None, "", []):
        return Decimal(0)
    if question.kind == Question.Kind.SINGLE:
        correct = {option.pk for option in options if option.is_correct}
        return Decimal(1) if answer in correct else Decimal(0)
    if question.kind == Question.Kind.MULTIPLE:
        correct = {option.pk for option in options if option.is_correct}
        if not correct:
            return Decimal(0)
        chosen = set(answer if isinstance(answer, list) else [answer])
        earned = len(chosen & correct) - len(chosen - correct)
        return max(Decimal(0), round(Decimal(earned) / len(correct), 4))
    if question.kind == Question.Kind.TRUE_FALSE:
        return Decimal(1) if answer == ("true" if question.is_true else "false") else Decimal(0)
    if question.kind == Question.Kind.NUMERIC:
        number = parse_number(str(answer))
        if number is None or question.numeric_answer is None:
            return Decimal(0)
        return Decimal(1) if abs(number - question.numeric_answer) <= question.numeric_tolerance else Decimal(0)
    return Decimal(0)


def attempt_score(attempt):
    """({question id: points}, percent score rounded to 0.1) of an attempt's saved answers."""
    points = {}
    for question, options in attempt_questions(attempt):
        points[str(question.pk)] = question_points(question, options, attempt.answers.get(str(question.pk)))
    if not points:
        return {}, Decimal(0)
    percent = (100 * sum(points.values()) / len(points)).quantize(Decimal("0.1"))
    return points, percent


def attempt_submit(attempt, now=None):
    """Submit and score an attempt once; a second submission returns the first result unchanged."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = TestAttempt.objects.select_for_update().select_related("test").get(pk=attempt.pk)
        if attempt.is_submitted:
            return attempt
        points, percent = attempt_score(attempt)
        attempt.points = {key: str(value) for key, value in points.items()}
        attempt.score = percent
        attempt.is_passed = percent >= attempt.pass_mark_percent
        # An attempt closed for lack of time is submitted at its deadline, not when someone noticed.
        attempt.submitted_at = min(now, attempt.deadline + GRACE) if attempt.deadline else now
        attempt.save(update_fields=["points", "score", "is_passed", "submitted_at"])
    test = attempt.test
    if test.kind == CourseTest.Kind.POST and test.is_required_for_completion:
        completion_evaluate_many(test.course_id, [attempt.participant_id])
    return attempt


def attempt_seconds_left(attempt, now=None):
    if attempt.deadline is None:
        return None
    return max(0, int((attempt.deadline - (now or timezone.now())).total_seconds()))


# -- staff -----------------------------------------------------------------------------------------


def extra_attempt_grant(*, test, participant, reason, granted_by):
    """One more attempt for ``participant``, with a reason, written to the audit log."""
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError(_("Give the reason for the extra attempt."), "reason_missing")
    grant = ExtraAttemptGrant.objects.create(
        test=test, participant=participant, reason=reason[:500], granted_by=granted_by
    )
    log(
        instance=test,
        action="faculty_training.extra_attempt",
        user=granted_by,
        data={"participant": participant.pk, "reason": grant.reason},
    )
    return grant


def course_tests_evaluate(test):
    """A test was added, changed or removed: decide completion of its course again."""
    completion_evaluate_many(test.course_id)


def course_test_may_review(user, test):
    """Programme administrators, the course's lead facilitators and facilitators of its sessions."""
    from .. import roles

    if not user.is_authenticated:
        return False
    if roles.is_programme_administrator(user):
        return True
    course = test.course
    return (
        course.lead_facilitators.filter(pk=user.pk).exists()
        or TrainingSession.objects.filter(course_id=test.course_id, facilitators=user).exists()
    )
