"""A plan table whose only text column is headed 'Objective' (or 'Aim'), its cells instructions beside
when they are due or who does them, and no column naming what is to be done: a school accessibility
plan's 'Objective | Progress | To be completed by' over 'Ensure fencing around sensory garden is
rebuilt | | March 2020'. Those objectives are set as tasks: they are the actions (headers
._measures_as_actions, the rule a carbon plan's 'Measure' column follows). An 'Objective' column of
aims, or of one label over several rows, stays the objective."""
from __future__ import annotations

from pathlib import Path

import docx
from conftest import read

import planx
from planx.normalise.headers import read_header

ROWS = [[(0, "Ensure fencing around sensory garden is rebuilt"), (1, ""), (2, "March 2020")],
        [(0, "Monitor algae on footpaths to playground and ensure regular cleaning"), (1, ""), (2, "On-going")],
        [(0, "Monitor paving at end of path entering playground to eliminate trip hazards"), (1, ""),
         (2, "On-going")]]


def _fields(cells, below):
    header = read_header(cells, below=below, first=True)
    assert header is not None
    return {c.label: c.field for c in header.columns}


def test_an_objective_column_of_instructions_beside_dates_holds_the_actions():
    cells = [(0, 1, "Objective"), (1, 1, "Progress"), (2, 1, "To be completed by")]
    assert _fields(cells, ROWS)["Objective"] == "action"


def test_an_aim_column_of_instructions_beside_an_owner_holds_the_actions():
    cells = [(0, 1, "Aims"), (1, 1, "Who"), (2, 1, "Notes")]
    below = [[(0, "Replace the broken shelving in the children's area"), (1, "Site manager"), (2, "")],
             [(0, "Review opening hours with the parish council"), (1, "Librarian"), (2, "Quote received")]]
    assert _fields(cells, below)["Aims"] == "action"


def test_an_objective_column_of_aims_stays_the_objective():
    cells = [(0, 1, "Objective"), (1, 1, "Lead"), (2, 1, "Target date")]
    below = [[(0, "Improved attendance of vulnerable pupils"), (1, "Head"), (2, "July 2025")],
             [(0, "Higher standards in reading"), (1, "English lead"), (2, "July 2025")]]
    assert _fields(cells, below)["Objective"] == "objective"


def test_one_objective_printed_over_several_rows_stays_the_objective():
    cells = [(0, 1, "Objective"), (1, 1, "Lead"), (2, 1, "Target date")]
    below = [[(0, "Improve the reading of pupils in key stage 2"), (1, "Head"), (2, "July 2025")]] * 3
    assert _fields(cells, below)["Objective"] == "objective"


def test_a_word_plan_headed_aim_update_deadline_gives_its_aims_as_actions(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    d = docx.Document()
    d.add_heading("Library Improvement Plan 2025", 1)
    d.add_paragraph("This plan sets out what the library will do over the year.")
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Aim", "Update", "Deadline"], strict=True):
        c.text = h
    for texts in [("Replace the broken shelving in the children's area", "", "June 2025"),
                  ("Review opening hours with the parish council", "", "Ongoing"),
                  ("Install a hearing loop at the counter", "Quote received", "September 2025")]:
        for c, text in zip(t.add_row().cells, texts, strict=True):
            c.text = text
    d.save(str(folder / "library_plan.docx"))
    out = tmp_path / "out"
    planx.convert([folder], out=out, jobs=1)
    got = [(a["action"], a["objective"], a["due_date"], a["progress"]) for a in read(out, "actions")]
    assert got == [("Replace the broken shelving in the children's area", "", "2025-06", ""),
                   ("Review opening hours with the parish council", "", "", ""),
                   ("Install a hearing loop at the counter", "", "2025-09", "Quote received")]


def test_a_markdown_plan_headed_objective_progress_completed_by_gives_its_objectives_as_actions(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "access.md").write_text(
        "# Accessibility Plan\n\n## Action Plan\n\n| Objective | Progress | To be completed by |\n|---|---|---|\n"
        "| Ensure fencing around sensory garden is rebuilt | | March 2020 |\n"
        "| Monitor algae on footpaths to playground and ensure regular cleaning | | On-going |\n"
        "| Monitor paving at end of path entering playground to eliminate trip hazards | | On-going |\n",
        encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([folder], out=out, jobs=1)
    got = [(a["action"], a["due_raw"]) for a in read(out, "actions")]
    assert got == [("Ensure fencing around sensory garden is rebuilt", "March 2020"),
                   ("Monitor algae on footpaths to playground and ensure regular cleaning", "On-going"),
                   ("Monitor paving at end of path entering playground to eliminate trip hazards", "On-going")]
