"""Every PDF the project makes can be searched and copied: a reader looking for the holder's native
name or the course title in a certificate or transcript finds it exactly, with poppler's
``pdftotext`` and with PDFium (Chrome's viewer), and each PDF names its title and language.

Without Debian's ``pdftotext`` the poppler half skips locally and fails in CI (``.ci/run`` installs
poppler-utils).
"""

import io
import os
import re
import shutil
import subprocess

import pypdf
import pypdfium2
import pytest
from django.utils import translation

from faculty_training.pdf.certificate import render_certificate
from faculty_training.pdf.text import visual_order
from faculty_training.services.transcripts import transcript_pdf
from tests.builders import SHORT_COURSE_TITLES, SHORT_HOLDERS, build_certificate_snapshot, long_text

NATIVE_NAMES = {
    "ur": "عائشہ بی بی صدیقی",
    "kk": "Әйгерім Ғалымжанқызы Қасымова Ңңөұүһі",
    "ru": "Ольга Сергеевна Ёлкина",
}


def _poppler(pdf_bytes, tmp_path):
    if not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("CI must install poppler-utils")
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf_bytes)
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def _pdfium(pdf_bytes):
    document = pypdfium2.PdfDocument(pdf_bytes)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def _words(text):
    """Text as a search box sees it: runs of white space are one space, no direction marks (pdftotext
    puts U+202B … U+202C around right-to-left lines)."""
    return " ".join(text.translate(dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))).split())


def _certificate(language, **content):
    snapshot = build_certificate_snapshot(language, **content)
    snapshot["holder"]["native_name"] = NATIVE_NAMES[language]
    return render_certificate(snapshot)


def _transcript(language, course_title):
    rows = [
        {
            "latin_name": SHORT_HOLDERS[language][0],
            "native_name": NATIVE_NAMES[language],
            "institution": "PK-ISB-MU",
            "course": title,
            "status": "—",
            "enrolled_on": "2026-09-01",
            "sessions_attended": 9,
            "sessions_held": 10,
            "modules_done": 3,
            "cpd_hours": "12",
            "certificate": "PKKZ-2026-000123" if index == 0 else "",
        }
        for index, title in enumerate([course_title, SHORT_COURSE_TITLES["en"]])
    ]
    with translation.override(language):
        return transcript_pdf(rows)


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_native_name_and_course_title_are_found_in_the_certificate(language, tmp_path):
    pdf = _certificate(language)
    for text in (_poppler(pdf, tmp_path), _pdfium(pdf)):
        assert NATIVE_NAMES[language] in _words(text)
        assert SHORT_COURSE_TITLES[language] in _words(text)


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_a_title_wrapped_over_lines_is_found_as_a_whole(language, tmp_path):
    title = long_text(language, 255)
    pdf = _certificate(language, titles="long")
    assert title in _words(_pdfium(pdf))
    if language != "ur":
        assert title in _words(_poppler(pdf, tmp_path))
    else:
        # poppler orders a right-to-left line on a mostly left-to-right page with a shortcut that
        # breaks it at ":" "،" and digits (TextOutputDev's reorderText); each stretch between them
        # is found, in reading order.
        for stretch in re.split(r"[:،]", title):
            assert stretch.strip() in _words(_poppler(pdf, tmp_path))


def test_an_untranslated_field_shown_in_english_on_an_urdu_certificate_reads_as_written(tmp_path):
    """A field without its Urdu version falls back to English: set as Latin, left to right."""
    snapshot = build_certificate_snapshot("ur")
    snapshot["programme"]["title"]["ur"] = "Joint Faculty Development Programme (2025–2026)"
    pdf = render_certificate(snapshot)
    for text in (_poppler(pdf, tmp_path), _pdfium(pdf)):
        assert "Joint Faculty Development Programme (2025–2026)" in text.splitlines()


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_native_name_and_course_title_are_found_in_the_transcript(language, tmp_path):
    pdf = _transcript(language, SHORT_COURSE_TITLES[language])
    for text in (_poppler(pdf, tmp_path), _pdfium(pdf)):
        assert NATIVE_NAMES[language] in _words(text)
        assert SHORT_COURSE_TITLES[language] in _words(text)


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_urdu_text_has_no_letters_without_a_unicode_value(language, tmp_path):
    """Shaped Nastaliq used to give readers glyph codes without a Unicode value (U+FFFD, or stray
    ASCII from the subset's codes): nothing but the characters written may come out."""
    text = _words(_poppler(_certificate(language), tmp_path)) + _words(_pdfium(_certificate(language)))
    assert "\ufffd" not in text
    assert not any("\x00" <= char < " " for char in text)


@pytest.mark.parametrize(
    "make, language, title",
    [
        (lambda: _certificate("ur"), "ur", "تکمیل کا سرٹیفکیٹ PKKZ-2026-000123"),
        (lambda: _certificate("kk"), "kk", "Курсты аяқтағаны туралы сертификат PKKZ-2026-000123"),
        (
            lambda: render_certificate(build_certificate_snapshot("en")),
            "en",
            "Certificate of Completion PKKZ-2026-000123",
        ),
        (lambda: _transcript("ru", "Курс"), "ru", "Выписка об обучении — Oleg Kim"),
    ],
)
def test_every_pdf_names_its_title_and_language(make, language, title):
    reader = pypdf.PdfReader(io.BytesIO(make()))
    assert reader.metadata.title == title
    assert reader.trailer["/Root"]["/Lang"] == language
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (a pypdf BooleanObject)


def test_visual_order_reverses_urdu_but_keeps_numbers_and_latin_left_to_right():
    assert visual_order("عمران حسین") == "نیسح نارمع"
    assert visual_order("سیریل نمبر: \u2066PKKZ-2026-000123\u2069") == "PKKZ-2026-000123 :ربمن لیریس"
    assert visual_order("کورس (اول)") == "(لوا) سروک"
