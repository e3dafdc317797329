"""An objective's own one-row table (objective | its lead | its budget) printed over its action
table: the objective of the actions below (normalise/objective_tables.py)."""
from __future__ import annotations

from pathlib import Path

import docx

import planx
from planx.extract.model import Cell, Paragraph, Row, Table
from planx.normalise.objective_tables import objective_over_actions


def _table(index: int, rows: list[list[str]]) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=c) for c, t in enumerate(row)], page=1, line=r + 1)
                       for r, row in enumerate(rows)], page=1, index=index)


HEAD = [["Aim 3.1", "Responsible director", "Funding"], ["Rivers meet good status", "K. Lund", "£4,000"]]
ACTIONS = [["No.", "Key actions", "Lead officer", "Target date"], ["3.1.1", "Survey the outfalls", "Ops", "Jul 2026"]]


def test_an_objective_table_over_an_action_table_gives_the_objective():
    head = _table(1, HEAD)
    blocks = [head, Paragraph(text="", page=1, line=3), _table(2, ACTIONS)]
    assert objective_over_actions(blocks, head) == ("Rivers meet good status",
                                                    [("Responsible director", "K. Lund", 1), ("Funding", "£4,000", 2)])


def test_an_objective_table_not_over_actions_is_left_to_the_plan_readers():
    head = _table(1, HEAD)
    assert objective_over_actions([head, Paragraph(text="Next steps", page=1, line=3)], head) is None
    rows = _table(1, [*HEAD, ["Rivers are clean", "J. Roe", "£1,000"]])  # a table of objectives: two rows
    assert objective_over_actions([rows, _table(2, ACTIONS)], rows) is None


def test_objective_tables_over_action_tables_end_to_end(tmp_path: Path):
    d = docx.Document()
    d.add_heading("Water Quality Plan 2026", 0)
    d.add_heading("Priority 1: Rivers", 1)
    for ref, objective, actions in [("1.1", "Rivers meet good ecological status", ["Survey every storm outfall",
                                                                                   "Fence the cattle crossings"]),
                                    ("1.2", "Bathing waters stay open all season", ["Publish daily water readings"])]:
        t = d.add_table(rows=2, cols=3)
        for c, text in enumerate([f"Objective {ref}", "Lead", "Budget", objective, "K. Lund", "£4,000"]):
            t.cell(c // 3, c % 3).text = text
        d.add_paragraph("")
        a = d.add_table(rows=1 + len(actions), cols=4)
        for c, text in enumerate(["Ref", "Action", "Owner", "Deadline"]):
            a.cell(0, c).text = text
        for k, action in enumerate(actions, 1):
            for c, text in enumerate([f"{ref}.{k}", action, "Field Team", "Sep 2026"]):
                a.cell(k, c).text = text
        d.add_paragraph("")
    path = tmp_path / "objectives.docx"
    d.save(str(path))
    result = planx.convert_file(str(path))
    assert [(a.objective, a.action, a.lead) for a in result.actions] == [
        ("Rivers meet good ecological status", "Survey every storm outfall", "Field Team"),
        ("Rivers meet good ecological status", "Fence the cattle crossings", "Field Team"),
        ("Bathing waters stay open all season", "Publish daily water readings", "Field Team")]
    assert "£4,000" in {lo.text for lo in result.leftovers}
