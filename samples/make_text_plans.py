"""Plans as text and HTML in layouts nobody tuned to, with truth (issue: text plans score below the
same plans as Word).

    python samples/make_text_plans.py --out /tmp/textplans [--seeds 0-3] [--measure]

One plan per seed, in the shape of real UK public-sector improvement plans, unlike the layouts of
make_newlayout_plans, make_text_shapes, make_web_shapes and make_text_samples:

- an outline plan numbered on three levels: a priority banner ('Priority 2: …' or '2. …') spanning
  the table; an action row '2.1' with two person columns ('Lead officer' / 'Supporting officer',
  or 'Accountable' / 'Responsible'), a due date, a status, termly or quarterly RAG readings under a
  spanning heading ('RAG 2025/26' over 'Autumn' / 'Spring' / 'Summer', or 'Q1'…'Q4'), an update of
  long prose; its milestones either as rows of their own numbered '2.1.a', '2.1.b' with their own
  dates and statuses, or as bullets in a 'Milestones' cell each with its date;
- an indicator table after the actions: 'Indicator' / 'Baseline' / 'Target' / 'Latest' / 'RAG'.

Renderings (each NAME_<r>.<ext> in its own folder, truth beside it):
- docx:   python-docx, the banner a merged row, the spanning heading a merged cell (the comparison);
- layout: that .docx printed by LibreOffice and read back by `pdftotext -layout` (space-aligned
          columns, cells wrapped over several lines, page furniture, repeated headings);
- tsv:    a tab-separated export, a cell with line breaks quoted as a spreadsheet writes it;
- fixed:  a fixed-width report, columns padded and wrapped to their widths, dashes under the
          heading, a page break with the title, 'Page n' and the heading repeated every ~50 lines;
- md:     Markdown: a heading per priority over a pipe table, line breaks in a cell as '<br>';
- html:   a CMS export: the plan's table inside a layout table, a two-row <thead> with colspan and
          rowspan, the banner a <th colspan>, the lead merged down over the milestone rows
          (rowspan), milestones in a cell as <ul><li>.

Truth from the generator's data (conventions of /work/shared/train/README.md): 'Lead officer' and
'Accountable' are the lead, 'Supporting officer' and 'Responsible' the responsible; a milestone's
date and status are its own; 'Ongoing' has no date. --measure converts each rendering and prints its
score per document. The sentences are our own.
"""
from __future__ import annotations

import html
import json
import random
import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_newlayout_plans import (  # noqa: E402
    EVIDENCE,
    PEOPLE,
    PRIORITIES,
    RAGS,
    STATUSES,
    STEPS,
    UPDATES,
    a_date,
    a_due,
    action_text,
    libreoffice,
    pick,
)
from samples.seeded import measuring_parser, seed_range, write_truth_json  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "score.py"
RENDERINGS = ("docx", "layout", "tsv", "fixed", "md", "html")
EXT = {"docx": ".docx", "layout": ".txt", "tsv": ".txt", "fixed": ".txt", "md": ".md", "html": ".html"}
INDICATORS = [("Percentage of referrals that are repeat referrals within 12 months", "%"),
              ("Return home interviews offered within 72 hours", "%"),
              ("Care leavers in suitable accommodation", "%"),
              ("Average caseload per social worker", ""),
              ("Children in care with three or more placements in the year", "%"),
              ("Early help assessments completed within 45 days", "%"),
              ("Education, health and care plans issued within 20 weeks", "%")]
MS_STATUSES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started",
               "Delayed": "delayed"}


@dataclass
class Col:
    head: str
    key: str
    width: int  # characters in the fixed-width print
    group: str = ""


@dataclass
class Row:
    kind: str  # 'banner' | 'action' | 'milestone'
    cells: list[str]


@dataclass
class TextPlan:
    title: str
    cols: list[Col]
    rows: list[Row] = field(default_factory=list)
    ind_head: list[str] = field(default_factory=list)
    ind_rows: list[list[str]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    ms_rows: bool = True  # milestones as numbered rows (else bullets in a cell)
    banner_style: str = "Priority"
    intro: str = ""


def build(rng: random.Random) -> TextPlan:
    ms_rows = rng.random() < 0.6
    pair = pick(rng, [("Lead officer", "Supporting officer"), ("Accountable", "Responsible")])
    cols = [Col("Ref", "ref", 6), Col("Action" if not ms_rows else "Action / milestone", "action", 30),
            Col(pair[0], "lead", 16), Col(pair[1], "responsible", 16)]
    if not ms_rows:
        cols.append(Col("Milestones", "milestones", 28))
    cols += [Col("Due", "due", 11), Col("Status", "status", 11)]
    year = pick(rng, ["2025/26", "2026/27"])
    labels = pick(rng, [["Autumn", "Spring", "Summer"], ["Q1", "Q2", "Q3", "Q4"]])
    cols += [Col(lab, "rating", 7, f"RAG {year}") for lab in labels]
    cols.append(Col(pick(rng, ["Update", "Progress update", "Commentary"]), "progress", 34))
    plan = TextPlan(pick(rng, ["Children's Services Improvement Plan 2025-27", "SEND Local Area Improvement Plan",
                               "Youth Justice Service Action Plan 2025/26"]), cols, ms_rows=ms_rows,
                    banner_style=pick(rng, ["Priority", "Area", ""]))
    plan.intro = pick(rng, ["This plan is owned by the improvement board and reviewed each month.",
                            "The plan responds to the recommendations of the inspection and is updated termly."])
    for a in range(1, rng.randrange(3, 5)):
        area = PRIORITIES[(a * 3 + rng.randrange(3)) % len(PRIORITIES)]
        label = f"{plan.banner_style} {a}: {area}" if plan.banner_style else f"{a}. {area}"
        plan.rows.append(Row("banner", [label]))
        for k in range(1, rng.randrange(2, 4)):
            ref = f"{a}.{k}"
            truth: dict[str, Any] = {"area_ref": str(a), "area": area, "action": action_text(rng)}
            lead = pick(rng, PEOPLE)
            resp = pick(rng, [p for p in PEOPLE if p != lead])
            truth["lead"], truth["responsible"] = lead, resp
            steps = rng.sample(STEPS, rng.randrange(2, 4))
            style = pick(rng, ["month", "end_of", "day"])
            dates = sorted((a_date(rng, style) for _ in steps), key=lambda d: d[1] or "")
            due_raw, due_iso = a_due(rng)
            # an action is due when its last milestone is, or later (now and then one has slipped past it)
            for _ in range(40 if rng.random() < 0.85 else 0):
                if due_iso is None or due_iso[:7] >= (dates[-1][1] or "")[:7]:
                    break
                due_raw, due_iso = a_due(rng)
            status = pick(rng, list(STATUSES))
            truth.update(due_raw=due_raw, due_date=due_iso, status=STATUSES[status])
            ratings, rag_cells = [], []
            for lab in labels:
                if rng.random() < 0.75 or not ratings:
                    letter = pick(rng, ["R", "A", "G"])
                    ratings.append({"label": lab, "rag": RAGS[letter]})
                    rag_cells.append(letter)
                else:
                    rag_cells.append("")
            truth["ratings"] = ratings
            progress = " ".join(rng.sample(UPDATES, rng.randrange(1, 3)))
            if rng.random() < 0.4:
                progress += " " + pick(rng, EVIDENCE)
            truth["progress"] = progress
            ms_truth, ms_lines, ms_rows_out = [], [], []
            for j, (step, (raw, iso)) in enumerate(zip(steps, dates, strict=False)):
                st = pick(rng, list(MS_STATUSES))
                if ms_rows:
                    ms_truth.append({"milestone": step, "due_date": iso, "status": MS_STATUSES[st]})
                    ms_rows_out.append(Row("milestone", _cells(cols, {
                        "ref": f"{ref}.{'abcdefgh'[j]}", "action": step, "due": raw, "status": st})))
                else:
                    ms_truth.append({"milestone": step, "due_date": iso})
                    ms_lines.append(f"• {step} – {raw}")
            truth["milestones"] = ms_truth
            plan.actions.append(truth)
            values = {"ref": ref, "action": truth["action"], "lead": lead, "responsible": resp,
                      "milestones": "\n".join(ms_lines), "due": due_raw, "status": status, "progress": progress}
            cells = _cells(cols, values)
            r = 0
            for i, c in enumerate(cols):
                if c.key == "rating":
                    cells[i] = rag_cells[r]
                    r += 1
            plan.rows.append(Row("action", cells))
            plan.rows.extend(ms_rows_out)
    plan.ind_head = ["Indicator", pick(rng, ["Baseline (2024/25)", "Baseline"]), "Target",
                     pick(rng, ["Latest", "Latest (Q2)", "Current"]), "RAG"]
    for name, unit in rng.sample(INDICATORS, rng.randrange(3, 5)):
        base = rng.randrange(20, 90) if unit else rng.randrange(14, 25)
        target = base + rng.randrange(3, 10) if unit else base - rng.randrange(2, 5)
        latest = base + rng.randrange(-2, 8)
        letter = pick(rng, ["R", "A", "G"])
        plan.ind_rows.append([name, f"{base}{unit}", f"{target}{unit}", f"{latest}{unit}", letter])
        plan.indicators.append({"indicator": name, "target": f"{target}{unit}", "value": f"{latest}{unit}",
                                "rag": RAGS[letter]})
    return plan


def _cells(cols: list[Col], values: dict[str, str]) -> list[str]:
    return [values.get(c.key, "") for c in cols]


# ---- renderings ------------------------------------------------------------------------------------

def write_docx(plan: TextPlan, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches, Pt
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Inches(0.5))
    sec.header.paragraphs[0].text = f"OFFICIAL – {plan.title}"
    doc.styles["Normal"].font.size = Pt(7.5)
    doc.add_heading(plan.title, 1)
    doc.add_paragraph(plan.intro)
    n = len(plan.cols)
    table = doc.add_table(rows=2, cols=n)
    table.style = "Table Grid"
    groups = [c.group for c in plan.cols]
    for i, c in enumerate(plan.cols):
        if c.group:
            table.cell(0, i).text = c.group if groups.index(c.group) == i else ""
            table.cell(1, i).text = c.head
        else:
            table.cell(0, i).text = c.head
    for i, c in enumerate(plan.cols):
        if not c.group:
            table.cell(0, i).merge(table.cell(1, i))
    first = groups.index(next(g for g in groups if g))
    last = max(i for i, g in enumerate(groups) if g)
    table.cell(0, first).merge(table.cell(0, last))
    for row in plan.rows:
        cells = table.add_row().cells
        if row.kind == "banner":
            merged = cells[0].merge(cells[-1])
            merged.text = row.cells[0]
            continue
        for i, text in enumerate(row.cells):
            cells[i].text = text
    for r in range(2):
        table.rows[r].repeat_header = True  # type: ignore[attr-defined]
    _repeat_header(table)
    doc.add_heading("Performance indicators", 2)
    ind = doc.add_table(rows=1, cols=len(plan.ind_head))
    ind.style = "Table Grid"
    for i, h in enumerate(plan.ind_head):
        ind.cell(0, i).text = h
    for r in plan.ind_rows:
        cells = ind.add_row().cells
        for i, t in enumerate(r):
            cells[i].text = t
    doc.save(str(path))


def _repeat_header(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for r in range(2):
        tr_pr = table.rows[r]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)


def _flat(text: str) -> list[str]:
    return text.split("\n") if text else [""]


def write_tsv(plan: TextPlan, rng: random.Random) -> str:
    quote = rng.random() < 0.5  # a spreadsheet's export quotes a cell with line breaks; others fold them

    def cell(t: str) -> str:
        if "\n" in t:
            return '"' + t.replace('"', '""') + '"' if quote else t.replace("\n", "; ")
        return t
    lines = [plan.title, "", plan.intro, ""]
    lines.append("\t".join(c.group if c.group and [x.group for x in plan.cols].index(c.group) == i else ""
                           for i, c in enumerate(plan.cols)))
    lines.append("\t".join(c.head for c in plan.cols))
    for row in plan.rows:
        if row.kind == "banner":
            lines.append(row.cells[0] + "\t" * (len(plan.cols) - 1))
        else:
            lines.append("\t".join(cell(t) for t in row.cells))
    lines += ["", "Performance indicators", "\t".join(plan.ind_head)]
    lines += ["\t".join(r) for r in plan.ind_rows]
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for part in _flat(text):
        out += textwrap.wrap(part, width, subsequent_indent="  " if part.startswith("•") else "") or [""]
    return out


def write_fixed(plan: TextPlan, rng: random.Random) -> str:
    widths = [c.width for c in plan.cols]
    gap = pick(rng, [" ", "  ", " | "])
    total = sum(widths) + len(gap) * (len(widths) - 1)

    def line(parts: list[str]) -> str:
        return gap.join(p.ljust(w)[:w] for p, w in zip(parts, widths, strict=False)).rstrip()
    groups = [c.group for c in plan.cols]
    head = []
    if any(groups):
        g = next(x for x in groups if x)
        top = [""] * len(widths)
        top[groups.index(g)] = g
        first = groups.index(g)
        span = sum(widths[first:max(i for i, x in enumerate(groups) if x) + 1]) + len(gap) * (groups.count(g) - 1)
        left = gap.join(p.ljust(w) for p, w in zip(top[:first], widths[:first], strict=False))
        head.append(left + gap + g.center(span).rstrip())
    heads = [_wrap(c.head, c.width) for c in plan.cols]
    for k in range(max(map(len, heads))):
        head.append(line([h[k] if k < len(h) else "" for h in heads]))
    head.append("-" * total)
    page_len = pick(rng, [48, 56, 64])
    pages: list[list[str]] = []
    body: list[str] = []
    body_blocks: list[list[str]] = []
    for row in plan.rows:
        if row.kind == "banner":
            body_blocks.append([row.cells[0].upper() if rng.random() < 0.3 else row.cells[0], ""])
            continue
        wrapped = [_wrap(t, c.width) for t, c in zip(row.cells, plan.cols, strict=False)]
        block = [line([w[k] if k < len(w) else "" for w in wrapped]) for k in range(max(map(len, wrapped)))]
        body_blocks.append(block + [""])
    cur: list[str] = list(body)
    for block in body_blocks:
        if len(cur) + len(block) > page_len - len(head) - 4 and len(cur) > 2:
            pages.append(cur)
            cur = []
        cur += block
    pages.append(cur)
    out: list[str] = []
    n = len(pages)
    for p, page in enumerate(pages, 1):
        intro = [plan.intro, ""] if p == 1 else []
        out += [f"{plan.title}".ljust(total - 12) + f"Page {p} of {n}", "", *intro, *head, *page]
        if p < n:
            out.append("\f")
    out += ["", "PERFORMANCE INDICATORS", ""]
    iw = [60, 20, 10, 14, 4]
    out.append(" ".join(h.ljust(w) for h, w in zip(plan.ind_head, iw, strict=False)).rstrip())
    out.append("-" * (sum(iw) + 4))
    out += [" ".join(c.ljust(w) for c, w in zip(r, iw, strict=False)).rstrip() for r in plan.ind_rows]
    return "\n".join(out) + "\n"


def write_md(plan: TextPlan, rng: random.Random) -> str:
    def cell(t: str) -> str:
        return t.replace("|", "\\|").replace("\n", "<br>")
    cols = plan.cols
    heads = [f"{c.group} {c.head}" if c.group else c.head for c in cols]
    out = [f"# {plan.title}", "", plan.intro, ""]
    table: list[str] = []
    for row in plan.rows:
        if row.kind == "banner":
            if table:
                out += table + [""]
            out += [f"## {row.cells[0]}", ""]
            table = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in cols) + "|"]
            continue
        table.append("| " + " | ".join(cell(t) for t in row.cells) + " |")
    out += table + ["", "## Performance indicators", ""]
    out.append("| " + " | ".join(plan.ind_head) + " |")
    out.append("|" + "|".join(":---" if i == 0 else "---:" for i in range(len(plan.ind_head))) + "|")
    out += ["| " + " | ".join(r) + " |" for r in plan.ind_rows]
    return "\n".join(out) + "\n"


def write_html(plan: TextPlan, rng: random.Random) -> str:
    esc = html.escape
    cols = plan.cols
    groups = [c.group for c in cols]
    g = next(x for x in groups if x)
    first = groups.index(g)
    top, sub = [], []
    for i, c in enumerate(cols):
        if c.group:
            if i == first:
                top.append(f'<th colspan="{groups.count(g)}" scope="colgroup">{esc(g)}</th>')
            sub.append(f'<th scope="col">{esc(c.head)}</th>')
        else:
            top.append(f'<th rowspan="2" scope="col">{esc(c.head)}</th>')
    rows_html = []
    i = 0
    rows = plan.rows
    lead_idx = [k for k, c in enumerate(cols) if c.key in ("lead", "responsible")]
    while i < len(rows):
        row = rows[i]
        if row.kind == "banner":
            rows_html.append(f'<tr class="priority"><th colspan="{len(cols)}" style="text-align:left">'
                             f'<strong>{esc(row.cells[0])}</strong></th></tr>')
            i += 1
            continue
        if row.kind == "action":
            span = 1
            while i + span < len(rows) and rows[i + span].kind == "milestone":
                span += 1
            tds = []
            for k, (t, c) in enumerate(zip(row.cells, cols, strict=False)):
                attr = f' rowspan="{span}"' if k in lead_idx and span > 1 else ""
                if c.key == "milestones" and t:
                    items = "".join(f"<li>{esc(x.lstrip('• '))}</li>" for x in t.split("\n"))
                    tds.append(f"<td{attr}><ul>{items}</ul></td>")
                elif c.key == "ref":
                    tds.append(f'<th scope="row"{attr}>{esc(t)}</th>')
                else:
                    tds.append(f"<td{attr}>{esc(t).replace(chr(10), '<br>')}</td>")
            rows_html.append("<tr>" + "".join(tds) + "</tr>")
            for j in range(1, span):
                ms = rows[i + j]
                tds = [f"<td>{esc(t)}</td>" for k, t in enumerate(ms.cells) if k not in lead_idx]
                rows_html.append('<tr class="milestone">' + "".join(tds) + "</tr>")
            i += span
            continue
        i += 1
    table = ('<table class="plan" border="1" cellspacing="0">\n<thead>\n<tr>' + "".join(top) + "</tr>\n<tr>"
             + "".join(sub) + "</tr>\n</thead>\n<tbody>\n" + "\n".join(rows_html) + "\n</tbody>\n</table>")
    ind = ("<h2>Performance indicators</h2>\n<table>\n<tr>" + "".join(f"<th>{esc(h)}</th>" for h in plan.ind_head)
           + "</tr>\n" + "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in plan.ind_rows)
           + "\n</table>")
    body = f"<h1>{esc(plan.title)}</h1>\n<p>{esc(plan.intro)}</p>\n{table}\n{ind}"
    if rng.random() < 0.6:  # a CMS wraps the content in a layout table beside a navigation column
        body = ('<table class="layout" width="100%"><tr><td class="nav" valign="top"><ul><li><a href="/">Home</a>'
                '</li><li><a href="/council">Council and democracy</a></li></ul></td>\n<td class="content">'
                f"\n{body}\n</td></tr></table>")
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{esc(plan.title)}</title></head>\n"
            f"<body>\n<div class=\"breadcrumb\">Home &gt; Children and families &gt; Plans</div>\n{body}\n"
            "<footer><p>© Council. Last updated 3 November 2025.</p></footer>\n</body></html>\n")


def layout_text(pdf: Path) -> str:
    proc = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return proc.stdout


def truth(plan: TextPlan, name: str, rendering: str = "") -> dict[str, Any]:
    actions = plan.actions
    if rendering == "md":  # a pipe table has one heading row: 'RAG 2025/26 Q1' is the label as printed
        group = next(c.group for c in plan.cols if c.group)
        actions = [{**a, "ratings": [{**r, "label": f"{group} {r['label']}"} for r in a["ratings"]]}
                   for a in actions]
    return {"doc": name, "title": plan.title, "actions": actions, "indicators": plan.indicators}


def make(out: Path, seeds: list[int], renderings: tuple[str, ...] = RENDERINGS) -> list[Path]:
    for r in renderings:
        (out / r).mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    words: list[Path] = []
    plans: dict[str, TextPlan] = {}
    for seed in seeds:
        rng = random.Random(f"textplans-{seed}")
        plan = build(rng)
        stem = f"tp_outline_{seed}"
        plans[stem] = plan
        if "docx" in renderings or "layout" in renderings:
            d = out / "docx" / f"{stem}_docx.docx"
            d.parent.mkdir(parents=True, exist_ok=True)
            write_docx(plan, d)
            words.append(d)
            if "docx" in renderings:
                written.append(d)
        for r, writer in (("tsv", write_tsv), ("fixed", write_fixed), ("md", write_md), ("html", write_html)):
            if r in renderings:
                p = out / r / f"{stem}_{r}{EXT[r]}"
                p.write_text(writer(plan, random.Random(f"textplans-{r}-{seed}")), encoding="utf-8")
                written.append(p)
    if "layout" in renderings and words:
        with_pdf = out / "layout" / "pdf"
        with_pdf.mkdir(parents=True, exist_ok=True)
        libreoffice(words, with_pdf)
        for w in words:
            pdf = with_pdf / (w.stem + ".pdf")
            if pdf.exists():
                stem = w.stem.rsplit("_", 1)[0]
                p = out / "layout" / f"{stem}_layout.txt"
                p.write_text(layout_text(pdf), encoding="utf-8")
                written.append(p)
        shutil.rmtree(with_pdf)
    for p in written:
        stem, rendering = p.stem.rsplit("_", 1)
        write_truth_json(Path(f"{p}.truth.json"), truth(plans[stem], p.name, rendering))
    return written


def measure(out: Path, renderings: tuple[str, ...] = RENDERINGS) -> dict[str, float]:
    scores: dict[str, float] = {}
    for rendering in renderings:
        folder, result = out / rendering, out / f"{rendering}.out"
        docs = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".json"))
        if not docs:
            continue
        shutil.rmtree(result, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "planx", "convert", *map(str, docs), "-o", str(result), "-q",
                        "--no-progress"], capture_output=True, text=True, cwd=ROOT)
        proc = subprocess.run([sys.executable, str(SCORER), str(result), str(folder), "--json"], capture_output=True,
                              text=True)
        text = proc.stdout
        report = json.loads(text[: text.rfind("score:")])
        score = float(re.findall(r"score: ([\d.]+)", text)[-1])
        scores[rendering] = score
        per = " ".join(f"{d['doc'].split('_')[2]}:{d['accuracy']}" for d in report["documents"])
        print(f"{rendering:7} {score:5.1f}   {per}")
    return scores


def main(argv: list[str] | None = None) -> int:
    args = measuring_parser(RENDERINGS, "renderings to make and measure").parse_args(argv)
    renderings = tuple(args.only.split(","))
    if not args.no_make:
        make(args.out, seed_range(args.seeds), renderings)
    if args.measure:
        measure(args.out, renderings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
