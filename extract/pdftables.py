"""Table finding on one PDF page: ruled tables from the page's rulings, borderless ones from text alignment.

Ruled: pdfplumber's table finder on lines and rectangle edges gives cell boxes; a box that
covers several grid columns or rows (no inner ruling) is one spanning cell.
Borderless: lines of text are split into segments at wide gaps; a run of lines with several
segments whose gaps line up over the rows is a table; its columns are the x ranges that no
segment crosses, its rows are the text lines, and a line continuing the cells of the line
above (no text in the first column, or a wrapped first cell) is merged into that row.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Any

from planx.extract.pdfgeom import Char, Grouping, Line, char_text, cluster, colour_hex, make_lines, text_of
from planx.extract.pdfrotate import Turn

RULED_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines", "horizontal_strategy": "lines",
    "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3,
    "edge_min_length": 3,
}
WHITE = {"#ffffff", None}


@dataclass
class GridCell:
    r: int
    c: int
    rowspan: int
    colspan: int
    text: str = ""
    fill: str | None = None
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


@dataclass
class FoundTable:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    cells: list[GridCell]
    nrows: int
    ncols: int
    ruled: bool
    col_edges: list[float] = field(default_factory=list)
    col_gaps: list[tuple[float, float]] = field(default_factory=list)  # borderless: the gutters' x ranges

    def grid(self) -> list[list[GridCell]]:
        """Cells by starting row, left to right."""
        rows: list[list[GridCell]] = [[] for _ in range(self.nrows)]
        for c in self.cells:
            rows[c.r].append(c)
        for r in rows:
            r.sort(key=lambda c: c.c)
        return rows


def inside(ch: Char, bbox: tuple[float, float, float, float]) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


# ---- ruled tables ------------------------------------------------------------------------
def ruled_tables(page: Any, chars: list[Char], fills: list[dict[str, Any]],
                 turn: Turn | None = None) -> list[FoundTable]:
    found = []
    h_edges, v_edges = ruling_edges(page)
    if turn is not None:
        h_edges, v_edges = [turn(e) for e in v_edges], [turn(e) for e in h_edges]
    v_edges = v_edges + outer_verticals(h_edges, v_edges)
    if len(h_edges) < 2 or len(v_edges) < 2:  # no closed cell possible (and pdfplumber wants two)
        return []
    settings = dict(RULED_SETTINGS, vertical_strategy="explicit", horizontal_strategy="explicit",
                    explicit_vertical_lines=v_edges, explicit_horizontal_lines=h_edges)
    for t in page.find_tables(settings):
        table = grid_from_boxes(t.cells, chars, fills)
        if table is not None:
            found.append(table)
    return found


def ruling_edges(page: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Horizontal and vertical edges of the page's rulings: lines, stroked rectangles and thin
    filled ones. A filled, unstroked block (cell shading, a coloured band) is not a ruling: its
    edges would cut cells in two wherever the shading changes."""
    from pdfplumber.utils import line_to_edge, rect_to_edges
    edges: list[dict[str, Any]] = [line_to_edge(ln) for ln in page.lines]
    for r in page.rects:
        thin = r["x1"] - r["x0"] < 2.5 or r["bottom"] - r["top"] < 2.5
        if thin or r.get("stroke") or not r.get("fill"):
            edges.extend(rect_to_edges(r))
    h = [e for e in edges if e["orientation"] == "h"]
    v = [e for e in edges if e["orientation"] == "v"]
    return h, v


def outer_verticals(h_edges: list[dict[str, Any]], v_edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Left and right borders for tables ruled only by horizontal rules (rows separated by rules,
    no frame): pdfplumber needs closed cells. Rules starting at one x give a left border, rules
    ending at one x a right border (a last rule may be shorter than the others)."""
    long = [e for e in h_edges if e["x1"] - e["x0"] >= 30]
    if not long:
        return []
    verticals = [v for v in v_edges if v["bottom"] - v["top"] >= 6]
    out: list[dict[str, Any]] = []
    for side in ("x0", "x1"):
        groups: dict[int, list[dict[str, Any]]] = {}
        for e in long:
            groups.setdefault(round(e[side] / 4), []).append(e)
        for edges in groups.values():
            x = sum(e[side] for e in edges) / len(edges)
            for run in rule_runs(cluster([e["top"] for e in edges], 3.5)):  # double rules count once
                if len(run) >= 3:
                    out.extend(border(x, run[0], run[-1], verticals))
    return out


def rule_runs(tops: list[float]) -> list[list[float]]:
    """Rules of one width split where the gap is much wider than between rows (two tables)."""
    if len(tops) < 3:
        return [tops]
    gaps = sorted(b - a for a, b in zip(tops, tops[1:], strict=False))
    limit = max(60.0, 3 * gaps[len(gaps) // 2])
    runs = [[tops[0]]]
    for a, b in zip(tops, tops[1:], strict=False):
        if b - a > limit:
            runs.append([])
        runs[-1].append(b)
    return runs


def border(x: float, top: float, bottom: float, verticals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A side border at x from top to bottom, unless the table has its own there (an extra one
    would join separate tables)."""
    if any(abs(v["x0"] - x) <= 3 and v["bottom"] > top and v["top"] < bottom for v in verticals):
        return []
    return [{"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom,
             "width": 0.0, "height": bottom - top, "orientation": "v"}]


def grid_from_boxes(boxes: list[tuple[float, float, float, float]], chars: list[Char],
                    fills: list[dict[str, Any]]) -> FoundTable | None:
    if not boxes:
        return None
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes], 3.0)
    ys = cluster([b[1] for b in boxes] + [b[3] for b in boxes], 3.0)
    ncols, nrows = len(xs) - 1, len(ys) - 1
    if ncols < 1 or nrows < 1:
        return None

    def near(vals: list[float], v: float) -> int:
        """The index of the value closest to v (the lower one on a tie): vals rise, so it is one
        of the two around v."""
        i = bisect.bisect_left(vals, v)
        if i == 0 or (i < len(vals) and abs(vals[i] - v) < abs(vals[i - 1] - v)):
            return min(i, len(vals) - 1)
        return i - 1

    cells: list[GridCell] = []
    occupancy: list[list[int]] = [[-1] * ncols for _ in range(nrows)]
    for b in sorted(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])):
        c0, c1, r0, r1 = near(xs, b[0]), near(xs, b[2]), near(ys, b[1]), near(ys, b[3])
        if c1 <= c0 or r1 <= r0:
            continue
        if any(occupancy[r][c] >= 0 for r in range(r0, r1) for c in range(c0, c1)):
            continue
        for r in range(r0, r1):
            for c in range(c0, c1):
                occupancy[r][c] = len(cells)
        cells.append(GridCell(r0, c0, r1 - r0, c1 - c0, bbox=b))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    per_cell: list[list[Char]] = [[] for _ in cells]
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        if not (bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]):
            continue
        c = min(max(bisect.bisect_right(xs, cx) - 1, 0), ncols - 1)
        r = min(max(bisect.bisect_right(ys, cy) - 1, 0), nrows - 1)
        k = occupancy[r][c]
        if k < 0:  # text where the rulings leave no closed cell (a rule not drawn): a cell of its own
            k = occupancy[r][c] = len(cells)
            cells.append(GridCell(r, c, 1, 1, bbox=(xs[c], ys[r], xs[c + 1], ys[r + 1])))
            per_cell.append([])
        per_cell[k].append(ch)
    grouping = Grouping()  # each cell's characters grouped into lines once, for all the steps below
    for cell, cs in zip(cells, per_cell, strict=False):
        cell.text = grouping.text(cs)
        cell.fill = fill_of(cell.bbox, fills)
    cells, per_cell = split_by_columns(cells, per_cell, xs, grouping)
    if ncols >= 2:  # a box with no inner rulings at all is left to the borderless reading
        cells, per_cell, xs = split_figure_columns(cells, per_cell, xs, grouping)
    ncols = len(xs) - 1
    cells, nrows = split_bands(cells, per_cell, nrows, grouping)
    if ncols < 2 or nrows < 2 or sum(1 for c in cells if c.text) < 2:
        return None  # a frame or a box around text, not a table
    return compact(FoundTable(bbox, cells, nrows, ncols, True, xs))


def split_by_columns(cells: list[GridCell], per_cell: list[list[Char]], xs: list[float],
                     grouping: Grouping) -> tuple[list[GridCell], list[list[Char]]]:
    """A cell spanning columns whose text sits in separate columns (rulings drawn only in some rows)
    is split into one cell per column; a heading centred over the columns stays whole."""
    out_cells, out_chars = [], []
    for cell, cs in zip(cells, per_cell, strict=False):
        if cell.colspan < 2 or not cs:
            out_cells.append(cell)
            out_chars.append(cs)
            continue
        inner = xs[cell.c + 1:cell.c + cell.colspan]
        pieces: dict[int, list[Char]] = {}
        whole = False
        for ln in grouping.make_lines(cs, seg_gap=0.5):
            for seg in ln.segments:
                c0 = bisect.bisect_left(inner, seg[0].x0)
                c1 = bisect.bisect_left(inner, seg[-1].x1)
                if c0 != c1:
                    whole = True
                    break
                lo, hi = seg[0].x0 - 0.1, seg[-1].x1 + 0.1
                pieces.setdefault(c0, []).extend(
                    ch for ch in cs if lo <= ch["x0"] and ch["x1"] <= hi and ln.top - 0.5 <= ch["top"] <= ln.bottom)
            if whole:
                break
        if whole or len(pieces) < 2:
            out_cells.append(cell)
            out_chars.append(cs)
            continue
        for k in sorted(pieces):
            x0, x1 = xs[cell.c + k], xs[cell.c + k + 1]
            out_cells.append(GridCell(cell.r, cell.c + k, cell.rowspan, 1, grouping.text(pieces[k]), cell.fill,
                                      (x0, cell.bbox[1], x1, cell.bbox[3])))
            out_chars.append(pieces[k])
    return out_cells, out_chars


def split_figure_columns(cells: list[GridCell], per_cell: list[list[Char]], xs: list[float], grouping: Grouping
                         ) -> tuple[list[GridCell], list[list[Char]], list[float]]:
    """Columns of figures set side by side inside one ruled column (rules only between rows):
    a gap that no text line crosses, with figures on both sides in most lines, splits the column."""
    new_edges: list[float] = []
    for k in range(len(xs) - 1):
        lines = [ln for c, cs in zip(cells, per_cell, strict=True) if c.c == k and c.colspan == 1 and cs
                 for ln in grouping.make_lines(cs, seg_gap=0.5)]
        if len(lines) < 2:
            continue
        for a, b in separators(lines):
            left = [" ".join(w.text for w in seg) for ln in lines for seg in ln.segments if seg[-1].x1 <= a + 0.5]
            right = [" ".join(w.text for w in seg) for ln in lines for seg in ln.segments if seg[0].x0 >= b - 0.5]
            if len(left) >= 2 and len(right) >= 2 and numeric_share(left) >= 0.6 and numeric_share(right) >= 0.6:
                new_edges.append((a + b) / 2)
    if not new_edges:
        return cells, per_cell, xs
    edges = sorted(xs + new_edges)
    out_cells: list[GridCell] = []
    out_chars: list[list[Char]] = []
    for c, cs in zip(cells, per_cell, strict=True):
        c0 = edges.index(xs[c.c])
        c1 = edges.index(xs[c.c + c.colspan])
        inner = [e for e in new_edges if xs[c.c] < e < xs[c.c + 1]] if c.colspan == 1 else []
        if not inner:
            out_cells.append(GridCell(c.r, c0, c.rowspan, c1 - c0, c.text, c.fill, c.bbox))
            out_chars.append(cs)
            continue
        pieces: dict[int, list[Char]] = {}
        for ch in cs:
            pieces.setdefault(bisect.bisect_left(inner, (ch["x0"] + ch["x1"]) / 2), []).append(ch)
        for i, piece in sorted(pieces.items()):
            out_cells.append(GridCell(c.r, c0 + i, c.rowspan, 1, grouping.text(piece), c.fill, c.bbox))
            out_chars.append(piece)
    return out_cells, out_chars, edges


def numeric_share(texts: list[str]) -> float:
    return sum(1 for t in texts if NUMERIC.match(t)) / len(texts) if texts else 0.0


NUMERIC = re.compile(r"^[\d\s.,%()+\-–—*/:]+$|^[-–—xX]$")


def split_bands(cells: list[GridCell], per_cell: list[list[Char]], nrows: int,
                grouping: Grouping) -> tuple[list[GridCell], int]:
    """A grid row whose cells hold several lines on shared baselines, with figures in them,
    is really several rows without rulings between them (one text line each)."""
    plans: dict[int, list[float]] = {}
    for r in range(nrows):
        band = [(c, cs) for c, cs in zip(cells, per_cell, strict=False) if c.r == r and c.rowspan == 1 and cs]
        tops_of = []
        figures = 0  # cells of figures only, one per line
        prose = False  # a line of running text: wrapped cells of a text table, not stacked rows
        for _c, cs in band:
            lines = grouping.lines(cs)
            words = grouping.words(cs)
            prose = prose or any(len(w) > 6 for w in words)
            if len(lines) >= 2:
                tops_of.append([min(ch["top"] for ch in ln) for ln in lines])
                figures += all(NUMERIC.match(" ".join(x.text for x in w)) for w in words)
        if len(tops_of) < 2 or figures < 1 or prose:
            continue
        longest = max(tops_of, key=len)
        if len(longest) < 2 or sum(1 for t in tops_of if len(t) == len(longest)) < 2:
            continue
        if not all(any(abs(t - b) < 2.5 for b in longest) for tops in tops_of for t in tops):
            continue
        plans[r] = longest
    if not plans:
        return cells, nrows
    offset = 0
    new_start = {}
    for r in range(nrows):
        new_start[r] = r + offset
        if r in plans:
            offset += len(plans[r]) - 1
    new_start[nrows] = nrows + offset
    out: list[GridCell] = []
    for c, cs in zip(cells, per_cell, strict=False):
        r0, r1 = new_start[c.r], new_start[c.r + c.rowspan]
        if c.r in plans and c.rowspan == 1 and cs:
            tops = plans[c.r]
            for ln in grouping.lines(cs):
                top = min(ch["top"] for ch in ln)
                k = min(range(len(tops)), key=lambda i: abs(tops[i] - top))
                out.append(GridCell(r0 + k, c.c, 1, c.colspan, text_of(ln), c.fill, c.bbox))
            continue
        if c.r in plans and c.rowspan == 1:
            out.append(GridCell(r0, c.c, r1 - r0, c.colspan, c.text, c.fill, c.bbox))
            continue
        out.append(GridCell(r0, c.c, r1 - r0, c.colspan, c.text, c.fill, c.bbox))
    return out, nrows + offset


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
    t.nrows, t.ncols = len(row_starts), len(col_starts)
    return t


def fill_of(bbox: tuple[float, float, float, float], fills: list[dict[str, Any]]) -> str | None:
    """The colour of the smallest filled rectangle under the cell's centre, not much bigger than the cell."""
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    w, h = bbox[2] - bbox[0], bbox[3] - bbox[1]
    best: tuple[float, str] | None = None
    for r in fills:
        if not (r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"]):
            continue
        rw, rh = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if rw > 1.5 * w + 4 or rh > 1.5 * h + 4 or rw < 0.5 * w or rh < 0.5 * h:
            continue
        if best is None or rw * rh < best[0]:
            best = (rw * rh, r["_hex"])
    return best[1] if best else None


def shade_loose_cells(t: FoundTable, fills: list[dict[str, Any]]) -> None:
    """Fills of a table without rulings: a shaded rectangle under a cell's text, no wider than
    the cell's columns (the gutters on either side bound it), is the cell's shading (a RAG shown
    by colour). A band across the whole table (a heading row's) is a fill of each of its cells."""
    if not fills:
        return
    bounds = [t.bbox[0]] + list(t.col_edges) + [t.bbox[2]]
    for cell in t.cells:
        if not cell.text.strip() or cell.fill:
            continue
        x0, top, x1, bottom = cell.bbox
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        left, right = bounds[cell.c], bounds[min(cell.c + cell.colspan, len(bounds) - 1)]
        slack = 12.0
        best: tuple[float, str] | None = None
        for r in fills:
            if not (r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"]):
                continue
            within = r["x0"] >= left - slack and r["x1"] <= right + slack
            across = r["x0"] <= t.bbox[0] + slack and r["x1"] >= t.bbox[2] - slack and r["bottom"] - r["top"] < 40
            if not (within or across):
                continue
            area = (r["x1"] - r["x0"]) * (r["bottom"] - r["top"])
            if best is None or area < best[0]:
                best = (area, r["_hex"])
        if best is not None:
            cell.fill = best[1]


def filled_rects(page: Any) -> list[dict[str, Any]]:
    """Filled, coloured rectangles of the page (cell shading), with their colour as '#rrggbb'."""
    out = []
    for r in page.rects:
        if not r.get("fill"):
            continue
        hexc = colour_hex(r.get("non_stroking_color"))
        if hexc in WHITE or r["x1"] - r["x0"] < 4 or r["bottom"] - r["top"] < 4:
            continue
        out.append({**r, "_hex": hexc})
    return out


# ---- borderless tables -------------------------------------------------------------------
MAX_LINE_GAP = 2.2  # × font size: a wider vertical gap ends a text block


def borderless_tables(chars: list[Char], page_width: float) -> tuple[list[FoundTable], list[Line]]:
    """Tables read from text alignment, and the lines left over (the page's paragraphs)."""
    return tables_of_lines(make_lines(chars), page_width)


def tables_of_lines(lines: list[Line], page_width: float) -> tuple[list[FoundTable], list[Line]]:
    out, free = [], []
    for block in blocks_of(lines):
        t = table_of_block(block, page_width)
        if t is None:
            free.extend(block)
            continue
        out.append(t)
        free.extend(ln for ln in block if not (t.bbox[1] <= ln.top and ln.bottom <= t.bbox[3]))
    return out, free


def blocks_of(lines: list[Line]) -> list[list[Line]]:
    """Runs of vertically close lines."""
    blocks: list[list[Line]] = []
    after_caption = False
    for ln in lines:
        caption = bool(CAPTION.match(ln.text))
        if blocks and not caption and not after_caption and not heading_above(blocks[-1][-1], ln) \
                and ln.top - blocks[-1][-1].bottom <= MAX_LINE_GAP * max(ln.size, 6.0) \
                and ln.top >= blocks[-1][-1].top:
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
        after_caption = caption
    return blocks


def heading_above(a: Line, b: Line) -> bool:
    """A one-segment line in a clearly larger type than the line below it is a heading over a
    table, not a row of the table above: the block of lines ends with it. (A sentence ending
    with a full stop is the last line of a paragraph above a footnote.)"""
    return a.size > 1.15 * b.size and len(a.segments) == 1 and not a.text.rstrip().endswith(".")


# captions and source notes frame a table but are not rows of it
CAPTION = re.compile(r"^\s*(?:table|figure|fig\.|chart|graph|source|sources|note|notes)\s*(?:\d+[.:]?|:)", re.I)


def separators(multi: list[Line]) -> list[tuple[float, float]]:
    """X ranges no segment of the multi-segment lines crosses, between the first and last segment."""
    spans = sorted((seg[0].x0, seg[-1].x1) for ln in multi for seg in ln.segments)
    gaps = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach + 0.5:
            gaps.append((reach, x0))
        reach = max(reach, x1)
    return gaps


def within_columns(ln: Line, edges: list[float]) -> bool:
    """Every segment of the line lies inside one column."""
    return all(bisect.bisect_left(edges, seg[0].x0) == bisect.bisect_left(edges, seg[-1].x1) for seg in ln.segments)


def spanning_separators(multi: list[Line]) -> list[tuple[float, float]]:
    """Gutters that a few lines cross, each of which crosses several of them: full-width banner
    rows ("AREA FOR IMPROVEMENT 2: … Lead name") over the columns of a borderless table. Such
    a line must not hide the columns that every other line keeps to."""
    # a gutter may be crossed by a few banners; in a short table (a heading, a banner and one row
    # at the top of a page) one banner, not half of its lines
    limit = max(1, min(2, len(multi) // 3), len(multi) // 6)
    lo = int(min(ln.x0 for ln in multi))
    hi = int(max(ln.x1 for ln in multi)) + 1
    count = [0] * (hi - lo + 1)
    for ln in multi:
        covered: set[int] = set()
        for seg in ln.segments:
            covered.update(range(int(seg[0].x0) - lo, int(seg[-1].x1) - lo + 1))
        for x in covered:
            count[x] += 1
    runs: list[tuple[float, float]] = []
    start = None
    for x, n in enumerate(count):
        if n <= limit and start is None:
            start = x
        elif n > limit and start is not None:
            if start > 0:  # not the margin before the table
                runs.extend(core(count, start, x, lo))
            start = None
    crossing = {id(ln): sum(1 for a, b in runs if any(seg[0].x0 < b and seg[-1].x1 > a for seg in ln.segments))
                for ln in multi}
    left = min(ln.x0 for ln in multi)
    banners = any(n >= 2 and ln.x0 <= left + 2 for ln in multi if (n := crossing[id(ln)]))
    out = []
    for a, b in runs:
        across = [ln for ln in multi if any(seg[0].x0 < b and seg[-1].x1 > a for seg in ln.segments)]
        # a banner crosses several gutters; a shorter one (from the left edge, over the first
        # gutter only) counts where the table has banners of the first kind
        if all(crossing[id(ln)] >= 2 or (banners and ln.x0 <= left + 2) for ln in across):
            out.append((a, b))
    return out


def core(count: list[int], start: int, stop: int, lo: int) -> list[tuple[float, float]]:
    """The parts of a low-coverage x range that the fewest lines cross (the ragged ends of a
    column's text are not gutter), each at least 3 points wide."""
    least = min(count[start:stop])
    out = []
    x = start
    while x < stop:
        if count[x] != least:
            x += 1
            continue
        x0 = x
        while x + 1 < stop and count[x + 1] == least:
            x += 1
        if x - x0 >= 2:
            out.append((float(lo + x0), float(lo + x)))
        x += 1
    return out


def table_of_block(block: list[Line], page_width: float) -> FoundTable | None:
    multi_idx = [i for i, ln in enumerate(block) if len(ln.segments) >= 2]
    if len(multi_idx) < 2:
        return None
    lines = block[multi_idx[0]:multi_idx[-1] + 1]
    multi = [ln for ln in lines if len(ln.segments) >= 2]
    if len(multi) < 0.5 * len(lines) and not wrapped_rows(lines, multi):
        return None
    gaps = separators(multi)
    wide = spanning_separators(multi)
    banners = len(wide) > len(gaps)
    if banners:
        gaps = wide
    if not gaps:
        return None
    edges = [(a + b) / 2 for a, b in gaps]
    # wrapped lines of the last row's first cell: close below it and inside the first column
    # (in a table read by column blocks, of any of its cells: each segment within one column)
    by_blocks = banners or interleaved(lines)
    for ln in block[multi_idx[-1] + 1:]:
        if ln.top - lines[-1].bottom > 0.8 * max(ln.size, 4.0) or ln.x0 < lines[0].x0 - 2:
            break
        # (in a table of two lines, a line starting where a later column's cell starts wraps it)
        lined_up = any(abs(seg[0].x0 - ln.x0) <= 2 for seg in lines[-1].segments[1:])
        if not ((by_blocks or len(lines) >= 3 or lined_up) and within_columns(ln, edges)) and (
                len(ln.segments) != 1 or ln.x1 > edges[0] or ln.x0 < lines[-1].x0 - 2):
            break
        lines.append(ln)
    ncols = len(edges) + 1
    if ncols == 2 and (looks_like_prose(multi, edges[0]) or numbered_headings(multi, edges[0])):
        return None
    rows: list[list[GridCell]] = []
    for ln in lines:
        row: dict[int, GridCell] = {}
        for seg in ln.segments:
            c0 = bisect.bisect_left(edges, seg[0].x0)
            c1 = bisect.bisect_left(edges, seg[-1].x1)
            text = " ".join(w.text for w in seg)
            if c0 in row:
                row[c0].text += " " + text
                row[c0].colspan = max(row[c0].colspan, c1 - c0 + 1)
            else:
                row[c0] = GridCell(0, c0, 1, c1 - c0 + 1, text,
                                   bbox=(seg[0].x0, min(w.top for w in seg), seg[-1].x1,
                                         max(w.bottom for w in seg)))
        rows.append(sorted(row.values(), key=lambda c: c.c))
    # cells read by column blocks where a table has banner rows or vertically merged cells (their
    # lines off the baselines of the other columns); otherwise line by line
    # (and where, read so, a column left of the row-defining one holds cells running on past the
    # next row's start: grouping cells such as objectives, on the rows' own baselines)
    stacked = block_rows(rows, lines) if by_blocks else None
    if not by_blocks and len(rows) >= 3:
        trial = block_rows([[replace(c) for c in row] for row in rows], lines)
        if trial is not None and grouping_columns(trial[0])[1]:
            stacked = trial
    if stacked is not None:
        cells, nrows = stacked
        extend_groups(cells, nrows)
    else:
        merged = merge_rows(rows, lines)
        cells = []
        for r, row_cells in enumerate(merged):
            for c in row_cells:
                c.r = r
                cells.append(c)
        nrows = len(merged)
    bbox = (min(ln.x0 for ln in lines), lines[0].top, max(ln.x1 for ln in lines), lines[-1].bottom)
    return FoundTable(bbox, cells + empty_cells(cells, nrows, ncols), nrows, ncols, False, edges, gaps)


def wrapped_rows(lines: list[Line], multi: list[Line]) -> bool:
    """Rows whose cells wrap over several lines (most lines hold one column's text only): a
    table still, when three lines or more span the columns and every other line keeps inside one
    column of theirs, right of the first column's start (prose runs across the gutters)."""
    if len(multi) < 3 or len(multi) < 0.2 * len(lines):
        return False
    edges = [(a + b) / 2 for a, b in separators(multi)]
    if not edges:
        return False
    return all(len(ln.segments) >= 2 or within_columns(ln, edges) for ln in lines)


def empty_cells(cells: list[GridCell], nrows: int, ncols: int) -> list[GridCell]:
    """An empty cell wherever no cell (or span) covers the grid, as a ruled table has: a column
    without a heading (the area letters) is still a column of the heading row."""
    covered = {(r, c) for x in cells for r in range(x.r, x.r + x.rowspan) for c in range(x.c, x.c + x.colspan)}
    return [GridCell(r, c, 1, 1) for r in range(nrows) for c in range(ncols) if (r, c) not in covered]


def looks_like_prose(multi: list[Line], edge: float) -> bool:
    """Two 'columns' of running text (a two-column page, numbered paragraphs) are not a table."""
    right = [" ".join(w.text for seg in ln.segments for w in seg if w.x0 > edge) for ln in multi]
    left = [" ".join(w.text for seg in ln.segments for w in seg if w.x1 < edge) for ln in multi]
    avg_r = sum(map(len, right)) / len(right)
    avg_l = sum(map(len, left)) / len(left)
    return avg_r > 45 and (avg_l > 45 or all(len(t) <= 4 for t in left))


NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivxIVX]{1,4}\.|[a-zA-Z][.)]|\(?[a-z0-9]\)|[•\-–*])$")


def numbered_headings(multi: list[Line], edge: float) -> bool:
    """'3.2   Measuring losses', '•   item': section numbers or bullets and their text, not a table."""
    lefts = [" ".join(w.text for w in ln.words if w.x1 < edge) for ln in multi]
    return all(NUMBERING.match(t) for t in lefts if t)


def interleaved(lines: list[Line]) -> bool:
    """Lines of different columns on different baselines (closer than a line's height): a cell's
    text centred or merged over rows whose other cells are set on their own baselines."""
    return sum(1 for a, b in zip(lines, lines[1:], strict=False) if b.top - a.top < 0.7 * a.size) >= 2


def cell_leading(rows: list[list[GridCell]], lines: list[Line], exact: bool = False, pitch: bool = False) -> float:
    """The gap up to which two lines of text in one column belong to one cell: the tightest
    gap between a column's lines, when gaps clearly wider than it (cell padding) set rows apart;
    -1 when they do not. `exact`: a renderer's leading is the same in every cell, so any wider
    gap is padding (LibreOffice sets rows only half a point further apart than lines). `pitch`:
    measured top to top (the height of a line's box varies with its font; its pitch does not)."""
    last: dict[tuple[int, int], float] = {}
    gaps = []
    for row in rows:
        for c in row:
            key = (c.c, c.colspan)
            if key in last:
                gaps.append(c.bbox[1] - last[key])
            last[key] = c.bbox[1] if pitch else c.bbox[3]
    if len(gaps) < 3:
        return -1.0
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    gaps.sort()
    base = gaps[len(gaps) // 10]  # not the very least: a stray overlap (a bold line, a sub-row) says nothing
    limit = base + (max(0.3, 0.04 * size) if exact else max(1.5, 0.15 * size))
    return limit if max(gaps) > limit + 1.0 else -1.0


def block_rows(rows: list[list[GridCell]], lines: list[Line]) -> tuple[list[GridCell], int] | None:
    """Text lines → table rows by the blocks of lines in each column: a column's line set at
    the cell's leading continues the block above it (even past the start of the next row: a
    vertically merged cell), and a row starts where several columns start a block at the same
    baseline, or at a banner line spanning columns. None when the leading does not tell cells apart."""
    tight = cell_leading(rows, lines, exact=True, pitch=True)
    if tight < 0:
        return None
    open_blocks: dict[int, GridCell] = {}  # start column → the cell its last line went to
    tops: dict[int, float] = {}
    out: list[GridCell] = []
    r = -1
    banner_rows: set[int] = set()
    for row in rows:
        fresh = [c for c in row if c.c not in open_blocks or open_blocks[c.c].colspan != c.colspan
                 or c.bbox[1] - tops[c.c] > tight]
        banner = any(c.colspan >= 2 for c in fresh)
        # a second block starting in a column of this row is the next row's
        taken = any(x.r == r and x.c == c.c for c in fresh for x in out)
        row_top: float | None = None  # the baseline the new row's fresh cells start on
        if r < 0 or len(fresh) >= 2 or banner or taken:
            r += 1
            # a banner row (wrapped over lines, maybe) ends where the next row starts
            for k in [k for k, x in open_blocks.items() if x.r in banner_rows]:
                del open_blocks[k]
            row_top = sorted(c.bbox[1] for c in fresh)[len(fresh) // 2] if fresh else None
        if banner:
            banner_rows.add(r)
        for c in row:
            block = open_blocks.get(c.c)
            if block is None or block.colspan != c.colspan or c.bbox[1] - tops[c.c] > tight \
                    or new_cell_at(c, block, r, row_top):
                for k in [k for k in open_blocks if k < c.c + c.colspan and k + open_blocks[k].colspan > c.c]:
                    del open_blocks[k]
                c.r = r
                out.append(c)
                open_blocks[c.c] = c
            else:
                block.text = (block.text + "\n" + c.text).strip()
                block.rowspan = r - block.r + 1
            tops[c.c] = c.bbox[1]
    return out, r + 1


def new_cell_at(c: GridCell, block: GridCell, r: int, row_top: float | None) -> bool:
    """A line set at its column's leading, on the very baseline where the next row starts, begins
    that row's cell when it reads as a start (capital, a list starting again at 1). Where rows
    are set no further apart than lines (no cell padding), a column's next cell follows its last
    line at the leading; a merged cell's text going on past the row start is kept by its lower
    case, by its list going on (2., 3.), or by its own baselines (off the new row's by the
    renderer's padding)."""
    if row_top is None or block.r >= r or abs(c.bbox[1] - row_top) > 0.25:
        return False
    text = c.text.lstrip()
    item = LIST_ITEM.match(text)
    if item:
        return item.group(1) in {"1", "a", "i"}
    return text[:1].isupper()


LIST_ITEM = re.compile(r"^\(?(\d{1,2}|[a-z]|i{1,3}|iv|v)[.)]\s")


def grouping_columns(cells: list[GridCell]) -> tuple[tuple[dict[int, dict[int, GridCell]], int], list[int]]:
    """Cells by column and start row, the row-defining column (starting a cell in most rows), and
    the grouping columns left of it: those with a cell whose text runs on past a row start."""
    starts: dict[int, dict[int, GridCell]] = {}  # column → start row → cell
    for c in cells:
        if c.colspan == 1 and c.text.strip():
            starts.setdefault(c.c, {})[c.r] = c
    if not starts:
        return (starts, -1), []
    banners = {c.r for c in cells if c.colspan >= 2}
    key = max(starts, key=lambda k: (len(set(starts[k]) - banners), -k))
    return (starts, key), [k for k in starts if k < key and any(c.rowspan >= 2 for c in starts[k].values())]


def extend_groups(cells: list[GridCell], nrows: int) -> None:
    """Vertically merged cells whose text ends before the next row starts, in a table without
    rulings. Evidence, not position: a grouping column is one left of the row-defining column
    (the one starting a cell in most rows) where some cell's text runs on past the next row's
    start (a merge the text itself shows). A row where a grouping column starts a cell, or a
    banner row, starts a group; a grouping column's cell, and a cell of a column whose cells all
    start with the groups (the group's measures at the right), covers the group's rows below it
    where its column is empty: a borderless merged cell prints its text once, at the top."""
    (starts, key), grouping = grouping_columns(cells)
    if not grouping:
        return
    banners = {c.r for c in cells if c.colspan >= 2}
    bounds = banners | {r for k in grouping for r in starts[k]}
    first = min(bounds)
    aligned = [k for k in starts if k != key and k not in grouping
               and all(r in bounds for r in starts[k] if r >= first) and set(starts[k]) - banners]
    covered = {(r, k) for c in cells for r in range(c.r, c.r + c.rowspan) for k in range(c.c, c.c + c.colspan)}
    for k in grouping + aligned:
        for r0, c in starts[k].items():
            if r0 in banners or r0 < first:
                continue
            end = r0 + c.rowspan
            while end < nrows and end not in bounds and (end, k) not in covered:
                covered.add((end, k))
                end += 1
            c.rowspan = end - r0


def merge_rows(rows: list[list[GridCell]], lines: list[Line]) -> list[list[GridCell]]:
    """Text lines → table rows: a line without text in the first column continues the row above
    when its cells fit that row's cells; a wrapped first cell starting lower case joins it too."""
    out: list[list[GridCell]] = []
    prev_line: Line | None = None
    pitch = row_pitch(lines)
    tight = leading_gap(lines)
    lead = cell_leading(rows, lines, exact=True)
    bottoms: dict[int, float] = {}
    for row, ln in zip(rows, lines, strict=False):
        # several columns starting a new block of lines (after a gap wider than the cells'
        # leading) start a new row, whatever the first column holds
        fresh = sum(1 for c in row if c.c in bottoms and c.bbox[1] - bottoms[c.c] > lead) if lead > 0 else 0
        # and lines that each follow their column's last line at that leading go on with the
        # cells above: the first column empty, or its wrapped text going on in lower case
        # (a capital in the first column too, when most other cells go on mid-sentence)
        others = [c for c in row if c.c > 0]
        mid_sentence = len(others) >= 2 and sum(bool(MID_SENTENCE.match(c.text)) for c in others) >= 0.6 * len(others)
        follows = lead > 0 and all((c.c > 0 or c.text[:1].islower() or mid_sentence) and c.c in bottoms
                                   and c.bbox[1] - bottoms[c.c] <= lead for c in row)
        bottoms.update((c.c, c.bbox[3]) for c in row)
        if out and prev_line is not None and fresh < 2 and (
                follows or continues(out[-1], row, prev_line, ln, pitch)
                or wrapped(out[-1], row, ln.top - prev_line.bottom, tight)):
            absorb(out[-1], row)
        else:
            out.append(row)
        prev_line = ln
    return out


MID_SENTENCE = re.compile(r"^[a-z]{2,}|^[,;)]")  # a word going on in lower case (not a mark such as 'x')


def leading_gap(lines: list[Line]) -> float:
    """The gap up to which two lines belong to the same row, in a table whose rows are set
    apart by cell padding (some gaps clearly wider than the tightest): -1 when they are not."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)]
    if len(gaps) < 2:
        return -1.0
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    limit = min(gaps) + max(1.5, 0.15 * size)
    return limit if max(gaps) > limit + 1.0 else -1.0


def wrapped(above: list[GridCell], row: list[GridCell], gap: float, tight: float) -> bool:
    """Wrapped text of the row above: set at line spacing (not row spacing), in fewer cells,
    each under a cell of the row above."""
    if gap > tight or len(row) >= len(above):
        return False
    spans = {(c.c, c.colspan) for c in above}
    return all((c.c, c.colspan) in spans for c in row)


def row_pitch(lines: list[Line]) -> float:
    """The usual gap between two lines that each start a row (several cells filled)."""
    gaps = sorted(b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)
                  if len(a.segments) >= 2 and len(b.segments) >= 2)
    return gaps[len(gaps) // 2] if gaps else 0.0


def continues(above: list[GridCell], row: list[GridCell], prev: Line, ln: Line, pitch: float = 0.0) -> bool:
    gap = ln.top - prev.bottom
    if gap > 0.8 * max(ln.size, 4.0):
        return False
    first = min(c.c for c in above)
    starts = {c.c: c for c in above}
    has_key = any(c.c == first for c in row)
    if has_key:
        key = next(c for c in row if c.c == first)
        # a wrapped first cell: lower case, or set closer than the gap between rows
        return len(row) == 1 and key.colspan == 1 and len(above) >= 2 and (
            key.text[:1].islower() or gap < pitch - 1.5)
    for c in row:
        a = starts.get(c.c)
        if a is None:
            # fits under a spanning cell of the row above?
            if any(x.c < c.c < x.c + x.colspan for x in above):
                return False
            continue
        if a.colspan != c.colspan:
            return False
    return True


def absorb(above: list[GridCell], row: list[GridCell]) -> None:
    starts = {c.c: c for c in above}
    for c in row:
        a = starts.get(c.c)
        if a is None:
            above.append(c)
        else:
            a.text = (a.text + "\n" + c.text).strip()
    above.sort(key=lambda c: c.c)


def chars_outside(chars: list[Char], tables: list[FoundTable]) -> list[Char]:
    if not tables:
        return chars
    boxes = [t.bbox for t in tables]
    out = []
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        for b in boxes:  # a loop, not any(): no generator made per character
            if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]:
                break
        else:
            out.append(ch)
    return out


def find_tables(page: Any, chars: list[Char], turn: Turn | None = None) -> tuple[list[FoundTable], list[Line]]:
    """All tables of a page, top to bottom (ruled ones first, then borderless ones in the rest),
    and the lines of text outside them. `page`: its objects (extract.pdfobjects.PageObjects, or
    a pdfplumber page); `turn` maps them when its text was turned upright (sideways pages)."""
    same: Turn = turn or (lambda o: o)
    fills = [same(r) for r in filled_rects(page)]
    ruled = ruled_tables(page, chars, fills, same if turn else None)
    rest = chars_outside(chars, ruled)
    width = float(page.height if turn else page.width)
    lines = make_lines(rest)
    loose, free = tables_of_lines(lines, width)
    for t in loose:
        shade_loose_cells(t, fills)
    if loose and page.curves:
        plots = [same(c) for c in page.curves if len(c.get("pts") or []) >= 8]
        charts = [t for t in loose if any(overlap(t.bbox, (c["x0"], c["top"], c["x1"], c["bottom"])) > 0.3
                                          for c in plots)]
        if charts:
            loose = [t for t in loose if t not in charts]
            free = [ln for ln in lines if not any(t.bbox[1] <= ln.top and ln.bottom <= t.bbox[3] for t in loose)]
    free.sort(key=lambda ln: ln.top)
    return sorted(ruled + loose, key=lambda t: (t.bbox[1], t.bbox[0])), free


def overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """The share of b's area inside a: a chart's plot lines inside a 'table' of axis labels."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    area = max((b[2] - b[0]) * (b[3] - b[1]), 1.0)
    return max(w, 0.0) * max(h, 0.0) / area


__all__ = ["FoundTable", "GridCell", "find_tables", "chars_outside", "char_text"]
