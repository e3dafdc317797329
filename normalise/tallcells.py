"""A tall action cell beside sub-rows: one action, its sub-rows its milestones.

A plan's action cell holds an intro and an item list ('Improve attendance tracking:' over 'a) Weekly
reports …', 'b) First-day calls …', 'c) …') and is merged down (Word) or spans (a PDF's drawn table)
over several rows, each with a lead, date and status of its own. The walker reads the rows under the
cell as the action's sub-rows (Draft.sub_rows: its own row's date and status first); this module
reads them as the action's milestones:

- the cell's items line up with the sub-rows (as many items as rows): each item is the milestone of
  its row, with that row's date and status; the intro is the action;
- they do not (two items beside three dated rows): the action keeps its whole cell, and each row's
  date and status is a milestone of its own (no text: the cell names none for it alone).

A cell that is no item list (one sentence merged down beside dated rows) is left as it was: its
dates are the action's (normalise/actions.py joins them). The text and PDF readers may give two
sub-rows as one (lines of two dates and two statuses in one row, `pdftotext -layout` setting a
row's lines together): split_lumped_rows parts them again."""
from __future__ import annotations

import re

from planx.normalise.codes import status_words
from planx.normalise.dates import find_dates
from planx.normalise.draft import Draft
from planx.normalise.text import squash

# an item's marker opening a line or after a space: 'a)', '(b)', 'c.', '1.', '2)', '(3)', a bullet
_MARKER = re.compile(r"(?:(?<=\s)|^)(\(?([a-z]|\d{1,2})[.)]|[•▪●◦‣∙·]|[-–—](?=\s))\s+(?=\S)")
_BULLETS = "•▪●◦‣∙·-–—"


def cell_item_list(text: str) -> tuple[str, list[str]] | None:
    """(the intro, the items) of a cell that is an item list: an intro (perhaps none) and two or more
    items marked a), b), c) … or 1., 2., 3. … counting up from a / 1, or all by one bullet glyph;
    None otherwise. Words before the first marker are the intro ('Improve attendance tracking:')."""
    flat = squash(text)
    found = list(_MARKER.finditer(flat))
    for start in range(len(found)):
        first = found[start]
        chain = [first]
        glyph = first.group(1)
        if glyph in _BULLETS:
            chain += [m for m in found[start + 1:] if m.group(1) == glyph]
        else:
            seq = first.group(2)
            if seq not in ("a", "1"):
                continue
            shape = _shape(first.group(1))
            want = _next(seq)
            for m in found[start + 1:]:
                if m.group(2) == want and _shape(m.group(1)) == shape:
                    chain.append(m)
                    want = _next(want)
        if len(chain) < 2:
            continue
        intro = flat[:first.start()].strip()
        items = [flat[m.end():(chain[k + 1].start() if k + 1 < len(chain) else len(flat))].strip(" ;")
                 for k, m in enumerate(chain)]
        if all(items):
            return intro, items
        return None
    return None


def _shape(marker: str) -> str:
    return ("(" if marker.startswith("(") else "") + marker[-1] + ("9" if marker.strip("(.)").isdigit() else "a")


def _next(seq: str) -> str:
    return str(int(seq) + 1) if seq.isdigit() else chr(ord(seq) + 1)


def split_lumped_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Sub-rows with two or more rows' cells in one (a date cell of two dates, a status cell of as
    many statuses: 'Nov 2025 / Jan 2026' beside 'On track / Not started') parted into one row each;
    a row whose dates and statuses do not pair up so is kept as it is."""
    out: list[dict[str, str]] = []
    for r in rows:
        dates = find_dates(r.get("due", ""), None)
        states = status_words(r.get("status", ""))
        lines = [ln.strip() for ln in r.get("status", "").split("\n") if ln.strip()]
        n = len(dates)
        if n >= 2 and (len(states) == n or not r.get("status", "").strip()) and not r.get("milestones"):
            due_parts = _cut_at_dates(r.get("due", ""), n)
            status_parts = lines if len(lines) == n else _cut_at_words(r.get("status", ""), n)
            if due_parts is not None and (status_parts is not None or not r.get("status", "").strip()):
                for k in range(n):
                    part = {"due": due_parts[k]}
                    if status_parts is not None:
                        part["status"] = status_parts[k]
                    out.append(part)
                continue
        out.append(r)
    return out


def _cut_at_dates(text: str, n: int) -> list[str] | None:
    """A cell of n dates cut into n parts, one date each: by its lines when it has n of them."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) == n and all(find_dates(ln, None) for ln in lines):
        return lines
    return None


def _cut_at_words(text: str, n: int) -> list[str] | None:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return lines if len(lines) == n else None


def tall_cell_rows(draft: Draft) -> list[dict[str, str]] | None:
    """The dated sub-rows of an action cell merged down over them (its own row's first), when the
    rows give no milestone text of their own and each prints a date or status; None otherwise."""
    if draft.milestone_rows or len(draft.sub_rows) < 2 or draft.text("milestones").strip():
        return None
    if any(r.get("milestones", "").strip() for r in draft.sub_rows):
        return None
    rows = split_lumped_rows(draft.sub_rows)
    if not all(r.get("due", "").strip() or r.get("status", "").strip() for r in rows):
        return None
    return rows


def goes_on_list(above: str, below: str) -> bool:
    """Does `below` open with the next item of the item list `above` holds ('Strengthen the
    safeguarding culture: 1. Annual training …' over '2. Termly audit …'): the same cell running on
    into a row of its own, not a new entry? The item it opens is the list's second or later."""
    first = _MARKER.match(squash(below))
    if first is not None and squash(above).endswith(":") and (first.group(2) in ("a", "1")
                                                              or first.group(1) in _BULLETS):
        return True  # 'Develop the curriculum for science:' over '1. Map the units' (its list's first item)
    if first is None or cell_item_list(squash(below)) is not None and first.group(2) in ("a", "1"):
        return False
    joined = cell_item_list(squash(above) + " " + squash(below))
    if joined is None:
        return False
    intro, items = joined
    if not intro:
        return False  # '1. Improve X' over '2. Improve Y': numbered actions, each a row of its own
    # every item of the joined list but those below opens in the text above
    below_items = cell_item_list(squash(below))
    return len(items) - (len(below_items[1]) if below_items else 1) >= 1 and \
        squash(above).startswith(intro) and first.group(2) not in ("a", "1")
