"""Developer tool: rebuild the certificate fonts from Debian's fonts-noto-core (not run by the app).

Certificates only need Latin, Cyrillic (with the Kazakh letters), Urdu and some punctuation, so the
shipped fonts are subsets of Noto Sans and Noto Nastaliq Urdu to those characters, with their
layout tables kept for shaping. A name with a character outside these subsets is drawn with the
full Noto Sans (``NotoSans-full.ttf``), never as a blank box.

    apt-get install fonts-noto-core && .venv/bin/python faculty_training/pdf/fonts/build_fonts.py
"""

from pathlib import Path

from fontTools import subset

SOURCE = Path("/usr/share/fonts/truetype/noto")
HERE = Path(__file__).resolve().parent

COMMON = "U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203A,U+2044,U+2066-2069,U+200C-200F,U+2116,U+25CF"
# Latin Extended-A covers the names of both countries' staff (and most of Europe's); rarer letters
# and combining marks fall back to the full font.
LATIN_CYRILLIC = COMMON + ",U+0100-017F,U+0400-04FF"
URDU = COMMON + ",U+0600-06FF,U+0750-077F,U+FB50-FDFF,U+FE70-FEFF"

FONTS = {
    "NotoSans-Regular": LATIN_CYRILLIC,
    "NotoSans-Bold": LATIN_CYRILLIC,
    "NotoNastaliqUrdu-Regular": URDU,
}


def build():
    for name, unicodes in FONTS.items():
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.drop_tables += ["FFTM", "DSIG"]
        font = subset.load_font(str(SOURCE / f"{name}.ttf"), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
        subsetter.subset(font)
        subset.save_font(font, str(HERE / f"{name}.ttf"), options)
    # The Urdu subset already holds every Arabic-script glyph of the font; only Latin/Cyrillic
    # names can fall outside the subset (Greek, Vietnamese, ...), so only Noto Sans has a full copy.
    (HERE / "NotoSans-full.ttf").write_bytes((SOURCE / "NotoSans-Regular.ttf").read_bytes())


if __name__ == "__main__":
    build()
