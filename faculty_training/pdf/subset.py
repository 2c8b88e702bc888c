"""Font subsets for the PDFs in well under a millisecond: the glyphs a document uses are copied byte
for byte from the shipped TrueType font, keeping their glyph ids (every other glyph left empty).

fpdf2 subsets each font of each document with fontTools, which decodes the font's tables and
re-encodes the glyphs it keeps: most of a certificate's rendering time. The glyph data here is the
shipped font's own, so the pages render exactly as before (the reference images check it), and
the PDF's CIDToGIDMap, which fpdf2 builds from the font's glyph ids, stays valid because the ids do
not change. The font that carries the invisible Urdu words keeps no outlines at all: nothing shows
them. Hooked into fpdf2 by :func:`install` (fpdf2 is pinned; see requirements.txt).
"""

import struct
from functools import lru_cache
from types import SimpleNamespace

from fontTools import subset as fonttools_subset
from fontTools.ttLib import TTFont

# Tables a TrueType font program in a PDF needs (PDF 32000-1, 9.9), and the ones worth keeping.
KEEP = ("cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "OS/2", "post", "prep")
ARG_1_AND_2_ARE_WORDS, WE_HAVE_A_SCALE, MORE_COMPONENTS = 0x0001, 0x0008, 0x0020
WE_HAVE_AN_X_AND_Y_SCALE, WE_HAVE_A_TWO_BY_TWO = 0x0040, 0x0080


class ShippedFont:
    """The raw tables of one font file, read once per process."""

    def __init__(self, data):
        _version, table_count = struct.unpack(">IH", data[:6])
        self.tables = {}
        for index in range(table_count):
            tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * index : 28 + 16 * index])
            self.tables[tag.decode("latin-1")] = data[offset : offset + length]
        head = self.tables["head"]
        glyph_count = struct.unpack(">H", self.tables["maxp"][4:6])[0]
        long_offsets = struct.unpack(">h", head[50:52])[0] == 1
        loca = self.tables["loca"]
        if long_offsets:
            self.offsets = struct.unpack(f">{glyph_count + 1}I", loca[: 4 * (glyph_count + 1)])
        else:
            self.offsets = tuple(
                2 * value for value in struct.unpack(f">{glyph_count + 1}H", loca[: 2 * (glyph_count + 1)])
            )
        self.glyph_count = glyph_count

    def glyph(self, glyph_id):
        return self.tables["glyf"][self.offsets[glyph_id] : self.offsets[glyph_id + 1]]

    def components(self, glyph_id):
        """Glyph ids a composite glyph is built from (none for a simple one)."""
        data = self.glyph(glyph_id)
        if len(data) < 10 or struct.unpack(">h", data[:2])[0] >= 0:
            return []
        found, position = [], 10
        while True:
            flags, component = struct.unpack(">HH", data[position : position + 4])
            found.append(component)
            position += 4 + (4 if flags & ARG_1_AND_2_ARE_WORDS else 2)
            if flags & WE_HAVE_A_SCALE:
                position += 2
            elif flags & WE_HAVE_AN_X_AND_Y_SCALE:
                position += 4
            elif flags & WE_HAVE_A_TWO_BY_TWO:
                position += 8
            if not flags & MORE_COMPONENTS:
                return found

    def subset(self, glyph_ids, *, outlines=True):
        """The font program with only ``glyph_ids`` (and .notdef, and their components) drawn."""
        keep = {0, *glyph_ids} if outlines else set()
        pending = list(keep)
        while pending:
            for component in self.components(pending.pop()):
                if component not in keep:
                    keep.add(component)
                    pending.append(component)
        glyf, offsets = bytearray(), []
        for glyph_id in range(self.glyph_count):
            offsets.append(len(glyf))
            if glyph_id in keep:
                glyf += self.glyph(glyph_id)
                glyf += b"\0" * (-len(glyf) % 4)
        offsets.append(len(glyf))
        tables = {tag: data for tag, data in self.tables.items() if tag in KEEP}
        if not outlines:  # no outlines, nothing to hint
            tables = {tag: data for tag, data in tables.items() if tag not in ("cvt ", "fpgm", "prep")}
        tables["post"] = struct.pack(">I", 0x00030000) + tables["post"][4:32]  # no glyph names
        tables["glyf"] = bytes(glyf) or b"\0"
        tables["loca"] = struct.pack(f">{len(offsets)}I", *offsets)
        head = bytearray(tables["head"])
        head[8:12] = b"\0\0\0\0"  # checkSumAdjustment, set below
        head[50:52] = struct.pack(">h", 1)  # long loca offsets
        tables["head"] = bytes(head)
        return _sfnt(tables)


def _checksum(data):
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def _sfnt(tables):
    """A TrueType file from its tables, with the checksums the format asks for."""
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x00010000, count, power * 16, power.bit_length() - 1, count * 16 - power * 16)
    directory, body = bytearray(), bytearray()
    offset = 12 + 16 * count
    for tag in tags:
        data = tables[tag]
        directory += struct.pack(">4sIII", tag.encode("latin-1"), _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(header + directory + body)
    head_offset = (
        12 + 16 * count + sum(len(tables[tag]) + (-len(tables[tag]) % 4) for tag in tags[: tags.index("head")])
    )
    adjustment = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    font[head_offset + 8 : head_offset + 12] = struct.pack(">I", adjustment)
    return bytes(font)


@lru_cache(maxsize=8)
def shipped_font(path):
    with open(path, "rb") as handle:
        return ShippedFont(handle.read())


class KeptGlyphsFont(TTFont):
    """The per-document font object fpdf2 subsets and saves: saving writes :meth:`ShippedFont.subset`
    of the glyphs fpdf2 asked for, instead of fontTools' subset."""

    def prepare(self, path, *, outlines=True):
        self._shipped_path = str(path)
        self._outlines = outlines
        self._glyph_names = ()
        return self

    def save(self, file, reorderTables=True):  # noqa: N803 (fontTools' name)
        glyph_ids = {self.getGlyphID(name) for name in self._glyph_names}
        file.write(shipped_font(self._shipped_path).subset(glyph_ids, outlines=self._outlines))


class _Subsetter:
    """fontTools' Subsetter as fpdf2 calls it, passing our fonts through untouched (they subset
    when saved) and every other font to fontTools."""

    def __init__(self, options=None):
        self._options = options
        self._glyphs = ()

    def populate(self, glyphs=(), **others):
        self._glyphs, self._others = glyphs, others

    def subset(self, font):
        if isinstance(font, KeptGlyphsFont):
            font._glyph_names = tuple(self._glyphs)
            return
        subsetter = fonttools_subset.Subsetter(self._options)
        subsetter.populate(glyphs=self._glyphs, **self._others)
        subsetter.subset(font)


def install():
    """Route fpdf2's font subsetting through :class:`_Subsetter` (idempotent)."""
    from fpdf import output

    if not isinstance(output.ftsubset, SimpleNamespace):
        output.ftsubset = SimpleNamespace(Options=fonttools_subset.Options, Subsetter=_Subsetter)
