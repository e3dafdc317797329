"""A heading that is a set phrase cut short ('Brief description' of 'brief description of …') is not
read as that phrase by closeness of spelling: the words it lacks are what made the phrase name its
field. A set phrase of the head word and its modifiers ('Measurable goals, …') outranks the head word;
a phrase that is the head word alone or reaches past its preposition does not (normalise/headers.py)."""
from __future__ import annotations

import pytest

from planx.normalise.headers import read_heading


def test_a_set_phrase_cut_short_is_no_close_reading_of_it():
    readings = read_heading("Brief description")
    assert not readings or readings[0].field != "action" or readings[0].score < 90
    assert not any("close to" in r.why for r in readings)
    assert read_heading("Brief Description of BMP")[0].field == "action"
    assert read_heading("Lead offcer")[0].field == "lead"  # a misprint is still read as the synonym


@pytest.mark.parametrize("label, field", [
    ("Measurable goals, including frequencies", "measure"),  # the phrase holds the head word 'goals'
    ("Action taken by", "lead"),  # the phrase 'action' is the head word alone: the words after it decide
    ("Action by when", "due"),  # 'action by' reaches past the head into 'by when'
    ("Evidence of impact to date", "progress"),
])
def test_only_a_phrase_of_the_head_and_its_modifiers_outranks_the_rest(label, field):
    assert read_heading(label)[0].field == field
