"""Layout text (`pdftotext -layout`) of a page holding several tables one under another, each
under its banner and its own print of the same heading line (a monitoring framework's areas for
improvement): a PDF-to-text tool sets each table's columns where that table's text falls, a few
characters left or right of the table above, so read as one table the gutters close and columns
run together. layouttext._repeated_headings parts the page's tables where the heading repeats."""
from __future__ import annotations

from planx.extract.layouttext import _repeated_headings, joined_headings, parse_layout
from planx.extract.model import Cell, Row, Table

SECTIONS = [
    "AREA FOR IMPROVEMENT 5: Ensure reviewing officers can monitor plans                 Colin Marsden",
    "",
    "OBJECTIVE              Action description           PROGRESS MILESTONES          TARGET DATE Status of milestone   RAG",  # noqa: E501
    "IRO caseloads are      Evaluate IRO midway          (1) Protocol revised         (1) January 16   (1) Completed     Amber",  # noqa: E501
    "within range           monitoring arrangements      (2) Guidance issued          (2) March 16     (2) Achieved",
    "IRO caseloads are      Refresh conference           (1) Posts advertised         (1) August 15    (1) Underway      Red",  # noqa: E501
    "within range           chairing arrangements so     (2) New IROs in post         (2) April 16     (2) Achieved",
    "",
    "AREA FOR IMPROVEMENT 6: Improve educational outcomes                                 Quentin Brennan",
    "",
    "OBJECTIVE              Action description           PROGRESS MILESTONES          TARGET DATE Status of milestone   RAG",  # noqa: E501
    "The Virtual School     Relaunch the ePEP system so (1) ePEP system procured        (1) April 16     (1) Completed     G",  # noqa: E501
    "tracks attendance      that pupil premium plus is  (2) Project plan signed off     (2) May 16       (2) Completed",
    "                       linked to targets           (3) Termly audit completed      (3) July 16      (3) Underway",
    "The Virtual School     Quality assure a sample of  (1) ePEP system procured        (1) 2015         (1) Complete      Red",  # noqa: E501
    "tracks attendance      personal education plans    (2) Project plan signed off     (2) 2016         (2) Completed",
]


def test_a_heading_line_printed_again_parts_the_tables_above_its_banner() -> None:
    at = _repeated_headings(SECTIONS, list(range(len(SECTIONS))))
    jumps = [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1]
    assert jumps == [8]  # (the second banner: the first heading is no repeat)


def test_each_section_keeps_its_own_columns() -> None:
    tables = [b for b in parse_layout(SECTIONS).blocks if isinstance(b, Table)]
    assert len(tables) == 2
    second = tables[1]
    head = next(r for r in second.rows if any(c.text == "Action description" for c in r.cells))
    col = next(c.col for c in head.cells if c.text == "Action description")
    actions = [" ".join(c.text.split()) for r in second.rows[second.rows.index(head) + 1:] for c in r.cells
               if c.col == col]
    # the action column's cells hold the actions alone, not the milestones beside them
    assert actions == ["Relaunch the ePEP system so that pupil premium plus is linked to targets",
                       "Quality assure a sample of personal education plans"]
    labels = [c.text for c in head.cells]
    assert "TARGET DATE" in labels and "Status of milestone" in labels


def test_a_table_whose_heading_is_printed_once_is_left_alone() -> None:
    lines = SECTIONS[:7]
    assert _repeated_headings(lines, list(range(len(lines)))) == list(range(len(lines)))


def test_a_labels_first_word_at_the_end_of_the_cell_to_its_left() -> None:
    """'TARGET DATE Status' | 'of milestone': the heading's two labels printed one space apart,
    the second's last words in its own column; 'Status' goes to them (both labels known whole)."""
    head = Row(cells=[Cell("Action", 0), Cell("TARGET DATE Status", 1), Cell("of milestone", 2)], page=1, line=1)
    body = [Row(cells=[Cell("Do it", 0), Cell("May 16", 1), Cell("Done", 2)], page=1, line=k) for k in range(2, 5)]
    table = Table(rows=[head, *body], page=1, index=1)
    joined_headings(table)
    assert [c.text for c in table.rows[0].cells] == ["Action", "TARGET DATE", "Status of milestone"]
