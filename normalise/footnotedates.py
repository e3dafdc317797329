"""Due dates given by a footnote: a due cell that prints a period with a footnote mark ('Q2¹',
'Summer term*') and, under the table or at the end, the footnote that says which day it means
('¹ by 30 September 2026', '* end of the summer term, 23 July 2027').

A reader takes the footnote's date for the action's deadline: the cell's period alone is coarser
(a quarter, a term), and the document itself says which day it closes on. So does planx: due_raw
stays as printed, mark and all; due_date is the footnote's date.

The evidence, all of it needed:
- a paragraph that opens with a mark (superscript digits, or a typographic mark: vocab.FOOTNOTE_MARKS)
  set apart by a space, then text printing exactly one date; one paragraph may hold several such
  notes run together ('³ by 31 March 2027 * end of the summer term, 23 July 2027');
- a due cell whose text closes with that same mark, right after its last word ('Q2¹', 'Summer term*')
  or set apart by a space; a superscript mark is also found in a note printed with plain digits
  ('1 by 30 September 2026') when no note prints it as a superscript.

A mark the text lost as a superscript runs into the date it follows: 'March 2026¹' comes out of a
PDF's or a Word file's text as 'March 20261', '30/11/2025²' as '30/11/20252', and the year is read
wrong or not at all. A due cell that closes with a year and one or two digits more, in a document
whose footnotes open with those digits ('1 Interim lead pending …'), holds a year and a mark: its
due_date is read without the mark (due_raw stays as printed). The note's own date is no due here:
a note on a plain mark may say anything ('Target date revised … on 12 December 2024').
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.dates import due_date, find_dates
from planx.normalise.records import Action
from planx.normalise.severity import Note
from planx.normalise.vocab import FOOTNOTE_MARKS

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_PLAIN = str.maketrans(SUPERSCRIPTS, "0123456789")
# the typographic marks a footnote may use (not a bullet's '•', which opens list items)
_SIGNS = sorted((m for m in FOOTNOTE_MARKS if m != "•"), key=len, reverse=True)
_SIGN = "|".join(re.escape(m) for m in _SIGNS)
# a note's mark opening a paragraph or standing alone inside one: superscript digits, a sign, or
# plain digits (a superscript the text lost) before words
_NOTE_MARK = re.compile(rf"(?:^|(?<=\s))([{SUPERSCRIPTS}]{{1,2}}|{_SIGN}|\d{{1,2}})\s+(?=\S)")
# a due cell's closing mark, after its last word or a space ('Q2¹', 'Summer term*', 'Q3 †')
_CELL_MARK = re.compile(rf"(?<=\S)\s?([{SUPERSCRIPTS}]{{1,2}}|{_SIGN})\s*$")
NOTE_WORDS = 14  # a footnote is short: a date and a few words of what it means
# a due cell closing with a year and a mark run into it ('March 20261', '30/11/20252')
_GLUED_MARK = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{1,2})\s*$")
# a note's mark inside a paragraph of notes run together: digits after a sentence's end, before a
# capital ('… migration. 2 Original target …'); at the paragraph's start the mark may be any digits
_RUN_ON_MARK = re.compile(r"(?:^|(?<=[.;!?]\s))(\d{1,2})\s+(?=[A-Z])")


def footnote_dates(blocks: Sequence[object]) -> dict[str, str]:
    """{mark: ISO date} of the footnotes the paragraphs print, each saying one date (module note).
    A mark two notes give different dates for is left out; a superscript's note printed in plain
    digits is keyed by the plain digits."""
    found: dict[str, set[str]] = {}
    plain: dict[str, set[str]] = {}  # notes whose mark is plain digits: only where no superscript says
    for b in blocks:
        if not isinstance(b, Paragraph) or not _NOTE_MARK.match(b.text.strip()):
            continue
        for mark, text in _notes(b.text.strip()):
            # (each clause read apart: 'term, 23' is no season and year, as read across the comma)
            dates = _finest({d.iso() for part in re.split(r"[,;()]", text) for d in find_dates(part)})
            if len(dates) == 1 and len(text.split()) <= NOTE_WORDS:
                (plain if mark.isascii() and mark.isdigit() else found).setdefault(
                    mark.translate(_PLAIN), set()).update(dates)
    found = {**plain, **found}
    return {mark: next(iter(dates)) for mark, dates in found.items() if len(dates) == 1}


def _finest(dates: set[str]) -> set[str]:
    """The dates no other one refines: a note naming a period and its day ('end of the summer term,
    23 July 2027': 2027-07 and 2027-07-23) says the day."""
    return {d for d in dates if not any(o != d and o.startswith(d) for o in dates)}


def _notes(text: str) -> list[tuple[str, str]]:
    """(mark, text) of each note a paragraph runs together, split where a mark stands alone. Plain
    digits part notes only at the paragraph's start (inside one they are a date's day or year)."""
    spots = [m for m in _NOTE_MARK.finditer(text) if m.start() == 0 or not m.group(1).isdigit()]
    return [(m.group(1), text[m.end():spots[k + 1].start() if k + 1 < len(spots) else len(text)].strip())
            for k, m in enumerate(spots)]


def read_footnote_dates(actions: Sequence[Action], raw: RawDocument, warnings: list[str]) -> None:
    """Each action (and milestone) whose due cell closes with a mark a footnote explains: due_date is
    the footnote's date, due_raw stays as printed. One note says how many."""
    if not any(a.due_raw and _CELL_MARK.search(a.due_raw) for a in actions):
        return
    notes = footnote_dates(raw.blocks)
    if not notes:
        return
    read = 0
    for record in [r for a in actions for r in (a, *a.milestones)]:
        mark = _CELL_MARK.search(record.due_raw or "")
        date = notes.get(mark.group(1).translate(_PLAIN)) if mark else None
        if date:
            read += record.due_date != date
            record.due_date = date
    if read:
        warnings.append(Note(f"{read} due date(s) read from the footnote their due cell's mark points to "
                             "('Q2¹' with '¹ by 30 September 2026' under the table)"))


def footnote_marks(blocks: Sequence[object]) -> set[str]:
    """The plain-digit marks the document's footnotes open with: every paragraph that opens with a
    mark and words ('1 Interim lead …'), and the marks of the notes it runs on into ('… migration.
    2 Original …')."""
    marks: set[str] = set()
    for b in blocks:
        text = b.text.strip() if isinstance(b, Paragraph) else ""
        first = _NOTE_MARK.match(text)
        if first is None:
            continue
        marks.add(first.group(1).translate(_PLAIN))
        marks.update(m.group(1) for m in _RUN_ON_MARK.finditer(text) if m.start())
    return marks


def read_glued_marks(actions: Sequence[Action], raw: RawDocument, warnings: list[str]) -> None:
    """Each action (and milestone) whose due cell closes with a year and a footnote's mark run into
    it ('March 20261' beside the note '1 …'): due_date is read without the mark (module note)."""
    glued = [(r, m) for a in actions for r in (a, *a.milestones) if (m := _GLUED_MARK.search(r.due_raw or ""))]
    if not glued:
        return
    marks = footnote_marks(raw.blocks)
    read = 0
    for record, m in glued:
        date = due_date(record.due_raw[:m.start(2)]) if m.group(2) in marks else ""
        if date and date != record.due_date:
            record.due_date = date
            read += 1
    if read:
        warnings.append(Note(f"{read} due date(s) read without the footnote mark run into their year "
                             "('March 20261' beside the note '1 …': March 2026)"))
