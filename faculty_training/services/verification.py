"""What the public verify page says about a certificate, cached as data that is the same for everyone.

The cache holds the verification *result* (the printed facts and the outcome of the signature,
issuer, status and expiry checks) per code and language, never the rendered page: the page carries
the viewer's header, flash messages and CSRF token, which must not reach anybody else. Any save of
a certificate (revocation, late signing, an administrator's edit) drops its entries, and after the
transaction commits once more, so a request that read the old row cannot put it back.
"""

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation

from ..conf import language_codes
from ..credits import credit_line
from ..models import Certificate
from .credentials import verify_certificate

VERIFY_CACHE_SECONDS = 60


def verify_cache_key(code, language):
    # "same-for-everyone": nothing of the viewer goes into the value, so the key names nobody.
    return f"faculty_training:verify:same-for-everyone:{language}:{code}"


def verify_cache_forget(certificate):
    keys = [verify_cache_key(certificate.verification_code, language) for language in language_codes()]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def _in(mapping, language):
    return mapping.get(language) or mapping["en"]


def _result(certificate, language):
    snapshot = certificate.snapshot
    return {
        "certificate": certificate,
        "holder": snapshot["holder"],
        "course_title": _in(snapshot["course"]["title"], language),
        "programme_title": _in(snapshot["programme"]["title"], language),
        "issuer_name": _in(snapshot["issuing_institution"]["name"], language),
        "cpd_hours": snapshot["course"]["cpd_hours"],
        "completed_on": snapshot["completed_on"],
        "valid_until": snapshot.get("valid_until"),
        "credits": [
            {"line": credit_line(credit, language), "reference": credit.get("reference", "")}
            for credit in snapshot.get("credits", [])
        ],
        "check": verify_certificate(certificate),
    }


def verification_result(code, language):
    """The verify page's facts for a normalised code in ``language``, or None for an unknown code.

    Unknown codes are not cached: they are rate limited, and caching them would let anyone fill
    the cache with guesses.
    """
    key = verify_cache_key(code, language)
    result = cache.get(key)
    if result is None:
        certificate = Certificate.objects.filter(verification_code=code).first()
        if certificate is None:
            return None
        with translation.override(language):
            result = _result(certificate, language)
        cache.set(key, result, VERIFY_CACHE_SECONDS)
    valid_until = result["valid_until"]
    return {**result, "expired": bool(valid_until) and valid_until < timezone.localdate().isoformat()}
