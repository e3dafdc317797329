"""Nested bullets under numbered area headings: an outer bullet states the outcome (no owner, no date),
the bullets nested under it are the actions, each closing with its owner in round or square brackets and
its date carried to the right margin by a dot leader or a tab (normalise/inlinewho.py
bracketed_who_then_when; normalise/lists.py _parent_objectives, _owner_wraps_on)."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from conftest import convert_text

import planx
from planx.normalise.inlinewho import bracketed_who_then_when

PLAN = """LIBRARY SERVICES IMPROVEMENT PLAN 2026/27
Eastford Borough Council
==========================================================================================

1. Reading and learning

  * Residents of every age can borrow and learn close to home
      - Extend Saturday opening at the four branch libraries [Branch Network Manager] ...... 31/07/2026
      - Run a summer reading challenge with every primary school in the borough
        [Schools Liaison Officer] ........................................................ August 2026
      - Replace the self-service kiosks at the central library [Head of Libraries] ............ TBC

2. Digital inclusion

  * Nobody is shut out of services that have moved online
      - Lend refurbished laptops to households without a device [Digital Lead] ............. Quarterly
      - Train twenty volunteers as digital champions [Volunteer
        Coordinator] ................................................................... 30/11/2026
"""


def test_nested_bullets_with_bracketed_owners_and_right_aligned_dates(tmp_path):
    result = convert_text(tmp_path, "library_plan.txt", PLAN)
    got = [(a.area_ref, a.area, a.objective, a.action, a.lead, a.due_raw) for a in result.actions]
    outcome1 = "Residents of every age can borrow and learn close to home"
    outcome2 = "Nobody is shut out of services that have moved online"
    assert got == [
        ("1", "Reading and learning", outcome1, "Extend Saturday opening at the four branch libraries",
         "Branch Network Manager", "31/07/2026"),
        ("1", "Reading and learning", outcome1,
         "Run a summer reading challenge with every primary school in the borough", "Schools Liaison Officer",
         "August 2026"),
        ("1", "Reading and learning", outcome1, "Replace the self-service kiosks at the central library",
         "Head of Libraries", "TBC"),
        ("2", "Digital inclusion", outcome2, "Lend refurbished laptops to households without a device",
         "Digital Lead", "Quarterly"),
        ("2", "Digital inclusion", outcome2, "Train twenty volunteers as digital champions",
         "Volunteer Coordinator", "30/11/2026"),
    ]
    assert [a.due_date for a in result.actions] == ["2026-07-31", "2026-08", "", "", "2026-11-30"]


def _word_plan(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Parks Strategy – Delivery Plan", level=1)
    d.add_heading("1. Green spaces", level=2)
    d.add_paragraph("Every ward has a park within ten minutes' walk", style="List Bullet")
    d.add_paragraph("Open a pocket park on the former depot site (Parks Development Officer)\tMarch 2027",
                    style="List Bullet 2")
    d.add_paragraph("Plant 500 street trees in the wards with least canopy (Tree Officer)\tEnd of May 2026",
                    style="List Bullet 2")
    d.add_heading("2. Play", level=2)
    d.add_paragraph("Children have safe places to play", style="List Bullet")
    d.add_paragraph("Refurbish the three oldest play areas (Head of Parks / Capital Projects Manager)\t15/09/2026",
                    style="List Bullet 2")
    d.save(str(path))


def test_word_nested_bullets_with_owner_in_brackets_then_tabbed_date(tmp_path):
    path = tmp_path / "parks.docx"
    _word_plan(path)
    result = planx.convert_file(str(path))
    got = [(a.area, a.objective, a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [
        ("Green spaces", "Every ward has a park within ten minutes' walk",
         "Open a pocket park on the former depot site", "Parks Development Officer", "March 2027"),
        ("Green spaces", "Every ward has a park within ten minutes' walk",
         "Plant 500 street trees in the wards with least canopy", "Tree Officer", "End of May 2026"),
        ("Play", "Children have safe places to play", "Refurbish the three oldest play areas",
         "Head of Parks / Capital Projects Manager", "15/09/2026"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Audit forty case files a month (Head of Quality) November 2026",
     ("Audit forty case files a month", "Head of Quality", "November 2026")),
    ("Publish the new guide [Amir Khan].................................30/06/27",
     ("Publish the new guide", "Amir Khan", "30/06/27")),
    ("Brief partners [Service Manager,\nFront Door] ....... Ongoing",
     ("Brief partners", "Service Manager, Front Door", "Ongoing")),
    # a scan's OCR read one bracket of the pair as the other shape
    ("Review the panel's terms (Lena Brandt] ........................ TBC",
     ("Review the panel's terms", "Lena Brandt", "TBC")),
    ("Map the estate's play areas [Parks Officer) ........ 14/11/26",
     ("Map the estate's play areas", "Parks Officer", "14/11/26")),
])
def test_an_owner_in_brackets_then_a_date(text, expected):
    assert bracketed_who_then_when(text) == expected


@pytest.mark.parametrize("text", [
    "Raise attendance at key stage 4 (KS4) 2026",  # a code in brackets, no one's name
    "Results improved (see Appendix 2) in 2025",  # a note in brackets
    "Hold the annual review (Head of Quality) when the inspection report has been published",
    "Open the new centre (Phase 2, 2026) May 2027",
])
def test_brackets_that_name_no_owner_before_a_date_are_text(text):
    assert bracketed_who_then_when(text) is None
