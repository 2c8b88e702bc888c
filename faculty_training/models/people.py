"""Faculty members' profiles: who they are, where they work, which language and zone they use."""

import zoneinfo

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..conf import app_settings
from ..names import validate_latin_name, validate_native_name
from .courses import Discipline


def validate_time_zone(value):
    from django.core.exceptions import ValidationError

    if value and value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone: %(zone)s."), params={"zone": value}, code="time_zone")


class Membership(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    VERIFIED = "verified", _("Confirmed")
    REJECTED = "rejected", _("Not confirmed")


class MembershipMethod(models.TextChoices):
    EMAIL_DOMAIN = "email_domain", _("E-mail address at the institution")
    COORDINATOR = "coordinator", _("Institution coordinator")
    ADMINISTRATOR = "administrator", _("Programme administrator")


class ParticipantProfileQuerySet(models.QuerySet):
    def waiting_for_confirmation(self):
        """People whose membership waits for their institution: proven accounts only (a sign-up that
        never followed its e-mailed link is nobody yet, and no coordinator should see it)."""
        return self.filter(membership=Membership.PENDING, user__is_active=True)


class ParticipantProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.PROTECT, related_name="participant_profile"
    )
    latin_name = models.CharField(
        _("name in Latin letters"),
        max_length=100,
        validators=[validate_latin_name],
        help_text=_("Exactly as in your passport; it is printed on certificates."),
    )
    native_name = models.CharField(
        _("name in your own script"),
        max_length=100,
        blank=True,
        validators=[validate_native_name],
        help_text=_("In Urdu or Cyrillic letters, if you use them."),
    )
    institution = models.ForeignKey(
        "faculty_training.Institution",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="participants",
    )
    discipline = models.CharField(_("discipline"), max_length=32, choices=Discipline.choices)
    position = models.CharField(_("position or academic rank"), max_length=150, blank=True)
    registration_number = models.CharField(
        _("professional registration number"),
        max_length=50,
        blank=True,
        help_text=_("For example your PMDC or medical licence number."),
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("Leave empty to use your country's time zone."),
    )
    # Whether the institution confirmed that this person is its faculty (services/membership.py).
    # Until then the person learns as anyone else but counts for no institution: not in its
    # records, API, digests, nor printed on certificates in its name.
    membership = models.CharField(
        _("membership of the institution"), max_length=16, choices=Membership.choices, default=Membership.PENDING
    )
    membership_method = models.CharField(
        _("membership confirmed by"), max_length=16, choices=MembershipMethod.choices, blank=True
    )
    membership_decided_at = models.DateTimeField(_("membership decided at"), null=True, blank=True)
    membership_decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("membership decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The address the person proved by following a link we e-mailed (sign-up or password reset). It counts
    # only while it is still the account's address: an address changed since is proven by nobody.
    confirmed_email = models.EmailField(_("confirmed e-mail address"), blank=True, editable=False)
    # Secret of the personal calendar feed URL, so calendar apps can subscribe without a login.
    calendar_key = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ParticipantProfileQuerySet.as_manager()

    @property
    def email_confirmed(self):
        return bool(self.confirmed_email) and self.confirmed_email.casefold() == (self.user.email or "").casefold()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["latin_name"]

    def __str__(self):
        return self.latin_name

    @property
    def is_member_verified(self):
        return self.membership == Membership.VERIFIED

    @property
    def country(self):
        return self.institution.country

    @property
    def effective_time_zone(self):
        zone = self.time_zone or app_settings.COUNTRY_TIME_ZONES.get(self.institution.country, "UTC")
        try:
            return zoneinfo.ZoneInfo(zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")
