"""Plans numbered as an outline, and plans that give each action a card of its own (our own sentences).

Run from the repo root: python -m samples.make_outline_shapes FOLDER [SEED ...]. Each seed writes
one plan per family in every rendering: Word (.docx), tab-separated text (_tabs.txt), a PDF drawn
by reportlab ruled (_rl.pdf) and borderless (_nb.pdf), the ruled PDF as `pdftotext -layout` prints
it (_layout.txt) and the Word file printed by LibreOffice (_lo.pdf), when those tools are
installed; NAME.truth.json beside each (CONTRACT.md truth format). The families:

- outline:  'Priority 1: …' banner rows (or a heading and a table per priority) over
            'Ref | Action and key milestones | Responsible | Due | Status' rows: an action '1.1'
            with its owner and the latest date, no status; beneath it its key milestones '1.1.1',
            '1.1.2' (or '1.1a', '1.1 (i)'), each with a date and a status and no owner. Truth: the
            '1.1' rows are the actions, their children their milestones; an action's status is
            its milestones' combined.
- owned:    the control: the same numbering, but every sub-item has its own owner (and the parent
            no date): the sub-items are actions of their own.
- nested:   the outline as nested numbered lines: '1.1 Title', a 'Lead: …  Target date: …' line,
            then its key milestones '1.1.1 Text – May 2025 – Complete' (Word paragraphs, text, PDF).
- cards:    'Priority 2: …' section headings, each action a small two-column table (Action no.,
            Action, Expected outcome, Lead, Executive lead, Target date, How we will measure
            success, Progress update, Status, RAG as a word or a filled cell), labels worded and
            ordered per plan, sometimes with no borders in Word, sometimes two cards side by side.
"""
from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))

from samples.layout_render import (  # noqa: E402
    C,
    Doc,
    Grid,
    Text,
    layout_text,
    libreoffice_pdfs,
    write_docx,
    write_reportlab,
)
from samples.seeded import run_generator, write_truth_json  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AREAS = ["Help for families at the earliest point", "Children in care and care leavers",
         "Quality of social work practice", "Education, health and care plans",
         "Leadership, governance and partnership working"]
ACTIONS = [
    "Establish a single front door for early help requests",
    "Refresh the multi-agency threshold guidance",
    "Introduce a quality assurance framework for case audits",
    "Recruit and retain experienced social workers",
    "Reduce the number of children placed out of the area",
    "Improve the timeliness of initial health assessments",
    "Strengthen the voice of children in their plans",
    "Develop a joint commissioning strategy with health partners",
    "Embed the new supervision policy across all teams",
    "Publish a revised local offer for families",
]
MILESTONES = [
    "Agree the terms of reference with partners", "Appoint a project manager", "Consult the parent carer forum",
    "Draft the new guidance", "Train all team managers", "Launch the service to the public",
    "Report progress to the improvement board", "Complete the first audit cycle", "Evaluate the pilot",
    "Sign off the revised policy", "Set up a monthly performance report", "Hold a workshop with schools",
    "Review caseloads in each team", "Publish the findings on the website",
]
OWNERS = ["Head of Early Help", "Principal Social Worker", "Head of Safeguarding", "Service Manager, Children in Care",
          "Workforce Development Lead", "Head of Commissioning", "Designated Nurse", "Head of SEND"]
EXECS = ["Director of Children's Services", "Assistant Director, Social Care", "Assistant Director, Education",
         "Chief Nurse"]
STATUS_WORDS = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started",
                "On track": "in_progress", "Delayed": "delayed", "Completed": "complete"}
RAGS = {"Red": "red", "Amber": "amber", "Green": "green"}
FILLS = {"red": "#FF0000", "amber": "#FFC000", "green": "#00B050"}
OUTCOMES = ["Families get the right help the first time they ask.", "Fewer children wait for a plan.",
            "Children say they are listened to.", "Practice is consistently good across teams.",
            "More children live close to home."]
MEASURES = ["Re-referral rate below 20%", "90% of audits graded good or better", "Caseloads under 18 per worker",
            "All assessments within 20 working days", "Feedback from children in every review"]
PROGRESS = ["The working group has met twice and agreed its plan.", "Recruitment is under way; two posts filled.",
            "Guidance drafted and out for consultation.", "No update this quarter.",
            "Pilot running in two teams since the spring."]

# how a child's number extends its parent's: '1.1.1', '1.1a', '1.1 (i)'
CHILD_STYLES = {"dotted": lambda parent, k: f"{parent}.{k}", "letter": lambda parent, k: f"{parent}{'abcdefgh'[k - 1]}",
                "roman": lambda parent, k: f"{parent} ({['i', 'ii', 'iii', 'iv', 'v'][k - 1]})"}
HEADS = [("Ref", "Action and key milestones", "Responsible", "Due", "Status"),
         ("No.", "Actions / sub-actions", "Lead officer", "Target date", "Progress status"),
         ("Ref", "Action and milestones", "Owner", "Timescale", "RAG status")]

CARD_LABELS = {
    "ref": ["Action no.", "Action number", "Ref"],
    "action": ["Action", "What we will do", "Action to be taken"],
    "outcome": ["Expected outcome", "What difference will it make", "Outcome"],
    "lead": ["Lead", "Lead officer", "Operational lead"],
    "responsible": ["Executive lead", "Senior responsible officer", "Accountable director"],
    "due": ["Target date", "By when", "Completion date"],
    "measure": ["How we will measure success", "Success measures", "Measure of success"],
    "progress": ["Progress update", "Progress to date", "Update"],
    "status": ["Status", "Current status"],
    "rag": ["RAG", "RAG rating", "RAG status"],
}


def pick(rng: random.Random, options: list[Any]) -> Any:
    return options[rng.randrange(len(options))]


def _month(rng: random.Random, year: int, month: int, style: str) -> tuple[str, str]:
    """(printed, ISO) of a month in the plan's date style."""
    if style == "day":
        day = 28 if month == 2 else 30
        return f"{day}/{month:02d}/{year}", f"{year}-{month:02d}-{day}"
    if style == "short":
        return f"{MONTHS[month - 1][:3]}-{year % 100:02d}", f"{year}-{month:02d}"
    return f"{MONTHS[month - 1]} {year}", f"{year}-{month:02d}"


def _combined(statuses: list[str]) -> str:
    if len(set(statuses)) == 1:
        return statuses[0]
    return "delayed" if "delayed" in statuses else "in_progress"


class Plan:
    def __init__(self, title: str):
        self.title = title
        self.blocks: list[Any] = [Text(title, "title")]
        self.actions: list[dict[str, Any]] = []
        self.tabbed: list[str] = [title, ""]  # the text a Word-to-text save writes


def _grid(rows: list[list[str]], head: int, widths: list[float], banner: set[int]) -> Grid:
    out: list[list[C | None]] = []
    for r, row in enumerate(rows):
        if r in banner:
            out.append([C(row[0], span=len(row), bold=True, fill="#D9E2F3"), *[None] * (len(row) - 1)])
        else:
            out.append([C(t, bold=r < head) for t in row])
    return Grid(out, widths=widths, head=head)


def outline_family(rng: random.Random, owned: bool) -> Plan:
    plan = Plan(pick(rng, ["Children's Services Improvement Plan 2025-27", "Ofsted Improvement Action Plan",
                           "Post-inspection Improvement Plan"]))
    heads = pick(rng, HEADS)
    rag_status = heads[4].startswith("RAG")
    style = pick(rng, list(CHILD_STYLES))
    date_style = pick(rng, ["long", "short", "day"])
    one_table = rng.random() < 0.5
    rows: list[list[str]] = [list(heads)]
    banners: set[int] = set()
    actions = iter(rng.sample(ACTIONS, 6))
    for a, area in enumerate(rng.sample(AREAS, 2), 1):
        label = f"Priority {a}: {area}"
        if one_table:
            banners.add(len(rows))
            rows.append([label, "", "", "", ""])
        else:
            if a > 1:
                plan.blocks.append(_grid(rows, 1, [0.6, 4, 1.6, 1.2, 1.1], banners))
                plan.tabbed += ["\t".join(r) for r in rows] + [""]
                rows, banners = [list(heads)], set()
            plan.blocks.append(Text(label, "h1"))
            plan.tabbed += [label, ""]
        for n in range(1, rng.randrange(2, 4) + 1):
            ref, title = f"{a}.{n}", next(actions)
            owner = pick(rng, OWNERS)
            kids = rng.sample(MILESTONES, rng.randrange(2, 4))
            month, year = rng.randrange(1, 7), 2025
            children = []
            for k, text in enumerate(kids, 1):
                month += rng.randrange(1, 3)
                shown, iso = _month(rng, year, month, date_style)
                word = pick(rng, list(RAGS) if rag_status else list(STATUS_WORDS))
                kid_owner = pick(rng, OWNERS) if owned else ""
                children.append((CHILD_STYLES[style](ref, k), text, kid_owner, shown, iso, word))
            last_shown, last_iso = children[-1][3], children[-1][4]
            if owned:
                rows.append([ref, title, owner, "", ""])
                plan.actions.append({"area_ref": str(a), "action": title, "lead": owner, "milestones": []})
                for cref, text, kid_owner, shown, iso, word in children:
                    rows.append([cref, text, kid_owner, shown, word])
                    truth: dict[str, Any] = {"area_ref": str(a), "action": text, "lead": kid_owner, "due_date": iso}
                    truth.update({"rag": RAGS[word]} if rag_status else {"status": STATUS_WORDS[word]})
                    plan.actions.append(truth)
                continue
            rows.append([ref, title, owner, last_shown, ""])
            truth = {"area_ref": str(a), "area": area, "action": title, "lead": owner, "due_date": last_iso,
                     "milestones": []}
            if not rag_status:
                truth["status"] = _combined([STATUS_WORDS[c[5]] for c in children])
            for cref, text, _, shown, iso, word in children:
                rows.append([cref, text, "", shown, word])
                m: dict[str, Any] = {"milestone": text, "due_date": iso}
                if not rag_status:
                    m["status"] = STATUS_WORDS[word]
                truth["milestones"].append(m)
            plan.actions.append(truth)
    plan.blocks.append(_grid(rows, 1, [0.6, 4, 1.6, 1.2, 1.1], banners))
    plan.tabbed += ["\t".join(r) for r in rows] + [""]
    return plan


def cards_family(rng: random.Random) -> Plan:
    plan = Plan(pick(rng, ["Improvement Plan: Action Cards", "SEND Partnership Action Plan 2025",
                           "Youth Justice Improvement Plan"]))
    order = ["ref", "action", "outcome", "lead", "responsible", "due", "measure", "progress", "status", "rag"]
    if rng.random() < 0.5:  # plans order their cards' labels their own way
        order = ["ref", "action", "lead", "responsible", "due", "outcome", "measure", "status", "rag", "progress"]
    labels = {f: pick(rng, CARD_LABELS[f]) for f in order}
    fill_rag = rng.random() < 0.4
    ruled = rng.random() < 0.7
    date_style = pick(rng, ["long", "short", "day"])
    side_by_side = rng.random() < 0.3  # two cards a row, as a landscape page sets them
    actions = iter(rng.sample(ACTIONS, 6))
    for a, area in enumerate(rng.sample(AREAS, 2), 1):
        heading = f"Priority {a}: {area}"
        plan.blocks.append(Text(heading, "h1"))
        plan.tabbed += [heading, ""]
        cards: list[list[list[C | None]]] = []
        for n in range(1, rng.randrange(2, 4) + 1):
            shown, iso = _month(rng, 2025, rng.randrange(1, 13), date_style)
            status, rag = pick(rng, ["In progress", "Not started", "Complete", "Delayed"]), pick(rng, list(RAGS))
            values = {"ref": f"{a}.{n}", "action": next(actions), "outcome": pick(rng, OUTCOMES),
                      "lead": pick(rng, OWNERS), "responsible": pick(rng, EXECS), "due": shown,
                      "measure": pick(rng, MEASURES), "progress": pick(rng, PROGRESS), "status": status,
                      "rag": rag}
            rows: list[list[C | None]] = []
            for f in order:
                value = C(values[f])
                if f == "rag" and fill_rag:
                    value = C("", fill=FILLS[RAGS[rag]])
                rows.append([C(labels[f], bold=True, fill="#F2F2F2" if ruled else None), value])
            cards.append(rows)
            plan.actions.append({"area_ref": str(a), "area": area, "action": values["action"],
                                 "outcome": values["outcome"], "lead": values["lead"],
                                 "responsible": values["responsible"], "due_date": iso, "measure": values["measure"],
                                 "progress": values["progress"], "status": STATUS_WORDS[status],
                                 "rag": RAGS[rag]})
        _card_blocks(plan, cards, side_by_side, ruled)
    return plan


def _card_blocks(plan: Plan, cards: list[list[list[C | None]]], side_by_side: bool, ruled: bool) -> None:
    """The section's cards as tables: one each, or two side by side in a table of four columns."""
    step = 2 if side_by_side else 1
    for k in range(0, len(cards), step):
        group = cards[k:k + step]
        rows = [[c for card in group for c in card[r]] for r in range(len(group[0]))]
        plan.blocks.append(Grid(rows, widths=[1.6, 4.4] * len(group), head=0, repeat=False, ruled=ruled))
        plan.tabbed += ["\t".join(c.text if c is not None else "" for c in row) for row in rows] + [""]


def nested_family(rng: random.Random) -> Plan:
    """The outline as nested numbered lines (Word paragraphs, a text file): '1.1 Title', its 'Lead: …
    Target date: …' line, then its key milestones '1.1.1 Text – May 2025 – Complete'."""
    plan = Plan(pick(rng, ["Improvement Plan 2025-26", "Partnership Action Plan"]))
    date_style = pick(rng, ["long", "short"])
    dash = pick(rng, [" – ", " - "])
    actions = iter(rng.sample(ACTIONS, 6))
    for a, area in enumerate(rng.sample(AREAS, 2), 1):
        heading = f"Priority {a}: {area}"
        plan.blocks.append(Text(heading, "h1"))
        plan.tabbed += [heading, ""]
        for n in range(1, rng.randrange(2, 4) + 1):
            ref, title, owner = f"{a}.{n}", next(actions), pick(rng, OWNERS)
            month = rng.randrange(1, 6)
            kids = []
            for k, text in enumerate(rng.sample(MILESTONES, rng.randrange(2, 4)), 1):
                month += rng.randrange(1, 3)
                shown, iso = _month(rng, 2025, month, date_style)
                word = pick(rng, list(STATUS_WORDS))
                kids.append((f"{ref}.{k}", text, shown, iso, word))
            lines = [(f"{ref} {title}", "bold"), (f"Lead: {owner}    Target date: {kids[-1][2]}", "body")]
            lines += [(f"{cref} {text}{dash}{shown}{dash}{word}", "body") for cref, text, shown, _, word in kids]
            plan.blocks += [Text(line, style) for line, style in lines]
            plan.tabbed += [line for line, _ in lines] + [""]
            plan.actions.append({"area_ref": str(a), "area": area, "action": title, "lead": owner,
                                 "due_date": kids[-1][3], "status": _combined([STATUS_WORDS[k[4]] for k in kids]),
                                 "milestones": [{"milestone": text, "due_date": iso, "status": STATUS_WORDS[word]}
                                                for _, text, _, iso, word in kids]})
    return plan


FAMILIES = {"outline": lambda rng: outline_family(rng, False), "owned": lambda rng: outline_family(rng, True),
            "cards": cards_family, "nested": nested_family}


def _truth(plan: Plan) -> dict[str, Any]:
    return {"doc": "", "title": plan.title, "actions": [dict(a) for a in plan.actions]}


def _without_fill_rag(plan: Plan) -> bool:
    """A card plan whose RAG is a fill only: text renderings cannot show it."""
    return any(isinstance(b, Grid) and any(c is not None and c.fill in FILLS.values() for r in b.rows for c in r)
               for b in plan.blocks)


def write_family(folder: Path, name: str, seed: int, lo: list[tuple[Path, dict[str, Any]]]) -> list[Path]:
    rng = random.Random(f"outline-{name}-{seed}")
    plan = FAMILIES[name](rng)
    stem = f"outline_{name}_{seed}"
    doc = Doc(blocks=plan.blocks)
    out: list[Path] = []
    docx = folder / f"{stem}.docx"
    write_docx(doc, docx)
    out.append(docx)
    ruled = folder / f"{stem}_rl.pdf"
    write_reportlab(doc, ruled)
    out.append(ruled)
    if any(isinstance(b, Grid) and b.ruled for b in plan.blocks):  # (else the same PDF, byte for byte)
        bare = Doc(blocks=[Grid(b.rows, b.widths, b.head, b.repeat, False, b.font) if isinstance(b, Grid) else b
                           for b in plan.blocks])
        borderless = folder / f"{stem}_nb.pdf"
        write_reportlab(bare, borderless)
        out.append(borderless)
    fill_only = _without_fill_rag(plan)
    tabs = folder / f"{stem}_tabs.txt"
    tabs.write_text("\n".join(plan.tabbed), encoding="utf-8")
    text_files = [tabs]
    layout = folder / f"{stem}_layout.txt"
    if layout_text(ruled, layout):
        text_files.append(layout)
    truth = _truth(plan)
    for path in out:
        _write_truth(path, truth)
    for path in text_files:
        _write_truth(path, _text_truth(truth) if fill_only else truth)
    lo.append((docx, truth))
    return out + text_files


def _text_truth(truth: dict[str, Any]) -> dict[str, Any]:
    """In text a RAG shown only by a cell's fill is not there: the truth says nothing of it."""
    return {**truth, "actions": [{k: v for k, v in a.items() if k != "rag"} for a in truth["actions"]]}


def _write_truth(path: Path, truth: dict[str, Any]) -> None:
    write_truth_json(path.with_name(path.name + ".truth.json"), {**truth, "doc": path.name})


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    lo: list[tuple[Path, dict[str, Any]]] = []
    made = [p for seed in seeds for name in FAMILIES for p in write_family(folder, name, seed, lo)]
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in libreoffice_pdfs([d for d, _ in lo], Path(tmp)):
            target = folder / f"{pdf.stem}_lo.pdf"
            target.write_bytes(pdf.read_bytes())
            _write_truth(target, next(t for d, t in lo if d.stem == pdf.stem))
            made.append(target)
    return made


if __name__ == "__main__":
    run_generator(main, __doc__, [1, 2, 3], "outline_shapes")
