"""The participant's own pages: dashboard, enrolment, module progress."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..exceptions import ServiceError
from ..models import Certificate, CoursePage, ModulePage, ParticipantProfile
from ..safe_urls import safe_next
from ..selectors import dashboard_courses, dashboard_sessions
from ..services.calendars import calendar_key_for
from ..services.enrollment import enrollment_create, enrollment_withdraw
from ..services.notifications import dashboard_notifications
from ..services.progress import module_progress_mark, module_progress_unmark


def _back(request, page):
    target = safe_next(request, request.POST.get("next", ""))
    if target:
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(page.get_url(request))


@login_required
def dashboard(request):
    upcoming, awaiting_feedback = dashboard_sessions(request.user)
    context = {
        "courses": dashboard_courses(request.user),
        "upcoming_sessions": upcoming,
        "awaiting_feedback": awaiting_feedback,
        "calendar_key": calendar_key_for(request.user),
        "certificates": Certificate.objects.filter(participant=request.user)
        .select_related("course")
        .order_by("-issued_at"),
        "profile": ParticipantProfile.objects.filter(user=request.user).select_related("institution").first(),
        "notifications": dashboard_notifications(request.user),
    }
    return render(request, "faculty_training/dashboard.html", context)


@require_POST
@login_required
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        _enrollment, created = enrollment_create(participant=request.user, course=course)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You are enrolled.") if created else _("You were already enrolled."))
    return _back(request, course)


@require_POST
@login_required
def withdraw(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        enrollment_withdraw(participant=request.user, course=course)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You have withdrawn from the course. Your progress is kept."))
    return _back(request, course)


@require_POST
@login_required
def module_done(request, module_id):
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    try:
        if request.POST.get("undo"):
            module_progress_unmark(participant=request.user, module=module)
        else:
            module_progress_mark(participant=request.user, module=module)
    except ServiceError as error:
        messages.error(request, error.message)
    return _back(request, module)
