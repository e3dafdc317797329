"""Plans answering a regulator, grouped by regulation or standard, with truth.

Run from the repo root: python samples/make_regulated_plans.py FOLDER [SEED ...]. Each seed writes:

- NAME_inspection.docx: a care service's plan after inspection, one table 'Reg | Finding | Action |
  Who | By when | RAG': the regulation ('Regulation 12: The protection of children standard')
  merged down over its findings' rows, so printed once; the finding beside each action.
- NAME_inspection.txt: the same kind of plan as tab-separated text under 'Requirement | What we
  found | Action | Lead | Deadline | Status', each regulation printed on its first row only, most
  of them over one row: its label and number say it names a group.
- NAME_standards.docx: a landlord's plan by consumer standard, a Word heading 'Standard N: Title'
  over each standard's table 'Ref | Action | Owner | Target date | Status', refs such as 'TS4' or
  'NC-02' that say nothing of the standard's number.

The regulation or standard is the area of every row under it: its number the area_ref, its title the
area ('Regulation 12: The protection of children standard' → '12', 'The protection of children
standard'), as for any numbered banner. NAME.truth.json beside each.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import run_generator, write_seeded  # noqa: E402

REGULATIONS = [
    ("Regulation 12: The protection of children standard",
     [("Risk assessments were not reviewed after incidents.", "Review each child's risk assessment after any incident"),
      ("Staff were unsure of the missing protocol.", "Brief every staff member on the missing from care protocol")]),
    ("Regulation 13: The leadership and management standard",
     [("Supervision was not recorded.", "Record every supervision on the new template"),
      ("Monthly audits were not completed.", "Complete a monthly audit of daily logs and care plans")]),
    ("Regulation 31: Staff training",
     [("Two staff lacked first aid training.", "Book first aid training for all new starters")]),
    ("Regulation 9: The enjoyment and achievement standard",
     [("Education plans were out of date.", "Update each child's personal education plan with the school")]),
]
STANDARDS = [
    ("Safety and Quality Standard", ["Inspect every reported damp case within ten working days",
                                     "Complete fire risk assessments for all blocks over three storeys"]),
    ("Tenancy Standard", ["Review the allocations policy with the tenants' panel",
                          "Visit every new tenant within six weeks of the tenancy starting"]),
    ("Neighbourhood and Community Standard", ["Carry out estate walkabouts with tenants each quarter",
                                              "Publish the anti-social behaviour policy in plain English"]),
    ("Transparency, Influence and Accountability Standard", ["Publish the tenant satisfaction measures each year",
                                                             "Set up a tenant scrutiny panel with its own budget"]),
]
PEOPLE = ["Registered Manager", "Deputy Manager", "Responsible Individual", "Amy Holt", "Head of Housing",
          "Neighbourhoods Manager"]
DATES = [("31/03/2026", "2026-03-31"), ("30/06/2026", "2026-06-30"), ("May 2026", "2026-05"), ("Sept 2026", "2026-09")]
RAGS = [("Green", "green"), ("Amber", "amber"), ("Red", "red")]
STATUSES = [("On track", "in_progress"), ("Complete", "complete"), ("Not started", "not_started")]


def _rows(rng: random.Random) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(reg, items) for reg, items in rng.sample(REGULATIONS, 3)]


def inspection_docx(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from docx import Document

    head = ["Reg", "Finding", "Action", "Who", "By when", "RAG"]
    doc = Document()
    doc.add_heading("Oak Lodge Children's Home: Action Plan after Inspection", level=0)
    groups = _rows(rng)
    table = doc.add_table(rows=1 + sum(len(items) for _, items in groups), cols=len(head))
    table.style = "Table Grid"
    for c, text in enumerate(head):
        table.cell(0, c).text = text
    truth, r = [], 1
    for reg, items in groups:
        first = r
        for finding, action in items:
            who, (due_raw, due) = rng.choice(PEOPLE), rng.choice(DATES)
            rag_raw, rag = rng.choice(RAGS)
            for c, text in enumerate(["", finding, action, who, due_raw, rag_raw]):
                if c:
                    table.cell(r, c).text = text
            truth.append({**_regulation(reg), "action": action, "lead": who, "due_raw": due_raw, "due_date": due,
                          "rag": rag, "rag_raw": rag_raw})
            r += 1
        merged = table.cell(first, 0).merge(table.cell(r - 1, 0)) if r - 1 > first else table.cell(first, 0)
        merged.text = reg
    doc.save(path)
    return truth


def _regulation(reg: str) -> dict[str, str]:
    """'Regulation 12: The protection of children standard' → its number and title."""
    number, title = reg.removeprefix("Regulation ").split(":", 1)
    return {"area_ref": number, "area": title.strip()}


def inspection_txt(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    lines = ["Brook House: Improvement Plan following the Ofsted inspection", "",
             "\t".join(["Requirement", "What we found", "Action", "Lead", "Deadline", "Status"])]
    truth = []
    for reg, items in _rows(rng):
        for k, (finding, action) in enumerate(items):
            who, (due_raw, due) = rng.choice(PEOPLE), rng.choice(DATES)
            st_raw, st = rng.choice(STATUSES)
            lines.append("\t".join([reg if k == 0 else "", finding, action, who, due_raw, st_raw]))
            truth.append({**_regulation(reg), "action": action, "lead": who, "due_raw": due_raw, "due_date": due,
                          "status": st, "status_raw": st_raw})
    lines += ["", "Signed by the Registered Manager."]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


def standards_docx(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from docx import Document

    head = ["Ref", "Action", "Owner", "Target date", "Status"]
    doc = Document()
    doc.add_heading("Riverside Homes: Consumer Standards Action Plan", level=0)
    doc.add_paragraph("This plan answers the regulator's consumer standards. The board reviews it quarterly.")
    truth = []
    for n, (title, actions) in enumerate(rng.sample(STANDARDS, 3), 1):
        doc.add_heading(f"Standard {n}: {title}", level=2)
        table = doc.add_table(rows=1 + len(actions), cols=len(head))
        table.style = "Table Grid"
        for c, text in enumerate(head):
            table.cell(0, c).text = text
        for r, action in enumerate(actions, 1):
            code = rng.choice([f"TS{r + 3}", f"NC-0{r}", f"SQ{10 + r}"])
            who, (due_raw, due) = rng.choice(PEOPLE), rng.choice(DATES)
            st_raw, st = rng.choice(STATUSES)
            for c, text in enumerate([code, action, who, due_raw, st_raw]):
                table.cell(r, c).text = text
            truth.append({"area_ref": str(n), "area": title, "action": action, "lead": who, "due_raw": due_raw,
                          "due_date": due, "status": st, "status_raw": st_raw})
    doc.save(path)
    return truth


def main(folder: Path, seeds: list[int]) -> list[Path]:
    return write_seeded(folder, seeds, "regulated_plan", [
        ("inspection.docx", inspection_docx),
        ("inspection.txt", inspection_txt),
        ("standards.docx", standards_docx),
    ])


if __name__ == "__main__":
    run_generator(main, __doc__, [1])
