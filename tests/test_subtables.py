"""A heading spanning sub-columns over a table nested in each row's cell, as a PDF's rules draw it
(an audit's 'Milestones' cell holding 'Milestone | By | Status'): one cell a row, its rows the items."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.subtables import fold_subtables, nested_columns

OUTER = ["Action", "Lead officer", "Completion date", "RAG"]


def _heading(texts: list[str] = OUTER, span: str = "Milestones") -> list[Cell]:
    return [Cell(texts[0], 0), Cell(span, 1, colspan=4), Cell(texts[1], 5), Cell(texts[2], 6), Cell(texts[3], 7)]


def _outer(action: str, lead: str, due: str, rag: str, merged: bool = False) -> list[Cell]:
    return [Cell(action, 0, merged_above=merged), Cell(lead, 5, merged_above=merged),
            Cell(due, 6, merged_above=merged), Cell(rag, 7, merged_above=merged)]


def _inner(*texts: str, first: int = 1) -> list[Cell]:
    return [Cell(t, first + k) for k, t in enumerate(texts)]


def _row(cells: list[Cell], line: int) -> Row:
    return Row(sorted(cells, key=lambda c: c.col), page=1, line=line)


def _table(*rows: list[Cell]) -> Table:
    return Table([_row(r, k + 1) for k, r in enumerate(rows)], page=1, index=1)


A = ("Adopt a local enforcement plan with\nclear priority levels", "Waste and Recycling\nManager", "Jan-27", "Red")
B = ("Set up a triage rota for new enforcement complaints", "Head of Planning", "Dec-27", "Green")

# the inner headings beside the action's own cells, the steps below with the action's cells merged from above
RULED = _table(_heading(),
               [Cell("Finding 1: Planning enforcement: complaints were not triaged", 0, colspan=8)],
               _outer(*A) + _inner("Milestone", "By", "Status"),
               _outer(*A, merged=True) + _inner("Review of the first three months", "26 October\n2026", "Done"),
               _outer(*A, merged=True) + _inner("Pilot in one team", "Jan-27", "In\nprogress"),
               _outer(*B) + _inner("Milestone", "By", "Status"),
               _outer(*B, merged=True) + _inner("Staff briefed", "Aug-27", "Done"))


def test_a_spanning_heading_over_rows_that_run_on_is_one_cell_holding_a_table():
    folded = fold_subtables(RULED)
    assert folded is not None
    table, note = folded
    assert "nested" in note
    assert len(table.rows) == 4  # headings, banner, one row an action
    cell = next(c for c in table.rows[2].cells if c.col == 1)
    assert cell.colspan == 4
    assert cell.text == ("Milestone; By; Status\nReview of the first three months; 26 October 2026; Done\n"
                         "Pilot in one team; Jan-27; In progress")
    assert [c.text for c in table.rows[3].cells if c.col != 1] == list(B)


def test_the_inner_headings_under_the_row_and_a_page_break_inside_a_sub_table():
    # the action's own row leaves the span blank; the inner headings come in the next row, a column to the
    # right; the page's repeated headings cut the last sub-table in two
    table = _table(_heading(),
                   _outer(*A),
                   _outer(*A, merged=True) + _inner("Milestone", "By", "Status", first=2),
                   _outer(*A, merged=True) + _inner("Procurement completed", "Dec-26", "Done", first=2),
                   _heading(),
                   _outer(*A, merged=True) + [Cell("", 1)] + _inner("Guidance published", "Nov-27", "Done", first=2),
                   _outer(*B),
                   _outer(*B, merged=True) + _inner("Milestone", "By", "Status", first=2),
                   _outer(*B, merged=True) + _inner("Staff briefed", "Aug-27", "Not started", first=2))
    folded = fold_subtables(table)
    assert folded is not None
    rows = folded[0].rows
    assert [r.texts()[0] for r in rows] == ["Action", A[0], "Action", B[0]]
    assert rows[1].cells[1].text == ("Milestone; By; Status\nProcurement completed; Dec-26; Done\n"
                                     "Guidance published; Nov-27; Done")


def test_a_spanning_heading_over_figures_is_no_nested_table():
    # quarters under a spanning 'Progress' heading, the action's cells merged over two rows: no milestones
    table = _table(_heading(span="Progress"),
                   _outer(*A) + _inner("Q1", "Q2", "Q3"),
                   _outer(*A, merged=True) + _inner("40%", "60%", "80%"))
    assert fold_subtables(table) is None
    assert fold_subtables(_table(_outer(*A) + _inner("a", "b", "c"))) is None  # no spanning heading


def test_nested_milestones_in_a_ruled_pdf_end_to_end():
    doc = normalise(RawDocument(path="", name="d.pdf", format="pdf", blocks=[RULED]))
    assert [a.action for a in doc.actions] == [" ".join(A[0].split()), B[0]]
    first = doc.actions[0]
    assert first.area_ref == "1"
    assert [(m.milestone, m.due_date, m.status) for m in first.milestones] == [
        ("Review of the first three months", "2026-10-26", "complete"), ("Pilot in one team", "2027-01", "in_progress")]
    assert any("nested" in w for w in doc.warnings)


def test_a_headerless_column_of_nested_tables_is_the_milestones():
    rows = [[(0, "Adopt a plan", None), (1, "Milestone; By; Status\nPilot; May 2027; Done", None)],
            [(0, "Set up a rota", None), (1, "Milestone; By; Status\nBrief staff; June 2027; Done", None)]]
    assert nested_columns(rows, {0: "action"}) == {1: "milestones"}
    assert nested_columns(rows, {0: "action", 1: "progress"}) == {}
    plain = [[(0, "Adopt a plan", None), (1, "Pilot in May", None)], [(0, "Set up", None), (1, "Brief", None)]]
    assert nested_columns(plain, {0: "action"}) == {}
