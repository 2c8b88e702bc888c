"""The participant's test pages (without scripts), privacy of attempts, and gains in records, exports and the API."""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from faculty_training.models import InstitutionApiToken, InstitutionCoordinator, TestAttempt
from faculty_training.models.records import hash_token
from faculty_training.services.assessments import attempt_answer, attempt_start, attempt_submit
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from tests.assessment_builders import build_bank, build_four_kinds, build_test, right_answers
from tests.builders import build_content_tree, build_group_member, build_institution, build_participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    tree = build_content_tree(modules=1)
    bank = build_bank(tree["programme"])
    questions = build_four_kinds(bank)
    single = questions["single"]
    single.explanation_en = "SECRET-EXPLANATION"
    single.save()
    option = single.options.get(is_correct=True)
    option.feedback_en = "SECRET-OPTION-FEEDBACK"
    option.save()
    pre = build_test(tree["course"], bank, "pre", questions.values())
    post = build_test(tree["course"], bank, "post", questions.values(), is_required_for_completion=True)
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    return {**tree, "questions": questions, "pre": pre, "post": post, "person": person}


def test_taking_a_test_without_scripts_saves_answers_and_shows_the_result(client, setup):
    client.force_login(setup["person"])
    response = client.post(reverse("faculty_training:test_start", args=[setup["pre"].pk]))
    attempt = TestAttempt.objects.get(participant=setup["person"])
    assert response.url == reverse("faculty_training:attempt", args=[attempt.pk])
    page = client.get(response.url)
    content = page.content.decode()
    assert page.status_code == 200
    # Nothing on the page before submission tells which answer is right.
    assert "SECRET" not in content and "Read module 2" not in content and "is_correct" not in content
    form = {f"q{pk}": values for pk, values in right_answers(setup["questions"]).items()}
    saved = client.post(response.url, {**form, "save": setup["questions"]["single"].pk})
    assert saved.status_code == 302 and saved.url.endswith(f"#q{setup['questions']['single'].pk}")
    attempt.refresh_from_db()
    assert len(attempt.answers) == 4
    done = client.post(response.url, {"submit": "1"}, follow=True)
    content = done.content.decode()
    # The post-test draws on the same bank and is still to come: the key is not shown yet.
    assert "Read module 2" in content and "100%" in content
    assert "SECRET" not in content and "(right answer)" not in content
    attempt.refresh_from_db()
    assert attempt.score == 100 and attempt.is_passed


def test_the_answer_key_is_shown_only_when_no_test_on_the_bank_can_be_taken_again(client, setup):
    client.force_login(setup["person"])
    setup["pre"].attempts_allowed = 2
    setup["pre"].save()
    first = _take(setup["pre"], setup["person"], setup["questions"], [setup["questions"]["single"].pk])
    url = reverse("faculty_training:attempt", args=[first.pk])
    content = client.get(url).content.decode()
    # A retake of the same fixed draw is still possible: score, right or not, feedback; no key.
    assert "25%" in content and "Read module 2" in content and "Not right" in content
    assert "SECRET" not in content and "Right answer:" not in content and "(right answer)" not in content
    second = _take(setup["pre"], setup["person"], setup["questions"], [])
    # Pre-test attempts used up, but the post-test on the same bank is still to come.
    assert "SECRET" not in client.get(url).content.decode()
    module_progress_mark(participant=setup["person"], module=setup["modules"][0])
    post = _take(setup["post"], setup["person"], setup["questions"], [q.pk for q in setup["questions"].values()])
    assert post.is_passed  # a passed required post-test closes: nothing left to take
    for attempt in (first, second, post):
        content = client.get(reverse("faculty_training:attempt", args=[attempt.pk])).content.decode()
        assert "SECRET-EXPLANATION" in content and "Right answer:" in content
    # Staff reviewing an attempt see the right options whatever the participant may see.
    setup["post"].attempts_allowed = 5
    setup["post"].is_required_for_completion = False
    setup["post"].save()
    assert "SECRET" not in client.get(url).content.decode()
    client.force_login(build_group_member("Programme administrators"))
    content = client.get(reverse("faculty_training_attempt", args=[first.pk])).content.decode()
    assert "✓" in content


def test_an_answer_given_by_script_is_saved_as_given(client, setup):
    client.force_login(setup["person"])
    attempt = attempt_start(setup["pre"], setup["person"])
    numeric = setup["questions"]["numeric"]
    url = reverse("faculty_training:attempt", args=[attempt.pk])
    response = client.post(
        url, {f"q{numeric.pk}": "12,4", f"q{numeric.pk}-present": "1"}, HTTP_X_REQUESTED_WITH="fetch"
    )
    assert response.json() == {"saved": True, "answered": 1}
    attempt.refresh_from_db()
    assert attempt.answers == {str(numeric.pk): "12,4"}


def test_a_participant_never_reaches_anothers_attempt(client, setup):
    attempt = attempt_start(setup["pre"], setup["person"])
    other = build_participant()
    client.force_login(other)
    assert client.get(reverse("faculty_training:attempt", args=[attempt.pk])).status_code == 404
    assert client.post(reverse("faculty_training:attempt", args=[attempt.pk]), {"submit": "1"}).status_code == 404
    attempt.refresh_from_db()
    assert not attempt.is_submitted


def test_urdu_test_page_reads_right_to_left(client, setup):
    client.force_login(setup["person"])
    attempt = attempt_start(setup["pre"], setup["person"])
    response = client.get(f"/ur/training/attempts/{attempt.pk}/")
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()


def _take(test, person, questions, right):
    attempt = attempt_start(test, person)
    if right:
        attempt_answer(attempt, {pk: values for pk, values in right_answers(questions).items() if pk in right})
    return attempt_submit(attempt)


@pytest.fixture
def cohort(setup):
    """Two institutions: PK person gains 25 → 100, KZ person 50 → 75."""
    pk = build_institution(code="PK-G", country="PK")
    kz = build_institution(code="KZ-G", country="KZ")
    q = setup["questions"]
    people = {}
    for code, institution, pre_right, post_right in (
        ("pk", pk, [q["single"].pk], [item.pk for item in q.values()]),
        ("kz", kz, [q["single"].pk, q["true_false"].pk], [q["single"].pk, q["true_false"].pk, q["numeric"].pk]),
    ):
        person = build_participant(institution=institution, latin_name=f"Person {code}")
        enrollment_create(participant=person, course=setup["course"])
        _take(setup["pre"], person, q, pre_right)
        module_progress_mark(participant=person, module=setup["modules"][0])
        _take(setup["post"], person, q, post_right)
        people[code] = person
    coordinator = build_group_member("Institution coordinators")
    InstitutionCoordinator.objects.create(user=coordinator, institution=pk)
    return {"pk": pk, "kz": kz, "people": people, "coordinator": coordinator}


def test_records_export_and_api_carry_pre_post_and_gain(client, setup, cohort):
    client.force_login(cohort["coordinator"])
    response = client.get(reverse("faculty_training_records:export_csv"))
    text = b"".join(response.streaming_content).decode("utf-8")[1:]
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(row["Pre-test score (%)"], row["Post-test score (%)"], row["Normalised gain"]) for row in rows] == [
        ("25.0", "100.0", "1.00")
    ]
    secret = InstitutionApiToken.new_secret()
    InstitutionApiToken.objects.create(
        institution=cohort["kz"], name="HR", token_hash=hash_token(secret), prefix=secret[:8]
    )
    data = client.get("/api/v1/records/", HTTP_AUTHORIZATION=f"Bearer {secret}").json()
    [row] = data["results"]
    assert (Decimal(row["pre_score"]), Decimal(row["post_score"]), Decimal(row["gain"])) == (
        Decimal("50"),
        Decimal("75"),
        Decimal("0.5"),
    )


def test_coordinator_sees_gains_of_their_institution_only(client, setup, cohort):
    client.force_login(cohort["coordinator"])
    response = client.get(reverse("faculty_training_records:gains"))
    content = response.content.decode()
    assert response.status_code == 200
    pk_name, kz_name = cohort["pk"].name, cohort["kz"].name
    assert pk_name in content and kz_name not in content
    administrator = build_group_member("Programme administrators")
    client.force_login(administrator)
    content = client.get(reverse("faculty_training_records:gains")).content.decode()
    assert pk_name in content and kz_name in content


def test_gains_are_not_for_participants(client, setup):
    client.force_login(setup["person"])
    assert client.get(reverse("faculty_training_records:gains")).status_code == 404


def test_facilitator_of_another_course_cannot_review_attempts(client, setup):
    facilitator = build_group_member("Facilitators")
    client.force_login(facilitator)
    assert client.get(reverse("faculty_training_test_attempts", args=[setup["pre"].pk])).status_code in (302, 403)
    administrator = build_group_member("Programme administrators")
    attempt = attempt_start(setup["pre"], setup["person"])
    client.force_login(administrator)
    assert client.get(reverse("faculty_training_test_attempts", args=[setup["pre"].pk])).status_code == 200
    assert client.get(reverse("faculty_training_attempt", args=[attempt.pk])).status_code == 200
    response = client.post(
        reverse("faculty_training_test_attempts", args=[setup["pre"].pk]),
        {"participant": setup["person"].pk, "reason": "Lost connection"},
    )
    assert response.status_code == 302
    assert client.get(reverse("faculty_training_test_items", args=[setup["pre"].pk])).status_code == 200


@pytest.mark.parametrize("count", [5, 50])
def test_opening_and_submitting_take_the_same_queries_for_5_or_50_questions(client, setup, count):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.assessment_builders import build_question
    from tests.builders import build_course

    course = build_course(setup["programme"])
    bank = setup["pre"].bank
    questions = [build_question(bank, "single", [("Right", True), ("Wrong", False)]) for _ in range(count)]
    test = build_test(course, bank, "pre", questions)
    person = build_participant()
    enrollment_create(participant=person, course=course)
    attempt = attempt_start(test, person)
    client.force_login(person)
    url = reverse("faculty_training:attempt", args=[attempt.pk])
    form = {f"q{question.pk}": [str(question.options.get(is_correct=True).pk)] for question in questions}
    with CaptureQueriesContext(connection) as page:
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as submit:
        assert client.post(url, {**form, "submit": "1"}).status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 100
    # The same bound whatever the number of questions: no query per question.
    assert len(page) <= 20 and len(submit) <= 25, (len(page), len(submit))


def test_opening_the_page_after_the_time_is_up_submits_the_attempt(client, setup):
    from datetime import timedelta

    from django.utils import timezone

    setup["pre"].time_limit_minutes = 5
    setup["pre"].save()
    attempt = attempt_start(setup["pre"], setup["person"], now=timezone.now() - timedelta(minutes=5, seconds=1))
    client.force_login(setup["person"])
    response = client.get(reverse("faculty_training:attempt", args=[attempt.pk]))
    assert b"test-score" in response.content
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.submitted_at <= attempt.deadline + timedelta(seconds=30)


def test_an_extra_attempt_goes_only_to_a_participant_enrolled_in_the_course(client, setup):
    from django.contrib.messages import get_messages

    from faculty_training.models import ExtraAttemptGrant

    administrator = build_group_member("Programme administrators")
    stranger = build_participant()
    client.force_login(administrator)
    url = reverse("faculty_training_test_attempts", args=[setup["pre"].pk])
    for person in (stranger, administrator):
        response = client.post(url, {"participant": person.pk, "reason": "Lost connection"})
        assert any("actively enrolled" in str(message) for message in get_messages(response.wsgi_request))
    assert not ExtraAttemptGrant.objects.exists()
    client.post(url, {"participant": setup["person"].pk, "reason": "Lost connection"})
    assert ExtraAttemptGrant.objects.get().participant == setup["person"]


def test_question_editors_see_the_item_analysis(client, setup):
    from django.contrib.auth.models import Permission

    url = reverse("faculty_training_test_items", args=[setup["pre"].pk])
    editor = build_group_member("Editors")
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)
    editor.user_permissions.add(Permission.objects.get(codename="change_question"))
    editor = type(editor).objects.get(pk=editor.pk)  # fresh permission cache
    client.force_login(editor)
    assert client.get(url).status_code == 200
