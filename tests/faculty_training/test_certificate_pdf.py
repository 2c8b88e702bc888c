"""Certificate PDFs: names extractable as text, shaping guarded by pixel comparison with references.

The reference PNGs were rendered from the snapshots below and looked at by a person (joined
right-to-left Urdu, every Kazakh letter). Regenerate them after an intended change with
    UPDATE_PDF_REFERENCES=1 .venv/bin/python -m pytest tests/faculty_training/test_certificate_pdf.py
and look at them again.
"""

import io
import logging
import os
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from PIL import Image, ImageChops

from faculty_training.pdf.certificate import render_certificate

REFERENCE = Path(__file__).parent / "reference"
LABELS = {
    "en": {
        "title": "Certificate of Completion",
        "certify": "This is to certify that",
        "completed": "has completed the course",
        "hours": "12 CPD hours · 10 hours attended",
        "serial": "Serial",
        "code": "Verification code",
        "date": "Completed on",
    },
    "ur": {
        "title": "تکمیل کا سرٹیفکیٹ",
        "certify": "تصدیق کی جاتی ہے کہ",
        "completed": "نے یہ کورس مکمل کیا",
        "hours": "12 سی پی ڈی گھنٹے · 10 گھنٹے حاضری",
        "serial": "سیریل نمبر",
        "code": "تصدیقی کوڈ",
        "date": "تکمیل کی تاریخ",
    },
    "kk": {
        "title": "Курсты аяқтағаны туралы сертификат",
        "certify": "Осы сертификат мынаны растайды:",
        "completed": "курсты аяқтады",
        "hours": "12 КДБ сағаты · 10 сағат қатысты",
        "serial": "Сериялық нөмір",
        "code": "Тексеру коды",
        "date": "Аяқталған күні",
    },
    "ru": {
        "title": "Сертификат о прохождении курса",
        "certify": "Настоящим удостоверяется, что",
        "completed": "прошёл(ла) курс",
        "hours": "12 ч. НМО · посещено 10 ч.",
        "serial": "Серийный номер",
        "code": "Код проверки",
        "date": "Дата завершения",
    },
}
TITLES = {
    "en": "Clinical Teaching Skills for Medical Faculty",
    "ur": "میڈیکل فیکلٹی کے لیے کلینیکل تدریس کی مہارتیں",
    "kk": "Медицина оқытушыларына арналған клиникалық оқыту дағдылары",
    "ru": "Навыки клинического преподавания для преподавателей-медиков",
}
HOLDERS = {
    "ur": ("Imran Hussain", "عمران حسین"),
    "kk": ("Aliya Zhaksybekova", "Әлия Жақсыбекова ӘҒҚҢӨҰҮҺІ"),
    "ru": ("Oleg Kim", "Олег Ким"),
}


def snapshot(language, latin, native):
    return {
        "serial": "PKKZ-2026-000123",
        "verification_code": "7KQ4-M2XP-9H3T-WC6R-EN8B",
        "completed_on": "2026-11-30",
        "holder": {"latin_name": latin, "native_name": native, "language": language},
        "course": {"title": TITLES, "cpd_hours": "12"},
        "programme": {"title": {lang: f"Programme 2025–2026 ({lang})" for lang in TITLES}},
        "issuing_institution": {"code": "PK-ISB-MU", "country": "PK", "name": {"en": "Islamabad Medical University"}},
        "partner_institutions": [{"code": "KZ-ALA-MU", "country": "KZ", "name": {"en": "Almaty Medical University"}}],
        "signatories": [
            {
                "name": "Prof. Sana Iqbal",
                "title": {
                    "en": "Programme Director",
                    "ur": "پروگرام ڈائریکٹر",
                    "kk": "Бағдарлама директоры",
                    "ru": "Директор программы",
                },
            }
        ],
        "verify_url": "https://training.example.org/verify/7KQ4-M2XP-9H3T-WC6R-EN8B/",
        "labels": {"en": LABELS["en"], language: LABELS[language]},
    }


def _page_image(pdf_bytes, scale=1.0):
    document = pypdfium2.PdfDocument(pdf_bytes)
    return document[0].render(scale=scale).to_pil().convert("RGB")


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_rendered_page_matches_the_reference_pixel_for_pixel(language):
    image = _page_image(render_certificate(snapshot(language, *HOLDERS[language])))
    reference_path = REFERENCE / f"certificate-{language}.png"
    if os.environ.get("UPDATE_PDF_REFERENCES"):
        image.save(reference_path)
    reference = Image.open(reference_path).convert("RGB")
    assert image.size == reference.size
    difference = ImageChops.difference(image, reference)
    assert difference.getbbox() is None, f"pixels differ in {difference.getbbox()}"


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_holder_names_can_be_extracted_as_text(language):
    latin, native = HOLDERS[language]
    text = pypdf.PdfReader(io.BytesIO(render_certificate(snapshot(language, latin, native)))).pages[0].extract_text()
    assert latin in text
    if language != "ur":  # extracted Urdu comes out in visual order; the Cyrillic name is exact
        assert native in text
    assert "PKKZ-2026-000123" in text


def test_a_name_outside_the_shipped_subset_still_renders(caplog):
    caplog.set_level(logging.WARNING, logger="fpdf")
    pdf = render_certificate(snapshot("ru", "Nguyễn Thị Ánh", "Ωμέγα Ὀδυσσεύς"))
    assert not [record for record in caplog.records if "missing the following glyphs" in record.getMessage()]
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Nguyễn Thị Ánh" in text


def test_urdu_page_is_drawn_with_nastaliq_and_kazakh_with_noto_sans():
    urdu = pypdf.PdfReader(io.BytesIO(render_certificate(snapshot("ur", *HOLDERS["ur"]))))
    kazakh = pypdf.PdfReader(io.BytesIO(render_certificate(snapshot("kk", *HOLDERS["kk"]))))

    def fonts(reader):
        return {str(font["/BaseFont"]) for font in reader.pages[0]["/Resources"]["/Font"].values()}

    assert any("NotoNastaliqUrdu" in name for name in fonts(urdu))
    assert not any("Nastaliq" in name for name in fonts(kazakh))
