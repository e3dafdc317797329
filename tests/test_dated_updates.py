"""Rows holding only a date and a comment under an action (normalise/datedupdates.py): the
action's dated updates, the latest its progress, whichever order they are printed in; the earlier
ones in leftovers, never actions of their own."""
from __future__ import annotations

from pathlib import Path

import planx
from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise.datedupdates import LATEST_HEADING, fold_dated_updates

HEADING = ["No.", "Date", "Action and update", "Lead", "Deadline", "Status"]


def _table(rows: list[list[str]]) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=k) for k, t in enumerate(r)], page=1, line=n)
                       for n, r in enumerate([HEADING, *rows])], page=1, index=1)


ROWS = [
    ["A1", "", "Publish a revised foster carer handbook", "Joan Patel", "June 2025", "On track"],
    ["", "02/02/2025", "Working group formed", "", "", ""],
    ["", "9 Apr 2025", "First draft circulated to carers", "", "", ""],
    ["A2", "", "Run quarterly audits of placement stability", "Tom Birch", "March 2026", "Delayed"],
    ["", "12 Mar 2025", "Audit tool agreed with partners", "", "", ""],
    ["", "01/11/2024", "Scope set at the board", "", "", ""],
]


def test_dated_rows_fold_into_the_action_above_the_latest_as_its_update():
    raw = RawDocument(path="x", name="x.docx", format="docx", blocks=[_table(ROWS)])
    out = fold_dated_updates(raw)
    table = out.blocks[0]
    assert isinstance(table, Table)
    assert [r.texts() for r in table.rows] == [
        ["No.", LATEST_HEADING, *HEADING[2:]],
        ["A1", "First draft circulated to carers", *ROWS[0][2:]],
        ["A2", "Audit tool agreed with partners", *ROWS[3][2:]]]  # newest first or last: the latest date wins
    assert sorted(t for t, *_ in out.aside) == ["2024-11-01: Scope set at the board",
                                                 "2025-02-02: Working group formed"]
    assert any("4 row(s) holding only a date and a comment" in w for w in out.warnings)


def test_a_date_column_filled_on_the_action_rows_is_no_update_log():
    """A second date on most action rows ('Start' beside 'Target'): the rows under them are no updates."""
    rows = [["A1", "01/01/2025", "Publish the handbook", "Joan Patel", "June 2025", "On track"],
            ["", "02/02/2025", "Working group formed", "", "", ""],
            ["A2", "01/03/2025", "Run quarterly audits", "Tom Birch", "March 2026", "Delayed"],
            ["", "12/03/2025", "Audit tool agreed", "", "", ""]]
    raw = RawDocument(path="x", name="x.docx", format="docx", blocks=[_table(rows)])
    assert fold_dated_updates(raw) is raw


def test_dated_rows_under_no_action_are_left_alone():
    rows = [["", "02/02/2025", "Working group formed", "", "", ""], *ROWS]
    raw = RawDocument(path="x", name="x.docx", format="docx", blocks=[_table(rows)])
    assert fold_dated_updates(raw) is raw


def test_a_tracker_with_update_rows_reads_one_action_each_end_to_end(tmp_path: Path):
    path = tmp_path / "tracker_updates.txt"
    path.write_text("\n".join(["Placement Tracker", "", "\t".join(HEADING),
                               *["\t".join(r) for r in ROWS]]) + "\n", encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [(a.action, a.lead, a.progress) for a in result.actions] == [
        (ROWS[0][2], "Joan Patel", "First draft circulated to carers"),
        (ROWS[3][2], "Tom Birch", "Audit tool agreed with partners")]
    assert {lo.text for lo in result.leftovers} >= {"2025-02-02: Working group formed",
                                                    "2024-11-01: Scope set at the board"}
    assert result.status == "ok"


def test_dated_rows_under_the_only_date_column_are_left_to_the_plan_readers():
    """'Ref | Action | Lead | Due': dated rows under the deadline column itself are the action's
    steps with their dates (milestones), no update log."""
    heading = ["Ref", "Action", "Lead", "Due"]
    rows = [heading, ["1", "Publish the handbook", "Joan Patel", ""], ["", "Draft agreed", "", "02/02/2025"],
            ["", "Handbook printed", "", "09/04/2025"]]
    table = Table(rows=[Row(cells=[Cell(text=t, col=k) for k, t in enumerate(r)], page=1, line=n)
                        for n, r in enumerate(rows)], page=1, index=1)
    raw = RawDocument(path="x", name="x.docx", format="docx", blocks=[table])
    assert fold_dated_updates(raw) is raw


def test_an_update_drawn_into_its_action_row_is_parted_by_its_capital():
    """A page's last rows drawn as one: the date in the action row's date cell, the update's comment
    the action cell's last line (opening in capitals where the wrapped action goes on in lower case)."""
    rows = [*ROWS[:3],
            ["A2", "30/04/2025", "Run quarterly audits of placement\nstability\nAudit tool agreed with partners",
             "Tom Birch", "March 2026", "Delayed"],
            ["", "01/11/2024", "Scope set at the board", "", "", ""],
            ["A3", "", "Publish a sufficiency statement", "Joan Patel", "May 2026", "On track"],
            ["", "01/12/2024", "Draft written", "", "", ""],
            ["A4", "", "Refresh the kinship care offer", "Tom Birch", "July 2026", "On track"],
            ["", "05/12/2024", "Carers consulted", "", "", ""]]
    raw = RawDocument(path="x", name="x.docx", format="docx", blocks=[_table(rows)])
    table = fold_dated_updates(raw).blocks[0]
    assert isinstance(table, Table)
    assert table.rows[2].texts() == ["A2", "Audit tool agreed with partners", "Run quarterly audits of placement\n"
                                     "stability", "Tom Birch", "March 2026", "Delayed"]
