"""Timeframe rows over a plan's actions: 'Short term (by 31 December 2012)', 'Medium term (30 June 2013)'.

The Northern Ireland ICT Action Plan (2012, Crown copyright) prints its actions in a table whose theme
banners ('Theme 1 - Skills Provision') are followed by timeframe banners with their date in brackets;
a re-typed workbook of it writes 'Short term' alone in the unheaded number column. The bracketed date
is the timeframe's own (normalise/area_titles.split_timeframe), not an area's title that would replace
the theme; and a row of a timeframe alone, in whatever column, heads the rows below
(Walker.data_row). Synthetic tables of the same shape.
"""
from __future__ import annotations

from conftest import grid

from planx.extract.model import Cell, RawDocument
from planx.normalise import normalise
from planx.normalise.area_titles import split_timeframe

HEAD = ["", "Challenge", "Action", "Deliverables", "Lead Responsibility"]


def _doc(table) -> RawDocument:
    raw = RawDocument(path="plan.xlsx", name="plan.xlsx", format="xlsx")
    raw.blocks.append(table)
    return raw


def test_a_bracketed_date_after_the_period_is_the_timeframes_own():
    assert split_timeframe("Short term (by 31 December 2012)") == ("Short term (by 31 December 2012)", "")
    assert split_timeframe("Medium term (30 June 2013)") == ("Medium term (30 June 2013)", "")
    # a bracket that is no date or span stays the text the period heads
    assert split_timeframe("Short term (priority actions)") == ("Short term", "(priority actions)")
    assert split_timeframe("Immediately: Ensure that plans are clear") == ("Immediately", "Ensure that plans are clear")


def _banner(text: str) -> list[Cell]:
    return [Cell(text, 0, colspan=5)]


def test_timeframe_banners_with_dates_under_a_theme_banner_keep_the_theme():
    table = grid(HEAD, _banner("Theme 1 - Skills Provision"), _banner("Short term (by 31 December 2012)"),
                 ["2", "Understand the demand for ICT professionals", "The Employer Board will publish an annual "
                  "skills survey", "Agreement on the skills needed", "Employer Board"],
                 _banner("Medium term (30 June 2013)"),
                 ["3", "Encourage take up", "Universities will offer conversion courses", "More graduates",
                  "QUB/UU"])
    acts = normalise(_doc(table)).actions
    assert [(a.area_ref, a.timeframe) for a in acts] == [("1", "Short term (by 31 December 2012)"),
                                                         ("1", "Medium term (30 June 2013)")]


def test_a_timeframe_alone_in_the_unheaded_number_column_heads_the_rows_below():
    # the transcription: 'Short term' in the first column (its merged banner read as that cell)
    rows = [["THEME 1 - SKILLS PROVISION", "", "", "", ""], ["Short term", "", "", "", ""]]
    for n, what in enumerate(("The Employer Board will publish an annual skills survey",
                              "Colleges will report the number of students enrolled",
                              "Invest NI will develop a technology programme"), 2):
        rows.append([str(n), "Understand the demand", what, "A clear picture", ""])
    rows.append(["Medium term (30 June 2013)", "", "", "", ""])
    for n, what in enumerate(("Universities will offer conversion courses",
                              "Schools will introduce a new qualification in computing"), 5):
        rows.append([str(n), "Encourage take up", what, "More graduates", ""])
    table = grid(HEAD, *rows)
    acts = normalise(_doc(table)).actions
    assert [a.timeframe for a in acts] == ["Short term"] * 3 + ["Medium term (30 June 2013)"] * 2
