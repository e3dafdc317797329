"""Key (legend) tables, and an issue log that says when each issue is to be fixed.

Shapes from public documents, rebuilt as synthetic files of the same shape:

- the Government of Canada (SSC) Accessibility Remediation Roadmap template (gc-da11yn, holdout22's
  gc_ssc_accessibility_remediation_roadmap_template.docx): an 'Issue Status Definitions' table
  'Status | Description' ('Open | Work has not yet started on resolving this issue.') and a priority
  key 'Priority | Description | Timeframe'; its 'Annex 1 – Sample … Details Table' 'Related
  Non-conformant clause(s) | Issue Title | Issue Description | Remediation Priority | Remediation
  Timeline | Status | Remarks and Explanations | Temporary Workarounds' lists the fixes to make, and
  its prose carries '[Action Item - …]' placeholders for the template's user;
- a project-status page's colour key 'Color | Description' and a risk key 'RISK | ACTION & TIMESCALE'
  ('HIGH | Risk MUST be reduced, do not proceed!'): keys of codes, no actions.
A key's rows are no actions and stay in leftovers; a plan table whose first column happens to hold
distinct priority levels ('Priority | Action | Lead') keeps its actions.
"""
from __future__ import annotations

from pathlib import Path

import docx

import planx
from planx.normalise.headers import issue_log, issue_to_fix, read_header
from planx.normalise.keytables import key_table, known_code

STATUS_KEY = [("Open", "Work has not yet started on resolving this issue."),
              ("Resolved", "Issue has been successfully remediated."),
              ("In Progress", "Work has started but is not yet complete."),
              ("Will Not Fix", "Issue will not be fixed; a justification must be provided in the Remarks column."),
              ("Blocked", "Remediation is delayed by dependencies; explain why in the Remarks column.")]
ROADMAP = ["Related Non-conformant clause(s)", "Issue Title", "Issue Description", "Remediation Priority",
           "Remediation Timeline", "Status", "Remarks and Explanations", "Temporary Workarounds"]
SAMPLE = [["EN 9.1.4.3 Contrast (Minimum)", "Main menu lacks sufficient contrast.",
           "Labels in main menu fail 4.5:1 contrast ratio.", "Low", "Q4 FY2025-26", "Open",
           "Text labels have a contrast ratio of 3.1:1. A new background colour will be chosen.",
           "High contrast scheme can be used."],
          ["EN 9.2.1.1 Keyboard", "Main menu not keyboard accessible.",
           "The main menu on the page is not focusable using a keyboard.", "High", "Q1 FY2025-26", "Open",
           "Main menu is currently only accessible when using a mouse.", "Direct links will be provided."],
          ["EN 9.2.1.1 Keyboard", "Combo box not keyboard accessible.",
           "23 combo boxes fail keyboard accessibility.", "High", "Q1 FY2025-26", "In Progress",
           "This is a priority issue and is being addressed.", "No known workaround."]]


def _table(d: docx.document.Document, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text


def _roadmap(path: Path, sample: bool = True) -> Path:
    d = docx.Document()
    d.add_heading("Accessibility Remediation Roadmap Template Instructions", 0)
    d.add_paragraph("[Action Item: Delete the Roadmap Template Instructions section, including this line, once "
                    "your document is complete.]")
    d.add_heading("Issue Status Definitions", 2)
    _table(d, [["Status", "Description"], *[list(r) for r in STATUS_KEY]])
    d.add_heading("Good / Service Description", 2)
    d.add_paragraph("[Action Item - Provide a brief description of the Good / Service and what this Roadmap "
                    "excludes.]")
    d.add_heading("Annex 1 – Sample Accessibility Remediation Roadmap Details Table", 2)
    _table(d, [ROADMAP, *(SAMPLE if sample else [[""] * len(ROADMAP)])])
    d.save(str(path))
    return path


def test_a_status_key_is_no_plan_table() -> None:
    why = key_table(["Status", "Description"], [list(r) for r in STATUS_KEY])
    assert "'Status' names the codes" in why and "'Description' explains them" in why
    # a RAG key and a priority key: known words and a heading naming the codes
    assert key_table(["RAG", "Meaning"], [["Red", "Off track and needs intervention now"],
                                          ["Amber", "Some slippage, recoverable within the quarter"],
                                          ["Green", "On track to deliver as planned"]])
    assert key_table(["RISK", "ACTION & TIMESCALE"], [["HIGH", "Risk MUST be reduced, do not proceed!"],
                                                       ["MEDIUM", "Risk MUST be controlled by physical safeguards"],
                                                       ["LOW", "Risk MUST be controlled so far as practicable"]])
    assert known_code("High priority") and known_code("Amber") and not known_code("Open the library")


def test_shapes_of_plans_are_no_keys() -> None:
    # a status printed on many rows: a plan's status column, not a key (each code once)
    assert not key_table(["Status", "Description"], [["Complete", "Review the lettings policy with tenants"],
                                                     ["Complete", "Publish the new allocations scheme online"]])
    # four columns: more than a key prints
    assert not key_table(["Status", "Description", "Lead", "Due"],
                         [["Complete", "Review the lettings policy", "Head of Housing", "March 2025"],
                          ["Not started", "Publish the allocations scheme", "Housing Manager", "May 2025"]])
    # codes no vocabulary knows ('Term used | What it means'): a glossary, not this key
    assert not key_table(["Term used", "What it means"], [["Hackathon", "An event where people build software"],
                                                          ["Open Data", "Data anyone can use or share freely"]])
    # short second column: no explanations
    assert not key_table(["Status", "Description"], [["Red", "Late"], ["Green", "Fine"]])


def test_status_key_rows_are_kept_aside_and_sample_roadmap_rows_are_actions(tmp_path: Path) -> None:
    result = planx.convert_file(_roadmap(tmp_path / "remediation_roadmap.docx"))
    assert [a.action for a in result.actions] == [r[1] for r in SAMPLE]
    assert [a.due_raw for a in result.actions] == ["Q4 FY2025-26", "Q1 FY2025-26", "Q1 FY2025-26"]
    assert [a.status_raw for a in result.actions] == ["Open", "Open", "In Progress"]
    assert any("is a key to the plan's codes" in w for w in result.warnings)
    kept = " ".join(lo.text for lo in result.leftovers)
    assert "Work has not yet started on resolving this issue." in kept  # nothing lost


def test_template_placeholders_are_no_actions(tmp_path: Path) -> None:
    # only the key and an empty roadmap: no action anywhere, the '[Action Item - …]' notes included
    result = planx.convert_file(_roadmap(tmp_path / "roadmap_blank.docx", sample=False))
    assert result.actions == []
    kept = " ".join(lo.text for lo in result.leftovers)
    assert "Provide a brief description of the Good / Service" in kept


def test_a_priority_column_of_distinct_levels_beside_actions_stays_a_plan(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Workforce action plan", 1)
    _table(d, [["Priority", "Action", "Lead"],
               ["High", "Review the recruitment policy with staff", "Head of HR"],
               ["Medium", "Publish the training calendar on the intranet", "Learning Manager"],
               ["Low", "Refresh the staff handbook for new starters", "HR Officer"]])
    path = tmp_path / "workforce_plan.docx"
    d.save(str(path))
    result = planx.convert_file(path)
    assert [a.lead for a in result.actions] == ["Head of HR", "Learning Manager", "HR Officer"]


def test_an_issue_log_with_a_remediation_timeline_is_a_plan() -> None:
    assert issue_to_fix(ROADMAP) == 1
    assert not issue_log(ROADMAP)
    # an issue log saying only when each was raised stays a log of problems
    plain = ["Issue ID", "Issue Description", "Date Raised", "Raised By", "Priority", "Impact", "Owner", "Status"]
    assert issue_to_fix(plain) is None and issue_log(plain)


def test_a_remediation_roadmap_names_its_work_by_heading_not_by_a_wordy_column() -> None:
    # 'Remediation Priority' reads as a group and no heading says 'action': the later wordy column
    # ('Temporary Workarounds': 'Direct links will be provided.') must not be taken by its cells, the
    # issue beside its remediation timeline is the fix (issue_to_fix, read by the walker)
    header = read_header([(i, 1, h) for i, h in enumerate(ROADMAP)],
                         [[(i, t) for i, t in enumerate(r)] for r in SAMPLE])
    assert header is not None and "action" not in header.fields()
