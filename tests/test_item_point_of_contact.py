"""An action-item table whose owner column is headed by the item's point of contact ('POC', 'AI POC'),
and whose item text prints the row's own number again behind a label ('AI 2: …' in row '2.'): the
point of contact is the lead, the repeated label and number the ref (normalise/actions.py)."""
from __future__ import annotations

import pytest
from conftest import convert_text

from planx.normalise.actions import without_repeated_ref
from planx.normalise.headers import classify


@pytest.mark.parametrize("heading", ["POC", "Point of Contact", "AI POC", "Action POC", "POCs"])
def test_a_point_of_contact_heading_names_the_lead(heading):
    assert classify(heading)[0] == "lead"


@pytest.mark.parametrize(("action", "ref", "expected"), [
    ("AI 2: Draft the hosting plan", "2", "Draft the hosting plan"),
    ("Item 4.1 – Book the venue", "4.1", "Book the venue"),
    ("Phase 2: Draft the hosting plan", "5", "Phase 2: Draft the hosting plan"),  # not the row's number
    ("Q1 - Launch the survey", "1", "Q1 - Launch the survey"),  # a quarter, no label
    ("AI 2: Draft the hosting plan", "", "AI 2: Draft the hosting plan"),  # no ref to repeat
])
def test_a_label_and_number_repeating_the_rows_ref(action, ref, expected):
    assert without_repeated_ref(action, ref) == expected


def test_an_action_item_table_with_a_point_of_contact_column(tmp_path):
    doc = ("# Design review minutes\n\n## Action items\n\n"
           "| ID | Action Item (AI) | AI POC | Due Date |\n|---|---|---|---|\n"
           "| 1. | AI 1:  Compare message queues | Ann Ortiz | 04-30-2021 |\n"
           "| 2. | AI 2:  Update the design document | Raj Patel | 05-14-2021 |\n")
    result = convert_text(tmp_path, "review.md", doc)
    got = [(a.ref, a.action, a.lead) for a in result.actions]
    assert got == [("1", "Compare message queues", "Ann Ortiz"), ("2", "Update the design document", "Raj Patel")]
