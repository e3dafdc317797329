"""Transposed plans in a sheet (each action a column, fields as rows), one table per area heading,
the headings written as rows of the same grid: the workbook is read as Word and HTML read their
separate tables (normalise/transposed.py, sections cut at the heading rows)."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from planx.extract.model import Cell, Row, Table
from planx.extract.xlsx import parse_xlsx
from planx.normalise import normalise
from planx.normalise.transposed import transposed_rows

# three wordings of the labels, and of the area headings
LABELS = [
    ["Ref", "What will be done", "Lead", "Deadline", "Current status", "RAG rating", "Commentary"],
    ["No.", "Action", "Owner", "Due by", "Status", "BRAG", "Latest update"],
    ["Action ref", "Action", "Lead officer", "Target date", "Status", "RAG", "Progress update"],
]
AREAS = [("Theme {n} – {t}", "Theme"), ("Priority {n}: {t}", "Priority"), ("Objective {n}. {t}", "Objective")]
TITLES = ["Housing supply and standards", "Voice of children and families", "Data and performance"]
# job titles that read as a 'lead' heading, statuses that read as a 'progress' heading
LEADS = ["Workforce Development Lead", "Community Safety Manager", "Chief Finance Officer", "SEND Strategic Lead"]
STATUS = ["In progress", "Completed", "In progress", "Not started"]


def area_actions(area: int, count: int) -> list[list[str]]:
    """The value columns of one area: ref, action, lead, due, status, RAG, update."""
    return [[f"{area}.{k + 1}", f"Review the {['intake', 'panel', 'audit', 'rota'][k]} arrangements for area {area}",
             LEADS[(area + k) % 4], f"3{k} Jun 2026" if k < 1 else "March 2027", STATUS[(area + k) % 4],
             ["GREEN", "AMBER/GREEN", "R", "A"][k], "Working group established." if k % 2 == 0 else ""]
            for k in range(count)]


def write_sheet(path: Path, labels: list[str], heading: str, counts: list[int], width: int = 5) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Corporate Improvement Plan 2026/27"])
    ws.append([])
    for n, count in enumerate(counts, start=1):
        ws.append([heading.format(n=n, t=TITLES[(n - 1) % 3])] + [None] * (width - 1))
        values = area_actions(n, count)
        for i, label in enumerate(labels):
            ws.append([label] + [v[i] or None for v in values] + [None] * (width - 1 - count))
    wb.save(path)


@pytest.mark.parametrize("labels", LABELS)
@pytest.mark.parametrize("heading", [a for a, _ in AREAS])
def test_a_sheet_of_transposed_tables_under_area_rows_reads_every_action(tmp_path, labels, heading):
    path = tmp_path / "plan.xlsx"
    counts = [2, 4, 3]
    write_sheet(path, labels, heading, counts)
    result = normalise(parse_xlsx(path))
    assert len(result.actions) == sum(counts)
    by_area = [(a.area_ref, a.area) for a in result.actions]
    assert by_area == [(str(n), TITLES[(n - 1) % 3]) for n, c in enumerate(counts, start=1) for _ in range(c)]
    second = result.actions[2]
    assert second.action == "Review the intake arrangements for area 2"
    assert second.lead == LEADS[2] and second.status_raw == STATUS[2] and second.rag_raw == "GREEN"
    assert any("3 tables, each under its own heading row" in w for w in result.warnings)


def table(*rows: list[str]) -> Table:
    return Table([Row([Cell(t, k) for k, t in enumerate(texts)], page=1, line=r + 1)
                  for r, texts in enumerate(rows)], page=1, index=1)


def test_values_that_read_as_their_own_rows_field_do_not_stop_the_reading():
    # 'Workforce Development Lead' in the Owner row, 'In progress' in the Status row are values
    turned = transposed_rows(table(["No.", "1.1", "1.2"], ["Action", "Audit the rota", "Pilot the panel"],
                                   ["Owner", "Workforce Development Lead", "SEND Strategic Lead"],
                                   ["Due by", "28 Sep 2026", "31 Dec 2026"], ["Status", "In progress", "In progress"],
                                   ["BRAG", "GREEN", "AMBER"]))
    assert turned is not None
    assert turned.rows[1].texts() == ["1.1", "Audit the rota", "Workforce Development Lead", "28 Sep 2026",
                                      "In progress", "GREEN"]


def test_a_heading_row_that_reads_as_a_field_still_cuts_the_sections():
    # 'Theme 2 – Housing supply' reads as an area heading; the labels begin again under it
    rows = [["Ref", "1.1", "1.2"], ["Action", "Audit the rota", "Pilot the panel"], ["Lead", "J. Okafor", "A. Khan"],
            ["Deadline", "June 2026", "May 2026"], ["Status", "Complete", "Started"],
            ["Theme 2 – Housing supply", "", ""],
            ["Ref", "2.1", "2.2"], ["Action", "Review the list", "Publish the guide"], ["Lead", "B. Shah", "C. Lee"],
            ["Deadline", "July 2026", "March 2027"], ["Status", "Delayed", "Ongoing"]]
    turned = transposed_rows(table(*rows))
    assert turned is not None and "2 tables" in turned.why
    texts = [r.texts() for r in turned.rows]
    assert texts[0] == ["Ref", "Action", "Lead", "Deadline", "Status"]
    assert texts[3] == ["Theme 2 – Housing supply"]
    assert texts[5] == ["2.1", "Review the list", "B. Shah", "July 2026", "Delayed"]


@pytest.mark.parametrize("rows", [
    # an ordinary table whose first column holds areas, not field labels
    [["Area", "Lead", "Status"], ["Housing", "J. Okafor", "On track"], ["Early help", "A. Khan", "Delayed"],
     ["Assessment", "B. Shah", "Complete"]],
    [["Priority 1: Housing", "", ""], ["Early help", "Good", "Improving"],
     ["Assessment", "Requires improvement", "Stable"], ["Care leavers", "Good", "Stable"]],
    # two cards side by side: each value column holds the labels of the second card
    [["Action", "Audit the rota", "Action", "Pilot the panel"], ["Lead", "J. Okafor", "Lead", "A. Khan"],
     ["Due", "June 2026", "Due", "May 2026"], ["Status", "Complete", "Status", "Started"]],
    # a two-column form repeated under area rows: one value column, forms not a transposed table
    [["Priority 1: Housing", ""], ["Action", "Audit the rota"], ["Lead", "J. Okafor"], ["Due", "June 2026"],
     ["Priority 2: Health", ""], ["Action", "Pilot the panel"], ["Lead", "A. Khan"], ["Due", "May 2026"]],
])
def test_near_misses_are_not_transposed(rows):
    assert transposed_rows(table(*rows)) is None


def test_one_section_that_is_no_transposed_table_leaves_the_whole_grid_alone():
    rows = [["Ref", "1.1", "1.2"], ["Action", "Audit the rota", "Pilot the panel"], ["Lead", "J. Okafor", "A. Khan"],
            ["Deadline", "June 2026", "May 2026"], ["Priority 2: Budget", "", ""],
            ["Service", "Budget", "Spend"], ["Housing", "£2m", "£1.5m"], ["Health", "£3m", "£2.9m"]]
    assert transposed_rows(table(*rows)) is None
