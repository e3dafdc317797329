"""Text plans whose cells are parted by ' | ' instead of tabs (extract/text.py bar_rows_as_tabs): a
tracker exported from a database or a wiki, or typed so, with or without a heading row in the same
form; a row's reference set before its text by spaces, as a heading line laid out by spaces above
('Ref   Action   Lead') sets it.
"""
from __future__ import annotations

from pathlib import Path

import planx
from planx.extract.text import bar_rows_as_tabs, parse_lines

ROWS = [
    ("1.1", "Audit the local offer website across all localities", "Virtual School Head", "May 2025", "A"),
    ("1.2", "Refresh termly attendance tracking for vulnerable pupils", "Owen Hargreaves", "June 2025", "Green"),
    ("2.1", "Develop an annual review backlog recovery plan", "Claire Okafor", "31/03/2026", "R"),
]


def test_rows_parted_by_bars_become_tab_separated_rows():
    lines = ["Ref | Action | Lead | Due | RAG", *[" | ".join(r) for r in ROWS]]
    out, n = bar_rows_as_tabs(lines)
    assert n == 4
    assert out[1].split("\t") == list(ROWS[0])


def test_a_leading_and_a_closing_bar_are_no_cells():
    lines = [f"| {' | '.join(r)} |" for r in ROWS]
    out, _ = bar_rows_as_tabs(lines)
    assert out[0].split("\t") == list(ROWS[0])


def test_a_reference_set_apart_by_spaces_is_a_cell_of_its_own():
    lines = [f"{r[0]}   {r[1]}  |  {r[2]}  |  {r[3]}  |  {r[4]}" for r in ROWS]
    out, _ = bar_rows_as_tabs(lines)
    assert [line.split("\t") for line in out] == [list(r) for r in ROWS]


def test_the_reference_is_split_off_only_when_every_row_has_one():
    lines = [f"{r[0]}   {r[1]}  |  {r[2]}  |  {r[3]}" for r in ROWS] + ["Publish the guide  |  Ann Lee  |  May 2025"]
    out, _ = bar_rows_as_tabs(lines)
    assert out[0].split("\t")[0] == f"{ROWS[0][0]}   {ROWS[0][1]}"


def test_a_lone_bar_line_or_a_sentence_with_a_bar_stays_text():
    lines = ["Home | About us | Contact", "We will review the plan | termly, or sooner if needed.",
             "Owner | Date", "A | B | C | D"]
    assert bar_rows_as_tabs(lines) == (lines, 0)


def test_only_the_shared_cell_count_reads_as_rows():
    lines = [" | ".join(r) for r in ROWS] + ["Key: R | A | G"]
    out, n = bar_rows_as_tabs(lines)
    assert n == 3 and out[-1] == "Key: R | A | G"


def test_parse_lines_reads_barred_rows_as_one_table_and_says_so():
    doc = parse_lines(["Inclusion plan", "", "Ref | Action | Lead | Due | RAG", *[" | ".join(r) for r in ROWS]])
    tables = [b for b in doc.blocks if hasattr(b, "rows")]
    assert len(tables) == 1 and len(tables[0].rows) == 4
    assert any("4 line(s) read as table rows" in w for w in doc.warnings)


def test_a_barred_plan_with_a_heading_row_is_read_end_to_end(tmp_path: Path):
    path = tmp_path / "barred_tracker.txt"
    path.write_text("\n".join(["SEND Improvement Tracker 2025", "",
                               "Ref | Action | Lead | Target date | RAG",
                               *[" | ".join(r) for r in ROWS]]) + "\n", encoding="utf-8")
    result = planx.convert_file(str(path))
    got = [(a.ref, a.action, a.lead, a.due_date, a.rag) for a in result.actions]
    assert got == [("1.1", ROWS[0][1], ROWS[0][2], "2025-05", "amber"),
                   ("1.2", ROWS[1][1], ROWS[1][2], "2025-06", "green"),
                   ("2.1", ROWS[2][1], ROWS[2][2], "2026-03-31", "red")]


def test_barred_rows_under_a_heading_laid_out_by_spaces_are_read_by_what_they_hold(tmp_path: Path):
    """The heading line is laid out by spaces, the rows parted by bars: the rows are read by what
    their cells hold (a name, a date, a RAG code), their sentences as the actions."""
    path = tmp_path / "mixed_tracker.txt"
    path.write_text("\n".join(["SEND Improvement Tracker 2025", "",
                               "Ref   Action                                   Lead              Due        RAG", "",
                               *[f"{r[0]}   {r[1]}  |  {r[2]}  |  {r[3]}  |  {r[4]}" for r in ROWS]]) + "\n",
                    encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [(a.action, a.lead, a.due_date) for a in result.actions] == [(r[1], r[2], d) for r, d in zip(
        ROWS, ["2025-05", "2025-06", "2026-03-31"], strict=True)]


def test_a_bare_bar_export_under_a_key_value_block_is_read_as_rows(tmp_path: Path):
    """A system's export: 'Key: value' lines, then a heading of short names and rows whose cells are
    parted by bars with no space either side; the report's name labelled 'Report name:' is the title."""
    path = tmp_path / "bare_bar_export.txt"
    path.write_text("\n".join(["Report name: Inclusion Board Actions", "Council: Anyshire Council",
                               "Run date: 2025-01-10 08:00", "Row count: 3", "",
                               "Item_ID|Item_Text|Item_Owner|Due_Date|RAG_Status",
                               *["|".join(r) for r in ROWS], "", "-- end of report --"]) + "\n", encoding="utf-8")
    result = planx.convert_file(str(path))
    assert result.title == "Inclusion Board Actions"
    assert [(a.action, a.lead, a.rag) for a in result.actions] == [
        (ROWS[0][1], ROWS[0][2], "amber"), (ROWS[1][1], ROWS[1][2], "green"), (ROWS[2][1], ROWS[2][2], "red")]


def test_bare_bars_need_a_run_of_rows_under_short_headings():
    """Bars inside prose ('either|or'), or a run whose first line is no heading of short names,
    are no table."""
    prose = ["The council will either|or decide|choose by May.", "Nothing else here."]
    assert bar_rows_as_tabs(prose)[1] == 0
    long_heading = ["A heading cell that runs to far more words than a heading|Lead|Due",
                    *["|".join(r[1:4]) for r in ROWS]]
    assert bar_rows_as_tabs(long_heading)[1] == 0


def test_an_empty_last_cell_after_a_closing_bar_is_kept():
    """'… | Amber | ': the row's last cell is empty; the bar at its end parts it, no border."""
    lines = ["Ref | Action | Lead | RAG | Update", " | ".join(ROWS[0][:3]) + " | A | ",
             *[" | ".join(r[:3]) + " | G | Done" for r in ROWS[1:] * 2]]
    out, n = bar_rows_as_tabs(lines)
    assert n == 6
    assert out[1].split("\t") == [*ROWS[0][:3], "A", ""]
