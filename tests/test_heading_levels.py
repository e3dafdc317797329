"""What a heading over a small table heads: one piece of work whose steps the rows are, or a group
whose rows are pieces of work of their own (normalise/sections.py).

The shapes are those of real performance plans: a strategy set as 'Strategy 2:' in large bold type
with its title on the line below, a paragraph or two and a 'Goal:' line, then 'Key milestones |
Milestone due date | Milestone status | Owner | Barriers', each milestone owned by its own office;
one such strategy per page, the next page opening with 'Strategy 3:'. A person reads each row as an
action (it has an owner and a status of its own) and the strategy as their area. Under 'Action 3:'
the same table lists that action's steps, whoever takes each.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.sections import join_split_headings

KEY = ["Key milestones", "Milestone due date", "Milestone status", "Owner"]


def doc(*blocks: Paragraph | Table, fmt: str = "pdf") -> RawDocument:
    return RawDocument(path=f"plan.{fmt}", name=f"plan.{fmt}", format=fmt, blocks=list(blocks))


def big(text: str, line: int, page: int = 1) -> Paragraph:
    return Paragraph(text=text, page=page, line=line, heading=True, size=16.0, bold=True)


def body(text: str, line: int, page: int = 1) -> Paragraph:
    return Paragraph(text=text, page=page, line=line, size=10.0)


def table(index: int, rows: list[list[str]], page: int = 1, line: int = 100) -> Table:
    return Table(rows=[Row([Cell(t, c) for c, t in enumerate(r)], page, line + k) for k, r in enumerate(rows)],
                 page=page, index=index)


# ---- a heading split over two lines -----------------------------------------------------------------

def test_a_bare_number_and_its_title_in_the_same_type_are_one_heading():
    raw = join_split_headings(doc(big("Strategy 2:", 1), big("Develop implementation guidelines", 2),
                                  body("Build the framework into the way we work.", 3)))
    assert [b.text for b in raw.blocks] == ["Strategy 2: Develop implementation guidelines",
                                            "Build the framework into the way we work."]


@pytest.mark.parametrize("second", [
    body("Develop implementation guidelines", 2),  # body text under a heading: no part of it
    big("Owner: Finance team", 2),  # a labelled line set large is still a labelled line
    big("Strategy 3:", 2),  # the next bare heading
    big("Develop implementation guidelines", 2, page=2),  # the next page's first line
])
def test_a_bare_number_keeps_apart_from_a_line_that_is_no_title_of_it(second):
    raw = join_split_headings(doc(big("Strategy 2:", 1), second))
    assert len(raw.blocks) == 2


def test_a_numbered_part_of_the_document_keeps_apart_from_its_title():
    """'APPENDIX 1' over 'ACTION PLAN': a part of the document, the line below its own title."""
    raw = join_split_headings(doc(big("APPENDIX 1", 1), big("ACTION PLAN", 2)))
    assert [b.text for b in raw.blocks] == ["APPENDIX 1", "ACTION PLAN"]


# ---- rows that are pieces of work of their own ------------------------------------------------------

STRATEGIES = [
    ("1", "Increase the granularity of reported spend",
     [["Agencies adopt the standard cost model", "Q4FY19", "On track", "Federal agencies"],
      ["Publish the cost model guidance", "Q2FY19", "Complete", "OMB"]]),
    ("2", "Develop implementation guidelines",
     [["Complete the cost pool report", "Q3FY18", "On track", "GSA"],
      ["Determine the data needed", "Q1FY19", "Not started", "GSA"],
      ["Standardise business unit elements", "Q1FY19", "Not started", "OMB, agencies"]]),
    ("3", "Adopt the model across government",  # two rows, one owner: the same table, so the same reading
     [["Agencies set out a multi-year strategy", "Q2FY19", "Not started", "Agencies"],
      ["Phased implementation", "Q4FY22", "Not started", "Agencies"]]),
]


def _strategies(word: str) -> RawDocument:
    blocks: list[Paragraph | Table] = [big("IT Cost Transparency: Action Plan", 1)]
    for k, (ref, title, rows) in enumerate(STRATEGIES):
        page = k + 1
        blocks += [big(f"{word} {ref}:", 10, page), big(title, 11, page),
                   body("We will build this into the way government does business.", 12, page),
                   body(f"Goal: {title.lower()} by the end of the plan.", 13, page),
                   table(k + 1, [KEY, *rows], page=page)]
    return doc(*blocks)


def test_milestone_rows_with_their_own_owners_under_a_strategy_are_its_actions():
    r = normalise(join_split_headings(_strategies("Strategy")))
    got = [(a.area_ref, a.area, a.action, a.lead) for a in r.actions]
    assert got == [(ref, title, row[0], row[3]) for ref, title, rows in STRATEGIES for row in rows]
    assert not any(a.milestones for a in r.actions)
    assert not any("read as one action each" in w for w in r.warnings)


def test_under_action_headings_the_same_rows_are_the_actions_milestones():
    r = normalise(join_split_headings(_strategies("Action")))
    assert [(a.ref, a.action) for a in r.actions] == [(ref, title) for ref, title, _ in STRATEGIES]
    assert [[m.milestone for m in a.milestones] for a in r.actions] == \
        [[row[0] for row in rows] for _, _, rows in STRATEGIES]


def test_one_owner_for_every_row_leaves_the_section_one_action():
    """'Priority 1. Reduce the backlog' / 'Lead officer: …' over 'Milestone | Due | Owner' where the
    owner column repeats one name: the rows are that action's steps."""
    rows = [["Agree a recovery plan", "April 2025", "Head of SEND"],
            ["Clear reviews older than a year", "September 2025", "Head of SEND"]]
    r = normalise(doc(big("SEND Improvement Plan", 1),
                      big("Priority 1. Reduce the backlog of annual reviews", 2), body("Lead officer: Head of SEND", 3),
                      table(1, [["Milestone", "Target date", "Owner"], *rows]),
                      big("Priority 2. Improve the timeliness of EHC plans", 20),
                      body("Lead officer: SEND Manager", 21),
                      table(2, [["Milestone", "Target date", "Owner"],
                                ["Recruit two caseworkers", "May 2025", "SEND Manager"],
                                ["Audit new plans", "June 2025", "SEND Manager"]], line=200)))
    assert [(a.action, len(a.milestones)) for a in r.actions] == [
        ("Reduce the backlog of annual reviews", 2), ("Improve the timeliness of EHC plans", 2)]


# ---- end to end: a printed plan, one strategy a page -------------------------------------------------

def test_a_printed_plan_with_a_strategy_a_page_reads_every_strategy_as_an_area(tmp_path: Path):
    """Each page opens with 'Strategy N:' in large type; a page's opening line in large type is
    dropped only when it repeats the page before's word for word, so 'Strategy 3:' after 'Strategy
    2:' is kept (a running title would be the same text)."""
    pytest.importorskip("reportlab")
    import planx
    from samples.layout_render import Break, C, Doc, Grid, Text, write_reportlab
    blocks: list[Text | Grid | Break] = [Text("IT Cost Transparency: Action Plan", "title"),
                                         Text("This plan sets out how agencies will report what IT costs.")]
    for k, (ref, title, rows) in enumerate(STRATEGIES):
        if k:
            blocks.append(Break())
        blocks += [Text(f"Strategy {ref}:", "big"), Text(title, "big"),
                   Text("We will build this into the way government does business."),
                   Text(f"Goal: {title.lower()} by the end of the plan.")]
        grid = [[C(t, bold=r == 0) for t in row] for r, row in enumerate([KEY, *rows])]
        blocks.append(Grid(grid, widths=[4, 1.4, 1.4, 1.6], font=9))
    path = tmp_path / "strategies.pdf"
    write_reportlab(Doc(blocks=blocks), path)
    result = planx.convert_file(str(path))
    got = [(a.area_ref, a.area, a.action, a.lead, a.status_raw) for a in result.actions]
    assert got == [(ref, title, row[0], row[3], row[2]) for ref, title, rows in STRATEGIES for row in rows]


# ---- area headings in bold over a plan table ---------------------------------------------------------

WHAT_WHO_WHEN = ["Actions (what we will do)", "Who?", "By when", "How will we know?", "Status"]


def _focus_plan(word: str) -> RawDocument:
    """A school's plan: 'Improvement Focus N: title' in bold at body size, a 'Strategic lead:' line,
    then the focus's table of actions."""
    blocks: list[Paragraph | Table] = [Paragraph("Brookfield Academy: School Improvement Plan 2024-25", 1, 1,
                                                 bold=True, size=16.0)]
    focuses = [("Raise attendance and reduce persistent absence", "Rachel Marsden (Maths Lead)",
                [["Track attendance of disadvantaged pupils weekly", "Rajesh Tennant", "18.04.2026",
                  "Gap narrows", "On track"]]),
               ("Improve behaviour and attitudes to learning", "Aisha Marsden (Attendance Officer)",
                [["Train midday supervisors in the behaviour policy", "Yusuf Kaur", "Apr-26", "Fewer incidents",
                  "Behind schedule"]])]
    for n, (title, lead, rows) in enumerate(focuses, 1):
        blocks += [Paragraph(f"{word} {n}: {title}", 1, 10 * n, bold=True, size=12.0),
                   Paragraph(f"Strategic lead: {lead}", 1, 10 * n + 1, size=11.0),
                   table(n, [WHAT_WHO_WHEN, *rows], line=10 * n + 2)]
    return RawDocument(path="sip.docx", name="sip.docx", format="docx", blocks=blocks)


@pytest.mark.parametrize("word", ["Improvement Focus", "Line of Enquiry", "Focus Area", "Theme"])
def test_numbered_bold_headings_over_the_tables_give_their_area(word):
    r = normalise(_focus_plan(word))
    assert [(a.area_ref, a.area, a.area_lead) for a in r.actions] == [
        ("1", "Raise attendance and reduce persistent absence", "Rachel Marsden (Maths Lead)"),
        ("2", "Improve behaviour and attitudes to learning", "Aisha Marsden (Attendance Officer)")]


def test_in_plain_text_a_line_numbered_as_a_heading_over_a_table_gives_its_area():
    """Plain text sets nothing apart by style: 'Improvement Focus A - …' over 'Lead: …' and the
    focus's table is the area heading by its numbering alone."""
    styled = _focus_plan("Improvement Focus")
    plain = [replace(b, bold=False, size=0.0) if isinstance(b, Paragraph) else b for b in styled.blocks]
    plain = [replace(b, text=b.text.replace(" 1:", " A -").replace(" 2:", " B -")) if isinstance(b, Paragraph)
             else b for b in plain]
    r = normalise(RawDocument(path="sip.txt", name="sip.txt", format="txt", blocks=plain))
    assert [(a.area_ref, a.area) for a in r.actions] == [
        ("A", "Raise attendance and reduce persistent absence"), ("B", "Improve behaviour and attitudes to learning")]
