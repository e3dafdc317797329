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
    # no sentence ends before it: the words run on as the lead's value
    assert read_labels("Lead: Ann Lee By: Annually")[1].get("due") is None
