"""App configuration of the faculty_training plugin."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FacultyTrainingConfig(AppConfig):
    name = "faculty_training"
    verbose_name = _("Faculty training")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, signals  # noqa: F401  (registers checks and receivers)
        from .spreadsheets import neutralise_admin_spreadsheets

        neutralise_admin_spreadsheets()
