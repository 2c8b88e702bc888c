"""{% course_tests page enrollment %}: the course's tests and the person's best scores, on the course page."""

from django import template
from django.db.models import Max

from ..models import CourseTest, TestAttempt

register = template.Library()


@register.inclusion_tag("faculty_training/assessments/course_tests.html", takes_context=True)
def course_tests(context, course, enrollment):
    if enrollment is None or enrollment.is_withdrawn:
        return {"tests": []}
    tests = list(CourseTest.objects.filter(course=course).order_by("-kind"))  # pre before post
    best = dict(
        TestAttempt.objects.filter(test__in=tests, participant_id=enrollment.participant_id, submitted_at__isnull=False)
        .values_list("test_id")
        .annotate(best=Max("score"))
    )
    return {"tests": [{"test": test, "best": best.get(test.pk)} for test in tests], "request": context.get("request")}
