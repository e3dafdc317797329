"""How minutes and meeting notes name who does an action, read under their action labels:

- a bare 'Action items' heading over 'Name: task' lines, names in full (accented letters too), one
  person or several joined by '&' (a board's monthly minutes in Markdown);
- a scribe's 'ACTION: <handle> <verb> …' line (chat minutes rendered to HTML): the handle before a
  bare verb is who acts; such a page's content opens with 'Meeting minutes' (its <h1> is in the
  site's header, chrome), so its <title> names it;
- 'Action item: … (Prasanth)' / '… (Todo, Prasanth)': who, and how it stands, last in brackets;
- 'Action item for Ashwini: … [done]': who, named after 'for' in the label, and the status mark.

A topic before a colon under a bare label ('Funding: apply for …') names no one, and notes with no
action label stay without actions. The documents are synthetic, in the shapes of real minutes."""
from __future__ import annotations

from pathlib import Path

import planx
from planx.normalise.minute_marks import handle_before_verb, labelled_bracket_owner, named_before_colon


def _write(tmp_path: Path, name: str, text: str) -> planx.Result:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


BOARD = """# Garden Society committee meeting, March 3, 2025

The meeting was chaired by Øystein Brækhus.

## Ongoing business

### Plot allocation

- Waiting list reviewed; eleven households are waiting.
- Considering a rota for the shared greenhouse.

## Action items

- Øystein Brækhus: Write to the allotment office about the waiting list
- Zoë Ćwikła & Marta Kühn: Draft the greenhouse rota and circulate it to plot holders
- Marta Kühn: Order two new water butts for the east gate
- Tomasz Żak: Update the society's noticeboard with the new meeting dates
"""


def test_named_items_under_a_bare_action_heading_say_who_acts(tmp_path: Path):
    result = _write(tmp_path, "minutes.md", BOARD)
    got = [(a.lead, a.action) for a in result.actions]
    assert got == [
        ("Øystein Brækhus", "Write to the allotment office about the waiting list"),
        ("Zoë Ćwikła & Marta Kühn", "Draft the greenhouse rota and circulate it to plot holders"),
        ("Marta Kühn", "Order two new water butts for the east gate"),
        ("Tomasz Żak", "Update the society's noticeboard with the new meeting dates"),
    ]


def test_a_topic_before_a_colon_under_a_bare_label_names_no_one():
    assert named_before_colon("Digital Services: improve the booking pages", strict=True) == \
        ("", "Digital Services: improve the booking pages")
    assert named_before_colon("Funding: apply for the lottery grant", strict=True)[0] == ""
    assert named_before_colon("Chaim Kirby: reply with approval on the dates", strict=True)[0] == "Chaim Kirby"
    assert named_before_colon("JS/AB: circulate the draft budget", strict=True)[0] == "JS/AB"


SCRIBE = """<!DOCTYPE html>
<html><head><title>Example Working Group Telco – 13 August 2025</title></head>
<body><header><h1>Example Working Group Telco</h1><h2>13 August 2025</h2>
<nav><a href="/prev">Previous meeting</a> <a href="/next">Next meeting</a></nav></header>
<main>
<h2>Meeting minutes</h2>
<section><h3>Issue triage</h3>
<p><cite>Ann:</cite> I think we should raise this in the tracker and capture the conversation.</p>
<p><cite>bob:</cite> Agreed, new issues rather than transferring the old ones.</p>
<p class=action><strong>ACTION:</strong> kdean open an issue</p>
</section>
<section><h3>Next meeting</h3>
<p><cite>Ann:</cite> We meet again in two weeks.</p>
</section>
</main></body></html>
"""


def test_a_scribes_action_names_who_by_the_handle_before_its_verb(tmp_path: Path):
    result = _write(tmp_path, "minutes.html", SCRIBE)
    assert [(a.lead, a.action) for a in result.actions] == [("kdean", "kdean open an issue")]
    # the site's header (with the <h1>) is chrome; the content opens with 'Meeting minutes', which names
    # only the kind of document: the page's <title> names it
    assert result.title == "Example Working Group Telco – 13 August 2025"


def test_a_handle_is_one_word_before_a_bare_verb():
    assert handle_before_verb("manu update the PR") == "manu"
    assert handle_before_verb("please send the minutes") == ""  # a common word, no handle
    assert handle_before_verb("Review the policy annually") == ""
    assert handle_before_verb("the clerk write to them") == ""


def test_who_and_status_last_in_brackets_under_an_action_label():
    assert labelled_bracket_owner("Add/clean up contribution list. (Prasanth)") == \
        ("Add/clean up contribution list.", "Prasanth", "")
    assert labelled_bracket_owner("Add Li to the security groups. (Todo, Prasanth)") == \
        ("Add Li to the security groups.", "Prasanth", "Todo")
    # other notes in the brackets stay with the action's text
    assert labelled_bracket_owner("make changes for groups (converter, and infra, Todo, Prasanth)") == \
        ("make changes for groups (converter, and infra, Todo, Prasanth)", "Prasanth", "Todo")
    assert labelled_bracket_owner("Review the Freedom of Information Act (FOIA)")[1] == ""


NOTES = """## Steering Committee Meeting 05/02/2023

### Agenda:
  - Jo Bloggs will be stepping down as chair of the docs group
  - Action item:  make changes for the access groups (website, and infra,  Todo, Priya)
  - Action item for Kwame: Make an announcement on the chat channel. [done]

  #### Release planning
  - Action Item: Add/clean up the contributor list. (Priya)
  - Microsoft is interested in hosting the workshop (Hybrid).
"""


def test_action_item_labels_in_meeting_notes_name_who_and_how_it_stands(tmp_path: Path):
    result = _write(tmp_path, "notes.md", NOTES)
    got = {a.action.rstrip("."): (a.lead, a.status_raw) for a in result.actions}
    assert got == {
        "make changes for the access groups (website, and infra, Todo, Priya)": ("Priya", "Todo"),
        "Make an announcement on the chat channel": ("Kwame", "done"),
        "Add/clean up the contributor list": ("Priya", ""),
    }


PLAIN_NOTES = """## Steering Committee Meeting 06/18/2020

### Agenda:
  - Welcome and introductions
  - Roadmap discussion: the group reviewed the proposals (Hybrid).
  - Kevin presented the converters update; questions followed.
"""


def test_notes_without_action_labels_stay_without_actions(tmp_path: Path):
    result = _write(tmp_path, "notes.md", PLAIN_NOTES)
    assert result.actions == []


def _parish_minutes(path: Path) -> None:
    """A parish council's minutes in Word: the council and the date in bold over a 'Present' heading,
    minutes numbered by year, month and item ('19.09.05'), each closed, where the council set a task,
    by a line of its own naming who does it ('The Clerk to reply.')."""
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    for name in ("Normal", "Heading 1"):  # the headings in the text's own type, as the council sets them
        d.styles[name].font.size = Pt(12)
        d.styles[name].font.color.rgb = RGBColor(0, 0, 0)
    d.add_paragraph().add_run("Ashby Parish Council  -  4th March 2021").bold = True
    d.add_heading("Present", level=1)
    d.add_paragraph("Councillors A Smith (Chair), B Jones, C Patel and Clerk D Brown")
    d.add_heading("21.03.01  Apologies", level=1)
    d.add_paragraph("None")
    d.add_heading("21.03.02  Minutes", level=1)
    d.add_paragraph("The minutes of the meeting held on 7th January 2021 were approved and signed.")
    d.add_heading("21.03.03  Highways", level=1)
    d.add_paragraph("The drain on Mill Lane is blocked again after the heavy rain in February, and the "
                    "Councillors agreed that the county council should be asked to clear it.")
    d.add_paragraph("The Clerk to report the blocked drain.")
    d.add_heading("21.03.04  Village Hall", level=1)
    d.add_paragraph("The hall committee asked whether a councillor would join the committee. The Councillors "
                    "felt unable to join but wish to be kept informed.")
    d.add_paragraph("Clerk to write")
    d.add_heading("21.03.05  Correspondence", level=1)
    d.add_paragraph("The Clerk wrote to the bank about the new mandate.")
    d.save(str(path))


def test_parish_minutes_tasks_on_lines_of_their_own(tmp_path: Path):
    path = tmp_path / "minutes.docx"
    _parish_minutes(path)
    result = planx.convert_file(str(path))
    assert result.title == "Ashby Parish Council - 4th March 2021"
    got = [(a.area_ref, a.area, a.action, a.lead) for a in result.actions]
    assert got == [("21.03.03", "Highways", "The Clerk to report the blocked drain.", "Clerk"),
                   ("21.03.04", "Village Hall", "Clerk to write", "Clerk")]


def test_a_lone_task_is_one_short_sentence_opening_with_who_and_to():
    from planx.normalise.minute_marks import lone_minute_action
    assert lone_minute_action("JS to chase the contractor by 3 May").lead == "JS"
    assert lone_minute_action("The Clerk wrote to the council.") is None  # reported, done
    assert lone_minute_action("Minutes to be signed") is None  # no one acts
    assert lone_minute_action("Councillors agreed to pay the invoice.") is None
    assert lone_minute_action("The Clerk to write. The Chair to sign the letter.") is None  # two sentences
    assert lone_minute_action("… I expect it to be a problem given the old parsers.") is None  # a clause, no one
    assert lone_minute_action("We need to talk to the vendor.") is None


def test_names_and_by_when_closing_an_action_item():
    from planx.normalise.minute_marks import owners_by_when
    assert owners_by_when("Nomination form. Jim helped for 2021. Wenming/Alex/Jim by 4/6") == \
        ("Wenming/Alex/Jim", "4/6")
    assert owners_by_when("Ann & Bob by 3 May.") == ("Ann & Bob", "3 May")
    assert owners_by_when("Sales/Marketing by Q3") is None  # topics, not people
    assert owners_by_when("Publish the report by June") is None


def test_who_named_after_for_in_an_action_label():
    from planx.normalise.minutes import marked_points
    read = [(a.action, a.lead, a.status) for text in (
        "Action item for Ashwini: Make an announcement on the channel. [done]",
        "Action for Clerk: write to the bank about the mandate",
        "Actions for Review: the list of old items") for _, a in marked_points(text)[0]]
    assert read == [("Make an announcement on the channel", "Ashwini", "done"),
                    ("write to the bank about the mandate", "Clerk", ""),
                    ("the list of old items", "", "")]  # a topic after 'for', no one's name
