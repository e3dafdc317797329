"""Write the PowerPoint plan sample (our own sentences) and the truth of what planx must read from it.

Run from the repo root: python samples/make_pptx_samples.py [FOLDER]. It writes
pptx_progress_deck_2025.pptx and its .truth.json (the truth format of ../shared/CONTRACT.md), built
with python-pptx (the dev extra) as a board's progress deck is: a cover slide; a theme's action table
(Action | Lead | Due | RAG) carried on over a second slide under the same heading row, its RAG shown
only by the cells' fill; a theme's slide of bulleted actions, each closing with '(Lead: X, by Month
Year)'; speaker notes and a footer, which are no actions.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import write_truth_json  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "pptx_progress_deck_2025.pptx"
TITLE = "Family Help Improvement Plan 2025: progress report"
FILLS = {"red": RGBColor(0xFF, 0x00, 0x00), "amber": RGBColor(0xFF, 0xC0, 0x00), "green": RGBColor(0x00, 0xB0, 0x50)}
HEAD = ["Action", "Lead officer", "Due", "RAG"]
AREA_1 = "Strengthen the front door"
TABLE_ROWS = [  # (action, lead, due as printed, due ISO, rag)
    ("Agree one referral form with health and police partners", "Nadia Cole", "March 2025", "2025-03", "green"),
    ("Answer every professional's call within one working day", "Omar Reid", "May 2025", "2025-05", "amber"),
    ("Audit twenty contacts a month against the threshold guide", "Priya Nair", "July 2025", "2025-07", "red"),
    ("Publish the front door's monthly figures to the board", "Quinn Lowe", "September 2025", "2025-09", "green"),
]
AREA_2 = "Grow the family hubs"
BULLETS = [  # (action, lead, due as printed, due ISO)
    ("Open a second hub in the north of the borough", "Rosa Bianchi", "June 2025", "2025-06"),
    ("Offer evening sessions for working parents", "Sam Tyler", "August 2025", "2025-08"),
    ("Train hub staff in the parenting programme", "Tara Quinn", "November 2025", "2025-11"),
]


def _table_slide(deck: Any, title: str, rows: list[tuple[str, str, str, str, str]]) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # 'Title Only'
    slide.shapes.title.text = title
    table = slide.shapes.add_table(len(rows) + 1, len(HEAD), Inches(0.5), Inches(1.6), Inches(12.3),
                                   Inches(0.6) * (len(rows) + 1)).table
    for col, width in enumerate((6.8, 2.4, 1.9, 1.2)):
        table.columns[col].width = Inches(width)
    for col, text in enumerate(HEAD):
        table.cell(0, col).text = text
    for r, (action, lead, due, _iso, rag) in enumerate(rows, 1):
        for col, text in enumerate((action, lead, due)):
            table.cell(r, col).text = text
        cell = table.cell(r, 3)
        cell.fill.solid()
        cell.fill.fore_color.rgb = FILLS[rag]
    slide.notes_slide.notes_text_frame.text = "Say which actions slipped and why."


def build(path: Path) -> dict[str, Any]:
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = TITLE
    cover.placeholders[1].text = "Report to the children's partnership board, October 2025"
    _table_slide(deck, f"1. {AREA_1}", TABLE_ROWS[:2])
    _table_slide(deck, f"1. {AREA_1} (continued)", TABLE_ROWS[2:])
    slide = deck.slides.add_slide(deck.slide_layouts[1])  # 'Title and Content': a bulleted body
    slide.shapes.title.text = f"2. {AREA_2}"
    frame = slide.placeholders[1].text_frame
    for k, (action, lead, due, _iso) in enumerate(BULLETS):
        para = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
        para.text = f"{action} (Lead: {lead}, by {due})"
    footer = slide.shapes.add_textbox(Inches(0.5), Inches(6.9), Inches(6), Inches(0.4)).text_frame
    footer.text = "OFFICIAL"
    footer.paragraphs[0].runs[0].font.size = Pt(10)
    deck.save(str(path))
    actions = [{"area_ref": "1", "area": AREA_1, "action": a, "lead": lead, "due_date": iso, "rag": rag,
                "rag_raw": "#" + str(FILLS[rag]).lower()} for a, lead, _due, iso, rag in TABLE_ROWS]
    actions += [{"area_ref": "2", "area": AREA_2, "action": a, "lead": lead, "due_date": iso}
                for a, lead, _due, iso in BULLETS]
    return {"doc": path.name, "title": TITLE, "format": "pptx", "actions": actions}


def main(folder: Path = HERE) -> list[Path]:
    path = folder / NAME
    write_truth_json(path.with_name(NAME + ".truth.json"), build(path))
    return [path]


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(p)
