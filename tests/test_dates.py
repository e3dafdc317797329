"""normalise/dates.py: the contract's date rules on the shapes found in plans."""
import pytest

from planx.normalise.dates import date_spans, due_date, find_dates, ocr_digits, plan_date


@pytest.mark.parametrize("raw, iso", [
    ("Apr-15", "2015-04"),
    ("April 2015", "2015-04"),
    ("01/02/2015", "2015-02-01"),  # UK day-first
    ("30/06/2013", "2013-06-30"),
    ("June 18", "2018-06"),
    ("Oct 17", "2017-10"),
    ("Feb-I7", "2017-02"),  # OCR: I for 1
    ("01.01.17", "2017-01-01"),
    ("lst February 2016", "2016-02-01"),
    ("2014", "2014"),
    ("end of October 2013; review end of February 2014", "2014-02"),  # the latest date committed to
    ("1. Jan 15 2. March 15", "2015-03"),
    ("I.March I5 2.April I5", "2015-04"),
    ("Sept '15", "2015-09"),
    ("By May 2015, with progress reported monthly.", "2015-05"),
    ("28/Feb/25", "2025-02-28"),  # an issue tracker's export: day, month's name and year between slashes
    ("02/Apr/2026", "2026-04-02"),
    ("Apr/26", "2026-04"),  # no day: the month and its year
])
def test_due_dates(raw, iso):
    assert due_date(raw) == iso


@pytest.mark.parametrize("raw", ["Ongoing", "TBC", "Quarterly", "", "As above", "we may review"])
def test_no_date(raw):
    assert due_date(raw, 2015) == ""


def test_dayless_and_yearless_dates_take_the_plans_year():
    assert due_date("15th March", 2015) == "2015-03-15"
    assert due_date("17 October", 2016) == "2016-10-17"
    assert due_date("15th March") == ""  # no plan date: no guess


def test_several_dates_in_reading_order():
    assert [d.iso() for d in find_dates("1.31/03/2015 2.15/12/2015 3.28/01/2016")] == \
        ["2015-03-31", "2015-12-15", "2016-01-28"]


def test_ocr_digits_only_where_digits_are_meant():
    assert ocr_digits("I.Sep I5") == "1.Sep 15"
    assert ocr_digits("Implement It") == "Implement It"


def test_plan_date_from_title_lines():
    assert plan_date(["Children's Services Improvement Plan: Monitoring Framework (March 2015)"]).iso() == "2015-03"
    assert plan_date(["Improvement Plan Tracker - May 2018"]).iso() == "2018-05"


def test_the_shortcuts_never_hide_a_date(monkeypatch):
    """The quick tests (a digit or a month word at all; a pattern skipped when it needs a digit,
    a month or the plan's year that the cell lacks) must reject only what the full patterns
    would not read as a date."""
    from pathlib import Path

    from planx.normalise import dates
    cells = ["Маrch", "lst March", "I.March I5", "summary of the mayor's plan", "By sept", "Q3 2015/16",
             "ОСТОВЕR", "Ongoing", "end of Jun", "Feb-I7", "2OI5", "l5th Dec", "10th of Αpril", "ſep 2015",
             "KEY dates: 12 Dec", "İJAN 15", "12 March", "March", "Q3 2025/26", "2025 Q1", "3rd quarter 2025/26",
             "Autumn term 2024", "Aut 1 2024", "2025.03.31", "2024 - 25", "FY 24/25", "Summer 2 2025"]
    for path in sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            cells.extend(line.split("\t"))
    years = (None, 2015)
    quick = {(c, y): dates._date_spans.__wrapped__(c, y) for c in cells for y in years}
    monkeypatch.setattr(dates, "_date_hint", lambda text: True)  # every cell through every pattern
    monkeypatch.setattr(dates, "has_month", lambda text: True)
    monkeypatch.setattr(dates, "_NEEDS_DIGIT", set())
    monkeypatch.setattr(dates, "_NEEDS_CONTEXT_YEAR", set())
    monkeypatch.setattr(dates, "_PERIOD_HINTS", {})
    for c in cells:
        for y in years:
            assert dates._date_spans.__wrapped__(c, y) == quick[(c, y)], (c, y)


def test_a_month_written_with_a_case_twin_is_read():
    """re.I matches the long s, the Kelvin sign and the Turkish i's to ASCII letters."""
    assert [d.iso() for d in find_dates("ſep 2015")] == ["2015-09"]
    assert [d.iso() for d in find_dates("İJAN 15")] == []  # no word boundary before JAN: as for "XJAN 15"
    assert [d.iso() for d in find_dates("DEC 2015 KEY")] == ["2015-12"]


# ---- dates as real plans print them: periods, terms, quarters, spreadsheet exports ---------

@pytest.mark.parametrize("raw, iso", [
    ("Mar\n2026", "2026-03"),  # a narrow column wraps the year onto its own line
    ("31st\nMarch\n2026", "2026-03-31"),
    ("By end of March 2026", "2026-03"),
    ("end of 2025", "2025"),
    ("w/c 12/02/24", "2024-02-12"),  # week commencing: the Monday printed
    ("Sept 24", "2024-09"),
    ("Jan-Mar 25", "2025-03"),  # a range: its last month
    ("Apr 2024 - Mar 2025", "2025-03"),
    ("31.03.25", "2025-03-31"),
    ("2025-03-31", "2025-03-31"),  # ISO, as spreadsheets export dates
    ("2025-03-31 00:00:00", "2025-03-31"),
    ("2025-03", "2025-03"),
    ("31-Mar-25", "2025-03-31"),  # Excel's d-mmm-yy
    ("31-Mar-2025", "2025-03-31"),
    ("March 2025 (revised June 2025)", "2025-06"),  # the revised date is the latest commitment
    ("Sept 2024 … end Q3", "2024-09"),  # a quarter without a year commits to nothing more
])
def test_real_cells(raw, iso):
    assert due_date(raw) == iso


# a council's landscape plan (Kent ICS priorities, 2024) elides years with whichever quote the word
# processor typed: an opening one as often as a closing one
@pytest.mark.parametrize("raw, iso", [
    ("Funded to March \u201825", "2025-03"),
    ("March \u201825", "2025-03"),
    ("Art of the possible workshop June \u201924. Start Art of the Possible area September \u201824", "2024-09"),
    ("June \u201924", "2024-06"),
    ("12th March \u201825", "2025-03-12"),
    ("Q4 \u201825", "2025-12"),
    ("Sept \u00b424", "2024-09"),  # an acute accent typed for the apostrophe
])
def test_a_year_elided_with_any_quote_mark(raw, iso):
    assert due_date(raw) == iso


@pytest.mark.parametrize("raw, iso", [
    ("2024/25", "2025"),  # a financial year (ends in March) or an academic one (summer): its second year
    ("2024-25", "2025"),
    ("2020 - 2021", "2021"),
    ("2025/2026", "2026"),
    ("FY 2025/26", "2026-03"),  # named a financial year: it ends on 31 March
    ("FY 24-25", "2025-03"),
    ("Financial year 2023/24", "2024-03"),
    ("24/25", "2025"),  # 24 cannot be a month
    ("Review 2019-20", "2020"),
    ("Academic year 2024-25", "2025"),  # ends in July (the school year) or on 31 August
    ("2024/25 academic year", "2025"),
    ("2015-2018", "2018"),  # years further apart are a range: its last year
    ("2016-18", "2018"),
])
def test_financial_and_academic_years(raw, iso):
    assert due_date(raw) == iso


@pytest.mark.parametrize("raw, iso", [
    ("Q3 2025/26", "2025-12"),  # UK financial quarters: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar
    ("Q4 2025/26", "2026-03"),
    ("Q4 24/25", "2025-03"),
    ("Q1 2024-25", "2024-06"),
    ("Quarter 2 of 2024-25", "2024-09"),
    ("3rd quarter 2025/26", "2025-12"),
    ("2025/26 Q3", "2025-12"),
    ("Q3 2025", "2025-09"),  # one calendar year: that year's calendar quarter (Jul-Sep)
    ("2025 Q1", "2025-03"),
    ("Q4 '25", "2025-12"),
])
def test_quarters(raw, iso):
    assert due_date(raw) == iso


@pytest.mark.parametrize("raw, iso", [
    ("Autumn term 2024", "2024-12"),
    ("Summer term 2025", "2025-07"),
    ("Summer term 25", "2025-07"),
    ("Spring term 2025", "2025-03"),  # ends before Easter: March, as readers of plans take it
    ("Autumn 1 2024", "2024-10"),  # half terms
    ("Aut 2 2024", "2024-12"),
    ("Spring 1 2025", "2025-02"),
    ("Spring 2 2025", "2025-03"),
    ("Summer 1 2025", "2025-05"),
    ("Summer half term 2 2025", "2025-07"),
    ("Autumn term first half 2024", "2024-10"),
    ("Summer term 2024/25", "2025-07"),  # an academic year: summer is in its second calendar year
    ("Autumn term 2024/25", "2024-12"),
    ("Spring 2025", "2025"),  # a season is not a month
    ("Autumn term 2024 - Summer term 2025", "2025-07"),
    ("Spring term 2025; Summer term 2025", "2025-07"),
])
def test_school_terms_and_seasons(raw, iso):
    assert due_date(raw) == iso


@pytest.mark.parametrize("raw", [
    "Summer term", "Autumn term\nFirst Half",  # a term with no year is no date, even in a dated plan
    "end Q3", "Q3", "Ongoing", "TBC", "Monthly", "Complete", "Achieved", "Completed (Green)",
    "16-17 year olds", "16/17 year olds", "Years 10-11", "2.5%", "Section 1. Introduction",
])
def test_not_dates(raw):
    assert due_date(raw, 2024) == ""


def test_an_open_ended_cell_commits_to_no_date_unless_a_deadline_word_brings_one():
    assert due_date("Ongoing but particular focus for 2019-20") == ""
    assert due_date("Continuous from April 2024") == ""
    assert due_date("Ongoing - review by March 2025") == "2025-03"
    assert due_date("From April 2024 and ongoing") == "2024-04"  # a start it commits to, then no end


def test_a_month_and_year_pair_is_not_a_financial_year():
    assert due_date("11/12") == "2012-11"  # November 2012
    assert due_date("FY 11/12") == "2012-03"  # named: the financial year
    assert due_date("11/12 academic year") == "2012"


def test_the_plans_own_date_is_a_printed_month_before_a_period():
    assert plan_date(["Improvement Plan 2025/26", "Updated June 2025"]).iso() == "2025-06"
    assert plan_date(["Improvement Plan 2025/26"]).iso() == "2026"
    assert plan_date(["Improvement Plan FY 2025/26"]).iso() == "2026"  # a period dates the plan by its year


@pytest.mark.parametrize("raw, iso", [
    ("31/10/ 2025", "2025-10-31"),  # a narrow PDF column broke the date after its separator
    ("Decem ber 2025", "2025-12"),  # and inside the month's name
    ("Ju ne 2025", "2025-06"),
    ("Decembe r 2025", "2025-12"),
    ("Mar ch 2025", "2025-03"),
    ("Q4 202 5/26", "2026-03"),  # a year broken after its third digit
    ("Sept 202 5", "2025-09"),
    ("31/03/2015 - 30/06/ 2015", "2015-06-30"),
    ("Mar 2026", "2026-03"),  # a month's own abbreviation is never joined to what follows
])
def test_a_date_broken_inside_by_a_narrow_column_is_read_closed_up(raw, iso):
    assert due_date(raw) == iso


def test_closing_up_never_reads_less_than_the_cell_as_printed():
    assert due_date("Review 2025 then 2026") == "2026"
    assert due_date("Phase 2 of 3") == ""


@pytest.mark.parametrize("raw, iso", [
    ("1. 2012 2. 2012 3. 2013 4. 2013", "2013"),  # list numbers before years are no broken dates
    ("1. 2016 2. 2017", "2017"),
    ("1. 31/03/2016 2. 30/06/2016", "2016-06-30"),
])
def test_numbered_dates_are_not_closed_up(raw, iso):
    assert due_date(raw) == iso


@pytest.mark.parametrize("raw, iso", [
    ("May\u20102011", "2011-05"),  # Word's hyphen (U+2010), as a Transparency Board log prints it
    ("Mar\u20102011", "2011-03"),
    ("31\u201103\u20112011", "2011-03-31"),  # non-breaking hyphens
    ("Mar\u20132011", "2011-03"),  # an en dash closed up
    ("2024\u221225", "2025"),  # a minus sign between the years of a pair
])
def test_dates_printed_with_unicode_hyphens(raw, iso):
    assert due_date(raw, 2011) == iso
    assert [(s, e) for s, e, _ in date_spans(f"by {raw}")] == [(3, 3 + len(raw))]  # spans point into the cell


@pytest.mark.parametrize("raw, iso", [
    # a bracketed aside after the due that gives its context: its date is not the due
    ("End-June 2025 (ahead of 4 July meeting)", "2025-06"),
    ("30 Sept 2025 (in time for the Ofsted visit on 12 Oct 2025)", "2025-09-30"),
    ("March 2026 (before the Board on 14 April 2026)", "2026-03"),
    # a further date of the action is part of the commitment: the latest stands ('…; review …')
    ("31 March 2026 (review 1 May 2026)", "2026-05-01"),
    ("Feb 2026 (final Jun 2026)", "2026-06"),
    # an aside that revises the date, or one with no date before it, is read as before
    ("Dec 2025 (revised to March 2026)", "2026-03"),
    ("March 2026 (was Dec 2025)", "2026-03"),
    ("(Q4) March 2026", "2026-03"),
    ("Ongoing (review by May 2026)", "2026-05"),
    ("June 2025 (phase 1), Dec 2025 (phase 2)", "2025-12"),
])
def test_a_bracketed_aside_after_the_due_is_not_the_due(raw, iso):
    assert due_date(raw) == iso


def test_a_yearless_due_before_an_aside_takes_the_plans_year():
    assert due_date("End-June (ahead of 4 July meeting)", 2025) == "2025-06"


def test_bracketed_list_numbers_between_dates_are_no_asides():
    assert due_date("(1) Jun-14 (2) Aug-14") == "2014-08"


@pytest.mark.parametrize("raw, year, expected", [
    ("Complete the kickoff during Dev Sync on 10/05", 2022, ""),  # a day and month: not October 2005
    ("12/99", 2024, ""),
    ("by 03/24", 2023, "2024-03"),  # month and year near the plan's own
    ("06/12", 2013, "2012-06"),
    ("10/05", None, "2005-10"),  # no year to judge by: read as printed
])
def test_month_and_two_digit_year_far_from_the_plan_year_is_not_a_date(raw, year, expected):
    assert due_date(raw, year) == expected


@pytest.mark.parametrize("raw, expected", [
    ("2022-06-31T00:00:00.00Z", "2022-06"),  # June has no 31st: the month stands, not a day no calendar holds
    ("2023-02-29", "2023-02"),
    ("2024-02-29", "2024-02-29"),  # a leap year's day is a day
    ("2022-06-30T00:00:00.00Z", "2022-06-30"),
])
def test_an_iso_day_the_month_has_not_is_read_at_the_month(raw, expected):
    assert due_date(raw) == expected


def test_a_month_then_an_ordinal_day_then_the_year_is_one_date():
    # 'Board meeting October 27th 2021': the ordinal says 27 is the day, no year 2027 (no comma needed)
    from planx.normalise.dates import find_dates
    got = find_dates("Board meeting October 27th 2021")
    assert [(d.year, d.month, d.day) for d in got] == [(2021, 10, 27)]
    assert [(d.year, d.month, d.day) for d in find_dates("by March 1st 2024")] == [(2024, 3, 1)]
    assert all(d.year != 2027 for d in find_dates("October 27th"))  # a day without its year is no year
    assert [(d.year, d.month) for d in find_dates("May 24")] == [(2024, 5)]  # a two-digit year still is one
