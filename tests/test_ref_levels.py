"""One table whose reference codes number the plan's levels ('1' / '1.1' / '1.1.a', '1' / '1.1' /
'1.1.1', 'A' / 'A1' / 'A1.1'): a row whose code is a proper prefix of the code below it, holding a
title and at most a lead (no date, no rating), heads the rows under it. The top level is the area
(its lead the area's lead), the level between it and the actions the objective; only the deepest
rows are actions. Written as a CSV, a workbook (the area rows shaded grey across the table), a
Word table and a ruled PDF, then converted end to end.
"""
from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import read

import planx
from planx.normalise.reflevels import code_levels, group_level, heads_rows_below, under

HEAD = ["Ref", "Area / objective / action", "Lead", "Due", "RAG"]
AREAS = [
    ("Early help", "Head of Early Help", [
        ("Families get help before problems grow", [
            ("Open a single front door for early help requests", "Sam Ortiz", "March 2026", "Green"),
            ("Train partners in the early help assessment", "Lee Park", "June 2026", "Amber"),
        ]),
        ("Step-down from social care is planned", [
            ("Review the step-down pathway with partner agencies", "Kim Hale", "May 2026", "Red"),
        ]),
    ]),
    ("Education of children in care", "Virtual School Head", [
        ("Children in care attend school every day", [
            ("Track daily attendance for every child placed out of area", "Ana Webb", "April 2026", "Green"),
            ("Agree a protocol for children missing education", "Jo Reid", "July 2026", "Amber"),
        ]),
    ]),
]
Codes = Callable[[int, int, int], tuple[str, str, str]]
CODINGS: dict[str, Codes] = {
    "lettered": lambda a, o, x: (str(a), f"{a}.{o}", f"{a}.{o}.{'abcdef'[x - 1]}"),
    "numbered": lambda a, o, x: (str(a), f"{a}.{o}", f"{a}.{o}.{x}"),
    "area_letters": lambda a, o, x: ("ABCDEF"[a - 1], f"{'ABCDEF'[a - 1]}{o}", f"{'ABCDEF'[a - 1]}{o}.{x}"),
}


def plan_rows(coding: Codes) -> list[tuple[str, list[str]]]:
    """(kind, cells) for every row under the headings: 'area', 'objective' or 'action'."""
    rows: list[tuple[str, list[str]]] = []
    for a, (area, area_lead, objectives) in enumerate(AREAS, 1):
        rows.append(("area", [coding(a, 0, 0)[0], area, area_lead, "", ""]))
        for o, (objective, actions) in enumerate(objectives, 1):
            rows.append(("objective", [coding(a, o, 0)[1], objective, "", "", ""]))
            for x, (action, lead, due, rag) in enumerate(actions, 1):
                rows.append(("action", [coding(a, o, x)[2], action, lead, due, rag]))
    return rows


def csv_plan(path: Path, rows: list[tuple[str, list[str]]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Local Area Improvement Plan 2025-26", "", "", "", ""])
        w.writerow(HEAD)
        w.writerows(cells for _, cells in rows)
    return path


def sheet_plan(path: Path, rows: list[tuple[str, list[str]]]) -> Path:
    import openpyxl
    from openpyxl.styles import PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Local Area Improvement Plan 2025-26"])
    ws.append([])
    ws.append(HEAD)
    grey = PatternFill("solid", fgColor="D9D9D9")
    for kind, cells in rows:
        ws.append([c or None for c in cells])
        if kind == "area":  # the area's band shaded grey across the whole table
            for c in ws[ws.max_row][:len(HEAD)]:
                c.fill = grey
    wb.save(path)
    return path


def word_plan(path: Path, rows: list[tuple[str, list[str]]]) -> Path:
    import docx
    d = docx.Document()
    d.add_heading("Local Area Improvement Plan 2025-26", 1)
    t = d.add_table(rows=1, cols=len(HEAD))
    for c, h in zip(t.rows[0].cells, HEAD, strict=True):
        c.text = h
    for _, r in rows:
        for c, v in zip(t.add_row().cells, r, strict=True):
            c.text = v
    d.save(str(path))
    return path


def pdf_plan(path: Path, rows: list[tuple[str, list[str]]]) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    bold = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold")
    grid: list[list[object]] = [[Paragraph(h, bold) for h in HEAD]]
    grid += [[Paragraph(v, bold if kind != "action" else body) for v in r] for kind, r in rows]
    table = Table(grid, colWidths=[50, 330, 150, 90, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Paragraph("Local Area Improvement Plan 2025-26", ParagraphStyle("t", fontSize=14, leading=18)), table])
    return path


WRITERS = {"csv": csv_plan, "xlsx": sheet_plan, "docx": word_plan, "pdf": pdf_plan}


def expected(coding: Codes) -> list[tuple[str, str, str, str, str, str]]:
    """(area_ref, area, area_lead, objective, action, lead) of every action, in order."""
    out = []
    for a, (area, area_lead, objectives) in enumerate(AREAS, 1):
        for objective, actions in objectives:
            for action, lead, _, _ in actions:
                out.append((coding(a, 0, 0)[0], area, area_lead, objective, action, lead))
    return out


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("coding", sorted(CODINGS))
def test_codes_heading_codes_below_are_the_area_and_objective(tmp_path: Path, fmt: str, coding: str):
    plan = WRITERS[fmt](tmp_path / f"plan.{fmt}", plan_rows(CODINGS[coding]))
    out = tmp_path / "out"
    planx.convert([plan], out=out)
    actions = read(out, "actions")
    got = [(a["area_ref"], a["area"], a["area_lead"], a["objective"], a["action"], a["lead"]) for a in actions]
    assert got == expected(CODINGS[coding])
    assert [a["due_raw"] for a in actions][:2] == ["March 2026", "June 2026"]


def test_a_dated_parent_row_stays_an_action(tmp_path: Path):
    """'1 | Improve X | lead | March 2026 | Green' over '1.1 …': the parent has its own date and rating,
    an action with its steps below, not a heading of the rows under it."""
    rows = [("action", ["1", "Publish a revised thresholds document", "Ann Cole", "March 2026", "Green"]),
            ("action", ["1.1", "Consult partners on the draft", "Ann Cole", "January 2026", "Green"]),
            ("action", ["1.2", "Launch the document at a partner event", "Ann Cole", "March 2026", "Amber"])]
    plan = csv_plan(tmp_path / "plan.csv", rows)
    planx.convert([plan], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert "Publish a revised thresholds document" in [a["action"] for a in actions]
    assert not any(a["objective"] for a in actions)


def test_code_levels():
    assert code_levels("A1.2") == ("A", "1", "2")
    assert code_levels("1.1.a") == ("1", "1", "A")
    assert code_levels("2.") == ("2",)
    assert code_levels("R-001") is None
    assert code_levels("AB") is None
    assert code_levels("Ongoing") is None


def test_group_level():
    codes = [code_levels(c) for c in ("1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "2", "2.1", "2.1.1")]
    assert [group_level(codes, i) for i in range(len(codes))] == \
        ["area", "objective", "", "", "objective", "", "area", "objective", ""]
    flat = [code_levels(c) for c in ("1", "2", "3")]
    assert not any(heads_rows_below(flat, i) for i in range(3))
    assert under(code_levels("A2.1"), ("A",)) and not under(code_levels("B1.1"), ("A",))
