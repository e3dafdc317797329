"""Plans that are not one grid: a form per action, narrative sections, performance reports (issue 14), with truth.

Run from the repo root: python samples/make_form_samples.py FOLDER [SEED ...]. Each seed writes:

- kvtables_SEED: an action per two-column 'label | value' table, the labels worded freely and drawn
  per seed ('Action' / 'What will be done', 'Lead officer' / 'Responsible', 'Target date' / 'By when',
  'Progress update', 'RAG status', 'Success measure', and labels no field takes: 'Resources'); some
  seeds open each table with a one-cell title row ('Action 3'); the pairs set out one a row, as
  'Label: value' in one cell, with labels ending in a colon, or two pairs a row.
  Renderings: .docx (a table per action), _rl.pdf (reportlab, ruled, label column shaded).
- kvlong_SEED: the same forms as one long table (a label seen again starts the next action), long
  enough to break over pages in the _rl.pdf; .docx as well.
- paraforms_SEED: a form per action written as lines ('Action 3: …' / 'Owner: …' / 'Deadline: …'),
  labels drawn per seed, ending in a colon, a dash or (in Word) only in their bold. Renderings: .txt,
  .docx (labels as bold run-ins on the value's line), _rl.pdf.
- sections_SEED: a narrative plan: per section a heading, a paragraph of context and a small
  three-column table (action | who | when, headings worded per seed). Renderings: .docx, _rl.pdf.
- perfreport_SEED: a performance report: KPI tables per section ([Ref |] Measure [| Polarity] | Target |
  [Q1 | Q2 |] Actual or Latest | RAG | direction of travel | commentary) and, after them, an action
  table. Renderings: .docx, _rl.pdf (landscape when the tables are wide).
- bilingual_SEED: a form per action whose labels are printed in Welsh and English ('Cam gweithredu /
  Action step', 'Perchennog / Owner', 'Dyddiad targed / Target date', the Welsh first or second, or
  the two on two lines of a label cell), a status printed in both languages ('Ar y trywydd / On
  track'); set out as label | value tables (.docx, _rl.pdf ruled, _bl.pdf borderless) or as
  'Label: value' lines (.txt).
- labelover_SEED: forms whose labels stand on a line of their own above the value (a bold label in
  Word, 'Label:' in text), labels worded per seed ('What', 'Who is responsible', 'Deadline',
  'Progress update', 'Evidence', 'Outcome'). Renderings: .txt, .docx, _rl.pdf.
- kvreport_SEED: a committee report with key: value tables (report details, decision, wards) and
  prose: no plan, nothing to read. Renderings: .docx, _rl.pdf.
- wideexport_SEED.xlsx: an action tracker exported from a system: a dozen columns or more (ID, theme,
  action, owner, service, start and target dates, status, RAG, an update per quarter, evidence, last
  updated), sometimes a title line and a blank row above the headings.

NAME.truth.json beside each (the truth format of ../shared/CONTRACT.md). The sentences are our own.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_shape_samples import DATES, RAGS, STATUSES, plan_items  # noqa: E402
from samples.seeded import run_generator, write_truth_json  # noqa: E402

Block = tuple[str, Any]

# ---- label wordings (as plans word them; drawn per seed) -------------------------------------------

LABELS = {
    "action": ["Action", "What will be done", "Action to be taken", "What we will do", "Activity"],
    "lead": ["Lead officer", "Responsible", "Owner", "Lead", "Who is responsible", "Accountable officer"],
    "due": ["Target date", "By when", "Deadline", "Timescale", "Completion date", "When"],
    "progress": ["Progress update", "Progress", "Update since last report", "Commentary"],
    "rag": ["RAG status", "RAG", "RAG rating"],
    "status": ["Status", "Current status"],
    "measure": ["Success measure", "How we will know", "Measure of success", "Success criteria"],
}
OTHER_LABELS = ["Resources", "Partners", "Budget", "Risks"]
OTHER_VALUES = ["Within existing budget", "Schools, health and the parent carer forum", "£12,000 from the grant",
                "Staff turnover in the team", "Two days of officer time a month"]
TITLES = ["Improvement Plan 2025-26", "SEND Written Statement of Action: Progress Report",
          "Corporate Peer Challenge Action Plan", "Children's Services Improvement Plan"]
SECTION_TEXT = ["Families told us that they wait too long and do not know who to ask.",
                "The inspection found that the quality of plans varies too much between teams.",
                "We want every young person to leave school with a clear next step.",
                "Partners agreed these steps at the board in September."]


def _labels(rng: random.Random, fields: list[str]) -> dict[str, str]:
    return {f: rng.choice(LABELS[f]) for f in fields}


def _action_truth(p: int, title: str, item: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    a: dict[str, Any] = {"area_ref": str(p), "area": title, "action": item["action"], "lead": item["lead"],
                         "due_date": DATES[item["due"]]}
    if "rag" in fields:
        a["rag"] = RAGS[item["rag"]]
    if "status" in fields:
        a["status"] = STATUSES[item["status"]]
    return a


# ---- an action per label | value table -------------------------------------------------------------

def kv_spec(rng: random.Random) -> dict[str, Any]:
    extras = [f for f in ("progress", "rag", "status", "measure") if rng.random() < 0.6]
    fields = ["action", "lead", "due"] + extras
    order = fields[:1]  # the action first, the rest in an order drawn per seed
    order = order + rng.sample(fields[1:], len(fields) - 1)
    return {"title": rng.choice(TITLES), "fields": order, "labels": _labels(rng, order),
            "titled": rng.random() < 0.4,  # a one-cell 'Action 3' title row over each form
            # a label and value per row; 'Label: value' in one cell; two pairs a row; labels ending in ':'
            "layout": rng.choice(["pairs", "pairs", "cell", "wide", "colon"]),
            "other": rng.choice(OTHER_LABELS) if rng.random() < 0.5 else "",
            "heading": rng.choice(["Priority {p}: {t}", "{p}. {t}", "Theme {p} – {t}"]),
            "plan": plan_items(rng, rng.randint(2, 3), (2, 3))}


def kv_rows(spec: dict[str, Any], n: int, item: dict[str, Any], rng: random.Random) -> list[list[str]]:
    pairs: list[tuple[str, str]] = []
    for f in spec["fields"]:
        pairs.append((spec["labels"][f], item[f]))
        if f == "action" and spec["other"]:
            pairs.append((spec["other"], rng.choice(OTHER_VALUES)))
    rows: list[list[str]] = [[f"Action {n}"]] if spec["titled"] else []
    layout = spec.get("layout", "pairs")
    if layout == "cell":
        return rows + [[f"{label}: {value}"] for label, value in pairs]
    if layout == "colon":
        return rows + [[f"{label}:", value] for label, value in pairs]
    if layout == "wide":  # the action across the row, then the short fields two pairs a row
        first, rest = pairs[:1], pairs[1:]
        rows += [[first[0][0], first[0][1], "", ""]]
        for k in range(0, len(rest), 2):
            row = [rest[k][0], rest[k][1]] + ([rest[k + 1][0], rest[k + 1][1]] if k + 1 < len(rest) else ["", ""])
            rows.append(row)
        return rows
    return rows + [[label, value] for label, value in pairs]


def kv_blocks(spec: dict[str, Any], seed: int, one_table: bool = False) -> list[Block]:
    rng = random.Random(seed * 7 + 1)
    blocks: list[Block] = [("title", spec["title"]),
                           ("para", "This plan sets out each action with its lead, date and progress.")]
    n = 0
    long: list[list[str]] = []
    for p, (title, items) in enumerate(spec["plan"], 1):
        heading = spec["heading"].format(p=p, t=title)
        if one_table:
            long.append([heading])
        else:
            blocks.append(("heading", heading))
        for item in items:
            n += 1
            rows = kv_rows(spec, n, item, rng)
            if one_table:
                long += rows
            else:
                blocks.append(("kv", rows))
    if one_table:
        blocks.append(("kv", long))
    return blocks


def kv_truth(spec: dict[str, Any]) -> dict[str, Any]:
    return {"doc": "", "title": spec["title"],
            "actions": [_action_truth(p, title, item, spec["fields"]) for p, (title, items) in
                        enumerate(spec["plan"], 1) for item in items]}


# ---- a form per action written as lines --------------------------------------------------------------

def para_spec(rng: random.Random) -> dict[str, Any]:
    extras = [f for f in ("progress", "rag", "status", "measure") if rng.random() < 0.5]
    fields = ["lead", "due"] + extras
    return {"title": rng.choice(TITLES), "fields": ["action"] + fields,
            "labels": _labels(rng, fields),
            "head": rng.choice(["Action {n}: {t}", "Action {n} – {t}", "{n}. {t}", "Action: {t}"]),
            # after the label: a colon, a dash, or nothing but the label's bold (Word only: the text
            # and PDF renderings print a colon there, as plain text has no bold)
            "sep": rng.choice([": ", ": ", " – ", " "]),
            "plan": plan_items(rng, rng.randint(2, 3), (2, 3))}


def para_blocks(spec: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = [("title", spec["title"]),
                           ("para", "Each action has a named owner and a deadline agreed by the board.")]
    n = 0
    for p, (title, items) in enumerate(spec["plan"], 1):
        blocks.append(("heading", f"Priority {p}: {title}"))
        for item in items:
            n += 1
            blocks.append(("para", spec["head"].format(n=n, t=item["action"])))
            for f in spec["fields"][1:]:
                blocks.append(("runin", (spec["labels"][f], spec["sep"], item[f])))
    return blocks


def para_truth(spec: dict[str, Any]) -> dict[str, Any]:
    return {"doc": "", "title": spec["title"],
            "actions": [_action_truth(p, title, item, spec["fields"]) for p, (title, items) in
                        enumerate(spec["plan"], 1) for item in items]}


# ---- forms in two languages (Welsh and English), and labels over their values ------------------------

WELSH = {"action": ["Cam gweithredu", "Camau gweithredu", "Gweithred"],
         "lead": ["Perchennog", "Swyddog arweiniol", "Arweinydd", "Pwy sy'n gyfrifol"],
         "due": ["Dyddiad targed", "Dyddiad", "Amserlen", "Erbyn pryd"],
         "progress": ["Cynnydd", "Diweddariad ar gynnydd"],
         "status": ["Statws"],
         "rag": ["Sgôr RAG", "Statws RAG"],
         "measure": ["Mesur llwyddiant", "Tystiolaeth"]}
ENGLISH = {"action": ["Action step", "Action", "What we will do"],
           "lead": ["Owner", "Lead officer", "Who is responsible"],
           "due": ["Target date", "Date", "Timescale", "By when"], "progress": ["Progress", "Progress update"],
           "status": ["Status"], "rag": ["RAG rating", "RAG status"], "measure": ["Success measure", "Evidence"]}
WELSH_STATUS = {"On track": "Ar y trywydd", "Complete": "Wedi'i gwblhau", "Not started": "Heb ddechrau",
                "Delayed": "Wedi'i oedi", "In progress": "Ar waith"}
BILINGUAL_TITLES = ["Cynllun Gweithredu / Action Plan 2025-26", "Cynllun Gwella / Improvement Plan",
                    "Cynllun Gweithredu Gwasanaethau Plant / Children's Services Action Plan"]


def bilingual_spec(rng: random.Random) -> dict[str, Any]:
    extras = [f for f in ("progress", "status", "rag", "measure") if rng.random() < 0.6]
    fields = ["action", "lead", "due"] + extras
    order = rng.choice(["{cy} / {en}", "{en} / {cy}", "{cy}\n{en}"])  # the Welsh first, second, or over
    labels = {f: order.format(cy=rng.choice(WELSH[f]), en=rng.choice(ENGLISH[f])) for f in fields}
    return {"title": rng.choice(BILINGUAL_TITLES), "fields": fields, "labels": labels, "order": order,
            "both_status": rng.random() < 0.7, "titled": False, "layout": "pairs", "other": "",
            "heading": rng.choice(["Blaenoriaeth {p} / Priority {p}: {t}", "{p}. {t}"]),
            "plan": plan_items(rng, rng.randint(2, 3), (2, 3))}


def bilingual_blocks(spec: dict[str, Any], lines: bool = False) -> list[Block]:
    """The forms as label | value tables, or (lines=True) as 'Label: value' lines, a label printed
    over two lines standing as 'Welsh / English' on one."""
    blocks: list[Block] = [("title", spec["title"]),
                           ("para", "Mae'r cynllun hwn yn nodi pob cam. This plan sets out each step.")]
    for p, (title, items) in enumerate(spec["plan"], 1):
        blocks.append(("heading", spec["heading"].format(p=p, t=title)))
        for item in items:
            pairs = []
            for f in spec["fields"]:
                value = item[f]
                if f == "status" and spec["both_status"]:
                    value = f"{WELSH_STATUS[value]} / {value}"
                pairs.append((spec["labels"][f], value))
            if lines:
                blocks += [("runin", (label.replace("\n", " / "), ": ", value)) for label, value in pairs]
                blocks.append(("para", ""))
            else:
                blocks.append(("kv", [[label, value] for label, value in pairs]))
    return blocks


LABEL_OVER = {"action": ["What", "Action", "Action to be taken"],
              "lead": ["Who is responsible", "Owner", "Responsible officer"],
              "due": ["Deadline", "By when", "Target date"],
              "progress": ["Progress update", "Update"], "measure": ["Evidence", "Success criteria"],
              "status": ["Status"], "rag": ["RAG"]}


def labelover_spec(rng: random.Random) -> dict[str, Any]:
    extras = [f for f in ("progress", "status", "rag", "measure") if rng.random() < 0.6]
    fields = ["action", "lead", "due"] + extras
    return {"title": rng.choice(TITLES), "fields": fields,
            "labels": {f: rng.choice(LABEL_OVER[f]) for f in fields},
            "colon": rng.random() < 0.5, "plan": plan_items(rng, rng.randint(2, 3), (2, 3))}


def labelover_blocks(spec: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = [("title", spec["title"]),
                           ("para", "Each action below is set out with who leads it and when it is due.")]
    for p, (title, items) in enumerate(spec["plan"], 1):
        blocks.append(("heading", f"Priority {p}: {title}"))
        for item in items:
            for f in spec["fields"]:
                blocks.append(("label", spec["labels"][f] + (":" if spec["colon"] else "")))
                blocks.append(("para", item[f]))
    return blocks


# ---- narrative sections with small tables -----------------------------------------------------------

SMALL_HEADS = [("Action", "Lead", "Date"), ("What we will do", "Who", "When"),
               ("Key actions", "Responsible", "Timescale"), ("Next steps", "Owner", "By when")]


def sections_spec(rng: random.Random) -> dict[str, Any]:
    return {"title": rng.choice(["Our Plan for Children and Families 2025-2027", "Local Offer Improvement Plan",
                                 "Inclusion Strategy: Delivery Plan"]),
            "heads": rng.choice(SMALL_HEADS), "plan": plan_items(rng, rng.randint(2, 4), (2, 3)),
            "numbered": rng.random() < 0.6, "texts": rng.sample(SECTION_TEXT, 2)}


def sections_blocks(spec: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = [("title", spec["title"]),
                           ("para", "Each section says why it matters and what we will do about it.")]
    for p, (title, items) in enumerate(spec["plan"], 1):
        blocks.append(("heading", f"{p}. {title}" if spec["numbered"] else title))
        blocks.append(("para", spec["texts"][p % 2]))
        grid = [list(spec["heads"])] + [[i["action"], i["lead"], i["due"]] for i in items]
        blocks.append(("grid", grid))
    return blocks


def sections_truth(spec: dict[str, Any]) -> dict[str, Any]:
    actions = []
    for p, (title, items) in enumerate(spec["plan"], 1):
        for i in items:
            a: dict[str, Any] = {"area": title, "action": i["action"], "lead": i["lead"],
                                 "due_date": DATES[i["due"]]}
            if spec["numbered"]:
                a["area_ref"] = str(p)
            actions.append(a)
    return {"doc": "", "title": spec["title"], "actions": actions}


# ---- a performance report: KPI tables and an action table --------------------------------------------

MEASURES = [("Percentage of EHC plans issued within 20 weeks", "%", 62),
            ("Average days to re-let council homes", " days", 28), ("Household waste recycled", "%", 44),
            ("Rough sleepers on a single night", "", 12), ("Invoices paid within 30 days", "%", 93),
            ("New homes completed", "", 215), ("Staff sickness days per FTE", "", 9),
            ("Planning applications decided in time", "%", 86), ("Children missing education", "", 57),
            ("Residents satisfied with their area", "%", 78)]
KPI_HEADS = {"measure": ["Measure", "Performance indicator", "KPI", "Indicator"],
             "target": ["Target", "Annual target", "Target 2024/25"],
             "value": ["Actual", "Latest", "Q3 actual", "Current performance", "Outturn"],
             "rag": ["RAG", "RAG status", "Status"],
             "dot": ["Direction of travel", "DoT", "Trend"],
             "notes": ["Commentary", "Comments", "Narrative"],
             "ref": ["Ref", "KPI ref", "Code"], "polarity": ["Polarity", "Good is"],
             "q1": ["Q1"], "q2": ["Q2"]}
DOTS = ["Improving", "Worsening", "No change", "↑", "↓", "→"]
NOTES = ["Two more caseworkers joined in October.", "Seasonal dip; expected to recover.",
         "Data for December are provisional.", "Demand up a tenth on last year."]
ACTION_HEADS = [("Action", "Lead", "Due", "Progress"), ("Improvement action", "Owner", "Target date", "Update"),
                ("What we will do", "Responsible officer", "By when", "Status")]


def perf_spec(rng: random.Random) -> dict[str, Any]:
    cols = ["measure", "target", "value", "rag"] + [c for c in ("dot", "notes") if rng.random() < 0.6]
    if rng.random() < 0.4:
        cols.insert(0, "ref")
    if rng.random() < 0.3:
        cols.insert(cols.index("measure") + 1, "polarity")
    quarters = rng.random() < 0.35  # earlier quarters' figures before the latest
    if quarters:
        cols[cols.index("value"):cols.index("value")] = ["q1", "q2"]
    heads = {c: rng.choice(KPI_HEADS[c]) for c in cols}
    if quarters:
        heads["value"] = "Q3"
    chosen = rng.sample(MEASURES, rng.randint(5, 8))
    sections = ["Children and Young People", "Housing and Place", "Corporate Health"][:rng.randint(1, 3)]
    kpis = []
    for k, (name, unit, typical) in enumerate(chosen):
        value = round(typical * rng.uniform(0.8, 1.2))
        target = round(typical * rng.uniform(0.9, 1.1))
        suffix = "%" if unit == "%" else ""
        kpis.append({"section": sections[k % len(sections)], "measure": name, "target": f"{target}{suffix}",
                     "ref": f"KPI {k + 1:02d}", "polarity": rng.choice(["Higher is better", "Smaller is better"]),
                     "q1": f"{round(value * 0.95)}{suffix}", "q2": f"{round(value * 1.03)}{suffix}",
                     "value": f"{value}{suffix}", "rag": rng.choice(list(RAGS)), "dot": rng.choice(DOTS),
                     "notes": rng.choice(NOTES)})
    kpis.sort(key=lambda d: sections.index(d["section"]))
    return {"title": rng.choice(["Quarter 3 Performance Report 2024/25", "Corporate Performance Scorecard",
                                 "Integrated Performance and Improvement Report"]),
            "cols": cols, "heads": heads, "kpis": kpis, "sections": sections,
            "rag_case": rng.choice([str.upper, str.title, lambda s: s[0].upper()]),
            "action_heads": rng.choice(ACTION_HEADS), "plan": plan_items(rng, 1, (3, 4))}


def perf_blocks(spec: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = [("title", spec["title"]),
                           ("para", "This report sets out performance against the council's key measures "
                                    "at the end of December 2024, and the actions under way where it is off track.")]
    for section in spec["sections"]:
        blocks.append(("heading", section))
        grid = [[spec["heads"][c] for c in spec["cols"]]]
        for k in (k for k in spec["kpis"] if k["section"] == section):
            grid.append([spec["rag_case"](k["rag"]) if c == "rag" else k[c] for c in spec["cols"]])
        blocks.append(("grid", grid))
    blocks.append(("heading", "Improvement actions"))
    blocks.append(("para", "The actions below respond to the measures rated red or amber."))
    _, items = spec["plan"][0]
    last = spec["action_heads"][3]
    grid = [list(spec["action_heads"])]
    for i in items:
        grid.append([i["action"], i["lead"], i["due"], i["status"] if last == "Status" else i["progress"]])
    blocks.append(("grid", grid))
    return blocks


def perf_truth(spec: dict[str, Any]) -> dict[str, Any]:
    _, items = spec["plan"][0]
    status = spec["action_heads"][3] == "Status"
    actions = []
    for i in items:
        a: dict[str, Any] = {"action": i["action"], "lead": i["lead"], "due_date": DATES[i["due"]]}
        if status:
            a["status"] = STATUSES[i["status"]]
        actions.append(a)
    return {"doc": "", "title": spec["title"], "actions": actions,
            "indicators": [{"indicator": k["measure"], "target": k["target"], "value": k["value"],
                            "rag": RAGS[k["rag"]]} for k in spec["kpis"]]}


# ---- a wide spreadsheet export of an action tracker --------------------------------------------------

WIDE_HEADS = [("ref", ["ID", "Ref", "Action ID"]), ("area", ["Theme", "Priority", "Workstream"]),
              ("action", ["Action", "Action description", "What we will do"]),
              ("lead", ["Lead officer", "Action owner", "Responsible lead"]),
              ("service", ["Lead service", "Directorate", "Team"]), ("start", ["Start date", "Start"]),
              ("due", ["Target date", "End date", "Due date", "Completion date"]),
              ("status", ["Status", "Progress status"]), ("rag", ["RAG", "RAG rating", "BRAG"]),
              ("q1", ["Q1 update", "Update (June)"]), ("q2", ["Q2 update", "Update (Sept)"]),
              ("evidence", ["Evidence", "Evidence of impact"]), ("updated", ["Last updated", "Date updated"])]
SERVICES = ["Children's Services", "Education", "Public Health", "Adult Social Care"]


def wide_spec(rng: random.Random) -> dict[str, Any]:
    keep = [k for k, _ in WIDE_HEADS if k in ("action", "lead", "due", "status", "rag") or rng.random() < 0.7]
    return {"cols": keep, "heads": {k: rng.choice(v) for k, v in WIDE_HEADS if k in keep},
            "plan": plan_items(rng, rng.randint(2, 4), (2, 4)), "title_rows": rng.random() < 0.5}


def wide_rows(spec: dict[str, Any], rng: random.Random) -> list[list[str]]:
    rows: list[list[str]] = []
    if spec["title_rows"]:
        rows += [["Improvement Plan Tracker – export " + rng.choice(["12/01/2025", "March 2025"])], []]
    rows.append([spec["heads"][c] for c in spec["cols"]])
    n = 0
    for p, (title, items) in enumerate(spec["plan"], 1):
        for k, i in enumerate(items, 1):
            n += 1
            values = {"ref": f"{p}.{k}", "area": title, "action": i["action"], "lead": i["lead"],
                      "service": rng.choice(SERVICES), "start": "01/04/2025", "due": i["due"],
                      "status": i["status"], "rag": i["rag"], "q1": i["progress"], "q2": rng.choice(
                          ["On track.", "Slight delay; recovery plan agreed.", ""]),
                      "evidence": i["measure"], "updated": "10/01/2025"}
            rows.append([values[c] for c in spec["cols"]])
    return rows


def wide_truth(spec: dict[str, Any]) -> dict[str, Any]:
    actions = []
    for title, items in spec["plan"]:
        for i in items:
            a: dict[str, Any] = {"action": i["action"], "lead": i["lead"], "due_date": DATES[i["due"]],
                                 "status": STATUSES[i["status"]], "rag": RAGS[i["rag"]]}
            if "area" in spec["cols"]:
                a["area"] = title
            actions.append(a)
    return {"doc": "", "actions": actions}


def write_xlsx(rows: list[list[str]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    for row in rows:
        ws.append(row)
    header = next(k for k, r in enumerate(rows, 1) if len(r) > 2)
    for cell in ws[header]:
        cell.font = Font(bold=True)
    wb.save(str(path))


# ---- a committee report with key: value tables: no plan --------------------------------------------

def kvreport_blocks(rng: random.Random) -> list[Block]:
    return [("title", rng.choice(["Report to Cabinet", "Report to the Children's Scrutiny Committee"])),
            ("kv", [["Report of", "Director of Children's Services"], ["Report author", "Jane Doyle, Head of SEND"],
                    ["Date of meeting", f"{rng.randint(1, 28)} January 2025"], ["Wards affected", "All"],
                    ["Key decision", "No"], ["Status", "Open"]]),
            ("heading", "1. Purpose of the report"),
            ("para", "To update members on the progress of the written statement of action since the "
                     "revisit in March 2024."),
            ("heading", "2. Recommendations"),
            ("para", "That members note the report and the progress made."),
            ("heading", "3. Background"),
            ("para", "The local area was inspected in 2023. The partnership has met monthly since, and the "
                     "board receives a progress report each quarter."),
            ("kv", [["Financial implications", "None arising from this report."],
                    ["Legal implications", "None."], ["Equalities", "An impact assessment is not needed."],
                    ["Contact officer", "Jane Doyle, 01632 960123"]])]


# ---- writing -----------------------------------------------------------------------------------------

def write_docx(blocks: list[Block], path: Path) -> None:
    from docx import Document
    doc = Document()
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "heading":
            doc.add_heading(payload, level=1)
        elif kind == "para":
            doc.add_paragraph(payload)
        elif kind == "label":  # a label on a line of its own, in bold
            doc.add_paragraph().add_run(payload).bold = True
        elif kind == "runin":  # a bold label run-in on its value's line
            label, sep, value = payload
            para = doc.add_paragraph()
            para.add_run(label + sep.rstrip()).bold = True
            para.add_run(" " + value)
        elif kind in ("kv", "grid"):
            width = max(len(r) for r in payload)
            table = doc.add_table(rows=len(payload), cols=width)
            table.style = "Table Grid"
            for r, row in enumerate(payload):
                if len(row) == 1 and width > 1:
                    merged = table.cell(r, 0).merge(table.cell(r, width - 1))
                    merged.text = row[0]
                    for run in merged.paragraphs[0].runs:
                        run.bold = True
                    continue
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if (kind == "kv" and c == 0) or (kind == "grid" and r == 0):
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    doc.save(str(path))


def write_txt(blocks: list[Block], path: Path) -> None:
    lines = []
    for kind, payload in blocks:
        if kind == "runin":
            label, sep, value = payload
            lines.append(f"{label}{sep if sep.strip() else ': '}{value}")
        elif kind in ("title", "heading", "para"):
            lines.append(payload)
        elif kind == "label":
            lines.append(payload if payload.endswith(":") else payload + ":")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_reportlab_borderless(blocks: list[Block], path: Path) -> None:
    write_reportlab(blocks, path, ruled=False)


def write_reportlab(blocks: list[Block], path: Path, ruled: bool = True) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    # a report with a wide table is set in landscape, as councils print their scorecards
    wide = max((len(r) for kind, payload in blocks if kind == "grid" for r in payload), default=0) > 6
    page = landscape(A4) if wide else A4
    width = page[0] - 100

    def esc(t: str) -> str:
        return t.replace("&", "&amp;").replace("<", "&lt;")

    story: list[Any] = []
    for kind, payload in blocks:
        if kind == "title":
            story.append(Paragraph(esc(payload), styles["Title"]))
        elif kind == "heading":
            story.append(Paragraph(esc(payload), styles["Heading2"]))
        elif kind == "para":
            story.append(Paragraph(esc(payload), body))
        elif kind == "label":
            story.append(Paragraph(f"<b>{esc(payload)}</b>", body))
        elif kind == "runin":
            label, sep, value = payload
            story.append(Paragraph(f"<b>{esc(label + (sep.rstrip() or ':'))}</b> {esc(value)}", body))
        elif kind in ("kv", "grid"):
            ncols = max(len(r) for r in payload)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else []
            style.append(("VALIGN", (0, 0), (-1, -1), "TOP"))
            grid = []
            for r, row in enumerate(payload):
                cells = [Paragraph(esc(t).replace("\n", "<br/>"), body) for t in row] + [""] * (ncols - len(row))
                grid.append(cells)
                if len(row) == 1 and ncols > 1:
                    style.append(("SPAN", (0, r), (-1, r)))
            if kind == "kv":
                label_w = 1.6 * 72 if ncols > 1 else width
                widths = [label_w] + [(width - label_w * (ncols // 2)) / max(1, ncols - ncols // 2)
                                      if c % 2 else label_w for c in range(1, ncols)]
                if ruled:
                    style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#D9E2F3")))
            else:
                first = width * (0.34 if ncols > 3 else 0.5)
                widths = [first] + [(width - first) / (ncols - 1)] * (ncols - 1)
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")))
            table = Table(grid, colWidths=widths, repeatRows=1 if kind == "grid" else 0)
            table.setStyle(TableStyle(style))
            story += [table, Spacer(1, 12)]
    SimpleDocTemplate(str(path), pagesize=page, leftMargin=50, rightMargin=50).build(story)


def write_truth(path: Path, truth: dict[str, Any]) -> None:
    truth = dict(truth, doc=path.name)
    write_truth_json(path.with_name(path.name + ".truth.json"), truth)


def make_seed(folder: Path, seed: int) -> list[Path]:
    rng = random.Random(seed)
    made: list[tuple[Path, dict[str, Any]]] = []

    def render(stem: str, blocks: list[Block], truth: dict[str, Any], kinds: tuple[str, ...]) -> None:
        base = folder / f"{stem}_{seed}"
        writers = {".docx": write_docx, ".txt": write_txt, "_rl.pdf": write_reportlab}
        for kind in kinds:
            path = base.with_name(base.name + kind)
            writers[kind](blocks, path)
            made.append((path, truth))

    kv = kv_spec(rng)
    render("kvtables", kv_blocks(kv, seed), kv_truth(kv), (".docx", "_rl.pdf"))
    long = kv_spec(rng)
    long["plan"] = plan_items(rng, 3, (3, 4))
    render("kvlong", kv_blocks(long, seed, one_table=True), kv_truth(long), (".docx", "_rl.pdf"))
    para = para_spec(rng)
    render("paraforms", para_blocks(para), para_truth(para), (".txt", ".docx", "_rl.pdf"))
    sec = sections_spec(rng)
    render("sections", sections_blocks(sec), sections_truth(sec), (".docx", "_rl.pdf"))
    perf = perf_spec(rng)
    render("perfreport", perf_blocks(perf), perf_truth(perf), (".docx", "_rl.pdf"))
    render("kvreport", kvreport_blocks(rng), {"doc": "", "actions": [], "indicators": []}, (".docx", "_rl.pdf"))
    wide = wide_spec(rng)
    wpath = folder / f"wideexport_{seed}.xlsx"
    write_xlsx(wide_rows(wide, rng), wpath)
    made.append((wpath, wide_truth(wide)))
    for path, truth in made:
        write_truth(path, truth)
    return [p for p, _ in made]


def make_two_language_seed(folder: Path, seed: int) -> list[Path]:
    """The families added for forms in two languages and labels over values (bilingual_SEED,
    labelover_SEED), drawn apart from make_seed's so that its documents stay as they were."""
    made: list[tuple[Path, dict[str, Any]]] = []

    def render(stem: str, blocks: list[Block], truth: dict[str, Any], kinds: tuple[str, ...]) -> None:
        writers = {".docx": write_docx, ".txt": write_txt, "_rl.pdf": write_reportlab,
                   "_bl.pdf": write_reportlab_borderless}
        for kind in kinds:
            path = folder / f"{stem}_{seed}{kind}"
            writers[kind](blocks, path)
            made.append((path, truth))

    more = random.Random(seed * 31 + 5)
    bi = bilingual_spec(more)
    render("bilingual", bilingual_blocks(bi), kv_truth(bi), (".docx", "_rl.pdf", "_bl.pdf"))
    lines = folder / f"bilingual_{seed}.txt"
    write_txt(bilingual_blocks(bi, lines=True), lines)
    made.append((lines, kv_truth(bi)))
    over = labelover_spec(more)
    render("labelover", labelover_blocks(over), kv_truth(over), (".txt", ".docx", "_rl.pdf"))
    for path, truth in made:
        write_truth(path, truth)
    return [p for p, _ in made]


def main(folder: Path, seeds: list[int], two_language: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = [p for seed in seeds for p in make_seed(folder, seed)]
    return out + [p for seed in seeds for p in make_two_language_seed(folder, seed)] if two_language else out


if __name__ == "__main__":
    run_generator(main, __doc__, [1, 2, 3, 4, 5, 6])
