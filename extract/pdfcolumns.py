"""A PDF page set in two text columns (a newsletter's or a report's layout), read column by column.

Read across, two columns of prose look like a borderless table of two columns, and a list that
runs down the left column and goes on at the top of the right one is cut in pieces. A person sees
the columns by the gutter: a vertical strip near the middle of the page that no word crosses,
from the first line with text on both sides of it to the end of the page (or to a banner or footer
line set across the page at its foot, read with the page's other lines), with lines of running
text on both sides, of about equal width, whose paragraphs start at different heights (a table's
rows start side by side). Such a page is read as the lines above the columns (a title across
the page), then the left column, then the right one, each through the table engine on its own.

Reading order is given to the rest of the reader by the paragraphs' and tables' `top`: the right
column's are given tops after the left column's last (the order a reader follows; a paragraph's
line number there is that order, not its height on the page).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from planx.extract.pdfborderless import CAPTION
from planx.extract.pdfgeom import Line, Word, text_lines
from planx.extract.pdftables import FoundTable, PageLayout

Paragraphs = tuple[Any, ...]  # (top, text, heading, …) as extract/pdf.py's paragraphs_of makes them

_MIN_GUTTER = 8.0  # points: narrower gaps are word spaces or a table's tight column gap
_MIN_LINES = 6  # lines of text on each side
_ALIGNED = 1.5  # points: paragraph starts this close are side by side (a table's row)
_FOOTER_LINES = 2  # lines across the gutter at the foot of the body, under the columns, at most


@dataclass
class Columns:
    gutter: tuple[float, float]  # x range no word crosses
    top: float  # where the columns start (the first line with text on both sides)
    bottom: float


def _widest_gap(covered: list[bool], lo: int) -> tuple[float, float] | None:
    best: tuple[float, float] | None = None
    start = None
    for i, c in enumerate(covered + [True]):
        if not c and start is None:
            start = i
        elif c and start is not None:
            if i - start >= _MIN_GUTTER and (best is None or i - start > best[1] - best[0]):
                best = (float(lo + start), float(lo + i))
            start = None
    return best


def _spans_centre(line: Line, width: float, left: float = 0.0) -> bool:
    """A line set across the middle of the page (of the part from `left`, `width` wide), well into
    both halves (a banner, a footer)."""
    return line.x0 < left + 0.4 * width and line.x1 > left + 0.6 * width


def find_gutter(lines: list[Line], width: float, body: tuple[float, float] = (0.0, float("inf")),
                start: float = 0.0, least: int = _MIN_LINES,
                drawn: Sequence[dict[str, Any]] = ()) -> Columns | None:
    """The gutter between two text columns, or None: a strip in the middle of the page that no
    word crosses from the bottom of the page up to a line set across it (a title), with lines of
    text on both sides. `body`: the heights between the page's margins; `start`, `width`: the part
    of the page searched (from x `start`: a side of a page in three columns). `least`: lines of
    text on each side, at least (a side holding a short table has few). `drawn`: rules and shading
    that close the strip where they run, as words do (a table's rules cross its column gaps; only
    a gap between two drawings is a gutter), each from the first line at or over its top."""
    if len(lines) < least:
        return None  # (a line each side at one height reads as one line: the sides are counted below)
    lo, hi = int(start + 0.3 * width), int(start + 0.7 * width)
    covered = [False] * (hi - lo)
    gap: tuple[float, float] | None = None
    top = None
    footer: list[Line] = []  # lines set across the page's foot, under the columns (a banner)
    notes = footnotes(lines, body)
    shapes = sorted((d for d in drawn if d["x1"] - d["x0"] > d["bottom"] - d["top"] and d["top"] <= body[1]),
                    key=lambda d: d["top"])  # across, inside the body: upright rules part, not join
    for ln in sorted(lines, key=lambda ln: -ln.top):  # bottom up
        if not body[0] <= ln.top <= body[1]:
            continue  # a running head or page number may be set across the gutter
        if gap is None and id(ln) in notes:
            footer.append(ln)  # the page's footnotes, across it under the columns
            continue
        if gap is None and len(footer) < _FOOTER_LINES + len(notes) and _spans_centre(ln, width, start):
            footer.append(ln)  # a line across the page's foot (a banner): under them
            continue
        while shapes and shapes[-1]["top"] >= ln.top:
            d = shapes.pop()
            for x in range(max(int(d["x0"]), lo), min(int(d["x1"]) + 1, hi)):
                covered[x - lo] = True
        for w in ln.words:
            for x in range(max(int(w.x0), lo), min(int(w.x1) + 1, hi)):
                covered[x - lo] = True
        now = _widest_gap(covered, lo)
        if now is None:
            break
        gap, top = now, ln.top
    if gap is None or top is None:
        return None
    strip = gap

    def across(ln: Line) -> bool:
        return any(w.x0 < strip[1] and w.x1 > strip[0] for w in ln.words)
    # a line taken for a footer whose words stand on both sides of the gutter and none in it is the
    # columns' last lines at one height (a designed page's baseline grid sets them side by side, read
    # as one line): theirs; the footer starts at the first line that runs over the gutter
    under = min((ln.top for ln in footer if across(ln)), default=float("inf"))
    for ln in sorted((ln for ln in lines if ln.top < top), key=lambda ln: -ln.top):
        if across(ln):
            break  # a title across the page, or a running head: above the columns
        top = ln.top  # a line of the columns in the top margin
    top = _past_paragraph_end(lines, top, across)
    # the columns' lines: not a footer or page number set across the gutter in the bottom margin
    below = [ln for ln in lines if top <= ln.top < under and not (ln.top > body[1] and across(ln))]
    # text on both sides (each column's lines have their own heights: a line of each side apart)
    left = [ln for ln in below if any(w.x1 <= gap[0] for w in ln.words)]
    right = [ln for ln in below if any(w.x0 >= gap[1] for w in ln.words)]
    if len(left) < least or len(right) < least:
        return None
    return Columns(gap, min(ln.top for ln in below), max(ln.bottom for ln in below))


_NOTE_SIZE = 0.9  # footnotes are set smaller than the page's running text: at most this share of its size
_NOTE_WHITE = 1.0  # line heights of white at least between the text and the notes under it


def footnotes(lines: list[Line], body: tuple[float, float] = (0.0, float("inf"))) -> set[int]:
    """ids of the lines of the page's footnotes: the lines at the foot of its body set smaller than
    its running text (`_NOTE_SIZE`), set apart from the text above them by white. A report set in
    two columns prints its notes across the page under both; they are no line of either column."""
    inside = sorted((ln for ln in lines if body[0] <= ln.top <= body[1]), key=lambda ln: ln.top)
    if len(inside) < 2 * _MIN_LINES:
        return set()
    text = sorted(ln.size for ln in inside)[len(inside) // 2]
    notes: list[Line] = []
    for ln in reversed(inside):
        if ln.size > _NOTE_SIZE * text:
            break
        notes.append(ln)
    if not notes or len(notes) == len(inside):
        return set()
    above = inside[len(inside) - len(notes) - 1]
    if notes[-1].top - above.bottom < _NOTE_WHITE * above.size:
        return set()  # smaller type running on from the text: a caption or a small table's rows, no notes
    return {id(ln) for ln in notes}


def _past_paragraph_end(lines: list[Line], top: float, across: Callable[[Line], bool]) -> float:
    """The columns' top, less the last line of a paragraph set across the page above them (a
    figure's caption whose short last line stops short of the gutter): a line at its paragraph's
    leading under the line across, in its type size and starting at its left edge, is its end."""
    head = max((ln for ln in lines if ln.top < top and across(ln)), key=lambda ln: ln.top, default=None)
    first = min((ln for ln in lines if ln.top >= top), key=lambda ln: ln.top, default=None)
    if head is None or first is None or first.top != top:
        return top
    if first.top - head.bottom <= 0.5 * head.size and abs(first.size - head.size) < 0.5 \
            and abs(first.x0 - head.x0) <= 1.0:
        return min((ln.top for ln in lines if ln.top > first.top), default=top)
    return top


def paragraph_starts(lines: list[Line]) -> list[float]:
    """Tops of the lines that start a block: after a gap wider than half a line."""
    starts, prev = [], None
    for ln in lines:
        if prev is None or ln.top - prev.bottom > 0.5 * ln.size:
            starts.append(ln.top)
        prev = ln
    return starts


_EQUATION_NUMBER = re.compile(r"^\(\d{1,3}[a-z]?\)$")  # '(12)', '(3a)': a display equation's number


def _beyond_marker(line: Line) -> list[list[Word]]:
    """A line's segments, a list marker set apart before its text ('•', '12.') or a caption's label
    ('Table 3', 'Fig. 2') not counted, nor a
    display equation's number set apart at the column's right ('(26)': a paper's column of text)."""
    segments = line.segments or [line.words]
    first = " ".join(w.text for w in segments[0])
    if len(segments) > 1 and (len(first) <= 3 or CAPTION.fullmatch(first) is not None):
        segments = segments[1:]
    if len(segments) > 1 and _EQUATION_NUMBER.match(" ".join(w.text for w in segments[-1])):
        segments = segments[:-1]
    return segments


def _formula_line(line: Line) -> bool:
    """A line of a display formula, whose gaps are no table's columns: an '=' in it, or letters of
    the mathematical alphabets (U+1D400 to U+1D7FF: '𝜙', '𝜕', '𝛾')."""
    return "=" in line.text or any(0x1D400 <= ord(ch) <= 0x1D7FF for ch in line.text)


_INSET_GAP = 2  # single-segment lines at most between two rows of a table set in a column (a wrapped label)
_INSET_SHARE = 0.4  # of a side's lines: an inset table takes fewer, running text the rest


def _without_inset_table(side: list[Line]) -> list[Line]:
    """A side's lines less a table set in the column (a few rows of 'Weekly | $71.15' between
    paragraphs): the longest run of lines with several segments, a wrapped line or two between
    them, when it takes less than `_INSET_SHARE` of the side and running text stands above or
    below it. A side that is several columns all the way down keeps all its lines."""
    multi = [i for i, ln in enumerate(side) if len(_beyond_marker(ln)) > 1]
    if len(multi) < 2:
        return side
    runs: list[list[int]] = [[multi[0]]]
    for i in multi[1:]:
        if i - runs[-1][-1] <= _INSET_GAP + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    run = max(runs, key=len)
    lo, hi = run[0], run[-1] + 1
    if len(run) < 2 or hi - lo > _INSET_SHARE * len(side) or len(side) - (hi - lo) < _MIN_LINES:
        return side
    return side[:lo] + side[hi:]


_RULE_SHARE = 0.5  # of a side's width: a rule this long within one side bounds a table set in that column


def _rule_runs(rules: Sequence[dict[str, Any]]) -> list[tuple[float, float, float]]:
    """The horizontal rules as (y, x0, x1), pieces drawn end to end at one height joined (a rule
    drawn a cell at a time)."""
    flat = sorted(((e["top"] + e["bottom"]) / 2, e["x0"], e["x1"]) for e in rules
                  if e["x1"] - e["x0"] > e["bottom"] - e["top"])
    runs: list[list[float]] = []
    for y, a, b in sorted(flat, key=lambda r: (round(r[0]), r[1])):
        last = runs[-1] if runs else None
        if last is not None and abs(last[0] - y) <= 1.0 and a <= last[2] + 1.0:
            last[2] = max(last[2], b)
        else:
            runs.append([y, a, b])
    return [(round(y, 1), a, b) for y, a, b in runs]


def _ruled_spans(side: list[Line], rules: Sequence[dict[str, Any]]) -> list[tuple[float, float]]:
    """The heights a table set in this column takes, as its horizontal rules show (a journal's
    booktabs table: a rule above and under its heading and one at its foot, no upright rules):
    from each rule drawn within the side's width (half of it or more, not reaching the other
    side) to the last such rule below it that has the side's lines between them. A rule across
    the gutter is no column's (ruled_across)."""
    if not side:
        return []
    x0, x1 = min(ln.x0 for ln in side), max(ln.x1 for ln in side)
    slack = 2 * _EDGE_SLACK + 2  # a rule drawn a little past the text's edges
    ys = sorted({y for y, a, b in _rule_runs(rules) if a >= x0 - slack and b <= x1 + slack
                 and b - a >= _RULE_SHARE * (x1 - x0)})
    if len(ys) < 2:
        return []
    # rules a table's lines follow closely (its heading's rules, its foot) are one table's; a gap
    # of running text with no rule for many lines parts two tables
    size = sorted(ln.size for ln in side)[len(side) // 2]
    spans: list[tuple[float, float]] = []
    start = prev = ys[0]
    for y in ys[1:]:
        between = [ln for ln in side if prev < ln.top and ln.bottom < y]
        if any(len(_beyond_marker(ln)) > 1 for ln in between) or y - prev <= 3 * size:
            prev = y  # the table's rows go on to this rule
            continue
        if prev > start:
            spans.append((start, prev))
        start = prev = y
    if prev > start:
        spans.append((start, prev))
    return spans


_FILL_JOIN = 3.0  # points: fills this close, one under another, are one table's rows


def _filled_spans(side: list[Line], fills: Sequence[dict[str, Any]], lo: float, hi: float) -> list[tuple[float, float]]:
    """The heights a table drawn with fills only takes in this column (a designed action table: a
    dark heading band, rows shaded in turn, no rules): fills within the column (between `lo` and
    `hi`: short of the other side's text), half its text's width or wider, one under another, that
    hold lines of the side with several segments (a table's rows). A band that crosses to the other
    side is no column's."""
    if not side:
        return []
    x0, x1 = min(ln.x0 for ln in side), max(ln.x1 for ln in side)
    own = sorted((f for f in fills if not f.get("mark") and f["x0"] >= lo - 2 * _EDGE_SLACK
                  and f["x1"] <= hi + 2 * _EDGE_SLACK
                  and min(f["x1"], x1) - max(f["x0"], x0) >= _RULE_SHARE * (x1 - x0)), key=lambda f: f["top"])
    runs: list[list[float]] = []
    for f in own:
        if runs and f["top"] <= runs[-1][1] + _FILL_JOIN:
            runs[-1][1] = max(runs[-1][1], f["bottom"])
        else:
            runs.append([f["top"], f["bottom"]])
    return [(a, b) for a, b in runs
            if sum(1 for ln in side if a - 1 <= ln.top and ln.bottom <= b + 1 and len(_beyond_marker(ln)) > 1) >= 2]


_LINED_UP = 2  # other lines at least with a segment edge at the same place: a column's gutter, not a wide space
_WIDE_GAP = 2.0  # ems: a gap this wide lines up with one other line's to be a column's (no space is so wide)
_EDGE_TOL = 2.0  # points: segment edges this close line up


# a separator set between a sentence's parts ('Lead: … | Timescale: … | RAG: G'): justified text widens
# the spaces round it into gaps, but a lone mark of these is no table's cell
_SEPARATOR_MARKS = frozenset({"|", "¦", "·"})


def _gap_edges(line: Line) -> list[tuple[float, float]]:
    """Where a line's segments after the first start and where those before a gap end; a segment
    that is a lone separator mark (_SEPARATOR_MARKS) is part of the text around it, no column's."""
    segs: list[list[Word]] = []
    mark_before = False
    for seg in _beyond_marker(line):
        mark = " ".join(w.text for w in seg) in _SEPARATOR_MARKS
        if segs and (mark or mark_before):
            segs[-1] = segs[-1] + seg
        else:
            segs.append(seg)
        mark_before = mark
    return [(a[-1].x1, b[0].x0) for a, b in zip(segs, segs[1:], strict=False)]


def _lined_up_gaps(lines: list[Line]) -> list[Line]:
    """The lines with a gap between segments whose edge (where the text after it starts, or where
    the text before it ends) lines up with a gap's in `_LINED_UP` other lines or more: a table's
    columns start (or end) at one place down its rows. Justified running text opens wide spaces
    too (after a full stop, in a narrow column, around a formula's symbols), each at its own place.
    A gap `_WIDE_GAP` ems wide or more (no word space) needs one other line's only."""
    gapped = [(ln, _gap_edges(ln)) for ln in lines if not _formula_line(ln)]
    gapped = [(ln, gs) for ln, gs in gapped if gs]
    out = []
    for i, (ln, gs) in enumerate(gapped):
        need = 1 if any(b - a >= _WIDE_GAP * ln.size for a, b in gs) else _LINED_UP
        if sum(1 for j, (_, other) in enumerate(gapped) if j != i and any(
                abs(a - c) <= _EDGE_TOL or abs(b - d) <= _EDGE_TOL for a, b in gs for c, d in other)) >= need:
            out.append(ln)
    return out


_INDENT_BLOCK = 3  # lines at least, one after another, at one indent: a block set in from the column's edge


def _at_left_edges(lines: list[Line], edge: float) -> int:
    """How many of a column's lines start at one of its left edges: the column's own (bullets and
    indents aside, within two letter heights), or the edge of an indented block, a list or a box set
    in from it: `_INDENT_BLOCK` lines or more one after another down the column, each starting within
    a point of the one before, as a column's lines do. (A table's or a chart's labels start at
    several edges by turns, few of them one after another at the same one.) `edge`: the column's."""
    down = sorted(lines, key=lambda ln: ln.top)
    n, run = 0, 0
    for k, ln in enumerate(down):
        if ln.x0 - edge <= 2 * ln.size:
            n, run = n + 1, 0
            continue
        run = run + 1 if k and run and abs(ln.x0 - down[k - 1].x0) <= 1.0 else 1
        if run == _INDENT_BLOCK:
            n += _INDENT_BLOCK  # the run's lines so far
        elif run > _INDENT_BLOCK:
            n += 1
    return n


def looks_like_prose_columns(left: list[Line], right: list[Line], rules: Sequence[dict[str, Any]] = (),
                             fills: Sequence[dict[str, Any]] = ()) -> bool:
    """Running text on both sides, of about equal width, whose blocks start at different
    heights: two text columns, not a two-column table. `rules`: the page's rulings; a table
    set in one column between rules within it (`_ruled_spans`) is that column's, however long;
    `fills`: the page's shading; so is a table drawn with fills only inside one column
    (`_filled_spans`)."""
    if len(left) < _MIN_LINES or len(right) < _MIN_LINES:
        return False
    widths = [max(ln.x1 for ln in side) - min(ln.x0 for ln in side) for side in (left, right)]
    if min(widths) < 0.6 * max(widths):
        return False
    words_per_line = [sum(len(ln.words) for ln in side) / len(side) for side in (left, right)]
    if min(words_per_line) < 3:
        return False
    owned = ((float("-inf"), min(ln.x0 for ln in right)), (max(ln.x1 for ln in left), float("inf")))
    for side, (lo, hi) in zip((left, right), owned, strict=True):
        # one column of text a side: its lines run without a wide gap inside (a table's side has
        # several columns) and start at one left edge (bullets and indents aside); a small table
        # set in the column, its lines together between paragraphs, is the column's own, and so
        # is a table between rules drawn within the column, however much of it it takes
        spans = _ruled_spans(side, rules) + _filled_spans(side, fills, lo, hi)
        rest = _without_inset_table([ln for ln in side if not any(a - 1 <= ln.top and ln.bottom <= b + 1
                                                                  for a, b in spans)])
        if len(_lined_up_gaps(rest)) > 0.1 * len(rest):
            return False
        if rest and _at_left_edges(rest, min(ln.x0 for ln in side)) < 0.6 * len(rest):
            return False
    starts_left, starts_right = paragraph_starts(left), paragraph_starts(right)
    # a table's rows start side by side, each block on one side beside one on the other; text
    # columns line up now and then (one leading, one paragraph spacing), not throughout
    beside = sum(1 for t in starts_left if any(abs(t - u) <= _ALIGNED for u in starts_right))
    return beside < 0.8 * max(len(starts_left), len(starts_right)) or same_blocks(left, right)


_LABEL = re.compile(r"^([A-Z][A-Za-z/&' ]{0,24}?):(?:\s|$)")  # 'Lead:', 'Timescale:', 'By when:'
_SAME_LABELS = 2  # labels at least each side repeats, in one order


def line_labels(side: list[Line]) -> list[str]:
    """The labels the side's lines open with ('Lead:' → 'lead'), top down."""
    out = []
    for ln in sorted(side, key=lambda ln: ln.top):
        m = _LABEL.match(ln.text.strip())
        if m and len(m.group(1).split()) <= 3:
            out.append(m.group(1).strip().lower())
    return out


def same_blocks(left: list[Line], right: list[Line]) -> bool:
    """Blocks of one design set side by side (a grid of action blocks: an icon, a bold title, a short
    paragraph, then 'Lead: …' and 'Timescale: …' lines): their lines line up as a table's rows would,
    but each side opens the same labelled lines in the same order (`_SAME_LABELS` labels or more, each
    side's own), where a table's columns hold different things side by side. Each side is a column
    of its own blocks."""
    a, b = line_labels(left), line_labels(right)
    if len(set(a)) < _SAME_LABELS or len(set(b)) < _SAME_LABELS:
        return False
    short, long_ = sorted((a, b), key=len)
    return long_[:len(short)] == short


def ruled_across(edges: list[dict[str, Any]], cols: Columns, lines: list[Line] | None = None,
                 height: float = 0.0) -> bool:
    """Does a ruling run in the gutter or across it, between the columns' top and bottom? Then
    the two sides are a ruled table's columns, not text columns. `lines`, `height`: the page's
    lines and height; a rule across in the page's top or bottom band (`_FURNITURE_BAND`) with no
    more than a masthead's or a footer's lines beyond it (`_FURNITURE_LINES` on each side of the
    gutter) parts the page's head or foot from the columns, not two cells."""
    a, b = cols.gutter
    for e in edges:
        if e["bottom"] < cols.top or e["top"] > cols.bottom:
            continue
        if e["x1"] - e["x0"] <= e["bottom"] - e["top"]:  # upright: a ruling in the gutter
            if e["x0"] <= b and e["x1"] >= a and not _box_side(e, edges) and not _column_rule(e, edges, cols):
                return True
        elif e["x0"] < a - _EDGE_SLACK and e["x1"] > b + _EDGE_SLACK:
            # a ruling across the gutter, into both sides (a rule under one column's heading or
            # box, ending at the gutter's edge, is that column's own)
            if lines is None or not _head_or_foot_rule(e, cols, lines, height):
                return True
    return False


_CORNER = 2.0  # points: a box's sides meet within this


def _box_side(upright: dict[str, Any], edges: list[dict[str, Any]]) -> bool:
    """Is an upright rule in the gutter the side of a box drawn round a block of one column (a form
    boxed in the left column, its right side near the gutter)? The rules along its top and bottom run
    from it to one side only, the same one: the box closes there. A table's column rule is crossed by
    its row rules, or meets none."""
    x = (upright["x0"] + upright["x1"]) / 2

    def sides_at(y: float) -> set[str]:
        found = set()
        for h in edges:
            if h["x1"] - h["x0"] <= h["bottom"] - h["top"] or abs((h["top"] + h["bottom"]) / 2 - y) > _CORNER \
                    or not h["x0"] - _CORNER <= x <= h["x1"] + _CORNER:
                continue
            found.add("left" if h["x1"] <= x + _CORNER else "right" if h["x0"] >= x - _CORNER else "across")
        return found
    ends = [sides_at(upright["top"]), sides_at(upright["bottom"])]
    return all(len(end) == 1 and "across" not in end for end in ends) and ends[0] == ends[1]


_COLUMN_RULE_SHARE = 0.5  # of the columns' height: a rule set between text columns runs down this much of it


def _column_rule(upright: dict[str, Any], edges: list[dict[str, Any]], cols: Columns) -> bool:
    """Is an upright rule in the gutter a column rule (a newspaper's or a Word section's line
    between its text columns), not a table's? It runs down much of the columns' height
    (`_COLUMN_RULE_SHARE`) and no rule across meets or crosses it anywhere along it: a table's
    column rule meets its row rules or its frame. Whether the two sides read as running text, not
    a table's cells, the caller weighs after (looks_like_prose_columns)."""
    if upright["bottom"] - upright["top"] < _COLUMN_RULE_SHARE * (cols.bottom - cols.top):
        return False
    x = (upright["x0"] + upright["x1"]) / 2
    return not any(h["x1"] - h["x0"] > h["bottom"] - h["top"] and h["x0"] - _CORNER <= x <= h["x1"] + _CORNER
                   and upright["top"] - _CORNER <= (h["top"] + h["bottom"]) / 2 <= upright["bottom"] + _CORNER
                   for h in edges)


_ROW_BANDS = 2  # shaded bands across the gutter, text on both sides in each, at least: a table's rows
_BAND_LINES_MAX = 5  # body lines: a band this tall at most (a table's row; a shaded box of two columns is taller)


def filled_across(fills: Sequence[dict[str, Any]], cols: Columns, words: list[Word]) -> bool:
    """Do shaded bands run across the gutter, between the columns' top and bottom, each holding
    words on both sides of it (`_ROW_BANDS` or more, each no taller than `_BAND_LINES_MAX` lines:
    a fill-only table's heading band and shaded rows set across the page)? Then the two sides are
    that table's columns (its column gap in line with the text columns' gutter), as a rule across
    shows for a ruled one."""
    return len(_bands_across(fills, cols, words)) >= _ROW_BANDS


def _bands_across(fills: Sequence[dict[str, Any]], cols: Columns, words: list[Word]) -> list[dict[str, Any]]:
    """The shaded bands filled_across counts: a table's rows across the gutter."""
    if not words:
        return []
    a, b = cols.gutter
    size = sorted(w.size for w in words)[len(words) // 2]
    rows = []
    for f in fills:
        if f.get("mark") or f["x0"] >= a - _EDGE_SLACK or f["x1"] <= b + _EDGE_SLACK:
            continue
        if f["bottom"] < cols.top or f["top"] > cols.bottom or f["bottom"] - f["top"] > _BAND_LINES_MAX * 1.2 * size:
            continue
        inside = [w for w in words if f["top"] <= (w.top + w.bottom) / 2 <= f["bottom"] and f["x0"] <= w.x0 <= f["x1"]]
        if any(w.x1 <= a for w in inside) and any(w.x0 >= b for w in inside):
            rows.append(f)
    return rows


def under_filled_table(fills: Sequence[dict[str, Any]], cols: Columns, words: list[Word],
                       lines: list[Line]) -> Columns | None:
    """The text columns under a fill-only table set across them (filled_across), or None: a shaded
    table's extent is its fills, so the columns that go on under its last shaded row (no band
    across the gutter below it) start there; what stands above, the table with it, is no column's."""
    bands = _bands_across(fills, cols, words)
    if len(bands) < _ROW_BANDS:
        return None
    end = max(f["bottom"] for f in bands)
    under = [ln for ln in lines if end <= ln.top <= cols.bottom]
    if len(under) < _MIN_LINES:
        return None
    return replace(cols, top=min(ln.top for ln in under))


_FURNITURE_LINES = 2  # lines a side at most above a masthead's rule (or below a footer's)
_FURNITURE_BAND = 0.15  # of the page's height: a masthead's or a footer's rule stands this near its edge


def _head_or_foot_rule(e: dict[str, Any], cols: Columns, lines: list[Line], height: float) -> bool:
    """A rule across the page near its top with at most `_FURNITURE_LINES` lines of either column
    above it (a masthead: title, issue, publisher), or near its foot with as few below it (a
    footer: web address, catalogue number)."""
    a, b = cols.gutter
    y = (e["top"] + e["bottom"]) / 2
    if _FURNITURE_BAND * height < y < (1 - _FURNITURE_BAND) * height:
        return False
    inside = [ln for ln in lines if cols.top - 0.5 <= ln.top and ln.bottom <= cols.bottom + 0.5]
    for beyond in ([ln for ln in inside if ln.bottom <= y], [ln for ln in inside if ln.top >= y]):
        left = sum(1 for ln in beyond if any(w.x1 <= a for w in ln.words))
        right = sum(1 for ln in beyond if any(w.x0 >= b for w in ln.words))
        if max(left, right) <= _FURNITURE_LINES:
            return True
    return False


_EDGE_SLACK = 1.0  # points: a rule drawn to a column's edge may reach a point into the gutter


@dataclass
class ColumnLayout(PageLayout):
    """A page read in text columns: `parts` are the page above the columns (and its margins),
    then each column from the left, each as the table engine read it."""
    parts: list[PageLayout] = field(default_factory=list)
    cols: Columns | None = None

    def in_reading_order(self, paragraphs: Callable[[list[Line]], list[Paragraphs]]
                         ) -> tuple[list[FoundTable], list[Paragraphs]]:
        """(tables, paragraphs) whose tops follow the reading order: each part's paragraphs made
        from its own lines (`paragraphs(lines)`: no line of one column joins the other's), the
        next columns' items given tops after the first column's last (each column's after the one
        before it), before anything below."""
        rest, left, *others = self.parts
        assert self.cols is not None
        items_rest, items_left = paragraphs(rest.free), paragraphs(left.free)
        base = max([p[0] for p in items_left] + [t.bbox[1] for t in left.tables] + [self.cols.top])
        later = [p[0] for p in items_rest if p[0] > base] + [t.bbox[1] for t in rest.tables if t.bbox[1] > base]
        end = min(later + [max(self.cols.bottom, base + 1.0)])
        right_items: list[tuple[float, Any]] = []
        for right in others:
            column: list[tuple[float, Any]] = [(p[0], p) for p in paragraphs(right.free)]
            column += [(t.bbox[1], t) for t in right.tables]
            right_items += sorted(column, key=lambda it: it[0])
        step = (end - base) / (len(right_items) + 1)
        tables, moved = rest.tables + left.tables, []
        for k, (_, item) in enumerate(right_items, 1):
            top = base + k * step
            if isinstance(item, FoundTable):
                tables.append(replace(item, bbox=(item.bbox[0], top, item.bbox[2], top + step / 2)))
            else:
                moved.append((top, *item[1:]))
        return tables, sorted(items_rest + items_left + moved, key=lambda p: p[0])


_BAND_LINES = 2.0  # line heights: white across the page this tall parts the columns from a figure under them


def _white_bands(cols: Columns, lines: list[Line]) -> list[float]:
    """Where the columns may end above something set across both that keeps the gutter clear
    (a figure of charts side by side, their labels no running text): the tops of bands of white
    across the page `_BAND_LINES` line heights tall or more, bottom up."""
    body = sorted((ln for ln in lines if cols.top <= ln.top <= cols.bottom), key=lambda ln: ln.top)
    if len(body) < 2:
        return []
    size = sorted(ln.size for ln in body)[len(body) // 2]
    cuts, low = [], body[0].bottom
    for ln in body[1:]:
        if ln.top - low >= _BAND_LINES * size:
            cuts.append(low)
        low = max(low, ln.bottom)
    return cuts[::-1]


def _foot_apart(lines: list[Line], margin_top: float) -> float:
    """Where the page's foot starts: the first line in the bottom margin (from `margin_top`) set
    apart from the line above it by white a line of its own tall or more (a running footer, a page
    number), or infinity. Beside one column it is no line of that column: read with the page's
    other lines, it comes after both columns, not between them (a one-page plan keeps its footer,
    which no other page repeats). A column's last line running into the margin stays the column's."""
    above: Line | None = None
    for ln in sorted(lines, key=lambda ln: ln.top):
        if ln.top >= margin_top and above is not None and ln.top - above.bottom >= ln.size:
            return ln.top
        above = ln
    return float("inf")


def read_in_columns(words: list[Word], width: float, height: float, margin: float,
                    read: Callable[[list[Word]], PageLayout], edges: list[dict[str, Any]],
                    fills: Sequence[dict[str, Any]] = ()) -> ColumnLayout | None:
    """The page read column by column (`read(words)` reads a part through the table engine) when
    it is set in two text columns; None otherwise. Lines in the top and bottom margins (running
    heads, page numbers, set across the gutter) stay where they are; so does what stands under
    the columns past a band of white across the page (_white_bands) when only the part above it
    reads as text columns."""
    lines = text_lines(words)
    cols = find_gutter(lines, width, (margin * height, (1 - margin) * height))
    if cols is None or ruled_across(edges, cols, lines, height):
        return None
    if filled_across(fills, cols, words):
        # a fill-only table across the columns: they are its columns down to its last shaded row;
        # running text in two columns under it still reads column by column
        cols = under_filled_table(fills, cols, words, lines)
        if cols is None:
            return None
    mid = (cols.gutter[0] + cols.gutter[1]) / 2
    a, b = cols.gutter
    foot = _foot_apart(lines, (1 - margin) * height)
    for bottom in [cols.bottom, *_white_bands(cols, lines)]:
        inside = [w for w in words if cols.top - 0.5 <= w.top and w.bottom <= bottom + 0.5
                  and (w.x1 <= a or w.x0 >= b) and w.top < foot]
        left_words = [w for w in inside if w.x1 <= mid]
        right_words = [w for w in inside if w.x0 >= mid]
        # a page number or footer line in the margins, beside one column, is no line of it (its
        # lines are weighed without them; they stay in the column read)
        left_body, right_body = ([ln for ln in text_lines(ws) if margin * height <= ln.top
                                  and ln.bottom <= (1 - margin) * height] for ws in (left_words, right_words))
        if looks_like_prose_columns(left_body, right_body, edges, fills):
            cols = replace(cols, bottom=bottom)
            break
    else:
        sides = _three_columns(words, cols, edges)
        if sides is None:
            return None
        inside = [w for side in sides for w in side]
        taken = {id(w) for w in inside}
        rest = read([w for w in words if id(w) not in taken])
        parts = [rest, *(read(side) for side in sides)]
        return ColumnLayout([t for part in parts for t in part.tables], [ln for part in parts for ln in part.free],
                            parts=parts, cols=cols)
    taken = {id(w) for w in inside}
    rest = read([w for w in words if id(w) not in taken])  # above the columns, and the margins
    left, right = read(left_words), read(right_words)
    return ColumnLayout([*rest.tables, *left.tables, *right.tables], [*rest.free, *left.free, *right.free],
                        parts=[rest, left, right], cols=cols)


def _three_columns(words: list[Word], cols: Columns, edges: list[dict[str, Any]]) -> list[list[Word]] | None:
    """The words of three text columns, from the left, or None: the gutter found parts a column of
    running text from a side twice as wide that has a gutter of its own in its middle (a page set in
    three columns, whose middle column may hold a small table), and each column beside the next reads
    as running text beside running text (looks_like_prose_columns)."""
    a, b = cols.gutter
    inside = [w for w in words if cols.top - 0.5 <= w.top and w.bottom <= cols.bottom + 0.5
              and (w.x1 <= a or w.x0 >= b)]
    left, right = [w for w in inside if w.x1 <= a], [w for w in inside if w.x0 >= b]
    if not left or not right:
        return None
    spans = [(min(w.x0 for w in side), max(w.x1 for w in side)) for side in (left, right)]
    wide = 0 if spans[0][1] - spans[0][0] > spans[1][1] - spans[1][0] else 1
    x0, x1 = spans[wide]
    side = (left, right)[wide]
    inner = find_gutter(text_lines(side), x1 - x0, start=x0)
    if inner is None or inner.top > cols.top + 0.5 or ruled_across(edges, inner):
        return None
    c, d = inner.gutter
    if any(w.x0 < d and w.x1 > c for w in side):
        return None  # a word across the inner gutter
    halves = [w for w in side if w.x1 <= c], [w for w in side if w.x0 >= d]
    sides = [left, *halves] if wide == 1 else [*halves, right]
    lines = [text_lines(s) for s in sides]
    if all(looks_like_prose_columns(p, q, edges) for p, q in zip(lines, lines[1:], strict=False)):
        return sides
    return None


__all__ = ["ColumnLayout", "Columns", "find_gutter", "looks_like_prose_columns", "read_in_columns"]
