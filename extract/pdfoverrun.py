"""Text printed past its cell's right border, on top of the next cell's text.

A PDF library that does not wrap a cell's text (PyFPDF's `cell()` given a long string) draws the
whole string from the cell's left edge on; what does not fit runs over the next cells and prints on
top of their own text. Read by position, the two strings interleave letter by letter ('Antivirus
signature dataUbpadseat e …'). Each string is drawn in one go, so in the order the page draws its
characters it is one run, whole: the run belongs to the cell it starts in.

The evidence, all of it needed: a ruled box (a drawn rectangle) holds a run's first character; the
run goes on past the box's right side; and there, characters of another run print over its own
(glyphs overlapping by more than OVERPRINT of their width, which type set by any layout never does).
Such a run is squeezed into its own box, its characters in their order and their gaps in proportion,
so the words and the table engine find each string whole in its cell. Every other run is left as drawn.
"""
from __future__ import annotations

from typing import Any

from planx.extract.pdfgeom import Char

# the least share of the narrower glyph's width two glyphs of different runs must overlap by to be
# printed one over the other
OVERPRINT = 0.3
# a cell's box: a drawn rectangle at least this many points wide and high (no rule, no underline)
MIN_BOX = 4.0
# characters within this many points of height are on one line; a run's next character starts no
# further than this share of the type size after the last one ends
SAME_LINE = 0.5
RUN_GAP = 1.0
# room kept inside the box's right side
PAD = 1.0


def _runs(chars: list[Char]) -> list[list[int]]:
    """Indices of the page's characters parted into runs, in drawing order: one line, left to right,
    each character close after the last."""
    runs: list[list[int]] = []
    for i, ch in enumerate(chars):
        if runs:
            prev = chars[runs[-1][-1]]
            size = float(ch.get("size") or 10.0)
            if abs(ch["top"] - prev["top"]) <= SAME_LINE and prev["x0"] <= ch["x0"] <= prev["x1"] + RUN_GAP * size:
                runs[-1].append(i)
                continue
        runs.append([i])
    return runs


def _box_of(ch: Char, boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float] | None:
    x, y = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    inside = [b for b in boxes if b[0] <= x <= b[2] and b[1] <= y <= b[3]]
    return min(inside, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])) if inside else None


def _overprinted(a: Char, b: Char) -> bool:
    """Two glyphs of one line printed one over the other; not a letter over itself (a copy drawn
    again a little apart, 'fake bold': extract/pdfgeom.dedupe_runs keeps it once)."""
    if abs(a["top"] - b["top"]) > SAME_LINE or not (a.get("text") or "").strip() or not (b.get("text") or "").strip() \
            or a.get("text") == b.get("text"):
        return False
    overlap = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    narrower = min(a["x1"] - a["x0"], b["x1"] - b["x0"])
    return narrower > 0 and overlap > OVERPRINT * narrower


def _neighbours(line: list[int], chars: list[Char]) -> tuple[list[int], list[int]]:
    """Each character of a line and the next one right of it, as two parallel lists."""
    ordered = sorted(line, key=lambda i: chars[i]["x0"])
    return ordered[:-1], ordered[1:]


def overruns_into_cells(chars: list[Char], rects: list[dict[str, Any]]) -> list[Char]:
    """The page's characters with each run that overprints the next cells squeezed into the box it
    starts in (module doc); the very same list when no run does."""
    boxes = [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in rects
             if r["x1"] - r["x0"] >= MIN_BOX and r["bottom"] - r["top"] >= MIN_BOX]
    if not boxes or len(chars) < 2:
        return chars
    runs = _runs(chars)
    owner = {i: k for k, run in enumerate(runs) for i in run}
    by_line: dict[int, list[int]] = {}
    for i, ch in enumerate(chars):
        by_line.setdefault(round(ch["top"]), []).append(i)
    if not any(_overprinted(chars[a], chars[b]) and owner[a] != owner[b]
               for line in by_line.values() for a, b in zip(*_neighbours(line, chars), strict=True)):
        return chars  # (most pages: no glyph prints over another's)
    out = chars
    for k, run in enumerate(runs):
        first, last = chars[run[0]], chars[run[-1]]
        box = _box_of(first, boxes)
        if box is None or last["x1"] <= box[2] + PAD:
            continue
        beyond = [i for i in run if chars[i]["x1"] > box[2]]
        near = [j for key in (round(first["top"]) - 1, round(first["top"]), round(first["top"]) + 1)
                for j in by_line.get(key, []) if owner[j] != k]
        if not any(_overprinted(chars[i], chars[j]) for i in beyond for j in near):
            continue
        start, end = first["x0"], last["x1"]
        scale = (box[2] - PAD - start) / (end - start)
        if scale <= 0:
            continue
        if out is chars:
            out = list(chars)
        for i in run:
            ch = dict(chars[i])
            ch["x0"] = start + (ch["x0"] - start) * scale
            ch["x1"] = start + (ch["x1"] - start) * scale
            ch["width"] = ch["x1"] - ch["x0"]
            out[i] = ch
    return out
