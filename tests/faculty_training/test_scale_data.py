"""generate_scale_data at a tiny scale: the promised shape, reproducible, and what completion would decide."""

import hashlib

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone

from faculty_training.demo.scale import ScaleData
from faculty_training.models import (
    AttendanceRecord,
    Certificate,
    CoursePage,
    Enrollment,
    Institution,
    ProgramIndexPage,
    TrainingSession,
)
from faculty_training.models.people import ParticipantProfile
from faculty_training.services.completion import completion_states
from tests.builders import build_home_page

pytestmark = pytest.mark.django_db

SCALE = 0.01  # 300 faculty, 3 institutions, 2 courses, 20 sessions, 600 enrolments


class _Rollback(Exception):
    pass


def _fingerprint():
    """What must come out the same for the same seed (dates aside: they follow the day of the run)."""
    parts = [
        *ParticipantProfile.objects.order_by("user__username").values_list(
            "user__username", "latin_name", "native_name", "institution__code", "discipline"
        ),
        *Enrollment.objects.order_by("participant__username", "course__title").values_list(
            "participant__username", "course__title", "status", "sessions_attended"
        ),
        *Certificate.objects.order_by("serial").values_list("serial", "verification_code", "participant__username"),
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest(), len(parts)


def test_a_tiny_scale_run_has_the_promised_shape_and_is_reproducible():
    build_home_page()
    call_command("generate_scale_data", "--scale", str(SCALE), "--seed", "7", verbosity=0)
    assert (
        Institution.objects.filter(country="PK").count() == 2 and Institution.objects.filter(country="KZ").count() == 1
    )
    assert ParticipantProfile.objects.count() == 300
    assert ParticipantProfile.objects.filter(institution__country="KZ").count() == 80
    assert CoursePage.objects.count() == 2 and TrainingSession.objects.count() == 20
    assert Enrollment.objects.count() == 600
    assert Enrollment.objects.filter(course__title="Scale course 1").count() == 300  # the 300-person register
    attendance = AttendanceRecord.objects.count()
    held = sum(Enrollment.objects.values_list("sessions_held", flat=True))
    assert held == 300 * 10 + 300 * 6  # one course over, one with four sessions to come
    assert 0.65 * held < attendance < 0.9 * held  # ~78 % of the held sessions attended
    completed = Enrollment.objects.filter(status=Enrollment.Status.COMPLETED)
    assert completed.count() == Certificate.objects.count() > 100
    assert not Certificate.objects.exclude(enrollment__status=Enrollment.Status.COMPLETED).exists()
    # What the generator stored is what completion decides from the rows.
    for course in CoursePage.objects.all():
        enrollments = list(Enrollment.objects.filter(course=course))
        states = completion_states(course, enrollments, now=timezone.now())
        for enrollment in enrollments:
            state = states[enrollment.participant_id]
            assert (enrollment.sessions_held, enrollment.sessions_attended, enrollment.sessions_to_come) == (
                state.sessions_held,
                state.sessions_attended,
                state.sessions_to_come,
            )
            assert (enrollment.status == Enrollment.Status.COMPLETED) == state.is_complete
    first = _fingerprint()
    with pytest.raises(CommandError, match="already holds"):
        call_command("generate_scale_data", "--scale", str(SCALE), verbosity=0)
    # The same seed again, on an empty database (the first run rolled back), gives the same data.
    Certificate.objects.all().delete()
    with pytest.raises(_Rollback), transaction.atomic():
        _clear()
        ScaleData(scale=SCALE, seed=7).run()
        assert _fingerprint() == first
        raise _Rollback


def _clear():
    from django.contrib.auth import get_user_model

    from faculty_training.models import ModuleProgress, SerialCounter

    AttendanceRecord.objects.all().delete()
    ModuleProgress.objects.all().delete()
    Enrollment.objects.all().delete()
    TrainingSession.objects.all().delete()
    ParticipantProfile.objects.all().delete()
    get_user_model().objects.filter(username__startswith="scale-").delete()
    for index in ProgramIndexPage.objects.filter(slug="scale-programmes"):
        index.delete()  # and every programme, course and module under it
    Institution.objects.filter(code__contains="-SC-").delete()
    SerialCounter.objects.all().delete()
