"""Signed credentials: what a verifier elsewhere can check with only the published keys."""

import io
import json
import os
import re
import shutil
import stat
import subprocess
from decimal import Decimal
from pathlib import Path

import jwt
import pytest
from cryptography.exceptions import InvalidSignature
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from faculty_training.credentials import crypto
from faculty_training.models import Certificate, CourseCredit, CreditScheme, IssuerKey
from faculty_training.services import credentials as service
from faculty_training.services.certificates import certificate_pdf, certificate_revoke
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from faculty_training.services.verification import verify_on_site
from tests.builders import build_content_tree, build_institution, build_participant, build_user, translations
from tests.i18n.leakcheck import leaked_words

pytestmark = pytest.mark.django_db

CREDENTIALS_GUIDE = Path(__file__).resolve().parents[2] / "docs" / "credentials.md"  # holds the offline recipe


@pytest.fixture
def issuer(settings, tmp_path):
    settings.FACULTY_TRAINING_ISSUER_KEY_DIR = str(tmp_path / "keys")
    return build_institution(
        code="PK-TST-MU", name_ur="ٹیسٹ میڈیکل یونیورسٹی", name_kk="Тест университеті", name_ru="Тестовый университет"
    )


@pytest.fixture
def tree(issuer):
    tree = build_content_tree(modules=1)
    tree["programme"].issuing_institution = issuer
    tree["programme"].save()
    return tree


def issue(tree, **profile):
    participant = build_participant(native_name="عائشہ خان", **profile)
    enrollment_create(participant=participant, course=tree["course"])
    module_progress_mark(participant=participant, module=tree["modules"][0])
    return Certificate.objects.select_related("issuer_key__institution").get(participant=participant)


def published_jwks(client):
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def key_from(jwks, kid):
    [jwk] = [key for key in jwks["keys"] if key["kid"] == kid]
    return crypto.public_key_from_jwk(jwk)


KINDS = ["ES256", "EdDSA"]  # the two kinds of issuer key; every verifier path is run with both


def test_make_issuer_key_keeps_the_private_key_out_of_the_database(issuer, settings):
    call_command("make_issuer_key", "--institution", issuer.code, stdout=io.StringIO())
    key = IssuerKey.objects.get(institution=issuer)
    [path] = Path(settings.FACULTY_TRAINING_ISSUER_KEY_DIR).iterdir()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    pem = path.read_bytes()
    assert b"PRIVATE KEY" in pem
    # Nothing of the private key is stored: the row holds the public key only (the default kind,
    # ES256: P-256's 33-byte compressed point).
    assert key.algorithm == "ES256" and len(crypto.b64url_decode(key.public_key)) == 33
    assert crypto.b64url(crypto.public_key_encoded(crypto.private_key_load(pem))) == key.public_key
    with pytest.raises(CommandError):
        call_command("make_issuer_key", "--institution", "NO-SUCH", stdout=io.StringIO())


def test_the_kind_of_key_is_the_issuers_choice_and_rotation_keeps_it(client, tree, issuer, settings):
    settings.FACULTY_TRAINING_ISSUER_KEY_ALGORITHM = "EdDSA"
    call_command("make_issuer_key", "--institution", issuer.code, stdout=io.StringIO())
    call_command("make_issuer_key", "--institution", issuer.code, stdout=io.StringIO())
    assert list(IssuerKey.objects.filter(institution=issuer).values_list("algorithm", flat=True)) == ["EdDSA"] * 2
    old = issue(tree)
    assert (
        crypto.jws_header(old.credential)["alg"] == "EdDSA"
        and len(crypto.b64url_decode(old.issuer_key.public_key)) == 32
    )
    # The issuer changes its kind: what the Ed25519 key signed still verifies beside the new ES256 key.
    call_command("make_issuer_key", "--institution", issuer.code, "--algorithm", "ES256", stdout=io.StringIO())
    new = issue(tree)
    assert crypto.jws_header(new.credential)["alg"] == "ES256"
    jwks = published_jwks(client)
    assert sorted((key["kty"], key["crv"], key["alg"]) for key in jwks["keys"]) == [
        ("EC", "P-256", "ES256"),
        ("OKP", "Ed25519", "EdDSA"),
        ("OKP", "Ed25519", "EdDSA"),
    ]
    did = client.get(f"/issuers/{issuer.code}/did.json").json()
    assert {method["publicKeyJwk"]["kty"] for method in did["verificationMethod"]} == {"EC", "OKP"}
    for certificate in (old, new):
        kid = crypto.jws_header(certificate.credential)["kid"]
        jwk = next(key for key in jwks["keys"] if key["kid"] == kid)
        jwt.decode(certificate.credential, key=jwt.PyJWK(jwk), algorithms=[jwk["alg"]])
        assert service.verify_text(certificate.credential).valid
        assert service.verify_text(certificate.qr_payload).valid
    with pytest.raises(CommandError):
        call_command("make_issuer_key", "--institution", issuer.code, "--algorithm", "RS1", stdout=io.StringIO())


@pytest.mark.parametrize("kind", KINDS)
def test_credential_verifies_with_only_the_published_key(client, tree, issuer, kind):
    service.issuer_key_create(issuer, algorithm=kind)
    certificate = issue(tree)
    token = certificate.credential
    header = crypto.jws_header(token)
    assert header["alg"] == kind and header["kid"] == f"did:web:testserver:issuers:{issuer.code}#key-1"

    jwks = published_jwks(client)
    # An independent JOSE implementation (PyJWT) accepts it with the published key.
    claims = jwt.decode(
        token, key=jwt.PyJWK(next(k for k in jwks["keys"] if k["kid"] == header["kid"])), algorithms=[kind]
    )
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert claims["iss"] == claims["issuer"]["id"] == f"did:web:testserver:issuers:{issuer.code}"
    subject = claims["credentialSubject"]
    assert [item["identityHash"] for item in subject["identifier"]] == ["Ayesha Khan", "عائشہ خان"]
    # OB 3.0 §8.2: ``sub`` is the subject's id; here a urn:uuid that carries nothing of the person.
    assert claims["sub"] == subject["id"] and re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", subject["id"])
    assert subject["achievement"]["name"] == tree["course"].title_en
    assert subject["achievement"]["creditsAvailable"] == 12.5
    assert claims["credentialStatus"]["statusListCredential"] == f"http://testserver/credentials/status/{issuer.code}/"

    # The did:web document names the same key.
    did = client.get(f"/issuers/{issuer.code}/did.json").json()
    assert did["id"] == claims["iss"] and did["assertionMethod"] == [header["kid"]]
    assert did["verificationMethod"][0]["publicKeyJwk"] == next(k for k in jwks["keys"] if k["kid"] == header["kid"])
    # The status list is signed by the same kind of key, and PyJWT accepts it as well.
    status_list = client.get(f"/credentials/status/{issuer.code}/").content.decode()
    assert jwt.decode(status_list, key=jwt.PyJWK(jwks["keys"][0]), algorithms=[kind])["iss"] == claims["iss"]


def test_the_subject_id_is_stable_when_signed_again_and_differs_per_certificate(tree, issuer):
    service.issuer_key_create(issuer)
    first, second = issue(tree), issue(tree)
    ids = {c.pk: jwt.decode(c.credential, options={"verify_signature": False})["sub"] for c in (first, second)}
    assert ids[first.pk] != ids[second.pk]
    service.issuer_key_create(issuer)  # rotated: signing again keeps the subject's id
    assert service.credential_sign(first)
    assert jwt.decode(first.credential, options={"verify_signature": False})["sub"] == ids[first.pk]
    for secret in (first.participant.email, first.participant.username):
        assert secret not in ids[first.pk]


def test_a_credential_whose_sub_names_another_subject_is_refused(tree, issuer):
    key = service.issuer_key_create(issuer)
    claims = crypto.jws_verify(issue(tree).credential, service.public_key_of(key))
    claims["sub"] = "urn:uuid:00000000-0000-0000-0000-000000000000"
    forged = crypto.jws_sign(claims, service._private_key(key), kid=service.kid_for(key))
    assert not service.verify_text(forged).valid


def test_a_one_character_change_anywhere_is_detected(client, tree, issuer):
    service.issuer_key_create(issuer)
    token = issue(tree).credential
    public_key = key_from(published_jwks(client), crypto.jws_header(token)["kid"])
    assert crypto.jws_verify(token, public_key)
    for position, char in enumerate(token):
        if char == ".":
            continue
        changed = token[:position] + ("A" if char != "A" else "B") + token[position + 1 :]
        with pytest.raises(crypto.SignatureError):
            crypto.jws_verify(changed, public_key)
    # A change made in the decoded credential (then re-encoded) is caught too.
    head, body, signature = token.split(".")
    forged = json.loads(crypto.b64url_decode(body))
    forged["credentialSubject"]["achievement"]["creditsAvailable"] = 125
    with pytest.raises(crypto.SignatureError):
        crypto.jws_verify(f"{head}.{crypto.b64url(crypto.canonical_json(forged))}.{signature}", public_key)


def _status_bit(client, jwks, credential_claims):
    status = credential_claims["credentialStatus"]
    response = client.get(status["statusListCredential"].removeprefix("http://testserver"))
    assert response.status_code == 200 and response["Content-Type"] == "application/vc+jwt"
    token = response.content.decode()
    status_list = crypto.jws_verify(token, key_from(jwks, crypto.jws_header(token)["kid"]))
    assert status_list["credentialSubject"]["statusPurpose"] == "revocation"
    return crypto.status_list_bit(status_list["credentialSubject"]["encodedList"], int(status["statusListIndex"]))


@pytest.mark.parametrize("kind", KINDS)
def test_revocation_shows_in_the_signed_status_list(client, tree, issuer, kind):
    service.issuer_key_create(issuer, algorithm=kind)
    kept, revoked = issue(tree), issue(tree)
    jwks = published_jwks(client)
    claims = {
        c.pk: crypto.jws_verify(c.credential, key_from(jwks, crypto.jws_header(c.credential)["kid"]))
        for c in (kept, revoked)
    }
    assert (
        claims[kept.pk]["credentialStatus"]["statusListIndex"]
        != claims[revoked.pk]["credentialStatus"]["statusListIndex"]
    )
    assert _status_bit(client, jwks, claims[revoked.pk]) is False

    certificate_revoke(
        certificate=revoked, reason=Certificate.RevocationReason.ISSUED_IN_ERROR, revoked_by=build_user()
    )
    assert _status_bit(client, jwks, claims[revoked.pk]) is True
    assert _status_bit(client, jwks, claims[kept.pk]) is False
    result = service.verify_text(revoked.credential)
    assert not result.valid and result.revoked
    assert service.verify_text(kept.credential).valid


def test_a_certificate_signed_with_a_rotated_out_key_still_verifies(client, tree, issuer):
    service.issuer_key_create(issuer)
    old = issue(tree)
    call_command("make_issuer_key", "--institution", issuer.code, stdout=io.StringIO())
    new = issue(tree)
    assert old.issuer_key.key_id == "key-1" and new.issuer_key.key_id == "key-2"
    assert IssuerKey.objects.get(institution=issuer, key_id="key-1").retired_at is not None

    jwks = published_jwks(client)
    assert {key["kid"].rsplit("#", 1)[1] for key in jwks["keys"]} == {"key-1", "key-2"}
    for certificate in (old, new):
        claims = crypto.jws_verify(
            certificate.credential, key_from(jwks, crypto.jws_header(certificate.credential)["kid"])
        )
        # The status list is now signed by key-2; the old credential's status is still readable.
        assert _status_bit(client, jwks, claims) is False
        assert service.verify_text(certificate.credential).valid
    assert len(client.get(f"/issuers/{issuer.code}/did.json").json()["assertionMethod"]) == 2


def test_without_a_key_certificates_are_issued_unsigned_and_signed_later(tree, issuer):
    certificate = issue(tree)
    assert certificate.credential == "" and certificate.qr_payload == ""
    service.issuer_key_create(issuer)
    assert service.credentials_sign_missing() == 1
    certificate.refresh_from_db()
    assert service.verify_text(certificate.credential).valid


def _recipe():
    text = CREDENTIALS_GUIDE.read_text()
    block = text.split("<!-- offline-recipe:start -->")[1].split("<!-- offline-recipe:end -->")[0]
    code = block.split("```python\n", 1)[1].rsplit("```", 1)[0]
    assert len([line for line in code.splitlines() if line.strip()]) <= 36  # one screen, both kinds of key
    namespace = {"__name__": "recipe"}
    exec(compile(code, "offline recipe", "exec"), namespace)  # noqa: S102 - our own guide, under test
    return namespace


def _scan(pdf_bytes, tmp_path):
    tools = [shutil.which("pdftoppm"), shutil.which("zbarimg")]
    if not all(tools):
        if os.environ.get("CI"):
            pytest.fail("CI must install poppler-utils and zbar-tools")
        pytest.skip("pdftoppm and zbarimg are not installed")
    (tmp_path / "certificate.pdf").write_bytes(pdf_bytes)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(tmp_path / "certificate.pdf"), str(tmp_path / "page")],
        check=True,
    )
    scanned = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "page.png")], check=True, capture_output=True, text=True
    )
    return scanned.stdout.strip()


@pytest.mark.parametrize("kind", KINDS)
def test_qr_scanned_from_the_rendered_pdf_verifies_offline_with_the_readme_recipe(client, tree, issuer, tmp_path, kind):
    service.issuer_key_create(issuer, algorithm=kind)
    certificate = issue(tree, preferred_language="ur")
    scanned = _scan(certificate_pdf(certificate), tmp_path)
    assert scanned == certificate.qr_payload
    assert scanned.startswith(f"http://testserver/verify/{certificate.verification_code}/?p=")

    recipe = _recipe()
    jwks = published_jwks(client)
    fields = recipe["verify_payload"](scanned, jwks)
    assert (fields["s"], fields["n"], fields["m"]) == (certificate.serial, "Ayesha Khan", "عائشہ خان")
    assert fields["h"] == "12.5" and fields["d"] == certificate.snapshot["completed_on"]
    status_list = client.get(f"/credentials/status/{issuer.code}/").content.decode()
    assert recipe["revoked"](status_list, fields["x"], jwks) is False
    # A changed field (re-encoded, so it still parses) or a changed signature: the recipe refuses it.
    signed, _sep, signature = scanned.rpartition("&s=")
    url, _marker, encoded = signed.partition("?p=")
    forged_fields = {**json.loads(crypto.b64url_decode(encoded)), "h": "120"}
    forged = f"{url}?p={crypto.b64url(crypto.canonical_json(forged_fields))}&s={signature}"
    other_signature = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    for tampered in (forged, f"{signed}&s={other_signature}"):
        with pytest.raises(InvalidSignature):
            recipe["verify_payload"](tampered, jwks)

    certificate_revoke(certificate=certificate, reason=Certificate.RevocationReason.OTHER, revoked_by=build_user())
    status_list = client.get(f"/credentials/status/{issuer.code}/").content.decode()
    assert recipe["revoked"](status_list, fields["x"], jwks) is True


def test_pdf_carries_the_credential_as_attachments(tree, issuer):
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    attachments = PdfReader(io.BytesIO(certificate_pdf(certificate))).attachments
    assert attachments["credential.jwt"] == [certificate.credential.encode()]
    # OB 3.0 API shape: a VC-JWT credential only in compactJwsString, never an unsigned copy beside it.
    assert json.loads(attachments["credential.json"][0]) == {"compactJwsString": [certificate.credential]}


def test_holder_downloads_the_credential_others_get_404(client, tree, issuer):
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    url = reverse("faculty_training:certificate_credential", args=[certificate.serial])
    client.force_login(build_user())
    assert client.get(url).status_code == 404
    client.force_login(certificate.participant)
    response = client.get(url)
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert response.json() == {"compactJwsString": [certificate.credential]}


def test_the_achievement_url_returns_the_achievement_the_credential_embeds(client, tree, issuer):
    service.issuer_key_create(issuer)
    claims = jwt.decode(issue(tree).credential, options={"verify_signature": False})
    embedded = claims["credentialSubject"]["achievement"]
    response = client.get(embedded["id"].removeprefix("http://testserver"))
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    achievement = response.json()
    # OB 3.0 requires criteria and description on an Achievement.
    assert achievement["criteria"]["narrative"] and achievement["description"]
    for member in ("id", "type", "achievementType", "name", "description", "criteria", "creditsAvailable"):
        assert achievement[member] == embedded[member], member


@pytest.mark.parametrize("language", ["en", "ur", "kk", "ru"])
def test_verify_page_explains_what_was_checked_in_each_language(client, tree, issuer, language):
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    with translation.override(language):
        url = reverse("faculty_training_verify:result", args=[certificate.verification_code])
    html = client.get(url).content.decode()
    section = re.search(r'<section class="verify-checks".*?</section>', html, re.S).group(0)
    assert section.count("check--ok") == 5  # signature, issuer, status, expiry, this site's records
    with translation.override(language):
        for label in ("Signature", "Issuer", "Revocation status", "Expiry", "This site's records"):
            assert translation.gettext(label) in section
        assert translation.gettext("Does not expire.") in section
    if language != "en":
        assert leaked_words(section) == []
        assert translation.gettext("Signature") != "Signature"


def test_opening_the_qr_address_checks_its_signature(client, tree, issuer):
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    path = certificate.qr_payload.removeprefix("http://testserver")
    page = client.get("/ru" + path).content.decode()
    assert "check--failed" not in page and page.count("check--ok") == 5
    tampered = re.sub(r"&s=(.)", lambda m: "&s=" + ("B" if m.group(1) != "B" else "C"), path)
    page = client.get("/ru" + tampered).content.decode()
    assert "check--failed" in page and "verify-result--invalid" in page and "verify-result--revoked" not in page


def test_pasted_credential_and_garbage_get_clear_answers(client, tree, issuer):
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    url = reverse("faculty_training_verify:check")
    ok = client.post(url, {"signed": certificate.credential}).content.decode()
    assert ok.count("check--ok") == 5 and certificate.serial in ok
    with translation.override("kk"):
        bad = client.post(reverse("faculty_training_verify:check"), {"signed": "not.a.credential"})
    assert bad.status_code == 200 and "check--failed" in bad.content.decode()
    with translation.override("kk"):
        empty = client.post(reverse("faculty_training_verify:check"), {"signed": "  "})
    assert empty.status_code == 400


def test_expiry_is_signed_and_checked(tree, issuer):
    tree["course"].certificate_valid_months = 24
    tree["course"].save()
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    claims = crypto.jws_verify(certificate.credential, service.public_key_of(certificate.issuer_key))
    completed = certificate.snapshot["completed_on"]
    expected = f"{int(completed[:4]) + 2}{completed[4:]}"
    assert certificate.snapshot["valid_until"] == expected and claims["validUntil"].startswith(expected)
    assert claims["exp"] > claims["nbf"]
    from datetime import date, datetime, timedelta

    later = datetime.combine(date.fromisoformat(expected) + timedelta(days=1), datetime.min.time()).astimezone()
    result = service.verify_text(certificate.credential, now=later)
    assert not result.valid and [name for name, ok, _m in result.checks if not ok] == ["expiry"]


# --- CPD credit ------------------------------------------------------------------------------


def scheme(code, basis, rate="1", step="0.5", maximum=None):
    return CreditScheme.objects.create(
        code=code,
        basis=basis,
        credits_per_hour=Decimal(rate),
        step=Decimal(step),
        maximum=maximum,
        **translations("name", {"en": f"Scheme {code}", "ur": "پاکستانی اسکیم", "kk": "Қазақ схемасы", "ru": "Схема"}),
        **translations("unit", {"en": "credits", "ur": "کریڈٹ", "kk": "кредит", "ru": "кредиты"}),
    )


@pytest.mark.parametrize(
    ("basis", "rate", "step", "maximum", "expected"),
    [
        ("course_hours", "1", "0.5", None, "12.50"),
        ("course_hours", "0.75", "0.5", None, "9.00"),  # 9.375 rounded down to a half
        ("course_hours", "1", "1", None, "12.00"),
        ("course_hours", "2", "0.5", Decimal("20"), "20.00"),
        ("attended_hours", "1", "0.5", None, "3.50"),
    ],
)
def test_scheme_arithmetic(basis, rate, step, maximum, expected):
    credits = scheme("s", basis, rate, step, maximum).credits_for(course_hours="12.5", attended_hours="3.7")
    assert str(credits) == expected


def test_credits_in_every_scheme_reach_certificate_credential_and_exports(client, tree, issuer):
    pk_scheme, kz_scheme = scheme("pk-cpd", "course_hours"), scheme("kz-cme", "attended_hours", step="1")
    CourseCredit.objects.create(course=tree["course"], scheme=pk_scheme, reference="PMDC-1")
    CourseCredit.objects.create(course=tree["course"], scheme=kz_scheme, credits_per_hour=Decimal("2"))
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    credits = {item["code"]: item["credits"] for item in certificate.snapshot["credits"]}
    assert credits == {"pk-cpd": "12.5", "kz-cme": "0"}  # no session attended: nothing from attended hours
    claims = crypto.jws_verify(certificate.credential, service.public_key_of(certificate.issuer_key))
    assert [result["value"] for result in claims["credentialSubject"]["result"]] == ["12.5", "0"]
    assert len(claims["credentialSubject"]["achievement"]["resultDescription"]) == 2
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(certificate_pdf(certificate))).pages)
    assert "Scheme pk-cpd · credits: 12.5 (PMDC-1)" in text.replace("\u2066", "").replace("\u2069", "")

    admin = build_user(is_staff=True, is_superuser=True)
    client.force_login(admin)
    with translation.override("ru"):
        url = reverse("faculty_training_records:export_csv")
    export = b"".join(client.get(url).streaming_content).decode("utf-8-sig")
    assert "Схема · кредиты: 12,5; Схема · кредиты: 0" in export  # the readable column writes Russian numbers

    # The institution's HR system gets them through the records API too.
    from faculty_training.models import InstitutionApiToken
    from faculty_training.models.records import hash_token

    secret = InstitutionApiToken.new_secret()
    institution = certificate.participant.participant_profile.institution
    InstitutionApiToken.objects.create(
        institution=institution, name="HR", token_hash=hash_token(secret), prefix=secret[:8]
    )
    [row] = client.get("/api/v1/records/", HTTP_AUTHORIZATION=f"Bearer {secret}").json()["results"]
    assert row["credits"] == [{"scheme": "pk-cpd", "credits": "12.5"}, {"scheme": "kz-cme", "credits": "0"}]


def test_a_damaged_status_list_is_reported_not_a_server_error(client, tree, issuer):
    from faculty_training.models import StatusList

    service.issuer_key_create(issuer)
    certificate = issue(tree)
    StatusList.objects.filter(institution=issuer).update(credential="eyJhbGciOiJFZERTQSJ9.e30.AAAA")
    result = service.verify_text(certificate.credential)
    assert [name for name, ok, _message in result.checks if not ok] == ["status"]
    with translation.override("ur"):
        url = reverse("faculty_training_verify:result", args=[certificate.verification_code])
    assert client.get(url).status_code == 200


def test_revoked_before_it_was_signed_is_revoked_in_the_list_once_signed(client, tree, issuer):
    certificate = issue(tree)  # no key yet: unsigned
    certificate_revoke(certificate=certificate, reason=Certificate.RevocationReason.OTHER, revoked_by=build_user())
    call_command("make_issuer_key", "--institution", issuer.code, "--sign-missing", stdout=io.StringIO())
    certificate.refresh_from_db()
    result = service.verify_text(certificate.credential)
    assert result.revoked and not result.valid


def test_without_a_usable_key_the_list_reads_unknown_and_our_records_still_say_revoked(client, tree, issuer, settings):
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    settings.FACULTY_TRAINING_ISSUER_KEY_DIR = str(Path(settings.FACULTY_TRAINING_ISSUER_KEY_DIR) / "moved-away")
    certificate_revoke(certificate=certificate, reason=Certificate.RevocationReason.OTHER, revoked_by=build_user())
    offline = service.verify_text(certificate.credential)
    assert dict((name, ok) for name, ok, _m in offline.checks)["status"] is False and not offline.revoked
    on_site = verify_on_site(certificate.credential)
    assert on_site.revoked and not on_site.valid


@pytest.mark.parametrize("text", ["W10.e30.AA", "eyJ9.e30.AA", "", "http://x/verify/A/?p=W10&s=AA", "x" * 30000])
def test_odd_pasted_text_gets_a_failed_check_not_a_server_error(client, tree, issuer, text):
    service.issuer_key_create(issuer)
    response = client.post(reverse("faculty_training_verify:check"), {"signed": text})
    assert response.status_code in (200, 400)
    if text.strip():
        assert "check--failed" in response.content.decode()


def test_a_pasted_status_list_is_not_taken_for_a_certificate(client, tree, issuer):
    service.issuer_key_create(issuer)
    status_list = client.get(f"/credentials/status/{issuer.code}/").content.decode()
    result = service.verify_text(status_list)
    assert not result.valid and [name for name, _ok, _m in result.checks] == ["signature"]


def test_a_retired_key_does_not_verify_what_is_dated_after_its_retirement(tree, issuer):
    from datetime import timedelta

    from django.utils import timezone

    old_key = service.issuer_key_create(issuer)
    private_key = service._private_key(old_key)
    service.issuer_key_create(issuer)
    old_key.refresh_from_db()
    later = (old_key.retired_at + timedelta(days=2)).replace(microsecond=0)
    certificate = issue(tree)
    claims = crypto.jws_verify(certificate.credential, service.public_key_of(certificate.issuer_key))
    claims["validFrom"] = later.isoformat().replace("+00:00", "Z")
    forged = crypto.jws_sign(claims, private_key, kid=service.kid_for(old_key))
    result = service.verify_text(forged, now=timezone.now() + timedelta(days=3))
    assert not result.valid and result.checks[0][0] == "signature" and result.checks[0][1] is False


def test_expired_certificate_is_not_called_valid(client, tree, issuer):
    tree["course"].certificate_valid_months = 1
    tree["course"].save()
    service.issuer_key_create(issuer)
    certificate = issue(tree)
    Certificate.objects.filter(pk=certificate.pk).update(snapshot={**certificate.snapshot, "valid_until": "2020-01-31"})
    with translation.override("ru"):
        url = reverse("faculty_training_verify:result", args=[certificate.verification_code])
        page = client.get(url).content.decode()
        assert translation.gettext("This certificate is valid.") not in page
    assert "verify-result--invalid" in page and "2020-01-31" in page


def test_an_orphaned_key_file_is_skipped_not_overwritten(issuer, settings):
    directory = Path(settings.FACULTY_TRAINING_ISSUER_KEY_DIR)
    directory.mkdir(parents=True)
    (directory / f"{issuer.code}.key-1.pem").write_bytes(b"left by a rolled-back attempt")
    key = service.issuer_key_create(issuer)
    assert key.key_id == "key-2"
    assert (directory / f"{issuer.code}.key-1.pem").read_bytes() == b"left by a rolled-back attempt"


def test_check_messages_survive_braces_in_a_translation():
    assert (
        str(service._say("Issued by {x} %(issuer)s.", issuer="A&B"))
        == 'Issued by {x} <bdi translate="no">A&amp;B</bdi>.'
    )


@pytest.mark.parametrize("kind", KINDS)
def test_a_token_naming_another_algorithm_than_its_key_is_refused(kind):
    """No algorithm confusion: the key decides how a signature is checked, never the header."""
    private_key = crypto.private_key_generate(kind)
    token = crypto.jws_sign({"a": 1}, private_key, kid="k")
    assert crypto.jws_verify(token, private_key.public_key()) == {"a": 1}
    other = "EdDSA" if kind == "ES256" else "ES256"
    head, body, signature = token.split(".")
    relabelled = crypto.b64url(crypto.canonical_json({**crypto.jws_header(token), "alg": other}))
    with pytest.raises(crypto.SignatureError):
        crypto.jws_verify(f"{relabelled}.{body}.{signature}", private_key.public_key())
    with pytest.raises(crypto.SignatureError):  # the other kind's key does not verify it either
        crypto.jws_verify(token, crypto.private_key_generate(other).public_key())
