"""SMART tables and logic models (synthetic shapes): a 'Time-bound' cell that lists the action's numbered
steps, each with its own date; a first column of numbered group titles printed again on each row
('1. Early years', '1. Early years', '2. Transport') under a heading read as the objective ('Aim');
and a logic model's tables each under an 'Outcome area 2: …' heading, beside an 'Outcomes' column."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from docx import Document

import planx
from planx.normalise.actions import due_cell_milestones
from planx.normalise.banners import read_banner
from planx.normalise.choose import Choice
from planx.normalise.groupcols import numbered_tier
from planx.normalise.headers import Column

# ---- a date cell listing the action's steps ------------------------------------------------------------


def test_a_date_cell_of_numbered_dated_steps_lists_the_milestones():
    cell = "1. Scoping workshop held - Nov 2025\n2. Draft charter circulated - February 2026\n3. Complete - 14 May 2026"
    got = [(m.milestone, m.due_raw, m.due_date) for m in due_cell_milestones(cell, 2025)]
    assert got == [("Scoping workshop held", "Nov 2025", "2025-11"),
                   ("Draft charter circulated", "February 2026", "2026-02"),
                   ("Complete", "14 May 2026", "2026-05-14")]


@pytest.mark.parametrize("cell", [
    "31 March 2026",  # one date: the action's own
    "1. Nov 2025\n2. Feb 2026",  # dates alone, numbered: they pair with items elsewhere, no steps of their own
    "1. Scoping workshop held - Nov 2025\n2. Draft charter circulated",  # a step without a date
    "Ongoing",
])
def test_a_date_cell_that_is_no_list_of_dated_steps_has_none(cell):
    assert due_cell_milestones(cell, 2025) == []


# ---- a first column of numbered group titles ---------------------------------------------------------

GROUPS = ["1. Early years"] * 3 + ["2. Transport to school"] * 2 + ["3. Youth voice"] * 3
DEEDS = [f"Run the holiday activity scheme in ward {k} with local clubs" for k in range(8)]


def _columns() -> list[Column]:
    return [Column(0, 1, "objective", "Aim"), Column(1, 1, "action", "Specific action"),
            Column(2, 1, "due", "Timescale")]


def test_numbered_group_titles_repeated_in_the_first_column_are_the_area():
    choice = numbered_tier(_columns(), {0: GROUPS, 1: DEEDS, 2: ["March 2026"] * 8})
    assert isinstance(choice, Choice) and choice.fields == {0: "area"}
    assert "'Aim'" in choice.why


@pytest.mark.parametrize("groups", [
    [f"{k + 1}. Raise attainment of group {k}" for k in range(8)],  # one objective a row: no group
    ["Early years"] * 4 + ["Transport to school"] * 4,  # unnumbered: left to the other rules
    ["2. Transport to school"] * 4 + ["1. Early years"] * 4,  # numbers out of order
])
def test_other_objective_columns_stay_objectives(groups):
    assert numbered_tier(_columns(), {0: groups, 1: DEEDS, 2: ["March 2026"] * 8}) is None


def test_a_table_with_an_area_keeps_it():
    columns = [*_columns(), Column(3, 1, "area", "Theme")]
    assert numbered_tier(columns, {0: GROUPS, 1: DEEDS, 2: [""] * 8, 3: ["Play"] * 8}) is None


def test_smart_csv_end_to_end(tmp_path: Path):
    path = tmp_path / "play_strategy_smart.csv"
    steps = "1. Venue booked - Oct 2025\n2. Coaches recruited - Jan 2026\n3. Complete - 30 April 2026"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Aim", "#", "Specific action", "Measure of success", "Achievable (resources)", "Relevant to",
                    "Timescale", "Lead"])
        for k, (group, deed) in enumerate(zip(GROUPS, DEEDS, strict=True)):
            w.writerow([group, f"{group[0]}.{k + 1}", deed, "Uptake above 60%", "Existing budget", "Play strategy",
                        steps if k == 1 else "31 March 2026", "Play Development Officer"])
    result = planx.convert_file(str(path))
    assert len(result.actions) == 8
    assert [(a.area_ref, a.area) for a in result.actions] == [(g[0], g[3:]) for g in GROUPS]
    stepped = result.actions[1]
    assert stepped.due_date == "2026-04-30"
    assert [(m.milestone, m.due_date) for m in stepped.milestones] == [
        ("Venue booked", "2025-10"), ("Coaches recruited", "2026-01"), ("Complete", "2026-04-30")]
    assert all(not a.milestones for k, a in enumerate(result.actions) if k != 1)


# ---- a logic model's outcome areas --------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Outcome area 2: Early help", ("2", "Early help")),
    ("Focus area 1 – Youth voice", ("1", "Youth voice")),
    ("Priority area 3: Housing", ("3", "Housing")),
])
def test_an_area_named_by_its_kind_is_a_banner(text, want):
    assert read_banner(text) == want


def test_logic_model_end_to_end(tmp_path: Path):
    doc = Document()
    doc.add_heading("Play and Leisure Logic Model", 0)
    doc.add_paragraph("How our resources and activities lead to the difference we want to make.")
    areas = ["Active lives", "Safe streets"]
    for n, area in enumerate(areas, 1):
        doc.add_heading(f"Outcome area {n}: {area}", 1)
        table = doc.add_table(rows=1, cols=6)
        for j, h in enumerate(["Inputs", "Activities", "Outputs", "Outcomes", "Lead", "Timescale"]):
            table.rows[0].cells[j].text = h
        for k in range(2):
            cells = table.add_row().cells
            for j, v in enumerate(["Grant funding", f"Open the sports hall on Sundays for group {n}{k}",
                                   "Sessions held", "Children are more active", "Leisure Manager", "June 2026"]):
                cells[j].text = v
    path = tmp_path / "play_logic_model.docx"
    doc.save(str(path))
    result = planx.convert_file(str(path))
    assert [(a.area_ref, a.area) for a in result.actions] == [("1", "Active lives")] * 2 + [("2", "Safe streets")] * 2
    assert all(a.outcome == "Children are more active" for a in result.actions)
