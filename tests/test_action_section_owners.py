"""Wiki pages of a team's retrospective and its early actions, in Markdown:

- a retrospective's sections (Kudos / Went well / To improve) beside a section headed 'Actions': only
  the Actions list holds actions; the first heading, a date over the board's picture, is the page's
  title, not the 'Actions' heading after it;
- in a list under a heading naming it Action(s), who acts opens an item before a colon or a dash:
  initials ('PO:'), a role ('Team:'), a body its initials open ('FSA Digital:'), roles joined by a plus
  ('DM + workstream leads:'), one rare word or name ('Jonno:', 'Hwang/Douglas:', 'Hwang - to …'); a
  topic or a common word ('Funding:', 'Website:') names no one;
- task lists ('- [ ] …') of imperatives under areas stated as work to do ('Communicate value
  proposition'): a to-do list, read as a plan's actions though no one and no date is named.

The documents are synthetic, in the shapes of real supplier wikis."""
from __future__ import annotations

import pytest
from conftest import convert_text

from planx.normalise.commitments import names_other_list
from planx.normalise.minute_marks import named_before_colon, named_before_dash
from planx.normalise.minutes import split_items

RETRO = """## 3 March 2021

[![Retrospective board](uploads/retro.png)](uploads/retro.png)

## Actions

- [ ] Ana: Book the research participants two weeks ahead of each round
- [ ] Team: Write up each interview on the day it happens
- Keeping the shared drive tidy before the final show and tell
- [ ] DM + delivery leads: Leave room in the schedule for the unexpected
- [ ] LCC Digital: Give the contractors accounts before the first week

## Kudos

* Priya for running the workshops and keeping everyone on track
* The whole team for pulling the final presentation together

## Went well

- Weekly show and tells kept the sponsors close to the work
- Research sessions were booked early and ran to time

## To improve

- Plan more time for synthesis at the midpoint and the end
- Document findings as we go rather than at the end
"""


def test_a_retrospectives_actions_section_alone_holds_actions_with_their_owners(tmp_path):
    result = convert_text(tmp_path, "retro.md", RETRO)
    got = [(a.lead, a.action) for a in result.actions]
    assert got == [
        ("Ana", "Book the research participants two weeks ahead of each round"),
        ("Team", "Write up each interview on the day it happens"),
        ("", "Keeping the shared drive tidy before the final show and tell"),
        ("DM + delivery leads", "Leave room in the schedule for the unexpected"),
        ("LCC Digital", "Give the contractors accounts before the first week"),
    ]


def test_an_actions_list_after_the_other_sections_is_read_alone_too(tmp_path):
    head, actions = RETRO.split("## Actions\n")
    actions, rest = actions.split("## Kudos\n")
    result = convert_text(tmp_path, "retro.md", head + "## Kudos\n" + rest + "\n## Actions\n" + actions)
    assert [a.lead for a in result.actions] == ["Ana", "Team", "", "DM + delivery leads", "LCC Digital"]


@pytest.mark.parametrize("item, who", [
    ("Team: draft outputs early and iterate", "Team"),
    ("FSA Digital: set up contractor accounts for system access", "FSA Digital"),
    ("DM + workstream leads: bake in empty space in the schedule", "DM + workstream leads"),
    ("Jonno: set aside some time once a week", "Jonno"),
    ("Hwang/Douglas: replace the old name in all channels", "Hwang/Douglas"),
    ("PO: draft in users early on", "PO"),
    ("Funding: apply for the lottery grant", ""),
    ("Website: update the home page copy", ""),
    ("Digital Services: improve the booking pages", ""),
])
def test_who_opens_an_item_under_an_actions_heading(item, who):
    assert named_before_colon(item, strict=True)[0] == who


def test_a_name_and_a_dash_then_to_or_will_names_who_acts():
    assert named_before_dash("Hwang - will work on a draft comms plan") == ("Hwang", "will work on a draft comms plan")
    assert named_before_dash("Silona - to complete the plan template") == ("Silona", "to complete the plan template")
    assert named_before_dash("Budget - to approve the figures")[0] == ""


def test_a_plus_inside_an_item_joins_words_and_opens_no_item():
    assert split_items("- DM + workstream leads: bake in space") == ["DM + workstream leads: bake in space"]
    assert split_items("+ Ask JS + Tell AB") == ["Ask JS", "Tell AB"]


def test_minutes_action_checklist_with_names_and_dashes(tmp_path):
    result = convert_text(tmp_path, "minutes.md", "# (3/6/24) Meeting Minutes\n\n## Attendees:\n\n* Ana Lopez\n"
                          "* Ben Okafor\n\n## Notes\n\n1. Glossary process discussed.\n\n## Action\n\n"
                          "* [ ] Ana/Ben: Rename the group in every channel and repository\n"
                          "* [ ] Group: Glossary to define the roadmap terms\n"
                          "* [ ] Ana - to set up a session with the steering committee\n"
                          "* [ ] Ana - will work on a draft comms plan\n")
    assert [(a.lead, a.action) for a in result.actions] == [
        ("Ana/Ben", "Rename the group in every channel and repository"),
        ("Group", "Glossary to define the roadmap terms"),
        ("Ana", "to set up a session with the steering committee"),
        ("Ana", "will work on a draft comms plan")]


EARLY = """These notes follow the discovery's final show and tell. They are means towards the outcomes, not
complete solutions in themselves.

## Define and own standards

- [ ] Improve the usability of the inspection system
  - use consistent search patterns
- [ ] Enforce stricter use of the batch option
- [ ] Standardise and brand the official forms

## Build service management capability

- [ ] Use daily reporting to find the gaps in feedback
- [ ] Identify and confirm the service owner

## Communicate value proposition

- [ ] Explore a business model canvas for the service
- [ ] Review the terms of reference of the working group
"""


def test_task_lists_of_imperatives_under_areas_are_a_plans_actions(tmp_path):
    result = convert_text(tmp_path, "wiki-page.md", EARLY)
    got = [(a.area, a.action) for a in result.actions]
    assert len(got) == 7
    assert got[0] == ("Define and own standards", "Improve the usability of the inspection system")
    assert got[-1] == ("Communicate value proposition", "Review the terms of reference of the working group")
    assert [m.milestone for m in result.actions[0].milestones] == ["use consistent search patterns"]


def test_the_same_lists_without_boxes_are_not_enough(tmp_path):
    result = convert_text(tmp_path, "wiki-page.md", EARLY.replace("[ ] ", ""))
    assert result.actions == []


@pytest.mark.parametrize("heading, other", [("Communicate value proposition", False), ("Our values", True),
                                            ("Contents", True), ("Done", True)])
def test_a_heading_stating_work_to_do_names_no_other_kind_of_list(heading, other):
    assert names_other_list(heading) is other


def test_a_heading_of_the_titles_rank_after_text_under_it_opens_a_section():
    from planx.extract.markdown import parse_markdown_lines
    from planx.normalise.commitments import title_lines
    raw = parse_markdown_lines(RETRO.splitlines(), name="retro.md")
    assert title_lines(raw) == ["3 March 2021"]  # not 'Actions', which would name the page a plan of actions
    raw = parse_markdown_lines(["## Delivery plan", "## Housing and homes", "", "Some text."], name="plan.md")
    assert title_lines(raw) == ["Delivery plan", "Housing and homes"]  # no text between: a subtitle still
