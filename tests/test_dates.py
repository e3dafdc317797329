"""normalise/dates.py: the contract's date rules on the shapes found in plans."""
import pytest

from planx.normalise.dates import due_date, find_dates, ocr_digits, plan_date


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
             "KEY dates: 12 Dec", "İJAN 15", "12 March", "March"]
    for path in sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            cells.extend(line.split("\t"))
    years = (None, 2015)
    quick = {(c, y): dates._find_dates.__wrapped__(c, y) for c in cells for y in years}
    monkeypatch.setattr(dates, "_date_hint", lambda text: True)  # every cell through every pattern
    monkeypatch.setattr(dates, "has_month", lambda text: True)
    monkeypatch.setattr(dates, "_NEEDS_DIGIT", set())
    monkeypatch.setattr(dates, "_NEEDS_CONTEXT_YEAR", set())
    for c in cells:
        for y in years:
            assert dates._find_dates.__wrapped__(c, y) == quick[(c, y)], (c, y)


def test_a_month_written_with_a_case_twin_is_read():
    """re.I matches the long s, the Kelvin sign and the Turkish i's to ASCII letters."""
    assert [d.iso() for d in find_dates("ſep 2015")] == ["2015-09"]
    assert [d.iso() for d in find_dates("İJAN 15")] == []  # no word boundary before JAN: as for "XJAN 15"
    assert [d.iso() for d in find_dates("DEC 2015 KEY")] == ["2015-12"]
