"""A strategy's numbered goal headings over the writer's commitment in prose (normalise/aims.py):
'We will know we have made a difference when …' under each priority of a safeguarding partnership's
business plan says how success will be seen, not what will be done."""
from __future__ import annotations

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.aims import read_goal_commitments

GOALS = ["Domestic abuse and its impact on children", "Neglect of children", "Child exploitation"]


def _plan(sentence: str) -> RawDocument:
    blocks: list[Paragraph] = [Paragraph("Safeguarding Partnership: Business Plan 2026-28", 1, 1, heading=True)]
    for k, goal in enumerate(GOALS, 1):
        blocks.append(Paragraph(f"Priority {k}: {goal}", 1, 10 * k, heading=True, rank=2))
        blocks.append(Paragraph(f"{goal} features in many referrals.", 1, 10 * k + 1))
        blocks.append(Paragraph(sentence, 1, 10 * k + 2))
    return RawDocument(path="", name="plan.docx", format="docx", blocks=list(blocks))


def test_the_writers_commitments_under_goal_headings_are_actions():
    reading = read_goal_commitments(_plan("We will train every front-line practitioner in the new toolkit."))
    assert reading is not None and len(reading.actions) == 3


def test_what_the_writer_will_see_when_it_works_is_no_commitment():
    for sentence in ("We will know we have made a difference when children and families tell us so.",
                     "We will see fewer children subject to a second child protection plan."):
        assert read_goal_commitments(_plan(sentence)) is None
