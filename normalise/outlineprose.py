"""Strategies that set out a two-level numbered outline in prose: goals, and under them objectives
that each say in a sentence what will be done.

    Goal 1. Streamline data access | Build the data roads                  <- the outer level: the area
    Objective 1. Enduring longitudinal datasets. Help accelerate and        <- the inner level: number,
    align the creation of enduring longitudinal datasets across the state.     short title, and the sentence
    Longitudinal datasets, which track people …                                of what will be done
    Objective 2. Open data. Assess statewide open data efforts and …
    Goal 2. Improve data management and governance | Craft the rules …

A reader takes the innermost numbered level, which has no children of its own and carries the
sentences of what is to be done, as the plan's actions, and the level above as their area. The
evidence: three or more paragraphs of one goal word (vocab.GOAL_HEADING_WORDS: 'Objective N.') that
each run a short title into a sentence, most of those sentences opening with a verb of action; a
second goal word ('Goal N.') set as title-only lines, the first word's items standing under them;
and no table in the document heading a column as actions (the walker's then). The action is the
run-in title and the first sentence after it, as printed; the rest of the paragraph is kept aside.

Strategies often print the list twice, a summary under the goals and the body later: the numbers
start again. Each objective is read once, from the fuller printing (the one whose objectives stand
over more of the writer's text), its area from the printing that sets it under a goal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.columns import opens_with_verb
from planx.normalise.headers import classify
from planx.normalise.lists import ListAction, ListReading
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import GOAL_HEADING_WORDS

_MIN_ITEMS = 3  # fewer inner items are no outline
_VERB_SHARE = 0.6  # the share of the chosen printing's sentences that must open with a verb of action
_TITLE_WORDS = 8  # a run-in title is short
_SENTENCE_WORDS = 4  # the sentence of what will be done has at least this many words
_ACTION_HEAD = 85  # a column heading names the actions at this confidence
_OUTER_WORDS = 20  # an outer item is a title line of at most this many words
# 'Objective 3. Title. Sentence …', 'Goal 2: Title': a goal word, a number, a stop, colon or dash
_ITEM = re.compile(r"^\s*(?P<word>[A-Za-z]+)\s+(?P<num>\d{1,2})\s*[.:\-–—]\s*(?P<rest>\S.*)$", re.S)
# where a sentence ends: a stop after a word, then a capital (or a digit) opens the next
# where a run-in title ends: a stop or a colon ('Open data. Assess …'; 'Open data.: Assess …' where the
# title was set in bold and read as a label)
_TITLE_END = re.compile(r"(?<=[A-Za-z0-9)’'”\]])(?:\.?:|[.!?])(?=\s+[“\"‘']?[A-Z0-9])")
_STOP = re.compile(r"(?<=[a-z0-9)’'”\]])[.!?](?=\s+[“\"‘']?[A-Z0-9])|(?<=[a-z0-9)’'”\]])[.!?]\s*$")


@dataclass
class _Item:
    block: int
    word: str
    num: int
    title: str  # the run-in title ('Enduring longitudinal datasets'), or the whole line of an outer item
    sentence: str  # the first sentence after the title ('' for an outer item)
    rest: str  # what follows that sentence in the paragraph


def _split(rest: str) -> tuple[str, str, str] | None:
    """(title, first sentence, rest) of an item's text that runs a short title into a sentence
    ('Open data. Assess statewide open data efforts … . Open data is …'), or None."""
    first = _TITLE_END.search(rest)
    if first is None:
        return None
    title = rest[:first.start()].strip().rstrip(".")
    after = rest[first.end():].strip()
    if not title or words_over(title, _TITLE_WORDS) or not after:
        return None
    second = _STOP.search(after)
    sentence = after[:second.end()].strip() if second else after
    remainder = after[second.end():].strip() if second else ""
    if not words_over(sentence, _SENTENCE_WORDS - 1):
        return None
    return title, sentence, remainder


def _items(raw: RawDocument) -> list[_Item]:
    found: list[_Item] = []
    for i, b in enumerate(raw.blocks):
        if not isinstance(b, Paragraph):
            continue
        m = _ITEM.match(squash(b.text))
        if m is None or fold(m.group("word")) not in GOAL_HEADING_WORDS:
            continue
        rest = m.group("rest").strip()
        parts = _split(rest)
        title, sentence, remainder = parts if parts else (rest, "", "")
        found.append(_Item(i, fold(m.group("word")), int(m.group("num")), title, sentence, remainder))
    return found


def _printings(items: list[_Item]) -> list[list[_Item]]:
    """The inner items in runs numbered in order: a number that does not rise starts a new printing."""
    runs: list[list[_Item]] = []
    for it in items:
        if runs and it.num > runs[-1][-1].num:
            runs[-1].append(it)
        else:
            runs.append([it])
    return runs


def _span_words(raw: RawDocument, run: list[_Item], stops: set[int]) -> int:
    """The words of the writer's text that a printing's items stand over: each item's paragraph and
    those after it, to the next item, outer item or heading."""
    words = 0
    for it in run:
        words += len(raw.blocks[it.block].text.split())  # type: ignore[union-attr]
        for j in range(it.block + 1, len(raw.blocks)):
            b = raw.blocks[j]
            if j in stops or not isinstance(b, Paragraph) or b.heading:
                break
            words += len(b.text.split())
    return words


def _parents(raw: RawDocument, inner: list[_Item], outer: list[_Item]) -> dict[int, _Item]:
    """{inner item's block: the outer item it stands under}: the nearest outer item above it, with no
    heading between (a heading such as 'Strategic objectives' opens a part of its own)."""
    by_block = {o.block: o for o in outer}
    parents: dict[int, _Item] = {}
    for it in inner:
        for j in range(it.block - 1, -1, -1):
            if j in by_block:
                parents[it.block] = by_block[j]
                break
            b = raw.blocks[j]
            if isinstance(b, Paragraph) and b.heading:
                break
    return parents


def _action_table(raw: RawDocument) -> bool:
    """Does a table head a column as the plan's actions ('Action', 'What we will do')? A table of the
    objectives by priority or by period ('Objective | 0-6 Months | …') holds no actions of its own."""
    for b in raw.blocks:
        if not isinstance(b, Table):
            continue
        for row in b.rows[:2]:
            for cell in row.cells:
                name, score, _ = classify(squash(cell.text)) if not words_over(cell.text, 6) else ("", 0.0, "")
                if name == "action" and score >= _ACTION_HEAD:
                    return True
    return False


def read_outline_prose(raw: RawDocument) -> ListReading | None:
    """The actions of a strategy set out as numbered goals over numbered objectives in prose, each
    objective a short title run into the sentence of what will be done; None for any other shape."""
    items = _items(raw)
    words = {it.word for it in items}
    if len(words) < 2:
        return None
    inner_word = max(words, key=lambda w: sum(1 for it in items if it.word == w and it.sentence))
    inner = [it for it in items if it.word == inner_word]
    run_in = [it for it in inner if it.sentence]
    if len(run_in) < _MIN_ITEMS or len(run_in) * 5 < len(inner) * 4:
        return None
    # the outer level: title lines of another goal word, numbered in order, with inner items under them
    outer = [it for it in items if it.word != inner_word and not it.sentence
             and not words_over(it.title, _OUTER_WORDS)]
    parents = _parents(raw, run_in, outer)
    if len({p.block for p in parents.values()}) < 2:
        return None  # no two goals with objectives under them: no two-level outline
    if any(it.word not in (inner_word, *(o.word for o in outer)) for it in items):
        return None  # a third numbered level: not this shape
    if _action_table(raw):
        return None  # a table holds the plan's actions: the walker's
    runs = _printings(run_in)
    stops = {it.block for it in items}
    chosen = max(runs, key=lambda r: (len(r), _span_words(raw, r, stops), r[0].block))
    if len(chosen) < _MIN_ITEMS or sum(opens_with_verb(it.sentence) for it in chosen) < _VERB_SHARE * len(chosen):
        return None
    area_of: dict[int, _Item] = {}
    for run in runs:
        for it in run:
            if it.block in parents:
                area_of.setdefault(it.num, parents[it.block])
    actions: list[ListAction] = []
    read: set[int] = set()
    for it in chosen:
        head = raw.blocks[it.block]
        assert isinstance(head, Paragraph)
        area = area_of.get(it.num)
        context = {"area_ref": str(area.num), "area": area.title} if area else {}
        # the run-in title names what the sentence does ('Open data. Assess …'): it opens the action's text,
        # as printed; the goal word and number are its ref, the description after the sentence kept aside
        aside = [it.rest] if it.rest else []
        actions.append(ListAction({"action": f"{it.title}. {it.sentence}", "ref": str(it.num)}, context, it.block,
                                  head.page, head.line, [], aside=aside,
                                  aside_why="an objective's description, beside its action"))
        read.add(it.block)
    printed = f"; the list is printed {len(runs)} times, read once from the fuller printing" if len(runs) > 1 else ""
    outer_word = next(iter(parents.values())).word.title()
    why = (f"{len(actions)} actions read from a numbered outline in prose: '{inner_word.title()} N.' items under "
           f"'{outer_word} N.' lines, the inner level with no children of its own and a short title run into "
           f"the sentence of what will be done (title and sentence the action; the rest kept aside), the outer level "
           f"its area; no table of actions{printed}")
    return ListReading(actions, read, 0.7, why)


__all__ = ["read_outline_prose"]
