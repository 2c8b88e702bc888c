"""Request-wide behaviour of the plugin: the participant's time zone and, where the address names no
language, their language; and private caching of responses that may be about the person who asked."""

import zoneinfo

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.middleware.locale import LocaleMiddleware
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control

from .conf import language_codes

SESSION_KEY = "faculty_training_time_zone"
LANGUAGE_SESSION_KEY = "faculty_training_language"


class PreferredLanguageLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that an address without a language prefix (a QR code, a
    link in a PDF) takes a signed-in person to their preferred language, not their browser's."""

    def process_request(self, request):
        super().process_request(request)
        if translation.get_language_from_path(request.path_info):
            return
        preferred = request.session.get(LANGUAGE_SESSION_KEY) if hasattr(request, "session") else None
        if preferred in language_codes():
            translation.activate(preferred)
            request.LANGUAGE_CODE = preferred


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
    and not even that one if it sets a cookie; a signed-in visitor's responses are also ``no-store``
    (shared computers). A view's own ``no-store`` is left as it is. List it above the
    session, CSRF and message middleware so that it sees the cookies they set.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "no-store" in response.get("Cache-Control", ""):
            return response
        if getattr(response, "is_same_for_everyone", False) and not response.cookies:
            return response
        if request_identifies_visitor(request):
            # A signed-in person's page holds their records and secrets (the calendar feed's key): on the
            # shared computers of a college it must not stay in the browser's cache after they sign out.
            patch_cache_control(response, private=True, no_store=True)  # drops "public"
        elif response.cookies:
            patch_cache_control(response, private=True)
        return response
