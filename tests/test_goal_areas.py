"""Which grouping is the area (docs/CONTRACT.md, actions.area; issue 14): the outermost grouping the
document numbers as a goal, its finer headings the objective; a one-item group still a list.

The shape is a school's strategic plan (The Carey School Strategic Plan 2014-2019, a Word document of
Normal paragraphs, no heading styles): a goal numbered in roman and set in bold ('I.  Specializing in
Elementary Education'), its goal sentence, then sub-headings in two halves (bold 'We Know Children and'
over plain 'Developmental stages') and plain short lines ('Character education') between bulleted
lists of actions; one sub-heading holds a single item ('Measure performance on a regular basis …').
Main read each sub-heading as the area and dropped the single items (their first words, 'Measure',
'Foster', read as nouns as well as verbs). The texts below are written for the test in that shape.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.normalise.commitments import _context_of

GOALS = [
    ("I.  Supporting Every Learner", [
        ("We Know Children and", "Developmental stages",
         ["Ensure our program centers on student age and interest levels.",
          "Deliver a challenging curriculum for every learner."]),
        ("", "Character education",
         ["Place greater emphasis on ethics and civics in the curriculum.",
          "Continue the integration of social emotional learning."]),
        ("We Prepare Children for", "The next school",
         ["Expand our connections with local middle schools.",
          "Offer support of learning resources to address specific needs."]),
    ]),
    ("II.  Growing Teaching Expertise", [
        ("We Know Teaching and", "Attracting great teachers",
         ["Conduct nationwide searches for job openings.",
          "Develop relationships with key teacher training programs."]),
        ("", "Achieving their personal best",
         ["Measure performance on a regular basis to promote growth and renewal."]),
        ("", "Classroom and career success",
         ["Inspire our staff through personalized professional development plans.",
          "Provide teachers with ample resources to succeed in the classroom."]),
    ]),
]


def _plan(path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph().add_run("THE SCHOOL STRATEGIC PLAN").bold = True
    for goal, groups in GOALS:
        d.add_paragraph().add_run(goal).bold = True
        d.add_paragraph("Our goal is to be a school that sets the standard for other schools.")
        for first, second, items in groups:
            if first:
                d.add_paragraph().add_run(first).bold = True
            d.add_paragraph(second)
            for item in items:
                d.add_paragraph(item, style="List Bullet")
    d.save(str(path))


def test_the_numbered_goal_is_the_area_and_the_sub_heading_the_objective(tmp_path: Path) -> None:
    import planx
    path = tmp_path / "strategic_plan.docx"
    _plan(path)
    result = planx.convert_file(path)
    got = {a.action: (a.area, a.objective) for a in result.actions}
    assert got["Ensure our program centers on student age and interest levels."] == \
        ("Supporting Every Learner", "We Know Children and Developmental stages")
    assert got["Place greater emphasis on ethics and civics in the curriculum."] == \
        ("Supporting Every Learner", "Character education")
    assert got["Conduct nationwide searches for job openings."] == \
        ("Growing Teaching Expertise", "We Know Teaching and Attracting great teachers")
    # the one item under its sub-heading, between two lists of the same goal, is an action as theirs are
    assert got["Measure performance on a regular basis to promote growth and renewal."] == \
        ("Growing Teaching Expertise", "Achieving their personal best")
    assert len(got) == sum(len(items) for _, groups in GOALS for _, _, items in groups)


def test_a_heading_numbered_in_roman_gives_its_number_and_title() -> None:
    assert _context_of("IV. Strengthening Our School ") == {"area_ref": "IV", "area": "Strengthening Our School"}
    assert _context_of("I.  Specializing in Elementary Education")["area"] == "Specializing in Elementary Education"
    assert _context_of("Developmental stages") == {"area_ref": "", "area": "Developmental stages"}


UNNUMBERED = """# Our strategy

## Supporting every learner

### Developmental stages

- Ensure our program centers on student age and interest levels.
- Deliver a challenging curriculum for every learner.

### Character education

- Place greater emphasis on ethics and civics in the curriculum.
- Continue the integration of social emotional learning.

## Growing teaching expertise

### Attracting great teachers

- Conduct nationwide searches for job openings.
- Develop relationships with key teacher training programs.
"""


def test_sub_headings_under_an_unnumbered_theme_stay_the_area(tmp_path: Path) -> None:
    """The rule holds only where the document numbers the goal: unnumbered styled headings keep the
    nearest heading as the area (as before; the train plans and real strategies read so)."""
    from conftest import convert_text
    result = convert_text(tmp_path, "strategy.md", UNNUMBERED)
    areas = {a.action: a.area for a in result.actions}
    assert areas.get("Conduct nationwide searches for job openings.") == "Attracting great teachers"


def test_a_numbered_introduction_is_no_goal_over_the_themes_after_it(tmp_path: Path) -> None:
    """A plan that numbers the parts around it ('1. Introduction') and sets its themes as unnumbered bold
    lines: the themes stay the areas; only a numbered goal holds over finer headings."""
    import planx
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph().add_run("Community Action Plan 2025-2028").bold = True
    d.add_paragraph().add_run("1. Introduction").bold = True
    d.add_paragraph("This plan sets out what the council will do over the next three years.")
    themes = {"Housing": ["Build 200 affordable homes on council land.", "Review the allocations policy.",
                          "Open a second advice hub for private renters."],
              "Transport": ["Extend the cycle network to the new estates.", "Publish a parking strategy.",
                            "Replace the bus shelters on the high street."]}
    for theme, items in themes.items():
        d.add_paragraph().add_run(theme).bold = True
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    path = tmp_path / "community_plan.docx"
    d.save(str(path))
    areas = {a.action: a.area for a in planx.convert_file(path).actions}
    assert areas["Review the allocations policy."] == "Housing"
    assert areas["Publish a parking strategy."] == "Transport"


def _pdf_plan(path: Path, goals: list[tuple[str, list[tuple[str, str, list[str]]]]]) -> None:
    """The same plan printed as a PDF (the school's own layout): each goal an unnumbered heading in
    large bold type over its goal sentence, a sub-heading's first half partly in bold ('We Know
    Children and…'), its second in bold ('Developmental stages'), then its bullets."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    c = canvas.Canvas(str(path))
    y = 800.0
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, y, "The School Strategic Plan 2014-2019")
    y -= 40
    for goal, groups in goals:
        if y < 300:
            c.showPage()
            y = 800.0
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, y, goal)
        y -= 22
        c.setFont("Helvetica", 11)
        c.drawString(60, y, "Our goal is to be a school that sets the standard for other schools.")
        y -= 26
        for first, second, items in groups:
            if first:  # 'We Know Children' in bold, ' and…' plain, as printed
                lead, tail = first.rsplit(" ", 1)
                c.setFont("Helvetica-Bold", 11)
                c.drawString(60, y, lead)
                c.setFont("Helvetica", 11)
                c.drawString(60 + c.stringWidth(lead + " ", "Helvetica-Bold", 11), y, f"{tail}…")
                y -= 18
            c.setFont("Helvetica-Bold", 12)
            c.drawString(60, y, second)
            y -= 16
            c.setFont("Helvetica", 11)
            for item in items:
                c.drawString(72, y, f"• {item}")
                y -= 15
            y -= 6
    c.save()


def test_an_unnumbered_goal_over_bold_topics_is_the_area_in_a_pdf(tmp_path: Path) -> None:
    """Goals as large bold headings, each parted into bold topic lines like its siblings: the goal is
    the area, the topic (its plain first half joined) the objective, and a one-item topic between two
    of its goal's lists is read too. Main made each bold topic the area and dropped the lone items."""
    import planx
    goals = [(goal.split(None, 1)[1], groups) for goal, groups in GOALS]
    path = tmp_path / "strategic_plan.pdf"
    _pdf_plan(path, goals)
    got = {a.action: (a.area, a.objective) for a in planx.convert_file(path).actions}
    assert got["Ensure our program centers on student age and interest levels."] == \
        ("Supporting Every Learner", "We Know Children and Developmental stages")
    assert got["Place greater emphasis on ethics and civics in the curriculum."] == \
        ("Supporting Every Learner", "Character education")
    assert got["Conduct nationwide searches for job openings."] == \
        ("Growing Teaching Expertise", "We Know Teaching and Attracting great teachers")
    assert got["Measure performance on a regular basis to promote growth and renewal."] == \
        ("Growing Teaching Expertise", "Achieving their personal best")
    assert len(got) == sum(len(items) for _, groups in goals for _, _, items in groups)


def test_one_section_of_bold_topics_keeps_each_topic_as_the_area(tmp_path: Path) -> None:
    """Only one styled heading parted into bold topics ('Plans for the Pillars' / bold 'Induction
    Week' / • …): a section of topics, each the area (tests/test_society_plans.py's shape, printed)."""
    import planx
    goals = [("Supporting Every Learner", [("", "Developmental stages", ["Ensure our program centers on age.",
                                                                         "Deliver a challenging curriculum."]),
                                           ("", "Character education", ["Place greater emphasis on ethics.",
                                                                        "Continue social emotional learning."])])]
    path = tmp_path / "one_section.pdf"
    _pdf_plan(path, goals)
    got = {a.action: a.area for a in planx.convert_file(path).actions}
    assert got.get("Place greater emphasis on ethics.") == "Character education"


def _cover(d, lines: list[str], size: int = 16) -> None:
    from docx.shared import Pt
    for line in lines:
        run = d.add_paragraph().add_run(line)
        run.bold, run.font.size = True, Pt(size)


def test_a_cover_slogan_over_the_plan_name_still_names_the_plan(tmp_path: Path) -> None:
    """The Word version opens with its cover, three lines in one type: a slogan ('It's Elementary') over
    the name ('THE CAREY SCHOOL STRATEGIC PLAN') and its years. The lines set alike are one title, so
    the document calls itself a plan and its lists are read at the first reading. Main took the slogan
    alone as the title, weighed the lists as no plan's (confidence 0.26) and read fewer at the second."""
    import planx
    from planx.extract import extract
    from planx.normalise.commitments import document_kind, title_lines
    docx = pytest.importorskip("docx")
    d = docx.Document()
    _cover(d, ["It's Elementary", "THE SCHOOL STRATEGIC PLAN", "2014-2019"])
    for goal, groups in GOALS:
        _cover(d, [goal], 14)
        d.add_paragraph("Our goal is to be a school that sets the standard for other schools.")
        for first, second, items in groups:
            if first:
                d.add_paragraph().add_run(first).bold = True
            d.add_paragraph(second)
            for item in items:
                d.add_paragraph(item, style="List Bullet")
    path = tmp_path / "strategic_plan.docx"
    d.save(str(path))
    raw = extract(path)
    assert title_lines(raw)[:3] == ["It's Elementary", "THE SCHOOL STRATEGIC PLAN", "2014-2019"]
    assert document_kind(raw)[0]
    result = planx.convert_file(path)
    assert not any("a first reading found no plan" in w for w in result.warnings)
    got = {a.action: (a.area, a.objective) for a in result.actions}
    assert got["Measure performance on a regular basis to promote growth and renewal."] == \
        ("Growing Teaching Expertise", "Achieving their personal best")
    assert len(got) == sum(len(items) for _, groups in GOALS for _, _, items in groups)


def test_a_numbered_section_in_the_cover_type_is_no_title_line(tmp_path: Path) -> None:
    from planx.extract import extract
    from planx.normalise.commitments import title_lines
    docx = pytest.importorskip("docx")
    d = docx.Document()
    _cover(d, ["Community Action Plan", "1. Introduction", "Housing"])
    d.add_paragraph("This plan sets out what the council will do over the next three years.")
    path = tmp_path / "plan.docx"
    d.save(str(path))
    assert title_lines(extract(path)) == ["Community Action Plan"]
