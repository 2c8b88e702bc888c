"""Who is enrolled in which course, and which modules they have studied."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["participant", "course"], name="one_enrollment_per_course")]
        indexes = [models.Index(fields=["course", "status"])]

    def __str__(self):
        return f"{self.participant} – {self.course}"

    @property
    def is_withdrawn(self):
        return self.status == self.Status.WITHDRAWN

    @property
    def is_completed(self):
        return self.status == self.Status.COMPLETED


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
