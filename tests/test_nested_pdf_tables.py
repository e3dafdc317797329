"""A plan drawn as a layout grid whose cells hold the plan's tables: 'Priority | What we will do', each
row a banner ('Priority 1' in bold over its title) beside a ruled table of actions ('Action | Lead |
Target date | Status') set a few points inside the cell. Merged together, the inner frame snaps onto
the cell's rules and both grids join into one whose rows cut the actions wrong (three actions run into
one row, a second copy of a table read under the last priority's banner). The nested grids are read
apart (pdfrules.apart_nested), the holder grid is dissolved into its banner lines, read before the
table beside them (pdftables.without_holders, banners_first), and a bare banner takes the line under
it as its title (walker_state.title_under_banner)."""
from __future__ import annotations

import csv
from pathlib import Path

from conftest import pdf_of_blocks

import planx
from planx.extract.model import Cell, Paragraph, Row, Table
from planx.extract.pdf import parse_pdf
from planx.extract.pdfrules import apart_nested, edge
from planx.normalise import normalise

PRIORITIES = [("Start for Life: every family can get help in pregnancy and the early years",
               [("Open two new family hub spokes in Eastgate and Millfield", "Hub Manager (K. Doyle)", "31 Oct 2025",
                 "Complete"),
                ("Publish the Start for Life offer online and in print", "Comms Officer (B. Shah)", "30 Sep 2025",
                 "Complete"),
                ("Train hub staff in infant feeding support", "Health Visiting Lead (M. Ford)", "31 Jan 2026",
                 "In progress")]),
              ("Parenting support reaches fathers and male carers",
               [("Run a dads' group in each locality", "Early Help Lead (S. Adeyemi)", "28 Feb 2026", "In progress"),
                ("Add a fathers' question to the registration form", "Data Officer (P. Lin)", "30 Nov 2025",
                 "Not started")])]


def _pdf(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as P
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=8, leading=10)
    bold = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=8, leading=10)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    rows: list[list[object]] = [[P("Priority", bold), P("What we will do", bold)]]
    for n, (title, actions) in enumerate(PRIORITIES, 1):
        inner = Table([[P(h, bold) for h in ("Action", "Lead", "Target date", "Status")],
                       *[[P(v, body) for v in a] for a in actions]], colWidths=[210, 115, 60, 55])
        inner.setStyle(grid)
        rows.append([[P(f"Priority {n}", bold), P(title, body)], inner])
    outer = Table(rows, colWidths=[170, 470])
    outer.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    story = [P("Westbury Family Hubs Delivery Plan 2025/26", ParagraphStyle("t", fontSize=14, leading=18)), outer]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def test_tables_nested_in_a_layout_grid_are_read_apart_under_their_banners(tmp_path: Path):
    path = _pdf(tmp_path / "nested.pdf")
    doc = parse_pdf(path)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [len(t.rows) for t in tables] == [4, 3]
    order = [b.text if isinstance(b, Paragraph) else "<table>" for b in doc.blocks]
    assert order.index("Priority 1") < order.index("<table>")
    planx.convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as f:
        got = [(r["area_ref"], r["area"], r["action"]) for r in csv.DictReader(f)]
    assert got == [(str(n), title, a[0]) for n, (title, actions) in enumerate(PRIORITIES, 1) for a in actions]


def _box(x0: float, top: float, x1: float, bottom: float) -> list[dict]:
    return [edge(x0, top, x1, top), edge(x0, bottom, x1, bottom), edge(x0, top, x0, bottom), edge(x1, top, x1, bottom)]


def test_a_grid_inside_another_grids_cell_is_a_group_of_its_own():
    outer = [*_box(100, 100, 700, 400), edge(100, 120, 700, 120), edge(270, 100, 270, 400)]
    inner = [*_box(276, 123, 690, 200), edge(276, 150, 690, 150), edge(480, 123, 480, 200)]
    groups = apart_nested(outer + inner)
    assert len(groups) == 2 and sorted(map(len, groups)) == [len(inner), len(outer)]
    # a box alone inside a cell (a frame round a note) draws no grid: nothing is read apart
    assert len(apart_nested(outer + _box(276, 123, 690, 200))) == 1
    # a grid drawn onto the outer rules (touching them) is one grid with them
    touching = [*_box(270, 120, 700, 200), edge(270, 150, 700, 150), edge(480, 120, 480, 200)]
    assert len(apart_nested(outer + touching)) == 1


def _table(rows: list[list[str]]) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=c) for c, t in enumerate(r)], page=1, line=k)
                       for k, r in enumerate(rows)], page=1, index=1)


def test_a_bare_banner_takes_the_line_under_it_as_its_title():
    head = ["Action", "Lead", "Target date"]
    blocks = [Paragraph(text="Delivery Plan 2025/26", page=1, line=0, bold=True, size=14)]
    for n, title in ((1, "Start for Life for every family"), (2, "Support for fathers")):
        blocks += [Paragraph(text=f"Priority {n}", page=1, line=0, bold=True, size=8),
                   Paragraph(text=title, page=1, line=0, size=8),
                   _table([head, [f"Open hub spoke {n}", "Hub Manager", "31/10/2025"]])]
    got = [(a.area_ref, a.area) for a in normalise(pdf_of_blocks(blocks), doc_id="x").actions]
    assert got == [("1", "Start for Life for every family"), ("2", "Support for fathers")]
    # a sentence under it is no title: the banner gives its number alone
    blocks[2] = Paragraph(text="This priority is led by the partnership board and reviewed monthly.", page=1,
                          line=0, size=8)
    assert normalise(pdf_of_blocks(blocks), doc_id="x").actions[0].area != blocks[2].text
