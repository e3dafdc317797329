"""Plans that are not a grid with one action per row, in several renderings, with truth (issue 14).

Run from the repo root: python samples/make_shape_samples.py FOLDER [SEED ...]. Each seed writes:

- transposed_SEED: the headings run down the first column (Action / Lead / Target date / RAG …,
  some of them headings no field takes, in an order drawn per seed) and each further column is one
  action; a table per priority under its heading. Renderings: .docx, .odt/.doc/.rtf and _lo.pdf
  (LibreOffice), _rl.pdf (reportlab, ruled).
- lists_SEED: priority headings ('Priority 1: …', '1.', '1.1') with bulleted or numbered actions
  under them, each carrying its lead and date inline ('(Lead: …; by March 2026)', '– Owner: … –
  Due: …', 'Responsible: … Timescale: …' on the next line), sometimes a status or RAG word; an
  introduction with bullets that are no actions. Renderings: .docx, .odt/.doc/.rtf and _lo.pdf,
  _rl.pdf (one column), _2col.pdf (reportlab, two text columns), .txt (one paragraph a line).
- narrative_SEED: a report with headings, bullets and dates that is no plan (no actions).

NAME.truth.json beside each (the truth format of ../shared/CONTRACT.md). The sentences are our
own; label wordings are drawn per seed from pools written as plans word them.
"""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import write_truth_json  # noqa: E402

# ---- content (our own sentences) -----------------------------------------------------------------

PRIORITIES = [
    ("Identify needs early and accurately", [
        "Train every early years setting to use the shared speech and language screening tool",
        "Set up a multi-agency panel that reviews requests for assessment every fortnight",
        "Publish a clear guide for parents on how to ask for an assessment",
        "Agree one referral form for health visitors, nurseries and schools",
    ]),
    ("Improve the quality and timeliness of education, health and care plans", [
        "Recruit two more educational psychologists on permanent contracts",
        "Introduce a monthly audit of new plans with feedback to each writer",
        "Hold weekly tracking meetings for every assessment over twelve weeks old",
        "Give every family a named caseworker from the start of the assessment",
    ]),
    ("Prepare young people for adult life", [
        "Start transition planning at every Year 9 annual review",
        "Create supported internships with three large local employers",
        "Map the post-16 options for young people with complex needs and share them with schools",
    ]),
    ("Listen to children and families and act on what they say", [
        "Run a termly forum for parent carers with the director of children's services",
        "Publish a 'you said, we did' update on the local offer every quarter",
        "Involve young people in the recruitment of every senior manager in the service",
    ]),
]
LEADS = ["Head of SEND", "Principal Educational Psychologist", "Designated Clinical Officer", "J. Okafor",
         "SEND Operations Manager", "Assistant Director, Education", "Sarah Whitfield", "Head of Inclusion",
         "Participation Lead", "M. Patel, Commissioning Manager"]
# due as printed → the date it commits to (the contract's rule, worked out by hand)
DATES = {"March 2026": "2026-03", "Q2 2025/26": "2025-09", "31/03/2026": "2026-03-31", "Sept 2025": "2025-09",
         "end of June 2026": "2026-06", "December 2025": "2025-12", "30 April 2026": "2026-04-30",
         "Jan 2026": "2026-01", "Autumn term 2025": "2025-12", "Q4 2025/26": "2026-03", "Ongoing": None,
         "July 2026": "2026-07"}
STATUSES = {"On track": "in_progress", "Complete": "complete", "Not started": "not_started",
            "Delayed": "delayed", "In progress": "in_progress"}
RAGS = {"Green": "green", "Amber": "amber", "Red": "red"}

TRANSPOSED_LABELS = {
    "action": ["Action", "What we will do", "Action to be taken", "Activity"],
    "lead": ["Lead", "Lead officer", "Owner", "Responsible officer", "Who"],
    "due": ["Target date", "Timescale", "By when", "Deadline", "Completion date"],
    "status": ["Status", "Progress status", "Current status"],
    "rag": ["RAG", "RAG rating", "RAG status"],
    "measure": ["Success measure", "How we will know", "Measure of success"],
    "progress": ["Progress update", "Commentary", "Update"],
}
OTHER_LABELS = ["Resources", "Partners involved", "Budget", "Links to other plans"]
OTHER_VALUES = ["Within existing budget", "Health, schools and the parent carer forum", "£12,000 from the grant",
                "Joint commissioning strategy", "Two days of officer time"]
PROGRESS = ["Work started in the autumn; first review due next month.", "Draft agreed by the partnership board.",
            "Recruitment under way; one post filled.", "Pilot running in two areas.", "No update this quarter."]
MEASURES = ["Nine in ten settings use the tool", "Fewer requests returned as incomplete",
            "Plans issued within 20 weeks", "Families rate the service good or better",
            "More young people in paid work at 19"]

INTRO = ["This plan sets out what the local area partnership will do over the next two years.",
         "It was written with parent carers, schools, health and social care after the inspection in 2024."]
INTRO_BULLETS = ["feedback from more than 400 families", "the findings of the area inspection",
                 "what our schools and colleges told us", "the views of the youth forum"]


def pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def due_truth(raw: str) -> dict[str, Any]:
    return {"due_raw": raw, "due_date": DATES[raw]}


def plan_items(rng: random.Random, n_priorities: int, per: tuple[int, int]) -> list[tuple[str, list[dict[str, Any]]]]:
    """(priority title, its actions as field → text) for a plan, drawn per seed."""
    out = []
    for title, actions in rng.sample(PRIORITIES, n_priorities):
        items = []
        for action in actions[:rng.randint(*per)]:
            status = pick(rng, list(STATUSES))
            items.append({"action": action, "lead": pick(rng, LEADS), "due": pick(rng, list(DATES)),
                          "status": status, "rag": pick(rng, list(RAGS)), "measure": pick(rng, MEASURES),
                          "progress": pick(rng, PROGRESS)})
        out.append((title, items))
    return out


# ---- transposed tables ----------------------------------------------------------------------------

def transposed_spec(rng: random.Random) -> dict[str, Any]:
    fields = ["action", "lead", "due"] + [f for f in ("status", "rag", "measure", "progress") if rng.random() < 0.6]
    order = fields[:1] + rng.sample(fields[1:], len(fields) - 1) if rng.random() < 0.5 else fields
    labels = {f: pick(rng, TRANSPOSED_LABELS[f]) for f in order}
    others = rng.sample(OTHER_LABELS, rng.randint(0, 2))
    rows: list[tuple[str, str]] = [(f, labels[f]) for f in order]
    for label in others:  # headings no field takes, somewhere after the action
        rows.insert(rng.randint(1, len(rows)), ("", label))
    title = pick(rng, ["SEND Improvement Plan 2025-26", "Local Area SEND Priority Action Plan",
                       "Written Statement of Action: Delivery Plan 2025"])
    return {"rows": rows, "refs": rng.random() < 0.4, "plan": plan_items(rng, rng.randint(2, 3), (2, 4)),
            "title": title, "banner": rng.random() < 0.5}


def transposed_grid(spec: dict[str, Any], p: int, items: list[dict[str, Any]]) -> list[list[str]]:
    grid = []
    if spec["refs"]:
        grid.append(["Ref"] + [f"{p}.{a}" for a in range(1, len(items) + 1)])
    for f, label in spec["rows"]:
        values = [item[f] if f else OTHER_VALUES[(i + len(label)) % len(OTHER_VALUES)] for i, item in enumerate(items)]
        grid.append([label] + values)
    return grid


def transposed_truth(name: str, spec: dict[str, Any]) -> dict[str, Any]:
    fields = {f for f, _ in spec["rows"] if f}
    actions = []
    for p, (title, items) in enumerate(spec["plan"], 1):
        for item in items:
            rec: dict[str, Any] = {"area_ref": str(p), "area": title, "action": item["action"], "lead": item["lead"]}
            rec.update(due_truth(item["due"]))
            if "status" in fields:
                rec["status"] = STATUSES[item["status"]]
            if "rag" in fields:
                rec["rag"] = RAGS[item["rag"]]
            for f in ("measure", "progress"):
                if f in fields:
                    rec[f] = item[f]
            actions.append(rec)
    return {"doc": name, "title": spec["title"], "actions": actions}


# ---- lists under headings ---------------------------------------------------------------------------

INLINE_STYLES = ["paren", "dash", "next_line", "sentences"]


def list_spec(rng: random.Random) -> dict[str, Any]:
    return {"inline": pick(rng, INLINE_STYLES), "marker": pick(rng, ["bullet", "number"]),
            "heading": pick(rng, ["priority", "numbered"]), "status": rng.random() < 0.5,
            "lead_label": pick(rng, ["Lead", "Owner", "Responsible", "Led by", "Accountable"]),
            "due_label": pick(rng, ["Timescale", "Due", "By when", "Target date", "Deadline"]),
            "status_label": pick(rng, ["Status", "RAG", "Progress"]),
            "plan": plan_items(rng, rng.randint(2, 4), (2, 4)),
            "title": pick(rng, ["Local Area SEND Improvement Plan 2025-2027", "Our SEND Action Plan 2025/26",
                                "Inclusion Strategy: Delivery Plan 2025-26"])}


def item_lines(spec: dict[str, Any], item: dict[str, Any]) -> list[str]:
    """An action's text as the plan prints it: its lead and date inline, in the seed's style."""
    lead, due, style = item["lead"], item["due"], spec["inline"]
    tag = ""
    if spec["status"]:
        tag = item["rag"] if spec["status_label"] == "RAG" else item["status"]
    if style == "paren":
        extra = f"; {spec['status_label']}: {tag}" if tag else ""
        return [f"{item['action']} ({spec['lead_label']}: {lead}; {spec['due_label']}: {due}{extra})"]
    if style == "dash":
        extra = f" – {spec['status_label']}: {tag}" if tag else ""
        return [f"{item['action']} – {spec['lead_label']}: {lead} – {spec['due_label']}: {due}{extra}"]
    if style == "next_line":
        extra = f"   {spec['status_label']}: {tag}" if tag else ""
        return [item["action"], f"{spec['lead_label']}: {lead}   {spec['due_label']}: {due}{extra}"]
    extra = f" {spec['status_label']}: {tag}." if tag else ""
    return [f"{item['action']}. {spec['lead_label']}: {lead}. {spec['due_label']}: {due}.{extra}"]


def heading_text(spec: dict[str, Any], p: int, title: str) -> str:
    return f"Priority {p}: {title}" if spec["heading"] == "priority" else f"{p}. {title}"


def list_truth(name: str, spec: dict[str, Any]) -> dict[str, Any]:
    actions = []
    for p, (title, items) in enumerate(spec["plan"], 1):
        for item in items:
            rec: dict[str, Any] = {"area_ref": str(p), "area": title, "action": item["action"], "lead": item["lead"]}
            rec.update(due_truth(item["due"]))
            if spec["status"] and spec["status_label"] == "RAG":
                rec["rag"] = RAGS[item["rag"]]
            elif spec["status"]:
                rec["status"] = STATUSES[item["status"]]
            actions.append(rec)
    return {"doc": name, "title": spec["title"], "actions": actions}


# a document in blocks every renderer can draw: ('title'|'heading'|'para'|'bullet'|'number'|'table', payload)
Block = tuple[str, Any]


def list_blocks(spec: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = [("title", spec["title"])] + [("para", t) for t in INTRO]
    blocks.append(("para", "Our priorities were shaped by:"))
    blocks += [("bullet", t) for t in INTRO_BULLETS]
    for p, (title, items) in enumerate(spec["plan"], 1):
        blocks.append(("heading", heading_text(spec, p, title)))
        for item in items:
            lines = item_lines(spec, item)
            blocks.append(("bullet" if spec["marker"] == "bullet" else "number", lines[0]))
            blocks += [("cont", ln) for ln in lines[1:]]
    blocks.append(("para", "The partnership board will review this plan every term and publish its progress."))
    return blocks


def narrative_blocks(rng: random.Random) -> list[Block]:
    """A report with headings, bullets and dates, and no plan: it must give no actions."""
    blocks: list[Block] = [("title", pick(rng, ["Annual Report of the SEND Partnership 2024-25",
                                                 "Inspection of Local Area SEND Arrangements"]))]
    blocks += [("heading", "1. Summary"), ("para", "Since March 2024 the partnership has grown its team and "
                                                   "cut waiting times for assessments.")]
    blocks += [("bullet", "Waiting times fell from 31 weeks to 22 weeks by December 2024."),
               ("bullet", "The parent carer forum met nine times during the year."),
               ("bullet", "Three new resource bases opened in September 2024.")]
    blocks += [("heading", "2. What needs to improve"),
               ("para", "Leaders should make sure that:"),
               ("bullet", "plans are reviewed on time and reflect children's current needs"),
               ("bullet", "young people are better prepared for adult life"),
               ("heading", "3. Next steps"),
               ("para", "The board will consider this report at its meeting in July 2025.")]
    return blocks


# ---- renderers ----------------------------------------------------------------------------------------

def write_docx(blocks: list[Block], path: Path) -> None:
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "heading":
            doc.add_heading(payload, level=1)
        elif kind == "para":
            doc.add_paragraph(payload)
        elif kind == "bullet":
            doc.add_paragraph(payload, style="List Bullet")
        elif kind == "number":
            doc.add_paragraph(payload, style="List Number")
        elif kind == "cont":
            para = doc.add_paragraph(payload)
            para.paragraph_format.left_indent = Pt(18)
        elif kind == "table":
            grid = payload
            table = doc.add_table(rows=len(grid), cols=len(grid[0]))
            table.style = "Table Grid"
            for r, row in enumerate(grid):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if c == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    doc.save(path)


def write_txt(blocks: list[Block], path: Path) -> None:
    """One paragraph a line, as Word's 'Save as plain text' writes a document."""
    lines, n = [], 0
    for kind, payload in blocks:
        if kind == "number":
            n += 1
            lines.append(f"{n}. {payload}")
            continue
        if kind != "cont":
            n = 0
        if kind == "bullet":
            lines.append(f"• {payload}")
        elif kind == "cont":
            lines.append(f"  {payload}")
        elif kind in ("title", "heading", "para"):
            lines.append(payload)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_reportlab(blocks: list[Block], path: Path, columns: int = 1) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    width, height = A4
    margin, gap = 50, 24
    frame_w = (width - 2 * margin - gap * (columns - 1)) / columns
    frames = [Frame(margin + i * (frame_w + gap), margin, frame_w, height - 2 * margin, id=f"c{i}")
              for i in range(columns)]
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate(id="p", frames=frames)])
    story: list[Any] = []
    n = 0
    for kind, payload in blocks:
        text = str(payload).replace("&", "&amp;") if kind != "table" else ""
        if kind == "number":
            n += 1
            story.append(Paragraph(text, body, bulletText=f"{n}."))
            continue
        if kind != "cont":
            n = 0
        if kind == "title":
            story.append(Paragraph(text, styles["Title"]))
        elif kind == "heading":
            story.append(Paragraph(text, styles["Heading2"]))
        elif kind == "para":
            story.append(Paragraph(text, body))
        elif kind == "bullet":
            story.append(Paragraph(text, body, bulletText="•"))
        elif kind == "cont":
            story.append(Paragraph(text, styles["BodyText"]))
        elif kind == "table":
            grid = [[Paragraph(t.replace("&", "&amp;"), body) for t in row] for row in payload]
            first = 1.3 * 72
            rest = (frame_w - first) / (len(payload[0]) - 1)
            table = Table(grid, colWidths=[first] + [rest] * (len(payload[0]) - 1))
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#D9E2F3"))]))
            story += [table, Spacer(1, 12)]
    doc.build(story)


def libreoffice(docx_files: list[Path], fmt: str) -> None:
    """Each .docx saved by LibreOffice as fmt ('odt', 'doc', 'rtf', 'pdf') beside it; _lo.pdf for PDF."""
    from planx.extract.legacy import find_soffice, isolation, profile_dir
    soffice = find_soffice()
    if soffice is None or not docx_files:
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([*isolation().prefix, soffice, "--headless", "--norestore", "--nolockcheck",
                        f"-env:UserInstallation={profile_dir().as_uri()}", "--convert-to", fmt, "--outdir", tmp,
                        *map(str, docx_files)], capture_output=True, timeout=600, check=False)
        for source in docx_files:
            made = Path(tmp) / f"{source.stem}.{fmt}"
            if made.is_file():
                target = source.with_name(f"{source.stem}_lo.pdf" if fmt == "pdf" else f"{source.stem}.{fmt}")
                shutil.move(str(made), target)


def write_truth(path: Path, truth: dict[str, Any]) -> None:
    truth = dict(truth, doc=path.name)
    write_truth_json(path.with_name(path.name + ".truth.json"), truth)


def make_seed(folder: Path, seed: int, office: bool = True) -> list[Path]:
    rng = random.Random(seed)
    made: list[Path] = []
    spec = transposed_spec(rng)
    blocks: list[Block] = [("title", spec["title"])]
    for p, (title, items) in enumerate(spec["plan"], 1):
        blocks.append(("heading", f"Priority {p}: {title}" if spec["banner"] else f"{p}. {title}"))
        blocks.append(("table", transposed_grid(spec, p, items)))
    t_truth = transposed_truth("", spec)
    stem = folder / f"transposed_{seed}"
    write_docx(blocks, stem.with_suffix(".docx"))
    write_reportlab(blocks, stem.with_name(stem.name + "_rl.pdf"))
    made += [stem.with_suffix(".docx"), stem.with_name(stem.name + "_rl.pdf")]

    lspec = list_spec(rng)
    lblocks = list_blocks(lspec)
    l_truth = list_truth("", lspec)
    lstem = folder / f"lists_{seed}"
    write_docx(lblocks, lstem.with_suffix(".docx"))
    write_txt(lblocks, lstem.with_suffix(".txt"))
    write_reportlab(lblocks, lstem.with_name(lstem.name + "_rl.pdf"))
    write_reportlab(lblocks, lstem.with_name(lstem.name + "_2col.pdf"), columns=2)
    made += [lstem.with_suffix(".docx"), lstem.with_suffix(".txt"), lstem.with_name(lstem.name + "_rl.pdf"),
             lstem.with_name(lstem.name + "_2col.pdf")]

    nstem = folder / f"narrative_{seed}"
    nblocks = narrative_blocks(rng)
    write_docx(nblocks, nstem.with_suffix(".docx"))
    write_reportlab(nblocks, nstem.with_name(nstem.name + "_2col.pdf"), columns=2)
    made += [nstem.with_suffix(".docx"), nstem.with_name(nstem.name + "_2col.pdf")]

    if office:
        for fmt in ("odt", "doc", "rtf", "pdf"):
            libreoffice([stem.with_suffix(".docx"), lstem.with_suffix(".docx")], fmt)
        for s in (stem, lstem):
            made += [p for p in (s.with_suffix(".odt"), s.with_suffix(".doc"), s.with_suffix(".rtf"),
                                 s.with_name(s.name + "_lo.pdf")) if p.is_file()]
    for path in made:
        truth = t_truth if path.name.startswith("transposed") else l_truth if path.name.startswith("lists") \
            else {"doc": "", "actions": []}
        write_truth(path, truth)
    return made


def main(folder: Path, seeds: list[int], office: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for p in make_seed(folder, seed, office)]


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shape_samples")
    chosen = [int(s) for s in sys.argv[2:]] or [1, 2, 3, 4, 5, 6]
    for made_path in main(out, chosen):
        print(made_path)
