"""Admin listings of the plugin's snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import DeleteView, SnippetViewSet

from ..models import Institution
from .admin_protection import ProtectedDeleteMixin


class InstitutionDeleteView(ProtectedDeleteMixin, DeleteView):
    pass


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    delete_view_class = InstitutionDeleteView
    icon = "site"
    menu_label = _("Institutions")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "code", "country", "city", "kind"]
    list_filter = ["country", "kind"]
    list_export = ["name", "code", "country", "city", "kind", "website"]
    ordering = ["country", "code"]
