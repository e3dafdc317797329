"""Plans set on two-column (newspaper-style) pages: numbered action paragraphs flowing down the left
column, then the right, each with a line of labels under it ('Lead: … | By: … | Status: …'), the
areas as headings inside the columns (devset unseen43, family 2; documents of the same shape built here).

The shapes:
- a column rule drawn down the gutter, met by no rule across, parts text columns, not a table's columns
  (a table's column rule meets its row rules): the page is read column by column;
- a lone separator mark ('|') between a line's parts, set apart by the wide spaces of justified text,
  is no column gap of a table;
- a one-page plan's footer in the bottom margin, beside the left column, comes after both columns, not
  between an action at the foot of the left column and its line of labels at the top of the right one;
- numbered paragraphs running through the sections, each with a line of labels of its own under it, are
  a labelled list (the list readers' own: leads, dates, statuses), not recommendations without fields;
- a heading naming its part by a word and a number ('Section 1 – Financial sustainability') over the
  numbered items gives their area its number and title.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import words_of

from planx.extract.pdfcolumns import Columns, _foot_apart, _gap_edges, ruled_across
from planx.extract.pdfgeom import text_lines
from planx.pipeline import convert_file

AREAS = [
    ("A", "Workforce and oversight", [
        ("Reduce reliance on agency staff by converting agency posts to permanent contracts",
         "Head of Service", "March 2026", "In progress"),
        ("Ensure every social worker receives supervision at least every four weeks and that it is recorded",
         "Principal Social Worker", "September 2025", "On hold"),
        ("Launch an academy with protected caseloads for newly qualified social workers",
         "Workforce Manager", "November 2025", "Completed"),
        ("Provide a management development programme for all team managers",
         "Service Manager", "May 2026", "Delayed"),
    ]),
    ("B", "Front door and early help", [
        ("Review the thresholds with partners so that contacts are screened within a day",
         "Head of Early Help", "August 2025", "Completed"),
        ("Recruit two additional early help coordinators for the north locality",
         "Early Help Manager", "31/03/2026", "Ongoing"),
        ("Audit step-down decisions from social care to early help every quarter",
         "Karen Holloway", "14/08/2025", "In progress"),
    ]),
    ("C", "Quality of practice", [
        ("Embed the practice framework through monthly workshops for all social work teams",
         "Practice Lead", "December 2025", "Complete"),
        ("Ensure every child in need plan has clear and measurable outcomes and timescales",
         "Quality Manager", "31 March 2025", "Complete"),
        ("Introduce a quality assurance framework with monthly case audits by managers",
         "Head of Quality", "May 2026", "Not started"),
    ]),
    ("D", "Children in care", [
        ("Complete health assessments for children in care within statutory timescales",
         "Marcus Tenby", "February 2026", "Overdue"),
        ("Review the local offer for care leavers with the Children in Care Council",
         "Head of Leaving Care", "31 December 2025", "On hold"),
        ("Improve the timeliness of personal education plans for children placed out of area",
         "Head of Virtual School", "January 2025", "Not started"),
        ("Increase the number of in-house foster carers through a targeted recruitment campaign",
         "Head of Fostering", "October 2025", "In progress"),
    ]),
]
INTRO = ("This plan brings together the actions agreed by the partnership after the annual review of "
         "practice. It is written for staff, partners and elected members, and it will be refreshed when "
         "the next self-assessment is completed. The actions are grouped under the themes agreed at the "
         "development day, each numbered paragraph followed by the officer who leads it and its date.")


def newspaper_pdf(path: Path, rule: bool, serif: bool = False) -> Path:
    """A one-page plan in two frames (column 1, then column 2), a title across the top, a footer
    beside the left column in the bottom margin, with or without a rule down the gutter; the left
    column ends between the 7th action and its line of labels."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph
    w, h = A4
    m, gap = 1.8 * cm, 0.9 * cm
    colw = (w - 2 * m - gap) / 2
    top = h - m - 2.6 * cm
    font, bold = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")

    def page(c, doc):  # type: ignore[no-untyped-def]
        c.setFont(bold, 16)
        c.drawString(m, h - m - 0.8 * cm, "Practice Improvement Plan 2025")
        c.line(m, h - m - 1.2 * cm, w - m, h - m - 1.2 * cm)
        c.setFont(font, 8)
        c.drawString(m, 1.0 * cm, "Practice Improvement Plan 2025")
        c.drawRightString(w - m, 1.0 * cm, "Page 1")
        if rule:
            c.line(w / 2, 1.8 * cm, w / 2, top)
    frames = [Frame(m, m, colw, top - m, id="a"), Frame(m + colw + gap, m, colw, top - m, id="b")]
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m)
    doc.addPageTemplates([PageTemplate("p", frames, onPage=page)])
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=6)
    act = ParagraphStyle("a", parent=body, leftIndent=16, firstLineIndent=-16, spaceAfter=2)
    meta = ParagraphStyle("m", parent=body, fontSize=8.5, leading=11, leftIndent=16, spaceAfter=9)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=11.5, leading=14, spaceBefore=6)
    story = [Paragraph(INTRO, body)]
    n = 0
    for ref, title, actions in AREAS:
        story.append(Paragraph(f"Theme {ref}: {title}", head))
        for text, lead, due, status in actions:
            n += 1
            story.append(Paragraph(f"<b>{n}.</b>&nbsp;&nbsp;{text}.", act))
            if n == 7:
                story.append(FrameBreak())  # the column ends between the action and its line of labels
            story.append(Paragraph(f"Lead: {lead} | By: {due} | Status: {status}", meta))
    doc.build(story)
    return path


def _rows(path: Path) -> list[tuple[str, str, str, str, str]]:
    result = convert_file(path)
    return [(a.area_ref, a.area, a.action, a.lead, a.status_raw) for a in result.actions]


def _expected() -> list[tuple[str, str, str, str, str]]:
    return [(ref, title, text + ".", lead, status)
            for ref, title, actions in AREAS for text, lead, _, status in actions]


@pytest.mark.parametrize("rule,serif", [(True, False), (False, True)])
def test_numbered_actions_in_two_columns_read_in_column_order(tmp_path: Path, rule: bool, serif: bool) -> None:
    """Every action with its own lead and status and the theme above it, the one at the foot of
    the left column with its labels at the top of the right one; with a column rule or without."""
    rows = _rows(newspaper_pdf(tmp_path / "plan.pdf", rule, serif))
    assert rows == _expected()


def _edge(x0: float, top: float, x1: float, bottom: float) -> dict[str, float]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def test_a_lone_rule_down_the_gutter_is_a_column_rule_a_crossed_one_a_tables() -> None:
    cols = Columns(gutter=(280.0, 316.0), top=130.0, bottom=800.0)
    rule = _edge(298.0, 125.0, 298.5, 790.0)
    assert not ruled_across([rule], cols)
    # the same rule met by rules across (a table's rows, its frame): the sides are a table's columns
    rows = [_edge(50.0, y, 545.0, y + 0.5) for y in (200.0, 300.0, 400.0)]
    assert ruled_across([rule, *rows], cols)
    # a short upright rule in the gutter (a table's, beside a few of its rows) is no column rule
    assert ruled_across([_edge(298.0, 300.0, 298.5, 400.0)], cols)


def test_a_lone_separator_mark_is_no_column_gap() -> None:
    """'Lead: Head of SEND  |  Timescale: January': the wide spaces of a justified line round the
    mark are no gap between a table's columns; a gap between two words is one."""
    line = text_lines(words_of([(50.0, 100.0, "Lead: Head of SEND"), (150.0, 100.0, "|"),
                                (170.0, 100.0, "Timescale: January")]))[0]
    assert len(line.segments) == 3 and _gap_edges(line) == []
    line = text_lines(words_of([(50.0, 100.0, "Lead: Head of SEND"), (170.0, 100.0, "Timescale: January")]))[0]
    assert len(_gap_edges(line)) == 1


def test_the_pages_foot_is_the_first_margin_line_set_apart() -> None:
    body = [(50.0, 700.0 + 12.5 * i, "running text of the column goes on") for i in range(6)]
    foot = [(50.0, 807.0, "Practice Improvement Plan 2025")]
    lines = text_lines(words_of(body + foot, size=9.5))
    assert _foot_apart(lines, 783.0) == 807.0
    # a column's last lines running on into the margin, no white above them: the column's own
    lines = text_lines(words_of(body + [(50.0, 775.0 + 12.5 * i, "more running text") for i in range(3)],
                                size=9.5))
    assert _foot_apart(lines, 783.0) == float("inf")


def numbered_docx(path: Path, heading: str) -> Path:
    """Word: numbered actions running 1–12 through four headed sections, a line of labels of its own
    under each (a two-column section's paragraphs are in reading order already)."""
    import docx
    d = docx.Document()
    d.add_paragraph("Borough Council")
    d.add_paragraph().add_run("Council Delivery Plan 2025/26").bold = True
    d.add_paragraph(INTRO)
    n = 0
    for k, (_, title, actions) in enumerate(AREAS, 1):
        d.add_paragraph().add_run(heading.format(ref=k, title=title)).bold = True
        for text, lead, due, status in actions[:3]:
            n += 1
            d.add_paragraph(f"{n}.\t{text}.")
            d.add_paragraph(f"Responsible: {lead}  |  Due: {due}  |  Status: {status}")
    d.save(str(path))
    return path


@pytest.mark.parametrize("heading", ["Section {ref} – {title}", "{ref} {title}"])
def test_numbered_paragraphs_with_label_lines_are_labelled_actions(tmp_path: Path, heading: str) -> None:
    rows = _rows(numbered_docx(tmp_path / "plan.docx", heading))
    expected = [(str(k), title, text + ".", lead, status) for k, (_, title, actions) in enumerate(AREAS, 1)
                for text, lead, _, status in actions[:3]]
    assert rows == expected
