"""Every language prefix renders its language; Urdu alone is right-to-left; links keep the page."""

from urllib.parse import quote

import pytest
from django.test import override_settings
from django.utils import translation

from tests.builders import build_home_page, build_program_index

pytestmark = pytest.mark.django_db

BRAND = {
    "en": "Pakistan–Kazakhstan Faculty Training",
    "ur": "پاکستان–قازقستان فیکلٹی ڈیولپمنٹ",
    "kk": "Пәкістан–Қазақстан: ПОҚ біліктілігін арттыру",
    "ru": "Повышение квалификации ППС: Пакистан–Казахстан",
}


@pytest.fixture
def home():
    return build_home_page()


@pytest.mark.parametrize("language", ["en", "ur", "kk", "ru"])
def test_each_prefix_renders_home_page_in_its_language(client, home, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert BRAND[language] in html
    assert getattr(home, f"title_{language}") in html


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ur", "rtl"), ("kk", "ltr"), ("ru", "ltr")])
def test_only_urdu_is_right_to_left(client, home, language, direction):
    html = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html


@pytest.mark.parametrize(
    ("accept", "target"), [("ru,en;q=0.5", "/ru/"), ("ur-PK", "/ur/"), ("de-DE", "/en/"), ("", "/en/")]
)
def test_root_redirects_by_accept_language_then_english(client, home, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def test_switcher_links_to_the_same_page_with_translated_slugs(client, home):
    index = build_program_index(home)
    html = client.get(f"/en/{index.slug_en}/").content.decode()
    for language in ("ur", "kk", "ru"):
        slug = getattr(index, f"slug_{language}")
        with translation.override(language):
            expected = index.get_url()
        assert expected == f"/{language}/{quote(slug)}/"
        assert f'href="{expected}" lang="{language}"' in html
        assert client.get(expected).status_code == 200


def test_every_page_declares_hreflang_alternates(client, home):
    html = client.get("/kk/").content.decode()
    for language in ("en", "ur", "kk", "ru"):
        assert f'hreflang="{language}" href="http://testserver/{language}/"' in html
    assert 'hreflang="x-default" href="http://testserver/en/"' in html


def test_untranslated_field_falls_back_to_english_with_a_notice(client, home):
    index = build_program_index(home, intro_en="<p>Only in English</p>", intro_kk="", intro_ur="")
    kk_html = client.get(f"/kk/{index.slug_kk}/").content.decode()
    assert "Only in English" in kk_html
    assert "Бұл бөлім әлі Сіздің тіліңізге аударылмаған" in kk_html
    assert 'lang="en" dir="ltr"' in kk_html  # the English text is marked as English inside a Kazakh page
    en_html = client.get(f"/en/{index.slug_en}/").content.decode()
    assert "fallback-notice" not in en_html


def test_translated_field_shows_no_notice(client, home):
    index = build_program_index(home, intro_en="<p>English</p>", intro_ru="<p>По-русски</p>")
    html = client.get(f"/ru/{index.slug_ru}/").content.decode()
    assert "По-русски" in html
    assert "fallback-notice" not in html


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Page not found"), ("ur", "صفحہ نہیں ملا"), ("kk", "Бет табылмады"), ("ru", "Страница не найдена")],
)
def test_not_found_page_is_translated(client, home, language, text):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert text in response.content.decode()


@override_settings(DEBUG=False)
@pytest.mark.parametrize(("language", "text"), [("ur", "کچھ غلط ہو گیا"), ("ru", "Что-то пошло не так")])
def test_server_error_page_is_translated(language, text):
    from django.test import RequestFactory
    from django.views.defaults import server_error

    with translation.override(language):
        response = server_error(RequestFactory().get(f"/{language}/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert text in html
    assert f'lang="{language}"' in html


@pytest.mark.parametrize(("language", "query"), [("en", "Programmes"), ("ru", "Программы")])
def test_site_search_finds_pages(client, home, language, query):
    index = build_program_index(home)
    response = client.get(f"/{language}/search/", {"query": query})
    assert response.status_code == 200
    with translation.override(language):
        url = index.get_url()
    assert f'<li><a href="{url}">' in response.content.decode()


def test_site_search_without_match_says_so(client, home):
    response = client.get("/ru/search/", {"query": "несуществующее"})
    assert "0 результатов" in response.content.decode()
