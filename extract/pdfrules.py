"""Ruling lines and cell shading of a page, and the closed cells the rulings draw.

A ruling is a horizontal or vertical segment in pdfplumber's edge shape: a dict with x0, x1,
top, bottom and orientation ('h' or 'v'). Born-digital pages give them from their line
objects, stroked rectangles, thin filled rectangles (Word and Excel draw borders so) and the
straight pieces of paths, as pdfplumber's `page.edges` does; a scanned page's helper finds them
in the image. A filled, unstroked block (cell shading, a coloured band) is not a ruling: its
edges would cut cells in two wherever the shading changes; it is a `fill`, which colours cells.

`merge` and `lattice` are pdfplumber's own table finder steps (snap and join collinear pieces,
drop slivers, intersections → the smallest closed cells → groups of cells sharing corners), run
on the given rulings so that ruled tables are found exactly as `page.find_tables()` finds them.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from planx.extract.pdfgeom import colour_hex
from planx.normalise.vocab import RAG_DOT_GLYPHS

Edge = dict[str, Any]
BBox = tuple[float, float, float, float]

SNAP = 3.0  # pdfplumber's snap, join and intersection tolerances and minimum edge length
MIN_LENGTH = 3.0
WHITE = {"#ffffff", None}
THIN = 3.5  # a filled box this thin (and long) is a line: the 3 pt white gutter between shaded cells
LINE_ASPECT = 3.0  # ... long means this many times longer than thin (a box, a shape: a rule, not a dot)
FILL_GAP = (0.5, 6.0)  # page colour showing this wide between two shaded blocks is a rule between them


def edge(x0: float, top: float, x1: float, bottom: float, kind: str = "ruling") -> Edge:
    """A ruling in pdfplumber's edge shape; the longer side decides its orientation."""
    horizontal = x1 - x0 >= bottom - top
    if horizontal:
        top = bottom = (top + bottom) / 2
    else:
        x0 = x1 = (x0 + x1) / 2
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top, "orientation": "h" if horizontal else "v"}


def as_edges(rulings: Iterable[Mapping[str, Any]]) -> list[Edge]:
    """Rulings given as any dicts with x0, x1, top, bottom (a scan's detected lines, a caller's
    own) in the edge shape; an explicit orientation is kept."""
    out = []
    for r in rulings:
        e = edge(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
        if r.get("orientation") in ("h", "v") and r["orientation"] != e["orientation"]:
            e = edge(float(r["x0"]), float(r["top"]), float(r["x0"]), float(r["bottom"])) \
                if r["orientation"] == "v" else edge(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["top"]))
        out.append(e)
    return out


def page_rulings(lines: list[dict[str, Any]], rects: list[dict[str, Any]],
                 curves: list[dict[str, Any]]) -> list[Edge]:
    """The rulings of a page's graphics (pdfplumber's page.edges less the edges of shading)."""
    out: list[Edge] = []
    for ln in lines:
        out.append(edge(ln["x0"], ln["top"], ln["x1"], ln["bottom"], "line"))
    for r in rects:
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if min(w, h) < THIN and elongated(w, h):  # a thin rectangle is a line drawn as a filled box
            out.append(edge(r["x0"], r["top"], r["x1"], r["bottom"], "rect_edge"))
        elif r.get("stroke") or not r.get("fill"):
            out.extend(box_edges(r["x0"], r["top"], r["x1"], r["bottom"]))
    for c in curves:
        if is_mark(c):  # a filled shape (a RAG dot, a pill) draws no ruling
            continue
        pts = c.get("pts") or []
        for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False):
            if ax == bx or ay == by:
                out.append(edge(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), "curve_edge"))
    return [e for e in out if max(e["width"], e["height"]) >= 1.0]


def clipped(edges: Iterable[Edge], box: BBox) -> list[Edge]:
    """The rulings as far as they run inside the box (a panel of the page): a rule drawn across
    the page is the panel's rule only from side to side of it; rules outside it are not its."""
    x0, top, x1, bottom = box
    out = []
    for e in edges:
        a, b = max(e["x0"], x0), min(e["x1"], x1)
        t, u = max(e["top"], top), min(e["bottom"], bottom)
        if a <= b and t <= u and (max(b - a, u - t) >= 1.0):
            out.append(edge(a, t, b, u, e.get("object_type", "ruling")))
    return out


def box_edges(x0: float, top: float, x1: float, bottom: float) -> list[Edge]:
    return [edge(x0, top, x1, top, "rect_edge"), edge(x0, bottom, x1, bottom, "rect_edge"),
            edge(x0, top, x0, bottom, "rect_edge"), edge(x1, top, x1, bottom, "rect_edge")]


def page_fills(rects: list[dict[str, Any]], curves: Iterable[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """Filled, coloured rectangles (cell shading) as {x0, top, x1, bottom, colour: '#rrggbb'}, and
    the filled shapes of curves (a rounded box, a dot, a pill: how presentation and dashboard
    tools draw a RAG rating) the same way, marked `mark`."""
    out = []
    for r in [*rects, *(c for c in curves if is_mark(c))]:
        if not r.get("fill") or r["x1"] - r["x0"] < 4 or r["bottom"] - r["top"] < 4:
            continue
        colour = colour_hex(r.get("non_stroking_color"))
        if colour in WHITE:
            continue
        fill = {"x0": r["x0"], "top": r["top"], "x1": r["x1"], "bottom": r["bottom"], "colour": colour}
        if r.get("object_type") == "curve":
            fill["mark"] = True
        out.append(fill)
    return out


def glyph_marks(chars: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Dots printed as text in a colour (a RAG shown only as a red, amber or green '●' in its cell:
    vocab.RAG_DOT_GLYPHS) as marks, like a drawn dot's (page_fills): {x0, top, x1, bottom, colour,
    mark}; black, white and grey ink says nothing by its colour and gives none."""
    out = []
    for c in chars:
        if c.get("text") not in RAG_DOT_GLYPHS or c.get("non_stroking_color") is None:
            continue
        colour = colour_hex(c["non_stroking_color"])
        if not colour or colour[1:3] == colour[3:5] == colour[5:7]:  # (black, white, a grey)
            continue
        out.append({"x0": c["x0"], "top": c["top"], "x1": c["x1"], "bottom": c["bottom"], "colour": colour,
                    "mark": True, "glyph": True})
    return out


def fill_gaps(fills: list[dict[str, Any]], edges: Iterable[Edge] = ()) -> list[Edge]:
    """Rules implied by shading: where one shaded block ends and another starts a little below
    (or beside) it, over a common span, the strip of page between them separates two rows (or
    columns) as a drawn rule would, unless a ruling already runs there. A shade's own edges are no
    rule (shading that changes colour inside a cell would cut it); only the gap between two is."""
    lo, hi = FILL_GAP
    blocks = [f for f in fills if not f.get("mark")]
    drawn = list(edges)
    out: list[Edge] = []

    def ruled(e: Edge) -> bool:
        key, a, b = ("top", "x0", "x1") if e["orientation"] == "h" else ("x0", "top", "bottom")
        return any(d["orientation"] == e["orientation"] and abs(d[key] - e[key]) <= SNAP
                   and d[a] <= e[a] + SNAP and d[b] >= e[b] - SNAP for d in drawn)

    for f in blocks:
        for g in blocks:
            if lo <= g["top"] - f["bottom"] <= hi:  # g below f
                a, b = max(f["x0"], g["x0"]), min(f["x1"], g["x1"])
                if b - a >= MIN_LENGTH:
                    y = (f["bottom"] + g["top"]) / 2
                    out.append(edge(a, y, b, y, "fill_gap"))
            if lo <= g["x0"] - f["x1"] <= hi:  # g right of f
                a, b = max(f["top"], g["top"]), min(f["bottom"], g["bottom"])
                if b - a >= MIN_LENGTH:
                    x = (f["x1"] + g["x0"]) / 2
                    out.append(edge(x, a, x, b, "fill_gap"))
    return [e for e in out if not ruled(e)]


def is_mark(shape: Mapping[str, Any]) -> bool:
    """A filled, unstroked shape with a round or slanted side (a dot, a rounded box, a diamond):
    a coloured mark or area, not a ruling nor a plotted line. A filled path of straight,
    axis-aligned pieces only is how some producers draw a grid's borders: it stays rulings."""
    if not shape.get("fill") or shape.get("stroke"):
        return False
    pts = shape.get("pts") or []
    step = slant_step(shape)
    return any(abs(ax - bx) > step and abs(ay - by) > step for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False))


SLANT_STEP = 0.5  # points: a path's piece moving this far both across and down is slanted, not a jittered rule
SLANT_STEP_SHARE = 0.1  # ... or this share of a small shape's narrower side, at least SLANT_STEP_MIN
SLANT_STEP_MIN = 0.1


def slant_step(shape: Mapping[str, Any]) -> float:
    """How far a piece of the shape's path must move both ways to be slanted: SLANT_STEP, less for a
    dot only a few points across (a list's bullet dot 4 pt wide is drawn as a circle flattened into
    pieces under 1 pt long, none moving 0.5 pt both ways, yet every one of them is a curve's). Not
    less for a long, thin shape: that is a rule with rounded ends (an arrow's shaft, a capsule-capped
    line 0.7 pt thick), whose caps' tiny pieces would otherwise make the whole rule a mark."""
    w, h = shape.get("x1", 0.0) - shape.get("x0", 0.0), shape.get("bottom", 0.0) - shape.get("top", 0.0)
    if elongated(w, h):
        return SLANT_STEP
    return max(SLANT_STEP_MIN, min(SLANT_STEP, SLANT_STEP_SHARE * min(w, h)))


def elongated(w: float, h: float) -> bool:
    """Long for its thickness, as a rule is: a dot or a box is about as wide as it is tall."""
    return max(w, h) >= LINE_ASPECT * min(w, h)


def merge(edges: list[Edge]) -> list[Edge]:
    """pdfplumber's merge_edges (snap within 3 pt, join collinear pieces 3 pt apart), then edges
    shorter than 3 pt dropped."""
    from pdfplumber.table import merge_edges
    if not edges:
        return []
    merged = merge_edges(edges, SNAP, SNAP, SNAP, SNAP)
    return [e for e in merged if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"])
            >= MIN_LENGTH]


def lattice(edges: list[Edge]) -> list[list[BBox]]:
    """Groups of closed cells the (merged) rulings draw, as pdfplumber's TableFinder makes them:
    a cell's four corners are intersections joined pairwise by a shared ruling, so a cell with
    no inner ruling over several grid columns or rows is one spanning cell."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells
    h = sum(1 for e in edges if e["orientation"] == "h")
    if h < 2 or len(edges) - h < 2:
        return []
    return cells_to_tables(intersections_to_cells(edges_to_intersections(edges, SNAP, SNAP)))


def verticals_of(edges: list[Edge]) -> list[tuple[float, float, float]]:
    """(x, top, bottom) of the vertical rulings: where words are cut (pdfgeom.words_from_chars)."""
    return [(e["x0"], e["top"], e["bottom"]) for e in edges if e["orientation"] == "v"]


CLOSING_MIN = 3  # vertical rulings that end together on no ruling imply the rule across their ends


def closing_rules(edges: list[Edge], tol: float = SNAP) -> list[Edge]:
    """Horizontal rules implied by (merged) vertical rulings that stop at one height where no
    horizontal ruling runs, each meeting or crossing a horizontal ruling elsewhere: the rule between
    two rows a scan lost (faint, broken) or the printer left out. At least CLOSING_MIN such ends at
    one height (a table's column rules, not a figure's line); the implied rule runs between the
    nearest vertical rulings that cross that height on either side (the table's frame), or between
    the outermost stopping ones. Column rules alone (no horizontal ruling at either end) imply
    nothing: that table is read as borderless. (A rule implied through a line of text is no rule:
    the caller, who has the words, drops it.)"""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]

    def on_h(x: float, y: float) -> bool:
        return any(abs(h["top"] - y) <= tol and h["x0"] - tol <= x <= h["x1"] + tol for h in hs)

    def crossed(v: Edge) -> bool:
        return any(v["top"] - tol <= h["top"] <= v["bottom"] + tol and h["x0"] - tol <= v["x0"] <= h["x1"] + tol
                   for h in hs)

    loose: list[tuple[float, float]] = []  # (y, x) of a vertical's end on no horizontal ruling
    for v in vs:
        if not crossed(v):
            continue
        for end in (v["top"], v["bottom"]):
            if not on_h(v["x0"], end):
                loose.append((end, v["x0"]))
    out: list[Edge] = []
    loose.sort()
    groups: list[list[tuple[float, float]]] = []
    for y, x in loose:
        if groups and y - groups[-1][-1][0] <= tol:
            groups[-1].append((y, x))
        else:
            groups.append([(y, x)])
    for g in groups:
        xs = sorted({round(x, 1) for _, x in g})
        if len(xs) < CLOSING_MIN:
            continue
        y = sorted(p[0] for p in g)[len(g) // 2]
        crossing = [v["x0"] for v in vs if v["top"] + tol < y < v["bottom"] - tol]
        left = max((x for x in crossing if x < xs[0]), default=xs[0])
        right = min((x for x in crossing if x > xs[-1]), default=xs[-1])
        out.append(edge(left, y, right, y, "implied"))
    return out


def closing_rules_beside(edges: list[Edge], boxes: Iterable[tuple[float, float, float, float]]) -> list[Edge]:
    """The closing rules (closing_rules) of (merged) edges that run through no word's box (x0, top,
    x1, bottom): a rule implied through a line of text is no rule, the column rules there go on
    past a row's foot into the text, or the text sits in the open table's last row."""
    spans = list(boxes)
    return [e for e in closing_rules(edges) if not any(
        top + 1 < e["top"] < bottom - 1 and x0 < e["x1"] and x1 > e["x0"] for x0, top, x1, bottom in spans)]


def open_foot_rules(edges: list[Edge], boxes: Iterable[tuple[float, float, float, float]]) -> list[Edge]:
    """The closing rule of a born-digital grid whose last row the printer left open: implied
    (closing_rules_beside) below every horizontal ruling across it, where its column rules run on
    past the last one and stop together. Not a rule implied higher up: a drawn page's column
    rules are often drawn a segment per row or two, ending where no rule runs (a designed table's
    cells drawn as boxes), and a rule between its rows there would cut them."""
    hs = [e for e in edges if e["orientation"] == "h"]
    out = []
    for e in closing_rules_beside(edges, boxes):
        # rules across the table: half its width or more (a footnote's short rule below it is none)
        across = [h["top"] for h in hs if min(h["x1"], e["x1"]) - max(h["x0"], e["x0"]) >= 0.5 * (e["x1"] - e["x0"])]
        if across and e["top"] > max(across) + SNAP:
            out.append(e)
    return out


RULE_GAP_MAX = 21.6  # pt (0.3 inch): the longest break in a scanned rule taken for ink the scan lost


def bridged_rules(edges: list[Edge], boxes: list[tuple[float, float, float, float]],
                  tol: float = SNAP) -> tuple[list[Edge], list[Edge]]:
    """A scan's horizontal rulings with the short breaks the scan made in them closed: two pieces of
    one rule at one height with a gap of at most RULE_GAP_MAX between them, or a piece that stops
    that short of a column rule crossing its height. A scan loses a faint rule's ink where a dark
    fill or a letter touches it, and pdfplumber then reads the cells on both sides as one spanning
    cell: one row's text merged into the next. A gap that runs from column rule to column rule is
    a cell drawn spanning, and a gap a word's box (`boxes`: x0, top, x1, bottom) crosses is no
    lost rule: both are kept open. Returns the edges merged again (merge) and the pieces put in."""
    hs = sorted((e for e in edges if e["orientation"] == "h"), key=lambda e: (e["top"], e["x0"]))
    vs = [e for e in edges if e["orientation"] == "v"]
    if not hs or not vs:
        return edges, []

    def columns_at(y: float) -> list[float]:
        return sorted(v["x0"] for v in vs if v["top"] - tol <= y <= v["bottom"] + tol)

    def open_gap(y: float, a: float, b: float, xs: list[float]) -> bool:
        if not 0 < b - a <= RULE_GAP_MAX:
            return False
        if any(a + tol < x < b - tol for x in xs):
            return False  # a column rule stands in the gap: the rule stops at it by design
        if any(abs(x - a) <= tol for x in xs) and any(abs(x - b) <= tol for x in xs):
            return False  # from column rule to column rule: a cell drawn spanning
        return not crossed(y, a, b)

    def crossed(y: float, a: float, b: float) -> bool:  # through a word's middle, not its top or foot
        return any(top + (bottom - top) / 4 < y < bottom - (bottom - top) / 4 and x0 < b and x1 > a
                   for x0, top, x1, bottom in boxes)

    def rows_apart(y: float, a: float, b: float, above: float, below: float) -> bool:
        """A cell from column rule to column rule with no rule at `y` whose words stand in two
        rows: the words over y and those under it a blank line or more apart, and the first
        line under y level with a first line of another column's cell in that row (the rule
        between two dark fills, or two pale ones, that the scan did not see)."""
        inside = [bx for bx in boxes if bx[0] >= a - tol and bx[2] <= b + tol and above < (bx[1] + bx[3]) / 2 < below]
        over = [bx for bx in inside if bx[3] <= y + tol]
        under = [bx for bx in inside if bx[1] >= y - tol]
        if not over or not under or len(over) + len(under) < len(inside) or crossed(y, a, b):
            return False
        last, first = max(over, key=lambda bx: bx[3]), min(under, key=lambda bx: bx[1])
        height = max(last[3] - last[1], first[3] - first[1])
        if first[1] - last[3] < height:
            return False  # lines of one text wrapped in a spanning cell
        return any(abs(bx[1] - first[1]) <= tol and (bx[2] <= a or bx[0] >= b) and y - tol < bx[1] < below
                   and not any(y - tol < o[1] < bx[1] - tol and o[0] < bx[2] and o[2] > bx[0] for o in boxes)
                   for bx in boxes)

    added: list[Edge] = []
    rows: list[list[Edge]] = []
    for h in hs:
        if rows and abs(h["top"] - rows[-1][0]["top"]) <= tol:
            rows[-1].append(h)
        else:
            rows.append([h])
    for row in rows:
        y = row[0]["top"]
        xs = columns_at(y)
        if len(xs) < 2:
            continue
        row.sort(key=lambda e: e["x0"])
        for left, right in zip(row, row[1:], strict=False):
            if open_gap(y, left["x1"], right["x0"], xs):
                added.append(edge(left["x1"], y, right["x0"], y, "bridged"))
        above = max((r[0]["top"] for r in rows if r[0]["top"] < y - tol), default=y)
        below = min((r[0]["top"] for r in rows if r[0]["top"] > y + tol), default=y)
        for a, b in zip(xs, xs[1:], strict=False):  # a whole cell's width with no rule: two cells, by their words?
            if b - a > tol and not any(h["x0"] < b - tol and h["x1"] > a + tol for h in row) \
                    and above < y < below and rows_apart(y, a, b, above, below):
                added.append(edge(a, y, b, y, "bridged"))
        first, last = row[0], row[-1]
        before = [x for x in xs if x < first["x0"] - tol / 3]
        if before and open_gap(y, before[-1], first["x0"], xs):
            added.append(edge(before[-1], y, first["x0"], y, "bridged"))
        after = [x for x in xs if x > last["x1"] + tol / 3]
        if after and open_gap(y, last["x1"], after[0], xs):
            added.append(edge(last["x1"], y, after[0], y, "bridged"))
    return (merge(edges + added) if added else edges), added


NESTED_TOUCH = 1.0  # points: rulings this close meet (far less than SNAP: a nested grid's frame sits ~3 pt in)
NESTED_MAX_EDGES = 3000  # a page with more rulings than this (a chart, a map) is not searched for nested grids


def apart_nested(edges: list[Edge]) -> list[list[Edge]]:
    """The page's (unmerged) rulings in groups to be merged and read apart: the rulings of a grid drawn
    inside a cell of another (a table of actions in the 'What we will do' cell beside its priority's
    banner) apart from those of the grid around it. Its frame sits a few points inside the cell's
    rules, within the snap tolerance, so merging them all together snaps the inner frame onto the
    cell and joins both grids into one, whose rows then cut the inner rows wrong. A nested grid is a
    set of rulings touching each other (not the outer ones) that draws two rows and two columns at
    least, inside the box of another such set; one group (all the rulings) when there is none."""
    if len(edges) > NESTED_MAX_EDGES:
        return [edges]
    parts = [q for p in _touching(edges) for q in _cell_grids(p)]
    boxes = [_box(p) for p in parts]
    inner = {k for k, p in enumerate(parts) if _grid_like(p) and any(
        j != k and _grid_like(parts[j], 2) and _inside(boxes[k], boxes[j]) for j in range(len(parts)))}
    # (a grid _cell_grids found filling its cell edge to edge is nested though it touches the frame)
    inner |= {k for k, p in enumerate(parts) if getattr(p, "in_cell", False)}
    if not inner:
        return [edges]
    rest = [e for k, p in enumerate(parts) if k not in inner for e in p]
    return [rest, *(parts[k] for k in sorted(inner))]


class _CellGrid(list):
    """The rulings of a grid _cell_grids found inside one cell of the grid around it."""
    in_cell = True


NESTED_SPAN = 2.0  # points: a rule reaching this close to both sides of its grid runs across the whole grid


def _cell_grids(part: list[Edge]) -> list[list[Edge]]:
    """A set of touching rulings split into the grid around and the grids filling its cells: a grid
    nested in a cell with no margin (LibreOffice draws a Word table nested in a cell flush with the
    cell's right rule and its last row on the cell's bottom rule) touches the rules around it, so
    _touching joins both. The outer grid's own rules run across the whole of it (its frame, the rules
    between its rows and columns); set those aside and each nested grid is a set of rulings touching
    each other, drawing two rows and two columns at least, inside one cell of the outer grid. A
    table whose rules all run across it, or whose short rules cross its long ones (a header cell
    over sub-columns), gives none: [part] as it is."""
    x0, top, x1, bottom = _box(part)
    t = NESTED_SPAN
    across = {id(e) for e in part if e["orientation"] == "h" and e["x0"] <= x0 + t and e["x1"] >= x1 - t
              or e["orientation"] == "v" and e["top"] <= top + t and e["bottom"] >= bottom - t}
    rows = sorted({e["top"] for e in part if id(e) in across and e["orientation"] == "h"})
    cols = sorted({e["x0"] for e in part if id(e) in across and e["orientation"] == "v"})
    if len(rows) < 3 or len(cols) < 2:
        return [part]
    short = [e for e in part if id(e) not in across]
    grids = [g for g in _touching(short) if _grid_like(g) and _in_one_cell(_box(g), rows, cols)]
    if not grids:
        return [part]
    taken = {id(e) for g in grids for e in g}
    return [[e for e in part if id(e) not in taken], *(_CellGrid(g) for g in grids)]


def _in_one_cell(box: BBox, rows: list[float], cols: list[float]) -> bool:
    """Does the box lie between two neighbouring row rules and two neighbouring column rules (up to
    NESTED_SPAN over them), crossing none, and stand clear of the cell's rule on its left or its
    right (more than SNAP: the cell's padding)? A grid whose rows run from the cell's left rule to
    its right one divides the cell (a table's merged cells): one grid with the rules around it."""
    t = NESTED_SPAN
    within = rows[0] - t <= box[1] and box[3] <= rows[-1] + t and cols[0] - t <= box[0] and box[2] <= cols[-1] + t
    if not within or any(box[1] + t < y < box[3] - t for y in rows) or any(box[0] + t < x < box[2] - t for x in cols):
        return False
    left = max(x for x in cols if x <= box[0] + t)
    right = min(x for x in cols if x >= box[2] - t)
    return box[0] - left > SNAP or right - box[2] > SNAP


def _touching(edges: list[Edge]) -> list[list[Edge]]:
    """Connected sets of rulings that meet or run on into each other within NESTED_TOUCH."""
    parent = list(range(len(edges)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    t = NESTED_TOUCH
    order = sorted(range(len(edges)), key=lambda i: edges[i]["x0"])  # (a sweep from left to right)
    for n, i in enumerate(order):
        a = edges[i]
        for j in order[n + 1:]:
            b = edges[j]
            if b["x0"] - t > a["x1"]:
                break
            if a["top"] - t <= b["bottom"] and b["top"] - t <= a["bottom"]:
                parent[find(i)] = find(j)
    groups: dict[int, list[Edge]] = {}
    for i, e in enumerate(edges):
        groups.setdefault(find(i), []).append(e)
    return list(groups.values())


def _box(edges: list[Edge]) -> BBox:
    return (min(e["x0"] for e in edges), min(e["top"] for e in edges), max(e["x1"] for e in edges),
            max(e["bottom"] for e in edges))


def _grid_like(edges: list[Edge], lines: int = 3) -> bool:
    """Rulings drawing `lines` distinct horizontal and vertical rules at least (3: two rows, two columns)."""
    hs = {round(e["top"]) for e in edges if e["orientation"] == "h"}
    vs = {round(e["x0"]) for e in edges if e["orientation"] == "v"}
    return len(hs) >= lines and len(vs) >= lines


def _inside(box: BBox, outer: BBox) -> bool:
    """Strictly inside: a nested grid stands clear of the outer grid's frame on every side."""
    return box[0] > outer[0] and box[1] > outer[1] and box[2] < outer[2] and box[3] < outer[3]
