"""Whether a person is confirmed as faculty of the institution they named.

A person picks an institution when they sign up; that alone proves nothing. They count for the
institution (its records, API, digests, and its name on their certificates) only once it is
confirmed, by one of the methods FACULTY_TRAINING_MEMBERSHIP_VERIFICATION switches on:

- ``email_domain``: their confirmed e-mail address is at one of the institution's domains;
- ``coordinator``: a coordinator of that institution approves them;

and always by a programme administrator (who also vouches for the people they import).
Changing institution starts again from "waiting".
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .. import roles
from ..conf import app_settings
from ..exceptions import ServiceError
from ..models.people import Membership, MembershipMethod

AUDIT_ACTION = "faculty_training.membership"


def membership_methods():
    return set(app_settings.MEMBERSHIP_VERIFICATION)


def membership_initial(profile, *, email_confirmed=False, vouched=False, decided_by=None):
    """Set the membership of a profile whose institution is new (not saved here).

    ``vouched``: a programme administrator (``decided_by``, or an operator running a command)
    enters the person, as imports do; ``email_confirmed``: the account's e-mail address has been
    proven to be theirs.
    """
    profile.membership_decided_by = None
    profile.membership_decided_at = timezone.now()
    if vouched:
        profile.membership, profile.membership_method = Membership.VERIFIED, MembershipMethod.ADMINISTRATOR
        profile.membership_decided_by = decided_by
    elif (
        (email_confirmed or profile.email_confirmed)
        and "email_domain" in membership_methods()
        and profile.institution.has_email_domain(profile.user.email)
    ):
        profile.membership, profile.membership_method = Membership.VERIFIED, MembershipMethod.EMAIL_DOMAIN
    else:
        profile.membership, profile.membership_method = Membership.PENDING, ""
        profile.membership_decided_at = None


def membership_may_decide(user, profile):
    """Programme administrators decide for anyone; coordinators (when switched on) for their institution."""
    if not user.is_authenticated:
        return False
    if roles.is_programme_administrator(user):
        return True
    if "coordinator" not in membership_methods():
        return False
    coordinator = getattr(user, "coordinator", None)
    return (
        coordinator is not None
        and coordinator.institution_id == profile.institution_id
        and roles.has_role(user, roles.INSTITUTION_COORDINATORS)
    )


def membership_decide(*, profile, is_member, decided_by):
    """Confirm or refuse that ``profile``'s person is faculty of the institution they named."""
    if not membership_may_decide(decided_by, profile):
        raise ServiceError(_("You may not decide on members of this institution."), "forbidden")
    before = profile.membership
    profile.membership = Membership.VERIFIED if is_member else Membership.REJECTED
    profile.membership_method = (
        MembershipMethod.ADMINISTRATOR if roles.is_programme_administrator(decided_by) else MembershipMethod.COORDINATOR
    )
    profile.membership_decided_at = timezone.now()
    profile.membership_decided_by = decided_by
    profile.save(update_fields=["membership", "membership_method", "membership_decided_at", "membership_decided_by"])
    log(
        instance=profile,
        action=AUDIT_ACTION,
        user=decided_by,
        data={"institution": profile.institution.code, "from": before, "to": profile.membership},
    )
    return profile


def membership_confirm_email(profile):
    """The person proved their e-mail address (an e-mailed link): it is remembered, so a later change of
    institution to one at that domain is confirmed too, and a waiting membership at a matching domain is
    confirmed now."""
    profile.confirmed_email = profile.user.email
    profile.save(update_fields=["confirmed_email"])
    if profile.membership != Membership.PENDING:
        return profile
    membership_initial(profile, email_confirmed=True)
    if profile.membership == Membership.VERIFIED:
        profile.save(update_fields=["membership", "membership_method", "membership_decided_at"])
        log(
            instance=profile,
            action=AUDIT_ACTION,
            data={"institution": profile.institution.code, "from": Membership.PENDING, "to": profile.membership},
        )
    return profile
