"""A tracker whose narrow columns are headed at 45 degrees, the status shown only by a tick under one
of several columns headed with status words.

- extract/pdfslant.py: headings drawn at a slant are read along their own baselines and set at their
  foot, over the column each names (pdfminer counts them upright: they were mixed letter by letter);
- normalise/statusticks.py: columns headed each with a status word over nothing but ticks give the
  row's status as the heading of the column it ticks, in any format (PDF, spreadsheet, text table).
"""
from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest
from conftest import convert_text

import planx
from planx.extract.pdfocr import OcrWord, grain_box
from planx.extract.pdfslant import is_slanted, slanted_words
from planx.normalise.statusticks import status_tick_columns, ticked_status

STATUSES = [("Not yet started", "not_started"), ("On track", "in_progress"), ("Behind schedule", "delayed"),
            ("Completed", "complete")]
ROWS = [
    ("Publish the revised lettings policy on the website", "Housing Options Manager", "30/09/2025", 1),
    ("Train all frontline officers in trauma-informed practice", "Learning Lead", "31/12/2025", 3),
    ("Review the temporary accommodation placement panel", "Head of Housing", "31/03/2026", 2),
    ("Set up a tenants' scrutiny group that meets quarterly", "Engagement Officer", "30/06/2026", 0),
]


def _slanted_pdf(path: Path, ruled: bool) -> None:
    """A landscape page: 'Action | Owner' headed flat, 'Deadline' and the four status columns headed
    at 45 degrees, an 'X' under the status that applies."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 50, "Housing Service Improvement Tracker")
    cols = [("Action", 300, False), ("Owner", 150, False), ("Deadline", 60, True)] + \
        [(name, 30, True) for name, _ in STATUSES]
    base = height - 160  # the headings' foot line; rows below it
    x = 40.0
    c.setFont("Helvetica-Bold", 9)
    for name, w, slanted in cols:
        if slanted:
            c.saveState()
            c.translate(x + w / 2 - 2, base + 4)
            c.rotate(45)
            c.drawString(0, 0, name)
            c.restoreState()
        else:
            c.drawString(x + 3, base + 5, name)
        x += w
    right = x
    c.setLineWidth(1)
    c.line(40, base, right, base)
    y = base
    c.setFont("Helvetica", 9)
    for action, owner, due, k in ROWS:
        cells = [action, owner, due] + ["X" if i == k else "" for i in range(len(STATUSES))]
        x = 40.0
        for text, (_, w, slanted) in zip(cells, cols, strict=True):
            if slanted:
                c.drawCentredString(x + w / 2, y - 14, text)
            else:
                c.drawString(x + 3, y - 14, text)
            if ruled:
                c.line(x, y, x, y - 22)
            x += w
        if ruled:
            c.line(right, y, right, y - 22)
            c.line(40, y - 22, right, y - 22)
        y -= 22
    c.save()


def _expected() -> list[tuple[str, str, str]]:
    return [(action[:20], due, STATUSES[k][1]) for action, _, due, k in ROWS]


@pytest.mark.parametrize("ruled", [True, False])
def test_slanted_headings_name_their_columns_and_the_tick_gives_the_status(tmp_path: Path, ruled: bool) -> None:
    path = tmp_path / ("ruled.pdf" if ruled else "borderless.pdf")
    _slanted_pdf(path, ruled)
    result = planx.convert_file(str(path))
    got = [(a.action[:20], a.due_raw, a.status) for a in result.actions]
    assert got == _expected()
    assert [a.status_raw for a in result.actions] == [STATUSES[k][0] for *_, k in ROWS]


def test_status_tick_columns_in_a_spreadsheet(tmp_path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    wb = Workbook()
    ws = wb.active
    ws.append(["Housing Service Improvement Tracker"])
    ws.append([])
    ws.append(["Action", "Owner", "Deadline"] + [name for name, _ in STATUSES])
    for cell in ws[3][3:]:
        cell.alignment = Alignment(textRotation=45)
    for action, owner, due, k in ROWS:
        ws.append([action, owner, due] + ["✓" if i == k else None for i in range(len(STATUSES))])
    path = tmp_path / "tracker.xlsx"
    wb.save(path)
    result = planx.convert_file(str(path))
    assert [(a.action[:20], a.due_raw, a.status) for a in result.actions] == _expected()


def test_status_tick_columns_in_a_text_table(tmp_path: Path) -> None:
    head = "| Action | Owner | Deadline | " + " | ".join(name for name, _ in STATUSES) + " |"
    lines = ["# Housing Service Improvement Tracker", "", head, "|" + "---|" * (3 + len(STATUSES))]
    for action, owner, due, k in ROWS:
        ticks = " | ".join("✓" if i == k else " " for i in range(len(STATUSES)))
        lines.append(f"| {action} | {owner} | {due} | {ticks} |")
    result = convert_text(tmp_path, "tracker.md", "\n".join(lines) + "\n")
    assert [(a.action[:20], a.due_raw, a.status) for a in result.actions] == _expected()


def test_ticks_under_headings_that_are_no_statuses_give_no_status() -> None:
    # 'LA | PA | SB': the scopes a row belongs to, not how it stands
    columns = [(0, "Action"), (1, "LA"), (2, "PA"), (3, "SB")]
    cells = {0: ["Do a", "Do b"], 1: ["✓", ""], 2: ["", "✓"], 3: ["✓", "✓"]}
    assert status_tick_columns(columns, cells) == []


def test_a_status_heading_over_words_is_no_tick_column() -> None:
    columns = [(0, "Action"), (1, "In progress"), (2, "Completed")]
    cells = {1: ["Work begun in May", ""], 2: ["", "✓"]}
    assert status_tick_columns(columns, cells) == []  # one tick column only: no choice between statuses
    cells = {1: ["", "X"], 2: ["✓", ""]}
    assert status_tick_columns(columns, cells) == [1, 2]
    assert ticked_status([("In progress", ""), ("Completed", "✓")]) == "Completed"


def _char(text: str, e: float, f: float, angle: float, page_height: float = 600.0) -> dict:
    ux, uy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    top = page_height - f
    return {"text": text, "matrix": (ux, uy, -uy, ux, e, f), "x0": e - 4, "x1": e + 4, "top": top - 8,
            "bottom": top + 1, "size": 9.0, "upright": True}


def _heading(text: str, e: float, f: float, angle: float = 45.0, step: float = 5.0) -> list[dict]:
    ux, uy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    return [_char(ch, e + i * step * ux, f + i * step * uy, angle) for i, ch in enumerate(text)]


def test_slanted_characters_are_read_heading_by_heading_at_their_feet() -> None:
    # two headings side by side, their letters interleaved in the page's order
    a, b = _heading("Due date", 100.0, 400.0), _heading("Done", 130.0, 400.0)
    mixed = [ch for pair in zip(a, b + [{}] * (len(a) - len(b)), strict=True) for ch in pair if ch]
    flat = {"text": "A", "matrix": (1, 0, 0, 1, 10.0, 400.0), "x0": 10, "x1": 16, "top": 192, "bottom": 201,
            "size": 9.0}
    assert not is_slanted(flat) and all(map(is_slanted, mixed))
    words = sorted(slanted_words([*mixed, flat]), key=lambda w: w.x0)
    assert [w.text for w in words] == ["Due date", "Done"]
    assert [round((w.x0 + w.x1) / 2) for w in words] == [100, 130]  # each over its foot
    assert all(abs(w.bottom - 201.0) < 0.01 for w in words)


def test_a_quarter_turn_is_not_a_slant() -> None:
    assert not is_slanted(_char("A", 10.0, 10.0, 90.0)) and not is_slanted(_char("A", 10.0, 10.0, 0.0))
    assert is_slanted(_char("A", 10.0, 10.0, 30.0)) and is_slanted(_char("A", 10.0, 10.0, -45.0))


needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


@needs_tesseract
def test_slanted_headings_read_from_a_scan(tmp_path: Path) -> None:
    # Tesseract reads the turned headings as grain: read again turned level (extract/ocrslant.py)
    pytest.importorskip("cv2")
    from grainy_scans import grainy_scan_actions
    src = tmp_path / "tracker.pdf"
    _slanted_pdf(src, ruled=True)
    rows = grainy_scan_actions(src, tmp_path, skew=1.5, seed=3)
    assert [(r["action"][:12], r["due_raw"], r["status"]) for r in rows] == [(a[:12], d, s) for a, d, s in _expected()]


def _ocr(text: str, left: float, top: float, conf: float, line: str) -> OcrWord:
    return OcrWord(text, left, top, 10.0 * len(text), 14.0, conf, ("b1", "1", line))


def test_a_grain_box_is_its_grains_lines_not_a_line_of_words_in_its_block() -> None:
    grain = [_ocr("Js,", 100, 40, 16, "1"), _ocr("LP)", 140, 60, 0, "2"), _ocr("SLE", 120, 80, 25, "2")]
    words = [_ocr("Page", 400, 900, 93, "3"), _ocr("1", 450, 900, 93, "3")]
    assert grain_box(grain + words) == (100, 40, 170, 94)  # the page number in the corner is no grain
    assert grain_box(words) is None
