"""Plain-text plans laid out in columns by spaces whose heading labels stand one space apart
('Lead officer Target date', or a long label that fills its column up to one space before the
next): the columns are where the body's lines start their cells after a gutter, so the heading
is cut there too (layouttext._narrow_gutters, over all the rows of a table parted by blank
lines; heading_by_order keeps those cuts). A heading printed right over the first row, with no
blank line between them, keeps that row a row of its own (_first_rows_under_headings). A label
of two words over no gutter of the body, or one label over several columns of sub-headings,
stays whole. The plans are generated here, column by column."""
from __future__ import annotations

import re
import textwrap

import pytest

from planx.extract.layouttext import _labels_at, parse_layout
from planx.extract.model import Table

ROWS = [
    ["B1", "Recruit two more reviewing officers so that every child has a timely review", "Kim Osei",
     "Apr 2026", "Green", "One post filled; the second advertised again in the spring"],
    ["B2", "Refresh the sufficiency strategy", "Lee Marsh", "Jul 2026", "Amber", ""],
    ["B3", "Run a survey of care leavers on their housing and publish the results", "Ola Grant",
     "Oct 2026", "Red", "Survey drafted with the care leavers' forum and due to go out after the summer holidays"],
    ["B4", "Agree a transitions protocol with adult services", "", "Jan 2027", "Green", "Agreed"],
]


def _plan(headings: list[str], widths: list[int], *, rows: list[list[str]] = ROWS, row_blank: bool = True,
          head_blank: bool = False) -> list[str]:
    """A plan's lines: a title, then the table, each cell's text wrapped within its column (two
    spaces short of the next); a heading label 'a/b' is printed over two lines."""
    lines = ["Looked After Children Service Plan", "", ""]
    split = [h.split("/") for h in headings]
    for i in range(max(len(h) for h in split)):
        cells = [(h[i] if i < len(h) else "").ljust(w) for h, w in zip(split, widths, strict=True)]
        lines.append("".join(cells).rstrip())
    if head_blank:
        lines.append("")
    for row in rows:
        wrapped = [textwrap.wrap(text, w - 2) or [""] for text, w in zip(row, widths, strict=True)]
        for i in range(max(len(x) for x in wrapped)):
            lines.append("".join((x[i] if i < len(x) else "").ljust(w)
                                 for x, w in zip(wrapped, widths, strict=True)).rstrip())
        if row_blank:
            lines.append("")
    return lines


def _rows(lines: list[str]) -> list[list[str]]:
    tables = [b for b in parse_layout(lines).blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return [[" ".join(c.text.split()) for c in sorted(r.cells, key=lambda c: c.col)] for r in tables[0].rows]


def _heading_and_body(rows: list[list[str]], labels: list[str]) -> None:
    assert rows[0] == labels
    assert len(rows) == 1 + len(ROWS)
    for got, want in zip(rows[1:], ROWS, strict=True):
        assert got == want


# each label one space before the next where its text fills its column, or two words of a label
# one space before the next label
ONE_SPACE = [
    (["Ref", "Improvement action", "Lead officer", "Target date", "RAG status", "Progress"], [5, 42, 13, 12, 11, 44]),
    (["Ref", "Improvement action", "Accountable", "Milestone", "Status", "Update"], [5, 42, 12, 10, 7, 44]),
    (["Reference", "Improvement action", "Lead", "Due", "Status", "Update"], [10, 42, 12, 10, 7, 44]),
    (["Ref", "Improvement action", "Responsible officer", "Due date", "RAG", "Progress update"],
     [5, 42, 20, 10, 7, 44]),
    # (every label but one one space from the next: the line is two runs of words, each cut at the
    # rows' columns; a one-word label may end in a full stop)
    (["Ref", "Improvement action", "Accountable", "Milestone", "Status", "Update"], [4, 42, 12, 10, 7, 44]),
    (["No.", "Improvement action", "Accountable", "Milestone", "Status", "Update"], [4, 42, 12, 10, 7, 44]),
]


@pytest.mark.parametrize("row_blank", [True, False])
@pytest.mark.parametrize(("labels", "widths"), ONE_SPACE)
def test_labels_one_space_apart_are_cut_where_the_rows_columns_start(labels, widths, row_blank) -> None:
    lines = _plan(labels, widths, row_blank=row_blank)
    # (the shape under test: two labels one space apart)
    assert any(f"{x} {y}" in lines[3] for x, y in zip(labels, labels[1:], strict=False))
    _heading_and_body(_rows(lines), labels)


@pytest.mark.parametrize("head_blank", [True, False])
def test_labels_over_two_lines_one_space_apart(head_blank) -> None:
    labels = ["Ref", "Improvement action", "Responsible/officer", "Target date", "RAG status", "Progress/update"]
    lines = _plan(labels, [5, 42, 12, 12, 11, 44], head_blank=head_blank)
    assert any("Responsible Target date RAG status" in ln for ln in lines)
    _heading_and_body(_rows(lines), [t.replace("/", " ") for t in labels])


@pytest.mark.parametrize("row_blank", [True, False])
def test_a_headings_next_line_one_space_apart_under_its_labels(row_blank) -> None:
    """'officer completion status' under 'Lead  Target  RAG': the heading's second line has its
    words one space apart, each under its label and where the rows' columns start."""
    labels = ["Ref", "Improvement action", "Lead/officer", "Target/completion", "RAG/status", "Progress"]
    lines = _plan(labels, [5, 42, 8, 11, 7, 44], row_blank=row_blank)
    assert "officer completion status" in lines[4]
    rows = _rows(lines)
    assert rows[0] == [t.replace("/", " ") for t in labels]
    assert rows[1][3:5] == ["Apr 2026", "Green"]


@pytest.mark.parametrize("head_blank", [True, False])
def test_first_row_right_under_the_heading_stays_a_row(head_blank) -> None:
    """Rows parted by blank lines, the heading printed right over the first row: that row is no
    part of the heading (its reference, its action and the rest are a row's)."""
    labels = ["Ref", "Improvement action", "Lead officer", "Target date", "RAG", "Progress"]
    lines = _plan(labels, [5, 42, 15, 12, 8, 44], head_blank=head_blank)
    _heading_and_body(_rows(lines), labels)


def test_two_words_over_no_gutter_of_the_rows_stay_one_label() -> None:
    """'Target date' and 'Lead officer' one space between their words: the rows' cells start at
    neither second word, so nothing cuts them."""
    labels = ["Ref", "Improvement action", "Lead officer", "Target date", "RAG", "Progress"]
    rows = _rows(_plan(labels, [5, 42, 15, 12, 8, 44], head_blank=True))
    assert rows[0] == labels


def test_one_label_over_sub_headed_columns_stays_whole() -> None:
    """'Quarterly RAG' over 'Q1  Q2  Q3  Q4', one space before a word that stands where a quarter's
    column starts: a label over several columns, each with its sub-heading, is one label."""
    rows = [["Open a second family hub in the east of the borough", "Hub Manager", "Red", "Amber", "Green", "Green"],
            ["Train staff in the new assessment tool", "Workforce Lead", "Amber", "Green", "Green", "Green"],
            ["Publish the early help offer online", "Comms Officer", "Green", "Amber", "Amber", "Green"],
            ["Reduce caseloads to eighteen children each", "Head of Service", "Red", "Red", "Amber", "Green"]]
    widths = [56, 18, 10, 7, 7, 7]
    head = "Action".ljust(56) + "Lead".ljust(18) + "Quarterly RAG"
    sub = " " * 74 + "Q1".ljust(10) + "Q2".ljust(7) + "Q3".ljust(7) + "Q4"
    body = ["".join(t.ljust(w) for t, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines = ["Early Help Tracker", head, "", sub, "", *[x for b in body for x in (b, "")]]
    assert "Quarterly RAG" in head and head.index("RAG") == 84  # (one space before 'RAG', at Q2's start)
    got = _rows(lines)
    assert "Quarterly RAG" in got[0]



def test_a_banner_with_its_lead_cut_at_the_columns_reads_as_no_labels() -> None:
    """A line in two runs, a sentence across the table and a name at its end, whose spaces fall
    right before the rows' columns: cut there, its pieces are no heading's labels (they start in
    lower case, or run on past four words), so its spaces part nothing."""
    banner = "Priority 1: improve the stability of placements for children in care"
    columns = [m.end() for m in re.finditer(r" ", banner)][2::3]  # (a column starts after every third space)
    line = banner + " " * 10 + "Dee Marsh"
    singles = [m.end() for m in re.finditer(r"(?<=\S) (?=\S)", line)]
    assert not _labels_at(line, singles, columns)
    heading = "Ref Improvement action" + " " * 20 + "Accountable Milestone Status Update"
    singles = [m.end() for m in re.finditer(r"(?<=\S) (?=\S)", heading)]
    columns = [4, heading.index("Accountable"), heading.index("Milestone"), heading.index("Status"),
               heading.index("Update")]
    assert _labels_at(heading, singles, columns)
