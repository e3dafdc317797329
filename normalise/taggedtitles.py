"""Work still to be done, listed as short titles each tagged with a priority, under a heading naming it.

    4. Outstanding work                                           <- a heading naming work still to do
    The following items have been logged. High priority items …   <- its introduction (the walker's)
    [High]  TODO-01  Mobile layout review                         <- a title: the action
    Check all pages at small viewport widths …                    <- its description: kept aside
    [Medium]  TODO-02  Footer colour alignment
    …

A development summary, a handover note or a project report often closes with what is left to do,
not as a table or a bulleted list but as a run of short lines, each opening with a priority tag in
brackets ('[High]', '(Low)': vocab.PRIORITY_LEVELS) and perhaps the item's own reference
('TODO-01', 'ISSUE-7'), then a title naming the work, each over a paragraph describing it. A person
reads each title as a task: the heading says the items are work outstanding (its words:
vocab.OUTSTANDING_WORK_HEADING_WORDS / _PHRASES), the tags rank them as a backlog does. The title
is the action, the reference its ref; the tag and the description are kept aside with it (nothing
lost). Items elsewhere in the document (what was done, decisions) are not read here.
"""
from __future__ import annotations

import re

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.lists import ListAction, ListReading
from planx.normalise.text import fold, squash
from planx.normalise.vocab import (
    LEVELLED_THINGS,
    OUTSTANDING_WORK_HEADING_PHRASES,
    OUTSTANDING_WORK_HEADING_WORDS,
    PRIORITY_LEVELS,
)

_MIN_TITLES = 2  # fewer tagged titles are no list of work
_TITLE_WORDS = 14  # a title is short
_HEADING_WORDS = 8  # a section heading is short
# '[High]  TODO-01  Mobile layout review': a bracketed tag, perhaps a reference, then the title
_TAGGED = re.compile(r"^\s*[\[(](?P<tag>[A-Za-z0-9][A-Za-z0-9 ]{0,20})[\])]\s+"
                     r"(?:(?P<ref>[A-Z][A-Za-z]{0,11}[-_ ]?\d{1,4}[a-z]?)\s+(?:[–—:-]\s+)?)?(?P<title>\S.*)$", re.S)
_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+")


def _priority(tag: str) -> bool:
    """'High', 'Low priority', 'P1': a tag that ranks an item."""
    words = fold(tag).split()
    if len(words) == 1 and re.fullmatch(r"p[0-4]", words[0]):
        return True
    return bool(words) and words[0] in PRIORITY_LEVELS and not words[0].isdigit() \
        and all(w in LEVELLED_THINGS for w in words[1:])


def tagged_title(p: object) -> tuple[str, str, str] | None:
    """(tag, reference, title) of a short line that opens with a priority tag in brackets ('[High]
    TODO-01 Mobile layout review'); None for any other block."""
    if not isinstance(p, Paragraph):
        return None
    m = _TAGGED.match(squash(p.text))
    if m is None or not _priority(m.group("tag")):
        return None
    title = m.group("title").strip()
    if not 1 <= len(title.split()) <= _TITLE_WORDS or title.endswith((".", ":", ";", ",")):
        return None
    return m.group("tag").strip(), (m.group("ref") or "").strip(), title


def names_outstanding_work(text: str) -> bool:
    """'4. Outstanding work', 'Remaining tasks', 'Still to do': a heading naming work still to be done."""
    key = fold(_NUMBER.sub("", text))
    words = key.split()
    if not words or len(words) > _HEADING_WORDS:
        return False
    return bool(OUTSTANDING_WORK_HEADING_WORDS & set(words)) or \
        any(f" {phrase} " in f" {key} " for phrase in OUTSTANDING_WORK_HEADING_PHRASES)


def _heading(p: object) -> bool:
    return isinstance(p, Paragraph) and (p.heading or p.bold) and 0 < len(p.text.split()) <= _HEADING_WORDS \
        and not p.text.strip().endswith((".", ";", ","))


def read_tagged_titles(raw: RawDocument) -> ListReading | None:
    """The actions of a section naming work outstanding that lists them as priority-tagged titles,
    each over its description; None when the document has no such section."""
    blocks = raw.blocks
    titles = [i for i, b in enumerate(blocks) if tagged_title(b) is not None]
    if len(titles) < _MIN_TITLES:
        return None
    # the heading the run of titles sits under: the nearest short bold line or heading above the first
    above = next((k for k in range(titles[0] - 1, -1, -1) if _heading(blocks[k])
                  and tagged_title(blocks[k]) is None), None)
    if above is None or not names_outstanding_work(blocks[above].text):  # type: ignore[union-attr]
        return None
    # the section runs to the next heading that is no title
    end = next((k for k in range(titles[0] + 1, len(blocks)) if _heading(blocks[k])
                and tagged_title(blocks[k]) is None), len(blocks))
    run = [i for i in titles if i < end]
    if len(run) < _MIN_TITLES:
        return None
    actions: list[ListAction] = []
    read: set[int] = set()
    aside: set[int] = set()
    for n, start in enumerate(run):
        stop = run[n + 1] if n + 1 < len(run) else end
        head = blocks[start]
        assert isinstance(head, Paragraph)
        found = tagged_title(head)
        assert found is not None
        tag, ref, title = found
        fields = {"action": title, **({"ref": ref} if ref else {})}
        actions.append(ListAction(fields, {}, start, head.page, head.line, [], aside=[f"[{tag}]"],
                                  aside_why="the priority tag an outstanding item's title opens with"))
        read.add(start)
        aside.update(j for j in range(start + 1, stop) if isinstance(blocks[j], Paragraph))
    why = (f"{len(actions)} action(s) read from the titles listed under '{squash(blocks[above].text)}'"  # type: ignore[union-attr]
           f" (a heading naming work outstanding), each opening with a priority tag (kept aside) over its"
           f" description (kept aside)")
    # the heading and the tags are the evidence, not the titles' wording (a backlog names its tasks
    # by nouns: 'Mobile layout review'): the guard takes them as a labelled list's
    return ListReading(actions, read | aside, 0.65, why, aside=aside, trusted=True,
                       trusted_by="priority-tagged titles under a heading naming work outstanding")


__all__ = ["names_outstanding_work", "read_tagged_titles", "tagged_title"]
