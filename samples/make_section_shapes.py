"""Plans written as a sequence of headed sections, one per action (our own sentences).

Run from the repo root: python -m samples.make_section_shapes FOLDER [SEED ...]. Each seed writes
one plan per family, as Markdown (struck dates written '~~June 2024~~ September 2024'), Word
(heading styles), PDF drawn by reportlab (heading lines in larger or bold type over ruled tables)
plain text with tab-separated tables (_tabs.txt) and, where pdftotext is installed, the PDF's text
laid out by spaces (_layout.txt); NAME.truth.json beside
each (CONTRACT.md truth format). The families:

- actions:     '### Action 3: Improve …', a description, perhaps 'Lead: …' / 'By when: …' /
               'Status: …' lines, a 'Milestone | Due | Status' table (wordings vary);
- commitments: 'Commitment 2 – Publish …' with no labelled lines, a 'Deliverable | Date' table:
               the action's due date is its latest milestone's;
- numbered:    '2 Early help' area headings over '2.1 Title' sections (noun titles), a
               'Key steps | Timescale | Owner' table, labelled lines in some (or, in Word and PDF,
               a small 'Timescale | …' / 'Status | …' table of their own);
- priorities:  'Priority 1. Improve …' sections, their lead and status on one line;
- grid:        the control: 'Priority 1: Early help' headings over 'Action | Lead | Target date |
               RAG' grids of real actions, which must stay one action per row.

Truth: one action per section (the heading's title, its number the ref, the enclosing heading the
area), the table's rows its milestones; in the grid, each row an action.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))

from samples.layout_render import C, Doc, Grid, Text, layout_text, write_docx, write_reportlab  # noqa: E402
from samples.seeded import run_generator, write_truth_json  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AREAS = ["Timeliness of assessments", "Inclusion in mainstream schools", "Preparing for adulthood",
         "Early help and family support", "Workforce and practice quality"]
ACTIONS = [
    "Improve the timeliness of Education, Health and Care plans",
    "Reduce the backlog of annual reviews",
    "Expand inclusion support in mainstream schools",
    "Strengthen the graduated approach in early years settings",
    "Develop supported internships with local employers",
    "Increase the take-up of early help assessments",
    "Embed a consistent model of supervision",
    "Raise attendance of pupils with social workers",
]
NOUN_TITLES = ["Quality of EHC plans", "Annual review backlog", "Inclusion charter", "Early years SEND support",
               "Supported internships", "Family hubs", "Supervision model", "Attendance of children in need"]
MILESTONES = [
    "Recruit two more caseworkers", "Introduce weekly tracking of plans", "Audit the quality of new plans",
    "Agree a review schedule with schools", "Clear reviews older than twelve months",
    "Launch the inclusion charter", "Train SENCOs in the graduated approach", "Publish the local offer update",
    "Consult the parent carer forum", "Pilot the new panel arrangements", "Report progress to the board",
    "Evaluate the pilot with partners", "Sign off the revised guidance", "Set up the data dashboard",
]
LEADS = ["Head of SEND", "SEND Service Manager", "Principal Educational Psychologist", "Assistant Director, Education",
         "Head of Early Help", "Designated Clinical Officer"]
STATUSES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started",
            "On track": "in_progress", "Delayed": "delayed"}
DESCRIPTIONS = ["We will make sure families get the help they need without waiting.",
                "This builds on the work of the last inspection and the views of parents.",
                "Partners agreed this priority at the SEND board in the spring."]
# (milestone heading, date heading, status heading or '')
TABLE_HEADS = [("Milestone", "Due", "Status"), ("Key milestones", "Target date", "Status"),
               ("Steps", "By when", "Progress status"), ("Milestone / deliverable", "Date", "")]


def pick(rng: random.Random, options: list[Any]) -> Any:
    return options[rng.randrange(len(options))]


def _date(rng: random.Random, year: int, month: int, style: str) -> tuple[str, str]:
    """(printed, ISO) of a month in the style asked."""
    if style == "day":
        return f"{28 if month == 2 else 30}/{month:02d}/{year}", f"{year}-{month:02d}-{28 if month == 2 else 30}"
    if style == "short":
        return f"{MONTHS[month - 1][:3]} {year}", f"{year}-{month:02d}"
    return f"{MONTHS[month - 1]} {year}", f"{year}-{month:02d}"


def _combined(statuses: list[str]) -> str:
    """How an action stands by its milestones: all alike → that, any delayed → delayed, else in progress."""
    if len(set(statuses)) == 1:
        return statuses[0]
    return "delayed" if "delayed" in statuses else "in_progress"


def milestone_rows(rng: random.Random, n: int, struck: bool) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """n milestones with increasing dates and a status each; ([truth], [date as written in Markdown],
    [date as printed elsewhere]). A struck date is replaced by a later one."""
    style = pick(rng, ["long", "short", "day"])
    texts = rng.sample(MILESTONES, n)
    month, year = rng.randrange(1, 6), 2024
    truth, md, printed = [], [], []
    for k, text in enumerate(texts):
        month += rng.randrange(1, 4)
        if month > 12:
            month, year = month - 12, year + 1
        shown, iso = _date(rng, year, month, style)
        status = pick(rng, list(STATUSES))
        truth.append({"milestone": text, "due_date": iso, "status": STATUSES[status], "_status": status})
        if struck and k == 0:
            old, _ = _date(rng, year if month > 2 else year - 1, month - 2 if month > 2 else month + 10, style)
            md.append(f"~~{old}~~ {shown}")
        else:
            md.append(shown)
        printed.append(shown)
    return truth, md, printed


class Plan:
    """A plan as blocks for every renderer: ('h1'|'h2'|'bold'|'big'|'body', text) or ('table', rows)."""

    def __init__(self, title: str):
        self.title = title
        self.blocks: list[tuple[str, Any]] = [("title", title)]
        self.actions: list[dict[str, Any]] = []


def _section_table(rng: random.Random, heads: tuple[str, str, str], rows: list[dict[str, Any]],
                   dates: list[str]) -> list[list[str]]:
    head = [h for h in heads if h]
    body = [[r["milestone"], d] + ([r["_status"]] if heads[2] else []) for r, d in zip(rows, dates, strict=True)]
    return [head, *body]


def _truth_milestones(rows: list[dict[str, Any]], with_status: bool) -> list[dict[str, Any]]:
    return [{"milestone": r["milestone"], "due_date": r["due_date"], **({"status": r["status"]} if with_status else {})}
            for r in rows]


def actions_family(rng: random.Random) -> Plan:
    plan = Plan(pick(rng, ["SEND Improvement Plan 2024-26", "Written Statement of Action: delivery plan"]))
    number = 0
    for a, area in enumerate(rng.sample(AREAS, 2), 1):
        plan.blocks.append(("h1", f"Priority {a}: {area}"))
        for _ in range(2):
            number += 1
            title = ACTIONS[(number * 3 + a) % len(ACTIONS)]
            heads = pick(rng, TABLE_HEADS)
            rows, md, printed = milestone_rows(rng, rng.randrange(2, 5), struck=rng.random() < 0.5)
            plan.blocks.append(("h2", f"Action {number}: {title}"))
            if rng.random() < 0.6:
                plan.blocks.append(("body", pick(rng, DESCRIPTIONS)))
            truth: dict[str, Any] = {"area_ref": str(a), "area": area, "action": title}
            if rng.random() < 0.6:
                lead = pick(rng, LEADS)
                due, due_iso = _date(rng, 2025, rng.randrange(9, 13), "long")
                status = pick(rng, ["In progress", "On track", "Delayed"])
                plan.blocks += [("body", f"Lead: {lead}"), ("body", f"By when: {due}"), ("body", f"Status: {status}")]
                truth.update(lead=lead, due_date=due_iso, status=STATUSES[status])
            else:
                truth["due_date"] = rows[-1]["due_date"]
                if heads[2]:  # no status line: the milestones' statuses say how it stands
                    truth["status"] = _combined([r["status"] for r in rows])
            plan.blocks.append(("table", (_section_table(rng, heads, rows, printed),
                                          _section_table(rng, heads, rows, md))))
            truth["milestones"] = _truth_milestones(rows, bool(heads[2]))
            plan.actions.append(truth)
    return plan


def commitments_family(rng: random.Random) -> Plan:
    plan = Plan("Open Data Action Plan 2025")
    verbs = ["Publish", "Open up", "Improve", "Review"]
    topics = ["the council's spending data", "planning applications as open data", "the quality of the asset register",
              "how we release datasets on request"]
    for n in range(1, 4):
        title = f"{verbs[(n + rng.randrange(4)) % 4]} {topics[(n + 1) % 4]}"
        title = title[0].upper() + title[1:]
        rows, md, printed = milestone_rows(rng, rng.randrange(2, 4), struck=n == 2)
        plan.blocks.append((pick(rng, ["h2", "bold"]), f"Commitment {n} – {title}"))
        plan.blocks.append(("table", ([["Deliverable", "Date"], *[[r["milestone"], d] for r, d in zip(rows, printed,
                                                                                                        strict=True)]],
                                      [["Deliverable", "Date"], *[[r["milestone"], d] for r, d in zip(rows, md,
                                                                                                        strict=True)]])))
        plan.actions.append({"ref": str(n), "action": title, "due_date": rows[-1]["due_date"],
                             "milestones": _truth_milestones(rows, False)})
    return plan


def numbered_family(rng: random.Random) -> Plan:
    plan = Plan("Children's Services Improvement Plan")
    titles = rng.sample(NOUN_TITLES, 4)
    k = 0
    for a, area in enumerate(rng.sample(AREAS, 2), 1):
        plan.blocks.append(("h1", f"{a} {area}"))
        for s in range(1, 3):
            title = titles[k]
            k += 1
            rows, md, printed = milestone_rows(rng, rng.randrange(2, 4), struck=s == 1)
            owner = pick(rng, LEADS)
            plan.blocks.append(("h2", f"{a}.{s} {title}"))
            truth: dict[str, Any] = {"area_ref": str(a), "area": area, "action": title}
            if s == 1:
                status = pick(rng, ["In progress", "Not started"])
                if rng.random() < 0.5:
                    plan.blocks += [("body", f"Timescale: {printed[-1]}"), ("body", f"Status: {status}")]
                else:  # the same fields as a small 'label | value' table, as Word users set them out
                    plan.blocks.append(("kv", [["Timescale", printed[-1]], ["Status", status]]))
                truth.update(status=STATUSES[status])
            truth["due_date"] = rows[-1]["due_date"]
            head = ["Key steps", "Timescale", "Owner"]
            plan.blocks.append(("table", ([head, *[[r["milestone"], d, owner] for r, d in zip(rows, printed,
                                                                                                strict=True)]],
                                          [head, *[[r["milestone"], d, owner] for r, d in zip(rows, md,
                                                                                                strict=True)]])))
            truth["milestones"] = _truth_milestones(rows, False)
            plan.actions.append(truth)
    return plan


def priorities_family(rng: random.Random) -> Plan:
    plan = Plan("Youth Justice Partnership Plan 2025/26")
    for n, title in enumerate(rng.sample(ACTIONS, 3), 1):
        rows, md, printed = milestone_rows(rng, rng.randrange(2, 5), struck=n == 3)
        lead = pick(rng, LEADS)
        status = pick(rng, ["On track", "Delayed", "In progress"])
        plan.blocks += [(pick(rng, ["h2", "big"]), f"Priority {n}. {title}"),
                        ("body", f"Lead officer: {lead}   Status: {status}")]
        head = ["Milestone", "Target date", "Status"]
        plan.blocks.append(("table", ([head, *[[r["milestone"], d, r["_status"]] for r, d in zip(rows, printed,
                                                                                                   strict=True)]],
                                      [head, *[[r["milestone"], d, r["_status"]] for r, d in zip(rows, md,
                                                                                                   strict=True)]])))
        plan.actions.append({"ref": str(n), "action": title, "lead": lead, "status": STATUSES[status],
                             "due_date": rows[-1]["due_date"], "milestones": _truth_milestones(rows, True)})
    return plan


GRID_ACTIONS = [
    ("Review the early help assessment form with schools and partners", "Head of Early Help"),
    ("Deliver training on the threshold document to all front door staff", "MASH Manager"),
    ("Introduce a monthly audit of early help cases closed without a plan", "Quality Assurance Lead"),
    ("Recruit and train a further twelve foster carers for teenagers", "Fostering Manager"),
    ("Publish a new sufficiency strategy for children in care", "Head of Commissioning"),
    ("Put in place regular reviews of high cost placements", "Placements Manager"),
]


def grid_family(rng: random.Random) -> Plan:
    """The control: area headings over grids of real actions, many rows each."""
    plan = Plan("Children's Services Improvement Plan 2025")
    for a, area in enumerate(rng.sample(AREAS, 2), 1):
        plan.blocks.append(("h2", f"Priority {a}: {area}"))
        head = ["Action", "Lead", "Target date", "RAG"]
        rows = []
        for action, lead in rng.sample(GRID_ACTIONS, 3):
            shown, iso = _date(rng, 2025, rng.randrange(1, 13), "long")
            rag = pick(rng, ["Green", "Amber", "Red"])
            rows.append([action, lead, shown, rag])
            plan.actions.append({"area_ref": str(a), "area": area, "action": action, "lead": lead, "due_date": iso,
                                 "rag": rag.lower(), "milestones": []})
        plan.blocks.append(("table", ([head, *rows], [head, *rows])))
    return plan


FAMILIES = {"actions": actions_family, "commitments": commitments_family, "numbered": numbered_family,
            "priorities": priorities_family, "grid": grid_family}


# ---- renderers ----------------------------------------------------------------------------------

def write_markdown(plan: Plan, path: Path) -> None:
    lines: list[str] = []
    marks = {"title": "#", "h1": "##", "h2": "###"}
    for kind, value in plan.blocks:
        if kind == "table":
            rows = value[1]
            lines += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        elif kind == "kv":
            lines += [f"{label}: {text}" for label, text in value]
        elif kind in marks:
            lines.append(f"{marks[kind]} {value}")
        elif kind in ("bold", "big"):
            lines.append(f"**{value}**")
        else:
            lines.append(value)
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_tabbed(plan: Plan, path: Path) -> None:
    """Plain text as a Word-to-text conversion writes it: a line per paragraph, a table's rows a
    line each with tabs between the cells, blank lines between blocks."""
    lines: list[str] = []
    for kind, value in plan.blocks:
        lines += ["\t".join(r) for r in value[0]] if kind == "table" else \
            ["\t".join(r) for r in value] if kind == "kv" else [value]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def as_doc(plan: Plan) -> Doc:
    blocks: list[Any] = []
    for kind, value in plan.blocks:
        if kind == "table":
            rows = value[0]
            grid = [[C(t, bold=r == 0) for t in row] for r, row in enumerate(rows)]
            blocks.append(Grid(grid, widths=[4] + [1.4] * (len(rows[0]) - 1), head=1))  # type: ignore[arg-type]
        elif kind == "kv":
            blocks.append(Grid([[C(label, bold=True), C(text)] for label, text in value],  # type: ignore[misc]
                               widths=[1.5, 4], head=0, repeat=False))
        else:
            blocks.append(Text(value, kind))
    return Doc(blocks=blocks)


def _truth(plan: Plan, name: str) -> dict[str, Any]:
    actions = [{k: v for k, v in a.items()} for a in plan.actions]
    return {"doc": name, "title": plan.title, "actions": actions}


def write_family(folder: Path, name: str, seed: int) -> list[Path]:
    rng = random.Random(f"sections-{name}-{seed}")
    plan = FAMILIES[name](rng)
    stem = f"sections_{name}_{seed}"
    out = [folder / f"{stem}.md", folder / f"{stem}.docx", folder / f"{stem}.pdf", folder / f"{stem}_tabs.txt"]
    write_markdown(plan, out[0])
    write_tabbed(plan, out[3])
    doc = as_doc(plan)
    write_docx(doc, out[1])
    write_reportlab(doc, out[2])
    text = folder / f"{stem}_layout.txt"
    if layout_text(out[2], text):
        out.append(text)
    for path in out:
        write_truth_json(path.with_name(path.name + ".truth.json"), _truth(plan, path.name))
    return out


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for name in FAMILIES for p in write_family(folder, name, seed)]


if __name__ == "__main__":
    run_generator(main, __doc__, [1, 2], "section_shapes")
