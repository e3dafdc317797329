"""Theme rows between a plan's action rows: the area holds until the next area row.

A row holding only a theme ('Theme 2: Early help', merged across the table or alone in the first
column) names the area of every action below it, up to the next theme row, whatever numbers the
actions carry:

- running numbers (1, 2, 3 | 4, 5): each number is the action's own, it names no area;
- outline numbers (1.1, 1.2 | 2.1): the prefix is the area's number (a prefix that differs from
  the theme's starts another area, as before);
- numbers restarting under each theme (1, 2, 3 | 1, 2): the action's own number again.

Only a plan that numbers its rows by area ('1', '1', '2', '2' down the reference column) ties a
bare number to the area. Each shape is written as a Word table (python-docx), a ruled PDF
(reportlab) and a workbook (openpyxl), then converted end to end.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import read, sheet_table_plan, word_table_plan

import planx

HEAD = ["Ref", "Action", "Lead", "Target date", "Progress update"]
THEMES = [
    ("1", "Early help", ["Open a single front door for early help requests",
                         "Train partners in the early help assessment",
                         "Review the step-down pathway from social care"]),
    ("2", "Education", ["Cut persistent absence in primary schools",
                        "Agree a protocol for children missing education"]),
]
# (theme number, theme's place, action's place within it, running count) → the action's reference
Numbering = Callable[[str, int, int], str]
NUMBERINGS: dict[str, Numbering] = {
    "running": lambda theme, within, count: str(count),
    "outline": lambda theme, within, count: f"{theme}.{within}",
    "restart": lambda theme, within, count: str(within),
    "by_area": lambda theme, within, count: theme,  # each row carries its area's number
}


def plan_rows(numbering: Numbering, banner: str = "Theme {n}: {title}") -> list[list[str] | str]:
    """The table's rows under its headings: a theme row (a string) over its actions' rows."""
    rows: list[list[str] | str] = []
    count = 0
    for number, title, actions in THEMES:
        rows.append(banner.format(n=number, title=title))
        for within, action in enumerate(actions, 1):
            count += 1
            rows.append([numbering(number, within, count), action, "Head of service", "March 2026", "On track"])
    return rows


TITLE = "Children's Services Improvement Plan 2025-26"


def word_plan(path: Path, rows: list[list[str] | str], merged: bool = True, head: list[str] = HEAD,
              title: str = TITLE) -> Path:
    return word_table_plan(path, title, head, rows, merged)


def pdf_plan(path: Path, rows: list[list[str] | str], merged: bool = True, head: list[str] = HEAD,
             title: str = TITLE, widths: tuple[int, ...] = (40, 300, 110, 90, 110)) -> Path:
    """A ruled table as reportlab draws it: a grid on every cell, theme rows spanning the table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    bold = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold")
    grid: list[list[object]] = [[Paragraph(h, bold) for h in head]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r in rows:
        if isinstance(r, str):
            if merged:
                style.append(("SPAN", (0, len(grid)), (-1, len(grid))))
            grid.append([Paragraph(r, bold)] + [""] * (len(head) - 1))
        else:
            grid.append([Paragraph(v, body) for v in r])
    table = Table(grid, colWidths=list(widths))
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Paragraph(title, ParagraphStyle("t", fontSize=14, leading=18)), table])
    return path


def sheet_plan(path: Path, rows: list[list[str] | str], merged: bool = True) -> Path:
    return sheet_table_plan(path, TITLE, HEAD, rows, merged, sheet="Plan")


WRITERS = {"docx": word_plan, "pdf": pdf_plan, "xlsx": sheet_plan}


def convert(tmp_path: Path, fmt: str, rows: list[list[str] | str], merged: bool = True) -> list[dict[str, str]]:
    plan = WRITERS[fmt](tmp_path / f"plan.{fmt}", rows, merged)
    out = tmp_path / "out"
    planx.convert([plan], out=out)
    return read(out, "actions")


EXPECTED = [(number, title, action) for number, title, actions in THEMES for action in actions]


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("numbering", ["running", "outline", "restart", "by_area"])
def test_every_action_under_a_theme_row_takes_its_area(tmp_path: Path, fmt: str, numbering: str):
    actions = convert(tmp_path, fmt, plan_rows(NUMBERINGS[numbering]))
    assert [(a["area_ref"], a["area"], a["action"]) for a in actions] == EXPECTED


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_a_theme_alone_in_the_first_column_holds_too(tmp_path: Path, fmt: str):
    """The theme row not merged: its text in the first cell, the others empty."""
    actions = convert(tmp_path, fmt, plan_rows(NUMBERINGS["running"]), merged=False)
    assert [(a["area_ref"], a["area"], a["action"]) for a in actions] == EXPECTED


@pytest.mark.parametrize("numbering", ["running", "restart"])
def test_an_unnumbered_theme_row_holds_without_taking_a_number(tmp_path: Path, numbering: str):
    """'Early help' with no number: the actions' own numbers are no area reference."""
    actions = convert(tmp_path, "docx", plan_rows(NUMBERINGS[numbering], banner="{title}"))
    assert [(a["area_ref"], a["area"]) for a in actions] == [("", title) for _, title, _ in EXPECTED]


def test_an_outline_prefix_still_starts_the_area_it_numbers(tmp_path: Path):
    """'2.1' under the theme row of area 1 (the theme row for area 2 missing): the prefix names
    another area, so the first area's title does not run on over it."""
    rows = plan_rows(NUMBERINGS["outline"])
    del rows[4]  # 'Theme 2: Education'
    actions = convert(tmp_path, "docx", rows)
    assert [(a["area_ref"], a["area"]) for a in actions] == [("1", "Early help")] * 3 + [("2", "")] * 2


def test_numbers_by_area_down_the_column_still_name_the_area(tmp_path: Path):
    """The reference column repeats each area's number ('1', '1', '1', '2', '2') and area 2's
    theme row is missing: the number, not the first theme, is the area of the last rows."""
    rows = plan_rows(NUMBERINGS["by_area"])
    del rows[4]
    actions = convert(tmp_path, "docx", rows)
    assert [(a["area_ref"], a["area"]) for a in actions] == [("1", "Early help")] * 3 + [("2", "")] * 2
