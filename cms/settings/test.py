"""Test profile: SQLite in memory unless DATABASE_URL names PostgreSQL; fast hashing."""

import os
import tempfile

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-key-with-enough-length-for-django-checks-0123456789"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DEMO_CONTENT_ALLOWED = True
if "DATABASE_URL" not in os.environ:
    DATABASES["default"] = {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}

TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "batches": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    # Queued as in production: tests run the worker to send notification e-mails.
    "notifications": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
FACULTY_TRAINING_NOTIFICATION_TASK_BACKEND = "notifications"
FACULTY_TRAINING_SITE_URL = "http://testserver"
# Tests change records and look again at once; tests/faculty_training/test_query_counts.py turns it on.
FACULTY_TRAINING_RECORDS_CHARTS_CACHE_SECONDS = 0
FACULTY_TRAINING_ISSUER_KEY_DIR = tempfile.mkdtemp(prefix="issuer-keys-")
