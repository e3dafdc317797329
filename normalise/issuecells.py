"""A column headed as two fields joined by a slash ('Issue / Action', 'Topic / Action') whose cells
print both: a short title on a line of its own, then what is to be done.

A panel's actions report (DCLG's Local Public Data Panel, July 2012) heads its second column
'ISSUE / ACTION' and writes in each cell the issue's title on a line of its own, then the action:

    Arms Length Body Data update
    (blank line)
    Olivia Burman to liaise with ERG in advance of the next Panel meeting …

The same panel's earlier reports print the two in columns of their own ('Issue | Action'). Read as
one text, the title runs into the action ('Arms Length Body Data update Olivia Burman to liaise …')
and the issue is lost as the area. The heading says the cell holds two things, and the layout says
where one ends: the title paragraph is the area, the rest the action. A cell of the title alone
(a paper the panel is writing, its sub-tasks in a column beside) is the action itself.
"""
from __future__ import annotations

import re

from planx.normalise.headers import DECENT, read_heading
from planx.normalise.text import words_over

# the first paragraph is a title: this many words at most …
TITLE_WORDS = 10
# … the heading names the area beside the action at this score at least (a part of a two-part heading)
PART_NAMES_AREA = 50.0

_TWO_PARTS = re.compile(r"\S\s*/\s*\S")
_LIST_MARK = re.compile(r"^(?:[•\-–·*▪o]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)")


def names_area_and_action(label: str) -> bool:
    """Does a heading join the area (an issue, a topic) and the action by a slash ('ISSUE / ACTION',
    'Issue/Action'), so that a cell under it may print both?"""
    if not label or not _TWO_PARTS.search(label):
        return False
    readings = read_heading(label)
    return (any(r.field == "action" and r.score >= DECENT for r in readings)
            and any(r.field == "area" and r.score >= PART_NAMES_AREA for r in readings))


def title_then_action(text: str) -> tuple[str, str] | None:
    """(title, action) of a cell that prints a short title on its first line (Word's blank paragraph
    after it is gone by now), then the action (a longer text); None when the cell is one line, or
    its first line is no title (too long, or opening a list)."""
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    if len(lines) < 2 or _LIST_MARK.match(lines[0]):
        return None
    title, rest = " ".join(lines[0].split()), "\n".join(lines[1:])
    words = title.split()
    if len(words) > TITLE_WORDS or title.endswith((":", ",", ";")) or not words_over(rest, 2):
        return None
    return title, rest


__all__ = ["names_area_and_action", "title_then_action"]
