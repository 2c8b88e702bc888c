"""Live sessions of a course, who attended them, and what participants thought of them."""

import zoneinfo
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from .. import roles
from ..conf import app_settings


def validate_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone: %(zone)s."), params={"zone": value}, code="time_zone")


def default_session_zone():
    return app_settings.DEFAULT_SESSION_TIME_ZONE


class TrainingSessionQuerySet(models.QuerySet):
    def managed_by(self, user):
        """The sessions ``user`` runs: every one for programme administrators, else those they facilitate.

        The one rule behind the session listing, the register, the session history and its log.
        """
        if not user.is_authenticated:
            return self.none()
        if roles.is_programme_administrator(user):
            return self
        return self.filter(facilitators=user)


class TrainingSession(index.Indexed, models.Model):
    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    course = models.ForeignKey(
        "faculty_training.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="sessions"
    )
    title = models.CharField(_("title"), max_length=255)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    time_zone = models.CharField(
        _("time zone of the session"), max_length=64, default=default_session_zone, validators=[validate_zone]
    )
    mode = models.CharField(_("mode"), max_length=16, choices=Mode.choices, default=Mode.IN_PERSON)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitators"),
        blank=True,
        related_name="facilitated_sessions",
        limit_choices_to={"groups__name": roles.FACILITATORS},
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.SCHEDULED)
    cancellation_reason = models.CharField(_("reason for cancellation"), max_length=255, blank=True)
    # Bumped by every register save, so a save from a stale form is detected instead of overwriting.
    register_version = models.PositiveIntegerField(default=0, editable=False)
    # Last edit, the iCalendar DTSTAMP of the session (RFC 5545 3.8.7.2: when the information was revised).
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    # When completion was decided again after this session began (services/completion.py).
    held_noted_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = TrainingSessionQuerySet.as_manager()

    panels = [
        FieldPanel("course"),
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]), FieldPanel("time_zone")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("mode"), FieldPanel("venue"), FieldPanel("online_link"), FieldPanel("capacity")],
            heading=_("Where"),
        ),
        FieldPanel("facilitators"),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("cancellation_reason")], heading=_("Status")),
    ]
    search_fields = [index.SearchField("title"), index.FilterField("course_id")]

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["course", "starts_at"])]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session must end after it starts.")})

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def check_in_opens_at(self):
        return self.starts_at - timedelta(minutes=app_settings.CHECK_IN_OPENS_MINUTES_BEFORE)

    @property
    def check_in_closes_at(self):
        return self.ends_at

    def is_check_in_open(self, at=None):
        at = at or timezone.now()
        return not self.is_cancelled and self.check_in_opens_at <= at <= self.check_in_closes_at

    @property
    def duration_hours(self):
        return (self.ends_at - self.starts_at).total_seconds() / 3600


class AttendanceRecord(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        EXCUSED = "excused", _("Excused")
        ABSENT = "absent", _("Absent")

    class Method(models.TextChoices):
        REGISTER = "register", _("Register")
        CHECK_IN = "check_in", _("Self check-in")
        IMPORT = "import", _("Import")

    session = models.ForeignKey(
        TrainingSession, verbose_name=_("session"), on_delete=models.PROTECT, related_name="attendance"
    )
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("participant"), on_delete=models.PROTECT, related_name="attendance"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    method = models.CharField(_("method"), max_length=16, choices=Method.choices)
    remark = models.CharField(_("remark"), max_length=255, blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked at"), default=timezone.now)

    class Meta:
        verbose_name = _("attendance record")
        verbose_name_plural = _("attendance records")
        constraints = [models.UniqueConstraint(fields=["session", "participant"], name="one_attendance_per_session")]

    def __str__(self):
        return f"{self.participant} – {self.session}: {self.status}"


class SessionFeedback(models.Model):
    session = models.ForeignKey(
        TrainingSession, verbose_name=_("session"), on_delete=models.PROTECT, related_name="feedback"
    )
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.PROTECT,
        related_name="session_feedback",
    )
    rating = models.PositiveSmallIntegerField(_("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    comment = models.TextField(_("comment"), blank=True, help_text=_("Cleaned HTML; see faculty_training.sanitize."))
    created_at = models.DateTimeField(_("given at"), default=timezone.now)

    class Meta:
        verbose_name = _("session feedback")
        verbose_name_plural = _("session feedback")
        constraints = [models.UniqueConstraint(fields=["session", "participant"], name="one_feedback_per_session")]

    def __str__(self):
        return f"{self.session}: {self.rating}"
