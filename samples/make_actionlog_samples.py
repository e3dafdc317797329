"""Minutes whose action logs a PDF prints as lists side by side, and a policy whose numbered clauses
are its commitments (our own sentences, drawn with reportlab's canvas).

`python samples/make_actionlog_samples.py [FOLDER]` writes, each with NAME.truth.json:

- `allotment_committee_minutes.pdf`: a residents' committee's minutes; each 'Item N: Title   Led by:
  …' line over discussion bullets and a ruled 'Actions | Responsible | Due' table whose single body
  row holds the actions as lines of one cell and the names as lines of the next (a word processor's
  list inside a cell, as real parent-council logs print it); done actions are struck through (a
  rule across the letters' middle); 'TBC' in the due column is no date;
- `trust_board_minutes.pdf`: a board's minutes with 'Agreed actions: - … -…' run into one paragraph
  under numbered items, and a closing action log repeating them, the done ones struck through;
- `waste_policy.pdf`: a council policy numbered throughout (1. Purpose, 2. Principles, 3. Our
  commitments with '3.1 Heading' and '3.1.1 clause' paragraphs, 4. Responsibilities, 5. Definitions):
  only the commitments' clauses are actions, their headings the area;
- `book_club_minutes.pdf`: minutes with discussion only and an empty log table (no actions).

Truth: status `complete` only for struck actions; leads only where the names pair with the actions
(as many names as actions); due_raw the due cell as printed, due_date none for 'TBC'.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FONT, BOLD = "Helvetica", "Helvetica-Bold"


class Page:
    """A reportlab canvas written top-down, one line at a time."""

    def __init__(self, path: Path):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.width, self.height = A4
        self.y = self.height - 60

    def need(self, space: float) -> None:
        if self.y - space < 60:
            self.c.showPage()
            self.y = self.height - 60

    def line(self, text: str, x: float = 60, size: float = 10, bold: bool = False, struck: bool = False,
             gap: float = 1.45) -> None:
        self.need(size * gap)
        self.c.setFont(BOLD if bold else FONT, size)
        self.c.drawString(x, self.y, text)
        if struck:
            w = self.c.stringWidth(text, BOLD if bold else FONT, size)
            self.c.setLineWidth(0.6)
            self.c.line(x, self.y + size * 0.3, x + w, self.y + size * 0.3)
        self.y -= size * gap

    def space(self, h: float = 8) -> None:
        self.y -= h

    def log_table(self, headings: tuple[str, str, str], actions: list[tuple[str, bool]], names: list[str],
                  dues: list[str], widths: tuple[float, float, float] = (300, 110, 90)) -> None:
        """A ruled table: a heading row, then one row whose cells hold the lists (actions, names, dues)."""
        size, lead = 10, 14.0
        rows = max(len(actions), len(names), len(dues), 1)
        height = 18 + rows * lead + 8
        self.need(height + 10)
        x0, top = 60.0, self.y + 12
        xs = [x0, x0 + widths[0], x0 + widths[0] + widths[1], x0 + sum(widths)]
        c = self.c
        c.setLineWidth(0.8)
        c.rect(x0, top - height, sum(widths), height)
        c.line(x0, top - 18, xs[-1], top - 18)
        for x in xs[1:-1]:
            c.line(x, top, x, top - height)
        c.setFont(BOLD, size)
        for x, h in zip(xs, headings, strict=False):
            c.drawString(x + 4, top - 13, h)
        c.setFont(FONT, size)
        y = top - 18 - 12
        for k in range(rows):
            if k < len(actions):
                text, struck = actions[k]
                c.drawString(xs[0] + 4, y, text)
                if struck:
                    w = c.stringWidth(text, FONT, size)
                    c.setLineWidth(0.6)
                    c.line(xs[0] + 4, y + size * 0.3, xs[0] + 4 + w, y + size * 0.3)
            if k < len(names):
                c.drawString(xs[1] + 4, y, names[k])
            if k < len(dues):
                c.drawString(xs[2] + 4, y, dues[k])
            y -= lead
        self.y = top - height - 16

    def save(self) -> None:
        self.c.save()


def _truth(name: str, title: str, actions: list[dict[str, Any]]) -> dict[str, Any]:
    return {"doc": name, "title": title, "format": "pdf", "actions": actions}


def allotment_minutes(path: Path) -> dict[str, Any]:
    p = Page(path)
    title = "Meadow Lane Allotments Committee"
    p.line(title, size=16, bold=True, gap=1.6)
    p.line("Minutes of the meeting held on 14 March 2024 at the Pavilion", size=10)
    p.space(10)
    items = [
        ("Water supply", "Kofi Mensah",
         ["The trough by plot 12 leaks again and the valve is seized.",
          "A quote of 240 pounds was received for a new standpipe."],
         [("Ask the water company to read the meter", True), ("Get a second quote for the standpipe", False),
          ("Put a notice on the gate about hose use", True)],
         ["Kofi", "Priya", "Tom"], ["TBC", "30 April 2024"]),
        ("Plot inspections", "Priya Shah",
         ["Six plots were found uncultivated at the February walk round.",
          "Tenants will be written to before the next walk round."],
         [("Write to the six tenants of uncultivated plots", False),
          ("Arrange the May walk round with two volunteers", True)],
         ["Priya", "Anna"], ["TBC", "TBC"]),
        ("Open day", "Tom Reid",
         ["The open day will be on Saturday 8 June.",
          "Seeds and cake stalls were suggested by several members."],
         [("Book the marquee for the open day", False), ("Design a poster for the village shop", False),
          ("Ask the school to bring the gardening club", True)],
         ["Tom", "Anna"], ["31 May 2024"]),
    ]
    truth: list[dict[str, Any]] = []
    for n, (item, led, notes, actions, names, dues) in enumerate(items, start=1):
        p.line(f"Item {n}: {item}          Led by: {led}", bold=True)
        for note in notes:
            p.line(f"\u2022  {note}", x=72)
        p.space(6)
        p.log_table(("Actions", "Responsible", "Due"), actions, names, dues)
        paired = len(names) == len(actions)
        for k, (text, struck) in enumerate(actions):
            a: dict[str, Any] = {"area": item, "action": text}
            if paired:
                a["lead"] = names[k]
                due = dues[k] if k < len(dues) else ""
                a["due_raw"] = due or None
                a["due_date"] = {"30 April 2024": "2024-04-30", "31 May 2024": "2024-05-31"}.get(due)
            if struck:
                a["status"] = "complete"
            truth.append(a)
    p.save()
    return _truth(path.name, title, truth)


def trust_board_minutes(path: Path) -> dict[str, Any]:
    p = Page(path)
    title = "Riverside Community Trust Board"
    p.line(title, size=16, bold=True, gap=1.6)
    p.line("Minutes of the board meeting, 2 October 2024", size=10)
    p.space(10)
    items = [
        ("Finance", "The accounts to August show a surplus of 3,100 pounds. The reserves policy is due for review.",
         [("Treasurer to circulate the draft reserves policy before the November meeting.", True),
          ("Chair to thank the Lottery fund for the second grant payment.", False)]),
        ("Volunteering", "Eighteen volunteers helped at the summer fair. Two asked about first aid training.",
         [("Secretary to book first aid training for volunteers.", False),
          ("Update the volunteer handbook with the new rota.", True)]),
        ("Building", "The boiler failed twice in September and a service is overdue.",
         [("Facilities lead to arrange a boiler service this month.", True)]),
    ]
    truth: list[dict[str, Any]] = []
    for n, (item, note, actions) in enumerate(items, start=1):
        p.line(f"{n}. {item}", bold=True)
        p.line(note, x=60)
        run = "Agreed actions: " + " ".join(("- " if k == 0 else "-") + t for k, (t, _) in enumerate(actions))
        # the run-in paragraph wraps as a PDF prints it
        words, line = run.split(), ""
        for w in words:
            if len(line) + len(w) > 95:
                p.line(line, x=60)
                line = w
            else:
                line = f"{line} {w}".strip()
        p.line(line, x=60)
        p.space(6)
        for t, struck in actions:
            a: dict[str, Any] = {"area": item, "action": t}
            if struck:
                a["status"] = "complete"
            truth.append(a)
    p.space(10)
    p.line("ACTION LOG:", bold=True)
    for _item, _note, actions in items:
        for t, struck in actions:
            p.line(t, x=72, struck=struck)
    p.save()
    return _truth(path.name, title, truth)


def waste_policy(path: Path) -> dict[str, Any]:
    p = Page(path)
    title = "Household Waste and Recycling Policy"
    p.line("Northdale District Council", size=12, bold=True)
    p.line(title, size=16, bold=True, gap=1.8)
    sections: list[tuple[str, list[tuple[str, str]]]] = [
        ("1. PURPOSE", [("1.1", "This policy sets out how the Council collects household waste and how it will "),
                        ("", "reduce the waste sent to landfill.")]),
        ("2. PRINCIPLES", [("2.1", "Waste should be prevented before it is reused, recycled or recovered."),
                           ("2.2", "Residents should be able to recycle the same materials wherever they live.")]),
        ("3. OUR COMMITMENTS", []),
    ]
    for heading, lines in sections:
        p.line(heading, size=12, bold=True)
        for num, text in lines:
            p.line(f"{num}  {text}" if num else text, x=60 if num else 84)
        p.space(4)
    commitments = [
        ("Collections", [
            "Introduce weekly food waste collections for every household by April 2026.",
            "Extend the garden waste service to flats with shared gardens.",
            "Publish the collection calendar online and in print each December."]),
        ("Reducing waste", [
            "Run a real nappy voucher scheme with local children's centres.",
            "Support repair cafes with small grants and free venues.",
            "The Council will remove single-use plastics from its own buildings by 2025."]),
    ]
    truth: list[dict[str, Any]] = []
    for k, (area, clauses) in enumerate(commitments, start=1):
        p.line(f"3.{k}  {area}", bold=True)
        for j, clause in enumerate(clauses, start=1):
            p.line(f"3.{k}.{j}  {clause}", x=72)
            truth.append({"area": area, "action": clause})
        p.space(4)
    p.line("4. RESPONSIBILITIES", size=12, bold=True)
    p.line("4.1  The Head of Environmental Services will ensure this policy is applied.", x=60)
    p.line("4.2  Collection crews will report contaminated bins to the recycling team.", x=60)
    p.space(4)
    p.line("5. DEFINITIONS", size=12, bold=True)
    p.line("5.1  Household waste means waste from a domestic property.", x=60)
    p.save()
    return _truth(path.name, title, truth)


def book_club_minutes(path: Path) -> dict[str, Any]:
    p = Page(path)
    title = "Elm Street Library Book Club"
    p.line(title, size=16, bold=True, gap=1.6)
    p.line("Notes of the meeting on 5 February 2025", size=10)
    p.space(8)
    p.line("Item 1: January book          Led by: Grace", bold=True)
    p.line("\u2022  Most members enjoyed the novel; two found the ending rushed.", x=72)
    p.line("\u2022  The library has ordered four more copies of the next title.", x=72)
    p.space(6)
    p.log_table(("Actions", "Responsible", "Due"), [], [], [])
    p.save()
    return _truth(path.name, title, [])


DOCUMENTS = {
    "allotment_committee_minutes.pdf": allotment_minutes,
    "trust_board_minutes.pdf": trust_board_minutes,
    "waste_policy.pdf": waste_policy,
    "book_club_minutes.pdf": book_club_minutes,
}


def main(folder: Path = HERE / "actionlogs") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, make in DOCUMENTS.items():
        path = folder / name
        truth = make(path)
        (folder / f"{name}.truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
        out.append(path)
    return out


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "actionlogs"):
        print(p)
