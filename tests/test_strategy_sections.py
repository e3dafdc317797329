"""Designed strategies and initiative tables (synthetic documents of the same shapes):

- normalise/walker_header_fields.milestone_period_labels: a milestones heading spanning two grid
  columns ('Key milestones' over 'Q1 | Draft a plan …'), the first holding only a period or a date
  in each row: when each row's milestone is due, not a milestone of its own;
- normalise/commitments.outcome_under: a section's part headed as its outcome ('OUTCOMES?' after
  the 'HOW?' list) gives the outcome of the section's actions;
- normalise/commitments.badged_titles: a title printed on two lines with its code in a badge level
  with the gap between them ('TO KEEP PEOPLE SAFE BY' / 'AB2' / 'WORKING TOGETHER') is one title;
- normalise/commitments._named_year: 'as required by the XYZ 2019' names a law, no due date.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx
from planx.normalise.commitments import _named_year
from planx.normalise.walker_header_fields import when_label

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

W, H = A4


def _initiatives_html(labels: list[str]) -> str:
    rows = []
    for n, (title, steps) in enumerate([
            ("Help partner teams meet their savings targets",
             ["Draft an approach for finding teams to work with.", "Work with one team on its contracts.",
              "Work with a second team on its contracts.", "Report what the pilots saved."]),
            ("Promote the shared contracts to other teams",
             ["Write a one page summary of the contracts.", "Plan the contracts fair.",
              "Host a webinar on the contracts.", "Draft a buying guide for review."])], 1):
        for k, (label, step) in enumerate(zip(labels, steps, strict=True)):
            first = f'<td rowspan="4">{n}</td><td rowspan="4">{title}</td>' if k == 0 else ""
            owner = '<td rowspan="4">Contracts team</td>' if k == 0 else ""
            rows.append(f"<tr>{first}<td>{label}</td><td>{step}</td>{owner}</tr>")
    return ("<html><head><title>Category Plan</title></head><body><h1>Category Plan 2026</h1>"
            "<h2>Savings initiatives</h2><table><tr><th>No.</th><th>Initiative Description</th>"
            '<th colspan="2">Key Milestones</th><th>Lead</th></tr>' + "".join(rows) + "</table></body></html>")


def _convert_html(tmp_path: Path, html: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    src = tmp_path / "in"
    src.mkdir()
    (src / "plan.html").write_text(html, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert(src, out)
    return read(out, "actions"), read(out, "milestones")


def test_period_labels_under_a_spanning_milestones_heading_date_each_milestone(tmp_path: Path) -> None:
    actions, milestones = _convert_html(tmp_path, _initiatives_html(["Q1", "Q2", "Q3", "Q4"]))
    assert [a["action"] for a in actions] == ["Help partner teams meet their savings targets",
                                              "Promote the shared contracts to other teams"]
    assert len(milestones) == 8
    assert [m["due_raw"] for m in milestones[:4]] == ["Q1", "Q2", "Q3", "Q4"]
    assert milestones[0]["milestone"] == "Draft an approach for finding teams to work with."
    assert not any(m["milestone"] in ("Q1", "Q2", "Q3", "Q4") for m in milestones)


def test_months_under_a_spanning_milestones_heading_too(tmp_path: Path) -> None:
    _, milestones = _convert_html(tmp_path, _initiatives_html(["Apr 2026", "Jul 2026", "Oct 2026", "Jan 2027"]))
    assert [m["due_raw"] for m in milestones[4:]] == ["Apr 2026", "Jul 2026", "Oct 2026", "Jan 2027"]
    assert milestones[4]["due_date"] == "2026-04"


def test_words_under_a_spanning_milestones_heading_stay_milestones(tmp_path: Path) -> None:
    # the first sub-column names stages, not periods: both columns stay the milestones
    _, milestones = _convert_html(tmp_path, _initiatives_html(["Start", "Pilot", "Review", "Close"]))
    assert not any(m["due_raw"] for m in milestones)


def test_when_label() -> None:
    assert when_label("Q3") and when_label("Quarter 2") and when_label("Apr") and when_label("31/03/2026")
    assert not when_label("Draft a plan") and not when_label("1") and not when_label("Phase 1")
    assert not when_label("Write the summary of the contracts by May 2026 for review")


def test_named_year() -> None:
    assert _named_year("the XYZ 2019") and _named_year("the Care Act 2014") and _named_year("the Local Plan 2030")
    assert not _named_year("March 2026") and not _named_year("the end of 2026") and not _named_year("Q3 2026")
    assert not _named_year("spring 2026") and not _named_year("2026/27")


SECTIONS = [
    ("TO RAISE AWARENESS OF", "AB1", "LOCAL SCAMS",
     ["Run a quarterly media campaign on how to spot the signs of a scam.",
      "Give annual training to front line staff on reporting scams.",
      "Publish advice for residents on the council website as required by the XYZ 2019.",
      "Deliver an annual event to mark national scams awareness week."],
     ["MORE REPORTS OF SCAMS FROM RESIDENTS.", "BETTER UNDERSTANDING AMONG STAFF OF THEIR DUTIES."]),
    ("TO KEEP PEOPLE SAFE BY", "AB2", "WORKING TOGETHER",
     ["Agree a protocol for sharing information between partners.",
      "Put scams on the agenda of every safety partnership meeting.",
      "Build links with the banks to stop payments to known scams.",
      "Develop links with faith groups to reach people who live alone."],
     ["MORE SHARING OF INFORMATION AND RESOURCES."]),
    ("TO FIND AND SUPPORT", "AB3", "VICTIMS OF SCAMS",
     ["Review the referrals each year to find the groups most at risk.",
      "Ensure support services follow the new referral process.",
      "Explore a pilot of home visits to people who have lost money.",
      "Work with partners to offer advice in every library."],
     ["MORE VICTIMS FOUND AND SUPPORTED."]),
    ("TO PURSUE", "AB4", "THE PEOPLE BEHIND SCAMS",
     ["Strengthen the link between the police team and the partnership.",
      "Implement a clear process for recording scams reported by partners.",
      "Increase the use of court orders to stop known offenders.",
      "Work with trading standards to close down fake websites."],
     ["MORE SUCCESSFUL PROSECUTIONS FOR SCAMS."]),
]


def _section_page(c: canvas.Canvas, first: str, badge: str, second: str, how: list[str], outcomes: list[str]) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(110, H - 80, first)
    c.drawString(110, H - 100, second)
    c.setFont("Helvetica-Bold", 32)
    c.drawString(36, H - 100, badge)  # the badge, level with the gap between the title's lines
    y = H - 150
    for label, lines, bullet in (("WHY?", ["Scams cause great harm to those least able to bear it."], True),
                                 ("HOW?", how, True), ("OUTCOMES?", outcomes, False)):
        c.setFont("Helvetica-Bold", 17)
        c.drawString(36, y, label)
        y -= 26
        c.setFont("Helvetica-Bold" if not bullet else "Helvetica", 14 if not bullet else 11)
        for line in lines:
            c.drawString(36, y, f"\u2022 {line}" if bullet else line)
            y -= 20
        y -= 16
    c.setFont("Helvetica", 9)
    c.drawString(W - 60, 20, str(c.getPageNumber()))
    c.showPage()


def _strategy(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 28)
    c.drawString(36, H - 120, "SCAMS PARTNERSHIP STRATEGY")
    c.setFont("Helvetica", 11)
    c.drawString(36, H - 160, "This strategy sets out how the partners will tackle scams over three years.")
    c.showPage()
    for section in SECTIONS:
        _section_page(c, *section)
    c.save()


@pytest.fixture(scope="module")
def strategy(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    root = tmp_path_factory.mktemp("strategy")
    src = root / "in"
    src.mkdir()
    _strategy(src / "strategy.pdf")
    planx.convert(src, root / "out")
    return read(root / "out", "actions")


def test_how_items_are_the_actions(strategy: list[dict[str, str]]) -> None:
    assert [a["action"] for a in strategy] == [a for s in SECTIONS for a in s[3]]


def test_outcomes_part_gives_the_sections_outcome(strategy: list[dict[str, str]]) -> None:
    assert {a["outcome"] for a in strategy[:4]} == {" ".join(SECTIONS[0][4])}
    assert {a["outcome"] for a in strategy[4:8]} == {SECTIONS[1][4][0]}
    assert {a["outcome"] for a in strategy[12:]} == {SECTIONS[3][4][0]}


def test_title_either_side_of_its_badge_is_one_title(strategy: list[dict[str, str]]) -> None:
    assert {a["area"] for a in strategy[4:8]} == {"TO KEEP PEOPLE SAFE BY WORKING TOGETHER"}
    assert {a["area_ref"] for a in strategy[4:8]} == {"AB2"}
    assert {a["area"] for a in strategy[:4]} == {"TO RAISE AWARENESS OF LOCAL SCAMS"}
    assert {a["area"] for a in strategy[12:]} == {"TO PURSUE THE PEOPLE BEHIND SCAMS"}


def test_a_laws_year_is_no_due_date(strategy: list[dict[str, str]]) -> None:
    assert strategy[2]["due_date"] == "" and strategy[2]["due_raw"] == ""
