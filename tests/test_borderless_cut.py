"""Borderless tables whose narrow columns cut tokens: a reference ('RES0' / '1'), a RAG word
('AM' / 'BER') and a date's year ('30/06/202' / '6') a column too narrow for them breaks inside
the word (reportlab splits a long word where the width runs out), under column headings wrapped
over lines and underlined ('2025/' / '26' / '£000'). Each row is one row, each cut token one word
again, the heading one row; stacked figures of rows set one line each still part rows."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from test_borderless_shapes import rows_of

from planx.extract.pdf import pdf_tables

STYLE = ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=12.2)
HEAD = ["Ref", "Directorate", "Savings proposal", "Budget holder", "2025/26 £000", "Forecast £000",
        "Delivery date", "RAG", "Commentary"]
WIDTHS = [34, 64, 170, 100, 36, 46, 56, 26, 140]
ROWS = [
    ["RES01", "Resources", "Consolidate office accommodation and release Victoria House for disposal",
     "David Thornton", "200", "200", "30/06/2026", "BLUE", "Delivered in full in Q1."],
    ["RES02", "Resources", "Increase council tax collection through single person discount review",
     "Assistant Director, Commissioning", "75", "75", "Jun 2025", "GREEN", ""],
    ["ASC01", "Adults and Health", "Expand reablement capacity to reduce long-term care demand",
     "Marcus Lloyd", "50", "35", "30/09/2026", "AMBER", ""],
    ["CF01", "Children and Families", "Deliver agency social worker conversion to permanent posts",
     "Head of Highways", "120", "120", "31/10/2026", "RED", "Saving removed from programme."],
]


def write(path: Path, head: list[str], rows: list[list[str]], widths: list[float], underline: bool = True) -> Path:
    data = [[Paragraph(t, STYLE) for t in r] for r in [head, *rows]]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if underline:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"))
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([table])
    return path


def test_tokens_a_narrow_column_cut_stay_in_their_row_and_close_up(tmp_path):
    rows = rows_of(write(tmp_path / "cut.pdf", HEAD, ROWS, WIDTHS))
    assert len(rows) == 1 + len(ROWS), rows
    body = rows[1:]
    assert [r[0] for r in body] == ["RES01", "RES02", "ASC01", "CF01"]
    assert [r[7] for r in body] == ["BLUE", "GREEN", "AMBER", "RED"]
    assert [r[6] for r in body] == ["30/06/2026", "Jun 2025", "30/09/2026", "31/10/2026"]
    assert body[0][2] == "Consolidate office accommodation and release Victoria House for disposal"


def test_an_underlined_heading_wrapped_over_lines_is_one_row(tmp_path):
    rows = rows_of(write(tmp_path / "head.pdf", HEAD, ROWS, WIDTHS))
    assert rows[0][0] == "Ref"
    assert rows[0][4].replace(" ", "") == "2025/26£000"
    assert rows[0][7] == "RAG"
    assert rows[1][0] == "RES01"


def test_stacked_codes_and_figures_of_one_line_rows_still_part_rows(tmp_path):
    """Codes and figures a row each, left-aligned in a narrow column where they fill it: the line
    above has no room for more, but nothing goes on beside them, so each is a row of its own."""
    head = ["No.", "Code", "Action", "Lead", "Budget"]
    rows = [[str(i), f"AB{i}", f"Action number {i} for the year", f"Officer {i}", f"{100 + i}"] for i in range(1, 8)]
    got = rows_of(write(tmp_path / "stack.pdf", head, rows, [30, 30, 200, 100, 60]))
    assert len(got) == 1 + len(rows), got
    assert [r[1] for r in got[1:]] == [f"AB{i}" for i in range(1, 8)]


def test_period_columns_empty_so_far_under_a_group_heading_are_columns_of_their_own(tmp_path):
    """'Quarterly RAG rating' over 'Q1 RAG | Q2 RAG | Q3 RAG | Q4 RAG', only Q1 and Q2 rated so far:
    the group heading crosses the gutters of the empty quarters, which only their headings show
    (the word they share, 'RAG', is said over each period): four columns, the group over them."""
    small = ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=11)
    head = ["Ref", "Key actions", "Lead", "Timescale", "Quarterly RAG rating", "", "", ""]
    sub = ["", "", "", "", "Q1 RAG", "Q2 RAG", "Q3 RAG", "Q4 RAG"]
    rags = [("Green", "Amber"), ("Red", ""), ("Amber", "Green"), ("Blue", "Blue"), ("Green", "Red")]
    body = [[f"1.{i}", f"Update the guidance on practice number {i} with partners", "Principal Social Worker",
             "May 2026", q1, q2, "", ""] for i, (q1, q2) in enumerate(rags, 1)]
    data = [[Paragraph(t, small) for t in r] for r in [head, sub, *body]]
    table = Table(data, colWidths=[34, 220, 110, 70, 52, 52, 52, 52])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (4, 0), (7, 0))]))
    pdf = tmp_path / "quarters.pdf"
    SimpleDocTemplate(str(pdf), pagesize=landscape(A4)).build([table])
    tables = pdf_tables(pdf)
    assert len(tables) == 1
    rows = tables[0]["rows"]
    assert len(rows[0]) == 8, rows[0]
    group = rows[0][4]
    assert isinstance(group, dict) and group["text"] == "Quarterly RAG rating" and group["colspan"] == 4
    assert [(c if isinstance(c, str) else c["text"]) for c in rows[1][4:]] == ["Q1 RAG", "Q2 RAG", "Q3 RAG", "Q4 RAG"]
    assert [r[4:6] for r in rows[2:]] == [list(x) for x in rags]


def test_a_period_before_or_after_the_rag_word_heads_a_rating():
    from planx.normalise.headers import classify, read_under_group
    for heading in ("Q1 RAG", "Qtr 2 RAG status", "RAG Q3", "Jun 25 RAG"):
        assert classify(heading)[0] == "rating", heading
    for heading in ("Overall RAG", "Current RAG", "RAG rating", "Year end RAG"):
        assert classify(heading)[0] == "rag", heading
    assert read_under_group("Quarterly RAG rating", "Q2 RAG", ["Q1 RAG", "Q2 RAG"]).field == "rating"


def test_banner_rows_span_the_whole_table_however_far_their_words_reach(tmp_path):
    """'Rec 1: …' banners merged across a borderless table: a long one reaches into the fifth
    column, a short one only into the third; each is one cell across the row, as the merged cell is."""
    head = ["Organisation", "Action", "Named lead", "Target date", "Update on progress", "BRAG"]
    banners = ["Rec 1: The partnership should seek assurance that the voice and lived experience of the child "
               "is recorded and influences decisions",
               "Rec 2: Professionals should use the escalation policy when they disagree"]
    data: list[list[str]] = [head]
    spans = []
    for n, banner in enumerate(banners):
        spans.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append([banner, "", "", "", "", ""])
        for k in range(2):
            data.append([f"Agency {n}{k}", f"Amend the template number {n}{k} so that views are recorded",
                         "Ian McAllister", "December 2026", "Complete. Evidence submitted.", "AMBER"])
    cells = [[t if t.startswith("Rec") else Paragraph(t, STYLE) for t in r] for r in data]  # a banner: one line
    table = Table(cells, colWidths=[90, 230, 100, 80, 160, 50])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
                               *spans]))
    pdf = tmp_path / "banners.pdf"
    SimpleDocTemplate(str(pdf), pagesize=landscape(A4)).build([table])
    rows = [r for t in pdf_tables(pdf) for r in t["rows"]]
    found = [r[0] for r in rows if isinstance(r[0], dict) and r[0]["text"].startswith("Rec")]
    assert [" ".join(c["text"].split())[:6] for c in found] == ["Rec 1:", "Rec 2:"]
    assert all(c["colspan"] == 6 for c in found), found
    assert sum(1 for r in rows if isinstance(r[0], str) and r[0].startswith("Agency")) == 4


def test_a_cut_token_is_told_by_the_room_left_and_the_run_it_breaks():
    from planx.extract.pdfborderless import ColumnFacts, Frag, cut_token
    from planx.extract.pdfgeom import Word

    def frag(text: str, x0: float, line: int) -> Frag:
        words, x = [], x0
        for t in text.split():
            words.append(Word(t, x, x + 4.4 * len(t), 10.0 * line, 10.0 * line + 8, 8.0))
            x += 4.4 * len(t) + 2.2
        return Frag(0, 0, words, line)

    facts = ColumnFacts(right={0: 100.0 + 4.4 * 6}, left={0: 100.0})
    assert cut_token(frag("1.2(b", 100, 0), frag(")", 100, 1), facts)  # the bracket it opened, closed below
    assert cut_token(frag("RES0", 100 + 4.4 * 2, 0), frag("1", 100 + 4.4 * 2, 1), facts)
    assert not cut_token(frag("RES0", 100 + 4.4 * 2, 0), frag("1", 100, 1), facts)  # not level: set right
    assert cut_token(frag("AMBE", 100 + 4.4 * 2, 0), frag("R", 100 + 4.4 * 2, 1), facts)
    assert not cut_token(frag("1.1", 100, 0), frag("1.2", 100, 1), facts)  # room for more on the line above
    assert not cut_token(frag("1.2(b)", 100, 0), frag(")", 100, 1), facts)  # nothing left open
    assert not cut_token(frag("Amber", 100, 0), frag("on track", 100, 1), facts)
    # two words in capitals a heading wrapped at its space ('TARGET' / 'DATE') are no token cut in two
    assert not cut_token(frag("TARGET", 100, 0), frag("DATE", 100, 1), ColumnFacts(right={0: 100.0 + 4.4 * 6}))
