"""A delivery timeline grouped under headings that number a quarter and print its months ('Quarter 2
(July – September 2025)'), each over a borderless table with a theme column and no date column: the
heading is when the rows are due (normalise/horizons.py: a dated period, its quarter's own number a
period word's), so the theme column is the area, not the heading. A quarter heading with no date, or
a topic heading, stays as before. The PDF is drawn here with reportlab in the same shape."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from planx.normalise.horizons import read_horizon

HEAD = ["Priority", "Action", "Owner", "Update", "RAG"]
GROUPS = [
    ("Quarter 1 (April – June 2025)", [
        ("Safer streets", "Run a street lighting survey in every ward with the residents' panels",
         "Community Safety Officer", "Survey finished in two wards.", "GREEN"),
        ("Cleaner parks", "Replace the litter bins in the four largest parks with larger bins",
         "Parks Manager", "Bins ordered, delivery awaited.", "AMBER")]),
    ("Quarter 3 (October – December 2025)", [
        ("Safer streets", "Publish a quarterly report on reported anti-social behaviour by ward",
         "Analyst", "First report published.", "GREEN"),
        ("Active travel", "Mark out two new cycle routes between the station and the college",
         "Highways Engineer", "Design agreed with the college.", "RED")]),
    ("Quarter 4 (January – March 2026)", [
        ("Cleaner parks", "Plant three hundred trees in the parks with volunteers from local schools",
         "Tree Officer", "Planting days booked.", "GREEN")]),
]


def timeline(path: Path, groups=GROUPS) -> Path:
    styles = getSampleStyleSheet()
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10)
    band = ParagraphStyle("band", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    story: list = [Paragraph("Borough Neighbourhoods Plan: Delivery Timeline", styles["Title"]),
                   Paragraph("The plan's actions, arranged by the quarter each is due in.", styles["Normal"])]
    for heading, rows in groups:
        data = [[Paragraph(f"<b>{h}</b>", cell) for h in HEAD]]
        data += [[Paragraph(v, cell) for v in row] for row in rows]
        t = Table(data, colWidths=[110, 240, 110, 170, 50], repeatRows=1)
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 1), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, -1), 4)]))
        story.append(KeepTogether([Paragraph(heading, band), t]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Delivery Timeline").build(story)
    return path


def test_a_numbered_quarter_printing_its_months_is_a_dated_period():
    for text in ("Quarter 1 (April – June 2025)", "Quarter 4 (January – March 2026)", "Term 2 2025/26"):
        h = read_horizon(text)
        assert h is not None and h.kind == "period" and h.dated, text
    # (a number no quarter has, or a number after a word that names no period, is no period's own)
    assert read_horizon("Quarter 7 (April – June 2025)") is None
    assert read_horizon("Ward 3 (April – June 2025)") is None


def test_quarter_headings_give_the_due_date_and_the_theme_column_the_area(tmp_path: Path):
    import planx
    result = planx.convert_file(str(timeline(tmp_path / "timeline.pdf")))
    got = [(a.area, a.action.split()[0], a.due_date, a.rag) for a in result.actions]
    assert got == [("Safer streets", "Run", "2025-06", "green"),
                   ("Cleaner parks", "Replace", "2025-06", "amber"),
                   ("Safer streets", "Publish", "2025-12", "green"),
                   ("Active travel", "Mark", "2025-12", "red"),
                   ("Cleaner parks", "Plant", "2026-03", "green")], got


def test_topic_headings_over_the_same_tables_stay_the_area(tmp_path: Path):
    """The same tables under topic headings ('Neighbourhood services'): no date is read from them."""
    import planx
    groups = [(topic, rows) for topic, (_, rows) in zip(("Neighbourhood services", "Travel and streets",
                                                         "Parks and open spaces"), GROUPS, strict=True)]
    result = planx.convert_file(str(timeline(tmp_path / "topics.pdf", groups)))
    assert [a.due_date for a in result.actions] == [""] * 5
    assert len(result.actions) == 5
