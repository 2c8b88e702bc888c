"""Course surveys: opening rules, the completion requirement, anonymity of stored answers, results."""

import uuid

import pytest

from faculty_training.exceptions import ServiceError
from faculty_training.models import Enrollment, SurveyCompletion, SurveyResponse
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from faculty_training.services.surveys import (
    grouping_function,
    results_by_group,
    survey_is_open,
    survey_submit,
)
from tests.builders import build_content_tree, build_institution, build_participant

from .builders import answers_for, build_course_survey

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_with_survey():
    tree = build_content_tree(modules=1)
    survey = build_course_survey(tree["course"], is_required=True)
    return tree, survey


def _enrol_and_study(tree, participant=None):
    participant = participant or build_participant()
    enrollment, _created = enrollment_create(participant=participant, course=tree["course"])
    module_progress_mark(participant=participant, module=tree["modules"][0])
    enrollment.refresh_from_db()
    return participant, enrollment


def test_required_survey_holds_completion_until_answered(course_with_survey):
    tree, survey = course_with_survey
    participant = build_participant()
    enrollment, _created = enrollment_create(participant=participant, course=tree["course"])
    assert not survey_is_open(survey, enrollment)  # "at completion": the module is not studied yet
    module_progress_mark(participant=participant, module=tree["modules"][0])
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert enrollment.required_surveys == 1 and enrollment.required_surveys_done == 0
    assert survey_is_open(survey, enrollment)

    survey_submit(participant=participant, course_survey=survey, answers=answers_for(survey.template))

    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert enrollment.required_surveys_done == 1


def test_survey_not_open_is_refused(course_with_survey):
    tree, survey = course_with_survey
    participant = build_participant()
    enrollment_create(participant=participant, course=tree["course"])
    with pytest.raises(ServiceError) as error:
        survey_submit(participant=participant, course_survey=survey, answers=answers_for(survey.template))
    assert error.value.code == "closed"
    assert not SurveyResponse.objects.exists() and not SurveyCompletion.objects.exists()


def test_second_answer_is_refused_and_stores_nothing(course_with_survey):
    tree, survey = course_with_survey
    participant, _enrollment = _enrol_and_study(tree)
    survey_submit(participant=participant, course_survey=survey, answers=answers_for(survey.template))
    with pytest.raises(ServiceError) as error:
        survey_submit(participant=participant, course_survey=survey, answers=answers_for(survey.template, 1))
    assert error.value.code == "answered"
    assert SurveyResponse.objects.count() == 1


def test_anonymous_response_row_holds_nothing_that_leads_to_the_person(course_with_survey):
    tree, survey = course_with_survey
    participant, _enrollment = _enrol_and_study(tree)
    survey_submit(
        participant=participant,
        course_survey=survey,
        answers=answers_for(survey.template, text=f"<script>x</script>I am {participant.username}"),
    )
    response = SurveyResponse.objects.get()
    assert response.respondent_id is None
    assert response.submitted_on is None
    assert isinstance(response.pk, uuid.UUID)  # random: key order is not answer order
    fields = {field.name for field in SurveyResponse._meta.get_fields()}
    assert not {"created_at", "updated_at", "modified"} & fields
    # Answers live in the row, not in a table whose sequential keys would order respondents.
    assert not [rel for rel in SurveyResponse._meta.related_objects]
    # The free text is kept, cleaned by the sanitising module.
    assert "<script>" not in str(response.answers)
    completion = SurveyCompletion.objects.get()
    assert completion.participant == participant
    assert not hasattr(completion, "response") and not hasattr(completion, "response_id")


def test_key_order_does_not_follow_answer_order(course_with_survey):
    tree, survey = course_with_survey
    people = [_enrol_and_study(tree)[0] for _ in range(12)]
    for person in people:
        survey_submit(participant=person, course_survey=survey, answers=answers_for(survey.template))
    by_key = [response.pk for response in SurveyResponse.objects.order_by("pk")]
    by_uuid_time = sorted(by_key, key=lambda value: value.int)
    assert by_key == by_uuid_time  # ordering by key is ordering by random numbers
    # uuid4 carries no time and no counter.
    assert all(value.version == 4 for value in by_key)


def test_named_survey_keeps_the_respondent(course_with_survey):
    tree, _survey = course_with_survey
    named = build_course_survey(tree["course"], is_anonymous=False)
    participant, _enrollment = _enrol_and_study(tree)
    survey_submit(participant=participant, course_survey=named, answers=answers_for(named.template))
    response = SurveyResponse.objects.get(course_survey=named)
    assert response.respondent == participant and response.submitted_on is not None


def test_unconfirmed_member_counts_for_no_institution(course_with_survey):
    tree, survey = course_with_survey
    participant, _enrollment = _enrol_and_study(tree, build_participant(membership="pending"))
    survey_submit(participant=participant, course_survey=survey, answers=answers_for(survey.template))
    response = SurveyResponse.objects.get()
    assert response.institution_id is None and response.country == ""


def _answer_as(tree, survey, institution, level, count):
    for _ in range(count):
        person, _enrollment = _enrol_and_study(tree, build_participant(institution=institution))
        survey_submit(participant=person, course_survey=survey, answers=answers_for(survey.template, level))


def test_results_count_mean_and_distribution(course_with_survey):
    tree, survey = course_with_survey
    institution = build_institution()
    _answer_as(tree, survey, institution, 5, 3)
    _answer_as(tree, survey, institution, 2, 2)
    items = list(survey.template.items.all())
    responses = list(SurveyResponse.objects.all())
    [group] = results_by_group(responses, items, grouping_function("course", responses))
    assert not group.is_hidden and group.responses == 5
    likert = group.items[0]
    assert likert.count == 5 and likert.mean == 3.8
    assert [count for _label, count, _percent, _width in likert.distribution] == [0, 2, 0, 0, 3]
    [scale] = group.scales
    assert scale.name == "Relevance" and scale.count == 10 and scale.mean == 3.8
    choice = group.items[2]
    assert [count for _label, count, _p, _w in choice.distribution] == [0, 5]


def test_small_group_is_hidden_with_no_numbers(course_with_survey, settings):
    settings.FACULTY_TRAINING_SURVEY_MIN_GROUP = 5
    tree, survey = course_with_survey
    _answer_as(tree, survey, build_institution(code="PK-A"), 4, 4)
    responses = list(SurveyResponse.objects.all())
    [group] = results_by_group(responses, list(survey.template.items.all()), grouping_function("course", responses))
    assert group.is_hidden and group.responses == 0 and group.items == [] and group.scales == []


def test_one_hidden_group_hides_the_next_smallest_so_totals_cannot_reveal_it(course_with_survey, settings):
    settings.FACULTY_TRAINING_SURVEY_MIN_GROUP = 5
    tree, survey = course_with_survey
    big, middle, tiny = (
        build_institution(code="PK-BIG"),
        build_institution(code="PK-MID"),
        build_institution(code="KZ-ONE", country="KZ"),
    )
    _answer_as(tree, survey, big, 4, 7)
    _answer_as(tree, survey, middle, 3, 5)
    _answer_as(tree, survey, tiny, 1, 1)
    responses = list(SurveyResponse.objects.all())
    groups = results_by_group(responses, list(survey.template.items.all()), grouping_function("institution", responses))
    hidden = {group.label for group in groups if group.is_hidden}
    assert hidden == {str(tiny), str(middle)}
    by_country = results_by_group(responses, list(survey.template.items.all()), grouping_function("country", responses))
    assert [group.is_hidden for group in by_country if group.key == "KZ"] == [True]


def test_reminder_goes_once_to_those_who_have_not_answered_in_their_language(course_with_survey):
    from faculty_training.models import Notification, NotificationPreference
    from faculty_training.services.notifications import recipient_for, render_email
    from faculty_training.services.surveys import survey_reminders_schedule

    tree, survey = course_with_survey
    waiting, _e = _enrol_and_study(tree, build_participant(preferred_language="kk"))
    answered, _e = _enrol_and_study(tree)
    survey_submit(participant=answered, course_survey=survey, answers=answers_for(survey.template, text="my secret"))
    opted_out, _e = _enrol_and_study(tree)
    NotificationPreference.objects.create(user=opted_out, evaluation_reminders=False)
    not_open = build_participant()
    enrollment_create(participant=not_open, course=tree["course"])

    assert survey_reminders_schedule() == 2
    assert survey_reminders_schedule() == 0  # once per person and survey
    sent = Notification.objects.filter(kind=Notification.Kind.SURVEY_REMINDER)
    assert {row.recipient_id for row in sent} == {waiting.pk, opted_out.pk}
    assert sent.get(recipient=opted_out).email_status == Notification.EmailStatus.SKIPPED
    subject, text, _html, _files, headers = render_email(sent.get(recipient=waiting), recipient_for(waiting))
    assert "Курс соңындағы сауалнама" in subject and "List-Unsubscribe" in headers
    assert "my secret" not in text


def test_anonymity_cannot_be_switched_once_answers_exist(course_with_survey):
    from django.core.exceptions import ValidationError

    tree, survey = course_with_survey
    participant, _enrollment = _enrol_and_study(tree)
    survey_submit(participant=participant, course_survey=survey, answers=answers_for(survey.template))
    survey.is_anonymous = False
    with pytest.raises(ValidationError):
        survey.full_clean()


@pytest.mark.parametrize("opens", ["after_module", "at_completion"])
def test_reminders_take_the_same_queries_for_two_or_six_people(course_with_survey, opens):
    """Who a survey is open to is decided for the whole course at once, not with a query per person."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from faculty_training.models import Notification
    from faculty_training.services.surveys import survey_reminders_schedule

    tree, survey = course_with_survey
    survey.opens = opens
    survey.module = tree["modules"][0] if opens == "after_module" else None
    survey.save()
    counts = []
    for people in (2, 6):
        Notification.objects.all().delete()
        while Enrollment.objects.filter(course=tree["course"]).count() < people:
            _enrol_and_study(tree)
        with CaptureQueriesContext(connection) as queries:
            survey_reminders_schedule()
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
