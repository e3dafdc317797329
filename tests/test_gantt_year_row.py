"""A timeline chart whose months sit under a row of years (walker_row_kinds.periods_under_groups,
walker_header_fields.same_periods, periods.period_ends): 'Ref | Action | Lead | 2026 (over Apr … Dec)
| 2027 (over Jan … Mar) | Status', months marked by a fill or a glyph. Each action is due at the end
of its last marked month, the year from the row of years over it (or the plan's year pair when the
months print none). Shapes built here: the walker's grid, Word with shading, Excel with fills and a
text file with X marks; near-misses: years over columns that are no months, a due column of its own."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import grid

from planx.extract import extract
from planx.extract.model import Cell, Paragraph, RawDocument, Table
from planx.normalise import normalise
from planx.normalise.headers import Column, Header
from planx.normalise.periods import PERIOD_FIELD, period_ends
from planx.normalise.severity import severity
from planx.normalise.walker_header_fields import same_periods
from planx.normalise.walker_row_kinds import _years_of_months

MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
SHADE = "#a5a5a5"


def _year_row(first: str, second: str, status: bool = True) -> list[Cell]:
    cells = [Cell("Ref", 0), Cell("Action", 1), Cell("Lead", 2), Cell(first, 3, colspan=9), Cell(second, 12, colspan=3)]
    return cells + ([Cell("Status", 15)] if status else [])


def _marked(ref: str, action: str, lead: str, marks: set[int], mark: str = "", status: str = "") -> list[Cell]:
    cells = [Cell(ref, 0), Cell(action, 1), Cell(lead, 2)]
    for k in range(12):
        on = k in marks
        cells.append(Cell(mark if on else "", 3 + k, fill=SHADE if on and not mark else None))
    return cells + ([Cell(status, 15)] if status else [])


def _doc(title: str, *tables: Table) -> RawDocument:
    return RawDocument(path="t.docx", name="t.docx", format="docx",
                       blocks=[Paragraph(title, 1, 0), *tables])


@pytest.mark.parametrize("mark", ["", "X", "■", "●"])
def test_last_marked_month_under_a_year_row_is_the_due_date(mark):
    table = grid(_year_row("2026", "2027"), ["Ref", "Action", "Lead", *MONTHS, "Status"],
                 [Cell("Priority 1: Early years", 0, colspan=16, fill="#d9d9d9")],
                 _marked("1.1", "Pilot the staff workload charter.", "Phase Leaders", {6}, mark, "Started"),
                 _marked("1.2", "Embed the tutoring offer.", "SENCo", {0, 1, 2, 10}, mark, "Complete"),
                 _marked("1.3", "Agree the engagement plan.", "Head", {2, 3, 4, 5}, mark, "On track"))
    doc = normalise(_doc("Attendance Delivery Timeline", table))
    got = {a.action: a.due_date for a in doc.actions}
    assert got == {"Pilot the staff workload charter.": "2026-10", "Embed the tutoring offer.": "2027-02",
                   "Agree the engagement plan.": "2026-09"}
    # the headings dated every month: a Note says how the dates were read, the document stays ok
    said = [w for w in doc.warnings if "timeline" in w]
    assert said and all(severity(w) == "note" for w in said) and doc.status == "ok"


def test_a_printed_due_column_still_wins():
    head = [Cell("Ref", 0), Cell("Action", 1), Cell("Due", 2), Cell("2026", 3, colspan=9), Cell("2027", 12, colspan=3)]
    row = _marked("1.1", "Pilot the staff workload charter.", "", {6})
    row[2] = Cell("31 March 2027", 2)
    table = grid(head, ["Ref", "Action", "Due", *MONTHS], row)
    doc = normalise(_doc("Timeline", table))
    assert [a.due_date for a in doc.actions] == ["2027-03-31"]


def test_years_over_columns_that_are_no_months_make_no_timeline():
    head = [Cell("Ref", 0), Cell("Action", 1), Cell("Lead", 2), Cell("2026", 3, colspan=2), Cell("2027", 5, colspan=2)]
    table = grid(head, ["Ref", "Action", "Lead", "Budget", "Spend", "Budget", "Spend"],
                 ["1.1", "Pilot the staff workload charter.", "Phase Leaders", "X", "", "", "X"])
    doc = normalise(_doc("Budget plan", table))
    assert [a.due_date for a in doc.actions] == [""]
    assert not any("timeline" in w for w in doc.warnings)


def test_a_year_row_a_column_off_its_months_counts_the_years_on():
    # a text file's year row: '2027' read over May, not over Jan
    assert _years_of_months(MONTHS, ["2026"] + ["2027"] * 11) == ["2026"] * 9 + ["2027"] * 3
    assert _years_of_months(MONTHS, ["2026"] * 9 + ["2027"] * 3) == ["2026"] * 9 + ["2027"] * 3
    # years that the months cannot carry (three years over one turn of the months) say nothing
    assert _years_of_months(MONTHS, ["2026"] * 4 + ["2027"] * 4 + ["2028"] * 4) == [""] * 12
    # a group that is no year ('Timeline' over the months) gives none
    assert _years_of_months(MONTHS, ["Timeline"] * 12) == [""] * 12


def test_the_month_row_printed_again_on_the_next_page_keeps_the_years():
    def header(labels: list[str]) -> Header:
        return Header([Column(0, 1, "action", "Action")] +
                      [Column(1 + k, 1, PERIOD_FIELD, label) for k, label in enumerate(labels)])
    dated = header([f"{m} {2026 if k < 9 else 2027}" for k, m in enumerate(MONTHS)])
    assert same_periods(dated, header(MONTHS))
    assert not same_periods(dated, header(MONTHS[1:] + MONTHS[:1]))  # other months
    assert not same_periods(dated, header([f"{m} 2030" for m in MONTHS]))  # other years


@pytest.mark.parametrize("basis", [(2027, "academic"), (2027, "financial")])
def test_months_that_turn_back_span_the_year_pair_from_their_first(basis):
    ends = [d.iso() for d, _ in period_ends(MONTHS, basis) if d is not None]
    assert ends[0] == "2027-04" and ends[-1] == "2028-03"


def test_months_that_do_not_turn_back_keep_the_years_start():
    # 'Jan … Jul' of the academic year 2027/28 are the months of 2028
    ends = [d.iso() for d, _ in period_ends(["Jan", "Feb", "Mar", "Apr"], (2027, "academic")) if d is not None]
    assert ends == ["2028-01", "2028-02", "2028-03", "2028-04"]


# ---- files -----------------------------------------------------------------------------------------

ROWS = [("1.1", "Pilot the staff workload charter.", "Phase Leaders", {6}, "Started"),
        ("1.2", "Embed the pupil premium tutoring offer.", "Pastoral Lead", {0, 1, 2, 10}, "Complete"),
        ("2.1", "Agree the parental engagement plan.", "SENCo", {2, 3, 4, 5}, "On track"),
        ("2.2", "Review the homework policy.", "Deputy Head", {8, 11}, "Not started")]
WANT = {"Pilot the staff workload charter.": "2026-10", "Embed the pupil premium tutoring offer.": "2027-02",
        "Agree the parental engagement plan.": "2026-09", "Review the homework policy.": "2027-03"}


def _due(path: Path) -> dict[str, str]:
    doc = normalise(extract(path))
    return {a.action: a.due_date for a in doc.actions}


def test_word_chart_with_shaded_months(tmp_path):
    docx = pytest.importorskip("docx")
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def shade(cell):
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "A5A5A5")
        cell._tc.get_or_add_tcPr().append(shd)

    d = docx.Document()
    d.add_paragraph("Attendance Improvement Delivery Timeline 2026-27")
    d.add_paragraph("Key: shaded cells show the months in which each action is being delivered.")
    t = d.add_table(rows=2 + len(ROWS), cols=16)
    for k, text in enumerate(["Ref", "Action", "Lead"]):
        t.cell(0, k).text = text
        t.cell(1, k).text = text
    t.cell(0, 3).merge(t.cell(0, 11)).text = "2026"
    t.cell(0, 12).merge(t.cell(0, 14)).text = "2027"
    t.cell(0, 15).text = t.cell(1, 15).text = "Status"
    for k, m in enumerate(MONTHS):
        t.cell(1, 3 + k).text = m
    for r, (ref, action, lead, marks, status) in enumerate(ROWS, start=2):
        for k, text in enumerate([ref, action, lead]):
            t.cell(r, k).text = text
        t.cell(r, 15).text = status
        for k in marks:
            shade(t.cell(r, 3 + k))
    path = tmp_path / "chart.docx"
    d.save(str(path))
    assert _due(path) == WANT


def test_excel_chart_with_filled_months(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from openpyxl.styles import PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Curriculum Development Plan 2026-27"])
    ws.append(["Ref", "Action", "Lead", "2026"] + [""] * 8 + ["2027", "", "", "Status"])
    ws.append(["Ref", "Action", "Lead", *MONTHS, "Status"])
    ws.merge_cells(start_row=2, start_column=4, end_row=2, end_column=12)
    ws.merge_cells(start_row=2, start_column=13, end_row=2, end_column=15)
    fill = PatternFill("solid", fgColor="70AD47")
    for ref, action, lead, marks, status in ROWS:
        ws.append([ref, action, lead] + [None] * 12 + [status])
        for k in marks:
            ws.cell(row=ws.max_row, column=4 + k).fill = fill
    path = tmp_path / "chart.xlsx"
    wb.save(str(path))
    assert _due(path) == WANT


@pytest.mark.parametrize("second_at", [9, 10])  # '2027' over Jan, or a column off over Feb
def test_text_chart_with_x_marks_under_a_year_row(tmp_path, second_at):
    widths = [8, 42, 16] + [6] * 12

    def line(cells: list[str]) -> str:
        return "".join(c.ljust(w) for c, w in zip(cells, widths + [12], strict=False)).rstrip()
    years = ["2026"] + [""] * 11
    years[second_at] = "2027"
    lines = ["School Development Delivery Timeline 2026-27", "Brookfield Academy",
             "Key: X = activity planned in that month.",
             line(["Ref", "Action", "Lead", *years, "Status"]),
             line(["", "", "", *MONTHS]),
             "Priority 1: Quality of education"]
    for ref, action, lead, marks, status in ROWS:
        lines.append(line([ref, action, lead] + ["X" if k in marks else "" for k in range(12)] + [status]))
    path = tmp_path / "chart.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _due(path) == WANT
