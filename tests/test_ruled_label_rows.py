"""A ruled text table whose rules are drawn only between groups of rows: one ruled row holds a
group label ('Stationary:') and, under it, short labels ('Major', 'Area') each beside its own
paragraph in the other columns, white between the paragraphs (the shape of report tables of
definitions and examples). The ruled reader cuts such a row at each label whose top every other
cell starts a paragraph at (pdftables.split_label_paragraphs). Pages are built here with reportlab
(rules drawn as lines, text set line by line); near-misses: a wrapped first-column text, a paragraph
running on past a label, long first-column paragraphs, and a label beside nothing at all."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from planx.extract.pdf import pdf_tables  # noqa: E402

# a cell's content: (column, first line's top from the row's top, [lines])
Content = tuple[int, float, list[str]]


def build(path: Path, xs: list[float], head: list[str], groups: list[list[Content]],
          size: float = 9.0, leading: float = 11.5, row_h: float = 140.0, font: str = "Helvetica") -> Path:
    """A ruled table: a heading row, then one ruled row per group holding the contents given."""
    _w, height = letter
    c = canvas.Canvas(str(path), pagesize=letter)
    top = 120.0
    ys = [top, top + 22.0] + [top + 22.0 + row_h * (k + 1) for k in range(len(groups))]
    for y in ys:
        c.line(xs[0], height - y, xs[-1], height - y)
    for x in xs:
        c.line(x, height - ys[0], x, height - ys[-1])
    c.setFont(font, size)
    for col, text in enumerate(head):
        c.drawString(xs[col] + 5, height - (ys[0] + 15), text)
    for k, contents in enumerate(groups):
        for col, dy, lines in contents:
            for i, text in enumerate(lines):
                c.drawString(xs[col] + 5, height - (ys[k + 1] + dy + size + i * leading), text)
    c.save()
    return path


def rows_of(path: Path) -> tuple[list[list[str]], dict[str, Any]]:
    (t,) = pdf_tables(path)
    return [[cell.replace("\n", " ") for cell in row] for row in t["rows"]], t["evidence"]


XS = [60.0, 170.0, 360.0, 550.0]
HEAD = ["Source", "Meaning", "Examples"]


def test_group_label_and_labels_beside_paragraphs_become_rows(tmp_path: Path) -> None:
    groups = [
        [(0, 5, ["Fixed:"]), (0, 28, ["Large"]), (0, 80, ["Small"]),
         (1, 28, ["Releases of ten tonnes a year", "or more of one pollutant"]),
         (1, 80, ["Releases under ten tonnes a", "year of any one pollutant,", "or under twenty-five in all"]),
         (2, 28, ["Power plants, refineries,", "steel works"]),
         (2, 80, ["Laundries, fuel stations"])],
        [(0, 5, ["Moving:"]), (0, 28, ["Road"]), (0, 80, ["Off-road"]),
         (1, 28, ["Exhaust from vehicles used", "on public roads"]),
         (1, 80, ["Exhaust from engines and", "vessels used off the road"]),
         (2, 28, ["Cars, buses, lorries"]),
         (2, 80, ["Tractors, boats, mowers"])],
    ]
    rows, evidence = rows_of(build(tmp_path / "groups.pdf", XS, HEAD, groups))
    assert rows == [
        HEAD,
        ["Fixed:", "", ""],
        ["Large", "Releases of ten tonnes a year or more of one pollutant", "Power plants, refineries, steel works"],
        ["Small", "Releases under ten tonnes a year of any one pollutant, or under twenty-five in all",
         "Laundries, fuel stations"],
        ["Moving:", "", ""],
        ["Road", "Exhaust from vehicles used on public roads", "Cars, buses, lorries"],
        ["Off-road", "Exhaust from engines and vessels used off the road", "Tractors, boats, mowers"],
    ]
    assert evidence["labels_cut"] == 4


def test_two_columns_of_terms_and_definitions_in_another_face(tmp_path: Path) -> None:
    """No group label: two terms, each beside its definition, in Times at 10 pt."""
    groups = [[(0, 5, ["Term one"]), (0, 45, ["Term two"]),
               (1, 5, ["The first thing the report counts,", "as the survey asked it"]),
               (1, 45, ["The second thing, counted", "the same way"])]]
    rows, evidence = rows_of(build(tmp_path / "terms.pdf", [60.0, 200.0, 520.0], ["Term", "Definition"],
                                   groups, size=10.0, leading=12.0, row_h=90.0, font="Times-Roman"))
    assert rows == [["Term", "Definition"],
                    ["Term one", "The first thing the report counts, as the survey asked it"],
                    ["Term two", "The second thing, counted the same way"]]
    assert evidence["labels_cut"] == 1


def test_wrapped_first_column_text_is_one_cell(tmp_path: Path) -> None:
    """The first column's lines follow one another without white: one label wrapped, not two."""
    groups = [[(0, 5, ["Large fixed", "sources"]),
               (1, 5, ["Releases of ten tonnes a year", "or more of one pollutant"]),
               (2, 5, ["Power plants, refineries"])]]
    rows, evidence = rows_of(build(tmp_path / "wrapped.pdf", XS, HEAD, groups, row_h=60.0))
    assert rows == [HEAD, ["Large fixed sources", "Releases of ten tonnes a year or more of one pollutant",
                           "Power plants, refineries"]]
    assert "labels_cut" not in evidence


def test_a_paragraph_running_on_past_the_label_cuts_nothing(tmp_path: Path) -> None:
    """The second label stands beside the middle of a paragraph that goes on without white (though
    the third column starts a paragraph beside it)."""
    groups = [[(0, 5, ["Large"]), (0, 28, ["Small"]),
               (1, 5, ["Releases of ten tonnes a year", "or more of one pollutant,", "counted each year",
                       "by the plant itself"]),
               (2, 5, ["Power plants"]), (2, 28, ["Laundries"])]]
    rows, evidence = rows_of(build(tmp_path / "runon.pdf", XS, HEAD, groups, row_h=70.0))
    assert len(rows) == 2 and "labels_cut" not in evidence


def test_long_first_column_paragraphs_are_no_labels(tmp_path: Path) -> None:
    """Paragraphs of running text in the first column (more than a few words) are one cell's text."""
    groups = [[(0, 5, ["The board met and agreed", "the budget for the year"]),
               (0, 40, ["It then asked the team for", "a plan for the new site"]),
               (1, 5, ["Agreed"]), (1, 40, ["Asked"]),
               (2, 5, ["Finance"]), (2, 40, ["Estates"])]]
    rows, evidence = rows_of(build(tmp_path / "prose.pdf", [60.0, 330.0, 440.0, 550.0], HEAD, groups,
                                   row_h=70.0))
    assert len(rows) == 2 and "labels_cut" not in evidence


def test_labels_beside_nothing_cut_nothing(tmp_path: Path) -> None:
    """Labels in the first column with the other cells' text all beside the first one: a list of
    items in one cell, not rows."""
    groups = [[(0, 5, ["Apples"]), (0, 28, ["Pears"]), (0, 51, ["Plums"]),
               (1, 5, ["Fruit the shop sells"]), (2, 5, ["All year"])]]
    rows, evidence = rows_of(build(tmp_path / "list.pdf", XS, HEAD, groups, row_h=80.0))
    assert len(rows) == 2 and "labels_cut" not in evidence


def test_a_heading_row_set_over_two_spaced_lines_is_one_row(tmp_path: Path) -> None:
    """Column headings each set over two lines with white between them ('Total costs' over 'All
    funds'): every cell stacks lines of one line each, no wrapped paragraph beside the second line."""
    groups = [[(0, 5, ["Total costs"]), (0, 20, ["All funds"]),
               (1, 5, ["Indirect"]), (1, 20, ["costs"]),
               (2, 5, ["Federal"]), (2, 20, ["programme"])]]
    rows, evidence = rows_of(build(tmp_path / "heads.pdf", XS, ["Item", "Share", "Other"], groups,
                                   row_h=40.0))
    assert rows[1] == ["Total costs All funds", "Indirect costs", "Federal programme"]
    assert "labels_cut" not in evidence
