"""Plans written as one block of labelled lines or one label/value table per action, the labels
recurring block after block (normalise/labelforms.py).

Unit tests give each rule the shapes it reads (several labels on one line, a reference label, a
label vocabulary unlike ours, label/value tables of two and four columns, one table whose rows start
again with the same labels, values over several paragraphs, a cover of labelled lines above the
first block) and the ones it must leave alone (a job description, a meeting record with recurring
items and no owner or date, labels that recur in no order). The end-to-end tests convert
samples/make_labelform_samples.py's documents (.docx, .txt, _rl.pdf) and compare them with their truth."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared, read, truths
from conftest import norm_words as _norm

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.headers import classify
from planx.normalise.labelforms import cut_off_row, label_shape, read_label_forms, split_line, title_ref


def doc(*blocks: str | Paragraph | Table, fmt: str = "txt") -> RawDocument:
    out: list[Paragraph | Table] = []
    for i, b in enumerate(blocks):
        out.append(Paragraph(b, 1, i + 1) if isinstance(b, str) else b)
    return RawDocument(path="", name=f"d.{fmt}", format=fmt, blocks=out)


def field_of(label: str) -> str:
    name, score, _ = classify(label)
    return name if score >= 60 else ""


def table(index: int, *rows: tuple[str, ...]) -> Table:
    return Table([Row([Cell(t, c) for c, t in enumerate(r)], 1, k) for k, r in enumerate(rows)], page=1, index=index)


# ---- labels ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, ok", [
    ("Owner", True), ("Item no.", True), ("Update as at March 2026", True), ("Description of activity", True),
    ("10", False), ("the lead said", False), ("We agreed this. Then we left", False),
    ("One two three four five six seven", False),
])
def test_a_label_is_a_short_phrase(text, ok):
    assert label_shape(text) is ok


def test_several_labels_on_one_line_are_split_by_meaning():
    assert split_line("Ref: 4 Owner: J Smith Due date: 30/06/2025", set(), field_of) == [
        ("Ref", "4"), ("Owner", "J Smith"), ("Due date", "30/06/2025")]


def test_a_later_label_the_document_prints_elsewhere_splits_too():
    # 'Budget code' names no field, but the document opens lines with it
    assert split_line("Resources: two days Budget code: 4410", {"budget code"}, field_of) == [
        ("Resources", "two days"), ("Budget code", "4410")]


def test_a_colon_inside_a_value_is_no_label():
    assert split_line("Progress update: Meeting held at 10:30 with the board", set(), field_of) == [
        ("Progress update", "Meeting held at 10:30 with the board")]


def test_a_line_with_no_label_splits_into_nothing():
    assert split_line("The board reviews this log every month.", set(), field_of) == []


# ---- records --------------------------------------------------------------------------------------------

COVER = ["Service Improvement Project Plan", "Version: 1.2", "Date: 01/04/2025", "Author: J Bloggs",
         "Approved by: Senior Leadership Team"]
RUN_ON = [
    "Ref: 1 Owner: J Smith Due date: 30/06/2025",
    "Description of activity: Review the induction programme for new staff and publish a revised handbook.",
    "Current position: Draft handbook circulated to managers for comment.",
    "Ref: 2 Owner: A Patel Due date: 31/07/2025",
    "Description of activity: Introduce quarterly supervision audits and report the findings to the board.",
    "Current position: Audit tool agreed; first audit booked for June.",
]


def test_recurring_labels_with_several_on_a_line_make_one_action_each():
    result = normalise(doc(*COVER, *RUN_ON))
    got = [(a.ref, a.action[:20], a.lead, a.due_raw, a.progress[:10]) for a in result.actions]
    assert got == [("1", "Review the induction", "J Smith", "30/06/2025", "Draft hand"),
                   ("2", "Introduce quarterly ", "A Patel", "31/07/2025", "Audit tool")]
    assert any("recur in the same order" in w for w in result.warnings)


def test_the_cover_above_the_first_block_is_no_action():
    forms = read_label_forms(doc(*COVER, *RUN_ON).blocks, classify)
    assert forms is not None
    assert min(forms.taken) == len(COVER)  # 'Version:', 'Date:', 'Author:' stay out
    texts = {lo.text for lo in normalise(doc(*COVER, *RUN_ON)).leftovers}
    assert {"Version: 1.2", "Author: J Bloggs"} <= texts


AUDIT = [
    "Item no.: 1", "Task details: Update the asset register so that every laptop is recorded with its user.",
    "Action holder: IT Manager", "Target completion: 31 May 2025",
    "Update as at March 2025: Register export taken; reconciliation in progress.",
    "Item no.: 2", "Task details: Introduce a monthly check of leavers against system accounts.",
    "Action holder: HR Business Partner", "Target completion: 30 June 2025",
    "Update as at March 2025: Process drafted.",
]


def test_a_vocabulary_unlike_ours_is_read_by_meaning():
    actions = normalise(doc("Audit Management Responses", *AUDIT)).actions
    assert [(a.ref, a.lead, a.due_raw, a.progress) for a in actions] == [
        ("1", "IT Manager", "31 May 2025", "Register export taken; reconciliation in progress."),
        ("2", "HR Business Partner", "30 June 2025", "Process drafted.")]


def test_a_rag_label_over_status_words_is_the_status():
    """'RAG / status: On track' in every form, never a colour: the status (as a table's column reads,
    choose.status_not_rag); a RAG label over colours stays the RAG."""
    def forms(values: list[str]) -> list[str]:
        lines = []
        for k, (action, value) in enumerate(zip(["Agree an information sharing agreement with partners",
                                                  "Map unregulated settings across the borough",
                                                  "Deliver awareness training to all front-line staff"], values,
                                                 strict=True)):
            lines += [f"Ref 1.{k + 1}", f"Activity: {action}", "Owner: Community Safety Manager",
                      "Completion date: 30/06/2026", f"RAG / status: {value}"]
        return lines
    actions = normalise(doc("Delivery plan", *forms(["On track", "Complete", "Delayed"]))).actions
    assert [(a.status, a.status_raw, a.rag) for a in actions] == [
        ("in_progress", "On track", ""), ("complete", "Complete", ""), ("delayed", "Delayed", "")]
    actions = normalise(doc("Delivery plan", *forms(["Amber", "Green", "Red"]))).actions
    assert [(a.rag, a.status_raw) for a in actions] == [("amber", ""), ("green", ""), ("red", "")]


def test_no_label_naming_the_action_the_longest_sentences_are_it():
    lines = []
    work = [("Walk every estate with residents and log each repair that is needed", "Housing"),
            ("Write to every landlord about the new licensing scheme and its fees", "Licensing")]
    for n, (what, who) in enumerate(work, 1):
        lines += [f"No.: {n}", f"Detail: {what}", f"Owner: {who}", "Due: March 2026"]
    result = normalise(doc(*lines))
    assert [a.action[:12] for a in result.actions] == ["Walk every e", "Write to eve"]
    assert any("longest sentences" in w for w in result.warnings)


def test_a_label_no_field_takes_is_kept_with_its_label():
    lines = []
    for n in (1, 2):
        lines += [f"Ref: {n}", f"Action required: Publish the quarterly report number {n} on the website",
                  "Lead officer: Head of Policy", f"Resources: £{n},000 from reserves"]
    result = normalise(doc(*lines))
    assert len(result.actions) == 2
    kept = [lo for lo in result.leftovers if lo.heading == "Resources"]
    assert [lo.text for lo in kept] == ["£1,000 from reserves", "£2,000 from reserves"]


def test_a_value_goes_on_over_paragraphs_and_bullets():
    lines = ["Ref: 1", "Agreed action: Run a termly forum for parent carers with the director of services",
             "Owner: Participation Lead", "Comments: First forum held in May.", "• Second booked for July",
             "Ref: 2", "Agreed action: Publish a you said we did update on the local offer every quarter",
             "Owner: Head of SEND", "Comments: Not started."]
    actions = normalise(doc(*lines)).actions
    assert [a.progress for a in actions] == ["First forum held in May.; Second booked for July", "Not started."]


def test_label_value_tables_of_two_and_four_columns():
    two = [table(k, ("Ref", str(k)), ("Agreed action", f"Train every team leader in restorative practice, group {k}"),
                 ("Assigned to", "Head of Service"), ("Deadline", "March 2026")) for k in (1, 2)]
    four = [table(k, ("Ref", str(k), "Owner", "Head of Service"),
                  ("Task details", f"Review every placement plan with the family before the move, area {k}", "", ""),
                  ("Target date", "July 2026", "Status", "On track")) for k in (1, 2)]
    for tables in (two, four):
        actions = normalise(doc("Team plan", *tables, fmt="docx")).actions
        assert [(a.ref, a.lead) for a in actions] == [("1", "Head of Service"), ("2", "Head of Service")]
        assert all(a.due_raw for a in actions)


def test_one_table_whose_rows_start_again_with_the_same_labels():
    rows = []
    for k in (1, 2, 3):
        rows += [("Item no.", str(k)),
                 ("What will be done", f"Audit the case files of team {k} and report the findings"),
                 ("Person accountable", "Service Manager"), ("Expected completion date", "30/09/2026")]
    actions = normalise(doc(table(1, *rows), fmt="docx")).actions
    assert [a.ref for a in actions] == ["1", "2", "3"]
    assert {a.due_date for a in actions} == {"2026-09-30"}


def test_a_label_tables_first_row_cut_off_by_a_page_break_is_read_with_its_labels():
    labels = {"Item no.", "Lead officer", "Agreed action"}
    assert cut_off_row(Paragraph("Item no. 5 Lead officer Sarah Whitfield", 1, 1), labels) == [
        ("Item no.", "5"), ("Lead officer", "Sarah Whitfield")]
    assert cut_off_row(Paragraph("The lead officer will report in May", 1, 1), labels) == []  # opens with none
    assert cut_off_row(Paragraph("Item no. Lead officer", 1, 1), labels) == []  # a label with no value


def test_a_form_table_split_over_a_page_keeps_its_first_row():
    rows = [("Item no.", "1"), ("Lead officer", "Head of SEND"),
            ("Agreed action", "Start transition planning at every Year 9 annual review"), ("Deadline", "July 2026")]
    cut = Table([Row([Cell(t, c) for c, t in enumerate(r)], 2, k) for k, r in enumerate(rows[2:])], page=2, index=2)
    blocks = [table(1, *rows), Paragraph("Item no. 2 Lead officer Sarah Whitfield", 1, 40), cut]
    actions = normalise(doc(*blocks, fmt="pdf")).actions
    assert [(a.ref, a.lead) for a in actions] == [("1", "Head of SEND"), ("2", "Sarah Whitfield")]


POAM = []
for _n, (_what, _who, _due) in enumerate([("MFA Implementation for Privileged Accounts", "System Administrator",
                                           "2026-02-20 (Phase 1, Weeks 3-4)"),
                                          ("Account Lockout Implementation", "Development Team", "2026-05-15")], 1):
    POAM += [Paragraph(f"POAM-00{_n}: {_what}", 1, 10 * _n, heading=True),
             "Deficiency Description: The control is not implemented as the standard requires.",
             "Planned Remediation:", "- Assess the options", "- Implement the chosen option", "- Test it",
             f"Responsible Party: {_who}", f"Target Completion Date: {_due}", "Status: Completed",
             "Priority: High", "Notes: Completed ahead of schedule."]


def test_a_heading_over_every_record_names_its_action_and_its_reference():
    result = normalise(doc("Plan of Action and Milestones", *POAM, fmt="md"))
    got = [(a.ref, a.action, a.lead, a.due_date, a.status) for a in result.actions]
    assert got == [("POAM-001", "MFA Implementation for Privileged Accounts", "System Administrator", "2026-02-20",
                    "complete"),
                   ("POAM-002", "Account Lockout Implementation", "Development Team", "2026-05-15", "complete")]
    # the bullets under 'Planned Remediation:' are that label's value, not actions of their own
    kept = {lo.heading: lo.text for lo in result.leftovers if lo.heading}
    assert kept["Planned Remediation"] == "Assess the options; Implement the chosen option; Test it"
    assert kept["Priority"] == "High"  # a level, no area's title
    assert not any("bulleted or numbered lists" in w for w in result.warnings)


@pytest.mark.parametrize("title, ref, rest", [
    ("POAM-001: MFA Implementation", "POAM-001", "MFA Implementation"),
    ("3.2 – Review the plan", "3.2", "Review the plan"),
    ("A1. Train staff", "A1", "Train staff"), ("Improve attendance", "", "Improve attendance"),
])
def test_a_title_opening_with_a_reference(title, ref, rest):
    assert title_ref(title) == (ref, rest)


def test_a_grouping_line_between_records_is_read_as_the_banner_it_is():
    lines = ["Priority 1: Listen to children and families"]
    for n, what in enumerate(["Run a termly forum for parent carers with the director", "Publish a you said we did "
                              "update every quarter", "Start transition planning at every Year 9 review"]):
        if n == 2:
            lines.append("Priority 2: Prepare young people for adult life")
        lines += [f"Action: {what}", "Accountable officer: Head of SEND", "Completion date: July 2026"]
    actions = normalise(doc(*lines)).actions
    assert [(a.area_ref, a.area) for a in actions] == [("1", "Listen to children and families")] * 2 + [
        ("2", "Prepare young people for adult life")]


# ---- what is no action form -------------------------------------------------------------------------------

def test_a_job_description_is_no_form():
    lines = ["Job title: Family Support Worker", "Grade: Band 5", "Reports to: Team Manager",
             "Main purpose of the job: To work with families who need extra help at home and in the community."]
    assert read_label_forms(doc(*lines).blocks, classify) is None
    assert normalise(doc(*lines)).actions == []


def test_a_meeting_record_with_recurring_items_and_no_owner_or_date_is_no_form():
    lines = ["Date: 3 February 2026", "Present: eleven members of staff"]
    for n, talk in enumerate(["Staff asked whether parking permits could be shared between the teams.",
                              "The training calendar for the spring term was shared and welcomed by all."], 1):
        lines += [f"Item: {n}", f"Discussion: {talk}"]
    assert read_label_forms(doc(*lines).blocks, classify) is None


def test_labels_seen_once_each_are_no_form():
    lines = ["Owner: J Smith", "Action: Review the handbook for new staff and publish it online.", "Due: May 2026"]
    assert read_label_forms(doc(*lines).blocks, classify) is None


# ---- end to end: the generated documents -------------------------------------------------------------------

@pytest.fixture(scope="module")
def labelforms_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_labelform_samples import main
    folder = tmp_path_factory.mktemp("labelforms")
    docs = main(folder, [1, 2, 3, 4, 5])  # each of the five shapes once
    out = tmp_path_factory.mktemp("labelforms_out")
    planx.convert(docs, out=out)
    return folder, out


def test_generated_label_forms_match_their_truth(labelforms_run):
    folder, out = labelforms_run
    actions = read(out, "actions")
    checked = 0
    for truth in truths(folder, "labelform_*.truth.json"):
        got = [a for a in actions if a["doc"] == truth["doc"]]
        assert len(got) == len(truth["actions"]), truth["doc"]
        for want in truth["actions"]:
            row = next(a for a in got if _norm(a["action"]) == _norm(want["action"]))
            for name in ("lead", "due_raw", "due_date", "status"):
                if name in want:
                    assert _norm(row[name]) == _norm(want[name] or ""), (truth["doc"], want["action"], name)
        checked += 1
    assert checked == 15  # five shapes, three renderings each


def test_generated_non_plans_with_labelled_lines_give_no_action(labelforms_run):
    _, out = labelforms_run
    assert not [a for a in read(out, "actions") if a["doc"].startswith("nonplan_labels")]


@needs_shared
def test_every_label_form_shape_scores_well(labelforms_run):
    folder, out = labelforms_run
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(folder), "--json"],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout[:proc.stdout.rindex("score:")])
    by_doc = {d["doc"]: d["accuracy"] for d in report["documents"] if d["accuracy"] is not None}
    assert all(acc >= 95.0 for name, acc in by_doc.items() if name.startswith("labelform")), by_doc


def test_a_sentence_under_a_short_value_is_no_more_of_it_and_is_kept_aside(tmp_path):
    """'Status: In progress' over 'The pathway will be mapped with partners.': a status is a word or
    two; the sentence below it stands alone (kept aside), where under 'Update:' it would go on."""
    from planx.normalise.labelforms import _sentence
    assert _sentence("The pathway will be mapped with partners.") and not _sentence("on track")
    text = "".join(f"Action: {a}\nOwner: {o}\nStatus: In progress\nThe work will be reviewed in the spring.\n\n"
                   for a, o in [("Map the referral pathway with partners", "Head of Early Help"),
                                ("Recruit two family practitioners", "Service Manager")])
    path = tmp_path / "forms.txt"
    path.write_text("Improvement plan\n\n" + text, encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [a.status_raw for a in result.actions] == ["In progress", "In progress"]
    kept = [r.text for r in result.leftovers]
    assert kept.count("The work will be reviewed in the spring.") == 2


def test_a_bold_numbered_action_line_over_labelled_lines_titles_them_and_is_no_label():
    """A PDF prints 'Action 1.1' in bold at the body's size (no heading by size) over 'What we will
    do: …' / 'Lead: …' lines: the action's number, not a label whose empty value takes the action
    field (which put every action's own text aside)."""
    lines: list[str | Paragraph] = [Paragraph("Priority 1 - Understanding risk", 1, 1, heading=True)]
    work = [("1.1", "Analyse referrals to identify trends by age and exploitation type", "Prevent Coordinator"),
            ("1.2", "Map unregulated education settings and share concerns with partners", "Joanne Osei"),
            ("1.3", "Run spot-the-signs sessions for licensing officers and taxi drivers", "Kwame Thornton")]
    for ref, what, who in work:
        lines += [Paragraph(f"Action {ref}", 1, len(lines) + 1, bold=True), f"What we will do: {what}",
                  f"Lead: {who}", "Timescale: October 2025", "Status: Complete"]
    blocks = [Paragraph(b, 1, i + 1) if isinstance(b, str) else b for i, b in enumerate(lines)]
    result = normalise(RawDocument(path="", name="d.pdf", format="pdf", blocks=blocks))
    assert [(a.action[:20], a.lead) for a in result.actions] == [(w[:20], who) for _, w, who in work]
    assert not any(lo.text.startswith(("Analyse", "Map", "Run")) for lo in result.leftovers)


def test_a_reference_label_numbering_each_form_and_a_milestone_table_under_each():
    # (a Word plan of one label table per action whose first row's label carries the action's own number,
    # 'Ref 1.1 | Review …', each followed by a 'Milestone | Due | Status' table of that action's steps)
    blocks: list[str | Table] = ["Outcome 1 - Improve the voice of the child in planning"]
    steps = [[("Evaluation reported to the board", "Oct-25", "Overdue"),
              ("First report", "31 August 2025", "Complete")],
             [("Policy published", "30/04/2025", "Complete")],
             [("Audit tool agreed", "June 2025", "In progress"), ("Training delivered", "May 2025", "Not started")]]
    for k, rows in enumerate(steps, 1):
        blocks.append(table(2 * k - 1, (f"Ref 1.{k}", f"Review every placement plan with the family, group {k}"),
                            ("Accountable lead", "Head of Service"), ("Completion date", "March 2026"),
                            ("RAG", "Amber")))
        blocks.append(table(2 * k, ("Milestone", "Due", "Status"), *rows))
    result = normalise(doc(*blocks, fmt="docx"))
    assert [(a.ref, a.action[:27], a.lead, a.rag) for a in result.actions] == [
        (f"1.{k}", "Review every placement plan", "Head of Service", "amber") for k in (1, 2, 3)]
    got = [(n, m.milestone, m.due_date, m.status) for n, a in enumerate(result.actions, 1) for m in a.milestones]
    assert got == [(1, "Evaluation reported to the board", "2025-10", "delayed"),
                   (1, "First report", "2025-08-31", "complete"), (2, "Policy published", "2025-04-30", "complete"),
                   (3, "Audit tool agreed", "2025-06", "in_progress"),
                   (3, "Training delivered", "2025-05", "not_started")]
    assert all(a.due_date == "2026-03" for a in result.actions)  # the form's date, not its steps'
