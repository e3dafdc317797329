"""A table whose rows are tiers of one outline, each keyed by its level's word and a code in a column of
its own: a logical framework's 'Outcome 1' over 'Output 1.1' over 'Activity 1.1.1'.

    Level          | Description                  | Indicator        | Baseline | Latest | Target | Lead | By when
    Outcome 1      | Children attend school       | Persistent abs.. | 26.1%    | 23.4%  | 20%    |      |
    Output 1.1     | Children attend regularly    | Suspensions ..   | 412      | 377    | 300    |      |
    Activity 1.1.1 | Provide a reintegration plan |                  |          |        |        | PSW  | 28/02/2026

A reader takes the innermost tier for the actions: its code the deepest, its rows the most numerous,
and the who and when columns filled on its rows. The tiers above are what the actions serve: each
action takes the statements of the rows its code lies under ('1.1.1' under '1.1' under '1'), the top
tier in the field its level word names ('Outcome' an outcome, 'Priority' an area), the tiers between
in the next grouping field free. The figures the outer tiers' rows fill and the actions' rows never do
(an indicator, its baseline, latest figure and target) are those tiers' indicators: a table of their
own, read as an indicator table is (headings as printed).

The evidence is the key column's own shape, not a list of words: every body row keyed by a capitalised
word and a code, two words or more, each word always at one depth of code and each depth one word's,
every deeper code under a shallower one printed above it (tiers may run on over a table printed
further on, its heading row repeated), and the innermost tier the most numerous.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from planx.extract.model import Block, Cell, RawDocument, Row, Table
from planx.normalise.headers import classify
from planx.normalise.severity import Note
from planx.normalise.text import squash

# a level's word and its code ('Output 1.2', 'Activity 1.1.1', 'Goal 2')
_KEY = re.compile(r"^([A-Z][a-z]+) (\d{1,2}(?:\.\d{1,2}){0,3})\.?$")
MIN_ACTIONS = 3  # innermost rows at least before a column of keys reads as tiers
# the grouping fields an outer tier may take, in the order a tier with no field of its own takes them
_GROUPING = ("area", "objective", "outcome")
_LABELS = {"area": "Area", "objective": "Objective", "outcome": "Outcome", "action": "Action"}


@dataclass
class _Keyed:
    word: str
    code: tuple[str, ...]
    row: Row
    table: Table


def _key(row: Row, col: int) -> tuple[str, tuple[str, ...]] | None:
    cell = next((c for c in row.cells if c.col == col), None)
    m = _KEY.match(squash(cell.text)) if cell is not None else None
    return (m.group(1), tuple(m.group(2).split("."))) if m else None


def _texts(row: Row) -> list[str]:
    return [squash(c.text) for c in sorted(row.cells, key=lambda c: c.col)]


def _cell(row: Row, col: int) -> str:
    return next((squash(c.text) for c in row.cells if c.col == col), "")


def _keyed_rows(tables: list[Table], col: int, head: Row) -> list[_Keyed] | None:
    """Every row of the tables under the heading row (and its repeats), keyed in column col; None
    when a row is not keyed so."""
    keyed: list[_Keyed] = []
    for t in tables:
        for n, r in enumerate(t.rows):
            if n == 0 and _texts(r) == _texts(head):
                continue  # (the heading row, or its repeat atop a table printed further on)
            found = _key(r, col)
            if found is None:
                return None
            keyed.append(_Keyed(found[0], found[1], r, t))
    return keyed


def _depths(keyed: list[_Keyed]) -> dict[str, int] | None:
    """Each level word's depth of code, where the keys make an outline of two tiers or more: each word
    always at one depth and each depth one word's, every deeper code under one printed above it."""
    depth: dict[str, int] = {}
    for item in keyed:
        if depth.setdefault(item.word, len(item.code)) != len(item.code):
            return None  # a word at two depths: no level's name
    if len(depth) < 2 or len(set(depth.values())) != len(depth):
        return None
    seen: set[tuple[str, ...]] = set()
    for item in keyed:
        if len(item.code) > min(depth.values()) and item.code[:-1] not in seen:
            return None  # a code under no code printed above it: no outline
        seen.add(item.code)
    return depth


def _tiers(tables: list[Table]) -> tuple[int, list[_Keyed], Row] | None:
    """(the key column, the keyed rows in order, the heading row) of a run of tables printing one
    tiered outline under one heading row, its innermost tier the most numerous (module note), or None."""
    head = tables[0].rows[0]
    col = next((c.col for c in sorted(head.cells, key=lambda c: c.col)
                if any(_key(r, c.col) for r in tables[0].rows[1:])), None)
    keyed = _keyed_rows(tables, col, head) if col is not None else None
    depth = _depths(keyed) if keyed else None
    if col is None or not keyed or depth is None:
        return None
    inner = max(depth, key=lambda w: depth[w])
    counts = {w: sum(1 for item in keyed if item.word == w) for w in depth}
    if counts[inner] < MIN_ACTIONS or counts[inner] < max(counts.values()):
        return None
    return col, keyed, head


def _fields_of(words: list[str]) -> dict[str, str]:
    """The field each outer tier takes, top tier first: the one its level word names, if a grouping
    field still free ('Outcome' → outcome), else the first grouping field free."""
    taken: dict[str, str] = {}
    for w in words:
        field = classify(w)[0]
        if field not in _GROUPING or field in taken.values():
            field = next((f for f in _GROUPING if f not in taken.values()), "")
        if field:
            taken[w] = field
    return taken


def _row(texts: list[str], like: Row, header: bool = False) -> Row:
    return Row([Cell(t, k, bold=header) for k, t in enumerate(texts)], like.page, like.line)


def _split(col: int, keyed: list[_Keyed], head: Row) -> tuple[Table, Table | None] | None:
    """The table of the innermost tier's rows, each with its outer tiers' statements, and the table
    of the outer tiers' figures (None when they fill none); None when no column states every tier's
    row (a statement column: the first column filled on every keyed row)."""
    depth = {k.word: len(k.code) for k in keyed}
    inner = max(depth, key=lambda w: depth[w])
    outer = sorted((w for w in depth if w != inner), key=lambda w: depth[w])
    fields = _fields_of(outer)
    columns = sorted(c.col for c in head.cells if c.col != col)
    filled_inner = {c for c in columns if any(_cell(k.row, c) for k in keyed if k.word == inner)}
    filled_outer = {c for c in columns if any(_cell(k.row, c) for k in keyed if k.word != inner)}
    statement = min((c for c in columns if all(_cell(k.row, c) for k in keyed)), default=None)
    if statement is None:
        return None
    figures = sorted(filled_outer - filled_inner - {statement})
    kept = sorted(filled_inner - {statement})
    by_code = {k.code: k for k in keyed if k.word != inner}
    labels = [_LABELS[fields[w]] for w in outer if w in fields] + [_LABELS["action"]] + [_cell(head, c) for c in kept]
    rows = [_row(labels, head, header=True)]
    for k in keyed:
        if k.word != inner:
            continue
        above = [by_code.get(k.code[:depth[w]]) for w in outer if w in fields]
        rows.append(_row([_cell(a.row, statement) if a else "" for a in above] + [_cell(k.row, statement)]
                         + [_cell(k.row, c) for c in kept], k.row))
    first = keyed[0].table
    actions = replace(first, rows=rows)
    if not figures:
        return actions, None
    measured = [k for k in keyed if k.word != inner and _cell(k.row, figures[0])]
    if not measured:
        return actions, None
    table = [_row([_cell(head, c) for c in figures], head, header=True)]
    table += [_row([_cell(k.row, c) for c in figures], k.row) for k in measured]
    return actions, replace(first, rows=table)


def tiered_tables(raw: RawDocument) -> RawDocument:
    """The document with each tiered outline table (module note) read as a table of its innermost
    tier's rows under their outer tiers' statements, after a table of the outer tiers' figures."""
    blocks: list[Block] = []
    found = 0
    k = 0
    items = raw.blocks
    while k < len(items):
        b = items[k]
        if not isinstance(b, Table) or len(b.rows) < 2:
            blocks.append(b)
            k += 1
            continue
        run = [b]
        # (tables printed further on under the same heading row: the outline going on)
        while k + len(run) < len(items) and isinstance(nxt := items[k + len(run)], Table) and nxt.rows \
                and _texts(nxt.rows[0]) == _texts(b.rows[0]):
            run.append(nxt)
        tiers = _tiers(run)
        read = _split(*tiers) if tiers is not None else None
        if read is None:
            blocks.append(b)
            k += 1
            continue
        actions, figures = read
        blocks += [figures, actions] if figures is not None else [actions]
        found += 1
        k += len(run)
    if not found:
        return raw
    number = 0
    for i, blk in enumerate(blocks):
        if isinstance(blk, Table):
            number += 1
            blocks[i] = replace(blk, index=number)
    out = replace(raw, blocks=blocks)
    out.warnings = [*raw.warnings, Note(f"{found} table(s) of tiers keyed by level ('Outcome 1', 'Output 1.1', "
                                        "'Activity 1.1.1'): the innermost tier read as the actions, under the "
                                        "statements of the tiers above; their figures as indicators")]
    return out
