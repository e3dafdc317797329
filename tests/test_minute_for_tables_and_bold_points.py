"""Working-group minutes written in Markdown: a cover table (Meeting / Date / Attendance), a 'Proposed
agenda' list, a 'Previous actions' table headed 'Issue | For | Action | Feedback' (For: whom the action is
for, its owner's initials; Feedback: what was heard back, 'Complete') and an 'Action summary' table headed
'Issue | For | Action | Timescale'. And minutes that review earlier actions as a numbered list of points,
each point's label and sentence set in bold ('1. **Action 1.1: DS to contact …?** DS and AB have now …
_Closed_'): the bold ends the action, the report after it closes on how it stands. Synthetic documents
of those shapes.

Main at b018f3c read none of the table minutes' actions (refused as an 'agenda' whose items say neither
who nor how they stand: 'For' named no field), and read each bold point with its whole report as the
action.
"""
from __future__ import annotations

from pathlib import Path

from conftest import read

import planx
from planx.normalise.headers import DECENT, classify
from planx.normalise.minutes import emphasised_opening, report_status

FOR_TABLES = """| <img src="/assets/badge.png" alt="Badge" width="150"> | Data Pipeline Working Group |
| -------------- | -------------------- |
| **Meeting**    | 07 Zoom              |
| **Date**       | 2022-03-16           |
| **Attendance** | AK LT PD             |

## Proposed agenda

* Membership updates
* Storage migration
* AOB

## Previous actions

| Issue | For | Action | Feedback |
|-------|-----|--------|----------|
| #4 | LT | Set up the staging database | Complete |
| | PD | Move the nightly export to the new cluster | Complete |
| | AK | Review the retention settings | Chased but no longer a priority |

# Discussion

* LT reported the staging database is live and the nightly export now runs on the new cluster.
* The group discussed storage quotas for the new cluster at some length.

## Action summary

| Issue | For | Action | Timescale |
|-------|-----|--------|-----------|
| | PD | PD to write up the storage quota proposal | |
| | AK | AK to ask the vendor about backup pricing | |
"""


def _convert(tmp_path: Path, name: str, text: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([folder], out=out, jobs=1)
    return read(out, "actions"), read(out, "documents")


def test_for_alone_names_the_owner_column_but_opens_no_other_heading():
    assert classify("For")[0] == "lead"
    assert classify("Feedback")[0] == "progress"
    # 'For' as the first word of a heading, or a near spelling, says nothing of who acts
    assert classify("For information")[0] != "lead"
    assert classify("For decision")[0] != "lead"
    assert classify("Four")[0] != "lead"


def test_feedback_names_the_update_column_but_a_task_opening_with_it_reads_as_no_heading():
    # a log with no heading row whose first task opens 'Feedback on …' (ODUG's action log, a real
    # fixture): read as a heading, its table lost 14 actions. Seven words after the synonym read as
    # a task's, not as a heading qualified (headers.opening_heading_factor)
    assert classify("Feedback on final version of proposed dataset reporting tool")[1] < DECENT
    assert classify("Feedback received")[0] == "progress"


def test_minutes_action_tables_headed_for_give_their_actions_owners_and_statuses(tmp_path: Path):
    acts, docs = _convert(tmp_path, "minutes.md", FOR_TABLES)
    assert docs[0]["status"] != "failed", docs[0]["error"]
    got = {a["action"]: a for a in acts}
    assert len(acts) == 5, list(got)
    assert got["Set up the staging database"]["lead"] == "LT"
    assert got["Set up the staging database"]["status"] == "complete"
    assert got["Move the nightly export to the new cluster"]["status"] == "complete"
    assert got["Review the retention settings"]["lead"] == "AK"
    assert got["PD to write up the storage quota proposal"]["lead"] == "PD"
    assert got["AK to ask the vendor about backup pricing"]["lead"] == "AK"


BOLD_POINTS = """# Ocean model development meeting minutes

9th May 2024.

Participants: Jo Bloggs (JB - chair), Dana Smith (DS), Alex Brown (AB), Chris Green (CG)

## Review actions from previous meetings

1. **Action 1.1: DS to contact the grid team for new mesh files.** DS has them; not progressed. _Closed_
2. **Action 2.1: JB to pass AB's contact to the tuning group.** _Done. Closed_
3. **Action 2.2: CG to contact the river data team on runoff.** _Ongoing_ Needs a new plan.
4. **Action 2.3: AB to ask the panel which period is adopted.** _Done._ AB updated the issue. _Closed_

## Actions

 * 3.1: JB to create a timetable for the development releases.
"""


def test_a_bold_action_point_ends_at_its_bold_and_its_report_gives_the_status(tmp_path: Path):
    acts, _ = _convert(tmp_path, "minutes.md", BOLD_POINTS)
    got = {a["action"].rstrip("."): a for a in acts}
    assert "DS to contact the grid team for new mesh files" in got, list(got)
    assert got["DS to contact the grid team for new mesh files"]["status"] == "complete"
    assert got["JB to pass AB's contact to the tuning group"]["status"] == "complete"
    assert got["CG to contact the river data team on runoff"]["status"] == "ongoing"
    assert got["AB to ask the panel which period is adopted"]["status"] == "complete"
    assert len(acts) == 5, list(got)


def test_the_opening_bold_run_is_marked_again_only_when_it_opens_with_an_action_label():
    text = "1. Action 1.1: DS to contact the grid team. DS has now received the files."
    assert emphasised_opening(text, ["Action 1.1: DS to contact the grid team."]) == \
        "1. **Action 1.1: DS to contact the grid team.** DS has now received the files."
    # a bold run that is no action point's label, or that does not open the item, changes nothing
    assert emphasised_opening("1. Background: the grid. More text.", ["Background: the grid."]) == \
        "1. Background: the grid. More text."
    assert emphasised_opening(text, ["DS has now received the files."]) == text


def test_the_report_status_is_the_last_italic_run_that_is_a_status_and_no_more():
    assert report_status("_Done._ AB has updated the issue. _Closed_") == "Closed"
    assert report_status("_Ongoing_ Need a reformulated action.") == "Ongoing"
    assert report_status("_Done. Closed_") == "Done. Closed"
    assert report_status("We discussed _the new grid_ at length.") == ""


def test_a_month_and_two_digits_is_month_and_year_as_the_contract_says():
    from planx.normalise.dates import PlanDate, find_dates
    # CONTRACT.md: 'a month name followed by a two-digit number is month and year', whatever the
    # document's year: 'Two weeks (Mar 10)' in a 2021 minute reads March 2010 (a reader would say the
    # 10th of March 2021; the contract rules, and the closing note of the 23rd session says so)
    assert find_dates("Two weeks (Mar 10)", 2021) == [PlanDate(2010, 3, None)]
    assert find_dates("June 18", 2015) == [PlanDate(2018, 6, None)]
    assert find_dates("Apr-10", 2022) == [PlanDate(2010, 4, None)]
