"""Write the PDF plan samples with reportlab (our own sentences, in the shapes of published plans).

Run from the repo root: python samples/make_pdf_samples.py [FOLDER]. Without FOLDER, writes the
two readable plans kept in samples/ (COMMITTED: what `make run` converts); into FOLDER, all of:
  ruled_tracker.pdf     ruled table over two pages: repeated heading row, a row broken by the
                        page break, RAG shown only by the cell's fill colour, area headings between tables
  borderless_plan.pdf   table drawn without rulings (columns by text alignment), wrapped cells
  scanned_plan.pdf      the borderless plan as an image only (needs OCR)
  borderless_framework.pdf  a monitoring framework without rulings: full-width area banner rows
                        (crossing the column gutters) with the lead at the right, a heading row,
                        an objective merged over two actions (its lines off the others' baselines)
  borderless_groups.pdf  no rulings, rows set apart by padding: objectives and measures merged over
                        the actions of their group, printed once at its top; one group's objective
                        ends within its first row (nothing but an empty column shows the merge)
  borderless_tight.pdf  the same plan with rows set as close as lines (no padding, one leading for
                        all, only the heading row set apart: a renderer that keeps no gap between rows)
  sideways_plan.pdf     a ruled landscape table printed sideways on a portrait page
  locked.pdf            the ruled tracker encrypted with a password
  truncated.pdf         the ruled tracker cut in half
  webpage.pdf           an HTML page saved with a .pdf name
and NAME.truth.json beside the readable ones (the format of ../shared/score.py).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import write_truth_json  # noqa: E402

HERE = Path(__file__).resolve().parent
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"

TITLE = "Youth Justice Improvement Plan (March 2017)"
AREA1 = "Area for improvement 1: Reduce the number of first-time entrants"
AREA2 = "Area for improvement 2: Improve education for young people who offend"
HEADER = ["Ref", "Action", "Lead", "Target date", "Status", "RAG"]
# (ref, action lines, lead, due, status, fill); a None ref row continues the row above on the next page
AREA1_ROWS: list[tuple[Any, ...]] = [
    ("1.1", ["Set up a triage panel with the police to", "divert first-time offenders"], "Amira Khan", "June 2017",
     "Complete", GREEN),
    ("1.2", ["Publish the out-of-court disposal policy"], "Amira Khan", "30/09/2017", "In progress", AMBER),
    ("1.3", ["Agree a joint screening tool with schools"], "Leon Fairweather", "Dec-17", "Not started", RED),
    ("1.4", ["Train every case worker in restorative"], "Leon Fairweather", "March 2018", "In progress", AMBER),
]
AREA1_BROKEN = ["approaches and record the outcomes"]  # the rest of row 1.4, on page 2
AREA1_PAGE2 = [("1.5", ["Report first-time entrant figures to the board", "every quarter"], "Amira Khan",
                "Ongoing", "Ongoing", GREEN)]
AREA2_ROWS = [
    ("2.1", ["Name a virtual school link worker for the team"], "Grace Mbeki", "April 2017", "Complete", GREEN),
    ("2.2", ["Track attendance weekly for every young person", "on an order"], "Grace Mbeki", "July 2017",
     "Delayed", RED),
]
WIDTHS = [40, 330, 120, 90, 90, 50]

SIDEWAYS_TITLE = "Education Improvement Plan (July 2017)"
BORDERLESS_TITLE = "Early Help Action Plan 2018"
BORDERLESS_HEADER = ["Action", "Lead", "Due date", "Status"]
BORDERLESS_ROWS = [
    (["Open a single front door for early help", "requests from schools and health visitors"], "Sofia Russo",
     "May 2018", "Complete"),
    (["Publish the early help offer on the", "Council website"], "Tariq Hussain", "June 2018", "In progress"),
    (["Run quarterly audits of early help", "assessments with partner agencies"], "Sofia Russo", "Sep-18",
     "Not started"),
]
BORDERLESS_X = [50, 300, 410, 490]


FRAMEWORK_TITLE = "Children's Services Monitoring Framework (May 2019)"
FRAMEWORK_HEADER = [["OBJECTIVE"], ["Action description"], ["TARGET", "DATE"], ["Status"], ["RAG"],
                    ["Measured by"]]
FRAMEWORK_X = [40, 175, 420, 500, 590, 650]
# (banner, lead, [(objective lines or None when merged from above, action lines, due, status, rag, measure)])
FRAMEWORK_AREAS: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    ("AREA FOR IMPROVEMENT 1: Improve the timeliness and quality of assessments for children in need",
     "Nadia Osei", [
         (["Children in need are", "assessed on time and", "their plans say who", "does what by when"],
          ["Introduce a weekly assessment", "tracker for every team"], "June 2019", "In progress", "Amber",
          ["Assessments within", "45 days"]),
         (None, ["Audit ten assessments a month"], "Sep-19", "Not started", "Red", []),
     ]),
    ("AREA FOR IMPROVEMENT 2: Strengthen the voice of children in their child protection plans",
     "Owen Castillo", [
         (["Children's views are", "recorded in every plan"],
          ["Train conference chairs in", "direct work with children"], "31/07/2019", "Complete", "Green",
          ["Plans with the", "child's views"]),
     ]),
]


def truth_framework() -> dict[str, Any]:
    acts = []
    for k, (_banner, lead, rows) in enumerate(FRAMEWORK_AREAS, 1):
        objective = ""
        for obj, action, due, status, _rag, _measure in rows:
            objective = " ".join(obj) if obj else objective
            acts.append({"area_ref": str(k), "area_lead": lead, "objective": objective, "action": " ".join(action),
                         "due_raw": due, "status_raw": status})
    return {"doc": "borderless_framework.pdf", "title": FRAMEWORK_TITLE, "actions": acts}


def truth_ruled() -> dict[str, Any]:
    acts = []
    for ref, lines, lead, due, _status, fill in AREA1_ROWS + AREA1_PAGE2:
        text = " ".join(lines + (AREA1_BROKEN if ref == "1.4" else []))
        acts.append({"area_ref": "1", "action": text, "lead": lead, "due_raw": due, "rag_raw": fill})
    for _ref, lines, lead, due, _status, fill in AREA2_ROWS:
        acts.append({"area_ref": "2", "action": " ".join(lines), "lead": lead, "due_raw": due, "rag_raw": fill})
    return {"doc": "ruled_tracker.pdf", "title": TITLE, "actions": acts}


def truth_borderless(name: str) -> dict[str, Any]:
    acts = [{"action": " ".join(lines), "lead": lead, "due_raw": due, "status_raw": status}
            for lines, lead, due, status in BORDERLESS_ROWS]
    return {"doc": name, "title": BORDERLESS_TITLE, "actions": acts}


def draw_row(c: Any, x: float, y: float, cells: list[Any], widths: list[float], ruled: bool,
             fills: list[str | None] | None = None, bold: bool = False, line_h: float = 12.0) -> float:
    """One table row with its top at y; cells are lists of lines. Returns the row's bottom."""
    from reportlab.lib.colors import HexColor, black
    nlines = max(len(cell) for cell in cells) or 1
    height = nlines * line_h + 6
    cx = x
    for i, (cell, w) in enumerate(zip(cells, widths, strict=False)):
        fill = fills[i] if fills else None
        if fill:
            c.setFillColor(HexColor(fill))
            c.rect(cx, y - height, w, height, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        for k, line in enumerate(cell):
            c.drawString(cx + 3, y - 12 - k * line_h, line)
        if ruled:
            c.rect(cx, y - height, w, height, stroke=1, fill=0)
        cx += w
    return y - height


def ruled_rows(rows: list[tuple[Any, ...]]) -> list[tuple[list[list[str]], list[str | None]]]:
    return [([[ref], lines, [lead], [due], [status], []], [None] * 5 + [fill])
            for ref, lines, lead, due, status, fill in rows]


def make_ruled(path: Path, encrypt: str | None = None) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    kw: dict[str, Any] = {}
    if encrypt:
        from reportlab.lib import pdfencrypt
        kw["encrypt"] = pdfencrypt.StandardEncryption(encrypt, ownerPassword=encrypt + "-owner")
    c = canvas.Canvas(str(path), pagesize=landscape(A4), **kw)
    width, height = landscape(A4)
    c.setFont("Helvetica", 16)
    c.drawString(40, height - 50, TITLE)
    c.drawString(40.4, height - 50, TITLE)  # fake bold: the title drawn twice, a hair apart
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, height - 80, AREA1)
    y = draw_row(c, 40, height - 95, [[h] for h in HEADER], WIDTHS, True, bold=True)
    for cells, fills in ruled_rows(AREA1_ROWS):
        y = draw_row(c, 40, y, cells, WIDTHS, True, fills)
    # pad the page so that the table visibly runs to the bottom, then break mid-row
    c.setFont("Helvetica", 8)
    c.drawString(width - 100, 20, "Page 1 of 2")
    c.showPage()
    y = draw_row(c, 40, height - 40, [[h] for h in HEADER], WIDTHS, True, bold=True)
    y = draw_row(c, 40, y, [[], AREA1_BROKEN, [], [], [], []], WIDTHS, True)
    for cells, fills in ruled_rows(AREA1_PAGE2):
        y = draw_row(c, 40, y, cells, WIDTHS, True, fills)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, y - 30, AREA2)
    y = draw_row(c, 40, y - 45, [[h] for h in HEADER], WIDTHS, True, bold=True)
    for cells, fills in ruled_rows(AREA2_ROWS):
        y = draw_row(c, 40, y, cells, WIDTHS, True, fills)
    c.setFont("Helvetica", 8)
    c.drawString(width - 100, 20, "Page 2 of 2")
    c.showPage()
    c.save()


def make_borderless(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, height - 60, BORDERLESS_TITLE)
    y = height - 100
    c.setFont("Helvetica-Bold", 10)
    for x, h in zip(BORDERLESS_X, BORDERLESS_HEADER, strict=False):
        c.drawString(x, y, h)
    y -= 22
    c.setFont("Helvetica", 10)
    for lines, lead, due, status in BORDERLESS_ROWS:
        for k, line in enumerate(lines):
            c.drawString(BORDERLESS_X[0], y - 12 * k, line)
        for x, text in zip(BORDERLESS_X[1:], (lead, due, status), strict=False):
            c.drawString(x, y, text)
        y -= 12 * len(lines) + 14
    c.drawString(50, y - 20, "The plan is reviewed by the Early Help Board every quarter.")
    c.showPage()
    c.save()


def make_framework(path: Path) -> None:
    """Rows set apart by padding, lines within a cell by the leading; an objective merged over two
    rows runs on down its column on its own baselines (as reportlab's tables draw them)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, height - 50, FRAMEWORK_TITLE)
    lead_h, pad = 10.0, 7.0
    top = height - 80
    for banner, lead, rows in FRAMEWORK_AREAS:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(FRAMEWORK_X[0], top - 9, banner)
        c.drawString(FRAMEWORK_X[-1], top - 9, lead)
        top -= lead_h + pad
        for x, lines in zip(FRAMEWORK_X, FRAMEWORK_HEADER, strict=True):
            for k, line in enumerate(lines):
                c.drawString(x, top - 9 - k * lead_h, line)
        top -= 2 * lead_h + pad
        c.setFont("Helvetica", 8)
        for obj, action, due, status, rag, measure in rows:
            for k, line in enumerate(obj or []):
                c.drawString(FRAMEWORK_X[0], top - 9 - k * lead_h, line)
            cells = [action, [due], [status], [rag], measure]
            for x, lines in zip(FRAMEWORK_X[1:], cells, strict=True):
                for k, line in enumerate(lines):
                    c.drawString(x, top - 9 - k * lead_h, line)
            top -= max(len(x) for x in cells) * lead_h + pad
        top -= lead_h if len(rows) > 1 else 0
    c.showPage()
    c.save()


GROUPS_TITLE = "Social Work Practice Improvement Plan (June 2019)"
GROUPS_HEADER = ["OBJECTIVE", "Action", "Lead", "Due date", "Status", "Measured by"]
GROUPS_X = [40, 170, 380, 470, 545, 630]
# (objective lines, measure lines, [(action lines, lead, due, status)]): objective and measure merged
# over the group's actions. The first group's objective ends within its first row; the second's runs
# on past the start of its second row (the evidence that the column holds merged cells).
GROUPS: list[tuple[list[str], list[str], list[tuple[list[str], str, str, str]]]] = [
    (["Children are seen alone", "at every visit"], ["Visits with the child", "seen alone"], [
        (["Update the visit template to", "record who the child saw"], "Nadia Osei", "June 2019", "Complete"),
        (["Audit twenty visits a month", "across the locality teams"], "Nadia Osei", "Sep-19", "In progress"),
        (["Report the audit findings to", "the practice board"], "Owen Castillo", "Dec-19", "Not started"),
    ]),
    (["Plans are reviewed", "on time and every", "review hears the", "views of the child"],
     ["Reviews within timescale"], [
        (["Book each review when the", "plan starts"], "Owen Castillo", "31/07/2019", "In progress"),
        (["Train chairs in direct work", "with children"], "Priya Shah", "Oct-19", "Not started"),
    ]),
]


def truth_groups(name: str) -> dict[str, Any]:
    acts = [{"objective": " ".join(obj), "measure": " ".join(measure), "action": " ".join(action), "lead": lead,
             "due_raw": due, "status_raw": status}
            for obj, measure, rows in GROUPS for action, lead, due, status in rows]
    return {"doc": name, "title": GROUPS_TITLE, "actions": acts}


def make_groups(path: Path, pad: float) -> None:
    """A borderless plan with merged cells: each row as tall as its tallest cell of its own, `pad`
    points between rows; the merged objective and measure run down their columns from the group's
    top at the leading, whatever rows they pass (pad 0: rows no further apart than lines)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, height - 50, GROUPS_TITLE)
    lead_h = 10.0
    top = height - 80
    c.setFont("Helvetica-Bold", 8)
    for x, h in zip(GROUPS_X, GROUPS_HEADER, strict=True):
        c.drawString(x, top - 9, h)
    top -= lead_h + max(pad, 4.0)  # the heading row set apart (a renderer's space after it)
    c.setFont("Helvetica", 8)
    for obj, measure, rows in GROUPS:
        for x, lines in ((GROUPS_X[0], obj), (GROUPS_X[-1], measure)):
            for k, line in enumerate(lines):
                c.drawString(x, top - 9 - k * lead_h, line)
        for action, lead, due, status in rows:
            for x, lines in zip(GROUPS_X[1:5], (action, [lead], [due], [status]), strict=True):
                for k, line in enumerate(lines):
                    c.drawString(x, top - 9 - k * lead_h, line)
            top -= len(action) * lead_h + pad
    c.drawString(40, top - 30, "The plan is reviewed by the practice board every month.")
    c.showPage()
    c.save()


def make_sideways(path: Path) -> None:
    """A landscape table printed sideways on a portrait page (text runs up the page, no /Rotate)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    c.translate(width, 0)
    c.rotate(90)  # now x runs up the page and y to the left: a landscape sheet of height × width
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, width - 50, SIDEWAYS_TITLE)
    y = draw_row(c, 40, width - 80, [[h] for h in HEADER], WIDTHS, True, bold=True)
    for cells, fills in ruled_rows(AREA2_ROWS):
        y = draw_row(c, 40, y, cells, WIDTHS, True, fills)
    c.showPage()
    c.save()


def truth_sideways() -> dict[str, Any]:
    acts = [{"area_ref": "2", "action": " ".join(lines), "lead": lead, "due_raw": due, "rag_raw": fill}
            for _ref, lines, lead, due, _status, fill in AREA2_ROWS]
    return {"doc": "sideways_plan.pdf", "title": SIDEWAYS_TITLE, "actions": acts}


def make_scanned(src: Path, path: Path) -> None:
    """The first page of `src` as a 200 dpi image in a PDF without any text."""
    import pdfplumber
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    with pdfplumber.open(src) as pdf:
        image = pdf.pages[0].to_image(resolution=200).original
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# the PDFs kept in samples/ (a ruled and a borderless plan), so that `make run` shows a PDF converted
COMMITTED = ("ruled_tracker.pdf", "borderless_plan.pdf")


def _invariant() -> None:
    """The same bytes on every run (no creation date or random document id): a regenerated
    sample shows as changed in git only when its content did."""
    from reportlab import rl_config
    rl_config.invariant = 1


def committed(folder: Path = HERE) -> list[Path]:
    """The PDFs kept in samples/ and their truth, written afresh."""
    _invariant()
    make_ruled(folder / COMMITTED[0])
    make_borderless(folder / COMMITTED[1])
    for name, truth in zip(COMMITTED, (truth_ruled(), truth_borderless(COMMITTED[1])), strict=True):
        write_truth_json((folder / f"{name}.truth.json"), truth)
    return [folder / name for name in COMMITTED]


def main(folder: Path = HERE) -> list[Path]:
    _invariant()
    folder.mkdir(parents=True, exist_ok=True)
    ruled, borderless = folder / "ruled_tracker.pdf", folder / "borderless_plan.pdf"
    make_ruled(ruled)
    make_borderless(borderless)
    make_scanned(borderless, folder / "scanned_plan.pdf")
    make_sideways(folder / "sideways_plan.pdf")
    make_framework(folder / "borderless_framework.pdf")
    make_groups(folder / "borderless_groups.pdf", pad=6.0)
    make_groups(folder / "borderless_tight.pdf", pad=0.0)
    make_ruled(folder / "locked.pdf", encrypt="s3cret")
    data = ruled.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (folder / "webpage.pdf").write_text("<!DOCTYPE html>\n<html><head><title>Plan</title></head>"
                                        "<body><p>Not a PDF</p></body></html>\n", encoding="utf-8")
    for name, truth in (("ruled_tracker.pdf", truth_ruled()), ("borderless_plan.pdf", truth_borderless(
            "borderless_plan.pdf")), ("scanned_plan.pdf", truth_borderless("scanned_plan.pdf")),
                        ("sideways_plan.pdf", truth_sideways()),
                        ("borderless_framework.pdf", truth_framework()),
                        ("borderless_groups.pdf", truth_groups("borderless_groups.pdf")),
                        ("borderless_tight.pdf", truth_groups("borderless_tight.pdf"))):
        write_truth_json((folder / f"{name}.truth.json"), truth)
    return sorted(folder.glob("*.pdf"))


if __name__ == "__main__":
    for p in main(Path(sys.argv[1])) if len(sys.argv) > 1 else committed():
        print(p)
