"""An accountability matrix names the elected member who answers for each action beside the
officer who leads it ('Lead Member | Lead Officer'): the officer is the lead wherever the columns
stand; the member stays the second owner (headers._owners_in_column_order)."""
from __future__ import annotations

from planx.normalise.headers import names_elected_member, read_header


def _fields(*labels: str) -> list[str]:
    header = read_header([(i, 1, label) for i, label in enumerate(labels)])
    assert header is not None
    return [c.field for c in header.columns]


def test_the_officer_leads_beside_an_elected_member_printed_first():
    fields = _fields("No.", "Action", "Cabinet Member", "Officer Lead", "Partners", "Deadline", "Progress")
    assert fields[3] == "lead" and fields[2] == "responsible"
    fields = _fields("Ref", "What we will do", "Lead Councillor", "Lead Officer", "Due by")
    assert fields[3] == "lead" and fields[2] == "responsible"


def test_two_officer_owners_still_take_the_first_as_lead():
    fields = _fields("Ref", "Action", "Executive lead", "Operational lead", "Due date")
    assert fields[2] == "lead" and fields[3] == "responsible"


def test_which_headings_name_an_elected_member():
    assert names_elected_member("Lead Member")
    assert names_elected_member("Portfolio holder")
    assert names_elected_member("Cllr")
    assert not names_elected_member("Member of staff responsible")
    assert not names_elected_member("Lead Officer")
