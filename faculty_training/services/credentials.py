"""Signed credentials for certificates: issuer keys, Open Badges 3.0 VC-JWTs, QR payloads, status lists.

Formats followed (the README says where we depart from them):
- Open Badges 3.0 (1EdTech), ``OpenBadgeCredential`` on the W3C Verifiable Credentials Data Model
  2.0, secured as a VC-JWT (OB 3.0 §8.2 "JSON Web Token Proof Format") with ``alg: ES256`` (RFC 7518)
  or ``alg: EdDSA`` (RFC 8037), whichever kind of key the issuer has.
- W3C Bitstring Status List v1.0 for revocation, the list itself a signed VC-JWT.
- did:web identifiers for issuers: ``did:web:<host>:issuers:<CODE>`` → ``/issuers/<CODE>/did.json``.
"""

import logging
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.translation import gettext as _

from ..conf import app_settings
from ..credentials import crypto
from ..models import Certificate, Institution, IssuerKey, StatusList

logger = logging.getLogger(__name__)

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"


# --- identifiers --------------------------------------------------------------------------------


def _site():
    return app_settings.SITE_URL.rstrip("/")


def did_for(institution_code):
    host = quote(urlsplit(_site()).netloc, safe="")
    return f"did:web:{host}:issuers:{institution_code}"


def kid_for(issuer_key):
    return f"{did_for(issuer_key.institution.code)}#{issuer_key.key_id}"


# Namespace of the holders' subject ids (a UUID of our own, fixed forever: changing it changes every id).
SUBJECT_NAMESPACE = uuid.UUID("5d0f6a52-2b0e-4c43-9a4e-7f3c1b8a9e21")


def subject_id_for(verify_url):
    """The credential subject's id: a ``urn:uuid`` derived from the certificate's verify address.

    OB 3.0 wants a subject id (the JWT's ``sub``). This one is stable for the certificate (signing it
    again keeps it) and says nothing about the person: no e-mail, account or name goes into it, only
    the address the credential already carries as its own ``id``.
    """
    return f"urn:uuid:{uuid.uuid5(SUBJECT_NAMESPACE, verify_url)}"


def status_list_url(institution_code):
    return _site() + reverse("faculty_training_credentials:status_list", args=[institution_code])


# --- keys -------------------------------------------------------------------------------------


class KeyDirectoryMissing(RuntimeError):
    pass


def key_directory():
    if not app_settings.ISSUER_KEY_DIR:
        raise KeyDirectoryMissing("FACULTY_TRAINING_ISSUER_KEY_DIR is not set")
    return Path(app_settings.ISSUER_KEY_DIR)


def _key_path(institution_code, key_id):
    return key_directory() / f"{institution_code}.{key_id}.pem"


def issuer_key_algorithm(institution):
    """The kind of key ``institution`` signs with: that of its latest key, else the default setting."""
    latest = IssuerKey.objects.filter(institution=institution).order_by("-created_at", "-pk").first()
    return latest.algorithm if latest else app_settings.ISSUER_KEY_ALGORITHM


def issuer_key_create(institution, algorithm=None):
    """A new key for ``institution`` (of ``algorithm``, or the kind it has: ``issuer_key_algorithm``);
    the previous one is retired but stays published."""
    algorithm = algorithm or issuer_key_algorithm(institution)
    if algorithm not in crypto.ALGORITHMS:
        raise ValueError(f"unknown key kind {algorithm!r}: one of {', '.join(crypto.ALGORITHMS)}")
    directory = key_directory()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_key = crypto.private_key_generate(algorithm)
    with transaction.atomic():
        Institution.objects.select_for_update().filter(pk=institution.pk).first()
        number = IssuerKey.objects.filter(institution=institution).count() + 1
        # A file left by a rolled-back attempt is never overwritten (O_EXCL below): skip its number.
        while (
            _key_path(institution.code, f"key-{number}").exists()
            or IssuerKey.objects.filter(institution=institution, key_id=f"key-{number}").exists()
        ):
            number += 1
        key_id = f"key-{number}"
        path = _key_path(institution.code, key_id)
        # O_EXCL: never overwrite a key file; 0600: readable by the service account only.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(crypto.private_key_pem(private_key))
        IssuerKey.objects.filter(institution=institution, retired_at__isnull=True).update(retired_at=timezone.now())
        issuer_key = IssuerKey.objects.create(
            institution=institution,
            key_id=key_id,
            algorithm=algorithm,
            public_key=crypto.b64url(crypto.public_key_encoded(private_key)),
        )
    status_list_publish(institution)
    return issuer_key


def _private_key(issuer_key):
    try:
        private_key = crypto.private_key_load(_key_path(issuer_key.institution.code, issuer_key.key_id).read_bytes())
    except (KeyDirectoryMissing, OSError, ValueError):
        logger.warning("private key of %s is not available", issuer_key)
        return None
    if crypto.public_key_encoded(private_key) != crypto.b64url_decode(issuer_key.public_key):
        logger.error("private key file of %s does not match its published key", issuer_key)
        return None
    return private_key


def signing_key(institution):
    """(IssuerKey, private key) of the institution's active key, or (None, None)."""
    issuer_key = (
        IssuerKey.objects.select_related("institution").filter(institution=institution, retired_at__isnull=True).first()
    )
    if issuer_key is None:
        return None, None
    private_key = _private_key(issuer_key)
    return (issuer_key, private_key) if private_key is not None else (None, None)


def public_key_of(issuer_key):
    return crypto.public_key_decode(crypto.b64url_decode(issuer_key.public_key), issuer_key.algorithm)


def public_jwk_of(issuer_key):
    return crypto.public_jwk(public_key_of(issuer_key), kid_for(issuer_key))


def published_keys():
    """Every key verifiers may trust: active and retired ones. A compromised key is withdrawn, because
    whoever holds it can sign backdated credentials that no offline verifier could tell apart
    (docs/security.md); what it signed is re-signed with the institution's new key."""
    return IssuerKey.objects.select_related("institution").filter(compromised_at__isnull=True)


def jwks():
    keys = published_keys().order_by("institution__code", "created_at")
    return {"keys": [public_jwk_of(key) for key in keys]}


def did_document(institution):
    did = did_for(institution.code)
    keys = list(published_keys().filter(institution=institution).order_by("created_at"))
    methods = [
        {
            "id": kid_for(key),
            "type": "JsonWebKey",
            "controller": did,
            "publicKeyJwk": public_jwk_of(key),
        }
        for key in keys
    ]
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"],
        "id": did,
        "alsoKnownAs": [_site()],
        "verificationMethod": methods,
        # Retired keys stay here: what they signed must still verify (compromised ones do not).
        "assertionMethod": [method["id"] for method in methods],
    }


# --- status lists -------------------------------------------------------------------------------


def _status_index_allocate(institution):
    status_list, _created = StatusList.objects.select_for_update().get_or_create(institution=institution)
    index = status_list.next_index
    status_list.next_index += 1
    status_list.save(update_fields=["next_index"])
    return index


@transaction.atomic
def status_list_publish(institution):
    """Sign the institution's revocation list again (after a revocation or a new key).

    The list's row is locked first, so concurrent revocations publish one after the other and the
    last one includes both. Without a usable key the stored list is blanked: verifiers then see
    "status unknown" rather than an old list that misses a revocation.
    """
    status_list, _created = StatusList.objects.select_for_update().get_or_create(institution=institution)
    issuer_key, private_key = signing_key(institution)
    if issuer_key is None:
        if status_list.credential:
            logger.error("status list of %s not re-signed: no usable signing key", institution.code)
            status_list.credential, status_list.updated_at = "", timezone.now()
            status_list.save(update_fields=["credential", "updated_at"])
        return None
    revoked = list(
        Certificate.objects.filter(
            issuer_key__institution=institution, status_index__isnull=False, revoked_at__isnull=False
        ).values_list("status_index", flat=True)
    )
    size = crypto.STATUS_LIST_MIN_BITS * (1 + max([status_list.next_index, *revoked]) // crypto.STATUS_LIST_MIN_BITS)
    url = status_list_url(institution.code)
    now = timezone.now().replace(microsecond=0)
    credential = {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": did_for(institution.code),
        "validFrom": _iso(now),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": crypto.status_list_encode(revoked, size=size),
        },
    }
    claims = {**credential, "iss": credential["issuer"], "jti": url, "nbf": int(now.timestamp())}
    # typ as served (application/vc+jwt), per VC-JOSE-COSE; a certificate's VC-JWT keeps OB 3.0's "JWT".
    token = crypto.jws_sign(claims, private_key, kid=kid_for(issuer_key), typ="vc+jwt")
    status_list.credential, status_list.updated_at = token, now
    status_list.save(update_fields=["credential", "updated_at"])
    return token


def status_list_token(institution):
    status_list = StatusList.objects.filter(institution=institution).first()
    if status_list is None or not status_list.credential:
        return status_list_publish(institution)
    return status_list.credential


# --- the credential -----------------------------------------------------------------------------


def _iso(moment):
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _number(text):
    value = Decimal(str(text))
    return int(value) if value == value.to_integral_value() else float(value)


# What earning the achievement takes (OB 3.0 Criteria.narrative); English, as the credential's inLanguage.
CRITERIA_NARRATIVE = (
    "Studied every required module of the course and attended the required share of its live sessions, "
    "as recorded by the programme."
)


def achievement_url(course_id):
    return _site() + reverse("faculty_training_credentials:achievement", args=[course_id])


def achievement_document(course):
    """The Achievement an achievement id names (OB 3.0 §B.1.1): what the course's credentials embed,
    with the course as it is now (a credential keeps the snapshot it was issued with)."""
    programme = course.get_parent().specific
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": achievement_url(course.pk),
        "type": ["Achievement"],
        "achievementType": "CertificateOfCompletion",
        "name": course.title_en,
        "description": programme.title_en,
        "criteria": {"narrative": CRITERIA_NARRATIVE},
        "creditsAvailable": _number(course.cpd_hours),
        "fieldOfStudy": course.discipline,
        "inLanguage": "en",
    }


def credential_build(certificate, issuer_key, status_index):
    """The Open Badges 3.0 credential of a certificate, from its snapshot (not yet signed)."""
    snapshot = certificate.snapshot
    code = issuer_key.institution.code
    did = did_for(code)
    holder = snapshot["holder"]
    course = snapshot["course"]
    identifiers = [
        {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": holder["latin_name"]}
    ]
    if holder.get("native_name"):
        identifiers.append(
            {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": holder["native_name"]}
        )
    achievement_id = achievement_url(certificate.course_id)
    credits = snapshot.get("credits", [])
    achievement = {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": "CertificateOfCompletion",
        "name": course["title"]["en"],
        "description": snapshot["programme"]["title"]["en"],
        "criteria": {"narrative": CRITERIA_NARRATIVE},
        "creditsAvailable": _number(course["cpd_hours"]),
        "fieldOfStudy": course.get("discipline", ""),
        "inLanguage": "en",
        "resultDescription": [
            {
                "id": f"{achievement_id}#credits-{credit['code']}",
                "type": ["ResultDescription"],
                "name": f"{credit['name']['en']} ({credit['unit']['en']})",
                "resultType": "ext:CPDCredits",
            }
            for credit in credits
        ],
    }
    post_test = snapshot.get("post_test")
    if post_test:
        # A course that requires a passed post-test states the score against its pass mark (OB 3.0 Result).
        achievement["resultDescription"].append(
            {
                "id": f"{achievement_id}#post-test",
                "type": ["ResultDescription"],
                "name": "Post-test score (%)",
                "resultType": "Percent",
                "requiredValue": str(post_test["pass_mark"]),
                "valueMin": "0",
                "valueMax": "100",
            }
        )
    subject = {
        "id": subject_id_for(snapshot["verify_url"]),
        "type": ["AchievementSubject"],
        "identifier": identifiers,
        "achievement": achievement,
        "creditsEarned": _number(course["cpd_hours"]),
        "activityEndDate": f"{snapshot['completed_on']}T00:00:00Z",
        "result": [
            {
                "type": ["Result"],
                "resultDescription": f"{achievement_id}#credits-{credit['code']}",
                "value": credit["credits"],
            }
            for credit in credits
        ],
    }
    if post_test:
        subject["result"].append(
            {
                "type": ["Result"],
                "resultDescription": f"{achievement_id}#post-test",
                "value": post_test["score"],
                "status": "Completed",
            }
        )
    issuer_name = snapshot["issuing_institution"]["name"]["en"] if snapshot.get("issuing_institution") else code
    credential = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": snapshot["verify_url"],
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{course['title']['en']} – {snapshot['serial']}",
        "issuer": {"id": did, "type": ["Profile"], "name": issuer_name, "url": _site()},
        "validFrom": _iso(certificate.issued_at),
        "credentialSubject": subject,
        "credentialStatus": {
            "id": f"{status_list_url(code)}#{status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(status_index),
            "statusListCredential": status_list_url(code),
        },
    }
    if snapshot.get("valid_until"):
        credential["validUntil"] = f"{snapshot['valid_until']}T23:59:59Z"
    return credential


def _claims(credential):
    """VC-JWT registered claims beside the credential's own members (OB 3.0 §8.2.4)."""
    claims = {
        **credential,
        "iss": credential["issuer"]["id"],
        "sub": credential["credentialSubject"]["id"],
        "jti": credential["id"],
        "nbf": int(datetime.fromisoformat(credential["validFrom"]).timestamp()),
    }
    if credential.get("validUntil"):
        claims["exp"] = int(datetime.fromisoformat(credential["validUntil"]).timestamp())
    return claims


def qr_fields(certificate, issuer_key, status_index):
    """The compact fields a QR code carries: short keys, English course title, both names."""
    snapshot = certificate.snapshot
    fields = {
        "s": snapshot["serial"],
        "n": snapshot["holder"]["latin_name"],
        "t": snapshot["course"]["title"]["en"],
        "h": snapshot["course"]["cpd_hours"],
        "a": snapshot["attended_hours"],
        "d": snapshot["completed_on"],
        "i": snapshot["issued_on"],
        "k": issuer_key.short_id,
        "x": status_index,
    }
    if snapshot["holder"].get("native_name"):
        fields["m"] = snapshot["holder"]["native_name"]
    if snapshot.get("valid_until"):
        fields["e"] = snapshot["valid_until"]
    if snapshot.get("credits"):
        fields["c"] = [[credit["code"], credit["credits"]] for credit in snapshot["credits"]]
    return fields


def credential_sign(certificate):
    """Sign a just-issued certificate with its issuer's active key; False if no key is available."""
    issuer = certificate.snapshot.get("issuing_institution") or {}
    institution = Institution.objects.filter(code=issuer.get("code")).first()
    if institution is None:
        return False
    issuer_key, private_key = signing_key(institution)
    if issuer_key is None:
        logger.warning("certificate %s issued unsigned: %s has no signing key", certificate.serial, institution.code)
        return False
    with transaction.atomic():
        # Signed again (its key was compromised): keep its place in the institution's status list.
        keeps_index = certificate.status_index is not None and (
            certificate.issuer_key_id is None or certificate.issuer_key.institution_id == institution.pk
        )
        index = certificate.status_index if keeps_index else _status_index_allocate(institution)
        credential = credential_build(certificate, issuer_key, index)
        certificate.credential = crypto.jws_sign(_claims(credential), private_key, kid=kid_for(issuer_key))
        certificate.qr_payload = crypto.qr_payload_sign(
            certificate.snapshot["verify_url"], qr_fields(certificate, issuer_key, index), private_key
        )
        certificate.issuer_key, certificate.status_index = issuer_key, index
        certificate.save(update_fields=["credential", "qr_payload", "issuer_key", "status_index"])
    return True


def certificates_to_sign():
    """Certificates without a trustworthy signature: issued while their issuer had no key, or signed
    with a key since reported compromised (all of them: that key is no longer published)."""
    return Certificate.objects.filter(Q(credential="") | Q(issuer_key__compromised_at__isnull=False)).select_related(
        "issuer_key__institution"
    )


def credentials_sign_missing():
    """Sign (again) the ``certificates_to_sign`` with their issuer's active key; returns how many."""
    signed, issuers = 0, set()
    for certificate in certificates_to_sign().order_by("pk"):
        if credential_sign(certificate):
            signed += 1
            if certificate.is_revoked:  # revoked before it was signed: its new index must be marked
                issuers.add(certificate.issuer_key.institution)
    for institution in issuers:
        status_list_publish(institution)
    return signed


def credential_document(certificate):
    """The holder's JSON download, shaped as an Open Badges 3.0 API ``GetOpenBadgeCredentialsResponse``:
    a VC-JWT credential goes only in ``compactJwsString`` (the signed form is the credential; an
    unsigned copy beside it would be a second, unverifiable one)."""
    return {"compactJwsString": [certificate.credential]}


# --- verifying (what a relying party does; used by the verify page) -----------------------------

KEY_KIND_NAMES = {crypto.ES256: "ECDSA P-256", crypto.EDDSA: "Ed25519"}  # names of algorithms: not translated


def _say(message, **values):
    """A translated sentence as HTML, its values (key ids, dates, names) isolated and kept as written."""
    template = conditional_escape(message).replace("{", "{{").replace("}", "}}")
    return format_html(
        template.replace("%(", "{").replace(")s", "}"),
        **{name: format_html('<bdi translate="no">{}</bdi>', value) for name, value in values.items()},
    )


@dataclass
class CheckResult:
    kind: str = ""  # "credential" or "payload"
    fields: dict = field(default_factory=dict)
    checks: list = field(default_factory=list)  # (name, ok, message)
    issuer_name: str = ""
    revoked: bool = False
    under_review: bool = False
    key: IssuerKey | None = None  # the key whose signature matched

    @property
    def valid(self):
        return bool(self.checks) and all(ok for _name, ok, _message in self.checks)

    def add(self, name, ok, message):
        self.checks.append((name, ok, message))


def _key_by_kid(kid):
    """The key a kid (full DID URL, or CODE#key-N from a QR code) names, compromised ones included."""
    if not isinstance(kid, str) or "#" not in kid:
        return None
    left, key_id = kid.rsplit("#", 1)
    code = left.rsplit(":", 1)[-1]
    if left.startswith("did:") and left != did_for(code):
        return None
    return IssuerKey.objects.select_related("institution").filter(institution__code=code, key_id=key_id).first()


def _status_bit(institution, index):
    """Whether ``index`` is set in the institution's signed status list (its signature checked)."""
    token = status_list_token(institution)
    if not token:
        return None
    header = crypto.jws_header(token)
    key = _key_by_kid(header.get("kid"))
    if key is None or key.institution_id != institution.pk:
        return None
    status_credential = crypto.jws_verify(token, public_key_of(key))
    return crypto.status_list_bit(status_credential["credentialSubject"]["encodedList"], int(index))


def _institution_name(institution):
    return institution.name or institution.code


def _check_status_and_expiry(result, institution, index, valid_until, now):
    try:
        revoked = _status_bit(institution, index) if index is not None else None
    except (crypto.SignatureError, ValueError, KeyError, OSError):  # a damaged list is "unknown", not a 500
        revoked = None
    if revoked is None:
        result.add("status", False, _("The revocation list could not be read."))
    elif revoked:
        result.revoked = True
        result.add("status", False, _("Revoked: the issuer's signed revocation list marks this certificate."))
    else:
        result.add("status", True, _("Not revoked, according to the issuer's signed revocation list."))
    if not valid_until:
        result.add("expiry", True, _("Does not expire."))
    elif valid_until < now.date().isoformat():
        result.add("expiry", False, _say(_("Expired on %(date)s."), date=valid_until))
    else:
        result.add("expiry", True, _say(_("Valid until %(date)s."), date=valid_until))


def _credit_pair(code, value):
    return (str(code), str(value))


def _code_of(verify_url):
    """The verification code at the end of a certificate's verify address, as printed."""
    return str(verify_url or "").rstrip("/").rsplit("/", 1)[-1]


def _claimed_signing_time(claims):
    """The latest moment a credential claims for itself (iat, nbf, validFrom): a key reported
    compromised at T vouches for nothing that claims T or later. (A claim can be backdated; the
    site's own records catch that, see services/verification.py.)"""
    moments = [datetime.fromtimestamp(int(claims[name]), tz=UTC) for name in ("iat", "nbf") if name in claims]
    if claims.get("validFrom"):
        moments.append(datetime.fromisoformat(str(claims["validFrom"]).replace("Z", "+00:00")))
    if not moments:
        raise ValueError("no signing time")
    return max(moment if moment.tzinfo else moment.replace(tzinfo=UTC) for moment in moments)


def verify_text(text, now=None):
    """Check a pasted or scanned credential (VC-JWT) or QR payload as any verifier would."""
    now = now or timezone.now()
    result = CheckResult()
    text = (text or "").strip()
    try:
        if text.count(".") == 2 and "://" not in text:
            result.kind = "credential"
            header = crypto.jws_header(text)
            key = _key_by_kid(header.get("kid"))
            if key is None:
                result.add("signature", False, _("Signed with a key this site has never published."))
                return result
            claims = crypto.jws_verify(text, public_key_of(key))
            if not isinstance(claims, dict) or "OpenBadgeCredential" not in (claims.get("type") or []):
                result.add("signature", False, _("This is not a certificate credential."))
                return result
            subject = claims.get("credentialSubject", {})
            # OB 3.0 §8.2.4: ``sub`` is the subject's id. Credentials signed before it was added lack
            # both; one that names a different subject is not ours.
            if claims.get("sub", subject.get("id")) != subject.get("id"):
                result.add("signature", False, _("This is not a certificate credential."))
                return result
            status = claims.get("credentialStatus", {})
            result.fields = {
                "serial": claims.get("name", "").rsplit(" – ", 1)[-1],
                "code": _code_of(claims.get("id")),
                "names": [item.get("identityHash", "") for item in subject.get("identifier", [])],
                "course": subject.get("achievement", {}).get("name", ""),
                "hours": subject.get("creditsEarned"),
                "completed_on": str(subject.get("activityEndDate", ""))[:10],
                "issued_on": str(claims.get("validFrom", ""))[:10],
                "credits": [
                    (item.get("resultDescription", "").rsplit("#credits-", 1)[-1], item.get("value"))
                    for item in subject.get("result", [])
                ],
            }
            issuer_id = (claims.get("issuer") or {}).get("id")
            index = status.get("statusListIndex")
            valid_until = str(claims.get("validUntil", ""))[:10]
            result.fields["valid_until"] = valid_until
            signed_at = _claimed_signing_time(claims)
        else:
            result.kind = "payload"
            _url, fields, _input, _signature = crypto.qr_payload_read(text)
            key = _key_by_kid(fields.get("k"))
            if key is None:
                result.add("signature", False, _("Signed with a key this site has never published."))
                return result
            url, fields = crypto.qr_payload_verify(text, public_key_of(key))
            result.fields = {
                "serial": fields.get("s"),
                "code": _code_of(url),
                "names": [name for name in (fields.get("n"), fields.get("m")) if name],
                "course": fields.get("t"),
                "hours": fields.get("h"),
                "completed_on": fields.get("d"),
                "issued_on": fields.get("i"),
                "credits": [_credit_pair(*item) for item in fields.get("c", [])],  # a pair each, or refused
            }
            issuer_id = did_for(key.institution.code)
            index = fields.get("x")
            valid_until = fields.get("e", "")
            result.fields["valid_until"] = valid_until
            # A QR payload carries the issue date only: its first moment. Within that day the site's
            # records (the exact issue time) decide, see services/verification.py.
            signed_at = datetime.fromisoformat(str(fields.get("i"))).replace(tzinfo=UTC)
    except crypto.SignatureError:
        result.add("signature", False, _("The signature does not match: the text was changed or not issued here."))
        return result
    except (AttributeError, TypeError, ValueError, KeyError, OverflowError, OSError):  # signed, not a certificate
        result = CheckResult(kind=result.kind)
        result.add("signature", False, _("This is not a certificate credential."))
        return result
    if key.compromised_at is not None and signed_at >= key.compromised_at:
        result.add(
            "signature",
            False,
            _say(
                _("Signed with key %(key)s after it was reported compromised (%(date)s): not valid."),
                key=key.short_id,
                date=_iso(key.compromised_at),
            ),
        )
        return result
    signed_on = claims.get("validFrom", "")[:10] if result.kind == "credential" else fields.get("i", "")
    if key.retired_at is not None and str(signed_on) > key.retired_at.date().isoformat():
        # A retired key verifies what it signed before retirement, never anything dated later.
        result.add("signature", False, _("Signed with a retired key after it was retired."))
        return result
    result.key = key
    result.add(
        "signature",
        True,
        _say(
            _("The signature is valid (%(kind)s, key %(key)s)."),
            kind=KEY_KIND_NAMES.get(key.algorithm, key.algorithm),
            key=key.short_id,
        ),
    )
    institution = key.institution
    result.issuer_name = _institution_name(institution)
    if issuer_id == did_for(institution.code):
        result.add("issuer", True, _say(_("Issued by %(issuer)s, whose key signed it."), issuer=result.issuer_name))
    else:
        result.add("issuer", False, _("The named issuer does not own the key that signed it."))
    _check_status_and_expiry(result, institution, index, valid_until, now)
    return result
