"""The header's programmes link is cached per language; whatever changes the link's address or
whether it is shown must make every process work it out again."""

import pytest
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from faculty_training.selectors.navigation import programmes_url
from tests.builders import build_content_tree

pytestmark = pytest.mark.django_db


def _link(language="en"):
    with translation.override(language):
        return programmes_url()


def test_the_link_follows_a_change_of_the_site_root():
    tree = build_content_tree()
    before = _link()
    assert before and before.endswith("/")
    site = Site.objects.get(is_default_site=True)
    site.root_page = Page.get_first_root_node()  # the home page is now a section of the site
    site.save()
    after = _link()
    assert after != before
    assert after == tree["index"].specific.get_url()


def test_the_link_follows_a_change_of_the_hostname_when_there_are_several_sites():
    tree = build_content_tree()
    other_home = Page.get_first_root_node().add_child(instance=Page(title="Other", slug="other-home"))
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    assert _link().startswith("http://localhost/")
    site = Site.objects.get(is_default_site=True)
    site.hostname = "training.example"
    site.save()
    assert _link().startswith("http://training.example/")
    assert _link() == tree["index"].specific.get_url()


def test_the_link_comes_back_when_the_privacy_restriction_is_deleted():
    tree = build_content_tree()
    restriction = PageViewRestriction.objects.create(page=tree["index"], restriction_type="login")
    assert _link() is None
    restriction.delete()
    assert _link() == tree["index"].get_url()


def test_a_request_during_a_publishing_transaction_does_not_keep_the_old_link(django_capture_on_commit_callbacks):
    """Publishing runs in a transaction: another worker that reads the pages after the signal but
    before the commit still sees the old state and must not store it for good."""
    from faculty_training.selectors import navigation

    tree = build_content_tree()
    assert _link() == tree["index"].get_url()
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            tree["index"].unpublish()
            # another worker, reading before the commit, still finds the published index
            generation = navigation.cache.get(navigation.NAVIGATION_GENERATION_KEY)
            navigation.cache.set(
                f"faculty_training:navigation:programmes:{generation}:en", tree["index"].get_url(), 3600
            )
    assert _link() is None
