"""A reference column whose every row shares its letters ('R1', 'R2' …; 'IA-21-01', 'IA-22-03')
names each row's kind, not an area: area_ref stays empty (the contract's area_ref is the area's
number or letter). Letters that change down the column ('A1', 'A2', 'B1') still letter the areas."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

import planx

ACTIONS = ["Review the front door arrangements", "Audit strategy discussions held out of hours",
           "Train social workers on neglect", "Publish a revised threshold document",
           "Implement the new supervision policy", "Strengthen the voice of the child in plans"]


def convert(tmp_path: Path, refs: list[str]) -> list[dict[str, str]]:
    lines = ["# Inspection Recommendations Action Plan", "",
             "| Reference | Action | Responsible officer | Target date | Status |", "|---|---|---|---|---|"]
    lines += [f"| {ref} | {act} | Jo Smith | June 2024 | In progress |" for ref, act in zip(refs, ACTIONS, strict=True)]
    path = tmp_path / "plan.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    planx.convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("refs", [[f"R{i}" for i in range(1, 7)],
                                  ["IA-21-01", "IA-21-02", "IA-21-03", "IA-22-01", "IA-22-02", "IA-22-03"],
                                  [f"Rec {i}" for i in range(1, 7)]])
def test_shared_letters_name_no_area(tmp_path: Path, refs: list[str]) -> None:
    rows = convert(tmp_path, refs)
    assert [r["action"] for r in rows] == ACTIONS
    assert {r["area_ref"] for r in rows} == {""}


def test_letters_changing_down_the_column_still_letter_areas(tmp_path: Path) -> None:
    rows = convert(tmp_path, ["A1", "A2", "A3", "B1", "B2", "B3"])
    assert [r["area_ref"] for r in rows] == ["A", "A", "A", "B", "B", "B"]
