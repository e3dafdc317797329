"""A ruled table whose heading row is a dark band (navy, its words scanned dark on dark grey) over a
banner row spanning the table ('Area 1 – Persistent absence'), scanned. The frame's black rules show
no ink across the band, so the scan finds them starting a point or two under the band's own foot
rule: the banner row is not closed, the grid starts under it, and the headings and the banner were
read as one paragraph over a headless grid (no area for the first rows, no column read as the
progress). The frame is run on under the band's edge to the rule it draws (pdfocr.under_dark_fills):
the banner is the grid's first row and the band's words its heading line
(pdftables.heading_line_above)."""
from __future__ import annotations

from planx.extract.pdfocr import under_dark_fills
from planx.extract.pdfrules import edge

NAVY = {"x0": 40.0, "top": 86.4, "x1": 803.0, "bottom": 103.7, "colour": "#1f3864"}


def _frame(top: float) -> list[dict]:
    """The band's two edge rules, the frame from `top` down, a rule under the banner row."""
    return [edge(40, 88, 803, 88), edge(40, 101, 803, 101), edge(40, 120, 803, 120), edge(40, 300, 803, 300),
            edge(40, top, 40, 300), edge(803, top, 803, 300), edge(320, 120, 320, 300)]


def _tops(edges: list[dict]) -> dict[float, float]:
    return {e["x0"]: e["top"] for e in edges if e["orientation"] == "v"}


def test_a_rule_ending_under_a_dark_band_runs_on_to_the_bands_foot_rule():
    got = _tops(under_dark_fills(_frame(104.6), [NAVY]))
    # the frame reaches the band's foot rule, not through the band; the column rule under the banner stays
    assert got == {40: 101, 803: 101, 320: 120}


def test_a_rule_under_a_light_fill_or_far_from_the_band_is_left():
    assert _tops(under_dark_fills(_frame(104.6), [{**NAVY, "colour": "#e7eef7"}]))[40] == 104.6
    assert _tops(under_dark_fills(_frame(112.0), [NAVY]))[40] == 112.0


# a grid as the scan of a plan with a dark heading band finds it (PDF points): the band's edge rules,
# a banner row spanning the grid, two action rows; the frame found from under the band, the right
# side 3.6 pt under the band's foot rule (more than the engine's snap); column rules under the banner
COLS = (40.0, 78.0, 322.0, 421.0, 505.0, 566.0, 612.0, 803.0)
ROWS_AT = (88.0, 101.0, 120.0, 145.0, 170.0)
BAND = {"x0": 39.0, "top": 86.4, "x1": 803.5, "bottom": 103.7, "colour": "#353535"}
CELLS = [(88.0, ["Ref", "Action", "Lead", "Deadline", "Priority", "RAG", "Update"]),
         (120.0, ["1.1", "Train middle leaders", "Mark Whitfield", "01.04.25", "P3", "A", "Data improves."]),
         (145.0, ["1.2", "Publish a complaints policy", "Gareth Lloyd", "28.02.25", "P1", "G", "Cohort trained."])]


def _scanned_grid() -> tuple[list[dict], list]:
    from conftest import words_of
    rules = [edge(COLS[0], y, COLS[-1], y) for y in ROWS_AT]
    rules += [edge(COLS[0], 100.8, COLS[0], ROWS_AT[-1]), edge(COLS[-1], 104.6, COLS[-1], ROWS_AT[-1])]
    rules += [edge(x, 119.5, x, ROWS_AT[-1]) for x in COLS[1:-1]]
    lines = [(COLS[0] + 4, 106.0, "Area 1 - Persistent absence")]
    lines += [(x + 3, top + 3.0, text) for top, texts in CELLS for x, text in zip(COLS, texts, strict=False)]
    return rules, words_of(lines, size=8.0)


def test_a_grid_under_a_dark_heading_band_keeps_its_headings_and_first_banner():
    from planx.extract.pdftables import layout_from_words
    rules, words = _scanned_grid()
    page = (0.0, 0.0, 842.0, 595.0)
    # as the scan finds it, the grid starts under the banner: the headings name no column of it
    before = layout_from_words(words, rules, page, [BAND])
    assert not any([c.text for c in row] == CELLS[0][1] for t in before.tables for row in t.grid())
    layout = layout_from_words(words, under_dark_fills(rules, [BAND]), page, [BAND])
    assert len(layout.tables) == 1
    rows = [[c.text for c in row] for row in layout.tables[0].grid()]
    assert rows[0] == CELLS[0][1] and " ".join(rows[1]) == "Area 1 - Persistent absence"
    assert rows[2][:2] == ["1.1", "Train middle leaders"]
