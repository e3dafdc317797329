"""Layouts real plans use, each in several renderings, with wordings drawn afresh per variant (issue 14).

Run from the repo root: python samples/make_layout_samples.py FOLDER [SEED ...]. Each variant
(a seed) writes every family below in the renderings that can show it, NAME.truth.json beside
each (the truth format of ../shared/CONTRACT.md). The sentences are our own; the label and heading
wordings are drawn per variant from pools written as plans word them, not from planx's vocabulary.

Families:
- forms: a small table per action (label | value), one after another under priority headings;
  labels bold or shaded; some variants put two label | value pairs side by side (4 columns);
- sdp: a school development plan, 9-10 columns, priority and outcome merged down over their
  actions, the evaluation RAG shown only as the cell's fill, school-term dates, landscape;
- kpi: a council's quarterly performance report: narrative, then KPI tables per service
  (quarters and a RAG word; latest/target/RAG letter/direction of travel; a block per KPI),
  RAG as words, letters or fills, the heading row not repeated on later pages;
- minutes: committee minutes (items as a table of notes and a short action column, or prose)
  with an action log ('Item | Action | By whom | By when'): only the log's rows are actions;
- tracker: a workbook whose first sheet is guidance, the tracker under a title block on a later
  sheet with RAG scores 1-5 coloured by conditional formatting, dropdown lists, a lookup sheet and
  a risk register (none of them actions).
Renderings: Word (.docx), PDF printed by LibreOffice from it (_lo.pdf), PDF drawn by reportlab
(_rl.pdf, ruled or borderless), text as `pdftotext -layout` prints a PDF (.txt), Excel (.xlsx)
and CSV where a family fits them.
"""
from __future__ import annotations

import csv
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import (  # noqa: E402
    Break,
    C,
    Doc,
    Grid,
    Sheet,
    Text,
    layout_text,
    libreoffice_pdfs,
    write_docx,
    write_reportlab,
    write_xlsx,
)
from samples.seeded import write_truth_json  # noqa: E402

GREEN, AMBER, RED = "#00B050", "#FFC000", "#FF0000"
RAG_FILLS = {"green": [GREEN, "#92D050"], "amber": [AMBER, "#FFBF00"], "red": [RED, "#E60000"]}
RAG_WORDS = {"green": ("Green", "G"), "amber": ("Amber", "A"), "red": ("Red", "R")}
STATUSES = {"On track": "in_progress", "Complete": "complete", "Not started": "not_started",
            "Behind schedule": "delayed", "In progress": "in_progress", "Completed": "complete",
            "Delayed": "delayed", "Underway": "in_progress", "Not yet started": "not_started"}
# due cells as printed → the date they commit to (the contract's rule, worked out by hand)
# a season in a school's plan is its term ('Spring 2025' = the spring term, ending in March; only the school
# development plan prints one), as schoolyear.season_term_due reads it
DATES = {"31 March 2025": "2025-03-31", "Mar 2025": "2025-03", "30/06/2025": "2025-06-30",
         "End of June 2025": "2025-06", "Q4 2024/25": "2025-03", "December 2024": "2024-12", "Sep-25": "2025-09",
         "January 2026": "2026-01", "Jul-25": "2025-07", "April 2025": "2025-04", "Ongoing": None, "TBC": None,
         "Oct 2024": "2024-10", "18/07/25": "2025-07-18", "12 May 2025": "2025-05-12", "asap": None,
         "Next meeting": None, "Spring term 2025": "2025-03", "Autumn term 2024": "2024-12",
         "Summer 1 2025": "2025-05", "By end of Summer term 2025": "2025-07", "Sept 2024": "2024-09",
         "Spring 2025": "2025-03", "Half-termly": None, "Autumn 2 2024": "2024-12", "Summer term": None,
         "Jan 2025 – Jul 2025": "2025-07", "Feb 2025": "2025-02", "By Easter 2025": "2025", "30 May 2025": "2025-05-30",
         "June 2025": "2025-06", "14/04/25": "2025-04-14", "End of term": None, "Nov 2024": "2024-11"}


def pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def date_truth(raw: str) -> dict[str, Any]:
    return {"due_raw": raw, "due_date": DATES[raw]}


def title_blocks(rng: random.Random, title: str, above: list[str], below: list[str]) -> list[Text | Grid | Break]:
    """A title as plans print it: Word's Title style, a Heading 1, or large bold text with no style,
    with a small line (an appendix number, the council's name) above it and a date line below."""
    style = pick(rng, ["title", "h1", "big"])
    return [Text(t) for t in above] + [Text(title, style)] + [Text(t) for t in below]


# ---- forms: one small table per action -------------------------------------------------------

FORM_LABELS = {
    "ref": ["Ref", "Action ref", "Reference", "Action no."],
    "action": ["Action", "Action to be taken", "What we will do", "Planned action", "Activity"],
    "lead": ["Owner", "Accountable officer", "Lead officer", "Responsible officer", "Action lead"],
    "due": ["Target completion", "Target date", "Completion date", "Deadline", "Due by"],
    "status": ["Progress status", "Status", "Current status", "Delivery status"],
    "rag": ["RAG rating", "RAG", "RAG status", "Overall RAG"],
    "progress": ["Commentary", "Progress update", "Update", "Comments", "Progress to date", "Latest position"],
    "measure": ["Success measure", "How will we know?", "Evidence of impact", "Outcome measure"],
}
FORM_PRIORITIES = [
    ("Keep children safe at home where it is right for them", [
        ("Set up an edge-of-care team that works evenings and weekends with families in crisis",
         "Head of Family Support", "Oct 2024", "Complete", "green",
         "The team went live in October and has worked with 41 families.",
         "Fewer children entering care in an emergency"),
        ("Bring the parenting assessment service back in house and cut waiting times to six weeks",
         "Service Manager, Assessment", "Mar 2025", "On track", "amber",
         "Two assessors recruited; a third post is out to advert.", "Assessments started within six weeks"),
        ("Agree a protocol with the police for sharing domestic abuse notifications within 24 hours",
         "Safeguarding Partnership Manager", "30/06/2025", "Behind schedule", "red",
         "Draft with the police legal team since February.", "Notifications shared within a day"),
    ]),
    ("Improve the timeliness of education, health and care plans", [
        ("Recruit two additional educational psychologists on permanent contracts",
         "Principal Educational Psychologist", "December 2024", "Not started", "red",
         "Market supplement approved; adverts go out in January.", "Psychology advice returned in six weeks"),
        ("Introduce weekly case tracking meetings for every plan over 16 weeks old",
         "SEND Operations Manager", "Ongoing", "In progress", "green",
         "Meetings running since September; backlog down from 120 to 74.",
         "Plans issued within 20 weeks"),
    ]),
    ("Listen to young people and act on what they say", [
        ("Run an annual survey of children in care and publish what we changed as a result",
         "Participation Lead", "Jul-25", "On track", "green",
         "Survey designed with the Children in Care Council.", "Response rate above half"),
        ("Give care leavers a say in the recruitment of every social worker for the leaving care team",
         "Leaving Care Team Manager", "April 2025", "Delayed", "amber",
         "Panel training postponed to March.", "Young people sit on every interview panel"),
    ]),
]


def forms_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    labels = {k: pick(rng, v) for k, v in FORM_LABELS.items()}
    wide = rng.random() < 0.5  # two label | value pairs side by side
    label_look = pick(rng, ["bold", "shaded", "both"])
    with_measure = rng.random() < 0.5
    rag_as = pick(rng, ["word", "letter"])
    shade = pick(rng, ["#D9D9D9", "#DEEAF6", "#E2EFD9"])
    heading_style = pick(rng, ["h2", "bold"])
    title = pick(rng, ["Children's Services Improvement Plan 2024-25: Action Forms",
                       "Getting to Good: Our Improvement Actions 2024/25",
                       "Social Care Improvement Programme – Action Record 2024-25"])
    doc = Doc(blocks=title_blocks(rng, title, [pick(rng, ["Appendix 2", "Northborough Council", ""])],
                                  [pick(rng, ["Updated February 2025", "Version 3 – January 2025"])]))
    doc.blocks = [b for b in doc.blocks if not (isinstance(b, Text) and not b.text)]
    doc.blocks.append(Text("Each action below is reviewed monthly by the Improvement Board. Ratings show our "
                           "confidence that the action will be delivered on time."))
    actions = []
    n_pri = 2 + (rng.random() < 0.5)
    for p, (priority, items) in enumerate(FORM_PRIORITIES[:n_pri], 1):
        doc.blocks.append(Text(f"Priority {p}: {priority}", heading_style))
        for a, (action, lead, due, status, rag, update, measure) in enumerate(items, 1):
            ref = f"{p}.{a}"
            rag_text = RAG_WORDS[rag][0 if rag_as == "word" else 1]
            values = {"ref": ref, "action": action, "lead": lead, "due": due, "status": status, "rag": rag_text,
                      "progress": update, "measure": measure}
            doc.blocks.append(form_grid(labels, values, wide, label_look, shade, with_measure))
            truth = {"area_ref": str(p), "area": priority, "action": action, "lead": lead, **date_truth(due),
                     "status": STATUSES[status], "status_raw": status, "rag": rag, "rag_raw": rag_text,
                     "progress": update}
            if with_measure:
                truth["measure"] = measure
            actions.append(truth)
    return doc, {"title": title, "actions": actions}


def form_grid(labels: dict[str, str], values: dict[str, str], wide: bool, look: str, shade: str,
              with_measure: bool) -> Grid:
    def label(name: str) -> C:
        return C(labels[name], bold=look in ("bold", "both"), fill=shade if look in ("shaded", "both") else None)

    def value(name: str, span: int = 1) -> C:
        return C(values[name], span=span)

    if not wide:
        order = ["ref", "action", "lead", "due", "status", "rag"] + (["measure"] if with_measure else []) + ["progress"]
        return Grid([[label(n), value(n)] for n in order], widths=[1, 3.2], head=0, repeat=False)
    rows: list[list[C | None]] = [
        [label("ref"), value("ref"), label("rag"), value("rag")],
        [label("action"), value("action", 3), None, None],
        [label("lead"), value("lead"), label("due"), value("due")],
        [label("status"), value("status"), label("measure"), value("measure")] if with_measure else
        [label("status"), value("status", 3), None, None],
        [label("progress"), value("progress", 3), None, None],
    ]
    return Grid(rows, widths=[1, 2, 1, 2], head=0, repeat=False)


# ---- a school development plan -----------------------------------------------------------------

SDP_HEADINGS = {
    "area": ["Priority", "Key priority", "School priority", "Development priority"],
    "outcome": ["Intended outcome", "Intended outcomes", "Desired outcome", "What we want to achieve"],
    "action": ["Key actions", "Actions", "Strategies / actions", "Key tasks"],
    "measure": ["Success criteria", "Success criteria (measurable)", "How we will measure success"],
    "lead": ["Lead", "Lead person", "Led by", "Staff lead"],
    "resources": ["Resources", "Resources / cost", "Cost and resources", "CPD / resources"],
    "due": ["Timescale", "Timeline", "When", "By when"],
    "monitoring": ["Monitoring (who/when)", "Monitoring", "Monitored by", "Who will monitor and when"],
    "progress": ["Evaluation", "Evaluation / impact", "Impact and evaluation", "Evaluation (RAG)"],
}
# (priority, [(outcome, [(action, criteria, lead, resources, due, monitoring, evaluation, rag or None)])])
SDP = [
    ("Raise attainment in reading across Key Stage 2", [
        ("Pupils read widely and often, with fluency and understanding", [
            ("Introduce daily whole-class guided reading sessions in Years 3 to 6 using shared texts",
             "85% of pupils at expected standard in reading by July", "English Lead", "£1,200 for class texts",
             "Autumn term 2024", "SLT learning walks each half term", "Sessions seen in every class in November.",
             "green"),
            ("Train all teaching assistants to deliver the phonics catch-up programme with fidelity",
             "Pupils in catch-up groups make accelerated progress", "Phonics Lead", "Two INSET sessions",
             "Autumn 2 2024", "Phonics Lead, termly", "Training done; two new staff still to train.", "amber"),
            ("Refurbish the library and run a reading ambassadors scheme with Year 6 pupils",
             "Library borrowing doubles compared with last year", "Deputy Headteacher", "£3,500 from PTA",
             "Spring term 2025", "Governor visit, spring", "", None),
        ]),
        ("Disadvantaged pupils close the gap with their peers in reading", [
            ("Run daily one-to-one reading for the lowest 20% of readers in each class",
             "Reading age gap reduced by six months", "SENCO", "TA time, 5 hours a week", "Jan 2025 – Jul 2025",
             "Pupil progress meetings", "Early data shows gains of four months.", "green"),
        ]),
    ]),
    ("Improve attendance and reduce persistent absence", [
        ("Attendance rises to at least 96% for all groups", [
            ("Hold attendance panel meetings with families whose attendance falls below 90%",
             "Persistent absence below 12%", "Attendance Officer", "Education welfare officer, 1 day a week",
             "Half-termly", "Headteacher and attendance governor", "Persistent absence is 15.2%, down from 18%.",
             "amber"),
            ("Launch a breakfast club open to every pupil from 8am, free for pupils eligible for free meals",
             "At least 40 pupils attend daily", "School Business Manager", "£6,000 from pupil premium",
             "Sept 2024", "Finance committee", "Averaging 52 pupils a day.", "green"),
            ("Reward full attendance each term with a class trip chosen by pupils",
             "Class attendance above 97% in at least four classes", "Assistant Headteacher", "£900",
             "Summer 1 2025", "SLT, termly", "", None),
        ]),
    ]),
    ("Develop the curriculum in foundation subjects", [
        ("Each subject has a sequenced curriculum that builds knowledge year on year", [
            ("Write knowledge organisers for history and geography units in every year group",
             "Organisers in use for all units by the summer", "Humanities Lead", "Subject leader release time",
             "By end of Summer term 2025", "Curriculum committee, summer", "Year 1 to 3 organisers complete.",
             "red"),
            ("Plan a programme of visits and visitors linked to each history unit",
             "Every class has at least one visit a year", "Humanities Lead", "£2,000 trips budget",
             "Spring 2025", "Headteacher", "", None),
        ]),
    ]),
]


def sdp_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    heads = {k: pick(rng, v) for k, v in SDP_HEADINGS.items()}
    numbered = rng.random() < 0.5  # 'Priority 1' printed in the priority cell
    shade = pick(rng, ["#DDEBF7", "#FCE4D6", "#E2EFDA"])
    school = pick(rng, ["Oakfield Primary School", "St Anne's C of E Primary", "Marsh Lane Junior School"])
    title = f"{school} {pick(rng, ['School Development Plan', 'School Improvement Plan'])} 2024-25"
    order = ["area", "outcome", "action", "measure", "lead", "resources", "due", "monitoring", "progress"]
    rows: list[list[C | None]] = [[C(heads[k], bold=True, fill=shade) for k in order]]
    actions = []
    for p, (priority, outcomes) in enumerate(SDP, 1):
        p_text = f"Priority {p}\n{priority}" if numbered else priority
        p_rows = sum(len(items) for _, items in outcomes)
        first_p = True
        for outcome, items in outcomes:
            first_o = True
            for action, criteria, lead, resources, due, monitoring, evaluation, rag in items:
                fill = RAG_FILLS[rag][rng.randrange(2)] if rag else None
                row: list[C | None] = [C(p_text, down=p_rows, bold=True) if first_p else None,
                                       C(outcome, down=len(items)) if first_o else None,
                                       C(action), C(criteria), C(lead), C(resources), C(due), C(monitoring),
                                       C(evaluation, fill=fill)]
                rows.append(row)
                first_p = first_o = False
                truth: dict[str, Any] = {"area": priority, "outcome": outcome, "action": action, "measure": criteria,
                                         "lead": lead, **date_truth(due), "progress": evaluation or None,
                                         "rag": rag, "rag_raw": fill.lower() if fill else None}
                if numbered:
                    truth["area_ref"] = str(p)
                actions.append(truth)
    grid = Grid(rows, widths=[1.1, 1.4, 2.2, 1.5, 0.9, 1.1, 0.9, 1.1, 1.5], head=1, repeat=rng.random() < 0.6,
                font=7.5)
    doc = Doc(landscape=True, blocks=title_blocks(rng, title, [], [pick(rng, ["Approved by governors, October 2024",
                                                                              "September 2024"])]))
    doc.blocks += [Text("Our vision: every child leaves us a confident reader who loves learning. The plan below "
                        "sets out our priorities for this year, agreed with staff and governors."),
                   Text("Evaluation key: green – achieved; amber – partly achieved; red – not yet achieved."),
                   grid]
    return doc, {"title": title, "actions": actions}


# ---- a council's quarterly performance report ------------------------------------------------------

# (indicator, good is, target, Q1, Q2, rag, commentary)
KPI_SERVICES = [
    ("Adult Social Care", [
        ("Adults receiving a review of their care within 12 months", "High", "80%", "71%", "74%", "amber",
         "Reviews team back to full strength from August."),
        ("Permanent admissions to care homes, aged 65+, per 100,000", "Low", "560", "598", "611", "red",
         "Rising hospital discharges into residential care."),
        ("Carers' assessments completed within 28 days", "High", "90%", "92%", "94%", "green", ""),
    ]),
    ("Environment and Waste", [
        ("Household waste sent for reuse, recycling or composting", "High", "50%", "47.2%", "48.9%", "amber",
         "Garden waste tonnage lower after a dry summer."),
        ("Missed bin collections per 100,000 collections", "Low", "45", "38", "36", "green", ""),
        ("Fly-tipping incidents removed within 2 working days", "High", "95%", "88%", "84%", "red",
         "Two vehicles off the road for repairs in August."),
    ]),
    ("Housing", [
        ("Households in temporary accommodation", "Low", "320", "334", "341", "red",
         "Demand continues to rise across the county."),
        ("Average days to re-let council homes", "Low", "28", "26", "24", "green", ""),
    ]),
]
KPI_HEADS = {
    "indicator": ["Measure", "Performance indicator", "Indicator", "KPI"],
    "polarity": ["Good is", "Polarity", "Higher or lower is better"],
    "target": ["Target", "Annual target", "Target 2024/25"],
    "rag": ["RAG", "Status", "RAG status", "Rating"],
    "notes": ["Commentary", "Comments", "Narrative", "Explanation of performance"],
    "latest": ["Latest", "Latest data", "Current performance", "Actual"],
    "dot": ["Direction of travel", "Trend", "DoT"],
}


def kpi_doc(rng: random.Random, layout: str) -> tuple[Doc, dict[str, Any]]:
    """layout: 'quarters' (Measure | Good is | Target | Q1 … Q4 | RAG | Commentary), 'latest'
    (Indicator | Latest | Target | RAG | Direction of travel), 'blocks' (a block per KPI: its name
    across the table, then a row of figures per quarter)."""
    heads = {k: pick(rng, v) for k, v in KPI_HEADS.items()}
    rag_as = pick(rng, ["word", "letter", "fill"])
    council = pick(rng, ["Eastmoor District Council", "Kingsbridge Borough Council", "Westvale County Council"])
    kind = pick(rng, ["Quarterly Performance Report", "Corporate Performance Report", "Performance Monitoring Report"])
    title = f"{kind}: Quarter 2 2024/25"
    doc = Doc(landscape=layout != "latest", blocks=title_blocks(rng, title, [council], ["Cabinet, 14 November 2024"]))
    doc.blocks += [Text("1. Summary", "h1"),
                   Text("This report sets out the council's performance against its key performance indicators "
                        "at the end of the second quarter (July to September 2024). Of the 8 indicators with a "
                        "target, 3 are rated green, 2 amber and 3 red."),
                   Text("Where an indicator is rated red, the service has set out what it is doing to improve. "
                        "Cabinet is asked to note the report."),
                   Break(), Text("2. Performance by service", "h1")]
    indicators = []
    one_table = layout == "quarters" and rng.random() < 0.5  # every service in one long table, service rows between
    rows_all: list[list[C | None]] = []
    for service, kpis in KPI_SERVICES:
        if not one_table:
            doc.blocks.append(Text(service, pick(rng, ["h2", "bold"])))
        rows: list[list[C | None]] = []
        for name, good, target, q1, q2, rag, note in kpis:
            rag_cell = C("", fill=RAG_FILLS[rag][0]) if rag_as == "fill" else \
                C(RAG_WORDS[rag][0 if rag_as == "word" else 1])
            truth: dict[str, Any] = {"indicator": name, "target": target, "rag": rag}
            if layout == "quarters":
                rows.append([C(name), C(good), C(target), C(q1), C(q2), C(""), C(""), rag_cell, C(note)])
                truth.update(value=q2, period="Q2")
            elif layout == "latest":
                dot = "Improving" if (q2 > q1) == (good == "High") else "Worsening"
                rows.append([C(name), C(q2), C(target), rag_cell, C(dot)])
                truth.update(value=q2)
            else:
                rows.append([C(name, span=5, bold=True), None, None, None, None])
                rows.append([C("Q1 2024/25"), C(target), C(q1), C(""), C("")])
                rows.append([C("Q2 2024/25"), C(target), C(q2), rag_cell, C(note)])
                truth.update(value=q2, period="Q2 2024/25")
            truth["rag_raw"] = RAG_FILLS[rag][0].lower() if rag_as == "fill" else rag_cell.text
            indicators.append(truth)
        if one_table:
            rows_all.append([C(service, span=9, bold=True, fill="#F2F2F2")] + [None] * 8)
            rows_all += rows
            continue
        doc.blocks.append(kpi_grid(layout, heads, rows, rng))
    if one_table:
        doc.blocks.append(kpi_grid(layout, heads, rows_all, rng))
    doc.blocks.append(Text("3. Recommendation", "h1"))
    doc.blocks.append(Text("That Cabinet notes the performance set out in this report."))
    return doc, {"title": title, "actions": [], "indicators": indicators}


def kpi_grid(layout: str, heads: dict[str, str], rows: list[list[C | None]], rng: random.Random) -> Grid:
    fill = pick(rng, ["#1F4E79", "#D9E1F2", "#EDEDED"])
    bold_white = fill == "#1F4E79"

    def head(texts: list[str]) -> list[C | None]:
        return [C(t, bold=True, fill=None if bold_white else fill) for t in texts]

    if layout == "quarters":
        h = head([heads["indicator"], heads["polarity"], heads["target"], "Q1", "Q2", "Q3", "Q4", heads["rag"],
                  heads["notes"]])
        widths = [3, 0.8, 0.8, 0.7, 0.7, 0.7, 0.7, 0.8, 3]
    elif layout == "latest":
        h = head([heads["indicator"], heads["latest"], heads["target"], heads["rag"], heads["dot"]])
        widths = [3.5, 1, 1, 0.8, 1.3]
    else:
        h = head(["Period", heads["target"], pick(rng, ["Actual", "Outturn", "Performance"]), heads["rag"],
                  heads["notes"]])
        widths = [1.2, 1, 1, 0.8, 3.5]
    return Grid([h, *rows], widths=widths, head=1, repeat=rng.random() < 0.4)


# ---- minutes with an action log --------------------------------------------------------------------

MINUTE_ITEMS = [
    ("Apologies and declarations of interest",
     "Apologies were received from Mrs Okafor. No interests were declared.", "None"),
    ("Minutes of the last meeting and matters arising",
     "The minutes of 21 January were agreed as a true record. The clerk confirmed that the ICT audit action "
     "was complete and the website had been updated.", "Clerk to file signed copy"),
    ("Budget monitoring",
     "The School Business Manager presented the month 10 budget monitor. The forecast carry forward is £48,200. "
     "Governors asked why supply costs were above budget; this was due to long-term sickness cover.",
     "Gareth Hughes"),
    ("Premises and health and safety",
     "The roof survey found two areas needing repair before winter. Quotes are being sought. The fire risk "
     "assessment was reviewed and no new actions were raised.", "Site Manager"),
    ("Policies", "The charging and remissions policy and the lettings policy were approved without changes.", ""),
]
ACTION_LOG = [
    ("2", "Send the signed minutes to the headteacher and publish them on the website", "Clerk", "asap"),
    ("3", "Circulate the revised three-year budget forecast to all governors before the next meeting",
     "Gareth Hughes", "Next meeting"),
    ("4", "Obtain three quotes for the roof repairs and report back to the chair", "Site Manager", "14/04/25"),
    ("4", "Book the annual fire drill for the summer term and record the outcome", "Deputy Headteacher",
     "30 May 2025"),
    ("5", "Update the lettings policy on the school website", "Clerk", "April 2025"),
]
LOG_HEADS = [["Item", "Action", "By whom", "By when"], ["Minute", "Action required", "Who", "When"],
             ["Ref", "Action agreed", "Responsible", "Deadline"], ["ITEM", "ACTION", "BY WHOM", "BY WHEN"]]


def minutes_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    body = pick(rng, ["Resources Committee", "Finance and Premises Committee", "Full Governing Board"])
    school = pick(rng, ["Brookside Academy", "Hollins Park Primary School", "Thornbury Infant School"])
    title = f"Minutes of the {body} meeting held on {pick(rng, ['12 March 2025', '3 March 2025'])}"
    log_heading = pick(rng, ["ACTIONS TO BE TAKEN", "Action log", "Summary of actions agreed", "Actions arising"])
    log_first = rng.random() < 0.5
    as_table = rng.random() < 0.6  # the items as a table of notes and a short action column
    doc = Doc(blocks=[Text(school, "bold"), Text(title, pick(rng, ["title", "h1", "big"]))])
    doc.blocks += [Text("Present: Mrs J Carter (Chair), Mr G Hughes, Ms P Laing, Dr S Mensah, the Headteacher"),
                   Text("In attendance: Mr T Doyle (Clerk)")]
    head = pick(rng, LOG_HEADS)
    log = Grid([[C(h, bold=True) for h in head]] + [[C(i), C(a), C(w), C(d)] for i, a, w, d in ACTION_LOG],
               widths=[0.6, 4, 1.3, 1.1], head=1)
    log_blocks: list[Text | Grid | Break] = [Text(log_heading, "bold"), log]
    if log_first:
        doc.blocks += log_blocks
    if as_table:
        notes = pick(rng, ["Notes", "Discussion", "Minutes"])
        rows: list[list[C | None]] = [[C("Item", bold=True), C(notes, bold=True), C("Action", bold=True)]]
        rows += [[C(f"{k}. {t}"), C(n), C(a)] for k, (t, n, a) in enumerate(MINUTE_ITEMS, 1)]
        doc.blocks.append(Grid(rows, widths=[1.3, 4.5, 1.2], head=1))
    else:
        for k, (t, n, a) in enumerate(MINUTE_ITEMS, 1):
            doc.blocks += [Text(f"{k}. {t}", "bold"), Text(n)]
            if a and a != "None":
                doc.blocks.append(Text(f"Action: {a}"))
    if not log_first:
        doc.blocks += log_blocks
    doc.blocks.append(Text("The meeting closed at 7.45pm. Date of next meeting: 12 May 2025."))
    actions = [{"action": a, "lead": w, **date_truth(d)} for _, a, w, d in ACTION_LOG]
    return doc, {"title": title, "actions": actions}


# ---- a workbook: guidance, a tracker under a title block, lists, a lookup sheet, risks -------------

TRACKER = [
    ("Recruit and train 12 new foster carers for teenagers", "Fostering", "Helen Marsh", "Mar 2025", "In progress", 4),
    ("Open a second family hub in the north of the borough", "Early Help", "Ravi Patel", "June 2025", "On track", 5),
    ("Reduce agency social workers to under 15% of the workforce", "Workforce", "Claire Dunn", "Q4 2024/25",
     "Behind schedule", 2),
    ("Launch the new case management system for children's social care", "Systems", "Tom Ashby", "Feb 2025",
     "Delayed", 1),
    ("Audit every child in need plan open for more than two years", "Quality", "Helen Marsh", "Nov 2024",
     "Complete", 5),
    ("Publish a sufficiency strategy for children's homes", "Placements", "Ravi Patel", "January 2026",
     "Not started", 3),
]
PROJECTS = ["Town Centre Regeneration", "Market Hall Refurbishment", "Cycle Route Extension",
            "Library and Museum Upgrade"]
SCORE_COLOURS = {1: "#FF0000", 2: "#FFC000", 3: "#FFC000", 4: "#00B050", 5: "#00B050"}
SCORE_RAG = {1: "red", 2: "amber", 3: "amber", 4: "green", 5: "green"}
COUNCILS = ["Barnsley", "Bath and North East Somerset", "Bedford", "Birmingham", "Blackburn with Darwen",
            "Blackpool", "Bolton", "Bournemouth, Christchurch and Poole", "Bracknell Forest", "Bradford",
            "Brent", "Brighton and Hove", "Bristol", "Bromley", "Buckinghamshire", "Bury", "Calderdale",
            "Cambridgeshire", "Camden", "Central Bedfordshire", "Cheshire East", "Cheshire West and Chester",
            "Cornwall", "Coventry", "Croydon", "Cumberland", "Darlington", "Derby", "Derbyshire", "Devon",
            "Doncaster", "Dorset", "Dudley", "Durham", "Ealing", "East Riding of Yorkshire", "East Sussex",
            "Enfield", "Essex", "Gateshead", "Gloucestershire", "Greenwich", "Hackney", "Halton",
            "Hammersmith and Fulham", "Hampshire", "Haringey", "Harrow", "Hartlepool", "Havering"]


def tracker_workbook(rng: random.Random) -> tuple[Doc, dict[str, Any], list[list[str]]]:
    heads = [pick(rng, ["Action", "Improvement action", "What we will do"]), pick(rng, ["Workstream", "Theme"]),
             pick(rng, ["Owner", "Lead officer", "Accountable lead"]), pick(rng, ["Target date", "Due", "Deadline"]),
             pick(rng, ["Progress status", "Status"]), pick(rng, ["Delivery confidence (1-5)", "RAG score",
                                                                 "Confidence score"])]
    title = pick(rng, ["Children's Services Improvement Tracker", "Practice Improvement Plan Tracker",
                       "Ofsted Improvement Plan Monitoring Tracker"])
    block = [title, pick(rng, ["Directorate: Children and Families", "Service: Children's Social Care"]),
             pick(rng, ["Last updated: 31 October 2024", "Position at: end of October 2024"])]
    if rng.random() < 0.5:
        block.append("Scores: 1 = will not be delivered, 5 = delivered or certain to be")
    rows: list[list[C | None]] = [[C(h) for h in heads]]
    rows += [[C(a), C(w), C(o), C(d), C(s), C(str(score))] for a, w, o, d, s, score in TRACKER]
    tracker = Sheet(pick(rng, ["Tracker", "Action plan", "Actions"]), title=block,
                    grid=Grid(rows, widths=[4, 1.2, 1.3, 1, 1.2, 1]),
                    lists={"E": "=Lists!$A$2:$A$7", "C": "=Lists!$C$2:$C$5"}, score_colours=SCORE_COLOURS,
                    score_column="F")
    guidance = Sheet(pick(rng, ["Guidance", "Read me", "Instructions"]),
                     title=["How to complete this tracker",
                            "Update the tracker by the last working day of each month. Only change the status, "
                            "the confidence score and the commentary; new actions are added by the programme office.",
                            "Confidence scores are from 1 to 5. The colour of the score cell changes automatically.",
                            "Contact the programme office with any questions: improvement@example.gov.uk"])
    if rng.random() < 0.5:  # a table of what each column holds
        guidance.grid = Grid([[C("Column"), C("What to enter")],
                              [C(heads[0]), C("A short description of the action to be taken")],
                              [C(heads[2]), C("The officer accountable for delivering the action")],
                              [C(heads[3]), C("The month by which the action will be complete")],
                              [C(heads[4]), C("Choose from the list: Not started, In progress, Complete")]],
                             widths=[1, 4])
    status_list = ["Not started", "On track", "In progress", "Behind schedule", "Delayed", "Complete"]
    streams = ["Fostering", "Early Help", "Workforce", "Systems", "Quality", "Placements"]
    lists = Sheet("Lists", grid=Grid([[C("Status"), C(""), C("Workstream"), C("")]] +
                                     [[C(s), C(""), C(w), C("")] for s, w in zip(status_list, streams, strict=True)],
                                     widths=[1, 0.2, 1, 0.2]))
    # every council's projects, which the risk register's dropdown takes its values from: a
    # lookup list whose headings read like a plan's ('Project name', 'Status')
    lookup = Sheet(pick(rng, ["Project details", "LA lookup", "Reference data"]),
                   grid=Grid([[C("Local authority"), C("Reference"), C("Project name"), C("Status")]] +
                             [[C(name), C(f"PF-{name[:3].upper()}-{k % 4 + 1:03d}"), C(f"{name} {project}"),
                               C("Active")] for k, name in enumerate(COUNCILS)
                              for project in PROJECTS[k % 3: k % 3 + 2]], widths=[2, 1, 3, 1]),
                   table_name="Projects", names={"ProjectList": "Project name"})
    risks = Sheet(pick(rng, ["Risks", "Risk register"]), lists={"I": "ProjectList"},
                  grid=Grid([[C(h) for h in ["Risk", "Cause", "Likelihood", "Impact", "Risk score", "Mitigation",
                                             "Risk owner", "Review date", "Project"]],
                             [C("Not enough foster carers for older children"), C("Competition from agencies"),
                              C("4"), C("4"), C("16"), C("Targeted recruitment campaign and an improved allowance"),
                              C("Helen Marsh"), C("Dec 2024"), C("")],
                             [C("Case management system go-live slips"), C("Supplier resourcing"), C("3"), C("5"),
                              C("15"), C("Weekly supplier meetings and a fallback date agreed"), C("Tom Ashby"),
                              C("Nov 2024"), C("")]], widths=[2, 1.5, 0.6, 0.6, 0.6, 2.5, 1, 1, 1]))
    sheets = [guidance, tracker, lookup, risks, lists]
    if rng.random() < 0.5:
        sheets = [guidance, tracker, risks, lists, lookup]
    actions = []
    for a, _, o, d, s, score in TRACKER:
        actions.append({"action": a, "lead": o, **date_truth(d), "status": STATUSES[s], "status_raw": s,
                        "rag": SCORE_RAG[score], "rag_raw": str(score)})
    csv_rows = [[line] for line in block] + [[""]] + [[c.text if c else "" for c in r] for r in rows]
    return Doc(sheets=sheets), {"title": title, "actions": actions}, csv_rows


# ---- writing them all ------------------------------------------------------------------------------

def save_truth(path: Path, truth: dict[str, Any], drop: tuple[str, ...] = ()) -> None:
    out = json.loads(json.dumps(truth))
    out["doc"] = path.name
    for record in out.get("actions", []) + out.get("indicators", []):
        for name in drop:
            record.pop(name, None)
    write_truth_json(path.with_name(path.name + ".truth.json"), out)


def write_variant(folder: Path, seed: int) -> list[Path]:
    """Every family for one variant, in every rendering that shows it."""
    rng = random.Random(seed)
    written: list[Path] = []
    words: list[tuple[Path, dict[str, Any], bool]] = []  # Word files to print with LibreOffice (and to text)
    builders: list[tuple[str, Callable[[], tuple[Doc, dict[str, Any]]]]] = [
        ("forms", lambda: forms_doc(rng)), ("sdp", lambda: sdp_doc(rng)),
        ("kpi", lambda: kpi_doc(rng, pick(rng, ["quarters", "latest", "blocks"]))),
        ("minutes", lambda: minutes_doc(rng))]
    fill_only = {"sdp": ("rag", "rag_raw")}  # a RAG shown only as a fill is not in a text rendering
    for family, build in builders:
        doc, truth = build()
        stem = f"{family}_{seed:02d}"
        docx = folder / f"{stem}.docx"
        write_docx(doc, docx)
        save_truth(docx, truth)
        written.append(docx)
        rl = folder / f"{stem}_rl.pdf"
        ruled = [b for b in doc.blocks if isinstance(b, Grid)]
        borderless = family in ("sdp", "minutes") and rng.random() < 0.4
        for g in ruled:
            g.ruled = not borderless
        write_reportlab(doc, rl)
        save_truth(rl, truth)
        written.append(rl)
        words.append((docx, truth, family == "forms" or rng.random() < 0.5))
        if family in ("sdp", "kpi") and rng.random() < 0.5:
            text = folder / f"{stem}_rl.txt"
            if layout_text(rl, text):
                kpi_fill = family == "kpi" and any(not i["rag_raw"].isalpha() for i in truth["indicators"])
                save_truth(text, truth, fill_only.get(family, ("rag", "rag_raw") if kpi_fill else ()))
                written.append(text)
    lo_dir = folder / "_lo"
    lo_dir.mkdir(exist_ok=True)
    pdfs = libreoffice_pdfs([d for d, _, _ in words], lo_dir)
    for (docx, truth, to_text), pdf in zip(words, pdfs, strict=False):
        target = folder / f"{docx.stem}_lo.pdf"
        pdf.replace(target)
        save_truth(target, truth)
        written.append(target)
        if to_text:
            text = folder / f"{docx.stem}_lo.txt"
            if layout_text(target, text):
                family = docx.stem.split("_")[0]
                fills = family == "sdp" or (family == "kpi" and any(not i["rag_raw"].isalpha()
                                                                      for i in truth["indicators"]))
                save_truth(text, truth, ("rag", "rag_raw") if fills else ())
                written.append(text)
    lo_dir.rmdir()
    doc, truth, csv_rows = tracker_workbook(rng)
    xlsx = folder / f"tracker_{seed:02d}.xlsx"
    write_xlsx(doc, xlsx)
    save_truth(xlsx, truth)
    written.append(xlsx)
    csv_path = folder / f"tracker_{seed:02d}.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(csv_rows)
    save_truth(csv_path, truth, ("rag",))  # a CSV keeps no colours: the scores only
    written.append(csv_path)
    return written


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    for seed in seeds:
        out += write_variant(folder, seed)
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("layout_samples")
    chosen = [int(s) for s in sys.argv[2:]] or [0, 1, 2]
    for p in main(target, chosen):
        print(p)
