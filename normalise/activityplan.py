"""A grant narrative's or a project proposal's section of numbered activities, each with the
measure of its success, and one lead named for them all:

    7.  SPECIFIC ACTIVITIES –                                    <- a section heading naming activities
    1. Clear the weed from the reserve                           <- numbered titles: the actions
    Clearing requires monthly surveys and spot treatment …       <- its description (kept aside)
    - Progress will be measured by the area found clear …        <- how its success is measured
    2. Plant a buffer strip along the boundary
    …
    All activities above will be led by Dana Reyes, the …        <- the lead of every activity
    8.  KEY PERSONNEL –                                          <- the next section ends it

The evidence is the heading (vocab.ACTIVITY_SECTION_HEADINGS, after the section's own number) and
two or more titles under it numbered 1, 2, 3 … in turn, each over text of its own. A line of an
activity's text saying how it will be measured ('Progress will be measured in …', 'Success will be
assessed by …') is its measure; a sentence of the section naming who leads the activities ('All
activities above will be led by …') gives each its lead. The section ends at the next section
numbered after the heading's, or at a styled heading.
"""
from __future__ import annotations

import re

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.lists import ListAction, ListReading
from planx.normalise.text import fold, squash
from planx.normalise.vocab import ACTIVITY_SECTION_HEADINGS

_MIN_ACTIVITIES = 2
_TITLE_WORDS = 30  # an activity's numbered title: this many words at most (a paragraph is no title)
# a section's heading: its number, its words, a closing dash or colon ('7.  SPECIFIC ACTIVITIES –')
_SECTION = re.compile(r"^\s*(?:(?P<num>\d{1,2})\s*[.)]\s*)?(?P<words>[^\d].*?)\s*[-–—:]?\s*$")
_NUMBERED = re.compile(r"^\s*(?P<num>\d{1,2})\s*[.)]\s+(?P<rest>\S.*)$", re.S)
# a line saying how an activity's success will be measured, after a dash or bullet it may open with
_MEASURE = re.compile(r"\b(?:will|shall|can|is|are)\s+be\s+(?:measured|assessed|evaluated|tracked|monitored)\b"
                      r"|\bmeasures?\s+of\s+success\b|\bsuccess\s+(?:will\s+be\s+)?measured\b", re.I)
_OPENING_MARK = re.compile(r"^\s*[-–—•▪◦*]\s*")
# who leads the section's activities, all of them: a name in capitals up to a comma, a bracket or the end
_LEAD = re.compile(r"(?i:\b(?:all|each\s+of\s+the|the)?\s*(?:above\s+)?activities(?:\s+above)?\s+"
                   r"(?:will\s+be|are|shall\s+be)\s+led\s+by\s+)"
                   r"(?P<who>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|di|del|la|le)){0,4})")


def _section_number(text: str) -> tuple[str, str] | None:
    """(number, words folded) of a line that may head a section ('7.  SPECIFIC ACTIVITIES –' →
    ('7', 'specific activities')); None for a longer line."""
    m = _SECTION.match(squash(text))
    if m is None or len(m.group("words").split()) > 6:
        return None
    return m.group("num") or "", fold(m.group("words"))


def _form(p: Paragraph) -> tuple[bool, bool]:
    """How a section's heading is set: in capitals, its number followed by two spaces or more."""
    return p.text.strip().isupper(), bool(_SPACED_NUMBER.match(p.text))


def _ends_section(p: Paragraph, head: Paragraph, number: str) -> bool:
    """Does the paragraph open the section after the activities' ('8.  KEY PERSONNEL –' after '7.
    SPECIFIC ACTIVITIES –', numbered next and set as it is), or is it a styled heading as high as theirs?"""
    if p.heading and (not head.heading or not head.rank or not p.rank or p.rank <= head.rank):
        return True
    read = _section_number(p.text)
    return bool(number) and read is not None and read[0] == str(int(number) + 1) and _form(p) == _form(head)


# a section's number then two spaces or more ('8.  KEY PERSONNEL'), as a form's sections print it
_SPACED_NUMBER = re.compile(r"^\s*\d{1,2}\.\s{2,}\S")


def read_activity_sections(raw: RawDocument) -> ListReading | None:
    """The activities of a section headed as such ('SPECIFIC ACTIVITIES'), each numbered title an
    action with its measure and the lead the section names; None for any other shape."""
    blocks = raw.blocks
    for i, b in enumerate(blocks):
        if not isinstance(b, Paragraph):
            continue
        head = _section_number(b.text)
        if head is None or head[1] not in ACTIVITY_SECTION_HEADINGS:
            continue
        reading = _read_section(blocks, i, head[0])
        if reading is not None:
            return reading
    return None


def _read_section(blocks: list, at: int, number: str) -> ListReading | None:
    section: list[tuple[int, Paragraph]] = []
    for k in range(at + 1, len(blocks)):
        p = blocks[k]
        if not isinstance(p, Paragraph) or _ends_section(p, blocks[at], number):
            break
        section.append((k, p))
    titles: list[int] = []  # positions in section of the activities' numbered titles
    for pos, (_, p) in enumerate(section):
        m = _NUMBERED.match(p.text)
        if m is None or len(m.group("rest").split()) > _TITLE_WORDS:
            continue
        if int(m.group("num")) == len(titles) + 1:
            titles.append(pos)
    if len(titles) < _MIN_ACTIVITIES:
        return None
    bounds = [*titles, len(section)]
    if any(bounds[n + 1] - bounds[n] < 2 for n in range(len(titles))):
        return None  # a title with no text of its own under it: a list of names, no activities set out
    lead = ""
    for _, p in section:
        if (m := _LEAD.search(p.text)) is not None:
            lead = m.group("who").strip()
    actions: list[ListAction] = []
    read: set[int] = {at}
    aside: set[int] = set()
    for n, pos in enumerate(titles):
        k, p = section[pos]
        m = _NUMBERED.match(p.text)
        assert m is not None
        fields = {"action": squash(m.group("rest"))}
        for k2, q in section[pos + 1:bounds[n + 1]]:
            if "measure" not in fields and _MEASURE.search(q.text) and not _LEAD.search(q.text):
                fields["measure"] = squash(_OPENING_MARK.sub("", q.text))
                read.add(k2)
            else:
                aside.add(k2)  # the activity's description (the lead's sentence too): kept aside
        if lead:
            fields["lead"] = lead
        actions.append(ListAction(fields, {"area_ref": "", "area": ""}, k, p.page, p.line))
        read.add(k)
    measured = sum("measure" in a.fields for a in actions)
    why = (f"{len(actions)} actions read from the numbered activities of a section headed as such, "
           f"{measured} with the measure of their success" + (f", all led by {lead}" if lead else ""))
    return ListReading(actions, read | aside, 0.7, why, trusted=True,
                       trusted_by="numbered activities under a section heading naming them", aside=aside)


__all__ = ["read_activity_sections"]
