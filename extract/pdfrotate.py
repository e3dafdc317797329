"""Pages whose text is drawn sideways (a landscape table on a portrait page without /Rotate).

The whole page (characters, rulings, fills) is turned a quarter so that its main text reads
left to right; the table and paragraph code then works on it unchanged.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planx.extract.pdfgeom import Char

Turn = Callable[[dict[str, Any]], dict[str, Any]]


def turn_for(chars: list[Char], width: float, height: float) -> Turn:
    """The quarter turn that makes the page's sideways text upright.

    Text going up the page (matrix b > 0) is turned clockwise, text going down anticlockwise."""
    up = sum(1 for c in chars if not c.get("upright", True) and (c.get("matrix") or (0, 0))[1] > 0)
    down = sum(1 for c in chars if not c.get("upright", True) and (c.get("matrix") or (0, 0))[1] < 0)

    def turn(obj: dict[str, Any]) -> dict[str, Any]:
        if up >= down:
            box = {"x0": height - obj["bottom"], "x1": height - obj["top"], "top": obj["x0"], "bottom": obj["x1"]}
        else:
            box = {"x0": obj["top"], "x1": obj["bottom"], "top": width - obj["x1"], "bottom": width - obj["x0"]}
        out = {**obj, **box, "upright": True, "width": box["x1"] - box["x0"], "height": box["bottom"] - box["top"]}
        if "text" in obj and not obj.get("upright", True):
            # pdfminer's size of a sideways glyph is its advance along the line; upright, its height
            out["size"] = out["height"]
        if "orientation" in obj:  # a ruling edge: horizontal ones become vertical
            out["orientation"] = "v" if obj["orientation"] == "h" else "h"
            out["object_type"] = "turned_edge"
        return out
    return turn
