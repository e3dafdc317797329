"""Action cards: an 'Action N' label alone over a line saying how the action stands, then the
paragraph saying what is done, then labelled lines of the card ('Timeline: Within 6 months'); as the
US Federal CIO Council's Cloud Smart "Action Items" page writes them (Markdown whose cards are raw
HTML blocks: tests/fixtures/real/cio_council_cloud_smart_action_items.md, OMB / CIO Council, public
domain). Read by normalise/minutes.py (ProseReader: label_above, card_line).

Main at 91c2bb5 took each card's status line ('Complete') as its action and dropped those, leaving
6 actions (3 list items and 2 'Complete (ongoing)' lines) for the page's 22 (score 1.9).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import planx

FIXTURES = Path(__file__).parent / "fixtures" / "real"

CARDS = """---
title: Action Items
---

# Council Actions

## General

<div class="action-item action-complete">
  <h3 id="action-1">Action 1</h3>
  <span class="action-status">Complete</span>
  <div class="action-content">

The Data Office will publish a single catalogue of the council's datasets, with an owner for each.

  </div>
  <div class="action-date"><a href="https://example.org/catalogue">Go to the catalogue</a></div>
</div>

<div class="action-item action-incomplete">
  <h3 id="action-2">Action 2</h3>
  <span class="action-status">In Progress</span>
  <div class="action-content">

The Data Office will work with the service teams to agree common standards. This will be done by:

<ul>
  <li>Reviewing the standards each team uses today;</li>
  <li>Consulting the teams on a common set.</li>
</ul>

  </div>
  <div class="action-date">Timeline: Within 6 months</div>
</div>

## Workforce

<div class="action-item action-incomplete">
  <h3 id="action-3">Action 3</h3>
  <span class="action-status">Not started</span>
  <div class="action-content">

The People Team will train every analyst in the new standards.

The training will be recorded for new starters.

  </div>
  <div class="action-date">Timeline: Within 12 months</div>
</div>
"""


def _convert(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


def test_a_cards_status_line_under_its_label_is_its_status_and_the_paragraph_below_its_action(tmp_path):
    result = _convert(tmp_path, "actions.md", CARDS)
    got = {a.action: a for a in result.actions}
    assert len(result.actions) == 3, [a.action for a in result.actions]
    first = got["The Data Office will publish a single catalogue of the council's datasets, with an owner for each."]
    assert (first.status_raw, first.status, first.area) == ("Complete", "complete", "General")
    assert not first.due_raw  # a link in the card's date box is no date
    third = got["The People Team will train every analyst in the new standards."]
    assert (third.status, third.due_raw, third.area) == ("not_started", "Within 12 months", "Workforce")
    # the card's second paragraph is kept, not lost, and is no action of its own
    assert any("recorded for new starters" in left.text for left in result.leftovers)


def test_the_list_a_cards_text_announces_with_a_colon_is_part_of_that_action(tmp_path):
    result = _convert(tmp_path, "actions.md", CARDS)
    second = next(a for a in result.actions if a.action.startswith("The Data Office will work"))
    assert second.action == ("The Data Office will work with the service teams to agree common standards. This will "
                             "be done by: Reviewing the standards each team uses today; Consulting the teams on a "
                             "common set.")
    assert (second.status, second.due_raw) == ("in_progress", "Within 6 months")


def test_a_status_line_under_a_label_with_no_paragraph_after_it_is_kept_and_no_action(tmp_path):
    text = "# Review\n\n## Action 4\n\nComplete\n\n## Next steps\n\nThe board met in May.\n"
    result = _convert(tmp_path, "review.md", text)
    assert not any(a.action == "Complete" for a in result.actions)
    assert any(left.text == "Complete" for left in result.leftovers)


def test_a_labelled_line_long_after_the_card_is_not_its_date(tmp_path):
    # three paragraphs of other text end the card: a 'Timeline:' after them is not the action's
    far = CARDS.replace("The training will be recorded for new starters.",
                        "The training will be recorded.\n\nA second note.\n\nA third note.")
    result = _convert(tmp_path, "actions.md", far)
    third = next(a for a in result.actions if a.action.startswith("The People Team"))
    assert not third.due_raw


def test_the_cloud_smart_action_items_page_gives_its_22_cards():
    result = planx.convert_file(str(FIXTURES / "cio_council_cloud_smart_action_items.md"))
    assert len(result.actions) == 22
    assert sum(a.status == "in_progress" for a in result.actions) == 5
    assert sum(a.due_raw == "Within 6 months" for a in result.actions) == 3
    ongoing = [a for a in result.actions if a.status_raw == "Complete (ongoing)"]
    assert ongoing and all(a.status == "complete" and len(a.action) > 100 for a in ongoing)
