"""Write the Word plan samples (our own sentences) and the truth of what planx must read from them.

Run from the repo root: python samples/make_word_samples.py. Each NAME.docx gets a
NAME.docx.truth.json beside it in the contract's truth format (../shared/CONTRACT.md), so
tests/test_docx.py can score planx's output against it field by field.

The plans are built with python-docx and show what Word plans really do: a banner row
merged across the table with the area lead in its last cell, heading rows marked to repeat
on every page, objectives merged down over several actions, Word auto-numbered and
bulleted lists inside cells, tracked insertions and deletions, a nested table, headings
between tables, a landscape section, RAG shown only by a cell's fill colour (several dated
readings), timeframe rows merged across the table, a key-value indicator form, and action
forms written downwards (one label and value per row), and an action cell merged down over
one row per milestone.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import write_truth_json  # noqa: E402

HERE = Path(__file__).resolve().parent


# ---- python-docx helpers ------------------------------------------------------------

def shade(cell: _Cell, fill: str) -> None:
    """Background colour of a cell (w:shd), as Word writes it: hex without '#'."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shd)


def repeat_as_header(table: Table, *rows: int) -> None:
    """Mark rows as heading rows Word repeats at the top of each page (w:tblHeader)."""
    for i in rows:
        tr = table.rows[i]._tr
        tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def write(cell: _Cell, text: str | Sequence[str], style: str | None = None) -> None:
    """Cell text: one paragraph per item, with a list style for Word's own numbers or bullets."""
    items = [text] if isinstance(text, str) else list(text)
    cell.text = ""
    first = cell.paragraphs[0]
    for i, item in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        p.add_run(item)
        if style:
            p.style = style


def tracked(cell: _Cell, *pieces: tuple[str, str]) -> None:
    """A paragraph with tracked changes: pieces of ('', text), ('ins', text) or ('del', text)."""
    cell.text = ""
    p: Paragraph = cell.paragraphs[0]
    for n, (kind, text) in enumerate(pieces, 1):
        run = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
        if kind:
            wrap = OxmlElement(f"w:{kind}")
            wrap.set(qn("w:id"), str(n))
            wrap.set(qn("w:author"), "Reviewer")
            wrap.append(run)
            p._p.append(wrap)
        else:
            p._p.append(run)


def save(document: Any, path: Path) -> None:
    """Save, ending the body with a paragraph as Word does (a body ending in a table is lost by
    LibreOffice's .doc export, and Word adds the paragraph anyway)."""
    if document.element.body[-2].tag == qn("w:tbl"):  # [-1] is the section properties
        document.add_paragraph()
    document.save(path)


def landscape(document: Any) -> None:
    section = document.sections[-1]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


# ---- (a) monitoring framework: banners, merged objectives, auto-numbered milestones -----------

MONITORING_TITLE = "Riverside Children's Services Improvement Framework (April 2018)"
MONITORING_HEAD = ["OBJECTIVE", "OUTCOMES", "Action description", "PROGRESS MILESTONES", "TARGET DATE",
                   "Status of milestone", "RAG", "Measured By:"]
MONITORING = [
    {"ref": "1", "title": "Make sure every child in care has a timely health assessment", "lead": "Nadia Okonjo",
     "objective": "Health assessments happen within statutory timescales",
     "actions": [
         {"outcome": "Children's health needs are known early",
          "action": "Build a tracker of every health assessment due in the next quarter",
          "milestones": [("Tracker built", "Jul 18", "2018-07", "Complete", "complete"),
                         ("Tracker reviewed at every panel", "Sep 18", "2018-09", "In progress", "in_progress")],
          "rag": ("G", "green"), "measure": "Assessments completed within 20 working days", "status": "in_progress",
          "due": "2018-09"},
         {"outcome": "Carers bring children to their appointments",
          "action": "Send carers a reminder two weeks before each appointment",
          "milestones": [("Reminder letter agreed", "Aug 18", "2018-08", "Not started", "not_started")],
          "rag": ("A", "amber"), "measure": "Missed appointments", "status": "not_started", "due": "2018-08"},
     ]},
    {"ref": "2", "title": "Improve the quality of supervision for social workers", "lead": "Owen Pritchard",
     "objective": "Every social worker has regular reflective supervision",
     "actions": [
         {"outcome": "Supervision records show reflection on each child",
          "action": ("tracked", "Hold a monthly multi-agency audit of supervision records"),
          "milestones": [("Audit tool agreed", "31/05/2018", "2018-05-31", "Complete", "complete"),
                         ("First audit reported", "30/06/2018", "2018-06-30", "Complete", "complete"),
                         ("Findings shared with teams", "31/07/2018", "2018-07-31", "Complete", "complete")],
          "rag": ("Blue", "blue"), "measure": "Supervision records graded good", "status": "complete",
          "due": "2018-07-31"},
     ]},
]


def monitoring_doc(path: Path) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph().add_run(MONITORING_TITLE).bold = True
    truth: list[dict[str, Any]] = []
    for area in MONITORING:
        acts = area["actions"]
        table = doc.add_table(rows=2 + len(acts), cols=len(MONITORING_HEAD))
        table.style = "Table Grid"
        banner = table.cell(0, 0).merge(table.cell(0, len(MONITORING_HEAD) - 2))
        write(banner, f"AREA FOR IMPROVEMENT {area['ref']}: {area['title']}")
        write(table.cell(0, len(MONITORING_HEAD) - 1), area["lead"])
        for c in (banner, table.cell(0, len(MONITORING_HEAD) - 1)):
            shade(c, "D9D9D9")
        for i, label in enumerate(MONITORING_HEAD):
            write(table.cell(1, i), label)
        repeat_as_header(table, 0, 1)
        objective = table.cell(2, 0).merge(table.cell(1 + len(acts), 0)) if len(acts) > 1 else table.cell(2, 0)
        write(objective, area["objective"])
        for r, act in enumerate(acts, 2):
            cells = table.rows[r].cells
            write(cells[1], act["outcome"])
            if isinstance(act["action"], tuple):
                tracked(cells[2], ("", "Hold a monthly "), ("ins", "multi-agency "), ("", "audit of "),
                        ("del", "old paper "), ("", "supervision records"))
                action_text = act["action"][1]
            else:
                write(cells[2], act["action"])
                action_text = act["action"]
            ms = act["milestones"]
            write(cells[3], [m[0] for m in ms], "List Number")
            write(cells[4], [m[1] for m in ms], "List Number")
            write(cells[5], [m[3] for m in ms], "List Number")
            write(cells[6], act["rag"][0])
            write(cells[7], act["measure"])
            truth.append({"area_ref": area["ref"], "area": area["title"], "area_lead": area["lead"],
                          "objective": area["objective"], "outcome": act["outcome"], "action": action_text,
                          "measure": act["measure"], "due_date": act["due"], "status": act["status"],
                          "rag": act["rag"][1], "rag_raw": act["rag"][0],
                          "milestones": [{"milestone": m[0], "due_date": m[2], "status": m[4]} for m in ms]})
        doc.add_paragraph()
    save(doc, path)
    return {"doc": path.name, "title": MONITORING_TITLE, "format": "docx", "actions": truth, "indicators": []}


# ---- (f) BRAG tracker: headings between tables, fills only, dated readings, landscape -------

TRACKER_TITLE = "Harbourside Safeguarding Improvement Tracker 2018"
TRACKER_HEAD = ["Ref", "Action required", "Lead officer", "By when", "BRAG 03/18", "BRAG 06/18", "Update"]
# (ref, action, lead, by when, due ISO, fill 03/18, fill 06/18, rag of the latest, update)
TRACKER = [
    ("1", "Strengthen the front door", [
        ("1.1", "Publish a single contact number for professionals", "Leah Brennan", "March 2018", "2018-03",
         "FF0000", "92D050", "green", "Number live on the website"),
        ("1.2", "Train call handlers in the threshold guidance", "Leah Brennan", "June 2018", "2018-06",
         "FFC000", "FFBF00", "amber", "Two of three sessions held"),
    ]),
    ("2", "Reduce drift in child protection plans", [
        ("2.1", "Review every plan open for more than fifteen months", "Marek Nowak", "30 June 2018", "2018-06-30",
         "C00000", "FFC000", "amber", ""),
        ("2.2", "Add a drift alert to the case management system", "Jo Whitfield", "Sept 2018", "2018-09",
         "0070C0", "0070C0", "blue", "Alert in place since February"),
    ]),
]


def tracker_doc(path: Path) -> dict[str, Any]:
    doc = Document()
    landscape(doc)
    doc.add_paragraph(TRACKER_TITLE, style="Title")
    truth: list[dict[str, Any]] = []
    for ref, title, rows in TRACKER:
        doc.add_heading(f"Priority {ref}: {title}", level=1)
        grouped = ref == "2"  # the second table heads its readings 'BRAG' over '03/18 | 06/18'
        top = 2 if grouped else 1
        table = doc.add_table(rows=top + len(rows), cols=len(TRACKER_HEAD))
        table.style = "Table Grid"
        for i, label in enumerate(TRACKER_HEAD):
            write(table.cell(0, i), label)
        if grouped:
            write(table.cell(0, 4).merge(table.cell(0, 5)), "BRAG")
            write(table.cell(1, 4), "03/18")
            write(table.cell(1, 5), "06/18")
        repeat_as_header(table, *range(top))
        for r, (aref, action, lead, when, due, f1, f2, rag, update) in enumerate(rows, top):
            cells = table.rows[r].cells
            for i, text in enumerate((aref, action, lead, when, "", "", update)):
                write(cells[i], text)
            shade(cells[4], f1)
            shade(cells[5], f2)
            truth.append({"area_ref": ref, "area": title, "action": action, "lead": lead, "due_date": due,
                          "rag": rag, "rag_raw": "#" + f2.lower(), "progress": update or None,
                          # a reading is labelled by its column's own heading as printed: 'BRAG 03/18', or
                          # '03/18' under the 'BRAG' printed once over both (ratings.heading_group)
                          "ratings": [{"label": ("" if grouped else "BRAG ") + "03/18", "rag_raw": "#" + f1.lower()},
                                      {"label": ("" if grouped else "BRAG ") + "06/18", "rag": rag,
                                       "rag_raw": "#" + f2.lower()}]})
        if grouped:  # one lead for both actions, merged down (Word prints it once)
            merged = table.cell(top, 2).merge(table.cell(top + 1, 2))
            write(merged, "Marek Nowak")
            truth[-1]["lead"] = "Marek Nowak"
    save(doc, path)
    return {"doc": path.name, "title": TRACKER_TITLE, "format": "docx", "actions": truth, "indicators": []}


# ---- (c) inspection plan: timeframe rows, bullets in cells, a nested table -------------------

INSPECTION_TITLE = "Ofsted Inspection Action Plan: Fostering Service"
INSPECTION_HEAD = ["Recommendation", "Actions", "Lead", "Timescale", "Progress"]
INSPECTION = [
    ("Immediately", [
        ("Ensure that every foster carer has an up-to-date safer caring plan.",
         ["Check every carer's file", "Write missing plans with the carers"], "Grace Adebayo", "April 2018", "2018-04",
         None),
    ]),
    ("Within three months", [
        ("Improve the timeliness of foster carer reviews.",
         ["Book every overdue review"], "Tom Hadley", "July 2018", "2018-07",
         [("Reviews overdue", "14"), ("Reviews booked", "9")]),
    ]),
]


def inspection_doc(path: Path) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph(INSPECTION_TITLE, style="Title")
    n = 1 + sum(1 + len(rows) for _, rows in INSPECTION)
    table = doc.add_table(rows=n, cols=len(INSPECTION_HEAD))
    table.style = "Table Grid"
    for i, label in enumerate(INSPECTION_HEAD):
        write(table.cell(0, i), label)
    repeat_as_header(table, 0)
    truth: list[dict[str, Any]] = []
    r = 1
    for timeframe, rows in INSPECTION:
        band = table.cell(r, 0).merge(table.cell(r, len(INSPECTION_HEAD) - 1))
        write(band, timeframe)
        shade(band, "F2F2F2")
        r += 1
        for rec, bullets, lead, when, due, nested in rows:
            cells = table.rows[r].cells
            write(cells[0], rec)
            write(cells[1], bullets, "List Bullet")
            write(cells[2], lead)
            write(cells[3], when)
            progress = None
            if nested:
                write(cells[4], "Figures at the end of May:")
                inner = cells[4].add_table(rows=len(nested), cols=2)
                for i, (label, value) in enumerate(nested):
                    write(inner.cell(i, 0), label)
                    write(inner.cell(i, 1), value)
                progress = "Figures at the end of May: " + " ".join(f"{a}; {b}" for a, b in nested)
            truth.append({"area": rec, "timeframe": timeframe, "action": "; ".join(bullets), "lead": lead,
                          "due_date": due, "progress": progress})
            r += 1
    save(doc, path)
    return {"doc": path.name, "title": INSPECTION_TITLE, "format": "docx", "actions": truth, "indicators": []}


# ---- (e) indicator form: key-value tables ------------------------------------------------

FORM_TITLE = "Performance Action Plan Template 2018"
FORMS = [
    ("Children seen alone at their statutory visit", "Rhiannon Price", "95% (March 2018)", "95%", "88.4%"),
    ("Care leavers in education, employment or training", "Rhiannon Price", "60% (March 2018)", "60%", "57.1%"),
]


def form_doc(path: Path) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph(FORM_TITLE, style="Title")
    indicators = []
    for title, lead, target, target_figure, value in FORMS:
        table = doc.add_table(rows=5, cols=3)
        table.style = "Table Grid"
        head = table.cell(0, 0).merge(table.cell(0, 2))
        write(head, "INDICATOR OVERVIEW")
        shade(head, "D9D9D9")
        for r, (label, text) in enumerate([("Indicator Title", title), ("Strategic Director Lead", lead),
                                           ("Target", target), ("Performance this Period", value)], 1):
            write(table.cell(r, 0), label)
            write(table.cell(r, 1).merge(table.cell(r, 2)), text)
        doc.add_paragraph()
        indicators.append({"indicator": title, "target": target_figure, "value": value})
    save(doc, path)
    return {"doc": path.name, "title": FORM_TITLE, "format": "docx", "actions": [], "indicators": indicators}


# ---- a new layout: one small form per action, written downwards -------------------------

FORMS_TITLE = "Westbrook Fostering Service Action Plan 2019"
ACTION_FORMS = [
    ("1", "Recruit more foster carers", [
        ("Recruit ten new foster carers for teenagers", "Sam Reid", "March 2019", "2019-03", "A", "amber"),
        ("Run a monthly information evening", "Priya Shah", "Ongoing", None, "G", "green"),
    ]),
    ("2", "Support carers to stay", [
        ("Offer every carer a buddy in their first year", "Ali Khan", "30/09/2019", "2019-09-30", "R", "red"),
    ]),
]


def action_forms_doc(path: Path) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph(FORMS_TITLE, style="Title")
    truth: list[dict[str, Any]] = []
    for ref, title, actions in ACTION_FORMS:
        doc.add_paragraph().add_run(f"Priority {ref}: {title}").bold = True
        for action, lead, when, due, rag, rag_word in actions:
            table = doc.add_table(rows=4, cols=2)
            table.style = "Table Grid"
            for r, (label, value) in enumerate([("Action", action), ("Lead officer", lead), ("By when", when),
                                                ("RAG", rag)]):
                write(table.cell(r, 0), label)
                write(table.cell(r, 1), value)
            doc.add_paragraph()
            truth.append({"area_ref": ref, "area": title, "action": action, "lead": lead, "due_date": due,
                          "rag": rag_word, "rag_raw": rag})
    save(doc, path)
    return {"doc": path.name, "title": FORMS_TITLE, "format": "docx", "actions": truth, "indicators": []}


# ---- another common shape: the action merged down over one row per milestone -----------------

ROWS_TITLE = "Eastfield Adoption Service Improvement Plan (2018)"
ROWS_HEAD = ["Action", "Milestones", "Target date", "Status", "Lead"]
ROWS = [
    ("Create a single tracker for children waiting for adoption", "Karen Doyle",
     [("Tracker designed with the panel", "Feb 18", "2018-02", "Complete", "complete"),
      ("Tracker used at every panel meeting", "May 18", "2018-05", "Behind schedule", "delayed")],
     "2018-05", "delayed"),
    ("Publish a guide for prospective adopters", "Femi Ade",
     [("Guide published online", "Jul 18", "2018-07", "Not started", "not_started")], "2018-07", "not_started"),
]


def rows_doc(path: Path) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph(ROWS_TITLE, style="Title")
    n = 1 + sum(len(ms) for _, _, ms, _, _ in ROWS)
    table = doc.add_table(rows=n, cols=len(ROWS_HEAD))
    table.style = "Table Grid"
    for i, label in enumerate(ROWS_HEAD):
        write(table.cell(0, i), label)
    repeat_as_header(table, 0)
    truth: list[dict[str, Any]] = []
    r = 1
    for action, lead, ms, due, status in ROWS:
        last = r + len(ms) - 1
        write(table.cell(r, 0).merge(table.cell(last, 0)) if last > r else table.cell(r, 0), action)
        write(table.cell(r, 4).merge(table.cell(last, 4)) if last > r else table.cell(r, 4), lead)
        for k, (m, when, _, st, _) in enumerate(ms):
            for col, text in ((1, m), (2, when), (3, st)):
                write(table.cell(r + k, col), text)
        truth.append({"action": action, "lead": lead, "due_date": due, "status": status,
                      "milestones": [{"milestone": m, "due_date": iso, "status": s} for m, _, iso, _, s in ms]})
        r = last + 1
    save(doc, path)
    return {"doc": path.name, "title": ROWS_TITLE, "format": "docx", "actions": truth, "indicators": []}


SAMPLES = {
    "word_monitoring_framework_2018.docx": monitoring_doc,
    "word_brag_tracker_2018.docx": tracker_doc,
    "word_inspection_plan_2018.docx": inspection_doc,
    "word_indicator_form_2018.docx": form_doc,
    "word_action_forms_2019.docx": action_forms_doc,
    "word_milestone_rows_2018.docx": rows_doc,
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
    for p in main():
        print(p)
