"""Django's own messages that participants meet, marked so that our catalogs carry them.

Django ships Urdu and Kazakh catalogs that miss most of these (about 5% of
django.contrib.auth for Urdu). Listing them here puts them into the plugin's catalogs,
which take precedence over Django's; the msgids must stay exactly as Django writes them.
Nothing calls this function.
"""

from django.utils.translation import gettext_noop, ngettext_lazy


def _messages():  # pragma: no cover
    return [
        # forms
        gettext_noop("This field is required."),
        gettext_noop("Enter a valid email address."),
        gettext_noop("Enter a whole number."),
        gettext_noop("Enter a number."),
        gettext_noop("Enter a valid date."),
        gettext_noop("Enter a valid URL."),
        gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
        gettext_noop("Select a valid choice. That choice is not one of the available choices."),
        gettext_noop("No file was submitted. Check the encoding type on the form."),
        gettext_noop("The submitted file is empty."),
        ngettext_lazy(
            "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
            "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
            "limit_value",
        ),
        gettext_noop("Ensure this value is less than or equal to %(limit_value)s."),
        gettext_noop("Ensure this value is greater than or equal to %(limit_value)s."),
        # log-in and password reset
        gettext_noop("Please enter a correct %(username)s and password. Note that both fields may be case-sensitive."),
        gettext_noop("This account is inactive."),
        gettext_noop("Email"),
        gettext_noop("New password"),
        gettext_noop("New password confirmation"),
        gettext_noop("The two password fields didn’t match."),
        gettext_noop("Enter the same password as before, for verification."),
        # password rules
        ngettext_lazy(
            "This password is too short. It must contain at least %d character.",
            "This password is too short. It must contain at least %d characters.",
            "min_length",
        ),
        ngettext_lazy(
            "Your password must contain at least %(min_length)d character.",
            "Your password must contain at least %(min_length)d characters.",
            "min_length",
        ),
        gettext_noop("The password is too similar to the %(verbose_name)s."),
        gettext_noop("Your password can’t be too similar to your other personal information."),
        gettext_noop("This password is too common."),
        gettext_noop("Your password can’t be a commonly used password."),
        gettext_noop("This password is entirely numeric."),
        gettext_noop("Your password can’t be entirely numeric."),
        gettext_noop("username"),
        gettext_noop("email address"),
        gettext_noop("first name"),
        gettext_noop("last name"),
    ]
