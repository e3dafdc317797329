"""A progress report keyed by reference joins the plan's actions (normalise/joins.py): the shapes it
joins, and the ones it must leave alone (a stray row, a reference naming two actions, a row that
contradicts its action, rows of the plan's own table)."""
from __future__ import annotations

from planx.normalise.joins import join_by_ref
from planx.normalise.records import Action


def plan(*refs: str, table: int = 1) -> list[Action]:
    return [Action(ref=r, action=f"Deliver item {r}", lead="Head of Service", table=table) for r in refs]


def report(*rows: tuple[str, str, str], table: int = 2) -> list[Action]:
    return [Action(ref=r, status_raw=s, status="in_progress" if s == "On track" else "delayed", rag_raw=g,
                   progress=f"Update on {r}", table=table) for r, s, g in rows]


def test_a_report_keyed_by_reference_fills_its_actions():
    actions = plan("A1", "A2", "A3") + report(("A1", "On track", "Green"), ("A2", "Delayed", "Red"),
                                              ("a3.", "On track", "Amber"))
    joined = join_by_ref(actions)
    assert len(joined) == 3
    assert [(a.status_raw, a.rag_raw, a.progress) for a in joined] == [
        ("On track", "Green", "Update on A1"), ("Delayed", "Red", "Update on A2"),
        ("On track", "Amber", "Update on a3.")]
    assert all(a.lead == "Head of Service" for a in joined)  # what the action said stays


def test_a_single_stray_row_is_not_joined():
    actions = plan("A1", "A2") + report(("A1", "On track", "Green"))
    assert len(join_by_ref(actions)) == 3


def test_a_table_most_of_whose_references_name_nothing_is_not_joined():
    actions = plan("A1", "A2") + report(("A1", "On track", "Green"), ("A2", "On track", "Green"),
                                        ("B7", "Delayed", "Red"), ("B8", "Delayed", "Red"))
    assert len(join_by_ref(actions)) == 6


def test_a_reference_naming_two_actions_is_not_joined():
    actions = plan("1", "1", "2") + report(("1", "On track", "Green"), ("2", "Delayed", "Red"))
    joined = join_by_ref(actions)
    assert len(joined) == 5 and not any(a.status_raw for a in joined if a.action)


def test_a_row_that_contradicts_its_action_is_not_joined():
    rows = [("A1", "On track", "Green"), ("A2", "Delayed", "Red"), ("A3", "Delayed", "Red"), ("A4", "Delayed", "Red"),
            ("A5", "Delayed", "Red")]
    actions = plan("A1", "A2", "A3", "A4", "A5") + report(*rows)
    actions[0].status_raw, actions[0].status = "Complete", "complete"
    joined = join_by_ref(actions)
    assert actions[0].status_raw == "Complete" and actions[0].progress == ""
    assert actions[1].progress == "Update on A2"
    assert len(joined) == 6  # A2-A5 joined (four of five rows), A1's report row left to be kept aside


def test_rows_of_the_plans_own_table_are_not_joined():
    actions = plan("A1", "A2") + report(("A1", "On track", "Green"), ("A2", "Delayed", "Red"), table=1)
    assert len(join_by_ref(actions)) == 4
