"""The fonts embedded in certificate PDFs: subsets copied glyph for glyph from the shipped fonts
(no fontTools subsetting per document), and fpdf2 left alone for every other font."""

import io

import pypdf
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont
from fpdf import FPDF

from faculty_training.pdf.certificate import render_certificate
from faculty_training.pdf.fonts import FONT_DIR
from faculty_training.pdf.subset import install, shipped_font
from tests.builders import build_certificate_snapshot

SANS = FONT_DIR / "NotoSans-Regular.ttf"


def _outline(glyph_set, name):
    pen = RecordingPen()
    glyph_set[name].draw(pen)
    return pen.value


def _embedded_fonts(pdf_bytes):
    fonts = pypdf.PdfReader(io.BytesIO(pdf_bytes)).pages[0]["/Resources"]["/Font"].values()
    return {
        str(font["/BaseFont"]).split("+")[1]: TTFont(
            io.BytesIO(font["/DescendantFonts"][0]["/FontDescriptor"]["/FontFile2"].get_data())
        )
        for font in fonts
    }


def test_a_subset_draws_its_glyphs_and_their_components_exactly_as_the_shipped_font():
    shipped = TTFont(SANS)
    cmap = shipped.getBestCmap()
    wanted = {shipped.getGlyphID(cmap[ord(char)]) for char in "ӨЁ"}  # composites: Ѳ; E and a dieresis
    subset = TTFont(io.BytesIO(shipped_font(str(SANS)).subset(wanted)))
    drawn = {name for name in subset.getGlyphOrder() if subset["glyf"][name].numberOfContours != 0}
    assert drawn == {".notdef", "uni04E8", "uni0472", "uni0401", "E", "dieresis"}
    assert subset.getGlyphOrder() == shipped.getGlyphOrder()  # ids unchanged: the PDF's CIDToGIDMap holds
    for name in drawn:
        assert _outline(subset.getGlyphSet(), name) == _outline(shipped.getGlyphSet(), name)
        assert subset["hmtx"][name] == shipped["hmtx"][name]


def test_certificate_embeds_only_the_glyphs_it_shows_and_no_outlines_for_the_invisible_urdu_words():
    fonts = _embedded_fonts(render_certificate(build_certificate_snapshot("ur")))
    sans, nastaliq = fonts["NotoSans"], fonts["NotoNastaliqUrdu"]
    drawn = [name for name in sans.getGlyphOrder() if sans["glyf"][name].numberOfContours != 0]
    assert 20 < len(drawn) < 100
    assert not [name for name in nastaliq.getGlyphOrder() if nastaliq["glyf"][name].numberOfContours != 0]


def test_a_font_added_the_usual_way_is_still_subset_by_fonttools():
    install()
    pdf = FPDF()
    pdf.add_font("Sans", "", str(SANS))
    pdf.add_page()
    pdf.set_font("Sans", size=12)
    pdf.cell(text="Almaty")
    (sans,) = _embedded_fonts(bytes(pdf.output())).values()
    assert len(sans.getGlyphOrder()) < 20  # fontTools renumbers the glyphs it keeps
