"""Community groups' meeting papers, in our own words, in the shapes of real ones (a hackerspace's
plenum minutes, a flying club's narrative minutes, a makerspace committee's wiki minutes):

- a bold label naming what the meeting decided ('**Resolved**', 'Agreed:', '## Decisions') over items
  'Name: <instruction>': each such item is an action, the name its lead; '(none)', a decision that
  names no one, a name over a record or a question are no actions, nor the discussion above the label;
- narrative minutes: a motion ('Motion to accept … was made by …'), a rule for others ('Operators will
  need to …'), the club's own intention ('Club will again …') and an agenda's 'NEW BUSINESS' are no
  actions; 'Marvin will ask …' still is one;
- a table's lone-cell row that is a clause setting a task ('Action expired members to remove their
  property') is an action, not a banner over the rows below;
- a wiki page's heading holding its front matter's title ('# Committee Meeting - 2023-01-07' under
  'title: 2023-01-07') is the page's title, over a later '# Minutes'.
"""
from __future__ import annotations

from pathlib import Path

import docx

import planx
from planx.normalise.columns import sets_infinitive_task
from planx.normalise.minutes import decided_task, decision_label, imperative

_PLENUM = """## Club Plenum 2024-03-07 Agenda/Minutes

- Present: Ada, Bruno, Chidi, Dolores, Emeka

### 19:30 Money

- Nothing received; discuss how to close the books by the 5th of each month.

**Resolved**

- Ada: Introduce Bruno to the bookkeeper, by March 20
- Bruno/Chidi: Sort out the direct debit forms with the bank.
- The membership fee stays as it is
- Dolores: Reported that the account is in credit
- (none)

### 19:45 Workshop

- Should the lathe be moved?
- Is more shelving needed?

**Resolved**

- Emeka: Go ahead and fit shelving in the back room this month.
- Dolores: Display the safety rules beside each machine

### 20:00 Close
"""


def _convert(tmp_path: Path, name: str, text: str) -> planx.DocResult:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(path)


def test_named_instructions_under_a_resolved_label_are_actions(tmp_path: Path) -> None:
    result = _convert(tmp_path, "plenum.md", _PLENUM)
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Introduce Bruno to the bookkeeper, by March 20", "Ada"),
        ("Sort out the direct debit forms with the bank.", "Bruno/Chidi"),
        ("Go ahead and fit shelving in the back room this month.", "Emeka"),
        ("Display the safety rules beside each machine", "Dolores")]


def test_the_same_items_under_a_discussion_label_are_no_actions(tmp_path: Path) -> None:
    # the label is the evidence: under '**Discussion**' the items are talk, not decisions
    result = _convert(tmp_path, "plenum.md", _PLENUM.replace("**Resolved**", "**Discussion**"))
    assert not [a for a in result.actions if a.lead in ("Ada", "Emeka", "Dolores")]


def test_decision_labels_and_their_items() -> None:
    assert all(decision_label(t) for t in ("**Resolved**", "Agreed:", "## Decisions", "Outcomes", "*Decided*"))
    assert not any(decision_label(t) for t in ("Resolved that the accounts be approved", "Discussion", "Actions"))
    assert decided_task("Luther/Valentine: Sort out details for the visitors tomorrow.") == \
        ("Luther/Valentine", "Sort out details for the visitors tomorrow.")
    assert decided_task("(none)") is None
    assert decided_task("Funding: apply for the grant by May") is None  # a topic before the colon
    assert decided_task("Dolores: Reported that the account is in credit") is None
    assert not imperative("Is it desirable to install picture rails?")
    assert not imperative("We will look at it again")
    assert not imperative("No change needed here")
    assert imperative("Survey at least current members")


def _minutes_docx(path: Path, lines: list[str]) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
        document.add_paragraph("")
    document.save(str(path))
    return path


def test_narrative_minutes_motions_rules_and_the_clubs_intentions_are_no_actions(tmp_path: Path) -> None:
    path = _minutes_docx(tmp_path / "minutes.docx", [
        "MARCH 2025 MEETING", "Riverside Gliding Club", "March 8, 2025",
        "Meeting called to order by Ann Hale at 12:01",
        "Treasurer's report was read by Tom Hale. Motion to accept treasurer's report was made by Ann "
        "seconded by Joe. All in favor and carried.",
        "OLD BUSINESS",
        "Trailer hire is now available. Members will need to sign the hire sheet, show their licence "
        "and pay the deposit. Users are asked to return it clean.",
        "NEW BUSINESS",
        "Club will again host the open day at the airfield this summer.",
        "Discussed repainting the clubhouse and whether the council or the club should pay for it.",
        "Sue asked if we can get club mugs. Marvin will ask the print shop if they will make some.",
        "Motion to adjourn.",
    ])
    result = planx.convert_file(path)
    actions = [a.action for a in result.actions]
    assert not [a for a in actions if a.startswith(("Motion", "Members will", "Club will"))]
    assert not [a for a in actions if a.startswith("Discussed")]  # no 'NEW BUSINESS' status block
    assert "Marvin will ask the print shop if they will make some." in actions


_SUMMARY = """# Action Summary

| Action Items | Who | Status |
| --- | --- | --- |
| Raise online motion for the auspicing | Fran | |
| Start negotiating loan agreements | Tools Subcommittee | Ongoing |
| Send message to the applicant to reject the application. | | |
| Action expired members to remove their property | | |
| Set up new games night events on the calendar. | Lee | Completed 2023-01-08 |
| Obtain big packets of snacks for games nights | | |
"""


def test_a_lone_row_setting_a_task_is_an_action_not_a_banner(tmp_path: Path) -> None:
    result = _convert(tmp_path, "summary.md", _SUMMARY)
    assert "Action expired members to remove their property" in [a.action for a in result.actions]
    assert all(a.area != "Action expired members to remove their property" for a in result.actions)


def test_a_clause_setting_a_task_is_no_name() -> None:
    assert sets_infinitive_task("Action expired members to remove their property")
    assert not sets_infinitive_task("Access to the library")
    assert not sets_infinitive_task("Welfare to work programme")


_WIKI = """---
title: 2024-02-03
published: true
---

# Committee Meeting - 2024-02-03

Previous meeting: 2024-01-06

# Minutes

## Action Summary

| Action Items | Who | Status |
| --- | --- | --- |
| Renew the insurance policy | Fran | Ongoing |
| Order new keys for the front door | Lee | |
"""


def test_a_heading_holding_the_front_matters_title_is_the_title(tmp_path: Path) -> None:
    result = _convert(tmp_path, "2024-02-03.md", _WIKI)
    assert result.title == "Committee Meeting - 2024-02-03"
