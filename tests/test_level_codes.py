"""Plans whose lines open with a code naming their level ('G1 (Goal)', 'O1 (Objective)', 'D1 (Deliverable)'),
a text layer running several coded lines into one paragraph, each deliverable closing with its date:
normalise/levelcodes.py, on synthetic paragraphs and a text file of that shape."""
from __future__ import annotations

from pathlib import Path

from planx.extract import extract
from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.levelcodes import read_level_codes, trailing_due


def _raw(texts: list[str]) -> RawDocument:
    return RawDocument("plan.pdf", "plan.pdf", "pdf",
                       [Paragraph(t, page=1 + i // 6, line=10 * i) for i, t in enumerate(texts)], pages=3)


LINES = [
    "Library Services Business Plan 2025-2027",
    "3.0 Operating Strategies",
    "G1 (Goal) Make library services easier to reach online.",
    "O1 (Objective) Replace the booking system (FY 2025). D1 (Deliverable) Choose a supplier for the new "
    "booking system March 2025. D2 (Deliverable) Train counter staff on the new system April/May 2025.",
    "D3 (Deliverable) Move all member records to the new system September – November 2025.",
    "O2. (Objective) Grow the e-book lending offer (FY 2026). D1 (Deliverable) Agree a consortium licence FY26.",
    "D2 (Deliverable) Review the lending limits every quarter: Ongoing.",
    "Measures: • e-book loans • active members",
    "G2 (Goal) Keep buildings safe and welcoming.",
    "O1 (Objective) Carry out the building safety programme (FY 2025).",
    "D1 (Deliverable) Replace the fire doors at the central library October 2025. Check the other branches "
    "in later years.",
    "D2 (Deliverable) Commission a condition survey of all branches in FY27.",
    "4.0 Resources",
    "Goal 2, Objective 1, Deliverable 1: D1 (Deliverable) Replace the fire doors at the central library.",
]


def test_levels_read_by_their_order_and_parted_where_run_together() -> None:
    reading = read_level_codes(_raw(LINES))
    assert reading is not None
    actions = reading.actions
    assert [a.fields["action"].split()[0] for a in actions] == [
        "Choose", "Train", "Move", "Agree", "Review", "Replace", "Commission"]
    assert [a.context["area_ref"] for a in actions] == ["1"] * 5 + ["2"] * 2
    assert actions[0].context["area"] == "Make library services easier to reach online"
    assert actions[3].context["objective"] == "Grow the e-book lending offer (FY 2026)."
    assert actions[6].context["objective"] == "Carry out the building safety programme (FY 2025)."
    # a cited item ('…, Deliverable 1: D1 (Deliverable) …') is no item of its own
    assert len(actions) == 7


def test_closing_dates() -> None:
    assert trailing_due("Train counter staff on the new system April/May 2025.") == "April/May 2025"
    assert trailing_due("Move all member records September – November 2025.") == "September – November 2025"
    assert trailing_due("Agree a consortium licence FY26.") == "FY2026"
    assert trailing_due("Review the data FY25/FY26.") == "FY2026"
    assert trailing_due("Commission a survey in FY27.") == "FY2027"
    assert trailing_due("Replace the doors October 2025. Check the others in later years.") == "October 2025"
    assert trailing_due("Review the lending limits every quarter: Ongoing.") == ""
    assert trailing_due("Work with partners in 2025 on the new offer.") == ""


def test_one_level_word_or_no_restart_is_no_outline() -> None:
    assert read_level_codes(_raw([f"D{n} (Deliverable) Do thing number {n} March 2025." for n in range(1, 6)])) is None
    flat = ["G1 (Goal) First goal.", *[f"D{n} (Deliverable) Do thing number {n} March 2025." for n in range(1, 6)]]
    assert read_level_codes(_raw(flat)) is None  # numbers never start again under a second parent


def test_end_to_end_text(tmp_path: Path) -> None:
    path = tmp_path / "library_business_plan.txt"
    path.write_text("\n\n".join(LINES[:-2]), encoding="utf-8")
    result = normalise(extract(path))
    got = {a.action: a for a in result.actions}
    assert len(got) == 7
    assert got["Choose a supplier for the new booking system March 2025."].due_date == "2025-03"
    assert got["Train counter staff on the new system April/May 2025."].due_date == "2025-05"
    assert got["Commission a condition survey of all branches in FY27."].area == "Keep buildings safe and welcoming"
