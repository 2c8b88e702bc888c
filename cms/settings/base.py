"""Settings shared by every profile of the host site (dev, test, production)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def proxy_count_from_environment(default):
    """TRUSTED_PROXY_COUNT from the environment as a number; ``default`` when it is not set."""
    value = os.environ.get("TRUSTED_PROXY_COUNT", "").strip()
    if not value:
        return default
    if not value.isdigit():
        raise ImproperlyConfigured(f"TRUSTED_PROXY_COUNT must be a whole number of proxies (0 or more), not {value!r}.")
    return int(value)


INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the apps whose models it translates;
    # its migrate/makemigrations overrides keep Page's per-language columns out of
    # wagtailcore's migrations.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "faculty_training",
    "cms.home",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "cms.search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    # Above the session, CSRF and message middleware: sees the cookies they set (see docs/security.md).
    "faculty_training.middleware.PrivateResponsesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, plus: addresses without a language take signed-in people to theirs.
    "faculty_training.middleware.PreferredLanguageLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "cms.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "faculty_training.middleware.ParticipantTimezoneMiddleware",
    # Last, as django-axes requires: refuses logins that are locked out.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite file in the project folder unless DATABASE_URL names another database.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
# `make run` has a web server and a task worker writing at once. A deferred transaction that reads and then
# writes fails at once with "database is locked" when the other holds the lock; IMMEDIATE takes the write
# lock at BEGIN and waits for it (up to the timeout), and WAL lets readers go on meanwhile.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the default and the fallback of every translated field.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ur", _("Urdu")),
    ("kk", _("Kazakh")),
    ("ru", _("Russian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# Stored in UTC; shown in the viewer's zone. Both partner countries are UTC+5.
TIME_ZONE = "Asia/Karachi"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "ur", "kk", "ru")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# Translation is field-level (one page, four columns), not Wagtail's tree-per-locale.
WAGTAIL_I18N_ENABLED = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_root"
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
# "default" is public media (Wagtail images and documents, served under MEDIA_URL). Files generated
# about people (certificate ZIPs, transcripts, exports) go to "private", outside MEDIA_ROOT, and are
# served only by the plugin's checked view (faculty_training.storage, docs/deployment.md).
PRIVATE_STORAGE_ROOT = os.environ.get("PRIVATE_STORAGE_ROOT", str(BASE_DIR / "var" / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {
        "BACKEND": "faculty_training.storage.PrivateFileSystemStorage",
        # Readable by the service account only, like the issuer keys.
        "OPTIONS": {
            "location": PRIVATE_STORAGE_ROOT,
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    },
}

WAGTAIL_SITE_NAME = "Pakistan–Kazakhstan Faculty Training"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", os.environ.get("SITE_URL", "http://127.0.0.1:8000"))
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

LOGIN_URL = "login"
# Private pages send visitors to the site's own log-in page (in their language), not Wagtail's bare form.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "faculty_training:dashboard"
LOGOUT_REDIRECT_URL = "/"

# Reverse proxies of ours in front of the site (env TRUSTED_PROXY_COUNT): the client's address is
# the one the outermost of them saw. 0 (the default here): X-Forwarded-For is ignored. Production
# reads it without a default, and `check --deploy` warns until it is set. Rate limits and django-axes
# both take the address from faculty_training.client_address.
FACULTY_TRAINING_TRUSTED_PROXY_COUNT = proxy_count_from_environment(default=0)

# Login throttling (django-axes), 15 minutes of lock with a translated HTTP 429 page:
# - 5 wrong passwords for one account from one address lock that account from that address only,
#   so a classmate behind the same NAT is not locked with it;
# - 100 failures from one address, whatever the accounts (far above what a lecture hall reaches),
#   lock the address; a successful log-in there does not clear them;
# - 30 failures for one account from any addresses lock the account (many addresses, one target).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "cms.login_throttle.LoginThrottleHandler"
AXES_CLIENT_IP_CALLABLE = "faculty_training.client_address.client_address"
LOGIN_FAILURE_LIMIT_PER_ADDRESS = 100
LOGIN_FAILURE_LIMIT_PER_ACCOUNT = 30
AXES_LOCKOUT_TEMPLATE = "faculty_training/accounts/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Images go through Pillow with limits; SVG is not accepted (it can carry script).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "faculty_training.forms.images.SafeImageForm"
# The admin shows the four language versions of each field together; editors may hide some.
WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT = ("en", "ur", "kk", "ru")

# Background work (django-tasks). Wagtail's own small tasks run at once; certificate batches go
# to the database queue that `make worker` (python manage.py db_worker --backend batches) runs.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "batches": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
FACULTY_TRAINING_TASK_BACKEND = "batches"
# Notification e-mails are sent by the worker (`make worker`), never inside a request.
FACULTY_TRAINING_NOTIFICATION_TASK_BACKEND = "batches"
FACULTY_TRAINING_SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
# Private signing keys of the issuers: never in the database or the repository (var/ is ignored).
FACULTY_TRAINING_ISSUER_KEY_DIR = os.environ.get("ISSUER_KEY_DIR", str(BASE_DIR / "var" / "issuer-keys"))

# Pages for anonymous visitors are cached this long (0 = off; production turns it on).
PAGE_CACHE_SECONDS = 0

# Content Security Policy (django-csp): no inline script anywhere; styles and fonts from here only.
CONTENT_SECURITY_POLICY = {
    # Wagtail's admin relies on inline scripts and styles; the public site does not.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],  # Wagtail's admin sets style attributes
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "frame-src": [
            "'self'",
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
