"""A delivery plan's two columns of what is done: a commitment printed once over the deliverables
that carry it out ('Council Plan commitment | Deliverable | Lead | Q1 … Q4 | Target date').

Both headings read as the action ('commitment' more surely than 'deliverable'); the cells decide: the
column that groups the other's rows (merged down, left blank under its first row, or printed alike on
each) is what the actions serve, the objective, and the column of one cell per row holds the actions.
A column of commitments each on its own row, beside its deliverable, keeps the action."""
from __future__ import annotations

from docx import Document

import planx
from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.headers import read_header

HEADINGS = ["Council Plan commitment", "Deliverable", "Lead", "Target date", "Status"]


def _fields(cells: list[str], below: list[list[str]]) -> list[str]:
    header = read_header([(k, 1, t) for k, t in enumerate(cells)],
                         below=[[(k, t) for k, t in enumerate(row)] for row in below], first=True)
    assert header is not None
    return [c.field for c in header.columns]


ROWS = [
    ["Reduce the borough's carbon emissions", "Replace 40 fleet vehicles with electric alternatives",
     "Head of Fleet", "July 2023", "In progress"],
    ["", "Install solar panels on ten council buildings", "Estates Manager", "Feb-24", "Complete"],
    ["Keep our streets clean and safe", "Extend CCTV coverage to three town centre car parks",
     "Head of Community Safety", "November 2023", "Not started"],
    ["", "Introduce a weekly food waste collection", "Head of Waste", "Oct-23", "On track"],
]


def test_a_commitment_left_blank_under_its_first_deliverable_is_the_objective():
    assert _fields(HEADINGS, ROWS)[:2] == ["objective", "action"]


def test_a_commitment_printed_alike_on_each_of_its_rows_is_the_objective():
    # a Word table's merged cell comes out with its text on every row it spans
    rows = [row[:] for row in ROWS]
    rows[1][0], rows[3][0] = rows[0][0], rows[2][0]
    assert _fields(["What we said we would do", "Key deliverable", "Lead", "Due by", "Status"], rows)[:2] \
        == ["objective", "action"]


def test_a_commitment_beside_a_surer_action_heading_is_the_objective():
    # 'Activity' takes the action by its heading; the commitment grouping its rows is what it serves
    assert _fields(["Our commitment", "Activity", "Accountable officer", "Target date", "Current status"],
                   ROWS)[:2] == ["objective", "action"]


def test_a_column_of_one_commitment_per_row_keeps_the_action():
    rows = [row[:] for row in ROWS]
    rows[1][0], rows[3][0] = "Cut energy use in council buildings", "Reduce food waste sent to landfill"
    assert _fields(HEADINGS, rows)[:2] == ["action", ""]


def test_a_band_across_the_table_is_no_commitment_of_its_own():
    # a priority printed across every column (a merged band) groups nothing by itself
    band = ["Strategic priority 1 - Safe, clean and green neighbourhoods"] * 5
    assert _fields(HEADINGS, [band, ROWS[0], ROWS[1]])[:2] == ["action", ""]
    assert _fields(HEADINGS, [band, *ROWS])[:2] == ["objective", "action"]


def test_a_word_delivery_plan_with_quarter_ticks_gives_one_action_per_deliverable(tmp_path):
    doc = Document()
    doc.add_heading("Council Plan Delivery Plan 2024/25", 0)
    heads = ["Commitment", "Deliverable", "Lead", "Q1", "Q2", "Q3", "Q4", "Target date", "RAG status"]
    body = [
        ["Priority 1: Healthy and independent residents"] * 9,
        ["Help older people live independently for longer",
         "Open a second extra care housing scheme in the north of the borough", "Head of Early Help",
         "✓", "✓", "", "", "30 Dec 2024", "AMBER"],
        ["", "Expand the reablement service to offer support seven days a week", "James Chowdhury",
         "", "✓", "", "✓", "31 Mar 2025", "RED"],
        ["Improve mental health and wellbeing", "Commission a community mental health hub with the NHS",
         "Director of Place", "✓", "", "", "", "1 Jun 2024", "GREEN"],
        ["", "Deliver suicide prevention training to frontline council staff", "Head of Public Health",
         "", "", "✓", "", "28 Feb 2025", "GREEN"],
    ]
    table = doc.add_table(rows=1 + len(body), cols=len(heads))
    for c, text in enumerate(heads):
        table.cell(0, c).text = text
    for r, texts in enumerate(body, start=1):
        for c, text in enumerate(texts):
            if r == 1 and c:
                continue
            table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(1, 8))
    table.cell(2, 0).merge(table.cell(3, 0))  # the commitment merged down over its deliverables
    table.cell(4, 0).merge(table.cell(5, 0))
    path = tmp_path / "delivery_plan.docx"
    doc.save(str(path))
    result = planx.convert_file(str(path))
    assert [(a.objective, a.action, a.lead) for a in result.actions] == [
        ("Help older people live independently for longer",
         "Open a second extra care housing scheme in the north of the borough", "Head of Early Help"),
        ("Help older people live independently for longer",
         "Expand the reablement service to offer support seven days a week", "James Chowdhury"),
        ("Improve mental health and wellbeing", "Commission a community mental health hub with the NHS",
         "Director of Place"),
        ("Improve mental health and wellbeing", "Deliver suicide prevention training to frontline council staff",
         "Head of Public Health")]


def test_headings_printed_again_over_a_pages_last_rows_read_as_on_the_first_page():
    """A table that goes on over a page prints its two heading rows again ('Delivery milestones' over
    'Q1 … Q4') over one commitment and its two deliverables: too few rows to show the grouping, which
    the first page showed; the first heading row printed again reads as it did there."""
    top = ["Commitment", "Deliverable", "Lead", "Delivery milestones 2024/25", "", "", "", "Due by", "Status"]
    quarters = ["", "", "", "Q1", "Q2", "Q3", "Q4", "", ""]
    page1 = [
        ["Help older people live independently for longer", "Open a second extra care housing scheme",
         "Head of Early Help", "✓", "✓", "", "", "30/12/2024", "Delayed"],
        ["", "Expand the reablement service to seven days a week", "James Chowdhury", "", "✓", "", "✓",
         "31/03/2025", "On track"],
        ["Support local businesses to grow", "Open the new enterprise hub at the former library",
         "Director of Place", "✓", "", "", "", "01/06/2024", "Complete"],
        ["", "Launch a business support grant scheme", "Head of Economy", "", "", "✓", "", "28/02/2025",
         "On track"],
    ]
    page2 = [
        ["Improve mental health and wellbeing", "Commission a community mental health hub with the NHS",
         "Nicola Griffiths", "", "✓", "✓", "✓", "17/03/2025", "Behind schedule"],
        ["", "Deliver suicide prevention training to frontline council staff", "Sarah Ashworth", "✓", "", "",
         "", "30/06/2024", "Completed"],
    ]
    rows = []
    for page, body in ((1, page1), (2, page2)):
        for texts in (top, quarters, *body):
            cells = [Cell(t, k) for k, t in enumerate(texts)]
            if texts is top:
                cells = [*cells[:3], Cell(top[3], 3, colspan=4), *cells[7:]]
            rows.append(Row(cells, page=page, line=len(rows) + 1))
    actions = normalise(RawDocument(path="", name="d.pdf", format="pdf", blocks=[Table(rows, page=1, index=1)])).actions
    assert [(a.objective, a.action) for a in actions][-2:] == [
        ("Improve mental health and wellbeing", "Commission a community mental health hub with the NHS"),
        ("Improve mental health and wellbeing", "Deliver suicide prevention training to frontline council staff")]
    assert len(actions) == 6
