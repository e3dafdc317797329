"""A spreadsheet Gantt whose months are a banner over the row that heads its columns (periodbanner.py),
its months and headings printed in another language (periods.english_period, vocab.MONTHS_ABROAD;
bilingual.heading_abroad, vocab.HEADINGS_ABROAD), and bars filled in colours that are no ratings
(periods.bars_of_fill). Shapes built here: Excel workbooks with merged month cells over week columns,
fills for bars, hidden columns; near-misses: an ordinary heading row with months, a banner over data,
a progress grid rated by fills."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from planx.extract import extract
from planx.extract.model import Cell, Row, Table
from planx.normalise import normalise
from planx.normalise.bilingual import english_side, heading_abroad
from planx.normalise.periodbanner import fold_banner
from planx.normalise.periods import bars_of_fill, english_period, read_period, run_of_periods
from planx.normalise.severity import severity

ACTIONS = ["Identify the national government commitments on open government.",
           "Consolidate the topics identified with the citizens.",
           "Invite the agencies whose goals relate to the values.",
           "Hold a virtual conversation with experts on the problems.",
           "Publish the preliminary commitments for public consultation."]
# a palette with pure red and green in it: the chart's colours, one per bar
PALETTE = ["FF70AD47", "FFFF0000", "FF008000", "FFFF6600", "FF660066"]
SPANISH = ["JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"]


def _gantt(path: Path, title: str, months: list[str], heads: list[str], hide: bool = True) -> Path:
    """Row 1: the title over the task columns, each month merged over its two week columns; row 2:
    the column headings and the weeks; then a task per row, its bar three week cells long, each bar
    starting a month after the one above."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = title
    ws.merge_cells("A1:B1")
    for n, month in enumerate(months):
        col = 7 + 2 * n
        ws.cell(1, col, month)
        ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + 1)
        ws.cell(2, col, "W 1-2")
        ws.cell(2, col + 1, "W 3-4")
    for k, head in enumerate(heads):
        ws.cell(2, 1 + k, head)
    for r, action in enumerate(ACTIONS):
        ws.cell(3 + r, 1, "Stage I. Identification")
        ws.cell(3 + r, 2, f"{r + 1}. {action}")
        ws.cell(3 + r, 3, "Transparency Secretariat")
        for c in range(7 + 2 * r, 10 + 2 * r):
            ws.cell(3 + r, c).fill = PatternFill("solid", fgColor=PALETTE[r])
    if hide:
        for letter in "DEF":
            ws.column_dimensions[letter].hidden = True
    wb.save(path)
    return path


def _read(path: Path):
    return normalise(extract(path))


def test_spanish_gantt_with_a_month_banner_reads_its_activities(tmp_path):
    path = _gantt(tmp_path / "cronograma.xlsx", "Plan de acción 2025", SPANISH,
                  ["Etapa", "Actividad", "Responsable", "Se terminó", "Pendiente", "Observaciones"])
    doc = _read(path)
    assert [a.action for a in doc.actions] == ACTIONS
    assert {a.lead for a in doc.actions} == {"Transparency Secretariat"}
    assert doc.title == "Plan de acción 2025"
    # each task is due at the end of its bar's last month, the year from the title
    assert [a.due_date for a in doc.actions] == ["2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]
    # the bars' colours (pure red, green among them) are the chart's, not ratings
    assert all(not a.rag for a in doc.actions)
    assert any("read as one heading row" in w for w in doc.warnings)


@pytest.mark.parametrize("months", [
    ["Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre"],  # French
    ["Julho", "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro"],  # Portuguese
    ["Juli", "August", "September", "Oktober", "November", "Dezember"],  # German
    ["Luglio", "Agosto", "Settembre", "Ottobre", "Novembre", "Dicembre"],  # Italian
    ["Juli", "Augustus", "September", "Oktober", "November", "December"],  # Dutch
    ["Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],  # Welsh
    ["JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"],  # English
])
def test_month_banner_in_any_language_heads_the_weeks_under_it(tmp_path, months):
    path = _gantt(tmp_path / "gantt.xlsx", "Delivery plan 2026", months, ["Stage", "Activity", "Lead", "Done",
                                                                           "Pending", "Notes"])
    doc = _read(path)
    assert [a.action for a in doc.actions] == ACTIONS
    assert doc.actions[-1].due_date == "2026-12"
    assert all(not a.rag for a in doc.actions)


def test_month_and_quarter_words_abroad_read_as_periods():
    assert english_period("Février 2026") == "february 2026"
    assert read_period("JULIO") is not None and read_period("JULIO").number == "7"
    assert read_period("März").number == "3"
    assert read_period("Trimestre 2").kind == "quarter"
    assert read_period("Kwartaal 4").number == "4"
    assert run_of_periods(["IV PLAN", "ENERO", "FEBRERO", "MARZO"]) == [1, 2, 3]
    # a word that only contains a month's name is none ('Mayor', 'Marzipan'), English stays as it was
    assert read_period("Mayor") is None and english_period("Marzipan") == "Marzipan"
    assert english_period("Apr-25") == "Apr-25"


def test_headings_abroad_read_as_their_english():
    assert heading_abroad("Actividad") == "activity"
    assert heading_abroad("Échéance") == "deadline"
    assert english_side("Responsable") == "responsible"
    # English headings, and a foreign word inside an English heading, stay as printed
    assert english_side("Action") == "Action"
    assert heading_abroad("Actividad planned") == ""


def _table(*rows: list[Cell]) -> Table:
    return Table(rows=[Row(cells=list(r), page=1, line=k) for k, r in enumerate(rows)], page=1, index=1)


def _data(action: str) -> list[Cell]:
    return [Cell("Stage I", 0), Cell(action, 1), Cell("Ann Lee", 2), Cell("", 3, fill="#70ad47")]


def test_no_banner_when_the_first_row_heads_the_columns_itself():
    table = _table([Cell("Activity", 0), Cell("Lead", 1), Cell("Jan", 2), Cell("Feb", 3), Cell("Mar", 4)],
                   [Cell("Review the offer", 0), Cell("Ann Lee", 1), Cell("X", 2)],
                   [Cell("Audit the front door", 0), Cell("Ann Lee", 1), Cell("X", 3)])
    assert fold_banner(table) is None


def test_no_banner_over_a_row_of_data():
    banner = [Cell("Plan", 0, colspan=3), Cell("Jan", 3), Cell("Feb", 4), Cell("Mar", 5)]
    table = _table(banner, _data(ACTIONS[0]), _data(ACTIONS[1]), _data(ACTIONS[2]))
    assert fold_banner(table) is None


def test_no_banner_when_two_cells_stand_before_the_months():
    banner = [Cell("Plan", 0), Cell("2025", 1), Cell("Jan", 3), Cell("Feb", 4), Cell("Mar", 5)]
    heads = [Cell("Stage", 0), Cell("Activity", 1), Cell("Lead", 2), Cell("W1", 3), Cell("W1", 4), Cell("W1", 5)]
    table = _table(banner, heads, _data(ACTIONS[0]), _data(ACTIONS[1]))
    assert fold_banner(table) is None


def test_staggered_one_colour_bars_are_a_gantt():
    bars = [[(3 + r + k, colour) for k in range(2)] for r, colour in
            enumerate(["#ff0000", "#00b050", "#ff0000", "#ffc000"])]
    assert bars_of_fill(bars)


@pytest.mark.parametrize("rows", [
    # a progress grid: every action rated from the first period, the colour changing
    [[(3, "#00b050"), (4, "#ffc000"), (5, "#ff0000")], [(3, "#ffc000"), (4, "#00b050")],
     [(3, "#00b050"), (4, "#00b050"), (5, "#ffc000")]],
    # one colour each, but every row from the first period: ratings as likely as bars
    [[(3, "#00b050"), (4, "#00b050")], [(3, "#ff0000")], [(3, "#ffc000"), (4, "#ffc000")]],
    # a row's run broken: ratings of some periods
    [[(3, "#ff0000"), (5, "#ff0000")], [(4, "#00b050")], [(5, "#ffc000")]],
])
def test_ratings_by_fill_are_no_bars(rows):
    assert not bars_of_fill(rows)


def test_the_banner_reading_is_a_note(tmp_path):
    doc = _read(_gantt(tmp_path / "g.xlsx", "Delivery plan 2026", SPANISH, ["Stage", "Activity", "Lead", "Done",
                                                                            "Pending", "Notes"], hide=False))
    said = [w for w in doc.warnings if "read as one heading row" in w]
    assert said and all(severity(w) == "note" for w in said)
