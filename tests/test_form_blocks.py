"""A two-column 'label | value' form, one per priority, printed around a grid nested in it (the
'Action | Measure of Fidelity of Implementation' table of a school improvement plan, LWSD 2025-26
shape, holdout29): the form's labels recur once per form across the document, so a table of them
is a form, never more rows of the grid printed before it; the grid's own rows, going on after the
form's rows at a page break, are still read under its headings."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise

_LABELS = ["Strategy to Engage Students, Families, Parents and Community Members", "Timeline for Focus",
           "Method(s) to Monitor Progress"]


def _table(rows: list[list[str | Cell]], page: int, index: int) -> Table:
    out = [Row([t if isinstance(t, Cell) else Cell(t, k) for k, t in enumerate(texts)], page=page, line=r + 1)
           for r, texts in enumerate(rows)]
    return Table(out, page=page, index=index)


def _priority(n: int, first: int, page: int, subject: str) -> list[Table]:
    season = "Fall" if n % 2 else "Winter"  # the values of a field differ form by form
    form = _table([[Cell(f"Priority #{n}", 0, colspan=2)],
                   ["Priority Area", f"{subject} for every student"],
                   ["Focus Grade Level(s) and/or Student Group(s)", f"{subject} students in grades 9-12"],
                   ["Desired Outcome", f"More students pass {subject.lower()} by June 2026."],
                   ["Strategy to Address Priority", "Action Measure of Fidelity of Implementation Teachers plan "
                    f"{subject.lower()} lessons together each week Meeting notes"]],
                  page, first)
    grid = _table([["Action", "Measure of Fidelity of Implementation"],
                   [f"Teachers plan {subject.lower()} lessons together each week", "Meeting notes"],
                   [f"Counselors review {subject.lower()} grades with each student", "Grade reports"]],
                  page, first + 1)
    rest = _table([["", f"Families invited to a {subject.lower()} night"],
                   [_LABELS[0], f"Newsletter articles on {subject.lower()}"],
                   [_LABELS[1], f"{season}, 2025 - Spring, 2026"],
                   [_LABELS[2], f"Semester {subject.lower()} grades reviewed by the leadership team"]],
                  page + 1, first + 2)
    more = _table([[f"Families invited to a {subject.lower()} night",
                    "Attendance sheets"]], page + 1, first + 3)
    return [form, grid, rest, more]


def _plan() -> RawDocument:
    blocks: list = []
    for n, subject in enumerate(["Mathematics", "Reading", "Science"], start=1):
        blocks += _priority(n, 4 * n - 3, 2 * n - 1, subject)
    return RawDocument(path="", name="sip.pdf", format="pdf", blocks=blocks)


def test_a_form_per_priority_is_never_rows_of_the_grid_before_it():
    r = normalise(_plan())
    actions = [a.action for a in r.actions]
    assert len(actions) == 9, actions
    assert not any(a.startswith(label) for a in actions
                   for label in _LABELS + ["Priority Area", "Desired Outcome", "Focus Grade"]), actions
    assert "Families invited to a reading night" in actions  # the grid goes on after the form's rows
    assert any("recur once per form" in w for w in r.warnings), r.warnings
    # nothing lost: the form's labels and values stay in leftovers
    assert any("Timeline for Focus" in left.text for left in r.leftovers)


def test_labels_seen_in_fewer_forms_are_not_enough():
    """Two-column rows that come back in two tables only do not make a form; nor do rows copied
    into three grids with the same value each time (a grid's rows, not a form's fields)."""
    blocks = _priority(1, 1, 1, "Mathematics") + _priority(2, 5, 3, "Reading")
    r = normalise(RawDocument(path="", name="sip.pdf", format="pdf", blocks=blocks))
    assert not any("recur once per form" in w for w in r.warnings)


def test_rows_repeated_with_the_same_values_are_no_form_labels():
    blocks = []
    for n, subject in enumerate(["Mathematics", "Reading", "Science"], start=1):
        tables = _priority(n, 4 * n - 3, 2 * n - 1, subject)
        grid = tables[1]
        # the same two rows in every grid, the same values: a shared practice, not a form
        grid.rows += [Row([Cell("MTSS team monthly meetings", 0), Cell("Monthly referral data", 1)], page=grid.page,
                          line=9),
                      Row([Cell("Bi-weekly team meetings", 0), Cell("Meeting notes", 1)], page=grid.page, line=10)]
        blocks += [tables[0], tables[2], grid]  # the grid after the form, under its own headings
    r = normalise(RawDocument(path="", name="sip.pdf", format="pdf", blocks=blocks))
    assert sum(a.action == "MTSS team monthly meetings" for a in r.actions) == 3




def test_a_label_merged_down_beside_the_grid_is_no_new_form_row():
    """The form and its grid in one table (LWSD p28-29): 'Strategy to Address Priority' merged down
    beside the grid's rows; a grid row with no measure yet has two cells, the merged label and its
    action: the action is the grid's, not a form row. A label printed in its own row is the form's."""
    from planx.normalise.structure import Walker
    raw = _plan()
    walker = Walker(raw)
    table = raw.blocks[0]
    walker._form_tables.add(table.index)
    action = Cell("Create space in class for science projects", 1)
    assert not walker.form_label_row(table, [Cell("Strategy to Address Priority", 0, merged_above=True), action])
    assert walker.form_label_row(table, [Cell("Timeline for Focus", 0), Cell("Winter, 2025 - Spring, 2026", 1)])
