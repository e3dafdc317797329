"""Boxes drawn around blocks of text: which of a PDF page's paragraphs one frame holds.

A word processor's text boxes and shapes (Word's, LibreOffice's) print as a closed path around their
lines, filled, stroked or both (often drawn twice, the fill and then the outline), a rectangle or a
rounded box. The lines inside one frame are one unit its writer drew (an action's card); the flow
of text does not show where one frame ends and the next begins. A frame here is:

- a rectangle, or a closed path (its last point back at its first, or filled, which closes it);
- at least FRAME_MIN_WIDTH of the page wide (narrower shapes are marks, dots, shading of a word) and
  FRAME_MIN_HEIGHT points tall (a line of text and its margins), and at most FRAME_MAX_HEIGHT of the
  page tall (a border around the whole page frames everything and sets nothing apart).

The same frame drawn twice counts once. Each paragraph is given the innermost frame its first line
starts in (Paragraph.box), numbered through the document (normalise/boxrecords.py reads them).
"""
from __future__ import annotations

from typing import Any

Frame = tuple[float, float, float, float]  # x0, top, x1, bottom in points

FRAME_MIN_WIDTH = 0.25  # of the page's width
FRAME_MIN_HEIGHT = 14.0  # points
FRAME_MAX_HEIGHT = 0.6  # of the page's height
_CLOSE = 1.0  # points: a path's last point this near its first closes it
_SAME = 1.5  # points: two frames whose sides all lie this near are one drawn twice
_INSIDE = 1.0  # points: how far a paragraph's first line may start outside a frame and still be in it


def _closed(shape: dict[str, Any]) -> bool:
    if shape.get("object_type") == "rect" or shape.get("fill"):
        return True
    pts = shape.get("pts") or []
    return len(pts) >= 4 and abs(pts[0][0] - pts[-1][0]) <= _CLOSE and abs(pts[0][1] - pts[-1][1]) <= _CLOSE


def page_frames(rects: list[dict[str, Any]], curves: list[dict[str, Any]], width: float,
                height: float) -> list[Frame]:
    """The frames drawn on a page (module note), top to bottom, each once."""
    out: list[Frame] = []
    for s in [*rects, *curves]:
        if not (s.get("fill") or s.get("stroke")) or not _closed(s):
            continue
        box = (float(s["x0"]), float(s["top"]), float(s["x1"]), float(s["bottom"]))
        w, h = box[2] - box[0], box[3] - box[1]
        if w < FRAME_MIN_WIDTH * width or h < FRAME_MIN_HEIGHT or h > FRAME_MAX_HEIGHT * height:
            continue
        if not any(all(abs(a - b) <= _SAME for a, b in zip(box, f, strict=True)) for f in out):
            out.append(box)
    return sorted(out, key=lambda f: (f[1], f[0]))


def frame_of(frames: list[Frame], x: float, top: float) -> int:
    """The index of the innermost frame a line starting at (x, top) stands in, or -1."""
    holding = [k for k, (x0, t, x1, b) in enumerate(frames)
               if x0 - _INSIDE <= x <= x1 and t - _INSIDE <= top <= b]
    return min(holding, key=lambda k: (frames[k][2] - frames[k][0]) * (frames[k][3] - frames[k][1]), default=-1)


__all__ = ["Frame", "frame_of", "page_frames"]
