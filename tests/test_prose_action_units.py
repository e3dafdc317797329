"""Actions that are not in a plan grid (branch rminutes): a strategy's "Action:" paragraphs under
numbered initiatives, and a report's recommendations listed under "… by doing the following:".

The shapes are those of two real public documents (tests/fixtures/real, SOURCES.md): the US National
Archives' draft social media strategy (public domain), whose 60 "Action: The team coaches …"
paragraphs sit under "Goal N:" headings beside a small table of labs, and the Canadian Digital
Service's design recommendations (MIT), ten bold Word list paragraphs each followed by plain
paragraphs explaining it. Main at ab9c490 read neither (0.5 and 16.7).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.block_headings import minute_heading
from planx.normalise.guard import _judge_prose, names_who_acts
from planx.normalise.minutes import Announced, recommends, weigh_announced
from planx.normalise.records import Action

REAL = Path(__file__).parent / "fixtures" / "real"


def doc(*blocks: Paragraph | Table, name: str = "strategy.docx") -> RawDocument:
    return RawDocument(path=name, name=name, format="docx", blocks=list(blocks))


def para(text: str, line: int, heading: bool = False, bold: bool = False, level: int = 0) -> Paragraph:
    return Paragraph(text=text, page=1, line=line, heading=heading, bold=bold, level=level)


def table(index: int, rows: list[list[str]]) -> Table:
    return Table(index=index, page=1, rows=[Row([Cell(text=t, col=c) for c, t in enumerate(r)], 1, i + 1)
                                    for i, r in enumerate(rows)])


# ---- "Action:" paragraphs of a strategy ---------------------------------------------------------

def test_a_sentence_opening_with_who_acts_names_who():
    assert names_who_acts("The team coaches staff content creators in how to use the content strategy.")
    assert names_who_acts("Staff use the content strategy as a guide to create everyday posts.")
    assert names_who_acts("Members of the team have professional graphic design and video skills.")
    assert not names_who_acts("Noted")
    assert not names_who_acts("metrics module")
    assert not names_who_acts("The minutes were agreed as a true record of the meeting.")


def test_labelled_notes_that_name_who_acts_stand_but_bare_notes_do_not():
    named = [Action(action="The team creates a Digital Plan for all projects and reviews it."),
             Action(action="Staff take time to plan and develop campaigns with partners.")]
    assert _judge_prose(named).plan
    assert not _judge_prose([Action(action="metrics module"), Action(action="themes + branding")]).plan


def test_a_goal_heading_gives_the_area_its_number():
    assert minute_heading("Goal 1: Tell Great Stories", True) == ("1", "Tell Great Stories")
    assert minute_heading("Priority 2 – Housing", True) == ("2", "Housing")
    assert minute_heading("3. Finance report", True) == ("3", "Finance report")
    assert minute_heading("Action 3: Improve the website", True) == ("", "Action 3: Improve the website")
    assert minute_heading("Goal 1: Tell Great Stories", False) is None


STRATEGY = [
    para("Goal 1: Tell Great Stories", 1, heading=True),
    para("1.1 Support staff storytelling. A dedicated team provides direction for effective messaging.", 2),
    para("Action: The team coaches staff content creators in how to use the content strategy.", 3),
    para("Action: The team creates a Digital Plan for all projects. The plan is a checklist.", 4),
    table(1, [["Data Lab", "The team runs a weekly workshop on social media data."],
              ["Idea Lab", "The team helps staff turn new ideas into projects."]]),
    para("1.2 Define a content strategy for the National Archives.", 5),
    para("Action: The team works with content creators to write an agency-wide content strategy.", 6),
    para("Action: Staff use the content strategy as a guide to create everyday posts.", 7),
    para("Goal 2: Deepen Engagement", 8, heading=True),
    para("Action: Staff take time to plan and develop campaigns and analyse data after the launch.", 9),
    para("Action: The team establishes an internal quarterly editorial calendar for the agency.", 10),
    para("Action: The team creates social media tool kits that share the campaign calls to action.", 11),
]


def test_action_paragraphs_far_outnumbering_a_small_table_are_the_actions():
    r = normalise(doc(*STRATEGY))
    texts = [a.action for a in r.actions]
    assert "The team coaches staff content creators in how to use the content strategy." in texts
    assert "Staff take time to plan and develop campaigns and analyse data after the launch." in texts
    labelled = [a for a in r.actions if a.action.startswith(("The team", "Staff"))]
    assert len([a for a in labelled if "Lab" not in a.action]) >= 7
    coach = next(a for a in r.actions if a.action.startswith("The team coaches"))
    assert (coach.area_ref, coach.area) == ("1", "Tell Great Stories")
    tools = next(a for a in r.actions if a.action.startswith("The team creates social"))
    assert (tools.area_ref, tools.area) == ("2", "Deepen Engagement")


def test_notes_beside_an_action_log_of_as_many_rows_stay_aside():
    r = normalise(doc(
        para("ACTIONS TO BE TAKEN", 1),
        table(1, [["Item", "Action", "By whom", "By when"],
                  ["2", "Send the signed minutes to the headteacher", "Clerk", "asap"],
                  ["3", "Book the training room for governors", "Chair", "May"]]),
        para("2. Minutes of the last meeting", 2, heading=True),
        para("Action: Clerk to file signed copy", 3),
        para("3. Training", 4, heading=True),
        para("Action: Chair to book the room", 5),
    ))
    assert [a.lead for a in r.actions] == ["Clerk", "Chair"]
    assert any("kept aside: the document's action table lists its actions" in w for w in r.warnings)


# ---- a report's recommendations under "… by doing the following:" ------------------------------

REPORT = [
    para("What must we do to get victims to report cybercrime?", 1, heading=True, bold=True),
    para("The main reasons people do not report cybercrime to the police are:", 2),
    para("• Victims are unsure if what they experienced was actually a crime;", 3, level=1),
    para("• Victims are disappointed by law enforcement.", 4, level=1),
    para("We can prevent the above by doing the following:", 5, bold=True),
    para("• Provide a clear definition of what a cybercrime is.", 6, bold=True, level=1),
    para("Reassure people that they are in the right place to report a scam.", 7),
    para("• Ask specific questions.", 8, bold=True, level=1),
    para("When people are upset, they cannot give details unless the question is specific.", 9),
    para("• Use plain language that provides clarity.", 10, bold=True, level=1),
    para("Do not use legal definitions of cybercrime because they are vague.", 11),
]


def test_a_reports_list_of_what_ought_to_be_done_is_its_recommendations():
    r = normalise(doc(*REPORT, name="design-recommendations-report.docx"))
    assert [a.action for a in r.actions] == ["Provide a clear definition of what a cybercrime is.",
                                             "Ask specific questions.",
                                             "Use plain language that provides clarity."]
    assert any("say what ought to be done" in w for w in r.warnings)
    # the explanations stay as text, and the reasons listed above are no actions
    kept = " ".join(lo.text for lo in r.leftovers)
    assert "Victims are unsure" in kept


def test_a_list_of_what_will_happen_in_a_report_is_still_no_plan():
    blocks = [b for b in REPORT if not b.text.startswith("We can prevent")]
    blocks.insert(4, para("After launch, the service will:", 5, bold=True))
    r = normalise(doc(*blocks, name="design-recommendations-report.docx"))
    assert r.actions == []


def test_recommendations_need_most_items_to_be_instructions():
    base = dict(items=3, dated=0, lists=1, themed=0, plan_title=False, other_kind="report", other_actions=False)
    assert recommends(Announced(**base, recommended=3))
    assert not recommends(Announced(**base, recommended=1))
    assert weigh_announced(Announced(**base, recommended=3))[0] > weigh_announced(Announced(**base))[0]


# ---- the real documents --------------------------------------------------------------------------

FLOORS = {"nara_social_media_strategy_fy17-20_draft_for_comment.pdf": (80.0, 0.6),
          "cds_rcmp_design_recommendations.docx": (100.0, 1.0)}


@needs_shared
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_real_documents_score_at_least_their_floor(tmp_path, name):
    planx.convert([REAL / name], out=tmp_path, jobs=1, report=False)
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(tmp_path),
                           str(REAL / f"{name}.truth.json"), "--json"], capture_output=True, text=True)
    report = json.loads(proc.stdout[: proc.stdout.rfind("score:")])
    scored = {d["doc"]: d for d in report["documents"]}
    floor, precision = FLOORS[name]
    got = scored[name]
    assert (got["accuracy"] or 0.0) >= floor, got
    assert got["paired"] / got["output_actions"] >= precision, got


# ---- a minute's numbered action label alone over its paragraph ----------------------------------

def test_a_numbered_action_label_alone_takes_the_paragraph_below():
    # the Open Standards Board's minutes (co-cddo/open-standards, OGL): '### Action 2.' over the text
    r = normalise(doc(
        para("Publishing vacancies online", 1, heading=True),
        para("The board discussed the schema and its governance at length.", 2),
        para("### Action 1.", 3),
        para("The secretariat to seek clarification of the IPR statement from the OASIS TC", 4),
        para("### Action 2:", 5),
        para("Chris Francis to list issues in the process that may be missed by the review.", 6),
        para("AOB", 7, heading=True),
        para("The next meeting is planned for November 2016", 8),
    ))
    assert [(a.ref, a.action, a.lead) for a in r.actions] == [
        ("1", "The secretariat to seek clarification of the IPR statement from the OASIS TC", "secretariat"),
        ("2", "Chris Francis to list issues in the process that may be missed by the review.", "Chris Francis")]
    kept = " ".join(lo.text for lo in r.leftovers)
    assert "The board discussed the schema" in kept and "next meeting" in kept


def test_a_numbered_action_label_over_a_forms_labelled_lines_heads_the_form():
    # a form per action ('Action 1.1' over 'Action: … / Lead officer: … / Timescale: …'): the label heads
    # the form, the 'Action:' line is the action, not the label's paragraph below taken as a minute's
    r = normalise(doc(
        para("Priority 1 – Reduce the number of children missing education", 1, heading=True),
        para("Action 1.1", 2),
        para("Action: Review caseloads in every team and rebalance allocation", 3),
        para("Lead officer: Kieran Walsh", 4),
        para("Timescale: September 2025", 5),
        para("Action 1.2", 6),
        para("Action: Recruit permanent team managers to the assessment teams", 7),
        para("Lead officer: Gareth Lloyd", 8),
        para("Timescale: December 2025", 9),
    ))
    assert [(a.action, a.lead, a.due_date) for a in r.actions] == [
        ("Review caseloads in every team and rebalance allocation", "Kieran Walsh", "2025-09"),
        ("Recruit permanent team managers to the assessment teams", "Gareth Lloyd", "2025-12")]


def test_checkbox_bullets_printed_as_headings_are_still_the_lists_items():
    # the same report printed to PDF by LibreOffice: Word's checkbox bullet prints as '❏', and the bold,
    # larger items come out marked as headings
    blocks = [para(b.text.replace("• ", "❏ "), b.line, heading=True, bold=True) if b.text.startswith("• Provide")
              or b.text.startswith("• Ask") or b.text.startswith("• Use") else b for b in REPORT]
    r = normalise(doc(*blocks, name="design-recommendations-report.pdf"))
    assert [a.action for a in r.actions] == ["Provide a clear definition of what a cybercrime is.",
                                             "Ask specific questions.",
                                             "Use plain language that provides clarity."]


def test_a_panels_action_lists_per_item_discussed():
    # the Open Standards data panel's minutes (co-cddo/open-standards, OGL): '### Actions relating to …'
    from planx.normalise.minutes import list_heading
    assert list_heading("### Actions relating to MAIT")
    assert list_heading("### Actions relating to exchange of property/place address information")
    assert list_heading("### Actions noted for language tags:")
    assert list_heading("### Action points for country codes")
    assert not list_heading("Key actions") and not list_heading("Action plan for the coming year")
    r = normalise(doc(
        para("Multi agency incident transfer", 1, heading=True),
        para("The challenge owner introduced the proposal. The panel discussed the licence.", 2),
        para("### Actions relating to MAIT", 3),
        para("1. Challenge owner to clarify within the proposal the organisations to which this would apply.", 4),
        para("2. Cabinet Office to provide the outcome of advice regarding Directive 98/34.", 5),
        para("Country codes", 6, heading=True),
        para("### Action points for country codes", 7),
        para("1. Paul Downey to confirm with the Foreign Office that they do not object.", 8),
    ))
    assert [a.action for a in r.actions] == [
        "Challenge owner to clarify within the proposal the organisations to which this would apply.",
        "Cabinet Office to provide the outcome of advice regarding Directive 98/34.",
        "Paul Downey to confirm with the Foreign Office that they do not object."]


def test_list_items_read_by_wording_give_way_to_many_labelled_actions():
    # the NARA draft: numbered initiatives ('1.1 Support staff storytelling. …') over 'Action:' paragraphs
    blocks: list[Paragraph | Table] = []
    line = 0
    for goal in (1, 2):
        line += 1
        blocks.append(para(f"Goal {goal}: {'Tell Great Stories' if goal == 1 else 'Deepen Engagement'}", line,
                           heading=True))
        for k in (1, 2, 3):
            line += 1
            blocks.append(para(f"{goal}.{k} Improve our storytelling with staff. We support staff in this.", line))
            for j in range(2):
                line += 1
                blocks.append(para(f"Action: The team coaches staff on step {goal}{k}{j} of the content strategy.",
                                   line))
    r = normalise(doc(*blocks))
    assert len(r.actions) == 12 and all(a.action.startswith("The team coaches") for a in r.actions)
    assert r.actions[0].area_ref == "1" and r.actions[-1].area_ref == "2"
