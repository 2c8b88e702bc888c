"""Participants' accounts: sign-up, log-in landing and profile. Views parse, call a service, render."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView, PasswordResetView
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from ..forms.accounts import LoginForm, ProfileForm, SignupForm
from ..forms.notifications import NotificationPreferenceForm
from ..models import ParticipantProfile
from ..safe_urls import safe_next
from ..services.notifications import preference_for
from ..services.profiles import PROFILE_FIELDS, participant_register, profile_save


def _dashboard_url(language):
    with translation.override(language):
        return reverse("faculty_training:dashboard")


def signup(request):
    if request.user.is_authenticated:
        return redirect("faculty_training:dashboard")
    form = SignupForm(request.POST or None, initial={"preferred_language": translation.get_language()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = participant_register(
            email=data["email"], password=data["password1"], **{field: data[field] for field in PROFILE_FIELDS}
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Your account is ready."))
        return redirect(_dashboard_url(data["preferred_language"]))
    return render(request, "faculty_training/accounts/signup.html", {"form": form})


class ParticipantLoginView(LoginView):
    template_name = "faculty_training/accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def get_success_url(self):
        next_url = self.get_redirect_url()
        if next_url:
            return next_url
        profile = ParticipantProfile.objects.filter(user=self.request.user).only("preferred_language").first()
        if profile is not None:
            return _dashboard_url(profile.preferred_language)
        if self.request.user.is_staff:
            return "/admin/"
        return reverse("faculty_training:profile")

    def get_redirect_url(self):
        return safe_next(self.request, super().get_redirect_url())


@login_required
def profile(request):
    instance = ParticipantProfile.objects.filter(user=request.user).first()
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        profile_save(user=request.user, **{field: form.cleaned_data[field] for field in PROFILE_FIELDS})
        messages.success(request, _("Your profile has been saved."))
        return redirect("faculty_training:profile")
    context = {
        "form": form,
        "is_new": instance is None,
        "notification_form": NotificationPreferenceForm(user=request.user, instance=preference_for(request.user)),
        "next": reverse("faculty_training:profile"),
    }
    return render(request, "faculty_training/accounts/profile.html", context)


class ThrottledPasswordResetView(PasswordResetView):
    """Password reset requests are limited per IP address: each one sends an e-mail."""

    def post(self, request, *args, **kwargs):
        from ..conf import app_settings
        from ..ratelimit import attempts_exceeded, count_failure

        group = "faculty_training.password_reset"
        if attempts_exceeded(request, group, app_settings.PASSWORD_RESET_RATE):
            return render(request, "faculty_training/accounts/lockout.html", {"reset": True}, status=429)
        count_failure(request, group, app_settings.PASSWORD_RESET_RATE)
        return super().post(request, *args, **kwargs)
