"""Plan tables in layouts the PDF table engine was not tuned on, born-digital and scanned, with truth
(issue 15: one table engine for every PDF page).

    python samples/make_stress_plans.py --out /tmp/stress_plans [--seeds 0-5] [--measure]

Each seed draws one plan per layout, each in a ruling style drawn per document: no rules at all, a rule
under the heading only, or zebra shading of the body rows. Layouts (our own sentences), unlike
make_borderless_shapes, make_engine_stress and the training set:

- wide:   a landscape page, 7–10 columns in a small face (ref, objective, action, lead, responsible,
          start, due, status, RAG, progress: some left out), headings stacked over two or three lines,
          a group row spanning the table per priority, narrow date and RAG columns;
- prose:  3–4 columns, the action column holding long prose with bulleted steps, a narrow due column
          and sometimes a one-letter RAG column;
- long:   a portrait table of 5–6 columns with 25–40 rows that continues over pages (the heading
          repeated), group rows spanning the table, wrapped cells whose continuation lines start in
          lower case.

Each plan is written as NAME_rl.pdf (reportlab, text layer) and NAME_scan.pdf (its pages rendered at
150–300 dpi, tilted up to 2° either way, blurred, grainy and JPEG-compressed into an image-only PDF, by
samples/make_scan_samples.scan_pdf); NAME_*.pdf.truth.json beside each, from the generator's data.
--measure converts both folders with planx and prints the score per rendering and the OCR CPU-s/page.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_scan_samples import Look, scan_pdf  # noqa: E402
from samples.seeded import seed_range, write_truth_json  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "score.py"
STYLES = ("none", "underline", "zebra")
AREAS = ["Attendance and inclusion", "Transitions into adulthood", "Stable homes for children in care",
         "Mental health and emotional wellbeing", "Keeping adolescents safe", "Quality assurance",
         "Workforce development", "Participation and co-production"]
VERBS = ["Commission", "Co-produce", "Map", "Redesign", "Roll out", "Test", "Standardise", "Relaunch",
         "Establish", "Monitor", "Expand", "Simplify"]
OBJECTS = ["a single point of access for emotional wellbeing referrals", "the preparing for adulthood pathway",
           "exit interviews for children missing from home", "the local area SEND inclusion toolkit",
           "joint visits between youth workers and social workers", "a dashboard of persistent absence",
           "transport arrangements for children placed out of area", "the reflective supervision model",
           "peer mentoring for care experienced young people", "a contextual safeguarding panel",
           "the annual survey of children in care", "step-down arrangements from statutory services"]
TAILS = ["in each of the four districts", "with schools and health partners", "before the next inspection",
         "so that fewer families are referred twice", "and report progress to the scrutiny committee", ""]
STEPS = ["agree terms of reference with partners", "appoint a project lead", "write the new guidance",
         "brief all front-line managers", "run a pilot in one district", "collect feedback from families",
         "evaluate the pilot and decide next steps", "update the case recording system"]
OBJECTIVES = ["Children attend school regularly", "Young people move smoothly into adult services",
              "Children live in stable local homes", "Young people can get help early",
              "Exploitation is spotted and disrupted sooner", "Practice is consistently good"]
LEADS = ["Head of Inclusion", "Karen Whitfield", "Service Lead, 14-25", "Dr Imran Qureshi", "Lucy Ferreira",
         "Assistant Director, Safeguarding", "Tom Adeyemi", "Virtual School Head", "Commissioning Manager"]
PROGRESS = ["Scoping complete; the pilot starts in the autumn term.",
            "Two of three districts are live and referrals are being tracked weekly.",
            "Delayed while the new case system is procured.",
            "Guidance drafted and out for consultation until the end of the month.",
            "Evaluation shows waiting times fell from nine to five weeks.",
            "No progress this quarter because the post was vacant."]
STATUSES = {"Complete": "complete", "On track": "in_progress", "Started": "in_progress",
            "Not yet started": "not_started", "Behind schedule": "delayed"}
RAGS = {"R": "red", "A": "amber", "G": "green", "Red": "red", "Amber": "amber", "Green": "green"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass
class Column:
    head: str  # '\n' between printed heading lines
    key: str  # the truth field ('' for none)
    width: float
    narrow: bool = False


@dataclass
class Plan:
    title: str
    style: str
    landscape: bool
    font: float
    columns: list[Column]
    rows: list[tuple[str, list[str]]] = field(default_factory=list)  # ('group'|'row', cells)
    actions: list[dict[str, Any]] = field(default_factory=list)


def pick(rng: random.Random, options: list[Any] | tuple[Any, ...]) -> Any:
    return options[rng.randrange(len(options))]


def action_text(rng: random.Random) -> str:
    return " ".join(w for w in (pick(rng, VERBS), pick(rng, OBJECTS), pick(rng, TAILS)) if w)


def a_date(rng: random.Random, style: str) -> tuple[str, str]:
    year, month = pick(rng, [2025, 2026]), rng.randrange(1, 13)
    if style == "slash":
        day = 28 if month == 2 else 30
        return f"{day}/{month:02d}/{year % 100:02d}" if rng.random() < 0.3 else f"{day}/{month:02d}/{year}", \
            f"{year}-{month:02d}-{day:02d}"
    if style == "quarter":
        q = (month - 1) // 3 + 1
        end = q * 3
        return f"Q{q} {year}", f"{year}-{end:02d}"
    return f"{MONTHS[month - 1]} {year}", f"{year}-{month:02d}"


def fields_for(rng: random.Random, columns: list[Column], date_style: str, area: tuple[str, str],
               ref: str) -> tuple[list[str], dict[str, Any]]:
    """One row's printed cells and its truth record."""
    cells: list[str] = []
    truth: dict[str, Any] = {"area_ref": area[0], "area": area[1]}
    for col in columns:
        text = ""
        if col.key == "ref":
            text = ref
        elif col.key == "objective":
            text = pick(rng, OBJECTIVES)
            truth["objective"] = text
        elif col.key == "action":
            text = action_text(rng)
            truth["action"] = text
        elif col.key == "action_prose":
            lead_in = action_text(rng) + "."
            steps = rng.sample(STEPS, rng.randrange(2, 5))
            text = lead_in + "\n" + "\n".join(f"• {s.capitalize()}" for s in steps)
            truth["action"] = "; ".join([lead_in] + [s.capitalize() for s in steps])
        elif col.key in ("lead", "responsible"):
            text = pick(rng, LEADS)
            truth[col.key] = text
        elif col.key == "start":
            text = a_date(rng, date_style)[0]
        elif col.key == "due":
            text, iso = a_date(rng, date_style)
            truth["due_raw"], truth["due_date"] = text, iso
        elif col.key == "status":
            text = pick(rng, list(STATUSES))
            truth["status"] = STATUSES[text]
        elif col.key == "rag":
            text = pick(rng, ["R", "A", "G"] if col.narrow else list(RAGS))
            truth["rag"], truth["rag_raw"] = RAGS[text], text
        elif col.key == "progress":
            text = " ".join(rng.sample(PROGRESS, rng.randrange(1, 3)))
            truth["progress"] = text
        cells.append(text)
    return cells, truth


def wide(rng: random.Random, style: str) -> Plan:
    optional = [Column("Ref", "ref", 0.5, True), Column("Objective", "objective", 2.0),
                Column("Responsible\nofficer", "responsible", 1.4), Column("Start\ndate", "start", 0.9, True),
                Column("Status", "status", 1.1), Column("Progress\nthis\nquarter", "progress", 2.6)]
    keep = [c for c in optional if rng.random() < 0.7]
    core = [Column("Action", "action", 3.0), Column("Lead", "lead", 1.3), Column("Target\ncompletion\ndate", "due", 1.0,
                                                                                   True),
            Column("RAG", "rag", 0.5, True)]
    order = ["ref", "objective", "action", "lead", "responsible", "start", "due", "status", "rag", "progress"]
    columns = sorted(keep + core, key=lambda c: order.index(c.key))
    plan = Plan("Inclusion and wellbeing improvement plan 2025-27", style, True, pick(rng, [6.5, 7.0, 7.5]), columns)
    date_style = pick(rng, ["slash", "month", "quarter"])
    for a in range(1, rng.randrange(3, 5)):
        area = (str(a), AREAS[(a + rng.randrange(4)) % len(AREAS)])
        plan.rows.append(("group", [f"Priority {a}: {area[1]}"]))
        for k in range(1, rng.randrange(3, 6)):
            cells, truth = fields_for(rng, columns, date_style, area, f"{a}.{k}")
            plan.rows.append(("row", cells))
            plan.actions.append(truth)
    return plan


def prose(rng: random.Random, style: str) -> Plan:
    columns = [Column(pick(rng, ["What we will do", "Actions and key steps"]), "action_prose", 5.0),
               Column(pick(rng, ["Lead", "Who"]), "lead", 1.6),
               Column(pick(rng, ["By", "When"]), "due", 0.9, True)]
    if rng.random() < 0.6:
        columns.append(Column("RAG", "rag", 0.5, True))
    plan = Plan("Youth service development plan", style, rng.random() < 0.3, pick(rng, [7.5, 8.0, 9.0]), columns)
    date_style = pick(rng, ["slash", "month"])
    grouped = rng.random() < 0.5
    for a in range(1, 4):
        area = (str(a), AREAS[(a * 3 + rng.randrange(3)) % len(AREAS)])
        if grouped:
            plan.rows.append(("group", [f"{a}. {area[1]}"]))
        for _ in range(rng.randrange(2, 4)):
            cells, truth = fields_for(rng, columns, date_style, area, "")
            if not grouped:
                truth.pop("area_ref"), truth.pop("area")
            plan.rows.append(("row", cells))
            plan.actions.append(truth)
    return plan


def long(rng: random.Random, style: str) -> Plan:
    columns = [Column("No.", "ref", 0.5, True), Column("Action", "action", 3.2), Column("Lead\nofficer", "lead", 1.5),
               Column("Due", "due", 0.9, True), Column("Update", "progress", 3.0)]
    if rng.random() < 0.5:
        columns.insert(4, Column("Status", "status", 1.1))
    plan = Plan("Corporate parenting action tracker", style, False, pick(rng, [7.0, 8.0]), columns)
    date_style = pick(rng, ["slash", "month", "quarter"])
    n = 0
    for a in range(1, 5):
        area = (str(a), AREAS[(a + 3) % len(AREAS)])
        plan.rows.append(("group", [f"Theme {a} - {area[1]}"]))
        for _ in range(rng.randrange(6, 11)):
            n += 1
            cells, truth = fields_for(rng, columns, date_style, area, str(n))
            plan.rows.append(("row", cells))
            plan.actions.append(truth)
    return plan


LAYOUTS = {"wide": wide, "prose": prose, "long": long}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def write_pdf(plan: Plan, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    size = landscape(A4) if plan.landscape else A4
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36)
    sheet = getSampleStyleSheet()
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=plan.font, leading=plan.font + 2)
    centred = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold")
    group = ParagraphStyle("g", parent=cell, fontName="Helvetica-Bold", fontSize=plan.font + 1, leading=plan.font + 3)
    data: list[list[Any]] = [[Paragraph(_escape(c.head), head) for c in plan.columns]]
    commands: list[Any] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if plan.style == "underline":
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black))
    body = 0
    for r, (kind, cells) in enumerate(plan.rows, 1):
        if kind == "group":
            data.append([Paragraph(_escape(cells[0]), group)] + [""] * (len(plan.columns) - 1))
            commands.append(("SPAN", (0, r), (-1, r)))
            body = 0
            continue
        data.append([Paragraph(_escape(t), centred if c.narrow else cell) if t else ""
                     for t, c in zip(cells, plan.columns, strict=True)])
        if plan.style == "zebra" and body % 2:
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#e6e6e6")))
        body += 1
    usable = size[0] - 72
    total = sum(c.width for c in plan.columns)
    table = Table(data, colWidths=[usable * c.width / total for c in plan.columns], repeatRows=1)
    table.setStyle(TableStyle(commands))
    doc.build([Paragraph(_escape(plan.title), sheet["Heading2"]), table])


def truth(plan: Plan, name: str) -> dict[str, Any]:
    return {"doc": name, "title": plan.title, "actions": plan.actions}


def scan_look(rng: random.Random) -> tuple[Look, float]:
    look = Look(dpi=pick(rng, [150, 200, 300]), skew=round(rng.uniform(0.2, 2.0) * pick(rng, [-1, 1]), 2),
                noise=pick(rng, [0.0, 5.0, 10.0]), jpeg=pick(rng, [55, 70, 85]), colour=False)
    return look, pick(rng, [0.0, 0.6, 1.0])


def plan_for(name: str, seed: int) -> tuple[Plan, random.Random]:
    """The seed's plan in the layout, with its ruling style, and the generator it leaves (for the scan)."""
    rng = random.Random(f"stress-plans-{name}-{seed}")
    return LAYOUTS[name](rng, STYLES[(seed + len(name)) % len(STYLES)]), rng


def make(out: Path, seeds: list[int]) -> list[Path]:
    import cv2
    (out / "rl").mkdir(parents=True, exist_ok=True)
    (out / "scan").mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    looks: dict[str, Any] = {}
    for seed in seeds:
        for name in LAYOUTS:
            plan, rng = plan_for(name, seed)
            stem = f"sp_{name}_{plan.style}_{seed}"
            pdf = out / "rl" / f"{stem}_rl.pdf"
            write_pdf(plan, pdf)
            write_truth_json(Path(f"{pdf}.truth.json"), truth(plan, pdf.name))
            look, blur = scan_look(rng)
            scan = out / "scan" / f"{stem}_scan.pdf"

            def soften(img: Any, sigma: float = blur) -> Any:
                return cv2.GaussianBlur(img, (0, 0), sigma) if sigma else img

            scan_pdf(pdf, scan, look, seed=seed, prepare=soften)
            write_truth_json(Path(f"{scan}.truth.json"), truth(plan, scan.name))
            looks[scan.name] = {"dpi": look.dpi, "skew": look.skew, "noise": look.noise, "jpeg": look.jpeg,
                                "blur": blur}
            written += [pdf, scan]
    (out / "scan" / "scans.json").write_text(json.dumps(looks, indent=1), encoding="utf-8")
    return written


def measure(out: Path) -> None:
    """Convert each rendering with planx, score it, and time OCR (CPU seconds of the children per page)."""
    import pypdfium2 as pdfium
    for rendering in ("rl", "scan"):
        folder, result = out / rendering, out / f"{rendering}.out"
        docs = sorted(folder.glob("*.pdf"))
        if not docs:
            continue
        pages = sum(len(pdfium.PdfDocument(str(d))) for d in docs)
        t0 = time.process_time()
        import resource
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "planx", "convert", *map(str, docs), "-o", str(result), "-q",
                        "--no-progress"], capture_output=True, text=True, cwd=ROOT)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime) + time.process_time() - t0
        proc = subprocess.run([sys.executable, str(SCORER), str(result), str(folder), "--json"], capture_output=True,
                              text=True)
        text = proc.stdout
        report = json.loads(text[: text.rfind("score:")])
        per = {d["doc"]: d["accuracy"] for d in report["documents"]}
        score = re.findall(r"score: ([\d.]+)", text)[-1]
        print(f"{rendering}: score {score}  cpu-s/page {cpu / max(pages, 1):.2f}  ({pages} pages)")
        for doc, acc in sorted(per.items()):
            print(f"   {doc} {acc}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", default="0-3", help="'0-3' or '1,5,9' (default 0-3)")
    ap.add_argument("--measure", action="store_true")
    ap.add_argument("--no-make", action="store_true", help="measure what is already in --out")
    args = ap.parse_args(argv)
    if not args.no_make:
        for path in make(args.out, seed_range(args.seeds)):
            print(path)
    if args.measure:
        measure(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
