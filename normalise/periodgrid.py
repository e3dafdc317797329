"""A delivery timeline whose period columns hold the actions themselves, one row per workstream.

    Theme          Lead           April – June 2026        July – September 2026   October – December …
    Early help     Gareth Dunmore - Commission a portal    - Extend the licensing  –
    Practice       Head of …      - Implement a front door                         - Review the assessment
                                  - Review the advice service

Programmes and service plans draw their year as a grid: a row per workstream (theme, priority,
programme) with its lead, and a column per period (quarters, months, terms, 'Year 1 | Year 2 |
Year 3', 'Short | Medium | Long term') whose cells list what is to be done in that period. Where a
Gantt's period cells hold marks and a progress grid's hold ratings or updates (normalise/periods.py),
these hold instructions: each item is an action, of the row's workstream (its area) and lead, due
at the end of its column's period.

The evidence, all of it needed:
- a run of three period headings or more side by side (periods.run_of_periods), read from the
  heading row together with a row under it that only labels the periods ('Q1' over 'Apr–Jun 2026');
- no other column whose heading names the actions (then the period cells are its milestones or
  updates, which the walker reads as such);
- three items or more in the period cells, nearly all opening with a verb of action ('Commission
  …', 'Roll out …'): updates report ('Completed', 'On track') and a Gantt marks ('X', '●').

Items are split at their bullets ('-', '•', '▪', a scan's '*'), or where there are none, at lines
opening with a capital and a verb (a line that does not is the item above wrapped). A cell holding
only a dash says nothing is due that period.

The table is rebuilt as `<the row's own columns> | Action | Due` rows, one per item, the due its
period's heading as printed (with the year the document's period gives, where the heading prints
none); the walker reads it as any plan table and a warning says how it was read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.columns import looks_like_person, looks_like_when, opens_with_verb
from planx.normalise.dates import due_date
from planx.normalise.headers import classify
from planx.normalise.periods import period_ends, read_period, run_of_periods, year_basis
from planx.normalise.text import squash

# the share of a grid's items that must open with a verb of action
MIN_VERB_SHARE = 0.8
MIN_ITEMS = 3
# a heading naming the action column already: the period cells are then its milestones or updates
_ACTION_FIELDS = frozenset({"action"})
_ACTION_WEIGHT = 90.0
# a bullet opening an item: at a line's start any of these; inside a line (a text file's columns ran
# together) only a spaced '-', '•', '▪' before a capital
_LINE_BULLET = re.compile(r"^\s*(?:[-–•▪●◦*·]|¢«|«)\s*(?=\S)")
_INNER_BULLET = re.compile(r"\s+[-•▪●]\s+(?=[A-Z])")
_EMPTY = re.compile(r"^[\s\-–—·.]*$|^(?:n/?a|none|tbc|tbd)$", re.I)
_BRACKETED = re.compile(r"\s*\([^)]*\)?\s*$")
# an item closing with who leads it in round brackets ('Audit the front door (Head of Service)')
_OWNER_AFTER = re.compile(r"^(?P<action>.*\S)\s*\((?P<who>[^()]+)\)\s*\.?$")
_OWNER_WORDS = 8  # a name, a role or a team is this many words at most
_INITIALS_MAX = 3  # letters of a person's initials ('JS', 'NKP'); a longer capital word is an acronym
_OWNER_SHARE = 0.6  # of the items that close with an owner, for the grid to be read so
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")


def _period_label(text: str) -> bool:
    """Does a heading name one period, also with its months in brackets after it ('Quarter 1
    (Apr-Jun 26)') or over two lines ('Q1\\nApr–Jun 2027')?"""
    flat = squash(text)
    if not flat:
        return False
    if read_period(flat) is not None:
        return True
    first = squash(text.split("\n")[0])
    return any(read_period(t) is not None for t in (_BRACKETED.sub("", flat), first) if t)


def _texts(row: Row) -> dict[int, str]:
    return {c.col: c.text for c in row.cells}


def _header(table: Table) -> tuple[int, list[int], dict[int, str]] | None:
    """(index of the last heading row, period columns, column → heading) of a grid, else None."""
    for h in range(min(2, len(table.rows))):
        texts = _texts(table.rows[h])
        width = max(texts, default=-1) + 1
        labels = [texts.get(k, "") for k in range(width)]
        flags = ["Q" if _period_label(t) else "" for t in labels]
        # run_of_periods reads one kind; here any heading naming a period counts, of one run
        run = _run(flags)
        if len(run) < 3:
            continue
        if not run_of_periods([squash(labels[k]) for k in run]) and not all(_period_label(labels[k]) for k in run):
            continue
        heads = {k: squash(t) for k, t in texts.items()}
        last = h
        if h + 1 < len(table.rows):  # a row under it that only labels the periods ('Apr–Jun 2026')
            below = {c.col: c.text for c in table.rows[h + 1].cells if c.text.strip()}
            if below and set(below) <= set(run):
                for k, t in below.items():
                    # months under a heading that prints its year ('Q1 2026/27' over '(Apr-Jun)') add no
                    # date, and read alone in another year they would mislead: the heading is the due
                    if not (due_date(heads.get(k, "")) and not re.search(r"\d", t)):
                        heads[k] = squash(f"{heads.get(k, '')} {t}")
                last = h + 1
        return last, run, heads
    return None


def _run(flags: list[str]) -> list[int]:
    best: list[int] = []
    cur: list[int] = []
    for k, f in enumerate(flags):
        cur = [*cur, k] if f else []
        if len(cur) > len(best):
            best = cur
    return best


def items_of(text: str) -> list[str]:
    """A period cell's items (see the module); [] for a cell that says nothing is due."""
    if _EMPTY.match(text.strip()):
        return []
    lines = [ln for ln in text.split("\n") if ln.strip()]
    bulleted = any(_LINE_BULLET.match(ln) for ln in lines)
    items: list[str] = []
    for n, ln in enumerate(lines):
        parts = _INNER_BULLET.split(ln) if bulleted else [ln]
        for j, part in enumerate(parts):
            m = _LINE_BULLET.match(part)
            # unbulleted: a line opening with a capitalised verb (not an acronym: 'SEND inclusion
            # toolkit' goes on the line above), read with the lines after it ('Commission a' + '…')
            first = part.split()[0] if part.split() else ""
            opens = (m is not None or j > 0) if bulleted else \
                (not items or (first[:1].isupper() and not first.isupper()
                               and opens_with_verb(" ".join([part, *lines[n + 1:]]))))
            body = part[m.end():] if m else part
            if opens or not items:
                items.append(squash(body))
            else:
                items[-1] = squash(f"{items[-1]} {body}")
    return [i for i in items if i and not _EMPTY.match(i)]


def owner_after(item: str) -> tuple[str, str] | None:
    """(action, owner) of an item that closes with a name, a role or a team in round brackets ('Review
    the offer (Aisha Khan)', '… (Edge of Care Team)'): no digit, no date, a few words opening with a
    capital; None else, and None for an acronym alone ('… (LADO)')."""
    m = _OWNER_AFTER.match(squash(item))
    if m is None:
        return None
    who = m.group("who").strip()
    if not who[:1].isupper() or len(who.split()) > _OWNER_WORDS or any(ch.isdigit() for ch in who) \
            or looks_like_when(who):
        return None
    if len(who.split()) == 1 and who.isupper() and len(who) > _INITIALS_MAX:
        # an acronym spelling out the words before it ('… allegations against staff (LADO)'), not a
        # person's initials ('(NK)'): it stays in the action's text
        return None
    return m.group("action").strip(), who


def owners_after(items: list[str]) -> bool:
    """Do the grid's items close with their owners in brackets: most of them, with a name or a role
    among the bracketed ones (an acronym spelt out after a few of them is no owner)?"""
    found = [o for i in items if (o := owner_after(i)) is not None]
    return len(found) >= max(MIN_ITEMS, _OWNER_SHARE * len(items)) and any(looks_like_person(w) for _, w in found)


def _verb(item: str) -> bool:
    return opens_with_verb(item) or opens_with_verb(item[:1].upper() + item[1:])


def _dues(heads: dict[int, str], run: list[int], raw: RawDocument) -> dict[int, str]:
    """Each period column's due as printed; with the document's year where it prints none."""
    labels = [heads.get(k, "") for k in run]
    texts = [b.text for b in raw.blocks[:12] if isinstance(b, Paragraph)]
    basis = year_basis(texts)
    ends = period_ends([_BRACKETED.sub("", t) or t for t in labels], basis)
    out: dict[int, str] = {}
    for k, label, (end, _inferred) in zip(run, labels, ends, strict=True):
        if due_date(label) or end is None:
            out[k] = label
        else:
            out[k] = f"{label} ({end.iso()})"
    return out


def _repeated_heading(row: Row, run: list[int]) -> bool:
    """Does the row's every filled period cell name a period alone, three of them or more?"""
    own = _texts(row)
    filled = [own[k] for k in run if own.get(k, "").strip()]
    return len(filled) >= 3 and all(_period_label(t.strip(" .,;:-–")) for t in filled)


def _rebuild(table: Table, last: int, run: list[int], heads: dict[int, str],
             dues: dict[int, str]) -> tuple[Table, int] | None:
    # a row whose period cells print periods again is the heading row repeated (over a page break, or a
    # scan's heading read twice): it names the columns, it lists nothing to do
    rows = [r for r in table.rows[last + 1:] if not _repeated_heading(r, run)]
    others = sorted({c.col for r in table.rows for c in r.cells} - set(run))
    if any(classify(heads.get(k, ""))[0] in _ACTION_FIELDS and classify(heads.get(k, ""))[1] >= _ACTION_WEIGHT
           for k in others):
        return None  # the table names its actions: the period cells are theirs
    per_row = [(r, [(k, items_of(_texts(r).get(k, ""))) for k in run]) for r in rows]
    items = [i for _, cells in per_row for _, its in cells for i in its]
    if len(items) < MIN_ITEMS or sum(_verb(i) for i in items) < MIN_VERB_SHARE * len(items):
        return None
    names = []
    for n, k in enumerate(others):
        head = heads.get(k, "")
        field, weight, _ = classify(head) if head else ("", 0.0, "")
        names.append(head if (head and weight >= 50) else "Area" if n == 0 else head or f"Column {k + 1}")
    # no column names who leads: an owner closing each item in brackets does ('… (Head of Service)')
    with_owner = not any(classify(heads.get(k, ""))[0] in ("lead", "responsible") for k in others) \
        and owners_after(items)
    names += ["Action", "Lead", "Due"] if with_owner else ["Action", "Due"]
    top = table.rows[0]
    out = [Row(cells=[Cell(n, j) for j, n in enumerate(names)], page=top.page, line=top.line)]
    for r, cells in per_row:
        own = _texts(r)
        base = [Cell(own.get(k, ""), j) for j, k in enumerate(others)]
        found = [(k, i) for k, its in cells for i in its]
        if not found:
            if any(c.text.strip() for c in base):
                out.append(Row(cells=[*base, *(Cell("", len(others) + j) for j in range(len(names) - len(others)))],
                               page=r.page, line=r.line))
            continue
        for k, item in found:
            parts = [item]
            if with_owner:
                action, who = owner_after(item) or (item, "")
                parts = [action, who]
            out.append(Row(cells=[*[Cell(c.text, c.col) for c in base],
                                  *(Cell(t, len(others) + j) for j, t in enumerate([*parts, dues[k]]))],
                           page=r.page, line=r.line))
    return replace(table, rows=out, confidence=None), len(items)


def read_period_grids(raw: RawDocument) -> RawDocument:
    """The document with each delivery timeline whose period cells list its actions rebuilt as one
    row per action (see the module)."""
    blocks = list(raw.blocks)
    notes: list[str] = []
    for n, b in enumerate(blocks):
        if not isinstance(b, Table) or len(b.rows) < 2:
            continue
        found = _header(b)
        if found is None:
            continue
        last, run, heads = found
        rebuilt = _rebuild(b, last, run, heads, _dues(heads, run, raw))
        if rebuilt is None:
            continue
        blocks[n], count = rebuilt
        notes.append(f"table {b.index}: '{heads.get(run[0], '')}' … '{heads.get(run[-1], '')}' hold the actions "
                     f"due in each period ({count} item(s)): read as one action per item, due at its period's end, "
                     f"with its row's workstream and lead")
    if not notes:
        return raw
    return replace(raw, blocks=blocks, warnings=[*raw.warnings, *notes])
