"""Signed credentials: issuers' public keys, revocation status lists, and CPD credit schemes.

Private keys are never stored here: they live as PEM files in FACULTY_TRAINING_ISSUER_KEY_DIR,
outside the database and the repository. A retired key stays published so that what it signed
still verifies; a compromised key is withdrawn (docs/security.md says why).
"""

from decimal import ROUND_FLOOR, Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable


class IssuerKey(models.Model):
    institution = models.ForeignKey(
        "faculty_training.Institution",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="issuer_keys",
    )
    key_id = models.CharField(_("key id"), max_length=32, help_text=_("Unique within the institution, e.g. key-1."))

    class Algorithm(models.TextChoices):
        # JWS names (RFC 7518, RFC 8037); the value is what a credential's header says. The labels
        # are the algorithms' names, the same in every language (not for translation).
        ES256 = "ES256", "ECDSA P-256 (ES256)"
        EDDSA = "EdDSA", "Ed25519 (EdDSA)"

    # Keys made before the choice existed are all Ed25519, hence the default.
    algorithm = models.CharField(_("kind of key"), max_length=8, choices=Algorithm.choices, default=Algorithm.EDDSA)
    public_key = models.CharField(
        _("public key"),
        max_length=64,
        help_text=_("In base64url: Ed25519's 32 bytes, or P-256's 33-byte compressed point."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    retired_at = models.DateTimeField(
        _("retired at"), null=True, blank=True, help_text=_("A retired key signs nothing new but stays published.")
    )
    # Set by make_issuer_key --compromised-since: the key is withdrawn from jwks.json and did.json,
    # and what it signed is valid only for certificates this site issued before this moment.
    compromised_at = models.DateTimeField(
        _("compromised since"),
        null=True,
        blank=True,
        help_text=_("Nothing this key signed at or after this moment is valid; the key is no longer published."),
    )

    class Meta:
        verbose_name = _("issuer key")
        verbose_name_plural = _("issuer keys")
        ordering = ["institution", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["institution", "key_id"], name="one_key_id_per_institution"),
            models.UniqueConstraint(
                fields=["institution"],
                condition=models.Q(retired_at__isnull=True),
                name="one_active_key_per_institution",
            ),
        ]

    def __str__(self):
        return f"{self.institution.code}#{self.key_id}"

    @property
    def short_id(self):
        """What a QR payload names: CODE#key-N."""
        return f"{self.institution.code}#{self.key_id}"


class StatusList(models.Model):
    """An issuer's revocation list (W3C Bitstring Status List); each certificate owns one index."""

    institution = models.OneToOneField(
        "faculty_training.Institution", on_delete=models.PROTECT, related_name="status_list"
    )
    next_index = models.PositiveIntegerField(default=0)
    credential = models.TextField(blank=True, help_text="The signed status list credential (VC-JWT).")
    updated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("status list")
        verbose_name_plural = _("status lists")

    def __str__(self):
        return f"{self.institution.code}: {self.next_index}"


class CreditScheme(models.Model):
    """A continuing-education scheme (a country's CPD or CME system) and how it counts hours."""

    class Basis(models.TextChoices):
        COURSE_HOURS = "course_hours", _("The course's CPD hours")
        ATTENDED_HOURS = "attended_hours", _("Hours the participant attended")

    code = models.SlugField(_("short code"), max_length=32, unique=True, help_text=_("For example pk-cpd."))
    name = models.CharField(_("name"), max_length=150)
    unit = models.CharField(_("unit"), max_length=60, help_text=_("What a credit is called, e.g. CPD credits."))
    country = models.CharField(_("country"), max_length=2, blank=True)
    basis = models.CharField(_("hours counted"), max_length=16, choices=Basis.choices, default=Basis.COURSE_HOURS)
    credits_per_hour = models.DecimalField(
        _("credits per hour"), max_digits=6, decimal_places=3, default=Decimal("1"), validators=[MinValueValidator(0)]
    )
    step = models.DecimalField(
        _("rounded down to"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("0.5"),
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("Credits are rounded down to a multiple of this."),
    )
    maximum = models.DecimalField(_("most credits per course"), max_digits=6, decimal_places=2, null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("country")]),
        FieldPanel("name"),
        FieldPanel("unit"),
        MultiFieldPanel(
            [
                FieldPanel("basis"),
                FieldRowPanel([FieldPanel("credits_per_hour"), FieldPanel("step"), FieldPanel("maximum")]),
            ],
            heading=_("How credits are counted"),
        ),
    ]

    class Meta:
        verbose_name = _("CPD credit scheme")
        verbose_name_plural = _("CPD credit schemes")
        ordering = ["country", "code"]

    def __str__(self):
        return self.name

    def credits_for(self, *, course_hours, attended_hours, credits_per_hour=None):
        hours = Decimal(attended_hours if self.basis == self.Basis.ATTENDED_HOURS else course_hours)
        rate = self.credits_per_hour if credits_per_hour is None else credits_per_hour
        credits = (hours * rate / self.step).to_integral_value(rounding=ROUND_FLOOR) * self.step
        if self.maximum is not None:
            credits = min(credits, self.maximum)
        return credits.quantize(Decimal("0.01"))


# The certificate prints every scheme's credit in two languages; its layout is tested (and fits on
# one page at legible sizes) for up to this many.
MAX_CREDIT_RECOGNITIONS = 4


class CourseCredit(Orderable):
    """A course recognised under a scheme, with the accreditation reference and an optional own rate."""

    course = ParentalKey("faculty_training.CoursePage", on_delete=models.CASCADE, related_name="credit_recognitions")
    scheme = models.ForeignKey(CreditScheme, verbose_name=_("scheme"), on_delete=models.PROTECT, related_name="+")
    credits_per_hour = models.DecimalField(
        _("credits per hour for this course"),
        max_digits=6,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leave empty to use the scheme's rate."),
    )
    reference = models.CharField(
        _("accreditation reference"), max_length=100, blank=True, help_text=_("The number the accrediting body gave.")
    )

    panels = [FieldPanel("scheme"), FieldRowPanel([FieldPanel("credits_per_hour"), FieldPanel("reference")])]

    class Meta(Orderable.Meta):
        verbose_name = _("CPD recognition")
        verbose_name_plural = _("CPD recognitions")
        constraints = [models.UniqueConstraint(fields=["course", "scheme"], name="one_recognition_per_scheme")]
