"""An action cell holding the action's own line(s) over its steps numbered a line each, beside a
deadline cell numbering their dates: the steps are milestones, the lines above them the action
(milestones.lead_in_items)."""
from __future__ import annotations

from pathlib import Path

import docx

import planx
from planx.normalise.milestones import lead_in_items


def test_the_action_over_its_numbered_step_lines_is_the_lead_in():
    lead, items = lead_in_items("Reopen the riverside path\nto cyclists\n1. Survey signed off\n2. Works complete") \
        or ("", [])
    assert lead == "Reopen the riverside path to cyclists"
    assert items == [(1, "Survey signed off"), (2, "Works complete")]
    # the text squashed, its lines given apart (an action's text, its cell as printed)
    assert lead_in_items("Reopen the path 1. Survey 2. Works", "Reopen the path\n1. Survey\n2. Works") is not None


def test_numbers_inside_a_sentence_are_no_steps():
    assert lead_in_items("Train cohort 1. Then cohort 2. after the summer") is None
    assert lead_in_items("1. Survey signed off\n2. Works complete") is None  # a list alone: no lead-in


def test_action_cells_with_numbered_step_lines_end_to_end(tmp_path: Path):
    d = docx.Document()
    d.add_heading("Parks Delivery Plan 2026", 0)
    t = d.add_table(rows=3, cols=4)
    for c, text in enumerate(["Ref", "Action", "Owner", "Deadline"]):
        t.cell(0, c).text = text
    for c, text in enumerate(["1", "Reopen the riverside path to cyclists\n1. Survey signed off\n2. Works complete",
                              "Parks Team", "1. Mar 26\n2. Aug 26"]):
        t.cell(1, c).text = text
    for c, text in enumerate(["2", "Plant 400 street trees", "Tree Officer", "Nov 2026"]):
        t.cell(2, c).text = text
    path = tmp_path / "steps.docx"
    d.save(str(path))
    result = planx.convert_file(str(path))
    first = result.actions[0]
    assert first.action == "Reopen the riverside path to cyclists"
    assert [(m.milestone, m.due_date) for m in first.milestones] == [("Survey signed off", "2026-03"),
                                                                    ("Works complete", "2026-08")]
    assert first.due_date == "2026-08"
    assert [(a.action, a.milestones) for a in result.actions[1:]] == [("Plant 400 street trees", [])]
