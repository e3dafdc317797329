"""A plan printed two pages per landscape sheet (2-up), and headings that number objectives within
an area ('Area 1: …' over 'Objective 1.1: …' over a table of actions 1.1.1, 1.1.2).

2-up: the sheet's two pages stand side by side, a clear strip down the middle, each with its own
footer ('… Page 1' / '… Page 2'): each half is read as a page of its own, left then right, so the
left page's headings and tables are not read across into the right page's. Objective headings: a
heading whose code goes a level below the area heading above it is the objective within that area,
the area stays. Written with reportlab (a sheet drawn as two half-size pages) and python-docx.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import add_word_table, read

import planx
from planx.extract.pdfobjects import PageObjects
from planx.extract.pdftwoup import sheet_halves

TITLE = "Youth Justice Improvement Plan 2025-26"
HEAD = ["Ref", "Action", "Lead", "Due", "RAG"]
# (area ref, area, [(objective ref, objective, [(action, lead, due, rag)])])
PLAN = [
    ("1", "Prevention and diversion", [
        ("1.1", "Fewer children enter the justice system", [
            ("Open a diversion panel with the police", "Ola Grant", "March 2026", "Green"),
            ("Screen every first-time entrant for speech needs", "Raj Mehta", "May 2026", "Amber")]),
        ("1.2", "Schools refer children to the service early and with consent", [
            ("Train school leads on the referral pathway", "Eve Stone", "June 2026", "Green")])]),
    ("2", "Resettlement", [
        ("2.1", "Children leaving custody have a home to go to", [
            ("Agree a housing protocol with the district councils", "Tom Hale", "April 2026", "Red"),
            ("Hold a planning meeting ten days before release", "Ada Cole", "July 2026", "Green")])]),
]
EXPECTED = [(a_ref, area, objective, action) for a_ref, area, objectives in PLAN
            for _, objective, actions in objectives for action, *_ in actions]


def _page_story(area_ref: str, area: str, objectives: list, ruled: bool = True) -> list:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8)
    h3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=4)
    story: list = [Paragraph(f"Area {area_ref}: {area}", h2)]
    for o_ref, objective, actions in objectives:
        story.append(Paragraph(f"Objective {o_ref}: {objective}", h3))
        rows = [[Paragraph(h, h3) for h in HEAD]]
        rows += [[Paragraph(v, body) for v in (f"{o_ref}.{k}", *act)] for k, act in enumerate(actions, 1)]
        t = Table(rows, colWidths=[40, 200, 90, 80, 50])
        t.setStyle(TableStyle(([("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else [])
                              + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [t, Spacer(1, 8)]
    return story


def two_up_pdf(path: Path) -> Path:
    """One landscape sheet holding two A4 pages at half size, side by side, each with its footer."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, Paragraph
    sheet_w, sheet_h = landscape(A4)
    page_w, page_h = A4
    scale = (sheet_w / 2) / page_w
    c = Canvas(str(path), pagesize=landscape(A4))
    for k, (area_ref, area, objectives) in enumerate(PLAN):
        c.saveState()
        c.translate(k * sheet_w / 2, (sheet_h - page_h * scale) / 2)
        c.scale(scale, scale)
        story = _page_story(area_ref, area, objectives)
        if k == 0:
            story.insert(0, Paragraph(TITLE, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16,
                                                            leading=20)))
        Frame(50, 80, page_w - 100, page_h - 130).addFromList(story, c)
        c.setFont("Helvetica", 8)
        c.drawString(50, 40, TITLE)
        c.drawRightString(page_w - 50, 40, f"Page {k + 1}")
        c.restoreState()
    c.showPage()
    c.save()
    return path


def borderless_pdf(path: Path) -> Path:
    """The plan on portrait pages, its tables drawn with no rulings (the headings between them may be
    read as rows of one table)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    story: list = [Paragraph(TITLE, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20))]
    for area_ref, area, objectives in PLAN:
        story += _page_story(area_ref, area, objectives, ruled=False)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def word_plan(path: Path) -> Path:
    import docx
    d = docx.Document()
    d.add_heading(TITLE, 0)
    for area_ref, area, objectives in PLAN:
        d.add_heading(f"Area {area_ref}: {area}", 1)
        for o_ref, objective, actions in objectives:
            d.add_heading(f"Objective {o_ref}: {objective}", 2)
            add_word_table(d, HEAD, [(f"{o_ref}.{k}", *act) for k, act in enumerate(actions, 1)])
    d.save(str(path))
    return path


WRITERS = {"two_up": two_up_pdf, "borderless": borderless_pdf, "docx": word_plan}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_objective_headings_within_areas(tmp_path: Path, kind: str):
    plan = WRITERS[kind](tmp_path / f"plan.{'docx' if kind == 'docx' else 'pdf'}")
    planx.convert([plan], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [(a["area_ref"], a["area"], a["objective"], a["action"]) for a in actions] == EXPECTED
    assert [a["lead"] for a in actions][:2] == ["Ola Grant", "Raj Mehta"]


def _char(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5, "top": top, "bottom": top + 8, "size": 8, "upright": True}


def _footer_chars(text: str, x0: float, top: float) -> list[dict]:
    return [_char(ch, x0 + 5 * k, top) for k, ch in enumerate(text)]


def test_sheet_halves_needs_two_footers_and_a_clear_middle():
    w, h = 842.0, 595.0
    body = [_char("A", 60, 100), _char("B", 480, 100)]
    two = body + _footer_chars("Plan Page 1", 60, 570) + _footer_chars("Plan Page 2", 480, 570)
    halves = sheet_halves(PageObjects(None, w, h, chars=two))
    assert halves is not None and [p.width for p in halves] == [w / 2, w / 2]
    assert halves[1].chars[0]["x0"] == pytest.approx(480 - w / 2)
    # one footer across the sheet, or a line running over the middle: one page
    assert sheet_halves(PageObjects(None, w, h, chars=body + _footer_chars("Plan Page 1", 60, 570))) is None
    across = two + [_char("x", w / 2 - 2, 200)]
    assert sheet_halves(PageObjects(None, w, h, chars=across)) is None
    # a portrait page is never a sheet of two
    assert sheet_halves(PageObjects(None, h, w, chars=two)) is None
