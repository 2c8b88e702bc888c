"""Builders for knowledge tests: a bank with one question of every type, and a course test over it."""

from decimal import Decimal

from faculty_training.models import CourseTest, Question, QuestionBank, QuestionOption


def build_bank(programme, **fields):
    defaults = {"name_en": "Assessment in medical education", "name_ur": "طبی تعلیم میں جائزہ"}
    defaults.update(fields)
    return QuestionBank.objects.create(programme=programme, **defaults)


def build_question(bank, kind="single", options=(), category="", **fields):
    """``options``: [(text, is_correct), ...] for choice questions."""
    defaults = {"text_en": f"A {kind} question", "text_ur": "ایک سوال", "feedback_en": "Read module 2."}
    defaults.update(fields)
    question = Question.objects.create(bank=bank, kind=kind, category=category, **defaults)
    for order, (text, is_correct) in enumerate(options):
        QuestionOption.objects.create(question=question, text_en=text, is_correct=is_correct, sort_order=order)
    return question


def build_four_kinds(bank, category=""):
    """One question of each type: single, multiple, true/false and numeric (answer 12.5 ± 0.5)."""
    return {
        "single": build_question(bank, "single", [("Right", True), ("Wrong A", False), ("Wrong B", False)], category),
        "multiple": build_question(
            bank, "multiple", [("Right 1", True), ("Right 2", True), ("Wrong 1", False), ("Wrong 2", False)], category
        ),
        "true_false": build_question(bank, "true_false", category=category, is_true=False),
        "numeric": build_question(
            bank, "numeric", category=category, numeric_answer=Decimal("12.5"), numeric_tolerance=Decimal("0.5")
        ),
    }


def build_test(course, bank, kind="pre", questions=(), **fields):
    defaults = {"pass_mark_percent": 60, "shuffle_options": True}
    defaults.update(fields)
    test = CourseTest.objects.create(course=course, bank=bank, kind=kind, **defaults)
    test.questions.set(questions)
    return test


def right_answers(questions):
    """Form-style answers {question id: [values]} that get every question of build_four_kinds right."""
    return {
        questions["single"].pk: [str(questions["single"].options.get(is_correct=True).pk)],
        questions["multiple"].pk: [str(option.pk) for option in questions["multiple"].options.filter(is_correct=True)],
        questions["true_false"].pk: ["false"],
        questions["numeric"].pk: ["12,8"],
    }
