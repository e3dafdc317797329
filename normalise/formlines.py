"""A form whose labels stand on lines of their own, each over its value.

    What:                                    **Who is responsible**
    Run a termly forum for parent carers     Participation Lead
    Who is responsible:                      **Deadline**
    Participation Lead                       July 2026

A reader pairs each label with the line below it. planx does so when the document gives the
evidence of a form: a paragraph that is a label alone (a short line that names a form's field by
meaning, normalise/headers, and ends with a colon or is printed all in bold), followed by a
paragraph that is not one; and such pairs recur, the action's label among them and at least one
other field's, three pairs or more. Each pair is then read as the one line 'Label: value' that it
stands for, so the walker's reader of labelled lines (structure.Walker.paragraph) reads the form.

A numbered line right above a form's action label ('1. Identify needs early' over 'Action: …') is
the heading the forms come under (their area), not an action of its own.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from planx.extract.model import Block, Paragraph
from planx.normalise.text import squash, words_over

_MAX_LABEL_WORDS = 6
_MIN_PAIRS = 3


def lone_label(p: Block, field_of: Callable[[str], str]) -> str:
    """The label a paragraph is when it is a label alone ('Who is responsible:', a bold 'Deadline'),
    its field read by field_of; '' otherwise."""
    if not isinstance(p, Paragraph):
        return ""
    text = squash(p.text)
    label = text.rstrip(" :")
    if not label or words_over(label, _MAX_LABEL_WORDS) or not (text.endswith(":") or p.bold):
        return ""
    if _LABELLED.match(label):
        return ""  # a bold 'Strategy 1.1: Improve municipal buildings' has its value: a heading, not a label alone
    return label if field_of(label) else ""


def labels_over_values(blocks: Sequence[Block], field_of: Callable[[str], str]) -> dict[int, Paragraph]:
    """{index of a label's paragraph: the 'Label: value' paragraph it and the value below it stand
    for}; the value's paragraph is the next block. Empty when the document shows no such form."""
    pairs: dict[int, Paragraph] = {}
    fields: list[str] = []
    i = 0
    while i + 1 < len(blocks):
        label = lone_label(blocks[i], field_of)
        value = blocks[i + 1]
        if label and isinstance(value, Paragraph) and value.text.strip() and not value.heading \
                and not lone_label(value, field_of) and not _stands_alone(value, field_of) \
                and not numbered_under(label, value.text):
            first = blocks[i]
            assert isinstance(first, Paragraph)
            pairs[i] = replace(value, text=f"{label}: {squash(value.text)}", line=first.line, bold=False, lead_bold="")
            fields.append(field_of(label))
            i += 2
            continue
        i += 1
    if len(pairs) < _MIN_PAIRS or "action" not in fields or len(set(fields)) < 2:
        return {}
    return pairs


# A list item's marker: a label over a list ('Milestones:' over '1. Pilot sites identified …') heads
# the list, which the list readers take item by item; it is no label over one value. (Word's Symbol-font
# bullets are private-use characters: '\uf0b7 Launch the grant …' in a PDF it printed.)
_LIST_ITEM = re.compile(r"^\s*(?:[-–•▪◦*·●○■►➢✓›❯\uf0b7\uf0a7\uf0d8\uf076\uf0fc]|\(?\d{1,2}[.)]|\(?[a-z][.)]"
                        r"|\([ivx]+\))\s+\S")
# A line that is already 'Label: value' ('Priority: 1 – Leadership', 'Lead officer: J Smith').
_LABELLED = re.compile(r"^\s*([^:]{1,60}?)\s*:\s+\S")


# a paragraph's number: an agenda item's ('6 Finance Update', '6. Finance') or a sub-item's ('6.1 Our …')
_ITEM_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")


def numbered_under(label: str, text: str) -> bool:
    """Is the paragraph numbered as a sub-item of the would-be label's number ('6 Finance Update' in
    bold over '6.1 Our bank balance …')? Then the line above is a numbered heading (a minute's agenda
    item) over its items, no label waiting for its value."""
    head, below = _ITEM_NUMBER.match(label), _ITEM_NUMBER.match(text)
    return bool(head and below and below.group(1).startswith(head.group(1) + "."))


def _stands_alone(value: Paragraph, field_of: Callable[[str], str]) -> bool:
    """The paragraph under a would-be label reads on its own: a list item, or a labelled line of
    its own ('Action 2.1' titling a form whose lines are 'Priority: …', 'Action: …'), so the line
    above is a title or a list's heading, not a label waiting for its value."""
    text = squash(value.text)
    if _LIST_ITEM.match(text):
        return True
    m = _LABELLED.match(text)
    return bool(m and field_of(m.group(1)))


_NUMBERED = re.compile(r"^\s*(\d{1,2}|[A-Z])\s*[.):]\s+(\S.*)$", re.S)
_MAX_HEADING_WORDS = 16


def headings_over_forms(blocks: Sequence[Block], line_field: Callable[[str], str]) -> dict[int, tuple[str, str]]:
    """{index: (number, title)} of numbered lines that head forms ('1. Identify needs early' over
    'Action: …' / 'Owner: …' lines): the line right below one names the action by its own label
    (line_field gives a labelled line's field), so the numbered line is not the action but the
    area its forms come under. Short, and no sentence (no full stop at its end)."""
    from planx.normalise.minutes import dated_list_label  # minutes imports much of normalise
    out: dict[int, tuple[str, str]] = {}
    for i, block in enumerate(blocks[:-1]):
        if not isinstance(block, Paragraph):
            continue
        text = squash(block.text)
        m = _NUMBERED.match(text)
        below = blocks[i + 1]
        if m is None or words_over(text, _MAX_HEADING_WORDS) or text.endswith(".") \
                or not isinstance(below, Paragraph) or _NUMBERED.match(squash(below.text)):
            continue
        if below.heading and dated_list_label(squash(below.text)):
            continue  # '## Action Items - 2/22/2021': the next meeting's list under its heading, no form's line
        if line_field(squash(below.text)) == "action":
            out[i] = (m.group(1), m.group(2).strip())
    return out
