"""Statuses given by a mark after the action's text, explained in the plan's key of marks.

A plan may print no status column and instead close each action's text with a footnote-style mark
('Review the protocol with partners ‡', the mark often superscript), explaining the marks once in a
key line after each table or at the end: 'Key to marks: * completed; † on track; ‡ slipped – revised
date agreed; § not yet started'. A reader looks the mark up in the key; so does planx: the mark leaves
the action's text, status_raw keeps it as printed, and the status is what its meaning reads as
(codes.status_of / status_words). The key's meanings explain the document's own convention, so the
reading is a note (normalise/severity.py, 'status_marks').

The evidence, all of it needed:
- a line labelled as a key ('Key:', 'Key to marks:', 'Legend –': _KEY_LABEL) whose parts (set apart
  by ';', ',', '|' or a wide space) each open with a mark, then its meaning, with or without a
  separator ('* completed', '† – on track', '§ = not yet started');
- two marks at least, two of them typographic marks (vocab.FOOTNOTE_MARKS: '*', '†', '‡', '§' …); a scan's
  recognised text may print a mark as a lone letter or sign ('t' for '†', '+' for '‡'): a key of true
  marks explains those too, as the same text prints them after the actions;
- every meaning reads as a status ('completed', 'on track', 'not yet started'): a key of what marks
  mean otherwise ('* funded by the grant') gives no statuses;
- the action's text closes with one of the key's marks, set apart by a space (a sign may also follow
  the last word directly, 'amber‡'), and the action has no status printed of its own.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.codes import status_of, status_words
from planx.normalise.records import Action
from planx.normalise.severity import Note
from planx.normalise.text import squash
from planx.normalise.vocab import FOOTNOTE_MARKS

MIN_MARKS = 2  # a key explains two marks at least
MEANING_WORDS = 8  # a mark's meaning is a few words ('slipped – revised date agreed')

# a line that says it is a key: 'Key:', 'Key to marks:', 'Status key –', 'Legend:'
_KEY_LABEL = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}(?:key|legend)(?:\s+to\s+(?:the\s+)?[A-Za-z]+)?\s*[:\-–—]\s*",
                        re.I)
# a part of the key: a mark (a sign, a doubled sign, or a single letter a scan made of one), then its meaning
_PART = re.compile(r"^\s*(\S{1,3}?)(?:\s+|\s*[=:\-–—]\s*)(\S.*?)\s*\.?\s*$")


def _typographic(mark: str) -> bool:
    return mark in FOOTNOTE_MARKS


def mark_key(text: str) -> dict[str, str]:
    """{mark: meaning} of a key line explaining status marks (module note), else {}."""
    label = _KEY_LABEL.match(text)
    if not label:
        return {}
    key: dict[str, str] = {}
    for part in re.split(r"[;|]|,(?=\s*[^\w\s]{1,3}\s)|\s{3,}", text[label.end():]):
        if not part.strip():
            continue
        m = _PART.match(part)
        if not m:
            return {}
        mark, meaning = m.group(1), m.group(2)
        if mark.isalnum() and len(mark) > 1 or mark in key or len(meaning.split()) > MEANING_WORDS:
            return {}
        if not (status_of(meaning) or status_words(meaning)):
            return {}
        key[mark] = meaning
    if len(key) < MIN_MARKS or sum(_typographic(k) for k in key) < MIN_MARKS:
        return {}
    return key


def document_marks(raw: RawDocument) -> dict[str, str]:
    """{mark: meaning} of every key of status marks the document prints as a line of its own."""
    out: dict[str, str] = {}
    for block in raw.blocks:
        if isinstance(block, Paragraph):
            for mark, meaning in mark_key(squash(block.text)).items():
                out.setdefault(mark, meaning)
    return out


def _closing_mark(text: str, key: dict[str, str]) -> str:
    """The key's mark closing an action's text ('… partners ‡'), or ''."""
    text = text.rstrip()
    for mark in sorted(key, key=len, reverse=True):
        if not text.endswith(mark) or len(text) <= len(mark):
            continue
        before = text[:-len(mark)]
        if before.endswith((" ", "\u00a0")) or not mark.isalnum() and before[-1:].isalnum() and len(mark) == 1 \
                and _typographic(mark):
            if before.strip():
                return mark
    return ""


def read_status_marks(actions: Sequence[Action], raw: RawDocument, warnings: list[str]) -> None:
    """Take the status of each action whose text closes with a mark the document's key explains, and
    no status printed of its own: the mark leaves the text for status_raw (module note)."""
    key = document_marks(raw)
    if not key:
        return
    read: dict[str, int] = {}
    for a in actions:
        if a.status or a.status_raw:
            continue
        mark = _closing_mark(a.action, key)
        if not mark:
            continue
        meaning = key[mark]
        status = status_of(meaning) or next(iter(status_words(meaning)), "")
        if not status:
            continue
        a.action = a.action.rstrip()[:-len(mark)].rstrip()
        a.status_raw, a.status = mark, status
        read[mark] = read.get(mark, 0) + 1
    if read:
        shown = ", ".join(f"'{m}' = '{key[m]}'" for m in read)
        warnings.append(Note(f"{sum(read.values())} status(es) read from the mark after the action's text by the "
                             f"document's key of marks ({shown})"))


__all__ = ["document_marks", "mark_key", "read_status_marks"]
