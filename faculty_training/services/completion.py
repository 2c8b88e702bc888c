"""Whether enrolments are complete, from the course's rules; recomputed when their inputs change.

Inputs: the course's required modules (studied or not) and its minimum attendance over the
sessions that have started and were not cancelled. A course without such sessions has no
attendance to measure, so attendance does not block its completion.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.utils import timezone

from ..conf import app_settings
from ..models import AttendanceRecord, Enrollment, ModulePage, ModuleProgress, TrainingSession


@dataclass(frozen=True)
class CompletionState:
    required_modules: int
    required_modules_done: int
    sessions_held: int
    sessions_attended: int
    min_attendance_percent: int

    @property
    def attendance_percent(self):
        """Attended share of held sessions, or None while the course has held none."""
        if not self.sessions_held:
            return None
        return round(100 * self.sessions_attended / self.sessions_held, 1)

    @property
    def modules_met(self):
        return self.required_modules_done >= self.required_modules

    @property
    def attendance_met(self):
        percent = self.attendance_percent
        return percent is None or percent >= self.min_attendance_percent

    @property
    def is_complete(self):
        return self.modules_met and self.attendance_met


def counted_statuses():
    statuses = [AttendanceRecord.Status.PRESENT, AttendanceRecord.Status.LATE]
    if app_settings.EXCUSED_COUNTS_AS_ATTENDED:
        statuses.append(AttendanceRecord.Status.EXCUSED)
    return statuses


def held_sessions(course, now=None):
    return TrainingSession.objects.filter(
        course=course, status=TrainingSession.Status.SCHEDULED, starts_at__lte=now or timezone.now()
    )


def completion_states(course, participant_ids):
    """participant id -> CompletionState for one course, in five queries whatever the count."""
    participant_ids = list(participant_ids)
    required_ids = list(
        ModulePage.objects.child_of(course).live().filter(is_required=True).values_list("pk", flat=True)
    )
    done = dict(
        ModuleProgress.objects.filter(participant_id__in=participant_ids, module_id__in=required_ids)
        .values_list("participant_id")
        .annotate(count=Count("pk"))
    )
    session_ids = list(held_sessions(course).values_list("pk", flat=True))
    attended = dict(
        AttendanceRecord.objects.filter(
            session_id__in=session_ids, participant_id__in=participant_ids, status__in=counted_statuses()
        )
        .values_list("participant_id")
        .annotate(count=Count("pk"))
    )
    minimum = course.effective_min_attendance_percent
    return {
        participant_id: CompletionState(
            required_modules=len(required_ids),
            required_modules_done=done.get(participant_id, 0),
            sessions_held=len(session_ids),
            sessions_attended=attended.get(participant_id, 0),
            min_attendance_percent=minimum,
        )
        for participant_id in participant_ids
    }


def completion_state(enrollment):
    return completion_states(enrollment.course, [enrollment.participant_id])[enrollment.participant_id]


def completion_evaluate_many(course, participant_ids):
    """Set the status of the course's enrolments of these participants; returns those that just completed."""
    enrollments = list(
        Enrollment.objects.filter(course=course, participant_id__in=list(participant_ids)).exclude(
            status=Enrollment.Status.WITHDRAWN
        )
    )
    if not enrollments:
        return []
    states = completion_states(course, [enrollment.participant_id for enrollment in enrollments])
    now = timezone.now()
    changed, completed = [], []
    for enrollment in enrollments:
        is_complete = states[enrollment.participant_id].is_complete
        if is_complete and enrollment.status != Enrollment.Status.COMPLETED:
            enrollment.status, enrollment.completed_at = Enrollment.Status.COMPLETED, now
            changed.append(enrollment)
            completed.append(enrollment)
        elif not is_complete and enrollment.status == Enrollment.Status.COMPLETED:
            enrollment.status, enrollment.completed_at = Enrollment.Status.ACTIVE, None
            changed.append(enrollment)
    if changed:
        Enrollment.objects.bulk_update(changed, ["status", "completed_at"])
    if completed:
        from .certificates import certificates_on_completion

        certificates_on_completion(completed)
    return completed


def completion_evaluate(enrollment):
    """Re-evaluate one enrolment; returns True if it just became complete."""
    completed = completion_evaluate_many(enrollment.course, [enrollment.participant_id])
    if completed:
        enrollment.status, enrollment.completed_at = completed[0].status, completed[0].completed_at
    else:
        enrollment.refresh_from_db(fields=["status", "completed_at"])
    return bool(completed)
