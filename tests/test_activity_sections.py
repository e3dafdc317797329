"""A grant narrative's numbered activities under a section naming them (normalise/activityplan.py),
and a body's site in an address block that is no title (normalise/title.py).

The shape is that of a real forest-health grant narrative in Word (held-out set, not copied here: the
texts below are written for the tests): numbered form sections in capitals ('1.  PROGRAM –', '7.
SPECIFIC ACTIVITIES –', '8.  KEY PERSONNEL –'), under the activities' section numbered titles each
over a paragraph and a '- Progress will be measured …' line, then 'All activities above will be led by
…'. main read no action (nothing in the text read as one) and took an address line ('USDA Plant
Inspection Station') as the title, for its word 'Inspection'.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.normalise.title import names_body_only

NARRATIVE = [
    ("GRANT NARRATIVE FORMAT", True),
    ("1.  PROGRAM – Urban Forestry", False),
    ("2.  AGENCY NAME – Coastal Parks Department", False),
    ("3.  PROJECT COORDINATOR –", False),
    ("Riley Moss", False),
    ("Harbour Seed Inspection Station", False),
    ("12 Quay Road, Port Ellis", False),
    ("4.  STATEMENT OF NEED –", False),
    ("Invasive vines have spread through the coastal reserve since 2015 and now cover a fifth of it.", False),
    ("5.  OBJECTIVES –", False),
    ("1. Clear invasive vines from the reserve", False),
    ("2. Plant a native buffer strip along the boundary", False),
    ("6.  SPECIFIC ACTIVITIES –", False),
    ("1. Clear invasive vines from the reserve", False),
    ("Clearing needs monthly surveys of the infested blocks and cutting at the root before seeding.", False),
    ("- Progress will be measured by the share of survey plots found clear of vines each quarter.", False),
    ("2. Plant a native buffer strip along the boundary", False),
    ("A strip ten metres wide will be planted with native shrubs raised in the department's nursery.", False),
    ("- Success will be measured by the survival of the planted shrubs after the first dry season.", False),
    ("3. Train neighbouring residents to spot and remove the vines", False),
    ("Two workshops a year will show residents how to recognise the vines and dispose of cuttings.", False),
    ("- Progress will be measured by the number of residents trained and the reports they send in.", False),
    ("All activities above will be led by Dana Reyes, the field supervisor, with two technicians.", False),
    ("7.  KEY PERSONNEL –", False),
    ("Dana Reyes, Field Supervisor, hired 2019.", False),
    ("- Certified in pesticide handling and first aid.", False),
]


def _docx(path: Path, lines: list[tuple[str, bool]]) -> Path:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    for text, bold in lines:
        doc.add_paragraph().add_run(text).bold = bold
    doc.save(path)
    return path


def test_numbered_activities_with_measures_and_one_lead(tmp_path: Path) -> None:
    result = planx.convert_file(str(_docx(tmp_path / "narrative.docx", NARRATIVE)))
    assert [a.action for a in result.actions] == [
        "Clear invasive vines from the reserve", "Plant a native buffer strip along the boundary",
        "Train neighbouring residents to spot and remove the vines"]
    assert {a.lead for a in result.actions} == {"Dana Reyes"}
    assert result.actions[1].measure == \
        "Success will be measured by the survival of the planted shrubs after the first dry season."
    assert result.title == "GRANT NARRATIVE FORMAT"


def test_numbered_names_with_no_text_under_them_are_no_activities(tmp_path: Path) -> None:
    lines = [("PROJECT PROPOSAL", True), ("4.  ACTIVITIES –", False), ("1. Survey", False),
             ("2. Planting", False), ("3. Training", False), ("5.  BUDGET –", False)]
    result = planx.convert_file(str(_docx(tmp_path / "bare.docx", lines)))
    assert not result.actions


@pytest.mark.parametrize("line, body", [
    ("USDA Plant Inspection Station", True),  # a site's name: its head word names the body
    ("Audit Commission", True),
    ("Minutes of the Parish Council", False),  # the document, of the body
    ("School Improvement Plan", False),
    ("Inspection Report", False),
])
def test_a_body_named_around_a_document_word(line: str, body: bool) -> None:
    assert names_body_only(line) is body
