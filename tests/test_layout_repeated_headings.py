"""Layout text whose table goes on over a page break, its heading line printed again atop the
later page, and that page's rows set a few characters left of the heading's columns ('…
programme in Key Deputy' with 'Deputy' left of 'Lead', 'statutory        Headteacher'): no gutter
is left between two columns, and the page alone runs them together ('Action Lead'). The repeated
heading keeps the columns its labels start (layouttext._repeated_heading_columns). Near-misses: a
later page with no repeated heading, a heading repeated with its labels far from where they were."""
from __future__ import annotations

import pytest

from planx.extract.layouttext import parse_layout
from planx.extract.model import Table

TOP = ["School Development Delivery Timeline 2026-27", "Brookfield Academy", ""]
HEAD = ["Ref     Action                                    Lead            Due          Status"]
PAGE1 = [
    "1.1     Consolidate the early years outdoor       English Lead    Jan 2027     Cancelled",
    "        learning area to improve consistency",
    "1.2     Update the personal development           Business        Feb 2027     Not started",
    "        curriculum to close the gaps identified   Manager",
    "1.3     Roll out the governor monitoring          Headteacher     Nov 2026     Not started",
    "        schedule to meet the statutory standard",
    "2.1     Refresh the pupil premium tutoring        Pastoral Lead   Dec 2026     Started",
    "        offer and embed learning from reviews",
]
PAGE2 = [
    "3.1     Publish the phonics programme in Key Deputy               Feb 2027     Ongoing",
    "        Stage 1 to meet the statutory        Headteacher",
    "        standard",
    "3.2     Agree the attendance first-day calling   Assistant Head   Jun 2026     Achieved",
    "        procedure to reduce repeat referrals.    (Inclusion)",
    "3.3     Launch the homework policy across all Business            Feb 2027     On track",
    "        sites.                                Manager",
]


def _cells(lines: list[str]) -> dict[str, dict[int, str]]:
    doc = parse_layout(TOP + lines)
    out: dict[str, dict[int, str]] = {}
    for t in (b for b in doc.blocks if isinstance(b, Table)):
        for r in t.rows:
            if r.cells and r.cells[0].text.strip():
                out[r.cells[0].text.strip()] = {c.col: c.text for c in r.cells}
    return out


@pytest.mark.parametrize("head2", [
    HEAD[0],
    HEAD[0].replace("Action                                    Lead", "Action                                   Lead"),
])
def test_a_repeated_heading_keeps_the_first_pages_columns(head2: str):
    cells = _cells(HEAD + PAGE1 + ["\f" + head2] + PAGE2)
    assert cells["3.1"][2] == "Deputy\nHeadteacher"
    assert cells["3.1"][1].split("\n")[0] == "Publish the phonics programme in Key"
    assert cells["3.2"][2] == "Assistant Head\n(Inclusion)"
    assert cells["3.3"][2] == "Business\nManager"
    assert cells["3.3"][1] == "Launch the homework policy across all\nsites."


def test_no_repeated_heading_no_columns_carried():
    # the later page prints no heading: its own layout is read, as before (the lead runs on)
    cells = _cells(HEAD + PAGE1 + ["\f" + PAGE2[0]] + PAGE2[1:])
    assert not any(c.get(2) == "Deputy\nHeadteacher" for c in cells.values())


def test_a_heading_repeated_far_from_its_columns_is_a_layout_of_its_own():
    moved = "Ref     Action                        Lead                        Due          Status"
    cells = _cells(HEAD + PAGE1 + ["\f" + moved] + PAGE2)
    assert not any(c.get(2) == "Deputy\nHeadteacher" for c in cells.values())
