"""One table engine for every PDF page: ruled, partly ruled and borderless tables from words and rulings.

Interface (stable; the scanned-page reader builds the same inputs from OCR word boxes and the
ruling lines it finds in the page image):

    tables_from_words(words, rulings, page_bbox, fills=()) -> list[FoundTable]
    layout_from_words(words, rulings, page_bbox, fills=()) -> PageLayout   (tables + the text outside)

- `words`: pdfplumber's word shape, dicts or objects with `text, x0, x1, top, bottom` in PDF
  points, top-down (pdfgeom.Word, or `page.extract_words()` rows); an optional `size` (font size;
  the box height otherwise). A word holds no spaces: one OCR word, or characters set close.
- `rulings`: horizontal and vertical segments, dicts with `x0, x1, top, bottom` (a horizontal one
  has top == bottom or nearly, a vertical one x0 == x1); `orientation` 'h'/'v' optional.
- `page_bbox`: (x0, top, x1, bottom) of the page.
- `fills`: optional shaded rectangles, dicts with `x0, x1, top, bottom, colour` ('#rrggbb'): they
  colour the cells they lie under (Cell.fill) and, in a borderless table, show columns and rows
  that hold no text (a RAG column shown only as colour).

A `FoundTable` holds `cells` (GridCell: row, column, spans, text with lines joined by newlines,
fill, box), its grid size, `bbox`, column and row boundaries, `ruled`, and a `confidence` in
0..1 with the `evidence` it rests on (pdftables.confidence).

How: rulings are merged and closed cells found exactly as pdfplumber's `page.find_tables()`
does (pdfrules.lattice), so a ruled table is never read worse than pdfplumber reads it; cells
spanning grid lines become spanning cells, shading colours them, and a ruled cell holding
several columns or stacked rows of figures is split along the text. Everything else on the page
goes to the borderless reader (pdfborderless): text lines, table areas found from the columns
their words line up in, columns from gutters, rows from text lines merged only on evidence
(horizontal rules between them, wider gaps between rows than between lines, a line continuing
the wrapped text above it).
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from planx.extract.pdfgeom import HEAVY, Line, Word, char_text, cluster, group_words, is_heavy, join_lines, text_lines
from planx.extract.pdfrules import BBox, Edge, apart_nested, as_edges, lattice, merge
from planx.normalise.vocab import RAG_DOT_GLYPHS

WordLike = Mapping[str, Any] | Word | Any


@dataclass
class GridCell:
    r: int
    c: int
    rowspan: int
    colspan: int
    text: str = ""
    fill: str | None = None
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    bold: bool = False  # every letter of its text is set in a heavy font (pdfgeom.is_heavy): cell_styles
    left: float | None = None  # where its text starts (x, points); None when unknown: cell_styles


@dataclass
class FoundTable:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    cells: list[GridCell]
    nrows: int
    ncols: int
    ruled: bool
    col_edges: list[float] = field(default_factory=list)  # x of the column boundaries (outer ones included when ruled)
    col_gaps: list[tuple[float, float]] = field(default_factory=list)  # borderless: the gutters' x ranges
    row_edges: list[float] = field(default_factory=list)  # y where each row starts, and the table's bottom
    confidence: float = 1.0
    evidence: dict[str, Any] = field(default_factory=dict)

    def grid(self) -> list[list[GridCell]]:
        """Cells by starting row, left to right."""
        rows: list[list[GridCell]] = [[] for _ in range(self.nrows)]
        for c in self.cells:
            rows[c.r].append(c)
        for r in rows:
            r.sort(key=lambda c: c.c)
        return rows


@dataclass
class PageLayout:
    """A page read by the engine: its tables (top to bottom) and the text lines outside them."""
    tables: list[FoundTable]
    free: list[Line]
    rulings: list[Edge] = field(default_factory=list)  # merged, for the debug drawing

    def carry(self) -> tuple[float, ...]:
        """Column edges of the page's last table, for reading the next page (`hints`): a table
        going on over the page break keeps its columns, even one that has text in one row only
        on the next page."""
        if not self.tables:
            return ()
        last = max(self.tables, key=lambda t: t.bbox[3])
        # the boundaries between its columns (a ruled table's outer rules bound no column of it)
        return tuple(last.col_edges[1:-1] if last.ruled and len(last.col_edges) >= 2 else last.col_edges)


# ---- the interface ------------------------------------------------------------------------
def to_word(w: WordLike) -> Word:
    if isinstance(w, Word):
        return w
    def get(key: str) -> Any:
        return w.get(key) if isinstance(w, Mapping) else getattr(w, key, None)
    top, bottom = float(get("top")), float(get("bottom"))
    size = get("size")
    # a word's weight from its font's name, as characters give theirs (an OCR word: pdfocr.mark_bold)
    return Word(str(get("text")), float(get("x0")), float(get("x1")), top, bottom,
                float(size) if size else max(bottom - top, 1.0), float(get("slack") or 0.0),
                bold=HEAVY.search(str(get("fontname") or "")) is not None)


def tables_from_words(words: Iterable[WordLike], rulings: Iterable[Mapping[str, Any]] = (),
                      page_bbox: BBox = (0.0, 0.0, 612.0, 792.0),
                      fills: Iterable[Mapping[str, Any]] = ()) -> list[FoundTable]:
    """The tables of one page, top to bottom (see the module docstring for the inputs)."""
    return layout_from_words(words, rulings, page_bbox, fills).tables


def layout_from_words(words: Iterable[WordLike], rulings: Iterable[Mapping[str, Any]] = (),
                      page_bbox: BBox = (0.0, 0.0, 612.0, 792.0),
                      fills: Iterable[Mapping[str, Any]] = (), hints: Iterable[float] = (),
                      sideways: Iterable[WordLike] = ()) -> PageLayout:
    """The tables of one page and the text lines outside them. `hints`: x of the column edges
    of the table the page before ended with (PageLayout.carry), which may go on on this page.
    `sideways`: words set sideways (turned headings), read where they fall in a ruled cell."""
    from planx.extract.pdfborderless import borderless_tables
    ws = [w for w in map(to_word, words) if w.text.strip()]
    typed = typed_rules(ws)
    if typed:
        ws = [w for w in ws if w not in typed]
    # (a grid nested in a cell of another is merged and read apart from it: pdfrules.apart_nested)
    groups = [merge(g) for g in apart_nested(as_edges([*rulings, *(
        {"x0": w.x0, "x1": w.x1, "top": w.bottom, "bottom": w.bottom, "orientation": "h"} for w in typed)]))]
    edges = [e for g in groups for e in g]
    shading = [dict(f) for f in fills]
    turned = [to_word(w) for w in sideways]
    ruled = [t for g in groups for t in ruled_tables(ws, g, shading, turned, tuple(hints)) if not spills(t, ws)]
    ruled, holders = without_holders(ruled)
    inside = [t for t in ruled if nested_in_text(t, ws, ruled)]
    if inside:
        # ruled tables nested in a borderless table's cells: their words are read with the outer
        # table (its sub-columns, rows running on under the outer row: normalise.subtables)
        ruled = [t for t in ruled if t not in inside]
        edges = [e for e in edges if not any(within(e, t.bbox) for t in inside)]
        shading = [f for f in shading if not any(within(f, t.bbox) for t in inside)]
    for t in ruled:
        label_columns(t, words_outside(ws, [u.bbox for u in ruled]), ws)
    for t in ruled:
        heading_line_above(t, words_outside(ws, [u.bbox for u in ruled]))
    rest = words_outside(ws, [t.bbox for t in ruled])
    free_edges = [e for e in edges if not any(within(e, t.bbox) for t in ruled)]
    if turned:  # a cell's text set sideways inside a borderless table's row: a word of its row (pdfturned.py)
        from planx.extract.pdfturned import turned_in_rows
        inner, turned = turned_in_rows(turned, rest, [t.bbox for t in ruled])
        rest = rest + inner
    loose, free = borderless_tables(text_lines(rest), free_edges, shading, page_bbox, tuple(hints), ruled)
    if turned and loose:  # labels set sideways beside a borderless table: its first column (pdfturned.py)
        from planx.extract.pdfturned import turned_labels_beside
        loose = [turned_labels_beside(t, turned, edges) for t in loose]
    tables = sorted(ruled + loose, key=lambda t: (t.bbox[1], t.bbox[0]))
    for t in tables:
        from planx.extract.pdfconfidence import rate
        rate(t)
    for holder in holders:
        banners_first(holder, ruled, free)
        wrap_in_cells(holder, free)
    free.sort(key=lambda ln: ln.top)
    return PageLayout(tables, free, edges)


TYPED_RULE = re.compile(r"_{12,}|-{12,}|—{6,}|─{6,}")  # underscores, hyphens, dashes typed in a row


def typed_rules(words: list[Word]) -> list[Word]:
    """Rules typed as a run of underscores or dashes alone on their line, or set under a line's
    text ('_____' under a table's heading and above its total): rules, drawn with the keyboard, as
    a drawn rule is (a form's blank after a label, 'Name: ______', stands beside the label on its
    line and stays text)."""
    runs = [w for w in words if TYPED_RULE.fullmatch(w.text)]
    out = []
    for w in runs:
        beside = [o for o in words if o is not w and o.top < w.bottom and o.bottom > w.top]
        if not beside or any(o.x0 < w.x1 and o.x1 > w.x0 for o in beside):
            out.append(w)  # alone on its line, or under the text it rules off
    return out


def spills(t: FoundTable, words: list[Word]) -> bool:
    """The ruled grid is part of a larger table whose other columns have no rulings: many of
    its text lines go on just outside it, left or right (closer than two ems), at the same height."""
    x0, top, x1, bottom = t.bbox
    inside = [w for w in words if centre_in(w, t.bbox)]
    if not inside:
        return False
    lines = group_words(inside)
    near = 0
    for ln in lines:
        lt, lb = min(w.top for w in ln), max(w.bottom for w in ln)
        em = max(w.size for w in ln)
        if any(w.bottom > lt and w.top < lb and (x1 < (w.x0 + w.x1) / 2 and w.x0 - x1 < 2 * em
                                                   or (w.x0 + w.x1) / 2 < x0 and x0 - w.x1 < 2 * em)
               for w in words):
            near += 1
    return near >= max(2, 0.3 * len(lines))


def fold_text(t: FoundTable) -> str:
    """A small ruled table's rows as the readers write a table nested in a cell: a line a row,
    its cells joined by '; ' (the first line its headings)."""
    return "\n".join("; ".join(" ".join(c.text.split()) for c in row) for row in t.grid() if row)


def nested_in_text(t: FoundTable, words: list[Word], ruled: list[FoundTable]) -> bool:
    """A ruled table nested in one cell of a borderless table: the outer row's other cells stand
    beside it, text on its left and on its right at the height of its lines (an audit plan's
    action beside its milestones, the lead officer and date after them), and its rows read as a
    table of milestones nested in a cell (actions.nested_table). A table alone on its lines, or
    one that is no table of milestones, stays a table of its own."""
    from planx.normalise.actions import nested_table  # (the heading vocabulary; normalise imports extract)
    x0, top, x1, bottom = t.bbox
    others = words_outside(words, [u.bbox for u in ruled])
    beside = [w for w in others if w.bottom > top and w.top < bottom]
    if not any(w.x1 <= x0 for w in beside) or not any(w.x0 >= x1 for w in beside):
        return False
    return nested_table(fold_text(t)) is not None


def without_holders(ruled: list[FoundTable]) -> tuple[list[FoundTable], list[FoundTable]]:
    """(the ruled tables less those that hold others in their cells, those holders): a layout grid
    whose cells hold the plan's tables beside the banners naming their areas ('Priority 1 / Start
    for Life …' | a table of actions). The tables inside are read as tables; the holder's other text
    is read as the page's lines (the banners over the tables they stand beside, banners_first), as
    a Word reader reads such a layout table (extract/docx.holds_plan_tables)."""
    holders = [t for t in ruled if any(u is not t and _contains(t.bbox, u.bbox) for u in ruled)]
    return [t for t in ruled if t not in holders], holders


READ_AT = "read_at"  # FoundTable.evidence: the height the table is read at among the page's paragraphs


def banners_first(holder: FoundTable, ruled: list[FoundTable], free: list[Line]) -> None:
    """A table a holder's cell holds is read after the lines of the cell beside it, left of it and
    starting at its height (the 'Priority 1' / 'Start for Life …' banner, set level with the table's
    heading row): they are the heading of its rows, not text after its first row (pdf.py orders
    the page's tables and paragraphs by this height)."""
    for table in (t for t in ruled if _contains(holder.bbox, t.bbox)):
        x0, top, _, bottom = table.bbox
        beside = [ln.top for ln in free if ln.x1 <= x0 and holder.bbox[0] <= ln.x0 and top <= ln.top < bottom]
        if beside:
            table.evidence[READ_AT] = max(beside) + 0.01


def wrap_in_cells(holder: FoundTable, free: list[Line]) -> None:
    """Each line of a holder's cell ('1. Access and' / 'waiting times' / 'Theme lead:' / 'Rachel Green',
    the banner beside a nested table) is told its cell (Line.cell): it wraps at the cell's right edge,
    not where the page's running text does (read as the page's lines, each would end short of the
    page's measure and part from the next), and joins no line of another cell (the holder's heading
    row set close above it: pdfpage.paragraphs_of). A line running over two cells is in neither."""
    for ln in free:
        cell = next((c for c in holder.cells if c.bbox[0] - 1 <= ln.x0 and ln.x1 <= c.bbox[2] + 1
                     and c.bbox[1] <= (ln.top + ln.bottom) / 2 <= c.bbox[3]), None)
        if cell is not None:
            ln.cell = cell.bbox


HELD_FLUSH = 2.0  # points: a table held in a cell may reach this far onto the holder's frame (set flush with it)


def _contains(outer: BBox, box: BBox) -> bool:
    """Is box held inside outer: within it, and clear of its frame on two sides at least (a table nested
    in a cell stands clear of the holder's left frame or top, whatever it does on the right or the foot:
    LibreOffice prints a Word table nested in the last column flush with the frame)?"""
    t = HELD_FLUSH
    if not (outer[0] - t <= box[0] and outer[1] - t <= box[1] and box[2] <= outer[2] + t and box[3] <= outer[3] + t):
        return False
    clear = [box[0] - outer[0] > t, box[1] - outer[1] > t, outer[2] - box[2] > t, outer[3] - box[3] > t]
    return sum(clear) >= 2


def within(e: Edge, box: BBox, tol: float = 2.0) -> bool:
    return box[0] - tol <= e["x0"] and e["x1"] <= box[2] + tol and box[1] - tol <= e["top"] \
        and e["bottom"] <= box[3] + tol


def centre_in(w: Word, box: BBox) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def words_outside(words: list[Word], boxes: list[BBox]) -> list[Word]:
    if not boxes:
        return words
    return [w for w in words if not any(centre_in(w, b) for b in boxes)]


def text_of_words(words: list[Word]) -> str:
    """A cell's text: its words by line, spaces between words, newlines between lines."""
    return join_lines([" ".join(w.text for w in ln) for ln in group_words(words)]).strip()


# ---- ruled tables ------------------------------------------------------------------------
def ruled_tables(words: list[Word], edges: list[Edge], fills: list[dict[str, Any]],
                 sideways: list[Word] | None = None, hints: tuple[float, ...] = ()) -> list[FoundTable]:
    """`hints`: the column edges of the table the page before ended with (PageLayout.carry)."""
    found = []
    for boxes in lattice(edges):
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        turned = [w for w in sideways or () if centre_in(w, box)]
        goes_on = bool(hints) and not any(w.bottom <= box[1] for w in words)  # (nothing above it on the page)
        table = grid_from_boxes(boxes, words + turned, fills, hints if goes_on else ())
        if table is not None:
            found.append(table)
    return found


def label_columns(t: FoundTable, words: list[Word], page_words: list[Word]) -> None:
    """Row labels printed beside a ruled grid, outside its frame (a column of names left of the
    rulings): lines of words (outside every ruled table) on one side of the grid, each on the
    baseline of text in a row of it, one line to a row, in most of its rows, become a column of
    the table (the words keep out of the page's paragraphs)."""
    bands = sorted({(c.bbox[1], c.bbox[3]) for c in t.cells if c.rowspan == 1 and c.text})
    if len(bands) < 3:
        return
    x0, top, x1, bottom = t.bbox
    inside_tops = [w.top for w in page_words if centre_in(w, t.bbox)]
    for side in ("left", "right"):
        outside = [w for w in words if top <= (w.top + w.bottom) / 2 <= bottom
                   and ((w.x1 <= x0) if side == "left" else (w.x0 >= x1))]
        lines = group_words(outside)
        level = sum(1 for ln in lines if any(abs(ln[0].top - y) <= 1.5 for y in inside_tops))
        # one label a line: no gap of more than an em inside it (not the columns of another table)
        single = sum(1 for ln in lines
                     if all(b.x0 - a.x1 <= max(a.size, 4.0) for a, b in zip(ln, ln[1:], strict=False)))
        if not lines or level < 0.8 * len(lines) or single < 0.9 * len(lines):
            continue
        rows: dict[int, list[Word]] = {}
        for w in outside:
            cy = (w.top + w.bottom) / 2
            r = next((c.r for c in t.cells if c.colspan >= 1 and c.bbox[1] <= cy <= c.bbox[3] and c.rowspan == 1), None)
            if r is not None:
                rows.setdefault(r, []).append(w)
        filled_rows = {c.r for c in t.cells if c.text}
        if len(rows) < 3 or len(rows) < 0.5 * len(filled_rows) or len(lines) > 1.2 * len(rows):
            continue
        col = 0 if side == "left" else t.ncols
        if side == "left":
            for c in t.cells:
                c.c += 1
            t.col_edges = [min(w.x0 for w in outside)] + t.col_edges
        else:
            t.col_edges = t.col_edges + [max(w.x1 for w in outside)]
        t.ncols += 1
        for r in range(t.nrows):
            ws = rows.get(r, [])
            box = (min((w.x0 for w in ws), default=x0), min((w.top for w in ws), default=top),
                   max((w.x1 for w in ws), default=x0), max((w.bottom for w in ws), default=top))
            t.cells.append(GridCell(r, col, 1, 1, text_of_words(ws), None, box))
        xs = [w.x0 for w in outside] + [w.x1 for w in outside]
        t.bbox = (min([t.bbox[0], *xs]), t.bbox[1], max([t.bbox[2], *xs]), t.bbox[3])
        t.evidence["columns"] = "rulings+labels"


# a heading line sits on the grid's top rule when its foot is this share of its height from it, or closer
HEADING_ON_RULE = 0.5


def heading_line_above(t: FoundTable, words: list[Word]) -> None:
    """A heading row printed over a ruled grid with no rule above it, the frame starting under the
    headings ('ITEM   BY WHOM   BY WHEN' standing on the grid's top rule, its rows under it): a line
    of words outside every ruled table, whose foot touches the grid's top, all within the grid's
    width, splitting at gaps wider than an em into short labels (four words or fewer, no figures)
    that each fall inside one column, in two or more of its columns and half of them or more,
    becomes the grid's first row. Not when the grid's first row is a heading row already (short
    labels alone), nor a line that runs on outside the grid (a paragraph)."""
    if not t.ruled or t.ncols < 3 or len(t.col_edges) != t.ncols + 1 or not t.cells:
        return
    x0, top, x1, _ = t.bbox
    near = [w for w in words if -HEADING_ON_RULE * max(w.bottom - w.top, 1.0) <= top - w.bottom
            <= HEADING_ON_RULE * max(w.bottom - w.top, 1.0) and w.bottom <= top + 1.0]
    lines = group_words(near)
    if len(lines) != 1:
        return
    line = lines[0]
    lt, lb = min(w.top for w in line), max(w.bottom for w in line)
    if any(w.bottom > lt and w.top < lb and w not in line for w in words):
        return  # the line goes on outside the grid's reach: a paragraph's, not the grid's
    if any(w.x0 < x0 - 2.0 or w.x1 > x1 + 2.0 for w in line):
        return
    labels: list[list[Word]] = [[line[0]]]
    for a, b in zip(line, line[1:], strict=False):
        if b.x0 - a.x1 > max(a.size, 4.0):
            labels.append([b])
        else:
            labels[-1].append(b)
    edges = t.col_edges
    placed: dict[int, list[Word]] = {}
    for label in labels:
        text = " ".join(w.text for w in label)
        if len(label) > 4 or any(ch.isdigit() for ch in text):
            return
        lx0, lx1 = label[0].x0, label[-1].x1
        col = next((c for c in range(t.ncols) if edges[c] - 2.0 <= lx0 and lx1 <= edges[c + 1] + 2.0), None)
        if col is None or col in placed:
            return
        placed[col] = label
    if len(placed) < max(2, (t.ncols + 1) // 2):
        return
    first = [c for c in t.cells if c.r == 0]
    if all(c.text and len(c.text.split()) <= 6 and not any(ch.isdigit() for ch in c.text) for c in first):
        return  # its own first row is a heading row
    for c in t.cells:
        c.r += 1
    for col in range(t.ncols):  # a column with no label gets an empty heading cell, as a ruled row has
        label = placed.get(col, [])
        box = (label[0].x0, lt, label[-1].x1, lb) if label else (edges[col], lt, edges[col + 1], lb)
        t.cells.append(GridCell(0, col, 1, 1, " ".join(w.text for w in label), None, box))
    t.nrows += 1
    t.row_edges = [lt, *t.row_edges]
    t.bbox = (x0, lt, x1, t.bbox[3])
    t.evidence["rows"] = f"{t.evidence.get('rows', 'rulings')}+heading line"


def nearest(vals: list[float], v: float) -> int:
    """The index of the value closest to v (the lower one on a tie); vals rise."""
    i = bisect.bisect_left(vals, v)
    if i == 0 or (i < len(vals) and abs(vals[i] - v) < abs(vals[i - 1] - v)):
        return min(i, len(vals) - 1)
    return i - 1


def rated_label_row(cells: list[GridCell], nrows: int) -> bool:
    """One ruled row of a label or a value beside empty cells shaded in a RAG colour ('RAG status | ▇',
    'Draft agreed by the board. | ▇'): the last row of an action's form or box that a page break
    carried over, its rating given by the fill alone. A table of its own (the form readers join it
    to the form on the page before), not a frame."""
    from planx.normalise.codes import rag_of_colour
    if nrows != 1 or len(cells) < 2:
        return False
    texts = [c for c in cells if c.text]
    shaded = [c for c in cells if not c.text and rag_of_colour(c.fill)]
    return len(texts) == 1 and len(shaded) >= 1 and texts[0].bbox[0] < min(c.bbox[0] for c in shaded)


def heading_row_alone(cells: list[GridCell], nrows: int, ncols: int) -> bool:
    """One ruled row of three or more cells, every one holding a short label ('No. | What we will do |
    Responsible | By when | Progress'): a table's heading row that the page break left alone at the
    foot of a page, its rows on the next (the writer moved the first row over whole). A table of its
    own, which the next page's table goes on from (pdf.stitch), not lines of text."""
    if nrows != 1 or ncols < 3 or len(cells) < 3:
        return False
    return all(c.text and len(c.text.split()) <= 6 and not any(ch.isdigit() for ch in c.text) for c in cells)


# a ruled row alone on a page is a record the page break carried over whole when it has this many
# filled cells at least, RECORD_WORDY of them paragraphs of RECORD_WORDS words or more
RECORD_CELLS = 4
RECORD_WORDY = 2
RECORD_WORDS = 12


def record_row_alone(cells: list[GridCell], nrows: int, ncols: int) -> bool:
    """One ruled row of four or more filled cells, two of them paragraphs ('11 | Request national
    government to … | The government of Mongolia charges … | This commitment is DELAYED. … | Receive
    response by Q3 2017'): a table's record too tall to share its page, alone between the rows of the
    pages before and after it. A table of its own, which pdf.stitch joins to the table it goes on
    from, not lines of text. A box round a paragraph or two (a frame, a callout) has fewer cells."""
    if nrows != 1 or ncols < RECORD_CELLS:
        return False
    filled = [c for c in cells if c.text]
    wordy = [c for c in filled if len(c.text.split()) >= RECORD_WORDS]
    return len(filled) >= RECORD_CELLS and len(wordy) >= RECORD_WORDY


CARRIED_EDGE = 3.0  # points at most between a column edge and the one the page before's table had there


def grid_from_boxes(boxes: list[BBox], words: list[Word], fills: list[dict[str, Any]],
                    hints: tuple[float, ...] = ()) -> FoundTable | None:
    """pdfplumber's cell boxes of one table → a grid with spanning cells and their words. `hints`:
    the column edges of the table the page before ended with, when this grid opens the page: a
    grid with those very columns and text in one cell only is that table going on, the rest of
    the row the page break cut (a minute's last paragraph run over into the next page's box),
    not a frame around text; its paragraphs are rows of their own (see continued_cell)."""
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes], 3.0)
    ys = cluster([b[1] for b in boxes] + [b[3] for b in boxes], 3.0)
    ncols, nrows = len(xs) - 1, len(ys) - 1
    if ncols < 1 or nrows < 1:
        return None
    cells: list[GridCell] = []
    occupancy: list[list[int]] = [[-1] * ncols for _ in range(nrows)]
    for b in sorted(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])):
        c0, c1, r0, r1 = nearest(xs, b[0]), nearest(xs, b[2]), nearest(ys, b[1]), nearest(ys, b[3])
        if c1 <= c0 or r1 <= r0:
            continue
        if any(occupancy[r][c] >= 0 for r in range(r0, r1) for c in range(c0, c1)):
            continue
        for r in range(r0, r1):
            for c in range(c0, c1):
                occupancy[r][c] = len(cells)
        cells.append(GridCell(r0, c0, r1 - r0, c1 - c0, bbox=b))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    per_cell: list[list[Word]] = [[] for _ in cells]
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if not (bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]):
            continue
        c = min(max(bisect.bisect_right(xs, cx) - 1, 0), ncols - 1)
        r = min(max(bisect.bisect_right(ys, cy) - 1, 0), nrows - 1)
        k = occupancy[r][c]
        if k < 0:  # text where the rulings leave no closed cell (a rule not drawn): a cell of its own
            k = occupancy[r][c] = len(cells)
            cells.append(GridCell(r, c, 1, 1, bbox=(xs[c], ys[r], xs[c + 1], ys[r + 1])))
            per_cell.append([])
        per_cell[k].append(w)
    per_cell = [mend_broken_words(ws, cell.bbox) for cell, ws in zip(cells, per_cell, strict=True)]
    for cell, ws in zip(cells, per_cell, strict=True):
        cell.text = text_of_words(ws)
        cell.fill = fill_of(cell.bbox, fills, xs, cell.text)
    filled = sum(1 for c in cells if c.text)
    rated_row = rated_label_row(cells, nrows)
    same_columns = ncols >= 2 and len(hints) == ncols - 1 \
        and all(abs(x - h) <= CARRIED_EDGE for x, h in zip(xs[1:-1], hints, strict=True))
    carried = filled == 1 and same_columns
    # one ruled row opening the page at the very columns of the table the page before ended with:
    # that table's last row, which the page break carried over whole (pdf.stitch joins it on)
    carried_row = nrows == 1 and filled >= 2 and same_columns
    if carried:
        cells, per_cell, nrows, ys = continued_cell(cells, per_cell, nrows, ys)
    elif (filled < 2 or filled < 0.1 * len(cells)) and not rated_row:
        return None  # a frame, a box around text, or shading drawn as a grid: not a table
    cells, per_cell, nrows, ys, body_rows = split_open_body(cells, per_cell, nrows, ys, xs)
    cells, per_cell = split_by_columns(cells, per_cell, xs)
    if ncols >= 2:  # a box with no inner rulings at all is left to the borderless reading
        cells, per_cell, xs = split_figure_columns(cells, per_cell, xs)
    ncols = len(xs) - 1
    rows_before = nrows
    cells, per_cell, nrows, ys = split_records(cells, per_cell, nrows, ys)
    cells, per_cell, nrows, ys = split_paragraph_records(cells, per_cell, nrows, ys)
    records_cut = nrows - rows_before
    rows_before = nrows
    cells, per_cell, nrows, ys = split_margin_notes(cells, per_cell, nrows, ys, bbox)
    margin_cut = nrows - rows_before
    rows_before = nrows
    cells, per_cell, nrows, ys = split_label_paragraphs(cells, per_cell, nrows, ys)
    labels_cut = nrows - rows_before
    cells, nrows, ys = split_bands(cells, per_cell, nrows, ys)
    if ncols < 2 or nrows < 2 and not rated_row and not heading_row_alone(cells, nrows, ncols) \
            and not record_row_alone(cells, nrows, ncols) and not carried and not carried_row:
        return None
    table = compact(FoundTable(bbox, cells, nrows, ncols, True, xs))
    table.row_edges = sorted({c.bbox[1] for c in table.cells if c.rowspan >= 1} | {bbox[3]}) \
        if len(ys) != table.nrows + 1 else ys
    table.evidence["rows"] = table.evidence["columns"] = "rulings"
    if body_rows:  # a body box under ruled headings, read by its text lines (split_open_body)
        table.evidence["open_body_rows"] = body_rows
    if records_cut:  # rows cut apart at their keys, where no rule was drawn (split_records)
        table.evidence["records_cut"] = records_cut
    if margin_cut:  # rows cut at the paragraphs their margin's initials stand beside (split_margin_notes)
        table.evidence["margin_cut"] = margin_cut
    if labels_cut:  # rows cut at the labels their paragraphs stand beside (split_label_paragraphs)
        table.evidence["labels_cut"] = labels_cut
    return table


OPEN_BODY_LINES = 3  # text lines at least in a body box read as rows of its own
OPEN_BODY_SPILL = 0.25  # of those lines at most: the ones a run of words crosses a column rule in
OPEN_BODY_SHARE = 0.6  # of the rows they make: the ones starting with text in two columns or more


def continued_cell(cells: list[GridCell], per_cell: list[list[Word]], nrows: int, ys: list[float]
                   ) -> tuple[list[GridCell], list[list[Word]], int, list[float]]:
    """The one cell with text of a grid that carries the page before's table on (grid_from_boxes),
    cut at its paragraphs (white wider than half a line between them): the first is the rest of
    the row the page break cut, and the stitcher joins it to that row when its text goes on from
    it; the others, the cell's later paragraphs, are rows of their own (as the page before cut its
    paragraphs, split_margin_notes)."""
    k = next(i for i, c in enumerate(cells) if c.text)
    lines = group_words(per_cell[k])
    cuts = []
    for above, ln in zip(lines, lines[1:], strict=False):
        bottom, top = max(w.bottom for w in above), min(w.top for w in ln)
        if top - bottom > 0.5 * max(max(w.bottom for w in ln) - top, 1.0):
            cuts.append((bottom + top) / 2)
    if not cuts:
        return cells, per_cell, nrows, ys
    return cut_rows(cells, per_cell, nrows, ys, {cells[k].r: cuts})


def split_open_body(cells: list[GridCell], per_cell: list[list[Word]], nrows: int, ys: list[float],
                    xs: list[float]) -> tuple[list[GridCell], list[list[Word]], int, list[float], int]:
    """A box drawn round a table's body under ruled column headings, its column rules drawn in
    the heading rows only (a ruled head over an open body: statements, expenditure reports,
    registers). The box is one grid cell spanning the columns, but its text lines are rows and
    their words stand under the headings: each word goes to the column its middle is in, and each
    line starts a row, except a line that sits only in columns the row's first line fills and has
    nothing in the column that line starts in (its key): the wrapped rest of a description
    ('STAFF TRANSPORTATION' / 'AIRFARE FOR ... AND RETURN'), which goes on in the row above. A
    run of words belongs to the column it starts in (a long description runs on under an amount
    its row has not got). Read so only when few lines have a run crossing a column rule, each
    starting in a column other lines fill too (a note or heading across the box stays one cell),
    and most rows start with text in two columns or more. Returns the cells, their words, the row count,
    the row edges and how many rows the boxes gave."""
    ncols = len(xs) - 1
    if ncols < 3:
        return cells, per_cell, nrows, ys, 0
    plans: dict[int, list[float]] = {}
    layouts: dict[int, list[tuple[float, dict[int, list[Word]]]]] = {}
    column_of: dict[int, int] = {}  # id of a word → the column its run of words starts in
    for k, (cell, ws) in enumerate(zip(cells, per_cell, strict=True)):
        if cell.rowspan != 1 or cell.colspan < max(3, (ncols + 1) // 2) or not ws:
            continue
        if any(o is not cell and o.r <= cell.r < o.r + o.rowspan for o in cells):
            continue  # the box shares its grid row with other cells: not a body of its own
        lines = cell_lines(ws)
        if len(lines) < OPEN_BODY_LINES:
            continue
        inner = xs[cell.c + 1:cell.c + cell.colspan]
        parts: list[tuple[float, dict[int, list[Word]]]] = []
        crossed = 0
        spilt = []
        for ln in lines:
            cols: dict[int, list[Word]] = {}
            for seg in ln.segments:
                at = [bisect.bisect_left(inner, (w.x0 + w.x1) / 2) for w in seg]
                if at[-1] != at[0]:
                    crossed += 1
                    spilt.append(at[0])
                cols.setdefault(at[0], []).extend(seg)
            parts.append((ln.top, cols))
        if crossed > OPEN_BODY_SPILL * len(lines) or any(
                sum(1 for _t, cols in parts if c in cols) - spilt.count(c) < 2 for c in spilt):
            continue
        starts: list[int] = []
        for i, (_top, cols) in enumerate(parts):
            if starts:
                lead = parts[starts[-1]][1]
                if min(lead) not in cols and set(cols) <= set(lead):
                    continue  # the wrapped rest of the row above
            starts.append(i)
        if len(starts) < 2 or sum(1 for i in starts if len(parts[i][1]) >= 2) < OPEN_BODY_SHARE * len(starts):
            continue
        layouts[k] = [parts[i] for i in starts]
        column_of.update((id(w), c) for _t, cols in parts for c, seg in cols.items() for w in seg)
        plans[cell.r] = [parts[i][0] - 0.5 for i in starts[1:]]
    if not plans:
        return cells, per_cell, nrows, ys, 0
    cut_cells, cut_words, nrows, ys = cut_rows(cells, per_cell, nrows, ys, plans)
    out_cells: list[GridCell] = []
    out_words: list[list[Word]] = []
    rows = 0
    bodies = [cells[k].bbox for k in layouts]
    for cell, ws in zip(cut_cells, cut_words, strict=True):
        b = cell.bbox
        if cell.colspan < 3 or not ws or not any(b[0] == o[0] and b[2] == o[2] and o[1] <= b[1] < o[3] for o in bodies):
            out_cells.append(cell)
            out_words.append(ws)
            continue
        rows += 1
        inner = xs[cell.c + 1:cell.c + cell.colspan]
        pieces: dict[int, list[Word]] = {}
        for w in ws:
            pieces.setdefault(column_of.get(id(w), bisect.bisect_left(inner, (w.x0 + w.x1) / 2)), []).append(w)
        for j in range(cell.colspan):
            piece = pieces.get(j, [])
            x0, x1 = xs[cell.c + j], xs[cell.c + j + 1]
            out_cells.append(GridCell(cell.r, cell.c + j, 1, 1, text_of_words(piece), cell.fill,
                                      (x0, cell.bbox[1], x1, cell.bbox[3])))
            out_words.append(piece)
    return out_cells, out_words, nrows, ys, rows


def mend_broken_words(ws: list[Word], cell: BBox) -> list[Word]:
    """A word the writer broke inside itself because the ruled cell was too narrow for it
    ('Amb' / 'er', 'Commissio' / 'ning', 'Deliver' / 'y date'; '30/' / '06/' / '25' after its
    slashes) put together again. The evidence is the cell's width and the words: the first piece
    is alone on its line, inside the cell, and runs so close to the cell's inner right edge (the
    cell's width less the padding its text keeps on the left) that the next line's first character
    would not have fitted after it; that piece begins the next line; and the two together make a
    known word (two whole words that only happen to wrap at the edge, 'Spring' / 'term', stay
    apart: normalise.text.join_split_word decides). A date's piece ending in its slash ('30/')
    joins the figures under it when both would not fit side by side."""
    if len(ws) < 2:
        return ws
    lines = group_words(ws)
    if len(lines) < 2:
        return ws
    from planx.normalise.text import join_split_word
    pad = max(min(w.x0 for w in ws) - cell[0], 0.0)
    right = cell[2] - pad
    out: list[list[Word]] = [list(ln) for ln in lines]
    i = 0
    while i < len(out) - 1:
        ln, nxt = out[i], out[i + 1]
        a, b = ln[-1], nxt[0]
        char = (b.x1 - b.x0) / max(len(b.text), 1)
        if len(ln) == 1 and a.x1 <= cell[2] + 1.0:
            # the piece goes on in its own case: 'Amb' / 'er', 'GREE' / 'N' (a capital after a
            # word in lower case starts a word of its own); the padding is read to a point or so
            goes_on = b.text[:1].islower() or a.text.isupper() and b.text[:1].isupper()
            if a.text[-1:].isalpha() and b.text[:1].isalpha() and goes_on:
                joined = a.x1 + 0.8 * char > right - 1.0 and join_split_word(a.text, b.text) == a.text + b.text
            else:
                joined = (re.fullmatch(r"(?:\d{1,4}/)+", a.text) is not None and b.text[:1].isdigit()
                          and a.x1 + (b.x1 - b.x0) > right)
            if joined:
                rest = nxt[1:]
                # the word ends where its last piece ends: it runs on into the line after only
                # if that piece too was alone on its line
                out[i] = [Word(a.text + b.text, a.x0, b.x1 if not rest else a.x1, a.top, a.bottom,
                               a.size, a.slack, a.bold, a.spaced)]
                if rest:
                    out[i + 1] = rest
                    i += 1
                else:
                    del out[i + 1]
                continue
        i += 1
    return [w for ln in out for w in ln]


def cell_lines(ws: list[Word], seg_gap: float = 0.5) -> list[Line]:
    return text_lines(ws, seg_gap)


def split_by_columns(cells: list[GridCell], per_cell: list[list[Word]], xs: list[float]
                     ) -> tuple[list[GridCell], list[list[Word]]]:
    """A cell spanning columns whose text sits in separate columns (rulings drawn only in some rows)
    is split into one cell per column; a heading centred over the columns stays whole."""
    out_cells, out_words = [], []
    for cell, ws in zip(cells, per_cell, strict=True):
        if cell.colspan < 2 or not ws:
            out_cells.append(cell)
            out_words.append(ws)
            continue
        inner = xs[cell.c + 1:cell.c + cell.colspan]
        pieces: dict[int, list[Word]] = {}
        whole = False
        for ln in cell_lines(ws):
            for seg in ln.segments:
                c0 = bisect.bisect_left(inner, seg[0].x0)
                c1 = bisect.bisect_left(inner, seg[-1].x1)
                if c0 != c1:
                    whole = True
                    break
                pieces.setdefault(c0, []).extend(seg)
            if whole:
                break
        if whole or len(pieces) < 2:
            out_cells.append(cell)
            out_words.append(ws)
            continue
        for k in sorted(pieces):
            x0, x1 = xs[cell.c + k], xs[cell.c + k + 1]
            out_cells.append(GridCell(cell.r, cell.c + k, cell.rowspan, 1, text_of_words(pieces[k]), cell.fill,
                                      (x0, cell.bbox[1], x1, cell.bbox[3])))
            out_words.append(pieces[k])
    return out_cells, out_words


def separators(lines: list[Line]) -> list[tuple[float, float]]:
    """X ranges no segment of the lines crosses, between the first and last segment."""
    spans = sorted((seg[0].x0, seg[-1].x1) for ln in lines for seg in ln.segments)
    gaps = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach + 0.5:
            gaps.append((reach, x0))
        reach = max(reach, x1)
    return gaps


TEXT_SPLIT_CELLS = 3  # cells at least of a ruled column holding two columns of text side by side
TEXT_SPLIT_SHARE = 0.8  # of the column's lines: those with text on both sides of the gap
EDGE_SPREAD = 1.0  # points: the words of one side start (or end) this close to each other ...
# ... and, read from a scan, this many times their placing's slack further (the reader boxes each word
# from its ink: at 150 dpi an 'S' and an 'f' set at one margin start a point and a half apart)
EDGE_SLACKS = 2.0


def lined_up(segs: list[list[Word]]) -> bool:
    """The runs of words of one side of a gap make a column of their own: most of them start at
    one x, or end at one (left- or right-aligned text), as a column's cells do."""
    spread = EDGE_SPREAD + EDGE_SLACKS * max((w.slack for s in segs for w in s), default=0.0)
    for edge in ([s[0].x0 for s in segs], [s[-1].x1 for s in segs]):
        mid = sorted(edge)[len(edge) // 2]
        if sum(1 for x in edge if abs(x - mid) <= spread) >= TEXT_SPLIT_SHARE * len(edge):
            return True
    return False


def text_columns_apart(cells: list[GridCell], per_cell: list[list[Word]], k: int, gap: tuple[float, float],
                       bounds: tuple[float, float] = (-math.inf, math.inf)) -> bool:
    """Two columns of text in one ruled column, the rule between them not drawn (a partly ruled
    grid): in `TEXT_SPLIT_CELLS` cells or more of the column, and in most of its lines or cells, a run of
    words stands on each side of a gap no line crosses, each side lined up on an edge of its own
    (`lined_up`), and the left side is no list mark or bullet ('1.', '•': the marks of a list
    stand in a column of their own too, but are no column of the table). `bounds`: the gaps on
    either side of this one (x where the run on its left may start, where the run on its right must
    end): each side is the words of a line between them, whole (a scan's reader sets a line of prose
    apart at a wide space; a column further left is no part of the left side)."""
    a, b = gap
    both_cells = cells_all = 0
    lines_all = both_lines = 0
    left: list[list[Word]] = []
    right: list[list[Word]] = []
    for c, ws in zip(cells, per_cell, strict=True):
        if c.c != k or c.colspan != 1 or not ws:
            continue
        both_here = False
        cells_all += 1
        for ln in cell_lines(ws):
            lines_all += 1
            ls = [w for seg in ln.segments if seg[-1].x1 <= a + 0.5 and seg[0].x0 >= bounds[0] - 0.5 for w in seg]
            rs = [w for seg in ln.segments if seg[0].x0 >= b - 0.5 and seg[-1].x1 <= bounds[1] + 0.5 for w in seg]
            if ls:
                left.append(ls)
            if rs:
                right.append(rs)
            if ls and rs:
                both_lines += 1
                both_here = True
        both_cells += both_here
    # (most lines, or most cells: a wide left column wraps its text over lines the short cells on the
    # right leave empty, 'Recruit two officers … so that advice' / 'is returned …' beside 'J Smith')
    if both_cells < TEXT_SPLIT_CELLS or both_lines < TEXT_SPLIT_SHARE * lines_all \
            and both_cells < TEXT_SPLIT_SHARE * cells_all:
        return False
    if any(LINE_MARK.match(" ".join(w.text for w in seg)) for seg in left):
        return False
    return lined_up(left) and lined_up(right)


def split_figure_columns(cells: list[GridCell], per_cell: list[list[Word]], xs: list[float]
                         ) -> tuple[list[GridCell], list[list[Word]], list[float]]:
    """Columns of figures set side by side inside one ruled column (rules only between rows):
    a gap that no text line crosses, with figures on both sides in most lines, splits the column;
    so does one with two columns of text lined up on its two sides (`text_columns_apart`)."""
    new_edges: list[float] = []
    for k in range(len(xs) - 1):
        lines = [ln for c, ws in zip(cells, per_cell, strict=True) if c.c == k and c.colspan == 1 and ws
                 for ln in cell_lines(ws)]
        if len(lines) < 2:
            continue
        gaps = separators(lines)
        start = -math.inf  # where the column this gap may end starts: the last gap split at
        for i, (a, b) in enumerate(gaps):
            bounds = (start, gaps[i + 1][0] if i + 1 < len(gaps) else math.inf)
            left = [" ".join(w.text for w in seg) for ln in lines for seg in ln.segments if seg[-1].x1 <= a + 0.5]
            right = [" ".join(w.text for w in seg) for ln in lines for seg in ln.segments if seg[0].x0 >= b - 0.5]
            if len(left) >= 2 and len(right) >= 2 and numeric_share(left) >= 0.6 and numeric_share(right) >= 0.6 \
                    or text_columns_apart(cells, per_cell, k, (a, b), bounds):
                new_edges.append((a + b) / 2)
                start = b
    if not new_edges:
        return cells, per_cell, xs
    edges = sorted(xs + new_edges)
    out_cells: list[GridCell] = []
    out_words: list[list[Word]] = []
    for c, ws in zip(cells, per_cell, strict=True):
        c0 = edges.index(xs[c.c])
        c1 = edges.index(xs[c.c + c.colspan])
        inner = [e for e in new_edges if xs[c.c] < e < xs[c.c + 1]] if c.colspan == 1 else []
        if not inner:
            out_cells.append(GridCell(c.r, c0, c.rowspan, c1 - c0, c.text, c.fill, c.bbox))
            out_words.append(ws)
            continue
        pieces: dict[int, list[Word]] = {}
        for w in ws:
            pieces.setdefault(bisect.bisect_left(inner, (w.x0 + w.x1) / 2), []).append(w)
        for i, piece in sorted(pieces.items()):
            out_cells.append(GridCell(c.r, c0 + i, c.rowspan, 1, text_of_words(piece), c.fill, c.bbox))
            out_words.append(piece)
    return out_cells, out_words, edges


NUMERIC = re.compile(r"^[\d\s.,%()+\-–—*/:]+$|^[-–—xX]$")


def numeric_share(texts: list[str]) -> float:
    return sum(1 for t in texts if NUMERIC.match(t)) / len(texts) if texts else 0.0


def split_bands(cells: list[GridCell], per_cell: list[list[Word]], nrows: int, ys: list[float]
                ) -> tuple[list[GridCell], int, list[float]]:
    """A grid row whose cells hold several lines on shared baselines, with figures in them,
    is really several rows without rulings between them (one text line each); so is one whose
    lines, figures or not, were ended short of the cell's edge in most of its cells, two at least
    (`broken_short`: a narrow last column may break where its words would not fit). Where the rows'
    labels wrap (running text, a line going on in lower case), the figures show the rows
    instead (`figure_rows`): a label's line beside no figure goes on with the row above."""
    plans: dict[int, list[float]] = {}
    for r in range(nrows):
        band = [(c, ws) for c, ws in zip(cells, per_cell, strict=True) if c.r == r and c.rowspan == 1 and ws]
        tops_of = []
        figures = 0  # cells of figures only, one per line
        prose = False  # a line of running text: wrapped cells of a text table, not stacked rows
        for _c, ws in band:
            lines = group_words(ws)
            prose = prose or any(len(ln) > 6 for ln in lines) or wrapped_or_listed(lines)
            if len(lines) >= 2:
                tops_of.append([min(w.top for w in ln) for ln in lines])
                figures += all(NUMERIC.match(" ".join(x.text for x in ln)) for ln in lines)
        short = sum(1 for c, ws in band if len(group_words(ws)) >= 2 and broken_short(c.bbox, ws))
        if len(tops_of) < 2 or figures < 1 and (prose or short < max(2, len(tops_of) // 2 + 1)):
            continue
        longest = max(tops_of, key=len)
        if prose or len(longest) < 2 or sum(1 for t in tops_of if len(t) == len(longest)) < 2 \
                or not all(any(abs(t - b) < 2.5 for b in longest) for tops in tops_of for t in tops):
            anchors = figure_rows(band)
            if anchors:
                plans[r] = anchors
            continue
        plans[r] = longest
    if not plans:
        return cells, nrows, ys
    offset = 0
    new_start = {}
    new_ys: list[float] = []
    for r in range(nrows):
        new_start[r] = r + offset
        new_ys.append(ys[r])
        if r in plans:
            offset += len(plans[r]) - 1
            new_ys.extend(t - 1 for t in plans[r][1:])
    new_start[nrows] = nrows + offset
    new_ys.append(ys[-1])
    out: list[GridCell] = []
    for c, ws in zip(cells, per_cell, strict=True):
        r0, r1 = new_start[c.r], new_start[c.r + c.rowspan]
        if c.r in plans and c.rowspan == 1 and ws:
            tops = plans[c.r]
            parts: dict[int, list[str]] = {}
            for ln in group_words(ws):
                top = min(w.top for w in ln)
                # the row whose line this is, or the row above it goes on from (a wrapped label)
                k = max((i for i, t in enumerate(tops) if t <= top + BAND_ALIGN), default=0)
                parts.setdefault(k, []).append(" ".join(w.text for w in ln))
            for k, texts in sorted(parts.items()):
                out.append(GridCell(r0 + k, c.c, 1, c.colspan, join_lines(texts), c.fill, c.bbox))
            continue
        out.append(GridCell(r0, c.c, r1 - r0, c.colspan, c.text, c.fill, c.bbox))
    return out, nrows + offset, new_ys


def broken_short(cell: BBox, ws: list[Word]) -> bool:
    """Every line of the cell was ended by its writer, not wrapped by the cell's width: the next
    line's first word would have fitted after it, inside the padding the text keeps on the left.
    Lines so ended side by side in every cell of a ruled row, on shared baselines, are rows the
    rules were not drawn between (a light table style ruling only the head and the frame), not
    a text wrapped in each cell."""
    lines = group_words(ws)
    pad = max(min(w.x0 for w in ws) - cell[0], 0.0)
    right = cell[2] - pad
    for a, b in zip(lines, lines[1:], strict=False):
        space = max((b[0].x1 - b[0].x0) / max(len(b[0].text), 1), 1.0)
        if a[-1].x1 + space + (b[0].x1 - b[0].x0) > right:
            return False
    return True


BAND_ALIGN = 2.5  # points: lines of one row in a band start this close to each other
FIGURE_ROWS = 3  # rows at least that columns of figures show in a band without rules between them


def figure_rows(band: list[tuple[GridCell, list[Word]]]) -> list[float]:
    """The tops of the rows a band's columns of figures show, one figure a line (figures do not
    wrap), when two such cells or more agree line for line over `FIGURE_ROWS` lines or more and
    every other cell starts each of its texts beside a figure, its other lines going on below
    (a label wrapped over two lines: 'Ministerio de Relac. Exteriores, Comercio Internac.' /
    'y Culto'); [] otherwise."""
    columns: list[list[float]] = []
    others: list[list[list[Word]]] = []
    for _c, ws in band:
        lines = group_words(ws)
        if len(lines) >= 2 and all(NUMERIC.match(" ".join(x.text for x in ln)) for ln in lines):
            columns.append([min(w.top for w in ln) for ln in lines])
        else:
            others.append(lines)
    if len(columns) < 2:
        return []
    anchors = max(columns, key=len)
    if len(anchors) < FIGURE_ROWS or not all(
            len(col) == len(anchors) and all(abs(a - b) < BAND_ALIGN for a, b in zip(col, anchors, strict=True))
            for col in columns):
        return []
    groups: list[float] = []
    for lines in others:
        tops = [min(w.top for w in ln) for ln in lines]
        heads = group_labels(lines, anchors)
        if tops and not any(abs(tops[0] - a) < BAND_ALIGN for a in anchors) and tops[0] not in heads:
            return []  # a text starting where no row does
        if sum(1 for t in tops if any(abs(t - a) < BAND_ALIGN for a in anchors)) < 0.5 * len(tops):
            return []  # a paragraph beside a few figures, not a label a row
        groups.extend(heads)
    return sorted({*anchors, *groups})


GROUP_INDENT = 3.0  # points: a label line starting this far from its neighbour's start is no wrap of it


def group_labels(lines: list[list[Word]], anchors: list[float]) -> list[float]:
    """The tops of a label column's lines that stand beside no figure and are rows of their own:
    group labels over the rows below them ('All respondents:', '3-year-olds' over 'Treatment' and
    'Control'). Such a line starts at another indent than the line next to it (above it, or below
    it for the first) and does not start in lower case; a wrapped label's next line starts where
    its first did, or goes on in lower case, and stays with the row above."""
    out = []
    for i, ln in enumerate(lines):
        top = min(w.top for w in ln)
        if any(abs(top - a) < BAND_ALIGN for a in anchors) or not ln[0].text or ln[0].text[0].islower():
            continue
        near = lines[i - 1] if i else (lines[1] if len(lines) > 1 else None)
        if near is not None and abs(near[0].x0 - ln[0].x0) > GROUP_INDENT:
            out.append(top)
    return out


RECORD_KEY = re.compile(r"^(?:[A-Z]{1,3}\s?)?\d{1,3}(?:[.\-:]\d{1,3}){0,3}[a-z]?[.)]?$")
# ^ a record's key: '2.1', '3a', 'R4', 'SP 1.2' (and '2:2', as OCR reads '2.2')
KEY_ALIGN = 3.0  # points: a record's first line in each cell starts this close to its key's top


def unwrap_keys(key_lines: list[list[Word]], cell: BBox) -> list[list[Word]]:
    """The key lines of a narrow first column with the pieces of one wrapped key put together: a
    line ending in its separator ('1.', '2-') over a line of figures alone ('1', '10': no stop of
    its own, as a next key '2.' has) whose two widths
    together run wider than the cell holds inside its padding (the column was too narrow for
    '1.1', so the writer broke it after the stop) is one key, not two records."""
    out: list[list[Word]] = []
    for ln in key_lines:
        if out:
            prev = out[-1][-1]
            pad = max(prev.x0 - cell[0], 0.0)
            room = (cell[2] - cell[0]) - 2 * pad
            width = (prev.x1 - prev.x0) + (ln[0].x1 - ln[0].x0)
            if (re.search(r"\d[.\-:]$", prev.text) and re.fullmatch(r"\d{1,3}[a-z]?", ln[0].text)
                    and RECORD_KEY.match(prev.text + ln[0].text) and width > room):
                out[-1] = out[-1] + ln
                continue
        out.append(list(ln))
    return out


def _single_rows(cells: list[GridCell], per_cell: list[list[Word]], nrows: int
                 ) -> Iterator[tuple[int, list[tuple[GridCell, list[Word]]]]]:
    """(row, its filled cells left to right, with their words) for each grid row no cell spans down
    from or into: the rows whose cells a cut may part (split_records, split_margin_notes)."""
    for r in range(nrows):
        band = [(c, ws) for c, ws in zip(cells, per_cell, strict=True) if c.r <= r < c.r + c.rowspan]
        if band and all(c.rowspan == 1 for c, _ in band):
            yield r, sorted(((c, ws) for c, ws in band if ws), key=lambda p: p[0].c)


def split_records(cells: list[GridCell], per_cell: list[list[Word]], nrows: int, ys: list[float]
                  ) -> tuple[list[GridCell], list[list[Word]], int, list[float]]:
    """A grid row that holds several records, one under the other, where the rule between them
    was not drawn (a partly ruled table, or a faint rule a scan lost): its first column holds two
    or more keys ('2.1' over '2.2', each a line of its own), and at each later key's top a new
    line starts in most of the other cells while no line of any cell runs across it. The row is
    cut there, each cell's words going to the record they stand beside. A cell's paragraphs or
    numbered list lines are not keys of the first column, and one wrapped key ('2.1' on two lines)
    is not two."""
    plans: dict[int, list[float]] = {}
    for r, filled in _single_rows(cells, per_cell, nrows):
        if len(filled) < 3:
            continue
        key_lines = group_words(filled[0][1])
        if len(key_lines) < 2 or not all(len(ln) == 1 and RECORD_KEY.match(ln[0].text) for ln in key_lines):
            continue
        key_lines = unwrap_keys(key_lines, filled[0][0].bbox)
        if len(key_lines) < 2:
            continue
        cuts = []
        for ln in key_lines[1:]:
            top = ln[0].top
            others = [ws for _c, ws in filled[1:]]
            starts = sum(1 for ws in others
                         if any(abs(min(w.top for w in g) - top) <= KEY_ALIGN for g in group_words(ws)))
            # a line running across the cut (a word that begins above the key and ends below its top)
            crossed = any(w.top < top - KEY_ALIGN and w.bottom > top + KEY_ALIGN / 2 for ws in others for w in ws)
            if crossed or starts < max(2, (len(others) + 1) // 2):
                break
            cuts.append(top - KEY_ALIGN / 2)
        else:
            plans[r] = cuts
    return cut_rows(cells, per_cell, nrows, ys, plans)


RUNNING_WORDS = 4  # words a line at least, on average, in a first column of wrapped running text


def split_paragraph_records(cells: list[GridCell], per_cell: list[list[Word]], nrows: int, ys: list[float]
                            ) -> tuple[list[GridCell], list[list[Word]], int, list[float]]:
    """A grid row that holds two records or more where the rule between them was lost (a faint rule
    a scan dropped) and no key numbers them (split_records): most of its other filled cells (two at
    least) hold paragraphs set apart by white wider than half a line (a name, a date, a status: one
    record's value, then the next one's, level with that record's first line), their later
    paragraphs starting at one height, where the first column's text starts a line too, and no
    line of any cell runs across it. The row is cut there, each cell's words going to the record
    they stand beside. (The first column's own lines may run on with no white between: a wrapped
    action's last line sits as close above the next action as its own lines do.)"""
    plans: dict[int, list[float]] = {}
    for r, filled in _single_rows(cells, per_cell, nrows):
        if len(filled) < 3:
            continue
        first_lines = group_words(filled[0][1])
        if len(filled[0][1]) < RUNNING_WORDS * len(first_lines):
            continue  # a column of short labels a line each (groups over figures): no wrapped text
        tops = [min(w.top for w in ln) for ln in first_lines]
        # (the first column's paragraphs set apart by white of their own are paragraphs side by side, as
        # split_label_paragraphs reads them: a cut only where its lines run on)
        set_apart = {t for t, _ in white_paragraphs(group_words(filled[0][1]))}
        others = [ws for _c, ws in filled[1:]]
        paras = [white_paragraphs(group_words(ws)) for ws in others]
        cuts = []
        for top in tops[1:]:
            if top in set_apart:
                continue
            starting = [ps for ps in paras if any(abs(t - top) <= KEY_ALIGN for t, _ in ps[1:])]
            if len(starting) < max(2, (len(others) + 1) // 2):
                continue
            # the white above the other cells' paragraphs holds the first column's wrapped lines (cells
            # that stack one-line parts all alike, a heading over two lines, are split_label_paragraphs')
            since = min(max(t for t, _ in ps if t < top - KEY_ALIGN) for ps in starting)
            if not any(since + KEY_ALIGN < t < top - KEY_ALIGN for t in tops):
                continue
            if any(w.top < top - KEY_ALIGN and w.bottom > top + KEY_ALIGN / 2 for ws in others for w in ws):
                break  # a line running across the cut (a word that begins above it and ends below)
            cuts.append(top - KEY_ALIGN / 2)
        if cuts:
            plans[r] = cuts
    return cut_rows(cells, per_cell, nrows, ys, plans)


LABEL_PARA_WORDS = 6  # words at most in each first-column paragraph read as a row's label


def white_paragraphs(lines: list[list[Word]]) -> list[tuple[float, float]]:
    """(top, bottom) of each paragraph of a cell's text lines, a paragraph starting only after white
    wider than half a line (list marks do not count here: `paragraphs` counts them)."""
    out: list[tuple[float, float]] = []
    prev_bottom = None
    for ln in lines:
        top, bottom = min(w.top for w in ln), max(w.bottom for w in ln)
        if prev_bottom is None or top - prev_bottom > 0.5 * max(bottom - top, 1.0):
            out.append((top, bottom))
        else:
            out[-1] = (out[-1][0], bottom)
        prev_bottom = bottom
    return out


def split_label_paragraphs(cells: list[GridCell], per_cell: list[list[Word]], nrows: int, ys: list[float]
                           ) -> tuple[list[GridCell], list[list[Word]], int, list[float]]:
    """A ruled row that holds several rows of a text table, the rule drawn only between groups
    ('Stationary:' over 'Major' and 'Area', each beside its own paragraph of definition and of
    examples): its first column holds two or more short labels (a few words each), white wider than
    half a line between them, and at each later label's top every other filled cell starts a
    paragraph of its own (after white, or its first line) or holds nothing beside it, and one at
    least starts there a paragraph wrapped over two lines or more. The row is cut at each such
    label, the labels' paragraphs and the text beside them going to their own rows; a group label
    with nothing beside it (the first, 'Stationary:') keeps a row of its own. Wrapped text (lines
    without white between them), a label beside a paragraph that runs on past it, long
    first-column paragraphs, and lines of one line each stacked in every cell (a heading set over
    two lines; figures on shared baselines are split_bands' to read) cut nothing."""
    plans: dict[int, list[float]] = {}
    for r, filled in _single_rows(cells, per_cell, nrows):
        if len(filled) < 2 or filled[0][0].c != 0:
            continue
        key_lines = group_words(filled[0][1])
        labels = white_paragraphs(key_lines)
        if not key_lines or RECORD_KEY.match(" ".join(w.text for w in key_lines[0])):
            continue  # a column of record keys: split_records cuts at keys, its other lines are no labels
        if len(labels) < 2 or any(
                sum(1 for ln in key_lines for w in ln if top <= w.top and w.bottom <= bottom + 0.5) > LABEL_PARA_WORDS
                for top, bottom in labels):
            continue
        other_lines = [group_words(ws) for _c, ws in filled[1:]]
        others = [white_paragraphs(lines) for lines in other_lines]
        other_words = [w for _c, ws in filled[1:] for w in ws]
        cuts = []
        for top, bottom in labels[1:]:
            starting = [p for paras in others for p in paras if abs(p[0] - top) <= KEY_ALIGN]
            starts = len(starting)
            wrapped = any(sum(1 for ln in lines if p[0] <= min(w.top for w in ln) <= p[1]) >= 2
                          for p in starting for lines in other_lines)
            crossed = any(w.top < top - KEY_ALIGN / 2 < w.bottom for w in other_words)
            blank = sum(1 for paras in others if not any(p[0] < bottom and p[1] > top - KEY_ALIGN for p in paras))
            if crossed or not wrapped or starts + blank < len(others):
                break
            cuts.append(top - KEY_ALIGN / 2)
        else:
            if cuts:
                plans[r] = cuts
    return cut_rows(cells, per_cell, nrows, ys, plans)


def cut_rows(cells: list[GridCell], per_cell: list[list[Word]], nrows: int, ys: list[float],
             plans: dict[int, list[float]]) -> tuple[list[GridCell], list[list[Word]], int, list[float]]:
    """Grid rows cut at the heights plans gives ({row: [y, …]}), each cell's words going to the
    part their middle falls in."""
    if not plans:
        return cells, per_cell, nrows, ys
    new_cells: list[GridCell] = []
    new_words: list[list[Word]] = []
    shift = 0
    new_ys: list[float] = []
    start: dict[int, int] = {}
    for r in range(nrows + 1):
        start[r] = r + shift
        if r < nrows:
            new_ys.append(ys[r])
            new_ys.extend(plans.get(r, []))
            shift += len(plans.get(r, []))
    new_ys.append(ys[-1])
    for c, ws in zip(cells, per_cell, strict=True):
        r0, r1 = start[c.r], start[c.r + c.rowspan]
        if c.r not in plans:
            new_cells.append(GridCell(r0, c.c, r1 - r0, c.colspan, c.text, c.fill, c.bbox))
            new_words.append(ws)
            continue
        edges = [c.bbox[1], *plans[c.r], c.bbox[3]]
        for k in range(len(edges) - 1):
            part = [w for w in ws if edges[k] <= (w.top + w.bottom) / 2 < edges[k + 1]
                    or (k == 0 and (w.top + w.bottom) / 2 < edges[0])
                    or (k == len(edges) - 2 and (w.top + w.bottom) / 2 >= edges[-1])]
            new_cells.append(GridCell(r0 + k, c.c, 1, c.colspan, text_of_words(part), c.fill,
                                      (c.bbox[0], edges[k], c.bbox[2], edges[k + 1])))
            new_words.append(part)
    return new_cells, new_words, nrows + shift, sorted(new_ys)


# who acts, as a margin note names them: initials or a short post ('JS', 'SG/NS', 'CEO/FD', 'RS & AB'),
# perhaps with one word of where the matter goes besides ('IB/ Agenda': IB, for the next agenda)
_NOTE_SEP = re.compile(r"\s*[/,&+]\s*")
_NOTE_INITIALS = re.compile(r"^[A-Z]{2,4}$")
_NOTE_WORD = re.compile(r"^[A-Z][a-z]{2,11}$")
# a note's line that goes on in the next ('IB/' over 'Agenda': the margin is too narrow for both)
_NOTE_GOES_ON = re.compile(r"[/,&+]$")


def margin_who(text: str) -> bool:
    """A margin note naming who acts: its parts ('SG/NS', 'IB/ Agenda') are initials, at least one,
    or a single capitalised word beside them."""
    parts = _NOTE_SEP.split(text.strip())
    return any(_NOTE_INITIALS.match(p) for p in parts) \
        and all(_NOTE_INITIALS.match(p) or _NOTE_WORD.match(p) for p in parts)


def note_lines(lines: Sequence[str]) -> list[list[int]]:
    """The margin notes a narrow column's lines make, as the indices of their lines: a line ending
    in a separator ('IB/') goes on in the line under it ('Agenda')."""
    notes: list[list[int]] = []
    for k in range(len(lines)):
        if notes and _NOTE_GOES_ON.search(lines[notes[-1][-1]].strip()):
            notes[-1].append(k)
        else:
            notes.append([k])
    return notes
LINE_MARK = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[^\w\s(‘'\"“]{1,2})$")


def paragraphs(lines: list[list[Word]]) -> list[tuple[float, float]]:
    """(top, bottom) of each paragraph of a cell's text lines: a paragraph starts after white wider
    than half a line, and at each line opening with a list mark ('•', '2.', '(a)')."""
    out: list[tuple[float, float]] = []
    prev_bottom = None
    for ln in lines:
        top, bottom = min(w.top for w in ln), max(w.bottom for w in ln)
        height = max(bottom - top, 1.0)
        if prev_bottom is None or top - prev_bottom > 0.5 * height or LINE_MARK.match(ln[0].text):
            out.append((top, bottom))
        else:
            out[-1] = (out[-1][0], bottom)
        prev_bottom = bottom
    return out


def split_margin_notes(cells: list[GridCell], per_cell: list[list[Word]], nrows: int, ys: list[float],
                       bbox: BBox) -> tuple[list[GridCell], list[list[Word]], int, list[float]]:
    """Minutes printed as numbered items with a narrow 'Action' column at the right margin: its
    initials ('JS', 'SG/NS') stand beside the one paragraph of the item that asks them to act, while
    the rule is drawn only between items. Such a row is cut so that each paragraph beside a margin
    note is a row of its own, with its note; the item's other paragraphs stay in rows of their own.
    The evidence: every note of the row's last, narrow cell (a fifth of the table at most) names who
    acts (margin_who: initials, perhaps with a word beside them, 'IB/ Agenda' set over two lines), and
    the text cell beside it has two paragraphs or more (white between them, or list marks); each note
    goes whole with the paragraph it heads (_note_paragraph), and a cut never runs through a line of
    any cell."""
    plans: dict[int, list[float]] = {}
    width = max(bbox[2] - bbox[0], 1.0)
    ncols = max((c.c + c.colspan for c in cells), default=0)
    for r, filled in _single_rows(cells, per_cell, nrows):
        if len(filled) < 2:
            continue
        margin, margin_words = filled[-1]
        if margin.c + margin.colspan != ncols or margin.bbox[2] - margin.bbox[0] > 0.2 * width:
            continue
        note_words = group_words(margin_words)
        texts = [" ".join(w.text for w in ln) for ln in note_words]
        notes = [[w for k in note for w in note_words[k]] for note in note_lines(texts)]
        if not all(margin_who(" ".join(texts[k] for k in note)) for note in note_lines(texts)):
            continue
        _text, text_words = max(filled[:-1], key=lambda p: p[0].bbox[2] - p[0].bbox[0])
        if _text.bbox[2] - _text.bbox[0] < 3 * (margin.bbox[2] - margin.bbox[0]):
            continue
        paras = paragraphs(group_words(text_words))
        if len(paras) < 2:
            continue
        para_words = [[w for w in text_words if ptop <= (w.top + w.bottom) / 2 <= pbottom] for ptop, pbottom in paras]
        intros = {k for k, ws in enumerate(para_words) if _ends_in_colon(ws)}
        marks = {k: group_words(ws)[0][0].text for k, ws in enumerate(para_words) if ws}
        marks = {k: m for k, m in marks.items() if LINE_MARK.match(m)}
        listed = set(marks)
        chosen = set()
        placed: list[Word] = []
        heads = [_note_paragraph(paras, min(w.top for w in note), max(w.bottom for w in note), intros)
                 for note in notes]
        led = set()
        for note, lines, k in zip(notes, note_lines(texts), heads, strict=True):
            # a note beside a later item of a list whose other items have no note: the list's point
            if (first := _list_lead(k, marks, heads)) != k:
                led.add(first)
                k = first
            chosen.add(k)
            placed += _set_beside(note, [note_words[j] for j in lines], paras[k])
        # a paragraph closing on a colon keeps the list it introduces ('… resolved:' over '1. …', '2. …')
        ends = {_after_list(k, intros, listed) for k in chosen - led}
        for k in led:  # (a list's lead: through the items of its own mark)
            end = k + 1
            while end + 1 in marks and marks[end + 1] == marks.get(k + 1):
                end += 1
            ends.add(end + 1)
        bounds = sorted({k for k in chosen if k > 0} | {k for k in ends if k < len(paras)})
        cuts = [(paras[k - 1][1] + paras[k][0]) / 2 for k in bounds]
        others = [w for _c, ws in filled[:-1] for w in ws] + placed
        cuts = [y for y in cuts if not any(w.top < y < w.bottom for w in others)]
        if cuts:
            plans[r] = cuts
            per_cell = [placed if ws is margin_words else ws for ws in per_cell]
    return cut_rows(cells, per_cell, nrows, ys, plans)


def _note_paragraph(paras: list[tuple[float, float]], top: float, bottom: float, intros: set[int]) -> int:
    """The paragraph a margin note set from `top` to `bottom` stands beside: the one whose first line
    it is level with (a note is set at the head of its paragraph, a two-line 'IB/ Agenda' perhaps
    starting a line above it or ending a line into the next), else the one it is level with. One set
    on a line of its own in the white between two paragraphs is raised to the head of the one under it,
    unless the one above ends in a colon (`intros`: 'The Board agreed the following:' over its list,
    the note beside the white standing for the whole); under the last, the last."""
    slack = 1.0
    heads = [k for k, (ptop, _b) in enumerate(paras) if top - slack <= ptop <= bottom]
    if heads:
        return heads[0]
    mid = (top + bottom) / 2
    for k, (ptop, pbottom) in enumerate(paras):
        if ptop <= mid <= pbottom:
            return k
    below = [k for k, (ptop, _b) in enumerate(paras) if ptop > mid]
    if below and below[0] > 0 and below[0] - 1 not in intros:
        return below[0]
    return min(range(len(paras)), key=lambda k: min(abs(paras[k][0] - mid), abs(paras[k][1] - mid)))


def _list_lead(k: int, marks: dict[int, str], heads: list[int]) -> int:
    """The paragraph a note beside paragraph k stands for: k itself, but when k is a later item of
    a sub-list, whose items open with another mark than the list item over them ('- tracking,
    decisions and actions log' under '- clear naming of documents …', under '• Summary of
    actions/processes to be put in place'; `marks`: each listed paragraph's mark), and no other
    note stands beside that item or its sub-items: the sub-items are parts of their item's point,
    and the note (set level with a later one, or in the white above it) stands for the item."""
    mark = marks.get(k)
    if mark is None or marks.get(k - 1) != mark:
        return k
    first, last = k, k
    while marks.get(first - 1) == mark:
        first -= 1
    while marks.get(last + 1) == mark:
        last += 1
    lead = first - 1
    if lead not in marks or sum(lead <= h <= last for h in heads) > 1:
        return k
    return lead


def _after_list(k: int, intros: set[int], listed: set[int]) -> int:
    """The paragraph after paragraph k's point: the next one; after a paragraph introducing a list,
    the first one after the list's items."""
    end = k + 1
    if k in intros:
        while end in listed:
            end += 1
    return end


def _ends_in_colon(words: list[Word]) -> bool:
    """A paragraph whose last line ends in a colon: it introduces what follows it."""
    lines = group_words(words)
    return bool(lines) and lines[-1][-1].text.endswith(":")


def _set_beside(note: list[Word], lines: list[list[Word]], para: tuple[float, float]) -> list[Word]:
    """A margin note's words, moved level with its paragraph when some stand outside it (a note
    straddling the white above, or the line below): its lines are stacked from the paragraph's top,
    within its height, so that the cuts between paragraphs take the note whole."""
    top, bottom = para
    if all(top <= w.top and w.bottom <= bottom for w in note):
        return note
    step = max(bottom - top, 1.0) / max(len(lines), 1)
    return [replace(w, top=top + j * step, bottom=top + (j + 0.9) * step)
            for j, ln in enumerate(lines) for w in ln]


LIST_MARK = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[•\-–*])$")
GOES_ON = re.compile(r"[,\-–/&]$|\b(?:and|or|of|the|to|for|in|on|with|by|a|an)$", re.I)


def wrapped_or_listed(lines: list[list[Word]]) -> bool:
    """A cell's lines are one text (a line going on in lower case, or after a line ending
    mid-phrase) or a list of items ('(1) …', '2. …', '• …'): one cell, not stacked rows."""
    marks = sum(1 for ln in lines if LIST_MARK.match(ln[0].text) or re.match(r"^\(?\d{1,2}[.)][A-Za-z]", ln[0].text))
    if marks >= 2:
        return True
    return any(b[0].text[:1].islower() or GOES_ON.search(a[-1].text) for a, b in zip(lines, lines[1:], strict=False))


def compact(t: FoundTable) -> FoundTable:
    """Grid rows and columns where no cell starts (slivers between double rulings) removed."""
    row_starts = sorted({c.r for c in t.cells})
    col_starts = sorted({c.c for c in t.cells})
    rmap = {r: i for i, r in enumerate(row_starts)}
    cmap = {c: i for i, c in enumerate(col_starts)}

    def end(m: list[int], start: int, span: int, n: int) -> int:
        stop = start + span
        return bisect.bisect_left(m, stop) if stop < n else len(m)

    for cell in t.cells:
        r1 = end(row_starts, cell.r, cell.rowspan, t.nrows)
        c1 = end(col_starts, cell.c, cell.colspan, t.ncols)
        cell.r, cell.c = rmap[cell.r], cmap[cell.c]
        cell.rowspan, cell.colspan = max(1, r1 - cell.r), max(1, c1 - cell.c)
    if t.col_edges and len(t.col_edges) == t.ncols + 1:
        t.col_edges = [t.col_edges[c] for c in col_starts] + [t.col_edges[-1]]
    t.nrows, t.ncols = len(row_starts), len(col_starts)
    return t


# how near a fill's side must be to a column edge of the grid to be drawn along it (points)
FILL_EDGE = 3.0


def _along_edges(r: Mapping[str, Any], edges: Sequence[float]) -> bool:
    """Does a filled rectangle run from one column edge of a ruled grid to another, short of the
    grid's whole width: the one shape a drawing tool paints over neighbouring cells of one colour
    ('G | G' under 'Q1 | Q2' painted as one green box), each cell's fill, not a band behind the row?"""
    if len(edges) < 3:
        return False
    left = next((k for k, x in enumerate(edges) if abs(x - r["x0"]) <= FILL_EDGE), None)
    right = next((k for k, x in enumerate(edges) if abs(x - r["x1"]) <= FILL_EDGE), None)
    return left is not None and right is not None and right - left >= 2 and \
        not (left == 0 and right == len(edges) - 1)


def fill_of(bbox: BBox, fills: list[dict[str, Any]], edges: Sequence[float] = (), text: str = "") -> str | None:
    """The colour of a mark (a filled shape, pdfrules.is_mark) centred in the cell and no wider
    than it (a borderless cell's box is its text's, which a dot may overhang), the largest: a
    mark is drawn on purpose on its cell, the shading behind it is decoration. Else the colour
    of the smallest filled rectangle under the cell's centre, not much bigger than the cell, or, in
    a ruled grid whose column edges are `edges`, one drawn from column edge to column edge over a
    run of the row's cells (_along_edges). A dot printed as text in a colour (pdfrules.glyph_marks)
    colours only a cell whose `text` is that dot alone: beside words it is a coloured bullet.
    """
    if text.strip() not in RAG_DOT_GLYPHS:
        fills = [r for r in fills if not r.get("glyph")]
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    w, h = bbox[2] - bbox[0], bbox[3] - bbox[1]
    marks = [r for r in fills if r.get("mark") and bbox[0] <= (r["x0"] + r["x1"]) / 2 <= bbox[2]
             and bbox[1] <= (r["top"] + r["bottom"]) / 2 <= bbox[3] and r["x1"] - r["x0"] <= w + 4]
    if marks:
        return str(max(marks, key=lambda r: (r["x1"] - r["x0"]) * (r["bottom"] - r["top"]))["colour"])
    best: tuple[float, str] | None = None
    for r in fills:
        if not (r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"]):
            continue
        rw, rh = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if rh > 1.5 * h + 4 or rw < 0.5 * w or rh < 0.5 * h:
            continue
        if rw > 1.5 * w + 4 and not _along_edges(r, edges):
            continue
        if best is None or rw * rh < best[0]:
            best = (rw * rh, r["colour"])
    return best[1] if best else None


def absorb(above: list[GridCell], row: list[GridCell]) -> None:
    """A row's cells appended to the row above (a row cut by a page break)."""
    starts = {c.c: c for c in above}
    for c in row:
        a = starts.get(c.c)
        if a is None:
            above.append(c)
        else:
            a.text = (a.text + "\n" + c.text).strip()
    above.sort(key=lambda c: c.c)


__all__ = ["FoundTable", "GridCell", "PageLayout", "layout_from_words", "tables_from_words", "char_text"]


def borderless_tables(chars: list[dict[str, Any]], page_width: float) -> tuple[list[FoundTable], list[Line]]:
    """Tables of a page of characters without rulings (kept for callers of the earlier API:
    the OCR reader passes one 'character' per word)."""
    from planx.extract.pdfgeom import words_from_chars
    layout = layout_from_words(words_from_chars(chars), (), (0.0, 0.0, page_width, 10_000.0))
    return layout.tables, layout.free


def cell_styles(tables: Sequence[FoundTable], chars: Sequence[dict[str, Any]]) -> None:
    """Each table's cells marked with how their text is set: bold when every letter of it is in a
    heavy font, and where its text starts. A scheduling tool's print sets its summary tasks apart by
    bold type and by indentation alone (an outline with no numbers: MS Project's 'Design' in bold
    over its tasks indented under it); the table's readers take both from the cells
    (extract.model.Cell.bold, Cell.indent)."""
    letters = sorted((c for c in chars if str(c.get("text", "")).strip()),
                     key=lambda c: (c["top"] + c["bottom"]) / 2)
    mids = [(c["top"] + c["bottom"]) / 2 for c in letters]
    bands: dict[tuple[float, float], tuple[list[float], list[dict[str, Any]]]] = {}
    for t in tables:
        for cell in t.cells:
            if not cell.text.strip():
                continue
            x0, top, x1, bottom = cell.bbox
            if (top, bottom) not in bands:
                inside = sorted(letters[bisect.bisect_left(mids, top):bisect.bisect_right(mids, bottom)],
                                key=lambda c: (c["x0"] + c["x1"]) / 2)
                bands[(top, bottom)] = ([(c["x0"] + c["x1"]) / 2 for c in inside], inside)
            xs, inside = bands[(top, bottom)]
            mine = inside[bisect.bisect_left(xs, x0):bisect.bisect_right(xs, x1)]
            if not mine:
                continue
            alpha = [c for c in mine if str(c.get("text", "")).isalpha()]
            cell.bold = bool(alpha) and all(is_heavy(c) for c in alpha)
            cell.left = min(c["x0"] for c in mine)
