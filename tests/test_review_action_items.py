"""Post-incident reviews that list their follow-up actions as bullets under an 'Action Items' heading,
and legal instruments whose numbered clauses are no action list (the shapes of real ones: a hosted
incident tool's PDF export, a charity's articles of association), built here.

- the PDF draws its bullets as small dots, each a circle flattened into a polygon of pieces under
  1 pt long: they are bullets all the same (pdfrules.is_mark), so the list reads as the Markdown
  export of the same review does;
- 'Action Items' over 'Planned:' and 'Completed Actions:': headings saying how the items under them
  stand divide the list, they do not end it (minutes.stage_heading);
- a linked change request's chip set under an item ('Add timeout of 2 seconds  MERGED', smaller and
  indented) is the item's note, not the end of the list (pdf.item_levels, the minutes' list reading);
- 'Directors to take decisions collectively' over '7.—(1) The general rule …' is the clause's title,
  no minute's task (minutes.opens_legal_clause).
"""
from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from planx.extract.pdf import item_levels
from planx.extract.pdfrules import is_mark
from planx.normalise.columns import looks_like_person
from planx.normalise.minute_marks import closing_bracket_owner
from planx.normalise.minutes import opens_legal_clause, stage_heading
from tests.conftest import convert_text

Line = tuple[str, float, float, str]  # (text, x, size, kind): kind '' plain, 'bold', 'dot' (a drawn bullet)

LESSONS_AND_ACTIONS: list[Line] = [
    ("Postmortem IR-7: search service stopped responding", 56, 18, "bold"),
    ("Executive Summary", 56, 16, "bold"),
    ("Between 07:21 and 07:28 UTC users saw slow responses from the search service.", 56, 10, ""),
    ("Lessons Learned", 56, 16, "bold"),
    ("What went well?", 56, 10, "bold"),
    ("We investigated and declared an incident quickly", 66, 10, "dot"),
    ("We identified the problem and deployed fixes in a day", 66, 10, "dot"),
    ("What didn't go so well?", 56, 10, "bold"),
    ("We did not get an alert about the malicious queries", 66, 10, "dot"),
    ("Action Items", 56, 16, "bold"),
    ("Planned:", 56, 12, "bold"),
    ("Update the on-call guides to document which incidents match which severity", 66, 10, "dot"),
    ("Investigate adding rate limiting for the search endpoints (UI & API)", 66, 10, "dot"),
    ("Add alerting to the search cluster when queries exceed p95 thresholds", 66, 10, "dot"),
    ("Completed Actions:", 56, 12, "bold"),
    ("Configured the search client timeout (2 seconds)", 66, 10, "dot"),
    ("Add search client timeout of 2 seconds   MERGED", 108, 8.5, ""),
    ("Implemented search query filtering and sanitisation", 66, 10, "dot"),
    ("Search query sanitisation   MERGED", 108, 8.5, ""),
]
ACTIONS = [
    "Update the on-call guides to document which incidents match which severity",
    "Investigate adding rate limiting for the search endpoints (UI & API)",
    "Add alerting to the search cluster when queries exceed p95 thresholds",
    "Configured the search client timeout (2 seconds)",
    "Implemented search query filtering and sanitisation",
]


def _polygon_dot(c: object, x: float, y: float, d: float = 3.75, pieces: int = 16) -> None:
    """A filled bullet dot drawn as a designed export draws it: a circle flattened into short pieces."""
    path = c.beginPath()  # type: ignore[attr-defined]
    r = d / 2
    for k in range(pieces + 1):
        a = 2 * math.pi * k / pieces
        (path.moveTo if k == 0 else path.lineTo)(x + r + r * math.cos(a), y + r + r * math.sin(a))
    path.close()
    c.drawPath(path, stroke=0, fill=1)  # type: ignore[attr-defined]


def print_review(path: Path, lines: list[Line]) -> None:
    """Lines from the top, 20 pt apart; a 'dot' line prints a drawn dot at x and its text 12 pt right."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60
    for text, x, size, kind in lines:
        c.setFont("Helvetica-Bold" if kind == "bold" else "Helvetica", size)
        if kind == "dot":
            _polygon_dot(c, x, y + 2.5)
            c.drawString(x + 12, y, text)
        else:
            c.drawString(x, y, text)
        y -= 20 if size <= 12 else 28
    c.save()


def _actions(tmp_path: Path, name: str, lines: list[Line]) -> list[dict[str, str]]:
    import planx
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    print_review(src / name, lines)
    out = tmp_path / f"out_{name}"
    planx.convert([src / name], out=out, jobs=1, report=False)
    with open(out / "actions.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_review_pdf_reads_its_action_items_under_stage_headings(tmp_path: Path) -> None:
    """Dots drawn as polygons are bullets; 'Planned:' / 'Completed Actions:' divide the list; the
    chips under the completed items are their notes; the lessons' bullets are no actions."""
    rows = _actions(tmp_path, "ir7_postmortem.pdf", LESSONS_AND_ACTIONS)
    assert [r["action"] for r in rows] == ACTIONS
    assert [r["lead"] for r in rows] == [""] * len(ACTIONS)  # '(UI & API)' names no one


def test_review_pdf_without_sub_headings(tmp_path: Path) -> None:
    """The same review whose 'Action Items' heading stands right over its bullets."""
    lines = [ln for ln in LESSONS_AND_ACTIONS if ln[0] not in ("Planned:", "Completed Actions:")
             and "MERGED" not in ln[0]]
    got = [r["action"] for r in _actions(tmp_path, "ir8_postmortem.pdf", lines)]
    assert got == ACTIONS


def test_markdown_review_reads_the_same_under_stage_headings(tmp_path: Path) -> None:
    """The Markdown export of such a review: '### Planned' and '### Completed' under '## Action Items'."""
    text = ("# Postmortem: search outage\n\n## Lessons Learned\n\n### What went well?\n\n"
            "- We investigated and declared an incident quickly\n\n"
            "## Action Items\n\n### Planned\n\n"
            f"- {ACTIONS[0]}\n- {ACTIONS[1]}\n- {ACTIONS[2]}\n\n"
            f"### Completed\n\n- {ACTIONS[3]}\n- {ACTIONS[4]}\n\n## Attendees\n\n- AF, AN\n")
    result = convert_text(tmp_path, "ir9_postmortem.md", text)
    assert [a.action for a in result.actions] == ACTIONS


def test_small_polygon_dot_is_a_mark_and_a_ruled_box_is_not() -> None:
    """A 3.75 pt dot whose 16 pieces each move under 0.5 pt one way is a round mark; a filled path of
    axis-aligned pieces (a grid's border) stays rulings, however thin."""
    r = 1.875
    pts = [(10 + r * math.cos(2 * math.pi * k / 16), 10 + r * math.sin(2 * math.pi * k / 16)) for k in range(17)]
    dot = {"fill": True, "stroke": False, "pts": pts, "x0": 10 - r, "x1": 10 + r, "top": 10 - r, "bottom": 10 + r}
    assert is_mark(dot)
    border = {"fill": True, "stroke": False, "pts": [(0, 0), (200, 0), (200, 0.6), (0, 0.6), (0, 0)],
              "x0": 0, "x1": 200, "top": 0, "bottom": 0.6}
    assert not is_mark(border)
    assert not is_mark({**dot, "stroke": True})


def test_text_set_under_an_item_is_nested_under_it() -> None:
    """A line under a bulleted item, right of its bullet (a chip in smaller type), is one level under
    it; a line back at the page's margin is not."""
    paras: list[tuple[str, float, float, bool] | None] = [
        ("• Configured the timeout", 60, 10.3, False), ("Add timeout of 2 seconds MERGED", 103, 8.9, False),
        ("• Implemented sanitisation", 60, 10.3, False), ("Prose at the margin", 56, 10.3, False)]
    assert item_levels(paras) == [0, 1, 0, 0]


def test_stage_headings() -> None:
    assert stage_heading("Planned:")
    assert stage_heading("Completed Actions:")
    assert stage_heading("In progress")
    assert not stage_heading("Lessons Learned")
    assert not stage_heading("Attendees")


ARTICLES = """ARTICLES OF ASSOCIATION FOR EXAMPLE LABS

INDEX TO THE ARTICLES

1. Defined terms
2. Liability of members
3. Directors to take decisions collectively

Defined terms

1. In the articles, unless the context requires otherwise, the following terms have these meanings.

Liability of members

2. The liability of each member is limited to £1.

Directors to take decisions collectively

3.—(1) The general rule about decision-making by directors is that any decision of the directors must be
either a majority decision at a meeting or a decision taken in accordance with article 4.

Members to appoint auditors

4.— The members may by ordinary resolution appoint auditors for the company.
"""


def test_a_legal_clause_title_is_no_minute_task(tmp_path: Path) -> None:
    """Clause titles reading 'Directors to take …' over '3.—(1) …': the articles are no plan."""
    assert convert_text(tmp_path, "articles.txt", ARTICLES).actions == []


def test_a_minute_task_before_the_next_agenda_item_stays(tmp_path: Path) -> None:
    """'Clerk to write to the highways team' over '7. Finance' (a meeting's next item, no clause mark)."""
    text = ("Minutes of the Parish Council meeting held on 4 March 2025\n\n6. Highways\n\n"
            "Members discussed the pothole on Mill Lane.\n\nClerk to write to the highways team\n\n"
            "7. Finance\n\nThe accounts were approved.\n")
    got = convert_text(tmp_path, "minutes.txt", text).actions
    assert [a.action for a in got] == ["Clerk to write to the highways team"]


def test_legal_clause_openings() -> None:
    assert opens_legal_clause("7.—(1) The general rule about decision-making …")
    assert opens_legal_clause("12. (1) A director may call a meeting")
    assert opens_legal_clause("4.— The members may by ordinary resolution …")
    assert not opens_legal_clause("7. Finance")
    assert not opens_legal_clause("7.1 Publish the plan")
    assert not opens_legal_clause("")


def test_technical_abbreviations_in_a_closing_bracket_name_no_one() -> None:
    """'(UI & API)' closing an action item says which endpoints; '(JS & AB)' says who acts."""
    item = "Investigate adding rate limiting for the search endpoints (UI & API)"
    assert closing_bracket_owner(item) == (item, "")
    assert closing_bracket_owner("Review the wiki format (JS & AB)") == ("Review the wiki format", "JS & AB")
    assert not looks_like_person("UI & API") and not looks_like_person("DNS/CDN")
    assert looks_like_person("JS & AB") and looks_like_person("IT")  # a team's initials still lead
