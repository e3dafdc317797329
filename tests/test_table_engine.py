"""The table engine on word boxes and rulings (extract.pdftables.tables_from_words): the interface
the born-digital reader uses and the scanned-page reader feeds with OCR words. Pages are made
here from words placed as a renderer places them (a character 0.5 em wide, a space 0.25 em)."""
from __future__ import annotations

from typing import Any

from planx.extract.pdfgeom import BULLET, word_text
from planx.extract.pdftables import FoundTable, tables_from_words

SIZE = 8.0


def words_at(text: str, x: float, top: float, size: float = SIZE) -> list[dict[str, Any]]:
    """pdfplumber word dicts for a text set from x at top (each word its own box)."""
    out = []
    for w in text.split():
        width = 0.5 * size * len(w)
        out.append({"text": w, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "size": size})
        x += width + 0.25 * size
    return out


def page(rows: list[list[tuple[float, str]]], top: float = 100.0, pitch: float = 10.0,
         gaps: dict[int, float] | None = None) -> list[dict[str, Any]]:
    """Lines of (x, text) pieces, one line per `pitch`, with extra space before line i (gaps)."""
    out = []
    y = top
    for i, line in enumerate(rows):
        y += (gaps or {}).get(i, 0.0)
        for x, text in line:
            out += words_at(text, x, y)
        y += pitch
    return out


def grid(t: FoundTable) -> list[list[str]]:
    rows = [["" for _ in range(t.ncols)] for _ in range(t.nrows)]
    for c in t.cells:
        rows[c.r][c.c] = c.text.replace("\n", " / ")
    return rows


def only_table(words: list[dict[str, Any]], rulings: list[dict[str, Any]] | None = None) -> FoundTable:
    tables = tables_from_words(words, rulings or [], (0, 0, 600, 800))
    assert len(tables) == 1, [grid(t) for t in tables]
    return tables[0]


def test_dense_figures_one_row_per_line() -> None:
    """A statistics table: every line a row (figures never wrap), a label ended by leader dots
    is complete, and a label wrapped over two lines joins the row that holds its figures."""
    lines = [[(40, "Offence"), (200, "Total"), (260, "Male"), (320, "Female")],
             [(40, "Total . . . . . ."), (200, "1,062"), (260, "830"), (320, "232")],
             [(40, "Violent crime . . ."), (200, "468"), (260, "380"), (320, "88")],
             [(40, "Murder and nonnegligent")],
             [(40, "manslaughter . . ."), (200, "10.0"), (260, "9.0"), (320, "1.1")],
             [(40, "Robbery . . . . . ."), (200, "102.1"), (260, "90.0"), (320, "12.1")]]
    t = only_table(page(lines))
    rows = grid(t)
    assert rows[0] == ["Offence", "Total", "Male", "Female"]
    assert [r[1] for r in rows[1:]] == ["1,062", "468", "10.0", "102.1"]
    assert rows[3][0] == "Murder and nonnegligent / manslaughter . . ."
    assert t.evidence["rows"] == "text"


def test_prose_cells_wrapped_over_lines() -> None:
    """A plan without rulings, rows as close as lines: a line whose text goes on in lower case,
    or whose first word would not have fitted on the line above, continues its cell; a new
    reference starts a row."""
    lines = [[(40, "Ref"), (80, "Action"), (300, "Lead"), (400, "Due")],
             [(40, "1.1"), (80, "Review the referral pathway so"), (300, "Ruth Adeyemi"), (400, "May-21")],
             [(80, "that families are seen quickly")],
             [(40, "1.2"), (80, "Publish the local offer"), (300, "Tom Brannigan"), (400, "June 2021")],
             [(40, "1.3"), (80, "Train the duty team in the new"), (300, "Head of Early"), (400, "Ongoing")],
             [(80, "assessment framework"), (300, "Help")]]
    rows = grid(only_table(page(lines)))
    assert [r[0] for r in rows] == ["Ref", "1.1", "1.2", "1.3"]
    assert rows[1][1] == "Review the referral pathway so / that families are seen quickly"
    assert rows[3][1:3] == ["Train the duty team in the new / assessment framework", "Head of Early / Help"]


def test_stacked_heading_lines_form_one_heading() -> None:
    lines = [[(40, "Area"), (200, "Target"), (260, "Number of")],
             [(200, "date"), (260, "cases")],
             [(40, "North"), (200, "2021"), (260, "12")],
             [(40, "South"), (200, "2022"), (260, "40")]]
    rows = grid(only_table(page(lines)))
    assert rows[0] == ["Area", "Target / date", "Number of / cases"]
    assert len(rows) == 3


def test_rows_set_apart_by_padding_with_cells_centred() -> None:
    """Rows parted by wider white space than lines in a cell; a short cell is set in the middle
    of its row, between the lines of the tall one: each band of lines is one row."""
    words = words_at("Action", 40, 100) + words_at("Lead", 300, 100) + words_at("Due", 400, 100)
    # row 1: a three-line action, lead and date centred on its middle line
    words += words_at("Set up a panel with", 40, 125) + words_at("the police to divert", 40, 135)
    words += words_at("first-time entrants", 40, 145)
    words += words_at("Amira Khan", 300, 134) + words_at("June 2021", 400, 134)
    # row 2: one line
    words += words_at("Publish the policy", 40, 170) + words_at("Leon Fair", 300, 170) + words_at("Dec-21", 400, 170)
    # row 3: two lines, the lead wrapped too, centred
    words += words_at("Agree a screening tool", 40, 195) + words_at("with schools", 40, 205)
    words += words_at("Grace", 300, 195) + words_at("Mbeki", 300, 205) + words_at("Ongoing", 400, 200)
    t = only_table(words)
    rows = grid(t)
    assert rows[1] == ["Set up a panel with / the police to divert / first-time entrants", "Amira Khan", "June 2021"]
    assert rows[2] == ["Publish the policy", "Leon Fair", "Dec-21"]
    assert rows[3] == ["Agree a screening tool / with schools", "Grace / Mbeki", "Ongoing"]
    assert t.evidence["rows"] == "bands"


def test_horizontal_rules_only_part_rows() -> None:
    """Booktabs: rules above and below the heading and at the foot, none between columns; the
    columns come from the text, the heading rule parts the heading from a body line that would
    otherwise read as its continuation (lower case)."""
    lines = [[(40, "Measure"), (250, "Baseline"), (330, "Target")],
             [(40, "children seen alone"), (250, "61%"), (330, "90%")],
             [(40, "Plans reviewed on time"), (250, "70%"), (330, "95%")]]
    words = page(lines)
    rules = [{"x0": 38, "x1": 380, "top": 99, "bottom": 99}, {"x0": 38, "x1": 380, "top": 109, "bottom": 109},
             {"x0": 38, "x1": 380, "top": 129, "bottom": 129}]
    t = only_table(words, rules)
    assert grid(t) == [["Measure", "Baseline", "Target"], ["children seen alone", "61%", "90%"],
                       ["Plans reviewed on time", "70%", "95%"]]
    assert t.evidence["rows"].startswith("rules")


def test_ruled_grid_with_a_spanning_cell() -> None:
    """Closed cells from the rulings (as pdfplumber finds them), a heading cell with no ruling
    inside it spanning two columns, a cell's two lines kept in one cell."""
    ys = [100, 115, 130, 155]
    rules = [{"x0": 40, "x1": 400, "top": y, "bottom": y} for y in ys]
    rules += [{"x0": x, "x1": x, "top": 100, "bottom": 155} for x in (40, 400)]
    rules += [{"x0": x, "x1": x, "top": 115, "bottom": 155} for x in (200, 300)]  # none in the heading row
    words = words_at("Progress in the year", 45, 104) + words_at("Action", 45, 119) + words_at("Q1", 205, 119)
    words += words_at("Q2", 305, 119) + words_at("Audit visits", 45, 134) + words_at("every month", 45, 144)
    words += words_at("Done", 205, 134) + words_at("Due", 305, 134)
    t = only_table(words, rules)
    assert t.ruled and t.evidence["rows"] == "rulings"
    head = next(c for c in t.cells if c.r == 0 and c.text)
    assert (head.text, head.colspan) == ("Progress in the year", 3)
    assert grid(t)[2] == ["Audit visits / every month", "Done", "Due"]


def test_paragraphs_around_a_table_stay_text() -> None:
    prose = "This plan sets out what we will do in response to the inspection and who leads it."
    lines = [[(40, prose)], [(40, "Progress is reported to the board every month.")],
             [(40, "Action"), (300, "Lead"), (400, "Due")],
             [(40, "Review the pathway"), (300, "Ruth Adeyemi"), (400, "May-21")],
             [(40, "Publish the offer"), (300, "Tom Brannigan"), (400, "June 2021")],
             [(40, prose)]]
    t = only_table(page(lines, gaps={2: 12.0, 5: 12.0}))
    assert grid(t)[0] == ["Action", "Lead", "Due"] and t.nrows == 3


def test_confidence_of_a_doubtful_table() -> None:
    """Columns mixing figures and words, and rows of one cell, lower the confidence."""
    from planx.extract.pdfconfidence import DOUBTFUL
    good = only_table(page([[(40, "Area"), (200, "2020"), (260, "2021")], [(40, "North"), (200, "12"), (260, "14")],
                            [(40, "South"), (200, "30"), (260, "33")], [(40, "East"), (200, "8"), (260, "9")]]))
    assert good.confidence >= DOUBTFUL and good.evidence["types"] == 1.0
    bad = only_table(page([[(40, "Area"), (200, "2020"), (260, "2021")], [(40, "North"), (200, "12"), (260, "x")],
                           [(40, "South"), (200, "many"), (260, "33")], [(40, "East"), (200, "8"), (260, "some")],
                           [(40, "Total for the whole county")], [(40, "West"), (200, "few"), (260, "6")],
                           [(40, "Notes and sources below")]]))
    assert bad.confidence < good.confidence and bad.evidence["types"] < 1.0


def test_unmapped_glyphs() -> None:
    """A lone unmapped glyph is a bullet; unmapped glyphs inside a word are dropped."""
    assert word_text(["(cid:127)"]) == BULLET
    assert word_text(["A", "(cid:3)", "b"]) == "Ab"
    assert word_text(["\ufb01", "x"]) == "\ufb01x"  # ligatures are expanded before (pdfgeom.LIGATURES)
    assert word_text(["\uf0b7"]) == "\uf0b7"  # a Symbol-font bullet stays for the plan rules
    assert word_text(["a", "\x18", "b"]) == "ab"  # a control character does not


def jittered_table(slack: float) -> list[list[str]]:
    """Two rows of three columns, set close (cells of two or three lines 9.5 pt apart, rows
    15 pt apart), each line's top off by up to half a point as OCR places a word; `slack`: how
    far off the words say they may be."""
    from planx.extract.pdftables import layout_from_words
    jitter = [0.0, 0.5, -0.4, 0.3, -0.5, 0.4, 0.0, -0.3]
    rows = [[["Heading"], ["Action"], ["Lead"]],
            [["Early help", "for families"], ["Open a single", "front door for", "requests"], ["Ann Lee"]],
            [["Education", "in care"], ["Train the", "designated", "teachers"], ["Sam Roe"]]]
    words: list[dict[str, Any]] = []
    y, k = 100.0, 0
    for row in rows:
        for col, lines in enumerate(row):
            for i, text in enumerate(lines):
                k += 1
                top = y + 9.5 * i + jitter[k % len(jitter)]
                x = 50.0 + 150 * col
                for w in text.split():
                    words.append({"text": w, "x0": x, "x1": x + 6 * len(w), "top": top, "bottom": top + 9,
                                  "size": 8.0, "slack": slack})
                    x += 6 * len(w) + 3
        y += 9.5 * max(len(c) for c in row) + 15
    [t] = layout_from_words(words, (), (0, 0, 600, 800)).tables
    return [[c.text for c in r] for r in t.grid()]


def test_a_cells_lines_placed_roughly_by_ocr_stay_one_cell() -> None:
    """Lines whose tops are off by up to half a point (words read from a scan) keep to their cells
    when the words say they may be that far off; the same jitter in a PDF's own text (exact
    positions) is read as lines set at other pitches."""
    assert jittered_table(0.54) == [["Heading", "Action", "Lead"],
                                    ["Early help\nfor families", "Open a single\nfront door for\nrequests", "Ann Lee"],
                                    ["Education\nin care", "Train the\ndesignated\nteachers", "Sam Roe"]]
    assert jittered_table(0.0) != jittered_table(0.54)


def plan_rows(last: list[tuple[float, str]]) -> list[dict[str, Any]]:
    """A heading line and three rows set apart by padding (the first row's action on two
    lines), with `last` (x, text) added to the heading line."""
    words = words_at("Action", 40, 100) + words_at("Owner", 200, 100) + words_at("Status", 290, 100)
    for x, text in last:
        words += words_at(text, x, 100)
    words += words_at("Review the duty rota", 40, 120) + words_at("and the on-call list", 40, 130)
    words += words_at("Ann Lee", 200, 120) + words_at("Paused", 290, 120)
    for top, action, owner, status in ((155, "Publish the local offer", "Bo Chan", "On track"),
                                       (180, "Train all panel chairs", "Cy Dunn", "Slipped")):
        words += words_at(action, 40, top) + words_at(owner, 200, top) + words_at(status, 290, top)
    return words


def test_a_column_empty_below_its_heading_keeps_its_place() -> None:
    """A 'Progress' column not filled in yet: only its heading has text there. The gutter before
    it (under two ems) is seen in the heading line alone; the column before it (its text starting at one edge,
    stopping short of the gutter) is the evidence that it is a gutter, not a wide space."""
    t = only_table(plan_rows([(333, "Progress to date")]))
    assert grid(t) == [["Action", "Owner", "Status", "Progress to date"],
                       ["Review the duty rota / and the on-call list", "Ann Lee", "Paused", ""],
                       ["Publish the local offer", "Bo Chan", "On track", ""],
                       ["Train all panel chairs", "Cy Dunn", "Slipped", ""]]


def test_a_heading_word_close_to_the_last_is_no_column() -> None:
    """A heading word less than an em after the last column's heading is part of that heading."""
    t = only_table(plan_rows([(318, "update")]))
    assert t.ncols == 3, grid(t)
    assert grid(t)[0][2] == "Status update"


def test_a_rag_column_drawn_as_coloured_marks_only() -> None:
    """RAG ratings drawn as coloured dots, no text, at the table's right side: no gutter holds
    them (no text beyond them), yet they line up in their own column under the heading, and
    each dot colours its cell, also where it reaches past the heading word's end."""
    colours = ["#e0301e", "#ffbf00", "#2e9e44"]
    marks = [{"x0": 341.0, "x1": 353.0, "top": top, "bottom": top + 8, "colour": c, "mark": True}
             for top, c in zip((120.0, 155.0, 180.0), colours, strict=True)]
    tables = tables_from_words(plan_rows([(333, "RAG")]), [], (0, 0, 600, 800), marks)
    assert len(tables) == 1
    t = tables[0]
    assert grid(t) == [["Action", "Owner", "Status", "RAG"],
                       ["Review the duty rota / and the on-call list", "Ann Lee", "Paused", ""],
                       ["Publish the local offer", "Bo Chan", "On track", ""],
                       ["Train all panel chairs", "Cy Dunn", "Slipped", ""]]
    assert [c.fill for c in sorted(t.cells, key=lambda c: (c.r, c.c)) if c.c == 3 and c.r > 0] == colours


def test_a_column_set_closer_than_a_wide_gap() -> None:
    """Cells padded a point or two: the Lead column starts 3 pt after the longest action, less
    than the gap that parts segments, yet its names start at one x row after row while the
    actions end raggedly before it: a column edge (pdfborderless.narrow_edges)."""
    lines = [[(40, "Action"), (111, "Lead"), (300, "Due")],
             [(40, "Review the pathway"), (111, "Ann Lee"), (300, "May-21")],
             [(40, "Publish the offer"), (111, "Tom Brannigan"), (300, "Jun-21")],
             [(40, "Train the panel"), (111, "Cy Dunn"), (300, "Jul-21")],
             [(40, "Audit case files"), (111, "Bo Chan"), (300, "Sep-21")]]
    t = only_table(page(lines))
    assert grid(t) == [["Action", "Lead", "Due"], ["Review the pathway", "Ann Lee", "May-21"],
                       ["Publish the offer", "Tom Brannigan", "Jun-21"], ["Train the panel", "Cy Dunn", "Jul-21"],
                       ["Audit case files", "Bo Chan", "Sep-21"]]


def test_words_of_equal_width_are_no_column_edge() -> None:
    """Months and years all as wide ('Feb 2025', 'Jul 2026') or first names of one length: the
    second words start at one x on every line, a word space after the first: one cell each."""
    lines = [[(40, "Action"), (200, "Lead"), (300, "Due")],
             [(40, "Review the pathway"), (200, "Sofia Russo"), (300, "Feb 2025")],
             [(40, "Publish the offer"), (200, "Tariq Hussain"), (300, "Jul 2026")],
             [(40, "Train the panel"), (200, "Sofia Russo"), (300, "Sep 2025")],
             [(40, "Audit case files"), (200, "Maria Lopez"), (300, "Nov 2026")]]
    t = only_table(page(lines))
    assert t.ncols == 3, grid(t)
    assert [r[1:] for r in grid(t)[1:3]] == [["Sofia Russo", "Feb 2025"], ["Tariq Hussain", "Jul 2026"]]


def test_a_column_set_far_right_stays_in_its_table() -> None:
    """A date column at the right margin, its gutter many times wider than the others: still a
    column of the table (its lines stand on the rows' baselines, down the whole table, lined up
    on one edge), not a second thing beside it (pdfborderless.rows_beside)."""
    lines = [[(40, "Action"), (160, "Lead"), (520, "Due")],
             [(40, "Review the path"), (160, "Ann Lee"), (520, "May-21")],
             [(40, "Publish offer"), (160, "Tom Bran"), (520, "Jun-21")],
             [(40, "Train panel"), (160, "Cy Dunn"), (520, "Jul-21")],
             [(40, "Audit files"), (160, "Bo Chan"), (520, "Sep-21")]]
    t = only_table(page(lines))
    assert grid(t)[0] == ["Action", "Lead", "Due"] and [r[2] for r in grid(t)[1:]] == \
        ["May-21", "Jun-21", "Jul-21", "Sep-21"]


def rule_under(line: int, x0: float = 38, x1: float = 420, top: float = 100.0, pitch: float = 10.0) -> dict[str, Any]:
    """A horizontal rule just below line `line` of page()'s lines."""
    y = top + pitch * line + SIZE + 1
    return {"x0": x0, "x1": x1, "top": y, "bottom": y}


def test_bulleted_cell_between_rules_is_one_row() -> None:
    """Rules between the rows: a cell's bullet items, each a line starting anew, stay in the
    row the rules frame (pdfborderless.rules_part_rows); a heading line under the heading's
    first stays with it."""
    lines = [[(40, "Action"), (250, "Lead"), (340, "Due")],
             [(40, "• Review the pathway"), (250, "Ann Lee"), (340, "May-21")],
             [(40, "• Audit case files")],
             [(40, "• Publish the offer")],
             [(40, "Train the panel"), (250, "Bo Chan"), (340, "Jul-21")],
             [(40, "• Agree the rota"), (250, "Cy Dunn"), (340, "Sep-21")],
             [(40, "• Share the findings")]]
    t = only_table(page(lines), [rule_under(0), rule_under(3), rule_under(4), rule_under(6)])
    assert [r[0] for r in grid(t)] == ["Action", "• Review the pathway / • Audit case files / • Publish the offer",
                                       "Train the panel", "• Agree the rota / • Share the findings"]
    assert [r[1] for r in grid(t)] == ["Lead", "Ann Lee", "Bo Chan", "Cy Dunn"]


def test_figures_ruled_in_groups_keep_a_row_per_line() -> None:
    """A dense table ruled under every few rows: each line fills every column, a row of its own."""
    lines = [[(40, "Area"), (200, "2020"), (260, "2021")], [(40, "North"), (200, "12"), (260, "14")],
             [(40, "South"), (200, "30"), (260, "33")], [(40, "East"), (200, "8"), (260, "9")],
             [(40, "West"), (200, "5"), (260, "7")], [(40, "Total"), (200, "55"), (260, "63")]]
    t = only_table(page(lines), [rule_under(0, x1=300), rule_under(2, x1=300), rule_under(4, x1=300)])
    assert [r[0] for r in grid(t)] == ["Area", "North", "South", "East", "West", "Total"]


def test_rules_across_a_wide_gutter_hold_one_table() -> None:
    """A gutter many times wider than the others (a right-set column far off) with the row rules
    running across it: one table's columns, not two things side by side."""
    lines = [[(40, "Action"), (150, "Lead"), (420, "Ref"), (460, "Status")],
             [(40, "Review path"), (150, "Ann Lee"), (420, "1.1"), (460, "Green")],
             [(40, "Publish offer"), (150, "Bo Chan"), (420, "1.2"), (460, "Amber")],
             [(40, "Train panel"), (150, "Cy Dunn"), (420, "2.1"), (460, "Red")]]
    t = only_table(page(lines), [rule_under(i, x1=520) for i in range(4)])
    assert grid(t)[0] == ["Action", "Lead", "Ref", "Status"] and t.nrows == 4


def test_bullet_items_of_a_borderless_cell_stay_in_its_row() -> None:
    """No rules: a cell holding a list, its items each opened by a bullet (capitalised or not),
    the other columns empty beside them: the list goes on in the cell; a section line across the
    table starts a row of its own."""
    lines = [[(40, "Action"), (250, "Ref"), (300, "Status")],
             [(40, "• Review the pathway"), (250, "1.1"), (300, "Green")],
             [(40, "• Audit case files")],
             [(40, "• publish the offer")],
             [(40, "Objective 2: Safe staffing and workforce planning across all of our sites")],
             [(40, "Train the panel"), (250, "2.1"), (300, "Amber")]]
    rows = grid(only_table(page(lines)))
    assert [r[0] for r in rows] == ["Action", "• Review the pathway / • Audit case files / • publish the offer",
                                    "Objective 2: Safe staffing and workforce planning across all of our sites",
                                    "Train the panel"]


def test_a_right_set_column_beside_a_left_set_one_a_padding_apart() -> None:
    """Names set right in their column and the next column's text set left, 3 pt apart on every
    line (a word space here is 2 pt; too tight for a gutter of its own): that steady gap is cell
    padding, no word space, so a column edge, though both sides line up."""
    rows = [("Ann Lee", "Weekly review"), ("Tom Brannigan", "Monthly audit"), ("Cy Dunn", "Termly report"),
            ("Bo Chan", "Annual survey")]
    right = 200.0
    lines = [[(40, "Action"), (right - 4 * 4, "Lead"), (right + 3, "Measure")]]
    actions = ["Review the referral pathway", "Audit files", "Publish offer", "Train panel"]
    for action, (lead, measure) in zip(actions, rows, strict=True):
        width = 4 * len(lead.replace(" ", "")) + 2 * lead.count(" ")
        lines.append([(40, action), (right - width, lead), (right + 3, measure)])
    t = only_table(page(lines))
    assert [r[1:] for r in grid(t)] == [["Lead", "Measure"], ["Ann Lee", "Weekly review"],
                                        ["Tom Brannigan", "Monthly audit"], ["Cy Dunn", "Termly report"],
                                        ["Bo Chan", "Annual survey"]]


def test_labels_of_equal_width_in_a_figures_table_stay_whole() -> None:
    """'Ward 10', 'Ward 11' … beside figures: the numbers after the word start at one x on every
    line, but a word space after it, and the only gaps there inside a segment are spaces (the
    table's own column gaps are wide, no word spaces); a heading 'Rate per 1,000' over figures as
    wide as its last word is no column edge either."""
    lines = [[(40, "Area"), (150, "Cases"), (220, "Rate per 1,000")]]
    for k, (cases, rate) in enumerate([("1,204", "4,797"), ("96", "3,858"), ("2,310", "3,447"), ("15", "4,507")]):
        lines.append([(40, f"Ward {10 + k}"), (150, cases), (260, rate)])
    t = only_table(page(lines))
    assert grid(t) == [["Area", "Cases", "Rate per 1,000"], ["Ward 10", "1,204", "4,797"], ["Ward 11", "96", "3,858"],
                       ["Ward 12", "2,310", "3,447"], ["Ward 13", "15", "4,507"]]


def test_a_bulleted_list_is_no_table() -> None:
    """Bullets set a little apart from their items, the items' first words starting at one x:
    the edge lines up as a column's would, but every text before it is a list marker."""
    lines = [[(40, "Teachers of vocational subjects must hold:")],
             [(40, "•"), (47, "a degree in the subject or a related field,")],
             [(40, "•"), (47, "basic studies in education,")],
             [(40, "•"), (47, "work experience outside teaching,")],
             [(40, "•"), (47, "teaching experience of a year or more.")],
             [(40, "In colleges the same rules apply to every teacher of a vocational subject.")]]
    assert tables_from_words(page(lines), [], (0, 0, 600, 800)) == []


BANDED = [[(40, "Action"), (260, "Ref"), (320, "Lead")],
          [(40, "Publish the local offer so that families"), (260, "6.8"), (320, "Deputy Head")],
          [(40, "know what is on offer")],
          [(40, "• Develop the complaints process"), (260, "9.3"), (320, "Governors")],
          [(40, "• agree pupil premium spending")],
          [(40, "• monitor pupil premium spending")],
          [(40, "Area A - Leadership and management")],
          [(40, "Audit staff supervision for families"), (260, "3.7"), (320, "Governors")],
          [(40, "Reduce waiting times"), (260, "8.4"), (320, "SENCO")]]


def test_a_line_set_apart_under_a_band_rows_cells_is_a_row_of_its_own() -> None:
    """Rows in bands (wide white between them); a section's line set under a row's last bullet,
    apart from it but closer than a band: it cannot share the first column's place in that row
    (which holds the bullets), so it is a row of its own and the bullets stay in theirs."""
    rows = grid(only_table(page(BANDED, pitch=8.4, gaps={1: 7, 3: 7, 6: 2.6, 7: 7, 8: 7})))
    assert rows[2] == ["• Develop the complaints process / • agree pupil premium spending / "
                       "• monitor pupil premium spending", "9.3", "Governors"]
    assert rows[3] == ["Area A - Leadership and management", "", ""]
    assert [r[1] for r in rows] == ["Ref", "6.8", "9.3", "", "3.7", "8.4"]


def test_a_cells_paragraph_set_apart_in_a_band_stays_in_its_cell() -> None:
    """A line of one column set a line's height below its cell's last line while the row's
    first cell goes on beside it: a paragraph of that cell, not a second cell in its place."""
    lines = [*BANDED[:3],
             [(40, "Review the policy with"), (260, "1.1"), (320, "Governors")],
             [(40, "partners and the families")],
             [(40, "who use the service"), (320, "(interim chair)")],
             BANDED[7], BANDED[8]]
    rows = grid(only_table(page(lines, pitch=8.4, gaps={1: 7, 3: 7, 6: 7, 7: 7})))
    assert rows[2] == ["Review the policy with / partners and the families / who use the service", "1.1",
                       "Governors / (interim chair)"]


def reportlab_table(path: Any, rows: list[list[str]], style: list[Any], bold_rows: set[int],
                    widths: list[float]) -> None:
    """A one-table PDF as reportlab sets it: cells padded a point each side (a two-point gutter),
    the heading and the rows in `bold_rows` in Helvetica-Bold, a banner row spanning the table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=8, leading=9.6)
    heavy = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold")
    cells = [[Paragraph(text, heavy if r == 0 or r in bold_rows else body) if text else "" for text in row]
             for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    pad = [("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
           ("VALIGN", (0, 0), (-1, -1), "TOP")]
    spans = [("SPAN", (0, r), (-1, r)) for r in bold_rows]
    table.setStyle(TableStyle(pad + spans + style))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])


STATS = [["Area", "Total cases", "Rate per 1,000", "Change (%)"],
         ["North East", "4,701", "11.8", "704.9"],
         ["Priority 1: Quality of education", "", "", ""],
         ["Lancashire", "2,652", "79.1", ".."],
         ["Durham", "2,079", "41.3", "1,764"],
         ["Kent", "2,587", "87.0", "457.2"]]


def test_column_rules_without_row_rules(tmp_path: Any) -> None:
    """Column separators drawn, no rule across (broken where the banner spans the table): the
    columns come from the rules, the rows from the text; a bold banner alone in the first column
    is a row of its own spanning the table (not the first line of the label below it), and '..'
    (not available) alone in a column is that cell's value, not leader dots."""
    from reportlab.lib import colors

    from planx.extract.pdf import pdf_tables
    pdf = tmp_path / "vertical.pdf"
    reportlab_table(pdf, STATS, [("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.black)], {2}, [120, 80, 80, 80])
    tables = pdf_tables(pdf)
    assert len(tables) == 1
    rows = tables[0]["rows"]
    assert rows[2] == [{"text": "Priority 1: Quality of education", "rowspan": 1, "colspan": 4}, None, None, None]
    assert rows[3] == ["Lancashire", "2,652", "79.1", ".."]
    assert [r[0] for r in rows[3:]] == ["Lancashire", "Durham", "Kent"]


def test_booktabs_banner_after_wrapped_cell(tmp_path: Any) -> None:
    """Booktabs rules (top, under the heading, bottom): rows from the text. A bold banner under
    a row whose first cell wraps does not go on with that cell (a change of weight parts rows);
    a label in regular type under the banner does not join it either."""
    from reportlab.lib import colors

    from planx.extract.pdf import pdf_tables
    rows = [["Action", "Lead officer", "Target date"],
            ["Review the safeguarding policy with termly reports to the governing board", "J. Smith", "Mar 2026"],
            ["Area A - Leadership and management", "", ""],
            ["Train staff on attendance tracking", "Head teacher", "Sep 2025"],
            ["Publish the local offer", "SENCO", "Dec 2025"]]
    style = [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
             ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black)]
    pdf = tmp_path / "booktabs.pdf"
    reportlab_table(pdf, rows, style, {2}, [150, 80, 60])
    tables = pdf_tables(pdf)
    assert len(tables) == 1
    got = [[c["text"] if isinstance(c, dict) else c for c in r] for r in tables[0]["rows"]]
    got = [[" ".join(c.split()) if c else c for c in r] for r in got]
    assert got[1] == rows[1]
    assert got[2] == ["Area A - Leadership and management", "", ""]  # a stub heading: nothing shows a span
    assert got[3] == rows[3] and got[4] == rows[4]


def test_regular_label_alone_is_not_a_banner(tmp_path: Any) -> None:
    """A first-column label in regular type alone on its row (the other cells left empty) is a
    row like the others, not a banner spanning the table: only a change of weight says banner."""
    from planx.extract.pdf import pdf_tables
    rows = [r[:] for r in STATS]
    pdf = tmp_path / "plain.pdf"
    reportlab_table(pdf, rows, [], set(), [120, 80, 80, 80])
    tables = pdf_tables(pdf)
    cells = [c for r in tables[0]["rows"] for c in r]
    assert not any(isinstance(c, dict) for c in cells)


def test_tight_columns_found_by_level_starts(tmp_path: Any) -> None:
    """No rules, cells padded a point (a two-point gutter, under a word space): where the first
    column's text wraps up against the next, the next column's words still start level row after
    row, and its column is found there (its words end raggedly: not equally wide words set
    right), though only a line or two run over the edge in one segment."""
    from planx.extract.pdf import pdf_tables
    actions = ["Introduce staff supervision for vulnerable families",
               "Develop parent engagement in line with national guidance",
               "Strengthen discharge planning with termly reports to the governing board",
               "Review the housing register using the new dashboard",
               "Monitor waiting times across every site by the end of term",
               "Audit medication audits and share findings with partners"]
    resources = ["Staff time", "Existing resources", "Training days (3)", "£2,000 from budget",
                 "Staff time", "Existing resources"]
    dates = ["Apr 2025", "Dec 2026", "Apr 2026", "Sep 2025", "Jan 2026", "Mar 2026"]
    body = [list(r) for r in zip(actions, resources, dates, strict=True)]
    rows = [["Action", "Resources required", "Target date"], *body]
    pdf = tmp_path / "tight.pdf"
    reportlab_table(pdf, rows, [], set(), [150, 80, 60])
    tables = pdf_tables(pdf)
    assert len(tables) == 1
    got = [[" ".join(c.split()) for c in r] for r in tables[0]["rows"]]
    assert got == rows



def test_columns_a_word_space_apart_found_where_no_space_is_typed(tmp_path: Any) -> None:
    """Cells padded a point a side (a two-point gutter, as wide as a word space): the references
    all as wide ('12.8', '14.8') start level and the lead's words start level after them on every
    row, one word space apart as a first name of equal width would be; but no space character
    stands there, where one stands between every two words typed in a cell: two cells' texts,
    a column edge."""
    from planx.extract.pdf import pdf_tables
    refs = ["12.8", "14.8", "16.3", "10.7", "11.2", "13.5"]
    leads = ["Chief Operating Officer", "A. Patel", "Director of Nursing", "Governors", "Ward Manager",
             "Head teacher"]
    actions = ["Train staff on staff supervision", "Audit staff supervision using the new dashboard",
               "Reduce staff supervision", "Train staff on attendance tracking", "Publish the local offer",
               "Review the complaints process"]
    rows = [["Action", "Ref", "Lead officer", "Due"],
            *[[a, r, lead, "Mar 2026"] for a, r, lead in zip(actions, refs, leads, strict=True)]]
    pdf = tmp_path / "tight_refs.pdf"
    reportlab_table(pdf, rows, [], set(), [190, 17.6, 100, 50])
    tables = pdf_tables(pdf)
    assert len(tables) == 1
    got = [[" ".join(c.split()) for c in r] for r in tables[0]["rows"]]
    assert got == rows


def test_words_marked_by_the_space_characters_before_them() -> None:
    from planx.extract.pdfgeom import words_from_chars

    def chars(text: str, x: float, space: bool = True) -> list[dict[str, Any]]:
        out = []
        for ch in text:
            if ch != " " or space:
                out.append({"text": ch, "x0": x, "x1": x + 4.0, "top": 100.0, "bottom": 108.0, "size": 8.0})
            x += 4.0
        return out
    line = chars("2.8", 40.0) + chars("Chief Operating", 56.0)
    words = words_from_chars(line)
    assert [(w.text, w.spaced) for w in words] == [("2.8", None), ("Chief", False), ("Operating", True)]
    # no space characters on the page at all: nothing known
    assert {w.spaced for w in words_from_chars(chars("2.8", 40.0) + chars("Chief Operating", 56.0, False))} == {None}

# ---- period columns, titles and group headings (text laid out by spaces, read by the same finder) ----

def layout_blocks(text: str) -> list[Any]:
    from planx.extract.layouttext import parse_layout
    return parse_layout(text.splitlines()).blocks


def layout_rows(text: str) -> list[list[tuple[str, int]]]:
    from planx.extract.model import Table
    table = next(b for b in layout_blocks(text) if isinstance(b, Table))
    return [[(c.text, c.colspan) for c in r.cells if not c.merged_above] for r in table.rows]


def set_out(rows: list[list[str]], widths: list[int]) -> str:
    """Rows set out in columns of the given widths (characters), a blank line between rows."""
    return "\n".join("".join(t.ljust(w) for t, w in zip(row, widths, strict=False)).rstrip() for row in rows) + "\n"


PLAN_WIDTHS = [72, 28, 13, 10, 8, 8, 8]
PERIOD_PLAN = "Quarterly Monitoring of the Improvement Plan 2025-26\n" + set_out([
    ["Actions", "Lead officer", "Due", "BRAG rating"], [],
    ["", "", "", "Qtr 1", "Qtr 2", "Qtr 3", "Qtr 4"], [],
    ["Open two family hubs in the north of the borough with health visitors", "Early Help Manager", "March 2026",
     "Red", "Red", "Green"], [],
    ["Train every children's centre worker in the new family assessment tool", "Workforce Lead", "Sep-25",
     "Green", "Green", "Red"], [],
    ["Publish a single early help offer on the council website", "Communications Officer", "March 2026",
     "Amber", "Green"], [],
    ["Buy fifty homes for use as council-owned temporary accommodation", "Housing Supply Manager", "Feb 2026",
     "Amber", "Green", "Red"], [],
    ["Audit fifty case files a month and feed the findings back to each team", "Quality Assurance Manager",
     "Sep-25", "Green"]], PLAN_WIDTHS)


def test_a_title_straight_above_the_table_stays_a_paragraph() -> None:
    from planx.extract.model import Paragraph
    first = layout_blocks(PERIOD_PLAN)[0]
    assert isinstance(first, Paragraph) and first.text.startswith("Quarterly Monitoring")
    assert layout_rows(PERIOD_PLAN)[0][0] == ("Actions", 1)


def test_a_wrapped_column_heading_stays_one_heading() -> None:
    # the first line of the heading is full: 'taken' did not fit on it, so the lines are one heading
    text = """\
Actions to be
taken                 Lead officer     Due
Open two hubs         Early Help       March 2026
Train every worker    Workforce Lead   Sep-25
Publish the offer     Comms Officer    March 2026
"""
    assert layout_rows(text)[0][0] == ("Actions to be\ntaken", 1)


def test_period_columns_with_no_values_yet_stay_apart_under_a_spanning_group_heading() -> None:
    rows = layout_rows(PERIOD_PLAN)
    assert rows[0][-1] == ("BRAG rating", 4)
    assert [t for t, _ in rows[1][-4:]] == ["Qtr 1", "Qtr 2", "Qtr 3", "Qtr 4"]
    assert [t for t, _ in rows[2][-4:]] == ["Red", "Red", "Green", ""]


def test_a_group_heading_over_its_first_period_is_a_row_of_its_own() -> None:
    text = """\
Action                                   Lead officer     Deadline      RAG status

                                                                        Jun       Sep     Dec   Mar

Open two family hubs in the north        Early Help       Jan 2026      Green     Amber

Train every children's centre worker     Workforce Lead   Feb 2026      Green     Red

Publish a single early help offer        Comms Officer    Sep-25        Green     Red
"""
    rows = layout_rows(text)
    assert rows[0][-1] == ("RAG status", 4)
    assert [t for t, _ in rows[1][-4:]] == ["Jun", "Sep", "Dec", "Mar"]
    assert [t for t, _ in rows[2]] == ["Open two family hubs in the north", "Early Help", "Jan 2026", "Green", "Amber",
                                       "", ""]



# ---- a title over a borderless table, or the table's own first row (set as its later rows are) ----

NUMBERED_PLAN = [["1. Identify needs early and accurately", ""],
                 ["Train every early years setting to use the shared speech and language screening tool",
                  "Head of SEND"],
                 ["Set up a multi-agency panel that reviews requests for assessment", "J. Okafor"],
                 ["2. Prepare young people for adult life", ""],
                 ["Start transition planning at every Year 9 annual review", "Sarah Whitfield"]]


def reportlab_titled(path: Any, title: str, rows: list[list[str]], widths: list[float]) -> None:
    """A line of text in the body type straight above a borderless table (no rules, no shading)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=8, leading=9.6)
    cells = [[Paragraph(text, body) if text else "" for text in row] for row in rows]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(title, body), table])


def flat(table: dict[str, Any]) -> list[list[str]]:
    return [[" ".join(c["text"].split()) if isinstance(c, dict) else " ".join((c or "").split()) for c in r]
            for r in table["rows"]]


def test_a_title_line_above_a_borderless_pdf_table_stays_out_of_it(tmp_path: Any) -> None:
    """A line in the body type straight above the heading row, whose words the heading's first
    cell would have run on from had it wrapped: a title, neither a heading line nor a row."""
    from planx.extract.pdf import pdf_tables
    rows = [["Actions", "Lead officer", "Due"],
            ["Open two family hubs in the north of the borough", "Early Help Manager", "March 2026"],
            ["Train every children's centre worker in the new tool", "Workforce Lead", "Sep-25"],
            ["Publish a single early help offer on the website", "Communications Officer", "March 2026"]]
    pdf = tmp_path / "titled.pdf"
    reportlab_titled(pdf, "Improvement Plan Monitoring 2025-26", rows, [220, 110, 60])
    tables = pdf_tables(pdf)
    assert len(tables) == 1
    assert flat(tables[0]) == rows


def test_a_numbered_first_row_of_a_borderless_pdf_table_stays_a_row(tmp_path: Any) -> None:
    """'1. Identify needs…' alone over the first actions is numbered as '2. Prepare…' further down
    is: a row of the table (its area), not a title over it; the unnumbered line above it is."""
    from planx.extract.pdf import pdf_tables
    pdf = tmp_path / "numbered.pdf"
    reportlab_titled(pdf, "Local Offer Improvement Plan 2025", NUMBERED_PLAN, [220, 90])
    tables = pdf_tables(pdf)
    assert len(tables) == 1
    got = flat(tables[0])
    assert [r[0] for r in got] == [r[0] for r in NUMBERED_PLAN]
    assert not any("Local Offer" in c for r in got for c in r)


def test_a_numbered_first_row_in_space_laid_text_stays_a_row() -> None:
    """The same in text laid out by spaces: the numbered line over the first actions is the first
    row (set as the later '2.' row is), the title above it a paragraph."""
    text = """\
Local Offer Improvement Plan 2025

1. Identify needs early and accurately

Train every early years setting to use the shared   Head of SEND
speech and language screening tool                  end of June 2026

Set up a multi-agency panel that reviews            J. Okafor
requests for assessment every fortnight             Sept 2025

2. Prepare young people for adult life

Start transition planning at every Year 9 annual    Sarah Whitfield
review                                              March 2026
"""
    first = layout_blocks(text)[0]
    assert getattr(first, "text", "") == "Local Offer Improvement Plan 2025"
    firsts = [r[0][0] for r in layout_rows(text)]
    assert firsts[0] == "1. Identify needs early and accurately"
    assert firsts[3] == "2. Prepare young people for adult life" and len(firsts) == 5


def test_a_lone_first_row_set_as_a_later_group_row_stays_a_row() -> None:
    """Unnumbered groups: the first lone line is set as the later lone group line is (same left
    edge, same type, set apart alike), so it is a row too, not a title."""
    text = """\
Early help and family support

Open two family hubs in the north of the borough    Early Help Manager
                                                    March 2026

Train every children's centre worker                Workforce Lead
                                                    Sep-25

Housing and homelessness

Buy fifty homes for temporary accommodation         Housing Supply Manager
                                                    Feb 2026
"""
    firsts = [r[0][0] for r in layout_rows(text)]
    assert firsts[0] == "Early help and family support" and "Housing and homelessness" in firsts


def test_a_title_over_numbered_rows_stays_a_paragraph() -> None:
    """A line above a table starting 'Local Offer…' is no item of the rows' numbered list."""
    text = """\
Local Offer Improvement Plan 2025
1. Identify needs early and accurately   Head of SEND       June 2026
2. Prepare young people for adult life   Sarah Whitfield    March 2026
3. Listen to families                    J. Okafor          Sept 2025
"""
    first = layout_blocks(text)[0]
    assert getattr(first, "text", "") == "Local Offer Improvement Plan 2025"
    assert layout_rows(text)[0][0][0] == "1. Identify needs early and accurately"


def _log_under_heading_line(heading: list[tuple[float, str]], first_ref: str = "17/2021") -> list[FoundTable]:
    """The shape of Decoy school committee minutes' 'ACTIONS TO BE TAKEN' table (2020): the heading
    line 'ITEM … BY WHOM … BY WHEN' stands on the grid's top rule, no rule above it; the rows under
    it ruled in four columns (reference, action, who, when)."""
    ys = [120, 135, 150]
    xs = (40, 90, 330, 430, 520)
    rules = [{"x0": 40, "x1": 520, "top": y, "bottom": y} for y in ys]
    rules += [{"x0": x, "x1": x, "top": 120, "bottom": 150} for x in xs]
    words = words_at("ACTIONS TO BE TAKEN", 42, 98)
    for x, text in heading:
        words += words_at(text, x, 111.8)  # foot at 119.8: on the rule at 120
    words += words_at(first_ref, 42, 124) + words_at("Minutes to website", 92, 124)
    words += words_at("Heather Poustie/Clerk", 332, 124) + words_at("asap", 432, 124)
    words += words_at("26/2021", 42, 139) + words_at("Place Anti-bullying Policy on the agenda", 92, 139)
    words += words_at("Clerk", 332, 139) + words_at("asap", 432, 139)
    return tables_from_words(words, rules, (0, 0, 600, 800))


def test_a_heading_line_on_a_ruled_grids_top_rule_is_its_heading_row() -> None:
    tables = _log_under_heading_line([(42, "ITEM"), (332, "BY WHOM"), (432, "BY WHEN")])
    assert len(tables) == 1 and tables[0].ruled
    assert grid(tables[0])[:2] == [["ITEM", "", "BY WHOM", "BY WHEN"],
                                   ["17/2021", "Minutes to website", "Heather Poustie/Clerk", "asap"]]
    assert tables[0].evidence["rows"] == "rulings+heading line"


def test_a_line_over_a_ruled_grid_that_is_no_heading_row_stays_text() -> None:
    """A line that crosses the grid's column rules (a caption, a sentence), or one label alone, or
    labels over a grid that has its own heading row, is not taken into the grid."""
    for heading in ([(42, "Actions agreed at the meeting of the committee in November 2020")],
                    [(42, "ITEM")]):
        tables = _log_under_heading_line(heading)
        assert grid(tables[0])[0][0] == "17/2021", heading
    own = _log_under_heading_line([(42, "ITEM"), (332, "BY WHOM"), (432, "BY WHEN")], first_ref="Ref")
    assert grid(own[0])[0][0] == "Ref"  # a first row of short labels alone is the grid's own heading row


# a plan ruled between its rows, its cells set in bands (white wider than a line between a cell's
# paragraphs): Objective | Strategy | Outcome | Timescale
RULED_BANDS = [[(40, "Objective"), (200, "Strategy"), (330, "Outcome"), (460, "Timescale")],
               [(40, "Train the staff"), (200, "Update staff in first"), (330, "Staff meeting time."),
                (460, "Annually")],
               [(40, "in first aid"), (200, "aid and other needs.")],
               [(200, "Key member of staff")],
               [(200, "named as lead.")],
               [(40, "Create a positive"), (200, "Provide a desk for"), (330, "Pupils own their"), (460, "Termly")],
               [(40, "environment"), (200, "each pupil."), (330, "workstation.")],
               [(200, "Display pupils work"), (330, "Wall displays"), (460, "Ongoing")],
               [(200, "around school."), (330, "in place.")],
               [(40, "Hear pupils voices"), (200, "School Council"), (330, "Pupils share"), (460, "Ongoing")]]


def test_a_paragraph_of_one_cell_inside_a_ruled_row_stays_in_its_row() -> None:
    """Rules between the rows and the rows set in bands: a paragraph of one column alone, set a
    band's white below that cell's first paragraph but above the next rule, is the same cell's
    next paragraph (the rules frame the row, pdfborderless.rules_part_rows); a band that starts
    text in several columns at once inside a ruled row is a record of its own (rows stacked
    under one rule), as before."""
    words = page(RULED_BANDS, gaps={1: 8, 3: 14, 5: 8, 7: 14, 9: 8})
    # rules under the heading, under each ruled row and under the table (lines at 100, 118 … 242)
    rules = [{"x0": 38, "x1": 560, "top": y, "bottom": y} for y in (112.0, 175.0, 237.0, 254.0)]
    rows = grid(only_table(words, rules))
    assert [r[1] for r in rows] == ["Strategy", "Update staff in first / aid and other needs. / "
                                    "Key member of staff / named as lead.",
                                    "Provide a desk for / each pupil.", "Display pupils work / around school.",
                                    "School Council"]
    assert rows[1][2:] == ["Staff meeting time.", "Annually"]
