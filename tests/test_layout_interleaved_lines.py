"""Layout text (as `pdftotext -layout` prints a PDF's table) where a tall cell in one column and
a wrapped cell of another column are printed on alternate lines: the tool sets each line of text
at the character row nearest its place, and two cells whose lines sit between each other's come
out interleaved. Read as printed, each wrapped line of the one column stands on a line of its own,
under a line of the other column only, and reads as a row of its own. layouttext._interleaved
reads each such pair of lines as one line of the table, on evidence: four lines or more whose
texts alternate between two sets of columns that never meet, each set going on in its own columns,
its text saying so (lower case, a line ending mid-phrase, a line filling its column, a date's
pieces). Near-misses: lines that alternate between columns but start afresh (a row per line), and
a banner across the first columns under a heading printed again on a later page."""
from __future__ import annotations

from planx.extract.layouttext import _interleaved, parse_layout
from planx.extract.model import Table

HEAD = ("Ref   Title          Description          L   Mitigating actions         Owner          Due",)
BODY = [
    "R1    Budget         Rising demand for    3   Review every placement     Ann Ray        By 12",
    "      pressure       specialist places        at its annual review                      March",
    "                     exceeds the                                                        2026",
    "                                              Agree a recovery plan      Tom Hale       By 31",
    "                     Housing Fund for",
    "                                              with the finance board                    October",
    "                     the service and",
    "                                              and its chair                             2026",
    "                     its allocation.",
    "                                              Open twenty new places     Ann Ray        By 8",
    "                                              in local schools                          May 2027",
    "R2    Staffing       Vacancies reduce     4   Run a recruitment drive    Sam Lee        June 2026",
    "                     continuity.",
]


def _rows(lines: list[str]) -> list[dict[int, str]]:
    doc = parse_layout(["Risk register", "", *lines])
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert tables
    return [{c.col: " ".join(c.text.split()) for c in r.cells if c.text.strip()} for r in tables[0].rows]


def test_a_wrapped_action_printed_between_a_tall_cells_lines_is_one_row() -> None:
    rows = _rows([*HEAD, *BODY])
    actions = [r.get(4) for r in rows[1:] if r.get(4)]
    assert actions == ["Review every placement at its annual review",
                       "Agree a recovery plan with the finance board and its chair",
                       "Open twenty new places in local schools",
                       "Run a recruitment drive"]
    agree = next(r for r in rows if r.get(4, "").startswith("Agree"))
    assert agree[5] == "Tom Hale" and agree[6] == "By 31 October 2026"


def test_the_pairs_found_are_the_interleaved_lines_only() -> None:
    lines = [*HEAD, *BODY]
    first = lines.index(BODY[3])
    assert _interleaved(lines) == [(first, first + 1), (first + 2, first + 3), (first + 4, first + 5)]


def test_lines_alternating_between_columns_that_start_afresh_stay_rows() -> None:
    """A plan whose rows of one column alternate with rows of another (a milestone under each
    month, an owner's row between): no line goes on from the line two above, nothing is paired."""
    lines = [
        "Month       Milestone              Owner",
        "January     Kickoff meeting",
        "                                   Board",
        "February    Build the portal",
        "                                   Digital team",
        "March       Test with users",
        "                                   Research team",
    ]
    assert _interleaved(lines) == []


def test_figures_stacked_in_alternate_lines_are_no_wrapped_cell() -> None:
    lines = [
        "Ref   Indicator                      2024    2025",
        "1     Households in temporary",
        "                                     120     140",
        "      accommodation",
        "                                     95      90",
        "      at the year end",
    ]
    assert _interleaved(lines) == []


def test_a_banner_under_a_repeated_heading_keeps_its_words_together() -> None:
    """An action log over two pages, its heading printed again atop the second, and a meeting's
    banner ('Meeting of 21 November 2023') across the first columns there: one cell, the banner of
    the rows under it, not its words cut at the columns the repeated heading keeps."""
    head = "Ref        Raised        Action                                    Owner   Due"
    page1 = [
        head,
        "Meeting of 25 October 2023",
        "A45        25/10/2023    Agree a date for the joint practice week  HC      16/11/23",
        "A46        25/10/2023    Agree the data set for the corporate      HM      9/1/24",
        "                         parenting panel",
    ]
    page2 = [
        "\f" + head,
        "A52        25/10/2023    Produce a summary of the focused visit    HM      19/11/23",
        "Meeting of 21 November 2023",
        "A53        21/11/2023    Report the outcome of the interview       HC      Jan 24",
        "                         audit",
        "A54        21/11/2023    Provide a breakdown of timeliness         MH      Jan 24",
    ]
    doc = parse_layout(["Action log", "", *page1, *page2])
    cells = [" ".join(c.text.split()) for b in doc.blocks if isinstance(b, Table) for r in b.rows for c in r.cells]
    assert "Meeting of 21 November 2023" in cells
    assert "21 November" not in cells
