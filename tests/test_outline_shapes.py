"""Outline-numbered plans (normalise/outline.py) and plans with one card per action.

Outline numbering decides level: an action '1.1' with its owner and latest date, and beneath it
its key milestones '1.1.1', '1.1.2' (or '1.1a', '1.1 (i)') with their own dates and statuses and
no owner, are ONE action with its milestones; sub-items that name owners of their own stay actions.
A card per action ('Action no. | 1.1', 'Lead | …', 'Executive lead | …', 'RAG | <fill>') reads as
one action, the senior-named owner its responsible. End to end on the files of
samples/make_outline_shapes.py (Word, tab-separated and space-laid text, ruled and borderless PDF,
LibreOffice PDF); the shapes are those of real improvement plans, the sentences our own.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.headers import read_header
from planx.normalise.outline import ref_parts
from planx.normalise.tableforms import stacked_label_rows

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared is not beside the repo")


def doc(*blocks: Paragraph | Table, fmt: str = "docx") -> RawDocument:
    return RawDocument(path=f"plan.{fmt}", name=f"plan.{fmt}", format=fmt, blocks=list(blocks))


def table(index: int, rows: list[list[str]], line: int = 1) -> Table:
    return Table(rows=[Row([Cell(t, c) for c, t in enumerate(r)], 1, line + k) for k, r in enumerate(rows)],
                 page=1, index=index)


HEAD = ["Ref", "Action and key milestones", "Responsible", "Due", "Status"]


# ---- the references --------------------------------------------------------------------------------

@pytest.mark.parametrize("ref, parts", [
    ("1.1.1", ("1", "1", "1")), ("2.3.a", ("2", "3", "a")), ("2.3a", ("2", "3", "a")),
    ("1.1 (ii)", ("1", "1", "ii")), ("1.1(b)", ("1", "1", "b")), ("3", ("3",)), ("01.2", ("1", "2")),
    # a letter closed by its bracket after a space, as typed or as a narrow column wraps it
    ("1.3 a)", ("1", "3", "a")), ("1.3\na)", ("1", "3", "a")), ("2.1 iv)", ("2", "1", "iv")),
])
def test_outline_references_are_read_level_by_level(ref, parts):
    assert ref_parts(ref) == parts


@pytest.mark.parametrize("text", ["Priority 1", "1.1 Agree the plan", "31/03/2025", "Q3", "", "3 a)",
                                  "1.3 a) Go live"])
def test_text_that_is_no_reference_has_no_levels(text):
    assert ref_parts(text) is None


# ---- sub-items read as milestones ---------------------------------------------------------------

def _outline_rows() -> list[list[str]]:
    return [HEAD, ["Priority 1: Early help", "", "", "", ""],
            ["1.1", "Establish a single front door", "Head of Early Help", "Sep-25", ""],
            ["1.1.1", "Agree the terms of reference", "", "May-25", "Complete"],
            ["1.1.2", "Launch the service to the public", "", "Sep-25", "In progress"],
            ["1.2", "Refresh the threshold guidance", "Principal Social Worker", "Dec-25", ""],
            ["1.2.1", "Consult the partners", "", "Oct-25", "Not started"],
            ["1.2.2", "Publish the guidance", "", "Dec-25", "Not started"]]


def test_sub_items_under_an_action_are_its_milestones():
    r = normalise(doc(table(1, _outline_rows())))
    got = [(a.ref, a.action, a.lead, a.due_date, a.status, a.status_raw) for a in r.actions]
    assert got == [("1.1", "Establish a single front door", "Head of Early Help", "2025-09", "in_progress", ""),
                   ("1.2", "Refresh the threshold guidance", "Principal Social Worker", "2025-12", "not_started", "")]
    assert [(m.milestone, m.due_date, m.status) for m in r.actions[0].milestones] == [
        ("Agree the terms of reference", "2025-05", "complete"),
        ("Launch the service to the public", "2025-09", "in_progress")]
    assert {a.area for a in r.actions} == {"Early help"}
    assert any(w.startswith("outline numbering: 2 action(s) (1.1, 1.2)") and "names an owner" in w
               for w in r.warnings)


@pytest.mark.parametrize("child", ["{p}a", "{p} (i)", "{p}.a"])
def test_lettered_and_roman_sub_items_are_milestones_too(child):
    rows = [HEAD]
    for n, title in ((1, "Establish a single front door"), (2, "Refresh the threshold guidance")):
        p = f"2.{n}"
        rows += [[p, title, "Head of Service", "Mar 2026", ""],
                 [child.format(p=p), "Draft the plan", "", "Dec 2025", "Complete"],
                 [child.format(p=p).replace("a", "b").replace("(i)", "(ii)"), "Sign it off", "", "Mar 2026",
                  "Complete"]]
    r = normalise(doc(table(1, rows)))
    assert [(a.ref, len(a.milestones), a.status) for a in r.actions] == [("2.1", 2, "complete"), ("2.2", 2, "complete")]


def test_sub_items_numbered_in_the_action_text_are_milestones_without_their_numbers():
    rows = [["Action", "Lead officer", "Target date", "Progress status"],
            ["3.1 Recruit experienced social workers", "Head of Workforce", "March 2026", ""],
            ["3.1.1 Launch the recruitment campaign", "", "October 2025", "Complete"],
            ["3.1.2 Review the market supplement", "", "March 2026", "On track"],
            ["3.2 Embed the supervision policy", "Principal Social Worker", "June 2026", ""],
            ["3.2.1 Train all team managers", "", "January 2026", "Not started"]]
    r = normalise(doc(table(1, rows)))
    assert [(a.ref, a.action, [m.milestone for m in a.milestones]) for a in r.actions] == [
        ("3.1", "Recruit experienced social workers", ["Launch the recruitment campaign",
                                                       "Review the market supplement"]),
        ("3.2", "Embed the supervision policy", ["Train all team managers"])]


def test_sub_items_with_owners_of_their_own_stay_actions():
    rows = [HEAD, ["1.1", "Establish a single front door", "Head of Early Help", "", ""],
            ["1.1.1", "Agree the terms of reference", "Service Manager", "May-25", "Complete"],
            ["1.1.2", "Launch the service to the public", "MASH Manager", "Sep-25", "In progress"]]
    r = normalise(doc(table(1, rows)))
    assert [(a.ref, a.lead, len(a.milestones)) for a in r.actions] == [
        ("1.1", "Head of Early Help", 0), ("1.1.1", "Service Manager", 0), ("1.1.2", "MASH Manager", 0)]
    assert any("kept as actions of their own (the sub-items name owners of their own)" in w for w in r.warnings)


def test_numbered_rows_with_no_evidence_of_parts_stay_actions():
    """'1.1', '1.1.1' in a register with no owners, dates or statuses to weigh: nothing says the
    deeper rows are steps of the shallower, so every row stays an action."""
    rows = [["Ref", "Recommendation", "Response"],
            ["1.1", "The council should review its scheme of delegation", "Agreed"],
            ["1.1.1", "Delegations to officers should be published", "Agreed"],
            ["1.2", "Members should receive training on the code of conduct", "Agreed"]]
    r = normalise(doc(table(1, rows)))
    assert not any(a.milestones for a in r.actions)
    assert not any(w.startswith("outline numbering") for w in r.warnings)


def test_an_action_due_before_its_sub_items_does_not_take_them_as_milestones():
    """The action's date is before its sub-items' (they go on after it): they are not its steps."""
    rows = [["Ref", "Action", "Lead", "Due", "Status"],
            ["4.1", "Set up the new panel", "Head of Service", "Jan 2025", ""],
            ["4.1.1", "Review the panel's first year", "", "Mar 2026", "Not started"],
            ["4.1.2", "Report to scrutiny", "", "Jun 2026", "Not started"]]
    r = normalise(doc(table(1, rows)))
    assert [a.ref for a in r.actions] == ["4.1", "4.1.1", "4.1.2"]


def test_numbered_rows_of_a_later_table_are_no_parts_of_a_summary_tables_rows():
    summary = table(1, [["Ref", "Priority", "Lead", "Due", "Status"],
                        ["1", "Improve early help", "Head of Early Help", "March 2026", ""],
                        ["2", "Improve care planning", "Head of Service", "March 2026", ""]])
    between = table(2, [["Measure", "Target"], ["Re-referrals", "20%"]], line=20)
    detail = table(3, [["Ref", "Action", "Lead", "Due", "Status"],
                       ["1.1", "Open the second family hub", "", "June 2025", "Complete"],
                       ["1.2", "Agree a single assessment", "", "Sept 2025", "In progress"]], line=40)
    r = normalise(doc(summary, between, detail))
    assert not any(a.milestones for a in r.actions)
    assert [a.ref for a in r.actions if a.ref.startswith("1.")] == ["1.1", "1.2"]


def test_a_sub_items_other_cells_are_kept_aside():
    rows = [["Ref", "Action and milestones", "Owner", "Timescale", "Status", "Comments"],
            ["1.1", "Establish a single front door", "Head of Early Help", "Sep-25", "", ""],
            ["1.1.1", "Agree the terms of reference", "", "May-25", "Complete", "Signed off by the board"],
            ["1.1.2", "Launch the service", "", "Sep-25", "In progress", ""]]
    r = normalise(doc(table(1, rows)))
    assert len(r.actions) == 1 and len(r.actions[0].milestones) == 2
    assert any(lo.text == "Signed off by the board" and "sub-item read as a milestone" in lo.reason
               for lo in r.leftovers)


def _nested_plan() -> RawDocument:
    lines = ["Improvement Plan 2025-26", "Priority 1: Early help",
             "1.1 Establish a single front door", "Lead: Head of Early Help    Target date: September 2025",
             "1.1.1 Agree the terms of reference – May 2025 – Complete",
             "1.1.2 Launch the service to the public – September 2025 – In progress",
             "1.2 Refresh the threshold guidance", "Lead: Principal Social Worker    Target date: December 2025",
             "1.2.1 Consult the partners - October 2025 - Not started",
             "1.2.2 Publish the guidance - December 2025 - Not started"]
    return doc(*[Paragraph(text, 1, k, heading=k in (0, 1)) for k, text in enumerate(lines)], fmt="txt")


def test_numbered_lines_under_a_list_action_are_its_milestones():
    r = normalise(_nested_plan())
    assert [(a.ref, a.action, a.lead, a.due_date, a.status) for a in r.actions] == [
        ("1.1", "Establish a single front door", "Head of Early Help", "2025-09", "in_progress"),
        ("1.2", "Refresh the threshold guidance", "Principal Social Worker", "2025-12", "not_started")]
    assert [(m.milestone, m.due_raw, m.status_raw) for m in r.actions[0].milestones] == [
        ("Agree the terms of reference", "May 2025", "Complete"),
        ("Launch the service to the public", "September 2025", "In progress")]
    # each part of a milestone's line is carried by a field: nothing kept aside as unread
    assert not any("1.1.2" in lo.text or "1.2.1" in lo.text for lo in r.leftovers)


def test_numbered_lines_under_an_unnumbered_list_action_stay_the_walkers():
    """'2.1 …' lines under a bulleted action are not numbered as its parts: no sub-items."""
    lines = ["Improvement Plan", "Priority 2: Care", "• Recruit more local foster carers",
             "Lead: Head of Fostering    Target date: June 2025", "• Review high cost placements",
             "Lead: Head of Commissioning    Target date: May 2025",
             "2.1 Consult the partners - October 2025 - Not started"]
    r = normalise(doc(*[Paragraph(t, 1, k, heading=k < 2) for k, t in enumerate(lines)], fmt="txt"))
    assert [a.action for a in r.actions] == ["Recruit more local foster carers", "Review high cost placements"]
    assert not any(a.milestones for a in r.actions)


# ---- one card per action ----------------------------------------------------------------------------

@pytest.mark.parametrize("labels, lead, responsible", [
    (["Action", "Lead", "Executive lead", "Target date"], "Lead", "Executive lead"),
    (["Action", "Executive lead", "Lead officer", "Target date"], "Executive lead", "Lead officer"),
    (["Action", "Operational lead", "Accountable director", "Target date"], "Operational lead",
     "Accountable director"),
    (["Action", "Accountable director", "Operational lead", "Target date"], "Accountable director",
     "Operational lead"),
    # a heading that names the responsibility itself keeps it wherever it stands
    (["Action", "Senior responsible officer", "Lead officer", "Target date"], "Lead officer",
     "Senior responsible officer"),
    (["Action", "Responsible officer", "Lead", "Target date"], "Lead", "Responsible officer"),
])
def test_of_two_owner_columns_the_first_is_the_lead(labels, lead, responsible):
    h = read_header([(i, 1, t) for i, t in enumerate(labels)], [], first=True)
    assert h is not None
    fields = {c.label: c.field for c in h.columns}
    assert fields[lead] == "lead" and fields[responsible] == "responsible"


def test_an_owner_named_by_seniority_alone_is_the_lead():
    h = read_header([(i, 1, t) for i, t in enumerate(["Action", "Executive lead", "By when"])], [], first=True)
    assert h is not None and {c.label: c.field for c in h.columns}["Executive lead"] == "lead"


def test_two_card_rows_a_pdf_joined_are_split_by_their_labels():
    joined = Row([Cell("What we will do\nLead officer", 0), Cell("Recruit two caseworkers\nHead of SEND", 1)], 1, 5)
    assert [r.texts() for r in stacked_label_rows(joined)] == [["What we will do", "Recruit two caseworkers"],
                                                               ["Lead officer", "Head of SEND"]]
    wrapped = Row([Cell("How we will measure\nsuccess", 0), Cell("Re-referrals below\n20%", 1)], 1, 6)
    assert stacked_label_rows(wrapped) == [wrapped]
    senior = Row([Cell("Senior responsible\nofficer", 0), Cell("Assistant Director,\nEducation", 1)], 1, 7)
    assert stacked_label_rows(senior) == [senior]


def test_two_cards_side_by_side_are_two_actions_and_a_card_alone_below_keeps_its_place():
    rows = [["Action no.", "1.1", "Action no.", "1.2"],
            ["Action", "Establish a single front door", "Action", "Refresh the threshold guidance"],
            ["Lead", "Head of Early Help", "Lead", "Principal Social Worker"],
            ["Target date", "March 2026", "Target date", "June 2026"],
            ["Status", "In progress", "Status", "Not started"],
            ["Action no.", "1.3", "", ""], ["Action", "Publish the local offer", "", ""],
            ["Lead", "Head of SEND", "", ""], ["Target date", "May 2026", "", ""], ["Status", "Complete", "", ""]]
    r = normalise(doc(Paragraph("Priority 1: Early help", 1, 0, heading=True), table(1, rows)))
    assert [(a.area, a.ref, a.action, a.lead, a.due_date, a.status) for a in r.actions] == [
        ("Early help", "1.1", "Establish a single front door", "Head of Early Help", "2026-03", "in_progress"),
        ("Early help", "1.2", "Refresh the threshold guidance", "Principal Social Worker", "2026-06", "not_started"),
        ("Early help", "1.3", "Publish the local offer", "Head of SEND", "2026-05", "complete")]


def test_a_form_with_two_different_pairs_a_row_is_no_pair_of_cards():
    """'Owner | … | Target date | …': two fields of one action a row, not two cards."""
    rows = [["Action", "Establish a single front door", "Ref", "1.1"],
            ["Owner", "Head of Early Help", "Target date", "March 2026"],
            ["Status", "In progress", "RAG", "Green"]]
    r = normalise(doc(table(1, rows)))
    assert [(a.action, a.lead, a.due_date, a.rag) for a in r.actions] == [
        ("Establish a single front door", "Head of Early Help", "2026-03", "green")]


def test_cards_under_section_headings_are_one_action_each():
    card = [["Action no.", "2.1"], ["Action", "Refresh the threshold guidance"],
            ["Expected outcome", "Families get the right help first time."], ["Lead", "Head of Early Help"],
            ["Executive lead", "Director of Children's Services"], ["Target date", "March 2026"],
            ["How we will measure success", "Re-referrals below 20%"], ["Status", "In progress"],
            ["RAG", ""]]
    second = [[label, value.replace("2.1", "2.2").replace("Refresh the threshold guidance",
                                                           "Publish the local offer")] for label, value in card]
    tables = [table(1, card), table(2, second, line=20)]
    tables[0].rows[-1].cells[1].fill = "#00B050"
    tables[1].rows[-1].cells[1].text = "Amber"
    r = normalise(doc(Paragraph("Priority 2: Early help", 1, 0, heading=True), *tables))
    got = [(a.area_ref, a.area, a.action, a.lead, a.responsible, a.due_date, a.measure, a.status, a.rag)
           for a in r.actions]
    assert got == [("2", "Early help", "Refresh the threshold guidance", "Head of Early Help",
                    "Director of Children's Services", "2026-03", "Re-referrals below 20%", "in_progress", "green"),
                   ("2", "Early help", "Publish the local offer", "Head of Early Help",
                    "Director of Children's Services", "2026-03", "Re-referrals below 20%", "in_progress", "amber")]


# ---- end to end on files ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def outline_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    pytest.importorskip("reportlab")
    import planx
    from samples.make_outline_shapes import main
    folder = tmp_path_factory.mktemp("outline")
    docs = main(folder, [1, 5])
    out = tmp_path_factory.mktemp("outline_out")
    planx.convert(docs, out=out, jobs=1, report=False)
    return folder, out


def _score(docs: Path, out: Path) -> dict[str, dict]:
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(docs), "--json"],
                          capture_output=True, text=True, check=True, timeout=300)
    report = json.loads(proc.stdout[: proc.stdout.rfind("score:")])
    return {d["doc"]: d for d in report["documents"] if d["accuracy"] is not None}


@needs_shared
def test_generated_outline_and_card_plans_score_well_in_every_rendering(outline_run):
    folder, out = outline_run
    by_doc = _score(folder, out)
    renderings = {".docx", "_tabs.txt", "_rl.pdf", "_nb.pdf", "_lo.pdf", "_layout.txt"}
    seen = {next(r for r in renderings if d.endswith(r)) for d in by_doc}
    assert seen >= renderings - {"_lo.pdf", "_layout.txt"}, seen  # LibreOffice and pdftotext are optional
    low = {d: r["accuracy"] for d, r in by_doc.items() if r["accuracy"] < (90.0 if "layout" in d else 97.0)
           and "owned" not in d}
    assert not low, low


def test_the_outline_families_milestones_come_out_in_every_rendering(outline_run):
    import csv
    folder, out = outline_run
    with open(out / "actions.csv", encoding="utf-8") as f:
        actions = list(csv.DictReader(f))
    with open(out / "milestones.csv", encoding="utf-8") as f:
        milestones = list(csv.DictReader(f))
    for truth_file in sorted(folder.glob("outline_outline_*.truth.json")):
        truth = json.loads(truth_file.read_text())
        name = truth["doc"]
        assert sum(1 for a in actions if a["doc"] == name) == len(truth["actions"]), name
        assert sum(1 for m in milestones if m["doc"] == name) == sum(len(a["milestones"]) for a in truth["actions"])
    for truth_file in sorted(folder.glob("outline_owned_*[!t].pdf.truth.json")):  # the control: no milestones
        name = json.loads(truth_file.read_text())["doc"]
        assert not any(m["doc"] == name for m in milestones), name
