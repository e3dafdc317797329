"""Period headings as plans print them, and the area column's own numbers.

A school or council progress grid heads its quarters with the months they span ('Q1 (Apr-Jun)',
'Quarter 2 (July - September)', 'Autumn term (Sep-Dec)'); a narrow PDF column breaks such a heading
inside a word or at its hyphen ('Q1 (Ap' / 'r-Jun)', 'Q2 (Jul' / '-Sep)', 'Q4 (Jan-' / 'Mar)'). The
area column often opens with the area's number and no stop ('1 Strengthen leadership').
"""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.normalise.periods import read_period, run_of_periods
from planx.normalise.text import heading_text


@pytest.mark.parametrize("label, kind, number", [
    ("Q1 (Apr-Jun)", "quarter", "1"), ("Quarter 2 (July - September)", "quarter", "2"),
    ("Q4 Jan–Mar", "quarter", "4"), ("Autumn term (Sep-Dec)", "term", "autumn"),
    ("Q3 2025/26 (Oct-Dec)", "quarter", "3"),
])
def test_a_period_heading_with_its_months_spelled_out_is_that_period(label, kind, number):
    p = read_period(label)
    assert p is not None and (p.kind, p.number) == (kind, number)


@pytest.mark.parametrize("label", ["Lead (Apr-Jun)", "Status (see key)", "Q1 (draft)"])
def test_a_span_of_months_after_another_word_is_no_period(label):
    assert read_period(label) is None


def test_a_span_of_months_alone_is_a_quarter_named_by_its_months():
    p = read_period("Apr-Jun")  # (test_quarter_fills: a progress grid headed 'Apr-Jun | Jul-Sep | …')
    assert p is not None and (p.kind, p.number) == ("span", "6")


def test_four_quarters_with_their_months_are_a_run_of_periods():
    labels = ["Area", "Action", "Lead", "Due", "Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)"]
    assert run_of_periods(labels) == [4, 5, 6, 7]


@pytest.mark.parametrize("text, expected", [
    ("Q1 (Ap\nr-Jun)", "Q1 (Apr-Jun)"),  # a word broken by the column's width
    ("Q2 (Jul\n-Sep)", "Q2 (Jul-Sep)"),  # broken before the hyphen
    ("Q4 (Jan-\nMar)", "Q4 (Jan-Mar)"),  # broken after it
    ("Target\ndate", "Target date"),  # two words on two lines stay two words
    ("Lead -\nofficer", "Lead - officer"),  # a dash between words is no hyphen
    ("Commentar\ny", "Commentary"),
])
def test_a_heading_broken_over_lines_is_joined_as_it_was_written(text, expected):
    assert heading_text(text) == expected


GRID = [["Area", "Action", "Lead", "Due", "Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)"],
        ["1 Strengthen leadership and governance", "Establish a reading catch-up programme", "Gareth Pugh",
         "March 2026", "R", "Amber", "", ""],
        ["", "Publish termly attendance tracking", "Claire Okafor", "31/03/26", "Amber", "", "", ""],
        ["2 Improve preparation for adulthood", "Introduce transition protocols", "Ruth Carrow", "Oct 2025",
         "G", "A", "R", ""]]


def _grid_plan(tmp_path: Path, kind: str, widths: list[float]) -> Path:
    from samples.layout_render import C, Doc, Grid, Text, write_docx, write_reportlab
    grid = [[C(t, bold=r == 0) for t in row] for r, row in enumerate(GRID)]
    doc = Doc(blocks=[Text("School Improvement Plan 2025/26 - Quarterly Review", "title"),
                      Grid(grid, widths=widths, font=8)], landscape=kind == "pdf")
    path = tmp_path / f"quarterly.{kind}"
    (write_reportlab if kind == "pdf" else write_docx)(doc, path)
    return path


@pytest.mark.parametrize("kind, widths", [
    ("docx", []),
    ("pdf", [3, 4, 2, 1.5, 0.75, 0.75, 0.75, 0.75]),  # quarters so narrow their headings break
])
def test_a_quarterly_rag_grid_gives_each_action_its_ratings_and_its_area_number(tmp_path: Path, kind, widths):
    pytest.importorskip("reportlab" if kind == "pdf" else "docx")
    import planx
    result = planx.convert_file(str(_grid_plan(tmp_path, kind, widths)))
    assert [(a.area_ref, a.area, a.action) for a in result.actions] == [
        ("1", "Strengthen leadership and governance", GRID[1][1]),
        ("1", "Strengthen leadership and governance", GRID[2][1]),
        ("2", "Improve preparation for adulthood", GRID[3][1])]
    assert [[(r.label, r.rag) for r in a.ratings] for a in result.actions] == [
        [("Q1 (Apr-Jun)", "red"), ("Q2 (Jul-Sep)", "amber")],
        [("Q1 (Apr-Jun)", "amber")],
        [("Q1 (Apr-Jun)", "green"), ("Q2 (Jul-Sep)", "amber"), ("Q3 (Oct-Dec)", "red")]]


def test_an_action_row_that_names_indicators_is_no_indicator_tables_headings():
    """'Deliver a dashboard of key performance indicators for the board | Aisha Bello | November 2025 |
    Green' under the plan's headings is an action's row: an instruction is no heading."""
    from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
    from planx.normalise import normalise
    from planx.normalise.indicator_rows import read_kpi_header
    rows = [GRID[0], GRID[1],
            ["", "Deliver a dashboard of key performance indicators for the board", "Aisha Bello", "November 2025",
             "Green", "Green", "", ""],
            GRID[2], GRID[3]]
    table = Table(rows=[Row([Cell(t, c) for c, t in enumerate(r)], 1, k + 1) for k, r in enumerate(rows)],
                  page=1, index=1)
    assert read_kpi_header([c for c in table.rows[2].cells if c.text]) is None
    raw = RawDocument(path="plan.pdf", name="plan.pdf", format="pdf",
                      blocks=[Paragraph("School Improvement Plan 2025/26", 1, 1, heading=True), table])
    r = normalise(raw)
    assert [a.action for a in r.actions] == [GRID[1][1], rows[2][1], GRID[2][1], GRID[3][1]]
    assert not r.indicators
