"""Rules a scan broke (pdfrules.bridged_rules): a faint rule between two rows loses its ink for a
few points where a letter or a dark fill touches it, or vanishes between two dark fills, and the
cells on both sides were read as one spanning cell (one row's text merged into the next). Short
breaks no word runs through are closed; a whole cell's width without a rule is closed only where
the cell's words stand in two rows, level with the next row's other cells; a cell drawn spanning
(its text wrapped across the row line, or a break from column rule to column rule with no such
words) stays one."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from grainy_scans import grainy_scan_actions

from planx.extract.pdfrules import bridged_rules, edge

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

COLS = (40.0, 300.0, 420.0, 520.0)  # three columns: action, lead, RAG


def frame(rows: tuple[float, ...], broken: dict[float, list[tuple[float, float]]]) -> list[dict]:
    """A ruled grid: column rules over the whole height, a row rule at each of `rows`, drawn in
    the pieces `broken` gives for its height (else whole)."""
    out = [edge(x, rows[0], x, rows[-1]) for x in COLS]
    for y in rows:
        for x0, x1 in broken.get(y, [(COLS[0], COLS[-1])]):
            out.append(edge(x0, y, x1, y))
    return out


def word(x: float, top: float, w: float = 30.0, h: float = 10.0) -> tuple[float, float, float, float]:
    return (x, top, x + w, top + h)


def closed(edges: list[dict], y: float, x0: float, x1: float) -> bool:
    return any(e["orientation"] == "h" and abs(e["top"] - y) < 1 and e["x0"] <= x0 + 1 and e["x1"] >= x1 - 1
               for e in edges)


def test_a_short_break_in_a_row_rule_is_closed() -> None:
    rows = (100.0, 130.0, 170.0)
    edges = frame(rows, {130.0: [(40.0, 440.0), (452.0, 520.0)]})  # 12 pt lost inside the RAG column
    boxes = [word(45, 104), word(305, 104), word(45, 134), word(305, 134)]
    got, added = bridged_rules(edges, boxes)
    assert len(added) == 1 and closed(got, 130.0, 40.0, 520.0)


def test_a_rule_stopping_short_of_the_frame_meets_it() -> None:
    rows = (100.0, 130.0, 170.0)
    edges = frame(rows, {130.0: [(49.0, 520.0)]})  # its first 9 pt lost against the frame
    got, added = bridged_rules(edges, [word(45, 104), word(45, 134)])
    assert len(added) == 1 and closed(got, 130.0, 40.0, 520.0)


def test_a_break_a_word_runs_through_stays_open() -> None:
    rows = (100.0, 130.0, 170.0)
    edges = frame(rows, {130.0: [(40.0, 440.0), (452.0, 520.0)]})
    boxes = [word(438, 124, 20, 12)]  # a word set across the line: no rule was there
    got, added = bridged_rules(edges, boxes)
    assert added == [] and not closed(got, 130.0, 40.0, 520.0)


def test_a_break_from_column_rule_to_column_rule_is_a_spanning_cell() -> None:
    """The lead's cell drawn over two rows, its text wrapped across the row line: one cell."""
    rows = (100.0, 130.0, 170.0)
    edges = frame(rows, {130.0: [(40.0, 300.0), (420.0, 520.0)]})
    boxes = [word(45, 104), word(45, 134), word(425, 104), word(425, 134),
             word(305, 112), word(305, 124), word(305, 136)]  # lines 12 pt apart, one through the row line
    got, added = bridged_rules(edges, boxes)
    assert added == []


def test_a_cell_without_its_rule_whose_words_stand_in_two_rows_is_two_cells() -> None:
    """Two dark RAG cells one over the other: the rule between them is not seen, but each letter
    stands at the top of its row, level with the row's other cells, a blank line or more apart."""
    rows = (100.0, 130.0, 170.0)
    edges = frame(rows, {130.0: [(40.0, 420.0)]})
    boxes = [word(45, 104), word(305, 104), word(425, 104, 8), word(45, 134), word(305, 134), word(425, 134, 8)]
    got, added = bridged_rules(edges, boxes)
    assert len(added) == 1 and closed(got, 130.0, 420.0, 520.0)
    # the same cell with one word in the middle of both rows (a rating set once for the two): one cell
    boxes = [word(45, 104), word(305, 104), word(45, 134), word(305, 134), word(425, 130, 8)]
    assert bridged_rules(edges, boxes)[1] == []


@needs_tesseract
def test_a_scanned_grid_with_faint_rules_and_dark_ratings_keeps_its_rows(tmp_path: Path) -> None:
    """A plan's grid ruled in pale grey, its RAG cells filled dark (the rule between two dark
    cells drawn in their own colour), scanned: every action is its own row with its own rating."""
    pytest.importorskip("reportlab")
    pytest.importorskip("cv2")
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    rows = [("Publish a termly newsletter for parents in plain English", "Office manager", "Autumn 2 2025", "G"),
            ("Run two coffee mornings for families new to the school", "Family worker", "Spring 1 2026", "G"),
            ("Survey parents on homework and share the results", "Deputy head", "Summer 1 2026", "A"),
            ("Train governors in reading the attendance dashboard", "Clerk to governors", "Autumn 1 2025", "R")]
    fills = {"G": 0.35, "A": 0.7, "R": 0.3}
    src = tmp_path / "grid.pdf"
    W, H = landscape(A4)
    c = canvas.Canvas(str(src), pagesize=(W, H))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, H - 60, "Parent Partnership Action Plan 2025-26")  # a grid as a scan breaks its rules:
    xs = (40.0, 360.0, 520.0, 650.0, 720.0)
    top, head, step = H - 100, 30.0, 34.0
    ys = [top, top - head] + [top - head - step * (i + 1) for i in range(len(rows))]
    for i, (_a, _l, _w, rag) in enumerate(rows):  # the RAG fills first, the rules over them
        y0 = ys[i + 2]
        c.setFillGray(fills[rag])
        c.rect(xs[3], y0, xs[4] - xs[3], step, stroke=0, fill=1)
    c.setStrokeGray(0.55)
    c.setLineWidth(0.8)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for i, y in enumerate(ys):
        if i == 1:  # under the headings the rule's first 9 pt were lost against the frame
            c.line(xs[0] + 9, y, xs[4], y)
        elif i == 2:  # and 10 pt of the next inside the timescale column
            c.line(xs[0], y, xs[2] + 60, y)
            c.line(xs[2] + 70, y, xs[4], y)
        else:
            c.line(xs[0], y, xs[4], y)
        if 2 <= i < len(ys) - 1 and rows[i - 2][3] == rows[i - 1][3]:  # two dark cells meet: no rule seen there
            c.setStrokeGray(fills[rows[i - 2][3]])
            c.line(xs[3], y, xs[4], y)
            c.setStrokeGray(0.55)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 10)
    for x, h in zip(xs, ("Action", "Lead", "Timescale", "RAG"), strict=False):
        c.drawString(x + 4, ys[0] - 14, h)
    c.setFont("Times-Roman", 10)
    for i, (action, lead, when, rag) in enumerate(rows):
        y = ys[i + 1] - 13
        for x, text in zip(xs, (action, lead, when, rag), strict=False):
            c.drawString(x + 4, y, text)
    c.save()
    got = grainy_scan_actions(src, tmp_path, skew=0.4, seed=3)
    assert len(got) == len(rows)  # no row merged into the one over it
    for row, (action, lead, _when, rag) in zip(got, rows, strict=True):
        assert row["action"].startswith(action) and row["lead"] == lead, row
        # its own timescale only (not the next row's run into it; a lone '1' Tesseract may drop)
        assert row["due_raw"].split()[0] == _when.split()[0] and row["due_raw"].endswith(_when[-4:]), row
        assert len(row["due_raw"].split()) <= 3, row
        assert rag not in "G" or row["rag_raw"] == rag, row  # each dark cell its own letter
