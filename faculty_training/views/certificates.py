"""Certificates for their holders, and public verification by code or QR."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_http_methods

from ..conf import app_settings
from ..models import Certificate
from ..params import clean_text
from ..ratelimit import verify_attempt
from ..services.certificates import certificate_may_download, certificate_pdf, verification_code_normalize
from ..services.verification import VERIFY_CACHE_SECONDS, verification_result, verify_on_site

SIGNED_TEXT_MAX = 20000  # a credential is about 3,000 characters, a QR payload about 500


def certificate_download(request, serial):
    certificate = Certificate.objects.filter(serial=serial).first()
    # Anyone but the holder and staff gets the same 404 as for a serial that does not exist.
    if certificate is None or not certificate_may_download(request.user, certificate):
        raise Http404
    response = HttpResponse(certificate_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.serial}.pdf"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _limited(request):
    if not verify_attempt(request).allowed:  # every look-up counts, found or not
        return render(request, "faculty_training/verify/verify.html", {"limited": True}, status=429)
    return None


@require_http_methods(["GET", "HEAD", "POST"])
def verify_form(request):
    code = request.POST.get("code") or request.GET.get("code")
    if code is not None:
        code = clean_text(code, 200)
        normalized = verification_code_normalize(code)
        if normalized:
            return redirect("faculty_training_verify:result", code=normalized)
        limited = _limited(request)
        if limited:
            return limited
        return render(request, "faculty_training/verify/verify.html", {"not_found": True, "code": code[:40]})
    return render(request, "faculty_training/verify/verify.html", {})


@require_http_methods(["POST"])
def verify_signed(request):
    """Check a pasted credential (VC-JWT) or the text of a scanned QR code, as an offline verifier would."""
    limited = _limited(request)
    if limited:
        return limited
    text = clean_text(request.POST.get("signed", ""), SIGNED_TEXT_MAX)
    if not text.strip():
        return render(request, "faculty_training/verify/verify.html", {"signed_missing": True}, status=400)
    check = verify_on_site(text)
    return render(request, "faculty_training/verify/verify.html", {"check": check, "signed": text})


def _scanned_text(code, payload, signature):
    """The text the QR code held: the verify address as it was signed (the certificate's own,
    whatever the site's address is now), without a language prefix."""
    certificate = Certificate.objects.filter(verification_code=verification_code_normalize(code) or "").first()
    address = (
        certificate.snapshot["verify_url"] if certificate else f"{app_settings.SITE_URL.rstrip('/')}/verify/{code}/"
    )
    return f"{address}?p={payload}&s={signature}"


def verify_result(request, code):
    limited = _limited(request)
    if limited:
        return limited
    payload = clean_text(request.GET.get("p", ""), SIGNED_TEXT_MAX)
    signature = clean_text(request.GET.get("s", ""), 200)
    if payload and signature:
        # Opened from a QR code: check the signed payload it carries, not only the code.
        return render(
            request,
            "faculty_training/verify/verify.html",
            {"check": verify_on_site(_scanned_text(code, payload, signature)), "from_qr": True},
        )
    normalized = verification_code_normalize(code)
    context = verification_result(normalized, translation.get_language()) if normalized else None
    if context is None:
        return render(
            request, "faculty_training/verify/verify.html", {"not_found": True, "code": code[:40]}, status=404
        )
    response = render(request, "faculty_training/verify/verify.html", context)
    # Only the result is cached on the server; the page itself carries the viewer's header.
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    else:
        patch_cache_control(response, public=True, max_age=VERIFY_CACHE_SECONDS)
    return response
