"""Content pages: the programme index and the programmes below it."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..search import translated_search_fields

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class ProgramIndexPage(Page):
    """Lists the joint training programmes; the host places it below its home page."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + translated_search_fields("title", boost=2) + translated_search_fields("intro")

    subpage_types = ["faculty_training.ProgramPage"]
    max_count_per_parent = 1
    translation_status_fields = ("title", "intro")

    class Meta:
        verbose_name = _("programme index")
        verbose_name_plural = _("programme indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = (
            ProgramPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-start_date", "path")
            .prefetch_related("partner_institutions")
        )
        return context


class ProgramPage(Page):
    """A joint programme: its partners, dates and the completion policy its courses inherit."""

    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences shown in listings."))
    body = RichTextField(_("body"), blank=True, features=RICH_TEXT_FEATURES)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    partner_institutions = ParentalManyToManyField(
        "faculty_training.Institution",
        verbose_name=_("partner institutions"),
        blank=True,
        related_name="programmes",
    )
    issuing_institution = models.ForeignKey(
        "faculty_training.Institution",
        verbose_name=_("issuing institution"),
        null=True,
        on_delete=models.PROTECT,
        related_name="issued_programmes",
        help_text=_(
            "The institution in whose name, and with whose key, certificates of this programme are issued. "
            "Required: a participant's own institution never signs."
        ),
    )
    signatory_1_name = models.CharField(_("first signatory"), max_length=150, blank=True)
    signatory_1_title = models.CharField(_("title of the first signatory"), max_length=150, blank=True)
    signatory_2_name = models.CharField(_("second signatory"), max_length=150, blank=True)
    signatory_2_title = models.CharField(_("title of the second signatory"), max_length=150, blank=True)
    default_min_attendance_percent = models.PositiveSmallIntegerField(
        _("default minimum attendance (%)"),
        default=75,
        validators=[MaxValueValidator(100)],
        help_text=_("Used by courses that do not set their own minimum."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("partner_institutions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("issuing_institution"),
                FieldPanel("default_min_attendance_percent"),
            ],
            heading=_("Programme details"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("signatory_1_name"), FieldPanel("signatory_1_title")]),
                FieldRowPanel([FieldPanel("signatory_2_name"), FieldPanel("signatory_2_title")]),
            ],
            heading=_("Certificate signatories"),
        ),
    ]
    search_fields = (
        Page.search_fields + translated_search_fields("title", boost=2) + translated_search_fields("summary", "body")
    )

    parent_page_types = ["faculty_training.ProgramIndexPage"]
    subpage_types = ["faculty_training.CoursePage"]
    translation_status_fields = ("title", "summary", "body")

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    def get_context(self, request, *args, **kwargs):
        from .courses import CoursePage

        context = super().get_context(request, *args, **kwargs)
        from django.utils import timezone

        from .sessions import TrainingSession

        courses = list(CoursePage.objects.child_of(self).live().public().order_by("path"))
        upcoming = TrainingSession.objects.filter(
            course__in=courses, status=TrainingSession.Status.SCHEDULED, ends_at__gte=timezone.now()
        ).order_by("starts_at")
        next_session = {}
        for session in upcoming:
            next_session.setdefault(session.course_id, session)
        for course in courses:
            course.next_session = next_session.get(course.pk)
        context["courses"] = courses
        partners = list(self.partner_institutions.all())
        context["partners_by_country"] = [
            (label, [institution for institution in partners if institution.country == code])
            for code, label in self.partner_institutions.model.Country.choices
        ]
        return context
