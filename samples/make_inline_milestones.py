"""Plans whose milestones print their own date and status inline, and plans printed as slides of bullets
(issue 14/15; our own wording, not the wording of any measurement set).

Run from the repo root: python samples/make_inline_milestones.py [FOLDER] [--seeds A-B]. Each seed
makes four files, each with NAME.truth.json beside it (CONTRACT.md truth format):

- inline_text_N.txt: a community safety plan as a PDF-to-text tool prints it (columns by spaces), a
  short heading line ('Safer streets') over each table's heading row, which the table repeats;
- inline_word_N.docx: the same kind of plan in Word, a heading paragraph over each table;
- inline_md_N.md: a Markdown plan, '## Theme n: …' over each pipe table, items parted by '<br>';
- inline_deck_N.pdf: a landscape deck drawn by reportlab, one priority a page: a bold title in the
  body's size ('2. Cleaner places'), bullets of actions, each with 'Owner:', 'By:' and 'Status:'
  lines under it.

The milestones of a row ('a) Policy agreed [Complete, Oct 2025]', '2. Website live – Jan 2026 –
Done', '(i) Tenants consulted, March 2026 - On track', '[Done] Panel formed (May 2025)') each give
their own date and status; the plan has no status column, so an action takes its milestones'
status when they agree (a mix of complete and in progress → in_progress; any other mix → none).
Truth: a milestone's text has neither its date nor its status.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))

from samples.seeded import seed_range, write_truth_json  # noqa: E402

THEMES = ["Safer streets", "Cleaner places", "Thriving town centre", "Healthy homes", "Connected villages"]
ACTIONS = [
    "Install lighting on the riverside footpath between the two bridges",
    "Set up a neighbourhood watch scheme on every estate",
    "Replace litter bins in the market square with larger ones",
    "Run a community clean-up day each season",
    "Open a pop-up shop scheme for empty units on the high street",
    "Agree a parking plan for the town centre with traders",
    "Inspect private rented homes with damp complaints within ten days",
    "Offer home energy checks to tenants over 75",
    "Extend the demand-responsive bus to the northern villages",
    "Survey broadband speeds in every parish",
]
MILESTONES = [
    "Policy agreed", "Website live", "Tenants consulted", "Panel formed", "Contract awarded",
    "Survey results published", "Volunteers recruited", "Pilot started", "Funding bid submitted",
    "Report to scrutiny committee",
]
LEADS = ["Community Safety Manager", "Town Centre Officer", "Private Sector Housing Lead", "Transport Planner",
         "Jo Marsh", "Amir Khan"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# (printed, enum)
STATUSES = [("Complete", "complete"), ("Done", "complete"), ("Achieved", "complete"), ("In progress", "in_progress"),
            ("On track", "in_progress"), ("Not started", "not_started"), ("Delayed", "delayed"),
            ("Overdue", "delayed")]
# the shape of an item: its marker, the text, the date as printed, the status as printed
SHAPES = [
    "{m} {t} [{s}, {d}]",
    "{m} {t} – {d} – {s}",
    "{m} {t}, {d} - {s}",
    "{m} [{s}] {t} ({d})",
    "{m} {t} ({d}) {s}",
]
MARKERS = [lambda i: f"{'abcdefg'[i - 1]})", lambda i: f"{i}.", lambda i: f"({'i ii iii iv'.split()[i - 1]})"]


def combined(statuses: list[str]) -> str | None:
    kinds = set(statuses)
    if len(kinds) == 1:
        return statuses[0]
    if kinds == {"complete", "in_progress"}:
        return "in_progress"
    return None


def plan(seed: int) -> dict[str, Any]:
    rnd = random.Random(seed)
    themes = rnd.sample(THEMES, 3)
    shape = SHAPES[seed % len(SHAPES)]
    marker = MARKERS[seed % len(MARKERS)]
    areas = []
    pool = rnd.sample(ACTIONS, 6)
    for n, theme in enumerate(themes, 1):
        rows = []
        for k in range(2):
            action = pool[(n - 1) * 2 + k]
            year = 2025 + rnd.randint(0, 1)
            month = rnd.randint(1, 12)
            items = []
            for i in range(1, rnd.randint(2, 3) + 1):
                printed, status = rnd.choice(STATUSES)
                m = (month + i) % 12
                d_raw = f"{SHORT[m]} {year}" if seed % 2 else f"{MONTHS[m]} {year}"
                items.append({"milestone": rnd.choice(MILESTONES) + (f" {i}" if i > 1 else ""),
                              "due_raw": d_raw, "due_date": f"{year}-{m + 1:02d}", "status": status,
                              "status_raw": printed, "line": shape.format(m=marker(i), t="{t}", d=d_raw, s=printed)})
            for it in items:
                it["line"] = it["line"].replace("{t}", it["milestone"])
            due_m = rnd.randint(0, 11)
            rows.append({"ref": f"{n}.{k + 1}", "action": action, "lead": rnd.choice(LEADS),
                         "due_raw": f"{MONTHS[due_m]} {2026}", "due_date": f"2026-{due_m + 1:02d}",
                         "milestones": items})
        areas.append({"ref": str(n), "title": theme, "rows": rows})
    return {"title": f"Hartwell Community Plan {2025 + seed % 2}-{26 + seed % 2}: Action Plan", "areas": areas}


def truth(p: dict[str, Any], doc: str, fmt: str, with_milestones: bool = True, area_ref: bool = True) -> dict[str, Any]:
    actions = []
    for area in p["areas"]:
        for r in area["rows"]:
            a: dict[str, Any] = {"area": area["title"], "action": r["action"], "lead": r["lead"],
                                 "due_raw": r["due_raw"], "due_date": r["due_date"]}
            if area_ref:
                a = {"area_ref": area["ref"], **a}
            if with_milestones:
                a["milestones"] = [{k: m[k] for k in ("milestone", "due_raw", "due_date", "status", "status_raw")}
                                   for m in r["milestones"]]
                status = combined([m["status"] for m in r["milestones"]])
                if status:
                    a["status"] = status
            actions.append(a)
    return {"doc": doc, "title": p["title"], "format": fmt, "actions": actions}


HEAD = ["Ref", "Action", "Milestones", "Lead officer", "Target date"]


def write_text(p: dict[str, Any], path: Path) -> None:
    widths = [6, 44, 50, 28, 16]

    def wrap(text: str, width: int) -> list[str]:
        lines, cur = [], ""
        for w in text.split():
            if cur and len(cur) + 1 + len(w) > width:
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}".strip()
        return lines + ([cur] if cur else [])

    out = [p["title"], "", "This plan is reviewed every quarter by the Community Partnership.", ""]
    for area in p["areas"]:
        out += ["", area["title"], "", "".join(h.ljust(w + 2) for h, w in zip(HEAD, widths, strict=True)).rstrip(), ""]
        for r in area["rows"]:
            cells = [[r["ref"]], wrap(r["action"], widths[1]),
                     [ln for m in r["milestones"] for ln in wrap(m["line"], widths[2])],
                     wrap(r["lead"], widths[3]), [r["due_raw"]]]
            for k in range(max(len(c) for c in cells)):
                out.append("".join((c[k] if k < len(c) else "").ljust(w + 2)
                                   for c, w in zip(cells, widths, strict=True)).rstrip())
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_word(p: dict[str, Any], path: Path) -> None:
    import docx
    d = docx.Document()
    d.add_heading(p["title"], level=0)
    d.add_paragraph("This plan is reviewed every quarter by the Community Partnership.")
    for area in p["areas"]:
        d.add_heading(f"Theme {area['ref']}: {area['title']}", level=1)
        t = d.add_table(rows=1, cols=len(HEAD))
        t.style = "Table Grid"
        for k, h in enumerate(HEAD):
            t.rows[0].cells[k].text = h
        for r in area["rows"]:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = r["ref"], r["action"]
            cells[2].text = "\n".join(m["line"] for m in r["milestones"])
            cells[3].text, cells[4].text = r["lead"], r["due_raw"]
    d.save(str(path))


def write_md(p: dict[str, Any], path: Path) -> None:
    out = [f"# {p['title']}", "", "This plan is reviewed every quarter by the Community Partnership.", ""]
    for area in p["areas"]:
        out += [f"## Theme {area['ref']}: {area['title']}", "", "| " + " | ".join(HEAD) + " |",
                "|" + "---|" * len(HEAD)]
        for r in area["rows"]:
            ms = "<br>".join(m["line"] for m in r["milestones"])
            out.append(f"| {r['ref']} | {r['action']} | {ms} | {r['lead']} | {r['due_raw']} |")
        out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_deck(p: dict[str, Any], path: Path, seed: int) -> dict[str, Any]:
    """A landscape deck: a cover, then a page per priority whose title is bold in the body's size.
    Its truth: no milestones (the bullets are the actions), each action's own status."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed + 1000)
    w, h = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(w, h))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, h - 60, p["title"])
    c.setFont("Helvetica", 12)
    c.drawString(50, h - 90, "Presented to the Community Partnership")
    c.showPage()
    labels = [("Owner:", "By:", "Status:"), ("Lead:", "Due:", "Progress:")][seed % 2]
    actions = []
    for area in p["areas"]:
        y = h - 50
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, f"{area['ref']}. {area['title']}")
        y -= 30
        c.setFont("Helvetica", 12)
        for r in area["rows"]:
            printed, status = rnd.choice(STATUSES)
            c.drawString(60, y, "\u2022")
            c.drawString(75, y, r["action"])
            y -= 20
            for label, value in zip(labels, (r["lead"], r["due_raw"], printed), strict=True):
                c.drawString(75, y, f"{label} {value}")
                y -= 18
            y -= 10
            actions.append({"area_ref": area["ref"], "area": area["title"], "action": r["action"], "lead": r["lead"],
                            "due_raw": r["due_raw"], "due_date": r["due_date"], "status": status,
                            "status_raw": printed})
        c.drawString(50, y - 10, "Risks: partner capacity over the winter.")
        c.showPage()
    c.save()
    return {"doc": path.name, "title": p["title"], "format": "pdf", "actions": actions}


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for seed in seeds:
        p = plan(seed)
        for name, writer, fmt in ((f"inline_text_{seed}.txt", write_text, "txt"),
                                  (f"inline_word_{seed}.docx", write_word, "docx"),
                                  (f"inline_md_{seed}.md", write_md, "md")):
            writer(p, folder / name)
            write_truth_json(folder / f"{name}.truth.json", truth(p, name, fmt))
            made.append(folder / name)
        deck = folder / f"inline_deck_{seed}.pdf"
        write_truth_json(folder / f"{deck.name}.truth.json", write_deck(p, deck, seed))
        made.append(deck)
    return made


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    seeds = seed_range(sys.argv[sys.argv.index("--seeds") + 1]) if "--seeds" in sys.argv else [1, 2, 3]
    if "--seeds" in sys.argv:
        args = [a for a in args if a != sys.argv[sys.argv.index("--seeds") + 1]]
    main(Path(args[0]) if args else Path("out_inline"), seeds)
