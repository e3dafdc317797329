"""Carbon and net zero plans (issue 15): the measures taken, headed 'Measure', are the actions; a
numbered banner row then unnumbered rows like it name one theme each; actions numbered straight
through the document under numbered lines keep each line's theme; 'Scope 1 | 2 | 3' on one heading
row; a theme's name set in the actions' column of a borderless table. End to end on
samples/make_carbon_plans.py, and rule by rule."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_actions_as_truth, grid

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.headers import read_header

FIELDS = ("area_ref", "area", "lead", "due_raw", "due_date", "progress")


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_carbon_plans import main
    folder = tmp_path_factory.mktemp("carbon")
    main(folder, [3])
    out = tmp_path_factory.mktemp("carbon_out")
    planx.convert([folder], out=out, jobs=1)
    return folder, out


@pytest.mark.parametrize("kind", ["banners.docx", "running.txt", "scopes.md"])
def test_each_carbon_plan_gives_its_measures_under_their_themes(plans, kind):
    folder, out = plans
    assert_actions_as_truth(folder, out, f"carbon_plan_3_{kind}", FIELDS)


# ---- the rules, one by one ------------------------------------------------------------------

MEASURES = [[(0, "1"), (1, "Retrofit the civic centre with air source heat pumps"), (2, "Head of Estates"),
             (3, "March 2026")],
            [(0, "2"), (1, "Install solar panels on the leisure centre roofs"), (2, "Fleet Manager"), (3, "June 2027")]]


def test_a_measure_column_of_instructions_beside_owners_and_dates_holds_the_actions():
    cells = [(0, 1, "No."), (1, 1, "Measure"), (2, 1, "Owner"), (3, 1, "Deadline")]
    header = read_header(cells, below=MEASURES, first=True)
    assert header is not None and {c.label: c.field for c in header.columns}["Measure"] == "action"


def test_a_measure_column_of_indicators_stays_the_measure():
    cells = [(0, 1, "Priority"), (1, 1, "Action"), (2, 1, "Measure"), (3, 1, "Lead")]
    below = [[(0, "Attendance"), (1, "Call every absent pupil's family on the first day"),
              (2, "Percentage of pupils persistently absent"), (3, "Ann Lee")]] * 3
    header = read_header(cells, below=below, first=True)
    assert header is not None and {c.label: c.field for c in header.columns}["Measure"] == "measure"


def test_numbers_that_run_on_from_a_heading_are_its_sub_columns():
    cells = [(0, 1, "No."), (1, 1, "Measure"), (2, 1, "Scope 1"), (3, 1, "2"), (4, 1, "3"), (5, 1, "Owner"),
             (6, 1, "Deadline")]
    below = [[(0, r[0][1]), (1, r[1][1]), (2, "✓"), (5, r[2][1]), (6, r[3][1])] for r in MEASURES]
    header = read_header(cells, below=below, marked=True, first=True)
    assert header is not None
    assert [c.label for c in header.columns][2:5] == ["Scope 1", "Scope 2", "Scope 3"]


def _doc(*blocks) -> RawDocument:
    raw = RawDocument(path="plan.txt", name="plan.txt", format="txt")
    raw.blocks.extend(blocks)
    return raw


def test_actions_numbered_straight_through_keep_the_theme_over_their_table():
    head = ["No.", "Measure", "Owner", "Deadline"]
    one = grid(head, ["1", "Retrofit the civic centre with heat pumps", "Head of Estates", "March 2026"],
               ["2", "Install solar panels on the leisure centre", "Fleet Manager", "June 2027"])
    two = grid(head, ["3", "Replace the refuse fleet with electric vehicles", "Fleet Manager", "Dec 2026"],
               ["4", "Introduce weekly food waste collections", "Waste Services", "March 2026"])
    two.index = 2
    result = normalise(_doc(Paragraph("1. Heat and power", 1, 1), one, Paragraph("2. Fleet and waste", 1, 5), two))
    assert [(a.area_ref, a.area) for a in result.actions] == \
        [("1", "Heat and power")] * 2 + [("2", "Fleet and waste")] * 2


def test_a_themes_name_in_the_actions_column_over_a_numbered_row_is_the_theme():
    # a borderless table: the theme's name where the actions' text starts, its number cell empty
    def row(line: int, *texts: str) -> Row:
        return Row([Cell(t, k) for k, t in enumerate(texts)], page=1, line=line)
    table = Table([row(1, "No.", "Measure", "Owner", "Deadline"),
                   row(2, "", "1. Heat and power", "", ""),
                   row(3, "1", "Retrofit the civic centre with heat pumps", "Head of Estates", "March 2026"),
                   row(4, "2", "Install solar panels on the leisure centre", "Fleet Manager", "June 2027"),
                   row(5, "", "Travel", "", ""),
                   row(6, "3", "Replace the refuse fleet with electric vehicles", "Fleet Manager", "Dec 2026")],
                  page=1, index=1)
    result = normalise(_doc(table))
    assert [(a.area_ref, a.area, a.action[:7]) for a in result.actions] == [
        ("1", "Heat and power", "Retrofi"), ("1", "Heat and power", "Install"), ("", "Travel", "Replace")]
