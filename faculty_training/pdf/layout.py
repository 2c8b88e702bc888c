"""Placing measured text on a page: every block is measured before it is placed, shrinks within its
limits, then wraps, and the result is a list of labelled rectangles that can be checked before
anything is drawn (no two overlap, none leaves the page's margins, no text below its minimum size).

Sizes are in points, positions in millimetres from the top left corner of the page.
"""

import logging
import re
from dataclasses import dataclass, field, replace

from .text import MM_PER_PT

logger = logging.getLogger(__name__)

# A run of non-space characters, or a left-to-right isolate (a code or date inside Urdu) kept whole.
TOKEN = re.compile(r"(?:\u2066[^\u2069]*\u2069|[^ ])+")
# Between two lines of one block, in em: Latin boxes are the font's ordinary line, Nastaliq boxes
# already hold the line's real ink (which rises far above an ordinary line).
LINE_GAP_EM = {"ur": 0.06}
LATIN_LINE_GAP_EM = 0.2
MAX_GAP_SCALE = 1.8  # how far the gaps between blocks may grow on a page with room to spare
PAIR_GAP = 8.0  # mm between the two halves of a Pair
SIZE_STEP = 0.25  # type sizes are multiples of a quarter point
EPSILON = 0.01  # mm: boxes that only touch do not overlap


@dataclass(frozen=True)
class Box:
    label: str
    x: float
    y: float
    width: float
    height: float
    kind: str = "text"

    @property
    def right(self):
        return self.x + self.width

    @property
    def bottom(self):
        return self.y + self.height

    def overlaps(self, other):
        return (
            self.x < other.right - EPSILON
            and other.x < self.right - EPSILON
            and self.y < other.bottom - EPSILON
            and other.y < self.bottom - EPSILON
        )

    def inside(self, area):
        return (
            self.x >= area.x - EPSILON
            and self.y >= area.y - EPSILON
            and self.right <= area.right + EPSILON
            and self.bottom <= area.bottom + EPSILON
        )


@dataclass(frozen=True)
class Block:
    """One item of text: its preferred size, the smallest size it may shrink to, and how many lines
    it may wrap to before it shrinks to its minimum (it never gets cut)."""

    label: str
    text: str
    language: str = "en"
    size: float = 10
    min_size: float = 8
    bold: bool = False
    color: tuple = (0, 0, 0)
    max_lines: int = 1
    gap_before: float = 0.5  # mm above the block's ink


@dataclass(frozen=True)
class Pair:
    """Two short blocks side by side, meeting at the axis (English left, the other language right):
    how a bilingual label takes one line instead of two when the page is full."""

    parts: tuple
    gap_before: float = 0.5

    @property
    def label(self):
        return "+".join(part.label for part in self.parts)


@dataclass(frozen=True)
class PlacedText:
    """A line as it will be drawn: ``x`` is the start of its advance, ``box`` its ink (and the
    height of an ordinary line), which is what the checks compare."""

    block: Block
    text: str
    size: float
    x: float
    baseline: float
    box: Box


@dataclass
class Layout:
    area: Box  # the margins: nothing may leave it
    texts: list = field(default_factory=list)
    shapes: list = field(default_factory=list)  # rules, logos, the QR code, space kept for signatures

    def boxes(self):
        return [text.box for text in self.texts] + list(self.shapes)

    def find(self, label):
        return [box for box in self.boxes() if box.label == label or box.label.startswith(label + "#")]


def layout_problems(layout):
    """What is wrong with a layout, in words: overlaps, boxes outside the margins, text too small."""
    problems = []
    boxes = layout.boxes()
    for index, box in enumerate(boxes):
        if not box.inside(layout.area):
            problems.append(f"{box.label} leaves the margins: {_rect(box)}")
        for other in boxes[index + 1 :]:
            if box.overlaps(other):
                problems.append(f"{box.label} overlaps {other.label}: {_rect(box)} × {_rect(other)}")
    for text in layout.texts:
        if text.size < text.block.min_size - 1e-6:
            problems.append(
                f"{text.box.label} is set at {text.size:.2f} pt, below its minimum {text.block.min_size} pt"
            )
    return problems


def _rect(box):
    return f"({box.x:.1f}, {box.y:.1f})–({box.right:.1f}, {box.bottom:.1f})"


class Fitter:
    """Shrinks and wraps blocks to a width, measuring with a :class:`~.text.Typesetter`."""

    def __init__(self, typesetter):
        self.typesetter = typesetter
        self._spacings = {}
        self._fits = {}

    def metrics(self, text, block):
        return self.typesetter.metrics(text, block.language, block.bold)

    def ink_width(self, text, block):
        metrics = self.metrics(text, block)
        return metrics.right - metrics.left

    def fit(self, block, width, size_cap):
        """(lines, size): one line at the largest size up to ``size_cap`` that fits ``width``, down
        to the block's minimum; if it does not fit even then, the fewest lines (up to max_lines) at
        the largest size that fits; beyond that, as many lines as it takes at the minimum size."""
        key = (block, round(width, 2), round(size_cap, 3))
        if key not in self._fits:
            self._fits[key] = self._fit(block, width, size_cap)
        return self._fits[key]

    def _fit(self, block, width, size_cap):
        cap = max(block.min_size, min(block.size, size_cap))
        floor = min(block.min_size, size_cap)  # below the minimum only when the page cannot hold it
        one_line = _step_down(width / max(self.ink_width(block.text, block), 1e-9))
        if one_line >= floor:
            return [block.text], min(cap, one_line)
        tokens = TOKEN.findall(block.text)
        for line_count in range(2, block.max_lines + 1):
            size = self._largest_size(tokens, block, width, floor, cap, line_count)
            if size is not None:
                return self.balanced(tokens, block, width / size, line_count), size
        lines = self.wrap(tokens, block, width / floor)
        return self.balanced(tokens, block, width / floor, len(lines)), floor

    def balanced(self, tokens, block, width_per_pt, line_count):
        """The same number of lines, as even as they come: the narrowest width that still needs no
        more lines (a centred title should not end in one orphaned word)."""
        low, high = width_per_pt * (line_count - 1) / line_count, width_per_pt
        best = self.wrap(tokens, block, high)
        for _iteration in range(8):
            middle = (low + high) / 2
            lines = self.wrap(tokens, block, middle)
            if len(lines) <= line_count:
                high, best = middle, lines
            else:
                low = middle
        return best

    def _largest_size(self, tokens, block, width, low, high, line_count):
        if len(self.wrap(tokens, block, width / low)) > line_count:
            return None
        while high - low > SIZE_STEP / 2:
            middle = _step_down((low + high) / 2)
            if middle <= low:
                break
            if len(self.wrap(tokens, block, width / middle)) <= line_count:
                low = middle
            else:
                high = middle - SIZE_STEP
        if len(self.wrap(tokens, block, width / high)) <= line_count:
            return high
        return low

    def wrap(self, tokens, block, width_per_pt):
        """Greedy lines no wider than ``width_per_pt`` (mm per point of size). Lines are estimated
        from the words' own widths (shaping does not reach across a space) and shaped whole only
        when the estimate comes near the limit. A word wider than a line is cut between characters,
        which only absurd input needs."""
        space, overhang = self._spacing(tokens, block)
        lines, current, estimate = [], "", 0.0
        for token in tokens:
            advance = self.metrics(token, block).advance
            candidate = f"{current} {token}" if current else token
            candidate_estimate = estimate + space + advance if current else advance
            near = candidate_estimate + overhang > width_per_pt * 0.97
            if not near or self.ink_width(candidate, block) <= width_per_pt:
                current, estimate = candidate, candidate_estimate
                continue
            if current:
                lines.append(current)
            current, estimate = token, advance
            while self.ink_width(current, block) > width_per_pt and len(current) > 1:
                cut = self._longest_prefix(current, block, width_per_pt)
                lines.append(current[:cut])
                current = current[cut:]
                estimate = self.metrics(current, block).advance
        if current:
            lines.append(current)
        return lines

    def _spacing(self, tokens, block):
        """(width of a space, the most any word's ink reaches beyond its advance), per point."""
        key = (block.text, block.language, block.bold)
        if key not in self._spacings:
            metrics = [self.metrics(token, block) for token in tokens]
            overhang = max((max(0.0, -m.left) + max(0.0, m.right - m.advance) for m in metrics), default=0.0)
            self._spacings[key] = (self.metrics(" ", block).advance, overhang)
        return self._spacings[key]

    def _longest_prefix(self, text, block, width_per_pt):
        low, high = 1, len(text) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.ink_width(text[:middle], block) <= width_per_pt:
                low = middle
            else:
                high = middle - 1
        return low

    def line_heights(self, lines, block, size):
        """(top, bottom) of each line's box in mm: its ink, at least an ordinary line's height."""
        return [(self.metrics(line, block).top * size, self.metrics(line, block).bottom * size) for line in lines]


def _step_down(size):
    return int(size / SIZE_STEP + 1e-9) * SIZE_STEP


class Column:
    """Stacks blocks downwards, each line centred (or flush right) in the widest band the obstacles
    leave at its height. Centred lines stay on the column's axis, so an obstacle on one side narrows
    both; ``off_centre`` lets them move over to the free side instead (a last resort for long text)."""

    def __init__(self, fitter, *, left, right, obstacles=(), align="C", padding=2.0, off_centre=False):
        self.fitter = fitter
        self.left, self.right = left, right
        self.obstacles = list(obstacles)
        self.align = align
        self.padding = padding
        self.off_centre = off_centre

    def span(self, top, bottom):
        """(left, right) free of obstacles from ``top`` to ``bottom``; None if an obstacle blocks the axis."""
        if self.align != "C":
            return self.left, self.right
        centre = (self.left + self.right) / 2
        left, right = self.left, self.right
        for obstacle in self.obstacles:
            if obstacle.y >= bottom + self.padding or obstacle.bottom <= top - self.padding:
                continue
            if obstacle.right <= centre:
                left = max(left, obstacle.right + self.padding)
            elif obstacle.x >= centre:
                right = min(right, obstacle.x - self.padding)
            else:
                return None
        if not self.off_centre:
            half = min(centre - left, right - centre)
            left, right = centre - half, centre + half
        return (left, right) if right > left else None

    def place(self, block, top, factor=1.0, gap_scale=1.0):
        """Lines of ``block`` (or a :class:`Pair`) whose ink starts at ``top`` plus its gap, at
        ``factor`` between its minimum (0) and preferred (1) sizes; returns (lines, bottom)."""
        top += block.gap_before * (0.15 + 0.85 * max(0.0, min(1.0, factor))) * gap_scale
        parts = block.parts if isinstance(block, Pair) else (block,)
        span = self.span(top, top + max(part.size for part in parts) * MM_PER_PT * 2.5)
        for _attempt in range(4):  # the band can narrow once the block's real height is known
            if span is None:
                return None, top
            width = span[1] - span[0]
            if isinstance(block, Pair):
                half = (width - PAIR_GAP) / 2
                sets = [self._set(part, half, factor) for part in parts]
            else:
                sets = [self._set(block, width, factor)]
            ascent = max(lines[0][2] for lines in sets)
            bottom = top + max(ascent - lines[0][2] + _height(lines) for lines in sets)
            narrower = self.span(top, bottom)
            if narrower is not None and narrower[1] - narrower[0] >= width - EPSILON:
                break
            span = narrower
        centre = (span[0] + span[1]) / 2
        if isinstance(block, Pair):  # the first flush to the left of the axis, the second to its right
            ascent = max(lines[0][2] for lines in sets)  # on one baseline
            placed = self._position(parts[0], sets[0], top + ascent - sets[0][0][2], "R", centre - PAIR_GAP / 2)
            placed += self._position(parts[1], sets[1], top + ascent - sets[1][0][2], "L", centre + PAIR_GAP / 2)
        else:
            anchor = {"C": centre, "R": self.right, "L": self.left}[self.align]
            placed = self._position(block, sets[0], top, self.align, anchor)
        return placed, max(line.box.bottom for line in placed)

    def _set(self, block, width, factor):
        """[(text, size, top, bottom, line gap)] for ``block`` fitted to ``width``."""
        size_cap = block.min_size + (block.size - block.min_size) * factor
        lines, size = self.fitter.fit(block, width, size_cap)
        line_gap = LINE_GAP_EM.get(block.language, LATIN_LINE_GAP_EM) * size * MM_PER_PT
        return [
            (line, size, top, bottom, line_gap)
            for line, (top, bottom) in zip(lines, self.fitter.line_heights(lines, block, size), strict=True)
        ]

    def _position(self, block, lines, top, align, anchor):
        """The lines one under another from ``top``, their ink centred on or flush to ``anchor``."""
        placed, y = [], top
        for index, (line, size, line_top, line_bottom, line_gap) in enumerate(lines):
            baseline = y + line_top
            metrics = self.fitter.metrics(line, block)
            ink_left, ink_right = metrics.left * size, metrics.right * size
            x = {"C": anchor - (ink_left + ink_right) / 2, "R": anchor - ink_right, "L": anchor - ink_left}[align]
            label = block.label if len(lines) == 1 else f"{block.label}#{index + 1}"
            box = Box(label, x + ink_left, baseline - line_top, ink_right - ink_left, line_top + line_bottom)
            placed.append(PlacedText(block, line, size, x, baseline, box))
            y = baseline + line_bottom + line_gap
        return placed

    def stack(self, blocks, top, bottom_limit, factor=1.0, gap_scale=1.0):
        """All ``blocks`` from ``top`` at ``factor`` (1: preferred sizes, 0: minimum sizes, gaps at
        15 %); returns (placed lines, bottom) or (None, bottom) when they do not fit above
        ``bottom_limit`` or beside the obstacles."""
        placed, y = [], top
        for block in blocks:
            lines, y = self.place(block, y, factor, gap_scale)
            if lines is None or y > bottom_limit + EPSILON:
                return None, y
            placed.extend(lines)
        return placed, y

    def stack_to_fit(self, blocks, top, bottom_limit):
        """(placed lines, factor) at the largest sizes at which ``blocks`` fit: preferred if they can
        (factor 1), else shrunk together towards each block's minimum (factor 0); None if they do
        not fit even at their minimum sizes."""
        placed, _bottom = self.stack(blocks, top, bottom_limit, 1.0)
        if placed is not None:
            return self._spread(placed, blocks, top, bottom_limit), 1.0
        best, _bottom = self.stack(blocks, top, bottom_limit, 0.0)
        if best is None:
            return None
        low, high = 0.0, 1.0
        for _iteration in range(7):
            middle = (low + high) / 2
            placed, _bottom = self.stack(blocks, top, bottom_limit, middle)
            if placed is None:
                high = middle
            else:
                low, best = middle, placed
        return best, low

    def _spread(self, placed, blocks, top, bottom_limit):
        """Short content: the gaps between blocks grow (up to MAX_GAP_SCALE) into the free height,
        so the text is not all crowded at the top of the page."""
        low, high = 1.0, MAX_GAP_SCALE
        for _iteration in range(5):
            middle = (low + high) / 2
            spread, _bottom = self.stack(blocks, top, bottom_limit, 1.0, middle)
            if spread is None:
                high = middle
            else:
                low, placed = middle, spread
        return placed

    def below_minimum(self, blocks, top, bottom_limit):
        """The last resort for content no realistic certificate carries: everything smaller than its
        minimum (down to 60 %), logged, rather than overlapping or leaving the page."""
        for shrink in (0.95, 0.9, 0.85, 0.8, 0.7, 0.6):
            smaller = [_scaled(block, shrink) for block in blocks]
            placed, _bottom = self.stack(smaller, top, bottom_limit, 0.0)
            if placed is not None:
                logger.warning("text set at %d%% of its minimum size to fit the page", shrink * 100)
                return [replace(line, block=original) for line, original in _originals(placed, blocks)]
        raise LayoutOverflow(f"{len(blocks)} blocks do not fit between {top:.0f} and {bottom_limit:.0f} mm")


def _height(lines):
    """Height of lines set one under another, from the top of the first to the bottom of the last."""
    return sum(top + bottom for _line, _size, top, bottom, _gap in lines) + sum(gap for *_rest, gap in lines[:-1])


def _originals(placed, blocks):
    by_label = {part.label: part for block in blocks for part in (block.parts if isinstance(block, Pair) else (block,))}
    for line in placed:
        yield line, by_label[line.block.label]


def _scaled(block, shrink):
    if isinstance(block, Pair):
        return replace(block, parts=tuple(_scaled(part, shrink) for part in block.parts))
    return replace(block, size=block.min_size * shrink, min_size=block.min_size * shrink)


class LayoutOverflow(Exception):
    """The content cannot fit the page even at 60 % of its minimum sizes."""
