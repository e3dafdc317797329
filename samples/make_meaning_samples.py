"""Plans worded and laid out as real ones are, in ways the training set never shows (our own sentences).

Run from the repo root: python samples/make_meaning_samples.py [FOLDER]. Each NAME gets a
NAME.truth.json beside it (../shared/CONTRACT.md truth format). tests/test_meaning.py converts
them and checks planx reads them by what their headings mean and what their columns hold:

- a school's plan: an unlabelled reference column, 'Success Criteria', 'When', and headings no
  field takes ('Resources: Staffing, Time, Money, CPD', 'Monitoring');
- a council plan with one table per directorate, each under a heading paragraph, with different
  headings ('What we have committed to | Led by | Timescale | Measure | Shared Outcome', then
  'Task | Accountable officer | Deadline | How we will know'), an intro paragraph merged across the
  table and bold theme rows merged across it;
- a tracker exported as text with no heading row (ref | action | name | date);
- a quarterly performance report: 'Performance indicator | Target | Q1 … Q4 | RAG' and
  'Measure | Target | Actual | RAG rating';
- action forms written downwards with question labels ('What will we do?', 'Who?', 'By when?'),
  and the same form as paragraphs ('Action: … / Owner: … / Timescale: …');
- an inspection report's narrative tables ('Strengths | Areas for development'): no plan table.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table, _Cell

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import write_truth_json  # noqa: E402

HERE = Path(__file__).resolve().parent


def shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shd)


def bold_row(table: Table, i: int, fill: str = "D9E2F3", repeat: bool = True) -> None:
    """A heading row as Word users make one: bold, shaded, repeated on each page."""
    for cell in table.rows[i].cells:
        shade(cell, fill)
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
    if repeat:
        table.rows[i]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def fill_row(table: Table, i: int, texts: Sequence[str]) -> None:
    for cell, text in zip(table.rows[i].cells, texts, strict=True):
        cell.text = text


def spanning_row(table: Table, text: str, bold: bool = False, fill: str | None = None) -> None:
    """A row of one cell merged across the whole table (Word's gridSpan)."""
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = ""
    run = merged.paragraphs[0].add_run(text)
    run.bold = bold
    if fill:
        shade(merged, fill)


def table_of(document: Any, head: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    table = document.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    fill_row(table, 0, head)
    bold_row(table, 0)
    for r in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, r, strict=True):
            cell.text = text
    return table


def save(document: Any, path: Path) -> None:
    document.add_paragraph()
    document.save(path)


# ---- a school's plan ---------------------------------------------------------------------------

SCHOOL_HEAD = ["", "Objective", "Action", "Success Criteria", "When", "Resources: Staffing, Time, Money, CPD",
               "Monitoring", "Evaluation & Further Action"]
SCHOOL = [
    ("1", "Writing", [
        ["1.1", "Raise standards in extended writing across KS2",
         "Introduce a weekly extended writing lesson in every KS2 class",
         "70% of Year 6 pupils reach the expected standard in writing", "Sept 2024",
         "Two staff meetings; £400 for class texts", "English lead book looks", ""],
        ["1.2", "Raise standards in extended writing across KS2",
         "Train teaching assistants to run spelling catch-up groups",
         "Spelling scores of pupils in catch-up groups rise by a tenth", "January 2025",
         "Half a day of INSET", "SENCO", "First group finished in December"],
    ]),
    ("2", "Attendance", [
        ["2.1", "Reduce persistent absence", "Meet every family whose child's attendance falls below 90%",
         "Persistent absence below 12% by the summer", "July 2025", "Family liaison officer, 2 days a week",
         "Headteacher and attendance governor", ""],
    ]),
]


def school_doc(path: Path) -> dict[str, Any]:
    document = Document()
    document.add_heading("Hillside Primary School Development Plan 2024-25", level=1)
    document.add_paragraph("Reviewed each term by the governing board.")
    actions = []
    for ref, title, rows in SCHOOL:
        document.add_paragraph(f"Priority {ref}: {title}")
        table_of(document, SCHOOL_HEAD, rows)
        for r in rows:
            actions.append({"area_ref": ref, "area": title, "objective": r[1], "action": r[2], "measure": r[3],
                            "due_raw": r[4], "lead": None})
    save(document, path)
    dates = {"Sept 2024": "2024-09", "January 2025": "2025-01", "July 2025": "2025-07"}
    for a in actions:
        a["due_date"] = dates[a["due_raw"]]
    return {"doc": path.name, "title": "Hillside Primary School Development Plan 2024-25", "actions": actions}


# ---- a council plan, one table per directorate -------------------------------------------------

COUNCIL = [
    ("Proposed Priorities 2024/25 ~ Children and Families",
     ["What we have committed to", "Led by", "Timescale", "Measure", "Shared Outcome"],
     "We will help families earlier and keep more children safely at home. Key priorities include:-",
     [("Early help", [
         ["Open a family hub in each of the four districts", "Head of Early Help", "March 2025",
          "Families using a hub each quarter", "SO2"],
         ["Give every new parent a named health visitor contact", "Director of Public Health", "October 2024",
          "Share of new parents contacted within 14 days", "SO2"]]),
      ("Children in care", [
          ["Recruit twenty more foster carers from within the county", "Fostering Service Manager", "December 2025",
           "Net gain in approved fostering households", "SO3"]])]),
    ("Proposed Priorities 2024/25 ~ Adult Social Care",
     ["Task", "Accountable officer", "Deadline", "How we will know"],
     "",
     [("", [
         ["Cut the waiting list for care act assessments by half", "Assistant Director Adults", "June 2025",
          "Number of people waiting more than 28 days"],
         ["Publish a carers' strategy written with local carers", "Carers Lead", "September 2024",
          "Strategy published and signed off by the board"]])]),
]


def council_doc(path: Path) -> dict[str, Any]:
    document = Document()
    document.add_heading("Council Plan Delivery Programme 2024/25", level=1)
    document.add_paragraph("This programme sets out what each directorate will deliver this year.")
    actions = []
    for heading, head, intro, themes in COUNCIL:
        document.add_heading(heading, level=2)
        table = document.add_table(rows=1, cols=len(head))
        table.style = "Table Grid"
        fill_row(table, 0, head)
        bold_row(table, 0)
        if intro:
            spanning_row(table, intro)
        for theme, rows in themes:
            if theme:
                spanning_row(table, theme, bold=True, fill="F2F2F2")
            for r in rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, r, strict=True):
                    cell.text = text
                # every directorate's heading opens with the same running heading: the area is the name
                # after its tilde (normalise/area_titles.running_prefix)
                truth = {"area": heading.split("~", 1)[1].strip(), "objective": theme or None, "action": r[0],
                         "lead": r[1], "due_raw": r[2], "measure": r[3]}
                actions.append(truth)
        document.add_paragraph()
    save(document, path)
    dates = {"March 2025": "2025-03", "October 2024": "2024-10", "December 2025": "2025-12", "June 2025": "2025-06",
             "September 2024": "2024-09"}
    for a in actions:
        a["due_date"] = dates[a["due_raw"]]
    return {"doc": path.name, "title": "Council Plan Delivery Programme 2024/25", "actions": actions}


# ---- a tracker with no heading row, as text ----------------------------------------------------

HEADERLESS = [
    ("3.1", "Review the referral pathway with the two hospital trusts", "Maria Gonzalez", "March 2025"),
    ("3.2", "Establish a weekly triage meeting for contacts from schools", "Tom Fairweather", "Nov 2024"),
    ("3.3", "Produce a single leaflet for families explaining the front door", "Maria Gonzalez", "January 2025"),
    ("3.4", "Audit twenty contacts a month and feed back to the team", "Priti Shah", "Ongoing"),
]


def headerless_text(path: Path) -> dict[str, Any]:
    lines = ["Front Door Improvement Tracker", "Updated October 2024", ""]
    lines += ["\t".join(r) for r in HEADERLESS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dates = {"March 2025": "2025-03", "Nov 2024": "2024-11", "January 2025": "2025-01", "Ongoing": None}
    return {"doc": path.name, "actions": [{"area_ref": r[0].split(".")[0], "action": r[1], "lead": r[2],
                                           "due_raw": r[3], "due_date": dates[r[3]]} for r in HEADERLESS]}


# ---- a quarterly performance report ------------------------------------------------------------

QUARTERLY = [
    ("Education, health and care plans issued within 20 weeks", "60%", "41%", "48%", "Red", "red"),
    ("Children with a second child protection plan within two years", "18%", "17.2%", "16.5%", "Green", "green"),
    ("Care leavers in suitable accommodation", "90%", "86%", "88%", "Amber", "amber"),
]
MEASURES = [
    ("Household waste sent for reuse or recycling", "52%", "49.8%", "Amber", "amber"),
    ("Average days to process a new housing benefit claim", "20", "17", "Green", "green"),
]


def kpi_doc(path: Path) -> dict[str, Any]:
    document = Document()
    document.add_heading("Quarterly Performance Report: Quarter 2 2024/25", level=1)
    document.add_paragraph("The tables below show the latest figure for each corporate indicator.")
    table_of(document, ["Performance indicator", "Target", "Q1", "Q2", "Q3", "Q4", "RAG"],
             [[n, t, q1, q2, "", "", rag] for n, t, q1, q2, rag, _ in QUARTERLY])
    document.add_paragraph()
    table_of(document, ["Measure", "Target", "Actual", "RAG rating"], [[n, t, v, rag] for n, t, v, rag, _ in MEASURES])
    save(document, path)
    indicators = [{"indicator": n, "target": t, "value": q2, "rag": r} for n, t, _, q2, _, r in QUARTERLY]
    indicators += [{"indicator": n, "target": t, "value": v, "rag": r} for n, t, v, _, r in MEASURES]
    return {"doc": path.name, "actions": [], "indicators": indicators}


# ---- action forms: a table per action written downwards, and paragraphs -----------------------

FORMS = [
    {"What will we do?": "Set up a young people's panel to review the leaving care offer",
     "Who?": "Participation Officer", "By when?": "April 2025",
     "How will we know it has worked?": "Panel meets monthly and the offer is rewritten with it"},
    {"What will we do?": "Give every care leaver a council tax exemption until they are 25",
     "Who?": "Head of Revenues", "By when?": "June 2025",
     "How will we know it has worked?": "Exemption applied to all eligible accounts"},
]


def forms_doc(path: Path) -> dict[str, Any]:
    document = Document()
    document.add_heading("Leaving Care Offer: Action Forms", level=1)
    for form in FORMS:
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in form.items():
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        document.add_paragraph()
    save(document, path)
    dates = {"April 2025": "2025-04", "June 2025": "2025-06"}
    return {"doc": path.name, "actions": [
        {"action": f["What will we do?"], "lead": f["Who?"], "due_raw": f["By when?"], "due_date": dates[f["By when?"]],
         "measure": f["How will we know it has worked?"]} for f in FORMS]}


PARAGRAPH_FORMS = [
    ("Train all duty social workers in the new contact recording template", "Practice Development Manager",
     "End of February 2025", "2025-02"),
    ("Agree information sharing rules with the three police districts", "Head of Safeguarding", "May 2025",
     "2025-05"),
]


def paragraph_forms_text(path: Path) -> dict[str, Any]:
    lines = ["Safeguarding Partnership Action Log", ""]
    for action, owner, when, _ in PARAGRAPH_FORMS:
        lines += [f"Action: {action}", f"Owner: {owner}", f"Timescale: {when}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return {"doc": path.name, "actions": [{"action": a, "lead": o, "due_raw": w, "due_date": d}
                                          for a, o, w, d in PARAGRAPH_FORMS]}


# ---- an inspection report: narrative tables, no plan ------------------------------------------

def inspection_doc(path: Path) -> dict[str, Any]:
    document = Document()
    document.add_heading("Inspection of local authority children's services", level=1)
    document.add_paragraph("Inspection dates: 4 to 15 March 2024")
    table_of(document, ["Judgement", "Grade"], [["The impact of leaders on social work practice", "Good"],
                                                  ["The experiences and progress of children in care", "Good"]])
    document.add_paragraph()
    table_of(document, ["Strengths", "Areas for development"], [
        ["Leaders know their services well and have improved the front door since the last inspection.",
         "Plans for children in need are too often vague about what needs to change and by when."],
        ["Social workers visit children regularly and know them well.",
         "Return home interviews are not always offered quickly enough."]])
    document.add_paragraph("What needs to improve: the quality of plans for children in need.")
    save(document, path)
    return {"doc": path.name, "actions": []}


SAMPLES = {
    "school_development_plan.docx": school_doc,
    "directorate_delivery_plan.docx": council_doc,
    "front_door_tracker.txt": headerless_text,
    "quarterly_performance.docx": kpi_doc,
    "leaving_care_forms.docx": forms_doc,
    "partnership_action_log.txt": paragraph_forms_text,
    "inspection_report.docx": inspection_doc,
}


def main(folder: Path = HERE) -> list[Path]:
    written = []
    for name, build in SAMPLES.items():
        path = folder / name
        truth = build(path)
        write_truth_json(path.with_name(name + ".truth.json"), truth)
        written.append(path)
    return written


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "meaning"):
        print(p)
