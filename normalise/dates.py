"""Dates as plans print them → ISO 8601 at the printed precision (CONTRACT.md "Dates").

`find_dates` reads every date in a cell; `due_date` keeps the latest one. Day-first (UK)
numeric dates, month names with two- or four-digit years, OCR confusions read as digits
('I5' = 15, 'lst' = 1st), and years taken from the plan's own date when a cell omits them.

Periods are read as the last month they certainly cover, and no finer than that:
- a pair of years ('2024/25', '2024-25', '24/25' when 24 cannot be a month) is a financial
  year (ending in March) or an academic year (ending in July or August): both end in its
  second year, so → '2025' (a school plan's '2020 - 2021' is not March 2021); named as a
  financial year ('FY 2025/26', 'financial year 2023/24') it ends in March → '2026-03', and so
  does a bare pair in a document whose own evidence says it counts in financial years (a
  council's or NHS body's plan, not a school's: FINANCIAL_YEARS, set by normalise from
  schoolyear.financial_year_evidence); two years further apart ('2015-2018') are a range → '2018';
- a month without a year that opens a range or list whose next month prints one ('Jun-Aug 2018',
  'November- December 2018') is in that year (the year before across the new year), not the
  plan's;
- a quarter with a financial year ('Q3 2025/26') is a UK financial quarter (Q1 Apr–Jun,
  Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar) → '2025-12'; a quarter with one calendar year
  ('Q3 2025') is that year's calendar quarter (Q3 Jul–Sep) → '2025-09': the year printed is
  the calendar's, and a financial quarter is written with its financial year in UK plans;
  a quarter with no year ('end Q3') is no date: neither its year nor its months are certain;
- a school term with a year ends in a known month: autumn term → December, summer term →
  July, and the half terms Autumn 1 → October, Spring 1 → February, Summer 1 → May; the
  spring term (and Spring 2) ends before Easter: March, the month people reading a plan
  take it to end in (four of five truth writers who read plans blind wrote March; in some
  years it runs into early April), so that 'Spring term 2025; Summer term 2025' ends in July,
  which a year-only '2025' would not say; with an academic year ('Summer term 2024/25') autumn is in the first year and
  spring and summer in the second; a term with no year ('Summer term') is no date;
- a season ('Spring 2025') is not a month: only its year.
Such month-level dates are *derived* (PlanDate.derived): the plan's own date prefers a month
that is printed.
"""
from __future__ import annotations

import calendar
import contextvars
import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from planx.normalise.bilingual import english_date
from planx.normalise.text import fix_lookalikes, trie_alternation
from planx.normalise.vocab import DUE_CONTEXT_ASIDE_OPENERS, MONTHS, STARTED_WORDS

_MONTH = trie_alternation(set(MONTHS))
_OCR_DIGITS = str.maketrans({"I": "1", "l": "1", "|": "1", "O": "0", "o": "0", "S": "5"})
# a token that mixes digits with OCR look-alikes: 'I5', 'l5', 'O1', '2OI5', 'lst'
_OCR_TOKEN = re.compile(r"(?<![A-Za-z])(?=[IlO|o0-9S]*\d)[IlO|o0-9]{2,4}(?![A-Za-z])"
                        r"|(?<![A-Za-z])[Il](?=(?:st|nd|rd|th)\b)")
_OCR_LIST_NUMBER = re.compile(r"(?:(?<=\s)|^)[Il](?=\s*[.)])")  # 'I.March I5' → '1.March 15'


_OCR_LETTER = re.compile(r"[IlO|oS]")  # every OCR confusion above holds one of these


@lru_cache(maxsize=8192)  # due cells repeat ('31/03/2016', 'Ongoing'), within a plan and across versions
def ocr_digits(text: str) -> str:
    """Read OCR confusions as digits where a date is expected ('Feb-I7' → 'Feb-17')."""
    if not _OCR_LETTER.search(text):
        return text  # '31/03/2015': nothing to read otherwise (and no callback per digit run)
    text = _OCR_TOKEN.sub(lambda m: m.group(0).translate(_OCR_DIGITS), text)
    return _OCR_LIST_NUMBER.sub("1", text)


class PlanDate(NamedTuple):
    """A date at the precision printed: month and day may be absent. (A named tuple: made for
    every date of every cell, it is built several times faster than a frozen dataclass.)"""
    year: int
    month: int | None = None
    day: int | None = None
    derived: bool = False  # the month is the end of a printed period (financial year, quarter, term)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def end_key(self) -> tuple[int, int, int]:
        """Sort key by the last day the date covers ('2015' ends after '2015-03')."""
        return (self.year, self.month or 12, self.day or 31)


def _year(text: str) -> int:
    y = int(text)
    return 2000 + y if y < 100 else y


def _valid(y: int, m: int | None = None, d: int | None = None) -> bool:
    return 1990 <= y <= 2099 and (m is None or 1 <= m <= 12) and (d is None or 1 <= d <= 31)


_ORD = r"(?:st|nd|rd|th)?"
# A date needs a digit or a month name as a word: every pattern below has one or the other
# (OCR look-alikes are read as digits only inside a token that has a real digit). Most cells
# have neither and are decided by this one search.
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH})\b", re.I)
_HAS_MONTH = re.compile(rf"{_MONTH}", re.I)
_DIGIT = re.compile(r"\d")
# the month names no other name is part of ('jan', 'sep' ...): every month name holds one
_MONTH_STEMS = tuple(k for k in MONTHS if not any(o != k and o in k for o in MONTHS))
# the only non-ASCII letters that re.I matches to ASCII ones (Turkish dotted/dotless i, long s,
# the Kelvin sign): where one occurs, the regex decides
_STEM = re.compile(trie_alternation(set(_MONTH_STEMS)))  # lowercase, no re.I: the engine skips to candidates
_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")
_TWINS_TO_ASCII = str.maketrans("\u0130\u0131\u017f\u212a", "iisk")
# hyphens a word processor or PDF prints in place of '-' ('May\u20102011', a non-breaking
# '31\u201103\u20112011', a minus sign): read as '-' so that every pattern sees one separator.
# One character for one, so that a date's span still points into the cell as printed.
_DASHES_TO_HYPHEN = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-"))


def _month_number(name: str) -> int:
    """A month name the patterns matched, in any case ('ſep', with a long s, is 'sep')."""
    return MONTHS[name.translate(_TWINS_TO_ASCII).lower()]


def has_month(text: str) -> bool:
    """Does a month name occur (any case, even inside a word), as _HAS_MONTH would find?
    Substring tests run in C: the case-insensitive alternation scans at ~250 ns a character,
    and this question is asked of nearly every cell."""
    if not text.isascii() and _CASE_TWINS.search(text):
        return bool(_HAS_MONTH.search(text))
    # a letter lowered into ASCII ('K' → 'k') only adds a candidate: the caller's regex checks
    return _STEM.search(text.lower()) is not None


def _date_hint(text: str) -> bool:
    """A date needs a digit or a month name as a word."""
    return bool(_DIGIT.search(text)) or (has_month(text) and bool(_MONTH_WORD.search(text)))


_NEEDS_MONTH = {"d_month_y", "month_d_y", "month_y", "d_month", "month"}
_NEEDS_DIGIT = {"iso", "term", "quarter", "year_quarter", "year_pair", "dmy_num", "d_month_y", "month_d_y",
                "month_y", "d_month", "my_num", "year"}
_NEEDS_CONTEXT_YEAR = {"d_month", "month"}  # a day and month, or a month, alone: only with the plan's year
# what the period patterns need besides a digit, tested on the lower-cased text before their scan
_PAIR_HINT = re.compile(r"\d\s*[/\-–]\s*\d")
_ISO_HINT = re.compile(r"\d[/.\-]\d")
_QUARTER_HINT = re.compile(r"q(?:uarter|tr\.?)?\s*[1-4]|quarter")
_PERIOD_HINTS = {
    "iso": lambda low: bool(_ISO_HINT.search(low)),
    "year_pair": lambda low: bool(_PAIR_HINT.search(low)),
    "term": lambda low: "aut" in low or "spr" in low or "sum" in low,
    "quarter": lambda low: "q" in low and bool(_QUARTER_HINT.search(low)),
    "year_quarter": lambda low: "q" in low and bool(_QUARTER_HINT.search(low)),
}

# a year pair: '2024/25', '2024-2025', '24/25' (the second part two or four digits)
_YEAR_PAIR = r"((?:19|20)?\d{2})\s*[/\-–]\s*((?:19|20)?\d{2})"
_FY_WORDS = r"(?:FY|F\.Y\.|financial\s+year|fin(?:ancial)?\.?\s*yr\.?|budget\s+year)"
_ACADEMIC_WORDS = r"(?:academic\s+year|school\s+year|AY)"
_QUARTER = (r"(?:\bQ(?:uarter|tr\.?)?\s*([1-4])\b|\b([1-4])(?:st|nd|rd|th)\s+quarter\b"
            r"|\b(first|second|third|fourth)\s+quarter\b)")
# the mark a two-digit year is elided with ('March '25'): an apostrophe, or what a word processor
# or PDF prints for one - either curly quote ('March ‘25' opens one, 'June ’24' closes one), a
# backtick, an acute accent or a prime
_ELIDED = "['\u2018\u2019`\u00b4\u2032]"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_SEASON = r"(autumn|spring|summer|aut|spr|sum)\.?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # (with the time of day an export or a site's data writes after it, which says no more of the
    # date: '2019-01-31T00:00:00.000Z', '2024-05-01T09:30+01:00')
    ("iso", re.compile(r"(?<![\d/.\-])((?:19|20)\d{2})([/.\-])(\d{1,2})\2(\d{1,2})"
                       r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?)?(?![\d/.\-])")),
    # a school term or half term, with an optional (academic) year, perhaps in brackets ('Summer 2
    # (2025)'; only a four-digit year: 'Autumn 1 (12 pupils)' names no year)
    ("term", re.compile(rf"\b{_SEASON}\s*(?:(term)\b)?\s*(?:([12])\b|(first|second|1st|2nd)\s+half\b"
                        rf"(?:\s*term\b)?|half[\s-]*term\s*([12])\b)?\s*(?:of\s+|,\s*|\(\s*(?=(?:19|20)\d{{2}}))?"
                        rf"(?:((?:19|20)\d{{2}}|\d{{2}})(?:\s*[/\-–]\s*((?:19|20)?\d{{2}}))?(?![\d%]))?", re.I)),
    # a quarter with a financial or calendar year after it ('Q3 2025/26', 'Quarter 2 of 2024-25', 'Q1 2025')
    ("quarter", re.compile(rf"{_QUARTER}\s*(?:of\s+|in\s+|,\s*)?(?:{_FY_WORDS}\s*)?"
                           rf"(?:{_YEAR_PAIR}|((?:19|20)\d{{2}})|{_ELIDED}(\d{{2}}))?(?![\d%/])", re.I)),
    # the same, year first ('2025/26 Q3', '2025 Q1')
    ("year_quarter", re.compile(rf"(?<![\d/.\-])(?:{_YEAR_PAIR}|((?:19|20)\d{{2}}))\s*[,:\-–]?\s*{_QUARTER}",
                                re.I)),
    # a financial / academic year, or a range of years
    ("year_pair", re.compile(rf"(?<![\d/.\-]){_YEAR_PAIR}(?![\d%]|[/.\-]\d)(?:\s*({_ACADEMIC_WORDS}))?", re.I)),
    ("dmy_num", re.compile(r"(?<!\d)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")),
    # (slashes too, as issue trackers export a date: Jira's '28/Feb/25'; one on each side of the month)
    ("d_month_y", re.compile(rf"(?<!\d)(\d{{1,2}}){_ORD}(?:(?:\s*|-)(?:of\s+)?({_MONTH})\.?,?(?:\s*|-)"
                             rf"|/({_MONTH})/)(?:{_ELIDED})?(\d{{4}}|\d{{2}})(?!\d|:\d)", re.I)),
    # (a comma after the month too: 'August, 31, 2023'; an ordinal says the number is the day, no comma
    # needed: 'October 27th 2021' is no 'October 27', 'March 1st 2024' no bare year; nor is one needed
    # where a year of four digits follows the number: 'Updated September 25 2018' is no 'September 2025')
    ("month_d_y", re.compile(rf"\b({_MONTH})\.?,?\s+(\d{{1,2}})"
                             rf"(?:{_ORD},|(?:st|nd|rd|th)\b|(?=\s+(?:19|20)\d{{2}}(?!\d)))\s*(\d{{4}})(?!\d)", re.I)),
    # (a number with an ordinal is a day, never a year: 'October 27th')
    ("month_y", re.compile(rf"\b({_MONTH})\.?\s*(?:(?:-|/|{_ELIDED})\s*|\s)?(\d{{4}}|\d{{2}})"
                           r"(?![\d%]|:\d|(?:st|nd|rd|th)\b)", re.I)),
    # a day and month, spaced or hyphenated as a spreadsheet prints them ('23 Mar', '23-Mar')
    ("d_month", re.compile(rf"(?<!\d)(\d{{1,2}}){_ORD}(?:\s*|-)(?:of\s+)?({_MONTH})\b", re.I)),
    # (not a clock's time: '3.00 p.m.', '10.30am', '9.15 hrs')
    ("my_num", re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{4}|\d{2})(?![\d/.])(?!\s*(?:[ap]\.?m\b|hrs?\b))", re.I)),
    ("month", re.compile(rf"\b({_MONTH})\b\.?", re.I)),
    ("year", re.compile(r"(?<![\d/.\-])((?:19|20)\d{2})(?![\d%]|[\-–]\d{3}(?!\d))")),
]


# numeric dates are day first ('08/12/2025' is 8 December), unless the document being read writes
# them month first (normalise sets this for a document that does: see numeric_date_order)
MONTH_FIRST: contextvars.ContextVar[bool] = contextvars.ContextVar("MONTH_FIRST", default=False)
# a bare pair of years ('2026/27') is the financial year, ending in March, in a document whose own
# evidence says it counts in financial years (normalise sets this: see financial_year_evidence)
FINANCIAL_YEARS: contextvars.ContextVar[bool] = contextvars.ContextVar("FINANCIAL_YEARS", default=False)
# (one separator throughout, as the dmy_num pattern reads them: '1.31/03/2015' is item 1's date)
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})([/\-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/\-])")


_DIGIT = re.compile(r"\d")


def _with_digits(texts: Sequence[str]) -> list[str]:
    """The texts holding a digit, which a numeric date needs: a scan for a digit runs at the speed of a
    character class, where a pattern opening with a lookbehind tries every position of a long text."""
    return [t for t in texts if _DIGIT.search(t)]


def _orders(texts: Sequence[str]) -> tuple[int, int]:
    """(dates readable only month first, dates readable only day first) among texts."""
    month_first = day_first = 0
    for text in _with_digits(texts):
        for m in _NUMERIC_DATE.finditer(text):
            first, second = int(m.group(1)), int(m.group(3))
            month_first += first <= 12 < second <= 31
            day_first += second <= 12 < first <= 31
    return month_first, day_first


# a day and month in numbers without a year ('Update 3/23:', 'by 4/6'), as notes write them
_YEARLESS_NUMERIC = re.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})(?![\d/.\-]|\s*(?:[ap]\.?m\b|%))", re.I)


# what stands before a pair of numbers that numbers something: nothing (the text opens with it, as a minute's
# number does), or a word naming what is numbered
_NUMBERS_A_PAIR = re.compile(r"(?:^[\s#*•\-]*|\b(?:minutes?|min|items?|sections?|para(?:graph)?s?|pages?|no|ref|"
                             r"nos?|numbers?|resolutions?)\.?\s*)$", re.I)


def numeric_date_order(texts: Sequence[str]) -> bool:
    """Does a document write its numeric dates month first ('07/29/2025')? Only when some date can
    be read no other way (its second number is over 12) and none can only be read day first. A
    document whose full dates settle nothing ('04/01/2022') is judged by its days and months written
    without a year the same way ('Update 3/23', 'in progress 3/23': month first)."""
    month_first, day_first = _orders(texts)
    if not (month_first or day_first):
        for text in _with_digits(texts):
            for m in _YEARLESS_NUMERIC.finditer(text):
                if _NUMBERS_A_PAIR.search(text[:m.start()]):
                    continue  # a minute's or item's number ('19/45 Finance', 'Minute 12/19'), no date
                first, second = int(m.group(1)), int(m.group(2))
                month_first += 1 <= first <= 12 < second <= 31
                day_first += 1 <= second <= 12 < first <= 31
    return month_first > 0 and day_first == 0


# the cells of a table's column that writes its numeric dates in the other order from the document,
# each with its column's order (True: month first); see column_date_orders
CELL_ORDER: contextvars.ContextVar[dict[str, bool] | None] = contextvars.ContextVar("CELL_ORDER", default=None)


def column_date_orders(columns: Sequence[Sequence[str]], month_first: bool) -> dict[str, bool]:
    """The cells of each column that settles its own order of numeric dates against the document's
    (month_first): a column of which some date reads only month first ('3/27/2027') and none only
    day first is month first throughout ('3/4/2027' is 4 March), as a column the other way round is
    day first, whatever the other columns write (an export's 'Created 23/02/2026 16:48' beside its
    'Due Date 3/27/2027'). {cell text: month first} for the cells holding a numeric date."""
    out: dict[str, bool] = {}
    for texts in columns:
        m_first, d_first = _orders(texts)
        if m_first and d_first or not (m_first or d_first) or bool(m_first) == month_first:
            continue  # no order of its own, or the document's
        for text in texts:
            if _NUMERIC_DATE.search(text):
                out[text.strip()] = bool(m_first)
    return out


def _month_first(raw: str) -> bool:
    """Is this cell's numeric date month first: its column's order, else the document's."""
    cells = CELL_ORDER.get()
    return cells.get(raw.strip(), MONTH_FIRST.get()) if cells else MONTH_FIRST.get()


def find_dates(raw: str, context_year: int | None = None) -> list[PlanDate]:
    """Every date a cell commits to, in reading order."""
    if not raw:
        return []
    return [d for _, _, d in _date_spans(raw, context_year, _month_first(raw), FINANCIAL_YEARS.get())]


def date_spans(raw: str, context_year: int | None = None) -> list[tuple[int, int, PlanDate]]:
    """Every date of a cell with where it is printed, (start, end, date) in reading order; []
    when reading the dates changed the text's length (the places would not be the printed ones)."""
    if not raw:
        return []
    if len(ocr_digits(fix_lookalikes(raw))) != len(raw):
        return []
    return list(_date_spans(raw, context_year, _month_first(raw), FINANCIAL_YEARS.get()))


@lru_cache(maxsize=8192)
def _date_spans(raw: str, context_year: int | None, month_first: bool = False,
                financial: bool = False) -> tuple[tuple[int, int, PlanDate], ...]:
    text = fix_lookalikes(raw)
    if not text.isascii():
        text = text.translate(_DASHES_TO_HYPHEN)
    if not _date_hint(text):
        return ()
    text = ocr_digits(text)
    month, digit = has_month(text), bool(_DIGIT.search(text))
    low = text.lower()
    taken: list[tuple[int, int]] = []  # spans already read as a date: a later pattern skips them
    found: list[tuple[int, int, PlanDate]] = []
    for kind, pattern in _PATTERNS:
        if (kind in _NEEDS_MONTH and not month) or (kind in _NEEDS_DIGIT and not digit) or \
                (kind in _NEEDS_CONTEXT_YEAR and context_year is None) or \
                (kind in _PERIOD_HINTS and not _PERIOD_HINTS[kind](low)):
            continue  # the pattern cannot match, or _read would reject all it matches: skip its scan
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            date = _read(kind, m, context_year, month_first, financial)
            if date is None:
                continue
            taken.append((start, end))
            found.append((start, end, date))
    found.sort(key=lambda f: f[0])
    return tuple(found)


# a month name just before a day-first date's number: 'Jun 24 Aug 24' lists months and their years
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH})\.?\s*$", re.I)
_TWO_DIGITS = re.compile(r"\d{2}")


# how far from the plan's own year a month/two-digit-year reading may fall before it is taken for a
# yearless day and month instead
_FAR_YEARS = 10


def _read(kind: str, m: re.Match[str], context_year: int | None, month_first: bool = False,
          financial: bool = False) -> PlanDate | None:
    if kind == "year_pair":
        return _read_year_pair(m, financial)
    if kind in _PERIOD_READERS:
        return _PERIOD_READERS[kind](m)
    if kind in ("d_month_y", "d_month") and _TWO_DIGITS.fullmatch(m.group(1)) and \
            _MONTH_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # '24' is the year of the month before it ('Jun 24'), not the day of the one after
    g = m.groups()
    y: int | None
    if kind == "dmy_num":
        d, mo, y = int(g[0]), int(g[2]), _year(g[3])
        if month_first or (mo > 12 and d <= 12):
            d, mo = mo, d  # month first: the document's order, or the only reading ('2/19/2018')
    elif kind == "d_month_y":
        d, mo, y = int(g[0]), _month_number(g[1] or g[2]), _year(g[3])
    elif kind == "month_d_y":
        d, mo, y = int(g[1]), _month_number(g[0]), _year(g[2])
    elif kind == "month_y":
        if g[0].lower() == "may" and not g[0][0].isupper():
            return None  # the verb "may"
        d, mo, y = None, _month_number(g[0]), _year(g[1])
    elif kind == "d_month":
        if context_year is None:
            return None
        d, mo = int(g[0]), _month_number(g[1])
        y = _range_year(m, mo) or context_year
    elif kind == "my_num":
        d, mo, y = None, int(g[0]), _year(g[1])
        if len(g[1]) == 2 and context_year is not None and abs(y - context_year) > _FAR_YEARS:
            return None  # '10/05' in a 2022 plan is a day and month without a year, not October 2005
    elif kind == "month":
        if context_year is None or (g[0].lower() == "may" and not g[0][0].isupper()):
            return None
        if g[0].lower() in ("mar", "jun", "jan", "sep", "dec") and not g[0][0].isupper():
            return None
        d, mo = None, _month_number(g[0])
        y = _range_year(m, mo) or context_year
    else:  # year
        d, mo, y = None, None, int(g[0])
    if not _valid(y, mo, d):
        return None
    return PlanDate(y, mo, d)


# what joins the first month of a range or list to the next ('Jun-Aug 2018', 'November- December
# 2018', '15 June to 30 August 2018', 'May and June 2026'), then that month (with a day before or
# after it) and its year
_RANGE_TAIL = re.compile(rf"\s*(?:-|/|&|,|\bto\b|\band\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*"
                         rf"(?:\d{{1,2}}{_ORD}\s*(?:of\s+)?)?({_MONTH})\.?,?\s*(?:\d{{1,2}}{_ORD},?\s*)?"
                         rf"(?:[-/]\s*|{_ELIDED})?((?:19|20)\d{{2}}|\d{{2}})(?![\d%/:])", re.I)


def _range_year(m: re.Match[str], month: int) -> int | None:
    """The year of a month printed without one that opens a range or list whose next month prints
    its year ('Jun-Aug 2018': June 2018, not June of the plan's year); the year before when the
    range crosses the new year ('Nov-Feb 2019': November 2018). None when no such month follows."""
    tail = _RANGE_TAIL.match(m.string, m.end())
    if tail is None:
        return None
    y = _year(tail.group(2))
    return y - 1 if month > _month_number(tail.group(1)) else y


# ---- periods: financial and academic years, quarters, terms ---------------------------------

def _checked(y: int, mo: int | None = None, d: int | None = None, derived: bool = False) -> PlanDate | None:
    return PlanDate(y, mo, d, derived) if _valid(y, mo, d) else None


def _pair_end(first: str, second: str) -> int | None:
    """The second year of a pair of consecutive years ('2024/25', '24/25', '2024-2025'), else None."""
    start = _year(first)
    end = _year(second) if len(second) == 4 else (start // 100) * 100 + int(second)
    return end if end == start + 1 else None


def _read_iso(m: re.Match[str]) -> PlanDate | None:
    y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if _valid(y, mo, d) and d > calendar.monthrange(y, mo)[1]:
        # a day the month has not ('2022-06-31', a site's data typed by hand): the month it names
        # stands, the day cannot; read at the month's precision, never as a day no calendar holds
        return PlanDate(y, mo)
    return _checked(y, mo, d)


FINANCIAL_YEAR_END = 3  # a UK financial year ends on 31 March
_NAMED_BEFORE = re.compile(rf"(?:{_FY_WORDS}|{_ACADEMIC_WORDS})\s*:?\s*$", re.I)
_AGES = re.compile(r"\s*(?:years?\b|yrs?\b|y\.?o\b|olds?\b|year-olds?\b)", re.I)


def _read_year_pair(m: re.Match[str], financial_document: bool = False) -> PlanDate | None:
    """'2024/25' → '2025' (a financial or an academic year: it ends in 2025, in March or in the
    summer); 'FY 2024/25' → the financial year's end '2025-03', and so is a bare '2024/25' in a
    document that counts in financial years (financial_document: see financial_year_evidence);
    '2015-2018' → the range's last year; '2025-03' → that month; '24/25' alone only when 24
    cannot be a month ('11/12' is November 2012)."""
    first, second, words_after = m.group(1), m.group(2), m.group(3)
    before = _NAMED_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    named = bool(before or words_after)
    financial = bool(before and re.match(_FY_WORDS, before.group(0), re.I)) or (financial_document and not named)
    end = _pair_end(first, second)
    if len(first) == 2 and not named and (int(first) <= 12 or "/" not in m.group(0) or _AGES.match(m.string,
                                                                                                 m.end())):
        return None  # '11/12' is November 2012 (my_num reads it); '16-17', '16/17 year olds' are ages
    if end is not None:
        return _checked(end, FINANCIAL_YEAR_END, derived=True) if financial else _checked(end)
    if len(first) != 4:
        return None
    start = int(first)
    if len(second) == 2 and 1 <= int(second) <= 12 and "/" not in m.group(0) and not named:
        return _checked(start, int(second))  # ISO year and month '2025-03'
    last = _year(second) if len(second) == 4 else (start // 100) * 100 + int(second)
    return _checked(last) if start < last <= start + 20 else None


def _quarter_number(m: re.Match[str], at: int) -> int:
    digit = m.group(at) or m.group(at + 1)
    return int(digit) if digit else _ORDINALS[m.group(at + 2).lower()]


def _quarter(q: int, first: str | None, second: str | None, single: str | None) -> PlanDate | None:
    """The last month of quarter q: of the financial year first/second, or of the calendar year single."""
    if first is not None and second is not None:
        end = _pair_end(first, second)
        if end is None:
            return None
        return _checked(end - 1, 3 * q + 3, derived=True) if q < 4 else _checked(end, 3, derived=True)
    if single is not None:
        return _checked(_year(single), 3 * q, derived=True)
    return None  # a quarter without a year: neither year nor months are certain


def _read_quarter(m: re.Match[str]) -> PlanDate | None:
    return _quarter(_quarter_number(m, 1), m.group(4), m.group(5), m.group(6) or m.group(7))


def _read_year_quarter(m: re.Match[str]) -> PlanDate | None:
    return _quarter(_quarter_number(m, 4), m.group(1), m.group(2), m.group(3))


# the month a term or half term ends in (the spring term ends before Easter: March, as readers take it);
# an academic year's first calendar year holds autumn, its second the rest
_TERM_END = {("autumn", None): 12, ("autumn", 1): 10, ("autumn", 2): 12, ("spring", None): 3,
             ("spring", 1): 2, ("spring", 2): 3, ("summer", None): 7, ("summer", 1): 5, ("summer", 2): 7}
_SEASON_NAMES = {"aut": "autumn", "spr": "spring", "sum": "summer"}


def _read_term(m: re.Match[str]) -> PlanDate | None:
    """'Autumn term 2024' → '2024-12'; 'Summer 2 2025' → '2025-07'; 'Spring 2025' (a season) → '2025'."""
    name, term, half, half_word, half_term, year, year_end = m.groups()
    season = _SEASON_NAMES.get(name.lower(), name.lower())
    half_text = half or half_term or (half_word or "")[:1].lower()
    number = {"1": 1, "2": 2, "f": 1, "s": 2}.get(half_text)
    if year is None or (len(name) == 3 and not (term or number)):
        return None  # no year: no date; 'sum 2025' is not a term
    if year_end is not None:  # an academic year: autumn in its first calendar year, the rest in its second
        end = _pair_end(year, year_end)
        if end is None:
            return None
        y = end - 1 if season == "autumn" else end
    else:
        y = _year(year)
    if not (term or number):
        return _checked(y)  # a season: only its year
    return _checked(y, _TERM_END[(season, number)], derived=True)


_PERIOD_READERS = {"iso": _read_iso, "quarter": _read_quarter,
                   "year_quarter": _read_year_quarter, "term": _read_term}


def latest(dates: list[PlanDate]) -> PlanDate | None:
    return max(dates, key=PlanDate.end_key) if dates else None


# a due cell that opens by saying the work has no end ('Ongoing but particular focus 2019-20',
# 'Continuous from April 2024') commits to no date, unless a deadline word brings one ('Ongoing;
# review by March 2025')
_OPEN_ENDED = re.compile(r"^\W*(?:on-?\s?going|continuous|continual|throughout|business as usual|bau)\b", re.I)
_DEADLINE_WORD = re.compile(r"\b(?:by|until|till|end|deadline|due|complete[sd]?|completion|review(?:ed)?|"
                            r"before|no later than)\b", re.I)


# a date a narrow column broke inside ('31/10/ 2025', 'Decem ber 2025'): the break, to close up
# (a list number before a date, '1. 2012 2. 2013' or '1. 31/03/2016', is no break)
_BROKEN_NUMERIC = (re.compile(r"\b(\d{1,2}[/.\-]\d{1,2}[/.\-])\s+(\d{2,4})\b"),  # '31/10/ 2025'
                   re.compile(r"\b(\d{1,2}/)\s+(\d{1,2}/\d{2,4})\b"),  # '31/ 10/2025'
                   re.compile(r"\b((?:19|20)\d)\s+(\d)(?=\b|[/\-])"))  # '202 5/26'

_BROKEN_WORD = re.compile(r"\b([A-Za-z]{1,8})\s+([a-z]{1,8})\b")


def _closed_up(raw: str) -> str:
    """The cell with breaks inside a date closed up: a space after a date's separator before its
    next figure, inside a year after its third digit ('202 5/26'), and inside a word that makes a
    month name only when closed ('Decem ber')."""
    text = raw
    for broken in _BROKEN_NUMERIC:
        text = broken.sub(r"\1\2", text)

    def join(m: re.Match[str]) -> str:
        whole = m.group(1) + m.group(2)
        return whole if whole.lower() in MONTHS else m.group(0)
    return _BROKEN_WORD.sub(join, text)


_SERIAL = re.compile(r"^\s*(\d{5})(?:\.0+)?\s*$")
SERIAL_RANGE = (36526, 73050)  # 2000-01-01 … 2099-12-31 as Excel counts days (from 1899-12-30)


def excel_serial(raw: str) -> PlanDate | None:
    """A date cell that lost its date format shows Excel's day count ('45747' is 31/03/2025); read
    only where a date is expected (a due cell), and only within 2000–2099."""
    m = _SERIAL.match(raw)
    if not m or not SERIAL_RANGE[0] <= int(m.group(1)) <= SERIAL_RANGE[1]:
        return None
    import datetime as dt
    day = dt.date(1899, 12, 30) + dt.timedelta(days=int(m.group(1)))
    return PlanDate(day.year, day.month, day.day)


def due_date(raw: str, context_year: int | None = None) -> str:
    """The latest date a due cell commits to, ISO at the printed precision; '' when none. A date a
    narrow column broke inside ('31/10/ 2025', 'Q4 202 5/26') is read closed up; one printed in
    Welsh and English by its English side (bilingual.english_date)."""
    return _due_date(english_date(raw), context_year, _month_first(raw), FINANCIAL_YEARS.get())


@lru_cache(maxsize=8192)
def _due_date(raw: str, context_year: int | None, month_first: bool, financial: bool = False) -> str:
    if _OPEN_ENDED.match(raw) and not _DEADLINE_WORD.search(raw):
        return ""
    raw = _without_starts(raw, context_year)
    d = latest(_printed_within_periods(find_dates(_without_asides(raw, context_year), context_year)))
    alone = _YEARLESS_DUE.match(raw) if d is None else None
    if alone is not None and context_year is not None:
        # 'by 4/6' alone in a due: a day and month of the plan's year, in the document's order
        first, second = int(alone.group(1)), int(alone.group(2))
        mo, day = (first, second) if month_first else (second, first)
        d = _checked(context_year, mo, day)
    closed = _closed_up(raw)
    if closed != raw:  # the break was inside a date (the patterns find nothing else): read it whole
        d = latest(find_dates(closed, context_year)) or d
    return d.iso() if d else ""


def _printed_within_periods(dates: list[PlanDate]) -> list[PlanDate]:
    """The dates without a period's derived month ('Spring term 2026' → 2026-03, 'Q4 2025/26' →
    2026-03) where the cell prints a day within that month too ('Spring term 2026 – by 27 March
    2026'): the day says when in the period the work is due, the period only which one it is."""
    days = {(d.year, d.month) for d in dates if not d.derived and d.day is not None}
    return [d for d in dates if not (d.derived and d.day is None and (d.year, d.month) in days)]


# a due that is only a day and month in numbers ('4/6', 'by 4/6'): read with the plan's year (_due_date)
_YEARLESS_DUE = re.compile(r"^\s*(?:by\s+)?(\d{1,2})/(\d{1,2})\s*\.?\s*$", re.I)


# a past-tense start word right before a date ('Commenced October 2024', 'started in 2024')
_STARTED_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(STARTED_WORDS))})\s+(?:in\s+|on\s+|from\s+)?$", re.I)


def _without_starts(raw: str, context_year: int | None) -> str:
    """A due cell without the dates it says the work began on ('Commenced October 2024'): a start,
    not when the action is due; the cell's other dates stay ('Started May 2023, due Dec 2024')."""
    if not any(w in raw.lower() for w in STARTED_WORDS):
        return raw
    out = raw
    for start, end, _ in sorted(date_spans(raw, context_year), reverse=True):
        if _STARTED_BEFORE.search(raw[:start]):
            out = out[:start] + " " * (end - start) + out[end:]
    return out


_ASIDE = re.compile(r"\s*\(([^()]*)\)")


def _without_asides(raw: str, context_year: int | None) -> str:
    """A due cell without the bracketed asides that follow its date and only give context ('End-June
    (ahead of 4 July meeting)': the due is End-June; vocab.DUE_CONTEXT_ASIDE_OPENERS). Any other aside
    with a date ('(review 1 May 2026)', '(revised to March 2026)') is part of the commitment, and so is
    one with no date before it; one that only says again the year of a month before it ('June 2026
    (Summer 2026)') is not."""
    def aside(m: re.Match[str]) -> str:
        inner, before = find_dates(m.group(1), context_year), find_dates(raw[:m.start()], context_year)
        if inner and before and all(d.month is None and d.day is None and any(b.year == d.year and b.month
                                                                                for b in before) for d in inner):
            # the year of a month before it, said again as a season or a year ('June 2026 (Summer
            # 2026)'): no later commitment, the month is the due
            return " "
        words = re.findall(r"[a-z][a-z\-]*", m.group(1).lower())
        if not words or words[0] not in DUE_CONTEXT_ASIDE_OPENERS or not find_dates(m.group(1), context_year):
            return m.group(0)  # a further date of the action, or none ('(1) Jun-14 (2) Aug-14': list numbers)
        return " " if find_dates(raw[:m.start()], context_year) else m.group(0)
    return _ASIDE.sub(aside, raw) if "(" in raw else raw


def plan_date(texts: list[str]) -> PlanDate | None:
    """The plan's own date: the first month-and-year (or year) in its title lines."""
    texts = [t[:500] for t in texts]  # title lines are short; a huge paragraph must not cost minutes
    for text in texts:
        dates = [d for d in find_dates(text) if d.month is not None and not d.derived]
        if dates:
            return dates[0]
    for text in texts:
        dates = find_dates(text)
        if dates:  # a period's month is its end ('Plan 2025/26' → March 2026): the plan is dated by its year
            return PlanDate(dates[0].year) if dates[0].derived else dates[0]
    return None


COMMON_YEAR_SHARE = 2 / 3  # of the dates printed with a year: those in the year the rest are read in


def common_year(texts: list[str]) -> PlanDate | None:
    """The year most of the dates printed with a year fall in ('Mar-2011', 'June 2011', '11/01/2011'),
    when at least two do and they are COMMON_YEAR_SHARE of them: the year a plan that prints no date
    of its own reads its day-less months in ('June', 'late January'); None otherwise."""
    years: dict[int, int] = {}
    for text in texts:
        for d in find_dates(text[:200]):
            if not d.derived:
                years[d.year] = years.get(d.year, 0) + 1
    if not years:
        return None
    year, n = max(years.items(), key=lambda kv: kv[1])
    return PlanDate(year) if n >= 2 and n >= COMMON_YEAR_SHARE * sum(years.values()) else None


@lru_cache(maxsize=8192)
def period_bounds(iso: str) -> tuple[str, str]:
    """The first and last day an ISO date at any precision covers, as ISO days:
    '2016' → ('2016-01-01', '2016-12-31'), '2016-02' → ('2016-02-01', '2016-02-29');
    ('', '') when it is no such date. What BI tools read as typed dates (due_start, due_end)."""
    m = _ISO_PARTIAL.match(iso or "")
    if m is None:
        return "", ""
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        first = dt.date(year, int(month), 1)
        if day is None:
            last = calendar.monthrange(year, first.month)[1]
            return first.isoformat(), first.replace(day=last).isoformat()
        one_day = first.replace(day=int(day)).isoformat()
        return one_day, one_day
    except ValueError:  # month 13, 30 February: no such period
        return "", ""


_PAIR_IN_CELL = re.compile(rf"(?<![\d/.\-]){_YEAR_PAIR}(?![\d%]|[/.\-]\d)")
_QUARTER_BEFORE = re.compile(rf"(?:{_QUARTER}|\b{_SEASON}(?:\s*term)?(?:\s*[12])?)\s*(?:of\s+|in\s+|,\s*)?"
                             rf"(?:{_FY_WORDS}\s*)?$", re.I)


@lru_cache(maxsize=8192)
def financial_year_start(raw: str, iso: str) -> str:
    """The first day of the financial year a due cell names ('2026/27', 'FY 2026-27'), when its due
    date is that year's end ('2027-03'): '2026-04-01'; '' otherwise (a month or a quarter printed
    in the cell is the due's own period: 'March 2027', 'Q4 2026/27')."""
    if not (iso and len(iso) == 7 and iso.endswith("-03")) or _MONTH_WORD.search(raw or ""):
        return ""
    year = int(iso[:4])
    for m in _PAIR_IN_CELL.finditer(raw):
        if _pair_end(m.group(1), m.group(2)) == year and \
                not _QUARTER_BEFORE.search(raw, max(0, m.start() - 30), m.start()):
            return f"{year - 1:04d}-04-01"
    return ""


_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
