"""A status column holding a date alone under a period heading (normalise/horizons.py): an
accessibility plan's '2018 Action Items' table prints 'January 1, 2021' under 'Status' for work not
yet done. That date is when the row is due; the heading's year only stands in where a row prints no
date of its own."""
from __future__ import annotations

import pytest

from planx.normalise.horizons import dated_alone, horizon_fields


@pytest.mark.parametrize("text, alone", [
    ("January 1, 2021", True), ("March\n2024", True), ("31/03/2025", True),
    ("2024", False),  # a year alone says no more than the heading does
    ("Completed", False), ("Completed May 2019", False), ("Completed annually and as necessary", False),
    ("Q2 2024", False), ("", False),
])
def test_a_date_alone(text, alone):
    assert dated_alone(text) is alone


def test_a_date_under_status_is_due_before_the_period_heading():
    ctx = {"horizon": "2018 Action Items"}
    out = horizon_fields({"action": "Publish the plan", "status": "January 1, 2019"}, ctx)
    assert out["due"] == "January 1, 2019"
    assert out["status"] == "January 1, 2019"  # the cell as printed stays the status_raw


def test_a_status_word_leaves_the_heading_period_as_due():
    ctx = {"horizon": "2018 Action Items"}
    out = horizon_fields({"action": "Publish the plan", "status": "Completed"}, ctx)
    assert out["due"] == "2018 Action Items"
