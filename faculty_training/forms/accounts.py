"""Forms of participants' accounts: sign-up, log-in and profile."""

import unicodedata

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from ..l10n import zone_choices, zone_label
from ..models import Institution, ParticipantProfile
from ..names import normalize_name
from ..params import BoundedModelChoiceField
from ..services.notifications import recipient_for
from ..services.profiles import PROFILE_FIELDS
from ..services.signup import signup_complete


def _comparable(email):
    # As Django's PasswordResetForm compares: iexact in SQL may match look-alikes that differ here.
    return unicodedata.normalize("NFKC", email).casefold()


def time_zone_choices():
    """The two countries' zones first, then every zone CLDR can name, labelled in the active
    language («Қазақстан уақыты (Қостанай)»); the value stored is the IANA id."""
    home, others = zone_choices()
    return [("", _("My country's time zone")), *home, (_("Other time zones"), others)]


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
        stored = self.instance.time_zone if self.instance else ""
        home, others = zone_choices()
        if stored and stored not in dict(home + others):  # an older id stays choosable, named as CLDR can
            self.fields["time_zone"].choices = [*time_zone_choices(), (stored, zone_label(stored))]

    def clean_latin_name(self):
        return normalize_name(self.cleaned_data.get("latin_name"))

    def clean_native_name(self):
        return normalize_name(self.cleaned_data.get("native_name"))


class SignupForm(ProfileForm):
    """E-mail and profile; the password is chosen behind the link that is e-mailed (services/signup.py)."""

    email = forms.EmailField(label=_("E-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}))

    field_order = ["email"]


class SignupPasswordForm(SetPasswordForm):
    """The last step of sign-up: choosing the password activates the account."""

    def save(self, commit=True):
        return signup_complete(user=self.user, password=self.cleaned_data["new_password1"])


class LoginForm(AuthenticationForm):
    username = forms.CharField(
        label=_("E-mail or username"),
        widget=forms.TextInput(
            attrs={
                "autofocus": True,
                "autocomplete": "username",
                "autocapitalize": "none",
                "spellcheck": "false",
                "dir": "ltr",
            }
        ),
    )

    def clean_username(self):
        """The account a person means, as phones type it: any letter case, the username or the e-mail
        address. Nothing here tells whether an account exists: a wrong guess fails as a wrong password."""
        typed = self.cleaned_data["username"].strip()
        user_model = get_user_model()
        accounts = user_model._default_manager
        if accounts.filter(username=typed).exists():
            return typed
        for lookup in ("username__iexact", "email__iexact"):
            found = list(accounts.filter(**{lookup: typed, "is_active": True}).values_list("username", flat=True)[:2])
            if len(found) == 1:
                return found[0]
        return typed


class PreferredLanguagePasswordResetForm(PasswordResetForm):
    """Sends the reset e-mail in the account holder's language, with links in it.

    Unlike Django's form it also serves active accounts without a usable password: imported
    accounts have none, and "Forgotten your password?" is how their holders choose one.
    """

    def get_users(self, email):
        user_model = get_user_model()
        email_field = user_model.get_email_field_name()
        wanted = _comparable(email)
        candidates = user_model._default_manager.filter(**{f"{email_field}__iexact": email, "is_active": True})
        return (user for user in candidates if _comparable(getattr(user, email_field) or "") == wanted)

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        with translation.override(recipient_for(context["user"], translation.get_language()).language):
            super().send_mail(
                subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name
            )
