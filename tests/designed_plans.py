"""Designed plans as InDesign, Word or PowerPoint print them (council and health reports), drawn by
reportlab with invented content, each with the actions a reader should find:

- `columns_mixed`: a page that opens in one column of prose, then runs in two text columns, an
  action table (fills only) in the left column; a later page in two columns of prose over an action
  table spanning both;
- `banner_titles`: each table's area printed in a coloured banner box above it (white type on a dark
  fill), no heading line; a second table continues on the next page whose area is only in the
  running header;
- `fill_tables`: action tables drawn with fills only: a dark heading row in white type, rows
  shaded in turn, no rules; the area a bold heading above;
- `icon_blocks`: actions as an icon, a bold title, a short paragraph and 'Lead:' / 'Timescale:'
  lines, two blocks a row (two columns), under an area heading across the page; `icon_rows`: three
  such blocks a row on a landscape page;
- `header_areas`: a page an area, named only in the running header; `banner_rows`: one fill-only
  table whose areas are bands across it.

Used by tests/test_designed_shapes.py; run directly to write the PDFs and their truths into a folder:
`python tests/designed_plans.py OUTDIR`."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from conftest import draw_lines, wrap_words

REG, BOLD = "Helvetica", "Helvetica-Bold"
DARK = (0.05, 0.25, 0.42)
SHADE = (0.87, 0.92, 0.96)
PALE = (0.95, 0.97, 0.99)
GREY = (0.2, 0.2, 0.2)


@dataclass
class Act:
    action: str
    lead: str
    due: str
    status: str = ""


AREAS: dict[str, list[Act]] = {
    "Healthy homes": [
        Act("Offer a free damp and mould check to every tenant on the housing register", "Housing Standards Manager",
            "March 2026", "In progress"),
        Act("Train repair crews to spot the signs of cold and damp homes", "Repairs Lead", "June 2026",
            "Not started"),
        Act("Publish a guide on heating support for private renters", "Public Health Officer", "September 2026",
            "Complete"),
    ],
    "Active travel": [
        Act("Map safe cycle routes between the three largest estates and the town centre", "Transport Planner",
            "December 2026", "In progress"),
        Act("Run a walking challenge in every secondary school each spring term", "School Health Lead",
            "April 2027", "Not started"),
        Act("Fit secure bike stores at the two leisure centres", "Leisure Contracts Manager", "July 2026",
            "Complete"),
    ],
    "Good food for all": [
        Act("Set up a community food pantry in each ward with high need", "Food Partnership Coordinator",
            "May 2026", "In progress"),
        Act("Agree healthy catering standards with the hospital canteens", "Nutrition Lead", "October 2026",
            "Not started"),
    ],
    "Mental wellbeing": [
        Act("Extend the peer support network to men over fifty", "Wellbeing Services Lead", "November 2026",
            "In progress"),
        Act("Give every library a quiet room and a list of local talking groups", "Libraries Manager",
            "January 2027", "Not started"),
    ],
}

PROSE = ("Our partners agreed this plan after a year of listening to residents. It sets out what we will do "
         "over the next three years and who will answer for each step, and it will be reviewed by the health "
         "and wellbeing board every six months so that the work stays on course.")


def _fill_table(c, x: float, y: float, widths: list[float], heads: list[str], rows: list[list[str]],
                chars: list[int], size: float = 9, head: bool = True) -> float:
    """A table of fills only: a dark heading row in white type, rows shaded in turn, no rules.
    Returns the y under the last row."""
    pitch = size + 2.5
    total = sum(widths)
    if head:
        c.setFillColorRGB(*DARK)
        c.rect(x, y - 18, total, 18, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(BOLD, size)
        cx = x
        for w, h in zip(widths, heads, strict=False):
            c.drawString(cx + 4, y - 12, h)
            cx += w
        y -= 18
    for k, row in enumerate(rows):
        cells = [wrap_words(t, n) for t, n in zip(row, chars, strict=False)]
        height = max(len(v) for v in cells) * pitch + 8
        c.setFillColorRGB(*(SHADE if k % 2 == 0 else PALE))
        c.rect(x, y - height, total, height, fill=1, stroke=0)
        c.setFillColorRGB(*GREY)
        c.setFont(REG, size)
        cx = x
        for w, lines in zip(widths, cells, strict=False):
            ly = y - 4 - size
            for ln in lines:
                c.drawString(cx + 4, ly, ln)
                ly -= pitch
            cx += w
        y -= height
    return y


def _banner(c, x: float, y: float, width: float, text: str, framed: bool = False) -> float:
    c.setFillColorRGB(*DARK)
    c.setStrokeColorRGB(*DARK)
    c.rect(x, y - 24, width, 24, fill=1, stroke=1 if framed else 0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(BOLD, 13)
    c.drawString(x + 8, y - 17, text)
    c.setFillColorRGB(*GREY)
    return y - 30


def _chrome(c, W: float, H: float, header: str) -> None:
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.setFont(REG, 8)
    c.drawString(36, H - 24, header)
    c.drawRightString(W - 36, 20, f"Page {c.getPageNumber()}")
    c.setFillColorRGB(*GREY)


def _rows(acts: list[Act], status: bool = True) -> list[list[str]]:
    return [[a.action, a.lead, a.due] + ([a.status] if status else []) for a in acts]


TITLE = "Healthier Places Plan 2026-2029"


def columns_mixed(path: Path) -> list[tuple[str, Act]]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    _chrome(c, W, H, TITLE)
    c.setFont(BOLD, 20)
    c.drawString(36, H - 70, TITLE)
    y = draw_lines(c, 36, H - 100, PROSE, 100)
    c.setFont(BOLD, 14)
    c.drawString(36, y - 16, "Healthy homes")
    top = y - 40
    # left column: prose then a fill-only action table; right column: prose
    ly = draw_lines(c, 36, top, "Cold and damp homes make asthma and chest illness worse, and the people who rent "
                    "the oldest homes are the least able to put them right.", 48)
    _fill_table(c, 36, ly - 10, [130, 80, 45], ["Action", "Lead", "By"],
                [r[:3] for r in _rows(AREAS["Healthy homes"])], [26, 15, 9], size=8)
    ry = top
    for para in [PROSE, "We will also work with landlords and letting agents so that the standards in this plan "
                 "reach homes that the council does not own, and we will report on that work each year."]:
        ry = draw_lines(c, 310, ry, para, 48) - 10
    c.showPage()
    _chrome(c, W, H, TITLE)
    c.setFont(BOLD, 14)
    c.drawString(36, H - 70, "Active travel")
    ly = draw_lines(c, 36, H - 95, PROSE, 48)
    draw_lines(c, 310, H - 95, "Short trips made on foot or by bike are the easiest way to build activity into the "
               "day, and safer streets help everyone who walks.", 48)
    _fill_table(c, 36, ly - 20, [260, 150, 80, 75], ["Action", "Lead", "Timescale", "Status"],
                _rows(AREAS["Active travel"]), [52, 28, 16, 14])
    c.showPage()
    c.save()
    return [(k, a) for k in ("Healthy homes", "Active travel") for a in AREAS[k]]


def banner_titles(path: Path) -> list[tuple[str, Act]]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H))
    widths, chars = [380, 200, 110, 80], [75, 38, 20, 15]
    heads = ["What we will do", "Who will lead", "When", "Progress"]
    _chrome(c, W, H, f"{TITLE} | Delivery plan")
    c.setFont(BOLD, 20)
    c.drawString(36, H - 60, TITLE)
    y = draw_lines(c, 36, H - 85, PROSE, 140)
    y = _banner(c, 36, y - 10, sum(widths), "Good food for all")
    y = _fill_table(c, 36, y, widths, heads, _rows(AREAS["Good food for all"]), chars)
    y = _banner(c, 36, y - 20, sum(widths), "Mental wellbeing")
    _fill_table(c, 36, y, widths, heads, _rows(AREAS["Mental wellbeing"])[:1], chars)
    c.showPage()
    _chrome(c, W, H, f"{TITLE} | Mental wellbeing")
    _fill_table(c, 36, H - 60, widths, heads, _rows(AREAS["Mental wellbeing"])[1:], chars)
    c.showPage()
    c.save()
    return [(k, a) for k in ("Good food for all", "Mental wellbeing") for a in AREAS[k]]


def fill_tables(path: Path) -> list[tuple[str, Act]]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H))
    widths, chars = [40, 360, 200, 100, 70], [5, 72, 38, 18, 13]
    _chrome(c, W, H, TITLE)
    c.setFont(BOLD, 20)
    c.drawString(36, H - 60, f"{TITLE}: action plan")
    y = H - 100
    n = 0
    for area in ("Healthy homes", "Active travel"):
        c.setFillColorRGB(*DARK)
        c.setFont(BOLD, 14)
        c.drawString(36, y, area)
        c.setFillColorRGB(*GREY)
        rows = []
        for a in AREAS[area]:
            n += 1
            rows.append([str(n)] + _rows([a])[0])
        y = _fill_table(c, 36, y - 10, widths, ["No.", "Action", "Lead officer", "Target date", "Status"],
                        rows, chars) - 30
    c.showPage()
    c.save()
    return [(k, a) for k in ("Healthy homes", "Active travel") for a in AREAS[k]]


def icon_blocks(path: Path) -> list[tuple[str, Act]]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    out = []
    for page, area in enumerate(("Good food for all", "Active travel")):
        _chrome(c, W, H, TITLE)
        if page == 0:
            c.setFont(BOLD, 20)
            c.drawString(36, H - 60, TITLE)
        c.setFillColorRGB(*DARK)
        c.setFont(BOLD, 16)
        c.drawString(36, H - 95, area)
        c.setFillColorRGB(*GREY)
        top = H - 130
        for k, a in enumerate(AREAS[area]):
            x = 36 + (k % 2) * 270
            y = top - (k // 2) * 190
            c.setFillColorRGB(*DARK)
            c.circle(x + 10, y - 4, 10, fill=1, stroke=0)
            c.setFillColorRGB(*GREY)
            ty = y
            c.setFont(BOLD, 11)
            for ln in wrap_words(a.action, 36):
                c.drawString(x + 28, ty, ln)
                ty -= 14
            ty = draw_lines(c, x + 28, ty - 4, "This step builds on work the partnership began last year and "
                            "will be checked at each board meeting.", 42, size=9, pitch=12)
            c.setFont(BOLD, 9)
            c.drawString(x + 28, ty - 4, "Lead:")
            c.setFont(REG, 9)
            c.drawString(x + 56, ty - 4, a.lead)
            c.setFont(BOLD, 9)
            c.drawString(x + 28, ty - 17, "Timescale:")
            c.setFont(REG, 9)
            c.drawString(x + 78, ty - 17, a.due)
            out.append((area, a))
        c.showPage()
    c.save()
    return out


def icon_rows(path: Path) -> list[tuple[str, Act]]:
    """Action blocks three a row (a landscape page), each area's row under its heading: the blocks'
    titles wrap to different lengths, so their lines do not line up row by row."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H))
    _chrome(c, W, H, TITLE)
    c.setFont(BOLD, 20)
    c.drawString(36, H - 60, TITLE)
    y0, out = H - 100, []
    for area in ("Healthy homes", "Active travel"):
        c.setFillColorRGB(*DARK)
        c.setFont(BOLD, 14)
        c.drawString(36, y0, area)
        for k, a in enumerate(AREAS[area]):
            x, y = 36 + k * 260, y0 - 30
            c.setFillColorRGB(*DARK)
            c.circle(x + 10, y - 4, 10, fill=1, stroke=0)
            c.setFillColorRGB(*GREY)
            c.setFont(BOLD, 11)
            for ln in wrap_words(a.action, 34):
                c.drawString(x + 28, y, ln)
                y -= 14
            y = draw_lines(c, x + 28, y - 4, "Partners will report on this step to the board twice a year.", 40,
                           size=9, pitch=12)
            for dy, label, value in ((4, "Lead:", a.lead), (17, "Timescale:", a.due)):
                c.setFont(BOLD, 9)
                c.drawString(x + 28, y - dy, label)
                c.setFont(REG, 9)
                c.drawString(x + 30 + c.stringWidth(label, BOLD, 9), y - dy, value)
            out.append((area, a))
        y0 -= 200
    c.showPage()
    c.save()
    return out


def header_areas(path: Path) -> list[tuple[str, Act]]:
    """A page an area, its name only in the running header ('Healthier Places Plan | Section 2:
    Active travel'), a fill-only table at the top of the body with no heading line above it."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H))
    widths, chars = [380, 200, 110, 80], [75, 38, 20, 15]
    out = []
    for k, area in enumerate(AREAS, 1):
        _chrome(c, W, H, f"{TITLE} | Section {k}: {area}")
        if k == 1:
            c.setFont(BOLD, 20)
            c.drawString(36, H - 60, TITLE)
        _fill_table(c, 36, H - (90 if k == 1 else 50), widths, ["Action", "Lead", "Deadline", "Status"],
                    _rows(AREAS[area]), chars)
        out += [(area, a) for a in AREAS[area]]
        c.showPage()
    c.save()
    return out


def banner_rows(path: Path) -> list[tuple[str, Act]]:
    """One fill-only table, each area a dark band across it in white type between its rows."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H))
    widths, chars = [380, 200, 110, 80], [75, 38, 20, 15]
    _chrome(c, W, H, TITLE)
    c.setFont(BOLD, 20)
    c.drawString(36, H - 60, TITLE)
    y = H - 90
    out = []
    for k, area in enumerate(("Good food for all", "Mental wellbeing")):
        if k == 0:
            y = _fill_table(c, 36, y, widths, ["Action", "Lead", "When", "Status"], [], chars)
        c.setFillColorRGB(0.3, 0.45, 0.6)
        c.rect(36, y - 20, sum(widths), 20, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(BOLD, 10)
        c.drawString(40, y - 14, f"Priority {k + 1}: {area}")
        y = _fill_table(c, 36, y - 20, widths, [], _rows(AREAS[area]), chars, head=False)
        out += [(area, a) for a in AREAS[area]]
    c.showPage()
    c.save()
    return out


def table_over_columns(path: Path) -> list[tuple[str, Act]]:
    """A page an area: a fill-only table across both text columns under the area's heading, two
    columns of prose straight under it (no heading between): the table ends where its shaded rows
    end."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    for k, area in enumerate(("Mental wellbeing", "Good food for all")):
        _chrome(c, W, H, TITLE)
        if k == 0:
            c.setFont(BOLD, 20)
            c.drawString(36, H - 60, TITLE)
        c.setFont(BOLD, 14)
        c.drawString(36, H - 90, area)
        y = _fill_table(c, 36, H - 100, [260, 150, 80, 75], ["Action", "Lead", "Timescale", "Status"],
                        _rows(AREAS[area]), [52, 28, 16, 14])
        draw_lines(c, 36, draw_lines(c, 36, y - 20, PROSE, 48) - 8, PROSE, 48)
        draw_lines(c, 310, y - 20, "Groups run by residents reach people that services do not, and the board "
                   "will hear from them each year about what has changed and what still needs to change. " + PROSE, 48)
        c.showPage()
    c.save()
    return [(area, a) for area in ("Mental wellbeing", "Good food for all") for a in AREAS[area]]


def banner_in_column(path: Path) -> list[tuple[str, Act]]:
    """Two-column pages: prose in the left column, in the right a banner box naming the area over
    a fill-only action table (the banner's edge a few points left of its text, in the gutter); the
    page number under the right column."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    for k, area in enumerate(("Good food for all", "Mental wellbeing")):
        _chrome(c, W, H, TITLE)
        c.setFont(BOLD, 20)
        if k == 0:
            c.drawString(36, H - 60, TITLE)
        draw_lines(c, 36, H - 100, PROSE + " " + PROSE + " " + PROSE, 48)
        y = _banner(c, 302, H - 96, 257, area, framed=True)
        _fill_table(c, 306, y, [125, 75, 55], ["Action", "Lead", "By"], [r[:3] for r in _rows(AREAS[area])],
                    [25, 14, 13], size=8)
        c.showPage()
    c.save()
    return [(area, a) for area in ("Good food for all", "Mental wellbeing") for a in AREAS[area]]

SHAPES = {"columns_mixed": columns_mixed, "banner_titles": banner_titles, "fill_tables": fill_tables,
          "icon_blocks": icon_blocks, "icon_rows": icon_rows, "header_areas": header_areas, "banner_rows": banner_rows,
          "table_over_columns": table_over_columns, "banner_in_column": banner_in_column}
TITLES = {"fill_tables": f"{TITLE}: action plan"}
# shapes whose tables have no status column: '' none of them, else that area's
NO_STATUS = {"icon_blocks": "", "icon_rows": "", "columns_mixed": "Healthy homes", "banner_in_column": ""}


def truth(name: str, acts: list[tuple[str, Act]]) -> dict:
    def has_status(area: str) -> bool:
        return name not in NO_STATUS or NO_STATUS[name] not in ("", area)
    return {"doc": f"{name}.pdf", "title": TITLES.get(name, TITLE), "format": "pdf",
            "actions": [{"area": area, "action": a.action, "lead": a.lead, "due_raw": a.due,
                         **({"status_raw": a.status} if a.status and has_status(area) else {})}
                        for area, a in acts]}


def write_all(out: Path) -> dict[str, list[tuple[str, Act]]]:
    out.mkdir(parents=True, exist_ok=True)
    got = {}
    for name, draw in SHAPES.items():
        got[name] = draw(out / f"{name}.pdf")
        (out / f"{name}.pdf.truth.json").write_text(json.dumps(truth(name, got[name]), indent=1))
    return got


if __name__ == "__main__":
    write_all(Path(sys.argv[1]))
