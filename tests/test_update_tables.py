"""Progress set out in a table of its own keyed by the plan's references (normalise/updates.py): a
delivery plan prints 'Ref | Key action | Owner | Due', then under 'Where we are' a table 'Ref |
Commentary | Status | RAG' sorted by RAG and leaving some actions out. Each update row is the
position of the action with that reference; rows naming no action of the plan stay a table of
their own.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.updates import merge_update_tables

PLAN = [["Ref", "Key action", "Owner", "Due"],
        ["1.1", "Bring 50 empty homes back into use", "Joanne Goodwin", "Aug-21"],
        ["1.2", "Deliver 120 new affordable homes", "Helen Fairclough", "31.12.2021"],
        ["1.3", "Open a rough sleeper assessment hub", "Rajesh Nowak", "Mar-22"],
        ["2.1", "Publish a new sufficiency strategy", "Sam Kettering", "Jun-21"]]
UPDATE = [["Ref", "Commentary", "Status", "RAG"],
          ["1.3", "Delayed by staff vacancies; new timescale agreed.", "Delayed", "R"],
          ["1.1", "Funding confirmed; procurement under way.", "On track", "G"],
          ["2.1", "Draft out to consultation.", "In progress", "A"]]


def table(index: int, rows: list[list[str]], line: int = 1) -> Table:
    return Table(rows=[Row([Cell(t, c) for c, t in enumerate(r)], 1, line + k) for k, r in enumerate(rows)],
                 page=1, index=index)


def doc(*blocks: Paragraph | Table) -> RawDocument:
    return RawDocument(path="plan.docx", name="plan.docx", format="docx", blocks=list(blocks))


def plan_with(update: list[list[str]], plan: list[list[str]] = PLAN) -> RawDocument:
    return doc(Paragraph("Council Delivery Plan 2021/22", 1, 1, heading=True), table(1, plan),
               Paragraph("Where we are: position at 31 January 2021", 1, 20, heading=True), table(2, update, line=30))


def test_each_update_row_is_the_position_of_the_action_it_names():
    r = normalise(plan_with(UPDATE))
    got = [(a.ref, a.action, a.status, a.rag, a.progress) for a in r.actions]
    assert got == [
        ("1.1", PLAN[1][1], "in_progress", "green", "Funding confirmed; procurement under way."),
        ("1.2", PLAN[2][1], "", "", ""),  # no update row names it: no position
        ("1.3", PLAN[3][1], "delayed", "red", "Delayed by staff vacancies; new timescale agreed."),
        ("2.1", PLAN[4][1], "in_progress", "amber", "Draft out to consultation.")]
    assert any("3 of its 3 rows name actions of table 1 by their reference" in w for w in r.warnings)


def test_update_rows_naming_no_action_stay_a_table_of_their_own():
    raw = merge_update_tables(plan_with([*UPDATE, ["9.9", "A row for an action the plan does not print", "", ""]]))
    tables = [b for b in raw.blocks if isinstance(b, Table)]
    assert len(tables) == 2
    assert [[c.text for c in row.cells] for row in tables[1].rows] == \
        [UPDATE[0], ["9.9", "A row for an action the plan does not print", "", ""]]
    r = normalise(plan_with([*UPDATE, ["9.9", "A row for an action the plan does not print", "", ""]]))
    assert "A row for an action the plan does not print" in {lo.text for lo in r.leftovers} | \
        {a.action for a in r.actions} | {a.progress for a in r.actions}


@pytest.mark.parametrize("update", [
    UPDATE[:3],  # two rows: too few to say the tables are one plan
    [UPDATE[0], ["7.1", "x", "Delayed", "R"], ["7.2", "y", "On track", "G"], ["7.3", "z", "On track", "G"],
     ["1.1", "Funding confirmed.", "On track", "G"]],  # most of its references are none of the plan's
])
def test_a_table_that_names_too_few_of_the_plans_actions_is_no_update(update):
    raw = merge_update_tables(plan_with(update))
    assert [len(b.rows) for b in raw.blocks if isinstance(b, Table)] == [len(PLAN), len(update)]


def test_a_plan_that_prints_its_own_position_keeps_it():
    plan = [[*PLAN[0], "Status"], *[[*row, "Complete"] for row in PLAN[1:]]]
    raw = merge_update_tables(plan_with(UPDATE, plan))
    assert [len(b.rows) for b in raw.blocks if isinstance(b, Table)] == [len(plan), len(UPDATE)]


def test_a_word_plan_with_a_position_table_is_read_end_to_end(tmp_path: Path):
    pytest.importorskip("docx")
    import planx
    from samples.layout_render import C, Doc, Grid, Text, write_docx
    grid = [[C(t, bold=r == 0) for t in row] for r, row in enumerate(PLAN)]
    update = [[C(t, bold=r == 0) for t in row] for r, row in enumerate(UPDATE)]
    path = tmp_path / "delivery_plan.docx"
    write_docx(Doc(blocks=[Text("Council Delivery Plan 2021/22", "title"), Text("1. The delivery plan", "h1"),
                           Grid(grid), Text("2. Where we are: position at 31/01/2021", "h1"),
                           Text("Progress is reported against the action reference numbers in the plan above."),
                           Grid(update)]), path)
    result = planx.convert_file(str(path))
    assert [(a.ref, a.lead, a.status_raw, a.rag_raw) for a in result.actions] == [
        ("1.1", "Joanne Goodwin", "On track", "G"), ("1.2", "Helen Fairclough", "", ""),
        ("1.3", "Rajesh Nowak", "Delayed", "R"), ("2.1", "Sam Kettering", "In progress", "A")]
