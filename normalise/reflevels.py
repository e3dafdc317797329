"""Reference codes that number levels of a plan in one column ('1' / '1.1' / '1.1.a', '1' / '1.1' /
'1.1.1', 'A' / 'A1' / 'A1.1'): a row whose code is a proper prefix of the code of the row below it heads
the rows under it (a group, not an action), and how deep its code goes says which group: the top level
the area, a level between the top and the actions the objective.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.normalise.text import fix_lookalikes, squash

# a code of numbers and single letters, the levels joined by stops or run together ('A1.2', '1.1.a', '2b')
_CODE = re.compile(r"^(?:\d{1,3}|[A-Za-z])(?:\.?(?:\d{1,3}|[A-Za-z]))*$")
_PART = re.compile(r"\d+|[A-Za-z]")


def code_levels(ref: str) -> tuple[str, ...] | None:
    """The levels of a reference code, top first ('A1.2' → ('A', '1', '2'), '1.1.a' → ('1', '1', 'a'),
    '3' → ('3',)), or None when the text is no such code (a word, a date, 'R-001')."""
    text = squash(fix_lookalikes(ref)).strip(" .)")
    if not text or len(text) > 12 or not _CODE.match(text):
        return None
    parts = _PART.findall(text)
    # two letters running together ('AB') are a word's, not two levels
    if any(a.isalpha() and b.isalpha() and f"{a}{b}" in text for a, b in zip(parts, parts[1:], strict=False)):
        return None
    return tuple(p.upper() if p.isalpha() else str(int(p)) for p in parts)


def heads_rows_below(codes: Sequence[tuple[str, ...] | None], at: int) -> bool:
    """Does the row at `at` head the rows below it: its code a proper prefix of the next code down
    the column ('1.1' over '1.1.a', 'A' over 'A1')?"""
    own = codes[at]
    if own is None:
        return False
    nxt = next((c for c in codes[at + 1:] if c is not None), None)
    return nxt is not None and len(nxt) > len(own) and nxt[:len(own)] == own


def group_level(codes: Sequence[tuple[str, ...] | None], at: int) -> str:
    """'area' or 'objective' for a row whose code heads the rows below it, '' for any other row
    (an action's). The shallowest level of such heading rows in the column is the area; a heading
    row deeper than that, the objective within it.

    The codes number levels only when heading rows stand at two depths at least (an area's code
    heading an objective's, which heads the actions'): a column where one level of codes heads the
    next and no more ('1.1' over '1.1.1', '1.1.2') is an action over its steps or sub-actions, weighed
    as such (normalise/outline.py), not a heading over its rows."""
    if not heads_rows_below(codes, at):
        return ""
    heads = [len(c) for k, c in enumerate(codes) if c is not None and heads_rows_below(codes, k)]
    if len(set(heads)) < 2:
        return ""
    own = codes[at]
    assert own is not None
    return "area" if len(own) == min(heads) else "objective"


def under(code: tuple[str, ...] | None, group: tuple[str, ...]) -> bool:
    """Is a code within a group's ('1.2.a' within '1', 'A2.1' within 'A')?"""
    return code is not None and len(code) > len(group) and code[:len(group)] == group
