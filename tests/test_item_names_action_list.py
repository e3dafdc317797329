"""A list item that is only the label of an action list ('- Action Items' with its nested items) heads its
children as a heading over a list would (normalise/minutes.py): each child is an action, a bullet nested
deeper is a part of the child above it, and the next item beside the label ends the list."""
from __future__ import annotations

from conftest import convert_text

MINUTES = """# Platform sync meeting notes

## 5/6/2025
- Discussion
    - Review the roadmap slides (moved to next week)
- Decisions
    - The two backlogs will stay separate
- Action Items
    - Retire the old status dashboard
    - Priya to book a longer slot for the next sync
    - Tom will draft the migration checklist (DONE)
    - Check the open tickets for these
        - Billing export
        - Search filters
- Other notes
    - Demo went well overall and the team agreed on priorities

## 4/22/2025
- Action Items
    - Priya will set up the shared channel (DONE)
"""


def test_a_list_item_naming_the_action_list_heads_its_children(tmp_path):
    result = convert_text(tmp_path, "sync_minutes.md", MINUTES)
    got = [(a.action, a.status) for a in result.actions]
    assert got == [
        ("Retire the old status dashboard", ""),
        ("Priya to book a longer slot for the next sync", ""),
        ("Tom will draft the migration checklist", "complete"),
        ("Check the open tickets for these; Billing export; Search filters", ""),
        ("Priya will set up the shared channel", "complete"),
    ]
    kept = " ".join(row.text for row in result.leftovers)
    assert "Demo went well overall" in kept  # the item beside the label is not the list's
