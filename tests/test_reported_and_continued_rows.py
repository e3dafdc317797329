"""Shapes of school plans and grant reports (realdocs holdout38) that say what happened, pair a list with
its sums, number their rows in a grid column of their own, or carry a ruled row over a page break.

- a template's prompt under 'Impact' that asks what has changed ('Evidence of impact: what do pupils now
  know …? What has changed?:') makes the column progress, not the outcome intended;
- an 'Outcomes' column beside the aims whose cells tell what happened ('151 children have taken part',
  'To be implemented from September 2014') is progress; one that says what is hoped for stays the outcome;
- a bulleted cell under a label ('Anticipated Projects:') beside a cell of as many sums, one a line, is
  one action per bullet; a single sum beside a list keeps the list one action;
- a grid column of bare row numbers under a heading spanning it and the action's column is each row's
  reference, and a reference printed after it ('3.2 Establish …') stays the action's own words;
- a table on the next page whose first row prints no number, under a numbered action, is the rest of that
  action's ruled row: more of the action, or more of its reason when the cell's 'Why …?' label had begun;
- a few words over the prompt that opens the action ('The #SBCWay' over 'What we are going to do?') are a
  title of the box, kept aside.
The real documents' licences are not stated; the tests build their shapes."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.columns import reports_what_happened
from planx.normalise.headers import asks_what_happened, labelled_value, read_heading
from planx.normalise.milestones import leading_number
from planx.normalise.parallel_lists import parallel_items


def row(cells: list[tuple[int, int, str]], line: int, page: int = 1) -> Row:
    return Row([Cell(t, col, span) for col, span, t in cells], page=page, line=line)


def doc(*tables: Table, name: str = "plan.pdf") -> RawDocument:
    return RawDocument(path="", name=name, format="pdf", blocks=list(tables), pages=max(t.page for t in tables))


# ---- a prompt that asks what has changed ----------------------------------------------------------

LOOK_BACK = "Evidence of impact: what do pupils now know and what can they now do? What has changed?:"


def test_a_question_looking_back_reads_as_progress():
    assert not labelled_value(LOOK_BACK)  # a prompt of what to enter, not a label and its value
    assert labelled_value("Lead: Kieran Dunmore")
    assert asks_what_happened(LOOK_BACK) and asks_what_happened("What has changed?")
    assert read_heading(LOOK_BACK)[0].field == "progress"
    assert read_heading("What has changed?")[0].field == "progress"
    # the same heading with no question looking back stays the measure
    assert not asks_what_happened("Evidence of impact")
    assert read_heading("Evidence of impact")[0].field == "measure"


def _premium_table(evidence_prompt: str) -> Table:
    """'Intent | Implementation (over two) | Impact | (blank)' over a row of the template's prompts, each
    ending in a colon, then the school's rows."""
    rows = [row([(0, 1, "Intent"), (1, 2, "Implementation"), (3, 1, "Impact"), (4, 1, "")], 1),
            row([(0, 1, "Your school focus should be clear what you want the pupils to know:"),
                 (1, 1, "Make sure your actions to achieve are linked to your intentions:"),
                 (2, 1, "Funding allocated:"), (3, 1, evidence_prompt),
                 (4, 1, "Sustainability and suggested next steps:")], 2)]
    data = [("To upgrade playground equipment so that more pupils are active", "Purchase playtime equipment",
             "£6372", "Children are more engaged and active at playtimes", "Young leaders to run games"),
            ("To raise the profile of sport across the school", "Register with the sports partnership",
             "£1200", "Signed up with the football league and attended festivals", "Continue membership"),
            ("To build the confidence of staff in teaching PE", "Arrange coaching alongside teachers",
             "£4000", "Teachers have been observed teaching with more confidence", "Staff to lead clubs")]
    for k, cells in enumerate(data):
        rows.append(row([(c, 1, t) for c, t in enumerate(cells)], 3 + k))
    return Table(rows, page=1, index=1)


def test_a_prompt_asking_what_has_changed_makes_the_impact_column_progress():
    result = normalise(doc(_premium_table(LOOK_BACK)))
    assert [a.action for a in result.actions][:1] == ["Purchase playtime equipment"]
    assert result.actions[0].progress == "Children are more engaged and active at playtimes"
    assert not result.actions[0].outcome


def test_a_prompt_asking_what_is_hoped_for_keeps_the_impact_column_the_outcome():
    result = normalise(doc(_premium_table("Intended impact on pupils:")))
    assert result.actions and not result.actions[0].progress


# ---- an 'Outcomes' column that reports what happened --------------------------------------------

def test_cells_that_tell_what_happened():
    assert reports_what_happened("151 (56%) children have *regularly taken part in the activities.")
    assert reports_what_happened("March 2014 6 children attended an inter school competition.")
    assert reports_what_happened("To be implemented from September 2014")
    assert reports_what_happened("PE profile has been raised following Covid")
    assert not reports_what_happened("All children to have access to a sporting activity")
    assert not reports_what_happened("Pupils will have improved stamina")
    assert not reports_what_happened("Staff have a shared understanding of high quality teaching")
    assert not reports_what_happened("Children are more engaged and active")


def _spending_table(outcomes: list[str]) -> Table:
    items = ["Employing specialist coaching staff to run activities at lunchtime",
             "Purchasing an outdoor and adventurous scheme of work",
             "Purchasing expert advice to evaluate the PE curriculum",
             "Purchasing age appropriate resources for the PE curriculum"]
    aims = ["All children to have access to a sporting activity at lunchtimes",
            "Providing outdoor and adventurous activities as part of the curriculum",
            "Growth in the range of alternative sporting activities",
            "To ensure a sufficient range of equipment"]
    rows = [row([(0, 1, "Item/Project"), (1, 1, "Cost"), (2, 1, "Objectives"), (3, 1, "Outcomes")], 1)]
    for k, (item, aim, outcome) in enumerate(zip(items, aims, outcomes, strict=True)):
        rows.append(row([(0, 1, item), (1, 1, f"£{(k + 1) * 100}"), (2, 1, aim), (3, 1, outcome)], 2 + k))
    return Table(rows, page=1, index=1)


def test_an_outcomes_column_telling_what_happened_is_progress():
    told = ["151 children have regularly taken part in the lunchtime activities.",
            "To be implemented from September 2014", "To be implemented from summer term 2014",
            "6 children attended an inter school cross country competition."]
    result = normalise(doc(_spending_table(told), name="report.pdf"))
    assert len(result.actions) == 4
    assert [a.progress for a in result.actions] == told
    assert not any(a.outcome for a in result.actions)


def test_an_outcomes_column_of_hopes_stays_the_outcome():
    hoped = ["More children are active at lunchtimes", "Pupils enjoy outdoor and adventurous activities",
             "A wider range of sports is on offer", "Lessons are well resourced"]
    result = normalise(doc(_spending_table(hoped), name="report.pdf"))
    assert [a.outcome for a in result.actions] == hoped
    assert not any(a.progress for a in result.actions)


# ---- a bulleted list beside its sums ----------------------------------------------------------------

PROJECTS = ("Anticipated Projects:\n• Specialist sports coaching and advice on the curriculum\n• CPD for Staff\n"
            "• Development of grounds to improve sporting facilities")


def test_bullets_beside_as_many_sums_are_an_action_each():
    items = parallel_items({"action": [PROJECTS], "outcome": ["£2000\n£1000\n£5646"]})
    assert items == [{"action": "Specialist sports coaching and advice on the curriculum", "outcome": "£2000"},
                     {"action": "CPD for Staff", "outcome": "£1000"},
                     {"action": "Development of grounds to improve sporting facilities", "outcome": "£5646"}]
    # one sum beside the list is the whole list's; plain lines may be one sentence wrapped
    assert parallel_items({"action": [PROJECTS], "outcome": ["£8646"]}) is None
    assert parallel_items({"action": ["Run coaching\nTrain staff\nImprove grounds"],
                           "outcome": ["£2000\n£1000\n£5646"]}) is None


def test_a_projects_row_beside_its_sums_gives_an_action_per_project():
    table = Table([row([(0, 1, "Item/Project"), (1, 1, "Cost"), (2, 1, "Objectives"), (3, 1, "Notes")], 1),
                   row([(0, 1, "Employing specialist coaching staff"), (1, 1, "£694"),
                        (2, 1, "All children to have access to a sporting activity"), (3, 1, "")], 2),
                   row([(0, 1, PROJECTS), (1, 1, ""), (2, 1, ""), (3, 1, "£2000\n£1000\n£5646")], 3)],
                  page=1, index=1)
    result = normalise(doc(table))
    assert [a.action for a in result.actions] == [
        "Employing specialist coaching staff", "Specialist sports coaching and advice on the curriculum",
        "CPD for Staff", "Development of grounds to improve sporting facilities"]


# ---- row numbers in a grid column of their own --------------------------------------------------

def test_a_reference_after_a_row_number_is_no_list_number():
    assert leading_number("3.2 Establish effective systems") == ("", "3.2 Establish effective systems")
    assert leading_number("3. Establish effective systems") == ("3", "Establish effective systems")
    assert leading_number("(2) Update the policy") == ("2", "Update the policy")


def _improvements(numbers: tuple[str, str]) -> Table:
    return Table([row([(0, 3, "Process"), (3, 2, "Progress Tracker")], 1),
                  row([(0, 2, "Improvement"), (2, 1, "Strategic lead"), (3, 1, "Measures of Success"),
                       (4, 1, "Expected completion date")], 1),
                  row([(0, 1, numbers[0]), (1, 1, "1+2 Languages – continue to work with the cluster on French"),
                       (2, 1, "HT"), (3, 1, "Learner pathways are clear"), (4, 1, "May 2024")], 2),
                  row([(0, 1, numbers[1]), (1, 1, "Develop outdoor learning at First and Second Level"),
                       (2, 1, "All Staff"), (3, 1, "An audit shows where learners are"), (4, 1, "April 2024")], 3)],
                 page=1, index=1)


def test_row_numbers_under_a_heading_spanning_the_action_are_references():
    result = normalise(doc(_improvements(("1", "2"))))
    assert [(a.ref, a.action) for a in result.actions] == [
        ("1", "1+2 Languages – continue to work with the cluster on French"),
        ("2", "Develop outdoor learning at First and Second Level")]


def test_words_in_the_first_grid_column_stay_the_actions_own():
    result = normalise(doc(_improvements(("Languages", "Outdoors"))))
    assert result.actions[0].action.startswith("Languages")


# ---- a ruled row carried over a page break ------------------------------------------------------

HEAD = [(0, 2, ""), (2, 1, "Strategic lead and key people"), (3, 1, "Timescale (Date)"),
        (4, 1, "Measures of Success")]


def _box_then_next_page(last_cell: str, carried: str) -> RawDocument:
    """A numbered action's box whose cell the page cut: page 1 ends with `last_cell` (if any), page 2 opens
    with `carried` (no number of its own), then the box's next numbered action."""
    page1 = Table([row([(0, 3, "Process"), (3, 2, "Progress Tracker")], 1),
                   row(HEAD, 2),
                   row([(0, 1, "1"), (1, 1, "What we are going to do?\n3.2 Establish systems that promote equity."),
                        (2, 1, "HT PT"), (3, 1, "Sept - May"), (4, 1, "Tracking shows good progress.")], 3),
                   *([row([(0, 1, ""), (1, 1, last_cell)], 4)] if last_cell else [])], page=1, index=1)
    page2 = Table([row([(0, 1, ""), (1, 1, carried)], 1, page=2),
                   row([(0, 1, "2"), (1, 1, "What we are going to do?\nWork with the cluster on a shared app."),
                        (2, 1, ""), (3, 1, ""), (4, 1, "Questionnaires show pupils value it.")], 2, page=2)],
                  page=2, index=2)
    return doc(page1, page2)


def test_the_rest_of_a_numbered_row_after_the_break_goes_on_with_its_action():
    result = normalise(_box_then_next_page("", "Ensure that every child has a point of contact."))
    assert [a.action for a in result.actions] == [
        "3.2 Establish systems that promote equity. Ensure that every child has a point of contact.",
        "Work with the cluster on a shared app."]


def test_the_rest_of_a_reason_after_the_break_is_kept_aside():
    result = normalise(_box_then_next_page("Why we need to do it?",
                                           "Peer coaching supports the new lesson model."))
    assert [a.action for a in result.actions] == ["3.2 Establish systems that promote equity.",
                                                  "Work with the cluster on a shared app."]
    assert any("Peer coaching" in left.text for left in result.leftovers)


def test_a_title_over_the_prompt_is_no_part_of_the_action():
    table = Table([row([(0, 3, "Process"), (3, 2, "Progress Tracker")], 1), row(HEAD, 2),
                   row([(0, 1, "1"), (1, 1, "The #SBCWay\nWhat we are going to do?\n4 phases of engagement "
                                             "across the session."),
                        (2, 1, "QIO"), (3, 1, "October"), (4, 1, "Four sprints completed.")], 3),
                   row([(0, 1, "2"), (1, 1, "What we are going to do?\nTrain all staff in the reading scheme."),
                        (2, 1, "HT"), (3, 1, "May"), (4, 1, "Reading results rise.")], 4)], page=1, index=1)
    result = normalise(doc(table))
    assert [a.action for a in result.actions] == ["4 phases of engagement across the session.",
                                                  "Train all staff in the reading scheme."]


# ---- a cover's title over its year and its school --------------------------------------------------

def _cover(lines: list[tuple[str, int, float]]) -> list:
    from planx.extract.model import Paragraph
    body = [Paragraph(text="This document outlines our priorities for the session, which will bring about "
                           "continuous improvement of outcomes for our learners.", page=2, line=100 + k, size=12.0)
            for k in range(6)]
    return [Paragraph(text=t, page=1, line=line, size=size, bold=True) for t, line, size in lines] + body


def test_a_cover_title_goes_on_past_its_year_but_not_to_the_schools_name():
    from planx.normalise.title import pick_title
    # the school whose plan it is, set under the year in the title's type: whose, not what (the title
    # is the kind of document and its years)
    paras = _cover([("School Improvement Plan", 191, 36.0), ("2023-24", 251, 36.0),
                    ("Hollowmere Primary School", 312, 36.0)])
    assert pick_title(paras)[0] == "School Improvement Plan 2023-24"
    # a line in the title's own type that is no body's name goes on from it
    paras = _cover([("Learning Plan", 191, 36.0), ("2023-24", 251, 36.0),
                    ("Reading for Pleasure", 312, 36.0)])
    assert pick_title(paras)[0] == "Learning Plan 2023-24 Reading for Pleasure"
    # a smaller line under the year is a credit, not the title
    paras = _cover([("School Improvement Plan", 191, 36.0), ("2023-24", 251, 36.0),
                    ("Prepared by the head", 312, 14.0)])
    assert pick_title(paras)[0] == "School Improvement Plan 2023-24"


def test_the_titles_year_decides_the_academic_year_beside_a_year_reviewed():
    from planx.extract.model import Paragraph
    title = [Paragraph(text="School Improvement Plan 2023-24", page=1, line=1, size=36.0, bold=True)]
    opening = [Paragraph(text="This plan builds on our School Improvement Report 2022/23 and the work of "
                              "the session before.", page=1, line=k, size=12.0) for k in (2, 3)]
    table = Table([row([(0, 1, "Action"), (1, 1, "Lead"), (2, 1, "Timescale")], 1),
                   row([(0, 1, "Train all staff in the new reading scheme"), (1, 1, "HT"), (2, 1, "Sept - May")], 2),
                   row([(0, 1, "Run a parents' workshop on phonics"), (1, 1, "PT"), (2, 1, "October")], 3)],
                  page=1, index=1)
    result = normalise(RawDocument(path="", name="sip.pdf", format="pdf", blocks=[*title, *opening, table], pages=1))
    assert [a.due_date for a in result.actions] == ["2024-05", "2023-10"]


def test_a_narrower_box_on_the_next_page_reads_its_cells_from_the_right_edge():
    # page 2 draws no rules for the blank lead and date columns: 6 grid columns under 8 headings
    page1 = Table([row([(0, 3, "Process"), (3, 2, "Progress Tracker")], 1),
                   row([(0, 4, ""), (4, 1, "Strategic lead"), (5, 1, "Timescale (Date)"),
                        (6, 1, "Measures of Success"), (7, 1, "Review Date")], 2),
                   row([(0, 1, "1"), (1, 3, "What we are going to do?\nEstablish systems that promote equity."),
                        (4, 1, "HT PT"), (5, 1, "Sept - May"), (6, 1, "Tracking shows good progress."),
                        (7, 1, "")], 3)], page=1, index=1)
    page2 = Table([row([(0, 1, "2"), (1, 1, "What we are going to do?\nWork with the cluster on a shared app."),
                        (2, 1, ""), (3, 1, ""), (4, 1, "Questionnaires show pupils value the app."), (5, 1, "")],
                       1, page=2)], page=2, index=2)
    result = normalise(doc(page1, page2))
    assert [(a.action, a.lead, a.measure) for a in result.actions] == [
        ("Establish systems that promote equity.", "HT PT", "Tracking shows good progress."),
        ("Work with the cluster on a shared app.", "", "Questionnaires show pupils value the app.")]


def test_a_reason_under_the_rest_of_a_carried_row_is_kept_aside():
    page1 = Table([row([(0, 3, "Process"), (3, 2, "Progress Tracker")], 1), row(HEAD, 2),
                   row([(0, 1, "1"), (1, 1, "What we are going to do?\nProvide targeted support by: assessing needs."),
                        (2, 1, "HT"), (3, 1, "Sept - May"), (4, 1, "Interventions show impact.")], 3)],
                  page=1, index=1)
    page2 = Table([row([(0, 1, ""), (1, 1, "Ensure every child has a point of contact.")], 1, page=2),
                   row([(0, 1, ""), (1, 1, "Why we need to do it.\nTo ensure all needs of children are met.")], 2,
                       page=2)], page=2, index=2)
    result = normalise(doc(page1, page2))
    assert [a.action for a in result.actions] == [
        "Provide targeted support by: assessing needs. Ensure every child has a point of contact."]


# ---- a numbered list inside the action's text ----------------------------------------------------

def test_a_list_followed_by_text_of_its_own_stays_in_the_action():
    from planx.normalise.actions import text_after_list
    cell = ("Four phases of engagement across the session.\nPhases:\n1. Oracy\n2. Reading\n3. Writing\n4. Numeracy\n"
            "Each phase will require schools to:\n• evaluate the new materials\n• share with the lead team.")
    assert text_after_list(cell) == ("Numeracy", "Each phase will require schools to: • evaluate the new "
                                                 "materials • share with the lead team.")
    # a list that ends the cell, or whose last item runs on to the next line, is left to the lead-in reading
    assert text_after_list("The following will be done:\n1. Agree the plan\n2. Train the staff") is None
    assert text_after_list("Steps:\n1. Agree the plan with\n2. the partners and train\nstaff in it") is None
    table = Table([row([(0, 1, "Action"), (1, 1, "Lead"), (2, 1, "Measures of Success")], 1),
                   row([(0, 1, cell), (1, 1, "QIO"), (2, 1, "Four sprints completed.")], 2)], page=1, index=1)
    result = normalise(doc(table))
    assert result.actions[0].action.startswith("Four phases") and "Each phase will" in result.actions[0].action
    assert [m.milestone for m in result.actions[0].milestones] == ["Oracy", "Reading", "Writing", "Numeracy"]


def test_a_list_that_ends_the_cell_leaves_its_lead_in_as_the_action():
    table = Table([row([(0, 1, "Action"), (1, 1, "Lead"), (2, 1, "Measures of Success")], 1),
                   row([(0, 1, "The following will be done:\n1. Agree the plan\n2. Train the staff"), (1, 1, "HT"),
                        (2, 1, "Plan agreed.")], 2)], page=1, index=1)
    result = normalise(doc(table))
    assert result.actions[0].action == "The following will be done:"
    assert [m.milestone for m in result.actions[0].milestones] == ["Agree the plan", "Train the staff"]
