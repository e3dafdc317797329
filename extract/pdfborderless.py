"""Borderless (and partly ruled) tables from text lines: where they are, their columns, their rows.

1. Areas. Lines set close together form blocks. In a block, the lines with several segments
   (runs of words set apart by a wide gap, or ended by leader dots) show the gutters: x ranges
   no segment crosses (a few heading or banner lines may). The table is the run of lines that
   keep to those gutters; running text that crosses them (two lines or more in a row) ends it,
   and is read again on its own. A gutter counts only where the text on one side of it lines up
   (left, right or centre edges over several lines, as in Nurminen's text edges) and texts
   stand on both sides of it in two lines or more.
2. Columns: cut at the middle of each gutter. A segment that crosses a gutter at a gap between
   its words is cut there; one that crosses it through a word is a cell spanning columns.
3. Rows: every text line starts a row unless the evidence says it goes on with the row above:
   - a horizontal rule between two lines always parts them (partly ruled tables);
   - in a table whose rows are set further apart than the lines inside a cell (and the text
     agrees: new cells begin after the wide gaps), the gap decides;
   - otherwise each column's text decides. A line's text in a column goes on with the cell
     above when it starts in lower case, when the line above ends with a hyphen or comma, or
     when the line above filled the column (the first word of this line would not have fitted
     on it: the renderer wrapped); it starts a new cell when it is a figure (figures do not
     wrap), when the cell above ended with leader dots, when it would have fitted on the line
     above, or when that column never wraps (no line of several words). A line with a new cell
     starts a row; a line filling only columns left empty so far joins the row (a label wrapped
     over two lines with its figures on the second).
   Cells are the rows' text per column, lines joined by newlines; a column's text going on in
   lower case across a row start is a cell merged down over those rows.
4. Heading lines stacked over a column join into one heading the same way (they wrap).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from planx.extract.pdfgeom import (
    Line,
    Word,
    broken_date,
    broken_ref,
    extent,
    is_leader,
    join_lines,
    split_by_size,
    text_lines,
)
from planx.extract.pdfrules import BBox, Edge
from planx.extract.pdftables import FoundTable, GridCell, fill_of
from planx.normalise import lexicon
from planx.normalise.dates import find_dates
from planx.normalise.periods import read_period, run_of_periods
from planx.normalise.vocab import LIST_BULLETS

MAX_LINE_GAP = 2.2  # × font size: a wider vertical gap ends a block of lines
CAPTION = re.compile(r"^\s*(?:table|figure|fig\.|chart|graph|source|sources|note|notes)\s*(?:\d+[.:]?|:)", re.I)
# a list's mark alone before a gutter: a number ('3.2', 'iv.', 'b)') or a bullet of any shape ('•', '■', '▪',
# '➢', '›' and the other glyphs of vocab.LIST_BULLETS, a dash, an asterisk): the text beside it is the item, no column
NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivxIVX]{1,4}\.|[a-zA-Z][.)]|\(?[a-z0-9]\)|["
                       + re.escape("".join(LIST_BULLETS)) + r"\-–*])$")
FIGURE = re.compile(r"^[(\[]?[-–—+]?[$£€]?\s?\d[\d\s.,]*%?[)\]]?[*a-z]?$|^[-–—.x:]$|^\(?[A-Z]\)$|^n/?a$", re.I)


# ---- text pieces ----------------------------------------------------------------------------
@dataclass
class Frag:
    """A line's text in one column, or over a span of columns."""
    c0: int
    c1: int
    words: list[Word]
    line: int  # index of its line in the table

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return extent(self.words)[1]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)


def is_figure(text: str) -> bool:
    """A number, amount, percentage, or a placeholder for one ('–', 'x', '(X)', 'n/a')."""
    t = text.strip().replace(" ", "")
    return bool(t) and FIGURE.match(t) is not None and any(ch.isdigit() for ch in t) or t in {"-", "–", "—", "x", "X"}


# ---- blocks ---------------------------------------------------------------------------------
def blocks_of(lines: list[Line]) -> list[list[Line]]:
    """Runs of vertically close lines; a caption or a heading in larger type starts a new one."""
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


def merge_blocks(blocks: list[list[Line]]) -> list[list[Line]]:
    """Blocks of table lines parted only by wide cell padding (rows set far apart) joined again:
    neighbours, a few lines' height apart, both with lines of several segments, whose union
    keeps the columns (gutters) of each."""
    out: list[list[Line]] = []
    for block in blocks:
        if out and not next_card(out[-1], block) \
                and (same_columns(out[-1], block) or banner_row(out[-1], block) or headings_over(out[-1], block)):
            out[-1] = out[-1] + block
        else:
            out.append(block)
    return out


CARD_LABELS = 2  # labels at least a card's first row shares with the card's above (text and place)


def next_card(a: list[Line], b: list[Line]) -> bool:
    """Is block b a card of its own under card a (a form's records printed one under another, each
    with its title: 'Action card 2: …' over 'Owner  …  Deadline  …')? b opens with a line of one
    segment right over a row of several that repeats labels of a's first such row, where they
    stand, beside values of its own, and that row of a has a line of one segment right above it
    too (a's title). Such cards
    share their columns, but each is a table of its own: read as one, the lists their boxes hold
    across the columns hide the gutters."""
    if len(b) < 2 or len(seg_spans(b[0])) != 1 or len(seg_spans(b[1])) < 2:
        return False
    first = next((i for i, ln in enumerate(a) if len(seg_spans(ln)) >= 2), None)
    if not first or len(seg_spans(a[first - 1])) != 1:
        return False

    def labels(ln: Line) -> set[tuple[str, int]]:
        return {(" ".join(w.text for w in seg).lower(), round(extent(seg)[0] / 2)) for seg in ln.segments}

    # (and values of its own beside them: a heading row printed again whole over each section of
    # one table, '2. Preparing for adulthood' over 'Where are we now? | … | RAG', goes on with it)
    shared = labels(a[first]) & labels(b[1])
    return CARD_LABELS <= len(shared) < len(labels(b[1]))


TITLE_APART = 1.5  # a title stands this many times further from the table above than from its own


def titled_below(a: list[Line], b: list[Line]) -> bool:
    """Block b opens with a title of its own table: a line of one segment over rows of columns,
    set further from the rows above it than from the rows below, and further from them than those
    rows are from each other ('No vertical lines' between two tables of the same columns). A
    caption says so in words ('Table 2'); this one only by where it stands."""
    if len(b) < 3 or len(a) < 2 or len(seg_spans(b[0])) != 1 or len(seg_spans(b[1])) < 2 \
            or len(seg_spans(a[-1])) < 2:
        return False
    above, below = b[0].top - a[-1].bottom, b[1].top - b[0].bottom
    inner = max(y.top - x.bottom for x, y in zip(a, a[1:], strict=False))
    return above > TITLE_APART * max(below, 0.0) and above > TITLE_APART * max(inner, 0.0)


def same_columns(a: list[Line], b: list[Line]) -> bool:
    gap = b[0].top - a[-1].bottom
    size = max(b[0].size, 4.0)
    if gap > 5 * size or heading_above(a[-1], b[0]) or CAPTION.match(b[0].text) or CAPTION.match(a[-1].text) \
            or titled_below(a, b):
        return False
    ma = column_lines(a, ABOVE_LINES)
    mb = [ln for ln in b[:8] if len(seg_spans(ln)) >= 2]
    return _one_set_of_gutters(ma, mb)


# lines with columns of the block above that say where its gutters are: counted among the lines that
# show columns, not among all its lines, and more than the block below's 8 lines. A row whose cell
# wraps over many lines alone in its column (a progress log of dated entries) leaves few lines with
# columns, and a column filled on a row's first line only (a reference, a status) shows as a gutter
# only over several rows: read from the last 8 lines, the rows merged already would show fewer
# gutters than the union with the block below, and that block would be taken for another table.
ABOVE_LINES = 12


def column_lines(block: list[Line], n: int) -> list[Line]:
    """The block's last n lines that show columns (two segments or more)."""
    return [ln for ln in block if len(seg_spans(ln)) >= 2][-n:]


def _one_set_of_gutters(ma: list[Line], mb: list[Line]) -> bool:
    """Do the lines with columns of two blocks (ma above, mb below) keep one set of gutters? Every
    gutter of each block goes on in the union, and the union has no more than the block with most
    (two tables one above the other, each with columns of its own, can share as many gutters by
    chance as either has; their lines read together show 'gutters' of neither). A gutter of the
    block above right of all the text below says nothing of the block below: the rows there leave
    their last columns empty (a RAG drawn as fill only, quarters not reported yet), as in a table
    whose rows from the headings down have nothing there either."""
    if not ma or not mb:
        return False
    both = real_gutters(ma + mb, gutters_of(ma + mb), heading_columns=False)
    own_a, own_b = own_gutters(ma), own_gutters(mb)
    # a lone row beside rows of their own columns keeps to those columns: its text crosses none of
    # their gutters ('Key priority 2 | Improve outcomes in reading …', a box of two cells, over a
    # table of five columns whose gutters its title runs across, is no row of that table)
    if len(ma) == 1 and len(mb) >= 2 and crossing_count(ma[0], own_b) \
            or len(mb) == 1 and len(ma) >= 2 and crossing_count(mb[0], own_a):
        return False
    reach = max(x1 for ln in mb for _, x1 in seg_spans(ln)) + 0.5
    cut = min((g[0] for g in own_a + both if g[0] >= reach), default=None)
    past = [i for i, ln in enumerate(ma) if cut is not None and any(x0 > cut for x0, _ in seg_spans(ln))]
    if cut is not None and past == list(range(len(past))) and len(past) < len(ma):
        # the block above has text past the rows below only in its first lines (its headings): its
        # rows are as empty there as the rows below; the gutters there say nothing of either
        own_a = [g for g in own_a if g[0] < cut]
        both = [g for g in both if g[0] < cut]
    return len(both) >= 1 and len(both) == max(len(own_a), len(own_b)) and kept(own_a, both) \
        and kept(own_b, both)


def banner_row(a: list[Line], b: list[Line]) -> bool:
    """A block ending in one line of slightly larger type (a group row: 'Priority 2: Stable homes')
    between lines of the same columns, set as close to both as the table's rows are to each other:
    a row spanning the table, not a heading over a new block. A heading over a table of its own
    stands further from the text above it than from the table below, or the blocks keep columns of
    their own."""
    if len(a) < 2 or len(a[-1].segments) != 1 or not heading_above(a[-1], b[0]) or a[-1].size > 1.4 * b[0].size:
        return False
    size = max(b[0].size, 4.0)
    above, below = a[-1].top - a[-2].bottom, b[0].top - a[-1].bottom
    if above > MAX_LINE_GAP * size or below > MAX_LINE_GAP * size or above > 1.5 * below:
        return False
    ma = [ln for ln in a[-9:-1] if len(seg_spans(ln)) >= 2]
    mb = [ln for ln in b[:8] if len(seg_spans(ln)) >= 2]
    return _one_set_of_gutters(ma, mb)


def headings_over(a: list[Line], b: list[Line]) -> bool:
    """A block ending in column headings and a first group row in larger type ('Lead | Due |
    Status' then 'Priority 1: Early help') over a block of rows whose columns the headings keep
    to: the table's headings, its first group row, its body; the group row's larger type started
    a new block, as a heading over a table does."""
    if len(a) < 2 or len(seg_spans(a[-1])) != 1 or not heading_above(a[-1], b[0]):
        return False
    size = max(b[0].size, 4.0)
    if a[-1].top - a[-2].bottom > MAX_LINE_GAP * size or b[0].top - a[-1].bottom > MAX_LINE_GAP * size:
        return False
    mb = [ln for ln in b[:8] if len(seg_spans(ln)) >= 2]
    if len(mb) < 2:
        return False
    gaps = own_gutters(mb)
    if len(gaps) < 2:
        return False
    for ln in reversed(a[-5:-1]):  # the heading lines, the last of a wrapped heading ('lead date') first
        if heading_line(ln, gaps):
            # set in bold as headings are, and the block holds no rows of its own above them
            return all(w.bold for w in ln.words) and sum(len(seg_spans(x)) >= 2 for x in a) <= 4
        if crossing_count(ln, gaps) or reaches_across(ln, gaps):
            return False
    return False


def own_gutters(lines: list[Line]) -> list[tuple[float, float]]:
    if len(lines) == 1:
        spans = seg_spans(lines[0])
        return [(a[1], b[0]) for a, b in zip(spans, spans[1:], strict=False)]
    return real_gutters(lines, gutters_of(lines), heading_columns=False)


def kept(gaps: list[tuple[float, float]], union: list[tuple[float, float]]) -> bool:
    """Each gutter overlaps one of the union's."""
    return all(any(x0 <= y1 + 1 and y0 <= x1 + 1 for y0, y1 in union) for x0, x1 in gaps)


def heading_above(a: Line, b: Line) -> bool:
    """A one-segment line in a clearly larger type than the line below is a heading over it; so is
    a title with a small note beside it (a slide's title and its rating box: pdfgeom.split_by_size)."""
    return a.size > 1.15 * b.size and (len(a.segments) == 1 or split_by_size(a) is not None) \
        and not a.text.rstrip().endswith(".")


# ---- gutters ----------------------------------------------------------------------------------
def seg_spans(ln: Line) -> list[tuple[float, float]]:
    return [extent(seg) for seg in ln.segments if not all(is_leader(w) for w in seg)]


def coverage(lines: list[Line], lo: int, hi: int) -> list[int]:
    count = [0] * (hi - lo + 1)
    for ln in lines:
        marks = [0] * (hi - lo + 2)
        for x0, x1 in seg_spans(ln):
            a, b = max(int(x0) - lo, 0), min(int(x1) - lo + 1, hi - lo + 1)
            if a < b:
                marks[a] += 1
                marks[b] -= 1
        run = 0
        for i in range(hi - lo + 1):
            run += marks[i]
            if run > 0:
                count[i] += 1
    return count


def low_runs(count: list[int], limit: int, lo: int) -> list[tuple[float, float]]:
    """Inner x ranges covered by at most `limit` lines: their least covered parts, ≥ 3 pt wide
    (a ragged column edge, figures set right or a heading wider than its column, is not gutter).
    A least covered part narrower than that is widened by up to 4 pt a side where one line more
    covers it (a heading reaching into a narrow gutter between figures)."""
    out: list[tuple[float, float]] = []
    start = None
    for x, n in enumerate(count + [limit + 1]):
        if n <= limit and start is None:
            start = x
        elif n > limit and start is not None:
            if start > 0 and x < len(count):
                out.extend(cores(count, start, x, lo))
            start = None
    return out


def cores(count: list[int], start: int, stop: int, lo: int) -> list[tuple[float, float]]:
    least = min(count[start:stop])
    out = []
    k = start
    while k < stop:
        if count[k] != least:
            k += 1
            continue
        k0 = k
        while k + 1 < stop and count[k + 1] == least:
            k += 1
        a, b = k0, k
        if b - a < 2:
            while a > start and a > k0 - 4 and count[a - 1] <= least + 1:
                a -= 1
            while b + 1 < stop and b < k + 4 and count[b + 1] <= least + 1:
                b += 1
        if b - a >= 2:
            out.append((float(lo + a), float(lo + b + 1)))
        k += 1
    return out


def crosses(ln: Line, gap: tuple[float, float]) -> bool:
    a, b = gap
    return any(x0 < a + 0.5 and x1 > b - 0.5 for x0, x1 in seg_spans(ln))


def gutters_of(multi: list[Line]) -> list[tuple[float, float]]:
    """Gutters of the lines: x ranges no segment crosses, or crossed only by a few lines each
    crossing several gutters (banners and headings spanning columns)."""
    lo = int(min(ln.x0 for ln in multi))
    hi = int(max(x1 for ln in multi for _, x1 in seg_spans(ln) or [(0.0, ln.x1)])) + 1
    count = coverage(multi, lo, hi)
    strict = low_runs(count, 0, lo)
    limit = max(1, min(2, len(multi) // 3), len(multi) // 6)
    loose = low_runs(count, limit, lo)
    if len(loose) <= len(strict):
        return with_label_gutter(with_narrow(strict, multi), multi)
    crossing = {id(ln): sum(1 for g in loose if crosses(ln, g)) for ln in multi}
    left = min(ln.x0 for ln in multi)
    # banners cross several gutters; a shorter one (from the left edge, over the first gutters
    # only) counts where the table has banners of the first kind
    banners = any(crossing[id(ln)] >= 2 and ln.x0 <= left + 2 for ln in multi)
    # a heading over a group of columns crosses the gutter between them: a line above most lines
    tops = sorted(ln.top for ln in multi)
    heading_zone = tops[len(tops) // 5]
    # a box's numbered list under its label ('Key steps' over '1. Open two homes', a rating boxed
    # beside it: 'AMBER') runs across the gutters between the label's box and the next box it spans
    listed = {id(ln) for k, ln in enumerate(multi) if k and box_list(ln, multi[:k], loose)}
    # and a label wider than its column crosses the first gutter over such a list ('What needs to
    # happen' over '1. Map current accommodation')
    listed |= {id(multi[k - 1]) for k, ln in enumerate(multi) if k and id(ln) in listed
               and list_mark(multi[k - 1].text) is None and wide_label(multi[k - 1], loose)}
    out = []
    for g in loose:
        across = [ln for ln in multi if crosses(ln, g)]
        if all(crossing[id(ln)] >= 2 or (banners and ln.x0 <= left + 2) or ln.top < heading_zone
               or id(ln) in listed for ln in across) or any(
                s[0] <= g[0] and g[1] <= s[1] for s in strict):
            out.append(g)
    return with_label_gutter(with_narrow(out if len(out) >= len(strict) else strict, multi), multi)


def with_label_gutter(found: list[tuple[float, float]], multi: list[Line]) -> list[tuple[float, float]]:
    """The gutters found, and before them the gutter between a label column and its value column
    that labels wider than their column cross ('What needs to happen' over the gap after
    'Responsible', a box beside it: 'RAG status: Blue'). A label column's cells are short phrases
    set at the left edge; a value column is where the text of the other rows starts: no other line
    crosses the gap, and at least as many lines start text right after it as labels cross it."""
    if not found or len(multi) < 2:
        return found
    left = min(ln.x0 for ln in multi)
    lo, hi = int(left), int(found[0][0])

    def short_label(ln: Line) -> bool:
        spans = seg_spans(ln)
        words = ln.segments[0] if ln.segments else []
        return len(spans) >= 2 and spans[0][0] <= left + 2.0 and spans[0][1] < found[0][0] \
            and 1 <= len(words) <= BOX_LABEL_WORDS and not words[-1].text.endswith(".") and list_mark(ln.text) is None

    def parted(ln: Line) -> bool:  # text left of the first gutter in two parts or more
        return sum(1 for x0, _ in seg_spans(ln) if x0 < found[0][0]) >= 2

    wide = [ln for ln in multi if short_label(ln) and not parted(ln)]
    rest = [ln for ln in multi if ln not in wide]
    if not wide or hi - lo < 6:
        return found
    for g in low_runs(coverage(rest, lo, hi), 0, lo):
        across = [ln for ln in wide if crosses(ln, g)]
        starting = [ln for ln in rest if any(abs(x0 - g[1]) <= 1.5 for x0, _ in seg_spans(ln))]
        if g[0] > left + 2.0 and across and len(starting) >= len(across) \
                and all(wide_label(ln, [g] + found) for ln in across) \
                and not any(a <= g[1] and g[0] <= b for a, b in found):
            return [g] + found
    return found


def period_gaps(found: list[tuple[float, float]], lines: list[Line]) -> list[tuple[float, float]]:
    """The gutters found, and the gaps between the period headings of a heading line ('Q1 RAG
    Q2 RAG Q3 RAG Q4 RAG' under 'Quarterly RAG rating') that no line under the headings crosses:
    columns whose cells may all be empty so far, under a group heading that crosses their gutters
    (the coverage count does not see them; real_gutters keeps them by between_periods)."""
    out = list(found)
    body = lines[GROUP_ROWS:]
    for ln in lines[:GROUP_ROWS]:
        segs = [seg for seg in ln.segments if not all(is_leader(w) for w in seg)]
        if len(segs) < 3:
            continue
        spans = [extent(seg) for seg in segs]
        run = run_of_periods(without_shared_words([" ".join(w.text for w in seg) for seg in segs]))
        for i in run[:-1]:
            g = (spans[i][1], spans[i + 1][0])
            if i + 1 in run and g[1] > g[0] and not any(a <= g[1] and g[0] <= b for a, b in out) \
                    and not any(crosses(b, g) for b in body):
                out.append(g)
    return sorted(out)


def with_narrow(found: list[tuple[float, float]], lines: list[Line]) -> list[tuple[float, float]]:
    """The gutters found, and the narrow ones none of them overlaps."""
    out = list(found)
    for g in narrow_gutters(lines):
        if not any(a <= g[1] and g[0] <= b for a, b in out):
            out.append(g)
    return sorted(out)


def narrow_gutters(lines: list[Line]) -> list[tuple[float, float]]:
    """Gutters at the narrow column edges (narrow_edges) too tight for the coverage count (under
    3 pt): from the edge to the nearest text beside it, on the lines whose segments part there."""
    out = []
    for x, side in narrow_edges(lines, split=True):
        near = []
        markers = True  # every text before the edge a list's bullet or number: a list, no column
        for ln in lines:
            segs = [seg for seg in ln.segments if not all(is_leader(w) for w in seg)]
            for a, b in zip(segs, segs[1:], strict=False):
                (_, a1), (b0, _) = extent(a), extent(b)
                if side == "left" and abs(b0 - x) <= EDGE_TOL or side == "right" and abs(a1 - x) <= EDGE_TOL:
                    near.append(a1 if side == "left" else b0)
                    markers = markers and bool(NUMBERING.match(" ".join(w.text for w in a)))
        if not near or markers:
            continue
        gap = (max(near), x) if side == "left" else (x, min(near))
        if gap[1] - gap[0] >= 0.5:
            out.append(gap)
    return out


def aligned(xs: list[float], tol: float = 2.0, need: int = 2) -> bool:
    """Some `need` of the values lie within tol of each other (text edges lining up)."""
    xs = sorted(xs)
    j = 0
    for i in range(len(xs)):
        while xs[i] - xs[j] > tol:
            j += 1
        if i - j + 1 >= need:
            return True
    return False


def real_gutters(lines: list[Line], gaps: list[tuple[float, float]], hints: tuple[float, ...] = (),
                 heading_columns: bool = True) -> list[tuple[float, float]]:
    """Gutters with text on both sides in two lines or more (or, two ems wide or more, only in
    the heading line: a column left empty below its heading on this page), and text lining up
    beside them: left edges right of it, right edges left of it or right of it (a column set flush
    right, its heading perhaps flush left), or centres of either (Nurminen's text edges); beside a
    heading-only gutter, the left edges of the column before it (`heading_columns`: not when
    comparing blocks' gutters, where the first line is no heading)."""
    out = []
    for g in gaps:
        both = 0
        heading_only = False
        lefts: list[float] = []
        rights: list[float] = []
        mids_l: list[float] = []
        mids_r: list[float] = []
        ends_r: list[float] = []  # right edges of the text just after the gutter (a right-aligned column)
        starts_l: list[float] = []  # left edges of the text just before the gutter
        split_lines: list[Line] = []  # the lines with text on both sides
        for ln in lines:
            spans = seg_spans(ln)
            before = [s for s in spans if s[1] <= g[0] + 0.5]
            after = [s for s in spans if s[0] >= g[1] - 0.5]
            if before and after:
                both += 1
                heading_only = ln is lines[0]
                split_lines.append(ln)
            if before:
                starts_l.append(before[-1][0])
                rights.append(before[-1][1])
                mids_l.append((before[-1][0] + before[-1][1]) / 2)
            if after:
                lefts.append(after[0][0])
                mids_r.append((after[0][0] + after[0][1]) / 2)
                ends_r.append(after[0][1])
        need = 2 if len(lines) < 6 else 3
        wide = g[1] - g[0] >= 2 * lines[0].size
        hinted = any(g[0] - 2 <= x <= g[1] + 2 for x in hints)  # the column edge of the page before
        lined_up = any(aligned(xs, need=need) for xs in (lefts, rights, mids_l, mids_r, ends_r))
        # a column empty below its heading has nothing to line up on its side of the gutter: the
        # column before it, whose text starts at one edge and stops short of the gutter, does (an
        # em is wide enough then: wider than any space between two words of the heading)
        heading_column = heading_columns and both == 1 and heading_only and g[1] - g[0] >= lines[0].size \
            and aligned(starts_l, need=need)
        if (both >= 2 or (both == 1 and heading_only and wide)) and lined_up or heading_column \
                or heading_columns and any(boxes_line(ln, g) for ln in split_lines) \
                or both >= 1 and hinted or heading_columns and any(
                    between_periods(ln, g, lines) for ln in split_lines if ln in lines[:GROUP_ROWS]):
            out.append(g)
    return out


BOX_LABEL_WORDS, BOX_VALUE_WORDS = 4, 6  # words at most in a box's label, in its value
BOX_GUTTER = 1.5  # ems at least between a box's label and its value (two spaces are a typed gap)


def boxes_line(ln: Line, gap: tuple[float, float]) -> bool:
    """A row of label | value boxes ('Owner  J. Okafor  Deadline  March 2027'): a line of four
    segments or more in pairs, each gutter between them wide and each segment short (a few words, no
    sentence), the gutter one of them. Such a row has its own columns though no other line shows
    them: under it a list runs across the whole box (a card's numbered steps)."""
    spans = seg_spans(ln)
    if len(spans) < 4 or len(spans) % 2 or gap[1] - gap[0] < BOX_GUTTER * ln.size:
        return False  # (boxes go in pairs, a label and its value, set wide apart)
    gutters = [(a[1], b[0]) for a, b in zip(spans, spans[1:], strict=False)]
    if any(b - a < BOX_GUTTER * ln.size for a, b in gutters):
        return False
    if not any(a <= gap[1] and gap[0] <= b for a, b in gutters):
        return False
    words = [[w for w in ln.words if x0 - 0.5 <= w.x0 and w.x1 <= x1 + 0.5] for x0, x1 in spans]
    # (a label of a few words; its value a few more: a date said in words, 'by end of Jan 27')
    if not all(1 <= len(ws) <= (BOX_LABEL_WORDS if k % 2 == 0 else BOX_VALUE_WORDS) and not ws[-1].text.endswith(".")
               for k, ws in enumerate(words)):
        return False
    # and its labels say so: half of them or more name a plan's field ('Owner', 'Deadline'); a chart's
    # axis labels ('300  Czech Republic  Germany  Hungary') are short and wide apart too, but label nothing
    from planx.normalise.headers import classify  # (the heading vocabulary; normalise imports extract)
    labels = [" ".join(w.text for w in ws) for ws in words[::2]]
    named = sum(bool(name) and score >= 85 for name, score, _ in map(classify, labels))
    return named * 2 >= len(labels)


def between_periods(ln: Line, gap: tuple[float, float], lines: Sequence[Line] = ()) -> bool:
    """A gutter between two period headings of a heading line ('Qtr 1  Qtr 2  Qtr 3  Qtr 4',
    'Jun  Sep  Dec  Mar') of a run of three or more, or just before the run, wider than a space between words and half
    as wide as the narrowest gutter between the line's other neighbouring periods or more (centred
    headings of unequal length leave unequal gutters): two columns, even when no cell below has
    text yet (periods still to come) to line up with."""
    segs = [seg for seg in ln.segments if not all(is_leader(w) for w in seg)]
    spans = [extent(seg) for seg in segs]
    texts = without_shared_words(stacked_labels(ln, spans, lines))
    run = run_of_periods(texts)
    k = next((i for i in range(len(spans) - 1)
              if spans[i][1] <= gap[0] + 0.5 and spans[i + 1][0] >= gap[1] - 0.5), None)
    if k is None or k + 1 not in run or k not in run and k + 1 != run[0]:
        return False  # the run's first period starts a column too, whatever stands before it
    widths = [spans[i + 1][0] - spans[i][1] for i in run[:-1] if i != k and i + 1 in run]
    width = spans[k + 1][0] - spans[k][1]
    return width >= 0.8 * ln.size and (not widths or width >= 0.5 * min(widths))


def without_shared_words(texts: list[str]) -> list[str]:
    """Heading texts less the words three of them or more repeat beside their periods ('Q1 RAG',
    'Q2 RAG', 'Q3 RAG' → 'Q1', 'Q2', 'Q3': what the columns rate, said over each): the periods."""
    counts: dict[str, int] = {}
    for t in texts:
        for w in set(t.casefold().split()):
            counts[w] = counts.get(w, 0) + 1
    shared = {w for w, n in counts.items() if n >= 3 and not read_period(w)}
    if not shared:
        return texts
    out = []
    for t in texts:
        kept = " ".join(w for w in t.split() if w.casefold() not in shared)
        out.append(kept if kept and read_period(kept) else t)
    return out


def stacked_labels(ln: Line, spans: list[tuple[float, float]], lines: Sequence[Line]) -> list[str]:
    """The text of each segment of a heading line, with the text set under it on the next line
    close below where the segment alone names no period (a narrow column's heading wrapped:
    'Summe' over 'r 1'; 'Autumn' over '1')."""
    texts = without_shared_words([" ".join(w.text for w in seg) for seg in ln.segments
                                  if not all(is_leader(w) for w in seg)])
    below = next((b for b in lines if 0 <= b.top - ln.bottom < ln.size), None)
    if below is None:
        return texts
    under = [" ".join(w.text for w in b.words if w.x0 < x1 and w.x1 > x0 and w.x0 >= x0 - 2) for b in (below,)
             for x0, x1 in spans]
    return [t if read_period(t) else f"{t} {u}".strip() for t, u in zip(texts, under, strict=True)]


HEADING_WORDS = 4  # words at most in a column's heading


def headed_numbers(left: list[str], right: list[str]) -> bool:
    """A first line that heads both sides in a few words, no number ('Ref   Our commitment', 'No.
    Action'), over numbers beside text: the numbers are a column its heading names, and the rows a
    table's, not numbered paragraphs. The heading may be printed again over later groups of rows."""
    head_l, head_r = left[0].strip(), right[0].strip()
    if not head_l or not head_r or NUMBERING.match(head_l) or re.search(r"\d", head_l + head_r):
        return False
    if len(head_l.split()) > HEADING_WORDS or len(head_r.split()) > HEADING_WORDS or head_r.endswith((".", ",", ";")):
        return False
    # (the heading repeated over each group of rows in the block: 'Ref | Our commitment' again)
    rest = [t for t, r in zip(left[1:], right[1:], strict=True) if t and (t, r) != (left[0], right[0])]
    return all(NUMBERING.match(t) for t in rest) and len(rest) >= 2


def looks_like_prose(lines: list[Line], edge: float) -> bool:
    """Two 'columns' of running text (a two-column page, numbered paragraphs) are not a table."""
    right = [" ".join(w.text for seg in ln.segments for w in seg if w.x0 > edge) for ln in lines]
    left = [" ".join(w.text for seg in ln.segments for w in seg if w.x1 < edge) for ln in lines]
    if len(lines) >= 3 and headed_numbers(left, right):
        return False
    avg_r = sum(map(len, right)) / len(right)
    avg_l = sum(map(len, left)) / len(left)
    if avg_r > 45 and (avg_l > 45 or all(len(t) <= 4 for t in left)):
        return True
    return all(NUMBERING.match(t) for t in left if t)  # '3.2   Measuring losses', '•   item'


# ---- narrow gutters ---------------------------------------------------------------------------
EDGE_TOL = 0.8  # points: text edges of one column line up this closely (the renderer sets them)
EDGE_SHARE = 0.5  # of the lines with text on both sides of an edge: those with a word edge on it
EDGE_LINES = 3  # and at least this many lines


Points = dict[int, list[tuple[float, float, bool]]]  # per line: (x, the gap beside it, inside a segment)


def word_edges(lines: list[Line]) -> tuple[Points, Points]:
    """Per line: (left edge, gap before it, inside a segment) of the words after a word gap, and
    (right edge, gap after it, inside a segment) of the words before one: where a column may
    start or end (unseen inside a segment; a wide gap parts segments, and columns, already)."""
    starts: Points = {}
    ends: Points = {}
    for i, ln in enumerate(lines):
        last = {id(seg[-1]) for seg in ln.segments}
        pairs = [(a, b, id(a) not in last) for a, b in zip(ln.words, ln.words[1:], strict=False)
                 if not is_leader(a) and not is_leader(b) and b.x0 > a.x1]
        starts[i] = [(b.x0, b.x0 - a.x1, inside) for a, b, inside in pairs]
        ends[i] = [(a.x1, b.x0 - a.x1, inside) for a, b, inside in pairs]
    return starts, ends


Cluster = tuple[float, set[int], list[float], list[float]]  # x, the lines with an edge there, the gaps inside
# segments, all the gaps


def edge_clusters(per_line: Points) -> list[Cluster]:
    """x positions where word edges of several lines coincide."""
    points = sorted((x, i, gap, inside) for i, xs in per_line.items() for x, gap, inside in xs)
    out: list[Cluster] = []
    j = 0
    for k in range(len(points)):
        while points[k][0] - points[j][0] > EDGE_TOL:
            j += 1
        group = {p[1] for p in points[j:k + 1]}
        inside = [p[2] for p in points[j:k + 1] if p[3]]
        gaps = [p[2] for p in points[j:k + 1]]
        if len(group) >= EDGE_LINES and (not out or points[j][0] > out[-1][0] + EDGE_TOL):
            out.append((points[k][0], group, inside, gaps))
        elif out and len(group) > len(out[-1][1]) and points[j][0] <= out[-1][0] + EDGE_TOL:
            out[-1] = (points[k][0], group, inside, gaps)
    return out


def word_space_gaps(gaps: list[float], space: tuple[float, float]) -> bool:
    """Half the gaps or more one word space of the block wide: the edges line up because the
    words beside them are as wide on every line (a year after a month in a right-set date
    column, 'Feb 2025', 'Jul 2026'; first names of four letters, 'Ruth Adeyemi', 'Head of
    Early'), not because a column starts there. A column's neighbour ends raggedly (gaps of all
    widths), or, set right, a gutter's width from it that is no word space (the renderer's cell
    padding). `space`: the block's (space, spread)."""
    usual, spread = space
    tol = max(0.3, 0.15 * usual, 2 * spread)  # OCR places words a point or so either way
    return 2 * sum(1 for g in gaps if abs(g - usual) <= tol) >= len(gaps)


def block_space(lines: list[Line]) -> tuple[float, float]:
    """The block's word space and how much it varies (the middle half of its spaces: nothing in
    type set by a program, a point or two where OCR measured the words): most gaps between two
    words are spaces, whatever the columns."""
    gaps = sorted(b.x0 - a.x1 for ln in lines for seg in ln.segments for a, b in zip(seg, seg[1:], strict=False)
                  if b.x0 > a.x1)  # inside segments: a figures table's columns are no word spaces
    if not gaps:
        return 0.0, 0.0
    usual = gaps[len(gaps) // 2]
    spaces = [g for g in gaps if abs(g - usual) <= 0.3 * usual]  # no cell padding a little wider
    return usual, spaces[(3 * len(spaces) - 1) // 4] - spaces[len(spaces) // 4]


def narrow_edges(lines: list[Line], split: bool = False) -> list[tuple[float, str]]:
    """Column edges inside segments: an x where, in most lines with words on both sides of it,
    a word starts (a left-aligned column) or ends (a right-aligned one) after or before a word
    gap, and hardly any word runs across it. Columns set closer than a wide gap (a tight
    statistics table, cells padded a point or two) show only this way: the text edges line up
    row after row, where words of running text fall anywhere. `split`: the lines' segments were
    cut at such edges already (split_at_edges): their gaps count though no segment runs over."""
    starts, ends = word_edges(lines)
    space = block_space(lines)
    out: list[tuple[float, str]] = []
    for per_line, side in ((starts, "left"), (ends, "right")):
        for x, group, inside, every in edge_clusters(per_line):
            gaps = inside or (every if split else [])
            if 0 < len(inside) < EDGE_LINES and ragged_other_side(lines, x, side):
                gaps = every  # needed in a line or two: judged by all its gaps, not those few
            both = [ln for ln in lines if ln.x0 < x - 1 and ln.x1 > x + 1]
            across = sum(1 for ln in both if any(w.x0 < x - 1 and w.x1 > x + 1 for w in ln.words))
            # needed (a line's segment runs over it) and no word space there
            if len(group) >= EDGE_SHARE * len(both) and across <= max(1, len(group) // 4) \
                    and gaps and (not word_space_gaps(gaps, space) or untyped_edge(lines, x, side)
                                  or 2 * len(inside) <= len(every) and figures_apart(lines, x, side)):
                out.append((x, side))
    return out


TYPED_SHARE = 0.8  # of a block's word gaps holding a space character: its words are typed with spaces


def untyped_edge(lines: list[Line], x: float, side: str) -> bool:
    """No space character in any gap at the edge, in a block whose other word gaps hold one
    (TYPED_SHARE): the white between two cells' texts, set a word space apart by a tight cell
    padding ('2.8' | 'Chief Operating Officer' under 'Ref' | 'Lead'), not a space typed between two
    words that happen to line up (first names of four letters, a year after a month set right)."""
    at: list[bool | None] = []
    rest: list[bool | None] = []  # the other gaps inside segments (a wide gap is no word space)
    for ln in lines:
        inner = {id(b) for seg in ln.segments for b in seg[1:]}
        for a, b in zip(ln.words, ln.words[1:], strict=False):
            if b.x0 <= a.x1 or is_leader(a) or is_leader(b):
                continue
            if abs((b.x0 if side == "left" else a.x1) - x) <= EDGE_TOL:
                at.append(b.spaced)
            elif id(b) in inner:
                rest.append(b.spaced)
    known = [t for t in rest if t is not None]
    return len(at) >= EDGE_LINES and all(t is False for t in at) and len(known) >= 2 * EDGE_LINES \
        and sum(known) >= TYPED_SHARE * len(known)


THOUSANDS = re.compile(r"^\d{3}(?:[.,]\d{1,2})?%?$")  # the last group of a number set with spaces: '12 500'


def figures_apart(lines: list[Line], x: float, side: str) -> bool:
    """At every word gap on the edge a figure stands on both sides ('1,249,752 1,364,492'): two
    columns of figures set a word space apart where they are widest (a typewriter-style statistics
    table, where a space is as wide as a figure), not words of text lining up by chance; a group
    of three digits after the gap may be a number's own thousands ('12 500') and does not count.
    (The caller asks, too, that the edge part segments, a wide gap, in at least as many lines as
    it falls inside one: figures typed a space apart on every line, a phone number's
    '01632 809009', are one text.)"""
    pairs = []
    for ln in lines:
        for a, b in zip(ln.words, ln.words[1:], strict=False):
            if b.x0 > a.x1 and not is_leader(a) and not is_leader(b) \
                    and abs((b.x0 if side == "left" else a.x1) - x) <= EDGE_TOL:
                pairs.append((a.text, b.text))
    return len(pairs) >= EDGE_LINES and all(
        is_figure(a) and is_figure(b) and not THOUSANDS.match(b) for a, b in pairs)


def ragged_other_side(lines: list[Line], x: float, side: str) -> bool:
    """The words with an edge on x end (or start) anywhere on their other side: a column set
    to that edge, not equally wide figures set to the other one ('4,797', '1,000' set right
    start level too)."""
    others = sorted(w.x1 if side == "left" else w.x0 for ln in lines for w in ln.words
                    if abs((w.x0 if side == "left" else w.x1) - x) <= EDGE_TOL)
    if len(others) < EDGE_LINES:
        return False
    level = max(sum(1 for o in others if abs(o - p) <= EDGE_TOL) for p in others)
    return level < 0.5 * len(others)


def split_at_edges(lines: list[Line]) -> None:
    """Cut segments at the narrow column edges of their block (see narrow_edges), in the lines
    already parted by a wide gutter, or meeting two such edges or more: a line of running text
    above or below a table may have a word start on one of them by chance."""
    edges = narrow_edges(lines)
    if not edges:
        return

    def on_edge(a: Word, b: Word, x: float, side: str) -> bool:
        return abs((b.x0 if side == "left" else a.x1) - x) <= EDGE_TOL

    for ln in lines:
        pairs = list(zip(ln.words, ln.words[1:], strict=False))
        hits = {x for a, b in pairs for x, side in edges if on_edge(a, b, x, side)}
        # (in a line of one run, a space typed between the words at an edge is running text's,
        # met by chance: 'Following the inspection … take the actions …' over a table of text)
        chance = {x for a, b in pairs for x, side in edges if on_edge(a, b, x, side) and b.spaced is True}
        if len(ln.segments) < 2 and len(hits - chance) < 2:
            continue
        segs: list[list[Word]] = []
        for seg in ln.segments:
            cur = [seg[0]]
            for a, b in zip(seg, seg[1:], strict=False):
                if b.x0 > a.x1 and any(on_edge(a, b, x, side) for x, side in edges):
                    segs.append(cur)
                    cur = []
                cur.append(b)
            segs.append(cur)
        ln.segments = segs


# ---- areas -----------------------------------------------------------------------------------
def borderless_tables(lines: list[Line], edges: list[Edge], fills: list[dict[str, Any]],
                      page_bbox: BBox, hints: tuple[float, ...] = (), ruled: Sequence[FoundTable] = (),
                      centred_groups: bool = True) -> tuple[list[FoundTable], list[Line]]:
    """Tables read from text alignment, and the lines left over (the page's paragraphs).
    `hints`: column edges of a table the page before ended with (it may go on here, with a
    column that has text in one row only on this page)."""
    hrules = [e for e in edges if e["orientation"] == "h"]
    vrules = [e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] >= 6]
    if vrules:
        for ln in lines:
            cut_at_rules(ln, vrules)
    tables: list[FoundTable] = []
    free: list[Line] = []
    body = body_size(lines)
    for block in merge_blocks(blocks_of(lines)):
        pending = [block]
        while pending:
            piece = pending.pop()
            found = table_area(piece, hints, body)
            if found is None:
                free.extend(piece)
                continue
            start, stop, gaps = found
            # two things side by side (two tables, a table and a chart's labels): each alone; the
            # lines above and below them (a statement across the page) are not cut in two
            halves = side_by_side(piece[start:stop], gaps, [*hrules, *fills], hints) \
                or parted_by_rules(piece[start:stop], gaps, hrules)
            if halves:
                pending.extend(halves)
                pending.extend(p for p in (piece[:start], piece[stop:]) if p)
                continue
            table = read_table(piece[start:stop], snap_to_rules(gaps, vrules, piece[start:stop]), hrules, fills,
                               centred_groups=centred_groups,
                               one_row=(carried := bool(hints) and all(a == b for a, b in gaps))
                               or goes_on(gaps, hints), vrules=vrules,
                               min_cells=2 if carried else 3)  # (a carried row: the columns shown above)
            if table is None:
                free.extend(piece[start:stop])
            else:
                tables.append(table)
            pending.extend(p for p in (piece[:start], piece[stop:]) if p)
    if (tables or ruled) and free:  # (ruled: the page's ruled tables, read before)
        lone, free = lone_rows(free, [*ruled, *tables], hrules, fills)
        tables += lone
    return tables, free


def goes_on(gaps: Sequence[tuple[float, float]], hints: Sequence[float]) -> bool:
    """Every gutter holds a column edge of the table the page before ended with (`hints`), and
    every one of its edges within the block's span lies in a gutter: that table going on."""
    if not hints or not gaps:
        return False
    lo, hi = gaps[0][0], gaps[-1][1]
    return all(any(g0 - 1 <= x <= g1 + 1 for x in hints) for g0, g1 in gaps) \
        and all(any(g0 - 1 <= x <= g1 + 1 for g0, g1 in gaps) for x in hints if lo <= x <= hi)


LONE_ROW_WORDS = 4  # words at least in a lone row's first cell (what is to be done)


def lone_rows(free: list[Line], tables: list[FoundTable], hrules: list[Edge], fills: list[dict[str, Any]]
              ) -> tuple[list[FoundTable], list[Line]]:
    """A row standing alone between paragraphs, its segments one to each column of a table on the
    page and none across its gutters (a group of one action: 'KPIs and Risk' over 'Review for next
    meeting | Ongoing'): a table of that row, and its wrapped lines, on the table's columns. Too
    little alone to show columns, it keeps to the columns the page's table shows; the line over it
    stays a paragraph (its group's heading, as over the page's other tables)."""
    # the gutters of the page's tables: a ruled table's inner rules, a borderless one's gutters
    known = [[(x, x) for x in t.col_edges[1:-1]] if t.ruled else t.col_gaps for t in tables]
    known = [gaps for gaps in known if gaps]
    if not known:
        return [], free
    out: list[FoundTable] = []
    taken: set[int] = set()
    for block in blocks_of(sorted(free, key=lambda ln: ln.top)):
        i = 0
        while i < len(block):
            ln, found = block[i], None
            spans = seg_spans(ln)
            # the row says what is done in its first cell, the others short beside it (a status,
            # a date): a form's label beside its longer value is no such row
            words = [len([w for w in ln.words if x0 - 0.5 <= w.x0 and w.x1 <= x1 + 0.5]) for x0, x1 in spans]
            row_like = len(words) >= 2 and words[0] >= LONE_ROW_WORDS and all(n < words[0] for n in words[1:])
            for gaps in known if row_like else []:
                # one segment in each column, the table's every gutter between two of them
                if len(spans) == len(gaps) + 1 and not crossing_count(ln, gaps) and all(
                        a[1] <= g[0] + 0.5 and g[1] - 0.5 <= b[0]
                        for a, b, g in zip(spans, spans[1:], gaps, strict=False)):
                    found = gaps
                    break
            if found is None:
                i += 1
                continue
            start = i
            stop = trailing_lines(block, i + 1, found)
            # (a row of two cells is enough: the page's table shows the columns)
            table = read_table(block[start:stop], found, hrules, fills, one_row=True, min_cells=2)
            if table is not None:
                out.append(table)
                taken.update(id(x) for x in block[start:stop])
            i = stop
    return out, [ln for ln in free if id(ln) not in taken]


def side_by_side(block: list[Line], gaps: list[tuple[float, float]],
                 across: Sequence[Mapping[str, Any]] = (), hints: Sequence[float] = ()) -> list[list[Line]]:
    """A gutter far wider than the others (eight ems or more, four times the next widest) parts
    two things set side by side, not two columns of one table: the block's words on each side of
    it, as two blocks of lines (none when there is no such gutter, or when rules or row shading
    (`across`) run over it between the rows: one table's rows). `hints`: the column edges of the
    table the page before ended with; when each gutter here holds one of them, the wide one too,
    that table goes on (its last rows alone on this page, short cells leaving a column's room
    empty), not two things."""
    if len(gaps) < 2:
        return []
    widths = sorted((b - a, a, b) for a, b in gaps)
    (w1, a, b), w2 = widths[-1], widths[-2][0]
    size = sorted(ln.size for ln in block)[len(block) // 2]
    if w1 < 8 * size or w1 < 4 * max(w2, 1.0):
        return []
    if goes_on(gaps, hints):
        return []
    cut = (a + b) / 2
    top, bottom = block[0].top - 2, block[-1].bottom + 2
    if sum(1 for r in across if r["x0"] < a and r["x1"] > b and top <= (r["top"] + r["bottom"]) / 2 <= bottom) >= 2:
        return []
    if led_across(block, a, b):
        return []
    words = [w for ln in block for w in ln.words]
    left = [w for w in words if (w.x0 + w.x1) / 2 < cut]
    right = [w for w in words if (w.x0 + w.x1) / 2 >= cut]
    if not left or not right or rows_beside(block, cut, [g for g in gaps if g != (a, b)]):
        return []
    return [text_lines(left), text_lines(right)]


LED_SHARE = 0.5  # of the lines with text on both sides of a gutter: those led across it by leader dots


def led_across(block: list[Line], a: float, b: float) -> bool:
    """Leader dots run into the gutter (a, b) from its left in most of the lines with text on both
    sides of it ('Current tax receipts ........ 1,029.8'): they lead the eye from each row's label to
    its figures, one table's rows, however wide the white the dots leave between the longest label
    and the figures."""
    both = [ln for ln in block if any(w.x1 <= a for w in ln.words) and any(w.x0 >= b for w in ln.words)]
    led = sum(1 for ln in both if any(is_leader(w) and len(w.text) >= 3 and w.x1 > a for w in ln.words))
    return bool(both) and led >= LED_SHARE * len(both)


RULE_REACH = 3.0  # points: a rule ends this near a gutter's edge (drawn to its table's edge)


def parted_by_rules(block: list[Line], gaps: list[tuple[float, float]], hrules: Sequence[Mapping[str, Any]]
                    ) -> list[list[Line]]:
    """Two tables side by side, each with its own row rules: the horizontal rules over the block
    fall in two sets, one ending at a gutter and reaching the block's left edge, the other starting
    at that gutter and reaching its right edge, and none runs across it (one table's rules, even
    where its rows differ, run across all its columns). The block's words on each side of that
    gutter, as two blocks of lines; none when there is no such gutter."""
    if not hrules or not gaps:
        return []
    top, bottom = block[0].top - 2 * block[0].size, block[-1].bottom + 2 * block[-1].size
    left_x, right_x = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    over = [r for r in hrules if top <= r["top"] <= bottom and r["x1"] > left_x and r["x0"] < right_x]
    for a, b in gaps:
        left = [r for r in over if a - RULE_REACH <= r["x1"] <= b + RULE_REACH and r["x0"] <= left_x + RULE_REACH]
        right = [r for r in over if a - RULE_REACH <= r["x0"] <= b + RULE_REACH and r["x1"] >= right_x - RULE_REACH]
        across = [r for r in over if r["x0"] < a - RULE_REACH and r["x1"] > b + RULE_REACH]
        if len(left) >= 2 and len(right) >= 2 and not across:
            cut = (a + b) / 2
            words = [w for ln in block for w in ln.words]
            return [text_lines([w for w in words if (w.x0 + w.x1) / 2 < cut]),
                    text_lines([w for w in words if (w.x0 + w.x1) / 2 >= cut])]
    return []


TIGHT_GUTTER = 3.0  # points: a gutter narrower only shows by text edges lining up (narrow_gutters)


def rows_beside(block: list[Line], cut: float, others: list[tuple[float, float]]) -> bool:
    """One side of a wide gutter is a single column whose lines stand on the baselines of the
    other side's lines (a date or status column set far right of the rest of its rows): one
    table's column, not a second thing beside the first. Two tables or a chart's labels beside a
    table keep lines of their own."""
    for side in (lambda x: x < cut, lambda x: x >= cut):
        mine = [ln for ln in block if any(side((w.x0 + w.x1) / 2) for w in ln.words)]
        if not mine:
            continue
        if any(side((g[0] + g[1]) / 2) and g[1] - g[0] >= TIGHT_GUTTER for g in others):
            if keyed_rows(block, mine, side) or details_beside(block, mine, side):
                return True
            continue  # this side has columns of its own (tight ones, cells padded a point, go with
            # the rows beside them: two things set side by side keep a gutter between columns)
        theirs = [ln for ln in block if any(not side((w.x0 + w.x1) / 2) for w in ln.words)]
        shared = sum(1 for ln in mine if ln in theirs)
        height = theirs[-1].bottom - theirs[0].top if theirs else 0.0
        # down the whole table, its text lined up on one edge as a column's is (a chart's labels
        # beside a table keep to the chart's height, and stand where the chart's slices are)
        spans = [extent([w for w in ln.words if side((w.x0 + w.x1) / 2)]) for ln in mine]
        need = max(2, int(0.8 * len(spans) + 0.5))
        lined_up = any(aligned(xs, need=need) for xs in (
            [a for a, _ in spans], [b for _, b in spans], [(a + b) / 2 for a, b in spans]))
        if shared >= 0.8 * len(mine) and mine[-1].bottom - mine[0].top >= 0.7 * height and lined_up:
            return True
    return False


KEYED_SHARE = 0.9  # of one side's lines: those standing on a line of the other side
DETAIL_WORDS = 3  # words at most in each cell of a side that holds a table's details (who, when, a mark)
DETAIL_TEXT_WORDS = 5  # words at least in the cell beside it that says what the row is about
DETAIL_MIN_LINES = 3


def details_beside(block: list[Line], mine: list[Line], side: Any) -> bool:
    """One side of a wide gutter holds columns of short cells only (initials, dates, a status
    mark: 'HT | January 2027 | ✗'), every line of it on the baseline of a line of the other side,
    and most of those lines hold there a cell of a sentence's length (what is to be done): the
    details of the other side's rows, one table whose text column is set wide (a text rendering
    pads it to its longest cell), not a second table beside the first. The other side's lines of
    its own (banner rows between the rows) do not count against it. A table or a box beside
    another keeps cells of text of its own."""
    theirs = [ln for ln in block if any(not side((w.x0 + w.x1) / 2) for w in ln.words)]
    shared = [ln for ln in mine if ln in theirs]
    if len(mine) < DETAIL_MIN_LINES or len(shared) < KEYED_SHARE * len(mine):
        return False
    for ln in mine:
        cells = [[w for w in seg if side((w.x0 + w.x1) / 2)] for seg in ln.segments]
        if any(len(c) > DETAIL_WORDS for c in cells):
            return False
    texts = sum(1 for ln in shared if any(len([w for w in seg if not side((w.x0 + w.x1) / 2)]) >= DETAIL_TEXT_WORDS
                                          for seg in ln.segments))
    if texts < 0.5 * len(shared):
        return False
    height = theirs[-1].bottom - theirs[0].top
    return mine[-1].bottom - mine[0].top >= 0.6 * height


def keyed_rows(block: list[Line], mine: list[Line], side: Any) -> bool:
    """One side of a wide gutter (columns of its own: Who | When | RAG) sets each of its lines on
    the baseline of a line of the other side, whose lines all start on one edge and run on below
    (a prose column wrapping long actions and their bullets): each line of this side starts a row
    of one table, not a second table set beside the first. Two tables side by side keep lines of
    their own, or as many lines as each other."""
    theirs = [ln for ln in block if any(not side((w.x0 + w.x1) / 2) for w in ln.words)]
    shared = [ln for ln in mine if ln in theirs]
    if len(mine) < 3 or len(shared) < KEYED_SHARE * len(mine) or len(theirs) < 1.5 * len(mine):
        return False
    starts = [min(w.x0 for w in ln.words if not side((w.x0 + w.x1) / 2)) for ln in theirs]
    if not aligned(starts, need=max(3, int(0.8 * len(starts) + 0.5))):
        return False
    height = theirs[-1].bottom - theirs[0].top
    return mine[-1].bottom - mine[0].top >= 0.6 * height


def cut_at_rules(ln: Line, vrules: list[Edge]) -> None:
    """A segment running over a vertical ruling at the line's height is two cells' texts."""
    mid = (ln.top + ln.bottom) / 2
    xs = [e["x0"] for e in vrules if e["top"] - 1 <= mid <= e["bottom"] + 1 and ln.x0 < e["x0"] < ln.x1]
    if not xs:
        return
    out: list[list[Word]] = []
    for seg in ln.segments:
        out.append([seg[0]])
        for a, b in zip(seg, seg[1:], strict=False):
            if any(a.x1 - 0.5 <= x <= b.x0 + 0.5 for x in xs):
                out.append([])
            out[-1].append(b)
    ln.segments = out


def snap_to_rules(gaps: list[tuple[float, float]], vrules: list[Edge], lines: list[Line]) -> list[tuple[float, float]]:
    """A gutter holding a vertical ruling along the table is cut at the ruling: (x, x). A column
    separator the text gutters missed (cells set a point or two from the rule) is a gutter too,
    where no word runs over it: rules are the stronger evidence of columns where they exist."""
    if not vrules or not lines:
        return gaps
    tall = separator_rules(vrules, lines)
    out = []
    for a, b in gaps:
        inside = [x for x in tall if a - 2 <= x <= b + 2]
        out.append((inside[0], inside[0]) if len(inside) == 1 else (a, b))
    x0, x1 = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    words = [w for ln in lines for w in ln.words]
    for x in tall:
        if x0 < x < x1 and not any(a - 2 <= x <= b + 2 for a, b in gaps) \
                and not any(w.x0 + 0.5 < x < w.x1 - 0.5 for w in words):
            out.append((x, x))
    return sorted(out)


def separator_rules(vrules: list[Edge], lines: list[Line]) -> list[float]:
    """x of the vertical rulings running down most of the lines' height (60 %), counting the
    pieces of one rule broken where a row spans the table (a section banner) together."""
    top, bottom = lines[0].top, lines[-1].bottom
    cover: dict[float, float] = {}
    for e in sorted(vrules, key=lambda e: e["x0"]):
        x = next((k for k in cover if abs(k - e["x0"]) <= 1.0), e["x0"])
        cover[x] = cover.get(x, 0.0) + max(0.0, min(e["bottom"], bottom) - max(e["top"], top))
    return [x for x, run in cover.items() if run >= 0.6 * (bottom - top)]


def table_area(block: list[Line], hints: tuple[float, ...] = (),
               body: float = 0.0) -> tuple[int, int, list[tuple[float, float]]] | None:
    """(start, stop, gutters) of the table in a block of lines: the longest run of lines keeping
    to the gutters of its multi-segment lines; None when the block holds no table. `hints`: the
    columns of the table the page before ended with (a lone row of it may start this page);
    `body`: the page's body type size (body_size)."""
    split_at_edges(block)
    found = gutter_area(block, hints)
    if hints:
        first = next((i for i, ln in enumerate(block) if len(seg_spans(ln)) >= 2), None)
        if first is not None:
            carried = last_row(block, first, hints, body)
            # the row keeps more of the columns carried over than its own few lines show
            # (or reaches as far down as the lines found: a carried row whose cells wrap over more lines)
            if carried is not None and (found is None or len(found[2]) < len(carried[2]) and found[0] >= first
                                        and (found[1] - found[0] <= 3 or carried[1] >= found[1])):
                return carried
    return found


def gutter_area(block: list[Line], hints: tuple[float, ...]) -> tuple[int, int, list[tuple[float, float]]] | None:
    multi_idx = [i for i, ln in enumerate(block) if len(seg_spans(ln)) >= 2]
    if len(multi_idx) < 2:
        return None
    lo, hi = multi_idx[0], multi_idx[-1] + 1
    for _ in range(4):  # narrow down: gutters → the run that keeps to them → its own gutters
        multi = [ln for ln in block[lo:hi] if len(seg_spans(ln)) >= 2]
        if len(multi) < 2:
            return None
        gaps = real_gutters(multi, period_gaps(gutters_of(multi), multi), hints)
        if gaps and len(multi) >= 3 and title_across_columns_below(multi[0], gaps, multi[1:]):
            lo = block.index(multi[0]) + 1  # a title over the columns, not their first row
            continue
        if not gaps:
            return None
        run = longest_run(block, gaps, lo, hi)
        if run is None:
            return None
        if run == (lo, hi):
            break
        lo, hi = run
    multi = [ln for ln in block[lo:hi] if len(seg_spans(ln)) >= 2]
    if len(multi) < 2 or len(multi) < multi_share(multi) * (hi - lo):
        return None
    if len(gaps) == 1 and looks_like_prose(multi, (gaps[0][0] + gaps[0][1]) / 2):
        return None
    lo = heading_lines(block, lo, gaps, hi)
    hi = trailing_lines(block, hi, gaps, lo)
    return lo, hi, gaps


# ---- a title across the columns, not a row of them -------------------------------------------------
# A title centred over a table or over columns of text ('MINUTES OF THE   MEETING OF …' over 'Present: |
# Visitors:', 'Quarterly Monitoring of the Improvement Plan' over 'Actions  Lead  Due') sits where the
# columns' first row or heading would. Three tests tell it from a row, one job each, each on the evidence
# at hand where it is asked:
# - title_across_columns_below (gutter_area, while the gutters are found, the line among the lines of
#   several segments): the line's own breaks make the gutters, narrower than an em, inside wider
#   gutters of the lines below whose edges its words cross, and no part of it starts a cell of theirs;
# - title_through_gutter (heading_lines, the gutters found): a break of the line narrower than an em
#   lies in a gutter, its words reaching an em or more into the gutter on both sides;
# - title_over_first_column (heading_lines): a line of one segment over the first column that the
#   heading below would have run on from, had it wrapped.
# title_over_table is what heading_lines asks of a line above the headings. Shared: a numbered line is
# a section row, never such a title (numbered_section_row), and a break narrower than an em is a wide
# word space, not a gutter (_narrower_than_em).

_NUMBERED_START = re.compile(r"^\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S")


def numbered_section_row(ln: Line) -> bool:
    """Does the line open with a number ('1. Identify needs …', '2.3 …')? Over or among the columns it
    is their section row, as its later siblings are: no title across them, however it breaks."""
    return _NUMBERED_START.match(ln.text) is not None


def _narrower_than_em(ln: Line, width: float) -> bool:
    """Is a break of this width narrower than the line's em: a word space, if a wide one, not a gutter
    between columns?"""
    return width < ln.size


def title_across_columns_below(ln: Line, gaps: list[tuple[float, float]], rest: list[Line]) -> bool:
    """Is the first line a title set across the columns below it, broken only at a space a little
    wider than a word's ('MINUTES OF THE   MEETING OF …' centred over 'Present: | Members of the
    Public:')? Its breaks are narrower than an em, each inside a gutter of the lines below at least
    two ems wide, whose text the line's own words cross: the line spans those columns, so the
    narrow gutters it set are none of theirs (the lines below have their own, wider)."""
    if not all(_narrower_than_em(ln, g[1] - g[0]) for g in gaps) or numbered_section_row(ln):
        return False  # (a numbered line over the columns is their first section row: '1. Identify needs …')
    # a part of the line starting where the lines below start a cell is that column's cell: a row
    # whose first cell fills its column ('… the shared speech and | Head of SEND'), not a title
    starts = {round(extent(seg)[0]) for other in rest for seg in other.segments[1:]}
    if any(round(x0) + d in starts for x0, _ in seg_spans(ln)[1:] for d in (-1, 0, 1)):
        return False
    below = gutters_of(rest)
    for g in gaps:
        wide = next((b for b in below if b[0] <= g[0] + 0.5 and g[1] - 0.5 <= b[1]), None)
        if wide is None or wide[1] - wide[0] < 2 * ln.size:
            return False
        if not any(x0 < wide[0] - 0.5 and x1 > wide[0] + 0.5 or x0 < wide[1] - 0.5 and x1 > wide[1] + 0.5
                   for x0, x1 in seg_spans(ln)):
            return False
    return True


def title_through_gutter(ln: Line, gaps: list[tuple[float, float]]) -> bool:
    """Does the line run through a gutter, broken inside it only at a space narrower than an em,
    its words reaching an em or more into the gutter on both sides of the break (a title centred
    over the columns: 'MINUTES OF THE   MEETING OF …')? A column heading keeps to its column."""
    if numbered_section_row(ln):
        return False  # a numbered line is a section row of the columns, as its later siblings are
    spans = seg_spans(ln)
    for a, b in gaps:
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            if a < end and start < b and _narrower_than_em(ln, start - end) \
                    and end - a >= ln.size and b - start >= ln.size:
                return True
    return False


TITLE_WORDS = 3  # a title names something: a line of fewer words above a heading may be its first half


def title_over_first_column(ln: Line, top: Line, gaps: list[tuple[float, float]]) -> bool:
    """A line of one segment, several words long, over the first column of the table's top line, that
    the heading below it would have run on from had it wrapped (the heading's first word fits in the
    room left on the line before the column's gutter): a line of its own, a title over the table
    ('Quarterly Monitoring of the Improvement Plan 2025-26' over 'Actions  Lead  Due'), not the first
    line of a wrapped column heading (which wraps only where the next word does not fit)."""
    spans = seg_spans(ln)
    if len(spans) != 1 or len(ln.words) < TITLE_WORDS or not gaps:
        return False
    right = next((a for a, _ in gaps if a >= spans[0][1] - 0.5), None)
    if right is None or gaps[0][0] < spans[0][1] - 0.5:
        return False  # a line over a later column, or reaching past the first gutter
    first = next((w for w in sorted(top.words, key=lambda w: w.x0) if w.x0 < right), None)
    if first is None or first.x0 > spans[0][1]:
        return False
    space = max(ln.size * 0.25, 1.0)
    return spans[0][1] + space + (first.x1 - first.x0) <= right


def title_over_table(ln: Line, top: Line, gaps: list[tuple[float, float]], body: Sequence[Line]) -> bool:
    """Is the line above the table's top line (`top`, over its body) a title over the table, not a
    heading of it: run through a gutter (title_through_gutter), or over the first column where the
    heading would have run on (title_over_first_column) and not set as the table's rows are
    (set_as_its_rows)?"""
    return title_through_gutter(ln, gaps) \
        or (title_over_first_column(ln, top, gaps) and not set_as_its_rows(ln, body))


MULTI_SHARE = 0.3  # of a table's lines: those with text in two columns or more
MULTI_SHARE_MANY = 0.15  # ... when four lines or more do: a table whose one prose column wraps far


def multi_share(multi: list[Line]) -> float:
    """The share of a run's lines that must set text in two columns or more for it to be a table:
    less when several do, spread over the run (a What | Who | When table whose first column holds
    lists of long items, every other column one line a row)."""
    return MULTI_SHARE_MANY if len(multi) >= 4 else MULTI_SHARE


def last_row(block: list[Line], i: int, hints: tuple[float, ...],
             body: float = 0.0) -> tuple[int, int, list[tuple[float, float]]] | None:
    """A lone row at the top of a page whose segments keep to the columns of the table the page
    before ended with (the table's last row, carried over): a table of one row on those columns.
    `body`: the page's body type size (a row of two texts in smaller type is no row, see below)."""
    spans = seg_spans(block[i])
    inner = [x for x in hints if spans[0][0] < x < spans[-1][1]]
    between = [x for x in inner if not any(a < x < b for a, b in spans)]
    if len(between) < 2 or len(between) < 0.7 * len(inner):
        return None
    if len(spans) == 2 and len(between) < len(inner):
        return None  # two texts, one across a column edge: a page's running head ('OFFICIAL … plan'), no row
    if len(spans) == 2 and block[i].size < FURNITURE_RATIO * body:
        # two texts in smaller type than the page's body: its running head or foot ('Highlight report …
        # Overall: Green' over a slide, 'OFFICIAL … 4' under it) however they fall in the columns; the
        # row the page break carried is set in the type of the table's other rows
        return None
    # the columns left of the row's first text too (empty in this row: 'No.' of a row going on), and
    # right of its last (a status or a note left empty), so that the row keeps the columns of the
    # table it goes on from, counted from the first
    before = [x for x in hints if x <= spans[0][0]]
    after = [x for x in hints if x >= spans[-1][1]]
    gaps = [(x, x) for x in before + between + after]
    return i, trailing_lines(block, i + 1, gaps), gaps


FURNITURE_RATIO = 0.9  # a page's running head or foot is set this much smaller than its body text, or more


def body_size(lines: Sequence[Line]) -> float:
    """The page's body type size: the size most of its characters are set in (0 for no text)."""
    weight: dict[float, int] = {}
    for ln in lines:
        key = round(ln.size, 1)
        weight[key] = weight.get(key, 0) + sum(len(w.text) for w in ln.words)
    return max(weight, key=lambda k: (weight[k], k)) if weight else 0.0


def crossing_count(ln: Line, gaps: list[tuple[float, float]]) -> int:
    # (a box's label wider than the label column, a box beside it: 'What needs to happen' ... 'RAG
    # status: Blue', crosses the first gutter as a cell of the row: see wide_label)
    boxed = len(seg_spans(ln)) >= 2 and wide_label(ln, gaps)
    return sum(1 for j, g in enumerate(gaps) if crosses(ln, g) and not split_at(ln, g) and not (boxed and j == 0))


def split_at(ln: Line, gap: tuple[float, float]) -> bool:
    """The line's words leave the gutter free at a gap between two words (a narrow column gap)."""
    return not any(w.x0 < gap[1] - 0.5 and w.x1 > gap[0] + 0.5 for w in ln.words if not is_leader(w))


def longest_run(block: list[Line], gaps: list[tuple[float, float]], lo: int, hi: int) -> tuple[int, int] | None:
    """The run of lines with the most multi-segment lines where no two lines in a row cross
    the gutters (one may: a banner, a heading over several columns)."""
    runs: list[tuple[int, int]] = []
    start = lo
    i = lo
    while i < hi:
        if crossing_count(block[i], gaps) and i + 1 < hi and crossing_count(block[i + 1], gaps) \
                and not header_pair(block, i, gaps):
            runs.append((start, i))
            while i < hi and crossing_count(block[i], gaps):
                i += 1
            start = i
            continue
        i += 1
    runs.append((start, hi))
    best = None
    best_n = 1
    for a, b in runs:
        # trim crossing lines at the ends: they belong to the text around
        while a < b and crossing_count(block[a], gaps) and len(seg_spans(block[a])) < 2:
            a += 1
        # a banner across the gutters over a list of its own ('Key priority 2   Raise attendance …',
        # 'Success criteria:', '• …'): the text above the table, not its rows
        if a < b and crossing_count(block[a], gaps) and a + 1 < b and list_lead(block[a + 1]):
            a += 1
        while a < b and (list_lead(block[a]) or under_lead(block, a)) \
                and all(x1 <= gaps[0][0] + 0.5 for _, x1 in seg_spans(block[a])):
            a += 1  # (a list in the first column's place alone: no row, which fills other columns)
        while b > a and crossing_count(block[b - 1], gaps):
            b -= 1
        n = sum(1 for ln in block[a:b] if len(seg_spans(ln)) >= 2)
        if n > best_n:
            best, best_n = (a, b), n
    return best


def text_start(ln: Line) -> float:
    """Where a line's text starts, past a lone mark before it (a bullet a scan reads as 'a', '°')."""
    words = sorted(ln.words, key=lambda w: w.x0)
    return words[1].x0 if len(words) > 1 and len(words[0].text) == 1 else ln.x0


LIST_INDENT_EMS = 6  # a list item under its lead-in is set in by a few ems at most


def under_lead(block: list[Line], a: int) -> bool:
    """Line a is set in under a list's lead-in above it ('Success criteria:' over '  Pupil passports
    in place …', its bullet lost or misread, as a scan's text may give it), the lines between indented
    so too: the lead-in's item. Set in means by an indent, starting under the lead-in's own words: a
    line starting past them, further right than a list's indent, is no item of it but text of
    another column (a table's heading 'One Withholding' set right of a paragraph ending 'For 2011,
    they are:')."""
    start = text_start(block[a])
    j = a - 1
    while j >= 0 and text_start(block[j]) >= start - 2.0 and not block[j].text.rstrip().endswith(":"):
        j -= 1
    lead = block[j] if j >= 0 else None
    if lead is None:
        return False
    size = max(lead.size, 4.0)
    return len(seg_spans(lead)) == 1 and lead.text.rstrip().endswith(":") \
        and lead.x0 + size < start < min(lead.x1, lead.x0 + LIST_INDENT_EMS * size)


def list_lead(ln: Line) -> bool:
    """A bulleted list's item or the label leading into it ('Success criteria:', '• Persistent absence
    below 12%'): no column heading, no row of a table."""
    text = ln.text.strip()
    mark = list_mark(text)
    return mark is not None and mark[1].startswith("bullet") or text.endswith(":") and len(seg_spans(ln)) == 1


def header_pair(block: list[Line], i: int, gaps: list[tuple[float, float]]) -> bool:
    """Two gutter-crossing lines that are both multi-segment (a two-level heading)."""
    return len(seg_spans(block[i])) >= 2 and len(seg_spans(block[i + 1])) >= 2


def heading_lines(block: list[Line], lo: int, gaps: list[tuple[float, float]], hi: int | None = None) -> int:
    """Lines just above the table (block[lo:hi], its body) whose segments each sit within a column:
    column headings."""
    body = block[lo:hi]
    start, stacked = lo, False  # stacked: a spanning heading line is taken (the lines above it may be more)
    while lo > 0:
        ln = block[lo - 1]
        below = block[lo].top - ln.bottom
        if list_lead(ln) or under_lead(block, lo - 1):
            break  # a list's item or lead-in ('• …', 'Success criteria:'): no heading, no group row
        if lo == start and group_row_under_headings(block, lo, gaps):
            lo -= 1
            continue
        if (heading_line(block[lo], gaps) or stacked) and spanning_heading(ln, block[lo], gaps):
            lo, stacked = lo - 1, True
            continue
        if crossing_count(ln, gaps) or reaches_across(ln, gaps) or below > 1.5 * max(ln.size, 4.0) \
                or title_over_table(ln, block[lo], gaps, body) \
                or lighter_over_heading(ln, block[lo], body):
            break
        if lo > 1 and crossing_count(block[lo - 2], gaps) and ln.top - block[lo - 2].bottom < below \
                and not spanning_heading(block[lo - 2], ln, gaps):
            break  # the last line of the paragraph above (set closer to it than to the table)
        lo -= 1
    return lo


def heading_line(ln: Line, gaps: list[tuple[float, float]]) -> bool:
    """A line of column headings: several segments, each within a column, over half the columns."""
    return not crossing_count(ln, gaps) and not reaches_across(ln, gaps) \
        and 2 * len(seg_spans(ln)) >= len(gaps) + 1 >= 3


GROUP_HEAD_WORDS = 4  # a spanning heading's line ('Leads', 'RAG rating', '2026/27') is a few words


def group_row_under_headings(block: list[Line], lo: int, gaps: list[tuple[float, float]]) -> bool:
    """A line of one segment right above the table's body that crosses its gutters ('Priority 1:
    Early help', the first group row), itself right under a line of column headings: the table's
    first row, between its headings and its body, not a title over it."""
    if lo < 2:
        return False
    ln, above = block[lo - 1], block[lo - 2]
    size = max(ln.size, 4.0)
    # (set as apart as the lines of one block are: a group row has its own cell padding)
    if len(seg_spans(ln)) != 1 or not crossing_count(ln, gaps) or ln.top - above.bottom > MAX_LINE_GAP * size \
            or block[lo].top - ln.bottom > MAX_LINE_GAP * size:
        return False
    for k in range(lo - 2, max(lo - 6, -1), -1):  # the heading lines above, a wrapped one's last first
        if heading_line(block[k], gaps):
            return True
        if crossing_count(block[k], gaps) or reaches_across(block[k], gaps):
            return False
    return False


def spanning_heading(ln: Line, below: Line, gaps: list[tuple[float, float]]) -> bool:
    """A line over the table's column headings whose segments cross gutters, each a few words
    ('Leads' over 'Executive lead | Operational lead', 'RAG rating' over 'Q1 | Q2 | Q3'): a
    heading spanning the columns under it, the top of a stack of headings; not a title over the
    table (one long segment) nor the paragraph above (set further off)."""
    spans = seg_spans(ln)
    if not spans or below.top - ln.bottom > MAX_LINE_GAP * max(ln.size, 4.0):
        return False  # (a row of group headings has its own cell padding: set a little further off)
    words = [[w for w in ln.words if x0 - 0.5 <= w.x0 and w.x1 <= x1 + 0.5] for x0, x1 in spans]
    if any(len(ws) > GROUP_HEAD_WORDS for ws in words):
        return False
    return len(spans) >= 2 or all(w.bold for w in ln.words)


def lighter_over_heading(ln: Line, top: Line, body: Sequence[Line]) -> bool:
    """A line in regular type over a heading line set all in bold, over a body in regular type ('Lead:
    Priya Raman' over 'Milestone  Due  Status'): a paragraph above the table; a wrapped heading's lines
    share their weight."""
    rest = [w for b in body if b is not top for w in b.words]
    return all(w.bold for w in top.words) and not any(w.bold for w in ln.words) \
        and bool(rest) and not all(w.bold for w in rest)


# a list number opening a line: '1.', '2)', '(3)', '1.2', 'A.', 'b)' (a letter only with its stop)
_LIST_NUMBER = re.compile(r"^\(?(?:(\d{1,3}(?:\.\d{1,3})*)\.?|([A-Za-z])[.)])\)?(?=\s|$)")


def list_number(ln: Line) -> tuple[tuple[int, ...], str] | None:
    """The list number a line opens with, as its levels ((1, 2) for '1.2'; a letter by its place in
    the alphabet) and its kind ('digit' or 'letter'); None for a line not opening with one."""
    return _numbered(ln.text)


def _numbered(text: str) -> tuple[tuple[int, ...], str] | None:
    """The list number a text opens with (list_number), or None."""
    m = _LIST_NUMBER.match(text)
    if m is None:
        return None
    if m.group(1):
        return tuple(int(p) for p in m.group(1).split(".")), "digit"
    return (ord(m.group(2).lower()) - ord("a") + 1,), "letter"


def same_sequence(a: tuple[tuple[int, ...], str], b: tuple[tuple[int, ...], str]) -> bool:
    """b is a later item of the list a opens: same kind, same depth, same parent, a higher number."""
    (na, ka), (nb, kb) = a, b
    return ka == kb and len(na) == len(nb) and na[:-1] == nb[:-1] and nb[-1] > na[-1]


def set_as_its_rows(ln: Line, body: Sequence[Line]) -> bool:
    """The line is set as the table's own rows are, so it is a row of the table, not a title over
    it: a numbered item of a list a line of the table goes on ('1. Identify needs early' over the
    rows, '2. Prepare young people' further down), or a line as a lone row of the table is (one
    segment, set apart from the lines around it by more than the table's leading, at the same
    left edge, in the same type, numbered or not alike: a group's heading row)."""
    number = list_number(ln)
    if number is not None and any(n is not None and same_sequence(number, n) for n in map(list_number, body)):
        return True
    leading = min((b.top - a.bottom for a, b in zip(body, body[1:], strict=False)), default=0.0)
    apart = leading + 0.25 * ln.size
    bold = all(w.bold for w in ln.words)
    for i in range(1, len(body) - 1):
        row = body[i]
        if len(seg_spans(row)) != 1 or abs(row.x0 - ln.x0) > 0.5 * ln.size or abs(row.size - ln.size) > 0.5 \
                or all(w.bold for w in row.words) != bold or (list_number(row) is None) != (number is None):
            continue
        if row.top - body[i - 1].bottom > apart and body[i + 1].top - row.bottom > apart:
            return True
    return False


def reaches_across(ln: Line, gaps: list[tuple[float, float]]) -> bool:
    """A line running past the middle of a gutter (a title over the table, 'ACTIONS TO BE TAKEN',
    set in the first column's place but wider than any of its cells): no column heading, which
    keeps to its column as the cells below do."""
    return any(x0 < a and x1 > (a + b) / 2 + 0.5 for x0, x1 in seg_spans(ln) for a, b in gaps)


def trailing_lines(block: list[Line], hi: int, gaps: list[tuple[float, float]], lo: int | None = None) -> int:
    """Lines just below the last multi-segment line that keep to the columns (wrapped cells); and,
    set no further apart than the table's own lines are, the next items of a list a cell of the
    table holds (a cell's paragraphs spaced apart, as Word sets them). `lo`: the table's first line."""
    inner = max((b.top - a.bottom for a, b in zip(block[lo:hi], block[lo + 1:hi], strict=False)), default=0.0) \
        if lo is not None else 0.0
    while hi < len(block):
        ln = block[hi]
        gap = ln.top - block[hi - 1].bottom
        if crossing_count(ln, gaps) and not box_list(ln, block[:hi], gaps) or gap > 1.2 * max(ln.size, 4.0) and not (
                lo is not None and gap <= inner + 0.5 and list_goes_on(ln, block[lo:hi])):
            break
        hi += 1
    return hi


def box_list(ln: Line, above: Sequence[Line], gaps: list[tuple[float, float]]) -> bool:
    """A numbered list running across a box under the box's label ('Key steps' over '1. Open two
    homes', '2. …'): its first item just under a line whose first column holds the label alone, the
    columns between empty (the box spans them; a box beside it may hold a rating), set where the
    label starts; the later items going on from it. The list belongs to the table though it
    crosses the gutters (build_rows puts it in the label's cell: box_list_row)."""
    mark = list_mark(ln.text)
    if mark is None or mark[1].startswith("bullet") or not above:
        return False
    prior = above[-1]
    if list_mark(prior.text) is not None:
        return list_goes_on(ln, above)
    spans = seg_spans(prior)
    return mark[0][-1:] == (1,) and bool(spans) and abs(spans[0][0] - ln.x0) <= 2.0 and len(gaps) >= 2 \
        and (spans[0][1] <= gaps[0][0] + 0.5 or wide_label(prior, gaps)) \
        and not any(gaps[0][1] - 0.5 <= x0 and x1 <= gaps[-1][0] + 0.5 for x0, x1 in spans[1:])


def wide_label(ln: Line, gaps: list[tuple[float, float]]) -> bool:
    """The line's first text is a box's label wider than the label column: a short phrase
    ('What needs to happen', BOX_LABEL_WORDS words at most, no sentence) from the column's left
    edge across the first gutter into the value column, but short of the next gutter (the box
    beside it starts there: 'RAG status: Blue')."""
    segs = ln.segments
    if not segs or len(gaps) < 2:
        return False
    x0, x1 = extent(segs[0])
    words = segs[0]
    return x0 < gaps[0][0] and x1 > gaps[0][1] - 0.5 and x1 < gaps[1][0] + 0.5 \
        and 1 <= len(words) <= BOX_LABEL_WORDS and not words[-1].text.endswith(".") and list_mark(ln.text) is None


def list_mark(text: str) -> tuple[tuple[int, ...], str] | None:
    """The list item a text opens: its number (list_number) or its bullet glyph (kind 'bullet')."""
    t = text.lstrip()
    if t[:1] in LIST_MARKS or t[:2] in ("- ", "– ", "* "):
        return (), "bullet" + t[:1]
    return _numbered(t)


def next_item(a: tuple[tuple[int, ...], str], b: tuple[tuple[int, ...], str]) -> bool:
    """b is a later item of the list a is an item of: the same bullet, or the next numbers."""
    return a[1] == b[1] if a[1].startswith("bullet") else same_sequence(a, b)


def list_goes_on(ln: Line, above: Sequence[Line]) -> bool:
    """The line opens an item of a list that a line above, starting at the same place, is an item of."""
    mark = list_mark(ln.text)
    if mark is None:
        return False
    for prior in reversed(above):
        if abs(prior.x0 - ln.x0) <= 2.0:
            earlier = list_mark(prior.text)
            if earlier is not None:
                return next_item(earlier, mark)
    return False


# ---- columns and fragments ------------------------------------------------------------------
def fragments(ln: Line, k: int, edges: list[float], space: float, left: float | None = None) -> list[Frag]:
    """The line's text per column: its segments, each cut where a column edge falls in a gap
    between two of its words clearly wider than a space (two cells set close together); in a
    line of three segments or more, wherever two words have their centres in different columns."""
    out: list[Frag] = []
    tabular = len(ln.segments) >= 3  # a line of many cells (a heading row): each word to its column
    for seg in ln.segments:
        pieces: list[list[Word]] = [[seg[0]]]
        for a, b in zip(seg, seg[1:], strict=False):
            if tabular and not is_leader(b):
                cut = column_at(a, edges) != column_at(b, edges)
            else:
                cut = b.x0 - a.x1 > 1.6 * space and any(a.x1 <= e <= b.x0 for e in edges)
            if cut:
                pieces.append([])
            pieces[-1].append(b)
        for p in pieces:
            x0, x1 = extent(p)
            c0, c1 = columns_of(x0, x1, edges, left)
            if all(is_leader(w) for w in p) and out and not lone_symbol(p, out[-1], c0):
                # leader dots running on from the text before them lead the eye to the next cell:
                # no text of either ('0.99 . . . . 800' is '0.99' | '800')
                continue
            if out and out[-1].c1 >= c0:  # two pieces in one column: one cell
                out[-1].words.extend(p)
                out[-1].c1 = max(out[-1].c1, c1)
                continue
            out.append(Frag(c0, c1, list(p), k))
    return out


def lone_symbol(piece: list[Word], before: Frag, c0: int) -> bool:
    """'..' or '...' standing alone in a column of its own after the text before it: a
    statistics table's 'not available' mark, a cell's value, not leader dots running on."""
    return len(piece) == 1 and len(piece[0].text) <= 3 and c0 > before.c1


def column_at(w: Word, edges: list[float]) -> int:
    return bisect.bisect_left(edges, (w.x0 + w.x1) / 2)


def columns_of(x0: float, x1: float, edges: list[float], left: float | None = None) -> tuple[int, int]:
    """The columns a piece of text spans; one that lies mostly (70 %) in one column belongs to
    it (a heading wider than its column, figures set into the gutter), unless it starts at the
    left edge of the first column it crosses and fills it (`left`: the table's left edge), as a
    banner set from the first column across the next ones does ('Rec 2: Professionals should …'):
    it spans them."""
    c0 = bisect.bisect_left(edges, x0)
    c1 = max(c0, bisect.bisect_left(edges, x1))
    if c1 > c0 and x1 > x0:
        bounds = [x0] + edges[c0:c1] + [x1]
        widths = [b - a for a, b in zip(bounds, bounds[1:], strict=False)]
        best = max(range(len(widths)), key=widths.__getitem__)
        start = edges[c0 - 1] if c0 > 0 else left
        from_edge = best > 0 and start is not None and x0 - start <= 2.0 and widths[0] >= 0.5 * (edges[c0] - start)
        if widths[best] >= 0.7 * (x1 - x0) and not from_edge:
            return c0 + best, c0 + best
    return c0, c1


def word_space(lines: list[Line]) -> float:
    """The usual gap between two words of a segment (a space)."""
    gaps = sorted(b.x0 - a.x1 for ln in lines for seg in ln.segments for a, b in zip(seg, seg[1:], strict=False))
    return gaps[len(gaps) // 2] if gaps else 0.25 * sorted(ln.size for ln in lines)[len(lines) // 2]


# ---- rows -------------------------------------------------------------------------------------
@dataclass
class Cell:
    frags: list[Frag]
    row: int
    last_row: int

    @property
    def c0(self) -> int:
        return self.frags[0].c0

    @property
    def c1(self) -> int:
        return max(f.c1 for f in self.frags)

    @property
    def last(self) -> Frag:
        return self.frags[-1]


@dataclass
class ColumnFacts:
    """What the table shows of each column: where its text ends, and whether it wraps."""
    right: dict[int, float] = field(default_factory=dict)  # the furthest right a line of it reaches
    left: dict[int, float] = field(default_factory=dict)
    wraps: dict[int, bool] = field(default_factory=dict)  # some line holds several words
    space: float = 3.0
    ends: dict[int, list[float]] = field(default_factory=dict)  # where its lines of running words end


def column_facts(frags: list[list[Frag]]) -> ColumnFacts:
    facts = ColumnFacts()
    spaces: list[float] = []
    for line in frags:
        for f in line:
            if f.c0 != f.c1:
                continue
            c = f.c0
            facts.right[c] = max(facts.right.get(c, f.x1), f.x1)
            facts.left[c] = min(facts.left.get(c, f.x0), f.x0)
            words = [w for w in f.words if not is_leader(w)]
            if len(words) >= 2 and not is_figure(" ".join(w.text for w in words)):
                facts.wraps[c] = True
                if reads_as_words([w.text for w in words]):  # (prose wraps; symbols, codes, units set short)
                    facts.ends.setdefault(c, []).append(f.x1)
                spaces.extend(b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False))
    if spaces:
        spaces.sort()
        facts.space = spaces[len(spaces) // 2]
    return facts


LIST_MARKS = frozenset(LIST_BULLETS)
CONTINUES = re.compile(r"[,\-–/&(+]$|\b(?:and|or|of|the|to|for|in|on|with|by|a|an|at|from|as)$", re.I)


CODE = re.compile(r"^[A-Za-z]{0,3}[\d][\w.\-/]{0,5}$")  # a reference or code: '2a', 'C1', '1.3', 'A12'
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?[ /.\-]?)?" + MONTH + r"[ /.\-']*\d{2,4}$"
                  r"|^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$|^q[1-4][ /\-]?\d{2,4}$|^(?:19|20)\d\d(?:[/\-]\d{2,4})?$", re.I)


def atomic(text: str) -> bool:
    """A figure, a date or a short code: a value that is never wrapped over lines."""
    t = text.strip()
    return is_figure(t) or (" " not in t and CODE.match(t) is not None) or DATE.match(t) is not None


def list_item(f: Frag) -> bool:
    """The fragment opens a list item: a bullet glyph (vocab.LIST_BULLETS), a dash or an asterisk."""
    first = f.words[0].text
    return first[:1] in LIST_MARKS or first in {"-", "–", "*"}


def hanging_indent(above: Frag, f: Frag) -> bool:
    """The fragment starts right of the bullet of the item above it, within a list's indent of it
    (HANG_EMS), with no bullet or item number of its own: the item's text wrapped under itself
    ('• Hold termly events with the forum and publish the answers on the Local' / 'Offer. Lead: …'),
    whatever its first word (a capital, a year). (Not level with the first word after the bullet:
    a bullet drawn in one string with its text measures that word's start short of the indent.)"""
    if not list_item(above) or len(above.words) < 2 or list_item(f) or ITEM_NUMBER.match(f.text):
        return False
    bullet = above.words[0]
    return bullet.x0 + 1.5 < f.x0 <= bullet.x0 + HANG_EMS * bullet.size


HANG_EMS = 2.0  # a list's text hangs this far right of its bullet at most
ITEM_NUMBER = re.compile(r"^\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]\s")  # '2.', '1.3 ', 'a)', '(ii)'


def lower_start(f: Frag) -> bool:
    return f.text.lstrip("\"'“‘(")[:1].islower()


def cut_token(above: Frag, f: Frag, facts: ColumnFacts) -> bool:
    """The fragment is the rest of a token a narrow column cut where its width ran out ('RES0' /
    '1', 'AM' / 'BER', 'BLU' / 'E', '1.2(b' / ')'): one short word starting level with the line
    above, whose last word ends at the column's right edge so that not even the fragment's word
    (no space before it) would have fitted there, the cut falling inside a run of digits or of
    capitals, or before the bracket that closes one the word opened.
    Stacked codes and figures a row each start level too, but the line above them has room."""
    if len(f.words) != 1 or above.c0 != f.c0 or above.c1 != f.c1 or abs(f.x0 - above.x0) > 1.5:
        return False
    head, rest = above.words[-1].text, f.words[0].text
    closes = rest in (")", "]") and head.count("(" if rest == ")" else "[") > head.count(rest)  # '1.2(b' / ')'
    capitals = head[-1:].isupper() and rest.isalpha() and rest.isupper()
    if not (head[-1:].isdigit() and rest.isdigit() or capitals or closes):
        return False
    if capitals and all(len(w) > 2 and lexicon.zipf(w.lower()) >= 3.0 for w in (head_word(head), rest)):
        return False  # two words in capitals ('TARGET' / 'DATE'), a heading wrapped at its space
    room = facts.right.get(f.c0, above.x1) - above.x1
    word = f.words[0]
    return word.x1 - word.x0 > room - 0.5 and len(rest) < len(head) + 3 \
        and too_wide_to_wrap(above, f, facts)  # (a tolerance: measured edges)


def too_wide_to_wrap(above: Frag, f: Frag, facts: ColumnFacts) -> bool:
    """A renderer cuts a token only when it does not fit on a line of its own, where the column's width
    runs out: the piece above reaches the column's edge, and it opens its line or the pieces together
    are wider than the column. A word after others on its line,
    the two narrower than the column, was wrapped whole at its space ('SEND' / 'CAMHS', 'Q3' / '2026')."""
    head, rest = above.words[-1], f.words[0]
    right = facts.right.get(f.c0, above.x1)
    if right - head.x1 > CUT_EMS * head.size:
        return False  # the piece above stops short of the column's edge: no width ran out inside it
    if len(above.words) == 1:
        return True
    return (head.x1 - head.x0) + (rest.x1 - rest.x0) > right - facts.left.get(f.c0, above.x0) - 0.5


CUT_EMS = 0.8  # a token cut where the column's width ran out ends within about a character of its edge


def head_word(text: str) -> str:
    """The letters a text ends with ('RES0' → '', 'AM' → 'AM')."""
    m = re.search(r"[A-Za-z]+$", text)
    return m.group(0) if m else ""


GUTTER_EMS = 2.0  # a gutter between two columns' texts this wide at most is the cells' padding


def column_bound(facts: ColumnFacts, c: int, size: float, default: float) -> float:
    """How far right a line of column c could reach before the renderer wrapped it: the furthest
    its lines reach, or, where the next column's text starts further right than a padded gutter
    (`GUTTER_EMS`) from there, that start less such a gutter (a column of short names beside a
    far column: none of its lines was full, the longest line is no proof of its width).
    `default`: for a column of no single-column text. A column whose lines of words end near their
    furthest reach again and again (full_edge) shows its wrap width there: no further room."""
    right = facts.right.get(c)
    if right is None:
        return default
    nxt = [x for k, x in facts.left.items() if k > c]
    if not nxt or full_edge(facts.ends.get(c, []), right, size):
        return right
    return max(right, min(nxt) - GUTTER_EMS * size)


FULL_LINES = 3  # lines of words ending this near a column's furthest reach show its wrap width
FULL_EMS = 1.5  # ... within this many ems of it (a ragged right edge: each line ends a word short)


def full_edge(ends: list[float], right: float, size: float) -> bool:
    """Several lines of running words (`ends`, column_facts) end within a short word of the column's
    furthest reach: a wrapped column's ragged right edge, the wrap width just past it (a column of a
    few short names, none of them full, has no such run of near-full lines; nor is a column of
    symbols and units, each a row's one line, a ragged edge however close its longest lines end:
    'SLP SS (ng/mL)−1' over 'k inc (h−1)' had room to spare)."""
    return sum(1 for x in ends if right - x <= FULL_EMS * size) >= FULL_LINES


SYMBOL = re.compile(r"^[^\W\d_]\d")  # a letter with a figure after it ('ω2', 'k1', 'σ2'): a symbol, no word


def continuation(above: Frag, f: Frag, facts: ColumnFacts) -> str:
    """How the fragment relates to the cell text above it in its column: 'strong' (goes on:
    lower case, a symbol such as 'ω2' aside, the line above ending mid-phrase), 'wrap' (the line
    above was full), 'soft' (nothing says it goes on: it would have fitted, or the column never
    wraps; its room reaches the next column's text less a gutter, column_bound) or 'hard' (it
    cannot go on: figures and codes stacked, another span of columns, a label ended by leaders)."""
    a_text, text = above.text, f.text
    if above.c0 != f.c0 or above.c1 != f.c1 or is_leader(above.words[-1]):
        return "hard"
    if broken_date(a_text, text):
        return "strong"  # a date a narrow column cut inside its year ('30/11/202' over '6')
    if hanging_indent(above, f):
        return "strong"  # a bulleted item's next line, level with its text after the bullet
    if atomic(a_text) and atomic(text):
        return "hard"  # figures and codes stack, one per row
    first = text.lstrip("\"'“‘(")[:1]
    if first.islower() and not SYMBOL.match(f.words[0].text):
        return "strong"
    if atomic(a_text):
        return "hard"  # a figure or a code does not go on in words
    if CONTINUES.search(a_text.rstrip()) and not atomic(text):
        return "strong"
    c = f.c0
    if not facts.wraps.get(c) or abs(f.x0 - above.x0) > 1.5:
        return "soft"  # the column never wraps, or the lines do not start level (centred text)
    first_word = f.words[0]
    room = column_bound(facts, c, first_word.size, above.x1) - above.x1
    if first_word.x1 - first_word.x0 + facts.space > room + 0.5:
        return "wrap"  # the word did not fit on the line above: the renderer wrapped it
    return "soft"


def text_verdicts(frags: list[list[Frag]], facts: ColumnFacts, ruled: list[bool] | None = None) -> list[str]:
    """For each line, what its text says: 'new' (it starts a row), 'go' (it goes on with the
    row above) or 'open' (it only fills columns the row has left empty). `ruled`: lines a rule
    parts from the line above (they start a row whatever their text)."""
    verdicts = ["new"]
    row: dict[int, Frag] = {f.c0: f for f in frags[0]} if frags else {}
    listed = {f.c0 for f in frags[0] if list_item(f)} if frags else set()  # columns whose cell is a list
    key = key_column(frags)
    for i, line in enumerate(frags[1:], 1):
        v = text_verdict(line, row, facts, key, listed)
        if v != "new" and (weight_parts(row, line, key) or under_label_row(row, line)):
            v = "new"
        verdicts.append(v)
        if v == "new" or (ruled and ruled[i]):
            row = {}
            listed = set()
        row.update((f.c0, f) for f in line)
        listed |= {f.c0 for f in line if list_item(f)}
    return verdicts


LABEL_WORDS = 3  # words at most in each cell of a heading row ('Ref', 'Lead officer', 'Due date')
LABEL_CELLS = 3  # ... that fills this many columns at least
TEXT_WORDS = 4  # a cell's line of this many words is running text, no heading's


def label_row(row: Mapping[int, Frag]) -> bool:
    """One line of short labels in several columns: each cell a word or three opening in capitals,
    no figures, none left open ('Ref | Action | Lead | Due | RAG'), as a heading row is."""
    frags = list(row.values())
    return len(frags) >= LABEL_CELLS and len({f.line for f in frags}) == 1 and all(
        len(f.words) <= LABEL_WORDS and f.text[:1].isupper() and not any(ch.isdigit() for ch in f.text)
        and not CONTINUES.search(f.text) for f in frags)


def under_label_row(row: Mapping[int, Frag], line: list[Frag]) -> bool:
    """A line of running text (a cell of TEXT_WORDS words or more) in two columns or more under a
    heading row of short labels (label_row): a row of its own, though it opens in lower case (the
    rest of a row a page break cut, under the heading row printed again); a heading's own words
    wrapped to a second line are short labels too ('Lead' over 'officer')."""
    return len(line) >= 2 and label_row(row) and any(len(f.words) >= TEXT_WORDS for f in line)


def heavy(f: Frag) -> bool:
    return all(w.bold for w in f.words)


def banner_like(row: Mapping[int, Frag] | list[Frag], key: int) -> bool:
    """Text in the key column only, all of it in a heavy weight: a section's banner line."""
    frags = list(row.values()) if isinstance(row, Mapping) else row
    return len(frags) == 1 and frags[0].c0 <= key and heavy(frags[0])


def weight_parts(row: dict[int, Frag], line: list[Frag], key: int) -> bool:
    """A change of weight parts rows where the text alone cannot: a heavy line alone in the key
    column (a section banner) or across two columns or more (a heading row) under a row in regular
    type, or a row in regular type under such a banner (a banner's words do not go on in regular
    type, nor a body row's in bold, nor a heading row's: the line under a heading row repeated at the top
    of a page, in regular type, is a row of its own though it opens in lower case, the rest of the row
    the page break cut)."""
    if not row or not line or any(heavy(f) for f in row.values()) == any(heavy(f) for f in line):
        return False
    if len(line) >= 2 and all(heavy(f) for f in line):
        return True  # a heading row (repeated) under a row in regular type: its words never go on from it
    if len(row) >= 2 and all(heavy(f) for f in row.values()):
        return True  # ... nor a heading row's in regular type under it (the rest of a row a page break cut)
    return banner_like(line, key) or banner_like(row, key)


def key_column(frags: list[list[Frag]]) -> int:
    """The leftmost column with text in half the lines or more: the one a row starts in."""
    counts: dict[int, int] = {}
    for line in frags:
        for c in {f.c0 for f in line}:
            counts[c] = counts.get(c, 0) + 1
    return min((c for c, n in counts.items() if 2 * n >= len(frags)), default=min(counts, default=0))


def text_verdict(line: list[Frag], row: dict[int, Frag], facts: ColumnFacts, key: int = 0,
                 listed: set[int] | None = None) -> str:
    """`listed`: the columns whose cell so far is a list (its first item opened by a bullet): a
    line with another item there, and text in no other column, goes on with the list."""
    kinds = []
    items: list[int] = []  # the places of list items in columns whose cell is a list
    for f in line:
        above = row.get(f.c0)
        if above is None:
            if any(a.c0 < f.c0 <= a.c1 or f.c0 < a.c0 <= f.c1 for a in row.values()):
                return "new"  # under a cell spanning columns (a banner or a spanning heading)
            kinds.append("open")
        elif listed and f.c0 in listed and list_item(f) and len(line) == 1 and above.c1 == f.c1:
            kinds.append("strong")
        else:
            if listed and f.c0 in listed and list_item(f) and above.c1 == f.c1:
                items.append(len(kinds))
            kinds.append(continuation(above, f, facts))
    if kinds and kinds[0] in ("hard", "soft") and len(kinds) >= 2 and row.get(line[0].c0) is not None \
            and broken_ref(row[line[0].c0].text, line[0].text) \
            and set(kinds[1:]) <= {"strong", "wrap", "open"} and "strong" in kinds[1:]:
        # a reference a narrow column broke ('YJ' / '1.' / '1') beside text going on in the other
        # columns: the row goes on, its reference too
        kinds[0] = "strong"
    others = [k for j, k in enumerate(kinds) if j not in items]
    if items and others and all(k in ("strong", "wrap") for k in others):
        # the list's next item beside text that goes on in its own column ('form with' / 'the', a
        # wrapped action beside its cell's second milestone bullet): the row goes on, its list too
        kinds = ["strong" if j in items else k for j, k in enumerate(kinds)]
    if "strong" in kinds:
        # beside text going on in another column, the rest of a token a narrow column cut ('RES0' /
        # '1', 'AM' / 'BER') goes on with it, whatever its type says (codes and figures stack)
        kinds = ["wrap" if k in ("hard", "soft") and (a := row.get(f.c0)) is not None and cut_token(a, f, facts)
                 else k for f, k in zip(line, kinds, strict=True)]
    if not kinds or "hard" in kinds:
        return "new"
    key = min(key, min(row) if row else key)
    if min(f.c0 for f in line) <= key:  # the line has text in the key column (or left of the row's text)
        if kinds[0] == "strong" or (kinds[0] == "wrap" and "soft" not in kinds):
            return "go"
        if kinds == ["soft"] and titled_cell(row, line[0]):
            return "go"
        # bottom-aligned cells (a heading's labels of different heights, a label printed beside
        # the last line of a taller cell): the key cell empty so far, the other columns going on
        if kinds[0] == "open" and set(kinds) <= {"strong", "wrap", "open"} and set(kinds) & {"strong", "wrap"}:
            return "go"
        return "new"
    if set(kinds) == {"open"}:
        return "open"
    if ditto_record(line, row, kinds, facts, key):
        return "new"
    return "go"


def titled_cell(row: Mapping[int, Frag], f: Frag) -> bool:
    """A line in regular type alone in its column, under that column's text in bold in a row whose
    other cells are in regular type: the cell's title set in bold, then what it says under it (an
    action's name over its description), not a new row. (A heading or banner row is bold through;
    a new row beside a bold title would start its other cells on its first line.)"""
    above = row.get(f.c0)
    if above is None or above.c1 != f.c1 or heavy(f) or not heavy(above):
        return False
    return any(not heavy(g) for c, g in row.items() if c != f.c0)


def ditto_record(line: list[Frag], row: Mapping[int, Frag], kinds: list[str], facts: ColumnFacts, key: int) -> bool:
    """A line with a new text in every column the row above filled but its key, nothing saying
    any of them goes on (no lower case, no line above ending mid-phrase; a word too long for the
    room left above is no proof in a column of short names), one of them in a column that never
    wraps (a code, a one-word name): a record whose key is left blank because it is the one above
    (an author's second book: 'La Jument verte | Gallimard | L' then '| Le Passe-Muraille |
    Gallimard | L'), not the row's wrapped lines."""
    cols = [f.c0 for f in line]
    if len(line) < 2 or not set(kinds) <= {"soft", "wrap"} or any(f.c0 != f.c1 for f in line):
        return False
    if set(cols) != {c for c in row if c > key}:
        return False
    return any(not facts.wraps.get(c) for c in cols)


def core_box(f: Frag) -> tuple[float, float]:
    """The top and bottom of the fragment's line of type, its sub- and superscripts aside: words
    set smaller ('k' 'a' '(h−1)': the 'a' a subscript) do not count, and of the rest the middle
    top and bottom (a word with a superscript in it reaches higher than its line, one with a
    subscript lower). A column's gaps measured between whole boxes shrink wherever a formula's
    symbol sits, as though its lines were one cell's."""
    big = max(w.size for w in f.words)
    ws = [w for w in f.words if w.size >= 0.9 * big]
    tops, bottoms = sorted(w.top for w in ws), sorted(w.bottom for w in ws)
    return tops[len(tops) // 2], bottoms[(len(bottoms) - 1) // 2]


def column_gaps(frags: list[list[Frag]]) -> list[list[float | None]]:
    """For each fragment, the gap from the text above it in its column, where no empty line
    could stand between them (None otherwise: a gap over an empty line says nothing of spacing;
    lines of other columns set on their own baselines in between do not count)."""
    last: dict[int, Frag] = {}
    out: list[list[float | None]] = []
    for line in frags:
        gaps: list[float | None] = []
        for f in line:
            above = last.get(f.c0)
            gap = core_box(f)[0] - core_box(above)[1] if above is not None and above.c1 == f.c1 else None
            gaps.append(gap if gap is not None and gap < 1.3 * (f.bottom - f.top) else None)
        for f in line:
            for c in range(f.c0, f.c1 + 1):
                last.pop(c, None)
            last[f.c0] = f
        out.append(gaps)
    return out


def padding(frags: list[list[Frag]], col_gaps: list[list[float | None]], verdicts: list[str],
            size: float) -> tuple[bool, float]:
    """Whether rows are set apart by wider gaps than the lines of a cell, and the widest gap
    still inside a cell. Padded when a line's text is mostly set at one of two gaps and the text
    agrees: lines at the narrow gap mostly go on with the line above (in a dense table where a
    few wider gaps part groups of rows, the text starts a new row at nearly every line)."""
    known = sorted(g for gs in col_gaps for g in gs if g is not None)
    if len(known) < 3:
        return False, 0.0
    base = known[len(known) // 10]
    limit = base + max(1.0, 0.2 * size)
    small = []
    big = 0
    for gs, v in zip(col_gaps[1:], verdicts[1:], strict=True):
        seen = [g for g in gs if g is not None]
        if not seen:
            continue
        if sum(1 for g in seen if g > limit) * 2 >= len(seen):
            big += 1
        else:
            small.append(v)
    if not small or big < 2:
        return False, limit
    return sum(1 for v in small if v == "new") <= 0.5 * len(small), limit


def band_gaps(lines: list[Line]) -> list[float]:
    """For each line, the white space above it across the whole table: its top less the lowest
    bottom of the lines above (negative where it sits beside a taller cell's lines)."""
    out = [0.0]
    low = lines[0].bottom if lines else 0.0
    for ln in lines[1:]:
        out.append(ln.top - low)
        low = max(low, ln.bottom)
    return out


def banding(gaps: list[float], verdicts: list[str], size: float) -> tuple[bool, float]:
    """Whether the table's rows are bands of lines parted by clearly wider white space than any
    inside a band (cell padding), however its cells are aligned (top, middle: lines of a short
    cell between the lines of a tall one); and the gap above which a line starts a band. The
    text must agree: lines inside the bands mostly go on with the line above (in a dense table
    with a blank line between groups of rows, nearly every line starts a row)."""
    # lines set beside a taller cell's lines (negative gaps) are inside a row whatever else
    inner = sorted(g for g in gaps[1:] if g >= 0)
    beside = len(gaps) - 1 - len(inner)
    if len(inner) < 3:
        return False, 0.0
    best, k = 0.0, -1
    # two wide gaps at least above the break, and a fifth of the gaps or more below it
    for i in range(len(inner) - 2):
        jump = inner[i + 1] - inner[i]
        if jump > best and 5 * (beside + i + 1) >= len(gaps) - 1:
            best, k = jump, i
    if k >= 0 and best >= max(2.0, 0.25 * size) and inner[k + 1] >= 1.6 * max(inner[k], 0.5):
        limit = (inner[k] + inner[k + 1]) / 2
    elif 5 * beside >= len(gaps) - 1 and inner[0] >= max(2.0, 0.25 * size):
        limit = inner[0] / 2  # every line inside a row sits beside a taller cell's lines (cells centred)
    else:
        return False, 0.0
    small = [v for g, v in zip(gaps[1:], verdicts[1:], strict=True) if g <= limit]
    if not small:
        return False, limit
    return sum(1 for v in small if v == "new") <= 0.5 * len(small), limit


@dataclass
class Rows:
    """Cells being built row by row: each column's open cell, the row count."""
    cells: list[Cell] = field(default_factory=list)
    open: dict[int, Cell] = field(default_factory=dict)
    r: int = -1

    def start(self) -> None:
        self.r += 1

    def add(self, f: Frag) -> None:
        for k in [k for k, c in self.open.items() if k <= f.c1 and c.c1 >= f.c0]:
            del self.open[k]
        cell = Cell([f], self.r, self.r)
        self.cells.append(cell)
        self.open[f.c0] = cell

    def attach(self, cell: Cell, f: Frag) -> None:
        cell.frags.append(f)
        cell.last_row = self.r


def parted(above: list[Frag], a: Line, b: Line, rules: list[tuple[float, float, float]]) -> bool:
    """A horizontal rule between two lines parts them: one across most of the table, or one
    underlining a heading that spans columns (a group's label over its columns' headings)."""
    for y, x0, x1 in rules:
        if not a.bottom - 1 <= y <= b.top + 1:
            continue
        if x1 - x0 >= 0.5 * (max(b.x1, a.x1) - min(b.x0, a.x0)):
            return True
        if any(f.c1 > f.c0 and min(x1, f.x1) - max(x0, f.x0) >= 0.8 * (f.x1 - f.x0) for f in above):
            return True
    return False


def blank_fill_edges(fills: list[dict[str, Any]], lines: list[Line], x0: float, x1: float,
                     edges: Sequence[float] = ()) -> list[float]:
    """The top and bottom edges of the shaded cells with no text in the table (a period grid's
    marks shown only as colour, each shading its whole cell; a RAG shown only as colour in the
    wide value column of a label | value card): a cell's shading ends where its row does.
    `edges`: the column edges; a wide fill within one column is a cell, not a band across rows."""
    top, bottom = lines[0].top, lines[-1].bottom
    tall = 1.5 * sorted(ln.bottom - ln.top for ln in lines)[len(lines) // 2]
    ln_size = sorted(ln.size for ln in lines)[len(lines) // 2]
    out: list[float] = []
    for f in fills:
        across = not edges or any(f["x0"] + 2 < e < f["x1"] - 2 for e in edges)
        if f["x0"] < x0 - 2 or f["x1"] > x1 + 2 or f["bottom"] <= top or f["top"] >= bottom \
                or f["x1"] - f["x0"] >= 0.5 * (x1 - x0) and across or f.get("mark") or f["bottom"] - f["top"] < tall:
            continue  # outside the table, a band across it (zebra rows may hold a whole group), or a
            # mark drawn in a cell (a dot, a tick box: no taller than a line of text), not the cell
        reach = 0.1 * ln_size  # a line's box reaches past its cell a little (shade_parted)
        if any(w.x0 < f["x1"] and w.x1 > f["x0"] and w.top < f["bottom"] - reach and w.bottom > f["top"] + reach
               for ln in lines for w in ln.words):
            continue
        out += [f["top"], f["bottom"]]
    return out


def heading_band_edge(fills: list[dict[str, Any]], lines: list[Line], x0: float, x1: float) -> list[float]:
    """The bottom edge of a band shaded across the table behind its first line (a sheet's heading row
    in white on blue): the body starts below it, however near its first line sits (a heading in larger
    type leaves less white under it than the body's rows have between them). Not a band that holds
    the next line too: zebra stripes may shade a group of rows."""
    if len(lines) < 2:
        return []
    first, second = lines[0], lines[1]
    tol = max(0.5, 0.1 * first.size)
    return [f["bottom"] for f in fills
            if f["x1"] - f["x0"] >= 0.8 * (x1 - x0) and f["top"] <= first.top + tol
            and first.bottom - tol <= f["bottom"] <= second.top + tol][:1]


def shade_parted(a: Line, b: Line, edges: list[float]) -> bool:
    """A blank shaded cell's edge between the two lines: they are in different rows. A line's box
    reaches a little past its cell's edge (a font's ascent is taller than its letters, as
    LibreOffice sets a cell with no padding): a tenth of the type size each way."""
    tol = max(0.5, 0.1 * min(a.size, b.size))
    return any(a.bottom - tol <= y <= b.top + tol for y in edges)


def period_headings(line: list[Frag]) -> bool:
    """A line of period headings only ('Qtr 1  Qtr 2  Qtr 3  Qtr 4'): a heading row's last line; the
    line below it starts the body (a rating under 'Qtr 1' is no more of its heading)."""
    texts = [f.text for f in line]
    return len(run_of_periods(texts)) == len(texts)


def cut_row_end(frags: list[list[Frag]]) -> int | None:
    """The line starting the first whole row of a table that goes on from the page before, when the
    page break cut that table's last row: the lines above it hold text in later columns only (the
    rest of the cut row's action, its milestones), the first line with text in the first column (the
    next row's reference, or its first cell) starts a row of its own. Without this the cut row's rest
    and the next row are one row whenever the white space between them is all the evidence there
    is (two rows on the page: no band to compare with)."""
    k = next((i for i, line in enumerate(frags) if any(f.c0 == 0 for f in line)), None)
    return k if k else None


def build_rows(frags: list[list[Frag]], lines: list[Line], rules: list[tuple[float, float, float]],
               facts: ColumnFacts, shade_edges: Sequence[float] = (), goes_on: bool = False
               ) -> tuple[list[Cell], list[int], dict[str, Any]]:
    """Lines → cells with their rows and spans; the line where each row starts; how it was decided.
    `shade_edges`: where blank shaded cells end (blank_fill_edges), rows part there too; and below a
    line of period headings. `goes_on`: the table goes on from the page before (see cut_row_end)."""
    n = len(lines)
    ruled = [False] + [parted(frags[i - 1], lines[i - 1], lines[i], rules) for i in range(1, n)]
    shaded = [False] + [shade_parted(lines[i - 1], lines[i], list(shade_edges)) or period_headings(frags[i - 1])
                        for i in range(1, n)]
    if goes_on and (k := cut_row_end(frags)) is not None:
        shaded[k] = True
    verdicts = text_verdicts(frags, facts, ruled)
    col_gaps = column_gaps(frags)
    size = sorted(ln.size for ln in lines)[n // 2]
    padded, limit = padding(frags, col_gaps, verdicts, size)
    white = band_gaps(lines)
    banded, band_limit = banding(white, verdicts, size)
    by_rules = rules_part_rows(ruled, verdicts)
    if banded:
        return band_rows(frags, lines, [r or s for r, s in zip(ruled, shaded, strict=True)], white, band_limit,
                         limit, facts, verdicts, by_rules)
    rows = Rows()
    starts: list[int] = []
    for i, line in enumerate(frags):
        gaps = col_gaps[i]
        fresh = [g is None or g > limit or overprinted(g, f) for g, f in zip(gaps, line, strict=True)]
        box_item = i > 0 and not ruled[i] and box_list_row(line[:1], rows) \
            and all(beside_goes_on(f, rows) for f in line[1:])
        if box_item:
            rows.attach(rows.open[line[0].c0], line[0])  # a box's list under its label
            for f in line[1:]:
                rows.attach(rows.open[f.c0], f)  # (and a box beside it goes on: 'Current rating:' over 'AMBER')
            continue
        if i == 0 or ruled[i] or shaded[i]:
            start = True
        elif by_rules:
            start = fills_row(line, rows) and verdicts[i] == "new" or under_spanning(line, rows)
        elif padded:
            start = padded_start(line, fresh, rows, lines[i].top - lines[i - 1].bottom > limit)
        elif verdicts[i] == "open":
            start = lines[i].top - lines[i - 1].bottom > limit
        else:
            start = verdicts[i] == "new"
        if start:
            rows.start()
            starts.append(i)
        for f, is_fresh in zip(line, fresh, strict=True):
            cell = rows.open.get(f.c0)
            if cell is None or cell.c1 != f.c1 or any(x.c0 < f.c0 <= x.c1 for x in rows.open.values() if x is not cell):
                rows.add(f)
            elif padded:
                if ruled[i] or shaded[i] or is_fresh and (start or cell.row != rows.r):
                    rows.add(f)
                else:
                    rows.attach(cell, f)
            elif not start and cell.row == rows.r:
                rows.attach(cell, f)
            elif merged_on(cell, f, facts, start, ruled[i] or shaded[i]):
                rows.attach(cell, f)  # a merged cell's text going on
            else:
                rows.add(f)
    how: dict[str, Any] = {"rows": ("rules+" if any(ruled) else "") + ("gaps" if padded else "text"),
                           "leading": round(limit, 2)}
    return rows.cells, starts, how


def rules_part_rows(ruled: list[bool], verdicts: list[str]) -> bool:
    """Rules drawn between the rows (two or more, at a third of the row starts the text shows or more):
    then the rules, not the text, part rows; a list's items or a cell's paragraphs inside a
    ruled band are lines of one row (a header underline alone, or rules under groups of rows
    in a dense table, do not decide)."""
    ruled_starts = sum(ruled[1:])
    text_starts = sum(1 for r, v in zip(ruled[1:], verdicts[1:], strict=True) if r or v == "new")
    return ruled_starts >= 2 and ruled_starts >= 0.3 * text_starts


def fills_row(line: list[Frag], rows: Rows) -> bool:
    """A line inside a ruled band may start a row of its own only when it has text in (nearly)
    all the columns the row has so far, two or more (a dense table's rows, ruled in groups; its
    text must say so too: stacked heading lines fill every column and go on)."""
    row_cols = {c.c0 for c in rows.open.values() if c.row == rows.r}
    cols = {f.c0 for f in line}
    return len(cols) >= 2 and len(cols & row_cols) >= 0.8 * len(row_cols)


def under_spanning(line: list[Frag], rows: Rows) -> bool:
    """Text set under a cell of the row that spans columns, in columns of its own: the spanning
    cell is a group heading, the text below it the headings of its columns (a row of their own)."""
    return any(c.row == rows.r and c.c1 > c.c0 and c.c0 <= f.c0 <= c.c1 and (c.c0, c.c1) != (f.c0, f.c1)
               for f in line for c in rows.open.values())


def band_rows(frags: list[list[Frag]], lines: list[Line], ruled: list[bool], white: list[float],
              band_limit: float, col_limit: float, facts: ColumnFacts, verdicts: Sequence[str] = (),
              by_rules: bool = False) -> tuple[list[Cell], list[int], dict[str, Any]]:
    """Rows of a table set in bands: a row starts with each band (and at a rule); inside a band,
    where two columns or more start a new block of lines after their own wide gap (rows whose
    bands a merged cell's text runs across). A line's text goes on with its column's cell when
    that cell is in the same row and its last line is close above; else it starts a cell.
    `by_rules`: rules part the table's rows (rules_part_rows), so a band of one cell's text alone
    inside a ruled row is that cell's next paragraph (ruled_paragraph)."""
    rows = Rows()
    starts: list[int] = []
    band = -1
    band_of: dict[int, int] = {}  # line → band
    pitch = line_pitch(frags, lines, white, band_limit)  # the pitch of a cell's lines, measured top to top
    head = heading_band(ruled, white, band_limit, frags)
    for i, line in enumerate(frags):
        # a cell's next list item set a paragraph's space apart is no band of its own, nor is a
        # cell's next paragraph inside a row the rules frame
        listed = i > 0 and (list_item_goes_on(line, rows) or by_rules and not ruled[i] and ruled_paragraph(line, rows))
        new_band = i == 0 or white[i] > band_limit and not listed
        if new_band:
            band += 1
        band_of[i] = band
        fresh = []
        for f in line:
            cell = rows.open.get(f.c0)
            near = cell is not None and cell.c1 == f.c1 and band_of[cell.last.line] == band \
                and f.top - cell.last.top <= pitch
            fresh.append(not near)
        inner = [fr for f, fr in zip(line, fresh, strict=True)
                 if (c := rows.open.get(f.c0)) is not None and band_of[c.last.line] == band]
        # text under a heading that spans columns, in the same row: the heading's row is over
        under = under_spanning(line, rows)
        stacked = stacked_figures(line, rows, band, band_of, facts) >= 2
        alone = lines_above_alone(line, i, rows, band, band_of, verdicts)
        # set apart in every column it has text in, each column's cell already in this row, and
        # its text not going on from the row ('Area A - Leadership' under a row's last bullet, a
        # line's gap below it but within the band): a row of its own (it cannot share their places)
        apart = bool(line) and all(fr and slot_taken(rows, f) for f, fr in zip(line, fresh, strict=True)) \
            and (not verdicts or verdicts[i] == "new") and not listed
        start = new_band or ruled[i] or (sum(inner) >= 2 or under or stacked or alone or apart) and i >= head
        if start:
            rows.start()
            starts.append(i)
        # new blocks of lines part rows (figures stacked under figures part them by their text)
        blocks = start and not new_band and not ruled[i] and not under and not stacked and not alone
        # the line's first column starts afresh under a cell's short last line: no cell of it goes on
        first_open = rows.open.get(line[0].c0) if line else None
        afresh = first_open is not None and ends_short(first_open, line[0], facts)
        for f, fr in zip(line, fresh, strict=True):
            cell = rows.open.get(f.c0)
            # past a row start inside a band: where new blocks of lines part the rows, a column's
            # text set at its leading goes on with its cell (merged over the rows), unless the line's
            # first column starts afresh (ends_short); under a spanning heading, only text going on
            # in lower case does
            goes_on = not start or blocks and not afresh or (not new_band and merged_on(cell, f, facts, True, ruled[i])
                                              if cell is not None else False)
            if cell is not None and not fr and goes_on and cell.c1 == f.c1:
                rows.attach(cell, f)
            elif not start and slot_taken(rows, f) and cell is not None:
                rows.attach(cell, f)  # a paragraph of the row's cell set apart: two cells never share a place
            else:
                rows.add(f)
    how: dict[str, Any] = {"rows": ("rules+" if any(ruled) else "") + "bands", "leading": round(band_limit, 2)}
    return rows.cells, starts, how


HEADING_LINES = 4  # a column heading wraps over a few lines at most ('Deliver' / 'ed to' / 'date' / '£000')


# a column heading in a band a rule closes has at most this many words on a line ('Savings target
# 2025/26', 'Lead officer'); a line of more is a sentence, a value
HEADING_BAND_WORDS = 5


def heading_band(ruled: Sequence[bool], white: Sequence[float], band_limit: float,
                 frags: Sequence[Sequence[Frag]] = ()) -> int:
    """The lines of the table's first band when a rule closes it (a heading underlined): its
    column headings, wrapped over lines ('2025/' / '26' / '£000'), one row whatever their types
    say (figures stacked in a band part rows only under the headings); 0 when no rule does, or
    when a line above the rule holds a sentence (a form's label | value rows over a rule: no
    heading band)."""
    for i in range(1, min(len(ruled), HEADING_LINES + 1)):
        if ruled[i]:
            if any(len(f.words) > HEADING_BAND_WORDS for line in frags[:i] for f in line):
                return 0
            return i
        if white[i] > band_limit:
            return 0
    return 0  # (a rule further down closes a body row, not a heading)


def ruled_paragraph(line: list[Frag], rows: Rows) -> bool:
    """In a table whose rules part the rows, a line with text in one column only, under no rule, and
    that column's cell already in the current row (the same span), one of several cells of it: the
    cell's next paragraph set a band's white apart ('Key member of staff …' under 'Update staff in
    first aid …' in a plan's Strategy cell), not a row of its own; the rule, not the white, ends a
    row. (A band with text in several columns at once is records stacked under one rule: a row each.)"""
    if len(line) != 1 or rows.r < 0:
        return False
    here = [c for c in rows.open.values() if c.row == rows.r]
    return len(here) >= 2 and slot_taken(rows, line[0])


def list_item_goes_on(line: list[Frag], rows: Rows) -> bool:
    """Each of the line's texts opens the next item of the list its column's cell in the current row
    holds ('2. …' under '1. …', '• …' under '• …'), in a row with cells in other columns too: a
    cell's paragraphs set apart (Word's space after a paragraph), not a row of their own."""
    if not line or rows.r < 0:
        return False
    here = [c for c in rows.open.values() if c.row == rows.r]
    for f in line:
        cell = rows.open.get(f.c0)
        mark = list_mark(f.text)
        if cell is None or cell.row != rows.r or cell.c1 != f.c1 or mark is None or len(here) < 2:
            return False
        items = [m for m in (list_mark(x.text) for x in cell.frags) if m is not None]
        if not items or list_mark(cell.frags[0].text) is None or not next_item(items[-1], mark):
            return False
    return True


def box_list_row(line: list[Frag], rows: Rows) -> bool:
    """A line of one text, a numbered list's item spanning columns, under the cell of the current
    row it goes on from: the box's label alone ('Key steps', the item numbered 1) or the list's
    earlier items (the next number) (see box_list)."""
    if len(line) != 1 or rows.r < 0:
        return False
    f = line[0]
    cell = rows.open.get(f.c0)
    mark = list_mark(f.text)
    if cell is None or cell.last_row != rows.r or f.c1 <= f.c0 or mark is None or mark[1].startswith("bullet"):
        return False
    items = [m for m in (list_mark(x.text) for x in cell.frags) if m is not None]
    if not items:
        return len(cell.frags) == 1 and mark[0][-1:] == (1,)
    return list_mark(cell.frags[1].text) is not None if len(cell.frags) > 1 and list_mark(cell.frags[0].text) is None \
        and next_item(items[-1], mark) else False


def beside_goes_on(f: Frag, rows: Rows) -> bool:
    """Beside a box's list going on under its label (box_list_row), the text goes on in a box of the
    current row over the same columns, one the row opened with a label waiting for its value
    ('Current rating:' over 'AMBER')."""
    cell = rows.open.get(f.c0)
    return cell is not None and cell.last_row == rows.r and cell.c1 == f.c1 \
        and len(cell.frags) == 1 and cell.frags[0].text.rstrip().endswith(":")


def slot_taken(rows: Rows, f: Frag) -> bool:
    """The column where the text starts already holds a cell of the current row (the same span)."""
    cell = rows.open.get(f.c0)
    return cell is not None and cell.last_row == rows.r and cell.c1 == f.c1


def lines_above_alone(line: list[Frag], i: int, rows: Rows, band: int, band_of: dict[int, int],
                      verdicts: Sequence[str]) -> bool:
    """A line with text in several columns under lines of one column only in its band, which the
    text says it does not go on from ('Priority 2: …' / 'Executive sponsor: …' over a heading
    repeated for the next section): those lines are rows of their own, not the first lines of
    this row's first cell."""
    if not verdicts or verdicts[i] != "new" or len(line) < 2:
        return False
    here = [c for c in rows.open.values() if band_of.get(c.last.line) == band]
    return bool(here) and all(c.c0 == line[0].c0 for c in here) \
        and all(c.c0 != f.c0 for f in line[1:] for c in here)


def ends_short(cell: Cell, f: Frag, facts: ColumnFacts) -> bool:
    """The cell's text ended on a short last line of a wrapped cell ('… served with a section 21' /
    'notice') and the text below starts afresh in capitals where it would have fitted: the next
    row's own cell, not the cell merged on (band_rows asks it of a line's first column only: a
    grouping column's merged text may start a new sentence under a short line)."""
    lines = {x.line for x in cell.frags}
    return len(lines) >= 2 and continuation(cell.last, f, facts) == "soft" and not lower_start(f) \
        and len(cell.last.words) <= 2


def stacked_figures(line: list[Frag], rows: Rows, band: int, band_of: dict[int, int],
                    facts: ColumnFacts | None = None) -> int:
    """Columns where the line sets a figure, date or code right under one of the same band (a
    band of several rows set close together, as text laid out by spaces prints them): each such
    column says a new row starts, for figures stack one per row and never wrap. A date or a code
    a narrow column cut ('30/06/202' / '6', 'RES0' / '1') is one value going on, not two."""
    n = 0
    for f in line:
        cell = rows.open.get(f.c0)
        if cell is not None and cell.c1 == f.c1 and band_of[cell.last.line] == band \
                and atomic(cell.last.text) and atomic(f.text) \
                and not broken_date(cell.last.text, f.text) \
                and not (facts is not None and cut_token(cell.last, f, facts)):
            n += 1
    return n


def merged_on(cell: Cell, f: Frag, facts: ColumnFacts, start: bool, ruled: bool) -> bool:
    """The text goes on with a cell of an earlier row (a cell merged down over rows): past a row
    start only words going on in lower case from words, never across a rule."""
    kind = continuation(cell.last, f, facts)
    if not start:
        return kind in ("strong", "wrap")
    ended = cell.last.text.rstrip().endswith((".", "!", "?", ";"))  # a sentence over: the row that starts has its own
    prose = sum(len(x.words) for x in cell.frags) >= 3  # a merged cell running on is running text, not 'A'
    if prose and whole_date(" ".join(x.text for x in cell.frags)) and find_dates(f.text):
        return False  # a date whole in a few words ('by end of Aug 27'), then another: each row's own
    return not ruled and kind == "strong" and lower_start(f) and prose and not ended \
        and not atomic(cell.last.text) and not atomic(f.text) \
        and (ran_out(cell.last, f, facts) or running_words(cell))


def ran_out(above: Frag, f: Frag, facts: ColumnFacts) -> bool:
    """The line above ended where its text ran out of room or mid-phrase: the next line's first
    word would not have fitted on it, or it ends with a word that cannot end a phrase ('and',
    'bio-'). A short line over a line in lower case is no merged cell running on past a row's
    start: a formula's symbol starts in lower case ('SLP SS (ng/mL)−1' over 'k inc (h−1)')."""
    if CONTINUES.search(above.text.rstrip()):
        return True
    word = f.words[0]
    room = column_bound(facts, f.c0, word.size, above.x1) - above.x1
    return word.x1 - word.x0 + facts.space > room + 0.5


def running_words(cell: Cell) -> bool:
    """The cell's text reads as words of running text: two thirds of them or more are common words
    (lexicon), not symbols, units or codes ('Plans are reviewed' / 'on time and every', set short;
    not 'k inc (h−1)' nor 'SLP SS (ng/mL)−1', a formula's symbols)."""
    return reads_as_words([w.text for x in cell.frags for w in x.words])


def reads_as_words(texts: Sequence[str]) -> bool:
    """Two thirds of the tokens or more are common words (lexicon): running text, not symbols, units,
    codes or names."""
    words = [t.strip(".,;:()\"'“”‘’") for t in texts]
    common = sum(1 for w in words if len(w) >= 2 and w.isalpha() and lexicon.zipf(w.lower()) >= 3.0)
    return 3 * common >= 2 * len(words)


DATE_WORDS = 5  # a date as a plan prints it takes a few words at most ('by end of Aug 27')


def whole_date(text: str) -> bool:
    """Is the text a date and no more: a few words that name one ('by end of Aug 27', '30/06/2026')?"""
    return len(text.split()) <= DATE_WORDS and bool(find_dates(text))


def line_pitch(frags: list[list[Frag]], lines: list[Line], white: list[float], band_limit: float) -> float:
    """The widest top-to-top distance of two lines in one cell: the pitch a column's lines most
    often keep inside a band, and a little more. Measured top to top (a line's box height varies
    with its letters; its pitch does not), with the tolerance of one renderer's exact leading
    (or of where a scan's words could be placed):
    LibreOffice sets rows only half a point further apart than the lines of a cell."""
    pitches = []
    last: dict[int, Frag] = {}
    for i, line in enumerate(frags):
        if i and white[i] > band_limit:
            last = {}
        for f in line:
            above = last.get(f.c0)
            if above is not None and above.c1 == f.c1 and above.line == f.line - 1:
                pitches.append(f.top - above.top)
            last[f.c0] = f
    if not pitches:
        return float("inf")
    pitches.sort()
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    base, slack = pitches[len(pitches) // 5], slack_of(lines)
    if slack:
        # words placed within `slack` (a scan's pixel or so): two lines' tops differ by up to twice
        # it either way, so the pitch is the middle of the cluster of the closest pitches
        cluster = [p for p in pitches if p <= base + 4 * slack]
        base = cluster[len(cluster) // 2]
    return base + max(0.3, 0.04 * size, 2 * slack)


def slack_of(lines: list[Line]) -> float:
    """How far off the lines' words may be placed (Word.slack): 0 for a PDF's own text."""
    slacks = sorted(w.slack for ln in lines for w in ln.words)
    return slacks[len(slacks) // 2] if slacks else 0.0


# lines of one paragraph stand at least this share of their type's height apart, baseline to baseline
# (leading under 0.8 em is set by no word processor): nearer, the two lines print over each other
_MIN_LEADING = 0.8


def overprinted(gap: float | None, f: Frag) -> bool:
    """Does the fragment print over the text above it in its column (its gap from it more negative
    than any paragraph's leading allows)? Then that text ran out of its own cell (a sheet's row left
    too short for its wrapped text: 'feedback to social' / 'workers' reaching into the row below), and
    this fragment starts the cell of its own row, not a further line of that one."""
    return gap is not None and gap < -(1 - _MIN_LEADING) * (f.bottom - f.top)


def padded_start(line: list[Frag], fresh: list[bool], rows: Rows, wide_gap: bool) -> bool:
    """In a padded table: a row starts where two columns or more start a new block of lines, where a
    banner does, or where one column does after a wide gap or in a row that has its cell already."""
    n_fresh = sum(fresh)
    if n_fresh >= 2 or any(f.c1 > f.c0 and fr for f, fr in zip(line, fresh, strict=True)):
        return True
    if n_fresh == 1:
        f = next(f for f, fr in zip(line, fresh, strict=True) if fr)
        taken = any(c.row == rows.r and c.c0 == f.c0 for c in rows.cells[-12:])
        return taken or (wide_gap and n_fresh == len(line))
    return False


# ---- the table ----------------------------------------------------------------------------------
def read_table(lines: list[Line], gaps: list[tuple[float, float]], hrules: list[Edge],
               fills: list[dict[str, Any]], one_row: bool = False, vrules: Sequence[Edge] = (),
               min_cells: int = 3, centred_groups: bool = True) -> FoundTable | None:
    gaps = sorted(shaded_columns(gaps, fills, lines))
    edges = [(a + b) / 2 for a, b in gaps]
    space = word_space(lines)
    left = min(ln.x0 for ln in lines)
    frags = [fragments(ln, k, edges, space, left) for k, ln in enumerate(lines)]
    empty = empty_columns(frags, edges, fills, lines) | headings_beside_values(frags, len(edges) + 1)
    if empty and one_row:  # a row on the columns of the table it goes on from: its empty cells are that
        empty = set()  # table's columns (the row carried over a page break holds text in a few of them)
    if empty:  # a sliver between two gutters with no text (nor shading) in any line; a heading set
        # beside its own column's values (left-aligned over right-aligned or centred dates)
        gaps = [g for i, g in enumerate(gaps) if i not in empty]
        edges = [(a + b) / 2 for a, b in gaps]
        frags = [fragments(ln, k, edges, space, left) for k, ln in enumerate(lines)]
    signs = sign_columns(frags, len(edges) + 1)
    if signs:  # a currency sign set apart before its figures ('$   17,863,817'): the figure's own
        gaps = [g for i, g in enumerate(gaps) if i not in signs]
        edges = [(a + b) / 2 for a, b in gaps]
        frags = [fragments(ln, k, edges, space, left) for k, ln in enumerate(lines)]
    ncols = len(edges) + 1
    x0, x1 = outer_edges(lines, edges, fills)
    rules = [(e["top"], e["x0"], e["x1"]) for e in hrules if e["x0"] < x1 and e["x1"] > x0
             and lines[0].top - 2 <= e["top"] <= lines[-1].bottom + 2]
    facts = column_facts(frags)
    shade_edges = blank_fill_edges(fills, lines, x0, x1, edges)
    found, starts, how = build_rows(frags, lines, rules, facts, shade_edges + heading_band_edge(fills, lines, x0, x1),
                                    goes_on=one_row)
    nrows = len(starts)
    if (nrows < 2 and not one_row) or len(found) < min_cells:
        return None
    # the last row ends where its blank shaded cells do (its text alone is shorter than the cells)
    last = lines[starts[-1]].top if starts else lines[-1].top
    bbox = (x0, lines[0].top, x1, max([lines[-1].bottom, *(y for y in shade_edges if last < y <= lines[-1].bottom
                                                            + lines[-1].size)]))
    col_x = [x0] + edges + [x1]
    row_tops = [lines[i].top for i in starts] + [bbox[3]]
    cells = grid_cells(found, nrows, ncols, col_x, row_tops, facts)
    nrows = split_group_heading(cells, nrows, row_tops)
    span_group_headings(cells, nrows)
    join_overlapping_headings(cells, nrows)
    if centred_groups:  # (text laid out by spaces centres nothing by its type: not there)
        centred_group_headings(cells, nrows, col_x)
    if vrules:
        cells = span_where_rules_break(cells, ncols, [a for a, b in gaps if a == b], vrules)
    span_banners(cells, nrows, ncols)
    bottoms = text_bottoms(cells)
    near = fills_near(cells, fills)
    for c in cells:
        c.fill = fill_of(c.bbox, near[id(c)], text=c.text) if fills else None
        if fills and c.fill is None and not c.text.strip():
            c.fill = fill_of(text_band_box(c, bottoms), near[id(c)])
    if fills:
        cells = shaded_banners(cells, nrows, ncols, bbox, fills)
    table = FoundTable(bbox, cells, nrows, ncols, False, edges, gaps)
    table.row_edges = row_tops
    table.evidence.update(how)
    table.evidence["columns"] = "gutters"
    return table


CURRENCY_SIGN = re.compile(r"^[$£€¥]$")


def sign_columns(frags: list[list[Frag]], ncols: int) -> set[int]:
    """Columns holding nothing but a currency sign, each beside a figure in the next column on its
    line (an accountant's '$' set flush left of a right-aligned amount, on the first and total rows):
    the sign belongs to its figure, so the gutter after such a column is none (its index)."""
    out = set()
    for c in range(ncols - 1):
        signs = [(f, line) for line in frags for f in line if f.c0 <= c <= f.c1]
        if len(signs) < 2 or not all(f.c0 == f.c1 == c and CURRENCY_SIGN.match(f.text) for f, _ in signs):
            continue
        if all(any(g.c0 == c + 1 and is_figure(g.text) for g in line) for _, line in signs):
            out.add(c)
    return out


def shaded_banners(cells: list[GridCell], nrows: int, ncols: int, bbox: tuple[float, float, float, float],
                   fills: list[dict[str, Any]]) -> list[GridCell]:
    """A row of one text under a shading that runs the table's whole width ('People and culture' on a
    tinted band, a Word table's merged banner row as LibreOffice prints it without borders): one
    cell across every column, whichever column the gutters put its text in (a banner's words run
    over the first gutter: read by their middle, they fell into the second column)."""
    out = list(cells)
    for r in range(nrows):
        row = [c for c in out if c.r <= r < c.r + c.rowspan]
        texts = [c for c in row if c.text.strip()]
        if ncols < 3 or len(texts) != 1 or texts[0].r != r or texts[0].rowspan != 1 \
                or any(c.rowspan != 1 for c in row):
            continue
        cell = texts[0]
        top, bottom = cell.bbox[1], cell.bbox[3]
        band = next((f for f in fills if f["x0"] <= bbox[0] + 3 and f["x1"] >= bbox[2] - 3
                     and f["top"] <= top + 1 and f["bottom"] >= bottom - 1
                     and f["bottom"] - f["top"] < 3 * max(bottom - top, 1.0)), None)
        if band is None:
            continue
        out = [c for c in out if c not in row]
        out.append(GridCell(r, 0, 1, ncols, cell.text, fill_of(cell.bbox, fills, text=cell.text),
                            (bbox[0], band["top"], bbox[2], band["bottom"])))
    return out


# a label and a figure ('Budgeted cost: £54,509', 'Total: 12'): a line of a note, not a banner's title
_LABEL_AND_FIGURE = re.compile(r"^[^:\n]{1,60}:\s*[£$€]?\s*\d[\d,.]*\s*[kmKM%]?$")


def span_banners(cells: list[GridCell], nrows: int, ncols: int) -> None:
    """A row whose only text is one cell from the first column across two columns or more, the
    rest of the row empty (a banner: 'Rec 2: Professionals should be confident …'), spans the
    whole row, as the merged cell a ruled or Word table prints: how far its words happen to reach
    says nothing of which columns it covers (a shorter banner would cover fewer)."""
    for r in range(nrows):
        row = [c for c in cells if c.r == r]
        texts = [c for c in row if c.text.strip()]
        if len(texts) != 1 or any(c.r < r for c in cells if c.r + c.rowspan > r and c.c == 0):
            continue
        wide = texts[0]
        if _LABEL_AND_FIGURE.match(wide.text.strip()):
            continue  # 'Budgeted cost: £54,509' between a heading and its table: a note, no banner
        if wide.c != 0 or wide.colspan < 2 or wide.rowspan != 1 or wide.colspan == ncols \
                or any(c.rowspan != 1 for c in row if c is not wide) \
                or any(c.r < r < c.r + c.rowspan for c in cells):  # a merged cell runs through the row
            continue
        right = max(c.bbox[2] for c in row)
        for c in row:
            if c is not wide:
                cells.remove(c)
        wide.colspan = ncols
        wide.bbox = (wide.bbox[0], wide.bbox[1], max(wide.bbox[2], right), wide.bbox[3])


def span_where_rules_break(cells: list[GridCell], ncols: int, rule_xs: list[float],
                           vrules: Sequence[Edge]) -> list[GridCell]:
    """A row with text in its first cell only, where every column rule of the table stops (drawn
    above and below it, not across it): a banner the rules show spanning the table."""
    if not rule_xs or ncols < 2:
        return cells
    by_row: dict[int, list[GridCell]] = {}
    for c in cells:
        by_row.setdefault(c.r, []).append(c)
    spanned: set[int] = set()
    for r, row in by_row.items():
        texts = [c for c in row if c.text.strip()]
        if r == 0 or len(texts) != 1 or texts[0].c != 0 or texts[0].rowspan != 1:
            continue
        top, bottom = texts[0].bbox[1], texts[0].bbox[3]
        mid = (top + bottom) / 2
        on = [e for x in rule_xs for e in vrules if abs(e["x0"] - x) <= 1.0]
        above = any(e["bottom"] <= mid for e in on)
        below = any(e["top"] >= mid for e in on)
        if above and below and not any(e["top"] < mid < e["bottom"] for e in on):
            texts[0].colspan = ncols
            spanned.add(r)
    return [c for c in cells if c.r not in spanned or c.c == 0]


def text_bottoms(cells: list[GridCell]) -> dict[int, float]:
    """Each row's lowest text (the bottom of its lowest cell with text), by the row the cell starts in."""
    out: dict[int, float] = {}
    for c in cells:
        if c.text.strip():
            out[c.r] = max(out.get(c.r, c.bbox[3]), c.bbox[3])
    return out


def fills_near(cells: list[GridCell], fills: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """For each cell (by id), the fills that reach into its rows' band widened by its own height each
    way (all a cell's colour can come from: fill_of looks under the cell's box or its text band's,
    text_band_box, which stay inside that band), in the page's order. A Gantt chart's page has tens
    of thousands of empty cells and bars: each cell looks only at its own band's."""
    out: dict[int, list[dict[str, Any]]] = {}
    memo: dict[tuple[float, float], list[dict[str, Any]]] = {}
    for c in cells:
        h = c.bbox[3] - c.bbox[1]
        band = (c.bbox[1] - h - 1, c.bbox[3] + h + 1)
        if band not in memo:
            memo[band] = [f for f in fills if f["bottom"] >= band[0] and f["top"] <= band[1]]
        out[id(c)] = memo[band]
    return out


def text_band_box(cell: GridCell, bottoms: dict[int, float]) -> tuple[float, float, float, float]:
    """An empty cell's box down to halfway between its row's text and the next row: a blank cell
    reaches down to the next row's text, over the space between two forms (a card's last row, its
    RAG shown only by the fill), where its shading does not go. In the table's last row, which ends
    where its text does, the box widened by the padding a cell's shading has. `bottoms`: each row's
    lowest text (text_bottoms)."""
    x0, top, x1, bottom = cell.bbox
    rows = range(cell.r, cell.r + cell.rowspan)
    band = max((bottoms[r] for r in rows if r in bottoms), default=bottom)
    if top < band < bottom:
        return x0, top, x1, (band + bottom) / 2
    pad = (bottom - top) / 2  # the table's last row ends at its text: its shading has a padding around it
    return x0, top - pad, x1, bottom + pad


def outer_edges(lines: list[Line], edges: list[float], fills: list[dict[str, Any]]) -> tuple[float, float]:
    """The table's left and right edges: its text's, widened to the marks and shading that start
    in its first or last column and reach out of it (a RAG dot centred in its cell, beyond the
    end of the column's heading word)."""
    x0 = min(ln.x0 for ln in lines)
    x1 = max(ln.x1 for ln in lines)
    first, last = (edges[0], edges[-1]) if edges else (x1, x0)
    top, bottom = lines[0].top, lines[-1].bottom
    inside = [f for f in fills if f["bottom"] > top and f["top"] < bottom]
    x1 = max([x1, *(f["x1"] for f in inside if last <= f["x0"] < x1)])
    x0 = min([x0, *(f["x0"] for f in inside if x0 < f["x1"] <= first)])
    return x0, x1


def empty_columns(frags: list[list[Frag]], edges: list[float], fills: list[dict[str, Any]],
                  lines: list[Line]) -> set[int]:
    """Edges to drop: the right edge of each inner column that no text reaches and no shading fills.
    A mark alone (a speck a scan's OCR read as '-', '.' or '"') in one line of a column without a
    heading or any word makes it no column: a column of such marks (a dash a row: none) is one."""
    # (a heading spanning columns uses none)
    used = {f.c0 for line in frags for f in line if f.c0 == f.c1 and any(ch.isalnum() for ch in f.text)}
    marks: dict[int, int] = {}
    for line in frags:
        for f in line:
            if f.c0 == f.c1 and f.c0 not in used:
                marks[f.c0] = marks.get(f.c0, 0) + 1
    used |= {c for c, n in marks.items() if n > 1}
    top, bottom = lines[0].top, lines[-1].bottom
    out = set()
    for c in range(1, len(edges)):
        a, b = edges[c - 1], edges[c]
        shaded = any(f["x0"] >= a - 2 and f["x1"] <= b + 2 and f["bottom"] > top and f["top"] < bottom for f in fills)
        if c not in used and not shaded:
            out.add(c)
    return out


HEADING_LINES = 4  # a column's heading starts within the table's first few lines


def headings_beside_values(frags: list[list[Frag]], ncols: int) -> set[int]:
    """Gutters to drop between a column holding only its heading and a neighbour holding only values:
    a heading set flush left over dates or RAG words set right or centred (or the other way round)
    leaves a gutter between the two that no line crosses. Evidence: no line has text in both; the
    heading side's text is one heading in words (the same each time a heading repeats), starting in
    the table's first lines and above the first value; the value side has two lines or more."""
    by_col: dict[int, list[Frag]] = {}
    for line in frags:
        for f in line:
            if f.c0 == f.c1:
                by_col.setdefault(f.c0, []).append(f)
            else:
                for c in range(f.c0, f.c1 + 1):
                    by_col.setdefault(c, [])
    out: set[int] = set()
    paired: set[int] = set()  # a column pairs once: headings are set flush left more often, so left first
    for head, values in [(c, c + 1) for c in range(ncols - 1)] + [(c + 1, c) for c in range(ncols - 1)]:
        if {head, values} & paired or not only_heading(by_col.get(head, []), by_col.get(values, [])):
            continue
        out.add(min(head, values))  # the gutter right of the left one
        paired |= {head, values}
    return out


def only_heading(heads: list[Frag], values: list[Frag]) -> bool:
    """`heads` is one heading repeated (see headings_beside_values) and `values` the lines beneath it."""
    if not heads or len(values) < 2 or {f.line for f in heads} & {f.line for f in values}:
        return False
    if heads[0].line >= HEADING_LINES or heads[0].line > values[0].line:
        return False
    runs: list[list[Frag]] = []
    for f in heads:
        if runs and f.line == runs[-1][-1].line + 1:
            runs[-1].append(f)
        else:
            runs.append([f])
    texts = {" ".join(f.text for f in run) for run in runs}
    words = next(iter(texts))
    return len(texts) == 1 and sum(ch.isalpha() for ch in words) >= 2 and not atomic(words) \
        and len(values) >= 2 * len(runs)


def shaded_columns(gaps: list[tuple[float, float]], fills: list[dict[str, Any]], lines: list[Line]
                   ) -> list[tuple[float, float]]:
    """A column with no text but shaded cells (a RAG shown only as colour, its heading on an
    earlier page) sits in a gutter: shading in two rows or more, within the gutter, splits it
    into a gutter each side of the shaded column."""
    if not fills or not lines:
        return gaps
    top, bottom = lines[0].top, lines[-1].bottom
    out: list[tuple[float, float]] = []
    for a, b in gaps:
        inside = [f for f in fills if f["x0"] >= a - 2 and f["x1"] <= b + 2 and f["bottom"] > top and f["top"] < bottom
                  and f["x1"] - f["x0"] >= 6]
        if len(inside) < 2:
            out.append((a, b))
            continue
        left = min(f["x0"] for f in inside)
        right = max(f["x1"] for f in inside)
        out.extend([(a, max(a, left)), (min(b, right), b)])
    return out + side_shaded_column(out, fills, lines)


def side_shaded_column(gaps: list[tuple[float, float]], fills: list[dict[str, Any]], lines: list[Line]
                       ) -> list[tuple[float, float]]:
    """Gutters beside a text-less shaded column at the table's side (a RAG shown only as coloured
    marks, right of the last text column: no gutter holds it). Evidence: two or more fills outside
    every gutter, on no word of their rows, sharing one x-range that the words of at most one line
    (its heading) cross; the blank space between them and the text on each side is a gutter."""
    top, bottom = lines[0].top, lines[-1].bottom
    bare = [f for f in fills if f["bottom"] > top and f["top"] < bottom and f["x1"] - f["x0"] >= 6
            and not any(a - 2 <= f["x0"] and f["x1"] <= b + 2 for a, b in gaps)
            and not any(w.x0 < f["x1"] and w.x1 > f["x0"] for ln in lines
                        if ln.top < f["bottom"] and ln.bottom > f["top"] for w in ln.words)]
    if len(bare) < 2 or max(f["x0"] for f in bare) >= min(f["x1"] for f in bare):
        return []
    left, right = min(f["x0"] for f in bare), max(f["x1"] for f in bare)
    if sum(1 for ln in lines if any(w.x0 < right and w.x1 > left for w in ln.words)) > 1:
        return []
    before = [w.x1 for ln in lines for w in ln.words if w.x1 <= left]
    after = [w.x0 for ln in lines for w in ln.words if w.x0 >= right]
    out = []
    if before and left - max(before) >= 2:
        out.append((max(before), left))
    if after and min(after) - right >= 2:
        out.append((right, min(after)))
    return out


def cell_text(cell: Cell, facts: ColumnFacts | None = None) -> str:
    """A cell's text by line, lines joined by newlines; the rest of a token the column cut
    ('AM' / 'BER', cut_token) closed up with it."""
    by_line: dict[int, list[Frag]] = {}
    for f in cell.frags:
        by_line.setdefault(f.line, []).append(f)
    texts: list[str] = []
    last: Frag | None = None
    for _, fs in sorted(by_line.items()):
        text = " ".join(w.text for w in sorted((w for f in fs for w in f.words), key=lambda w: w.x0))
        if texts and facts is not None and last is not None and len(fs) == 1 and cut_token(last, fs[0], facts):
            texts[-1] += text
        else:
            texts.append(text)
        last = fs[-1] if len(fs) == 1 else None
    return join_lines(texts)


def grid_cells(found: list[Cell], nrows: int, ncols: int, col_x: list[float], row_tops: list[float],
               facts: ColumnFacts | None = None) -> list[GridCell]:
    """Cells → grid cells (text by line, lines joined by newlines), merged cells of grouping
    columns extended, and an empty cell wherever no cell covers the grid."""
    out: list[GridCell] = []
    for cell in found:
        text = cell_text(cell, facts)
        box = (min(f.x0 for f in cell.frags), min(f.top for f in cell.frags),
               max(f.x1 for f in cell.frags), max(f.bottom for f in cell.frags))
        out.append(GridCell(cell.row, cell.c0, cell.last_row - cell.row + 1, cell.c1 - cell.c0 + 1, text, None, box))
    extend_groups(out, nrows)
    covered = {(r, c) for x in out for r in range(x.r, x.r + x.rowspan) for c in range(x.c, x.c + x.colspan)}
    for r in range(nrows):
        for c in range(ncols):
            if (r, c) not in covered:
                out.append(GridCell(r, c, 1, 1, "", None, (col_x[c], row_tops[r], col_x[c + 1], row_tops[r + 1])))
    return out


GROUP_ROWS = 3  # heading rows looked at for a group heading over a run of period headings


def split_group_heading(cells: list[GridCell], nrows: int, row_tops: list[float]) -> int:
    """A heading row whose run of period headings starts with a cell that holds a group heading
    above its period ('RAG status' / 'Jun', then 'Sep', 'Dec', 'Mar' beside it, one line each):
    the group heading is a row of its own above the periods (span_group_headings spans it), the
    other headings of the row span both rows. The row count after (row_tops gains the new row)."""
    for r in range(min(nrows - 1, GROUP_ROWS)):
        row = sorted((c for c in cells if c.r == r and c.colspan == 1), key=lambda c: c.c)
        lasts = [c.text.split("\n")[-1] if c.text.strip() else "" for c in row]
        run = run_of_periods(lasts)
        if not run or row[run[-1]].c - row[run[0]].c != len(run) - 1:
            continue
        first = row[run[0]]
        lines = first.text.split("\n")
        # the group heading may go on over the next periods ('Progress' over 'Apr-Jun', '(RAG)
        # 2026/27' over 'Jul-Sep': a heading set flush left across the run, cut at its gutters)
        uppers = [row[i].text.split("\n")[:-1] for i in run]
        over = [" ".join(u) for u in uppers if u]
        if len(lines) < 2 or any(len(u) > len(lines) - 1 for u in uppers) \
                or any(u and read_period(" ".join(u)) for u in uppers) or len(set(over)) < len(over):
            continue  # (a word said over each period, 'BRAG' over 'Jul-18', 'BRAG' over 'Sep-18': each its own)
        x0, top, x1, bottom = first.bbox
        cut = top + (bottom - top) * (len(lines) - 1) / len(lines)
        c0, c1 = first.c, row[run[-1]].c
        for c in cells:
            if c.r > r:
                c.r += 1
            elif c.r == r and c0 <= c.c <= c1:
                c.r += 1
            elif c.r + c.rowspan > r:
                c.rowspan += 1
        for i in run[1:]:
            if "\n" in row[i].text:
                row[i].text = row[i].text.split("\n")[-1]
                row[i].bbox = (row[i].bbox[0], cut, row[i].bbox[2], row[i].bbox[3])
        first.text, first.bbox = lines[-1], (x0, cut, x1, bottom)
        group = [ln for u in uppers for ln in u]
        cells.append(GridCell(r, c0, 1, 1, join_lines(group, " "), None, (x0, top, x1, cut)))
        cells.extend(GridCell(r, c, 1, 1, "", None, (x0, top, x1, cut)) for c in range(c0 + 1, c1 + 1))
        row_tops.insert(r + 1, cut)
        return nrows + 1
    return nrows


def span_group_headings(cells: list[GridCell], nrows: int) -> None:
    """A heading over a run of period headings ('BRAG rating' or 'Quarterly RAG' over 'Q1 Q2 Q3 Q4'),
    set at the run's first column or centred over it and so cut into the columns it stands over,
    is one cell spanning the run: the periods are sub-headings of it (a label reads 'BRAG rating
    Q1'). Only text that keeps within the run's columns is joined; a heading reaching past the
    run is another column's."""
    for r in range(min(nrows - 1, GROUP_ROWS)):
        below = sorted((c for c in cells if c.r == r + 1 and c.colspan == 1), key=lambda c: c.c)
        run = run_of_periods(without_shared_words([c.text for c in below]))  # ('Q1 RAG', 'Q2 RAG', …)
        if not run:
            continue
        c0, c1 = below[run[0]].c, below[run[-1]].c
        if c1 - c0 != len(run) - 1:
            continue
        over = sorted((c for c in cells if c.r == r and c.c <= c1 and c.c + c.colspan - 1 >= c0), key=lambda c: c.c)
        texts = [c for c in over if c.text.strip()]
        if not texts or any(c.c < c0 or c.c + c.colspan - 1 > c1 or c.rowspan != 1 for c in over) \
                or any(read_period(c.text) for c in texts):
            continue
        keep = texts[0]
        keep.text = " ".join(c.text for c in texts)
        keep.bbox = (min(c.bbox[0] for c in over), min(c.bbox[1] for c in over), max(c.bbox[2] for c in over),
                     max(c.bbox[3] for c in over))
        keep.c, keep.colspan = c0, c1 - c0 + 1
        for c in over:
            if c is not keep:
                cells.remove(c)


def join_overlapping_headings(cells: list[GridCell], nrows: int) -> None:
    """A heading of two lines over a pair of narrow columns ('RAG rating' over '2026/27', centred
    over 'Q1 | Q2'), one line cut at the gutter and the other across it, leaves cells that overlap
    in the grid: one heading spanning the columns, its lines in the order printed."""
    for r in range(min(nrows - 1, GROUP_ROWS)):
        for wide in [c for c in cells if c.r == r and c.colspan >= 2 and c.rowspan == 1 and c.text.strip()]:
            if wide not in cells or not heading_rows([wide]):
                continue
            inside = [c for c in cells if c is not wide and c.r == r and c.rowspan == 1 and c.text.strip()
                      and wide.c <= c.c and c.c + c.colspan <= wide.c + wide.colspan]
            if not inside:
                continue
            parts = sorted([wide, *inside], key=lambda c: (round(c.bbox[1]), c.bbox[0]))
            lines: list[list[str]] = []
            top = None
            for c in parts:
                if top is None or c.bbox[1] > top + 1.0:
                    lines.append([])
                    top = c.bbox[1]
                lines[-1].append(c.text)
            wide.text = "\n".join(" ".join(ln) for ln in lines)
            wide.bbox = (min(c.bbox[0] for c in parts), min(c.bbox[1] for c in parts),
                         max(c.bbox[2] for c in parts), max(c.bbox[3] for c in parts))
            for c in inside:
                cells.remove(c)


def heading_rows(cells: list[GridCell]) -> bool:
    """Cells that read as headings: each a few words a line, two lines at most."""
    return all(len(c.text.split("\n")) <= 2 and all(len(ln.split()) <= GROUP_HEAD_WORDS for ln in c.text.split("\n"))
               for c in cells if c.text.strip())


def centred_group_headings(cells: list[GridCell], nrows: int, col_x: list[float]) -> None:
    """A short group heading centred over the sub-headings of two or more columns ('Leads' over
    'Executive lead | Operational lead') that fits inside one of them: its text's middle stands
    nearer the middle of the run than of its own column, the run's other cells in its row are
    empty and each column of the run has a sub-heading in the row below. It spans the run."""
    for r in range(min(nrows - 1, GROUP_ROWS)):
        row = {c.c: c for c in cells if c.r == r and c.rowspan == 1}
        below = {c.c: c for c in cells if c.r == r + 1 and c.colspan == 1 and c.text.strip()}
        if not heading_rows([c for c in cells if c.r in (r, r + 1)]):
            continue  # rows of data: a short cell beside an empty one is no heading over both
        for c0, cell in sorted(row.items()):
            if cell.colspan != 1 or not cell.text.strip() or c0 not in below or "\n" in cell.text.strip():
                continue
            mid = (cell.bbox[0] + cell.bbox[2]) / 2
            best, best_off = (c0, c0), abs(mid - (col_x[c0] + col_x[c0 + 1]) / 2)
            for lo in range(c0, -1, -1):
                if lo != c0 and (lo not in below or lo not in row or row[lo].text.strip() or row[lo].colspan != 1):
                    break
                for hi in range(c0, len(col_x) - 1):
                    if hi != c0 and (hi not in below or hi not in row or row[hi].text.strip()
                                     or row[hi].colspan != 1):
                        break
                    off = abs(mid - (col_x[lo] + col_x[hi + 1]) / 2)
                    if hi > lo and off < 0.5 * best_off:
                        best, best_off = (lo, hi), off
            lo, hi = best
            if hi == lo:
                continue
            for k in range(lo, hi + 1):
                if k != c0:
                    cells.remove(row[k])
            cell.c, cell.colspan = lo, hi - lo + 1


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
    aligned_cols = [k for k in starts if k != key and k not in grouping
                    and all(r in bounds for r in starts[k] if r >= first) and set(starts[k]) - banners]
    covered = {(r, k) for c in cells for r in range(c.r, c.r + c.rowspan) for k in range(c.c, c.c + c.colspan)}
    for k in grouping + aligned_cols:
        for r0, c in starts[k].items():
            if r0 in banners or r0 < first:
                continue
            end = r0 + c.rowspan
            while end < nrows and end not in bounds and (end, k) not in covered:
                covered.add((end, k))
                end += 1
            c.rowspan = end - r0
