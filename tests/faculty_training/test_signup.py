"""Sign-up: one answer for known and unknown addresses; the e-mailed link sets the password and logs in."""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from faculty_training.models import ParticipantProfile
from tests.builders import build_institution, build_participant

pytestmark = pytest.mark.django_db

PASSWORD = "Kardiologiya-2025!"


def _signup_data(institution, **overrides):
    data = {
        "email": "Ayesha.Khan@Example.org",
        "latin_name": "Ayesha  Khan",
        "native_name": "\u202bعائشہ خان\u202c",
        "institution": institution.pk,
        "discipline": "dentistry",
        "position": "Assistant Professor",
        "registration_number": "",
        "preferred_language": "ur",
        "time_zone": "",
    }
    data.update(overrides)
    return data


def _signup_url(language):
    with translation.override(language):
        return reverse("signup")


def _link(message):
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def _without_csrf(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_signup_answers_alike_for_a_new_and_a_known_address(client):
    institution = build_institution()
    owner = build_participant(username="known", preferred_language="ru")
    password_before = owner.password
    new = client.post(_signup_url("en"), _signup_data(institution, email="new.person@example.org"))
    known = client.post(_signup_url("en"), _signup_data(institution, email="Known@Example.org", latin_name="Other"))
    assert new.status_code == known.status_code == 302
    assert new["Location"] == known["Location"] == "/en/accounts/signup/sent/"
    assert _without_csrf(client.get(new["Location"]).content.decode()) == _without_csrf(
        client.get(known["Location"]).content.decode()
    )
    assert "_auth_user_id" not in client.session
    assert sorted(message.to[0] for message in mail.outbox) == ["known@example.org", "new.person@example.org"]
    owner.refresh_from_db()
    assert owner.password == password_before and owner.is_active
    assert owner.participant_profile.latin_name == "Ayesha Khan"


def test_a_new_and_a_known_address_take_as_long_to_answer():
    from faculty_training.services.signup import signup_request

    fields = {**_signup_data(build_institution()), "institution": build_institution()}
    del fields["email"]
    elapsed = {"new": [], "known": []}
    for number in range(5):
        build_participant(username=f"known{number}")
        for kind in elapsed:
            started = time.monotonic()
            signup_request(email=f"{kind}{number}@example.org", base_url="http://testserver", **fields)
            elapsed[kind].append(time.monotonic() - started)
    # The fastest of each, since load on the machine only adds time. Unpadded, a new account took
    # 8-15 ms longer on SQLite and about 35 ms on PostgreSQL.
    assert abs(min(elapsed["new"]) - min(elapsed["known"])) < 0.006, elapsed


def test_the_owner_of_a_known_address_is_told_in_their_language_how_to_get_in(client):
    build_participant(username="known", preferred_language="kk")
    client.post(
        _signup_url("en"), _signup_data(build_institution(), email="known@example.org", preferred_language="en")
    )
    [message] = mail.outbox
    assert message.to == ["known@example.org"]
    assert message.subject == "Сіздің мекенжайыңызбен тіркелу әрекеті жасалды"
    assert "http://testserver/kk/accounts/login/" in message.body
    assert "http://testserver/kk/accounts/password-reset/" in message.body
    assert "signup/confirm/" not in message.body


def test_new_account_waits_for_the_link_which_sets_the_password_and_logs_in(client):
    response = client.post(_signup_url("ur"), _signup_data(build_institution(country="PK")))
    assert response["Location"] == "/ur/accounts/signup/sent/"
    user = get_user_model().objects.get(username="ayesha.khan@example.org")
    assert not user.is_active and not user.has_usable_password()
    profile = ParticipantProfile.objects.get(user=user)
    assert (profile.latin_name, profile.native_name) == ("Ayesha Khan", "عائشہ خان")
    assert client.get("/ur/training/my/").status_code == 302  # not logged in

    [message] = mail.outbox
    assert message.to == ["Ayesha.Khan@Example.org"]
    assert message.subject == "اپنا اکاؤنٹ بنانا مکمل کریں"
    form_page = client.get(_link(message), follow=True)
    html = form_page.content.decode()
    assert 'dir="rtl"' in html and 'name="new_password1"' in html
    set_url = form_page.redirect_chain[-1][0]
    saved = client.post(set_url, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert saved.status_code == 302 and saved["Location"] == "/ur/training/my/"
    user.refresh_from_db()
    assert user.is_active and user.check_password(PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.session["faculty_training_time_zone"] == "Asia/Karachi"

    client.logout()
    reused = client.get(_link(message), follow=True).content.decode()
    assert 'name="new_password1"' not in reused


def test_password_rules_on_the_confirmation_page_are_in_urdu(client):
    client.post(_signup_url("ur"), _signup_data(build_institution()))
    form_page = client.get(_link(mail.outbox[0]), follow=True)
    response = client.post(form_page.redirect_chain[-1][0], {"new_password1": "123", "new_password2": "123"})
    html = response.content.decode()
    assert "یہ پاس ورڈ بہت چھوٹا ہے۔" in html
    assert "یہ پاس ورڈ صرف ہندسوں پر مشتمل ہے۔" in html
    assert not get_user_model().objects.get().is_active


def test_signing_up_again_before_confirming_sends_a_fresh_link_to_the_same_account(client):
    institution = build_institution()
    client.post(_signup_url("en"), _signup_data(institution, preferred_language="en"))
    client.post(_signup_url("en"), _signup_data(institution, preferred_language="ru", latin_name="Ayesha Khan Niazi"))
    assert get_user_model().objects.count() == 1
    first, second = mail.outbox
    assert "signup/confirm/" in first.body and "/ru/accounts/signup/confirm/" in second.body
    assert ParticipantProfile.objects.get().latin_name == "Ayesha Khan Niazi"


def test_an_imported_account_that_signs_up_is_pointed_to_the_password_reset(client):
    person = build_participant(username="imported", preferred_language="ru")
    person.set_unusable_password()
    person.save()
    client.post(_signup_url("en"), _signup_data(build_institution(), email="imported@example.org"))
    [message] = mail.outbox
    assert "/ru/accounts/password-reset/" in message.body
    person.refresh_from_db()
    assert person.is_active and not person.has_usable_password()


def test_a_closed_account_is_not_reopened_by_signing_up(client):
    person = build_participant(username="closed")
    person.is_active = False
    person.save()
    response = client.post(_signup_url("en"), _signup_data(build_institution(), email="closed@example.org"))
    assert response["Location"] == "/en/accounts/signup/sent/"
    assert mail.outbox == []
    person.refresh_from_db()
    assert not person.is_active and person.has_usable_password()


def test_signup_errors_are_translated_and_keep_what_was_typed(client):
    with translation.override("kk"):
        response = client.post(reverse("signup"), _signup_data(build_institution(), latin_name="Айгерим"))
    html = response.content.decode()
    assert "Атыңызды төлқұжаттағыдай латын әріптерімен жазыңыз" in html
    assert 'value="Ayesha.Khan@Example.org"' in html
    assert not ParticipantProfile.objects.exists() and mail.outbox == []


def test_signup_refuses_html_in_names(client):
    response = client.post(
        _signup_url("en"), _signup_data(build_institution(), native_name="<img src=x onerror=alert(1)>")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "A name cannot contain &lt;, &gt;, braces, backslashes or code." in html
    assert "<img src=x" not in html
    assert not ParticipantProfile.objects.exists()


@override_settings(FACULTY_TRAINING_ACCOUNT_EMAIL_RATE="2/h")
def test_signup_emails_to_one_address_are_limited_alike_for_known_and_unknown(client):
    institution = build_institution()
    build_participant(username="known")
    statuses = {}
    for email in ("known@example.org", "unknown@example.org"):
        statuses[email] = [
            client.post(
                _signup_url("en"), _signup_data(institution, email=email), REMOTE_ADDR=f"203.0.113.{n}"
            ).status_code
            for n in range(3)
        ]
    assert statuses == {"known@example.org": [302, 302, 429], "unknown@example.org": [302, 302, 429]}
    assert len(mail.outbox) == 4


def test_enrolling_a_whole_institution_leaves_out_sign_ups_waiting_for_their_link(client):
    from faculty_training.models import Enrollment
    from tests.builders import build_content_tree, build_user

    institution = build_institution()
    course = build_content_tree(modules=1)["course"]
    confirmed = build_participant(institution=institution)
    client.post(_signup_url("en"), _signup_data(institution, email="pending@example.org"))
    client.force_login(build_user(username="root", is_superuser=True, is_staff=True))
    client.post(reverse("faculty_training_bulk_enrol"), {"course": course.pk, "institution": institution.pk})
    assert list(Enrollment.objects.values_list("participant__email", flat=True)) == [confirmed.email]
