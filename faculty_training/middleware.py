"""Request-wide behaviour of the plugin: the participant's time zone, and private caching of
responses that may be about the person who asked."""

import zoneinfo

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils import timezone
from django.utils.cache import patch_cache_control

SESSION_KEY = "faculty_training_time_zone"


class ParticipantTimezoneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
        if zone:
            try:
                timezone.activate(zoneinfo.ZoneInfo(zone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)


def request_identifies_visitor(request):
    """Whether the answer to ``request`` may depend on who sent it: a session, pending flash
    messages, a bearer token, or a signed-in user."""
    if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
        return True
    if "HTTP_AUTHORIZATION" in request.META:
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


class PrivateResponsesMiddleware:
    """Marks ``Cache-Control: private`` every response that may be personal, whatever a view said.

    A response is personal when the request identifies the visitor or the response sets a cookie
    (a session, a CSRF token or flash messages for that one browser). Only a response the view
    marked ``is_same_for_everyone`` (public documents such as published keys) keeps ``public``,
    and not even that one if it sets a cookie. ``no-store`` is left as it is. List it above the
    session, CSRF and message middleware so that it sees the cookies they set.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "no-store" in response.get("Cache-Control", ""):
            return response
        if response.cookies or (
            not getattr(response, "is_same_for_everyone", False) and request_identifies_visitor(request)
        ):
            patch_cache_control(response, private=True)  # drops "public"
        return response
