"""A delivery roadmap kept as status columns: 'Recently completed' / 'Working on now' / 'Working on
next' / 'Exploring', each heading decorated with a sign, over items that name deliverables as nouns.

The shape is that of an NHS analytics team's published roadmap (a capacity model's 'Development
roadmap', The-Strategy-Unit/open-plan-docs, docs/roadmap/index.md; its licence is not stated, so the
text below is written for the tests). main read none of its items ('Working on next' and 'Exploring'
were no horizons, the reading by content took the lists untrusted and the guard refused it) and
titled it by its first section ('✅ Recently Completed': the sign counted as a word of the heading).
What a reader takes:
- 'Working on next' is the horizon 'next' after the writer's 'working on' (as 'Working on now' is
  the state 'now'), and 'Exploring' a horizon further ahead: among state headings both say the
  items have not begun (normalise/horizons.py, vocab.HORIZON_WORDS / HORIZON_HEADING_FILLERS);
- a document named a roadmap whose lists sit under such headings is read by the roadmap reader,
  whose evidence trusts it, where the reading by content is untrusted (normalise/lists.py);
- a heading that says how its items stand is their status, not their area (normalise/roadmaps.py);
- a sign decorating a heading is no word of it (normalise/text.strip_signs, normalise/title.py).

A second shape, an NHS England portfolio's published roadmap (NHSDigital/digital-prevention-services-
portfolio, app/roadmap.md; no licence stated, written afresh below): a section per service, each with
'Recently completed' and 'Up next' lists. main read only the 'Up next' items (their '-ing' verbs read
as things to do): one state heading and one heading looking ahead made no run of horizons, so the
'Recently completed' items (past tense) were passed by. A state beside a heading that looks ahead is
a run (normalise/horizons.horizon_run): done, and next.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

from planx.extract.model import Paragraph
from planx.normalise.horizons import horizon_run, read_horizon
from planx.normalise.text import strip_signs
from planx.normalise.title import pick_title

ROADMAP = """---
icon: lucide/road
---
# Service roadmap

The roadmap is for anyone who needs to know about planned changes to the booking service.
It sets out indicative areas of development that may change as priorities shift.

### Last updated:

## ✅ Recently Completed

- First release of the appointment reminders and their settings page.

## ✏️ Working on Now

- Development of a waiting list report for clinic managers

## 📋 Working on Next

- Text message confirmation of cancelled appointments
- Replacement of the legacy postcode lookup
- Accessibility audit of the booking journey

## 🔬 Exploring

- Self-referral for physiotherapy appointments
- Integration with the regional shared care record
"""


@pytest.mark.parametrize("heading, kind, pending, status", [
    ("Working on Next", "period", True, ""),
    ("Working on later", "period", True, ""),
    ("Exploring", "period", True, ""),
    ("Things we are exploring", "period", True, ""),
    ("Working on Now", "state", False, "in_progress"),  # a state already
    ("On hold", "state", False, "delayed"),
])
def test_working_on_next_and_exploring_are_horizons(heading: str, kind: str, pending: bool, status: str) -> None:
    h = read_horizon(heading)
    assert h is not None
    assert (h.kind, h.pending, h.status) == (kind, pending, status)


@pytest.mark.parametrize("heading", ["Working groups", "Exploring the data", "Focus on now", "On track"])
def test_other_headings_are_no_horizons(heading: str) -> None:
    assert read_horizon(heading) is None


def test_status_columns_of_a_named_roadmap_are_its_actions(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "service_roadmap.md", ROADMAP)
    got = [(a.action, a.status, a.status_raw, a.area) for a in result.actions]
    assert got == [
        ("First release of the appointment reminders and their settings page.", "complete",
         "✅ Recently Completed", ""),
        ("Development of a waiting list report for clinic managers", "in_progress", "✏️ Working on Now", ""),
        ("Text message confirmation of cancelled appointments", "not_started", "📋 Working on Next", ""),
        ("Replacement of the legacy postcode lookup", "not_started", "📋 Working on Next", ""),
        ("Accessibility audit of the booking journey", "not_started", "📋 Working on Next", ""),
        ("Self-referral for physiotherapy appointments", "not_started", "🔬 Exploring", ""),
        ("Integration with the regional shared care record", "not_started", "🔬 Exploring", ""),
    ]
    assert result.title == "Service roadmap"


def test_the_same_columns_in_a_document_not_named_a_plan_are_no_actions(tmp_path: Path) -> None:
    """Noun items under status headings count only in a document that calls itself a roadmap or plan:
    a team's news page with the same columns is no plan."""
    news = ROADMAP.replace("# Service roadmap", "# Team news").replace(
        "The roadmap is for anyone who needs to know about planned changes to the booking service.",
        "Some news from the team this month.")
    result = convert_text(tmp_path, "team_news.md", news)
    assert result.actions == []


def test_a_sign_before_a_heading_is_no_word_of_it() -> None:
    """A two-word first-rank heading is the title over a sign-led section heading of two words (the
    sign counted as a word made it three, and a longer heading outranked the title)."""
    paragraphs = [Paragraph("Action plan", 1, 1, heading=True, rank=1),
                  Paragraph("This plan sets out what the team will deliver this year.", 1, 2),
                  Paragraph("✅ Work done", 1, 3, heading=True, rank=2),
                  Paragraph("- Publish the service standard", 1, 4)]
    assert pick_title(paragraphs)[0] == "Action plan"
    assert strip_signs("🔬 Exploring") == "Exploring"
    assert strip_signs("✏️ Working on Now") == "Working on Now"


PORTFOLIO = """# Roadmap

This roadmap is updated quarterly. Send comments to the portfolio's front door.

## Screening services

The screening team provides safe, nationally consistent screening services.

### Recently completed

- piloted a digital version of the health check for people most at risk
- launched a new helpdesk service for eye screening participants

### Up next

- adding self-sampling as a new option for people who have not attended
- testing online booking through the NHS App

## Vaccination services

The vaccination team helps more people get vaccinated, more easily.

### Recently completed

- supported the spring vaccination campaign with joint bookings

### Up next

- enabling more school immunisation teams to record vaccinations digitally
"""


@pytest.mark.parametrize("headings, run", [
    (["Recently completed", "Up next"], True),  # a state beside a heading that looks ahead
    (["Done", "Later"], True),
    (["Recently completed", "Now"], False),  # 'Now' looks ahead to nothing: no run with one state
    (["Next", "Early help"], False),  # a horizon beside a topic
])
def test_a_state_beside_a_heading_looking_ahead_is_a_run(headings: list[str], run: bool) -> None:
    assert horizon_run([read_horizon(h) for h in headings]) is run


def test_done_and_next_lists_under_each_service_are_its_actions(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "portfolio_roadmap.md", PORTFOLIO)
    got = [(a.area, a.action, a.status, a.status_raw) for a in result.actions]
    assert got == [
        ("Screening services", "piloted a digital version of the health check for people most at risk",
         "complete", "Recently completed"),
        ("Screening services", "launched a new helpdesk service for eye screening participants",
         "complete", "Recently completed"),
        ("Screening services", "adding self-sampling as a new option for people who have not attended",
         "not_started", "Up next"),
        ("Screening services", "testing online booking through the NHS App", "not_started", "Up next"),
        ("Vaccination services", "supported the spring vaccination campaign with joint bookings",
         "complete", "Recently completed"),
        ("Vaccination services", "enabling more school immunisation teams to record vaccinations digitally",
         "not_started", "Up next"),
    ]
    assert result.title == "Roadmap"
