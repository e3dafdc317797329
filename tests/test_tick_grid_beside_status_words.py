"""A delivery plan sheet mapping each action to the strategy's aims with a tick under each aim it serves
('Children | Adults | Older people | Places'), and a 'Progress' column of status words ('On track',
'Behind schedule'): the tick grid says where a row belongs (columns.in_tick_grid), no status, so the
progress column of status words is the status (choose.status_not_progress), its words the status_raw.
A single column of ticks beside it is still a status of marks, and the words stay the progress.
Drawn here with openpyxl."""
from __future__ import annotations

from pathlib import Path

import openpyxl

ROWS = [
    ("1a", "Open a stop smoking clinic in each of the three market towns", "Public Health", "31/03/2026",
     "✓✓  ", "On track"),
    ("1b", "Run test purchases of vapes at shops near every secondary school", "Trading Standards", "Dec 2025",
     "✓  ✓", "Complete"),
    ("2a", "Offer a free swim to every child in the summer holidays", "Leisure Services", "August 2025",
     "✓   ", "Behind schedule"),
    ("2b", "Map loneliness among people over 75 who live alone", "Age Concern", "Mar-26",
     "  ✓ ", "Not started"),
]
AIMS = ["Children", "Adults", "Older people", "Places"]


def plan_sheet(path: Path, aims=AIMS) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Borough Health and Wellbeing Strategy: Delivery Plan 2025/26"
    ws["A2"] = "A tick shows which of the strategy's aims each action serves."
    heads = ["Ref", "Action", "Lead organisation", "Timescale", *aims, "Progress"]
    for i, h in enumerate(heads, 1):
        ws.cell(4, i, h)
    for r, (ref, action, lead, due, ticks, progress) in enumerate(ROWS, 5):
        marks = ["✓" if ch == "✓" else "" for ch in ticks][:len(aims)]
        for i, v in enumerate([ref, action, lead, due, *marks, progress], 1):
            if v:
                ws.cell(r, i, v)
    wb.save(str(path))
    return path


def test_status_words_beside_a_grid_of_ticks_are_the_status(tmp_path: Path):
    import planx
    result = planx.convert_file(str(plan_sheet(tmp_path / "plan.xlsx")))
    got = [(a.status_raw, a.status) for a in result.actions]
    assert got == [("On track", "in_progress"), ("Complete", "complete"), ("Behind schedule", "delayed"),
                   ("Not started", "not_started")], got
    assert not any(a.progress for a in result.actions)


def test_a_single_column_of_ticks_is_still_a_status(tmp_path: Path):
    """One tick column ('Done') beside the progress: the ticks hold the status as before, the words
    beside them are no status column."""
    import planx
    result = planx.convert_file(str(plan_sheet(tmp_path / "plan.xlsx", ["Done"])))
    assert [a.status_raw for a in result.actions][:3] == ["✓"] * 3
    assert [a.progress for a in result.actions] == ["On track", "Complete", "Behind schedule", "Not started"]
