"""A row whose action, lead and date cells hold parallel lists: item k of each belongs together.

A school improvement plan often prints one row per objective and, in it, the objective's actions as a
list in one cell, with who leads each and by when in the cells beside it, one line per item:

    To improve attendance   | 1. Appoint a lead for behaviour       | KL     | Ongoing
                            | 2. Run parent workshops on vocabulary | HT/RM  | 30-Jun-2028

Each item is an action of its own (it has its own owner: a milestone has none), the row's objective
and other cells over each. The lists may be numbered, lettered, bulleted or plain lines (a Word cell's
paragraphs); a PDF's narrow columns wrap an item over two lines ('Attendance' / 'officer', '15th' /
'September' / '2026'), so a cell's lines are read as items first with wrapped lines joined again, then
as printed, and the reading that gives as many items as the action cell holds is taken. A row is split
only when the lead cell AND the date cell (where there is one) give as many items as the action cell,
or when the lead cell stacks initials one a line, as many as the action cell's lines ('JS' / 'AB' beside
two actions in a minutes tracker; one date cell over both):
an action whose numbered steps sit beside one owner stays one action with its milestones
(normalise/actions.build_milestones), as the contract says.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from planx.normalise.columns import looks_like_amount, looks_like_when
from planx.normalise.draft import Draft
from planx.normalise.severity import Note
from planx.normalise.text import squash, words_over

# a list item's mark at a line's start: '1.', '2)', '(3)', 'a)', 'b.', 'ii)', a bullet or dash
_MARK = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[•●▪◦‣∙·*\-–—➢►])\s+(?=\S)")
# the fields each item of a row's lists may carry its own value of (the owner is required: see below)
_WHO = ("lead", "responsible")
_ITEM_FIELDS = ("lead", "responsible", "due", "status", "rag")
# the fields that may hold no list of the items: a row's other cells are over each of its items
_ITEMS_AT_LEAST = 2
# a line's last word that says the next line goes on with it ('Head of' / 'Service', 'KL/' / 'PW')
_GOES_ON = re.compile(r"(?:\b(?:of|and|or|for|the|a|an|to|by|end|in|on|at|with|from)|[/,&+–-])\s*$", re.I)
# a date's year: a date line that holds none ('15th', 'End of March') goes on in the next line
_YEAR = re.compile(r"(?:\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b[A-Za-z]{3,9}[ -]'?\d{2}\b)")
# a line that is a year or a pair of years and nothing more ('2026/27', 'FY 2027')
_YEAR_ALONE = re.compile(r"^\s*(?:FY\s*)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\s*$", re.I)
_MONTH_OR_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^\s*\d{1,2}(?:st|nd|rd|th)?\s*$", re.I)


# a person's initials, or two joined ('JS', 'ABe', 'JS/AB'): one owner a line, never a name wrapped
_INITIALS = re.compile(r"^[A-Z][A-Za-z]?[A-Z]{1,2}(?:\s*[/&,]\s*[A-Z][A-Za-z]?[A-Z]{1,2})*$")


def stacked_initials(owners: list[str]) -> bool:
    """Owners stacked one a line, each a person's initials and each another ('JS' / 'AB'): no name
    wrapped over lines (a wrapped name is words), so each line is the owner of one item."""
    return len(owners) >= _ITEMS_AT_LEAST and len(set(owners)) == len(owners) and \
        all(_INITIALS.match(o) for o in owners)


def _one_date(cells: list[str]) -> bool:
    """A date cell that holds one date (a line or a date wrapped over two), over every item beside it."""
    return len(cells) == 1 and len(_joined(_lines(cells[0]), _date_goes_on)) == 1


def _lines(text: str) -> list[str]:
    return [squash(ln) for ln in text.split("\n") if ln.strip()]


def _marked_items(text: str) -> list[str] | None:
    """The items of a cell whose every item opens with a list mark (a line without one goes on with the
    item above: a wrapped line), the marks left out; None unless the first line is marked."""
    lines = _lines(text)
    if not lines or not _MARK.match(lines[0]):
        return None
    items: list[str] = []
    for ln in lines:
        if _MARK.match(ln):
            items.append(_MARK.sub("", ln, count=1))
        else:
            items[-1] = f"{items[-1]} {ln}"
    return items


def _marks(text: str) -> list[str]:
    """The list marks that open a cell's lines, as printed without brackets or stops ('a', '2', '•')."""
    return [m.group(0).strip().strip("().") for ln in _lines(text) if (m := _MARK.match(ln))]


def _joined(lines: list[str], goes_on: Callable[[str, str], bool]) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if out and goes_on(out[-1], ln):
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
    return out


def _text_goes_on(before: str, line: str) -> bool:
    """A line that opens in lower case, or after a line ending on a joining word, wraps the one above."""
    return line[:1].islower() or bool(_GOES_ON.search(before))


def _date_goes_on(before: str, line: str) -> bool:
    """A date line that names a month or a day but no year ('15th', 'by September') goes on below, and so
    does one with no year over a line that is a year alone ('Quarter 2' / '2026/27')."""
    return _text_goes_on(before, line) or (not _YEAR.search(before) and (
        bool(_MONTH_OR_DAY.search(before)) or bool(_YEAR_ALONE.match(line))))


def _readings(text: str, field: str, as_printed: bool) -> list[list[str]]:
    """The ways to read a cell's lines as items, the most joined first; its lines as printed too when
    the action cell's list is marked (the marks count the items surely)."""
    lines = _lines(text)
    joined = _joined(lines, _date_goes_on if field == "due" else _text_goes_on)
    marked = _marked_items(text)
    return [r for r in (marked, joined, lines if as_printed else None) if r]


def _items_of(text: str, n: int, field: str, as_printed: bool) -> list[str] | None:
    return next((r for r in _readings(text, field, as_printed) if len(r) == n), None)


def _action_items(text: str) -> tuple[list[str], bool] | None:
    """An action cell's items, and whether a list mark opens each: its marked list, else its lines with
    the wrapped ones joined (a Word cell's paragraphs, a PDF's lines)."""
    marked = _marked_items(text)
    items = marked if marked is not None else _joined(_lines(text), _text_goes_on)
    return (items, marked is not None) if len(items) >= _ITEMS_AT_LEAST else None


def parallel_items(pieces: dict[str, list[str]]) -> list[dict[str, str]] | None:
    """The items of a row whose action cell is a list beside as many owners (and as many dates, where
    the row has a date cell), each as its fields' texts; None for any other row."""
    if len(pieces.get("action", [])) != 1 or pieces.get("milestones"):
        return None
    who = next((f for f in _WHO if len(pieces.get(f, [])) == 1), None)
    if who is None:
        return _items_beside_amounts(pieces)
    found = _action_items(pieces["action"][0])
    if found is None:
        return None
    actions, marked = found
    n = len(actions)
    split: dict[str, list[str]] = {"action": actions}
    own_marks = _marks(pieces["action"][0]) if marked else []
    for f in _ITEM_FIELDS:
        cell = pieces.get(f, [])
        if len(cell) != 1:
            continue
        if own_marks and (theirs := _marks(cell[0])) and theirs != own_marks:
            continue  # owners lettered otherwise ('a. … c. …' beside 'a. … b. …'): they do not pair item by item
        items = _items_of(cell[0], n, f, marked)
        if items is not None:
            split[f] = items
    # the owner each item names is the evidence; a date cell beside them must list as many too, unless
    # the owners are initials stacked one a line, as many as the plain lines of the action cell beside them
    # (a minutes tracker's 'JS' / 'AB' beside two actions, one date for both: each owns one; numbered
    # steps beside them are one action's milestones, as the contract says)
    stacked = not marked and who in split and stacked_initials(split[who])
    if marked and who in split and "due" in split and _marks(pieces["due"][0]) and not _marks(pieces[who][0]) \
            and not stacked_initials(split[who]):
        # the action and date cells mark their items ('• Audit …' beside '• May 2025'), the owner's cell
        # marks none: its lines are one owner's name wrapped ('Head of Corporate' / 'Parenting'), over
        # every item, which are then one action's steps with their dates (its milestones)
        return None
    if who not in split and _one_owner_beside_dated_lines(pieces[who][0], split, marked):
        split[who] = [squash(pieces[who][0])] * n
    if who not in split or ("due" in pieces and "due" not in split and not (stacked and _one_date(pieces["due"]))):
        return None
    if not marked and (any(not words_over(v, 1) for v in actions) or
                       any(v.rstrip().endswith(":") for items in split.values() for v in items)):
        # plain lines one of which cannot stand as an item (an action of one word, a label waiting for its
        # value: 'Communicate' / 'Changes to Policy and Procedures' beside 'All Assistant' / 'Directors' and
        # 'Start:' / 'March 2018'): a PDF's cells wrapped alike, each one item
        return None
    if "due" not in split and not stacked and (not marked or len(set(split[who])) == 1):
        # no dates listed beside them: only marked items each beside an owner of its own are apart (plain
        # lines may be one paragraph wrapped, its owner's name wrapped as often: 'Department for' /
        # 'Communities and Local' / 'Government')
        return None
    return [{f: v[k] for f, v in split.items()} for k in range(n)]


def _one_owner_beside_dated_lines(owner: str, split: dict[str, list[str]], marked: bool) -> bool:
    """A Word cell's plain paragraphs beside one owner and a date cell that gives each its own timescale
    ('Strengthen teachers' knowledge …' / 'Create a handwriting proforma …' beside 'LF' and 'Ongoing' /
    'Autumn 1'): a school plan's 'Action Required' lists its actions a paragraph each, and the date set
    against each line says each is a task of its own, done by the one owner. Numbered or bulleted steps
    beside one owner stay one action's milestones (the contract); so does a list whose dates are not
    one a line."""
    dates = split.get("due", [])
    return not marked and len(dates) >= _ITEMS_AT_LEAST and all(looks_like_when(d) for d in dates) \
        and len(_joined(_lines(owner), _text_goes_on)) == 1


def _listed_under_label(text: str) -> tuple[str, list[str]] | None:
    """(label, items) of a cell that is a list, marked item by item, perhaps under a line that
    labels it ('Anticipated Projects:' over three bullets); None for any other cell."""
    lines = _lines(text)
    label = ""
    if len(lines) > 1 and lines[0].endswith(":") and not _MARK.match(lines[0]):
        label, text = lines[0], "\n".join(lines[1:])
    items = _marked_items(text)
    return (label, items) if items is not None and len(items) >= _ITEMS_AT_LEAST else None


def _items_beside_amounts(pieces: dict[str, list[str]]) -> list[dict[str, str]] | None:
    """The items of a row whose action cell is a marked list (under a label, perhaps) beside a cell
    of as many amounts, one a line ('• Specialist sports coaching …' / '• CPD for Staff' beside
    '£2000' / '£1000'): a spending list, each item funded by its own sum, so each is an action with
    its amount. Plain lines (no marks) may be one sentence wrapped, and a single sum beside a list
    is the whole list's: neither is split."""
    listed = _listed_under_label(pieces["action"][0])
    if listed is None:
        return None
    _, actions = listed
    n = len(actions)
    for f, cells in pieces.items():
        if f == "action" or len(cells) != 1:
            continue
        lines = _lines(cells[0])
        if len(lines) == n and all(looks_like_amount(ln) for ln in lines):
            return [{"action": actions[k], f: lines[k]} for k in range(n)]
    return None


def split_parallel_lists(drafts: list[Draft], warnings: list[str]) -> list[Draft]:
    """Each draft whose action, lead and date cells hold parallel lists, as one draft per item: item k
    of each list together, the row's other cells over each."""
    out: list[Draft] = []
    split = 0
    for d in drafts:
        items = parallel_items(d.pieces) if not d.sub_rows or len(d.sub_rows) == 1 else None
        if not items:
            out.append(d)
            continue
        for item in items:
            pieces = {k: list(v) for k, v in d.pieces.items()}
            pieces.update({f: [v] for f, v in item.items()})
            out.append(replace(d, pieces=pieces, context=dict(d.context), sub_rows=[]))
        split += 1
    if split:
        # a sure reading (each item's owner and date are printed beside it): a note, not a doubt
        warnings.append(Note(f"{split} row(s) whose action, lead and date cells hold parallel lists read as one "
                        "action per item, item k of each list together"))
    return out
