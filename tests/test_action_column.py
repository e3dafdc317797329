"""Which column holds the action when several columns are prose (issue 14).

NHS quality improvement plans (problem / aim / driver / change idea), internal audit trackers
(finding / risk / recommendation / agreed management action), risk and issue registers (risk /
cause / controls / further actions or response), 'You said / We did' tables, complaints learning
logs and CQC action plans: only one prose column is what the organisation commits to do. Unit tests
give each rule the real shapes it handles and the ones it must leave alone (headers.read_heading,
headers._done_as_action, choose.action_among_prose, structure.Walker.register_of_actions); the
end-to-end tests convert documents in these shapes as Markdown, Word, PDF, Excel and CSV
(samples/make_actioncol_samples.py) against their truth."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared, truths

import planx
from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.choose import action_among_prose, commitment_share
from planx.normalise.columns import columns_of
from planx.normalise.headers import Column, read_header, read_heading, risk_register


def table(*rows: list[str]) -> Table:
    return Table([Row([Cell(t, k) for k, t in enumerate(texts)], page=1, line=r + 1) for r, texts in enumerate(rows)],
                 page=1, index=1)


def convert(*rows: list[str], fmt: str = "docx"):  # type: ignore[no-untyped-def]
    return normalise(RawDocument(path="", name=f"d.{fmt}", format=fmt, blocks=[table(*rows)]))


def fields_of(labels: list[str], below: list[list[str]]) -> dict[str, str] | None:
    header = read_header([(k, 1, label) for k, label in enumerate(labels)],
                         [[(k, t) for k, t in enumerate(row)] for row in below], first=True)
    return None if header is None else {c.label: c.field for c in header.columns}


# ---- what a heading means ---------------------------------------------------------------------------

@pytest.mark.parametrize("label, field", [
    ("Change idea", "action"), ("Change ideas", "action"), ("Change to test", "action"),  # QI plans, driver diagrams
    ("You said", "area"), ("What you said", "area"), ("You told us", "area"),  # what was raised: context
    ("Primary driver", "area"), ("Secondary driver", "area"),
    ("Actionee", "lead"),  # an issue register's person given the action, not the action
    ("Action by whom", "lead"), ("Action taken by", "lead"), ("Action by when", "due"),  # named after the action
    ("Additional controls required", "action"), ("Further control needed", "action"),
])
def test_the_headings_of_several_prose_columns_read_by_their_meaning(label, field):
    assert read_heading(label)[0].field == field


def test_what_was_done_reads_as_progress_first_and_as_the_action_second():
    for label in ("We did", "What we did"):
        fields = [r.field for r in read_heading(label)]
        assert fields[0] == "progress" and "action" in fields[1:], label


def test_a_quality_improvement_plans_change_idea_is_its_action():
    fields = fields_of(["Problem", "Aim", "Primary driver", "Change idea", "Measure", "Owner", "Date"],
                       [["Patients fall at night", "Reduce falls by 30%", "Safe environment",
                         "Introduce intentional rounding every hour", "Falls per 1,000 bed days", "Ward manager",
                         "March 2025"]] * 2)
    assert fields is not None
    assert fields["Change idea"] == "action" and fields["Aim"] == "objective" and fields["Primary driver"] == "area"
    assert fields["Problem"] != "action"


@pytest.mark.parametrize("labels", [["You said", "We did"], ["What you said", "What we did", "When"],
                                    ["Complaint", "What we did", "Date"]])
def test_what_was_done_in_answer_to_what_was_raised_is_the_action(labels):
    rows = [["It took too long to get through on the phone", "We added two more call handlers at peak times",
             "April 2023"][:len(labels)]] * 2
    fields = fields_of(labels, rows)
    assert fields is not None
    assert fields[labels[1]] == "action" and fields[labels[0]] == "area"


def test_what_we_will_do_between_what_was_said_and_what_was_done_is_the_action():
    """'You said | We will | … | We did | Status': the commitment is the action, what was done its
    progress, what was said its context (an equality plan's table per protected characteristic)."""
    labels = ["You said", "We will", "Who benefits", "Lead", "By when", "How we will know", "We did", "Status"]
    rows = [["It is hard to get through by phone", "Introduce a text relay service at the contact centre",
             "Disability", "Customer Services Manager", "October 2025", "Calls answered",
             "Pilot complete; rollout planned.", "Ongoing"]] * 2
    fields = fields_of(labels, rows)
    assert fields is not None
    assert (fields["We will"], fields["We did"], fields["You said"]) == ("action", "progress", "area")


def test_a_log_of_departures_from_a_specification_is_no_plan():
    """'Spec said | We did | Why' (a project's learnings): nothing was raised, nothing is to be done."""
    assert fields_of(["Spec said", "We did", "Why"], [["Java 17", "Java 21", "Latest LTS"],
                                                      ["Port 5432", "Port 5433", "Local install"]]) is None


def test_what_was_done_beside_a_column_of_actions_stays_progress():
    fields = fields_of(["Issue", "Action", "What we did", "Lead"],
                       [["Late papers", "Publish a forward plan of deadlines", "Forward plan drafted", "Clerk"]] * 2)
    assert fields is not None
    assert fields["Action"] == "action" and fields["What we did"] == "progress"


# ---- what the cells hold ----------------------------------------------------------------------------

def test_commitments_against_findings_and_recommendations():
    assert commitment_share(["The Finance Manager will review and sign each monthly reconciliation",
                             "We will appoint Freedom to Speak Up champions",
                             "Introduce a property checklist for ward transfers"]) == 1.0
    assert commitment_share(["Bank reconciliations were not signed off in 4 of 12 months",
                             "Reconciliations should be independently reviewed monthly",  # a recommendation
                             "The trust must ensure medicines are stored correctly"]) == 0.0  # a requirement


def _columns(*cols: tuple[str, str, float]) -> list[Column]:
    return [Column(k, 1, field, label, score=score, basis="heading") for k, (label, field, score) in enumerate(cols)]


def test_a_weakly_headed_action_of_findings_gives_way_to_a_column_of_commitments():
    """'Issue | Response | Proposal | Lead': 'Response' (60) over what happened; 'Proposal' over what
    will be done: the cells say which is the action, and the warning says why."""
    rows = [["Late papers", "Papers were late in four of six meetings last year",
             "We will publish a forward plan of report deadlines", "Clerk"],
            ["Sickness", "Sickness absence was above the sector average",
             "Managers will be trained in the attendance policy", "HR"]]
    profiles = columns_of([[(k, t, None) for k, t in enumerate(row)] for row in rows])
    texts = {k: [row[k] for row in rows] for k in range(4)}
    columns = _columns(("Issue", "area", 60.0), ("Response", "action", 60.0), ("Proposal", "", 0.0),
                       ("Lead", "lead", 100.0))
    choice, note = action_among_prose(columns, profiles, texts)
    assert choice is not None and choice.fields == {2: "action", 1: ""} and not note
    assert "'Proposal' taken as the action" in choice.why


def test_an_objective_that_opens_with_a_verb_never_takes_the_action():
    """'Objective | Deliverable | Lead': objectives worded 'Improve …' beside deliverables named as
    nouns: the heading said which is which."""
    rows = [["Improve reading fluency in Key Stage 2", "Guided reading programme", "English lead"],
            ["Reduce persistent absence", "Attendance clinic", "Deputy head"]]
    profiles = columns_of([[(k, t, None) for k, t in enumerate(row)] for row in rows])
    texts = {k: [row[k] for row in rows] for k in range(3)}
    columns = _columns(("Objective", "objective", 100.0), ("Deliverable", "action", 80.0), ("Lead", "lead", 100.0))
    assert action_among_prose(columns, profiles, texts)[0] is None


def test_a_surely_headed_action_is_never_overturned_and_the_choice_is_named():
    rows = [["The council should publish a strategy", "We will set up a tenants' panel to shape services",
             "Draft and consult on a tenant engagement strategy", "Head of Housing"]] * 2
    profiles = columns_of([[(k, t, None) for k, t in enumerate(row)] for row in rows])
    texts = {k: [row[k] for row in rows] for k in range(4)}
    columns = _columns(("Recommendation", "area", 95.0), ("Response", "", 0.0), ("Action", "action", 100.0),
                       ("Lead officer", "lead", 100.0))
    choice, note = action_among_prose(columns, profiles, texts)
    assert choice is None
    assert note.startswith("'Action' taken as the action") and "'Response' (kept aside)" in note


def test_no_note_when_the_other_prose_is_only_findings_or_has_a_field_of_its_own():
    rows = [["Reconciliations were not signed off", "Errors may go undetected",
             "The Finance Manager will review each reconciliation", "Finance Manager"]] * 2
    profiles = columns_of([[(k, t, None) for k, t in enumerate(row)] for row in rows])
    texts = {k: [row[k] for row in rows] for k in range(4)}
    columns = _columns(("Finding", "", 0.0), ("Risk", "", 0.0), ("Agreed management action", "action", 100.0),
                       ("Responsible officer", "lead", 100.0))
    assert action_among_prose(columns, profiles, texts) == (None, "")
    # a school plan's 'Evaluation & further action' is its progress: no contest to report
    rows = [["Raise attendance", "Make a first-day call to every absent pupil", "Attendance rose to 95%",
             "Head teacher"]] * 2
    profiles = columns_of([[(k, t, None) for k, t in enumerate(row)] for row in rows])
    texts = {k: [row[k] for row in rows] for k in range(4)}
    columns = _columns(("Objective", "objective", 100.0), ("Action", "action", 100.0),
                       ("Evaluation & further action", "progress", 75.0), ("Lead", "lead", 100.0))
    assert action_among_prose(columns, profiles, texts) == (None, "")


def test_with_no_column_named_as_the_action_the_prose_that_commits_is_the_action():
    """An audit action plan `Observation | Recommendation | Management comments | Action owner | Target
    date`: the comments accept and commit ('Agreed. We will …'), the recommendation says 'should'."""
    rows = [["Observation", "Recommendation", "Management comments", "Action owner", "Target date"],
            ["Two of ten contracts had no signed copy on file", "Signed copies should be held centrally",
             "Agreed. We will scan all signed contracts into the contracts register", "Head of Legal", "30/09/2024"],
            ["Budget holders did not review monthly reports", "Budget holders should confirm their review",
             "Agreed. Finance will introduce a monthly sign-off in the ledger", "Finance Manager", "31/10/2024"]]
    result = convert(*rows)
    assert [a.action for a in result.actions] == [r[2] for r in rows[1:]]
    assert any("'Management comments' taken as the action" in w for w in result.warnings)


@pytest.mark.parametrize("rows", [
    # a committee's online motions: decisions taken, worded as instructions
    [["Date raised", "Date completed", "Motion text", "Outcome"],
     ["21/06/2023", "21/06/2023", "Accept Full Membership application for Jamie Downs", "Passed: unanimously"],
     ["21/06/2023", "21/06/2023", "Accept Concession Membership application for Sijan Rai", "Passed: 8 ayes"]],
    # an issue register's decisions: what was decided, some of it in the future tense
    [["Issue", "Raised by", "Date", "Status", "Decision"],
     ["No test run conducted", "Andrei", "03/11/2022", "Open", "Test run will be conducted in the future"],
     ["Photo quality", "Muskan", "09/11/2022", "Open", "Optical character recognition will be used"]]])
def test_a_log_of_decisions_gives_no_unnamed_action(rows):
    assert not [a.action for a in convert(*rows).actions if a.action]


def test_a_lessons_log_whose_recommendations_are_owned_and_dated():
    rows = [["Lesson learned", "Recommendation", "Owner", "Date"],
            ["Suppliers were engaged too late in the design", "Involve suppliers at the outline design stage",
             "Head of Procurement", "June 2025"],
            ["Benefits were not tracked after go-live", "Appoint a benefits owner for each project before go-live",
             "PMO lead", "July 2025"]]
    assert [a.action for a in convert(*rows).actions] == [r[1] for r in rows[1:]]


def test_a_risk_assessment_names_who_might_be_harmed_and_its_controls_as_no_field():
    assert read_heading("Who might be harmed")[0].field == ""
    assert read_heading("Existing control measures")[0].field == ""
    assert read_heading("Start date")[0].field == ""
    assert read_heading("What are the hazards")[0].field == ""
    assert read_heading("What are you already doing")[0].field == ""
    assert read_heading("Additional controls required")[0].field == "action"
    rows = [["Hazard", "Who might be harmed", "Existing control measures", "Further action required",
             "Action by whom", "Action by when"],
            ["Sharp tools", "Volunteers", "Tools stored in a locked shed",
             "Give a tool safety briefing at the start of each session", "Session leader", "01/04/2024"],
            ["Slips on wet paths", "Volunteers and visitors", "Paths swept weekly",
             "Lay gravel on the main path before winter", "Site coordinator", "30/10/2024"]]
    result = convert(*rows)
    assert [(a.action, a.lead, a.measure) for a in result.actions] == [
        ("Give a tool safety briefing at the start of each session", "Session leader", ""),
        ("Lay gravel on the main path before winter", "Site coordinator", "")]


# ---- risk and issue registers -----------------------------------------------------------------------

def test_how_a_risk_is_prevented_makes_a_register():
    assert risk_register(["Risks", "Impact", "Prevent", "How to prevent"])
    assert not risk_register(["Objective", "Impact", "Action", "Lead"])


def test_a_register_whose_response_column_holds_instructions_with_owners_is_a_plan():
    """A capstone project's register: `# | Cause | Event | Impact | Risk owner | Probability risk rating |
    Trigger | Response`: the responses are the actions, the causes and events kept aside."""
    rows = [["#", "Cause", "Event", "Impact", "Risk owner", "Probability risk rating", "Trigger", "Response"],
            ["1", "Design failure of new app", "Launch app", "Delay", "Sai Teja", "3", "No resources",
             "Have at least one IT developer as a back-up"],
            ["2", "Training of new staff", "Launch phase", "Low uptake", "Subhash", "2", "Workload",
             "Hire new people from outside the internal teams"],
            ["3", "Vendor selection", "Design phase", "Quality falls", "Rakesh", "1", "Unqualified vendor",
             "Try to get a vendor who is experienced"]]
    result = convert(*rows)
    assert [a.action for a in result.actions] == [r[7] for r in rows[1:]]
    assert [a.lead for a in result.actions] == ["Sai Teja", "Subhash", "Rakesh"]
    assert any("'Response'" in w and "risk register" in w for w in result.warnings)


def test_a_tracker_of_findings_reads_its_remediation_notes_as_the_actions():
    """A security remediation tracker: `Finding ID | Title | Severity | Owner | Target Date | Status |
    Remediation Note / Risk Acceptance`: a register of findings (the title), the notes what is being done."""
    rows = [["Finding ID", "Title", "Severity", "Owner", "Target Date", "Status", "Remediation Note / Risk Acceptance"],
            ["FIND-001", "SQL Injection", "Critical", "DB Team", "2026-01-15", "In Progress",
             "Implementing prepared statements."],
            ["FIND-002", "Broken object authorisation", "High", "API Devs", "2026-01-20", "Open",
             "Reviewing the authorisation logic in the orders API."],
            ["FIND-003", "Kerberoasting", "High", "IT Admin", "2026-01-12", "Fixed",
             "Rotated the backup service password."]]
    result = convert(*rows, fmt="md")
    assert [a.action for a in result.actions] == [r[6] for r in rows[1:]]
    assert [a.status for a in result.actions] == ["in_progress", "", "complete"]


def test_a_register_of_controls_in_place_without_a_tracker_stays_aside():
    rows = [["Risk", "Likelihood", "Impact", "Mitigation", "Owner"],
            ["Loss of key staff", "3", "4", "Recruitment and retention premia", "HR Director"],
            ["Cyber attack", "2", "5", "Firewall and annual penetration test", "Head of IT"]]
    assert convert(*rows).actions == []


# ---- end to end: the generated shapes in every rendering ----------------------------------------------

@pytest.fixture(scope="module")
def actioncol_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_actioncol_samples import main
    folder = tmp_path_factory.mktemp("actioncol")
    docs = main(folder, [1, 2])
    out = tmp_path_factory.mktemp("actioncol_out")
    planx.convert(docs, out=out)
    return folder, out


def test_word_excel_pdf_and_csv_match_their_truth(actioncol_run):
    folder, out = actioncol_run
    with open(out / "actions.csv", newline="", encoding="utf-8") as fh:
        actions = list(csv.DictReader(fh))
    checked = 0
    for truth in truths(folder):
        got = [a for a in actions if a["doc"] == truth["doc"]]
        assert [a["action"] for a in got] == [t["action"] for t in truth["actions"]], truth["doc"]
        for want, row in zip(truth["actions"], got, strict=True):
            for name in ("lead", "due_date", "status", "objective"):
                if name in want:
                    assert row[name] == (want[name] or ""), (truth["doc"], want["action"], name)
        checked += 1
    assert checked == 72  # nine layouts, two seeds, four renderings


@needs_shared
def test_every_rendering_scores_full_marks(actioncol_run):
    folder, out = actioncol_run
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(folder), "--json"],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout[:proc.stdout.rindex("score:")])
    assert report["score"] >= 99.0, report["score"]


def test_a_markdown_plan_with_a_problem_aim_and_change_idea(tmp_path):
    path = tmp_path / "qi.md"
    path.write_text("# Falls quality improvement plan\n\n"
                    "| Problem | Aim | Primary driver | Change idea | Measure | Owner | Date |\n"
                    "|---|---|---|---|---|---|---|\n"
                    "| Patients fall at night | Reduce falls by 30% | Safe environment | Introduce intentional "
                    "rounding every hour at night | Falls per 1,000 bed days | Ward manager | March 2025 |\n"
                    "| Assessments are late | 95% within 6 hours | Reliable assessment | Add the falls assessment "
                    "to the admission checklist | % within 6 hours | Matron | December 2024 |\n", encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([path], out=out)
    with open(out / "actions.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["action"] for r in rows] == ["Introduce intentional rounding every hour at night",
                                           "Add the falls assessment to the admission checklist"]
    assert [r["objective"] for r in rows] == ["Reduce falls by 30%", "95% within 6 hours"]
    with open(out / "leftovers.csv", newline="", encoding="utf-8") as fh:
        kept = [(r["heading"], r["text"]) for r in csv.DictReader(fh)]
    assert ("Problem", "Patients fall at night") in kept  # nothing lost: the problem kept under its heading


def test_we_will_beside_we_did_is_the_action():
    """'You said | We will | Lead | We did' (an equality objectives plan): the column of what the
    council will do is the action, what it did already its progress, even where the done column's
    cells read as commitments too ('Training delivered to 120 drivers so far.' beside 'Complete.')."""
    fields = fields_of(["You said", "We will", "Lead", "By when", "We did", "Status"],
                       [["Staff do not reflect the communities they serve", "Target the healthy start vitamin scheme",
                         "Priya Sutton", "January 2025", "Training delivered to 120 drivers so far.", "Underway"],
                        ["Information is not available in my language", "Provide translated maternity information",
                         "Safety Manager", "Dec-25", "Complete.", "Ongoing"]])
    assert fields is not None
    assert fields["We will"] == "action" and fields["We did"] != "action"
