"""A form per item whose item line is a numbered label, and timelines of month headings (issue 14).

Shapes (synthetic, after real public documents of each shape):
- an Ontario Health QIP progress report: 'Change Idea #1 ☑ Implemented ☐ Not Implemented' (the boxes
  drawn in Wingdings), the idea's text on the line under it set larger, then 'Process measure',
  'Target for process measure' and 'Lessons Learned' each over its text; banners 'Access and Flow |
  Efficient | Optional Indicator' over each indicator's records, the indicator's name set as large;
- a report's 'Recommendation #3' over its title line ('Standardize Data Collection: Establish …'),
  repeated on the next page with '(continued)';
- a team's report saved as text: a plain title line over '- Why:' / '- How:' / '- Success looks like:' /
  '- Fall Update:' bullets with nested bullets;
- a one-page timeline: month or month-range headings ('SEPTEMBER – OCTOBER 2018', 'NOVEMBER 2018') over
  bullets drawn as small filled dots, in a file named for the 'Charter Revision Commission'.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

import planx
from planx.extract.model import Paragraph, RawDocument
from planx.extract.pdfgeom import wingdings
from planx.normalise.datedtitles import dated_title
from planx.normalise.headers import classify
from planx.normalise.kinds import declared_kind
from planx.normalise.labelforms import label_number, read_label_forms, ticked_choice
from planx.normalise.title import running_title


def _actions(out: Path) -> list[dict[str, str]]:
    with open(out / "actions.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _document(out: Path) -> dict[str, str]:
    with open(out / "documents.csv", newline="", encoding="utf-8") as f:
        return next(csv.DictReader(f))


# ---- ticked boxes and numbered labels ----------------------------------------------------------------------

def test_wingdings_boxes_are_the_boxes_they_draw():
    assert (wingdings("\u00fe"), wingdings("\u00a8"), wingdings("\uf0fe")) == ("\u2611", "\u2610", "\u2611")
    assert wingdings("l") == "l"  # a Wingdings bullet is left to the bullet readers


@pytest.mark.parametrize("value, chosen", [
    ("\u2611 Implemented \u2610 Not Implemented", ("Implemented", "", "Not Implemented")),
    ("Change Idea #1 \u2610 Implemented \u2612 Not Implemented", ("Not Implemented", "Change Idea #1", "Implemented")),
    ("\u2610 Implemented \u2610 Not Implemented", None),  # no box ticked: no choice
    ("\u2611 Review the induction programme and publish a revised handbook", None),  # a ticked item, no options
])
def test_the_option_a_ticked_box_chooses(value, chosen):
    assert ticked_choice(value) == chosen


def test_a_label_numbered_with_a_number_sign_prints_its_number():
    assert label_number("Change Idea #3") == "3" and label_number("Recommendation No. 4") == "4"


def _qip_blocks() -> list[Paragraph]:
    blocks: list[Paragraph] = []

    def add(text: str, size: float = 11.0, heading: bool = False, bold: bool = False) -> None:
        blocks.append(Paragraph(text, 1, len(blocks) + 1, heading=heading, bold=bold, size=size))
    for banner, indicator, ideas in (
            ("Access and Flow | Efficient | Optional Indicator", "Rate of ED visits per 100 residents",
             ["Appropriate assessment of residents prior to ER transfer by registered staff",
              "Utilize an individualized form to support residents in health care decisions"]),
            ("Safety | Safe | Optional Indicator", "Percentage of residents given antipsychotic medication",
             ["Utilize an interdisciplinary team approach to reduce antipsychotic use"])):
        add(banner, 13.0, heading=True, bold=True)
        add(indicator, 13.0, heading=True)
        for k, idea in enumerate(ideas, 1):
            add(f"Change Idea #{k} \u2611 Implemented \u2610 Not Implemented", 12.0, bold=True)
            add(idea, 13.0, heading=True)  # set larger than the body: a heading by its size
            add("Process measure", bold=True)
            add(f"\u2022 Number of residents assessed for idea {k}")
            add("Target for process measure", bold=True)
            add("\u2022 Aiming to reduce potentially avoidable visits by December 2024")
            add("Lessons Learned", 12.0, bold=True)
            add(f"The nurse practitioner on site has supported the change {k}.")
    return blocks


def test_the_line_under_a_numbered_label_is_its_items_text_and_the_ticked_box_its_status():
    forms = read_label_forms(_qip_blocks(), classify)
    assert forms is not None
    records = [r for rs in forms.records.values() for r in rs]
    assert len(records) == 3
    assert forms.fields["change idea"] == "action" and forms.fields["process measure"] == "measure"
    assert forms.fields["lessons learned"] == "progress"  # what doing it taught: how it went, no area
    first = records[0].items
    assert (first[0].label, first[0].ticked) == ("Change Idea #1", "Implemented")
    assert first[1].value.startswith("Appropriate assessment")  # the heading under the label is its text
    # the banners open each group: the areas, by the group's name before the bars; the indicator's name
    # under each, in a style of its own, describes the group and is no area
    assert sorted(forms.areas.values()) == [("", "Access and Flow"), ("", "Safety")]


def test_the_same_form_converted_gives_status_progress_and_area(tmp_path: Path):
    from planx.normalise import normalise
    raw = RawDocument(path="qip.pdf", name="qip.pdf", format="pdf", blocks=list(_qip_blocks()), pages=1)
    result = normalise(raw, "d1")
    got = [(a.area, a.action[:30], a.status, a.progress[:20]) for a in result.actions]
    assert got == [("Access and Flow", "Appropriate assessment of resi", "complete", "The nurse practition"),
                   ("Access and Flow", "Utilize an individualized form", "complete", "The nurse practition"),
                   ("Safety", "Utilize an interdisciplinary t", "complete", "The nurse practition")]


# ---- a report's numbered recommendations, a title line under each label ----------------------------------------

def test_a_numbered_label_over_a_title_line_heads_one_item_once(tmp_path: Path):
    text = "\n\n".join([
        "Recommendations",
        "Recommendation #1", "Focusing on Customer Experience: Increasing CIO Engagement with Agency Programs",
        "The role of the CIO has evolved well beyond that of merely providing basic IT services.",
        "Recommendation #2", "Standardize Data Collection: Establish Data Analysis and Research Team at OFCIO",
        "By creating a new team dedicated to the coordination of all data collection efforts, OFCIO can "
        "reduce inefficiencies.",
        "Recommendation #2", "Standardize Data Collection: Establish Data Analysis and Research Team (continued)",
        "This team should also publish its findings.",
        "Recommendation #3", "Establish a Standard Performance Management Framework",
        "The start of an Administration is a natural point to set measures."])
    src = tmp_path / "in"
    src.mkdir()
    (src / "executing_on_the_future_of_it.txt").write_text(text, encoding="utf-8")
    planx.convert([str(src)], out=str(tmp_path / "out"))
    # a report's recommendations to others: no actions (CONTRACT.md, "Recommendations", session 40), each
    # label read once into the recommendations table ('#2 … (continued)' carries on the one before)
    assert _actions(tmp_path / "out") == []
    with open(tmp_path / "out" / "recommendations.csv", newline="", encoding="utf-8") as f:
        got = [(r["ref"], r["text"]) for r in csv.DictReader(f)]
    assert got == [("1", "Focusing on Customer Experience: Increasing CIO Engagement with Agency Programs"),
                   ("2", "Standardize Data Collection: Establish Data Analysis and Research Team at OFCIO"),
                   ("3", "Establish a Standard Performance Management Framework")]


# ---- a form per objective saved as text -----------------------------------------------------------------------

_OBJECTIVES = """LIBRARY WEBSITE TEAM 2024-25 Overview Document
**Library KPIs:**
- Online Catalog
- Web Properties (Primary)
Objectives (includes timebound goals and projects):
Improve discoverability of library content
- Why:
  - The Library website content needs streamlining
- How:
  - Assess which pages are needed and which can be removed
  - Simplify menus and navigation
- Success looks like:
  - The website is significantly revised and analytics demonstrates improved user navigation
and discoverability of content.
- Fall Update:
  - The team did a full review of all content linked to from the navigation.
Redesign website to match university web branding revisions
- Why:
  - The Library website needs to maintain design connections with the main university website
- How:
  - Once the new design is released, re-design the library website.
  - Deploy the new look.
- Success looks like:
  - A re-designed website aligned with university revisions.
- Fall Update:
  - The university redesign is still in process.
**Reflection on 2024-25 objectives:**
- Improve discoverability of library content
  - Numerous small changes were made.
- Redesign website to match university web branding revisions
  - In holding pattern.
"""


def test_a_title_line_over_labelled_bullets_is_the_objective_read_once(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "website_team_report.md").write_text(_OBJECTIVES, encoding="utf-8")
    planx.convert([str(src)], out=str(tmp_path / "out"))
    got = [(a["action"], a["measure"][:30]) for a in _actions(tmp_path / "out")]
    assert got == [("Improve discoverability of library content", "The website is significantly r"),
                   ("Redesign website to match university web branding revisions", "A re-designed website aligned ")]


def test_a_line_of_a_list_item_going_on_stays_the_items():
    from planx.extract.markdown import parse_markdown_lines
    raw = parse_markdown_lines(["- Success looks like:", "  - The website is revised and analytics shows",
                                "improved navigation", "- Fall Update:"], name="x.md")
    assert [p.text for p in raw.blocks] == ["- Success looks like:",  # type: ignore[union-attr]
                                            "- The website is revised and analytics shows improved navigation",
                                            "- Fall Update:"]


# ---- timelines of month headings -----------------------------------------------------------------------------

def test_a_month_range_is_no_title_closed_by_its_date():
    assert dated_title("SEPTEMBER – OCTOBER 2018") is None and dated_title("JULY - AUGUST 2019") is None
    assert dated_title("Draft report | 23/8/19") == ("Draft report", "23/8/19")


@pytest.mark.parametrize("name, other", [
    ("nyc_charter_revision_commission_next_steps_2018.pdf", ""),  # the Commission's subject, no charter
    ("policy_committee_work_plan.pdf", ""),
    ("dfe_wellbeing_charter.odt", "charter"),  # a charter
    ("charter_for_the_school_council.pdf", "charter"),  # a charter, for a body
])
def test_a_kind_word_before_a_bodys_noun_names_the_body(name, other):
    raw = RawDocument(name=name, path=name, format="pdf", blocks=[Paragraph("NEXT STEPS", 1, 1, heading=True)],
                      pages=1)
    assert declared_kind(raw).other == other


def test_a_timeline_of_month_headings_over_drawn_bullets(tmp_path: Path):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    src = tmp_path / "in"
    src.mkdir()
    path = src / "nyc_charter_revision_commission_next_steps_2018.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740.0
    c.setFont("Helvetica-Bold", 26)
    c.drawString(42, y, "NEXT STEPS")
    y -= 50
    for heading, bullets in (
            ("SEPTEMBER \u2013 OCTOBER 2018", ["The Commission heard 19 hours of public testimony.",
                                               "The Commission received about 300 proposals."]),
            ("NOVEMBER 2018", ["Public submits proposed focus areas."]),
            ("JANUARY - MARCH 2019", ["The Commission will hold public meetings and hearings on each bucket."]),
            ("APRIL 2019", ["Staff will develop a draft slate of proposals based on feedback.",
                            "The Commission will vote to adopt the draft slate."])):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(38, y, heading)
        y -= 20
        c.setFont("Helvetica", 11)
        for text in bullets:
            c.circle(58, y + 3.5, 2, stroke=0, fill=1)  # a bullet drawn as a dot, no character
            c.drawString(67, y, text)
            y -= 16
        y -= 14
    c.save()
    planx.convert([str(src)], out=str(tmp_path / "out"))
    got = [(a["timeframe"], a["action"], a["due_date"]) for a in _actions(tmp_path / "out")]
    # the first block reports what was done: no actions; every bullet after it, under its month heading
    assert got == [("NOVEMBER 2018", "Public submits proposed focus areas.", "2018-11"),
                   ("JANUARY - MARCH 2019", "The Commission will hold public meetings and hearings on each bucket.",
                    "2019-03"),
                   ("APRIL 2019", "Staff will develop a draft slate of proposals based on feedback.", "2019-04"),
                   ("APRIL 2019", "The Commission will vote to adopt the draft slate.", "2019-04")]


# ---- the title a running line gives ---------------------------------------------------------------------------

def test_a_running_header_with_page_numbers_names_the_document_a_print_date_does_not():
    aside = [("1 Quality Improvement Plans 25/26 (QIP): Progress Report on the 2024/25 QIP",
              "running header/footer repeated on 8 pages (pages 1-8); printed with each page's numbers, "
              "'1 Quality Improvement Plans 25/26 (QIP): Progress Report on the 2024/25 QIP' to "
              "'8 Quality Improvement Plans 25/26 (QIP): Progress Report on the 2024/25 QIP'", 1, 33),
             ("Report Accessed: April 11, 2025", "running header/footer repeated on 9 pages (pages 1-9)", 1, 589)]
    assert running_title(aside) == "Quality Improvement Plans 25/26 (QIP): Progress Report on the 2024/25 QIP"
    assert running_title(aside[1:]) == ""


def test_a_drawn_dot_alone_may_be_a_bullet_a_ticked_box_or_a_charts_piece_not():
    from planx.extract.pdfgeom import drawn_dots

    def mark(x0: float, top: float, w: float, h: float) -> dict[str, float]:
        return {"x0": x0, "top": top, "x1": x0 + w, "bottom": top + h}
    dot = mark(52, 138, 4, 4)
    box, tick = mark(52, 462, 10.1, 10.1), mark(54, 464, 6.8, 5.3)  # a check box with its tick drawn in it
    small_box, small_tick = mark(52, 500, 5, 5), mark(53, 501, 3, 3)
    bar = mark(689, 499, 11.9, 2.4)  # a chart's piece
    assert drawn_dots([dot, box, tick, small_box, small_tick, bar]) == [dot]
