"""Spreadsheet trackers and KPI reports (branch rsheets): which column names the action when a
tracker gives each action a short title and a description, and KPI tables whose headings put the
indicators after grouping columns, a period before 'Target', a description beside the name, or
each row's period in a column of its own. Synthetic files of the real shapes (a state education
department's actions export; council and open-data quarterly performance reports, which are not
licensed for the repository); the real label rows are in tests/test_real_documents.py."""
from __future__ import annotations

from pathlib import Path

from conftest import read

import planx
from planx.normalise.headers import indicator_role, read_header, read_indicator_header

TRACKER = """\
Action ID,Short Title,Action Description,Owner,Start Date,Due Date,Revised Due Date,Status,RAG,% Complete,Comments
1.1,Publish literacy framework,"The department will develop and publish a statewide K-3 literacy framework \
aligned to the science of reading, with guidance for districts on adoption and professional learning.",Office of \
Teaching and Learning,01/07/2023,30/06/2024,31/12/2024,In Progress,Amber,60%,Draft out for consultation
1.2,Expand tutoring grants,"Award competitive grants to districts to expand high-dosage tutoring in grades 4-8, \
prioritising schools identified for comprehensive support.",Office of School Improvement,01/09/2023,31/03/2024,,\
Complete,Green,100%,42 grants awarded
1.3,Launch data dashboard,"Build and launch a public dashboard reporting chronic absenteeism, graduation and \
assessment results by subgroup for every school and district.",Office of Data and Accountability,01/01/2024,\
30/09/2024,,Not Started,Red,0%,Procurement delayed
"""


def _rows(text: str) -> tuple[list[tuple[int, int, str]], list[list[tuple[int, str]]]]:
    import csv
    import io
    table = list(csv.reader(io.StringIO(text)))
    return [(i, 1, t) for i, t in enumerate(table[0])], [list(enumerate(r)) for r in table[1:]]


def test_a_short_title_names_the_action_beside_its_description():
    cells, below = _rows(TRACKER)
    header = read_header(cells, below, first=True)
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Short Title"] == "action"
    assert fields["Action Description"] == ""  # described, not the action: its cells go aside


def test_action_title_beside_action_description():
    text = TRACKER.replace("Action ID,Short Title,Action Description", "No,Action Title,Action Description")
    cells, below = _rows(text)
    header = read_header(cells, below, first=True)
    assert header is not None
    assert {c.label: c.field for c in header.columns}["Action Title"] == "action"


def test_a_title_no_shorter_than_the_action_or_repeated_is_no_action_name():
    # 'Title' over a theme printed alike on each row: a group's label, the actions stay where they are
    text = ("Title,Action,Lead,Due date\n"
            "Reading,Train every teacher in the new phonics scheme,Head of English,July 2025\n"
            "Reading,Buy decodable books for every reception class,Head of English,July 2025\n"
            "Reading,Run reading workshops for parents each term,Deputy head,July 2025\n")
    cells, below = _rows(text)
    header = read_header(cells, below, first=True)
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Action"] == "action" and fields["Title"] != "action"


def _convert_csv(tmp_path: Path, name: str, text: str) -> tuple[Path, list[dict[str, str]]]:
    """Convert one CSV export written from `text`: the output folder and its actions."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([path], out=out, jobs=1, report=False)
    return out, read(out, "actions")


def test_tracker_export_end_to_end(tmp_path: Path):
    out, actions = _convert_csv(tmp_path, "state_education_actions.csv", TRACKER)
    assert [a["action"] for a in actions] == ["Publish literacy framework", "Expand tutoring grants",
                                             "Launch data dashboard"]
    assert [a["status"] for a in actions] == ["in_progress", "complete", "not_started"]
    assert actions[0]["lead"] == "Office of Teaching and Learning"
    # nothing lost: the descriptions are kept aside under their heading
    aside = [r["text"] for r in read(out, "leftovers") if r["heading"] == "Action Description"]
    assert len(aside) == 3 and aside[0].startswith("The department will develop")


def test_a_period_before_the_target_names_the_target():
    assert indicator_role("2022/23 Target") == ("target", 1.0)
    assert indicator_role("2024 Actual")[0] == "value"
    assert indicator_role("Q1 2022/23")[0] == "period"


def test_kpi_table_headings_of_open_data_reports():
    def roles(labels: list[str]) -> dict[str, str] | None:
        read_ = read_indicator_header(list(enumerate(labels)))
        return None if read_ is None else {label: role for _, role, label in read_}

    # a description and a frequency beside the named measure: notes, not an action plan's columns
    assert roles(["Measure", "Description", "Frequency", "Target", "Actual", "Variance", "RAG", "Commentary"]) == {
        "Measure": "indicator", "Description": "notes", "Frequency": "notes", "Target": "target",
        "Actual": "value", "Variance": "notes", "RAG": "rag", "Commentary": "notes"}
    # the indicators grouped by priority and objective before their names
    got = roles(["Priority", "Objective", "Key Performance Indicator", "Baseline", "Target", "Latest",
                 "Date of latest", "RAG"])
    assert got is not None and got["Key Performance Indicator"] == "indicator" and got["Priority"] == "notes"
    assert got["Target"] == "target" and got["Latest"] == "value" and got["Date of latest"] == "period"
    # a plan's columns after the groups: no indicator table
    assert roles(["Priority", "Objective", "Measure", "Lead officer", "Due date"]) is None


KPI_REPORT = """\
Priority,Objective,Key Performance Indicator,Baseline,Target,Latest,Date of latest,RAG
Thriving economy,More people in work,Employment rate 16-64,72.1%,75%,73.4%,Sep-23,Amber
Thriving economy,More people in work,Claimant count rate,4.1%,3.5%,3.8%,Oct-23,Amber
Healthy people,Reduce obesity,Percentage of year 6 children obese,22.4%,20%,23.9%,2022/23,Red
"""

QUARTERLY = """\
Indicator,Quarter,Target,Actual,RAG
Percentage of council tax collected,Q1,28%,27.5%,Amber
Percentage of council tax collected,Q2,56%,56.3%,Green
Number of fly-tipping incidents,Q1,400,455,Red
"""


def test_kpi_reports_end_to_end(tmp_path: Path):
    (tmp_path / "council_plan_kpis.csv").write_text(KPI_REPORT, encoding="utf-8")
    (tmp_path / "quarterly_kpis.csv").write_text(QUARTERLY, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert(sorted(tmp_path.glob("*.csv")), out=out, jobs=1, report=False)
    assert not read(out, "actions")  # a performance framework, not an action plan
    got = {(r["doc"], r["indicator"], r["period"]): (r["target"], r["value"], r["rag"])
           for r in read(out, "indicators")}
    assert got[("council_plan_kpis.csv", "Employment rate 16-64", "Sep-23")] == ("75%", "73.4%", "amber")
    assert got[("council_plan_kpis.csv", "Percentage of year 6 children obese", "2022/23")] == ("20%", "23.9%", "red")
    assert got[("quarterly_kpis.csv", "Percentage of council tax collected", "Q2")] == ("56%", "56.3%", "green")
    assert got[("quarterly_kpis.csv", "Number of fly-tipping incidents", "Q1")] == ("400", "455", "red")


WIDE = """\
Department of Education - Strategic Plan Implementation Tracker,,,,,,,,,
Last updated: 31 March 2024,,,,,,,,,
,,,,,,,,,
Action details,,,Responsibility,Timeline,,,Progress,,
ID,Short Title,Description,Lead Office,Start,Due,Revised Due,Status,% Complete,Notes
G1.1,Publish literacy framework,"The department will develop and publish a statewide K-3 literacy framework \
aligned to the science of reading, with guidance for districts.",Teaching and Learning,Jul-23,Jun-24,Dec-24,\
In Progress,60%,Consultation closed
G1.2,Expand tutoring grants,"Award competitive grants to districts to expand high-dosage tutoring in grades 4-8 \
in schools identified for support.",School Improvement,Sep-23,Mar-24,,Complete,100%,42 grants
G2.1,Launch data dashboard,"Build and launch a public dashboard reporting chronic absenteeism, graduation and \
assessment results by subgroup.",Data and Accountability,Jan-24,Sep-24,,Not Started,0%,Procurement delayed
"""


def test_a_wide_export_with_a_row_of_group_headings_over_its_headings(tmp_path: Path):
    # 'Action details | | | Responsibility | Timeline | | | Progress | |' over the headings: the
    # groups of several columns make the next row a second heading row, and 'Lead Office' under the
    # one column 'Responsibility' heads is its sub-label (a CSV keeps no merges; the workbook does)
    import csv
    import io

    import openpyxl
    csv_path = tmp_path / "tracker_export.csv"
    csv_path.write_text(WIDE, encoding="utf-8")
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in csv.reader(io.StringIO(WIDE)):
        ws.append([c or None for c in r])
    for span in ("A4:C4", "E4:G4", "H4:J4"):
        ws.merge_cells(span)
    wb.save(tmp_path / "tracker_export.xlsx")
    out = tmp_path / "out"
    planx.convert([csv_path, tmp_path / "tracker_export.xlsx"], out=out, jobs=1, report=False)
    for doc in ("tracker_export.csv", "tracker_export.xlsx"):
        actions = [a for a in read(out, "actions") if a["doc"] == doc]
        assert [a["action"] for a in actions] == ["Publish literacy framework", "Expand tutoring grants",
                                                 "Launch data dashboard"], doc
        assert [a["lead"] for a in actions] == ["Teaching and Learning", "School Improvement",
                                               "Data and Accountability"], doc
        assert [a["due_date"] for a in actions] == ["2024-12", "2024-03", "2024-09"], doc
        assert [a["status"] for a in actions] == ["in_progress", "complete", "not_started"], doc


STATE_PLAN = """\
Goal,Strategy,Action,Action Steps,Responsible Office,Timeline,Status
Goal 1: Early literacy,1.1 Strengthen core instruction,Adopt high-quality instructional materials,"Review approved \
list of K-3 materials; provide adoption grants to districts; train district leaders on implementation",Office of \
Academics,2023-2024,In Progress
Goal 1: Early literacy,1.1 Strengthen core instruction,Expand literacy coaching,"Hire 40 regional literacy coaches; \
deploy coaches to priority schools; evaluate coaching model",Office of Academics,2024-2025,Not Started
Goal 2: Graduation,2.1 Expand pathways,Grow dual enrollment,"Negotiate statewide articulation agreement; fund course \
fees for low-income students; publish participation data",Office of College and Career,2023-2025,In Progress
"""


def test_goal_strategy_action_export(tmp_path: Path):
    # 'Strategy' names the work less surely than 'Action' beside it (the tier the actions serve), and
    # 'Goal 1: Early literacy' under 'Goal' is each row's goal, not a banner over the rows below
    cells, below = _rows(STATE_PLAN)
    header = read_header(cells, below, first=True)
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Action"] == "action" and fields["Strategy"] != "action"
    out, actions = _convert_csv(tmp_path, "state_plan_actions.csv", STATE_PLAN)
    assert [a["action"] for a in actions] == ["Adopt high-quality instructional materials", "Expand literacy coaching",
                                             "Grow dual enrollment"]
    assert [a["objective"] for a in actions] == ["Goal 1: Early literacy", "Goal 1: Early literacy",
                                                "Goal 2: Graduation"]
    assert [a["status"] for a in actions] == ["in_progress", "not_started", "in_progress"]


def test_an_issue_log_is_no_plan_unless_it_holds_actions(tmp_path: Path):
    from planx.normalise.headers import issue_log
    labels = ["Issue ID", "Issue Description", "Date Raised", "Raised By", "Priority", "Impact", "Owner", "Status"]
    assert issue_log(labels)
    assert not issue_log(["No.", "Issue", "Those involved", "Final completion date"])  # a patient group's plan
    (tmp_path / "issue_log.csv").write_text(
        ",".join(labels) + "\n"
        "I-001,Supplier delays to the new case management system,12/01/2024,Programme Manager,High,"
        "Go-live may slip by one month,IT Lead,Open\n"
        "I-002,Two key posts in the project team are vacant,20/01/2024,HR Business Partner,Medium,"
        "Reduced capacity for testing,Project Sponsor,Open\n", encoding="utf-8")
    (tmp_path / "issue_actions.csv").write_text(
        "Issue ID,Issue,Date Raised,Priority,Action Required,Action Owner,Target Date,Status\n"
        "I-001,Supplier delays to the new case management system,12/01/2024,High,"
        "Agree a revised delivery plan with the supplier,IT Lead,28/02/2024,Open\n"
        "I-002,Two key posts in the project team are vacant,20/01/2024,Medium,"
        "Recruit interim testers through the framework,Project Sponsor,15/03/2024,Open\n", encoding="utf-8")
    out = tmp_path / "out"
    planx.convert(sorted(tmp_path.glob("*.csv")), out=out, jobs=1, report=False)
    actions = read(out, "actions")
    assert not [a for a in actions if a["doc"] == "issue_log.csv"]  # problems with owners, nothing to be done
    assert [(a["action"], a["lead"], a["due_date"]) for a in actions if a["doc"] == "issue_actions.csv"] == [
        ("Agree a revised delivery plan with the supplier", "IT Lead", "2024-02-28"),
        ("Recruit interim testers through the framework", "Project Sponsor", "2024-03-15")]
