"""A slide deck's plan: phases named by spans of the plan's own years ('Years 1–2: …') over their works as
noun phrases, a 'Next steps' slide whose dashed items a PDF joined into one paragraph, and the deck's
title on a slide of its own after a slide saying what the slides are for; a cover's name over a line
naming the kind of document, and a kind line naming the subject itself beside a slogan."""
from __future__ import annotations

from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.horizons import read_horizon
from planx.normalise.lists import _split_dash_run
from planx.normalise.title import is_title_like, pick_title


def _para(text: str, page: int, line: int, size: float = 20.0, bold: bool = False) -> Paragraph:
    return Paragraph(text=text, page=page, line=line, heading=False, size=size, bold=bold)


def test_a_span_of_the_plans_years_is_a_period():
    for text in ("Years 1–2", "Years 6-10", "Year 3 to 5", "Years 1–2: Safety and repairs", "Year 4: Growth"):
        h = read_horizon(text)
        assert h is not None and h.kind == "period" and not h.dated, text
    assert read_horizon("Years 1–2: Safety and repairs").text == "Years 1–2: Safety and repairs"
    for text in ("Years of service", "Phase 1: Governance", "Yearly review", "Year 2020: a look back"):
        assert read_horizon(text) is None, text


def test_a_joined_run_of_dashed_items_parts_at_each_dash():
    text = "– Gather views – Agree the priorities – Tender for surveys – Publish the costed plan"
    assert _split_dash_run(text) == ["– Gather views", "– Agree the priorities", "– Tender for surveys",
                                     "– Publish the costed plan"]
    # an item with its who and when parts stays one item's parts (no bare run of items)
    assert _split_dash_run("– Review lighting – Estates Manager – Q3 2026") == \
        ["– Review lighting – Estates Manager – Q3 2026"]
    # no bullet before it: a sentence with dashes, not items
    assert _split_dash_run("Repairs – Windows – Doors – Roof") == ["Repairs – Windows – Doors – Roof"]


def _deck() -> RawDocument:
    blocks = [
        _para("Aims of the Slides", 1, 40, 28.0, True),
        _para("– Set out a shared direction for the centre over the coming decade – Invite early views from "
              "users and neighbours – Agree priorities before costings are made", 1, 120),
        _para("Riverside Community Centre", 2, 200, 40.0, True),
        _para("Our Story", 3, 40, 28.0, True),
        _para("• Built in 1952 by local subscription and run by volunteers ever since", 3, 120),
        _para("Phasing the Next Ten Years", 4, 40, 28.0, True),
        _para("– Years 1–2: Safety and repairs", 4, 100),
        _para("▪ New boiler and radiators", 4, 130),
        _para("▪ Replace the flat roof", 4, 160),
        _para("– Years 3–5: Improvements", 4, 190),
        _para("▪ Refit the kitchen", 4, 220),
        _para("▪ Accessible toilets", 4, 250),
        _para("Next Steps", 5, 40, 28.0, True),
        _para("– Gather views – Agree the priorities – Tender for surveys – Publish the costed plan", 5, 120),
    ]
    return RawDocument(path="centre_ten_year_plan.pdf", name="centre_ten_year_plan.pdf", format="pdf",
                       blocks=blocks, pages=5)


def test_a_decks_phases_and_next_steps_are_its_actions():
    result = normalise(_deck())
    got = [(a.action, a.area, a.timeframe or "") for a in result.actions]
    assert got == [
        ("New boiler and radiators", "Phasing the Next Ten Years", "Years 1–2: Safety and repairs"),
        ("Replace the flat roof", "Phasing the Next Ten Years", "Years 1–2: Safety and repairs"),
        ("Refit the kitchen", "Phasing the Next Ten Years", "Years 3–5: Improvements"),
        ("Accessible toilets", "Phasing the Next Ten Years", "Years 3–5: Improvements"),
        ("Gather views", "Next Steps", ""), ("Agree the priorities", "Next Steps", ""),
        ("Tender for surveys", "Next Steps", ""), ("Publish the costed plan", "Next Steps", ""),
    ]
    # the slide saying what the slides are for is no title: the title slide after it is
    assert result.title == "Riverside Community Centre"


def test_a_section_about_the_paper_itself_is_no_title():
    for text in ("Purpose of the Slides", "Background to this Report", "Summary of this Paper"):
        assert not is_title_like(text), text
    assert is_title_like("Purpose and Values Statement")


def test_a_covers_name_over_the_kind_of_document_makes_the_title():
    paras = [_para("HARBOUR TOWN FIRE RESCUE", 1, 60, 28.0, True),
             _para("Strategic Plan · FY2027 – FY2030", 1, 90, 18.0),
             _para("MISSION", 1, 130, 8.0, True),
             _para("Keep residents and visitors safe with a prompt and professional service.", 1, 140, 10.0),
             _para("VALUES", 1, 170, 8.0, True),
             _para("Care, courage and respect in everything the service does for the town.", 1, 180, 10.0)]
    assert pick_title(paras)[0] == "HARBOUR TOWN FIRE RESCUE Strategic Plan · FY2027 – FY2030"


def test_a_kind_line_naming_the_subject_beside_a_slogan_is_the_title():
    paras = [_para("Draft Riverton Climate Plan", 1, 70, 20.0, True),
             _para("Riverton 2040", 1, 170, 48.0, True),
             _para("and Onwards", 1, 230, 48.0, True),
             _para("Autumn 2025", 1, 470, 27.0, True),
             *[_para("The town council asked the group to set out how the town could cut its emissions.", 2, n, 11.0)
               for n in range(100, 400, 20)]]
    assert pick_title(paras)[0] == "Draft Riverton Climate Plan"
    # a kind line naming no subject of its own joins the name on the cover
    paras[0] = _para("Consultation Paper", 1, 300, 20.0, True)
    assert "Consultation Paper" in pick_title(paras)[0]
