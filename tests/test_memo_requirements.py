"""A memorandum's numbered requirements, each opening with its deadline ('1. Within 60 days of the
release of this memorandum, DHS, in coordination with OMB … shall establish …'), under lettered
sections ('D. Collaborative and Iterative Processes …'), one with lettered sub-items joined into a
paragraph ('a) Initiate Pilots: … b) Manage Pilots: …'); as OMB's M-19-26 (TIC initiative update,
tests/fixtures/real/omb_m19_26_tic_initiative_update.pdf, public domain: a scan whose text layer
reads '1.' as 'l.'). normalise/commitments.py weighs them; normalise/lists.py splits the items.

Main at 91c2bb5 found no plan in it (5.3): no item read as an action (the modal comes after a
deadline clause and a long subject), and the memo does not call itself a plan.
"""
from __future__ import annotations

from pathlib import Path

import planx
from planx.extract.model import Paragraph, RawDocument
from planx.normalise.commitments import _context_of, _required_by_deadline, item_evidence
from planx.normalise.lists import units_of

FIXTURES = Path(__file__).parent / "fixtures" / "real"
MEMO = "omb_m19_26_tic_initiative_update.pdf"


def _raw(*texts: str) -> RawDocument:
    raw = RawDocument(path="x.pdf", name="x.pdf", format="pdf")
    raw.blocks = [Paragraph(text=t, page=1, line=k + 1) for k, t in enumerate(texts)]
    return raw


def test_a_requirement_opening_with_its_deadline_reads_as_an_action_dated_by_it():
    text = ("Within 90 days of the release of each TIC Use Case, DHS, in coordination with GSA and NIST, shall "
            "develop a compliance verification process.")
    assert _required_by_deadline(text)
    evidence = item_evidence(text)
    assert evidence.action and evidence.fields["due"] == "Within 90 days of the release of each TIC Use Case"
    assert _required_by_deadline("No later than March 2026, agencies must publish their plans.")
    # a deadline over no one bound to act, or no deadline at all: no requirement
    assert not _required_by_deadline("Within 90 days of the release, the volume of traffic rose by a third.")
    assert not _required_by_deadline("By the way, the board shall meet in May.")
    assert not item_evidence("M-08-27, Guidance for TIC Compliance (September 30, 2008)").action


def test_a_scans_l_for_one_and_a_joined_lettered_list_are_read_as_items():
    units = units_of(_raw("l. Within 60 days of the release of this memorandum, DHS shall establish a process:",
                          "a) Initiate Pilots: The Council shall review proposals; b) Manage Pilots: DHS shall "
                          "oversee pilots; and c) Collect Feedback: DHS shall seek input."))
    assert (units[0].marker, units[0].number) == ("number", "1")
    assert [u.text for u in units[1:]] == ["Initiate Pilots: The Council shall review proposals;",
                                          "Manage Pilots: DHS shall oversee pilots; and",
                                          "Collect Feedback: DHS shall seek input."]
    # letters out of sequence or of another form stay in the text ('a) … c) …' is one item)
    assert len(units_of(_raw("a) Review the policy; c) Agree the budget."))) == 1


def test_a_lettered_section_heading_gives_its_letter_as_the_reference():
    assert _context_of("D. Collaborative and Iterative Processes to Pilot") == \
        {"area_ref": "D", "area": "Collaborative and Iterative Processes to Pilot"}


def test_the_tic_memo_gives_its_three_requirements_and_the_steps_of_the_first():
    result = planx.convert_file(str(FIXTURES / MEMO))
    assert [(a.area_ref, a.action.split(",")[0]) for a in result.actions] == [
        ("D", "Within 60 days ofthe release ofthis memorandum"),
        ("D", "Within 90 days ofthe release ofeach TIC Use Case"),
        ("E", "Within one year ofthe release ofthis memorandum")]
    first = result.actions[0]
    assert [m.milestone.split(":")[0] for m in first.milestones] == [
        "Initiate Pilots", "Manage Pilots", "Approve Use Cases", "Acquisitions", "Collect Feedback"]
    # the rescinded memoranda (numbered, dated) and the appendix's use cases are no actions
    assert not any(a.action.startswith(("M-08", "Traditional TIC")) for a in result.actions)
