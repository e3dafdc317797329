"""Plans written as lists with no cue, and lists that are no plan, in each format, with truth.

Run from the repo root: python samples/make_list_shapes.py FOLDER [SEED ...]. Each seed writes:

- listplan_SEED: a strategy or delivery plan whose actions are bulleted or numbered items under
  theme headings, with no 'We will:' above them and no 'Lead:' label in most items: the date
  closes the sentence ('… by March 2026', '… in spring 2025'), the lead sits in brackets in some
  items ('(Skills Team)'), and nested items under an action are its milestones. A 'principles'
  list (imperative, but no plan's actions) sits among the themes.
- notplan_SEED: a document of lists that is no plan, drawn per seed from: an annual report's
  achievements (past tense), a statement of principles and values, a contents page, minutes (who
  came, what was discussed), a privacy notice's bullet points. It must give no actions.

Each is written as .md, .txt (Word's 'save as text': bullets and numbers as printed, nested items
indented), .docx (Word's own list numbering, nested items at list level 1) and _rl.pdf
(reportlab: '•' items, '–' nested items, '1.' numbers; headings in larger type, or in bold at the
body's size, drawn per document), and listplan_SEED_intro_rl.pdf: the plan with bold headings at the
body's size and a sentence under each. NAME.truth.json beside each (the truth format of
../shared/CONTRACT.md; a non-plan's has no actions). The sentences are our own.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import write_truth_json  # noqa: E402

THEMES = [
    ("Supporting young people into work", [
        ("Expand the apprenticeship programme to {n} places", "Skills Team"),
        ("Publish a careers guidance framework for secondary schools", ""),
        ("Offer supported internships to young people with SEND", "Head of SEND"),
        ("Run a jobs fair in each locality with local employers", ""),
    ]),
    ("Improving the timeliness of EHC plans", [
        ("Recruit two more educational psychologists to the assessment team", "Principal Educational Psychologist"),
        ("Introduce weekly tracking of every assessment past twelve weeks", ""),
        ("Train SENCOs in writing clear advice for needs assessments", "SEND Service Manager"),
    ]),
    ("Helping residents live healthier lives", [
        ("Commission a new stop smoking service for pregnant women", "Director of Public Health"),
        ("Extend free swimming to all children in the borough", ""),
        ("Launch a healthy weight programme in {n} primary schools", "Public Health Lead"),
    ]),
    ("Reducing homelessness", [
        ("Open a single front door for housing advice", "Head of Housing Options"),
        ("Increase the supply of temporary homes to {n} units", ""),
        ("Agree a protocol with hospitals for patients discharged without a home", "Housing Needs Manager"),
    ]),
]
MILESTONES = ["Agree the scope with partners", "Consult residents and staff", "Report progress to the board",
              "Appoint a project lead", "Complete the pilot in two localities"]
DATES = ["March 2026", "September 2025", "the end of 2025", "December 2025", "April 2026", "Q3 2025/26"]
CLOSING_DATES = ["in spring 2026", "during 2025/26", "in autumn 2025", "by summer 2026"]
TITLES = ["Skills and Wellbeing Strategy 2025-2028", "Council Delivery Plan 2025/26", "Local Area SEND Action Plan",
          "Our Priorities for 2025-2027"]
PRINCIPLES = ["Put residents at the heart of everything we do", "Work in partnership with families and schools",
              "Be open about what is working and what is not"]

INTROS = ["Residents told us this matters most to them.", "Too many families wait too long for the help they need.",
          "Partners agreed this theme at the board in the spring."]

Block = tuple[str, Any]  # (kind, text): title, heading, subheading, para, bullet, number, sub


def plan_spec(rng: random.Random) -> dict[str, Any]:
    themes = rng.sample(THEMES, 3)
    plan = []
    for title, items in themes:
        chosen = []
        for text, lead in rng.sample(items, min(len(items), rng.choice([2, 3]))):
            text = text.format(n=rng.choice([50, 120, 500]))
            dated = rng.random() < 0.7
            when = rng.choice(DATES) if rng.random() < 0.6 else rng.choice(CLOSING_DATES)
            sentence = text + (f" by {when}" if dated and not when.startswith(("in ", "during", "by ")) else
                               f" {when}" if dated else "")
            shown_lead = lead if lead and rng.random() < 0.7 else ""
            subs = rng.sample(MILESTONES, 2) if rng.random() < 0.3 else []
            chosen.append({"sentence": sentence, "lead": shown_lead, "subs": subs,
                           "due": when.split(" ", 1)[1] if when.startswith(("in ", "during ", "by ")) else when})
            if not dated:
                chosen[-1]["due"] = ""
        plan.append((title, chosen))
    return {"title": rng.choice(TITLES), "plan": plan, "marker": rng.choice(["bullet", "number"]),
            "numbered_themes": rng.random() < 0.5, "principles_at": rng.randrange(4)}


def plan_blocks(spec: dict[str, Any], intros: bool = False) -> list[Block]:
    """intros: a sentence on why the theme matters under each theme's heading, above its list (only
    a heading's look then tells it from the text: a text file, which shows none, is not so written)."""
    blocks: list[Block] = [("title", spec["title"]),
                           ("para", "This plan sets out what the council and its partners will do over the "
                                    "next three years, and how residents can hold us to it.")]
    for p, (title, items) in enumerate(spec["plan"], 1):
        if p - 1 == spec["principles_at"]:
            blocks += [("heading", "Our principles")] + [("bullet", t) for t in PRINCIPLES]
        blocks.append(("heading", f"{p}. {title}" if spec["numbered_themes"] else title))
        if intros:
            blocks.append(("para", INTROS[p % len(INTROS)]))
        for item in items:
            text = item["sentence"] + (f" ({item['lead']})" if item["lead"] else "")
            blocks.append((spec["marker"], text))
            blocks += [("sub", s) for s in item["subs"]]
    blocks.append(("para", "The board will review this plan every year."))
    return blocks


def plan_truth(spec: dict[str, Any], doc: str) -> dict[str, Any]:
    actions = []
    for p, (title, items) in enumerate(spec["plan"], 1):
        for item in items:
            record: dict[str, Any] = {"action": item["sentence"], "area": title}
            if spec["numbered_themes"]:
                record["area_ref"] = str(p)
            if item["lead"]:
                record["lead"] = item["lead"]
            if item["due"]:
                record["due_raw"] = item["due"]
            if item["subs"]:
                record["milestones"] = [{"milestone": s} for s in item["subs"]]
            actions.append(record)
    return {"doc": doc, "title": spec["title"], "actions": actions}


# ---- lists that are no plan -------------------------------------------------------------------------

def achievements() -> list[Block]:
    return [("title", "Annual Report 2024/25"), ("heading", "What we achieved this year"),
            ("bullet", "Opened three new family hubs in Northtown, Eastfield and the Vale"),
            ("bullet", "Delivered 450 apprenticeships with local employers"),
            ("bullet", "Launched a careers website used by every secondary school"),
            ("bullet", "Reduced the number of families in bed and breakfast by a third"),
            ("heading", "Our performance"),
            ("bullet", "Waiting times for assessments fell from 31 weeks to 22 weeks by March 2025"),
            ("bullet", "Recycling rose to 46 per cent of household waste")]


def principles() -> list[Block]:
    return [("title", "Our Values and Principles"), ("para", "These values guide how all staff work."),
            ("heading", "Our values")] + [("bullet", t) for t in PRINCIPLES] + [
            ("bullet", "Treat colleagues and residents with respect"),
            ("heading", "Principles of good practice"),
            ("number", "Listen to children and act on what they tell us"),
            ("number", "Share information safely and on time"),
            ("number", "Keep clear records of every decision")]


def contents() -> list[Block]:
    return [("title", "Children and Young People's Plan"), ("heading", "Contents"),
            ("number", "Foreword from the Leader of the Council .......... 3"),
            ("number", "Where we are now .......... 5"),
            ("number", "What children told us .......... 8"),
            ("number", "Our ambitions for the next three years .......... 11"),
            ("number", "How we will know we are making a difference .......... 14")]


def minutes() -> list[Block]:
    return [("title", "Minutes of the Health and Wellbeing Board, 12 March 2025"), ("heading", "Present"),
            ("bullet", "Councillor Jane Ahmed (Chair)"), ("bullet", "Dr Tom Reilly, Clinical Director"),
            ("bullet", "Sarah Okafor, Director of Public Health"), ("heading", "Discussion"),
            ("bullet", "The board discussed the draft pharmaceutical needs assessment"),
            ("bullet", "Members noted the rise in childhood obesity in the east of the borough"),
            ("bullet", "The Chair thanked officers for the report on winter pressures")]


def privacy() -> list[Block]:
    return [("title", "Privacy Notice: Adult Social Care"), ("heading", "How we use your information"),
            ("bullet", "We will use your information to assess your care needs"),
            ("bullet", "We will share your information with health partners where the law allows"),
            ("bullet", "We will keep your records for eight years after your care ends"),
            ("heading", "Your rights"), ("bullet", "Ask for a copy of the information we hold about you"),
            ("bullet", "Ask us to correct information that is wrong"),
            ("bullet", "Complain to the Information Commissioner's Office")]


NON_PLANS = [achievements, principles, contents, minutes, privacy]


# ---- writers ----------------------------------------------------------------------------------------

def write_md(blocks: list[Block], path: Path, txt: bool = False) -> None:
    lines: list[str] = []
    n = 0
    for kind, text in blocks:
        n = n + 1 if kind == "number" else (n if kind == "sub" else 0)
        if kind == "title":
            lines += [text if txt else f"# {text}", ""]
        elif kind == "heading":
            lines += ["", text if txt else f"## {text}", ""]
        elif kind == "subheading":
            lines += ["", text if txt else f"### {text}", ""]
        elif kind == "para":
            lines += ["", text, ""]
        elif kind == "bullet":
            lines.append(f"{'•' if txt else '-'} {text}")
        elif kind == "number":
            lines.append(f"{n}. {text}")
        elif kind == "sub":
            lines.append(f"    {'o' if txt else '-'} {text}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_docx(blocks: list[Block], path: Path, nest_by_level: bool = True) -> None:
    """Word's own lists; a nested item at level 1 of its item's list (nest_by_level), or in the
    'List Bullet 2' style, a list of its own that Word indents further."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = Document()
    last_list = None
    for kind, text in blocks:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "heading":
            doc.add_heading(text, level=1)
        elif kind == "subheading":
            doc.add_heading(text, level=2)
        elif kind == "para":
            doc.add_paragraph(text)
        elif kind in ("bullet", "number"):
            last_list = doc.add_paragraph(text, style="List Bullet" if kind == "bullet" else "List Number")
        elif kind == "sub":
            para = doc.add_paragraph(text, style="List Bullet 2")
            # Word nests an item under the one before at level 1 of the same list
            num_id = _num_id(doc, "List Bullet") if last_list is not None and nest_by_level else None
            if num_id is not None:
                ppr = para._p.get_or_add_pPr()
                numpr = OxmlElement("w:numPr")
                ilvl, nid = OxmlElement("w:ilvl"), OxmlElement("w:numId")
                ilvl.set(qn("w:val"), "1")
                nid.set(qn("w:val"), num_id)
                numpr.append(ilvl)
                numpr.append(nid)
                ppr.append(numpr)
    doc.save(str(path))


def _num_id(doc: Any, style: str) -> str | None:
    from docx.oxml.ns import qn
    el = doc.styles[style].element.find(qn("w:pPr"))
    numpr = el.find(qn("w:numPr")) if el is not None else None
    nid = numpr.find(qn("w:numId")) if numpr is not None else None
    return nid.get(qn("w:val")) if nid is not None else None


def write_reportlab(blocks: list[Block], path: Path, bold_headings: bool = False) -> None:
    """bold_headings: headings set in bold at the body's size (no larger type to tell them by),
    as many councils' PDFs print them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    heading = body.clone("boldhead", fontName="Helvetica-Bold") if bold_headings else styles["Heading2"]
    story: list[Any] = []
    n = 0
    for kind, text in blocks:
        text = text.replace("&", "&amp;")
        n = n + 1 if kind == "number" else (n if kind == "sub" else 0)
        if kind == "title":
            story.append(Paragraph(text, styles["Title"]))
        elif kind == "heading":
            story.append(Paragraph(text, heading))
        elif kind == "subheading":
            story.append(Paragraph(text, styles["Heading3"]))
        elif kind == "para":
            story.append(Paragraph(text, body))
        elif kind == "bullet":
            story.append(Paragraph(text, body, bulletText="•"))
        elif kind == "number":
            story.append(Paragraph(text, body, bulletText=f"{n}."))
        elif kind == "sub":
            sub = body.clone("sub", leftIndent=36, bulletIndent=24)
            story.append(Paragraph(text, sub, bulletText="–"))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def write_all(blocks: list[Block], stem: Path, truth: dict[str, Any]) -> list[Path]:
    out = []
    nest_by_level = sum(map(ord, stem.name)) % 2 == 0  # Word nests either way: drawn per document
    bold_headings = sum(map(ord, stem.name)) % 3 != 0  # PDF headings in larger type or in bold: per document
    for suffix, writer in ((".md", write_md), (".txt", lambda b, p: write_md(b, p, txt=True)),
                           (".docx", lambda b, p: write_docx(b, p, nest_by_level)),
                           ("_rl.pdf", lambda b, p: write_reportlab(b, p, bold_headings))):
        path = stem.with_name(stem.name + suffix)
        writer(blocks, path)
        write_truth_json(path.with_name(path.name + ".truth.json"), dict(truth, doc=path.name))
        out.append(path)
    return out


def make_seed(folder: Path, seed: int) -> list[Path]:
    rng = random.Random(seed)
    spec = plan_spec(rng)
    out = write_all(plan_blocks(spec), folder / f"listplan_{seed}", plan_truth(spec, ""))
    # the same plan printed with bold headings at the body's size and a sentence under each: only
    # the bold tells the theme's heading from the text
    intro = folder / f"listplan_{seed}_intro_rl.pdf"
    write_reportlab(plan_blocks(spec, intros=True), intro, bold_headings=True)
    write_truth_json(intro.with_name(intro.name + ".truth.json"), plan_truth(spec, intro.name))
    out.append(intro)
    maker = NON_PLANS[seed % len(NON_PLANS)]
    blocks = maker()
    out += write_all(blocks, folder / f"notplan_{seed}", {"doc": "", "actions": []})
    return out


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for p in make_seed(folder, seed)]


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    paths = main(Path(sys.argv[1]), [int(s) for s in sys.argv[2:]] or [1, 2, 3, 4, 5])
    print(f"{len(paths)} files written to {sys.argv[1]}")
