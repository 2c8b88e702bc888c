"""iCalendar feeds of sessions (RFC 5545), made with the icalendar library."""

import secrets
from datetime import UTC

from django.conf import settings
from django.utils import translation
from icalendar import Calendar, Event

from ..models import Enrollment, ParticipantProfile, TrainingSession

PRODID = "-//Pakistan-Kazakhstan Faculty Training//faculty_training//EN"


def _language():
    return translation.get_language() or settings.LANGUAGE_CODE


def _event(session, *, include_link, base_url):
    event = Event()
    event.add("uid", f"session-{session.pk}@faculty-training")
    event.add("summary", f"{session.title} – {session.course.title}", parameters={"LANGUAGE": _language()})
    # Times in the session's own zone; the calendar app converts them to the viewer's.
    event.add("dtstart", session.starts_at.astimezone(session.zone))
    event.add("dtend", session.ends_at.astimezone(session.zone))
    event.add("dtstamp", session.updated_at.astimezone(UTC))  # when it was last revised, not when it starts
    event.add("last-modified", session.updated_at.astimezone(UTC))
    if session.venue:
        event.add("location", session.venue)
    description = [session.get_mode_display()]
    if include_link and session.online_link:
        description.append(session.online_link)
    course_url = session.course.get_url()
    if course_url:
        event.add("url", base_url.rstrip("/") + course_url)
    event.add("description", "\n".join(description), parameters={"LANGUAGE": _language()})
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
    return event


def calendar_for_sessions(sessions, *, name, include_links=False, base_url=""):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for session in sessions:
        calendar.add_component(_event(session, include_link=include_links, base_url=base_url))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def sessions_of_participant(user):
    course_ids = (
        Enrollment.objects.filter(participant=user).exclude(status=Enrollment.Status.WITHDRAWN).values("course_id")
    )
    return TrainingSession.objects.filter(course_id__in=course_ids).select_related("course").order_by("starts_at")


def calendar_key_for(user):
    """The secret key of the participant's personal feed, made on first use (192 random bits)."""
    profile = ParticipantProfile.objects.filter(user=user).first()
    if profile is None:
        return None
    if not profile.calendar_key:
        profile.calendar_key = secrets.token_urlsafe(24)
        profile.save(update_fields=["calendar_key"])
    return profile.calendar_key


def language_of(user):
    profile = ParticipantProfile.objects.filter(user=user).only("preferred_language").first()
    return profile.preferred_language if profile else settings.LANGUAGE_CODE


def personal_calendar(user, base_url=""):
    with translation.override(language_of(user)):
        return calendar_for_sessions(
            sessions_of_participant(user),
            name=translation.gettext("My training sessions"),
            include_links=True,
            base_url=base_url,
        )
