"""Remediation plans (a POA&M's shape): each row a weakness or finding and what will be done about it.

- a remedy column ('Remediation', 'Mitigation Plan') with its own completion date, beside a weakness
  and a severity or a control, is the action, though its headings share words with a risk register
  (headers._resolution_as_action); without a date for the remedy, risk words still keep it aside;
- a column of milestones ('M1: … | M2: …') beside a shortfall ('Weakness / Deficiency') and no
  heading naming the action: the shortfall is the action, the milestones its steps
  (headers.shortfall_over_milestones), whatever another prose column's cells say;
- a bar parts a cell's numbered items and is no part of either (milestones.split_numbered);
- a status column naming the milestones ('Milestone Status') beside another status column: the
  other is the item's own status, the listed statuses its milestones' (walker_data_rows).
"""
from __future__ import annotations

from pathlib import Path

from conftest import read

import planx
from planx.normalise.headers import Column, Header, read_header, shortfall_over_milestones
from planx.normalise.milestones import split_numbered


def _cells(head: list[str]) -> list[tuple[int, int, str]]:
    return [(k, 1, text) for k, text in enumerate(head)]


def _below(rows: list[list[str]]) -> list[list[tuple[int, str]]]:
    return [list(enumerate(r)) for r in rows]


def _fields(head: list[str], rows: list[list[str]]) -> dict[str, str]:
    header = read_header(_cells(head), _below(rows), first=True, evidence=_below(rows))
    assert header is not None
    return {c.label: c.field for c in header.columns}


POAM_HEAD = ["POA&M ID", "Control", "Weakness", "Severity", "Remediation", "Due Date", "Status"]
POAM_ROWS = [
    ["P-01", "AC-2", "Dormant accounts left enabled", "High", "Disable accounts idle for 45 days", "30 Days", "Open"],
    ["P-02", "CM-6", "Default settings on routers", "Medium", "Apply the hardened router baseline", "45 Days",
     "Open"],
    ["P-03", "SI-4", "No alerting on failed logins", "High", "Configure alerts in the monitoring tool", "20 Days",
     "Open"],
]


def test_a_dated_remediation_beside_a_weakness_is_the_action() -> None:
    fields = _fields(POAM_HEAD, POAM_ROWS)
    assert fields["Remediation"] == "action"
    assert fields["Weakness"] != "action"
    assert fields["Due Date"] == "due"


def test_a_mitigation_plan_beside_a_vulnerability_and_its_date_is_the_action() -> None:
    head = ["Vulnerability ID", "Finding Description", "Mitigation Plan", "Planned Completion Date",
            "Responsible Party"]
    rows = [["V-1", "Outdated TLS on the portal", "Disable TLS 1.0 and renew the certificate", "2025-03-01",
             "Web Team"],
            ["V-2", "Shared admin password", "Issue named admin accounts with MFA", "2025-03-15", "IAM Lead"]]
    fields = _fields(head, rows)
    assert fields["Mitigation Plan"] == "action"
    assert fields["Finding Description"] != "action"


def test_without_a_date_for_the_remedy_risk_words_keep_it_aside() -> None:
    head = ["Threat", "Severity", "Mitigation", "Owner"]
    rows = [["Phishing", "High", "Staff awareness training in place", "IT"],
            ["Ransomware", "High", "Offline backups kept weekly", "IT"]]
    header = read_header(_cells(head), _below(rows), first=True, evidence=_below(rows))
    assert header is None or {c.label: c.field for c in header.columns}.get("Mitigation") != "action"


def _header(fields: list[tuple[str, str]]) -> Header:
    return Header([Column(k, 1, field, label, score=60.0) for k, (label, field) in enumerate(fields)])


def test_a_shortfall_beside_milestones_is_the_action() -> None:
    header = _header([("ID", "area_ref"), ("Weakness / Deficiency", "area"), ("Milestones", "milestones"),
                      ("Milestone Status", "status"), ("Responsible POC", "lead")])
    found = shortfall_over_milestones(header)
    assert found is not None and found.label == "Weakness / Deficiency"
    assert header.columns[1].field == "action" and header.columns[2].field == "milestones"


def test_a_category_beside_milestones_is_no_shortfall() -> None:
    # a Gantt chart's list: its milestones are the actions, its category groups them
    header = _header([("Milestone description", "milestones"), ("Category", "area"), ("Assigned to", "lead")])
    assert shortfall_over_milestones(header) is None
    assert header.columns[1].field == "area"


def test_beside_an_action_the_shortfall_stays_the_area() -> None:
    header = _header([("Finding", "area"), ("Action", "action"), ("Milestones", "milestones")])
    assert shortfall_over_milestones(header) is None
    assert header.columns[0].field == "area"


def test_a_bar_parts_numbered_items() -> None:
    items = split_numbered("M1: Draft the policy (Jul 15) | M2: Agree it with HR | M3: Publish it")
    assert items == [(1, "Draft the policy (Jul 15)"), (2, "Agree it with HR"), (3, "Publish it")]
    assert split_numbered("M1: Complete | M2: Not Started") == [(1, "Complete"), (2, "Not Started")]


SHEET_HEAD = ["Item ID", "Control", "Control Description", "Weakness / Deficiency", "Scheduled Completion Date",
              "Milestones", "Milestone Status", "Responsible POC", "Item Status"]
SHEET_ROWS = [
    ["IT-01", "3.1.1", "Limit system access to authorised users", "Leavers keep their accounts for weeks",
     "2025-08-31", "M1: List current accounts (Jul 15) | M2: Remove stale accounts (Jul 31)",
     "M1: Complete | M2: In Progress", "IT Manager", "In Progress"],
    ["IT-02", "3.3.1", "Create and retain audit logs", "Logging is off on the file servers",
     "2025-10-31", "M1: Inventory servers (Aug 1) | M2: Enable logging (Sep 15) | M3: Set retention (Oct 31)",
     "M1: Not Started | M2: Not Started | M3: Not Started", "IT Security", "Open"],
    ["IT-03", "3.5.3", "Use multifactor authentication for network access", "Remote access uses passwords only",
     "2025-09-30", "M1: Enable MFA for VPN (Aug 31) | M2: Enforce it for all staff (Sep 30)",
     "M1: In Progress | M2: Not Started", "IT Manager", "Open"],
]


def test_a_poam_sheet_reads_each_weakness_with_its_milestones(tmp_path: Path) -> None:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(SHEET_HEAD)
    for row in SHEET_ROWS:
        ws.append(row)
    src = tmp_path / "poam.xlsx"
    wb.save(src)
    planx.convert([src], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [a["action"] for a in actions] == [r[3] for r in SHEET_ROWS]
    assert [a["lead"] for a in actions] == [r[7] for r in SHEET_ROWS]
    milestones = read(tmp_path / "out", "milestones")
    assert [m["milestone"] for m in milestones if m["action_seq"] == "1"] == ["List current accounts",
                                                                               "Remove stale accounts"]
    assert [m["status"] for m in milestones if m["action_seq"] == "2"] == ["not_started"] * 3
    assert [m["status"] for m in milestones if m["action_seq"] == "3"] == ["in_progress", "not_started"]
    # the item's own status column is the action's; its milestones' statuses go with them, and where
    # its own word has no status ('Open') they say how it stands
    assert [a["status_raw"] for a in actions] == ["In Progress", "Open", "Open"]
    assert [a["status"] for a in actions] == ["in_progress", "not_started", "in_progress"]
