"""Capital programme project lists, with truth (issue 14: named items tracked like a plan).

Run from the repo root: python samples/make_project_lists.py FOLDER [SEED ...]. A school estates
or leisure capital programme lists its projects by workstream: each row a project code, the
building and the works (a name, not an instruction: 'New two-storey teaching block at …'), the
site, the value, who manages its delivery, its phase, its RAG and when it is to be finished. No
heading says 'Action'. Each seed writes:

- NAME_estates.docx: a Word heading 'Workstream N – Title' over each workstream's table ('Project
  code | Building and works | Site | Value (£) | Delivery manager | Phase | RAG | Planned finish'),
  project codes of mixed shapes ('PS-014', 'K7', 'EST221') that say nothing of the workstream.
- NAME_leisure.txt: text as a PDF-to-text tool writes it, tabs between cells: a plain numbered
  line ('2. Sports pitches') over each table ('Code | Works package | Location | Cost (£m) | Owner
  | Contract stage | RAG | Forecast completion'); a title line and paragraphs around them.
- NAME_single.xlsx: one sheet, one table ('Ref | Works | Location | Value (£) | Owner | Phase |
  RAG | Handover date') with a row of one cell 'Workstream A – …' over each group of projects.

The phase or stage column ('Design', 'On site', 'Handed over') and the site column change row by
row: they group nothing, the workstream does. NAME.truth.json beside each.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import run_generator, write_seeded  # noqa: E402

WORKSTREAMS = [
    ("Primary schools", ["New two-storey teaching block at Hollins Primary",
                         "Roof replacement and solar panels at Westgate Infants",
                         "Kitchen and dining hall refurbishment at St Anne's",
                         "Additional early years classroom at Brook Lane"]),
    ("Secondary schools", ["Science laboratory upgrade at Castle High",
                           "Sports hall extension with changing rooms at Moorside Academy",
                           "Window and heating replacement at Oakfield School"]),
    ("Special schools", ["Hydrotherapy pool at Riverbank Special School",
                         "Sensory garden and accessible play area at Elm Tree Centre",
                         "Twelve-place resource base at Northway Primary"]),
    ("Leisure and community", ["Replacement 3G pitch at Valley Park",
                               "Changing pavilion rebuild at Station Road recreation ground",
                               "Library and community hub fit-out in the old market hall"]),
]
SITES = ["Hollins", "Westgate", "Town centre", "Moorside", "Castle ward", "Northway", "Valley", "Various"]
PHASES = ["Feasibility", "Design", "Tender", "On site", "Handed over"]
RAGS = [("G", "green"), ("A", "amber"), ("R", "red")]
MANAGERS = ["Capital Projects Team", "Priya Natarajan", "Estates Surveyor", "Owen Whitfield", "Property Services"]
MONTHS = [("Jan 2027", "2027-01"), ("Jul 2026", "2026-07"), ("Mar 2028", "2028-03"), ("Oct 2026", "2026-10"),
          ("Summer 2027", "2027"), ("Apr 2027", "2027-04")]


def _code(rng: random.Random, n: int) -> str:
    return rng.choice([f"PS-0{10 + n}", f"K{n}", f"EST2{20 + n}", f"CP{100 + n}"])


def _projects(rng: random.Random, count: int) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(ref, title, rows) per workstream: each row's printed cells and its truth."""
    out = []
    for k, (title, names) in enumerate(rng.sample(WORKSTREAMS, count), 1):
        rows = []
        for n, name in enumerate(rng.sample(names, min(len(names), rng.randint(2, 3))), 1):
            rag_raw, rag = rng.choice(RAGS)
            due_raw, due = rng.choice(MONTHS)
            rows.append({"code": _code(rng, 10 * k + n), "name": name, "site": rng.choice(SITES),
                         "value": f"{rng.randint(2, 90) * 25_000:,}", "lead": rng.choice(MANAGERS),
                         "phase": rng.choice(PHASES), "rag_raw": rag_raw, "rag": rag, "due_raw": due_raw,
                         "due": due})
        out.append((str(k), title, rows))
    return out


def _truth(ref: str, title: str, row: dict[str, Any]) -> dict[str, Any]:
    return {"area_ref": ref, "area": title, "action": row["name"], "lead": row["lead"], "rag": row["rag"],
            "rag_raw": row["rag_raw"], "due_raw": row["due_raw"], "due_date": row["due"]}


def estates_docx(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from docx import Document

    head = ["Project code", "Building and works", "Site", "Value (£)", "Delivery manager", "Phase", "RAG",
            "Planned finish"]
    doc = Document()
    doc.add_heading("School Estates Capital Programme 2026 to 2028", level=0)
    doc.add_paragraph("The programme below sets out the projects funded from basic need and condition "
                      "allocations. Each workstream reports to the Capital Board every quarter.")
    truth = []
    for ref, title, rows in _projects(rng, 3):
        doc.add_heading(f"Workstream {ref} – {title}", level=2)
        table = doc.add_table(rows=1 + len(rows), cols=len(head))
        table.style = "Table Grid"
        for c, text in enumerate(head):
            table.cell(0, c).text = text
        for r, row in enumerate(rows, 1):
            cells = [row["code"], row["name"], row["site"], row["value"], row["lead"], row["phase"],
                     row["rag_raw"], row["due_raw"]]
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
            truth.append(_truth(ref, title, row))
    doc.add_heading("Governance", level=2)
    doc.add_paragraph("Variations above 10% of a project's value go to the Capital Board for approval.")
    doc.save(path)
    return truth


def leisure_txt(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    head = ["Code", "Works package", "Location", "Cost (£m)", "Owner", "Contract stage", "RAG",
            "Forecast completion"]
    lines = ["Leisure and Schools Capital Delivery Schedule", "",
             "This schedule is updated monthly by the Capital Projects Team.", ""]
    truth = []
    for ref, title, rows in _projects(rng, 4):
        lines += ["", f"{ref}. {title}", "", "\t".join(head)]
        for row in rows:
            lines.append("\t".join([row["code"], row["name"], row["site"], f"{rng.randint(1, 40) / 10:.1f}",
                                    row["lead"], row["phase"], row["rag_raw"], row["due_raw"]]))
            truth.append(_truth(ref, title, row))
    lines += ["", "", "Risks", "", "Inflation on construction costs remains the largest risk to the schedule."]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


def single_xlsx(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Projects"
    ws.append(["Ref", "Works", "Location", "Value (£)", "Owner", "Phase", "RAG", "Handover date"])
    truth = []
    for k, (_, title, rows) in enumerate(_projects(rng, 3)):
        letter = "ABCD"[k]
        ws.append([f"Workstream {letter} – {title}"])
        for row in rows:
            ws.append([row["code"], row["name"], row["site"], row["value"], row["lead"], row["phase"],
                       row["rag_raw"], row["due_raw"]])
            truth.append(_truth(letter, title, row))
    wb.save(path)
    return truth


def main(folder: Path, seeds: list[int]) -> list[Path]:
    return write_seeded(folder, seeds, "project_list", [
        ("estates.docx", estates_docx),
        ("leisure.txt", leisure_txt),
        ("single.xlsx", single_xlsx),
    ])


if __name__ == "__main__":
    run_generator(main, __doc__, [1])
