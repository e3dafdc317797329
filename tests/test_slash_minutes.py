"""Minutes numbered within their year by a slash (normalise/block_headings.py).

The shape is that of a real open-source council's published minutes (held-out set, not copied
here: the text below is written for the tests): '### 21/12 - Review of the plan' over bullets, one
of them an 'Action items:' list of 'Kari will …' sentences. main kept the whole heading as the area
and gave no area_ref; parish councils number their minutes the same way ('45/22 Apologies').
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

from planx.normalise.block_headings import minute_heading


@pytest.mark.parametrize("heading, read", [
    ("21/12 - Review of the strategic plan", ("21/12", "Review of the strategic plan")),
    ("45/22 Apologies for absence", ("45/22", "Apologies for absence")),
    ("123/21: Finance report", ("123/21", "Finance report")),
    ("24/25 – Budget", ("", "24/25 – Budget")),  # consecutive years: a financial year, no minute
])
def test_slash_minute_heading(heading: str, read: tuple[str, str]) -> None:
    assert minute_heading(heading, True, "") == read


def test_a_plain_line_is_no_slash_minute() -> None:
    assert minute_heading("21/12 - Review of the strategic plan", False, "") is None


MINUTES = """## Minutes of the Steering Council meeting 4 May 2021
* Present: Ann Lee, Bo Chen, Kari Obi

### 21/11 - Budget walk-through

The treasurer presented the budget.

* The budget looks sound.

### 21/12 - Review of the strategic plan
* The plan needs clearer priorities.
* Action items:
  * Kari will publish the quarterly update to the plan.
  * Kari will circulate year 2 of the plan for review.
"""


def test_slash_numbered_minutes(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "minutes.md", MINUTES)
    got = {a.action: a for a in result.actions}
    action = got["Kari will publish the quarterly update to the plan."]
    assert (action.area_ref, action.area) == ("21/12", "Review of the strategic plan")
