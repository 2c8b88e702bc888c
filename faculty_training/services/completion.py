"""Whether an enrolment is complete, from the course's rules; recomputed when its inputs change."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from ..models import Enrollment, ModulePage, ModuleProgress


@dataclass(frozen=True)
class CompletionState:
    required_modules: int
    required_modules_done: int
    attendance_percent: float | None  # None: the course has no sessions
    min_attendance_percent: int

    @property
    def modules_met(self):
        return self.required_modules_done >= self.required_modules

    @property
    def attendance_met(self):
        # Until a course has sessions, attendance cannot be measured and does not block completion.
        return self.attendance_percent is None or self.attendance_percent >= self.min_attendance_percent

    @property
    def is_complete(self):
        return self.modules_met and self.attendance_met


def _attendance_percent(enrollment):
    """Attended share of the course's sessions; None while the course has none (attendance issue)."""
    return None


def completion_state(enrollment):
    course = enrollment.course
    required_ids = set(ModulePage.objects.child_of(course).live().filter(is_required=True).values_list("pk", flat=True))
    done = ModuleProgress.objects.filter(participant_id=enrollment.participant_id, module_id__in=required_ids).count()
    return CompletionState(
        required_modules=len(required_ids),
        required_modules_done=done,
        attendance_percent=_attendance_percent(enrollment),
        min_attendance_percent=course.effective_min_attendance_percent,
    )


def completion_evaluate(enrollment):
    """Set the enrolment's status from its completion state; returns True if it just became complete."""
    if enrollment.status == Enrollment.Status.WITHDRAWN:
        return False
    state = completion_state(enrollment)
    with transaction.atomic():
        if state.is_complete and enrollment.status != Enrollment.Status.COMPLETED:
            enrollment.status = Enrollment.Status.COMPLETED
            enrollment.completed_at = timezone.now()
            enrollment.save(update_fields=["status", "completed_at"])
            return True
        if not state.is_complete and enrollment.status == Enrollment.Status.COMPLETED:
            enrollment.status = Enrollment.Status.ACTIVE
            enrollment.completed_at = None
            enrollment.save(update_fields=["status", "completed_at"])
    return False
