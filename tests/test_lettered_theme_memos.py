"""A memo or an email that lists the actions agreed as numbered lines under lettered themes ('A. Housing
support' over '1. … – Owner – date'): the letter and title of the theme are each action's area_ref and
area (normalise/lists.py _heading_of), a numbered line that closes with who and by when after dashes is
an item and no heading over the next ones, and a team whose name opens with a word of time ('Early
Years Hub') is the who beside a part that prints a date."""
from __future__ import annotations

from conftest import convert_text

from planx.normalise.lists import dashed_fields

MEMO = """MEMO
To: Members of the Transformation Board
From: Director of Housing
Date: 3 March 2031
Subject: Actions agreed at the board

Thanks for your time yesterday. The actions we agreed are below.

A. Housing support
    1. Draft a tenancy sustainment offer for young tenants – Priya Lal – 14 May 2031
    2. Map the temporary accommodation waiting list – Early Years Hub – 30th June 2031

B. Digital services
    3. Pilot an online repairs form – Tom Baird / Ann Cole – July 2031
    4. Test the new customer portal with residents – Digital Lead – 31/08/2031

Best wishes,
Sam Reid
"""

DOCUMENT_MEMO = """MEMO
To: Members of the Transformation Board
From: Director of Housing
Subject: Actions agreed at the board

A. Housing support

1. Draft a tenancy sustainment offer – Priya Lal – May 2031
2. Map the waiting list – Ann Cole – June 2031
B. Digital services

3. Pilot an online repairs form – Tom Baird – July 2031
4. Test the customer portal – Digital Lead – August 2031
"""

POLICY = """MEMO
To: All staff
From: Head of Estates
Subject: Changes to the building access policy

Please note these changes, which take effect at once.

A. Access
1. Visitors must sign in at reception on arrival.
2. Passes must be worn at all times in the building.

B. Out of hours
3. The doors lock at 7pm.
4. The policy will next be reviewed in May 2032.
"""


def test_lettered_themes_give_the_actions_their_area(tmp_path):
    result = convert_text(tmp_path, "board_actions.txt", MEMO)
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_date) for a in result.actions]
    assert got == [
        ("A", "Housing support", "Draft a tenancy sustainment offer for young tenants", "Priya Lal", "2031-05-14"),
        ("A", "Housing support", "Map the temporary accommodation waiting list", "Early Years Hub", "2031-06-30"),
        ("B", "Digital services", "Pilot an online repairs form", "Tom Baird / Ann Cole", "2031-07"),
        ("B", "Digital services", "Test the new customer portal with residents", "Digital Lead", "2031-08-31"),
    ]


def test_short_numbered_items_with_who_and_when_are_no_headings(tmp_path):
    result = convert_text(tmp_path, "short_actions.txt", DOCUMENT_MEMO)
    got = [(a.area_ref, a.area, a.action, a.lead) for a in result.actions]
    assert got == [
        ("A", "Housing support", "Draft a tenancy sustainment offer", "Priya Lal"),
        ("A", "Housing support", "Map the waiting list", "Ann Cole"),
        ("B", "Digital services", "Pilot an online repairs form", "Tom Baird"),
        ("B", "Digital services", "Test the customer portal", "Digital Lead"),
    ]


def test_lettered_policy_paragraphs_are_no_actions(tmp_path):
    result = convert_text(tmp_path, "access_policy.txt", POLICY)
    assert result.actions == []


def test_a_team_named_with_a_word_of_time_before_a_date():
    got = dashed_fields("Map the waiting list for families – Early Years Hub – 30th June 2031")
    assert got == {"action": "Map the waiting list for families", "lead": "Early Years Hub", "due": "30th June 2031"}
    # the ordinary reading is unchanged: a date first, then the who
    got = dashed_fields("Map the waiting list for families – June 2031 – Ann Cole")
    assert got == {"action": "Map the waiting list for families", "lead": "Ann Cole", "due": "June 2031"}


def test_a_spaced_equals_sign_read_for_a_dash():
    got = dashed_fields("Map the waiting list for families - Ann Cole = June 2031")
    assert got == {"action": "Map the waiting list for families", "lead": "Ann Cole", "due": "June 2031"}
