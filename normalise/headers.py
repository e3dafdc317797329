"""Column headings → canonical fields, by meaning rather than exact text (vocab.HEADER_SYNONYMS)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from planx.normalise.dates import find_dates
from planx.normalise.text import fold
from planx.normalise.vocab import HEADER_SYNONYMS

T = TypeVar("T")

_SYNONYMS = {syn: name for name, syns in HEADER_SYNONYMS.items() for syn in syns}
_BY_LENGTH = sorted(_SYNONYMS, key=len, reverse=True)
# the longest synonym first, as a whole word: one regex pass instead of a loop over ~200 synonyms
_STARTS_WITH_SYNONYM = re.compile("(" + "|".join(re.escape(s) for s in _BY_LENGTH if len(s) >= 3) + ") ")
_RATING = re.compile(r"^(?:b?rag)\b(?:\s*(?:status|rating))?\s*(.+)$", re.I)
_REF_HEADING = re.compile(r"^(?:p?riority|area|theme|objective)\s+([0-9A-Za-z]{1,3})$", re.I)


@dataclass
class Column:
    col: int
    span: int
    field: str  # canonical field, 'rating', or '' for an unrecognised heading
    label: str  # the heading as printed
    value: str = ""  # a value the heading itself carries ('Priority 3' → area_ref '3')


@dataclass
class Header:
    columns: list[Column] = field(default_factory=list)
    _by_col: dict[int, Column] | None = field(default=None, repr=False, compare=False)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def fields(self) -> list[str]:
        return [c.field for c in self.columns if c.field]

    def key(self) -> tuple[str, ...]:
        return tuple(c.field or c.label for c in self.columns)

    def column_for(self, col: int) -> Column | None:
        """The heading over grid column `col` (a spanning heading covers all its columns)."""
        return self.by_col().get(col)

    def derived(self, name: str, compute: Callable[[Header], T]) -> T:
        """compute(self), worked out once per heading row (on first use, once the walker has
        settled the headings' fields) instead of once per data row under it."""
        if name not in self._derived:
            self._derived[name] = compute(self)
        return self._derived[name]  # type: ignore[no-any-return]

    def by_col(self) -> dict[int, Column]:
        """{grid column: the heading over it}. Built on first use, once the walker has settled
        the headings' fields (set_header names an unlabelled first column)."""
        if self._by_col is None:
            self._by_col = {i: c for c in self.columns for i in range(c.col, c.col + c.span)}
        return self._by_col


@lru_cache(maxsize=4096)
def classify_exact(label: str) -> tuple[str, float, str]:
    """classify() without the fuzzy step: a synonym, a dated RAG, a 'Priority 3', or a synonym and more."""
    key = fold(label)
    if not key or len(key) > 90:
        return "", 0.0, ""
    if key in _SYNONYMS:
        return _SYNONYMS[key], 100.0, ""
    m = _RATING.match(label.strip())
    if m and find_dates(m.group(1)):
        return "rating", 100.0, ""
    m = _REF_HEADING.match(label.strip())
    if m:
        return "area_ref", 95.0, m.group(1)
    m = _STARTS_WITH_SYNONYM.match(key)  # "Intended outcome (draft – based on …)" starts with a synonym
    if m:
        return _SYNONYMS[m.group(1)], 92.0, ""
    return "", 0.0, ""


@lru_cache(maxsize=4096)
def classify(label: str) -> tuple[str, float, str]:
    """(field, confidence 0–100, value) for one heading; ('', 0, '') when it is not a heading."""
    found = classify_exact(label)
    if found[0]:
        return found
    key = fold(label)
    if not key or len(key) > 90:
        return "", 0.0, ""
    hit = process.extractOne(key, _BY_LENGTH, scorer=fuzz.ratio, score_cutoff=84)
    if hit:
        return _SYNONYMS[hit[0]], float(hit[1]), ""
    return "", 0.0, ""


def read_header(cells: list[tuple[int, int, str]]) -> Header | None:
    """A Header when a row's cells read as column headings, else None.

    cells: (col, colspan, text). A heading row has two or more recognised headings, they
    are most of its non-empty cells, and no field appears twice (ratings excepted)."""
    filled = [t for _, _, t in cells if t.strip()]
    if len(filled) < 2 or max(map(len, filled)) > 120:
        return None  # headings are short: a long cell means a data row (and saves the lookups)
    for text in filled:
        if classify_exact(text)[0]:
            break
    else:
        return None  # not one plain heading: a data row (the fuzzy match only rescues clipped ones)
    reading = _read_columns(tuple(cells))
    if reading is None:
        return None
    # new Columns each time: the walker settles a heading row's fields in place
    return Header([Column(col, span, name, label, value) for col, span, name, label, value in reading])


_KEY_FIELDS = {"action", "milestones", "lead", "due", "area", "outcome", "objective", "progress", "measure"}


@lru_cache(maxsize=1024)  # a plan repeats its heading row on every page
def _read_columns(cells: tuple[tuple[int, int, str], ...]) -> tuple[tuple[int, int, str, str, str], ...] | None:
    """(col, span, field, label, value) per cell of a heading row, or None when the row's cells
    are not headings."""
    columns, hits, seen, filled = [], 0, set(), 0
    for col, span, text in cells:
        name, score, value = ("", 0.0, "")
        if text.strip():
            filled += 1
            name, score, value = classify(text)
        if name and name != "rating" and name in seen:
            name = ""
        if name:
            hits += 1
            seen.add(name)
        columns.append((col, span, name, " ".join(text.split()), value))
    if hits < 2 or hits < 0.6 * filled:
        return None
    if not seen & _KEY_FIELDS:
        return None
    return tuple(columns)
