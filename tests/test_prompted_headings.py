"""Plans written on a template (issue 14, realdocs dev4): a personal development action plan whose
headings are questions with a prompt under each ('What do I want/need to learn?' then 'Provide a
specific description …'), and a student council's 'Plan | How to Implement | Next Steps' whose rows
Word let break across pages.

The shapes, and those they must leave alone:
- a heading cell that prints a prompt under its heading reads as its heading; a heading wrapped
  over lines with no prompt stays whole;
- a question asking what is to be done ('What do I have to do to achieve this?') names the action,
  one asking what to learn the objective, one asking what resources are needed nothing;
- the column straight before a 'How to …' column, whose heading reads as nothing sure ('Plan'),
  holds what the how is for: the objective;
- verbs spelt with -ize read as verbs ('Organize presentations …');
- the first row on a new page, one of whose cells opens mid-sentence where the same column of the
  row before stopped on 'and', goes on with that row; a new row on the next page stays apart.
The real documents (CC BY 3.0 and Apache-2.0) are described in realdocs dev4; the tests build the
same shapes."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.columns import looks_like_action
from planx.normalise.headers import heading_part, read_header, read_heading

PDP_HEADINGS = [
    "What do I want/need to learn?\nProvide a specific description of the desired changes (e.g. skills to gain, "
    "knowledge to acquire, topics/themes/content to cover)",
    "What do I have to do to achieve this?\nSome examples, a new/ongoing course, conference, self-development (like "
    "wider research or reading), coaching/mentoring, job shadowing",
    "What resources or support will I need?\nSome examples, teaching staff support, library support, student advisor "
    "support, line manager, etc.",
    "How will I measure success?\nSome examples, appraisals, course assessments, team feedback, tutor feedback",
    "Target dates for review and completion\nNote that these need to be realistic/achievable",
]


def row(texts: list[str], line: int, page: int = 1) -> Row:
    return Row([Cell(t, k) for k, t in enumerate(texts)], page=page, line=line)


def test_a_heading_with_a_prompt_under_it_reads_as_the_heading():
    assert heading_part(PDP_HEADINGS[0]) == "What do I want/need to learn?"
    assert heading_part(PDP_HEADINGS[4]) == "Target dates for review and completion"
    assert heading_part("Action\n(e.g. what will be done)") == "Action"
    # a heading wrapped over lines, with no prompt after it, stays whole
    assert heading_part("How to\nImplement") == "How to\nImplement"
    assert heading_part("Lead officer\nand team") == "Lead officer\nand team"


def test_questions_name_what_they_ask_for():
    assert read_heading("What do I have to do to achieve this?")[0].field == "action"
    assert read_heading("What do I want/need to learn?")[0].field == "objective"
    assert read_heading("What resources or support will I need?")[0].field == ""
    assert read_heading("What difference will it make?")[0].field == "outcome"
    assert read_heading("What has been done so far?")[0].field == "progress"


def test_a_development_plan_on_a_prompted_template_is_read():
    table = Table([row(PDP_HEADINGS, 1),
                   row(["Learn how to reference", "Read referencing materials and practice",
                        "Student advisor support, module resources", "Tutor feedback, testing myself,",
                        "01/12/2024"], 2),
                   row(["Create UML Diagrams", "OOP Course", "Tutor support, e-library support.",
                        "Through first assignment and feedback from my tutor", "20/12/2024"], 3),
                   row(["", "", "", "", ""], 4)], page=1, index=1)
    result = normalise(RawDocument(path="", name="pdp.docx", format="docx", blocks=[table]))
    assert [(a.objective, a.action, a.measure, a.due_date) for a in result.actions] == [
        ("Learn how to reference", "Read referencing materials and practice", "Tutor feedback, testing myself,",
         "2024-12-01"),
        ("Create UML Diagrams", "OOP Course", "Through first assignment and feedback from my tutor", "2024-12-20")]


def test_the_column_before_a_how_column_holds_what_it_is_for():
    header = read_header([(0, 1, "Plan"), (1, 1, "How to\nImplement"), (2, 1, "Next Steps")])
    assert header is not None
    assert [c.field for c in header.columns] == ["objective", "action", ""]
    # a column already headed as the objective keeps it; the one before the 'how' is left alone
    header = read_header([(0, 1, "Objective"), (1, 1, "Notes"), (2, 1, "How will we do it?"), (3, 1, "Lead")])
    assert header is not None and [c.field for c in header.columns][0] == "objective"
    assert header.columns[1].field != "objective"


def test_verbs_spelt_with_ize_are_verbs():
    assert looks_like_action("Organize presentations on online safety")
    assert looks_like_action("Organizing the event for parents")
    assert not looks_like_action("Size of the hall is an issue")


COUNCIL = ["Plan", "How to Implement", "Next Steps"]


def test_a_row_broken_across_pages_goes_on_with_its_cells():
    # one table, its rows on two pages, as a PDF's table reads when Word let a row break
    table = Table([row(COUNCIL, 1),
                   row(["• Educate students on the ethical use of technology.",
                        "• Organize presentations on online safety", "• Evaluate the impact through feedback."], 2),
                   row(["• Provide guidance and support for new students.",
                        "• Recruit volunteer mentors from among students.",
                        "• Collect feedback from participants. • Plan additional mentorship activities and"], 3),
                   row(["• Foster a sense of community and belonging.",
                        "• Pair mentors with mentees based on interests and needs.",
                        "events depending on the impact of the event"], 4, page=2),
                   row(["• Promote reading and literacy among students.",
                        "• Organize book clubs and reading challenges.", "• Plan additional reading events."], 5,
                       page=2)], page=1, index=1)
    result = normalise(RawDocument(path="", name="council.pdf", format="pdf", blocks=[table], pages=2))
    actions = [a.action for a in result.actions]
    assert len(actions) == 3
    assert "Recruit volunteer mentors" in actions[1] and "Pair mentors with mentees" in actions[1]
    assert "Organize book clubs" in actions[2]


def test_a_heading_over_two_columns_with_a_prompt_under_each_is_split_by_the_prompts():
    """DfE's PE and sport premium template (a school's 2020/21 report): 'Implementation' printed
    once over two columns, whose prompts say the first holds the actions ('Make sure your actions
    … are linked to your intentions:') and the second the money ('Funding allocated:'). The
    funding is no part of the action: it goes aside under its own prompt."""
    table = Table([
        Row([Cell("Key indicator 1: The engagement of all pupils in regular physical activity", 0, colspan=4),
             Cell("Percentage of total allocation:", 4)], page=4, line=1),
        Row([Cell("Intent", 0), Cell("Implementation", 1, colspan=2), Cell("Impact", 3), Cell("", 4)], page=4, line=2),
        row(["Your school focus should be clear what you want the pupils to know:",
             "Make sure your actions to achieve are linked to your intentions:", "Funding allocated:",
             "Evidence of impact: what do pupils now know and what can they now do? What has changed?:",
             "Sustainability and suggested next steps:"], 3, page=4),
        row(["Upgrade equipment and improve storage", "Purchase new resources and install storage store.",
             "£2230 £500 (part funded by Sports Grant)", "Zoning, bubbles and guidelines around equipment",
             "Timetabling to give more playground time"], 4, page=4)], page=4, index=1)
    result = normalise(RawDocument(path="", name="pe.pdf", format="pdf", blocks=[table]))
    assert [(a.objective, a.action) for a in result.actions] == [
        ("Upgrade equipment and improve storage", "Purchase new resources and install storage store.")]
    assert any(lo.text == "£2230 £500 (part funded by Sports Grant)" for lo in result.leftovers)


def test_a_share_beside_an_indicator_banner_is_no_lead():
    """The same template prints 'Percentage of total allocation:' beside each key indicator's banner
    and, under it, the share ('25%', '4% - we also accessed …') beside the banner's merged cell: a
    figure, kept aside, never the area's lead."""
    table = Table([
        Row([Cell("Key indicator 3: Increased confidence, knowledge and skills of all staff", 0, colspan=4),
             Cell("Percentage of total allocation:", 4)], page=6, line=1),
        Row([Cell("Key indicator 3: Increased confidence, knowledge and skills of all staff", 0, colspan=4),
             Cell("4% - we also accessed the Gold Package purchased pre-Covid", 4)], page=6, line=2),
        Row([Cell("Intent", 0), Cell("Implementation", 1, colspan=2), Cell("Impact", 3), Cell("", 4)], page=6, line=3),
        row(["Your school focus should be clear what you want the pupils to know:",
             "Make sure your actions to achieve are linked to your intentions:", "Funding allocated:",
             "Evidence of impact: what has changed?:", "Sustainability and suggested next steps:"], 4, page=6),
        row(["Provide professional sports coaching", "Arrange for expert coaches to deliver expert coaching",
             "£2750", "Staff are more confident", "Continue the Gold Package"], 5, page=6)], page=6, index=1)
    result = normalise(RawDocument(path="", name="pe.pdf", format="pdf", blocks=[table]))
    assert [(a.area_ref, a.area_lead, a.action) for a in result.actions] == [
        ("3", "", "Arrange for expert coaches to deliver expert coaching")]
    assert any(lo.text.startswith("4% - we also accessed") for lo in result.leftovers)
