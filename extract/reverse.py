"""Light text on dark fills (a heading row shaded navy with white words) turned dark on light
before a scanned page is read (issue 15).

The page's text image is flattened (raster.flatten: each pixel over the local paper colour), which
makes a dark fill white and its white words with it: the heading row of a table is lost, and with
it the columns' names. Evidence of reversed text: within a dark fill (dark after a closing that
removes rules and dark letters, and an opening that removes light letters), more pixels far
lighter than the fill than far darker, counted over a neighbourhood of a few words. There the
page is inverted (the fill turns light, its words black); a dark fill holding black words (a red
RAG cell scanned to grey) is left alone, even where it touches a reversed heading.
"""
from __future__ import annotations

import cv2
import numpy as np

from planx.extract.raster import Image

WORK_DPI = 100  # fills are found at this resolution (a tenth of the work at 300 dpi)
DARK_BELOW = 120  # a fill this dark at most (of 255) can hold light text
RULE_INCH = 0.04  # a closing this wide removes dark strokes and rules …
LETTER_INCH = 0.12  # … and an opening this wide the light letters on a fill, leaving the fills
MIN_INCH = (0.6, 0.08)  # a dark area narrower or lower than this is no fill (a thick rule, a stamp's bold type)
SOLID_SHARE = 0.3  # ... nor one that fills less of its bounding box than this (fills are rectangles, a few joined)
LIGHT_STEP = 70  # a pixel this much lighter than its fill is light text on it
LIGHT_SHARE = 0.008  # a dark fill with this share of its pixels light text holds reversed text
FILL_SHARE = 0.75  # ... and a fill is mostly its own level: a stamp's heavy letters are not (paper between)
NEAR_FILL = 35  # a pixel this close to the fill's level is the fill
EDGE_INCH = 0.04  # ... counted this far inside its edge
GAIN = 2.0  # a pixel's difference from its fill, times this, is how dark it is drawn
RULE_STEP = 20  # a pixel this much darker than its fill may be a rule drawn over it (the table's grid) …
RULE_RUN_INCH = 0.1  # … when it is part of a straight run this long (no letter's ringing or grain is)
HIDDEN_BELOW = 40  # a fill this dark (of 255) hides a black rule drawn over it: black on black
ARRIVE_INCH = 0.15  # a column rule under a fill is dark along this length below it (no letter is as tall) …
ARRIVE_SHARE = 0.9  # … over this share of it (the rule under the fill crosses it, a few pixels)
CLEAR_INCH = 0.02  # light words on the fill this close to a rule's line part no cells there


def fills_of(grey_img: Image, dpi: float) -> Image:
    """The page's fill level under its text and rules, at the page's resolution."""
    factor = min(1.0, WORK_DPI / dpi)
    small = grey_img if factor >= 1 else cv2.resize(grey_img, None, fx=factor, fy=factor,
                                                    interpolation=cv2.INTER_AREA)

    def square(inch: float) -> Image:
        k = max(3, int(inch * dpi * factor)) | 1
        return cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    fills = cv2.morphologyEx(small, cv2.MORPH_CLOSE, square(RULE_INCH))  # dark letters and rules gone …
    fills = cv2.morphologyEx(fills, cv2.MORPH_OPEN, square(LETTER_INCH))  # … and light letters on a fill
    h, w = grey_img.shape[:2]
    return fills if factor >= 1 else cv2.resize(fills, (w, h), interpolation=cv2.INTER_NEAREST)


def unreversed(grey_img: Image, dpi: float) -> tuple[Image, int]:
    """The page with the text on its dark fills that hold light text drawn dark on white, and how
    many such fills there were (a dark fill with no light text, a red RAG cell, is left as it is).
    On such a fill, a pixel is drawn as dark as it differs from the fill, either way: white
    words on navy and black words on a red cell scanned to grey both come out black on white,
    with no need to judge which they are (the fills' colours are read from the scan itself)."""
    fills = fills_of(grey_img, dpi)
    dark = fills <= DARK_BELOW
    if not dark.any():
        return grey_img, 0
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dark.astype(np.uint8))
    width, height, area = (stats[:, k] for k in (cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT, cv2.CC_STAT_AREA))
    solid = (width >= MIN_INCH[0] * dpi) & (height >= MIN_INCH[1] * dpi) & (area >= SOLID_SHARE * width * height)
    # light pixels inside the fill (its edge, where the fill meets paper, is light on one side)
    edge = max(3, int(EDGE_INCH * dpi)) | 1
    inside = cv2.erode(dark.astype(np.uint8), np.ones((edge, edge), np.uint8)) > 0
    light = (grey_img.astype(np.int16) > fills.astype(np.int16) + LIGHT_STEP) & inside
    lit = np.bincount(labels[light], minlength=count)
    level = np.abs(grey_img.astype(np.int16) - fills.astype(np.int16)) < NEAR_FILL
    even = np.bincount(labels[level & dark], minlength=count)
    for k in np.flatnonzero(solid & (lit < LIGHT_SHARE * area) & (even >= FILL_SHARE * area)):
        if k:
            lit[k] += _light_in_gaps(grey_img, labels, stats, int(k), fills, dpi)
    keep = solid & (lit >= LIGHT_SHARE * area) & (even >= FILL_SHARE * area)
    keep[0] = False
    if not keep.any():
        return grey_img, 0
    region = keep[labels]
    fills = fills.copy()
    for k in np.flatnonzero(keep):
        region |= _letter_holes(labels, stats, int(k), fills, dpi)
    contrast = np.abs(grey_img.astype(np.float32) - fills.astype(np.float32)) * GAIN
    drawn = (255.0 - np.clip(contrast, 0, 255)).astype(np.uint8)
    drawn[_rules_on_fill(grey_img, fills, region, dpi)] = 0
    for k in np.flatnonzero(keep):
        drawn[_hidden_column_rules(grey_img, fills, labels, stats, int(k), light, dpi)] = 0
    return np.where(region, drawn, grey_img).astype(np.uint8), int(keep.sum())


def _light_in_gaps(grey_img: Image, labels: Image, stats: Image, k: int, fills: Image, dpi: float) -> int:
    """How many pixels in the letter holes of fill k (_letter_holes) are light text on it: bold white
    words whose strokes the closing ran together are gaps in the fill, not part of it, and a
    heading row of them shows next to no light text inside the fill itself."""
    holes = _letter_holes(labels, stats, k, fills.copy(), dpi)
    own = labels == k
    level = float(np.median(fills[own])) if own.any() else 255.0
    return int((grey_img[holes].astype(np.float32) > level + LIGHT_STEP).sum())


def _rules_on_fill(grey_img: Image, fills: Image, region: Image, dpi: float) -> Image:
    """The table's rules drawn over a reversed fill (a black grid on a navy heading row), as a mask.
    Darker than the fill by little (the fill leaves a black rule little room: navy is ~50 of 255),
    they would be drawn as a light grey by the fill's contrast and lost to the rule finder: the
    heading's column rules and the rules round a band row go, and its words run into one cell.
    Evidence of a rule: pixels darker than the fill in a straight run (letters on a reversed fill
    are lighter than it; what is darker beside them, JPEG's ringing, makes no run)."""
    darker = ((fills.astype(np.int16) - grey_img.astype(np.int16) >= RULE_STEP) & region).astype(np.uint8)
    if not darker.any():
        return darker.astype(bool)
    run = max(3, int(RULE_RUN_INCH * dpi))
    along = cv2.morphologyEx(darker, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (run, 1)))
    down = cv2.morphologyEx(darker, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, run)))
    return (along > 0) | (down > 0)


def _hidden_column_rules(grey_img: Image, fills: Image, labels: Image, stats: Image, k: int, light: Image,
                         dpi: float) -> Image:
    """The column rules through reversed fill k when the fill hides them (a black heading row: its
    black grid is black on black), as a mask: each column rule that reaches the fill's foot from
    below is carried up through it where it parts light words (the gap between two headings).
    Without them the heading's words run into one cell ('Ref Action Lead …') and the columns under
    it lose their names. A rule is carried only between words on both sides: past a band row's
    last word (a title spanning the table, with nothing to its right) no cell is parted; a rule
    that a word crosses is none there. A rule across the fill between two rows (a black heading
    over a black band row) leaves no trace to carry, and is not put back."""
    x, y, w, h = (int(stats[k, c]) for c in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH,
                                            cv2.CC_STAT_HEIGHT))
    out = np.zeros(labels.shape, bool)
    own = labels[y:y + h, x:x + w] == k
    reach = max(3, int(ARRIVE_INCH * dpi))
    below = grey_img[y + h:y + h + reach, x:x + w]
    if np.median(fills[y:y + h, x:x + w][own]) > HIDDEN_BELOW or below.shape[0] < reach:
        return out
    arriving = (below < 128).mean(axis=0) >= ARRIVE_SHARE
    clear = max(1, int(CLEAR_INCH * dpi))
    words = (light[y:y + h, x:x + w] & own).any(axis=0)
    near_words = np.convolve(words.astype(np.int32), np.ones(2 * clear + 1, np.int32), mode="same") > 0
    left, right = np.maximum.accumulate(words), np.maximum.accumulate(words[::-1])[::-1]
    carried = arriving & ~near_words & left & right
    if carried.any():
        out[y:y + h, x:x + w] = own & carried[np.newaxis, :]
    return out


HOLE_INCH = 0.6  # a light hole in a fill this high at most is its own heavy letters run together
NOTCH_INCH = 0.04  # a notch in a fill's edge this deep at least can be a letter's top (noise, skew: a pixel or two)
NOTCH_RUN = 2  # … when this many such notches share their depth: a row of words, set to one height
NOTCH_SPREAD = 0.25  # … their depths within this share of the notches' median depth


def _letter_notches(own: Image, dpi: float) -> Image:
    """The notches in a fill's edge (own, its mask in its box) that are its words: words run together
    where they touch the edge are notches open to the paper, what a closing along the row, a few words
    wide, bridges (on a band as high as its letters, all are so). Only notches that look like letter
    tops count: as deep as a line of type (NOTCH_INCH), and several at a common depth (NOTCH_RUN,
    NOTCH_SPREAD), as a heading row's words are. A band's edge made ragged by noise or a slight skew
    dips by a pixel or two along a stretch of it: no letters, and redrawn as such it breaks the band's
    edge there (the rule finder then loses the table's frame, and the colours of its cells)."""
    across = cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(HOLE_INCH * dpi)) | 1, 1))
    notches = ((cv2.morphologyEx(own, cv2.MORPH_CLOSE, across) > 0) & (own == 0)).astype(np.uint8)
    count, nl, ns, _ = cv2.connectedComponentsWithStats(notches)
    depth = ns[:, cv2.CC_STAT_HEIGHT]
    deep = np.flatnonzero((depth >= NOTCH_INCH * dpi) & (depth <= HOLE_INCH * dpi))
    deep = deep[deep > 0]
    if not len(deep):
        return np.zeros_like(notches)
    common = np.abs(depth[deep] - np.median(depth[deep])) <= NOTCH_SPREAD * np.median(depth[deep])
    if common.sum() < NOTCH_RUN:
        return np.zeros_like(notches)
    keep = np.zeros(count, bool)
    keep[deep] = True  # a word set lower in the row (its top inside the fill) is a letter notch too
    return keep[nl].astype(np.uint8)


def _letter_holes(labels: Image, stats: Image, k: int, fills: Image, dpi: float) -> Image:
    """The holes in reversed fill k where its own light letters, set heavy and close, ran together
    (the closing that removes dark strokes joins them: 'mel' in a bold white heading): no paper,
    but words on the fill, so they are read with it (their fill level set to the fill's own). A
    hole higher than a line of heading type (HOLE_INCH) is a light box framed by the fill, left as
    it is. Marks the fills at the holes, in place; returns the holes' mask."""
    x, y, w, h = (int(stats[k, c]) for c in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH,
                                            cv2.CC_STAT_HEIGHT))
    own = (labels[y:y + h, x:x + w] == k).astype(np.uint8)
    outside = np.pad(1 - own, 1, constant_values=1)
    mask = np.zeros((outside.shape[0] + 2, outside.shape[1] + 2), np.uint8)
    cv2.floodFill(outside, mask, (0, 0), 2)
    holes = (outside[1:-1, 1:-1] == 1).astype(np.uint8)  # not the fill, and not reached from outside it
    holes |= _letter_notches(own, dpi)
    out = np.zeros(labels.shape, bool)
    if not holes.any():
        return out
    count, hl, hs, _ = cv2.connectedComponentsWithStats(holes)
    small = np.zeros(count, bool)
    small[1:] = hs[1:, cv2.CC_STAT_HEIGHT] <= HOLE_INCH * dpi
    keep = small[hl]
    if not keep.any():
        return out
    level = np.median(fills[y:y + h, x:x + w][own > 0])
    fills[y:y + h, x:x + w][keep] = level
    out[y:y + h, x:x + w] = keep
    return out
