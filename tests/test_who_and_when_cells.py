"""Areas each with a paragraph and then a two-column table, 'What we will do | Who and when', the lead and
the date in one cell after a spaced dash ('Head of SEN – March 2027'), wrapped anywhere by a narrow column
(normalise/columns.who_then_when_lines); in a text file laid out by spaces the heading line stands right
over the first row, with no blank line between (extract/layouttext.headings_atop_rows)."""
from __future__ import annotations

import pytest
from conftest import convert_text

from planx.normalise.columns import who_then_when_lines

PLAN = """Millbrook School Accessibility Plan 2026-27
===========================================

This plan says what we will do this year to make the school easier to reach and to use.


1. The building and grounds
---------------------------
Visitors told us that the main entrance is hard to use with a wheelchair.

What we will do                                               Who and when
Fit an automatic door and a lowered counter at the main       Site Manager (Estates and
reception, and mark the ramp edges in a contrasting colour    Facilities) - Oct 2026

Review the evacuation plan for pupils who use a wheelchair    Business Manager - end of
and practise it with them each term                          November 2026


2. Information for families
---------------------------
Some families cannot read the letters we send home.

What we will do                                               Who and when
Offer every letter home in large print and translated into    Office Manager - Jan 2027
the main home languages on request

Record a short audio guide to the school day for new          Deputy Head - Spring
families and put it on the website                            term 2027
"""


def test_who_and_when_tables_under_area_headings(tmp_path):
    result = convert_text(tmp_path, "accessibility_plan.txt", PLAN)
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [
        ("1", "The building and grounds", "Fit an automatic door and a lowered counter at the main reception, "
         "and mark the ramp edges in a contrasting colour", "Site Manager (Estates and Facilities)", "Oct 2026"),
        ("1", "The building and grounds", "Review the evacuation plan for pupils who use a wheelchair and "
         "practise it with them each term", "Business Manager", "end of November 2026"),
        ("2", "Information for families", "Offer every letter home in large print and translated into the main "
         "home languages on request", "Office Manager", "Jan 2027"),
        ("2", "Information for families", "Record a short audio guide to the school day for new families and "
         "put it on the website", "Deputy Head", "Spring term 2027"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Head of Inclusion – March 2027", ("Head of Inclusion", "March 2027")),
    ("Head of Inclusion - end of\nMarch 2027", ("Head of Inclusion", "end of March 2027")),
    ("Assistant Head (Pastoral and\nWellbeing) - Jul 2027", ("Assistant Head (Pastoral and Wellbeing)", "Jul 2027")),
    ("Sarah Whitfield\nSept 2025", ("Sarah Whitfield", "Sept 2025")),  # who over when, no dash
    ("Head of Estates\nApril - June 2026", ("Head of Estates", "April - June 2026")),  # a range's dash
    ("Jo Smith - Assistant Director", None),  # no date after the dash
    ("Autumn 2026 - Spring 2027", None),  # a range alone: no one named
])
def test_who_dash_when_cells(text, expected):
    assert who_then_when_lines(text) == expected


def test_a_heading_over_two_lines_stays_one_row():
    from planx.extract.layouttext import headings_atop_rows
    from planx.extract.model import Cell, Row, Table
    two_line = Row([Cell("Lead\nofficer", 0), Cell("Target date\n(month)", 1)], page=1, line=1)
    atop = Row([Cell("Action\nAudit the fire doors in every block", 0), Cell("Lead\nEstates Manager", 1)],
               page=1, line=5)
    table = Table(rows=[two_line, atop], page=1, index=1)
    headings_atop_rows(table)
    assert [r.texts() for r in table.rows] == [["Lead\nofficer", "Target date\n(month)"], ["Action", "Lead"],
                                              ["Audit the fire doors in every block", "Estates Manager"]]
