"""Numbered items printed over the tables that detail them, as a column of those tables.

A quality improvement plan's form prints each change idea as a numbered line ('Change idea 2
Offer same-day triage …') over a small table of its own ('Methods | Process measures | Target for
process measure | Comments'), whose headings name how the idea is done and measured but no column
of things to be done: the line is the action, the table's row its measure and notes. A PDF's reader
may print the line above the table as a paragraph, or read it into the table as a row of its own,
two ideas sharing one table across a page break.

Each such line becomes the first row's cell of an extra column of the table under it, headed by
the line's label ('Change idea'), so that the table reads as any plan table whose column holds the
actions. Only a label that names the actions of a plan (a heading phrase read as the action's,
headers.classify), numbered, over a table whose heading row names fields but no action and no
milestones (things done, which the line heads), and is no form's row of labels each beside its value
('Owner | Ann Lee | Deadline | 21/07/2026': a card's), is so read:
a table that names its own actions keeps its own reading (the line is then a group's heading,
block_headings)."""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.headers import classify
from planx.normalise.text import fold, squash

# 'Change Idea #2 Offer …', 'Change idea 3: Offer …': a label of a few words, its number, the item's text
_ITEM = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z'’ ]{2,40}?)\s*(?:#|No\.?)?\s*(?P<num>\d{1,2}[a-z]?)\s*[.):–-]?\s+"
                   r"(?P<text>\S.*)$", re.S)
_SURE_ACTION = 90.0  # a label read as the action's heading at least this surely ('Change idea': 100)
_LABEL_WORDS = 4
_ITEM_WORDS = 3  # an item says at least this much (no 'Change idea 2 above')
_TAIL_WORDS = 6  # the end of an item's line a PDF cut into a row of its own ('behaviours.')
_DONE = {"action", "milestones"}  # fields naming things to be done: a table with one keeps its own reading
_NAMES = 50.0  # a cell read as a field's label at least this surely names it


def item_line(text: str) -> tuple[str, str] | None:
    """(label, text) of a numbered item whose label names a plan's actions ('Change Idea #1 Provide
    training …' → ('Change Idea', 'Provide training …')), or None."""
    m = _ITEM.match(squash(text))
    if m is None:
        return None
    label = m.group("label").strip()
    field, weight, _ = classify(label)
    if field != "action" or weight < _SURE_ACTION or len(label.split()) > _LABEL_WORDS:
        return None
    body = m.group("text").strip()
    if len(body.split()) < _ITEM_WORDS:
        return None
    return label, body


def _heading_without_action(row: Row) -> bool:
    """Is the row a heading row, short labels two or more of which name a field, none a column of
    things to be done (the action's, milestones'), and not labels each beside its value
    ('Methods | Process measures | Target for process measure | Comments')?"""
    labels = [squash(c.text) for c in row.cells if c.text.strip() and not c.merged_above]
    if len(labels) < 2 or any(len(t.split()) > _LABEL_WORDS + 2 or t.endswith((".", ";", ",")) for t in labels):
        return False
    read = [classify(t) for t in labels]
    fields = [f for f, _, _ in read]
    if _DONE & set(fields):
        return False  # a column of things done: the item heads them ('Action 2 …' over 'Milestone | …')
    if len(labels) >= 4 and len(labels) % 2 == 0 and all(w >= _NAMES for _, w, _ in read[::2]) \
            and not any(w >= _NAMES for _, w, _ in read[1::2]):
        return False  # labels each beside its value ('Owner | Ann Lee | Deadline | 21/07/2026'): a form's row
    return sum(1 for f in fields if f) >= 2


def _row_item(row: Row) -> tuple[str, str] | None:
    filled = sorted((c for c in row.cells if c.text.strip() and not c.merged_above), key=lambda c: c.col)
    if not filled:
        return None
    found = item_line(" ".join(squash(c.text) for c in filled))
    if found is None or not squash(filled[0].text).startswith(found[0]):
        return None
    return found


def _tail(row: Row) -> str:
    """The text of a row holding only a short piece in its first column (the end of an item's line)."""
    filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
    if len(filled) != 1 or filled[0].col != 0 or len(filled[0].text.split()) > _TAIL_WORDS:
        return ""
    return squash(filled[0].text)


def _fold(table: Table, pending: tuple[str, str] | None) -> tuple[Table, int] | None:
    """The table with a column of the items over its parts, and how many items it took; None when
    no item stands over a heading row that names no action."""
    width = max((r.width() for r in table.rows), default=0)
    rows: list[Row] = []
    item = pending
    state = "heading" if pending is not None else ""  # '' | 'heading' (awaited) | 'first' (row awaited) | 'done'
    taken = 0
    for row in table.rows:
        found = _row_item(row)
        if found is not None:
            item, state = found, "heading"
            continue
        if state == "heading" and item is not None:
            if _heading_without_action(row):
                rows.append(replace(row, cells=[*row.cells, Cell(item[0], width)]))
                state = "first"
                continue
            tail = _tail(row)
            if tail:
                item = (item[0], f"{item[1]} {tail}")
                continue
            return None  # an item over no heading row: not this shape
        if state == "first" and item is not None and any(c.text.strip() for c in row.cells):
            rows.append(replace(row, cells=[*row.cells, Cell(item[1], width)]))
            taken += 1
            state = "done"
            continue
        rows.append(row)
    if not taken:
        return None
    return replace(table, rows=rows), taken


def items_over_tables(raw: RawDocument) -> RawDocument:
    """The document with each numbered item printed over the table detailing it read as that
    table's column of actions (see above)."""
    blocks: list = []
    warnings: list[str] = []
    src = raw.blocks
    i = 0
    while i < len(src):
        b = src[i]
        nxt = src[i + 1] if i + 1 < len(src) else None
        if isinstance(b, Paragraph) and not b.heading and isinstance(nxt, Table) \
                and (found := item_line(b.text)) is not None and (folded := _fold(nxt, found)) is not None:
            blocks.append(folded[0])
            warnings.append(f"table {nxt.index}: '{found[0]}' lines over its heading row, which names no column of "
                            f"things to be done, read as its actions ({folded[1]})")
            i += 2
            continue
        if isinstance(b, Table) and (folded := _fold(b, None)) is not None:
            blocks.append(folded[0])
            warnings.append(f"table {b.index}: numbered item rows over its heading rows, which name no column of "
                            f"things to be done, read as its actions ({folded[1]})")
            i += 1
            continue
        blocks.append(b)
        i += 1
    if not warnings:
        return raw
    blocks, aside = _cues_aside(blocks, raw.blocks)
    return replace(raw, blocks=blocks, warnings=[*raw.warnings, *warnings], aside=[*raw.aside, *aside])


def _cues_aside(blocks: list, before: list) -> tuple[list, list[tuple[str, str, int, int]]]:
    """A line right over a table read so that only names its items ('Change Ideas' over 'Change Idea #1
    …'): the cue of the list, no area of the plan; set aside (leftovers) with why."""
    labels = {_plural_key(c.text) for b in blocks if isinstance(b, Table) and b not in before
              for c in b.rows[0].cells if c.text.strip()} if blocks else set()
    out: list = []
    aside: list[tuple[str, str, int, int]] = []
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if isinstance(b, Paragraph) and isinstance(nxt, Table) and nxt not in before \
                and _plural_key(b.text) in labels:
            aside.append((squash(b.text), "a heading naming the items under it, read as the table's column of "
                          "actions: no area", b.page, b.line))
            continue
        out.append(b)
    return out, aside


def _plural_key(text: str) -> str:
    words = fold(squash(text)).strip(" :").split()
    return " ".join([*words[:-1], words[-1].removesuffix("s")]) if words else ""
