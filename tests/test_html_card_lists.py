"""A web page's cards that each list several actions (extract/htmlcards.py _listed_actions): one
block per stage of a plan ('Now' / 'This term' / 'This year'), each with its findings, a list under
a heading naming the actions ('Main actions') and other lists (resources, questions to ask).

The blocks are groups, not one action each: a row per listed action, the block's other parts on
its first row (kept aside as before, never taken for the steps of that first action); blocks
whose action part is one line stay one row each."""
from __future__ import annotations

from pathlib import Path

import lxml.html
from conftest import read

import planx
from planx.extract.htmlcards import card_grid, card_run

STAGES = [
    ("Now", ["Attendance dipped after half term", "Year 9 most affected"],
     ["Call home on the first day of any absence", "Share weekly attendance figures with tutors"],
     ["Attendance tracker template", "Phone script for first-day calls"]),
    ("This term", ["Late arrivals cluster on Mondays", "Bus routes changed in September"],
     ["Run a breakfast club on Mondays", "Meet the bus company about the new timetable",
      "Reward full weeks with a form competition"],
     ["Breakfast club rota", "Competition poster"]),
    ("This year", ["Persistent absence is highest in Year 10"],
     ["Give every persistently absent pupil a mentor", "Review the attendance policy with governors"],
     ["Mentor training pack"]),
]


def block(stage: str, findings: list[str], actions: list[str], resources: list[str], ordered: bool = True) -> str:
    tag = "ol" if ordered else "ul"
    items = "".join(f"<li>{a}</li>" for a in actions)
    return f"""<div class="stage">
<div class="stage-head"><strong>{stage}</strong></div>
<div><h3>What we found</h3><ul>{''.join(f'<li>{f}</li>' for f in findings)}</ul></div>
<div><h3>Main actions</h3><{tag}>{items}</{tag}></div>
<div><h3>Suggested resources</h3><ul>{''.join(f'<li>{r}</li>' for r in resources)}</ul></div>
</div>"""


def page(ordered: bool = True) -> str:
    blocks = "".join(block(*s, ordered=ordered) for s in STAGES)
    return f"""<html><head><title>Attendance Action Plan 2025-26</title></head><body>
<h1>Attendance Action Plan 2025-26</h1><div class="plan">{blocks}</div></body></html>"""


def test_blocks_listing_their_actions_give_a_row_per_action() -> None:
    root = lxml.html.fromstring(page())
    children = list(root.find(".//div[@class='plan']"))
    assert card_run(children, 0) == len(STAGES)
    notes: list[str] = []
    grid = card_grid(children, notes)
    header = {c: grid.cells[(0, c)].text for c in range(grid.width())}
    col = next(c for c, label in header.items() if label == "Main actions")
    listed = [grid.cells[(r, col)].text for r in range(1, len(grid.lines)) if (r, col) in grid.cells]
    assert listed == [a for s in STAGES for a in s[2]]
    assert notes and "Main actions" in notes[0]


def test_a_card_page_of_listed_actions_reads_each_one(tmp_path: Path) -> None:
    for ordered in (True, False):
        src = tmp_path / f"plan_{ordered}.html"
        src.write_text(page(ordered), encoding="utf-8")
        out = tmp_path / f"out_{ordered}"
        planx.convert([src], out=out)
        actions = read(out, "actions")
        assert [a["action"] for a in actions] == [a for s in STAGES for a in s[2]]
        assert read(out, "milestones") == []  # the resources are the block's, no action's steps
        aside = " ".join(r["text"] for r in read(out, "leftovers")) + " ".join(a["area"] for a in actions)
        for stage, findings, _, resources in STAGES:
            assert stage in aside  # the block's unlabelled opening: no part's, but not lost
            for text in findings + resources:
                assert text in aside


def test_one_action_per_block_stays_a_row_per_block() -> None:
    one = [(s, f, [a[0]], r) for s, f, a, r in STAGES]
    root = lxml.html.fromstring("<div class='plan'>" + "".join(block(*s) for s in one) + "</div>")
    grid = card_grid(list(root))
    assert len(grid.lines) == len(one) + 1
