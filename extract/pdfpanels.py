"""A designed page whose text stands in panels side by side, read panel by panel.

Designed plans (InDesign, Publisher, PowerPoint) set their objectives or priorities as coloured
boxes or columns side by side, each with its heading and its bullets ('Priority 1: …', 'We will:',
• …). Read across, the boxes look like a borderless table with no header row, and each box's
heading, lead-in and bullets are cut into cells of rows that are not rows. A person sees the boxes:

- boxes: filled shapes (rectangles or rounded boxes) of about the same height standing side by
  side, each holding lines of text of its own (no word runs over a box's side);
- columns from whitespace: with no boxes drawn, two or more columns of text separated by
  gutters (vertical strips no word crosses) from a line down to the end of the page's body,
  each column opening with a heading (bold, or larger than the text under it) over a list (its
  lines open with bullets), its blocks starting at heights of their own (a table's rows start
  side by side; a borderless table's columns under their header row hold no list each).

Such a page is read as the text outside the panels (a title, narrative above or below) and each
panel through the table engine on its own, a row of panels left to right. The panels' paragraphs
are given tops in reading order inside the row's height: panel k of n takes the k-th slice, so
what is below the row still comes after it. Two text columns of prose are extract/pdfcolumns.py's.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from planx.extract.pdfcolumns import Paragraphs, paragraph_starts
from planx.extract.pdfgeom import Line, Word, text_lines
from planx.extract.pdfpage import ITEM_MARKS
from planx.extract.pdftables import FoundTable, PageLayout

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_MIN_WIDTH = 0.14  # of the page's width: narrower fills are cell shading, marks, bars
_MIN_LINES = 3  # lines of text inside a panel
_SIDE = 0.6  # boxes side by side: their heights overlap by this share of the shorter one
_CROSSING = 0.1  # share of a box's words that may run over its sides (a drop shadow, a stray)
_MIN_GUTTER = 8.0  # points: a whitespace gutter between text columns
_STACK_GAP = 12.0  # points: boxes of one width this close one above the other are one panel
_BOX_GAP = 4.0  # points: boxes set apart by at least this (a table's shaded cells touch or nearly)
_BESIDE_WORDS = 3  # words beside a row of boxes, outside them, that make it a table's row
_ALIGNED = 1.5  # points: block starts this close are side by side (a table's row)
_RULE_SLACK = 12.0  # points beyond a panel's text where its frame's rulings are drawn (in the gutter)
_LABEL_WORDS = 4  # words of a label line printed in each panel


@dataclass
class PanelRow:
    """Panels side by side (left to right) and the heights they span."""
    boxes: list[Box]
    top: float
    bottom: float
    why: str  # 'boxes' or 'gutters': the evidence


def _inside(w: Word, b: Box) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return b[0] <= cx <= b[2] and b[1] <= cy <= b[3]


def _crosses(w: Word, b: Box) -> bool:
    """A word of the box's heights standing over its left or right side."""
    if w.bottom <= b[1] or w.top >= b[3]:
        return False
    return (w.x0 < b[0] - 1 < w.x1) or (w.x0 < b[2] + 1 < w.x1)


def _stacked(boxes: set[Box]) -> list[Box]:
    """Boxes of one width set one on another (a heading band, a title band, the body under them:
    one panel drawn in parts, the parts touching, set a little apart, or overlapping by any
    amount: a body drawn as two fills, the second starting 14 pt up inside the first) joined into
    one; the others as they are."""
    out: list[Box] = []
    for b in sorted(boxes, key=lambda b: (b[1], b[0])):
        for k, o in enumerate(out):
            if abs(o[0] - b[0]) <= 2 and abs(o[2] - b[2]) <= 2 and o[1] <= b[1] and b[1] - o[3] <= _STACK_GAP:
                out[k] = (min(o[0], b[0]), o[1], max(o[2], b[2]), max(o[3], b[3]))
                break
        else:
            out.append(b)
    return out


def _text_boxes(fills: list[dict[str, Any]], words: list[Word], width: float) -> list[Box]:
    """Filled boxes wide enough to be a panel, each holding lines of its own text; a fill inside
    another (a heading band inside its box) is the bigger box's."""
    cands = sorted(_stacked({(f["x0"], f["top"], f["x1"], f["bottom"]) for f in fills
                             if f["x1"] - f["x0"] >= _MIN_WIDTH * width}),
                   key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True)
    kept: list[Box] = []
    for b in cands:
        if any(k[0] - 1 <= b[0] and b[2] <= k[2] + 1 and k[1] - 1 <= b[1] and b[3] <= k[3] + 1 for k in kept):
            continue
        inside = [w for w in words if _inside(w, b)]
        if len(text_lines(inside)) < _MIN_LINES:
            continue
        crossing = sum(1 for w in words if _crosses(w, b))
        if crossing > _CROSSING * len(inside):
            continue  # a band behind text that runs on past it: shading, not a box of its own
        kept.append(b)
    return kept


def _rows_of(boxes: list[Box]) -> list[list[Box]]:
    """Boxes grouped into rows of two or more standing side by side, left to right."""
    rows: list[list[Box]] = []
    for b in sorted(boxes, key=lambda b: (b[1], b[0])):
        for row in rows:
            r = row[0]
            shared = min(r[3], b[3]) - max(r[1], b[1])
            apart = all(b[2] <= o[0] + 1 or b[0] >= o[2] - 1 for o in row)
            if shared >= _SIDE * min(r[3] - r[1], b[3] - b[1]) and apart:
                row.append(b)
                break
        else:
            rows.append([b])
    return [sorted(r) for r in rows if len(r) >= 2]


def _ruled_inside(edges: list[dict[str, Any]], box: Box) -> bool:
    """An upright ruling inside the box, between its text: a ruled table drawn over a fill."""
    for e in edges:
        upright = e["x1"] - e["x0"] <= e["bottom"] - e["top"]
        if upright and box[0] + 3 < e["x0"] < box[2] - 3 and e["bottom"] - e["top"] > 0.5 * (box[3] - box[1]):
            return True
    return False


def _set_apart(row: list[Box]) -> bool:
    """Boxes with white between them: a table's shaded cells touch, or nearly (a hairline)."""
    return all(b[0] - a[2] >= _BOX_GAP for a, b in zip(row, row[1:], strict=False))


def _text_beside(row: list[Box], words: list[Word]) -> bool:
    """Lines of text at the row's heights outside its boxes (a row label, a column of its own):
    a table whose cells are shaded, not panels."""
    top, bottom = min(b[1] for b in row), max(b[3] for b in row)
    out = [w for w in words if top <= (w.top + w.bottom) / 2 <= bottom and not any(_inside(w, b) for b in row)]
    return len(out) >= _BESIDE_WORDS


def boxed_rows(fills: list[dict[str, Any]], words: list[Word], width: float,
               edges: list[dict[str, Any]]) -> list[PanelRow]:
    """Rows of filled boxes side by side, set apart by white, each box holding text of its own
    and no text beside them (a shaded table's row label)."""
    out = []
    for row in _rows_of(_text_boxes(fills, words, width)):
        if any(_ruled_inside(edges, b) for b in row) or not _set_apart(row) or _text_beside(row, words):
            continue
        out.append(PanelRow(row, min(b[1] for b in row), max(b[3] for b in row), "boxes"))
    return out


def rows_side_by_side(parts: list[list[Line]]) -> bool:
    """Do the parts' blocks start side by side, as a table's rows do in every column? Panels'
    blocks (a heading, a lead-in, bullets of their own lengths) line up now and then, not
    throughout. The first blocks (the headings, or a header row) stand side by side in both."""
    inner = [paragraph_starts(pl)[1:] for pl in parts]
    if not inner or len(inner[0]) < 2:
        return False
    beside = sum(1 for t in inner[0] if all(any(abs(t - u) <= _ALIGNED for u in other) for other in inner[1:]))
    return beside >= 0.6 * len(inner[0])


def _heads(lines: list[Line]) -> bool:
    """The column opens with a heading: its first line bold, or larger than the lines under it."""
    if len(lines) < _MIN_LINES:
        return False
    first, rest = lines[0], lines[1:]
    body = sorted(ln.size for ln in rest)[len(rest) // 2]
    return all(w.bold for w in first.words) or first.size >= 1.15 * body


def _listed(lines: list[Line]) -> bool:
    """The column holds a list: a line of it opens with a bullet glyph (designed
    objective columns list their actions; a borderless table's columns under their header row
    hold cells of prose and figures)."""
    from planx.extract.pdfpage import opens_with_bullet
    return any(opens_with_bullet(" ".join(w.text for w in ln.words)) for ln in lines)


def _label_key(line: Line) -> str | None:
    """A line's text as a label printed in each panel ('Initiatives  Action Items', 'Data in
    Action'): a few words with letters, no bullet item, no figure."""
    text = " ".join(w.text for w in line.words)
    words = text.split()
    if not 1 <= len(words) <= _LABEL_WORDS or not any(len(w) >= 3 and w.isalpha() for w in words):
        return None
    if any(ch.isdigit() for ch in text) or text[0] in ITEM_MARKS:
        return None
    return text.casefold()


def repeated_labels(parts: list[list[Line]]) -> bool:
    """Do the parts repeat a label line each (a band's title, a header row of their own)? Panels
    of one design print the same labels in each ('Initiatives  Action Items' over every goal's
    rows, 'Data in Action' at every foot) and may align their rows across the page; a table's
    columns hold cells of their own under one header row."""
    keys = [{k for ln in pl if (k := _label_key(ln))} for pl in parts]
    return len(parts) >= 2 and bool(set.intersection(*keys))


def gutter_rows(words: list[Word], width: float, body: tuple[float, float]) -> list[PanelRow]:
    """Two or more columns of text set apart by whitespace gutters from a line to the end of
    the page's body, each opening with a heading over a list, their blocks starting at heights of
    their own (not a table's rows side by side). Two columns of prose are pdfcolumns.py's."""
    lines = [ln for ln in text_lines(words) if ln.top <= body[1]]  # the foot's margin: page numbers, footers
    if sum(1 for ln in lines if ln.top >= body[0]) < 2 * _MIN_LINES:
        return []
    lo, hi = int(min(ln.x0 for ln in lines)), int(max(ln.x1 for ln in lines)) + 1
    covered = [False] * (hi - lo)
    best: tuple[float, list[tuple[int, int]]] | None = None
    for ln in sorted(lines, key=lambda ln: -ln.top):  # bottom up: the gutters as far up as they run
        for k, w in enumerate(ln.words):
            # a bullet covers the white to its item's text (its hanging indent is no gutter)
            x1 = ln.words[k + 1].x0 if w.text in ITEM_MARKS and k + 1 < len(ln.words) else w.x1
            for x in range(max(int(w.x0), lo), min(int(x1) + 1, hi)):
                covered[x - lo] = True
        gaps = _gaps(covered)
        if best is not None and len(gaps) < len(best[1]):
            break  # a line across a gutter: a title, or text set across the page (or across one of the gutters)
        if len(gaps) >= 2:  # three columns or more (two columns of bullets: a highlight report's slide)
            best = (ln.top, gaps)
        elif ln.top < body[0]:
            break  # the head's margin: a running head, read with the page unless it heads the columns
    if best is None:
        return []
    top, gaps = best
    edges = [lo] + [x for g in gaps for x in (lo + g[0], lo + g[1])] + [hi]
    cols = [(float(edges[i]), float(edges[i + 1])) for i in range(0, len(edges), 2)]
    below = [w for w in words if w.top >= top - 0.5 and w.top <= body[1]]
    parts = [[w for w in below if a - 1 <= w.x0 and w.x1 <= b + 1] for a, b in cols]
    part_lines = [text_lines(p) for p in parts]
    if any(not _heads(pl) or not _listed(pl) for pl in part_lines):
        return []  # a borderless table's columns under their header row: no list in each
    widths = [b - a for a, b in cols]
    if min(widths) < _MIN_WIDTH * width or min(widths) < 0.5 * max(widths):
        return []
    if rows_side_by_side(part_lines) and not repeated_labels(part_lines):
        return []
    bottom = max(w.bottom for w in below)
    return [PanelRow([(a, top, b, bottom) for a, b in cols], top, bottom, "gutters")]


def _gaps(covered: list[bool]) -> list[tuple[int, int]]:
    out, start = [], None
    for i, c in enumerate(covered):  # strips between text only: not the white before or after it
        if not c and start is None:
            start = i
        elif c and start is not None:
            if i - start >= _MIN_GUTTER and start > 0:
                out.append((start, i))
            start = None
    return out


@dataclass
class PanelLayout(PageLayout):
    """A page read panel by panel: `parts[0]` the text outside the panels, then each panel as
    the table engine read it, row by row, left to right; `rows` the rows they stand in."""
    parts: list[PageLayout] = field(default_factory=list)
    rows: list[PanelRow] = field(default_factory=list)

    def in_reading_order(self, paragraphs: Callable[[list[Line]], list[Paragraphs]]
                         ) -> tuple[list[FoundTable], list[Paragraphs]]:
        """(tables, paragraphs) whose tops follow the reading order: the k-th of a row's n panels
        takes the k-th slice of the row's height, its own items in their order inside it."""
        rest = self.parts[0]
        tables, items = list(rest.tables), list(paragraphs(rest.free))
        panels = iter(self.parts[1:])
        for row in self.rows:
            n, height = len(row.boxes), max(row.bottom - row.top, 1.0)
            for k, _box in enumerate(row.boxes):
                part = next(panels)

                def at(top: float, k: int = k, n: int = n, height: float = height, row: PanelRow = row) -> float:
                    share = min(max((top - row.top) / height, 0.0), 0.999)
                    return row.top + (k + share) * height / n
                items += [(at(p[0]), *p[1:]) for p in paragraphs(part.free)]
                for t in part.tables:
                    top = at(t.bbox[1])
                    tables.append(replace(t, bbox=(t.bbox[0], top, t.bbox[2], top + 0.5)))
        return tables, sorted(items, key=lambda p: p[0])



def _words_by_panel(rows: list[PanelRow], words: list[Word]) -> tuple[list[list[Word]], list[Word]]:
    """Each panel's words (a word in the first panel holding it, row by row), and the words of none."""
    taken: set[int] = set()
    panel_words: list[list[Word]] = []
    for row in rows:
        for box in row.boxes:
            mine = [w for w in words if id(w) not in taken and _inside(w, box)]
            taken.update(id(w) for w in mine)
            panel_words.append(mine)
    return panel_words, [w for w in words if id(w) not in taken]

def read_in_panels(words: list[Word], width: float, height: float, margin: float, fills: list[dict[str, Any]],
                   read: Callable[[list[Word], Box | None], PageLayout],
                   edges: list[dict[str, Any]]) -> PanelLayout | None:
    """The page read panel by panel when its text stands in boxes side by side, or in three or
    more headed columns set apart by gutters; None otherwise."""
    rows = boxed_rows(fills, words, width, edges)
    if not rows:
        rows = gutter_rows(words, width, (margin * height, (1 - margin) * height))
    if not rows:
        return None
    panel_words, others = _words_by_panel(rows, words)
    rest = read(others, None)
    boxes = [box for row in rows for box in row.boxes]
    # each panel read with its own rulings: those inside it, reaching a gutter's width beyond its
    # text (a panel's frame is drawn in the gutter, around its text); a rule across the page is
    # the panel's from side to side of it
    parts = [read(ws, (b[0] - _RULE_SLACK, b[1] - _RULE_SLACK, b[2] + _RULE_SLACK, b[3] + _RULE_SLACK))
             for ws, b in zip(panel_words, boxes, strict=True)]
    return PanelLayout([t for p in [rest, *parts] for t in p.tables], [ln for p in [rest, *parts] for ln in p.free],
                       parts=[rest, *parts], rows=rows)


def block_rows(layout: PageLayout, words: list[Word]) -> list[PanelRow]:
    """Blocks of one design side by side that the table engine read as a borderless table (a row
    of action blocks: a bold title, a short paragraph, then 'Lead: …' and 'Timescale: …' lines):
    each column of the table, its words between the column's edges, opens the same labelled lines
    in the same order as the next (pdfcolumns.same_blocks), where a table's columns hold different
    things side by side. Each such table is a row of panels, a column a panel, read on its own."""
    from planx.extract.pdfcolumns import same_blocks
    rows = []
    for t in layout.tables:
        if t.ruled or len(t.col_edges) < 1:
            continue
        x0, top, x1, bottom = t.bbox
        cuts = [x0 - 1.0, *t.col_edges, x1 + 1.0]
        boxes: list[Box] = [(a, top - 0.5, b, bottom + 0.5) for a, b in zip(cuts, cuts[1:], strict=False)]
        sides = [text_lines([w for w in words if _inside(w, b)]) for b in boxes]
        if len(sides) >= 2 and all(same_blocks(a, b) for a, b in zip(sides, sides[1:], strict=False)):
            rows.append(PanelRow(boxes, top - 0.5, bottom + 0.5, "blocks"))
    return rows


def read_in_blocks(words: list[Word], layout: PageLayout,
                   read: Callable[[list[Word], Box | None], PageLayout]) -> PanelLayout | None:
    """The page read block by block when the table engine's reading (`layout`) took rows of blocks
    side by side for tables (block_rows); None otherwise."""
    rows = block_rows(layout, words)
    if not rows:
        return None
    panel_words, others = _words_by_panel(rows, words)
    rest = read(others, None)
    parts = [read(ws, b) for ws, b in zip(panel_words, [b for row in rows for b in row.boxes], strict=True)]
    return PanelLayout([t for p in [rest, *parts] for t in p.tables], [ln for p in [rest, *parts] for ln in p.free],
                       parts=[rest, *parts], rows=rows)


__all__ = ["PanelLayout", "PanelRow", "block_rows", "boxed_rows", "gutter_rows", "read_in_blocks", "read_in_panels"]
