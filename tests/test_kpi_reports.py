"""Performance reports, spreadsheet returns and audit trackers (issue 14): the rules piece by piece
with the real shapes they handle, then end to end on generated samples (samples/make_kpi_samples.py).

The real return these rules were built on (DLUHC's Towns Fund template) is tested end to end in
tests/test_real_documents.py."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.actions import chosen_status
from planx.normalise.columns import is_prompt, sentinel_row
from planx.normalise.headers import read_header, read_heading, read_indicator_header
from planx.normalise.indicator_rows import rag_mark, section_label, split_figure, squashed_indicators

ROOT = Path(__file__).resolve().parents[1]


# ---- headings of wide returns ----------------------------------------------------------------

def test_rag_in_brackets_names_a_rag_column_whatever_it_rates():
    for label in ("Delivery (RAG)", "Spend (RAG)", "Risk (RAG)", "Overall (RAG rating)"):
        assert read_heading(label)[0].field == "rag", label
    assert read_heading("Risk")[0].field == ""  # the risk itself is no field


def test_guidance_about_a_column_is_not_the_column():
    assert read_heading("RAG Guidance")[0].field == ""
    assert read_heading("RAG")[0].field == "rag"


def test_wide_return_heading_row_reads_with_many_columns_no_field_holds():
    labels = ["", "Project Name", "Start Date - mmm/yy (e.g. Dec-22)", "Completion Date - mmm/yy (e.g. Dec-22)",
              "Current Project Delivery Stage", "Project Delivery Status", "Leading Factor of Delay",
              "Project Adjustment Request Status", "Delivery (RAG)", "Spend (RAG)", "Risk (RAG)",
              "Commentary on Status and RAG Ratings", "Most Important Upcoming Comms Milestone",
              "Date of Most Important Upcoming Comms Milestone (e.g. Dec-22)", "", "RAG Guidance"]
    header = read_header([(i, 1, t) for i, t in enumerate(labels)])
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Project Name"] == "action"
    assert fields["Completion Date - mmm/yy (e.g. Dec-22)"] == "due"
    assert fields["Project Delivery Status"] == "status"
    assert [c.label for c in header.columns if c.field == "rating"] == ["Delivery (RAG)", "Spend (RAG)", "Risk (RAG)"]
    assert fields["Commentary on Status and RAG Ratings"] == "progress"  # it mentions RAG, it is no rating
    assert fields["RAG Guidance"] == ""


def test_a_row_of_mostly_unknown_headings_is_still_no_heading_row():
    # four fields known would carry a wide row; two known among eight do not
    labels = ["Project Name", "Start Date", "Grant", "Match funding", "Spend to date", "Forecast", "Variance", "Status"]
    assert read_header([(i, 1, t) for i, t in enumerate(labels)]) is None


# ---- cells of templates ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["< Select >", "-- Please select --", "Please select an option", "500 words suggested",
                                  "Max 200 words"])
def test_template_prompts_are_nothing_entered(text):
    assert is_prompt(text)


@pytest.mark.parametrize("text", ["Selected schools", "200 words about the plan", "Select committee report"])
def test_text_that_mentions_selecting_is_no_prompt(text):
    assert not is_prompt(text)


def test_sentinel_rows():
    assert sentinel_row(["END", "END", "END", "", "END"])
    assert not sentinel_row(["END", "END"])  # two cells may agree by chance
    assert not sentinel_row(["Complete", "Complete", "In progress"])
    assert not sentinel_row(["0", "0", "0"])  # figures are data


@pytest.mark.parametrize("raw, status", [("2. Ongoing - on track", "in_progress"), ("3. Ongoing - delayed", "delayed"),
                                         ("4. Completed", "complete"), ("1. Not yet started", "not_started"),
                                         ("5. Other", "")])
def test_a_dropdowns_numbered_status_choice(raw, status):
    assert chosen_status(raw) == status


def test_a_numbered_list_of_statuses_is_no_choice():
    assert chosen_status("1. Complete\n2. In progress") is None
    assert chosen_status("Ongoing") is None


# ---- indicator tables --------------------------------------------------------------------------

def test_baseline_plan_and_year_to_date_columns():
    roles = read_indicator_header([(0, "Indicator"), (1, "Baseline 2023/24"), (2, "Plan"), (3, "Year to date"),
                                   (4, "Status")])
    assert roles is not None
    assert [r for _, r, _ in roles] == ["indicator", "notes", "target", "value", "rag"]


def test_figures_keep_their_unit_and_lose_their_period():
    assert split_figure("28 days") == ("28 days", "")
    assert split_figure("£1.2m") == ("£1.2m", "")
    assert split_figure("4.5 hours (Q3)") == ("4.5 hours", "Q3")
    assert split_figure("547.0 (June 2014) / 547.0 (March 2015)") == ("547.0", "June 2014")
    assert split_figure("85 %") == ("85%", "")


def test_a_target_keeps_what_is_printed_with_its_figure():
    """docs/CONTRACT.md: the target figure as printed (an OMB memo's metric table, '≥ 4', '≥ 65%',
    '≤ 1.5 (≤ 1.4 for new data centers)'; an ESDC pilot's performance measurement plan, '> 1 per
    opportunity', '>100?', '50% decrease in the time to pay'): main squeezed the space after the sign
    and cut the words; the number is target_num's."""
    from planx.normalise.records import Indicator
    assert split_figure("≥ 4") == ("≥ 4", "")
    assert split_figure("≥ 65%") == ("≥ 65%", "")
    assert split_figure("≤ 1.5 (≤ 1.4 for new data centers)") == ("≤ 1.5 (≤ 1.4 for new data centers)", "")
    assert split_figure("> 1 per opportunity") == ("> 1 per opportunity", "")
    assert split_figure(">100?") == (">100?", "")
    assert split_figure("50% decrease in the time to pay") == ("50% decrease in the time to pay", "")
    assert split_figure("90% (2014/15)") == ("90%", "2014/15")  # a period beside it still is none of it
    assert split_figure("85% by March 2015") == ("85%", "")
    assert Indicator(target="> 1 per opportunity").target_num == 1.0
    assert Indicator(target="≥ 65%").target_num == 65.0


def test_indicator_name_heading_is_no_squashed_name():
    assert squashed_indicators("Indicator Name") == []
    assert squashed_indicators("Indicator title / description") == []
    assert squashed_indicators("Indicator % Assessments in 45 days Plans graded good at audit %") == [
        "% Assessments in 45 days", "Plans graded good at audit %"]


def test_rag_marks_and_section_labels():
    assert rag_mark("") and rag_mark("●") and rag_mark("l")  # Wingdings' 'l' prints as a filled circle
    assert not rag_mark("G") and not rag_mark("Amber")
    assert section_label("Mandatory") and section_label("Adult social care")
    assert not section_label("Households in temporary accommodation at the end of the quarter")
    assert not section_label("Project 2: 4 new homes")


def _kpi_table(rows: list[list[tuple[str, str | None]]], index: int = 1, page: int = 1) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=k, fill=f) for k, (t, f) in enumerate(r)], page=page, line=i)
                       for i, r in enumerate(rows)], page=page, index=index)


def test_kpi_table_with_section_rows_prompts_and_a_mark_rated_by_colour():
    table = _kpi_table([
        [("Indicator", None), ("Target", None), ("Latest", None), ("RAG", None)],
        [("Mandatory", None), ("", None), ("", None), ("", None)],
        [("Households in temporary accommodation", None), ("320", None), ("352", None), ("●", "#ff0000")],
        [("< Select >", None), ("", None), ("", None), ("", None)],
        [("Average days to re-let council homes", None), ("28 days", None), ("25 days", None), ("G", None)],
    ])
    result = normalise(RawDocument(path="kpi.docx", name="kpi.docx", format="docx", blocks=[table]))
    got = [(i.indicator, i.target, i.value, i.rag, i.rag_raw) for i in result.indicators]
    assert got == [("Households in temporary accommodation", "320", "352", "red", "#ff0000"),
                   ("Average days to re-let council homes", "28 days", "25 days", "green", "G")]
    kept = {lo.text: lo.reason for lo in result.leftovers}
    assert kept["Mandatory"].startswith("section row") and "< Select >" in kept and kept["●"].startswith("RAG mark")


def test_indicator_name_cut_by_a_page_break_joins_from_the_next_page():
    table = _kpi_table([[("Indicator", None), ("Target", None), ("Actual", None)],
                        [("Average", None), ("28", None), ("25", None)]], page=2)
    rest = Paragraph(text="time to re-let council homes (calendar days)", page=3, line=1)
    result = normalise(RawDocument(path="kpi.pdf", name="kpi.pdf", format="pdf", blocks=[table, rest], pages=3))
    assert [i.indicator for i in result.indicators] == ["Average time to re-let council homes (calendar days)"]


def test_the_latest_period_by_its_date_not_the_rightmost_column():
    # a council scorecard prints this quarter first and the one before beside it (then a direction
    # of travel, a RAG word and commentary): the value is the figure of the latest period named
    heads = ["Ref", "Performance Indicator", "Target 2023/24", "Q2 2023/24", "Q1 2023/24", "Direction of travel",
             "RAG", "Commentary"]
    rows = [["CS01", "Percentage of Council Tax collected", "97.5%", "56.2%", "29.1%", "Improving", "Green",
             "Collection is on profile."],
            ["HS04", "Number of households in temporary accommodation", "120", "134", "", "Worsening", "Red",
             "Demand continues to rise."]]
    table = _kpi_table([[(t, None) for t in r] for r in [heads, *rows]])
    result = normalise(RawDocument(path="kpi.docx", name="kpi.docx", format="docx", blocks=[table]))
    got = [(i.indicator, i.target, i.value, i.period, i.rag) for i in result.indicators]
    assert got == [("Percentage of Council Tax collected", "97.5%", "56.2%", "Q2 2023/24", "green"),
                   ("Number of households in temporary accommodation", "120", "134", "Q2 2023/24", "red")]
    assert any("latest period" in w for w in result.warnings)
    assert not result.actions  # the commentary is no action
    kept = {lo.text for lo in result.leftovers}
    assert {"Collection is on profile.", "Improving", "CS01"} <= kept
    assert [(h.period, h.value) for h in result.indicators[0].history] == [("Q2 2023/24", "56.2%"),
                                                                         ("Q1 2023/24", "29.1%")]
    # periods in their order ('Q1 | Q2'), or headings without dates: the rightmost filled one
    table = _kpi_table([[(t, None) for t in r] for r in [
        ["Indicator", "Target", "Q1 2023/24", "Q2 2023/24", "RAG"], ["Days to re-let homes", "28", "31", "26", "G"]]])
    result = normalise(RawDocument(path="kpi.docx", name="kpi.docx", format="docx", blocks=[table]))
    assert [(i.value, i.period) for i in result.indicators] == [("26", "Q2 2023/24")]
    assert not any("latest period" in w for w in result.warnings)


def test_an_nhs_standard_is_the_target_and_last_years_outturn_no_latest_value():
    # an integrated performance report: 'Metric | Standard | Sep-23 | Aug-23 | …'
    roles = read_indicator_header(list(enumerate(["Metric", "Standard", "Sep-23", "Aug-23", "Variance", "RAG"])))
    assert roles is not None and roles[1][1] == "target"
    # a council plan's report: '2022/23 Outturn' is last year's result beside this year's target and
    # the quarter's actual; alone beside the target it stays the latest figure printed
    labels = ["Measure", "2022/23 Outturn", "2023/24 Target", "Q2 Actual", "Q2 RAG", "DoT", "Comments"]
    roles = read_indicator_header(list(enumerate(labels)))
    assert roles is not None
    got = {label: role for _, role, label in roles}
    assert got["2022/23 Outturn"] == "notes" and got["Q2 Actual"] == "value" and got["2023/24 Target"] == "target"
    roles = read_indicator_header(list(enumerate(["Measure", "2022/23 Outturn", "2023/24 Target", "RAG"])))
    assert roles is not None and {label: role for _, role, label in roles}["2022/23 Outturn"] == "value"
    table = _kpi_table([[(t, None) for t in r] for r in [
        labels, ["Number of affordable homes delivered", "212", "250", "118", "Amber", "↑", "On track."]]])
    result = normalise(RawDocument(path="kpi.docx", name="kpi.docx", format="docx", blocks=[table]))
    assert [(i.target, i.value, i.rag) for i in result.indicators] == [("250", "118", "amber")]
    assert "212" in {lo.text for lo in result.leftovers}


def test_headings_on_two_rows_read_each_figure_with_the_period_over_it():
    # 'Performance Indicator | 2022/23 | Q2 2023/24 (merged over three) | Commentary' over
    # 'Outturn | Target | Actual | RAG': the quarter's actual is the value, last year's outturn is not
    upper = Row(cells=[Cell(text="Performance Indicator", col=0), Cell(text="2022/23", col=1),
                       Cell(text="Q2 2023/24", col=2), Cell(text="Commentary", col=5)], page=1, line=0)
    lower = Row(cells=[Cell(text=t, col=k) for k, t in enumerate(
        ["Performance Indicator", "Outturn", "Target", "Actual", "RAG", "Commentary"])], page=1, line=1)
    data = Row(cells=[Cell(text=t, col=k) for k, t in enumerate(
        ["Average days to process benefit claims", "21", "20", "23", "Red", "Vacancies in the team."])],
        page=1, line=2)
    table = Table(rows=[upper, lower, data], page=1, index=1)
    result = normalise(RawDocument(path="kpi.docx", name="kpi.docx", format="docx", blocks=[table]))
    assert [(i.target, i.value, i.rag) for i in result.indicators] == [("20", "23", "red")]
    assert any("headings on two rows" in w for w in result.warnings)
    kept = {lo.text: lo.reason for lo in result.leftovers}
    assert "21" in kept and "Vacancies in the team." in kept
    assert "Red" not in kept  # the indicator's RAG word is carried by its rag_raw: no leftover
    from planx.normalise.headers import indicator_role
    assert indicator_role("Q2 2023/24 RAG")[0] == "rag"  # a period's RAG, as its target or actual


@pytest.mark.parametrize("labels, value", [
    (["Measure", "Last year", "This year", "Target", "RAG"], "23"),
    (["Measure", "This year", "Last year", "Target", "RAG"], "23"),
    (["Indicator", "Current month", "Previous month", "Target", "RAG"], "21"),
    (["Indicator", "This quarter", "Last quarter", "Target", "RAG"], "21"),
    (["Performance measure", "Good performance", "Q1", "Q2", "Target", "Status"], "23"),
])
def test_this_and_last_periods_and_what_good_looks_like(labels, value):
    # the period the heading calls this one is the latest whatever the order; the other stays history;
    # 'Good performance' ('Low', 'High') is the indicator's polarity, no figure
    row = {"Last year": "21", "This year": "23", "Current month": "21", "Previous month": "23", "This quarter": "21",
           "Last quarter": "23", "Q1": "21", "Q2": "23", "Target": "20", "RAG": "Red", "Status": "Red",
           "Good performance": "Low"}
    table = _kpi_table([[(t, None) for t in labels], [("Average days to process benefit claims", None),
                                                      *[(row[t], None) for t in labels[1:]]]])
    result = normalise(RawDocument(path="kpi.docx", name="kpi.docx", format="docx", blocks=[table]))
    assert [(i.target, i.value, i.rag) for i in result.indicators] == [("20", value, "red")]
    assert len(result.indicators[0].history) == 2


def test_latest_heading_needs_dates_of_one_precision():
    from planx.normalise.periods import latest_heading
    assert latest_heading(["Q2 2023/24", "Q1 2023/24"]) == 0
    assert latest_heading(["Dec-17", "Mar-18", "Sep-17"]) == 1
    assert latest_heading(["2023/24", "2022/23"]) == 0
    assert latest_heading(["2022/23", "Q1 2023/24"]) is None  # a year and a quarter: not comparable
    assert latest_heading(["Q1", "Q2"]) is None  # no dates: the headings' order says it
    assert latest_heading(["Q2 2023/24"]) is None


# ---- end to end on generated reports -----------------------------------------------------------

@needs_shared
def test_generated_reports_end_to_end(tmp_path):
    """Scorecards, integrated performance reports and audit trackers in Word and reportlab PDF (and
    LibreOffice's PDF where LibreOffice is installed): every indicator and agreed action read."""
    sys.path.insert(0, str(ROOT))
    from samples.make_kpi_samples import main

    docs = tmp_path / "docs"
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is needed to print the Word samples")
    written = main(docs, [0, 3])
    assert {p.name.split("_")[0] for p in written} == {"scorecard", "baseline", "audit"}
    import planx
    out = tmp_path / "out"
    planx.convert([docs], out=out, jobs=1, report=False)
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(docs), "--json"],
                          capture_output=True, text=True)
    report = json.loads(proc.stdout[: proc.stdout.rfind("score:")])
    worst = min(report["documents"], key=lambda d: d["accuracy"] or 0.0)
    assert report["score"] >= 99.0, worst
    audits = [d for d in report["documents"] if d["doc"].startswith("audit")]
    assert audits and all(d["paired"] == d["truth_actions"] == d["output_actions"] == 4 for d in audits)


def test_a_polarity_cell_saying_higher_is_better_is_a_row_not_a_heading():
    # a quarterly report's 'Polarity' column holds 'Smaller is better' / 'Higher is better' on each row:
    # a value, so the rows that print it are indicators like the others (a polarity heading list that
    # held the phrase made such rows headings and lost the indicators under them)
    heads = ["Ref", "Performance indicator", "Polarity", "Target 2024/25", "Q1", "Q2", "Q3", "RAG", "Commentary"]
    rows = [["KPI 01", "Planning applications decided in time", "Smaller is better", "86%", "78%", "84%", "82%",
             "AMBER", "Demand up a tenth on last year."],
            ["KPI 02", "Staff sickness days per FTE", "Higher is better", "9", "10", "10", "10", "GREEN",
             "Data for December are provisional."],
            ["KPI 03", "Invoices paid within 30 days", "Higher is better", "86%", "90%", "98%", "95%", "AMBER",
             "Seasonal dip; expected to recover."]]
    table = _kpi_table([[(t, None) for t in r] for r in [heads, *rows]])
    result = normalise(RawDocument(path="kpi.docx", name="kpi.docx", format="docx", blocks=[table]))
    assert [(i.indicator, i.target, i.value, i.rag) for i in result.indicators] == [
        ("Planning applications decided in time", "86%", "82%", "amber"),
        ("Staff sickness days per FTE", "9", "10", "green"),
        ("Invoices paid within 30 days", "86%", "95%", "amber")]


def test_the_most_recent_figure_is_the_latest_value_and_the_baseline_a_note():
    # a public health plan's outcomes table: 'Indicator | Baseline | Target 2027 | Most recent |
    # Direction of travel'
    labels = ["What we measure", "Baseline", "Target 2027", "Most recent", "Direction of travel"]
    roles = read_indicator_header(list(enumerate(labels)))
    assert roles is not None
    got = {label: role for _, role, label in roles}
    assert got["Most recent"] == "value" and got["Target 2027"] == "target" and got["Baseline"] == "notes"
    table = _kpi_table([[(t, None) for t in r] for r in [
        labels, ["Breastfeeding at 6-8 weeks", "44.2%", "50%", "46.9%", "Improving"]]])
    result = normalise(RawDocument(path="kpi.docx", name="kpi.docx", format="docx", blocks=[table]))
    assert [(i.target, i.value) for i in result.indicators] == [("50%", "46.9%")]
