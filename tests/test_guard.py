"""The precision guard (normalise/guard.py): tables that are not plans give no invented actions.

Unit tests on what a cell reads as and on how a table is judged, then end to end on
samples/make_nonplan_samples.py (agendas, minutes, data tables, audits, specifications, contact
lists, and near-miss plans) in Word, reportlab PDF and pdftotext text.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import read, truths

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.guard import ActionSource, instruction_share, judge, reading_of
from planx.normalise.headers import read_heading
from planx.normalise.records import Action


def table(*rows: list[str], index: int = 1) -> Table:
    return Table(index=index, page=1, rows=[Row(cells=[Cell(col=i, text=t) for i, t in enumerate(r)], page=1, line=n)
                                    for n, r in enumerate(rows, 1)])


def doc(*blocks: Table | Paragraph) -> RawDocument:
    return RawDocument(name="t.docx", path="t.docx", format="docx", blocks=list(blocks), pages=1)


# ---- what a cell reads as ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Develop a joint protocol with health partners", "instruction"),
    ("To review the admissions policy", "instruction"),
    ("We will publish the plan on the council's website", "instruction"),
    ("Schools should record every absence on the first day", "instruction"),
    ("Notify Babcock that the school would use the Gold Package", "instruction"),
    ("Review of the admissions policy", "deliverable"),
    ("Implementation of the new behaviour policy", "deliverable"),
    ("New induction pack for governors", "deliverable"),
    ("Safeguarding refresher training for all staff", "deliverable"),
    ("Apologies for absence", "agenda"),
    ("Minutes of the last meeting", "agenda"),
    ("3. Any other business", "agenda"),
    ("For decision", "agenda"),
    ("Assessments were completed within 45 working days in 17 of the 20 cases.", "report"),
    ("The committee noted the report and thanked the Business Manager.", "report"),
    ("Pupil numbers and admissions", "title"),
    ("Head of Service", "name"),
    ("Kevin Brooks", "name"),
    ("45%", "figure"),
    ("What sources of information exist or can be provided to allow the goal to be measured?", "question"),
    ("How will we know we have made a difference?", "question"),
])
def test_what_a_cell_reads_as(text, kind):
    assert reading_of(text) == kind


def test_a_deliverable_named_as_a_noun_counts_half():
    assert instruction_share(["Review the policy", "Review of the policy"]) == 0.75
    assert instruction_share(["Apologies", "Matters arising"]) == 0.0


def test_what_we_found_is_a_finding_not_an_action():
    assert read_heading("What we found")[0].field == ""
    assert read_heading("What we will do")[0].field == "action"


# ---- how a table is judged -----------------------------------------------------------------------------

def rows_of(*cells: tuple[str, str, str]) -> list[Action]:
    from planx.normalise.dates import due_date
    return [Action(action=a, lead=lead, due_raw=due, due_date=due_date(due), table=1) for a, lead, due in cells]


def test_an_agenda_with_times_of_day_is_no_plan():
    verdict = judge(rows_of(("Welcome and apologies", "Chair", "10:00"), ("Finance update", "Head of Finance", "10:15"),
                            ("Safeguarding report", "DSL", "10:40")), ActionSource("Item", 0.0))
    assert not verdict.plan and "times of day" in verdict.why


def test_agenda_titles_are_no_plan_even_without_times():
    verdict = judge(rows_of(("Apologies", "Chair", ""), ("Minutes of the last meeting", "Clerk", ""),
                            ("Head Teacher's report", "Head Teacher", ""), ("Any other business", "Chair", "")),
                    ActionSource("", 0.0))
    assert not verdict.plan and verdict.why == "agenda titles"


def test_findings_beside_an_auditor_and_a_date_are_no_plan():
    verdict = judge(rows_of(("Assessments were completed on time in 17 of 20 cases.", "K. Mensah", "June 2022"),
                            ("Plans were specific in about half of the cases seen.", "L. Byrne", "May 2022")),
                    ActionSource("Finding", 0.0))
    assert not verdict.plan and "reported" in verdict.why


def test_a_heading_that_names_the_action_keeps_terse_actions():
    acts = rows_of(("Staff survey", "HR", ""), ("Parent forum", "Head", ""), ("Website refresh", "Office", ""))
    assert judge(acts, ActionSource("Actions", 100.0)).plan
    assert not judge(acts, ActionSource("", 0.0)).plan  # chosen by content: short titles are no plan


def test_terse_items_that_each_say_what_they_are_for_and_what_came_of_it_are_a_plan():
    # a grant report's 'Item/Project | Cost | Objective | Outcome': the items are noun phrases
    # ('Sports coach'), but every row states an aim and a result, which no agenda or data table does
    funded = [Action(action=item, objective=aim, outcome=result, table=1) for item, aim, result in (
        ("Sports coach", "Better quality of PE teaching", "All classes taught by a specialist"),
        ("Swimming lessons", "More pupils able to swim", "85% swim 25 m"),
        ("Playground equipment", "More pupils active at lunchtime", "Fewer incidents at lunch"))]
    verdict = judge(funded, ActionSource("Item/Project", 0.0))
    assert verdict.plan and "what it is for" in verdict.why
    # the same items with only an aim (no outcome or measure) are not enough on their own
    aims_only = [Action(action=a.action, objective=a.objective, table=1) for a in funded]
    assert not judge(aims_only, ActionSource("Item/Project", 0.0)).plan


def test_weak_headings_stand_when_the_table_tracks_its_rows():
    acts = [Action(action="Staff survey", status_raw="Complete", table=1),
            Action(action="Parent forum", status_raw="In progress", table=1)]
    assert judge(acts, ActionSource("", 0.0)).plan


def test_an_action_log_of_some_instructions_with_leads_is_a_plan():
    acts = rows_of(("Minutes to website", "Clerk", "asap"), ("Add the item to the next agenda", "Clerk", "asap"),
                   ("Annual questionnaire in the agreed format", "Head Teacher", "asap"))
    assert judge(acts, ActionSource("", 0.0)).plan


def test_dates_before_the_documents_own_say_data_not_plan():
    acts = rows_of(("Pupil numbers in the north locality", "", "March 2019"),
                   ("Attendance in the autumn term", "", "June 2020"))
    assert not judge(acts, ActionSource("", 0.0), plan_date="2024-05").plan
    assert judge(acts, ActionSource("", 0.0), plan_date="2018-05").plan  # due after it: a plan's dates


def test_measures_beside_owners_and_dates_without_any_action_are_an_indicator_table():
    acts = [Action(measure="Re-referrals within 12 months", lead="Performance Officer", due_raw="30/06/2023",
                   due_date="2023-06-30", table=1),
            Action(measure="Children seen within 5 days", lead="Team Manager", due_raw="30/06/2023",
                   due_date="2023-06-30", table=1)]
    verdict = judge(acts, ActionSource("Measure", 0.0))
    assert not verdict.plan and "indicator" in verdict.why


def test_an_aim_whose_target_is_an_instruction_is_a_thing_to_do():
    acts = [Action(objective="Attendance", measure="Ensure attendance for the cohort is above 97%", table=1),
            Action(objective="Phonics", measure="Achieve 83% in the phonics screening check", table=1)]
    assert judge(acts, ActionSource("Aim", 0.0)).plan


# ---- end to end on raw documents ---------------------------------------------------------------------------

def test_an_agenda_table_gives_no_actions_and_says_why():
    t = table(["Item", "Lead", "Time", "Purpose"], ["Welcome and apologies", "Chair", "10:00", "For information"],
              ["Minutes of the last meeting", "Clerk", "10:05", "For approval"],
              ["Finance update", "Business Manager", "10:15", "For discussion"])
    r = normalise(doc(t))
    assert r.actions == [] and r.status == "failed"
    assert r.error.startswith("no plan table found (table 1") and "not a plan" in r.error
    kept = {lo.text for lo in r.leftovers}
    assert {"Chair", "10:05", "Business Manager"} <= kept  # nothing lost


def test_a_note_under_an_action_label_that_says_no_who_no_when_is_no_plan():
    r = normalise(doc(Paragraph(text="Behaviour report", page=1, line=1),
                      Paragraph(text="Actions: Analysis shows disruption occurs mostly in Science.", page=1, line=2)))
    assert r.actions == [] and "not a plan" in r.error
    assert any("Analysis shows disruption" in lo.text for lo in r.leftovers)


def test_labelled_action_lines_with_a_lead_stand():
    r = normalise(doc(Paragraph(text="Action: Clerk to circulate the revised policy", page=1, line=1),
                      Paragraph(text="Lead: Clerk", page=1, line=2),
                      Paragraph(text="Deadline: March 2026", page=1, line=3)))
    assert [a.action for a in r.actions] and r.status != "failed"


def test_a_risk_register_whose_actions_are_instructions_is_a_plan():
    t = table(["Risk", "Likelihood", "Impact", "Mitigating actions", "Owner", "Target date"],
              ["Not enough foster carers", "4", "4", "Run a targeted recruitment campaign in the east", "Helen Marsh",
               "Dec 2025"],
              ["Agency overspend", "3", "5", "Convert agency posts to permanent posts", "HR Business Partner",
               "March 2026"])
    r = normalise(doc(t))
    assert [a.action for a in r.actions] == ["Run a targeted recruitment campaign in the east",
                                             "Convert agency posts to permanent posts"]
    assert [a.lead for a in r.actions] == ["Helen Marsh", "HR Business Partner"]
    assert any("risk register whose 'Mitigating actions' are instructions" in w for w in r.warnings)
    # the risk each action mitigates is its area (headers._risk_as_area)
    assert [a.area for a in r.actions] == ["Not enough foster carers", "Agency overspend"]


def test_a_risk_register_of_controls_stays_aside():
    t = table(["Risk", "Likelihood", "Impact", "Mitigation", "Risk owner", "Review date"],
              ["Not enough foster carers", "4", "4", "Targeted recruitment campaign", "Helen Marsh", "Dec 2024"],
              ["Agency overspend", "3", "5", "Monthly budget monitoring", "Finance", "Dec 2024"])
    r = normalise(doc(t))
    assert r.actions == [] and any(lo.reason == "risk register" for lo in r.leftovers)


# the shape of Wye Valley (formerly Tintern) Community Council's risk assessment (data/riskassessment.csv in
# gitforsteve/wyevalleycc, abridged): no column of who; the 'action' column says 'none' where nothing is to
# be done and an instruction where something is. Main at ab37230 read no heading row here at all (its
# scoring headings were unread words) and, had it, refused the register for want of an owner column.
WYE_VALLEY = [["No", "risk", "severity", "likelihood", "riskscore", "procedure", "action"],
              ["1", "Direct Financial", "", "", "", "", ""],
              ["1.1", "Precept too low for spending needs", "3", "1", "3", "Budgeting process should prevent "
               "occurrence.", "none"],
              ["1.7", "Claims from accidents", "5", "1", "5", "Insurance cover minimises damage/cost to council.",
               "Reassess adequacy of cover annually"],
              ["4.3", "Councillors travelling in own cars", "2", "1", "2", "Own car insurance should cover",
               "Ensure all Councillors have relevant insurance endorsements."],
              ["4.5", "Libel", "3", "1", "3", "Insurance policy covers this", "none"],
              ["5.1", "Unauthorised sharing of personal data.", "3", "1", "3", "Paper files kept in locked "
               "filing cabinet.", "none"]]


def test_a_risk_register_saying_what_it_will_do_under_an_action_heading_is_a_plan_without_owners():
    r = normalise(doc(table(*WYE_VALLEY)))
    assert [a.action for a in r.actions] == ["Reassess adequacy of cover annually",
                                             "Ensure all Councillors have relevant insurance endorsements."]
    assert any("risk register whose 'action' are instructions" in w and "where they say anything" in w
               for w in r.warnings)
    assert "Precept too low for spending needs" in {lo.text for lo in r.leftovers}
    # the same register whose action cells hold controls in place, not instructions: no plan
    controls = [row[:6] + [("Insurance cover in place" if row[6] not in ("", "none") else row[6])]
                for row in WYE_VALLEY]
    controls[0][6] = "action"
    assert normalise(doc(table(*controls))).actions == []


# ---- end to end: the generated non-plans and near-miss plans in every rendering ------------------------------

@pytest.fixture(scope="module")
def nonplan_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_nonplan_samples import main
    folder = tmp_path_factory.mktemp("nonplan")
    main(folder, [1, 2])
    out = tmp_path_factory.mktemp("nonplan_out")
    planx.convert(folder, out=out, jobs=1, report=False)
    return folder, out


def test_the_samples_are_written_in_every_rendering(nonplan_run):
    from samples.make_nonplan_samples import KINDS, NEAR_MISSES
    folder, _ = nonplan_run
    names = {p.name for p in folder.iterdir()}
    for kind in KINDS + NEAR_MISSES:
        assert {f"{kind}_1.docx", f"{kind}_1_rl.pdf"} <= names, kind


def test_non_plans_give_no_actions_and_a_no_plan_reason(nonplan_run):
    from samples.make_nonplan_samples import KINDS
    folder, out = nonplan_run
    documents = {r["doc"]: r for r in read(out, "documents")}
    acted = {r["doc"] for r in read(out, "actions")}
    checked = 0
    for path in sorted(folder.iterdir()):
        if path.name.endswith(".truth.json") or not path.name.startswith(KINDS):
            continue
        row = documents[path.name]
        if row["status"] == "duplicate":
            continue
        assert path.name not in acted, path.name
        if path.name.startswith("indicators") and int(row["indicators"] or 0):
            continue  # a performance summary read as what it is: indicators, not actions
        assert row["status"] == "failed" and row["error"].startswith("no plan table found"), (path.name, row["error"])
        checked += 1
    # every document of the eight kinds other than performance summaries (which may be read as
    # indicators), two seeds, in Word and PDF and, when poppler-utils is there (`make system-deps`),
    # in pdftotext's text
    assert checked >= 8 * 2 * (3 if shutil.which("pdftotext") else 2)


def test_agendas_say_why_they_are_no_plan(nonplan_run):
    _, out = nonplan_run
    errors = [r["error"] for r in read(out, "documents") if r["doc"].startswith("agenda_")]
    assert errors and all("not a plan" in e for e in errors), errors


def test_near_miss_plans_keep_their_actions(nonplan_run):
    from samples.make_nonplan_samples import NEAR_MISSES
    folder, out = nonplan_run
    actions = read(out, "actions")
    checked = 0
    for truth in truths(folder):
        if not truth["doc"].startswith(NEAR_MISSES):
            continue
        got = [a for a in actions if a["doc"] == truth["doc"]]
        if not got and not truth["doc"].endswith((".docx", "_rl.pdf")):
            continue  # a text rendering identical to another seed's is converted once (a duplicate)
        assert [a["action"] for a in got] == [t["action"] for t in truth["actions"]], truth["doc"]
        assert [a["lead"] for a in got] == [t["lead"] for t in truth["actions"]], truth["doc"]
        checked += 1
    assert checked >= 12  # three near misses, two seeds, Word and PDF at least


def test_a_heading_left_blank_in_a_repeated_heading_row_means_what_it_meant_as_surely():
    # 'OBJECTIVE | OUTCOMES | (blank) | TARGET DATE' under 'OBJECTIVE | OUTCOMES | Action description
    # | TARGET DATE': the blank is the action column, named by its heading as surely as before, so
    # the guard trusts it as it trusted the first (seed 003: a later table of actions written as
    # what was done, 'Plans … are reviewed and updated', was set aside as reported facts)
    from planx.normalise.headers import Column, Header
    from planx.normalise.heading_rows import inherit_unlabelled
    fields = [("objective", "OBJECTIVE"), ("outcome", "OUTCOMES"), ("action", "Action description"),
              ("due", "TARGET DATE")]
    old = Header([Column(i, 1, f, label, score=100.0) for i, (f, label) in enumerate(fields)])
    new = Header([Column(i, 1, f, label, score=100.0) if f != "action" else Column(i, 1, "", "", basis="unread")
                  for i, (f, label) in enumerate(fields)])
    inherit_unlabelled(old, new)
    action = new.columns[2]
    assert (action.field, action.label, action.score, action.basis) == ("action", "Action description", 100.0,
                                                                        "heading")


def test_a_templates_prompts_are_no_plan():
    """A blank logical framework: each row's cell asks what the writer is to fill in."""
    prompts = [Action(action=q, table=1) for q in (
        "What sources of information exist or can be provided to allow the goal to be measured?",
        "What are the sources of information to verify the achievement of the outputs?")]
    verdict = judge(prompts, ActionSource("Means of verification", 40.0))
    assert not verdict.plan and "questions" in verdict.why
