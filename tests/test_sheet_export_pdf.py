"""A wide list export printed from a spreadsheet to PDF (LibreOffice, small type, no rulings): a
heading row in white on a shaded band sitting close above the first row, and rows left too short for
their wrapped text, whose second line prints over the top of the row below (extract/pdfborderless.py:
heading_band_edge, overprinted)."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

import planx
from planx.extract.model import Table
from planx.extract.pdf import parse_pdf

COLS = [40, 60, 240, 320, 410, 460, 510, 560]
HEAD = ["ID", "Title", "Workstream", "Owner", "Target Date", "Status", "RAG", "Latest Update"]
ROWS = [
    ["1", ["Cut caseloads to an average of 18"], "Workforce", "Head of Workforce", "31/03/2025", "In Progress",
     "Amber", "Caseload now 21"],
    ["2", ["Open the academy for newly qualified"], "Workforce", "Principal Social Worker", "30/09/2024",
     "Completed", "Blue", "First cohort started"],
    ["3", ["Introduce monthly audits with feedback to", "social workers"], "Practice", "Head of Quality",
     "30/11/2024", "In Progress", "Green", "Audit tool agreed"],
    ["4", ["Review every child protection plan over", "18 months old"], "Practice", "Child Protection Chair",
     "31/01/2025", "Completed", "Blue", "All 23 plans reviewed"],
    ["5", ["Publish a sufficiency strategy"], "Sufficiency", "Head of Commissioning", "28/02/2025", "Not Started",
     "Red", "Analysis delayed"],
    ["6", ["Recruit 15 new foster carer households"], "Sufficiency", "Fostering Manager", "31/03/2025",
     "In Progress", "Amber", "9 approved"],
]
TITLES = ["Cut caseloads to an average of 18", "Open the academy for newly qualified",
          "Introduce monthly audits with feedback to social workers",
          "Review every child protection plan over 18 months old", "Publish a sufficiency strategy",
          "Recruit 15 new foster carer households"]


def _export(path: Path, band: bool = True) -> Path:
    """Rows 8.5 pt apart in 4.6 pt type; a wrapped line 5.3 pt under its first, reaching into the next
    row; the heading in 6.3 pt bold on a band that ends just above the first row."""
    w, h = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(w, h))
    top = h - 72
    if band:
        c.setFillColorRGB(0.27, 0.45, 0.77)
        c.rect(COLS[0] - 2, top - 3.1, 600, 8.6, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 6.3)
    for x, head in zip(COLS, HEAD, strict=True):
        c.drawString(x, top, head)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 4.6)
    y = top - 7.3
    for row in ROWS:
        for x, value in zip(COLS, row, strict=True):
            for j, line in enumerate(value if isinstance(value, list) else [value]):
                c.drawString(x, y - 5.3 * j, line)
        y -= 8.5
    c.save()
    return path


def _rows(path: Path) -> list[dict[int, str]]:
    tables = [b for b in parse_pdf(path).blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return [{c.col: c.text for c in r.cells if c.text} for r in tables[0].rows]


def test_heading_band_parts_the_heading_from_the_first_row(tmp_path: Path) -> None:
    rows = _rows(_export(tmp_path / "export.pdf"))
    assert rows[0][0] == "ID" and rows[0][1] == "Title" and rows[0][7] == "Latest Update"
    assert rows[1][0] == "1" and rows[1][1] == TITLES[0]


@pytest.mark.parametrize("band", [True, False])
def test_wrapped_line_printed_over_the_next_row_stays_in_its_own(tmp_path: Path, band: bool) -> None:
    rows = _rows(_export(tmp_path / "export.pdf", band))
    titles = {r[0]: r[1].replace("\n", " ") for r in rows if r.get(0) in ("3", "4", "5")}
    assert titles == {"3": TITLES[2], "4": TITLES[3], "5": TITLES[4]}


def test_export_gives_every_action_with_its_update(tmp_path: Path) -> None:
    result = planx.convert_file(str(_export(tmp_path / "export.pdf")))
    assert [a.action for a in result.actions] == TITLES
    assert [a.progress for a in result.actions] == [r[7] for r in ROWS]
    assert [a.due_raw for a in result.actions] == [r[4] for r in ROWS]
