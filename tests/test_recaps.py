"""A report that recaps its plan's actions in a numbered list, then tracks the same actions in a table
with how each stands: the table's rows are the actions, the list's items their recap, kept aside
(normalise/recaps.py). Items no table row repeats stay actions."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx
from planx.normalise.recaps import drop_recaps
from planx.normalise.records import Action

ITEMS = ["Restore the ending fund balance and maintain the state-mandated reserve",
         "Review position control for anomalies that may reduce cost",
         "Maximize the use of restricted revenue resources"]


def _doc(list_items: list[str]) -> str:
    lines = ["# Fiscal Recovery Report", "", "In July 2023 the board adopted these recovery actions:", ""]
    lines += [f"{k}. {t}" for k, t in enumerate(list_items, 1)]
    lines += ["", "## Updates on the recovery plan", "", "| Recovery action | Status |", "|---|---|"]
    lines += [f"| {t} | June 2024: In progress. Work continues with the finance team. |" for t in ITEMS]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("listed", [ITEMS, [t.upper() for t in ITEMS]])
def test_a_list_recapping_the_tracked_table_gives_no_actions_of_its_own(tmp_path: Path, listed):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.md").write_text(_doc(listed), encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([folder], out=out, jobs=1)
    got = [(a["action"], a["status"]) for a in read(out, "actions")]
    assert got == [(t, "in_progress") for t in ITEMS]
    assert any("restore the ending fund balance" in lo["text"].lower() for lo in read(out, "leftovers"))


def test_items_no_table_row_repeats_stay_actions():
    rows = [Action(action=t, status_raw="In progress", table=1) for t in ITEMS]
    items = [Action(action="Publish the budget book online"), Action(action="Train every budget holder")]
    gone: list[str] = []
    warnings: list[str] = []
    kept = drop_recaps(items + rows, lambda a, why: gone.append(a.action), warnings)
    assert kept == items + rows and not gone and not warnings


def test_one_item_alike_by_chance_is_no_recap():
    rows = [Action(action=t, status_raw="In progress", table=1) for t in ITEMS]
    items = [Action(action=ITEMS[0]), Action(action="Train every budget holder")]
    kept = drop_recaps(items + rows, lambda a, why: None, [])
    assert len(kept) == 5


def test_items_a_tracked_row_repeats_go_aside_with_a_warning():
    rows = [Action(action=t, status_raw="June 2024: In progress.", table=3) for t in ITEMS]
    items = [Action(action=t.upper() + ".") for t in ITEMS] + [Action(action="Train every budget holder")]
    gone: list[str] = []
    warnings: list[str] = []
    kept = drop_recaps(items + rows, lambda a, why: gone.append(a.action), warnings)
    assert kept == items[3:] + rows
    assert len(gone) == 3 and len(warnings) == 1 and warnings[0].startswith("3 action(s) read from the text")
