"""Figures as plans print them → a number and its unit, for BI tools ('62.8%' → 62.8, '%').

An indicator's target and value stay as printed (CONTRACT.md); these are typed companions.
A figure is read only when the cell starts with it: '85% by March 2016' is 85 %, while '3 of 5',
'20-25', '12/15' or '1,5' (a ratio or a range: two numbers, no single value) and words ('Not
available', 'Target met') give no number. A note in brackets after the figure is set aside.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from planx.normalise.vocab import MULTIPLIERS, UNIT_WORDS


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX_UNITS = [w for w in UNIT_WORDS if w in ("£", "€", "$")]
_SUFFIX_UNITS = [w for w in UNIT_WORDS if w not in _PREFIX_UNITS]
_FIGURE = re.compile(
    r"^\s*(?:[<>≤≥]=?|c\.|circa|approx\.?|about|~)?\s*"
    rf"(?P<currency>{_alternation(_PREFIX_UNITS)}|gbp\b)?\s*"
    r"(?P<number>[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+−]?\.\d+)"
    rf"(?:\s*(?P<mult>{_alternation(list(MULTIPLIERS))})\b)?"
    rf"(?:\s*(?P<unit>{_alternation(_SUFFIX_UNITS)})(?![A-Za-z]))?"
    r"(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
# what may not follow a figure for it to be one value: a range or ratio ('20-25', '3 of 5', '12/15')
_SECOND_NUMBER = re.compile(r"^(?:[.,]\d|\s*(?:[-–—/:]|to\b|of\b|out of\b|and\b|or\b)\s*[£$€]?\d)", re.IGNORECASE)


class Figure(NamedTuple):
    number: float | None
    unit: str


NO_FIGURE = Figure(None, "")


@lru_cache(maxsize=4096)  # indicator cells repeat across the versions of a plan
def read_figure(text: str) -> Figure:
    """The number a cell states and its unit (UNIT_WORDS), or NO_FIGURE."""
    m = _FIGURE.match(text or "")
    if m is None or _SECOND_NUMBER.match(m.group("rest")):
        return NO_FIGURE
    number = float(m.group("number").replace(",", "").replace("−", "-"))
    if m.group("mult"):
        number *= MULTIPLIERS[m.group("mult").lower()]
    unit = m.group("currency") or m.group("unit") or ""
    return Figure(number, UNIT_WORDS.get(unit.lower(), unit) if unit else "")


def unit_of(*figures: Figure) -> str:
    """The unit of an indicator: the first of its figures that prints one ('85%' target, '87.7' value → %)."""
    return next((f.unit for f in figures if f.unit), "")
