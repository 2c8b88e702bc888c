"""Read-side queries shared by views, exports and commands."""

from .content import TranslationStatus, question_translation_status, translation_status
from .dashboard import DashboardCourse, dashboard_courses, dashboard_sessions

__all__ = [
    "DashboardCourse",
    "TranslationStatus",
    "dashboard_courses",
    "dashboard_sessions",
    "question_translation_status",
    "translation_status",
]
