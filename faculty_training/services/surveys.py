"""Course surveys: when a survey opens for a person, storing an answer (anonymously when the
survey is), and the results of a group of responses.

Anonymity rules (docs/coordinators.md, "Anonymity"): an anonymous response is written with no
respondent and no date; who has answered is a separate SurveyCompletion row (date only). Results
count only released responses: those of a cell (course survey, institution or none) are released
together once the cell holds FACULTY_TRAINING_SURVEY_MIN_GROUP waiting responses, so every result,
by any grouping or filter and at any time, is a union of whole cells of at least that many. They
show a group only when it has at least FACULTY_TRAINING_SURVEY_MIN_GROUP responses, and when a
breakdown hides some groups whose responses together are fewer than that, it hides the next
smallest group too, so that the course total minus the shown groups cannot reveal a hidden one.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..conf import app_settings
from ..exceptions import ServiceError
from ..models import (
    CoursePage,
    CourseSurvey,
    Enrollment,
    Institution,
    ModuleProgress,
    SurveyCompletion,
    SurveyItem,
    SurveyResponse,
)
from ..models.people import Membership
from ..sanitize import clean_comment_html
from .completion import completion_evaluate_many


def survey_open_to(course_survey, enrollments):
    """The participant ids among ``enrollments`` to whom ``course_survey`` is open by its opening rule,
    in at most one query whatever their number (reminders ask it for a whole course)."""
    enrollments = [enrollment for enrollment in enrollments if enrollment is not None and not enrollment.is_withdrawn]
    if course_survey.opens == CourseSurvey.Opens.AFTER_MODULE:
        return set(
            ModuleProgress.objects.filter(
                module_id=course_survey.module_id,
                participant_id__in=[enrollment.participant_id for enrollment in enrollments],
            ).values_list("participant_id", flat=True)
        )
    opened = set()
    for enrollment in enrollments:
        state = enrollment.completion
        if course_survey.opens == CourseSurvey.Opens.AFTER_LAST_SESSION:
            is_open = state.sessions_over and (state.sessions_held > 0 or not state.has_live_sessions)
        else:
            is_open = state.everything_but_surveys_met
        if is_open:
            opened.add(enrollment.participant_id)
    return opened


def survey_is_open(course_survey, enrollment):
    """Whether ``course_survey`` is open to the person of ``enrollment`` (by its opening rule)."""
    return enrollment is not None and enrollment.participant_id in survey_open_to(course_survey, [enrollment])


@dataclass
class SurveyStatus:
    course_survey: CourseSurvey
    is_open: bool
    is_answered: bool


def surveys_for_participant(user):
    """Every survey of the person's courses, with whether it is open and whether they answered it."""
    enrollments = {
        enrollment.course_id: enrollment
        for enrollment in Enrollment.objects.filter(participant=user)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .select_related("course")
    }
    surveys = CourseSurvey.objects.filter(course_id__in=list(enrollments)).select_related("template", "course")
    answered = set(
        SurveyCompletion.objects.filter(participant=user, course_survey__in=surveys).values_list(
            "course_survey_id", flat=True
        )
    )
    return [
        SurveyStatus(survey, survey_is_open(survey, enrollments[survey.course_id]), survey.pk in answered)
        for survey in surveys
    ]


def survey_has_answered(user, course_survey):
    return SurveyCompletion.objects.filter(participant=user, course_survey=course_survey).exists()


def _clean_answers(course_survey, answers):
    """Keep only answers that fit their items; free text cleaned by the one sanitising module."""
    cleaned = {}
    for item in course_survey.template.items.all():
        value = answers.get(item.pk)
        if value in (None, "", []):
            continue
        if item.kind == SurveyItem.Kind.TEXT:
            text = clean_comment_html(value)
            if text:
                cleaned[str(item.pk)] = text
        elif item.kind == SurveyItem.Kind.MULTIPLE:
            cleaned[str(item.pk)] = sorted({int(position) for position in value})
        else:
            cleaned[str(item.pk)] = int(value)
    return cleaned


def survey_submit(*, participant, course_survey, answers, today=None):
    """Store the person's answers once; returns the stored response.

    ``answers`` maps item id -> value as the survey form cleaned it. Anonymous surveys store the
    response with no respondent, no institution unless confirmed, and no date.
    """
    enrollment = (
        Enrollment.objects.filter(participant=participant, course_id=course_survey.course_id)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .first()
    )
    if not survey_is_open(course_survey, enrollment):
        raise ServiceError(_("This survey is not open for you."), "closed")
    today = today or timezone.localdate()
    profile = getattr(participant, "participant_profile", None)
    confirmed = profile is not None and profile.membership == Membership.VERIFIED and profile.institution_id
    anonymous = course_survey.is_anonymous
    try:
        with transaction.atomic():
            # One writer per course survey at a time, so that a cell is released exactly once.
            CourseSurvey.objects.select_for_update().filter(pk=course_survey.pk).exists()
            SurveyCompletion.objects.create(course_survey=course_survey, participant=participant, completed_on=today)
            response = SurveyResponse.objects.create(
                course_survey=course_survey,
                respondent=None if anonymous else participant,
                institution_id=profile.institution_id if confirmed else None,
                country=profile.institution.country if confirmed else "",
                submitted_on=None if anonymous else today,
                answers=_clean_answers(course_survey, answers),
            )
            survey_cell_release(course_survey, response.institution_id)
    except IntegrityError as error:
        raise ServiceError(_("You have already answered this survey."), "answered") from error
    if course_survey.is_required:
        completion_evaluate_many(course_survey.course_id, [participant.pk])
    return response


def survey_cell_release(course_survey, institution_id):
    """Release the waiting responses of one cell (course survey, institution or none) once there
    are at least the minimum of them: results only ever change by a whole cell of that many, so
    comparing results before and after someone answers, or under two filters, shows no one alone."""
    waiting = SurveyResponse.objects.filter(course_survey=course_survey, institution_id=institution_id, released=False)
    if waiting.count() >= min_group():
        waiting.update(released=True)


def responses_waiting_count(course_surveys):
    """How many responses to ``course_surveys`` wait for their cell to be released, all cells
    together: a results page may say this total, never a cell's own count (which could be one)."""
    return SurveyResponse.objects.filter(course_survey__in=course_surveys, released=False).count()


def survey_reminders_schedule():
    """Remind each person once of each survey open to them that they have not answered (the
    "has answered" rows decide, never the answers). Returns the number of new notifications."""
    from ..models import Notification
    from .notifications import notify

    created = 0
    for course_survey in CourseSurvey.objects.select_related("course"):
        answered = set(course_survey.completions.values_list("participant_id", flat=True))
        enrollments = (
            Enrollment.objects.filter(course_id=course_survey.course_id)
            .exclude(status=Enrollment.Status.WITHDRAWN)
            .exclude(participant_id__in=answered)
            .select_related("course")
        )
        due = sorted(survey_open_to(course_survey, enrollments))
        key = f"survey_reminder:{course_survey.pk}"
        created += len(notify(due, Notification.Kind.SURVEY_REMINDER, key, {"course_survey": course_survey.pk}))
    return created


# Results ---------------------------------------------------------------------------------


@dataclass
class ItemResult:
    item: SurveyItem
    count: int = 0
    mean: float | None = None
    distribution: list = field(default_factory=list)  # [(label, count, percent, bar width)]
    texts: list = field(default_factory=list)


@dataclass
class ScaleResult:
    name: str
    count: int
    mean: float | None


@dataclass
class GroupResult:
    key: str
    label: str
    responses: int
    is_hidden: bool
    items: list = field(default_factory=list)
    scales: list = field(default_factory=list)


def min_group():
    return max(1, int(app_settings.SURVEY_MIN_GROUP))


def bar_width(count, total):
    """Width class of a bar (services/charts.py's 5 % steps; 1 is a sliver for a small share)."""
    if not count:
        return 0
    return max(1, 5 * round(20 * count / total)) if total else 0


def _mean(values):
    return round(sum(values) / len(values), 2) if values else None


def item_results(items, answer_sets):
    """Per item: count, mean (agreement), distribution, and free texts; per scale: count and mean."""
    from ..models.evaluation import LIKERT_CHOICES

    results, by_scale = [], {}
    for item in items:
        values = [answers[str(item.pk)] for answers in answer_sets if str(item.pk) in answers]
        result = ItemResult(item=item, count=len(values))
        if item.kind == SurveyItem.Kind.TEXT:
            result.texts = sorted(values)  # alphabetical: never the order people answered in
        else:
            if item.kind == SurveyItem.Kind.LIKERT:
                labels = [(value, str(label)) for value, label in LIKERT_CHOICES]
                result.mean = _mean(values)
                by_scale.setdefault(item.scale or "", []).extend(values)
                counts = Counter(values)
            else:
                labels = list(enumerate(item.option_list()))
                counts = Counter(
                    position for value in values for position in (value if isinstance(value, list) else [value])
                )
            total = len(values) or 1
            result.distribution = [
                (
                    label,
                    counts.get(key, 0),
                    round(100 * counts.get(key, 0) / total),
                    bar_width(counts.get(key, 0), total),
                )
                for key, label in labels
            ]
        results.append(result)
    scales = [ScaleResult(name, len(values), _mean(values)) for name, values in by_scale.items() if name]
    return results, scales


def results_by_group(responses, items, groups):
    """Results of ``responses`` split by ``groups`` (response -> [(key, label), ...]: a response of a
    course with two facilitators counts for both), small groups hidden.

    Hidden groups carry no numbers at all. When the hidden groups together have fewer responses
    than the minimum (but some), the smallest shown group is hidden as well (complementary
    suppression), repeated until the hidden ones are enough or nothing is shown.
    """
    minimum = min_group()
    buckets = {}
    for response in responses:
        for key, label in groups(response):
            buckets.setdefault(key, (label, []))[1].append(response.answers)
    hidden = {key for key, (_label, answers) in buckets.items() if len(answers) < minimum}
    shown = sorted((len(answers), str(key)) for key, (_label, answers) in buckets.items() if key not in hidden)

    def hidden_total():
        return sum(len(buckets[key][1]) for key in hidden)

    while hidden and 0 < hidden_total() < minimum and shown:
        _size, key = shown.pop(0)
        hidden.add(next(k for k in buckets if str(k) == key))
    results = []
    for key, (label, answers) in sorted(buckets.items(), key=lambda pair: str(pair[1][0])):
        if key in hidden:
            results.append(GroupResult(str(key), label, 0, True))
            continue
        items_result, scales = item_results(items, answers)
        results.append(GroupResult(str(key), label, len(answers), False, items_result, scales))
    return results


def survey_summary(responses, items):
    """The whole of ``responses`` as one group, hidden below the minimum."""
    return results_by_group(responses, items, lambda response: [("all", "")])[0] if responses else None


def grouping_function(grouping, responses):
    """response -> [(key, label)] for a breakdown by course, facilitator, institution or country."""
    if grouping == "facilitator":
        from django.contrib.auth import get_user_model

        course_ids = {response.course_survey.course_id for response in responses}
        leads = {}
        through = CoursePage.lead_facilitators.through
        rows = through.objects.filter(coursepage_id__in=course_ids).values_list("coursepage_id", "user_id")
        names = {
            user.pk: user.get_full_name() or user.username
            for user in get_user_model().objects.filter(pk__in=[user_id for _course, user_id in rows])
        }
        for course_id, user_id in rows:
            leads.setdefault(course_id, []).append((f"f{user_id}", names.get(user_id, "")))
        return lambda response: leads.get(response.course_survey.course_id) or [("none", _("No facilitator"))]
    if grouping == "institution":
        return lambda response: [
            (f"i{response.institution_id}", str(response.institution))
            if response.institution_id
            else ("none", _("Membership not confirmed"))
        ]
    if grouping == "country":
        countries = dict(Institution.Country.choices) if hasattr(Institution, "Country") else {}
        return lambda response: [
            (response.country or "none", str(countries.get(response.country, response.country)) or _("Unknown"))
        ]
    return lambda response: [(f"c{response.course_survey.course_id}", response.course_survey.course.title)]
