"""Admin listings of the plugin's snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import Institution


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "site"
    menu_label = _("Institutions")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "code", "country", "city", "kind"]
    list_filter = ["country", "kind"]
    list_export = ["name", "code", "country", "city", "kind", "website"]
    ordering = ["country", "code"]
