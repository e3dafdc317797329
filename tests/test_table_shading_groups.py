"""Table structure cues of statistics tables: shaded cells parted by strips of white, group labels
standing alone in a ruled row's label column, and columns of figures set one word space apart.
Pages are synthetic word boxes and rulings (as tests/test_table_engine.py makes them)."""
from __future__ import annotations

from typing import Any

from test_table_engine import grid, words_at

from planx.extract.pdfrules import fill_gaps, page_fills, page_rulings
from planx.extract.pdftables import tables_from_words


def rect(x0: float, top: float, x1: float, bottom: float, colour: Any) -> dict[str, Any]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "fill": True, "stroke": False,
            "non_stroking_color": colour}


# ---- shading ---------------------------------------------------------------------------------

def test_a_thin_white_box_between_shaded_cells_is_a_rule() -> None:
    """A 3 pt strip filled white between two shaded columns is drawn as the rule between them."""
    rects = [rect(50, 100, 150, 200, (0.1, 0.2, 0.4)), rect(150, 100, 153, 200, 1.0),
             rect(153, 100, 250, 200, (0.8, 0.85, 0.95))]
    rules = page_rulings([], rects, [])
    assert any(e["orientation"] == "v" and 150 <= e["x0"] <= 153 for e in rules)
    # the shaded blocks themselves are no rulings, they are fills
    assert len(page_fills(rects)) == 2


def test_white_between_two_shaded_blocks_is_a_rule_their_edges_are_not() -> None:
    shades = page_fills([rect(50, 100, 250, 140, (0.1, 0.2, 0.4)), rect(50, 143, 250, 170, (0.1, 0.2, 0.4)),
                         rect(250, 143, 350, 170, (0.5, 0.6, 0.9))])
    gaps = fill_gaps(shades)
    # one rule across the 3 pt strip of page between the rows (over both blocks' common width)
    assert [(e["orientation"], round(e["top"], 1), e["x0"], e["x1"]) for e in gaps] == [("h", 141.5, 50, 250)]
    # blocks touching (a change of colour inside a row) imply nothing; nor does a strip already ruled
    assert fill_gaps(shades, [{"orientation": "h", "x0": 40, "x1": 360, "top": 141.5, "bottom": 141.5}]) == []


def test_a_shaded_table_parted_only_by_white_strips_reads_its_grid() -> None:
    """A table drawn as shaded cells only, a strip of page between them: the heading row and the
    first column stand apart from the figures (no row or column merged)."""
    from planx.extract.pdfrules import merge
    dark, light = (0.1, 0.2, 0.4), (0.8, 0.85, 0.95)
    rects = []
    tops = [100, 130, 150, 170]
    for i, top in enumerate(tops):
        rects.append(rect(50, top, 200, top + 17, dark))
        rects.append(rect(203, top, 280, top + 17, dark if i == 0 else light))
        rects.append(rect(283, top, 360, top + 17, dark if i == 0 else light))
    words = words_at("2010", 220, 104) + words_at("2011", 300, 104)
    for top, (label, a, b) in zip(tops[1:], [("Sites open", "4", "9"), ("Visits", "120", "300"),
                                              ("Apps built", "0", "12")], strict=True):
        words += words_at(label, 55, top + 4) + words_at(a, 230, top + 4) + words_at(b, 310, top + 4)
    shades = page_fills(rects)
    rules = merge(page_rulings([], rects, []) + fill_gaps(shades))
    tables = tables_from_words(words, rules, (0, 0, 600, 800), shades)
    assert len(tables) == 1
    assert grid(tables[0]) == [["", "2010", "2011"], ["Sites open", "4", "9"], ["Visits", "120", "300"],
                               ["Apps built", "0", "12"]]


# ---- group labels in a ruled row --------------------------------------------------------------

def frame(x0: float, top: float, x1: float, bottom: float) -> list[dict[str, Any]]:
    return [{"x0": x0, "x1": x1, "top": top, "bottom": top}, {"x0": x0, "x1": x1, "top": bottom, "bottom": bottom},
            {"x0": x0, "x1": x0, "top": top, "bottom": bottom}, {"x0": x1, "x1": x1, "top": top, "bottom": bottom}]


def test_group_labels_in_a_ruled_rows_label_column_are_rows_of_their_own() -> None:
    """One ruled body row holding a label column of lines over figure columns: the lines beside
    figures are rows; a label beside no figure, set at another indent than its neighbour, is a
    group label, a row of its own (not glued to the row above it)."""
    words = words_at("Group", 45, 102) + words_at("Share", 210, 102) + words_at("Rest", 290, 102)
    lines = [("Everyone sampled:", 45, None, None), ("Younger cohort", 60, None, None),
             ("Treated", 120, "81.5%", "18.5%"), ("Untreated", 120, "12.0%", "88.0%"),
             ("Older cohort", 60, None, None), ("Treated", 120, "77.1%", "22.9%"),
             ("Untreated", 120, "10.4%", "89.6%")]
    y = 122.0
    for label, x, a, b in lines:
        words += words_at(label, x, y)
        if a:
            words += words_at(a, 215, y) + words_at(b, 295, y)
        y += 10
    rules = frame(40, 98, 360, y + 2) + [{"x0": 40, "x1": 360, "top": 114, "bottom": 114},
                                          {"x0": 200, "x1": 200, "top": 98, "bottom": y + 2},
                                          {"x0": 280, "x1": 280, "top": 98, "bottom": y + 2}]
    tables = tables_from_words(words, rules, (0, 0, 600, 800))
    assert len(tables) == 1
    assert grid(tables[0]) == [["Group", "Share", "Rest"], ["Everyone sampled:", "", ""], ["Younger cohort", "", ""],
                               ["Treated", "81.5%", "18.5%"], ["Untreated", "12.0%", "88.0%"],
                               ["Older cohort", "", ""], ["Treated", "77.1%", "22.9%"],
                               ["Untreated", "10.4%", "89.6%"]]


def test_a_wrapped_label_beside_figures_stays_with_its_row() -> None:
    """The line a label wraps onto starts where its first line did: no group label."""
    from planx.extract.pdfgeom import Word
    from planx.extract.pdftables import group_labels
    lines = [[Word("Ministry", 45, 80, 100, 108, 8)], [Word("of", 45, 53, 110, 118, 8)],
             [Word("Treasury", 45, 80, 120, 128, 8)], [Word("Office", 45, 70, 130, 138, 8)]]
    assert group_labels(lines, [100.0, 120.0]) == []
    lines[1] = [Word("Cohort", 60, 85, 110, 118, 8)]
    assert group_labels(lines, [100.0, 120.0]) == [110]
    lines[1] = [Word("cohort", 60, 85, 110, 118, 8)]  # going on in lower case: a wrap
    assert group_labels(lines, [100.0, 120.0]) == []


# ---- figures a word space apart ---------------------------------------------------------------

def test_columns_of_figures_a_word_space_apart_are_two_columns() -> None:
    """A typewriter-style table: where the figures are widest the two columns stand one word
    space apart; their edges line up with the other rows': two columns, not one cell."""
    rows = [("2-4", "165,949", "185,667"), ("5-9", "446,166", "312,164"), ("10-14", "1,249,752", "1,364,492"),
            ("15-19", "1,967,497", "1,614,120"), ("20-24", "581,558", "628,177"), ("25-29", "972,969", "843,937")]
    words: list[dict[str, Any]] = []
    y = 100.0
    for label, a, b in rows:
        words += words_at(label, 40, y)
        words += words_at(a, 150 - 4.0 * len(a), y)  # right-set at 150
        words += words_at(b, 188 - 4.0 * len(b), y)  # right-set at 188: '1,364,492' starts 152
        y += 10
    tables = tables_from_words(words, [], (0, 0, 600, 800))
    assert len(tables) == 1
    assert grid(tables[0]) == [list(r) for r in rows]


def test_a_number_set_with_a_space_for_thousands_is_no_edge() -> None:
    from planx.extract.pdfborderless import THOUSANDS
    assert THOUSANDS.match("500") and THOUSANDS.match("500,5") and not THOUSANDS.match("1,364,492")


# ---- leader dots ------------------------------------------------------------------------------

def test_leader_dots_after_a_label_are_no_text_of_its_cell() -> None:
    """'0.95     . . . . . 160': dots set apart from the label lead the eye to the figures; the label
    cell is '0.95'."""
    rows = [("Share", "2019", "2020"), ("0.99", "800", "880"), ("0.95", "160", "176"), ("0.90", "80", "88"),
            ("0.85", "53", "59")]
    words: list[dict[str, Any]] = []
    y = 100.0
    for i, (label, a, b) in enumerate(rows):
        words += words_at(label, 40, y)
        if i:
            words += words_at("." * 12, 40 + 4.0 * len(label) + 8, y)
        words += words_at(a, 160, y) + words_at(b, 220, y)
        y += 10
    tables = tables_from_words(words, [], (0, 0, 600, 800))
    assert len(tables) == 1
    assert grid(tables[0]) == [list(r) for r in rows]


def test_phone_numbers_typed_a_space_apart_stay_whole() -> None:
    """Figures a space apart on every line (no line sets them a gutter apart) are one text."""
    rows = [("Ann Lee", "01632 809009"), ("Bo Chan", "01632 680341"), ("Cy Dunn", "01632 574617"),
            ("Di Moss", "01632 112233")]
    words: list[dict[str, Any]] = []
    y = 100.0
    for name, phone in rows:
        words += words_at(name, 40, y) + words_at(phone, 160, y)
        y += 10
    tables = tables_from_words(words, [], (0, 0, 600, 800))
    assert all(r[-1].startswith("01632 ") for t in tables for r in grid(t))
