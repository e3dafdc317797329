"""Headings printed on a slant (45 degrees) over narrow columns.

A table whose columns are too narrow for their headings ('Not started | In progress | Delayed |
Complete' over columns a tick wide, 'RAG rating', 'Target date') may print each heading turned part
of the way, rising to the right from the foot of its column. pdfminer counts such characters as
upright (their matrix is neither flat nor a quarter turn), so they fell into the page's lines
letter by letter, mixed across the headings ('g e a r T'), and the columns lost their names.

A reader follows each heading along its own baseline and reads it as the name of the column its foot
stands over. So does planx: the characters drawn at a slant are taken out of the page's text, grouped
by their direction and baseline (each heading its own line through the page), read in order along
it, and each run becomes one word set where its foot is: a narrow box over the column it names, on
the line the table's other headings stand on. The table engine then reads it as any heading there.
"""
from __future__ import annotations

import math
from collections.abc import Iterable

from planx.extract.pdfgeom import Char, Word

_SLANT = 0.1  # of the matrix's scale: both the run and the rise this large make the text slanted
_SAME_ANGLE = math.radians(3)  # two characters this close in direction share a heading's slope
_SAME_LINE = 0.3  # ems: characters this close to one baseline (across it) stand on one line
_RUN_GAP = 2.0  # ems along the baseline: a wider gap starts another heading on the same line
_FOOT_HALF = 0.4  # ems: half the width of the box set at a heading's foot (inside a narrow column)
_BOX_TO_SIZE = 0.85  # a slanted glyph's box is this much taller than its font size, about (its width adds)


def _direction(c: Char) -> tuple[float, float] | None:
    """The unit vector of the character's baseline in PDF space, when it is slanted (neither flat
    nor a quarter turn); None otherwise."""
    m = c.get("matrix")
    if not m or len(m) < 4:
        return None
    a, b = float(m[0]), float(m[1])
    scale = math.hypot(a, b)
    if scale == 0 or abs(a) < _SLANT * scale or abs(b) < _SLANT * scale:
        return None
    return a / scale, b / scale


def is_slanted(c: Char) -> bool:
    """Is the character drawn at a slant (a 45-degree heading's)?"""
    return _direction(c) is not None


def _lines(chars: Iterable[Char]) -> list[list[tuple[float, Char]]]:
    """The slanted characters grouped by baseline: [(position along the baseline, char)] per line,
    in reading order. A line is one direction and one offset across it (within _SAME_LINE ems)."""
    lines: list[tuple[float, float, float, list[tuple[float, Char]]]] = []  # (angle, offset, em, members)
    for c in chars:
        d = _direction(c)
        if d is None or not c.get("text", "").strip() and c.get("text") != " ":
            continue
        ux, uy = d
        e, f = float(c["matrix"][4]), float(c["matrix"][5])
        angle, offset, along = math.atan2(uy, ux), e * -uy + f * ux, e * ux + f * uy
        em = max(float(c.get("size") or 0.0) * _BOX_TO_SIZE, 1.0)
        for ang, off, size, members in lines:
            if abs(ang - angle) <= _SAME_ANGLE and abs(off - offset) <= _SAME_LINE * size:
                members.append((along, c))
                break
        else:
            lines.append((angle, offset, em, [(along, c)]))
    return [sorted(members, key=lambda m: m[0]) for *_, members in lines]


def _runs(line: list[tuple[float, Char]]) -> list[list[Char]]:
    """A line's characters split where a gap wider than _RUN_GAP ems parts two headings."""
    runs: list[list[Char]] = []
    last = None
    for along, c in line:
        em = max(float(c.get("size") or 0.0) * _BOX_TO_SIZE, 1.0)
        if last is None or along - last > _RUN_GAP * em:
            runs.append([])
        runs[-1].append(c)
        last = along
    return runs


def _foot(run: list[Char]) -> tuple[float, float]:
    """(x, bottom) of a heading's lowest end, the foot that stands over its column: where its first
    character starts for text rising to the right, its last character for text falling to it."""
    inked = [c for c in run if c.get("text", "").strip()]
    rising = float(inked[0]["matrix"][1]) * float(inked[0]["matrix"][0]) > 0
    if rising:
        return float(inked[0]["matrix"][4]), float(inked[0]["bottom"])
    return (float(inked[-1]["x0"]) + float(inked[-1]["x1"])) / 2, float(inked[-1]["bottom"])


def slanted_words(chars: Iterable[Char]) -> list[Word]:
    """Each heading drawn at a slant as one word at its foot: its text read along its baseline, its
    box _FOOT_HALF ems either side of where its first character starts, bottom on that character's."""
    out = []
    for line in _lines(chars):
        for run in _runs(line):
            text = " ".join("".join(c.get("text", "") for c in run).split())
            if not text:
                continue
            size = sorted(float(c.get("size") or 0.0) for c in run)[len(run) // 2] * _BOX_TO_SIZE or 6.0
            x, bottom = _foot(run)
            out.append(Word(text, x - _FOOT_HALF * size, x + _FOOT_HALF * size, bottom - size, bottom, size))
    return out


__all__ = ["is_slanted", "slanted_words"]
