"""Participants' feedback on sessions they attended."""

from django.db import IntegrityError, transaction
from django.db.models import Avg, Count
from django.utils import timezone
from django.utils.translation import gettext as _

from ..exceptions import ServiceError
from ..models import AttendanceRecord, SessionFeedback
from ..params import bounded_int
from ..sanitize import clean_comment_html


def feedback_may_give(participant, session, at=None):
    at = at or timezone.now()
    return (
        session.starts_at <= at
        and AttendanceRecord.objects.filter(
            session=session,
            participant=participant,
            status__in=[AttendanceRecord.Status.PRESENT, AttendanceRecord.Status.LATE],
        ).exists()
    )


def feedback_give(*, participant, session, rating, comment=""):
    """Store (or replace) the participant's rating and cleaned comment; returns the feedback."""
    if not feedback_may_give(participant, session):
        raise ServiceError(
            _("Only participants who attended the session can give feedback, once it has started."), "not_attended"
        )
    rating = bounded_int(rating, minimum=1, maximum=5)
    if rating is None:
        raise ServiceError(_("Choose a rating from 1 to 5."), "rating")
    cleaned = clean_comment_html(comment)
    try:
        with transaction.atomic():
            feedback, created = SessionFeedback.objects.update_or_create(
                session=session, participant=participant, defaults={"rating": rating, "comment": cleaned}
            )
    except IntegrityError:
        feedback = SessionFeedback.objects.get(session=session, participant=participant)
    return feedback


def feedback_summary(session):
    summary = SessionFeedback.objects.filter(session=session).aggregate(average=Avg("rating"), count=Count("pk"))
    summary["comments"] = list(
        SessionFeedback.objects.filter(session=session)
        .exclude(comment="")
        .order_by("-created_at")
        .values("rating", "comment", "created_at")
    )
    return summary
