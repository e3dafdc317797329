"""Plans that give each action a heading of its own (normalise/headplans.py): titles under a
hierarchical reference ('2.1 Support Open311 …'), as in the GSA Open Government Plan pages (US
Government work, public domain: GSA/GSAOpenSourceImplementation, pages/*.md), or a word naming one
action and its number ('Action 4 – …'); and sibling headings each over 'Owner:' / 'Due:' / 'Status:'
lines. And the documents that must give nothing from such headings: a report's numbered findings, a
guide's numbered sections, headings with a label under one of them only.

Main at d9d4543 read none of the GSA plan pages (0 actions: "no plan table found").
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import planx
from planx.normalise.headplans import heading_ref, in_sequence


def _convert(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


def test_a_heading_ref_is_a_hierarchical_number_or_a_word_naming_one_action_and_its_number():
    assert heading_ref("2.1  Support Open311 to Enhance Transparency") == \
        ((2, 1), "Support Open311 to Enhance Transparency")
    assert heading_ref("3.2.1 Agree the terms of reference") == ((3, 2, 1), "Agree the terms of reference")
    assert heading_ref("Action 4 – Improve the referral pathway") == ((4,), "Improve the referral pathway")
    assert heading_ref("Recommendation 2: Publish the data") == ((2,), "Publish the data")
    assert heading_ref("Priority 2 – Early help") is None  # a grouping, not an action
    assert heading_ref("2014 Plan") is None and heading_ref("Improve the pathway") is None


def test_references_rise_within_their_parent_number_gaps_allowed():
    assert in_sequence([(1, 1), (2, 1), (2, 2), (2, 4), (3, 1)])  # 2.3 left out: a gap
    assert not in_sequence([(2, 1), (2, 3), (2, 2)])


# the shape of GSA's Open Government Plan 2014-2016 'new commitments' page (abridged)
GSA_PLAN = """---
layout: page
title: "Open Government Plan | Title of the page"
---

# Summary of New GSA Open Government Commitments 2014-2016

## Section 2: Open Data

### 2.1  Make it Easier for Individuals to Access Their Own Information
In addition to providing protections for Federal information, agencies will explore new approaches
that can digitally authenticate individuals requesting information about themselves.

### 2.2  Support Open311 to Enhance Transparency and Participation
Open311 is a transparent, participatory way for governments to deliver services to citizens, and the
GSA will support its adoption across agencies.

### 2.4  Promote Public Feedback Tools to Facilitate the Release of Open Data.
The U.S. Open Data Policy directs agencies to engage with data users to prioritize release of data.

## Section 3: Open Innovation Methods

### 3.1  Redesign Challenge.gov as a Platform.
Challenge.gov is the government's website that catalogues opportunities for the public to provide
solutions to issues that government is working to address.
- claim existing pages or launch new pages
"""


def test_referenced_titles_under_sections_are_the_actions_and_their_prose_is_kept_aside(tmp_path):
    result = _convert(tmp_path, "newcommitments.md", GSA_PLAN)
    got = [(a.area_ref, a.area, a.action) for a in result.actions]
    # (the section heading over the titles numbers its area: its number is the area_ref, its title the
    # area, as 'Priority 2: …' gives them: banners.grouping_heading)
    assert got == [
        ("2", "Open Data", "Make it Easier for Individuals to Access Their Own Information"),
        ("2", "Open Data", "Support Open311 to Enhance Transparency and Participation"),
        ("2", "Open Data", "Promote Public Feedback Tools to Facilitate the Release of Open Data."),
        ("3", "Open Innovation Methods", "Redesign Challenge.gov as a Platform.")]
    assert any("number each title" in w for w in result.warnings)
    # the description is no action, and is not lost
    assert not any("Open311 is a transparent" in a.action for a in result.actions)
    kept = " ".join(str(v) for row in result.leftovers for v in vars(row).values())
    assert "Open311 is a transparent" in kept and "claim existing pages" in kept


def test_a_report_with_numbered_findings_gives_no_actions(tmp_path):
    text = GSA_PLAN.replace('"Open Government Plan | Title of the page"', '"Inspection report"') \
        .replace("Summary of New GSA Open Government Commitments 2014-2016", "Findings of the review")
    result = _convert(tmp_path, "findings.md", text)
    assert result.actions == []


def test_numbered_sections_of_a_plan_that_name_no_action_give_none(tmp_path):
    text = ("# Delivery plan\n\n## 1.1 Background\n\nThis plan sets out the context of the service and the "
            "reasons for the change.\n\n## 1.2 Scope and purpose\n\nThe scope covers the whole county and "
            "each of its schools and settings.\n\n## 1.3 Governance\n\nThe board meets each quarter to "
            "review the progress of the work.\n")
    assert _convert(tmp_path, "plan.md", text).actions == []


LABELLED = """# Early help improvements

Some context on the service and why it must change, written as a paragraph of prose.

## Improve the referral pathway
Owner: Head of Early Help
Due: 31 March 2025
Status: In progress

The pathway will be mapped with partners.

## Recruit two family practitioners
Owner: Service Manager
Due: June 2025
Status: Complete

## Publish the local offer
Owner: Communications Lead
Due: September 2025
Status: Not started

## Background
The service was inspected in 2023.
"""


def test_sibling_headings_over_owner_due_and_status_lines_are_the_actions(tmp_path):
    result = _convert(tmp_path, "improvements.md", LABELLED)
    got = [(a.action, a.lead, a.due_date, a.status) for a in result.actions]
    assert got == [("Improve the referral pathway", "Head of Early Help", "2025-03-31", "in_progress"),
                   ("Recruit two family practitioners", "Service Manager", "2025-06", "complete"),
                   ("Publish the local offer", "Communications Lead", "2025-09", "not_started")]
    # read as headings over labelled lines, or (first in the walk) as action forms titled by their
    # headings (normalise/labelforms.py): either way the reading says why
    assert any("owner, due date or status" in w or "labelled lines whose labels recur" in w for w in result.warnings)
    assert [a.status_raw for a in result.actions] == ["In progress", "Complete", "Not started"]
    kept = " ".join(str(v) for row in result.leftovers for v in vars(row).values())
    assert "mapped with partners" in kept and "inspected in 2023" in kept


def test_headings_with_a_label_under_one_of_them_only_give_no_actions(tmp_path):
    text = ("# Team page\n\n## Who we are\nOwner: Head of Early Help\n\n## What we do\nWe support families "
            "across the county.\n\n## Contact us\nWrite to the team at the council offices.\n")
    assert _convert(tmp_path, "team.md", text).actions == []


# ---- 'Action N: …' over a long description and a milestone table (normalise/sections.py) ----------
# the shape of the US Federal Data Strategy 2020/2021 Action Plans (GSA/data-strategy, public domain)

_LONG = ("In 2020, agencies began to consult with key agency leaders to identify the data needed to answer "
         "priority agency questions, and began to develop plans to acquire, access, and analyze that data. ") * 4


def _fds_action(n: int, title: str, rows: list[tuple[str, str]], listed: bool = False) -> str:
    steps = "1. Identify critical data skills\n2. Assess the current staff capacity\n" \
            "3. Identify and execute approaches to fill those needs\n\n" if listed else ""
    table = "| **Milestone** | **Measurement** | **Target Date** |\n|---|---|---|\n" + \
        "".join(f"| **{n}.{k}** {text} | Completion | {due} |\n" for k, (text, due) in enumerate(rows, start=1))
    return f"### Action {n}: {title}\n\n{_LONG}\n\n{_LONG}\n\n{_LONG}\n\n{steps}{table}\n"  # ~370 words


FDS = ("---\ntitle: 2021 Action Plan, Agency Actions\n---\n\n# 2021 Action Plan\n\n## Agency Actions\n\n"
       "The 2021 Action Plan incorporates lessons learned from the 2020 Action Plan.\n\n"
       + _fds_action(1, "Gather and Assess Data Identified for Priority Agency Questions",
                     [("Assess data assets for fitness of purpose", "December 31, 2021"),
                      ("Acquire or access data needed to answer priority questions", "December 31, 2021")])
       + _fds_action(2, "Increase Staff Data Skills",
                     [("Incorporate data skills training into professional development", "December 31, 2021")],
                     listed=True)
       + _fds_action(3, "Improve Data Inventories", [("Update the public data inventory", "September 30, 2021")]))


def test_an_action_heading_over_a_long_description_and_its_milestone_table_is_one_action(tmp_path):
    result = _convert(tmp_path, "agency-actions.md", FDS)
    got = [(a.area, a.action) for a in result.actions]
    # the area is the one heading ranked between the title and the actions ('## Agency Actions');
    # the numbered steps in Action 2's description are no action, and do not take its table
    assert got == [("Agency Actions", "Gather and Assess Data Identified for Priority Agency Questions"),
                   ("Agency Actions", "Increase Staff Data Skills"),
                   ("Agency Actions", "Improve Data Inventories")]
    assert [m.milestone for m in result.actions[0].milestones] == [
        "Assess data assets for fitness of purpose", "Acquire or access data needed to answer priority questions"]
    assert [m.milestone for m in result.actions[1].milestones] == [
        "Incorporate data skills training into professional development"]
    assert any("read as one action each" in w for w in result.warnings)


def test_a_short_heading_without_an_action_word_still_needs_a_short_description(tmp_path):
    text = FDS.replace("### Action 1: Gather", "### Gather").replace("### Action 2: Increase", "### Increase") \
        .replace("### Action 3: Improve", "### Improve")
    result = _convert(tmp_path, "agency-actions.md", text)
    # ~370 words of description: too long for an unnamed heading to reach its table
    assert not {"Gather and Assess Data Identified for Priority Agency Questions", "Improve Data Inventories"} \
        & {a.action for a in result.actions}


# ---- a strategy's 'Actions:' lists and the narrative around them (normalise/minutes.py) -----------
# the shape of the UK National AI Strategy (2021, OGL) as a PDF-to-Markdown conversion gives it

AI_STRATEGY = """# National AI Strategy

## AI deployment

To stimulate the adoption of AI in lower-maturity sectors the Office for AI and UKRI will launch a programme that will:

- Support the identification and creation of opportunities for businesses to use AI;
- Create a pathway for AI developers to start companies around new products and services;
- Facilitate close engagement between businesses and AI developers.

## Pillar 1 - Investing in the Long Term Needs of the AI Ecosystem

**Actions:**

1. Launch a new National AI Research and Innovation Programme that will align funding programmes.

2. Lead the global conversation on AI R&D and put AI at the heart of our science partnerships through:

    i Work with partners around the world on shared AI challenges, including Horizon Europe.

    ii Use of Overseas Development Assistance to support partnerships with developing AI nations.

3. Publish a policy framework setting the government's role in enabling better data availability.

38

# National AI Strategy

4. Publish a report on the UK's compute capacity needs to support AI innovation.

5. Evaluate the state of funding for innovative firms developing AI technologies in the UK.

## Pillar 3 - Governing AI Effectively

Actions:

1. Develop a cross-government standard for algorithmic transparency.

2. Work with The Alan Turing Institute to update the guidance on AI ethics and safety in the public sector.
"""


def test_a_strategy_s_actions_lists_are_its_actions_across_a_page_break_and_their_sub_items_are_parts(tmp_path):
    result = _convert(tmp_path, "national_ai_strategy.md", AI_STRATEGY)
    got = [a.action for a in result.actions]
    assert got == [
        "Launch a new National AI Research and Innovation Programme that will align funding programmes.",
        "Lead the global conversation on AI R&D and put AI at the heart of our science partnerships through:",
        "Publish a policy framework setting the government's role in enabling better data availability.",
        # after the page's number and running heading, the numbering goes on: the list goes on
        "Publish a report on the UK's compute capacity needs to support AI innovation.",
        "Evaluate the state of funding for innovative firms developing AI technologies in the UK.",
        "Develop a cross-government standard for algorithmic transparency.",
        "Work with The Alan Turing Institute to update the guidance on AI ethics and safety in the public sector."]
    # what the programme will do (a dateless 'will:' list beside the 'Actions:' lists) is narrative
    warnings = " ".join(result.warnings)
    assert "listed under labels naming them as actions" in warnings and "kept aside" in warnings
    kept = " ".join(str(v) for row in result.leftovers for v in vars(row).values())
    assert "Work with partners around the world" in kept and "Support the identification" in kept


def test_without_actions_lists_a_strategy_s_will_list_is_still_read():
    from planx.normalise.minutes import Announced, weigh_announced
    base = Announced(items=3, dated=0, lists=1, themed=0, plan_title=True, other_kind="", other_actions=True)
    assert weigh_announced(base)[0] >= 0.35
    narrative = Announced(**{**vars(base), "labelled": 7})
    assert weigh_announced(narrative)[0] < 0.35
    dated = Announced(**{**vars(narrative), "dated": 2})  # who or when in the items: a plan's commitments
    assert weigh_announced(dated)[0] >= 0.35


def test_an_html_plan_with_a_heading_per_action_and_its_labelled_lines(tmp_path):
    page = ("<html><body><h1>Early help improvements</h1><p>Why the service must change, in a paragraph.</p>"
            "<h2>Improve the referral pathway</h2><p>Owner: Head of Early Help</p><p>Due: 31 March 2025</p>"
            "<p>Status: In progress</p><h2>Recruit two family practitioners</h2><p>Owner: Service Manager</p>"
            "<p>Due: June 2025</p><p>Status: Complete</p><h2>Publish the local offer</h2>"
            "<p>Owner: Communications Lead</p><p>Due: September 2025</p><p>Status: Not started</p>"
            "</body></html>")
    result = _convert(tmp_path, "improvements.html", page)
    assert [(a.action, a.lead, a.status) for a in result.actions] == [
        ("Improve the referral pathway", "Head of Early Help", "in_progress"),
        ("Recruit two family practitioners", "Service Manager", "complete"),
        ("Publish the local offer", "Communications Lead", "not_started")]


def test_dates_alone_under_noun_headings_are_events_not_actions(tmp_path):
    text = ("# Meetings\n\n## Annual meeting\nDate: 3 May 2025\n\n## Summer fair\nDate: 12 July 2025\n\n"
            "## Carol service\nDate: 14 December 2025\n")
    assert _convert(tmp_path, "meetings.md", text).actions == []


def test_a_list_ended_by_a_sentence_does_not_resume_at_the_next_number(tmp_path):
    text = ("# Strategy action plan\n\nActions:\n\n1. Publish the annual report by May 2025.\n\n"
            "2. Write to the council about the lease renewal.\n\nMembers noted the update and asked for "
            "figures by quarter.\n\n3. Date of next meeting\n")
    result = _convert(tmp_path, "plan.md", text)
    assert [a.action for a in result.actions] == ["Publish the annual report by May 2025.",
                                                  "Write to the council about the lease renewal."]


def test_a_heading_over_several_owners_is_a_theme_not_an_action():
    from planx.extract.markdown import parse_markdown_lines
    from planx.normalise.headplans import read_labelled_headings
    text = ("# Written statement of action\n\n" + "".join(
        f"## Priority {p}: Theme {p}\n\nRecommendation {2 * p - 1}: Run a forum.\nOwner: Head of SEND\n"
        f"Timescale: May 2025\n\nRecommendation {2 * p}: Publish an update.\nOwner: Head of Inclusion\n"
        f"Timescale: June 2025\n\n" for p in (1, 2, 3)))
    assert read_labelled_headings(parse_markdown_lines(text.splitlines(), name="wsoa.md")) is None


def test_a_strategys_announced_lists_beside_labelled_actions_are_its_narrative_whatever_else_it_shows():
    """A national strategy (after the UK National AI Strategy, dev_headplans) sets its actions out under
    'Key actions:' labels; under each pillar 'This will be achieved by:' / 'a programme that will:'
    lists dateless aims ('Ensuring …', 'Supporting …'). Its plan title, theme headings and list after
    list are the labelled actions' evidence, not the lists': the lists are kept aside."""
    from planx.normalise.minutes import ANNOUNCED_ACCEPT, Announced, weigh_announced
    strategy = Announced(items=20, dated=0, lists=4, themed=16, plan_title=True, other_kind="",
                         other_actions=True, labelled=29)
    confidence, why = weigh_announced(strategy)
    assert confidence < ANNOUNCED_ACCEPT and "29 action(s) listed under labels" in why
    # the same lists with fewer labelled actions than announced items: a plan's commitments still
    assert weigh_announced(Announced(**{**vars(strategy), "labelled": 6}))[0] >= ANNOUNCED_ACCEPT
    # items that say who or by when speak for themselves
    assert weigh_announced(Announced(**{**vars(strategy), "dated": 12}))[0] >= ANNOUNCED_ACCEPT


# ---- 'Action 1.1' headings that only number the form, the action on a labelled line under them ----------
# (Markdown and HTML renderings of a Word plan written as a form per action, under numbered priorities)

NUMBERED_FORMS = """# Children's Services Improvement Plan 2025-26

## Priority 1 – Improve the quality of social work practice

### Action 1.1

**Action:** Introduce a revised practice framework and train all social workers in its use

**Lead officer:** Jane Whitfield

**Timescale:** 31/03/2025

**RAG:** Amber

### Action 1.2

**Action:** Review caseloads in every team and rebalance allocation

**Lead officer:** Tom Okafor

**Timescale:** September 2025

**RAG:** G

## Priority 2 – Strengthen the front door and early help offer

### Action 2.1

**Action:** Establish a weekly placement panel chaired by the head of service

**Lead officer:** Priya Raman

**Timescale:** Ongoing

**RAG:** Red
"""


def test_a_heading_that_only_numbers_the_form_takes_the_action_from_its_labelled_line(tmp_path):
    result = _convert(tmp_path, "plan.md", NUMBERED_FORMS)
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_date, a.rag) for a in result.actions]
    assert got == [
        ("1", "Improve the quality of social work practice",
         "Introduce a revised practice framework and train all social workers in its use", "Jane Whitfield",
         "2025-03-31", "amber"),
        ("1", "Improve the quality of social work practice",
         "Review caseloads in every team and rebalance allocation", "Tom Okafor", "2025-09", "green"),
        ("2", "Strengthen the front door and early help offer",
         "Establish a weekly placement panel chaired by the head of service", "Priya Raman", "", "red")]
    assert any("headings of rank 3" in w for w in result.warnings)


# ---- numbered headings under 'Priority N' headings whose title is the line below, milestones under a label ----

PRIORITY_FORMS = """# Safeguarding Partnership Business Plan 2025/26

## Priority 1

Improve outcomes for care leavers

#### 1.1 Commission an independent audit of child protection plans

RAG: Red

Lead: Jane Whitfield

Target completion: 31st January 2026

Comments: Delayed by the restructure of the service; a revised timetable has been agreed.

Key milestones:

i. First quarterly report – Oct-25
ii. Pilot in two teams – 15/12/2025

#### 1.2 Introduce direct work tools so that children's wishes are recorded

RAG: Green

Lead: Principal Social Worker

Target completion: 30 June 2025

Key milestones:

i. Training delivered – 31 August 2025

## Priority 2

Ensure children in care live in stable homes

#### 2.1 Extend the edge of care service to weekends

RAG: Amber

Lead: Head of Early Help

Target completion: Ongoing
"""


def test_milestones_listed_under_a_label_and_an_area_titled_on_the_line_below_its_number(tmp_path):
    result = _convert(tmp_path, "business_plan.md", PRIORITY_FORMS)
    got = [(a.area_ref, a.area, a.ref, a.due_raw, a.status) for a in result.actions]
    assert got == [("1", "Improve outcomes for care leavers", "1.1", "31st January 2026", ""),
                   ("1", "Improve outcomes for care leavers", "1.2", "30 June 2025", ""),
                   ("2", "Ensure children in care live in stable homes", "2.1", "Ongoing", "")]
    # each step with its own date, not the action's (one step alone as well)
    assert [[(m.milestone, m.due_date) for m in a.milestones] for a in result.actions] == [
        [("First quarterly report", "2025-10"), ("Pilot in two teams", "2025-12-15")],
        [("Training delivered", "2025-08-31")], []]
    # the clause after a semicolon goes on with the comment: no status printed apart
    assert result.actions[0].progress == ("Delayed by the restructure of the service; a revised timetable has "
                                          "been agreed.")


# the shape of a city's open data policy implementation plan published as Markdown (San Diego, 2014):
# sections numbered '1.0', '2.0' … whose titles name each step by its verb in -ing, over prose that
# commits the Chief Data Officer to it and sets its deadline in a sentence (synthetic: same shape)
IMPLEMENTATION_PLAN = """---
title: Open Data Policy – Implementation Plan
---

## Open Data Policy – Implementation Plan

Implementation activities are described in more detail in the following sections.

## 1.0 Selecting the Chief Data Officer

The position description and paperwork were completed in June 2014. Out of 46 applicants, 15
candidates were selected for interview, and the Chief Data Officer started on November 24, 2014.

## 2.0 Developing guidelines for preparing an inventory of data

Within the first four months of duty, the CDO will prepare written guidelines that describe how to
prepare an inventory of Data Sets. The CDO will release the guidelines by March 31, 2015.

## 3.0 Developing initial inventory of data

Each City department will assemble an initial inventory of its data. The CDO will compile the inputs
into a report to be published no later than the earlier of 120 days after the issuance of the
guidelines, or July 1, 2015.

## 4.0 Developing and issuing Technical Guidelines

The CDO will develop Technical Guidelines for publishing Public Data Sets through a web portal.

Within 18 months of the Effective Date, or by July 1, 2016, the City will begin to publish high value
Public Data Sets to its portal.
"""

# the same numbered sections in a policy whose titles are nouns: its sections, no actions
POLICY = """---
title: Open Data and Website Policy
---

## 1.0 VISION AND MISSION

The City will be a leader in providing open, accessible information to its residents and visitors.

## 2.0 INTRODUCTION TO OPEN DATA POLICY

This policy sets out the principles that govern the City's open data and the roles of departments.

## 3.0 GOVERNANCE OVERVIEW

A governance committee will meet each quarter to review requests and set priorities for the year.
"""


def test_steps_named_in_ing_over_committing_prose_are_actions_due_when_the_prose_says(tmp_path):
    result = _convert(tmp_path, "implementation_plan.md", IMPLEMENTATION_PLAN)
    got = [(a.action, a.due_date) for a in result.actions]
    assert got == [("Selecting the Chief Data Officer", ""),  # a start date, no deadline
                   ("Developing guidelines for preparing an inventory of data", "2015-03-31"),
                   ("Developing initial inventory of data", "2015-07-01"),
                   ("Developing and issuing Technical Guidelines", "2016-07-01")]
    assert result.actions[1].due_raw == "March 31, 2015"


def test_a_policys_numbered_noun_sections_give_no_actions(tmp_path):
    assert _convert(tmp_path, "open_data_policy.md", POLICY).actions == []


def test_a_deadline_is_read_from_the_sentence_that_sets_it():
    from planx.normalise.headplans import prose_deadline
    assert prose_deadline("The CDO will release the guidelines by March 31, 2015.") == "March 31, 2015"
    assert prose_deadline("… to be published no later than the earlier of 120 days after the issuance of the "
                          "guidelines, or July 1, 2015.") == "July 1, 2015"
    assert prose_deadline("Service Managers will be in place by March 2015. Reviews follow before April 2016.") \
        == "April 2016"  # the latest of several
    assert prose_deadline("An offer was made in September and the officer started on November 24, 2014.") == ""
    assert prose_deadline("The report will be prepared by the CDO in June 2015.") == ""  # 'by' names who


def test_a_title_in_ing_names_a_step_of_work_only_when_it_is_a_verbs():
    from planx.normalise.columns import opens_with_gerund
    assert opens_with_gerund("Selecting the Chief Data Officer")
    assert opens_with_gerund("Developing and issuing Technical Guidelines")
    assert not opens_with_gerund("Housing and planning")
    assert not opens_with_gerund("Learning and skills development")
    assert not opens_with_gerund("Housing need in the city")
    assert not opens_with_gerund("Vision and Mission")


# an action heading whose marks touch its text, as Maruku and kramdown read it ('####Action 01: …'),
# titled by who will act; a figure's table under one of them (synthetic, the shape of the UK
# Government Digital Strategy's chapter of actions, tests/fixtures/real)
NAMED = """##09 Principles and actions

We have 3 actions, which we group under 2 principles.

### Principle: Improve departmental digital leadership

####Action 01: Departmental and transactional agency boards will include an active digital leader

- departments will have in place engaged, active, board-level leadership of service transformation

####Action 02: Services handling over 100,000 transactions each year will be re-designed by a skilled Service Manager

Government Digital Service will:

- offer extensive training and support to help new Service Managers

Figure 5: Existing transformation programmes

| Programme | Department | Description | Status |
|---|---|---|---|
| Carers Allowance | DWP | Exploring ways to improve the existing online system | Feasibility |
| Land Registry | BIS | Improving local land charges processes | Assessment |

### Principle: Complete the transition to GOV.UK

####Action 03: Corporate publishing of all 24 departments will move onto GOV.UK by March 2013

- resources for the transition will be included in departmental digital strategies
"""


def test_headings_that_call_themselves_actions_are_actions_whatever_their_first_word(tmp_path):
    result = _convert(tmp_path, "digital_strategy.md", NAMED)
    got = [(a.area, " ".join(a.action.split()[:4]), a.due_date) for a in result.actions]
    assert got == [("Improve departmental digital leadership", "Departmental and transactional agency", ""),
                   ("Improve departmental digital leadership", "Services handling over 100,000", ""),
                   ("Complete the transition to GOV.UK", "Corporate publishing of all", "2013-03")]
    # the figure's rows are the action's detail, not actions: kept aside
    assert any("Carers Allowance" in left.text for left in result.leftovers)


def test_unspaced_heading_marks_make_a_heading_in_markdown_only():
    from planx.extract.markdown import parse_markdown_lines
    md = parse_markdown_lines(["####Action 01: Publish the plan", "", "#hashtag stays text", "", "#3 priority"])
    heads = [(b.text, b.heading, b.rank) for b in md.blocks]
    assert heads == [("Action 01: Publish the plan", True, 4), ("#hashtag stays text", False, 0),
                     ("#3 priority", False, 0)]
    txt = parse_markdown_lines(["##09 Principles and actions"], fmt="txt")
    assert not txt.blocks[0].heading  # a .txt's '#' opens a figure's label, never an unspaced heading


RECOMMENDATIONS = """# Digital Inclusion Strategy 2022-2025

## Introduction

The council will work with partners to make sure every resident can get online.

## Recommendation 1: Create a digital inclusion network

The network will bring together the voluntary sector, libraries and housing providers.

Lead: Head of Libraries
Timeline: By September 2022
Partners: Voluntary sector forum
Measure of success: Network meets quarterly with 20 member organisations

## Recommendation 2: Lend devices to residents who need them

Lead: Digital Services Manager
Timeline: April 2023
Partners: Housing associations
Measure of success: 500 devices lent each year

## Recommendation 3: Train digital champions in every ward

Lead: Community Engagement Manager
Timeline: 2023-2024
Measure of success: 60 champions trained
"""


def test_the_documents_title_over_its_action_headings_is_no_area(tmp_path):
    """'# Digital Inclusion Strategy 2022-2025', the one heading of its rank, opens the document: its
    title, not the area of every recommendation under it."""
    result = _convert(tmp_path, "strategy.md", RECOMMENDATIONS)
    got = [(a.area, a.action, a.lead, a.due_date, a.measure) for a in result.actions]
    assert got == [("", "Create a digital inclusion network", "Head of Libraries", "2022-09",
                    "Network meets quarterly with 20 member organisations"),
                   ("", "Lend devices to residents who need them", "Digital Services Manager", "2023-04",
                    "500 devices lent each year"),
                   # 'Timeline: 2023-2024' in a council's strategy: the financial year, ending March 2024
                   # (CONTRACT 'Dates': a council plan counts in financial years)
                   ("", "Train digital champions in every ward", "Community Engagement Manager", "2024-03",
                    "60 champions trained")]


# the shape of the HHS OIG 'Compendium of Unimplemented Recommendations' (2011, Part IV; US federal work,
# public domain; abridged): a form per recommendation under a titled heading, its run-in labels
# 'Background:', 'Findings:', 'Recommendations:' (the work, running on over a page break into a paragraph of
# its own), 'Management Response Summary:', 'Status:' and 'Related Report:' over a list of cited reports
COMPENDIUM = """# Compendium of Unimplemented Recommendations

## Public Health Programs

Public Health > Food and Drug Administration

### Update and Maintain an Accurate National Drug Code Directory

Background: The Drug Listing Act of 1972 requires drug firms to report all drug products to FDA.

Findings: We found that the directory was neither complete nor accurate.

Recommendations: FDA should (1) provide greater control over the assignment of NDCs, (2) implement a
mechanism to routinely identify drug product omissions and

(3) ensure that firms update their listings.

Management Response Summary: FDA concurred with our recommendations.

Status: We continue to monitor FDA's progress in implementing our recommendations.

Related Report:

| 2006 AUG | The Food and Drug Administration's National Drug Code Directory. OEI-06-05-00060 Report |
| 2005 OCT | Deficiencies in the Oversight of the Directory. OEI-05-02-00072 Report |

### Ensure That Clinical Investigators Disclose All Financial Interests

Background: Sponsors must submit financial information for their clinical investigators.

Findings: FDA did not ensure that sponsors submitted complete information.

Recommendation: FDA should ensure that sponsors submit complete financial information.

Savings: TBD

Status: We continue to monitor FDA's progress in implementing our recommendations.

## Human Services Programs

### Use Voluntary Contributions To Expand Services for the Elderly

Background: The Older Americans Act allows voluntary contributions.

Recommendations: AoA should revise its regulations in accordance with the OAA.

Management Response Summary: AoA did not concur.

Status: We continue to monitor AoA's progress in implementing our recommendations.
"""


def test_a_paragraph_labelled_as_the_recommendation_under_a_titled_heading_is_the_action(tmp_path):
    result = _convert(tmp_path, "compendium.md", COMPENDIUM)
    actions = [(a.area, a.action) for a in result.actions]
    assert actions == [
        ("Public Health Programs", "FDA should (1) provide greater control over the assignment of NDCs, (2) "
         "implement a mechanism to routinely identify drug product omissions and (3) ensure that firms update "
         "their listings."),
        ("Public Health Programs", "FDA should ensure that sponsors submit complete financial information."),
        ("Human Services Programs", "AoA should revise its regulations in accordance with the OAA."),
    ]
    leftovers = " ".join(x.text for x in result.leftovers)
    # the titles, the findings and the cited reports are kept, none read as an action
    assert "Update and Maintain an Accurate National Drug Code Directory" in leftovers
    assert "OEI-06-05-00060" in leftovers and "Savings: TBD" in leftovers
    # without the labelled paragraph, the titles over 'Status:' lines stay the actions
    plain = COMPENDIUM.replace("Recommendations: ", "").replace("Recommendation: ", "")
    titles = [a.action for a in _convert(tmp_path, "plain.md", plain).actions]
    assert titles[:1] == ["Update and Maintain an Accurate National Drug Code Directory"]


def test_a_labelled_line_styled_as_a_heading_is_the_forms_line(tmp_path):
    # the PDF set one 'Status:' line at a page's top in a heading's type: it labels the form above it
    styled = COMPENDIUM.replace("Status: We continue to monitor AoA's",
                                "### Status: We continue to monitor AoA's")
    assert "### Status:" in styled
    actions = [a.action for a in _convert(tmp_path, "styled.md", styled).actions]
    assert actions[-1] == "AoA should revise its regulations in accordance with the OAA."


def _body_type_pdf(path: Path, title: str, sections: list[tuple[str, str]]) -> Path:
    """A PDF set all in one font and size (as the City of Hartford Energy Action Plan 2014 sets its
    'ACTION 1: Build Capacity' lines): the heading lines are known by their words only."""
    import textwrap

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 12)
    y = 720.0
    c.drawString(72, y, title)
    y -= 40
    for head, prose in sections:
        c.drawString(72, y, head)
        y -= 28
        for line in textwrap.wrap(prose, 85):
            c.drawString(72, y, line)
            y -= 15
        y -= 20
    c.save()
    return path


_HARTFORD_SHAPE = [
    ("ACTION 1: Build Capacity",
     "The Department of Public Works has been taking the lead in overseeing many of the energy-related "
     "initiatives. Establishing the organizational framework and hiring a coordinator would be the first step."),
    ("ACTION 2: Finalize Benchmarking and Begin Tracking",
     "The benchmarking is nearly complete. Information from a small number of accounts needs to be gathered "
     "and confirmed to complete the benchmarking for the energy accounts."),
    ("ACTION 3: Explore and Evaluate the ESCO Model",
     "Energy services companies could deliver turn-key energy upgrades without the City incurring any "
     "capital expenditures, providing the means to achieve the energy goals."),
    ("ACTION 4: Engage the Community",
     "As successes grow there will be more opportunities to showcase these achievements and to expand the "
     "efforts to engage residents and businesses through neighbourhood meetings."),
]


def test_lines_in_body_type_that_name_one_action_and_its_number_head_the_actions(tmp_path):
    # main at 6134c54 read these lines as text outside tables (0 of 4 actions)
    path = _body_type_pdf(tmp_path / "city_energy_action_plan.pdf", "CITY ENERGY ACTION PLAN", _HARTFORD_SHAPE)
    result = planx.convert_file(str(path))
    assert [a.action for a in result.actions] == [
        "Build Capacity", "Finalize Benchmarking and Begin Tracking", "Explore and Evaluate the ESCO Model",
        "Engage the Community"]
    assert "ACTION 1" not in " ".join(a.action for a in result.actions)


def test_body_type_lines_naming_an_action_with_a_sentence_are_no_headings(tmp_path):
    # 'Action 1: The committee reviewed … .' ends a sentence: a minute's or report's line, no title
    sections = [(f"Action {n}: The committee reviewed item {n} and noted the report.", prose)
                for n, (_, prose) in enumerate(_HARTFORD_SHAPE, 1)]
    path = _body_type_pdf(tmp_path / "city_energy_action_plan.pdf", "CITY ENERGY ACTION PLAN", sections)
    result = planx.convert_file(str(path))
    assert not any(a.action.startswith("The committee reviewed") for a in result.actions)
