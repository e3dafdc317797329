"""Minutes whose tasks are set in plain words, with no 'Action' label: an item or short paragraph that
opens or closes with '<who> will <verb> …' ('Gabe will get in touch with …', '…, Councillors will again
fill these in.'), a closing '<who> to <verb>' clause ('…, Karen to keep on the case.'), a closing 'it was
agreed that <who> should …', and a list item closed by its status and who does it in brackets ('…
(Todo, Prasanth)'). The shapes of a steering committee's Markdown notes and of parish and village hall
minutes, in our own words. What will happen to someone ('X will be joining as co-chair') and prose that
names no one stay out, and only a document that calls itself minutes or a meeting's notes is read so."""
from __future__ import annotations

from planx.extract.markdown import parse_markdown_lines
from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.minute_marks import committed_item, status_owner_item

NOTES = """## Steering Committee Meeting 03/02/2021

### Agenda:
  ####
  - Priya Shah will be stepping down as the chair of the Tools group
  - Omar Wells will be joining as the new chair.
  - Access: Adding Omar to the right mailing lists upon approval. (Todo, Lena)
  - Lena, Omar and Tom voted yes on approval.

  #### Exporter group presentation (Sam)
  - Missing a few members familiar with other exporters besides the main ones
    - Tom will get in touch with the vendor reps about the next release
    - Ruth (BigCo) will follow up with the modelling reps on the schedule

  #### Workshop
  - Update 2/3: Tom will follow up again in 3 weeks.
  - A vendor is interested in hosting one at their campus.
  - Size: 90 People.
"""


def test_meeting_notes_items_that_set_tasks_in_plain_words_are_actions() -> None:
    raw = parse_markdown_lines(NOTES.splitlines(), path="steering_meeting_notes.md", name="steering_meeting_notes.md")
    got = [(a.action, a.lead, a.status_raw) for a in normalise(raw).actions]
    assert got == [
        ("Access: Adding Omar to the right mailing lists upon approval.", "Lena", "Todo"),
        ("Tom will get in touch with the vendor reps about the next release", "Tom", ""),
        ("Ruth (BigCo) will follow up with the modelling reps on the schedule", "Ruth", ""),
        ("Update 2/3: Tom will follow up again in 3 weeks.", "Tom", ""),
    ]


MINUTES = [
    ("Hall Committee Minutes - 4th March 2020", True),
    ("5. Health and safety", True),
    ("Outside survey: Jane reported that the firm has not been able to come as the hall was in use. "
     "Still looking for a date, Jane to keep on the case.", False),
    ("The fire doors were checked last month and all appears to be satisfactory.", False),
    ("6. Curtains", True),
    ("There was some discussion over the colour, samples were put at the windows and the blue was "
     "preferred. Although funds are low, it was agreed that Sue & Jane should make the final choice.", False),
    ("Members felt the hall should look brighter next year, the Council should consider a grant.", False),
    ("7. Any other business", True),
    ("Potholes are appearing again on the lanes, there is plenty of gravel to fill these, Councillors "
     "will again fill these in.", False),
    ("Residents will be informed of the new bin days in due course.", False),
]


def test_a_minute_closed_by_the_task_it_sets_is_an_action() -> None:
    raw = RawDocument("hall_minutes.docx", "hall_minutes.docx", "docx",
                      blocks=[Paragraph(t, 1, i, heading=h) for i, (t, h) in enumerate(MINUTES)])
    got = [(a.area, a.action, a.lead) for a in normalise(raw).actions]
    assert got == [
        ("Health and safety", MINUTES[2][0], "Jane"),
        ("Curtains", MINUTES[5][0], "Sue & Jane"),
        ("Any other business", MINUTES[8][0], "Councillors"),
    ]


def test_what_will_happen_to_someone_or_an_opinion_sets_no_task() -> None:
    assert committed_item("Priya Shah will be stepping down as the chair") is None
    assert committed_item("- Omar will not attend the next two meetings.") is None
    assert committed_item("It will be reviewed again at the next meeting, the group felt.") is None
    assert committed_item("Members felt the hall looks dull, the Council should consider a grant.") is None
    assert committed_item("The meeting will consider the matter in May.") is None
    # a long paragraph of discussion is no task, whatever its last clause
    assert committed_item(" ".join(["The members discussed the options at length."] * 10)
                          + ", Jane to keep on the case.") is None
    committed = committed_item("- Tom will get in touch with the reps. [done]")
    assert committed is not None and (committed.lead, committed.status) == ("Tom", "done")


def test_a_bracket_of_a_name_alone_marks_no_task() -> None:
    assert status_owner_item("- Converter presentation, first part (Kevin)") is None
    assert status_owner_item("Adding Omar to the lists upon approval. (Todo, Lena)") is None  # no list item
    item = status_owner_item("- Adding Omar to the lists upon approval. (Done, Lena)")
    assert item is not None and (item.action, item.lead, item.status) == (
        "Adding Omar to the lists upon approval.", "Lena", "Done")


def test_only_minutes_are_read_for_tasks_set_in_plain_words() -> None:
    lines = [("Community Strategy 2020", True), ("Our parks", True)] + [
        (t, False) for t, h in MINUTES if not h]
    raw = RawDocument("community_strategy.docx", "community_strategy.docx", "docx",
                      blocks=[Paragraph(t, 1, i, heading=h) for i, (t, h) in enumerate(lines)])
    assert [a.action for a in normalise(raw).actions if "will again fill" in a.action or "keep on" in a.action] == []


LISTED = """# Board Meeting Minutes 2024-01-11

## Trademark

Ann Hill wrote about a site using the name. The board approves the proposed use. Cathy will follow up.

## Action items

- Cathy Holm: Reply to Ann Hill about the trademark question
- Jacob Kane: Review the proposed fundraising wording
"""


def test_a_task_in_plain_words_is_a_copy_when_the_minutes_list_their_actions() -> None:
    raw = parse_markdown_lines(LISTED.splitlines(), path="board_minutes.md", name="board_minutes.md")
    result = normalise(raw)
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Reply to Ann Hill about the trademark question", "Cathy Holm"),
        ("Review the proposed fundraising wording", "Jacob Kane")]
    assert any("Cathy will follow up" in x.text for x in result.leftovers)
    # without the list, the plain words are the only record of the task
    alone = parse_markdown_lines(LISTED.split("## Action items")[0].splitlines(), path="board_minutes.md",
                                 name="board_minutes.md")
    assert [a.lead for a in normalise(alone).actions] == ["Cathy"]


def test_a_yearless_numeric_due_takes_the_plans_year_in_the_documents_order() -> None:
    from planx.normalise.dates import MONTH_FIRST, due_date, numeric_date_order
    # notes that write days and months without a year, some only readable month first ('Update 3/23')
    assert numeric_date_order(["Steering Committee Meeting 04/01/2022", "- Update 3/23: next step is …"])
    # full dates settle the order first; a minute's number ('12/19 Finance', 'Minute 12/19') is no date
    assert not numeric_date_order(["Meeting 25/03/2022", "Update 3/23"])
    assert not numeric_date_order(["12/19 Finance", "Minute 12/19 was noted", "Meeting 03/09/2019"])
    token = MONTH_FIRST.set(True)
    try:
        assert due_date("4/6", 2022) == "2022-04-06"
        assert due_date("by 4/6", 2022) == "2022-04-06"
        assert due_date("4/6") == ""  # no plan year: no date
    finally:
        MONTH_FIRST.reset(token)
    assert due_date("4/6", 2022) == "2022-06-04"  # day first, as dates are unless the document says otherwise


def test_a_paragraph_going_on_about_what_a_body_will_do_sets_no_task() -> None:
    # the last sentence is no short closing clause: what the body means to do, discussed
    assert committed_item("The criteria and the process itself will be iterative. The Board will consider the "
                          "lessons learned from the first rounds and then evaluate and re-set the criteria.") is None
    # a paragraph (no list item) does not open with its task: its closing clause sets it
    assert committed_item("The Board will review the criteria, which were discussed at length today by "
                          "members of the panel and the guests.") is None
    assert committed_item("- The Board will review the criteria, which were discussed at length today by "
                          "members of the panel and the guests.") is not None
