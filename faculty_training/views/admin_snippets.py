"""Admin listings of the plugin's snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import DeleteView, SnippetViewSet

from ..models import CreditScheme, Institution, IssuerKey
from .admin_lists import RelatedColumnsSnippetIndexView
from .admin_protection import ProtectedDeleteMixin


class ProtectedSnippetDeleteView(ProtectedDeleteMixin, DeleteView):
    pass


class InstitutionViewSet(SnippetViewSet):
    index_view_class = RelatedColumnsSnippetIndexView
    model = Institution
    delete_view_class = ProtectedSnippetDeleteView
    icon = "site"
    menu_label = _("Institutions")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "code", "country", "city", "kind"]
    list_filter = ["country", "kind"]
    list_export = ["name", "code", "country", "city", "kind", "website"]
    ordering = ["country", "code"]


class CreditSchemeViewSet(SnippetViewSet):
    """CPD credit schemes are data: administrators add a country's scheme and its rate here."""

    model = CreditScheme
    delete_view_class = ProtectedSnippetDeleteView
    icon = "tasks"
    menu_label = _("CPD credit schemes")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "code", "country", "basis", "credits_per_hour"]
    ordering = ["country", "code"]


class IssuerKeyViewSet(SnippetViewSet):
    """Public halves of the issuers' signing keys, read-only: make_issuer_key creates them."""

    index_view_class = RelatedColumnsSnippetIndexView
    model = IssuerKey
    icon = "key"
    menu_label = _("Issuer keys")
    add_to_settings_menu = True
    list_display = ["institution", "key_id", "created_at", "retired_at", "compromised_at"]
    inspect_view_enabled = True
