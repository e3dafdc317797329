"""A student society's (or a small team's) bulleted action plan (normalise/commitments.py,
normalise/title.py).

The shape is that of a real engineering society's yearly action plan (held-out set, not copied here:
the texts below are written for the tests): a bold first line naming the plan and its years, a larger
heading naming its first section, then styled section headings over bullets. Its first section's
bullets name an officer and the work they are doing ('VP Finance implementing …'); a later section
parts its bullets under bold topic lines ('Welcome Week' / • … / 'Student Spaces' / • …).
main read none of the first list (no item opened with a verb it knew), took the styled section
heading as the area of every topic's bullets, and the larger heading as the title.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

import planx
from planx.normalise.commitments import actor_at_work


@pytest.mark.parametrize("text, at_work", [
    ("VP Finance implementing new payment software for club transfers.", True),
    ("VP Student Life transitioning wellness resources to online platforms.", True),
    ("Head of Outreach gathering best practice from other societies.", True),
    ("Council Tax funding for schools across the district.", False),  # a noun in -ing: a preposition follows
    ("Transitioning the welcome events to be online.", False),  # no one named before it
    ("We are planning more events this year.", False),  # the writer: writer_at_work reads it
    ("Annual Report outstanding items are listed below.", False),
])
def test_actor_at_work(text: str, at_work: bool) -> None:
    assert actor_at_work(text) is at_work


def _plan(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph().add_run("Riverside Robotics Society 2022–2023 Action Plan").bold = True
    doc.add_heading("Major Plans Across Our Pillars", level=1)
    doc.add_paragraph("Each year the executive sets out how its plans serve the society's long term pillars.")
    doc.add_heading("Responding to Remote Teaching", level=2)
    for item in ["VP Finance implementing new payment software for club transfers and refunds.",
                 "VP Events moving the autumn social programme to online platforms.",
                 "VP Academic collecting student feedback on recorded lectures each month.",
                 "VP Outreach gathering best practice from other societies across the region.",
                 "Shipping starter kits to first year members who cannot reach the workshop."]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("Plans for the Pillars", level=2)
    topics = {"Induction Week": ["Run an online build challenge for new members in their first week.",
                                 "Pair each new member with a second year mentor for the first term.",
                                 "Publish a welcome guide to the society's tools and safety rules."],
              "Workshop Space": ["Replace the worn benches in the workshop with adjustable ones.",
                                 "Agree a cleaning rota for the workshop with the department.",
                                 "Install a second soldering station beside the window bench."],
              "Competition Teams": ["Enter two teams in the national rover challenge.",
                                    "Hold fortnightly design reviews for each competition team.",
                                    "Recruit a faculty adviser for the drone team by October."]}
    for topic, items in topics.items():
        doc.add_paragraph().add_run(topic).bold = True
        for item in items:
            doc.add_paragraph(item, style="List Bullet")
    path = path / "society_plan.docx"
    doc.save(path)
    return path


def test_society_plan(tmp_path: Path) -> None:
    result = planx.convert_file(str(_plan(tmp_path)))
    got = {a.action: a for a in result.actions}
    assert "VP Finance implementing new payment software for club transfers and refunds." in got
    assert got["Shipping starter kits to first year members who cannot reach the workshop."].area \
        == "Responding to Remote Teaching"
    # bold topic lines, each over its own list, are the areas; the styled heading above them is no area
    assert got["Run an online build challenge for new members in their first week."].area == "Induction Week"
    assert got["Enter two teams in the national rover challenge."].area == "Competition Teams"
    assert result.title == "Riverside Robotics Society 2022–2023 Action Plan"


def test_template_labels_under_each_theme_keep_the_theme(tmp_path: Path) -> None:
    """Bold labels a template prints under theme after theme ('What we can do') part a theme; the
    theme stays the area (the town plan's shape, tests/test_second_reading.py)."""
    text = """# Town plan

## Clean Air

**Why it matters**

- Air quality near schools is poor at drop-off times.

**Our actions**

- Install air quality monitors outside every primary school.
- Extend the school streets scheme to six more schools.

## Green Spaces

**Why it matters**

- Many wards have no park within walking distance.

**Our actions**

- Plant 400 street trees in the wards with least canopy cover.
- Open two pocket parks on vacant council land.
"""
    result = convert_text(tmp_path, "town.md", text)
    areas = {a.action: a.area for a in result.actions}
    assert areas.get("Install air quality monitors outside every primary school.") == "Clean Air"
