"""A document's numbered sections set in bold, each over a paragraph or two and its table.

A phased delivery plan in Word: `3.1 Discovery` in bold body type, a paragraph or two saying what the
phase is for, then the phase's table (`Activity | Output | Owner`). Each section groups its table's
rows: the section's title is their area and its number ('3.1') their area_ref, however many plain
paragraphs stand between the heading and the table (normalise/block_headings.py _SECTION_TITLE).
A section number that is only part of a sentence, or a line not in bold, heads nothing."""
from __future__ import annotations

from pathlib import Path

import docx
from conftest import read

import planx

HEAD = ["Activity", "Output", "Owner"]
# (number, title, paragraphs under the heading, rows of the table)
SECTIONS = [
    ("3.1", "Discovery", 1, [("Run stakeholder interviews", "Interview notes", "Lena Ortiz"),
                             ("Map the current process", "Process map", "Omar Haddad")]),
    ("3.2", "Solution Shaping", 2, [("Draft the target design", "Design pack", "Lena Ortiz"),
                                    ("Agree the data model", "Data model", "Ivo Petrov")]),
    ("3.3", "Build & Test", 2, [("Configure the workflow engine", "Configured system", "Ivo Petrov"),
                                ("Write the user acceptance scripts", "Test scripts", "Omar Haddad")]),
]


def plan(path: Path, bold: bool = True) -> Path:
    d = docx.Document()
    d.add_paragraph("Each phase below lists its activities, the output of each and who owns it.")
    for number, title, paragraphs, rows in SECTIONS:
        d.add_paragraph().add_run(f"{number} {title}").bold = bold
        for k in range(paragraphs):
            d.add_paragraph(f"This phase settles part {k + 1} of the work before the next phase can begin, "
                            "and its outputs are signed off by the sponsor.")
        t = d.add_table(rows=1 + len(rows), cols=len(HEAD))
        for c, text in enumerate(HEAD):
            t.cell(0, c).text = text
        for r, row in enumerate(rows, 1):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    d.save(str(path))
    return path


def test_each_bold_section_groups_its_tables_rows(tmp_path: Path):
    out = tmp_path / "out"
    planx.convert([plan(tmp_path / "phases.docx")], out=out, report=False)
    got = [(a["area_ref"], a["area"], a["action"]) for a in read(out, "actions")]
    assert got == [(number, title, row[0]) for number, title, _, rows in SECTIONS for row in rows]


def test_a_section_number_in_plain_type_is_no_heading(tmp_path: Path):
    out = tmp_path / "out"
    planx.convert([plan(tmp_path / "phases.docx", bold=False)], out=out, report=False)
    assert all(not a["area_ref"] for a in read(out, "actions"))
