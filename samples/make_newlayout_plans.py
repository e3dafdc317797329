"""Plan tables in layouts of real UK public-sector plans that no other generator here draws, printed
four ways, with truth (issue 15, second round: layouts nobody tuned to).

    python samples/make_newlayout_plans.py --out /tmp/newlayout [--seeds 0-3] [--measure]

Layouts (our own sentences), unlike make_stress_plans, make_borderless_shapes, make_scan_shapes and
make_engine_stress:

- spanned: a landscape page, 9–12 columns in a small face under a two-row heading: a spanning heading
           over sub-columns ('Leads' over 'Executive lead' / 'Operational lead', 'RAG rating 2025/26'
           over 'Q1'…'Q4', 'Delivery' over 'Milestones' / 'Target date'), priority rows spanning the
           table, milestones printed as bullets or numbered lines in a cell each with its date, an
           evidence and an update column of long prose;
- banner:  one small table per inspection recommendation, its banner row ('Recommendation 3: …')
           spanning the table above its own heading row, 8 columns ('Responsible' / 'Accountable',
           milestones, timescale such as 'Q3 2025/26', 'end of March 2026', 'Spring term 2026',
           'Ongoing', status, evidence of impact), a paragraph of prose between tables.

Every page carries furniture (a protective marking and the plan's name at the top, 'Page n of m' at
the foot). Renderings: NAME_lo.pdf (python-docx printed by LibreOffice), NAME_ruled.pdf and
NAME_bless.pdf (reportlab, ruled and borderless), NAME_scan.pdf (the ruled or LibreOffice print
scanned at 150–300 dpi, tilted ≤2°, blurred, grainy, JPEG). Truth beside each from the generator's
data; conventions of /work/shared/train/README.md: of two owner columns ('Executive lead' /
'Operational lead') the first printed is the lead and the other the responsible, except that a
heading naming the responsibility itself ('Responsible' beside 'Accountable') is the responsible;
a milestone's date is its own; an 'Ongoing' timescale has no date. --measure converts each
rendering and prints its score.
"""
from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_scan_samples import Look, scan_pdf  # noqa: E402
from samples.seeded import measuring_parser, seed_range, write_truth_json  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "score.py"
RENDERINGS = ("lo", "ruled", "bless", "scan")

PRIORITIES = ["Early help reaches families sooner", "Children in care live close to home",
              "Care leavers have somewhere safe to live", "Schools include children with SEND",
              "Young carers are identified and supported", "Partners share information safely",
              "Practice is audited and learnt from", "The workforce is stable and skilled"]
RECOMMENDATIONS = ["Improve the timeliness of return home interviews for children who go missing",
                   "Strengthen management oversight of decisions at the front door",
                   "Ensure that pathway plans are written with care leavers and kept up to date",
                   "Reduce the number of changes of social worker for children in care",
                   "Make sure that disabled children's plans say how their views were sought",
                   "Improve the quality of supervision so that it challenges drift"]
VERBS = ["Introduce", "Review", "Recruit", "Publish", "Embed", "Audit", "Train", "Agree", "Launch", "Extend"]
OBJECTS = ["a weekly tracker of overdue return interviews", "the threshold document with partner agencies",
           "two additional personal advisers for care leavers", "a joint housing protocol for 16 and 17 year olds",
           "the practice standards for supervision", "a quarterly audit of strategy discussions",
           "managers in the signs of safety model", "the local offer for young carers",
           "a panel to review placements more than twenty miles away", "the early help assessment form"]
TAILS = ["across all localities", "with the designated nurse", "so that decisions are recorded on the file",
         "in line with the revised statutory guidance", ""]
STEPS = ["Draft terms of reference", "Consult young people", "Pilot in the north locality", "Report to the board",
         "Train team managers", "Go live on the case system", "Review the first three months",
         "Agree funding with health", "Publish the guidance on the website"]
PEOPLE = ["Director of Children's Services", "Assistant Director, Social Care", "Head of Service, Early Help",
          "Principal Social Worker", "Sarah Mbeki", "Gareth Lloyd-Evans", "Team Manager, Leaving Care",
          "Head of Virtual School", "Designated Nurse", "Priya Chandran", "Quality Assurance Manager"]
EVIDENCE = ["Audit findings show the rate of timely interviews rising month on month.",
            "Fewer repeat referrals within twelve months, reported to the improvement board.",
            "Feedback from young people collected through the children in care council.",
            "Supervision records sampled each quarter show reflective discussion and clear actions.",
            "The performance report shows the measure within the target range for three months."]
UPDATES = ["Work has started and the first tracker report went to the senior leadership team in October.",
           "Recruitment to one post is complete; the second has been readvertised after no appointment.",
           "The protocol was signed by all partners and is now being used by the housing options team.",
           "Training dates are booked for January; attendance will be monitored by the workforce lead.",
           "Slippage due to system changes; a revised date has been agreed with the board."]
STATUSES = {"Complete": "complete", "On track": "in_progress", "In progress": "in_progress",
            "Not started": "not_started", "Delayed": "delayed"}
RAGS = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def pick(rng: random.Random, options: list[Any] | tuple[Any, ...]) -> Any:
    return options[rng.randrange(len(options))]


def a_date(rng: random.Random, style: str) -> tuple[str, str | None]:
    """A printed date and its ISO reading at the printed precision."""
    if style == "fy_quarter":
        y = pick(rng, [2025, 2026])
        q = rng.randrange(1, 5)
        end_month, end_year = (q * 3 + 3, y) if q < 4 else (3, y + 1)
        return f"Q{q} {y}/{(y + 1) % 100:02d}", f"{end_year}-{end_month:02d}"
    if style == "end_of":
        y, m = pick(rng, [2025, 2026]), rng.randrange(1, 13)
        return f"end of {MONTHS[m - 1]} {y}", f"{y}-{m:02d}"
    if style == "term":
        y = pick(rng, [2025, 2026])
        term, month = pick(rng, [("Autumn", 12), ("Spring", 3), ("Summer", 7)])
        return f"{term} term {y}", f"{y}-{month:02d}"
    if style == "day":
        y, m = pick(rng, [2025, 2026]), rng.randrange(1, 13)
        d = rng.randrange(1, 29)
        return f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"
    y, m = pick(rng, [2025, 2026]), rng.randrange(1, 13)
    return f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"


def a_due(rng: random.Random) -> tuple[str, str | None]:
    if rng.random() < 0.12:
        return pick(rng, ["Ongoing", "Ongoing – reviewed monthly"]), None
    return a_date(rng, pick(rng, ["fy_quarter", "end_of", "term", "month", "day"]))


def action_text(rng: random.Random) -> str:
    return " ".join(w for w in (pick(rng, VERBS), pick(rng, OBJECTS), pick(rng, TAILS)) if w)


def milestones(rng: random.Random, numbered: bool) -> tuple[str, list[dict[str, Any]]]:
    """A milestones cell (bullets or numbers, each line with its date) and its truth records."""
    steps = rng.sample(STEPS, rng.randrange(2, 4))
    lines, truth = [], []
    style = pick(rng, ["month", "end_of", "day"])
    for k, step in enumerate(steps, 1):
        raw, iso = a_date(rng, style)
        mark = f"{k}." if numbered else "•"
        sep = pick(rng, [" – ", " by ", " ("]) if style != "day" else " – "
        lines.append(f"{mark} {step}{sep}{raw}{')' if sep == ' (' else ''}")
        truth.append({"milestone": step, "due_date": iso})
    return "\n".join(lines), truth


@dataclass
class Column:
    head: str  # the sub-heading ('' under a spanning heading that stands alone)
    key: str
    width: float
    group: str = ""  # the spanning heading above it, if any
    narrow: bool = False


@dataclass
class Block:
    """One table: optional banner row, heading rows from the columns, body rows; prose before it."""
    banner: str
    rows: list[tuple[str, list[str]]]  # ('group'|'row', cells)
    before: str = ""


@dataclass
class Plan:
    title: str
    landscape: bool
    font: float
    columns: list[Column]
    blocks: list[Block] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    marking: str = "OFFICIAL"


def row_for(rng: random.Random, plan: Plan, area: tuple[str, str], ref: str, numbered: bool) -> list[str]:
    cells: list[str] = []
    truth: dict[str, Any] = {"area_ref": area[0], "area": area[1]}
    ratings: list[dict[str, Any]] = []
    for col in plan.columns:
        text = ""
        if col.key == "ref":
            text = ref
        elif col.key == "action":
            text = action_text(rng)
            truth["action"] = text
        elif col.key in ("lead", "responsible"):
            text = pick(rng, [p for p in PEOPLE if p not in truth.values()])  # two owners, two people
            truth[col.key] = text
        elif col.key == "milestones":
            text, ms = milestones(rng, numbered)
            truth["milestones"] = ms
        elif col.key == "due":
            text, iso = a_due(rng)
            truth["due_raw"], truth["due_date"] = text, iso
        elif col.key == "status":
            text = pick(rng, list(STATUSES))
            truth["status"] = STATUSES[text]
        elif col.key == "rating":
            if rng.random() < 0.8 or not ratings:
                text = pick(rng, ["R", "A", "G"] if len(ratings) < 3 else list(RAGS))
                # the label is the column's own heading as printed ('Q1'); the heading spanning it
                # ('RAG rating 2025/26') is its heading_group
                ratings.append({"label": col.head, "rag": RAGS[text]})
        elif col.key == "measure":
            text = pick(rng, EVIDENCE)
            truth["measure"] = text
        elif col.key == "progress":
            text = " ".join(rng.sample(UPDATES, rng.randrange(1, 3)))
            truth["progress"] = text
        cells.append(text)
    if ratings:
        truth["ratings"] = ratings
    plan.actions.append(truth)
    return cells


def spanned(rng: random.Random) -> Plan:
    cols = [Column("Ref", "ref", 0.45, narrow=True), Column("Action", "action", 2.6)]
    owners = ["Executive lead", "Operational lead"]
    if rng.random() < 0.5:
        owners.reverse()
    # of two owner columns the first printed is the lead, the other the responsible
    cols += [Column(owners[0], "lead", 1.2, "Leads"), Column(owners[1], "responsible", 1.2, "Leads")]
    cols += [Column("Milestones", "milestones", 2.4, "Delivery"), Column("Target date", "due", 0.9, "Delivery", True)]
    year = pick(rng, ["2025/26", "2026/27"])
    quarters = rng.randrange(2, 5)
    cols += [Column(f"Q{q}", "rating", 0.5, f"RAG rating {year}", True) for q in range(1, quarters + 1)]
    if rng.random() < 0.7:
        cols.append(Column("Evidence of impact", "measure", 2.0))
    cols.append(Column("Update", "progress", 2.4))
    plan = Plan("Children's services improvement plan 2025-2027", True, pick(rng, [6.0, 6.5, 7.0]), cols)
    numbered = rng.random() < 0.5
    rows: list[tuple[str, list[str]]] = []
    for a in range(1, rng.randrange(3, 5)):
        area = (str(a), PRIORITIES[(a * 2 + rng.randrange(3)) % len(PRIORITIES)])
        rows.append(("group", [f"Priority {a}: {area[1]}"]))
        for k in range(1, rng.randrange(3, 5)):
            rows.append(("row", row_for(rng, plan, area, f"{a}.{k}", numbered)))
    plan.blocks.append(Block("", rows, "This plan sets out how we will respond to the areas for improvement. "
                                      "It is monitored monthly by the improvement board."))
    return plan


def banner(rng: random.Random) -> Plan:
    cols = [Column("No.", "ref", 0.6, narrow=True), Column("Action", "action", 2.4)]
    pair = [Column("Responsible", "responsible", 1.4), Column("Accountable", "lead", 1.4)]
    if rng.random() < 0.4:
        pair.reverse()
    cols += pair
    cols += [Column("Milestones", "milestones", 2.2), Column("Timescale", "due", 1.2, narrow=True),
             Column("Status", "status", 1.1, narrow=True), Column("Evidence of impact", "measure", 2.0)]
    plan = Plan("Post-inspection action plan", rng.random() < 0.7, pick(rng, [7.0, 7.5, 8.0]), cols)
    numbered = rng.random() < 0.5
    recs = rng.sample(RECOMMENDATIONS, rng.randrange(3, 5))
    for r, rec in enumerate(recs, 1):
        area = (str(r), rec)
        rows = [("row", row_for(rng, plan, area, f"{r}.{k}", numbered)) for k in range(1, rng.randrange(2, 4))]
        before = pick(rng, ["Inspectors found that this area needs to improve. The actions below respond to "
                            "their findings and will be reviewed by the board each quarter.",
                            "Progress against this recommendation is reported to the scrutiny committee.", ""])
        plan.blocks.append(Block(f"Recommendation {r}: {rec}", rows, before))
    return plan


LAYOUTS = {"spanned": spanned, "banner": banner}


# ---- reportlab -----------------------------------------------------------------------------------

def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def write_rl(plan: Plan, path: Path, ruled: bool) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    size = landscape(A4) if plan.landscape else A4
    sheet = getSampleStyleSheet()
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=plan.font, leading=plan.font + 2)
    centred = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold")
    headc = ParagraphStyle("hc", parent=head, alignment=TA_CENTER)
    group = ParagraphStyle("g", parent=cell, fontName="Helvetica-Bold", fontSize=plan.font + 1, leading=plan.font + 3)

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawCentredString(size[0] / 2, size[1] - 22, plan.marking)
        canvas.drawRightString(size[0] - 36, size[1] - 22, plan.title)
        canvas.drawCentredString(size[0] / 2, 18, f"Page {doc.page}")
        canvas.restoreState()

    n = len(plan.columns)
    usable = size[0] - 72
    total = sum(c.width for c in plan.columns)
    widths = [usable * c.width / total for c in plan.columns]
    story: list[Any] = [Paragraph(_escape(plan.title), sheet["Heading2"])]
    spans = any(c.group for c in plan.columns)
    for block in plan.blocks:
        if block.before:
            story += [Paragraph(_escape(block.before), sheet["BodyText"]), Spacer(1, 4)]
        data: list[list[Any]] = []
        commands: list[Any] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if block.banner:
            data.append([Paragraph(_escape(block.banner), group)] + [""] * (n - 1))
            commands += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f4"))]
        top = len(data)
        if spans:
            upper, k = [], 0
            while k < n:
                g = plan.columns[k].group
                j = k
                while g and j + 1 < n and plan.columns[j + 1].group == g:
                    j += 1
                upper += [Paragraph(_escape(g or plan.columns[k].head), headc)] + [""] * (j - k)
                if j > k:
                    commands.append(("SPAN", (k, top), (j, top)))
                elif not g:
                    commands.append(("SPAN", (k, top), (k, top + 1)))
                k = j + 1
            data.append(upper)
            data.append([Paragraph(_escape(c.head), headc) if c.group else "" for c in plan.columns])
        else:
            data.append([Paragraph(_escape(c.head), head) for c in plan.columns])
        heads = len(data)
        if not ruled:
            commands.append(("LINEBELOW", (0, heads - 1), (-1, heads - 1), 0.8, colors.black))
        for kind, cells in block.rows:
            r = len(data)
            if kind == "group":
                data.append([Paragraph(_escape(cells[0]), group)] + [""] * (n - 1))
                commands.append(("SPAN", (0, r), (-1, r)))
                continue
            data.append([Paragraph(_escape(t), centred if c.narrow else cell) if t else ""
                         for t, c in zip(cells, plan.columns, strict=True)])
        if ruled:
            commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        table = Table(data, colWidths=widths, repeatRows=heads)
        table.setStyle(TableStyle(commands))
        story += [table, Spacer(1, 10)]
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=36)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


# ---- Word, printed by LibreOffice ---------------------------------------------------------------------

def write_docx(plan: Plan, path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = docx.Document()
    sec = d.sections[0]
    if plan.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.5))
    sec.header.paragraphs[0].text = f"{plan.marking}\t\t{plan.title}"
    foot = sec.footer.paragraphs[0]
    foot.add_run("Page ")
    run = foot.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.text = text
        run._r.append(el)
    style = d.styles["Normal"]
    style.font.size = Pt(plan.font)
    style.font.name = "Arial"
    d.add_heading(plan.title, level=1)
    n = len(plan.columns)
    usable = (sec.page_width - sec.left_margin - sec.right_margin)
    total = sum(c.width for c in plan.columns)
    spans = any(c.group for c in plan.columns)

    def fill(cell: Any, hexcolour: str) -> None:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), hexcolour)
        cell._tc.get_or_add_tcPr().append(shd)

    def put(cell: Any, text: str, bold: bool = False) -> None:
        lines = text.split("\n")
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = para.add_run(line)
            r.bold = bold

    for block in plan.blocks:
        if block.before:
            d.add_paragraph(block.before)
        table = d.add_table(rows=0, cols=n)
        table.style = "Table Grid"
        if block.banner:
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            put(merged, block.banner, bold=True)
            fill(merged, "DDE8F4")
        heads: list[Any] = []
        if spans:
            upper, lower = table.add_row(), table.add_row()
            heads = [upper, lower]
            k = 0
            while k < n:
                g = plan.columns[k].group
                j = k
                while g and j + 1 < n and plan.columns[j + 1].group == g:
                    j += 1
                if g:
                    put(upper.cells[k].merge(upper.cells[j]) if j > k else upper.cells[k], g, True)
                    for m in range(k, j + 1):
                        put(lower.cells[m], plan.columns[m].head, True)
                else:
                    put(upper.cells[k].merge(lower.cells[k]), plan.columns[k].head, True)
                k = j + 1
        else:
            row = table.add_row()
            heads = [row]
            for c, col in zip(row.cells, plan.columns, strict=True):
                put(c, col.head, True)
        for row in heads:
            trpr = row._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trpr.append(el)
        for kind, cells in block.rows:
            row = table.add_row()
            if kind == "group":
                merged = row.cells[0].merge(row.cells[-1])
                put(merged, cells[0], bold=True)
                continue
            for c, text in zip(row.cells, cells, strict=True):
                put(c, text)
        for k, col in enumerate(plan.columns):
            for c in table.columns[k].cells:
                c.width = int(usable * col.width / total)
        d.add_paragraph("")
    d.save(str(path))


def libreoffice(sources: list[Path], outdir: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None or not sources:
        return
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation={Path(profile).as_uri()}", "--convert-to",
                        "pdf", "--outdir", str(outdir), *map(str, sources)], check=True, capture_output=True,
                       timeout=900)


def truth(plan: Plan, name: str) -> dict[str, Any]:
    return {"doc": name, "title": plan.title, "actions": plan.actions}


def make(out: Path, seeds: list[int], renderings: tuple[str, ...] = RENDERINGS) -> list[Path]:
    """Each seed's plans in each rendering asked for (a scan needs the ruled or LibreOffice print)."""
    import cv2
    for r in RENDERINGS:
        (out / r).mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    words: list[Path] = []
    plans: dict[str, tuple[Plan, random.Random, int]] = {}
    for seed in seeds:
        for name, layout in LAYOUTS.items():
            rng = random.Random(f"newlayout-{name}-{seed}")
            plan = layout(rng)
            stem = f"nl_{name}_{seed}"
            plans[stem] = (plan, rng, seed)
            for ruled, tag in ((True, "ruled"), (False, "bless")):
                if tag not in renderings and not (tag == "ruled" and "scan" in renderings):
                    continue
                pdf = out / tag / f"{stem}_{tag}.pdf"
                write_rl(plan, pdf, ruled)
                written.append(pdf)
            if "lo" in renderings or "scan" in renderings:
                word = out / "lo" / f"{stem}_lo.docx"
                write_docx(plan, word)
                words.append(word)
    libreoffice(words, out / "lo")
    for w in words:
        w.unlink()
        written.append(w.with_suffix(".pdf"))
    looks: dict[str, Any] = {}
    for stem, (_plan, rng, seed) in plans.items() if "scan" in renderings else ():
        look = Look(dpi=pick(rng, [150, 200, 300]), skew=round(rng.uniform(0.2, 2.0) * pick(rng, [-1, 1]), 2),
                    noise=pick(rng, [0.0, 5.0, 10.0]), jpeg=pick(rng, [55, 70, 85]), colour=False)
        blur = pick(rng, [0.0, 0.6, 1.0])
        source = out / "ruled" / f"{stem}_ruled.pdf" if seed % 2 else out / "lo" / f"{stem}_lo.pdf"
        if not source.exists():
            continue
        scan = out / "scan" / f"{stem}_scan.pdf"

        def soften(img: Any, sigma: float = blur) -> Any:
            return cv2.GaussianBlur(img, (0, 0), sigma) if sigma else img

        scan_pdf(source, scan, look, seed=seed, prepare=soften)
        looks[scan.name] = {"from": source.name, "dpi": look.dpi, "skew": look.skew, "noise": look.noise,
                            "jpeg": look.jpeg, "blur": blur}
        written.append(scan)
    (out / "scan" / "scans.json").write_text(json.dumps(looks, indent=1), encoding="utf-8")
    for pdf in written:
        if pdf.exists():
            plan = plans[pdf.stem.rsplit("_", 1)[0]][0]
            write_truth_json(Path(f"{pdf}.truth.json"), truth(plan, pdf.name))
    return [p for p in written if p.exists()]


def measure(out: Path, renderings: tuple[str, ...] = RENDERINGS) -> dict[str, float]:
    """Convert each rendering with planx and score it; the OCR CPU-s/page for scans."""
    import resource

    import pypdfium2 as pdfium
    scores: dict[str, float] = {}
    for rendering in renderings:
        folder, result = out / rendering, out / f"{rendering}.out"
        docs = sorted(folder.glob("*.pdf"))
        if not docs:
            continue
        pages = sum(len(pdfium.PdfDocument(str(d))) for d in docs)
        shutil.rmtree(result, ignore_errors=True)  # planx skips files it has converted before
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.time()
        subprocess.run([sys.executable, "-m", "planx", "convert", *map(str, docs), "-o", str(result), "-q",
                        "--no-progress"], capture_output=True, text=True, cwd=ROOT)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        proc = subprocess.run([sys.executable, str(SCORER), str(result), str(folder), "--json"], capture_output=True,
                              text=True)
        text = proc.stdout
        report = json.loads(text[: text.rfind("score:")])
        per = {d["doc"]: d["accuracy"] for d in report["documents"]}
        score = float(re.findall(r"score: ([\d.]+)", text)[-1])
        scores[rendering] = score
        print(f"{rendering}: score {score}  cpu-s/page {cpu / max(pages, 1):.2f}  wall {time.time() - t0:.0f}s "
              f"({pages} pages)")
        for doc, acc in sorted(per.items()):
            print(f"   {doc} {acc}")
    return scores


def main(argv: list[str] | None = None) -> int:
    args = measuring_parser(RENDERINGS, "renderings to measure").parse_args(argv)
    if not args.no_make:
        for path in make(args.out, seed_range(args.seeds)):
            print(path)
    if args.measure:
        measure(args.out, tuple(args.only.split(",")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
