"""Partner institutions of the programme (universities, colleges, hospitals) in both countries."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..conf import app_settings
from ..search import translated_search_fields

DOMAIN_PATTERN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def domain_list(text):
    """'AKU.edu,  pk.aku.edu' -> ['aku.edu', 'pk.aku.edu']: separated by spaces or commas, lower case."""
    return [part.strip().lower().lstrip("@") for part in re.split(r"[\s,;]+", text or "") if part.strip()]


def validate_email_domains(value):
    wrong = [domain for domain in domain_list(value) if not DOMAIN_PATTERN.match(domain)]
    if wrong:
        raise ValidationError(
            _("Not a domain name: %(domains)s."), params={"domains": ", ".join(wrong)}, code="email_domains"
        )


class Institution(index.Indexed, models.Model):
    class Country(models.TextChoices):
        PAKISTAN = "PK", _("Pakistan")
        KAZAKHSTAN = "KZ", _("Kazakhstan")

    class Kind(models.TextChoices):
        MEDICAL_UNIVERSITY = "medical_university", _("Medical university")
        DENTAL_COLLEGE = "dental_college", _("Dental college")
        TEACHING_HOSPITAL = "teaching_hospital", _("Teaching hospital")
        REGULATOR = "regulator", _("Regulator or ministry")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=255)
    code = models.CharField(
        _("short code"),
        max_length=20,
        unique=True,
        validators=[
            RegexValidator(
                r"^[A-Z0-9][A-Z0-9-]*$",
                _("Use capital Latin letters, digits and hyphens, for example PK-ISB-MU."),
            )
        ],
        help_text=_("A stable code used in imports and exports, for example PK-ISB-MU."),
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    city = models.CharField(_("city"), max_length=100)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.MEDICAL_UNIVERSITY)
    website = models.URLField(_("website"), blank=True)
    email_domains = models.CharField(
        _("e-mail domains"),
        max_length=500,
        blank=True,
        validators=[validate_email_domains],
        help_text=_(
            "Domains of the institution's staff e-mail addresses, separated by spaces, for example aku.edu pk.aku.edu. "
            "A person who confirms an address at one of them is accepted as the institution's faculty without "
            "waiting for the coordinator."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("country"),
        FieldPanel("city"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("email_domains"),
        FieldPanel("logo"),
    ]

    search_fields = translated_search_fields("name", "city") + [
        index.AutocompleteField("name_en"),
        index.SearchField("code"),
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ["country", "code"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")

    def __str__(self):
        return self.name

    def has_email_domain(self, email):
        """Whether ``email`` is at one of the institution's domains or a subdomain of one."""
        domain = (email or "").rpartition("@")[2].strip().lower()
        return bool(domain) and any(
            domain == listed or domain.endswith("." + listed) for listed in domain_list(self.email_domains)
        )

    @property
    def default_time_zone(self):
        return app_settings.COUNTRY_TIME_ZONES.get(self.country, "UTC")
