"""Two tables set side by side on one page (a landscape page's left and right halves), read side by side.

A plan that prints one area's table in each half of the page, each under its own heading ('Area 1 –
Attendance', 'Area lead: …'), reads across as one table: the two headings on one line make one
area ('Attendance Area 2 – Behaviour and inclusion'), the right half's rows take the left half's
area, and a borderless pair is cut into rows across both halves. A person sees two tables by:

- a gutter: a vertical strip near the middle of the page that no word, rule or band of shading
  crosses, from the first line with text on both sides of it (under a title set across the page)
  to the foot of the page's body (a rule or band across it makes one table of both sides, and
  a table's own rules cross its column gaps: pdfcolumns.find_gutter's `drawn`);
- each side opens its own table with its own heading row: the side's first line of several
  segments reads as column headings (normalise.headers.read_header), and both name their work by
  the same chief field ('Action' on each side): one table's columns either side of its middle
  name it on one side only ('Objective | Outcomes | Actions' beside 'Progress milestones | Target
  date | RAG', 'Area for | Proposed action' beside 'Intended outcome | Performance | Lead').

Such a page is read as the lines outside the sides (the title across the page, the margins), then
the left side, then the right side, each through the table engine on its own with its own rulings,
so each side's heading lines come before its table (pdfcolumns.ColumnLayout's reading order).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from planx.extract.pdfcolumns import ColumnLayout, Columns, find_gutter
from planx.extract.pdfgeom import Line, Word, text_lines
from planx.extract.pdftables import PageLayout

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_SIDE_LINES = 2  # lines a side at least: its heading row and a row under it
# the fields that say what is to be done or achieved, the surest first: each of two tables of a plan
# heads a column with the same chief one ('Action' and 'Action'), where one table's columns either
# side of its middle name it on one side only ('Objective | Outcomes | Actions' beside 'Target
# date | Milestone status | RAG', read as milestones there)
_WORK_FIELDS = ("action", "objective", "outcome", "milestones")


def work_named(side: list[Line]) -> str:
    """The chief of `_WORK_FIELDS` that the side's heading row names: its first line of several
    segments (a table's first row) read as column headings (normalise.headers.read_header), with a
    line under it. '' when the side opens with no heading row or it names no work."""
    from planx.normalise.headers import read_header  # (the heading vocabulary; normalise imports extract)
    first = next((ln for ln in side if len(ln.segments) > 1), None)
    if first is None or not any(ln.top > first.bottom for ln in side):
        return ""
    header = read_header(heading_cells(first, side))
    named = set(header.fields()) if header is not None else set()
    return next((f for f in _WORK_FIELDS if f in named), "")


def heading_cells(first: Line, side: list[Line]) -> list[tuple[int, int, str]]:
    """The heading row's cells whole: the first line's segments, each with the words of the lines
    stacked under it in the same heavy type (a heading wrapped in a narrow column, 'How we' over 'will
    know': read as its first line alone it names other work than the whole). A word goes to the
    segment nearest it across the page. The rows under the headings are in regular type; where the
    type is unknown (a scan) the first line stands alone."""
    texts = [[w.text for w in seg] for seg in first.segments]
    if all(w.bold for w in first.words):
        for ln in sorted((ln for ln in side if ln.top > first.top), key=lambda ln: ln.top):
            if not all(w.bold for w in ln.words):
                break  # the first row of data: the heading row ends over it
            for w in ln.words:
                texts[min(range(len(texts)), key=lambda k: _apart(w, first.segments[k]))].append(w.text)
    return [(i, 1, " ".join(t)) for i, t in enumerate(texts)]


def _apart(word: Word, seg: list[Word]) -> float:
    """How far a word stands across the page from a segment's span (0 over it)."""
    return max(seg[0].x0 - word.x1, word.x0 - seg[-1].x1, 0.0)


def find_side_tables(words: list[Word], width: float, body: tuple[float, float],
                     edges: Sequence[dict[str, Any]], fills: Sequence[dict[str, Any]]
                     ) -> tuple[Columns, list[Word], list[Word]] | None:
    """The gutter between two tables side by side and the words of each side (from the first line
    with text on both sides down to the foot of the page's body `body`), or None."""
    drawn = [*edges, *(f for f in fills if not f.get("mark"))]  # (a RAG dot is a cell's, no drawing across)
    cols = find_gutter(text_lines(words), width, body, least=_SIDE_LINES, drawn=drawn)
    if cols is None:
        return None
    a, b = cols.gutter
    bottom = min(cols.bottom, body[1])  # a footer in the bottom margin is the page's, not a side's
    inside = [w for w in words if cols.top - 0.5 <= w.top and w.bottom <= bottom + 0.5]
    if any(w.x0 < b and w.x1 > a for w in inside):
        return None
    left, right = [w for w in inside if w.x1 <= a], [w for w in inside if w.x0 >= b]
    work = work_named(text_lines(left))
    if not work or work != work_named(text_lines(right)):
        return None  # no heading row each side naming the same work: one table's columns either side
    return cols, left, right


def read_side_tables(words: list[Word], width: float, height: float, margin: float,
                     read: Callable[[list[Word], Box | None], PageLayout],
                     edges: Sequence[dict[str, Any]], fills: Sequence[dict[str, Any]] = ()) -> ColumnLayout | None:
    """The page read side by side (`read(words, box)`: a part through the table engine with the
    rulings inside `box`) when it holds two tables side by side; None otherwise."""
    found = find_side_tables(words, width, (margin * height, (1 - margin) * height), edges, fills)
    if found is None:
        return None
    cols, left_words, right_words = found
    middle = (cols.gutter[0] + cols.gutter[1]) / 2
    taken = {id(w) for w in left_words + right_words}
    rest = read([w for w in words if id(w) not in taken], None)  # the title across the page, the margins
    left = read(left_words, (0.0, 0.0, middle, height))
    right = read(right_words, (middle, 0.0, width, height))
    return ColumnLayout([*rest.tables, *left.tables, *right.tables], [*rest.free, *left.free, *right.free],
                        parts=[rest, left, right], cols=cols)


__all__ = ["find_side_tables", "heading_cells", "read_side_tables", "work_named"]
