"""Plans drawn as slides: programme highlight reports and landscape trackers, as PowerPoint exports print them.

Run from the repo root: python samples/make_slide_samples.py FOLDER [SEED ...]. Each seed writes one
highlight report as
  - NAME_slides.pdf: slides drawn with reportlab on a 16:9 (or landscape A4) page, text placed as a
    presentation program places it: a large title, a goal statement, narrative and bulleted lists in
    text boxes, tables with a shaded heading row;
  - NAME_word.docx and, with LibreOffice, NAME_word.pdf: the same report written as a landscape Word
    document, a page per slide, as a programme office that "saves the deck as Word" prints it;
with NAME.truth.json beside each (the truth format of docs/CONTRACT.md).

What a slide holds (drawn per slide from the seed):
- the workstream's title ('Workstream 2: Early help', 'Early help and prevention'), a goal or objective
  statement, sometimes the workstream's overall RAG in a box beside the title;
- the progress narrative: a paragraph, or 'Key accomplishments' / 'Next steps' bulleted lists;
- the milestone table (`Milestone | Due date | Status | Owner | Comments` and other wordings), whose
  rows are the actions; a long milestone table goes on on the next slide under the same headings;
  its RAG a word, a letter or only the cell's fill;
- tables that are no plan: indicators (`Indicator | Baseline | Target | Actual`), the programmes that
  contribute, the risks and issues, a glossary of acronyms.
The sentences are our own. Truth: one action per milestone row; `area` the slide's title without
its number, `area_ref` the number when printed; comments are the action's `progress`; the
indicator tables are `indicators`.
"""
from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import Break as PageBreak  # noqa: E402
from samples.layout_render import C, Doc, Grid, Text, libreoffice_pdfs, write_docx  # noqa: E402
from samples.seeded import write_truth_json  # noqa: E402

RAG_FILL = {"green": "#00B050", "amber": "#FFC000", "red": "#FF0000"}
RAG_TEXT = {"green": ["Green", "G", "GREEN"], "amber": ["Amber", "A", "AMBER"], "red": ["Red", "R", "RED"]}
# printed status → (contract status, the RAG a programme office gives it)
STATUSES = {
    "complete": (["Complete", "Completed", "Achieved", "Done"], "green"),
    "in_progress": (["On track", "In progress", "On schedule"], "green"),
    "delayed": (["Delayed", "Missed", "At risk", "Behind schedule"], "amber"),
    "not_started": (["Not started", "Not yet started", "Planned"], "green"),
}

HEADS = {
    "milestone": ["Milestone", "Key milestones", "Key milestone", "Deliverable / milestone", "Milestones"],
    "due": ["Due date", "Milestone due date", "Target date", "Due", "Deadline"],
    "status": ["Status", "Milestone status", "Progress status", "Current status"],
    "owner": ["Owner", "Lead", "Responsible", "Milestone owner"],
    "comments": ["Comments", "Commentary", "Progress update", "Update / comments"],
    "rag": ["RAG", "RAG status", "RAG rating"],
}
GOAL_LABELS = ["Goal:", "Objective:", "Aim:", "Our goal:", ""]
NARRATIVE_LABELS = ["Progress this period", "Summary of progress", "Overview", "Update"]
DONE_LABELS = ["Key accomplishments", "Achievements this period", "What we have done", "Progress to date"]
NEXT_LABELS = ["Next steps", "Planned for next period", "Looking ahead", "Priorities for next quarter"]

PEOPLE = ["Amina Patel", "Joe Whitfield", "Head of Early Help", "Claire Dunmore", "Service Manager, Fostering",
          "Rob Kessler", "Principal Social Worker", "Nadia Osei", "Director of Education", "Tom Ashworth",
          "Commissioning Lead", "Helen Grieve", "HR Business Partner", "Priya Nair", "Head of Quality Assurance"]


@dataclass
class Milestone:
    text: str
    due: tuple[str, str]  # (printed, ISO)
    status: str  # contract status
    comment: str = ""


@dataclass
class Workstream:
    title: str
    goal: str
    narrative: str
    done: list[str]
    next: list[str]
    milestones: list[Milestone]
    indicators: list[tuple[str, str, str, str]] = field(default_factory=list)  # name, baseline, target, actual


def dates(rng: random.Random, year: int, month: int) -> tuple[str, str]:
    """A due date as slide decks print it, and its ISO form at the printed precision."""
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
    style = rng.randrange(5)
    day = rng.choice([14, 28, 30, 15, 1])
    if style == 0:
        return f"{names[month - 1]} {year}", f"{year}-{month:02d}"
    if style == 1:
        return f"{names[month - 1][:3]}-{year % 100:02d}", f"{year}-{month:02d}"
    if style == 2:
        return f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}"
    if style == 3:
        return f"{day} {names[month - 1][:3]} {year}", f"{year}-{month:02d}-{day:02d}"
    return f"{names[month - 1][:3]} {year}", f"{year}-{month:02d}"


WORKSTREAMS = [
    ("Early help and prevention", "Families get the right help at the first sign of need, so fewer children need "
     "statutory services.",
     ["Open the second family hub in the north of the borough", "Agree a single early help assessment with "
      "partners", "Train 120 practitioners in the new assessment", "Publish the early help offer on the local "
      "offer website", "Review the first six months of the family hub data"],
     ["The north hub opened on time and saw 340 families in its first quarter.", "Partners signed the shared "
      "assessment at the June partnership board.", "", "Web pages drafted and with the communications team for "
      "checking.", "Data from health visiting is not yet flowing; a data sharing agreement is being drafted."]),
    ("Workforce stability", "A permanent, experienced workforce with caseloads that let social workers know "
     "their children well.",
     ["Launch the recruitment campaign for experienced social workers", "Introduce the retention payment for "
      "team managers", "Open the second cohort of the social work academy", "Reduce agency staff to below 15 "
      "per cent", "Complete the caseload review in the assessment teams"],
     ["Campaign launched in April; 14 offers made so far.", "Agreed by the staffing committee and paid from "
      "July.", "Twenty newly qualified workers started in September.", "Agency use is at 19 per cent; the "
      "conversion offer has had a slow take-up.", ""]),
    ("Quality of practice", "Every child's plan is clear, up to date and makes a difference to their life.",
     ["Roll out the new practice model training to all teams", "Introduce monthly practice weeks with "
      "observations", "Refresh the audit tool and moderation process", "Report audit findings to the "
      "improvement board each quarter", "Embed the new supervision policy"],
     ["All teams trained by the end of May.", "Two practice weeks held; the next is planned for November.",
      "New tool in use since July; moderation found grades more consistent.", "", "Policy agreed; compliance "
      "is checked in the monthly performance meeting."]),
    ("Children in care and care leavers", "Children in care live in stable homes close to their communities "
     "and leave care well prepared.",
     ["Open two new in-house children's homes", "Recruit 25 new foster carer households", "Launch the care "
      "leavers' local offer refresh", "Extend staying close to all care leavers leaving residential care",
      "Review the placement sufficiency strategy"],
     ["The first home is registered; the second is delayed by building work.", "Eleven households approved "
      "so far this year.", "Co-designed with the Children in Care Council and published in March.", "",
      "Sufficiency data collected; the strategy goes to cabinet in January."]),
    ("Special educational needs and disabilities", "Children with SEND get timely assessments and support that "
     "meets their needs in local schools.",
     ["Clear the backlog of education, health and care needs assessments", "Open two new resource bases in "
      "mainstream secondary schools", "Publish the refreshed SEND strategy", "Introduce the quality assurance "
      "framework for plans", "Launch the preparation for adulthood pathway"],
     ["Backlog down from 212 to 96 assessments.", "One base opened in September; the second opens in January.",
      "Strategy published after consultation with parent carers.", "", "Pathway agreed with adult social "
      "care; launch event planned."]),
    ("Partnership and governance", "Partners hold each other to account for the difference the improvement plan "
     "makes.",
     ["Agree the improvement board's terms of reference", "Publish the first quarterly performance scorecard",
      "Hold the annual partnership conference", "Complete the independent peer review", "Refresh the "
      "improvement plan for the second year"],
     ["Agreed at the first board meeting.", "Scorecard published and discussed at scrutiny.", "", "Peer review "
      "booked for the spring.", ""]),
]
INDICATORS = [
    ("Re-referrals within 12 months", "24%", "18%", "21%"),
    ("Assessments completed within 45 working days", "71%", "90%", "84%"),
    ("Children seen within timescale on a child protection plan", "82%", "95%", "93%"),
    ("Agency social workers (FTE %)", "27%", "15%", "19%"),
    ("EHC plans issued within 20 weeks", "38%", "60%", "52%"),
    ("Care leavers in education, employment or training", "49%", "60%", "57%"),
    ("Foster carer households approved", "9", "25", "11"),
    ("Audits graded good or better", "41%", "70%", "63%"),
]
DONE_ITEMS = ["Held the first partnership workshop with schools", "Recruited the programme manager",
              "Agreed the data set for the dashboard", "Ran two listening events with young people",
              "Signed off the communications plan", "Completed the baseline audit of case files"]
NEXT_ITEMS = ["Present the business case to cabinet", "Start the consultation with parents and carers",
              "Confirm the budget for next year", "Appoint the independent chair",
              "Draft the quarterly report to the DfE adviser", "Plan the spring practice week"]
RISKS = [("Recruitment market remains tight", "High", "Medium", "Retention offer; overseas recruitment pilot"),
         ("Building work delays the second home", "Medium", "High", "Weekly contractor meetings"),
         ("Partner data not shared in time", "Medium", "Medium", "Data sharing agreement drafted"),
         ("Budget pressures in the medium-term plan", "High", "Medium", "Savings plan reviewed monthly")]
PROGRAMMES = [("Supporting Families programme", "Head of Early Help", "£1.2m"),
              ("Social work academy", "Principal Social Worker", "£450k"),
              ("Sufficiency capital programme", "Head of Commissioning", "£3.8m"),
              ("SEND delivering better value", "Director of Education", "£1m")]
GLOSSARY = [("EHCP", "Education, health and care plan"), ("SEND", "Special educational needs and disabilities"),
            ("FTE", "Full-time equivalent"), ("DfE", "Department for Education"), ("RAG", "Red, amber, green")]


def workstreams(rng: random.Random, year: int) -> list[Workstream]:
    chosen = rng.sample(WORKSTREAMS, rng.randint(3, 4))
    out = []
    for title, goal, steps, comments in chosen:
        count = rng.randint(3, 5)
        ms = []
        month = rng.randint(1, 6)
        for text, comment in list(zip(steps, comments, strict=True))[:count]:
            status = rng.choice(list(STATUSES))
            ms.append(Milestone(text, dates(rng, year + (month > 12), (month - 1) % 12 + 1), status, comment))
            month += rng.randint(1, 3)
        out.append(Workstream(title, goal, "", rng.sample(DONE_ITEMS, 3), rng.sample(NEXT_ITEMS, 2), ms,
                              rng.sample(INDICATORS, rng.randint(2, 4))))
    return out


@dataclass
class Style:
    """The choices one deck makes, the same on every slide."""
    heads: dict[str, str]
    columns: list[str]  # keys of HEADS in print order
    numbered: bool  # 'Workstream 2: …' titles
    number_word: str
    goal_label: str
    rag_as: str  # 'word', 'letter', 'fill', 'none'
    overall_rag: bool
    page: str  # 'wide' (16:9), 'a4' (landscape) or 'four3' (4:3)
    status_words: dict[str, str]
    # drawn from a second generator, so that adding them left the decks of the first seeds alone
    band: bool = False  # the title in white on a coloured band across the slide
    lists_as: str = "text"  # 'Key accomplishments / Next steps' as text boxes, or as a two-column table
    refs: bool = False  # a reference column ('2.1', '2.2') before the milestone
    furniture: bool = False  # a small running header and an 'OFFICIAL' footer on every slide


def more_style(style: Style, rng: random.Random) -> None:
    """The options added after the first decks were drawn (their own random stream)."""
    style.band = rng.random() < 0.4
    style.lists_as = rng.choice(["text", "table"])
    style.refs = rng.random() < 0.3
    style.furniture = rng.random() < 0.5
    if rng.random() < 0.25:
        style.page = "four3"
    if style.rag_as == "none" and rng.random() < 0.5:  # the status cell shaded in its RAG colour
        style.rag_as = "status-fill"
        style.heads["status"] = rng.choice(["Milestone RAG status", "RAG status", "Status"])


def deck_style(rng: random.Random) -> Style:
    heads = {k: rng.choice(v) for k, v in HEADS.items()}
    columns = ["milestone", "due", "status", "owner"]
    if rng.random() < 0.7:
        columns.append("comments")
    rag_as = rng.choice(["word", "letter", "fill", "none"])
    if rag_as != "none":
        columns.insert(3, "rag")
    return Style(heads=heads, columns=columns, numbered=rng.random() < 0.6,
                 number_word=rng.choice(["Workstream", "Priority", "Theme"]), goal_label=rng.choice(GOAL_LABELS),
                 rag_as=rag_as, overall_rag=rng.random() < 0.6, page=rng.choice(["wide", "wide", "a4"]),
                 status_words={k: rng.choice(v[0]) for k, v in STATUSES.items()})


# ---- the abstract slides ------------------------------------------------------------------------

@dataclass
class Slide:
    title: str
    subtitle: str = ""  # the goal statement
    overall: str = ""  # overall RAG of the workstream ('amber')
    body: list[tuple[str, Any]] = field(default_factory=list)  # ('para', text) ('list', (label, items))
    # ('table', (rows, widths, fills)) rows[0] the headings


def milestone_rag(m: Milestone, rng: random.Random) -> str:
    return STATUSES[m.status][1] if m.status != "delayed" else rng.choice(["amber", "red"])


def milestone_rows(ws: Workstream, style: Style, rng: random.Random, number: int = 0
                   ) -> tuple[list[list[str]], list[list[str]], list[dict[str, Any]]]:
    """The table's heading row, its rows and each row's truth."""
    columns = (["ref"] if style.refs else []) + style.columns
    head = [style.heads.get(k, "Ref") for k in columns]
    rows, truths = [], []
    for step, m in enumerate(ws.milestones, 1):
        rag = milestone_rag(m, rng)
        cells, fills = [], []
        for k in columns:
            fill = ""
            if k == "milestone":
                text = m.text
            elif k == "due":
                text = m.due[0]
            elif k == "ref":
                text = f"{number}.{step}"
            elif k == "status":
                text = style.status_words[m.status]
                if style.rag_as == "status-fill":
                    fill = RAG_FILL[rag]
            elif k == "owner":
                text = rng.choice(PEOPLE)
                owner = text
            elif k == "comments":
                text = m.comment
            else:
                text = {"word": RAG_TEXT[rag][0], "letter": RAG_TEXT[rag][1]}.get(style.rag_as, "")
                fill = RAG_FILL[rag]
            cells.append(text)
            fills.append(fill)
        rows.append(cells + ["\x00" + "|".join(fills)])
        truth: dict[str, Any] = {"action": m.text, "due_raw": m.due[0], "due_date": m.due[1], "status": m.status,
                                 "lead": owner}
        if "comments" in style.columns:
            truth["progress"] = m.comment or None
        if style.rag_as == "status-fill":
            truth["rag"], truth["rag_raw"] = rag, RAG_FILL[rag].lower()
        elif style.rag_as != "none":
            truth["rag"] = rag
        truths.append(truth)
    return [head], rows, truths


def deck(rng: random.Random, seed: int) -> tuple[list[Slide], dict[str, Any], Style]:
    year = rng.choice([2024, 2025, 2026])
    style = deck_style(rng)
    more_style(style, random.Random(seed * 31 + 7))
    council = rng.choice(["Northmoor", "Ashby Vale", "Kingsbridge", "Eastwick", "Holmfirth"])
    programme = rng.choice(["Children's Services Improvement Programme", "Improvement and Transformation "
                            "Programme", "Family Help Transformation Programme"])
    period = rng.choice([f"Highlight report, Quarter {rng.randint(1, 4)} {year}/{(year + 1) % 100:02d}",
                         f"Programme highlight report – {rng.choice(['June', 'September', 'December'])} {year}",
                         f"Improvement board update {year}"])
    title = f"{council} Council {programme}"
    slides = [Slide(title=title, subtitle=period)]
    if rng.random() < 0.5:
        slides[0].body.append(("para", "This report sets out progress against each workstream of the "
                               "improvement plan since the last board. Each workstream lead has reviewed their "
                               "milestones and the overall rating of their workstream."))
    truth: dict[str, Any] = {"doc": "", "actions": [], "indicators": []}
    for n, ws in enumerate(workstreams(rng, year), 1):
        shown = f"{style.number_word} {n}: {ws.title}" if style.numbered else ws.title
        goal = f"{style.goal_label} {ws.goal}".strip()
        overall = rng.choice(["green", "amber", "red"]) if style.overall_rag else ""
        head, rows, truths = milestone_rows(ws, style, rng, n)
        for t in truths:
            t["area"] = ws.title
            t["area_ref"] = str(n) if style.numbered or style.refs else None
        truth["actions"] += truths
        progress = rng.choice(["para", "lists", "none"])
        body: list[tuple[str, Any]] = []
        if progress == "para":
            body.append(("para", f"{rng.choice(NARRATIVE_LABELS)}: the workstream has made steady progress this "
                         f"quarter. {ws.milestones[0].comment or 'The first milestones are under way.'} The board "
                         "is asked to note the milestones that have slipped and the actions in hand to recover "
                         "them."))
        elif progress == "lists" and style.lists_as == "table":
            done, nxt = rng.choice(DONE_LABELS), rng.choice(NEXT_LABELS)
            body.append(("table", [[done, nxt], ["\n".join(f"• {x}" for x in ws.done),
                                                  "\n".join(f"• {x}" for x in ws.next)]]))
        elif progress == "lists":
            body.append(("list", (rng.choice(DONE_LABELS), ws.done)))
            body.append(("list", (rng.choice(NEXT_LABELS), ws.next)))
        split = len(rows) >= 4 and rng.random() < 0.5
        first, rest = (rows[:len(rows) // 2 + 1], rows[len(rows) // 2 + 1:]) if split else (rows, [])
        slides.append(Slide(title=shown, subtitle=goal, overall=overall, body=body + [("table", head + first)]))
        if rest:
            more = rng.choice([shown, f"{shown} (continued)", f"{shown} – milestones continued"])
            slides.append(Slide(title=more, overall=overall, body=[("table", head + rest)]))
        extra = rng.random()
        if extra < 0.45:
            ind_head = [rng.choice(["Indicator", "Key performance indicator", "Measure"]), "Baseline",
                        rng.choice(["Target", f"Target {year + 1}"]), rng.choice(["Actual", "Latest", "Current"])]
            slides.append(Slide(title=f"{shown} – {rng.choice(['indicators', 'how we measure progress'])}",
                                body=[("table", [ind_head] + [list(i) for i in ws.indicators])]))
            truth["indicators"] += [{"indicator": i[0], "target": i[2], "value": i[3]} for i in ws.indicators]
        elif extra < 0.65:
            slides[-1].body.append(("table", [["Contributing programme", "Lead", "Budget"]]
                                    + [list(p) for p in rng.sample(PROGRAMMES, 3)]))
    closing = rng.random()
    if closing < 0.5:
        slides.append(Slide(title="Risks and issues", body=[("table", [[rng.choice(["Risk", "Risk / issue"]),
                                                                        "Impact", "Likelihood", "Mitigation"]]
                                                             + [list(r) for r in rng.sample(RISKS, 3)])]))
    if rng.random() < 0.4:
        slides.append(Slide(title=rng.choice(["Glossary", "Acronyms"]),
                            body=[("table", [["Acronym", "Meaning"]] + [list(g) for g in GLOSSARY])]))
    truth["title"] = title
    return slides, truth, style


# ---- drawing the slides with reportlab --------------------------------------------------------------

def _split_fills(row: list[str]) -> tuple[list[str], list[str]]:
    if row and row[-1].startswith("\x00"):
        return row[:-1], row[-1][1:].split("|")
    return row, [""] * len(row)


def draw_slides(slides: list[Slide], style: Style, path: Path, rng: random.Random) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle
    size = {"wide": (960.0, 540.0), "four3": (720.0, 540.0)}.get(style.page, landscape(A4))
    w, h = size
    canvas = Canvas(str(path), pagesize=size)
    accent = rng.choice(["#1F3864", "#005EB8", "#4B2E83", "#00594F"])
    title_size = rng.choice([24, 26, 28])
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    margin = 36.0
    for number, slide in enumerate(slides, 1):
        canvas.setFillColor(colors.HexColor(accent))
        canvas.rect(0, h - 8, w, 8, stroke=0, fill=1)
        y = h - margin - title_size
        if style.furniture:
            canvas.setFont("Helvetica", 7)
            canvas.drawString(margin, h - 20, "Improvement programme highlight report")
            canvas.drawString(w / 2 - 20, 14, "OFFICIAL")
        if style.band:  # the title in white on a band of the deck's colour
            canvas.rect(0, y - 12, w, title_size + 26, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", title_size if number > 1 else title_size + 4)
        canvas.drawString(margin, y, slide.title)
        if slide.overall:  # the workstream's rating in a box at the right of the title, or above it
            ends = margin + canvas.stringWidth(slide.title, "Helvetica-Bold", title_size) + 30
            box_y = y - 4 if ends < w - margin - 130 else h - 30
            canvas.setFillColor(colors.HexColor(RAG_FILL[slide.overall]))
            canvas.rect(w - margin - 130, box_y, 130, 20, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont("Helvetica-Bold", 11)
            canvas.drawString(w - margin - 124, box_y + 6, f"Overall: {slide.overall.capitalize()}")
        canvas.setFillColor(colors.black)
        y -= 14
        if slide.subtitle:
            p = Paragraph(_esc(slide.subtitle), ParagraphStyle("sub", parent=body, fontSize=14, leading=17))
            _, ph = p.wrap(w - 2 * margin - 140, h)
            p.drawOn(canvas, margin, y - ph)
            y -= ph + 12
        lists = [b for b in slide.body if b[0] == "list"]
        lowest = y
        for kind, content in slide.body:
            if kind == "para":
                p = Paragraph(_esc(content), body)
                _, ph = p.wrap(w - 2 * margin, h)
                p.drawOn(canvas, margin, y - ph)
                y -= ph + 10
            elif kind == "list":
                label, items = content
                k = lists.index((kind, content))
                box = (w - 2 * margin) / max(1, len(lists))
                x = margin + k * box
                p = Paragraph(f"<b>{_esc(label)}</b>", ParagraphStyle("lh", parent=body, fontSize=12))
                _, ph = p.wrap(box - 12, h)
                p.drawOn(canvas, x, y - ph)
                yy = y - ph - 4
                for item in items:
                    q = Paragraph(_esc(item), body, bulletText="•")
                    _, qh = q.wrap(box - 24, h)
                    q.drawOn(canvas, x + 12, yy - qh)
                    yy -= qh + 3
                lowest = min(lowest, yy) if k else yy
                if k == len(lists) - 1:
                    y = lowest - 10
            else:
                rows = content
                texts, fills = zip(*(_split_fills(r) for r in rows), strict=True)
                ncols = len(texts[0])
                widths = _widths(texts[0], w - 2 * margin)
                data = [[Paragraph(_esc(t).replace("\n", "<br/>"), head if r == 0 else cell) for t in row]
                        for r, row in enumerate(texts)]
                ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
                      ("BACKGROUND", (0, 0), (ncols - 1, 0), colors.HexColor(accent)),
                      ("VALIGN", (0, 0), (-1, -1), "TOP")]
                for r, row_fills in enumerate(fills):
                    for k, fill in enumerate(row_fills):
                        if fill and r > 0:
                            ts.append(("BACKGROUND", (k, r), (k, r), colors.HexColor(fill)))
                table = Table(data, colWidths=widths)
                table.setStyle(TableStyle(ts))
                _, th = table.wrap(w - 2 * margin, h)
                table.drawOn(canvas, margin, y - th)
                y -= th + 14
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(w - margin, 14, str(number))
        canvas.showPage()
    canvas.save()


def _widths(head: tuple[str, ...] | list[str], usable: float) -> list[float]:
    """Wider columns for the milestone and comments, narrow ones for dates, statuses and RAGs."""
    weight = []
    for text in head:
        t = text.casefold()
        if "comment" in t or "update" in t or "mitigation" in t or "meaning" in t:
            weight.append(3.0)
        elif "milestone" in t or "deliverable" in t or "indicator" in t or "measure" in t or "risk" in t \
                or "programme" in t:
            weight.append(3.2)
        elif "rag" in t and "status" not in t or t == "ref":
            weight.append(0.8)
        else:
            weight.append(1.4)
    return [usable * x / sum(weight) for x in weight]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- the same report as a landscape Word document ------------------------------------------------------

def word_doc(slides: list[Slide]) -> Doc:
    blocks: list[Text | Grid | PageBreak] = []
    for k, slide in enumerate(slides):
        if k:
            blocks.append(PageBreak())
        blocks.append(Text(slide.title, "title" if k == 0 else "big"))
        if slide.subtitle:
            blocks.append(Text(slide.subtitle, "bold"))
        if slide.overall:
            blocks.append(Text(f"Overall RAG: {slide.overall.capitalize()}", "body"))
        for kind, content in slide.body:
            if kind == "para":
                blocks.append(Text(content))
            elif kind == "list":
                label, items = content
                blocks.append(Text(label, "bold"))
                blocks += [Text(f"• {item}") for item in items]
            else:
                rows = []
                for r, row in enumerate(content):
                    texts, fills = _split_fills(row)
                    rows.append([C(t, bold=r == 0, fill=(f or None) if r else "#D9E2F3")
                                 for t, f in zip(texts, fills, strict=True)])
                blocks.append(Grid(rows=rows, widths=_widths([c.text for c in rows[0] if c], 1.0)))
    return Doc(blocks=blocks, landscape=True)


def save_truth(path: Path, truth: dict[str, Any]) -> None:
    out = dict(truth, doc=path.name)
    if not out.get("indicators"):
        out.pop("indicators", None)
    write_truth_json(path.with_name(path.name + ".truth.json"), out)


def write_variant(folder: Path, seed: int, word: bool = True) -> list[Path]:
    rng = random.Random(seed)
    slides, truth, style = deck(rng, seed)
    stem = f"slides_{seed:02d}"
    out = []
    pdf = folder / f"{stem}_slides.pdf"
    draw_slides(slides, style, pdf, random.Random(seed * 7 + 1))
    save_truth(pdf, truth)
    out.append(pdf)
    if word:
        docx = folder / f"{stem}_word.docx"
        from samples.layout_render import write_docx as _write
        _write(word_doc(slides), docx)
        save_truth(docx, truth)
        out.append(docx)
    return out


def main(folder: Path, seeds: list[int], word: bool = True, printed: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = [p for seed in seeds for p in write_variant(folder, seed, word)]
    if word and printed:
        docs = [p for p in out if p.suffix == ".docx"]
        with_lo = folder / "lo"
        with_lo.mkdir(exist_ok=True)
        for pdf in libreoffice_pdfs(docs, with_lo):
            target = folder / pdf.name
            pdf.replace(target)
            src = folder / (pdf.stem + ".docx")
            truth = json.loads((src.parent / (src.name + ".truth.json")).read_text(encoding="utf-8"))
            save_truth(target, truth)
            out.append(target)
        with_lo.rmdir()
    return out


__all__ = ["main", "deck", "draw_slides", "word_doc", "write_docx"]

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), [int(s) for s in sys.argv[2:]] or [1, 2, 3])
