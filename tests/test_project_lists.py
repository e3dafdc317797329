"""Lists of named items tracked like a plan (issue 14): a programme's tables of projects or
schemes, each row a code, a named item, who delivers it, how it stands and when it is to be
finished, with no heading naming the actions; a heading over each table (or a row of one cell
inside it) names the area, and the item codes, the site and the phase columns say nothing of it.
End to end on samples/make_project_lists.py (docx, text, xlsx), and rule by rule."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_actions_as_truth, grid, read

import planx
from planx.extract.model import Paragraph
from planx.normalise.banners import read_banner
from planx.normalise.block_headings import heading_areas
from planx.normalise.headers import read_header
from planx.normalise.itemlists import (
    changes_row_by_row,
    item_code,
    names_a_deadline,
    runs_change_row_by_row,
    runs_under_headings,
    tracked_items,
)

FIELDS = ("area_ref", "area", "lead", "rag", "due_raw", "due_date")


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_project_lists import main
    folder = tmp_path_factory.mktemp("lists")
    main(folder, [2])
    out = tmp_path_factory.mktemp("lists_out")
    planx.convert([folder], out=out, jobs=1)
    return folder, out


@pytest.mark.parametrize("kind", ["estates.docx", "leisure.txt", "single.xlsx"])
def test_each_project_list_gives_its_projects_under_their_workstreams(lists, kind):
    folder, out = lists
    assert_actions_as_truth(folder, out, f"project_list_2_{kind}", FIELDS)


def test_the_phase_and_site_columns_are_kept_aside_not_lost(lists):
    _, out = lists
    doc = "project_list_2_estates.docx"
    warnings = next(d for d in read(out, "documents") if d["doc"] == doc)["warnings"]
    assert "'Phase' changes row by row and groups no rows" in warnings
    kept = " ".join(r["text"] for r in read(out, "leftovers") if r["doc"] == doc)
    assert "Handed over" in kept or "On site" in kept or "Design" in kept


# ---- the rules, one by one ------------------------------------------------------------------

SCHEMES = [(0, 1, "Scheme no."), (1, 1, "Works"), (2, 1, "Location"), (3, 1, "Cost"), (4, 1, "Status"),
           (5, 1, "Expected completion")]
ROWS = [[(0, code), (1, name), (2, place), (3, cost), (4, status), (5, when)]
        for code, name, place, cost, status, when in
        [("HW12", "Resurfacing of the High Street between the two roundabouts", "Central", "120", "On site",
          "June 2026"),
         ("FP-004", "New footpath link from the estate to the railway station", "Northgate", "45", "Not started",
          "March 2027"),
         ("C7", "Replacement street lighting columns in the conservation area", "Old Town", "80", "Complete",
          "May 2026")]]


def test_named_items_beside_a_code_a_status_and_a_deadline_are_the_actions():
    header = read_header(SCHEMES, below=ROWS, first=True)
    assert header is not None
    assert {c.label: c.field for c in header.columns}["Works"] == "action"


def test_a_register_of_things_owned_stays_no_plan():
    # a code, a description, a date something happened and a state: nobody delivers, nothing is due
    cells = [(0, 1, "Asset no."), (1, 1, "Item"), (2, 1, "Location"), (3, 1, "Purchase date"), (4, 1, "Status")]
    below = [[(0, code), (1, name), (2, place), (3, "12/03/2021"), (4, "In use")] for code, name, place in
             [("IT-0041", "Laptop computer with docking station and two screens", "Depot"),
              ("IT-0042", "Colour laser printer for the second floor office", "Town Hall"),
              ("FL-0007", "Electric pool car with its charging cable", "Depot")]]
    assert read_header(cells, below=below, first=True) is None


@pytest.mark.parametrize("fields, tracked", [
    ([("area_ref", "Scheme ID"), ("status", "Status"), ("due", "Target completion")], True),
    ([("area_ref", "ID"), ("lead", "Project lead"), ("progress", "Progress")], True),
    ([("area_ref", "Ref"), ("lead", "Owner"), ("due", "Delivery date")], True),
    ([("area_ref", "No"), ("status", "Status"), ("due", "Purchase date")], False),  # a date, no deadline
    ([("lead", "Owner"), ("status", "Status"), ("due", "Target date")], False),  # no reference
    ([("area_ref", "Ref"), ("due", "Deadline")], False),  # one commitment only
])
def test_what_makes_a_list_of_tracked_items(fields, tracked):
    assert tracked_items(fields) is tracked


@pytest.mark.parametrize("label, deadline", [("Target completion", True), ("Delivery date", True),
                                             ("Deadline", True), ("Forecast completion", True),
                                             ("Purchase date", False), ("Date raised", False)])
def test_a_deadline_is_named_as_one(label, deadline):
    assert names_a_deadline(label) is deadline


@pytest.mark.parametrize("ref, code", [("A1", True), ("RS102", True), ("SA-003", True), ("20-001", True),
                                       ("EST221", True), ("2.1", False), ("2a", False), ("B", False),
                                       ("3", False), ("P1.2", False), ("B.2", False),
                                       # each level lettered: goal 2, objective 1, action 3 (an outline number)
                                       ("G2.O1.A3", False), ("S3.T10.A2b", False)])
def test_an_items_own_code_is_told_from_an_outline_number(ref, code):
    assert item_code(ref) is code


def test_a_column_that_changes_row_by_row_groups_nothing():
    assert changes_row_by_row(["Abbey", "Various", "Marlow Cross"], 3)  # a ward per row
    assert changes_row_by_row(["Design", "On site", "Design"], 3)  # a stage comes back after another
    assert not changes_row_by_row(["Leadership", "Leadership", "Quality"], 3)  # an area over its rows
    assert not changes_row_by_row(["Leadership", "Quality"], 3)  # printed once over its rows: blanks below


def test_few_rows_are_judged_over_every_table_headed_alike():
    # two tables of two rows: 'Design' twice in one table could be a group, but it comes back in
    # the next table, under another heading
    assert runs_change_row_by_row([["Design", "Design"], ["Design", "On site"]])
    assert not runs_change_row_by_row([["Leadership", "Leadership"], ["Quality", "Quality"]])
    head = ["Code", "Works", "Phase"]
    tables = [grid(head, ["K1", "Roof repairs at the depot", "Design"], ["K2", "New boiler", "Design"]),
              grid(["Workstream 2 – Parks"], head, ["P4", "Play area at the park", "Design"])]
    assert runs_under_headings(tables, head, 2) == [["Design", "Design"], ["Design"]]


def test_a_programme_names_the_area_of_its_table():
    assert read_banner("Programme B: Bus priority and public transport") == ("B", "Bus priority and public transport")
    assert read_banner("Programme 3 - Special schools") == ("3", "Special schools")
    assert read_banner("Programme of works") is None


def test_numbered_lines_over_tables_name_areas_in_plain_text_with_a_guessed_heading():
    # 'Introduction' alone on its line reads as a heading; the text has no bold nor sizes, so a
    # numbered line right over a table is a heading by its numbering alone
    head = ["Code", "Works", "Owner", "RAG"]
    blocks = [Paragraph("Introduction", 1, 1, heading=True), Paragraph("The schemes for the year.", 1, 2),
              Paragraph("1. Primary schools", 1, 3), grid(head, ["K1", "Roof repairs", "Ann Lee", "G"]),
              Paragraph("2. Parks", 1, 6), grid(head, ["P4", "Play area", "Tom Reid", "A"])]
    assert heading_areas(blocks) == {2: ("1", "Primary schools"), 4: ("2", "Parks")}
