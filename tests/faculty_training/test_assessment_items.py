"""Item analysis for editors (difficulty, point-biserial discrimination) and the gains summary."""

from decimal import Decimal

import pytest
from django.utils import timezone

from faculty_training.models import TestAttempt
from faculty_training.selectors.assessments import gains_summary, item_statistics
from tests.assessment_builders import build_bank, build_question, build_test
from tests.builders import build_content_tree, build_participant

pytestmark = pytest.mark.django_db


def test_a_question_strong_participants_miss_shows_negative_discrimination():
    tree = build_content_tree()
    bank = build_bank(tree["programme"])
    anchor_1, anchor_2, good, bad, easy = (build_question(bank, "true_false") for _ in range(5))
    questions = [anchor_1, anchor_2, good, bad, easy]
    test = build_test(tree["course"], bank, "post", questions)
    # Three strong people get the anchors and `good` right and miss `bad`; three weak ones the reverse.
    for is_strong in (True, True, True, False, False, False):
        right = {anchor_1, anchor_2, good, easy} if is_strong else {bad, easy}
        points = {str(question.pk): "1" if question in right else "0" for question in questions}
        TestAttempt.objects.create(
            test=test,
            participant=build_participant(),
            number=1,
            question_ids=[question.pk for question in questions],
            points=points,
            started_at=timezone.now(),
            submitted_at=timezone.now(),
            score=Decimal(20 * len(right)),
        )
    statistics = item_statistics(test)
    by_question = {item.question_id: item for item in statistics}
    assert by_question[good.pk].difficulty == 0.5 and by_question[good.pk].discrimination == 1.0
    assert by_question[bad.pk].discrimination == -1.0
    assert by_question[easy.pk].difficulty == 1.0 and by_question[easy.pk].discrimination is None  # no spread
    assert statistics[0].question_id == bad.pk  # the weakest first, for editors to fix


def test_gains_summary_counts_only_people_with_both_scores():
    rows = [
        {
            "course_id": 1,
            "course": "C",
            "institution": "PK-A",
            "country": "PK",
            "pre_score": Decimal("40"),
            "post_score": Decimal("70"),
            "gain": Decimal("0.50"),
        },
        {
            "course_id": 1,
            "course": "C",
            "institution": "PK-A",
            "country": "PK",
            "pre_score": Decimal("100"),
            "post_score": Decimal("100"),
            "gain": None,
        },
        {
            "course_id": 1,
            "course": "C",
            "institution": "KZ-B",
            "country": "KZ",
            "pre_score": None,
            "post_score": Decimal("90"),
            "gain": None,
        },
    ]
    summary = gains_summary(rows)
    [course] = summary["course"]
    assert (course.pre_mean, course.post_mean, course.gain_mean, course.count) == (
        Decimal("70.0"),
        Decimal("86.7"),
        Decimal("0.50"),
        1,
    )
    assert course.distribution == [0, 0, 1, 0]
    assert [group.label for group in summary["country"]] == ["KZ", "PK"]


def test_certificate_of_a_course_requiring_a_passed_post_test_states_its_result(settings, tmp_path):
    from faculty_training.models import Certificate
    from faculty_training.services import credentials as credential_service
    from faculty_training.services.assessments import attempt_answer, attempt_start, attempt_submit
    from faculty_training.services.enrollment import enrollment_create
    from faculty_training.services.progress import module_progress_mark
    from tests.assessment_builders import build_four_kinds, right_answers

    tree = build_content_tree(modules=1)
    credential_service.issuer_key_create(tree["programme"].issuing_institution)
    bank = build_bank(tree["programme"])
    questions = build_four_kinds(bank)
    post = build_test(
        tree["course"], bank, "post", questions.values(), pass_mark_percent=70, is_required_for_completion=True
    )
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    module_progress_mark(participant=person, module=tree["modules"][0])
    assert not Certificate.objects.filter(participant=person).exists()  # waits for the post-test
    attempt = attempt_start(post, person)
    answers = right_answers(questions)
    answers.pop(questions["numeric"].pk)  # 75 %
    attempt_answer(attempt, answers)
    attempt_submit(attempt)
    certificate = Certificate.objects.get(participant=person)
    assert certificate.snapshot["post_test"] == {"score": "75.0", "pass_mark": 70}
    document = credential_service.credential_build(certificate, certificate.issuer_key, 0)
    [result] = [
        item for item in document["credentialSubject"]["result"] if item["resultDescription"].endswith("#post-test")
    ]
    assert result["value"] == "75.0"
    [description] = [
        item
        for item in document["credentialSubject"]["achievement"]["resultDescription"]
        if item["id"].endswith("#post-test")
    ]
    assert (description["resultType"], description["requiredValue"]) == ("Percent", "70")
