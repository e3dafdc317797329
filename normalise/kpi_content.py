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
from dataclasses import dataclass

from planx.extract.model import Cell, Row, Table
from planx.normalise.codes import rag_of
from planx.normalise.columns import looks_like_figure, looks_like_ref
from planx.normalise.headers import DECENT, classify, indicator_role
from planx.normalise.text import fold, squash, words_over

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
    return words_over(t, 1) and any(ch.isalpha() for ch in t) and not figure_cell(t)


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


def _card_title(filled: list[Cell]) -> tuple[str, str] | None:
    """(code, name) of a card's first row: a code beside the name ('CS01 | Calls answered …') or
    the name alone; None when the row is no card's title."""
    if len(filled) == 2:
        code = squash(filled[0].text).strip()
        if (looks_like_ref(code) or len(code) <= 8 and " " not in code) and name_cell(filled[1].text) \
                and not indicator_role(code)[0]:
            return code, filled[1].text
    if len(filled) == 1 and name_cell(filled[0].text):
        return "", filled[0].text
    return None


@dataclass
class _Card:
    row: Row
    ref: str
    name: str
    fields: list[tuple[str, str]]  # (label, value) in print order


def _card(pairs: Sequence[tuple[Row, list[Cell]]]) -> _Card | None:
    title = _card_title(pairs[0][1])
    if title is None or len(pairs) < 3:
        return None
    fields: list[tuple[str, str]] = []
    roles: set[str] = set()
    for _, filled in pairs[1:]:
        if len(filled) == 2 and filled[0].col >= filled[1].col or len(filled) == 1 and filled[0].col != 0:
            return None  # every other row is a label and its value (or a label left blank: 'Status |')
        label, value = squash(filled[0].text).strip(), filled[1].text if len(filled) == 2 else ""
        if words_over(label, 6) or figure_cell(label):
            return None
        role, score = indicator_role(label)
        if role in ("target", "value", "period") and score >= (_SURE_TARGET if role == "target" else 0.6) \
                and figure_cell(value):
            roles.add(role)
        fields.append((label, value))
    if "target" not in roles or not {"value", "period"} & roles:
        return None
    return _Card(pairs[0][0], title[0], title[1], fields)


def card_rows(table: Table) -> list[Row] | None:
    """Cards' rows turned round: a heading row, then a row per indicator; None unless the table
    is one card or several printed one under another (a PDF's rows of two cards with little space
    between them come as one table): each opens with a row that names its indicator (name_cell,
    after an optional code) and its rows below give a target and a latest figure (or a period's)
    as figures, each under a label of its own. Several cards must share their labels."""
    pairs = _pairs(table.rows)
    if pairs is None:
        return None
    pairs = [(row, filled) for row, filled in pairs if filled]
    if len(pairs) < 3:
        return None
    # a card opens at its title row: the first row, and any later row of a code and a name that
    # is not one of the first card's labels
    starts = [0] + [k for k in range(1, len(pairs)) if len(pairs[k][1]) == 2
                    and _card_title(pairs[k][1]) is not None and pairs[k][1][0].text.strip()
                    and not indicator_role(pairs[k][1][0].text)[0]]
    starts = [k for n, k in enumerate(starts) if n == 0 or k - starts[n - 1] >= 3]
    cards = [_card(pairs[a:b]) for a, b in zip(starts, [*starts[1:], len(pairs)], strict=True)]
    found = [c for c in cards if c is not None]
    if len(found) < len(cards) or len(found[0].fields) > 15:
        return None
    labels = [label for label, _ in found[0].fields]
    if len(found) > 1 and any([fold(label) for label, _ in c.fields] != [fold(x) for x in labels] for c in found):
        return None  # cards of different shapes: not one grid
    refs = any(c.ref for c in found)
    head = ([_CARD_HEADINGS[0]] if refs else []) + [_CARD_HEADINGS[1]] + labels
    rows = [Row([Cell(text=t, col=k) for k, t in enumerate(head)], found[0].row.page, found[0].row.line)]
    for c in found:
        data = ([c.ref] if refs else []) + [c.name] + [value for _, value in c.fields]
        rows.append(Row([Cell(text=t, col=k) for k, t in enumerate(data)], c.row.page, c.row.line))
    return rows
