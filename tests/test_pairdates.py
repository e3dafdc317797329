"""A due column of bare number pairs ('09-19') in a dated plan read as days of the plan's year
(normalise/pairdates.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import planx
from planx.normalise.pairdates import pair_order, read_pair_dates
from planx.normalise.records import Action

WRITTEN = dt.date(2024, 9, 17)


def test_month_day_pairs_just_after_the_plan_date():
    found = pair_order(["09-19", "09-20", "9-22"], WRITTEN)
    assert found is not None
    assert found[0] == "md" and [d.isoformat() for d in found[1]] == ["2024-09-19", "2024-09-20", "2024-09-22"]


def test_day_month_pairs_read_day_first():
    found = pair_order(["19/09", "30/09", "14/10"], WRITTEN)
    assert found is not None and found[0] == "dm"
    assert found[1][-1] == dt.date(2024, 10, 14)


def test_pairs_past_new_year_fall_in_the_next_year():
    found = pair_order(["12-20", "01-15"], dt.date(2024, 11, 28))
    assert found is not None and [d.isoformat() for d in found[1]] == ["2024-12-20", "2025-01-15"]


def test_month_year_pairs_near_the_plan_year_are_left_alone():
    # '09/24' in a 2024 plan may well be September 2024: the month-year reading is plausible
    assert pair_order(["09/24", "10/25"], WRITTEN) is None


def test_pairs_that_fit_both_orders_are_left_alone():
    assert pair_order(["03-04", "05-06"], dt.date(2024, 2, 1)) is None


def test_one_pair_or_a_mixed_column_is_no_column():
    assert pair_order(["09-19"], WRITTEN) is None
    assert pair_order(["09-19", "end of term"], WRITTEN) is None


def test_no_plan_date_reads_nothing():
    actions = [Action(action=f"Task {k}", due_raw=raw, table=1) for k, raw in enumerate(["09-19", "09-22"])]
    read_pair_dates(actions, "", [])
    assert [a.due_date for a in actions] == ["", ""]
    read_pair_dates(actions, "2024-09", [])  # a month is no day to weigh days against
    assert [a.due_date for a in actions] == ["", ""]


def test_dashes_are_skipped_and_a_warning_says_how_the_pairs_were_read():
    actions = [Action(action=f"Task {k}", due_raw=raw, table=2) for k, raw in enumerate(["09-19", "09-22", "-"])]
    warnings: list[str] = []
    read_pair_dates(actions, "2024-09-17", warnings)
    assert [a.due_date for a in actions] == ["2024-09-19", "2024-09-22", ""]
    assert len(warnings) == 1 and "month-day" in warnings[0]


def test_meeting_record_markdown_end_to_end(tmp_path: Path):
    path = tmp_path / "team_meeting_three.md"
    path.write_text(
        "# Team meeting record\n\n"
        "## Team Meeting 3 - Week 5 - 2023-03-14 (10:00 - 11:00)\n"
        "**Lead/scribe:** Priya Shah\n\n"
        "## Action Items\n"
        "| Task | Assigned To | Due Date |\n"
        "|:---|:---:|:---:|\n"
        "| Write the login page | Priya Shah | 03-16 |\n"
        "| Load the data files | Tom Reed | 03-18 |\n"
        "| Draft the search feature | Ana Lopez | 03-21 |\n"
        "| Review the UI feedback | Tom Reed, Ana Lopez | - |\n",
        encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [a.due_date for a in result.actions] == ["2023-03-16", "2023-03-18", "2023-03-21", ""]
