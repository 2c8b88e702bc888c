"""Template tags for sessions: when a session is, in its own zone and in the viewer's."""

from django import template
from django.utils import timezone

from ..l10n import format_time_range, zone_name

register = template.Library()


@register.inclusion_tag("faculty_training/sessions/when.html")
def session_when(session):
    """The session's date and times in its own zone (named) and, if different, in the viewer's zone."""
    own_start, own_end = session.starts_at.astimezone(session.zone), session.ends_at.astimezone(session.zone)
    viewer_zone = timezone.get_current_timezone()
    viewer_start, viewer_end = session.starts_at.astimezone(viewer_zone), session.ends_at.astimezone(viewer_zone)
    differs = viewer_start.utcoffset() != own_start.utcoffset()
    return {
        "session": session,
        "own_start": own_start,
        "own_end": own_end,
        "own_zone": session.time_zone,
        "own_when": format_time_range(own_start, own_end, zone=session.zone),
        "own_zone_name": zone_name(session.zone, at=session.starts_at),
        "viewer_zone_name": zone_name(viewer_zone, at=session.starts_at),
        "viewer_start": viewer_start,
        "viewer_end": viewer_end,
        "viewer_zone": getattr(viewer_zone, "key", str(viewer_zone)),
        "differs": differs,
    }


@register.filter
def machine_time(value):
    """An instant for ``<time datetime>``: UTC to the second (HTML allows at most three fraction digits)."""
    if not value:
        return ""
    from datetime import UTC

    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
