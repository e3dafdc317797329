"""Layout text (`pdftotext -layout`) of a page holding several tables one under another, each
under its banner and its own print of the same heading line (a monitoring framework's areas for
improvement): a PDF-to-text tool sets each table's columns where that table's text falls, a few
characters left or right of the table above, so read as one table the gutters may close and the
heading's labels run together. layouttext._repeated_headings parts the page's tables where the
heading repeats under a banner, and the page is read so when that parts labels run together."""
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


# the second section's text runs right up to its milestones (one space between them): read with
# the first, no gutter parts the actions from the milestones, and the heading's labels run together
HEAD = "OBJECTIVE              Action description           PROGRESS MILESTONES          TARGET DATE      RAG"
FUSED = [
    "AREA FOR IMPROVEMENT 5: Ensure reviewing officers can monitor plans      Colin Marsden",
    "",
    HEAD,
    "IRO caseloads are      Evaluate IRO midway          (1) Protocol revised         (1) January 16   Amber",
    "within range           monitoring arrangements      (2) Guidance issued          (2) March 16",
    "IRO caseloads are      Refresh conference           (1) Posts advertised         (1) August 15    Red",
    "within range           chairing arrangements so     (2) New IROs in post         (2) April 16",
    "",
    "AREA FOR IMPROVEMENT 6: Improve educational outcomes                    Quentin Brennan",
    "",
    HEAD,
    "The Virtual School     Relaunch the ePEP system so that (1) ePEP system procured (1) April 16     G",
    "tracks attendance      pupil premium plus is linked     (2) Project plan signed  (2) May 16",
    "                       to targets in the plan           (3) Termly audit done    (3) July 16",
    "The Virtual School     Quality assure a sample of the   (1) ePEP system procured (1) 2015         Red",
    "tracks attendance      personal education plans         (2) Project plan signed  (2) 2016",
]


def test_sections_whose_heading_labels_ran_together_are_read_apart() -> None:
    """Read as one table, 'Action description PROGRESS MILESTONES' fall in one cell; read apart,
    the first section keeps its columns (the second, whose own gutter is one space, is as it was)."""
    tables = [b for b in parse_layout(FUSED).blocks if isinstance(b, Table)]
    assert len(tables) == 2
    first = tables[0]
    head = next(r for r in first.rows if any(c.text == "OBJECTIVE" for c in r.cells))
    assert [c.text for c in head.cells] == ["OBJECTIVE", "Action description", "PROGRESS MILESTONES",
                                            "TARGET DATE", "RAG"]
    actions = [" ".join(c.text.split()) for r in first.rows[first.rows.index(head) + 1:] for c in r.cells
               if c.col == 1]
    assert actions == ["Evaluate IRO midway monitoring arrangements", "Refresh conference chairing arrangements so"]


def test_sections_read_well_as_one_table_stay_one() -> None:
    """No heading label runs into the next one when the page's tables are read as one: the
    reading stands (the sections part by their banners downstream, as before)."""
    tables = [b for b in parse_layout(SECTIONS).blocks if isinstance(b, Table)]
    assert len(tables) == 1


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
