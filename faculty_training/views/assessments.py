"""The participant's knowledge tests: a test's page, the attempt (answers saved as given), submission, result.

Everything works with plain form posts; a small script (static/faculty_training/js/test-answers.js)
saves each answer as it is given when scripts run. A person only ever reaches their own attempts,
and right answers and explanations are only rendered for submitted attempts once no later attempt of
a test on the same bank, in any course, is possible (services.assessments.attempt_key_visible).
"""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..exceptions import ServiceError
from ..models import CourseTest, TestAttempt
from ..params import bounded_int
from ..services.assessments import (
    GRACE,
    attempt_answer,
    attempt_is_late,
    attempt_key_visible,
    attempt_questions,
    attempt_review,
    attempt_seconds_left,
    attempt_start,
    attempt_submit,
    course_test_availability,
)


def _own_attempt(request, attempt_id):
    return get_object_or_404(
        TestAttempt.objects.select_related("test__course"), pk=attempt_id, participant=request.user
    )


@login_required
def test_detail(request, test_id):
    test = get_object_or_404(CourseTest.objects.select_related("course"), pk=test_id, course__live=True)
    availability = course_test_availability(test, request.user)
    attempts = TestAttempt.objects.filter(test=test, participant=request.user).order_by("number")
    return render(
        request,
        "faculty_training/assessments/test.html",
        {"test": test, "course": test.course.specific, "availability": availability, "attempts": attempts},
    )


@require_POST
@login_required
def test_start(request, test_id):
    test = get_object_or_404(CourseTest, pk=test_id, course__live=True)
    try:
        attempt = attempt_start(test, request.user)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("faculty_training:test", test.pk)
    return redirect("faculty_training:attempt", attempt.pk)


def _answers_from(request, attempt):
    """{question id: [values]} for the questions of the attempt present in the form."""
    answers = {}
    for question_id in attempt.question_ids:
        field = f"q{question_id}"
        if field in request.POST or f"{field}-present" in request.POST:
            answers[question_id] = request.POST.getlist(field)
    return answers


@login_required
def attempt_view(request, attempt_id):
    """The attempt: questions to answer while open, the result with feedback once submitted."""
    attempt = _own_attempt(request, attempt_id)
    # Time is up: opening the page submits the attempt with the answers saved in time (a save already
    # on its way still has GRACE to arrive, see services/assessments.py).
    grace = GRACE if request.method == "POST" else timedelta(0)
    if not attempt.is_submitted and attempt_is_late(attempt, grace=grace):
        attempt = attempt_submit(attempt)
    if attempt.is_submitted:
        return render(
            request,
            "faculty_training/assessments/result.html",
            {
                "attempt": attempt,
                "test": attempt.test,
                "course": attempt.test.course,
                "items": attempt_review(attempt),
                "show_key": attempt_key_visible(attempt),
            },
        )
    if request.method == "POST":
        is_fetch = request.headers.get("X-Requested-With") == "fetch"
        try:
            attempt = attempt_answer(attempt, _answers_from(request, attempt))
        except ServiceError as error:
            if is_fetch:
                return JsonResponse({"saved": False, "message": error.message}, status=409)
            messages.error(request, error.message)
            return redirect("faculty_training:attempt", attempt.pk)
        if is_fetch:
            return JsonResponse({"saved": True, "answered": len(attempt.answers)})
        if "submit" in request.POST:
            attempt_submit(attempt)
            return redirect("faculty_training:attempt", attempt.pk)
        messages.success(request, _("Your answers are saved."))
        anchor = bounded_int(request.POST.get("save"))
        target = redirect("faculty_training:attempt", attempt.pk)
        if anchor:
            target["Location"] += f"#q{anchor}"
        return target
    seconds_left = attempt_seconds_left(attempt)  # to the time limit or the test's closing
    if seconds_left is not None and attempt.deadline is None and seconds_left > 24 * 3600:
        seconds_left = None  # an untimed attempt whose test closes days away needs no countdown
    items = []
    for position, (question, options) in enumerate(attempt_questions(attempt), start=1):
        answer = attempt.answers.get(str(question.pk))
        chosen = {str(value) for value in (answer if isinstance(answer, list) else [answer]) if value is not None}
        items.append(
            {"position": position, "question": question, "options": options, "answer": answer, "chosen": chosen}
        )
    return render(
        request,
        "faculty_training/assessments/attempt.html",
        {
            "attempt": attempt,
            "test": attempt.test,
            "course": attempt.test.course,
            "items": items,
            "seconds_left": seconds_left,
            "time_left": f"{seconds_left // 60}:{seconds_left % 60:02d}" if seconds_left is not None else "",
            "answered": len(attempt.answers),
        },
    )


@login_required
def gains(request):
    """Learning gains of the records in the viewer's scope (coordinators: their institution only)."""
    from ..forms.records import RecordsFilterForm
    from ..selectors.records import records_queryset, scope_for_user
    from ..services.assessment_reports import gains_report

    scope = scope_for_user(request.user)
    if scope is None:
        raise Http404
    form = RecordsFilterForm(request.GET or None, scope=scope)
    summary, charts = gains_report(records_queryset(scope, form.filters()))
    return render(
        request,
        "faculty_training/assessments/gains.html",
        {
            "form": form,
            "charts": charts,
            "scope": scope,
            "sections": [
                (_("By country"), summary["country"]),
                (_("By institution"), summary["institution"]),
                (_("By course"), summary["course"]),
            ],
        },
    )
