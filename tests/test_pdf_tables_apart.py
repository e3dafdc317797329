"""Shapes from other projects' table tests (tabula-java's AnimalSounds1.pdf and us-007.pdf, issue 15):
two tables side by side, each with its own row rules at its own heights, cells of one word apart by
wide gaps; and a small table set in one of a page's two text columns, under a masthead's rule.
The PDFs are drawn here with reportlab in the same shapes."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas
from test_borderless_shapes import rows_of

from planx.extract.pdfgeom import Word, text_lines, wide_space

ANIMALS_LEFT = [("Animal", "Action", "Result"), ("Cat", "Says", "Meow"), ("Dog", "Says", "Woof"),
                ("Cow", "Says", "Moo"), ("Fox", "Says", ["Ring", "dingding", "dingding"])]
ANIMALS_RIGHT = [("Animal", "Action", "Result"), ("Duck", "Says", ["Quack", "quack"]),
                 ("Donkey", "Says", ["Hee", "Haw"]), ("Owl", "Says", "Hoot"), ("Goat", "Says", "Bleat")]


def two_ruled_tables(path: Path) -> Path:
    """Two three-column tables side by side: a rule under each row running the width of its own
    table only, the rows of each at their own heights (their cells wrap differently)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    for rows, x0, x1, xs in ((ANIMALS_LEFT, 56.7, 299.0, (61, 141, 222)),
                             (ANIMALS_RIGHT, 313.0, 555.0, (317, 398, 478))):
        y = 78.0
        for row in rows:
            lines = max(len(cell) if isinstance(cell, list) else 1 for cell in row)
            for x, cell in zip(xs, row, strict=True):
                for k, text in enumerate(cell if isinstance(cell, list) else [cell]):
                    c.setFont("Times-Roman", 12)
                    c.drawString(x, height - (y + 10 + 14 * k), text)
            y += 14 * lines + 8
            c.setLineWidth(0.5)
            c.line(x0, height - y + 4, x1, height - y + 4)
    c.save()
    return path


def test_two_tables_side_by_side_with_their_own_row_rules_are_two_tables(tmp_path):
    rows = rows_of(two_ruled_tables(tmp_path / "animals.pdf"))
    heads = [r for r in rows if r[:1] == ["Animal"]]
    assert heads == [["Animal", "Action", "Result"]] * 2, rows
    assert ["Cat", "Says", "Meow"] in rows and ["Donkey", "Says", "Hee Haw"] in rows, rows
    assert ["Fox", "Says", "Ring dingding dingding"] in rows, rows
    assert all(len(r) == 3 for r in rows), rows


def test_gaps_of_several_ems_between_one_word_cells_are_no_word_spaces():
    """A page of one-word cells: most gaps between two words are column gaps, not spaces, so the
    page has no wide (typewriter) space and each cell is a segment of its own line."""
    words = []
    for r in range(12):
        for x, text in ((61.0, "Animal"), (141.0, "Action"), (222.0, "Result")):
            words.append(Word(text, x, x + 36.0, 100.0 + 20 * r, 112.0 + 20 * r, 12.0))
    lines = text_lines(words)
    assert wide_space([ln.words for ln in lines]) == 0.0
    assert all(len(ln.segments) == 3 for ln in lines)
    # a typewriter's space (0.6 em) is still one: 'Animal Action Result' set in Courier
    mono = [Word(t, 61.0 + 50.4 * i, 61.0 + 50.4 * i + 43.2, 100.0 + 20 * r, 112.0 + 20 * r, 12.0)
            for r in range(12) for i, t in enumerate(("Animal", "Action", "Result"))]
    assert 0.45 < wide_space([ln.words for ln in text_lines(mono)]) <= 1.0


PROSE = ("Employers should implement the new withholding tables as soon as possible but not later "
         "than the end of January, and use the old tables until they do so. The employee tax rate "
         "for social security is unchanged this year, and the wage base limit has risen again. ")


def wrap(text: str, width: int) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return out + [line]


def columns_with_a_table(path: Path, lead_in: bool = False) -> Path:
    """A notice set in two text columns under a masthead (title left, publisher right, a rule across
    the page under them, another over the footer), the right column holding a small table of two
    columns between its paragraphs, its heading underlined (`lead_in`: the paragraph over it ends
    with a colon, 'For 2011, they are:', as us-007's does)."""
    c = canvas.Canvas(str(path), pagesize=letter)
    h = letter[1]
    c.setFont("Helvetica-Bold", 12)
    c.drawString(42, h - 55, "Notice 1036")
    c.drawString(400, h - 50, "Department of the Treasury")
    c.setFont("Helvetica", 7)
    c.drawString(42, h - 65, "(Rev. December 2010)")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(400, h - 64, "Internal Revenue Service")
    c.setLineWidth(0.5)
    c.line(42, h - 78, 570, h - 78)
    c.line(42, h - 745, 570, h - 745)
    c.setFont("Helvetica", 9)
    c.drawString(42, h - 757, "www.irs.gov")
    c.drawString(480, h - 757, "Catalog No. 21974B")
    c.setFont("Helvetica", 10)
    y = 100.0
    for line in wrap(PROSE * 5, 52):
        c.drawString(42, h - y, line)
        y += 12
    y = 106.0
    for line in wrap(PROSE * 2, 52) + (["changed. For 2011, they are:"] if lead_in else []):
        c.drawString(318, h - y, line)
        y += 12
    y += 14
    c.setFont("Helvetica-Bold", 9)
    c.drawString(323, h - y, "Payroll Period")
    c.drawString(488, h - y + 10, "One Withholding")
    c.drawString(488, h - y, "Allowance")
    c.line(323, h - y - 3, 384, h - y - 3)
    c.line(488, h - y - 3, 560, h - y - 3)
    c.setFont("Helvetica", 9)
    table = [("Weekly", "$ 71.15"), ("Biweekly", "142.31"), ("Semimonthly", "154.17"), ("Monthly", "308.33"),
             ("Quarterly", "925.00"), ("Annually", "3,700.00")]
    for label, value in table:
        y += 16
        c.drawString(323, h - y, label)
        c.drawRightString(532, h - y, value)
    y += 24
    c.setFont("Helvetica", 10)
    for line in wrap(PROSE * 2, 52):
        if y > 730:
            break
        c.drawString(318, h - y, line)
        y += 12
    c.save()
    return path


@pytest.mark.parametrize("lead_in", [False, True])
def test_a_small_table_in_one_of_two_text_columns_under_a_masthead_rule_is_found(tmp_path, lead_in):
    """(With the paragraph over it ending in a colon, the heading's first line set right of it, far
    past a list's indent, is no item of that lead-in: the two lines stay one heading.)"""
    rows = rows_of(columns_with_a_table(tmp_path / "notice.pdf", lead_in))
    assert ["Payroll Period", "One Withholding Allowance"] in rows, rows
    assert ["Weekly", "$ 71.15"] in rows and ["Annually", "3,700.00"] in rows, rows
    # the prose of the columns is no table's
    assert not any("Employers" in cell for r in rows for cell in r), rows


def column_ruled_figures(path: Path) -> Path:
    """A statistics table ruled by column only (a frame, rules between the columns and under the
    heading, none between the body's rows): labels wrap over two lines, figures one a line."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    style = ParagraphStyle("cell", fontName="Helvetica", fontSize=7, leading=8.5)
    rows = [["JURISDICCION", "2006", "2007", "IMPORTE", "%"]]
    labels = ["Poder Legislativo Nacional", "Ministerio Público",
              "Ministerio de Relac. Exteriores, Comercio Internac. y Culto", "Ministerio de Defensa",
              "Ministerio de Planificación Federal, Inversión Publica y Servicios", "Ministerio de Salud"]
    for i, label in enumerate(labels):
        a, b = 100_000 * (i + 3), 110_000 * (i + 3)
        rows.append([Paragraph(label, style), f"{a:,}".replace(",", "."), f"{b:,}".replace(",", "."),
                     f"{b - a:,}".replace(",", "."), f"{(b - a) / a * 100:.1f}".replace(".", ",")])
    table = Table(rows, colWidths=[160, 70, 70, 70, 35])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 7), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.8, "black"),
                               ("LINEAFTER", (0, 0), (-2, -1), 0.8, "black"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def test_rows_of_a_table_ruled_by_column_only_follow_its_figures_where_labels_wrap(tmp_path):
    rows = rows_of(column_ruled_figures(tmp_path / "cuadro.pdf"))
    assert rows[0] == ["JURISDICCION", "2006", "2007", "IMPORTE", "%"], rows
    assert len(rows) == 7, rows
    assert rows[3] == ["Ministerio de Relac. Exteriores, Comercio Internac. y Culto", "500.000", "550.000",
                       "50.000", "10,0"], rows
    assert rows[5][0] == "Ministerio de Planificación Federal, Inversión Publica y Servicios", rows
    assert rows[6][:2] == ["Ministerio de Salud", "800.000"], rows


BOOKS = [["ADLER LAURE", "Marguerite Duras", "Gallimard", "L", "Albin"],
         ["BERGSON HENRI", "Les Deux Sources de la morale et de la religion", "PUF", "P", "Amfioni dhe Zeti"],
         ["CABANES PIERRE", "Passions albanaises", "Odile Jacob", "SSH", "Onufri"],
         ["AYMÉ MARCEL", "La Jument verte", "Gallimard", "L", "Albin"],
         ["", "Le Passe-Muraille", "Gallimard", "L", "Dituria"],
         ["BEAUVOIR SIMONE", "L’Âge de discrétion", "Gallimard", "L", "Elena Gjika"],
         ["", "La Femme rompue", "Gallimard", "L", "Elena Gjika"],
         ["", "Monologue", "Gallimard", "L", "Elena Gjika"],
         ["CAMUS ALBERT", "La Chute", "Gallimard", "L", "Naim Frasheri"],
         ["", "Le Mythe de Sisyphe", "La Découverte", "L", "Fan Noli"],
         ["GIL ROGER", "Neuropsychologie", "Masson", "ST", "Dituria"]]


def book_list(path: Path) -> Path:
    """A borderless list of translated books, one line a book; an author's name is printed once,
    over the first of their books, the lines of their other books leave it blank."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
    table = Table(BOOKS, colWidths=[140, 210, 80, 30, 110])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def test_a_line_with_its_key_left_blank_under_the_same_author_is_a_record_of_its_own(tmp_path):
    rows = rows_of(book_list(tmp_path / "books.pdf"))
    assert rows == BOOKS, rows


def statement(path: Path) -> Path:
    """A financial statement without rules: labels, then per year a '$' set flush left of its
    right-aligned amount on the first and the total rows only."""
    c = canvas.Canvas(str(path), pagesize=letter)
    h = letter[1]
    c.setFont("Helvetica", 9)
    rows = [("Sales and Use", True, ["17,863,817", "19,953,000", "19,023,168"]),
            ("Property", False, ["10,767,390", "10,020,247", "14,597,317"]),
            ("Business License", False, ["1,926,542", "1,901,983", "1,885,648"]),
            ("Franchise", False, ["2,857,756", "3,216,641", "2,633,460"]),
            ("Other", False, ["1,908,021", "5,464,077", "6,429,352"]),
            ("Total revenues", True, ["34,323,526", "40,555,948", "44,565,945"])]
    for x, year in zip((310, 400, 490), ("2003", "2004", "2005"), strict=True):
        c.drawRightString(x + 60, h - 100, year)
    for k, (label, signed, amounts) in enumerate(rows):
        y = h - 116 - 13 * k
        c.drawString(60, y, label)
        for x, amount in zip((310, 400, 490), amounts, strict=True):
            if signed:
                c.drawString(x, y, "$")
            c.drawRightString(x + 60, y, amount)
    c.save()
    return path


def test_a_currency_sign_set_apart_before_its_amount_is_the_amounts_not_a_column(tmp_path):
    rows = rows_of(statement(tmp_path / "statement.pdf"))
    assert ["Sales and Use", "$ 17,863,817", "$ 19,953,000", "$ 19,023,168"] in rows, rows
    assert ["Property", "10,767,390", "10,020,247", "14,597,317"] in rows, rows
    assert all(len(r) == 4 for r in rows), rows
