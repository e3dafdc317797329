"""A strategy's boxes of numbered actions with bullets under them, one box per lettered section
('A. Identity' / 'Vision' / 'Actions' / '1. Agencies must establish … 2. Agencies must enforce MFA …
• For agency staff … • For public users … 3. …'), as in OMB's draft Federal Zero Trust Strategy
(tests/fixtures/real/omb_federal_zero_trust_strategy_draft_2021-09-07.pdf, public domain). A PDF's
paragraph builder joins a box's lines into one paragraph.

Main at 91c2bb5 read 29 actions for its 18 (19.6): each bullet as an action of its own, the
numbered items over bullets as areas (a numbered line over nested items reads as a heading), the
strategy's purpose list as actions, a '1. Federal data security strategy' section heading after a
box as an action; and 'A. Identity' as an area with no reference.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.extract.model import Paragraph, RawDocument
from planx.normalise.block_headings import minute_heading
from planx.normalise.commitments import _heading_text
from planx.normalise.lists import units_of
from planx.normalise.minutes import nest_bullets

FIXTURES = Path(__file__).parent / "fixtures" / "real"
DRAFT = "omb_federal_zero_trust_strategy_draft_2021-09-07.pdf"
BOX = ("1. Agencies must establish a single sign-on (SSO) service for agency users. 2. Agencies must enforce MFA "
       "at the application level. • For agency staff: phishing-resistant MFA is required. • For public users: "
       "phishing-resistant MFA must be an option. 3. Agencies must adopt secure password policies.")


def _raw(*texts: str) -> RawDocument:
    raw = RawDocument(path="x.pdf", name="x.pdf", format="pdf")
    raw.blocks = [Paragraph(text=t, page=1, line=k + 1) for k, t in enumerate(texts)]
    return raw


def test_bullets_after_a_numbered_item_join_it_so_that_only_the_numbers_split_the_box():
    assert nest_bullets(BOX) == (
        "1. Agencies must establish a single sign-on (SSO) service for agency users. 2. Agencies must enforce MFA "
        "at the application level.; For agency staff: phishing-resistant MFA is required.; For public users: "
        "phishing-resistant MFA must be an option. 3. Agencies must adopt secure password policies.")
    bulleted = "• Review the policy • Agree the budget"
    assert nest_bullets(bulleted) == bulleted  # a list of bullets alone keeps its bullets


def test_a_joined_box_splits_at_its_numbers_and_its_bullets_nest_under_the_item_above():
    units = units_of(_raw(BOX))
    assert [(u.marker, u.level) for u in units] == [("number", 0), ("number", 0), ("bullet", 1), ("bullet", 1),
                                                    ("number", 0)]
    assert units[3].text == "For public users: phishing-resistant MFA must be an option."
    # bullets alone in a joined paragraph stay one level, as before
    assert [(u.marker, u.level) for u in units_of(_raw("• Review the policy • Agree the budget"))] == \
        [("bullet", 0), ("bullet", 0)]


def test_a_numbered_sentence_that_commits_someone_is_no_heading_over_its_bullets():
    units = units_of(_raw("1. Agencies must participate in the CDM program. • CISA will ground the CDM "
                          "program upon least privilege."))
    assert _heading_text(units[0], units[1], 1) is None
    skills = units_of(_raw("2. Skills and training • Train every analyst in the new standards."))
    assert _heading_text(skills[0], skills[1], 1) == "2. Skills and training"  # a title over its items


def test_a_lettered_heading_gives_its_letter_as_the_areas_reference():
    assert minute_heading("A. Identity", True) == ("A", "Identity")
    assert minute_heading("C) Networks", True) == ("C", "Networks")
    assert minute_heading("A. Identity", False) is None  # a plain line: no heading
    assert minute_heading("A. We met in May.", True) is None  # a sentence


@pytest.fixture(scope="module")
def draft():
    return planx.convert_file(str(FIXTURES / DRAFT))


def test_the_zero_trust_draft_gives_its_18_numbered_actions_with_their_bullets(draft):
    assert len(draft.actions) == 18
    assert [a.area_ref for a in draft.actions].count("C") == 4
    mfa = next(a for a in draft.actions if a.action.startswith("Agencies must enforce MFA"))
    assert mfa.action == ("Agencies must enforce MFA at the application level, using enterprise SSO wherever "
                          "feasible.; For agency staff, contractors, and partners: phishing-resistant MFA is "
                          "required.; For public users: phishing-resistant MFA must be an option.")
    assert (mfa.area_ref, mfa.area) == ("A", "Identity")
    # the purpose list ('This strategy envisions … that:') and a numbered section heading are no actions
    texts = {a.action for a in draft.actions}
    assert not {"Bolsters strong identity practices across Federal agencies;", "Federal data security strategy"} & texts
