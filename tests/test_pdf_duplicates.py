"""Text drawn twice on a PDF page (duplicated text boxes, "fake bold", shadows), as publishing
tools print it: read once, and the page not taken for a sideways one."""
from __future__ import annotations

import csv
from pathlib import Path

import planx
from planx.extract.pdfgeom import dedupe_runs, text_of


def ch(text: str, x: float, top: float = 10.0, size: float = 10.0) -> dict:
    return {"text": text, "x0": x, "x1": x + 5, "top": top, "bottom": top + size, "size": size}


def word(text: str, x: float, top: float = 10.0, width: float = 5.0) -> list[dict]:
    return [ch(t, x + k * width, top) for k, t in enumerate(text)]


def test_a_run_drawn_again_a_point_or_two_off_is_kept_once() -> None:
    chars = word("Review", 0) + word("Review", 1.3, 11.6)  # the box drawn again, 1.3 across, 1.6 down
    assert text_of(dedupe_runs(chars)) == "Review"
    assert text_of(dedupe_runs(word("R1", 0) + word("R1", 1.0, 11.0) + word("Yes", 40))) == "R1 Yes"
    three = word("Lead", 0) + word("Lead", 0.9, 11.4) + word("Lead", 1.8, 12.6)
    assert text_of(dedupe_runs(three)) == "Lead"


def test_doubled_letters_and_leaders_stay() -> None:
    # 'll' / 'ee' a glyph width apart, a dot leader, a word repeated beyond reach: nothing is a copy
    for text in ("Hillmillbee", "Contents..........", "Hello", "ll", "---"):
        chars = word(text, 0, width=2.0)
        assert text_of(dedupe_runs(chars)) == text
    far = word("Plan", 0) + word("Plan", 30)
    assert len(dedupe_runs(far)) == 8


def test_plan_with_duplicated_text_boxes_reads_one_row_per_action(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    rows = [("1", "Review the front door arrangements", "Head of Service", "June 2024"),
            ("2", "Audit strategy discussions held out of hours", "Principal Social Worker", "July 2024"),
            ("3", "Publish a revised threshold document", "Business Manager", "October 2024")]
    path = tmp_path / "dup_boxes.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    _, height = landscape(A4)
    xs = [40, 80, 380, 560]

    def line(cells: tuple[str, ...], y: float, copies: list[tuple[float, float]], font: str = "Helvetica") -> None:
        c.setFont(font, 10)
        for dx, dy in [(0.0, 0.0), *copies]:
            for x, text in zip(xs, cells, strict=True):
                c.drawString(x + dx, y + dy, text)

    # every line drawn twice or three times: a third of the characters unique (not a sideways page)
    line(("No.", "Action", "Lead officer", "Due date"), height - 80, [(0.4, 0), (0.2, -0.3)], "Helvetica-Bold")
    for k, row in enumerate(rows):
        line(row, height - 110 - 30 * k, [(1.3, -1.6)] if k % 2 == 0 else [(0.4, 0), (0.2, -0.3)])
    c.save()
    planx.convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as f:
        got = [(r["action"], r["lead"], r["due_date"]) for r in csv.DictReader(f)]
    assert got == [(r[1], r[2], {"June": "2024-06", "July": "2024-07", "October": "2024-10"}[r[3].split()[0]])
                   for r in rows]
