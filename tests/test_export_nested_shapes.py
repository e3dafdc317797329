"""Shapes of unseen19 (a generated set of six families, /work/unseen19_gen/README.md): a tool's
task-list export of some twenty bookkeeping columns, a column of US dates beside day-first ones,
forms under headings that are a number alone, an audit's 'Finding N:' banners, and a table of
milestones nested in a cell (as Word/ODT/HTML readers write it, and as Markdown prints it)."""
from __future__ import annotations

from conftest import grid

from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.actions import dated_lines, nested_table
from planx.normalise.banners import read_banner
from planx.normalise.dates import column_date_orders

# ---- a task list exported with its bookkeeping -------------------------------------------------

EXPORT_HEADS = ["ID", "Parent ID", "Title", "Description", "Category", "Priority", "Assigned To", "Created By",
                "Created", "Modified", "Modified By", "Start Date", "Due Date", "% Complete", "Status",
                "Workstream", "Budget Code", "Risk Link", "Tags", "Attachments", "Version", "Item Type"]
EXPORT_ROWS = [
    ["1042", "1003", "Complete cyber essentials plus certification", "", "Digital", "(1) High", "Walsh, Tom",
     "Nowak, Ewa", "23/02/2026 16:48", "06/11/2026 09:18", "Walsh, Tom", "01/09/2026", "3/26/2027", "90%",
     "In Progress", "WS2", "CX223", "R7", "statutory;ICT", "2", "5.0", "Item"],
    ["1043", "", "Deliver accessibility training for web editors", "See project brief.", "Procurement",
     "(3) Low", "Brennan, Siobhan", "Walsh, Tom", "28/05/2026 10:42", "07/11/2026 08:24", "Clarke, Daniel",
     "04/05/2026", "10/7/2026", "100%", "Completed", "WS1", "CX231", "", "", "2", "8.0", "Item"],
    ["1046", "1003", "Move the contact centre telephony to the cloud", "Linked to MTFS saving.", "Digital",
     "(2) Normal", "Patel, Anita", "Nowak, Ewa", "09/06/2026 12:26", "10/11/2026 09:17", "Patel, Anita",
     "08/03/2026", "6/4/2027", "10%", "Not Started", "WS2", "CX979", "R7", "quick-win", "2", "1.0", "Item"],
]


def _doc(*blocks, fmt: str = "csv"):
    return normalise(RawDocument(path="", name=f"d.{fmt}", format=fmt, blocks=list(blocks)))


def test_a_task_list_export_reads_its_titles_as_the_actions():
    actions = _doc(grid(EXPORT_HEADS, *EXPORT_ROWS)).actions
    assert [a.action for a in actions] == [r[2] for r in EXPORT_ROWS]
    assert [a.lead for a in actions] == ["Walsh, Tom", "Brennan, Siobhan", "Patel, Anita"]
    assert [a.status for a in actions] == ["in_progress", "complete", "not_started"]


def test_a_due_column_written_month_first_is_read_so_beside_day_first_columns():
    # 'Created 23/02/2026 16:48' makes the document day first; 'Due Date 3/26/2027' reads only month
    # first, so its '10/7/2026' is 7 October and '6/4/2027' 4 June
    actions = _doc(grid(EXPORT_HEADS, *EXPORT_ROWS)).actions
    assert [a.due_date for a in actions] == ["2027-03-26", "2026-10-07", "2027-06-04"]


def test_column_date_orders_settle_only_columns_with_an_order_of_their_own():
    created = ["23/02/2026 16:48", "06/11/2026 09:18"]
    due = ["3/26/2027", "10/7/2026"]
    ambiguous = ["01/02/2026", "03/04/2026"]
    orders = column_date_orders([created, due, ambiguous], month_first=False)
    assert orders == {"3/26/2027": True, "10/7/2026": True}
    # a day-first column in a month-first document is read day first
    assert column_date_orders([["25/12/2026", "01/02/2026"]], month_first=True) == \
        {"25/12/2026": False, "01/02/2026": False}
    # a column of both orders settles nothing
    assert column_date_orders([["3/26/2027", "26/03/2027"]], month_first=False) == {}


def test_a_narrow_list_of_tasks_is_no_export():
    # a five-column tracker with no heading naming the action is not read as a tool's export
    heads = ["Title", "Owner", "Due date", "Status", "Notes"]
    rows = [[r[2], r[6], r[12], r[14], ""] for r in EXPORT_ROWS]
    from planx.normalise.headers import _task_list_export, read_header
    header = read_header([(k, 1, h) for k, h in enumerate(heads)], [list(enumerate(r)) for r in rows], first=True)
    columns = [(c.col, c.span, c.field, c.label, "", c.score, c.basis) for c in header.columns] if header else []
    assert not _task_list_export(columns)


# ---- forms under a heading that is a number alone -----------------------------------------------

def test_forms_under_number_only_headings_take_the_labelled_work_as_action():
    blocks = [Paragraph("Delivery Plan 2026/27", 1, 1, heading=True, rank=1),
              Paragraph("1. Homes for local people", 1, 2, heading=True, rank=2)]
    work = ["Bring 60 long-term empty homes back into use", "Adopt a selective licensing scheme in two wards",
            "Start building 120 council homes on the former depot site"]
    line = 3
    for k, text in enumerate(work, 1):
        blocks.append(Paragraph(f"1.{k}", 1, line, heading=True, rank=3))
        blocks.append(Paragraph(f"What we will do: {text}", 1, line + 1))
        blocks.append(Paragraph("Accountable officer: Head of Housing", 1, line + 2))
        blocks.append(Paragraph("Delivery date: August 2027", 1, line + 3))
        blocks.append(Paragraph("Position: In progress", 1, line + 4))
        line += 5
    actions = _doc(*blocks, fmt="html").actions
    assert [a.action for a in actions] == work
    assert {a.lead for a in actions} == {"Head of Housing"}


# ---- an audit's findings and milestones nested in a cell ----------------------------------------

def test_a_numbered_finding_is_an_area_banner():
    assert read_banner("Finding 2: Health and safety: fire risk assessments were overdue") == \
        ("2", "Health and safety: fire risk assessments were overdue")


def test_a_table_nested_in_a_milestones_cell_gives_a_milestone_a_row():
    cell = "Milestone; By; Status\nReview of the first three months; Autumn term 2026; Done\n" \
           "Guidance published; Summer term 2027; Not started"
    assert nested_table(cell) == [
        {"milestone": "Review of the first three months", "due": "Autumn term 2026", "status": "Done"},
        {"milestone": "Guidance published", "due": "Summer term 2027", "status": "Not started"}]
    # a list whose items hold semicolons is no table: its first line is no row of headings
    assert nested_table("Agree scope; brief staff\nPilot; review") is None
    # rows of another width than the headings: no table
    assert nested_table("Milestone; By; Status\nPilot in one team; May 2027") is None


def test_nested_milestones_end_to_end():
    table = grid(["Action", "Milestones", "Lead officer", "Completion date", "RAG"],
                 ["Finding 1: Building control: inspection records were not kept up to date"],
                 ["Digitise all open building control case files",
                  "Milestone; By; Status\nReview of the first three months; Autumn term 2026; Done\n"
                  "Guidance published; Summer term 2027; Not started", "Head of Planning", "Summer term 2027", "Green"],
                 ["Introduce a completion certificate checklist",
                  "Milestone; By; Status\nPilot in one team; March 2027; In progress", "Head of Planning",
                  "March 2027", "Amber"])
    actions = _doc(table, fmt="docx").actions
    assert [a.area_ref for a in actions] == ["1", "1"]
    first = actions[0]
    assert [(m.milestone, m.due_date, m.status) for m in first.milestones] == [
        ("Review of the first three months", "2026-12", "complete"), ("Guidance published", "2027-07", "not_started")]


def test_milestone_lines_that_each_print_a_date_are_its_items():
    cell = "Training delivered (31/12/2026, On track)\nPilot in one team (24/04/2027, On track)"
    assert dated_lines(cell) == [(1, cell.split("\n")[0]), (2, cell.split("\n")[1])]
    # a line with no date of its own: one milestone wrapped over lines, not items
    assert dated_lines("Agree the scope with the service\nlead by May 2027") is None


# ---- a tracker of action rows each followed by its update, its target a quarter and a year --------

def test_update_rows_under_actions_and_a_quarter_beside_its_year():
    table = grid(["No.", "Action", "Lead", "Target quarter", "Year", "RAG"],
                 ["Priority 1 - A greener borough"],
                 ["1.1", "Plant 5,000 trees on council land", "Head of Highways", "Q4", "2027/28", "Red"],
                 ["Latest position - Pilot running in two wards."],
                 ["1.2", "Switch all street lights to LED", "Head of Highways", "Q3", "2026/27", "Green"],
                 ["Progress update: Partners engaged and a project board set up."],
                 ["1.3", "Introduce food waste collections to flats", "Head of Waste", "Q1", "2027/28", "Amber"])
    table.rows[1].cells[0].colspan = 6
    table.rows[3].cells[0].colspan = 6
    table.rows[5].cells[0].colspan = 6
    actions = _doc(table, fmt="docx").actions
    assert [a.action for a in actions] == ["Plant 5,000 trees on council land", "Switch all street lights to LED",
                                           "Introduce food waste collections to flats"]
    assert [a.progress for a in actions] == ["Pilot running in two wards.",
                                             "Partners engaged and a project board set up.", ""]
    assert [a.due_date for a in actions] == ["2028-03", "2026-12", "2027-06"]
    assert {a.area for a in actions} == {"A greener borough"}


def test_a_progress_label_over_status_words_in_plain_text_forms_is_the_status():
    # plain text: no headings, the forms found by their recurring labels (labelforms.read_label_forms)
    blocks = [Paragraph("Delivery Plan 2026/27", 1, 1)]
    values = [("Bring 60 long-term empty homes back into use", "Ongoing"),
              ("Adopt a selective licensing scheme for private rented homes", "On track"),
              ("Start building 120 council homes on the former depot site", "Not started")]
    line = 2
    for k, (work, position) in enumerate(values, 1):
        blocks += [Paragraph(f"1.{k}", 1, line), Paragraph(f"What we will do: {work}", 1, line + 1),
                   Paragraph("Accountable officer: Director of Place", 1, line + 2),
                   Paragraph("Delivery date: Sep-27", 1, line + 3), Paragraph(f"Position: {position}", 1, line + 4)]
        line += 5
    actions = _doc(*blocks, fmt="txt").actions
    assert [a.action for a in actions] == [w for w, _ in values]
    assert [a.status for a in actions] == ["ongoing", "in_progress", "not_started"]
    assert [a.progress for a in actions] == ["", "", ""]


def test_a_name_cut_after_its_comma_goes_on_in_the_row_below():
    table = grid(["Action", "Lead", "Due date", "Status"],
                 ["Install EV chargers at three council depots", "Brennan,", "26/11/2026", "Deferred"],
                 ["", "Siobhan", "", ""],
                 ["Publish an open data catalogue", "Hughes, Gareth", "07/10/2026", "Completed"],
                 ["", "Okafor, James", "", ""])
    actions = _doc(table, fmt="pdf").actions
    assert [a.lead for a in actions] == ["Brennan, Siobhan", "Hughes, Gareth"]  # a second name stays aside
