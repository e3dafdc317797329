"""Performance reports whose indicator tables say what they are only by their content (issue 14).

Run from the repo root: python samples/make_kpi_cards.py FOLDER [SEED ...]. Each variant (a seed)
writes three documents with NAME.truth.json beside each (the truth format of ../shared/CONTRACT.md):
- kpigrid_SEED.docx: per service a heading, then a grid whose first headings name no indicator
  ('Ref | Description | Last quarter | This quarter | Target | Status', wordings drawn per seed),
  a commentary paragraph after it; a service may have a single indicator;
- kpicards_SEED.docx: one two-column table per indicator, its code and name on the first row, then
  'Service', 'Target', the previous and this quarter's figures, 'Status' (a RAG word, or blank),
  'Notes';
- kpicards_SEED.txt: the same cards as plain text, a 'label: value' line per field.
The indicators, figures and sentences are our own (shaped like district councils' quarterly KPI
reports: percentages, days, counts, dotted decimals such as '3.15' days).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import docx

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import write_truth_json  # noqa: E402

KPIS = [  # (code prefix, service, name, unit)
    ("CS", "Customer Services", "Calls answered within 20 seconds", "%"),
    ("CS", "Customer Services", "Complaints answered within 10 working days", "%"),
    ("WS", "Waste and Recycling", "Household waste sent for reuse, recycling and composting", "%"),
    ("WS", "Waste and Recycling", "Missed bin collections per 100,000 collections", ""),
    ("HR", "People Services", "Working days lost to sickness absence per employee", ""),
    ("RB", "Revenues and Benefits", "Average days to process new benefit claims", ""),
    ("RB", "Revenues and Benefits", "Council tax collected in year", "%"),
    ("PL", "Planning", "Major planning applications decided within 13 weeks", "%"),
]
NAME_HEADINGS = ["Description", "Service measure", "Performance description"]
PREVIOUS = ["Last quarter", "Q1 2024/25", "Previous"]
LATEST = ["This quarter", "Q2 2024/25", "Latest"]
TARGETS = ["Target", "Target 2024/25", "Annual target"]
STATUS = ["Status", "RAG", "RAG status"]
RAGS = ["Green", "Amber", "Red", ""]


def figure(rng: random.Random, unit: str) -> str:
    if unit == "%":
        return f"{rng.uniform(60, 99.9):.1f}%"
    return rng.choice([f"{rng.uniform(1, 9.9):.2f}", str(rng.randint(2, 400))])


def records(rng: random.Random) -> list[dict[str, str]]:
    out = []
    chosen = sorted(rng.sample(range(len(KPIS)), 6))
    for n, k in enumerate(chosen):
        prefix, service, name, unit = KPIS[k]
        out.append({"code": f"{prefix}{n + 1:02d}", "service": service, "name": name, "target": figure(rng, unit),
                    "previous": figure(rng, unit), "latest": figure(rng, unit), "rag": rng.choice(RAGS)})
    return out


def truth_of(name: str, recs: list[dict[str, str]], with_code: bool) -> dict[str, Any]:
    inds = []
    for r in recs:
        ind = {"indicator": f"{r['code']} {r['name']}" if with_code else r["name"], "target": r["target"],
               "value": r["latest"]}
        if r["rag"]:
            ind.update(rag=r["rag"].lower(), rag_raw=r["rag"])
        inds.append(ind)
    return {"doc": name, "actions": [], "indicators": inds}


def write_variant(folder: Path, seed: int) -> list[Path]:
    rng = random.Random(seed)
    recs = records(rng)
    heads = [rng.choice(NAME_HEADINGS), rng.choice(PREVIOUS), rng.choice(LATEST), rng.choice(TARGETS),
             rng.choice(STATUS)]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    # the grid, one per service
    d = docx.Document()
    d.add_heading("Quarterly performance report", 0)
    d.add_paragraph("This report sets out how the council's services performed against their targets.")
    for service in dict.fromkeys(r["service"] for r in recs):
        d.add_heading(service, 2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", heads[0], heads[1], heads[2], heads[3], heads[4]], strict=True):
            c.text = h
        for r in (r for r in recs if r["service"] == service):
            cells = t.add_row().cells
            for c, v in zip(cells, [r["code"], r["name"], r["previous"], r["latest"], r["target"], r["rag"]],
                            strict=True):
                c.text = v
        d.add_paragraph("Commentary: the service reviews these figures with its portfolio holder each month.")
    written.append(_save(folder / f"kpigrid_{seed}.docx", d, truth_of(f"kpigrid_{seed}.docx", recs, False)))
    # one card per indicator
    d = docx.Document()
    d.add_heading("Performance scorecards", 0)
    for r in recs:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in [(r["code"], r["name"]), ("Service", r["service"]), (heads[3], r["target"]),
                     (heads[1], r["previous"]), (heads[2], r["latest"]), (heads[4], r["rag"]),
                     ("Notes", "Figures are provisional until the year end.")]:
            row = t.add_row().cells
            row[0].text, row[1].text = a, b
        d.add_paragraph("")
    written.append(_save(folder / f"kpicards_{seed}.docx", d, truth_of(f"kpicards_{seed}.docx", recs, False)))
    # the cards as text
    lines = ["Performance scorecards", ""]
    for r in recs:
        lines += [f"{r['code']} {r['name']}", f"Service: {r['service']}", f"{heads[3]}: {r['target']}",
                  f"{heads[1]}: {r['previous']}", f"{heads[2]}: {r['latest']}", f"{heads[4]}: {r['rag']}",
                  "Notes: figures are provisional until the year end", ""]
    path = folder / f"kpicards_{seed}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    write_truth_json((folder / f"{path.name}.truth.json"), truth_of(path.name, recs, True))
    written.append(path)
    return written


def _save(path: Path, document: Any, truth: dict[str, Any]) -> Path:
    document.save(path)
    write_truth_json((path.parent / f"{path.name}.truth.json"), truth)
    return path


def main(folder: Path, seeds: list[int]) -> list[Path]:
    return [p for seed in seeds for p in write_variant(folder, seed)]


if __name__ == "__main__":
    print("\n".join(str(p) for p in main(Path(sys.argv[1]), [int(s) for s in sys.argv[2:]] or [0, 1, 2])))
