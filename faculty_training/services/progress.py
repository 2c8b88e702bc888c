"""Marking modules as studied; each change re-evaluates the enrolment's completion."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from ..exceptions import ServiceError
from ..models import Enrollment, ModuleProgress
from .completion import completion_evaluate


def _active_enrollment(participant, module):
    course = module.get_parent().specific
    enrollment = (
        Enrollment.objects.filter(participant=participant, course_id=course.pk)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .select_related("course")
        .first()
    )
    if enrollment is None:
        raise ServiceError(_("Enrol in the course before marking its modules."), "not_enrolled")
    return enrollment


def module_progress_mark(*, participant, module):
    """Record that ``participant`` studied ``module``; returns (progress, created)."""
    enrollment = _active_enrollment(participant, module)
    try:
        with transaction.atomic():
            progress, created = ModuleProgress.objects.get_or_create(
                participant=participant, module=module, defaults={"course_id": enrollment.course_id}
            )
    except IntegrityError:
        progress, created = ModuleProgress.objects.get(participant=participant, module=module), False
    completion_evaluate(enrollment)
    return progress, created


def module_progress_unmark(*, participant, module):
    enrollment = _active_enrollment(participant, module)
    ModuleProgress.objects.filter(participant=participant, module=module).delete()
    completion_evaluate(enrollment)
