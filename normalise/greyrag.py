"""RAG ratings given only by the grey of a RAG column's fills (issue 15: a colour plan scanned to grey).

A plan that rates its actions by filling the RAG cell red, amber or green, scanned in greyscale or
dithered to 1 bit, keeps each colour only as a grey level: Office's red prints darkest (luminance
76), green in the middle (112) and amber light (189). One grey alone names no colour
(codes.rag_of_colour: a shaded heading, a 'closed' row); but a RAG column whose fills take two or
more clearly different greys, each near one of those luminances, is read as the ratings they stand
for, and the reading is said in a warning (a judgement, not a word the plan printed). Blue (88)
prints too near red to be told apart by its grey, so a grey is never read as blue.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from planx.normalise.codes import MIN_HUE_CHROMA, _lab

# Office's RAG fills as a greyscale scanner records them (ITU-R BT.601 luma, as OpenCV's grey)
RAG_GREYS: dict[str, float] = {"red": 76.0, "green": 112.0, "amber": 189.0}
GREY_SLACK = 22.0  # a level this far from a RAG grey at most is read as it (paper, toner, JPEG)
DISTINCT = 20.0  # two levels this far apart are different fills


class Rated(Protocol):
    rag: str
    rag_raw: str


def grey_level(hex_colour: str) -> float | None:
    """The fill's grey level (0–255) when it is a grey (no hue), else None."""
    import math
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", hex_colour or ""):
        return None
    lab = _lab(hex_colour.lower())
    if math.hypot(lab[1], lab[2]) >= MIN_HUE_CHROMA:
        return None
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b


def beyond_rag_greys(hex_colour: str) -> bool:
    """A grey fill darker or lighter than any RAG colour prints ('#000000', a cell blacked out as
    not applicable): it stands for no rating, in colour or scanned to grey."""
    level = grey_level(hex_colour)
    return level is not None and not (min(RAG_GREYS.values()) - GREY_SLACK <= level
                                      <= max(RAG_GREYS.values()) + GREY_SLACK)


def rag_of_grey(level: float) -> str:
    """The RAG whose fill prints nearest this grey, '' when none is within GREY_SLACK."""
    name, ref = min(RAG_GREYS.items(), key=lambda kv: abs(kv[1] - level))
    return name if abs(ref - level) <= GREY_SLACK else ""


def rate_grey_fills(actions: Sequence[Rated], warnings: list[str]) -> int:
    """Ratings for the actions whose RAG is only a grey fill, when the plan's grey fills take at
    least two different levels that each read as a RAG; the number of actions rated."""
    greys = [(a, level) for a in actions if not a.rag and (level := grey_level(a.rag_raw)) is not None]
    levels = sorted({round(level) for _, level in greys})
    if len(levels) < 2 or levels[-1] - levels[0] < DISTINCT:
        return 0
    read = {lv: rag_of_grey(lv) for lv in levels}
    if any(not rag for rag in read.values()) or len(set(read.values())) < 2:
        return 0  # a grey that is no RAG's, or one rating only: shading, not ratings
    for a, level in greys:
        a.rag = read[round(level)]
    shades = sorted({(a.rag_raw, a.rag) for a, _ in greys})
    for fill, _ in shades:  # codes' note that a lone grey is no rating no longer holds
        note = f"RAG read from the cell fill colour alone: {fill} (a shade) as no rating"
        if note in warnings:
            warnings.remove(note)
    warnings.append("RAG read from the grey of the RAG column's fills (a colour plan scanned or printed in grey): "
                    + ", ".join(f"{fill} as {rag}" for fill, rag in shades))
    return len(greys)
