"""Milestones set out line by line under period headings, grouped by workstream: a one-column table
whose rows a text layer gives as paragraphs.

    Key milestones                                      <- bold
    Q1 April - June 2021                                <- bold: a period, its dates
    Governance                                          <- bold: a workstream
    Regional board established.                         <- a line: a milestone due by the period's end
    Pathways
    All trusts to have a procedure for triage in place.
    To include as a minimum:                            <- a line that opens a list: the item's detail
    Glaucoma referral.
    Q2 July - September 2021
    …

A reader takes each plain line under a period heading as a piece of work due by the period's end,
the bold line over it (short, not closing a sentence) as its area, and the period heading as its
timeframe; a period's lines run on over a page break until the next period heading. A line that
closes with a colon opens the detail of the item above ('To include as a minimum:'): it and the lines
after it, to the next bold line, are kept aside with that item. The evidence of the shape: two period
headings or more (bold lines that print a period and nothing else: a quarter's code, months, a year)
with plain lines under each, six in all, grouped under two workstreams or more.

Guidance often says before such a timeline who is asked to do what: '<Body> are asked to: ● … ● …'
(the cue words in vocab.ASKED_TO_WORDS). Each bullet is an action of the body named, its area the
bold line over the paragraph ('Delivery structures:').
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.dates import date_spans
from planx.normalise.horizons import _only_period_words
from planx.normalise.lists import ListAction, ListReading
from planx.normalise.text import squash, words_over
from planx.normalise.vocab import ASKED_TO_WORDS

_MIN_PERIODS = 2
_MIN_ITEMS = 6
_MIN_AREAS = 2  # the workstreams the lines are grouped by
_PERIOD_WORDS = 8  # a period heading is this many words at most
_GROUP_WORDS = 6  # a workstream's heading is this many words at most
_ITEM_WORDS = 3  # a milestone says more than this many words
# a quarter's or a half's code before the period's dates ('Q1 April - June 2021', 'H2 2025')
_CODE = re.compile(r"^\s*(?:Q[1-4]|Quarter\s+[1-4]|H[12]|Half\s+[12])\b[\s:,–—-]*", re.I)
_ASKED = re.compile(r"^(?P<who>[A-Z][^:●•▪◦]{1,80}?)\s+(?:is|are)\s+(?P<cue>[a-z]+)\s+to\s*:\s*(?P<items>[●•▪◦].*)$",
                    re.S)
_BULLET = re.compile(r"\s*[●•▪◦]\s*")


@dataclass
class _Milestone:
    block: int
    text: str
    period: str
    area: str
    aside: list[str] = field(default_factory=list)


def period_heading(text: str) -> str:
    """The dates of a line that prints a period and nothing else ('Q1 April - June 2021' → 'April -
    June 2021'), '' for any other line."""
    t = squash(text)
    if not t or words_over(t, _PERIOD_WORDS):
        return ""
    dates = _CODE.sub("", t, count=1)
    spans = date_spans(dates, 2000)
    if not spans:
        return ""
    rest = dates
    for start, end, _ in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    return dates.strip() if _only_period_words(rest) else ""


def _bold(b: Paragraph) -> bool:
    """A line set in bold, or as a heading of no stated rank: a row heading of a one-column table. A
    document's ranked headings ('## Q1 2025' in Markdown) are read by the readers of headings and lists
    (a roadmap's stages, normalise/roadmaps.py)."""
    return (b.bold or b.heading) and not b.rank


def _milestones(raw: RawDocument) -> tuple[list[_Milestone], set[int], int]:
    """The lines read under period headings, the blocks read, and how many periods hold lines."""
    found: list[_Milestone] = []
    read: set[int] = set()
    period = area = ""
    periods: set[str] = set()
    detail = False
    for i, b in enumerate(raw.blocks):
        if isinstance(b, Table):
            if period:
                break
            continue
        text = squash(b.text)
        if not text:
            continue
        if _bold(b):
            dates = period_heading(text)
            if dates:
                period, area, detail = text, "", False
                read.add(i)
                continue
            if not period:
                continue
            if words_over(text, _GROUP_WORDS) or text.endswith((".", ":", "?")):
                break  # a heading of another part: the timeline ends
            area, detail = text, False
            read.add(i)
            continue
        if not period:
            continue
        if detail or (text.endswith(":") and found):
            detail = True
            found[-1].aside.append(text)
            read.add(i)
            continue
        if not words_over(text, _ITEM_WORDS):
            continue  # a page's running line, a number: not read
        found.append(_Milestone(i, text, period, area))
        periods.add(period)
        read.add(i)
    return found, read, len(periods)


def _asked(raw: RawDocument, before: int) -> tuple[list[ListAction], set[int]]:
    """The actions guidance asks of a body before the timeline ('ICSs are asked to: ● … ● …')."""
    actions: list[ListAction] = []
    read: set[int] = set()
    area = ""
    for i, b in enumerate(raw.blocks[:before]):
        if not isinstance(b, Paragraph):
            continue
        text = squash(b.text)
        if _bold(b) and not words_over(text, _GROUP_WORDS):
            area = text.rstrip(": ")
            continue
        m = _ASKED.match(text)
        if m is None or m.group("cue") not in ASKED_TO_WORDS:
            continue
        who = m.group("who").strip()
        for item in _BULLET.split(m.group("items")):
            item = item.strip()
            if words_over(item, _ITEM_WORDS):
                context = {"area": area} if area else {}
                actions.append(ListAction({"action": item, "lead": who}, context, i, b.page, b.line, []))
                read.add(i)
    return actions, read


def read_period_lines(raw: RawDocument) -> ListReading | None:
    """The milestones of a timeline set out as lines under period headings and workstream headings,
    with what guidance asks of each body before it; None for any other shape."""
    found, read, periods = _milestones(raw)
    if periods < _MIN_PERIODS or len(found) < _MIN_ITEMS:
        return None
    if len({ms.area for ms in found if ms.area}) < _MIN_AREAS:
        return None  # no workstreams grouping the lines: dated headings over prose, not this table
    actions: list[ListAction] = []
    for ms in found:
        b = raw.blocks[ms.block]
        assert isinstance(b, Paragraph)
        context = {"timeframe": ms.period}
        if ms.area:
            context["area"] = ms.area
        fields = {"action": ms.text, "due": period_heading(ms.period)}
        actions.append(ListAction(fields, context, ms.block, b.page, b.line, [], aside=ms.aside,
                                  aside_why="the detail a milestone's line opens with a colon" if ms.aside else ""))
    asked, asked_read = _asked(raw, found[0].block)
    why = (f"{len(found)} milestones read from lines under {periods} period headings (bold lines printing a "
           "period and nothing else), each due by its period's end, the bold line over it its area")
    if asked:
        why += f"; {len(asked)} actions read from what the document asks of a body ('… are asked to: ● …')"
    return ListReading(asked + actions, read | asked_read, 0.75, why)


__all__ = ["period_heading", "read_period_lines"]
