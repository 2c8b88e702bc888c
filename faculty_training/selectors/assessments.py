"""Read-side queries about knowledge tests: who passed, scores per enrolment, learning gains, item analysis.

Gains are computed over enrolments from ``records_queryset``, so tenancy is decided there and only there.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import OuterRef, Subquery

from ..models import CourseTest, TestAttempt


def post_test_passers(course, participant_ids):
    """(is a passed post-test required, {ids of these participants who passed it}) for one course."""
    test = CourseTest.objects.filter(course=course, kind=CourseTest.Kind.POST, is_required_for_completion=True).first()
    if test is None:
        return False, set()
    passed = TestAttempt.objects.filter(
        test=test, participant_id__in=list(participant_ids), submitted_at__isnull=False, is_passed=True
    ).values_list("participant_id", flat=True)
    return True, set(passed)


def test_score_annotations():
    """Annotations for enrolments: ``pre_score`` (the first submitted pre-test attempt: what the person
    knew before the course) and ``post_score`` (the best submitted post-test attempt)."""

    def attempts(kind):
        return TestAttempt.objects.filter(
            test__course_id=OuterRef("course_id"),
            test__kind=kind,
            participant_id=OuterRef("participant_id"),
            submitted_at__isnull=False,
        )

    return {
        "pre_score": Subquery(attempts(CourseTest.Kind.PRE).order_by("number").values("score")[:1]),
        "post_score": Subquery(attempts(CourseTest.Kind.POST).order_by("-score", "number").values("score")[:1]),
    }


def post_test_result(enrollment):
    """{"score": "92.5", "pass_mark": 70} of the best passed post-test attempt, when the course requires
    one for completion (what a certificate freezes and its credential states as a result); else None."""
    if not enrollment.post_test_required:
        return None
    attempt = (
        TestAttempt.objects.filter(
            test__course_id=enrollment.course_id,
            test__kind=CourseTest.Kind.POST,
            participant_id=enrollment.participant_id,
            submitted_at__isnull=False,
            is_passed=True,
        )
        .order_by("-score", "number")
        .first()
    )
    if attempt is None:
        return None
    return {"score": str(score_percent(attempt.score)), "pass_mark": attempt.pass_mark_percent}


def score_percent(value):
    """A stored score as Decimal with one decimal place (SQLite returns subquery decimals as numbers)."""
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.1"))


def normalised_gain(pre, post):
    """Hake's normalised gain (post − pre) / (100 − pre), rounded to 2 places.

    None without both scores, and None when pre = 100 (nothing left to gain: the ratio is undefined).
    """
    if pre is None or post is None:
        return None
    pre, post = Decimal(pre), Decimal(post)
    if pre >= 100:
        return None
    return round((post - pre) / (100 - pre), 2)


@dataclass
class GainGroup:
    key: str
    label: str
    pre_scores: list = field(default_factory=list)
    post_scores: list = field(default_factory=list)
    gains: list = field(default_factory=list)

    @staticmethod
    def _mean(values):
        return round(sum(values) / len(values), 1) if values else None

    @property
    def pre_mean(self):
        return self._mean(self.pre_scores)

    @property
    def post_mean(self):
        return self._mean(self.post_scores)

    @property
    def gain_mean(self):
        return round(sum(self.gains) / len(self.gains), 2) if self.gains else None

    @property
    def count(self):
        return len(self.gains)

    @property
    def distribution(self):
        """Counts of gains in bands: below 0, 0–0.3 (low), 0.3–0.7 (medium), 0.7 and above (high)."""
        bands = [0, 0, 0, 0]
        for gain in self.gains:
            bands[0 if gain < 0 else 1 if gain < Decimal("0.3") else 2 if gain < Decimal("0.7") else 3] += 1
        return bands


def gains_summary(rows):
    """Means, counts and distribution of gains by course, institution and country, from record rows."""
    groups = {"course": {}, "institution": {}, "country": {}}
    for row in rows:
        for dimension, key, label in (
            ("course", row["course_id"], row["course"]),
            ("institution", row["institution"] or "—", row["institution"] or "—"),
            ("country", row["country"] or "—", row["country"] or "—"),
        ):
            group = groups[dimension].setdefault(key, GainGroup(str(key), str(label)))
            if row["pre_score"] is not None:
                group.pre_scores.append(Decimal(row["pre_score"]))
            if row["post_score"] is not None:
                group.post_scores.append(Decimal(row["post_score"]))
            if row["gain"] is not None:
                group.gains.append(Decimal(row["gain"]))
    return {dimension: sorted(found.values(), key=lambda group: group.label) for dimension, found in groups.items()}


@dataclass
class ItemStatistics:
    question_id: int
    text: str
    answered: int
    difficulty: float | None  # mean points, 0 (nobody right) to 1 (everybody right)
    discrimination: float | None  # point-biserial: item points against the rest of the score


def _correlation(xs, ys):
    count = len(xs)
    if count < 3:
        return None
    mean_x, mean_y = sum(xs) / count, sum(ys) / count
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    spread_x = math.sqrt(sum((x - mean_x) ** 2 for x in xs))
    spread_y = math.sqrt(sum((y - mean_y) ** 2 for y in ys))
    if not spread_x or not spread_y:
        return None
    return round(covariance / (spread_x * spread_y), 2)


def item_statistics(test):
    """Per question of ``test``: difficulty and point-biserial discrimination over submitted attempts.

    Discrimination correlates a question's points with the rest of each attempt's points (the question
    itself left out), so a question that strong participants miss shows as low or negative.
    """
    from ..models import Question

    attempts = list(TestAttempt.objects.filter(test=test, submitted_at__isnull=False).values_list("points", flat=True))
    per_question = defaultdict(list)
    totals = []
    for points in attempts:
        points = {int(key): float(value) for key, value in (points or {}).items()}
        totals.append((points, sum(points.values())))
        for question_id, value in points.items():
            per_question[question_id].append(value)
    texts = dict(Question.objects.filter(pk__in=per_question).values_list("pk", "text"))
    statistics = []
    for question_id, values in per_question.items():
        item, rest = [], []
        for points, total in totals:
            if question_id in points:
                item.append(points[question_id])
                rest.append(total - points[question_id])
        statistics.append(
            ItemStatistics(
                question_id=question_id,
                text=texts.get(question_id, "?"),
                answered=len(values),
                difficulty=round(sum(values) / len(values), 2) if values else None,
                discrimination=_correlation(item, rest),
            )
        )
    return sorted(statistics, key=lambda item: (item.discrimination is None, item.discrimination or 0))
