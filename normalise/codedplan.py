"""A report form that prints its plan as coded paragraphs under a line naming the plan, and later
reports on each under the same codes:

    Goal #1                                                      <- the area (a goal word and a number)
    This was the action plan.                                    <- a line naming the plan
    1a. Staff will run after-school study sessions in each core subject.    <- coded items: the actions
    1b. We will brief the tutors on the skills each session covers. 2a. …  (several may share a paragraph)
    Please describe what was done.
    1a- A study room opened four evenings a week …               <- the same codes again: their progress
    1b- Two tutors were hired …

The evidence is the codes: a number and a letter ('1a.', '2b)'), three or more of them in a run of
paragraphs straight after a line that names an action plan (vocab.CODED_PLAN_LEAD_WORDS), which each
read as a sentence of what is to be done. A later run printing those same codes again, before the next
plan line, reports on them: each item there whose one code names exactly one action is that action's
progress. An item under several codes ('1a/2a- …') or under a code two actions share stays the
walker's text, kept aside. The area is the goal heading above the plan ('Goal #2', in a paragraph or
a table's last row), else the code's number.
"""
from __future__ import annotations

import re

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.lists import ListAction, ListReading
from planx.normalise.text import fold, squash
from planx.normalise.vocab import CODED_PLAN_LEAD_WORDS, GOAL_HEADING_WORDS

_MIN_ITEMS = 3
_LEAD_WORDS = 14  # the line naming the plan is this many words at most
# an action's code opening its text: '1a.' or '1a)'
_ACTION_CODE = re.compile(r"^(?P<code>\d{1,2}[a-z])[.)]\s+(?P<rest>\S.*)$", re.S)
# a code opening a later item in the same paragraph, after a sentence's end
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\d{1,2}[a-z][.)]\s)")
# a report's code(s): '1a-', '1a.', '1a/2a.', '1a -'
_REPORT_CODE = re.compile(r"^(?P<codes>\d{1,2}[a-z](?:\s*/\s*\d{1,2}[a-z])*)\s*[-–.:)]\s*(?P<rest>\S.*)$", re.S)
_GOAL = re.compile(r"^\s*(?P<word>[A-Za-z]+)\s*#?\s*(?P<num>\d{1,2})\s*[.:]?\s*$")


def _goal_number(text: str) -> str | None:
    m = _GOAL.match(text)
    if m and fold(m.group("word")) in GOAL_HEADING_WORDS:
        return str(int(m.group("num")))
    return None


def _block_goal(block: object) -> str | None:
    """The goal a block's last line names ('Goal #2'), as a heading or a table's last row."""
    if isinstance(block, Paragraph):
        return _goal_number(block.text)
    if isinstance(block, Table) and block.rows:
        cells = [c.text for c in block.rows[-1].cells if c.text.strip()]
        if len(cells) == 1:
            return _goal_number(cells[0])
    return None


def _names_plan(text: str) -> bool:
    words = fold(text).split()
    return 0 < len(words) <= _LEAD_WORDS and bool(set(words) & CODED_PLAN_LEAD_WORDS) \
        and _ACTION_CODE.match(text) is None and _REPORT_CODE.match(text) is None


def _pieces(text: str) -> list[str]:
    return [squash(p) for p in _SPLIT.split(text) if p.strip()]


def read_coded_plan(raw: RawDocument) -> ListReading | None:
    """The actions of a form printing its plan as coded paragraphs ('1a. …') under a line naming the
    plan, each with the progress a later run under the same code reports; None for any other shape."""
    blocks = raw.blocks
    actions: list[ListAction] = []
    read: set[int] = set()
    progress = 0
    goal: str | None = None
    i = 0
    while i < len(blocks):
        b = blocks[i]
        g = _block_goal(b)
        if g is not None:
            goal = g
        if not (isinstance(b, Paragraph) and _names_plan(b.text)):
            i += 1
            continue
        # the run of coded paragraphs straight after the line naming the plan
        run: list[tuple[int, Paragraph, str, str]] = []
        j = i + 1
        while j < len(blocks) and isinstance(p := blocks[j], Paragraph):
            pieces = _pieces(p.text)
            matches = [_ACTION_CODE.match(x) for x in pieces]
            if not pieces or any(m is None for m in matches):
                break
            run.extend((j, p, m.group("code"), squash(m.group("rest"))) for m in matches if m)
            j += 1
        if not run:
            i += 1
            continue
        section: dict[str, list[ListAction]] = {}
        for k, p, code, text in run:
            context = {"area_ref": goal or str(int(re.match(r"\d+", code).group()))}  # type: ignore[union-attr]
            a = ListAction({"action": text, "ref": code}, context, k, p.page, p.line)
            actions.append(a)
            section.setdefault(code, []).append(a)
            read.add(k)
        read.add(i)
        # later runs printing the same codes, before the next line naming a plan: their progress
        k = j
        while k < len(blocks):
            q = blocks[k]
            if _block_goal(q) is not None or isinstance(q, Paragraph) and _names_plan(q.text) \
                    and k + 1 < len(blocks) and isinstance(nxt := blocks[k + 1], Paragraph) \
                    and _ACTION_CODE.match(nxt.text) and not _repeats(nxt.text, section):
                break
            if isinstance(q, Paragraph):
                pieces = _pieces_report(q.text)
                found = [_REPORT_CODE.match(x) for x in pieces]
                if pieces and all(m is not None for m in found) \
                        and all(_code_set(m.group("codes")) <= section.keys() for m in found if m):
                    attached = 0
                    for m in found:
                        assert m is not None
                        codes = _code_set(m.group("codes"))
                        if len(codes) == 1 and len(section[next(iter(codes))]) == 1:
                            target = section[next(iter(codes))][0]
                            if "progress" not in target.fields:
                                target.fields["progress"] = squash(m.group("rest"))
                                attached += 1
                                continue
                        break
                    else:
                        read.add(k)  # every item of the paragraph attached
                    progress += attached
            k += 1
        i = j
    if len(actions) < _MIN_ITEMS:
        return None
    why = (f"{len(actions)} actions read from coded paragraphs ('1a.') under a line naming the plan; "
           f"{progress} progress report(s) attached from later paragraphs under the same codes")
    # the document names these its action plan: they stand whatever it calls itself (a report on the
    # plan, kinds.refuse), as a section it names as its commitments does
    return ListReading(actions, read, 0.7, why, recommended=True)


def _pieces_report(text: str) -> list[str]:
    return [squash(p) for p in re.split(r"(?<=[.!?])\s+(?=\d{1,2}[a-z](?:/\d{1,2}[a-z])*\s*[-–.:)]\s)", text)
            if p.strip()]


def _code_set(codes: str) -> set[str]:
    return {c.strip() for c in codes.split("/")}


def _repeats(text: str, section: dict[str, list[ListAction]]) -> bool:
    m = _ACTION_CODE.match(text)
    return bool(m) and m.group("code") in section  # type: ignore[union-attr]


__all__ = ["read_coded_plan"]
