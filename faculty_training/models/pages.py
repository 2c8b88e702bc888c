"""Content pages of the plugin: the programme index and, below it, programmes."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..search import translated_search_fields


class ProgramIndexPage(Page):
    """Lists the joint training programmes; the host places it below its home page."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + translated_search_fields("title", boost=2) + translated_search_fields("intro")

    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme index")
        verbose_name_plural = _("programme indexes")
