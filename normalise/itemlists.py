"""A programme's list of named items tracked like a plan: each row a reference, a named item
(a scheme, a project, a site's works), and beside it who delivers it, how it stands and when it
is to be finished ('Scheme ID | Scheme | Ward | Budget (£k) | Stage | Status | Target completion').

Its item column names things rather than saying what to do ('Zebra crossing outside Brindley Park
Primary School'), so no heading and no verb says it holds the actions; the row around it does: a
reference to track the item by, and a commitment about it: a date the heading names as a
deadline ('Target completion', 'Delivery date', not 'Purchase date') or a person or team who
delivers it, together with how it stands or with both of those. A register of things owned
('Asset ID | Description | Location | Purchase date | Status') names no deadline and nobody who
delivers: it stays none."""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from planx.extract.model import Table
from planx.normalise.text import fix_lookalikes, fold, squash
from planx.normalise.vocab_tasks import DEADLINE_WORDS

# the fields that say how an item stands
STANDING = frozenset({"status", "progress", "rag"})
DOERS = frozenset({"lead", "responsible"})


def names_a_deadline(label: str) -> bool:
    """Does a due-date heading name the date as a commitment ('Target completion', 'Delivery
    date', 'Deadline', 'Due by') rather than a date something happened ('Purchase date')?"""
    return bool(set(fold(label).split()) & DEADLINE_WORDS)


def tracked_items(fields_by_label: Collection[tuple[str, str]]) -> bool:
    """Do a heading row's readings, (field, heading) per column, make a list of items tracked
    like a plan: a reference, and two of the three commitments (who delivers it, how it stands,
    a deadline named as such)? Then a wordy column of names
    beside them holds the actions even when its cells open with no verb."""
    fields = {f for f, _ in fields_by_label}
    if "area_ref" not in fields:
        return False
    deadline = any(f == "due" and names_a_deadline(label) for f, label in fields_by_label)
    doers = bool(fields & DOERS)
    standing = bool(fields & STANDING)
    return sum((deadline, doers, standing)) >= 2


# an outline number whose first part numbers the area: '2.1', '2.1.3', '2a', 'B.2', 'P1.2', 'YJ-2.1',
# each level lettered too ('P1.F2.A1': pillar 1, focus area 2, action 1; banners.area_ref_of);
# a bare number or letter: the area itself ('2', 'B')
_OUTLINE = re.compile(r"^(?:[A-Za-z]{1,4}[\s\-_]?)?\d{1,2}(?:\.\d{1,3})+[a-z]?$"
                      r"|^[A-Za-z]{1,4}[\s\-_]?\d{1,2}(?:\.[A-Za-z]{1,4}\d{1,3}[a-z]?)+$"
                      r"|^\d{1,2}[a-z]?$|^[A-Za-z](?:\.\d{1,3})?$")


def item_code(ref: str) -> bool:
    """Is a row's reference an item's own code ('A1', 'RS102', 'SA-003', '20-001'), which says
    nothing of the area a numbered heading or banner over the row names, rather than an outline
    number that numbers its area too ('2.1' is action 1 of area 2) or the area itself ('2', 'B')?"""
    text = squash(fix_lookalikes(ref)).strip(" .)")
    return bool(text) and any(ch.isalnum() for ch in text) and not _OUTLINE.match(text)


# fewer rows than this in one table say too little: the column is read over every table headed alike
POOL_ROWS = 5


def changes_row_by_row(values: Sequence[str], rows: int) -> bool:
    """Does a column read as the area print a value on every row, values that group no rows
    ('Abbey | Various | Marlow Cross', 'Detailed design | On site | Detailed design')? Then it describes each
    row (its ward, its stage of work), and groups none: an area groups rows, printed once over
    them or repeated down them. Where a heading over the table or theme rows inside it name the
    areas, such a column is no area."""
    if len(values) < rows:
        return False
    return runs_change_row_by_row([values])


def runs_under_headings(tables: Iterable[Table], labels: Sequence[str], col: int) -> list[list[str]]:
    """The cells of grid column col under every heading row that prints these labels, in any table
    of the document (a programme's tables each repeat one heading row), as one run per table:
    what one column holds over all of them, rows of one cell (banners) left out."""
    want = [squash(t) for t in labels]
    runs: list[list[str]] = []
    for table in tables:
        run: list[str] | None = None
        for row in table.rows:
            texts = [squash(c.text) for c in row.cells if c.text.strip()]
            if texts == [t for t in want if t]:
                if run:
                    runs.append(run)
                run = []
            elif run is not None and len(texts) >= 2:
                run.append(next((squash(c.text) for c in row.cells if c.col == col), ""))
        if run:
            runs.append(run)
    return runs


def runs_change_row_by_row(runs: Sequence[Sequence[str]]) -> bool:
    """changes_row_by_row over one column's runs of cells, a run per table: every row printed, and
    the values group no rows. An area's value is one block of rows (printed down them) in one
    table; a value that comes back after another within a table, or again in another table (under
    another heading), or a column where no row repeats the row above, describes each row."""
    values = [fold(v) for run in runs for v in run]
    if len(values) < 2 or not all(values):
        return False
    seen: dict[str, int] = {}  # value → the run it was printed in
    for k, run in enumerate(runs):
        last = None
        for v in map(fold, run):
            if v in seen and (seen[v] != k or v != last):
                return True  # printed again in another table, or back after another value
            seen[v], last = k, v
    return len(set(values)) == len(values)


# a title that numbers itself under a word that names what it is ('Regulation 33: Employment of
# staff', 'Standard 2 – Tenancy'): the name of a group
_NUMBERED_TITLE = re.compile(r"^[A-Z][A-Za-z]+\s+\d{1,3}[A-Za-z]?\s*[:.\-–—]\s*\S")


# a number then a title of words ('2  Workforce stability', a label turned sideways beside its rows)
_BARE_NUMBERED_TITLE = re.compile(r"^(\d{1,2})\s+([A-Z][^\d:]*[A-Za-z)])$")
_GROUP_TITLE_WORDS = 10


def bare_numbered_titles(titles: Sequence[str], rows: int) -> bool:
    """Are a column's cells a number and a title each ('1  Front door', '2  Workforce stability'), the
    numbers rising, fewer cells than the rows they stand over: each names the group of rows beside it,
    whatever its words (a title that reads as a team or a name is a group's all the same)."""
    texts = [squash(t) for t in titles if t.strip()]
    found = [_BARE_NUMBERED_TITLE.match(t) for t in texts]
    if len(texts) < 2 or len(texts) >= rows or any(m is None for m in found):
        return False
    numbers = [int(m.group(1)) for m in found if m is not None]
    return all(b > a for a, b in zip(numbers, numbers[1:], strict=False)) and \
        all(2 <= len(m.group(2).split()) <= _GROUP_TITLE_WORDS for m in found if m is not None)


def numbered_group_titles(titles: Sequence[str], rows: int) -> bool:
    """Are a column's cells titles numbered under a word each ('Regulation 8: …', 'Regulation 10: …'),
    two or more, fewer than the rows they stand over (at least one printed once over two rows)? A
    label and a number say the cell names a group, even when most groups hold one row."""
    texts = [squash(t) for t in titles if t.strip()]
    return len(set(texts)) >= 2 and len(set(texts)) < rows and all(_NUMBERED_TITLE.match(t) for t in texts)
