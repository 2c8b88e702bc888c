"""Development profile: the default of manage.py. SQLite, console e-mail, debug on."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEMO_CONTENT_ALLOWED = True
# The site's own translated 404 page for unknown addresses, also while debugging (cms/dev_not_found.py).
MIDDLEWARE = [MIDDLEWARE[0], "cms.dev_not_found.TranslatedNotFoundMiddleware", *MIDDLEWARE[1:]]  # noqa: F405
