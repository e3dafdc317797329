"""Minutes whose agenda items are numbered headings, one of them the meeting's action list.

The Government of Canada's Open Source Advisory Board (minutes in Markdown, canada-ca repositories)
heads its record '# Open Source Advisory Board', then '## Agenda' (a numbered list naming '7. Action
Items'), then '## 1. Welcome' … '## 7. Action Items' over bullets. The heading's agenda number does not
hide the label it carries (minutes._AGENDA_NUMBER), the heading is its items' section (area '7', 'Action
Items': Walker.paragraph), and the one first-rank heading the author set atop the record is its title
even where it names the board alone (title.pick_title). Synthetic minutes of the same shape.
"""
from __future__ import annotations

from conftest import convert_text

MINUTES = """# Open Source Advisory Board
February 20th, 2019

## Agenda
1. Welcome
2. Update on policies work
3. Roundtable
4. Action Items

## 1. Welcome
Attendees
* Jane Doe, Co-chair
* John Roe, TBS

## 2. Update on policies work
* Directive on AI
  * Release source code by default
* Updating generic terms and conditions for procurement

## 3. Roundtable

## 4. Action Items
* Send out the foundational issues document
* Send out the OECD playbook
* Find a room at TBS for the hackathon
"""


def test_a_numbered_action_items_heading_gives_its_list_and_its_section(tmp_path):
    r = convert_text(tmp_path, "2019-02-20.md", MINUTES)
    assert [a.action for a in r.actions] == ["Send out the foundational issues document",
                                             "Send out the OECD playbook", "Find a room at TBS for the hackathon"]
    assert {(a.area_ref, a.area) for a in r.actions} == {("4", "Action Items")}


def test_the_agendas_numbered_line_naming_the_action_items_opens_no_list(tmp_path):
    # '4. Action Items' in the agenda is an item of the agenda, no heading: the agenda stays no action
    r = convert_text(tmp_path, "2019-02-20.md", MINUTES)
    assert not any(a.action in ("Welcome", "Roundtable", "Update on policies work") for a in r.actions)


def test_the_one_first_rank_heading_is_the_title_though_it_names_the_board(tmp_path):
    r = convert_text(tmp_path, "2019-02-20.md", MINUTES)
    assert r.title == "Open Source Advisory Board"
    # two first-rank headings: neither is marked as the title by rank alone
    two = MINUTES.replace("## Agenda", "# Agenda")
    assert convert_text(tmp_path, "two.md", two).title != "Open Source Advisory Board"


NESTED = """# Open Source Advisory Board

## 1. Welcome
* Jane Doe, Co-chair

## 2. Action Item

* Share the guidance on secure development
* Direction on namespaces and procurement needed
  * Boilerplate documents
* Tools to automate lints and repos
  * Compounded dependencies
* Meet with PSPC about acceptable licences to procure
"""


def test_a_bullet_nested_under_an_item_finishes_it_and_the_list_goes_on(tmp_path):
    # main ended the list at the first nested bullet ('Boilerplate documents', too short to be an item)
    r = convert_text(tmp_path, "2018-12-19.md", NESTED)
    assert [a.action for a in r.actions] == [
        "Share the guidance on secure development",
        "Direction on namespaces and procurement needed; Boilerplate documents",
        "Tools to automate lints and repos; Compounded dependencies",
        "Meet with PSPC about acceptable licences to procure"]


INLINE = """# Open Source Advisory Board

## 3. Open First Whitepaper
* The whitepaper was presented.

## 4. Open Standards and Open Source Software in the GC

### Digital Standards
* The standards were discussed.
* Action item: Guillaume to send links to everyone with the work he is doing with Justice

## 5. Update: Working Group Rules
* Action item: Members without access to GC message to let us know so that we can invite them
"""


def test_inline_action_items_take_the_numbered_minute_they_stand_in(tmp_path):
    # a topic heading of lower rank inside minute 4 does not replace it; a colon in minute 5's title
    # does not cost it its number
    r = convert_text(tmp_path, "2018-07-18.md", INLINE)
    assert [(a.area_ref, a.area) for a in r.actions] == [
        ("4", "Open Standards and Open Source Software in the GC"), ("5", "Update: Working Group Rules")]


def test_a_nested_bullet_that_is_an_action_of_its_own_stays_one(tmp_path):
    # a meeting note's indented item naming who acts ('Chris and Jos Creese to capture …') is no part of
    # the item above it
    text = NESTED.replace("  * Compounded dependencies", "  * Chris and Jos Creese to capture the learning")
    r = convert_text(tmp_path, "note.md", text)
    assert "Tools to automate lints and repos" in [a.action for a in r.actions]
    assert any(a.action.startswith("Chris and Jos Creese to capture") for a in r.actions)
