"""Plan PDFs in layouts the table engine was not tuned on, with truth, for an unseen check.

Rendered with reportlab's platypus tables (the training set draws its tables itself), in the
standard PDF fonts (Helvetica, Times, Courier: other metrics than the training set's DejaVu and
Liberation), with the layout drawn at random per document from a seed:
  - page: A4 or Letter, portrait or landscape;
  - rulings: a full grid, horizontal rules only (booktabs: top, under the heading, bottom),
    a rule under the heading only, none at all, or none with alternate rows shaded;
  - 4 to 7 columns in any order (action, reference, lead, due date, status, RAG, progress,
    outcome), their widths, one- or two-line headings, cell padding 1 to 8 pt, leading 1.05 to
    1.4 × the font size, cells aligned top or middle;
  - a title, a paragraph before the table and notes after it; long tables go over pages, the
    heading repeated or not.
Each NAME.pdf gets NAME.pdf.truth.json (plan truth for ../shared/score.py: action, lead and
the printed due date, status and RAG) and NAME.grid.json (table structure for
../shared/score_tables.py: one entry per page, heading rows included as printed), and NAME.layout.json
(the layout drawn, to see what a failing document looks like).

usage: python samples/make_unseen_tables.py FOLDER [--n 12] [--seed 7]
Then:  planx convert FOLDER/*.pdf -o OUT && python ../shared/score.py OUT FOLDER
       planx tables FOLDER/*.pdf -o TABLES && python ../shared/score_tables.py TABLES FOLDER
Use a new seed for each check: a seed looked at while changing the engine is no longer unseen.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import write_truth_json  # noqa: E402

VERBS = ["Review", "Audit", "Introduce", "Agree", "Publish", "Train", "Recruit", "Embed", "Extend", "Launch",
         "Set up", "Monitor", "Simplify", "Commission", "Test"]
OBJECTS = ["the referral pathway", "supervision records", "the duty rota", "return interviews", "the local offer",
           "placement panels", "the case audit tool", "family group conferences", "transition plans",
           "the complaints log", "early help assessments", "the quality framework", "respite provision",
           "the youth forum", "key worker caseloads"]
PURPOSES = ["so that families are seen within five days", "to cut repeat referrals", "with the health visiting team",
            "and report the results to the board", "so that every child has a named worker",
            "to reduce drift in plans", "across all three localities", "before the next inspection",
            "and share findings with schools", ""]
NAMES = ["Ruth Adeyemi", "Tom Brannigan", "Mei Lin Cho", "Dafydd Evans", "Keisha Grant", "Oskar Nowak",
         "Service Manager, Fostering", "Head of Early Help", "Principal Social Worker", "Lena Hoffmann"]
DUES = ["March 2021", "30/06/2021", "Sep-21", "Q3 2021", "December 2021", "31 Jan 2022", "Ongoing", "2022"]
STATUSES = ["Complete", "In progress", "Not started", "Delayed", "On track"]
RAGS = ["Green", "Amber", "Red", "G", "A", "R"]
PROGRESS = ["Two workshops held; a third is booked.", "Audit found gaps in recording.",
            "Draft agreed by the board.", "Waiting for the new system to go live.", "Figures improved this quarter.",
            ""]
OUTCOMES = ["Fewer children wait for a service", "Plans are clear and reviewed", "Parents feel listened to",
            "Staff turnover falls"]
HEADINGS = {"ref": ["Ref", "No."], "action": ["Action", "Action to be taken", "What we will do"],
            "lead": ["Lead", "Lead officer", "Who"], "due": ["Due date", "By when", "Timescale"],
            "status": ["Status", "Progress status"], "rag": ["RAG", "RAG rating"],
            "progress": ["Progress update", "Comments"], "outcome": ["Outcome", "Expected outcome"]}
FONTS = [("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"), ("Courier", "Courier-Bold")]
RULINGS = ["grid", "booktabs", "underline", "none", "zebra"]


def action_text(rng: random.Random) -> str:
    return " ".join(x for x in (rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(PURPOSES)) if x)


def layout(rng: random.Random) -> dict[str, Any]:
    cols = ["action", "lead", "due"] + rng.sample(["ref", "status", "rag", "progress", "outcome"], rng.randint(1, 4))
    rng.shuffle(cols)
    if "ref" in cols:  # a reference goes first, as it does in print
        cols.remove("ref")
        cols.insert(0, "ref")
    return {"cols": cols, "font": rng.choice(FONTS), "size": rng.choice([7, 8, 8.5, 9, 10]),
            "leading": rng.uniform(1.05, 1.4), "pad": rng.uniform(1, 8), "ruling": rng.choice(RULINGS),
            "landscape": rng.random() < 0.4, "letter": rng.random() < 0.3, "valign": rng.choice(["TOP", "MIDDLE"]),
            "repeat": rng.random() < 0.5, "rows": rng.randint(6, 22), "two_line_heads": rng.random() < 0.4}


def rows_of(rng: random.Random, spec: dict[str, Any]) -> list[dict[str, str]]:
    out = []
    for i in range(spec["rows"]):
        out.append({"ref": f"{rng.randint(1, 6)}.{i + 1}", "action": action_text(rng), "lead": rng.choice(NAMES),
                    "due": rng.choice(DUES), "status": rng.choice(STATUSES), "rag": rng.choice(RAGS),
                    "progress": rng.choice(PROGRESS), "outcome": rng.choice(OUTCOMES)})
    return out


def heading(rng: random.Random, col: str, two_lines: bool) -> str:
    text = rng.choice(HEADINGS[col])
    if two_lines and " " in text:
        a, b = text.split(" ", 1)
        return f"{a}\n{b}"
    return text


def make_doc(path: Path, rng: random.Random) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    spec = layout(rng)
    font, bold = spec["font"]
    size = spec["size"]
    page = letter if spec["letter"] else A4
    page = landscape(page) if spec["landscape"] else page
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * spec["leading"])
    head = ParagraphStyle("head", parent=body, fontName=bold)
    title_style = ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=(size + 6) * 1.2)
    rows = rows_of(rng, spec)
    heads = [heading(rng, c, spec["two_line_heads"]) for c in spec["cols"]]
    width = page[0] - 72
    weights = {"ref": 0.5, "action": 3.0, "lead": 1.3, "due": 1.0, "status": 1.0, "rag": 0.6, "progress": 2.2,
               "outcome": 1.8}
    # no column narrower than its longest word (a renderer would break words letter by letter)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    need = {c: max(stringWidth(w, bold, size) for t in [*(r[c] for r in rows), *heads] for w in t.split())
            + 2 * 6 for c in spec["cols"]}
    total = sum(weights[c] for c in spec["cols"])
    widths = [max(width * weights[c] / total, need[c]) for c in spec["cols"]]
    widths = [w * min(1.0, width / sum(widths)) for w in widths]
    data = [[Paragraph(h.replace("\n", "<br/>"), head) for h in heads]]
    data += [[Paragraph(r[c], body) for c in spec["cols"]] for r in rows]
    table = Table(data, colWidths=widths, repeatRows=1 if spec["repeat"] else 0)
    style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), spec["valign"]),
                                    ("TOPPADDING", (0, 0), (-1, -1), spec["pad"]),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), spec["pad"]),
                                    ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
    ruling = spec["ruling"]
    if ruling == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif ruling == "booktabs":
        style += [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                  ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black)]
    elif ruling == "underline":
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black))
    elif ruling == "zebra":
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#e8eef7")]))
    table.setStyle(TableStyle(style))
    title = f"{rng.choice(['Children’s Services', 'Early Help', 'Youth Offending', 'SEND'])} Improvement Plan"
    intro = ("This plan sets out what we will do in response to the inspection, who leads each action and "
             "when it will be done. Progress is reported to the improvement board every month.")
    notes = "Key: RAG ratings are agreed at the monthly board. Dates are for completion of the whole action."
    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40)
    doc.build([Paragraph(title, title_style), Spacer(1, 8), Paragraph(intro, body), Spacer(1, 10), table,
               Spacer(1, 10), Paragraph(notes, body)])
    write_truth(path, title, spec, heads, rows)


def write_truth(path: Path, title: str, spec: dict[str, Any], heads: list[str], rows: list[dict[str, str]]) -> None:
    fields = {"lead": "lead", "due": "due_raw", "status": "status_raw", "rag": "rag_raw"}
    actions = []
    for r in rows:
        a: dict[str, Any] = {"action": r["action"]}
        for col, key in fields.items():
            if col in spec["cols"]:
                a[key] = r[col]
        actions.append(a)
    write_truth_json(Path(f"{path}.truth.json"), {"doc": path.name, "title": title, "actions": actions})
    Path(path.with_suffix(".layout.json")).write_text(json.dumps(spec), encoding="utf-8")  # what was drawn
    grid_pages = rows_by_page(path, heads, rows, spec)
    Path(path.with_suffix(".grid.json")).write_text(json.dumps(grid_pages, ensure_ascii=False, indent=1),
                                                    encoding="utf-8")


def rows_by_page(path: Path, heads: list[str], rows: list[dict[str, str]], spec: dict[str, Any]) -> list[dict]:
    """Grid truth per page: the page of each row is read back from the PDF (the first page, from
    the previous row's on, whose words hold the first words of its action), the heading on every
    page where it is repeated."""
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        texts = [" ".join(w["text"] for w in p.extract_words()) for p in pdf.pages]
    by_page: dict[int, list[list[str]]] = {}
    page = 1
    for r in rows:
        key = " ".join(r["action"].split()[:3])
        page = next((n for n in range(page, len(texts) + 1) if key in texts[n - 1]), page)
        by_page.setdefault(page, []).append([r[c] for c in spec["cols"]])
    return [{"page": n, "rows": ([heads] if n == 1 or spec["repeat"] else []) + page_rows}
            for n, page_rows in sorted(by_page.items())]


def main(folder: Path, n: int = 12, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = folder / f"unseen_{seed}_{i + 1:02d}.pdf"
        make_doc(path, rng)
        paths.append(path)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--n", type=int, default=12)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    for p in main(args.folder, args.n, args.seed):
        print(p)
