"""Risk registers whose headings never say 'risk', in Word and in PDF alike.

A team's risk assessment prints 'ID | Type | Description | Likelihood | Severity | Mitigation | Owner'
under a title ('Risk Assessment') or a banner ('Project Risks'): the word 'risk' is in neither heading
row. Its two scoring axes (likelihood, severity) and its treatment column make it a risk register
(headers.scored_and_treated); with an owner beside the treatment it may be a plan of those treatments,
so its heading row is read even with no date column (headers._register_may_plan) and the walker's
register reader decides by the cells: instructions under 'Mitigation' are the actions, the owners
their leads, the descriptions kept aside. Controls in place under the same headings stay no plan.
A register's row is one risk: two sentences in its mitigation cell are one action, not one per line.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import word_table_plan

import planx
from planx.normalise.headers import risk_register, scored_and_treated

HEAD = ["ID", "Type", "Description", "Likelihood", "Severity", "Mitigation", "Owner"]
ROWS = [
    ["PR1", "Project", "Work starts on a part before the parts it needs are finished", "L", "M",
     "Hold a short meeting before each new part to check that the parts it needs are done", "Priya"],
    ["PR2", "Project", "A team member is away for several weeks", "L", "H",
     "Pair two people on every task so that each task has a second person who knows it", "Tomasz"],
    ["TR1", "Technology", "The graphics library is slow or hard to learn", "M", "H",
     "Spend the first week on a small prototype to learn how the graphics library works", "Keisha"],
    ["TR2", "Technology", "Files are lost when a laptop breaks", "L", "M",
     "Push work to the shared repository at the end of every working session", "Priya & Tomasz"],
]
ACTIONS = [r[5] for r in ROWS]
LEADS = [r[6] for r in ROWS]


def _pdf(path: Path, rows: list[list[str]]) -> Path:
    """A ruled table of narrow columns under a title, each cell's text wrapped over several lines
    (as a word processor's PDF export sets a risk register)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    data = [[Paragraph(t, body) for t in r] for r in [HEAD, *rows]]
    table = Table(data, colWidths=[40, 70, 100, 62, 55, 100, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Risk Assessment", styles["Title"]), table])
    return path


def test_scoring_axes_and_a_treatment_make_a_register_without_the_word_risk() -> None:
    assert risk_register(HEAD)
    assert risk_register(["Ref", "Description", "Probability", "Impact", "Contingency", "Owner"])
    # one axis alone, or no treatment, says less: an issue log's severity, a list of scored items
    assert not risk_register(["Issue", "Severity", "Mitigation", "Owner"])
    assert not risk_register(["Item", "Likelihood", "Severity", "Owner"])
    # all three words in one heading are a sentence, not a register's columns
    assert not scored_and_treated([["likelihood", "and", "severity", "after", "mitigation"], ["owner"]])


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_register_headed_without_risk_reads_its_mitigations_as_actions(tmp_path: Path, fmt: str) -> None:
    path = _pdf(tmp_path / "risks.pdf", ROWS) if fmt == "pdf" else \
        word_table_plan(tmp_path / "risks.docx", "Risk Assessment", HEAD, ROWS)
    result = planx.convert_file(str(path))
    assert [a.action for a in result.actions] == ACTIONS
    assert [a.lead for a in result.actions] == LEADS
    kept = " ".join(lo.text for lo in result.leftovers)
    assert "A team member is away for several weeks" in kept  # the risk itself is kept aside
    assert any("risk register whose 'Mitigation' are instructions" in w for w in result.warnings)


def test_a_register_of_controls_under_the_same_headings_stays_no_plan(tmp_path: Path) -> None:
    controls = [r[:5] + [c, r[6]] for r, c in zip(ROWS, ["Weekly planning meeting", "Shared task board",
                                                         "Library documentation", "Cloud repository"], strict=True)]
    for path in (_pdf(tmp_path / "controls.pdf", controls),
                 word_table_plan(tmp_path / "controls.docx", "Risk Assessment", HEAD, controls)):
        assert planx.convert_file(str(path)).actions == []


def test_two_sentences_in_a_registers_mitigation_cell_are_one_action(tmp_path: Path) -> None:
    # the register headed as a team's Word register prints it: the risk named, the date it was raised
    head = ["Risk ID", "Description", "Owner", "Date", "Mitigation"]
    two = "Create a group chat for quick messages.\nCreate a video call room for longer discussions."
    rows = [[r[0], r[2], r[6], "02/02/2023", r[5]] for r in ROWS]
    rows[1][4] = two
    result = planx.convert_file(str(word_table_plan(tmp_path / "risks.docx", "Risk Register", head, rows)))
    assert [a.action for a in result.actions] == [ACTIONS[0], " ".join(two.split()), *ACTIONS[2:]]
    assert [a.lead for a in result.actions] == LEADS
