"""Plans written as text: Markdown tables, narrative sections and numbered action blocks, with truth.

Run from the repo root: python samples/make_text_shapes.py FOLDER [SEED ...]. Each seed writes:

- mdtable_SEED (.md, or .txt on odd seeds: Markdown saved as text): a heading per priority ('## Priority
  2: …', '## 2. …', a line underlined with '---') over a pipe table (Ref | Action | Lead | Due | Status,
  headings worded per seed); cells carry inline HTML: '<br>' between lines of a progress note, a list
  ('<ul><li>…'), and dates and statuses a revision replaced struck through beside the new one
  ('<s>31/03/2025</s> 30/06/2025', '<del>…</del>', '~~…~~').
- narrative_SEED (.md or .txt): prose sections, a heading each, a paragraph of context, then the
  section's actions as 'Action:' paragraphs (a lead and date in brackets when stated), or as a list
  under 'Actions:' / 'We will:'.
- blocks_SEED (.md or .txt): an action per numbered heading ('Action 1.1 Train settings', '### Action
  2.3 – …') over labelled lines ('Action: …', 'Lead officer: …', 'Target date: …', 'Status: …'), or
  a review's 'Recommendation 3: …' over 'Response: …' / 'Owner: …' / 'Timescale: …'.
- essay_SEED.md: a strategy written as Markdown prose with headings and bullets, dates in the text
  and no actions marked: no plan, nothing to read.

NAME.truth.json beside each (the truth format of ../shared/CONTRACT.md). The sentences are our own.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_shape_samples import DATES, STATUSES, plan_items  # noqa: E402
from samples.seeded import run_generator, write_truth_json  # noqa: E402

TITLES = ["Children's Services Improvement Plan 2025-26", "SEND Written Statement of Action: Progress Report",
          "Digital Inclusion Action Plan", "Corporate Peer Challenge Action Plan"]
CONTEXT = ["Families told us that they wait too long and do not know who to ask.",
           "The inspection found that the quality of plans varies too much between teams.",
           "We want every young person to leave school with a clear next step.",
           "Partners agreed these steps at the board in September."]
TABLE_HEADS = [("Ref", "Action", "Lead", "Target date", "Status"),
               ("No.", "What we will do", "Responsible officer", "By when", "Progress status"),
               ("ID", "Action", "Owner", "Deadline", "Current status")]
PROGRESS = ["Draft agreed with partners<br>Consultation closes in May", "Two of three sessions held",
            "Started in January<br/>Recruitment under way", "<ul><li>Scoping done</li><li>Pilot next term</li></ul>"]
# an earlier date that a revision replaced, struck through the ways text plans write it
STRIKES = ["<s>{old}</s> {new}", "<del>{old}</del> {new}", "~~{old}~~ {new}", "<strike>{old}</strike><br>{new}"]
OLD_DATES = ["31/12/2024", "Jan 2025", "30/09/2024", "Q1 2025/26"]
HEADINGS = ["## Priority {p}: {t}", "## {p}. {t}", "{p}. {t}\n---", "### Theme {p} – {t}"]


def _dated(rng: random.Random, items: list[dict[str, Any]]) -> None:
    """Give each item a due date that commits to a day or month (not 'Ongoing')."""
    for item in items:
        while DATES[item["due"]] is None:
            item["due"] = rng.choice(list(DATES))


def _write(folder: Path, name: str, text: str, truth: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    truth["doc"] = name
    write_truth_json((folder / f"{name}.truth.json"), truth)
    return path


def _heading(rng_choice: str, p: int, title: str) -> str:
    return rng_choice.format(p=p, t=title)


# ---- Markdown tables ---------------------------------------------------------------------------------

def mdtable(rng: random.Random, seed: int, folder: Path) -> Path:
    plan = plan_items(rng, rng.randint(2, 3), (2, 4))
    heads = rng.choice(TABLE_HEADS)
    heading = rng.choice(HEADINGS)
    lines = [f"# {rng.choice(TITLES)}", "", rng.choice(CONTEXT), ""]
    actions = []
    for p, (title, items) in enumerate(plan, 1):
        _dated(rng, items)
        lines += [_heading(heading, p, title), "", "| " + " | ".join(heads) + " | Update |",
                  "|" + "|".join(["---"] * (len(heads) + 1)) + "|"]
        for n, item in enumerate(items, 1):
            due, status = item["due"], item["status"]
            if rng.random() < 0.5:
                due = rng.choice(STRIKES).format(old=rng.choice(OLD_DATES), new=due)
            if rng.random() < 0.3:
                status = rng.choice(STRIKES).format(old="Not started", new=status)
            lines.append(f"| {p}.{n} | {item['action']} | {item['lead']} | {due} | {status} | "
                         f"{rng.choice(PROGRESS)} |")
            actions.append({"area_ref": str(p), "area": title, "ref": f"{p}.{n}", "action": item["action"],
                            "lead": item["lead"], "due_date": DATES[item["due"]],
                            "status": STATUSES[item["status"]]})
        lines.append("")
    suffix = ".txt" if seed % 2 else ".md"
    return _write(folder, f"mdtable_{seed}{suffix}", "\n".join(lines), {"actions": actions})


# ---- narrative sections --------------------------------------------------------------------------------

def narrative(rng: random.Random, seed: int, folder: Path) -> Path:
    plan = plan_items(rng, rng.randint(2, 3), (2, 4))
    style = rng.choice(["action", "list", "wewill"])
    lines = [f"# {rng.choice(TITLES)}", "", "## Introduction", "", " ".join(rng.sample(CONTEXT, 2)), ""]
    actions = []
    for p, (title, items) in enumerate(plan, 1):
        _dated(rng, items)
        lines += [f"## {p}. {title}", "", rng.choice(CONTEXT), ""]
        if style != "action":
            lines += ["Actions:" if style == "list" else "We will:", ""]
        for item in items:
            stated = rng.random() < 0.6
            note = f" (Lead: {item['lead']}, by {item['due']})" if stated else ""
            text = item["action"] + note
            lines += [f"Action: {text}.", ""] if style == "action" else [f"- {text}"]
            truth: dict[str, Any] = {"area_ref": str(p), "area": title, "action": item["action"]}
            if stated:
                truth.update(lead=item["lead"], due_date=DATES[item["due"]])
            actions.append(truth)
        lines.append("")
    suffix = ".txt" if seed % 2 else ".md"
    return _write(folder, f"narrative_{seed}{suffix}", "\n".join(lines), {"actions": actions})


# ---- numbered action blocks ------------------------------------------------------------------------------

BLOCK_LABELS = {"action": ["Action", "What we will do"], "lead": ["Lead officer", "Owner", "Responsible"],
                "due": ["Target date", "Deadline", "Timescale"], "status": ["Status", "Current status"]}
BLOCK_HEADS = ["### Action {p}.{n} {t}", "Action {p}.{n} – {t}", "**Action {p}.{n}:** {t}"]
TOPICS = ["Early identification", "Clear information", "Joint working", "Quality of plans", "Waiting times"]


def blocks(rng: random.Random, seed: int, folder: Path) -> Path:
    plan = plan_items(rng, rng.randint(2, 3), (2, 3))
    recommendations = rng.random() < 0.35
    head = rng.choice(BLOCK_HEADS)
    labels = {f: rng.choice(words) for f, words in BLOCK_LABELS.items()}
    lines = [f"# {rng.choice(TITLES)}", ""]
    actions = []
    number = 0
    for p, (title, items) in enumerate(plan, 1):
        _dated(rng, items)
        lines += [f"## Priority {p}: {title}", ""]
        for n, item in enumerate(items, 1):
            number += 1
            truth: dict[str, Any] = {"area_ref": str(p), "area": title, "lead": item["lead"],
                                     "due_date": DATES[item["due"]]}
            if recommendations:
                lines += [f"Recommendation {number}: {item['action']}.", "Response: Agreed.",
                          f"Owner: {item['lead']}", f"Timescale: {item['due']}", ""]
                truth.update(ref=str(number), action=item["action"])
            else:
                topic = rng.choice(TOPICS)
                lines += [head.format(p=p, n=n, t=topic), f"{labels['action']}: {item['action']}.",
                          f"{labels['lead']}: {item['lead']}", f"{labels['due']}: {item['due']}",
                          f"{labels['status']}: {item['status']}", ""]
                truth.update(ref=f"{p}.{n}", action=item["action"], status=STATUSES[item["status"]])
            actions.append(truth)
    suffix = ".txt" if seed % 2 else ".md"
    return _write(folder, f"blocks_{seed}{suffix}", "\n".join(lines), {"actions": actions})


# ---- no plan ----------------------------------------------------------------------------------------------

def essay(rng: random.Random, seed: int, folder: Path) -> Path:
    lines = [f"# Our Strategy for Libraries {2024 + seed}-{2029 + seed}", "", "## Where we are now", "",
             "Visits fell by a fifth between 2019 and March 2021 and have since recovered.", "",
             "## What people told us", "",
             "- Opening hours do not suit people who work", "- Study space is hard to find in exam season",
             "- The mobile library is valued in villages", "",
             "## Our ambition", "",
             "By 2030 every resident will live within twenty minutes of a library or a mobile stop. "
             "The council will review progress each year and report to Cabinet in June.", ""]
    rng.shuffle(lines[8:11])
    return _write(folder, f"essay_{seed}.md", "\n".join(lines), {"actions": []})


def make_seed(folder: Path, seed: int) -> list[Path]:
    rng = random.Random(seed)
    return [mdtable(rng, seed, folder), narrative(rng, seed, folder), blocks(rng, seed, folder),
            essay(rng, seed, folder)]


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for p in make_seed(folder, seed)]


if __name__ == "__main__":
    run_generator(main, __doc__, [1, 2, 3, 4, 5, 6])
