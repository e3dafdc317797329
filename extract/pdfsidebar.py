"""A PDF page with a shaded sidebar of running text beside its body, read apart from it.

Reports and plans often set a narrow shaded strip down one side of the page ('About this plan',
a status key, the plan's owner and review date) beside the body (a title, the plan's tables). Read
across, the sidebar's lines sit at the heights of the body's rows, and the table engine joins
them: a line of the sidebar becomes a first column of the plan's table, or its words run into an
action's cells, and the table's columns are found across both. A person sees the strip:

- a filled rectangle, narrow (at most `_MAX_WIDTH` of the page's width) and tall (at least
  `_MIN_HEIGHT` of the page's height), standing at a side of the page (`_SIDE` of the page's
  width from its edge);
- holding `_MIN_LINES` lines of text or more, its own: no word runs over its sides;
- with text beside it, outside it (the body), set apart from it by white (`_APART` points or more
  between the strip's side and the nearest word beside it), and no ruling running from inside the
  strip out into the body (a ruled table's shaded first column is a column of the table);
- its lines running text, not a table's column of labels: most of them fill the strip's width.

Such a page is read as the body on its own (the title, the table, whose columns are found from
the body's words only), then the sidebar's lines as paragraphs after the body's last (an aside:
it does not come between the title and the plan).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from planx.extract.pdfcolumns import Paragraphs
from planx.extract.pdfgeom import Line, Word, text_lines
from planx.extract.pdftables import FoundTable, PageLayout

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_MAX_WIDTH = 0.4  # of the page's width: a wider fill is a panel, a band or the page's background
_MIN_WIDTH = 0.1  # of the page's width: a narrower fill is a bar, a mark, a table's cell
_MIN_HEIGHT = 0.5  # of the page's height
_SIDE = 0.12  # of the page's width: the strip stands this close to the page's left or right edge
_MIN_LINES = 6  # lines of text inside the strip
_APART = 4.0  # points: white between the strip's side and the body's nearest word
_BODY_LINES = 3  # lines of text beside the strip
_FULL = 0.55  # a line this share of the strip's width fills it (running text)
_PROSE = 0.5  # share of the strip's lines that fill it


def _centre_in(w: Word, b: Box) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return b[0] <= cx <= b[2] and b[1] <= cy <= b[3]


def _ruled_across(edges: list[dict[str, Any]], b: Box, text: tuple[float, float]) -> bool:
    """A ruling at the strip's heights running from over the strip's text out over the body's
    (`text`: where the strip's text ends and the body's starts, from the strip's side): a table's
    row rule drawn across a shaded column and the columns beside it. A rule that starts in the
    white between them (a table drawn a little over the strip's edge) is the body's."""
    lo, hi = min(text), max(text)
    for e in edges:
        flat = e["x1"] - e["x0"] > e["bottom"] - e["top"]
        if flat and b[1] <= e["top"] <= b[3] and e["x0"] < lo - 2 and e["x1"] > hi + 2:
            return True
    return False


def _running_text(lines: list[Line], b: Box) -> bool:
    """Most lines fill the strip's width (wrapped prose), not a column of short labels."""
    full = sum(1 for ln in lines if ln.x1 - ln.x0 >= _FULL * (b[2] - b[0]))
    return full >= _PROSE * len(lines)


def find_sidebar(words: list[Word], width: float, height: float, fills: list[dict[str, Any]],
                 edges: list[dict[str, Any]]) -> Box | None:
    """The page's shaded sidebar of running text beside a body of its own (see the module's
    docstring), or None."""
    for f in sorted(fills, key=lambda f: -(f["bottom"] - f["top"])):
        b: Box = (f["x0"], f["top"], f["x1"], f["bottom"])
        w_, h_ = b[2] - b[0], b[3] - b[1]
        if not (_MIN_WIDTH * width <= w_ <= _MAX_WIDTH * width and h_ >= _MIN_HEIGHT * height):
            continue
        left_side, right_side = b[0] <= _SIDE * width, b[2] >= (1 - _SIDE) * width
        if not (left_side or right_side):
            continue
        own = [w for w in words if _centre_in(w, b)]
        lines = text_lines(own)
        if len(lines) < _MIN_LINES or any(w.x0 < b[0] - 1 or w.x1 > b[2] + 1 for w in own):
            continue  # too little text of its own, or its text runs over its sides: shading behind text
        beside = [w for w in words if not _centre_in(w, b) and w.bottom > b[1] and w.top < b[3]
                  and ((w.x0 + w.x1) / 2 >= b[2] if left_side else (w.x0 + w.x1) / 2 <= b[0])]
        if len(text_lines(beside)) < _BODY_LINES:
            continue
        # the white between the strip's text and the body's (a body drawn a little over the strip's
        # edge still stands apart from the strip's text)
        text = ((max(w.x1 for w in own), min(w.x0 for w in beside)) if left_side
                else (min(w.x0 for w in own), max(w.x1 for w in beside)))
        if abs(text[1] - text[0]) < _APART or (text[1] < text[0]) == left_side:
            continue
        if _ruled_across(edges, b, text) or not _running_text(lines, b):
            continue
        return b
    return None


@dataclass
class SidebarLayout(PageLayout):
    """A page read as its body (`parts[0]`, everything outside the strip, as the table engine
    read it) and its sidebar (`parts[1]`, its lines of running text)."""
    parts: list[PageLayout] = field(default_factory=list)
    box: Box | None = None

    def in_reading_order(self, paragraphs: Callable[[list[Line]], list[Paragraphs]]
                         ) -> tuple[list[FoundTable], list[Paragraphs]]:
        """(tables, paragraphs): the body's as they stand, then the sidebar's, given tops after
        the body's last item in their own order (no line of the strip joins the body's)."""
        body, side = self.parts
        items = list(paragraphs(body.free))
        ends = [p[0] for p in items] + [t.bbox[3] for t in body.tables]
        base = max(ends) if ends else 0.0
        aside: list[tuple[float, Any]] = [(p[0], p) for p in paragraphs(side.free)]
        aside += [(t.bbox[1], t) for t in side.tables]
        aside.sort(key=lambda it: it[0])
        tables = list(body.tables)
        for k, (_, item) in enumerate(aside, 1):
            top = base + k
            if isinstance(item, FoundTable):
                tables.append(replace(item, bbox=(item.bbox[0], top, item.bbox[2], top + 0.5)))
            else:
                items.append((top, *item[1:]))
        return tables, sorted(items, key=lambda p: p[0])


def read_beside_sidebar(words: list[Word], width: float, height: float, fills: list[dict[str, Any]],
                        read: Callable[[list[Word]], PageLayout],
                        edges: list[dict[str, Any]]) -> SidebarLayout | None:
    """The page read as its body, then its shaded sidebar (find_sidebar); None when it has none."""
    box = find_sidebar(words, width, height, fills, edges)
    if box is None:
        return None
    mine = [w for w in words if _centre_in(w, box)]
    taken = {id(w) for w in mine}
    # the strip's lines are running text (find_sidebar): read as lines, not through the table engine
    body, side = read([w for w in words if id(w) not in taken]), PageLayout([], text_lines(mine))
    return SidebarLayout([*body.tables, *side.tables], [*body.free, *side.free], parts=[body, side], box=box)


__all__ = ["SidebarLayout", "find_sidebar", "read_beside_sidebar"]
