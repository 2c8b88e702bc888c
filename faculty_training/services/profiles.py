"""Creating and updating participant profiles and accounts."""

from django.contrib.auth import get_user_model
from django.db import transaction

from ..models import ParticipantProfile
from ..names import normalize_name

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


def profile_save(*, user, **fields):
    """Create or update ``user``'s profile; names are normalised before they are stored."""
    for name_field in ("latin_name", "native_name"):
        if name_field in fields:
            fields[name_field] = normalize_name(fields[name_field])
    profile = ParticipantProfile.objects.filter(user=user).first() or ParticipantProfile(user=user)
    for key, value in fields.items():
        if key not in PROFILE_FIELDS:
            raise TypeError(f"Unknown profile field: {key}")
        setattr(profile, key, value)
    profile.full_clean()
    profile.save()
    return profile


def _names_on_account(user, latin_name):
    first, _, last = normalize_name(latin_name or "").partition(" ")
    user.first_name, user.last_name = first[:150], last[:150]


@transaction.atomic
def participant_register(*, email, password, is_active=True, **profile_fields):
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
    profile_save(user=user, **profile_fields)
    return user


@transaction.atomic
def participant_details_replace(*, user, **profile_fields):
    """New profile answers for an account nobody has used yet (its names on the account too)."""
    _names_on_account(user, profile_fields.get("latin_name", ""))
    user.save(update_fields=["first_name", "last_name"])
    return profile_save(user=user, **profile_fields)
