"""Certificate PDFs: A4 landscape, English plus the holder's language, drawn from the snapshot only.

Urdu is shaped by HarfBuzz (fpdf2's text shaping) in Noto Nastaliq Urdu and laid out right to left;
serials, codes, dates and Latin names inside an Urdu line are wrapped in left-to-right isolates so
they do not come out reversed. Kazakh and Russian use Noto Sans, which has every Kazakh letter.
"""

import io
import logging
from pathlib import Path

import segno
from fpdf import FPDF

from ..credits import credit_line
from .fonts import FontSet, drop_unused_fonts

logger = logging.getLogger(__name__)

PAGE_WIDTH, PAGE_HEIGHT = 297, 210
GREEN = (11, 107, 58)
BLUE = (0, 112, 138)
INK = (29, 39, 51)
MUTED = (90, 102, 115)
LRI, PDI = "\u2066", "\u2069"


def ltr(text):
    """Wrap a code, number or Latin name so it stays left-to-right inside right-to-left text."""
    return f"{LRI}{text}{PDI}"


class CertificatePDF(FPDF):
    """Shaping (HarfBuzz) only where a script needs it: Urdu. Latin and Cyrillic are drawn
    directly, which is several times faster and looks the same for these fonts."""

    def __init__(self, fonts: FontSet):
        super().__init__(orientation="L", unit="mm", format="A4")
        self.font_set = fonts
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        fonts.register(self)
        # Glyphs a font lacks (Latin letters or "·" inside Urdu, rare letters in names) come from these.
        self.set_fallback_fonts(fonts.fallbacks, exact_match=False)

    def shape_for(self, language):
        if language == "ur":
            self.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="urd")
        else:
            self.set_text_shaping(False)

    def write_line(self, text, y, size, *, language="en", bold=False, color=INK, height=None):
        """One centred line in the right font and direction for ``language``."""
        if not text:
            return
        family, style = self.font_set.family_for(language, text, bold=bold)
        self.set_font(family, style, size)
        self.shape_for(language)
        self.set_text_color(*color)
        self.set_xy(20, y)
        self.cell(PAGE_WIDTH - 40, height or size * 0.5, text, align="C")


class Cursor:
    """Stacks centred lines down the page; Nastaliq needs about half as much height again as Latin."""

    def __init__(self, pdf, y):
        self.pdf, self.y = pdf, y

    def skip(self, millimetres):
        self.y += millimetres

    def line(self, text, size, *, language="en", bold=False, color=INK, gap=2):
        if not text:
            return
        if language == "ur":
            # Nastaliq rises well above its cell: leave room above the line as well as below.
            self.y += size * 0.18
            height = size * 0.62
        else:
            height = size * 0.42
        self.pdf.write_line(text, self.y, size, language=language, bold=bold, color=color, height=height)
        self.y += height + gap


def _frame(pdf):
    pdf.set_draw_color(*GREEN)
    pdf.set_line_width(1.6)
    pdf.rect(8, 8, PAGE_WIDTH - 16, PAGE_HEIGHT - 16)
    pdf.set_draw_color(*BLUE)
    pdf.set_line_width(0.4)
    pdf.rect(11, 11, PAGE_WIDTH - 22, PAGE_HEIGHT - 22)


def _logo(pdf, logo_bytes, x, y, size):
    if not logo_bytes:
        return
    try:
        pdf.image(io.BytesIO(logo_bytes), x=x, y=y, w=size, h=size, keep_aspect_ratio=True)
    except Exception:  # a broken or missing logo must not stop a certificate
        logger.warning("certificate logo could not be drawn", exc_info=True)


def _qr(pdf, url, x, y, size):
    """The verify URL as a vector QR code drawn from segno's module matrix."""
    qr = segno.make(url, error="m", mask=2, boost_error=False)  # a fixed mask: no scoring of all eight
    matrix = list(qr.matrix_iter(border=0))
    module = size / len(matrix)
    pdf.set_fill_color(*INK)
    for row_index, row in enumerate(matrix):
        start = None
        for column_index, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = column_index
            elif not dark and start is not None:  # one rectangle per run of dark modules
                width = (column_index - start) * module
                pdf.rect(x + start * module, y + row_index * module, width + 0.01, module + 0.01, style="F")
                start = None


def render_certificate(snapshot, logos=None, *, qr_text=None, attachments=()):
    """PDF bytes for a certificate snapshot; ``logos`` maps institution code -> image bytes.

    ``qr_text`` is the signed payload the QR code carries (the plain verify URL if None);
    ``attachments`` are (file name, bytes, MIME type, description) embedded in the PDF.
    """
    from .fonts import default_fonts

    logos = logos or {}
    language = snapshot["holder"]["language"]
    languages = ["en"] if language == "en" else ["en", language]
    labels = snapshot["labels"]
    pdf = CertificatePDF(default_fonts())
    pdf.set_title(f"{labels['en']['title']} {snapshot['serial']}")
    pdf.set_author(snapshot["issuing_institution"]["name"]["en"])
    pdf.set_creator("faculty_training")
    pdf.set_subject(snapshot["course"]["title"]["en"])
    pdf.add_page()
    _frame(pdf)

    issuer = snapshot["issuing_institution"]
    partner = next((p for p in snapshot["partner_institutions"] if p["country"] != issuer["country"]), None)
    _logo(pdf, logos.get(issuer["code"]), 18, 16, 26)
    if partner:
        _logo(pdf, logos.get(partner["code"]), PAGE_WIDTH - 44, 16, 26)

    cursor = Cursor(pdf, 18)
    cursor.line(issuer["name"]["en"], 11, color=MUTED, gap=0.5)
    if partner:
        cursor.line(partner["name"]["en"], 11, color=MUTED)
    cursor.skip(4)
    cursor.line(labels["en"]["title"], 24, bold=True, color=GREEN)
    if language != "en":
        cursor.line(labels[language]["title"], 17, language=language, color=GREEN)
    cursor.skip(2)
    holder = snapshot["holder"]
    for lang in languages:
        cursor.line(labels[lang]["certify"], 11, language=lang, color=MUTED, gap=0.5)
    cursor.line(holder["latin_name"], 22, bold=True, gap=1)
    if holder.get("native_name"):
        cursor.line(holder["native_name"], 15, language="ur" if is_arabic_script(holder["native_name"]) else "kk")
    cursor.skip(1)
    for lang in languages:
        cursor.line(labels[lang]["completed"], 11, language=lang, color=MUTED, gap=0.5)
    for lang in languages:
        cursor.line(
            snapshot["course"]["title"][lang], 14 if lang == "en" else 12, language=lang, bold=lang != "ur", gap=0.5
        )
    for lang in languages:
        cursor.line(snapshot["programme"]["title"][lang], 10, language=lang, color=MUTED, gap=0.5)
    cursor.skip(2)
    for lang in languages:
        cursor.line(labels[lang]["hours"], 11, language=lang, bold=lang != "ur", color=BLUE, gap=0.5)
    for credit in snapshot.get("credits", []):
        for lang in languages:
            text = credit_line({**credit, "credits": ltr(credit["credits"])}, lang)
            if lang == "en" and credit.get("reference"):
                text += f" ({credit['reference']})"
            cursor.line(text, 9, language=lang, color=BLUE, gap=0.3)

    # Signatories at the bottom, the QR code and identifiers at the bottom right.
    signatories = snapshot.get("signatories", [])[:2]
    for index, signatory in enumerate(signatories):
        x = 30 + index * 90
        pdf.set_draw_color(*INK)
        pdf.set_line_width(0.3)
        pdf.line(x, 176, x + 70, 176)
        pdf.set_xy(x, 177)
        family, style = pdf.font_set.family_for("en", signatory["name"], bold=True)
        pdf.set_font(family, style, 10)
        pdf.shape_for("en")
        pdf.set_text_color(*INK)
        pdf.cell(70, 5, signatory["name"], align="C")
        for offset, lang in enumerate(languages):
            title = signatory["title"].get(lang) or signatory["title"]["en"]
            family, style = pdf.font_set.family_for(lang, title)
            pdf.set_font(family, style, 8)
            pdf.shape_for(lang)
            pdf.set_text_color(*MUTED)
            pdf.set_xy(x, 182 + offset * 5)
            pdf.cell(70, 4, title, align="C")

    if qr_text:  # the signed payload is longer: a larger code keeps its modules readable on paper
        _qr(pdf, qr_text, PAGE_WIDTH - 62, 126, 44)
    else:
        _qr(pdf, snapshot["verify_url"], PAGE_WIDTH - 50, 150, 30)
    pdf.shape_for("en")
    pdf.set_text_color(*INK)
    family, style = pdf.font_set.family_for("en", snapshot["serial"])
    for offset, text in enumerate(
        [
            f"{labels['en']['serial']}: {snapshot['serial']}",
            f"{labels['en']['code']}: {snapshot['verification_code']}",
            f"{labels['en']['date']}: {snapshot['completed_on']}",
            *(
                [f"{labels['en'].get('valid_until', 'Valid until')}: {snapshot['valid_until']}"]
                if snapshot.get("valid_until")
                else []
            ),
        ]
    ):
        pdf.set_font(family, style, 7.5)
        pdf.set_xy(PAGE_WIDTH - 120, 178 + offset * 4 if snapshot.get("valid_until") else 182 + offset * 4)
        pdf.cell(100, 4, text, align="R")
    if language != "en":
        identifiers = " · ".join(
            [
                f"{labels[language]['serial']}: {ltr(snapshot['serial'])}",
                f"{labels[language]['date']}: {ltr(snapshot['completed_on'])}",
            ]
        )
        pdf.write_line(identifiers, 195, 8, language=language, color=MUTED)
    for name, content, mime_type, description in attachments:
        pdf.embed_file(bytes=content, basename=name, mime_type=mime_type, desc=description)
    drop_unused_fonts(pdf)
    return bytes(pdf.output())


def is_arabic_script(text):
    """Whether ``text`` is written in Arabic script (an Urdu name), which needs the Nastaliq font."""
    return any("\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff" for char in text)


FONT_DIR = Path(__file__).resolve().parent / "fonts"
