"""A spreadsheet printed to PDF with its row and column headings (extract/pdfsheet.py): the column
letters over the columns, the row numbers down the left, the sheet's gridlines ruled, its heading row
printed again over each page (print titles) and a tall row cut by the page break (its rest, at the top
of the next page, has no row number of its own). A reader sees the sheet's coordinates as no part of
the plan: the letters are no action, the numbers no reference, the title in the sheet's first row is
the plan's title, and the row the page cut is one action. Written with reportlab, converted end to
end; the checks on the letters and the numbers are tested on cells too."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

import planx
from planx.extract.pdfsheet import column_index, letters_row, number_column, without_sheet_headings
from planx.extract.pdftables import FoundTable, GridCell

TITLE = "Fernbrook Library Service Improvement Plan 2026-27"
HEAD = ["Ref", "Theme", "Action", "Lead officer", "Target date", "RAG", "Latest update"]
WIDTHS = [28, 34, 90, 190, 90, 70, 45, 200]  # the row numbers' column, then the sheet's columns A-G
LETTERS = ["A", "B", "C", "D", "E", "F", "G"]
LEADING = 11.0
# (ref, theme, actions: (action, lead, due, rag, update lines))
GROUPS = [
    ("A", "Opening hours", [
        ("Extend Saturday opening at the four", "Branch Manager", "March 2027", "Green",
         ["Pilot at two branches started in", "September."]),
        ("Publish the opening hours of every", "Service Lead", "June 2027", "Amber",
         ["Web pages drafted."])]),
    ("B", "Digital inclusion", [
        ("Lend laptops to residents without", "Digital Lead", "May 2027", "Green", ["Forty laptops on loan."]),
        ("Run weekly help sessions for people", "Digital Lead", "July 2027", "Amber",
         ["Sessions run at three branches, with", "volunteers from the college helping",
          "on Tuesday mornings and the rest", "booked through the spring term."])]),
    ("C", "Reading for children", [
        ("Run a summer reading challenge in", "Children's Librarian", "August 2027", "Green",
         ["Schools signed up."]),
        ("Give every new baby a book bag", "Children's Librarian", "April 2027", "Green", ["Bags ordered."])]),
]
CUT_AFTER = 2  # the lines of the cut row's update printed on the first page
FIRST_PAGE_ROWS = 4  # data rows printed whole or begun on the first page (the last of them is cut)


def _row(c: canvas.Canvas, y: float, number: str, cells: list[list[str]], font: str = "Helvetica",
         size: float = 8.0) -> float:
    """One sheet row from y down, ruled round every cell, its number in the headings' column (in the
    small type a sheet prints its headings in); the y it ends at."""
    height = max(len(lines) for lines in cells) * LEADING + 4
    x = 30.0
    overflow = len([t for lines in cells for t in lines if t]) == 1 and len(cells[0][0]) > 30
    if overflow:  # a long text alone on its row runs over the cells beside it: no gridlines cut it
        c.rect(x + WIDTHS[0], y - height, sum(WIDTHS[1:]), height)
    for k, (w, lines) in enumerate(zip(WIDTHS, [[number], *cells], strict=True)):
        if k == 0 or not overflow:
            c.rect(x, y - height, w, height)
        c.setFont("Helvetica", 7) if k == 0 else c.setFont(font, size)
        for i, text in enumerate(lines):
            c.drawString(x + 3, y - 10 - i * LEADING, text)
        x += w
    return y - height


def _top(c: canvas.Canvas, page: int) -> float:
    """The page's print header, the column letters and the print titles (row 3); the y under them."""
    c.setFont("Helvetica", 8)
    c.drawString(30, 570, "Action Plan")
    c.drawString(700, 570, f"Page {page} of 2")
    y = _row(c, 540, "", [[x] for x in LETTERS], size=7)
    if page == 1:
        y = _row(c, y, "1", [[TITLE], *[[""]] * 6], "Helvetica-Bold", 10)  # the sheet's title, set large
        y = _row(c, y, "2", [[""]] * 7)
    return _row(c, y, "3", [[h] for h in HEAD], "Helvetica-Bold")


def sheet_printout(path: Path) -> Path:
    """The sheet printed over two landscape pages with its headings."""
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    rows = [(ref if i == 0 else "", theme if i == 0 else "", a) for ref, theme, actions in GROUPS
            for i, a in enumerate(actions)]
    y = _top(c, 1)
    number = 4
    for k, (ref, theme, (action, lead, due, rag, update)) in enumerate(rows):
        if k == FIRST_PAGE_ROWS:
            c.showPage()
            y = _top(c, 2)
            y = _row(c, y, "", [[""]] * 6 + [rows[k - 1][2][4][CUT_AFTER:]])  # the cut row's rest
        lines = update[:CUT_AFTER] if k == FIRST_PAGE_ROWS - 1 else update
        y = _row(c, y, str(number), [[ref], [theme], [action], [lead], [due], [rag], lines])
        number += 1
    c.showPage()
    c.save()
    return path


def test_a_sheet_printed_with_its_headings_reads_as_its_plan(tmp_path: Path) -> None:
    result = planx.convert_file(str(sheet_printout(tmp_path / "sheet.pdf")))
    got = {a.action: a for a in result.actions}
    expected = {a[0]: (ref, theme, a) for ref, theme, actions in GROUPS for a in actions}
    assert sorted(got) == sorted(expected)  # no action of column letters, none lost
    for action, (ref, theme, (_, lead, _due, rag, update)) in expected.items():
        a = got[action]
        assert (a.area_ref, a.area, a.lead, a.rag) == (ref, theme, lead, rag.lower())
        assert " ".join(a.progress.split()) == " ".join(update)  # the cut row's update whole
    assert result.title == TITLE


def _cells(rows: list[list[str]]) -> FoundTable:
    cells = [GridCell(r, c, 1, 1, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return FoundTable((0.0, 0.0, 100.0, 100.0), cells, len(rows), len(rows[0]), True,
                      col_edges=[float(x) for x in range(len(rows[0]) + 1)],
                      row_edges=[float(y) for y in range(len(rows) + 1)])


def test_the_headings_are_taken_off_only_where_both_are_printed() -> None:
    assert (column_index("A"), column_index("Z"), column_index("AA")) == (1, 26, 27)
    sheet = [["", "B", "C", "D", "E"], ["4", "Ref", "Action", "Lead", "Due"], ["5", "1.1", "Do x", "Jo", "May"],
             ["", "", "more of x", "", ""], ["6", "1.2", "Do y", "Al", "June"], ["7", "1.3", "Do z", "Al", "July"]]
    table = _cells(sheet)
    assert letters_row(table.grid()[0], table.ncols) and number_column(table.grid()[1:])
    bare = without_sheet_headings(table)
    assert (bare.nrows, bare.ncols, len(bare.col_edges), len(bare.row_edges)) == (5, 4, 5, 6)
    assert [c.text for c in bare.grid()[0]] == ["Ref", "Action", "Lead", "Due"]
    # letters that skip a column, or a first column of numbers that do not rise, or of words: no
    # sheet's headings (a plan's own 'No.' column and a row of options stay as printed)
    for rows in ([["", "A", "C", "D", "E"], *sheet[1:]],
                 [sheet[0], ["4", "Ref", "Action", "Lead", "Due"], ["3", "1.1", "x", "Jo", "May"], *sheet[4:]],
                 [sheet[0], *[["Yes", *r[1:]] for r in sheet[1:]]]):
        assert without_sheet_headings(_cells(rows)).ncols == 5
    # row numbers alone (a numbered plan) are kept: the letters say a sheet was printed
    numbered = _cells([["No.", "Ref", "Action", "Lead", "Due"], *sheet[1:]])
    assert without_sheet_headings(numbered) is numbered
