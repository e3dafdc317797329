"""Labelled list items (normalise/lists.py): a short action name with a dash-separated lead and date
('Accessibility audit — Owner: Priya — Due: June 2025') is an action, and an item that prints plan
labels but that the reader declines is kept aside with why: never left to pass for a title or lost."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract import extract
from planx.normalise import normalise
from planx.normalise.lists import DECLINED

ROADMAP = """# Roadmap 2025

- [x] Publish the data standard (owner: Sam, due: March 2025)
- [ ] {middle}
- [ ] Launch the open data portal (owner: Lee, due: September 2025)
"""


def _read(tmp_path: Path, middle: str, name: str = "roadmap.md", text: str = ROADMAP):
    path = tmp_path / name
    path.write_text(text.format(middle=middle), encoding="utf-8")
    return normalise(extract(path))


@pytest.mark.parametrize("middle", [
    "Accessibility audit — Owner: Priya — Due: June 2025",
    "Accessibility audit – Owner: Priya – Due: June 2025",
    "Accessibility audit - Owner: Priya - Due: June 2025",
    "Accessibility audit (owner: Priya, due: June 2025)",
])
def test_a_short_action_with_a_dash_separated_lead_and_date_is_an_action(tmp_path, middle):
    result = _read(tmp_path, middle)
    got = [(a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [("Publish the data standard", "Sam", "March 2025"), ("Accessibility audit", "Priya", "June 2025"),
                   ("Launch the open data portal", "Lee", "September 2025")]
    assert result.title == "Roadmap 2025"  # (the item no reader took once passed for the title)


def test_a_short_name_with_one_label_is_still_no_action_and_is_kept_aside(tmp_path):
    """'Next meeting — Date: 12 May' among the actions: a date alone does not make a two-word name an
    action; the item is kept aside, with its line and why, not lost nor taken for the title."""
    text = ROADMAP.replace("- [ ] {middle}", "- {middle}")
    result = _read(tmp_path, "Next meeting — Date: 12 May 2025", text=text)
    assert [a.action for a in result.actions] == ["Publish the data standard", "Launch the open data portal"]
    kept = [lo for lo in result.leftovers if lo.reason == DECLINED]
    assert [(lo.text, lo.line) for lo in kept] == [("- Next meeting — Date: 12 May 2025", 4)]
    assert result.title == "Roadmap 2025"


def test_a_one_word_item_with_a_lead_and_date_is_kept_aside(tmp_path):
    text = ROADMAP.replace("- [ ] {middle}", "- {middle}")
    result = _read(tmp_path, "Recruitment — Owner: Priya — Due: June 2025", text=text)
    assert len(result.actions) == 2
    assert [lo.text for lo in result.leftovers if lo.reason == DECLINED] == [
        "- Recruitment — Owner: Priya — Due: June 2025"]


def test_every_word_of_a_labelled_list_reaches_the_output(tmp_path):
    """Nothing lost: each word of each item is in an action's field or a leftover."""
    for name in ("Accessibility audit", "Recruitment"):
        result = _read(tmp_path, f"{name} — Owner: Priya — Due: June 2025")
        out = " ".join([f"{a.action} {a.lead} {a.due_raw}" for a in result.actions]
                       + [lo.text for lo in result.leftovers])
        for word in (name, "Priya", "June 2025"):
            assert word in out


def test_an_item_read_with_its_labels_is_carried_by_its_fields_and_no_leftover_repeats_it(tmp_path):
    """Each part of an item (its text before the labels, each label's value) carried on its own is
    the item carried: no 'read as a heading or banner' leftover repeating an action read whole."""
    result = _read(tmp_path, "Accessibility audit — Owner: Priya — Due: June 2025")
    assert result.leftovers == []


def test_an_item_whose_label_value_no_field_carries_is_not_carried():
    from planx.normalise.unread import _Output, carried
    out = _Output(["Publish the data standard", "Sam", "March 2025", "[x]"])
    assert carried("- [x] Publish the data standard (owner: Sam, due: March 2025)", out, True)
    assert not carried("- [x] Publish the data standard (owner: Kim, due: March 2025)", out, True)
    assert not carried("- [x] Publish the data standard (owner: Sam, due: May 2026)", out, True)
    assert not carried("- [x] Publish the new data standard (owner: Sam, due: March 2025)", out, True)
