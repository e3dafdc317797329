"""Tables that are not plans and gave invented actions (branch precision43), and the plans beside them
that must keep theirs.

Shapes of the dev sets holdout33/35/36 and unseen25, built here (the texts are reworded, not copied):
- a software shortlist's sheet comparing products side by side ('Description | Shiny Server Open
  Source | Shiny Proxy | Shiny Server Pro'): features down the first column, notes and green fills
  under each product; read by its cells, the features became actions and a product a lead
  (headers.options_side_by_side, compared_options);
- a blank complaints form ('Official use' over 'Date acknowledgement sent:', 'By who:', 'Date:' with
  nothing written in): its part's title became an action (tableforms.read_vertical_form, blank_form);
- a paper's 'Issue raised | Response' table: the questions put and the Cabinet's answers, read as
  actions under the loosely named 'Response' (guard.judge);
- titles: a text file's title wrapped before its date ('… held on 4' / 'February 2026'), and a school's
  name printed over 'Terms of Reference for the Board of Governors' in the same type (title.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import openpyxl
from openpyxl.styles import PatternFill

import planx
from planx.extract.model import Paragraph
from planx.normalise.headers import compared_options, options_side_by_side
from planx.normalise.records import Action
from planx.normalise.title import pick_title

_GREEN = PatternFill("solid", fgColor="FF92D050")


def _convert(path: Path) -> Any:
    return planx.convert_file(str(path))


# --- products compared side by side -------------------------------------------------------------

_FEATURES = [
    ("Overview", None, None),
    ("Deploy applications and interactive documents to the internet", None, None),
    ("Move computation close to the data", None, None),
    ("Host multiple applications on a single server", "?", None),
    ("Deploy applications behind firewalls", None, None),
    ("Security & Authentication", None, None),
    ("Password file authentication", "?", None),
    ("LDAP and Active Directory authentication", None, None),
    ("SSL support", "TLS", None),
    ("Tuning & Scaling", None, None),
    ("Scale applications across multiple processes", "Docker Monitoring", None),
    ("View and manage active sessions", "Docker Monitoring", None),
    ("Define application concurrency limits", "Docker Monitoring", None),
    ("Health check end point", "Docker Monitoring", None),
    ("Licensing", None, None),
    ("License", "Apache License version 2.0", "Enterprise licence"),
]


def _comparison_sheet(path: Path, products: tuple[str, str, str], first: str = "Description") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Visual servers"
    ws.append([first, *products])
    for feature, second, third in _FEATURES:
        ws.append([feature, None, second, third])
        row = ws.max_row
        if feature not in ("Overview", "Licensing") and "&" not in feature:
            ws.cell(row=row, column=3).fill = _GREEN  # 'supported': a fill under each product
            ws.cell(row=row, column=4).fill = _GREEN
    wb.save(path)
    return path


def test_products_compared_side_by_side_give_no_actions(tmp_path: Path) -> None:
    for k, (products, first) in enumerate([
            (("Shiny Server Open Source", "Shiny Proxy", "Shiny Server Pro"), "Description"),
            (("Grafana Community", "Grafana Cloud", "Grafana Enterprise"), "Feature"),
            (("Report Server Community", "Report Server Enterprise", "Report Server Hosted"), "Description")]):
        result = _convert(_comparison_sheet(tmp_path / f"compare{k}.xlsx", products, first))
        assert result.actions == [], products
        assert any("compared side by side" in w for w in result.warnings), result.warnings
        # the features are kept, not lost
        assert any("Move computation close to the data" in lo.text for lo in result.leftovers)


def test_sibling_headings_that_name_no_field_are_options() -> None:
    assert compared_options(["Shiny Server Open Source", "Shiny Proxy", "Shiny Server Pro"]) == \
        ["Shiny Server Open Source", "Shiny Proxy", "Shiny Server Pro"]
    # headings that name fields, or share no word, are no options side by side
    assert compared_options(["Lead officer", "Support officer", "Target date"]) == []
    assert compared_options(["Person", "Month"]) == []
    assert compared_options(["Staff", "Week"]) == []
    columns = [("Description", "action", "heading"), ("Shiny Server Open Source", "", "other"),
               ("Shiny Proxy", "lead", "content"), ("Shiny Server Pro", "rag", "content")]
    assert options_side_by_side(columns)
    # a lead read by its heading is a plan's column however its siblings read
    assert not options_side_by_side([("Task", "action", "heading"), ("Team Alpha", "", "other"),
                                     ("Team Beta", "", "other"), ("Owner", "lead", "heading")])


def test_a_plan_read_by_its_cells_keeps_its_actions(tmp_path: Path) -> None:
    # near miss: headings no wording names ('Item | Staff | Week'), instructions beside people and dates
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Item", "Staff", "Week"])
    for row in (["Write the gateway API contract", "Backend Engineer", "March 2026"],
                ["Define design tokens and palette", "Designer", "April 2026"],
                ["Build the app scaffold and run it", "Frontend Engineer", "May 2026"],
                ["Review the release checklist with the team", "Project Lead", "June 2026"]):
        ws.append(row)
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    result = _convert(path)
    assert len(result.actions) == 4
    assert not any("compared side by side" in w for w in result.warnings)


# --- a blank form -------------------------------------------------------------------------------

def _form(path: Path, rows: list[list[str]], title: str = "Official use") -> Path:
    d = docx.Document()
    d.add_paragraph("Complaint Form")
    d.add_paragraph("Please complete and return to the school office, who will acknowledge receipt.")
    width = max(len(r) for r in rows)
    table = d.add_table(rows=0, cols=width)
    for texts in [["Your name:"] + [""] * (width - 1), ["Signature:"] + [""] * (width - 1),
                  [title] + [""] * (width - 1), *rows]:
        cells = table.add_row().cells
        for cell, text in zip(cells, texts, strict=False):
            cell.text = text
    d.save(str(path))
    return path


def test_a_blank_form_gives_no_action(tmp_path: Path) -> None:
    shapes = [
        [["Date acknowledgement sent:"], ["By who:"], ["Complaint referred to:"], ["Date:"]],
        [["Date acknowledgement sent:", ""], ["By who:", ""], ["Complaint referred to:", ""], ["Date:", ""]],
        [["Date received:"], ["Responsible officer:"], ["Target date:"], ["Status:"]],
    ]
    for k, rows in enumerate(shapes):
        result = _convert(_form(tmp_path / f"form{k}.docx", rows))
        assert result.actions == [], rows
        assert any("a blank form" in w for w in result.warnings), result.warnings


def test_a_filled_in_form_keeps_its_action(tmp_path: Path) -> None:
    # near miss: the same form with its boxes written in records what is to be done
    rows = [["Action:", "Meet the parent and review the playground supervision rota"],
            ["By who:", "Deputy Headteacher"], ["Date:", "14 March 2026"], ["Status:", "In progress"]]
    result = _convert(_form(tmp_path / "filled.docx", rows, title="Action 1"))
    assert [a.action for a in result.actions] == ["Meet the parent and review the playground supervision rota"]
    assert not any("a blank form" in w for w in result.warnings)


# --- questions and answers under 'Response' -------------------------------------------------------

_ISSUES = [
    ("Can the extra £4.1m be used for the two family hubs?",
     "On 20 December the Department wrote to the Council to advise of the allocation of grant money "
     "for the fourth year of the programme."),
    ("Where would the extra staffing costs come from?",
     "The Council had held vacancies in the staffing establishment to allow for the transfer of staff "
     "if the contracts were not extended."),
    ("Cabinet Member to take into consideration the petition and local opinion.",
     "The Cabinet Member listened carefully to the local views and considered the petitions fully."),
    ("That a valuation of the buildings be undertaken.",
     "The Cabinet Committee held in November requested valuations of the sites, which were reported."),
]


def _issues_doc(path: Path, heading: tuple[str, str], rows: list[tuple[str, ...]]) -> Path:
    d = docx.Document()
    d.add_heading("Commissioned Family Hubs – Supplementary paper", 1)
    d.add_paragraph("This paper sets out the issues raised at the call-in and the Executive's response.")
    table = d.add_table(rows=1, cols=len(heading))
    for cell, text in zip(table.rows[0].cells, heading, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    d.save(str(path))
    return path


def test_answers_under_a_response_heading_are_no_actions(tmp_path: Path) -> None:
    for k, heading in enumerate([("Issue raised", "Response"), ("Issue raised", "Management response"),
                                 ("Issue", "Executive response")]):
        result = _convert(_issues_doc(tmp_path / f"issues{k}.docx", heading, _ISSUES))
        assert result.actions == [], heading
        assert any("answers or accounts" in w for w in result.warnings), result.warnings


def test_a_response_table_with_owners_and_dates_keeps_its_actions(tmp_path: Path) -> None:
    # near miss: a management response that commits to things, by whom and when
    rows = [("Recording of supervision is inconsistent", "Introduce a supervision template for all managers",
             "Head of Service", "March 2026"),
            ("Training records are incomplete", "Audit the training records and book the missing courses",
             "Training Lead", "April 2026"),
            ("Carers are not told of reviews", "Write to every carer before each review",
             "Team Manager", "May 2026")]
    result = _convert(_issues_doc(tmp_path / "response.docx", ("Issue", "Response", "Lead", "Date"), rows))
    assert len(result.actions) == 3
    assert not any("answers or accounts" in w for w in result.warnings)


def test_judge_refuses_accounts_under_a_loose_heading_only() -> None:
    import importlib
    guard = importlib.import_module("planx.normalise.guard")
    accounts = [Action(action=text, area=issue, table=2) for issue, text in _ISSUES]
    loose = guard.ActionSource("Response", 60.0)
    verdict = guard.judge(accounts, loose)
    assert not verdict.plan and "answers or accounts" in verdict.why
    # a heading that names the actions beyond doubt stands over them as before
    assert guard.judge(accounts, guard.ActionSource("Actions", 100.0)).plan
    # and a row saying who does it is a plan's
    owned = [Action(action=a.action, area=a.area, table=2, lead="Head of Service", due_raw="March 2026")
             for a in accounts]
    assert guard.judge(owned, loose).plan


# --- titles -------------------------------------------------------------------------------------

def test_a_title_wrapped_before_its_date_is_joined(tmp_path: Path) -> None:
    for first, second in [("Minutes of the Patient Participation Group meeting held on 4", "February 2026"),
                          ("Notes of the Steering Group meeting of", "12 March 2025"),
                          ("Minutes of the Board meeting held on 21st", "November 2024")]:
        path = tmp_path / "minutes.txt"
        path.write_text(f"{first}\n{second}\nKingsgate NHS Trust\nPresent: the Chair, six members\n\n"
                        "1. Welcome\nThe Chair welcomed members.\n", encoding="utf-8")
        assert _convert(path).title == f"{first} {second}"


def test_a_whole_title_does_not_take_the_line_below() -> None:
    # near miss: a title that ends with its date, or a line that is no date
    lines = [Paragraph("Minutes of the meeting held on 4 February 2026", 0, 1),
             Paragraph("March 2026", 0, 2), Paragraph("Present: the Chair", 0, 3)]
    assert pick_title(lines, wrapped_lines=True)[0] == "Minutes of the meeting held on 4 February 2026"
    lines = [Paragraph("Minutes of the meeting held on", 0, 1), Paragraph("Present: the Chair", 0, 2)]
    assert pick_title(lines, wrapped_lines=True)[0] == "Minutes of the meeting held on"


def test_terms_of_reference_are_the_title_over_the_schools_name() -> None:
    for name, title in [("Decoy Community Primary School", "Terms of Reference for the Board of Governors"),
                        ("Hollins Park Academy", "Terms of Reference: Local Governing Body")]:
        lines = [Paragraph(name, 1, 49, heading=True, size=16.1, bold=True),
                 Paragraph(title, 1, 86, heading=True, size=16.1, bold=True),
                 Paragraph("Dates of meetings:", 1, 161, size=12.0, bold=True),
                 Paragraph("The Governing Body has a strong focus on three core functions.", 1, 365, size=12.0)]
        assert pick_title(lines)[0] == title
    # near miss: the school's name over a heading that names no document stays the title
    lines = [Paragraph("Decoy Community Primary School", 1, 49, heading=True, size=16.1, bold=True),
             Paragraph("Dates of meetings", 1, 86, size=12.0, bold=True),
             Paragraph("The Governing Body has a strong focus on three core functions.", 1, 365, size=12.0)]
    assert pick_title(lines)[0] == "Decoy Community Primary School"
