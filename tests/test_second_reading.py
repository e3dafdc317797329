"""A second, freer reading of a document in which the first found no plan (normalise/__init__.py,
normalise/commitments.SECOND_READING), and the headings that name a plan's lists.

The shapes are those of real plans the first reading missed:
- a town sustainability plan (designed PDF): each theme a styled heading, under it bold sub-headings
  'Where we want to get to' (prose) and 'What we can do' (bullets), and a 3 × 3 grid of the
  framework's principles early on, which made the lists look like narrative around a plan table;
- a small organisation's accessibility plan: 'What we're doing now' / '… working on doing' / '… would
  like to do' over items named by nouns ('Accessible PDFs.', 'Access riders.');
- a government page titled 'Summary of headline actions': theme headings over lists that mix verbs
  ('Conclude delivery of …') with deliverables named by nouns ('A new 5G strategy').
And the documents that must stay no plan: a progress report of the same shape (its items report
deeds), a plan whose lists a first reading already reads (nothing changes), an 'Action plan' title
(names the plan, not its items)."""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.normalise.commitments import SECOND_READING, read_commitments
from planx.normalise.lists import units_of
from tests.conftest import convert_text


def _docx(path: Path, title: str, principles: list[list[str]], themes: dict[str, tuple[str, list[str]]]) -> Path:
    """A plan as a Word file: a title, a grid of principles, then per theme a Heading 2, a bold
    'Where we want to get to' with a paragraph, and a bold 'What we can do' over bulleted items."""
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("This plan sets out how the town can become sustainable by 2030.")
    table = doc.add_table(rows=len(principles), cols=len(principles[0]))
    for r, row in enumerate(principles):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for theme, (aim, items) in themes.items():
        doc.add_heading(theme, level=2)
        doc.add_paragraph().add_run("Where we want to get to").bold = True
        doc.add_paragraph(aim)
        doc.add_paragraph().add_run("What we can do").bold = True
        for item in items:
            doc.add_paragraph(item, style="List Bullet")
    doc.save(path)
    return path


PRINCIPLES = [["Principle", "Goal", "Objectives"],
              ["Health and Happiness", "Active, social, meaningful lives", "1 - 9"],
              ["Zero Waste", "Reduce waste, reuse and recycle", "1, 2, 3"]]
THEMES = {
    "Health and Happiness": ("We want a town where it is easy to keep healthy at all ages.", [
        "Encourage active travel such as walking and cycling to school.",
        "Invest in community projects that bring people together.",
        "Ensure ready access to shared community buildings for all groups."]),
    "Zero Waste": ("We want to reduce waste and reuse wherever possible.", [
        "Promote kerbside collection of food waste across the town.",
        "Work with businesses to remove surplus packaging.",
        "Support repair cafes and reuse schemes in every ward."]),
}


def test_a_grid_of_principles_does_not_hide_the_bulleted_plan(tmp_path: Path):
    result = planx.convert_file(str(_docx(tmp_path / "plan.docx", "Town Sustainability Plan", PRINCIPLES, THEMES)))
    assert [a.action for a in result.actions] == [i for _, items in THEMES.values() for i in items]
    # the bold sub-heading inside a styled theme heading leaves the theme as the area
    assert [a.area for a in result.actions] == ["Health and Happiness"] * 3 + ["Zero Waste"] * 3
    assert any("first reading found no plan" in w for w in result.warnings)
    assert result.status == "partial"


def test_the_grid_still_silences_the_lists_of_a_document_that_is_no_plan(tmp_path: Path):
    # the same shape under a report's title: its lists stay narrative, nothing is read
    path = _docx(tmp_path / "report.docx", "Annual Sustainability Report", PRINCIPLES, THEMES)
    result = planx.convert_file(str(path))
    assert result.actions == []
    assert result.status == "failed"


ACCESS = """# Our Accessibility Plan

Everyone requires access. We will facilitate inclusion by implementing several strategies.

## What We're Doing Now
- Real-time access via Zoom for education and training.
- Accessible PDFs.
- Sliding scale pricing.

## What We're Working On Doing
- Reasonable rescheduling.
- Better accessibility for our mobile-responsive website.
- Accessible business cards with Braille.

## What We'd Like To Do
- Pronunciation guide and vocabulary definitions.
- Access riders.
- Spanish interpretation for live videos.
"""


def test_items_named_by_nouns_under_headings_naming_them_as_things_to_do(tmp_path: Path):
    result = convert_text(tmp_path, "access.md", ACCESS)
    assert len(result.actions) == 9
    assert result.actions[1].action == "Accessible PDFs."
    assert result.actions[4].action == "Better accessibility for our mobile-responsive website."
    assert {a.area for a in result.actions} == {"What We're Doing Now", "What We're Working On Doing",
                                               "What We'd Like To Do"}


def test_a_first_reading_does_not_take_items_named_by_nouns(tmp_path: Path):
    # the same lists read once, without the second reading's licence: too few items read as actions
    path = tmp_path / "access.md"
    path.write_text(ACCESS, encoding="utf-8")
    from planx.extract import extract
    raw = extract(path)
    assert read_commitments(raw, units_of(raw)) is None
    token = SECOND_READING.set(True)
    try:
        again = read_commitments(raw, units_of(raw))
    finally:
        SECOND_READING.reset(token)
    assert again is not None and len(again.actions) == 9 and again.trusted


def test_a_report_of_the_same_shape_stays_no_plan(tmp_path: Path):
    report = ACCESS.replace("# Our Accessibility Plan", "# Accessibility progress report")
    result = convert_text(tmp_path, "report.md", report)
    assert result.actions == []


HEADLINES = """# Summary of headline actions

## Investment
* Conclude delivery of our superfast broadband programme
* Complete procurement for the rural broadband programme
* New 4G masts in remote rural areas and a new 5G strategy
* Over £3 billion to deliver at least 50,000 affordable homes

## Enterprise
* A single, online point of entry for business support
* Provide significant funding each year to the enterprise agencies
* The national investment bank to be operational in 2020
* We now have a network of offices in 30 locations in 19 countries
"""


def test_a_title_naming_its_lists_as_actions_names_every_list(tmp_path: Path):
    result = convert_text(tmp_path, "headlines.md", HEADLINES)
    actions = [a.action for a in result.actions]
    assert "New 4G masts in remote rural areas and a new 5G strategy" in actions
    assert "A single, online point of entry for business support" in actions
    # a sentence reporting what is already so is no action, whatever the title says
    assert not any(a.startswith("We now have") for a in actions)
    assert [a.area for a in result.actions].count("Enterprise") == 3


def test_an_action_plan_title_names_the_plan_not_its_items(tmp_path: Path):
    # 'Action plan' is no list of actions: the noun items stay unread on a first reading
    text = HEADLINES.replace("# Summary of headline actions", "# Economic action plan")
    result = convert_text(tmp_path, "plan.md", text)
    assert "A single, online point of entry for business support" not in [a.action for a in result.actions]


def test_sibling_headings_naming_their_lists_are_each_an_area_in_plain_text(tmp_path: Path):
    # plain text gives no ranks: 'What We're Working On Doing' after 'What We're Doing Now' is its
    # sibling, not a sub-heading inside it (a heading naming its own list as actions is no theme)
    text = ACCESS.replace("## ", "").replace("# ", "").replace("- ", "• ")
    result = convert_text(tmp_path, "access.txt", text)
    assert [a.area for a in result.actions] == ["What We're Doing Now"] * 3 + \
        ["What We're Working On Doing"] * 3 + ["What We'd Like To Do"] * 3


def test_a_programme_title_gives_no_licence_for_the_second_reading(tmp_path: Path):
    # 'Programme' also names a programme's specifications and guides: only plain plan words ('plan',
    # 'strategy', 'roadmap', 'actions') let items named by nouns stand
    text = ACCESS.replace("# Our Accessibility Plan", "# UK Location Programme")
    assert convert_text(tmp_path, "spec.md", text).actions == []
