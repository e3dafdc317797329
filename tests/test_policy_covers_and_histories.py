"""A state IT policy's shapes: a cover box whose cell labels the document's kind on a line of its own and
gives its name below ('IT Policy:' over 'Accessibility of' / 'Information' / …), and a dated revision
history table at its end ('Date | Action | Owner' under 'Revision History', newest first, no version
numbers), whose rows record the document's changes and are never actions."""
from __future__ import annotations

from pathlib import Path

import planx
from planx.normalise.title import kind_labelled_name

_SECTIONS = [
    ("1.0 Purpose and Benefits", "This policy sets the minimum requirements for keeping electronic records so that "
                                 "State Entities can find, read and trust them for as long as the law requires."),
    ("2.0 Authority", "Section 12 of the State Technology Law gives the Office the authority to establish statewide "
                      "technology policies, including technology and security standards."),
    ("3.0 Scope", "This policy applies to all State Entities, their employees and all third parties that use or "
                  "access any Information Technology Resource for which a State Entity has responsibility."),
    ("4.0 Information Statement", "State Entities must keep each electronic record in a format that stays readable "
                                  "for its whole retention period and must document where each series is held."),
]
_HISTORY = [["03/14/2025", "Updated the retention periods to match the new schedule", "Records Management Office"],
            ["06/02/2022", "Added the duty to document where each record series is held", "Chief Information Officer"],
            ["01/10/2019", "Original Policy Release", "Chief Information Officer"]]


def _policy_pdf(path: Path, history_head: list[str], history_title: str = "5.0 Revision History") -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=12, leading=15)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=10)
    box = ParagraphStyle("x", fontName="Helvetica-Bold", fontSize=14, leading=17)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=11, leading=13)
    # the cover box: the series' name beside the number, then the kind's label over the name, merged down
    # two rows beside the date and who issued it
    cover = Table([[Paragraph("Riverton State<br/>Information Technology Policy", box),
                    Paragraph("No: RS-P04-012", small)],
                   [Paragraph("IT Policy:<br/><br/>Retention of<br/>Electronic<br/>Records", box),
                    Paragraph("Updated: 03/14/2025", small)],
                   ["", Paragraph("Issued By: Office of Information Technology Services<br/>"
                                  "Owner: Records Management Office", small)]], colWidths=[250, 250])
    cover.setStyle(TableStyle([("SPAN", (0, 1), (0, 2)), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("State Office Building, P.O. Box 1200", small),
             Paragraph("Riverton, RS 10001 www.its.rs.gov", small), Spacer(1, 20), cover, Spacer(1, 20)]
    for title, text in _SECTIONS:
        story += [Paragraph(title, head), Paragraph(text, body)]
    story += [Paragraph(history_title, head),
              Table([history_head, *_HISTORY], colWidths=[80, 270, 150],
                    style=[("GRID", (0, 0), (-1, -1), 0.5, "black")])]
    SimpleDocTemplate(str(path), pagesize=letter).build(story)
    return path


def test_a_cover_cell_labelled_by_the_kind_gives_the_title(tmp_path: Path) -> None:
    result = planx.convert_file(_policy_pdf(tmp_path / "policy.pdf", ["Date", "Description of Change", "Reviewer"]))
    # not '1.0 Purpose and Benefits', the first section's heading in the largest type
    assert result.title == "Retention of Electronic Records"
    assert result.actions == []


def test_kind_labelled_name_reads_only_a_kind_label_over_a_name() -> None:
    assert kind_labelled_name("IT Policy:\nAccessibility of\nInformation\nCommunication\nTechnology") \
        == "Accessibility of Information Communication Technology"
    assert kind_labelled_name("Information Security Policy:\nPassword Complexity") == "Password Complexity"
    # a label naming a detail, even of the policy, labels no name ('Policy owner:', 'Status:')
    assert kind_labelled_name("Policy owner:\nHead of Records Management") == ""
    assert kind_labelled_name("Status:\nApproved") == ""
    # the name on the label's own line ('IT Policy: …') or a sentence under it is no title field
    assert kind_labelled_name("IT Policy: Retention of Electronic Records") == ""
    assert kind_labelled_name("Policy:\nStaff must keep records for seven years.") == ""
    assert kind_labelled_name("Strategy:\nUpdated 14 March 2025") == ""


def test_a_dated_revision_history_is_no_plan_whatever_its_columns(tmp_path: Path) -> None:
    # 'Date | Action | Owner' under 'Revision History', newest first, no version numbers: the policy's changes
    result = planx.convert_file(_policy_pdf(tmp_path / "policy.pdf", ["Date", "Action", "Owner"]))
    assert result.actions == []
    assert any("version history" in w for w in result.warnings)


_MD_POLICY = """# Records Retention Policy

## 1.0 Purpose

This policy sets the minimum requirements for keeping electronic records so that State Entities can find them.

## 2.0 Policy

- State Entities must keep each electronic record readable for its whole retention period.

## 3.0 {heading}

| Date | {action} | Owner |
|------|----------|-------|
{rows}
"""


def _md_policy(path: Path, heading: str = "Revision History", action: str = "Action",
               rows: list[list[str]] | None = None) -> Path:
    lines = "\n".join(f"| {' | '.join(r)} |" for r in (rows or _HISTORY))
    path.write_text(_MD_POLICY.format(heading=heading, action=action, rows=lines), encoding="utf-8")
    return path


def test_a_markdown_revision_history_is_no_plan(tmp_path: Path) -> None:
    for heading in ("Revision History", "Document Change Log", "Version history", "Amendment record"):
        assert planx.convert_file(_md_policy(tmp_path / "policy.md", heading)).actions == [], heading
    # oldest first, as many histories are listed, too
    assert planx.convert_file(_md_policy(tmp_path / "policy.md", rows=_HISTORY[::-1])).actions == []


def test_a_dated_table_under_other_headings_stays_a_plan(tmp_path: Path) -> None:
    # a tracker of requested changes names no history of the document: its rows are things to be done
    assert len(planx.convert_file(_md_policy(tmp_path / "log.md", "Change Request Log")).actions) == 3
    # dates that run both ways are targets, not a history
    targets = [["03/14/2025", "Update the retention periods to match the new schedule", "Records Management Office"],
               ["06/02/2024", "Document where each record series is held", "Chief Information Officer"],
               ["01/10/2026", "Train every records officer on the new schedule", "Chief Information Officer"]]
    assert len(planx.convert_file(_md_policy(tmp_path / "plan.md", rows=targets)).actions) == 3
