"""Which heading is the group and which only names the list (docs/CONTRACT.md, "Which grouping is the
area"): a heading whose words only name the list under it ('Actions to close the gaps', 'Further actions
required', 'What we will do') is never the area inside a part whose heading groups it; a numbered item
heading ('Change idea 1: …') over a part with its own table of tasks is their group; bold titles over
tables that repeat one heading row name their groups.

The shapes, written for the tests: a board assurance framework (one section per principal risk: its
key/value table, 'Key controls' and 'Gaps in control' lists, then 'Actions to close the gaps' over the
actions table: NHS and council BAFs print this template); a PDSA record (the NHS Improvement PDSA
worksheet: a heading per change idea, its key/value table, 'PLAN' over a task table 'What needs to be
done | Who | When | Where', DO / STUDY / ACT paragraphs); the BC OCIO Hosting and Application
Development Strategy (2020) 'How we will get there' pages: a bold goal title in body type and a
sentence over the same 'Our Next Steps: Goals | Our Measures of Success' table on each page.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.normalise.severity import Note, doubts, severity, status_of
from tests.conftest import convert_text

BAF = """# Board Assurance Framework September 2026

The framework sets out the principal risks and the actions to close each gap.

## Principal risk 2: Failure to secure good outcomes for care leavers

| Item | Detail |
|---|---|
| Risk owner | Bethan Lloyd-Evans |
| Current risk score | 12 |

### Key controls

- Monthly performance review with heads of service

### Gaps in control or assurance

- Data on outcomes is incomplete

### Actions to close the gaps

| Action | Action owner | Target date | Status |
|---|---|---|---|
| Guarantee an apprenticeship interview for every care leaver | Head of Commissioning | November 2027 | Ongoing |
| Extend the personal adviser offer to age 25 | Strategic Lead for SEND | May 2027 | Ongoing |

## BAF risk 3: Risk that we cannot recruit a stable workforce

| Item | Detail |
|---|---|
| Risk owner | Fiona MacLeod |
| Current risk score | 25 |

### Further actions required

| Action | Action owner | Target date | Status |
|---|---|---|---|
| Cut agency staff to below 15% of the frontline workforce | Chief Nurse | August 2026 | On track |
| Launch a recruitment campaign for experienced social workers | Head of Early Help | December 2026 | On track |
| Offer a protected caseload to every newly qualified worker | Head of Commissioning | October 2026 | On hold |
"""


def test_a_heading_naming_the_list_is_no_area_inside_the_part_that_groups_it(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "baf.md", BAF)
    got = {a.action: (a.area_ref, a.area, a.due_raw) for a in result.actions}
    assert got["Guarantee an apprenticeship interview for every care leaver"] == \
        ("2", "Failure to secure good outcomes for care leavers", "November 2027")
    # 'BAF risk 3': the framework's initials before the kind word, numbered as 'Principal risk 2' is
    assert got["Cut agency staff to below 15% of the frontline workforce"] == \
        ("3", "Risk that we cannot recruit a stable workforce", "August 2026")
    # the table's first row under its own heading row is an action, not a heading row (a row looked at
    # ahead of its turn, before the table's headings were read, is tested against them in its turn)
    assert got["Launch a recruitment campaign for experienced social workers"][2] == "December 2026"
    assert len(got) == 5
    assert any("a heading naming the list under it" in w for w in result.warnings)
    # the 'Item | Detail' tables kept aside are doubts: partial, and its error lists those, not the notes
    assert result.status == "partial" and "naming the list" not in result.error


SIBLINGS = """# Delivery plan 2026

## Goal 1: Safer streets

| Action | Lead | Due |
|---|---|---|
| Extend street lighting on the ring road | Highways | March 2027 |

## Next steps

| Action | Lead | Due |
|---|---|---|
| Publish the annual progress report | Policy team | June 2027 |
"""


def test_a_list_naming_heading_beside_the_goals_keeps_its_own_section(tmp_path: Path) -> None:
    # 'Next steps' ranks as 'Goal 1' does: a section of its own, not a list inside the goal
    result = convert_text(tmp_path, "plan.md", SIBLINGS)
    got = {a.action: a.area for a in result.actions}
    assert got["Extend street lighting on the ring road"] == "Safer streets"
    assert got["Publish the annual progress report"] != "Safer streets"


def _pdsa(ideas: list[tuple[str, list[str]]], tasks_table: bool = True) -> str:
    parts = ["<html><body><h1>Reducing missed appointments: Plan, Do, Study, Act log</h1>",
             "<p>Project aim: by March 2027 we will reduce missed appointments by 20%.</p>"]
    for k, (idea, tasks) in enumerate(ideas, 1):
        parts.append(f"<h2>Change idea {k}: {idea}</h2>")
        parts.append("<table><tr><td>Cycle number</td><td>1</td></tr><tr><td>Cycle lead</td><td>Ruth Pemberton"
                     "</td></tr><tr><td>Prediction</td><td>Waiting time will fall by a day</td></tr></table>")
        if tasks_table:
            parts.append("<h3>PLAN</h3><table><tr><th>What needs to be done to run the test</th><th>Who</th>"
                         "<th>When</th><th>Where</th></tr>")
            parts += [f"<tr><td>{t}</td><td>Imran Qureshi</td><td>20.7.26</td><td>Clinic 2</td></tr>" for t in tasks]
            parts.append("</table>")
        parts.append("<h3>DO</h3><p>Carried out as planned.</p><h3>STUDY</h3><p>Results matched the prediction."
                     "</p><h3>ACT</h3><p>Adopt.</p>")
    return "".join(parts) + "</body></html>"


def test_a_change_idea_over_its_own_task_table_is_the_group_of_the_tasks(tmp_path: Path) -> None:
    html = _pdsa([("Same-day triage by a senior practitioner",
                   ["Brief the duty team on the test", "Feed back results at the team meeting"]),
                  ("Standard template for case summaries",
                   ["Draft the template and circulate for comment", "Book the room and equipment"])])
    result = convert_text(tmp_path, "pdsa.html", html)
    got = {a.action: (a.area_ref, a.area) for a in result.actions}
    assert got["Brief the duty team on the test"] == ("1", "Same-day triage by a senior practitioner")
    # 'template' in the idea's title is its subject, not a kind of table the heading names
    assert got["Book the room and equipment"] == ("2", "Standard template for case summaries")
    assert len(got) == 4


def test_a_change_idea_without_a_task_table_is_no_group(tmp_path: Path) -> None:
    # no table of its own tasks under it: the heading groups nothing (an Ontario QIP prints its change
    # ideas as the actions themselves)
    from planx.extract import extract
    from planx.normalise.block_headings import heading_areas
    path = tmp_path / "ideas.html"
    path.write_text(_pdsa([("Same-day triage", []), ("Standard template", [])], tasks_table=False), encoding="utf-8")
    raw = extract(path)
    assert not any(title.startswith(("Same-day", "Standard")) for _, title in heading_areas(raw.blocks, -1).values())


GOALS = [
    ("Strengthen technical capabilities, at the centre and in the ministries",
     [("Create instant provisioning of government compute environments",
       "Create curated catalogue of cloud technical capabilities"),
      ("Create a community of practice for technology innovation across government",
       "Grow the Technology Innovation Forum")]),
    ("Avoid being too big to fail",
     [("Roll out new Enterprise Services funding model", "Seek approval to realign delivery costs"),
      ("Support identity and access management strategy for hybrid cloud", "Establish privileged access management")]),
]


def _strategy(path: Path, bold_titles: bool = True) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Hosting and Application Development Strategy", level=1)
    d.add_heading("4. How we will get there", level=1)
    d.add_paragraph("There is no single, defining action to achieve these improvements, but a series of small actions.")
    for goal, rows in GOALS:
        d.add_paragraph().add_run(goal).bold = bold_titles
        d.add_paragraph("Government will: support empowered communities of technologists.")
        t = d.add_table(rows=1 + len(rows), cols=2)
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Our Next Steps: Goals", "Our Measures of Success"
        for r, (step, measure) in enumerate(rows, 1):
            t.rows[r].cells[0].text, t.rows[r].cells[1].text = step, measure
    d.save(str(path))


def test_bold_titles_over_tables_that_repeat_one_heading_row_name_their_groups(tmp_path: Path) -> None:
    import planx
    path = tmp_path / "strategy.docx"
    _strategy(path)
    got = {a.action: a.area for a in planx.convert_file(path).actions}
    assert got["Create instant provisioning of government compute environments"] == GOALS[0][0]
    assert got["Support identity and access management strategy for hybrid cloud"] == GOALS[1][0]


def test_plain_lines_over_the_tables_name_no_group(tmp_path: Path) -> None:
    # the same lines in plain type are sentences of the text: the numbered heading stays the area
    import planx
    path = tmp_path / "strategy.docx"
    _strategy(path, bold_titles=False)
    areas = {a.area for a in planx.convert_file(path).actions}
    assert GOALS[0][0] not in areas and GOALS[1][0] not in areas


LABELLED = """# Workforce delivery plan 2026

## Areas of change: recruitment and retention

| Action | Lead | Due |
|---|---|---|
| Launch a recruitment campaign for social workers | HR | March 2027 |

## Areas of change: digital skills

| Action | Lead | Due |
|---|---|---|
| Train 120 practitioners in the new case system | Digital Lead | May 2027 |
"""


def test_a_label_naming_an_area_gives_its_value_as_the_area(tmp_path: Path) -> None:
    # 'Areas of change: workforce planning' (Health Education England, Data Driven Healthcare in 2030):
    # the label's words name an area (the heading reader's vocabulary), whatever word ends them
    result = convert_text(tmp_path, "plan.md", LABELLED)
    got = {a.action: a.area for a in result.actions}
    assert got["Launch a recruitment campaign for social workers"] == "recruitment and retention"
    assert got["Train 120 practitioners in the new case system"] == "digital skills"


PARTS = """# Casework improvement programme 2026

## Part A: Casework improvement plan

| Action | Lead | Due |
|---|---|---|
| Agree the programme's measures with the board | Director | January 2027 |

## Test of change 1: Standard template for case summaries

| Action | Lead | Due |
|---|---|---|
| Draft the template and circulate it for comment | Practice Lead | March 2027 |

## Test of change 2: Same-day triage by a senior practitioner

| Action | Lead | Due |
|---|---|---|
| Brief the duty team on the triage test | Duty Manager | April 2027 |
"""


def test_a_labelled_headings_title_is_its_subject_but_a_document_parts_title_names_the_part(tmp_path: Path) -> None:
    # 'template' in a numbered item's title is its subject: only the label says what kind of part it is;
    # a label that divides the document ('Part A', as the DfE pupil premium template's 'Part A: Pupil
    # premium strategy plan') says nothing of the part's kind: its title does, and a plan is no area
    result = convert_text(tmp_path, "plan.md", PARTS)
    got = {a.action: (a.area_ref, a.area) for a in result.actions}
    assert got["Draft the template and circulate it for comment"] == ("1", "Standard template for case summaries")
    assert got["Brief the duty team on the triage test"] == ("2", "Same-day triage by a senior practitioner")
    assert "Casework improvement plan" not in {area for _, area in got.values()}


LOG_ROWS = [
    ("11/01/2011", "Cabinet Office Transparency Team to work with the Home Office to develop a lessons learnt report.",
     "May 2011", "On track"),
    ("08/02/2011", "Cabinet Office Transparency Team to support the Department for Transport in establishing a panel.",
     "Mar 2011", "On track"),
]
DONE_ROWS = [
    ("07/12/2010", "Cabinet Office Transparency Team to confirm plan for publishing a Green Paper on Right to Data.",
     "Jan 2011", "Complete"),
    ("07/12/2010", "Cabinet Office Transparency Team to meet with the team in the Mayor of London's office.",
     "Mar 2011", "Complete"),
]


def _action_log(path: Path) -> None:
    # the Transparency Board's action log (tests/fixtures/real/transparency_board_action_log_2011-03.pdf):
    # its bold title line over the open actions' table, a bold 'Completed actions' over the same table
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for title, rows in (("TB (5) 1.i Action Log as of 2 March 2011", LOG_ROWS), ("Completed actions", DONE_ROWS)):
        d.add_paragraph().add_run(title).bold = True
        t = d.add_table(rows=1 + len(rows), cols=4)
        for c, head in enumerate(("Meeting date", "Action", "Deadline", "Progress")):
            t.rows[0].cells[c].text = head
        for r, row in enumerate(rows, 1):
            for c, text in enumerate(row):
                t.rows[r].cells[c].text = text
    d.save(str(path))


def test_a_bold_line_naming_an_action_log_over_alike_tables_is_the_title_not_a_group(tmp_path: Path) -> None:
    # the bold line over the first of the alike tables names the document a log of actions, as
    # 'Actions tracker' does: the document's title, never the group of the open actions
    import planx
    path = tmp_path / "log.docx"
    _action_log(path)
    result = planx.convert_file(path)
    assert result.title == "TB (5) 1.i Action Log as of 2 March 2011"
    assert len(result.actions) == 4
    assert all("Action Log" not in a.area for a in result.actions)


RISKS_ONLY = """# Board Assurance Framework 2026/27

The framework sets out the principal risks and the actions to close each gap.

## Principal risk 1: Failure to secure good outcomes for care leavers

| Action | Action owner | Target date | Status |
|---|---|---|---|
| Guarantee an apprenticeship interview for every care leaver | Head of Commissioning | November 2025 | Complete |

{cue}

| Action | Action owner | Target date | Status |
|---|---|---|---|
| Extend the personal adviser offer to age 25 | Strategic Lead for SEND | May 2027 | Ongoing |

## Principal risk 2: Risk that we cannot recruit a stable workforce

| Action | Action owner | Target date | Status |
|---|---|---|---|
| Cut agency staff to below 15% of the frontline workforce | Chief Nurse | August 2026 | On track |

{cue}

| Action | Action owner | Target date | Status |
|---|---|---|---|
| Launch a recruitment campaign for experienced social workers | Head of Early Help | December 2026 | On track |
"""


def test_a_heading_naming_the_list_is_a_note_that_leaves_the_document_ok(tmp_path: Path) -> None:
    # the reading is sure (the part's numbered heading stays the area): told among the warnings as a
    # note, which does not make the document partial (CONTRACT documents.status; normalise/severity.py)
    for cue in ("### Actions to close the gaps", "### Further actions required"):
        result = convert_text(tmp_path, "risks.md", RISKS_ONLY.format(cue=cue))
        assert {a.area_ref for a in result.actions} == {"1", "2"}
        notes = [w for w in result.warnings if "a heading naming the list under it" in w]
        assert len(notes) == 2 and all(severity(w) == "note" for w in notes)
        assert (result.status, result.error) == ("ok", "")
    # without the cue headings the same document is ok too, and has no such note
    plain = convert_text(tmp_path, "plain.md", RISKS_ONLY.format(cue=""))
    assert plain.status == "ok" and not plain.warnings


def test_a_doubt_beside_a_note_makes_the_document_partial_and_only_doubts_are_its_error() -> None:
    note = Note("'Actions to close the gaps': a heading naming the list under it, inside 'X', which stays the area")
    doubt = "table 1: 'Evidence' holds links, not measure: kept aside"
    assert status_of([note]) == ("ok", "")
    assert status_of([note, doubt]) == ("partial", doubt)
    assert status_of([]) == ("ok", "")
    assert doubts([note, doubt, note]) == [doubt] and severity(doubt) == "doubt"
