"""Two action tables side by side on one landscape page, each under its own area heading and area
lead (extract/pdfsidetables.py): each side read as a table of its own, its rows under the area
printed above that side, in the ruled, borderless, shaded and scanned shapes; a single table whose
middle column gap is clear stays one table; a title printed again with '(continued)' over the next
page is the title, not a running header naming sections (pdf.running_sections)."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from planx.extract.pdfcolumns import find_gutter
from planx.extract.pdfgeom import Line, Word, text_lines
from planx.extract.pdfsidetables import heading_cells, work_named

TITLE = "Westmoor Borough Council – Housing Improvement Plan 2026"
AREAS = [  # (heading, ref, title, lead, rows of action, lead, due, RAG)
    ("Area 1 – Empty homes", "1", "Empty homes", "Nadia Brooks",
     [("Bring forty long-term empty homes back into use", "Housing Officer", "Mar 26", "G"),
      ("Publish an empty homes enforcement protocol for landlords", "Legal Team", "30.06.26", "A")]),
    ("Area 2 – Repairs", "2", "Repairs", "Tom Hale",
     [("Cut the average time to finish an urgent repair", "Repairs Manager", "Sep 26", "R"),
      ("Survey tenants after each completed repair visit", "Customer Lead", "31.12.26", "G"),
      ("Add evening appointment slots for routine repairs", "Repairs Manager", "Jan 27", "A")]),
    ("Area 3 – Homelessness", "3", "Homelessness", "Ruth Akande",
     [("Open a second supported lodgings scheme for young people", "Head of Housing", "Apr 26", "B"),
      ("Train front-line staff in trauma-informed practice", "Training Lead", "31.10.26", "G")]),
    ("Area 4 – Energy efficiency", "4", "Energy efficiency", "Omar Said",
     [("Fit loft insulation in two hundred council homes", "Asset Manager", "Nov 26", "A"),
      ("Pilot heat pumps in one sheltered housing block", "Energy Officer", "28.02.27", "R")]),
]


def side_by_side(path: Path, style: str) -> None:
    """A landscape plan of two pages, two areas a page: each half of the page an area heading, an
    'Area lead:' line and that area's table (Action | Lead | Due | RAG), in the given style."""
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Table, TableStyle
    width, height = landscape(A4)
    body = getSampleStyleSheet()["BodyText"]
    c = canvas.Canvas(str(path), pagesize=(width, height))
    half = (width - 72 - 30) / 2
    for pn in (0, 1):
        c.setFont("Helvetica-Bold", 15)
        c.drawString(36, height - 40, TITLE if pn == 0 else TITLE + " (continued)")
        for side, (head, _ref, _title, lead, rows) in enumerate(AREAS[2 * pn:2 * pn + 2]):
            x, y = 36 + side * (half + 30), height - 80
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x, y, head)
            c.setFont("Helvetica", 9)
            c.drawString(x, y - 14, f"Area lead: {lead}")
            data = [["Action", "Lead", "Due", "RAG"]] + [[Paragraph(a, body), Paragraph(o, body), d, r]
                                                          for a, o, d, r in rows]
            t = Table(data, colWidths=[half * 0.52, half * 0.24, half * 0.14, half * 0.1])
            st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
            if style == "ruled":
                st.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            elif style == "borderless":
                st.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
            else:
                st += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
                       ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]
            t.setStyle(TableStyle(st))
            _w, h = t.wrapOn(c, half, y)
            t.drawOn(c, x, y - 24 - h)
        c.setFont("Helvetica", 8)
        c.drawString(36, 24, "RAG: R off track, A at risk, G on track, B done")
        c.drawRightString(width - 36, 24, f"Page {pn + 1} of 2")
        c.showPage()
    c.save()


def converted(tmp_path: Path, doc: Path) -> tuple[list[dict[str, str]], str]:
    import planx
    planx.convert([doc], out=tmp_path / "out", jobs=1, report=False)
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with open(tmp_path / "out" / "documents.csv", newline="", encoding="utf-8") as fh:
        title = next(csv.DictReader(fh))["title"]
    return rows, title


def expected() -> list[tuple[str, str, str, str, str]]:
    return [(ref, title, lead, a, r) for _h, ref, title, lead, rows in AREAS for a, _o, _d, r in rows]


@pytest.mark.parametrize("style", ["ruled", "borderless", "shaded"])
def test_each_side_is_a_table_under_its_own_area(tmp_path: Path, style: str) -> None:
    """Read across, the two headings made one area, the right side's rows took the left side's
    area and lead, and a borderless pair was cut into rows across both halves."""
    doc = tmp_path / "in" / f"sides_{style}.pdf"
    doc.parent.mkdir()
    side_by_side(doc, style)
    rows, title = converted(tmp_path, doc)
    got = [(r["area_ref"], r["area"], r["area_lead"], r["action"], r["rag_raw"]) for r in rows]
    assert got == expected()
    assert title == TITLE  # printed again as '… (continued)' on page 2: no running header of sections


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_a_scanned_pair_of_tables_is_read_side_by_side(tmp_path: Path) -> None:
    from samples.make_scan_samples import Look
    from samples.make_scan_shapes import ScanLook, scan_shape
    src, scan = tmp_path / "sides.pdf", tmp_path / "in" / "sides_scan.pdf"
    scan.parent.mkdir()
    side_by_side(src, "ruled")
    scan_shape(src, scan, ScanLook(Look(dpi=200, skew=0.4, noise=3.0, jpeg=85), blur=0.3), seed=3)
    rows, _title = converted(tmp_path, scan)
    assert [(r["area_ref"], r["area"]) for r in rows] == [(e[0], e[1]) for e in expected()]


def one_wide_table(path: Path) -> None:
    """One borderless table across a landscape page whose widest column gap, clear of words down
    the page, stands in its middle: 'Ref | Action | Lead' left of it, 'Intended outcome | Due | RAG |
    Progress' right (headings on both sides, each naming work, but not the same work)."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(36, height - 40, "Riverside Parish Council – Community Action Plan 2026")
    xs = [36, 60, 300, 470, 600, 660, 700]
    rows = [("Ref", "Action", "Lead", "Intended outcome", "Due", "RAG", "Progress")] + [
        (str(k), a, o, "Better homes", d, r, "On track") for k, (a, o, d, r) in enumerate(
            [row for area in AREAS for row in area[4]], 1)]
    y = height - 90
    for k, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 9)
        for x, text in zip(xs, row, strict=True):
            c.drawString(x, y, text[:44])
        y -= 22
    c.showPage()
    c.save()


def test_one_table_with_a_clear_middle_gap_stays_one_table(tmp_path: Path) -> None:
    """The right of the gap names the outcome, the left the action: no two tables each naming its
    work the same way, but one table's columns either side of its middle; each row keeps its due
    date and RAG."""
    doc = tmp_path / "in" / "wide.pdf"
    doc.parent.mkdir()
    one_wide_table(doc)
    rows, _title = converted(tmp_path, doc)
    assert len(rows) == 9
    assert all(r["due_raw"] and r["rag_raw"] for r in rows)


def _line(texts: list[tuple[float, str]], top: float) -> list[Word]:
    return [Word(t, x, x + 6.0 * len(t), top, top + 9.0, 9.0) for x, t in texts]


def test_a_sides_heading_row_names_the_work() -> None:
    head = _line([(40, "Action"), (200, "Lead")], 100) + _line([(40, "Hold a review"), (200, "Ann Lee")], 120)
    assert work_named(text_lines(head)) == "action"
    tail = _line([(40, "Due"), (120, "RAG"), (200, "Progress")], 100) + _line([(40, "Mar 26"), (120, "G")], 120)
    assert work_named(text_lines(tail)) == ""  # headings, but of columns reporting on the work
    both = _line([(40, "Objective"), (200, "Actions")], 100) + _line([(40, "Safer roads"), (200, "Fit lights")], 120)
    assert work_named(text_lines(both)) == "action"  # the surest of the work fields it names
    alone = _line([(40, "Action"), (200, "Lead")], 100)
    assert work_named(text_lines(alone)) == ""  # a heading row with no row under it heads no table


def test_a_rule_across_the_middle_closes_the_gutter() -> None:
    """A table's rule runs across its column gaps: drawn over the gap, no gutter is found there."""
    words = []
    for k in range(4):
        words += _line([(40, "Action text here"), (400, "Other side text")], 100 + 20 * k)
    lines: list[Line] = text_lines(words)
    assert find_gutter(lines, 600.0, least=2) is not None
    rule = {"x0": 30.0, "x1": 560.0, "top": 150.0, "bottom": 150.5}  # under the third line
    assert find_gutter(lines, 600.0, least=2, drawn=[rule]) is None


def test_an_area_banner_set_off_by_an_em_dash() -> None:
    """A print's (or a scan's reading of an en dash as an) em dash sets the title off as a dash does."""
    from planx.normalise.banners import area_heading
    assert area_heading("Area 1 — Empty homes") == ("1", "Empty homes")
    assert area_heading("Priority 2—Safer streets") == ("2", "Safer streets")
    assert area_heading("Area 3 – Repairs") == ("3", "Repairs")


def _bold(texts: list[tuple[float, str]], top: float) -> list[Word]:
    return [Word(t, x, x + 6.0 * len(t), top, top + 9.0, 9.0, bold=True) for x, t in texts]


def test_a_sides_heading_wrapped_over_lines_is_read_whole() -> None:
    """One table's right half, its headings in bold wrapped in narrow columns ('How we' over 'will
    know'): read whole they name no work ('How we will know' is a measure), its first line alone
    would ('How we …' asks how: action), and the page would be cut in two tables."""
    words = _bold([(40, "Completion"), (120, "RAG"), (200, "How we")], 100) \
        + _bold([(40, "date"), (120, "status"), (200, "will know")], 110) \
        + _line([(40, "Mar 26"), (120, "G"), (200, "Fewer visits")], 125)
    lines = text_lines(words)
    assert [c[2] for c in heading_cells(lines[0], lines)] == ["Completion date", "RAG status", "How we will know"]
    assert work_named(lines) == ""
    # the work named by a wrapped heading still is ('Action to be' over 'taken')
    words = _bold([(40, "Action to be"), (200, "Lead")], 100) + _bold([(40, "taken"), (200, "officer")], 110) \
        + _line([(40, "Hold a review"), (200, "Ann Lee")], 125)
    assert work_named(text_lines(words)) == "action"
