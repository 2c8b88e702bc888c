"""Who may download a certificate, and what the public verification page shows (and hides)."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from faculty_training.models import Certificate
from faculty_training.services.certificates import certificate_revoke
from tests.builders import build_completed_enrollment, build_group_member, build_participant, build_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate():
    enrollment, _tree = build_completed_enrollment(latin_name="Ayesha Khan", native_name="عائشہ خان")
    return Certificate.objects.get(enrollment=enrollment)


def _download(client, certificate, user=None):
    if user:
        client.force_login(user)
    return client.get(reverse("faculty_training:certificate_pdf", args=[certificate.serial]))


def test_holder_downloads_the_pdf_uncached(client, certificate):
    response = _download(client, certificate, certificate.participant)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Disposition"] == f'attachment; filename="certificate-{certificate.serial}.pdf"'
    assert response.content.startswith(b"%PDF")


def test_programme_administrator_downloads_any_certificate(client, certificate):
    assert (
        _download(client, certificate, build_group_member("Programme administrators", username="pa")).status_code == 200
    )


@pytest.mark.parametrize("who", ["anonymous", "other_participant", "coordinator", "facilitator"])
def test_everyone_else_gets_the_same_404_as_an_unknown_serial(client, certificate, who):
    users = {
        "anonymous": None,
        "other_participant": build_participant(),
        "coordinator": build_group_member("Institution coordinators", username="co"),
        "facilitator": build_group_member("Facilitators", username="fa"),
    }
    assert _download(client, certificate, users[who]).status_code == 404
    unknown = client.get(reverse("faculty_training:certificate_pdf", args=["PKKZ-2026-999999"]))
    assert unknown.status_code == 404


def test_revoked_certificate_is_no_longer_served_to_its_holder(client, certificate):
    certificate_revoke(certificate=certificate, reason="issued_in_error", revoked_by=build_user(username="boss"))
    assert _download(client, certificate, certificate.participant).status_code == 404


def test_verify_page_shows_the_printed_facts_and_nothing_else(client, certificate):
    response = client.get(reverse("faculty_training_verify:result", args=[certificate.verification_code]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid." in html
    assert "Ayesha Khan" in html and "عائشہ خان" in html
    assert certificate.snapshot["course"]["title"]["en"] in html
    assert certificate.serial in html and "12.5" in html
    assert certificate.participant.email not in html
    assert f"/{certificate.pk}/" not in html


def test_verify_page_in_urdu_shows_the_urdu_course_title(client, certificate):
    with translation.override("ur"):
        url = reverse("faculty_training_verify:result", args=[certificate.verification_code])
    html = client.get(url).content.decode()
    assert "یہ سرٹیفکیٹ معتبر ہے۔" in html
    assert certificate.snapshot["course"]["title"]["ur"] in html


def test_typed_code_in_any_case_and_spacing_finds_the_certificate(client, certificate):
    typed = certificate.verification_code.lower().replace("-", " ")
    response = client.post(reverse("faculty_training_verify:form"), {"code": typed}, follow=True)
    assert "This certificate is valid." in response.content.decode()


@pytest.mark.parametrize("code", ["ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "not-a-code", "<script>alert(1)</script>"])
def test_unknown_codes_get_one_generic_answer(client, certificate, code):
    response = client.post(reverse("faculty_training_verify:form"), {"code": code}, follow=True)
    html = response.content.decode()
    assert "No certificate matches this code." in html
    assert "<script>alert(1)</script>" not in html


def test_revoked_certificate_shows_revoked_with_date_and_reason(client, certificate):
    certificate_revoke(
        certificate=certificate, reason="academic_misconduct", note="internal note", revoked_by=build_user(username="b")
    )
    with translation.override("ru"):
        url = reverse("faculty_training_verify:result", args=[certificate.verification_code])
    html = client.get(url).content.decode()
    assert "Этот сертификат отозван." in html
    assert "Академическая недобросовестность" in html
    assert "internal note" not in html


@override_settings(FACULTY_TRAINING_VERIFY_RATE="5/10m")
def test_verification_is_rate_limited_per_address(client, certificate):
    url = reverse("faculty_training_verify:result", args=[certificate.verification_code])
    for _ in range(5):
        assert client.get(url, REMOTE_ADDR="10.3.3.3").status_code == 200
    assert client.get(url, REMOTE_ADDR="10.3.3.3").status_code == 429
    assert client.get(url, REMOTE_ADDR="10.4.4.4").status_code == 200


def test_dashboard_lists_the_certificate_with_its_download(client, certificate):
    client.force_login(certificate.participant)
    html = client.get(reverse("faculty_training:dashboard")).content.decode()
    assert reverse("faculty_training:certificate_pdf", args=[certificate.serial]) in html


def test_revoking_drops_the_cached_verify_page(client, certificate):
    url = reverse("faculty_training_verify:result", args=[certificate.verification_code])
    assert "This certificate is valid." in client.get(url).content.decode()
    assert "This certificate is valid." in client.get(url).content.decode()  # from the cache now
    certificate_revoke(certificate=certificate, reason="other", revoked_by=build_user(username="b2"))
    assert "This certificate has been revoked." in client.get(url).content.decode()
