"""Plan tables whose headings no reading of a plan's wordings accepts, read by what their columns hold
(headers._header_by_meaning), and the tables the same evidence refuses.

The shapes are those of the dev set dev_headmeaning (real team, committee and project tables from
public repositories; the texts below are abridged or reworded, not copied): a student team's
'Deliverable | Team Members' table under a 'Category | Task | Deadline' one, a committee's minutes
with an action table among attendance, motion and 'Moved By | <name>' tables, a team's minutes
written on a template whose brackets were kept ('[Retrieve GPS location] | [Ryan] | [24/09]').

Main at 1ef20b4: the 'Deliverable | Team Members' rows were read under the table above's headings
('Team Members' and the names became actions); attendance tables under an action table of the same
width gave every attendee as an action; the bracketed rows were dropped as template placeholders.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import planx
from planx.normalise.headers import _header_by_meaning, _names_doer


def _convert(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


def _fields(header: Any) -> dict[str, tuple[str, str]]:
    return {c.label: (c.field, c.basis) for c in header.columns if c.label}


def test_headings_no_wording_names_are_read_by_their_cells():
    cells = [(0, 1, "Item"), (1, 1, "Person"), (2, 1, "Month")]
    rows = [[(0, "Write the gateway API contract"), (1, "Backend Engineer"), (2, "March 2026")],
            [(0, "Define design tokens and palette"), (1, "Designer"), (2, "April 2026")],
            [(0, "Build the app scaffold and run it"), (1, "Frontend Engineer"), (2, "May 2026")]]
    header = _header_by_meaning(cells, rows)
    assert header is not None and header.read_by == "cells"
    assert _fields(header) == {"Item": ("action", "content"), "Person": ("lead", "heading"),
                               "Month": ("due", "content")}


def test_a_heading_that_names_the_actions_takes_noun_phrases_beside_names():
    cells = [(0, 1, "Deliverable"), (1, 1, "Team Members")]
    rows = [[(0, "Project proposal"), (1, "Katherine & Alex")], [(0, "Deliverable 1"), (1, "Alex")],
            [(0, "Deliverable 1 Documentation"), (1, "Katherine")]]
    header = _header_by_meaning(cells, rows)
    assert header is not None
    # 'Member' names who does the work (vocab_tasks, branch tasktables): read by its heading now
    assert _fields(header) == {"Deliverable": ("action", "heading"), "Team Members": ("lead", "heading")}


def test_first_names_and_roles_name_who_acts_sentences_and_dates_do_not():
    assert _names_doer("Kim") and _names_doer("Garen + Kim") and _names_doer("Aaryut, Saif")
    assert _names_doer("Backend Engineer") and _names_doer("Everyone")
    assert not _names_doer("Write the spec") and not _names_doer("March 2026") and not _names_doer("2 hrs")


def test_tables_of_people_terms_and_motions_are_refused():
    # a staff list: names and roles, nothing to be done
    staff = [(0, 1, "Name"), (1, 1, "Role"), (2, 1, "Room")]
    assert _header_by_meaning(staff, [[(0, "Ann Lee"), (1, "Head of Service"), (2, "2.01")],
                                      [(0, "Bob Smith"), (1, "Lead Developer"), (2, "2.04")],
                                      [(0, "Carol Jones"), (1, "Project Manager"), (2, "3.10")]]) is None
    # a glossary: its question heading names no actions, its terms are no people
    terms = [(0, 1, "Term No."), (1, 1, "The Term"), (2, 1, "What does it stand for."), (3, 1, "Description")]
    glossary = [[(0, "1"), (1, "PMO"), (2, "Project management office."), (3, "A department")],
                [(0, "2"), (1, "SOC"), (2, "Security Operation Center."), (3, "A team")],
                [(0, "3"), (1, "IRP"), (2, "Incident Response Planning."), (3, "A plan")]]
    assert _header_by_meaning(terms, glossary) is None
    # motions moved and seconded: decisions, though they open with verbs beside names and a status
    motions = [(0, 1, "Motion Text"), (1, 1, "Moved by"), (2, 1, "Seconded by"), (3, 1, "Status")]
    assert _header_by_meaning(motions, [[(0, "Adopt Loomio for online decisions."), (1, "Fletcher"),
                                         (2, "Phoebe"), (3, "Accepted")],
                                        [(0, "Adopt the permission structure above."), (1, "Lewis"),
                                         (2, "Phoebe"), (3, "Accepted")]]) is None
    # a timesheet: projects (a weak heading for actions) beside departments and hours
    sheet = [(0, 1, "Date"), (1, 1, "Project"), (2, 1, "Department"), (3, 1, "Hours")]
    assert _header_by_meaning(sheet, [[(0, "04/03/2024"), (1, "Website Redesign"), (2, "Marketing"), (3, "7.5")],
                                      [(0, "05/03/2024"), (1, "Payroll Migration"), (2, "Finance"), (3, "6")],
                                      [(0, "06/03/2024"), (1, "Website Redesign"), (2, "Marketing"), (3, "8")]]) is None
    # a threat model: mitigations open with verbs, components look like names; its headings say register
    threats = [(0, 1, "Component"), (1, 1, "Threat Type"), (2, 1, "Mitigation Strategy")]
    assert _header_by_meaning(threats, [[(0, "User Authentication"), (1, "Spoofing"),
                                         (2, "Use OAuth2 with state tokens; enforce HTTPS.")],
                                        [(0, "Movie Search API"), (1, "Tampering"),
                                         (2, "Validate and sanitise all input.")]]) is None
    # programmes, their leads and their funding: 'Supporting …' opens with a verb, the sums say funding list
    funds = [(0, 1, "Contributing programme"), (1, 1, "Lead"), (2, 1, "Funding")]
    assert _header_by_meaning(funds, [[(0, "Supporting Families programme"), (1, "Head of Early Help"), (2, "£1.2m")],
                                      [(0, "Developing the social work academy"), (1, "Principal Social Worker"),
                                       (2, "£450k")],
                                      [(0, "Sufficiency capital programme"), (1, "Head of Commissioning"),
                                       (2, "£3.8m")]]) is None
    # a stakeholder analysis: objectives that open with 'To …' for each stakeholder
    stake = [(0, 1, "Stakeholder"), (1, 1, "Objectives"), (2, 1, "Comms plan references")]
    assert _header_by_meaning(stake, [[(0, "Local Authorities"), (1, "To create awareness and encourage activity"),
                                       (2, "1")],
                                      [(0, "Developers"), (1, "To inform of developments and engage them"),
                                       (2, "1")],
                                      [(0, "Citizens/Activists"), (1, "To inform of developments and engage them"),
                                       (2, "2")]]) is None
    # a key to a tracker's columns: its first column's cells are headings themselves
    key = [(0, 1, "Column"), (1, 1, "What to enter")]
    assert _header_by_meaning(key, [[(0, "Action"), (1, "What will be done, in plain English")],
                                    [(0, "Lead officer"), (1, "The officer accountable for delivery")],
                                    [(0, "RAG"), (1, "R, A, G or B from the Key sheet")]]) is None
    # a banner clipped into cells over the plan's own heading row: the heading row below decides
    banner = [(0, 1, "Area for improvemen"), (1, 1, "t 2: Improve the frequ"), (2, 1, "ency and quality of ma")]
    assert _header_by_meaning(banner, [[(0, "Objective"), (1, "Actions"), (2, "Target date")],
                                       [(0, "Decisions are recorded"), (1, "Introduce a supervision tracker"),
                                        (2, "March 2015")],
                                       [(0, "Supervision is regular"), (1, "Embed a programme of audits"),
                                        (2, "June 2015")]]) is None
    # instructions alone, nobody, no date, no status: a list, not a plan table
    steps = [(0, 1, "Section"), (1, 1, "Overview of Task")]
    assert _header_by_meaning(steps, [[(0, "Setup"), (1, "Determine missing dependencies")],
                                      [(0, "Setup"), (1, "Retrieve missing dependencies")]]) is None


TEAM_ROLES = """# Report: Team Tasks, Roles, and Deliverables

## Team deliverables
|Category|Task|Deadline
|-|-|-|
|Project Plan|Project proposal| 08/03/2024 |
|Project Plan|Formal Documentation| 12/04/2024 |
|Software Development|Testing|26/04/2024|

| Deliverable | Team Members |
|-|-|
|Project proposal|Katherine & Alex|
|Deliverable 1| Alex
|Deliverable 1 Documentation| Katherine
|Presentation| Katherine & Alex|
"""


def test_a_second_table_with_headings_of_its_own_is_read_by_them(tmp_path):
    result = _convert(tmp_path, "team_roles.md", TEAM_ROLES)
    got = [(a.action, a.lead) for a in result.actions]
    assert got[3:] == [("Project proposal", "Katherine & Alex"), ("Deliverable 1", "Alex"),
                       ("Deliverable 1 Documentation", "Katherine"), ("Presentation", "Katherine & Alex")]
    assert [a.action for a in result.actions[:3]] == ["Project proposal", "Formal Documentation", "Testing"]
    # 'Team Members' is read by its heading since 'Member' names who does the work (vocab_tasks,
    # branch tasktables); before, its cells said so ('read by what the columns hold')


MINUTES = """# Committee Meeting 2020.08.22

### Members Present

| Attendees | Attended |
|-----------|----------|
| Hyanggi L | Y |
| Jamie V | N |

### Review Previous Meeting's Action Items

| Action Items | Who |
|--------------|-----|
| Update wiki (list of committee members) | Vincent Dalstra |
| Assign key | Vincent Dalstra |

### Emergency Business

| Moved By    | Iain     |
|-------------|----------|
| Seconded By | Vincent  |
| Status      | Accepted |

| Attendees | Attended |
|-----------|----------|
| Nita K | Y |
| Luke W | N |
"""


def test_tables_with_their_own_headings_are_not_read_under_an_action_tables(tmp_path):
    result = _convert(tmp_path, "minutes.md", MINUTES)
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Update wiki (list of committee members)", "Vincent Dalstra"), ("Assign key", "Vincent Dalstra")]
    kept = " ".join(str(v) for row in result.leftovers for v in vars(row).values())
    assert "Luke W" in kept and "Seconded By" in kept  # nothing lost
    assert any("its own heading row ('Attendees | Attended')" in w for w in result.warnings)


BRACKETS = """# [G04 - App]

## Action Items
| Task                                   | Assigned To |  Due Date  |
|:---------------------------------------|:-----------:|:----------:|
| [Finalize visuals with figma]          |[Liu & Shawn]| [22/09] |
| [Retrieve GPS location]                |  [Ryan]     | [24/09] |
| [Data generator]                       |  [Gea]      | [     ] |
| [Views for streamed data]              | [unassigned]|
"""

TEMPLATE = """# Meeting

## Action Items
| Task | Assigned To | Due Date |
|------|-------------|----------|
| [Task description] | [Name] | [Date] |
"""


def test_a_template_filled_in_with_its_brackets_kept_gives_its_rows(tmp_path):
    result = _convert(tmp_path, "meeting-2.md", BRACKETS)
    assert [a.action for a in result.actions] == ["[Finalize visuals with figma]", "[Retrieve GPS location]",
                                                  "[Data generator]", "[Views for streamed data]"]
    assert result.actions[1].lead == "[Ryan]"
    # the template itself, its one placeholder row: no action
    assert _convert(tmp_path, "template.md", TEMPLATE).actions == []
