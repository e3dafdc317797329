"""Performance reports and audit trackers as councils and NHS bodies print them (issue 14).

Run from the repo root: python samples/make_kpi_samples.py FOLDER [SEED ...]. Each variant (a seed)
writes every layout below as Word (.docx), PDF printed by LibreOffice from it (_lo.pdf) and PDF drawn
by reportlab (_rl.pdf), with NAME.truth.json beside each (the truth format of ../shared/CONTRACT.md).
The sentences are our own; headings are drawn per variant from pools written as reports word them.

Layouts:
- scorecard: a corporate performance report: narrative pages, then per theme a banner and a table
  `Indicator | Good is | Target | Q1 | Q2 | Q3 | Latest | RAG | Direction of travel | Commentary`,
  RAG as a word, a letter or a coloured cell with a symbol ('●'), direction as arrows ('▲ ▼ ►');
  the quarters not yet reported are blank, Latest is the latest quarter's figure;
- baseline: an integrated performance report's KPI table `KPI | Baseline | Target 2024/25 | Actual |
  Status` with the section of each KPI as a row spanning the table, RAG words in the Status column;
- audit: an internal audit recommendations tracker `Ref | Recommendation | Priority | Management
  response / Agreed action | Responsible officer | Implementation date | Status`: the action is the
  agreed action (what will be done); the recommendation is context.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import (  # noqa: E402
    Break,
    C,
    Doc,
    Grid,
    Text,
    libreoffice_pdfs,
    write_docx,
    write_reportlab,
)
from samples.seeded import write_truth_json  # noqa: E402

RAG_FILL = {"green": "#00B050", "amber": "#FFC000", "red": "#FF0000"}
RAG_WORD = {"green": ("Green", "G"), "amber": ("Amber", "A"), "red": ("Red", "R")}

# (theme, [(indicator, good is, target, q1, q2, q3 or '', rag, direction, commentary)])
SCORECARD = [
    ("Thriving children and young people", [
        ("Percentage of child protection plans lasting two years or more", "Low", "4%", "5.1%", "4.6%", "3.9%",
         "green", "improving", "Fewer long plans after the review panel was set up in June."),
        ("Percentage of education, health and care plans issued within 20 weeks, excluding exceptions",
         "High", "60%", "38%", "41%", "44%", "red", "improving",
         "Educational psychology capacity remains the main cause of delay."),
        ("Children in care with three or more placements in the year", "Low", "9%", "9.4%", "10.2%", "",
         "amber", "worsening", "A small number of older young people account for most moves."),
    ]),
    ("A clean and green borough", [
        ("Household waste sent for reuse, recycling or composting", "High", "50%", "47.2%", "48.9%", "49.6%",
         "amber", "improving", "Food waste collections started in the east of the borough."),
        ("Average number of days to remove fly-tipping", "Low", "2", "1.8", "1.6", "1.7", "green", "steady", ""),
    ]),
    ("Good homes for everyone", [
        ("Households living in temporary accommodation at the end of the quarter", "Low", "320", "334", "341",
         "352", "red", "worsening", "Demand continues to rise across the region."),
        ("Average time to re-let council homes (calendar days)", "Low", "28 days", "26 days", "24 days",
         "25 days", "green", "steady", ""),
    ]),
]
ARROWS = {"improving": ["▲", "↑", "Improving"], "worsening": ["▼", "↓", "Worsening"], "steady": ["►", "→", "Same"]}
SCORE_HEADS = {
    "indicator": ["Indicator", "Performance indicator", "Key performance indicator", "Measure"],
    "polarity": ["Good is", "Polarity", "Higher or lower is better"],
    "target": ["Target", "Target 2024/25", "Annual target"],
    "latest": ["Latest", "Latest position", "Current"],
    "rag": ["RAG", "RAG rating", "Performance status"],
    "dot": ["Direction of travel", "DoT", "Trend"],
    "notes": ["Commentary", "Comments", "Performance commentary"],
}

# (section, [(kpi, baseline, target, actual, rag)])
BASELINE = [
    ("Urgent and emergency care", [
        ("Patients seen within four hours in the emergency department", "71.2%", "78%", "74.9%", "amber"),
        ("Ambulance handovers completed within 30 minutes", "62%", "95%", "97.1%", "green"),
    ]),
    ("Planned care and cancer", [
        ("Patients waiting more than 65 weeks for treatment", "1,204", "0", "388", "red"),
        ("Cancer patients treated within 62 days of an urgent referral", "64.0%", "75%", "70.3%", "amber"),
        ("Diagnostic tests carried out within six weeks", "88%", "95%", "95.4%", "green"),
    ]),
    ("Workforce", [
        ("Staff sickness absence rate", "5.6%", "4.5%", "4.9%", "amber"),
        ("Vacancy rate for registered nurses", "11%", "8%", "7.6%", "green"),
    ]),
]
BASE_HEADS = {
    "indicator": ["KPI", "Metric", "Indicator"],
    "baseline": ["Baseline", "Baseline 2023/24"],
    "target": ["Target 2024/25", "Target", "Plan"],
    "actual": ["Actual", "Month 9 actual", "Year to date"],
    "rag": ["Status", "RAG", "Rating"],
}

# (ref, recommendation, priority, agreed action, officer, date as printed, ISO, status as printed, status)
AUDIT = [
    ("1", "The council should update its contract procedure rules to reflect the Procurement Act 2023.",
     "High", "Contract procedure rules will be rewritten and taken to Audit Committee for approval.",
     "Head of Procurement", "31 March 2025", "2025-03-31", "In progress", "in_progress"),
    ("2", "Waivers of the procurement rules should be recorded on a central register.",
     "Medium", "A waiver register will be set up on the intranet and reviewed every quarter by the "
     "Monitoring Officer.", "Monitoring Officer", "Dec 2024", "2024-12", "Complete", "complete"),
    ("3", "Managers should check supplier bank detail changes with a call back to a known contact.",
     "High", "Agreed. A call-back procedure will be written into the creditor payments manual and all "
     "accounts payable staff trained.", "Finance Manager (Exchequer)", "30/06/2025", "2025-06-30",
     "Not started", "not_started"),
    ("4", "Contract management training should be mandatory for all contract managers.",
     "Low", "Training will be added to the learning platform and completion reported to the senior "
     "leadership team.", "Organisational Development Manager", "September 2025", "2025-09", "Overdue",
     "delayed"),
]
AUDIT_HEADS = {
    "rec": ["Recommendation", "Audit recommendation", "Finding and recommendation"],
    "priority": ["Priority", "Risk rating", "Priority (H/M/L)"],
    "agreed": ["Management response / Agreed action", "Agreed action", "Management response"],
    "officer": ["Responsible officer", "Officer responsible", "Action owner"],
    "date": ["Implementation date", "Target implementation date", "Agreed date"],
    "status": ["Status", "Current status", "Progress status"],
}


def pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def narrative(rng: random.Random, title: str, body: str) -> list[Text | Grid | Break]:
    org = pick(rng, ["Eastmoor Borough Council", "Northfield Metropolitan Borough Council",
                     "Kingsbridge and District NHS Foundation Trust"])
    return [Text(org, "bold"), Text(title, pick(rng, ["title", "h1", "big"])),
            Text(pick(rng, ["Report to Cabinet, 12 February 2025", "Board of Directors, 6 February 2025"])),
            Text("1. Purpose of the report", "h2"), Text(body),
            Text("The tables below set out each measure with its target, the figures reported so far this year "
                 "and an explanation where performance is off target."),
            Text("2. Recommendation", "h2"), Text("That the report is noted.")]


def scorecard_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    heads = {k: pick(rng, v) for k, v in SCORE_HEADS.items()}
    rag_as = pick(rng, ["word", "letter", "symbol"])
    arrows = rng.randrange(3)
    title = pick(rng, ["Corporate Performance Report Quarter 3 2024/25", "Quarterly Performance Scorecard: Q3 2024/25"])
    doc = Doc(landscape=True, blocks=narrative(rng, title, "This report sets out performance against the council "
                                                         "plan's key performance indicators at the end of December "
                                                         "2024. Nine indicators are reported."))
    truth: list[dict[str, Any]] = []
    head = [heads["indicator"], heads["polarity"], heads["target"], "Q1", "Q2", "Q3", heads["latest"], heads["rag"],
            heads["dot"], heads["notes"]]
    for theme, kpis in SCORECARD:
        doc.blocks.append(Text(f"Priority: {theme}", pick(rng, ["h2", "bold"])))
        rows: list[list[C | None]] = [[C(h, bold=True, fill="#D9E1F2") for h in head]]
        for name, good, target, q1, q2, q3, rag, way, note in kpis:
            latest = q3 or q2
            if rag_as == "symbol":
                rag_cell = C("●", fill=RAG_FILL[rag])
            else:
                rag_cell = C(RAG_WORD[rag][0 if rag_as == "word" else 1])
            rows.append([C(name), C(good), C(target), C(q1), C(q2), C(q3), C(latest), rag_cell,
                         C(ARROWS[way][arrows]), C(note)])
            record: dict[str, Any] = {"indicator": name, "target": target, "value": latest}
            # a mark on a coloured cell: the colour rates (rag_raw is the fill, as the contract says)
            record.update(rag=rag, rag_raw=rag_cell.fill.lower() if rag_as == "symbol" and rag_cell.fill else
                          rag_cell.text)
            truth.append(record)
        doc.blocks.append(Grid(rows, widths=[3.2, 0.7, 0.8, 0.7, 0.7, 0.7, 0.8, 0.7, 0.9, 3], head=1,
                               repeat=rng.random() < 0.5))
    return doc, {"title": title, "actions": [], "indicators": truth}


def baseline_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    heads = {k: pick(rng, v) for k, v in BASE_HEADS.items()}
    title = pick(rng, ["Integrated Performance Report: December 2024", "Integrated Quality and Performance Report"])
    doc = Doc(blocks=narrative(rng, title, "This report summarises the trust's performance against its operational "
                                           "plan for 2024/25 at month 9."))
    rows: list[list[C | None]] = [[C(heads[k], bold=True, fill="#1F4E79") for k in BASE_HEADS]]
    truth: list[dict[str, Any]] = []
    for section, kpis in BASELINE:
        rows.append([C(section, span=5, bold=True, fill="#F2F2F2"), None, None, None, None])
        for name, base, target, actual, rag in kpis:
            rows.append([C(name), C(base), C(target), C(actual), C(RAG_WORD[rag][0])])
            truth.append({"indicator": name, "target": target, "value": actual, "rag": rag,
                          "rag_raw": RAG_WORD[rag][0]})
    doc.blocks.append(Text("3. Key performance indicators", "h2"))
    doc.blocks.append(Grid(rows, widths=[4, 1, 1, 1, 0.8], head=1, repeat=True))
    return doc, {"title": title, "actions": [], "indicators": truth}


def audit_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    heads = {k: pick(rng, v) for k, v in AUDIT_HEADS.items()}
    title = pick(rng, ["Internal Audit Recommendations Tracker", "Follow-up of Audit Recommendations: Procurement"])
    doc = Doc(landscape=True, blocks=narrative(rng, title, "This report gives the Audit Committee the position "
                                                           "on recommendations agreed in the procurement audit."))
    rows: list[list[C | None]] = [[C(h, bold=True, fill="#D9D9D9") for h in
                                   ["Ref", heads["rec"], heads["priority"], heads["agreed"], heads["officer"],
                                    heads["date"], heads["status"]]]]
    truth: list[dict[str, Any]] = []
    for ref, rec, prio, agreed, officer, when, iso, status_raw, status in AUDIT:
        rows.append([C(ref), C(rec), C(prio), C(agreed), C(officer), C(when), C(status_raw)])
        truth.append({"action": agreed, "lead": officer, "due_raw": when, "due_date": iso, "status": status,
                      "status_raw": status_raw})
    doc.blocks.append(Grid(rows, widths=[0.4, 3, 0.8, 3.2, 1.4, 1.1, 1], head=1))
    return doc, {"title": title, "actions": truth}


BUILDERS = {"scorecard": scorecard_doc, "baseline": baseline_doc, "audit": audit_doc}


def save_truth(path: Path, truth: dict[str, Any]) -> None:
    out = dict(truth, doc=path.name)
    write_truth_json(path.with_name(path.name + ".truth.json"), out)


def write_variant(folder: Path, seed: int) -> list[Path]:
    rng = random.Random(seed)
    written: list[Path] = []
    words: list[tuple[Path, dict[str, Any]]] = []
    for name, build in BUILDERS.items():
        doc, truth = build(rng)
        stem = f"{name}_{seed:02d}"
        docx = folder / f"{stem}.docx"
        write_docx(doc, docx)
        save_truth(docx, truth)
        written.append(docx)
        words.append((docx, truth))
        rl = folder / f"{stem}_rl.pdf"
        write_reportlab(doc, rl)
        save_truth(rl, truth)
        written.append(rl)
    lo_dir = folder / "_lo"
    lo_dir.mkdir(exist_ok=True)
    for (docx, truth), pdf in zip(words, libreoffice_pdfs([d for d, _ in words], lo_dir), strict=False):
        target = folder / f"{docx.stem}_lo.pdf"
        pdf.replace(target)
        save_truth(target, truth)
        written.append(target)
    lo_dir.rmdir()
    return written


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for p in write_variant(folder, seed)]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("kpi_samples")
    for p in main(target, [int(s) for s in sys.argv[2:]] or [0, 1, 2]):
        print(p)
