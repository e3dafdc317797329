"""Authored files read as their Word twin: the same plan written as HTML (or with another
heading's words) gives the same records as the Word file (issue 14/15).

- a recommendation's banner printed as a <thead> row of one cell spanning the table, over the
  table's own heading row: the area of the rows below, as Word's merged first row is
  (structure.Walker.spanning_banner);
- rows headed 'Sub-action' that each give their own success measure and progress commentary:
  pieces of work of their own (actions), not the banner's milestones (normalise/sections.py);
- a school plan's 'Target | Strategies | Outcome | Timeframe': the strategies are the work done.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract.html import parse_html
from planx.normalise import normalise
from planx.normalise.headers import classify

ROWS = [
    ("1.1", "Agree a supervision policy with a recording template", "Service Manager", "Nov 2025",
     "Supervision recorded monthly", "Policy agreed at the board in September.", "#00b050"),
    ("1.2", "Launch the missing children panel with partners", "Head of Service", "August 2026",
     "Return interviews within 72 hours", "Terms of reference drafted; first panel booked.", "#ff0000"),
]
ROWS_2 = [
    ("2.1", "Commission a placement sufficiency strategy", "Commissioning Lead", "March 2026",
     "Care leavers in suitable homes", "Market review under way.", "#ffc000"),
    ("2.2", "Appoint personal advisers for care leavers", "Service Manager", "June 2026",
     "Every care leaver has an adviser", "Two advisers appointed.", "#00b050"),
]


def _table(banner: str, rows, first: str = "Sub-action") -> str:
    head = "".join(f'<th>{h}</th>' for h in ("Ref", first, "Responsible officer", "Deadline",
                                             "Success measure", "Commentary", "Status"))
    body = "".join(
        "<tr>" + "".join(f"<td>{t}</td>" for t in r[:6]) + f'<td style="background-color:{r[6]}"></td></tr>'
        for r in rows)
    return (f'<table><thead><tr><th colspan="7">{banner}</th></tr><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def _page(first: str = "Sub-action") -> str:
    return ("<html><body><h1>Children's Services Improvement Plan</h1><p>This plan answers the inspection.</p>"
            + _table("Recommendation 1 – Ensure that strategy discussions are held promptly", ROWS, first)
            + _table("Recommendation 2 – Ensure that care leavers have suitable accommodation", ROWS_2, first)
            + "</body></html>")


@pytest.mark.parametrize("first", ["Sub-action", "Action"])
def test_a_recommendations_banner_in_a_thead_is_the_area_of_its_rows(tmp_path: Path, first: str):
    path = tmp_path / "plan.html"
    path.write_text(_page(first), encoding="utf-8")
    r = normalise(parse_html(path))
    got = [(a.area_ref, a.area, a.action, a.lead, a.measure, a.rag) for a in r.actions]
    assert got == [
        ("1", "Ensure that strategy discussions are held promptly", ROWS[0][1], ROWS[0][2], ROWS[0][4], "green"),
        ("1", "Ensure that strategy discussions are held promptly", ROWS[1][1], ROWS[1][2], ROWS[1][4], "red"),
        ("2", "Ensure that care leavers have suitable accommodation", ROWS_2[0][1], ROWS_2[0][2], ROWS_2[0][4],
         "amber"),
        ("2", "Ensure that care leavers have suitable accommodation", ROWS_2[1][1], ROWS_2[1][2], ROWS_2[1][4],
         "green")]
    assert not any(a.milestones for a in r.actions)
    assert [a.progress for a in r.actions][:1] == [ROWS[0][5]]


def test_sub_actions_with_only_dates_and_statuses_stay_the_banners_milestones(tmp_path: Path):
    """The same banner over 'Sub-action | Deadline | Status': the rows are its steps."""
    def table(banner: str, rows) -> str:
        body = "".join(f"<tr><td>{t}</td><td>{d}</td><td>{s}</td></tr>" for t, d, s in rows)
        return (f'<table><thead><tr><th colspan="3">{banner}</th></tr><tr><th>Sub-action</th><th>Deadline</th>'
                f"<th>Status</th></tr></thead><tbody>{body}</tbody></table>")
    page = ("<html><body><h1>Improvement Plan</h1>"
            + table("Recommendation 1 – Improve the timeliness of strategy meetings",
                    [("Draft the protocol", "May 2025", "Complete"), ("Train the teams", "July 2025", "In progress")])
            + table("Recommendation 2 – Improve the quality of plans",
                    [("Audit ten plans", "June 2025", "Complete"), ("Report to the board", "Sep 2025", "Not started")])
            + "</body></html>")
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    r = normalise(parse_html(path))
    assert [a.action for a in r.actions] == ["Improve the timeliness of strategy meetings",
                                             "Improve the quality of plans"]
    assert [[m.milestone for m in a.milestones] for a in r.actions] == [
        ["Draft the protocol", "Train the teams"], ["Audit ten plans", "Report to the board"]]


@pytest.mark.parametrize("label", ["Strategies", "Strategy", "Key strategies"])
def test_strategies_name_the_work_done(label: str):
    field, score = classify(label)[:2]
    assert field == "action" and score >= 90
    # the tier the actions serve: a column headed 'Action' beside it is the surer action
    assert classify("Action")[1] > score


# ---- labels set off by dashes and run together with semicolons inside a list item -----------------

@pytest.mark.parametrize("text, head, values", [
    ("Embed carbon assessment in all Cabinet reports\nLead - Parks and Open Spaces; Timescale - Annually",
     "Embed carbon assessment in all Cabinet reports", {"lead": "Parks and Open Spaces", "due": "Annually"}),
    # the labels run on after the item's text, on its line
    ("Adopt a net zero standard for new homes in the Local Plan review Lead - Economic Development; "
     "Timescale - July 2027", "Adopt a net zero standard for new homes in the Local Plan review",
     {"lead": "Economic Development", "due": "July 2027"}),
])
def test_dash_labels_run_together_with_semicolons_are_the_items_fields(text, head, values):
    from planx.normalise.lists import read_labels
    got_head, got, _ = read_labels(text)
    assert (got_head, got) == (head, values)


@pytest.mark.parametrize("text", [
    "Improving outcomes - a review of the year; the council - a partner",  # dashes as punctuation
    "We met the target - most of it; the rest - next year",
    "Review the policy - lead on it; then report",  # no whole label after the semicolon
])
def test_dashes_and_semicolons_in_prose_are_no_labels(text):
    from planx.normalise.lists import read_labels
    assert read_labels(text)[1] == {}


def test_an_items_labelled_line_is_no_dated_title():
    from planx.normalise.datedtitles import dated_title
    assert dated_title("Lead - Highways; Timescale - April 2028") is None
    assert dated_title("Draft report | 23/8/19") == ("Draft report", "23/8/19")


def test_a_theme_pages_list_items_with_dash_labels_are_actions(tmp_path: Path):
    themes = [("Planning and the local economy", [
        ("Embed carbon impact assessment in all Cabinet reports", "Parks and Open Spaces", "Annually", "\n"),
        ("Adopt a net zero carbon standard for new homes", "Economic Development", "July 2027", " "),
        ("Launch a green business support programme for SMEs", "Finance", "2026", "\n")]),
        ("Transport", [
        ("Convert the small van fleet to electric vehicles", "Fleet Services", "April 2025", " "),
        ("Introduce school streets at ten primary schools", "Highways", "July 2026", "\n"),
        ("Work with bus operators on zero-emission buses", "Finance", "September 2026", " ")])]
    body = "".join(
        f"<h2>Theme {n}: {name}</h2><p>{name} accounts for some of our emissions.</p><p>What we will do:</p><ul>"
        + "".join(f"<li>{a}{sep}Lead - {lead}; Timescale - {when}</li>" for a, lead, when, sep in items)
        + "</ul>" for n, (name, items) in enumerate(themes, 1))
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body><h1>Northshire Council Climate Action Plan</h1>{body}</body></html>",
                    encoding="utf-8")
    r = normalise(parse_html(path))
    got = [(a.area, a.action, a.lead, a.due_raw) for a in r.actions]
    assert got == [(name, a, lead, when) for name, items in themes for a, lead, when, _ in items]


# ---- a quality improvement plan: the change tested, its PDSA cycles a line each in one cell ---------

@pytest.mark.parametrize("label, field", [
    ("What change are we testing?", "action"), ("PDSA cycle(s)", "milestones"), ("PDSA cycles", "milestones"),
    ("What change will we see?", "outcome"),  # the change seen is the outcome still
])
def test_a_qi_plans_headings(label: str, field: str):
    assert classify(label)[0] == field


def test_lines_opened_by_a_word_and_its_running_number_are_a_cells_items():
    from planx.normalise.actions import word_numbered_lines
    assert word_numbered_lines("Cycle 1: Test a checklist, Sep-25, Done\nCycle 2: Add pharmacy\nsign-off, Oct-25") \
        == [(1, "Test a checklist, Sep-25, Done"), (2, "Add pharmacy sign-off, Oct-25")]
    assert word_numbered_lines("Cycle 1: Test a checklist") is None  # one item: no sequence
    assert word_numbered_lines("Phase 2: Roll out\nPhase 3: Review") is None  # not from 1
    assert word_numbered_lines("Cycle 1: Test\nStep 2: Review") is None  # two words: no one sequence


def test_pdsa_cycles_in_a_cell_are_the_changes_milestones_with_their_own_dates_and_statuses(tmp_path: Path):
    import docx

    from planx.extract.docx import parse_docx
    d = docx.Document()
    d.add_heading("Quality Improvement Plan 2025/26", 0)
    rows = [
        ("Complete discharge summaries before the patient leaves", "Cycle 1: Test a checklist with one team, "
         "Sep-25, Done\nCycle 2: Include pharmacy sign-off, Oct-25, Done", "Aisha Okafor", "Oct-25", "Completed"),
        ("Introduce a daily board round on every ward", "Cycle 1: Test the format on one unit, Nov-25, Underway\n"
         "Cycle 2: Spread to surgical wards, Jan-26, Not started", "Dr Ahmed", "Apr-26", "Underway"),
    ]
    for n, aim in enumerate(["Improve the timeliness of discharge summaries", "Reduce delays on the wards"], 1):
        d.add_heading(f"Aim {n}: {aim}", 1)
        t = d.add_table(rows=1, cols=5)
        for c, h in enumerate(["What change are we testing?", "PDSA cycle(s)", "Clinical lead", "By when", "Status"]):
            t.rows[0].cells[c].text = h
        for row in rows:
            cells = t.add_row().cells
            for c, text in enumerate(row):
                cells[c].text = text
    path = tmp_path / "qi.docx"
    d.save(str(path))
    r = normalise(parse_docx(path))
    first = r.actions[0]
    assert (first.action, first.lead, first.due_raw, first.status) == (rows[0][0], "Aisha Okafor", "Oct-25",
                                                                      "complete")
    assert [(m.milestone, m.due_date, m.status) for m in first.milestones] == [
        ("Test a checklist with one team", "2025-09", "complete"), ("Include pharmacy sign-off", "2025-10", "complete")]
    second = r.actions[1]
    assert second.status == "in_progress"
    assert [(m.milestone, m.due_date, m.status) for m in second.milestones] == [
        ("Test the format on one unit", "2025-11", "in_progress"), ("Spread to surgical wards", "2026-01",
                                                                     "not_started")]
    assert len(r.actions) == 4


# ---- 'RAG / status' over an action log's status words, some of which read as a BRAG colour ----------

def test_status_words_under_rag_slash_status_are_the_status_though_complete_reads_as_blue():
    from planx.normalise.choose import status_not_rag
    from planx.normalise.columns import profile
    from planx.normalise.headers import Column
    columns = [Column(col=0, span=1, label="Action", field="action", score=100.0),
               Column(col=1, span=1, label="RAG / status", field="rag", score=100.0)]
    words = profile(["Not started", "Closed", "In progress", "Open", "Overdue", "Complete", "Ongoing",
                     "Complete", "Superseded", "Completed"])
    choice = status_not_rag(columns, {1: words})
    assert choice is not None and choice.fields == {1: "status"}
    # colours stay the RAG, and a heading that names no status keeps a mix of colours and words
    assert status_not_rag(columns, {1: profile(["Red", "Amber", "Green", "Complete"])}) is None
    rag_only = [columns[0], Column(col=1, span=1, label="RAG", field="rag", score=100.0)]
    assert status_not_rag(rag_only, {1: words}) is None


def test_colour_words_under_a_bare_status_heading_are_the_rag():
    from planx.normalise.choose import rag_not_status
    from planx.normalise.columns import profile
    from planx.normalise.headers import Column
    columns = [Column(col=0, span=1, label="Key action", field="action", score=100.0),
               Column(col=1, span=1, label="Status", field="status", score=100.0)]
    choice = rag_not_status(columns, {1: profile(["RED", "RED", "BLUE", "GREEN", "AMBER"])})
    assert choice is not None and choice.fields == {1: "rag"}
    # status words among them (or only status words): the status stays
    assert rag_not_status(columns, {1: profile(["Red", "In progress", "Complete", "Not started"])}) is None
    assert rag_not_status(columns, {1: profile(["On track", "Delayed", "Complete"])}) is None


# ---- a spreadsheet's area column that prints its banner beside the row's own reference --------------

def test_a_priority_banner_in_the_area_column_beside_the_rows_reference_gives_the_areas_title(tmp_path: Path):
    from planx.extract.csvfile import parse_csv
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Strategic priority,Action,Lead,Outcome measure\n"
        "1.1,Priority 1: Improving temporary accommodation,End the use of bed and breakfast for families,"
        "Housing Options Manager,Families in B&B\n"
        "1.2,Priority 1: Improving temporary accommodation,Acquire properties to replace nightly-paid rooms,"
        "Head of Development,Properties acquired\n"
        "2.1,Priority 2: Ending rough sleeping,Deliver Housing First placements,Outreach Manager,Placements\n",
        encoding="utf-8")
    r = normalise(parse_csv(path))
    assert [(a.area_ref, a.area, a.ref) for a in r.actions] == [
        ("1", "Improving temporary accommodation", "1.1"), ("1", "Improving temporary accommodation", "1.2"),
        ("2", "Ending rough sleeping", "2.1")]


def test_an_audit_trackers_assignment_groups_its_findings():
    assert classify("Assignment")[0] == "area"
    assert classify("Assigned to")[0] == "lead"


# ---- action cards: the theme's letter before its title in the card's labelled line -------------------

def test_an_action_cards_theme_line_gives_the_areas_letter_and_title():
    from planx.extract.model import Paragraph, RawDocument
    lines = ["Children's Services Improvement Programme: Action Cards"]
    cards = [("A", "Workforce", "A1", "Roll out the case recording app to all teams", "Head of Service", "May 2026"),
             ("A", "Workforce", "A2", "Agree a caseload weighting tool", "Service Manager", "June 2026"),
             ("B", "Practice quality", "B1", "Commission audits of child protection plans", "Principal Social Worker",
              "July 2026")]
    for theme_ref, theme, ref, action, lead, due in cards:
        lines += [f"Action {ref}", f"Theme: {theme_ref}. {theme}", f"Ref: {ref}", f"What we will do: {action}",
                  f"Accountable lead: {lead}", f"Completion date: {due}", "Current status: In progress"]
    raw = RawDocument(path="", name="cards.docx", format="docx",
                      blocks=[Paragraph(t, 1, i + 1, heading=t.startswith("Action ")) for i, t in enumerate(lines)])
    r = normalise(raw)
    assert [(a.area_ref, a.area, a.action) for a in r.actions] == [(c[0], c[1], c[3]) for c in cards]


@pytest.mark.parametrize("text, values", [
    ("1.1 We will commission a mentoring scheme. (Lead officer: Head of Leaving Care; by: TBC)",
     {"lead": "Head of Leaving Care", "due": "TBC"}),
    ("Lead officer: Jo Smith; by: March 2026; status: Achieved",
     {"lead": "Jo Smith", "due": "March 2026", "status": "Achieved"}),
])
def test_a_lower_case_by_after_a_semicolon_closing_a_label_is_the_due_dates_label(text, values):
    from planx.normalise.lists import read_labels
    assert read_labels(text)[1] == values


def test_a_lower_case_by_in_a_sentence_is_no_label():
    from planx.normalise.lists import read_labels
    assert read_labels("We were helped by: the team and the board")[1] == {}


def test_a_table_headed_milestone_lists_its_actions_steps_though_each_has_a_measure():
    # a real plan (public domain, tests/fixtures/real/SOURCES.md): '### Action N: …' over a 'Milestone |
    # Measurement | Target Date | Reporting Mechanism | Required or Encouraged' table. Each row is
    # measured and reported, but the table names its rows as the action's milestones: 20 actions, not 37
    import planx
    path = Path(__file__).parent / "fixtures" / "real" / "gsa_fds_2020_action_plan.md"
    result = planx.convert_file(str(path))
    assert len(result.actions) == 20
    assert sum(len(a.milestones) for a in result.actions) == 66
