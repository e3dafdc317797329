"""Minutes and action logs laid out as boards, panels and committees write them (our own sentences).

Two sets:

`python samples/make_minutes_samples.py --seeded FOLDER [--seed 7] [--per-shape 2]`: minutes drawn at
random from a seed in four shapes, each rendered as Word, a ruled and a borderless reportlab PDF, and
text as `pdftotext -layout` prints the ruled PDF, each with NAME.truth.json:

- `grid`: a minutes grid `No | Item | Discussion / Notes | Decision / Action | Who | By when` (heading
  wordings vary): decision cells hold 'Noted' or 'Approved' (no action), one action ('Clerk to write to
  …', 'Agreed: the Treasurer will …') or a numbered list of actions, each its own action with the
  row's who/when (numbered alike when they differ); the item's title is the area;
- `inline`: a two- or three-column grid (`Item | Minutes [| Action by]`) whose minute text marks its
  action points: 'ACTION: JS to … by 12 May 2024', 'Action 2 – …', 'AP3: …', 'Agreed that …';
- `narrative`: numbered headings and paragraphs with ACTION lines, 'It was agreed that the Secretary
  would …' sentences and an 'Actions:' list; the heading is the area;
- `logged`: narrative minutes plus an action log `Ref | Action | Owner | Due | Status` carried from
  earlier meetings (Closed / Ongoing / Complete): the log lists the actions (the notes in the text are
  kept aside, the convention of real minutes' truth);
- `none`: minutes that note, receive and resolve, and mention the action plan, but set no one a task.

Truth conventions: an action is the task as printed without its marker ('ACTION:', 'Action 2 –',
'Agreed that'); its lead is who the point names (a subject 'JS to …', a trailing '(JS)', '– Chair',
'(Lead: Sarah)'), else the row's who cell; due_date the date the point or the row's when cell gives.

`python samples/make_minutes_samples.py [FOLDER]` writes the fixed set below as Word files, each with
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

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from docx import Document

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import C, Doc, Grid, Text, layout_text, write_docx, write_reportlab  # noqa: E402
from samples.seeded import write_truth_json  # noqa: E402

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
            write_truth_json(copy.with_name(copy.name + ".truth.json"), {**truth, "doc": copy.name})
        written += copies
    return written


# ---- seeded minutes in every rendering -------------------------------------------------------------

PEOPLE = [("Jane Smith", "JS"), ("Alan Brown", "AB"), ("Priya Patel", "PP"), ("Tom Reid", "TR"),
          ("Sarah Khan", "SK"), ("Owen Davies", "OD"), ("Mary Long", "ML"), ("Chris Evans", "CE"),
          ("Helen Ward", "HW"), ("Raj Singh", "RS")]
ROLES = ["Clerk", "Chair", "Secretary", "Treasurer", "Head of Service", "Practice Manager"]
BODIES = ["Riverside Community Trust Board", "Northfield Local Pharmaceutical Committee",
          "Eastgate Primary School Governing Board", "Westshire Health Partnership Board",
          "Hillside Parish Council Finance Committee", "Dale Valley Patient Participation Group",
          "Kingsway Academy Trust Audit Committee", "Central Local Medical Committee"]
ITEMS = ["Apologies and declarations of interest", "Minutes of the last meeting", "Matters arising",
         "Finance report", "Safeguarding update", "Premises and health and safety", "Staffing",
         "Policy review", "Communications", "Pharmacy services update", "Risk register",
         "Training and development", "Volunteering", "Any other business", "Date of next meeting"]
DISCUSSION = [
    "{a} presented the report, which had been circulated with the papers. Members asked about the rise in costs "
    "since the autumn and {a} explained that the contract had been renewed at a higher rate.",
    "The committee discussed the results of the annual survey. Response rates were lower than last year but the "
    "comments were broadly positive about the service.",
    "{a} reported that the building works had finished on time. The action plan from the autumn review was noted "
    "and members were pleased with the progress made.",
    "Members noted the update and asked for the figures to be shown by quarter in future reports.",
    "There was a discussion about the number of vacancies and the cost of agency staff. {a} said that two posts "
    "had been filled since the last meeting.",
    "{a} gave a verbal update on the review of the policy. The draft had been shared with staff for comment and "
    "no concerns had been raised so far.",
]
TASKS = ["circulate the revised terms of reference", "write to the council about the lease renewal",
         "update the risk register with the new fire safety risk", "book the hall for the annual meeting",
         "obtain three quotes for resurfacing the car park", "send the survey results to all members",
         "arrange a visit to the new premises", "draft a volunteer handbook", "publish the approved policy",
         "contact the ICB about the pharmacy opening hours", "review the insurance schedule before renewal",
         "prepare a training plan for new members", "invite the auditor to the next meeting",
         "chase the outstanding invoices", "set up a task and finish group on recruitment"]
NO_ACTION_DECISIONS = ["Noted", "Received", "Approved", "Agreed", "Noted and agreed", "None",
                       "The minutes were approved as a true record", "The report was received and noted"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def _date(rng: Any, year: int) -> tuple[str, str]:
    """(as printed, ISO) of a due date in a year: '12 May 2024', '31/05/2024', 'June 2024'."""
    month = rng.randrange(len(MONTHS))
    number = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11][month]
    day = rng.randint(1, 28)
    style = rng.choice(["long", "slash", "month"])
    if style == "long":
        return f"{day} {MONTHS[month]} {year}", f"{year}-{number:02d}-{day:02d}"
    if style == "slash":
        return f"{day:02d}/{number:02d}/{year}", f"{year}-{number:02d}-{day:02d}"
    return f"{MONTHS[month]} {year}", f"{year}-{number:02d}"


def _who(rng: Any) -> str:
    name, initials = rng.choice(PEOPLE)
    return rng.choice([initials, initials, name, rng.choice(ROLES)])


def _task_point(rng: Any, year: int, own_who: bool = True, own_due: bool | None = None) -> tuple[str, dict[str, Any]]:
    """(printed point, truth) of one action: 'JS to circulate … by 12 May 2024', 'Circulate … (JS)',
    'Write to … – Chair', 'Book … (Lead: Sarah)'; own_who False prints no one (the row's who cell says)."""
    task = rng.choice(TASKS)
    who = _who(rng) if own_who else ""
    due_text, due_iso = _date(rng, year) if (rng.random() < 0.5 if own_due is None else own_due) else ("", None)
    by = f" by {due_text}" if due_text else ""
    form = rng.choice(["subject", "bracket", "dash", "label"]) if who else "plain"
    if form == "subject":
        text = f"{who} to {task}{by}"
    elif form == "bracket":
        text = f"{task[0].upper()}{task[1:]}{by} ({who})"
    elif form == "dash":
        text = f"{task[0].upper()}{task[1:]}{by} – {who}"
    elif form == "label":
        first = who.split()[0] if " " in who else who
        who = first
        text = f"{task[0].upper()}{task[1:]}{by} (Lead: {first})"
    else:
        text = f"{task[0].upper()}{task[1:]}{by}"
    return text, {"action": text, "lead": who or None, "due_date": due_iso}


def _meeting(rng: Any) -> tuple[str, int, list[str]]:
    year = rng.choice([2023, 2024, 2025])
    items = rng.sample(ITEMS[1:-2], rng.randint(3, 5))
    return rng.choice(BODIES), year, ["Apologies and declarations of interest"] + items + ["Date of next meeting"]


def _discussion(rng: Any) -> str:
    return rng.choice(DISCUSSION).format(a=rng.choice(PEOPLE)[0])


def seeded_grid(rng: Any) -> tuple[Any, list[dict[str, Any]]]:
    """A minutes grid with the actions in its decisions column."""
    body, year, items = _meeting(rng)
    heads = [rng.choice(["No", "Item no", "Ref"]), rng.choice(["Item", "Agenda item", "Subject"]),
             rng.choice(["Discussion / Notes", "Discussion", "Notes", "Summary of discussion", "Minutes"]),
             rng.choice(["Decision / Action", "Actions agreed", "Decisions and actions", "Action", "Action points"]),
             rng.choice(["Who", "By whom", "Owner", "Lead"]), rng.choice(["By when", "Deadline", "Target date"])]
    rows: list[list[C | None]] = [[C(h, bold=True) for h in heads]]
    truth: list[dict[str, Any]] = []
    for n, item in enumerate(items, start=1):
        kind = "none" if item.startswith(("Apologies", "Date of")) else rng.choice(["none", "one", "one", "list"])
        decision, who_cell, when_cell = rng.choice(NO_ACTION_DECISIONS), "", ""
        discussion = "Apologies were received from Mary Long. No interests were declared." if n == 1 \
            else _discussion(rng)
        if kind == "one":
            if rng.random() < 0.3:
                role = rng.choice(["Treasurer", "Secretary", "Clerk"])
                task = rng.choice(TASKS)
                decision = f"Agreed: the {role} will {task}"
                want = {"action": f"the {role} will {task}", "lead": role}
            else:
                decision, want = _task_point(rng, year, own_who=rng.random() < 0.5, own_due=False)
                want.pop("due_date")
            if not want.get("lead"):
                want["lead"] = who_cell = _who(rng)
            due_text, due_iso = _date(rng, year)
            when_cell, want["due_date"] = due_text, due_iso
            truth.append({"area": item, **want})
        elif kind == "list":
            k = rng.randint(2, 3)
            points = [_task_point(rng, year, own_who=False, own_due=False) for _ in range(k)]
            paired = rng.random() < 0.5
            whos = [_who(rng) for _ in range(k)] if paired else [_who(rng)] * k
            dates = [_date(rng, year) for _ in range(k)] if paired else [_date(rng, year)] * k
            numbering = rng.choice(["{}.", "{})", "({})"])
            decision = "\n".join(f"{numbering.format(i + 1)} {t}" for i, (t, _) in enumerate(points))
            if paired:
                who_cell = "\n".join(f"{numbering.format(i + 1)} {w}" for i, w in enumerate(whos))
                when_cell = "\n".join(f"{numbering.format(i + 1)} {d[0]}" for i, d in enumerate(dates))
            else:
                who_cell, when_cell = whos[0], dates[0][0]
            for (_, want), w, d in zip(points, whos, dates, strict=True):
                truth.append({"area": item, "action": want["action"], "lead": w, "due_date": d[1]})
        rows.append([C(str(n)), C(item), C(discussion), C(decision), C(who_cell), C(when_cell)])
    ruled = rng.random() < 0.5
    doc = Doc(blocks=[Text(body, "title"), Text(f"Minutes of the meeting held on {rng.randint(1, 28)} "
                                                 f"{rng.choice(MONTHS)} {year}"),
                      Text("Present: Jane Smith (Chair), Alan Brown, Priya Patel. In attendance: Tom Reid (Clerk)."),
                      Grid(rows, widths=[0.5, 1.4, 3.4, 2.6, 1.0, 1.1], ruled=ruled)], landscape=True)
    return doc, truth


def seeded_inline(rng: Any) -> tuple[Any, list[dict[str, Any]]]:
    """A two-column minutes grid whose minute text marks its action points."""
    body, year, items = _meeting(rng)
    rows: list[list[C | None]] = [[C(rng.choice(["Item", "Agenda item"]), bold=True),
                                   C(rng.choice(["Minutes", "Discussion", "Notes of discussion"]), bold=True)]]
    truth: list[dict[str, Any]] = []
    counter = 0
    for n, item in enumerate(items, start=1):
        text = _discussion(rng)
        if not item.startswith(("Apologies", "Date of")) and rng.random() < 0.75:
            for _ in range(rng.randint(1, 2)):
                counter += 1
                point, want = _task_point(rng, year)
                marker = rng.choice(["ACTION: ", "Action: ", f"Action {counter} – ", f"AP{counter}: ", "AGREED: "])
                if marker == "AGREED: " and not (want["lead"] and point.startswith(want["lead"] + " to ")):
                    marker = "ACTION: "  # 'AGREED:' marks a task only in the 'JS to …' form
                text += f"\n{marker}{point}"
                truth.append({"area": item, **want})
        rows.append([C(f"{n}. {item}"), C(text)])
    doc = Doc(blocks=[Text(body, "title"), Text(f"Minutes of the meeting held on 9 {rng.choice(MONTHS)} {year}"),
                      Grid(rows, widths=[1.3, 5.0], ruled=rng.random() < 0.5)])
    return doc, truth


def _narrative_blocks(rng: Any, year: int, items: list[str],
                      heading_style: str) -> tuple[list[Any], list[dict[str, Any]]]:
    blocks: list[Any] = []
    truth: list[dict[str, Any]] = []
    for n, item in enumerate(items, start=1):
        blocks.append(Text(f"{n}. {item}", heading_style))
        blocks.append(Text(_discussion(rng)))
        if item.startswith(("Apologies", "Date of")):
            continue
        shape = rng.choice(["action", "agreed", "list", "none", "action"])
        if shape == "action":
            point, want = _task_point(rng, year)
            blocks.append(Text(f"{rng.choice(['ACTION: ', 'Action: ', 'ACTION – '])}{point}"))
            truth.append({"area": item, **want})
        elif shape == "agreed":
            role, task = rng.choice(["Secretary", "Treasurer", "Chair", "Clerk"]), rng.choice(TASKS)
            verb = rng.choice(["will", "would"])
            blocks.append(Text(f"Members discussed the options. It was agreed that the {role} {verb} {task}."))
            truth.append({"area": item, "action": f"the {role} {verb} {task}", "lead": role, "due_date": None})
        elif shape == "list":
            blocks.append(Text("Actions:"))
            for _ in range(2):
                who, task = _who(rng), rng.choice(TASKS)
                blocks.append(Text(f"• {who} to {task}"))
                truth.append({"area": item, "action": f"{who} to {task}", "lead": who, "due_date": None})
    return blocks, truth


def seeded_narrative(rng: Any) -> tuple[Any, list[dict[str, Any]]]:
    """Narrative minutes: numbered headings, ACTION lines, 'agreed that' sentences, an 'Actions:' list."""
    body, year, items = _meeting(rng)
    blocks, truth = _narrative_blocks(rng, year, items, rng.choice(["h2", "bold"]))
    return Doc(blocks=[Text(body, "title"), Text(f"Minutes of the meeting held on 3 March {year}"), *blocks]), truth


def seeded_logged(rng: Any) -> tuple[Any, list[dict[str, Any]]]:
    """Narrative minutes with an action log: the log lists the actions, with their status."""
    body, year, items = _meeting(rng)
    blocks, _ = _narrative_blocks(rng, year, items, "h2")
    heads = ["Ref", rng.choice(["Action", "Action agreed"]), rng.choice(["Owner", "Lead", "Who"]),
             rng.choice(["Due", "Due date", "By when"]), rng.choice(["Status", "Status / Update"])]
    statuses = {"Closed": "complete", "Complete": "complete", "Ongoing": "ongoing", "Open": None,
                "In progress": "in_progress"}
    rows: list[list[C | None]] = [[C(h, bold=True) for h in heads]]
    truth: list[dict[str, Any]] = []
    for k in range(rng.randint(3, 6)):
        task, who = rng.choice(TASKS), _who(rng)
        due_text, due_iso = _date(rng, year)
        status = rng.choice(list(statuses))
        ref = f"{rng.randint(10, 40)}/{k + 1}"
        action = f"{task[0].upper()}{task[1:]}"
        rows.append([C(ref), C(action), C(who), C(due_text), C(status)])
        want: dict[str, Any] = {"action": action, "lead": who, "due_date": due_iso, "status_raw": status}
        if statuses[status]:
            want["status"] = statuses[status]
        truth.append(want)
    log = [Text(rng.choice(["Action log", "Actions arising", "Matters arising: action log"]), "h2"),
           Grid(rows, widths=[0.6, 3.5, 1.2, 1.2, 1.0], ruled=rng.random() < 0.6)]
    at_start = rng.random() < 0.5
    doc = Doc(blocks=[Text(body, "title"), Text(f"Minutes of the meeting held on 12 June {year}"),
                      *(log if at_start else []), *blocks, *([] if at_start else log)])
    return doc, truth


def seeded_none(rng: Any) -> tuple[Any, list[dict[str, Any]]]:
    """Minutes that set no one a task: noted, received, resolved; the action plan is only mentioned."""
    body, year, items = _meeting(rng)
    lines = ["The action plan was noted and members agreed that no further action was needed.",
             "RESOLVED that the report be received and noted.",
             "It was agreed that the minutes were a true record of the meeting.",
             "Members noted the actions taken since the last meeting.",
             "The committee agreed to take no action on the proposal at this time."]
    if rng.random() < 0.5:
        rows: list[list[C | None]] = [[C("Item", bold=True), C("Discussion", bold=True), C("Decision", bold=True)]]
        for n, item in enumerate(items, start=1):
            rows.append([C(f"{n}. {item}"), C(_discussion(rng) + " " + rng.choice(lines)),
                         C(rng.choice(NO_ACTION_DECISIONS))])
        blocks: list[Any] = [Grid(rows, widths=[1.3, 4.0, 1.6], ruled=rng.random() < 0.5)]
    else:
        blocks = []
        for n, item in enumerate(items, start=1):
            blocks += [Text(f"{n}. {item}", "h2"), Text(_discussion(rng) + " " + rng.choice(lines))]
    return Doc(blocks=[Text(body, "title"), Text(f"Minutes of the meeting held on 1 July {year}"), *blocks]), []


SEEDED_SHAPES = {"grid": seeded_grid, "inline": seeded_inline, "narrative": seeded_narrative,
                 "logged": seeded_logged, "none": seeded_none}
SEEDED_RENDERINGS = ("docx", "pdf-ruled", "pdf-borderless", "txt")


def _write(doc: Any, rendering: str, path: Path) -> bool:
    if rendering == "docx":
        write_docx(doc, path)
        return True
    ruled = rendering != "pdf-borderless"
    for block in doc.blocks:
        if isinstance(block, Grid):
            block.ruled = ruled
    if rendering.startswith("pdf"):
        write_reportlab(doc, path)
        return True
    with tempfile.TemporaryDirectory() as tmp:  # text as pdftotext -layout prints the ruled PDF
        pdf = Path(tmp) / "m.pdf"
        write_reportlab(doc, pdf)
        return layout_text(pdf, path)


def seeded(folder: Path, seed: int = 7, per_shape: int = 2, shapes: list[str] | None = None) -> list[Path]:
    """per_shape minutes of each shape, drawn from seed, in every rendering, each with its truth."""
    import random
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for shape in shapes or list(SEEDED_SHAPES):
        for i in range(per_shape):
            for rendering in SEEDED_RENDERINGS:
                rng = random.Random(f"{seed}-{shape}-{i}")  # the same minutes in every rendering
                doc, truth = SEEDED_SHAPES[shape](rng)
                suffix = {"docx": ".docx", "txt": ".txt"}.get(rendering, ".pdf")
                tag = {"pdf-ruled": "_ruled", "pdf-borderless": "_borderless"}.get(rendering, "")
                path = folder / f"minutes_{shape}_{seed}_{i + 1}{tag}{suffix}"
                if not _write(doc, rendering, path):
                    continue
                write_truth_json(path.with_name(path.name + ".truth.json"), {"doc": path.name, "actions": truth})
                written.append(path)
    return written


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("folder", nargs="?", type=Path, default=HERE / "minutes")
    ap.add_argument("--seeded", action="store_true", help="write the seeded set (every shape and rendering)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-shape", type=int, default=2)
    args = ap.parse_args()
    made = seeded(args.folder, args.seed, args.per_shape) if args.seeded else main(args.folder)
    for p in made:
        print(p)
