"""Fixtures shared by the whole suite."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import translation


@pytest.fixture(autouse=True)
def _isolate_cache_and_language():
    # Wagtail keeps site root paths in the cache, and a request leaves its language active:
    # a test must see neither another test's site nor its language.
    cache.clear()
    translation.activate("en")
    yield
    translation.deactivate()
    cache.clear()


@pytest.fixture(autouse=True)
def _issuer_keys_per_test(settings, tmp_path):
    # Key files live outside the database, so they outlive a test's rolled-back transaction.
    settings.FACULTY_TRAINING_ISSUER_KEY_DIR = str(tmp_path / "issuer-keys")


@pytest.fixture
def on_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run `make test-postgres`")


_MIGRATED = {}


@pytest.fixture
def migrated_data(transactional_db):
    """For transactional tests: the rows that migrations made (root page, locale, groups, workflow).

    A transactional test ends by emptying every table, and Django's serialized rollback does not
    restore reliably here (Wagtail pages, the live server's shared SQLite connection, post-migrate
    receivers). The first transactional test keeps a copy of the migrated rows; later ones put it
    back when the tables are empty.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from wagtail.models import Page

    if Page.get_first_root_node() is not None:
        _MIGRATED.setdefault("rows", connection.creation.serialize_db_to_string())
    elif "rows" in _MIGRATED:
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(_MIGRATED["rows"])
        ContentType.objects.clear_cache()
        # The rows came back with their ids: move PostgreSQL's sequences past them.
        from django.apps import apps
        from django.core.management.color import no_style

        statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
        if statements:
            with connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
