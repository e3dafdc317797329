"""Trackers as people build them, in our own wordings, with truth (issue 14, trackers).

Run from the repo root: python samples/make_tracker_samples.py FOLDER [SEED ...]. Each seed writes:

- NAME_carers.txt / NAME_carers.docx: a carers' strategy tracker 'Our pledge to carers | Task |
  Evidence of success | Officer | Due | Latest position'. The first column gives a numbered title
  ('1. Carers are recognised and valued') once over its tasks (blank below in the text, merged down
  in Word); there is no status column, and each update opens with its status and a colon or a dash
  ('On hold – awaiting …', 'Completed: …'), or with none ('Figures due in May.').
- NAME_schemes.csv: a hospital discharge programme's scheme list 'Programme ref | Workstream |
  Initiative | SRO | Delivery lead | Go live | Expected benefit | Progress note | Date last
  reviewed': the SRO is the lead, the delivery lead the responsible, the expected benefit a short
  quantity ('12 fewer delayed discharges a day') and so the measure; the review date looks back,
  the go-live date is when the scheme is due.
- NAME_safety.txt: a community safety plan laid out with tabs: 'Ref | Action | Owner | Target |
  Status | Update' with rows referenced 'CS1.1', 'CS1.2' … and a theme row numbered '1.' alone in
  the action column over them: the theme is the area, its number the area reference.
- NAME_safety.pdf: the same plan drawn by reportlab with no rules, its reference column so narrow
  that each reference breaks over lines ('CS' / '1.' / '1'), and its date and status columns narrow
  enough to break their cells too: each action is still one row.

NAME.truth.json beside each.
"""
from __future__ import annotations

import csv
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import run_generator, write_truth_json  # noqa: E402

PLEDGES = [
    ("Carers are recognised and valued", [
        ("Launch a carers' card giving discounts in local shops", "Cards issued", "Carers Lead"),
        ("Run a carers' week event in every library", "Attendance at events", "Library Services Manager"),
        ("Add a carers' question to every GP registration form", "Practices using the form", "ICB Primary Care Lead"),
    ]),
    ("Carers get a break when they need one", [
        ("Open a short breaks booking line staffed seven days a week", "Calls answered in a day",
         "Head of Commissioning"),
        ("Fund a sitting service for carers of people with dementia", "Hours of sitting provided",
         "Dementia Services Manager"),
    ]),
    ("Young carers can enjoy being young", [
        ("Train a young carers' champion in every secondary school", "Schools with a champion",
         "Principal Educational Psychologist"),
        ("Offer every young carer a holiday activity place", "Places taken up", "Youth Services Manager"),
        ("Publish a young carers' guide written by young carers", "Guide downloads", "Carers Lead"),
    ]),
]
UPDATES = [
    ("On hold – awaiting the outcome of the budget round.", "delayed"),
    ("Completed: launched at the carers' forum in June.", "complete"),
    ("Not started - planned for the new financial year.", "not_started"),
    ("In progress: three of five sites agreed.", "in_progress"),
    ("Figures due in May.", None),
]
MONTHS = ["March 2026", "June 2026", "September 2026", "December 2026", "January 2027"]


def carers_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    for k, (title, tasks) in enumerate(PLEDGES, 1):
        for j, (task, evidence, officer) in enumerate(tasks):
            update, status = rng.choice(UPDATES)
            rows.append({"pledge": f"{k}. {title}" if j == 0 else "", "ref": str(k), "title": title, "task": task,
                         "evidence": evidence, "officer": officer, "due": rng.choice(MONTHS), "update": update,
                         "status": status})
    return rows


def carers_truth(rows: list[dict[str, Any]], numbered: bool) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        want: dict[str, Any] = {"area": r["title"], "action": r["task"], "measure": r["evidence"],
                                "lead": r["officer"], "due_raw": r["due"], "progress": r["update"],
                                "status": r["status"]}
        if numbered:
            want["area_ref"] = r["ref"]
        out.append(want)
    return out


HEADINGS = ["Our pledge to carers", "Task", "Evidence of success", "Officer", "Due", "Latest position"]


def carers_txt(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    rows = carers_rows(rng)
    lines = ["Riverside Carers Strategy 2025-2028: Delivery Tracker", "",
             "This tracker shows what we have done on each pledge we made to carers.", "",
             "\t".join(HEADINGS)]
    lines += ["\t".join([r["pledge"], r["task"], r["evidence"], r["officer"], r["due"], r["update"]]) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return carers_truth(rows, numbered=True)


def carers_docx(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from docx import Document  # python-docx, a dependency of planx
    rows = carers_rows(rng)
    doc = Document()
    doc.add_heading("Riverside Carers Strategy: Pledge Tracker", level=1)
    doc.add_paragraph("Each pledge is printed once beside the tasks that deliver it.")
    table = doc.add_table(rows=1 + len(rows), cols=len(HEADINGS))
    table.style = "Table Grid"
    for j, label in enumerate(HEADINGS):
        table.cell(0, j).text = label
    start = 1
    for i, r in enumerate(rows, 1):
        for j, value in enumerate([r["title"] if r["pledge"] else "", r["task"], r["evidence"], r["officer"],
                                   r["due"], r["update"]]):
            if j or value:
                table.cell(i, j).text = value
        last = i == len(rows) or rows[i]["pledge"]
        if last:
            if i > start:
                table.cell(start, 0).merge(table.cell(i, 0))  # the pledge merged down its tasks
                table.cell(start, 0).text = rows[start - 1]["title"]
            start = i + 1
    doc.save(str(path))
    return carers_truth(rows, numbered=False)


SCHEMES = [
    ("Home first", [
        ("Expand the discharge to assess service to weekends", "12 fewer delayed discharges a day"),
        ("Place a trusted assessor on every medical ward", "Assessment within 24 hours for 90%"),
    ]),
    ("Community capacity", [
        ("Commission 20 step-down beds in extra care housing", "20 beds"),
        ("Extend the reablement team's hours to 10pm", "Reablement starts up 15%"),
        ("Set up a hospital to home transport scheme with the voluntary sector", "300 journeys a month"),
    ]),
]
DIRECTORS = ["Chief Operating Officer", "Director of Adult Services", "Director of Nursing"]
DOERS = ["Hannah Lowe", "Imran Shah", "Bethany Cole", "Owen Price", "Zara Ahmed"]


def schemes_csv(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    head = ["Programme ref", "Workstream", "Initiative", "SRO", "Delivery lead", "Go live", "Expected benefit",
            "Progress note", "Date last reviewed"]
    rows, truth = [], []
    n = 0
    for stream, schemes in SCHEMES:
        for action, benefit in schemes:
            n += 1
            sro, doer = rng.choice(DIRECTORS), rng.choice(DOERS)
            live = f"{rng.randint(1, 28):02d}/{rng.choice([1, 2, 3, 10, 11, 12]):02d}/2026"
            reviewed = f"{rng.randint(1, 28):02d}/09/2025"
            note = rng.choice(["Business case approved; recruitment started.", "Awaiting estates sign-off.",
                               "Live on two wards."])
            rows.append([f"HD-{n:02d}", stream, action, sro, doer, live, benefit, note, reviewed])
            d, m, y = live.split("/")
            truth.append({"area": stream, "action": action, "lead": sro, "responsible": doer, "due_raw": live,
                          "due_date": f"{y}-{m}-{d}", "measure": benefit, "progress": note})
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(head)
        w.writerows(rows)
    return truth


THEMES = [
    ("Safer streets at night", [
        ("Agree a late-night levy with licensed premises", "Licensing Manager", "Complete"),
        ("Extend CCTV coverage to the bus station", "Community Safety Manager", "In progress"),
    ]),
    ("Tackling anti-social behaviour", [
        ("Introduce a community trigger review panel", "ASB Coordinator", "Not started"),
        ("Deliver diversionary sport sessions on Friday evenings", "Youth Services Manager", "In progress"),
        ("Publish quarterly hotspot maps for ward members", "Police Analyst", "Complete"),
    ]),
]
STATUS_ENUM = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}


def safety_txt(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    lines = ["Northfield Community Safety Partnership Plan 2025/26", "",
             "The partnership agreed these actions at its meeting in April.", "",
             "\t".join(["Ref", "Action", "Owner", "Target", "Status", "Update"])]
    truth = []
    for k, (theme, actions) in enumerate(THEMES, 1):
        lines.append("\t".join(["", f"{k}. {theme}", "", "", "", ""]))
        for j, (action, owner, status) in enumerate(actions, 1):
            target = rng.choice(["October 2025", "March 2026", "June 2026"])
            update = rng.choice(["Reported to the partnership board.", "Funding agreed with the police."])
            lines.append("\t".join([f"CS{k}.{j}", action, owner, target, status, update]))
            truth.append({"area_ref": str(k), "area": theme, "action": action, "lead": owner, "due_raw": target,
                          "status": STATUS_ENUM[status], "status_raw": status, "progress": update})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


def safety_pdf(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable
    style = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11, splitLongWords=1)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=13, leading=16)
    heads = ["Ref", "Action", "Owner", "Target", "Status", "Update"]
    data: list[list[Any]] = [[Paragraph(h, style) for h in heads]]
    truth = []
    for k, (theme, actions) in enumerate(THEMES, 1):
        data.append(["", Paragraph(f"{k}. {theme}", style), "", "", "", ""])
        for j, (action, owner, status) in enumerate(actions, 1):
            target = rng.choice(["31/10/2025", "31/03/2026", "30/06/2026"])
            update = rng.choice(["Reported to the partnership board.", "Funding agreed with the police."])
            data.append([Paragraph(f"CS{k}.{j}", style), Paragraph(action, style), Paragraph(owner, style),
                         Paragraph(target, style), Paragraph(status, style), Paragraph(update, style)])
            d, m, y = target.split("/")
            truth.append({"area_ref": str(k), "area": theme, "action": action, "lead": owner, "due_raw": target,
                          "due_date": f"{y}-{m}-{d}", "status": STATUS_ENUM[status], "progress": update})
    table = RLTable(data, colWidths=[20, 150, 80, 38, 40, 130])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph("Northfield Community Safety Partnership Plan 2025/26", title), Spacer(1, 12),
               Paragraph("The partnership agreed these actions at its meeting in April.", style), Spacer(1, 12),
               table])
    return truth


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for seed in seeds:
        rng = random.Random(seed)
        stem = f"tracker_{seed}"
        for suffix, write in (("carers.txt", carers_txt), ("carers.docx", carers_docx),
                              ("schemes.csv", schemes_csv), ("safety.txt", safety_txt),
                              ("safety.pdf", safety_pdf)):
            path = folder / f"{stem}_{suffix}"
            write_truth_json(path.with_name(path.name + ".truth.json"), {"doc": path.name, "actions": write(path, rng)})
            made.append(path)
    return made


if __name__ == "__main__":
    run_generator(main, __doc__, [1])
