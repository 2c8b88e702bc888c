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


@pytest.fixture
def on_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run `make test-postgres`")
