"""Two things the borderless engine must not take for a table's edges (fixes after the bl53 merge):
a page's running head over a row the page break carried (its two texts at the table's columns but
one across a column edge) is no row of the table; and a column of symbols and units whose longest
lines end close together is no wrapped column's ragged edge (each line a row of its own, room to
spare after it). Word boxes placed as a PDF page prints them, (text, x0, x1, top, size)."""
from __future__ import annotations

from planx.extract.pdftables import layout_from_words, tables_from_words

LANDSCAPE = (0.0, 0.0, 842.0, 595.0)
HINTS = (125.5, 213.8, 302.2, 390.5, 478.9, 567.2, 655.6)  # the column edges of the table on the page before


def boxes(placed: list[tuple[str, float, float, float, float]]) -> list[dict[str, object]]:
    return [{"text": t, "x0": a, "x1": b, "top": y, "bottom": y + size, "size": size} for t, a, b, y, size in placed]


def row_texts(layout) -> list[str]:
    return [" ".join(c.text.split()) for t in layout.tables for c in t.cells]


# a row of an eight-column table (No. | Action | … | Evidence) carried to the next page, the No.
# cell and some others empty, under the page's running head: 'OFFICIAL' at the margin, the plan's
# title further right, across the column edge at 478.9
RUNNING_HEAD = [("OFFICIAL", 42.6, 78.3, 35.5, 8.0), ("Post-inspection", 402.6, 460.0, 35.5, 8.0),
                ("action", 462.2, 486.0, 35.5, 8.0), ("plan", 488.2, 510.6, 35.5, 8.0)]
CARRIED = [("partner", 131.0, 159.0, 72.0, 8.0), ("agencies", 161.2, 198.8, 72.0, 8.0),
           ("14/01/2026", 396.0, 442.1, 72.0, 8.0), ("target", 661.1, 684.0, 72.0, 8.0),
           ("range", 686.2, 708.0, 72.0, 8.0), ("for", 710.2, 724.8, 72.0, 8.0),
           ("with", 131.0, 148.0, 81.3, 8.0), ("the", 150.2, 163.0, 81.3, 8.0),
           ("2.", 396.0, 403.0, 81.3, 8.0), ("Pilot", 405.2, 423.0, 81.3, 8.0), ("in", 425.2, 432.0, 81.3, 8.0),
           ("three", 661.1, 681.0, 81.3, 8.0), ("months.", 683.2, 714.0, 81.3, 8.0),
           ("designated", 131.0, 172.0, 90.6, 8.0), ("nurse", 174.2, 195.0, 90.6, 8.0),
           ("locality", 396.0, 425.0, 90.6, 8.0)]


def test_a_running_head_over_a_carried_row_is_no_row_of_the_table():
    layout = layout_from_words(boxes(RUNNING_HEAD + CARRIED), [], LANDSCAPE, hints=HINTS)
    texts = row_texts(layout)
    assert not any("OFFICIAL" in t or "Post-inspection" in t for t in texts)
    assert "partner agencies" in texts  # the carried row is still the table's


def test_a_carried_row_of_two_cells_at_the_columns_is_still_a_row():
    two = [w for w in CARRIED if w[1] < 450]  # the row's cells in two columns only, each inside its column
    layout = layout_from_words(boxes(two), [], LANDSCAPE, hints=HINTS)
    assert "partner agencies" in row_texts(layout)


def parameter_rows(labels: list[list[tuple[str, float]]]) -> list[tuple[str, float, float, float, float]]:
    """A booktabs-like table: a label column of symbols and units (words given as (text, width)),
    a figure column and an error column, one line a row, 12.5 pt apart."""
    out = [("Parameter", 306.0, 340.0, 86.8, 8.5), ("Estimate", 403.5, 435.0, 86.8, 8.5),
           ("%SEM", 519.9, 543.8, 86.8, 8.5)]
    for i, words in enumerate(labels):
        y, x = 105.0 + 12.5 * i, 306.0
        for text, width in words:
            out.append((text, x, x + width, y, 8.5))
            x += width + 2.1
        out += [(f"3.{i}{i}1", 403.5, 422.6, y, 8.5), (f"{40 + i}.5", 519.9, 534.8, y, 8.5)]
    return out


def test_symbols_ending_close_together_are_no_ragged_edge():
    """Three labels end within an em of the longest, but the column is symbols and units, one line a
    row: the room to the figures' column stays; 'k inc (h−1)' under the longest label is a row."""
    labels = [[("CLM/F", 23.8), ("(L/h)", 17.4)], [("SLP", 14.7), ("0", 3.0), ("(ng/mL)−1", 35.4)],
              [("SLP", 14.7), ("SS", 6.6), ("(ng/mL)−1", 35.4)], [("k", 3.8), ("inc", 7.3), ("(h−1)", 17.0)],
              [("kpro", 11.7), ("(ng/mL·h)", 34.7)], [("tlag", 9.7), ("(h)", 9.9)]]
    rules = [{"x0": 306.0, "x1": 544.3, "top": y, "bottom": y} for y in (81.1, 97.6, 182.0)]
    tables = tables_from_words(boxes(parameter_rows(labels)), rules, (0, 0, 595, 790))
    assert len(tables) == 1
    t = tables[0]
    first = {c.r: " ".join(c.text.split()) for c in t.cells if c.c == 0}
    assert [first[r] for r in sorted(first)][1:] == ["CLM/F (L/h)", "SLP 0 (ng/mL)−1", "SLP SS (ng/mL)−1",
                                                      "k inc (h−1)", "kpro (ng/mL·h)", "tlag (h)"]


# a slide (960 x 540) as a presentation program exports it: a running head in small type whose two
# texts fall inside the columns of the table the slide before ended with (the title at the left
# margin, the rating at the right), the slide's own milestones table in 9 pt, 'OFFICIAL' and the
# slide number at its foot in small type
SLIDE = (0.0, 0.0, 960.0, 540.0)
SLIDE_HINTS = (36.0, 268.9, 370.8, 603.7, 705.6, 924.0)
SLIDE_HEAD = [("Improvement", 36.0, 78.0, 14.4, 7.0), ("programme", 80.0, 116.0, 14.4, 7.0),
              ("report", 118.0, 140.0, 14.4, 7.0), ("Overall:", 800.0, 830.0, 14.4, 7.0),
              ("Green", 832.0, 852.0, 14.4, 7.0)]
SLIDE_FOOT = [("OFFICIAL", 460.0, 493.0, 519.7, 7.0), ("7", 920.0, 924.0, 519.7, 7.0)]


def slide_table() -> list[tuple[str, float, float, float, float]]:
    out = []
    rows = [["Milestones", "Due", "RAG", "Owner", "Update"],
            ["Introduce the quality framework", "October 2024", "On schedule", "Head of Early Help", "Agreed"],
            ["Train all the practitioners", "May 2024", "Planned", "Rob Kessler", "Booked in"]]
    for k, row in enumerate(rows):
        y = 80.9 + 17.0 * k
        for text, x in zip(row, (42.0, 274.9, 376.8, 609.7, 711.6), strict=True):
            at = x
            for w in text.split():
                out.append((w, at, at + 4.5 * len(w), y, 9.0))
                at += 4.5 * len(w) + 2.5
    return out


def test_a_running_head_and_foot_in_small_type_at_the_columns_are_no_carried_row():
    """Each text of the head and of the foot lies inside a column of the table the slide before ended
    with, none across an edge; set smaller than the slide's body, they are its furniture, no row."""
    layout = layout_from_words(boxes(SLIDE_HEAD + slide_table() + SLIDE_FOOT), [], SLIDE, hints=SLIDE_HINTS)
    texts = row_texts(layout)
    assert not any("Improvement" in t or "Overall" in t or "OFFICIAL" in t for t in texts)
    assert "Introduce the quality framework" in texts and "Booked in" in texts
    assert len(layout.tables) == 1


def test_a_carried_row_of_two_cells_in_the_body_type_is_still_a_row_over_a_table():
    """The same two-text shape in the type of the page's table is the row the page break carried."""
    carried = [("Refresh", 42.0, 75.0, 40.0, 9.0), ("the", 77.0, 90.0, 40.0, 9.0), ("plan", 92.0, 110.0, 40.0, 9.0),
               ("Stalled", 711.6, 743.0, 40.0, 9.0)]
    layout = layout_from_words(boxes(carried + slide_table()), [], SLIDE, hints=SLIDE_HINTS)
    assert "Refresh the plan" in row_texts(layout)
