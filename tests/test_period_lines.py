"""Milestones set out as lines under bold period headings ('Q1 April - June 2025') and workstream headings,
a one-column table a text layer gives as paragraphs, with what guidance asks of each body before it
('Councils are asked to: ● … ● …'): normalise/periodlines.py, on synthetic paragraphs of that shape."""
from __future__ import annotations

from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.periodlines import period_heading, read_period_lines

B, P = True, False
LINES = [
    (P, "Library Transformation Guidance 2025-26"),
    (P, "This guidance explains how councils should plan the change of their library services."),
    (B, "Delivery arrangements:"),
    (P, "Regional teams are asked to: ● Set up a regional library board with a named senior lead "
        "● Share what works with other regions every quarter"),
    (P, "Councils are asked to: ● set up a delivery group that sees all library data ● name a lead for "
        "digital services in each council"),
    (B, "Key milestones - expected timelines:"),
    (B, "Q1 April - June 2025"),
    (B, "Governance"),
    (P, "Regional library board established."),
    (B, "Digital services"),
    (P, "All councils to have a plan for e-book lending in place."),
    (P, "Each council completes a review of its opening hours."),
    (P, "To include as a minimum:"),
    (P, "Branch libraries."),
    (P, "Mobile services."),
    (B, "Q2 July - September 2025"),
    (B, "Digital services"),
    (P, "Online booking for study rooms commenced in all branches."),
    (P, "3"),
    (P, "Self-service kiosks piloted in some branches (note some areas already have them)."),
    (B, "Q3 October 2025 - December 2025"),
    (B, "Buildings"),
    (P, "Condition surveys of all branches completed and reported to the board."),
]


def _raw() -> RawDocument:
    blocks = [Paragraph(t, page=1 + i // 8, line=10 * i, bold=b) for i, (b, t) in enumerate(LINES)]
    return RawDocument("guide.pdf", "guide.pdf", "pdf", blocks, pages=3)


def test_period_heading() -> None:
    assert period_heading("Q1 April - June 2025") == "April - June 2025"
    assert period_heading("Q4 January 2026 - March 2026") == "January 2026 - March 2026"
    assert period_heading("Governance") == ""
    assert period_heading("Release 2 in June 2025") == ""


def test_milestones_under_periods_and_asked_actions() -> None:
    reading = read_period_lines(_raw())
    assert reading is not None
    asked = [a for a in reading.actions if "timeframe" not in a.context]
    dated = [a for a in reading.actions if "timeframe" in a.context]
    assert [a.fields["lead"] for a in asked] == ["Regional teams"] * 2 + ["Councils"] * 2
    assert {a.context["area"] for a in asked} == {"Delivery arrangements"}
    assert [a.fields["action"] for a in dated][:2] == ["Regional library board established.",
                                                        "All councils to have a plan for e-book lending in place."]
    assert len(dated) == 6  # the page number is no milestone
    assert [a.context.get("area") for a in dated] == ["Governance", "Digital services", "Digital services",
                                                      "Digital services", "Digital services", "Buildings"]
    review = dated[2]
    assert review.aside == ["To include as a minimum:", "Branch libraries.", "Mobile services."]


def test_end_to_end_guidance_timeline_stands() -> None:
    result = normalise(_raw())
    by = {a.action: a for a in result.actions}
    assert by["Regional library board established."].due_date == "2025-06"
    assert by["Regional library board established."].timeframe == "Q1 April - June 2025"
    assert by["Condition surveys of all branches completed and reported to the board."].due_date == "2025-12"
    assert by["name a lead for digital services in each council"].lead == "Councils"
    assert not any("Branch libraries" in a.action for a in result.actions)


def test_one_period_is_no_timeline() -> None:
    blocks = [Paragraph(t, page=1, line=10 * i, bold=b) for i, (b, t) in enumerate(LINES[:15])]
    assert read_period_lines(RawDocument("g.pdf", "g.pdf", "pdf", blocks)) is None


def test_ranked_headings_and_ungrouped_lines_are_left_to_other_readers() -> None:
    ranked = [Paragraph(t, page=1, line=10 * i, bold=b, heading=b, rank=2 if b else 0)
              for i, (b, t) in enumerate(LINES)]
    assert read_period_lines(RawDocument("g.md", "g.md", "markdown", ranked)) is None
    ungrouped = [Paragraph(t, page=1, line=10 * i, bold=b) for i, (b, t) in enumerate(LINES)
                 if t not in ("Governance", "Digital services", "Buildings")]
    assert read_period_lines(RawDocument("g.pdf", "g.pdf", "pdf", ungrouped)) is None
