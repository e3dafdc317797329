"""Table layouts nobody tuned to: random plan and statistics tables rendered with reportlab.

Each seed draws one document: a kind (prose action plan or dense numeric statistics), a
ruling style (full grid, none, a rule under every row, booktabs top/heading/bottom rules,
header underline only, zebra fills without rules, outer box only, column separators only, a
filled heading band only), column alignments, gutter, font size, orientation, stacked
2-3 line headings, section rows spanning the table, bullet cells, and sometimes a table long
enough to break over a page (the heading repeats; truth holds it once, on the first page).
Truth is a grid per table (NAME.grid.json, read by ../shared/score_tables.py):

    .venv/bin/python scripts/make_engine_stress.py --out /tmp/stress --seeds 0-39
    .venv/bin/python -m planx tables /tmp/stress -o /tmp/stress.out -q
    python ../shared/score_tables.py /tmp/stress.out /tmp/stress --verbose

Seeds 0-39 are the ones to look at while tuning; 1000-1039 are held back (measure only).
Writes only into --out (never into the repo). Add --scan to also write NAME.scan.pdf: the
pages rendered to a slightly rotated, noisy image (needs pypdfium2 and Pillow); --turn puts
each scanned page in a quarter or half turn round at random too.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

RULINGS = ["grid", "none", "horizontal", "underline", "zebra", "box", "booktabs", "vertical",
           "band"]
ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}

VERBS = ["Review", "Introduce", "Embed", "Develop", "Improve", "Monitor", "Train staff on",
         "Publish", "Agree", "Audit", "Extend", "Strengthen", "Reduce", "Increase"]
OBJECTS = ["the safeguarding policy", "attendance tracking", "reading interventions",
           "the complaints process", "discharge planning", "staff supervision", "waiting times",
           "the housing register", "pupil premium spending", "medication audits",
           "the local offer", "parent engagement", "data quality checks", "recruitment"]
TAILS = ["so that outcomes improve for all groups", "across every site by the end of term",
         "with termly reports to the governing board", "and share findings with partners",
         "in line with national guidance", "using the new dashboard", "for vulnerable families"]
LEADS = ["Head teacher", "SENCO", "Director of Nursing", "Housing Manager", "J. Smith",
         "Deputy Head", "Chief Operating Officer", "Governors", "Ward Manager", "A. Patel"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Sep", "Oct", "Nov", "Dec"]
STATUS = ["Green", "Amber", "Red", "Complete", "On track", "Not started"]
MEASURES = ["Attendance above 96%", "All staff trained", "Audit shows full compliance",
            "Fewer than 5 complaints a quarter", "Waiting list under 18 weeks",
            "Reading age gap closed by 6 months", "Survey satisfaction 85% or more"]
SECTIONS = ["Priority 1: Quality of education", "Priority 2: Behaviour and attitudes",
            "Area A - Leadership and management", "Theme 3: Partnership working",
            "Objective 4: Safe staffing", "Priority 5: Personal development"]
PLACES = ["North East", "North West", "Yorkshire", "East Midlands", "West Midlands", "East",
          "London", "South East", "South West", "Wales", "Scotland", "Northern Ireland",
          "Cumbria", "Kent", "Devon", "Essex", "Norfolk", "Surrey", "Lancashire", "Durham"]
STAT_HEADS = [["Year", "ending", "March"], ["Number of", "households"], ["Rate per", "1,000"],
              ["Change", "on year", "(%)"], ["Median", "weekly pay", "(£)"], ["Total",
              "cases"], ["95% CI", "lower"], ["95% CI", "upper"], ["Share", "(%)"]]


def plan_heads(rng: random.Random, ncols: int, stack: int) -> list[list[str]]:
    pool = [["Action"], ["Lead", "officer"], ["Target", "date"], ["Success", "criteria"],
            ["RAG", "status"], ["Resources", "required"], ["Progress", "update"],
            ["Ref"], ["Monitored", "by"]]
    heads = [pool[0]] + rng.sample(pool[1:], ncols - 1)
    if stack == 1:
        return [[" ".join(h)] for h in heads]
    if stack == 3:
        return [h + ["(2025/26)"] if len(h) == 2 and rng.random() < 0.4 else h for h in heads]
    return heads


def plan_cell(rng: random.Random, head: str, bullets: bool) -> str:
    key = head.lower()
    if key.startswith("action") or key.startswith("progress"):
        text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        if rng.random() < 0.6:
            text += " " + rng.choice(TAILS)
        if bullets and rng.random() < 0.5:
            extra = [f"{rng.choice(VERBS).lower()} {rng.choice(OBJECTS)}" for _ in range(2)]
            return "\n".join("• " + t for t in [text] + extra)
        return text
    if key.startswith("lead") or key.startswith("monitored"):
        return rng.choice(LEADS)
    if key.startswith("target"):
        return f"{rng.choice(MONTHS)} {rng.choice([2025, 2026])}"
    if key.startswith("rag"):
        return rng.choice(STATUS)
    if key.startswith("ref"):
        return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}"
    if key.startswith("success"):
        return rng.choice(MEASURES)
    return rng.choice(["None", "Staff time", "£2,000 from budget", "Existing resources",
                       "Training days (3)"])


def stat_cell(rng: random.Random, col: int) -> str:
    value = rng.uniform(0, 5000) if col % 2 else rng.uniform(-20, 120)
    if rng.random() < 0.05:
        return rng.choice(["..", "-", "n/a"])
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.1f}"


def draw_document(seed: int) -> dict[str, Any]:
    """The random choices for one document, and its tables as (heading lines, body rows)."""
    rng = random.Random(seed)
    kind = rng.choice(["plan", "plan", "stats"])
    spec: dict[str, Any] = {
        "seed": seed, "kind": kind, "ruling": rng.choice(RULINGS),
        "landscape": rng.random() < 0.3, "font": rng.choice([6.5, 7, 8, 9, 10, 11]),
        "gutter": rng.choice([1.5, 2, 3, 4, 6, 10]), "stack": rng.choice([1, 2, 2, 3]),
        "sections": rng.random() < 0.4, "bullets": kind == "plan" and rng.random() < 0.35,
        "long": rng.random() < 0.25, "tables": rng.choice([1, 1, 1, 2]),
    }
    tables = []
    for _ in range(spec["tables"]):
        if kind == "plan":
            ncols = rng.randint(3, 6 if spec["landscape"] else 5)
            heads = plan_heads(rng, ncols, spec["stack"])
            nrows = rng.randint(22, 34) if spec["long"] else rng.randint(4, 9)
            body = [[plan_cell(rng, h[0], spec["bullets"]) for h in heads] for _ in range(nrows)]
            aligns = ["left"] + [rng.choice(["left", "left", "center", "right"])
                                 for _ in range(ncols - 1)]
        else:
            ncols = rng.randint(4, 9 if spec["landscape"] else 7)
            heads = [["Area"] if spec["stack"] == 1 else ["Area", "name"]]
            heads += [h if spec["stack"] > 1 else [" ".join(h)]
                      for h in rng.sample(STAT_HEADS, ncols - 1)]
            nrows = rng.randint(40, 60) if spec["long"] else rng.randint(8, 20)
            places = rng.sample(PLACES, min(nrows, len(PLACES)))
            places += [f"District {i}" for i in range(nrows - len(places))]
            body = [[places[r]] + [stat_cell(rng, c) for c in range(1, ncols)]
                    for r in range(nrows)]
            aligns = ["left"] + [rng.choice(["right", "right", "center"]) for _ in range(ncols - 1)]
        sections: dict[int, str] = {}
        if spec["sections"]:
            for at in sorted(rng.sample(range(len(body)), max(1, len(body) // 6))):
                sections[at] = rng.choice(SECTIONS)
        tables.append({"heads": heads, "body": body, "aligns": aligns, "sections": sections})
    spec["table_data"] = tables
    return spec


def table_style(spec: dict[str, Any], nrows: int, section_rows: list[int]) -> TableStyle:
    cmds: list[Any] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), spec["gutter"] / 2),
                       ("RIGHTPADDING", (0, 0), (-1, -1), spec["gutter"] / 2),
                       ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    ruling = spec["ruling"]
    if ruling == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif ruling == "horizontal":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey))
        cmds.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black))
    elif ruling == "underline":
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
    elif ruling == "zebra":
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#e4ecf4")]))
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c8d4e4")))
    elif ruling == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.8, colors.black))
    elif ruling == "booktabs":  # top rule, a rule under the heading, bottom rule
        cmds.append(("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black))
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black))
        cmds.append(("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black))
    elif ruling == "vertical":  # column separators only, no rule across
        cmds.append(("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.black))
    elif ruling == "band":  # a filled heading band, nothing else
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")))
    for row in section_rows:
        cmds.append(("SPAN", (0, row), (-1, row)))
        if ruling in {"zebra", "grid"}:
            cmds.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#dddddd")))
    return TableStyle(cmds)


def column_widths(kind: str, ncols: int, width: float) -> list[float]:
    if kind == "plan":
        first = 0.34 if ncols <= 4 else 0.28
        rest = (1 - first) / (ncols - 1)
        return [width * first] + [width * rest] * (ncols - 1)
    widths = [width * 0.22] + [width * 0.78 / (ncols - 1)] * (ncols - 1)
    return [w * 0.8 for w in widths] if ncols <= 5 else widths


def banner_truth(spec: dict[str, Any], text: str, ncols: int, first_width: float) -> list[Any]:
    """A section banner's truth row. Ruled as a grid: as pdfplumber writes a merged cell (its
    text first, the rest empty). Otherwise a span over the table where the page shows one (the
    column rules broken at it, or its text running past the first column); a banner that fits
    in the first column with nothing to show it spans is that column's cell, as ICDAR-2013 and
    tablebench truth write a group heading in the stub."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    fits = stringWidth(text, "Helvetica-Bold", spec["font"]) <= first_width - spec["gutter"]
    if spec["ruling"] == "grid" or (fits and spec["ruling"] != "vertical"):
        return [text] + [""] * (ncols - 1)
    return [{"text": text, "colspan": ncols}] + [None] * (ncols - 1)


def render(spec: dict[str, Any], pdf: Path) -> list[dict[str, Any]]:
    """Write the PDF; return its tables' truth rows (page filled in later)."""
    size = landscape(A4) if spec["landscape"] else A4
    margin = 36
    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, title=f"stress {spec['seed']}")
    font = spec["font"]
    body_font = "Helvetica"
    base = ParagraphStyle("b", fontName=body_font, fontSize=font, leading=font * 1.2)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold")
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18)
    story: list[Any] = [Paragraph(f"Improvement plan {spec['seed']}", title),
                        Paragraph("This table sets out the actions we will take this year, who "
                                  "leads each one and how we will know it has worked.", base),
                        Spacer(1, 8)]
    truths = []
    width = size[0] - 2 * margin
    for t in spec["table_data"]:
        aligns = t["aligns"]
        cell_styles = [ParagraphStyle(f"c{i}", parent=base, alignment=ALIGN[a])
                       for i, a in enumerate(aligns)]
        ink = colors.white if spec["ruling"] == "band" else colors.black  # light on the band
        head_styles = [ParagraphStyle(f"h{i}", parent=head, alignment=ALIGN[a], textColor=ink)
                       for i, a in enumerate(aligns)]
        ncols = len(t["heads"])
        widths = column_widths(spec["kind"], ncols, width)
        rows: list[list[Any]] = [[Paragraph("<br/>".join(h), head_styles[i])
                                  for i, h in enumerate(t["heads"])]]
        truth: list[list[Any]] = [[" ".join(h) for h in t["heads"]]]
        section_rows = []
        for r, body in enumerate(t["body"]):
            if r in t["sections"]:
                section_rows.append(len(rows))
                rows.append([Paragraph(t["sections"][r], head)] + [""] * (ncols - 1))
                truth.append(banner_truth(spec, t["sections"][r], ncols, widths[0]))
            rows.append([Paragraph(c.replace("\n", "<br/>"), cell_styles[i])
                         for i, c in enumerate(body)])
            truth.append([c.replace("\n", " ") for c in body])
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(spec, len(rows), section_rows))
        story += [table, Spacer(1, 10),
                  Paragraph("Source: internal monitoring data, updated each term.", base),
                  Spacer(1, 14)]
        truths.append({"rows": truth})
    doc.build(story)
    return truths


def place_on_pages(pdf: Path, truths: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The truth as `planx tables` writes a table broken over pages: one entry per page, the
    heading row repeated on each (reportlab repeats it). A row's page is the first page, from the
    row before's, on which its first cell's text is printed."""
    import pdfplumber
    with pdfplumber.open(pdf) as doc:
        texts = ["".join((p.extract_text() or "").split()) for p in doc.pages]
    out: list[dict[str, Any]] = []
    page = 0
    for truth in truths:
        head, body = truth["rows"][0], truth["rows"][1:]
        pages: list[int] = []
        for i, row in enumerate(body):
            probe_row = row if isinstance(row[0], str) else next(
                (r for r in body[i:] if isinstance(r[0], str)), row)
            # bullets come out of pdfplumber as '(cid:127)': probe with the words after one
            probe = "".join(str(probe_row[0]).lstrip("• ").split())[:25]
            page = next((k for k in range(page, len(texts)) if probe in texts[k]), page)
            pages.append(page)
        for k in sorted(set(pages)):
            out.append({"page": k + 1, "rows": [head] + [r for r, p in zip(body, pages, strict=True) if p == k]})
    return out


def write_scan(pdf: Path, out: Path, rng: random.Random, turns: bool = False) -> None:
    """The PDF as a scan: each page an image at 200 dpi, turned a little, with speckle; with
    `turns`, each page also put on the scanner a quarter or a half turn round (or not)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    images = []
    doc = pdfium.PdfDocument(str(pdf))
    for page in doc:
        img = page.render(scale=200 / 72).to_pil().convert("L")
        img = img.rotate(rng.uniform(-1.2, 1.2), expand=False, fillcolor=255, resample=Image.BICUBIC)
        if turns:
            img = img.rotate(rng.choice([0, 90, 180, 270]), expand=True)
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 5000):  # dust: a speck every few square millimetres
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.choice([0, 90, 200])
        images.append(img.filter(ImageFilter.GaussianBlur(0.4)).convert("RGB"))
    images[0].save(out, save_all=True, append_images=images[1:], resolution=200)


def seeds_of(text: str) -> list[int]:
    seeds: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        seeds += list(range(int(lo), int(hi or lo) + 1))
    return seeds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seeds", default="0-39")
    parser.add_argument("--scan", action="store_true", help="also write scanned copies")
    parser.add_argument("--turn", action="store_true", help="scanned pages turned 0/90/180/270 degrees at random")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for seed in seeds_of(args.seeds):
        spec = draw_document(seed)
        name = f"stress{seed:04d}_{spec['kind']}_{spec['ruling']}"
        pdf = args.out / f"{name}.pdf"
        truths = place_on_pages(pdf, render(spec, pdf))
        (args.out / f"{name}.grid.json").write_text(json.dumps(truths, indent=1))
        if args.scan:
            scan_dir = args.out.with_name(args.out.name + "-scan")
            scan_dir.mkdir(exist_ok=True)
            write_scan(pdf, scan_dir / f"{name}.pdf", random.Random(seed), args.turn)
            (scan_dir / f"{name}.grid.json").write_text(json.dumps(truths, indent=1))


if __name__ == "__main__":
    main()
