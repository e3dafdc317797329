"""Lines inside one action's cell, or rows the PDF reader cut from one: a line that is a whole task
with its own verb is an action of its own; a wrapped fragment goes on with the action above.

Shapes (in our own words): a governing board's action log whose 'ITEM | | BY WHOM | BY WHEN' row
prints two tasks one under the other in one cell ('Finance Policy to be added to the FGB agenda' /
'Teacher's Pay Policy to be added to the FGB agenda') beside one name and one date; a school's pupil
premium statement whose 'Activity' cell wraps over rows the reader cut apart ('CPD for ECT's and named
staff' / 'including teacher assistants in maths' / 'e.g. Mastering Number')."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.row_cells import _whole_clause


def table(rows: list[list[str]], page: int = 2, index: int = 1) -> Table:
    return Table(index=index, page=page, rows=[Row([Cell(text=t, col=c) for c, t in enumerate(r) if t or c == 0],
                                                   page, i + 1) for i, r in enumerate(rows)])


def test_two_whole_tasks_in_one_cell_are_two_actions_sharing_the_row() -> None:
    log = [["Ref", "Action", "By whom", "By when"],
           ["38/2122", "Signed minutes to the Headteacher for file and to the website", "Clerk", "asap"],
           ["48/2122", "Finance Policy to be added to the FGB agenda\n"
                       "Teacher’s Pay Policy to be added to the FGB agenda", "Clerk", "asap"],
           ["41d/2122", "Amend the SFVS as agreed and obtain the Chair’s signature before\nsubmission",
            "Kay Dicken", "01/03/2022"],
           ["50/2122", "Review the pupil premium strategy for\nNext Year at the summer meeting", "Head",
            "01/06/2022"]]
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[table(log)]))
    got = [(a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [
        ("Signed minutes to the Headteacher for file and to the website", "Clerk", "asap"),
        ("Finance Policy to be added to the FGB agenda", "Clerk", "asap"),
        ("Teacher’s Pay Policy to be added to the FGB agenda", "Clerk", "asap"),
        ("Amend the SFVS as agreed and obtain the Chair’s signature before submission", "Kay Dicken", "01/03/2022"),
        ("Review the pupil premium strategy for Next Year at the summer meeting", "Head", "01/06/2022")]
    assert _whole_clause("Finance Policy to be added to the FGB agenda")
    assert not _whole_clause("Staff CPD - Tom Sherrington")
    assert not _whole_clause("including teacher assistants in maths")


def test_wrapped_lines_cut_into_rows_go_on_with_the_action_above() -> None:
    rows = [["Activity", "Evidence that supports this approach", "Challenge number(s) addressed"],
            ["Targeted small group booster sessions in maths", "EEF – Recommendation 2", "1, 2, 3"],
            ["CPD for ECT’s and named staff", "EEF – Effective Professional Development", "1, 2, 3, 4, 6"],
            ["including teacher assistants in maths", "", ""],
            ["e.g. Mastering Number", "High quality teaching improves pupil outcomes.", ""],
            ["Lunchtime Club to support pupils to have happy lunchtimes", "EEF Improving behaviour", "5, 6"]]
    result = normalise(RawDocument("p.pdf", "p.pdf", "pdf", blocks=[table(rows)]))
    assert [a.action for a in result.actions] == [
        "Targeted small group booster sessions in maths",
        "CPD for ECT’s and named staff including teacher assistants in maths e.g. Mastering Number",
        "Lunchtime Club to support pupils to have happy lunchtimes"]


def test_a_plans_row_with_two_task_lines_stays_one_action() -> None:
    # a plan's row (its outcome and measure beside the action) is one action however many lines its
    # action cell has: the contract's one action per logical row; only an action log splits
    plan = [["Action", "Outcome", "Measure", "Lead"],
            ["Recommission the return home interview service\nRefresh the missing and exploitation panel",
             "Interviews are offered within 72 hours", "Repeat missing episodes", "Service Manager"]]
    result = normalise(RawDocument("p.pdf", "p.pdf", "pdf", blocks=[table(plan)]))
    assert [a.action for a in result.actions] == [
        "Recommission the return home interview service Refresh the missing and exploitation panel"]
