"""Certificates: what was issued to whom, frozen at the moment of issue, and whether it still stands."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def valid_certificate_q(prefix=""):
    """Certificates that stand: neither revoked nor under review (``prefix`` e.g. "certificate__")."""
    return models.Q(**{f"{prefix}revoked_at__isnull": True, f"{prefix}review_since__isnull": True})


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(valid_certificate_q())

    def under_review(self):
        return self.filter(revoked_at__isnull=True, review_since__isnull=False)


class Certificate(models.Model):
    class RevocationReason(models.TextChoices):
        ISSUED_IN_ERROR = "issued_in_error", _("Issued in error")
        ACADEMIC_MISCONDUCT = "academic_misconduct", _("Academic misconduct")
        REQUESTED_BY_INSTITUTION = "requested_by_institution", _("Withdrawn at the institution's request")
        OTHER = "other", _("Other reason")

    # One certificate per enrolment, enforced by the database (double clicks, concurrent jobs).
    enrollment = models.OneToOneField(
        "faculty_training.Enrollment", verbose_name=_("enrolment"), on_delete=models.PROTECT, related_name="certificate"
    )
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("holder"), on_delete=models.PROTECT, related_name="certificates"
    )
    course = models.ForeignKey(
        "faculty_training.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="certificates"
    )
    serial = models.CharField(_("serial number"), max_length=32, unique=True)
    verification_code = models.CharField(_("verification code"), max_length=32, unique=True)
    # Everything printed on the certificate, as it was when it was issued (see services/certificates.py).
    snapshot = models.JSONField(_("snapshot"), editable=False)
    issued_at = models.DateTimeField(_("issued at"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revocation_reason = models.CharField(
        _("reason for revocation"), max_length=32, choices=RevocationReason.choices, blank=True
    )
    revocation_note = models.CharField(_("note on revocation"), max_length=255, blank=True)
    # Set when the completion the certificate rests on no longer holds (attendance corrected,
    # a module added...): the certificate is then neither valid nor revoked until a programme
    # administrator confirms or revokes it, or the completion holds again.
    review_since = models.DateTimeField(_("under review since"), null=True, blank=True)
    review_note = models.CharField(_("why it is under review"), max_length=255, blank=True)
    # The signed forms, made when issued: an Open Badges 3.0 credential (VC-JWT), the compact
    # payload in the QR code, and this certificate's place in its issuer's revocation list.
    credential = models.TextField(_("signed credential"), blank=True, editable=False)
    qr_payload = models.TextField(_("signed QR payload"), blank=True, editable=False)
    issuer_key = models.ForeignKey(
        "faculty_training.IssuerKey", null=True, blank=True, on_delete=models.PROTECT, related_name="certificates"
    )
    status_index = models.PositiveIntegerField(null=True, blank=True, editable=False)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]

    def __str__(self):
        return self.serial

    class State(models.TextChoices):
        VALID = "valid", _("Valid")
        UNDER_REVIEW = "under_review", _("Under review")
        REVOKED = "revoked", _("Revoked")

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def is_under_review(self):
        return self.review_since is not None and not self.is_revoked

    @property
    def state(self):
        if self.is_revoked:
            return self.State.REVOKED
        return self.State.UNDER_REVIEW if self.is_under_review else self.State.VALID


class SerialCounter(models.Model):
    """The last serial number used in a year; rows are locked while a number is taken."""

    year = models.PositiveIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class CertificateBatch(models.Model):
    """A background job that issues and renders a course's certificates into one ZIP file."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    course = models.ForeignKey(
        "faculty_training.CoursePage", on_delete=models.PROTECT, related_name="certificate_batches"
    )
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    # The ZIP lives in the private storage (never public media), handed out by the checked view.
    file = models.ForeignKey(
        "faculty_training.GeneratedFile", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("certificate batch")
        verbose_name_plural = _("certificate batches")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.course} ({self.get_status_display()})"

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0
