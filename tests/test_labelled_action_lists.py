"""A plan that labels its lists of actions ('Actions' under each priority, 'What we will do' under each
theme) says by that label which lists are its actions: its other lists, with no such label and no date
or lead, are its role statements, measures and policies (normalise/commitments._set_aside_unlabelled).
The shape is that of a real corporate plan (the Digital Transformation Agency's Corporate plan 2017–20,
/work/devsets/rprec/dta_plan-2017-20.md): 'We will inspire' / • Set the vision …, an 'Actions' list
and a 'How we measure success' list under each priority, and 'We will maintain …' risk and compliance
lists. A plan whose only actions are 'We will' lists, with no list labelled so, keeps them."""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.normalise.commitments import labels_actions

CORPORATE = """# Corporate plan 2024–27

## Our role

### We will inspire
- Set the vision and strategy for digital services across the council.
- Identify and demonstrate opportunities for digital transformation.
- Promote better practice across all council services.

### We will assure
- Establish a programme office which oversees all significant investment.
- Monitor and implement the service standard across the council.
- Create and implement a benefits realisation framework.

## Strategic priorities

### Priority 1 – set the digital vision

#### Actions
- Develop a council-wide digital strategy and transformation roadmap.
- Work with services to develop a channel strategy for residents.
- Develop operating and funding models for shared platforms.

#### How we measure success
- Deliver digital strategies that support the transformation agenda.
- Develop shared platforms that are used across the council.

### Priority 2 – build capability

#### Actions
- Invest in our people and build organisational capability in design.
- Develop digital leadership capabilities across the council.
- Continually improve the governance and accountability framework.

## Managing risk

### Practice
- We will maintain a corporate risk register.
- We will regularly train staff in risk management.
- We will undertake periodic reviews of key risk areas.
"""

ACTIONS = [
    "Develop a council-wide digital strategy and transformation roadmap.",
    "Work with services to develop a channel strategy for residents.",
    "Develop operating and funding models for shared platforms.",
    "Invest in our people and build organisational capability in design.",
    "Develop digital leadership capabilities across the council.",
    "Continually improve the governance and accountability framework.",
]


def _md(tmp_path: Path, text: str, name: str = "corporate-plan.md") -> planx.Result:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


def test_lists_labelled_actions_are_the_plans_actions_and_the_other_lists_are_not(tmp_path: Path):
    result = _md(tmp_path, CORPORATE)
    assert [a.action for a in result.actions] == ACTIONS
    assert any("set aside as no actions" in w and "labels 2 lists as its actions" in w for w in result.warnings)
    leftovers = " ".join(x.text for x in result.leftovers)  # nothing lost: the set-aside lists stay
    assert "We will maintain a corporate risk register." in leftovers
    assert "Set the vision and strategy for digital services across the council." in leftovers


# the same plan where the source gives its headings no Markdown style (a site template's include, as the
# real plan's '{% include hx.html lvl=5 text="Actions" %}'): the lists are read here, not by the prose
# reader, and the labelled ones still decide
TEMPLATED = "\n".join(
    f'{{% include hx.html text="{line.lstrip("#").strip()}" %}}' if line.startswith("##") else line
    for line in CORPORATE.splitlines())


def test_the_label_decides_among_lists_read_by_what_their_items_say(tmp_path: Path):
    result = _md(tmp_path, TEMPLATED)
    assert [a.action for a in result.actions] == ACTIONS
    assert any("4 other list(s) (11 items) set aside as no actions" in w for w in result.warnings)


# one list labelled so is no template: the plan's 'We will' lists stand beside it
ONE_LABEL = CORPORATE.split("### Priority 2")[0] + CORPORATE.split("## Managing risk")[1].join(["## Managing risk", ""])


def test_a_single_labelled_list_sets_nothing_aside(tmp_path: Path):
    result = _md(tmp_path, ONE_LABEL)
    actions = [a.action for a in result.actions]
    assert "We will maintain a corporate risk register." in actions
    assert not any("set aside as no actions" in w for w in result.warnings)


# a strategy whose actions are only its 'We will' lists, under theme headings: nothing labels other lists
PLEDGES = """# Digital inclusion strategy 2024–27

## Skills
- We will run free digital skills sessions in every library.
- We will train 200 digital champions across the borough.

## Access
- We will provide free public wifi in all council buildings.
- We will lend tablets to residents who have no device.

## Places
- We will open two new community digital hubs.
- We will publish a map of free internet access points.
"""


def test_a_plan_of_only_we_will_lists_keeps_them(tmp_path: Path):
    result = _md(tmp_path, PLEDGES, "digital-inclusion-strategy.md")
    actions = [a.action for a in result.actions]
    assert "We will open two new community digital hubs." in actions
    assert len(actions) == 6
    assert not any("set aside as no actions" in w for w in result.warnings)


@pytest.mark.parametrize("heading, labels", [
    ("Actions", True), ("Key actions", True), ("What we will do", True), ("How we will do this", True),
    ("What we’re doing to support equity", True), ("Next steps", True), ("Our commitments", True),
    ("We will inspire", False), ("We will assure", False), ("How we measure success", False),
    ("Practice", False), ("Our people will", False)])
def test_headings_that_label_their_list_as_the_documents_actions(heading: str, labels: bool):
    assert labels_actions(heading) is labels


# the label over sub-headings, each a theme over its list ('## What we will do' / '### Homes' / - …): the
# themes' lists are labelled by it, and the 'We will' list under 'How we work' is the writer's standards
UNDER_LABEL = """# Housing strategy 2024–27

## How we work

### Culture
- We will treat every tenant with respect.
- We will answer every complaint within ten days.
- We will publish our service standards.

## What we will do

### Homes
- Build 400 new council homes across the district.
- Retrofit 1,000 homes to improve energy efficiency.

### Neighbourhoods
- Open two new community hubs in the town centre.
- Expand the neighbourhood warden scheme to every ward.
"""


def test_themes_under_a_label_are_its_lists_and_keep_their_areas(tmp_path: Path):
    result = _md(tmp_path, UNDER_LABEL, "housing-strategy.md")
    assert [(a.area, a.action) for a in result.actions] == [
        ("Homes", "Build 400 new council homes across the district."),
        ("Homes", "Retrofit 1,000 homes to improve energy efficiency."),
        ("Neighbourhoods", "Open two new community hubs in the town centre."),
        ("Neighbourhoods", "Expand the neighbourhood warden scheme to every ward.")]
    assert any("1 other list(s) (3 items) set aside as no actions" in w for w in result.warnings)


def test_a_line_closing_an_areas_list_names_the_areas_lead(tmp_path):
    # each item with its own owner line; the area's list closes with the line naming the area's lead
    text = ("# Neighbourhoods Plan on a Page\n\n## 1. Cleaner streets\n\n"
            "- Replace the litter bins on the high street\n\n  Owner: Ivo Marsh | By: May 2026\n\n"
            "- Run a deep-clean week in each ward\n\n  Owner: Parks Team | By: October 2025\n\n"
            "Priority lead: Wen Adeyinka\n\n## 2. Safer places\n\n"
            "- Light the riverside path\n\n  Owner: Ruth Banner | By: Jan 2026\n\n"
            "- Train the street wardens\n\n  Owner: Tal Brennan | By: June 2026\n\n"
            "Priority lead: Cai Holm\n\nProgress is reported to the board every quarter.\n")
    path = tmp_path / "onpage.md"
    path.write_text(text, encoding="utf-8")
    result = planx.convert_file(str(path))
    got = {(a.area_ref, a.action, a.lead, a.area_lead) for a in result.actions}
    assert got == {("1", "Replace the litter bins on the high street", "Ivo Marsh", "Wen Adeyinka"),
                   ("1", "Run a deep-clean week in each ward", "Parks Team", "Wen Adeyinka"),
                   ("2", "Light the riverside path", "Ruth Banner", "Cai Holm"),
                   ("2", "Train the street wardens", "Tal Brennan", "Cai Holm")}
