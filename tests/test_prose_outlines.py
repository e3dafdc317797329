"""Plans written as outlines of headings and labelled lines, not grids (branch rprose).

- A sustainability plan built as objectives → strategies → actions, each level a Word heading with
  its number ('Objective 1: …', 'Strategy 1.1: …', 'Action 1.1.1: …') and the actions' 'Lead:' and
  'Timeframe:' lines: the action's three-level number is its reference, not part of its text, and a
  strategy's heading (bold, labelled, with its title on the line) is the area of the actions under
  it, never a label waiting for the paragraph below as its value.
- A food-system plan of numbered strategies, each a bold 'Strategy N: title' line over a paragraph
  of context and its 'Lead agency:', 'Partners:', 'Timeline:' lines: the paragraph is the
  strategy's description (kept aside), no part of its title.

Synthetic documents of the shapes of real city plans (a sustainability plan that gave no actions,
a food system plan scored 0.7); main at 45d0e4d gave '1: Complete energy audits …' as the action
and 'Improve municipal buildings: The town will lead …' as its area, and ran each strategy's
description into its title.
"""
from __future__ import annotations

from pathlib import Path

import docx

import planx

_CONTEXT = "The town will lead by example and support others to follow, working with local partners and funders."


def _sustainability_plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Greenfield Sustainability Plan 2020-2025", 0)
    d.add_heading("Introduction", 1)
    d.add_paragraph("This plan sets out how the town will become more sustainable, as objectives, strategies "
                    "and actions agreed with residents.")
    plan = [("Objective 1: Reduce energy use in buildings",
             [("Strategy 1.1: Improve municipal buildings",
               [("Action 1.1.1: Complete energy audits of all town buildings", "Facilities", "2021"),
                ("Action 1.1.2: Retrofit the town hall lighting", "Facilities", "2022")]),
              ("Strategy 1.2: Support homeowners",
               [("Action 1.2.1: Offer free home energy assessments", "Sustainability Office", "2021-2023")])]),
            ("Objective 2: Cut waste",
             [("Strategy 2.1: Expand composting",
               [("Action 2.1.1: Launch curbside food waste collection", "Public Works", "2022")])])]
    for objective, strategies in plan:
        d.add_heading(objective, 1)
        d.add_paragraph("Buildings and waste are the largest sources of emissions in the town, and residents "
                        "asked for visible action on both.")
        for strategy, actions in strategies:
            d.add_heading(strategy, 2)
            d.add_paragraph(_CONTEXT)
            for action, lead, when in actions:
                d.add_heading(action, 3)
                d.add_paragraph(f"Lead: {lead}")
                d.add_paragraph(f"Timeframe: {when}")
    d.save(str(path))
    return path


def _food_plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Riverside Food System Plan", 0)
    d.add_paragraph("The food system plan sets out strategies to make healthy food available to everyone in "
                    "the county. Each strategy names a lead agency and partners.")
    strategies = [("Increase access to healthy food in low-income neighborhoods", "Health Department", "2019-2021"),
                  ("Support new urban farms on vacant land", "Planning Department", "2020"),
                  ("Expand SNAP acceptance at farmers markets", "Social Services", "2019")]
    for n, (title, lead, when) in enumerate(strategies, 1):
        d.add_paragraph().add_run(f"Strategy {n}: {title}").bold = True
        d.add_paragraph("Many residents live more than a mile from a full-service grocery store, and rates of "
                        "diet-related disease are highest in these areas.")
        d.add_paragraph(f"Lead agency: {lead}")
        d.add_paragraph("Partners: Food Bank; Farmers Market Association")
        d.add_paragraph(f"Timeline: {when}")
    d.save(str(path))
    return path


def test_actions_numbered_in_three_levels_under_strategies_under_objectives(tmp_path):
    result = planx.convert_file(str(_sustainability_plan(tmp_path / "sustainability_plan.docx")))
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [
        ("1", "Improve municipal buildings", "Complete energy audits of all town buildings", "Facilities", "2021"),
        ("1", "Improve municipal buildings", "Retrofit the town hall lighting", "Facilities", "2022"),
        ("1", "Support homeowners", "Offer free home energy assessments", "Sustainability Office", "2021-2023"),
        ("2", "Expand composting", "Launch curbside food waste collection", "Public Works", "2022")]


def test_a_strategys_description_under_its_bold_title_is_no_part_of_the_title(tmp_path):
    result = planx.convert_file(str(_food_plan(tmp_path / "food_system_plan.docx")))
    got = [(a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [("Increase access to healthy food in low-income neighborhoods", "Health Department", "2019-2021"),
                   ("Support new urban farms on vacant land", "Planning Department", "2020"),
                   ("Expand SNAP acceptance at farmers markets", "Social Services", "2019")]
    # the description is kept, not lost
    assert sum("full-service grocery store" in left.text for left in result.leftovers) == 3


def _energy_plan(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Table, TableStyle
    ss = getSampleStyleSheet()
    story = [Paragraph("City of Riverton Energy Action Plan", ss["Title"]),
             Paragraph("Introduction", ss["Heading1"]),
             Paragraph("The plan sets out six actions the City will take over the next five years to reduce energy "
                       "use and emissions across the community.", ss["BodyText"])]
    for n, title in enumerate(ENERGY_ACTIONS, 1):
        story.append(Paragraph(f"ACTION {n}: {title}", ss["Heading2"]))
        story.append(Paragraph("Large buildings account for most of the energy used in the city. This action builds on "
                               "the last plan and the advice of the energy task force, with the utility and partners.",
                               ss["BodyText"]))
        story.append(Paragraph("Strategies", ss["Heading3"]))
        story.append(ListFlowable([ListItem(Paragraph(s, ss["BodyText"])) for s in
                                   ("Develop an ordinance with stakeholders", "Provide training for building owners",
                                    "Publish the results each year")], bulletType="bullet"))
        table = Table([["Metric", "Baseline", "Target 2020"], ["Energy use (MMBtu)", "1,200,000", "1,000,000"],
                       ["Participants", "0", "500"]])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story.append(table)
    SimpleDocTemplate(str(path), pagesize=letter).build(story)
    return path


ENERGY_ACTIONS = ("Benchmark and disclose energy use in large buildings", "Weatherize 5,000 homes by 2020",
                  "Install solar on all suitable municipal roofs", "Convert all streetlights to LED",
                  "Create a green business challenge", "Adopt a stretch energy code")


def test_action_headings_over_strategy_lists_and_metric_tables_are_the_actions(tmp_path):
    """A city energy plan's 'ACTION n: …' headings, each over a paragraph, a 'Strategies' list and a
    table of metrics (no labelled lines): the six headings are the actions, the lists their parts
    (main at 45d0e4d: none, the 'Strategies' lists made the headings read as themes)."""
    result = planx.convert_file(str(_energy_plan(tmp_path / "energy_action_plan.pdf")))
    assert [a.action for a in result.actions] == list(ENERGY_ACTIONS)
    assert [a.due_date for a in result.actions][:2] == ["", "2020"]  # 'by 2020' in the title
    assert not [a for a in result.actions if a.action.startswith(("Develop an ordinance", "Publish the results"))]


def test_word_heading_levels_rank_the_themes_over_their_numbered_titles(tmp_path):
    """A council digital strategy in Word: 'Theme 1: Digital services' (Heading 1) over '1.1 Redesign
    the council website …' (Heading 2), each over prose that sets its deadline. Word's heading levels
    are ranks as Markdown's '#' are, so the theme is the actions' area, its number their area_ref
    (main at 45d0e4d ranked every Word heading 0: no area)."""
    d = docx.Document()
    d.add_heading("Digital Strategy 2024-2027", 0)
    d.add_paragraph("This strategy sets out how the council will use digital to improve services for residents.")
    themes = [("Theme 1: Digital services", ("1.1 Redesign the council website around residents' tasks",
                                             "1.2 Move council tax services online")),
              ("Theme 2: Data", ("2.1 Appoint a chief data officer", "2.2 Publish an open data portal"))]
    for theme, titles in themes:
        d.add_heading(theme, 1)
        for title in titles:
            d.add_heading(title, 2)
            d.add_paragraph("Residents told us they want to do more online, at a time that suits them. We will work "
                            "with service teams over the next two years to deliver this by March 2026.")
    path = tmp_path / "digital_strategy.docx"
    d.save(str(path))
    result = planx.convert_file(str(path))
    got = [(a.area_ref, a.area, a.action, a.due_date) for a in result.actions]
    assert got == [("1", "Digital services", "Redesign the council website around residents' tasks", "2026-03"),
                   ("1", "Digital services", "Move council tax services online", "2026-03"),
                   ("2", "Data", "Appoint a chief data officer", "2026-03"),
                   ("2", "Data", "Publish an open data portal", "2026-03")]


def test_word_heading_ranks_follow_their_styles(tmp_path):
    from planx.extract.docx import parse_docx
    d = docx.Document()
    d.add_heading("Plan title", 0)
    d.add_heading("Theme", 1)
    d.add_heading("Action", 2)
    d.add_paragraph("Body text")
    path = tmp_path / "ranks.docx"
    d.save(str(path))
    raw = parse_docx(path)
    assert [(b.text, b.heading, b.rank) for b in raw.blocks] == [
        ("Plan title", True, 0), ("Theme", True, 1), ("Action", True, 2), ("Body text", False, 0)]
