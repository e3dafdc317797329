"""'By:' as the label of a due date after the sentence before it ends, when its value is a
timescale with no date ('Who: Nadia Barker. By: Annually'), as a local account's labelled lines
print who and when (normalise/lists.py)."""
from __future__ import annotations

import pytest

from planx.normalise.lists import read_labels


@pytest.mark.parametrize("text, lead, due", [
    ("Who: Nadia Barker. By: Annually", "Nadia Barker", "Annually"),
    ("Who: Head of Adult Social Care. By: Ongoing - reviewed monthly", "Head of Adult Social Care",
     "Ongoing - reviewed monthly"),
    ("Who: Head of Adult Social Care. By: Q1 2025/26", "Head of Adult Social Care", "Q1 2025/26"),
])
def test_by_labels_a_timescale_after_a_sentence(text, lead, due):
    _, values, _ = read_labels(text)
    assert values == {"lead": lead, "due": due}


def test_by_before_a_person_or_inside_a_sentence_is_no_due_label():
    assert read_labels("By: J Smith")[1] == {}  # who, not when
    # before no timescale it stays the lead's words; lower-case, it is no label
    assert read_labels("Lead: Ann Lee By: the finance team")[1] == {"lead": "Ann Lee By: the finance team"}
    assert read_labels("Lead: Ann Lee by: annually")[1].get("due") is None


@pytest.mark.parametrize("text, lead, due", [
    ("Lead: Ann Lee By: Annually", "Ann Lee", "Annually"),  # a scan that lost the bar between them
    ("Lead: Deputy Chief Nurse By: Quarterly", "Deputy Chief Nurse", "Quarterly"),
    ("Lead: Phase Leaders   By: Ongoing", "Phase Leaders", "Ongoing"),  # set apart by spaces
    ("Lead: Phase Leaders | By: Ongoing", "Phase Leaders", "Ongoing"),  # by a bar
    ("Lead: Phase Leaders   By: July 2026", "Phase Leaders", "July 2026"),
])
def test_by_after_a_labelled_value_labels_the_timescale_after_it(text, lead, due):
    # a label belongs to the value after it, never glued to the value before ('Phase' + 'Leaders By:')
    assert read_labels(text)[1] == {"lead": lead, "due": due}
