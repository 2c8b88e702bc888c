"""Who is enrolled in which course, and which modules they have studied."""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: The facts completion is decided on, stored on each enrolment (see services/completion.py).
STORED_FACTS = (
    "sessions_held",
    "sessions_attended",
    "sessions_to_come",
    "required_modules",
    "required_modules_done",
    "post_test_required",
    "post_test_passed",
    "required_surveys",
    "required_surveys_done",
    "required_observations",
    "required_observations_done",
)


@dataclass(frozen=True)
class CompletionState:
    required_modules: int
    required_modules_done: int
    sessions_held: int  # held sessions that count for this person
    sessions_attended: int  # of those, the ones they attended
    sessions_to_come: int  # scheduled sessions of the course that have not started yet
    min_attendance_percent: int
    has_live_sessions: bool = True
    post_test_required: bool = False  # the course's post-test must be passed (models/assessments.py)
    post_test_passed: bool = False
    required_surveys: int = 0  # required course surveys (models/evaluation.py)
    required_surveys_done: int = 0
    required_observations: int = 0  # required micro-teaching observations
    required_observations_done: int = 0  # of those, with a post-course episode scored by a facilitator

    @property
    def attendance_percent(self):
        """Attended share of the sessions that count, or None while none counts yet."""
        if not self.sessions_held:
            return None
        return round(100 * self.sessions_attended / self.sessions_held, 1)

    @property
    def modules_met(self):
        return self.required_modules_done >= self.required_modules

    @property
    def surveys_met(self):
        return self.required_surveys_done >= self.required_surveys

    @property
    def observations_met(self):
        return self.required_observations_done >= self.required_observations

    @property
    def sessions_over(self):
        """All of the course's live sessions have been held (always true for a self-paced course)."""
        return not self.has_live_sessions or self.sessions_to_come == 0

    @property
    def attendance_met(self):
        if not self.has_live_sessions:
            return True
        percent = self.attendance_percent
        return percent is not None and percent >= self.min_attendance_percent

    @property
    def has_requirements(self):
        """A course asks for something: a required module or live sessions. One that asks for
        nothing (a self-paced course whose modules are not written yet) completes nobody."""
        return (
            self.required_modules > 0
            or self.has_live_sessions
            or self.post_test_required
            or self.required_surveys > 0
            or self.required_observations > 0
        )

    @property
    def post_test_met(self):
        return not self.post_test_required or self.post_test_passed

    @property
    def is_complete_but_post_test(self):
        """Everything else the course asks for but its surveys is done: its post-test opens
        (services/assessments.py)."""
        return (
            self.has_requirements
            and self.modules_met
            and self.sessions_over
            and self.attendance_met
            and self.observations_met
        )

    @property
    def everything_but_surveys_met(self):
        """What a survey that opens "at completion" waits for (the post-test included)."""
        return self.is_complete_but_post_test and self.post_test_met

    @property
    def is_complete(self):
        return self.everything_but_surveys_met and self.surveys_met

    @classmethod
    def stored(cls, enrollment, course=None):
        """The state as last decided, from the facts stored on the enrolment (no query)."""
        course = course or enrollment.course
        return cls(
            **{name: getattr(enrollment, name) for name in STORED_FACTS},
            min_attendance_percent=enrollment.min_attendance_percent,
            has_live_sessions=course.has_live_sessions,
        )


class Enrollment(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("In progress")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("participant"), on_delete=models.PROTECT, related_name="enrollments"
    )
    course = models.ForeignKey(
        "faculty_training.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="enrollments"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE)
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    # The facts completion was last decided on (services/completion.py), so that records, exports
    # and the API show the numbers that decided, not a second computation that could differ.
    sessions_held = models.PositiveIntegerField(_("sessions that count"), default=0)
    sessions_attended = models.PositiveIntegerField(_("sessions attended"), default=0)
    sessions_to_come = models.PositiveIntegerField(_("sessions still to be held"), default=0)
    required_modules = models.PositiveIntegerField(_("required modules"), default=0)
    required_modules_done = models.PositiveIntegerField(_("required modules studied"), default=0)
    required_surveys = models.PositiveIntegerField(_("required surveys"), default=0)
    required_surveys_done = models.PositiveIntegerField(_("required surveys answered"), default=0)
    required_observations = models.PositiveIntegerField(_("required observations"), default=0)
    required_observations_done = models.PositiveIntegerField(_("required observations scored"), default=0)
    min_attendance_percent = models.PositiveSmallIntegerField(_("minimum attendance (%)"), default=0)
    post_test_required = models.BooleanField(_("passed post-test required"), default=False)
    post_test_passed = models.BooleanField(_("post-test passed"), default=False)
    completion_checked_at = models.DateTimeField(_("completion last decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["participant", "course"], name="one_enrollment_per_course")]
        indexes = [
            models.Index(fields=["course", "status"]),
            # The records' default order (newest enrolments first) reads the first page from here.
            models.Index(fields=["-enrolled_at", "-id"], name="enrollment_newest_first"),
        ]

    def __str__(self):
        return f"{self.participant} – {self.course}"

    @property
    def is_withdrawn(self):
        return self.status == self.Status.WITHDRAWN

    @property
    def is_completed(self):
        return self.status == self.Status.COMPLETED

    @property
    def attendance_percent(self):
        return round(100 * self.sessions_attended / self.sessions_held, 1) if self.sessions_held else None

    @property
    def completion(self):
        """The completion state as last decided (services/completion.py), read from the stored facts."""
        return CompletionState.stored(self)


class ModuleProgress(models.Model):
    participant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="module_progress")
    module = models.ForeignKey("faculty_training.ModulePage", on_delete=models.PROTECT, related_name="progress")
    course = models.ForeignKey("faculty_training.CoursePage", on_delete=models.PROTECT, related_name="module_progress")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [models.UniqueConstraint(fields=["participant", "module"], name="one_progress_per_module")]
        indexes = [models.Index(fields=["participant", "course"])]

    def __str__(self):
        return f"{self.participant} – {self.module}"
