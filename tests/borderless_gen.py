"""A seeded generator of borderless plan pages whose cells it knows (property-style checks of the
borderless engine): 3 to 7 columns of varied kinds (a ref, an action that wraps, a lead, a date set
left, centred or right, a status, a measures column that wraps over many lines), stacked two-line
headings in bold, one font and size a document, rows set a little apart, the table running to the
page foot and on over the next page (its heading repeated or not), a short last row, a paragraph
after the table. `truth` holds, per page, the table's rows as the reader should give them: the
heading row (its stacked lines joined) then the body rows, each cell's wrapped lines joined by
spaces."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

FONTS = [("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")]
WORDS = ("agree review refresh pilot embed the scope with partners across three localities guidance for team "
         "managers kinship carers audit of plans report each quarter to the board using feedback from young "
         "people so that children wait less recruit two senior practitioners and set up monthly tracking "
         "meetings publish an updated offer consult the council on changes").split()
# capitalised words inside a cell: a wrapped line may start with one (no sign of a new row by itself)
PROPER = ["Council", "the Board", "NHS", "Ofsted", "Early Help", "SEND", "Q3", "2026", "CAMHS", "The"]
NAMES = ["Priya Raman", "Head of Service", "Gareth Llewellyn", "Amara Okafor", "PSW", "Siobhan Murphy",
         "Service Manager", "DCS"]
STATUSES = ["On track", "Complete", "Delayed", "Not started", "At risk"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HEADINGS = {"ref": ["Ref", "No."], "action": ["Action to be taken", "What we will do"],
            "lead": ["Lead officer", "Responsible lead"], "date": ["Target date", "Completion date"],
            "status": ["Progress status", "RAG status"], "measures": ["Measures of success", "How we will know"]}
KINDS_BY_COUNT = {3: ["action", "lead", "date"], 4: ["ref", "action", "lead", "date"],
                  5: ["ref", "action", "lead", "date", "status"],
                  6: ["ref", "action", "lead", "date", "status", "measures"],
                  7: ["ref", "action", "measures", "lead", "date", "status", "measures"]}
SHARE = {"ref": 0.5, "action": 3.0, "lead": 1.3, "date": 1.0, "status": 1.0, "measures": 2.6}


@dataclass
class Doc:
    kinds: list[str]
    font: str
    bold: str
    size: float
    widths: list[float]
    date_align: str  # left, centre, right
    heading: list[str]
    rows: list[list[str]]
    row_gap: float = 0.6  # × leading, between rows
    gutter: float = 14.0
    footer: bool = False  # a page number at the foot
    status_align: str = "left"
    bold_titles: bool = False  # an action cell: a short title in bold, then what is done
    para_before: str = ""  # a lead paragraph between the title and the table
    head_aligned: bool = False  # the date column's heading set as its dates are (centred, right)
    foot_end: bool = False  # the table (when it fits a page) set lower, to end at the page foot
    land: bool = False
    repeat_heading: bool = True
    para_after: str = ""
    truth: dict[int, list[list[str]]] = field(default_factory=dict)


def sentence(rng: random.Random, lo: int, hi: int) -> str:
    words = [rng.choice(PROPER) if rng.random() < 0.15 else rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return " ".join([words[0].capitalize(), *words[1:]])


def cell(rng: random.Random, kind: str, i: int, last: bool, paragraphs: bool) -> str:
    """One cell of the kind; the last row short (a few words) when `last`; a measures cell as
    several short sentences, each its own paragraph (line), with `paragraphs`; some cells empty."""
    if kind in ("lead", "status", "measures") and i and rng.random() < 0.08:
        return ""
    if kind == "ref":
        return f"{i + 1}.{rng.randint(1, 9)}"
    if kind == "action":
        return sentence(rng, 2, 4) if last else sentence(rng, 6, 22)
    if kind == "measures":
        if paragraphs and not last:
            return "\n".join(sentence(rng, 2, 5) for _ in range(rng.randint(1, 4)))
        return sentence(rng, 2, 3) if last else sentence(rng, 3, 30)
    if kind == "lead":
        return rng.choice(NAMES)
    if kind == "date":
        return rng.choice([f"{rng.choice(MONTHS)}-{rng.randint(25, 27)}",
                           f"{rng.randint(10, 28)}/{rng.randint(1, 12):02d}/2026", f"{rng.choice(MONTHS)} 2026"])
    return rng.choice(STATUSES)


def make_doc(rng: random.Random) -> Doc:
    n = rng.randint(3, 7)
    kinds = KINDS_BY_COUNT[n]
    font, bold = rng.choice(FONTS)
    land = n >= 6 and rng.random() < 0.5
    usable = (landscape(A4)[0] if land else A4[0]) - 100
    gutter = rng.choice([11.0, 14.0, 24.0])
    size = rng.choice([8.0, 9.0, 10.0])
    heading = [rng.choice(HEADINGS[k]) for k in kinds]
    nrows = rng.randint(6, 24)
    row_gap = rng.choice([0.0, 0.35, 0.6, 1.0])
    rows = [[cell(rng, k, i, i == nrows - 1, row_gap >= 0.6) for k in kinds] for i in range(nrows)]
    shares = [SHARE[k] * rng.uniform(0.85, 1.2) for k in kinds]
    widths = fitted_widths(usable - gutter * (n - 1), shares, [widest_word(heading[k], [r[k] for r in rows], font,
                                                                          bold, size) for k in range(n)])
    doc = Doc(kinds, font, bold, size, widths, rng.choice(["left", "centre", "right"]),
              heading, rows, row_gap=row_gap, gutter=gutter, footer=rng.random() < 0.5, land=land,
              repeat_heading=rng.random() < 0.6,
              para_after=sentence(rng, 20, 30) + "." if rng.random() < 0.7 else "", foot_end=rng.random() < 0.4,
              head_aligned=rng.random() < 0.5, status_align=rng.choice(["left", "centre"]))
    # (drawn last, so that the shapes above stay as they were for each seed)
    if rng.random() < 0.5:  # a measures cell's paragraphs as bulleted items
        doc.rows = [[("\n".join("• " + p for p in t.split("\n")) if "\n" in t else t) for t in r] for r in rows]
    doc.para_before = sentence(rng, 15, 40) + "." if rng.random() < 0.5 else ""
    least = [widest_word(heading[k], [r[k] for r in doc.rows], "Courier", "Courier-Bold", size) for k in range(n)]
    if rng.random() < 0.2 and sum(least) < 0.7 * (usable - gutter * (n - 1)):  # a fixed-pitch font, where it fits
        doc.font, doc.bold = "Courier", "Courier-Bold"
        doc.widths = fitted_widths(usable - gutter * (n - 1), shares, least)
    if rng.random() < 0.3:
        doc.bold_titles = True
        k = kinds.index("action")
        for r in doc.rows[:-1]:
            r[k] = sentence(rng, 2, 5) + "\n" + r[k]
    return doc


def widest_word(head: str, texts: list[str], font: str, bold: str, size: float) -> float:
    """The widest word of a column (a word never wraps: the column is at least that wide)."""
    return max([stringWidth(w, bold, size) for w in head.split()]
               + [stringWidth(w, font, size) for t in texts for w in t.split()] + [stringWidth(t, font, size)
                                                                                     for t in texts if len(t) < 12])


def fitted_widths(total: float, shares: list[float], least: list[float]) -> list[float]:
    """Widths in proportion to the shares, each at least its widest word, the rest shared out."""
    widths = [total * s / sum(shares) for s in shares]
    short = [k for k in range(len(widths)) if widths[k] < least[k] + 1]
    for k in short:
        widths[k] = least[k] + 1
    spare = total - sum(widths)
    free = [k for k in range(len(widths)) if k not in short]
    for k in free:
        widths[k] += spare * shares[k] / sum(shares[j] for j in free)
    return widths


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines a cell's text takes (each of its paragraphs wrapped to the width)."""
    return [ln for para in text.split("\n") for ln in simpleSplit(para, font, size, width)] or [""]


def draw(doc: Doc, pdf: Path) -> Doc:
    """Draw the document; the table runs on over pages; `truth` set per page."""
    size, lead = doc.size, doc.size * 1.2
    pw, ph = landscape(A4) if doc.land else A4
    c = canvas.Canvas(str(pdf), pagesize=(pw, ph))
    gap = doc.gutter
    xs = [50.0]
    for w in doc.widths[:-1]:
        xs.append(xs[-1] + w + gap)
    row_gap = lead * doc.row_gap
    page = 1
    y = ph - 60
    bottom = 50.0
    heading_height = max(len(wrap(h, doc.bold, size, doc.widths[k])) for k, h in enumerate(doc.heading)) * lead
    height = heading_height + sum(max(len(wrap(t, doc.font, size, doc.widths[k])) for k, t in enumerate(r)) * lead
                                  + row_gap for r in doc.rows)
    if doc.foot_end and y - lead * 2.5 - height > bottom:
        y = bottom + height + lead * 2.5 - row_gap + 2  # the last row's foot just above the bottom margin
    c.setFont(doc.bold, size + 4)
    c.drawString(50, y, "Improvement plan: actions")
    y -= lead * 2.5
    if doc.para_before and not doc.foot_end:
        c.setFont(doc.font, size)
        for text in wrap(doc.para_before, doc.font, size, pw - 100):
            c.drawString(50, y, text)
            y -= lead
        y -= lead

    def put(lines_per_col: list[list[str]], y: float, font: str, kinds: list[str] | None = None,
            heavy: list[int] | None = None) -> None:
        for k, lines in enumerate(lines_per_col):
            for j, text in enumerate(lines):
                c.setFont(doc.bold if heavy and j < heavy[k] else font, size)
                x, w = xs[k], doc.widths[k]
                yy = y - j * lead
                align = (doc.date_align if kinds[k] == "date" else doc.status_align if kinds[k] == "status"
                         else "left") if kinds else "left"
                if align == "left":
                    c.drawString(x, yy, text)
                elif align == "right":
                    c.drawRightString(x + w, yy, text)
                else:
                    c.drawCentredString(x + w / 2, yy, text)

    def heading(y: float) -> float:
        lines = [wrap(h, doc.bold, size, doc.widths[k]) for k, h in enumerate(doc.heading)]
        put(lines, y, doc.bold, doc.kinds if doc.head_aligned else None)
        return y - max(map(len, lines)) * lead - row_gap

    y = heading(y)
    rows_here: list[list[str]] = [list(doc.heading)]
    for r in doc.rows:
        lines = [wrap(t, doc.font, size, doc.widths[k]) for k, t in enumerate(r)]
        heavy = [0] * len(r)
        if doc.bold_titles:  # the action's first paragraph, its title, in bold
            k = doc.kinds.index("action")
            title, _, rest = r[k].partition("\n")
            top = wrap(title, doc.bold, size, doc.widths[k])
            lines[k], heavy[k] = top + (wrap(rest, doc.font, size, doc.widths[k]) if rest else []), len(top)
        height = max(map(len, lines)) * lead
        if y - height < bottom:
            doc.truth[page] = rows_here
            if doc.footer:
                c.setFont(doc.font, size - 1)
                c.drawCentredString(pw / 2, 25, f"Page {page}")
            c.showPage()
            page += 1
            y = ph - 60
            rows_here = []
            if doc.repeat_heading:
                y = heading(y)
                rows_here.append(list(doc.heading))
        put(lines, y, doc.font, doc.kinds, heavy)
        rows_here.append([" ".join(x).strip() for x in lines])
        y -= height + row_gap
    doc.truth[page] = rows_here
    if doc.footer:
        c.setFont(doc.font, size - 1)
        c.drawCentredString(pw / 2, 25, f"Page {page}")
    if doc.para_after and y - 4 * lead <= bottom:
        c.showPage()
        y = ph - 60
    if doc.para_after:
        y -= lead
        c.setFont(doc.font, size)
        for text in wrap(doc.para_after, doc.font, size, pw - 100):
            c.drawString(50, y, text)
            y -= lead
    c.save()
    return doc


def text_width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)
