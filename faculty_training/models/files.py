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

    class Meta:
        verbose_name = _("generated file")
        verbose_name_plural = _("generated files")
        ordering = ["-created_at"]

    def __str__(self):
        return self.filename

    @property
    def is_expired(self):
        return self.expires_at is not None and self.expires_at <= timezone.now()
