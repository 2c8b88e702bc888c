"""Scoring of every question type, and the normalised gain on its edge cases."""

from decimal import Decimal

import pytest

from faculty_training.selectors.assessments import normalised_gain
from faculty_training.services.assessments import parse_number, question_points
from tests.assessment_builders import build_bank, build_four_kinds
from tests.builders import build_content_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions():
    tree = build_content_tree()
    return build_four_kinds(build_bank(tree["programme"]))


def _points(question, answer):
    return question_points(question, list(question.options.all()), answer)


def _option(question, text):
    return question.options.get(text_en=text).pk


def test_single_choice_scores_the_right_option_only(questions):
    question = questions["single"]
    assert _points(question, _option(question, "Right")) == 1
    assert _points(question, _option(question, "Wrong A")) == 0
    assert _points(question, None) == 0


def test_multiple_choice_gives_partial_credit_and_nothing_for_ticking_everything(questions):
    question = questions["multiple"]
    right = [_option(question, "Right 1"), _option(question, "Right 2")]
    wrong = [_option(question, "Wrong 1"), _option(question, "Wrong 2")]
    assert _points(question, right) == 1
    assert _points(question, right[:1]) == Decimal("0.5")
    assert _points(question, [right[0], wrong[0]]) == 0
    assert _points(question, right + wrong) == 0
    assert _points(question, []) == 0


def test_true_false_scores_the_statements_truth(questions):
    question = questions["true_false"]  # the statement is false
    assert _points(question, "false") == 1
    assert _points(question, "true") == 0


def test_numeric_answer_counts_within_its_tolerance(questions):
    question = questions["numeric"]  # 12.5 ± 0.5
    assert _points(question, "12.5") == 1
    assert _points(question, "13") == 1
    assert _points(question, "12,1") == 1  # decimal comma, as Russian and Kazakh readers write
    assert _points(question, "13.01") == 0
    assert _points(question, "twelve") == 0


def test_parse_number_refuses_what_is_not_a_number():
    assert parse_number("1e400") is not None or parse_number("1e400") is None  # no exception
    assert parse_number("NaN") is None
    assert parse_number("Infinity") is None
    assert parse_number("") is None
    assert parse_number(" 7 ") == 7


@pytest.mark.parametrize(
    ("pre", "post", "gain"),
    [
        (40, 70, Decimal("0.50")),
        (50, 40, Decimal("-0.20")),
        (0, 100, Decimal("1.00")),
        (100, 100, None),  # nothing left to gain: undefined, not zero
        (100, 80, None),
        (None, 80, None),  # no pre-test
        (60, None, None),
    ],
)
def test_normalised_gain(pre, post, gain):
    assert normalised_gain(pre, post) == gain
