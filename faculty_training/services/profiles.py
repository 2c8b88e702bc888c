"""Creating and updating participant profiles and accounts."""

from django.contrib.auth import get_user_model
from django.db import transaction

from ..models import ParticipantProfile
from ..names import normalize_name
from .membership import membership_initial

PROFILE_FIELDS = (
    "latin_name",
    "native_name",
    "institution",
    "discipline",
    "position",
    "registration_number",
    "preferred_language",
    "time_zone",
)


def profile_save(*, user, vouched=False, decided_by=None, email_confirmed=False, **fields):
    """Create or update ``user``'s profile; names are normalised before they are stored.

    A new profile, or a change of institution, starts the membership again (services/membership.py):
    ``vouched`` says that a programme administrator (``decided_by``) enters the person,
    ``email_confirmed`` that the account's address is proven.
    """
    # Every one-line text a person types and we print or export: no direction overrides or invisible
    # characters that would reorder a certificate, a register or a spreadsheet cell.
    for line_field in ("latin_name", "native_name", "position", "registration_number"):
        if line_field in fields:
            fields[line_field] = normalize_name(fields[line_field])
    profile = ParticipantProfile.objects.filter(user=user).first() or ParticipantProfile(user=user)
    institution_before = profile.institution_id
    for key, value in fields.items():
        if key not in PROFILE_FIELDS:
            raise TypeError(f"Unknown profile field: {key}")
        setattr(profile, key, value)
    profile.full_clean()
    if vouched or profile.pk is None or profile.institution_id != institution_before:
        membership_initial(profile, email_confirmed=email_confirmed, vouched=vouched, decided_by=decided_by)
    profile.save()
    return profile


def _names_on_account(user, latin_name):
    first, _, last = normalize_name(latin_name or "").partition(" ")
    user.first_name, user.last_name = first[:150], last[:150]


@transaction.atomic
def participant_register(
    *, email, password, is_active=True, vouched=False, decided_by=None, email_confirmed=False, **profile_fields
):
    """A new account (username = e-mail) with its profile; password None makes it unusable."""
    email = email.strip()
    user_model = get_user_model()
    user = user_model(username=email.lower(), email=email, is_active=is_active)
    _names_on_account(user, profile_fields.get("latin_name", ""))
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    profile_save(user=user, vouched=vouched, decided_by=decided_by, email_confirmed=email_confirmed, **profile_fields)
    return user


@transaction.atomic
def participant_details_replace(*, user, **profile_fields):
    """New profile answers for an account nobody has used yet (its names on the account too)."""
    _names_on_account(user, profile_fields.get("latin_name", ""))
    user.save(update_fields=["first_name", "last_name"])
    return profile_save(user=user, **profile_fields)
