"""The development profile shows the translated 404 page for unknown addresses, not Django's debug page."""

import pytest
from django.test import override_settings

from cms.settings import dev

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True, MIDDLEWARE=dev.MIDDLEWARE)
def test_an_unknown_address_in_kazakh_gets_the_translated_404_while_debugging(client):
    from tests.builders import build_home_page

    build_home_page()
    response = client.get("/kk/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "DEBUG = True" not in html and '<html lang="kk"' in html


def test_the_development_profile_uses_it():
    assert dev.MIDDLEWARE[1] == "cms.dev_not_found.TranslatedNotFoundMiddleware"
