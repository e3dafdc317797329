"""Terms without a year, read in the academic year a school document states.

School plans date their actions by the school year, not the calendar: 'Spring term', 'Aut 2',
'Summer 1', 'by Easter', 'October half term', 'end of the academic year'. Such a cell names no year,
and by the contract's date rules gives no date of its own (normalise/dates.py reads 'Summer term'
as none). The document usually states its year once, in its title or running header ('School
Development Plan 2024-25', 'Session 2023/24'): then each term is the one of that academic year,
autumn in its first calendar year, spring and summer in its second ('Spring term' in a 2024-25
plan → March 2025, the month the spring term is taken to end in).

The evidence and its weight:
- the year: a pair of consecutive years ('2024-25', '2024/2025') in the title lines or the opening
  lines, else in a running header; a single year ('SIP 2025') does not say which school year
  (autumn 2024 or autumn 2025), so it gives none; two different pairs among the title lines are
  ambiguous and give none either;
- the term: a term or half term named as schools print them (vocab_school.TERM_SEASONS; the
  abbreviations 'Aut', 'Spr', 'Sum' only with 'term' or a half's number), or a holiday or moment
  of the year that closes one (vocab_school.YEAR_MOMENTS); several in one cell ('Autumn term –
  Spring term') commit to the latest;
- a cell that prints a year of its own is read by dates.py as printed, never here.

Every date read so is inferred, and a warning per action says from which term and which stated
year (a reader checks it as it would a date taken from a heading).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from planx.normalise.dates import PlanDate, find_dates
from planx.normalise.vocab_school import (
    FINANCIAL_YEAR_SIGNS,
    SCHOOL_YEAR_SIGNS,
    TERM_ABBREVIATIONS,
    TERM_HALVES,
    TERM_SEASONS,
    YEAR_MOMENTS,
)

_PAIR = re.compile(r"(?<!\d)(20\d{2})\s*(?:[/\-–—]|\s+to\s+)\s*(20\d{2}|\d{2})(?!\d)", re.I)


def stated_academic_year(titles: Sequence[str], header: Sequence[str] = ()) -> int | None:
    """The first calendar year of the academic year a document states: the one pair of consecutive
    years ('2024-25', '2024/2025', '2024 to 2025') its title or opening lines print, else the one
    its running header prints. None when neither names one, or when the lines that do name two
    different pairs (a review of 2023-24 beside a plan for 2024-25 does not say which)."""
    for texts in (titles, header):
        firsts = {first for text in texts for first in _pairs(text[:300])}
        if len(firsts) == 1:
            return firsts.pop()
        if len(firsts) > 1:
            return None
    return None


def _pairs(text: str) -> list[int]:
    out = []
    for m in _PAIR.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if second % 100 == (first + 1) % 100 and (second < 100 or second == first + 1):
            out.append(first)
    return out


_SEASON_WORDS = "|".join(sorted(TERM_SEASONS, key=len, reverse=True))
_HALF_WORDS = "|".join(TERM_HALVES)
# 'Spring term', 'Aut 2', 'Summer term 1', 'Autumn (2nd half)', 'first half of the autumn term'
_TERM = re.compile(
    rf"\b(?:({_HALF_WORDS})\s+half\s+(?:of\s+)?(?:the\s+)?)?({_SEASON_WORDS})\.?"
    rf"(?:\s*(term)\b)?(?:\s*\(?\s*(?:([12])\b|({_HALF_WORDS})\s+half\b)\)?)?(?:\s*(term)\b)?", re.I)
_MOMENT = re.compile(r"\b(" + "|".join(re.escape(m).replace(r"\ ", r"[\s-]+")
                                       for m in sorted(YEAR_MOMENTS, key=len, reverse=True)) + r")\b", re.I)


def terms_in(text: str) -> list[str]:
    """The terms and half terms a cell names without a year, as dates.py reads them once a year is
    added ('spring term', 'autumn 2'), in reading order: 'Aut 1 / Sum 2' → ['autumn 1', 'summer 2'];
    'by Easter' → ['spring term']; 'sum of £500' → []."""
    found: list[tuple[int, str]] = []
    for m in _TERM.finditer(text):
        half_before, season, term, number, half_word, term_after = m.groups()
        word = season.lower()
        half = number or TERM_HALVES.get((half_word or half_before or "").lower(), "")
        if word in TERM_ABBREVIATIONS and not (term or term_after or half):
            continue  # 'sum', 'spr' alone are no term
        name = TERM_SEASONS[word]
        found.append((m.start(), f"{name} {half}" if half else f"{name} term"))
    for m in _MOMENT.finditer(text):
        key = re.sub(r"[\s-]+", " ", m.group(1).lower())
        key = key if key in YEAR_MOMENTS else key.replace(" half term", " half-term")
        found.append((m.start(), YEAR_MOMENTS.get(key, "")))
    return [name for _, name in sorted(found) if name]


def term_due(text: str, first_year: int | None) -> tuple[PlanDate, str] | None:
    """(end, term) of the latest term a due cell names without a year, in the academic year that
    starts in first_year; None when the cell names none, prints a year of its own, or no academic
    year is known."""
    if first_year is None or not text.strip() or find_dates(text):
        return None
    pair = f"{first_year}/{(first_year + 1) % 100:02d}"
    ends = []
    for name in terms_in(text):
        dates = find_dates(f"{name} {pair}")
        if dates and dates[-1].month:
            ends.append((dates[-1], name))
    if not ends:
        return None
    return max(ends, key=lambda e: e[0].end_key())


_SCHOOL = re.compile(r"\b(?:schools?|academy|academic|session|pupils?|curriculum|primary|nursery|"
                     r"sixth form|key stage|premium|ofsted|governors?)\b", re.I)


def counts_in_school_years(titles: Sequence[str], dues: Sequence[str]) -> bool:
    """Does a document with a stated pair of years count in school years, not financial ones? Its
    title or opening lines speak of a school ('School Development Plan', 'Session 2023/24', 'Pupil
    premium'), or its due cells name terms ('Aut 2', 'By Easter'): then a month without a year falls
    in the academic year, September to August."""
    return speaks_of_school(titles) or any(terms_in(d) for d in dues if d)


def speaks_of_school(titles: Sequence[str]) -> bool:
    """Do the title or opening lines speak of a school ('Primary School Accessibility Plan', 'Session
    2023/24', 'Pupil premium')?"""
    return any(_SCHOOL.search(t[:300]) for t in titles)


# a school named as one institution ('Hill Primary School', 'Oakfield Academy', 'our school'), or what only
# a school's own plan speaks of; not schools spoken of as a council's estate ('School Estates Capital
# Programme', 'Leisure and Schools Capital Delivery Schedule')
_ONE_SCHOOL = re.compile(r"(?:\b[A-Z][\w'’.-]*\s+(?:School|Academy)\b(?!s)|(?i:\b(?:our|the)\s+school\b(?!s))"
                         r"|(?i:\b(?:pupil premium|curriculum|key stage|ofsted|governors|sixth form)\b))")


def a_schools_own(titles: Sequence[str], dues: Sequence[str]) -> bool:
    """Is this a school's own document, whose seasons are its terms ('Summer 2027' the summer term)? Its
    title or opening lines name one school ('Hill Primary School Accessibility Plan', 'Oakfield
    Academy') or what only a school's plan speaks of ('Pupil premium', 'Ofsted'), or its due cells
    name terms elsewhere ('Aut 2', 'Spring term'). A capital programme that lists works at schools
    ('School Estates Capital Programme') is none: a season there is its year."""
    return (any(_ONE_SCHOOL.search(t[:300]) for t in titles)
            or any(terms_in(d) for d in dues if d and not _BARE_SEASON.search(d)))


_AUGUST = 8


# a season named as schools name their terms, with no 'term' or half's number after it ('Summer 2020')
_BARE_SEASON = re.compile(r"\b(?:autumn|spring|summer)\b(?!\s*(?:term\b|[12]\b|half\b|\(?\d(?:st|nd)\s+half))",
                          re.I)


def season_term_due(text: str) -> PlanDate | None:
    """In a school's document a season with a year is its term ('Summer 2020' → the summer term's end,
    July 2020; 'Spring 2019' → March 2019): the latest date the cell commits to read so, or None when
    it names no season with a year (dates.py reads a season alone as only its year)."""
    if not _BARE_SEASON.search(text):
        return None
    as_terms = find_dates(_BARE_SEASON.sub(lambda m: m.group(0) + " term", text))
    as_printed = find_dates(text)
    if not as_terms or not as_printed:
        return None
    latest = max(as_terms, key=lambda d: d.end_key())
    printed = max(as_printed, key=lambda d: d.end_key())
    # only where the season gave the latest date, its year alone as printed
    return latest if printed.month is None and latest.year == printed.year and latest.month else None


def academic_month_due(text: str, first_year: int) -> PlanDate | None:
    """The latest month a due cell names without a year ('October', 'by end of March'), read in the
    academic year that starts in first_year: September to December in that year, January to August
    in the next. None when the cell prints a year of its own or names no month."""
    if not text.strip() or find_dates(text):
        return None
    read = [d for d in find_dates(text, first_year) if d.month is not None and not d.derived]
    if not read:
        return None
    months = [d.month for d in read]
    # August printed before the autumn's months ('In-service days: 14th Aug, October, February, May'):
    # the session opens in August (as a Scottish school's does, mid-August), so that August is the
    # year's first month, not its last
    opens = _AUGUST in months and any(m is not None and m > _AUGUST for m in months[months.index(_AUGUST) + 1:])
    return max((d._replace(year=first_year + (d.month < 9 and not (opens and d.month == _AUGUST)))
                for d in read if d.month), key=lambda d: d.end_key())


def financial_month_due(text: str, first_year: int) -> PlanDate | None:
    """The latest month a due cell names without a year ('w/c 4 January', 'by October'), read in the
    financial year that starts in first_year, as councils and public bodies count it: April to
    December in that year, January to March in the next. None when the cell prints a year of its
    own or names no month."""
    if not text.strip() or find_dates(text):
        return None
    read = [d for d in find_dates(text, first_year) if d.month is not None and not d.derived]
    if not read:
        return None
    return max((d._replace(year=first_year + (d.month < 4)) for d in read if d.month), key=lambda d: d.end_key())


_SPAN = re.compile(r"(?<!\d)(20\d{2})\s*(?:[-–—]|\s+to\s+)\s*(20\d{2})(?!\d)", re.I)


def stated_span_start(titles: Sequence[str]) -> int | None:
    """The first year of the one span of several years a document's title or opening lines print
    ('Corporate Plan 2026-2030', 'Our Council Plan 2026 to 2030'): the year a month printed without
    a year falls in, counted from April, as the plan's first financial year (its last year, which
    the span reads as, is the least likely for a delivery plan's dates). None when they print none,
    or spans that start in different years."""
    firsts = {int(m.group(1)) for text in titles for m in _SPAN.finditer(text[:300])
              if int(m.group(2)) - int(m.group(1)) >= 2}
    return firsts.pop() if len(firsts) == 1 else None


def stated_pair(text: str) -> int | None:
    """The first year of the one pair of consecutive years a heading names ('What we will do in
    2026/27' → 2026); None when it names none, or two different ones."""
    firsts = set(_pairs(text[:300]))
    return firsts.pop() if len(firsts) == 1 else None


def academic_pair(first_year: int) -> str:
    """'2024/25' for 2024."""
    return f"{first_year}/{(first_year + 1) % 100:02d}"


def _signs(words: Sequence[str]) -> re.Pattern[str]:
    # the lookahead for the signs' first letters lets the scan of a long text pass most positions at once,
    # without trying every sign at each of them (the same matches)
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(rf"(?=[{firsts}])\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                      for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


_FINANCIAL_SIGNS, _SCHOOL_SIGNS = _signs(FINANCIAL_YEAR_SIGNS), _signs(SCHOOL_YEAR_SIGNS)
# a quarter with a pair of years ('Q2 2026/27', 'Quarter 1 26/27', '2026/27 Q3'): a financial quarter
_QUARTER_PAIR = re.compile(r"\b(?:Q|Qtr\.?|Quarter)\s*[1-4]\s*(?:of\s+)?(?:20)?\d{2}\s*[/\-–]\s*\d{2}\b"
                           r"|\b20\d{2}\s*[/\-–]\s*\d{2}\s*Q[1-4]\b", re.I)
_NAMED_BEFORE = re.compile(r"(?:\bQ(?:tr\.?|uarter)?\s*[1-4]|\bFY|\bF\.Y\.|financial\s+year|budget\s+year|"
                           r"academic\s+year|school\s+year|\bterm|\bautumn|\bspring|\bsummer|\b[1-4](?:st|nd|rd|th)\s+quarter)"
                           r"\s*(?:of\s+|in\s+)?[,:\-–]?\s*$", re.I)
_NAMED_AFTER = re.compile(r"\s*[,:\-–]?\s*(?:Q[1-4]\b|quarter|academic|school\s+year)", re.I)
_BARE_PAIR = re.compile(r"(?<![\d/.\-])(?:20)?(\d{2})\s*[/\-–]\s*(?:20)?(\d{2})(?![\d%/.\-])")


def financial_year_evidence(texts: Sequence[str], titles: Sequence[str]) -> str:
    """Does a document count in financial years, so that a bare pair of years ('2026/27', '2026-27')
    is the financial year ending in March? Its own evidence is weighed, each sign once: the words of
    a council's or public body's plan (vocab_school.FINANCIAL_YEAR_SIGNS: 'financial year', 'budget',
    'Cabinet', 'NHS'), a quarter printed with a pair of years ('Q2 2026/27'), a title that names its
    period by a pair ('Delivery Plan 2026/27'), against a school's (vocab_school.SCHOOL_YEAR_SIGNS:
    'Autumn term', 'pupils', 'academic year', 'Ofsted', 'headteacher'). Only more signs of the first
    kind decide it; a school plan, or a balance, keeps the pair as the year's end. Returns what it
    rests on ('the plan speaks of budget, Cabinet, Q2 2026/27 …'), '' when it does not."""
    financial: dict[str, str] = {}
    school: dict[str, str] = {}
    for text in texts:
        for m in _FINANCIAL_SIGNS.finditer(text):
            financial.setdefault(" ".join(m.group(1).lower().split()), " ".join(m.group(1).split()))
        for m in _SCHOOL_SIGNS.finditer(text):
            school.setdefault(" ".join(m.group(1).lower().split()), " ".join(m.group(1).split()))
        if "quarter pair" not in financial and (q := _QUARTER_PAIR.search(text)):
            financial["quarter pair"] = " ".join(q.group(0).split())
    for title in titles:
        if "title pair" not in financial and any(_pairs(title[:300])):
            financial["title pair"] = f"a title '{title[:60].strip()}'"
    if len(financial) <= len(school):
        return ""
    said = ", ".join(list(financial.values())[:4])
    return (f"the plan speaks of {said} ({len(financial)} signs of a public body's financial year"
            + (f", {len(school)} of a school's: {', '.join(list(school.values())[:3])})" if school else
               ", none of a school's)"))


def bare_year_pair(text: str) -> str:
    """The first pair of consecutive years a cell prints with nothing naming it ('2026/27'), else ''."""
    for m in _BARE_PAIR.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if _NAMED_BEFORE.search(text, max(0, m.start() - 30), m.start()) or \
                _NAMED_AFTER.match(text, m.end()):
            continue  # 'Q2 2026/27', 'FY 2026/27', 'Summer term 2026/27', '2026/27 academic year'
        if second == (first + 1) % 100 and find_dates(m.group(0)):
            return m.group(0)
    return ""
