"""Real plans kept in Word, PDF and spreadsheets (issue 14): the shapes of a student team's Word work
plan (dated meeting slots over the tasks), a software project plan (a version history table before
the phases' 'During this phase, I will:' lists), a Gantt workplan sheet (a bare 'Group' column, dates
typed as ddmmyy numbers) and a strategy tracker (an 'Ambition' column over the objectives).

The documents here are written by the tests in wordings and layouts of their own (no copy of a
dev-set document): each rule is checked on a unit input and end to end on a file."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import docx
import openpyxl

import planx
from planx.normalise.choose import Choice
from planx.normalise.columns import profile
from planx.normalise.groupcols import grouped_by_labels, tier_above
from planx.normalise.headers import Column
from planx.normalise.numdates import column_order, read_numeric_dates
from planx.normalise.records import Action

# ---- the tier above: an 'Ambition' column over the objectives ----------------------------------------

AMBITIONS = ["Thriving high streets"] * 6 + ["Safer neighbourhoods"] * 6 + ["Healthy lives"] * 6
OBJECTIVES = [f"By 2030 the borough will meet objective {k // 3 + 1} for its residents." for k in range(18)]
ACTIONS = [f"Deliver programme step {k + 1} with partners across the borough" for k in range(18)]


def tier_columns(ambitions: list[str] = AMBITIONS, objectives: list[str] = OBJECTIVES
                 ) -> tuple[list[Column], dict, dict[int, list[str]]]:
    by_col = {0: ambitions, 1: objectives, 2: ACTIONS}
    columns = [Column(0, 1, "", "Ambition", basis="other"), Column(1, 1, "objective", "Strategic objective"),
               Column(2, 1, "action", "Action")]
    return columns, {k: profile(v) for k, v in by_col.items()}, by_col


def test_a_label_column_whose_heading_lost_the_objective_is_the_tier_above():
    columns, profiles, by_col = tier_columns()
    choice = tier_above(columns, profiles, by_col, 18)
    assert isinstance(choice, Choice) and choice.fields == {0: "area"}
    assert "'Ambition'" in choice.why and "'Strategic objective'" in choice.why and choice.confidence == 1.0


def test_labels_that_do_not_nest_the_objectives_are_no_tier_above():
    # each objective printed under two ambitions: the columns cross, neither groups the other
    crossed = ["Thriving high streets", "Safer neighbourhoods", "Healthy lives"] * 6
    columns, profiles, by_col = tier_columns(ambitions=crossed)
    assert tier_above(columns, profiles, by_col, 18) is None


def test_a_table_with_an_area_needs_no_tier_above():
    columns, profiles, by_col = tier_columns()
    columns.append(Column(3, 1, "area", "Theme"))
    assert tier_above(columns, profiles, by_col, 18) is None


def test_tracker_with_an_ambition_column_end_to_end(tmp_path: Path):
    path = tmp_path / "borough_strategy_tracker.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Ref", "Ambition", "Strategic objective", "Action", "Lead organisation", "Target date", "Status"])
        for k in range(18):
            w.writerow([f"{k // 6 + 1}.{k % 6 + 1}", AMBITIONS[k], OBJECTIVES[k], ACTIONS[k], "Borough council",
                        "31/03/2027", "Not started"])
    result = planx.convert_file(str(path))
    assert len(result.actions) == 18
    assert [a.area for a in result.actions] == AMBITIONS
    assert all(a.objective == OBJECTIVES[k] for k, a in enumerate(result.actions))
    assert any("the tier above" in w for w in result.warnings)


# ---- a bare 'Group' column of repeated labels ---------------------------------------------------------

def test_a_group_column_of_repeated_labels_is_the_area():
    groups = ["Fieldwork", "Fieldwork", "Analysis", "Fieldwork", "Reporting", "Analysis", "Reporting", "Analysis",
              "Reporting"]
    columns = [Column(0, 1, "action", "Task"), Column(1, 1, "due", "Finish"), Column(2, 1, "", "Group", basis="other")]
    profiles = {0: profile([f"task {k}" for k in range(9)]), 2: profile(groups)}
    choice = grouped_by_labels(columns, profiles, 9)
    assert isinstance(choice, Choice) and choice.fields == {2: "area"}


def test_a_group_column_of_people_is_no_area():
    people = ["Jane Smith", "Jane Smith", "Ravi Patel", "Ravi Patel", "Jane Smith", "Ravi Patel"]
    columns = [Column(0, 1, "action", "Task"), Column(1, 1, "", "Group", basis="other")]
    assert grouped_by_labels(columns, {1: profile(people)}, 6) is None


def test_a_group_column_of_one_label_each_is_no_area():
    columns = [Column(0, 1, "action", "Task"), Column(1, 1, "", "Group", basis="other")]
    assert grouped_by_labels(columns, {1: profile([f"Stream {k}" for k in range(8)])}, 8) is None


# ---- dates typed as numbers: ddmmyy without its leading zero ------------------------------------------

def test_six_digit_numbers_read_as_day_month_year():
    order, dates = column_order(["150323", "20423", "300623", "10923"])  # type: ignore[misc]
    assert order == "dmy"
    assert dates == [dt.date(2023, 3, 15), dt.date(2023, 4, 2), dt.date(2023, 6, 30), dt.date(2023, 9, 1)]


def test_year_first_when_day_first_fails():
    order, dates = column_order(["230315", "230402", "230630"])  # type: ignore[misc]
    assert order == "ymd" and dates[0] == dt.date(2023, 3, 15)


def test_day_counts_stay_day_counts():
    # five digits each: Excel's day counts of a date cell that lost its format (dates.excel_serial reads them)
    assert column_order(["44440", "44531", "44652"]) is None
    # a column with a cell that is no such number is no such column
    assert column_order(["150323", "20423", "TBC"]) is None
    # dates years apart are no plan's column of dates
    assert column_order(["150301", "20423", "300630"]) is None


def test_numeric_dates_replace_the_day_count_reading_and_its_warning():
    actions = [Action(action=f"Task {k}", due_raw=raw, table=1) for k, raw in enumerate(["150323", "20423", "10923"])]
    actions[1].due_date = "2041-12-05"  # what the day-count reading gave the five-digit cell
    warnings = ["due '20423' read as an Excel date serial (2041-12-05)"]
    read_numeric_dates(actions, warnings)
    assert [a.due_date for a in actions] == ["2023-03-15", "2023-04-02", "2023-09-01"]
    assert len(warnings) == 1 and "ddmmyy" in warnings[0]


def test_gantt_workplan_sheet_end_to_end(tmp_path: Path):
    rows = [("Scoping workshop", 10323, 150323, "Fieldwork"), ("Household survey", 150323, 20423, "Fieldwork"),
            ("Clean survey data", 30423, 200423, "Analysis"), ("Key informant interviews", 200323, 100523, "Fieldwork"),
            ("Draft findings note", 100523, 300523, "Reporting"), ("Statistical models", 210423, 150623, "Analysis"),
            ("Validation meeting", 160623, 300623, "Reporting"),
            ("Summary tables for the client", 10523, 10723, "Analysis"),
            ("Final report", 10723, 310723, "Reporting")]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Task", "Start", "Finish", "Group"])
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "survey_workplan.xlsx"
    book.save(path)
    result = planx.convert_file(str(path))
    assert [a.action for a in result.actions] == [r[0] for r in rows]
    assert [a.area for a in result.actions] == [r[3] for r in rows]
    assert [a.due_date for a in result.actions] == [
        "2023-03-15", "2023-04-02", "2023-04-20", "2023-05-10", "2023-05-30", "2023-06-15", "2023-06-30",
        "2023-07-01", "2023-07-31"]
    assert not any("Excel date serial" in w for w in result.warnings)


# ---- dated slots over the tasks (a team's meetings) ---------------------------------------------------

SLOTS = [("Sprint A", [("05/02-05/06: Stand-up (9am)", ["Draft the user survey", "Book the usability lab"],
                        ["Ana - survey", "Ben - lab"], "05/06 - Survey due"),
                       ("05/09-05/13: Stand-up (9am)", ["Run the first usability session"], [], "")]),
         ("Sprint B", [("05/16: Stand-up (9am)", ["Write up the findings for the client",
                                                  "Present the prototype to the client"], ["Everyone - slides"], "")])]


def slot_plan(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Capstone team work plan", 0)
    d.add_paragraph("We meet twice a week in the lab.")
    for sprint, slots in SLOTS:
        d.add_heading(sprint, 2)
        for slot, tasks, roles, deadline in slots:
            d.add_paragraph(slot, style="List Bullet")
            for task in tasks:
                d.add_paragraph(task, style="List Bullet 2")
            if roles:
                d.add_paragraph("ROLES:", style="List Bullet 2")
                for role in roles:
                    d.add_paragraph(role, style="List Bullet 3")
            if deadline:
                d.add_paragraph(deadline, style="List Bullet 2")
    d.save(path)


def test_tasks_under_dated_slots_are_the_actions(tmp_path: Path):
    path = tmp_path / "capstone_work_plan.docx"
    slot_plan(path)
    result = planx.convert_file(str(path))
    want = [(task, slot.split(":")[0], sprint) for sprint, slots in SLOTS for slot, tasks, _, _ in slots
            for task in tasks]
    assert [(a.action, a.timeframe, a.area) for a in result.actions] == want
    # no year: the slot's date is when, not a due date a reader could place
    assert all(not a.due_date for a in result.actions)
    aside = " ".join(lo.text for lo in result.leftovers)
    for kept in ("Stand-up (9am)", "ROLES", "Ana - survey", "Survey due"):
        assert kept in aside


def test_a_slot_with_its_year_dates_its_tasks(tmp_path: Path):
    text = ("# Volunteer programme plan\n\n## Spring\n\n- 12 May 2025: Steering group\n"
            "  - Recruit ten volunteer drivers\n  - Agree the route map with the depot\n"
            "- 19 May 2025: Steering group\n  - Train the first cohort of drivers\n")
    path = tmp_path / "volunteer_plan.md"
    path.write_text(text, encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [(a.action, a.due_date) for a in result.actions] == [
        ("Recruit ten volunteer drivers", "2025-05-12"), ("Agree the route map with the depot", "2025-05-12"),
        ("Train the first cohort of drivers", "2025-05-19")]


# ---- a document's version history before the plan's phase lists --------------------------------------

PHASES = {"Discovery Phase": ["Interview the service desk staff about the current tool.",
                              "Map the data held in the legacy database."],
          "Build Phase": ["Develop the booking screens in two-week sprints.",
                          "Review each sprint's work with the product owner.",
                          "Migrate the legacy records to the new store."],
          "Handover Phase": ["Write the operations manual for the support team.",
                             "Present the finished service to the board."]}


def project_plan(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Booking service project plan", 0)
    d.add_heading("Version control", 2)
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Version", "Date", "What"], strict=True):
        cell.text = text
    for row in [("0.1", "03/03/2025", "First draft of the plan."),
                ("0.2", "10/03/2025", "Revised after the sponsor's review."),
                ("1.0", "24/03/2025", "Agreed by the project board.")]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_heading("Circulation", 2)
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Version", "Date", "Sent to"], strict=True):
        cell.text = text
    for row in [("0.1", "03/03/2025", "Project sponsor – for comment."),
                ("1.0", "25/03/2025", "Published on the intranet.")]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_heading("Planning", 1)
    for phase, items in PHASES.items():
        d.add_heading(phase, 2)
        d.add_paragraph(f"The {phase} sets the pace for what follows.")
        d.add_paragraph("During this phase, we will:")
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    d.save(path)


def test_phase_lists_are_read_and_the_version_history_kept_aside(tmp_path: Path):
    path = tmp_path / "booking_project_plan.docx"
    project_plan(path)
    result = planx.convert_file(str(path))
    want = [(item.rstrip("."), phase) for phase, items in PHASES.items() for item in items]
    assert [(a.action.rstrip("."), a.area) for a in result.actions] == want
    assert any("version history" in w for w in result.warnings)
    aside = " ".join(lo.text for lo in result.leftovers)
    assert "Agreed by the project board." in aside and "Published on the intranet." in aside


# ---- a Gantt table's phase rows -----------------------------------------------------------------------

GANTT = [("Discovery", "2024-01-08", "2024-03-01"), ("Interview tenants", "2024-01-08", "2024-02-02"),
         ("Map repair journeys", "2024-02-05", "2024-03-01"),
         ("Alpha", "2024-03-04", "2024-05-31"), ("Prototype the repair form", "2024-03-04", "2024-04-12"),
         ("Test with twenty tenants", "2024-04-15", "2024-05-10"), ("Assess against the standard", "2024-05-13",
                                                                     "2024-05-31"),
         ("Write the business case", "2024-05-20", "2024-06-28")]


def gantt_csv(path: Path, rows: list[tuple[str, str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Task", "Start", "End", "Owner"])
        for task, start, end in rows:
            w.writerow([task, start, end, "Repairs team"])


def test_phase_rows_are_the_area_of_the_tasks_they_span(tmp_path: Path):
    path = tmp_path / "repairs_service_gantt.csv"
    gantt_csv(path, GANTT)
    result = planx.convert_file(str(path))
    assert [(a.action, a.area) for a in result.actions] == [
        ("Interview tenants", "Discovery"), ("Map repair journeys", "Discovery"),
        ("Prototype the repair form", "Alpha"), ("Test with twenty tenants", "Alpha"),
        ("Assess against the standard", "Alpha"), ("Write the business case", "")]
    assert any("phase row" in w for w in result.warnings)
    aside = [lo for lo in result.leftovers if lo.reason.startswith("phase row")]
    assert {lo.text for lo in aside} >= {"Discovery", "Alpha", "2024-03-01", "2024-05-31"}


def test_rows_whose_dates_only_overlap_are_no_phases(tmp_path: Path):
    # the first row ends before the last row it seems to cover: no row's span is exactly its tasks'
    rows = [("Survey design", "2024-01-08", "2024-02-23"), ("Pilot the survey", "2024-01-15", "2024-02-02"),
            ("Field the survey", "2024-02-05", "2024-03-29"), ("Weight the results", "2024-04-01", "2024-04-12")]
    path = tmp_path / "survey_gantt.csv"
    gantt_csv(path, rows)
    result = planx.convert_file(str(path))
    assert [a.action for a in result.actions] == [r[0] for r in rows]
    assert all(not a.area for a in result.actions)


# ---- milestones written as dated titles over paragraphs -----------------------------------------------

STAGES = [("Stakeholder interviews", "14 October 2024"), ("Options appraisal drafted", "4 November 2024"),
          ("Consultation with residents", "2 December 2024"), ("Final recommendations to cabinet", "20 January 2025")]


def prose_plan(path: Path, heading: str, title: str) -> None:
    d = docx.Document()
    d.add_paragraph(title)
    d.add_paragraph("This note sets out how the review will be run over the coming months.")
    d.add_paragraph(heading)
    for stage, when in STAGES:
        d.add_paragraph(f"{stage} – {when}")
        d.add_paragraph("The team will meet the people concerned and write up what it heard in a short note "
                        "for the steering group, which agrees what follows.")
    d.add_paragraph("Risks")
    d.add_paragraph("The main risk is a late start to the consultation.")
    d.save(path)


def test_dated_title_lines_under_a_milestones_heading_are_the_plan(tmp_path: Path):
    path = tmp_path / "library_hours.docx"
    prose_plan(path, "Timetable:", "Library opening hours project")
    result = planx.convert_file(str(path))
    assert [(a.action, a.due_raw) for a in result.actions] == STAGES
    assert result.actions[-1].due_date == "2025-01-20"
    aside = " ".join(lo.text for lo in result.leftovers)
    assert "write up what it heard" in aside  # the paragraphs under the titles are kept


def test_a_checklist_of_dated_done_steps_is_no_run_of_dated_titles():
    # '- [x] Design agreed (week 3) - Completed 2026-01-23': a list's items, ticked off, in a plan
    # whose actions are elsewhere (forms per item): no title lines over paragraphs
    from planx.extract.model import Paragraph, RawDocument
    from planx.normalise.datedtitles import read_dated_titles
    lines = ["Plan of action and milestones", "Milestones:",
             "- [x] Design agreed (week 3) - Completed 2026-01-23",
             "- [x] System built (week 5) - Completed 2026-02-20",
             "- [x] Tested with users (week 6) - Completed 2026-03-02"]
    raw = RawDocument(path="x.md", name="x.md", format="md",
                      blocks=[Paragraph(t, 1, k, heading=k == 0) for k, t in enumerate(lines)])
    assert read_dated_titles(raw).blocks == raw.blocks
    # the same lines unbulleted are the plan's dated titles
    plain = RawDocument(path="x.md", name="x.md", format="md",
                        blocks=[Paragraph(t.replace("- [x] ", ""), 1, k, heading=k == 0) for k, t in enumerate(lines)])
    assert len(read_dated_titles(plain).blocks) < len(plain.blocks)


def test_dated_lines_in_a_newsletter_are_no_plan(tmp_path: Path):
    path = tmp_path / "parish_newsletter.docx"
    prose_plan(path, "Dates for your diary:", "Parish newsletter – autumn edition")
    assert planx.convert_file(str(path)).actions == []


def test_tasks_of_the_same_dates_run_side_by_side_are_no_phase(tmp_path: Path):
    # three tasks over one week, then one over a part of it: no row is the others' phase
    rows = [("Use-case diagram", "2024-11-21", "2024-11-28"), ("Class diagram", "2024-11-21", "2024-11-28"),
            ("Sequence diagram", "2024-11-21", "2024-11-28"), ("Review the diagrams", "2024-11-25", "2024-11-28")]
    path = tmp_path / "design_gantt.csv"
    gantt_csv(path, rows)
    result = planx.convert_file(str(path))
    assert [a.action for a in result.actions] == [r[0] for r in rows]


def test_a_spreadsheet_cell_is_never_a_clipped_copy_of_the_next(tmp_path: Path):
    # the lead, then the partners opening with the lead's own name: two values, both kept
    path = tmp_path / "flood_actions.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Action", "Lead organisation", "Other organisations involved", "Target date"])
        w.writerow(["Publish the surface water map", "County Highways Team", "County Highways Team only", "31/03/2026"])
        w.writerow(["Clear the culverts on the high street", "County Highways Team", "Parish council", "30/09/2026"])
        w.writerow(["Fit property flood resilience kits", "County Highways Team",
                    "County Highways Team with the district council", "31/12/2026"])
    result = planx.convert_file(str(path))
    assert [a.lead for a in result.actions] == ["County Highways Team"] * 3
    aside = [lo.text for lo in result.leftovers]
    assert "County Highways Team only" in aside


FLOOD_ROWS = [["Action", "Lead organisation", "Other organisations involved", "Target date"],
              ["Publish the surface water map", "County Highways Team", "County Highways Team only", "31/03/2026"],
              ["Clear the culverts on the high street", "County Highways Team", "Parish council", "30/09/2026"]]


def test_a_word_cell_is_never_a_clipped_copy_of_the_next(tmp_path: Path):
    # the same two values in a Word table: an author typed both, so neither is a conversion's clipped copy
    d = docx.Document()
    d.add_paragraph("Flood risk action plan")
    table = d.add_table(rows=len(FLOOD_ROWS), cols=4)
    for r, values in enumerate(FLOOD_ROWS):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "flood_actions.docx"
    d.save(str(path))
    result = planx.convert_file(str(path))
    assert [a.lead for a in result.actions] == ["County Highways Team"] * 2
    assert "County Highways Team only" in [lo.text for lo in result.leftovers]


def test_a_web_table_cell_is_never_a_clipped_copy_of_the_next(tmp_path: Path):
    cells = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in FLOOD_ROWS)
    path = tmp_path / "flood_actions.html"
    path.write_text(f"<html><body><h1>Flood risk action plan</h1><table>{cells}</table></body></html>")
    result = planx.convert_file(str(path))
    assert [a.lead for a in result.actions] == ["County Highways Team"] * 2


# ---- numbered titles over labelled parts (Goal / Work / Done means), under bold stage lines -----------

WORK = {"Stage 1 — Make the booking form safe": ["Fix the double booking fault", "Validate the dates people enter"],
        "Stage 2 — Open the form to the public": ["Publish the form on the council website",
                                                 "Train the contact centre on the new form"]}


def bold(d: docx.document.Document, text: str, style: str | None = None) -> None:
    p = d.add_paragraph(style=style)
    p.add_run(text).bold = True


def titled_work_plan(path: Path, labels: bool = True) -> None:
    d = docx.Document()
    d.add_paragraph("Booking form work plan")
    n = 0
    for stage, titles in WORK.items():
        bold(d, stage)
        for title in titles:
            n += 1
            bold(d, f"{n}. {title}")
            if labels:
                bold(d, "Goal")
                d.add_paragraph("One form that never loses a booking.")
                bold(d, "Work")
            for step in ("check the current behaviour", "change the code", "test it with the team"):
                d.add_paragraph(step, style="List Bullet")
            if labels:
                bold(d, "Done means")
                d.add_paragraph("no complaint about it for a month", style="List Bullet")
    d.save(path)


def test_numbered_titles_over_labelled_parts_are_the_actions(tmp_path: Path):
    path = tmp_path / "booking_form_work_plan.docx"
    titled_work_plan(path)
    result = planx.convert_file(str(path))
    assert [(a.action, a.area_ref, a.area) for a in result.actions] == [
        ("Fix the double booking fault", "1", "Make the booking form safe"),
        ("Validate the dates people enter", "1", "Make the booking form safe"),
        ("Publish the form on the council website", "2", "Open the form to the public"),
        ("Train the contact centre on the new form", "2", "Open the form to the public")]
    aside = " ".join(lo.text for lo in result.leftovers)
    assert "check the current behaviour" in aside and "no complaint about it for a month" in aside


def test_numbered_titles_over_bare_lists_stay_themes(tmp_path: Path):
    # no labelled parts and no prose under the titles: they head lists, whose items the list readers weigh
    path = tmp_path / "booking_form_work_plan.docx"
    titled_work_plan(path, labels=False)
    result = planx.convert_file(str(path))
    assert not any("bold numbered titles" in w for w in result.warnings)
