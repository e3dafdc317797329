"""Text struck through on a PDF page: a thin horizontal rule drawn across the middle of its letters.

Minutes and action logs strike an action out when it is done ('~~Send the letter to the ICB~~'). A
PDF prints no 'struck' attribute: the writer's word processor draws a line through the text. A
reader sees it, so the parser reports it: each run of struck characters on a line, as text, for
normalise/ to weigh (normalise/struck.py). An underline runs under the letters and a table's ruling
between lines: neither crosses the middle of a letter, so neither reads as a strike.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from planx.extract.pdfgeom import Char

STRIKE_THICKNESS = 2.5  # points: a strike is a hairline; a thicker bar is shading or a box
STRIKE_BAND = (0.3, 0.65)  # where across a letter's box (top 0, bottom 1) a strike crosses it: an underline
# runs at three quarters down or lower (the box holds the descenders), a strike near the middle
# how far above the baseline a strike crosses, in the font's size: about half the x-height; an underline
# is below the baseline, a rule between lines of a table above the letters or below their descenders
STRIKE_RISE = (0.12, 0.5)
MIN_RUN = 3  # characters: a shorter struck run is a stray mark


def _crosses(rule: dict[str, Any], c: Char) -> bool:
    top, bottom = float(c["top"]), float(c["bottom"])
    height = bottom - top
    if height <= 0:
        return False
    middle = (float(rule["top"]) + float(rule["bottom"])) / 2
    at = (middle - top) / height
    centre = (float(c["x0"]) + float(c["x1"])) / 2
    if not float(rule["x0"]) <= centre <= float(rule["x1"]):
        return False
    return STRIKE_BAND[0] < at < STRIKE_BAND[1] or _over_baseline(middle, c)


def _over_baseline(middle: float, c: Char) -> bool:
    """Does a rule at height `middle` cross the letter between its baseline and its x-height? Some
    writers give the font no descent, so the letter's box ends at its baseline and a strike falls low
    in it, where a box holding the descenders has its underline: measured from the baseline (the
    text's origin, its matrix) and in the font's size, a strike is above it, an underline below."""
    size, matrix, y0 = float(c.get("size") or 0), c.get("matrix"), c.get("y0")
    if not matrix or y0 is None or size <= 0 or not c.get("upright", True):
        return False
    # how far the baseline (the text's origin) sits above the box's bottom: the font's descent,
    # from the character's own fields as pdfplumber gives them
    gap = float(matrix[5]) - float(y0)
    baseline = float(c["bottom"]) - gap  # the baseline, measured down the page
    rise = (baseline - middle) / size
    return STRIKE_RISE[0] < rise < STRIKE_RISE[1]


def struck_runs(chars: list[Char], lines: list[dict[str, Any]], rects: list[dict[str, Any]]) -> list[str]:
    """The texts struck through on a page, one per rule (in the page's order of rules): the
    characters each thin horizontal rule crosses at mid-height, read left to right."""
    rules = [r for r in lines + rects
             if abs(float(r["bottom"]) - float(r["top"])) <= STRIKE_THICKNESS and float(r["x1"]) - float(r["x0"]) > 5]
    out: list[str] = []
    if not rules:
        return out
    # the characters by their tops, so that each rule looks only at those whose box can reach its
    # height (a ruled table's page has a hundred rules and thousands of characters)
    inked = sorted((c for c in chars if str(c.get("text", "")).strip()), key=lambda c: float(c["top"]))
    tops = [float(c["top"]) for c in inked]
    tallest = max((float(c["bottom"]) - float(c["top"]) for c in inked), default=0.0)
    for rule in sorted(rules, key=lambda r: (float(r["top"]), float(r["x0"]))):
        middle = (float(rule["top"]) + float(rule["bottom"])) / 2
        near = inked[bisect_left(tops, middle - tallest):bisect_right(tops, middle)]
        hit = sorted((c for c in near if _crosses(rule, c)), key=lambda c: float(c["x0"]))
        if len(hit) < MIN_RUN:
            continue
        text = ""
        last: Char | None = None
        for c in hit:
            if last is not None and float(c["x0"]) - float(last["x1"]) > 0.2 * float(c.get("size") or 10):
                text += " "
            text += str(c["text"])
            last = c
        text = " ".join(text.split())
        if text and text not in out:
            out.append(text)
    return out
