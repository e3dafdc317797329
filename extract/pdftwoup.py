"""A landscape sheet that holds two pages side by side (a plan printed 2-up, two pages per sheet),
read as the two pages it holds, left then right.

Read as one page, the sheet's two pages run into each other: a table on the left beside another
table or heading on the right is cut into rows across both, and the left page's headings are read
among the right page's rows. A person sees two pages, each with its own footer. The evidence:

- the sheet is wider than it is tall, and a strip down its middle (SPINE points either side of the
  centre) is crossed by no character, ruling or shading: nothing runs from one half into the other;
- each half holds text, and each its own footer: a line in the bottom band of the sheet
  (FOOTER_BAND of its height) in each half, at the same height, the two the same words apart from
  their figures ('Plan 2025 … Page 1' / 'Plan 2025 … Page 2'): each half's page furniture.

Each half is then read as a page of its own: its objects moved to start at the left edge, its
width half the sheet's.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from planx.extract.pdfobjects import PageObjects

SPINE = 6.0  # points either side of the sheet's centre that nothing may cross
FOOTER_BAND = 0.12  # of the sheet's height, at its bottom: where each page's footer stands
_SAME_HEIGHT = 2.0  # points: the two footers' lines stand at the same height
_FIGURES = re.compile(r"\d+")


def _footer(chars: list[dict[str, Any]], height: float) -> tuple[float, str] | None:
    """The lowest line of a half's characters in the sheet's bottom band: (its top, its text with
    figures taken out), or None when the half has no line there."""
    low = [c for c in chars if c["top"] >= (1 - FOOTER_BAND) * height and c["text"].strip()]
    if not low:
        return None
    top = max(c["top"] for c in low)
    line = sorted((c for c in low if abs(c["top"] - top) <= _SAME_HEIGHT), key=lambda c: c["x0"])
    return top, _FIGURES.sub("#", "".join(c["text"] for c in line)).replace(" ", "").casefold()


def _crosses(obj: dict[str, Any], left: float, right: float) -> bool:
    return obj["x0"] < right and obj["x1"] > left


def _shifted(obj: dict[str, Any], dx: float) -> dict[str, Any]:
    if not dx:
        return obj
    moved = dict(obj, x0=obj["x0"] - dx, x1=obj["x1"] - dx)
    if obj.get("pts"):
        moved["pts"] = [(x - dx, y) for x, y in obj["pts"]]
    return moved


def sheet_halves(objs: PageObjects) -> list[PageObjects] | None:
    """The two pages a 2-up sheet holds, left then right (module docstring), or None for any other page."""
    width, height = objs.width, objs.height
    if width <= height or not objs.chars:
        return None
    mid = width / 2
    left, right = mid - SPINE, mid + SPINE
    if any(_crosses(o, left, right) for kind in (objs.chars, objs.rects, objs.lines, objs.curves, objs.images)
           for o in kind):
        return None
    halves = ([c for c in objs.chars if c["x1"] <= mid], [c for c in objs.chars if c["x0"] >= mid])
    feet = [_footer(h, height) for h in halves]
    if feet[0] is None or feet[1] is None or abs(feet[0][0] - feet[1][0]) > _SAME_HEIGHT \
            or feet[0][1] != feet[1][1] or len(feet[0][1]) < 4:
        return None
    out = []
    for k in range(2):
        lo, hi = k * mid, (k + 1) * mid

        def own(kind: list[dict[str, Any]], lo: float = lo, hi: float = hi, dx: float = k * mid) \
                -> list[dict[str, Any]]:
            return [_shifted(o, dx) for o in kind if lo <= (o["x0"] + o["x1"]) / 2 < hi]
        out.append(replace(objs, width=mid, chars=own(objs.chars), rects=own(objs.rects), lines=own(objs.lines),
                           curves=own(objs.curves), images=own(objs.images)))
    return out
