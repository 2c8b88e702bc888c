"""Public documents verifiers fetch: keys, DID documents, status lists, achievements; the holder's credential."""

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from ..models import Certificate, CoursePage, Institution
from ..services.certificates import certificate_may_download
from ..services.credentials import (
    achievement_document,
    credential_document,
    did_document,
    jwks,
    status_list_token,
)

PUBLIC_SECONDS = 300


def _public(response, seconds=PUBLIC_SECONDS):
    # Nothing of the visitor is in these documents: any cache may keep them, for anybody.
    response.is_same_for_everyone = True
    patch_cache_control(response, public=True, max_age=seconds)
    response["Access-Control-Allow-Origin"] = "*"  # verifiers run in other sites' pages too
    return response


@require_safe
def jwks_view(request):
    return _public(JsonResponse(jwks(), content_type="application/jwk-set+json"))


@require_safe
def did_view(request, code):
    institution = get_object_or_404(Institution, code=code)
    document = did_document(institution)
    if not document["verificationMethod"]:
        raise Http404
    return _public(JsonResponse(document, content_type="application/did+json"))


@require_safe
def status_list_view(request, code):
    institution = get_object_or_404(Institution, code=code)
    token = status_list_token(institution)
    if not token:
        raise Http404
    # Short caching: a revocation must reach verifiers within a minute.
    return _public(HttpResponse(token, content_type="application/vc+jwt"), seconds=60)


@require_safe
def achievement_view(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    achievement = achievement_document(course)
    return _public(JsonResponse(achievement, json_dumps_params={"ensure_ascii": False}))


def credential_download(request, serial):
    """The holder's Open Badges 3.0 credential as JSON (credential plus its compact JWS)."""
    certificate = Certificate.objects.filter(serial=serial).select_related("issuer_key__institution").first()
    if certificate is None or not certificate.credential or not certificate_may_download(request.user, certificate):
        raise Http404
    response = JsonResponse(credential_document(certificate), json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="credential-{certificate.serial}.json"'
    response["Cache-Control"] = "no-store"
    return response
