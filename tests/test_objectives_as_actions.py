"""A plan table whose only text column is headed 'Objective' (or 'Aim'), its cells instructions beside
when they are due or who does them, and no column naming what is to be done: a school accessibility
plan's 'Objective | Progress | To be completed by' over 'Ensure fencing around sensory garden is
rebuilt | | March 2020'. Those objectives are set as tasks: they are the actions (headers
._measures_as_actions, the rule a carbon plan's 'Measure' column follows). An 'Objective' column of
aims, or of one label over several rows, stays the objective."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
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


# ---- a tracker of recommendations with no action column: the recommendation is the action -------

RECS = [[(0, "CDE recommends that SFUSD monitor enrollment trends and adjust financial projections."),
         (1, "June 2024: Completed. SFUSD now works with a demographer annually.")],
        [(0, "The CDE requests that the governing board adopt a corrective action plan by June 30, 2024."),
         (1, "June 2024: In progress. This document identifies how the district is addressing them.")]]


def test_a_requirement_or_recommendation_column_beside_a_status_holds_the_actions():
    cells = [(0, 1, "CDE Requirement/Recommendation"), (1, 1, "Status")]
    assert _fields(cells, RECS)["CDE Requirement/Recommendation"] == "action"


def test_a_recommendation_column_beside_the_actions_stays_their_group():
    cells = [(0, 1, "Recommendation"), (1, 1, "Action"), (2, 1, "Status")]
    below = [[(0, RECS[0][0][1]), (1, "Commission a demographer's report each autumn"), (2, "Completed")],
             [(0, RECS[1][0][1]), (1, "Take the plan to the June board meeting"), (2, "In progress")]]
    assert _fields(cells, below)["Recommendation"] == "area"


def test_short_recommendation_titles_over_several_rows_stay_the_group():
    cells = [(0, 1, "Recommendation"), (1, 1, "Owner"), (2, 1, "Due")]
    below = [[(0, "Recommendation 1"), (1, "Head of Finance"), (2, "June 2024")],
             [(0, "Recommendation 2"), (1, "Head of Finance"), (2, "July 2024")]]
    assert _fields(cells, below)["Recommendation"] == "area"


@pytest.mark.parametrize("columns", ["| Recommendation | Status |", "| Recommendation | Owner | Due | Status |"])
def test_a_markdown_recommendations_tracker_gives_each_recommendation_as_an_action(tmp_path: Path, columns):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [("The council should review its contract register every quarter.", "Head of Procurement", "June 2024",
             "June 2024: In progress. The register is being reviewed."),
            ("The council should publish its procurement pipeline.", "Head of Finance", "March 2024",
             "June 2024: Completed. Published on the website.")]
    wide = "Owner" in columns
    lines = [columns, "|---|---|---|---|" if wide else "|---|---|"]
    lines += [f"| {r} | {o} | {d} | {s} |" if wide else f"| {r} | {s} |" for r, o, d, s in rows]
    (folder / "recs.md").write_text("# Audit recommendations tracker\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([folder], out=out, jobs=1)
    got = [(a["action"], a["status"], a["lead"]) for a in read(out, "actions")]
    assert got == [(rows[0][0], "in_progress", rows[0][1] if wide else ""),
                   (rows[1][0], "complete", rows[1][1] if wide else "")]
