"""The anonymous demo in Urdu, Kazakh and Russian shows no Latin-script word but the acronyms people know.

Stricter than the leak check (test_no_english_leaks.py): its allowlist holds only OSCE, DOPS,
Mini-CEX, QR, CPD and PMDC, and the text of form options counts even when it looks like a path
(a time-zone picker listing ``America/Argentina/Buenos_Aires`` fails). Text marked
``translate="no"`` (names, citations, the language switcher), scripts, styles, web and e-mail
addresses, and codes (serials, verification and institution codes) are not words.
"""

import re
from collections import Counter

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from faculty_training.models import Certificate, CoursePage, ModulePage
from tests.i18n.leakcheck import crawl, visible_text

pytestmark = pytest.mark.django_db

KNOWN_ACRONYMS = {"OSCE", "DOPS", "MINI-CEX", "MINI", "CEX", "QR", "CPD", "PMDC"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’_./-]*")
ADDRESS = re.compile(r"\S*(?:https?://|www\.|@)\S*")
CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9-]+$|^[A-Z]{2}(?:-[A-Z0-9]+){2,}$")  # serials, codes, PK-ISB-MU
SKIP = re.compile(r"\.(pdf|ics|csv|xlsx|zip|png|jpg|svg|woff2|json)$|/accounts/logout/|/feedback/")
MAX_PAGES = 40


def latin_words(html):
    """Latin-script words a reader meets on the page, except known acronyms and codes."""
    words = []
    for chunk in visible_text(html):
        for token in LATIN_WORD.findall(ADDRESS.sub(" ", chunk)):
            word = token.strip("'’.-_/")
            if word and word.upper() not in KNOWN_ACRONYMS and not CODE.match(word):
                words.append(word)
    return words


def test_the_count_catches_options_and_ignores_codes_and_marked_text():
    html = (
        '<select><option value="America/Argentina/Buenos_Aires">America/Argentina/Buenos_Aires</option>'
        '<option value="Asia/Almaty">Қазақстан уақыты (Алматы)</option></select>'
        '<p>OSCE · Mini-CEX · QR · KZ-2026-000123 · PK-ISB-MU · <cite translate="no">Miller GE</cite></p>'
        "<script>var x = 'code';</script><p>Credential (VC-JWT)</p>"
    )
    assert latin_words(html) == ["America/Argentina/Buenos_Aires", "Credential", "VC-JWT"]


def _crawl(client, language, seeds):
    seen, found = set(), {}
    for url, html in crawl(client, language, seeds, skip=SKIP, limit=MAX_PAGES, seen=seen, keep_query=False):
        words = latin_words(html)
        if words:
            found[url] = Counter(words)
    return seen, found


def test_anonymous_demo_pages_have_no_latin_words_but_known_acronyms():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    certificate = Certificate.objects.exclude(revoked_at__isnull=False).first()
    course, module = CoursePage.objects.live().first(), ModulePage.objects.live().first()
    report, pages = {}, 0
    for language in ("ur", "kk", "ru"):
        seeds = [
            f"/{language}/",
            f"/{language}/verify/",
            f"/{language}/verify/{certificate.verification_code}/",
            f"/{language}/accounts/login/",
            f"/{language}/accounts/signup/",
            f"/{language}/accounts/password-reset/",
        ]
        with translation.override(language):
            seeds += [course.get_url(), module.get_url()]
        seen, found = _crawl(Client(HTTP_ACCEPT_LANGUAGE=language), language, seeds)
        pages += len(seen)
        report.update({f"{url}": dict(words) for url, words in found.items()})
    assert pages >= 30
    assert report == {}, "Latin-script words on anonymous pages:\n" + "\n".join(
        f"{url}: {words}" for url, words in sorted(report.items())
    )
