"""Demo knowledge tests: the bank of 20 questions, pre- and post-tests on two courses, and attempts.

The finished course gets parallel pre- and post-tests taken by its participants (so the gains page
shows real numbers); the running course gets an open pre-test taken by its cohort and a post-test
required for completion, for demo users to try. Safe to rerun: attempts are made once.
"""

import random
from datetime import timedelta

from django.db.models import Min
from django.utils import timezone

from ..models import CourseTest, Enrollment, Question, QuestionBank, QuestionOption, TestAttempt, TrainingSession
from ..services.assessments import _option_order, attempt_submit
from . import assessment_content as content
from .builders import _set_translations


def demo_bank_ensure(programme):
    bank = QuestionBank.objects.filter(programme=programme, name_en=content.BANK["name"]["en"]).first()
    bank = bank or QuestionBank(programme=programme)
    _set_translations(bank, "name", content.BANK["name"])
    _set_translations(bank, "description", content.BANK["description"])
    bank.save()
    questions = {}
    for item in content.QUESTIONS:
        # The category plus the English text identifies a demo question across reruns.
        question = Question.objects.filter(
            bank=bank, category=item["category"], text_en=item["text"]["en"]
        ).first() or Question(bank=bank)
        question.kind = item["kind"]
        question.category = item["category"]
        _set_translations(question, "text", item["text"])
        _set_translations(question, "explanation", item["explanation"])
        question.is_true = item.get("is_true", True)
        question.numeric_answer = item.get("answer")
        question.numeric_tolerance = item.get("tolerance", 0)
        question.save()
        if not question.options.exists():
            for order, (texts, is_correct) in enumerate(item.get("options", [])):
                option = QuestionOption(question=question, is_correct=is_correct, sort_order=order)
                _set_translations(option, "text", texts)
                option.save()
        questions[item["key"]] = question
    return bank, questions


def _test_ensure(course, bank, kind, question_list, **fields):
    test = CourseTest.objects.filter(course=course, kind=kind).first() or CourseTest(course=course, kind=kind)
    test.bank = bank
    for name, value in fields.items():
        setattr(test, name, value)
    test.save()
    test.questions.set(question_list)
    return test


def _demo_attempt(test, person, ability, started_at, rng):
    """A submitted attempt answered by someone who gets each question right with probability ``ability``."""
    if TestAttempt.objects.filter(test=test, participant=person).exists():
        return
    question_ids = list(test.questions.order_by("pk").values_list("pk", flat=True))
    attempt = TestAttempt.objects.create(
        test=test,
        participant=person,
        number=1,
        question_ids=question_ids,
        option_order=_option_order(test, question_ids, rng),
        started_at=started_at,
        pass_mark_percent=test.pass_mark_percent,
    )
    answers = {}
    for question in Question.objects.filter(pk__in=question_ids).prefetch_related("options"):
        is_right = rng.random() < ability
        options = list(question.options.all())
        if question.kind == Question.Kind.SINGLE:
            pool = [option for option in options if option.is_correct == is_right]
            answers[str(question.pk)] = rng.choice(pool).pk
        elif question.kind == Question.Kind.MULTIPLE:
            right = sorted(option.pk for option in options if option.is_correct)
            answers[str(question.pk)] = right if is_right else right[:1]
        elif question.kind == Question.Kind.TRUE_FALSE:
            answers[str(question.pk)] = "true" if question.is_true == is_right else "false"
        else:
            value = question.numeric_answer if is_right else question.numeric_answer * 2
            answers[str(question.pk)] = str(value.normalize())
    attempt.answers = answers
    attempt.save(update_fields=["answers"])
    attempt_submit(attempt, now=started_at + timedelta(minutes=12))


def demo_assessments_ensure(programme, running_course, finished_course):
    bank, questions = demo_bank_ensure(programme)
    pre_keys = set(content.PRE_TEST_KEYS)
    pre_form = [question for key, question in questions.items() if key in pre_keys]
    post_form = [question for key, question in questions.items() if key not in pre_keys]
    now = timezone.now()
    rng = random.Random(19)  # the same demo numbers on every machine

    # The finished course: parallel forms, taken before the first session and after the last.
    pre = _test_ensure(finished_course, bank, CourseTest.Kind.PRE, pre_form, pass_mark_percent=0, time_limit_minutes=20)
    post = _test_ensure(
        finished_course, bank, CourseTest.Kind.POST, post_form, pass_mark_percent=60, attempts_allowed=2
    )
    sessions = TrainingSession.objects.filter(course=finished_course).aggregate(first=Min("starts_at"))
    first_session = sessions["first"] or now - timedelta(days=30)
    enrolments = Enrollment.objects.filter(course=finished_course).exclude(status=Enrollment.Status.WITHDRAWN)
    for number, enrollment in enumerate(enrolments.order_by("participant__username")):
        ability = 0.35 + 0.08 * (number % 4)
        _demo_attempt(pre, enrollment.participant, ability, first_session - timedelta(days=2, hours=number), rng)
        _demo_attempt(
            post, enrollment.participant, min(0.95, ability + 0.35), now - timedelta(days=3, hours=number), rng
        )

    # The running course: an open pre-test that its cohort took, and a post-test that gates completion.
    running_pre = _test_ensure(
        running_course,
        bank,
        CourseTest.Kind.PRE,
        pre_form,
        pass_mark_percent=0,
        shuffle_options=True,
        time_limit_minutes=20,
        closes_at=now + timedelta(days=60),
    )
    _test_ensure(
        running_course,
        bank,
        CourseTest.Kind.POST,
        post_form,
        pass_mark_percent=70,
        attempts_allowed=2,
        time_limit_minutes=20,
        is_required_for_completion=True,
    )
    cohort = Enrollment.objects.filter(course=running_course, participant__username__startswith="demo_")
    for number, enrollment in enumerate(cohort.order_by("participant__username")[:20]):
        _demo_attempt(
            running_pre, enrollment.participant, 0.3 + 0.05 * (number % 6), now - timedelta(days=10, hours=number), rng
        )
    from ..services.completion import completion_evaluate_many

    completion_evaluate_many(running_course)
    return bank
