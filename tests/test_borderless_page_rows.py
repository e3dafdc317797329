"""Borderless plan tables (no rulings) whose row a page break cuts: the row's reference and the first
lines of its action at the foot of one page, the rest of its action (and its lead, date and rating,
or some of them) at the top of the next, under the heading row printed again or not. A reader joins
them: the first lines of the new page with nothing in the reference column every row fills go on with
the last row of the page before, and the reading says so (a note naming the row and its pages). A new
page that opens with a row of its own reference is a new row."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from planx.extract.model import Table
from planx.extract.pdf import parse_pdf
from planx.normalise.severity import severity

COLUMNS = [40, 80, 380, 520, 620]  # Ref | Action | Lead | Due | RAG
HEAD = ["Ref", "Action", "Lead", "Due", "RAG"]
PAGE = landscape(A4)
LEADING = 12.5


def put(c: canvas.Canvas, y: float, cells: list[list[str]], bold: bool = False) -> int:
    """A row's cells, each a list of lines, from y down; the lines it takes."""
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
    for x, lines in zip(COLUMNS, cells, strict=True):
        for i, text in enumerate(lines):
            c.drawString(x, y - i * LEADING, text)
    c.setFont("Helvetica", 10)
    return max((len(lines) for lines in cells), default=0)


def body(first: int, n: int) -> list[list[list[str]]]:
    return [[[f"2.{i}"], [f"Review the arrangements for service {i} with", "the partnership and report the findings",
                          "to the board."], [f"Officer {i}"], ["Mar 2027"], ["Green"]] for i in range(first, first + n)]


def foot(c: canvas.Canvas, footer: str, n: int) -> None:
    if footer:
        c.drawString(40, 62, footer.format(n=n))
    else:
        c.drawString(PAGE[0] / 2, 25, f"Page {n}")


def plan(path: Path, top: list[list[str]], rest: list[list[str]], repeat_heading: bool = True,
         heading_between: bool = False, running: tuple[str, str] = ("", ""), bold: bool = True,
         footer: str = "") -> Path:
    """Nine rows on page 1, then `top` (the cut row's first part) at the page's foot; page 2 opens
    with `rest` (under the heading row again with `repeat_heading`), then five more rows (after a
    section heading and its own table with `heading_between`). `running`: a line in small type over
    the table on each page, below the top margin; the heading rows in bold with `bold`; `footer`: a
    line over the foot of each page, above the bottom margin ('{n}' its page's number), the page's
    number at the very foot without it."""
    c = canvas.Canvas(str(path), pagesize=PAGE)

    def header(text: str) -> None:
        if text:
            c.setFont("Helvetica", 8)
            c.drawString(40, PAGE[1] - 56, text)
            c.setFont("Helvetica", 10)

    header(running[0])
    y = PAGE[1] - 74
    put(c, y, [[h] for h in HEAD], bold=bold)
    y -= 2 * LEADING
    for row in body(1, 9):
        y -= (put(c, y, row) + 0.6) * LEADING
    put(c, min(y, 95 + LEADING), top)
    foot(c, footer, 1)
    c.showPage()
    header(running[1])
    y = PAGE[1] - 74
    if repeat_heading:
        put(c, y, [[h] for h in HEAD], bold=bold)
        y -= 2 * LEADING
    y -= (put(c, y, rest) + 0.6) * LEADING
    if heading_between:
        y -= LEADING
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, y, "Priority 3: Safer streets")
        c.setFont("Helvetica", 10)
        y -= 2 * LEADING
        c.drawString(40, y, "We will work with residents and the police to reduce anti-social behaviour in every ward.")
        y -= 2 * LEADING
        put(c, y, [[h] for h in HEAD], bold=bold)
        y -= 2 * LEADING
    for row in body(12, 5):
        y -= (put(c, y, row) + 0.6) * LEADING
    foot(c, footer, 2)
    c.showPage()
    c.save()
    return path


def body_rows(path: Path) -> list[list[str]]:
    """The document's table rows as read, each cell's lines joined by spaces, headings left out."""
    doc = parse_pdf(path)
    out = []
    for table in (b for b in doc.blocks if isinstance(b, Table)):
        for row in table.rows:
            texts = [" ".join(c.text.split()) for c in row.cells if not c.merged_above]
            if not row.repeated_header and texts[:2] != ["Ref", "Action"]:
                out.append(texts)
    return out


def cut_row(rows: list[list[str]]) -> list[str]:
    return next(r for r in rows if r[0] == "2.10")


CUT_ACTION = ["Develop a shared training offer for staff in", "schools, early years settings and"]
WHOLE_ACTION = ("Develop a shared training offer for staff in schools, early years settings and voluntary groups, "
                "with the first cohort starting in the autumn term.")
ON_PAGE_2 = ["voluntary groups, with the first cohort", "starting in the autumn term."]

CASES = {
    # only the action goes on; the lead, date and rating printed beside its last lines
    "action and the cells beside it": ([["2.10"], CUT_ACTION, [], [], []],
                                       [[], ON_PAGE_2, ["Head of Learning"], ["Sep 2026"], ["Amber"]],
                                       "Head of Learning"),
    # the lead's name cut too
    "action and lead": ([["2.10"], CUT_ACTION, ["Head of"], [], []],
                        [[], ON_PAGE_2, ["Learning and Skills"], ["Sep 2026"], ["Amber"]],
                        "Head of Learning and Skills"),
    # the lead, date and rating on the first page, the action alone going on
    "action only": ([["2.10"], CUT_ACTION, ["Head of Learning"], ["Sep 2026"], ["Amber"]],
                    [[], ON_PAGE_2, [], [], []], "Head of Learning"),
}


@pytest.mark.parametrize("repeat_heading", [True, False], ids=["heading repeated", "no heading"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_row_the_page_break_cuts_is_one_row(tmp_path, case, repeat_heading):
    top, rest, lead = CASES[case]
    rows = body_rows(plan(tmp_path / "cut.pdf", top, rest, repeat_heading))
    assert [r[0] for r in rows] == [f"2.{i}" for i in range(1, 11)] + [f"2.{i}" for i in range(12, 17)], rows
    row = cut_row(rows)
    assert row[1:] == [WHOLE_ACTION, lead, "Sep 2026", "Amber"]


def test_the_rest_opening_a_sentence_of_its_own_fills_the_cells_the_row_lacked(tmp_path):
    """The row at the foot of the page ends a sentence and has no lead, date nor rating, which every
    other row has; the top of the next page, nothing in the reference column, opens a new sentence
    beside them: the rest of the row, not a row of its own (nor a paragraph apart)."""
    top = [["2.10"], ["Develop a shared training offer for staff in", "schools and early years settings."], [], [], []]
    rest = [[], ["Publish a prospectus for every setting and", "evaluate the first cohort."], ["Head of Learning"],
            ["Sep 2026"], ["Amber"]]
    for repeat in (True, False):
        rows = body_rows(plan(tmp_path / f"own{repeat}.pdf", top, rest, repeat))
        assert len(rows) == 15, rows
        assert cut_row(rows)[1:] == ["Develop a shared training offer for staff in schools and early years settings. "
                                     "Publish a prospectus for every setting and evaluate the first cohort.",
                                     "Head of Learning", "Sep 2026", "Amber"]


@pytest.mark.parametrize("bold", [True, False], ids=["heading in bold", "heading in plain type"])
def test_a_rest_alone_under_the_repeated_heading_before_a_new_section_still_joins(tmp_path, bold):
    """Under the heading row printed again, the rest of the cut row (opening in lower case) and then a
    new section's heading, paragraph and table: the rest is a row of the table the page before ended
    with, not words run on from its heading row (a row of short labels, in bold or not)."""
    top, rest, _ = CASES["action and the cells beside it"]
    rows = body_rows(plan(tmp_path / "alone.pdf", top, rest, heading_between=True, bold=bold))
    assert cut_row(rows)[1:] == [WHOLE_ACTION, "Head of Learning", "Sep 2026", "Amber"]
    assert not any(r[0] == "" for r in rows), rows


def test_the_row_over_the_pages_is_noted_not_doubted(tmp_path):
    top, rest, _ = CASES["action and the cells beside it"]
    doc = parse_pdf(plan(tmp_path / "note.pdf", top, rest))
    spans = [w for w in doc.warnings if "page break" in w]
    assert spans == ["table 1: 1 row(s) cut by the page break read as one row each (row 2.10 pages 1-2)"]
    assert severity(spans[0]) == "note"


def test_a_new_page_opening_with_a_row_of_its_own_reference_is_a_new_row(tmp_path):
    """The foot of the page ends a whole row (a sentence ended, every cell filled), the next page
    opens with its own reference, lead and date: two rows, and nothing noted."""
    top = [["2.10"], ["Develop a shared training offer for staff in", "schools and early years settings."],
           ["Head of Learning"], ["Sep 2026"], ["Amber"]]
    rest = [["2.11"], ["publish the annual report on the training", "offer to all partners."], ["Head of Skills"],
            ["Oct 2026"], ["Green"]]
    for repeat in (True, False):
        path = plan(tmp_path / f"new{repeat}.pdf", top, rest, repeat)
        rows = body_rows(path)
        assert [r[0] for r in rows] == [f"2.{i}" for i in range(1, 17)], rows
        assert rows[10][1:] == ["publish the annual report on the training offer to all partners.", "Head of Skills",
                                "Oct 2026", "Green"]
        assert not any("page break" in w for w in parse_pdf(path).warnings)


def test_a_reference_less_row_under_a_row_that_lacks_nothing_keeps_the_minute_rule(tmp_path):
    """Where the row at the page's foot lacks only cells few rows fill (a margin note beside some
    paragraphs), a paragraph of its own at the next page's top is not taken for the rest of the row."""
    from planx.extract.pdf import Stitched, finishes_row
    from planx.extract.pdftables import GridCell

    def row(*texts: str) -> list[GridCell]:
        return [GridCell(r=0, c=k, rowspan=1, colspan=1, text=t) for k, t in enumerate(texts)]

    rows = [row("Ref", "Minute", "Action")] + [row(f"{i}.", f"The board noted item {i}.", "AB" if i == 2 else "")
                                                for i in range(1, 6)]
    t = Stitched(1, [(1, r, False) for r in rows], 3, [], False)
    assert not finishes_row(t, rows[-1], row("", "The board agreed the plan.", "CD"))
    filled = [row("Ref", "Action", "Lead")] + [row(f"{i}.", f"Do thing {i}.", f"Officer {i}") for i in range(1, 5)]
    t = Stitched(1, [(1, r, False) for r in filled], 3, [], False)
    assert finishes_row(t, row("5.", "Do thing 5.", ""), row("", "Then report.", "Officer 5"))


def test_a_running_header_below_the_margin_parts_no_table(tmp_path):
    """The plan's name in small type over the table on every page, lower than the top margin strip:
    a running header, so the table (and its cut row) goes on under it on the next page."""
    top, rest, _ = CASES["action and the cells beside it"]
    name = "Annual Delivery Plan 2025/26 - Corporate Services"
    for repeat in (True, False):
        rows = body_rows(plan(tmp_path / f"run{repeat}.pdf", top, rest, repeat, running=(name, name)))
        assert len(rows) == 15, rows
        assert cut_row(rows)[1:] == [WHOLE_ACTION, "Head of Learning", "Sep 2026", "Amber"]


def test_a_heading_over_each_page_that_changes_is_no_running_header(tmp_path):
    """'Objective 1' over page 1, 'Objective 2' over page 2: a new heading (its number is no page
    number), so page 2's table is a table of its own, the heading kept as text."""
    top = [["2.10"], ["Develop a shared training offer for staff in", "schools and early years settings."],
           ["Head of Learning"], ["Sep 2026"], ["Amber"]]
    rest = [["2.11"], ["Publish the annual report on the training", "offer to all partners."], ["Head of Skills"],
            ["Oct 2026"], ["Green"]]
    doc = parse_pdf(plan(tmp_path / "objectives.pdf", top, rest, running=("Objective 1", "Objective 2")))
    assert sum(isinstance(b, Table) for b in doc.blocks) == 2
    assert any(not isinstance(b, Table) and b.text == "Objective 2" for b in doc.blocks)


def test_a_heading_row_wrapped_over_two_lines_stays_one_row(tmp_path):
    """'Lead' over 'officer', 'Due' over 'date': a heading's words wrapped, short labels both lines,
    one heading row (not a row of labels and a row under it)."""
    path = tmp_path / "wrapped.pdf"
    c = canvas.Canvas(str(path), pagesize=PAGE)
    y = PAGE[1] - 74
    put(c, y, [["Ref"], ["Action"], ["Lead", "officer"], ["Due", "date"], ["RAG", "rating"]])
    y -= 3 * LEADING
    for row in body(1, 5):
        y -= (put(c, y, row) + 0.6) * LEADING
    c.showPage()
    c.save()
    doc = parse_pdf(path)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    first = [" ".join(c.text.split()) for c in table.rows[0].cells]
    assert first == ["Ref", "Action", "Lead officer", "Due date", "RAG rating"]
    assert len(table.rows) == 6


def test_a_footer_numbering_the_pages_above_the_margin_parts_no_table(tmp_path):
    """'Annual Delivery Plan 2025/26 | Page 1 of 2' over the foot of each of two pages, above the
    bottom margin strip: a footer (it numbers the pages), so the table goes on over it."""
    top, rest, _ = CASES["action and the cells beside it"]
    path = plan(tmp_path / "foot.pdf", top, rest, footer="Annual Delivery Plan 2025/26 | Page {n} of 2")
    rows = body_rows(path)
    assert len(rows) == 15, rows
    assert cut_row(rows)[1:] == [WHOLE_ACTION, "Head of Learning", "Sep 2026", "Amber"]
    doc = parse_pdf(path)
    assert [text for text, *_ in doc.aside if "Page" in text]  # kept aside, not lost


@pytest.mark.parametrize("key", ["2.10", "(cont.)", "Cont'd"])
def test_the_reference_printed_again_over_the_rest_of_the_row(tmp_path, key):
    """The new page's first row prints the cut row's reference again, or only a note that it goes on,
    over the rest of its action (in lower case) and its lead, date and rating: the same row."""
    top, rest, _ = CASES["action and the cells beside it"]
    rows = body_rows(plan(tmp_path / "again.pdf", top, [[key], *rest[1:]]))
    assert [r[0] for r in rows].count("2.10") == 1 and len(rows) == 15, rows
    assert cut_row(rows)[1:] == [WHOLE_ACTION, "Head of Learning", "Sep 2026", "Amber"]


def test_a_row_of_the_same_reference_that_begins_afresh_stays_a_row(tmp_path):
    """The row at the foot of the page is whole (a sentence ended, every cell filled), and the next
    page opens with a row of the same reference beginning a sentence with its own lead and date (a
    reference shared by two rows): two rows."""
    top = [["2.10"], ["Develop a shared training offer for staff in", "schools and early years settings."],
           ["Head of Learning"], ["Sep 2026"], ["Amber"]]
    rest = [["2.10"], ["Publish the annual report on the training", "offer to all partners."], ["Head of Skills"],
            ["Oct 2026"], ["Green"]]
    rows = body_rows(plan(tmp_path / "shared.pdf", top, rest))
    assert [r[0] for r in rows].count("2.10") == 2, rows
