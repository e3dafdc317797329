"""Shapes of real central-government plans (realdocs dev5, issue 14), each rule on the shape it reads.

The documents are in tests/fixtures/real (SOURCES.md there): a Transparency Board action log in legacy
Word, a communications plan in Excel 97 and the UK's 2013-15 Open Government national action plan (PDF).
"""
from __future__ import annotations

import datetime as dt

import pytest

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.extract.xlsx import format_date
from planx.normalise import normalise
from planx.normalise.choose import status_not_progress
from planx.normalise.codes import status_of
from planx.normalise.columns import contradicts, profile
from planx.normalise.headers import DECENT, Column, read_heading
from planx.normalise.heading_rows import names_not_refs
from planx.normalise.title import paper_reference, title_rows


def best(label: str) -> tuple[str, float]:
    readings = read_heading(label)
    return (readings[0].field, readings[0].score) if readings else ("", 0.0)


# ---- headings set side by side with a slash -------------------------------------------------------

def test_a_sure_name_after_a_slash_names_the_column_beside_a_loose_first_name():
    # 'Output' reads as an outcome only by its head word, at the bare decent score
    assert best("Output/Activity")[0] == "action"
    assert best("Strategies / actions")[0] == "action"
    # a first name read more than loosely keeps the column ('Evaluation / impact' stays an evaluation)
    assert best("Evaluation / impact")[0] == "progress"


def test_a_name_of_something_no_field_holds_weakens_a_loose_first_name():
    field, score = best("Issues/Dependencies")  # risks and dependencies, not the plan's areas
    assert field != "area" or score < DECENT
    assert best("Issues")[0] == "area"  # alone, an issue column is the topic of its row


# ---- what a column holds --------------------------------------------------------------------------

def test_a_heading_spanning_columns_of_x_marks_holds_ticks_not_an_area():
    p = profile(["X X X X X", "X X X", "X X", "X X X X"])
    assert contradicts("area", p)
    assert not contradicts("area", profile(["Early help", "School readiness", "Care leavers"]))


def test_a_progress_column_of_status_words_chosen_from_a_list_is_the_status():
    column = Column(3, 1, "progress", "Progress", score=100.0)
    cells = ["On track"] * 9 + ["Plan in place"] * 7 + ["Initial stages"] * 3
    choice = status_not_progress([Column(1, 1, "action", "Action", score=100.0), column], {3: profile(cells)})
    assert choice is not None and choice.fields == {3: "status"}
    # notes on progress stay the progress
    notes = ["Draft circulated to the board on 3 May; comments due", "Meeting held with partners in June",
             "Awaiting data from the provider before the next step"]
    assert status_not_progress([column], {3: profile(notes)}) is None


def test_a_list_of_three_values_one_a_status_word_is_the_status_however_rare_that_word():
    # the status word on 3 of 15 rows only: each of three values chosen five times on average
    column = Column(3, 1, "progress", "Progress", score=100.0)
    cells = ["On track"] * 3 + ["Plan in place"] * 8 + ["Initial stages"] * 4
    choice = status_not_progress([Column(1, 1, "action", "Action", score=100.0), column], {3: profile(cells)})
    assert choice is not None and choice.fields == {3: "status"}
    # short notes, many of them different, stay the progress, a status word among them or not
    notes = ["On track", "Paper drafted", "Board to decide", "Data awaited", "Meeting held", "Plan in place"]
    assert status_not_progress([column], {3: profile(notes)}) is None


@pytest.mark.parametrize("cell, status", [("Action on hold", "delayed"), ("Task complete", "complete"),
                                          ("On track", "in_progress"), ("Action plan agreed", "")])
def test_a_status_that_first_names_whose_it_is(cell, status):
    assert status_of(cell) == status


# ---- dates as Excel shows them ---------------------------------------------------------------------

def test_an_escaped_separator_in_a_date_format_shows():
    assert format_date(dt.datetime(2010, 2, 1), r"[$-409]mmm\-yy") == "Feb-10"
    assert format_date(dt.datetime(2010, 2, 1), r"dd\/mm\/yyyy") == "01/02/2010"


# ---- titles -----------------------------------------------------------------------------------------

def test_a_paper_number_beside_the_title_atop_the_first_table():
    assert paper_reference("TB (9)1.ii") and paper_reference("Paper 3") and not paper_reference("Transparency Board")
    top = Row(cells=[Cell("TB (9)1.ii", 0), Cell("Transparency Board Action Log as 2 Sept 2011", 1), Cell("", 2)],
              page=1, line=1)
    rows = [top] + [Row(cells=[Cell("a", 0), Cell("b", 1), Cell("c", 2)], page=1, line=k) for k in (2, 3, 4)]
    blocks = [Paragraph("UNCLASSIFIED", 1, 0), Table(rows=rows, page=1, index=1)]
    assert [p.text for p in title_rows(blocks)] == ["Transparency Board Action Log as 2 Sept 2011"]


# ---- document structure ------------------------------------------------------------------------------

def _table(rows: list[list[str]], index: int = 1) -> Table:
    return Table(rows=[Row(cells=[Cell(t, c) for c, t in enumerate(r)], page=1, line=k) for k, r in enumerate(rows)],
                 page=1, index=index)


def test_a_title_alone_under_the_reference_heading_is_the_theme_of_the_rows_below():
    table = _table([["Ref", "Output/Activity", "Objectives", "Date"],
                    ["Events", "", "", ""],
                    ["1.1", "Developer Hack Day", "Bring authorities and developers together", "May 2010"],
                    ["1.2", "LA targeted events", "Use existing networks", "Ongoing"],
                    ["Web", "", "", ""],
                    ["2.1", "Promote the agenda via data.gov.uk", "Develop content", "March 2010"]])
    result = normalise(RawDocument(path="plan.xlsx", name="plan.xlsx", format="xlsx", blocks=[table]))
    assert [(a.area, a.area_ref, a.action) for a in result.actions] == [
        ("Events", "1", "Developer Hack Day"), ("Events", "1", "LA targeted events"),
        ("Web", "2", "Promote the agenda via data.gov.uk")]


def test_names_under_a_carried_number_heading_are_no_more_rows_of_the_table():
    # Annex B's organisations on the page after Annex A ('No. | Commitment | Lead department(s)')
    assert names_not_refs(profile(["Article 19*", "Big Lottery Fund", "Big Society Capital", "CAFOD*"]))
    assert not names_not_refs(profile(["6", "7", "8", "9"]))
    assert not names_not_refs(profile(["2.1", "2.2", "3a"]))
