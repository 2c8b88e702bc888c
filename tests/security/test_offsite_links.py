"""Links and redirects built from the request stay on this site (audit issue 17, finding 3)."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from faculty_training.safe_urls import is_same_site_path, same_site_path
from tests.builders import build_content_tree, build_participant

pytestmark = pytest.mark.django_db

HOSTILE_PATHS = [
    "//evil.example/x",
    "///evil.example/x",
    "/\\evil.example/x",
    "//evil.example/en/verify/",  # resolves once the host part is dropped: translate_url kept the host
    "/en//evil.example/x",
    "//evil.example",
]
HREF = re.compile(r'href="([^"]*)"')


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_language_links_of_any_page_stay_on_this_site(client, path):
    build_content_tree()
    response = client.get("/", PATH_INFO=path)
    assert response.status_code in (301, 302, 404)
    if response.status_code != 404:
        assert is_same_site_path(response["Location"]), response["Location"]
        return
    hrefs = HREF.findall(response.content.decode())
    assert hrefs
    for href in hrefs:
        assert is_same_site_path(href) or href.startswith(("http://testserver/", "#")), href


def test_same_site_path_never_yields_a_scheme_relative_or_absolute_address():
    for raw in ["//evil.example/x", "/\\/evil.example", "\\\\evil.example", "evil.example/x", "/en/verify/"]:
        assert is_same_site_path(same_site_path(raw)), raw
    for url in ["//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", ""]:
        assert not is_same_site_path(url), url


@pytest.mark.parametrize(
    "target", ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]
)
def test_login_never_sends_the_person_to_another_site(client, target):
    participant = build_participant(username="amina")
    form = client.get(reverse("login"), {"next": target}).content.decode()
    assert re.search(r'name="next" value=""', form)  # an unsafe target is not carried on
    for href in HREF.findall(form):  # links may keep the query, but only on this site's paths
        assert is_same_site_path(href) or href.startswith(("http://testserver/", "#")), href
    response = client.post(
        reverse("login") + "?next=" + target, {"username": "amina", "password": "pass-12345-word", "next": target}
    )
    assert response.status_code == 302 and is_same_site_path(response["Location"]), response["Location"]
    assert participant.pk


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example"])
def test_redirects_after_a_post_never_leave_the_site(target):
    tree = build_content_tree()
    client = Client()
    client.force_login(build_participant())
    posts = [
        (reverse("faculty_training:enrol", args=[tree["course"].pk]), {"next": target}),
        (reverse("faculty_training:module_done", args=[tree["modules"][0].pk]), {"next": target}),
        (reverse("faculty_training:notifications"), {"next": target}),
        (reverse("faculty_training:withdraw", args=[tree["course"].pk]), {"next": target}),
    ]
    for url, data in posts:
        response = client.post(url, data)
        if response.status_code in (301, 302):
            assert is_same_site_path(response["Location"]) or response["Location"].startswith("http://testserver/"), (
                url,
                response["Location"],
            )
