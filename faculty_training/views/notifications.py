"""Notification pages: the person's e-mail choices, one-click unsubscribe, marking the list read."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..forms.notifications import NotificationPreferenceForm
from ..safe_urls import safe_next
from ..services.notifications import (
    category_label,
    notifications_mark_read,
    preference_for,
    preference_save,
    unsubscribe,
    unsubscribe_token_read,
)


def _next_or(request, fallback):
    target = safe_next(request, request.POST.get("next", ""))
    if target:
        return HttpResponseRedirect(target)
    return redirect(fallback)


@login_required
def preferences(request):
    form = NotificationPreferenceForm(request.POST or None, user=request.user, instance=preference_for(request.user))
    if request.method == "POST" and form.is_valid():
        preference_save(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your notification choices have been saved."))
        return _next_or(request, "faculty_training:notifications")
    return render(request, "faculty_training/notifications/preferences.html", {"notification_form": form})


@require_POST
@login_required
def mark_read(request):
    notifications_mark_read(request.user)
    return _next_or(request, "faculty_training:dashboard")


@csrf_exempt  # RFC 8058 one-click: mail programs POST without a session; the signed token is the proof.
def unsubscribe_view(request, token):
    found = unsubscribe_token_read(token)
    if found is None:
        return render(request, "faculty_training/notifications/unsubscribe.html", {"invalid": True}, status=400)
    user_id, category = found
    context = {"category": category, "category_label": category_label(category), "token": token}
    if request.method == "POST":
        if unsubscribe(user_id, category) is None:
            return render(request, "faculty_training/notifications/unsubscribe.html", {"invalid": True}, status=400)
        context["done"] = True
        context["preferences_url"] = reverse("faculty_training:notifications")
    return render(request, "faculty_training/notifications/unsubscribe.html", context)
