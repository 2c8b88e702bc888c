"""Participants' session pages: check-in, calendars and feedback."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..conf import app_settings
from ..exceptions import ServiceError
from ..models import ParticipantProfile, TrainingSession
from ..params import clean_text
from ..ratelimit import check_in_attempt
from ..services.calendars import calendar_for_sessions, language_of, personal_calendar
from ..services.check_in import check_in_by_code, check_in_by_token
from ..services.feedback import feedback_give, feedback_may_give


def _check_in_result(request, session, changed):
    if changed:
        messages.success(request, _("You are checked in to %(session)s.") % {"session": session.title})
    else:
        messages.info(request, _("You are already checked in to %(session)s.") % {"session": session.title})
    return redirect("faculty_training:check_in_done", session_id=session.pk)


def _limited(request):
    return render(request, "faculty_training/sessions/check_in.html", {"limited": True}, status=429)


def _settle(attempt, service_error=None):
    # Only a code that is simply wrong counts toward the limits: a right one, or one that is right but
    # early, expired or for another course, is handed back so that nobody is slowed down by it.
    if service_error is None or service_error.code != "invalid":
        attempt.give_back()


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def check_in(request):
    """Type the short code shown by the facilitator."""
    error = None
    if request.method == "POST":
        attempt = check_in_attempt(request)
        if not attempt.allowed:
            return _limited(request)
        try:
            session, _record, changed = check_in_by_code(participant=request.user, code=request.POST.get("code", ""))
        except ServiceError as service_error:
            _settle(attempt, service_error)
            error = service_error.message
        else:
            _settle(attempt)
            return _check_in_result(request, session, changed)
    return render(
        request, "faculty_training/sessions/check_in.html", {"error": error, "code": request.POST.get("code", "")}
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def check_in_token(request, token):
    """The QR code's link: GET shows a confirmation, POST checks in (a GET never changes anything)."""
    if request.method == "POST":
        attempt = check_in_attempt(request)
        if not attempt.allowed:
            return _limited(request)
        try:
            session, _record, changed = check_in_by_token(participant=request.user, token=token)
        except ServiceError as service_error:
            _settle(attempt, service_error)
            return render(
                request, "faculty_training/sessions/check_in.html", {"error": service_error.message}, status=400
            )
        _settle(attempt)
        return _check_in_result(request, session, changed)
    return render(request, "faculty_training/sessions/check_in_confirm.html", {"token": token})


@login_required
def check_in_done(request, session_id):
    # Only for whoever has a record of that session (a check-in, or the register's mark it left
    # standing): anyone else, like an unknown id, gets a 404, not another course's session and time.
    session = get_object_or_404(
        TrainingSession.objects.select_related("course").filter(attendance__participant=request.user).distinct(),
        pk=session_id,
    )
    return render(request, "faculty_training/sessions/check_in_done.html", {"session": session})


def session_ics(request, session_id):
    session = get_object_or_404(
        TrainingSession.objects.select_related("course").filter(course__live=True), pk=session_id
    )
    # Only for whoever may read the course's page: behind Wagtail's privacy (signed-in people, some
    # groups, a password) the session's title, time and place are as private as the page.
    if not all(restriction.accept_request(request) for restriction in session.course.get_view_restrictions()):
        raise Http404
    body = calendar_for_sessions([session], name=session.title, base_url=request.build_absolute_uri("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response


def my_calendar(request):
    """Personal feed: by the secret key (calendar apps) or by the logged-in session."""
    key = clean_text(request.GET.get("key", ""), 100)
    if key:
        profile = (
            ParticipantProfile.objects.filter(calendar_key=key).select_related("user").first()
            if len(key) >= 24
            else None
        )
        if profile is None:
            raise Http404
        user = profile.user
    elif request.user.is_authenticated:
        user = request.user
    else:
        return HttpResponseForbidden()
    response = HttpResponse(
        personal_calendar(user, base_url=request.build_absolute_uri("/")), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="my-training.ics"'
    response["Content-Language"] = language_of(user)  # the feed is in its owner's language, not the URL's
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def feedback(request, session_id):
    session = get_object_or_404(TrainingSession.objects.select_related("course"), pk=session_id)
    if not feedback_may_give(request.user, session):
        messages.error(request, _("Only participants who attended the session can give feedback, once it has started."))
        return redirect("faculty_training:dashboard")
    error = None
    if request.method == "POST":
        try:
            feedback_give(
                participant=request.user,
                session=session,
                rating=request.POST.get("rating"),
                comment=request.POST.get("comment", ""),
            )
        except ServiceError as service_error:
            error = service_error.message
        else:
            messages.success(request, _("Thank you for your feedback."))
            return redirect("faculty_training:dashboard")
    return render(
        request,
        "faculty_training/sessions/feedback.html",
        {"session": session, "error": error, "ratings": range(1, 6), "max_length": app_settings.FEEDBACK_MAX_LENGTH},
    )
