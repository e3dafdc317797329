"""A heading that only names the kind of list under it ('Example actions'), set in the same type as the
section headings, gives way to the section heading above it; a side box's heading ('Case study …') is
no area of the actions after the box. Synthetic documents only."""
from __future__ import annotations

from pathlib import Path

from planx.extract.model import Paragraph, Row, Table
from planx.normalise.block_headings import part_heading_of_cue, side_box_heading
from tests.conftest import convert_text

PLAN = """# Healthy Towns Strategy 2025-2028

## Building stronger neighbourhoods

Our neighbourhoods are where health is made. This priority is about joining up local services.

## Example actions

What: Open three community health hubs in the market towns

Who: Community Services

When: Short term (by March 2026)

What: Recruit volunteer health champions on every estate

Who: Voluntary Action Network

When: Ongoing

## Improving access to green space

Parks and rivers improve wellbeing. This priority is about making them easy to reach.

## Case study of a good walk

Maria joined a walking group last spring and now leads it twice a week.

## Example actions

What: Map every footpath within a mile of a school

Who: Countryside Team

When: Medium term (by March 2027)

What: Fund a cycle loan scheme for young people

Who: Active Travel Partnership

When: Long term (by March 2028)
"""


def test_a_cue_set_as_the_sections_are_gives_way_to_the_section_above(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "plan.md", PLAN)
    got = {a.action: a.area for a in result.actions}
    assert got["Open three community health hubs in the market towns"] == "Building stronger neighbourhoods"
    assert got["Recruit volunteer health champions on every estate"] == "Building stronger neighbourhoods"
    # the case study's box between the section's heading and its cue is no area
    assert got["Map every footpath within a mile of a school"] == "Improving access to green space"
    assert got["Fund a cycle loan scheme for young people"] == "Improving access to green space"
    kept = [left.text for left in result.leftovers]
    assert kept.count("Example actions") == 2 and "Case study of a good walk" in kept  # nothing lost


def _p(text: str, size: float = 11.0, bold: bool = False) -> Paragraph:
    return Paragraph(text=text, page=1, line=0, heading=size > 11.0, size=size, bold=bold)


def _pdf_blocks(box: bool) -> list:
    body = _p("This priority is about joining up the services people use near home.")
    table = Table(index=1, page=1, rows=[Row(cells=[], page=1, line=0)])
    blocks = [_p("Healthy Towns Strategy", 30.0, True), _p("Building stronger neighbourhoods", 15.0, True), body]
    if box:
        blocks += [_p("Case study of success", 15.0, True), _p("Sam stopped smoking with help from the hub.")]
    return [*blocks, _p("Example actions", 15.0, True), table]


def test_the_part_of_a_cue_is_the_nearest_section_set_alike_not_the_title() -> None:
    blocks = _pdf_blocks(box=False)
    assert part_heading_of_cue(blocks, 3, 11.0) == 1
    blocks = _pdf_blocks(box=True)  # past the side box's heading, to the section's
    assert part_heading_of_cue(blocks, 5, 11.0) == 1


def test_a_cue_under_a_heading_ranking_above_it_keeps_that_heading() -> None:
    blocks = [_p("Healthy Towns Strategy", 30.0, True), _p("Priority 1: Neighbourhoods", 15.0, True),
              _p("Key strengths", 12.0, True), _p("Strong local partnerships are in place."),
              _p("What we will do next", 12.0, True), Table(index=1, page=1, rows=[Row(cells=[], page=1, line=0)])]
    assert part_heading_of_cue(blocks, 4, 11.0) == 1


def test_side_box_headings_by_their_opening_words() -> None:
    assert side_box_heading("Case study of success")
    assert side_box_heading("Case studies:")
    assert side_box_heading("Spotlight on young carers")
    assert not side_box_heading("Cases of measles in schools")
    assert not side_box_heading("Working in partnership")
