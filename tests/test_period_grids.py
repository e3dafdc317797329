"""Delivery timelines whose period columns list the actions (normalise/periodgrid.py), lettered
milestone rows under numbered actions with an 'Overall status' beside them (walker_data_rows.sub_item_row,
whole_status_heading), and a partnership plan's partner columns (vocab: responsible).

The shapes are those of generated council plans (unseen24: quartergrid, subrows, partner); the files here
are synthetic variants in other renderings and wordings (terms instead of quarters, a workbook export as
CSV, a Word table, roman sub-items), so the rules are tested on more than the documents they were read on."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from docx import Document

from planx.extract import extract
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.periodgrid import items_of, read_period_grids


def _actions(path: Path):
    return normalise(extract(path)).actions


def _table(*rows: list[str]) -> Table:
    return Table(rows=[Row(cells=[Cell(t, c) for c, t in enumerate(r)], page=1, line=k) for k, r in enumerate(rows)],
                 page=1, index=1)


def _doc(*blocks) -> RawDocument:
    return RawDocument(path="g.docx", name="g.docx", format="docx", blocks=list(blocks))


# ---- period grids -------------------------------------------------------------------------------------

def test_items_of_splits_bullets_runs_and_unbulleted_verb_lines():
    assert items_of("• Train the staff\nin phonics\n• Publish the offer") == ["Train the staff in phonics",
                                                                               "Publish the offer"]
    # a text file's columns ran two items into one line
    assert items_of("- Commission a portal - Extend the scheme") == ["Commission a portal", "Extend the scheme"]
    # no bullets: a line opening with a capitalised verb opens an item ('Commission a' + the next line);
    # an acronym ('SEND …') goes on the line above
    assert items_of("Introduce the local area\nSEND inclusion toolkit\nCommission a\nmulti-agency audit") == [
        "Introduce the local area SEND inclusion toolkit", "Commission a multi-agency audit"]
    assert items_of("–") == [] and items_of("") == []


def test_term_columns_of_a_school_plan_in_a_word_table_are_read_as_actions_due_at_each_terms_end(tmp_path):
    d = Document()
    d.add_paragraph("Hillside Primary School Development Plan 2025/26")
    t = d.add_table(rows=3, cols=5)
    for row, cells in zip(t.rows, [
            ["Priority", "Leader", "Autumn term", "Spring term", "Summer term"],
            ["Reading", "English lead (NK)", "▪ Audit the reading scheme\n▪ Train staff in phonics",
             "▪ Launch the reading for pleasure club", "n/a"],
            ["Attendance", "Deputy head", "", "▪ Introduce first-day calls to parents",
             "▪ Review the attendance policy with governors"]], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "sdp.docx"
    d.save(path)
    acts = _actions(path)
    got = {(a.area, a.action, a.lead, a.due_date) for a in acts}
    assert got == {
        ("Reading", "Audit the reading scheme", "English lead (NK)", "2025-12"),
        ("Reading", "Train staff in phonics", "English lead (NK)", "2025-12"),
        ("Reading", "Launch the reading for pleasure club", "English lead (NK)", "2026-03"),
        ("Attendance", "Introduce first-day calls to parents", "Deputy head", "2026-03"),
        ("Attendance", "Review the attendance policy with governors", "Deputy head", "2026-07"),
    }


def test_quarter_columns_exported_as_csv_with_the_lead_after_them(tmp_path):
    path = tmp_path / "timeline.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Workstream", "Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26", "Owner"])
        w.writerow(["Digital", "* Replace the booking system", "", "* Retire the old website\n* Publish the API",
                    "-", "Head of Digital"])
        w.writerow(["Estates", "", "* Inspect the depots", "", "* Dispose of the Mill Lane site", "Estates Manager"])
    acts = _actions(path)
    got = {(a.action, a.lead, a.due_date) for a in acts}
    assert got == {("Replace the booking system", "Head of Digital", "2025-06"),
                   ("Retire the old website", "Head of Digital", "2025-12"),
                   ("Publish the API", "Head of Digital", "2025-12"),
                   ("Inspect the depots", "Estates Manager", "2025-09"),
                   ("Dispose of the Mill Lane site", "Estates Manager", "2026-03")}


def test_a_quarter_heading_over_its_months_and_a_year_from_the_title():
    raw = _doc(Paragraph("Roadmap 2026/27", 1, 1),
               _table(["Workstream", "Q1", "Q2", "Q3", "Q4", "Lead"],
                      ["", "Apr–Jun 2026", "Jul–Sep 2026", "Oct–Dec 2026", "Jan–Mar 2027", ""],
                      ["Customer", "• Launch the portal", "", "• Decommission the counter", "", "Jo Bloggs"],
                      ["Housing", "", "• Review the allocations policy", "", "• Establish the hub", "Ann Lee"]))
    out = read_period_grids(raw)
    rebuilt = out.blocks[1]
    assert isinstance(rebuilt, Table)
    assert rebuilt.rows[0].texts() == ["Workstream", "Lead", "Action", "Due"]
    assert rebuilt.rows[1].texts() == ["Customer", "Jo Bloggs", "Launch the portal", "Q1 Apr–Jun 2026"]
    assert len(rebuilt.rows) == 5 and any("hold the actions due in each period" in w for w in out.warnings)


def test_month_columns_whose_items_close_with_their_owner_in_brackets_give_the_lead():
    raw = _doc(Paragraph("Housing service calendar 2027", 1, 1),
               _table(["Theme", "Sep 2027", "Oct 2027", "Nov 2027"],
                      ["Repairs", "• Audit the damp cases (Repairs Manager)", "",
                       "• Commission the gas contract (Ann Lee / Raj Patel)"],
                      ["Tenancy", "", "• Launch the tenant panel (Tenant Engagement Team)",
                       "• Review the arrears letters (LADO)"]))
    out = read_period_grids(raw)
    rebuilt = out.blocks[1]
    assert isinstance(rebuilt, Table)
    assert rebuilt.rows[0].texts() == ["Theme", "Action", "Lead", "Due"]
    assert rebuilt.rows[1].texts() == ["Repairs", "Audit the damp cases", "Repairs Manager", "Sep 2027"]
    assert rebuilt.rows[2].texts() == ["Repairs", "Commission the gas contract", "Ann Lee / Raj Patel", "Nov 2027"]
    assert rebuilt.rows[3].texts() == ["Tenancy", "Launch the tenant panel", "Tenant Engagement Team", "Oct 2027"]
    # an acronym in brackets spells out the words before it: no owner
    assert rebuilt.rows[4].texts() == ["Tenancy", "Review the arrears letters (LADO)", "", "Nov 2027"]


def test_owners_in_brackets_are_read_only_where_most_items_close_so_and_no_column_names_the_lead():
    few = _doc(_table(["Theme", "Sep 2027", "Oct 2027", "Nov 2027"],
                      ["Repairs", "• Audit the damp cases (HHSRS)", "• Publish the repairs charter",
                       "• Commission the gas contract"],
                      ["Tenancy", "• Launch the tenant panel", "• Review the arrears letters", ""]))
    rebuilt = read_period_grids(few).blocks[0]
    assert isinstance(rebuilt, Table) and rebuilt.rows[0].texts() == ["Theme", "Action", "Due"]
    assert rebuilt.rows[1].texts()[1] == "Audit the damp cases (HHSRS)"
    led = _doc(_table(["Theme", "Owner", "Sep 2027", "Oct 2027", "Nov 2027"],
                      ["Repairs", "Jo Bloggs", "• Audit the damp cases (Repairs Manager)",
                       "• Publish the charter (Ann Lee)", "• Commission the contract (Raj Patel)"]))
    rebuilt = read_period_grids(led).blocks[0]
    assert isinstance(rebuilt, Table) and rebuilt.rows[0].texts() == ["Theme", "Owner", "Action", "Due"]


def test_a_heading_row_printed_again_among_the_rows_lists_nothing_to_do():
    raw = _doc(_table(["Theme", "Jan 28", "Feb 28", "Mar 28"],
                      ["Repairs", "• Audit the damp cases", "• Publish the charter", ""],
                      ["", "Jan 28", "Feb 28.", "Mar 28"],
                      ["Tenancy", "", "• Launch the tenant panel", "• Review the arrears letters"]))
    rebuilt = read_period_grids(raw).blocks[0]
    assert isinstance(rebuilt, Table)
    assert [r.texts()[1] for r in rebuilt.rows[1:]] == ["Audit the damp cases", "Publish the charter",
                                                        "Launch the tenant panel", "Review the arrears letters"]


def test_month_lines_each_right_over_a_text_table_date_its_rows(tmp_path):
    path = tmp_path / "timeline.txt"
    path.write_text("LIBRARY SERVICE DELIVERY TIMELINE 2027\n\nWhat we will do, month by month.\n\n\n"
                    "March 2027\nAction\tOwner\nRefurbish the reading room\tBranch Manager\n"
                    "Extend the opening hours on Saturdays\tMaria Santos\n\n\n"
                    "April 2027\nAction\tOwner\nLaunch the home delivery service\tOutreach Team\n"
                    "Replace the self-service kiosks\tIT Lead\n", encoding="utf-8")
    got = {(a.action, a.lead, a.due_date) for a in _actions(path)}
    assert got == {("Refurbish the reading room", "Branch Manager", "2027-03"),
                   ("Extend the opening hours on Saturdays", "Maria Santos", "2027-03"),
                   ("Launch the home delivery service", "Outreach Team", "2027-04"),
                   ("Replace the self-service kiosks", "IT Lead", "2027-04")}


def test_a_progress_grid_of_updates_and_a_plan_with_its_own_action_column_are_left_alone():
    updates = _doc(_table(["Theme", "Lead", "Q1", "Q2", "Q3", "Q4"],
                          ["Digital", "Jo", "On track", "Completed phase one", "Delayed by supplier", ""],
                          ["Estates", "Ann", "On track", "On track", "Survey complete", ""]))
    assert read_period_grids(updates) is updates
    milestones = _doc(_table(["Action", "Lead", "Q1", "Q2", "Q3"],
                             ["Replace the booking system", "Jo", "• Procure the system", "• Test it",
                              "• Go live"]))
    assert read_period_grids(milestones) is milestones


# ---- lettered milestone rows ----------------------------------------------------------------------------

@pytest.mark.parametrize("markers", [["i)", "ii)", "iii)"], ["(a)", "(b)", "(c)"], ["–", "–", "–"]])
def test_lettered_rows_under_a_numbered_action_are_its_milestones_and_overall_status_the_actions(tmp_path,
                                                                                                 markers):
    d = Document()
    d.add_paragraph("Adult Social Care Improvement Plan 2026/27")
    rows = [["No.", "Actions and milestones", "Owner", "Target date", "Progress status", "Overall status"],
            ["1.1", "Refresh the carers' strategy", "Jane Smith", "", "", "On target"],
            ["", f"{markers[0]} Consultation held", "", "May 2026", "Done", ""],
            ["", f"{markers[1]} Draft agreed by Cabinet", "", "01.10.26", "Not yet due", ""],
            ["1.2", "Recruit two social workers", "Head of Service", "March 2027", "", "Delayed"],
            ["", f"{markers[2]} Advert placed", "", "Sept 2026", "Slipped", ""]]
    t = d.add_table(rows=len(rows), cols=6)
    for row, cells in zip(t.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "plan.docx"
    d.save(path)
    acts = _actions(path)
    assert [a.action for a in acts] == ["Refresh the carers' strategy", "Recruit two social workers"]
    first, second = acts
    assert first.status_raw == "On target" and second.status_raw == "Delayed"
    assert [(m.milestone, m.due_raw, m.due_date, m.status_raw) for m in first.milestones] == [
        ("Consultation held", "May 2026", "2026-05", "Done"),
        ("Draft agreed by Cabinet", "01.10.26", "2026-10-01", "Not yet due")]
    assert [(m.milestone, m.status_raw) for m in second.milestones] == [("Advert placed", "Slipped")]


def test_a_lettered_row_in_a_plan_without_numbered_actions_stays_an_action(tmp_path):
    d = Document()
    rows = [["Action", "Lead", "Due", "Status"],
            ["a) Publish the strategy", "Jo", "May 2026", "Done"],
            ["b) Train the staff", "Ann", "June 2026", "On track"]]
    t = d.add_table(rows=len(rows), cols=4)
    for row, cells in zip(t.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "plan.docx"
    d.save(path)
    assert len(_actions(path)) == 2


# ---- partner columns ------------------------------------------------------------------------------------

def test_partner_columns_beside_the_lead_are_responsible(tmp_path):
    path = tmp_path / "partnership.csv"
    path.write_text("Action,Led by,Contributing partners,Timescale\n"
                    "Open a family hub in each locality,Children's Services,\"NHS ICB, Police\",Year 2\n"
                    "Publish the carers' offer,Adult Social Care,Citizens Advice,Short term\n", encoding="utf-8")
    acts = _actions(path)
    assert [(a.lead, a.responsible) for a in acts] == [("Children's Services", "NHS ICB, Police"),
                                                       ("Adult Social Care", "Citizens Advice")]


def test_a_plain_partners_column_yields_to_a_column_naming_the_support(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text("Action,Partners,Owner,Support,Completion target\n"
                    "Extend the levy transfer scheme,Housing associations,Chief Digital Officer,Head of Leisure,"
                    "Sep-26\n"
                    "Refresh the workforce strategy,Schools,Ben Jones,Sana Davies,Oct-26\n", encoding="utf-8")
    acts = _actions(path)
    assert [(a.lead, a.responsible) for a in acts] == [("Chief Digital Officer", "Head of Leisure"),
                                                       ("Ben Jones", "Sana Davies")]


def test_a_workbook_whose_every_sheet_opens_with_the_same_line_takes_it_for_its_title(tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Apr-27 - Jun-27"
    second = wb.create_sheet("Jul-27 - Sep-27")
    for ws, months in ((first, ["Apr-27", "May-27", "Jun-27"]), (second, ["Jul-27", "Aug-27", "Sep-27"])):
        ws.append(["Library Service – delivery calendar"])
        ws.append([])
        ws.append(["Workstream", *months])
        ws.append(["Branches", "• Refurbish the reading room (Branch Manager)", "",
                   "• Extend the opening hours (Maria Santos)"])
        ws.append(["Outreach", "", "• Launch the home delivery service (Outreach Team)",
                   "• Review the mobile library route (Jo Bloggs)"])
    path = tmp_path / "calendar.xlsx"
    wb.save(path)
    result = normalise(extract(path))
    assert result.title == "Library Service – delivery calendar"
    assert ("Refurbish the reading room", "Branch Manager", "2027-04") in {
        (a.action, a.lead, a.due_date) for a in result.actions}
