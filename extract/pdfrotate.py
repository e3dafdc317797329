"""Pages whose text is drawn sideways (a landscape table on a portrait page without /Rotate)."""
from __future__ import annotations

from extract.pdfgeom import Char


def rotate_chars(chars: list[Char], width: float, height: float) -> list[Char]:
    """Characters turned so that the page's main text direction reads left to right.

    Text going up the page (matrix b > 0) is turned clockwise, text going down anticlockwise;
    the page's other characters are turned the same way so that positions stay consistent."""
    up = sum(1 for c in chars if not c.get("upright", True) and (c.get("matrix") or (0, 0))[1] > 0)
    down = sum(1 for c in chars if not c.get("upright", True) and (c.get("matrix") or (0, 0))[1] < 0)
    out = []
    for c in chars:
        if up >= down:
            box = {"x0": height - c["bottom"], "x1": height - c["top"], "top": c["x0"], "bottom": c["x1"]}
        else:
            box = {"x0": c["top"], "x1": c["bottom"], "top": width - c["x1"], "bottom": width - c["x0"]}
        out.append({**c, **box, "upright": True})
    return out
