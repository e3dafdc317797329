"""An update history in one cell: the status its LATEST entry declares.

A progress cell is often kept as a log, a dated entry added at each review, the newest last:

    12/01/24: letter sent. 03/03/24: reply received – Action closed.
    Update Feb: draft circulated to managers. Update Apr: complete

Where the plan prints no status column, the latest entry's status word is the action's status
('Action closed', 'Closed', 'Done', 'Complete(d)' → complete; 'ongoing', 'carried forward' → as the
status vocabulary reads them). Only the latest entry counts: a word in an earlier one ('Jan 24:
consultation closed.') tells what happened then, not how the action stands now. The latest entry
declares a status when it is a status phrase and no more ('complete'), opens with one ('Closed – …',
trackers.status_at_start) or ends with one after a dash, a stop or a comma ('… – Action closed.',
'…, one appointment – ongoing.'). A status column, when printed, wins (actions.build_action only asks
this of an action with none).

The latest entry is the newest by date, not by place: many logs are kept newest first ('14/05/25 –
Complete: … 02/04/25 – Underway: …', under 'Progress (most recent first)'). When every entry's label
reads as a dated day or month, the entry with the latest date is the latest; when some label gives no
date to compare ('Update Feb'), the entry printed last is (a log is appended below).

A cell of one dated entry ('21/05/25 – Not started: awaiting funding') is no history, but where its
entry opens with a status phrase that phrase is still its status: the date before it is the entry's
label, not part of the update's words (dated_entry_status).
"""
from __future__ import annotations

import re

from planx.normalise.codes import status_of, status_words
from planx.normalise.dates import PlanDate, date_spans
from planx.normalise.text import words_over
from planx.normalise.trackers import status_at_start
from planx.normalise.vocab import MONTHS, UPDATE_ENTRY_WORDS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = (r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"  # 12/01/24, 03.03.2024
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?(?:\s+\d{{2,4}})?"  # 3 March 2024, 3rd Mar
         rf"|(?:{_MONTH})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?(?:\s+'?\d{{2,4}})?"  # Jan 24, May 2024, Feb
         r"|q[1-4](?:\s+\d{2,4}(?:/\d{2,4})?)?)")  # Q2 24/25
_LEAD_WORDS = "|".join(UPDATE_ENTRY_WORDS)
# an entry's label: at the cell's start or after a sentence's end or a line break, a date (after
# 'Update' or a like word, which may stand alone before a period: 'Update Feb:'), then a colon or dash
_ENTRY = re.compile(rf"(?:^|(?<=[.;!\n])\s*|(?<=[.;!]\s))\s*(?:(?:{_LEAD_WORDS})\s+)?({_DATE})\s*(?::|\s[-–—]\s)",
                    re.I)
HISTORY_ENTRIES = 2  # dated entries at least in a cell read as a history
CLOSING_STATUS_WORDS = 4  # 'Action closed', 'carried forward to 2024/25': a status, no sentence
# the last clause of an entry, after a dash, a stop, a comma or a semicolon
_LAST_CLAUSE = re.compile(r"(?:^|\s[-–—]\s|[.,;]\s)\s*([^-–—.,;]+?)[\s.]*$")


def _dated_entries(text: str) -> list[tuple[str, str]]:
    """[(label, entry)] of the dated entries a cell is made of, the first opening it, in the order
    printed; [] when the cell does not open with one."""
    text = text or ""
    found = list(_ENTRY.finditer(text))
    if not found or text[:found[0].start()].strip():
        return []
    return [(m.group(0).strip(" :-–—.;\n"), text[m.end():after.start() if after else len(text)].strip())
            for m, after in zip(found, [*found[1:], None], strict=False)]


def history_entries(text: str) -> list[tuple[str, str]]:
    """[(label, entry)] of a cell kept as an update history (two dated entries at least, the first
    opening the cell), in the order printed; [] for any other cell."""
    entries = _dated_entries(text)
    return entries if len(entries) >= HISTORY_ENTRIES else []


def label_date(label: str) -> PlanDate | None:
    """The one date an entry's label gives, to a month at least ('12/01/24', 'Jan 24', 'Q2 24/25'),
    else None ('Update Feb': no year to order it by)."""
    spans = date_spans(label)
    return spans[0][2] if len(spans) == 1 and spans[0][2].month is not None else None


def newest_entry(entries: list[tuple[str, str]]) -> int:
    """The index of the newest of a history's entries: the one with the latest date when every
    label gives one (a log kept newest first has it at the top), else the one printed last. Entries
    of one date: the one printed last of them."""
    dates = [d for label, _ in entries if (d := label_date(label)) is not None]
    if len(dates) < len(entries):
        return len(entries) - 1
    return max(range(len(entries)), key=lambda i: (dates[i].end_key(), i))


def entry_status(entry: str) -> tuple[str, str] | None:
    """(status, phrase as printed) an entry declares: a status phrase and no more, one opening it or
    one closing it after a dash, a stop or a comma; None where it declares none."""
    words = entry.strip(" .;").split()
    if words and len(words) <= CLOSING_STATUS_WORDS and len(status_words(entry)) == 1 and status_of(entry):
        return status_of(entry), entry.strip(" .;")
    found = status_at_start(entry)
    if found is not None:
        return found
    last = _LAST_CLAUSE.search(entry.strip())
    if last is None:
        return None
    phrase = last.group(1).strip()
    if words_over(phrase, CLOSING_STATUS_WORDS) or len(status_words(phrase)) != 1:
        return None
    status = status_of(phrase)
    return (status, phrase) if status else None


def history_status(text: str) -> tuple[str, str, str, int] | None:
    """(status, phrase, entry label, entries) of an update history whose latest entry declares a
    status; None when the cell is no history. A history whose latest entry declares none gives ('', '',
    label, n): no earlier entry speaks for it."""
    entries = history_entries(text)
    if not entries:
        return None
    label, latest = entries[newest_entry(entries)]
    found = entry_status(latest)
    return (found[0], found[1], label, len(entries)) if found else ("", "", label, len(entries))


def dated_entry_status(text: str) -> tuple[str, str, str] | None:
    """(status, phrase, label) of a cell of one dated entry that opens with a status phrase
    ('21/05/25 – Not started: awaiting funding' → not_started), else None. Only a phrase opening the
    entry counts (trackers.status_at_start): a lone entry's closing words are read by the update's
    own rules (actions.update_status)."""
    entries = _dated_entries(text)
    if len(entries) != 1 or label_date(entries[0][0]) is None:
        return None
    label, entry = entries[0]
    found = status_at_start(entry)
    return (found[0], found[1], label) if found else None


__all__ = ["dated_entry_status", "entry_status", "history_entries", "history_status", "newest_entry"]
