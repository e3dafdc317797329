"""Shapes met in a sweep of real Word, sheet, HTML and Markdown plans (all documents here synthetic):

- a schedule counted from the plan's start ('1. Week 1: Identify …', 'Weeks 2–6 – Build …'): the
  step is the item's timeframe, no due date, and the verb after it says it is an action;
- a web page's card list whose items are each a title over a line or two of detail and a badge, an
  empty CSS checkbox before them ('<li><div class="check"></div><div>…</div></li>'): one list, an
  action per item, the bullet on the item's title, the details kept aside;
- a minute's grid whose only column naming the actions does so after a slash ('Discussion Point |
  Notes / Action Items | Responsible'): that column is the action;
- titles: an item enumerated with a bracket ('1) Learn …') is never the title; a lower heading that
  opens with the first-rank heading's words ('Action Plan Objectives' under 'Action Plan') names a
  part of it, not the document.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

from planx.extract.model import Paragraph
from planx.normalise.commitments import leading_step
from planx.normalise.title import pick_title

# ---- a schedule's steps --------------------------------------------------------------------------------


@pytest.mark.parametrize("item, step, rest", [
    ("Week 1: Identify current skills", "Week 1", "Identify current skills"),
    ("Weeks 2–6 – Build the hub pages", "Weeks 2–6", "Build the hub pages"),
    ("Month 3: Review the rota", "Month 3", "Review the rota"),
    ("Year 1: Appoint a lead", "Year 1", "Appoint a lead"),
    ("Q1: Develop partnerships", "", "Q1: Develop partnerships"),  # a quarter: no step of a schedule
    ("Priority 1: Early help", "", "Priority 1: Early help"),
    ("Week 1:", "", "Week 1:"),  # nothing after it
    ("Lead: Clerk", "", "Lead: Clerk"),
])
def test_leading_step(item: str, step: str, rest: str) -> None:
    assert leading_step(item) == (step, rest)


SCHEDULE = """# Volunteer Induction Action Plan

Work through these steps with your coordinator:

1. Week 1: Meet the coordinator and complete the safety briefing.
2. Week 2: Shadow an experienced volunteer on two shifts.
3. Week 3: Lead a shift with support from the team leader.
4. Weeks 4–6: Complete the safeguarding course and record it.
"""


def test_a_schedules_steps_are_the_items_timeframe(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "induction.md", SCHEDULE)
    got = [(a.action, a.timeframe, a.due_date) for a in result.actions]
    assert got == [
        ("Meet the coordinator and complete the safety briefing.", "Week 1", ""),
        ("Shadow an experienced volunteer on two shifts.", "Week 2", ""),
        ("Lead a shift with support from the team leader.", "Week 3", ""),
        ("Complete the safeguarding course and record it.", "Weeks 4–6", ""),
    ]


# ---- a card list: an item's title over its detail ------------------------------------------------------

CARDS = [
    ("Quick wins", [("Redirect the old parking page to the travel page", "Merge the two pages into one.", "Web only"),
                    ("Rewrite the page titles of the five busiest pages", "Their click rates are lowest.", "Metadata"),
                    ("Remove the duplicate museums page", "The same four museums are listed twice.", "Web only")]),
    ("Content build", [("Expand the market town page to 1,000 words", "It draws the most searches.", "Town page"),
                       ("Build a winter events hub page", "Tie it to the seasonal campaign.", "Holiday hub"),
                       ("Write a guide to the walking trails", "Walkers ask for one most often.", "Guide")]),
]


def card_page() -> str:
    sections = ""
    for heading, items in CARDS:
        lis = "".join(f'<li><div class="check"></div><div class="content"><div class="title">{t}</div>'
                      f'<div class="detail">{d}</div></div><span class="badge">{b}</span></li>'
                      for t, d, b in items)
        sections += f'<h3>{heading}</h3><ul class="action-list">{lis}</ul>'
    return f"""<html><head><title>Visitor Website Action Plan</title></head><body><main>
<h2>Visitor Website Action Plan</h2><p>Prioritised by effort and impact.</p>{sections}</main></body></html>"""


def test_card_list_items_over_their_details(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "cards.html", card_page())
    got = [(a.area, a.action) for a in result.actions]
    assert got == [(heading, t) for heading, items in CARDS for t, _, _ in items]
    kept = [x.text for x in result.leftovers]
    assert "•" not in kept  # no bullet printed on a line of its own
    for _, items in CARDS:
        for _, detail, badge in items:
            assert detail in kept and badge in kept  # nothing lost


LOOSE = """# Library Action Plan

## This term

- Extend opening hours on Saturdays

  Staff rota agreed with the union.

- Launch a homework club for Year 7

  Run by two volunteers.

- Replace the self-service kiosks

  Budget approved in March.
"""


def test_loose_list_items_with_a_line_of_detail_each(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "library.md", LOOSE)
    assert [a.action for a in result.actions] == ["Extend opening hours on Saturdays",
                                                  "Launch a homework club for Year 7",
                                                  "Replace the self-service kiosks"]
    kept = " ".join(x.text for x in result.leftovers)
    assert "Run by two volunteers." in kept


# ---- a minute's grid naming its actions after a slash -------------------------------------------------

GRID = """# Steering Group Meeting Minutes

| Discussion Point | Notes / Action Items | Responsible |
| --- | --- | --- |
| Budget | Revised budget submitted by the treasurer for review next week. | Treasurer |
| Website | Hosting quotes received; decision at the next meeting. | JK / Comms |
| Volunteers | Recruitment leaflet printed and shared with partner groups. | Volunteer lead |
"""


def test_a_column_naming_the_actions_after_a_slash(tmp_path: Path) -> None:
    """The notes commit to nothing in their words (main read no action); the heading says they hold
    the actions, each with who is responsible."""
    result = convert_text(tmp_path, "minutes.md", GRID)
    got = [(a.action, a.lead) for a in result.actions]
    assert got == [("Revised budget submitted by the treasurer for review next week.", "Treasurer"),
                   ("Hosting quotes received; decision at the next meeting.", "JK / Comms"),
                   ("Recruitment leaflet printed and shared with partner groups.", "Volunteer lead")]
    assert any("after a slash" in str(w) for w in result.warnings)


# ---- titles --------------------------------------------------------------------------------------------


def test_a_bracket_enumerated_item_is_no_title() -> None:
    lines = [Paragraph("1) Learn the data framework", 1, 1), Paragraph("2) Learn image processing", 1, 2)]
    assert pick_title(lines)[0] == ""


def test_a_lower_heading_extending_the_first_ranks_words_is_a_part() -> None:
    lines = [Paragraph("Action Plan | Regional Transport Plan 2040", 1, 1),
             Paragraph("Action Plan", 1, 2, heading=True, rank=1),
             Paragraph("The region must make more progress on housing.", 1, 3, heading=True, rank=2),
             Paragraph("Action Plan Objectives", 1, 4, heading=True, rank=4)]
    assert pick_title(lines)[0] != "Action Plan Objectives"


# ---- a minute's 'Terence M to …': a first name and the surname's initial --------------------------------


@pytest.mark.parametrize("sentence, lead", [
    ("Terence M to submit the budget split proposal.", "Terence M"),
    ("Elaine C and Arnaud B to provide feedback on the slides.", "Elaine C and Arnaud B"),
    ("Pedro L. to keep the check-in board up to date.", "Pedro L."),
    ("Plan B to be agreed by the board.", ""),  # a plan's option, no person
    ("Phase A to start in May.", ""),
])
def test_a_first_name_and_initial_acts(sentence: str, lead: str) -> None:
    from planx.normalise.minute_marks import lead_of
    assert lead_of(sentence) == lead


# ---- a tracker's 'Next action' beside the task's own heading -------------------------------------------

TRACKER = """Ref,Task_Title,Owner,Due_Date,Status,Next_Action
T-1,Community hall lease renewal,Clerk,2026-03-31,In Progress,Send the draft lease to the solicitor
T-2,Playground safety inspection,Facilities Officer,2026-02-28,In Progress,Book the inspector for February
T-3,Annual audit return,Responsible Financial Officer,2026-06-30,Not started,Collect the bank statements
"""


def test_next_action_beside_the_task_is_its_progress(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "tracker.csv", TRACKER)
    got = [(a.action, a.lead, a.progress) for a in result.actions]
    assert got == [("Community hall lease renewal", "Clerk", "Send the draft lease to the solicitor"),
                   ("Playground safety inspection", "Facilities Officer", "Book the inspector for February"),
                   ("Annual audit return", "Responsible Financial Officer", "Collect the bank statements")]


def test_next_steps_alone_stays_the_action(tmp_path: Path) -> None:
    text = "Issue,Next steps,Owner,Date\nLeaking roof,Get three quotes for the repair,Clerk,March 2026\n" \
           "Broken gate,Replace the hinge on the north gate,Warden,April 2026\n"
    result = convert_text(tmp_path, "issues.csv", text)
    assert [a.action for a in result.actions] == ["Get three quotes for the repair",
                                                  "Replace the hinge on the north gate"]


# ---- a real minute's grid (tests/fixtures/real_sweep/SOURCES.md: Intersect OSC minutes, Apache-2.0) ----

REAL = Path(__file__).parent / "fixtures" / "real_sweep"
OSC_MINUTES = "intersect_osc_minutes_2024-01-26.md"


def test_real_minutes_grid_with_notes_and_action_items() -> None:
    import json

    import planx
    result = planx.convert_file(str(REAL / OSC_MINUTES))
    want = json.loads((REAL / f"{OSC_MINUTES}.truth.json").read_text(encoding="utf-8"))["actions"]
    assert [(" ".join(a.action.split()), a.lead) for a in result.actions] == \
        [(a["action"], a["lead"]) for a in want]
    assert (REAL / OSC_MINUTES).stat().st_size < 1_000_000


# ---- sibling actions worded alike are two actions, not one printed twice ---------------------------------


@pytest.mark.parametrize("first, later, same", [
    ("Expand the Leesburg town page to 1,500 words", "Expand the Middleburg town page to 1,500 words", False),
    ("Build the Mother's Day hub page (Tier 1 holiday)", "Build the Father's Day hub page (Tier 1 holiday)", False),
    ("Review the original tenancy policy with the board", "Review the orginal tenancy policy with the board", True),
    ("Publish the annual report on the website.", "Publish the annual report on the website", True),
])
def test_alike_words_tells_siblings_from_repeats(first: str, later: str, same: bool) -> None:
    from planx.normalise.recaps import alike_words
    from planx.normalise.records import Action
    assert alike_words(Action(action=later), Action(action=first)) is same


# ---- an agenda's numbered items straight over a minute's grid ----------------------------------------

AGENDA_OVER_GRID = """# (03/14/25) Committee Meeting Minutes

Agenda:

1. Update from the policy group (AB)
2. Update from the strategy group (CD)
3. Website review (EF)

| Topic | Action | Owner |
| --- | --- | --- |
| Policy | Circulate the revised policy to members | AB |
| Strategy | Book the strategy away day | CD |
| Website | Commission the accessibility audit | EF |
"""


def test_an_agendas_numbered_items_head_no_table_and_name_no_title(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "minutes.md", AGENDA_OVER_GRID)
    assert result.title == "(03/14/25) Committee Meeting Minutes"
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Circulate the revised policy to members", "AB"), ("Book the strategy away day", "CD"),
        ("Commission the accessibility audit", "EF")]
    assert all("Website review" not in a.area for a in result.actions)
    kept = " ".join(x.text for x in result.leftovers)
    assert "3. Website review (EF)" in kept
