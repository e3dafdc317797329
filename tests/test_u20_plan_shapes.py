"""Shapes of plans met in a generated development set (unseen20): a logic model whose headings are
the plain-English questions of the form ('Resources | What we will do | What we will deliver |
Difference it will make | Lead officer | By'), …"""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text

from planx.normalise.headers import read_header, read_heading

LOGIC_HEADINGS = ["Resources", "What we will do", "What we will deliver", "Difference it will make",
                  "Lead officer", "By"]


def test_difference_it_will_make_names_the_outcome():
    """The change the work makes, as a logic model heads its last column: the outcome."""
    best = read_heading("Difference it will make")[0]
    assert (best.field, best.score) == ("outcome", 100.0)
    assert read_heading("The difference we will make")[0].field == "outcome"


def test_a_logic_model_heading_row_reads_as_a_plan():
    """Inputs and outputs name no field, but the activity, the outcome and the lead do: the row is
    a plan's heading row, not a register kept aside."""
    header = read_header([(i, 1, label) for i, label in enumerate(LOGIC_HEADINGS)])
    assert header is not None
    assert [c.field for c in header.columns][:5] == ["", "action", "", "outcome", "lead"]


def test_a_logic_model_in_markdown_reads_its_activities_as_actions(tmp_path: Path):
    head = "| " + " | ".join(LOGIC_HEADINGS) + " |\n|---|---|---|---|---|---|\n"
    rows = {
        "1. Thriving local economy": [
            ("Existing team", "Create 40 supported apprenticeships within the council", "New webpage",
             "Residents can do more online", "Head of Housing Options", "May-26"),
            ("Existing team", "Hold quarterly business breakfasts with the chamber of trade", "Business case",
             "Residents can do more online", "Economic Development Officer", "by end of Nov 26")],
        "2. Healthy and independent lives": [
            ("Grant (£60k)", "Launch the carers' emergency card and register", "Business case approved",
             "Fewer empty units", "Community Safety Manager", "13/07/2027")],
    }
    text = "# Prosperity Fund: Logic Model 2026-2028\n\n" + head + "\n"
    for banner, cells in rows.items():
        text += f"**{banner}**\n\n" + head + "".join("| " + " | ".join(r) + " |\n" for r in cells) + "\n"
    result = convert_text(tmp_path, "logic.md", text)
    got = [(a.area_ref, a.action, a.outcome, a.lead, a.due_raw) for a in result.actions]
    want = [(banner[0], r[1], r[3], r[4], r[5]) for banner, cells in rows.items() for r in cells]
    assert got == want
    # the inputs and outputs are no field: kept as leftovers
    assert any(lo.text == "New webpage" for lo in result.leftovers)
