"""Plans whose tables offer several candidates for the action, or several row shapes (issue 14).

Run from the repo root: python samples/make_choice_samples.py FOLDER [SEED ...]. Each seed writes
the layouts below as Word (.docx), PDF drawn by reportlab (_rl.pdf), Excel (.xlsx), CSV (.csv) and,
with LibreOffice, PDF printed from the Word file (_lo.pdf), with NAME.truth.json beside each (the
truth format of ../shared/CONTRACT.md). The sentences are our own; the heading wordings are drawn
per seed from pools written as plans word them.

Layouts:
- peer: a peer-challenge or inspection response `Recommendation | Response | Actions | Lead |
  Timescale`: several prose columns; the Actions column is the action, the recommendation and the
  response are context (leftovers or the area);
- issue: `Issue | Action | Owner | Date | Status`, the issue a finding, the action what is done;
- comms: a communications plan `Audience | Key message | Channel | Owner | Date`, with an
  `Activity` column in some seeds: the activity is the action when there is one, else the message
  (what is to be got across), the audience and the channel kept aside;
- objective: `Objective | Action | Success criteria | When | Lead`;
- merged: an action merged down (Word, Excel) or printed once with blank cells below (PDF, CSV)
  over rows of its own sub-tasks, each with its date and status: one action and its milestones;
  and a theme merged over independent actions each with its own lead (the theme is the area);
- wide: a tracker sheet of twelve columns (reference, directorate, recommendation, management
  response, agreed actions, owner, start date, target date, status, RAG, update, notes): the agreed
  actions are the action, the rest fields or leftovers;
- rows: a tracker export with one milestone a row, the action's id and title repeated on each
  (`Action ID | Action | Milestone | Milestone due | Status | Owner`): one action per id, its
  milestones in order, its due date the latest milestone's.
"""
from __future__ import annotations

import csv
import json
import random
import shutil
import sys
import tempfile
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
    libreoffice_pdfs,
    write_docx,
    write_reportlab,
    write_xlsx,
)
from samples.seeded import write_truth_json  # noqa: E402

# due as printed → the date it commits to (the contract's rule, worked out by hand)
DATES = {"March 2026": "2026-03", "Q2 2025/26": "2025-09", "31/03/2026": "2026-03-31", "Sept 2025": "2025-09",
         "December 2025": "2025-12", "30 April 2026": "2026-04-30", "Jan 2026": "2026-01",
         "Q4 2025/26": "2026-03", "July 2026": "2026-07", "31/10/2025": "2025-10-31"}
STATUSES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started",
            "On track": "in_progress", "Delayed": "delayed"}
LEADS = ["Chief Executive", "Director of Resources", "Head of Communications", "Monitoring Officer",
         "Assistant Director, Housing", "HR Business Partner", "Head of Policy and Performance", "R. Adeyemi",
         "Leader of the Council", "Head of Digital Services"]

# (recommendation, response, action) — a peer team's recommendation, the council's reply, what it will do
PEER = [
    ("The council should set out a clear, shared long-term vision for the borough with its partners.",
     "Agreed. The council recognises that its ambitions are not yet widely understood by partners.",
     "Hold a series of place workshops with partners and publish a joint ten-year vision for the borough"),
    ("Strengthen the medium-term financial strategy so that savings plans are fully identified.",
     "Accepted. Work had already begun on a three-year savings programme before the visit.",
     "Identify and cost savings proposals for the full three-year period and report them to Cabinet"),
    ("Invest in organisational development to support managers through the change programme.",
     "Agreed in full. Staff survey results support this finding.",
     "Launch a leadership development programme for all third-tier managers"),
    ("Review the scheme of delegation so that decisions are taken at the right level.",
     "Agreed. The current scheme dates from 2014 and no longer reflects the structure.",
     "Review the scheme of delegation with the Monitoring Officer and bring a revised scheme to full Council"),
    ("Improve how the council engages with residents who do not usually take part in consultations.",
     "Partly agreed. The council already runs a residents' panel but reach is limited.",
     "Commission community researchers to gather the views of under-represented groups"),
    ("Develop a digital strategy that links customer access to the wider transformation programme.",
     "Agreed. A digital strategy is a priority for the coming year.",
     "Draft a digital strategy with a costed delivery roadmap and consult staff on it"),
]
PEER_HEADS = {
    "rec": ["Recommendation", "Peer challenge recommendation", "Peer team recommendation", "Area for improvement"],
    "resp": ["Response", "Council response", "Our response", "Management response"],
    "action": ["Actions", "Action(s)", "Key actions", "Actions we will take"],
    "lead": ["Lead", "Lead officer", "Responsible officer"],
    "due": ["Timescale", "Target date", "By when"],
}

# (issue, action)
ISSUES = [
    ("Induction for new staff is inconsistent between teams.",
     "Introduce a single corporate induction checklist for all new starters"),
    ("Complaints responses often miss the 10-day deadline.",
     "Set up a weekly complaints tracking meeting chaired by the service manager"),
    ("Data on housing repairs is held in three separate systems.",
     "Move all repairs records into the new asset management system"),
    ("Councillors report that committee papers arrive late.",
     "Publish a forward plan of report deadlines and monitor compliance each month"),
    ("Sickness absence is above the sector average.",
     "Train all line managers in the revised attendance management policy"),
]
ISSUE_HEADS = {"issue": ["Issue", "Issue identified", "Finding", "Concern"],
               "action": ["Action", "Action to be taken", "What we will do"],
               "lead": ["Owner", "Lead", "Who"], "due": ["Date", "Deadline", "When"],
               "status": ["Status", "Progress status"]}

# (audience, key message, channel, activity)
COMMS = [
    ("All staff", "The new operating model takes effect in April and every team will keep its current manager.",
     "Staff briefing and intranet article", "Brief all staff on the new operating model at the spring roadshow"),
    ("Parents and carers", "Applications for school places open online on 1 September.",
     "Letters via schools; social media", "Send a letter to every family with a child in Year 6"),
    ("Elected members", "The budget consultation results will be reported before the February Cabinet.",
     "Members' bulletin", "Circulate a summary of the consultation results to all members"),
    ("Local businesses", "Business rates relief is available for eligible retail premises this year.",
     "Email newsletter and chamber of commerce", "Write to every eligible business about the relief"),
    ("Residents", "Garden waste collections move to a fortnightly service from May.",
     "Press release, website, bin hangers", "Attach a notice to every garden waste bin before the change"),
]
COMMS_HEADS = {"audience": ["Audience", "Target audience", "Stakeholder"],
               "message": ["Key message", "Key messages", "Message"],
               "channel": ["Channel", "Method", "Communication channel"],
               "activity": ["Activity", "Communication activity"],
               "lead": ["Owner", "Responsible", "Lead"], "due": ["Date", "Timing", "When"]}

# (objective, action, success criteria)
OBJECTIVES = [
    ("Improve reading fluency in Key Stage 2",
     "Deliver daily guided reading sessions with trained teaching assistants",
     "Nine in ten pupils reach the expected fluency standard by the end of Year 4"),
    ("Raise attendance of disadvantaged pupils",
     "Make a first-day phone call to the family of every absent pupil",
     "Persistent absence falls below 12 per cent"),
    ("Develop middle leaders",
     "Enrol all subject leaders on the trust's middle leadership course",
     "Every subject leader completes a monitoring cycle with written feedback"),
    ("Strengthen the curriculum in foundation subjects",
     "Write knowledge organisers for history and geography in every year group",
     "Pupils recall key knowledge in subject reviews"),
]
OBJECTIVE_HEADS = {"objective": ["Objective", "Objectives", "Aim"], "action": ["Action", "Actions", "Key actions"],
                   "measure": ["Success criteria", "Success measure", "How we will know"],
                   "due": ["When", "Timescale", "By when"], "lead": ["Lead", "Who", "Responsible"]}

# (action, [(sub-task, due, status)]) — an action and its own steps
STEPPED = [
    ("Replace the housing management system", [
        ("Agree the specification with the housing team", "Sept 2025", "Complete"),
        ("Run the procurement and award the contract", "December 2025", "In progress"),
        ("Migrate tenancy records and go live", "July 2026", "Not started")]),
    ("Introduce a corporate performance framework", [
        ("Agree a basket of corporate indicators with Cabinet", "31/10/2025", "Complete"),
        ("Build the quarterly performance dashboard", "Jan 2026", "In progress")]),
    ("Deliver the workforce strategy", [
        ("Publish the workforce strategy", "Sept 2025", "Complete"),
        ("Launch the apprenticeship scheme for school leavers", "March 2026", "On track"),
        ("Review pay and grading for hard-to-fill posts", "30 April 2026", "Not started")]),
]
STEP_HEADS = {"action": ["Action", "Key action", "Improvement action"],
              "step": ["Sub-task", "Milestone", "Key milestones", "Steps", "Tasks"],
              "lead": ["Owner", "Lead"], "due": ["Due", "Target date", "Deadline"],
              "status": ["Status", "Progress status"]}
# (theme, [(independent action, lead, due)]) — a theme merged over actions that each stand alone
THEMED = [
    ("Customer access", [
        ("Extend the contact centre's opening hours to 7pm on Thursdays", "Head of Digital Services", "Jan 2026"),
        ("Launch an online account for council tax payers", "Director of Resources", "March 2026")]),
    ("Governance", [
        ("Train all members of the audit committee in risk management", "Monitoring Officer", "Sept 2025"),
        ("Publish the annual governance statement with the accounts", "Director of Resources", "July 2026")]),
]
# a theme column headed as an action ('Action | Tasks'): only its cells say it is a topic
THEME_HEADS = {"theme": ["Theme", "Priority area", "Area", "Action"], "action": ["Action", "Actions", "Tasks"],
               "lead": ["Lead officer", "Lead"], "due": ["Target date", "Timescale"]}

ROW_HEADS = {"id": ["Action ID", "Action ref", "Ref"], "action": ["Action", "Action title", "Action description"],
             "step": ["Milestone", "Milestone description", "Key milestone"],
             "due": ["Milestone due", "Milestone due date", "Due date"], "status": ["Status", "Milestone status"],
             "lead": ["Owner", "Action owner"]}


def pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def heads(rng: random.Random, pool: dict[str, list[str]]) -> dict[str, str]:
    return {k: pick(rng, v) for k, v in pool.items()}


def due(raw: str) -> dict[str, Any]:
    return {"due_raw": raw, "due_date": DATES[raw]}


def latest(raws: list[str]) -> str | None:
    """The latest of several ISO dates at their printed precision (padded to compare)."""
    iso = [DATES[r] for r in raws if DATES[r]]
    return max(iso, key=lambda d: (d + "-99-99")[:10]) if iso else None


def combined(statuses: list[str]) -> str:
    kinds = {STATUSES[s] for s in statuses}
    if len(kinds) == 1:
        return kinds.pop()
    return "delayed" if "delayed" in kinds else "in_progress"


# ---- layouts: (heading row, data rows as cells, truth actions) ------------------------------------

Layout = tuple[list[C | None], list[list[C | None]], list[dict[str, Any]]]


# a second action under some recommendations (the recommendation and the response merged over both)
FOLLOW_UPS = ["Report progress on this recommendation to the Overview and Scrutiny Committee every six months",
              "Agree the approach with the Leader and the Corporate Management Team"]


def peer_layout(rng: random.Random) -> Layout:
    h = heads(rng, PEER_HEADS)
    rows: list[list[C | None]] = []
    truth: list[dict[str, Any]] = []
    for n, (rec, resp, action) in enumerate(rng.sample(PEER, 4), 1):
        actions = [action] + ([pick(rng, FOLLOW_UPS)] if rng.random() < 0.4 else [])
        for k, act in enumerate(actions):
            lead, when = pick(rng, LEADS), pick(rng, list(DATES))
            down = len(actions)
            rows.append([C(str(n), down=down), C(rec, down=down), C(resp, down=down)] if k == 0 else [None] * 3)
            rows[-1] += [C(act), C(lead), C(when)]
            truth.append({"action": act, "lead": lead, **due(when)})
    return [C("No."), C(h["rec"]), C(h["resp"]), C(h["action"]), C(h["lead"]), C(h["due"])], rows, truth


def issue_layout(rng: random.Random) -> Layout:
    h = heads(rng, ISSUE_HEADS)
    rows, truth = [], []
    for issue, action in rng.sample(ISSUES, 4):
        lead, when, status = pick(rng, LEADS), pick(rng, list(DATES)), pick(rng, list(STATUSES))
        rows.append([C(issue), C(action), C(lead), C(when), C(status)])
        truth.append({"action": action, "lead": lead, **due(when), "status": STATUSES[status]})
    return [C(h["issue"]), C(h["action"]), C(h["lead"]), C(h["due"]), C(h["status"])], rows, truth


def comms_layout(rng: random.Random) -> Layout:
    h = heads(rng, COMMS_HEADS)
    activity = rng.random() < 0.5
    head = [C(h["audience"]), C(h["message"]), C(h["channel"]), C(h["lead"]), C(h["due"])]
    if activity:
        head.insert(0, C(h["activity"]))
    rows, truth = [], []
    for audience, message, channel, act in rng.sample(COMMS, 4):
        lead, when = pick(rng, LEADS), pick(rng, list(DATES))
        row: list[C | None] = [C(audience), C(message), C(channel), C(lead), C(when)]
        if activity:
            row.insert(0, C(act))
        rows.append(row)
        truth.append({"action": act if activity else message, "lead": lead, **due(when)})
    return head, rows, truth


def objective_layout(rng: random.Random) -> Layout:
    h = heads(rng, OBJECTIVE_HEADS)
    rows, truth = [], []
    for objective, action, measure in rng.sample(OBJECTIVES, 3):
        lead, when = pick(rng, LEADS), pick(rng, list(DATES))
        rows.append([C(objective), C(action), C(measure), C(when), C(lead)])
        truth.append({"objective": objective, "action": action, "measure": measure, "lead": lead, **due(when)})
    return [C(h["objective"]), C(h["action"]), C(h["measure"]), C(h["due"]), C(h["lead"])], rows, truth


def merged_layout(rng: random.Random) -> Layout:
    """An action merged down over its sub-tasks (or printed once, blank below), then a theme
    merged over independent actions each with its own lead."""
    h = heads(rng, STEP_HEADS)
    rows: list[list[C | None]] = []
    truth: list[dict[str, Any]] = []
    lead = pick(rng, LEADS)
    for action, steps in STEPPED:
        for k, (step, when, status) in enumerate(steps):
            top = C(action, down=len(steps)) if k == 0 else None
            rows.append([top, C(step), C(lead if k == 0 else ""), C(when), C(status)])
        truth.append({"action": action, "due_date": latest([w for _, w, _ in steps]),
                      "status": combined([s for _, _, s in steps]),
                      "milestones": [{"milestone": s, **due(w), "status": STATUSES[st]} for s, w, st in steps]})
    return [C(h["action"]), C(h["step"]), C(h["lead"]), C(h["due"]), C(h["status"])], rows, truth


def themed_layout(rng: random.Random) -> Layout:
    h = heads(rng, THEME_HEADS)
    rows: list[list[C | None]] = []
    truth: list[dict[str, Any]] = []
    for theme, actions in THEMED:
        for k, (action, lead, when) in enumerate(actions):
            rows.append([C(theme, down=len(actions)) if k == 0 else None, C(action), C(lead), C(when)])
            truth.append({"area": theme, "action": action, "lead": lead, **due(when), "milestones": []})
    return [C(h["theme"]), C(h["action"]), C(h["lead"]), C(h["due"])], rows, truth


def rows_layout(rng: random.Random) -> Layout:
    """One milestone a row, the action's id and title repeated on each."""
    h = heads(rng, ROW_HEADS)
    rows: list[list[C | None]] = []
    truth: list[dict[str, Any]] = []
    for n, (action, steps) in enumerate(STEPPED, 1):
        lead = pick(rng, LEADS)
        for step, when, status in steps:
            rows.append([C(f"A{n:02d}"), C(action), C(step), C(when), C(status), C(lead)])
        truth.append({"action": action, "lead": lead, "due_date": latest([w for _, w, _ in steps]),
                      "status": combined([s for _, _, s in steps]),
                      "milestones": [{"milestone": s, **due(w), "status": STATUSES[st]} for s, w, st in steps]})
    return [C(h["id"]), C(h["action"]), C(h["step"]), C(h["due"]), C(h["status"]), C(h["lead"])], rows, truth


WIDE_HEADS = {"ref": ["Ref", "Rec no."], "area": ["Directorate", "Service area"],
              "rec": ["Recommendation", "Audit recommendation", "Finding"],
              "resp": ["Management response", "Response", "Officer comments"],
              "action": ["Agreed actions", "Actions", "Action to be taken"],
              "lead": ["Action owner", "Responsible officer"], "start": ["Start date", "Date raised"],
              "due": ["Target date", "Implementation date"], "status": ["Status", "Current status"],
              "rag": ["RAG", "RAG rating"], "progress": ["Latest update", "Progress update"],
              "notes": ["Notes", "Further information"]}
WIDE_AREAS = ["Resources", "Place", "People", "Corporate"]


def wide_layout(rng: random.Random) -> Layout:
    """A wide tracker sheet: many text columns, one of them what is done."""
    h = heads(rng, WIDE_HEADS)
    order = ["ref", "area", "rec", "resp", "action", "lead", "start", "due", "status", "rag", "progress", "notes"]
    rows, truth = [], []
    for n, (rec, resp, action) in enumerate(rng.sample(PEER, 5), 1):
        lead, when, status = pick(rng, LEADS), pick(rng, list(DATES)), pick(rng, list(STATUSES))
        rag = pick(rng, ["Green", "Amber", "Red"])
        cells = {"ref": f"R{n}", "area": pick(rng, WIDE_AREAS), "rec": rec, "resp": resp, "action": action,
                 "lead": lead, "start": "01/04/2025", "due": when, "status": status, "rag": rag,
                 "progress": "Work under way; a report goes to the next committee.", "notes": "None at present."}
        rows.append([C(cells[k]) for k in order])
        truth.append({"action": action, "lead": lead, **due(when), "status": STATUSES[status], "rag": rag.lower(),
                      "progress": cells["progress"]})
    return [C(h[k]) for k in order], rows, truth


LAYOUTS = {"peer": peer_layout, "issue": issue_layout, "comms": comms_layout, "objective": objective_layout,
           "merged": merged_layout, "themed": themed_layout, "rows": rows_layout, "wide": wide_layout}
TITLES = {"peer": "Corporate Peer Challenge: Action Plan", "issue": "Service Improvement Action Plan",
          "comms": "Communications Plan 2025/26", "objective": "School Improvement Plan 2025-26",
          "merged": "Transformation Programme Tracker", "themed": "Council Plan Delivery Actions",
          "rows": "Action Plan Milestone Export", "wide": "Internal Audit Recommendations Tracker"}


# ---- renderings ----------------------------------------------------------------------------------

def printed_once(rows: list[list[C | None]]) -> list[list[str]]:
    """A grid as a CSV or a PDF prints it: a merged cell's text on its first row, blanks below."""
    return [[c.text if c is not None else "" for c in row] for row in rows]


def write_csv(head: list[C | None], rows: list[list[C | None]], path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow([c.text if c else "" for c in head])
        out.writerows(printed_once(rows))


def write_truth(path: Path, title: str, actions: list[dict[str, Any]]) -> None:
    truth: dict[str, Any] = {"doc": path.name, "actions": actions}
    if path.suffix != ".csv":  # a CSV prints no title
        truth["title"] = title
    write_truth_json(path.with_name(path.name + ".truth.json"), truth)


def make_seed(folder: Path, seed: int, office: bool = False) -> list[Path]:
    rng = random.Random(seed)
    made: list[Path] = []
    for name, layout in LAYOUTS.items():
        head, rows, truth = layout(rng)
        title = TITLES[name]
        widths = [3.0 if len(c.text) > 12 else 1.4 for c in head if c is not None]
        grid = Grid(rows=[[C(c.text, bold=True) if c else None for c in head], *rows], widths=widths)
        stem = folder / f"{name}_{seed}"
        doc = Doc(blocks=[Text(title, "title"), grid], landscape=True)
        write_docx(doc, stem.with_suffix(".docx"))
        write_reportlab(doc, stem.with_name(stem.name + "_rl.pdf"))
        write_xlsx(Doc(sheets=[Sheet("Plan", title=[title], grid=grid)]), stem.with_suffix(".xlsx"))
        write_csv(head, rows, stem.with_suffix(".csv"))
        for path in (stem.with_suffix(".docx"), stem.with_name(stem.name + "_rl.pdf"), stem.with_suffix(".xlsx"),
                     stem.with_suffix(".csv")):
            write_truth(path, title, truth)
            made.append(path)
    if office:  # the Word files printed to PDF by LibreOffice, as '_lo.pdf'
        words = [p for p in made if p.suffix == ".docx"]
        with tempfile.TemporaryDirectory() as tmp:
            for pdf in libreoffice_pdfs(words, Path(tmp)):
                target = folder / f"{pdf.stem}_lo.pdf"
                shutil.move(str(pdf), target)
                source = json.loads((folder / f"{pdf.stem}.docx.truth.json").read_text(encoding="utf-8"))
                write_truth(target, source["title"], source["actions"])
                made.append(target)
    return made


def main(folder: Path, seeds: list[int], office: bool = False) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for p in make_seed(folder, seed, office)]


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("choice_samples")
    chosen = [int(s) for s in sys.argv[2:]] or [1, 2, 3]
    for made_path in main(out, chosen, office=shutil.which("soffice") is not None):
        print(made_path)
