"""Which line is a document's own title: not a paper's number by its kind ('ORDINANCE No. 22-02' under
'BUDGET & APPROPRIATION ORDINANCE'), and the line set in the largest type under a smaller banner
('EMPLOYMENT ZONE' over 'Supporting Attendance Policy') even where the walker read that line as the
heading over the table below it (normalise/title.py, normalise/__init__.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract import extract
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import _display_line, normalise
from planx.normalise.title import is_title_like, pick_title

TEXT = "That the amounts hereinafter set forth be and the same are hereby appropriated for the year."


@pytest.mark.parametrize("text, ok", [
    ("ORDINANCE No. 22-02", False),
    ("Resolution No. 5", False),
    ("Bylaw #12", False),
    ("BUDGET & APPROPRIATION ORDINANCE", True),
    ("Action Plan 2024-25", True),
    ("Supporting Attendance Policy", True),
])
def test_a_papers_number_by_its_kind_is_no_title(text, ok):
    assert is_title_like(text) is ok


def test_the_kind_of_document_over_its_number_is_the_title():
    paras = [Paragraph("DCEO #32 (Revised 2/17)", 1, 10, size=9.2),
             Paragraph("BUDGET & APPROPRIATION ORDINANCE", 1, 20, size=9.2, bold=True),
             Paragraph("ORDINANCE No. 22-02", 1, 40, size=10.8, bold=True, heading=True),
             *[Paragraph(TEXT, 1, 60 + 10 * i, size=9.2) for i in range(6)]]
    assert pick_title(paras)[0] == "BUDGET & APPROPRIATION ORDINANCE"


def _policy_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as P
    from reportlab.platypus import SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as T
    banner = ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=16, leading=20)
    big = ParagraphStyle("t", fontName="Helvetica", fontSize=26, leading=32)
    body = ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=12)
    rows = [[P("Policy Aims and Objectives", body), P("", body)]]
    rows += [[P(f"1.{k}.", body), P(f"The Council recognises that employees will need support number {k} at work "
                                      "and will set out how managers give it.", body)] for k in range(1, 7)]
    table = T(rows, colWidths=[80, 380])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([P("EMPLOYMENT ZONE", banner), Spacer(1, 12),
                                                     P("Supporting Attendance Policy", big), Spacer(1, 24), table])


def test_the_largest_line_under_a_banner_is_the_title_over_a_table(tmp_path: Path) -> None:
    path = tmp_path / "policy.pdf"
    _policy_pdf(path)
    assert normalise(extract(path)).title == "Supporting Attendance Policy"


def test_the_largest_heading_before_the_first_table_is_the_display_line():
    banner = Paragraph("EMPLOYMENT ZONE", 1, 1, heading=True, size=16.0, bold=True)
    title = Paragraph("Supporting Attendance Policy", 1, 2, heading=True, size=26.0)
    table = Table([Row([Cell("1.1", 0), Cell(TEXT, 1)], 1, 3)], 1, 1)
    body = [Paragraph(TEXT, 2, 10 + k, size=10.0) for k in range(5)]
    assert _display_line(RawDocument("", "p.pdf", "pdf", [banner, title, table, *body])) is title
    # (a larger line only after the first table is a heading of the body, no cover's title)
    assert _display_line(RawDocument("", "p.pdf", "pdf", [banner, table, title, *body])) is None
