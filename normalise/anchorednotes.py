"""Notes a reviewer attached to a plan rather than printed in it: a PDF's sticky notes beside the
rows, a Word file's comments on the actions' text (extract/pdfnotes.py, extract/docxcomments.py).

A tracker kept this way prints the actions, leads and dates, and its progress in the notes: a reader
opens the note beside a row and reads it as that action's update. So does planx, for an action
whose row has no progress (nor status) of its own: the note's text is its progress, and the status
or RAG the note states in the usual words becomes the action's. A note opens with its rating in one
of two ways:
- a labelled line: 'Status: Delayed' then the update, 'RAG: Green. Parent carer forum …' (the label
  read as a heading is: vocab's heading words say which field it names);
- a status phrase and a dash or colon before the update: 'Not started – Training delivered …'
  (trackers.status_at_start).
The rating is then a field of its own and the progress is the rest of the note; a note with no
rating is all progress.

Which action a note is on: the one whose row holds the words of the note's anchor (the line beside
its icon: '1 Introduce a multi-agency panel … Named Nurse for Safeguarding 28/02/2025'; the range a
comment covers), most of them and more than any other action's row; a note no row so holds, or two
rows hold alike, is left out.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.extract.model import UNKNOWN_PAGE, AnchoredNote, RawDocument
from planx.normalise.codes import rag_of, status_of
from planx.normalise.headers import DECENT, read_heading
from planx.normalise.records import Action
from planx.normalise.severity import Note
from planx.normalise.text import fold
from planx.normalise.trackers import status_at_start

ANCHOR_SHARE = 0.6  # of the anchor's words, the share an action's row must hold
# a labelled first line: 'Status: In progress' (to its line's end), 'RAG: Green.' (to a stop)
_LABELLED = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /()&]{0,24}?)\s*:\s*(?P<value>[^\n.;:]{1,40}?)\s*"
                       r"(?:[.;]\s+|\n\s*|[.;]?\s*$)", re.S)
_WORD = re.compile(r"\w+")
RATED_FIELDS = ("status", "rag")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


def _row_words(a: Action) -> set[str]:
    """The words of the action's row as the page prints it: its reference, action, lead and due."""
    return _words(" ".join((a.ref, a.area_ref, a.action, a.lead, a.responsible, a.due_raw)))


def anchored_action(note: AnchoredNote, actions: Sequence[Action]) -> Action | None:
    """The action whose row holds the most of the note's anchor words, at least ANCHOR_SHARE of
    them and strictly more than any other's (on the note's page first, when the note has one)."""
    anchor = _words(note.anchor)
    if not anchor:
        return None
    scored = sorted(((len(anchor & _row_words(a)) / len(anchor), note.page in (UNKNOWN_PAGE, a.page), k)
                     for k, a in enumerate(actions)), reverse=True)
    if not scored or scored[0][0] < ANCHOR_SHARE or len(scored) > 1 and scored[1][:2] == scored[0][:2]:
        return None
    return actions[scored[0][2]]


def rating_and_update(text: str) -> tuple[str, str, str, str]:
    """(field, value as printed, its reading, the update) of a note (module note): field 'status' or
    'rag', or '' when the note states no rating (then the update is the whole note)."""
    m = _LABELLED.match(text)
    if m is not None:
        field = _rated_field(m.group("label"))
        value = m.group("value").strip()
        reading = (status_of if field == "status" else rag_of)(value) if field else ""
        if reading:
            return field, value, reading, text[m.end():].strip()
    lead = status_at_start(text)
    if lead is not None:
        status, phrase = lead
        rest = re.match(rf"\s*{re.escape(phrase)}\s*(?::|[-–—])\s*", text)
        return "status", phrase, status, text[rest.end():].strip() if rest else text.strip()
    return "", "", "", text.strip()


def _rated_field(label: str) -> str:
    """'status' or 'rag' when the label reads as a heading naming that field surely; '' otherwise."""
    best = next((r for r in read_heading(label) if r.field), None)
    return best.field if best is not None and best.field in RATED_FIELDS and best.score >= DECENT else ""


def read_anchored_notes(actions: Sequence[Action], raw: RawDocument, warnings: list[str]) -> None:
    """Each note given to the action it is anchored on (module note): its update the progress, its
    rating the status or RAG, where the action's row has none of its own."""
    if not raw.notes or not actions:
        return
    given: dict[int, list[AnchoredNote]] = {}
    for note in raw.notes:
        a = anchored_action(note, actions)
        if a is not None:
            given.setdefault(id(a), []).append(note)
    read = 0
    for a in actions:
        notes = given.get(id(a), [])
        if not notes or a.progress or a.status or a.rag:
            continue
        read += 1
        updates = []
        for note in notes:
            field, value, reading, update = rating_and_update(note.text)
            if field == "status" and not a.status:
                a.status, a.status_raw = reading, value
            elif field == "rag" and not a.rag:
                a.rag, a.rag_raw = reading, value
            if update:
                updates.append(update)
        a.progress = "\n".join(updates)
    if read:
        warnings.append(Note(f"{read} action(s) given the progress in the note attached to their row "
                             "(a PDF's sticky note, a Word comment), its status or RAG read from the note's words"))


__all__ = ["anchored_action", "rating_and_update", "read_anchored_notes"]
