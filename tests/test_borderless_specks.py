"""A scanned borderless plan: a speck of dirt left of a row's action, which the OCR reads as '-', '.'
or '"', leaves a gutter either side of it and so made a column of its own (the table one column wider
than its heading row, the next page's table, at the right number of columns, no longer taken as
going on: its rows lost). A mark alone in one line of a column without a heading or any word is no
column; a column of such marks, a dash a row, still is."""
from __future__ import annotations

from planx.extract.pdfgeom import Word
from planx.extract.pdftables import tables_from_words

COLS = (50.0, 150.0, 300.0, 420.0)
ROWS = [("1.1", ["Publish the early", "help offer online."], "Head of Early Help", "June 2024"),
        ("1.2", ["Agree a shared", "threshold document."], "Service Manager", "Sept 2024"),
        ("1.3", ["Train all duty", "staff in the new", "threshold."], "QA Lead", "March 2025"),
        ("1.4", ["Audit referrals", "every quarter."], "Principal Social Worker", "Ongoing")]


def _words(mark: str | None, every_row: bool = False) -> list[Word]:
    out: list[Word] = []

    def put(x: float, y: float, text: str) -> None:
        for t in text.split():
            w = 5.0 * len(t)
            out.append(Word(t, x, x + w, y, y + 10, 10))
            x += w + 3

    y = 100.0
    for x, h in zip(COLS, ["Ref", "Action", "Lead", "Due"], strict=True):
        put(x, y, h)
    if every_row:
        put(112.0, y, "Done")
    y += 24
    for k, (ref, action, lead, due) in enumerate(ROWS):
        put(COLS[0], y, ref)
        put(COLS[2], y, lead)
        put(COLS[3], y, due)
        if mark and (every_row or k == 2):
            put(112.0, y, mark)
        for line in action:
            put(COLS[1], y, line)
            y += 13
        y += 12
    return out


def test_a_speck_read_as_a_mark_makes_no_column() -> None:
    for mark in ("-", ".", '"'):
        tables = tables_from_words(_words(mark), page_bbox=(0, 0, 612, 792))
        assert len(tables) == 1 and tables[0].ncols == 4, mark
        texts = [c.text for c in tables[0].cells]
        assert "QA Lead" in texts


def test_a_column_of_marks_under_its_heading_is_a_column() -> None:
    tables = tables_from_words(_words("-", every_row=True), page_bbox=(0, 0, 612, 792))
    assert len(tables) == 1 and tables[0].ncols == 5
