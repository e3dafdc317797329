"""Themes, numbered strategies and actions all in one column headed as the theme.

A watershed plan's export heads 'Theme | Description | Lead | Participant(s)', leaves the description
empty and prints in the first column a theme's name alone on its row, a numbered strategy alone on
its row ('Strategy 1: …'), then the actions with their lead beside them. Main read no plan table
(no heading names the action). The theme column holds the actions where who leads stands beside it
(normalise/headers.py _actions_under_theme_heading); the name alone over a numbered banner is the
area (walker_banner_rows.topic_row) and the banners within it its objectives (within_theme).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import openpyxl
import pytest

import planx

THEMES = [
    ("Barrier Beaches", [("Strategy 1: Assess Passability Status",
                          [("Contract a hydrogeomorphologist to assess each barrier beach", "SAB", "CWF/ASF"),
                           ("Ongoing management of barrier beach access channels", "SAB", "")])]),
    ("Beaver Activity", [("Strategy 1: On-going Management",
                          [("1a. Identify beaver dams that block fish passage", "SAB", ""),
                           ("1b. Notify the department of areas with problematic beaver activity", "SAB", "")]),
                         ("Strategy 2: Develop long-term monitoring program",
                          [("2a. Develop a long-term monitoring program for estuaries", "SAB", "")])]),
    ("Stream crossings", [("Strategy 1: Survey and Address Priority Barriers",
                           [("1a. Identify priority structures for field assessments", "CWF", "SAB, ASF"),
                            ("1b. Confirm availability of infrastructure resiliency funding", "SAB", "DTI")])]),
]


def _rows(header: list[str], strategy_word: str = "Strategy") -> list[list[str]]:
    rows = [header]
    for theme, strategies in THEMES:
        rows.append([theme] + [""] * (len(header) - 1))
        for strategy, actions in strategies:
            rows.append([strategy.replace("Strategy", strategy_word)] + [""] * (len(header) - 1))
            for action, lead, others in actions:
                rows.append([action, "", lead, others][: len(header)])
    return rows


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("header,word", [
    (["Theme", "Description", "Lead", "Participant(s)"], "Strategy"),
    (["Theme", "Details", "Lead", "Partners involved"], "Objective"),
    (["Theme", "Description", "Lead organisation", "Participants"], "Priority"),
])
@pytest.mark.parametrize("writer", [_csv, _xlsx])
def test_theme_column_holds_actions_under_named_themes_and_numbered_banners(tmp_path: Path, header: list[str],
                                                                            word: str, writer: object) -> None:
    ext = "csv" if writer is _csv else "xlsx"
    doc = writer(tmp_path / f"plan.{ext}", _rows(header, word))  # type: ignore[operator]
    result = planx.convert_file(str(doc))
    got = [(a.area, a.objective, a.action, a.lead) for a in result.actions]
    want = [(theme, strategy.split(": ", 1)[1], action, lead)
            for theme, strategies in THEMES for strategy, actions in strategies for action, lead, _ in actions]
    assert [(g[0], g[1], g[3]) for g in got] == [(w[0], w[1], w[3]) for w in want]
    # the action is the cell's text without its item mark ('1a. Identify …' → 'Identify …': the mark is the
    # item's place under its strategy, as a list number is)
    assert [g[2] for g in got] == [re.sub(r"^\d+[a-z]\.\s+", "", w[2]) for w in want]
    assert not any(theme == a.action for theme, _ in THEMES for a in result.actions)


def test_theme_column_of_topics_beside_leads_stays_the_area(tmp_path: Path) -> None:
    # near miss: the theme column names topics beside leads and an action column says what is done
    rows = [["Theme", "Action", "Lead"], ["Housing", "", ""],
            ["Housing", "Review the allocations policy", "AB"],
            ["Transport", "Consult on the bus routes", "CD"], ["Transport", "Publish the cycling plan", "EF"]]
    result = planx.convert_file(str(_csv(tmp_path / "plan.csv", rows)))
    assert [a.action for a in result.actions] == ["Review the allocations policy", "Consult on the bus routes",
                                                   "Publish the cycling plan"]
    assert [a.area for a in result.actions] == ["Housing", "Transport", "Transport"]


def test_theme_column_of_names_with_no_action_column_is_no_plan(tmp_path: Path) -> None:
    # near miss: themes and topic names beside a lead, nothing said to be done: no actions from the theme column
    rows = [["Theme", "Description", "Lead", "Participant(s)"], ["Our places", "", "", ""],
            ["Housing and homes", "", "AB", ""], ["Transport links", "", "CD", ""],
            ["Parks and open spaces", "", "EF", ""]]
    result = planx.convert_file(str(_csv(tmp_path / "plan.csv", rows)))
    assert result.actions == []


def test_theme_heading_reads_participants_as_those_beside_the_lead() -> None:
    from planx.normalise.headers import read_heading
    assert read_heading("Participant(s)")[0].field == "responsible"
    assert read_heading("Participants")[0].field == "responsible"
    assert not any(r.field == "responsible" for r in read_heading("Participant feedback")[:1])


def test_numbered_action_letter_is_a_leading_mark() -> None:
    from planx.normalise.columns import looks_like_action
    assert looks_like_action("1a. Identify the dams that block passage")
    assert looks_like_action("12b) Review the policy annually")
    assert not looks_like_action("1a. Beaver dams and passage")
