"""Minutes name who acts by initials, which may spell a word ('AS to action …', 'NO should do …', a
parish council's action list summary): an instruction all the same (columns._initials_to_act)."""
from __future__ import annotations

import pytest

from planx.normalise.columns import looks_like_action


@pytest.mark.parametrize("text", ["AS to action 20mph limit", "NO to order replacement signs",
                                  "NO should do further research into local football pitches",
                                  "CC to book places on the course"])
def test_initials_that_spell_a_word_name_who_acts(text):
    assert looks_like_action(text)


@pytest.mark.parametrize("text", ["IT will come from new investment", "NO to be", "IT Strategy to 2025"])
def test_initials_without_an_instruction_are_no_action(text):
    assert not looks_like_action(text)
