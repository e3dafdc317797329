"""A progress grid drawn with horizontal rules only (a council's adult social care plan as Word or
LibreOffice prints it): 'Timescales' over 'Start date | Completion', 'Progress (RAG) 2026/27' set
flush left over quarter columns headed by their months ('Apr-Jun | Jul-Sep | Oct-Dec | Jan-Mar'),
each quarter's rating only the fill of its cell (no word), theme banners between the groups of
rows. The quarters are period columns: each fill a rating labelled by its quarter, the latest the
action's RAG; the banners do not cut the table in two though no text of the rows below reaches the
quarter columns."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract.pdf import pdf_tables
from planx.normalise.periods import period_ends, read_period, run_of_periods

QUARTERS = ["Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"]
COLOURS = {"green": "#2eaa4f", "amber": "#ffc000", "red": "#e8382f", "blue": "#0070c0"}
ROWS = [  # (ref, action, lead, start, end, ratings) or a banner
    "Theme 1: Safeguarding adults",
    ("1.1", "Reduce the backlog of safeguarding assessments", "Yasmin Dorrington", "May 2026", "Q4 27/28",
     ["green", "green", "amber"]),
    ("1.2", "Audit self-neglect cases jointly with the fire service", "Agnieszka Hale", "30/04/2026", "Apr 27",
     ["amber", "red", "red", "green"]),
    "Priority 2 - Prevention and wellbeing",
    ("2.1", "Expand the community connector service", "Head of Commissioning", "28/08/2026", "Q3 27/28",
     ["red", "red", "amber", "amber"]),
    ("2.2", "Commission a falls prevention programme", "Principal Social Worker", "May 26", "Jun 27",
     ["green", "blue"]),
    "Priority 3 - Hospital discharge",
    ("3.1", "Launch a discharge to assess pathway", "Ngozi Fairbairn", "August 2026", "Q2 27/28",
     ["amber", "green", "green"]),
    ("3.2", "Agree a trusted assessor model with the acute trust", "Helen Achterberg", "Apr 26", "Jun 27",
     ["red", "amber", "amber", "blue"]),
]


def write(path: Path) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    xs = [40, 75, 330, 440, 505, 570, 620, 670, 720, 770]  # column left edges, then the right edge
    y = height - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, y, "Calderford Council - Adult Social Care Improvement Plan 2026/27")
    y -= 22
    c.setFont("Helvetica", 8)
    c.drawString(40, y, "Ratings are given at the end of each quarter; blue means the action is complete.")
    y -= 26
    c.setFont("Helvetica-Bold", 7)
    for x, text in zip(xs, ["ID", "Action", "Accountable officer", "Timescales"], strict=False):
        c.drawString(x + 3, y, text)
    c.drawString(xs[5] + 3, y, "Progress (RAG) 2026/27")
    y -= 18
    for x, text in zip(xs[3:], ["Start date", "Completion", *QUARTERS], strict=False):
        c.drawString(x + 3, y, text)
    y -= 8
    c.line(xs[0], y, xs[-1], y)
    for row in ROWS:
        top = y
        y -= 20
        if isinstance(row, str):
            c.setFont("Helvetica-Bold", 7)
            c.drawString(xs[0] + 3, y + 7, row)
        else:
            *texts, ratings = row
            for k, colour in enumerate(ratings):
                c.setFillColor(HexColor(COLOURS[colour]))
                c.rect(xs[5 + k], y, xs[6 + k] - xs[5 + k], top - y, stroke=0, fill=1)
            c.setFillColor(HexColor("#000000"))
            c.setFont("Helvetica", 7)
            for x, text in zip(xs, texts, strict=False):
                c.drawString(x + 3, y + 7, text)
        c.line(xs[0], y, xs[-1], y)
    c.save()


def test_a_quarter_headed_by_its_months_is_a_period_ending_with_its_last_month():
    assert [(p.kind, p.number) for p in map(read_period, QUARTERS) if p] == \
        [("span", "6"), ("span", "9"), ("span", "12"), ("span", "3")]
    assert read_period("April to June") == read_period("Apr – Jun")
    assert read_period("Jun-Jun") is None  # one month is no span
    assert run_of_periods(["Lead", "Due", *QUARTERS]) == [2, 3, 4, 5]
    ends = [d.iso() for d, _ in period_ends(QUARTERS, (2026, "financial")) if d]
    assert ends == ["2026-06", "2026-09", "2026-12", "2027-03"]


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("quarters") / "asc_plan.pdf"
    write(path)
    return path


def test_the_quarter_columns_of_fills_only_keep_one_table_across_the_banners(plan_pdf):
    tables = pdf_tables(plan_pdf)
    assert len(tables) == 1
    rows = [[" ".join((c["text"] if isinstance(c, dict) else c or "").split()) for c in row]
            for row in tables[0]["rows"]]
    texts = [" ".join(r) for r in rows]
    assert any("Priority 3 - Hospital discharge" in t for t in texts)
    width = {len(r) for r in rows}
    assert width == {9}, rows
    # the group heading set flush left over the first quarters is one heading over all four
    assert any(r[5] == "Progress (RAG) 2026/27" and not any(r[6:]) for r in rows), rows
    assert any(r[5:] == QUARTERS for r in rows), rows


def test_each_quarters_fill_is_a_rating_labelled_by_its_quarter(plan_pdf):
    import planx
    result = planx.convert_file(str(plan_pdf))
    actions = result.actions
    assert [a.action for a in actions][:2] == [ROWS[1][1], ROWS[2][1]]
    by_action = {a.action: a for a in actions}
    for row in ROWS:
        if isinstance(row, str):
            continue
        a = by_action[row[1]]
        assert [(r.label, r.rag) for r in a.ratings] == list(zip(QUARTERS, row[5], strict=False))
        assert a.rag == row[5][-1]


# ---- the same plan as other readers pass it on --------------------------------------------------

def test_a_quarter_ocr_misread_still_names_a_period_under_its_group():
    from planx.normalise.headers import names_periods, read_under_group
    assert names_periods("Qi") and names_periods("Apr-Jun") and not names_periods("Lead")
    read = read_under_group("Progress (RAG) 2026/27", "Qi", ["Qi", "Q2", "Q3", "Q4"])
    assert read.field == "rating"


HTML = """<html><body><h1>Isle of Penmor Council - Adult Social Care Improvement Plan 2026/27</h1>
<table>
<tr><th>No.</th><th>What we will do</th><th>Lead</th><th>Timescales</th><th></th>
<th>Progress (RAG) 2026/27</th><th></th><th></th><th></th></tr>
<tr><th></th><th></th><th></th><th>Start date</th><th>Completion</th><th>Qi</th><th>Q2</th><th>Q3</th><th>Q4</th></tr>
<tr><td><b>2  Carers</b></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>2.1</td><td>Refresh the carers strategy with carers and their organisations</td><td>Tomasz Okafor</td>
<td>Aug 26</td><td>28/02/2028</td><td>AMBER</td><td>GREEN</td><td></td><td></td></tr>
<tr><td>2.2</td><td>Offer every carer's assessment within 28 days of request</td><td>Farah Lindqvist</td>
<td>August 2026</td><td>01/01/2028</td><td>RED</td><td>AMBER</td><td></td><td></td></tr>
</table></body></html>
"""


def test_a_scans_quarters_and_a_banner_numbered_without_a_stop(tmp_path):
    """A scan's table as OCR passes it on: 'Qi' for 'Q1' under a group heading its cell does not
    span; '2  Carers' over rows numbered 2.1, 2.2 (the rows' references say the 2 is the area's)."""
    import planx
    path = tmp_path / "asc_scan.html"
    path.write_text(HTML, encoding="utf-8")
    actions = planx.convert_file(str(path)).actions
    assert [(a.area_ref, a.area) for a in actions] == [("2", "Carers")] * 2
    assert [[(r.label, r.rag) for r in a.ratings] for a in actions] == \
        [[("Q1", "amber"), ("Q2", "green")], [("Q1", "red"), ("Q2", "amber")]]
    assert [a.rag for a in actions] == ["green", "amber"]


def test_a_date_in_lower_case_under_another_rows_date_is_its_own_rows(tmp_path):
    """'by end of Aug 27' in one row's End column, a banner row, then 'by end of March 27' in the
    next row's: two dates, each its row's, not one cell merged down over the rows (a cell goes on
    across a row start only as running text in lower case)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas
    path = tmp_path / "borderless.pdf"
    c = Canvas(str(path), pagesize=landscape(A4))
    height = landscape(A4)[1]
    xs = [40, 90, 400, 520, 600, 700]
    rows = [["Ref", "Improvement action", "Lead officer", "Start", "End"],
            ["1.1", "Reduce the backlog of safeguards assessments", "Designated Nurse", "15/10/2026", "Sep 27"],
            ["1.2", "Embed making safeguarding personal in every enquiry", "Principal Social Worker", "July 2026",
             "by end of Aug 27"],
            ["Priority 2 - Carers"],
            ["2.1", "Refresh the carers strategy with carers", "Head of Legal Services", "July 2026",
             "by end of March 27"],
            ["2.2", "Offer every carer's assessment within 28 days", "Tomasz Okafor", "30/06/2026", "Dec 26"]]
    y = height - 80
    for row in rows:
        c.setFont("Helvetica-Bold" if len(row) == 1 or row[0] == "Ref" else "Helvetica", 8)
        for x, text in zip(xs, row, strict=False):
            c.drawString(x, y, text)
        y -= 24
    c.save()
    cells = [[" ".join((c["text"] if isinstance(c, dict) else c or "").split()) for c in row]
             for t in pdf_tables(path) for row in t["rows"]]
    ends = [r[4] for r in cells if len(r) >= 5 and r[0] in ("1.2", "2.1")]
    assert ends == ["by end of Aug 27", "by end of March 27"], cells


def test_a_word_said_over_each_period_stays_each_periods_own(tmp_path):
    """'BRAG' printed over each of 'Jul-18 | Sep-18 | Nov-18' (not one heading set across them): each
    column's heading is its own two lines, no group split off ('BRAG BRAG BRAG')."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas
    path = tmp_path / "brag.pdf"
    c = Canvas(str(path), pagesize=landscape(A4))
    height = landscape(A4)[1]
    xs = [40, 90, 330, 440, 520, 580, 640, 700]
    y = height - 80
    c.setFont("Helvetica-Bold", 8)
    for x, text in zip(xs, ["Ref", "Action required", "Lead officer", "By when", "BRAG", "BRAG", "BRAG", "Update"],
                       strict=True):
        c.drawString(x, y, text)
    y -= 10
    for x, text in zip(xs[4:7], ["Jul-18", "Sep-18", "Nov-18"], strict=True):
        c.drawString(x, y, text)
    c.setFont("Helvetica", 8)
    for row in (["2.1", "Revise the early help assessment", "Head of Early Help", "Dec 2018", "R", "A", "A", "Started"],
                ["2.2", "Publish the thresholds document", "Service Manager", "Mar 2019", "A", "G", "B", "Done"],
                ["2.3", "Train partners in the thresholds", "Principal Social Worker", "Jan 2019", "G", "G", "G",
                 "Sessions booked"]):
        y -= 22
        for x, text in zip(xs, row, strict=True):
            c.drawString(x, y, text)
    c.save()
    cells = [[" ".join((c["text"] if isinstance(c, dict) else c or "").split()) for c in row if c is not None]
             for t in pdf_tables(path) for row in t["rows"]]
    assert not any("BRAG BRAG" in " ".join(r) for r in cells), cells
    import planx
    actions = planx.convert_file(str(path)).actions
    assert [r.label for r in actions[0].ratings] == ["BRAG Jul-18", "BRAG Sep-18", "BRAG Nov-18"]
