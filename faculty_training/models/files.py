"""Files generated about people (certificate ZIPs, transcripts, exports), kept in private storage."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class GeneratedFile(models.Model):
    """One file in the private storage, handed out only to its owner (and programme administrators).

    The id is a random UUID and the stored name a random token, so neither the address nor the
    storage key can be guessed; the download view checks who asks all the same.
    """

    class Kind(models.TextChoices):
        CERTIFICATE_BATCH = "certificate_batch", _("Certificates of a course (ZIP)")
        RECORDS_EXPORT = "records_export", _("Completion records export")
        TRANSCRIPT = "transcript", _("Transcript")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="generated_files",
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    storage_name = models.CharField(_("name in the private storage"), max_length=255, unique=True, editable=False)
    filename = models.CharField(_("file name"), max_length=255, help_text=_("The name the download is given."))
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True, db_index=True)
    records_of = models.CharField(
        _("records of"),
        max_length=255,
        blank=True,
        editable=False,
        help_text=_("Whose records a file made on the records page holds: all, or the institutions' ids."),
    )

    class Meta:
        verbose_name = _("generated file")
        verbose_name_plural = _("generated files")
        ordering = ["-created_at"]

    def __str__(self):
        return self.filename

    @property
    def is_expired(self):
        return self.expires_at is not None and self.expires_at <= timezone.now()


class ExportJob(models.Model):
    """A download too large for a web request, built by the task worker with progress.

    The request that asks for it only records what was asked (kind, filter, language) and queues
    the task; the worker recomputes the asker's scope when it runs, so a coordinator who lost the
    role in between gets nothing. The job and its file belong to the asker alone.
    """

    class Kind(models.TextChoices):
        RECORDS_CSV = "records_csv", _("Completion records (CSV)")
        RECORDS_XLSX = "records_xlsx", _("Completion records (XLSX)")
        TRANSCRIPTS = "transcripts", _("Transcripts (ZIP of PDFs)")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("requested by"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    query = models.TextField(_("filter"), blank=True, help_text=_("The records filter, as in the page's address."))
    language = models.CharField(_("language"), max_length=8, default="en")
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(_("total"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    file = models.ForeignKey(GeneratedFile, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("export job")
        verbose_name_plural = _("export jobs")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_status_display()})"

    @property
    def percent(self):
        return min(100, round(100 * self.done / self.total)) if self.total else 0

    @property
    def is_pending(self):
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)
