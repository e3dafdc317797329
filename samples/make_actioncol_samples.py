"""Plans with several prose columns, only one of them what the organisation commits to do (issue 14).

Run from the repo root: python samples/make_actioncol_samples.py FOLDER [SEED ...]. Each seed writes
the layouts below as Word (.docx), PDF drawn by reportlab (_rl.pdf), Excel (.xlsx) and CSV (.csv),
with NAME.truth.json beside each (the truth format of ../shared/CONTRACT.md). The sentences are our
own; the heading wordings are drawn per seed from pools written as such plans word them. In each,
the action is what will be (or was) done; the problem, finding, recommendation, risk, aim or
requirement beside it is context (a field of its own, or kept aside under its heading).

Layouts:
- qi: an NHS quality improvement plan `Problem | Aim | Primary driver | Change idea | Measure | Owner |
  Date`: the change idea is the action, the aim the objective, the driver the area;
- audit: an internal audit tracker `Ref | Finding | Risk | Recommendation | Agreed management action |
  Responsible officer | Target date | Status`: the agreed action, not the recommendation;
- register: a corporate risk register `Risk | Cause | Likelihood | Impact | Existing controls | Further
  actions required | Owner | Review date`: the further actions, not the controls in place;
- feedback: `You said | We did | When`: what was done in answer is the action;
- learning: a complaints learning log `Complaint theme | What we learned | Action taken | Lead | Date`;
- cqc: a CQC action plan `Regulation | Must do / should do | Action | Evidence of completion | Lead |
  Completion date`: the action, not the regulator's requirement;
- comments: an audit action plan with no column named as the action `Observation | Recommendation |
  Management comments | Action owner | Target date`: the comments commit ('Agreed. We will …');
- hse: a health and safety risk assessment `Hazard | Who might be harmed | Existing control measures |
  Further action required | Action by whom | Action by when`: the further action, not the controls;
- lessons: a lessons log `Lesson learned | Recommendation | Owner | Date` whose recommendations are
  instructions with an owner and a date: they are the actions.
"""
from __future__ import annotations

import csv
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import C, Doc, Grid, Sheet, Text, write_docx, write_reportlab, write_xlsx  # noqa: E402
from samples.seeded import write_truth_json  # noqa: E402

# due as printed → the date it commits to (the contract's rule, worked out by hand)
DATES = {"March 2025": "2025-03", "31/12/2024": "2024-12-31", "30 June 2025": "2025-06-30", "Sept 2024": "2024-09",
         "January 2025": "2025-01", "31/03/2025": "2025-03-31", "Q3 2024/25": "2024-12", "May 2024": "2024-05"}
STATUSES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}
LEADS = ["Ward Manager", "Matron, Surgery", "Head of Patient Experience", "Finance Manager", "Director of Estates",
         "Chief Pharmacist", "Head of Procurement", "Deputy Director of Nursing", "Falls Prevention Lead"]


def pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def heads(rng: random.Random, pool: dict[str, list[str]]) -> dict[str, str]:
    return {k: pick(rng, v) for k, v in pool.items()}


def when(rng: random.Random) -> tuple[str, dict[str, Any]]:
    raw = pick(rng, list(DATES))
    return raw, {"due_date": DATES[raw]}


def prose_layout(rng: random.Random, pool: dict[str, list[str]], keys: list[str], data: list[tuple[str, ...]],
                 action: int, leads: list[str] = LEADS, objective: int | None = None
                 ) -> tuple[list[str], list[list[str]], list[dict[str, Any]]]:
    """A table of prose columns (`keys`, from `data`'s tuples) then who and when, three rows; the
    truth's action is the tuple's item `action` (and its objective item `objective`)."""
    h = heads(rng, pool)
    head = [h[k] for k in keys] + [h["lead"], h["due"]]
    rows, truth = [], []
    for texts in rng.sample(data, 3):
        lead = pick(rng, leads)
        raw, date = when(rng)
        rows.append([*texts, lead, raw])
        extra = {"objective": texts[objective]} if objective is not None else {}
        truth.append({"action": texts[action], **extra, "lead": lead, **date})
    return head, rows, truth


# (problem, aim, driver, change idea, measure)
QI = [
    ("Patients fall at night when getting up to use the toilet", "Reduce falls by 30% by March 2025",
     "Safe environment", "Introduce intentional rounding every hour between 22:00 and 06:00",
     "Falls per 1,000 bed days"),
    ("Falls risk assessments are not completed within 6 hours of admission",
     "95% of assessments completed within 6 hours", "Reliable assessment",
     "Add the falls assessment to the admission checklist in the electronic record", "% assessed within 6 hours"),
    ("Staff did not know which patients were at high risk of falling", "All staff know high-risk patients at handover",
     "Communication", "Use a falls symbol on the patient status board and at safety huddles", "Audit of huddle notes"),
    ("Lying and standing blood pressure was rarely recorded", "Lying and standing BP recorded for 90% of patients",
     "Clinical review", "Teach the lying and standing blood pressure technique at every nursing induction",
     "Monthly notes audit"),
]
QI_HEADS = {"problem": ["Problem", "Problem statement", "Issue"], "aim": ["Aim", "SMART aim", "Aim statement"],
            "driver": ["Primary driver", "Driver", "Secondary driver"],
            "action": ["Change idea", "Change ideas", "Change to test"],
            "measure": ["Measure", "Process measure", "How will we know"], "lead": ["Owner", "Lead"],
            "due": ["Date", "Target date", "By when"]}


def qi_layout(rng: random.Random) -> tuple[list[str], list[list[str]], list[dict[str, Any]]]:
    return prose_layout(rng, QI_HEADS, ["problem", "aim", "driver", "action", "measure"], QI, action=3, objective=1)


# (finding, risk, recommendation, agreed action)
AUDIT = [
    ("Bank reconciliations were not signed off by a second officer in 4 of the 12 months tested",
     "Errors may go undetected", "Reconciliations should be independently reviewed each month",
     "The Finance Manager will review and sign each monthly reconciliation"),
    ("The supplier master file contained 37 duplicate records", "Duplicate payments may be made",
     "Duplicate suppliers should be removed and the file reviewed regularly",
     "A cleanse of the supplier file will be undertaken and a quarterly review introduced"),
    ("Leavers kept access to the finance system for up to three months", "Unauthorised transactions",
     "Access should be removed on the leaving date",
     "HR will send a weekly leavers report to the systems team, who will remove access within two days"),
    ("Petty cash was not counted at the end of each month at two sites", "Loss of cash",
     "Monthly cash counts should be carried out and recorded",
     "Site managers will count petty cash monthly and send the signed record to Finance"),
]
AUDIT_HEADS = {"finding": ["Finding", "Audit finding", "Issue identified"], "risk": ["Risk", "Risk / implication"],
               "rec": ["Recommendation", "Audit recommendation"],
               "action": ["Agreed management action", "Management response", "Agreed action", "Management action"],
               "lead": ["Responsible officer", "Action owner", "Officer responsible"],
               "due": ["Target date", "Implementation date", "Agreed date"], "status": ["Status", "Progress status"]}


def audit_layout(rng: random.Random) -> tuple[list[str], list[list[str]], list[dict[str, Any]]]:
    h = heads(rng, AUDIT_HEADS)
    head = ["Ref", h["finding"], h["risk"], h["rec"], h["action"], h["lead"], h["due"], h["status"]]
    rows, truth = [], []
    for n, (finding, risk, rec, action) in enumerate(rng.sample(AUDIT, 3), 1):
        lead, status = pick(rng, LEADS), pick(rng, list(STATUSES))
        raw, date = when(rng)
        rows.append([str(n), finding, risk, rec, action, lead, raw, status])
        truth.append({"action": action, "lead": lead, **date, "status": STATUSES[status]})
    return head, rows, truth


# (risk, cause, controls in place, further actions)
RISKS = [
    ("Failure to meet the four-hour emergency access standard", "Demand above planned capacity",
     "Daily bed meetings and an escalation policy",
     "Open a same-day emergency care unit and recruit two acute physicians"),
    ("Insufficient capital to replace ageing estate", "National capital allocation is limited",
     "Five-year estates plan agreed by the board",
     "Bid for national capital funding and prioritise backlog maintenance by risk"),
    ("Loss of key clinical staff", "Competitive recruitment market",
     "Recruitment and retention premia for hard-to-fill posts",
     "Develop a succession plan and cross-train staff in each specialist team"),
    ("Cyber attack disrupts clinical systems", "Outdated software on legacy servers",
     "Firewall and annual penetration test", "Upgrade the legacy servers and run phishing awareness training"),
]
RISK_HEADS = {"risk": ["Risk", "Risk description"], "cause": ["Cause", "Causes"],
              "controls": ["Existing controls", "Controls in place", "Current controls"],
              "action": ["Further actions required", "Mitigating actions", "Additional actions"],
              "lead": ["Owner", "Risk owner"], "due": ["Review date", "Target date"]}


def register_layout(rng: random.Random) -> tuple[list[str], list[list[str]], list[dict[str, Any]]]:
    h = heads(rng, RISK_HEADS)
    head = [h["risk"], h["cause"], "Likelihood", "Impact", h["controls"], h["action"], h["lead"], h["due"]]
    rows, truth = [], []
    for risk, cause, controls, action in rng.sample(RISKS, 3):
        lead = pick(rng, LEADS)
        raw, date = when(rng)
        rows.append([risk, cause, str(rng.randint(2, 4)), str(rng.randint(3, 5)), controls, action, lead, raw])
        truth.append({"action": action, "lead": lead, **date})
    return head, rows, truth


# (what people said, what was done)
FEEDBACK = [
    ("It took too long to get through on the phone", "We added two more call handlers at peak times"),
    ("The waiting area was too hot in summer", "Installed air conditioning in the outpatient waiting room"),
    ("Appointment letters were confusing", "We rewrote the letters with a patient reading group"),
    ("There was nowhere to charge a phone", "Charging points have been installed in the waiting area"),
    ("Car parking is difficult at the health centre", "We agreed extra spaces with the neighbouring leisure centre"),
]
FEEDBACK_HEADS = {"said": ["You said", "You told us", "What you said"], "did": ["We did", "What we did"],
                  "due": ["When", "Date"]}


def feedback_layout(rng: random.Random) -> tuple[list[str], list[list[str]], list[dict[str, Any]]]:
    h = heads(rng, FEEDBACK_HEADS)
    head = [h["said"], h["did"], h["due"]]
    rows, truth = [], []
    for said, did in rng.sample(FEEDBACK, 4):
        raw, date = when(rng)
        rows.append([said, did, raw])
        truth.append({"action": did, **date})
    return head, rows, truth


# (theme, learning, action taken)
LEARNING = [
    ("Communication about discharge", "Families were not told the planned discharge date",
     "Discharge date now written on the patient board and discussed at visiting"),
    ("Lost property", "Property was not recorded when patients moved between wards",
     "Introduced a property checklist for ward transfers"),
    ("Waiting times in clinic", "Patients were not told when clinics were running late",
     "Clinic delays are now shown on the waiting room screen every 30 minutes"),
    ("Staff attitude", "Some patients felt rushed at the reception desk",
     "Customer care training given to all reception staff"),
]
LEARNING_HEADS = {"theme": ["Complaint theme", "Issue raised", "Theme"],
                  "learning": ["What we learned", "Learning", "Lessons learned"],
                  "action": ["Action taken", "Actions taken", "Action"], "lead": ["Lead", "Owner"],
                  "due": ["Date completed", "Completion date"]}


def learning_layout(rng: random.Random) -> tuple[list[str], list[list[str]], list[dict[str, Any]]]:
    return prose_layout(rng, LEARNING_HEADS, ["theme", "learning", "action"], LEARNING, action=2)


# (regulation, requirement, action, evidence)
CQC = [
    ("Regulation 12", "The trust must ensure that medicines are stored at the correct temperature",
     "Install temperature monitoring in all clinic rooms and audit it weekly",
     "Weekly audit results reported to the medicines committee"),
    ("Regulation 18", "The trust should ensure staff complete mandatory training",
     "Send monthly reminders to staff and managers with compliance below 90%", "Training compliance report"),
    ("Regulation 17", "The trust must ensure that records are complete and stored securely",
     "Carry out a monthly records audit on every ward and act on its findings", "Records audit dashboard"),
    ("Regulation 15", "The trust should ensure that equipment is checked and cleaned daily",
     "Add daily equipment checks to the ward safety huddle checklist", "Completed checklists kept on each ward"),
]
CQC_HEADS = {"reg": ["Regulation", "Regulation breached"],
             "req": ["Must do / should do", "Requirement", "CQC finding"],
             "action": ["Action", "Actions to be taken", "What we will do"],
             "evidence": ["Evidence of completion", "Evidence", "Assurance"],
             "lead": ["Lead", "Executive lead"], "due": ["Completion date", "Target date"]}


def cqc_layout(rng: random.Random) -> tuple[list[str], list[list[str]], list[dict[str, Any]]]:
    return prose_layout(rng, CQC_HEADS, ["reg", "req", "action", "evidence"], CQC, action=2)


# (observation, recommendation, management comment)
COMMENTS = [
    ("Two of ten contracts had no signed copy on file", "Signed copies of all contracts should be held centrally",
     "Agreed. We will scan all signed contracts into the contracts register"),
    ("Budget holders did not review their monthly reports", "Budget holders should confirm their monthly review",
     "Agreed. Finance will introduce a monthly sign-off in the ledger"),
    ("Purchase orders were raised after the invoice in 12% of cases", "Orders should be raised before goods are bought",
     "Accepted. We will block invoices without an order from April"),
    ("The asset register did not record 14 laptops", "The asset register should be reconciled annually",
     "Agreed. IT will reconcile the register with the device management system each year"),
]
COMMENT_HEADS = {"obs": ["Observation", "Finding", "Issue"], "rec": ["Recommendation", "Audit recommendation"],
                 "comment": ["Management comments", "Management comment", "Response"],
                 "lead": ["Action owner", "Responsible officer"], "due": ["Target date", "Implementation date"]}


def comments_layout(rng: random.Random) -> tuple[list[str], list[list[str]], list[dict[str, Any]]]:
    return prose_layout(rng, COMMENT_HEADS, ["obs", "rec", "comment"], COMMENTS, action=2)


# (hazard, who might be harmed, controls in place, further action)
HAZARDS = [
    ("Sharp tools", "Volunteers", "Tools stored in a locked shed",
     "Give a tool safety briefing at the start of each session"),
    ("Slips on wet paths", "Volunteers and visitors", "Paths swept weekly",
     "Lay gravel on the main path before winter"),
    ("Lifting heavy compost bags", "Volunteers", "Two-person lift signs on the store",
     "Buy a sack trolley and show volunteers how to use it"),
    ("Sun exposure in summer", "Children and volunteers", "Sessions end by 3pm in July",
     "Put up a shade sail over the seating area"),
]
HSE_HEADS = {"hazard": ["Hazard", "Hazards", "What are the hazards"],
             "who": ["Who might be harmed", "Who might be harmed and how", "People affected"],
             "controls": ["Existing control measures", "Controls in place", "What are you already doing"],
             "action": ["Further action required", "Further action needed", "Additional controls required"],
             "lead": ["Action by whom", "Who"], "due": ["Action by when", "By when"]}


def hse_layout(rng: random.Random) -> tuple[list[str], list[list[str]], list[dict[str, Any]]]:
    return prose_layout(rng, HSE_HEADS, ["hazard", "who", "controls", "action"], HAZARDS, action=3,
                        leads=["Session leader", "Site coordinator", "Volunteer manager"])


# (lesson, recommendation)
LESSONS = [
    ("Suppliers were engaged too late in the design", "Involve suppliers at the outline design stage of every project"),
    ("Benefits were not tracked after go-live", "Appoint a benefits owner for each project before go-live"),
    ("Users were trained weeks before the system was ready", "Schedule user training in the fortnight before go-live"),
    ("Risks were reviewed only at board meetings", "Review the project risk log at every weekly team meeting"),
]
LESSON_HEADS = {"lesson": ["Lesson learned", "Lessons learnt", "What we learned"],
                "rec": ["Recommendation", "Recommendations"], "lead": ["Owner", "Lead"], "due": ["Date", "By when"]}


def lessons_layout(rng: random.Random) -> tuple[list[str], list[list[str]], list[dict[str, Any]]]:
    return prose_layout(rng, LESSON_HEADS, ["lesson", "rec"], LESSONS, action=1)


LAYOUTS = {"qi": qi_layout, "audit": audit_layout, "register": register_layout, "feedback": feedback_layout,
           "learning": learning_layout, "cqc": cqc_layout, "comments": comments_layout, "hse": hse_layout,
           "lessons": lessons_layout}
TITLES = {"qi": "Ward quality improvement plan 2024/25", "audit": "Internal audit recommendations tracker",
          "register": "Corporate risk register", "feedback": "You said, we did",
          "learning": "Complaints: learning and actions", "cqc": "CQC inspection action plan",
          "comments": "Internal audit action plan", "hse": "Risk assessment: community garden sessions",
          "lessons": "Project lessons learned"}


def write_csv(head: list[str], rows: list[list[str]], path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(head)
        out.writerows(rows)


def write_truth(path: Path, title: str, actions: list[dict[str, Any]]) -> None:
    truth: dict[str, Any] = {"doc": path.name, "actions": actions}
    if path.suffix != ".csv":  # a CSV prints no title
        truth["title"] = title
    write_truth_json(path.with_name(path.name + ".truth.json"), truth)


def make_seed(folder: Path, seed: int) -> list[Path]:
    rng = random.Random(seed)
    made: list[Path] = []
    for name, layout in LAYOUTS.items():
        head, rows, truth = layout(rng)
        title = TITLES[name]
        widths = [3.0 if len(text) > 12 else 1.4 for text in head]
        grid = Grid(rows=[[C(text, bold=True) for text in head], *[[C(t) for t in row] for row in rows]],
                    widths=widths)
        stem = folder / f"{name}_{seed}"
        doc = Doc(blocks=[Text(title, "title"), grid], landscape=True)
        paths = [stem.with_suffix(".docx"), stem.with_name(stem.name + "_rl.pdf"), stem.with_suffix(".xlsx"),
                 stem.with_suffix(".csv")]
        write_docx(doc, paths[0])
        write_reportlab(doc, paths[1])
        write_xlsx(Doc(sheets=[Sheet("Plan", title=[title], grid=grid)]), paths[2])
        write_csv(head, rows, paths[3])
        for path in paths:
            write_truth(path, title, truth)
            made.append(path)
    return made


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for p in make_seed(folder, seed)]


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("actioncol_samples")
    chosen = [int(s) for s in sys.argv[2:]] or [1, 2, 3]
    for made_path in main(out, chosen):
        print(made_path)
