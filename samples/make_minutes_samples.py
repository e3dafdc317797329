"""Minutes and action logs laid out as boards, panels and committees write them (our own sentences).

Run from the repo root: python samples/make_minutes_samples.py [FOLDER]. Writes Word files, each with
NAME.truth.json (../shared/CONTRACT.md truth format), and, where LibreOffice is installed, the same
documents as .odt, .doc and PDF (each with its truth), so one layout is tested in several renderings:

- board minutes with actions inline in the minute text: 'Action: JS to circulate … by 3 May 2024',
  'ACTION – Clerk to …', an 'Actions:' list, and an owner-only 'ACTION: AB/JS' closing a minute;
  discussion that mentions an action plan is no action;
- an action log, one small table per topic heading ('Address Data – Lead HS/BB'), no heading row:
  action | owner initials | New / Ongoing / Carried forward / Completed;
- an action tracker with 'Ref | Date raised | Action | Owner | Due | Update | Status' and an
  'Issue | Action | Owner | Latest position' log whose Issue cell is merged down over its sub-tasks;
- a plan written as labelled blocks: 'Action 2: …' headings with 'Responsible: / Measurement: /
  Timeline:' lines and prose between them;
- minutes with no actions at all (a non-plan).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from docx import Document

HERE = Path(__file__).resolve().parent

# ---- board minutes with inline actions ----------------------------------------------------------


def inline_minutes(path: Path) -> dict[str, Any]:
    d = Document()
    d.add_heading("Riverside Community Trust – Board Meeting", level=1)
    d.add_paragraph("Minutes of the meeting held on 14 March 2024")
    d.add_paragraph("Present: Jane Smith (JS), Chair; Alan Brown (AB); Priya Patel (PP). "
                    "In attendance: Tom Reid, Clerk.")
    d.add_heading("1. Apologies and declarations of interest", level=2)
    d.add_paragraph("Apologies were received from Mary Long. No interests were declared.")
    d.add_heading("2. Minutes of the last meeting and matters arising", level=2)
    d.add_paragraph("The minutes of 11 January 2024 were agreed as a true record. The action plan from the "
                    "autumn review was discussed and members noted that most of it had been completed.")
    d.add_paragraph("Action: JS to circulate the revised terms of reference by 3 May 2024")
    d.add_heading("3. Finance report", level=2)
    d.add_paragraph("AB presented the quarter 3 figures. Spending on the building was ahead of budget because "
                    "the boiler had to be replaced in December.")
    d.add_paragraph("ACTION – Clerk to write to the council about the lease renewal")
    d.add_heading("4. Volunteering", level=2)
    d.add_paragraph("4.1 PP reported that forty new volunteers had joined since January.")
    d.add_paragraph("4.2 The board agreed that a volunteer handbook should be drafted before the summer.")
    d.add_paragraph("ACTION: PP/AB")
    d.add_heading("5. Any other business", level=2)
    d.add_paragraph("The Chair thanked the staff for their work on the open day. The board took no decision "
                    "on the car park.")
    d.add_paragraph("Actions:")
    d.add_paragraph("AB to obtain three quotes for resurfacing the car park", style="List Bullet")
    d.add_paragraph("Clerk to book the hall for the annual meeting by 30 June 2024", style="List Bullet")
    d.add_paragraph("Date of next meeting: 9 May 2024")
    d.save(path)
    return {"doc": path.name, "actions": [
        {"action": "JS to circulate the revised terms of reference by 3 May 2024", "lead": "JS",
         "due_date": "2024-05-03"},
        {"action": "Clerk to write to the council about the lease renewal", "lead": "Clerk", "due_date": None},
        {"action": "The board agreed that a volunteer handbook should be drafted before the summer.",
         "lead": "PP/AB", "due_date": None},
        {"action": "AB to obtain three quotes for resurfacing the car park", "lead": "AB", "due_date": None},
        {"action": "Clerk to book the hall for the annual meeting by 30 June 2024", "lead": "Clerk",
         "due_date": "2024-06-30"},
    ]}


# ---- an action log: one headerless table per topic heading -----------------------------------------

TOPICS = [
    ("Address Data", "HS/BB", [
        ("Write to the address data owners about the licence terms", "HS", "Ongoing"),
        ("Publish a note of the options considered at the last meeting", "BB", "Completed"),
        ("Ask members for examples of where the data is used", "HS", "New"),
    ]),
    ("Transport Data", "TJ", [
        ("Bring a paper on bus timetable data to the next meeting", "TJ/RA", "Carried forward"),
        ("Contact the rail operators about station data", "RA", "Ongoing"),
    ]),
    ("Communications", "GS", [
        ("Update the group's web page with the new members", "GS", "Closed"),
        ("Draft a short blog post on the benefits case", "JTe", "New"),
    ]),
]
STATUS_ENUM = {"Ongoing": "ongoing", "Completed": "complete", "Closed": "complete"}


def topic_log(path: Path) -> dict[str, Any]:
    d = Document()
    d.add_heading("Data User Group Action Log – 12 March 2024", level=1)
    d.add_paragraph("All actions for the next meeting unless otherwise stated.")
    actions = []
    for topic, lead, rows in TOPICS:
        d.add_paragraph().add_run(f"{topic} – Lead {lead}").bold = True
        table = d.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        for action, owner, status in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = action, owner, status
            want: dict[str, Any] = {"area": topic, "area_lead": lead, "action": action, "lead": owner,
                                    "status_raw": status}
            if status in STATUS_ENUM:
                want["status"] = STATUS_ENUM[status]
            actions.append(want)
        d.add_paragraph()
    d.save(path)
    return {"doc": path.name, "actions": actions}


# ---- an action tracker and an issue log with merged issue cells -----------------------------------

TRACKER = [
    ("1", "12/01/2024", "Review the complaints procedure", "Head of Service", "31/03/2024",
     "Draft shared with the panel", "Ongoing"),
    ("2", "12/01/2024", "Agree the data sharing protocol with health partners", "KL", "30/04/2024",
     "Signed by all partners", "Complete"),
    ("3", "08/02/2024", "Recruit two parent representatives", "Participation Officer", "30/06/2024", "", "New"),
]
TRACKER_STATUS = {"Ongoing": "ongoing", "Complete": "complete"}
ISSUES = [
    ("Website accessibility", [("Commission an accessibility audit", "MP"),
                               ("Fix the forms the audit lists", "IT team")]),
    ("Staff training", [("Book safeguarding refresher training for all staff", "HR")]),
]


def tracker_doc(path: Path) -> dict[str, Any]:
    d = Document()
    d.add_heading("Improvement Panel – Action Tracker", level=1)
    head = ["Ref", "Date raised", "Action", "Owner", "Due", "Update", "Status"]
    table = d.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    actions: list[dict[str, Any]] = []
    for row in TRACKER:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
        ref, _, action, owner, due, update, status = row
        day, month, year = due.split("/")
        want: dict[str, Any] = {"ref": ref, "action": action, "lead": owner, "due_raw": due,
                                "due_date": f"{year}-{month}-{day}", "progress": update or None, "status_raw": status}
        if status in TRACKER_STATUS:  # 'New' has no agreed status: left out
            want["status"] = TRACKER_STATUS[status]
        actions.append(want)
    d.add_paragraph()
    d.add_paragraph("Issues log")
    issues = d.add_table(rows=1, cols=4)
    issues.style = "Table Grid"
    for cell, text in zip(issues.rows[0].cells, ["Issue", "Action", "Owner", "Latest position"], strict=True):
        cell.text = text
    for issue, tasks in ISSUES:
        first = len(issues.rows)
        for action, owner in tasks:
            cells = issues.add_row().cells
            cells[1].text, cells[2].text = action, owner
            actions.append({"action": action, "lead": owner, "progress": None})
        top = issues.rows[first].cells[0]
        if len(tasks) > 1:
            top = top.merge(issues.rows[first + len(tasks) - 1].cells[0])
        top.text = issue
    d.save(path)
    return {"doc": path.name, "actions": actions}


# ---- labelled action blocks ---------------------------------------------------------------------

BLOCKS = [
    ("Publish a catalogue of the data the council holds",
     "This builds on the inventory started last year and will be kept up to date by each service.",
     "Information Governance Manager", "Catalogue published on the website", "By December 2024"),
    ("Train managers in using data to plan services",
     "Managers told us that they do not always know which data exist or how to ask for them.",
     "Head of Learning and Development", "80% of managers trained", "Within 6 months"),
    ("Set up a data standards board",
     "The board will agree common definitions and review any new data collection.",
     "Chief Digital Officer", "Board meets quarterly", "March 2025"),
]


def blocks_doc(path: Path) -> dict[str, Any]:
    d = Document()
    d.add_heading("Council Data Strategy: Action Plan 2024-25", level=1)
    d.add_paragraph("The strategy sets out three actions for the first year. Each names who is responsible, "
                    "how progress will be measured and the timeline.")
    actions = []
    for i, (title, prose, who, measure, when) in enumerate(BLOCKS, start=1):
        d.add_heading(f"Action {i}: {title}", level=2)
        d.add_paragraph(prose)
        d.add_paragraph(f"Responsible: {who}")
        d.add_paragraph(f"Measurement: {measure}")
        d.add_paragraph(f"Timeline: {when}")
        actions.append({"action": title, "lead": who, "measure": measure, "due_raw": when})
    d.save(path)
    return {"doc": path.name, "actions": actions}


# ---- minutes with no actions -------------------------------------------------------------------


def minutes_without_actions(path: Path) -> dict[str, Any]:
    d = Document()
    d.add_heading("Parish Council – Minutes of the Annual Meeting", level=1)
    d.add_paragraph("Held on 2 May 2024 in the village hall.")
    d.add_heading("1. Election of Chair", level=2)
    d.add_paragraph("Cllr Green was elected Chair for the year. Cllr Green thanked members for their support.")
    d.add_heading("2. Annual report", level=2)
    d.add_paragraph("The Clerk presented the annual report. Members noted the action plan for the play area "
                    "and agreed that no further action was needed on the bus shelter.")
    d.add_paragraph("Action taken since the last meeting was noted. The council resolved to take action "
                    "against fly-tipping through the district council.")
    d.add_heading("3. Date of next meeting", level=2)
    d.add_paragraph("The next meeting will be held on 6 June 2024.")
    d.save(path)
    return {"doc": path.name, "actions": []}


SAMPLES = {
    "board_minutes_inline_actions.docx": inline_minutes,
    "topic_action_log.docx": topic_log,
    "panel_action_tracker.docx": tracker_doc,
    "strategy_action_blocks.docx": blocks_doc,
    "parish_minutes_no_actions.docx": minutes_without_actions,
}
# LibreOffice renderings: suffix → (filter, made from): the .doc is saved from the .odt, since
# LibreOffice's Word 97 export of python-docx's vertically merged cells loses the table
RENDERINGS = {".odt": ("odt", ".docx"), ".pdf": ("pdf:writer_pdf_Export", ".docx"), ".doc": ("doc:MS Word 97", ".odt")}


def rendered(path: Path, folder: Path) -> list[Path]:
    """The Word file as .odt, .doc and PDF (LibreOffice, planx's isolated profile); [] without it."""
    from planx.extract.legacy import find_soffice, isolation, profile_dir
    soffice = find_soffice()
    if soffice is None:
        return []
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        for suffix, (filter_name, source) in RENDERINGS.items():
            subprocess.run([*isolation().prefix, soffice, "--headless", "--norestore", "--nolockcheck",
                            f"-env:UserInstallation={profile_dir().as_uri()}", "--convert-to", filter_name,
                            "--outdir", tmp, str(folder / (path.stem + source))],
                           capture_output=True, timeout=300, check=False)
            out = Path(tmp) / (path.stem + suffix)
            if out.is_file():
                target = folder / f"{path.stem}{suffix}"
                shutil.copyfile(out, target)
                made.append(target)
    return made


def main(folder: Path = HERE / "minutes", renderings: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, build in SAMPLES.items():
        path = folder / name
        truth = build(path)
        copies = [path] + (rendered(path, folder) if renderings else [])
        for copy in copies:
            copy.with_name(copy.name + ".truth.json").write_text(
                json.dumps({**truth, "doc": copy.name}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        written += copies
    return written


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "minutes"):
        print(p)
