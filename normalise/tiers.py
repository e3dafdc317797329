"""Tiers of grouping over a plan's actions: which titled line is the area, which the objective.

Plans print their grouping in two or three tiers above the actions: numbered sections ('1. Energy',
'2. Transport') over lettered sub-sections ('A. Renewable supply', 'B. Energy efficiency') over the
actions ('1.A.3 …'); or a section '2. Transport' over '2.1 Active travel' over '2.1.1 …'. A reader
takes the top tier that groups the actions under a title for the area (its code the area_ref) and
the next tier for the objective within it; the sub-section's letter starts again under each section,
which is why it cannot be the area.

The evidence is the codes' own shape, not a list of words:
- a code within the area's ('2.3' within '2') is a part of it;
- a code of another shape than the area's ('A' under '1': a letter where the area has a number)
  printed right under the area's title, before any action, opens a tier below it; its siblings
  (the same shape again, under the same area) are that tier's too;
- a code of the area's own shape is the next area (and ends the objective).
Where a document has one tier, no titled line stands right under another: nothing changes there.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from planx.extract.model import Paragraph
from planx.normalise.reflevels import code_levels, under
from planx.normalise.text import squash

# an outline code of two or three levels before a capitalised title ('2.3 Active travel', '1.A Renewable
# supply', '2.3. Cycling'): a code the area's numbered heading ('2. Transport') may hold within it
_OUTLINE_TITLE = re.compile(r"^\s*(\d{1,2}\.(?:\d{1,2}|[A-Z])(?:\.(?:\d{1,2}|[A-Za-z]))?)\.?\s+([A-Z].*)$")

Shape = tuple[str, ...]
_SIZE_STEP = 0.5  # points of type larger that set a heading a tier above another, where no rank says


def outline_title(text: str) -> tuple[str, str] | None:
    """The code and title of a line opening with an outline code of two or three levels ('2.3 Active
    travel' → ('2.3', 'Active travel')), or None."""
    m = _OUTLINE_TITLE.match(squash(text))
    return (m.group(1), m.group(2).strip()) if m else None


def code_shape(code: tuple[str, ...]) -> Shape:
    """Each level's kind: 'n' a number, 'a' a letter ('1.A.3' → ('n', 'a', 'n'))."""
    return tuple("n" if part.isdigit() else "a" for part in code)


@dataclass
class TierState:
    """The tier below the area that titled lines have opened, for the area in hand: the area it
    belongs to (ref and title) and its codes' shape."""
    area: tuple[str, str] = ("", "")
    shape: Shape = ()

    def sub_tier(self, area_ref: str, area: str, ref: str, right_under: bool) -> bool:
        """Is a titled line coded `ref` a tier below the area in hand (coded `area_ref`, titled `area`),
        its objective? right_under: it stands right under the area's own title, no action between.
        A yes is remembered, so that its siblings read alike under the same area."""
        outer, own = code_levels(area_ref), code_levels(ref) if ref else ()
        if not area or outer is None or own is None:
            return False  # (no code, shape (): a titled line under a numbered area, 'Renewable supply')
        shape = code_shape(own)
        if under(own, outer):
            deeper = True  # '2.3 Active travel' within '2. Transport'
        elif shape[:len(outer)] == code_shape(outer):
            # '2. Transport' after '1. Energy': the next area ('3.1' under '2' is no part of it either)
            deeper = False
        else:
            deeper = right_under or (self.area == (area_ref, area) and shape == self.shape)
        if deeper:
            self.area, self.shape = (area_ref, area), shape
        return deeper


def _outranks(outer: Paragraph, inner: Paragraph) -> bool:
    """Is `outer` a heading of a higher tier than `inner`: a higher rank where the source ranks its
    headings (Word's Heading 1 over Heading 2, Markdown's '#' over '##'), else larger type (a PDF)?"""
    if outer.rank and inner.rank:
        return outer.rank < inner.rank
    return bool(outer.size and inner.size) and outer.size > inner.size + _SIZE_STEP


def _coded(text: str) -> tuple[str, str] | None:
    """A heading's code and title ('1. Energy', 'Theme 2: Transport', '2.3 Active travel'), or None."""
    from planx.normalise.banners import area_heading  # (banners reads a great deal; not needed at import)
    return area_heading(text) or outline_title(text)


def tier_below(outer_ref: str, inner_ref: str) -> bool:
    """Do the codes say the inner heading is a tier below the outer one: within it ('2.3' in '2') or
    of another shape ('A' under '1')? The same shape is a sibling, never a tier below."""
    outer, inner = code_levels(outer_ref), code_levels(inner_ref) if inner_ref else ()
    if outer is None or inner is None:
        return False  # (an uncoded inner heading under a numbered one: of another shape, ())
    return under(inner, outer) or code_shape(inner)[:len(outer)] != code_shape(outer)


def headings_over_areas(blocks: Sequence[object], areas: dict[int, tuple[str, str]],
                        heading: Callable[[Paragraph], bool]) -> tuple[dict[int, tuple[str, str]], dict[int, str]]:
    """The numbered headings one tier above the headings read as areas (`areas`: those written over
    the tables, 'A. Renewable supply' or '1.1 Renewable supply'), as {block index: (code, title)}: a
    Word 'Heading 1' '1. Energy' over its 'Heading 2' sub-sections, each over a table. Those outer
    headings are the areas; the headings under them the objectives, given as {block index: title}
    (CONTRACT 'Which grouping is the area'). Only where every area heading stands under such a heading,
    two of them at least, each a tier below its own by the codes (unnumbered area headings, under two
    numbered sections at least: one numbered heading over them all may be the document's own part, '1.
    Our priorities'); an unnumbered outer heading holds nothing (the nearest heading stays the area, as
    the contract says). ({}, {}) else."""
    codes = {i: (ref, title) if ref else outline_title(title) or ("", title) for i, (ref, title) in areas.items()}
    if len(codes) < 2 or any(c[0] and code_levels(c[0]) is None for c in codes.values()):
        return {}, {}
    found: dict[int, tuple[str, str]] = {}
    for i, code in codes.items():
        inner = blocks[i]
        if not isinstance(inner, Paragraph):
            return {}, {}
        # the nearest heading above it of a higher tier (its siblings above it are passed over)
        j = next((j for j in range(i - 1, -1, -1) if isinstance(b := blocks[j], Paragraph) and heading(b)
                  and _outranks(b, inner)), None)
        if j is None or j in areas:
            return {}, {}  # no heading above it of a higher tier, or one read as an area itself: one tier
        outer = blocks[j]
        assert isinstance(outer, Paragraph)
        own = _coded(outer.text)
        if own is None or not tier_below(own[0], code[0]):
            return {}, {}
        found[j] = own
    if len(found) < 2 and not all(c[0] for c in codes.values()):
        return {}, {}
    return found, {i: c[1] for i, c in codes.items()}
