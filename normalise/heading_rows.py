"""A table's heading rows as the walker weighs them: a row of labels or prompts with nothing
entered, a first row that heads columns of its own or of figures, a heading row printed again
(same labels, same layout, blanks inherited, a repeated heading run on with its row), the key
field that starts an action, milestones as the only steps, a pair of date columns, a reference
column of names, what a spanning heading holds, and a heading row that looks back (a review).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from planx.extract.model import Cell, Row
from planx.normalise.columns import (
    ColumnProfile,
    field_by_content,
    looks_like_action,
    looks_like_figure,
    looks_like_person,
    looks_like_ref,
    looks_like_when,
    profile,
)
from planx.normalise.dates import find_dates, latest
from planx.normalise.headers import Column, Header, classify
from planx.normalise.partymatrix import PARTY_FIELD
from planx.normalise.row_cells import starts_lower
from planx.normalise.tableforms import form_label
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import EXAMPLE_ROW_MARKS, RETROSPECTIVE_HEADINGS

_RETROSPECTIVE = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in RETROSPECTIVE_HEADINGS)})\b")
# fields a plan's columns give and a review's do not: who does it, by when, how far it has got
_FORWARD_FIELDS = {"lead", "responsible", "due", "status", "rag", "progress", "milestone"}


def review_headings(rows: list[list[str]]) -> str:
    """The heading that looks back, of a heading row among the rows ('Desired outcome | Chosen action
    / approach | Estimated impact: Did you meet the success criteria? | Lessons learned … | Cost'):
    a cell says what the work achieved or taught (vocab.RETROSPECTIVE_HEADINGS) and no cell of the
    row is a heading of who, when or how far (a tracker's 'Lessons learned' beside 'Lead' and
    'Status' reports on actions still its own). '' when no row is so."""
    for texts in rows:
        if len(texts) < 3:
            continue
        back = next((t for t in texts if len(t) <= 200 and _RETROSPECTIVE.search(fold(t))), "")
        if not back:
            continue
        readings = [reading for t in texts if (reading := form_label(t.split(":")[0])) is not None]
        if 2 * len(readings) < len(texts) or any(len(t) > 200 for t in texts):
            continue  # a row of data that mentions a lesson, not a heading row
        if not {field for field, _ in readings} & _FORWARD_FIELDS:
            return squash(back)[:60]
    return ""


def labels_only_row(texts: list[str]) -> bool:
    """Is a row a template's labels with nothing entered after them ('School focus …: | Actions to
    achieve: Funding allocated: | Evidence of impact: what do pupils now know …?')? Two cells at least
    end in a colon, each of their parts a short label, and the others in a question mark (a prompt
    of what to enter): a cell that holds a value (a name, a date, a sentence) is no label."""
    cells = [squash(t) for t in texts if t.strip()]
    colon = [t for t in cells if t.endswith(":")]
    if len(colon) < 2 or any(not t.endswith((":", "?")) for t in cells):
        return False
    return all(0 < len(part.split()) <= 10 for t in colon for part in t.rstrip(":").split(":"))


def names_not_refs(p: ColumnProfile) -> bool:
    """Cells under a reference heading ('No.') that are words, not references: a list of names
    ('Article 19*', 'Big Lottery Fund') on a page after the plan's table, no more of its rows."""
    return p.cells >= 3 and p.ref < 0.2 and p.words >= 1.5


def spanned_profile(column: Column, rows: Sequence[Sequence[tuple[int, str, str | None]]]) -> ColumnProfile | None:
    """The profile of what a heading spanning several grid columns holds, row by row: its cells
    joined as the action's field would join them ('Grand challenges' over five columns of ticks
    holds 'X X X', not the one column under its first grid line)."""
    span = range(column.col, column.col + column.span)
    texts = [" ".join(t for c, t, _ in row if c in span and t.strip()) for row in rows]
    return profile(texts) if any(texts) else None


def key_field_of(header: Header) -> str:
    """The field whose cell starts an action (an empty one continues the action above)."""
    fields = header.fields()
    if PARTY_FIELD in fields:
        return "action"  # each party's cell is read as the row's action (normalise/partymatrix.py)
    for name in ("action", "milestones", "measure", "outcome", "objective", "area", "progress"):
        if name in fields:
            return name
    return fields[0] if fields else ""


def _ends_in_colon(text: str) -> bool:
    return text.rstrip().endswith(":")


def prompt_row(filled: list[Cell]) -> bool:
    """A row of a template's prompts, one per column, each ending in a colon ('Make sure your
    actions to achieve are linked to your intentions: | Funding allocated: | Evidence of impact: what
    has changed?:'): what each column is for, not an entry. Two cells or more, every one so."""
    return len(filled) >= 2 and all(_ends_in_colon(c.text) for c in filled)


def bracketed_guidance_row(filled: list[Cell]) -> bool:
    """A row of a template's guidance in brackets under its headings, one per column ('(what will be
    done) | (name and job title) | (dd/mm/yyyy) | (R/A/G)'): it says what each column takes, so it
    is part of the heading, not an entry. Two cells or more, every one wholly in brackets, and some
    words among them (a row of '(1) | (2)' numbers the columns, it says no more)."""
    texts = [squash(c.text) for c in filled]
    return len(texts) >= 2 and all(t.startswith("(") and t.endswith(")") and t.count("(") == t.count(")")
                                   for t in texts) \
        and any(sum(ch.isalpha() for ch in t) >= 3 for t in texts)


_EXAMPLE_MARK = re.compile(r"^\W*(?:" + "|".join(re.escape(m) for m in EXAMPLE_ROW_MARKS) + r")(?=\s|$|\W)",
                           re.IGNORECASE)


def opens_as_example(text: str) -> bool:
    """Does a cell open with a worked example's mark ('e.g. Jo Bloggs', 'Example: …')?"""
    return bool(_EXAMPLE_MARK.match(squash(text)))


def example_row(filled: list[Cell]) -> bool:
    """A template's worked example printed as a row of its table ('e.g. Deliver briefings … | e.g. Jo
    Bloggs, Head of Service | e.g. 31/03/2025 | e.g. A'): it shows how to fill the table in, it is no
    action. Its first cell opens with an example's mark, and so do two of its cells or more and half
    of them (a real action may say 'e.g.' inside a cell, or in one of its cells; a wrapped line cut
    into a row of its own, 'e.g. Mastering Number', goes on with the action above)."""
    if not filled or not opens_as_example(filled[0].text):
        return False
    marked = sum(1 for c in filled if opens_as_example(c.text))
    return marked >= 2 and 2 * marked >= len(filled)


def milestones_only(header: Header) -> None:
    """Milestones are the steps of an action: under headings with no action column (nor an
    unlabelled one, which may hold the actions), each milestone is the action; unless a column
    headed as a description, left of the milestones and named by no other field, says what each
    row's work is ('Objective | Description | End date | Milestones', a records list's keys): that
    description is the action, the milestones its steps. A description right of the milestones
    ('Milestone | Description | Due', a Gantt chart's list) describes each milestone.

    A column left of such a description that no field took but whose heading names a group of
    work ('Objective', 'Theme', 'Workstream': the record's name, as a hand-kept list's 'objective:'
    key) takes the field its heading names, when no other column holds it: the reading that left it
    blank found no action beside it, which the description now is."""
    fields = header.fields()
    if "milestones" not in fields or "action" in fields or any(not c.label for c in header.columns[1:]):
        return
    steps = next(c.col for c in header.columns if c.field == "milestones")
    described = next((c for c in header.columns if c.col < steps and not c.field
                      and fold(c.label).split()[-1:] == ["description"]), None)
    if described is not None:
        described.field = "action"
        taken = set(header.fields())
        for c in header.columns:
            named = classify(c.label)[0] if c.col < described.col and not c.field and c.label else ""
            if named in ("area", "objective") and named not in taken:
                c.field, c.basis = named, "heading"
                taken.add(named)
    else:
        for c in header.columns:
            if c.field == "milestones":
                c.field = "action"
    header.forget_columns()


def inherit_unlabelled(old: Header, new: Header) -> None:
    """A heading left blank in a repeated heading row means what it meant in the row before,
    when its neighbours agree ('OBJECTIVE | OUTCOMES | (blank) | PROGRESS MILESTONES')."""
    by_col = {c.col: c for c in old.columns}
    for i, c in enumerate(new.columns):
        if c.field or c.label or c.col not in by_col or not by_col[c.col].field:
            continue
        left = new.columns[i - 1] if i else None
        right = new.columns[i + 1] if i + 1 < len(new.columns) else None
        agree = [n for n in (left, right) if n is not None and n.field]
        if agree and all(by_col.get(n.col) is not None and by_col[n.col].field == n.field for n in agree):
            # and as surely: the guard (normalise/guard.py) trusts a column its heading named
            before = by_col[c.col]
            c.field, c.label, c.score, c.basis = before.field, before.label, before.score, before.basis


def same_labels(a: Header, b: Header) -> bool:
    """Is b the heading row a, printed again word for word in the same columns?"""
    def labels(h: Header) -> list[tuple[int, str]]:
        return [(c.col, fold(c.label)) for c in h.columns]
    return any(c.label for c in b.columns) and labels(a) == labels(b)


def printed_labels(header: Header) -> tuple[tuple[int, str], ...]:
    """A heading row's labels as printed, each with its column."""
    return tuple((c.col, fold(c.label)) for c in header.columns if c.label.strip())


def read_as_before(read: dict[tuple[tuple[int, str], ...], Header], header: Header) -> None:
    """Give a heading row printed again, word for word in the same columns, the fields it was read
    with the first time (read: the heading rows read so far in the table, by printed_labels), the
    first row of a stack of heading rows too (same_labels compares the headings in use: the whole
    stack). A table that goes on over a page prints its headings again over the few rows left: too
    few to show which of two columns headed as what is done groups the other
    (headers._actions_grouped_by_a_commitment), which the first page's rows showed."""
    labels = printed_labels(header)
    first = read.get(labels)
    if len(labels) < 2 or first is None or first is header:
        return
    mine = [c for c in header.columns if c.label.strip()]
    theirs = [c for c in first.columns if c.label.strip()]
    if [c.field for c in mine] == [c.field for c in theirs]:
        return
    for c, before in zip(mine, theirs, strict=True):
        c.field, c.value, c.score, c.basis = before.field, before.value, before.score, before.basis
    header.forget_columns()


def same_layout(a: Header, b: Header) -> bool:
    """Is b the heading row a repeated on a new page (a leading empty column may be lost)?"""
    def named(h: Header) -> list[str]:
        return [c.field for c in h.columns if c.field and c.field != "area_ref"]
    return named(a) == named(b)


def split_repeated_heading(row: Row, labels: dict[int, str]) -> tuple[Row, Row] | None:
    """(the heading row, the row of what follows the headings in its cells) when each filled
    cell of the row opens with the heading of its column (labels: {column: heading}), over two
    headings or more and most of them, and what follows in them opens in lower case (the rest
    of a sentence); None otherwise."""
    heads: list[Cell] = []
    rest: list[Cell] = []
    for c in row.cells:
        if not c.text.strip():
            continue
        label = labels.get(c.col)
        if label is None:
            return None
        lines = [ln for ln in c.text.split("\n") if ln.strip()]
        cut = next((k for k in range(1, len(lines) + 1) if fold(" ".join(lines[:k])) == fold(label)), None)
        if cut is None:
            return None
        heads.append(replace(c, text="\n".join(lines[:cut])))
        if lines[cut:]:
            rest.append(replace(c, text="\n".join(lines[cut:])))
    if len(heads) < 2 or 2 * len(heads) < len(labels) or not rest or not starts_lower(rest[0].text):
        return None
    return (Row(heads, row.page, row.line, repeated_header=True), Row(rest, row.page, row.line))


def names_its_columns(first: list[Cell], least: int = 3) -> bool:
    """A table's first row as a row of headings of its own ('Department | Public Body | Headline |
    Reform date'): `least` short labels or more, none of them data (a reference, a date or
    timescale, a person, an instruction, a figure)."""
    texts = [squash(c.text) for c in first if c.text.strip()]
    return len(texts) >= least and all(
        not words_over(t, 6) and not (looks_like_ref(t) or looks_like_when(t) or looks_like_person(t)
                                     or looks_like_action(t) or looks_like_figure(t)) for t in texts)


def heads_columns_of_figures(first: list[Cell], below: list[list[Cell]], least: int = 3) -> bool:
    """A table's first row as headings of its own because of what stands under them: three or more
    short labels and no data among them (no figure, reference, date or instruction; a Title Case
    label may look like a name: 'Asset Value', 'Service Owner'), at least `least` of them, and two
    fifths or more, each over a column of figures ('Financial Value' over 3, 3, 2; 'BIA Value' over
    7.8, 8.2). A row of data would carry its own figures; labels over scores are a register's
    headings (an impact assessment, a scoring sheet), not a plan's first row."""
    texts = [squash(c.text) for c in first if c.text.strip()]
    if len(texts) < least or any(words_over(t, 6) or looks_like_ref(t) or looks_like_when(t)
                                 or looks_like_action(t) or looks_like_figure(t) for t in texts):
        return False
    over = 0
    for cell in first:
        if not cell.text.strip():
            continue
        under = [c.text for cells in below for c in cells if c.col == cell.col and c.text.strip()]
        figures = sum(1 for t in under if looks_like_figure(t))
        over += figures >= 2 and figures * 5 >= len(under) * 3
    return over >= least and over * 5 >= len(texts) * 2


def _end_of_date_pair(header: Header, profiles: dict[int, ColumnProfile],
                      rows: list[list[tuple[int, str, str | None]]]) -> int | None:
    """Two columns of dates that no heading named as the due date ('From | To', 'Begin | Finish'):
    the grid column of the one whose dates are the later on most rows (the end, which is when the
    action is due; the start is kept aside). None unless exactly two such columns disagree so."""
    if "due" in header.fields():
        return None
    dated = [c.col for c in header.columns if not c.field and c.basis == "unread"
             and (p := profiles.get(c.col)) is not None and field_by_content(p)[0] == "due"]
    if len(dated) != 2:
        return None
    later = {col: 0 for col in dated}
    for row in rows:
        cells = {col: latest(find_dates(text)) for col, text, _ in row if col in later}
        a, b = (cells.get(col) for col in dated)
        if a is not None and b is not None and a.end_key() != b.end_key():
            later[dated[0] if a.end_key() > b.end_key() else dated[1]] += 1
    first, second = later[dated[0]], later[dated[1]]
    if first == second:
        return None
    return dated[0] if first > second else dated[1]
