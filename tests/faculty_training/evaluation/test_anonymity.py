"""Anonymous survey answers cannot be traced to a person through any output; small groups are hidden.

Each test plants distinctive answers and looks for the respondents' names, user names, e-mail
addresses and answer dates in one output: the results page, its CSV and XLSX, the records page and
its API, the admin, the history (Wagtail's log) and the notifications.
"""

import io
import json
import re

import openpyxl
import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from faculty_training.models import InstitutionApiToken, InstitutionCoordinator, Notification, SurveyResponse
from faculty_training.models.records import hash_token
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from faculty_training.services.surveys import survey_submit
from tests.builders import build_content_tree, build_group_member, build_institution, build_participant

from .builders import answers_for, build_course_survey

pytestmark = pytest.mark.django_db

SECRET_TEXTS = [f"zebra secret answer number {n}" for n in range(6)]


@pytest.fixture
def answered(settings):
    settings.FACULTY_TRAINING_SURVEY_MIN_GROUP = 5
    institution = build_institution(code="PK-ANON", name_en="Anon Medical College")
    small = build_institution(code="KZ-SMALL", country="KZ", name_en="Small University")
    tree = build_content_tree(modules=1)
    survey = build_course_survey(tree["course"], is_required=True)
    people = []
    for number in range(len(SECRET_TEXTS)):
        person = build_participant(
            username=f"respondent{number}", institution=institution, latin_name=f"Respondent Person {number}"
        )
        people.append(person)
    lonely = build_participant(username="solo_kz_person", institution=small, latin_name="Lonely Kazakh Person")
    for person, text in [*zip(people, SECRET_TEXTS, strict=True), (lonely, "lonely unique remark")]:
        enrollment_create(participant=person, course=tree["course"])
        module_progress_mark(participant=person, module=tree["modules"][0])
        survey_submit(participant=person, course_survey=survey, answers=answers_for(survey.template, 4, text))
    admin = build_group_member("Programme administrators", username="boss")
    admin.is_superuser = True
    admin.save()
    coordinator = build_group_member("Institution coordinators", username="co_anon")
    InstitutionCoordinator.objects.create(user=coordinator, institution=institution)
    return {"tree": tree, "survey": survey, "people": [*people, lonely], "admin": admin, "coordinator": coordinator}


def _identifiers(people):
    found = []
    for person in people:
        found += [person.username, person.email, person.participant_profile.latin_name]
    return found


def _assert_no_person(text, people):
    for identifier in _identifiers(people):
        assert identifier not in text, identifier


def _results_url(answered, name="evaluation", by="institution"):
    return reverse(f"faculty_training_records:{name}") + f"?survey={answered['survey'].template_id}&by={by}"


def test_results_page_names_nobody_and_lists_texts_in_no_answer_order(client, answered):
    client.force_login(answered["admin"])
    html = client.get(_results_url(answered, by="course")).content.decode()
    _assert_no_person(html, answered["people"])
    released = SECRET_TEXTS[:5]  # a cell is released five at a time: the sixth waits for four more
    positions = [html.index(text) for text in released]
    assert positions == sorted(positions)  # alphabetical, whatever order people answered in
    assert SECRET_TEXTS[5] not in html
    assert "lonely unique remark" not in html  # a cell of one never enters any total


def test_small_institution_is_hidden_and_so_is_the_group_that_would_reveal_it(client, answered):
    client.force_login(answered["admin"])
    html = client.get(_results_url(answered, by="institution")).content.decode()
    assert "lonely unique remark" not in html
    # The lonely answer is in no total, so the institution's released five can be shown.
    assert SECRET_TEXTS[0] in html and SECRET_TEXTS[5] not in html
    html = client.get(_results_url(answered, by="country")).content.decode()
    assert "lonely unique remark" not in html and SECRET_TEXTS[5] not in html


def test_coordinator_sees_only_their_institution_and_no_one_in_it(client, answered):
    client.force_login(answered["coordinator"])
    html = client.get(_results_url(answered, by="course")).content.decode()
    _assert_no_person(html, answered["people"])
    assert SECRET_TEXTS[0] in html and "lonely unique remark" not in html
    assert "5 responses" in html


def test_downloads_name_nobody_and_carry_no_dates(client, answered):
    client.force_login(answered["admin"])
    text = b"".join(client.get(_results_url(answered, "evaluation_csv", "course")).streaming_content).decode()
    _assert_no_person(text, answered["people"])
    assert SECRET_TEXTS[0] in text
    today = answered["survey"].completions.first().completed_on.isoformat()
    assert today not in text
    response = client.get(_results_url(answered, "evaluation_xlsx", "course"))
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    cells = " ".join(str(cell) for row in workbook.active.iter_rows(values_only=True) for cell in row if cell)
    _assert_no_person(cells, answered["people"])
    assert today not in cells


def test_records_page_and_api_carry_counts_not_answers(client, answered):
    client.force_login(answered["admin"])
    html = client.get(reverse("faculty_training_records:index")).content.decode()
    assert not any(text in html for text in SECRET_TEXTS)
    token = "t" * 40
    institution = answered["people"][0].participant_profile.institution
    InstitutionApiToken.objects.create(institution=institution, name="sis", token_hash=hash_token(token))
    client.logout()
    payload = client.get("/api/v1/records/", HTTP_AUTHORIZATION=f"Bearer {token}").json()
    dumped = json.dumps(payload, ensure_ascii=False)
    assert not any(text in dumped for text in SECRET_TEXTS)
    assert payload["results"][0]["surveys_done"] == 1 and payload["results"][0]["surveys_required"] == 1


def test_admin_has_no_list_of_responses(client, answered):
    from wagtail.snippets.models import get_snippet_models

    assert SurveyResponse not in get_snippet_models()
    client.force_login(answered["admin"])
    listing = client.get(reverse("wagtailsnippets_faculty_training_coursesurvey:list")).content.decode()
    _assert_no_person(listing, answered["people"])
    assert not any(text in listing for text in SECRET_TEXTS)


def test_history_and_notifications_hold_no_answer(answered):
    response_type = ContentType.objects.get_for_model(SurveyResponse)
    assert not ModelLogEntry.objects.filter(content_type=response_type).exists()
    for entry in [*ModelLogEntry.objects.all(), *PageLogEntry.objects.all()]:
        text = json.dumps(entry.data, ensure_ascii=False, default=str) + str(entry.label)
        assert not any(secret in text for secret in [*SECRET_TEXTS, "lonely unique remark"])
    for notification in Notification.objects.all():
        text = " ".join(str(value) for value in vars(notification).values())
        assert not any(secret in text for secret in [*SECRET_TEXTS, "lonely unique remark"])


def test_stored_rows_cannot_be_joined_to_the_people_who_answered(answered):
    responses = list(SurveyResponse.objects.values())
    assert all(row["respondent_id"] is None and row["submitted_on"] is None for row in responses)
    people_ids = {person.pk for person in answered["people"]}
    for row in responses:
        assert not people_ids & {value for value in row.values() if isinstance(value, int)} - {
            row["institution_id"],
            row["course_survey_id"],
        }


def test_free_text_cannot_become_a_formula_in_downloads(client, answered):
    tree, survey = answered["tree"], answered["survey"]
    institution = answered["people"][0].participant_profile.institution
    for number in range(5):  # a whole cell of the minimum, so that the answers are released
        person = build_participant(institution=institution)
        enrollment_create(participant=person, course=tree["course"])
        module_progress_mark(participant=person, module=tree["modules"][0])
        survey_submit(
            participant=person, course_survey=survey, answers=answers_for(survey.template, 4, f"=HYPERLINK({number})")
        )
    client.force_login(answered["admin"])
    text = b"".join(client.get(_results_url(answered, "evaluation_csv", "course")).streaming_content).decode()
    assert "'=HYPERLINK(1)" in text and ",=HYPERLINK" not in text


WAITING = re.compile(r"\d+ responses? to this survey \(([^)]*)\) (?:is|are) still waiting")


def _page(client, url):
    """The page without its per-request CSRF token, and without the number of responses still
    waiting to be counted: that survey-wide total tells that someone answered (as the "has
    answered" rows do), never what anyone answered."""
    html = re.sub(r'value="[A-Za-z0-9]{64}"', "", client.get(url).content.decode())
    return WAITING.sub(r"N responses to this survey (\1) are still waiting", html)


def _csv(client, url):
    return b"".join(client.get(url).streaming_content).decode()


def _respond(course, survey, institution, text, username, module=None):
    person = build_participant(username=username, institution=institution, latin_name=f"Person {username}")
    enrollment_create(participant=person, course=course)
    if module is not None:
        module_progress_mark(participant=person, module=module)
    survey_submit(participant=person, course_survey=survey, answers=answers_for(survey.template, 1, text))
    return person


@pytest.mark.parametrize("by", ["institution", "course"])
def test_two_filters_differ_by_no_one(client, answered, by):
    """The template reused on a second course with one respondent: the results of every course
    and of the first course alone (page and CSV) are the same, so their difference shows no one."""
    from tests.builders import build_course, build_module

    survey = answered["survey"]
    second = build_course(answered["tree"]["programme"])
    reused = build_course_survey(second, template=survey.template)
    institution = answered["people"][0].participant_profile.institution
    _respond(second, reused, institution, "SECRET", "second_course_person", build_module(second))
    client.force_login(answered["admin"])
    base = _results_url(answered, "evaluation_csv", by)
    every, first, other = (
        _csv(client, base),
        _csv(client, f"{base}&course={survey.course_id}"),
        _csv(client, f"{base}&course={second.pk}"),
    )
    assert "SECRET" not in every + first + other
    assert every == first and SECRET_TEXTS[0] in every
    page = _results_url(answered, by=by)
    pages = [_page(client, url) for url in (page, f"{page}&course={survey.course_id}")]
    assert "SECRET" not in pages[0] + pages[1] and SECRET_TEXTS[0] in pages[0]


def test_results_before_and_after_one_more_answer_are_the_same(client, answered):
    """Results change only when a whole cell of the minimum is released, never by one person."""
    survey, course, module = answered["survey"], answered["tree"]["course"], answered["tree"]["modules"][0]
    institution = answered["people"][0].participant_profile.institution
    client.force_login(answered["admin"])
    csv_url, page_url = _results_url(answered, "evaluation_csv"), _results_url(answered)
    before_csv, before_page = _csv(client, csv_url), _page(client, page_url)
    for number in range(3):
        _respond(course, survey, institution, f"late remark {number}", f"late{number}", module)
        assert _csv(client, csv_url) == before_csv
        assert _page(client, page_url) == before_page
        # Only the survey-wide waiting total moved: the fixture's sixth and lonely answers, and these.
        assert f"{3 + number} responses to this survey" in client.get(page_url).content.decode()
    # The fifth waiting answer of the cell (the sixth of the fixture and these four) releases them together.
    _respond(course, survey, institution, "late remark 3", "late3", module)
    after = _csv(client, csv_url)
    assert all(text in after for text in [SECRET_TEXTS[5], *(f"late remark {n}" for n in range(4))])
    assert SurveyResponse.objects.filter(released=True).count() == 10


def test_lead_facilitator_page_names_nobody_and_moves_only_by_whole_cells(client, answered):
    course, module = answered["tree"]["course"], answered["tree"]["modules"][0]
    lead = build_group_member("Facilitators", username="lead_anon")
    course.lead_facilitators.add(lead)
    course.save()
    client.force_login(lead)
    url = reverse("faculty_training:teaching_results", kwargs={"course_id": course.pk})
    before = _page(client, url)
    _assert_no_person(before, answered["people"])
    assert SECRET_TEXTS[0] in before and SECRET_TEXTS[5] not in before and "lonely unique remark" not in before
    _respond(course, answered["survey"], answered["people"][0].participant_profile.institution, "late", "late", module)
    assert _page(client, url) == before
