"""A table run over a page break with one row left at the top of the next page, that row filling
only two of its cells (what is to be done, and who): the row joins the table above when its text
lines up with that table's columns; two pieces of text that do not (a running head) stay text."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

import planx

ROWS = [("1", "Review the multi-agency safeguarding hub front door", "Head of Service", "June 2024"),
        ("2", "Introduce a weekly audit of strategy discussions", "Principal Social Worker", "July 2024"),
        ("3", "Deliver training on neglect to all social workers", "Workforce Manager", "September 2024"),
        ("4", "Publish a revised threshold document with partners", "Business Manager", "October 2024"),
        ("5", "Implement the new supervision policy", "Assistant Director", "November 2024"),
        ("6", "Strengthen the voice of the child in assessments", "Head of Quality", "December 2024")]
XS = [40, 75, 330, 460]


def build(path: Path, ruled: bool, top_line: tuple[tuple[float, str], ...]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4

    def row(y: float, cells: tuple[str, ...], font: str = "Helvetica") -> None:
        c.setFont(font, 9)
        for x, text in zip(XS, cells, strict=True):
            c.drawString(x + 4, y - 13, text)
        if ruled:
            for x0, x1 in zip(XS, [*XS[1:], 560], strict=True):
                c.rect(x0, y - 20, x1 - x0, 20)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, height - 50, "Early Help Action Plan 2024")
    y = height - 480
    row(y, ("No.", "Action", "Lead", "Due"), "Helvetica-Bold")
    for k, cells in enumerate(ROWS):
        row(y - 20 * (k + 1), cells)
    c.showPage()
    c.setFont("Helvetica", 9)
    for x, text in top_line:
        c.drawString(x, height - 53, text)
        if ruled and text.startswith("Launch"):
            for x0, x1 in zip(XS, [*XS[1:], 560], strict=True):
                c.rect(x0, height - 60, x1 - x0, 20)
    c.setFont("Helvetica", 10)
    c.drawString(40, height - 100, "Progress against this plan is reported to the Early Help Partnership Board.")
    c.save()


def actions(tmp_path: Path, path: Path) -> list[dict[str, str]]:
    planx.convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("ruled", [False, True])
def test_lone_row_of_two_cells_joins_the_table_above(tmp_path: Path, ruled: bool) -> None:
    path = tmp_path / "plan.pdf"
    build(path, ruled, ((XS[1] + 4, "Launch the care leavers local offer website"),
                        (XS[2] + 4, "Leaving Care Manager")))
    rows = actions(tmp_path, path)
    assert len(rows) == 7
    last = rows[-1]
    assert (last["action"], last["lead"], last["due_raw"], last["page"]) == (
        "Launch the care leavers local offer website", "Leaving Care Manager", "", "2")


def test_two_pieces_off_the_columns_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    build(path, False, ((120, "Early Help Action Plan 2024 (draft for the board)"), (400, "Page 2 of 2")))
    rows = actions(tmp_path, path)
    assert len(rows) == 6
    assert all("Page 2" not in r["lead"] + r["action"] + r["due_raw"] for r in rows)
