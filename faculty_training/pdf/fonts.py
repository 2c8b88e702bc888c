"""The certificate fonts: subsets shipped with the plugin, a full font as fallback, parsed once.

Speed (see benchmarks/certificate_pdf.py): fpdf2 parses a font for every document and, when it
writes the PDF, subsets it with fontTools, which decodes and re-encodes the tables. Here each font
is parsed once per process into a template; every document gets a cheap copy whose font object
writes its subset by copying the used glyphs byte for byte (``subset.py``). Shaping is
unaffected: HarfBuzz reads the font file itself. This leans on fpdf2 internals, so requirements.txt
pins fpdf2 and tests/faculty_training/test_certificate_pdf.py compares rendered pages pixel by pixel.
"""

import copy
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont

from . import subset

FONT_DIR = Path(__file__).resolve().parent / "fonts"
INVISIBLE = frozenset("\u2066\u2067\u2068\u2069\u200c\u200d\u200e\u200f")


@lru_cache(maxsize=8)
def _template(path):
    """(parsed TTFFont, file bytes, glyph order) for ``path``, made once per process."""
    scratch = FPDF()
    font = TTFFont(scratch, Path(path), "template", "")
    font.hbfont  # noqa: B018  (build the HarfBuzz font now, once)
    return font, Path(path).read_bytes(), font.ttfont.getGlyphOrder()


def _add_cached_font(pdf, family, style, path, *, outlines):
    template, data, glyph_order = _template(str(path))
    font = copy.copy(template)
    font.i = len(pdf.fonts) + 1
    font.fontkey = f"{family.lower()}{style}"
    font.ttfont = subset.KeptGlyphsFont(BytesIO(data), lazy=True).prepare(path, outlines=outlines)
    font.ttfont.setGlyphOrder(list(glyph_order))
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font.subset = SubsetMap(font)
    pdf.fonts[font.fontkey] = font


class FontSet:
    """Which font draws which text: Nastaliq for Urdu, Noto Sans for Latin and Cyrillic."""

    SANS, SANS_FULL, URDU = "NotoSans", "NotoSansFull", "NotoNastaliqUrdu"

    def __init__(self, directory=FONT_DIR):
        self.files = {
            (self.SANS, ""): directory / "NotoSans-Regular.ttf",
            (self.SANS, "B"): directory / "NotoSans-Bold.ttf",
            (self.SANS_FULL, ""): directory / "NotoSans-full.ttf",
            (self.URDU, ""): directory / "NotoNastaliqUrdu-Regular.ttf",
        }

    @property
    def fallbacks(self):
        return [self.SANS.lower(), self.SANS_FULL.lower()]

    def register(self, pdf):
        subset.install()
        for (family, style), path in self.files.items():
            # Nastaliq only carries the invisible Urdu words (the visible ones are outlines): no glyphs.
            _add_cached_font(pdf, family, style, path, outlines=family != self.URDU)

    def covers(self, family, style, text):
        font, _data, _order = _template(str(self.files[(family, style)]))
        return all(ord(char) in font.cmap or char in INVISIBLE for char in text)

    def family_for(self, language, text, bold=False):
        """(family, style) that can draw every character of ``text``."""
        if language == "ur":
            return self.URDU, ""
        style = "B" if bold else ""
        if self.covers(self.SANS, style, text):
            return self.SANS, style
        return self.SANS_FULL, ""


@lru_cache(maxsize=1)
def default_fonts():
    return FontSet()


def drop_unused_fonts(pdf):
    """Forget registered fonts the document never drew with, so they are not subset and embedded.

    A font counts as used as soon as any glyph was taken from it, even only spaces or the
    missing-glyph box: the page content names the font then, and a font named there but not
    embedded makes the whole PDF fail (a name in a script our fonts lack, such as Thai).
    """
    for key, font in list(pdf.fonts.items()):
        if isinstance(font, TTFFont) and not any(glyph is not None for glyph, _code in font.subset.items()):
            del pdf.fonts[key]
