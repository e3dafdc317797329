"""Plan layouts the borderless engine was not tuned on, drawn without rulings, with truth.

Run from the repo root: python -m samples.make_borderless_shapes FOLDER [SEED ...]. Each seed
writes every layout in every style, drawn by reportlab (NAME_rl.pdf) and written by python-docx
and printed by LibreOffice (NAME_lo.pdf, when soffice is installed), NAME.truth.json beside each
(CONTRACT.md truth format). Layouts (our own sentences):

- sections:  'Action 1.2: …' headings under 'Priority 1 …' headings, a lead line, a small
             'Milestone | Due | Status' table: the milestones are the action's;
- cards:     one two-column 'label | value' table per action, under area headings;
- outline:   one table of numbered rows: '1' an area, '1.1' an action, '1.1.1' its milestones;
- tracker:   landscape, a merged area column printed once per group, a long commentary column,
             many rows over pages (heading repeated, rows split at the page foot);
- split:     a plan table, then a progress table keyed by ref, then a KPI scorecard;
- wwwh:      'What | Who | When | How will we know' with bulleted and numbered cells.
Styles: none (no lines), rule (a rule under the heading row only), zebra (alternate rows shaded).
Per document at random: date and RAG columns right-aligned or centred, the RAG a fill with no
text, landscape pages, font size.
"""
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))

from samples.layout_render import libreoffice_pdfs  # noqa: E402
from samples.seeded import run_generator, write_truth_json  # noqa: E402

STYLES = ["none", "rule", "zebra"]
AREAS = ["Early help and prevention", "Quality of social work practice", "Placement sufficiency",
         "Workforce stability", "Voice of the child", "Partnership governance"]
VERBS = ["Refresh", "Pilot", "Embed", "Review", "Strengthen", "Introduce", "Evaluate", "Extend", "Publish",
         "Recruit to"]
OBJECTS = ["the multi-agency threshold document", "the return home interview offer", "kinship carer support",
           "the supervision policy for team managers", "the edge of care service", "the corporate parenting pledge",
           "audit arrangements for child protection plans", "the foster carer recruitment campaign",
           "the advocacy offer for disabled children", "the neighbourhood family hub model",
           "practice standards for pre-birth assessments", "the permanence tracking meeting"]
TAILS = ["with partners in health and the police", "so that children wait less for a decision",
         "and report each quarter to the improvement board", "across the three localities",
         "using feedback from young people", "", ""]
STEPS = ["Agree the scope with partners", "Draft the revised guidance", "Consult the children in care council",
         "Train team managers", "Launch the new process", "Audit a sample of cases", "Report findings to the board",
         "Recruit two senior practitioners", "Set up a monthly tracking meeting", "Publish the updated offer"]
LEADS = ["Head of Service, Safeguarding", "Priya Raman", "Service Manager (Early Help)", "Gareth Llewellyn",
         "Amara Okafor", "Principal Social Worker", "Siobhan Murphy", "Director of Children's Services"]
SENTENCES = ["Workshops took place in May and June with sixty staff attending.",
             "The first cohort finished the programme and an evaluation is due next quarter.",
             "Recruitment to two posts has slipped because of a pay review.",
             "Data quality checks show 92% of records are now complete.",
             "Partners agreed the draft at the March board.",
             "Feedback from families has been positive so far.",
             "Budget pressures mean the second phase is under review.",
             "An audit of forty cases found better planning in most of them."]
MEASURES = ["Fewer re-referrals within twelve months", "All team managers trained", "Audit grades good or better",
            "Placement moves below 10%", "Children say they feel listened to", "Caseloads below 18"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
STATUSES = {"Complete": "complete", "On track": "in_progress", "In progress": "in_progress",
            "Not started": "not_started", "Delayed": "delayed"}
RAGS = {"Green": "green", "Amber": "amber", "Red": "red", "G": "green", "A": "amber", "R": "red"}
FILLS = {"red": "#ff0000", "amber": "#ffc000", "green": "#00b050"}
KPIS = [("Re-referrals within 12 months", "18%", "21%"), ("Assessments within 45 days", "90%", "86%"),
        ("Children seen within 10 days", "95%", "97%"), ("Care leavers in education or work", "60%", "54%"),
        ("Agency social workers", "15%", "19%")]


def pick(rng: random.Random, options: list[Any]) -> Any:
    return options[rng.randrange(len(options))]


@dataclass
class Look:
    """How one document is drawn."""
    style: str
    landscape: bool
    align: str  # LEFT, RIGHT or CENTER: the date and RAG columns
    fill_rag: bool  # the RAG a cell fill with no text
    font: float
    date_style: str


@dataclass
class Table:
    rows: list[list[str]]
    widths: list[float]
    head: int = 1
    aligned: set[int] = field(default_factory=set)  # columns in Look.align
    fills: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) → #rrggbb
    bold_rows: set[int] = field(default_factory=set)


@dataclass
class Plan:
    title: str
    look: Look
    blocks: list[tuple[str, Any]] = field(default_factory=list)  # ('h1'|'h2'|'body', text) or ('table', Table)
    actions: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)


def date(rng: random.Random, look: Look, year: int, month: int) -> tuple[str, str]:
    """(printed, ISO) of a month's end in the document's date style."""
    day = 28 if month == 2 else 30
    if look.date_style == "day":
        return f"{day}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}"
    if look.date_style == "short":
        return f"{MONTHS[month - 1]}-{year % 100:02d}", f"{year}-{month:02d}"
    return f"{LONG_MONTHS[month - 1]} {year}", f"{year}-{month:02d}"


def action_text(rng: random.Random) -> str:
    return " ".join(w for w in (pick(rng, VERBS), pick(rng, OBJECTS), pick(rng, TAILS)) if w)


def rag_cell(rng: random.Random, look: Look, table: Table, row: int, col: int) -> tuple[str, dict[str, str]]:
    """The RAG printed (or filled) in table[row][col]: (text, truth fields)."""
    word = pick(rng, list(RAGS))
    rag = RAGS[word]
    if look.fill_rag:
        table.fills[(row, col)] = FILLS[rag]
        return "", {"rag": rag, "rag_raw": FILLS[rag]}
    return word, {"rag": rag, "rag_raw": word}


def a_date(rng: random.Random, look: Look) -> tuple[str, str]:
    return date(rng, look, pick(rng, [2025, 2026]), rng.randrange(1, 13))


def milestones(rng: random.Random, look: Look, n: int) -> list[dict[str, Any]]:
    year, month = 2025, rng.randrange(1, 5)
    out = []
    for text in rng.sample(STEPS, n):
        month += rng.randrange(1, 3)
        printed, iso = date(rng, look, year, month)
        status = pick(rng, list(STATUSES))
        out.append({"milestone": text, "_due": printed, "due_date": iso, "_status": status,
                    "status": STATUSES[status]})
    return out


def combined(statuses: list[str]) -> str | None:
    """An action's status from its milestones' (README truth conventions): alike → that; complete and
    in progress mixed → in progress; anything else is not scored."""
    kinds = set(statuses)
    if len(kinds) == 1:
        return statuses[0]
    if kinds <= {"complete", "in_progress"}:
        return "in_progress"
    return None


def progress_text(rng: random.Random, n: int) -> str:
    return " ".join(rng.sample(SENTENCES, n))


# ---- layouts ------------------------------------------------------------------------------------

def sections(rng: random.Random, plan: Plan) -> None:
    look = plan.look
    heads = pick(rng, [["Milestone", "Due", "Status"], ["Key steps", "By when", "Progress"]])
    for a in range(1, 3 + rng.randrange(2)):
        area = AREAS[a - 1]
        plan.blocks.append(("h1", f"Priority {a}: {area}"))
        for m in range(1, 2 + rng.randrange(2)):
            text, lead = action_text(rng), pick(rng, LEADS)
            plan.blocks.append(("h2", f"Action {a}.{m}: {text}"))
            plan.blocks.append(("body", f"Lead: {lead}"))
            steps = milestones(rng, look, 2 + rng.randrange(3))
            rows = [heads] + [[s["milestone"], s["_due"], s["_status"]] for s in steps]
            plan.blocks.append(("table", Table(rows, [5, 1.6, 1.6], aligned={1, 2})))
            truth = {"area_ref": str(a), "area": area, "action": text, "lead": lead,
                     "milestones": [{k: v for k, v in s.items() if not k.startswith("_")} for s in steps]}
            status = combined([s["status"] for s in steps])
            if status:
                truth["status"] = status
            plan.actions.append(truth)


def cards(rng: random.Random, plan: Plan) -> None:
    look = plan.look
    labels = pick(rng, [["Ref", "Action", "Lead officer", "Target date", "RAG", "Progress update"],
                        ["No.", "What we will do", "Owner", "Deadline", "Rating", "Update"]])
    for a in range(1, 3):
        area = AREAS[a + 1]
        plan.blocks.append(("h1", f"{a}. {area}"))
        for m in range(1, 3 + rng.randrange(2)):
            text, lead = action_text(rng), pick(rng, LEADS)
            due, iso = a_date(rng, look)
            progress = progress_text(rng, 1 + rng.randrange(3))
            table = Table([], [1.3, 5], head=0, aligned=set())
            rag, rag_truth = rag_cell(rng, look, table, 4, 1)
            table.rows = [[labels[0], f"{a}.{m}"], [labels[1], text], [labels[2], lead], [labels[3], due],
                          [labels[4], rag], [labels[5], progress]]
            plan.blocks.append(("table", table))
            plan.actions.append({"area_ref": str(a), "area": area, "action": text, "lead": lead, "due_raw": due,
                                 "due_date": iso, **rag_truth, "progress": progress})


def outline(rng: random.Random, plan: Plan) -> None:
    look = plan.look
    table = Table([["Ref", "Action", "Lead", "Due", "RAG"]], [0.8, 5, 2, 1.3, 1], aligned={3, 4})
    for a in range(1, 3 + rng.randrange(2)):
        area = AREAS[a]
        table.bold_rows.add(len(table.rows))
        table.rows.append([str(a), area, "", "", ""])
        for m in range(1, 2 + rng.randrange(2)):
            text, lead = action_text(rng), pick(rng, LEADS)
            due, iso = a_date(rng, look)
            row = len(table.rows)
            rag, rag_truth = rag_cell(rng, look, table, row, 4)
            table.rows.append([f"{a}.{m}", text, lead, due, rag])
            steps = milestones(rng, look, rng.randrange(0, 3))
            for k, s in enumerate(steps, 1):
                table.rows.append([f"{a}.{m}.{k}", s["milestone"], "", s["_due"], ""])
            truth = {"area_ref": str(a), "area": area, "action": text, "lead": lead, "due_raw": due,
                     "due_date": iso, **rag_truth}
            if steps:
                truth["milestones"] = [{"milestone": s["milestone"], "due_date": s["due_date"]} for s in steps]
            plan.actions.append(truth)
    plan.blocks.append(("table", table))


def tracker(rng: random.Random, plan: Plan) -> None:
    look = plan.look
    look.landscape = True
    table = Table([["Area", "Ref", "Action", "Lead", "Due date", "RAG", "Commentary"]],
                  [1.6, 0.6, 3.2, 1.5, 1.1, 0.8, 5], aligned={4, 5})
    n = 1
    for a in range(3):
        area = AREAS[a]
        for k in range(3 + rng.randrange(3)):
            text, lead = action_text(rng), pick(rng, LEADS)
            due, iso = a_date(rng, look)
            row = len(table.rows)
            rag, rag_truth = rag_cell(rng, look, table, row, 5)
            progress = progress_text(rng, 2 + rng.randrange(4))
            table.rows.append([area if k == 0 else "", str(n), text, lead, due, rag, progress])
            plan.actions.append({"area": area, "action": text, "lead": lead, "due_raw": due, "due_date": iso,
                                 **rag_truth, "progress": progress})
            n += 1
    plan.blocks.append(("table", table))


def split(rng: random.Random, plan: Plan) -> None:
    look = plan.look
    planned = Table([["Ref", "Action", "Lead", "Target date"]], [0.7, 5, 2, 1.4], aligned={3})
    progress = Table([["Ref", "Status", "RAG", "Progress this quarter"]], [0.7, 1.4, 1, 5.5], aligned={2})
    for n in range(1, 5 + rng.randrange(3)):
        ref = f"A{n}"
        text, lead = action_text(rng), pick(rng, LEADS)
        due, iso = a_date(rng, look)
        planned.rows.append([ref, text, lead, due])
        status = pick(rng, list(STATUSES))
        rag, rag_truth = rag_cell(rng, look, progress, len(progress.rows), 2)
        update = progress_text(rng, 1 + rng.randrange(2))
        progress.rows.append([ref, status, rag, update])
        plan.actions.append({"action": text, "lead": lead, "due_raw": due, "due_date": iso,
                             "status": STATUSES[status], **rag_truth, "progress": update})
    kpis = Table([["Indicator", "Target", "Actual", "RAG"]], [4, 1, 1, 1], aligned={1, 2, 3})
    for name, target, value in rng.sample(KPIS, 3 + rng.randrange(2)):
        rag, rag_truth = rag_cell(rng, look, kpis, len(kpis.rows), 3)
        kpis.rows.append([name, target, value, rag])
        plan.indicators.append({"indicator": name, "target": target, "value": value, **rag_truth})
    plan.blocks += [("h1", "1. The plan"), ("table", planned), ("h1", "2. Progress against the plan"),
                    ("table", progress), ("h1", "3. Performance scorecard"), ("table", kpis)]


def wwwh(rng: random.Random, plan: Plan) -> None:
    look = plan.look
    heads = pick(rng, [["What", "Who", "When", "How will we know"],
                       ["What we will do", "Who", "By when", "How will we know it has worked"]])
    for a in range(1, 3):
        area = AREAS[a + 2]
        plan.blocks.append(("h1", f"Priority {a}: {area}"))
        table = Table([heads], [4, 1.8, 1.3, 3.5], aligned={2})
        for _ in range(2 + rng.randrange(2)):
            items = [action_text(rng) for _ in range(1 + rng.randrange(3))]
            numbered = rng.random() < 0.4
            what = "\n".join((f"{k}. " if numbered else "• ") + t for k, t in enumerate(items, 1)) \
                if len(items) > 1 else items[0]
            lead = pick(rng, LEADS)
            due, iso = a_date(rng, look)
            measures = rng.sample(MEASURES, 1 + rng.randrange(2))
            how = "\n".join("• " + t for t in measures) if len(measures) > 1 else measures[0]
            table.rows.append([what, lead, due, how])
            truth: dict[str, Any] = {"area_ref": str(a), "area": area, "action": "; ".join(items), "lead": lead,
                                     "due_raw": due, "due_date": iso, "measure": "; ".join(measures)}
            plan.actions.append(truth)
        plan.blocks.append(("table", table))


LAYOUTS: dict[str, Callable[[random.Random, Plan], None]] = {
    "sections": sections, "cards": cards, "outline": outline, "tracker": tracker, "split": split, "wwwh": wwwh}
TITLES = {"sections": "Improvement plan 2025-26", "cards": "Children's services action plan",
          "outline": "Ofsted improvement plan: delivery outline", "tracker": "Improvement plan tracker - Q2",
          "split": "Practice improvement plan and progress report", "wwwh": "Early help strategy action plan"}


# ---- reportlab ----------------------------------------------------------------------------------

def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def write_reportlab(plan: Plan, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable
    look = plan.look
    size = landscape(A4) if look.landscape else A4
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    sheet = getSampleStyleSheet()
    looks = {"h1": sheet["Heading2"], "h2": sheet["Heading4"], "body": sheet["Normal"]}
    align = {"LEFT": TA_LEFT, "RIGHT": TA_RIGHT, "CENTER": TA_CENTER}[look.align]
    plain = ParagraphStyle("cell", fontName="Helvetica", fontSize=look.font, leading=look.font + 2.5)
    bold = ParagraphStyle("cellb", parent=plain, fontName="Helvetica-Bold")
    story: list[Any] = [Paragraph(_escape(plan.title), sheet["Title"])]
    usable = size[0] - 80
    for kind, value in plan.blocks:
        if kind != "table":
            story.append(Paragraph(_escape(value), looks[kind]))
            continue
        table: Table = value
        data = []
        for r, row in enumerate(table.rows):
            heading = r < table.head or r in table.bold_rows
            cells = []
            for k, text in enumerate(row):
                style = bold if heading or (table.head == 0 and k == 0) else plain
                if k in table.aligned and r >= table.head:
                    style = ParagraphStyle(f"a{k}", parent=style, alignment=align)
                cells.append(Paragraph(_escape(text), style) if text else "")
            data.append(cells)
        widths = [usable * w / sum(table.widths) for w in table.widths]
        commands: list[Any] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if look.style == "rule" and table.head:
            commands.append(("LINEBELOW", (0, table.head - 1), (-1, table.head - 1), 0.8, colors.black))
        if look.style == "zebra":
            commands.append(("ROWBACKGROUNDS", (0, table.head), (-1, -1), [colors.white, colors.HexColor("#e8eef7")]))
        for (r, k), fill in table.fills.items():
            commands.append(("BACKGROUND", (k, r), (k, r), colors.HexColor(fill)))
        rl = RLTable(data, colWidths=widths, repeatRows=table.head, splitInRow=1)
        rl.setStyle(TableStyle(commands))
        story += [rl, Spacer(1, 10)]
    doc.build(story)


# ---- Word (for LibreOffice) ---------------------------------------------------------------------

def _cell_xml(cell: Any, tag: str, attrs: dict[str, str]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    element = OxmlElement(tag)
    for key, val in attrs.items():
        element.set(qn(key), val)
    if tag == "w:bottom":
        borders = OxmlElement("w:tcBorders")
        borders.append(element)
        element = borders
    cell._tc.get_or_add_tcPr().append(element)


def write_docx(plan: Plan, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt
    look = plan.look
    d = Document()
    section = d.sections[0]
    section.left_margin = section.right_margin = Cm(1.5)
    if look.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    usable = section.page_width - section.left_margin - section.right_margin
    align = {"LEFT": WD_ALIGN_PARAGRAPH.LEFT, "RIGHT": WD_ALIGN_PARAGRAPH.RIGHT,
             "CENTER": WD_ALIGN_PARAGRAPH.CENTER}[look.align]
    d.add_heading(plan.title, level=0)
    for kind, value in plan.blocks:
        if kind in ("h1", "h2"):
            d.add_heading(value, level=int(kind[1]))
            continue
        if kind == "body":
            d.add_paragraph(value)
            continue
        table: Table = value
        grid = d.add_table(rows=len(table.rows), cols=len(table.widths))
        for k, w in enumerate(table.widths):
            for cell in grid.columns[k].cells:
                cell.width = int(usable * w / sum(table.widths))
        for r, row in enumerate(table.rows):
            for k, text in enumerate(row):
                cell = grid.cell(r, k)
                cell.text = ""
                for i, line in enumerate(text.split("\n")):
                    para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    run = para.add_run(line)
                    run.font.size = Pt(look.font + 1)
                    run.bold = r < table.head or r in table.bold_rows or (table.head == 0 and k == 0)
                    if k in table.aligned and r >= table.head:
                        para.alignment = align
                fill = table.fills.get((r, k))
                if fill is None and look.style == "zebra" and r >= table.head and (r - table.head) % 2:
                    fill = "#e8eef7"
                if fill:
                    _cell_xml(cell, "w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill.lstrip("#")})
                if look.style == "rule" and r == table.head - 1:
                    _cell_xml(cell, "w:bottom", {"w:val": "single", "w:sz": "8", "w:color": "000000"})
        for r in range(table.head):
            grid.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        d.add_paragraph()
    d.save(str(path))


# ---- documents ----------------------------------------------------------------------------------

def make_plan(layout: str, style: str, seed: int) -> Plan:
    rng = random.Random(f"borderless-{layout}-{style}-{seed}")
    look = Look(style=style, landscape=rng.random() < 0.3, align=pick(rng, ["LEFT", "RIGHT", "CENTER"]),
                fill_rag=rng.random() < 0.3, font=pick(rng, [8.0, 8.5, 9.0, 9.5]),
                date_style=pick(rng, ["day", "short", "long"]))
    plan = Plan(TITLES[layout], look)
    LAYOUTS[layout](rng, plan)
    return plan


def truth(plan: Plan, name: str) -> dict[str, Any]:
    out: dict[str, Any] = {"doc": name, "title": plan.title, "actions": plan.actions}
    if plan.indicators:
        out["indicators"] = plan.indicators
    return out


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    words: list[tuple[Path, Plan]] = []
    for seed in seeds:
        for layout in LAYOUTS:
            for style in STYLES:
                plan = make_plan(layout, style, seed)
                stem = f"bl_{layout}_{style}_{seed}"
                pdf = folder / f"{stem}_rl.pdf"
                write_reportlab(plan, pdf)
                written.append(pdf)
                docx = folder / f"{stem}_lo.docx"
                write_docx(plan, docx)
                words.append((docx, plan))
                write_truth_json(pdf.with_name(pdf.name + ".truth.json"), truth(plan, pdf.name))
    printed = {p.stem: p for p in libreoffice_pdfs([d for d, _ in words], folder)}
    for docx, plan in words:
        docx.unlink()
        pdf = printed.get(docx.stem)
        if pdf is None:
            continue
        write_truth_json(pdf.with_name(pdf.name + ".truth.json"), truth(plan, pdf.name))
        written.append(pdf)
    return written


if __name__ == "__main__":
    run_generator(main, __doc__, [1], None)
