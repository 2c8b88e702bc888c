"""Participants' accounts: sign-up, log-in landing, profile, password reset. Views parse, call a service, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView, PasswordResetConfirmView, PasswordResetView
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from ..forms.accounts import LoginForm, ProfileForm, SignupForm, SignupPasswordForm
from ..forms.notifications import NotificationPreferenceForm
from ..middleware import LANGUAGE_SESSION_KEY, SESSION_KEY
from ..models import ParticipantProfile
from ..ratelimit import account_email_attempt
from ..safe_urls import safe_next
from ..selectors.navigation import landing_url
from ..services.membership import membership_confirm_email
from ..services.notifications import preference_for
from ..services.profiles import PROFILE_FIELDS, profile_save
from ..services.signup import signup_request, signup_token_generator


def _dashboard_url(language):
    with translation.override(language):
        return reverse("faculty_training:dashboard")


def _email_limit_reached(request):
    return render(request, "faculty_training/accounts/lockout.html", {"email_limit": True}, status=429)


def signup(request):
    """One answer for every address (services/signup.py says what each one is e-mailed)."""
    if request.user.is_authenticated:
        return redirect("faculty_training:dashboard")
    form = SignupForm(request.POST or None, initial={"preferred_language": translation.get_language()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if not account_email_attempt(request, data["email"]).allowed:
            return _email_limit_reached(request)
        signup_request(
            email=data["email"],
            base_url=f"{request.scheme}://{request.get_host()}",
            **{field: data[field] for field in PROFILE_FIELDS},
        )
        return redirect("signup_sent")
    return render(request, "faculty_training/accounts/signup.html", {"form": form})


class SignupConfirmView(PasswordResetConfirmView):
    """The e-mailed link: choose a password, which activates the account and logs in."""

    template_name = "faculty_training/accounts/signup_confirm.html"
    form_class = SignupPasswordForm
    token_generator = signup_token_generator
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Welcome! Your account is ready."))
        return response

    def get_success_url(self):
        profile = ParticipantProfile.objects.filter(user=self.user).only("preferred_language").first()
        return _dashboard_url(profile.preferred_language if profile else translation.get_language())


class ConfirmingPasswordResetConfirmView(PasswordResetConfirmView):
    """Django's reset confirmation; following the e-mailed link also proves the address."""

    def form_valid(self, form):
        response = super().form_valid(form)
        profile = ParticipantProfile.objects.filter(user=form.user).select_related("user", "institution").first()
        if profile is not None:
            membership_confirm_email(profile)
        return response


class ParticipantLoginView(LoginView):
    template_name = "faculty_training/accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def get_success_url(self):
        next_url = self.get_redirect_url()
        if next_url:
            return next_url
        profile = ParticipantProfile.objects.filter(user=self.request.user).only("preferred_language").first()
        language = profile.preferred_language if profile is not None else translation.get_language()
        return landing_url(self.request.user, language)

    def get_redirect_url(self):
        return safe_next(self.request, super().get_redirect_url())


@login_required
def profile(request):
    instance = ParticipantProfile.objects.filter(user=request.user).first()
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        saved = profile_save(user=request.user, **{field: form.cleaned_data[field] for field in PROFILE_FIELDS})
        request.session[LANGUAGE_SESSION_KEY] = saved.preferred_language
        request.session[SESSION_KEY] = saved.effective_time_zone.key
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
    """Each request e-mails an address: limited per recipient and per client address, alike for every address."""

    def form_valid(self, form):
        if not account_email_attempt(self.request, form.cleaned_data["email"]).allowed:
            return _email_limit_reached(self.request)
        return super().form_valid(form)
