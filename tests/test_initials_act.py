"""Minutes name who acts by initials, which may spell a word ('AS to action …', 'NO should do …', a
parish council's action list summary): an instruction all the same (columns._initials_to_act)."""
from __future__ import annotations

import pytest

from planx.extract.model import Cell, Row
from planx.normalise.columns import looks_like_action


def _row(texts: list[str], page: int, line: int) -> Row:
    return Row([Cell(t, k) for k, t in enumerate(texts)], page, line)


_OPEN = [["Feb23.03", "AS to action 20mph limit", "AS", "ON GOING – AS to action"],
         ["Feb23.04", "NO to action barrier for carpark", "NO", "Being done 31/3/23"],
         ["Feb 23.05", "AS to order replacement signs", "AS", "In hand"]]


@pytest.mark.parametrize("text", ["AS to action 20mph limit", "NO to order replacement signs",
                                  "NO should do further research into local football pitches",
                                  "CC to book places on the course"])
def test_initials_that_spell_a_word_name_who_acts(text):
    assert looks_like_action(text)


@pytest.mark.parametrize("text", ["IT will come from new investment", "NO to be", "IT Strategy to 2025"])
def test_initials_without_an_instruction_are_no_action(text):
    assert not looks_like_action(text)
