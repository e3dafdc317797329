"""A minute's action log printed as a small table whose columns came apart: actions, who, by when.

School, parish and committee minutes close each agenda item with a table

    Action items                          Person responsible     Deadline
    ☑ Ask PVG holders to help at the Fayre      Sam               Enter deadline here
    ☐ Send a poll to parents                     Helen

Its rows are a word processor's, not the page's: the PDF's table finder reads the actions as one
cell of lines, the names as another, a name or a deadline inside the heading cell, the actions in a
column with no heading of its own. A reader reads the columns as lists side by side, and so does
this module, before the walker reads the table:

- each column's lines in order (its heading cell's lines after the heading too), assigned to the
  heading at or left of where they stand; an action's line that starts in lower case goes on the
  one above (a wrapped line), any other opens an action; bullets and empty boxes are dropped, a
  ticked box ('☑', '✓') is the action's status as printed;
- the names pair with the actions in order only when there are as many of each; otherwise no action
  gets a name and the names are kept aside (a warning says so);
- a deadline goes with the name printed on its row (the first of them), since the log prints a
  name and its deadline side by side;
- the title of the agenda item above ('Agenda item: Finance   Presenter: …') is the area.

The table is rebuilt as `Area | Action | Person responsible | Deadline | Not paired [| Status]` rows that the
walker reads as any plan table; nothing is dropped. Only a table whose heading row names actions and
who acts, and whose cells show the columns came apart (lines in a column with no heading, in the
heading cells, or several names in one cell), is rebuilt.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.text import fold, squash
from planx.normalise.vocab import (
    ACTION_LOG_ACTION_HEADINGS,
    ACTION_LOG_DUE_HEADINGS,
    ACTION_LOG_PERSON_HEADINGS,
    AGENDA_ITEM_LABELS,
    STATUS_MARKS,
)

# bullets and box glyphs before a log's item or name: '●', '☐', '☑', '✓', a Symbol font's private bullet
_GLYPHS = re.compile(r"^[\s\u200b\u2022\u25cf\u25cb\u25aa\u25a0\u25a1\u2610\u2611\u2612\u2713\u2714"
                     r"\u2717\u2718\uf0a7\uf0b7*·-]+")
_LABELS = "|".join(re.escape(w) for w in AGENDA_ITEM_LABELS)
_AGENDA = re.compile(rf"^\s*(?:{_LABELS})\b\s*(?:\d{{1,2}}[.:]?)?\s*[:\-–—]?\s*(?P<title>.+)$", re.I)
# a further label on the item's line ('Presenter: Sam', 'Led by: …'): the title stops before it
_NEXT_LABEL = re.compile(r"\s+[A-Z][a-z]+(?:\s[a-z]+)?:\s.*$")

ROLES = ("action", "person", "due")
# formats whose tables are found on a laid-out page, where a row's cells can come apart in the printing
_LAID_OUT_FORMATS = frozenset({"pdf"})
_HEADING_SETS = {"action": ACTION_LOG_ACTION_HEADINGS, "person": ACTION_LOG_PERSON_HEADINGS,
                 "due": ACTION_LOG_DUE_HEADINGS}


def heading_role(text: str) -> str:
    """'action', 'person' or 'due' for a log's column heading (its first line), else ''."""
    first = fold(text.strip().split("\n")[0]) if text.strip() else ""
    for role in ROLES:
        if first in _HEADING_SETS[role]:
            return role
    return ""


def log_columns(table: Table) -> dict[int, str]:
    """{grid column: role} of a table whose first row heads an action log (actions and who), or {}."""
    if not table.rows:
        return {}
    if any(c.rowspan > 1 or (c.colspan > 1 and heading_role(c.text) in ("person", "due")) for c in table.rows[0].cells):
        # grouped headings ('Responsibility' over 'Lead | Support', 'Timescale' over 'Start | End'): a
        # plan's grid ('Action items' spanning the column its actions came apart into is a log's)
        return {}
    roles = {c.col: heading_role(c.text) for c in table.rows[0].cells if c.text.strip()}
    roles = {col: r for col, r in roles.items() if r}
    if sorted(roles.values()).count("action") != 1 or "person" not in roles.values():
        return {}
    if len(roles) != len([c for c in table.rows[0].cells if c.text.strip()]):
        return {}  # a heading of another kind: a plan's grid, read by the walker
    return roles


def _role_at(col: int, roles: dict[int, str]) -> str:
    left = [c for c in roles if c <= col]
    return roles[max(left)] if left else roles[min(roles)]


def came_apart(table: Table, roles: dict[int, str]) -> bool:
    """Whether the log's cells show its columns came apart in the printing, or hold lists side by
    side: lines in the heading cells below a heading, text in a column with no heading between the
    actions' heading and the names', or a row
    whose action cell lists several actions beside several names (two names beside one action are
    two people on it: the row is read as printed)."""
    head = table.rows[0].cells
    if any(c.text.strip() and len(c.text.strip().split("\n")) > 1 for c in head):
        return True
    for row in table.rows[1:]:
        if any(c.text.strip() and c.col not in roles and _role_at(c.col, roles) == "action" for c in row.cells):
            return True  # the actions in a column of their own, under no heading, before the names
        actions = [ln for c in row.cells if roles.get(c.col) == "action" for ln in c.text.split("\n")]
        names = [ln for c in row.cells if roles.get(c.col) == "person" for ln in c.text.split("\n") if ln.strip()]
        if len(_action_items(actions)) > 1 and len(names) > 1:
            return True
    return False


def _action_items(lines: list[str]) -> list[tuple[str, str, int]]:
    """(action, the tick it opens with, as printed, the index of the line it opens on) per item of a
    log's action lines."""
    items: list[tuple[str, str, int]] = []
    for k, line in enumerate(lines):
        m = _GLYPHS.match(line)
        glyphs = m.group(0) if m else ""
        text = squash(line[len(glyphs):])
        if not text:
            continue
        if items and text[0].islower():
            items[-1] = (items[-1][0] + " " + text, items[-1][1], items[-1][2])
        else:
            items.append((text, "".join(g for g in glyphs if g in STATUS_MARKS), k))
    return items


def agenda_title(text: str) -> str:
    """The item's title in 'Agenda item: Finance  Presenter: Sue', else ''."""
    m = _AGENDA.match(squash(text))
    if not m:
        return ""
    return _NEXT_LABEL.sub("", m.group("title")).strip(" :-–—")


def _lists(table: Table, roles: dict[int, str]
           ) -> tuple[list[tuple[str, str, int]], list[tuple[str, str]], list[str]]:
    """The log's columns as lists: its items (action, tick, the page of the row its first line stands
    on: a log running over a page break keeps each action's own page), its names (name, the deadline
    printed on its row) and the deadlines printed on no name's row."""
    actions: list[str] = []
    pages: list[int] = []  # the page of each action line's row
    persons: list[tuple[str, str]] = []  # (name, the deadline printed on its row)
    loose_dues: list[str] = []
    for k, row in enumerate(table.rows):
        lines: dict[str, list[str]] = {r: [] for r in ROLES}
        for c in row.cells:
            cell_lines = [ln for ln in c.text.split("\n") if ln.strip()]
            if k == 0:
                cell_lines = cell_lines[1:]  # the heading itself
            lines[_role_at(c.col, roles)] += cell_lines
        actions += lines["action"]
        pages += [row.page] * len(lines["action"])
        names = [squash(_GLYPHS.sub("", n)) for n in lines["person"]]
        names = [n for n in names if n]
        dues = [squash(d) for d in lines["due"] if d.strip()]
        for i, name in enumerate(names):
            persons.append((name, dues[i] if i < len(dues) else ""))
        loose_dues += dues[len(names):]
    return [(text, tick, pages[k]) for text, tick, k in _action_items(actions)], persons, loose_dues


def pairs_in_order(table: Table, roles: dict[int, str]) -> bool:
    """Whether the log's lists hold as many names as actions: read side by side, each action gets its
    person."""
    items, persons, _ = _lists(table, roles)
    return bool(persons) and len(persons) == len(items)


def rebuild(table: Table, roles: dict[int, str], area: str) -> tuple[Table, str]:
    """The log as one row per action (see the module) and a note on how it was paired."""
    items, persons, loose_dues = _lists(table, roles)
    paired = len(persons) == len(items)
    ticks = any(tick for _, tick, _ in items)  # a ticked box before an item: its status column
    names = ["Area", "Action", "Person responsible", "Deadline", "Not paired"] + (["Status"] if ticks else [])
    rows = [Row(cells=[Cell(n, k) for k, n in enumerate(names)], page=table.rows[0].page, line=table.rows[0].line)]
    line0 = table.rows[1].line if len(table.rows) > 1 else table.rows[0].line
    for i, (item, tick, page) in enumerate(items):
        name, due = persons[i] if paired else ("", "")
        cells = [Cell(area, 0), Cell(item, 1), Cell(name, 2), Cell(due, 3), Cell("", 4)]
        cells += [Cell(tick, 5)] if ticks else []
        rows.append(Row(cells=cells, page=page, line=line0 + i))
    rest = ([] if paired else [f"{n} {d}".strip() for n, d in persons]) + loose_dues
    if rest and len(rows) > 1:
        rows[-1].cells[4] = Cell("; ".join(rest), 4)
    note = (f"an action log whose columns came apart in the printing (page {table.page}) read as lists side "
            f"by side: {len(items)} action(s)"
            + (", names paired in order" if paired and persons else
               f", {len(persons)} name(s) not paired (counts differ)" if persons else ""))
    return replace(table, rows=rows, confidence=None), note


def with_area(table: Table, area: str) -> Table:
    """The log with a last column naming its agenda item (the heading row 'Area'): after the log's
    own columns, so that a table printed under it without headings lines up with those as before."""
    width = max((r.width() for r in table.rows), default=0)
    rows = [replace(row, cells=[*row.cells, Cell("Area" if k == 0 else area, width)])
            for k, row in enumerate(table.rows)]
    return replace(table, rows=rows)


def read_action_logs(raw: RawDocument) -> RawDocument:
    """The document with each action log whose columns came apart rebuilt (see the module)."""
    blocks = list(raw.blocks)
    notes: list[str] = []
    area = ""
    changed = False
    for k, b in enumerate(blocks):
        if isinstance(b, Paragraph):
            title = agenda_title(b.text)
            if title:
                area = title
            continue
        roles = log_columns(b)
        if not roles:
            continue
        # a table the author drew cell by cell (a Word, web or Markdown table, not a PDF's page) has the
        # author's rows: read as lists side by side only when the lists pair up, else as printed (one
        # action per row, its people and deadline beside it)
        if came_apart(b, roles) and (raw.format in _LAID_OUT_FORMATS or pairs_in_order(b, roles)):
            blocks[k], note = rebuild(b, roles, area)
            notes.append(note)
            changed = True
        elif area:  # read as printed, under its agenda item's title
            blocks[k] = with_area(b, area)
            changed = True
    if not changed:
        return raw
    return replace(raw, blocks=blocks, warnings=[*raw.warnings, *notes])


# ---- dash lists run into one paragraph ----------------------------------------------------------------
# 'ACTIONS: - Letter to go out … -Correct bank details …': an action label over dash items that the
# PDF's text layer ran into one paragraph
_LABEL_LIST = re.compile(r"(?:^|(?<=[.!?])\s)\s*(?P<label>(?:agreed\s+)?actions?(?:\s+(?:points?|items?|agreed))?)"
                         r"\s*:\s*(?=-)", re.I)
# a dash opening an item: after a space (or at the start), before a capital, a digit or a link
_DASH_ITEM = re.compile(r"(?:^|(?<=\s))-\s?(?=[A-Z0-9a-z(‘'\"])")
# an agenda item's numbered title run into its notes: '5. Fundraising & Social -P1 reps shared …'
_TITLE_NOTES = re.compile(r"^\s*(?P<title>\d{1,2}\.\s+[A-Z][^.:;!?\-–—]{1,60}?)\s+-\s?(?=[A-Z0-9])")
_TITLE_WORDS = 6


def dash_items(text: str) -> list[str]:
    """The items of a run-in dash list ('- a -B c' → ['a', 'B c']); [] when it has none."""
    starts = [m for m in _DASH_ITEM.finditer(text)]
    if not starts or text[:starts[0].start()].strip():
        return []
    items = []
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        item = text[m.end():end].strip()
        if item:
            items.append(item)
    return items


def split_run_in_lists(raw: RawDocument) -> RawDocument:
    """Minutes whose PDF ran an action label and its dash items into one paragraph ('ACTIONS: - a
    -b', also after the note it closes: '… is due for review. Agreed actions: - a -b'), or an agenda
    item's numbered title and its dash notes ('5. Fundraising -P1 reps …'), as a reader sees them:
    the label (or title) alone, then one paragraph per item. Only in a document with such an action
    label: a plan's '1. Goal - detail' stays as printed."""
    if not any(isinstance(b, Paragraph) and _LABEL_LIST.search(squash(b.text)) for b in raw.blocks):
        return raw
    out: list = []
    for b in raw.blocks:
        if not isinstance(b, Paragraph):
            out.append(b)
            continue
        text = squash(b.text)
        m = _LABEL_LIST.search(text)
        t = None if m else _TITLE_NOTES.match(text)
        if t and len(t.group("title").split()) - 1 <= _TITLE_WORDS:
            # the title alone (an agenda item's heading), its notes one paragraph as printed
            out.append(replace(b, text=t.group("title").strip(), bold=True))
            out.append(replace(b, text=text[t.end("title"):].strip(), heading=False, bold=False, lead_bold="",
                               line=b.line + 1))
            continue
        items = dash_items(text[m.end():]) if m else []
        if not m or not items:
            out.append(b)
            continue
        before = text[:m.start("label")].strip()
        if before:  # the minute's note the label closes ('… is due for review. Agreed actions: - …')
            out.append(replace(b, text=before))
        out.append(replace(b, text=text[m.start("label"):m.end()].strip()))
        out += [replace(b, text=f"- {item}", heading=False, bold=False, lead_bold="", line=b.line + k + 1)
                for k, item in enumerate(items)]
    return replace(raw, blocks=out)
