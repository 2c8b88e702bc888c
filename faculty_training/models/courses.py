"""Courses of a programme and the modules a participant studies in them."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .. import roles
from ..blocks import ModuleBodyBlock
from ..conf import app_settings
from ..fields import LanguageListField
from ..search import translated_search_fields
from .credentials import MAX_CREDIT_RECOGNITIONS


class Discipline(models.TextChoices):
    MEDICINE = "medicine", _("Medicine")
    DENTISTRY = "dentistry", _("Dentistry")
    NURSING = "nursing", _("Nursing")
    PUBLIC_HEALTH = "public_health", _("Public health")
    MEDICAL_EDUCATION = "medical_education", _("Medical education")
    PHARMACY = "pharmacy", _("Pharmacy")
    BASIC_SCIENCES = "basic_sciences", _("Basic medical sciences")


class CoursePage(Page):
    """A course: what it teaches, for whom, its CPD hours and its completion rules."""

    intro = models.TextField(_("introduction"), blank=True)
    audience = models.TextField(_("audience"), blank=True, help_text=_("Who the course is for."))
    outcomes = RichTextField(
        _("learning outcomes"),
        blank=True,
        features=["ol", "ul", "bold", "italic"],
        help_text=_("A list of what participants will be able to do."),
    )
    discipline = models.CharField(
        _("discipline"), max_length=32, choices=Discipline.choices, default=Discipline.MEDICINE
    )
    cpd_hours = models.DecimalField(
        _("CPD hours"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("500"))],
    )
    delivery_languages = LanguageListField(_("languages of delivery"))
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("Leave empty to use the programme's default."),
    )
    has_live_sessions = models.BooleanField(
        _("has live sessions"),
        default=True,
        help_text=_(
            "Untick for a self-paced course without sessions. A course with live sessions is complete only "
            "after all its sessions have been held and the participant attended enough of them."
        ),
    )
    lead_facilitators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lead facilitators"),
        blank=True,
        related_name="led_courses",
        limit_choices_to={"groups__name": roles.FACILITATORS},
    )
    certificate_valid_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the certificate does not expire."),
    )
    is_enrolment_open = models.BooleanField(_("open for enrolment"), default=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("The most participants who can enrol; empty for no limit.")
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("audience"),
        FieldPanel("outcomes"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("discipline"), FieldPanel("cpd_hours")]),
                FieldPanel("delivery_languages"),
                FieldRowPanel([FieldPanel("has_live_sessions"), FieldPanel("min_attendance_percent")]),
                FieldPanel("lead_facilitators"),
            ],
            heading=_("Course details"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("is_enrolment_open"), FieldPanel("capacity")])], heading=_("Enrolment")
        ),
        MultiFieldPanel(
            [
                FieldPanel("certificate_valid_months"),
                InlinePanel("credit_recognitions", label=_("CPD recognition"), max_num=MAX_CREDIT_RECOGNITIONS),
            ],
            heading=_("Certificate and CPD credit"),
        ),
    ]
    search_fields = (
        Page.search_fields
        + translated_search_fields("title", boost=2)
        + translated_search_fields("intro", "audience", "outcomes")
    )

    parent_page_types = ["faculty_training.ProgramPage"]
    subpage_types = ["faculty_training.ModulePage"]
    translation_status_fields = ("title", "intro", "audience", "outcomes")

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def effective_min_attendance_percent(self):
        if self.min_attendance_percent is not None:
            return self.min_attendance_percent
        programme = self.get_parent().specific
        return getattr(programme, "default_min_attendance_percent", 0)

    def modules(self):
        return ModulePage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = list(self.modules())
        context["modules"] = modules
        context["total_minutes"] = sum(module.estimated_minutes for module in modules)
        context["required_count"] = sum(1 for module in modules if module.is_required)
        context["facilitators"] = list(self.lead_facilitators.all())
        from .sessions import TrainingSession

        context["sessions"] = list(TrainingSession.objects.filter(course=self).order_by("starts_at"))
        context["enrollment"] = None
        if request.user.is_authenticated:
            from .enrollment import Enrollment, ModuleProgress

            context["enrollment"] = Enrollment.objects.filter(participant=request.user, course=self).first()
            if context["enrollment"] is not None:
                done = set(
                    ModuleProgress.objects.filter(participant=request.user, course=self).values_list(
                        "module_id", flat=True
                    )
                )
                context["done_module_ids"] = done
                # What completion was decided on (stored facts), so the page never contradicts it.
                context["completion"] = context["enrollment"].completion
                context["count_earlier_sessions"] = app_settings.COUNT_SESSIONS_BEFORE_ENROLMENT
        return context


class ModulePage(Page):
    """A unit of study inside a course."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=30, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    is_required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Participants must study required modules to complete the course."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("is_required")]),
        FieldPanel("body"),
    ]
    search_fields = (
        Page.search_fields + translated_search_fields("title", boost=2) + translated_search_fields("intro", "body")
    )

    parent_page_types = ["faculty_training.CoursePage"]
    subpage_types = []
    translation_status_fields = ("title", "intro", "body")

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = list(
            ModulePage.objects.sibling_of(self).live().public().order_by("path").only("id", "path", "url_path", "title")
        )
        position = next((i for i, page in enumerate(siblings) if page.pk == self.pk), None)
        if position is not None:
            context["previous_module"] = siblings[position - 1] if position > 0 else None
            context["next_module"] = siblings[position + 1] if position + 1 < len(siblings) else None
        context["course"] = self.get_parent().specific
        context["enrollment"] = context["is_done"] = None
        if request.user.is_authenticated:
            from .enrollment import Enrollment, ModuleProgress

            context["enrollment"] = (
                Enrollment.objects.filter(participant=request.user, course_id=context["course"].pk)
                .exclude(status=Enrollment.Status.WITHDRAWN)
                .first()
            )
            context["is_done"] = ModuleProgress.objects.filter(participant=request.user, module=self).exists()
        return context
