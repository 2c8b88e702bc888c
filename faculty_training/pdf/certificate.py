"""Certificate PDFs: A4 landscape, English plus the holder's language, drawn from the snapshot only.

The page is laid out first (:func:`certificate_layout`, a list of labelled rectangles that tests
check for overlaps) and drawn afterwards. Every block is measured with the font that draws it
(HarfBuzz shaping and ink extents for Nastaliq), shrinks within its limits, then wraps, so the page
holds whatever a snapshot carries: long names, titles, four credit schemes, two signatories.

Urdu is shaped by HarfBuzz in Noto Nastaliq Urdu and laid out right to left; serials, codes, dates
and Latin names inside an Urdu line are wrapped in left-to-right isolates so they do not come out
reversed. Kazakh and Russian use Noto Sans, which has every Kazakh letter.
"""

import io
import logging
from dataclasses import replace

import segno
from fpdf import FPDF
from fpdf.prefs import ViewerPreferences

from .. import l10n
from ..credits import credit_line
from .fonts import FontSet, drop_unused_fonts
from .layout import Block, Box, Column, Fitter, Layout, Pair, layout_problems
from .text import Typesetter, is_arabic_script, script_language

__all__ = ["CertificatePDF", "certificate_layout", "is_arabic_script", "render_certificate"]

logger = logging.getLogger(__name__)

PAGE_WIDTH, PAGE_HEIGHT = 297, 210
MARGINS = Box("margins", 16, 15, PAGE_WIDTH - 32, 181, kind="area")  # inside the double frame
BODY_TOP = 16
GREEN = (11, 107, 58)
BLUE = (0, 112, 138)
INK = (29, 39, 51)
MUTED = (90, 102, 115)
LRI, PDI = "\u2066", "\u2069"
LOGO_SIZE = 26
QR_SIZE_SIGNED, QR_SIZE_PLAIN = 44, 30  # the signed payload needs a larger code to stay readable
SIGNATURE_SPACE = 10  # mm above each signature rule kept free for the signature
RULE_WIDTH = 0.3


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
        self.c_margin = 0  # text starts exactly where the layout put it
        fonts.register(self)
        # Glyphs a font lacks (Latin letters or "·" inside Urdu, rare letters in names) come from these.
        self.set_fallback_fonts(fonts.fallbacks, exact_match=False)
        self.viewer_preferences = ViewerPreferences(display_doc_title=True)

    def shape_for(self, language):
        if language == "ur":
            self.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="urd")
        else:
            self.set_text_shaping(False)

    def describe(self, *, title, language, author="", subject=""):
        """Title, language and origin in the document's information, as readers and search tools show them."""
        self.set_title(title)
        self.set_lang(language)
        self.set_creator("faculty_training")
        if author:
            self.set_author(author)
        if subject:
            self.set_subject(subject)


def _localised(values, language):
    return (values or {}).get(language) or (values or {}).get("en") or ""


# How each kind of text is set: preferred size, smallest size for Latin and Cyrillic, smallest for
# Nastaliq (whose letters are small for their point size), bold, colour, lines it may wrap to
# before shrinking further. Urdu is never bold: Nastaliq has no bold face.
STYLES = {
    "institution": (11, 7, 7, False, MUTED, 2),
    "title": (24, 16, 16, True, GREEN, 2),
    "title, translated": (17, 12, 11, False, GREEN, 2),
    "label": (11, 8, 8.5, False, MUTED, 2),
    "name": (22, 13, 13, True, INK, 2),
    "native name": (15, 10, 10.5, False, INK, 2),
    "course": (14, 9, 9, True, INK, 3),
    "course, translated": (12, 9, 9.5, True, INK, 3),
    "programme": (10, 7, 8, False, MUTED, 3),
    "hours": (11, 8, 8.5, True, BLUE, 2),
    "credit": (9, 6.5, 7.5, False, BLUE, 3),
    "identifier": (7.5, 6, 6, False, INK, 2),
    "identifier, translated": (8, 6.5, 7.5, False, MUTED, 2),
    "signatory": (10, 7.5, 7.5, True, INK, 2),
    "signatory title": (8, 6.5, 7.5, False, MUTED, 3),
}


def _block(label, text, role, language="en", gap_before=0.5):
    size, latin_minimum, urdu_minimum, bold, color, max_lines = STYLES[role]
    minimum = urdu_minimum if language == "ur" else latin_minimum
    return Block(label, text, language, size, minimum, bold and language != "ur", color, max_lines, gap_before)


def _body_blocks(snapshot, languages):
    """What the middle of the page says, top to bottom (gaps above each block in mm)."""
    labels = snapshot["labels"]
    holder = snapshot["holder"]
    issuer = snapshot.get("issuing_institution")
    partner = _partner(snapshot)
    blocks = []
    if issuer:
        blocks.append(_block("issuer", _localised(issuer["name"], "en"), "institution", gap_before=0))
    if partner:
        blocks.append(_block("partner", _localised(partner["name"], "en"), "institution"))
    blocks.append(_block("title.en", labels["en"]["title"], "title", gap_before=4))
    blocks += [_block(f"title.{lang}", labels[lang]["title"], "title, translated", lang, 1) for lang in languages[1:]]
    blocks += [
        _block(f"certify.{lang}", labels[lang]["certify"], "label", lang, 0.5 if index else 2.5)
        for index, lang in enumerate(languages)
    ]
    blocks.append(_block("holder.latin", holder["latin_name"], "name", gap_before=1))
    if holder.get("native_name"):
        native_language = script_language(holder["native_name"], holder["language"])
        blocks.append(_block("holder.native", holder["native_name"], "native name", native_language, 1))
    blocks += [
        _block(f"completed.{lang}", labels[lang]["completed"], "label", lang, 0.5 if index else 2)
        for index, lang in enumerate(languages)
    ]
    for lang in languages:
        role = "course" if lang == "en" else "course, translated"
        blocks.append(_block(f"course.{lang}", _localised(snapshot["course"]["title"], lang), role, lang, 1))
    for lang in languages:
        blocks.append(_block(f"programme.{lang}", _localised(snapshot["programme"]["title"], lang), "programme", lang))
    blocks += [
        _block(f"hours.{lang}", labels[lang]["hours"], "hours", lang, 0.5 if index else 3)
        for index, lang in enumerate(languages)
    ]
    for number, credit in enumerate(snapshot.get("credits") or [], start=1):
        for lang in languages:
            text = credit_line({**credit, "credits": ltr(l10n.format_number(credit["credits"], lang))}, lang)
            if lang == "en" and credit.get("reference"):
                text += f" ({credit['reference']})"
            blocks.append(_block(f"credit.{number}.{lang}", text, "credit", lang, 0.8 if lang == "en" else 0.3))
    return blocks


PAIRABLE = ("title", "certify", "completed", "hours")


def _paired(blocks):
    """The short bilingual labels side by side (English, then the holder's language)."""
    result = []
    for block in blocks:
        prefix, _dot, language = block.label.partition(".")
        if result and prefix in PAIRABLE and language != "en" and result[-1].label == f"{prefix}.en":
            english = result.pop()
            result.append(Pair((english, replace(block, gap_before=0)), gap_before=english.gap_before))
        else:
            result.append(block)
    return result


def _partner(snapshot):
    issuer = snapshot.get("issuing_institution")
    country = issuer["country"] if issuer else None
    return next((p for p in snapshot.get("partner_institutions") or [] if p and p["country"] != country), None)


def _shift(placed, dy):
    return [replace(line, baseline=line.baseline + dy, box=replace(line.box, y=line.box.y + dy)) for line in placed]


def _identifiers(snapshot, languages, fitter, qr_size, layout, *, beside=False):
    """The QR code and the identifiers, flush right at the bottom: the identifiers under the code,
    or to its left when the text above needs the height; returns the group's box."""
    labels = snapshot["labels"]
    lines = [
        ("id.serial", f"{labels['en']['serial']}: {snapshot['serial']}"),
        ("id.code", f"{labels['en']['code']}: {snapshot['verification_code']}"),
        ("id.date", f"{labels['en']['date']}: {snapshot['completed_on']}"),
    ]
    if snapshot.get("valid_until"):
        lines.append(("id.valid", f"{labels['en'].get('valid_until', 'Valid until')}: {snapshot['valid_until']}"))
    blocks = [_block(label, text, "identifier", gap_before=0.6) for label, text in lines]
    for lang in languages[1:]:
        serial, date = ltr(snapshot["serial"]), ltr(snapshot["completed_on"])
        text = f"{labels[lang]['serial']}: {serial} · {labels[lang]['date']}: {date}"
        blocks.append(_block(f"id.{lang}", text, "identifier, translated", lang, 1.2))
    right = MARGINS.right - 2
    qr_right = right
    if beside:
        right -= qr_size + 4
    natural = max(fitter.ink_width(block.text, block) * block.size for block in blocks)
    width = min(100.0, max(0 if beside else qr_size, natural))
    column = Column(fitter, left=right - width, right=right, align="R")
    placed, bottom = column.stack(blocks, 0, 10_000)
    placed = _shift(placed, MARGINS.bottom - bottom)
    text_top = min(line.box.y for line in placed)
    qr_top = MARGINS.bottom - qr_size if beside else text_top - 2 - qr_size
    layout.texts.extend(placed)
    layout.shapes.append(Box("qr", qr_right - qr_size, qr_top, qr_size, qr_size, kind="qr"))
    top = min(qr_top, text_top)
    return Box("identifiers", right - width, top, qr_right - (right - width), MARGINS.bottom - top, kind="group")


def _signatories(snapshot, languages, fitter, right_limit, layout, factor=1.0):
    """Up to two signatories side by side, their rules level; returns the top of their space."""
    signatories = (snapshot.get("signatories") or [])[:2]
    if not signatories:
        return MARGINS.bottom
    gap = 10
    blocks_of = []
    for index, signatory in enumerate(signatories, start=1):
        name_language = "ur" if is_arabic_script(signatory["name"]) else "en"
        blocks = [_block(f"signatory.{index}.name", signatory["name"], "signatory", name_language, 1)]
        for lang in languages:
            if title := _localised(signatory.get("title"), lang):
                blocks.append(_block(f"signatory.{index}.title.{lang}", title, "signatory title", lang))
        blocks_of.append(blocks)
    # 70 mm for a signature, wider (up to 90 mm) for long names and titles if there is room.
    natural = max(fitter.ink_width(block.text, block) * block.size for blocks in blocks_of for block in blocks)
    available = right_limit - MARGINS.x
    width = min(max(70.0, natural), 90.0, (available - gap * (len(signatories) - 1)) / len(signatories))
    slack = available - width * len(signatories) - gap * (len(signatories) - 1)
    start = MARGINS.x + min(14.0, slack)
    columns = []
    for index, blocks in enumerate(blocks_of, start=1):
        left = start + (index - 1) * (width + gap)
        column = Column(fitter, left=left, right=left + width)
        placed, bottom = column.stack(blocks, 0, 10_000, factor)
        columns.append((left, placed, bottom))
    rule_y = MARGINS.bottom - max(bottom for _left, _placed, bottom in columns) - RULE_WIDTH
    for index, (left, placed, _bottom) in enumerate(columns, start=1):
        layout.texts.extend(_shift(placed, rule_y + RULE_WIDTH))
        layout.shapes.append(Box(f"signatory.{index}.rule", left, rule_y, width, RULE_WIDTH, kind="rule"))
        layout.shapes.append(
            Box(f"signatory.{index}.space", left, rule_y - SIGNATURE_SPACE, width, SIGNATURE_SPACE, kind="space")
        )
    return rule_y - SIGNATURE_SPACE


def certificate_layout(snapshot, typesetter, *, logo_codes=(), qr_size=QR_SIZE_PLAIN):
    """Where everything on the certificate goes, measured with ``typesetter``; draws nothing."""
    language = snapshot["holder"]["language"]
    languages = ["en"] if language == "en" else ["en", language]
    fitter = Fitter(typesetter)
    blocks = _body_blocks(snapshot, languages)
    # The usual page first. When the text cannot fit even at its minimum sizes: lines beside the QR
    # code may leave the page's axis; then bilingual labels go side by side and the signatories'
    # titles to their minimum; then the identifiers move beside the code. Below-minimum type is for
    # content no real certificate carries (the layout tests keep it so).
    attempts = [(False, False, False), (False, True, False), (False, True, True), (True, True, True)]
    for beside, off_centre, squeezed in attempts:
        layout, body, bottom = _arrangement(
            snapshot, languages, fitter, logo_codes, qr_size, beside=beside, footer_factor=0.0 if squeezed else 1.0
        )
        body.off_centre = off_centre
        fitted = body.stack_to_fit(_paired(blocks) if squeezed else blocks, BODY_TOP, bottom)
        if fitted is not None:
            layout.texts.extend(fitted[0])
            return layout
    layout.texts.extend(body.below_minimum(_paired(blocks), BODY_TOP, bottom))
    return layout


def _arrangement(snapshot, languages, fitter, logo_codes, qr_size, *, beside, footer_factor):
    """The fixed parts (logos, QR code, identifiers, signatories) and the column left for the text."""
    layout = Layout(area=MARGINS)
    issuer, partner = snapshot.get("issuing_institution"), _partner(snapshot)
    if issuer and issuer["code"] in logo_codes:
        layout.shapes.append(Box("logo.issuer", 18, 16, LOGO_SIZE, LOGO_SIZE, kind="logo"))
    if partner and partner["code"] in logo_codes:
        layout.shapes.append(Box("logo.partner", PAGE_WIDTH - 18 - LOGO_SIZE, 16, LOGO_SIZE, LOGO_SIZE, kind="logo"))
    identifiers = _identifiers(snapshot, languages, fitter, qr_size, layout, beside=beside)
    footer_top = _signatories(snapshot, languages, fitter, identifiers.x - 8, layout, footer_factor)
    obstacles = [box for box in layout.shapes if box.kind == "logo"] + [identifiers]
    body = Column(fitter, left=MARGINS.x, right=MARGINS.right, obstacles=obstacles, padding=2.5)
    return layout, body, footer_top - 3


def _frame(pdf):
    pdf.set_draw_color(*GREEN)
    pdf.set_line_width(1.6)
    pdf.rect(8, 8, PAGE_WIDTH - 16, PAGE_HEIGHT - 16)
    pdf.set_draw_color(*BLUE)
    pdf.set_line_width(0.4)
    pdf.rect(11, 11, PAGE_WIDTH - 22, PAGE_HEIGHT - 22)


def _logo(pdf, logo_bytes, box):
    if not logo_bytes:
        return
    try:
        pdf.image(io.BytesIO(logo_bytes), x=box.x, y=box.y, w=box.width, h=box.height, keep_aspect_ratio=True)
    except Exception:  # a broken or missing logo must not stop a certificate
        logger.warning("certificate logo could not be drawn", exc_info=True)


def _qr(pdf, text, box):
    """``text`` as a vector QR code drawn from segno's module matrix: a filled rectangle per run of
    dark modules, written out directly (fpdf2's rect() per run cost more than the code itself)."""
    qr = segno.make(text, error="m", mask=2, boost_error=False)  # a fixed mask: no scoring of all eight
    matrix = list(qr.matrix_iter(border=0))
    module = box.width / len(matrix)
    k, page_height = pdf.k, pdf.h
    rectangles = []
    for row_index, row in enumerate(matrix):
        start = None
        for column_index, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = column_index
            elif not dark and start is not None:
                x, y = box.x + start * module, box.y + row_index * module
                width, height = (column_index - start) * module + 0.01, module + 0.01  # no hairline seams
                rectangles.append(f"{x * k:.2f} {(page_height - y) * k:.2f} {width * k:.2f} {-height * k:.2f} re f")
                start = None
    pdf.set_fill_color(*INK)
    pdf._out("\n".join(rectangles))


def render_certificate(snapshot, logos=None, *, qr_text=None, attachments=()):
    """PDF bytes for a certificate snapshot; ``logos`` maps institution code -> image bytes.

    ``qr_text`` is the signed payload the QR code carries (the plain verify URL if None);
    ``attachments`` are (file name, bytes, MIME type, description) embedded in the PDF.
    """
    from .fonts import default_fonts

    logos = {code: data for code, data in (logos or {}).items() if data}
    language = snapshot["holder"]["language"]
    labels = snapshot["labels"]
    pdf = CertificatePDF(default_fonts())
    typesetter = Typesetter(pdf)
    layout = certificate_layout(
        snapshot, typesetter, logo_codes=set(logos), qr_size=QR_SIZE_SIGNED if qr_text else QR_SIZE_PLAIN
    )
    problems = layout_problems(layout)
    if problems:  # the matrix test keeps realistic content free of these; say so if a snapshot is not
        logger.warning(
            "certificate %s: %d layout problems: %s", snapshot["serial"], len(problems), "; ".join(problems[:5])
        )
    issuer = snapshot.get("issuing_institution")
    pdf.describe(
        title=f"{labels[language]['title']} {snapshot['serial']}",
        language=language,
        author=_localised(issuer["name"], "en") if issuer else "",
        subject=_localised(snapshot["course"]["title"], "en"),
    )
    pdf.add_page()
    _frame(pdf)
    codes = {"logo.issuer": (issuer or {}).get("code"), "logo.partner": (_partner(snapshot) or {}).get("code")}
    for shape in layout.shapes:
        if shape.kind == "logo":
            _logo(pdf, logos.get(codes[shape.label]), shape)
        elif shape.kind == "qr":
            _qr(pdf, qr_text or snapshot["verify_url"], shape)
        elif shape.kind == "rule":
            pdf.set_draw_color(*INK)
            pdf.set_line_width(RULE_WIDTH)
            middle = shape.y + shape.height / 2
            pdf.line(shape.x, middle, shape.right, middle)
    for line in layout.texts:
        block = line.block
        typesetter.draw(
            line.text,
            x=line.x,
            baseline=line.baseline,
            size=line.size,
            language=block.language,
            bold=block.bold,
            color=block.color,
        )
    for name, content, mime_type, description in attachments:
        pdf.embed_file(bytes=content, basename=name, mime_type=mime_type, desc=description)
    drop_unused_fonts(pdf)
    return bytes(pdf.output())
