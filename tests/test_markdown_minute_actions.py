"""A staff group's weekly minutes typed as Markdown, in our own words, in the shape of a real one
(a company's diversity and inclusion group, minutes kept in a public repository):

- 'ACTION - Alex to …' on the line right under the discussion it closes, no blank line between,
  the line above ending on a word with no full stop: Markdown would fold both lines into one
  paragraph and the label would stand mid-sentence, but the writer set it on a line of its own;
- a list 'Actions from previous meetings' whose item breaks its sentence into a sub-bullet
  ('… on the showcase for 29th October, to' / '    - advertise the service area …'): one item;
- an item in the minutes' passive shorthand, naming no one ('Sick leave guidance to be updated
  and submitted by next Friday'): a task all the same;
- 'Michael continuing to work on …' under 'Action Items': Michael still leads it;
- a note with its subject left out ('Want to avoid limiting applicants.'): what the group wants,
  no one called 'Want' set a task.
"""
from __future__ import annotations

from pathlib import Path

import planx
from planx.normalise.minute_marks import lead_of, task_sentences
from planx.normalise.minutes import passive_task, sets_a_task
from planx.normalise.text import fold

_LABELLED = """# Meeting Information

**Meeting Date:** 22/10/2021

## Requests

**Parental leave policy**
Sam - the policy has not been reviewed since 2019.
We have added a column to the board to track requests like this in the long-term
ACTION - Alex to go back through the minutes and add anything else to the column

**Lunch and learn budget**
Carly - what budget do we have?
ACTION - Carly to confirm the budget with finance
"""


def _convert(tmp_path: Path, name: str, text: str) -> planx.DocResult:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(path)


def test_a_capitals_action_label_under_an_unstopped_line_opens_its_own_line(tmp_path: Path) -> None:
    result = _convert(tmp_path, "minutes.md", _LABELLED)
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Alex to go back through the minutes and add anything else to the column", "Alex"),
        ("Carly to confirm the budget with finance", "Carly")]


def test_a_mixed_case_label_after_an_unstopped_line_stays_the_phrase_it_ends(tmp_path: Path) -> None:
    # 'Actions - Sex' in mixed case may close a wrapped phrase ('Responsible Officer for Mitigating /
    # Actions - Sex'): only the capitals mark a line the writer began afresh
    text = _LABELLED.replace("ACTION - Alex", "Action - Alex")
    result = _convert(tmp_path, "minutes.md", text)
    assert "Alex to go back through the minutes and add anything else to the column" not in \
        [a.action for a in result.actions]


_CARRIED = """# Meeting Information

**Meeting Date:** 08/10/2021

## Actions from previous meetings

- Ravi to send out the comms as agreed in the channel
- Sick leave guidance to be updated and submitted by next Friday
- Sam and Jo to continue working on the showcase for 29th October, to
    - advertise the group and give an overview of what it has achieved.
- Priya to report back on the charter's survey data

## Discussion items

It remains to be seen whether the survey will run again.
"""


def test_a_sub_bullet_finishing_its_items_open_sentence_is_part_of_it(tmp_path: Path) -> None:
    result = _convert(tmp_path, "minutes.md", _CARRIED)
    actions = [a.action for a in result.actions]
    assert "Sam and Jo to continue working on the showcase for 29th October, to advertise the group and " \
           "give an overview of what it has achieved." in actions
    assert not any(a.startswith("advertise the group") for a in actions)


def test_a_sub_bullet_under_a_finished_sentence_stays_an_item_of_its_own(tmp_path: Path) -> None:
    text = _CARRIED.replace("for 29th October, to\n    - advertise", "for 29th October.\n    - Advertise")
    result = _convert(tmp_path, "minutes.md", text)
    actions = [a.action for a in result.actions]
    assert "Sam and Jo to continue working on the showcase for 29th October." in actions
    assert any(a.startswith("Advertise the group") for a in actions)


def test_an_item_in_the_passive_shorthand_is_a_task(tmp_path: Path) -> None:
    result = _convert(tmp_path, "minutes.md", _CARRIED)
    assert [a.action for a in result.actions] == [
        "Ravi to send out the comms as agreed in the channel",
        "Sick leave guidance to be updated and submitted by next Friday",
        "Sam and Jo to continue working on the showcase for 29th October, to advertise the group and give "
        "an overview of what it has achieved.",
        "Priya to report back on the charter's survey data"]


def test_what_passive_words_set_a_task() -> None:
    def task(text: str) -> bool:
        return passive_task(fold(text).split())
    assert task("Sick leave guidance to be updated by Friday")
    assert task("Minutes to be circulated to all members")
    assert task("New banner to be made for the fete")  # an irregular participle
    assert not task("The hall was to be painted in May")  # what was meant, told
    assert not task("It remains to be seen whether it runs")
    assert not task("Remaining to be done next year")
    assert not task("Staff to be happy with the outcome")  # no participle
    assert sets_a_task("Sick leave guidance to be updated and submitted by next Friday")


_ITEMS = """# Meeting Information

**Meeting Date:** 17/11/2020

## Notes

### Hiring

- Want to avoid limiting applicants.
- Trying to get more people along to the meetups.

## Action Items

- Michael continuing to work on the service area presentation.
- Clare still to send the events sheet to the group.
- Joe to chat with Karsyn about a calendar of events.
"""


def test_who_carries_a_task_on_leads_it(tmp_path: Path) -> None:
    result = _convert(tmp_path, "minutes.md", _ITEMS)
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Michael continuing to work on the service area presentation.", "Michael"),
        ("Clare still to send the events sheet to the group.", "Clare"),
        ("Joe to chat with Karsyn about a calendar of events.", "Joe")]


def test_lead_of_a_task_carried_on() -> None:
    assert lead_of("Michael continuing to work on the deck.") == "Michael"
    assert lead_of("Joe volunteered to chair the next meeting") == "Joe"
    assert lead_of("Work continuing to improve the site") == ""  # a topic word, no one


def test_a_note_opening_on_a_verb_of_wish_names_no_one() -> None:
    assert task_sentences("Recruitment is the earliest point. Want to avoid limiting applicants.") == []
    assert task_sentences("Trying to get more people along to the meetups.") == []
    found = task_sentences("Recruitment is the earliest point. Sam to email the board about it.")
    assert [(a.action, a.lead) for _, _, a in found] == [("Sam to email the board about it.", "Sam")]


def test_minutes_whose_action_items_only_point_elsewhere_give_no_action(tmp_path: Path) -> None:
    text = _ITEMS.split("## Action Items")[0] + "## Action Items\n\n- See Trello board: <https://example.org/b>\n"
    assert _convert(tmp_path, "minutes.md", text).actions == []
