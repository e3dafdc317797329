"""Council carbon reduction plans, with truth (issue 15: measures by theme, numbered straight through).

Run from the repo root: python samples/make_carbon_plans.py FOLDER [SEED ...]. A council's climate
emergency plan lists the measures it will take ('Retrofit the civic centre with air source heat
pumps'), under a 'Measure' heading, grouped by theme, each with an owner, a deadline and progress;
scope columns headed 'Scope 1 | 2 | 3' on one row, ticked. Each seed writes:

- NAME_banners.docx: one table; the first theme a numbered banner row merged across it ('Priority
  1: Heat and power'), the later ones unnumbered rows like it ('Fleet and travel'), which are the
  next themes, not parts of the first; the measures numbered 1.1, 1.2 … under the first, then on.
- NAME_running.txt: tab-separated text, a numbered line ('2. Fleet and travel') over each theme's
  table, the measures numbered 1, 2, 3 … straight through the document (4 under theme 2 follows 3).
- NAME_scopes.md: a Markdown table whose heading row prints 'Scope 1 | 2 | 3', a bold row per theme.

NAME.truth.json beside each.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import run_generator, write_seeded  # noqa: E402

THEMES = [
    ("Heat and power", ["Retrofit the civic centre with air source heat pumps",
                        "Install solar panels on the three leisure centre roofs",
                        "Switch the street lighting to LED with part-night dimming"]),
    ("Fleet and travel", ["Replace the refuse fleet with electric vehicles as leases end",
                          "Introduce a salary sacrifice scheme for electric cars",
                          "Publish a staff travel plan with a cycle mileage rate"]),
    ("Waste and resources", ["Introduce weekly food waste collections in every ward",
                             "Remove single-use plastics from council buildings"]),
    ("Land and nature", ["Plant twenty thousand trees on council land by 2030",
                         "Restore the peat moorland at the reservoir catchment"]),
]
OWNERS = ["Head of Estates", "Fleet Manager", "Sustainability Officer", "Director of Place", "Waste Services"]
DEADLINES = [("March 2026", "2026-03"), ("Dec 2026", "2026-12"), ("Sept 2027", "2027-09"), ("June 2027", "2027-06")]
PROGRESS = ["Business case approved by Cabinet.", "Procurement under way; tenders back in May.",
            "Pilot in two wards complete.", "Not started."]


def _plan(rng: random.Random) -> list[tuple[str, list[dict[str, Any]]]]:
    out = []
    for title, measures in rng.sample(THEMES, 3):
        rows = []
        for measure in rng.sample(measures, 2):
            raw, iso = rng.choice(DEADLINES)
            rows.append({"measure": measure, "owner": rng.choice(OWNERS), "due_raw": raw, "due": iso,
                         "progress": rng.choice(PROGRESS), "scope": rng.randint(1, 3)})
        out.append((title, rows))
    return out


def _ticks(row: dict[str, Any]) -> list[str]:
    return ["✓" if row["scope"] == k else "" for k in (1, 2, 3)]


def _truth(ref: str | None, title: str, row: dict[str, Any]) -> dict[str, Any]:
    return {"area_ref": ref, "area": title, "action": row["measure"], "lead": row["owner"],
            "due_raw": row["due_raw"], "due_date": row["due"], "progress": row["progress"]}


def banners_docx(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from docx import Document

    head = ["Ref", "Measure", "Owner", "Deadline", "Progress"]
    plan = _plan(rng)
    doc = Document()
    doc.add_heading("Climate Emergency Action Plan 2026", level=0)
    doc.add_paragraph("The council declared a climate emergency in 2019. This plan sets out the measures for the year.")
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for c, text in enumerate(head):
        table.cell(0, c).text = text
    truth = []
    n = 0
    for k, (title, rows) in enumerate(plan):
        banner = table.add_row().cells
        merged = banner[0].merge(banner[-1])
        merged.text = f"Priority 1: {title}" if k == 0 else title
        for row in rows:
            n += 1
            cells = table.add_row().cells
            for c, text in enumerate([f"1.{n}" if k == 0 else str(n), row["measure"], row["owner"], row["due_raw"],
                                      row["progress"]]):
                cells[c].text = text
            truth.append(_truth("1" if k == 0 else None, title, row))
    doc.save(path)
    return truth


def running_txt(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    head = ["No.", "Measure", "Scope 1", "2", "3", "Owner", "Deadline", "Progress"]
    lines = ["Carbon Reduction Delivery Plan", "", "Progress is reported to the Climate Board each quarter.", ""]
    truth = []
    n = 0
    for k, (title, rows) in enumerate(_plan(rng), 1):
        lines += ["", f"{k}. {title}", "", "\t".join(head)]
        for row in rows:
            n += 1
            lines.append("\t".join([str(n), row["measure"], *_ticks(row), row["owner"], row["due_raw"],
                                    row["progress"]]))
            truth.append(_truth(str(k), title, row))
    lines += ["", "", "Governance", "", "The Climate Board reviews this plan every quarter."]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


def scopes_md(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    head = ["No.", "Measure", "Scope 1", "2", "3", "Owner", "Deadline", "Progress"]
    lines = ["# Net Zero Delivery Plan", "", "## Measures", "", "| " + " | ".join(head) + " |",
             "|" + "---|" * len(head)]
    truth = []
    n = 0
    for title, rows in _plan(rng):
        lines.append(f"| **{title}** |" + " |" * (len(head) - 1))
        for row in rows:
            n += 1
            lines.append("| " + " | ".join([str(n), row["measure"], *_ticks(row), row["owner"], row["due_raw"],
                                            row["progress"]]) + " |")
            truth.append(_truth(None, title, row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


def main(folder: Path, seeds: list[int]) -> list[Path]:
    return write_seeded(folder, seeds, "carbon_plan", [
        ("banners.docx", banners_docx),
        ("running.txt", running_txt),
        ("scopes.md", scopes_md),
    ])


if __name__ == "__main__":
    run_generator(main, __doc__, [1])
