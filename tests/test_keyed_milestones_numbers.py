"""A keyed milestone table's running numbers (normalise/keyedmilestones.py) are kept: each milestone's
`ref` as printed in milestones.csv's extra `ref` column (docs/CONTRACT.md), nothing silently lost."""
from __future__ import annotations

from test_keyed_milestones import AREA_A, AREA_B, KEYED, doc

from planx.load.schema import columns, row_tuples, rows
from planx.normalise import normalise
from planx.normalise.actions import nested_table
from planx.normalise.records import DocResult


def test_each_milestone_keeps_its_running_number_as_its_ref():
    r = normalise(doc(KEYED))
    got = {a.ref: [(m.ref, m.milestone) for m in a.milestones] for a in r.actions}
    assert got == {"A1": [("1", "Premises lease signed"), ("2", "Hub opened to young people")],
                   "A2": [("3", "First cohort trained")], "B1": [("4", "Draft statement consulted on")]}
    assert any("running numbers under 'No.' kept as their ref" in w for w in r.warnings)
    assert not any("dropped" in w for w in r.warnings)


def test_a_number_headed_milestone_is_still_the_ref_and_the_words_the_milestone():
    keyed = [["Milestone", "For action", "Description", "Target", "Status"], *KEYED[1:]]
    r = normalise(doc(keyed))
    assert [(m.ref, m.milestone) for m in r.actions[0].milestones] == \
        [("1", "Premises lease signed"), ("2", "Hub opened to young people")]


def test_a_table_without_running_numbers_gives_no_ref():
    keyed = [row[1:] for row in KEYED]
    r = normalise(doc(keyed))
    assert [m.ref for a in r.actions for m in a.milestones] == ["", "", "", ""]
    assert [a.action for a in r.actions] == [AREA_A[1][1], AREA_A[2][1], AREA_B[1][1]]


def test_a_nested_table_s_number_column_is_the_milestones_ref():
    assert nested_table("No.; Milestone; Due\n1; Survey completed; Oct 2025\n; Homes let; Mar 2026") == [
        {"ref": "1", "milestone": "Survey completed", "due": "Oct 2025"},
        {"ref": "", "milestone": "Homes let", "due": "Mar 2026"}]


def test_the_ref_is_a_column_of_the_milestones_table():
    r = normalise(doc(KEYED))
    result = DocResult(doc="plan.docx", doc_id="0" * 16, format="docx", actions=r.actions)
    assert [m["ref"] for m in rows(result)["milestones"]] == ["1", "2", "3", "4"]
    at = columns("milestones").index("ref")
    assert [t[at] for t in row_tuples(result)["milestones"]] == ["1", "2", "3", "4"]
