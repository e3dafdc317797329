"""Plans and reports written as blocks of text, one block per item (issue 14): performance reports
with a name line and labelled figures per indicator (normalise/blocks.py), action forms written as
labelled lines, scanned lists and plain text set in two columns.

Unit tests give each rule the shapes it handles and the ones it must leave alone (prose with
figures, period names, dates); the end-to-end tests convert samples/make_block_samples.py's
documents and compare them with their truth."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared, read, truths
from conftest import norm_words as _norm

import planx
from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.blocks import axis_noise, direction_of, label_role, rag_and_direction, read_figures


def doc(*lines: str, fmt: str = "txt") -> RawDocument:
    return RawDocument(path="", name=f"d.{fmt}", format=fmt,
                       blocks=[Paragraph(t, 1, i + 1) for i, t in enumerate(lines)])


# ---- labels and figures ------------------------------------------------------------------------------

@pytest.mark.parametrize("label, role", [
    ("Latest", "value"), ("Current", "value"), ("Actual", "value"), ("Outturn", "value"),
    ("Year to date", "value"), ("Target", "target"), ("Annual target", "target"), ("Target 2024/25", "target"),
    ("Q3", "period"), ("Q3 2024/25", "period"), ("Floor", "floor"), ("Threshold", "floor"),
    ("Baseline", "previous"), ("Previous", "previous"), ("Last quarter", "previous"), ("DoT", "direction"),
    ("RAG", "rag"),
])
def test_a_figure_label_is_read_by_meaning(label, role):
    assert label_role(label)[0] == role


@pytest.mark.parametrize("label", ["Lead officer", "Budget", "Waiting times fell", "Number of people"])
def test_a_phrase_that_names_no_figure_is_no_label(label):
    assert label_role(label)[0] not in ("value", "target", "period")


def test_labelled_figures_on_one_line():
    head, figures, rest = read_figures("CYPE 3 Timely plans Latest: 71.8%   Target: 68%   Floor: 60%  AMBER")
    assert head == "CYPE 3 Timely plans"
    assert [(f.role, f.label, f.text) for f in figures] == [("value", "Latest", "71.8%"), ("target", "Target", "68%"),
                                                           ("floor", "Floor", "60%")]
    assert rest == ["AMBER"]


def test_a_label_without_a_colon_only_when_it_surely_names_a_figure():
    _, figures, _ = read_figures("Actual 78%  Target 80%")
    assert [f.role for f in figures] == ["value", "target"]
    _, figures, _ = read_figures("for the period 1 June 2024 to 31 January 2025")
    assert figures == []


@pytest.mark.parametrize("text", ["Reporting period: 2013/14, 2014/15, 2015/16", "Q4 2024/25: Jan 2025 - Mar 2025",
                                  "Date: 31/03/2025", "Period: 1 June 2024"])
def test_period_names_and_dates_are_no_figures(text):
    assert not [f for f in read_figures(text)[1] if f.role in ("value", "target", "period")]


def test_ratings_directions_and_axes():
    assert rag_and_direction("AMBER") == ("amber", "")
    assert rag_and_direction("RAG rating: Green") == ("green", "")
    assert rag_and_direction("RAG: Amber ↑ Improving") == ("amber", "↑ Improving")
    assert rag_and_direction("Red kites were seen over the park this year") == ("", "")
    assert direction_of("Improving") and direction_of("DoT: No change") and direction_of("↑")
    assert not direction_of("Improving access to services for families")
    assert axis_noise("100  80  60  40  20  0") and axis_noise("Q1 Q2 Q3 Q4")
    assert not axis_noise("Latest: 78%")


# ---- reading a document ------------------------------------------------------------------------------

REPORT = [
    "Quarterly Performance Report: Quarter 3 2024/25",
    "Children and Young People",
    "CYP1 Percentage of EHC plans issued within 20 weeks",
    "100  80  60  40  20  0",
    "Latest: 71.8%   Target: 68%   Floor: 60%",
    "Previous: 78.1%",
    "AMBER",
    "Improving",
    "The figure dipped in December, as it does every year.",
    "CYP2 Average days to re-let council homes",
    "Q2 2024/25: 31 days   Q3 2024/25: 28 days   Target: 25 days",
    "RAG: Red",
    "Demand rose by a tenth on the same quarter last year.",
]


def test_a_report_of_indicator_blocks():
    result = normalise(doc(*REPORT))
    got = [(i.indicator, i.value, i.target, i.rag, i.period) for i in result.indicators]
    assert got == [("CYP1 Percentage of EHC plans issued within 20 weeks", "71.8%", "68%", "amber", ""),
                   ("CYP2 Average days to re-let council homes", "28 days", "25 days", "red", "Q3 2024/25")]
    assert not result.actions
    assert [h.period for h in result.indicators[1].history] == ["Q2 2024/25", "Q3 2024/25"]
    kept = {lo.text: lo.reason for lo in result.leftovers}
    assert "chart axis" in kept["100 80 60 40 20 0"]
    assert "previous" in kept["Previous: 78.1%"] and "floor" in kept["Floor: 60%"]
    assert "direction" in kept["Improving"]
    assert any("dipped in December" in t for t in kept)  # commentary is kept, not lost
    assert any("text blocks" in w for w in result.warnings)


def test_name_run_into_the_commentary_above_it():
    """A conversion (OCR) that ran the commentary line and the next name together."""
    lines = REPORT[:9] + ["Demand rose again this year. Planning applications decided in time",
                          "Latest: 90.6%  Target: 94%  AMBER"]
    names = [i.indicator for i in normalise(doc(*lines)).indicators]
    assert names[-1] == "Planning applications decided in time"


def test_a_name_wrapped_over_lines_in_its_box_is_read_whole():
    """A council's quarterly performance report (Kent, Q3 2024/25) prints each KPI in a box: a name
    the box wraps over two lines, the RAG word beside it, a chart, then 'Latest: | Target: | Previous:'.
    The lines the box wrapped are one name; a shorter heading or a sentence above it is none of it."""
    blocks = [
        Paragraph("Key Performance Indicators", 9, 1),
        Paragraph("Percentage of callers to Contact Point who rated the advisor who dealt with\ntheir call as good\n"
                  "GREEN\nLatest: 97%\nTarget: 97%, Floor: 90%\nPrevious: 97% (Green)", 9, 2),
        Paragraph("Number of homes brought back to market through No Use Empty (NUE) \u2013\nRolling 12-month total\n"
                  "GREEN\nLatest: 422\nTarget: 400, Floor 360", 9, 3),
        Paragraph("Key Performance Indicators\nPercentage of phone calls to Contact Point which were answered\nGREEN\n"
                  "Latest: 94%\nTarget: 90%, Floor: 85%", 10, 1),
        Paragraph("The figure dipped in December, as it does every year.\nNumber of foster households\nRED\n"
                  "Latest: 613\nTarget: 700 Floor: 650", 10, 2),
    ]
    result = normalise(RawDocument(path="", name="d.pdf", format="pdf", blocks=blocks))
    assert [(i.indicator, i.value, i.target, i.rag) for i in result.indicators] == [
        ("Percentage of callers to Contact Point who rated the advisor who dealt with their call as good", "97%",
         "97%", "green"),
        ("Number of homes brought back to market through No Use Empty (NUE) \u2013 Rolling 12-month total", "422",
         "400", "green"),
        ("Percentage of phone calls to Contact Point which were answered", "94%", "90%", "green"),
        ("Number of foster households", "613", "700", "red")]
    kept = " ".join(lo.text for lo in result.leftovers)
    assert "dipped in December" in kept and "Key Performance Indicators" in kept  # nothing lost


def test_one_block_is_no_report():
    assert not normalise(doc(*REPORT[:9])).indicators


def test_prose_with_figures_gives_no_indicators():
    result = normalise(doc("Annual Report of the Director of Public Health 2024",
                           "Life expectancy in the borough is 79.2 years for men.",
                           "Target: every ward to have a community health champion by 2026.",
                           "Smoking fell to 11% of adults, close to the national figure of 12%.",
                           "Latest figures show 2,140 people used the stop smoking service.",
                           "Reporting period: 2023/24",
                           "Budget: £1.2m   Spent: £0.8m"))
    assert not result.indicators and not result.actions


# ---- action forms written as lines, on one line, and in table cells ---------------------------------

FORM = [
    "Corporate Peer Challenge Action Plan",
    "Priority 1: Listen to families",
    "Action 1: Run a termly forum for parent carers",
    "Lead officer: M. Patel, Commissioning Manager  Target date: March 2026  RAG: Green",
    "Progress: Two forums held; the third is booked.",
    "Action 2: Publish a 'you said, we did' update every quarter",
    "Lead officer: Designated Clinical Officer  Target date: Q2 2025/26  RAG: Red",
]


@pytest.mark.parametrize("heading", ["Action {n}: {text}", "Action: {text}"])
def test_form_fields_run_together_on_one_line(heading):
    lines = [heading.format(n=ln[7], text=ln.partition(": ")[2]) if ln.startswith("Action") else ln for ln in FORM]
    result = normalise(doc(*lines))
    got = [(a.action, a.lead, a.due_date, a.rag, a.area_ref) for a in result.actions]
    assert got == [("Run a termly forum for parent carers", "M. Patel, Commissioning Manager", "2026-03", "green", "1"),
                   ("Publish a 'you said, we did' update every quarter", "Designated Clinical Officer", "2025-09",
                    "red", "1")]
    assert result.actions[0].progress.startswith("Two forums held")


def test_a_line_of_labels_that_name_no_field_is_no_form():
    result = normalise(doc("Minutes of the meeting", "Date: 3 May 2025  Venue: Town Hall  Chair: Cllr Jones",
                           "Present: A Smith, B Jones"))
    assert not result.actions


def test_a_table_of_forms_one_per_cell():
    from planx.extract.model import Cell, Row, Table
    forms = ["\n".join(FORM[2:5]), "\n".join(FORM[5:7])]
    table = Table([Row([Cell(t, 0)], page=1, line=r + 1) for r, t in enumerate(forms)], page=1, index=1)
    raw = RawDocument(path="", name="d.docx", format="docx",
                      blocks=[Paragraph(FORM[0], 1, 1), Paragraph(FORM[1], 1, 2), table])
    result = normalise(raw)
    assert [(a.action, a.lead, a.due_date) for a in result.actions] == [
        ("Run a termly forum for parent carers", "M. Patel, Commissioning Manager", "2026-03"),
        ("Publish a 'you said, we did' update every quarter", "Designated Clinical Officer", "2025-09")]
    assert any("whole action form" in w for w in result.warnings)


def test_a_table_of_notes_is_no_table_of_forms():
    from planx.extract.model import Cell, Row, Table
    from planx.normalise.tableforms import forms_in_cells
    notes = Table([Row([Cell("Summary\nThe board met in May.\nNext meeting: June", 0)], 1, 1),
                   Row([Cell("Actions\nNone this month", 0)], 1, 2)], page=1, index=1)
    assert not forms_in_cells(notes)


# ---- end to end: the generated shapes ---------------------------------------------------------------

@pytest.fixture(scope="module")
def blocks_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_block_samples import main
    folder = tmp_path_factory.mktemp("blocks")
    docs = main(folder, [1, 2], scans=False)
    out = tmp_path_factory.mktemp("blocks_out")
    planx.convert(docs, out=out)
    return folder, out


def test_indicator_blocks_match_their_truth_in_every_rendering(blocks_run):
    folder, out = blocks_run
    indicators = read(out, "indicators")
    checked = 0
    for truth in truths(folder, "kpiblocks_*.truth.json"):
        got = [i for i in indicators if i["doc"] == truth["doc"]]
        assert len(got) == len(truth["indicators"]), truth["doc"]
        for want, row in zip(truth["indicators"], got, strict=True):
            assert {k: _norm(row[k]) for k in want} == {k: _norm(v) for k, v in want.items()}, truth["doc"]
        checked += 1
    assert checked >= 6  # .txt, .docx, _rl.pdf for two seeds


@pytest.mark.parametrize("prefix", ["formlines_", "twocol_"])
def test_actions_written_as_blocks_match_their_truth(blocks_run, prefix):
    folder, out = blocks_run
    actions = read(out, "actions")
    checked = 0
    for truth in truths(folder, f"{prefix}*.truth.json"):
        got = [a for a in actions if a["doc"] == truth["doc"]]
        assert len(got) == len(truth["actions"]), truth["doc"]
        for want in truth["actions"]:
            row = next(a for a in got if _norm(a["action"]) == _norm(want["action"]))
            for name, value in want.items():
                assert _norm(row[name]) == _norm(value or ""), (truth["doc"], want["action"], name)
        checked += 1
    assert checked >= 2


def test_reports_with_figures_in_prose_give_nothing(blocks_run):
    _, out = blocks_run
    assert not [r for r in read(out, "indicators") + read(out, "actions") if r["doc"].startswith("kpinarrative")]


@needs_shared
def test_every_block_shape_scores_well(blocks_run):
    folder, out = blocks_run
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(folder), "--json"],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout[:proc.stdout.rindex("score:")])
    by_doc = {d["doc"]: d["accuracy"] for d in report["documents"] if d["accuracy"] is not None}
    assert all(acc >= 99.0 for name, acc in by_doc.items() if name.startswith(("kpiblocks", "formlines"))), by_doc


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_a_scanned_report_of_indicator_blocks(tmp_path):
    import random

    from samples.make_block_samples import kpi_blocks, kpi_spec, kpi_truth, scan
    from samples.make_shape_samples import write_reportlab
    spec = kpi_spec(random.Random(1))
    born = tmp_path / "kpi_rl.pdf"
    write_reportlab(kpi_blocks(spec), born)
    scanned = tmp_path / "kpi_scan.pdf"
    assert scan(born, scanned, 1)
    result = planx.convert_file(scanned)
    want = kpi_truth(spec)["indicators"]
    got = {_norm(i.indicator): i for i in result.indicators}
    found = [w for w in want if _norm(w["indicator"]) in got and got[_norm(w["indicator"])].value == w["value"]]
    assert len(found) >= len(want) - 1


# ---- plain text in two columns, scanned lists -------------------------------------------------------

TWO_COLUMNS = """Local Offer Improvement Plan 2025

Action                                              Lead / target date
---------------------------------------------------------------------------

1. Identify needs early and accurately

Train every early years setting to use the shared   Head of SEND
speech and language screening tool                  end of June 2026

Set up a multi-agency panel that reviews            J. Okafor
requests for assessment every fortnight             Sept 2025

2. Prepare young people for adult life

Start transition planning at every Year 9 annual    Sarah Whitfield
review                                              March 2026
"""


def test_a_plain_text_plan_in_two_columns(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(TWO_COLUMNS, encoding="utf-8")
    result = planx.convert_file(path)
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_date) for a in result.actions]
    assert got == [
        ("1", "Identify needs early and accurately",
         "Train every early years setting to use the shared speech and language screening tool", "Head of SEND",
         "2026-06"),
        ("1", "Identify needs early and accurately",
         "Set up a multi-agency panel that reviews requests for assessment every fortnight", "J. Okafor", "2025-09"),
        ("2", "Prepare young people for adult life", "Start transition planning at every Year 9 annual review",
         "Sarah Whitfield", "2026-03"),
    ]
    assert result.title == "Local Offer Improvement Plan 2025"


def test_a_rule_drawn_with_characters_is_no_cell():
    from planx.extract.text import parse_lines
    raw = parse_lines(TWO_COLUMNS.split("\n"), name="p.txt")
    cells = [c.text for b in raw.blocks if hasattr(b, "rows") for r in b.rows for c in r.cells]
    assert not any(set(t.strip()) == {"-"} for t in cells)


def test_who_then_when_only_when_the_last_line_is_a_date():
    from planx.normalise.actions import who_then_when
    assert who_then_when({"lead": "Sarah Whitfield\nSept 2025"}) == {"lead": "Sarah Whitfield", "due": "Sept 2025"}
    assert who_then_when({"lead": "Sarah Whitfield\nSept 2025", "due": "March 2026"}) == {}
    assert who_then_when({"lead": "Head of SEND\nand the parent carer forum"}) == {}
    assert who_then_when({"lead": "Sarah Whitfield"}) == {}


@pytest.mark.parametrize("line", ["¢ Run a termly forum for parent carers (Lead: Head of SEND; by March 2026)",
                                  "e Run a termly forum for parent carers (Lead: Head of SEND; by March 2026)"])
def test_what_ocr_reads_a_bullet_as_is_a_bullet(line):
    from planx.normalise.lists import read_lists
    raw = doc("Priority 1: Listen to families", line,
              "• Publish an update every quarter (Lead: J. Okafor; by Sept 2025)", fmt="pdf")
    reading = read_lists(raw)
    assert reading is not None
    assert [a.fields["action"] for a in reading.actions] == ["Run a termly forum for parent carers",
                                                             "Publish an update every quarter"]


def test_labels_run_into_the_next_item_are_cut_there():
    from planx.normalise.lists import read_lists
    raw = doc("1. Identify needs early", "1. Train every early years setting",
              "Lead: M. Patel Deadline: December 2025 2. Set up a panel that meets every fortnight",
              "Lead: Head of SEND Deadline: Q4 2025/26 ¢ Publish a guide for parents",
              "Lead: J. Okafor Deadline: Sept 2025", fmt="pdf")
    reading = read_lists(raw)
    assert reading is not None
    got = [(a.fields["action"], a.fields["lead"], a.fields["due"]) for a in reading.actions]
    assert got == [("Train every early years setting", "M. Patel", "December 2025"),
                   ("Set up a panel that meets every fortnight", "Head of SEND", "Q4 2025/26"),
                   ("Publish a guide for parents", "J. Okafor", "Sept 2025")]


def test_a_dash_inside_an_item_is_no_item_mark():
    from planx.normalise.lists import read_lists
    raw = doc("Priority 2: Adult life",
              "• Start transition planning – Owner: J Smith – Due: Q2 2025/26 – Status: On track",
              "• Create supported internships with employers – Owner: A Lee – Due: March 2026")
    reading = read_lists(raw)
    assert reading is not None
    assert reading.actions[0].fields["due"] == "Q2 2025/26" and reading.actions[0].fields["status"] == "On track"


def test_indicator_blocks_written_as_labelled_bullets():
    """A status report template: 'KPI 1: name' over bulleted 'Current value: …' / 'Target value: …'
    lines, a status and a trend."""
    result = normalise(doc("KPI Status Report: Housing Repairs",
                           "KPI 1: Repairs completed at the first visit",
                           "• Current value: 87%", "• Target value: 90%", "• Status: Amber", "• Trend: Improving",
                           "KPI 2: Average days to complete a routine repair",
                           "• Current value: 12 days", "• Target value: 14 days", "• Status: Green",
                           "• Trend: No change"))
    got = [(i.indicator, i.value, i.target, i.rag) for i in result.indicators]
    assert got == [("KPI 1: Repairs completed at the first visit", "87%", "90%", "amber"),
                   ("KPI 2: Average days to complete a routine repair", "12 days", "14 days", "green")]


def test_a_row_of_labels_over_a_row_of_figures():
    from planx.extract.model import Cell, Row, Table
    mini = Table([Row([Cell("Actual", 0), Cell("Target", 1), Cell("RAG", 2)], 1, 5),
                  Row([Cell("12 days", 0), Cell("14 days", 1), Cell("Green", 2)], 1, 6)], page=1, index=1)
    raw = RawDocument(path="", name="d.pdf", format="pdf", blocks=[
        Paragraph("Quarterly Performance Report", 1, 1),
        Paragraph("HS1 Repairs completed at the first visit", 1, 2),
        Paragraph("Actual  Target  RAG", 1, 3), Paragraph("87%  90%  AMBER", 1, 4),
        Paragraph("HS2 Average days to complete a routine repair", 1, 5), mini])
    got = [(i.indicator, i.value, i.target, i.rag) for i in normalise(raw).indicators]
    assert got == [("HS1 Repairs completed at the first visit", "87%", "90%", "amber"),
                   ("HS2 Average days to complete a routine repair", "12 days", "14 days", "green")]


def test_a_label_over_its_figure_line_by_line():
    result = normalise(doc("Performance dashboard", "Repairs completed at the first visit", "Latest", "87%",
                           "Target", "90%", "AMBER", "Average days to complete a routine repair", "Latest",
                           "12 days", "Target", "14 days", "GREEN", "Page 2", "3"))
    got = [(i.indicator, i.value, i.target, i.rag) for i in result.indicators]
    assert got == [("Repairs completed at the first visit", "87%", "90%", "amber"),
                   ("Average days to complete a routine repair", "12 days", "14 days", "green")]


def test_a_table_of_indicator_blocks_one_per_row():
    from planx.extract.model import Cell, Row, Table
    rows = [("HS1 Repairs completed at the first visit", "Latest: 87%\nTarget: 90%", "AMBER"),
            ("HS2 Average days to complete a routine repair", "Latest: 12 days\nTarget: 14 days", "GREEN")]
    table = Table([Row([Cell(t, k) for k, t in enumerate(r)], 1, n + 1) for n, r in enumerate(rows)], page=1, index=1)
    raw = RawDocument(path="", name="d.docx", format="docx", blocks=[Paragraph("Housing dashboard", 1, 0), table])
    got = [(i.indicator, i.value, i.target, i.rag) for i in normalise(raw).indicators]
    assert got == [("HS1 Repairs completed at the first visit", "87%", "90%", "amber"),
                   ("HS2 Average days to complete a routine repair", "12 days", "14 days", "green")]


def test_a_plan_table_is_no_table_of_indicator_blocks():
    from planx.extract.model import Cell, Row, Table
    from planx.normalise.blocks import lines_of
    rows = [("Action", "Lead", "Target date"), ("Review the policy", "Head of SEND", "March 2026"),
            ("Publish the guide", "J. Okafor", "Target: 80% of parents by June")]
    table = Table([Row([Cell(t, k) for k, t in enumerate(r)], 1, n + 1) for n, r in enumerate(rows)], page=1, index=1)
    raw = RawDocument(path="", name="d.docx", format="docx", blocks=[Paragraph("Plan", 1, 0), table])
    assert [ln.kind for ln in lines_of(raw)][1:] == ["table"]


def test_a_plain_text_plan_in_two_columns_without_a_heading_row(tmp_path):
    lines = TWO_COLUMNS.split("\n")
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines[:1] + lines[4:]), encoding="utf-8")  # no 'Action | Lead' row, no rule
    result = planx.convert_file(path)
    assert [(a.area_ref, a.lead, a.due_date) for a in result.actions] == [
        ("1", "Head of SEND", "2026-06"), ("1", "J. Okafor", "2025-09"), ("2", "Sarah Whitfield", "2026-03")]
    assert result.title == "Local Offer Improvement Plan 2025"
    # the title is read as the line above the table (the borderless finder's title rule), not as a row
    assert not any("Local Offer" in a.action for a in result.actions)
