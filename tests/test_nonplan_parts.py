"""Parts of a document that are no plan's actions, and a plan's areas and repeats read right.

- a numbered list under one heading whose short item ('6. Scale the monitor for production') reads
  like a heading alone is no run numbered through the document's sections
  (normalise/recommendations._headings_crossed);
- a table met under the headings of a plan table before it, one of whose columns gives e-mail
  addresses or telephone numbers, is a directory of people, not more of the plan's rows
  (normalise/walker_table_layouts.contact_column);
- a column under a heading naming tasks that holds short titles alone, none saying who, when or how,
  names areas of work, not things to be done (normalise/guard.judge);
- plain bold lines over tables give the tables their areas past a labelled line between
  ('Budgeted cost: £…') and when the first sits under the part's own title
  (normalise/block_headings.plain_section_headings);
- an action the text prints again later (a minute's log repeating the actions set under its items)
  counts once (normalise/recaps.drop_repeats).
Synthetic documents of the same shapes."""
from __future__ import annotations

from pathlib import Path

import docx
from conftest import read

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.block_headings import plain_section_headings
from planx.normalise.guard import ActionSource, judge
from planx.normalise.recaps import drop_repeats
from planx.normalise.recommendations import read_recommendations
from planx.normalise.records import Action
from planx.normalise.walker_table_layouts import TableLayouts

# ---- a numbered list under one heading -----------------------------------------------------------

ITEMS = ["Complete the survey of the remaining interfaces and record what each one reads.",
         "Carry out a full review of the records held by every department.",
         "Translate the findings into a form the monitoring tool can read.",
         "Deliver a data model that represents the outcome of the review.",
         "Publish a quarterly note that details progress toward completion.",
         "Scale the monitor for production use",
         "Configure the tool to raise alerts on the conditions found.",
         "Produce a report on the number and type of users found."]


def _numbered(split_at: int | None) -> RawDocument:
    blocks: list = [Paragraph("Project Management Plan", 1, 1, heading=True, rank=1),
                    Paragraph("1.4 Approach", 1, 2, heading=True, rank=2),
                    Paragraph("The contractor will:", 1, 3)]
    for n, text in enumerate(ITEMS, 1):
        if split_at is not None and n == split_at:
            blocks.append(Paragraph("1.5 Delivery", 1, len(blocks) + 1, heading=True, rank=2))
        blocks.append(Paragraph(f"{n}. {text}", 1, len(blocks) + 1))
    blocks.append(Paragraph("2. Organisation", 1, len(blocks) + 1, heading=True, rank=1))
    blocks.append(Paragraph("The team is organised as follows.", 1, len(blocks) + 1))
    return RawDocument(path="project-plan.docx", name="project-plan.docx", format="docx", blocks=blocks)


def test_a_short_item_of_a_list_under_one_heading_is_no_heading_crossed():
    assert read_recommendations(_numbered(None)) is None


def test_a_list_numbered_on_past_a_heading_is_still_read():
    reading = read_recommendations(_numbered(5))
    assert reading is not None and len(reading.actions) == len(ITEMS)


# ---- a directory of people after a plan table -----------------------------------------------------

def _rows(cells: list[list[str]]) -> list[list[tuple[int, str, str | None]]]:
    return [[(c, t, None) for c, t in enumerate(r)] for r in cells]


def test_a_column_of_e_mail_addresses_and_telephone_numbers_is_a_directory():
    rows = _rows([["Ann Lee", "ann.lee@example.org\n0161 496 0000", "Bob Ray", "Owner"],
                  ["Bob Ray", "bob.ray@example.org", "Ann Lee", "Manager"],
                  ["Cy Oke", "202-555-0147", "", "Officer"],
                  ["Di Foss", "di.foss@example.org", "Cy Oke", "Analyst"]])
    assert TableLayouts.contact_column(rows) == 1


def test_figures_dates_and_years_are_no_contact_details():
    rows = _rows([["Repair the roof", "2024-2025", "£5,000", "01/04/2025"],
                  ["Paint the hall", "2025-2026", "1500 2000 3000", "Q3 2025 - Q4 2026"],
                  ["Fix the gate", "2026-2027", "£2,500", "30/06/2026"]])
    assert TableLayouts.contact_column(rows) is None


def _write_plan_then_directory(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Project Plan 2026", 0)
    d.add_paragraph("Table 1: Tasks of the project")
    t = d.add_table(rows=1, cols=3)
    for c, text in enumerate(["Action", "Lead", "Deadline"]):
        t.rows[0].cells[c].text = text
    for row in [("Draft the project schedule and agree it with the sponsor", "Project Manager", "March 2026"),
                ("Run the user testing sessions with the pilot sites", "Test Lead", "June 2026"),
                ("Train the service desk staff on the new system", "Service Manager", "July 2026")]:
        r = t.add_row()
        for c, text in enumerate(row):
            r.cells[c].text = text
    d.add_paragraph("The people below are the project's stakeholders.")
    d.add_paragraph("Table 2: Stakeholders")
    s = d.add_table(rows=1, cols=4)
    for c, text in enumerate(["Team Member", "Contact Information", "Deputy", "Role"]):
        s.rows[0].cells[c].text = text
    for row in [["Ann Lee", "ann.lee@example.org 0161 496 0000", "Bob Ray", "Sponsor"],
                ["Bob Ray", "bob.ray@example.org", "Ann Lee", "Project Manager"],
                ["Cy Oke", "cy.oke@example.org 0161 496 0123", "Di Foss", "Security Officer"],
                ["Di Foss", "di.foss@example.org", "Cy Oke", "Analyst"]]:
        r = s.add_row()
        for c, text in enumerate(row):
            r.cells[c].text = text
    d.save(str(path))


def test_a_directory_after_a_plan_table_is_kept_aside(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write_plan_then_directory(folder / "plan.docx")
    out = tmp_path / "out"
    planx.convert([folder], out=out, jobs=1)
    actions = [a["action"] for a in read(out, "actions")]
    assert len(actions) == 3 and all("@" not in a and a not in ("Ann Lee", "Team Member") for a in actions)
    assert any("ann.lee@example.org" in lo["text"] for lo in read(out, "leftovers"))


# ---- short titles under a heading naming tasks ------------------------------------------------------

def test_titles_naming_areas_of_work_under_a_task_heading_are_no_plan():
    rows = [Action(action=t, table=1) for t in ["Project Management", "Quality Assurance", "Testing",
                                               "Security Accreditation Support"]]
    verdict = judge(rows, ActionSource("Task", 95.0))
    assert not verdict.plan and "areas of work" in verdict.why


def test_titles_beside_who_or_when_stay_a_plan():
    rows = [Action(action=t, lead="Head of IT", due_raw="June 2026", table=1)
            for t in ["Project Management", "Quality Assurance", "Testing"]]
    assert judge(rows, ActionSource("Task", 95.0)).plan


def test_titles_beside_the_evidence_for_each_stay_a_plan():
    rows = [Action(action=t, measure="Research shows it helps", table=1)
            for t in ["Small group tutoring", "Reading intervention", "Pastoral support"]]
    assert judge(rows, ActionSource("Activity", 100.0)).plan


def test_titles_grouped_under_phases_of_their_own_stay_a_plan():
    # a work plan: tasks outlined under two or more phases ('Initiating', 'Planning')
    rows = [Action(action=t, area=area, table=1) for t, area in [("Project Management", "Initiating"),
            ("Quality Assurance", "Initiating"), ("Testing", "Planning")]]
    assert judge(rows, ActionSource("Task", 95.0)).plan
    one = [Action(action=t, area="Task areas", table=1) for t in ["Project Management", "Testing", "Release"]]
    assert not judge(one, ActionSource("Task", 95.0)).plan


def test_instructions_under_a_task_heading_stay_a_plan():
    rows = [Action(action=t, table=1) for t in ["Draft the schedule", "Run the pilot", "Train the staff"]]
    assert judge(rows, ActionSource("Task", 95.0)).plan


# ---- plain headings over tables, past a labelled line --------------------------------------------

HEAD = ["Activity", "Evidence that supports this approach", "Challenge addressed"]


def _table(index: int) -> Table:
    rows = [HEAD, [f"Run activity {index} for pupils", "Research shows it helps", "1"]]
    return Table([Row([Cell(t, c) for c, t in enumerate(r)], 1, k) for k, r in enumerate(rows)], 1, index)


def _bold(text: str) -> Paragraph:
    return Paragraph(text, 1, 1, bold=True)


def test_bold_lines_over_tables_past_a_labelled_line_are_their_areas():
    blocks = [Paragraph("This statement sets out how we spend the funding.", 1, 1),
              _bold("Activity in this academic year"), _bold("Teaching"), _bold("Budgeted cost: £40,000"),
              _table(1), _bold("Targeted academic support"), _bold("Budgeted cost: £14,000"), _table(2),
              _bold("Wider strategies"), _bold("Budgeted cost: £21,000"), _table(3)]
    assert plain_section_headings(blocks) == {2: ("", "Teaching"), 5: ("", "Targeted academic support"),
                                              8: ("", "Wider strategies")}


def test_a_lone_title_over_one_table_is_still_no_section():
    blocks = [Paragraph("This statement sets out how we spend the funding.", 1, 1),
              _bold("Activity in this academic year"), _bold("Teaching"), _bold("Budgeted cost: £40,000"),
              _table(1)]
    assert plain_section_headings(blocks) == {}


# ---- an action printed again later ----------------------------------------------------------------

SET = ["Letter to go out to parents asking for volunteers to help on trips",
       "Treasurer to share the accounts for the last two years before the next meeting",
       "Secretary to contact the sports club about the hall on the 28th"]


def test_actions_printed_again_in_a_log_count_once():
    first = [Action(action=t, area="Item") for t in SET]
    again = [Action(action=t) for t in SET]
    gone: list[str] = []
    warnings: list[str] = []
    kept = drop_repeats(first + again, lambda a, why: gone.append(a.action), warnings)
    assert kept == first and gone == SET and warnings


def test_one_action_alike_by_chance_or_a_table_row_stays():
    first = [Action(action=t) for t in SET]
    kept = drop_repeats(first + [Action(action=SET[0])], lambda a, why: None, [])
    assert len(kept) == 4
    rows = [Action(action=t, table=1) for t in SET]
    assert drop_repeats(rows + rows, lambda a, why: None, []) == rows + rows


def test_actions_alike_but_for_their_numbers_are_each_their_own():
    steps = [Action(action=f"The team coaches staff on step {k} of the content strategy") for k in range(6)]
    assert drop_repeats(steps, lambda a, why: None, []) == steps


def test_actions_from_the_last_meeting_set_again_for_the_next_are_two():
    # reviewed under 'Actions from last meeting', rolled over under 'Actions for next meeting'
    first = [Action(action=t, area="Actions from last meeting") for t in SET]
    again = [Action(action=t, area="Actions for next meeting") for t in SET]
    assert len(drop_repeats(first + again, lambda a, why: None, [])) == 6


def test_a_repeat_naming_another_lead_is_another_action():
    first = [Action(action=t, lead="Chair") for t in SET]
    other = [Action(action=t, lead="Clerk") for t in SET]
    assert len(drop_repeats(first + other, lambda a, why: None, [])) == 6


# ---- a field and its answer is no title -----------------------------------------------------------

def test_a_label_answered_alone_is_no_title():
    from planx.normalise.title import is_title_like, pick_title
    assert not is_title_like("Minutes Approved: N/A")
    assert not is_title_like("Quorate: Yes")
    assert is_title_like("Strategic Plan: 2024-2027")
    lines = [Paragraph("Westfield Primary Parent Council Meeting", 1, 1, bold=True, size=8.0),
             Paragraph("Tuesday 4th November | 19:00 | School Library", 1, 2, size=8.0),
             Paragraph("Apologies: Ann Lee, Bob Ray", 1, 3, size=8.0),
             Paragraph("Minutes Approved: N/A", 1, 4, size=8.0),
             Paragraph("2. Head Teacher's Report", 1, 5, bold=True, size=8.0)]
    assert pick_title(lines)[0] == "Westfield Primary Parent Council Meeting"
