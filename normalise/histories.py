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
"""
from __future__ import annotations

import re

from planx.normalise.codes import status_of, status_words
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


def history_entries(text: str) -> list[tuple[str, str]]:
    """[(label, entry)] of a cell kept as an update history (two dated entries at least, the first
    opening the cell), in the order printed; [] for any other cell."""
    text = text or ""
    found = list(_ENTRY.finditer(text))
    if len(found) < HISTORY_ENTRIES or text[:found[0].start()].strip():
        return []
    return [(m.group(0).strip(" :-–—.;\n"), text[m.end():after.start() if after else len(text)].strip())
            for m, after in zip(found, [*found[1:], None], strict=False)]


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
    label, latest = entries[-1]
    found = entry_status(latest)
    return (found[0], found[1], label, len(entries)) if found else ("", "", label, len(entries))


__all__ = ["entry_status", "history_entries", "history_status"]
