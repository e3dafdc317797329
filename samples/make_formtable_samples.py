"""One table (or box) per action, every shape in every rendering (issue 14), with truth.

Run from the repo root: python samples/make_formtable_samples.py FOLDER [SEED ...]. Per seed, six
shapes, each written as .docx (python-docx), _lo.pdf (that Word file printed by LibreOffice), _rl.pdf
(reportlab, ruled) and _bl.pdf (reportlab, borderless); the RAG is given only as the fill colour of
its cell in every shape (the truth's rag_raw is the fill as #rrggbb):

- leftlabels_SEED: per action a two-column table, labels on the left ('Action', 'Lead officer',
  'Target date', 'Progress update', 'RAG'), values on the right; a heading per priority over its
  forms, several forms a page; some seeds open each form with a one-cell 'Action 1.2' row.
- toplabels_SEED: per action a two-row table, the labels across the top row, the values below.
- pagebreak_SEED: left-label forms with long progress notes, so that forms run over page breaks.
- banner_SEED: a shaded one-cell 'Recommendation N: …' table over the forms of its actions (the
  recommendation is their area), no headings.
- nested_SEED: left-label forms whose last rows are a milestone grid of their own (Milestone | Target
  date | Status) inside the same table.
- spanlabels_SEED: a four-column box: the action's label across the whole width over its text, then
  'Lead officer | value | Target date | value', then 'Progress update' and 'RAG' each spanning two
  columns over their values.

NAME.truth.json beside each (../shared/CONTRACT.md's truth format). The sentences are our own.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import C, Doc, Grid, Text, libreoffice_pdfs, write_docx, write_reportlab  # noqa: E402
from samples.make_shape_samples import DATES, STATUSES, plan_items  # noqa: E402
from samples.seeded import run_generator, write_truth_json  # noqa: E402

SHAPES = ("leftlabels", "toplabels", "pagebreak", "banner", "nested", "spanlabels")
LABELS = {
    "action": ["Action", "Action to be taken", "What we will do", "Recommended action"],
    "lead": ["Lead officer", "Responsible officer", "Action owner", "Lead"],
    "due": ["Target date", "Deadline", "Completion date", "By when"],
    "progress": ["Progress update", "Progress to date", "Update", "Commentary"],
    "rag": ["RAG", "RAG status", "RAG rating", "Rating"],
}
# Office's standard fills and some printed variants (the truth maps by the nearest, as score.py does)
FILLS = {"red": ["#FF0000", "#E06666", "#C00000"], "amber": ["#FFC000", "#FFBF00", "#F6B26B"],
         "green": ["#00B050", "#92D050", "#6AA84F"]}
TITLES = ["Post-Inspection Action Plan 2025", "Internal Audit Actions: Follow-up Report",
          "Improvement Plan: Progress Against Recommendations", "Joint Targeted Area Inspection Action Plan"]
LONG = ["The working group met in September and agreed the new template; {n} teams have used it since, and the "
        "audit of twenty cases in October found that most plans now set out who does what by when. ",
        "Training was delivered to all managers over three sessions, with a further session planned for new "
        "starters; feedback was good and the learning has been shared at the practice forum. ",
        "Partners signed the protocol at the board; the dataset is now reported monthly and reviewed by the "
        "operational group, which will escalate any drift to the strategic board. "]
MILESTONES = ["Draft the guidance", "Consult partners on the draft", "Train team managers", "Audit a sample of cases",
              "Report findings to the board"]
MS_STATUS = ["Complete", "In progress", "Not started"]


def _spec(rng: random.Random) -> dict[str, Any]:
    labels = {f: rng.choice(v) for f, v in LABELS.items()}
    plan = plan_items(rng, rng.randint(2, 3), (2, 3))
    for _, items in plan:
        for item in items:
            colour = rng.choice(list(FILLS))
            item["fill"] = rng.choice(FILLS[colour])
            item["colour"] = colour
            k = rng.randint(2, 3)
            item["milestones"] = [(m, rng.choice([d for d in DATES if DATES[d]]), rng.choice(MS_STATUS))
                                  for m in rng.sample(MILESTONES, k)]
    return {"labels": labels, "plan": plan, "title": rng.choice(TITLES), "titled": rng.random() < 0.4,
            "order": ["action", "lead", "due", "progress", "rag"] if rng.random() < 0.6
            else ["action", "due", "lead", "rag", "progress"]}


def _value(item: dict[str, Any], f: str, shape: str, n: int) -> C:
    if f == "rag":
        return C("", fill=item["fill"])
    if f == "progress" and shape == "pagebreak":
        return C("".join(t.format(n=n + 2) for t in LONG) + item["progress"])
    return C(item[f])


def _left(spec: dict[str, Any], shape: str, ref: str, item: dict[str, Any], n: int) -> Grid:
    labels = spec["labels"]
    width = 3 if shape == "nested" else 2
    rows: list[list[C | None]] = []
    if spec["titled"]:
        rows.append([C(f"Action {ref}", span=width, bold=True)] + [None] * (width - 1))
    for f in spec["order"]:
        value = _value(item, f, shape, n)
        value.span = width - 1
        rows.append([C(labels[f], bold=True, fill="#D9E2F3")] + [value] + [None] * (width - 2))
    if shape == "nested":
        rows.append([C("Milestone", bold=True), C(labels["due"], bold=True), C("Status", bold=True)])
        rows += [[C(m), C(d), C(s)] for m, d, s in item["milestones"]]
    return Grid(rows, widths=(1, 2.2) if width == 2 else (1.6, 1, 1), head=0, repeat=False, font=9)


def _top(spec: dict[str, Any], item: dict[str, Any], n: int) -> Grid:
    order = spec["order"]
    return Grid([[C(spec["labels"][f], bold=True, fill="#D9E2F3") for f in order],
                 [_value(item, f, "toplabels", n) for f in order]],
                widths=[{"action": 3, "progress": 2.5}.get(f, 1) for f in order], head=1, repeat=False, font=8.5)


def _span(spec: dict[str, Any], item: dict[str, Any], n: int) -> Grid:
    lab = spec["labels"]
    band = "#D9E2F3"
    rows: list[list[C | None]] = [
        [C(lab["action"], span=4, bold=True, fill=band), None, None, None],
        [C(item["action"], span=4), None, None, None],
        [C(lab["lead"], bold=True, fill=band), C(item["lead"]), C(lab["due"], bold=True, fill=band), C(item["due"])],
        [C(lab["progress"], span=2, bold=True, fill=band), None, C(lab["rag"], span=2, bold=True, fill=band), None],
        [C(item["progress"], span=2), None, C("", span=2, fill=item["fill"]), None]]
    return Grid(rows, widths=(1, 1.4, 1, 1.4), head=0, repeat=False, font=9)


def shape_doc(spec: dict[str, Any], shape: str, ruled: bool = True) -> Doc:
    blocks: list[Any] = [Text(spec["title"], "title")]
    n = 0
    for p, (area, items) in enumerate(spec["plan"], 1):
        if shape == "banner":
            blocks.append(Grid([[C(f"Recommendation {p}: {area}", bold=True, fill="#BFBFBF")]], head=0,
                               repeat=False, font=10))
        else:
            blocks.append(Text(f"Priority {p}: {area}", "h2"))
        for k, item in enumerate(items, 1):
            n += 1
            ref = f"{p}.{k}"
            if shape == "toplabels":
                grid = _top(spec, item, n)
            elif shape == "spanlabels":
                grid = _span(spec, item, n)
            else:
                grid = _left(spec, shape, ref, item, n)
            grid.ruled = ruled
            blocks.append(grid)
    return Doc(blocks)


def truth(spec: dict[str, Any], shape: str, name: str, fmt: str) -> dict[str, Any]:
    actions = []
    for p, (area, items) in enumerate(spec["plan"], 1):
        for item in items:
            a: dict[str, Any] = {"area_ref": str(p), "area": area, "action": item["action"], "lead": item["lead"],
                                 "due_date": DATES[item["due"]], "rag": item["colour"],
                                 "rag_raw": item["fill"].lower()}
            if shape == "nested":
                a["milestones"] = [{"milestone": m, "due_date": DATES[d], "status": STATUSES[s]}
                                   for m, d, s in item["milestones"]]
            actions.append(a)
    return {"doc": name, "title": spec["title"], "format": fmt, "actions": actions, "indicators": []}


def main(folder: Path, seeds: list[int], office: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    words: list[Path] = []
    for seed in seeds:
        for shape in SHAPES:
            spec = _spec(random.Random(f"{shape}-{seed}"))
            stem = f"{shape}_{seed}"
            for suffix, ruled in ((".docx", True), ("_rl.pdf", True), ("_bl.pdf", False)):
                path = folder / f"{stem}{suffix}"
                doc = shape_doc(spec, shape, ruled)
                (write_docx if suffix == ".docx" else write_reportlab)(doc, path)
                write_truth_json(folder / f"{path.name}.truth.json",
                                 truth(spec, shape, path.name, "docx" if suffix == ".docx" else "pdf"))
                made.append(path)
            words.append(folder / f"{stem}.docx")
            # LibreOffice's print of the Word file, named _lo.pdf (written after the loop, in one run)
            write_truth_json(folder / f"{stem}_lo.pdf.truth.json", truth(spec, shape, f"{stem}_lo.pdf", "pdf"))
    if office:
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            for pdf in libreoffice_pdfs(words, Path(tmp)):
                target = folder / f"{pdf.stem}_lo.pdf"
                pdf.replace(target)
                made.append(target)
    return made


if __name__ == "__main__":
    run_generator(main, __doc__, [1, 2])
