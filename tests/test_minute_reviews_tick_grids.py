"""Two shapes read as actions that are none, rebuilt as synthetic Word files.

- Minutes that review the last meeting's actions in labelled lines ('Agenda item 3: …' over 'Status:
  Complete') and set this meeting's actions in a table naming who and by when ('Action | Action
  description | Responsible | Completion date'): the lines report how earlier actions stand; the table
  holds the actions (structure.reviews_logged_actions, labelforms.says_only_how). Without the table the
  lines are the minutes' only record of the actions and stay read.
- A data dictionary: 'Label | Description' beside a grid of tick columns ('LA | PA | SB | TP', a ✓
  where the data item is visible): a tick there says which scope the row belongs to, not how the row
  stands (columns.in_tick_grid); a lone tick column beside actions stays their status.
"""
from __future__ import annotations

from pathlib import Path

import docx
from conftest import add_word_table

import planx
from planx.normalise.columns import in_tick_grid

REVIEWED = [
    ("Hand over the source code of the latest demo to the lab lead.", "Deferred to next week."),
    ("Upload the latest working code to a branch of the project repository.", "Deferred to next week."),
    ("Agree who will lead the user evaluation and draft its questionnaire.", "Complete."),
    ("Submit the fifth progress report to the funder.", "Incomplete"),
    ("Publish the fifth progress report on the project website.", "Incomplete"),
]
LOGGED = [
    ["1", "Hand over the source code of the latest demo to the lab lead", "Amina", "March 13, 2026"],
    ["2", "Submit the fifth progress report to the funder", "Prof Okafor", "March 13, 2026"],
    ["3", "Publish the fifth progress report on the project website", "Amina", "March 20, 2026"],
]


def _minutes(path: Path, with_table: bool) -> Path:
    d = docx.Document()
    d.add_heading("Minutes of the Robotics Team Meeting", 1)
    d.add_paragraph("Date and Time: March 10, 2026, at 11:00 am")
    d.add_paragraph("Venue: Robotics Lab")
    d.add_paragraph("1. Approval of the minutes of the last meeting").runs[0].bold = True
    d.add_paragraph("The minutes of the previous meeting were approved as a true record.")
    d.add_paragraph("2. Minutes of last meeting and matters arising").runs[0].bold = True
    for n, (item, status) in enumerate(REVIEWED, 1):
        d.add_paragraph(f"Agenda item {n}: {item}")
        d.add_paragraph(f"Status: {status}")
    d.add_paragraph("3. Any other business").runs[0].bold = True
    d.add_paragraph("The demo laptop needs a reset; a demonstration for guests is planned on Saturday.")
    if with_table:
        d.add_paragraph("Action items following the meeting").runs[0].bold = True
        add_word_table(d, ["Action", "Action description", "Responsible", "Completion date"], LOGGED)
    d.save(str(path))
    return path


def test_minutes_with_an_action_table_review_earlier_actions_in_their_labelled_lines(tmp_path: Path) -> None:
    result = planx.convert_file(_minutes(tmp_path / "team_minutes.docx", with_table=True))
    assert [(a.action, a.lead, a.due_date) for a in result.actions] == [
        (r[1], r[2], d) for r, d in zip(LOGGED, ["2026-03-13", "2026-03-13", "2026-03-20"], strict=True)]
    assert any("review of the last meeting's actions" in w for w in result.warnings)


def test_without_an_action_table_the_reviewed_actions_stay(tmp_path: Path) -> None:
    result = planx.convert_file(_minutes(tmp_path / "team_minutes.docx", with_table=False))
    assert not any("review of the last meeting's actions" in w for w in result.warnings)
    assert len(result.actions) >= 3


HEAD = ["Label", "Description", "LA", "PA", "SB", "TP", "CR", "3P"]
GROUPS = {
    "Encounter": [
        ["Transmitted ID", "Encrypted identifier used to identify participating devices", "✓", "✓", "✓", "", "", "X"],
        ["Timestamp", "When the devices communicated", "✓", "✓", "✓", "", "✓", ""],
    ],
    "Derived values": [
        ["Distance", "How close two devices were to each other", "", "", "✓", "", "✓", ""],
        ["Encounter duration", "The period for which the devices were close to each other", "", "", "✓", "", "✓",
         ""],
    ],
    "Usage metrics collected by the app": [
        ["Postal district entered", "Whether the user entered their postal district into the app", "▢", "", "", "✓",
         "", "X"],
        ["Permissions granted", "Whether the user completed the permissions process", "", "", "", "✓", "", "X"],
        ["Operating system", "The operating system running on the device", "✓", "", "", "✓", "", "X"],
        ["Token failure", "Whether the app obtained a messaging identifier from the provider", "", "", "", "✓", "",
         "X"],
        ["Contact events", "Count over a calendar day of the connections the device made", "✓", "", "", "✓", "",
         "X"],
    ],
}


def _dictionary(path: Path) -> Path:
    """One table, each group under a band row and the headings printed again, as a data dictionary
    exported from a wiki prints them."""
    d = docx.Document()
    d.add_heading("Data Dictionary", 1)
    d.add_paragraph("This document collects the definitions of the data the app captures, and where each is "
                    "visible: LA - local app, PA - partner app, SB - backend, TP - technology partners, CR - "
                    "contact records, 3P - third parties.")
    rows: list[list[str] | str] = []
    for group, items in GROUPS.items():
        rows += [group, HEAD, *items]
    add_word_table(d, HEAD, rows[2:], merged=True)
    d.save(str(path))
    return path


def test_a_grid_of_tick_columns_says_no_status(tmp_path: Path) -> None:
    result = planx.convert_file(_dictionary(tmp_path / "data_dictionary.docx"))
    assert not any(a.status for a in result.actions)
    assert not any("read as status by its content" in w for w in result.warnings)


def test_tick_grid_columns() -> None:
    rows = [[(0, "Label", None), (1, "Description", None), (2, "LA", None), (3, "PA", None), (4, "SB", None)],
            [(0, "Postcode", None), (1, "Where the user lives", None), (2, "✓", None), (3, "", None), (4, "X", None)],
            [(0, "Device", None), (1, "The phone's make", None), (2, "▢", None), (3, "✓", None), (4, "", None)]]
    # the headings printed again over the rows tick no box: no row of the grid
    assert in_tick_grid(2, rows) and in_tick_grid(3, rows) and in_tick_grid(4, rows)
    assert not in_tick_grid(1, rows)
    # one tick column beside the actions is their status column, no grid
    lone = [[(0, "Refresh the policy", None), (1, "Head of HR", None), (2, "✓", None)],
            [(0, "Launch the offer", None), (1, "Director", None), (2, "", None)]]
    assert not in_tick_grid(2, lone)
