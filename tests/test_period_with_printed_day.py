"""A due (a cell, or a deadline heading over a timeline's rows) naming a period and a day within it
('Spring term 2026 – by 27 March 2026', 'Q4 2025/26 (by 20 March 2026)'): the day is when the work
is due, the period only which one it falls in, so due_date is the day (dates._printed_within_periods).
A period whose month holds no printed day keeps its month; a month printed as such (not a period's)
is unchanged."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.normalise.dates import due_date


@pytest.mark.parametrize(("raw", "iso"), [
    ("Spring term 2026 – by 27 March 2026", "2026-03-27"),
    ("Q4 2025/26 (by 20 March 2026)", "2026-03-20"),
    # (the day falls in another month than the period's end: the period's month is the later)
    ("Q4 2025/26, review 20 February 2026", "2026-03"),
    ("31 March 2026 or Spring term 2026", "2026-03-31"),
    # (a printed month, no period's: the latest date the cell commits to, as before)
    ("June 2026, by 3 June 2026", "2026-06"),
    ("Q3 2025/26", "2025-12"),
])
def test_a_day_printed_within_a_periods_month_is_the_due(raw: str, iso: str):
    assert due_date(raw) == iso


def test_a_deadline_heading_over_a_timeline_table(tmp_path: Path):
    import planx
    md = tmp_path / "timeline.md"
    md.write_text("# Hillside Primary School Development Plan: Timeline\n\n"
                  "Actions grouped by the deadline agreed with governors.\n\n"
                  "## By 19 December 2025\n\n| Priority | Action | Lead | Status |\n|---|---|---|---|\n"
                  "| 1. Reading | Train each teaching assistant in phonics catch-up | Reading Lead | Complete |\n"
                  "| 2. Maths | Start a daily times tables session in Years 3 to 6 | Maths Lead | In progress |\n\n"
                  "## Spring term 2026 – by 27 March 2026\n\n| Priority | Action | Lead | Status |\n|---|---|---|---|\n"
                  "| 1. Reading | Set up a reading volunteers scheme with parents | Headteacher | Not started |\n"
                  "| 2. Maths | Visit Year 4 lessons to check on times tables | Link Governor | Not started |\n",
                  encoding="utf-8")
    result = planx.convert_file(str(md))
    assert [a.due_date for a in result.actions] == ["2025-12-19", "2025-12-19", "2026-03-27", "2026-03-27"]
