"""Admin screens for who may read records: coordinators and institutions' API tokens."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import Institution, InstitutionApiToken, InstitutionCoordinator
from ..models.records import hash_token
from ..params import bounded_int, clean_text
from .admin_lists import PersonColumn, RelatedColumnsIndexView

PERMISSION = "faculty_training.add_institutionapitoken"


class CoordinatorViewSet(ModelViewSet):
    index_view_class = RelatedColumnsIndexView
    model = InstitutionCoordinator
    icon = "user"
    menu_label = gettext_lazy("Coordinators")
    add_to_settings_menu = True
    list_display = [PersonColumn("user", label=gettext_lazy("Coordinator"), accessor="user"), "institution"]
    list_filter = ["institution"]
    copy_view_enabled = False


def api_tokens(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    new_secret = None
    if request.method == "POST":
        institution_id = bounded_int(request.POST.get("institution"))
        institution = Institution.objects.filter(pk=institution_id).first() if institution_id else None
        name = clean_text(request.POST.get("name", ""), 100).strip()
        if institution is None or not name:
            messages.error(request, _("Choose an institution and give the token a name."))
        else:
            new_secret = InstitutionApiToken.new_secret()
            InstitutionApiToken.objects.create(
                institution=institution,
                name=name,
                token_hash=hash_token(new_secret),
                prefix=new_secret[:8],
                created_by=request.user,
            )
    return TemplateResponse(
        request,
        "faculty_training/admin/api_tokens.html",
        {
            "tokens": InstitutionApiToken.objects.select_related("institution").order_by("-created_at"),
            "institutions": Institution.objects.order_by("country", "code"),
            "new_secret": new_secret,
        },
    )


@require_POST
def revoke_api_token(request, token_id):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    token = get_object_or_404(InstitutionApiToken, pk=token_id)
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        messages.success(request, _("The token is revoked."))
    return redirect("faculty_training_api_tokens")
