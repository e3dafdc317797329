"""Team minutes in Word: a cover form of the meeting's particulars, an attendees table, and an action
table whose headings sit one column off ('Next Steps:' over the names, 'Owner:' over the tasks)
(normalise/whoswhat.py, tableforms.particulars_of_an_event)."""
from __future__ import annotations

from pathlib import Path

import docx

import planx
from planx.normalise.columns import profile
from planx.normalise.headers import Column
from planx.normalise.tableforms import particulars_of_an_event
from planx.normalise.whoswhat import action_and_who_swapped

NAMES = ["Priya Shah", "Tom Reed", "Ana Lopez", "Sam Okafor"]
TASKS = ["Write up this week's minutes and start the risk analysis", "Second version of the class diagram",
         "Second version of the use case diagrams", "Bring an idea for testing the final product to the group"]


def columns(action_label: str = "Next Steps:", who_label: str = "Owner:") -> list[Column]:
    return [Column(0, 1, "action", action_label), Column(1, 1, "lead", who_label), Column(2, 1, "due", "Due date:")]


def test_names_under_the_action_heading_and_tasks_under_who_swap():
    choice = action_and_who_swapped(columns(), {0: profile(NAMES), 1: profile(TASKS), 2: profile(["3 May 2019"] * 4)})
    assert choice is not None and choice.fields == {0: "lead", 1: "action"}


def test_cells_that_agree_with_their_headings_stay():
    assert action_and_who_swapped(columns("Action", "Owner"), {0: profile(TASKS), 1: profile(NAMES)}) is None
    # short task titles beside names: nothing says the headings are off
    short = ["Minutes", "Class diagram", "Use cases", "Testing"]
    assert action_and_who_swapped(columns(), {0: profile(NAMES), 1: profile(short)}) is None


def test_labels_of_one_event_are_its_particulars():
    assert particulars_of_an_event(["Meeting objectives:", "Meeting Date:", "Meeting Time:", "Meeting location:",
                                    "Minutes issued by:"])
    assert not particulars_of_an_event(["Action", "Lead officer", "Target date", "Review date"])
    assert not particulars_of_an_event(["Meeting date", "Action", "Owner", "Deadline", "Status"])


def minutes(path: Path) -> Path:
    d = docx.Document()
    cover = d.add_table(rows=0, cols=2)
    title = cover.add_row().cells
    title[0].merge(title[1]).text = "Meeting Minutes"
    for label, value in [("Meeting objectives:", "Agree the second versions of each mission"),
                         ("Meeting Date:", "3rd May 2019"), ("Meeting Time:", "10am-12pm"),
                         ("Meeting location:", "Room 12"), ("Minutes issued by:", NAMES[0])]:
        cells = cover.add_row().cells
        cells[0].text, cells[1].text = label, value
    d.add_paragraph("")
    attendees = d.add_table(rows=1, cols=2)
    attendees.rows[0].cells[0].text, attendees.rows[0].cells[1].text = "Attendees:", "Signatures:"
    for name in NAMES:
        attendees.add_row().cells[0].text = name
    d.add_paragraph("")
    actions = d.add_table(rows=1, cols=3)
    for cell, text in zip(actions.rows[0].cells, ["Next Steps:", "Owner:", "Due date:"], strict=True):
        cell.text = text
    for name, task in zip(NAMES, TASKS, strict=True):
        cells = actions.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = name, task, "10th May 2019"
    actions.add_row()
    d.save(str(path))
    return path


def test_shifted_minutes_end_to_end(tmp_path: Path):
    result = planx.convert_file(str(minutes(tmp_path / "meeting_minutes_wk3.docx")))
    assert [a.action for a in result.actions] == TASKS
    assert [a.lead for a in result.actions] == NAMES
    assert all(a.due_date == "2019-05-10" for a in result.actions)
