"""The participant's dashboard: courses with progress, in a fixed number of queries."""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q

from ..models import Enrollment, ModulePage, ModuleProgress


@dataclass
class DashboardCourse:
    enrollment: Enrollment
    required_modules: int
    required_modules_done: int
    modules_done: int
    modules_total: int

    @property
    def course(self):
        return self.enrollment.course

    @property
    def percent(self):
        if not self.required_modules:
            return 100
        return round(100 * min(self.required_modules_done, self.required_modules) / self.required_modules)


def dashboard_courses(user):
    """The user's enrolments with module progress: three queries however many courses."""
    enrollments = list(
        Enrollment.objects.filter(participant=user).select_related("course").order_by("status", "-enrolled_at")
    )
    if not enrollments:
        return []
    course_paths = {enrollment.course.path: enrollment.course_id for enrollment in enrollments}
    depth = {enrollment.course.depth for enrollment in enrollments}
    modules = (
        ModulePage.objects.live()
        .filter(reduce(or_, (Q(path__startswith=path) for path in course_paths)), depth__in={d + 1 for d in depth})
        .values_list("pk", "path", "is_required")
    )
    steplen = ModulePage.steplen
    module_course = {}
    for pk, path, _is_required in modules:
        module_course[pk] = course_paths.get(path[:-steplen])
    done = set(ModuleProgress.objects.filter(participant=user).values_list("module_id", flat=True))
    rows = []
    for enrollment in enrollments:
        course_modules = [pk for pk, course_id in module_course.items() if course_id == enrollment.course_id]
        rows.append(
            DashboardCourse(
                enrollment=enrollment,
                # Required modules as completion counted them (stored facts), never a second count.
                required_modules=enrollment.required_modules,
                required_modules_done=enrollment.required_modules_done,
                modules_done=sum(1 for pk in course_modules if pk in done),
                modules_total=len(course_modules),
            )
        )
    return rows


def dashboard_sessions(user, now=None):
    """Upcoming sessions of the user's courses, and attended ones awaiting feedback (two queries)."""
    from django.utils import timezone

    from ..models import AttendanceRecord, TrainingSession

    now = now or timezone.now()
    course_ids = (
        Enrollment.objects.filter(participant=user).exclude(status=Enrollment.Status.WITHDRAWN).values("course_id")
    )
    upcoming = list(
        TrainingSession.objects.filter(course_id__in=course_ids, ends_at__gte=now)
        .select_related("course")
        .order_by("starts_at")[:10]
    )
    awaiting_feedback = list(
        TrainingSession.objects.filter(
            attendance__participant=user,
            attendance__status__in=[AttendanceRecord.Status.PRESENT, AttendanceRecord.Status.LATE],
            starts_at__lte=now,
            starts_at__gte=now - timezone.timedelta(days=30),
        )
        .exclude(feedback__participant=user)
        .select_related("course")
        .order_by("-starts_at")[:5]
    )
    return upcoming, awaiting_feedback
