"""A PDF table whose cell text runs past the cell's border and prints over the next cell's text (a
library that does not wrap, as PyFPDF's cell() with a long string): each string drawn in one go
belongs to the cell it starts in (extract/pdfoverrun.py); text that stays inside its cells, or runs
past a border over nothing, is left as drawn."""
from __future__ import annotations

from pathlib import Path

from conftest import read

import planx
from planx.extract.pdfoverrun import overruns_into_cells

HEAD = ["Ref", "Finding", "Remediation", "Target Date", "Owner"]
ROWS = [
    ["F-01", "Backups are not tested against a restore", "Run a quarterly restore test of the file server",
     "2025-06-30", "Infrastructure Lead"],
    ["F-02", "Admin accounts are shared between staff", "Issue named admin accounts and retire shared ones",
     "2025-07-31", "Service Desk Manager"],
    ["F-03", "Laptops are not encrypted at rest", "Turn on disk encryption for every laptop",
     "2025-08-31", "End User Computing"],
]
COL = 100.0  # each cell's width: the long strings run past it


def _pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    _, height = landscape(A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(30, height - 40, "Plan of Action and Milestones")
    c.setFont("Helvetica", 9)
    top = height - 60
    for r, row in enumerate([HEAD, *ROWS]):
        y = top - 24 * (r + 1)
        for k, text in enumerate(row):
            c.rect(30 + COL * k, y, COL, 24)  # the cell's box, drawn whole
            c.drawString(32 + COL * k, y + 9, text)  # the whole string from the cell's left edge, unwrapped
    c.save()


def test_text_over_the_next_cell_goes_back_to_its_own(tmp_path: Path) -> None:
    src = tmp_path / "poam.pdf"
    _pdf(src)
    planx.convert([src], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [a["action"] for a in actions] == [r[2] for r in ROWS]
    assert [a["due_date"] for a in actions] == [r[3] for r in ROWS]
    assert [a["lead"] for a in actions] == [r[4] for r in ROWS]


def _char(text: str, x0: float, top: float = 100.0, width: float = 5.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10, "size": 10.0}


def _string(text: str, x0: float) -> list[dict]:
    return [_char(t, x0 + 5.0 * k) for k, t in enumerate(text)]


BOXES = [{"x0": 0.0, "x1": 50.0, "top": 95.0, "bottom": 115.0}, {"x0": 50.0, "x1": 100.0, "top": 95.0, "bottom": 115.0}]


def test_a_run_over_the_next_cells_text_is_squeezed_into_its_box() -> None:
    chars = _string("abcdefghijklmn", 1.0) + _string("xyz", 51.0)  # 14 letters from x=1 to x=71
    out = overruns_into_cells(chars, BOXES)
    assert max(c["x1"] for c in out[:14]) <= 50.0
    assert [c["text"] for c in out] == [c["text"] for c in chars]
    assert out[14:] == chars[14:]  # the next cell's own text stays where it is


def test_a_run_past_its_border_over_nothing_is_left_as_drawn() -> None:
    chars = _string("abcdefghijklmn", 1.0)
    assert overruns_into_cells(chars, BOXES) is chars


def test_text_inside_its_cells_is_left_as_drawn() -> None:
    chars = _string("abcd", 1.0) + _string("wxyz", 51.0)
    assert overruns_into_cells(chars, BOXES) is chars


def test_text_drawn_twice_a_little_apart_is_no_overrun() -> None:
    # 'fake bold': the same string again half a point right, past the border: a copy, not another cell's text
    chars = _string("abcdefghijklmn", 1.0) + _string("abcdefghijklmn", 1.5)
    assert overruns_into_cells(chars, BOXES) is chars
