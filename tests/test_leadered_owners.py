"""Numbered actions that close with the owner's initials and the target month, each carried to the right
margin by a dot leader ('2.1  Audit the … ........ AB ...... Sep 26'), some wrapping onto the next lines:
in a text file the dots are printed (normalise/inlinewho.py leadered_who_then_when; normalise/lists.py
_owner_wraps_on), in a Word file they are tab stops with a dot leader (extract/docx.py _print_leaders)."""
from __future__ import annotations

from pathlib import Path

import docx
from conftest import convert_text
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm

import planx
from planx.normalise.inlinewho import leadered_who_then_when

PLAN = """Ashby Vale Primary School - Development Plan 2026-27
Actions (owner and target month at right)


Priority 1: Curriculum and assessment

1.1   Write a progression map for history and geography from Reception
      to Year 6 and share it with subject leaders ............................ TW ... Sep 26
1.2   Moderate writing with two partner schools each term ..................... GH/DHT ... Dec 26

Priority 2: Behaviour and attitudes

2.1   Introduce a restorative approach to lunchtime incidents and train
      all midday supervisors in it before the spring half term, recording
      each incident on the school system ................................... Business Manager ... Feb 27
"""


def test_wrapped_numbered_items_close_with_leadered_owner_and_month(tmp_path):
    result = convert_text(tmp_path, "development_plan.txt", PLAN)
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw, a.due_date) for a in result.actions]
    assert got == [
        ("1", "Curriculum and assessment", "Write a progression map for history and geography from Reception "
         "to Year 6 and share it with subject leaders", "TW", "Sep 26", "2026-09"),
        ("1", "Curriculum and assessment", "Moderate writing with two partner schools each term", "GH/DHT",
         "Dec 26", "2026-12"),
        ("2", "Behaviour and attitudes", "Introduce a restorative approach to lunchtime incidents and train all "
         "midday supervisors in it before the spring half term, recording each incident on the school system",
         "Business Manager", "Feb 27", "2027-02"),
    ]


def test_leadered_owner_needs_a_person_and_a_date():
    assert leadered_who_then_when("Check the rotas ........ CD ...... 31/03/2027") == \
        ("Check the rotas", "CD", "31/03/2027")
    assert leadered_who_then_when("Contents ........ 5") is None  # a contents line: a page number alone
    assert leadered_who_then_when("Section 2 ........ Budget ...... 14") is None  # no date after it
    assert leadered_who_then_when("Plan ........ 2026 ...... March 2027") is None  # a date is no owner


def _word_plan(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Ashby Vale Primary School Development Plan", level=1)
    d.add_heading("Priority 1. Curriculum and assessment", level=2)
    for ref, text, who, when in (
            ("1.1", "Write a progression map for history and geography from Reception to Year 6 and share it "
             "with subject leaders", "TW", "Sep 26"),
            ("1.2", "Moderate writing with two partner schools each term", "GH/DHT", "December 2026")):
        p = d.add_paragraph(f"{ref}\t{text}\t{who}\t{when}")
        stops = p.paragraph_format.tab_stops
        stops.add_tab_stop(Cm(1.1))
        stops.add_tab_stop(Cm(14.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    d.add_paragraph("Name\tRole")  # tab stops with no leader: a tab reads as a space
    d.save(str(path))


def test_word_dot_leader_tab_stops_set_the_owner_and_date_apart(tmp_path):
    path = tmp_path / "development_plan.docx"
    _word_plan(path)
    result = planx.convert_file(str(path))
    got = [(a.area_ref, a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [
        ("1", "Write a progression map for history and geography from Reception to Year 6 and share it with "
         "subject leaders", "TW", "Sep 26"),
        ("1", "Moderate writing with two partner schools each term", "GH/DHT", "December 2026"),
    ]


def test_a_cell_closing_with_a_leader_reads_without_it():
    from planx.normalise.columns import profile
    from planx.normalise.text import clean
    assert clean("TW ..........") == "TW"
    assert clean("Share it with subject leaders . . . . . .") == "Share it with subject leaders"
    assert clean("To be confirmed...") == "To be confirmed..."  # an ellipsis is no leader
    assert profile(["TW ..........", "GH/DHT ........", "AB ..........."]).person == 1.0


def test_an_action_cell_closing_with_leadered_owner_and_date():
    from planx.normalise.inlinewho import inline_who_when
    assert inline_who_when("Moderate writing with two partner schools ........ GH/DHT ...... Dec-26") == \
        ("Moderate writing with two partner schools", "GH/DHT", "Dec-26")
