"""A plan whose lines each open with a code naming their level in words: goals over objectives
over deliverables, the level word in brackets after a letter and a number.

    G1 (Goal) Make services easier to reach online.
        O1 (Objective) Replace the booking system (FY 2025).
            D1 (Deliverable) Choose a supplier for the new system March 2025.
            D2 (Deliverable) Train front-line staff on the new system April/May 2025.
        O2 (Objective) …
    G2 (Goal) …

A reader takes the level word's rank from the outline itself: the level printed first is the
outermost (the area, its number the area's reference), the one printed last and never with a level
under it is the innermost (the actions), the one between them the objective those actions serve
(levels between the objective and the actions are kept as structure). The evidence of the shape:
two level words or more from the plan's words for its levels (vocab.LEVEL_CODE_WORDS), each code's
letter the level word's first letter ('G1 (Goal)', 'D3 (Deliverable)'), three innermost items or
more, and their numbers starting again under each parent (a numbered hierarchy, not a run).

A text layer may run several coded lines into one paragraph ('O1 (Objective) … D1 (Deliverable) …'):
the paragraph is parted at each code. A paragraph with no code right after an item that does not
close its sentence continues that item (a line carried over a page break).

An action that closes with a date ('… training April/May 2024.', '… in Dayforce FY2026.') gives it as
its due date: the trailing run of dates joined by a slash, a dash or 'to', and nothing after it but
the closing stop. The whole sentence stays the action, as printed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.dates import date_spans
from planx.normalise.lists import ListAction, ListReading
from planx.normalise.text import fold, squash
from planx.normalise.vocab import LEVEL_CODE_WORDS

_MIN_ACTIONS = 3  # fewer innermost items are no outline
_LETTER_SHARE = 0.8  # the share of codes whose letter is their level word's first letter
# 'G1 (Goal) ', 'D12 (Deliverable) ', 'SO2 (Strategic Objective) ': letters, a number, a bracketed word
_MARK = re.compile(r"(?<![\w(])(?P<code>[A-Z]{1,3})(?P<num>\d{1,2})\.?\s*"
                   r"\((?P<word>[A-Za-z][A-Za-z ]{1,30}?)\)\s*:?\s+")
# what may join two dates of one period ('April/May 2024', 'March – May 2024', 'June to July 2024')
_JOIN = re.compile(r"^\s*(?:/|[-–—]|to|and|&)\s*$", re.I)
# financial years the date reader leaves alone when their century is not printed ('FY27', 'FY25/FY26'):
# the last of them closing the item
_SHORT_FY = re.compile(r"\bFY\s?(?P<yy>\d{2})(?:\s*/\s*FY\s?\d{2})*\s*/?\s*$")
_LAST_FY = re.compile(r"FY\s?(?P<yy>\d{2})(?!.*FY)")
# where a sentence ends inside an item: a stop, then a capital opens the next
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)])[.!?](?=\s+[A-Z])")
_SENTENCE_END = re.compile(r"[.!?;:)]\s*$")


@dataclass
class _Item:
    block: int
    code: str
    num: int
    word: str  # the level word, folded
    text: str
    page: int
    line: int
    wrapped: list[int] = field(default_factory=list)  # the blocks of lines carried on into it


def _level_word(word: str) -> str:
    """The level word as the vocabulary holds it ('Deliverable' → 'deliverable'), '' when it names no
    level of a plan."""
    w = fold(word).strip()
    return w if w in LEVEL_CODE_WORDS else ""


def _items(raw: RawDocument) -> list[_Item]:
    found: list[_Item] = []
    last_block = -2
    for i, b in enumerate(raw.blocks):
        if not isinstance(b, Paragraph):
            continue
        text = squash(b.text)
        marks = [m for m in _MARK.finditer(text) if _level_word(m.group("word"))
                 and not text[:m.start()].rstrip().endswith((":", ","))]  # 'Goal 2, Deliverable 1: D1 …' cites it
        if not marks:
            # a line carried on from the item above (over a page break) that does not close its sentence
            if found and last_block == i - 1 and not b.heading and not _SENTENCE_END.search(found[-1].text) \
                    and text[:1].islower():
                found[-1].text = f"{found[-1].text} {text}"
                found[-1].wrapped.append(i)
                last_block = i
            continue
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
            found.append(_Item(i, m.group("code"), int(m.group("num")), _level_word(m.group("word")),
                               text[m.end():end].strip(), b.page, b.line))
        last_block = i
    return found


def _closing_date(text: str) -> str:
    """The date a sentence closes with, as printed, '' when none (see trailing_due)."""
    t = text.rstrip().rstrip(".;").rstrip()
    m = _SHORT_FY.search(t)
    if m is not None:  # 'FY25/FY26' → 'FY2026', read as 'FY2026' is
        last = _LAST_FY.search(t[m.start():])
        assert last is not None
        return f"FY20{last.group('yy')}"
    spans = date_spans(t, 2000)
    if not spans or t[spans[-1][1]:].strip(" )"):
        return ""
    start = spans[-1][0]
    for s, e, _ in reversed(spans[:-1]):
        if not _JOIN.match(t[e:start]):
            break
        start = s
    return t[start:].strip()


def trailing_due(text: str) -> str:
    """The date an item closes with ('April/May 2024', 'March – May 2024', 'FY2026'; 'FY27' is given
    its century as 'FY2027'), or, when it does not, the date closing its first sentence ('… repairs
    October 2024. Assess the amount again in future years.': the later sentences a note on the work);
    '' when neither ends with a date."""
    due = _closing_date(text)
    if due:
        return due
    m = _SENTENCE_BREAK.search(text)
    return _closing_date(text[:m.start()]) if m else ""


def read_level_codes(raw: RawDocument) -> ListReading | None:
    """The actions of a plan whose lines open with a code naming their level ('D2 (Deliverable) …'),
    the innermost level the actions; None for any other shape."""
    items = _items(raw)
    order: list[str] = []
    for it in items:
        if it.word not in order:
            order.append(it.word)
    if len(order) < 2:
        return None
    if sum(it.code[-1:].lower() == it.word[:1] or it.code[:1].lower() == it.word[:1] for it in items) \
            < _LETTER_SHARE * len(items):
        return None
    inner = order[-1]
    leaves = [it for it in items if it.word == inner]
    if len(leaves) < _MIN_ACTIONS:
        return None
    # the innermost numbers start again under each parent: a hierarchy
    restarts = 0
    parent_seen = False
    for it in items:
        if it.word != inner:
            parent_seen = True
        elif parent_seen:
            restarts += it.num == 1
            parent_seen = False
    if restarts < 2:
        return None
    outer = order[0]
    middle = order[1] if len(order) >= 3 else ""
    area: _Item | None = None
    objective: _Item | None = None
    actions: list[ListAction] = []
    read: set[int] = set()
    dated = 0
    for it in items:
        read.update([it.block, *it.wrapped])
        if it.word == outer:
            area, objective = it, None
            continue
        if it.word == middle:
            objective = it
            continue
        if it.word != inner:
            continue
        context: dict[str, str] = {}
        if area is not None:
            context.update(area_ref=str(area.num), area=area.text.rstrip(". "))
        if objective is not None:
            context["objective"] = objective.text
        fields = {"action": it.text, "ref": f"{it.code}{it.num}"}
        due = trailing_due(it.text)
        if due:
            fields["due"] = due
            dated += 1
        actions.append(ListAction(fields, context, it.block, it.page, it.line, []))
    levels = " over ".join(f"'{w.title()}'" for w in order)
    why = (f"{len(actions)} actions read from lines coded by their level ({levels}: a letter, a number and the "
           f"level word in brackets), the innermost level the actions, the outermost their area"
           + (", the second their objective" if middle else "")
           + f"; {dated} close with a date (read as their due date)")
    return ListReading(actions, read, 0.8, why)


__all__ = ["read_level_codes", "trailing_due"]
