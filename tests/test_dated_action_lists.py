"""A log of a team's meetings, each meeting's actions a numbered list under a heading that labels the list
and gives the meeting's date ('## Sprint Retro Action Items - 03/14/2023'): every item is an action
(normalise/minutes.py), the date says when they were set (no due date), an owner closing an item in
brackets is its lead (a first name enough), a mark set in emphasis after it is its status (Markdown keeps
the runs: extract Paragraph.emphasised), and a dash or a plus inside an item is its punctuation."""
from __future__ import annotations

import pytest
from conftest import convert_text

from planx.extract.markdown import emphasised_runs
from planx.normalise.minute_marks import closing_bracket_owner, emphasised_mark
from planx.normalise.minutes import dated_list_label, undated_label

LOG = """## Retro Action Items - 03/14/2023
1. Plan the data migration kickoff (Ops + Design to agree scope, Ops to raise tickets)
2. Reschedule retro (Marcus)
3) Review the alerting runbook (Priya/Omar)

## Retro Action Items - 02/28/2023
1. Demo the feature toggles (overview - team sync, detail - dev sync) (Priya)
2. Tidy the shared drive folders (Team)

## Action Items - 1/17/2023
1. Add a triage column to the board **completed**
2. Publish the release notes - **completed** on 1/20/2023
3. Put the planning session back in the calendar *in progress*
4. Onboarding buddies *ongoing*
"""


def test_a_log_of_dated_action_lists(tmp_path):
    result = convert_text(tmp_path, "retro_log.md", LOG)
    got = [(a.action, a.lead, a.status, a.due_date) for a in result.actions]
    assert got == [
        ("Plan the data migration kickoff (Ops + Design to agree scope, Ops to raise tickets)", "", "", ""),
        ("Reschedule retro", "Marcus", "", ""),
        ("Review the alerting runbook", "Priya/Omar", "", ""),
        ("Demo the feature toggles (overview - team sync, detail - dev sync)", "Priya", "", ""),
        ("Tidy the shared drive folders", "Team", "", ""),
        ("Add a triage column to the board", "", "complete", ""),
        ("Publish the release notes", "", "complete", ""),
        ("Put the planning session back in the calendar", "", "in_progress", ""),
        ("Onboarding buddies", "", "ongoing", ""),
    ]
    kept = " ".join(row.text for row in result.leftovers)
    assert "completed on 1/20/2023" in kept  # the note after the status mark, kept


@pytest.mark.parametrize(("heading", "label"), [
    ("Retro Action Items - 04/04/2023", "Retro Action Items"),
    ("Action Items – 4/5/2021", "Action Items"),
    ("Improving access - 31/03/2025", "Improving access"),  # undated, but no list's label
])
def test_a_heading_of_a_label_and_its_date(heading, label):
    assert undated_label(heading) == label
    assert dated_list_label(heading) == (label != "Improving access")


def test_an_emphasised_mark_after_an_item():
    assert emphasised_runs("3. Add a pipeline **completed**") == ["completed"]
    assert emphasised_mark("Add a pipeline completed", ["completed"]) == ("Add a pipeline", "completed", "completed")
    # a mark that is no status, closing the item: the item without it, no status
    assert emphasised_mark("Hear more on testing potentially at kickoff", ["potentially at kickoff"]) == \
        ("Hear more on testing", "", "potentially at kickoff")
    # an emphasised word inside the item's own words is no mark
    assert emphasised_mark("Use the new template for bugs", ["new"]) == ("Use the new template for bugs", "", "")


@pytest.mark.parametrize(("item", "expected"), [
    ("Review the wiki format (Sam)", ("Review the wiki format", "Sam")),
    ("Update onboarding notes (Lee + Team)", ("Update onboarding notes", "Lee + Team")),
    ("Book the venue (March 2024)", ("Book the venue (March 2024)", "")),  # a date
    ("Read the Freedom of Information Act (FOIA)", ("Read the Freedom of Information Act (FOIA)", "")),
    ("Write up the notes (to share widely)", ("Write up the notes (to share widely)", "")),
])
def test_an_owner_closing_an_item_in_brackets(item, expected):
    assert closing_bracket_owner(item) == expected
