"""Plans whose headings are stacked over two rows, or missing, with truth (issue: header shapes).

Run from the repo root: python samples/make_header_shapes.py FOLDER [SEED ...]. Each seed writes one
plan per family in Word (.docx), PDF drawn by reportlab (_rl.pdf) and the text `pdftotext -layout`
prints from that PDF (.txt), NAME.truth.json beside each. Wordings are drawn per seed from pools
written as plans word them, not from planx's vocabulary.

Families:
- stacked: a group heading over sub-headings ('Timescale' over 'Start | End', 'Responsibility' over
  'Lead | Support', 'Progress' over 'Update | RAG'); the single headings merged down over both rows.
  The due date is the end of the timescale, the lead the 'Lead' sub-column.
- quarters: 'RAG rating' over 'Q1 | Q2 | Q3 | Q4' (or month names), later quarters not yet filled:
  the action's RAG is the latest rating given, each rating a row of ratings.
- unlabelled: a first column with no heading holding the area, merged down over its actions (Word) or
  printed once at the top of its group (PDF, text), with a lead for each area printed above the table
  ('Lead for this priority: …') or in the area's cell.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import Break, C, Doc, Grid, Text, layout_text, write_docx, write_reportlab  # noqa: E402
from samples.seeded import run_generator, write_truth_json  # noqa: E402

RAGS = {"Green": "green", "Amber": "amber", "Red": "red", "G": "green", "A": "amber", "R": "red"}
# (printed, what it commits to)
STARTS = [("April 2025", "2025-04"), ("May 2025", "2025-05"), ("01/04/2025", "2025-04-01"), ("Jun-25", "2025-06")]
ENDS = [("March 2026", "2026-03"), ("31/12/2025", "2025-12-31"), ("Sep-25", "2025-09"), ("January 2026", "2026-01"),
        ("30 November 2025", "2025-11-30"), ("Feb 2026", "2026-02")]
AREAS = [
    ("Strengthen early help for families", "Jo Whitfield, Head of Early Help", [
        ("Open two family hubs in the north of the borough with health visitors on site",
         "Early Help Manager", "Public Health Commissioner"),
        ("Train every children's centre worker in the new family assessment tool",
         "Workforce Development Lead", "Early Help Practice Leads"),
        ("Publish a single early help offer on the council website and keep it current",
         "Communications Officer", "Family Information Service"),
    ]),
    ("Reduce the use of temporary accommodation", "Sam Okafor, Director of Housing", [
        ("Buy fifty homes for use as council-owned temporary accommodation",
         "Housing Supply Manager", "Property Services"),
        ("Set up a prevention team that visits every household served with a section 21 notice",
         "Homelessness Prevention Manager", "Citizens Advice"),
    ]),
    ("Improve the quality of social work practice", "Priya Desai, Principal Social Worker", [
        ("Audit fifty case files a month and feed the findings back to each team",
         "Quality Assurance Manager", "Team Managers"),
        ("Launch a practice model with shared language across all children's teams",
         "Principal Social Worker", "Learning Academy"),
        ("Reduce caseloads to no more than eighteen children per social worker",
         "Head of Service, Assessment", "HR Business Partner"),
    ]),
]
UPDATES = ["Two sites agreed; the first opens in September.", "Training dates booked for all staff.",
           "Draft reviewed by the board; publication due next month.", "Twelve homes bought so far.",
           "Team recruited and visiting since June.", "Audits running monthly; themes reported to the board.",
           "Model agreed; launch events held in each locality.", "Average caseload now twenty-one."]

HEADS = {
    "ref": ["Ref", "No.", "Ref."],
    "action": ["Action", "Actions", "What we will do", "Key actions"],
    "who": ["Responsibility", "Who is responsible", "Accountability", "Ownership"],
    "lead": ["Lead", "Lead officer", "Lead"],
    "support": ["Support", "Supported by", "Partners"],
    "when": ["Timescale", "Timescales", "Timeframe", "Delivery dates"],
    "start": ["Start", "From", "Start date"],
    "end": ["End", "To", "End date", "Completion"],
    "progress": ["Progress", "Progress update", "Monitoring"],
    "update": ["Update", "Commentary", "Position"],
    "rag": ["RAG", "RAG status", "Rating"],
    "ratings": ["RAG rating", "RAG status", "Quarterly RAG", "BRAG rating"],
    "area_lead": ["Lead for this priority: {}", "Priority lead: {}", "Strategic lead: {}", "Executive sponsor: {}"],
}
QUARTERS = [["Q1", "Q2", "Q3", "Q4"], ["Jun", "Sep", "Dec", "Mar"], ["Qtr 1", "Qtr 2", "Qtr 3", "Qtr 4"]]


def pick(rng: random.Random, options: list[Any]) -> Any:
    return options[rng.randrange(len(options))]


def _rows(rng: random.Random) -> list[tuple[int, str, str, tuple[str, str, str]]]:
    """(area number, area, area lead, (action, lead, support)) for two or three areas."""
    areas = AREAS[:2 + (rng.random() < 0.5)]
    return [(n, area, alead, item) for n, (area, alead, items) in enumerate(areas, 1) for item in items]


def _head(text: str, span: int = 1, down: int = 1) -> C:
    return C(text, span=span, down=down, bold=True, fill="#D9E2F3")


def stacked(rng: random.Random) -> tuple[Doc, dict[str, Any], int]:
    """Ref | Action | Responsibility (Lead | Support) | Timescale (Start | End) | Progress (Update | RAG)."""
    h = {k: pick(rng, v) for k, v in HEADS.items()}
    top: list[C | None] = [_head(h["ref"], down=2), _head(h["action"], down=2), _head(h["who"], span=2), None,
                           _head(h["when"], span=2), None, _head(h["progress"], span=2), None]
    sub: list[C | None] = [None, None, _head(h["lead"]), _head(h["support"]), _head(h["start"]), _head(h["end"]),
                           _head(h["update"]), _head(h["rag"])]
    grid: list[list[C | None]] = [top, sub]
    actions = []
    for k, (n, _area, _, (action, lead, support)) in enumerate(_rows(rng)):
        start, end = pick(rng, STARTS), pick(rng, ENDS)
        rag = pick(rng, ["Green", "Amber", "Red"] if rng.random() < 0.7 else ["G", "A", "R"])
        update = UPDATES[k % len(UPDATES)]
        ref = f"{n}.{k + 1}"
        grid.append([C(ref), C(action), C(lead), C(support), C(start[0]), C(end[0]), C(update), C(rag)])
        actions.append({"action": action, "lead": lead, "responsible": support, "due_raw": end[0],
                        "due_date": end[1], "rag": RAGS[rag], "progress": update})
    title = pick(rng, ["Service Improvement Plan 2025-26", "Corporate Delivery Plan 2025/26", "Action Plan 2025-26"])
    doc = Doc(blocks=[Text(title, "h1"), Grid(grid, widths=[0.5, 3, 1.3, 1.3, 0.9, 0.9, 2.2, 0.6], head=2)],
              landscape=True)
    return doc, {"title": title, "actions": actions}, 2


def quarters(rng: random.Random) -> tuple[Doc, dict[str, Any], int]:
    """Action | Lead | Deadline | RAG rating (Q1 | Q2 | Q3 | Q4), the later quarters blank."""
    h = {k: pick(rng, v) for k, v in HEADS.items()}
    qs = pick(rng, QUARTERS)
    filled = 2 + rng.randrange(2)  # quarters rated so far
    group = h["ratings"]
    top: list[C | None] = [_head(h["action"], down=2), _head(h["lead"], down=2),
                           _head(pick(rng, ["Deadline", "Target date", "Due"]), down=2), _head(group, span=4),
                           None, None, None]
    sub: list[C | None] = [None, None, None, *(_head(q) for q in qs)]
    grid: list[list[C | None]] = [top, sub]
    actions = []
    for _, _, _, (action, lead, _) in _rows(rng):
        end = pick(rng, ENDS)
        words = [pick(rng, ["Green", "Amber", "Red"]) for _ in range(filled)]
        grid.append([C(action), C(lead), C(end[0]), *(C(w) for w in words), *(C("") for _ in range(4 - filled))])
        # a RAG column under a group heading is labelled by its own heading (the group is heading_group)
        ratings = [{"label": q, "rag": RAGS[w]} for q, w in zip(qs, words, strict=False)]
        actions.append({"action": action, "lead": lead, "due_date": end[1], "rag": RAGS[words[-1]],
                        "ratings": ratings})
    title = pick(rng, ["Quarterly Monitoring of the Improvement Plan 2025-26", "Delivery Plan Tracker 2025/26"])
    doc = Doc(blocks=[Text(title, "h1"), Grid(grid, widths=[3.5, 1.5, 1, 0.6, 0.6, 0.6, 0.6], head=2)],
              landscape=True)
    return doc, {"title": title, "actions": actions}, 2


def unlabelled(rng: random.Random) -> tuple[Doc, dict[str, Any], int]:
    """| (blank) | Action | Lead | Target date |, the area merged down in the blank-headed column; the
    area's lead on a line above the table, or in the area's cell under its title."""
    h = {k: pick(rng, v) for k, v in HEADS.items()}
    lead_in_cell = rng.random() < 0.5
    lead_form = h["area_lead"]
    rows = _rows(rng)
    grid: list[list[C | None]] = [[_head(""), _head(h["action"]), _head(pick(rng, ["Lead", "Lead officer", "Owner"])),
                                   _head(pick(rng, ["Target date", "By when", "Timescale"]))]]
    actions = []
    blocks: list[Any] = [Text(pick(rng, ["Our Plan for 2025-26", "Council Plan Delivery Actions 2025/26"]), "h1")]
    for n in sorted({r[0] for r in rows}):
        group = [r for r in rows if r[0] == n]
        _, area, alead, _ = group[0]
        for k, (_, _, _, (action, lead, _)) in enumerate(group):
            end = pick(rng, ENDS)
            first: C | None = None
            if k == 0:
                first = C(area + ("\n" + lead_form.format(alead) if lead_in_cell else ""), down=len(group), bold=True)
            grid.append([first, C(action), C(lead), C(end[0])])
            truth = {"area": area, "action": action, "lead": lead, "due_date": end[1]}
            if lead_in_cell:
                truth["area_lead"] = alead
            actions.append(truth)
    blocks.append(Grid(grid, widths=[1.6, 4, 1.6, 1.1], head=1))
    return Doc(blocks=blocks), {"title": blocks[0].text, "actions": actions}, 1


def sections(rng: random.Random) -> tuple[Doc, dict[str, Any], int]:
    """Per area: a heading ('Priority 2: …'), a line naming its lead ('Lead for this priority: …',
    'Executive sponsor: …'), then its table (Action | Owner | Timescale over From | To)."""
    h = {k: pick(rng, v) for k, v in HEADS.items()}
    lead_form = h["area_lead"]
    title = pick(rng, ["Improvement Plan 2025-2026", "Transformation Programme Action Plan 2025/26"])
    blocks: list[Any] = [Text(title, "h1")]
    actions = []
    for n, (area, alead, items) in enumerate(AREAS[:2 + (rng.random() < 0.5)], 1):
        blocks += [Text(f"Priority {n}: {area}", pick(rng, ["h2", "bold"])), Text(lead_form.format(alead))]
        grid: list[list[C | None]] = [
            [_head(h["action"], down=2), _head(pick(rng, ["Owner", "Lead officer"]), down=2), _head(h["when"], span=2),
             None],
            [None, None, _head(h["start"]), _head(h["end"])]]
        for action, lead, _ in items:
            start, end = pick(rng, STARTS), pick(rng, ENDS)
            grid.append([C(action), C(lead), C(start[0]), C(end[0])])
            actions.append({"area_ref": str(n), "area": area, "area_lead": alead, "action": action, "lead": lead,
                            "due_raw": end[0], "due_date": end[1]})
        blocks.append(Grid(grid, widths=[4, 1.8, 1, 1], head=2))
    return Doc(blocks=blocks), {"title": title, "actions": actions}, 2


STATUS_WORDS = {"Complete": "complete", "On track": "in_progress", "Not started": "not_started",
                "Delayed": "delayed", "In progress": "in_progress"}


def weak(rng: random.Random) -> tuple[Doc, dict[str, Any], int]:
    """Headings that say little ('Comments', 'Notes', 'Position', 'Update') over columns whose cells
    say what they hold (dates, RAG words, status words, people), the table going on over a page
    break with no heading row on the second page."""
    h = {k: pick(rng, v) for k, v in HEADS.items()}
    vague = ["Comments", "Notes", "Position", "Update", "Detail", "Information"]
    rng.shuffle(vague)
    heads = [h["action"], pick(rng, ["Lead officer", "Owner", "Lead"]), vague[0], vague[1], vague[2]]
    rows = _rows(rng)
    cut = len(rows) // 2 + 1
    actions = []
    body: list[list[C | None]] = []
    for k, (_, _, _, (action, lead, _)) in enumerate(rows):
        end = pick(rng, ENDS)
        rag = pick(rng, ["Green", "Amber", "Red"])
        status = pick(rng, list(STATUS_WORDS))
        body.append([C(action), C(lead), C(end[0]), C(rag), C(status)])
        actions.append({"action": action, "lead": lead, "due_raw": end[0], "due_date": end[1], "rag": RAGS[rag],
                        "status": STATUS_WORDS[status]})
        del k
    title = pick(rng, ["Improvement Plan Update 2025-26", "Action Tracker 2025/26"])
    first = Grid([[_head(t) for t in heads], *body[:cut]], widths=[4, 1.8, 1.2, 0.9, 1.2], head=1, repeat=False)
    second = Grid(body[cut:], widths=[4, 1.8, 1.2, 0.9, 1.2], head=0, repeat=False)
    return Doc(blocks=[Text(title, "h1"), first, Break(), second]), {"title": title, "actions": actions}, 1


FAMILIES = {"stacked": stacked, "quarters": quarters, "unlabelled": unlabelled, "sections": sections, "weak": weak}


def write_family(folder: Path, name: str, seed: int) -> list[Path]:
    rng = random.Random(f"{name}-{seed}")
    doc, truth, _ = FAMILIES[name](rng)
    out = []
    stem = f"headers_{name}_{seed}"
    for path, writer in ((folder / f"{stem}.docx", write_docx), (folder / f"{stem}_rl.pdf", write_reportlab)):
        writer(doc, path)
        out.append(path)
    text = folder / f"{stem}.txt"
    if layout_text(folder / f"{stem}_rl.pdf", text):
        out.append(text)
    for path in out:
        write_truth_json(path.with_name(path.name + ".truth.json"), {"doc": path.name, **truth})
    return out


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for name in FAMILIES for p in write_family(folder, name, seed)]


if __name__ == "__main__":
    run_generator(main, __doc__, [0, 1, 2], "header_shapes")
