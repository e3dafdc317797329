"""Numbered multi-value cells ('1. … 2. …', 'I. …') → items, so the Nth milestone meets the Nth date."""
from __future__ import annotations

import re
from functools import lru_cache

# a list number: 1-2 digits, or 'I'/'l' that OCR made of '1', followed by '.' or ')', maybe
# in brackets ('(1)'); not a decimal ('2.1'), unless a day or a date follows ('2.15th March', '1.31/03/2015')
_MARKER = re.compile(r"(?:(?<=[\s;,])|^)\(?(\d{1,2}|[Il])\s*[.)]"
                     r"(?!\d(?!\d?(?:st|nd|rd|th)\b|\d?[/.\-]\d{1,2}[/.\-]\d{2,4}))\s*")


# the same marker followed by a number ('2.12 month campaign'): trusted only as the chain's next number
_LOOSE_MARKER = re.compile(r"(?:(?<=[\s;,])|^)\(?(\d{1,2}|[Il])\s*[.)]\s*(?=\d+\s+[A-Za-z])")


# what every marker above starts with: a digit or 'I'/'l', then '.' or ')'
_ANY_MARKER = re.compile(r"[\dIl]\s*[.)]")


def _number(token: str) -> int:
    return 1 if token in ("I", "l") else int(token)


def split_numbered(text: str) -> list[tuple[int, str]] | None:
    """[(number, item text)] when the cell is a list numbered 1, 2, 3 …; None otherwise."""
    found = _split_numbered(text)
    return list(found) if found is not None else None


@lru_cache(maxsize=8192)
def _split_numbered(text: str) -> tuple[tuple[int, str], ...] | None:
    """[(number, item text)] when the cell is a list numbered 1, 2, 3 …; None otherwise.

    The chain must start at 1 and count up by one, so '(2.1)' or 'stage 2.' inside a
    sentence does not split it."""
    text = text.strip()
    if not _ANY_MARKER.search(text):
        return None  # no 'n.' or 'n)' anywhere (most cells): decided in one scan
    strict = {m.start() for m in _MARKER.finditer(text)}
    marks = sorted([*_MARKER.finditer(text), *(m for m in _LOOSE_MARKER.finditer(text) if m.start() not in strict)],
                   key=lambda m: m.start())
    chain: list[re.Match[str]] = []
    # the chain starts at 1 at the start of the cell, or at 2 after an unnumbered first item
    want = 1 if marks and marks[0].start() == 0 else 2
    for m in marks:
        n = _number(m.group(1))
        # the next number, or one further when an item was left out ('2. … 4. …')
        loose = m.start() not in strict
        if loose and not (chain and n == want):
            continue
        if (n == want or (n == want + 1 and chain)) and (want > 1 or m.start() == 0):
            chain.append(m)
            want = n + 1
    if not chain or (chain[0].start() != 0 and _number(chain[0].group(1)) != 2):
        return None
    items = []
    if chain[0].start() != 0:
        items.append((1, text[:chain[0].start()].strip(" ;,")))
    for i, m in enumerate(chain):
        end = chain[i + 1].start() if i + 1 < len(chain) else len(text)
        items.append((_number(m.group(1)), text[m.end():end].strip(" ;,")))
    return tuple(items) if len(items) > 1 or chain[0].start() == 0 else None


def strip_number(text: str) -> str:
    """A lone item without its list number ('I.Completed' → 'Completed')."""
    return leading_number(text)[1]


_LEADING_NUMBER = re.compile(r"^\s*\(?(\d{1,2}|[Il])\s*[.)]\s*(?=\S)")


def leading_number(text: str) -> tuple[str, str]:
    """('3', rest) for an action that starts with its own number ('3 .Roll out …', '2. Update …')."""
    m = _LEADING_NUMBER.match(text)
    if not m:
        return "", text
    return str(_number(m.group(1))), text[m.end():]
