"""Participants' surveys and micro-teaching episodes, the evaluation results of the records, and
those of the courses a facilitator leads."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from ..conf import app_settings
from ..exceptions import ServiceError
from ..forms.evaluation import EpisodeForm, RubricScoreForm, SurveyForm
from ..models import CoursePage, CourseSurvey, Enrollment, SurveyTemplate
from ..params import bounded_int
from ..selectors.records import (
    Column,
    led_course_ids,
    led_survey_responses_queryset,
    scope_for_user,
    survey_responses_queryset,
)
from ..services import rubrics, surveys
from ..services.exports import csv_lines, export_filename, xlsx_file

# Participants ---------------------------------------------------------------------------


@login_required
def my_surveys(request):
    return render(
        request,
        "faculty_training/evaluation/my_surveys.html",
        {"statuses": surveys.surveys_for_participant(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def survey(request, course_survey_id):
    course_survey = get_object_or_404(CourseSurvey.objects.select_related("template", "course"), pk=course_survey_id)
    if surveys.survey_has_answered(request.user, course_survey):
        messages.info(request, _("You have already answered this survey. Thank you."))
        return redirect("faculty_training:surveys")
    enrollment = (
        Enrollment.objects.filter(participant=request.user, course_id=course_survey.course_id)
        .select_related("course")
        .first()
    )
    if not surveys.survey_is_open(course_survey, enrollment):
        raise Http404  # not your course, or not open yet: the same answer
    items = course_survey.template.items.all()
    form = SurveyForm(request.POST or None, items=items)
    if request.method == "POST" and form.is_valid():
        try:
            surveys.survey_submit(participant=request.user, course_survey=course_survey, answers=form.answers())
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you: your answers are saved."))
            return redirect("faculty_training:surveys")
    return render(
        request,
        "faculty_training/evaluation/survey.html",
        {"course_survey": course_survey, "form": form},
    )


@login_required
def my_episodes(request):
    return render(request, "faculty_training/evaluation/my_episodes.html", rubrics.episodes_for_user(request.user))


#: Room for the episode form's other fields and the multipart framing around the file.
UPLOAD_FORM_OVERHEAD = 64 * 1024


@csrf_exempt  # only so that an oversize body is refused unread; _episode_new checks the token
@login_required
@require_http_methods(["GET", "POST"])
def episode_new(request, observation_id):
    """Refuse an upload larger than the limit from its Content-Length, before anything (the CSRF
    check included) reads the body; everything else is _episode_new's, CSRF-protected."""
    observation = rubrics.observations_for_participant(request.user).filter(pk=observation_id).first()
    if observation is None:
        raise Http404
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0  # Django reads no body it cannot size
    if request.method == "POST" and length > app_settings.EPISODE_FILE_MAX_BYTES + UPLOAD_FORM_OVERHEAD:
        try:
            rubrics.episode_file_check(_Oversize(length))
        except ServiceError as error:
            messages.error(request, error.message)
        return render(
            request,
            "faculty_training/evaluation/episode_new.html",
            {"observation": observation, "form": EpisodeForm()},
            status=413,
        )
    return _episode_new(request, observation)


class _Oversize:
    """Stands for an upload known only by its size (the service words the refusal)."""

    def __init__(self, size):
        self.size, self.name = size, ""


@csrf_protect
def _episode_new(request, observation):
    form = EpisodeForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            rubrics.episode_create(
                participant=request.user,
                observation=observation,
                stage=data["stage"],
                taught_on=data["taught_on"],
                topic=data["topic"],
                upload=data["upload"],
            )
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your episode is recorded; your assessors can score it now."))
            return redirect("faculty_training:episodes")
    return render(request, "faculty_training/evaluation/episode_new.html", {"observation": observation, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def episode_score(request, episode_id):
    assignment = rubrics.assignment_for(request.user, episode_id)
    if assignment is None:
        raise Http404
    criteria = rubrics.criteria_for(assignment)
    rubric = assignment.episode.observation.rubric
    initial = {f"criterion_{key}": value for key, value in assignment.levels.items()}
    initial["comment"] = assignment.comment
    form = RubricScoreForm(request.POST or None, initial=initial, rubric=rubric, criteria=criteria)
    if request.method == "POST" and form.is_valid():
        rubrics.episode_score(assignment, levels=form.levels(), comment=form.cleaned_data["comment"])
        messages.success(request, _("Your scores are saved."))
        return redirect("faculty_training:episodes")
    return render(
        request,
        "faculty_training/evaluation/episode_score.html",
        {"assignment": assignment, "episode": assignment.episode, "form": form, "levels": rubric.level_names()},
    )


@login_required
def episode_feedback(request, episode_id):
    feedback = rubrics.episode_feedback_for(request.user, episode_id)
    if feedback is None:
        raise Http404
    return render(request, "faculty_training/evaluation/episode_feedback.html", feedback)


@login_required
def episode_file(request, episode_id):
    episode = rubrics.episode_file_for(request.user, episode_id)
    if episode is None:
        raise Http404
    response = FileResponse(episode.file.open("rb"), as_attachment=True, filename=episode.file.name.rsplit("/")[-1])
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


# Results --------------------------------------------------------------------------------

GROUPINGS = {
    "course": gettext_lazy("Course"),
    "facilitator": gettext_lazy("Facilitator"),
    "institution": gettext_lazy("Institution"),
    "country": gettext_lazy("Country"),
}


def _results(request):
    scope = scope_for_user(request.user)
    if scope is None:
        raise Http404
    templates = list(SurveyTemplate.objects.filter(uses__isnull=False).distinct().order_by("title"))
    template_id = bounded_int(request.GET.get("survey"))
    template = next((item for item in templates if item.pk == template_id), templates[0] if templates else None)
    grouping = request.GET.get("by") if request.GET.get("by") in GROUPINGS else "course"
    course_id = bounded_int(request.GET.get("course"))
    groups = []
    if template is not None:
        responses = list(survey_responses_queryset(scope, template.pk, course_id))
        groups = surveys.results_by_group(
            responses, list(template.items.all()), surveys.grouping_function(grouping, responses)
        )
    return scope, templates, template, grouping, course_id, groups


@login_required
def survey_results(request):
    scope, templates, template, grouping, course_id, groups = _results(request)
    return render(
        request,
        "faculty_training/evaluation/results.html",
        {
            "templates": templates,
            "template": template,
            "grouping": grouping,
            "groupings": GROUPINGS.items(),
            "courses": CoursePage.objects.filter(surveys__template=template).distinct() if template else [],
            "course_id": course_id,
            "groups": groups,
            "minimum": surveys.min_group(),
            # Over every course and institution, whatever the scope and filters: never one cell's.
            "waiting": surveys.responses_waiting_count(CourseSurvey.objects.filter(template=template))
            if template
            else 0,
            "scope": scope,
            "observations": rubrics.observation_changes(scope),
        },
    )


@login_required
def teaching_results(request, course_id):
    """A lead facilitator's view of one of their courses: each survey's results (released cells only,
    small groups hidden, as on the records page) and the rubric changes. Any other course, and anyone
    who does not lead it, is not found."""
    course_ids = led_course_ids(request.user)
    if not course_ids or course_id not in course_ids:
        raise Http404
    course = get_object_or_404(CoursePage, pk=course_id)
    results = []
    for course_survey in CourseSurvey.objects.filter(course=course).select_related("template"):
        responses = list(led_survey_responses_queryset(course_ids, course_survey.pk))
        summary = surveys.survey_summary(responses, list(course_survey.template.items.all()))
        waiting = surveys.responses_waiting_count([course_survey])
        results.append({"course_survey": course_survey, "group": summary, "waiting": waiting})
    return render(
        request,
        "faculty_training/evaluation/teaching_results.html",
        {
            "course": course,
            "results": results,
            "minimum": surveys.min_group(),
            "observations": rubrics.led_observation_changes({course.pk}),
        },
    )


RESULT_COLUMNS = [
    Column("group", gettext_lazy("Group")),
    Column("responses", gettext_lazy("Responses"), "number"),
    Column("scale", gettext_lazy("Scale")),
    Column("question", gettext_lazy("Question")),
    Column("answer", gettext_lazy("Answer")),
    Column("count", gettext_lazy("Count"), "number"),
    Column("mean", gettext_lazy("Mean"), "number"),
]


def _result_rows(groups):
    hidden = _("Hidden: fewer responses than the minimum")
    for group in groups:
        if group.is_hidden:
            yield {"group": group.label, "answer": hidden}
            continue
        base = {"group": group.label, "responses": group.responses}
        for scale in group.scales:
            yield {**base, "scale": scale.name, "count": scale.count, "mean": scale.mean}
        for result in group.items:
            base_item = {**base, "scale": result.item.scale, "question": result.item.text}
            yield {**base_item, "count": result.count, "mean": result.mean}
            for label, count, _percent, _width in result.distribution:
                yield {**base_item, "answer": label, "count": count}
            for text in result.texts:
                yield {**base_item, "answer": strip_tags(text.replace("<br>", "\n"))}


def _download(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def survey_results_csv(request):
    scope, _templates, template, _grouping, _course, groups = _results(request)
    response = StreamingHttpResponse(csv_lines(_result_rows(groups), RESULT_COLUMNS), content_type="text/csv")
    return _download(response, export_filename(f"survey-{scope.label}", "csv"))


@login_required
def survey_results_xlsx(request):
    scope, _templates, template, _grouping, _course, groups = _results(request)
    handle = xlsx_file(_result_rows(groups), RESULT_COLUMNS, title="Survey")
    response = FileResponse(handle, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return _download(response, export_filename(f"survey-{scope.label}", "xlsx"))
