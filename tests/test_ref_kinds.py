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


def convert_csv(tmp_path: Path, refs: list[str], heading: str = "PillarID") -> list[dict[str, str]]:
    """A strategic plan's actions as a spreadsheet exports them (the shape of a state education
    department's plan: 'PillarID | ActionID | ActionName | ActionDesc | ActionLaunchDate')."""
    path = tmp_path / "strategic_plan_actions.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([heading, "ActionID", "ActionName", "ActionDesc", "ActionLaunchDate"])
        seen: dict[str, int] = {}
        for ref, act in zip(refs, ACTIONS, strict=True):
            seen[ref] = seen.get(ref, 0) + 1
            w.writerow([ref, f"{ref}.A{seen[ref]}", act.split()[0] + " work",
                        f"{act} with partners across the state.", "2026-01-01 00:00:00"])
    planx.convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_shared_letters_over_a_repeated_group_id_give_its_number(tmp_path: Path) -> None:
    # 'P1', 'P1', 'P2' … down the pillar column: each row carries its pillar's id, the shared letter
    # says what kind of group it is, and the number is the area ('P' would say nothing of which)
    rows = convert_csv(tmp_path, ["P1", "P1", "P1", "P2", "P2", "P3"])
    assert [r["action"] for r in rows] == [f"{a} with partners across the state." for a in ACTIONS]
    assert [r["area_ref"] for r in rows] == ["1", "1", "1", "2", "2", "3"]


def test_a_lettered_area_column_keeps_its_letters(tmp_path: Path) -> None:
    # letters that change down the column are the areas themselves, repeated or not
    rows = convert_csv(tmp_path, ["A1", "A1", "A2", "B1", "B1", "B2"])
    assert [r["area_ref"] for r in rows] == ["A", "A", "A", "B", "B", "B"]


def test_a_repeated_reference_under_a_reference_heading_keeps_its_letter(tmp_path: Path) -> None:
    # 'Ref' over 'A1', 'A1', 'A2': the row's own reference, an item spanning two rows; its shared
    # letter is read as before (the heading names no group whose number the reference would give)
    rows = convert_csv(tmp_path, ["A1", "A1", "A2", "A2", "A3", "A3"], heading="Ref")
    assert {r["area_ref"] for r in rows} == {"A"}
