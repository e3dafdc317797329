"""What a roadmap's headings mean (normalise/horizons.py, used by normalise/commitments.py and
normalise/roadmaps.py): a heading that looks ahead among state headings, a heading printing a period
and a theme, and CommonMark's hard line break inside a list item.

The shapes are those of real public roadmaps and strategies (the branch's dev set
/work/realdocs/dev_roadmaps, not copied here: the texts below are written for the tests):
- service roadmaps kept as 'Things we've done' / 'Things we're working on now' / 'Things we'll do
  later' (GOV.UK Notify, NHS Notify), 'Recently shipped' / 'Working on now' / 'Future plans' (GOV.UK
  Design System): main read the later items with no status; their truth is not_started;
- a roadmap whose bold lines print a quarter and a theme ('Quarter 1 of 2024: **Governance and
  Foundations**', an open-source office's roadmap): main took the whole line as the area and gave no
  due date;
- a strategy's numbered actions with a title, a backslash and a description on the next line
  (GitBook's Markdown): main kept the backslash inside the action text.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

from planx.extract.markdown import parse_markdown_lines
from planx.normalise.aims import enumerated
from planx.normalise.commitments import leading_period
from planx.normalise.headplans import dated_line
from planx.normalise.horizons import (
    PENDING_KEY,
    HorizonTrack,
    heading_status,
    horizon_fields,
    read_horizon,
    split_period_heading,
)
from planx.normalise.minutes import announces_effects

# ---- a heading that looks ahead ----------------------------------------------------------------------


@pytest.mark.parametrize("heading, pending", [
    ("Future plans", True),
    ("Things we’ll do later", True),
    ("Coming up next", True),
    ("Up next", True),
    ("Later", True),
    ("Short Term (0-3 months)", False),  # a horizon that names no state of the work
    ("Now", False),
    ("Q1 2025", False),  # a dated period: when, not how
    ("Working on now", False),  # a state already
])
def test_a_heading_looking_ahead_is_pending(heading: str, pending: bool) -> None:
    h = read_horizon(heading)
    assert h is not None
    assert h.pending is pending


def test_looking_ahead_gives_not_started_only_among_state_headings() -> None:
    among_states = HorizonTrack(["Things we’ve done", "Things we’re working on now", "Things we’ll do later"])
    among_periods = HorizonTrack(["Now", "Next", "Later"])  # Now / Next / Later say when, not how
    for track, expected in ((among_states, "not_started"), (among_periods, "")):
        track.heading("Things we’ll do later" if track is among_states else "Later")
        context = track.context()
        fields = horizon_fields({}, context)
        assert heading_status(fields.get("status", ""), context) == expected
    assert among_states.context()[PENDING_KEY] == "1"
    assert PENDING_KEY not in among_periods.context()


# ---- a heading printing a period and a theme -------------------------------------------------------------


@pytest.mark.parametrize("heading, period, topic", [
    ("Quarter 1 of 2024: Governance and Foundations", "Quarter 1 of 2024", "Governance and Foundations"),
    ("Q3 2025 – Pilots and Optimization", "Q3 2025", "Pilots and Optimization"),
    ("Priority 1: Early help", None, "Priority 1: Early help"),  # a theme with a number, no period
    ("Now: Working on now", None, "Now: Working on now"),  # no dated period
    ("Early help", None, "Early help"),
])
def test_split_period_heading(heading: str, period: str | None, topic: str) -> None:
    h, rest = split_period_heading(heading)
    assert (h.text if h is not None else None) == period
    assert rest == topic


# ---- end to end, on files -------------------------------------------------------------------------------

SERVICE_ROADMAP = """# Roadmap

The roadmap shows what we're working on and some of the things we've done.

## Things we're working on now

- Let users create and manage their own templates
- Improve onboarding for new users
- Increase print capacity by bringing in an additional supplier

## Things we'll do later

- Improve how we validate postal addresses
- Launch a real-time reporting dashboard
- Provide more granular message statuses for all channels

## Things we've done

- Let users send direct, one-to-one messages to recipients
- Reformatted NHS numbers on printed letters to conform to style guidelines
- Let users set up a reply-to email address
"""


def test_service_roadmap_states(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "roadmap.md", SERVICE_ROADMAP)
    status = {a.action: a.status for a in result.actions}
    assert status["Improve onboarding for new users"] == "in_progress"
    assert status["Launch a real-time reporting dashboard"] == "not_started"
    assert status["Let users set up a reply-to email address"] == "complete"
    later = next(a for a in result.actions if a.action == "Improve how we validate postal addresses")
    assert later.status_raw == "Things we'll do later"
    assert not later.due_date  # a horizon that looks ahead names no date


NOW_NEXT_LATER = """# Product roadmap

## Now

- Publish the local offer pages
- Recruit two educational psychologists
- Review the panel's terms of reference

## Next

- Train 40 SENCOs in the new assessment
- Launch the parent carer survey
- Review the transport policy

## Later

- Replace the case management system
- Open a second family hub
- Consult on the new strategy
"""


def test_now_next_later_gives_no_status(tmp_path: Path) -> None:
    """Bare horizons with no state among them say when, not how: no status (as before)."""
    result = convert_text(tmp_path, "roadmap.md", NOW_NEXT_LATER)
    assert result.actions
    assert {a.status for a in result.actions} == {""}


QUARTERS = """# 2024 Office Roadmap

_All items here are subject to change each quarter._

Quarter 1 of 2024: **Governance and Foundations**

1. Establish the office's governance model and structure
2. Develop open source strategy and policies
3. Audit repositories for policy alignment

Quarter 2 of 2024: **Pilots and Optimization**

1. Implement open source pilots to test the proof of concept
2. Develop metrics and reporting mechanisms
3. Define the project incubation process
"""


def test_period_and_theme_heading(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "roadmap.md", QUARTERS)
    by = {a.action: a for a in result.actions}
    first = by["Develop open source strategy and policies"]
    assert (first.area, first.due_date) == ("Governance and Foundations", "2024-03")
    second = by["Define the project incubation process"]
    assert (second.area, second.due_date) == ("Pilots and Optimization", "2024-06")


def test_hard_line_break_is_no_character() -> None:
    doc = parse_markdown_lines(["#### Actions:", "", "1. Stabilize the Governance Policy\\",
                                "   We'll conclude pilot testing of the policy", "2. Keep a literal \\\\"])
    texts = [b.text for b in doc.blocks]
    # the title closed by the break is the item; the sentence under it describes it (a paragraph of its own)
    assert "1. Stabilize the Governance Policy" in texts and "We'll conclude pilot testing of the policy" in texts
    assert not any("\\" in t for t in texts[:-1])
    # '\\' is an escaped backslash, no break: CommonMark prints it as one literal backslash, as a reader sees it
    assert texts[-1] == "2. Keep a literal \\"


TITLED = ["# Open source strategy", "", "## Roadmap", "", "#### Actions:", "",
          "1. Establish the project lifecycle framework\\",
          "   This framework will include guidelines for project stages and key milestones.",
          "2. Evaluate projects according to the Lifecycle Framework\\",
          "   Through this assessment we want to understand each project's current phase and health.",
          "3. Implement a security issue reporting process\\",
          "   lead: Security Working Group, by Q3 2024",
          "4. Publish the maintainers' guide for new",
          "   contributors and reviewers",
          "", "## Coming soon", "",
          "- **Carbon Offsetting**  ", "  What works, what doesn't, and how to approach offsetting with integrity.",
          "- **Carbon Management**  ", "  Practical guides on emissions tracking, reporting and reduction strategies."]


def test_an_items_title_closed_by_a_hard_break_is_the_action_and_its_description_no_part_of_it(tmp_path: Path) -> None:
    """A roadmap's items as a title, a hard line break (a backslash, or two trailing spaces) and sentences
    describing it (after a real open source strategy and a sustainability roadmap, dev_roadmaps and
    dev_bulletplans): the title is the action; the description is kept apart, not read into the title."""
    doc = parse_markdown_lines(TITLED)
    texts = [b.text for b in doc.blocks]
    assert "2. Evaluate projects according to the Lifecycle Framework" in texts
    assert "Through this assessment we want to understand each project's current phase and health." in texts
    assert "- Carbon Offsetting" in texts
    # a lower-case line under a title goes on with the item (its lead and date, a wrapped line)
    assert "3. Implement a security issue reporting process lead: Security Working Group, by Q3 2024" in texts
    assert "4. Publish the maintainers' guide for new contributors and reviewers" in texts
    actions = {a.action for a in convert_text(tmp_path, "strategy.md", "\n".join(TITLED)).actions}
    assert {"Establish the project lifecycle framework", "Evaluate projects according to the Lifecycle Framework",
            "Publish the maintainers' guide for new contributors and reviewers"} <= actions
    assert not any(a.startswith(("Through this", "This framework")) or "Framework Through" in a for a in actions)


# ---- cards: a title heading over a line saying when ('*Planned for Q1 2024*') --------------------------


@pytest.mark.parametrize("line, fields", [
    ("*Planned for Q1 2024*", {"due": "Q1 2024"}),
    ("Planned for 2024", {"due": "2024"}),
    ("_Completed in Q3 2023_", {"due": "Q3 2023", "status": "Completed"}),
    ("Expected by March 2026", {"due": "March 2026"}),
    ("Planned for the community", {}),  # no dated period
    ("Due in two weeks", {}),  # a relative span names no date
    ("We completed the migration in 2023 and more", {}),  # a sentence, not a line saying when
])
def test_dated_line(line: str, fields: dict[str, str]) -> None:
    assert dated_line(line) == fields


CARDS = """# Roadmap

This roadmap describes current, future, and past goals for the component library.

## Current

### Build new components

*Planned for 2024*

These are the components we are currently working on.

### Expand the design tokens

*Planned for Q1 2024*

We are adding shape and motion tokens.

### Follow accessibility best practices

*Planned for Q2 2024*

We want our components to help others build accessible experiences.

## Past

### Cards and more

*Completed in Q4 2023*

- Card preview
- Size tracking
"""


def test_card_roadmap(tmp_path: Path) -> None:
    """Cards as a component library's roadmap sets them (material-web's docs/roadmap.md, 2024): main
    read the sub-list's words ('Components', 'Features') as actions and no card."""
    result = convert_text(tmp_path, "roadmap.md", CARDS)
    by = {a.action: a for a in result.actions}
    assert set(by) == {"Build new components", "Expand the design tokens", "Follow accessibility best practices",
                       "Cards and more"}
    assert by["Expand the design tokens"].due_date == "2024-03"
    assert by["Build new components"].due_date == "2024"
    assert (by["Cards and more"].due_date, by["Cards and more"].status) == ("2023-12", "complete")


# ---- a list announced by what a thing will bring about ------------------------------------------------


@pytest.mark.parametrize("before, effects", [
    ("4. More data ", True),
    ("The benefits are clear. Better information ", True),
    ("To improve access, the Federal Government ", False),
    ("Over the next year we ", False),
    ("More importantly, we ", False),  # the clause after the comma: 'we' acts
])
def test_announces_effects(before: str, effects: bool) -> None:
    assert announces_effects(before) is effects


OPEN_DATA_STRATEGY = """Open Data Strategy

The benefits of greater transparency and more open data

4. More data will:
• Drive choice and increase accountability – providing more comparative information will improve standards; and
• Improve quality and outcomes – more data will help citizens to compare outcomes and challenge them to improve.

Future plans

5. Over the next year we will:
• Publish the school spending data for every school by March 2013
• Open up access to the National Pupil Database by summer 2012
• Consult on the children's safeguarding performance dataset by December 2012
"""


def test_effects_list_gives_no_actions(tmp_path: Path) -> None:
    """A departmental open data strategy's shape (DfE, June 2012, OGL): main read 'More data will:'
    over its benefits as a list of actions ('Drive choice and increase accountability …')."""
    result = convert_text(tmp_path, "strategy.txt", OPEN_DATA_STRATEGY)
    texts = [a.action for a in result.actions]
    assert texts == ["Publish the school spending data for every school by March 2013",
                     "Open up access to the National Pupil Database by summer 2012",
                     "Consult on the children's safeguarding performance dataset by December 2012"]
    kept = " ".join(x.text for x in result.leftovers)
    assert "Drive choice and increase accountability" in kept  # nothing lost


# ---- an item opening with its own period -------------------------------------------------------------


@pytest.mark.parametrize("item, period, dated, rest", [
    ("Q1 2025 – Launch the pilot", "Q1 2025", True, "Launch the pilot"),
    ("By March 2026: Publish the local offer", "By March 2026", True, "Publish the local offer"),
    ("Week 1: Identify your current skills", None, False, "Week 1: Identify your current skills"),  # no date
    ("Q1: Develop partnerships", None, False, "Q1: Develop partnerships"),  # a quarter of no year
    ("Lead: Clerk", None, False, "Lead: Clerk"),  # a label, no period
    ("Priority 1: Early help", None, False, "Priority 1: Early help"),
])
def test_leading_period(item: str, period: str | None, dated: bool, rest: str) -> None:
    h, text = leading_period(item)
    assert (h.text if h else None, bool(h and h.dated), text) == (period, dated, rest)


DELIVERY_PLAN = """# Digital Delivery Plan 2025

## Customer services

- Q1 2025: Launch the new online payments service
- Q2 2025 – Move council tax accounts to the new portal (Lead: Revenues manager)
- By March 2026: Close the legacy telephone payment line

## Timeline

- **Q1:** Launch the payments service.
- **Q2:** Move the accounts.
"""


def test_items_opening_with_their_period(tmp_path: Path) -> None:
    """Main read none of the dated items (their first words are a period, not a verb); a timeline's
    items by undated quarter restate the actions and stay unread, as on main."""
    result = convert_text(tmp_path, "plan.md", DELIVERY_PLAN)
    by = {a.action: a for a in result.actions}
    assert set(by) == {"Launch the new online payments service", "Move council tax accounts to the new portal",
                       "Close the legacy telephone payment line"}
    pay = by["Move council tax accounts to the new portal"]
    assert (pay.timeframe, pay.due_date, pay.lead, pay.area) == ("Q2 2025", "2025-06", "Revenues manager",
                                                                "Customer services")
    assert by["Close the legacy telephone payment line"].due_date == "2026-03"


# ---- numbered goals over the writer's commitment in prose (normalise/aims.py) --------------------------


@pytest.mark.parametrize("text, items", [
    ("We will a) develop guidance for interoperability and b) promote adoption of metadata standards.",
     ["develop guidance for interoperability", "promote adoption of metadata standards"]),
    ("We will (a) recruit two officers, (b) open a hub; and (c) review the panel.",
     ["recruit two officers", "open a hub", "review the panel"]),
    ("We will democratize science.", []),  # no enumeration
    ("See section b) for details.", []),  # one mark is no enumeration
])
def test_enumerated(text: str, items: list[str]) -> None:
    assert enumerated(text) == items


AIMS = """# Research Coordination Network

We are pursuing three research aims.

## Project Aims

### Aim 1: Improve Interoperability and Reproducibility

We will a) develop guidance for interoperability among community-curated data resources and
b) promote adoption of broader metadata standards.

### Aim 2: Enable FAIR Data Curation and Stewardship

We will a) promote better data science and curation practices among practitioners and
b) develop and promote best practices for data stewardship.

### Aim 3: Support Equity and Improve Access

We will democratize science in a manner that recognizes broader concepts of data ownership.
"""


def test_goal_commitments(tmp_path: Path) -> None:
    """A research network's aims page (hoffmanick/fairos, 2023): main read nothing ('no plan table')."""
    result = convert_text(tmp_path, "research.md", AIMS)
    got = [(a.area_ref, a.area, a.action) for a in result.actions]
    assert got == [
        ("1", "Improve Interoperability and Reproducibility",
         "develop guidance for interoperability among community-curated data resources"),
        ("1", "Improve Interoperability and Reproducibility", "promote adoption of broader metadata standards"),
        ("2", "Enable FAIR Data Curation and Stewardship",
         "promote better data science and curation practices among practitioners"),
        ("2", "Enable FAIR Data Curation and Stewardship", "develop and promote best practices for data stewardship"),
        ("3", "Support Equity and Improve Access",
         "We will democratize science in a manner that recognizes broader concepts of data ownership."),
    ]


def test_goals_without_commitments_give_nothing(tmp_path: Path) -> None:
    """Goals over descriptions in the third person (a report of aims) are no strategy's actions."""
    text = AIMS.replace("We will", "The network has sought to")
    assert convert_text(tmp_path, "research.md", text).actions == []


# ---- cards: a bold title over labelled lines and a sentence -----------------------------------------------

BOLD_CARDS = """# Carbon Reduction Plan 2025

## Buildings

**Replace the gas boilers at the civic centre**
**Status:** In progress
We will fit air source heat pumps in the civic centre and the library.

**Install solar panels on the depot roof**
**Status:** Done
We will generate 20% of the depot's electricity on site.

**Insulate the leisure centre roof**
**Status:** Planned
**Lead:** Estates manager
We will cut the centre's heat loss by a third.
"""


def test_a_card_sentence_is_no_part_of_the_label_value() -> None:
    raw = parse_markdown_lines(BOLD_CARDS.splitlines())
    texts = [b.text for b in raw.blocks]
    assert "Status: Done" in texts
    assert "We will generate 20% of the depot's electricity on site." in texts
    assert next(b for b in raw.blocks if b.text == "Install solar panels on the depot roof").bold
    # a value going on on the next line stays the value's ('Lead: Head of' / 'Early Help')
    raw = parse_markdown_lines(["**Action 1**", "Lead: Head of", "Early Help and Safeguarding"])
    assert raw.blocks[-1].text == "Lead: Head of Early Help and Safeguarding"


def test_bold_cards_with_labelled_lines(tmp_path: Path) -> None:
    """Cards as web roadmaps and climate plans set them: main read none (a bold Markdown line was no
    bold paragraph, and 'Status: Done' ran on into the card's sentence)."""
    result = convert_text(tmp_path, "plan.md", BOLD_CARDS)
    got = [(a.action, a.area, a.status, a.lead) for a in result.actions]
    assert got == [("Replace the gas boilers at the civic centre", "Buildings", "in_progress", ""),
                   ("Install solar panels on the depot roof", "Buildings", "complete", ""),
                   ("Insulate the leisure centre roof", "Buildings", "not_started", "Estates manager")]
    kept = " ".join(x.text for x in result.leftovers)
    assert "We will cut the centre's heat loss by a third." in kept  # the description, kept aside


def test_dated_periods_under_a_heading_looking_ahead(tmp_path: Path) -> None:
    """GOV.UK Notify's roadmap of April 2023: 'Things we'll do later' over an 'August to October 2023'
    sub-heading. Main gave the period but no status; the heading above still says not begun."""
    later_heading = "## Things we'll do later\n"
    text = SERVICE_ROADMAP.replace(later_heading, later_heading + "\n### August to October 2023\n")
    result = convert_text(tmp_path, "roadmap.md", text)
    later = next(a for a in result.actions if a.action == "Launch a real-time reporting dashboard")
    assert (later.timeframe, later.due_date, later.status) == ("August to October 2023", "2023-10", "not_started")
    done = next(a for a in result.actions if a.action == "Let users set up a reply-to email address")
    assert done.status == "complete" and not done.due_date


@pytest.mark.parametrize("heading, status, text", [
    # a note in brackets that says no date is no part of the state heading
    ("Completed Carbon Reduction Initiatives (This Reporting Year)", "complete",
     "Completed Carbon Reduction Initiatives"),
    ("Completed (this year)", "complete", "Completed"),
    ("Done (12):", "complete", "Done"),  # a count, then a colon
])
def test_a_state_heading_read_past_its_closing_note(heading, status, text):
    h = read_horizon(heading)
    assert h is not None and (h.status, h.text) == (status, text)


def test_a_dated_note_in_brackets_stays_part_of_a_period_heading():
    h = read_horizon("Q1 (April to June)")
    assert h is not None and h.text == "Q1 (April to June)"


# the shape of HHS OIG's monthly Recovery Act update (a web page's fragment, US federal work, public domain:
# empowerai/hhs-oig-web-asp, reports-and-publications/recovery/updates/200903_recovery_update.asp, abridged):
# 'Report Date: March 2009' over three sibling <h2>s, figures under the first, then the actions taken and
# the actions planned. Main at ab37230 read none: 'Report Date' made it a report, the taken actions were
# reports of work done, and 'Major Planned Actions' named no state.
RECOVERY_UPDATE = """<!-- REPORT SUMMARY -->
<h2><span style="color:#777;">Report Date:</span> March 2009</h2>
<h2 class="line short">Financial Status</h2>
<ul><li>Recovery Act Funds Used: $0</li>
<li>Non Recovery Act Funds Used on Recovery Act Activities: $295,747</li></ul>
<h2 class="line">Major Actions Taken to Date</h2>
<ul><li>Provided input to implementation guidance provided in OMB M-09-10	</li>
<li>Reviewed spending plans prepared by management for NIH, HRSA and CDC	</li>
<li>Developed draft work plans for grants management and IT activities	</li>
<li>Launched IT security reviews for Grants.gov 	</li></ul>
<h2 class="line">Major Planned Actions</h2>
<ul><li>Finalize internal control audit guide for reviews planned for NIH	</li>
<li>Start recipient capabilty audits	</li>
<li>Start audit of IT security at ACF, IHS and HRSA	</li></ul>
"""


def test_actions_taken_and_planned_under_sibling_headings_of_a_dated_update(tmp_path: Path) -> None:
    assert read_horizon("Major Actions Taken to Date").status == "complete"  # type: ignore[union-attr]
    assert read_horizon("Major Planned Actions").status == "not_started"  # type: ignore[union-attr]
    result = convert_text(tmp_path, "recovery_update.html", RECOVERY_UPDATE)
    got = [(a.action, a.status, a.area) for a in result.actions]
    # the state heading is the only grouping of its list: it gives the status and is the area too
    # (docs/CONTRACT.md, actions.area)
    assert got[0] == ("Provided input to implementation guidance provided in OMB M-09-10", "complete",
                      "Major Actions Taken to Date")
    assert got[-1] == ("Start audit of IT security at ACF, IHS and HRSA", "not_started", "Major Planned Actions")
    assert len(got) == 7  # the figures under 'Financial Status' are none, and it is the area of none
    assert "Recovery Act Funds Used: $0" in " ".join(x.text for x in result.leftovers)


TOPIC_OVER_STATES = """# Digital roadmap

## Digital services for residents

### Things we've done

- Launched the new online payments service for council tax
- Moved the housing repairs form to the new platform
- Published the accessibility statement for every service

### Things we're working on now

- Improve the search on the council website
- Replace the parking permit application form
- Test the new bin collection reminders with residents
"""


def test_a_topic_over_state_headings_stays_the_area(tmp_path: Path) -> None:
    """A state heading is the area only when no other heading groups its items: under a topic
    heading the topic is the area and the state gives the status alone."""
    result = convert_text(tmp_path, "roadmap.md", TOPIC_OVER_STATES)
    got = {a.action: (a.area, a.status) for a in result.actions}
    assert got["Improve the search on the council website"] == ("Digital services for residents", "in_progress")
    assert got["Moved the housing repairs form to the new platform"][0] == "Digital services for residents"

