"""Journal tables in two-column pages (issue 15): booktabs tables (a rule above and under the
heading and one at the foot, no upright rules) set in one text column, beside running text.

The word boxes of the engine tests are those of real pages (open-access articles of the gmft test
data, /work/tables4: Applied Water Science 13:243 p. 4, CC BY 4.0, as printed; Drugs R&D 2021 p. 8,
CC BY-NC 4.0: the positions and sizes of its table's words and its symbols, the figures changed);
the page tests are made of placed words as tests/test_shapes.py makes them."""
from __future__ import annotations

from conftest import words_of

from planx.extract.pdfcolumns import find_gutter, looks_like_prose_columns, ruled_across
from planx.extract.pdfgeom import Word, text_lines
from planx.extract.pdftables import FoundTable, tables_from_words


def grid(t: FoundTable) -> list[list[str]]:
    rows = [["" for _ in range(t.ncols)] for _ in range(t.nrows)]
    for c in t.cells:
        rows[c.r][c.c] = c.text.replace("\n", " / ")
    return rows


def rules_at(x0: float, x1: float, *ys: float) -> list[dict[str, float]]:
    return [{"x0": x0, "x1": x1, "top": y, "bottom": y} for y in ys]


def one_table(boxes: list[tuple[str, float, float, float, float, float]],
              rules: list[dict[str, float]]) -> list[list[str]]:
    """The grid of the one table the engine finds in (text, x0, x1, top, bottom, size) word boxes
    between the rules, on a page of A4 width."""
    words = [{"text": t, "x0": a, "x1": b, "top": y, "bottom": z, "size": size} for t, a, b, y, z, size in boxes]
    tables = tables_from_words(words, rules, (0, 0, 595, 790))
    assert len(tables) == 1
    return grid(tables[0])


# ---- rows: the engine on a table's real word boxes ---------------------------------------------

# Table 1 of Applied Water Science 13:243 p. 4: chemicals and their makers, in the left column
CHEMICALS = [
    ('Component', 51.0, 90.7, 598.8), ('Company', 234.3, 267.1, 598.8),
    ('Ethanol', 51.0, 77.5, 617.5), ('(96%)', 79.7, 100.2, 617.5),
    ('Mojallaly', 234.3, 267.2, 617.5), ('(Iran)', 269.3, 288.6, 617.5),
    ('Sulfuric', 51.0, 78.6, 630.0), ('acid', 80.7, 94.9, 630.0),
    ('(72%)', 97.0, 117.5, 630.0), ('Mojallaly', 234.3, 267.2, 630.0),
    ('Acetic', 51.0, 73.0, 642.4), ('acid', 75.2, 89.3, 642.4),
    ('(98%)', 91.5, 112.0, 642.4), ('Merck', 234.3, 256.3, 642.4),
    ('Nitric', 51.0, 71.0, 654.9), ('acid', 73.1, 87.3, 654.9),
    ('(65%)', 89.4, 109.9, 654.9), ('Mojallaly', 234.3, 267.2, 654.9),
    ('Sodium', 51.0, 77.5, 667.4), ('hydroxide', 79.6, 113.7, 667.4),
    ('(99%)', 115.8, 136.3, 667.4), ('Merck', 234.3, 256.3, 667.4),
    ('Montmorillonite', 51.0, 107.4, 679.9), ('Merck', 234.3, 256.3, 679.9),
    ('Methylene', 51.0, 87.0, 692.3), ('blue', 89.2, 103.8, 692.3),
    ('Mojallaly', 234.3, 267.2, 692.3), ('Urea', 51.0, 67.5, 704.9),
    ('(99%)', 69.6, 90.1, 704.9), ('Merck', 234.3, 256.3, 704.9),
]


def test_short_names_far_from_the_next_column_are_a_row_a_line() -> None:
    """No name comes near the maker column (96 points off): none of its lines was full, so a name
    too long for the room the longest line leaves ('Acetic' after 'Sulfuric acid (72%)') is no
    wrapped line; every line is a row (it was read as pairs of lines)."""
    rows = one_table([(t, a, b, y, y + 8.5, 8.5) for t, a, b, y in CHEMICALS],
                     rules_at(51.0, 289.1, 593.1, 609.6, 714.9))
    assert [r[0] for r in rows] == ["Component", "Ethanol (96%)", "Sulfuric acid (72%)", "Acetic acid (98%)",
                                    "Nitric acid (65%)", "Sodium hydroxide (99%)", "Montmorillonite",
                                    "Methylene blue", "Urea (99%)"]
    assert rows[3] == ["Acetic acid (98%)", "Merck"]


# Table 4 of Drugs R&D (2021) p. 8, its first rows: symbols with sub- and superscripts ('k' 'a'
# '(h−1)': the 'a' set smaller and lower, '−1' raised inside its word)
PARAMETERS = [
    ('Parameter', 306.1, 340.4, 86.8, 95.3, 8.5), ('Final', 403.5, 420.9, 86.8, 95.3, 8.5),
    ('typical', 423.1, 446.2, 86.8, 95.3, 8.5), ('value', 448.3, 466.6, 86.8, 95.3, 8.5),
    ('estimate', 468.7, 497.0, 86.8, 95.3, 8.5), ('%SEM', 519.9, 543.8, 86.8, 95.3, 8.5),
    ('k', 306.1, 309.9, 103.9, 112.4, 8.5), ('(h−1)', 314.7, 331.6, 103.4, 114.0, 8.5),
    ('3.589', 403.5, 422.6, 105.5, 114.0, 8.5), ('48.5', 519.9, 534.8, 105.5, 114.0, 8.5),
    ('a', 309.9, 312.6, 108.9, 114.9, 5.95), ('CLM/F', 306.1, 329.9, 116.4, 127.3, 8.5),
    ('(L/h)', 332.0, 349.4, 118.0, 126.5, 8.5), ('964', 403.5, 416.3, 118.0, 126.5, 8.5),
    ('47.1', 519.9, 534.8, 118.0, 126.5, 8.5), ('VM/F', 306.1, 323.7, 128.9, 139.8, 8.5),
    ('(L)', 325.8, 336.7, 130.4, 138.9, 8.5), ('839', 403.5, 416.3, 130.4, 138.9, 8.5),
    ('52.7', 519.9, 534.8, 130.4, 138.9, 8.5), ('M0', 306.1, 316.2, 141.4, 152.3, 8.5),
    ('(ng/mL)', 318.3, 346.7, 142.9, 151.4, 8.5), ('94.4', 403.5, 418.4, 142.9, 151.4, 8.5),
    ('45.3', 519.9, 534.8, 142.9, 151.4, 8.5), ('N0', 306.1, 314.8, 153.8, 164.8, 8.5),
    ('(ng/mL)', 316.9, 345.2, 155.4, 163.9, 8.5), ('483', 403.5, 416.3, 155.4, 163.9, 8.5),
    ('8.04', 519.9, 534.8, 155.4, 163.9, 8.5), ('k', 306.1, 309.9, 166.3, 174.8, 8.5),
    ('(h−1)', 319.6, 336.6, 165.8, 176.4, 8.5), ('3.516', 403.5, 422.6, 167.9, 176.4, 8.5),
    ('8.98', 519.9, 534.8, 167.9, 176.4, 8.5), ('out', 309.9, 317.5, 171.3, 177.2, 5.95),
    ('SLP', 306.1, 320.8, 180.3, 188.8, 8.5), ('(ng/mL)−1', 325.9, 361.3, 178.2, 188.8, 8.5),
    ('3.333942', 403.5, 435.4, 180.3, 188.8, 8.5), ('52.4', 519.9, 534.8, 180.3, 188.8, 8.5),
    ('0', 320.8, 323.8, 183.8, 189.7, 5.95), ('SLP', 306.1, 320.8, 192.8, 201.3, 8.5),
    ('(ng/mL)−1', 329.5, 364.9, 190.7, 201.3, 8.5), ('3.33667', 403.5, 431.1, 192.8, 201.3, 8.5),
    ('68.3', 519.9, 534.8, 192.8, 201.3, 8.5), ('SS', 320.8, 327.4, 196.2, 202.2, 5.95),
    ('k', 306.1, 309.9, 203.7, 212.2, 8.5), ('(h−1)', 319.3, 336.3, 203.2, 213.8, 8.5),
    ('3.3510', 403.5, 426.9, 205.3, 213.8, 8.5), ('78.6', 519.9, 534.8, 205.3, 213.8, 8.5),
    ('inc', 309.9, 317.2, 208.7, 214.7, 5.95), ('tlag', 306.1, 315.8, 216.2, 227.1, 8.5),
    ('(h)', 317.9, 327.8, 217.8, 226.3, 8.5), ('3.587', 403.5, 422.6, 217.8, 226.3, 8.5),
    ('59.7', 519.9, 534.8, 217.8, 226.3, 8.5), ('k', 306.1, 309.9, 228.7, 237.2, 8.5),
    ('a', 341.3, 344.0, 228.1, 234.1, 5.95), ('syn', 309.9, 318.2, 233.7, 239.6, 5.95),
    ('(μg/h)', 320.3, 341.3, 230.2, 238.7, 8.5), ('61,887', 403.5, 426.9, 230.2, 238.7, 8.5),
    ('N/A', 519.9, 534.6, 230.2, 238.7, 8.5), ('a', 354.6, 357.3, 240.6, 246.6, 5.95),
    ('kpro', 306.1, 317.8, 241.2, 252.1, 8.5), ('(ng/mL·h)', 319.9, 354.6, 242.7, 251.2, 8.5),
    ('73.2', 403.5, 418.4, 242.7, 251.2, 8.5), ('N/A', 519.9, 534.6, 242.7, 251.2, 8.5),
]


def test_symbols_with_sub_and_superscripts_keep_a_row_a_line() -> None:
    """A subscript makes the parameter's line box taller, so the gap between two parameters looks
    as narrow as a cell's leading while the figures beside them sit a row apart; and a symbol
    starts in lower case ('k inc (h−1)' under 'SLP SS (ng/mL)−1'). Neither makes the parameters
    one merged cell: each line with its figures is a row."""
    rows = one_table(PARAMETERS, rules_at(306.1, 544.3, 81.1, 97.6, 253.0))
    assert [r[1] for r in rows[:11]] == ["Final typical value estimate", "3.589", "964", "839", "94.4", "483",
                                         "3.516", "3.333942", "3.33667", "3.3510", "3.587"]
    assert [r[0] for r in rows[1:11]] == ["k a (h−1)", "CLM/F (L/h)", "VM/F (L)", "M0 (ng/mL)", "N0 (ng/mL)",
                                          "k out (h−1)", "SLP 0 (ng/mL)−1", "SLP SS (ng/mL)−1", "k inc (h−1)",
                                          "tlag (h)"]


# the same table further down: variances, their symbols a Greek letter with its power ('ω2')
VARIANCES = [
    ('F-Dose', 311.3, 336.3, 290.1, 298.6, 8.5), ('slope', 338.4, 356.4, 290.1, 298.6, 8.5),
    ('−', 403.5, 409.3, 290.1, 298.6, 8.5), ('3.738', 410.4, 429.5, 290.1, 298.6, 8.5),
    ('62.3', 519.9, 534.8, 290.1, 298.6, 8.5), ('ω2', 311.3, 320.1, 300.5, 309.6, 8.5),
    ('k', 334.0, 337.7, 301.1, 309.6, 8.5), ('for', 322.2, 331.8, 302.6, 311.1, 8.5),
    ('a', 337.7, 340.4, 306.0, 312.0, 5.95), ('3.3920', 403.5, 426.9, 302.6, 311.1, 8.5),
    ('(59.7%', 429.0, 453.1, 302.6, 311.1, 8.5), ('CV)', 455.2, 469.8, 302.6, 311.1, 8.5),
    ('24.7', 519.9, 534.8, 302.6, 311.1, 8.5), ('ω2', 311.3, 320.1, 313.0, 322.0, 8.5),
    ('for', 322.2, 331.8, 315.1, 323.6, 8.5), ('CL', 334.0, 344.8, 315.1, 323.6, 8.5),
    ('/F', 350.1, 357.7, 313.5, 323.6, 8.5), ('3.3969', 403.5, 426.9, 315.1, 323.6, 8.5),
    ('(58.5%', 429.0, 453.1, 315.1, 323.6, 8.5), ('CV)', 455.2, 469.8, 315.1, 323.6, 8.5),
    ('26.5', 519.9, 534.8, 315.1, 323.6, 8.5), ('M', 344.8, 350.1, 318.5, 324.5, 5.95),
    ('ω2', 311.3, 320.1, 325.5, 334.5, 8.5), ('for', 322.2, 331.8, 327.6, 336.1, 8.5),
    ('V', 334.0, 339.2, 326.0, 334.5, 8.5), ('/F', 344.4, 352.0, 326.0, 336.1, 8.5),
    ('3.453', 403.5, 422.6, 327.6, 336.1, 8.5), ('(67.9%', 424.8, 448.8, 327.6, 336.1, 8.5),
    ('CV)', 450.9, 465.6, 327.6, 336.1, 8.5), ('403', 519.9, 532.7, 327.6, 336.1, 8.5),
    ('M', 339.2, 344.4, 331.0, 336.9, 5.95), ('2', 317.1, 320.1, 337.9, 343.9, 5.95),
    ('ω', 311.3, 317.1, 338.5, 347.0, 8.5), ('for', 322.2, 331.8, 340.0, 348.5, 8.5),
    ('M0', 334.0, 344.0, 338.5, 349.4, 8.5), ('3.3299', 403.5, 426.9, 340.0, 348.5, 8.5),
    ('(64.4%', 429.0, 453.1, 340.0, 348.5, 8.5), ('CV)', 455.2, 469.8, 340.0, 348.5, 8.5),
    ('76.8', 519.9, 534.8, 340.0, 348.5, 8.5), ('ω2', 311.3, 320.1, 350.4, 359.5, 8.5),
    ('for', 322.2, 331.8, 352.5, 361.0, 8.5), ('N', 334.0, 339.6, 351.0, 359.5, 8.5),
    ('3.3762', 403.5, 426.9, 352.5, 361.0, 8.5), ('(54.3%', 429.0, 453.1, 352.5, 361.0, 8.5),
    ('CV)', 455.2, 469.8, 352.5, 361.0, 8.5), ('88.7', 519.9, 534.8, 352.5, 361.0, 8.5),
    ('0', 339.6, 342.6, 355.9, 361.9, 5.95), ('ω2', 311.3, 320.1, 362.9, 371.9, 8.5),
    ('for', 322.2, 331.8, 365.0, 373.5, 8.5), ('SLP', 334.0, 348.6, 365.0, 373.5, 8.5),
    ('3.616', 403.5, 422.6, 365.0, 373.5, 8.5), ('(94.2%', 424.8, 448.8, 365.0, 373.5, 8.5),
    ('CV)', 450.9, 465.6, 365.0, 373.5, 8.5), ('463', 519.9, 532.7, 365.0, 373.5, 8.5),
    ('SS', 348.6, 355.2, 368.4, 374.4, 5.95), ('F', 357.4, 362.6, 375.9, 384.4, 8.5),
    ('IOV', 311.3, 326.1, 377.5, 386.0, 8.5), ('on', 328.2, 336.7, 377.5, 386.0, 8.5),
    ('CLM/', 338.9, 357.4, 377.5, 386.8, 8.5), ('3.3813', 403.5, 426.9, 377.5, 386.0, 8.5),
    ('(57.4%', 429.0, 453.1, 377.5, 386.0, 8.5), ('CV)', 455.2, 469.8, 377.5, 386.0, 8.5),
    ('96.9', 519.9, 534.8, 377.5, 386.0, 8.5), ('σ2', 311.3, 318.5, 387.8, 396.9, 8.5),
    ('CCV', 320.6, 338.1, 389.9, 398.4, 8.5), ('component', 340.2, 377.9, 389.9, 398.4, 8.5),
    ('3.435', 403.5, 422.6, 389.9, 398.4, 8.5), ('(64.2%', 424.8, 448.8, 389.9, 398.4, 8.5),
    ('CV)', 450.9, 465.6, 389.9, 398.4, 8.5), ('1.46', 519.9, 534.8, 389.9, 398.4, 8.5),
]


def test_a_symbol_in_lower_case_is_no_text_going_on() -> None:
    """'ω2 for V M /F' under 'ω2 for CL M /F': a Greek letter with its power starts in lower case,
    but a symbol is no word of a sentence running on; with a figure in every column beside it the
    line is a row of its own."""
    rows = one_table(VARIANCES, rules_at(306.1, 544.3, 286.0, 412.5))
    keys = [r[0] for r in rows]
    for key in ("ω2 for V M /F", "ω 2 for M0", "ω2 for N 0", "ω2 for SLP SS", "σ2 CCV component"):
        assert key in keys, rows


# ---- pages: text columns with a table in one of them ------------------------------------------------

PROSE = "the text of the column runs on here"  # 35 characters: 175 points wide


def prose(x: float, top: float, n: int, pitch: float = 12.0) -> list[tuple[float, float, str]]:
    return [(x, top + pitch * i, f"{PROSE} {i:02d}") for i in range(n)]


def booktabs_table(top: float, n: int) -> tuple[list[tuple[float, float, str]], list[dict[str, float]]]:
    """A caption, then a table of three columns, a row a line, ruled above and under its heading
    and at its foot, all within the left column (x 50 to 250)."""
    lines = [(50.0, top, "Table 9 Calculated parameters of the models"), (50.0, top + 12, "on the tested composite")]
    head = top + 30
    lines += [(50.0, head, "Model"), (130.0, head, "Parameter"), (215.0, head, "Value")]
    for r in range(n):
        y = head + 16 + 12 * r
        lines += [(50.0, y, f"Model {r}" if r % 3 == 0 else ""), (130.0, y, f"q{r} (mg)"), (215.0, y, f"{r}.25")]
    rules = rules_at(50.0, 250.0, head - 4, head + 13, head + 16 + 12 * n)
    return [ln for ln in lines if ln[2]], rules


def test_a_ruled_table_filling_most_of_a_column_leaves_the_page_in_two_columns() -> None:
    """Left: a caption, a booktabs table of 14 rows, two lines of text; right: running text. The
    table takes most of its column (more than an inset table may), but the rules that bound it
    lie within the column: it is that column's table, and the page is read column by column.
    The same lines without the rules are not taken for two text columns."""
    table_lines, rules = booktabs_table(100.0, 14)
    left = table_lines + prose(50.0, 330.0, 3)
    right = prose(320.0, 100.0, 24)
    lines_l, lines_r = text_lines(words_of(left)), text_lines(words_of(right))
    assert looks_like_prose_columns(lines_l, lines_r, rules)
    assert not looks_like_prose_columns(lines_l, lines_r)


def test_equation_numbers_and_caption_labels_are_no_columns() -> None:
    """A display equation's number set at the column's right ('(26)') and a caption's label set
    apart from its text ('Table 3   BET analysis …') leave a gap inside a line of a text column;
    neither is a table's column."""
    left = [(50.0, 100.0, "Table 3"), (100.0, 100.0, "BET analysis results of the composite")]
    left += prose(50.0, 112.0, 9)
    right = prose(320.0, 106.0, 4) + [(330.0, 154.0, "p = p0 (1 - f)"), (520.0, 154.0, "(26)")]
    right += prose(320.0, 166.0, 5) + [(330.0, 226.0, "S = 6 / d"), (520.0, 226.0, "(27)")]
    lines_l, lines_r = text_lines(words_of(left)), text_lines(words_of(right))
    assert looks_like_prose_columns(lines_l, lines_r)
    # so are display formulas set in the column between its paragraphs, their parts apart
    formulas = [[(330.0, 0.0, "qe = B ln"), (420.0, 0.0, "kTCe"), (470.0, 0.0, "Temkin")],
                [(330.0, 0.0, "ln 𝜙"), (400.0, 0.0, "C e")], [(330.0, 0.0, "K C ="), (420.0, 0.0, "a 𝜌 ads")],
                [(330.0, 0.0, "𝜕 ln"), (400.0, 0.0, "C e")], [(330.0, 0.0, "E ="), (400.0, 0.0, "2k")]]
    more = list(right)
    for k, parts in enumerate(formulas):
        top = 262.0 + 48 * k  # three lines of text after each (an inset table's rows stand closer)
        more += [(x, top, text) for x, _, text in parts] + prose(320.0, top + 12, 3)
    assert looks_like_prose_columns(lines_l, text_lines(words_of(more)))
    # the same gaps before words of text are a table's columns
    table_like = [(ln[0], ln[1], ln[2].replace("(2", "x2").replace("=", "to")) for ln in right]
    assert not looks_like_prose_columns(lines_l, text_lines(words_of(table_like)))


def test_a_captions_short_last_line_is_not_the_columns_first() -> None:
    """A figure's caption set across the page ends in a short line that stops before the gutter,
    and a rule across the page parts the figure from the columns under it: the columns start
    below the caption, and that rule (above them) is no table's ruling across the gutter."""
    caption = [(50.0, 300.0, "Fig. 4 Energy profiles for the reaction in each of the zeolite structures and the "
                              "barriers"),
               (50.0, 311.0, "of the reaction steps")]
    left, right = prose(50.0, 340.0, 20), prose(320.0, 340.0, 20)
    words = words_of(caption + left + right)
    cols = find_gutter(text_lines(words), 595.0)
    assert cols is not None and cols.top >= 339.0
    lines = text_lines(words)
    assert not ruled_across(rules_at(40.0, 560.0, 326.0), cols, lines, 842.0)


def test_columns_end_above_a_figure_set_across_both() -> None:
    """Two columns of text, then a band of white and a figure of two charts side by side whose
    axis labels keep the gutter clear: read with the columns, the labels (figures, set anywhere)
    are no running text and the page would be read across; the columns end at the white band and
    the figure is read with the page's other lines."""
    from planx.extract.pdfcolumns import read_in_columns
    from planx.extract.pdftables import PageLayout
    left, right = prose(50.0, 100.0, 16), prose(320.0, 106.0, 15)
    figure = []  # each chart's labels: a value here, a legend or a fit there, set in from the text
    for k in range(12):
        y = 330.0 + 12 * k
        figure += [(80.0 + 30 * (k % 4), y, f"0.{k} y = 0.1x"), (350.0 + 30 * (k % 4), y, f"{k}.5 R2 = 0.9")]
    figure += [(80.0, 480.0, "0 20 40 60 80"), (350.0, 480.0, "0 1 2 3 4 5")]
    words = words_of(left + right + figure)

    def read(ws: list[Word]) -> PageLayout:
        return PageLayout([], text_lines(ws))
    layout = read_in_columns(words, 595.0, 842.0, 0.07, read, [])
    assert layout is not None and layout.cols is not None
    assert 280.0 <= layout.cols.bottom < 330.0
    rest = layout.parts[0]
    assert any(ln.text.startswith("0 20 40") for ln in rest.free)
