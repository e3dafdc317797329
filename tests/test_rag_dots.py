"""A RAG shown only as a coloured dot ('●' in red, amber or green ink: Word's run colour, a PDF's
glyph colour), a scan's '● G' read as one word, a KPI column headed 'Actual Q2 2025/26', and a risk
register's 'Risk category: …' headings.

Shapes, rebuilt as synthetic documents: a scorecard 'Ref | Action | Owner | Deadline | RAG | Trend |
Update' whose RAG cells hold a coloured '●' alone and trend arrows beside them, then a KPI table
'Measure | Target | Latest (…) | RAG'; a workbook's KPI sheet 'Indicator | Target | Actual Q2 2025/26 |
RAG'; a risk register's tables under 'Risk category: Workforce' headings.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import RGBColor

import planx
from planx.extract.pdfocr import OcrWord, mend_dot_letters
from planx.extract.pdfrules import glyph_marks
from planx.extract.pdftables import fill_of
from planx.normalise.area_titles import area_title
from planx.normalise.indicator_rows import period_heading

COLOURS = {"red": RGBColor(0xFF, 0x00, 0x00), "amber": RGBColor(0xFF, 0xC0, 0x00),
           "green": RGBColor(0x00, 0xB0, 0x50), "blue": RGBColor(0x00, 0x70, 0xC0)}
ROWS = [("1.1", "Open two more youth hubs in the north of the borough", "Youth Service Manager", "Mar 2026", "green"),
        ("1.2", "Publish a youth offer directory online", "Communications Lead", "Dec 2025", "amber"),
        ("1.3", "Recruit eight detached youth workers", "HR Business Partner", "Jan 2026", "red"),
        ("1.4", "Agree a youth council terms of reference", "Democratic Services", "Oct 2025", "blue")]


def _dot(cell, colour: str | None) -> None:  # type: ignore[no-untyped-def]
    cell.text = ""
    run = cell.paragraphs[0].add_run("●")
    if colour:
        run.font.color.rgb = COLOURS[colour]


def _scorecard(path: Path) -> Path:
    doc = Document()
    doc.add_heading("Youth Services Scorecard – Autumn Review", 0)
    doc.add_heading("Priority 1: Places to go", 2)
    table = doc.add_table(rows=1 + len(ROWS), cols=7)
    for c, h in zip(table.rows[0].cells, ["Ref", "Action", "Owner", "Deadline", "RAG", "Trend", "Update"], strict=True):
        c.text = h
    for i, (ref, action, owner, due, rag) in enumerate(ROWS, 1):
        cells = table.rows[i].cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = ref, action, owner, due
        _dot(cells[4], rag)
        cells[5].text, cells[6].text = "►", "Reported to the board."
    doc.add_heading("Performance indicators", 2)
    kpis = doc.add_table(rows=3, cols=4)
    for c, h in zip(kpis.rows[0].cells, ["Measure", "Target", "Latest (Sep 2025)", "RAG"], strict=True):
        c.text = h
    figures = [("Young people attending hubs", "400", "380", "amber"), ("Youth workers in post", "20", "12", "red")]
    for row, (name, target, value, rag) in zip(kpis.rows[1:], figures, strict=True):
        row.cells[0].text, row.cells[1].text, row.cells[2].text = name, target, value
        _dot(row.cells[3], rag)
    doc.save(path)
    return path


def test_a_rag_shown_only_as_a_coloured_dot_is_read_by_its_colour(tmp_path: Path) -> None:
    result = planx.convert_file(str(_scorecard(tmp_path / "scorecard.docx")))
    assert [(a.action, a.rag, a.rag_raw) for a in result.actions] == [(r[1], r[4], "●") for r in ROWS]
    assert [(i.indicator, i.rag) for i in result.indicators] == [("Young people attending hubs", "amber"),
                                                                 ("Youth workers in post", "red")]


def test_a_pdf_dot_in_coloured_ink_is_a_mark_of_its_colour_black_ink_none() -> None:
    chars = [{"text": "●", "x0": 10.0, "x1": 18.0, "top": 5.0, "bottom": 13.0, "non_stroking_color": (1, 0, 0)},
             {"text": "●", "x0": 10.0, "x1": 18.0, "top": 25.0, "bottom": 33.0, "non_stroking_color": (0,)},
             {"text": "●", "x0": 10.0, "x1": 18.0, "top": 45.0, "bottom": 53.0, "non_stroking_color": (.5, .5, .5)},
             {"text": "A", "x0": 10.0, "x1": 18.0, "top": 65.0, "bottom": 73.0, "non_stroking_color": (1, 0, 0)}]
    marks = glyph_marks(chars)
    assert len(marks) == 1 and marks[0]["colour"] == "#ff0000" and marks[0]["mark"] and marks[0]["top"] == 5.0
    # it colours a cell holding the dot alone; beside words it is a coloured bullet
    assert fill_of((5.0, 0.0, 40.0, 20.0), marks, text="●") == "#ff0000"
    assert fill_of((5.0, 0.0, 40.0, 20.0), marks, text="● Review the policy") is None


def test_a_scans_dot_run_into_its_rag_letter_is_a_dot_and_the_letter() -> None:
    words = [OcrWord(t, 0, 0, 10, 10, 90, ("1", "1", str(k))) for k, t in enumerate(["eG", "'@A", "©R", "eB",
                                                                                      "Go", "oR", "eGG", "e"])]
    mend_dot_letters(words)
    assert [w.text for w in words] == ["● G", "● A", "● R", "● B", "Go", "oR", "eGG", "e"]


def test_a_figures_heading_names_its_period_after_the_word_for_figures() -> None:
    assert period_heading("Actual Q2 2025/26") == "Q2 2025/26"
    assert period_heading("Outturn 2024/25") == "2024/25"
    assert period_heading("Q2 2025/26") == "Q2 2025/26"
    assert period_heading("Target 2025/26") == "Target 2025/26"  # a target's year: no figures


def test_a_risk_category_label_is_no_part_of_the_areas_title() -> None:
    assert area_title("Risk category: Workforce") == "Workforce"
    assert area_title("Risk category: Demand and sufficiency") == "Demand and sufficiency"
    assert area_title("Category – Finance") == "Finance"
    assert area_title("Categories of need") == "Categories of need"


def test_a_pdf_scorecards_coloured_dots_are_its_rag(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    inks = {"red": "#FF0000", "amber": "#FFC000", "green": "#00B050", "blue": "#0070C0"}
    rows = [[Paragraph(h, styles["Normal"]) for h in ["Ref", "Action", "Owner", "Deadline", "RAG", "Trend", "Update"]]]
    for ref, action, owner, due, rag in ROWS:
        rows.append([Paragraph(t, styles["Normal"]) for t in (ref, action, owner, due)]
                    + [Paragraph(f'<font color="{inks[rag]}">●</font>', styles["Normal"]),
                       Paragraph("►", styles["Normal"]), Paragraph("Reported to the board.", styles["Normal"])])
    table = Table(rows, colWidths=[30, 250, 110, 70, 40, 40, 160])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), .5, colors.grey)]))
    path = tmp_path / "scorecard.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Paragraph("Youth Services Scorecard – Autumn Review", styles["Title"]),
         Paragraph("Priority 1: Places to go", styles["Heading2"]), table])
    result = planx.convert_file(str(path))
    assert [(a.action, a.rag) for a in result.actions] == [(r[1], r[4]) for r in ROWS]
