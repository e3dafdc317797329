"""Layout text (`pdftotext -layout`) of a table whose rows are printed with no blank line between
them: a new row starts where a column's text starts again at the column's left edge while the
line's other cells start afresh too (a capitalised word, a new date, a name), not where a wrapped
cell goes on in lower case or a cell's numbered list goes on ('(2) …'). layouttext._row_starts
gives such a line a line's room above it, so the table finder parts the rows."""
from __future__ import annotations

from planx.extract.layouttext import _row_starts, parse_layout
from planx.extract.model import Table

# the shape of a monitoring framework printed by pdftotext -layout (its rows run on, no blank line)
RUN_ON = [
    "Objective              Outcomes                   Actions                      Progress milestones              Target date   Status          RAG",  # noqa: E501
    "The Children in Care   Children receive a written Undertake a review of       (1) Briefings for staff          July -14      InProgress      G",  # noqa: E501
    "Council influences     record of their review in  letters to children after   delivered",
    "service development    plain language             reviews so that every child",
    "                                                  is offered an advocate",
    "                       More children contribute   Recruit and train ten new    (1) Recruitment campaign run     (1) May 13    (1) Delayed     A",  # noqa: E501
    "                       to their reviews           independent visitors         (2) Draft shared with staff      (2) June 13   (2) Complete -",  # noqa: E501
    "                                                                               (3) App launched                 (3) Aug 13    ongoing monthly",  # noqa: E501
    "                                                  Roll out the Mind of My Own  (1) Pilot in two teams           (1) Feb 2013  Underway        Red",  # noqa: E501
    "                                                  app so that every child is   (2) Dip sample audit             (2) Jul 2013",  # noqa: E501
    "                                                  offered an advocate",
]


def test_rows_run_together_are_parted_where_a_column_starts_again() -> None:
    at = _row_starts(RUN_ON, list(range(len(RUN_ON))))
    gaps = [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1]
    # the first row parts from the heading line; rows start at 'More children …' and 'Roll out …',
    # not at '(3) App launched' (a list going on) nor at a wrapped cell's next line
    assert gaps == [1, 5, 8]


def test_run_on_rows_read_as_three_actions() -> None:
    doc = parse_layout(RUN_ON)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    actions = [" ".join(c.text.split()) for r in table.rows for c in r.cells if c.col == 2]
    assert actions[0] == "Actions"
    assert [a.split()[0] for a in actions[1:]] == ["Undertake", "Recruit", "Roll"]


def test_a_wrapped_line_in_capitals_is_no_row() -> None:
    """A wrapped cell whose next line starts with a capital ('Questionnaire process') beside a
    list going on ('2. Tracking report', '3. 28/10/2012') is the row's next line."""
    lines = [
        "Action                   Milestones                    Due            Status          RAG",
        "Review the Strengths     1. Task and finish group      1. Jul-12      1. Completed    Red",
        "Questionnaire process    2. Tracking report in place   2. 28/10/2012  2. Underway     Amber",
        "Embed the core group     1. Learning shared            1. 30/11/2012  1. In Progress  Green",
        "guidance                 with managers",
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [1, 3]
