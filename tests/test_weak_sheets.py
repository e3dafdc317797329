"""Trackers whose headings say little (issue: sheets): a numbered plan whose task column is headed
'Plan Description', ruled rows left blank but for their number, an issue tracker's 40-column
export, an asset register that is no plan; and the heading words, statuses and date formats
such sheets use. End to end on samples/make_weak_sheets.py's workbooks, and rule by rule."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import assert_actions_as_truth, read

import planx
from planx.extract.xlsx import format_date
from planx.normalise.codes import status_of
from planx.normalise.headers import read_header, read_heading, run_of_weekdays

FIELDS = ("area", "lead", "due_date", "status")


@pytest.fixture(scope="module")
def weak(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_weak_sheets import main
    folder = tmp_path_factory.mktemp("weak")
    main(folder, [4])
    out = tmp_path_factory.mktemp("weak_out")
    planx.convert([folder], out=out, jobs=1)
    return folder, out


@pytest.mark.parametrize("kind", ["numbered.xlsx", "blank_rows.xlsx", "export.csv", "gantt.xlsx",
                                  "workstreams.xlsx"])
def test_each_weakly_headed_tracker_gives_its_actions(weak, kind):
    folder, out = weak
    doc = f"weak_sheet_4_{kind}"
    assert_actions_as_truth(folder, out, doc, FIELDS)  # nothing from the phase rows, blank rows or the guide


def test_an_asset_register_is_no_plan(weak):
    _, out = weak
    assert not [a for a in read(out, "actions") if a["doc"] == "weak_sheet_4_assets.xlsx"]


def test_the_weak_heading_read_by_content_is_said(weak):
    _, out = weak
    doc = next(d for d in read(out, "documents") if d["doc"] == "weak_sheet_4_numbered.xlsx")
    assert "'Plan Description' read as the actions by its cells" in doc["warnings"]


def test_a_numbered_blank_row_is_kept_aside_with_its_reason(weak):
    _, out = weak
    reasons = [r["reason"] for r in read(out, "leftovers") if r["doc"] == "weak_sheet_4_blank_rows.xlsx"]
    assert reasons.count("a numbered row left blank (nothing entered)") == 14  # 2 projects × (10 − 3)


def test_the_how_to_use_sheet_gives_no_actions(weak):
    _, out = weak
    pages = {a["page"] for a in read(out, "actions") if a["doc"] == "weak_sheet_4_numbered.xlsx"}
    assert pages == {"1"}


# ---- the rules, one by one ------------------------------------------------------------------

@pytest.mark.parametrize("label, field", [("Assigned To", "lead"), ("Assignee", "lead"), ("Job Left", "action"),
                                          ("Jobs outstanding", "action"), ("Is done?", "status"),
                                          ("Done?", "status")])
def test_tracker_headings_read_by_meaning(label, field):
    assert read_heading(label)[0].field == field


@pytest.mark.parametrize("raw, status", [("TRUE", "complete"), ("FALSE", "not_started"),
                                         ("In process", "in_progress"), ("To Do", "not_started"),
                                         ("Backlog", "not_started")])
def test_tracker_statuses(raw, status):
    assert status_of(raw) == status


NUMBERED = [(0, 1, "No"), (1, 1, "Plan Description"), (2, 3, "Response Person"), (5, 1, "Visit Method"),
            (6, 1, "Plan Date/Time"), (7, 1, "Status"), (8, 1, "Remark")]
SUBHEADINGS = [(2, "Implementor"), (3, "Dev"), (4, "Ops")]


def test_a_weakly_headed_task_column_is_read_by_its_cells():
    rows = [SUBHEADINGS, [(0, "1"), (1, "Preparation Phase")],
            [(1, "1.1 Final Invoice and Payment Document"), (2, "x"), (6, "19/02/2018"), (7, "Done")],
            [(1, "1.2 Start formal inform and request resource")],
            [(1, "  - Hardware resource for provision docker host"), (2, "x"), (7, "Planning")],
            [(1, "  - Collect requirement and design the workflow"), (2, "x"), (7, "Planning")],
            [(1, "1.3 Confirm Date/Time for site visit (First Times)"), (2, "x"), (7, "Planning")]]
    header = read_header(NUMBERED, below=rows[:3], evidence=rows)
    assert header is not None
    assert {c.label: c.field for c in header.columns}["Plan Description"] == "action"
    # three rows only (a sub-heading row, a phase, one step): too few to tell sentences from labels
    few = read_header(NUMBERED, below=rows[:3])
    assert few is None or "action" not in few.fields()


def test_wordy_cells_that_name_things_are_no_actions():
    cells = [(0, 1, "No"), (1, 1, "Asset description"), (2, 1, "Location"), (3, 1, "Purchase date"),
             (4, 1, "Status")]
    below = [[(0, str(k)), (1, thing), (2, "Depot"), (3, "01/03/2022"), (4, "In use")] for k, thing in enumerate(
        ["Laptop computer with docking station and two screens", "Colour laser printer for the second floor",
         "Electric pool car with its charging cable"], 1)]
    assert read_header(cells, below=below) is None


def test_an_export_heading_row_is_read_among_its_system_fields():
    labels = ["Summary", "Issue key", "Issue id", "Status", "Project key", "Assignee", "Due date",
              *[f"Custom field ({k})" for k in range(30)]]
    cells = [(k, 1, label) for k, label in enumerate(labels)]
    below = [[(0, task), (1, f"CASE-{k}"), (2, str(100 + k)), (3, "Done"), (4, "CASE"), (5, "Ann Lee")]
             for k, task in enumerate(["Create the profile page", "Add the search bar to the home page",
                                       "Write unit tests for the recommendation route"], 1)]
    header = read_header(cells, below=below)
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Summary"] == "action"  # 'Project key' over 'CASE' on every row names no action
    assert fields["Project key"] != "action"
    assert fields["Assignee"] == "lead" and fields["Due date"] == "due"


def test_a_row_of_sentences_is_no_heading_row():
    cells = [(0, 1, "✅ Task Tracker"), (1, 1, "Granular task log. Update % complete and status weekly.")]
    assert read_header(cells) is None


def test_excel_built_in_short_date_shows_day_first_with_the_year():
    assert format_date(dt.datetime(2018, 2, 19), "mm-dd-yy") == "19/02/2018"
    assert format_date(dt.datetime(2018, 2, 19), "mmm-yy") == "Feb-18"  # an explicit format is kept


def test_a_run_of_weekdays_is_a_gantt_charts_days():
    labels = ["Milestone description", "Start", *"MTWTFSSMTW"]
    assert run_of_weekdays(labels) == list(range(2, 12))
    assert run_of_weekdays(["Ref", "M", "T", "W", "Owner"]) == []  # three letters: could be anything
    assert run_of_weekdays(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]) == list(range(7))
    assert run_of_weekdays(["M", "W", "F", "M", "W", "F", "M", "W"]) == []  # not the days in their order
    cells = [(k, 1, label) for k, label in enumerate(["Task", "Assigned to", "Start", *"MTWTFSS"])]
    header = read_header(cells, below=[[(0, "Prepare the project idea"), (1, "Ann Lee"), (2, "23/09/2024")]])
    assert header is not None and {c.field for c in header.columns} >= {"action", "lead"}


def test_milestones_alone_are_the_actions():
    from planx.normalise.headers import milestones_alone_are_actions
    cells = [(0, 1, "Milestone description"), (1, 1, "Assigned to"), (2, 1, "Start")]
    header = read_header(cells, below=[[(0, "Draft the project proposal"), (1, "Ann Lee"), (2, "08/10/2024")]])
    assert header is not None and milestones_alone_are_actions(header) and header.columns[0].field == "action"
    beside = [(0, 1, "Objective"), (1, 1, "Milestones"), (2, 1, "Lead"), (3, 1, "Date")]
    header = read_header(beside, below=[[(0, "Fewer children wait"), (1, "Audit the waiting list"),
                                         (2, "Ann Lee"), (3, "08/10/2024")]])
    assert header is not None and not milestones_alone_are_actions(header)
    assert header.columns[1].field == "milestones"  # the objective's steps


def _sheet_actions(*rows: list[str]) -> list:
    from conftest import grid

    from planx.extract.model import RawDocument
    from planx.normalise import normalise
    return normalise(RawDocument(path="", name="t.xlsx", format="xlsx", blocks=[grid(*rows)])).actions


def test_a_list_numbered_row_by_row_keeps_its_bare_rows_as_actions():
    rows = [["No", "Job left", "Done?"]]
    rows += [[str(k), f"Add the check number {k} to the sign-up form", "TRUE"] for k in range(1, 6)]
    rows += [["6", "Add a login step when the password changes", ""],  # nothing but its number and text
             ["7", "Review the code and refactor the services", "In process"]]
    actions = _sheet_actions(*rows)
    assert [a.action for a in actions][5] == "Add a login step when the password changes"
    assert len(actions) == 7 and not any(a.area for a in actions)


def test_numbered_areas_over_unnumbered_actions_stay_areas():
    rows = [["No", "Action", "Lead", "Due date"],
            ["1", "Early help"], ["", "Publish the early help offer", "Ann Lee", "31/03/2025"],
            ["", "Train the family workers", "Tom Reid", "30/06/2025"],
            ["2", "Workforce"], ["", "Recruit four social workers", "Ann Lee", "31/03/2025"],
            ["", "Cut agency use to ten per cent", "Tom Reid", "30/09/2025"]]
    actions = _sheet_actions(*rows)
    assert [a.area for a in actions] == ["Early help", "Early help", "Workforce", "Workforce"]


def test_a_field_goes_to_the_filled_one_of_two_headings_naming_it_alike():
    cells = [(0, 1, "Deliverable"), (1, 1, "Deliverable end date"), (2, 1, "Task"), (3, 1, "Task end date"),
             (4, 1, "Assigned to")]
    below = [[(2, "Design the product pages"), (3, "26/02/2020"), (4, "Hammed")],
             [(2, "Build the landing page"), (3, "27/02/2020"), (4, "Hammed")]]
    header = read_header(cells, below=below)
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Task end date"] == "due" and fields["Deliverable end date"] != "due"
    # a blank target date keeps the field from a review date, which names it less surely
    cells = [(0, 1, "Action"), (1, 1, "Target date"), (2, 1, "Review date"), (3, 1, "Lead")]
    below = [[(0, "Publish the offer"), (2, "01/03/2025"), (3, "Ann Lee")],
             [(0, "Train the staff"), (2, "01/04/2025"), (3, "Tom Reid")]]
    header = read_header(cells, below=below)
    assert header is not None and {c.label: c.field for c in header.columns}["Target date"] == "due"


def test_a_numeric_date_readable_only_month_first_is_read_so():
    from planx.normalise.dates import due_date
    # LibreOffice in a US locale writes a date cell of a UK plan as '2/19/2018'; the plan's typed
    # dates stay day first ('19 - 23/2/2018'), so the document as a whole is not month first
    assert due_date("2/19/2018") == "2018-02-19"
    assert due_date("2/3/2018") == "2018-03-02"  # either reading: day first, as UK plans write it
    assert due_date("13/13/2018") == ""


def _sheet_rows(*rows: tuple[int, list[str]]):
    """A sheet's table whose rows keep their sheet row numbers (a gap is a blank row)."""
    from planx.extract.model import Cell, Row, Table
    return Table([Row([Cell(t, k) for k, t in enumerate(texts)], page=1, line=line) for line, texts in rows],
                 page=1, index=1)


def _normalised(table):
    from planx.extract.model import RawDocument
    from planx.normalise import normalise
    return normalise(RawDocument(path="", name="t.xlsx", format="xlsx", blocks=[table]))


def test_a_sheets_row_after_a_blank_row_continues_nothing():
    result = _normalised(_sheet_rows(
        (1, ["Project", "Task", "Owner", "Due date"]),
        (2, ["Case system", "Deploy the case system", "Tom Reid", "31/03/2025"]),
        (3, ["", "Train the first users", "Ann Lee", "30/04/2025"]),
        (5, ["Summary counts (auto-calculated)"])))
    assert [a.area for a in result.actions] == ["Case system", "Case system"]


def test_a_legend_row_and_a_summary_of_counts_give_no_actions():
    result = _normalised(_sheet_rows(
        (1, ["Project", "Task", "Owner", "Status"]),
        (2, ["Case system", "Deploy the case system", "Tom Reid", "In progress"]),
        (3, ["", "Train the first users", "Ann Lee", "Not started"]),
        (5, ["🟢 On Track", "🟡 Caution", "🔴 At Risk"]),
        (7, ["Total tasks", "Complete", "In progress", "Not started"]),
        (8, ["2", "0", "1", "1"])))
    assert [a.action for a in result.actions] == ["Deploy the case system", "Train the first users"]
    reasons = {(r.text, r.reason) for r in result.leftovers}
    assert ("🟡 Caution", "a key of ratings (a legend row)") in reasons
    assert ("0", "no action text (a figure or a status word alone)") in reasons


def test_a_sheets_name_is_the_area_of_its_rows_and_said(weak):
    _, out = weak
    doc = next(d for d in read(out, "documents") if d["doc"] == "weak_sheet_4_workstreams.xlsx")
    assert "sheet 3: its name 'Adult social care' read as the area of its rows" in doc["warnings"]
    assert "Dropdown lists" not in doc["warnings"] and "Read me" not in doc["warnings"]


def test_a_sheet_named_for_its_kind_names_no_area():
    from planx.extract.model import Cell, RawDocument, Row, Table
    from planx.normalise import normalise

    def table(page: int, rows: list[list[str]]) -> Table:
        return Table([Row([Cell(t, k) for k, t in enumerate(r)], page=page, line=n + 1) for n, r in enumerate(rows)],
                     page=page, index=page)
    plan = [["Action", "Lead", "Due date"], ["Publish the allocations policy", "Ann Lee", "31/03/2025"]]
    raw = RawDocument(path="", name="t.xlsx", format="xlsx", blocks=[table(1, plan), table(2, plan)],
                      sheet_names={1: "Task tracker", 2: "Sheet2"})
    assert [a.area for a in normalise(raw).actions] == ["", ""]
    raw.sheet_names = {1: "Housing", 2: "Sheet2"}  # the next sheet's rows are no longer Housing's
    assert [a.area for a in normalise(raw).actions] == ["Housing", ""]


@pytest.mark.parametrize("text, level", [("Low Risk", True), ("Med risk", True), ("High priority", True),
                                         ("High", True), ("Low cost housing", False), ("Risk", False)])
def test_a_level_of_what_it_rates(text, level):
    from planx.normalise.columns import looks_like_priority_level
    assert looks_like_priority_level(text) is level


def test_an_area_column_of_risk_levels_and_statuses_is_no_grouping():
    from planx.normalise.columns import contradicts, profile
    levels = ["Low Risk", "Milestone", "Low Risk", "Med Risk", "High Risk", "On Track", "Low Risk", "Goal"]
    assert contradicts("area", profile(levels))
    assert not contradicts("area", profile(["Housing", "Housing", "Adult social care", "Children and families"]))


def test_a_templates_note_on_its_rows_says_nothing():
    from planx.normalise.columns import says_nothing
    assert says_nothing("To add more data, Insert new rows ABOVE this one")
    assert not says_nothing("Add the new rows to the asset register")


def test_a_bare_date_yields_to_a_due_date():
    labels = ["Date", "Client", "Item", "Owner", "Due Date", "Status", "Priority", "Notes"]
    cells = [(k, 1, label) for k, label in enumerate(labels)]
    below = [list(enumerate(["11/12/24", "TitleCo", "Upload logo files", "Client", "11/14/24", "Pending", "High"])),
             list(enumerate(["11/12/24", "TitleCo", "Configure payee labels", "Qualia", "11/13/24", "Complete"])),
             list(enumerate(["11/13/24", "Summit", "Test order templates", "Client", "11/15/24", "Pending"]))]
    header = read_header(cells, below=below)
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Due Date"] == "due" and fields["Date"] != "due"
    alone = read_header([(0, 1, "Action"), (1, 1, "Owner"), (2, 1, "Date")],
                        below=[[(0, "Upload logo files"), (1, "Client"), (2, "11/14/24")]])
    assert alone is not None and alone.columns[2].field == "due"  # alone, a date is still when
