"""A web page's plan set as cards (extract/htmlcards.py): a filterable grid of tiles, one
`<div class="tile …">` per action, its parts named by their class names and a hover part whose
headings ask the same questions of every action, its class naming the RAG colour."""
from __future__ import annotations

import csv
from pathlib import Path

import lxml.html

from planx.extract.htmlcards import card_grid, card_run, class_label

CARDS = [
    ("1", "Train library staff in digital skills", "Libraries Service", "1", "Everyone online", "Short term",
     "green", "All branches offer drop-in help", "Two courses held"),
    ("2", "Lend tablets to housebound residents", "Adult Social Care", "1", "Everyone online", "Medium term",
     "amber", "200 tablets on loan", "Supplier chosen"),
    ("3", "Publish an open data catalogue", "Data Team", "2", "Open by default", "Long term",
     "red", "Catalogue live on the website", "Delayed by the new platform"),
    ("4", "Replace paper forms with online ones", "Customer Services", "2", "Open by default", "Short term",
     "amber", "Nine in ten forms online", "Half moved so far"),
]


def page(cards: list[tuple[str, ...]] = CARDS) -> str:
    tiles = []
    for num, title, lead, theme_no, theme, when, rag, success, progress in cards:
        tiles.append(f"""<div class="tile digital {when.split()[0].lower()}">
<p class="item_no">{num}</p>
<p class="item_title">{title}</p>
<p class="owner_label">{lead}</p>
<p class="goal_number">{theme_no}</p>
<p class="goal_label">{theme}</p>
<p class="timeframe_label">{when}</p>
<div class="hover_{rag}">
<h2>{title}</h2>
<h3>What will success look like?</h3><p>{success}</p>
<h3>How are we doing so far?</h3><p>{progress}</p>
</div></div>""")
    return f"""<html><head><title>Digital Inclusion Action Plan 2024-26</title></head><body>
<h1>Actions</h1><p>Hover over a tile to read more about the action.</p>
<div class="grid"><div class="row">{''.join(tiles)}</div></div></body></html>"""


def test_class_label_reads_the_class_names_words() -> None:
    assert class_label("owner_label") == "owner"
    assert class_label("dueDate") == "due date"
    assert class_label("goal-number") == "goal number"
    assert class_label("label") == "label"


def test_a_run_of_cards_is_one_grid_a_row_per_card() -> None:
    root = lxml.html.fromstring(page())
    row = root.find(".//div[@class='row']")
    children = list(row)
    assert card_run(children, 0) == len(CARDS)
    grid = card_grid(children)
    header = [grid.cells[(0, c)].text for c in range(grid.width())]
    # shape: a number of each card's own, a number the cards share with the name that goes with it
    assert header[:6] == ["action number", "item title", "owner", "area no", "area", "timeframe"]
    assert "action title" in header and "RAG" in header and "What will success look like?" in header
    rag = header.index("RAG")
    assert [grid.cells[(r, rag)].text for r in range(1, len(CARDS) + 1)] == [c[6] for c in CARDS]


def test_too_few_blocks_or_too_few_labelled_parts_are_no_cards() -> None:
    root = lxml.html.fromstring(page(CARDS[:2]))
    assert card_run(list(root.find(".//div[@class='row']")), 0) == 0
    plain = lxml.html.fromstring("<div>" + "".join(f'<div class="news"><p>Story {k}</p></div>' for k in range(5))
                                 + "</div>")
    assert card_run(list(plain), 0) == 0


def test_a_card_page_reads_as_a_plan(tmp_path: Path) -> None:
    from planx.api import convert
    path = tmp_path / "plan.html"
    path.write_text(page(), encoding="utf-8")
    convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["action"] for r in rows] == [c[1] for c in CARDS]
    assert [r["lead"] for r in rows] == [c[2] for c in CARDS]
    assert [r["area"] for r in rows] == [c[4] for c in CARDS]
    assert [r["area_ref"] for r in rows] == [c[3] for c in CARDS]
    assert [r["rag"] for r in rows] == [c[6] for c in CARDS]
    assert [r["measure"] for r in rows] == [c[7] for c in CARDS]
    assert [r["progress"] for r in rows] == [c[8] for c in CARDS]
