"""Real plans as Markdown, HTML and web-page text (issue 14, branch realweb): numbered recommendations
through a plan's sections, a web table saved as ' / ' lines, a plan page's 'What we have done' / 'What's
next' lead-ins, list items wrapped in <p>, objectives labelled 'Key priority one', lead-ins naming the
plan's years or the writer's intent, and the pages that must give nothing.

The shapes are those of real documents in the dev sets (dev_h16: the AI Opportunities Action Plan,
Lambeth's digital vision page, Saddleworth PPG's action plan, Gloucestershire's SEND improvement page;
dev_realweb: a patients group's survey plan, school priorities pages, SEND plan pages); the documents
below are written here in other words and layouts, as most pages' licences are not stated.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

from planx.extract.html import element_lines
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.donenext import lead_in_kind
from planx.normalise.headers import read_header
from planx.normalise.lists import _Unit
from planx.normalise.recommendations import opens_instruction, read_recommendations, section_of
from planx.normalise.slashtables import slash_tables
from planx.normalise.webplans import names_list, names_period


def _doc(texts: list[str | tuple[str, int]], name: str = "plan.md") -> RawDocument:
    """Paragraphs ('## x' for a heading of rank 2) as a parsed document."""
    blocks = []
    for n, t in enumerate(texts, 1):
        text = t if isinstance(t, str) else t[0]
        rank = len(text) - len(text.lstrip("#"))
        blocks.append(Paragraph(text=text.lstrip("# "), page=1, line=n, heading=bool(rank), rank=rank))
    return RawDocument(path=name, name=name, format="md", blocks=blocks)


# ---- numbered recommendations through the sections ---------------------------------------------------

ACTIVE_TRAVEL = """# Active Travel Action Plan 2026

## Foreword

Walking and cycling are the cheapest ways to cut congestion in our towns.

## 1. Build the network

### 1.1 Safer junctions

Most collisions involving cyclists happen at junctions, and most of those at a few dozen sites.

To achieve this, the county should:

1. Redesign the twenty junctions with the worst collision record by 2028. Each scheme will be drawn with \
the people who use it every day.

2. Publish a junction design guide for every highway authority in the county.

3. Fund the districts to audit their own junctions every two years.

### 1.2 Routes to school

4. Map a safe walking route to every primary school within six months. Parents asked for this first.

5. Close the streets outside schools to through traffic at the start and end of the day where the school asks for it.

## 2. Keep people moving

6. Introduce a bike loan scheme for job seekers by:

- Lending refurbished bikes for up to three months.

- Offering a free maintenance check with each loan.

7. Review the bus and rail connections at the five busiest stations.

## Notes

1. Collision figures from the county's 2024 road safety report. ↩

2. Based on the 2023 travel survey. ↩
"""


def test_numbered_recommendations_through_the_sections_are_the_plans_actions(tmp_path: Path):
    result = convert_text(tmp_path, "active_travel_action_plan.md", ACTIVE_TRAVEL)
    got = [(a.area_ref, a.area, a.action) for a in result.actions]
    assert len(got) == 7
    assert got[0][:2] == ("1.1", "Safer junctions")
    assert got[0][2].startswith("Redesign the twenty junctions") and got[0][2].endswith("use it every day.")
    assert got[3][:2] == ("1.2", "Routes to school")
    # a section with no subsection: its own number and title
    assert got[5][:2] == ("2", "Keep people moving")
    # the bullets finishing an item's sentence are its text
    assert got[5][2] == ("Introduce a bike loan scheme for job seekers by: Lending refurbished bikes for up to "
                         "three months. Offering a free maintenance check with each loan.")
    # the notes, numbered again from 1, are no actions
    assert not any("Collision figures" in a.action for a in result.actions)


def test_a_report_numbering_its_paragraphs_gives_no_recommendations():
    # paragraphs numbered on through the headings, but they report (no instruction) and the
    # document calls itself a report
    texts = ["Annual Report of the Highways Committee", "## Background"]
    texts += [f"{n}. The committee met in month {n} and noted the figures for the quarter." for n in range(1, 4)]
    texts += ["## Findings"]
    texts += [f"{n}. The number of potholes reported rose by {n} per cent." for n in range(4, 9)]
    assert read_recommendations(_doc(texts, "highways_report.md")) is None


def test_a_numbered_list_restarting_under_each_heading_is_no_run_through_the_sections():
    texts = ["Parks Improvement Plan", "## Play areas"]
    texts += [f"{n}. Replace the swings in park {n}." for n in range(1, 4)]
    texts += ["## Woodland"]
    texts += [f"{n}. Plant a hundred trees in wood {n}." for n in range(1, 4)]
    assert read_recommendations(_doc(texts, "parks_plan.md")) is None


def test_numbered_principles_through_the_sections_are_no_recommendations():
    # imperatives numbered on through the sections, but under a heading naming them principles
    texts = ["Open Data Strategy", "## Our principles", "### Openness"]
    texts += [f"{n}. Publish dataset {n} under an open licence." for n in range(1, 4)]
    texts += ["### Quality"]
    texts += [f"{n}. Check dataset {n} against the standard each quarter." for n in range(4, 8)]
    assert read_recommendations(_doc(texts, "open_data_strategy.md")) is None
    # the same items under sections that name no other kind of list are the plan's recommendations
    plan = [t.replace("Our principles", "What we will do") for t in texts]
    reading = read_recommendations(_doc(plan, "open_data_strategy.md"))
    assert reading is not None and len(reading.actions) == 7


def test_a_plan_numbering_each_parts_list_from_1_again_is_left_to_the_list_readers():
    texts = ["Economic Strategy 2026", "## Pillar 1: Skills", "Actions:"]
    texts += [f"{n}. Fund {n} hundred apprenticeships in growth sectors." for n in range(1, 8)]
    texts += ["## Running header", "## Pillar 2: Places", "Actions:"]
    texts += [f"{n}. Regenerate town centre {n} with the districts." for n in range(1, 5)]
    assert read_recommendations(_doc(texts, "economic_strategy.md")) is None


def test_bare_numbers_and_worded_section_lines_read_in_a_saved_page():
    # a page's text that lost its numbers' stops and its headings' styles: '1 Check …', 'Section 1: …'
    texts = ["Carers survey action plan", "412 carers answered the survey this spring.",
             "1 Send the results to every carer who asked for them.",
             "2 Ask the carers' forum which questions to keep next year.",
             "Section 1: getting an assessment",
             "Most carers waited more than eight weeks for an assessment.",
             "3 Find out why assessments in the north team take longer.",
             "4 Offer an assessment by telephone to carers who work.",
             "5 Publish the waiting time for an assessment each month.",
             "6 Review the letter sent to carers after an assessment."]
    reading = read_recommendations(_doc(texts, "carers_survey.md"))
    assert reading is not None and len(reading.actions) == 6
    assert reading.actions[0].context == {}
    assert reading.actions[2].context == {"area_ref": "1", "area": "getting an assessment"}


def test_a_manner_adverb_before_the_verb_opens_an_instruction_and_a_section_line_names_its_area():
    assert opens_instruction("Rapidly identify five public datasets to open up")
    assert opens_instruction("Publish the guide")
    assert not opens_instruction("Recently the council has grown")
    raw = _doc(["Plan", "## 3 Secure the future", "text"])
    assert section_of(raw, 2) == ("3", "Secure the future")


# ---- a web table saved as ' / ' lines ------------------------------------------------------------------

PATIENT_GROUP = "\n".join([
    "Ref / TOPIC / WHO IS INVOLVED AND WHEN / DATE DUE1 / Waiting room screen / "
    "Practice manager to order the screen by 3.3.25. / 14.4.25",
    "2 / Repeat prescription leaflet / Two group members and the dispensary lead / 28.4.25",
    "3 / Carers' noticeboard / Agreed at the group meeting on 10.3.25. A member to keep it up to date. / 12.5.25",
    "4 / Online booking help sessions / Group volunteers, first session 7.4.25 / 30.6.25",
    "The group will review progress at each meeting.", ""])


def test_a_web_table_saved_as_slash_lines_is_read_as_a_table(tmp_path: Path):
    result = convert_text(tmp_path, "ppg_action_plan_2025.txt", PATIENT_GROUP)
    got = [(a.action, a.due_raw) for a in result.actions]
    assert got == [("Waiting room screen", "14.4.25"), ("Repeat prescription leaflet", "28.4.25"),
                   ("Carers' noticeboard", "12.5.25"), ("Online booking help sessions", "30.6.25")]
    assert result.actions[0].due_date == "2025-04-14"
    assert any("' / '" in w for w in result.warnings)


def _text_doc(lines: list[str]) -> RawDocument:
    return RawDocument(path="p.txt", name="p.txt", format="txt",
                       blocks=[Paragraph(text=t, page=1, line=n) for n, t in enumerate(lines, 1)])


@pytest.mark.parametrize("lines", [
    # a form's figures set apart by slashes: rows named, not numbered in order
    ["% / Male / Female", "Practice / 3342 / 3549", "Group / 2 / 2", "Total / 3344 / 3551"],
    # a slash inside prose ('IT / Digital') on lines that do not agree on their cells
    ["1 / Grow the IT / Digital team / March", "2 / Hire a designer / April", "3 / Train staff / May"],
    # two rows only
    ["No. / Item / Date", "1 / Fix the gate / May", "2 / Paint the hall / June"],
])
def test_slash_lines_that_are_no_table_are_left_as_text(lines: list[str]):
    raw = _text_doc(lines)
    assert slash_tables(raw) is raw


# ---- a topic column filled on every row names each row's work -------------------------------------------

def test_a_weakly_headed_topic_column_filled_on_every_row_beside_who_and_when_is_the_action():
    cells = [(0, 1, "No."), (1, 1, "Issue"), (2, 1, "Those involved"), (3, 1, "Completion date")]
    below = [[(0, "1"), (1, "New website"), (2, "Practice manager"), (3, "31.3.25")],
             [(0, "2"), (1, "Patient newsletter"), (2, "Group chair"), (3, "30.4.25")],
             [(0, "3"), (1, "Car park signs"), (2, "Building lead"), (3, "31.5.25")]]
    header = read_header(cells, below)
    assert header is not None
    assert [c.field for c in header.columns][:4] == ["area_ref", "action", "lead", "due"]


def test_a_topic_column_repeated_down_the_rows_stays_the_area():
    cells = [(0, 1, "No."), (1, 1, "Issue"), (2, 1, "Those involved"), (3, 1, "Completion date")]
    below = [[(0, "1"), (1, "Access"), (2, "Practice manager"), (3, "31.3.25")],
             [(0, "2"), (1, "Access"), (2, "Group chair"), (3, "30.4.25")],
             [(0, "3"), (1, "Communication"), (2, "Building lead"), (3, "31.5.25")]]
    header = read_header(cells, below)
    assert header is None or "action" not in [c.field for c in header.columns][1:2]


# ---- a plan page's 'What we have done' / 'What's next' ---------------------------------------------------

REPAIRS_PAGE = """Housing Repairs Improvement Plan
The tenants' scrutiny panel told us:
Repairs take too long to be booked and residents are not told when an operative will come.
What we have done so far:
We have moved all repair bookings onto one system so that every call is logged.
A text message now confirms each appointment the day before.
We are recruiting six more multi-trade operatives for the north of the borough.
What happens next
We will publish repair times for each estate every quarter from April.
The panel will review a sample of completed repairs with us twice a year.
"""


def test_a_plan_page_of_done_and_next_lines_gives_actions_with_their_status(tmp_path: Path):
    result = convert_text(tmp_path, "repairs_improvement_plan.md", REPAIRS_PAGE)
    got = [(a.action[:30], a.status) for a in result.actions]
    assert got == [("We have moved all repair booki", "complete"), ("A text message now confirms ea", "complete"),
                   ("We are recruiting six more mul", "in_progress"), ("We will publish repair times f", ""),
                   ("The panel will review a sample", "")]
    # what the panel said is the finding the plan answers, not an action
    assert not any("too long" in a.action for a in result.actions)


def test_a_page_not_named_a_plan_gives_no_done_and_next_actions(tmp_path: Path):
    text = REPAIRS_PAGE.replace("Housing Repairs Improvement Plan", "News from the tenants' panel")
    result = convert_text(tmp_path, "tenants_news.md", text)
    assert result.actions == []


@pytest.mark.parametrize("text, kind", [
    ("What we have done already:", "done"), ("What we've achieved", "done"), ("Progress so far", "done"),
    ("What's next", "next"), ("Next steps:", "next"), ("What we will do", "next"),
    ("The peer review told us:", "heard"), ("You said", "heard"),
    ("Our approach:", "other"),
    ("We have done a great deal this year to improve the service for residents.", ""),
])
def test_a_lead_in_says_what_the_lines_below_it_hold(text: str, kind: str):
    assert lead_in_kind(_Unit(text, 0, 1, 1, False, "")) == kind


# ---- HTML: a list item wrapped in a paragraph -------------------------------------------------------------

def test_a_list_items_paragraph_keeps_its_bullet_on_its_line():
    import lxml.html
    el = lxml.html.fragment_fromstring("<ul><li><p>Offer one front door for every request</p></li>"
                                       "<li><p>Publish waiting times</p><p>Monthly, online</p></li></ul>")
    assert element_lines(el) == ["• Offer one front door for every request", "• Publish waiting times",
                                 "Monthly, online"]


def test_a_paragraph_list_item_keeps_the_items_nested_under_it():
    import lxml.html

    from planx.extract.html import element_lines_levels
    el = lxml.html.fragment_fromstring("<ul><li><p>Review the offer</p><ul><li><p>Ask parents</p></li>"
                                       "<li>Ask schools</li></ul></li><li><div>Publish it</div></li></ul>")
    assert element_lines_levels(el) == [("• Review the offer", 0), ("• Ask parents", 1), ("• Ask schools", 1),
                                        ("• Publish it", 0)]


THEMES_PAGE = """<html><head><title>Our digital plan</title></head><body>
<h1>Delivering our digital plan</h1>
<p>Our plan has two themes.</p>
<section><h2><strong>Joined-up services</strong></h2>
<p class="tagline">Simple to use, whoever you ask</p>
<ul><li><p>Redesign the ten most used online forms with residents</p></li>
<li><p>Connect the housing and benefits systems so residents tell us once</p></li></ul></section>
<section><h2><strong>Using our data well</strong></h2>
<ul><li><p>Publish the council's open data on one portal</p></li>
<li><p>Train every manager to read their service's dashboard</p></li></ul></section>
</body></html>"""


def test_a_themes_page_of_paragraph_list_items_gives_its_actions_under_their_themes(tmp_path: Path):
    # the short line under a theme's heading is its tagline: the heading names the list
    result = convert_text(tmp_path, "digital_plan.html", THEMES_PAGE)
    got = [(a.area, a.action) for a in result.actions]
    assert ("Joined-up services", "Redesign the ten most used online forms with residents") in got
    assert ("Using our data well", "Train every manager to read their service's dashboard") in got
    assert len(got) == 4


HOW_PAGE = """# Delivering our digital plan

Our plan has two parts.

## How we will do this

Shared platforms

- Move every service onto the shared booking platform
- Retire the three old case systems by the end of the plan

## How we will do this

Skilled people

- Train all managers in service design
- Recruit a head of user research
"""


def test_under_a_heading_that_only_names_the_list_the_plain_line_is_its_topic(tmp_path: Path):
    # 'How we will do this' names the list as actions, no topic: the plain line under it heads the
    # list (a tagline only under a topic heading, as above; a real strategy PDF prints it so)
    from planx.extract import extract
    from planx.normalise.commitments import lists_of
    from planx.normalise.lists import units_of
    path = tmp_path / "strategy.md"
    path.write_text(HOW_PAGE, encoding="utf-8")
    assert [lst.heading for lst in lists_of(units_of(extract(path)))] == ["Shared platforms", "Skilled people"]


# ---- web pages of objectives: labelled lines, the plan's years, the writer's intent ---------------------

PRIORITIES_PAGE = """School Improvement Priorities 2025-26

Our priorities support the rights of every child:

  • Article 12: Every child has the right to be heard
  • Article 28: Every child has the right to an education

Key priority one
To embed the new phonics scheme in every Key Stage 1 class

Key priority two
To raise attendance of disadvantaged pupils to the national average

Key priority three
To develop outdoor learning across the curriculum
"""


def test_key_priority_lines_over_their_objectives_are_the_plans_actions(tmp_path: Path):
    result = convert_text(tmp_path, "school_priorities.md", PRIORITIES_PAGE)
    assert [a.action for a in result.actions] == [
        "To embed the new phonics scheme in every Key Stage 1 class",
        "To raise attendance of disadvantaged pupils to the national average",
        "To develop outdoor learning across the curriculum"]


BANDED_PAGE = """Development Priorities 2025-26
Dear families, this letter sets out what the school will work on this year and why we chose it.
MAIN PRIORITIES FOR 2025-26
TEACHING AND LEARNING
Priority 1: To ensure every lesson starts with a review of prior learning.
Priority 2: To ensure reading books match each pupil's phonics stage.
PERSONAL DEVELOPMENT
Priority 3: To widen the clubs on offer to pupils with SEND.
"""


def test_labelled_objectives_take_the_capitals_band_over_them_as_their_area(tmp_path: Path):
    result = convert_text(tmp_path, "development_priorities.md", BANDED_PAGE)
    assert [(a.area, a.action[:30]) for a in result.actions] == [
        ("TEACHING AND LEARNING", "To ensure every lesson starts "),
        ("TEACHING AND LEARNING", "To ensure reading books match "),
        ("PERSONAL DEVELOPMENT", "To widen the clubs on offer to")]


OUTCOMES_PAGE = """Equality Plan

Our equality plan sets out how we meet the duty and what we will work towards.

Under the Act we must have due regard to the need to:

  • Eliminate discrimination and harassment.
  • Advance equality of opportunity.

Our equality objectives for 2025-2029 are:

  1. Every resident can reach our services online, by phone or in person
  2. Our workforce reflects the communities it serves
  3. Hate incidents reported to us are followed up within five days
"""


def test_objectives_named_with_the_plans_years_are_read_whatever_their_wording(tmp_path: Path):
    result = convert_text(tmp_path, "equality_plan.md", OUTCOMES_PAGE)
    assert [a.action[:25] for a in result.actions] == [
        "Every resident can reach ", "Our workforce reflects th", "Hate incidents reported t"]


@pytest.mark.parametrize("lead_in, years", [
    ("Our equality objectives for 2023-2027 are set as:", True),
    ("Our aims from 2024 to 2026:", True),
    ("Our equality objectives are:", False),
    ("Figures for 2024:", False),
])
def test_a_lead_in_names_the_plans_years(lead_in: str, years: bool):
    assert names_period(lead_in) is years


@pytest.mark.parametrize("lead_in, names", [
    ("We want to:", True), ("We aim to:", True), ("The partnership intends to:", True),
    ("We want to hear from you:", False), ("You want to:", False),
])
def test_the_writers_intent_over_a_list_names_it(lead_in: str, names: bool):
    assert names_list(lead_in) is names


INTENT_PAGE = """SEND improvement plan

How we plan to improve our services.

1 About the plan

There are three areas we will focus on. These are:

  • Early identification
  • Preparing for adulthood
  • Communication.

2 Early identification

Children's needs are spotted early and met without a wait.

Improvement focus

We want to:

  • improve the speech and language screening offered at the two-year check
  • train every nursery's SENCo in the new ordinarily available guidance
  • halve the wait for an educational psychology consultation
"""


def test_a_list_the_writers_intent_leads_in_takes_the_numbered_section_as_its_area(tmp_path: Path):
    result = convert_text(tmp_path, "send_improvement_plan.md", INTENT_PAGE)
    got = [(a.area_ref, a.area, a.action[:25]) for a in result.actions]
    assert got == [("2", "Early identification", "improve the speech and la"),
                   ("2", "Early identification", "train every nursery's SEN"),
                   ("2", "Early identification", "halve the wait for an edu")]


def test_the_lines_of_a_table_are_cells_once_read(tmp_path: Path):
    # the slash table's cells keep their provenance: the table is numbered, its rows by their lines
    raw = _text_doc(["No. / Item / Lead / Date", "1 / Fix the gate / Caretaker / May",
                     "2 / Paint the hall / Volunteers / June", "3 / New bins / Clerk / July"])
    out = slash_tables(raw)
    tables = [b for b in out.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].index == 1
    assert [r.line for r in tables[0].rows] == [1, 2, 3, 4]
    assert tables[0].rows[0].cells == [Cell("No.", 0), Cell("Item", 1), Cell("Lead", 2), Cell("Date", 3)]
    assert isinstance(tables[0].rows[1], Row)


# ---- a saved page's bullet glyphs in Markdown ------------------------------------------------------------

def test_bullet_glyph_lines_in_markdown_are_list_items_nested_by_their_indent():
    from planx.extract.markdown import parse_markdown_lines
    lines = ["Our aims", "", "We want to:", "", "  • widen the offer of short breaks, including:",
             "    • weekend clubs", "    • holiday schemes", "  • halve the wait for an assessment"]
    blocks = parse_markdown_lines(lines).blocks
    assert [(b.text, b.level) for b in blocks[2:]] == [
        ("• widen the offer of short breaks, including:", 1), ("• weekend clubs", 2), ("• holiday schemes", 2),
        ("• halve the wait for an assessment", 1)]


@pytest.mark.parametrize("text, reports", [
    ("User-centred design of the three busiest services, to inform technology choices", False),
    ("Evidence-based training for every new starter in the contact centre", False),
    ("Opened three new hubs in the north of the borough", True),  # a past tense reports
])
def test_a_compound_adjective_ending_in_ed_opens_no_report(text: str, reports: bool):
    from planx.normalise.commitments import item_evidence
    assert (item_evidence(text).why_not == "reports what was done") is reports


def test_numbered_items_printing_their_lead_and_date_are_left_to_the_list_readers():
    texts = ["Local Offer Improvement Plan 2026", "## 1. Early identification"]
    texts += [f"{n}. Train setting {n} in the screening tool – Led by: SENCo lead – Target date: May 2026"
              for n in range(1, 4)]
    texts += ["## 2. Assessment"]
    texts += [f"{n}. Audit plan {n} for timeliness – Led by: Head of SEND – Target date: June 2026"
              for n in range(4, 8)]
    assert read_recommendations(_doc(texts, "local_offer_plan.md")) is None


FORMAT_PAGE = """Village Plan Part C - Action Plans

C. Action Plans

41. The issues raised in the survey have been turned into the action plans on the pages that follow.

42. Each action plan is set out in the same format:

• The issues are gathered into twelve groups, each with a main target and supporting targets.

• For each supporting target we give a view on how soon it should be done.

• We name the organisations we think should be involved in each activity.

• We add comments on the actions needed to reach each target.
"""


def test_a_list_describing_how_the_plan_is_laid_out_gives_no_actions(tmp_path: Path):
    # under a heading naming action plans, a lead-in says the list describes their format
    result = convert_text(tmp_path, "village_plan_part_c.md", FORMAT_PAGE)
    assert result.actions == []


@pytest.mark.parametrize("lead_in, names", [
    # a study's objectives: what a test, survey or review sets out to learn (real shape: a federal
    # site's usability test plan, holdout25 — 'The usability test objectives are:')
    ("The usability test objectives are:", False), ("Survey objectives:", False),
    ("The review objectives are:", False),
    # the page's own objectives
    ("Our equality objectives are:", True), ("The council's objectives are:", True),
])
def test_a_studys_objectives_are_not_the_pages_commitments(lead_in: str, names: bool):
    assert names_list(lead_in) is names


def test_a_test_plans_objectives_give_no_actions(tmp_path: Path):
    result = convert_text(tmp_path, "library_catalogue_usability_test_plan.md", "\n".join([
        "Library Catalogue", "Usability Test Plan", "",
        "This document describes a test plan for usability testing of the new library catalogue.", "",
        "The usability test objectives are:", "",
        "- To find where readers fail to locate a book or renew a loan in the catalogue.",
        "- Exercise the catalogue under controlled test conditions with representative readers.",
        "- Establish baseline reader performance and satisfaction for later evaluations.", ""]))
    assert result.actions == [], [a.action for a in result.actions]
