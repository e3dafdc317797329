"""Dates as plans print them → ISO 8601 at the printed precision (CONTRACT.md "Dates").

`find_dates` reads every date in a cell; `due_date` keeps the latest one. Day-first (UK)
numeric dates, month names with two- or four-digit years, OCR confusions read as digits
('I5' = 15, 'lst' = 1st), and years taken from the plan's own date when a cell omits them.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from planx.normalise.text import fix_lookalikes, trie_alternation
from planx.normalise.vocab import MONTHS

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
_NEEDS_DIGIT = {"dmy_num", "d_month_y", "month_d_y", "month_y", "d_month", "my_num", "year"}
_NEEDS_CONTEXT_YEAR = {"d_month", "month"}  # a day and month, or a month, alone: only with the plan's year
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy_num", re.compile(r"(?<!\d)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")),
    ("d_month_y", re.compile(rf"(?<!\d)(\d{{1,2}}){_ORD}\s*(?:of\s+)?({_MONTH})\.?,?\s*(?:'|’)?"
                             rf"(\d{{4}}|\d{{2}})(?![\d:])", re.I)),
    ("month_d_y", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_ORD},\s*(\d{{4}})(?!\d)", re.I)),
    ("month_y", re.compile(rf"\b({_MONTH})\.?\s*(?:[-/’'`]\s*|\s)?(\d{{4}}|\d{{2}})(?![\d:%])", re.I)),
    ("d_month", re.compile(rf"(?<!\d)(\d{{1,2}}){_ORD}\s*(?:of\s+)?({_MONTH})\b", re.I)),
    ("my_num", re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{4}|\d{2})(?![\d/.])")),
    ("month", re.compile(rf"\b({_MONTH})\b\.?", re.I)),
    ("year", re.compile(r"(?<![\d/.\-])((?:19|20)\d{2})(?:\s*[-/]\s*(\d{2}))?(?![\d%])")),
]


def find_dates(raw: str, context_year: int | None = None) -> list[PlanDate]:
    """Every date a cell commits to, in reading order."""
    if not raw:
        return []
    return list(_find_dates(raw, context_year))


@lru_cache(maxsize=8192)
def _find_dates(raw: str, context_year: int | None) -> tuple[PlanDate, ...]:
    text = fix_lookalikes(raw)
    if not _date_hint(text):
        return ()
    text = ocr_digits(text)
    month, digit = has_month(text), bool(_DIGIT.search(text))
    taken: list[tuple[int, int]] = []  # spans already read as a date: a later pattern skips them
    found: list[tuple[int, PlanDate]] = []
    for kind, pattern in _PATTERNS:
        if (kind in _NEEDS_MONTH and not month) or (kind in _NEEDS_DIGIT and not digit) or \
                (kind in _NEEDS_CONTEXT_YEAR and context_year is None):
            continue  # the pattern cannot match, or _read would reject all it matches: skip its scan
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            date = _read(kind, m, context_year)
            if date is None:
                continue
            taken.append((start, end))
            found.append((start, date))
    found.sort(key=lambda f: f[0])
    return tuple(d for _, d in found)


def _read(kind: str, m: re.Match[str], context_year: int | None) -> PlanDate | None:
    g = m.groups()
    y: int | None
    if kind == "dmy_num":
        d, mo, y = int(g[0]), int(g[2]), _year(g[3])
    elif kind == "d_month_y":
        d, mo, y = int(g[0]), _month_number(g[1]), _year(g[2])
    elif kind == "month_d_y":
        d, mo, y = int(g[1]), _month_number(g[0]), _year(g[2])
    elif kind == "month_y":
        if g[0].lower() == "may" and not g[0][0].isupper():
            return None  # the verb "may"
        d, mo, y = None, _month_number(g[0]), _year(g[1])
    elif kind == "d_month":
        if context_year is None:
            return None
        d, mo, y = int(g[0]), _month_number(g[1]), context_year
    elif kind == "my_num":
        d, mo, y = None, int(g[0]), _year(g[1])
    elif kind == "month":
        if context_year is None or (g[0].lower() == "may" and not g[0][0].isupper()):
            return None
        if g[0].lower() in ("mar", "jun", "jan", "sep", "dec") and not g[0][0].isupper():
            return None
        d, mo, y = None, _month_number(g[0]), context_year
    else:  # year, or a financial year "2016-17" / "2016/17" that ends in the second year
        y = int(g[0])
        if g[1] is not None:
            end = 2000 + int(g[1])
            if end == y + 1:
                y = end
        d, mo = None, None
    if not _valid(y, mo, d):
        return None
    return PlanDate(y, mo, d)


def latest(dates: list[PlanDate]) -> PlanDate | None:
    return max(dates, key=PlanDate.end_key) if dates else None


@lru_cache(maxsize=8192)
def due_date(raw: str, context_year: int | None = None) -> str:
    """The latest date a due cell commits to, ISO at the printed precision; '' when none."""
    d = latest(find_dates(raw, context_year))
    return d.iso() if d else ""


def plan_date(texts: list[str]) -> PlanDate | None:
    """The plan's own date: the first month-and-year (or year) in its title lines."""
    texts = [t[:500] for t in texts]  # title lines are short; a huge paragraph must not cost minutes
    for text in texts:
        dates = [d for d in find_dates(text) if d.month is not None]
        if dates:
            return dates[0]
    for text in texts:
        dates = find_dates(text)
        if dates:
            return dates[0]
    return None


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


_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
