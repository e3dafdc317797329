"""Form lines read in holdout review r83 (own generated documents, invented wording)
(normalise/labelforms.py):

- a form's line whose labels a writer spaced apart ('Owner: Team 7 <spaces> Due Date: …'): the gap marks
  where the value ends, so the later label is the whole phrase after it ('Due Date'), not its last word;
- a form's label of several words printed once without its colon ('Description of Activity Review …')
  among records that print it with one: still the label.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document

import planx
from planx.normalise.headers import classify
from planx.normalise.labelforms import split_line


def field_of(label: str) -> str:
    name, score, _ = classify(label)
    return name if score >= 60 else ""


# ---- labels spaced apart on one line ----------------------------------------------------------------

def test_a_label_spaced_off_its_value_is_read_whole() -> None:
    got = split_line("Item Number: 3\tOwner: Team 7                  Due Date: 2026-05-01", set(), field_of)
    assert got == [("Item Number", "3"), ("Owner", "Team 7"), ("Due Date", "2026-05-01")]


def test_labels_without_a_gap_still_take_the_shortest() -> None:
    # near miss: no gap before the label, so 'J Smith Due date' is read as the name then 'Due date'
    got = split_line("Ref: 4 Owner: J Smith Due date: 30/06/2025", set(), field_of)
    assert got == [("Ref", "4"), ("Owner", "J Smith"), ("Due date", "30/06/2025")]


def test_a_gap_before_a_phrase_naming_no_field_is_no_label() -> None:
    # near miss: the words after the gap name no field and no label of the document: the colon is the value's
    got = split_line("Owner: Team 7        Meeting room booked: see minutes", set(), field_of)
    assert got == [("Owner", "Team 7 Meeting room booked: see minutes")]


# ---- a form read end to end ---------------------------------------------------------------------------

TASKS = ["Define the scope of the booking portal.", "Design the data model for the booking portal.",
         "Build the reminders module for clinic staff.", "Pilot the booking portal with two wards."]


def _form_docx(path: Path, colon_left_off: int | None) -> None:
    d = Document()
    d.add_paragraph("Delivery Plan for Booking Portal").runs[0].bold = True
    for n, task in enumerate(TASKS, 1):
        d.add_paragraph(f"Item Number: {n}\tOwner: Team 7" + " " * 20 + f"Due Date: 2026-0{n}-15")
        label = "Description of Activity" + ("" if n == colon_left_off else ":")
        d.add_paragraph(f"{label} {task}")
        d.add_paragraph("Deliverable(s): a document and a demonstration")
        d.add_paragraph("")
    d.save(str(path))


def test_form_with_spaced_labels_reads_lead_and_due(tmp_path: Path) -> None:
    path = tmp_path / "form.docx"
    _form_docx(path, None)
    result = planx.convert_file(str(path))
    assert [a.action for a in result.actions] == TASKS
    assert {a.lead for a in result.actions} == {"Team 7"}
    assert [a.due_date for a in result.actions] == [f"2026-0{n}-15" for n in range(1, 5)]


def test_a_label_printed_once_without_its_colon_is_still_the_label(tmp_path: Path) -> None:
    path = tmp_path / "form.docx"
    _form_docx(path, 3)
    result = planx.convert_file(str(path))
    assert [a.action for a in result.actions] == TASKS
