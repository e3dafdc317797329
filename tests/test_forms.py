"""Plans that are not one grid (issue 14): a form per action (label | value tables, 'Label: value'
lines, run-in labels), forms broken over pages, narrative sections with small tables, performance
reports with KPI tables, wide exports; and reports with key: value tables that are no plan.

Unit tests give each rule the shapes it reads and the ones it must leave alone; the end-to-end
tests convert samples/make_form_samples.py's documents and compare them with their truth."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared, read

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.codes import rag_of
from planx.normalise.headers import read_heading, read_indicator_header
from planx.normalise.lists import label_spans
from planx.normalise.tableforms import form_row_cut_off, labelled_line, labelled_lines_table, read_vertical_form


def table(*rows: list[str], page: int = 1, index: int = 1) -> Table:
    width = max(len(r) for r in rows)
    out = []
    for k, texts in enumerate(rows):
        if len(texts) == 1 and width > 1:  # a row of one cell spans the table
            out.append(Row([Cell(texts[0], 0, colspan=width)], page, k + 1))
        else:
            out.append(Row([Cell(t, c) for c, t in enumerate(texts)], page, k + 1))
    return Table(rows=out, page=page, index=index)


def raw(*blocks: Paragraph | Table, fmt: str = "docx") -> RawDocument:
    return RawDocument(path="", name=f"d.{fmt}", format=fmt, blocks=list(blocks))


# ---- label | value tables ----------------------------------------------------------------------------

def test_an_action_title_row_over_each_form_is_its_title_not_an_action():
    t = table(["Priority 1: Identify needs early"], ["Action 1"],
              ["What will be done", "Train every setting to use the screening tool"],
              ["Lead officer", "Head of SEND"], ["By when", "March 2026"], ["RAG status", "Amber"],
              ["Action 2"], ["What will be done", "Set up a weekly panel for requests"],
              ["Lead officer", "J. Okafor"], ["By when", "Q2 2025/26"], ["RAG status", "Green"])
    form = read_vertical_form(t)
    assert form is not None and form.titles == ["Action 1", "Action 2"]
    result = normalise(raw(t))
    assert [(a.area_ref, a.action, a.lead, a.due_date, a.rag) for a in result.actions] == [
        ("1", "Train every setting to use the screening tool", "Head of SEND", "2026-03", "amber"),
        ("1", "Set up a weekly panel for requests", "J. Okafor", "2025-09", "green")]


def test_a_numbered_banner_between_forms_is_their_area():
    t = table(["1. Identify needs early"], ["Action", "Train every setting to use the screening tool"],
              ["Responsible", "Head of SEND"], ["Deadline", "March 2026"],
              ["2. Listen to families"], ["Action", "Run a termly forum for parent carers"],
              ["Responsible", "J. Okafor"], ["Deadline", "July 2026"])
    result = normalise(raw(t))
    assert [(a.area_ref, a.area, a.lead) for a in result.actions] == [
        ("1", "Identify needs early", "Head of SEND"), ("2", "Listen to families", "J. Okafor")]


def test_a_column_of_label_value_rows_is_read_as_forms():
    t = table(["Theme 1 – Early help"], ["Action 1"], ["What we will do: Train every setting to use the tool"],
              ["Resources: Within existing budget"], ["By when: March 2026"], ["Responsible: Head of SEND"],
              ["Action 2"], ["What we will do: Publish a guide for parents"], ["Resources: £12,000"],
              ["By when: July 2026"], ["Responsible: J. Okafor"])
    assert labelled_lines_table(t)
    result = normalise(raw(t))
    assert [(a.area_ref, a.action, a.lead, a.due_date) for a in result.actions] == [
        ("1", "Train every setting to use the tool", "Head of SEND", "2026-03"),
        ("1", "Publish a guide for parents", "J. Okafor", "2026-07")]
    assert any(lo.heading == "Resources" and lo.text == "£12,000" for lo in result.leftovers)


def test_a_table_of_notes_is_no_column_of_forms():
    assert not labelled_lines_table(table(["Date of meeting: 14 January 2025"], ["Report author: Jane Doyle"],
                                          ["Wards affected: All"], ["Key decision: No"]))


def test_a_form_row_cut_off_by_a_page_break_goes_back_on_its_table():
    cut = Paragraph("What we will do Involve young people in the recruitment of every senior manager", 1, 40)
    rest = table(["Deadline", "Jan 2026", "Commentary", "Pilot running in two areas."],
                 ["Accountable officer", "SEND Operations Manager"], page=2)
    whole = form_row_cut_off(cut, rest)
    assert whole is not None and [c.text for c in whole.rows[0].cells] == [
        "What we will do", "Involve young people in the recruitment of every senior manager"]
    # the label as forms print it, not a longer phrase that reads as one
    cut = Paragraph("Lead Officer Sarah Whitfield", 1, 40)
    rest = table(["Action", "Hold weekly tracking meetings"], ["Target date", "March 2026"], page=2)
    whole = form_row_cut_off(cut, rest)
    assert whole is not None and [c.text for c in whole.rows[0].cells] == ["Lead Officer", "Sarah Whitfield"]
    # a table that is a form of its own: nothing was cut off
    rest = table(["Action", "Hold weekly tracking meetings"], ["Target date", "March 2026"], ["RAG", "Red"],
                 page=2)
    assert form_row_cut_off(cut, rest) is None


def test_text_before_a_table_on_the_same_page_is_no_cut_off_row():
    text = Paragraph("Activity Start transition planning at every Year 9 review", 2, 40)
    rest = table(["Deadline", "Jan 2026"], ["Lead officer", "SEND Operations Manager"], page=2)
    assert form_row_cut_off(text, rest) is None


# ---- labelled lines ----------------------------------------------------------------------------------

@pytest.mark.parametrize("line, reading", [
    ("Target date – March 2026", ("due", "March 2026")),
    ("Lead – M. Patel, Commissioning Manager", ("lead", "M. Patel, Commissioning Manager")),
    ("Owner: Head of Service", ("lead", "Head of Service")),
    ("Improving outcomes – a review of the year", None),
    ("Hold weekly meetings – Owner: J Smith", None),
])
def test_a_run_in_label_ends_at_a_colon_or_a_dash(line, reading):
    assert labelled_line(line) == reading


def test_a_dash_ends_only_a_lines_first_label():
    assert [s[2] for s in label_spans("Lead – J Smith\nWhen – May 2026")] == ["lead", "due"]
    assert [s[2] for s in label_spans("Review the policy – Owner: J Smith – Due: Q2")] == ["lead", "due"]
    assert label_spans("Improve the offer – it was weak") == []


def test_paragraph_forms_with_dashed_labels_and_other_fields():
    lines = ["Priority 1: Identify needs early", "1. Train every setting to use the screening tool",
             "Lead – M. Patel", "When – 30 April 2026", "Commentary – Pilot running in two areas.",
             "Status – Delayed", "2. Set up a weekly panel for requests", "Lead – J. Okafor",
             "When – March 2026", "Commentary – No update.", "Status – On track"]
    result = normalise(raw(*[Paragraph(t, 1, i + 1) for i, t in enumerate(lines)], fmt="txt"))
    assert [(a.action, a.lead, a.due_date, a.status) for a in result.actions] == [
        ("Train every setting to use the screening tool", "M. Patel", "2026-04-30", "delayed"),
        ("Set up a weekly panel for requests", "J. Okafor", "2026-03", "in_progress")]


def test_a_lone_responsible_in_a_paragraph_form_leads():
    lines = ["Action: Publish a guide for parents", "Responsible: Participation Lead", "When: March 2026",
             "Action: Run a forum for parent carers", "Responsible: Head of SEND", "When: July 2026"]
    result = normalise(raw(*[Paragraph(t, 1, i + 1) for i, t in enumerate(lines)], fmt="txt"))
    assert [a.lead for a in result.actions] == ["Participation Lead", "Head of SEND"]


def test_a_period_after_a_heading_word_qualifies_it():
    assert read_heading("Progress since last report")[0].field == "progress"
    assert read_heading("Comments during the quarter")[0].field == "progress"


# ---- KPI tables --------------------------------------------------------------------------------------

def test_a_reference_column_before_the_indicator_names():
    roles = read_indicator_header([(0, "Ref"), (1, "Measure"), (2, "Target"), (3, "Latest"), (4, "RAG")])
    assert roles is not None and roles[0][:2] == (1, "indicator") and (0, "ref", "Ref") in roles
    roles = read_indicator_header([(0, "Code"), (1, "KPI"), (2, "Target 2024/25"), (3, "Q3 actual")])
    assert roles is not None and roles[0][:2] == (1, "indicator")
    # a plan's heading row is no indicator table, reference or not
    assert read_indicator_header([(0, "Ref"), (1, "Action"), (2, "Lead"), (3, "Target date")]) is None


def test_a_colour_word_broken_by_a_narrow_column():
    assert rag_of("GREE\nN") == "green" and rag_of("AMBE\nR") == "amber"
    assert rag_of("Green") == "green" and rag_of("Not yet") == ""


def test_a_kpi_table_then_an_action_table():
    kpis = table(["Ref", "Performance indicator", "Target", "Q1", "Q2", "Q3", "RAG", "Commentary"],
                 ["KPI 01", "Invoices paid within 30 days", "95%", "90%", "92%", "94%", "AMBER", "Improving."],
                 ["KPI 02", "New homes completed", "200", "180", "210", "230", "GREEN", "Ahead of plan."])
    actions = table(["Improvement action", "Owner", "Target date", "Update"],
                    ["Automate the matching of invoices", "Head of Finance", "March 2025", "Supplier chosen."],
                    index=2)
    result = normalise(raw(Paragraph("Quarter 3 Performance Report", 1, 1, heading=True), kpis,
                           Paragraph("Improvement actions", 1, 2, heading=True), actions))
    assert [(i.indicator, i.target, i.value, i.rag) for i in result.indicators] == [
        ("Invoices paid within 30 days", "95%", "94%", "amber"), ("New homes completed", "200", "230", "green")]
    assert [(a.action, a.lead, a.due_date) for a in result.actions] == [
        ("Automate the matching of invoices", "Head of Finance", "2025-03")]


# ---- end to end: the generated shapes ---------------------------------------------------------------

@pytest.fixture(scope="module")
def forms_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_form_samples import main
    folder = tmp_path_factory.mktemp("forms")
    docs = main(folder, [1, 2, 3, 4], two_language=False)  # tests/test_form_languages.py has the others
    out = tmp_path_factory.mktemp("forms_out")
    planx.convert(docs, out=out, jobs=1, report=False)
    return folder, out


def test_reports_with_key_value_tables_give_nothing(forms_run):
    _, out = forms_run
    documents = {r["doc"]: r for r in read(out, "documents")}
    reports = [d for d in documents if d.startswith("kvreport")]
    assert reports and not [r for r in read(out, "actions") + read(out, "indicators") if r["doc"] in reports]
    assert all(documents[d]["status"] in ("failed", "duplicate") for d in reports)


@needs_shared
def test_every_form_shape_scores_well(forms_run):
    folder, out = forms_run
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(folder), "--json"],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout[:proc.stdout.rindex("score:")])
    by_doc = {d["doc"]: d["accuracy"] for d in report["documents"] if d["accuracy"] is not None}
    assert sum(by_doc.values()) / len(by_doc) >= 99.0, by_doc
    assert all(acc >= 90.0 for acc in by_doc.values()), by_doc


# ---- what real US templates showed (realdocs forms_dev) ---------------------------------------------

def test_a_document_that_writes_dates_month_first_is_read_so():
    from planx.normalise.dates import MONTH_FIRST, due_date, numeric_date_order
    assert numeric_date_order(["07/29/2025", "08/12/2025"])  # 29 can only be a day
    assert not numeric_date_order(["29/07/2025", "08/12/2025"])  # 29 first: day first
    assert not numeric_date_order(["08/12/2025", "01/02/2025"])  # nothing says: day first, as UK plans
    assert not numeric_date_order(["07/29/2025", "30/07/2025"])  # both: no evidence, day first
    token = MONTH_FIRST.set(True)
    try:
        assert due_date("08/12/2025") == "2025-08-12"
    finally:
        MONTH_FIRST.reset(token)
    assert due_date("08/12/2025") == "2025-12-08"


def test_a_plan_table_with_month_first_dates_end_to_end():
    t = table(["Defect ID", "Remediation Action", "Responsible Team", "Start Date", "Target Completion", "Status"],
              ["R-001", "Update CSS to meet minimum contrast", "Frontend Dev Team", "07/29/2025", "08/12/2025",
               "Not Started"],
              ["R-002", "Add label elements and ARIA attributes", "UX Engineer", "07/29/2025", "08/19/2025",
               "In Progress"])
    result = normalise(raw(t))
    assert [(a.area_ref, a.due_date) for a in result.actions] == [("", "2025-08-12"), ("", "2025-08-19")]


@pytest.mark.parametrize("ref, identifier", [("R-001", True), ("ICT-002", True), ("KPI 01", True),
                                             ("2.3", False), ("B", False), ("A1", False), ("3a", False)])
def test_an_items_own_identifier_names_no_area(ref, identifier):
    from planx.normalise.area_titles import item_identifier
    assert item_identifier(ref) is identifier


def test_a_bold_run_in_label_without_a_separator_is_a_label():
    from planx.normalise.tableforms import run_in_label
    p = Paragraph("Lead officer Sarah Whitfield", 1, 2, lead_bold="Lead officer")
    assert run_in_label(p).text == "Lead officer: Sarah Whitfield"
    # bold words that are no label, or a line labelled already, stay as they are
    assert run_in_label(Paragraph("Important this year we grew", 1, 3, lead_bold="Important")).text \
        == "Important this year we grew"
    assert run_in_label(Paragraph("Owner: J Smith", 1, 4, lead_bold="Owner:")).text == "Owner: J Smith"


def test_word_paragraph_forms_with_bold_run_in_labels(tmp_path):
    from docx import Document
    doc = Document()
    doc.add_heading("Improvement Plan", level=0)
    for action, lead, due in (("Publish a guide for parents", "Participation Lead", "March 2026"),
                              ("Run a termly forum for parent carers", "Head of SEND", "July 2026")):
        doc.add_paragraph(f"Action: {action}")
        for label, value in (("Lead officer", lead), ("Target date", due)):
            para = doc.add_paragraph()
            para.add_run(label).bold = True
            para.add_run(" " + value)
    path = tmp_path / "runin.docx"
    doc.save(str(path))
    result = planx.convert_file(path)
    assert [(a.action, a.lead, a.due_date) for a in result.actions] == [
        ("Publish a guide for parents", "Participation Lead", "2026-03"),
        ("Run a termly forum for parent carers", "Head of SEND", "2026-07")]
