"""Coordinators confirm who is faculty of their institution: the people waiting, and the decision."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..exceptions import ServiceError
from ..models import ParticipantProfile
from ..models.people import Membership
from ..selectors.records import scope_for_user
from ..services.membership import membership_decide, membership_may_decide


def _profiles_in_scope(request):
    scope = scope_for_user(request.user)
    if scope is None:
        raise Http404
    # Accounts that never proved their e-mail address are nobody's to confirm.
    profiles = ParticipantProfile.objects.filter(user__is_active=True).select_related("user", "institution")
    if not scope.is_everything:
        profiles = profiles.filter(institution_id__in=scope.institution_ids)
    return scope, profiles


@login_required
def members(request):
    scope, profiles = _profiles_in_scope(request)
    context = {
        "scope": scope,
        "pending": profiles.waiting_for_confirmation().order_by("created_at"),
        "decided": profiles.exclude(membership=Membership.PENDING)
        .filter(membership_decided_at__isnull=False)
        .order_by("-membership_decided_at")[:20],
        "may_decide": any(membership_may_decide(request.user, profile) for profile in profiles[:1]),
    }
    return render(request, "faculty_training/records/members.html", context)


@login_required
@require_POST
def decide(request, profile_id):
    _scope, profiles = _profiles_in_scope(request)
    profile = get_object_or_404(profiles, pk=profile_id)
    is_member = request.POST.get("decision") == "confirm"
    try:
        membership_decide(profile=profile, is_member=is_member, decided_by=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        name = profile.latin_name
        if is_member:
            messages.success(request, _("%(name)s is confirmed as faculty of the institution.") % {"name": name})
        else:
            messages.success(request, _("%(name)s is not counted as faculty of the institution.") % {"name": name})
    return redirect("faculty_training_records:members")
