"""Partner institutions of the programme (universities, colleges, hospitals) in both countries."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..conf import app_settings
from ..search import translated_search_fields


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

    @property
    def default_time_zone(self):
        return app_settings.COUNTRY_TIME_ZONES.get(self.country, "UTC")
