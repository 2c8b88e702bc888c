"""Marking attendance: the facilitator's register, one record at a time, and the audit trail.

Every change of a record is written to Wagtail's audit log against its session (action
``faculty_training.attendance``), with who, when, from what to what and by which method. Session
entries live in ``SessionLogEntry``, which only the session's facilitators and administrators read.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import roles
from ..exceptions import ServiceError
from ..models import AttendanceRecord, Enrollment, SessionLogEntry, TrainingSession
from .completion import completion_decide_soon, completion_evaluate_many

AUDIT_ACTION = "faculty_training.attendance"
STATUSES = set(AttendanceRecord.Status.values)


def session_may_manage(user, session):
    """Facilitators of this session and programme administrators may open and change its register."""
    # TrainingSession.objects.managed_by's rule, for one session, without a query for administrators.
    if not user.is_authenticated:
        return False
    return roles.is_programme_administrator(user) or session.facilitators.filter(pk=user.pk).exists()


def register_participants(session):
    """Users enrolled in the session's course (not withdrawn from it), ordered by their Latin name.

    Membership is decided by this course's enrolments only: the course and the status sit in one
    filter() on the enrolment, so one row must satisfy both. (An exclude() on a multi-valued
    relation would drop anyone withdrawn from any other course.)
    """
    from django.contrib.auth import get_user_model

    enrolled = Enrollment.objects.filter(course_id=session.course_id).exclude(status=Enrollment.Status.WITHDRAWN)
    return (
        get_user_model()
        .objects.filter(pk__in=enrolled.values("participant_id"))
        .select_related("participant_profile__institution")
        .order_by("participant_profile__latin_name", "pk")
    )


def _audit_entries(session, changes, user, method):
    """Log entries for [(participant_id, old_status, new_status, remark)], built for one bulk insert."""
    content_type = ContentType.objects.get_for_model(TrainingSession)
    now = timezone.now()
    return [
        SessionLogEntry(
            content_type=content_type,
            session_id=session.pk,
            label=str(session)[:255],
            action=AUDIT_ACTION,
            user=user,
            timestamp=now,
            data={"participant": participant_id, "from": old or "", "to": new, "method": method, "remark": remark},
        )
        for participant_id, old, new, remark in changes
    ]


@transaction.atomic
def attendance_register_save(*, session, entries, marked_by, expected_version):
    """Save a whole register in bulk queries.

    ``entries``: {participant_id: (status, remark)}; ``expected_version``: the session's
    ``register_version`` when the form was drawn. A save from a stale form raises
    ServiceError("stale") and changes nothing. Returns the number of changed records.
    """
    bumped = TrainingSession.objects.filter(pk=session.pk, register_version=expected_version).update(
        register_version=F("register_version") + 1
    )
    if not bumped:
        raise ServiceError(
            _(
                "Someone else saved this register after you opened it. Nothing was saved; the register now shows their marks."
            ),
            "stale",
        )
    allowed = set(register_participants(session).values_list("pk", flat=True))
    unknown = set(entries) - allowed
    if unknown:
        raise ServiceError(_("The register lists people who are not enrolled in this course."), "not_enrolled")
    changed = attendance_write(
        session=session, entries=entries, marked_by=marked_by, method=AttendanceRecord.Method.REGISTER
    )
    session.register_version = expected_version + 1
    return changed


def attendance_write(*, session, entries, marked_by, method):
    """Apply {participant_id: (status, remark)} to a session in bulk queries, with audit entries.

    Callers check that the participants are enrolled. Returns the number of changed records.
    """
    for status, _remark in entries.values():
        if status not in STATUSES:
            raise ServiceError(_("Unknown attendance status: %(status)s.") % {"status": status}, "status")
    existing = {record.participant_id: record for record in AttendanceRecord.objects.filter(session=session)}
    now = timezone.now()
    to_create, to_update, changes = [], [], []
    for participant_id, (status, remark) in entries.items():
        remark = (remark or "").strip()[:255]
        record = existing.get(participant_id)
        if record is None:
            to_create.append(
                AttendanceRecord(
                    session=session,
                    participant_id=participant_id,
                    status=status,
                    remark=remark,
                    method=method,
                    marked_by=marked_by,
                    marked_at=now,
                )
            )
            changes.append((participant_id, None, status, remark))
        elif record.status != status or record.remark != remark:
            changes.append((participant_id, record.status, status, remark))
            record.status, record.remark = status, remark
            record.method, record.marked_by, record.marked_at = method, marked_by, now
            to_update.append(record)
    AttendanceRecord.objects.bulk_create(to_create, batch_size=500)
    AttendanceRecord.objects.bulk_update(
        to_update, ["status", "remark", "method", "marked_by", "marked_at"], batch_size=500
    )
    SessionLogEntry.objects.bulk_create(_audit_entries(session, changes, marked_by, method), batch_size=500)
    if changes:
        completion_evaluate_many(session.course, [participant_id for participant_id, *_rest in changes])
    return len(changes)


def attendance_mark(*, session, participant, status, method, marked_by=None, remark="", replace=True):
    """Create or change one record; returns (record, changed). Refuses people not enrolled.

    A participant's own check-in never overrides what a facilitator recorded (register or import): the
    register is the authority, and the check-in is refused with a message saying whom to ask. The rule is
    decided under the row's lock, so a register saved at the same moment is not overwritten either."""
    if status not in STATUSES:
        raise ServiceError(_("Unknown attendance status: %(status)s.") % {"status": status}, "status")
    if not register_participants(session).filter(pk=participant.pk).exists():
        raise ServiceError(_("You are not enrolled in the course of this session."), "not_enrolled")
    with transaction.atomic():
        try:
            with transaction.atomic():
                record = AttendanceRecord.objects.create(
                    session=session,
                    participant=participant,
                    status=status,
                    method=method,
                    marked_by=marked_by,
                    remark=remark,
                )
            old = None
        except IntegrityError:
            record = AttendanceRecord.objects.select_for_update().get(session=session, participant=participant)
            old = record.status
            if method == AttendanceRecord.Method.CHECK_IN:
                if record.method != AttendanceRecord.Method.CHECK_IN:
                    raise ServiceError(
                        _(
                            "Your facilitator has already recorded your attendance at this session. "
                            "Ask them if it needs to change."
                        ),
                        "recorded_by_facilitator",
                    ) from None
                if record.status in (AttendanceRecord.Status.PRESENT, AttendanceRecord.Status.LATE):
                    return record, False  # checked in already; a second scan is not "late"
            if not replace or (record.status == status and record.remark == remark):
                return record, False
            record.status, record.method, record.marked_by, record.remark = status, method, marked_by, remark
            record.marked_at = timezone.now()
            record.save(update_fields=["status", "method", "marked_by", "remark", "marked_at"])
        SessionLogEntry.objects.bulk_create(
            _audit_entries(session, [(participant.pk, old, status, remark)], marked_by, method)
        )
        if method == AttendanceRecord.Method.CHECK_IN:
            # A check-in only adds attendance: the worker decides, so a burst of check-ins stays cheap.
            completion_decide_soon(session.course_id, [participant.pk])
    if method != AttendanceRecord.Method.CHECK_IN:
        completion_evaluate_many(session.course, [participant.pk])
    return record, True


def session_cancel(*, session, reason, user):
    """Sessions are cancelled, never deleted; attendance of a cancelled session does not count."""
    session.status = TrainingSession.Status.CANCELLED
    session.cancellation_reason = reason[:255]
    session.save(update_fields=["status", "cancellation_reason"])
    from wagtail.log_actions import log

    log(
        instance=session,
        action="faculty_training.session_cancel",
        user=user,
        data={"reason": session.cancellation_reason},
    )
    # Completion is decided again by the session's post_save receiver (services/sessions.py).
