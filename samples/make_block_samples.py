"""Plans and reports written as blocks of text, one block per item, not a grid (issue 14), with truth.

Run from the repo root: python samples/make_block_samples.py FOLDER [SEED ...]. Each seed writes:

- kpiblocks_SEED: a quarterly performance report written per indicator: a title line (with a code
  such as 'CYPE 3' or '(PH05)' in some seeds), labelled figures on one line or several
  ('Latest: 78%   Target: 80%   Floor: 70%', 'Q3 2024/25: 78%' …, the labels drawn per seed from the
  wordings reports use), a RAG word on its own line or labelled, a direction of travel, sometimes a
  small chart's axis figures in between, and a commentary paragraph. Renderings: .txt, .docx,
  _rl.pdf (reportlab), _scan.pdf (the _rl.pdf scanned: image only, OCR'd).
- formlines_SEED: an improvement plan written as a form per action: 'Action 3: …' then 'Lead
  officer: …', 'Target date: …', 'Progress: …', 'RAG: Amber' lines (in some seeds the labelled fields
  run together on one line). Renderings: .txt, .docx, _rl.pdf, _cells.docx (each form a table cell).
- listscan_SEED: samples/make_shape_samples.py's headings-and-lists plan, rendered by reportlab and
  scanned (image only).
- twocol_SEED.txt: a plain-text plan in two columns (the action left, wrapped; lead and date right),
  set by spaces at column positions drawn per seed.
- kpinarrative_SEED: a report with figures and labels in its prose that is no KPI report (no
  indicators, no actions). Renderings: .txt, .docx.

NAME.truth.json beside each (the truth format of ../shared/CONTRACT.md). Sentences are our own.
"""
from __future__ import annotations

import random
import sys
import textwrap
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_shape_samples import (  # noqa: E402
    DATES,
    RAGS,
    STATUSES,
    list_blocks,
    list_spec,
    list_truth,
    plan_items,
    write_docx,
    write_reportlab,
    write_txt,
)
from samples.seeded import write_truth_json  # noqa: E402

Block = tuple[str, Any]

# ---- performance reports written per indicator -----------------------------------------------------

# (name, unit, typical value): our own indicators
INDICATORS = [
    ("Percentage of EHC plans issued within 20 weeks", "%", 62),
    ("Children subject to a child protection plan per 10,000", "", 41),
    ("Average days to re-let council homes", " days", 28),
    ("Percentage of household waste recycled", "%", 44),
    ("Number of rough sleepers on a single night", "", 12),
    ("Percentage of invoices paid within 30 days", "%", 93),
    ("Adults with learning disabilities in paid work", "%", 6),
    ("New homes completed in the quarter", "", 215),
    ("Missed bin collections per 100,000", "", 37),
    ("Staff sickness days per full-time employee", " days", 9),
    ("Take-up of the free early education offer for two-year-olds", "%", 71),
    ("Planning applications decided in time", "%", 86),
]
SECTIONS = ["Children and Young People", "Adults and Health", "Place and Environment", "Corporate Health"]
CODE_PREFIX = {"Children and Young People": "CYP", "Adults and Health": "ASC", "Place and Environment": "ENV",
               "Corporate Health": "CH"}
VALUE_LABELS = ["Latest", "Current", "Actual", "Outturn", "Performance", "Q3 2024/25", "Year to date"]
TARGET_LABELS = ["Target", "Annual target", "Target 2024/25"]
FLOOR_LABELS = ["Floor", "Threshold", "Tolerance"]
PREVIOUS_LABELS = ["Previous", "Last quarter", "Baseline", "Q2 2024/25"]
RAG_FORMS = ["{RAG}", "RAG: {Rag}", "Status: {RAG}", "RAG rating: {Rag}"]
DOT_FORMS = ["Improving", "Worsening", "No change", "DoT: Improving", "Direction of travel: Worsening", "↑ Improving"]
COMMENTS = ["Performance improved this quarter after two more caseworkers joined the team.",
            "The figure dipped in December, as it does every year; the service expects it to recover.",
            "A new system went live in October and the data for the last month are provisional.",
            "Demand rose by a tenth on the same quarter last year, which the team has absorbed so far.",
            "The service is reviewing how it records this measure with the national returns."]


def figure(value: float, unit: str) -> str:
    text = f"{value:g}"
    if unit == "%":
        return f"{text}%"
    return f"{text}{unit}"


def kpi_spec(rng: random.Random) -> dict[str, Any]:
    layout = rng.choice(["one_line", "lines", "pairs"])  # all figures on a line; a line each; two a line
    code = rng.choice(["prefix", "suffix", ""])
    labels = {"value": rng.choice(VALUE_LABELS), "target": rng.choice(TARGET_LABELS),
              "floor": rng.choice(FLOOR_LABELS), "previous": rng.choice(PREVIOUS_LABELS)}
    if labels["value"].startswith("Q") and labels["previous"].startswith("Q"):
        labels["previous"] = "Previous"
    sections = rng.sample(SECTIONS, rng.randint(2, 3))
    chosen = rng.sample(INDICATORS, len(sections) * 3)
    items, k = [], 0
    for section in sections:
        for j in range(rng.randint(2, 3)):
            name, unit, typical = chosen[k]
            k += 1
            value = round(typical * rng.uniform(0.8, 1.2), 1 if unit == "%" else 0)
            target = round(typical * rng.uniform(0.9, 1.1))
            rag = rng.choice(list(RAGS))
            items.append({"section": section, "code": f"{CODE_PREFIX[section]}{j + 1}" if code else "",
                          "name": name, "value": figure(value, unit), "target": figure(target, unit),
                          "floor": figure(round(target * 0.9), unit),
                          "previous": figure(round(value * rng.uniform(0.9, 1.1), 1 if unit == "%" else 0), unit),
                          "rag": rag, "dot": rng.choice(DOT_FORMS), "comment": rng.choice(COMMENTS),
                          "axis": rng.random() < 0.35, "floor_shown": rng.random() < 0.6,
                          "previous_shown": rng.random() < 0.6, "rag_form": rng.choice(RAG_FORMS)})
    return {"title": rng.choice(["Quarterly Performance Report: Quarter 3 2024/25",
                                 "Corporate Performance Report – October to December 2024",
                                 "Integrated Performance Report (Q3)"]),
            "layout": layout, "code": code, "labels": labels, "items": items}


def kpi_title(spec: dict[str, Any], item: dict[str, Any]) -> str:
    if spec["code"] == "prefix":
        return f"{item['code']} {item['name']}"
    if spec["code"] == "suffix":
        return f"{item['name']} ({item['code']})"
    return item["name"]


def kpi_figure_lines(spec: dict[str, Any], item: dict[str, Any]) -> list[str]:
    labels = spec["labels"]
    pairs = [f"{labels['value']}: {item['value']}", f"{labels['target']}: {item['target']}"]
    if item["floor_shown"]:
        pairs.append(f"{labels['floor']}: {item['floor']}")
    if item["previous_shown"]:
        pairs.append(f"{labels['previous']}: {item['previous']}")
    if spec["layout"] == "one_line":
        return ["   ".join(pairs)]
    if spec["layout"] == "pairs":
        return ["   ".join(pairs[i:i + 2]) for i in range(0, len(pairs), 2)]
    return pairs


def kpi_blocks(spec: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = [("title", spec["title"]),
                           ("para", "This report sets out how the council performed against its key indicators "
                                    "in the third quarter of the year.")]
    section = ""
    for item in spec["items"]:
        if item["section"] != section:
            section = item["section"]
            blocks.append(("heading", section))
        blocks.append(("para", kpi_title(spec, item)))
        if item["axis"]:
            blocks.append(("para", "100  80  60  40  20  0"))
        blocks += [("para", line) for line in kpi_figure_lines(spec, item)]
        rag = item["rag"]
        blocks.append(("para", item["rag_form"].format(RAG=rag.upper(), Rag=rag)))
        blocks.append(("para", item["dot"]))
        blocks.append(("para", item["comment"]))
    return blocks


def kpi_truth(spec: dict[str, Any]) -> dict[str, Any]:
    return {"doc": "", "title": spec["title"], "actions": [],
            "indicators": [{"indicator": kpi_title(spec, i), "value": i["value"], "target": i["target"],
                            "rag": RAGS[i["rag"]]} for i in spec["items"]]}


# ---- action forms written as lines ----------------------------------------------------------------

FORM_LABELS = {
    "lead": ["Lead officer", "Lead", "Responsible officer", "Owner", "Accountable lead"],
    "due": ["Target date", "Timescale", "Deadline", "Due date", "By when"],
    "progress": ["Progress", "Progress update", "Update", "Commentary"],
    "rag": ["RAG", "RAG rating", "RAG status"],
    "status": ["Status", "Current status"],
    "measure": ["Success measure", "How we will know", "Measure of success"],
}


def form_spec(rng: random.Random) -> dict[str, Any]:
    fields = ["lead", "due"] + [f for f in ("progress", "rag", "status", "measure") if rng.random() < 0.6]
    return {"title": rng.choice(["Improvement Plan 2025: Action Forms", "SEND Written Statement of Action – Progress",
                                 "Corporate Peer Challenge Action Plan"]),
            "labels": {f: rng.choice(FORM_LABELS[f]) for f in fields},
            "heading": rng.choice(["Action {n}: {text}", "Action {n} – {text}", "ACTION {n}. {text}",
                                   "Action: {text}"]),
            "run_together": rng.random() < 0.5, "plan": plan_items(rng, rng.randint(2, 3), (2, 3))}


def form_lines(spec: dict[str, Any], n: int, item: dict[str, Any]) -> list[str]:
    heading = spec["heading"].format(n=n, text=item["action"])
    pairs = [f"{label}: {item[f]}" for f, label in spec["labels"].items()]
    if spec["run_together"]:
        short = [p for p, f in zip(pairs, spec["labels"], strict=True) if f in ("lead", "due", "rag", "status")]
        long = [p for p, f in zip(pairs, spec["labels"], strict=True) if f not in ("lead", "due", "rag", "status")]
        return [heading, "  ".join(short), *long]
    return [heading, *pairs]


def form_blocks(spec: dict[str, Any], cells: bool = False) -> list[Block]:
    blocks: list[Block] = [("title", spec["title"]),
                           ("para", "Each action below has a named lead and a date; progress is reported "
                                    "to the board every quarter.")]
    n = 0
    for p, (title, items) in enumerate(spec["plan"], 1):
        blocks.append(("heading", f"Priority {p}: {title}"))
        if cells:
            grid = []
            for item in items:
                n += 1
                grid.append(["\n".join(form_lines(spec, n, item))])
            blocks.append(("cells", grid))
            continue
        for item in items:
            n += 1
            blocks += [("para", line) for line in form_lines(spec, n, item)]
    return blocks


def form_truth(spec: dict[str, Any]) -> dict[str, Any]:
    actions, n = [], 0
    for p, (title, items) in enumerate(spec["plan"], 1):
        for item in items:
            n += 1
            a: dict[str, Any] = {"area_ref": str(p), "area": title, "action": item["action"],
                                 "lead": item["lead"], "due_date": DATES[item["due"]]}
            if "rag" in spec["labels"]:
                a["rag"] = RAGS[item["rag"]]
            if "status" in spec["labels"]:
                a["status"] = STATUSES[item["status"]]
            actions.append(a)
    return {"doc": "", "title": spec["title"], "actions": actions}


def write_cells_docx(blocks: list[Block], path: Path) -> None:
    """Headings as Word headings; each form one cell of a one-column table, its lines paragraphs."""
    from docx import Document
    doc = Document()
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "heading":
            doc.add_heading(payload, level=1)
        elif kind == "para":
            doc.add_paragraph(payload)
        elif kind == "cells":
            table = doc.add_table(rows=len(payload), cols=1)
            table.style = "Table Grid"
            for r, (text,) in enumerate(payload):
                cell = table.cell(r, 0)
                lines = text.split("\n")
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
            doc.add_paragraph()
    doc.save(str(path))


# ---- a plain-text plan in two columns -------------------------------------------------------------

def twocol_text(rng: random.Random) -> tuple[str, dict[str, Any]]:
    plan = plan_items(rng, rng.randint(2, 3), (2, 4))
    width = rng.randint(38, 52)  # the action column's width
    gap = rng.randint(3, 8)
    right = width + gap
    title = rng.choice(["Local Offer Improvement Plan 2025", "Early Help Action Plan 2025-26"])
    lines = [title, "", "Action".ljust(right) + "Lead / target date", "-" * (right + 30), ""]
    actions = []
    for p, (heading, items) in enumerate(plan, 1):
        lines += [f"{p}. {heading}", ""]
        for item in items:
            left = textwrap.wrap(item["action"], width)
            rightcol = [item["lead"], item["due"]]
            for k in range(max(len(left), len(rightcol))):
                a = left[k] if k < len(left) else ""
                b = rightcol[k] if k < len(rightcol) else ""
                lines.append((a.ljust(right) + b).rstrip())
            lines.append("")
            actions.append({"area_ref": str(p), "area": heading, "action": item["action"], "lead": item["lead"],
                            "due_date": DATES[item["due"]]})
    return "\n".join(lines) + "\n", {"doc": "", "title": title, "actions": actions}


# ---- a report with figures in prose: no indicators -------------------------------------------------

def kpi_narrative(rng: random.Random) -> list[Block]:
    return [("title", rng.choice(["Annual Report of the Director of Public Health 2024",
                                  "Housing Services Annual Review"])),
            ("heading", "Summary"),
            ("para", "Life expectancy in the borough is 79.2 years for men and 83.1 years for women."),
            ("para", "Target: every ward to have a community health champion by 2026."),
            ("para", "Note: 2023 figures are provisional and may change."),
            ("heading", "What we found"),
            ("para", "Smoking fell to 11% of adults, close to the national figure of 12%."),
            ("bullet", "Rates of physical activity rose in eight of the twelve wards."),
            ("bullet", "Latest figures show 2,140 people used the stop smoking service."),
            ("para", "The board will review these findings at its meeting in March 2025.")]


# ---- writing ----------------------------------------------------------------------------------------

def write_truth(path: Path, truth: dict[str, Any]) -> None:
    truth = dict(truth, doc=path.name)
    write_truth_json(path.with_name(path.name + ".truth.json"), truth)


def scan(src: Path, dst: Path, seed: int) -> bool:
    """src scanned (image only) into dst; False when the imaging libraries are missing."""
    try:
        from samples.make_scan_samples import look_for, scan_pdf
    except ImportError:
        return False
    rng = random.Random(seed)
    look = look_for(rng)
    look.dpi = max(look.dpi, 200)  # small print: a scan OCR can read
    scan_pdf(src, dst, look, seed)
    return True


def make_seed(folder: Path, seed: int, scans: bool = True) -> list[Path]:
    rng = random.Random(seed)
    made: list[tuple[Path, dict[str, Any]]] = []

    spec = kpi_spec(rng)
    blocks, truth = kpi_blocks(spec), kpi_truth(spec)
    stem = folder / f"kpiblocks_{seed}"
    write_txt(blocks, stem.with_suffix(".txt"))
    write_docx(blocks, stem.with_suffix(".docx"))
    write_reportlab(blocks, stem.with_name(stem.name + "_rl.pdf"))
    made += [(stem.with_suffix(".txt"), truth), (stem.with_suffix(".docx"), truth),
             (stem.with_name(stem.name + "_rl.pdf"), truth)]
    if scans and scan(stem.with_name(stem.name + "_rl.pdf"), stem.with_name(stem.name + "_scan.pdf"), seed):
        made.append((stem.with_name(stem.name + "_scan.pdf"), truth))

    fspec = form_spec(rng)
    fblocks, ftruth = form_blocks(fspec), form_truth(fspec)
    fstem = folder / f"formlines_{seed}"
    write_txt(fblocks, fstem.with_suffix(".txt"))
    write_docx(fblocks, fstem.with_suffix(".docx"))
    write_reportlab(fblocks, fstem.with_name(fstem.name + "_rl.pdf"))
    write_cells_docx(form_blocks(fspec, cells=True), fstem.with_name(fstem.name + "_cells.docx"))
    made += [(fstem.with_suffix(".txt"), ftruth), (fstem.with_suffix(".docx"), ftruth),
             (fstem.with_name(fstem.name + "_rl.pdf"), ftruth), (fstem.with_name(fstem.name + "_cells.docx"), ftruth)]

    lspec = list_spec(rng)
    lstem = folder / f"listscan_{seed}"
    write_reportlab(list_blocks(lspec), lstem.with_name(lstem.name + "_rl.pdf"))
    if scans and scan(lstem.with_name(lstem.name + "_rl.pdf"), lstem.with_suffix(".pdf"), seed + 1):
        made.append((lstem.with_suffix(".pdf"), list_truth("", lspec)))
    lstem.with_name(lstem.name + "_rl.pdf").unlink()

    text, ttruth = twocol_text(rng)
    tpath = folder / f"twocol_{seed}.txt"
    tpath.write_text(text, encoding="utf-8")
    made.append((tpath, ttruth))

    nstem = folder / f"kpinarrative_{seed}"
    nblocks = kpi_narrative(rng)
    write_txt(nblocks, nstem.with_suffix(".txt"))
    write_docx(nblocks, nstem.with_suffix(".docx"))
    made += [(nstem.with_suffix(".txt"), {"doc": "", "actions": [], "indicators": []}),
             (nstem.with_suffix(".docx"), {"doc": "", "actions": [], "indicators": []})]

    for path, t in made:
        write_truth(path, t)
    return [p for p, _ in made]


def main(folder: Path, seeds: list[int], scans: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for p in make_seed(folder, seed, scans)]


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    target = Path(sys.argv[1])
    seeds = [int(s) for s in sys.argv[2:]] or [1, 2, 3]
    for p in main(target, seeds):
        print(p)
