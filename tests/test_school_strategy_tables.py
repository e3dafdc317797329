"""A pupil premium strategy statement's run of tables, each under a bold title of its own.

'Strategy aims for disadvantaged pupils' over 'Measure | Activity', 'Teaching priorities for current
academic year' over 'Aim | Target | Target date', then 'Targeted academic support …' and 'Wider
strategies …' over 'Measure | Activity | Target date'. Main read the first two tables under an
earlier heading, left the Aim table unread (its 'Target' cells were no instructions by their first
word) and put the aims under 'Measure' in measure. Rules: normalise/headers._aims_under_measure_heading
(a measure of aims beside the actions is the objective), block_headings.bold_titles_over_alike_tables
(a title inside the run of titled tables names its group though its table has another shape), a
document kind's word before a word of aims ('Strategy aims') names no kind of document, and
'Release time for …' opens with a verb of action.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import planx

AIMS = [("Raise standards in reading and writing including phonics screening",
         "Train all teachers to deliver the phonics programme"),
        ("To secure high attainment across a broad and balanced curriculum",
         "Continuity of provision for pupils during the pandemic, in school or remote"),
        ("Engage pupils in wider opportunities.", "Secure engagement in all aspects of wider school life.")]
PRIORITIES = [("Adapted curriculum to address gaps.", "Dedicated termly planning days to plan high quality work",
               "July 2021"),
              ("Embed synthetic phonics to raise standards.", "Release time for teachers to monitor planning",
               "March 2021"),
              ("To ensure continuity of provision for pupils", "Ensure provision of devices and access to broadband.",
               "July 2021")]
SUPPORT = [("Accelerate progress in reading for Year 3 and 4 pupils.", "Phonics booster sessions for year 3 and 4",
            "July 2021"),
           ("To support positive SEMH and pupil well-being.", "Access nurture and professional support for pupils",
            "July 2021")]
WIDER = [("Raised attendance", "Additional funded sessions at nursery for pupils", "July 2021"),
         ("Promote engagement with wider opportunities", "Enrichment activities after school", "July 2021")]
PARTS = [("Strategy aims for disadvantaged pupils", ["Measure", "Activity"], AIMS),
         ("Teaching priorities for current academic year", ["Aim", "Target", "Target date"], PRIORITIES),
         ("Targeted academic support for current academic year", ["Measure", "Activity", "Target date"], SUPPORT),
         ("Wider strategies for current academic year", ["Measure", "Activity", "Target date"], WIDER)]
WANT = [(title, row[0], row[1]) for title, _, rows in PARTS for row in rows]


def _docx(path: Path) -> Path:
    import docx
    d = docx.Document()
    d.add_heading("Pupil Premium Strategy Statement 2020 - 2021", level=1)
    d.add_paragraph("Pupil premium funding is a national initiative designed to raise attainment.")
    for title, head, rows in PARTS:
        p = d.add_paragraph()
        p.add_run(title).bold = True
        t = d.add_table(rows=1 + len(rows), cols=len(head))
        t.style = "Table Grid"
        for k, h in enumerate(head):
            t.cell(0, k).text = h
        for r, row in enumerate(rows, 1):
            for k, v in enumerate(row):
                t.cell(r, k).text = v
    d.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=12)
    bold = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=12, leading=15)
    story: list[object] = [Paragraph("Pupil Premium Strategy Statement 2020 - 2021",
                                     ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20)),
                           Paragraph("Pupil premium funding is a national initiative designed to raise attainment.",
                                     body)]
    for title, head, rows in PARTS:
        story += [Spacer(1, 12), Paragraph(title, bold), Spacer(1, 6)]
        widths = [170, 250, 80][: len(head)]
        t = Table([[Paragraph(h, body) for h in head]] + [[Paragraph(v, body) for v in row] for row in rows],
                  colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


@pytest.mark.parametrize("make,name", [(_docx, "statement.docx"), (_pdf, "statement.pdf")])
def test_each_titled_table_gives_its_area_and_its_aims_the_objective(tmp_path: Path, make: object, name: str) -> None:
    result = planx.convert_file(str(make(tmp_path / name)))  # type: ignore[operator]
    got = [(a.area, " ".join(a.objective.split()), " ".join(a.action.split())) for a in result.actions]
    assert got == WANT


def _header(head: list[str], rows: list[list[str]]):  # type: ignore[no-untyped-def]
    from planx.normalise.headers import read_header
    cells = [(k, 1, h) for k, h in enumerate(head)]
    below = [[(k, v) for k, v in enumerate(r)] for r in rows]
    return read_header(cells, below, first=True, evidence=below)


def test_a_measure_of_aims_beside_the_actions_is_the_objective() -> None:
    h = _header(["Measure", "Activity", "Target date"], [list(r) for r in SUPPORT + WIDER])
    assert h is not None and [c.field for c in h.columns] == ["objective", "action", "due"]


@pytest.mark.parametrize("measures", [
    ["% of pupils reaching the expected standard", "Attendance above 96%", "Number of exclusions"],
    ["Reduce persistent absence to 10% by July", "Increase the proportion of pupils at greater depth"],
    ["Attendance", "Reading ages", "Exclusions"],
])
def test_a_measure_of_indicators_or_names_stays_the_measure(measures: list[str]) -> None:
    rows = [[m, f"Run the {k} programme of support for pupils", "July 2021"] for k, m in enumerate(measures)]
    h = _header(["Measure", "Activity", "Target date"], rows)
    assert h is not None and [c.field for c in h.columns][:2] == ["measure", "action"]


@pytest.mark.parametrize("heading", ["Success measure(s)", "Performance measure", "Success measures"])
def test_a_qualified_measure_heading_stays_the_measure_though_its_cells_open_with_verbs(heading: str) -> None:
    # a children's services tracker: 'Success measure(s)' over indicator names, some of them opening
    # with a verb ('Review health assessments on time') - the heading names the measure surely
    rows = [["Review health assessments on time", "Introduce health assessment notification arrangements",
             "Mark Dunmore"],
            ["Review health assessments on time", "Refresh the Strengths and Difficulties Questionnaire process",
             "Priya Brennan"],
            ["Care leavers with a health passport", "Undertake a review of the health service for care leavers",
             "Colin Jepson"]]
    h = _header([heading, "Action", "Lead"], rows)
    assert h is not None and [c.field for c in h.columns] == ["measure", "action", "lead"]


def test_release_time_is_an_instruction() -> None:
    from planx.normalise.columns import looks_like_action
    assert looks_like_action("Release time for teachers to monitor planning")
    assert looks_like_action("Release staff to attend the training")


def test_a_kind_of_document_before_aims_names_the_aims() -> None:
    from planx.extract.model import Cell as C
    from planx.extract.model import Paragraph, Row, Table
    from planx.normalise.block_headings import heading_areas

    def table(index: int, head: list[str]) -> Table:
        heading = Row([C(text=h, col=k) for k, h in enumerate(head)], page=1, line=1)
        body = Row([C(text=f"Do thing {k}", col=k) for k in range(len(head))], page=1, line=2)
        return Table(index=index, rows=[heading, body], page=1)

    def bold(text: str) -> Paragraph:
        return Paragraph(text=text, page=1, line=0, bold=True)
    blocks = [bold("Strategy aims for disadvantaged pupils"), table(1, ["Measure", "Activity"]),
              bold("Teaching priorities for current academic year"), table(2, ["Aim", "Target", "Target date"]),
              bold("Targeted academic support"), table(3, ["Measure", "Activity", "Target date"]),
              bold("Wider strategies"), table(4, ["Measure", "Activity", "Target date"])]
    areas = {blocks[i].text: v[1] for i, v in heading_areas(blocks).items()}  # type: ignore[union-attr]
    assert list(areas) == ["Strategy aims for disadvantaged pupils", "Teaching priorities for current academic year",
                           "Targeted academic support", "Wider strategies"]
    # near miss: the document's kind named as a heading ('Pupil Premium Strategy') names no area
    blocks[0] = bold("Pupil Premium Strategy 2020")
    assert "Pupil Premium Strategy 2020" not in {blocks[i].text for i in heading_areas(blocks)}  # type: ignore[union-attr]
