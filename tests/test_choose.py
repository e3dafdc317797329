"""Choosing the action when a table offers several candidates, and the shape of its rows (issue 14).

Headings by meaning first (headers.assign_fields, action_candidacy), then the cells
(normalise/choose.py); rows that repeat an action beside a milestone of their own, or sit under an
action printed once, are its milestones (structure.Walker.data_row). Unit tests give each rule the
real shapes it handles and the ones it must leave alone; the end-to-end tests convert
samples/make_choice_samples.py's documents (Word, reportlab PDF, Excel, CSV) against their truth."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared, truths

import planx
from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.choose import better_action_column, parent_and_steps
from planx.normalise.columns import columns_of
from planx.normalise.headers import Column, action_candidacy, assign_fields, read_header, read_heading


def table(*rows: list[str], merged: set[tuple[int, int]] = frozenset()) -> Table:  # type: ignore[assignment]
    """A table of plain cells; (row, col) in merged marks a cell covered by the merge above it."""
    return Table([Row([Cell(t, k, merged_above=(r, k) in merged) for k, t in enumerate(texts)], page=1, line=r + 1)
                  for r, texts in enumerate(rows)], page=1, index=1)


def convert(*rows: list[str], fmt: str = "docx", merged: set[tuple[int, int]] = frozenset()):  # type: ignore[assignment]
    return normalise(RawDocument(path="", name=f"d.{fmt}", format=fmt, blocks=[table(*rows, merged=merged)]))


# ---- headings by meaning ---------------------------------------------------------------------------

def test_each_field_goes_to_the_heading_that_names_it_most_surely():
    labels = ["Recommendation", "Council response", "Actions", "Lead officer", "Timescale"]
    chosen = assign_fields([read_heading(label) for label in labels])
    fields = [c.field if c else None for c in chosen]
    assert fields[2] == "action" and fields[1] != "action"  # 'Actions' (100) beats 'Council response' (60)
    assert fields[3:] == ["lead", "due"]


def test_equal_readings_go_to_the_leftmost_heading_and_a_loser_takes_its_next_reading():
    fields = [c.field if c else None for c in assign_fields([read_heading(x) for x in ["Action", "Sub-task", "Due"]])]
    assert fields == ["action", "milestones", "due"]
    fields = [c.field if c else None for c in assign_fields([read_heading(x) for x in ["Action", "Key steps", "Lead"]])]
    assert fields == ["action", "milestones", "lead"]
    fields = [c.field if c else None for c in assign_fields([read_heading(x) for x in ["Action", "Activity"]])]
    assert fields == ["action", None]


def test_several_rag_columns_all_keep_their_reading():
    chosen = assign_fields([read_heading(x) for x in ["Action", "RAG 03/18", "RAG 06/18"]])
    assert [c.field for c in chosen if c] == ["action", "rating", "rating"]


@pytest.mark.parametrize("label, field", [("Action ID", "area_ref"), ("Action number", "area_ref"),
                                          ("Action date", "due"), ("Milestone due date", "due"),
                                          ("Action title", "action"), ("Intended outcome (draft)", "outcome")])
def test_a_heading_named_after_another_field_is_read_by_its_head_word(label, field):
    assert read_heading(label)[0].field == field


def test_an_audit_tracker_keeps_the_management_response_as_its_action():
    header = read_header([(0, 1, "Recommendation"), (1, 1, "Priority"), (2, 1, "Management response"),
                          (3, 1, "Responsible officer"), (4, 1, "Implementation date")])
    assert header is not None
    assert {c.label: c.field for c in header.columns}["Management response"] == "action"


def test_what_a_heading_says_about_holding_the_action_when_none_names_it():
    assert action_candidacy("")[0] == 1.0
    assert action_candidacy("Key message")[0] > action_candidacy("Channel")[0] > action_candidacy("Audience")[0]
    assert action_candidacy("Issue identified")[0] < 0.3
    assert action_candidacy("Rationale")[0] == 0.0


COMMS = [["Audience", "Key message", "Channel", "Owner", "Date"],
         ["All staff", "The new operating model takes effect in April for every team.", "Staff briefing",
          "Head of Communications", "March 2026"],
         ["Parents and carers", "Applications for school places open online on 1 September.", "Letters via schools",
          "Admissions Manager", "Sept 2025"],
         ["Elected members", "The budget consultation results will be reported before Cabinet.", "Members' bulletin",
          "Chief Executive", "Jan 2026"]]


def test_a_communications_plan_reads_the_message_as_what_is_done():
    header = read_header([(k, 1, t) for k, t in enumerate(COMMS[0])], below=[list(enumerate(r)) for r in COMMS[1:]])
    assert header is not None
    assert [c.field for c in header.columns] == ["", "action", "", "lead", "due"]
    assert header.columns[1].basis == "content"
    result = convert(*COMMS)
    assert [a.action[:20] for a in result.actions] == ["The new operating mo", "Applications for sch",
                                                       "The budget consultat"]
    assert any("'Key message' read as the actions" in w for w in result.warnings)
    kept = {lo.text for lo in result.leftovers}
    assert {"All staff", "Staff briefing", "Letters via schools"} <= kept  # nothing lost


def test_who_and_when_beside_short_labels_is_no_plan():
    rows = [["Name", "Role", "Owner", "Date"], ["Ann Lee", "Chair", "Clerk", "May 2025"],
            ["Bob Marsh", "Treasurer", "Clerk", "June 2025"]]
    header = read_header([(k, 1, t) for k, t in enumerate(rows[0])], below=[list(enumerate(r)) for r in rows[1:]])
    assert header is None


# ---- the cells decide ----------------------------------------------------------------------------

def _columns(*specs: tuple[str, str]) -> list[Column]:
    return [Column(k, 1, field, label) for k, (label, field) in enumerate(specs)]


def test_instructions_overturn_a_heading_over_codes():
    columns = _columns(("Action ID", "action"), ("Action title", ""), ("Owner", "lead"))
    rows = [[(0, "A01", None), (1, "Replace the housing management system", None), (2, "Ann Lee", None)],
            [(0, "A02", None), (1, "Introduce a corporate performance framework", None), (2, "Bob Marsh", None)],
            [(0, "A03", None), (1, "Deliver the workforce strategy for the council", None), (2, "Cy Tan", None)]]
    choice = better_action_column(columns, columns_of(rows))
    assert choice is not None and choice.fields == {1: "action", 0: ""} and choice.confidence >= 0.6
    assert "'Action title' holds instructions" in choice.why


def test_a_chosen_column_of_instructions_is_kept():
    columns = _columns(("Actions", "action"), ("Response", ""), ("Lead", "lead"))
    rows = [[(0, "Review the scheme of delegation", None), (1, "Agreed. The scheme dates from 2014.", None),
             (2, "Monitoring Officer", None)],
            [(0, "Launch a leadership programme for managers", None), (1, "Agreed in full.", None),
             (2, "HR Business Partner", None)]]
    assert better_action_column(columns, columns_of(rows)) is None


TASKS = [["Action", "Tasks", "Lead", "Due"],
         ["Replace the housing management system", "Agree the specification with the housing team", "Ann Lee",
          "Sept 2025"],
         ["", "Run the procurement and award the contract", "Bob Marsh", "December 2025"],
         ["", "Migrate tenancy records and go live", "Cy Tan", "July 2026"],
         ["Introduce a corporate performance framework", "Agree a basket of indicators with Cabinet", "Ann Lee",
          "31/10/2025"],
         ["", "Build the quarterly performance dashboard", "Dee Roy", "Jan 2026"]]
THEMES = [["Action", "Tasks", "Lead", "Due"],
          ["Customer access", "Extend the contact centre's opening hours to 7pm", "Head of Digital Services",
           "Jan 2026"],
          ["", "Launch an online account for council tax payers", "Director of Resources", "March 2026"],
          ["Governance", "Train all members of the audit committee in risk management", "Monitoring Officer",
           "Sept 2025"],
          ["", "Publish the annual governance statement with the accounts", "Director of Resources", "July 2026"]]
MERGED = {(2, 0), (3, 0), (5, 0)}


def _profiles(rows: list[list[str]], merged: set[tuple[int, int]]):
    data = [[(k, t, None) for k, t in enumerate(r) if (i + 1, k) not in merged] for i, r in enumerate(rows[1:])]
    return columns_of(data), len(data)


def test_an_action_printed_once_over_rows_of_tasks_is_their_parent():
    columns = _columns(("Action", "action"), ("Tasks", ""), ("Lead", "lead"), ("Due", "due"))
    profiles, rows = _profiles(TASKS, MERGED)
    choice = parent_and_steps(columns, profiles, rows)
    assert choice is not None and choice.fields == {1: "milestones"} and "steps (milestones)" in choice.why


def test_a_topic_printed_once_over_actions_with_their_own_leads_is_their_theme():
    columns = _columns(("Action", "action"), ("Tasks", ""), ("Lead", "lead"), ("Due", "due"))
    profiles, rows = _profiles(THEMES, {(2, 0), (4, 0)})
    choice = parent_and_steps(columns, profiles, rows)
    assert choice is not None and choice.fields == {0: "area", 1: "action"} and "theme" in choice.why


def test_an_action_on_every_row_has_no_parent():
    columns = _columns(("Action", "action"), ("Tasks", ""), ("Lead", "lead"))
    full = [[TASKS[1][0] if not r[0] else r[0], *r[1:]] for r in TASKS[1:]]
    profiles, rows = _profiles([TASKS[0], *full], set())
    assert parent_and_steps(columns, profiles, rows) is None


@pytest.mark.parametrize("merged", [MERGED, set()])  # Word's merged cells, or a CSV's blanks below
def test_tasks_under_an_action_become_its_milestones(merged):
    result = convert(*TASKS, fmt="docx" if merged else "csv", merged=merged)
    assert [a.action for a in result.actions] == [TASKS[1][0], TASKS[4][0]]
    first = result.actions[0]
    assert [m.milestone for m in first.milestones] == [r[1] for r in TASKS[1:4]]
    assert [m.due_date for m in first.milestones] == ["2025-09", "2025-12", "2026-07"]
    assert first.due_date == "2026-07"  # the latest of its milestones
    assert any("printed once (or the same again) over several rows" in w for w in result.warnings)


# a programme highlight report's milestone tracker: the project printed once over its milestones, each
# milestone with its own dates, RAG and commentary
TRACKER = [["Project", "Milestone", "Baseline date", "Revised forecast", "BRAG", "PM comments"],
           ["Office estate rationalisation", "Data migration complete", "May-27", "Jun-27", "Red", "Escalated."],
           ["", "New operating model in place", "Nov-26", "Nov-26", "Green", "On schedule."],
           ["Customer contact centre", "Phase 1 go-live", "22/08/2026", "22/08/2026", "Amber", ""],
           ["", "Old system decommissioned", "04/09/2027", "04/09/2027", "Blue", "No issues."]]


@pytest.mark.parametrize("merged", [{(2, 0), (4, 0)}, set()])  # Word's merged cells, or a CSV's blanks below
def test_milestones_each_rated_under_a_project_are_the_actions_in_its_area(merged):
    result = convert(*TRACKER, fmt="docx" if merged else "csv", merged=merged)
    assert [(a.area, a.action, a.rag) for a in result.actions] == [
        ("Office estate rationalisation", "Data migration complete", "red"),
        ("Office estate rationalisation", "New operating model in place", "green"),
        ("Customer contact centre", "Phase 1 go-live", "amber"),
        ("Customer contact centre", "Old system decommissioned", "blue")]
    # an action's own steps, with no RAG of their own, stay its milestones (the rule needs the RAG)
    steps = [[r[0], r[1], r[2], r[5]] for r in TRACKER]
    assert [(a.action, len(a.milestones)) for a in convert(*steps, fmt="csv").actions] == [
        ("Office estate rationalisation", 2), ("Customer contact centre", 2)]


# the same tracker with its RAG as letters under a heading that names the status first ('Status (RAG)'):
# a bare 'A' or 'B' is a RAG code there, as the heading says, not a reference
LETTERS = [["Project", "Key milestone", "Original date", "Revised forecast", "Status (RAG)", "Exception commentary"],
           ["Waste collection round optimisation", "Procurement launched", "21 Apr 26", "21 Apr 26", "A",
            "Awaiting legal sign-off."],
           ["", "Old system decommissioned", "13 Dec 27", "13 Dec 27", "G", ""],
           ["", "Data migration complete", "19 Feb 27", "14 May 27", "A", "Delivered early."],
           ["Digital front door", "User acceptance testing complete", "13 Nov 27", "6 Nov 27", "B", ""],
           ["", "Lease surrender agreed", "17 Jul 26", "11 Sep 26", "R", "Consultation extended."]]


@pytest.mark.parametrize("merged", [{(2, 0), (3, 0), (5, 0)}, set()])
def test_rag_letters_under_a_status_heading_naming_the_rag_rate_each_milestone(merged):
    result = convert(*LETTERS, fmt="docx" if merged else "csv", merged=merged)
    assert [(a.area, a.action, a.rag, a.rag_raw) for a in result.actions] == [
        ("Waste collection round optimisation", "Procurement launched", "amber", "A"),
        ("Waste collection round optimisation", "Old system decommissioned", "green", "G"),
        ("Waste collection round optimisation", "Data migration complete", "amber", "A"),
        ("Digital front door", "User acceptance testing complete", "blue", "B"),
        ("Digital front door", "Lease surrender agreed", "red", "R")]
    # under a bare 'Status' the letters A and B are not enough to make the rows rated milestones
    plain = [[*r[:4], "Status" if i == 0 else r[4], r[5]] for i, r in enumerate(LETTERS)]
    assert [a.action for a in convert(*plain, fmt="csv").actions] == [
        "Waste collection round optimisation", "Digital front door"]


def test_themes_over_independent_actions_become_their_area():
    result = convert(*THEMES, merged={(2, 0), (4, 0)})
    assert [(a.area, a.action[:18], a.lead) for a in result.actions] == [
        ("Customer access", "Extend the contact", "Head of Digital Services"),
        ("Customer access", "Launch an online a", "Director of Resources"),
        ("Governance", "Train all members ", "Monitoring Officer"),
        ("Governance", "Publish the annual", "Director of Resources")]
    assert all(not a.milestones for a in result.actions)


# ---- one milestone a row ---------------------------------------------------------------------------

EXPORT = [["Action ID", "Action", "Milestone", "Milestone due", "Status", "Owner"],
          ["A01", "Replace the housing system", "Agree the specification", "Sept 2025", "Complete", "Ann Lee"],
          ["A01", "Replace the housing system", "Award the contract", "December 2025", "In progress", "Ann Lee"],
          ["A01", "Replace the housing system", "Go live", "July 2026", "Not started", "Ann Lee"],
          ["A02", "Build the performance dashboard", "Agree the indicators", "31/10/2025", "Complete", "Bob Marsh"],
          ["A02", "Build the performance dashboard", "Publish the dashboard", "Jan 2026", "Complete", "Bob Marsh"],
          ["A03", "Replace the housing system", "Write the business case", "March 2026", "Not started", "Cy Tan"]]


def test_an_export_with_one_milestone_a_row_groups_them_under_their_action():
    result = convert(*EXPORT, fmt="csv")
    assert [(a.ref, a.action, a.lead) for a in result.actions] == [
        ("A01", "Replace the housing system", "Ann Lee"), ("A02", "Build the performance dashboard", "Bob Marsh"),
        ("A03", "Replace the housing system", "Cy Tan")]  # the same words under another id: another action
    first, second, _ = result.actions
    assert [(m.milestone, m.due_date, m.status) for m in first.milestones] == [
        ("Agree the specification", "2025-09", "complete"), ("Award the contract", "2025-12", "in_progress"),
        ("Go live", "2026-07", "not_started")]
    assert first.due_date == "2026-07" and first.status == "in_progress"
    assert second.due_date == "2026-01" and second.status == "complete"


def test_rows_that_repeat_an_action_without_a_milestone_stay_actions():
    rows = [["Action", "Lead", "Due"], ["Review the policy", "Ann Lee", "May 2025"],
            ["Review the policy", "Bob Marsh", "June 2025"]]
    assert len(convert(*rows, fmt="csv").actions) == 2


# ---- end to end: the generated shapes in every rendering ----------------------------------------------

@pytest.fixture(scope="module")
def choice_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_choice_samples import main
    folder = tmp_path_factory.mktemp("choice")
    docs = main(folder, [1, 4], office=shutil.which("soffice") is not None)
    out = tmp_path_factory.mktemp("choice_out")
    planx.convert(docs, out=out)
    return folder, out


def test_the_samples_are_written_in_every_rendering(choice_run):
    folder, _ = choice_run
    names = {p.name for p in folder.iterdir()}
    for layout in ("peer", "issue", "comms", "objective", "merged", "themed", "rows", "wide"):
        assert {f"{layout}_1.docx", f"{layout}_1_rl.pdf", f"{layout}_1.xlsx", f"{layout}_1.csv"} <= names


def test_word_excel_and_csv_match_their_truth(choice_run):
    folder, out = choice_run
    with open(out / "actions.csv", newline="", encoding="utf-8") as fh:
        actions = list(csv.DictReader(fh))
    checked = 0
    for truth in truths(folder):
        if not truth["doc"].endswith((".docx", ".xlsx", ".csv")):
            continue
        got = [a for a in actions if a["doc"] == truth["doc"]]
        assert [a["action"] for a in got] == [t["action"] for t in truth["actions"]], truth["doc"]
        for want, row in zip(truth["actions"], got, strict=True):
            for name in ("lead", "due_date", "status", "rag", "progress", "area", "objective", "measure"):
                if name in want:
                    assert row[name] == (want[name] or ""), (truth["doc"], want["action"], name)
        checked += 1
    assert checked == 48  # eight layouts, two seeds, three renderings


@needs_shared
def test_every_rendering_scores_full_marks(choice_run):
    folder, out = choice_run
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(folder), "--json"],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout[:proc.stdout.rindex("score:")])
    assert report["score"] >= 99.0, report["score"]


def test_a_change_programmes_communication_plan_with_a_frequency_and_a_start():
    """The shape of a change programme's template: `# | Audience | Key Message | Channel | Frequency |
    Owner | Start Date`: the messages are short phrases, the frequency is when (no date), the start
    date no field's."""
    rows = [["#", "Audience", "Key Message", "Channel", "Frequency", "Owner", "Start Date"],
            ["1", "Executive sponsors", "Programme status, risk escalation", "Steering committee", "Fortnightly",
             "Programme Director", "Project start"],
            ["2", "Middle managers", "Impact on their teams, timeline", "Town hall and email", "Monthly",
             "Change Lead", "Month 2"],
            ["3", "Front-line staff", "What is changing, why and when", "Team meetings and intranet", "Fortnightly",
             "Change Team", "Month 3"]]
    result = convert(*rows, fmt="csv")
    assert [(a.area_ref, a.action, a.lead, a.due_raw, a.due_date) for a in result.actions] == [
        ("1", "Programme status, risk escalation", "Programme Director", "Fortnightly", ""),
        ("2", "Impact on their teams, timeline", "Change Lead", "Monthly", ""),
        ("3", "What is changing, why and when", "Change Team", "Fortnightly", "")]
    assert {"Executive sponsors", "Steering committee", "Project start"} <= {lo.text for lo in result.leftovers}


def test_rows_with_their_own_references_make_a_parents_steps_less_sure():
    specs = [("Action", "action"), ("Tasks", ""), ("Lead", "lead"), ("Due", "due")]
    plain = parent_and_steps(_columns(*specs), *_profiles(TASKS, MERGED))
    refs = [["Ref", *TASKS[0]]] + [[f"1.{i}", *r] for i, r in enumerate(TASKS[1:], 1)]
    shifted = {(r, c + 1) for r, c in MERGED}
    numbered = parent_and_steps(_columns(("Ref", "area_ref"), *specs), *_profiles(refs, shifted))
    assert plain is not None and numbered is not None and numbered.fields == {2: "milestones"}
    assert numbered.confidence < plain.confidence and "own references" in numbered.why


@pytest.mark.parametrize("labels, fields", [
    (["Recommendation", "Response", "Actions", "Lead", "Timescale"], ["area", "", "action", "lead", "due"]),
    (["Recommendation", "Management response", "Agreed action", "Responsible officer", "Implementation date",
      "Status"], ["area", "", "action", "lead", "due", "status"]),
    (["Area for improvement", "Actions", "Success criteria", "Lead", "Timescale", "Monitoring"],
     ["area", "action", "measure", "lead", "due", ""]),
    (["Key finding", "What we will do", "Who", "When"], ["area", "action", "lead", "due"]),
    (["Ref", "Action", "Sub-actions", "Lead", "Deadline", "Progress"],
     ["area_ref", "action", "milestones", "lead", "due", "progress"]),
])
def test_heading_rows_with_several_prose_columns(labels, fields):
    header = read_header([(k, 1, t) for k, t in enumerate(labels)])
    assert header is not None and [c.field for c in header.columns] == fields


def test_an_export_that_repeats_its_action_beside_each_task_groups_the_tasks():
    """`Action | Task | Due | Status` exported one task a row, the action printed again on each: the
    action is their parent (few distinct values), the tasks its milestones."""
    rows = [["Action", "Task", "Due", "Status"]] + [
        [action, task, when, status] for action, task, when, status in [
            ("Replace the housing system", "Agree the specification", "Sept 2025", "Complete"),
            ("Replace the housing system", "Award the contract", "December 2025", "In progress"),
            ("Replace the housing system", "Go live", "July 2026", "Not started"),
            ("Build the performance dashboard", "Agree the indicators", "31/10/2025", "Complete"),
            ("Build the performance dashboard", "Publish the dashboard", "Jan 2026", "Complete")]]
    result = convert(*rows, fmt="csv")
    assert [(a.action, len(a.milestones), a.due_date) for a in result.actions] == [
        ("Replace the housing system", 3, "2026-07"), ("Build the performance dashboard", 2, "2026-01")]
    assert any("printed once (or the same again)" in w for w in result.warnings)


@pytest.mark.parametrize("label", ["Project manager", "Service manager", "Action officer", "Delivery team"])
def test_a_heading_that_names_a_person_is_who_leads_whatever_names_which(label):
    assert read_heading(label)[0].field == "lead"


def test_a_rag_status_heading_over_status_words_is_the_status():
    rows = [["Project", "Milestone", "Baseline date", "Milestone RAG status", "Project manager"],
            ["New library", "Planning permission granted", "Sept 2025", "Complete", "Ann Lee"],
            ["New library", "Contractor appointed", "December 2025", "In progress", "Ann Lee"],
            ["Depot relocation", "Site survey", "Jan 2026", "Not started", "Bob Marsh"]]
    result = convert(*rows, fmt="csv")
    assert [(a.action, a.lead, a.status, [m.status for m in a.milestones]) for a in result.actions] == [
        ("New library", "Ann Lee", "in_progress", ["complete", "in_progress"]),
        ("Depot relocation", "Bob Marsh", "not_started", ["not_started"])]
    assert any("holds status words" in w for w in result.warnings)


def test_a_rag_status_heading_over_colours_stays_the_rag():
    rows = [["Action", "Lead", "RAG status"], ["Review the policy", "Ann Lee", "Green"],
            ["Train the staff", "Bob Marsh", "Amber"], ["Publish the plan", "Cy Tan", "Red"]]
    assert [a.rag for a in convert(*rows, fmt="csv").actions] == ["green", "amber", "red"]
