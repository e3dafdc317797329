"""Pages set in text columns (issue 15): justified running text whose wide spaces fall anywhere
along its lines, a page in three columns with a small table in one of them, and a row's label led
to its figures by leader dots across a wide white (the shapes of PDFProdigy's real and synthetic
table tests, /work/tables5: an arXiv paper's two-column page with a table in the right column, a
3-column iText page with a 5x5 grid of numbers in the middle one, the US Budget's historical
table; synthetic words of the same shapes here, the set itself has no licence to copy)."""
from __future__ import annotations

from conftest import words_of

from planx.extract.pdfborderless import led_across, side_by_side
from planx.extract.pdfcolumns import looks_like_prose_columns, read_in_columns
from planx.extract.pdfgeom import Word, text_lines
from planx.extract.pdftables import PageLayout, layout_from_words

WORDS = ("the result of retrieval over the data sets was reported by each method and compared with "
         "a representation trained on the same set as the one it reports on while others were not").split()


def column(x: float, top: float, n: int, width: int = 40, wide_at: int | None = None,
           pitch: float = 12.0) -> list[tuple[float, float, str]]:
    """`n` lines of running text `width` characters long from x; with `wide_at`, every third line
    has a double space (a justified line's space after a full stop) after its k-th word, k moving
    along the line from one line to the next."""
    out = []
    for i in range(n):
        words, text = [WORDS[(i * 7 + k) % len(WORDS)] for k in range(12)], ""
        for k, w in enumerate(words):
            if len(text) + len(w) + 1 > width:
                break
            sep = "  " if wide_at is not None and i % 3 == 0 and k == 1 + (i // 3) % 5 else " "
            text = f"{text}{sep}{w}" if text else w
        out.append((x, top + pitch * i, text))
    return out


def test_wide_spaces_of_justified_text_are_no_columns() -> None:
    """Running text whose wide spaces (after a full stop) stand at a different place on each line
    is one column of text; the same text with its wide spaces lined up down the lines is a table."""
    left = text_lines(words_of(column(50.0, 100.0, 30, wide_at=1)))
    right = text_lines(words_of(column(320.0, 106.0, 30)))
    assert sum(1 for ln in left if len(ln.segments) > 1) > 3  # more than a tenth of its lines
    assert looks_like_prose_columns(left, right)
    lined = [(x, y, t if i % 3 else t[:10] + "     " + t[10:]) for i, (x, y, t) in
             enumerate(column(50.0, 100.0, 30))]
    assert not looks_like_prose_columns(text_lines(words_of(lined)), right)


def read(ws: list[Word]) -> PageLayout:
    return layout_from_words(ws, (), (0.0, 0.0, 612.0, 792.0))


def three_columns_with_grid() -> list[Word]:
    lines = column(20.0, 50.0, 50, width=34) + column(210.0, 50.0, 22, width=34)
    lines += column(210.0, 530.0, 16, width=34) + column(400.0, 50.0, 50, width=34)
    for r in range(5):  # the grid: 5 rows of 5 numbers, 35 points apart, in the middle column
        lines += [(225.0 + 35 * c, 330.0 + 36 * r, f"{r + 1}{c + 1}") for c in range(5)]
    return words_of(lines)


def test_a_page_in_three_columns_is_read_column_by_column() -> None:
    """Three columns of running text, a grid of numbers between two paragraphs of the middle one:
    the grid is the one table; read across, the columns would be a table of three columns of prose
    and the grid lost inside it."""
    layout = read_in_columns(three_columns_with_grid(), 612.0, 792.0, 0.05, read, [])
    assert layout is not None and len(layout.parts) == 4
    assert len(layout.tables) == 1
    t = layout.tables[0]
    rows = [[""] * t.ncols for _ in range(t.nrows)]
    for c in t.cells:
        rows[c.r][c.c] = c.text
    assert rows == [[f"{r}{c}" for c in range(1, 6)] for r in range(1, 6)]
    # reading order: the first column, then the middle one (the table among its paragraphs), then the last
    tables, paragraphs = layout.in_reading_order(lambda ls: [(ln.top, ln.text, ln.x0) for ln in ls])
    tops = [p[0] for p in paragraphs]
    assert tops == sorted(tops) and len(tables) == 1
    last_left = max(p[0] for p in paragraphs if p[2] == 20.0)
    first_middle = min(p[0] for p in paragraphs if p[2] == 210.0)
    first_right = min(p[0] for p in paragraphs if p[2] == 400.0)
    assert last_left < first_middle < tables[0].bbox[1] < first_right


def test_two_columns_only_when_the_sides_are_no_columns_of_text() -> None:
    """A page of one column beside a table of three columns of figures is no page in three columns."""
    lines = column(20.0, 50.0, 40, width=34)
    for r in range(40):
        lines += [(260.0, 50.0 + 12 * r, f"{r}.5"), (400.0, 50.0 + 12 * r, f"{r}.7"), (500.0, 50.0 + 12 * r, f"{r}.9")]
    assert read_in_columns(words_of(lines), 612.0, 792.0, 0.05, read, []) is None


def leader_rows() -> list[tuple[float, float, str]]:
    labels = ["Current tax receipts", "Personal current taxes", "Taxes on production and imports",
              "Income receipts on assets", "Subsidies", "Interest payments"]
    lines = []
    for i, label in enumerate(labels):
        y = 100.0 + 12 * i
        x = 40.0 if i % 2 == 0 else 48.0  # items indented under their totals
        dots = "." * int((470 - (x + 5 * len(label) + 5)) / 5)
        lines += [(x, y, f"{label} {dots}"), (490.0, y, f"{i}1.5"), (530.0, y, f"{i}2.5")]
    return lines


def test_leader_dots_lead_a_label_across_the_white_to_its_figures() -> None:
    """Labels led by dots to their figures, far to the right: the white between the longest label
    and the figures is a gutter far wider than the figures' own, yet the dots run across it in
    every row: one table (label | figures), not a block of text beside a block of figures."""
    words = words_of(leader_rows())
    t = read(words).tables
    assert len(t) == 1 and t[0].ncols == 3
    labels = sorted((c.r, c.text) for c in t[0].cells if c.c == 0)
    assert labels[0][1].startswith("Current tax receipts")
    lines = text_lines(words)
    assert led_across(lines, 200.0, 480.0)
    # without the dots, the same white parts two things (side_by_side)
    bare = text_lines([w for w in words if set(w.text) != {"."}])
    assert not led_across(bare, 200.0, 480.0)
    assert side_by_side(bare, [(200.0, 480.0), (512.0, 530.0)]) != []


def chars_of(x: float, top: float, text: str, size: float = 10.0, pitch: float = 5.0) -> list[dict[str, object]]:
    return [{"text": ch, "x0": x + pitch * i, "x1": x + pitch * (i + 1), "top": top, "bottom": top + size,
             "size": size, "upright": True} for i, ch in enumerate(text)]


def test_a_rule_typed_under_a_heading_is_a_rule_not_letters() -> None:
    """A table's heading row with a run of underscores typed under it, a point lower and at the
    same x as its letters (the EU study's 'Country  Number  Percent' over '_____'): the
    underscores are a line of their own, and a rule; the words keep their letters. A form's
    blank after its label ('Name: ______') stays on the label's line, as text."""
    from planx.extract.pdfgeom import group_lines, words_from_chars
    from planx.extract.pdftables import typed_rules
    heading = chars_of(40.0, 100.0, "Country   Number   Percent")
    rule = chars_of(38.0, 101.5, "_" * 30, pitch=4.5)
    lines = group_lines(heading + rule)
    assert ["".join(str(c["text"]) for c in ln) for ln in lines] == ["Country   Number   Percent".replace(" ", ""),
                                                                     "_" * 30]
    words = words_from_chars(heading + rule)
    assert [w.text for w in words if "_" not in w.text] == ["Country", "Number", "Percent"]
    assert [w.text for w in typed_rules(words)] == ["_" * 30]
    form = chars_of(40.0, 200.0, "Name:") + chars_of(75.0, 200.0, "_" * 20)
    words = words_from_chars(form)
    assert len(group_lines(form)) == 1 and typed_rules(words) == []


def test_typed_rules_part_a_heading_from_its_table() -> None:
    """Headings, a typed rule, rows of figures, a typed rule and a total: the typed rules are the
    table's rules (no row of underscores), its heading its first row."""
    lines = [(40.0, 100.0, "Country"), (120.0, 100.0, "Number"), (200.0, 100.0, "Percent")]
    rows = [("AT", "848", "3,6"), ("BE", "578", "2,5"), ("BG", "58", "0,2"), ("CY", "7", "0,0"), ("CZ", "586", "2,5")]
    for i, (a, b, c) in enumerate(rows):
        lines += [(40.0, 125.0 + 13 * i, a), (125.0, 125.0 + 13 * i, b), (205.0, 125.0 + 13 * i, c)]
    lines += [(40.0, 125.0 + 13 * len(rows), "Total"), (120.0, 125.0 + 13 * len(rows), "23552"),
              (200.0, 125.0 + 13 * len(rows), "100,0")]
    words = words_of(lines)
    words += words_of([(38.0, 112.0, "_" * 45), (38.0, 116.0 + 13 * len(rows), "_" * 45)], size=4.0)
    tables = read(words).tables
    assert len(tables) == 1
    t = tables[0]
    grid = [[""] * t.ncols for _ in range(t.nrows)]
    for c in t.cells:
        grid[c.r][c.c] = c.text
    assert grid[0] == ["Country", "Number", "Percent"] and grid[-1] == ["Total", "23552", "100,0"]
    assert not any("_" in cell for row in grid for cell in row)
