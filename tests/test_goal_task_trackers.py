"""A tracker listing each goal's tasks under it: the goal's cells merged down over its task rows, each task
with its own status (normalise/choose.parent_beside_steps, walker_data_rows.own_step_values), and an
overview table listing the goals in brief (normalise/recaps.drop_summary_rows). Synthetic rows only."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.choose import parent_beside_steps
from planx.normalise.columns import ColumnProfile
from planx.normalise.headers import Column
from planx.normalise.walker_data_rows import own_step_values

HEAD = ["Goal ID", "Status", "Goal Statement", "Owner", "T#", "Task", "Task Status"]
GOALS = [
    ("S1.25.G1", "In Progress", "Develop and adopt a written fleet replacement plan covering every engine by year end.",
     "Ann Lee", [("Survey the condition of all engines", "Complete"),
                 ("Draft the replacement schedule for review", "Not Started"),
                 ("Present the plan to the board for adoption", "Not Started")]),
    ("S1.25.G2", "Not Started", "Establish a peer support programme for all crews with trained volunteers in place.",
     "Raj Patel", [("Recruit volunteers from each station", "Not Started"),
                   ("Train the volunteers in peer support", "Not Started")]),
    ("S2.26.G1", "Complete", "Complete the annual compliance review and file the report with the state office.",
     "TBD", [("Gather the records for every standard", "Complete"),
             ("Assess the gaps against each standard", "Complete"),
             ("File the report with the state office", "Complete")]),
]
MERGED_COLS = (0, 1, 2, 3)  # the goal's cells, merged down over its tasks


def tracker(index: int = 2) -> Table:
    """The goals' cells merged down over their task rows, as a spreadsheet reader gives them: the
    merge's first cell spans the rows, the rows under it repeat its text marked merged_above."""
    rows = [Row([Cell(t, k) for k, t in enumerate(HEAD)], page=index, line=1)]
    for ref, status, goal, owner, tasks in GOALS:
        for i, (task, task_status) in enumerate(tasks):
            goal_cells = [ref, status, goal, owner]
            cells = [Cell(t, k, rowspan=len(tasks) if i == 0 else 1, merged_above=i > 0)
                     for k, t in enumerate(goal_cells)]
            cells += [Cell(f"T{i + 1}", 4), Cell(task, 5), Cell(task_status, 6)]
            rows.append(Row(cells, page=index, line=len(rows) + 1))
    return Table(rows, page=index, index=index)


def overview(index: int = 1) -> Table:
    rows = [Row([Cell(t, k) for k, t in enumerate(["Goal ID", "Goal Statement", "Owner", "Status"])],
                page=index, line=1)]
    for ref, status, goal, owner, _ in GOALS:
        rows.append(Row([Cell(t, k) for k, t in enumerate([ref, goal, owner, status])], page=index,
                        line=len(rows) + 1))
    return Table(rows, page=index, index=index)


def convert(*tables: Table):
    return normalise(RawDocument(path="", name="d.xlsx", format="xlsx", blocks=list(tables)))


def test_goals_merged_over_their_tasks_are_the_actions_and_the_tasks_their_milestones():
    result = convert(tracker())
    assert [a.action for a in result.actions] == [g[2] for g in GOALS]
    first = result.actions[0]
    assert first.status_raw == "In Progress"  # the goal's own status, not its first task's
    assert [m.milestone for m in first.milestones] == [t for t, _ in GOALS[0][4]]
    assert [m.status_raw for m in first.milestones] == ["Complete", "Not Started", "Not Started"]
    assert [len(a.milestones) for a in result.actions] == [3, 2, 3]


def test_an_overview_listing_the_goals_in_brief_adds_no_actions():
    result = convert(overview(1), tracker(2))
    assert len(result.actions) == 3
    assert all(a.milestones for a in result.actions)


def _column(col: int, field: str, label: str) -> Column:
    return Column(col, 1, field, label, "", 1.0, "heading")


def test_the_rule_needs_a_column_printed_once_over_the_rows_that_reads_as_things_to_do():
    columns = [_column(0, "action", "Task"), _column(1, "", "Goal Statement")]
    rows = 8
    once = {0: ColumnProfile(cells=8, action=0.9, words=8.0), 1: ColumnProfile(cells=3, action=1.0, words=14.0)}
    choice = parent_beside_steps(columns, once, rows)
    assert choice is not None and choice.fields == {1: "action", 0: "milestones"}
    # a note on every row (its own cell each row) is no parent
    every = {0: ColumnProfile(cells=8, action=0.9, words=8.0), 1: ColumnProfile(cells=8, action=1.0, words=14.0)}
    assert parent_beside_steps(columns, every, rows) is None
    # a column printed once that reads as topics, not things to do, is no parent here
    topic = {0: ColumnProfile(cells=8, action=0.9, words=8.0), 1: ColumnProfile(cells=3, action=0.0, words=6.0)}
    assert parent_beside_steps(columns, topic, rows) is None


def test_an_objective_printed_once_over_actions_stays_the_objective_without_a_status_of_its_own():
    columns = [_column(0, "objective", "Objective"), _column(1, "action", "Action"), _column(2, "lead", "Lead")]
    profiles = {0: ColumnProfile(cells=3, action=1.0, words=12.0), 1: ColumnProfile(cells=8, action=0.9, words=8.0),
                2: ColumnProfile(cells=8, person=1.0, words=2.0)}
    assert parent_beside_steps(columns, profiles, 8) is None


def test_a_rows_own_status_beside_the_actions_merged_one_is_its_steps():
    values = {"status": ["On track", "Done"]}
    assert own_step_values({"status": [("On track", True), ("Done", False)]}, set(), values) == {"status": "Done"}
    assert values == {"status": ["On track"]}
    values = {"status": ["Done"]}  # a row under the merge: the action's cell continues above
    assert own_step_values({"status": [("Done", False)]}, {"status"}, values) == {"status": "Done"}
    assert values == {}
    values = {"status": ["Done"]}  # a status given once, on its own row: the row's, as before
    assert own_step_values({"status": [("Done", False)]}, set(), values) == {}
    assert values == {"status": ["Done"]}


def test_a_column_headed_by_a_dated_line_is_no_parent_beside_the_steps():
    # a text file's header row that took in the document's dated name over a blank-headed column of areas
    columns = [_column(0, "", "Our Plan for 2025-26"), _column(1, "action", "What we will do")]
    profiles = {0: ColumnProfile(cells=3, action=1.0, words=6.0), 1: ColumnProfile(cells=8, action=0.9, words=10.0)}
    assert parent_beside_steps(columns, profiles, 8) is None
