"""The leak check itself: it must catch an untranslated string and spare what is meant to stay."""

from tests.i18n.leakcheck import leaked_words

PAGE = """<html><head><title>سرٹیفکیٹ</title></head><body>
<h1>میری تربیت</h1>
<p translate="no">Ayesha Khan · PKKZ-2026-000001</p>
<nav><a translate="no" lang="en" href="/en/">English</a></nav>
<p>فائل PDF میں</p>
<script>var English = "not visible";</script>
{extra}
</body></html>"""


def test_a_fully_translated_page_has_no_leaks():
    assert leaked_words(PAGE.format(extra="")) == []


def test_a_new_untranslated_string_is_caught():
    assert leaked_words(PAGE.format(extra="<p>Please wait</p>")) == ["Please", "wait"]


def test_untranslated_attributes_are_caught_too():
    assert leaked_words(PAGE.format(extra='<input placeholder="Search">')) == ["Search"]
    assert leaked_words(PAGE.format(extra='<button aria-label="Close">×</button>')) == ["Close"]


def test_addresses_and_links_are_not_words():
    assert leaked_words(PAGE.format(extra="<p>https://example.org/verify/ и demo@example.org</p>")) == []
