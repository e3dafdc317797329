"""Action tables nested in the cells of an outer 'themes' table: the outer row names the theme (its
number and title, then 'Theme lead: …' on a line of its own), the cell beside it holds the table of
the theme's actions ('Action | Lead | Due | RAG'). The theme is the area of those rows and its lead
their area's lead, whichever way the file gives the cell's lines:

- Word: the theme cell's two paragraphs are read as headings over the nested table; the lead's line
  between the title and the table is the heading's own (block_headings._table_follows), not a
  heading parting them;
- a PDF LibreOffice printed from Word: the nested grid stands inside its cell but flush with the
  cell's right rule and its last row on the cell's bottom rule, touching the outer grid
  (pdfrules._cell_grids reads it apart all the same); the theme cell's lines wrap at the cell's
  edge, not the page's (pdftables.wrap_in_cells), so they are one paragraph, whose run-on lead label
  names the area's lead (block_headings.without_lead, headers.split_area_lead).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

import planx
from planx.extract.model import Cell, Paragraph, Row, Table
from planx.extract.pdfrules import apart_nested, edge
from planx.normalise import normalise

THEMES = [("Access and waiting times", "Rachel Green",
           [("Improve the timeliness of initial health assessments", "DSL", "January 2026", "R"),
            ("Develop a patient experience action log", "Team Manager", "Sep 25", "G")]),
          ("Safety culture", "L. Fernandes",
           [("Embed the freedom to speak up guardian role", "Headteacher", "July 2026", "B"),
            ("Review nurse staffing on the surgical wards", "Priya Sharma", "Mar 26", "A")])]
EXPECTED = [(str(n), theme, lead, a[0], a[1]) for n, (theme, lead, actions) in enumerate(THEMES, 1) for a in actions]


def _actions(out: Path) -> list[tuple[str, ...]]:
    with open(out / "actions.csv", encoding="utf-8") as f:
        return [(r["area_ref"], r["area"], r["area_lead"], r["action"], r["lead"]) for r in csv.DictReader(f)]


def _themes_docx(path: Path) -> Path:
    """'Theme | What we will do', each row the theme's number and title over 'Theme lead: …' (two
    bold paragraphs) beside a nested table of its actions."""
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("Health Improvement Plan 2025-2028", level=1)
    doc.add_paragraph("RAG key: R / A / G; B = complete.")
    outer = doc.add_table(rows=1, cols=2)
    outer.style = "Table Grid"
    outer.rows[0].cells[0].text, outer.rows[0].cells[1].text = "Theme", "What we will do"
    for n, (theme, lead, actions) in enumerate(THEMES, 1):
        row = outer.add_row()
        first = row.cells[0].paragraphs[0]
        first.add_run(f"{n}. {theme}").bold = True
        row.cells[0].add_paragraph().add_run(f"Theme lead: {lead}").bold = True
        inner = row.cells[1].add_table(rows=1, cols=4)
        inner.style = "Table Grid"
        for k, head in enumerate(("Action", "Lead", "Due", "RAG")):
            inner.rows[0].cells[k].text = head
        for action in actions:
            cells = inner.add_row().cells
            for k, value in enumerate(action):
                cells[k].text = value
    doc.add_paragraph("The plan is monitored monthly by the programme board.")
    doc.save(str(path))
    return path


def test_a_theme_cells_lead_line_leaves_the_theme_the_area_of_the_nested_rows(tmp_path: Path):
    src = tmp_path / "plans"
    src.mkdir()
    _themes_docx(src / "themes.docx")
    planx.convert([src], out=tmp_path / "out")
    assert _actions(tmp_path / "out") == EXPECTED


def _themes_pdf(path: Path) -> Path:
    """The same plan drawn as LibreOffice prints it: the nested grid set in from the cell's left rule
    and under a blank line, but flush with the cell's right rule and bottom rule; the theme cell a
    narrow column its lines wrap in ('1. Access and' / 'waiting times' / 'Theme lead:' / 'Rachel
    Green'), set close as Word's paragraphs in a cell are."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(90, height - 100, "Health Improvement Plan 2025-2028")
    c.setFont("Helvetica", 11)
    c.drawString(90, height - 125, "RAG key: R / A / G; B = complete.")
    left, split, right = 85.0, 198.0, 566.0
    inner_cols = (204.0, 380.0, 460.0, 524.0, right)
    y = 150.0  # distance from the page's top
    pitch = 13.0

    def line(x0: float, top: float, x1: float, bottom: float) -> None:
        c.line(x0, height - top, x1, height - bottom)

    def text(x: float, top: float, words: str, bold: bool = False) -> None:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        c.drawString(x, height - top - 9, words)

    tops = [y]
    text(90, y + 1, "Theme", True)
    text(split + 5, y + 1, "What we will do", True)
    y += pitch + 1
    tops.append(y)
    for n, (theme, lead, actions) in enumerate(THEMES, 1):
        title = f"{n}. {theme}".split()
        theme_lines = [" ".join(title[:3]), " ".join(title[3:]), "Theme lead:", lead] if len(title) > 3 \
            else [" ".join(title), "Theme lead:", lead]
        for k, words in enumerate(theme_lines):
            text(90, y + 1 + k * pitch, words, True)
        grid_top = y + pitch  # under the cell's first (blank) paragraph
        rows = [grid_top, grid_top + pitch]
        for _ in actions:
            rows.append(rows[-1] + 2 * pitch)
        bottom = max(rows[-1], y + 1 + len(theme_lines) * pitch + 4)
        rows[-1] = bottom
        for r in rows:
            line(inner_cols[0], r, right, r)
        for x in inner_cols:
            line(x, grid_top, x, bottom)
        for k, head in enumerate(("Action", "Lead", "Due", "RAG")):
            text(inner_cols[k] + 3, grid_top + 1, head, True)
        for r, action in zip(rows[1:], actions, strict=False):
            for k, value in enumerate(action):
                text(inner_cols[k] + 3, r + 1, value if k else value[:30])
                if k == 0:
                    text(inner_cols[k] + 3, r + 1 + pitch, value[30:])
        y = bottom
        tops.append(y)
    for r in tops:
        line(left, r, right, r)
    for x in (left, split, right):
        line(x, tops[0], x, tops[-1])
    c.save()
    return path


def test_a_grid_nested_flush_with_its_cells_rules_is_read_apart_under_its_theme(tmp_path: Path):
    src = tmp_path / "plans"
    src.mkdir()
    _themes_pdf(src / "themes.pdf")
    planx.convert([src], out=tmp_path / "out")
    got = _actions(tmp_path / "out")
    assert [(ref, area, lead, action[:30], who) for ref, area, lead, action, who in got] \
        == [(ref, area, lead, action[:30], who) for ref, area, lead, action, who in EXPECTED]


def _box(x0: float, top: float, x1: float, bottom: float) -> list[dict]:
    return [edge(x0, top, x1, top), edge(x0, bottom, x1, bottom), edge(x0, top, x0, bottom), edge(x1, top, x1, bottom)]


OUTER = [*_box(85, 150, 566, 400), edge(85, 164, 566, 164), edge(85, 270, 566, 270), edge(198, 150, 198, 400)]


def test_a_grid_touching_the_rules_of_its_cell_is_read_apart_when_set_in_from_one_side():
    # set in from the cell's left rule (the cell's padding), flush with its right and bottom rules
    inner = [*_box(204, 178, 566, 270), edge(204, 190, 566, 190), edge(380, 178, 380, 270), edge(460, 178, 460, 270)]
    groups = apart_nested(OUTER + inner)
    assert sorted(map(len, groups)) == sorted([len(inner), len(OUTER)])


def test_a_cell_divided_from_rule_to_rule_stays_one_grid():
    # rows running from the cell's left rule to its right one divide the cell: merged cells of one table
    divided = [*_box(198, 164, 566, 270), edge(198, 190, 566, 190), edge(380, 164, 380, 270)]
    assert len(apart_nested(OUTER + divided)) == 1
    # and sub-columns under a spanning heading cell, running down every row, are the table's own columns
    columns = [edge(380, 164, 380, 400), edge(460, 164, 460, 400), edge(198, 200, 566, 200), edge(198, 330, 566, 330)]
    assert len(apart_nested(OUTER + columns)) == 1


def _table(rows: list[list[str]]) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=c) for c, t in enumerate(r)], page=1, line=k)
                       for k, r in enumerate(rows)], page=1, index=1)


def _heading(text: str, line: int) -> Paragraph:
    return Paragraph(text=text, page=1, line=line, bold=True, size=11, heading=True)


def test_a_lead_label_run_on_after_a_numbered_heading_names_the_areas_lead():
    head = ["Action", "Lead", "Due", "RAG"]
    blocks: list = [Paragraph(text="Health Improvement Plan 2025-2028", page=1, line=0, bold=True, size=14)]
    for n, (theme, lead, actions) in enumerate(THEMES, 1):
        blocks += [_heading(f"{n}. {theme} Theme lead: {lead}", n * 10),
                   _table([head, *[list(a) for a in actions]])]
    got = [(a.area_ref, a.area, a.area_lead) for a in normalise(_raw(blocks), doc_id="x").actions]
    assert got == [(ref, area, lead) for ref, area, lead, _, _ in EXPECTED]
    # a title with no lead's label keeps its words ('… Theme' is no label of a lead)
    blocks[1] = _heading("1. Access and waiting times", 10)
    assert normalise(_raw(blocks), doc_id="x").actions[0].area == "Access and waiting times"


def _raw(blocks: list):
    from planx.extract.model import RawDocument
    raw = RawDocument(path="p.pdf", name="p.pdf", format="pdf")
    raw.blocks = blocks
    return raw


def test_a_lead_line_under_a_heading_still_counts_as_a_line_of_a_form(tmp_path: Path):
    """A lead line is no heading, but it is a labelled line all the same: under each action's own heading
    'Lead: …' and 'Status: …' are a form written as lines, so the headings over them are action titles
    and the heading over those names their area (a lead line skipped left one labelled line: no form)."""
    from docx import Document
    d = Document()
    d.add_heading("Service improvement plan", 1)
    areas = [("Housing repairs", [("Clear the backlog of damp cases", "Omar Fitz"),
                                  ("Publish repair timescales", "Lena Park")]),
             ("Tenant voice", [("Set up a tenants' panel", "Ravi Shah"),
                               ("Survey tenants twice a year", "Ana Cole")])]
    for area, actions in areas:
        d.add_heading(area, 2)
        for action, lead in actions:
            d.add_heading(action, 3)
            d.add_paragraph(f"Lead: {lead}")
            d.add_paragraph("Status: In progress")
    d.save(str(tmp_path / "plan.docx"))
    planx.convert([tmp_path / "plan.docx"], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as f:
        got = [(r["area"], r["action"], r["lead"]) for r in csv.DictReader(f)]
    assert got == [(area, action, lead) for area, actions in areas for action, lead in actions]
