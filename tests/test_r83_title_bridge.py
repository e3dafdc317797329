"""A cover title set over three lines with a joining word alone on the middle one ('Improvement Plan' /
'for' / 'Riverside Clinic'), as separate paragraphs or as one paragraph with line breaks (normalise/title.py);
own generated documents, invented wording (holdout review r83).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

import planx
from planx.normalise.title import joining_only

TASKS = ["Define the scope of the booking portal.", "Design the data model for the booking portal.",
         "Build the reminders module for clinic staff.", "Pilot the booking portal with two wards."]


# ---- a title over three lines, a joining word alone on the middle one --------------------------------

@pytest.mark.parametrize("text, ok", [("for", True), ("for the", True), ("of", True), ("Plan", False),
                                      ("for Riverside", False), ("", False)])
def test_joining_only(text: str, ok: bool) -> None:
    assert joining_only(text) is ok




def _cover(path: Path, lines: list[tuple[str, float]], broken: bool) -> None:
    d = Document()
    if broken:
        p = d.add_paragraph(style="Title")
        for k, (text, size) in enumerate(lines):
            run = p.add_run(text)
            run.bold, run.font.size = True, Pt(size)
            if k < len(lines) - 1:
                run.add_break()
    else:
        for text, size in lines:
            run = d.add_paragraph().add_run(text)
            run.bold, run.font.size = True, Pt(size)
    d.add_paragraph("Version 2 approved").runs[0].font.size = Pt(12)
    d.add_paragraph("This plan sets out what the clinic will change over the coming year, who leads each "
                    "change and by when it is due.").runs[0].font.size = Pt(11)
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Action", "Lead", "Due date"], strict=True):
        c.text = h
    for task in TASKS:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = task, "Clinic manager", "31/03/2027"
    d.save(str(path))


@pytest.mark.parametrize("broken", [False, True])
def test_a_joining_word_alone_bridges_the_title_lines(tmp_path: Path, broken: bool) -> None:
    path = tmp_path / "cover.docx"
    _cover(path, [("Improvement Plan", 32), ("for", 20), ("Riverside Clinic", 32)], broken)
    assert planx.convert_file(str(path)).title == "Improvement Plan for Riverside Clinic"


def test_a_joining_word_with_no_line_after_it_is_not_read_into_the_title(tmp_path: Path) -> None:
    # near miss: the title's next line is in body type; the lone 'for' bridges to nothing
    path = tmp_path / "cover.docx"
    _cover(path, [("Improvement Plan", 32), ("for", 20)], False)
    assert planx.convert_file(str(path)).title == "Improvement Plan"
