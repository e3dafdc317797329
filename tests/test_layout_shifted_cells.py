"""Layout text (`pdftotext -layout`) whose columns the tool shifts sideways within some rows: a
lead's name printed a few characters left of its column, one space after the action's text
('... to improve the Marcus Lindqvist' where the Lead column starts at 'Lead'), and a heading
cell whose two labels touch ('Lead Officer Due') over two columns the body parts. The name is
the Lead column's cell (layouttext._shifted_names); the joined heading splits where the body's
columns say into two headings the vocabulary knows whole (layouttext.joined_headings). The shape
is that of the laytrain dev set (train086, train052: pdftotext -layout of the shared train PDFs)."""
from __future__ import annotations

from planx.extract.layouttext import _narrow_gutters, joined_headings, parse_layout
from planx.extract.model import Cell, Row, Table

SHIFTED = [
    "Calderbrook Ofsted Improvement Plan 2017-18",
    "Ref    Actions                                                        Lead                Due            Status",
    "1.1    Audit assessment training for practitioners and managers       Priya Rutherford/   Ongoing        Ongoing",
    "       to improve the analysis of risk and protective factors,        Marcus Lindqvist",
    "1.2    Deliver a practice workshop on analysis and decision           Margaret Naylor     March 2017     Overdue",
    "       making for all assessment teams",
    "1.3    Embed the single assessment practice guidance                  Priya Hollis        Dec 17         Underway",
    "2.1    Implement the early help assessment so that families are       Service Manager,    31/10/2017     InProgress",  # noqa: E501
    "       stepped down with a clear plan                                 MASH",
    "3.1    Revise the legal planning meeting minutes to improve the Marcus Lindqvist          January 17     Delayed",
    "       quality of statements filed at court, working with the police",
    "3.2    Review every case in pre-proceedings at the monthly legal Quentin Thackeray        Jul 17         Achieved",
    "       gateway meeting",
    "3.3    Strengthen court skills training for social workers to reduce Margaret Naylor /    December 17    In progress",  # noqa: E501
    "       the number of hearings adjourned                              Simon Marsden",
]


def test_name_set_left_of_its_column_starts_the_lead_cell():
    narrow = _narrow_gutters(SHIFTED)
    line = SHIFTED.index(next(t for t in SHIFTED if t.startswith("3.1")))
    # 'Marcus' (not 'Lindqvist', the space nearest the column) starts the Lead column's cell
    assert narrow[line] == {SHIFTED[line].index("Marcus"): SHIFTED[1].index("Lead")}
    doc = parse_layout(SHIFTED)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.rows[0].texts()[:3] == ["Ref", "Actions", "Lead"]
    leads = {r.cells[0].text: next(c.text for c in r.cells if c.col == 2) for r in table.rows[1:]}
    assert leads["3.1"] == "Marcus Lindqvist"
    assert leads["3.2"] == "Quentin Thackeray"
    assert leads["3.3"] == "Margaret Naylor /\nSimon Marsden"
    actions = {r.cells[0].text: next(c.text for c in r.cells if c.col == 1) for r in table.rows[1:]}
    assert actions["3.1"].split("\n")[0].endswith("to improve the")


def test_capitalised_words_of_the_cell_before_are_no_name():
    # the run's last words after a lower-case word are not all capitalised ('Early 1st May'):
    # no name moved
    lines = [
        "Ref   Action                                 Lead Officer Due              Status",
        "4.1   Evaluate the pathway plan template      Louise       Aug-11          Underway",
        "4.2   Review the pathway plan template      Head of Early 1st May         InProgress",
        "4.3   Establish personal adviser caseloads    Helen        30/11/11        In progress",
        "4.4   Publish the local offer                 Janet        15/03/12        Underway",
    ]
    narrow = _narrow_gutters(lines)
    assert lines[2].index("Early") not in narrow[2]


def _table(head: list[str], body: list[list[str]]) -> Table:
    rows = [Row(cells=[Cell(t, k) for k, t in enumerate(head)], page=1, line=1)]
    rows += [Row(cells=[Cell(t, k) for k, t in enumerate(r)], page=1, line=j + 2) for j, r in enumerate(body)]
    return Table(rows=rows, page=1, index=1)


def test_joined_heading_parts_where_the_body_does():
    table = _table(["Ref", "Action", "Lead Officer Due", "", "Status"],
                   [["1.1", "Introduce court skills", "Helen Rutherford", "Nov-11", "Not started"],
                    ["1.2", "Establish the PLO tracker", "Helen Rutherford", "07/06/11", "Completed"],
                    ["2.1", "Develop assessment training", "Siân Brennan", "2012", "Not started"]])
    joined_headings(table)
    assert table.rows[0].texts() == ["Ref", "Action", "Lead Officer", "Due", "Status"]


def test_joined_heading_stays_when_the_next_column_is_empty_or_the_label_is_one():
    empty = _table(["Ref", "Action", "Lead Officer Due", "", "Status"],
                   [["1.1", "Introduce court skills", "Helen Nov-11", "", "Not started"],
                    ["1.2", "Establish the PLO tracker", "Helen 07/06/11", "", "Completed"]])
    joined_headings(empty)
    assert empty.rows[0].texts()[2:4] == ["Lead Officer Due", ""]
    one = _table(["Ref", "Action", "Responsible officer", "", "Status"],
                 [["1.1", "Introduce court skills", "Helen", "x", "Not started"],
                  ["1.2", "Establish the PLO tracker", "Helen", "y", "Completed"]])
    joined_headings(one)
    assert one.rows[0].texts()[2:4] == ["Responsible officer", ""]


TITLED = [
    "APPENDIX 1",
    "",
    "ACTION PLAN",
    "Safeguarding and Looked After Children Inspection Action Plan",
    " Area for                Proposed action                 Intended outcome          Lead officer",
    " development",
    "",
    " Ensure that thresholds  Undertake a review of the early Step-down to early help is Aisha Latham",
    " are understood          help locality hubs              timely",
    "",
    " Improve the quality of  Revise multi-agency threshold   Fewer repeat referrals    Ravi Okafor",
    " assessments             training",
    *[""] * 60,  # (a page's height: a running header is looked for in its margin)
    "                                                                                      Page 1",
    "\fSafeguarding and Looked After Children Inspection Action Plan",
    "",
    " Reduce drift in plans   Review every plan at the panel  Plans progress on time    Ravi Okafor",
    "",
    " Strengthen supervision  Audit supervision records       Supervision is regular    Aisha Latham",
    *[""] * 60,
    "                                                                                      Page 2",
]


def test_running_title_set_in_the_first_page_text_stays():
    doc = parse_layout(TITLED)
    texts = [b.text for b in doc.blocks if not isinstance(b, Table)]
    # the first page's print (between 'ACTION PLAN' and the table's heading) is the page's text,
    # once; the second page's, at the top of its page and set apart, is the running header
    assert texts.count("Safeguarding and Looked After Children Inspection Action Plan") == 1
    title = "Safeguarding and Looked After Children Inspection Action Plan"
    assert texts.index(title) == texts.index("ACTION PLAN") + 1
    assert any("Safeguarding" in w for w in doc.warnings)


# a RAG value printed three characters left of its column ('Green' at 33 under 'RAG' at 36), one
# character from the longest line of the Time column beside it ('review 25th')
NARROW = [
    "Action                 Time           RAG     Update",
    "Refresh the protocol   31st           green   Letters sent",
    "                       October",
    "                       2016",
    "",
    "Recruit ten visitors   Nov-15         Amber   Six trained",
    "                       (interim)",
    "",
    "Commission the scheme  April          R       Panel met",
    "                       2016",
    "",
    "Revise the training    25th        Green      Briefings held",
    "                       December;",
    "                       review 25th",
    "                       April 2016",
    "",
    "Open two hubs          TBC            Green   Hub opened",
]


def test_cell_set_a_little_left_of_a_well_kept_column_goes_to_it():
    narrow = _narrow_gutters(NARROW)
    line = next(k for k, t in enumerate(NARROW) if t.startswith("Revise"))
    assert narrow[line] == {NARROW[line].index("Green"): NARROW[0].index("RAG")}
    doc = parse_layout(NARROW)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    row = next(r for r in table.rows if r.cells[0].text.startswith("Revise"))
    assert [c.text for c in row.cells] == ["Revise the training", "25th\nDecember;\nreview 25th\nApril 2016",
                                           "Green", "Briefings held"]


# a lead's cell of two lines printed six characters left of the Lead column, both lines alike
# ('Harriet' over 'Dunmore' at 48 where the column starts at 54), as in a BRAG update
SET_ASIDE = [
    "Ref    Action                                         Lead             Due",
    "1a     Review every child in need plan open for       Graham           Ongoing",
    "       more than nine months with the team            Jepson",
    "",
    "1b     Establish core group guidance                  Mark             Mar-19",
    "       template to strengthen planning                Fairbairn",
    "",
    "2a     Revise supervision sessions so that      Harriet                2019",
    "       records show the impact on the plan      Dunmore",
    "",
    "2b     Introduce a supervision tracker so             Callum           August",
    "       that overdue supervision is escalated          Gillespie        2018",
]


def test_cell_of_several_lines_set_aside_together_goes_to_its_column():
    narrow = _narrow_gutters(SET_ASIDE)
    lead = SET_ASIDE[0].index("Lead")
    for k in (7, 8):
        assert narrow[k] == {48: lead}
    doc = parse_layout(SET_ASIDE)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    row = next(r for r in table.rows if r.cells[0].text == "2a")
    action = "Revise supervision sessions so that\nrecords show the impact on the plan"
    assert [c.text for c in row.cells][1:3] == [action, "Harriet\nDunmore"]


# a delivery plan's long action line squeezed by pdftotext: the lead ('ICB') set three characters
# left of the Lead column, one space after the action's text, the column otherwise empty there
SQUEEZED = [
    "No.         What we will deliver                                                       Lead organisation                By when         Rating",  # noqa: E501
    "3.1         Launch a free swim and gym offer for carers and care leavers               ICB                              End Q4 2026-27  G",  # noqa: E501
    "3.2         Commission a stop smoking service                                          Primary care networks            February 2027   G",  # noqa: E501
    "3.3         Re-procure the adult drug and alcohol treatment service with outreach to   ICB                              July 2026       G",  # noqa: E501
    "4.1         Run the National Child Measurement Programme and offer follow-up to all ICB                                 March 2027      R",  # noqa: E501
    "            families",
    "4.2         Work with planning to restrict new hot food takeaways near schools         Public Health                    Nov-26          R",  # noqa: E501
]


def test_a_name_ending_where_an_empty_column_starts_goes_to_that_column() -> None:
    table = next(b for b in parse_layout(SQUEEZED).blocks if isinstance(b, Table))
    row = next(r for r in table.rows if any(c.text == "4.1" for c in r.cells))
    texts = [" ".join(c.text.split()) for c in row.cells]
    assert "ICB" in texts
    assert "Run the National Child Measurement Programme and offer follow-up to all families" in texts


def test_a_wrapped_line_ending_at_a_column_start_keeps_its_last_word() -> None:
    """A row's next line that stops where the Lead column starts, nothing after it ('… with the
    NHS'): the line may stop anywhere, and its last word stays in its cell."""
    lines = [*SQUEEZED[:5], "            families, working with the Integrated Care Board, local schools and the NHS",
             *SQUEEZED[6:]]
    narrow = _narrow_gutters(lines)
    assert narrow[5] == {}
