"""Scans of Word plans in layouts our scan reading was never tuned to (issue 15, third round).

    python samples/make_scans3.py --out /tmp/scans3 [--seeds 0-1] [--measure]

Plans written with python-docx (our own sentences, make_office_scans' vocabulary), printed by
`soffice --headless`, rasterised by `pdftoppm` and degraded with make_office_scans' helpers, then
wrapped as image-only PDFs. The shapes are new (none is one of make_office_scans' layouts):

- merged:     an 'Area' column whose cell is merged down over all of the area's actions;
- darkhead:   a heading row shaded dark navy with white bold text, a dark banner row per priority;
- wide:       eleven columns in 7.5 pt on a landscape page (ref, priority, action, outcome, lead,
              partner, start, due, status, RAG, evidence);
- paras:      action cells of a sentence and bulleted steps, progress cells of several paragraphs;
- blank:      no rules and no shading at all: columns kept apart by whitespace only;
- fillrag:    the RAG given only by the fill of a cell in a 'RAG' column (no word printed);
- multipage:  a long ruled table over three or more pages, its heading row repeated on each;
- rotated:    a landscape ruled table scanned on its side (the image turned a quarter).

Degradations (one per document, in turn; fill-only RAGs are never thresholded, which would lose them):

- bilevel150: 150 dpi thresholded to 1 bit;
- dither:     200 dpi grey dithered to 1 bit (Floyd–Steinberg), fills become dot densities;
- greyscan:   a colour page scanned to grey at 200 dpi, JPEG 60 (a fill is only a grey level);
- lowgrey:    150 dpi grey, JPEG 45, grain.

Truth is the generator's data (a thresholded scan's leaves out a printed RAG whose fill turned black);
a fill-only RAG's truth holds `rag` (the enum) only, since a grey or
1-bit scan keeps no colour to give as `rag_raw`.
"""
from __future__ import annotations

import json
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_office_scans import (  # noqa: E402
    ACTIONS,
    AREAS,
    FONTS,
    LEADS,
    PROGRESS,
    RAGS,
    STATUSES,
    _shade,
    blacked_out,
    degrade,
    due,
    image_pdf,
    measure_pairs,
    printed_plans,
    rasterise,
    word_page,
)
from samples.seeded import measuring_parser, seed_range, write_truth_json  # noqa: E402

SHAPES = ("merged", "darkhead", "wide", "paras", "blank", "fillrag", "multipage", "rotated")
DEGRADATIONS = ("bilevel150", "dither", "greyscan", "lowgrey")
OUTCOMES = ["Children are seen sooner", "Fewer moves between homes", "Plans reflect the child's views",
            "Families report being listened to", "Caseloads are manageable", "Staff stay longer"]
PARTNERS = ["Health", "Police", "Schools", "Housing", "Voluntary sector", "Youth service"]
STEPS = ["Agree terms of reference", "Recruit the project lead", "Pilot in one locality", "Report to the board",
         "Write the guidance", "Train the first cohort"]
EVIDENCE = ["Audit report", "Board minutes", "Survey results", "Case file sample", "Performance data"]
DARK = "1F3864"


@dataclass
class Plan:
    shape: str
    title: str
    font: str
    size: float
    landscape: bool
    rows: list[dict[str, Any]] = field(default_factory=list)


def make_plan(shape: str, seed: int) -> Plan:
    rng = random.Random(f"scans3-{shape}-{seed}")
    titles = {"merged": "Improvement Plan by Area", "darkhead": "Children's Services Action Plan",
              "wide": "Integrated Improvement Tracker", "paras": "Early Help Improvement Plan",
              "blank": "Practice Development Plan", "fillrag": "Service Delivery Plan",
              "multipage": "Post-Inspection Improvement Plan", "rotated": "Partnership Action Plan"}
    size = 7.5 if shape == "wide" else rng.choice((9.0, 10.0))
    plan = Plan(shape, f"{titles[shape]} {rng.choice((2024, 2025))}", rng.choice(FONTS), size,
                shape in ("wide", "rotated"))
    n_areas, per = (5, (4, 5, 6)) if shape == "multipage" else (rng.choice((2, 3)), (2, 3, 4))
    areas = rng.sample(AREAS, n_areas)
    actions, leads = rng.sample(ACTIONS, len(ACTIONS)), rng.sample(LEADS, len(LEADS))
    k = 0
    for a, area in enumerate(areas, 1):
        for n in range(1, rng.choice(per) + 1):
            raw_due, iso = due(rng)
            s_raw, s = rng.choice(STATUSES)
            r_raw, r, fill = rng.choice(RAGS)
            plan.rows.append({
                "ref": f"{a}.{n}", "area_ref": str(a), "area": area, "action": actions[k % len(actions)],
                "lead": leads[k % len(leads)], "due_raw": raw_due, "due_date": iso, "status_raw": s_raw,
                "status": s, "rag_raw": r_raw, "rag": r, "fill": fill,
                "outcome": OUTCOMES[k % len(OUTCOMES)], "partner": PARTNERS[(k * 5) % len(PARTNERS)],
                "start": f"{rng.choice(('Apr', 'Jun', 'Sep'))}-24", "evidence": EVIDENCE[k % len(EVIDENCE)],
                "steps": rng.sample(STEPS, rng.choice((2, 3))),
                "progress": [PROGRESS[(k + j) % len(PROGRESS)] for j in range(rng.choice((1, 2, 3)))]})
            k += 1
    return plan


def truth(plan: Plan, name: str, look: dict[str, Any] | None = None) -> dict[str, Any]:
    """The plan's truth; a thresholded scan's (`look`) leaves out a printed RAG whose fill the
    threshold turned black (make_office_scans.blacked_out: nothing is printed there any more)."""
    acts = []
    for r in plan.rows:
        rec: dict[str, Any] = {"action": r["action"], "lead": r["lead"], "due_raw": r["due_raw"],
                               "due_date": r["due_date"], "status_raw": r["status_raw"], "status": r["status"]}
        if plan.shape in ("merged", "darkhead", "wide", "multipage"):
            rec["area"] = r["area"]
        if plan.shape in ("darkhead", "multipage"):
            rec["area_ref"] = r["area_ref"]
        if plan.shape in ("merged", "darkhead", "wide", "multipage", "rotated") and not blacked_out(r["fill"], look):
            rec["rag_raw"], rec["rag"] = r["rag_raw"], r["rag"]
        if plan.shape == "fillrag":
            rec["rag"] = r["rag"]
        if plan.shape == "paras":  # the cell's bulleted steps, as the contract keeps list items: '; '-separated
            rec["action"] = "; ".join([r["action"], *r["steps"]])
        if plan.shape in ("paras", "blank"):
            rec["progress"] = "; ".join(r["progress"])
        acts.append(rec)
    return {"doc": name, "title": plan.title, "actions": acts}


# ---- Word ------------------------------------------------------------------------------------

def _lines(cell: Any, lines: list[str], bold: bool = False, white: bool = False, size: float | None = None) -> None:
    from docx.shared import Pt, RGBColor
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if size:
            run.font.size = Pt(size)


def _repeat_heading(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _no_borders(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def columns(shape: str) -> list[tuple[str, float]]:
    """The heading and width (cm) of each column of a shape's table."""
    if shape == "merged":
        return [("Area", 3.2), ("Ref", 1.1), ("Action", 6.0), ("Lead", 2.8), ("Due", 2.2), ("Status", 2.0),
                ("RAG", 1.4)]
    if shape == "wide":
        return [("Ref", 0.9), ("Priority", 2.4), ("Action", 4.6), ("Outcome", 3.0), ("Lead", 2.3),
                ("Partner", 1.9), ("Start", 1.3), ("Due", 2.0), ("Status", 1.7), ("RAG", 1.2), ("Evidence", 2.2)]
    if shape == "paras":
        return [("Ref", 1.1), ("Action and steps", 6.2), ("Lead", 2.6), ("Due", 2.2), ("Status", 1.9),
                ("Progress", 4.6)]
    if shape == "blank":
        return [("No.", 1.1), ("Action", 6.4), ("Owner", 2.8), ("By when", 2.4), ("Status", 2.0),
                ("Progress", 4.3)]
    if shape == "fillrag":
        return [("Ref", 1.1), ("Action", 7.4), ("Lead officer", 3.0), ("Due date", 2.4), ("Status", 2.2),
                ("RAG", 1.4)]
    if shape == "rotated":
        return [("Ref", 1.2), ("Action", 9.5), ("Lead", 3.5), ("Due date", 3.0), ("Status", 2.6), ("RAG", 1.8)]
    return [("Ref", 1.1), ("Action", 7.0), ("Lead", 3.0), ("Target date", 2.4), ("Status", 2.2), ("RAG", 1.6)]


def cell_values(plan: Plan, r: dict[str, Any]) -> list[list[str]]:
    s = plan.shape
    if s == "merged":
        return [[r["area"]], [r["ref"]], [r["action"]], [r["lead"]], [r["due_raw"]], [r["status_raw"]], [r["rag_raw"]]]
    if s == "wide":
        return [[r["ref"]], [r["area"]], [r["action"]], [r["outcome"]], [r["lead"]], [r["partner"]], [r["start"]],
                [r["due_raw"]], [r["status_raw"]], [r["rag_raw"]], [r["evidence"]]]
    if s == "paras":
        return [[r["ref"]], [r["action"]] + [f"• {step}" for step in r["steps"]], [r["lead"]], [r["due_raw"]],
                [r["status_raw"]], r["progress"]]
    if s == "blank":
        return [[r["ref"]], [r["action"]], [r["lead"]], [r["due_raw"]], [r["status_raw"]], r["progress"]]
    if s == "fillrag":
        return [[r["ref"]], [r["action"]], [r["lead"]], [r["due_raw"]], [r["status_raw"]], [""]]
    return [[r["ref"]], [r["action"]], [r["lead"]], [r["due_raw"]], [r["status_raw"]], [r["rag_raw"]]]


def write_docx(plan: Plan, path: Path) -> None:
    from docx.shared import Cm
    doc = word_page(plan.font, plan.size, plan.landscape, 1.5, plan.title)
    doc.add_paragraph("This plan sets out the actions agreed after the inspection, who leads each one and when it "
                      "is due. Progress is reported to the improvement board every month.")
    if plan.shape == "fillrag":
        doc.add_paragraph("The RAG column is shaded: red is off track, amber at risk, green on track.")
    cols = columns(plan.shape)
    table = doc.add_table(rows=1, cols=len(cols))
    if plan.shape == "blank":
        _no_borders(table)
    else:
        table.style = "Table Grid"
    dark = plan.shape == "darkhead"
    for c, (text, _) in zip(table.rows[0].cells, cols, strict=True):
        _lines(c, [text], bold=True, white=dark)
        if plan.shape != "blank":
            _shade(c, DARK if dark else "D9D9D9")
    if plan.shape in ("multipage", "wide", "rotated"):
        _repeat_heading(table.rows[0])
    current, start = "", 0
    for r in plan.rows:
        if r["area"] != current and plan.shape in ("darkhead", "multipage"):
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            _lines(merged, [f"Priority {r['area_ref']}: {r['area']}"], bold=True, white=dark)
            _shade(merged, "2E75B6" if dark else "D9E2F3")
        cells = table.add_row().cells
        for c, v in zip(cells, cell_values(plan, r), strict=True):
            _lines(c, v)
        if plan.shape != "blank" and plan.shape != "paras":
            _shade(cells[-1 if plan.shape != "wide" else -2], r["fill"])
        if plan.shape == "merged":
            if r["area"] != current:
                start = len(table.rows) - 1
            elif start:
                top = table.cell(start, 0)
                top.merge(table.cell(len(table.rows) - 1, 0))
                _lines(top, [r["area"]])
        current = r["area"]
    for row in table.rows:
        for c, (_, w) in zip(row.cells, cols, strict=False):
            c.width = Cm(w)
    doc.add_paragraph("Signed on behalf of the improvement board.")
    doc.save(str(path))


# ---- scanning --------------------------------------------------------------------------------

def look_for(degradation: str, rng: random.Random) -> dict[str, Any]:
    look: dict[str, Any] = {"degradation": degradation, "dpi": 200, "skew": round(rng.uniform(-0.8, 0.8), 2),
                            "jpeg": 70, "bilevel": False, "colour": False, "noise": 3.0}
    if degradation == "bilevel150":
        look.update(dpi=150, bilevel=True, threshold=rng.choice((150, 170)))
    elif degradation == "dither":
        look.update(dither=True)
    elif degradation == "greyscan":
        look.update(jpeg=60)
    elif degradation == "lowgrey":
        look.update(dpi=150, jpeg=45, noise=7.0)
    return look


def dithered(page: Any) -> Any:
    """A grey page as a 1-bit scanner stores it, grey areas as dot densities (Floyd–Steinberg)."""
    import numpy as np
    from PIL import Image
    return np.array(Image.fromarray(page).convert("1"), dtype=np.uint8) * 255


def scan(src: Path, dst: Path, look: dict[str, Any], seed: int, quarter: int = 0) -> int:
    import numpy as np
    rng = random.Random(seed)
    pages = []
    for p in rasterise(src, look["dpi"]):
        page = degrade(p, look, rng)
        if look.get("dither"):
            page = dithered(page)
        if quarter:
            page = np.ascontiguousarray(np.rot90(page, quarter))
        pages.append(page)
    image_pdf(pages, dst, look["dpi"], look["bilevel"] or bool(look.get("dither")))
    return len(pages)


def make(out: Path, seeds: list[int]) -> tuple[list[Path], list[Path]]:
    scans_dir, plans, digital = printed_plans(out, seeds, SHAPES, "s3", make_plan, write_docx)
    rng = random.Random(f"scans3-looks-{','.join(map(str, seeds))}")
    record: dict[str, Any] = {}
    scans: list[Path] = []
    for k, pdf in enumerate(digital):
        write_truth_json(Path(f"{pdf}.truth.json"), truth(plans[pdf.stem], pdf.name))
        shape, seed = plans[pdf.stem].shape, int(pdf.stem.rsplit("_", 1)[1])
        degradation = DEGRADATIONS[(k + seed) % len(DEGRADATIONS)]
        if shape == "fillrag" and degradation == "bilevel150":
            degradation = "greyscan"
        look = look_for(degradation, rng)
        look["quarter"] = rng.choice((1, 3)) if shape == "rotated" else 0
        dst = scans_dir / f"{pdf.stem}_{degradation}.pdf"
        look["pages"] = scan(pdf, dst, look, rng.randrange(2 ** 31), look["quarter"])
        write_truth_json(Path(f"{dst}.truth.json"), truth(plans[pdf.stem], dst.name, look))
        record[dst.name] = look
        scans.append(dst)
    (scans_dir / "scans.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    return digital, scans


def measure(digital: list[Path], scans: list[Path], out: Path) -> None:
    measure_pairs(digital, scans, out, lambda scan: scan.stem.rsplit("_", 1)[0], "shape")


def main(argv: list[str] | None = None) -> int:
    ap = measuring_parser(SHAPES, "shapes to measure")
    args = ap.parse_args(argv)
    only = set(args.only.split(","))
    if args.no_make:
        record = json.loads((args.out / "scans" / "scans.json").read_text())
        scans = [args.out / "scans" / n for n in sorted(record)]
        digital = sorted((args.out / "digital").glob("*.pdf"))
    else:
        if shutil.which("soffice") is None or shutil.which("pdftoppm") is None:
            print("needs soffice and pdftoppm")
            return 2
        digital, scans = make(args.out, seed_range(args.seeds))
    digital = [d for d in digital if d.stem.split("_")[1] in only]
    scans = [s for s in scans if s.stem.split("_")[1] in only]
    if args.measure:
        measure(digital, scans, args.out)
    else:
        for p in digital + scans:
            print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
