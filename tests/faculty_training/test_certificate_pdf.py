"""Certificate PDFs: names extractable as text, shaping and layout guarded by pixel comparison with
references.

The reference PNGs were rendered from the snapshots below and looked at by a person (joined
right-to-left Urdu, every Kazakh letter, nothing overlapping in the long ones). Regenerate them
after an intended change with
    UPDATE_PDF_REFERENCES=1 .venv/bin/python -m pytest tests/faculty_training/test_certificate_pdf.py
and look at them again.
"""

import base64
import hashlib
import io
import logging
import os
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from PIL import Image, ImageChops

from faculty_training.pdf.certificate import render_certificate
from tests.builders import SHORT_HOLDERS, build_certificate_snapshot

REFERENCE = Path(__file__).parent / "reference"
# As long as a real signed payload (about 480 characters: QR version 15, the larger printed code).
SIGNED_QR = (
    "https://training.example.org/verify/7KQ4-M2XP-9H3T-WC6R-EN8B/?p="
    + "".join(base64.urlsafe_b64encode(hashlib.sha256(bytes([n])).digest()).decode().rstrip("=") for n in range(8))
    + "&s="
    + base64.urlsafe_b64encode(hashlib.sha512(b"signature").digest()).decode().rstrip("=")
)


def _logo(colour):
    buffer = io.BytesIO()
    Image.new("RGB", (120, 120), colour).save(buffer, "PNG")
    return buffer.getvalue()


LOGOS = {"PK-ISB-MU": _logo((11, 107, 58)), "KZ-ALA-MU": _logo((0, 112, 138))}
EVERYTHING_LONG = {"names": "long", "titles": "long", "signatories": "two long", "institutions": "long", "credits": 4}
# name -> (snapshot, render arguments). The first three are the everyday certificates; the others
# the worst cases of the layout matrix (test_certificate_layout.py), drawn.
REFERENCES = {
    "certificate-ur": (build_certificate_snapshot("ur"), {}),
    "certificate-kk": (build_certificate_snapshot("kk"), {}),
    "certificate-ru": (build_certificate_snapshot("ru"), {}),
    "certificate-ur-two-schemes": (
        build_certificate_snapshot("ur", credits=2, signatories="two long"),
        {"qr_text": SIGNED_QR, "logos": LOGOS},
    ),
    "certificate-ur-everything-long": (
        build_certificate_snapshot("ur", **EVERYTHING_LONG),
        {"qr_text": SIGNED_QR, "logos": LOGOS},
    ),
    "certificate-kk-everything-long": (
        build_certificate_snapshot("kk", **EVERYTHING_LONG, valid_until="2029-11-30"),
        {"qr_text": SIGNED_QR, "logos": LOGOS},
    ),
}


def _page_image(pdf_bytes, scale=1.0):
    document = pypdfium2.PdfDocument(pdf_bytes)
    return document[0].render(scale=scale).to_pil().convert("RGB")


@pytest.mark.parametrize("name", REFERENCES)
def test_rendered_page_matches_the_reference_pixel_for_pixel(name):
    snapshot, arguments = REFERENCES[name]
    image = _page_image(render_certificate(snapshot, **arguments))
    reference_path = REFERENCE / f"{name}.png"
    if os.environ.get("UPDATE_PDF_REFERENCES"):
        image.save(reference_path)
    reference = Image.open(reference_path).convert("RGB")
    assert image.size == reference.size
    difference = ImageChops.difference(image, reference)
    assert difference.getbbox() is None, f"pixels differ in {difference.getbbox()}"


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_holder_names_can_be_extracted_as_text(language):
    latin, native = SHORT_HOLDERS[language]
    pdf = render_certificate(build_certificate_snapshot(language))
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert latin in text
    assert native in text
    assert "PKKZ-2026-000123" in text


def test_a_name_outside_the_shipped_subset_still_renders(caplog):
    caplog.set_level(logging.WARNING, logger="fpdf")
    snapshot = build_certificate_snapshot("ru")
    snapshot["holder"].update(latin_name="Nguyễn Thị Ánh", native_name="Ωμέγα Ὀδυσσεύς")
    pdf = render_certificate(snapshot)
    assert not [record for record in caplog.records if "missing the following glyphs" in record.getMessage()]
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Nguyễn Thị Ánh" in text


def test_urdu_words_are_drawn_in_nastaliq_and_kazakh_with_noto_sans():
    urdu = pypdf.PdfReader(io.BytesIO(render_certificate(build_certificate_snapshot("ur"))))
    kazakh = pypdf.PdfReader(io.BytesIO(render_certificate(build_certificate_snapshot("kk"))))

    def fonts(reader):
        return {str(font["/BaseFont"]) for font in reader.pages[0]["/Resources"]["/Font"].values()}

    assert any("NotoNastaliqUrdu" in name for name in fonts(urdu))  # the searchable words over the outlines
    assert not any("Nastaliq" in name for name in fonts(kazakh))
