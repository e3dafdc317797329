"""A status set in capitals after a dash hugging it ('Phase II Revenue review -IN PROGRESS') ends a list
item or a point: the item's status, not its text (normalise/codes.CAPITAL_STATUS_DASH)."""
from __future__ import annotations

import pytest

from planx.normalise.lists import _dated_parts
from planx.normalise.milestones import item_status
from planx.normalise.minute_marks import trailing_status


@pytest.mark.parametrize("text, item, status", [
    ("Phase II Revenue review and grant applications -IN PROGRESS", "Phase II Revenue review and grant applications",
     "IN PROGRESS"),
    ("Phase I Immediate cost containment –COMPLETED", "Phase I Immediate cost containment", "COMPLETED"),
    ("Phase III Long-term restructuring – NOT STARTED", "Phase III Long-term restructuring", "NOT STARTED"),
])
def test_a_status_in_capitals_after_a_dash_is_the_items_status(text, item, status):
    assert trailing_status(text) == (item, status)
    assert _dated_parts(text) == {"action": item, "status": status}
    found = item_status(text)
    assert found is not None and (found.text, found.raw) == (item, status)


def test_a_hugging_dash_before_capitals_is_sure_where_a_spaced_dash_before_lower_case_is_not():
    sure = item_status("Phase II Revenue review -IN PROGRESS")
    loose = item_status("Draft – agreed")
    assert sure is not None and sure.sure
    assert loose is not None and not loose.sure


@pytest.mark.parametrize("text", [
    "Agree the budget with the LA-COMPLETE",  # no space before the dash: a hyphenated word
    "Meet the NHS -DONE and report",  # capitals not at the end
    "Set up the SEND-IN group",
    "Report to the board -Done",  # not in capitals, dash hugging: a hyphen's slip, left as printed
])
def test_capitals_hyphenated_into_the_text_or_mid_item_stay_its_text(text):
    assert trailing_status(text) == (text, "")
    assert _dated_parts(text) == {"action": text}
