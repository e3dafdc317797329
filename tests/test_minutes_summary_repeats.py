"""Minutes that keep an action tracker and close with an action list summary (a parish council's shape):
who acts is named by initials that may spell a word ('AS to action …', 'NO should do …'), and the summary
repeats the tracker's open rows, under no heading row, its reference column read as something else. Each
action is read once (normalise/__init__.printed_again; columns._initials_to_act). Synthetic minutes."""
from __future__ import annotations

import pytest

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.columns import looks_like_action


def _row(texts: list[str], page: int, line: int) -> Row:
    return Row([Cell(t, k) for k, t in enumerate(texts)], page, line)


_OPEN = [["Feb23.03", "AS to action 20mph limit", "AS", "ON GOING – AS to action"],
         ["Feb23.04", "NO to action barrier for carpark", "NO", "Being done 31/3/23"],
         ["Feb 23.05", "AS to order replacement signs", "AS", "In hand"]]


def _minutes() -> RawDocument:
    tracker = [["NO", "ACTION", "OWNER", "UPDATE"],
               ["Dec22.02", "Car Park Ramp - Additional quotes will be obtained by AS", "AS", "Action closed"],
               *_OPEN]
    summary = [*_OPEN,
               ["April23.01", "NO should do further research into local football pitches", "NO", ""],
               ["April23.02", "NS to add outdoor garden games to Asset Register", "NS", ""]]
    blocks: list[Paragraph | Table] = [
        Paragraph("MINUTES OF THE PARISH COUNCIL MEETING", 1, 1, heading=True),
        Paragraph("04.23.05 Clerks Report and Actions from previous meeting", 1, 2),
        Table([_row(r, 1, k) for k, r in enumerate(tracker)], 1, 1),
        Paragraph("04.23.09 Football Club", 2, 1),
        Paragraph("There was discussion regarding the football pitch and the terms of a new agreement.", 2, 2),
        Paragraph("ACTION LIST SUMMARY", 3, 1),
        Table([_row(r, 3, k) for k, r in enumerate(summary)], 3, 2)]
    return RawDocument(name="minutes.pdf", format="pdf", path="minutes.pdf", pages=3, blocks=blocks)


@pytest.mark.parametrize("text", ["AS to action 20mph limit", "NO to order replacement signs",
                                  "NO should do further research into local football pitches",
                                  "CC to book places on the course"])
def test_initials_that_spell_a_word_name_who_acts(text):
    assert looks_like_action(text)


@pytest.mark.parametrize("text", ["IT will come from new investment", "NO to be", "IT Strategy to 2025"])
def test_initials_without_an_instruction_are_no_action(text):
    assert not looks_like_action(text)


def test_a_summary_repeating_the_trackers_open_rows_reads_each_action_once():
    result = normalise(_minutes())
    texts = [a.action for a in result.actions]
    assert texts.count("AS to action 20mph limit") == 1
    assert "NO should do further research into local football pitches" in texts
    assert "NS to add outdoor garden games to Asset Register" in texts
    assert len(texts) == 6
    assert any("printed again" in w for w in result.warnings)
    assert any("printed again" in x.reason for x in result.leftovers)  # the repeat kept aside, not lost
