"""The body size of a PDF page is its running text's (extract/pdfpage.running_size): a narrative plan
sets its prose in 9 pt over small tables in 7.5 pt, one section per priority ('Priority 1: Child
exploitation', a sentence or two, then the priority's table). Measured over all the page's text the
tables' small type is the body, every prose line 'larger' and so a heading, and the sentence just above
each table took the place of the priority as the rows' area. The page below is built with reportlab
in that shape (a safeguarding partnership's business plan)."""
from __future__ import annotations

from pathlib import Path

import planx
from planx.extract.pdfgeom import Line, Word
from planx.extract.pdfpage import RUNNING_TEXT_CHARS, running_size


def _line(text: str, size: float, bold: bool = False) -> Line:
    words, x = [], 50.0
    for w in text.split():
        words.append(Word(text=w, x0=x, x1=x + len(w) * size * 0.5, top=100, bottom=100 + size, size=size, bold=bold))
        x += (len(w) + 1) * size * 0.5
    return Line(words=words, top=100, bottom=100 + size, size=size)


def test_running_text_outside_the_tables_sets_the_body_size():
    prose = [_line("Exploitation by criminal gangs has increased across the county lines network.", 9.0)] * 3
    heads = [_line("Priority 1: Child exploitation", 10.0, bold=True)]
    assert sum(len(w.text) for ln in prose for w in ln.words) >= RUNNING_TEXT_CHARS
    assert running_size(prose + heads, 7.5) == 9.0
    # a heading or two and a short note are too little running text: the page's own size stays
    assert running_size(heads + prose[:1], 7.5) == 7.5
    # and running text smaller than the page's usual size (a footnote under big tables) changes nothing
    assert running_size(prose, 10.0) == 10.0


def _business_plan(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9, leading=11)
    head = ParagraphStyle("head", fontName="Times-Bold", fontSize=10, leading=13)
    cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=7.5, leading=9)
    story = [Paragraph("Three Rivers Safeguarding Children Partnership - Business Plan 2026-2028",
                       ParagraphStyle("t", fontName="Times-Bold", fontSize=15, leading=18)),
             Paragraph("The partnership is led by the local authority, the integrated care board and the police. "
                       "This business plan sets out what we will do over the next two years.", body)]
    sections = [
        ("Priority 1: Child exploitation", "Exploitation by criminal gangs has increased across the county lines.",
         [("Set up a contextual safeguarding panel for each locality", "Partnership Business Unit", "Q2 26/27",
           "Fewer children go missing more than once"),
          ("Map the locations where children are being exploited with police analysts", "Education Subgroup",
           "20th Feb 2027", "Fewer children go missing more than once"),
          ("Deliver awareness sessions to taxi drivers and hotel staff", "Community Safety Partnership",
           "March 2027", "Repeat referrals fall")]),
        ("Priority 2: Learning from reviews", "The partnership published two practice reviews this year.",
         [("Hold a learning event for each published review within three months", "Education Subgroup",
           "Q4 27/28", "Audit shows earlier help for children"),
          ("Track the actions from every rapid review on a single log", "Partnership Business Unit", "2027",
           "Number of referrals from schools increases"),
          ("Run a multi-agency audit of children subject to repeat plans", "Health and Police", "June 2027",
           "Practitioners report greater confidence in surveys")]),
    ]
    for title, sentence, rows in sections:
        story += [Spacer(1, 8), Paragraph(title, head), Paragraph(sentence, body)]
        data = [[Paragraph(t, cell) for t in ("What we will do", "Who", "When", "How we will know")]]
        data += [[Paragraph(t, cell) for t in r] for r in rows]
        table = Table(data, colWidths=[200, 100, 60, 150])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
        story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def test_a_priority_heading_not_the_sentence_under_it_is_the_area(tmp_path: Path):
    path = tmp_path / "business_plan.pdf"
    _business_plan(path)
    result = planx.convert_file(path)
    assert [(a.area_ref, a.area) for a in result.actions] == [("1", "Child exploitation")] * 3 + [
        ("2", "Learning from reviews")] * 3
