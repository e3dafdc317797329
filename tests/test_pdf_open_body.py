"""A ruled head over an open body (issue 15; pdfplumber's senate-expenditures.pdf, a US Senate
expenditure report): the column headings are boxed and ruled, two of them grouped over
sub-columns, while the body is one box round all the records (a rule parting its two groups) with
no column rules in it. Each text line under the headings is a row, its words in the columns of
the headings above them; a line with nothing in its row's first column and text only in columns
that row fills is the wrapped rest of the row above (a description going on), and a long
description runs on past its column rule where its row has no amount. The PDFs are drawn here
with reportlab in the same shape."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas
from test_borderless_shapes import rows_of

from planx.extract.pdf import pdf_tables

# column rules (x) of the heading box; the body box has none
XS = (70.0, 140.0, 202.0, 340.0, 382.0, 428.0, 647.0, 712.0)
HEADS = ("DOCUMENT NO.", "DATE POSTED", "PAYEE NAME", "START", "END", "DESCRIPTION", "AMOUNT ($)")
STAFF = [("BAIN, J MATTHEW", "DISTRICT DIRECTOR", "37,499.96"),
         ("SMITH, ALVARO R", "LEGISLATIVE CORRESPONDENT", "21,000.00"),
         ("ENGLERT, PAYTON A", "STAFF ASSISTANT", "25,499.96"),
         ("KISHI, DANIEL M", "LEGISLATIVE CORRESPONDENT FROM JUL. 15", "11,188.87")]
TRAVEL = [("DHAW0001", "05/03/2019", "TRAVEL CARD", "03/04/2019", "03/06/2019",
           ["STAFF TRANSPORTATION", "AIRFARE FOR E JOHNSON KANSAS CITY TO WASHINGTON DC AND RETURN"], "920.68"),
          ("DHAW0002", "05/24/2019", "TRAVEL CARD", "03/10/2019", "05/15/2019",
           ["STAFF TRANSPORTATION", "AIRFARE FOR K FORD WASHINGTON DC TO SAINT LOUIS, KANSAS CITY; AND BACK TO",
            "WASHINGTON DC"], "907.96"),
          ("DHAW0003", "05/03/2019", "SENATOR CARD", "03/01/2019", "03/02/2019",
           ["SENATOR'S TRANSPORTATION", "TRAIN FARE FOR THE SENATOR TO NEW YORK AND RETURN"], "737.94")]


def report(path: Path, note: bool = False) -> Path:
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    height = landscape(letter)[1]

    def y(top: float) -> float:
        return height - top

    c.setLineWidth(0.5)
    c.rect(XS[0], y(130), XS[-1] - XS[0], 30)  # the heading box, ruled between its columns
    for x in XS[1:-1]:
        c.line(x, y(100 if x not in (382.0,) else 116), x, y(130))
    c.line(XS[3], y(116), XS[5], y(116))  # under the group heading over START / END
    c.setFont("Helvetica", 5.5)
    for k, head in enumerate(HEADS):
        top = 124 if head in ("START", "END") else 108
        c.drawString(XS[k] + 6, y(top), head)
    c.drawString(XS[3] + 6, y(110), "SERVICE DATES")
    body_bottom = 300.0
    c.rect(XS[0], y(body_bottom), XS[-1] - XS[0], body_bottom - 132)  # the open body: one box
    top = 142.0
    if note:  # a note across the body, under the headings: text, not rows
        for line in ("THIS REPORT LISTS THE PAYMENTS MADE IN THE PERIOD FOR THE OFFICE OF THE SENATOR, BY PAYEE",
                     "AND DATE. AMOUNTS ARE IN DOLLARS AND INCLUDE ALL ADJUSTMENTS MADE BEFORE THE CLOSE OF",
                     "THE PERIOD; THE DESCRIPTIONS ARE AS THE OFFICE GAVE THEM AND ARE NOT EDITED IN ANY WAY."):
            c.drawString(XS[0] + 8, y(top), line)
            top += 6
        c.save()
        return path
    for name, post, amount in STAFF:
        c.drawString(XS[2] + 1, y(top), name)
        c.drawString(XS[5] + 0.5, y(top), post)
        c.drawRightString(XS[7] - 8, y(top), amount)
        top += 6
    c.line(XS[0], y(top + 2), XS[-1], y(top + 2))  # the rule parting the two groups
    top += 12
    for doc, posted, payee, start, end, desc, amount in TRAVEL:
        for x, text in zip(XS, (doc, posted, payee, start, end), strict=False):
            c.drawString(x + 10, y(top), text)
        c.drawRightString(XS[7] - 8, y(top), amount)
        for k, line in enumerate(desc):
            c.drawString(XS[5] + 0.5, y(top + 6 * k), line)
        top += 6 * len(desc) + 1
    c.save()
    return path


def test_an_open_body_under_ruled_headings_is_read_a_row_a_record(tmp_path):
    rows = rows_of(report(tmp_path / "report.pdf"))
    assert ["", "", "BAIN, J MATTHEW", "", "", "DISTRICT DIRECTOR", "37,499.96"] in rows, rows
    assert ["", "", "KISHI, DANIEL M", "", "", "LEGISLATIVE CORRESPONDENT FROM JUL. 15", "11,188.87"] in rows, rows
    # the description's wrapped lines go on in their record, the one running past its rule too
    assert ["DHAW0002", "05/24/2019", "TRAVEL CARD", "03/10/2019", "05/15/2019",
            "STAFF TRANSPORTATION AIRFARE FOR K FORD WASHINGTON DC TO SAINT LOUIS, KANSAS CITY; AND BACK TO "
            "WASHINGTON DC", "907.96"] in rows, rows
    assert sum(1 for r in rows if r[:1] and r[0].startswith("DHAW")) == 3, rows
    assert all(len(r) == 7 for r in rows if r[-1:] and r[-1][:1].isdigit()), rows


def test_a_note_across_the_body_box_stays_one_text(tmp_path):
    rows = rows_of(report(tmp_path / "note.pdf", note=True))
    # the note's three lines stay together: not cut into rows, nor its words into columns
    assert any("PAYMENTS MADE" in cell and "NOT EDITED" in cell for r in rows for cell in r), rows


# ---- a column rule not drawn (pdfplumber's issue-33-lorem-ipsum.pdf) -------------------------------
# Rows ruled and most columns too, but two columns share one ruled cell where the rule between them
# was left out: two columns of text side by side in each cell, each lined up on an edge of its own.
WORDS = ["Tempora co", "Neque labo", "Aliquam qu", "Quaerat ip", "Quisquam t", "Sit dolore", "Amet est l",
         "Magnam vel", "Labore ali", "Dolor ipsu", "Velit adip", "Sit modi a", "Etincidunt", "Eius dolor"]


def partly_ruled(path: Path, marks: bool = False) -> Path:
    """Five ruled rows; columns ruled at XS_R, except that column 2 holds two columns of text
    (the rule at 260 is missing). With `marks`, column 2 holds numbered items instead ('1.' then
    the item's text): a list, not two columns."""
    c = canvas.Canvas(str(path), pagesize=letter)
    height = letter[1]
    xs_r = (100.0, 180.0, 340.0, 480.0)
    c.setLineWidth(0.5)
    tops = [100.0 + 30 * r for r in range(6)]
    for t in tops:
        c.line(xs_r[0], height - t, xs_r[-1], height - t)
    for x in xs_r:
        c.line(x, height - tops[0], x, height - tops[-1])
    c.setFont("Helvetica", 10)
    for r in range(5):
        for k in range(2):
            top = tops[r] + 12 + 12 * k
            word = WORDS[(3 * r + k) % len(WORDS)]
            c.drawString(xs_r[0] + 6, height - top, word)
            if marks:
                c.drawString(xs_r[1] + 6, height - top, f"{2 * r + k + 1}.")
                c.drawString(xs_r[1] + 30, height - top, WORDS[(3 * r + k + 1) % len(WORDS)])
            else:
                c.drawString(xs_r[1] + 6, height - top, WORDS[(3 * r + k + 1) % len(WORDS)])
                c.drawRightString(xs_r[2] - 6, height - top, WORDS[(3 * r + k + 2) % len(WORDS)])
            c.drawString(xs_r[2] + 6, height - top, WORDS[(3 * r + k + 5) % len(WORDS)])
    c.save()
    return path


def test_two_text_columns_in_one_ruled_column_are_two_columns(tmp_path):
    rows = rows_of(partly_ruled(tmp_path / "partly.pdf"))
    assert rows and all(len(r) == 4 for r in rows), rows
    assert rows[0] == ["Tempora co Neque labo", "Neque labo Aliquam qu", "Aliquam qu Quaerat ip",
                       "Sit dolore Amet est l"], rows


def test_numbered_items_in_a_ruled_column_stay_one_column(tmp_path):
    rows = rows_of(partly_ruled(tmp_path / "marks.pdf", marks=True))
    assert rows and all(len(r) == 3 for r in rows), rows
    assert rows[0][1] == "1. Neque labo 2. Aliquam qu", rows


# ---- a light table style (pdfplumber's issue-466-example.pdf, its fourth table) --------------------
# The head is ruled all round, the body only by its frame and column rules: its rows, one short line
# in each cell, have no rules between them.
def light_style(path: Path, wrapped: bool = False) -> Path:
    """Three columns, a ruled heading row over a body with column rules and a frame only. With
    `wrapped`, the body is one row whose cells each hold one text wrapped over two lines."""
    c = canvas.Canvas(str(path), pagesize=letter)
    height = letter[1]
    xs = (57.0, 217.0, 378.0, 434.0)
    c.setLineWidth(0.5)
    for t in (100.0, 120.0, 180.0):
        c.line(xs[0], height - t, xs[-1], height - t)
    for x in xs:
        c.line(x, height - 100, x, height - 180)
    c.setFont("Helvetica", 10)
    for k, x in enumerate(xs[:-1]):
        c.drawString(x + 3, height - 113, f"Head {k}")
        if wrapped:  # a title the cell's width wrapped, in capitals (no lower case going on)
            texts = ["Annual Report of the Finance", "Committee Meeting Minutes"] if k < 2 else ["Open", "Date"]
            for i, text in enumerate(texts):
                c.drawString(x + 3, height - (133 + 19 * i), text)
        else:
            for r in range(3):
                c.drawString(x + 3, height - (133 + 19 * r), f"T3-{r}{k}" + ("-last" if r == 2 else ""))
    c.save()
    return path


def test_rows_of_a_light_table_style_are_rows(tmp_path):
    rows = rows_of(light_style(tmp_path / "light.pdf"))
    assert ["T3-00", "T3-01", "T3-02"] in rows, rows
    assert ["T3-20-last", "T3-21-last", "T3-22-last"] in rows, rows


def test_a_text_wrapped_in_the_cells_of_a_ruled_row_stays_one_row(tmp_path):
    rows = rows_of(light_style(tmp_path / "wrapped.pdf", wrapped=True))
    assert ["Annual Report of the Finance Committee Meeting Minutes"] * 2 + ["Open Date"] in rows, rows


# ---- two tables of the same columns one under the other (issue-466-example.pdf, tables 2 and 3) ----
def stacked_tables(path: Path, title: bool = True) -> Path:
    """Two borderless tables of the same three columns, one under the other, the second under a
    title of one line set closer to it than to the first table (no 'Table 2' in it). Without
    `title`, the second table's rows go on at the first's pitch: one table."""
    c = canvas.Canvas(str(path), pagesize=letter)
    height = letter[1]
    c.setFont("Helvetica", 10)
    top = 100.0
    for t in (1, 2):
        if t == 2 and title:
            top += 44 - 19.3  # 44 points below the last row's line, 31 above the next table's
            c.drawString(57, height - top, "No vertical lines")
            top += 31
        for row in ("C", "0", "1", "2"):
            for k, x in enumerate((60.0, 220.0, 380.0)):
                c.drawString(x, height - top, f"T{t}-{row}{k}" if row != "C" else f"T{t}-C{k}")
            top += 19.3
    c.save()
    return path


def test_a_title_set_apart_over_a_table_of_the_same_columns_starts_a_table(tmp_path):
    tables = pdf_tables(stacked_tables(tmp_path / "stacked.pdf"))
    firsts = [t["rows"][0][0] for t in tables]
    assert "T1-C0" in firsts and "T2-C0" in firsts, tables  # two tables, each from its headings
    first = tables[firsts.index("T1-C0")]["rows"]
    assert first[-1] == ["T1-20", "T1-21", "T1-22"], first  # the title is no row of the table above


def test_tables_of_the_same_columns_at_one_pitch_stay_one_table(tmp_path):
    tables = pdf_tables(stacked_tables(tmp_path / "one.pdf", title=False))
    assert len(tables) == 1 and len(tables[0]["rows"]) == 8, tables
