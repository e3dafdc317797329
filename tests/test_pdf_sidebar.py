"""A plan page with a shaded sidebar of running text down its left side (extract/pdfsidebar.py),
printed by reportlab: the sidebar ('About this plan', a status key, the plan's owner) in a light
fill from the top of the page to its foot, and beside it a title over borderless plan tables
(a priority heading, a header row, rows of a code, an action, a lead, a date and a status), the
tables drawn from a point inside the fill's edge. The sidebar's lines sit at the heights of the
tables' rows: read across, they join them.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from planx.extract.pdfgeom import Word
from planx.extract.pdfsidebar import find_sidebar

SIDEBAR = ["About the plan", "The board agreed this plan", "after the annual review of",
           "our services for older people",
           "and it is checked each", "quarter by the scrutiny panel.", "", "Each action has an owner who",
           "reports on progress before", "each meeting of the board.", "", "Key: Done - delivered;",
           "On track - to timescale;", "Late - past the agreed date.", "", "Plan lead: Sam Example,",
           "Director of Adult Services"]

PRIORITIES = [
    ("Priority 1 - Keeping people safe at home", [
        ("1.1", ["Extend the falls response", "service to every district"], "Falls Lead", "Mar 2026", "On track"),
        ("1.2", ["Install telecare for all new", "reablement clients"], "Head of Reablement", "June 2025", "Done"),
        ("1.3", ["Publish a carers' guide to", "home safety checks"], "Carers Lead", "Dec 2025", "Late"),
    ]),
    ("Priority 2 - Better hospital discharge", [
        ("2.1", ["Agree a single discharge", "assessment with the trust"], "Discharge Lead", "Sept 2025", "On track"),
        ("2.2", ["Open ten step-down beds in", "the north of the county"], "Commissioner", "Jan 2026", "Late"),
    ]),
]


def print_plan(path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFillColor(HexColor("#eef2f7"))
    c.rect(28, 34, 132, height - 68, fill=1, stroke=0)  # the sidebar, top to foot
    c.setFillColor(HexColor("#000000"))
    y = height - 80
    for k, line in enumerate(SIDEBAR):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 11 if k == 0 else 8.5)
        if line:
            c.drawString(36, y, line)
        y -= 13.5 if line else 8
    c.setFont("Helvetica-Bold", 14)
    c.drawString(190, height - 60, "Older People's Services: Action Plan 2025")
    x = [158, 190, 350, 460, 515]  # the code column starts a point inside the sidebar's fill
    y = height - 100
    for heading, rows in PRIORITIES:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(190, y, heading)
        y -= 20
        c.setFont("Helvetica-Bold", 8.5)
        for xi, label in zip(x, ["Ref", "Action", "Owner", "Due", "Status"], strict=True):
            c.drawString(xi, y, label)
        y -= 17
        c.setFont("Helvetica", 8.5)
        for ref, action, owner, due, status in rows:
            c.drawString(x[0], y, ref)
            for k, part in enumerate(action):
                c.drawString(x[1], y - 10 * k, part)
            c.drawString(x[2], y, owner)
            c.drawString(x[3], y, due)
            c.drawString(x[4], y, status)
            y -= 34
        y -= 20
    c.showPage()
    c.save()


def test_a_shaded_sidebar_is_read_apart_from_the_plan_beside_it(tmp_path: Path) -> None:
    from planx.api import convert
    path = tmp_path / "plan.pdf"
    print_plan(path)
    convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["action"] for r in rows] == [" ".join(a) for _, rs in PRIORITIES for _, a, *_ in rs]
    assert [r["lead"] for r in rows] == [o for _, rs in PRIORITIES for _, _, o, _, _ in rs]
    assert not any("board" in r["action"] or "Key" in r["action"] for r in rows)  # no sidebar words in the rows
    with open(tmp_path / "out" / "leftovers.csv", encoding="utf-8") as f:
        left = " ".join(r["text"] for r in csv.DictReader(f))
    assert "scrutiny panel" in left and "Director of Adult Services" in left  # nothing lost
    with open(tmp_path / "out" / "documents.csv", encoding="utf-8") as f:
        assert next(csv.DictReader(f))["title"] == "Older People's Services: Action Plan 2025"


def _w(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + 5.0 * len(text), top, top + 9.0, 9.0)


def _fill(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "colour": "#eeeeee"}


def _prose(x0: float) -> list[Word]:
    return [_w("running text of the aside", x0, 60 + 14 * k) for k in range(10)]


def _body() -> list[Word]:
    return [_w("body row text", 200, 60 + 20 * k) for k in range(8)]


def test_find_sidebar_takes_a_tall_strip_of_prose_at_the_pages_side() -> None:
    fills = [_fill(28, 34, 160, 800)]
    assert find_sidebar(_prose(36) + _body(), 595.0, 842.0, fills, []) == (28, 34, 160, 800)


def test_find_sidebar_leaves_a_tables_shaded_column_a_short_band_and_a_page_middle() -> None:
    # a table's shaded first column of short labels: no running text
    labels = [_w("A" + str(k), 36, 60 + 20 * k) for k in range(10)]
    assert find_sidebar(labels + _body(), 595.0, 842.0, [_fill(28, 34, 160, 800)], []) is None
    # the same strip crossed by the table's row rules from its text to the body's: a ruled table's column
    rules = [{"x0": 30.0, "x1": 560.0, "top": 70.0 + 20 * k, "bottom": 70.0 + 20 * k} for k in range(5)]
    assert find_sidebar(_prose(36) + _body(), 595.0, 842.0, [_fill(28, 34, 160, 800)], rules) is None
    # a short band (a box of text at the top), and a strip in the middle of the page
    assert find_sidebar(_prose(36) + _body(), 595.0, 842.0, [_fill(28, 34, 160, 220)], []) is None
    assert find_sidebar(_prose(236) + _body(), 595.0, 842.0, [_fill(228, 34, 360, 800)], []) is None
    # the body's text runs right up to the strip's text: no white between them
    close = [_w("body", 36 + 125 + 1, 60 + 20 * k) for k in range(8)]
    assert find_sidebar(_prose(36) + close, 595.0, 842.0, [_fill(28, 34, 160, 800)], []) is None


def test_side_strips_finds_a_light_tint_down_a_scanned_pages_side() -> None:
    np = pytest.importorskip("numpy")
    from planx.extract.raster import side_strips
    page = np.full((1100, 850), 252, dtype=np.uint8)  # paper, at 100 dpi
    page[50:1050, 40:220] = 242  # a sidebar's light tint, ten levels darker, top to foot
    for y in range(80, 1000, 30):
        page[y:y + 8, 50:200] = 30  # its lines of text
        page[y + 5:y + 13, 260:800] = 30  # the body's
    strips = side_strips(page, 100.0)
    assert len(strips) == 1
    x0, y0, x1, y1 = strips[0]
    assert abs(x0 - 40) <= 2 and abs(x1 - 220) <= 2 and abs(y0 - 50) <= 2 and abs(y1 - 1050) <= 2
    page[50:300, 40:220] = 252  # a tint a quarter of the page high: a box, not a sidebar
    page[300:1050, 40:220] = 252
    page[50:300, 40:220] = 242
    assert side_strips(page, 100.0) == []
