"""Trackers as people build them: a grouping column with a heading of its own words, and a status
stated at the start of an update.

    Our promise to you              | What we will do             | Who     | When     | Progress
    1. We will prepare you for      | Give every care leaver a …  | Head of | Jan 2026 | In progress: …
       adult life                   |                             |         |          |
                                    | Publish the local offer …   | …       | …        | Not yet started: …

A first column printed once over several rows (a merged cell, or blank below its first row), each
value a short title ('1. We will prepare you for adult life'), groups the rows under it: a reader
takes it for the area (and its number for the area's reference) whatever its heading says ('Our
promise to you', 'Pledge', 'Objective'), as long as the heading names no other field. The evidence
is the cells (columns.names_groups, and each title over two rows or more on average), not a list of
headings.

An update that opens with a status phrase and a colon or a dash ('Not yet started: …', 'In progress
– …', 'Closed - implemented: …') states the action's status when the table has no status column;
the whole cell stays the progress.
"""
from __future__ import annotations

import re

from planx.normalise.codes import is_status_phrase, status_of, status_words
from planx.normalise.columns import ColumnProfile, names_groups
from planx.normalise.headers import DECENT, read_heading
from planx.normalise.text import fold, words_over
from planx.normalise.vocab import STATUS_OWNER_WORDS

# a grouping column printed once over its rows: this many rows to a title at least, on average
GROUP_ROWS_PER_TITLE = 2.0


def heading_names_no_field(label: str) -> bool:
    """A heading that names no field surely ('Our promise to you', 'Pledge'), or names the area."""
    readings = read_heading(label)
    best = next((r for r in readings if r.field), None)
    return best is None or best.score < DECENT or best.field == "area"


def groups_rows(p: ColumnProfile, rows: int) -> bool:
    """A column of short titles, each printed once over a group of rows (blank or merged below it) or
    printed again on each row of its group: few titles, each over two rows or more on average."""
    if not names_groups(p, rows) or p.distinct < 1:
        return False
    return rows >= 2 * p.distinct and (p.cells * 1.0 <= rows / GROUP_ROWS_PER_TITLE + 0.5
                                       or p.distinct * GROUP_ROWS_PER_TITLE <= p.cells)


# a goal's cell that opens with its number ('26. Enact Comprehensive Financial Management: Administer …')
_NUMBERED_GOAL = re.compile(r"^\s*\d{1,3}[.)]\s+[A-Z]")


def numbered_goals(texts: list[str], rows: int) -> bool:
    """A column of goals, each opening with its number and printed once over the rows of its
    initiatives (blank below it, on the next page too): the grouping of those rows, however long
    each goal's wording ('26. Enact Comprehensive Financial Management: Administer …' over six
    initiatives). Numbered and printed on fewer rows than the table has, two rows a goal or more."""
    printed = [t for t in texts if t and t.strip()]
    return bool(printed) and rows >= 2 and len(printed) * GROUP_ROWS_PER_TITLE <= rows \
        and all(_NUMBERED_GOAL.match(t) for t in printed)


# an outcome column whose cells are short quantities ('Conveyances down 10%', '30 D2A beds', 'Staff
# uptake 80%'): at most this many words a cell on average, this share of them with a figure
QUANTITY_WORDS = 6.0
QUANTITY_SHARE = 0.5
_FIGURE = re.compile(r"\d")


def quantities(texts: list[str]) -> bool:
    """Cells that state how much will change, in a few words with a figure ('Redirect 15% of
    walk-ins', '40 beds equivalent'): what the work is measured by, not an outcome told in words."""
    cells = [" ".join(t.split()) for t in texts if t and t.strip()]
    if len(cells) < 3:
        return False
    words = sum(len(t.split()) for t in cells) / len(cells)
    figures = sum(1 for t in cells if _FIGURE.search(t)) / len(cells)
    return words <= QUANTITY_WORDS and figures >= QUANTITY_SHARE


_OUTLINE_REF = re.compile(r"^[A-Za-z]{0,4}[\s\-_]?(\d{1,2})\.\d{1,2}[a-z]?\.?$")


def outline_child(ref: str, number: str) -> bool:
    """Is ref a reference numbered under number ('1.1', 'YJ1.2', 'P1.3' under '1')? A row numbered
    '1.' alone over rows so referenced is their theme, wherever the row prints its number."""
    m = _OUTLINE_REF.match(ref.strip())
    return m is not None and int(m.group(1)) == int(number)


# a status phrase at the start of an update, ended by a colon or a dash: 'In progress: …',
# 'Not yet started – …', 'Closed - implemented: …' (the phrase before the first colon or spaced dash)
_LEAD_STATUS = re.compile(r"^\s*([A-Za-z][A-Za-z '/()]{1,40}?)\s*(?::|\s[-–—]\s)")
LEAD_STATUS_WORDS = 3  # the phrase is a status and no more: 'Not yet started', 'On hold'


def status_at_start(text: str) -> tuple[str, str] | None:
    """(status, phrase as printed) when an update opens with a status phrase and a colon or a dash;
    None otherwise. The phrase must be a status of a few words ('In progress', 'Not yet started',
    'Closed'), not a label or a sentence ('Note: …', 'Complete the review by March: …')."""
    m = _LEAD_STATUS.match(text or "")
    if m is None:
        return None
    phrase = m.group(1).strip()
    if words_over(phrase, LEAD_STATUS_WORDS):
        return None
    status = status_of(phrase)
    if not status or len(status_words(phrase)) != 1:
        return None
    return status, phrase


# where an update's closing sentence starts: after a stop, a semicolon, a spaced dash or a line break
_CLOSING_BREAK = re.compile(r"[.;!]\s+|\s[-–—]\s|\n")
CLOSING_STATUS_WORDS = 3  # 'Closed', 'Action closed', 'Action now complete' at most


def status_at_end(text: str) -> tuple[str, str] | None:
    """(status, phrase as printed) when an update closes with a sentence that is a status and no more
    ('… Sign put up. Action closed', '… quotes received – Completed.'), perhaps naming whose status
    it is (vocab.STATUS_OWNER_WORDS: 'Action closed'): an update kept as a running account ends with
    its latest word on the action. None otherwise (a status word inside a sentence, or the whole
    update one phrase, which status_at_start and the status cell readers already weigh)."""
    body = (text or "").strip().rstrip(" .;!")
    breaks = list(_CLOSING_BREAK.finditer(body))
    if not breaks:
        return None
    phrase = body[breaks[-1].end():].strip(" _*()[]")
    words = phrase.split()
    if not words or len(words) > CLOSING_STATUS_WORDS or len(body[:breaks[-1].start()].split()) < 2:
        return None
    bare = " ".join(words[1:]) if len(words) > 1 and fold(words[0]) in STATUS_OWNER_WORDS else phrase
    status = status_of(phrase)
    if not is_status_phrase(bare) or not status or len(status_words(phrase)) != 1:
        return None
    return status, phrase


__all__ = ["GROUP_ROWS_PER_TITLE", "groups_rows", "heading_names_no_field", "numbered_goals", "outline_child",
           "quantities", "status_at_end", "status_at_start"]
