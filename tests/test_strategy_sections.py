"""Designed strategies and initiative tables (synthetic documents of the same shapes):

- normalise/walker_header_fields.milestone_period_labels: a milestones heading spanning two grid
  columns ('Key milestones' over 'Q1 | Draft a plan …'), the first holding only a period or a date
  in each row: when each row's milestone is due, not a milestone of its own;
- normalise/commitments.outcome_under: a section's part headed as its outcome ('OUTCOMES?' after
  the 'HOW?' list) gives the outcome of the section's actions;
- normalise/commitments.badged_titles: a title printed on two lines with its code in a badge level
  with the gap between them ('TO KEEP PEOPLE SAFE BY' / 'AB2' / 'WORKING TOGETHER') is one title;
- normalise/commitments._named_year: 'as required by the XYZ 2019' names a law, no due date;
- extract/pdf.footer_band_words: the text on a one-page poster's footer band (a shaded strip across
  the page at its foot) is page furniture, not the last row of the table above it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx
from planx.extract import extract
from planx.extract.model import Paragraph, Table
from planx.extract.pdf import footer_band_words
from planx.extract.pdfgeom import Word
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


# ---- extract/pdf.footer_band_words: a one-page poster's footer band is no row of its table ----------

FEEDBACK = [("You waited too long to be seen.", "We have taken on more staff to cover the busiest hours."),
            ("You were not told about delays.", "Reception staff now tell patients when clinics run late."),
            ("The website was hard to use.", "A new website is being designed with patients' help."),
            ("Staff did not know the new procedure.", "Staff have been reminded of the procedure in our bulletin.")]


def _poster(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(60, H - 80, "YOU SAID, WE DID")
    top = H - 140
    rows = [("YOU SAID", "WE DID"), *FEEDBACK]
    for k, (said, did) in enumerate(rows):
        y = top - 50 * k
        # cells drawn as shaded boxes, no rules: the left column darker, the rows alternating
        c.setFillColorRGB(*((0.75, 0.85, 0.95) if k % 2 else (0.65, 0.78, 0.9)))
        c.rect(50, y - 50, 200, 50, fill=1, stroke=0)
        c.setFillColorRGB(*((0.93, 0.95, 0.98) if k % 2 else (0.86, 0.9, 0.96)))
        c.rect(250, y - 50, 300, 50, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 10)
        c.drawString(56, y - 20, said)
        c.drawString(256, y - 20, did)
    # the footer band across the page at its foot, a web address and a strapline on it
    c.setFillColorRGB(0.1, 0.3, 0.6)
    c.rect(0, 0, W, 40, fill=1, stroke=0)
    c.rect(0, 48, W, 8, fill=1, stroke=0)  # a thin stripe across the page above it
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica", 12)
    c.drawString(20, 22, "www.example-care.org")
    c.drawString(20, 8, "@examplecare")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(300, 14, "making a difference, every day")
    c.showPage()
    c.save()


def test_footer_band_text_is_no_row_of_the_table(tmp_path: Path) -> None:
    _poster(tmp_path / "poster.pdf")
    raw = extract(tmp_path / "poster.pdf")
    tables = [b for b in raw.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [r.cells[-1].text for r in tables[0].rows[1:]] == [did for _, did in FEEDBACK]
    text = " ".join(b.text for b in raw.blocks if isinstance(b, Paragraph))
    assert "making a difference, every day" in text and "www.example-care.org" in text


def test_footer_band_words() -> None:
    def word(text: str, top: float) -> Word:
        return Word(text, 20.0, 80.0, top, top + 12.0, 12.0)
    band = {"x0": 0.0, "top": 800.0, "x1": 595.0, "bottom": 842.0, "colour": "#1a4d99"}
    low = {**band, "top": 700.0}  # a strip reaching above the bottom margin: a shaded row, perhaps
    narrow = {**band, "x0": 50.0, "x1": 545.0}  # a table's last shaded row: not across the page
    words = [word("Body", 500.0), word("www.example.org", 810.0)]
    assert footer_band_words(words, [band], 595.0, 842.0) == [words[1]]
    assert footer_band_words(words, [low], 595.0, 842.0) == []
    assert footer_band_words(words, [narrow], 595.0, 842.0) == []
