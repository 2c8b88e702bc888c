"""The signed-in participant's own time zone and, where the address names no language, their language."""

import zoneinfo

from django.middleware.locale import LocaleMiddleware
from django.utils import timezone, translation

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
