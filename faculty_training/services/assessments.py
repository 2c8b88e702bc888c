"""Knowledge tests: when a test is open, starting (and freezing) an attempt, saving answers, scoring, submitting.

An attempt is frozen when it starts: its questions and their option order are stored on it, so a
bank edited later never changes what someone was asked. The answer key (right options, the truth of a
statement, a numeric answer and its tolerance) is frozen with them and scoring reads only that, so an
edit to the bank never changes the score of a started or submitted attempt. Answers are saved as they are given and
are checked against the frozen attempt, never trusted from the browser. Time limits are enforced
here: an answer after the deadline (the time limit or the test's closing, whichever comes first) is
refused, and an attempt whose time is up is submitted with the answers it had: when it is next seen,
or by the cron sweep (``attempts_submit_expired``) if nobody comes back. Submission is final and happens once, also when two requests race
(``select_for_update`` on the attempt row).
"""

import random
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, F, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.permissions import policy_registry

from ..exceptions import ServiceError
from ..models import CourseTest, Enrollment, ExtraAttemptGrant, Question, QuestionBank, TestAttempt, TrainingSession
from .completion import completion_evaluate_many

# An answer that left the browser just before the deadline still counts.
GRACE = timedelta(seconds=30)
# Where an attempt's option_order keeps the answer key frozen at its start: {question id: key}.
KEY = "key"


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


def _closes_at(test, first_session_starts_at):
    """course_test_closes_at, given when the course's first scheduled session starts."""
    if test.closes_at or test.kind != CourseTest.Kind.PRE:
        return test.closes_at
    return first_session_starts_at


def course_test_closes_at(test):
    """When a test closes: its own date, or for a pre-test the start of the course's first session."""
    first = None
    if not test.closes_at and test.kind == CourseTest.Kind.PRE:
        first = (
            TrainingSession.objects.filter(course_id=test.course_id, status=TrainingSession.Status.SCHEDULED)
            .aggregate(first=Min("starts_at"))
            .get("first")
        )
    return _closes_at(test, first)


def attempt_effective_deadline(attempt):
    """When an open attempt must end: its time limit or the test's closing, whichever comes first."""
    closes_at = course_test_closes_at(attempt.test)
    deadlines = [deadline for deadline in (attempt.deadline, closes_at) if deadline is not None]
    return min(deadlines) if deadlines else None


def attempt_is_late(attempt, now=None, grace=GRACE):
    """An open attempt past its effective deadline (by default with the grace for answers in flight;
    opening the page uses none, so a late visitor sees the result at once)."""
    deadline = attempt_effective_deadline(attempt)
    return deadline is not None and (now or timezone.now()) > deadline + grace


def attempts_allowed(test, participant):
    return test.attempts_allowed + ExtraAttemptGrant.objects.filter(test=test, participant=participant).count()


def course_test_availability(test, participant, now=None):
    """Whether ``participant`` may start (or resume) an attempt of ``test`` now, and why not."""
    now = now or timezone.now()
    attempts = list(
        TestAttempt.objects.filter(test=test, participant=participant).select_related("test").order_by("number")
    )
    for attempt in attempts:
        if not attempt.is_submitted and attempt_is_late(attempt, now):
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


def question_key(question, options):
    """What scoring needs of a question, as stored in an attempt: its type and right answer."""
    key = {"kind": question.kind}
    if question.kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE):
        key["correct"] = sorted(option.pk for option in options if option.is_correct)
    elif question.kind == Question.Kind.TRUE_FALSE:
        key["is_true"] = bool(question.is_true)
    elif question.kind == Question.Kind.NUMERIC:
        key["answer"] = None if question.numeric_answer is None else str(question.numeric_answer)
        key["tolerance"] = str(question.numeric_tolerance or 0)
    return key


def _option_order(test, question_ids, rng):
    """{question id: [option ids]} as shown, and under ``KEY`` the answer key frozen with it."""
    order = {KEY: {}}
    for question in Question.objects.filter(pk__in=question_ids).prefetch_related("options"):
        options = list(question.options.all())
        if question.kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE):
            option_ids = [option.pk for option in options]
            if test.shuffle_options:
                rng.shuffle(option_ids)
            order[str(question.pk)] = option_ids
        order[KEY][str(question.pk)] = question_key(question, options)
    return order


def attempt_key(attempt, question, options):
    """The answer key of ``question`` frozen when the attempt started (the live one for older attempts)."""
    frozen = attempt.option_order.get(KEY, {}).get(str(question.pk))
    return frozen if frozen is not None else question_key(question, options)


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
    the answer as given, its points and the right answer by the key frozen at the start. It names the
    right answers: a participant's page shows them only when attempt_key_visible says so."""
    items = []
    for question, options in attempt_questions(attempt):
        key = attempt_key(attempt, question, options)
        correct = set(key.get("correct", []))
        answer = attempt.answers.get(str(question.pk))
        chosen = set(answer if isinstance(answer, list) else [answer])
        points = attempt.points.get(str(question.pk))
        items.append(
            {
                "question": question,
                "options": [
                    {"option": option, "is_chosen": option.pk in chosen, "is_correct": option.pk in correct}
                    for option in options
                ],
                "answer": answer,
                "points": Decimal(points) if points is not None else None,
                "is_right": points is not None and Decimal(points) >= 1,
                "is_true": key.get("is_true"),
                "numeric_answer": Decimal(key["answer"]) if key.get("answer") is not None else None,
                "numeric_tolerance": Decimal(key.get("tolerance") or 0),
            }
        )
    return items


def _may_attempt_again(test, attempts, allowed, closes_at, now):
    """Whether someone has, or may still get, an attempt of ``test`` (now or later), given their
    ``attempts`` of it [(submitted_at, is_passed)], the attempts ``allowed`` them and its closing."""
    if any(submitted_at is None for submitted_at, _passed in attempts):
        return True
    if closes_at and now >= closes_at:
        return False
    if len(attempts) >= allowed:
        return False
    passed = any(is_passed for _submitted_at, is_passed in attempts)
    # Passing ends a test only where it closes on a pass (course_test_availability).
    return not (passed and test.kind == CourseTest.Kind.POST and test.is_required_for_completion)


def attempt_key_visible(attempt, now=None):
    """Whether the participant may see the right answers and explanations of their submitted attempt.

    Only when they can take no further attempt of any test drawing on the same bank, in any course
    (a programme's bank serves the tests of all its courses), so a key never helps a later attempt:

    - a test of a course they are enrolled in, or one they have attempted, is still to come unless
      their attempts are used up, or it closes on the pass they have, or it has closed;
    - a test of a course they are not enrolled in and have not attempted is still to come while the
      course is published and the test has not closed: they could enrol and take it.

    Before that they see their score, pass or fail, and per question whether they were right with
    the question's feedback. Staff reviewing attempts always see the key. Two queries, however many
    courses draw on the bank.
    """
    if not attempt.is_submitted:
        return False
    now = now or timezone.now()
    participant_id = attempt.participant_id
    first_session = (
        TrainingSession.objects.filter(course_id=OuterRef("course_id"), status=TrainingSession.Status.SCHEDULED)
        .order_by("starts_at")
        .values("starts_at")[:1]
    )
    extra_attempts = (
        ExtraAttemptGrant.objects.filter(test_id=OuterRef("pk"), participant_id=participant_id)
        .order_by()
        .values("test_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    tests = CourseTest.objects.filter(bank_id=attempt.test.bank_id).annotate(
        is_course_live=F("course__live"),
        is_enrolled=Exists(
            Enrollment.objects.filter(participant_id=participant_id, course_id=OuterRef("course_id")).exclude(
                status=Enrollment.Status.WITHDRAWN
            )
        ),
        first_session_starts_at=Subquery(first_session),
        extra_attempts=Coalesce(Subquery(extra_attempts), 0),
    )
    attempts = {}
    for test_id, submitted_at, is_passed in TestAttempt.objects.filter(
        participant_id=participant_id, test__bank_id=attempt.test.bank_id
    ).values_list("test_id", "submitted_at", "is_passed"):
        attempts.setdefault(test_id, []).append((submitted_at, is_passed))
    for test in tests:
        closes_at = _closes_at(test, test.first_session_starts_at)
        own = attempts.get(test.pk, [])
        if own or test.is_enrolled:
            allowed = test.attempts_allowed + test.extra_attempts
            if _may_attempt_again(test, own, allowed, closes_at, now):
                return False
        elif test.is_course_live and not (closes_at and now >= closes_at):
            return False  # they could enrol in that course and take it
    return True


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
    frozen = attempt.option_order.get(KEY, {}).get(str(question_id))
    if frozen is not None:
        kind = frozen.get("kind")  # the kind as it was when the attempt started
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
        is_late = attempt_is_late(attempt, now)
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
    """Points from 0 to 1 for ``answer`` to ``question`` by its current answer key."""
    return key_points(question_key(question, options), answer)


def key_points(key, answer):
    """Points from 0 to 1 for ``answer`` by an answer ``key`` (see question_key).

    Single choice and true/false: 1 or 0. Multiple choice: (right options chosen − wrong options
    chosen) / right options, never below 0, so ticking everything earns nothing. Numeric: 1 when
    within the tolerance of the answer.
    """
    if answer in (None, "", []):
        return Decimal(0)
    kind = key.get("kind")
    if kind == Question.Kind.SINGLE:
        return Decimal(1) if answer in set(key.get("correct", [])) else Decimal(0)
    if kind == Question.Kind.MULTIPLE:
        correct = set(key.get("correct", []))
        if not correct:
            return Decimal(0)
        chosen = set(answer if isinstance(answer, list) else [answer])
        earned = len(chosen & correct) - len(chosen - correct)
        return max(Decimal(0), round(Decimal(earned) / len(correct), 4))
    if kind == Question.Kind.TRUE_FALSE:
        return Decimal(1) if answer == ("true" if key.get("is_true") else "false") else Decimal(0)
    if kind == Question.Kind.NUMERIC:
        number = parse_number(str(answer))
        if number is None or key.get("answer") is None:
            return Decimal(0)
        return Decimal(1) if abs(number - Decimal(key["answer"])) <= Decimal(key.get("tolerance") or 0) else Decimal(0)
    return Decimal(0)


def attempt_score(attempt):
    """({question id: points}, percent score rounded to 0.1) of an attempt's saved answers, by its frozen key."""
    points = {}
    for question, options in attempt_questions(attempt):
        key = attempt_key(attempt, question, options)
        points[str(question.pk)] = key_points(key, attempt.answers.get(str(question.pk)))
    if not points:
        return {}, Decimal(0)
    percent = (100 * sum(points.values()) / len(points)).quantize(Decimal("0.1"))
    return points, percent


def attempt_submit(attempt, now=None, *, decide_completion=True):
    """Submit and score an attempt once; a second submission returns the first result unchanged.

    ``decide_completion=False`` leaves deciding completion to the caller (the sweep does it per course)."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = TestAttempt.objects.select_for_update().select_related("test").get(pk=attempt.pk)
        if attempt.is_submitted:
            return attempt
        points, percent = attempt_score(attempt)
        attempt.points = {key: str(value) for key, value in points.items()}
        attempt.score = percent
        attempt.is_passed = percent >= attempt.pass_mark_percent
        # An attempt closed for lack of time, or by the test's closing, is submitted at that deadline,
        # not when someone noticed.
        deadline = attempt_effective_deadline(attempt)
        attempt.submitted_at = min(now, deadline + GRACE) if deadline else now
        attempt.save(update_fields=["points", "score", "is_passed", "submitted_at"])
    test = attempt.test
    if decide_completion and _decides_completion(test):
        completion_evaluate_many(test.course_id, [attempt.participant_id])
    return attempt


def _decides_completion(test):
    return test.kind == CourseTest.Kind.POST and test.is_required_for_completion


def attempts_expired(now=None, grace=GRACE):
    """Open attempts whose effective deadline (attempt_effective_deadline) plus ``grace`` has passed, in one query:
    the time limit ran out, the test's closing date passed, or a pre-test without one reached the start
    of its course's first session."""
    cutoff = (now or timezone.now()) - grace
    first_session_began = Exists(
        TrainingSession.objects.filter(
            course_id=OuterRef("test__course_id"), status=TrainingSession.Status.SCHEDULED, starts_at__lt=cutoff
        )
    )
    return TestAttempt.objects.filter(submitted_at__isnull=True).filter(
        Q(deadline__lt=cutoff)
        | Q(test__closes_at__lt=cutoff)
        | Q(first_session_began, test__kind=CourseTest.Kind.PRE, test__closes_at__isnull=True)
    )


def attempts_submit_expired(now=None):
    """Submit and score every open attempt past its deadline and grace, as at that deadline, with the
    answers saved in time; then decide completion once per course where a required post-test ended.

    Run from cron (``refresh_completion``), so an attempt someone abandoned counts in records, gains,
    exports and completion without their coming back. Idempotent: an attempt is submitted once
    (attempt_submit locks it), so an overlapping or repeated run does nothing twice. Returns how many
    expired attempts it found.
    """
    now = now or timezone.now()
    attempts = list(attempts_expired(now).select_related("test").order_by("pk"))
    decide = {}
    for attempt in attempts:
        attempt_submit(attempt, now=now, decide_completion=False)
        if _decides_completion(attempt.test):
            decide.setdefault(attempt.test.course_id, set()).add(attempt.participant_id)
    for course_id, participant_ids in decide.items():
        completion_evaluate_many(course_id, participant_ids)
    return len(attempts)


def attempt_seconds_left(attempt, now=None):
    deadline = attempt_effective_deadline(attempt)
    if deadline is None:
        return None
    return max(0, int((deadline - (now or timezone.now())).total_seconds()))


# -- staff -----------------------------------------------------------------------------------------


def extra_attempt_grant(*, test, participant, reason, granted_by):
    """One more attempt for ``participant``, with a reason, written to the audit log.

    Only for a participant actively enrolled in the test's course, and never for the person granting it.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError(_("Give the reason for the extra attempt."), "reason_missing")
    is_enrolled = Enrollment.objects.filter(
        participant=participant, course_id=test.course_id, status=Enrollment.Status.ACTIVE
    ).exists()
    if not is_enrolled or (granted_by is not None and granted_by.pk == participant.pk):
        raise ServiceError(
            _("An extra attempt can only be granted to a participant actively enrolled in the course."),
            "not_enrolled",
        )
    grant = ExtraAttemptGrant.objects.create(
        test=test, participant=participant, reason=reason[:500], granted_by=granted_by
    )
    # Logged on the grant, not the test: facilitators hold the model-wide "view" permission on tests
    # (to review their own), and Wagtail shows anyone the log of every instance of such a model; no
    # one but programme administrators holds a permission on grants. The attempts page of a test
    # lists its grants for those who review it.
    log(
        instance=grant,
        action="faculty_training.extra_attempt",
        user=granted_by,
        data={"test": test.pk, "participant": participant.pk, "reason": grant.reason},
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


def question_bank_may_edit(user, bank):
    """Whether ``user`` may import into and download ``bank``: change the bank, and add and change
    questions (an import does both; the spreadsheet carries the answer key), by the snippets'
    permission policies."""
    if not user.is_authenticated or not user.is_active:
        return False
    questions = policy_registry.get_by_type(Question)
    return (
        policy_registry.get_by_type(QuestionBank).user_has_permission_for_instance(user, "change", bank)
        and questions.user_has_permission(user, "add")
        and questions.user_has_permission(user, "change")
    )
