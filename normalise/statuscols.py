"""A column headed as the status that holds notes, beside a column headed as progress that holds
status words: the headings' meanings are the wrong way round for these cells.

A board's action log ('Meeting date | Team owner | Action | Deadline | Progress | Status progress')
prints 'On track', 'Plan in place', 'Complete' under 'Progress' and dated notes ('3 Nov: AA still
trying to re-schedule a meeting …') under 'Status progress'. Both headings name a status or a
progress; the cells say which is which, as a person reading the rows sees at once: a word or two
from a short list is a status, sentences are notes on progress. The reading by heading gives the
status to the notes and leaves the status words in the progress, so every action's status comes
from the first words of a note. The cells decide (choose.status_not_progress does the same when no
column is headed as the status at all).

The status words need not all be the contract's: a log may rate its actions from a short list of
its own ('On track', 'Plan in place', 'Initial stages', each cell shaded green, amber or red), of
which only some are status words anywhere else. A handful of values repeated down many rows,
among them a status word, is such a list (chosen_from_list).
"""
from __future__ import annotations

from collections.abc import Sequence

from planx.normalise.choose import Choice, _reads_as_progress
from planx.normalise.columns import ColumnProfile
from planx.normalise.headers import Column

STATUS_SHARE = 0.6  # status words in this share of the progress column's cells at least …
STATUS_WORDS = 3.0  # … of this many words a cell at most
NOTE_WORDS = 6.0  # the status column's cells: this many words on average or more …
NOTE_STATUS = 0.3  # … and status words in fewer than this share of them
LIST_CELLS = 6  # a choice from a list: at least this many cells …
LIST_SHARE = 4  # … holding at most one different value for every this many cells (3 at least)


def notes(p: ColumnProfile) -> bool:
    """Notes on progress: sentences, seldom a status word."""
    return p.cells >= 2 and p.words >= NOTE_WORDS and p.status < NOTE_STATUS


def status_words(p: ColumnProfile) -> bool:
    """A word or two a cell, mostly status words ('On track', 'Plan in place', 'Complete')."""
    return p.cells >= 2 and p.status >= STATUS_SHARE and p.words <= STATUS_WORDS and p.sentence == 0


def chosen_from_list(p: ColumnProfile) -> bool:
    """A status chosen from a short list of the log's own: a word or two a cell, a handful of values
    over many rows ('On track', 'Plan in place', 'Initial stages' down 15 rows), one of them at least a
    status word."""
    return (p.cells >= LIST_CELLS and p.status > 0 and p.words <= STATUS_WORDS and p.sentence == 0
            and p.distinct <= max(3, p.cells // LIST_SHARE))


def status_and_progress_swapped(columns: Sequence[Column], profiles: dict[int, ColumnProfile]) -> Choice | None:
    """The column read as the status holds notes, and a column headed as progress holds status
    words: that one is the status, the notes the progress. None when the cells agree with the
    headings."""
    status = next((c for c in columns if c.field == "status"), None)
    mine = profiles.get(status.col) if status is not None else None
    if status is None or mine is None or not notes(mine):
        return None
    rivals = [c for c in columns if c is not status and _reads_as_progress(c)
              and (p := profiles.get(c.col)) is not None and (status_words(p) or chosen_from_list(p))]
    if not rivals:
        return None
    rival = max(rivals, key=lambda c: profiles[c.col].status)
    theirs = profiles[rival.col]
    name = f"'{status.label}'" if status.label else f"column {status.col + 1}"
    other = f"'{rival.label}'" if rival.label else f"column {rival.col + 1}"
    return Choice({rival.col: "status", status.col: "progress"}, round(theirs.status - mine.status, 2),
                  f"{other} holds status words ({theirs.status:.0%}, {theirs.words:.1f} words a cell) and {name} "
                  f"notes ({mine.words:.1f} words a cell, {mine.status:.0%} status words): {other} is the status, "
                  f"{name} the progress")


__all__ = ["chosen_from_list", "notes", "status_and_progress_swapped", "status_words"]
