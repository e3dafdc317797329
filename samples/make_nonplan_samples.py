"""Documents that are not plans, and plans that nearly look like they are not (issue 14, precision).

Run from the repo root: python samples/make_nonplan_samples.py FOLDER [SEED ...]. Each seed writes
every document below as Word (.docx), PDF drawn by reportlab (_rl.pdf) and, with pdftotext, the
PDF's text as `pdftotext -layout` prints it (.txt); NAME.truth.json beside each (the truth format
of ../shared/CONTRACT.md: a non-plan's truth has no actions). The sentences are our own; the
wordings are drawn per seed from pools written as such documents word them.

Non-plans (tables with a person or a date column beside text, none of them things to be done):
- agenda: `Item | Lead | Time` (or Presenter / Purpose): short item titles ('Apologies',
  'Minutes of the last meeting', 'Any other business'), who presents, a time of day;
- minutes: `Item | Discussion | Decision` with sentences that report what was said, and the list
  of who attended;
- statistics: a report's data table (`School | Headteacher | Pupils | % attendance | Last
  inspected`), mostly numbers beside names and past dates;
- audit: a quality-assurance audit `Standard | Finding | Judgement | Auditor | Date audited`, the
  findings sentences that report facts;
- spec: a service specification `Service element | Description | Provider | Start date`, each
  description saying what the service is;
- contacts: `Name | Role | Email | Telephone`;
- timetable: a training week's `Day | Time | Session | Tutor`;
- budget: `Budget line | 2024/25 (£) | 2025/26 (£) | Budget holder`;
- indicators: a performance summary `Measure | Lead officer | Date reported | Value`: indicators
  beside who reports them and when, no actions.

Near-miss plans (their actions must be kept):
- terse: `Item | Owner | By when | Status` with terse noun-phrase actions ('Review of the
  admissions policy', 'Safeguarding refresher training');
- undated: `Priority | What we will do | Who` with no dates at all;
- register: a risk register whose treatment column is headed as actions and holds instructions
  (`Risk | Likelihood | Impact | Mitigating actions | Owner | Target date`): the actions are kept,
  the risk and its scores aside.
"""
from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import C, Doc, Grid, Text, layout_text, write_docx, write_reportlab  # noqa: E402
from samples.seeded import write_truth_json  # noqa: E402

PEOPLE = ["Chair", "Clerk to the Governors", "Head Teacher", "J. Okafor", "Business Manager", "Priya Shah",
          "Director of Children's Services", "Cllr M. Dunne", "Head of Finance", "Designated Safeguarding Lead"]

AGENDA_ITEMS = ["Welcome and apologies for absence", "Declarations of interest", "Minutes of the last meeting",
                "Matters arising", "Head Teacher's report", "Finance update", "Safeguarding report",
                "Policies for approval", "Governor training and visits", "Any other business",
                "Date of next meeting"]
AGENDA_PURPOSES = ["For information", "For decision", "For discussion", "For approval", "To note"]

MINUTES = [
    ("Apologies", "Apologies were received from Mrs Hall and accepted by the committee.",
     "Apologies accepted."),
    ("Minutes of the last meeting", "The minutes of the meeting held on 14 March were agreed as a true record.",
     "Minutes approved and signed by the Chair."),
    ("Budget monitoring", "The Business Manager presented the month 9 report. Spending was in line with the "
     "budget and the forecast surplus had risen slightly since the last meeting.", "Report noted."),
    ("Attendance", "Attendance for the autumn term was 95.1 per cent, above the national figure. Persistent "
     "absence had fallen for the second year running.", "Governors welcomed the improvement."),
    ("Premises", "The roof repair over the hall was completed during the half-term holiday within budget.",
     "No decision required."),
    ("Any other business", "There was no other business.", "None."),
]
ATTENDEES = ["Mr D. Reeve (Chair)", "Mrs S. Patel", "Ms L. Green (Head Teacher)", "Mr T. Banks",
             "Mrs A. Holt (Clerk)"]

SCHOOLS = ["Ashfield Primary", "Brook Lane Infants", "Castle Hill Academy", "Dene Park Primary",
           "Elm Road Junior", "Fairway CE Primary", "Grange Primary", "Hollins Academy"]
HEADS = ["Mrs K. Lowe", "Mr P. Adeyemi", "Ms R. Quinn", "Mr S. Marsh", "Mrs J. Tan", "Dr H. Wood",
         "Mr A. Frost", "Mrs C. Doyle"]
PAST = ["March 2019", "11/10/2021", "June 2022", "23/01/2020", "May 2018", "15/11/2022", "Feb 2021",
        "09/07/2019"]

AUDIT = [
    ("Assessment timeliness", "Assessments were completed within 45 working days in 17 of the 20 cases sampled."),
    ("Chronologies", "An up-to-date chronology was on file in 12 of 20 cases; several had not been updated "
     "since the first referral."),
    ("Voice of the child", "The child's views were recorded and informed the plan in most cases seen."),
    ("Management oversight", "Supervision records showed regular oversight, although the rationale for "
     "decisions was not always written down."),
    ("Plans", "Plans were specific in about half of the cases; the rest described services rather than "
     "outcomes for the child."),
    ("Case closure", "Closure summaries were present in every closed case that was audited."),
]
JUDGEMENTS = ["Good", "Requires improvement", "Inadequate", "Outstanding", "Requires improvement", "Good"]

SPEC = [
    ("Opening hours", "The service is open from 8am to 6pm on weekdays and from 9am to 1pm on Saturdays."),
    ("Referrals", "Referrals are accepted from schools, health visitors, GPs and families themselves."),
    ("Eligibility", "Families with at least one child under five who live in the borough are eligible."),
    ("Staffing", "Each centre has a manager, two family support workers and a part-time administrator."),
    ("Outreach", "Home visits are available for families who cannot reach a centre."),
    ("Information sharing", "Information is shared with partners under the county's information sharing "
     "agreement."),
]
PROVIDERS = ["Borough Council", "Community Health Trust", "Families First CIC", "Borough Council",
             "Community Health Trust", "Families First CIC"]
STARTS = ["1 April 2024", "April 2024", "01/04/2024", "September 2024", "1 April 2024", "April 2024"]

CONTACTS = [("Anna Berg", "Head of Service"), ("Tom Price", "Team Manager, Early Help"),
            ("Sara Lund", "Performance Officer"), ("Dev Mistry", "Service Manager, Fostering"),
            ("Lucy Hart", "Business Support Officer"), ("Owen Reid", "Principal Social Worker")]

SESSIONS = [("Monday", "09:30", "Introduction to safeguarding", "Designated Safeguarding Lead"),
            ("Monday", "11:00", "Working with families", "Early Help Coordinator"),
            ("Tuesday", "09:30", "Recording and case notes", "Practice Educator"),
            ("Tuesday", "13:30", "Supervision skills", "Principal Social Worker"),
            ("Wednesday", "10:00", "Court skills", "Legal Services"),
            ("Thursday", "14:00", "Reflective practice group", "Practice Educator")]
BUDGET = [("Staffing", "1,245,000", "1,310,500", "Head of Service"),
          ("Premises", "86,400", "88,100", "Facilities Manager"),
          ("Transport", "42,000", "39,500", "Business Manager"),
          ("Training and development", "18,750", "21,000", "HR Business Partner"),
          ("Supplies and services", "64,300", "61,900", "Business Manager")]
INDICATORS = [("Re-referrals within 12 months", "Performance Officer", "30/06/2023", "21.4%"),
              ("Assessments completed in 45 days", "Performance Officer", "30/06/2023", "88%"),
              ("Children seen within 5 days", "Team Manager", "30/06/2023", "91%"),
              ("Visits in timescale", "Team Manager", "31/03/2023", "84%"),
              ("Care leavers in suitable accommodation", "Service Manager", "31/03/2023", "93%")]

# near-miss plans ---------------------------------------------------------------------------------
TERSE = [("Review of the admissions policy", "Head Teacher", "March 2026", "In progress"),
         ("Safeguarding refresher training for all staff", "Designated Safeguarding Lead", "Sept 2025",
          "Complete"),
         ("New induction pack for governors", "Clerk to the Governors", "December 2025", "Not started"),
         ("Implementation of the new behaviour policy", "Deputy Head", "January 2026", "In progress"),
         ("Parent survey on homework", "Business Manager", "July 2026", "Not started")]
UNDATED = [("Reading", "Introduce daily phonics catch-up sessions for pupils in Years 2 and 3", "English Lead"),
           ("Reading", "Buy new decodable reading books matched to the phonics scheme", "Business Manager"),
           ("Attendance", "Contact the families of persistently absent pupils on the first day of absence",
            "Attendance Officer"),
           ("Attendance", "Run a termly attendance award assembly", "Deputy Head"),
           ("Wellbeing", "Train two members of staff as mental health first aiders", "SENCO")]
REGISTER = [("Not enough foster carers to meet demand", "4", "4",
             "Run a targeted recruitment campaign in the east of the county", "Head of Fostering", "March 2026"),
            ("Overspend on agency social workers", "3", "5",
             "Convert agency posts to permanent posts through a new recruitment offer", "HR Business Partner",
             "December 2025"),
            ("Case management system upgrade slips", "3", "3",
             "Agree a fixed go-live date with the supplier and report progress monthly", "Head of Digital",
             "Sept 2025"),
            ("Loss of key staff in the front door team", "2", "4",
             "Develop a retention offer for experienced social workers", "Service Manager", "January 2026")]

KINDS = ("agenda", "minutes", "statistics", "audit", "spec", "contacts", "timetable", "budget", "indicators")
NEAR_MISSES = ("terse", "undated", "register")


def _grid(head: list[str], rows: list[list[str]], widths: list[float]) -> Grid:
    return Grid([[C(h, bold=True, fill="#d9d9d9") for h in head]] + [[C(t) for t in r] for r in rows],
                widths=widths)


def agenda(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    items = AGENDA_ITEMS[:3] + rng.sample(AGENDA_ITEMS[3:-2], 4) + AGENDA_ITEMS[-2:]
    lead = rng.choice(["Lead", "Presenter", "Led by", "Who"])
    minutes = 0
    rows = []
    for k, item in enumerate(items, 1):
        rows.append([str(k), item, rng.choice(PEOPLE), f"{10 + minutes // 60}:{minutes % 60:02d}",
                     rng.choice(AGENDA_PURPOSES)])
        minutes += rng.choice([5, 10, 15, 20])
    heading = ["No.", rng.choice(["Item", "Agenda item", "Business"]), lead, "Time", "Purpose"]
    doc = Doc([Text("Full Governing Board", "title"), Text("Agenda for the meeting on Tuesday 4 March 2025 at 10am",
                                                            "h2"),
               _grid(heading, rows, [0.6, 4, 2.2, 1, 1.6])])
    return doc, []


def minutes(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    items = MINUTES[:2] + rng.sample(MINUTES[2:-1], 3) + MINUTES[-1:]
    rows = [[str(k), t, d, dec] for k, (t, d, dec) in enumerate(items, 1)]
    doc = Doc([Text("Resources Committee", "title"), Text("Minutes of the meeting held on 2 May 2025", "h2"),
               Text("Present: " + ", ".join(ATTENDEES)),
               _grid(["No.", "Item", "Discussion", "Decision"], rows, [0.6, 2, 5, 2])])
    return doc, []


def statistics(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    order = rng.sample(range(len(SCHOOLS)), 6)
    rows = [[SCHOOLS[i], HEADS[i], str(rng.randint(180, 620)), f"{rng.uniform(92, 97):.1f}%",
             f"{rng.uniform(8, 35):.1f}%", PAST[i]] for i in order]
    doc = Doc([Text("Primary schools in the North locality: 2024 data", "title"),
               Text("Table 3 gives the number on roll, attendance and the share of pupils eligible for free school "
                    "meals for each school in the locality, with the date it was last inspected."),
               _grid(["School", "Headteacher", "Pupils on roll", "Attendance", "FSM eligible", "Last inspected"],
                     rows, [2.5, 2, 1.2, 1.2, 1.2, 1.6])])
    return doc, []


def audit(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    picked = rng.sample(range(len(AUDIT)), 5)
    auditors = ["Practice Standards Lead", "K. Mensah", "Quality Assurance Manager", "L. Byrne"]
    rows = [[AUDIT[i][0], AUDIT[i][1], JUDGEMENTS[i], rng.choice(auditors), rng.choice(PAST)] for i in picked]
    doc = Doc([Text("Children in Need: thematic case audit, quarter 2", "title"),
               Text("Twenty cases were audited against the practice standards. The table sets out what was found."),
               _grid(["Standard", rng.choice(["Finding", "Findings", "What we found"]), "Judgement", "Auditor",
                      "Date audited"], rows, [2, 5, 1.6, 1.8, 1.4])])
    return doc, []


def spec(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    rows = [[SPEC[i][0], SPEC[i][1], PROVIDERS[i], STARTS[i]] for i in rng.sample(range(len(SPEC)), 5)]
    doc = Doc([Text("Schedule 2: Service Specification — Family Hubs", "title"),
               _grid(["Service element", rng.choice(["Description", "Service description", "Detail"]), "Provider",
                      "Start date"], rows, [2, 5, 2, 1.5])])
    return doc, []


def contacts(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    rows = [[n, r, f"{n.split()[0].lower()}.{n.split()[1].lower()}@example.gov.uk",
             f"01632 {rng.randint(100000, 999999)}"] for n, r in rng.sample(CONTACTS, 5)]
    doc = Doc([Text("Children's Services: key contacts", "title"),
               _grid(["Name", "Role", "Email", "Telephone"], rows, [2, 3, 3.5, 1.6])])
    return doc, []


def timetable(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    rows = [list(r) for r in SESSIONS]
    head = ["Day", "Time", rng.choice(["Session", "Topic", "Workshop"]), rng.choice(["Tutor", "Facilitator", "Led by"])]
    return Doc([Text("Newly qualified social workers: induction week timetable", "title"),
                _grid(head, rows, [1.4, 1, 4, 3])]), []


def budget(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    rows = [list(r) for r in BUDGET]
    head = [rng.choice(["Budget line", "Cost centre", "Heading"]), "2024/25 (£)", "2025/26 (£)",
            rng.choice(["Budget holder", "Responsible officer", "Lead"])]
    return Doc([Text("Revenue budget 2025/26: Children's Services", "title"),
                Text("The table gives the approved budget for 2024/25 and the proposed budget for 2025/26."),
                _grid(head, rows, [3, 1.5, 1.5, 2.5])]), []


def indicators(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    rows = [list(r) for r in INDICATORS]
    head = [rng.choice(["Measure", "Description", "Item"]), rng.choice(["Lead officer", "Owner", "Reported by"]),
            rng.choice(["Date reported", "As at", "Date"]), rng.choice(["Value", "Result", "Outturn"])]
    return Doc([Text("Quarterly performance summary, June 2023", "title"), Text("Report date: 14 July 2023"),
                _grid(head, rows, [4, 2, 1.6, 1])]), []


def terse(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    rows = [[t, w, d, s] for t, w, d, s in TERSE]
    head = [rng.choice(["Task", "Action", "Action required"]), rng.choice(["Owner", "Lead"]),
            rng.choice(["By when", "Deadline", "Due"]), "Status"]
    truth = [{"action": t, "lead": w, "due_raw": d, "status_raw": s} for t, w, d, s in TERSE]
    return Doc([Text("Governing Board: school improvement tracker 2025/26", "title"),
                _grid(head, rows, [5, 2.5, 1.6, 1.4])]), truth


def undated(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    rows = [[p, a, w] for p, a, w in UNDATED]
    head = ["Priority", rng.choice(["What we will do", "Actions", "Action to be taken"]),
            rng.choice(["Who", "Lead", "Responsible"])]
    truth = [{"action": a, "lead": w} for _, a, w in UNDATED]
    return Doc([Text("School Development Plan: priorities for next year", "title"),
                _grid(head, rows, [1.6, 6, 2])]), truth


def register(rng: random.Random) -> tuple[Doc, list[dict[str, Any]]]:
    rows = [list(r) for r in REGISTER]
    head = ["Risk", "Likelihood", "Impact", rng.choice(["Mitigating actions", "Actions to mitigate",
                                                        "Further action required"]),
            rng.choice(["Owner", "Risk owner", "Action owner"]), rng.choice(["Target date", "By when"])]
    truth = [{"action": a, "lead": o, "due_raw": d} for _, _, _, a, o, d in REGISTER]
    return Doc([Text("Children's Services risk register and mitigation plan", "title"),
                _grid(head, rows, [3, 1, 1, 4, 2, 1.5])], landscape=True), truth


MAKERS = {"agenda": agenda, "minutes": minutes, "statistics": statistics, "audit": audit, "spec": spec,
          "contacts": contacts, "timetable": timetable, "budget": budget, "indicators": indicators,
          "terse": terse, "undated": undated, "register": register}


def write(doc: Doc, truth: list[dict[str, Any]], stem: Path) -> list[Path]:
    """The document as .docx, _rl.pdf and (with pdftotext) .txt, each with its truth."""
    out = [stem.with_suffix(".docx"), stem.parent / f"{stem.name}_rl.pdf"]
    write_docx(doc, out[0])
    write_reportlab(doc, out[1])
    text = stem.with_suffix(".txt")
    if layout_text(out[1], text):
        out.append(text)
    for path in out:
        write_truth_json(path.with_name(path.name + ".truth.json"), {"doc": path.name, "actions": truth})
    return out


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for seed in seeds:
        for kind, make in MAKERS.items():
            doc, truth = make(random.Random(f"{kind}-{seed}"))
            written += write(doc, truth, folder / f"{kind}_{seed}")
    return written


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    target = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        paths = main(Path(tmp), [int(s) for s in sys.argv[2:]] or [1, 2])
        target.mkdir(parents=True, exist_ok=True)
        for p in Path(tmp).iterdir():
            shutil.copy(p, target / p.name)
    print(f"wrote {len(paths)} documents to {target}")
