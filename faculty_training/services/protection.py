"""Records are never lost: content that has enrolments, sessions or attendance cannot be deleted."""

from django.utils.translation import gettext as _

from ..models import AttendanceRecord, CoursePage, Enrollment, ModuleProgress, TrainingSession


def page_deletion_blocker(page):
    """A translated reason why ``page`` (with its descendants) cannot be deleted, or None."""
    course_ids = list(CoursePage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    page_ids = list(page.get_descendants(inclusive=True).values_list("pk", flat=True))
    if AttendanceRecord.objects.filter(session__course_id__in=course_ids).exists():
        return _("“%(title)s” cannot be deleted: it holds sessions with attendance records. Unpublish it instead.") % {
            "title": page.title
        }
    if (
        Enrollment.objects.filter(course_id__in=course_ids).exists()
        or ModuleProgress.objects.filter(module_id__in=page_ids).exists()
    ):
        return _("“%(title)s” cannot be deleted: participants are enrolled in it. Unpublish it instead.") % {
            "title": page.title
        }
    if TrainingSession.objects.filter(course_id__in=course_ids).exists():
        return _("“%(title)s” cannot be deleted: it has sessions. Cancel them and unpublish the page instead.") % {
            "title": page.title
        }
    return None
