"""A date a due cell says the work began on ('Commenced October 2024') is its start, not its due
date; the cell's other dates still give the due."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.normalise.dates import due_date


@pytest.mark.parametrize("raw", ["Commenced October 2024", "commenced 2024", "Started in May 2023",
                                 "Began 1 April 2024", "Work commenced on 3 March 2025"])
def test_started_dates_are_no_due(raw: str) -> None:
    assert due_date(raw) == ""


@pytest.mark.parametrize("raw,due", [("Started May 2023, due Dec 2024", "2024-12"),
                                     ("Commence by March 2025", "2025-03"),
                                     ("started in 2023 - complete by June 2025", "2025-06"),
                                     ("October 2024", "2024-10"), ("From April 2024", "2024-04")])
def test_other_dates_still_due(raw: str, due: str) -> None:
    assert due_date(raw) == due


def test_table_with_started_cells(tmp_path: Path) -> None:
    from docx import Document

    from planx.extract import extract
    from planx.normalise import normalise
    doc = Document()
    doc.add_heading("Health Priorities Delivery Plan 2024-2026", 1)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Action", "Lead", "Timescale"], strict=True):
        cell.text = text
    for action, lead, when in [
            ("Develop a strategic partnership for health", "Head of Economy", "Commenced October 2024"),
            ("Deliver the cluster hubs programme", "Head of Economy", "December 2025")]:
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text = action, lead, when
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    dues = {a.action: a.due_date for a in normalise(extract(path)).actions}
    assert dues == {"Develop a strategic partnership for health": "",
                    "Deliver the cluster hubs programme": "2025-12"}
