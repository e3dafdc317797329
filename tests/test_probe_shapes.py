"""Meaning-preserving edits must not change the reading (robustness probes, /work/devsets/probes).

Each rule here was narrower than what the document means: a requirements matrix headed
'Section | Requirement | Deadline' (no heading names the action), numbered items that open with a
sum ('1. £20 million over 3 years …'), a minute's list headed 'Next steps on <item>', and a Word
table saved as a PDF whose lead and date cells wrap onto a second line."""
from __future__ import annotations

from conftest import convert_text, grid

from planx.extract.model import Cell, RawDocument
from planx.normalise import normalise
from planx.normalise.lists import _MARKER
from planx.normalise.minutes import next_steps_heading

# ---- a column of obligations beside a group and a deadline -------------------------------------


def test_a_requirement_column_beside_a_section_and_a_deadline_is_the_action(tmp_path):
    """A task matrix (real shape: OMB M-22-09 Appendix B, its 'Task' heading renamed 'Requirement')
    heads its columns 'Section | Requirement | Deadline': no heading names the action, but the
    column's cells say who must do what, beside a group and a deadline."""
    result = convert_text(tmp_path, "matrix.md", "\n".join([
        "# Task matrix", "",
        "| Section | Requirement | Agency Action Timeline |", "|---|---|---|",
        "| General | Agencies must submit to OMB an implementation plan for FY22-FY24. | Within 60 days. |",
        "| Identity | Agencies must employ centralized identity management systems for agency users."
        " | Within one year. |",
        "| Devices | Agencies must create ongoing, reliable and complete asset inventories. | Within one year. |",
    ]))
    assert [a.area for a in result.actions] == ["General", "Identity", "Devices"]
    assert result.actions[0].action.startswith("Agencies must submit")
    assert result.actions[1].due_raw == "Within one year."


def test_a_register_beside_a_category_and_a_date_gives_no_actions(tmp_path):
    """The same heading shape over things, not duties ('Category | Asset description | Purchase
    date'): the descriptions name things and say nothing is to be done, so they are not taken as
    the actions (what main makes of the first column is another matter)."""
    result = convert_text(tmp_path, "assets.md", "\n".join([
        "# Asset register", "",
        "| Category | Asset description | Purchase date |", "|---|---|---|",
        "| Vehicles | Ford Transit van used by the grounds team | 01/04/2019 |",
        "| Furniture | Oak council chamber table with twelve chairs | 12/06/2015 |",
        "| IT | Dell laptops issued to the parish clerk and deputy | 03/02/2022 |",
    ]))
    assert not any(a.action.startswith(("Ford", "Oak", "Dell")) for a in result.actions)


# ---- numbered items that open with an amount ------------------------------------------------------


def test_a_numbered_item_opening_with_a_sum_is_a_list_item():
    for text in ("1. £20 million over 3 years to support exports", "2. 50% of energy needs met by renewables",
                 "9. 30,000 Apprenticeships by 2020", "3. 12 new hubs will open"):
        m = _MARKER.match(text)
        assert m is not None and m.group("number"), text
    for text in ("1. 2 Background", "12. 2019 figures"):  # an outline number set apart, a year: no item
        assert _MARKER.match(text) is None, text


def test_numbered_headline_actions_read_as_their_bulleted_twin(tmp_path):
    """A 'headline actions' page (real shape: Scotland's Economic Action Plan) with its bullets
    numbered per theme reads the same items, those that open with a sum among them."""
    body = ["# Summary of headline actions", "", "## International", "",
            "{m}£20 million over 3 years to support our new plan for growing exports",
            "{m}A new Food and Drink 5-Year Export Plan",
            "{m}We will revamp GlobalScots and engage the wider diaspora network",
            "{m}Deliver a Stay in Scotland campaign to support EU citizens",
            "{m}Continue to argue for powers over migration policy"]
    bullets = convert_text(tmp_path, "b.md", "\n".join(line.format(m="* ") for line in body))
    numbered = convert_text(tmp_path, "n.md", "\n".join(
        line.format(m=f"{k - 3}. ") if "{m}" in line else line for k, line in enumerate(body)))
    assert len(bullets.actions) == 5
    assert [a.action for a in numbered.actions] == [a.action for a in bullets.actions]


# ---- 'Next steps on <item>' in minutes --------------------------------------------------------------


def test_next_steps_on_an_item_heads_a_list_like_actions_relating_to_it():
    assert next_steps_heading("### Next steps on publishing vacancies online")
    assert next_steps_heading("Next steps for the data strategy")
    assert next_steps_heading("## Next Steps")
    assert not next_steps_heading("Next steps towards a greener borough will take years")  # a sentence
    assert not next_steps_heading("Next stepping stones")


def test_a_panel_minute_with_next_steps_on_its_item_reads_the_actions(tmp_path):
    result = convert_text(tmp_path, "panel_minutes_2015-10-22.md", "\n".join([
        "# Data Panel minutes: 22 October 2015", "", "## Publishing vacancies online", "",
        "The challenge owner explained the user need that led to the proposal.", "",
        "### Next steps on publishing vacancies online", "",
        "* Challenge owner to revise the proposal to make clear which organisations should refer to it.",
        "* The proposal needs to be clear that only the JobPosting definition is referred to.", "",
        "## Panel members attending", "", "* Nicholas Oughtibridge (chair)", "* Anthea Seles",
    ]))
    assert [a.action[:30] for a in result.actions] == ["Challenge owner to revise the ",
                                                       "The proposal needs to be clear"]


# ---- a Word table saved as a PDF: wrapped lead and date cells ---------------------------------------


def _plan(fmt: str, lead2: str, due2: str):
    heads = ["Actions", "Led by", "Completed by"]
    table = grid(heads,
                 [Cell("Release subject leaders for two monitoring days each term", 0, rowspan=2),
                  "Deputy", "end June"],
                 [Cell("", 0, merged_above=True), lead2, due2],
                 ["Hold attendance panels for pupils below 90%", "Headteacher", "29/05/2026"])
    return normalise(RawDocument(path="", name=f"d.{fmt}", format=fmt, blocks=[table])).actions


def test_a_pdf_rows_wrapped_lead_and_date_join_the_cell_above():
    actions = _plan("pdf", "Headteacher", "2027")
    assert actions[0].lead == "Deputy Headteacher"
    assert actions[0].due_date == "2027-06"
    assert actions[1].lead == "Headteacher"


def test_a_second_full_date_under_a_merged_action_stays_a_second_value():
    """A merged action over two rows each with its own full date: no wrap, the rows are steps."""
    actions = _plan("pdf", "SENCO", "31/07/2027")
    assert actions[0].lead != "Deputy SENCO"


# ---- a clause after a heading's head word ---------------------------------------------------------


def test_a_clause_after_the_head_word_qualifies_it_as_a_preposition_does():
    """'Steps we are taking' (a CQC action plan's 'Action taken / planned' as an author may word
    it) names the steps, as 'Steps to take' would; 'Areas that need improvement' names areas."""
    from planx.normalise.headers import read_heading
    assert read_heading("Steps we are taking")[0].field == "action"
    assert read_heading("Steps we are taking")[0].score >= 80
    assert read_heading("Areas that need improvement")[0].field == "area"
    assert read_heading("Areas that need improvement")[0].score >= 80
    assert read_heading("Progress we have made")[0].field == "progress"


def test_steps_we_are_taking_heads_the_actions_of_a_requirement_notice_plan(tmp_path):
    result = convert_text(tmp_path, "cqc_plan.md", "\n".join([
        "# Trust - CQC Requirement Notices Action Plan", "",
        "| Regulation breached | Steps we are taking | Responsible | Completion date | Evidence of completion |",
        "|---|---|---|---|---|",
        "| Regulation 18: Staffing | Raise mandatory training compliance to 90% | Deputy Chief Nurse | 17/01/2026"
        " | Audit results presented to Quality Committee |",
        "|  | Complete the establishment review for the medical wards | Medical Director | 2026"
        " | Audit results presented to Quality Committee |",
    ]))
    assert [a.action for a in result.actions] == ["Raise mandatory training compliance to 90%",
                                                  "Complete the establishment review for the medical wards"]


# ---- 'Follow-up actions' is as bare a label as 'Action items' -------------------------------------


def test_a_label_of_meeting_words_and_actions_is_bare():
    from planx.normalise.minutes import qualified_label
    assert qualified_label("## 7. Follow-up actions".replace("7. ", ""))
    assert qualified_label("Outstanding action points")
    assert not qualified_label("Actions relating to MAIT")  # a topic: each item says what it is
    assert not qualified_label("Key actions")


def test_every_item_under_follow_up_actions_is_an_action(tmp_path):
    """An advisory board's minutes (real shape: GC OSAB, '## 7. Action Items' renamed): 'Find a room
    …' opens with no verb the lexicon is sure of, but the label says what every item is."""
    result = convert_text(tmp_path, "board_minutes_2019-02-20.md", "\n".join([
        "# Open Source Advisory Board", "", "## 1. Welcome", "* Jack Gulas, Co-chair", "",
        "## 7. Follow-up actions",
        "* Send out OECD playbook", "* Find a room at TBS for the OGP Hackathon", "",
        "## 8. Forward Agenda", "* Procurement and AI Day",
    ]))
    assert [a.action for a in result.actions] == ["Send out OECD playbook", "Find a room at TBS for the OGP Hackathon"]


# ---- a bulleted line taken into a table's first row is no title ------------------------------------


def test_a_bullet_over_the_headings_is_no_area_title():
    """A Word plan saved as a PDF (real shape: u19 school plan, 'Key priority 1 | Improve provision …'
    then 'Success criteria:' and '• Pupil passports in place …' over each table): the PDF's reading
    takes the bullet into the table as a row across it. The area stays the priority's banner."""
    from planx.extract.model import Paragraph
    table = grid([Cell("\uf0b7 Pupil passports in place for all SEN support pupils", 0, colspan=3)],
                 ["Actions", "Led by", "Completed by"],
                 ["Write pupil passports with parents for every pupil", "Phase leader", "17/12/2026"])
    blocks = [Paragraph("Key priority 1: Improve provision for pupils with SEND", page=1, line=1),
              Paragraph("Success criteria:", page=1, line=2), table]
    actions = normalise(RawDocument(path="", name="d.pdf", format="pdf", blocks=blocks)).actions
    assert [(a.area_ref, a.area) for a in actions] == [("1", "Improve provision for pupils with SEND")]
