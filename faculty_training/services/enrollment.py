"""Enrolling in and withdrawing from courses; idempotent and safe under concurrent requests."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..exceptions import ServiceError
from ..models import CoursePage, Enrollment, ParticipantProfile
from .completion import completion_evaluate
from .notifications import notify_enrolment


def _active_count(course):
    return Enrollment.objects.filter(course=course).exclude(status=Enrollment.Status.WITHDRAWN).count()


def _check_may_enrol(course, *, ignore_closed):
    if not course.live:
        raise ServiceError(_("This course is not published."), "not_live")
    if not ignore_closed and not course.is_enrolment_open:
        raise ServiceError(_("This course is closed for enrolment."), "closed")
    if course.capacity is not None and _active_count(course) >= course.capacity:
        raise ServiceError(_("This course is full."), "full")


def enrollment_create(*, participant, course, enrolled_by=None, ignore_closed=False):
    """Enrol ``participant`` in ``course``; returns (enrollment, created). Enrolling twice keeps one."""
    if not ParticipantProfile.objects.filter(user=participant).exists():
        raise ServiceError(_("Please complete your profile before you enrol."), "no_profile")
    with transaction.atomic():
        # Lock the course row so that capacity checks and inserts of concurrent requests queue up.
        course = CoursePage.objects.select_for_update().get(pk=course.pk)
        existing = Enrollment.objects.filter(participant=participant, course=course).first()
        if existing is not None and existing.status != Enrollment.Status.WITHDRAWN:
            return existing, False
        _check_may_enrol(course, ignore_closed=ignore_closed)
        if existing is not None:
            # The enrolment date stays the first one: it decides which sessions count, and
            # withdrawing and enrolling again must not wipe out the sessions someone missed.
            existing.status = Enrollment.Status.ACTIVE
            existing.withdrawn_at = None
            existing.save(update_fields=["status", "withdrawn_at"])
            enrollment = existing
        else:
            try:
                with transaction.atomic():
                    enrollment = Enrollment.objects.create(
                        participant=participant, course=course, enrolled_by=enrolled_by
                    )
            except IntegrityError:
                return Enrollment.objects.get(participant=participant, course=course), False
        notify_enrolment(enrollment)
        completion_evaluate(enrollment)
    return enrollment, True


def enrollment_withdraw(*, participant, course):
    """Withdraw from a course; the record and its progress stay. Returns the enrollment."""
    enrollment = Enrollment.objects.filter(participant=participant, course=course).first()
    if enrollment is None:
        raise ServiceError(_("You are not enrolled in this course."), "not_enrolled")
    if enrollment.status == Enrollment.Status.COMPLETED:
        raise ServiceError(
            _("You have completed this course; a completed course cannot be withdrawn from."), "completed"
        )
    if enrollment.status != Enrollment.Status.WITHDRAWN:
        # Decided on the row as it is when written, not as read above: the worker (a check-in's
        # completion_decide_soon) may have completed it in between, and a completed enrolment keeps
        # its completion and its certificate.
        withdrawn = Enrollment.objects.filter(pk=enrollment.pk, status=Enrollment.Status.ACTIVE).update(
            status=Enrollment.Status.WITHDRAWN, withdrawn_at=timezone.now()
        )
        enrollment.refresh_from_db()
        if not withdrawn and enrollment.status == Enrollment.Status.COMPLETED:
            raise ServiceError(
                _("You have completed this course; a completed course cannot be withdrawn from."), "completed"
            )
    return enrollment


def enrollment_create_bulk(*, participants, course, enrolled_by):
    """Enrol many people (administrators); ignores the closed flag but not the capacity.

    Returns (created, already, refused) where refused is a list of (user, message).
    """
    created, already, refused = [], [], []
    for participant in participants:
        try:
            enrollment, was_created = enrollment_create(
                participant=participant, course=course, enrolled_by=enrolled_by, ignore_closed=True
            )
        except ServiceError as error:
            refused.append((participant, error.message))
            continue
        (created if was_created else already).append(enrollment)
    return created, already, refused
