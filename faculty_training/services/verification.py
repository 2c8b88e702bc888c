"""What this site confirms about a certificate: its own records behind the signature, and the
verify page's result, cached as data that is the same for everyone.

A signature proves only that someone holding the key signed the text. A retired or stolen key can
sign a credential for a serial that was never issued, or with other names, dated whenever its
holder likes. So the verify page (pasted credentials, scanned QR codes, codes) also asks the
records: the serial must be one we issued, the signed content must be the stored certificate's,
and the key must have been trustworthy when *we* issued it (before its retirement, before a
reported compromise), by our ``issued_at``, not by a date the signer chose.
"""

from decimal import Decimal, InvalidOperation

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..conf import language_codes
from ..credits import credit_line
from ..exceptions import ServiceError
from ..models import Certificate, IssuerKey
from .credentials import _iso, _say, credentials_sign_missing, issuer_key_create, status_list_publish, verify_text

VERIFY_CACHE_SECONDS = 60


def verify_cache_key(code, language):
    # "same-for-everyone": nothing of the viewer goes into the value, so the key names nobody.
    return f"faculty_training:verify:same-for-everyone:{language}:{code}"


def verify_cache_forget(codes):
    """Drop the cached results of these codes now and again after commit, so that a request that
    read the old row cannot put it back."""
    keys = [verify_cache_key(code, language) for code in codes for language in language_codes()]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def _number(value):
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return str(value)


def _signed_content(fields):
    return {
        "serial": fields.get("serial"),
        "code": fields.get("code"),
        "names": list(fields.get("names") or []),
        "course": fields.get("course"),
        "hours": _number(fields.get("hours")),
        "completed_on": fields.get("completed_on"),
        "issued_on": fields.get("issued_on"),
        "valid_until": fields.get("valid_until") or "",
        "credits": [(str(code), _number(value)) for code, value in fields.get("credits") or []],  # pairs
    }


def _recorded_content(certificate):
    snapshot = certificate.snapshot
    holder = snapshot["holder"]
    return {
        "serial": certificate.serial,
        "code": certificate.verification_code,
        "names": [name for name in (holder["latin_name"], holder.get("native_name")) if name],
        "course": snapshot["course"]["title"]["en"],
        "hours": _number(snapshot["course"]["cpd_hours"]),
        "completed_on": snapshot["completed_on"],
        "issued_on": snapshot["issued_on"],
        "valid_until": snapshot.get("valid_until") or "",
        "credits": [(credit["code"], _number(credit["credits"])) for credit in snapshot.get("credits", [])],
    }


def _check_record(result, certificate):
    """Add the "record" check: the serial exists, the content is ours, the key could have signed it."""
    key = result.key
    if certificate is None:
        result.add("record", False, _("This site has no record of a certificate with this serial number."))
        return
    issuer = certificate.snapshot.get("issuing_institution") or {}
    if _signed_content(result.fields) != _recorded_content(certificate) or issuer.get("code") != key.institution.code:
        result.add(
            "record",
            False,
            _say(
                _("The signed details differ from this site's record of certificate %(serial)s."),
                serial=certificate.serial,
            ),
        )
    elif key.compromised_at is not None and certificate.issued_at >= key.compromised_at:
        result.add(
            "record",
            False,
            _say(
                _(
                    "Key %(key)s was reported compromised before this certificate was issued; only the certificate "
                    "signed again with the issuer's new key is valid."
                ),
                key=key.short_id,
            ),
        )
    elif key.retired_at is not None and certificate.issued_at >= key.retired_at:
        result.add(
            "record",
            False,
            _say(
                _("Key %(key)s was retired before this certificate was issued, so it did not sign it."),
                key=key.short_id,
            ),
        )
    else:
        result.add(
            "record", True, _say(_("Matches this site's record of certificate %(serial)s."), serial=certificate.serial)
        )


def verify_on_site(text, now=None):
    """``verify_text``, then this site's records: the certificate must exist and be the one signed,
    and a revocation the signed list does not show yet (a list that could not be re-signed) counts."""
    result = verify_text(text, now=now)
    if result.key is None:  # the signature itself failed: nothing to compare
        return result
    certificate = Certificate.objects.filter(serial=result.fields.get("serial") or "").first()
    _check_record(result, certificate)
    if certificate is not None and certificate.is_revoked and not result.revoked:
        result.revoked = True
        result.checks = [check for check in result.checks if check[0] != "status"]
        result.add("status", False, _("Revoked, according to this site's records."))
    elif certificate is not None and certificate.is_under_review:
        result.under_review = True
        result.add(
            "review",
            False,
            _("Under review: the record it rests on changed, and the issuer has not yet decided whether it stands."),
        )
    return result


def verify_certificate(certificate, now=None):
    """The same checks for a certificate found by its code: its stored credential, verified."""
    if not certificate.credential:
        return None
    return verify_on_site(certificate.credential, now=now)


def issuer_key_report_compromised(*, issuer_key, since, reported_by=None):
    """A key was stolen or leaked at ``since``: withdraw it, rotate, and sign its certificates again.

    From now on the key is not published (jwks.json, did.json), the site refuses whatever it
    signed for certificates issued at or after ``since`` (by our records), and every certificate
    it signed is signed again with the institution's new key, so genuine certificates verify
    offline once more. Returns (the new key or None, how many certificates were signed again).
    Raises KeyDirectoryMissing after withdrawing the key if no new key can be made.
    """
    now = timezone.now()
    if since > now:
        raise ServiceError(_("The time of the compromise cannot be in the future."), "future")
    since = min(since, issuer_key.compromised_at or since)
    was_active = issuer_key.retired_at is None
    IssuerKey.objects.filter(pk=issuer_key.pk).update(compromised_at=since, retired_at=issuer_key.retired_at or now)
    issuer_key.refresh_from_db()
    log(
        instance=issuer_key,
        action="faculty_training.issuer_key_compromised",
        user=reported_by,
        data={"key": issuer_key.short_id, "since": _iso(since)},
    )
    affected = list(Certificate.objects.filter(issuer_key=issuer_key).values_list("verification_code", flat=True))
    verify_cache_forget(affected)
    new_key = None
    if was_active:
        try:
            new_key = issuer_key_create(issuer_key.institution)
        except Exception:
            status_list_publish(issuer_key.institution)  # no usable key: the list is withdrawn
            raise
    signed = credentials_sign_missing()
    verify_cache_forget(affected)
    return new_key, signed


# --- the verify page's result, cached per code and language ---------------------------------------
# The cache holds the verification *result* (the printed facts and the outcome of the checks), never
# the rendered page: the page carries the viewer's header, flash messages and CSRF token, which must
# not reach anybody else. Any save of a certificate drops its entries (signals.py).


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
