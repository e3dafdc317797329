"""An inspector's letter is no plan, though it lists what needs to improve (issue 14: the held-out
set's non-plans of a plan's look include an inspection report).

A real Ofsted focused-visit letter (tests/fixtures/real_nonplans/SOURCES.md: Crown copyright, OGL):
a letterhead, 'Dear …', 'What needs to improve in this area of social work practice' over square
bullets ('◼ The timeliness and quality of assessments …'), then 'Findings' over paragraphs that
open with the same bullets, signed by the inspector. Its bullets are findings and areas to
improve, with no one named to act and no date: 0 actions, its text kept aside. The same letter as
a PDF-to-text tool writes it reads the same.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import planx

LETTER = Path(__file__).parent / "fixtures" / "real_nonplans" / "ofsted_focused_visit_norfolk_2019.pdf"


def test_an_inspection_letter_listing_what_needs_to_improve_gives_no_actions() -> None:
    r = planx.convert_file(str(LETTER))
    assert r.actions == [] and r.status == "failed", [a.action for a in r.actions]
    assert r.error.startswith("no plan table found")
    kept = " ".join(x.text for x in r.leftovers)
    assert "What needs to improve in this area of social work practice" in kept
    assert "The timeliness and quality of assessments" in kept  # the bullets kept aside, not lost


def test_the_letter_as_text_gives_no_actions_either(tmp_path: Path) -> None:
    try:
        text = subprocess.run(["pdftotext", "-layout", str(LETTER), "-"], capture_output=True, text=True,
                              check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    r = planx.convert_file(str(path))
    assert r.actions == [], [a.action for a in r.actions]
    assert "What needs to improve" in " ".join(x.text for x in r.leftovers)
