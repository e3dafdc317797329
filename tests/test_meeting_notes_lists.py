"""Meeting notes kept as Markdown: an inline code span opens no fenced block, an 'Agenda:' heading
under a title that calls the document the notes of a meeting is the notes' section (no agenda paper),
a numbered agenda item naming actions ('1. Open actions') over bullets at its own depth heads them, and
a list of actions under a heading of its own beside a planning table is a log of its own, no 'Action:'
notes copying that table's rows.

Synthetic documents only (normalise/kinds.py, extract/markdown.py, normalise/minutes.py,
normalise/walker_blocks.py).
"""
from __future__ import annotations

from conftest import convert_text

from planx.extract.markdown import parse_markdown_lines
from planx.extract.model import Paragraph, RawDocument
from planx.normalise.kinds import declared_kind


def _raw(*titles: str, name: str = "x.md") -> RawDocument:
    blocks = [Paragraph(text=t, page=1, line=k, heading=True) for k, t in enumerate(titles, 1)]
    return RawDocument(name=name, path=name, format="md", blocks=list(blocks), pages=1)


def test_an_agenda_heading_under_a_notes_title_is_the_notes_section():
    assert declared_kind(_raw("Notes from meeting 2 March 2021", "Agenda:")).other == ""
    # the paper sent before a meeting is still an agenda
    assert declared_kind(_raw("Board meeting agenda", "Items")).other == "agenda"


def test_a_one_line_code_span_opens_no_fenced_block():
    lines = ["- an item", "   ``` some words in code```", "", "| a | b |", "|---|---|", "| x | y |"]
    doc = parse_markdown_lines(lines, name="x.md")
    assert any(getattr(b, "rows", None) for b in doc.blocks)  # the table under it is read as one
    fenced = ["```python", "| a | b |", "|---|---|", "```"]
    assert not any(getattr(b, "rows", None) for b in parse_markdown_lines(fenced, name="y.md").blocks)


NOTES = """## Notes from meeting 2nd March 2021
Present:
AB CD EF

## Agenda:

1. Open Actions
- AB/CD: revise the budget template with new cost codes
- EF: contact the venue about the autumn workshop dates. ONGOING
- CD: write the summary of the survey results.  COMPLETE

2. Feedback on progress
  - AB has emailed the partners

3. Planning for the next month

 | what | when | who |
 |---|---|---|
 | Circulate the draft newsletter | 12/03 | AB |
 | Order the exhibition banners | 19/03 | CD |

## Follow-up actions
- EF: book the room for the training day
- AB: send the invoice reminders to members
- CD: update the contact list on the website
"""


def test_meeting_notes_keep_each_list_of_actions(tmp_path):
    result = convert_text(tmp_path, "notes_2021.md", NOTES)
    got = {a.action: a for a in result.actions}
    assert "revise the budget template with new cost codes" in got
    assert got["write the summary of the survey results"].status == "complete"
    assert got["contact the venue about the autumn workshop dates"].lead == "EF"
    assert "Circulate the draft newsletter" in got  # the table, read despite the code span and its indent
    # the follow-up list under its own heading is a log of its own: its items stand beside the table's rows
    assert "book the room for the training day" in got
    assert got["send the invoice reminders to members"].lead == "AB"
    # the bullets under '2. Feedback on progress' are no actions
    assert not any("emailed" in a for a in got)


# ---- 'Action:' labels that name only who acts and by when ------------------------------------------------------

def test_an_action_label_naming_who_and_by_when_takes_the_sentence_before_it():
    from planx.normalise.minutes import marked_points
    found, rest = marked_points("Book the hall for the spring fair. Action: Priya by 14 Mar Send the flyer to "
                                "the printers. Action: Treasurer, by 21 Mar")
    assert [(b.strip(), a.lead, a.due, a.takes_paragraph_above) for b, a in found] == [
        ("Book the hall for the spring fair.", "Priya", "14 Mar", True),
        ("Send the flyer to the printers.", "Treasurer", "21 Mar", True)]
    assert rest == ""
    # a task of its own after the label is still the action ('Send the letter by 3 May')
    (_, action), = marked_points("Action: Send the letter by 3 May")[0]
    assert action.action == "Send the letter by 3 May" and not action.takes_paragraph_above


def test_an_action_labels_task_closed_by_who_and_by_when():
    from planx.normalise.minutes import marked_points
    found, _ = marked_points("Action: Circulate the minutes. Ola Berg by 02 Apr - Check the room booking. "
                             "Action: Ola Berg by 09 Apr")
    assert [(a.action, a.lead, a.due) for _, a in found] == [
        ("Circulate the minutes.", "Ola Berg", "02 Apr"), ("", "Ola Berg", "09 Apr")]
    assert found[1][0].strip(" -") == "Check the room booking."


MINUTES = """# Minutes of the Club Committee
Held 5 March 2021

1 Matters arising

Book the hall for the spring fair. Action: Priya by 14 Mar Send the flyer to the printers. Action: Treasurer, by 21 Mar

2 Any other business

Nothing to report.
"""


def test_minutes_with_who_and_when_after_each_action_label(tmp_path):
    result = convert_text(tmp_path, "club_minutes_2021.md", MINUTES)
    got = [(a.action, a.lead, a.due_date) for a in result.actions]
    assert got == [("Book the hall for the spring fair.", "Priya", "2021-03-14"),
                   ("Send the flyer to the printers.", "Treasurer", "2021-03-21")]


AGENDA_ITEMS = """## Notes from meeting 9th June 2022
Present:
GH IJ KL

## Agenda:

1. Outstanding Actions
- GH/IJ: redraft the volunteer handbook
- KL: chase the grant report with the funder. ONGOING
- IJ: archive last year's files.  COMPLETE

2. Feedback
  - GH has met the new trustees
"""


def test_bullets_at_the_depth_of_a_numbered_item_naming_actions_are_its_list(tmp_path):
    result = convert_text(tmp_path, "notes_2022.md", AGENDA_ITEMS)
    got = {a.action: (a.lead, a.status) for a in result.actions}
    assert got == {"redraft the volunteer handbook": ("GH/IJ", ""),
                   "chase the grant report with the funder": ("KL", "ongoing"),
                   "archive last year's files": ("IJ", "complete")}


# ---- a status set in capitals inside an item ------------------------------------------------------------------

def test_a_status_in_capitals_inside_an_item_with_a_note_after_it():
    from planx.normalise.minute_marks import capital_status
    from planx.normalise.minutes import split_items
    assert capital_status("tidy the shared folder ONGOING: ticket raised") == (
        "tidy the shared folder", "ONGOING", "ticket raised")
    assert capital_status("ring the printers about the proofs - COMPLETE") == (
        "ring the printers about the proofs", "COMPLETE", "")
    assert capital_status("Brief the NHS liaison team") == ("Brief the NHS liaison team", "", "")
    # dashes setting off the status are the item's punctuation, no items of their own
    assert split_items("- GH: ring the printers about the proofs - ONGOING - call on monday") == [
        "GH: ring the printers about the proofs - ONGOING - call on monday"]
    assert split_items("- a first thing - a second thing - a third") == ["a first thing", "a second thing", "a third"]


def test_list_items_with_a_status_in_capitals_keep_their_note_as_progress(tmp_path):
    text = AGENDA_ITEMS.replace("- IJ: archive last year's files.  COMPLETE",
                                "- IJ: archive last year's files - ONGOING - boxes ordered")
    result = convert_text(tmp_path, "notes_2022.md", text)
    got = {a.action: (a.lead, a.status, a.progress) for a in result.actions}
    assert got["archive last year's files"] == ("IJ", "ongoing", "boxes ordered")
