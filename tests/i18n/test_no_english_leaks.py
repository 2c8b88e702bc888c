"""Every page of the demo that a role can reach, in Urdu, Kazakh and Russian, has no English left.

The demo is loaded, then for each role the crawler follows the site's links from a few seeds
(staying in the language, skipping downloads and the admin) and feeds every page to the leak
check, together with the error pages a person meets after a wrong form.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from faculty_training.models import Certificate, TrainingSession
from tests.i18n.leakcheck import crawl, leaked_words

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "faculty_pk", "faculty_kz", "facilitator", "coordinator_pk", "admin"]
SKIP = re.compile(r"\.(pdf|ics|csv|xlsx|zip|png|jpg|svg|woff2)$|/accounts/logout/|/check-in/done/|/feedback/")
MAX_PAGES_PER_ROLE = 60


def _crawl(client, language, seeds):
    seen, problems = set(), {}
    for url, html in crawl(client, language, seeds, skip=SKIP, limit=MAX_PAGES_PER_ROLE, seen=seen):
        leaks = leaked_words(html)
        if leaks:
            problems[url] = sorted(set(leaks))
    return seen, problems


def _choose_password_badly(client, link):
    form_page = client.get(link, follow=True)
    return client.post(form_page.redirect_chain[-1][0], {"new_password1": "123", "new_password2": "124"})


def _signup_password_refused(client, language):
    """The page behind the e-mailed sign-up link, after a password that is refused."""
    from faculty_training.services.signup import signup_token_generator

    user = get_user_model().objects.create_user(f"pending-{language}@example.org", is_active=False)
    user.set_unusable_password()
    user.save()
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return _choose_password_badly(
        client, f"/{language}/accounts/signup/confirm/{uid}/{signup_token_generator.make_token(user)}/"
    )


def _reset_password_refused(client, language):
    from django.contrib.auth.tokens import default_token_generator

    user = get_user_model().objects.get(username="faculty_kz")
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return _choose_password_badly(
        client, f"/{language}/accounts/reset/{uid}/{default_token_generator.make_token(user)}/"
    )


def _form_pages(client, language):
    """Pages people see after a wrong form: their messages must be translated too."""
    pages = {
        "signup errors": client.post(
            f"/{language}/accounts/signup/", {"email": "bad", "password1": "1", "password2": "2"}
        ),
        "login error": client.post(f"/{language}/accounts/login/", {"username": "nobody", "password": "wrong"}),
        "verify unknown": client.post(f"/{language}/verify/", {"code": "nonsense"}, follow=True),
        "sign-up link used or wrong": client.get(f"/{language}/accounts/signup/confirm/MQ/wrong-token/"),
        "sign-up password refused": _signup_password_refused(client, language),
        "reset password refused": _reset_password_refused(client, language),
    }
    return {
        name: leaked_words(response.content.decode())
        for name, response in pages.items()
        if leaked_words(response.content.decode())
    }


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_no_english_words_reach_any_role(language):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    certificate = Certificate.objects.first()
    session = TrainingSession.objects.order_by("starts_at").first()
    with translation.override(language):
        seeds = [
            f"/{language}/",
            f"/{language}/search/?query=" + {"ur": "تدریس", "kk": "оқыту", "ru": "преподавания"}[language],
            f"/{language}/verify/",
            f"/{language}/verify/{certificate.verification_code}/",
            f"/{language}/training/my/",
            f"/{language}/training/profile/",
            f"/{language}/training/check-in/",
            f"/{language}/records/",
            f"/{language}/accounts/login/",
            f"/{language}/accounts/signup/",
            f"/{language}/accounts/signup/sent/",
            f"/{language}/accounts/password-reset/",
            f"/{language}/no-such-page/",
            # A lead facilitator's evaluation of their courses is linked from the admin only.
            *(
                f"/{language}/training/teaching/{course.pk}/evaluation/"
                for course in get_user_model().objects.get(username="facilitator").led_courses.all()
            ),
        ]
    report = {}
    for role in ROLES:
        client = Client(HTTP_ACCEPT_LANGUAGE=language)
        if role != "anonymous":
            client.force_login(get_user_model().objects.get(username=role))
        seen, problems = _crawl(client, language, seeds)
        assert len(seen) >= 8, f"{role} reached only {sorted(seen)}"
        report.update({f"{role} {url}": words for url, words in problems.items()})
        if role == "anonymous":
            report.update({f"{role} {name}": words for name, words in _form_pages(client, language).items()})
    assert session is not None
    assert report == {}, "English left on pages:\n" + "\n".join(
        f"{where}: {words}" for where, words in sorted(report.items())
    )
