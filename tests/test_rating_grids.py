"""Plans that rate each action period by period in a grid of quarter columns, and tables whose who
and what columns are headed in other words than a plan's usual ones (synthetic documents):

- quarter headings printed with a short year pair ('Q1 26/27') are a run of periods; RAG words,
  letters or fills under them are one rating per quarter, labelled by the heading as printed and
  dated by the quarter's end;
- a PDF that paints two neighbouring cells of one colour as one rectangle from column edge to
  column edge colours both;
- 'Progress' over 'Q1 | Q2 | Q3 | Q4' is a progress grid (its cells say what it holds), each rating
  labelled by its own sub-heading, the 'Comments' beside it the progress;
- a heading merged down over a page's repeated heading rows ends with them;
- a column of those who deliver ('Which partners are involved') is the lead where no column names
  one, said in a warning;
- headings written as a database's field codes ('act_title', 'grp_number') are read by record: the
  record whose number repeats down the rows is the area, the one holding the actions gives its title;
- a RAG cell blacked out is no rating.
"""
from __future__ import annotations

from pathlib import Path

from planx.extract import extract
from planx.extract.pdf import Stitched, model_rows
from planx.extract.pdftables import GridCell, fill_of
from planx.normalise import normalise
from planx.normalise.greyrag import beyond_rag_greys
from planx.normalise.periods import read_period, run_of_periods


def _result(path: Path):
    return normalise(extract(path))


# ---- quarter headings with a short year pair ----------------------------------------------------------

def test_a_quarter_with_a_short_year_pair_is_a_period():
    read = read_period("Q3 26/27")
    assert read is not None and (read.kind, read.number, read.year) == ("quarter", "3", "26/27")
    assert read_period("Autumn 26-27") is not None
    assert read_period("Q1 26/28") is None  # no pair of years running on
    assert read_period("14/15") is None  # a year pair alone names no period
    labels = ["Ref", "Action", "Q1 26/27", "Q2 26/27", "Q3 26/27", "Q4 26/27", "Overall RAG"]
    assert run_of_periods(labels) == [2, 3, 4, 5]


def _quarter_workbook(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill
    wb = Workbook()
    ws = wb.active
    ws.append(["Harbourside Council - Housing Improvement Plan 2026/27"])
    ws.append([])
    ws.append(["Ref", "Action", "Lead officer", "Due", "Q1 26/27", "Q2 26/27", "Q3 26/27", "Q4 26/27",
               "Commentary", "Overall RAG"])
    ws.append(["1.1", "Inspect every void property within five working days", "Repairs Manager", "Mar 27",
               "Green", "A", "AMBER", None, "Inspections now tracked weekly", "Amber"])
    ws.append(["1.2", "Publish a damp and mould response standard for tenants", "Tenancy Services Lead",
               "Sep 26", "R", "Amber", "G", None, "Standard agreed with the tenants' panel", "Green"])
    ws.append(["1.3", "Train all surveyors in the new stock condition survey", "Asset Manager", "Dec 26",
               None, None, None, None, "Course booked", "Red"])
    fills = {"red": "FFFF0000", "green": "FF00B050"}
    for col, colour in ((5, "red"), (6, "green")):  # the third action rated by colour alone
        ws.cell(row=6, column=col).fill = PatternFill("solid", fgColor=fills[colour])
    wb.save(path)


def test_rag_cells_under_quarters_with_a_short_year_pair_are_ratings(tmp_path):
    path = tmp_path / "housing.xlsx"
    _quarter_workbook(path)
    acts = _result(path).actions
    assert [a.rag for a in acts] == ["amber", "green", "red"]
    got = [[(r.label, r.rag, r.rag_raw, r.as_of) for r in a.ratings] for a in acts]
    assert got[0] == [("Q1 26/27", "green", "Green", "2026-06"), ("Q2 26/27", "amber", "A", "2026-09"),
                      ("Q3 26/27", "amber", "AMBER", "2026-12")]
    assert got[1] == [("Q1 26/27", "red", "R", "2026-06"), ("Q2 26/27", "amber", "Amber", "2026-09"),
                      ("Q3 26/27", "green", "G", "2026-12")]
    assert got[2] == [("Q1 26/27", "red", "#ff0000", "2026-06"), ("Q2 26/27", "green", "#00b050", "2026-09")]


# ---- one rectangle painted over neighbouring cells of one colour -----------------------------------------

def test_a_fill_from_column_edge_to_column_edge_colours_each_cell_it_covers():
    edges = [0.0, 100.0, 130.0, 160.0, 190.0, 300.0]
    pair = {"x0": 100.0, "x1": 160.0, "top": 10.0, "bottom": 24.0, "colour": "#00b050"}
    band = {"x0": 0.0, "x1": 300.0, "top": 30.0, "bottom": 44.0, "colour": "#1f3864"}
    assert fill_of((100.0, 10.0, 130.0, 24.0), [pair], edges) == "#00b050"
    assert fill_of((130.0, 10.0, 160.0, 24.0), [pair], edges) == "#00b050"
    assert fill_of((130.0, 10.0, 160.0, 24.0), [pair]) is None  # no grid's edges to draw along
    assert fill_of((130.0, 30.0, 160.0, 44.0), [band], edges) is None  # a band behind the whole row
    off = dict(pair, x1=150.0)  # a bar ending inside a cell: no cell's own fill
    assert fill_of((100.0, 10.0, 130.0, 24.0), [off], edges) is None


def _merged_fill_pdf(path: Path) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    xs = [40, 80, 330, 450, 510, 545, 580, 615, 650, 770]
    heads = ["Ref", "Action", "Lead officer", "Due", "Q1 26/27", "Q2 26/27", "Q3 26/27", "Q4 26/27", "Status"]
    rows = [("1.1", "Reduce the waiting list for adaptations", "Occupational Therapy Lead", "Mar 27",
             ["#ff0000", "#ffc000"], "Delayed"),
            ("1.2", "Open a second community equipment store", "Head of Commissioning", "Dec 26",
             ["#00b050", "#00b050"], "On track"),
            ("1.3", "Agree a joint hospital discharge protocol", "Discharge Manager", "Jun 27",
             ["#ffc000", "#ffc000"], "At risk")]
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, height - 40, "Westmere Adult Services Delivery Plan 2026/27")
    top = height - 70
    row_h = 18
    c.setFont("Helvetica-Bold", 6)
    for x, text in zip(xs, heads, strict=False):
        c.drawString(x + 2, top - 12, text)
    c.setFont("Helvetica", 7)
    for k, (ref, action, lead, due, colours, status) in enumerate(rows):
        y = top - row_h * (k + 1)
        x = xs[4]
        run: list[str] = []
        for colour in [*colours, None]:  # neighbours of one colour painted as one rectangle
            if run and colour != run[0]:
                c.setFillColor(HexColor(run[0]))
                c.rect(x, y - row_h, (xs[5] - xs[4]) * len(run), row_h, stroke=0, fill=1)
                x += (xs[5] - xs[4]) * len(run)
                run = []
            if colour:
                run.append(colour)
        c.setFillColor(HexColor("#000000"))
        for cx, text in zip(xs, [ref, action, lead, due, "", "", "", "", status], strict=False):
            c.drawString(cx + 2, y - 12, text)
    bottom = top - row_h * (len(rows) + 1)
    for k in range(len(rows) + 2):
        c.line(xs[0], top - row_h * k, xs[-1], top - row_h * k)
    for x in xs:
        c.line(x, top, x, bottom)
    c.save()


def test_quarter_fills_painted_as_one_rectangle_rate_each_quarter(tmp_path):
    path = tmp_path / "adults.pdf"
    _merged_fill_pdf(path)
    acts = _result(path).actions
    got = [[(r.label, r.rag) for r in a.ratings] for a in acts]
    assert got == [[("Q1 26/27", "red"), ("Q2 26/27", "amber")],
                   [("Q1 26/27", "green"), ("Q2 26/27", "green")],
                   [("Q1 26/27", "amber"), ("Q2 26/27", "amber")]]


# ---- 'Progress' over the quarters -------------------------------------------------------------------------

def _grouped_docx(path: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_paragraph("Fernleigh Children's Services Improvement Plan")
    table = doc.add_table(rows=2, cols=9)
    top = ["Ref", "Action", "Lead", "Timescale", "", "Progress", "", "", "Comments"]
    sub = ["", "", "", "Start", "End", "Q1", "Q2", "Q3", ""]
    for row, labels in zip(table.rows, (top, sub), strict=True):
        for cell, text in zip(row.cells, labels, strict=True):
            cell.text = text
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Timescale"
    table.cell(0, 5).merge(table.cell(0, 7)).text = "Progress"
    for col in (0, 1, 2, 8):
        text = top[col]
        table.cell(0, col).merge(table.cell(1, col)).text = text
    for values in (["1.1", "Recruit six permanent social workers to the assessment team", "Service Manager",
                    "Apr-26", "March 2027", "G", "A", "A", "Two posts filled; interviews booked"],
                   ["1.2", "Audit thirty child protection plans each quarter", "Principal Social Worker",
                    "May-26", "December 2026", "R", "G", "", "First audit round reported to DMT"]):
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    doc.save(str(path))


def test_progress_over_quarters_is_a_grid_of_ratings_labelled_by_their_sub_headings(tmp_path):
    path = tmp_path / "grouped.docx"
    _grouped_docx(path)
    acts = _result(path).actions
    assert [(a.action[:20], a.progress) for a in acts] == [
        ("Recruit six permanen", "Two posts filled; interviews booked"),
        ("Audit thirty child p", "First audit round reported to DMT")]
    got = [[(r.label, r.heading_group, r.rag_raw) for r in a.ratings] for a in acts]
    assert got == [[("Q1", "Progress", "G"), ("Q2", "Progress", "A"), ("Q3", "Progress", "A")],
                   [("Q1", "Progress", "R"), ("Q2", "Progress", "G")]]
    assert [a.due_date for a in acts] == ["2027-03", "2026-12"]


# ---- a heading merged down over a page's repeated heading rows ------------------------------------------

def test_a_heading_merged_over_repeated_heading_rows_ends_with_them():
    def cell(c: int, text: str, rowspan: int = 1) -> GridCell:
        return GridCell(0, c, rowspan, 1, text)
    head = [cell(0, "Action", 2), cell(1, "Progress"), cell(2, "Comments", 2)]
    sub = [cell(1, "Q1")]
    rows = [(1, head, False), (1, sub, False),
            (1, [cell(0, "Open a hub"), cell(1, "G"), cell(2, "Opened in May")], False),
            (2, head, True), (2, sub, True),
            (2, [cell(0, "Train the panel"), cell(1, "A"), cell(2, "")], False)]
    out = model_rows(Stitched(page=1, rows=rows, ncols=3, edges=[], ruled=True))
    last = {c.col: c.text for c in out[-1].cells}
    assert last.get(2, "") == ""  # not 'Comments' carried down from the repeated heading


# ---- those who deliver as the lead ------------------------------------------------------------------------

def test_partners_are_the_lead_where_no_column_names_one(tmp_path):
    path = tmp_path / "partners.csv"
    path.write_text("Action,What does success look like?,Which partners are involved,Status\n"
                    "Run a smokefree playground scheme,Every district signs up,District councils,Complete\n"
                    "Offer stop smoking clinics in pharmacies,Clinics in 20 pharmacies,Community pharmacies,"
                    "In progress\n", encoding="utf-8")
    result = _result(path)
    assert [a.lead for a in result.actions] == ["District councils", "Community pharmacies"]
    assert any("read as the lead (inferred)" in str(w) for w in result.warnings)


def test_partners_beside_a_lead_stay_out_of_the_lead(tmp_path):
    path = tmp_path / "lead.csv"
    path.write_text("Action,Lead officer,Partners,Due\n"
                    "Run a smokefree playground scheme,Public Health Lead,District councils,Mar 27\n"
                    "Offer stop smoking clinics in pharmacies,Commissioning Manager,Community pharmacies,"
                    "Jun 27\n", encoding="utf-8")
    acts = _result(path).actions
    assert [a.lead for a in acts] == ["Public Health Lead", "Commissioning Manager"]


# ---- headings written as field codes ------------------------------------------------------------------------

def test_field_code_headings_are_read_by_record(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "act_number,act_title,act_text,partners,grp_number,grp_label,rag\n"
        "1,Smokefree homes pledge,Ask families at health visits to sign a smokefree homes pledge,"
        "Health visiting,1,Protect children from second-hand smoke,Green\n"
        "2,Smokefree cars campaign,Run a campaign on the law on smoking in cars with children,"
        "Trading Standards,1,Protect children from second-hand smoke,Amber\n"
        "3,Illicit tobacco test purchases,Carry out test purchases of illicit tobacco in every district,"
        "Trading Standards,2,Reduce the supply of illicit tobacco,Red\n"
        "4,Retailer training,Train retailers on age of sale and illicit tobacco,"
        "Trading Standards,2,Reduce the supply of illicit tobacco,Green\n", encoding="utf-8")
    result = _result(path)
    got = [(a.area_ref, a.area, a.action, a.lead, a.rag) for a in result.actions]
    assert got == [
        ("1", "Protect children from second-hand smoke", "Smokefree homes pledge", "Health visiting", "green"),
        ("1", "Protect children from second-hand smoke", "Smokefree cars campaign", "Trading Standards", "amber"),
        ("2", "Reduce the supply of illicit tobacco", "Illicit tobacco test purchases", "Trading Standards", "red"),
        ("2", "Reduce the supply of illicit tobacco", "Retailer training", "Trading Standards", "green")]
    kept = {x.text for x in result.leftovers}
    assert "Ask families at health visits to sign a smokefree homes pledge" in kept


# ---- a RAG cell blacked out ----------------------------------------------------------------------------------

def test_a_black_or_white_fill_is_beyond_any_rag_grey():
    assert beyond_rag_greys("#000000") and beyond_rag_greys("#ffffff")
    assert not beyond_rag_greys("#4c4c4c")  # red scanned to grey
    assert not beyond_rag_greys("#ff0000")  # a colour, no grey


def test_a_blacked_out_rag_cell_is_no_rating(tmp_path):
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill
    wb = Workbook()
    ws = wb.active
    ws.append(["Action", "Lead", "RAG"])
    ws.append(["Refresh the homelessness strategy", "Housing Options Manager", "Green"])
    ws.append(["Review temporary accommodation standards", "Housing Options Manager", None])
    ws.append(["Open a rough sleeper hub", "Outreach Lead", "Amber"])
    ws.cell(row=3, column=3).fill = PatternFill("solid", fgColor="FF000000")
    path = tmp_path / "blacked.xlsx"
    wb.save(path)
    acts = _result(path).actions
    assert [(a.rag, a.rag_raw) for a in acts] == [("green", "Green"), ("", ""), ("amber", "Amber")]
