"""Sign-up that answers alike whether or not the e-mail address already has an account.

Whoever submits the form is told to check their e-mail; what arrives depends on the address, and
only its owner reads it:

- no account: a new one is kept inactive, without a password, and the e-mail carries a link where
  the owner chooses the password, which activates the account and logs them in;
- an account still waiting for that link: a fresh link, the profile taking the newest answers;
- an active account (imported ones too): a notice that someone tried to sign up with the address,
  with the links to log in and to choose a new password. The account is not touched.

The password is chosen behind the e-mailed link, not on the form: so nobody can open an account in
someone else's name with a password they know and wait for the owner to confirm it.
"""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from ..models import ParticipantProfile
from .membership import membership_confirm_email
from .notifications import recipient_for
from .profiles import participant_details_replace, participant_register

TEMPLATES = "faculty_training/accounts/"
SIGNUP_WORK_SECONDS = 0.2  # several times the slowest path measured; see signup_request


class SignupTokenGenerator(PasswordResetTokenGenerator):
    """Links of sign-up e-mails: they stop working once the account is active (or after PASSWORD_RESET_TIMEOUT)."""

    key_salt = "faculty_training.services.signup.SignupTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{super()._make_hash_value(user, timestamp)}{user.is_active}"


signup_token_generator = SignupTokenGenerator()


def _is_waiting_for_its_link(user):
    # Deactivated accounts are inactive too, but they were used: a sign-up must not reopen them.
    return not user.is_active and user.last_login is None and not user.has_usable_password()


def _accounts_with(email):
    return (
        get_user_model().objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).order_by("-is_active", "pk")
    )


def _message(user, to, kind, links):
    """The e-mail of ``kind`` ("confirm" or "exists") in the holder's language, its links made in it."""
    with translation.override(recipient_for(user, translation.get_language()).language):
        context = {name: make_link() for name, make_link in links.items()}
        subject = " ".join(render_to_string(f"{TEMPLATES}signup_{kind}_subject.txt").split())
        body = render_to_string(f"{TEMPLATES}signup_{kind}_email.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [to])


def _path(name, **kwargs):
    return reverse(name, kwargs=kwargs or None)


def _account_and_message(email, base_url, profile_fields):
    user = _accounts_with(email).first()
    if user is None:
        try:
            with transaction.atomic():
                user = participant_register(email=email, password=None, is_active=False, **profile_fields)
        except IntegrityError:  # the same address signed up at the same moment
            user = _accounts_with(email).first()
    elif _is_waiting_for_its_link(user):
        participant_details_replace(user=user, **profile_fields)
    elif not user.is_active:
        return None  # closed by an administrator: nothing to offer, and the page says the same

    if user.is_active:
        links = {
            "login_url": lambda: base_url + _path("login"),
            "reset_url": lambda: base_url + _path("password_reset"),
        }
        return _message(user, user.email or email, "exists", links)
    uid, token = urlsafe_base64_encode(force_bytes(user.pk)), signup_token_generator.make_token(user)
    return _message(
        user, user.email, "confirm", {"link": lambda: base_url + _path("signup_confirm", uidb64=uid, token=token)}
    )


def signup_request(*, email, base_url, **profile_fields):
    """Act on a sign-up for ``email`` as described above; sends one e-mail. ``base_url``: scheme://host.

    A new account costs a few more queries than a known address (about 15 ms on SQLite, 35 ms on
    PostgreSQL here), which a stopwatch could tell apart: the work is padded to SIGNUP_WORK_SECONDS
    before the e-mail goes out, so both answers take that long plus the same sending.
    """
    started = time.monotonic()
    message = _account_and_message(email.strip(), base_url, profile_fields)
    time.sleep(max(0.0, started + SIGNUP_WORK_SECONDS - time.monotonic()))
    if message is not None:
        message.send()


@transaction.atomic
def signup_complete(*, user, password):
    """The owner followed the link and chose ``password``: the account is active from now on."""
    user.set_password(password)
    user.is_active = True
    user.save(update_fields=["password", "is_active"])
    # The link proved the address: an address at the institution's own domain confirms the membership.
    profile = ParticipantProfile.objects.filter(user=user).select_related("institution", "user").first()
    if profile is not None:
        membership_confirm_email(profile)
    return user
