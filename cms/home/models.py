"""The host site's home page: presents the joint programme and links to the training content."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from faculty_training.models import Institution, ProgramIndexPage
from faculty_training.search import translated_search_fields


class HomePage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = (
        Page.search_fields + translated_search_fields("title", boost=2) + translated_search_fields("intro", "body")
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["faculty_training.ProgramIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["program_indexes"] = ProgramIndexPage.objects.child_of(self).live().public().order_by("path")
        institutions = list(Institution.objects.order_by("country", "code"))
        context["countries"] = [
            (label, [institution for institution in institutions if institution.country == code])
            for code, label in Institution.Country.choices
        ]
        return context
