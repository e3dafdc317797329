"""Transformation programme trackers by strand, with truth (issue 15: one table per strand).

Run from the repo root: python samples/make_strand_trackers.py FOLDER [SEED ...]. An integrated
care or SEND transformation programme tracks its tasks strand by strand: a heading 'Strand N:
Title' and a line naming the strand's senior responsible owner ('SRO: …') over a table of tasks,
each with its steps listed in one cell, the step's name, date and status parted by bars or dashes.
Each seed writes:

- NAME_aligned.txt: text laid out in columns by spaces (as pdftotext -layout writes it), cells
  wrapped over several lines, each step a line of its own in the steps column: 'S1 Draft the
  specification | Oct 2025 | Complete'; the bars part a step's parts inside its cell, never the
  columns.
- NAME_web.html: the same shape as a web page: an h2 per strand, '<p><b>SRO:</b> …</p>', a table
  'Ref | Task | Steps | Owner | Status (RAG)' whose last column holds RAG words ('Red', 'Amber',
  'Green', 'Blue'), steps numbered '1) Draft the specification – Oct 2025 – Complete' a line each.

NAME.truth.json beside each.
"""
from __future__ import annotations

import html
import random
import sys
import textwrap
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import run_generator, write_seeded  # noqa: E402

STRANDS = [
    ("Single point of access", ["Merge the three duty desks into one triage hub with shared rotas",
                                "Publish one referral form for schools, GPs and the police"]),
    ("Preparing for adulthood", ["Start transition planning at year 9 for every young person with an EHCP",
                                 "Agree a joint protocol with adult social care for transfers at 18"]),
    ("Workforce development", ["Deliver trauma-informed practice training to all frontline staff",
                               "Introduce monthly group supervision for family support workers"]),
    ("Performance and data", ["Build a strand dashboard refreshed weekly from the case system",
                              "Audit twenty case files a quarter against the practice standards"]),
]
STEPS = ["Draft the specification", "Consult the parent carer forum", "Board approval", "Go live",
         "Evaluate the first quarter", "Recruit the team"]
MONTHS = [("Oct 2025", "2025-10"), ("Jan 2026", "2026-01"), ("Mar 2026", "2026-03"), ("Jun 2026", "2026-06"),
          ("Sep 2026", "2026-09")]
STATUSES = [("Complete", "complete"), ("In progress", "in_progress"), ("Not started", "not_started"),
            ("Delayed", "delayed")]
RAGS = [("Red", "red"), ("Amber", "amber"), ("Green", "green"), ("Blue", "blue")]
PEOPLE = ["Dr Hannah Cole", "Marcus Webb", "Joy Adeyemi", "Head of Service", "Yusuf Karim", "Emma Lund"]


def _plan(rng: random.Random) -> list[dict[str, Any]]:
    strands = []
    for n, (title, tasks) in enumerate(rng.sample(STRANDS, 3), 1):
        rows = []
        for k, task in enumerate(tasks, 1):
            steps = []
            for step in rng.sample(STEPS, rng.randint(2, 3)):
                raw, iso = rng.choice(MONTHS)
                st_raw, st = rng.choice(STATUSES)
                steps.append({"milestone": step, "due_raw": raw, "due_date": iso, "status": st, "status_raw": st_raw})
            rag_raw, rag = rng.choice(RAGS)
            rows.append({"ref": f"{n}.{k}", "task": task, "steps": steps, "lead": rng.choice(PEOPLE),
                         "rag_raw": rag_raw, "rag": rag})
        strands.append({"ref": str(n), "title": title, "sro": rng.choice(PEOPLE), "rows": rows})
    return strands


def _truth(strands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"area_ref": s["ref"], "area": s["title"], "area_lead": s["sro"], "action": r["task"],
             "lead": r["lead"], "rag": r["rag"], "rag_raw": r["rag_raw"], "milestones": r["steps"]}
            for s in strands for r in s["rows"]]


def aligned_txt(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    strands = _plan(rng)
    widths = [7, 44, 62, 20, 8]
    gap = "   "

    def line(cells: list[str]) -> str:
        return gap.join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = ["SEND Transformation Programme: Strand Tracker", "",
           "The tracker is reviewed by the Programme Board each month. RAG: Red - off track; Amber - at risk;",
           "Green - on track; Blue - complete.", ""]
    for s in strands:
        out += ["", f"Strand {s['ref']}: {s['title']}", "", f"SRO: {s['sro']}", "",
                line(["No.", "Task", "Steps", "Owner", "RAG"]), ""]
        for r in s["rows"]:
            task = textwrap.wrap(r["task"], widths[1])
            steps = [f"S{i} {st['milestone']} | {st['due_raw']} | {st['status_raw']}"
                     for i, st in enumerate(r["steps"], 1)]
            owner = textwrap.wrap(r["lead"], widths[3])
            for k in range(max(len(task), len(steps), len(owner))):
                out.append(line([r["ref"] if k == 0 else "", task[k] if k < len(task) else "",
                                 steps[k] if k < len(steps) else "", owner[k] if k < len(owner) else "",
                                 r["rag_raw"].upper() if k == 0 else ""]))
            out.append("")
    out += ["", "Risks and issues", "", "The programme's risks are held on the corporate risk register."]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    truth = _truth(strands)
    for t in truth:
        t["rag_raw"] = t["rag_raw"].upper()
    return truth


def web_html(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    strands = _plan(rng)
    parts = ["<html><body>", "<h1>Community Health Integration Programme: Delivery Tracker</h1>",
             "<p>Each strand reports to the Integrated Care Board's delivery group.</p>"]
    for s in strands:
        parts.append(f"<h2>Strand {s['ref']} – {html.escape(s['title'])}</h2>")
        parts.append(f"<p><b>SRO:</b> {html.escape(s['sro'])}</p>")
        parts.append("<table><tr><th>Ref</th><th>Task</th><th>Steps</th><th>Owner</th><th>Status (RAG)</th></tr>")
        for r in s["rows"]:
            steps = "<br>".join(f"{i}) {html.escape(st['milestone'])} – {st['due_raw']} – {st['status_raw']}"
                                for i, st in enumerate(r["steps"], 1))
            parts.append(f"<tr><td>{r['ref']}</td><td>{html.escape(r['task'])}</td><td>{steps}</td>"
                         f"<td>{html.escape(r['lead'])}</td><td>{r['rag_raw']}</td></tr>")
        parts.append("</table>")
    parts.append("<h2>Next review</h2><p>The tracker is refreshed before each board meeting.</p></body></html>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return _truth(strands)


def main(folder: Path, seeds: list[int]) -> list[Path]:
    return write_seeded(folder, seeds, "strand_tracker", [
        ("aligned.txt", aligned_txt),
        ("web.html", web_html),
    ])


if __name__ == "__main__":
    run_generator(main, __doc__, [1])
