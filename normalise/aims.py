"""Strategies that state their goals as numbered headings, each over the writer's own commitment in prose.

    ## Project Aims
    ### Aim 1: Improve Interoperability and Reproducibility        <- a goal: the area (its number the ref)
    We will a) develop guidance for interoperability among …       <- the commitment: the actions,
    b) promote adoption of broader metadata standards.              <- one per item it enumerates
    ### Aim 2: Enable FAIR Data Curation and Stewardship
    We will a) promote better data science … and b) develop …
    ### Aim 3: Support Equity and Improve Access
    We will democratize science in a manner that …                  <- no enumeration: the sentence

Research programmes, charities and public bodies set out a strategy so: 'Aim 1', 'Objective 2',
'Priority 3' headings stating the goal in words, and under each a paragraph opening 'We will …'. The
list readers (normalise/commitments.py) take 'We will:' lists; a commitment written as a sentence
under each goal is this module's. The evidence: three or more headings (or bold lines) of one goal
word (vocab.GOAL_HEADING_WORDS) numbered in order, each stating its goal, and under most of them a
paragraph in which the writer commits in the first person ('We will', 'We'll', 'We are going to'). A
goal with lists under it leaves the document to the list readers. The commitment's enumerated items
('a) …', '(b) …', 'i) …') are its actions, each under the goal as its area; without an enumeration the
paragraph is the action. The other paragraphs under a goal stay the walker's (nothing is lost).
"""
from __future__ import annotations

import re

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.lists import ListAction, ListReading
from planx.normalise.text import fold, squash
from planx.normalise.vocab import GOAL_HEADING_WORDS, LIST_BULLETS, OBSERVING_VERBS

_MIN_GOALS = 3  # fewer goal headings are no strategy's run
_TITLE_WORDS = 20  # a goal heading states its goal in at most this many words
# 'Aim 1: Improve …', 'Objective 2.3 – Raise …', 'Priority 4. Reduce …'
_GOAL = re.compile(r"^\s*(?P<word>[A-Za-z]+)\s+(?P<ref>\d{1,2}(?:\.\d{1,2})?)\s*[:.\-–—]\s*(?P<title>\S.*)$")
# the writer commits in the first person, opening the paragraph
_COMMITS = re.compile(r"^\s*(?:we|i)\s*(?:will|shall|['’]ll|are going to|commit to|pledge to)\b"
                      rf"(?!\s+(?:{'|'.join(sorted(OBSERVING_VERBS))})\b)", re.I)
# an enumeration inside the sentence: 'a) …', '(b) …', 'ii) …'
_ENUM = re.compile(r"(?:^|(?<=\s))\(?(?P<mark>[a-h]|i{1,3}|iv|v|vi)\)\s+")
# a list item's marker: such paragraphs are lists, the list readers'
# a list item: a hyphen, an asterisk, any bullet glyph plans print (a PDF's Symbol bullet '\uf0b7' too), a number
_ITEM = re.compile(r"^\s*(?:[-*" + "".join(re.escape(b) for b in LIST_BULLETS) + r"]|\d{1,2}[.)])\s+")


def goal_heading(block: object) -> tuple[str, str, str] | None:
    """(goal word, number, goal) of a heading or bold line stating a numbered goal ('Aim 1: Improve
    Interoperability and Reproducibility'), or None."""
    if not isinstance(block, Paragraph) or not (block.heading or block.bold):
        return None
    m = _GOAL.match(squash(block.text))
    if m is None or fold(m.group("word")) not in GOAL_HEADING_WORDS:
        return None
    title = m.group("title").strip()
    if not 2 <= len(title.split()) <= _TITLE_WORDS:
        return None
    return fold(m.group("word")), m.group("ref"), title


def enumerated(text: str) -> list[str]:
    """The items a sentence enumerates ('We will a) develop X and b) promote Y.' → ['develop X',
    'promote Y']); [] when it enumerates fewer than two in order (a, b …)."""
    marks = list(_ENUM.finditer(text))
    if len(marks) < 2:
        return []
    letters = [m.group("mark") for m in marks]
    if letters[:2] not in (["a", "b"], ["i", "ii"]):
        return []
    items = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        item = text[m.end():end].strip()
        item = re.sub(r"(?:[,;]\s*)?\band\s*$|[,;]\s*$", "", item).strip().rstrip(".").strip()
        if item:
            items.append(item)
    return items


def read_goal_commitments(raw: RawDocument) -> ListReading | None:
    """The actions of a strategy whose numbered goal headings each stand over the writer's own
    commitment in prose, or None."""
    blocks = raw.blocks
    goals = [(i, g) for i, g in ((i, goal_heading(b)) for i, b in enumerate(blocks)) if g is not None]
    if len(goals) < _MIN_GOALS or len({w for _, (w, _, _) in goals}) != 1:
        return None
    numbers = [float(r) if r.count(".") < 2 else 0.0 for _, (_, r, _) in goals]
    if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return None  # numbered in order, or no run
    actions: list[ListAction] = []
    read: set[int] = set()
    committed = 0
    for k, (start, (_, ref, title)) in enumerate(goals):
        end = goals[k + 1][0] if k + 1 < len(goals) else len(blocks)
        under: list[int] = []
        for j in range(start + 1, end):
            b = blocks[j]
            if not isinstance(b, Paragraph):
                break
            if b.heading:
                break  # a heading below the goal ends what it says
            if _ITEM.match(b.text):
                return None  # lists under a goal: the list readers'
            under.append(j)
        first = next((j for j in under if _COMMITS.match(blocks[j].text)), None)  # type: ignore[union-attr]
        if first is None:
            continue
        # the commitment and the paragraphs that go on with its enumeration ('b) promote …')
        used = [first]
        for j in under[under.index(first) + 1:]:
            text = blocks[j].text  # type: ignore[union-attr]
            if not (_ENUM.match(text) or text[:1].islower()):
                break
            used.append(j)
        sentence = squash(" ".join(blocks[j].text for j in used))  # type: ignore[union-attr]
        items = enumerated(sentence) or [sentence]
        head = blocks[first]
        assert isinstance(head, Paragraph)
        context = {"area_ref": ref, "area": title}
        actions += [ListAction({"action": item}, dict(context), first, head.page, head.line, []) for item in items]
        read.update(used)
        committed += 1
    if committed < _MIN_GOALS or committed * 2 < len(goals):
        return None
    word = goals[0][1][0].title()
    why = (f"{len(actions)} actions read from the writer's commitments ('We will …') under {committed} of "
           f"{len(goals)} numbered goal headings ('{word} N: …'), each goal the area of its actions")
    return ListReading(actions, read, 0.7, why)


__all__ = ["enumerated", "goal_heading", "read_goal_commitments"]
