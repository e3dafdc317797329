"""Plans written as one block of labelled lines or one label/value table per action, with truth.

Run from the repo root: python samples/make_labelform_samples.py FOLDER [SEED ...]. Each seed writes
labelform_SEED in three renderings (.docx, .txt, _rl.pdf) and NAME.truth.json beside each. What a
seed draws:

- the label of each field, from the wordings project plans, action logs and management responses
  use ('Item no.' / 'Ref', 'Task details' / 'Description of activity' / 'What will be done',
  'Assigned to' / 'Action holder' / 'Person accountable', 'Target completion' / 'Expected
  completion date', 'Current position' / 'Update as at March 2026'), and sometimes a label no
  field takes ('Resources', 'Partners involved');
- the shape of a block: one label a line; the reference, owner and date run together on one line
  ('Ref: 4 Owner: J Smith Due date: 30/06/2025') over the action and its update; a Word table
  per action of two columns (label | value) or four (label | value | label | value); or one
  two-column table whose rows start again with the same labels for each action (the .txt
  rendering writes a table's rows as 'Label: value' lines, as Word's plain-text export does);
- a cover of labelled lines above the first block ('Version:', 'Date:', 'Author:', 'Approved
  by:'), which are no action; an update that runs over two paragraphs or bullets.

Also nonplan_labels_SEED (.docx, .txt): a job description and a meeting record written as labelled
lines, the meeting's items recurring ('Item:', 'Discussion:') with no owner, date or progress: no
plan, no action. Sentences are our own.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_shape_samples import DATES, LEADS, PRIORITIES, PROGRESS, STATUSES, pick  # noqa: E402
from samples.seeded import run_generator, write_truth_json  # noqa: E402

LABELS = {
    "ref": ["Ref", "Item no.", "Action no.", "Ref no."],
    "action": ["Description of activity", "What will be done", "Task details", "Action required", "Agreed action"],
    "lead": ["Assigned to", "Action holder", "Person accountable", "Owner", "Lead officer"],
    "due": ["Target completion", "Expected completion date", "Due date", "Deadline", "Target date"],
    "progress": ["Current position", "Update as at March 2026", "Progress update", "Comments"],
    "status": ["Status", "Current status"],
}
OTHER = [("Resources", ["Within existing budget", "Two days of officer time", "£4,000 from the grant"]),
         ("Partners involved", ["Schools and health visitors", "The parent carer forum", "Adult social care"])]
COVER = [("Version", ["1.2", "3.0", "0.9 draft"]), ("Date", ["14 January 2026", "01/02/2026"]),
         ("Author", ["Programme Office", "K. Mensah"]), ("Approved by", ["Senior Leadership Team", "Cabinet"])]
MORE = ["A second review is booked with the partnership board.", "Two schools have asked to join the pilot."]
SHAPES = ["lines", "runon", "table2", "table4", "onetable"]

Block = tuple[str, Any]


def spec_for(seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    labels = {f: pick(rng, options) for f, options in LABELS.items()}
    items = []
    for _, actions in rng.sample(PRIORITIES, 2):
        for action in actions[:rng.randint(2, 3)]:
            items.append({"action": action, "lead": pick(rng, LEADS), "due": pick(rng, [d for d in DATES if DATES[d]]),
                          "progress": pick(rng, PROGRESS), "status": pick(rng, list(STATUSES)),
                          "more": pick(rng, MORE) if rng.random() < 0.4 else "",
                          "other": pick(rng, OTHER[0][1] + OTHER[1][1])})
    return {"seed": seed, "title": pick(rng, ["Service Improvement Project Plan", "Internal Audit: Agreed Actions",
                                              "Team Development Plan 2026", "Action Log: Inclusion Programme"]),
            "labels": labels, "items": items, "shape": SHAPES[seed % len(SHAPES)],
            "status": rng.random() < 0.5, "other": pick(rng, [name for name, _ in OTHER]) if rng.random() < 0.5 else "",
            "cover": rng.sample(COVER, rng.randint(2, 4)), "bullets": rng.random() < 0.5, "rng": rng}


def _pairs(spec: dict[str, Any], n: int, item: dict[str, Any]) -> list[tuple[str, str]]:
    lab = spec["labels"]
    pairs = [(lab["ref"], str(n)), (lab["action"], item["action"]), (lab["lead"], item["lead"]),
             (lab["due"], item["due"])]
    if spec["status"]:
        pairs.append((lab["status"], item["status"]))
    if spec["other"]:
        pairs.append((spec["other"], item["other"]))
    pairs.append((lab["progress"], item["progress"]))
    return pairs


def labelform_blocks(spec: dict[str, Any]) -> list[Block]:
    rng: random.Random = spec["rng"]
    blocks: list[Block] = [("title", spec["title"])]
    blocks += [("para", f"{label}: {rng.choice(values)}") for label, values in spec["cover"]]
    blocks.append(("para", "This log records what we agreed to do and how each action stands."))
    shape = spec["shape"]
    rows: list[list[str]] = []
    for n, item in enumerate(spec["items"], 1):
        pairs = _pairs(spec, n, item)
        if shape == "lines":
            for label, value in pairs:
                blocks.append(("para", f"{label}: {value}"))
            if item["more"]:
                blocks.append(("bullet" if spec["bullets"] else "para", item["more"]))
        elif shape == "runon":
            head = "   ".join(f"{label}: {value}" for label, value in pairs[:1] + pairs[2:4])
            blocks.append(("para", head))
            for label, value in pairs[1:2] + pairs[4:]:
                blocks.append(("para", f"{label}: {value}"))
            if item["more"]:
                blocks.append(("bullet" if spec["bullets"] else "para", item["more"]))
        elif shape == "table2":
            blocks.append(("table", [[label, value] for label, value in pairs]))
        elif shape == "table4":
            grid = [[pairs[0][0], pairs[0][1], pairs[2][0], pairs[2][1]], [pairs[1][0], pairs[1][1], "", ""]]
            rest = pairs[3:]
            for k in range(0, len(rest), 2):
                grid.append([rest[k][0], rest[k][1]] + (list(rest[k + 1]) if k + 1 < len(rest) else ["", ""]))
            blocks.append(("table", grid))
        else:
            rows += [[label, value] for label, value in pairs]
    if shape == "onetable":
        blocks.append(("table", rows))
    blocks.append(("para", "The programme board reviews this log every month."))
    return blocks


def labelform_truth(name: str, spec: dict[str, Any]) -> dict[str, Any]:
    actions = []
    for item in spec["items"]:
        rec: dict[str, Any] = {"action": item["action"], "lead": item["lead"], "due_raw": item["due"],
                               "due_date": DATES[item["due"]]}
        if spec["status"]:
            rec["status"] = STATUSES[item["status"]]
        if spec["shape"] in ("lines", "runon") and item["more"]:
            rec["progress"] = f"{item['progress']} {item['more']}" if not spec["bullets"] \
                else f"{item['progress']}; {item['more']}"
        else:
            rec["progress"] = item["progress"]
        actions.append(rec)
    return {"doc": name, "title": spec["title"], "actions": actions}


def nonplan_blocks(seed: int) -> list[Block]:
    rng = random.Random(seed)
    blocks: list[Block] = [("title", "Job Description"), ("para", "Job title: Family Support Worker"),
                           ("para", f"Grade: {rng.choice(['Band 5', 'Grade 6', 'PO1'])}"),
                           ("para", "Reports to: Team Manager, Early Help"),
                           ("para", "Main purpose of the job: To work with families who need extra help, offering "
                                    "practical support at home and in the community."),
                           ("heading", "Record of the staff forum"), ("para", "Date: 3 February 2026"),
                           ("para", "Present: eleven members of staff and the service manager")]
    topics = [("Parking at the new office", "Staff said the car park fills by nine and asked whether permits "
                                            "could be shared between teams."),
              ("Training calendar", "The calendar for the spring term was shared and members welcomed the new "
                                    "sessions on trauma informed practice."),
              ("Wellbeing survey", "Results were discussed; most staff feel supported by their manager but want "
                                   "more time for reflective supervision.")]
    for n, (item, talk) in enumerate(rng.sample(topics, 3), 1):
        blocks += [("para", f"Item: {n}. {item}"), ("para", f"Discussion: {talk}")]
    return blocks


def write_txt(blocks: list[Block], path: Path) -> None:
    lines: list[str] = []
    for kind, payload in blocks:
        if kind == "table":  # Word's plain-text export: a row's cells one a line, label and value together
            for row in payload:
                for k in range(0, len(row), 2):
                    if row[k]:
                        lines.append(f"{row[k]}: {row[k + 1]}" if k + 1 < len(row) else row[k])
            lines.append("")
        elif kind == "bullet":
            lines.append(f"• {payload}")
        else:
            lines.append(payload)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_docx(blocks: list[Block], path: Path) -> None:
    from docx import Document
    doc = Document()
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "heading":
            doc.add_heading(payload, level=1)
        elif kind == "bullet":
            doc.add_paragraph(payload, style="List Bullet")
        elif kind == "para":
            doc.add_paragraph(payload)
        elif kind == "table":
            table = doc.add_table(rows=len(payload), cols=len(payload[0]))
            table.style = "Table Grid"
            for r, row in enumerate(payload):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if c % 2 == 0:  # the label columns, bold
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    doc.save(str(path))


def write_pdf(blocks: list[Block], path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story: list[Any] = []
    for kind, payload in blocks:
        if kind == "table":
            cols = len(payload[0])
            widths = [100, 395] if cols == 2 else [80, 170, 80, 165]
            grid = [[Paragraph(f"<b>{t}</b>" if c % 2 == 0 else t.replace("&", "&amp;"), body)
                     for c, t in enumerate(row)] for row in payload]
            table = Table(grid, colWidths=widths)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 12)]
            continue
        text = str(payload).replace("&", "&amp;")
        style = {"title": styles["Title"], "heading": styles["Heading2"]}.get(kind, body)
        story.append(Paragraph(text, style, bulletText="•" if kind == "bullet" else None))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for seed in seeds:
        spec = spec_for(seed)
        blocks = labelform_blocks(spec)
        for suffix, writer in ((".docx", write_docx), (".txt", write_txt), ("_rl.pdf", write_pdf)):
            path = folder / f"labelform_{seed}{suffix}"
            writer(blocks, path)
            write_truth_json(folder / f"{path.name}.truth.json", labelform_truth(path.name, spec))
            written.append(path)
        for suffix, writer in ((".docx", write_docx), (".txt", write_txt)):
            path = folder / f"nonplan_labels_{seed}{suffix}"
            writer(nonplan_blocks(seed), path)
            write_truth_json(folder / f"{path.name}.truth.json", {"doc": path.name, "actions": []})
            written.append(path)
    return written


if __name__ == "__main__":
    run_generator(main, __doc__, list(range(1, 11)))
