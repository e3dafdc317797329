"""Corporate plans written as an outline: an objective as a heading, its outcome measures as bullets
under 'Outcome measures' / 'Key indicators', its actions as bullets under 'What we will do in
2026/27', each action with its lead and date inline ('… - Director of Place - w/c 4 January', or
'(Lead: Director of Place; by w/c 4 January)'). The objective is each action's area; the measures
are no actions; a month without a year falls in the financial year the plan states. The shape
must read the same in every rendering: Markdown, plain text, a PDF whose bullets are drawn in a
larger type than their items, and a Word document printed to PDF (Symbol-font bullets)."""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.extract.model import Paragraph, RawDocument
from planx.normalise.lists import dashed_fields, read_labels

OBJECTIVES = [
    ("Safe and strong communities",
     ["Residents feel safe in their area after dark", "Fewer repeat victims of antisocial behaviour"],
     [("Extend CCTV coverage in the three night-time economy areas", "Director of Place", "w/c 4 January",
       "2027-01-04"),
      ("Fund a community safety partnership hub", "Head of Community Safety", "October 2026", "2026-10")]),
    ("A greener borough",
     ["Council carbon emissions reduced by 40% from 2019", "Recycling rate above 50%"],
     [("Install 200 new public electric vehicle charge points", "Director of Resources", "end Q4 2026/27",
       "2027-03"),
      ("Retrofit ten council buildings with heat pumps", "Chief Executive", "w/c 13 October", "2026-10-13")]),
]


def _expected() -> list[tuple[str, str, str, str, str, str]]:
    return [(str(n), area, action, lead, due, iso)
            for n, (area, _, actions) in enumerate(OBJECTIVES, 1) for action, lead, due, iso in actions]


def _got(result) -> list[tuple[str, str, str, str, str, str]]:
    return [(a.area_ref, a.area, a.action, a.lead, a.due_raw, a.due_date) for a in result.actions]


@pytest.mark.parametrize("text, fields", [
    ("Extend CCTV coverage in the night-time economy areas - Director of Place - w/c 4 January",
     {"action": "Extend CCTV coverage in the night-time economy areas", "lead": "Director of Place",
      "due": "w/c 4 January"}),
    ("Fund a community safety partnership hub – Head of Climate Action – End of Q4 2027/28",
     {"action": "Fund a community safety partnership hub", "lead": "Head of Climate Action",
      "due": "End of Q4 2027/28"}),
    # by when first, then who
    ("Publish the carers' strategy - March 2027 - Adult Social Care Commissioning Team",
     {"action": "Publish the carers' strategy", "lead": "Adult Social Care Commissioning Team", "due": "March 2027"}),
    # a dash inside the action stays in it
    ("Review the policy - and its guidance - with schools - SEND Manager - Summer 2026",
     {"action": "Review the policy - and its guidance - with schools", "lead": "SEND Manager",
      "due": "Summer 2026"}),
])
def test_who_and_when_after_dashes_are_the_lead_and_the_due(text, fields):
    assert dashed_fields(text) == fields


@pytest.mark.parametrize("text", [
    "Improving outcomes - a review of the year - 2024",  # no one named: a subtitle
    "Waiting times - down from 31 weeks - to 22 weeks",  # no date, no one
    "Family hubs - Head of Early Help - 2025",  # too short to be an action
    "Expand the apprenticeship programme - Skills Team",  # one dash: punctuation
    "Our ambition - for every child to thrive - by 2030",  # a clause, no one who leads
])
def test_other_dashed_items_give_no_fields(text):
    assert dashed_fields(text) == {}


@pytest.mark.parametrize("item, lead, due", [
    ("Retrofit ten council buildings (Lead: Director of Public Health; by w/c 4 January)",
     "Director of Public Health", "w/c 4 January"),
    ("Commission a new carers' support service (Lead: Director of Communities; by End of Q4 2027/28)",
     "Director of Communities", "End of Q4 2027/28"),
    ("Move customer transactions online (Lead: Director of Resources; by July 2026)",
     "Director of Resources", "July 2026"),
])
def test_a_date_after_by_inside_the_lead_label_is_the_due_as_printed(item, lead, due):
    _, values, _ = read_labels(item)
    assert (values.get("lead"), values.get("due")) == (lead, due)


def _markdown() -> str:
    out = ["# Hartleigh Council Corporate Plan 2026-2030: Delivery Plan Year 1", "",
           "The delivery plan turns the objectives of the Council Plan into the actions we will take this year.", ""]
    for n, (area, measures, actions) in enumerate(OBJECTIVES, 1):
        out += [f"## {n}. {area}", "", "### Key indicators", ""] + [f"- {m}" for m in measures] + \
            ["", "### What we will do in 2026/27", ""] + \
            [f"- {a} - {lead} - {due}" for a, lead, due, _ in actions] + [""]
    return "\n".join(out)


def _text() -> str:
    out = ["Hartleigh Council Corporate Plan 2026-2030: Delivery Plan Year 1",
           "The delivery plan turns the objectives of the Council Plan into the actions we will take this year.", ""]
    for n, (area, measures, actions) in enumerate(OBJECTIVES, 1):
        out += [f"Objective {n}: {area}", "Outcome measures"] + [f"• {m}" for m in measures] + \
            ["What we will do in 2026/27"] + [f"• {a} - {lead} - {due}" for a, lead, due, _ in actions]
    return "\n".join(out) + "\n"


def test_a_markdown_outline_gives_its_actions_under_their_objectives(tmp_path: Path):
    """'### Key indicators' under '## 1. Safe and strong communities' names the list below it: the
    objective stays the area (it was the area before, so every action had 'Key indicators' for its
    area), and the measures are no actions."""
    path = tmp_path / "corporate_plan.md"
    path.write_text(_markdown(), encoding="utf-8")
    assert _got(planx.convert_file(str(path))) == _expected()


def test_a_text_outline_gives_its_actions_under_their_objectives(tmp_path: Path):
    path = tmp_path / "corporate_plan.txt"
    path.write_text(_text(), encoding="utf-8")
    result = planx.convert_file(str(path))
    assert _got(result) == _expected()
    # the day-less month is read in the financial year the heading over the actions states
    assert any("financial year 2026/27" in w for w in result.warnings)


def test_a_month_without_a_year_falls_in_the_financial_year_the_title_states(tmp_path: Path):
    """'Action Programme 2026/27': January to March are 2027's, April to December 2026's."""
    path = tmp_path / "programme.md"
    path.write_text("# Wexcombe Council: Corporate Plan Action Programme 2026/27\n\n"
                    "## Priority 1 - A greener borough\n\n### Key actions this year\n\n"
                    "- Retrofit ten council buildings with heat pumps "
                    "(Lead: Director of Public Health; by w/c 4 January)\n"
                    "- Install 200 new public electric vehicle charge points (Lead: Director of Place; by 14 October)\n"
                    "- Plant 30,000 trees through the community woodland scheme (Lead: Chief Executive; by March)\n",
                    encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [(a.due_raw, a.due_date) for a in result.actions] == [
        ("w/c 4 January", "2027-01-04"), ("14 October", "2026-10-14"), ("March", "2027-03")]


def test_a_plan_for_several_years_reads_a_month_without_a_year_in_its_first_year(tmp_path: Path):
    """'Corporate Plan 2026-2030: Delivery Plan Year 1' with no pair of years printed: 'w/c 14 January'
    is January 2027 and 'w/c 12 October' October 2026 (before, both fell in 2030, the span's end)."""
    path = tmp_path / "delivery.md"
    path.write_text("# Brynhaven Council Corporate Plan 2026-2030: Delivery Plan Year 1\n\n"
                    "## 1. A greener borough\n\n### Key actions this year\n\n"
                    "- Retrofit ten council buildings with heat pumps. Lead: Head of Climate Action. "
                    "Timescale: w/c 14 January.\n"
                    "- Plant 30,000 trees through the community woodland scheme. Lead: Director of Place. "
                    "Timescale: w/c 12 October.\n", encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [a.due_date for a in result.actions] == ["2027-01-14", "2026-10-12"]


def test_a_plan_dated_by_its_month_reads_day_less_dates_in_that_year(tmp_path: Path):
    """The control: a tracker dated 'August 2015' for a 2014-15 plan reads '30th June' as June 2015,
    the plan's year, not in the financial year 2014/15."""
    path = tmp_path / "tracker.md"
    path.write_text("# Northmoor Improvement Plan 2014-15: Progress Tracker (August 2015)\n\n## Priority 2: Courts\n\n"
                    "- Refresh the PLO tracker. Lead: Dawn Okafor. Timescale: 30th June.\n"
                    "- Audit the legal planning meeting minutes. Lead: Usha Patel. Timescale: 30th September.\n",
                    encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [a.due_date for a in result.actions] == ["2015-06-30", "2015-09-30"]


def test_a_school_plan_still_reads_months_in_the_academic_year(tmp_path: Path):
    """The control: a school's plan for 2026/27 counts September to August, not April to March."""
    path = tmp_path / "school.md"
    path.write_text("# Oakfield Primary School Development Plan 2026/27\n\n## Priority 1: Reading\n\n"
                    "- Train all staff in phonics. Lead: English Lead. Timescale: June.\n"
                    "- Audit the reading books in every class. Lead: Deputy Head. Timescale: October.\n",
                    encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [a.due_date for a in result.actions] == ["2027-06", "2026-10"]


def _pdf(path: Path) -> None:
    """Bullets drawn in a larger type (12 pt) than the items beside them (9 pt), as report writers
    draw a symbol font's bullet: the bullet's box reaches below the item's line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0
    c.setFont("Helvetica-Bold", 15)
    c.drawString(45, y, "Hartleigh Council Corporate Plan 2026-2030: Delivery Plan Year 1")
    y -= 30
    for n, (area, measures, actions) in enumerate(OBJECTIVES, 1):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(45, y, f"Objective {n}: {area}")
        y -= 18
        listed = [f"{a} - {lead} - {due}" for a, lead, due, _ in actions]
        for heading, items in (("Outcome measures", measures), ("What we will do in 2026/27", listed)):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(45, y, heading)
            y -= 14
            for item in items:
                c.setFont("Helvetica", 12)
                c.drawString(45, y - 1.5, "\u2022")
                c.setFont("Helvetica", 9)
                c.drawString(57, y, item)
                y -= 11
            y -= 6
    c.save()


def test_a_pdf_whose_bullets_are_larger_than_their_items_gives_its_actions(tmp_path: Path):
    """A bullet in larger type beside its item is no title with a note beside it: the line stays
    one item (before, the bullet and the item were split into two lines, and no list was seen)."""
    pytest.importorskip("reportlab")
    path = tmp_path / "corporate_plan.pdf"
    _pdf(path)
    assert _got(planx.convert_file(str(path))) == _expected()


def test_a_heading_over_symbol_font_bullets_is_no_label_over_a_value():
    """Word printed to PDF keeps its Symbol-font bullets as private-use characters ('\\uf0b7'): the
    bold heading over such an item heads a list, it is no form's label waiting for its value (it was
    joined to the first item, which was lost to the list reader)."""
    from planx.normalise import normalise
    raw = RawDocument(path="plan.pdf", name="plan.pdf", format="pdf")
    lines: list[tuple[str, bool]] = [("Brynhaven County Council Corporate Plan 2026-2030", True)]
    for n, (area, measures, actions) in enumerate(OBJECTIVES, 1):
        lines += [(f"{n}. {area}", True), ("How we will measure success", True)] + \
            [(f"\uf0b7 {m}", False) for m in measures] + [("What we will do in 2026/27", True)] + \
            [(f"\uf0b7 {a}. Lead: {lead}. Timescale: {due}.", False) for a, lead, due, _ in actions]
    raw.blocks = [Paragraph(text=t, page=1, line=i, heading=h, bold=h) for i, (t, h) in enumerate(lines, 1)]
    result = normalise(raw)
    assert [(a.area, a.action, a.lead, a.due_raw) for a in result.actions] == \
        [(area, action, lead, due) for _, area, action, lead, due, _ in _expected()]


def test_a_line_closing_the_items_bracket_goes_on_with_the_item():
    """A scan set '2027)' on a line of its own under '… (Lead: Director of Resources; by November', and
    read it as bold: it closes the bracket the item opened, so it is the item's text going on (no
    heading, no stray line), and the due is November 2027."""
    from planx.normalise import normalise
    raw = RawDocument(path="scan.pdf", name="scan.pdf", format="pdf")
    lines = [("Wexcombe Council Corporate Plan 2026-2030", True, False),
             ("Priority 4 - A greener borough", True, False), ("Key actions this year", True, False),
             ("• Install 200 new public electric vehicle charge points (Lead: Director of Resources; by November",
              False, False),
             ("2027)", False, True),
             ("• Plant 30,000 trees through the community woodland scheme (Lead: Chief Executive; by September 2026)",
              False, False)]
    raw.blocks = [Paragraph(text=t, page=1, line=i, heading=h, bold=b) for i, (t, h, b) in enumerate(lines, 1)]
    result = normalise(raw)
    assert [(a.action, a.lead, a.due_raw, a.due_date) for a in result.actions] == [
        ("Install 200 new public electric vehicle charge points", "Director of Resources", "November 2027", "2027-11"),
        ("Plant 30,000 trees through the community woodland scheme", "Chief Executive", "September 2026", "2026-09")]
