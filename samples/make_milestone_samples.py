"""Plans whose milestones are numbered, lettered or bulleted as people write them (our own sentences).

Run from the repo root: python samples/make_milestone_samples.py [FOLDER] [--seeds A-B]. Each
seed makes one plan, NAME.truth.json beside it (CONTRACT.md truth format), rendered as tab-separated
text, Word (python-docx: typed markers, or Word's own list numbering and bullets), or PDF drawn by
reportlab (ruled or borderless). What varies from seed to seed:

- the milestone cell: '(1) Draft protocol agreed – Jun 25 (2) …', '1) … by 31/03/2025',
  'a) … (Sept 2024)', 'a. …', 'i. …', bullets with the date at the end or the start of each item,
  Word's list numbering; or a milestone column beside a date column with one date per line;
- a status per milestone (one per line in a status column), or none;
- the action's dates: one target-date column (its heading stacked over two lines, 'Target' over
  'date', in some), or a Start and an End column in either order ('Start date | Completion date',
  'From | To', 'Begin | Finish'): the due date is the end;
- a column under a vague heading ('Current position', 'Where are we now', 'Update', 'Comments')
  holding short status phrases (→ status) or sentences of narrative (→ progress).

Truth: a milestone's text excludes its printed date; its due date is at the precision printed.
Seeds 1-40 are for tuning; 41-80 are held back (run them, don't read them while fixing).
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))

from samples.layout_render import C, Doc, Grid, Text, write_reportlab  # noqa: E402
from samples.seeded import write_truth_json  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

ACTIONS = [
    "Strengthen multi-agency safeguarding arrangements for children missing education",
    "Improve the timeliness of Education, Health and Care plans",
    "Reduce the number of children waiting for a mental health assessment",
    "Embed a consistent approach to supervision across social work teams",
    "Increase the take-up of early help assessments by schools",
    "Develop a sufficiency strategy for children in care placements",
    "Raise attendance of pupils with social workers",
    "Improve the quality of return home interviews",
    "Ensure care leavers have a suitable place to live",
    "Review the short breaks offer for disabled children",
    "Launch a recruitment campaign for foster carers",
    "Improve transition planning for young people moving to adult services",
]
MILESTONES = [
    "Draft protocol agreed with partners", "Audit of current cases completed",
    "Training delivered to all team managers",
    "Revised guidance published on the website", "Dashboard of weekly figures in place", "Pilot evaluated by the board",
    "Service specification signed off", "Parent carer forum consulted on the draft",
    "New panel arrangements in operation", "Quality assurance framework refreshed", "Staff survey results reported",
    "Commissioning plan approved by cabinet", "Case recording template updated", "Peer review of practice held",
    "Progress report presented to scrutiny", "Recruitment to vacant posts finished",
]
LEADS = ["Head of Safeguarding", "SEND Service Manager", "Director of Children's Services", "Principal Social Worker",
         "Early Help Lead", "Virtual School Head", "Commissioning Manager", "Head of Inclusion"]
STATUSES = [("Complete", "complete"), ("Completed", "complete"), ("On track", "in_progress"),
            ("In progress", "in_progress"), ("Behind schedule", "delayed"), ("Not started", "not_started"),
            ("Delayed", "delayed"), ("Achieved", "complete")]
NARRATIVE = [
    "The working group has met twice and agreed the scope; partners have been asked for data.",
    "Recruitment has been slower than planned because of a shortage of applicants in the region.",
    "Figures for the last quarter show an improvement and the board will review them next month.",
    "A consultant has been appointed and interviews with schools are being arranged for the spring.",
    "The draft has been shared with the parent carer forum, whose comments are now being considered.",
    "Two of the three teams have adopted the new approach; the third will follow after training.",
]
VAGUE = ["Current position", "Where are we now", "Update", "Comments", "Position"]
START_END = [("Start date", "End date"), ("Start date", "Completion date"), ("From", "To"), ("Begin", "Finish")]
DUE_HEADS = [("Target date",), ("Target", "date"), ("By when",), ("Deadline",), ("Due", "date")]
MS_HEADS = ["Milestones", "Key milestones", "Key steps", "Milestones and actions", "Steps to deliver"]
STYLES = ["paren", "close", "letter_close", "letter_dot", "roman", "bullet_end", "bullet_start", "column", "word"]


@dataclass
class Ms:
    text: str
    year: int
    month: int
    day: int | None = None
    status: tuple[str, str] | None = None
    printed: str = ""

    def iso(self) -> str:
        return f"{self.year}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


@dataclass
class Plan:
    name: str
    fmt: str  # txt, docx, pdf-ruled, pdf-borderless
    style: str
    heads: list[str]
    rows: list[list[Any]] = field(default_factory=list)  # cells: str, or a list of (marker, text) for Word lists
    truth: list[dict[str, Any]] = field(default_factory=list)


def print_date(rng: random.Random, y: int, m: int, day: int | None) -> str:
    if day:
        return rng.choice([f"{day:02d}/{m:02d}/{y}", f"{day} {MONTHS[m - 1]} {y}"])
    return rng.choice([f"{SHORT[m - 1]} {y % 100:02d}", f"{MONTHS[m - 1]} {y}", f"{SHORT[m - 1]} {y}"])


def milestone_dates(rng: random.Random, n: int) -> list[tuple[int, int, int | None]]:
    y, m = rng.choice([2024, 2025]), rng.randint(1, 9)
    with_day = rng.random() < 0.35
    out = []
    for _ in range(n):
        m += rng.randint(1, 3)
        if m > 12:
            y, m = y + 1, m - 12
        out.append((y, m, DAYS[m - 1] if with_day else None))
    return out


def marker(style: str, k: int) -> str:
    letters = "abcdefgh"
    romans = ["i", "ii", "iii", "iv", "v", "vi"]
    return {"paren": f"({k})", "close": f"{k})", "letter_close": f"{letters[k - 1]})",
            "letter_dot": f"{letters[k - 1]}.", "roman": f"{romans[k - 1]}."}.get(style, "•")


def milestone_item(rng: random.Random, style: str, k: int, ms: Ms, dated: bool) -> str:
    """One item as printed, date and all (dated=False: the date is in a column of its own)."""
    if not dated:
        return ms.text
    form = rng.choice(["dash", "by", "paren"]) if style != "bullet_start" else "start"
    d = ms.printed
    return {"dash": f"{ms.text} – {d}", "by": f"{ms.text} by {d}", "paren": f"{ms.text} ({d})",
            "start": f"{d}: {ms.text}"}[form]


def make_plan(seed: int) -> Plan:
    rng = random.Random(seed)
    fmt = rng.choice(["txt", "docx", "docx", "pdf-ruled", "pdf-borderless"])
    style = rng.choice(STYLES if fmt == "docx" else [s for s in STYLES if s != "word"])
    ms_status = rng.random() < 0.5
    dates = rng.choice(["due", "start_end", "end_start", "none"]) if style != "column" else rng.choice(
        ["due", "start_end", "none"])
    vague = rng.choice(["status", "progress", None])
    if ms_status and vague == "status":
        vague = "progress"  # a status per milestone and one for the action: which is the action's is moot
    heads = ["Ref", "Action"]
    ms_head = rng.choice(MS_HEADS)
    heads.append(ms_head)
    if style == "column":
        heads.append(rng.choice(["Milestone date", "Date", "By when"]))
    if ms_status:
        heads.append("Milestone status" if style == "column" or rng.random() < .5 else "RAG / status")
    heads.append(rng.choice(["Lead", "Lead officer", "Responsible"]))
    start_end = rng.choice(START_END)
    due_head = rng.choice(DUE_HEADS)
    if dates == "due":
        heads.append("\n".join(due_head))
    elif dates == "start_end":
        heads += list(start_end)
    elif dates == "end_start":
        heads += [start_end[1], start_end[0]]
    vague_head = rng.choice(VAGUE)
    if vague:
        heads.append(vague_head)
    plan = Plan(f"milestones{seed:03d}", fmt, style, heads)
    texts = rng.sample(ACTIONS, rng.randint(3, 5))
    pool = MILESTONES[:]
    for i, action in enumerate(texts, 1):
        n = rng.randint(2, 4)
        picks = [pool.pop(rng.randrange(len(pool))) if pool else rng.choice(MILESTONES) for _ in range(n)]
        if not pool:
            pool = MILESTONES[:]
        mss = [Ms(t, y, m, d, rng.choice(STATUSES) if ms_status else None) for t, (y, m, d) in
               zip(picks, milestone_dates(rng, n), strict=True)]
        for ms in mss:
            ms.printed = print_date(rng, ms.year, ms.month, ms.day)
        dated = style != "column"
        row: list[Any] = [str(i), action]
        items = [milestone_item(rng, style, k, ms, dated) for k, ms in enumerate(mss, 1)]
        if style == "word":
            row.append([("number", t) for t in items] if rng.random() < .6 else [("bullet", t) for t in items])
        elif style.startswith("bullet"):
            row.append("\n".join(f"• {t}" for t in items))
        else:
            sep = "\n" if rng.random() < .6 else " "
            row.append(sep.join(f"{marker(style, k)} {t}" for k, t in enumerate(items, 1)))
        if style == "column":
            row.append("\n".join(ms.printed for ms in mss))
        if ms_status:
            row.append("\n".join(ms.status[0] for ms in mss if ms.status))
        lead = rng.choice(LEADS)
        row.append(lead)
        last = mss[-1]
        end_y, end_m = last.year, last.month
        start_y, start_m = mss[0].year, max(1, mss[0].month - 2)
        end_day = last.day
        end_printed = print_date(rng, end_y, end_m, end_day)
        start_printed = print_date(rng, start_y, start_m, 1 if end_day else None)
        if dates == "due":
            row.append(end_printed)
        elif dates == "start_end":
            row += [start_printed, end_printed]
        elif dates == "end_start":
            row += [end_printed, start_printed]
        truth: dict[str, Any] = {"area_ref": str(i), "action": action, "lead": lead}
        if vague == "status":
            word, enum = rng.choice(STATUSES)
            row.append(word)
            truth["status"] = enum
        elif vague == "progress":
            note = rng.choice(NARRATIVE)
            row.append(note)
            truth["progress"] = note
        if dates != "none":
            truth["due_date"] = f"{end_y}-{end_m:02d}" + (f"-{end_day:02d}" if end_day else "")
        elif dated:
            truth["due_date"] = last.iso()  # the latest date the milestone cell commits to
        elif ms_status:  # the action takes its milestones' statuses when they agree (train README)
            kinds = {ms.status[1] for ms in mss if ms.status}
            if len(kinds) == 1 or kinds <= {"complete", "in_progress"}:
                truth["status"] = kinds.pop() if len(kinds) == 1 else "in_progress"
        truth["milestones"] = [{"milestone": ms.text, "due_date": ms.iso(),
                                **({"status": ms.status[1]} if ms.status else {})} for ms in mss]
        plan.rows.append(row)
        plan.truth.append(truth)
    return plan


# ---- rendering ----------------------------------------------------------------------------------

def _flat(cell: Any, style: str) -> str:
    """A Word list cell as the other renderings print it ('1. …' or '• …' per line)."""
    if isinstance(cell, str):
        return cell
    return "\n".join((f"{k}. " if kind == "number" else "• ") + t for k, (kind, t) in enumerate(cell, 1))


def as_doc(plan: Plan, ruled: bool) -> Doc:
    rows: list[list[C | None]] = [[C(h, bold=True, fill="#D9E2F3") for h in plan.heads]]
    rows += [[C(_flat(c, plan.style)) for c in row] for row in plan.rows]
    widths = [0.5, 3.0, 4.0] + [1.3] * (len(plan.heads) - 3)
    for k, head in enumerate(plan.heads):
        if head in VAGUE:
            widths[k] = 2.8
    return Doc([Text(f"Improvement plan {2024 + plan.rows.__len__() % 2}", "title"),
                Text("Milestones and progress against each priority action."),
                Grid(rows, widths=widths, ruled=ruled, font=7.5)], landscape=True)


def _list_style(document: Any, kind: str) -> Any:
    return document.styles["List Number" if kind == "number" else "List Bullet"]


def write_word(plan: Plan, path: Path) -> None:
    """python-docx, landscape; a Word-list cell gets one paragraph per item in 'List Number' or
    'List Bullet' (Word's own numbering: the number is not in the text). Each numbered cell restarts at 1."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = Document()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    d.add_heading("Improvement plan", level=0)
    d.add_paragraph("Milestones and progress against each priority action.")
    table = d.add_table(rows=1 + len(plan.rows), cols=len(plan.heads))
    table.style = "Table Grid"
    for k, head in enumerate(plan.heads):
        cell = table.cell(0, k)
        lines = head.split("\n")
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
    numbering = d.part.numbering_part.numbering_definitions._numbering
    base_num = _list_num_id(d)
    for r, row in enumerate(plan.rows, 1):
        for k, value in enumerate(row):
            cell = table.cell(r, k)
            if isinstance(value, str):
                lines = value.split("\n")
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
                continue
            cell.text = ""
            num_id = _restart(numbering, base_num) if value[0][0] == "number" else None
            for j, (kind, text) in enumerate(value):
                p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                p.style = _list_style(d, kind)
                p.add_run(text).font.size = Pt(9)
                if num_id is not None:
                    pPr = p._p.get_or_add_pPr()
                    numPr = OxmlElement("w:numPr")
                    ilvl, nid = OxmlElement("w:ilvl"), OxmlElement("w:numId")
                    ilvl.set(qn("w:val"), "0")
                    nid.set(qn("w:val"), str(num_id))
                    numPr.append(ilvl)
                    numPr.append(nid)
                    pPr.append(numPr)
    d.save(str(path))


def _list_num_id(document: Any) -> tuple[int, int]:
    """The (numId, abstractNumId) that the 'List Number' style numbers with."""
    from docx.oxml.ns import qn
    style = document.styles["List Number"]._element
    num = style.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    numbering = document.part.numbering_part.numbering_definitions._numbering
    for n in numbering.findall(qn("w:num")):
        if n.get(qn("w:numId")) == num:
            return int(num), int(n.find(qn("w:abstractNumId")).get(qn("w:val")))
    raise LookupError("List Number has no numbering")


def _restart(numbering: Any, base: tuple[int, int]) -> int:
    """A new w:num on the same abstract list whose level 0 restarts at 1 (as Word does per cell list)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), str(base[1]))
    num.append(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return new_id


def write_text(plan: Plan, path: Path) -> None:
    """Tab-separated, a row a line, as Word's 'save as text' of a table prints it: a cell's lines
    joined by spaces (so a cell's list runs on one line)."""
    def line(cells: list[Any]) -> str:
        return "\t".join(" ".join(_flat(c, plan.style).split("\n")) for c in cells)
    text = ["Improvement plan", "", "Milestones and progress against each priority action.", "",
            line(plan.heads), *(line(row) for row in plan.rows)]
    path.write_text("\r\n".join(text) + "\r\n", encoding="utf-8")


def render(plan: Plan, folder: Path) -> Path:
    ext = {"txt": ".txt", "docx": ".docx"}.get(plan.fmt, ".pdf")
    path = folder / (plan.name + ext)
    if plan.fmt == "docx":
        write_word(plan, path)
    elif plan.fmt == "txt":
        write_text(plan, path)
    else:
        write_reportlab(as_doc(plan, ruled=plan.fmt == "pdf-ruled"), path)
    truth = {"doc": path.name, "actions": plan.truth}
    write_truth_json(folder / (path.name + ".truth.json"), truth)
    return path


def main(folder: Path, seeds: range) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [render(make_plan(seed), folder) for seed in seeds]


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--seeds")]
    span = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--seeds=")), "1-40")
    lo, hi = (int(x) for x in span.split("-"))
    for p in main(Path(args[0]) if args else HERE / "milestones", range(lo, hi + 1)):
        print(p)
