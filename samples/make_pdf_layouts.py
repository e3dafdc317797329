"""Plan PDFs drawn the ways other tools draw them, with truth, for a check on layouts nobody here drew.

Every page is drawn straight onto a reportlab canvas (no table widget), so the text layer can be
made the way other producers make it. One style per document:
  - tracker:    landscape, long progress comments, light rulings or none;
  - stacked:    two heading rows, group headings merged over the columns below them;
  - zebra:      alternate rows shaded, no rulings at all;
  - hrules:     horizontal rules only (between rows, none between columns);
  - padded:     large cell padding (10 to 18 pt);
  - gaps:       no rules, columns separated only by a gap of 5 to 9 pt;
  - multi:      several small tables per page, each under its own priority heading;
  - continued:  a long table over pages, the heading repeated or not, page header and footer
                with a page number close to the table;
  - chars:      the text layer has no spaces: every character placed by its position (as
                presentation software exports);
  - words:      every word its own text object, no space characters;
  - shapes:     the RAG is a coloured shape (dot or bar) in its cell, no text.
Fonts (standard 14 and DejaVu), size, leading, margins, page size and orientation, the heading
wordings and date styles ("31st March 2025", "31.03.25", "2025-03-31", "Q4 2024/25" …) are drawn
at random per document.

Each NAME.pdf gets NAME.pdf.truth.json in ../shared/score.py's format: action, lead, due_raw (and
due_date where the printed date is unambiguous; null for "Ongoing"/"TBC"), status_raw, rag_raw (a
shape: its fill as #rrggbb and the rag), progress, and area_ref/area under priority headings.

usage: python samples/make_pdf_layouts.py FOLDER [--per-style 3] [--seed 11] [--styles a,b]
Use a fresh seed for a check: a seed looked at while changing the engine is no longer unseen.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import write_truth_json  # noqa: E402

STYLES = ["tracker", "stacked", "zebra", "hrules", "padded", "gaps", "multi", "continued", "chars", "words",
          "shapes"]

VERBS = ["Refresh", "Pilot", "Roll out", "Co-produce", "Map", "Redesign", "Streamline", "Strengthen", "Evaluate",
         "Establish", "Consult on", "Procure", "Align", "Benchmark", "Develop"]
OBJECTS = ["the multi-agency safeguarding hub triage", "the housing allocations policy", "kinship carer support",
           "the school readiness offer", "virtual school tracking", "adult social care waiting lists",
           "the carers' strategy", "the youth justice diversion scheme", "the SEND sufficiency plan",
           "the corporate parenting pledge", "workforce development for senior practitioners",
           "the neighbourhood climate grants", "a dashboard of audit findings", "the out-of-hours duty service"]
TAILS = ["with partners in health and the police", "so that waiting times fall below six weeks",
         "and report quarterly to cabinet", "across the three localities", "ahead of the next peer review",
         "using feedback from young people", "within existing budgets", "", ""]
PEOPLE = ["Priya Raman", "Gareth Llewellyn", "Amara Okafor", "Siobhan Murphy", "Jonas Lindqvist", "Farah Siddiqui",
          "Head of Service (Safeguarding)", "Assistant Director, Education", "Strategic Lead for Housing",
          "Hollie Chambers", "Duncan MacLeod", "Commissioning Manager"]
# (as printed, ISO due date or None when the cell commits to no date, "?" when not scored)
DATES = [("31st March 2025", "2025-03-31"), ("31.03.25", "2025-03-31"), ("2025-06-30", "2025-06-30"),
         ("March 2025", "2025-03"), ("Sep-25", "2025-09"), ("30 Sept 2025", "2025-09-30"),
         ("1/4/2025", "2025-04-01"), ("Dec 2025", "2025-12"), ("Tuesday 1 July 2025", "2025-07-01"),
         ("Q4 2024/25", "?"), ("End of June 2025", "?"), ("2025/26", "?"), ("Ongoing", None), ("TBC", None),
         ("14 Feb 2026", "2026-02-14"), ("January 2026", "2026-01")]
STATUSES = ["Complete", "On track", "Not yet started", "Behind schedule", "In progress", "Slipped", "Paused",
            "Completed", "Started"]
RAG_WORDS = ["G", "A", "R", "Green", "Amber", "Red", "GREEN", "AMBER"]
RAG_FILLS = {"red": "#e0301e", "amber": "#ffbf00", "green": "#2e9e44"}
SENTENCES = ["Workshops took place in May and June with 60 staff attending.",
             "The first cohort finished the programme; evaluation is due next quarter.",
             "Recruitment to two posts has slipped because of a pay review.",
             "Data quality checks show 92% of records now complete.",
             "Partners agreed the draft at the March board.",
             "A report goes to scrutiny committee in the autumn.",
             "Feedback from families has been positive so far.",
             "Budget pressures mean the second phase is under review.",
             "New guidance was published on the intranet.",
             "Audit of 40 cases found improvement in planning."]
HEADINGS = {"ref": ["#", "Ref", "ID", "No"], "action": ["Actions", "Key activity", "Task", "What will be done"],
            "lead": ["Owner", "Responsible", "Accountable lead", "Led by"],
            "due": ["Deadline", "Target date", "Completion date", "When"],
            "status": ["Status", "Current status", "Delivery status"], "rag": ["RAG", "BRAG", "Rating"],
            "progress": ["Progress to date", "Update", "Commentary", "Latest position"]}
GROUPS = [(("lead", "due"), ["Delivery", "Ownership", "Who and when"]),
          (("status", "rag", "progress"), ["Monitoring", "Quarter 2 review", "Progress"])]
AREAS = ["Early help and prevention", "Education and skills", "Housing and homelessness", "Health and wellbeing",
         "Workforce", "Climate and environment", "Corporate parenting"]
WEIGHTS = {"ref": 0.45, "action": 3.0, "lead": 1.3, "due": 1.0, "status": 1.0, "rag": 0.6, "progress": 3.0}
FONTS = [("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"), ("Courier", "Courier-Bold"),
         ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"), ("DejaVuSerif", "DejaVuSerif-Bold"),
         ("DejaVuSans-ExtraLight", "DejaVuSans-Bold")]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def register_fonts() -> list[tuple[str, str]]:
    """The standard fonts always; DejaVu ones where the system has them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    usable = []
    for regular, bold in FONTS:
        ok = True
        for name in (regular, bold):
            if name.startswith("DejaVu"):
                path = DEJAVU / f"{name}.ttf"
                if not path.is_file():
                    ok = False
                elif name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(path)))
        if ok:
            usable.append((regular, bold))
    return usable


@dataclass
class Spec:
    style: str
    font: str
    bold: str
    size: float
    leading: float
    margin: float
    landscape: bool
    letter: bool
    pad: float
    gap: float
    cols: list[str]
    ruling: str
    text_mode: str = "normal"
    repeat: bool = True
    header_fill: bool = False
    furniture: bool = False
    groups: list[tuple[tuple[str, ...], str]] = field(default_factory=list)


def draw_spec(rng: random.Random, style: str, fonts: list[tuple[str, str]]) -> Spec:
    font, bold = rng.choice(fonts)
    cols = ["action", "lead", "due"] + rng.sample(["ref", "status", "rag", "progress"], rng.randint(1, 3))
    if style in ("tracker",):
        cols = [c for c in cols if c != "progress"] + ["progress"]
    if style == "shapes" and "rag" not in cols:
        cols.append("rag")
    if style == "stacked":
        cols = ["action", "lead", "due", "status", "rag", "progress"]
        if rng.random() < 0.5:
            cols.insert(0, "ref")
    order = {c: i for i, c in enumerate(["ref", "action", "lead", "due", "status", "rag", "progress"])}
    cols.sort(key=lambda c: order[c] + rng.random() * 0.3)
    ruling = {"tracker": rng.choice(["hrules", "none", "zebra", "greygrid"]), "stacked": rng.choice(["grid", "hrules"]),
              "zebra": "zebra", "hrules": "hrules", "padded": rng.choice(["grid", "none", "hrules"]), "gaps": "none",
              "multi": rng.choice(["none", "hrules", "zebra"]), "continued": rng.choice(["none", "hrules", "grid"]),
              "chars": rng.choice(["none", "grid", "zebra"]), "words": rng.choice(["none", "hrules", "grid"]),
              "shapes": rng.choice(["grid", "hrules", "none"])}[style]
    spec = Spec(style=style, font=font, bold=bold, size=rng.choice([7, 7.5, 8, 8.5, 9, 10]),
                leading=rng.uniform(1.1, 1.35), margin=rng.uniform(20, 60),
                landscape=style == "tracker" or rng.random() < 0.35, letter=rng.random() < 0.3,
                pad=rng.uniform(10, 18) if style == "padded" else rng.uniform(2, 6),
                gap=rng.uniform(5, 9) if style == "gaps" else 0.0, cols=cols, ruling=ruling,
                text_mode=style if style in ("chars", "words") else "normal", repeat=rng.random() < 0.5,
                header_fill=rng.random() < 0.35 and ruling != "zebra",
                furniture=style == "continued" or rng.random() < 0.3)
    if style == "stacked":
        spec.groups = [(g, rng.choice(names)) for g, names in GROUPS]
    return spec


def records(rng: random.Random, n: int, long_progress: bool, prefix: str = "") -> list[dict[str, Any]]:
    """`prefix`: the priority's number, which references under it start with ('2.1')."""
    out = []
    for i in range(n):
        due, iso = rng.choice(DATES)
        k = rng.randint(2, 4) if long_progress else rng.randint(0, 1)
        out.append({"ref": f"{prefix}{i + 1}", "action": " ".join(x for x in (rng.choice(VERBS), rng.choice(OBJECTS),
                                                                          rng.choice(TAILS)) if x),
                    "lead": rng.choice(PEOPLE), "due": due, "iso": iso, "status": rng.choice(STATUSES),
                    "rag": rng.choice(RAG_WORDS), "rag_colour": rng.choice(list(RAG_FILLS)),
                    "progress": " ".join(rng.sample(SENTENCES, k))})
    return out


class Drawer:
    """A canvas with a cursor, page furniture and the text layer drawn in the spec's way."""

    def __init__(self, path: Path, spec: Spec, title: str) -> None:
        from reportlab.lib.pagesizes import A4, landscape, letter
        from reportlab.pdfgen import canvas
        size = letter if spec.letter else A4
        self.page_size = landscape(size) if spec.landscape else size
        self.c = canvas.Canvas(str(path), pagesize=self.page_size)
        self.spec, self.title, self.page = spec, title, 1
        self.top = self.page_size[1] - spec.margin - (14 if spec.furniture else 0)
        self.bottom = spec.margin + (14 if spec.furniture else 0)
        self.y = self.top
        self.furnish()

    def furnish(self) -> None:
        if not self.spec.furniture:
            return
        s, w = self.spec, self.page_size[0]
        self.text(s.margin, self.page_size[1] - s.margin, "Anyshire Council | " + self.title, s.font, 7)
        self.text(w - s.margin - 60, s.margin, f"Page {self.page}", s.font, 7)
        self.text(s.margin, s.margin, "OFFICIAL - SENSITIVE", s.font, 7)

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.y = self.top
        self.furnish()

    def text(self, x: float, y: float, s: str, font: str, size: float, colour: str = "#000000") -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        c = self.c
        c.setFillColor(colour)
        c.setFont(font, size)
        mode = self.spec.text_mode
        if mode == "normal":
            c.drawString(x, y, s)
        elif mode == "words":  # one text object per word, no space characters
            pos = x
            for word in s.split(" "):
                if word:
                    c.drawString(pos, y, word)
                pos += stringWidth(word + " ", font, size)
        else:  # every character by its own position, spaces only as gaps
            pos = x
            for ch in s:
                if ch != " ":
                    t = c.beginText(pos, y)
                    t.setFont(font, size)
                    t.textOut(ch)
                    c.drawText(t)
                pos += stringWidth(ch, font, size)

    def paragraph(self, s: str, font: str, size: float, width: float) -> None:
        from reportlab.lib.utils import simpleSplit
        for line in simpleSplit(s, font, size, width):
            if self.y - size * 1.3 < self.bottom:
                self.new_page()
            self.y -= size * 1.3
            self.text(self.spec.margin, self.y, line, font, size)

    def save(self) -> None:
        self.c.save()


def column_widths(spec: Spec, usable: float, heads: dict[str, str], rows: list[dict[str, Any]]) -> list[float]:
    """Widths by weight, none narrower than its longest word (a renderer wraps, it never lets a
    word run into the next column): such columns get their need, the rest share what is left."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    need = {c: max(stringWidth(w, spec.bold, spec.size) for t in [heads[c], *(str(r[c]) for r in rows)]
                   for w in t.split()) + 2 * spec.pad + spec.gap + 1 for c in spec.cols}
    fixed: dict[str, float] = {}
    while True:
        free = [c for c in spec.cols if c not in fixed]
        room = usable - sum(fixed.values())
        total = sum(WEIGHTS[c] for c in free)
        short = [c for c in free if room * WEIGHTS[c] / total < need[c]]
        if not short or len(short) == len(free):
            break
        fixed.update({c: need[c] for c in short})
    return [fixed.get(c, room * WEIGHTS[c] / total) for c in spec.cols]


def cell_text(col: str, rec: dict[str, Any]) -> str:
    return str(rec[col])


def draw_table(d: Drawer, heads: dict[str, str], rows: list[dict[str, Any]]) -> None:
    from reportlab.lib.utils import simpleSplit
    s = d.spec
    usable = d.page_size[0] - 2 * s.margin
    widths = column_widths(s, usable, heads, rows)
    xs = [s.margin + sum(widths[:i]) for i in range(len(widths))]
    inner = [w - 2 * s.pad - s.gap for w in widths]
    lead = s.size * s.leading

    def wrap(text: str, i: int, font: str) -> list[str]:
        return simpleSplit(text, font, s.size, inner[i]) if text else []

    def rule(y: float) -> None:
        d.c.setStrokeColor("#000000" if s.ruling != "greygrid" else "#b0b0b0")
        d.c.setLineWidth(0.5)
        d.c.line(s.margin, y, s.margin + usable, y)

    def verticals(y0: float, y1: float, cols: range | None = None) -> None:
        if s.ruling not in ("grid", "greygrid"):
            return
        d.c.setStrokeColor("#000000" if s.ruling == "grid" else "#b0b0b0")
        for x in [*xs, s.margin + usable]:
            d.c.line(x, y0, x, y1)

    def band(texts: list[list[str]], font: str, fill: str | None, colour: str) -> float:
        h = max(1, max(len(t) for t in texts)) * lead + 2 * s.pad
        top = d.y
        if fill:
            d.c.setFillColor(fill)
            d.c.rect(s.margin, top - h, usable, h, stroke=0, fill=1)
        for i, lines in enumerate(texts):
            for k, line in enumerate(lines):
                d.text(xs[i] + s.pad + s.gap / 2, top - s.pad - s.size - k * lead, line, font, s.size, colour)
        d.y = top - h
        return h

    def heading() -> None:
        fill = "#1f3864" if s.header_fill else None
        colour = "#ffffff" if s.header_fill else "#000000"
        top = d.y
        if s.ruling in ("grid", "greygrid", "hrules"):
            rule(top)
        if s.groups:  # group headings over their columns, a rule under each group
            gh = lead + 2 * s.pad
            if fill:
                d.c.setFillColor(fill)
                d.c.rect(s.margin, top - gh, usable, gh, stroke=0, fill=1)
            for members, name in s.groups:
                idx = [s.cols.index(m) for m in members if m in s.cols]
                x0, x1 = xs[idx[0]], xs[idx[-1]] + widths[idx[-1]]
                d.text(x0 + s.pad, top - s.pad - s.size, name, s.bold, s.size, colour)
                d.c.setStrokeColor("#000000" if not fill else "#ffffff")
                d.c.line(x0 + 2, top - gh, x1 - 2, top - gh)
            d.y = top - gh
        band([wrap(heads[c], i, s.bold) for i, c in enumerate(s.cols)], s.bold, fill, colour)
        verticals(top, d.y)
        if s.ruling != "zebra" or not fill:
            rule(d.y)

    heading()
    for n, rec in enumerate(rows):
        texts = [[] if (c == "rag" and s.style == "shapes") else wrap(cell_text(c, rec), i, s.font)
                 for i, c in enumerate(s.cols)]
        h = max(1, max(len(t) for t in texts)) * lead + 2 * s.pad
        if d.y - h < d.bottom:
            d.new_page()
            if s.repeat:
                heading()
        fill = "#e6ecf5" if s.ruling == "zebra" and n % 2 == 0 else None
        top = d.y
        band(texts, s.font, fill, "#000000")
        if s.style == "shapes":
            i = s.cols.index("rag")
            d.c.setFillColor(RAG_FILLS[rec["rag_colour"]])
            if n % 2:
                d.c.circle(xs[i] + widths[i] / 2, top - h / 2, min(5.0, h / 2 - 1), stroke=0, fill=1)
            else:
                d.c.roundRect(xs[i] + s.pad, top - h + s.pad, widths[i] - 2 * s.pad, h - 2 * s.pad, 2, stroke=0, fill=1)
        verticals(top, d.y)
        if s.ruling in ("grid", "greygrid", "hrules"):
            rule(d.y)


def truth_of(spec: Spec, rec: dict[str, Any], area: tuple[str, str] | None) -> dict[str, Any]:
    a: dict[str, Any] = {"action": rec["action"]}
    if area:
        a["area_ref"], a["area"] = area
    if "lead" in spec.cols:
        a["lead"] = rec["lead"]
    if "due" in spec.cols:
        a["due_raw"] = rec["due"]
        if rec["iso"] != "?":
            a["due_date"] = rec["iso"]
    if "status" in spec.cols:
        a["status_raw"] = rec["status"]
    if "rag" in spec.cols:
        if spec.style == "shapes":
            a["rag_raw"], a["rag"] = RAG_FILLS[rec["rag_colour"]], rec["rag_colour"]
        else:
            a["rag_raw"] = rec["rag"]
    if "progress" in spec.cols:
        a["progress"] = rec["progress"] or None
    return a


def make_doc(path: Path, rng: random.Random, style: str, fonts: list[tuple[str, str]]) -> dict[str, Any]:
    spec = draw_spec(rng, style, fonts)
    title = f"{rng.choice(['Corporate', 'Children and Families', 'Housing', 'SEND', 'Adult Care'])} " \
            f"{rng.choice(['Improvement Plan', 'Delivery Plan', 'Action Tracker'])} 2024/25"
    heads = {c: rng.choice(HEADINGS[c]) for c in spec.cols}
    d = Drawer(path, spec, title)
    usable = d.page_size[0] - 2 * spec.margin
    d.paragraph(title, spec.bold, spec.size + 5, usable)
    d.y -= 4
    d.paragraph("This plan sets out the actions agreed after the review, who owns each one and when it will be "
                "delivered. It is updated before every meeting of the improvement board.", spec.font, spec.size, usable)
    d.y -= 10
    actions = []
    long_progress = style == "tracker"
    if style == "multi":
        for k, name in enumerate(rng.sample(AREAS, rng.randint(3, 5)), start=1):
            if d.y - 80 < d.bottom:
                d.new_page()
            d.paragraph(f"Priority {k}: {name}", spec.bold, spec.size + 2, usable)
            d.y -= 4
            rows = records(rng, rng.randint(2, 4), long_progress, f"{k}.")
            draw_table(d, heads, rows)
            d.y -= 14
            actions += [truth_of(spec, r, (str(k), name)) for r in rows]
    else:
        n = rng.randint(28, 45) if style == "continued" else rng.randint(6, 16)
        rows = records(rng, n, long_progress)
        draw_table(d, heads, rows)
        actions = [truth_of(spec, r, None) for r in rows]
    d.y -= 12
    d.paragraph("Key: ratings are agreed by the board each quarter.", spec.font, spec.size, usable)
    d.save()
    write_truth_json(Path(f"{path}.truth.json"), {"doc": path.name, "title": title, "actions": actions})
    layout = {k: v for k, v in spec.__dict__.items()}
    path.with_suffix(".layout.json").write_text(json.dumps(layout), encoding="utf-8")
    return layout


def main(folder: Path, per_style: int = 3, seed: int = 11, styles: list[str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    fonts = register_fonts()
    paths = []
    for style in styles or STYLES:
        rng = random.Random(f"{seed}-{style}")
        for i in range(per_style):
            path = folder / f"{style}_{seed}_{i + 1}.pdf"
            make_doc(path, rng, style, fonts)
            paths.append(path)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--per-style", type=int, default=3)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--styles", default="")
    args = ap.parse_args()
    for p in main(args.folder, args.per_style, args.seed, [s for s in args.styles.split(",") if s] or None):
        print(p)
