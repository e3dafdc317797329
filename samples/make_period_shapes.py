"""Plans drawn wide with a column per period (timelines, progress grids), and two tables by month
that are not plans, with truth (issue: wide period tables).

Run from the repo root: python samples/make_period_shapes.py FOLDER [SEED ...]. Each seed writes one
document per family in Word (.docx), Excel (.xlsx), PDF drawn by reportlab ruled (_rl.pdf) and
borderless (_bl.pdf), and the text `pdftotext -layout` prints from the ruled PDF (.txt, where the
family's marks are text: fills do not print as text). NAME.truth.json beside each. Wordings are
drawn per seed from pools written as plans word them.

Families:
- months: 'Action | Lead | [Due] | Apr | May | … | Mar' under a title naming the financial year;
  the months an action runs marked 'X', '✓' or '●', or shaded (Word, Excel and PDF fills). With no
  due column the action is due at the end of its last marked month (year from the title).
- quarters: the same with 'Q1 … Q4' or '2025/26 Q1 …' headings.
- terms: a school's plan with 'Autumn 1 … Summer 2' columns ticked, under an academic year title.
- ratings: 'Action | Lead | Deadline | Q1 | Q2 | Q3 | Q4' holding RAG words, letters or RAG fills,
  the later quarters blank: a rating per quarter labelled by its heading, the action's RAG the latest.
- updates: 'Action | Lead | Jun | Sep | Dec | Mar' holding short updates: the latest is the progress.
- budget (not a plan): 'Budget line | Apr | … | Mar | Total' holding sums of money.
- calendar (not a plan): 'Meeting | Jan | Feb | … | Dec' holding the day numbers of each meeting.
- export: a wide spreadsheet export (.xlsx and .csv only), 20–27 columns: ID, workstream, action,
  owner, sponsor, dates, status, RAG, latest and previous updates, risks, dependencies, a budget
  code, months ticked 'X' and a helper column: the contract fields by heading, the rest kept aside.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import (  # noqa: E402
    C,
    Doc,
    Grid,
    Sheet,
    Text,
    layout_text,
    write_docx,
    write_reportlab,
    write_xlsx,
)
from samples.seeded import run_generator, write_truth_json  # noqa: E402

MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
LONG_MONTHS = ["April", "May", "June", "July", "August", "September", "October", "November", "December",
               "January", "February", "March"]
ACTIONS = [
    ("Open two family hubs in the north of the borough with health visitors on site", "Early Help Manager"),
    ("Train every children's centre worker in the new family assessment tool", "Workforce Development Lead"),
    ("Publish a single early help offer on the council website and keep it current", "Communications Officer"),
    ("Set up a prevention team that visits every household served with a section 21 notice",
     "Homelessness Prevention Manager"),
    ("Audit fifty case files a month and feed the findings back to each team", "Quality Assurance Manager"),
    ("Launch a practice model with shared language across all children's teams", "Principal Social Worker"),
]
SCHOOL_ACTIONS = [
    ("Introduce a phonics programme in every Key Stage 1 class", "English Lead"),
    ("Run termly pupil progress meetings for all disadvantaged pupils", "Deputy Headteacher"),
    ("Train lunchtime staff in the new behaviour policy", "Pastoral Lead"),
    ("Review the Year 6 maths curriculum against the national framework", "Maths Lead"),
    ("Hold a parents' workshop on reading at home each half term", "Family Liaison Officer"),
]
UPDATES = ["Sites agreed; first opening planned.", "Training dates booked for all staff.",
           "Draft reviewed by the board.", "Twelve homes bought so far.", "Team recruited and visiting.",
           "Audits running; themes reported.", "Model agreed; launch events held.", "Caseloads falling."]
MARKS = ["X", "✓", "●", "x"]
BAR_FILLS = ["#4472C4", "#A6A6A6", "#5B9BD5", "#8EA9DB"]
RAG_FILLS = {"red": "#FF0000", "amber": "#FFC000", "green": "#00B050"}
RAG_WORDS = {"Green": "green", "Amber": "amber", "Red": "red", "G": "green", "A": "amber", "R": "red"}
HEAD = {"action": ["Action", "Actions", "What we will do", "Key action"],
        "lead": ["Lead", "Lead officer", "Owner", "Responsible"],
        "due": ["Due", "Deadline", "Target date", "Completion date"]}


def pick(rng: random.Random, options: list[Any]) -> Any:
    return options[rng.randrange(len(options))]


def _head(text: str) -> C:
    return C(text, bold=True, fill="#D9E2F3")


def _span(rng: random.Random, n: int) -> tuple[int, int]:
    start = rng.randrange(n - 1)
    return start, rng.randrange(start, n)


def _iso_month(first_year: int, k: int) -> str:
    """The k-th month (0 = April) of the financial year starting in first_year."""
    month = (k + 3) % 12 + 1
    return f"{first_year + (month < 4):04d}-{month:02d}"


def _timeline(rng: random.Random, labels: list[str], ends: list[str], actions: list[tuple[str, str]],
              title: str, with_due: bool) -> tuple[Doc, dict[str, Any], bool]:
    """A timeline of the given period headings (ends: the ISO end of each); marks or fills."""
    h = {k: pick(rng, v) for k, v in HEAD.items()}
    shaded = rng.random() < 0.5
    mark, bar = pick(rng, MARKS), pick(rng, BAR_FILLS)
    heads = [_head(h["action"]), _head(h["lead"])] + ([_head(h["due"])] if with_due else [])
    grid: list[list[C | None]] = [[*heads, *(_head(label) for label in labels)]]
    truth = []
    for action, lead in actions:
        start, end = _span(rng, len(labels))
        due = ["30/06/2025", "31 December 2025", "March 2026", "Sept 2025"]
        due_printed = pick(rng, due) if with_due else ""
        cells = [C(action), C(lead)] + ([C(due_printed)] if with_due else [])
        cells += [(C("", fill=bar) if shaded else C(mark)) if start <= k <= end else C("") for k in range(len(labels))]
        grid.append(cells)
        record: dict[str, Any] = {"action": action, "lead": lead}
        if with_due:
            record["due_date"] = {"30/06/2025": "2025-06-30", "31 December 2025": "2025-12-31",
                                  "March 2026": "2026-03", "Sept 2025": "2025-09"}[due_printed]
        else:
            record["due_date"] = ends[end]
        truth.append(record)
    widths = [3.2, 1.4] + ([1.0] if with_due else []) + [0.42] * len(labels)
    doc = Doc(blocks=[Text(title, "h1"), Grid(grid, widths=widths)], landscape=True)
    return doc, {"title": title, "actions": truth}, shaded


def months(rng: random.Random) -> tuple[Doc, dict[str, Any], bool]:
    labels = pick(rng, [MONTHS, LONG_MONTHS, [f"{m}-{25 + (k > 8)}" for k, m in enumerate(MONTHS)]])
    title = pick(rng, ["Early Help Delivery Plan 2025/26", "Corporate Improvement Plan 2025-26",
                       "Housing Service Action Plan 2025/2026"])
    return _timeline(rng, labels, [_iso_month(2025, k) for k in range(12)], ACTIONS[:4 + rng.randrange(3)],
                     title, rng.random() < 0.3)


def quarters(rng: random.Random) -> tuple[Doc, dict[str, Any], bool]:
    labels = pick(rng, [["Q1", "Q2", "Q3", "Q4"], ["Qtr 1", "Qtr 2", "Qtr 3", "Qtr 4"],
                        [f"2025/26 Q{q}" for q in range(1, 5)], ["Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4"]])
    title = pick(rng, ["Service Delivery Plan 2025/26", "Improvement Plan 2025-26"])
    return _timeline(rng, labels, ["2025-06", "2025-09", "2025-12", "2026-03"], ACTIONS[:5], title, False)


def terms(rng: random.Random) -> tuple[Doc, dict[str, Any], bool]:
    labels = pick(rng, [["Autumn 1", "Autumn 2", "Spring 1", "Spring 2", "Summer 1", "Summer 2"],
                        ["Aut 1", "Aut 2", "Spr 1", "Spr 2", "Sum 1", "Sum 2"]])
    title = pick(rng, ["School Development Plan 2025-26", "School Improvement Plan 2025/26"])
    ends = ["2025-10", "2025-12", "2026-02", "2026-03", "2026-05", "2026-07"]
    return _timeline(rng, labels, ends, SCHOOL_ACTIONS, title, False)


def ratings(rng: random.Random) -> tuple[Doc, dict[str, Any], bool]:
    """Quarterly RAG per action under bare quarter headings, the later quarters blank."""
    h = {k: pick(rng, v) for k, v in HEAD.items()}
    labels = pick(rng, [["Q1", "Q2", "Q3", "Q4"], ["Jun", "Sep", "Dec", "Mar"], ["Qtr 1", "Qtr 2", "Qtr 3", "Qtr 4"]])
    shaded = rng.random() < 0.4
    letters = rng.random() < 0.3
    filled = 2 + rng.randrange(2)
    grid: list[list[C | None]] = [[_head(h["action"]), _head(h["lead"]), _head(h["due"]),
                                   *(_head(q) for q in labels)]]
    truth = []
    for k, (action, lead) in enumerate(ACTIONS[:5]):
        words = [pick(rng, ["Green", "Amber", "Red"]) for _ in range(filled)]
        if k == 0:
            words[-1] = "Amber" if words[0] == "Green" else "Green"  # shaded blocks show two colours at least
        if letters:
            words = [w[0] for w in words]
        cells = [C("", fill=RAG_FILLS[RAG_WORDS[w]]) if shaded else C(w) for w in words]
        grid.append([C(action), C(lead), C("March 2026"), *cells, *(C("") for _ in range(4 - filled))])
        rated = [{"label": q, "rag": RAG_WORDS[w]} for q, w in zip(labels, words, strict=False)]
        truth.append({"action": action, "lead": lead, "due_date": "2026-03", "rag": RAG_WORDS[words[-1]],
                      "ratings": rated})
    title = pick(rng, ["Delivery Plan Tracker 2025/26", "Quarterly Monitoring of the Improvement Plan 2025-26"])
    doc = Doc(blocks=[Text(title, "h1"), Grid(grid, widths=[3.5, 1.5, 1, 0.6, 0.6, 0.6, 0.6])], landscape=True)
    return doc, {"title": title, "actions": truth}, shaded


def updates(rng: random.Random) -> tuple[Doc, dict[str, Any], bool]:
    """Short updates per quarter month: the latest given is the action's progress."""
    h = {k: pick(rng, v) for k, v in HEAD.items()}
    labels = pick(rng, [["Jun", "Sep", "Dec", "Mar"], ["Q1", "Q2", "Q3", "Q4"]])
    filled = 2 + rng.randrange(2)
    grid: list[list[C | None]] = [[_head(h["action"]), _head(h["lead"]), *(_head(q) for q in labels)]]
    truth = []
    for k, (action, lead) in enumerate(ACTIONS[:5]):
        said = [UPDATES[(k + j) % len(UPDATES)] for j in range(filled)]
        grid.append([C(action), C(lead), *(C(t) for t in said), *(C("") for _ in range(4 - filled))])
        truth.append({"action": action, "lead": lead, "progress": said[-1]})
    title = pick(rng, ["Improvement Plan Progress Report 2025/26", "Action Plan Monitoring 2025-26"])
    doc = Doc(blocks=[Text(title, "h1"), Grid(grid, widths=[3, 1.4, 1.6, 1.6, 1.6, 1.6])], landscape=True)
    return doc, {"title": title, "actions": truth}, False


def budget(rng: random.Random) -> tuple[Doc, dict[str, Any], bool]:
    """Not a plan: a budget by month (sums of money under the months)."""
    lines = ["Staffing", "Premises", "Transport", "Supplies and services", "Third party payments", "Income"]
    grid: list[list[C | None]] = [[_head(pick(rng, ["Budget line", "Cost centre", "Expenditure"])),
                                   *(_head(m) for m in MONTHS), _head("Total")]]
    for line in lines:
        figures = [rng.randrange(1000, 90000) for _ in MONTHS]
        grid.append([C(line), *(C(f"{f:,}") for f in figures), C(f"{sum(figures):,}")])
    title = pick(rng, ["Children's Services Revenue Budget 2025/26", "Monthly Budget Monitoring 2025-26"])
    doc = Doc(blocks=[Text(title, "h1"), Grid(grid, widths=[2.2] + [0.7] * 13)], landscape=True)
    return doc, {"title": title, "actions": []}, False


def calendar(rng: random.Random) -> tuple[Doc, dict[str, Any], bool]:
    """Not a plan: a calendar of meetings (the day of each month each meets)."""
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    meetings = ["Cabinet", "Full Council", "Scrutiny Committee", "Audit Committee", "Health and Wellbeing Board"]
    grid: list[list[C | None]] = [[_head(pick(rng, ["Meeting", "Committee", "Body"])), *(_head(m) for m in months)]]
    for meeting in meetings:
        grid.append([C(meeting), *(C(str(rng.randrange(1, 29)) if rng.random() < 0.7 else "") for _ in months)])
    title = pick(rng, ["Calendar of Meetings 2026", "Committee Meeting Dates 2026"])
    doc = Doc(blocks=[Text(title, "h1"), Grid(grid, widths=[2.2] + [0.6] * 12)], landscape=True)
    return doc, {"title": title, "actions": []}, False


EXPORT_HEADS = ["ID", "Workstream", "{action}", "{lead}", "Sponsor", "Start date", "{due}", "Status", "RAG",
                "Latest update", "Previous update", "Risks", "Dependencies", "Budget code"]


def export(rng: random.Random) -> tuple[Doc, dict[str, Any], bool]:
    """A wide spreadsheet export: IDs, owners, dates, status and several comment columns, then the
    months ticked and a helper column of formulas' results; the contract fields by heading meaning,
    the rest kept aside."""
    h = {k: pick(rng, v) for k, v in HEAD.items()}
    months = MONTHS[:6 + rng.randrange(7)]
    heads = [head.format(**h) for head in EXPORT_HEADS] + months + ["Helper"]
    grid: list[list[C | None]] = [[_head(text) for text in heads]]
    statuses = [("In progress", "in_progress", "Amber", "amber"), ("Complete", "complete", "Green", "green"),
                ("Not started", "not_started", "Red", "red"), ("On track", "in_progress", "Green", "green")]
    truth = []
    for k, (action, lead) in enumerate(ACTIONS[:4 + rng.randrange(3)], 1):
        status, status_id, rag, rag_id = pick(rng, statuses)
        day = pick(rng, [("30/09/2025", "2025-09-30"), ("31/12/2025", "2025-12-31"), ("31/03/2026", "2026-03-31")])
        start, end = _span(rng, len(months))
        update = UPDATES[k % len(UPDATES)]
        grid.append([C(f"EH-{k:03d}"), C("Early help"), C(action), C(lead), C("Director of Children's Services"),
                     C("01/04/2025"), C(day[0]), C(status), C(rag), C(update), C(UPDATES[(k + 3) % len(UPDATES)]),
                     C(pick(rng, ["Staffing", "Funding", "None"])), C(pick(rng, ["Estates", "IT", ""])), C(f"CC{k}00"),
                     *(C("X") if start <= m <= end else C("") for m in range(len(months))), C(str(end - start + 1))])
        truth.append({"action": action, "lead": lead, "due_date": day[1], "status": status_id, "rag": rag_id,
                      "progress": update})
    title = pick(rng, ["Early Help Programme Tracker 2025/26", "Transformation Programme Action Log 2025-26"])
    return Doc(blocks=[Text(title, "h1"), Grid(grid)]), {"title": title, "actions": truth}, False


FAMILIES = {"months": months, "quarters": quarters, "terms": terms, "ratings": ratings, "updates": updates,
            "budget": budget, "calendar": calendar, "export": export}
EXPORTS = ("export",)  # spreadsheets only: written as .xlsx and .csv
NOT_PLANS = ("budget", "calendar")


def _borderless(doc: Doc) -> Doc:
    return Doc(blocks=[Grid(b.rows, b.widths, b.head, b.repeat, False, b.font) if isinstance(b, Grid) else b
                       for b in doc.blocks], landscape=doc.landscape)


def _sheet(doc: Doc) -> Doc:
    title = [b.text for b in doc.blocks if isinstance(b, Text)]
    grid = next(b for b in doc.blocks if isinstance(b, Grid))
    return Doc(sheets=[Sheet("Plan", title=title, grid=grid)])


def write_family(folder: Path, name: str, seed: int) -> list[Path]:
    rng = random.Random(f"{name}-{seed}")
    doc, truth, shaded = FAMILIES[name](rng)
    stem = f"periods_{name}_{seed}"
    out = []
    if name in EXPORTS:
        out = [folder / f"{stem}.xlsx", folder / f"{stem}.csv"]
        write_xlsx(_sheet(doc), out[0])
        _write_csv(doc, out[1])
        shaded = True  # no text rendering
    else:
        out = _renderings(folder, stem, doc)
    text = folder / f"{stem}.txt"
    if not shaded and layout_text(folder / f"{stem}_rl.pdf", text):
        out.append(text)  # fills print no text: a shaded block has no text rendering
    for path in out:
        # a CSV export prints no title: its truth names none
        own = {k: v for k, v in truth.items() if not (k == "title" and path.suffix == ".csv")}
        write_truth_json(path.with_name(path.name + ".truth.json"), {"doc": path.name, **own})
    return out


def _write_csv(doc: Doc, path: Path) -> None:
    """The grid as an export writes it: the heading row first, no title above."""
    import csv
    grid = next(b for b in doc.blocks if isinstance(b, Grid))
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        for row in grid.rows:
            writer.writerow([c.text if c is not None else "" for c in row])


def _renderings(folder: Path, stem: str, doc: Doc) -> list[Path]:
    out = []
    for path, writer, shown in ((folder / f"{stem}.docx", write_docx, doc),
                                (folder / f"{stem}.xlsx", write_xlsx, _sheet(doc)),
                                (folder / f"{stem}_rl.pdf", write_reportlab, doc),
                                (folder / f"{stem}_bl.pdf", write_reportlab, _borderless(doc))):
        writer(shown, path)
        out.append(path)
    return out


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for name in FAMILIES for p in write_family(folder, name, seed)]


if __name__ == "__main__":
    run_generator(main, __doc__, [0, 1, 2], "period_shapes")
