"""accounts/...: sign-up, log-in, log-out and password reset, in the site's languages."""

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy
from django.views.generic import TemplateView

from ..forms.accounts import PreferredLanguagePasswordResetForm
from ..views import accounts

TEMPLATES = "faculty_training/accounts/"

urlpatterns = [
    path("signup/", accounts.signup, name="signup"),
    path(
        "signup/sent/",
        TemplateView.as_view(template_name=TEMPLATES + "signup_sent.html"),
        name="signup_sent",
    ),
    path("signup/confirm/<uidb64>/<token>/", accounts.SignupConfirmView.as_view(), name="signup_confirm"),
    path("login/", accounts.ParticipantLoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password-reset/",
        accounts.ThrottledPasswordResetView.as_view(
            template_name=TEMPLATES + "password_reset_form.html",
            form_class=PreferredLanguagePasswordResetForm,
            email_template_name=TEMPLATES + "password_reset_email.txt",
            subject_template_name=TEMPLATES + "password_reset_subject.txt",
            success_url=reverse_lazy("password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name=TEMPLATES + "password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "reset/<uidb64>/<token>/",
        accounts.ConfirmingPasswordResetConfirmView.as_view(
            template_name=TEMPLATES + "password_reset_confirm.html", success_url=reverse_lazy("password_reset_complete")
        ),
        name="password_reset_confirm",
    ),
    path(
        "reset/done/",
        auth_views.PasswordResetCompleteView.as_view(template_name=TEMPLATES + "password_reset_complete.html"),
        name="password_reset_complete",
    ),
]
