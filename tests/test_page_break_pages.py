"""`page` is the page where an action STARTS (docs/CONTRACT.md): an action whose first line opens the
next page, after the previous page closed with the action before it, is that next page's; an action
running over the break keeps the page it started on. Synthetic two-page PDFs drawn with reportlab
(invented content): a ruled table, a borderless table, a table repeating its heading row, and
minutes with 'Action:' lines."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from planx import convert  # noqa: E402

W, H = A4
XS = [50, 330, 440, 545]  # the table's column rules: Action | Lead | Due
ACTS = [(f"Action number {i} to improve the local service offer", f"Officer {chr(65 + i)}", f"Mar 202{6 + i % 2}")
        for i in range(1, 13)]
SECOND = "with partners across the borough"  # each action's second line
BREAK_AFTER = 8  # actions on the first page


def _table_pdf(path: Path, ruled: bool, split: bool, heading_again: bool) -> None:
    """A plan table over two pages; `split`: the last action of page 1 has its second line at the top of
    page 2, else page 1 closes with a whole action and page 2 opens with the next."""
    c = canvas.Canvas(str(path), pagesize=A4)

    def heading(y: float) -> float:
        c.setFont("Helvetica-Bold", 10)
        for x, h in zip(XS, ("Action", "Lead", "Due"), strict=False):
            c.drawString(x + 4, y - 14, h)
        if ruled:
            c.line(XS[0], y, XS[-1], y)
            c.line(XS[0], y - 20, XS[-1], y - 20)
        return y - 20

    def close(top: float, y: float) -> None:
        if ruled:
            for x in XS:
                c.line(x, top, x, y)

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, H - 60, "Community Safety Action Plan 2026")
    top = H - 90
    y = heading(top)
    for k, (action, lead, due) in enumerate(ACTS, 1):
        c.setFont("Helvetica", 10)
        for x, text in zip(XS, (action, lead, due), strict=False):
            c.drawString(x + 4, y - 14, text)
        broken = k == BREAK_AFTER
        if broken and split:
            y -= 20
        else:
            c.drawString(XS[0] + 4, y - 28, SECOND)
            y -= 60
        if ruled:
            c.line(XS[0], y, XS[-1], y)
        if broken:
            close(top, y)
            c.showPage()
            top = y = H - 50
            if heading_again:
                y = heading(y)
            elif ruled:
                c.line(XS[0], y, XS[-1], y)
            if split:
                c.setFont("Helvetica", 10)
                c.drawString(XS[0] + 4, y - 14, SECOND)
                y -= 22
                if ruled:
                    c.line(XS[0], y, XS[-1], y)
    close(top, y)
    c.save()


def _minutes_pdf(path: Path, split: bool) -> None:
    """Minutes whose item 6 breaks over the page: its discussion on page 1 and its 'Action:' line at
    the top of page 2, or (`split`) its 'Action:' line begun on page 1 and ended on page 2."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H - 60, "Minutes of the Parish Council meeting, 3 March 2026")
    y = H - 100
    for k, (action, lead, due) in enumerate(ACTS[:9], 1):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, f"{k}. Item on matter {k}")
        c.setFont("Helvetica", 10)
        c.drawString(50, y - 18, "The council discussed the matter at length and agreed a way forward.")
        y -= 34
        text = f"Action: {lead} to {action.lower()} by {due}."
        if k == 6 and split:
            c.drawString(50, y, f"Action: {lead} to {action.lower()}")
            text = f"and report back by {due}."
        if k == 6:
            c.showPage()
            c.setFont("Helvetica", 10)
            y = H - 50
        c.drawString(50, y, text)
        y -= 40
    c.save()


def _pages(tmp_path: Path, draw, *args) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    src = tmp_path / "in"
    src.mkdir()
    draw(src / "plan.pdf", *args)
    convert(src, tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as f:
        return [(r["lead"], r["page"]) for r in csv.DictReader(f)]


@pytest.mark.parametrize("ruled, split, heading_again", [
    (True, False, False), (True, True, False), (True, True, True), (False, False, False), (False, False, True)])
def test_a_table_rows_page_is_where_it_starts(tmp_path: Path, ruled: bool, split: bool, heading_again: bool):
    got = _pages(tmp_path, _table_pdf, ruled, split, heading_again)
    assert got == [(lead, "1" if k <= BREAK_AFTER else "2") for k, (_, lead, _) in enumerate(ACTS, 1)]


@pytest.mark.parametrize("split", [False, True])
def test_a_minutes_action_line_is_on_the_page_it_starts(tmp_path: Path, split: bool):
    # the 'Action:' line opening page 2 is page 2's though its item began on page 1; one begun on page
    # 1 and ended on page 2 is page 1's
    got = _pages(tmp_path, _minutes_pdf, split)
    starts_on_2 = 6 if split else 5
    assert got == [(lead, "1" if k <= starts_on_2 else "2") for k, (_, lead, _) in enumerate(ACTS[:9], 1)]
