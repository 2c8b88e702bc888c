"""Lines of text on certificates and transcripts: measured before they are placed, drawn so that a
reader can search and copy them.

Latin and Cyrillic are ordinary PDF text drawn by fpdf2. Urdu is shaped by HarfBuzz in Noto
Nastaliq Urdu, and its glyphs are drawn as outlines with the line's words laid over them as
invisible text, one run per line in the order in which the letters are seen (left to right), which
is what PDF readers expect and turn back into reading order. Why not the shaped glyphs as text:
Nastaliq sets most glyphs off the baseline and splits letters into bodies and dots, so pdftotext
cut words into single letters on lines of their own and other readers got reversed text or codes
without a Unicode value; marking each run with /ActualText fixed poppler only (PDFium garbles it
across the many positioned glyphs of a Nastaliq line, pypdf ignores it).
"""

import math
import zlib
from dataclasses import dataclass
from functools import lru_cache

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from fpdf.bidi import BidiParagraph
from fpdf.enums import PDFResourceType, TextDirection, TextMode
from fpdf.syntax import Name, PDFArray, PDFContentStream

MM_PER_PT = 25.4 / 72
BIDI_CONTROLS = frozenset("\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
# Height of a line without its accents and swashes, in em: keeps the spacing of lines even, whatever
# letters they hold. Nastaliq's own ink (measured per line) often rises far above this.
NOMINAL = {"sans": (0.76, 0.24), "nastaliq": (1.0, 0.45)}


def is_arabic_script(text):
    """Whether ``text`` is written in Arabic script (an Urdu name), which needs the Nastaliq font."""
    return any("\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff" for char in text)


def script_language(text, holder_language="en"):
    """The language whose font and direction draw a native name: by its script, then the holder's."""
    if is_arabic_script(text):
        return "ur"
    return holder_language if holder_language in ("kk", "ru") else "kk"


@dataclass(frozen=True)
class Metrics:
    """A line's extent per point of type size, in millimetres, from its origin (the left end of its
    advance, on the baseline): ``advance`` is where the next text would start, the rest is ink."""

    advance: float
    left: float
    right: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Glyph:
    font_path: str
    name: str
    x: float  # font units from the run's origin
    y: float
    units_per_em: int


# Measured (and shaped) lines for the whole process: labels, titles and institution names repeat on
# every certificate of a course. They depend only on the text and the shipped fonts.
_RUNS = {}
RUNS_KEPT = 4096
# Outlines of shaped lines are form XObjects numbered from here, clear of fpdf2's image numbers.
FIRST_LINE_FORM = 100_000


class Typesetter:
    """Measures and draws lines on one document."""

    def __init__(self, pdf):
        self.pdf = pdf
        self.font_set = pdf.font_set
        self._line_forms = {}

    # -- measuring --------------------------------------------------------------------------------

    def metrics(self, text, language, bold=False):
        """Extent of ``text`` at 1 pt (multiply by the size)."""
        return self._run(text, language, bold)[0]

    def _run(self, text, language, bold):
        """(metrics, shaped glyphs or None); an "Urdu" line without Arabic letters (an untranslated
        field shown in English) is set as Latin."""
        key = (text, language == "ur" and is_arabic_script(text), bold)
        if key not in _RUNS:
            if len(_RUNS) >= RUNS_KEPT:
                _RUNS.clear()
            _RUNS[key] = (
                self._shaped(text) if key[1] else self._plain(text, "en" if language == "ur" else language, bold)
            )
        return _RUNS[key]

    def _select(self, language, text, bold, size=1):
        family, style = self.font_set.family_for(language, text, bold=bold)
        self.pdf.set_font(family, style, size)
        self.pdf.shape_for(language)

    def _plain(self, text, language, bold):
        """Latin or Cyrillic as fpdf2 draws it: hmtx advances, fallback fonts for rare letters."""
        self._select(language, text, bold)
        advance, left, right, top, bottom = 0.0, 0.0, 0.0, 0.0, 0.0
        nominal_top, nominal_bottom = NOMINAL["sans"]
        for fragment in self.pdf._preload_bidirectional_text(self.pdf.normalize_text(text), False):
            font, start = fragment.font, advance
            scale = MM_PER_PT / font.hbfont.face.upem
            pen = 0
            for char in fragment.string:
                glyph_id = font.glyph_ids.get(ord(char))
                if glyph_id is None:
                    continue
                box, glyph_advance = _glyph_box(font, glyph_id)
                if box is not None:
                    left = min(left, start + (pen + box[0]) * scale)
                    right = max(right, start + (pen + box[1]) * scale)
                    bottom = max(bottom, -box[2] * scale)
                    top = max(top, box[3] * scale)
                pen += glyph_advance
            advance += fragment.get_width()
        metrics = Metrics(advance, left, max(right, advance), max(top, nominal_top * MM_PER_PT),
                          max(bottom, nominal_bottom * MM_PER_PT))  # fmt: skip
        return metrics, None

    def _shaped(self, text):
        """Urdu: fpdf2 splits the line into directional runs and fallback fonts, HarfBuzz shapes each."""
        self._select("ur", text, False)
        glyphs, pen_mm = [], 0.0
        left = right = top = bottom = 0.0
        nominal_top, nominal_bottom = NOMINAL["nastaliq"]
        fragments = self.pdf._preload_bidirectional_text(self.pdf.normalize_text(text), False)
        for fragment in seen_left_to_right(fragments, lambda fragment: fragment.fragment_direction):
            font = fragment.font
            upem = font.hbfont.face.upem
            scale = MM_PER_PT / upem
            font_path = str(font.ttffile)
            infos, positions = font.perform_harfbuzz_shaping(fragment.string, 1, fragment.text_shaping_parameters)
            pen = pen_mm / scale
            for info, position in zip(infos, positions, strict=True):
                x, y = pen + position.x_offset, position.y_offset
                box, _advance = _glyph_box(font, info.codepoint)
                if box is not None:
                    glyphs.append(Glyph(font_path, font.ttfont.getGlyphName(info.codepoint), x, y, upem))
                    left = min(left, (x + box[0]) * scale)
                    right = max(right, (x + box[1]) * scale)
                    bottom = max(bottom, -(y + box[2]) * scale)
                    top = max(top, (y + box[3]) * scale)
                pen += position.x_advance
            pen_mm = pen * scale
        metrics = Metrics(pen_mm, left, max(right, pen_mm), max(top, nominal_top * MM_PER_PT),
                          max(bottom, nominal_bottom * MM_PER_PT))  # fmt: skip
        return metrics, tuple(glyphs)

    # -- drawing ----------------------------------------------------------------------------------

    def draw(self, text, *, x, baseline, size, language="en", bold=False, color=(0, 0, 0)):
        """Draw ``text`` with its advance starting at ``x`` (mm) on ``baseline`` (mm from the top)."""
        metrics, glyphs = self._run(text, language, bold)
        pdf = self.pdf
        if glyphs is None:  # the font family_for() chose has every character: no fallback needed
            self._select("en" if language == "ur" else language, text, bold, size)
            pdf.set_text_color(*color)
            pdf.text(x, baseline, text)
            return
        scale = size / 1000
        left, bottom = x * pdf.k, (pdf.h - baseline) * pdf.k
        red, green, blue = (value / 255 for value in color)
        pdf._out(f"q {red:.4f} {green:.4f} {blue:.4f} rg {scale:.6f} 0 0 {scale:.6f} {left:.2f} {bottom:.2f} cm")
        pdf._out(f"/I{self._line_form(text, metrics, glyphs)} Do Q")
        self._invisible(text, x=x, baseline=baseline, size=size, width=metrics.advance * size, language=language)

    def _line_form(self, text, metrics, glyphs):
        """The number of a form XObject with the outlines of a shaped line, in thousandths of a
        point from its origin; its compressed stream is made once per process."""
        catalog = self.pdf._resource_catalog
        if text not in self._line_forms:
            number = FIRST_LINE_FORM + len(self._line_forms)
            contents, box = _line_outlines(text, metrics, glyphs)
            form = PDFContentStream(contents=b"")
            form._contents, form.length, form.filter = contents, len(contents), Name("FlateDecode")
            form.type, form.subtype, form.b_box = Name("XObject"), Name("Form"), PDFArray(box)
            form._registered = False
            catalog.form_xobjects.append((number, form))
            self._line_forms[text] = number
        number = self._line_forms[text]
        catalog.add(PDFResourceType.X_OBJECT, number, self.pdf.page)
        return number

    def _invisible(self, text, *, x, baseline, size, width, language):
        """The words over the outlines, unshaped and as seen left to right, stretched to the same width."""
        pdf = self.pdf
        pdf.set_font(self.font_set.URDU, "", size)
        pdf.set_text_shaping(False)
        seen, natural = _seen_text(text, pdf.current_font)
        if natural <= 0:
            return
        pdf._out(f"/Span <</Lang ({language})>> BDC")
        with pdf.local_context(text_mode=TextMode.INVISIBLE):  # q ... Q: the mode and stretching end here
            pdf.set_stretching(100 * width / (natural * size * MM_PER_PT))
            pdf.text(x, baseline, seen)
        pdf._out("EMC")


_SEEN = {}


def _seen_text(text, font):
    """(the invisible words of a shaped line in visual order, their unshaped width in em), keeping
    only characters the font can encode (it has every Urdu letter, digit and common sign); kept for
    the process like the measured lines."""
    key = (text, str(font.ttffile))
    if key not in _SEEN:
        if len(_SEEN) >= RUNS_KEPT:
            _SEEN.clear()
        seen = "".join(char for char in visual_order(text) if ord(char) in font.cmap)
        _SEEN[key] = (seen, sum(font.cw[ord(char)] for char in seen) / 1000)
    return _SEEN[key]


def seen_left_to_right(pieces, direction_of):
    """Pieces of a right-to-left line (in reading order) in the order they are drawn, as fpdf2 orders
    its fragments: the runs of one direction reversed, and the pieces inside a right-to-left run."""
    runs = []
    for piece in pieces:
        if runs and direction_of(runs[-1][0]) == direction_of(piece):
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return [
        piece for run in reversed(runs) for piece in (run[::-1] if direction_of(run[0]) == TextDirection.RTL else run)
    ]


def visual_order(text):
    """``text`` as its characters are seen from left to right in a right-to-left line, brackets
    mirrored, without the invisible direction controls."""
    fragments = BidiParagraph(text=text, base_direction=TextDirection.RTL).get_bidi_fragments()
    seen = "".join(
        piece[::-1].translate(MIRRORED) if direction == TextDirection.RTL else piece
        for piece, direction in seen_left_to_right(fragments, lambda fragment: fragment[1])
    )
    return "".join(char for char in seen if char not in BIDI_CONTROLS)


_GLYPH_BOXES = {}


def _glyph_box(font, glyph_id):
    """((x_min, x_max, y_min, y_max) or None for a blank glyph, advance), in font units; kept for the
    process, since the fonts never change."""
    key = (font.ttffile, glyph_id)
    if key not in _GLYPH_BOXES:
        extents = font.hbfont.get_glyph_extents(glyph_id)
        box = None
        if extents is not None and extents.width:
            box = (
                extents.x_bearing,
                extents.x_bearing + extents.width,
                extents.y_bearing + extents.height,
                extents.y_bearing,
            )
        _GLYPH_BOXES[key] = (box, font.hbfont.get_glyph_h_advance(glyph_id))
    return _GLYPH_BOXES[key]


class _PdfPathPen(BasePen):
    """A glyph outline as PDF path operators in font units (quadratic curves become cubic ones)."""

    def __init__(self, glyph_set):
        super().__init__(glyph_set)
        self.operators = []

    def _moveTo(self, point):
        self.operators.append(f"{point[0]:g} {point[1]:g} m")

    def _lineTo(self, point):
        self.operators.append(f"{point[0]:g} {point[1]:g} l")

    def _curveToOne(self, first, second, third):
        numbers = " ".join(f"{round(value, 1):g}" for point in (first, second, third) for value in point)
        self.operators.append(f"{numbers} c")

    def _closePath(self):
        self.operators.append("h")


@lru_cache(maxsize=4)
def _glyph_set(font_path):
    return TTFont(font_path, lazy=True).getGlyphSet()


@lru_cache(maxsize=4096)
def _outline(font_path, glyph_name):
    """A glyph's outline as PDF path operators in font units."""
    glyph_set = _glyph_set(font_path)
    pen = _PdfPathPen(glyph_set)
    glyph_set[glyph_name].draw(pen)
    return " ".join(pen.operators)


@lru_cache(maxsize=1024)
def _line_outlines(text, metrics, glyphs):
    """(compressed form content, bounding box) of a shaped line: each glyph's outline where HarfBuzz
    put it, in thousandths of a point at 1 pt (made once per process for each line)."""
    parts = []
    for glyph in glyphs:
        factor = 1000 / glyph.units_per_em
        offset = f"{glyph.x * factor:.1f} {glyph.y * factor:.1f}"
        parts.append(f"q {factor:g} 0 0 {factor:g} {offset} cm {_outline(glyph.font_path, glyph.name)} f Q")
    unit = 1000 / MM_PER_PT  # form units per millimetre at 1 pt
    box = [
        math.floor(metrics.left * unit),
        math.floor(-metrics.bottom * unit),
        math.ceil(metrics.right * unit),
        math.ceil(metrics.top * unit),
    ]
    return zlib.compress("\n".join(parts).encode("latin-1"), 6), box
