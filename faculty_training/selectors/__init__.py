"""Read-side queries shared by views, exports and commands."""

from .content import TranslationStatus, translation_status
from .dashboard import DashboardCourse, dashboard_courses

__all__ = ["DashboardCourse", "TranslationStatus", "dashboard_courses", "translation_status"]
