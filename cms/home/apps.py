"""The host site's home page app."""

from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "cms.home"
    label = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms import page_cache  # noqa: F401  (connects the cache invalidation receivers)
