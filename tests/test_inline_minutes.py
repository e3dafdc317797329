"""Narrative minutes whose actions are marked inline at the end of the minute they close ('…, action
Mags.', '…, c/f action Jon.', '…; action Jess to keep on case.'), under numbered headings set in bold
(some ending with a full stop, '9. A.O.B' with its abbreviation's stops), their points bulleted with
Word's Courier 'o' or a symbol font's arrow read twice ('Ø\uf0d8'): the shape of a village hall
committee's minutes, in our own words. One action per marked paragraph, who acts from the marker;
prose without a marker stays out."""
from __future__ import annotations

from planx.extract.model import Paragraph, RawDocument
from planx.extract.pdfpage import opens_with_bullet
from planx.normalise import normalise
from planx.normalise.block_headings import minute_heading
from planx.normalise.dates import find_dates
from planx.normalise.minutes import marked_points

LINES = [
    ("Minutes of the Hall Management Committee held on Tuesday 8th October 2013", False),
    ("4. Football club costs and conditions.", True),
    ("Ø\uf0d8 The club had a meeting this week to sort out the payment of arrears.", False),
    ("Ø\uf0d8 To establish the running cost, Mick has taken meter readings, c/f action Mick.", False),
    ("7. Lottery funded doors project.", True),
    ("o The plumbing needed a new radiator as the old one was scratched.", False),
    ("o A thank you to the playgroup for the contribution to the fence, action Jon.", False),
    ("o Light being fitted on Friday, waiting for the ramp, action Jess to keep on case.", False),
    ("9. A.O.B", True),
    ("• The cleaner has given up. Ask Celia about the foyer, action Mags. The club is considering it.", False),
    ("• The action plan of the hall was discussed at length by members.", False),
    ("• The tree in the car park: are we responsible? Look at the insurance, action Mick & Karen.", False),
]


def test_inline_action_markers_close_the_minutes_they_end() -> None:
    raw = RawDocument("m.pdf", "m.pdf", "pdf",
                      blocks=[Paragraph(t, 1, i, bold=b) for i, (t, b) in enumerate(LINES)])
    result = normalise(raw)
    got = [(a.area_ref, a.area, a.action, a.lead) for a in result.actions]
    assert got == [
        ("4", "Football club costs and conditions",
         "To establish the running cost, Mick has taken meter readings, c/f action Mick.", "Mick"),
        ("7", "Lottery funded doors project",
         "A thank you to the playgroup for the contribution to the fence, action Jon.", "Jon"),
        ("7", "Lottery funded doors project",
         "Light being fitted on Friday, waiting for the ramp, action Jess to keep on case.", "Jess"),
        ("9", "A.O.B", "The cleaner has given up. Ask Celia about the foyer, action Mags. The club is considering it.",
         "Mags"),
        ("9", "A.O.B", "The tree in the car park: are we responsible? Look at the insurance, action Mick & Karen.",
         "Mick & Karen"),
    ]


def test_an_inline_marker_needs_a_comma_before_it_and_a_name_after() -> None:
    assert marked_points("The action plan was agreed by the committee.")[0] == []
    assert marked_points("Members agreed the action of the hall, action taken already.")[0] == []
    found, _ = marked_points("The website lists bookings as one date, action Jon. Repeat bookings vanish, "
                             "action Karen.")
    assert [(a.action, a.lead) for _, a in found] == [
        ("The website lists bookings as one date, action Jon.", "Jon"),
        ("Repeat bookings vanish, action Karen.", "Karen")]


def test_a_bold_numbered_heading_may_end_with_a_stop_or_hold_an_abbreviation() -> None:
    assert minute_heading("4. Football club costs and conditions.", True) == ("4", "Football club costs and conditions")
    assert minute_heading("9. A.O.B", True) == ("9", "A.O.B")
    # a sentence is no heading: not styled, or a stop inside it
    assert minute_heading("4. Football club costs and conditions.", False) is None
    assert minute_heading("10. Date of the next meeting: Tuesday. At the hall.", True) is None


def test_word_and_symbol_font_bullets_open_list_items() -> None:
    assert opens_with_bullet("o Mags gave an update")
    assert opens_with_bullet("Ø\uf0d8 Mick reported that the club")
    assert not opens_with_bullet("o mags gave an update")
    assert not opens_with_bullet("of the work to be done")
    assert not opens_with_bullet("Øresund bridge")


def test_a_clock_time_is_no_month_and_year() -> None:
    assert find_dates("Time: 3.00 p.m.") == [] and find_dates("10.30am") == []
    assert find_dates("3/2025")[0].month == 3


def test_an_action_label_inside_a_headings_bracketed_note_marks_no_action():
    # a form's heading that says how much to write per action: the bracket holds the label, no task
    assert marked_points("(2) Delivery plan (Maximum length PER ACTION: Three pages)")[0] == []
    found = marked_points("The clerk will chase the quote (see item 4). ACTION: MP to write to the supplier.")[0]
    assert [a.action for _, a in found] == ["MP to write to the supplier."]
