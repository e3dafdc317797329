"""A ruled plan table whose last row the page break carried over whole: the next page opens with that
one row, short cells under the same column edges (a LibreOffice export of a school's action plan
template). It is the table's row (stitched to it), not a line of text; a one-row grid at other columns
is still no table of its own."""
from __future__ import annotations

import csv
from pathlib import Path

import planx
from planx.extract.model import Table
from planx.extract.pdf import parse_pdf

HEAD = ["Action", "Who is responsible?", "By when?", "Success criteria", "RAG"]
ROWS = [["Introduce first-day calling for absent pupils", "Mrs J Okafor", "30/09/2025", "Absence below 15%", "Green"],
        ["Hold termly attendance panels with families", "Mr D Hughes", "19/12/2025", "All families invited", "Amber"]]
LAST = ["Audit reading books so that decodable books match the phonics sequence", "Mrs S Patel (Librarian)",
        "14/11/2025", "All decodable books levelled to the programme", "Green"]


def _pdf(path: Path, widths: tuple[int, ...] = (120, 120, 90, 120, 60)) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story: list[object] = [Paragraph("Oakfield Primary School Improvement Action Plan 2025-26",
                                     ParagraphStyle("t", fontSize=14, leading=18))]
    for k, rows in enumerate([[HEAD, *ROWS], [LAST]]):
        table = Table([[Paragraph(v, body) for v in r] for r in rows], colWidths=list(widths))
        table.setStyle(style)
        story.append(table)
        if k == 0:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def test_a_row_alone_atop_the_page_at_the_tables_columns_is_its_last_row(tmp_path: Path):
    path = _pdf(tmp_path / "carried.pdf")
    doc = parse_pdf(path)
    texts = [" ".join(c.text.split()) for b in doc.blocks if isinstance(b, Table) for r in b.rows for c in r.cells]
    assert "Audit reading books so that decodable books match the phonics sequence" in texts
    planx.convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as f:
        got = [(r["action"], r["lead"], r["due_raw"]) for r in csv.DictReader(f)]
    assert got[-1] == ("Audit reading books so that decodable books match the phonics sequence",
                      "Mrs S Patel (Librarian)", "14/11/2025")
    assert len(got) == 3


def test_a_row_alone_at_other_columns_is_no_row_of_the_table(tmp_path: Path):
    from planx.extract.pdfgeom import Word
    from planx.extract.pdftables import grid_from_boxes
    boxes = [(50.0, 50.0, 250.0, 80.0), (250.0, 50.0, 390.0, 80.0), (390.0, 50.0, 480.0, 80.0)]
    words = [Word("Audit", 55, 80, 55, 65, 9), Word("Mrs", 255, 270, 55, 65, 9),
             Word("14/11/2025", 395, 440, 55, 65, 9)]
    assert grid_from_boxes(boxes, words, [], hints=(250.0, 390.0)) is not None
    assert grid_from_boxes(boxes, words, [], hints=(300.0, 390.0)) is None
    assert grid_from_boxes(boxes, words, []) is None
