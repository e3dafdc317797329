"""A plan written as a numbered outline of paragraphs, its depth giving each line's part:

    1. Early help and prevention                                          <- level 1: the area
       1.1 Families get help before problems escalate                     <- level 2: the objective
          1.1.1 Open two family hubs in the north locality [Jo Bates; Mar 2026]    <- the deepest: actions
          1.1.2 Train lead practitioners in the family plan (Hub Manager – Q3 2025/26)
       1.2 …

Word prints the numbers from its list levels, a PDF or a text file prints them as text: either way
each paragraph opens with its number ('1', '1.1', '1.1.1'), and the number's depth is its level.
A person reads the deepest level as the actions, the first as the area and the second (when the
outline is three or more deep) as the objective over them, whatever the indent: the evidence is
a tree of dotted numbers, each deepest item numbered under an item of the level above, and most
deepest items closing with who leads and by when, set apart in brackets or after dashes
('[Lead; Due]', '(Lead, Due)', '(Lead – Due)', '— Lead — Due'). That tail is the action's lead and
due (trailing_who_when); an item whose tail does not hold both a name or role and a date keeps its
whole text as the action. Levels between the second and the deepest are kept as structure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.columns import looks_like_person, looks_like_when
from planx.normalise.inlinewho import inline_who_when
from planx.normalise.lists import ListAction, ListReading
from planx.normalise.text import squash

_MIN_LEAVES = 3  # fewer deepest items are no outline plan
_TAIL_SHARE = 0.6  # the share of deepest items that must close with who and when
_PARENT_SHARE = 0.8  # the share of deepest items numbered under a printed item of the level above
_WHO_WORDS = 10  # a name or a role is this many words at most
_WHEN_WORDS = 6  # a date or a timescale is this many words at most
# '1.', '1.1', '1.1.1 ' opening a paragraph: numbers joined by stops, perhaps a closing stop or bracket
_NUMBER = re.compile(r"^\s*(?P<nums>\d{1,2}(?:\.\d{1,2}){0,4})[.)]?\s+(?P<rest>\S.*)$", re.S)
# a bracket closing the line: '[…]' or '(…)', nothing bracketed inside
_CLOSING_BRACKET = re.compile(r"\s*(?:\[(?P<square>[^\[\]()]+)\]|\((?P<round>[^\[\]()]+)\))\s*[.;]?\s*$")
# where a bracket's two parts meet, the likelier first: a semicolon, a bar, a spaced dash, a comma
# a handle before a name ('@Jo Bates'), a due word before a date ('due May 2026', 'by Q3')
_HANDLE = re.compile(r"^@(?=[A-Z])")
_DUE_WORD = re.compile(r"^(?:due(?:\s+by)?|by)\s+(?=\S)", re.I)
_INNER_SEPARATORS = (re.compile(r"\s*;\s*"), re.compile(r"\s*\|\s*"), re.compile(r"\s+[–—-]\s+"),
                     re.compile(r"\s*,\s*"))


def _who(part: str) -> bool:
    return 0 < len(part.split()) <= _WHO_WORDS and part[:1].isupper() and looks_like_person(part) \
        and not looks_like_when(part)


def _when(part: str) -> bool:
    return 0 < len(part.split()) <= _WHEN_WORDS and looks_like_when(part)


def _bare(part: str) -> str:
    """A part without the marks a task list sets before who and when: '@Jo Bates' (a handle names
    the person: the lead is the name) and 'due March 2026' or 'by March 2026' (the date is after)."""
    part = _HANDLE.sub("", part, count=1)
    return _DUE_WORD.sub("", part, count=1)


def _split_pair(inner: str) -> tuple[str, str] | None:
    """(who, when) of a bracket's text that holds a name or role and a date, either first, split at
    a semicolon, bar, spaced dash or comma (a role may hold a comma: 'Head of Service, Safeguarding');
    a handle's '@' and a 'due' or 'by' before the date are no part of either ('@Jo Bates, due May 2026')."""
    for sep in _INNER_SEPARATORS:
        cuts = list(sep.finditer(inner))
        # (the date after the last cut when it comes second, before the first when it comes first)
        for m in reversed(cuts):
            one, two = _bare(inner[:m.start()].strip()), _bare(inner[m.end():].strip())
            if _who(one) and _when(two):
                return one, two
        for m in cuts:
            one, two = _bare(inner[:m.start()].strip()), _bare(inner[m.end():].strip())
            if _when(one) and _who(two):
                return two, one
    return None


def trailing_who_when(text: str) -> tuple[str, str, str] | None:
    """(action, lead, due as printed) of an item that closes with who leads and by when, set apart
    in a bracket ('… [Jo Bates; Mar 2026]', '… (Hub Manager – Q3 2025/26)', either part first) or
    after dashes or a bar ('… — Jo Bates — Mar 2026'); None when the tail does not hold both a name
    or role and a date (the text stays the action's)."""
    t = squash(text)
    m = _CLOSING_BRACKET.search(t)
    if m is not None:
        pair = _split_pair((m.group("square") or m.group("round")).strip())
        head = t[:m.start()].strip()
        if pair is not None and head:
            return head, pair[0], pair[1]
    found = inline_who_when(t)
    if found is not None and found[0]:
        return found
    return None


@dataclass
class _Item:
    block: int
    parts: tuple[str, ...]
    text: str  # the paragraph's text after its number, wrapped lines joined
    wrapped: list[int] = field(default_factory=list)  # the blocks of lines wrapped into it


def _items(raw: RawDocument) -> list[_Item]:
    found: list[_Item] = []
    for i, b in enumerate(raw.blocks):
        if not isinstance(b, Paragraph):
            continue
        m = _NUMBER.match(b.text)
        if m is None:
            last = found[-1] if found else None
            if last and (last.wrapped or [last.block])[-1] == i - 1 and _open_bracket(last.text) and not b.heading:
                last.text = f"{last.text} {squash(b.text)}"  # a line wrapped inside its bracket
                last.wrapped.append(i)
            continue
        parts = tuple(str(int(n)) for n in m.group("nums").split("."))
        found.append(_Item(i, parts, squash(m.group("rest"))))
    return found


def _open_bracket(text: str) -> bool:
    return text.count("[") > text.count("]") or text.count("(") > text.count(")")


def read_numbered_outline(raw: RawDocument) -> ListReading | None:
    """The actions of a plan written as a numbered outline whose deepest level holds them, each
    closing with its lead and date; None for any other shape."""
    items = _items(raw)
    if not items:
        return None
    depth = max(len(it.parts) for it in items)
    if depth < 2:
        return None
    leaves = [it for it in items if len(it.parts) == depth]
    if len(leaves) < _MIN_LEAVES:
        return None
    printed = {it.parts for it in items}
    if sum(it.parts[:-1] in printed for it in leaves) < _PARENT_SHARE * len(leaves):
        return None  # deepest items not numbered under the level above: no outline
    tails = {it.block: trailing_who_when(it.text) for it in leaves}
    if sum(t is not None for t in tails.values()) < _TAIL_SHARE * len(leaves):
        return None  # the deepest items do not read as actions with who and when
    actions: list[ListAction] = []
    read: set[int] = set()
    titles: dict[tuple[str, ...], str] = {}
    for it in items:
        read.update([it.block, *it.wrapped])
        if len(it.parts) < depth:
            titles[it.parts] = it.text
            continue
        area = titles.get(it.parts[:1], "")
        objective = titles.get(it.parts[:2], "") if depth >= 3 else ""
        context = {"area_ref": it.parts[0], "area": area, "objective": objective}
        tail = tails[it.block]
        fields = {"action": tail[0], "lead": tail[1], "due": tail[2]} if tail else {"action": it.text}
        fields["ref"] = ".".join(it.parts)
        head = raw.blocks[it.block]
        assert isinstance(head, Paragraph)
        actions.append(ListAction(fields, {k: v for k, v in context.items() if v}, it.block, head.page,
                                  head.line, []))
    both = sum(1 for t in tails.values() if t is not None)
    why = (f"{len(actions)} actions read from a numbered outline {depth} levels deep: the deepest level "
           f"the actions, the first their area" + (", the second their objective" if depth >= 3 else "")
           + f"; {both} of {len(leaves)} close with who leads and by when, set apart after the action "
           "(read as its lead and due)")
    return ListReading(actions, read, round(0.6 + 0.3 * both / len(leaves), 2), why)


__all__ = ["read_numbered_outline", "trailing_who_when"]
