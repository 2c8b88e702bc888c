"""Signatures are not enough: forged or backdated credentials, unknown serials, compromised keys."""

import io
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from faculty_training.credentials import crypto
from faculty_training.models import Certificate, IssuerKey
from faculty_training.services import credentials as service
from faculty_training.services.certificates import certificate_revoke
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from faculty_training.services.verification import verify_on_site
from tests.builders import build_content_tree, build_institution, build_participant, build_user

pytestmark = pytest.mark.django_db

NEVER_ISSUED = "PKKZ-2026-999999"


@pytest.fixture
def issuer():
    return build_institution(code="PK-FRG-MU", name_ru="Тестовый университет")


@pytest.fixture
def tree(issuer):
    tree = build_content_tree(modules=1)
    tree["programme"].issuing_institution = issuer
    tree["programme"].save()
    return tree


def issue(tree, name="Ayesha Khan"):
    participant = build_participant(latin_name=name, native_name="عائشہ خان")
    enrollment_create(participant=participant, course=tree["course"])
    module_progress_mark(participant=participant, module=tree["modules"][0])
    return Certificate.objects.select_related("issuer_key__institution").get(participant=participant)


def claims_of(certificate):
    return crypto.jws_verify(certificate.credential, service.public_key_of(certificate.issuer_key))


def sign(claims, issuer_key):
    return crypto.jws_sign(claims, service._private_key(issuer_key), kid=service.kid_for(issuer_key))


def qr_fields(certificate):
    _url, fields, _input, _signature = crypto.qr_payload_read(certificate.qr_payload)
    return fields


def qr_page(client, verify_url, fields, issuer_key, language="en"):
    """Open the verify page as a phone does after scanning a (forged) QR code."""
    scanned = crypto.qr_payload_sign(verify_url, fields, service._private_key(issuer_key))
    query = parse_qs(urlsplit(scanned).query)
    with translation.override(language):
        path = urlsplit(verify_url).path.replace("/verify/", reverse("faculty_training_verify:form"), 1)
    return client.get(path, {"p": query["p"][0], "s": query["s"][0]}).content.decode()


def failed_checks(result):
    return [name for name, ok, _message in result.checks if not ok]


def test_a_retired_keys_backdated_credential_for_a_serial_never_issued_is_refused(client, tree, issuer):
    old_key = service.issuer_key_create(issuer)
    genuine = issue(tree)
    service.issuer_key_create(issuer)  # rotation: old_key is retired, but stays published
    claims = claims_of(genuine)
    claims["name"] = f"{claims['credentialSubject']['achievement']['name']} – {NEVER_ISSUED}"
    claims["id"] = claims["jti"] = "http://testserver/verify/AAAA-BBBB-CCCC-DDDD-EEEE/"
    forged = sign(claims, old_key)  # dated as the genuine one: before the key's retirement

    result = verify_on_site(forged)
    assert not result.valid and failed_checks(result) == ["record"]
    with translation.override("ru"):
        page = client.post(reverse("faculty_training_verify:check"), {"signed": forged}).content.decode()
        assert escape(translation.gettext("This site has no record of a certificate with this serial number.")) in page
        assert escape(translation.gettext("This could not be confirmed as a valid certificate.")) in page
    assert "verify-result--valid" not in page

    # The same forgery as a QR code opened on a phone.
    fields = {**qr_fields(genuine), "s": NEVER_ISSUED}
    page = qr_page(client, "http://testserver/verify/AAAA-BBBB-CCCC-DDDD-EEEE/", fields, old_key)
    assert "verify-result--invalid" in page and "check--failed" in page


def test_a_signed_credential_with_other_names_for_a_real_serial_is_refused(client, tree, issuer):
    active_key = service.issuer_key_create(issuer)  # as if the active key itself had leaked
    genuine = issue(tree)
    claims = claims_of(genuine)
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Somebody Else"
    forged = sign(claims, active_key)
    result = verify_on_site(forged)
    assert not result.valid and failed_checks(result) == ["record"]
    assert "Somebody Else" in result.fields["names"]  # what was claimed is shown, and refused

    fields = {**qr_fields(genuine), "n": "Somebody Else"}
    page = qr_page(client, genuine.snapshot["verify_url"], fields, active_key, language="kk")
    assert "verify-result--invalid" in page
    with translation.override("kk"):
        message = translation.gettext("The signed details differ from this site's record of certificate %(serial)s.")
    assert escape(message.split("%(serial)s")[0].strip()) in page
    # The genuine credential and QR code still verify.
    assert verify_on_site(genuine.credential).valid
    assert verify_on_site(genuine.qr_payload).valid


def test_a_compromised_key_vouches_only_for_what_was_issued_before(client, tree, issuer):
    compromised_key = service.issuer_key_create(issuer)
    before = issue(tree, name="Before Compromise")
    after = issue(tree, name="After Compromise")
    since = after.issued_at
    assert before.issued_at < since
    old = {certificate.pk: (certificate.credential, certificate.qr_payload) for certificate in (before, after)}

    output = io.StringIO()
    call_command(
        "make_issuer_key", "--institution", issuer.code, "--compromised-since", since.isoformat(), stdout=output
    )
    compromised_key.refresh_from_db()
    assert compromised_key.compromised_at == since and compromised_key.retired_at is not None
    new_key = IssuerKey.objects.get(institution=issuer, retired_at__isnull=True)
    assert "2 certificates signed again." in output.getvalue()
    assert ModelLogEntry.objects.filter(
        action="faculty_training.issuer_key_compromised", object_id=str(compromised_key.pk)
    ).exists()

    # On the site: what the compromised key signed before `since` still verifies; after, not.
    assert verify_on_site(old[before.pk][0]).valid and verify_on_site(old[before.pk][1]).valid
    # Refused by the time the text claims (signature) or, within the same second or day, by the
    # site's own issue time (record).
    for text in old[after.pk]:
        refused = verify_on_site(text)
        assert not refused.valid and failed_checks(refused) in (["signature"], ["record"])

    # A backdated forgery of the later certificate is caught by the site's own issue time.
    claims = crypto.jws_verify(old[after.pk][0], service.public_key_of(compromised_key))
    claims["validFrom"] = (since - timedelta(days=30)).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    claims["nbf"] = int((since - timedelta(days=30)).timestamp())
    backdated = verify_on_site(sign(claims, compromised_key))
    assert not backdated.valid and failed_checks(backdated) == ["record"]

    # The key is withdrawn from what offline verifiers fetch, and both certificates are signed again.
    kids = {key["kid"] for key in client.get("/.well-known/jwks.json").json()["keys"]}
    assert service.kid_for(compromised_key) not in kids and service.kid_for(new_key) in kids
    did = client.get(f"/issuers/{issuer.code}/did.json").json()
    assert did["assertionMethod"] == [service.kid_for(new_key)]
    for certificate in Certificate.objects.filter(pk__in=[before.pk, after.pk]):
        assert certificate.issuer_key == new_key and certificate.credential != old[certificate.pk][0]
        assert verify_on_site(certificate.credential).valid and verify_on_site(certificate.qr_payload).valid
    # Each keeps its place in the institution's revocation list.
    assert Certificate.objects.get(pk=after.pk).status_index == after.status_index


def test_a_revoked_certificate_signed_again_stays_revoked(tree, issuer):
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    certificate_revoke(certificate=certificate, reason=Certificate.RevocationReason.OTHER, revoked_by=build_user())
    call_command(
        "make_issuer_key",
        "--institution",
        issuer.code,
        "--compromised-since",
        certificate.issued_at.isoformat(),
        stdout=io.StringIO(),
    )
    certificate.refresh_from_db()
    offline = service.verify_text(certificate.credential)  # the signed list alone, as offline verifiers read it
    assert offline.revoked and not offline.valid


def test_the_verify_page_shows_the_compromise_in_the_readers_language(client, tree, issuer):
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    old_credential = certificate.credential
    call_command(
        "make_issuer_key",
        "--institution",
        issuer.code,
        "--compromised-since",
        (certificate.issued_at - timedelta(hours=1)).isoformat(),
        stdout=io.StringIO(),
    )
    with translation.override("ur"):
        page = client.post(reverse("faculty_training_verify:check"), {"signed": old_credential}).content.decode()
        message = translation.gettext(
            "Signed with key %(key)s after it was reported compromised (%(date)s): not valid."
        )
    assert message != "Signed with key %(key)s after it was reported compromised (%(date)s): not valid."
    assert escape(message.split("%(")[0].strip()) in page and "verify-result--invalid" in page


def test_a_compromise_cannot_be_dated_in_the_future(tree, issuer):
    service.issuer_key_create(issuer)
    with pytest.raises(CommandError):
        call_command(
            "make_issuer_key",
            "--institution",
            issuer.code,
            "--compromised-since",
            (timezone.now() + timedelta(days=1)).isoformat(),
            stdout=io.StringIO(),
        )
    assert not IssuerKey.objects.filter(compromised_at__isnull=False).exists()


def test_oddly_shaped_signed_content_is_refused_not_a_server_error(client, tree, issuer):
    key = service.issuer_key_create(issuer)  # whoever holds a key can sign anything
    genuine = issue(tree)
    claims = {**claims_of(genuine), "nbf": 10**20}
    assert not verify_on_site(sign(claims, key)).valid
    fields = {**qr_fields(genuine), "c": [["pk-cpd", "1", "extra"]]}
    page = qr_page(client, genuine.snapshot["verify_url"], fields, key)
    assert "verify-result--invalid" in page
