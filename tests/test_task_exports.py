"""Task lists exported from planning tools (a planner's buckets, a board's lists of cards): what their
columns mean. A bucket groups tasks (the area); a board's list is the area too, unless its lists are
named by status words ('To Do / Doing / Done'), when it is the stage each card has reached (the
status). A tool's TRUE / FALSE flags ('Is Recurring', 'Late') say nothing of how a task stands, and its
priorities ('Urgent / Important / Medium / Low') are no area. Bookkeeping columns (counts, URLs,
labels) do not stop the heading row being read. A workbook's 'Plan name' cell names the plan."""
from __future__ import annotations

import csv
from pathlib import Path

import planx
from planx.normalise.area_titles import record_id
from planx.normalise.columns import flag_not_done, looks_like_priority_level

_PLANNER_HEAD = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
                 "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date",
                 "Checklist Items", "Labels", "Description"]
# (task, bucket, progress, priority, assigned, due)
_TASKS = [
    ("Open two more family hubs in the north of the borough", "Early help", "Completed", "Urgent",
     "Rosa Lindqvist", "14/05/2026"),
    ("Train hub staff in restorative practice", "Early help", "In progress", "Important",
     "Rosa Lindqvist;Kofi Mensah", "30/09/2026"),
    ("Publish a directory of parenting courses", "Early help", "Not started", "Low", "Kofi Mensah", ""),
    ("Cut waiting times for speech and language assessments", "Health partners", "In progress", "Medium",
     "Ewan Fraser", "31/01/2027"),
    ("Agree joint commissioning of therapies with the ICB", "Health partners", "Completed", "Urgent",
     "Ewan Fraser;Rosa Lindqvist", "12/03/2026"),
    ("Run termly surveys of parent carers", "Listening to families", "Not started", "Medium",
     "Hana Novak", "20/07/2026"),
]


def _planner_rows() -> list[list[str]]:
    return [[f"{k}e7f{k}0c3b9AbC{k}", task, bucket, progress, priority, who, "Ann Lee", "02/04/2026", "01/04/2026", due,
             "false", "true" if k % 2 else "false", "", "3", "Quick win", ""]
            for k, (task, bucket, progress, priority, who, due) in enumerate(_TASKS)]


def _write_csv(path: Path, head: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(head)
        writer.writerows(rows)
    return path


def test_a_planner_export_groups_tasks_by_bucket_and_reads_progress_words_as_status(tmp_path):
    result = planx.convert_file(str(_write_csv(tmp_path / "hubs_tasks.csv", _PLANNER_HEAD, _planner_rows())))
    got = [(a.action, a.area, a.status_raw, a.status, a.lead, a.due_date) for a in result.actions]
    # the tool's record ids are each task's reference, no area's number
    assert [a.ref for a in result.actions] == [r[0] for r in _planner_rows()]
    assert not any(a.area_ref for a in result.actions)
    assert got == [
        (task, bucket, progress, {"Completed": "complete", "In progress": "in_progress",
                                  "Not started": "not_started"}[progress], who,
         "-".join(reversed(due.split("/"))) if due else "")
        for task, bucket, progress, _, who, due in _TASKS]


def test_a_planner_workbook_takes_its_title_from_the_plan_name_cell(tmp_path):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Plan name", "Family Hubs Programme 2026-27"])
    ws.append(["Plan ID", "Zx81QwErTy"])
    ws.append(["Date of export", "02/04/2026"])
    ws.append([])
    ws.append(_PLANNER_HEAD)
    for row in _planner_rows():
        ws.append(row)
    wb.save(tmp_path / "hubs.xlsx")
    result = planx.convert_file(str(tmp_path / "hubs.xlsx"))
    assert result.title == "Family Hubs Programme 2026-27"
    assert [a.area for a in result.actions] == [t[1] for t in _TASKS]
    assert [a.status_raw for a in result.actions] == [t[2] for t in _TASKS]


_BOARD_HEAD = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members", "Due Date",
               "Due Complete", "Attachment Count", "Checklist Item Total Count", "Vote Count", "Comment Count",
               "Last Activity Date", "List ID", "List Name", "Board Name", "Archived"]
_CARDS = [  # (card, members, due, list)
    ("Repaint the pedestrian crossings on the High Street", "Ola Berg", "2026-05-04T09:00:00.000Z", "To Do"),
    ("Install dropped kerbs at three bus stops", "Ola Berg, Tariq Aziz", "2026-07-21T09:00:00.000Z", "Doing"),
    ("Survey cycle parking demand at the station", "Tariq Aziz", "", "Doing"),
    ("Replace faded school-zone signs", "Mei Chen", "2026-03-02T09:00:00.000Z", "Done"),
    ("Consult residents on a 20mph zone", "Mei Chen, Ola Berg", "2026-09-15T09:00:00.000Z", "To Do"),
]


def _board(lists: list[str]) -> list[list[str]]:
    return [[f"c{k}ab", card, f"https://boards.example/c/{k}", "", "Roads (green)", who, due,
             "true" if lst == "Done" else "false", "0", "3", "0", "1", "2026-02-01T10:00:00.000Z", f"l{k}",
             lst, "Safer Streets 2026", "false"]
            for k, ((card, who, due, _), lst) in enumerate(zip(_CARDS, lists, strict=True))]


def test_a_board_export_reads_its_lists_of_status_words_as_each_cards_status(tmp_path):
    path = _write_csv(tmp_path / "streets_board.csv", _BOARD_HEAD, _board([c[3] for c in _CARDS]))
    result = planx.convert_file(str(path))
    # the heading row is read as headings despite the board's bookkeeping columns: no 'Card Name' action
    assert [(a.action, a.lead, a.due_raw, a.due_date, a.status) for a in result.actions] == [
        (card, who, due, due[:10], {"To Do": "not_started", "Doing": "in_progress", "Done": "complete"}[lst])
        for card, who, due, lst in _CARDS]
    assert not any(a.area for a in result.actions)


def test_a_board_whose_lists_are_themes_reads_them_as_the_area(tmp_path):
    themes = ["Crossings", "Crossings", "Cycling", "Signs", "Speed limits"]
    result = planx.convert_file(str(_write_csv(tmp_path / "streets_themes.csv", _BOARD_HEAD, _board(themes))))
    assert [a.area for a in result.actions] == themes
    # 'Due Complete' is the board's own done flag, not a list of statuses: no status read from the lists
    assert all(a.status != "in_progress" for a in result.actions)


def test_true_false_flags_are_a_status_only_under_a_heading_of_completion():
    assert flag_not_done("Is Recurring", ["false", "FALSE", "true"])
    assert flag_not_done("Late", ["false", "true"])
    assert not flag_not_done("Done?", ["TRUE", "FALSE"])
    assert not flag_not_done("Completed", ["true", "false"])
    assert not flag_not_done("Is Recurring", ["Not started", "false"])  # not flags alone


def test_task_tools_priorities_are_levels():
    assert all(looks_like_priority_level(t) for t in ("Urgent", "Important", "Medium", "Low", "Highest"))
    assert not looks_like_priority_level("EHCP timeliness")


def test_a_tools_record_ids_are_no_area_references():
    assert record_id("caa32e6908AbC0") and record_id("66f224af27c552e478b")
    assert record_id("3f2504e0-4f89-11d3-9a0c-0305e82c3301")  # a GUID
    assert not any(record_id(r) for r in ("2.3", "HR2024", "SIP-4A", "ICT-002", "ACTION12", "P1.F2.A1"))


# a project tool's export (Asana-like): the task's 'Name', its 'Section/Column' numbering the priority
# it belongs to, a 'Projects' column naming the one project every task is in, an empty 'Parent task',
# a database's numeric 'Task ID'; Windows-1252, ';' between cells, a multi-line quoted note
_SECTION_HEAD = ["Task ID", "Created At", "Completed At", "Name", "Section/Column", "Assignee", "Due Date", "Notes",
                 "Projects", "Parent task"]
_SECTION_TASKS = [
    ("Recruit two more educational psychologists", "Priority 1 – Timely assessments", "Ruth Abara", "2026-06-30"),
    ("Publish the assessment timeline for families", "Priority 1 – Timely assessments", "Ian Moss", "2026-02-19"),
    ("Agree a joint commissioning plan with the ICB", "Priority 2 – Joint working", "Ruth Abara", "2025-11-30"),
    ("Set up a shared dashboard of waiting times", "Priority 2 – Joint working", "Lena Orr", "2026-01-31"),
]


def test_a_section_export_reads_the_numbered_section_as_the_area_not_the_project_or_the_record_id(tmp_path):
    rows = [[str(1202802136763877 + 1000003 * k), "2024-11-04", "", task, section, who, due,
             "Dependencies:\r\n- ICB sign-off (£45k)", "SEND Improvement Plan 2025", ""]
            for k, (task, section, who, due) in enumerate(_SECTION_TASKS)]
    path = tmp_path / "tasks_export.csv"
    with open(path, "w", newline="", encoding="cp1252") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(_SECTION_HEAD)
        writer.writerows(rows)
    result = planx.convert_file(str(path))
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_date) for a in result.actions]
    assert got == [(section.split()[1], section.split("– ")[1], task, who, due)
                   for task, section, who, due in _SECTION_TASKS]


_JIRA_HEAD = ["Summary", "Issue key", "Issue id", "Status", "Priority", "Assignee", "Due date", "Component/s",
              "Description"]
_ISSUES = [
    ("Pilot mental health support teams in ten schools", "Done", "31/Aug/26", "Health and wellbeing", "2026-08-31"),
    ("Improve the timeliness of health assessments", "To Do", "28/Feb/25", "Health and wellbeing", "2025-02-28"),
    ("Refresh the early help assessment form", "In Progress", "02/Apr/26", "Early help", "2026-04-02"),
    ("Train partner agencies in the new assessment", "Blocked", "25/Mar/25", "Early help", "2025-03-25"),
]


def test_an_issue_export_reads_components_as_the_area_and_day_month_name_year_dates(tmp_path):
    rows = [[summary, f"CSIP-{101 + k}", str(10401 + k), status, "High", "Ann Lee", due, component,
             "Awaiting sign-off.\r\n\r\n*Acceptance:* signed off"]
            for k, (summary, status, due, component, _) in enumerate(_ISSUES)]
    path = tmp_path / "issues.csv"
    with open(path, "w", newline="", encoding="cp1252") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(_JIRA_HEAD)
        writer.writerows(rows)
    result = planx.convert_file(str(path))
    got = [(a.action, a.area, a.due_raw, a.due_date) for a in result.actions]
    assert got == [(summary, component, due, iso) for summary, _, due, component, iso in _ISSUES]


def test_long_bare_numbers_are_record_ids_short_ones_area_numbers():
    assert record_id("1202802136763877")
    assert not record_id("12") and not record_id("2025")
