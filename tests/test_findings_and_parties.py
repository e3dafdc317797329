"""Findings trackers, control families and registers of parties.

A remediation tracker lists audit findings, one a row, each with its owner, target date and status
('Finding ID | Finding Title | Related Risk | Severity | Owner | Target Date | Status | Notes'): a
plan whose actions are the findings to put right, though no heading says 'action'. A heading that
points at a risk kept in another register ('Related Risk' over 'RR-001') does not make it a risk
register (headers.risk_register, headers._shortfall_as_tracked_item). A POA&M groups its rows by
the security control family ('Control Family' over 'Access Control'): their area. A stakeholder
register ('Stakeholder | Role | Position/Interest | What do we need from them?') describes the
parties a project deals with: no plan, its names no leads (headers.party_register)."""
from __future__ import annotations

import csv
from pathlib import Path

import planx
from planx.normalise.headers import classify, party_register, read_header, risk_register

TRACKER_HEAD = ["Finding ID", "Finding Title", "Related Risk", "Severity", "Status", "Owner", "Target Date",
                "Notes"]
TRACKER_ROWS = [
    ["AF-01", "Leavers' network accounts not disabled within one day", "R-014", "High", "Overdue",
     "Service Desk", "31-Mar-2027", "Weekly leaver report agreed with HR"],
    ["AF-02", "Backup restores not tested for the finance system", "R-009", "Medium", "In Progress",
     "Infrastructure Team", "30-Apr-2027", "First restore test booked"],
    ["AF-03", "Supplier contracts lack a data protection schedule", "", "Medium", "Closed",
     "Procurement", "28-Feb-2027", "Schedule added to all new contracts"],
    ["AF-04", "Server room visitor log left incomplete", "R-021", "Low", "In Progress",
     "Facilities", "31-May-2027", "New sign-in book in place"],
]


def _convert_sheet(tmp_path: Path, name: str, head: list[str], rows: list[list[str]]) -> tuple[list[dict], str]:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(head)
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    out = tmp_path / "out"
    planx.convert([path], out=out, jobs=1, report=False)
    with open(out / "actions.csv", encoding="utf-8") as f:
        actions = list(csv.DictReader(f))
    with open(out / "documents.csv", encoding="utf-8") as f:
        warnings = next(csv.DictReader(f))["warnings"]
    return actions, warnings


def _header(head: list[str], rows: list[list[str]]):  # type: ignore[no-untyped-def]
    below = [[(k, t) for k, t in enumerate(row) if t] for row in rows]
    return read_header([(k, 1, label) for k, label in enumerate(head)], below, first=True)


def test_a_heading_pointing_at_another_registers_risk_makes_no_risk_register():
    assert not risk_register(TRACKER_HEAD)
    assert not risk_register(["Finding", "Linked risk", "Severity", "Owner", "Due date"])
    # the risk itself beside its scores: a risk register still
    assert risk_register(["Risk ID", "Risk", "Severity", "Owner", "Target Date"])


def test_the_finding_is_the_action_of_a_remediation_tracker():
    header = _header(TRACKER_HEAD, TRACKER_ROWS)
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Finding Title"] == "action" and fields["Owner"] == "lead" and fields["Target Date"] == "due"


def test_a_separate_action_or_recommendation_column_keeps_the_finding_out_of_the_action():
    head = ["Finding", "Corrective Action", "Owner", "Target Date"]
    rows = [[r[1], "Review and fix the control", r[5], r[6]] for r in TRACKER_ROWS]
    header = _header(head, rows)
    assert header is not None
    assert {c.label: c.field for c in header.columns}["Corrective Action"] == "action"
    head = ["Finding", "Recommendation", "Owner", "Target Date"]
    rows = [[r[1], "Introduce a weekly check of the control", r[5], r[6]] for r in TRACKER_ROWS]
    header = _header(head, rows)
    assert header is None or {c.label: c.field for c in header.columns}["Finding"] != "action"


def test_a_remediation_tracker_workbook_gives_one_action_a_finding(tmp_path: Path):
    actions, _ = _convert_sheet(tmp_path, "tracker.xlsx", TRACKER_HEAD, TRACKER_ROWS)
    assert [a["action"] for a in actions] == [r[1] for r in TRACKER_ROWS]
    assert actions[0]["lead"] == "Service Desk" and actions[0]["due_date"] == "2027-03-31"
    assert actions[0]["status"] == "delayed" and actions[2]["status"] == "complete"
    assert actions[1]["progress"] == "First restore test booked"


POAM_ROWS = [
    ["Identification and Authentication", "IA-2", "MFA not enforced for remote staff.",
     "Enforce MFA on the VPN for all remote staff.", "Network Lead", "2026-03-15", "Planned"],
    ["Identification and Authentication", "IA-5", "Service account passwords never rotated.",
     "Rotate service account passwords every 90 days.", "Systems Lead", "2026-03-30", "In Progress"],
    ["Media Protection", "MP-6", "Old drives stored without sanitisation.",
     "Sanitise and destroy retired drives each quarter.", "Facilities Lead", "2026-04-10", "Planned"],
]
POAM = "\n".join(["## Plan of Action and Milestones", "",
                  "| Control Family | Control ID | Weakness Description | Planned Action | Responsible Party "
                  "| Target Completion Date | Status |", "|---|---|---|---|---|---|---|",
                  *("| " + " | ".join(row) + " |" for row in POAM_ROWS)]) + "\n"


def test_a_control_family_column_is_the_area(tmp_path: Path):
    assert classify("Control Family")[0] == "area"
    assert classify("Control Families")[0] == "area"
    path = tmp_path / "poam.md"
    path.write_text(POAM, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([path], out=out, jobs=1, report=False)
    with open(out / "actions.csv", encoding="utf-8") as f:
        actions = list(csv.DictReader(f))
    assert [a["area"] for a in actions] == ["Identification and Authentication"] * 2 + ["Media Protection"]
    assert actions[0]["action"] == "Enforce MFA on the VPN for all remote staff."
    assert actions[0]["lead"] == "Network Lead"


PARTY_HEAD = ["Stakeholder", "Role", "Internal / External", "Position/Interest", "What do we need from them?"]
PARTY_ROWS = [
    ["Club Board", "Governance", "Internal", "For/High", "Approval of the season budget"],
    ["Ground Staff", "Operations", "Internal", "For/Medium", "Pitch preparation and match day set-up"],
    ["Local Council", "Regulator", "External", "Neutral/High", "Planning consent for the new stand"],
    ["Supporters' Trust", "Fans", "External", "Mixed/Medium", "Their backing for the ticket price change"],
    ["Kit Supplier", "Supplier", "External", "For/Low", "Delivery of the new kit before the season"],
]


def test_a_register_of_parties_is_no_plan():
    assert party_register(PARTY_HEAD)
    assert party_register(["Stakeholder", "Level of Influence", "Level of Interest", "Needs"])
    # who acts and by when beside the parties: a stakeholder engagement plan
    assert not party_register(["Stakeholder", "Interest", "Engagement action", "Owner", "Due date"])
    # a heading naming the doer ('Responsible Party') names no party of a register
    assert not party_register(["Responsible Party", "Position", "Task"])


def test_a_stakeholder_register_workbook_gives_no_actions(tmp_path: Path):
    actions, warnings = _convert_sheet(tmp_path, "stakeholders.xlsx", PARTY_HEAD, PARTY_ROWS)
    assert actions == []
    assert "read by what the columns hold" not in warnings


def test_a_stakeholder_engagement_plan_keeps_its_actions(tmp_path: Path):
    head = ["Stakeholder", "Interest", "Engagement action", "Owner", "Due date"]
    rows = [[r[0], r[3], f"Meet the {r[0]} to agree the plan", "Club Secretary", "30/06/2026"] for r in PARTY_ROWS]
    actions, _ = _convert_sheet(tmp_path, "engagement.xlsx", head, rows)
    assert len(actions) == len(PARTY_ROWS) and actions[0]["action"] == "Meet the Club Board to agree the plan"
    assert actions[0]["lead"] == "Club Secretary"
