"""Indicator tables known by what their columns hold (normalise/kpi_content.py), indicator cards
turned round, and 'label: value' cards in text (normalise/blocks.py), with the shapes of real
quarterly KPI reports (a district council's: 'Ref | Description | Last quarter | This quarter |
Target | Status'; one card per KPI), then end to end on samples/make_kpi_cards.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SHARED, needs_shared

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.blocks import field_line
from planx.normalise.kpi_content import card_rows, figure_cell, header_by_content, name_cell

ROOT = Path(__file__).resolve().parents[1]

HEADINGS = ["Ref", "Description", "Last quarter", "This quarter", "Target", "Status"]
ROWS = [["CS01", "Quality of customer service call handling - % score from monitoring sample", "95.9%", "95.5%",
         "90%", "Green"],
        ["CS02a", "% of telephone calls answered by Contact Centre in 15 seconds", "78.5%", "77.4%", "80%", "Amber"],
        ["HR11", "Working Days (per FTE) Lost Due to Sickness Absence (Cumulative)", "2.7", "2.7", "3.15", "Red"]]


def _labels(texts: list[str]) -> list[tuple[int, str]]:
    return list(enumerate(texts))


def _table(rows: list[list[str]], index: int = 1) -> Table:
    return Table(rows=[Row([Cell(text=t, col=k) for k, t in enumerate(r)], 0, n + 1) for n, r in enumerate(rows)],
                 page=0, index=index)


# ---- cells ------------------------------------------------------------------------------------

def test_figures_of_an_indicator_column_include_dotted_decimals_but_no_dates():
    for text in ("95.5%", "401", "3.15", "9.05", "12 days", "£1,204"):
        assert figure_cell(text), text
    for text in ("31/03/2015", "Mar-15", "Green", "", "No notes"):
        assert not figure_cell(text), text


def test_a_name_is_words_not_a_figure_even_when_it_reads_like_an_instruction():
    assert name_cell("Working Days (per FTE) Lost Due to Sickness Absence (Cumulative)")
    assert name_cell("Drug Offences")
    assert not name_cell("CS01") and not name_cell("95.5%") and not name_cell("Green")


# ---- headings read by the rows below ----------------------------------------------------------

def test_weak_name_heading_is_the_indicator_column_when_the_figures_say_so():
    roles = header_by_content(_labels(HEADINGS), [_labels(r) for r in ROWS])
    assert roles is not None
    by_col = {col: role for col, role, _ in roles}
    assert roles[0][:2] == (1, "indicator")  # the name column first, as read_indicator_header gives it
    assert by_col == {0: "ref", 1: "indicator", 2: "period", 3: "period", 4: "target", 5: "rag"}


def test_names_under_a_blank_heading_are_the_indicator_column():
    labels = [(2, "Last quarter"), (3, "This quarter"), (4, "Target"), (5, "Status")]  # cols 0-1 unheaded
    roles = header_by_content(labels, [_labels(r) for r in ROWS])
    assert roles is not None and roles[0] == (1, "indicator", "") and (0, "ref", "") in roles
    result = normalise(RawDocument(path="k.docx", name="k.docx", format="docx",
                                   blocks=[_table([["", "", *HEADINGS[2:]], *ROWS])]))
    assert [(i.indicator, i.value) for i in result.indicators] == [(r[1], r[3]) for r in ROWS]


def test_one_indicator_under_the_headings_is_enough():
    assert header_by_content(_labels(HEADINGS), [_labels(ROWS[2])]) is not None


def test_no_indicator_table_without_a_target_and_a_latest_figure_that_hold_figures():
    # the target column holds words: a plan's 'Target' (what is aimed at), not a KPI's figure
    rows = [["1", "Audit of case files", "Done", "Started", "All files audited", "Green"],
            ["2", "Training for managers", "Planned", "Done", "Managers trained", "Amber"]]
    assert header_by_content(_labels(HEADINGS), [_labels(r) for r in rows]) is None
    # no latest figure or period heading at all
    assert header_by_content(_labels(["Ref", "Description", "Target", "Status"]),
                             [_labels(["CS01", "Calls answered quickly", "90%", "Green"])]) is None


def test_a_budget_table_with_a_plan_and_an_actual_is_no_indicator_table():
    labels = _labels(["Service area", "Plan", "Actual", "Variance"])
    rows = [_labels(["Adult social care", "12,400", "12,950", "550"]),
            _labels(["Highways maintenance", "3,100", "2,980", "-120"])]
    assert header_by_content(labels, rows) is None
    labels = _labels(["Service area", "Target", "Actual", "Variance"])  # a target named as such: indicators
    assert header_by_content(labels, rows) is not None


def test_an_action_plans_headings_are_no_indicator_table():
    labels = _labels(["Ref", "Action", "Lead officer", "Q1", "Target", "RAG"])
    rows = [_labels(["1", "Review the front door arrangements", "Jo Bloggs", "40", "50", "Red"])]
    assert header_by_content(labels, rows) is None


def test_weak_headings_end_to_end_give_indicators_refs_aside_and_the_earlier_quarter_as_history():
    table = _table([HEADINGS, *ROWS])
    result = normalise(RawDocument(path="kpi.docx", name="kpi.docx", format="docx", blocks=[table]))
    got = [(i.indicator, i.target, i.value, i.rag, i.rag_raw) for i in result.indicators]
    assert got == [(ROWS[0][1], "90%", "95.5%", "green", "Green"), (ROWS[1][1], "80%", "77.4%", "amber", "Amber"),
                   (ROWS[2][1], "3.15", "2.7", "red", "Red")]
    assert not result.actions
    assert [i.history[0].value for i in result.indicators] == ["95.9%", "78.5%", "2.7"]
    assert {lo.text for lo in result.leftovers if lo.reason == "indicator ref"} == {"CS01", "CS02a", "HR11"}


# ---- cards: a two-column table per indicator ----------------------------------------------------

CARD = [["HR11", "Working Days (per FTE) Lost Due to Sickness Absence (Cumulative)"], ["Service", "HR"],
        ["Target", "3.15"], ["Last quarter", "2.7"], ["This quarter", "2.6"], ["Status", ""], ["Notes", "No notes"]]


def test_a_card_turns_round_into_headings_over_the_indicators_row():
    rows = card_rows(_table(CARD))
    assert rows is not None
    assert [c.text for c in rows[0].cells] == ["Ref", "Indicator", "Service", "Target", "Last quarter",
                                               "This quarter", "Status", "Notes"]
    assert [c.text for c in rows[1].cells][:6] == ["HR11", CARD[0][1], "HR", "3.15", "2.7", "2.6"]


def test_two_cards_in_one_table_give_a_row_each():
    # a PDF's two cards printed with little space between them come as one table
    second = [["RB02", "% of new benefit claims decided within 14 days"], ["Service", "Revenues"],
              ["Target", "90%"], ["Last quarter", "96.1%"], ["This quarter", "97.4%"], ["Status", "Green"],
              ["Notes", "No notes"]]
    rows = card_rows(_table(CARD + second))
    assert rows is not None and len(rows) == 3
    assert [c.text for c in rows[2].cells][:2] == ["RB02", second[0][1]]
    assert rows[2].cells[5].text == "97.4%"
    # cards whose labels differ are not read as one grid
    assert card_rows(_table(CARD + second[:5])) is None


def test_a_two_column_action_form_is_no_card():
    form = [["Action", "Review the front door arrangements"], ["Lead", "Jo Bloggs"],
            ["Target date", "March 2016"], ["Progress", "Started in January"]]
    assert card_rows(_table(form)) is None
    # labels with no figures under a target and a latest reading: no card either
    assert card_rows(_table([CARD[0], ["Service", "HR"], ["Target", "Fewer days lost"],
                             ["This quarter", "Improving"]])) is None


def test_cards_end_to_end_one_indicator_each_with_its_fields_kept():
    second = [["CS01", "Calls answered within 20 seconds"], ["Service", "Customer Services"], ["Target", "90%"],
              ["Last quarter", "95.9%"], ["This quarter", "95.5%"], ["Status", "Green"], ["Notes", "No notes"]]
    raw = RawDocument(path="cards.docx", name="cards.docx", format="docx",
                      blocks=[_table(CARD, 1), Paragraph("", 0, 8), _table(second, 2)])
    result = normalise(raw)
    got = [(i.indicator, i.target, i.value, i.rag) for i in result.indicators]
    assert got == [(CARD[0][1], "3.15", "2.6", ""), ("Calls answered within 20 seconds", "90%", "95.5%", "green")]
    kept = {lo.text for lo in result.leftovers}
    assert {"HR", "Customer Services", "No notes", "HR11", "CS01"} <= kept


# ---- cards in text ------------------------------------------------------------------------------

def test_a_field_line_is_a_short_label_a_colon_and_its_value():
    assert field_line("Service: Customer Services") and field_line("Portfolio holder: Cllr Neighbour")
    assert not field_line("CS01 Quality of customer service call handling")
    assert not field_line("Q2 2024/25: figures") and not field_line("Service:")


def test_text_cards_take_the_name_above_the_field_lines():
    lines = []
    for code, name, target, latest, rag in [("CS01", "Calls answered within 20 seconds", "90%", "95.5%", "Green"),
                                            ("RB08", "Days to process benefit changes", "8", "9.05", "Red")]:
        lines += [f"{code} {name}", "Service: Customer Services", f"Target: {target}", "Last quarter: 80%",
                  f"This quarter: {latest}", f"Status: {rag}", ""]
    blocks = [Paragraph(t, 1, n + 1) for n, t in enumerate(lines) if t]
    result = normalise(RawDocument(path="c.txt", name="c.txt", format="txt", blocks=blocks))
    got = [(i.indicator, i.target, i.value, i.rag, i.rag_raw) for i in result.indicators]
    assert got == [("CS01 Calls answered within 20 seconds", "90%", "95.5%", "green", "Green"),
                   ("RB08 Days to process benefit changes", "8", "9.05", "red", "Red")]


# ---- end to end on generated reports ------------------------------------------------------------

@needs_shared
def test_generated_weak_heading_grids_and_cards_end_to_end(tmp_path):
    sys.path.insert(0, str(ROOT))
    from samples.make_kpi_cards import main

    docs = tmp_path / "docs"
    written = main(docs, [0, 1, 2])
    assert {p.name.split("_")[0] for p in written} == {"kpigrid", "kpicards"}
    import planx
    out = tmp_path / "out"
    planx.convert([docs], out=out, jobs=1, report=False)
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(docs), "--json"],
                          capture_output=True, text=True)
    report = json.loads(proc.stdout[: proc.stdout.rfind("score:")])
    worst = min(report["documents"], key=lambda d: d["accuracy"] or 0.0)
    assert report["score"] >= 99.0, worst
    rows = (out / "indicators.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) - 1 == sum(len(json.loads((docs / f"{p.name}.truth.json").read_text())["indicators"])
                                for p in written)  # no heading row read as an indicator
