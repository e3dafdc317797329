"""Ruled tables whose columns are too narrow for their words, as LibreOffice prints a Word table
(issue 15: a plan's PDF read as well as its Word twin). A key the narrow first column wrapped
('1.' over '1') is one record, not two (pdftables.unwrap_keys); a word the writer broke inside
itself at the cell's edge ('Amb' / 'er', 'stat' / 'us', '30/' / '06/' / '25') is one word again,
while two whole words that only wrap at the edge stay two (pdftables.mend_broken_words)."""
from __future__ import annotations

from planx.extract.pdfgeom import Word
from planx.extract.pdfrules import edge
from planx.extract.pdftables import FoundTable, layout_from_words, mend_broken_words

CHAR = 6.0  # every letter 6 pt wide, lines 12 pt apart


def w(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + CHAR * len(text), top, top + 10.0, 10.0)


def table(words: list[Word], cols: list[float], rows: list[float]) -> FoundTable:
    rules = [edge(cols[0], y, cols[-1], y) for y in rows] + [edge(x, rows[0], x, rows[-1]) for x in cols]
    (t,) = layout_from_words(words, rules, (0, 0, 800, 600)).tables
    return t


def texts(t: FoundTable) -> list[list[str]]:
    return [[c.text.replace("\n", " ") for c in row] for row in t.grid()]


# ---- keys wrapped in a narrow first column ---------------------------------------------------------
COLS = [50.0, 72.0, 200.0, 300.0, 400.0]  # the key column: 22 pt, 5 pt padding each side


def wrapped_key_rows() -> list[Word]:
    """Two records keyed '1.1' and '1.2', each key printed '1.' over '1' / '2' because '1.1' (18 pt)
    does not fit in the key column's 12 pt inside its padding; every cell wraps on the same baselines."""
    words = [w("No.", 55, 105), w("Action", 77, 105), w("Lead", 205, 105), w("Due", 305, 105)]
    for top, last in ((140, "1"), (200, "2")):
        words += [w("1.", 55, top), w(last, 55, top + 12),
                  w("Open", 77, top), w("the", 107, top), w("new", 77, top + 12), w("hub", 101, top + 12),
                  w("Head", 205, top), w("of", 235, top), w("Service", 205, top + 12),
                  w("June", 305, top), w("2026", 305, top + 12)]
    return words


def test_a_key_wrapped_in_a_narrow_column_is_one_record() -> None:
    t = table(wrapped_key_rows(), COLS, [100, 130, 190, 250])
    assert texts(t)[1:] == [["1.1", "Open the new hub", "Head of Service", "June 2026"],
                            ["1.2", "Open the new hub", "Head of Service", "June 2026"]]
    assert "records_cut" not in t.evidence


def test_keys_that_fit_side_by_side_are_still_two_records() -> None:
    """'1.' over '2.' (a key of its own under a key, its stop kept) in a column too narrow for '1.2.':
    two records stacked in one ruled row (the rule between them not drawn), cut at their keys as
    before; a wrapped key's second piece is figures alone."""
    words = [w("No.", 55, 105), w("Action", 85, 105), w("Lead", 205, 105), w("Due", 305, 105)]
    words += [w("1.", 55, 140), w("Open", 85, 140), w("the", 115, 140), w("hub", 85, 152),
              w("Head", 205, 140), w("June", 305, 140)]
    words += [w("2.", 55, 170), w("Close", 85, 170), w("the", 121, 170), w("depot", 85, 182),
              w("Chief", 205, 170), w("May", 305, 170)]
    t = table(words, [50.0, 80.0, 200.0, 300.0, 400.0], [100, 130, 200])
    assert texts(t)[1:] == [["1.", "Open the hub", "Head", "June"], ["2.", "Close the depot", "Chief", "May"]]


# ---- words broken at the cell's edge ----------------------------------------------------------------
def cell_text(words: list[Word], cell: tuple[float, float, float, float]) -> list[str]:
    return [x.text for x in mend_broken_words(words, cell)]


def test_a_word_broken_at_the_edge_of_a_narrow_cell_is_one_word() -> None:
    # a 30 pt cell, 5 pt padding: 'Amb' ends at 73, the 'e' (6 pt) would run past 75
    assert cell_text([w("Amb", 55, 100), w("er", 55, 112)], (50, 90, 80, 130)) == ["Amber"]
    # the rest of the line after the piece stays a word of its own ('Deliver' / 'y date')
    assert cell_text([w("Deliver", 55, 100), w("y", 55, 112), w("date", 67, 112)],
                     (50, 90, 98, 130)) == ["Delivery", "date"]


def test_a_word_in_capitals_broken_at_the_edge_and_a_capital_word_after_lower_case() -> None:
    # 'GREE' / 'N': the piece goes on in capitals; a narrow letter ('r') is read to a point of the edge
    assert cell_text([w("GREE", 55, 100), w("N", 55, 112)], (50, 90, 84, 130)) == ["GREEN"]
    assert cell_text([Word("Ambe", 55, 76.5, 100, 110, 10.0), Word("r", 55, 58, 112, 122, 10.0)],
                     (50, 90, 84, 130)) == ["Amber"]
    # a capital after a piece in lower case begins a word of its own
    assert cell_text([w("Gree", 55, 100), w("N", 55, 112)], (50, 90, 84, 130)) == ["Gree", "N"]


def test_a_heading_broken_twice_and_a_date_broken_at_its_slashes() -> None:
    assert cell_text([w("RAG", 55, 100), w("stat", 55, 112), w("us", 55, 124)],
                     (50, 90, 84, 140)) == ["RAG", "status"]
    assert cell_text([w("RAG", 55, 100), w("30/", 55, 112), w("06/", 55, 124), w("25", 55, 136)],
                     (50, 90, 80, 150)) == ["RAG", "30/06/25"]


def test_whole_words_wrapping_at_the_edge_stay_apart() -> None:
    # 'Spring' fills the line to the edge and 'term' wraps: two words, no 'Springterm'
    assert cell_text([w("Spring", 55, 100), w("term", 55, 112)], (50, 90, 96, 130)) == ["Spring", "term"]
    # a piece that ends well short of the edge: the next word wrapped whole
    assert cell_text([w("Amb", 55, 100), w("er", 55, 112)], (50, 90, 120, 130)) == ["Amb", "er"]
    # a line of two words is no piece of a broken word
    assert cell_text([w("of", 55, 100), w("Amb", 73, 100), w("er", 55, 112)], (50, 90, 98, 130)) == ["of", "Amb", "er"]


def test_a_ruled_table_reads_its_broken_headings_and_ratings_whole() -> None:
    words = [w("Action", 55, 105), w("RAG", 155, 105), w("stat", 155, 117), w("us", 155, 129),
             w("Open", 55, 150), w("the", 85, 150), w("hub", 109, 150), w("Amb", 155, 150), w("er", 155, 162)]
    t = table(words, [50.0, 150.0, 180.0], [100, 145, 180])
    assert texts(t) == [["Action", "RAG status"], ["Open the hub", "Amber"]]


# ---- a heading row left alone at the foot of a page -------------------------------------------------
def test_a_ruled_heading_row_alone_is_a_table_the_next_page_goes_on_from() -> None:
    """LibreOffice moves a table's first row to the next page whole and leaves the heading row at the
    foot of the page: one ruled row of labels, read as a table (pdf.stitch joins the next page's rows
    to it), not as lines of text."""
    words = [w("No.", 55, 705), w("What", 85, 705), w("we", 115, 705), w("will", 133, 705), w("do", 161, 705),
             w("Lead", 205, 705), w("By", 305, 705), w("when", 323, 705)]
    t = table(words, COLS, [700, 720])
    assert texts(t) == [["No.", "What we will do", "Lead", "By when"]]


def test_a_ruled_row_of_figures_or_with_an_empty_cell_is_no_heading_row_alone() -> None:
    figures = [w("Total", 55, 705), w("120", 85, 705), w("45", 205, 705), w("12", 305, 705)]
    empty = [w("Total", 55, 705), w("Lead", 205, 705), w("When", 305, 705)]
    for words in (figures, empty):
        rules = [edge(COLS[0], y, COLS[-1], y) for y in (700, 720)] + [edge(x, 700, x, 720) for x in COLS]
        assert not [t for t in layout_from_words(words, rules, (0, 0, 800, 800)).tables if t.ruled]


# ---- a banner on a shaded band across a borderless table ---------------------------------------------
def shade(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "colour": "#fde9d9"}


def borderless_rows(banner: str) -> list[Word]:
    """A table with no rulings (Ref | Action | Lead | Due), a section's banner between its rows whose
    words run over the first gutter (from the Ref column's left edge into the Action column)."""
    words = [w("Ref", 50, 100), w("Action", 100, 100), w("Lead", 300, 100), w("Due", 400, 100)]
    rows = [("RS1", "Replace the sets", "Head", "Jan-26"), ("RS2", "Update the guidance", "Chief", "Jun-25"),
            ("", banner, "", ""), ("PC1", "Launch a programme", "Chief", "Mar-27"),
            ("PC2", "Deliver the plan", "Head", "Jun-26"), ("PC3", "Introduce a policy", "Chief", "Mar-26")]
    for k, (ref, action, lead, due) in enumerate(rows):
        top = 114.0 + 14 * k
        x = 50.0 if not ref else 100.0
        for word in action.split():
            words.append(w(word, x, top))
            x += CHAR * len(word) + 4
        if ref:
            words += [w(ref, 50, top), w(lead, 300, top), w(due, 400, top)]
    return words


def test_a_banner_on_a_shaded_band_spans_the_table() -> None:
    band = shade(45, 140, 445, 155)
    (t,) = layout_from_words(borderless_rows("People and culture"), [], (0, 0, 600, 800), [band]).tables
    banner = [c for c in t.cells if "culture" in c.text]
    assert [(c.c, c.colspan) for c in banner] == [(0, t.ncols)]
    assert texts(t)[3] == ["People and culture"]


def test_without_the_band_the_banner_from_the_first_column_still_spans_the_row() -> None:
    # no shading to say so, but its one text runs from the first column over a gutter with the rest
    # of the row empty: a banner as a Word table's merged row prints (pdfborderless.span_banners)
    (t,) = layout_from_words(borderless_rows("People and culture"), [], (0, 0, 600, 800), []).tables
    assert [(c.c, c.colspan) for c in t.cells if "culture" in c.text] == [(0, t.ncols)]
