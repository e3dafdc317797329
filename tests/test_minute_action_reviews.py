"""A parish-style minute's review of the last meeting's actions: a numbered minute's heading right over an
'No | Action | Owner | Update' table (the heading is the rows' area), actions numbered by the meeting that
set them ('Mar24.02': a reference, not a date), updates kept as a running account that closes with the
latest word ('… – Action closed': the status), and an action summary at the end copying some rows whole
(one action each, where first printed). Synthetic documents of that shape."""
from __future__ import annotations

from pathlib import Path

from conftest import read, words_of

import planx
from planx.extract.pdfborderless import (
    gutter_area,
    numbered_section_row,
    seg_spans,
    title_across_columns_below,
    title_through_gutter,
)
from planx.extract.pdfgeom import text_lines
from planx.normalise.area_titles import item_identifier
from planx.normalise.block_headings import next_minute
from planx.normalise.columns import looks_like_ref, looks_like_when, meeting_item_id
from planx.normalise.recaps import drop_table_repeats
from planx.normalise.records import Action
from planx.normalise.trackers import status_at_end

MINUTES = """# MINUTES OF THE MEETING OF LOWFIELD VILLAGE COUNCIL

11.24.04 Public participation

No members of the public were present.

11.24.05 Clerks report and actions from previous meeting

| No | Action | Owner | Update |
|---|---|---|---|
| Sep24.01 | Pavilion roof - obtain three quotes for the repair | TK | Two quotes in. Third arrived – Action closed |
| Sep24.02 | RB to order new litter bins for the green | RB | Bins ordered. Delivered and fitted. Completed. |
| Oct24.01 | MW to report the broken street light on Mill Lane | MW | Reported to the county council, awaiting a visit |
| Oct24.02 | TK to renew the insurance for the play area equipment | TK | Renewal quote requested from two brokers |

11.24.06 Correspondence

A letter from the county council about winter gritting was noted.

ACTION SUMMARY

| | | | |
|---|---|---|---|
| Oct24.01 | MW to report the broken street light on Mill Lane | MW | Reported to the county council, awaiting a visit |
| Oct24.02 | TK to renew the insurance for the play area equipment | TK | Renewal quote requested from two brokers |
| Nov24.01 | RB to compare the grass cutting contracts of nearby villages | RB | |
"""


def test_a_minute_review_of_actions_reads_area_status_and_counts_summary_copies_once(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "minutes.md").write_text(MINUTES, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([folder], out=out, jobs=1)
    acts = read(out, "actions")
    got = {a["action"]: a for a in acts}
    assert len(acts) == 5, [a["action"] for a in acts]
    roof = got["Pavilion roof - obtain three quotes for the repair"]
    assert roof["status"] == "complete"
    assert got["RB to order new litter bins for the green"]["status"] == "complete"
    assert got["MW to report the broken street light on Mill Lane"]["status"] == ""
    for a in acts[:4]:
        assert a["area"] == "Clerks report and actions from previous meeting"
    # the meeting's action numbers are references, not due dates
    assert all(not a["due_date"] for a in acts)
    # the summary's copies are kept aside, nothing lost
    assert any("street light" in lo["text"] for lo in read(out, "leftovers"))


def test_an_update_closing_with_a_status_sentence_gives_the_status():
    assert status_at_end("Quotes received. Work done on Monday – Action closed") == ("complete", "Action closed")
    assert status_at_end("Sign made and put up. Completed.") == ("complete", "Completed")
    assert status_at_end("Two quotes received; work ongoing") is None  # a sentence, not a status alone
    assert status_at_end("Closed") is None  # the whole update one phrase: the status readers weigh it
    assert status_at_end("The road was closed for a day") is None


def _row(action: str, table: int, lead: str = "AB", progress: str = "", ref: str = "", due: str = "") -> Action:
    return Action(action=action, lead=lead, progress=progress, ref=ref, due_raw=due, table=table)


def test_a_later_table_copying_rows_whole_counts_each_once():
    first = [_row("AB to repaint the bus shelter on the green", 1, progress="Paint bought", ref="Jan24.01"),
             _row("CD to chase the county about the potholes on Hill Road", 1, "CD", "Chased twice", "Jan24.02")]
    copies = [_row("AB to repaint the bus shelter on the green", 2, progress="Paint bought", due="Jan24.01"),
              _row("CD to chase the county about the potholes on Hill Road", 2, "CD", "", "", "Jan24.02")]
    new = [_row("EF to book the hall for the annual meeting in May", 2, "EF")]
    gone: list[str] = []
    warnings: list[str] = []
    kept = drop_table_repeats(first + copies + new, lambda a, why: gone.append(a.action), warnings)
    assert kept == first + new and len(gone) == 2 and warnings


def test_rows_alike_in_words_but_saying_other_things_stay_actions():
    first = [_row("AB to repaint the bus shelter on the green", 1, progress="Paint bought"),
             _row("CD to chase the county about the potholes on Hill Road", 1, "CD", "Chased twice")]
    again = [_row("AB to repaint the bus shelter on the green", 2, progress="Second coat next week"),
             _row("CD to chase the county about the potholes on Hill Road", 2, "EF", "Chased twice")]
    assert len(drop_table_repeats(first + again, lambda a, why: None, [])) == 4
    # one copy alone may be chance
    one = [_row("AB to repaint the bus shelter on the green", 2, progress="Paint bought")]
    assert len(drop_table_repeats(first + one, lambda a, why: None, [])) == 3


def test_a_meeting_action_number_is_a_reference_not_a_date():
    for ref in ("Mar24.02", "Sept 25.01", "April23.1", "Action closed Dec22.05"):
        assert meeting_item_id(ref) and item_identifier(ref)
    assert looks_like_ref("Mar24.02") and not looks_like_when("Mar24.02")
    assert looks_like_when("March 2024") and not meeting_item_id("March 2024")


def test_the_next_minute_number_follows_the_last():
    assert next_minute("11.24.06 Correspondence", "11.24.05")
    assert next_minute("4.3 Finance", "4.2")
    assert not next_minute("11.24.09 Finance", "11.24.05")  # too far on to be the next
    assert not next_minute("12.24.06 Finance", "11.24.05")  # another meeting's numbering
    assert not next_minute("6 Finance", "5")  # a bare number may number anything
    assert not next_minute("Sep24.01 Pavilion roof", "11.24.05")


TITLE_OVER_COLUMNS = [(100, 70, "MEETING NOTES OF THE  WIDGET VILLAGE COUNCIL"),
                      (72, 100, "Present:                                    Visitors:"),
                      (72, 114, "Ann Lee (AL) CHAIR"),
                      (72, 128, "Bob Tam (BT)                                 Cllr Dee Ray"),
                      (72, 142, "Cy Ode (CO)"),
                      (72, 156, "Di Ng (DN)                                   Mr Ed Fox")]


def test_a_title_centred_across_the_columns_below_is_not_their_first_row():
    lines = text_lines(words_of(TITLE_OVER_COLUMNS, size=12.0))
    assert len(seg_spans(lines[0])) == 2  # broken at a double space, inside the columns' gutter
    found = gutter_area(lines, ())
    assert found is not None
    lo, _, gaps = found
    assert lo == 1 and gaps[0][1] - gaps[0][0] > 100  # the lines' own wide gutter, not the title's break
    assert title_through_gutter(lines[0], gaps)
    assert not title_through_gutter(lines[1], gaps)


def test_a_numbered_line_across_the_columns_is_their_section_row_not_a_title():
    numbered = [(100, 70, "1. MEETING NOTES OF THE  WIDGET VILLAGE COUNCIL")] + TITLE_OVER_COLUMNS[1:]
    lines = text_lines(words_of(numbered, size=12.0))
    assert numbered_section_row(lines[0]) and not numbered_section_row(lines[1])
    found = gutter_area(lines, ())
    assert found is not None and found[0] == 0  # the numbered line is kept as the columns' first row
    assert not title_across_columns_below(lines[0], found[2], lines[1:])
    _, _, wide = gutter_area(text_lines(words_of(TITLE_OVER_COLUMNS, size=12.0)), ()) or (0, 0, [])
    assert not title_through_gutter(lines[0], wide)


NEW_NOTES = """# MINUTES OF THE MEETING OF LOWFIELD VILLAGE COUNCIL

11.24.05 Clerks report and actions from previous meeting

| No | Action | Owner | Update |
|---|---|---|---|
| Oct24.01 | MW to report the broken street light on Mill Lane | MW | Reported to the county council |
| Oct24.02 | TK to renew the insurance for the play area equipment | TK | Renewal quote requested |

11.24.06 Highways

The verges on Church Road were discussed at length by the members present.

Action - RB to write to the county about the verges on Church Road.

11.24.07 Village hall

The hall committee asked for help with the car park surface.

Action - MW to get two quotes for resurfacing the hall car park.
"""


def test_notes_in_the_minutes_beside_a_review_of_earlier_actions_are_new_actions(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "minutes.md").write_text(NEW_NOTES, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([folder], out=out, jobs=1)
    got = {a["action"]: a for a in read(out, "actions")}
    assert "RB to write to the county about the verges on Church Road." in got
    assert "MW to get two quotes for resurfacing the hall car park." in got
    assert got["MW to report the broken street light on Mill Lane"]["area"] == \
        "Clerks report and actions from previous meeting"
    # the next minute ends the area the review's heading named
    assert got["RB to write to the county about the verges on Church Road."]["area"] != \
        "Clerks report and actions from previous meeting"


def test_an_action_label_run_into_the_sentence_before_it_still_marks_a_task():
    from planx.normalise.minutes import marked_points
    found = marked_points("The members looked at the maps of the proposed sites in the parishAction - "
                          "KL/MW to prepare a summary for residents.")[0]
    assert [(a.action, a.lead) for _, a in found] == [("KL/MW to prepare a summary for residents.", "KL/MW")]
    assert marked_points("The getAction: method was renamed in the last release.")[0] == []
