"""Short plans saved as web pages (normalise/webplans.py, extract/markdown.is_page_text): a school's
equality objectives, a parish action plan, an accessibility plan's activities, a roadmap's 'We are
…' items; and the pages that must give nothing (advice listing example objectives, a policy's duty).

The shapes are those of real pages in the dev sets (dev_h15: Longmoor and Woodford equality
objectives, 0 and 20 before this reader; dev_webplans: Bedfield, Liscard, Corvus); the documents
below are written here in other words and layouts, as the pages' licences are not stated.
"""
from __future__ import annotations

import pytest
from conftest import convert_text

from planx.extract.markdown import is_page_text, parse_markdown_lines
from planx.normalise.columns import WORD
from planx.normalise.commitments import writer_at_work
from planx.normalise.lists import units_of
from planx.normalise.webplans import commits_ahead, infinitive, names_list, read_objectives, split_notes

# ---- a saved page's text -----------------------------------------------------------------------------


def test_a_page_text_with_no_blank_line_reads_a_paragraph_per_line():
    lines = ["Equality Objectives", "Our objectives for 2025-26 are:",
             "- To raise attendance of pupils with SEND to 94%",
             "(Target: reviewed each term by governors)", "- To widen the reading offer in Key Stage 1",
             "Next review: July 2026"]
    assert is_page_text(lines)
    texts = [b.text for b in parse_markdown_lines(lines).blocks]
    # the title and the lead-in stay apart; a bracketed note goes on with its item
    assert texts == ["Equality Objectives", "Our objectives for 2025-26 are:",
                     "- To raise attendance of pupils with SEND to 94% (Target: reviewed each term by governors)",
                     "- To widen the reading offer in Key Stage 1", "Next review: July 2026"]


def test_markdown_with_blank_lines_keeps_its_paragraphs():
    lines = ["# Plan", "", "The council will", "work with partners.", "", "- Fix roads"]
    assert not is_page_text(lines)
    assert parse_markdown_lines(lines).blocks[1].text == "The council will work with partners."
    assert not is_page_text(["One line", "Two lines"])  # too short to say


# ---- lead-ins, items, notes --------------------------------------------------------------------------

@pytest.mark.parametrize("lead_in, names", [
    ("Our Equality Objectives for 2025-2026 are:", True),
    ("Our objectives from 2024-2027 are to:", True),
    ("Activities including timescale:", True),
    ("The equality objectives link to the School Improvement Plan.", True),
    ("Current Objectives", True),
    # the last kind of list named is the duty's aims, not the page's objectives
    ("Equality objectives relate to any of the three aims of the public sector equality duty which are:", False),
    ("Your equality objectives could be:", False),  # advice to the reader
    ("The purpose of the plan is to:", False),  # the plan's purpose, named by what it is of
    ("The outcomes we will focus on", False),
    ("Target: To ensure that the school and curriculum is accessible to all pupils", False),
    ("This extends to the following protected characteristics:", False),
    ("Schools are required to publish information which is updated annually showing how they comply with "
     "the duty and to set at least one equality objective every 4 years, having due regard to the need to:", False),
])
def test_a_lead_in_names_its_list_as_objectives_or_actions(lead_in, names):
    assert names_list(lead_in) is names


@pytest.mark.parametrize("text, expected", [
    ("To take every opportunity to mark festivals", True),
    ("To forefront equality in school planning", True),
    ("To be alert to tensions in the wider world", True),
    ("To the parish council and its partners", False),
    ("To date, three objectives have been met", False),
    ("Taxis pick up children safely", False),
])
def test_an_infinitive_opens_an_objective(text, expected):
    assert infinitive(text) is expected


def test_a_trailing_target_note_is_the_measure_and_a_dashed_period_the_due():
    text, fields = split_notes("To celebrate a wider range of festivals (Target = to survey pupils in summer 2025 "
                               "and adjust the calendar.)")
    assert text == "To celebrate a wider range of festivals"
    assert fields == {"measure": "to survey pupils in summer 2025 and adjust the calendar."}
    text, fields = split_notes("Reserve two parking bays near the main door. – September 2025 to July 2026")
    assert (text, fields) == ("Reserve two parking bays near the main door.", {"due": "September 2025 to July 2026"})
    # a bracket that is no labelled note stays in the text ('(Disability)' names the characteristic)
    assert split_notes("To raise attendance of disabled pupils (Disability)") == \
        ("To raise attendance of disabled pupils (Disability)", {})


@pytest.mark.parametrize("text, at_work", [
    ("We are also working with an advisory group to draft standards", True),
    ("Based on our quality framework, we’re introducing new checks", True),
    ("We intend to package datasets around user needs", True),
    ("We expect to improve search on the map", True),
    ("We are committed to providing safe homes", False),
    ("We are well on track to achieve that aim", False),
    ("We take the findings seriously and acknowledge that we are falling short", False),
    ("We are willing to meet any tenant who asks", False),
    ("Residents are asking for more bins", False),
])
def test_the_writer_at_work_or_intending(text, at_work):
    assert writer_at_work([w.lower() for w in WORD.findall(text)]) is at_work


# ---- whole pages -------------------------------------------------------------------------------------

def test_a_school_objectives_page_saved_as_text(tmp_path):
    result = convert_text(tmp_path, "equality_objectives.md", "\n".join([
        "Equality Objectives 2025/2026",
        "- To broaden the range of cultures celebrated in assemblies",
        "(Target = to ask the school council in spring 2025 which festivals to add.)",
        "- To put equality at the centre of school policy",
        "(Target: to review three policies a term against the equality audit)",
        "- To encourage more staff to join the diversity working group",
    ]))
    assert [(a.action, a.measure) for a in result.actions] == [
        ("To broaden the range of cultures celebrated in assemblies",
         "to ask the school council in spring 2025 which festivals to add."),
        ("To put equality at the centre of school policy",
         "to review three policies a term against the equality audit"),
        ("To encourage more staff to join the diversity working group", "")]
    assert result.title == "Equality Objectives 2025/2026"
    assert any("lead-in names them" in w for w in result.warnings)


def test_a_parish_action_plan_with_a_list_under_each_topic(tmp_path):
    result = convert_text(tmp_path, "action-plan.md", "\n".join([
        "Little Hampden Parish Council", "Action Plan 2024-2025",
        "Highways", "- To press the county council to repair the potholes on Church Lane",
        "- To ask for a 20mph limit past the school",
        "Open spaces", "- To replace the worn play equipment on the green",
        "Communications", "- To publish a newsletter each quarter",
        "Date of next review: May 2025"]))
    assert [(a.area, a.action) for a in result.actions] == [
        ("Highways", "To press the county council to repair the potholes on Church Lane"),
        ("Highways", "To ask for a 20mph limit past the school"),
        ("Open spaces", "To replace the worn play equipment on the green"),
        ("Communications", "To publish a newsletter each quarter")]
    assert result.title == "Action Plan 2024-2025"


def test_topic_lists_on_a_page_that_is_no_plan_give_nothing(tmp_path):
    result = convert_text(tmp_path, "club-news.md", "\n".join([
        "Little Hampden Village News", "Spring 2025",
        "Highways", "- To report a pothole, ring the county council",
        "- To ask about bus times, see the noticeboard",
        "Open spaces", "- To book the green for a party, email the clerk"]))
    assert result.actions == []


def test_only_the_list_its_lead_in_names_is_read(tmp_path):
    result = convert_text(tmp_path, "objectives.md", "\n".join([
        "Our Equality Objectives",
        "The public sector equality duty has three aims, which are:",
        "- Eliminating discrimination and harassment in all its forms",
        "- Advancing equality of opportunity between groups of people",
        "- Fostering good relations between people of all backgrounds",
        "Our objectives from 2024 to 2027 are to:",
        "1. Narrowing the gap in writing between boys and girls",
        "2. Improving attendance for pupils eligible for free school meals",
        "3. Increasing the take-up of after-school clubs by pupils with SEND",
    ]))
    assert [a.action for a in result.actions] == [
        "Narrowing the gap in writing between boys and girls",
        "Improving attendance for pupils eligible for free school meals",
        "Increasing the take-up of after-school clubs by pupils with SEND"]
    assert result.title == "Our Equality Objectives"


def test_an_accessibility_plan_reads_its_activities_with_their_periods():
    # the reader alone (normalise/commitments.py may take such a page's lists first, as it did here)
    raw = parse_markdown_lines([
        "School Accessibility Plan", "",
        "Target: To make every part of the site reachable by wheelchair users", "",
        "  • To ensure that the hall is reachable by wheelchair users",
        "  • To ensure that all pupils can use the library", "",
        "Activities including timescale:", "",
        "  • Fit a ramp at the side door of the hall – April 2026",
        "  • Move the library shelves to widen the aisles – Summer term 2026",
        "  • Review signage with the pupil council – On going",
    ], name="access.md")
    reading = read_objectives(raw, units_of(raw))
    assert reading is not None
    got = [(a.fields["action"], a.fields.get("due")) for a in reading.actions]
    # the targets' list is named by 'Target:', a goal, not by its activities
    assert got == [("Fit a ramp at the side door of the hall", "April 2026"),
                   ("Move the library shelves to widen the aisles", "Summer term 2026"),
                   ("Review signage with the pupil council", "On going")]


def test_advice_listing_example_objectives_gives_nothing(tmp_path):
    result = convert_text(tmp_path, "advice.md", "\n".join([
        "Equality Objectives",
        "Every public body must publish objectives. Here are some ideas for schools.",
        "Your objectives could be:",
        "- To close the gap between boys and girls in reading",
        "- To prevent and respond to prejudice-based bullying",
        "- To promote understanding of other faiths and cultures",
    ]))
    assert result.actions == []


def test_a_policy_with_a_duty_list_gives_nothing(tmp_path):
    result = convert_text(tmp_path, "policy.md", "\n".join([
        "Equality Policy",
        "The governing board will have due regard to the need to:",
        "- Eliminate discrimination and other conduct prohibited by the Act",
        "- Advance equality of opportunity between groups",
        "- Foster good relations between people",
    ]))
    assert result.actions == []


def test_a_roadmap_of_we_are_items_under_now_and_next(tmp_path):
    result = convert_text(tmp_path, "roadmap.md", "# Our service roadmap\n\nWe update this roadmap each quarter.\n\n"
                          "## Helping councils publish\n\n### Now\n\n"
                          "- We are testing the upload tool with five councils.\n"
                          "- Based on feedback, we’re rewriting the guidance pages.\n\n### Next\n\n"
                          "- We will open the upload tool to every council.\n"
                          "- We intend to add a bulk upload for large files.\n\n## Using the data\n\n### Now\n\n"
                          "- We are publishing weekly figures on how complete the data is.\n"
                          "- We are improving the map search by postcode.\n\n### Later\n\n"
                          "- We will explore an API key scheme for heavy users.\n")
    got = [(a.timeframe, a.action) for a in result.actions]
    assert got == [("Now", "We are testing the upload tool with five councils."),
                   ("Now", "Based on feedback, we’re rewriting the guidance pages."),
                   ("Next", "We will open the upload tool to every council."),
                   ("Next", "We intend to add a bulk upload for large files."),
                   ("Now", "We are publishing weekly figures on how complete the data is."),
                   ("Now", "We are improving the map search by postcode."),
                   ("Later", "We will explore an API key scheme for heavy users.")]


# ---- a page of sentences -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, ahead", [
    ("We will publish a repairs timetable for every estate by the spring.", True),
    ("Residents will sit on the new Repairs Board, which will report to Cabinet.", True),
    ("We're taking immediate steps to clear the backlog of damp cases.", True),
    ("We have begun work to appoint a second repairs contractor.", True),
    ("A residents' survey has already been sent to every household.", False),
    ("We are committed to safe and warm homes for every tenant.", False),
    ("We want to reassure residents that their concerns are heard.", False),
    ("You will be able to book repairs online from May.", False),
])
def test_a_sentence_commits_to_what_is_to_come(sentence, ahead):
    assert commits_ahead(sentence) is ahead


_PROSE_PAGE = "\n".join([
    "We know our repairs service has let residents down and we are sorry.",
    "We're taking immediate steps to clear the backlog of damp and mould cases.",
    "We have begun work to appoint a second repairs contractor. A residents' survey has already been sent out.",
    "Residents will sit on the new Repairs Board, which will report to Cabinet every quarter.",
    "We will publish a repairs timetable for every estate by the spring.",
])


def test_a_page_of_sentences_named_by_its_address_as_what_is_being_done(tmp_path):
    result = convert_text(tmp_path, "what-we-are-doing-to-fix-repairs.md", _PROSE_PAGE)
    assert [a.action for a in result.actions] == [
        "We're taking immediate steps to clear the backlog of damp and mould cases.",
        "We have begun work to appoint a second repairs contractor.",
        "Residents will sit on the new Repairs Board, which will report to Cabinet every quarter.",
        "We will publish a repairs timetable for every estate by the spring."]
    # the paragraph's other sentence is kept, not lost
    assert any("survey has already been sent" in row.text for row in result.leftovers)


def test_the_same_sentences_on_a_news_page_give_nothing(tmp_path):
    assert convert_text(tmp_path, "repairs-update-news.md", _PROSE_PAGE).actions == []


# ---- objectives each on a labelled line; the page's chrome -------------------------------------------

def test_objectives_each_on_a_labelled_line_over_prose(tmp_path):
    result = convert_text(tmp_path, "objectives.md", "\n\n".join([
        "Skip to main content", "Our Equality Objectives",
        "To meet the duty, our objectives for 2024-2028 are:",
        "Objective 1: To make every club open to pupils with a disability",
        "Clubs are checked each term. Staff adapt activities where a pupil needs it.",
        "Objective 2: To widen the range of authors pupils read",
        "The library will buy books by authors from many backgrounds.",
        "Objective 3: Reduce prejudice-related incidents year on year",
        "Incidents are logged and reported to governors.",
    ]))
    assert [(a.ref, a.action) for a in result.actions] == [
        ("1", "To make every club open to pupils with a disability"),
        ("2", "To widen the range of authors pupils read"),
        ("3", "Reduce prejudice-related incidents year on year")]
    assert result.title == "Our Equality Objectives"  # not the page's 'Skip to main content' link
    assert any("Clubs are checked each term" in row.text for row in result.leftovers)


def test_labelled_lines_on_a_page_that_is_no_plan_give_nothing(tmp_path):
    result = convert_text(tmp_path, "policy.md", "\n\n".join([
        "Behaviour Policy", "Aim 1: To keep every pupil safe in school and online",
        "Aim 2: To treat every member of the school with respect", "Aim 3: To reward good conduct"]))
    assert result.actions == []


def test_an_infinitive_of_a_reporting_verb_is_no_report():
    from planx.normalise.commitments import item_evidence
    ev = item_evidence("To have regard to the safety of parishioners in all council business")
    assert ev.why_not == ""
    assert item_evidence("We have opened three new hubs across the borough").why_not != ""


def test_a_target_line_under_each_objective_is_its_due_or_measure(tmp_path):
    result = convert_text(tmp_path, "objectives.md", "\n".join([
        "Equality Objectives 2025-2026",
        "- To raise the attendance of pupils with SEND to match their peers",
        "Target: July 2026",
        "- To widen the range of clubs taken up by disadvantaged pupils",
        "Target: every club to have at least two disadvantaged pupils attending",
        "- To train all staff in recognising prejudice-based bullying",
        "By: Autumn term 2025",
    ]))
    got = [(a.action, a.due_raw, a.measure) for a in result.actions]
    assert got == [
        ("To raise the attendance of pupils with SEND to match their peers", "July 2026", ""),
        ("To widen the range of clubs taken up by disadvantaged pupils", "",
         "every club to have at least two disadvantaged pupils attending"),
        ("To train all staff in recognising prejudice-based bullying", "Autumn term 2025", "")]
    assert result.actions[0].due_date == "2026-07"


def test_a_target_paragraph_between_items_joins_the_list_again():
    # Markdown with blank lines: each 'Target:' line a paragraph of its own, splitting the list
    raw = parse_markdown_lines(["# Our objectives", "", "- To raise attendance of pupils with SEND", "",
                                "Target: July 2026", "", "- To widen the range of clubs pupils join", "",
                                "Target: two new clubs a year", "", "- To train staff in tackling bullying"],
                               name="objectives.md")
    reading = read_objectives(raw, units_of(raw))
    assert reading is not None
    assert [(a.fields["action"], a.fields.get("due"), a.fields.get("measure")) for a in reading.actions] == [
        ("To raise attendance of pupils with SEND", "July 2026", None),
        ("To widen the range of clubs pupils join", None, "two new clubs a year"),
        ("To train staff in tackling bullying", None, None)]


def test_a_text_file_read_for_its_pipe_tables_keeps_wrapped_lines_together():
    lines = ["Improvement plan", "The council will work with partners", "across the borough.",
             "| Action | Lead |", "|---|---|", "| Fix roads | Highways |"]
    doc = parse_markdown_lines(lines, fmt="txt")
    assert doc.blocks[0].text == "Improvement plan The council will work with partners across the borough."


def test_labelled_priorities_over_a_word_plans_tables_are_the_tables_headings():
    from pathlib import Path

    import planx
    sample = Path(__file__).parent.parent / "samples" / "word_brag_tracker_2018.docx"
    result = planx.convert_file(str(sample))
    assert not any("labelled and numbered as objectives" in w for w in result.warnings)
    assert "Strengthen the front door" not in [a.action for a in result.actions]


def test_a_heading_asking_what_a_process_is_names_no_topic():
    from planx.normalise.webplans import topic_heading
    assert not topic_heading("What is the review process")
    assert not topic_heading("How does the appeal work")
    assert topic_heading("What we will do")  # states the work: no question
    assert topic_heading("Highways")


def test_the_steps_of_a_process_under_a_question_heading_give_nothing(tmp_path):
    # an explainer of a plan's process: its list describes how the process goes, it commits to nothing
    result = convert_text(tmp_path, "improvement-plan-guide.md", "\n".join([
        "Improvement Plan", "An improvement plan is written whenever an inspection finds a weakness.",
        "What is the improvement plan process",
        "1. Receive the inspection report", "2. Find the areas to improve", "3. Agree a plan with the board",
        "4. Put the plan into action", "5. Report on progress"]))
    assert result.actions == []
    # the same list under a topic's heading on the plan's page is its actions
    result = convert_text(tmp_path, "improvement-plan.md", "\n".join([
        "Improvement Plan", "Inspection follow-up",
        "1. Publish the inspection report", "2. Review the areas to improve", "3. Agree a plan with the board"]))
    assert [a.action for a in result.actions] == ["Publish the inspection report", "Review the areas to improve",
                                                  "Agree a plan with the board"]
