"""Scans of plans written in Word and printed by LibreOffice, degraded as offices scan them (issue 15:
our scans were too much like the ones we tuned to).

    python samples/make_office_scans.py --out /tmp/office_scans [--seeds 0-1] [--measure]

None of this reuses make_scan_stress's drawing: the plans are python-docx documents in proportional
faces (DejaVu Sans, Serif, Sans Condensed at 9–11 pt, portrait or landscape), printed to PDF by
`soffice --headless`, rasterised by `pdftoppm` at 100–200 dpi and degraded with PIL/opencv, then
wrapped as image-only PDFs. Layouts (our own sentences):

- grid:       a ruled table (Word's 'Table Grid'), grey header row, RAG cells filled in colour;
- banner:     a ruled table with a merged, shaded row per priority ('Priority 2: …') above its actions;
- borderless: no rules, a bold header row, every other row shaded;
- bullets:    a ruled table whose progress cells hold bulleted lines;
- form:       one block of 'Label: value' lines per action under priority headings;
- prose:      numbered paragraphs under priority headings ('2.1 Action text.' then 'Lead: … Due: …').

Degradations (one per document, in turn):

- bilevel:  200 dpi thresholded to 1 bit (a photocopier's or fax's black and white), skew ≤1°;
- lowres:   100 dpi grey, JPEG quality 50;
- jpeg:     150 dpi grey, JPEG quality 30–40, grain;
- warp:     200 dpi grey, a slight perspective (corners moved ≤1.2 %) and a 1–2° tilt, JPEG 60;
- streaks:  150 dpi thresholded to 1 bit with toner streaks (thin dark vertical lines) and specks;
- colour:   150 dpi in colour, JPEG quality 45, skew ≤1°;
- fax:      100 dpi thresholded to 1 bit, tilted 1–2°;
- marked:   150 dpi grey, JPEG 50, a 'RECEIVED' stamp over the page and pen ticks and strokes.

Mixed documents ('mixed_…'): a text PDF whose later pages are scans (a scanned appendix).
The truth is the generator's data. --measure converts the LibreOffice text PDFs and the scans and
prints per document and per layout and degradation the text score, the scan score and CPU-s/page.
"""
from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import libreoffice_pdfs  # noqa: E402
from samples.seeded import measuring_parser, seed_range, write_truth_json  # noqa: E402

LAYOUTS = ("grid", "banner", "borderless", "bullets", "form", "prose")
DEGRADATIONS = ("bilevel", "lowres", "jpeg", "warp", "streaks", "colour", "fax", "marked")
FONTS = ("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Condensed")
AREAS = ["Help at the first sign of need", "Stable homes for children in care", "Hearing the child",
         "Practice that families trust", "Leadership and oversight", "Recruiting and keeping staff",
         "Working with schools", "Health of care leavers"]
ACTIONS = [
    "Set up a single referral line staffed by social workers and family support officers",
    "Review every plan for a child in care older than two years with the young person present",
    "Train all team managers in reflective supervision and record its quality each month",
    "Agree a shared assessment form with health visitors and the school nursing team",
    "Publish a short guide for parents explaining what happens after a referral",
    "Open two more local homes for teenagers so fewer move out of the borough",
    "Bring independent reviewing officer caseloads below sixty children",
    "Ask young people to audit the leaving care offer and report to the board",
    "Replace agency managers with permanent appointments in the assessment service",
    "Hold a monthly case audit with partners and share the learning in briefings",
    "Give every care leaver a health passport before their eighteenth birthday",
    "Start a mentoring scheme for newly qualified social workers",
    "Track school attendance of children in need weekly with the virtual school",
    "Update the threshold document and test it with front line staff",
    "Report performance against the plan to scrutiny committee each quarter",
    "Fund a specialist worker for children missing from home",
]
LEADS = ["Priya Chandran", "Tom Whitfield", "Grace Adeyemi", "Owen Llewellyn", "Hannah Bright",
         "Marek Nowak", "Aisha Rahman", "Ciara Doyle", "Head of Service", "Principal Social Worker"]
STATUSES = [("Complete", "complete"), ("On track", "in_progress"), ("In progress", "in_progress"),
            ("Not started", "not_started"), ("Delayed", "delayed")]
RAGS = [("Green", "green", "00B050"), ("Amber", "amber", "FFC000"), ("Red", "red", "FF0000")]
PROGRESS = [
    "Recruitment finished in March and the line opened on time",
    "First audit showed most plans were up to date",
    "Two of the five training sessions have been held",
    "Draft agreed with partners, awaiting sign off",
    "Property found and planning consent applied for",
    "Caseloads have fallen but remain above the target",
    "Young people presented their findings in June",
    "Three posts filled, two still advertised",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


@dataclass
class Plan:
    layout: str
    title: str
    font: str
    size: float
    landscape: bool
    areas: list[tuple[str, str]] = field(default_factory=list)  # (ref, title)
    rows: list[dict[str, Any]] = field(default_factory=list)  # printed values with their truth


def due(rng: random.Random) -> tuple[str, str]:
    """A due date as printed and its ISO truth."""
    y, m = rng.choice((2024, 2025)), rng.randrange(1, 13)
    d = rng.choice((28, 30, 31)) if m != 2 else 28
    d = min(d, 30) if m in (4, 6, 9, 11) else d
    style = rng.randrange(4)
    if style == 0:
        return f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"
    if style == 1:
        return f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}"
    if style == 2:
        return f"{MONTHS[m - 1][:3]}-{y % 100:02d}", f"{y}-{m:02d}"
    return f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"


def make_plan(layout: str, seed: int) -> Plan:
    rng = random.Random(f"officescan-{layout}-{seed}")
    titles = {"grid": "Children's Services Improvement Plan", "banner": "Ofsted Improvement Action Plan",
              "borderless": "Practice Improvement Plan", "bullets": "Early Help Action Plan",
              "form": "Service Improvement Plan Actions", "prose": "Corporate Parenting Action Plan"}
    plan = Plan(layout, f"{titles[layout]} {rng.choice((2024, 2025))}", rng.choice(FONTS),
                rng.choice((9.0, 10.0, 11.0)), layout in ("grid", "bullets") and rng.random() < 0.5)
    areas = rng.sample(AREAS, rng.choice((2, 3)))
    actions = rng.sample(ACTIONS, len(ACTIONS))
    leads = rng.sample(LEADS, len(LEADS))
    k = 0
    for a, area in enumerate(areas, 1):
        plan.areas.append((str(a), area))
        for n in range(1, rng.choice((2, 3, 4)) + 1):
            raw_due, iso = due(rng)
            s_raw, s = rng.choice(STATUSES)
            r_raw, r, fill = rng.choice(RAGS)
            prog = [PROGRESS[(k + j) % len(PROGRESS)] for j in range(rng.choice((1, 2)) if layout == "bullets" else 1)]
            plan.rows.append({"ref": f"{a}.{n}", "area_ref": str(a), "area": area, "action": actions[k % len(actions)],
                              "lead": leads[k % len(leads)], "due_raw": raw_due, "due_date": iso,
                              "status_raw": s_raw, "status": s, "rag_raw": r_raw, "rag": r, "fill": fill,
                              "progress": prog})
            k += 1
    return plan


def blacked_out(fill: str, look: dict[str, Any] | None) -> bool:
    """Whether a cell's fill turns black in a bilevel scan (its text, black on black, is lost)."""
    if not look or not look.get("bilevel"):
        return False
    r, g, b = (int(fill[i:i + 2], 16) for i in (0, 2, 4))
    return 0.299 * r + 0.587 * g + 0.114 * b < look["threshold"]


def truth(plan: Plan, name: str, look: dict[str, Any] | None = None) -> dict[str, Any]:
    """The plan's truth; a scan's (`look`) leaves out a RAG whose filled cell the threshold of a
    bilevel scan turned black (nothing is printed there any more)."""
    acts = []
    for r in plan.rows:
        rec: dict[str, Any] = {"action": r["action"], "lead": r["lead"], "due_raw": r["due_raw"],
                               "due_date": r["due_date"]}
        if plan.layout in ("banner", "form", "prose"):
            rec["area_ref"], rec["area"] = r["area_ref"], r["area"]
        if plan.layout != "prose":
            rec["status_raw"], rec["status"] = r["status_raw"], r["status"]
        if plan.layout == "form" or (plan.layout in ("grid", "banner") and not blacked_out(r["fill"], look)):
            rec["rag_raw"], rec["rag"] = r["rag_raw"], r["rag"]
        if plan.layout in ("borderless", "bullets"):
            rec["progress"] = "; ".join(r["progress"])
        acts.append(rec)
    return {"doc": name, "title": plan.title, "actions": acts}


# ---- Word ------------------------------------------------------------------------------------

def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _text(cell: Any, lines: list[str], bold: bool = False) -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def word_page(font: str, size: float, landscape: bool, margin_cm: float, title: str) -> Any:
    """A python-docx Document set up as a printed plan: the body's font and size, side margins,
    landscape when asked, and the plan's title as its first heading."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = font, Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(margin_cm)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    h = doc.add_heading(title, level=1)
    for run in h.runs:
        run.font.name = font
    return doc


def write_docx(plan: Plan, path: Path) -> None:
    from docx.shared import Cm, Pt
    doc = word_page(plan.font, plan.size, plan.landscape, 1.8, plan.title)
    doc.sections[0].footer.paragraphs[0].text = "Page 1"
    doc.add_paragraph("This plan sets out what we will do over the next year and who is responsible. "
                      "It is reviewed monthly by the improvement board.")
    rows = plan.rows
    if plan.layout in ("grid", "banner", "borderless", "bullets"):
        head = {"grid": ["Ref", "Action", "Lead officer", "Due date", "Status", "RAG"],
                "banner": ["Ref", "Action", "Lead", "Target date", "Status", "RAG"],
                "borderless": ["No.", "Action", "Owner", "By when", "Status", "Progress"],
                "bullets": ["Ref", "Action", "Lead", "Deadline", "Status", "Progress update"]}[plan.layout]
        table = doc.add_table(rows=1, cols=len(head))
        if plan.layout != "borderless":
            table.style = "Table Grid"
        for c, text in zip(table.rows[0].cells, head, strict=True):
            _text(c, [text], bold=True)
            if plan.layout != "borderless":
                _shade(c, "D9D9D9")
        current = ""
        for i, r in enumerate(rows):
            if plan.layout == "banner" and r["area"] != current:
                current = r["area"]
                cells = table.add_row().cells
                merged = cells[0].merge(cells[-1])
                _text(merged, [f"Priority {r['area_ref']}: {r['area']}"], bold=True)
                _shade(merged, "BFBFBF")
            cells = table.add_row().cells
            last = ([r["rag_raw"]] if plan.layout in ("grid", "banner")
                    else [f"• {p}" for p in r["progress"]] if plan.layout == "bullets" else r["progress"])
            for c, v in zip(cells, [[r["ref"]], [r["action"]], [r["lead"]], [r["due_raw"]], [r["status_raw"]], last],
                            strict=True):
                _text(c, v)
            if plan.layout in ("grid", "banner"):
                _shade(cells[-1], r["fill"])
            if plan.layout == "borderless" and i % 2 == 0:
                for c in cells:
                    _shade(c, "EDEDED")
        widths = [Cm(1.3), Cm(7.5), Cm(3.2), Cm(2.6), Cm(2.4), Cm(2.0 if plan.layout in ("grid", "banner") else 5.0)]
        for row in table.rows:
            for c, w in zip(row.cells, widths, strict=False):
                c.width = w
    elif plan.layout == "form":
        current = ""
        for r in rows:
            if r["area"] != current:
                current = r["area"]
                doc.add_heading(f"Priority {r['area_ref']}: {r['area']}", level=2)
            p = doc.add_paragraph()
            p.add_run(f"Action {r['ref']}").bold = True
            for label, value in (("Action", r["action"]), ("Lead officer", r["lead"]), ("Due date", r["due_raw"]),
                                 ("Status", r["status_raw"]), ("RAG rating", r["rag_raw"])):
                q = doc.add_paragraph()
                q.paragraph_format.space_after = Pt(0)
                q.add_run(f"{label}: ").bold = True
                q.add_run(value)
    else:  # prose
        current = ""
        for r in rows:
            if r["area"] != current:
                current = r["area"]
                doc.add_heading(f"{r['area_ref']}. {r['area']}", level=2)
            doc.add_paragraph(f"{r['ref']} {r['action']}.")
            doc.add_paragraph(f"Lead: {r['lead']}. Due: {r['due_raw']}.")
    doc.add_paragraph("Signed on behalf of the improvement board.")
    doc.save(str(path))


# ---- scanning --------------------------------------------------------------------------------

def look_for(degradation: str, rng: random.Random) -> dict[str, Any]:
    look: dict[str, Any] = {"degradation": degradation, "dpi": 200, "skew": round(rng.uniform(-1, 1), 2),
                            "jpeg": 75, "bilevel": False, "colour": False, "noise": 3.0}
    if degradation == "bilevel":
        look.update(bilevel=True, threshold=rng.choice((150, 170, 190)))
    elif degradation == "lowres":
        look.update(dpi=100, jpeg=50)
    elif degradation == "jpeg":
        look.update(dpi=150, jpeg=rng.choice((30, 35, 40)), noise=8.0)
    elif degradation == "warp":
        look.update(jpeg=60, skew=round(rng.uniform(1, 2) * rng.choice((-1, 1)), 2), warp=0.012)
    elif degradation == "streaks":
        look.update(dpi=150, bilevel=True, threshold=170, streaks=rng.choice((2, 3, 4)))
    elif degradation == "colour":
        look.update(dpi=150, jpeg=45, colour=True)
    elif degradation == "fax":
        look.update(dpi=100, bilevel=True, threshold=rng.choice((140, 160)),
                    skew=round(rng.uniform(1, 2) * rng.choice((-1, 1)), 2))
    elif degradation == "marked":
        look.update(dpi=150, jpeg=50, marks=True)
    return look


def pen_marks(page: Any, rng: Any, dpi: int) -> Any:
    """A date stamp set at a slant over the page and a few pen ticks and strokes (a reader's)."""
    import cv2
    import numpy as np
    h, w = page.shape[:2]
    ink = (90, 90, 90) if page.ndim == 3 else 90
    stamp = np.full((int(dpi * 0.8), int(dpi * 2.4)), 255, np.uint8)
    cv2.rectangle(stamp, (3, 3), (stamp.shape[1] - 4, stamp.shape[0] - 4), 0, max(2, dpi // 60))
    cv2.putText(stamp, "RECEIVED", (int(dpi * 0.2), int(dpi * 0.38)), cv2.FONT_HERSHEY_DUPLEX, dpi / 110, 0,
                max(1, dpi // 75))
    cv2.putText(stamp, f"{int(rng.integers(1, 28))} MAR 2025", (int(dpi * 0.35), int(dpi * 0.68)),
                cv2.FONT_HERSHEY_SIMPLEX, dpi / 180, 0, max(1, dpi // 100))
    m = cv2.getRotationMatrix2D((stamp.shape[1] / 2, stamp.shape[0] / 2), float(rng.uniform(-12, 12)), 1.0)
    stamp = cv2.warpAffine(stamp, m, (stamp.shape[1], stamp.shape[0]), borderValue=255)
    y, x = int(rng.integers(0, max(1, h - stamp.shape[0]))), int(rng.integers(0, max(1, w - stamp.shape[1])))
    region = page[y:y + stamp.shape[0], x:x + stamp.shape[1]]
    dark = stamp < 128
    region[dark] = ink
    for _ in range(int(rng.integers(3, 7))):  # ticks and strokes of a pen
        cx, cy = int(rng.integers(w // 10, w - w // 10)), int(rng.integers(h // 10, h - h // 10))
        pts = np.array([[cx, cy], [cx + dpi // 12, cy + dpi // 10], [cx + dpi // 4, cy - dpi // 6]], np.int32)
        if rng.random() < 0.5:
            pts = np.array([[cx, cy], [cx + int(rng.integers(dpi // 2, dpi * 2)), cy + int(rng.integers(-8, 8))]],
                           np.int32)
        cv2.polylines(page, [pts], False, ink, max(2, dpi // 50))
    return page


def degrade(img: Any, look: dict[str, Any], rng: random.Random) -> Any:
    """One rasterised page (RGB array) as the scanner stores it (RGB, grey or 0/255 bilevel)."""
    import cv2
    import numpy as np
    g = np.random.default_rng(rng.randrange(2 ** 32))
    page = img if look["colour"] else cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    h, w = page.shape[:2]
    white = (255, 255, 255) if page.ndim == 3 else 255
    if look.get("warp"):
        d = look["warp"] * w
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        dst = src + np.float32([[g.uniform(-d, d), g.uniform(-d, d)] for _ in range(4)])
        page = cv2.warpPerspective(page, cv2.getPerspectiveTransform(src, dst), (w, h), borderValue=white)
    if look["skew"]:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), look["skew"], 1.0)
        page = cv2.warpAffine(page, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=white)
    if look["noise"]:
        page = np.clip(page.astype(np.float64) + g.normal(0, look["noise"], page.shape), 0, 255).astype(np.uint8)
    if look.get("marks"):
        page = pen_marks(page, g, look["dpi"])
    if look.get("streaks"):
        for _ in range(look["streaks"]):
            x, width = int(g.integers(0, w - 4)), int(g.integers(1, 3))
            shade = int(g.integers(60, 140))
            page[:, x:x + width] = np.minimum(page[:, x:x + width], shade)
        for _ in range(int(h * w / 30000)):
            y, x = int(g.integers(0, h - 3)), int(g.integers(0, w - 3))
            page[y:y + 2, x:x + 2] = 0
    if look["bilevel"]:
        grey = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
        return np.where(grey < look["threshold"], 0, 255).astype(np.uint8)
    ok, jpg = cv2.imencode(".jpg", page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_RGB2BGR),
                           [cv2.IMWRITE_JPEG_QUALITY, look["jpeg"]])
    out = cv2.imdecode(jpg, cv2.IMREAD_UNCHANGED)
    return out if out.ndim == 2 else cv2.cvtColor(out, cv2.COLOR_BGR2RGB)


def rasterise(pdf: Path, dpi: int, first: int = 1) -> list[Any]:
    """The pages of `pdf` from page `first` on, as pdftoppm renders them (RGB arrays)."""
    import numpy as np
    from PIL import Image
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(first), "-png", str(pdf), f"{tmp}/p"], check=True,
                       capture_output=True, timeout=300)
        return [np.array(Image.open(p).convert("RGB")) for p in sorted(Path(tmp).glob("p*.png"))]


def image_pdf(pages: list[Any], dst: Path, dpi: int, bilevel: bool) -> None:
    from PIL import Image
    images = [Image.fromarray(p).convert("1") if bilevel else Image.fromarray(p) for p in pages]
    images[0].save(dst, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])


def scan(src: Path, dst: Path, look: dict[str, Any], seed: int, first: int = 1) -> int:
    rng = random.Random(seed)
    pages = [degrade(p, look, rng) for p in rasterise(src, look["dpi"], first)]
    image_pdf(pages, dst, look["dpi"], look["bilevel"])
    return len(pages)


def mixed(src: Path, dst: Path, look: dict[str, Any], seed: int) -> int:
    """`src`'s first page as text and its later pages scanned (a scanned appendix); 0 for a one-page
    document (nothing written)."""
    n = int(subprocess.run(["pdfinfo", str(src)], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    if n < 2:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        first, rest = Path(tmp) / "first.pdf", Path(tmp) / "rest.pdf"
        subprocess.run(["pdfseparate", "-f", "1", "-l", "1", str(src), str(first)], check=True)
        scan(src, rest, look, seed, first=2)
        subprocess.run(["pdfunite", str(first), str(rest), str(dst)], check=True)
    return n - 1


PlanT = TypeVar("PlanT")  # a generator's own plan type


def printed_plans(out: Path, seeds: list[int], kinds: Sequence[str], prefix: str,
                  plan_of: Callable[[str, int], PlanT], write: Callable[[PlanT, Path], None]
                  ) -> tuple[Path, dict[str, PlanT], list[Path]]:
    """(the scans' folder, the plans by stem, their LibreOffice PDFs): each kind's plan for each
    seed written as Word and printed to PDF under out/digital (the Word files removed)."""
    digital_dir, scans_dir = out / "digital", out / "scans"
    for d in (digital_dir, scans_dir):
        d.mkdir(parents=True, exist_ok=True)
    plans: dict[str, PlanT] = {}
    docx: list[Path] = []
    for seed in seeds:
        for kind in kinds:
            stem = f"{prefix}_{kind}_{seed}"
            plans[stem] = plan_of(kind, seed)
            path = digital_dir / f"{stem}.docx"
            write(plans[stem], path)
            docx.append(path)
    digital = libreoffice_pdfs(docx, digital_dir)
    for p in docx:
        p.unlink()
    return scans_dir, plans, digital


def make(out: Path, seeds: list[int]) -> tuple[list[Path], list[Path]]:
    scans_dir, plans, digital = printed_plans(out, seeds, LAYOUTS, "os", make_plan, write_docx)
    rng = random.Random(f"officescan-looks-{','.join(map(str, seeds))}")
    record: dict[str, Any] = {}
    scans: list[Path] = []
    for k, pdf in enumerate(digital):
        write_truth_json(Path(f"{pdf}.truth.json"), truth(plans[pdf.stem], pdf.name))
        seed = int(pdf.stem.rsplit("_", 1)[1])
        look = look_for(DEGRADATIONS[(k + seed) % len(DEGRADATIONS)], rng)
        dst = scans_dir / f"{pdf.stem}_{look['degradation']}.pdf"
        look["pages"] = scan(pdf, dst, look, rng.randrange(2 ** 31))
        write_truth_json(Path(f"{dst}.truth.json"), truth(plans[pdf.stem], dst.name, look))
        record[dst.name] = look
        scans.append(dst)
    # a text PDF with a scanned appendix: the longest documents, their later pages scanned
    for pdf in [d for d in digital if plans[d.stem].layout in ("form", "banner")]:
        look = look_for("jpeg", rng)
        dst = scans_dir / f"mixed_{pdf.stem}.pdf"
        pages = mixed(pdf, dst, look, rng.randrange(2 ** 31))
        if pages:
            look.update(degradation="mixed", pages=pages)
            write_truth_json(Path(f"{dst}.truth.json"), truth(plans[pdf.stem], dst.name))
            record[dst.name] = look
            scans.append(dst)
    (scans_dir / "scans.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    return digital, scans


def measure_pairs(digital: list[Path], scans: list[Path], out: Path,
                  digital_stem: Callable[[Path], str], group: str) -> None:
    """Score each scan beside the text PDF it was printed from, and the means per degradation and
    per `group` (the generator's word for its kinds: layout, shape). `digital_stem` names a scan's
    text PDF."""
    from samples.make_scan_shapes import convert_and_score, shown
    record = json.loads((out / "scans" / "scans.json").read_text())
    dig, _ = convert_and_score(digital, out / "out_digital")
    scn, cpu = convert_and_score(scans, out / "out_scans")
    by_stem = {d.stem: dig.get(d.name) for d in digital}
    print(f"{'document':36} {'degradation':>11} {'text':>6} {'scan':>6}")
    groups: dict[str, list[tuple[float, float]]] = {}
    for s in scans:
        stem = digital_stem(s)
        d, v = by_stem.get(stem), scn.get(s.name)
        deg = record[s.name]["degradation"]
        print(f"{s.name:36} {deg:>11} {shown(d):>6} {shown(v):>6}")
        for key in (f"degradation {deg}", f"{group} {stem.split('_')[1]}"):
            groups.setdefault(key, []).append((d or 0.0, v or 0.0))
    for key in sorted(groups):
        pairs = groups[key]
        print(f"{key:48} {sum(p[0] for p in pairs) / len(pairs):6.1f} {sum(p[1] for p in pairs) / len(pairs):6.1f}")
    allp = [p for k, v in groups.items() if k.startswith(group) for p in v]
    print(f"{'mean':48} {sum(p[0] for p in allp) / len(allp):6.1f} {sum(p[1] for p in allp) / len(allp):6.1f}")
    pages = sum(record[s.name]["pages"] for s in scans)
    print(f"scans: {len(scans)} documents, {pages} scanned pages, {cpu:.0f} CPU-s, "
          f"{cpu / max(pages, 1):.2f} CPU-s per page")


def measure(digital: list[Path], scans: list[Path], out: Path) -> None:
    def digital_stem(scan: Path) -> str:
        # "mixed_<stem>" keeps its text PDF's stem whole; others end in "_<degradation>"
        return scan.stem[len("mixed_"):] if scan.stem.startswith("mixed_") else scan.stem.rsplit("_", 1)[0]
    measure_pairs(digital, scans, out, digital_stem, "layout")


def main(argv: list[str] | None = None) -> int:
    ap = measuring_parser(LAYOUTS, "layouts to measure")
    args = ap.parse_args(argv)
    seeds = seed_range(args.seeds)
    only = set(args.only.split(","))
    if args.no_make:
        record = json.loads((args.out / "scans" / "scans.json").read_text())
        scans = [args.out / "scans" / n for n in sorted(record)]
        digital = sorted((args.out / "digital").glob("*.pdf"))
    else:
        if shutil.which("soffice") is None or shutil.which("pdftoppm") is None:
            print("needs soffice and pdftoppm")
            return 2
        digital, scans = make(args.out, seeds)
    digital = [d for d in digital if d.stem.split("_")[1] in only]
    scans = [s for s in scans if s.stem.removeprefix("mixed_").split("_")[1] in only]
    if args.measure:
        measure(digital, scans, args.out)
    else:
        for p in digital + scans:
            print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
