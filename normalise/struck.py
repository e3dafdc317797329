"""Actions struck through in the source: done.

An action log strikes an item out when it is done, often with its box ticked too. The struck text
is no superseded wording here (normalise/text.py reads a struck date beside a new one so): the whole
action is struck, and nothing replaces it. So an action whose text the source strikes through, all
of it, with no status of its own, is `complete`, and the document says how that was read (a
warning: a strike is a reader's sign, not a status cell).

The PDF parser reports the struck runs of a page as text (RawDocument.struck); Word, HTML and
Markdown mark struck text in the block's text ('~~…~~', normalise/text.py), and a cell or paragraph
struck through whole counts as a run too (wholly_struck). An action is struck when runs found in
its text cover nearly all of it (one run per printed line, a long action wrapping over two or three).
"""
from __future__ import annotations

import re

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.records import Action
from planx.normalise.text import STRUCK_MARK, fold, split_struck

COVER = 0.85  # the share of an action's letters its struck runs must cover
_MIN_RUN = 4  # letters: shorter runs ('8th') could sit in any text
_NOT_LETTERS = re.compile(r"[^0-9a-z]+")


def _key(text: str) -> str:
    return _NOT_LETTERS.sub("", fold(text))


def struck_cover(text: str, runs: list[str]) -> float:
    """How much of `text` (its letters and digits) the struck runs found in it cover, 0–1."""
    key = _key(text)
    if not key:
        return 0.0
    covered = [False] * len(key)
    for run in runs:
        r = _key(run)
        if len(r) < _MIN_RUN:
            continue
        start = key.find(r)
        while start >= 0:
            for k in range(start, start + len(r)):
                covered[k] = True
            start = key.find(r, start + 1)
    return sum(covered) / len(key)


def wholly_struck(raw: RawDocument) -> list[tuple[int, str]]:
    """(page, text) of each table cell or paragraph whose text is struck through whole ('~~Book the
    venue~~' with nothing beside it), as the PDF parser reports a struck run; part-struck text is a
    revision (normalise/text.py), not a struck item."""
    texts: list[tuple[int, str]] = []
    for block in raw.blocks:
        if isinstance(block, Paragraph):
            texts.append((block.page, block.text))
        elif isinstance(block, Table):
            texts += [(row.page, cell.text) for row in block.rows for cell in row.cells]
    runs: list[tuple[int, str]] = []
    for page, text in texts:
        if STRUCK_MARK not in text:
            continue
        kept, struck = split_struck(text)
        if struck and not any(ch.isalnum() for ch in kept):
            runs.append((page, " ".join(struck)))
    return runs


def mark_struck(actions: list[Action], struck: list[tuple[int, str]], warnings: list[str]) -> None:
    """Set `complete` on the actions (with no status) whose text the source strikes through."""
    if not struck:
        return
    runs = [text for _, text in struck]
    done = 0
    for a in actions:
        if a.status or not a.action:
            continue
        if struck_cover(a.action, runs) >= COVER:
            a.status = "complete"
            done += 1
    if done:
        warnings.append(f"{done} action(s) struck through in the source read as complete")
