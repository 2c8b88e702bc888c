"""App configuration of the faculty_training plugin."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FacultyTrainingConfig(AppConfig):
    name = "faculty_training"
    verbose_name = _("Faculty training")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.urls import register_converter

        from . import checks, signals  # noqa: F401  (registers checks and receivers)
        from .spreadsheets import neutralise_admin_spreadsheets

        neutralise_admin_spreadsheets()

        from .params import IdConverter, TextConverter

        # Before any URLconf loads: <id:…> and <text:…> parse path parameters with bounds.
        register_converter(IdConverter, "id")
        register_converter(TextConverter, "text")
