"""A status shown by a tick under one of several columns headed with status words.

A tracker may print no status column and instead a column for each status, narrow, headed 'Not
started | In progress | Delayed | Complete' (often at a slant), with a tick ('✓', 'X') under the one
that applies. A reader takes the ticked column's heading as the row's status. So does planx: columns
whose headings are each a status word or phrase (codes.is_status_phrase) and whose filled cells are
all ticks (is_tick: a scan's 'v' too), two of them at least, naming different statuses, with a tick among them,
take the field STATUS_TICK_FIELD; a row's status is the heading of the column it ticks.

Read one by one, such headings went astray ('In progress' read as the progress, over ticks, kept
aside), and every row lost its status. A grid of ticks under headings that are not statuses ('LA |
PA | SB', the scopes a row belongs to) stays what columns.in_tick_grid says it is.
"""
from __future__ import annotations

from collections.abc import Sequence

from planx.normalise.codes import is_status_phrase, status_of
from planx.normalise.columns import _tick
from planx.normalise.vocab import TICK_LOOKALIKES

SCAN_TICK_CHARS = 2  # a scan's reading of a tick is a character or two ('v', 'Vv')
STATUS_TICK_FIELD = "status_tick"  # the field of one status's column (headers.Column.field)
MIN_COLUMNS = 2  # a choice between statuses needs two columns at least


def is_tick(text: str) -> bool:
    """A tick under a status's column: a mark alone (columns._tick), or a scan's reading of one, a
    character or two that OCR makes of a small tick ('v', 'Vv', '/': vocab.TICK_LOOKALIKES)."""
    t = text.strip()
    return _tick(t) or 0 < len(t) <= SCAN_TICK_CHARS and all(ch in TICK_LOOKALIKES for ch in t)


def status_tick_columns(columns: Sequence[tuple[int, str]], cells: dict[int, list[str]]) -> list[int]:
    """The grid columns among `columns` ((col, heading) each) that are a status's tick column, given
    the cells under each ({col: texts}); [] when the table has no such group (module note)."""
    found = []
    for col, label in columns:
        texts = [t for t in cells.get(col, []) if t.strip()]
        if is_status_phrase(label) and all(map(is_tick, texts)):
            found.append(col)
    named = {status_of(label) for col, label in columns if col in found}
    ticked = any(t.strip() for col in found for t in cells.get(col, []))
    if len(found) < MIN_COLUMNS or len(named) < len(found) or not ticked:
        return []
    return found


def ticked_status(marks: Sequence[tuple[str, str]]) -> str:
    """The row's status from its cells under the status columns [(heading, text)]: the headings of
    the columns it ticks, '; '-joined (one, as a rule)."""
    return "; ".join(label for label, text in marks if is_tick(text))


__all__ = ["STATUS_TICK_FIELD", "status_tick_columns", "ticked_status"]
