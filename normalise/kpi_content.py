"""An indicator (KPI) table recognised by what its columns hold, when its headings alone do not
say so (issue 14: performance reports).

headers.read_indicator_header needs the first heading (or the second, after a reference) to
name the indicators ('Indicator', 'KPI', 'Measure'). Performance reports often head that column
weakly ('Description', 'Service', nothing at all) while the other headings plainly give a target
and a latest figure ('Target', 'This quarter', 'Q2 24/25', 'Latest'). Here the rows below the
heading row decide: the columns headed as figures hold figures ('90%', '12 days', '401'), a
status column holds RAG words or nothing, and one column holds names (noun phrases of two words
or more, no figure, not instructions): that column is the indicator's name. A reference column
left of it ('CS01', '2a') is kept as the indicator's code. Every other column is a note.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from planx.extract.model import Cell, Row, Table
from planx.normalise.codes import rag_of
from planx.normalise.columns import looks_like_figure, looks_like_ref
from planx.normalise.headers import DECENT, classify, indicator_role
from planx.normalise.text import squash

Labels = Sequence[tuple[int, str]]
Rows = Sequence[Sequence[tuple[int, str]]]

_SHARE = 0.6  # the share of a column's filled cells that must hold what its role needs
_SURE_TARGET = 0.9  # a target heading read beyond a faint word ('Plan', 'Goal' head budgets too)
_LEAST = 1  # filled cells below the headings before a column's content is evidence (a service may have one KPI)


def figure_cell(text: str) -> bool:
    """A figure as an indicator table prints it ('95.5%', '401', '12 days', '£1.2m', '3.15'). Never
    a date with a separator or a month ('31/03/2015', 'Mar-15'); a dotted decimal ('3.15', '9.05')
    is a figure here, where the heading already says the column holds figures."""
    t = squash(text).strip()
    return bool(t) and looks_like_figure(t)


def name_cell(text: str) -> bool:
    """An indicator's name: two words or more, some letters, not a figure. A name may read like an
    instruction ('Working days lost to sickness absence'): the figures beside it decide, and a
    heading row that names an action or a lead is no indicator table (header_by_content)."""
    t = squash(text).strip()
    return len(t.split()) >= 2 and any(ch.isalpha() for ch in t) and not figure_cell(t)


def _column(rows: Rows, col: int) -> list[str]:
    return [squash(text).strip() for row in rows for c, text in row if c == col and squash(text).strip()]


def _share(cells: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for t in cells if test(t)) / len(cells) if cells else 0.0


def header_by_content(labels: Labels, below: Rows) -> list[tuple[int, str, str]] | None:
    """(col, role, label) per heading of an indicator table whose name column is known by its
    cells, as headers.read_indicator_header gives them (the name column first, a reference
    column last as 'ref'); None unless a target column and a latest-figure (or period) column
    both hold figures and exactly one column left of them holds names."""
    if len(labels) < 3 or len([r for r in below if r]) < _LEAST:
        return None
    roles: dict[int, str] = {}
    for col, text in labels:
        field, surety, _ = classify(text)
        role, score = indicator_role(text)
        if field in ("action", "lead", "responsible", "milestones") and surety >= DECENT and role != "target":
            return None  # an action plan's headings
        cells = _column(below, col)
        if role in ("target", "value", "period") and score >= 0.6 and len(cells) >= _LEAST \
                and _share(cells, figure_cell) >= _SHARE:
            roles[col] = role
        elif role == "rag" and score >= 0.6 and cells and _share(cells, lambda t: rag_of(t) is not None) >= _SHARE:
            roles[col] = "rag"
    if not any(roles.get(col) == "target" and indicator_role(text)[1] >= _SURE_TARGET for col, text in labels) \
            or not {"value", "period"} & set(roles.values()):
        return None  # a target surely named ('Target', 'Annual target'), not a budget's 'Plan'
    first_figure = min(roles)
    # the names' column may have no heading at all (a blank cell over the names): any column left
    # of the figures is a candidate, headed or not
    text_of = {col: "" for row in below for col, _ in row} | dict(labels)
    columns = sorted(col for col in text_of if col < first_figure and col not in roles)
    names = [col for col in columns
             if len(cells := _column(below, col)) >= _LEAST and _share(cells, name_cell) >= _SHARE]
    if len(names) != 1:
        return None
    name = names[0]
    refs = [col for col in columns if col < name and len(cells := _column(below, col)) >= _LEAST
            and _share(cells, lambda t: looks_like_ref(t) or (len(t) <= 8 and " " not in t)) >= _SHARE]
    out: list[tuple[int, str, str]] = [(name, "indicator", " ".join(text_of[name].split()))]
    for col, text in labels:
        if col == name or col in refs:
            continue
        out.append((col, roles.get(col, "notes"), " ".join(text.split())))
    out += [(col, "ref", " ".join(text_of[col].split())) for col in refs[-1:]]
    out += [(col, "notes", " ".join(text_of[col].split())) for col in refs[:-1]]
    return out


# ---- an indicator's card: a small two-column table of its own ---------------------------------------
#
#     CS01         | Quality of customer service call handling
#     Target       | 90%
#     Last quarter | 95.9%
#     This quarter | 95.5%
#     Status       | Green
#
# The first row names the indicator (a code beside its name, or the name alone); the rows below
# are a label and its value. Turned round into a heading row ('Ref | Indicator | Target | Last
# quarter | This quarter | Status') over one row of figures, the card reads as an indicator table.

_CARD_HEADINGS = ("Ref", "Indicator")  # the headings given to the card's first row (its code, its name)


def _pairs(rows: Sequence[Row]) -> list[tuple[Row, list[Cell]]] | None:
    out = []
    for row in rows:
        filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
        if len(filled) > 2:
            return None
        out.append((row, filled))
    return out


def card_rows(table: Table) -> list[Row] | None:
    """A card's rows turned round: a heading row, then the indicator's row; None unless the first
    filled row names the indicator (name_cell, after an optional code) and the rows below give a
    target and a latest figure (or a period's) as figures, each under a label of its own."""
    pairs = _pairs(table.rows)
    if pairs is None:
        return None
    pairs = [(row, filled) for row, filled in pairs if filled]
    if len(pairs) < 3 or len(pairs) > 16:
        return None
    first_row, first = pairs[0]
    if len(first) == 2 and (looks_like_ref(squash(first[0].text)) or len(squash(first[0].text)) <= 8
                            and " " not in squash(first[0].text).strip()) and name_cell(first[1].text):
        ref, name = squash(first[0].text).strip(), first[1].text
    elif len(first) == 1 and name_cell(first[0].text):
        ref, name = "", first[0].text
    else:
        return None
    labels: list[str] = []
    values: list[str] = []
    roles: set[str] = set()
    for _, filled in pairs[1:]:
        if len(filled) == 2 and filled[0].col >= filled[1].col or len(filled) == 1 and filled[0].col != 0:
            return None  # every other row is a label and its value (or a label left blank: 'Status |')
        label, value = squash(filled[0].text).strip(), filled[1].text if len(filled) == 2 else ""
        if len(label.split()) > 6 or figure_cell(label):
            return None
        role, score = indicator_role(label)
        if role in ("target", "value", "period") and score >= (_SURE_TARGET if role == "target" else 0.6) \
                and figure_cell(value):
            roles.add(role)
        labels.append(label)
        values.append(value)
    if "target" not in roles or not {"value", "period"} & roles:
        return None
    head = ([_CARD_HEADINGS[0]] if ref else []) + [_CARD_HEADINGS[1]] + labels
    data = ([ref] if ref else []) + [name] + values
    page, line = first_row.page, first_row.line
    return [Row([Cell(text=t, col=k) for k, t in enumerate(head)], page, line),
            Row([Cell(text=t, col=k) for k, t in enumerate(data)], page, line)]
