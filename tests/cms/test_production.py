"""The production profile's pieces: health endpoint, page cache for anonymous visitors, headers."""

import pytest
from django.test import override_settings
from django.utils import translation

from tests.builders import build_home_page, build_program_index, build_user

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "queue": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_says_503_when_the_cache_is_broken(client, monkeypatch):
    from django.core.cache import cache

    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "error: value not read back"


@override_settings(PAGE_CACHE_SECONDS=300)
def test_published_pages_are_cached_per_language_for_anonymous_visitors(client):
    build_home_page()
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    assert client.get("/ur/")["X-Page-Cache"] == "miss"  # each language has its own entry
    html = client.get("/ur/").content.decode()
    assert 'dir="rtl"' in html


@override_settings(PAGE_CACHE_SECONDS=300)
def test_publishing_drops_the_cached_pages(client):
    home = build_home_page()
    client.get("/en/")
    home.intro_en = "A new introduction"
    home.save_revision().publish()
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "A new introduction" in response.content.decode()


@override_settings(PAGE_CACHE_SECONDS=300)
def test_logged_in_visitors_and_other_views_are_never_cached(client):
    home = build_home_page()
    index = build_program_index(home)
    client.force_login(build_user())
    with translation.override("en"):
        url = index.get_url()
    assert "X-Page-Cache" not in client.get(url)
    client.logout()
    assert "X-Page-Cache" not in client.get("/en/verify/")


def test_security_headers_on_public_pages(client):
    build_home_page()
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY" or response["X-Frame-Options"] == "SAMEORIGIN"


def test_public_pages_carry_no_inline_script(client):
    build_home_page()
    html = client.get("/ur/").content.decode()
    assert "<script>" not in html and "onclick=" not in html


@override_settings(PAGE_CACHE_SECONDS=300)
def test_making_a_page_private_drops_it_from_the_cache(client):
    from wagtail.models import PageViewRestriction

    from tests.builders import build_content_tree

    tree = build_content_tree(modules=0)
    with translation.override("en"):
        url = tree["course"].get_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(page=tree["course"], restriction_type=PageViewRestriction.LOGIN)
    response = client.get(url)
    assert response.status_code == 302  # not the cached public copy
    assert response["Location"].startswith("/en/accounts/login/")  # the site's own log-in page


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_cancelled_session_is_not_shown_as_scheduled_from_the_cache(client):
    from faculty_training.services.attendance import session_cancel
    from tests.builders import build_content_tree, build_session

    tree = build_content_tree(modules=0, has_live_sessions=True)
    session = build_session(tree["course"], starts_in_minutes=24 * 60)
    with translation.override("en"):
        url = tree["course"].get_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    session_cancel(session=session, reason="Flooding", user=build_user())
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"


@override_settings(PAGE_CACHE_SECONDS=300)
def test_moving_a_page_drops_the_cache(client):
    from tests.builders import build_content_tree

    tree = build_content_tree(modules=1)
    other = build_content_tree(modules=0)["course"]
    client.get("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    tree["modules"][0].move(other, pos="last-child")
    assert client.get("/en/")["X-Page-Cache"] == "miss"


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_page_cached_while_a_publication_commits_is_dropped_after_the_commit(
    client, django_capture_on_commit_callbacks
):
    """A request served between the publication's cache drop and its commit still read the old page
    and cached it under the new generation: the drop is repeated after the commit."""
    home = build_home_page()
    client.get("/en/")
    home.intro_en = "A new introduction"
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
        from django.core.cache import cache

        from cms.page_cache import GENERATION_KEY

        # what a concurrent request would have cached under the already-bumped generation
        stale = client.get("/en/")
        stale_key = f"page-cache:anonymous:{cache.get(GENERATION_KEY)}:http:testserver:/en/"
        assert cache.get(stale_key) is not None
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert stale["X-Page-Cache"] == "miss"


@override_settings(PAGE_CACHE_SECONDS=300)
def test_changing_the_sites_root_page_drops_the_cached_pages(client):
    from wagtail.models import Site

    build_home_page()
    client.get("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Renamed"  # any save of a site: its root page or hostname may have changed
    site.save()
    assert client.get("/en/")["X-Page-Cache"] == "miss"
