"""Forms of participants' accounts: sign-up, log-in and profile."""

import functools
import zoneinfo

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from ..models import Institution, ParticipantProfile
from ..names import normalize_name
from ..params import BoundedModelChoiceField
from ..services.profiles import PROFILE_FIELDS

COMMON_TIME_ZONES = ["Asia/Karachi", "Asia/Almaty", "Asia/Qostanay", "Asia/Aqtobe", "Europe/Moscow", "UTC"]


@functools.cache
def _other_time_zones():
    # available_timezones() walks the tz database on disk (about 0.1 s): once per process.
    return sorted(zoneinfo.available_timezones() - set(COMMON_TIME_ZONES))


def time_zone_choices():
    others = _other_time_zones()
    return (
        [("", _("My country's time zone"))]
        + [(zone, zone) for zone in COMMON_TIME_ZONES]
        + [(_("Other time zones"), [(zone, zone) for zone in others if "/" in zone])]
    )


class ProfileForm(forms.ModelForm):
    """The participant's own profile; names are normalised before they are validated."""

    time_zone = forms.ChoiceField(label=_("Time zone"), required=False, choices=time_zone_choices)

    class Meta:
        model = ParticipantProfile
        fields = list(PROFILE_FIELDS)
        field_classes = {"institution": BoundedModelChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].queryset = Institution.objects.order_by("country", "code")
        self.fields["native_name"].widget.attrs["dir"] = "auto"
        self.fields["latin_name"].widget.attrs.update({"dir": "ltr", "autocomplete": "name"})

    def clean_latin_name(self):
        return normalize_name(self.cleaned_data.get("latin_name"))

    def clean_native_name(self):
        return normalize_name(self.cleaned_data.get("native_name"))


class SignupForm(ProfileForm):
    email = forms.EmailField(label=_("E-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}))
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html,
    )
    password2 = forms.CharField(
        label=_("Password again"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    field_order = ["email", "password1", "password2"]

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        user_model = get_user_model()
        if (
            user_model.objects.filter(email__iexact=email).exists()
            or user_model.objects.filter(username__iexact=email).exists()
        ):
            raise forms.ValidationError(_("An account with this e-mail address already exists."), code="duplicate")
        return email

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords do not match."))
        elif password1:
            candidate = get_user_model()(username=cleaned.get("email", ""), email=cleaned.get("email", ""))
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class LoginForm(AuthenticationForm):
    username = forms.CharField(
        label=_("E-mail or username"),
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username", "dir": "ltr"}),
    )


class PreferredLanguagePasswordResetForm(PasswordResetForm):
    """Sends the reset e-mail in the account holder's preferred language, with links in it."""

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        profile = ParticipantProfile.objects.filter(user=context.get("user")).only("preferred_language").first()
        language = profile.preferred_language if profile else translation.get_language()
        with translation.override(language):
            super().send_mail(
                subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name
            )
