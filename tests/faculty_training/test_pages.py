"""Content pages: where each type may go, translated URLs, fallback, listings and their query cost."""

from urllib.parse import quote

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms.home.models import HomePage
from faculty_training.models import CoursePage, ModulePage, ProgramIndexPage, ProgramPage
from tests.builders import build_content_tree, build_course, build_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return build_content_tree(modules=2)


def test_page_types_go_only_where_the_tree_allows(tree):
    home, index, programme, course = tree["home"], tree["index"], tree["programme"], tree["course"]
    assert ProgramIndexPage in HomePage.allowed_subpage_models()
    assert ProgramIndexPage.allowed_subpage_models() == [ProgramPage]
    assert ProgramPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_subpage_models() == [ModulePage]
    assert ModulePage.allowed_subpage_models() == []
    assert not ProgramPage.can_create_at(home)
    assert ProgramPage.can_create_at(index)
    assert not CoursePage.can_create_at(index)
    assert CoursePage.can_create_at(programme)
    assert not ModulePage.can_create_at(programme)
    assert ModulePage.can_create_at(course)
    assert not ProgramIndexPage.can_create_at(home)  # one index per home page: it already has one


@pytest.mark.parametrize("language", ["en", "ur", "kk", "ru"])
def test_module_has_a_translated_url_in_each_language(client, tree, language):
    module = tree["modules"][0]
    with translation.override(language):
        url = module.get_url()
    slugs = [getattr(page, f"slug_{language}") for page in (tree["index"], tree["programme"], tree["course"], module)]
    assert url == f"/{language}/" + "".join(f"{quote(slug)}/" for slug in slugs)
    response = client.get(url)
    assert response.status_code == 200
    assert getattr(module, f"title_{language}") in response.content.decode()


def test_module_body_falls_back_to_english_with_notice(client, tree):
    module = build_module(tree["course"], body_kk=[], body_ur=[])
    with translation.override("kk"):
        url = module.get_url()
    html = client.get(url).content.decode()
    assert "English body" in html
    assert "Бұл бөлім әлі Сіздің тіліңізге аударылмаған" in html
    with translation.override("ru"):
        html_ru = client.get(module.get_url()).content.decode()
    assert "Русский текст" in html_ru
    assert "fallback-notice" not in html_ru


def test_course_page_lists_modules_in_order_with_time(client, tree):
    course = tree["course"]
    optional = build_module(course, estimated_minutes=45, is_required=False)
    with translation.override("ru"):
        html = client.get(course.get_url()).content.decode()
    positions = [html.index(module.title_ru) for module in [*tree["modules"], optional]]
    assert positions == sorted(positions)
    assert "45 минут" in html
    assert "необязательно" in html
    assert "2 обязательных модуля" in html  # Russian plural of 2
    assert "12,5" in html or "12.5" in html


def test_programme_page_lists_courses_with_cpd_hours(client, tree):
    with translation.override("en"):
        html = client.get(tree["programme"].get_url()).content.decode()
    assert tree["course"].title_en in html
    assert "12.5 CPD hours" in html


def test_programme_end_date_cannot_precede_start_date(tree):
    programme = tree["programme"]
    programme.start_date, programme.end_date = "2026-06-01", "2026-01-01"
    with pytest.raises(ValidationError) as error:
        programme.full_clean()
    assert "end_date" in error.value.message_dict


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_course_page_queries_do_not_grow_with_modules(client):
    small = build_content_tree(modules=5)["course"]
    large = build_course(small.get_parent())
    for _ in range(50):
        build_module(large)
    small_url, large_url = small.get_url(), large.get_url()
    _queries_for(client, small_url)  # warm the site-root cache
    assert _queries_for(client, large_url) == _queries_for(client, small_url)


@pytest.mark.parametrize(
    ("language", "field"), [("en", "title_en"), ("ur", "title_ur"), ("kk", "title_kk"), ("ru", "title_ru")]
)
def test_search_finds_a_course_by_its_title_in_each_language(client, tree, language, field):
    course = CoursePage.objects.get(pk=tree["course"].pk)
    query = getattr(course, field).split()[0] if language != "en" else "Course"
    response = client.get(f"/{language}/search/", {"query": query})
    with translation.override(language):
        url = course.get_url()
    assert f'href="{url}"' in response.content.decode()
