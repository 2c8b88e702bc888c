"""Who may read an institution's completion records: its coordinators, and its API tokens."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class InstitutionCoordinator(models.Model):
    """A coordinator belongs to exactly one institution; a programme administrator sets it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="coordinator"
    )
    institution = models.ForeignKey(
        "faculty_training.Institution",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="coordinators",
    )

    panels = [FieldPanel("user"), FieldPanel("institution")]

    class Meta:
        verbose_name = _("institution coordinator")
        verbose_name_plural = _("institution coordinators")

    def __str__(self):
        return f"{self.user} – {self.institution}"


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class InstitutionApiToken(models.Model):
    """A per-institution token for /api/v1/records/; only its SHA-256 hash is stored."""

    institution = models.ForeignKey(
        "faculty_training.Institution",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="api_tokens",
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("Who uses the token, for example the HR system."))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("first characters"), max_length=8, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    panels = [FieldPanel("institution"), FieldPanel("name")]

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.institution.code}: {self.name} ({self.prefix}…)"

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @staticmethod
    def new_secret():
        return "ftr_" + secrets.token_urlsafe(32)  # 256 random bits
