"""How much a warning weighs, and the document status that follows (CONTRACT documents.status).

A warning is a doubt unless it says otherwise: something may be read wrong or lost (a column kept
aside, a table refused, a date guessed), and a document with one is `partial`, its first doubts in
`error`. A `Note` only says how the document was read where the reading is sure (a heading that
names the list under it, inside the part whose heading stays the area): it is listed with the
warnings, and a document whose warnings are all notes stays `ok`. This is the one place where a
warning's weight turns into a status; a reader that records a sure reading says so by writing a
Note instead of a plain string.
"""
from __future__ import annotations

from collections.abc import Sequence

# how many doubts `error` lists
ERROR_WARNINGS = 5


class Note(str):
    """An informational warning: how something was read, with no doubt in it (a plain str is a doubt)."""
    __slots__ = ()
    severity = "note"


def severity(warning: str) -> str:
    """'note' for a Note, 'doubt' for every other warning."""
    return "note" if isinstance(warning, Note) else "doubt"


def doubts(warnings: Sequence[str]) -> list[str]:
    """The warnings that make a document partial: all but the notes."""
    return [w for w in warnings if severity(w) == "doubt"]


def status_of(warnings: Sequence[str]) -> tuple[str, str]:
    """(status, error) of a document that yielded actions or indicators: `partial` with its first doubts
    when it has any, else `ok` with no error (notes alone leave it ok)."""
    found = doubts(warnings)
    return ("partial", "; ".join(found[:ERROR_WARNINGS])) if found else ("ok", "")
