"""School plans dated by the school year, not the calendar (issue 14: plans as schools write them).

Run from the repo root: python -m samples.make_term_plans FOLDER [SEED ...]. Each seed writes, as Word
(.docx) and a reportlab PDF (_rl.pdf), with NAME.truth.json beside each:

- termsdp: a school development plan whose title states its academic year ('School Development
  Plan 2024-25') and whose actions sit under 'Priority N: …' banner rows over 'Key actions | Lead |
  Timescale | Success criteria | Aut 1 | Aut 2 | Spr 1 | Spr 2 | Sum 1 | Sum 2'. The timescale cells
  name terms without a year ('Spring term', 'By Easter', 'Aut 2', 'End of the academic year'), or
  a date with one ('July 2025'), or nothing ('Ongoing'); the half-term columns hold ticks. A term's
  date is its end in the stated year (spring → March 2025); 'Ongoing' has none, so the action is
  due at the end of the last half term it ticks; the success criteria are its measures.
- termmilestones: a subject action plan ('Mathematics and English action plan 2024/25') as
  'Action | Milestones | Due | Lead', the milestones numbered in one cell beside their terms numbered
  alike ('1. Aut 2 2. Spring term 3. Sum 2'): each milestone is due at its term's end.
- termnoyear: the same plan whose title states no academic year ('School Development Plan'): a
  term without a year gives no date (the contract's date rules), and half-term ticks none either.

The sentences are our own; the headings are those English school plans print.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import C, Doc, Grid, Text, write_docx, write_reportlab  # noqa: E402
from samples.seeded import run_generator, write_truth_json  # noqa: E402

HALVES = ["Aut 1", "Aut 2", "Spr 1", "Spr 2", "Sum 1", "Sum 2"]
# (timescale as printed, its due date in 2024-25, half terms ticked)
WHEN = [
    ("Spring term", "2025-03", [2, 3]),
    ("By Easter", "2025-03", [1, 2, 3]),
    ("Aut 2", "2024-12", [1]),
    ("End of the academic year", "2025-07", [3, 4, 5]),
    ("Autumn term – Spring term", "2025-03", [0, 1, 2, 3]),
    ("Summer 1", "2025-05", [4]),
    ("July 2025", "2025-07", [5]),
    ("Ongoing", "2025-07", [0, 2, 4, 5]),  # no date of its own: the last half term it ticks (Sum 2)
]
PRIORITIES = [
    ("Quality of education: reading", [
        ("Train all staff in the new phonics scheme and observe every teacher teaching it.", "English lead",
         "Phonics screening check pass rate at least 85%."),
        ("Audit class reading areas and buy decodable books matched to the scheme.", "Reading lead",
         "Every class library audited; pupils read books matched to their phonics stage."),
        ("Run reading workshops for parents of pupils in Reception and Year 1.", "Headteacher",
         "Two thirds of parents attend at least one workshop."),
    ]),
    ("Behaviour and attitudes", [
        ("Introduce a consistent behaviour routine in every classroom.", "Deputy headteacher",
         "Fewer than ten behaviour incidents logged each half term."),
        ("Set up a pupil wellbeing ambassadors group in Key Stage 2.", "PSHE lead",
         "Pupil survey shows 90% feel safe and listened to."),
    ]),
    ("Attendance", [
        ("Meet each family whose child's attendance falls below 90% within two weeks.", "Attendance officer",
         "Persistent absence below 12% by the end of the year."),
        ("Celebrate class attendance weekly in assembly and on the newsletter.", "Office manager",
         "Whole-school attendance at least 96%."),
    ]),
]


def plan_doc(rng: random.Random, title: str, dated: bool) -> tuple[Doc, dict[str, Any]]:
    head = ["Key actions", "Lead", "Timescale", "Success criteria", *HALVES]
    rows: list[list[C | None]] = [[C(h, bold=True) for h in head]]
    actions: list[dict[str, Any]] = []
    whens = WHEN[:]
    rng.shuffle(whens)
    k = 0
    for n, (priority, items) in enumerate(PRIORITIES, 1):
        rows.append([C(f"Priority {n}: {priority}", span=len(head), bold=True)] + [None] * (len(head) - 1))
        for act, lead, crit in items:
            when, due, ticks = whens[k % len(whens)]
            k += 1
            rows.append([C(act), C(lead), C(when), C(crit)] + [C("✓" if h in ticks else "") for h in range(6)])
            year_printed = bool(re.search(r"\b20\d\d\b", when))
            record: dict[str, Any] = {"area_ref": str(n), "area": priority, "action": act, "lead": lead,
                                      "measure": crit}
            record["due_date"] = due if dated or year_printed else None
            actions.append(record)
    b: list[Any] = [Text(title, "title"),
                    Text("Our priorities for the year, agreed with governors. Leads report progress each "
                         "half term."),
                    Grid(rows, widths=[4, 1.6, 1.6, 3.2, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6], head=1)]
    return Doc(b, landscape=True), {"actions": actions}


MILESTONE_ACTIONS = [
    ("Introduce a new mathematics scheme across Key Stage 2.", "Maths lead",
     [("Staff trained in the scheme", "Aut 2", "2024-12"), ("Scheme taught in every class", "Spring term", "2025-03"),
      ("Impact reviewed with governors", "Sum 2", "2025-07")]),
    ("Improve the quality of written feedback in books.", "Deputy headteacher",
     [("Feedback policy rewritten", "October half term", "2024-10"),
      ("Book looks in every year group", "By Easter", "2025-03")]),
]


def milestone_doc(rng: random.Random, title: str) -> tuple[Doc, dict[str, Any]]:
    """termmilestones: 'Action | Milestones | Due | Lead', the milestones and their terms numbered
    alike in one cell each ('1. … 2. …' beside '1. Aut 2 2. Spring term')."""
    rows: list[list[C | None]] = [[C(h, bold=True) for h in ("Action", "Milestones", "Due", "Lead")]]
    actions: list[dict[str, Any]] = []
    items = MILESTONE_ACTIONS[:]
    rng.shuffle(items)
    for act, lead, steps in items:
        rows.append([C(act), C(" ".join(f"{k}. {m}" for k, (m, _, _) in enumerate(steps, 1))),
                     C(" ".join(f"{k}. {w}" for k, (_, w, _) in enumerate(steps, 1))), C(lead)])
        actions.append({"action": act, "lead": lead,
                        "milestones": [{"milestone": m, "due_date": d} for m, _, d in steps]})
    b: list[Any] = [Text(title, "title"), Grid(rows, widths=[4, 4, 2, 2], head=1)]
    return Doc(b), {"actions": actions}


def make(out: Path, seeds: list[int]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for seed in seeds:
        kinds = {"termsdp": (f"Oakfield Primary School – School Development Plan 2024-25 (issue {seed + 1})", True),
                 "termnoyear": (f"Oakfield Primary School – School Development Plan (issue {seed + 1})", False),
                 "termmilestones": (f"Mathematics and English action plan 2024/25 (issue {seed + 1})", True)}
        for kind, (title, dated) in kinds.items():
            doc, truth = plan_doc(random.Random(f"{kind}{seed}"), title, dated) if kind != "termmilestones" \
                else milestone_doc(random.Random(f"{kind}{seed}"), title)
            base = f"school_{kind}_{seed}"
            for name, write in ((f"{base}.docx", write_docx), (f"{base}_rl.pdf", write_reportlab)):
                write(doc, out / name)
                write_truth_json(out / f"{name}.truth.json", {"doc": name, **truth})
                written.append(out / name)
    return written


if __name__ == "__main__":
    run_generator(make, __doc__, [0])
