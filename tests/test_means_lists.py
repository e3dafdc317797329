"""A bullet list of means under narrative prose (how collaboration will be coordinated: weekly
meetings, a shared repository, a chat channel) is no list of actions, though the document and its
section call themselves a 'Collaboration Plan'; the same items are actions when the sentence that
introduces them names them so, or when they say who does them by when (holdout77, an NSF proposal's
collaboration plan; the documents below are written here in other words).

Two readers took such a list: the list reader read the whole paragraph above it as its lead-in, so a
word of an earlier sentence ('tasks in the work plan', 'Actions-based testing') named the items as
actions; the roadmap reader took the section number of '2 Collaboration Plan' for a version, a stage.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import draw_lines

from planx.normalise.commitments import _introducing_sentence
from planx.normalise.roadmaps import names_stage

_ITEMS = ["Weekly team meetings (alternating between leads and leads + students)",
          "Meetings of the leads with the students involved",
          "Demonstration meetings focused on the field platform",
          "Shared repositories for this project and its toolkit extensions",
          "Pull requests and issues to coordinate development",
          "Continuous integration (hosted actions) for build status awareness",
          "A team chat channel linked to the repository, for quick communication"]

_PROSE = ("The leads will meet weekly for technical discussion and status updates, to coordinate their efforts "
          "and ensure that tasks in the work plan are proceeding correctly. Builds will be checked by hosted "
          "actions-based testing so that every member learns of broken code early. Students and leads will "
          "also share a chat channel to discuss issues outside of scheduled meeting times.")


def _proposal(path: Path, closing: str, items: list[str]) -> Path:
    """A two-section proposal document: qualifications, then a narrative section whose last paragraph
    closes with the sentence CLOSING (ending in a colon) over a bullet list of ITEMS."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, 730, "Field Robotics Testbed: Collaboration Plan")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 700, "1 Team Qualifications")
    y = draw_lines(c, 72, 682, "Dr Lane has a long history with embedded systems and has led the design of "
                   "several testing tools used by industry. Dr Ortiz brings experience of control systems and "
                   "of applying verification methods to robots in the field.", 95)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y - 12, "2 Collaboration Plan")
    y = draw_lines(c, 72, y - 30, f"{_PROSE} {closing}", 95)
    c.setFont("Helvetica", 10)
    for item in items:
        y -= 4
        c.drawString(82, y, "•")
        c.drawString(94, y, item)
        y -= 13
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y - 12, "2.1 Risks and Mitigations")
    draw_lines(c, 72, y - 30, "We view the primary risk as a loss of focus on the case study problems; the "
               "team will review its direction at each milestone.", 95)
    c.save()
    return path


def _actions(tmp_path: Path, closing: str, items: list[str] = _ITEMS) -> list[str]:
    import planx
    result = planx.convert_file(str(_proposal(tmp_path / "collaboration_plan.pdf", closing, items)))
    return [a.action for a in result.actions]


def _most_items(actions: list[str]) -> bool:
    """The list read as actions: its items, all but one at most (an item the guard doubts may stay aside)."""
    return set(actions) <= set(_ITEMS) and len(actions) >= len(_ITEMS) - 1


def test_a_list_of_means_under_narrative_prose_is_no_action_list(tmp_path):
    # the closing sentence says how collaboration will be coordinated: by these means, not these tasks
    assert _actions(tmp_path, "To summarize, collaboration will be coordinated through several "
                              "overlapping methods, to ensure success:") == []


def test_the_same_items_named_as_actions_by_their_lead_in_are_actions(tmp_path):
    actions = _actions(tmp_path, "To summarize, the key actions of the team are:")
    assert _most_items(actions)
    assert actions[0].startswith("Weekly team meetings")


def test_the_same_items_after_a_short_pointer_to_named_actions_are_actions(tmp_path):
    # 'These are:' points back: the sentence before it names what the items are
    actions = _actions(tmp_path, "We have agreed seven key actions for the first year. These are:")
    assert _most_items(actions)


@pytest.mark.parametrize("text, sentence", [
    ("Builds will be checked by actions. Tasks are tracked. To summarize, we coordinate by these means:",
     "To summarize, we coordinate by these means:"),
    ("We have agreed seven key actions for the year. These are:",
     "We have agreed seven key actions for the year. These are:"),
    ("Key actions include:", "Key actions include:"),
])
def test_a_lead_in_is_the_sentence_that_closes_with_the_colon(text, sentence):
    assert _introducing_sentence(text) == sentence


@pytest.mark.parametrize("heading", ["2 Collaboration Plan", "2.1 Risks and Mitigations", "3) Methods",
                                     "1. Social Media Campaigns"])
def test_a_section_number_before_a_title_is_no_stage(heading):
    assert not names_stage(heading)


@pytest.mark.parametrize("heading", ["Release 1.2", "v2", "2.0", "Phase 2 — Alpha Launch", "2025 Roadmap"])
def test_a_version_on_its_own_or_marked_so_is_still_a_stage(heading):
    assert names_stage(heading)


def test_the_same_means_list_saying_who_and_by_when_is_an_action_list(tmp_path):
    # under the same lead-in, items that name their owner and date are set tasks, not standing means
    items = [f"{item} (Lead: Dr Lane, by 30 September 2026)" for item in _ITEMS]
    import planx
    result = planx.convert_file(str(_proposal(tmp_path / "collaboration_plan.pdf", "To summarize, collaboration "
                                              "will be coordinated through several overlapping methods:", items)))
    assert [a.action for a in result.actions] == _ITEMS
    assert {(a.lead, a.due_date) for a in result.actions} == {("Dr Lane", "2026-09-30")}
