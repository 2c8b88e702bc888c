"""Notifications: what happened to whom (shown on the dashboard), whether it was e-mailed, and choices.

One row per event and recipient. Its ``key`` is unique per recipient, so scheduling the same
event twice (a cron job run twice, a retried task) finds the row instead of sending again; the
row is also the record of what was sent and when.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    class Kind(models.TextChoices):
        ENROLMENT_CONFIRMED = "enrolment_confirmed", _("Enrolment confirmed")
        REMINDER_DAY = "reminder_day", _("Session reminder, a day before")
        REMINDER_HOUR = "reminder_hour", _("Session reminder, an hour before")
        SESSION_CHANGED = "session_changed", _("Session changed")
        SESSION_CANCELLED = "session_cancelled", _("Session cancelled")
        CERTIFICATE_ISSUED = "certificate_issued", _("Certificate issued")
        CERTIFICATE_REVOKED = "certificate_revoked", _("Certificate revoked")
        CERTIFICATE_UNDER_REVIEW = "certificate_under_review", _("Certificate under review")
        CERTIFICATE_CONFIRMED = "certificate_confirmed", _("Certificate confirmed after review")
        COORDINATOR_DIGEST = "coordinator_digest", _("Weekly digest for coordinators")
        SURVEY_REMINDER = "survey_reminder", _("Survey reminder")

    class EmailStatus(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        SKIPPED = "skipped", _("Not sent")
        FAILED = "failed", _("Failed")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recipient"), on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    key = models.CharField(max_length=200)
    # Ids and frozen values the message is drawn from, in any language, when it is shown or sent.
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    email_status = models.CharField(
        _("e-mail"), max_length=16, choices=EmailStatus.choices, default=EmailStatus.PENDING
    )
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)
    email_attempts = models.PositiveSmallIntegerField(default=0)
    email_note = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["recipient", "key"], name="one_notification_per_event")]
        indexes = [
            models.Index(fields=["recipient", "-created_at"]),
            models.Index(fields=["email_status", "created_at"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient}"


class NotificationPreference(models.Model):
    """Which optional e-mails a person receives. No row means every kind is on (the defaults)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    enrolment = models.BooleanField(_("enrolment confirmations"), default=True)
    reminders = models.BooleanField(_("reminders a day and an hour before my sessions"), default=True)
    evaluation_reminders = models.BooleanField(
        _("reminders of evaluation surveys waiting for my answers"),
        default=True,
        help_text=_(
            "One e-mail for each survey of your courses that is open and not yet answered. Micro-teaching "
            "episodes waiting for your scores are not e-mailed: they are listed on your Micro-teaching page."
        ),
    )
    session_updates = models.BooleanField(_("changed or cancelled sessions"), default=True)
    certificates = models.BooleanField(_("new certificates"), default=True)
    digest = models.BooleanField(_("weekly digest of my institution's completions"), default=True)
    language = models.CharField(
        _("language of e-mails"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("Used when you have no participant profile; otherwise your profile's language is used."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return str(self.user)
