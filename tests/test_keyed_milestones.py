"""Milestones in a numbered table of their own, each row keyed to its action by the action's
reference (normalise/keyedmilestones.py): a plan prints one table of actions per area, then
'No. | Action ref | Milestone | Due | Status'. Each keyed row is a milestone of the action it names;
rows naming no action stay a table of their own."""
from __future__ import annotations

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.keyedmilestones import merge_keyed_milestones

AREA_A = [["Ref", "Action", "Lead", "Due", "RAG"],
          ["A1", "Open a youth hub in the town centre", "Priya Shah", "Mar 2027", "Green"],
          ["A2", "Train staff in restorative practice", "Tom Ellery", "Dec 2026", "Amber"]]
AREA_B = [["Ref", "Action", "Lead", "Due", "RAG"],
          ["B1", "Publish a short breaks statement", "Dana Lowe", "Jun 2026", "Red"]]
KEYED = [["No.", "Action ref", "Milestone", "Due date", "Status"],
         ["1", "A1", "Premises lease signed", "Oct 2025", "Complete"],
         ["2", "A1", "Hub opened to young people", "Feb 2027", "Not started"],
         ["3", "A2", "First cohort trained", "May 2026", "In progress"],
         ["4", "B1", "Draft statement consulted on", "Jan 2026", "Overdue"]]


def table(index: int, rows: list[list[str]], line: int = 1) -> Table:
    return Table(rows=[Row([Cell(t, c) for c, t in enumerate(r)], 1, line + k) for k, r in enumerate(rows)],
                 page=1, index=index)


def doc(keyed: list[list[str]]) -> RawDocument:
    return RawDocument(path="plan.docx", name="plan.docx", format="docx", blocks=[
        Paragraph("Youth Offer Delivery Plan", 1, 1, heading=True),
        Paragraph("1. Places to go", 1, 2, heading=True), table(1, AREA_A, 3),
        Paragraph("2. Support", 1, 10, heading=True), table(2, AREA_B, 11),
        Paragraph("Milestones", 1, 20, heading=True), table(3, keyed, 21)])


def test_each_keyed_row_is_a_milestone_of_the_action_it_names():
    r = normalise(doc(KEYED))
    assert [a.action for a in r.actions] == [AREA_A[1][1], AREA_A[2][1], AREA_B[1][1]]
    got = {a.ref: [(m.milestone, m.due_date, m.status) for m in a.milestones] for a in r.actions}
    assert got == {"A1": [("Premises lease signed", "2025-10", "complete"),
                          ("Hub opened to young people", "2027-02", "not_started")],
                   "A2": [("First cohort trained", "2026-05", "in_progress")],
                   "B1": [("Draft statement consulted on", "2026-01", "delayed")]}
    assert any("4 milestone row(s) name actions of tables 1, 2" in w for w in r.warnings)


def test_headings_in_another_order_and_words_still_key_the_rows():
    # the running number headed 'Milestone', the key column headed 'For action', the words 'Description'
    keyed = [["Milestone", "For action", "Description", "Target", "Status"], *[r for r in KEYED[1:]]]
    got = {a.ref: len(a.milestones) for a in normalise(doc(keyed)).actions}
    assert got == {"A1": 2, "A2": 1, "B1": 1}


def test_rows_naming_no_action_stay_a_table_of_their_own():
    raw = merge_keyed_milestones(doc([*KEYED, ["5", "Z9", "A milestone of no printed action", "Jul 2026", "Done"]]))
    tables = [b for b in raw.blocks if isinstance(b, Table)]
    assert len(tables) == 3
    assert [[c.text for c in row.cells] for row in tables[2].rows][1:] == \
        [["5", "Z9", "A milestone of no printed action", "Jul 2026", "Done"]]


def test_a_table_without_a_milestones_heading_is_left_alone():
    # an update table keyed to the actions ('Ref | Commentary | Date | Status') is no milestone list
    keyed = [["No.", "Ref", "Commentary", "Date", "Status"], *KEYED[1:]]
    raw = doc(keyed)
    assert merge_keyed_milestones(raw) is raw


def test_too_few_keyed_rows_are_left_alone():
    raw = doc(KEYED[:3])
    assert merge_keyed_milestones(raw) is raw
