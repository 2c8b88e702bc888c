"""Shows times in the signed-in participant's own time zone."""

import zoneinfo

from django.utils import timezone

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
