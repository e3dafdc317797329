"""A strategic plan set out as an OKR deck (realdocs holdout39): goals as headings ('S3 Sustain and grow
membership'), objectives as bullets under them ('● O3: Improve end user engagement …'), and under each
objective nested items that say what each is by a label ('○ Sample KR: Grow end user members >20%',
'○ Sample Initiative: Relaunch the TechRadar report').

The shapes, and those they must leave alone:
- the nested items labelled as what will be done are the actions, the objective they sit under is
  their objective, the heading above their area and its code the area's reference;
- key results and the objectives with no initiative under them are no actions;
- nested items that print no labels, or labels none of which names what will be done, are left to
  the other readings.
The real deck's licence is not stated; the tests build its shape."""
from __future__ import annotations

from pathlib import Path

from planx.extract import extract
from planx.normalise import normalise
from planx.normalise.lists import units_of
from planx.normalise.roadmaps import read_labelled_children

DECK = """# 2024 Strategic Plan

## G1 Grow the developer community

- O1: Expand events and programmes into new regions
    - Sample KR: Run events in at least 4 new regions
    - Sample Initiative: Launch a regional ambassador programme for event organisers

## G2 Improve the learning offer

- O1: Grow certification by meeting industry needs for new content
    - Sample KR: Launch 3 new certifications in 2024
    - Sample KR: Grow exam registrations by 20% year on year

## G3: Build operational excellence

- O1: Improve our processes, tooling and automation
    - Sample Initiative: Audit operational processes to find what can be automated
    - Sample Initiative: Define and document key processes and procedures
- O2: Keep the community safe and welcoming
    - Sample KR: Community survey satisfaction above 85%
    - Sample Initiative: Support the conduct working group to launch a new reporting process
"""


def _doc(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "deck.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_initiatives_under_objectives_are_the_actions(tmp_path):
    result = normalise(extract(_doc(tmp_path, DECK)))
    got = [(a.area_ref, a.area, a.objective, a.action) for a in result.actions]
    assert got == [
        ("G1", "Grow the developer community", "Expand events and programmes into new regions",
         "Launch a regional ambassador programme for event organisers"),
        ("G3", "Build operational excellence", "Improve our processes, tooling and automation",
         "Audit operational processes to find what can be automated"),
        ("G3", "Build operational excellence", "Improve our processes, tooling and automation",
         "Define and document key processes and procedures"),
        ("G3", "Build operational excellence", "Keep the community safe and welcoming",
         "Support the conduct working group to launch a new reporting process")]
    assert any("labelled as what will be done" in w for w in result.warnings)


def test_nested_items_with_no_action_label_are_left_alone(tmp_path):
    measured = DECK.replace("Sample Initiative", "Sample KR")
    raw = extract(_doc(tmp_path, measured))
    assert read_labelled_children(raw, units_of(raw)) is None
    plain = "\n".join(line.replace("Sample Initiative: ", "").replace("Sample KR: ", "")
                      for line in DECK.splitlines())
    raw = extract(_doc(tmp_path, plain))
    assert read_labelled_children(raw, units_of(raw)) is None
    # one initiative alone is no recurring label
    single = DECK.replace("Sample Initiative", "Sample KR").replace(
        "Sample KR: Launch a regional", "Sample Initiative: Launch a regional")
    raw = extract(_doc(tmp_path, single))
    assert read_labelled_children(raw, units_of(raw)) is None
