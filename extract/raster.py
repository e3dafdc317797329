"""A scanned page as an image: rendered at the scan's own resolution, turned upright, deskewed,
and its ruling lines found, with OpenCV.

Everything here works on numpy arrays (OpenCV's own type): grey images are 2-D uint8 arrays
(255 = white paper), colour images BGR. Ruling lines are found as camelot's lattice parser
and img2table do: binarise (dark ink on light paper), open the ink with long thin kernels so
that only runs longer than any letter survive, and read each surviving component's box.
Lengths are set in inches and turned into pixels at the image's resolution, so a 150 dpi and
a 300 dpi scan of one page give the same lines.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import cv2
import numpy as np

Image = Any  # numpy.ndarray (mypy sees numpy's and OpenCV's arrays as Any here)

ANALYSIS_DPI = 150  # rulings and text are found at no more than this resolution (analyse)
MIN_DPI = 150  # below this Tesseract misreads small print: an image this coarse is enlarged
MAX_DPI = 300  # above this OCR gets slower, not better (tessdoc: "at least 300 dpi")
RULE_MIN_INCH = 0.3  # a ruling is an ink run at least this long (no letter is)
RULE_MAX_THICK_INCH = 0.05  # and thinner than this (a filled bar or a bold word is not a rule)
SHORT_RULE_INCH = 0.08  # a rule closing a small cell between two longer rules is at least this long
END_TOL_INCH = 0.03  # and its ends this close to them
FRINGE_INCH = 0.02  # the band above and below a horizontal run looked at for letters (without_smeared_text)
FRINGE_SHARE = 0.3  # a run with ink in more than this share of its columns there is smeared text, not a rule
GAP_INCH = 0.03  # breaks in a scanned rule up to this long are bridged
HUG_INCH = 0.03  # letters this close to a short rule on both sides (a letter's spacing, not a cell's padding) ...
HUG_SHARE = 0.3  # ... along more than this share of its middle make it a letter's stem ('j' in a tight bold row)
MARGIN_INCH = 0.04  # white kept round a block of text for the OCR
SPECK_INCH = 0.015  # ink no bigger than this is grain, not a mark (a full stop is bigger)
ISOLATED_SPECK_INCH = 0.03  # a mark no bigger than this with nothing near it is a speck (a hyphen is longer)
ISOLATED_INCH = 0.04  # ... nothing within this distance (a full stop sits closer to its letter; a bullet is bigger)
BORDER_INCH = 0.08  # marks wholly this close to the scan's edge are the page's edge or the lid's shadow
LINE_MAX_INCH = 0.6  # no letter is taller than this (a 40 pt capital); taller ink is a picture or a mark
BAND_GAP_INCH = 0.15  # blank rows this tall part the text outside the cells into bands
GUTTER_INCH = 0.1  # blank columns this wide are a gutter (a word space is under half of it)
GUTTER_LETTERS = 1.0  # ... and wider than this share of the letters beside it: a large title's word spaces are wider
LETTER_SHARE = 0.75  # the letters' height: the height this share of a line's marks stay under (capitals, ascenders)
LINE_GAP_INCH = 0.05  # blank rows this tall inside a band part its rows (more than a line's leading)


@dataclass
class Segment:
    """A ruling line in image pixels: horizontal (y0 == y1) or vertical (x0 == x1)."""
    x0: float
    y0: float
    x1: float
    y1: float
    thick: float

    @property
    def horizontal(self) -> bool:
        return self.y0 == self.y1


# ---- resolution and rendering ---------------------------------------------------------------
def scan_dpi(images: list[dict[str, Any]], page_width: float, page_height: float) -> float:
    """The resolution to read a scanned page at: the resolution of its largest image (its pixels
    over its printed size), kept within MIN_DPI..MAX_DPI. A page without a readable image is
    read at 300 dpi."""
    best, area = 0.0, 0.0
    for im in images:
        w_pt, h_pt = float(im.get("width") or 0), float(im.get("height") or 0)
        src = im.get("srcsize") or (0, 0)
        if w_pt <= 1 or h_pt <= 1 or not src[0] or not src[1]:
            continue
        if w_pt * h_pt > area:
            area = w_pt * h_pt
            # the image may be drawn turned a quarter: compare the longer sides
            best = max(src) / (max(w_pt, h_pt) / 72.0)
    if not best:
        return float(MAX_DPI)
    return float(min(max(best, MIN_DPI), MAX_DPI))


def render(pdf_source: Any, page_index: int, dpi: float) -> Image:
    """The page rendered by PDFium at `dpi`, as a BGR array (the page's /Rotate applied)."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_source)
    try:
        page = doc[page_index]
        try:
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=False)
            arr = bitmap.to_numpy().copy()
        finally:
            page.close()
    finally:
        doc.close()
    if arr.ndim == 3 and arr.shape[2] == 4:
        arr = cv2.cvtColor(arr, cv2.COLOR_BGRA2BGR)
    return arr


def is_colour(bgr: Image) -> bool:
    """Whether a scan holds colour: some of its pixels far from grey (JPEG noise and the grey
    of a greyscale scan stay close to it)."""
    if bgr.ndim != 3:
        return False
    small = cv2.resize(bgr, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    chroma = small.max(axis=2).astype(np.int16) - small.min(axis=2).astype(np.int16)
    return bool((chroma > 40).mean() > 0.001)


def grey(bgr: Image) -> Image:
    return bgr if bgr.ndim == 2 else cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)


def ink(grey_img: Image, dpi: float) -> Image:
    """Dark marks as 255 on 0: a threshold that follows the local background (uneven lighting,
    shaded cells), as camelot's adaptive_threshold; its window is about a letter high."""
    block = int(dpi / 10) | 1
    return cv2.adaptiveThreshold(grey_img, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)


# ---- orientation and skew ----------------------------------------------------------------------
def sideways(ink_img: Image, dpi: float) -> bool:
    """Whether the page's text runs up or down the image (a landscape page scanned upright).

    Letters smeared along the text direction merge into long thin lines of text; smeared across
    it, they do not. The direction whose smearing gives more elongated blobs is the text's."""
    small = cv2.resize(ink_img, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    k = max(3, int(dpi * 0.5 / 20))  # about a letter's width at half size

    def elongated(kernel: tuple[int, int], along: int) -> int:
        smeared = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        n, _, stats, _ = cv2.connectedComponentsWithStats(smeared, connectivity=8)
        long_side = stats[1:, cv2.CC_STAT_WIDTH if along == 0 else cv2.CC_STAT_HEIGHT]
        short_side = stats[1:, cv2.CC_STAT_HEIGHT if along == 0 else cv2.CC_STAT_WIDTH]
        return int(((long_side > 4 * short_side) & (short_side < dpi / 8)).sum())

    across = elongated((k, 1), 0)
    down = elongated((1, k), 1)
    return down > 2 * max(across, 3)


def turn(img: Image, quarter_turns: int) -> Image:
    """The image turned clockwise by `quarter_turns` × 90°."""
    q = quarter_turns % 4
    if q == 0:
        return img
    codes = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(img, codes[q])


def skew_angle(ink_img: Image, limit: float = 5.0) -> float:
    """The small rotation (degrees, counter-clockwise positive as OpenCV's) that makes the rows of
    text and rules level: the angle whose horizontal projection is sharpest (largest variance of
    the row sums), searched coarse then fine on a reduced image."""
    small = cv2.resize(ink_img, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    h, w = small.shape
    centre = (w / 2, h / 2)

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rotated = cv2.warpAffine(small, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
        return float(np.var(rotated.sum(axis=1, dtype=np.float64)))

    best = max(np.arange(-limit, limit + 1e-9, 0.5), key=sharpness)
    fine = max(np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05), key=sharpness)
    return float(round(fine, 2))


def rotate(img: Image, angle: float) -> Image:
    """The image rotated by `angle` degrees about its centre, the corners filled with white."""
    if abs(angle) < 0.05:
        return img
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    white = 255 if img.ndim == 2 else (255, 255, 255)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=white)


# ---- ruling lines ------------------------------------------------------------------------------
def line_masks(ink_img: Image, dpi: float) -> tuple[Image, Image]:
    """Horizontal and vertical ruling pixels: ink runs longer than RULE_MIN_INCH, then small breaks
    between collinear runs bridged (a scanned rule is rarely unbroken; bridged before the opening,
    the letters of a line of text would join into a run too)."""
    length = max(int(RULE_MIN_INCH * dpi), 10)
    gap = max(int(GAP_INCH * dpi), 2)
    out = []
    for kernel_len, kernel_gap in (((length, 1), (gap, 1)), ((1, length), (1, gap))):
        runs = cv2.morphologyEx(ink_img, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel_len))
        out.append(cv2.morphologyEx(runs, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, kernel_gap)))
    return out[0], out[1]


def without_smeared_text(h_mask: Image, ink_img: Image, dpi: float) -> Image:
    """The horizontal runs less those that are a line of text smeared into one (a blurred scan
    of small print: the letters' bodies join into a run as long as a rule). A rule has paper
    above and below it over most of its length; a smeared line has its letters' ascenders and
    descenders there (more than FRINGE_SHARE of its columns), with a white gap of a pixel at most."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(h_mask, connectivity=8)
    if n <= 1:
        return h_mask
    reach = max(2, int(FRINGE_INCH * dpi))
    height = ink_img.shape[0]
    smeared = np.zeros(n, dtype=bool)
    for i in range(1, n):
        x, y, w, h = (int(v) for v in stats[i, :4])
        above = ink_img[max(0, y - 1 - reach):max(0, y - 1), x:x + w]
        below = ink_img[min(height, y + h + 1):min(height, y + h + 1 + reach), x:x + w]
        if above.size == 0 or below.size == 0:
            continue
        share = (float(above.any(axis=0).mean()) + float(below.any(axis=0).mean())) / 2
        smeared[i] = share > FRINGE_SHARE
    if not smeared.any():
        return h_mask
    return np.where(smeared[labels], 0, h_mask).astype(np.uint8)


def segments(mask: Image, horizontal: bool, dpi: float) -> list[Segment]:
    """The mask's components as ruling segments: long, thin ones only, at their centre line."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    max_thick = max(RULE_MAX_THICK_INCH * dpi, 3.0)
    out = []
    for x, y, w, h, area in stats[1:]:
        length, span = (w, h) if horizontal else (h, w)
        thick = area / max(length, 1)  # mean thickness: a rule drawn at a slight slant has a tall box
        if length < RULE_MIN_INCH * dpi or thick > max_thick:
            continue
        if horizontal:
            mid = y + h / 2
            out.append(Segment(float(x), mid, float(x + w), mid, thick))
        else:
            mid = x + w / 2
            out.append(Segment(mid, float(y), mid, float(y + h), thick))
    return out


def rulings(ink_img: Image, dpi: float) -> tuple[list[Segment], Image]:
    """The page's ruling segments, and the mask of their pixels (to erase before OCR).

    Long rules first; then shorter ones that close a cell between two long ones (the vertical
    rules of a one-line row are shorter than RULE_MIN_INCH, but no letter runs from the rule
    above to the rule below)."""
    h_mask, v_mask = line_masks(ink_img, dpi)
    h_mask = without_smeared_text(h_mask, ink_img, dpi)
    hs, vs = segments(h_mask, True, dpi), segments(v_mask, False, dpi)
    hs, vs = without_streaks(hs, ink_img.shape, dpi), without_streaks(vs, ink_img.shape, dpi)
    short_v, sv_mask = bridging(ink_img, dpi, hs, horizontal=False)
    short_h, sh_mask = bridging(ink_img, dpi, vs, horizontal=True)
    mask = cv2.bitwise_or(cv2.bitwise_or(h_mask, v_mask), cv2.bitwise_or(sv_mask, sh_mask))
    return hs + short_h + vs + short_v, mask


STREAK_EDGE_INCH = 0.15  # a line reaching this close to two opposite edges of the scan runs across the glass


def without_streaks(segs: list[Segment], shape: tuple[int, ...], dpi: float) -> list[Segment]:
    """The segments less the scanner's streaks: a line from one edge of the scan to the opposite
    one (dust on a feeder's glass or a worn drum draws one along the paper's path, through the
    margins, where no table's rule goes). They stay in the mask, so that the OCR does not read
    them as a column of 'l's, but no table is ruled by them."""
    edge = STREAK_EDGE_INCH * dpi
    height, width = shape[:2]
    return [s for s in segs if not (
        (s.horizontal and s.x0 <= edge and s.x1 >= width - edge)
        or (not s.horizontal and s.y0 <= edge and s.y1 >= height - edge))]


def streak_bands(ink_img: Image) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The scanner's streaks in a scan as it came off the glass (not yet levelled): thin lines of
    ink from one edge of the image to the opposite one, as (first, last + 1) columns of the
    vertical ones and rows of the horizontal ones, in `ink_img`'s pixels. A rule of the page stops
    in its margins; a streak runs along the paper's path through them."""
    h, w = ink_img.shape[:2]
    out: list[list[tuple[int, int]]] = []
    for along, size in ((0, h), (1, w)):  # vertical streaks run down axis 0
        kernel = (1, max(3, size // 100)) if along == 0 else (max(3, size // 100), 1)
        closed = cv2.morphologyEx(ink_img, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        full = closed.astype(bool).mean(axis=along) >= 0.97  # inked down (across) nearly all of it
        bands = row_runs(full)
        thin = max(2, int(round(min(h, w) / 8.5 * RULE_MAX_THICK_INCH)))  # the page is about 8.5 in across
        out.append([b for b in bands if b[1] - b[0] <= thin])
    return out[0], out[1]


def unstreaked(img: Image, ink_img: Image,
               bands: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None) -> Image:
    """The scan with its streaks (streak_bands, found on `ink_img`, at any lower resolution)
    painted over with what lies either side of them: paper where they cross paper, the stroke of a
    letter where they cross one (the darker of the two sides, so that a streak down a letter's stem
    leaves the stem)."""
    columns, rows = streak_bands(ink_img) if bands is None else bands
    if not columns and not rows:
        return img
    out = img.copy()
    fy, fx = img.shape[0] / ink_img.shape[0], img.shape[1] / ink_img.shape[1]
    for (lo, hi), factor, axis in [(b, fx, 1) for b in columns] + [(b, fy, 0) for b in rows]:
        size = img.shape[axis]
        a, b = max(0, int(lo * factor) - 1), min(size, int(np.ceil(hi * factor)) + 1)
        before, after = max(0, a - 1), min(size - 1, b)
        if axis == 1:
            side = np.minimum(img[:, before], img[:, after])
            out[:, a:b] = side[:, None] if img.ndim == 2 else side[:, None, :]
        else:
            side = np.minimum(img[before], img[after])
            out[a:b] = side[None]
    return out


def bridging(ink_img: Image, dpi: float, across: list[Segment], horizontal: bool) -> tuple[list[Segment], Image]:
    """Short rules (at least SHORT_RULE_INCH) in the given direction whose two ends meet rules of
    the other direction (`across`): the sides of small cells."""
    length = max(int(SHORT_RULE_INCH * dpi), 6)
    kernel = (length, 1) if horizontal else (1, length)
    mask = cv2.morphologyEx(ink_img, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    keep = np.zeros(n, dtype=bool)
    if n <= 1 or not across:
        return [], np.zeros_like(mask)
    x, y, w, h, area = (stats[1:, k].astype(np.float64) for k in range(5))
    start, end, pos, size = (x, x + w, y + h / 2, w) if horizontal else (y, y + h, x + w / 2, h)
    thick = area / np.maximum(size, 1)
    tol = max(3.0, END_TOL_INCH * dpi)
    candidate = (thick <= max(RULE_MAX_THICK_INCH * dpi, 3.0)) & (size < RULE_MIN_INCH * dpi)
    found = candidate & meets(across, start, pos, tol, horizontal) & meets(across, end, pos, tol, horizontal)
    for i in np.flatnonzero(found):
        box = (int(x[i]), int(y[i]), int(x[i] + w[i]), int(y[i] + h[i]))
        found[i] = joined(ink_img, box, across, tol, horizontal) and not hugged(ink_img, box, tol, horizontal, dpi)
    keep[1:] = found
    out = []
    for i in np.flatnonzero(found):
        if horizontal:
            out.append(Segment(float(x[i]), float(pos[i]), float(x[i] + w[i]), float(pos[i]), float(thick[i])))
        else:
            out.append(Segment(float(pos[i]), float(y[i]), float(pos[i]), float(y[i] + h[i]), float(thick[i])))
    return out, np.where(keep, 255, 0).astype(np.uint8)[labels]


def joined(ink_img: Image, box: tuple[int, int, int, int], across: list[Segment], tol: float,
           horizontal: bool) -> bool:
    """Whether a short rule's ink runs on into the rules its two ends meet (a cell's side is drawn
    into the rules above and below it; a letter's stem in a low row, a bold 'f' or 'i' in a shaded
    heading, stops short of them with paper between): every line of pixels from each end to the
    centre of the rule it meets holds ink (a break of a pixel or two, as a scan leaves, allowed)."""
    x0, y0, x1, y1 = box
    if horizontal:  # a short horizontal rule's ends meet vertical rules: look along x
        ink_along = ink_img[y0:y1, :].any(axis=0)
        lo, hi, pos = x0, x1, (y0 + y1) / 2
        lines = [s.x0 for s in across if not s.horizontal and s.y0 - tol <= pos <= s.y1 + tol]
    else:
        ink_along = ink_img[:, x0:x1].any(axis=1)
        lo, hi, pos = y0, y1, (x0 + x1) / 2
        lines = [s.y0 for s in across if s.horizontal and s.x0 - tol <= pos <= s.x1 + tol]
    allowed = max(2, int(tol / 2))
    for end, outward in ((lo, -1), (hi - 1, 1)):
        near = [c for c in lines if abs(c - end) <= tol + 1]
        if not near:
            return False
        centre = int(round(float(min(near, key=lambda c: abs(c - end)))))
        gap = ink_along[min(end, centre) + 1:max(end, centre)] if (centre - end) * outward > 0 else ink_along[0:0]
        if int((~gap).sum()) >= allowed:
            return False
    return True


def hugged(ink_img: Image, box: tuple[int, int, int, int], tol: float, horizontal: bool, dpi: float) -> bool:
    """Whether a short rule has letters pressed against it on both sides (within HUG_INCH, along
    more than HUG_SHARE of its middle, its ends' rules left out): the stem of a tall letter in a
    row just high enough for it ('j' in a bold banner row touches the rules above and below, and
    'ob|ective' would be cut in two cells and lose its letter). A cell's side has its padding of
    paper on each side; text set against it on one side is a cell's, never on both."""
    x0, y0, x1, y1 = box
    reach = max(2, int(HUG_INCH * dpi + 0.5))
    cut = int(tol) + 1
    if horizontal:  # look above and below, along x
        lo, hi = x0 + cut, x1 - cut
        if hi - lo < 2:
            return False
        sides = (ink_img[max(0, y0 - reach):y0, lo:hi].any(axis=0), ink_img[y1:y1 + reach, lo:hi].any(axis=0))
    else:  # look left and right, along y
        lo, hi = y0 + cut, y1 - cut
        if hi - lo < 2:
            return False
        sides = (ink_img[lo:hi, max(0, x0 - reach):x0].any(axis=1), ink_img[lo:hi, x1:x1 + reach].any(axis=1))
    return all(side.size and float(side.mean()) > HUG_SHARE for side in sides)


def meets(across: list[Segment], at: Any, pos: Any, tol: float, horizontal: bool) -> Any:
    """For each short rule, whether a rule of `across` (the other direction) passes through its
    end: `at` along the short rule, `pos` across it (arrays, one entry per short rule)."""
    # horizontal short rules meet vertical ones: at (x) is their x, pos (y) within their span
    spans = [(s.x0, s.y0, s.y1) if horizontal else (s.y0, s.x0, s.x1) for s in across]
    line_at, lo, hi = (np.array(v) for v in zip(*spans, strict=True))
    hit = (np.abs(line_at[None, :] - np.asarray(at)[:, None]) <= tol) \
        & (lo[None, :] - tol <= np.asarray(pos)[:, None]) & (np.asarray(pos)[:, None] <= hi[None, :] + tol)
    return hit.any(axis=1)


def erase(grey_img: Image, mask: Image, dpi: float) -> Image:
    """The image with the masked pixels (rulings) painted white, a pixel or two around them too
    (the anti-aliased edge of a rule reads as '|' or '_' otherwise)."""
    pad = max(1, int(dpi / 150))
    grown = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * pad + 1, 2 * pad + 1)))
    out = grey_img.copy()
    out[grown > 0] = 255
    return out


GRAIN_PER_SQUARE_INCH = 150.0  # grain marks (no side over GRAIN_INCH) this dense: a patch covered in grain
# (a clean scan has a few a square inch, a grainy JPEG of a photocopy up to some 40, a grey cell fill
# printed as dots about as many as this; a page scanned in black and white over a dithered grey
# ground some 500 to 1000)
GRAIN_INCH = 0.02
GRAIN_TILE_INCH = 0.5  # the page is looked at in squares this wide
GRAIN_COVER = 0.8  # ... and is covered in grain when this share of them is (dithered fills: 0.3–0.4)


def grain_cover(coarse: Image, dpi: float) -> float:
    """The share of a page's squares (GRAIN_TILE_INCH wide) covered in grain: marks no bigger than
    GRAIN_INCH, GRAIN_PER_SQUARE_INCH or more of them, in the coarse ink (coarse_ink, at `dpi`). A
    grey fill printed as dots covers its cells only; a page scanned in black and white over a grey
    ground, or a grainy photocopy, is covered margin to margin, and the grain joins the letters
    into blocks that no reading of the text, nor of its direction, survives."""
    n, labels, stats, centroids = cv2.connectedComponentsWithStats(coarse, connectivity=8)
    side = np.maximum(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT])
    small = centroids[1:][side <= max(2, int(dpi * GRAIN_INCH))]
    tile = max(4, int(GRAIN_TILE_INCH * dpi))
    rows, cols = max(1, coarse.shape[0] // tile), max(1, coarse.shape[1] // tile)
    counts = np.zeros((rows, cols), dtype=np.int64)
    r = np.minimum((small[:, 1] // tile).astype(int), rows - 1)
    c = np.minimum((small[:, 0] // tile).astype(int), cols - 1)
    np.add.at(counts, (r, c), 1)
    need = GRAIN_PER_SQUARE_INCH * (tile / dpi) ** 2
    return float((counts >= need).mean())


def degrained(img: Image, dpi: float) -> tuple[Image, bool]:
    """The page with its grain cleared when it is covered in grain (grain_cover): a 3-pixel median
    filter, which takes out marks of a pixel or two and keeps the strokes of letters (two pixels or
    more wide at a scan's resolution). (image, whether it was cleared)."""
    coarse = coarse_ink(grey(img), dpi)
    if grain_cover(coarse, min(dpi, ANALYSIS_DPI)) < GRAIN_COVER:
        return img, False
    return cv2.medianBlur(img, 3), True


def text_only(ink_img: Image, rule_mask: Image, dpi: float) -> Image:
    """The ink that is not a ruling (nor its fringe), specks left out (grain, JPEG noise, a rule's
    broken fringe: marks no bigger than SPECK_INCH, smaller than a full stop; lone specks and marks
    at the scan's edge: stray)."""
    return text_and_specks(ink_img, rule_mask, dpi)[0]


def text_and_specks(ink_img: Image, rule_mask: Image, dpi: float) -> tuple[Image, Image]:
    """text_only's ink, and the stray marks it left out (to be erased from the image the OCR reads
    too: Tesseract reads a lone speck as 'i' or '‘' and puts it on a line of its own)."""
    pad = max(1, int(dpi / 150))
    grown = cv2.dilate(rule_mask, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * pad + 3, 2 * pad + 3)))
    text = cv2.bitwise_and(ink_img, cv2.bitwise_not(grown))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(text, connectivity=8)
    speck = max(2, int(dpi * SPECK_INCH))
    side = np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT])
    keep = side > speck
    keep[0] = False
    every = np.ones_like(keep)
    every[0] = False
    gone = stray(labels, stats, every, dpi)  # grain too small to be text is erased when it lies alone
    return (np.where(keep & ~gone, 255, 0).astype(np.uint8)[labels],
            np.where(gone, 255, 0).astype(np.uint8)[labels])


def stray(labels: Image, stats: Any, keep: Any, dpi: float) -> Any:
    """Per component: a mark at the scan's edge (at_border) or a lone speck (isolated)."""
    edge = at_border(stats, labels.shape, dpi) & keep
    return edge | isolated(labels, stats, keep & ~edge, dpi)


def at_border(stats: Any, shape: tuple[int, ...], dpi: float) -> Any:
    """Per component: whether it lies wholly within BORDER_INCH of the image's edge (the page's own
    edge where a photocopy's grey paper meets the scanner's white, the lid's shadow): no printed
    text sits that close to the edge of a scan."""
    h, w = shape[:2]
    band = BORDER_INCH * dpi
    x, y, cw, ch = (stats[:, k] for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT))
    return (x + cw <= band) | (x >= w - band) | (y + ch <= band) | (y >= h - band)


def isolated(labels: Any, stats: Any, keep: Any, dpi: float) -> Any:
    """Per component: whether it is a small mark (no side over ISOLATED_SPECK_INCH) with no other
    ink within ISOLATED_INCH: a photocopier's or a scanner glass's speck. A full stop, a comma, a
    bullet or the dot of an 'i' sits beside the letters it belongs to; a hyphen alone in a cell is
    longer than a speck."""
    small = keep & (np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT])
                    <= max(2, int(ISOLATED_SPECK_INCH * dpi)))
    small[0] = False
    if not small.any():
        return small
    kept = np.where(keep[labels], 255, 0).astype(np.uint8)
    r = max(2, int(ISOLATED_INCH * dpi))
    grown = cv2.dilate(kept, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * r + 1, 2 * r + 1)))
    _, grown_labels = cv2.connectedComponents(grown, connectivity=8)
    # the grown area each component falls in; a small mark alone in its area is a speck
    first = np.zeros(len(stats), dtype=np.int64)
    inked = kept > 0
    first[labels[inked]] = grown_labels[inked]  # every pixel of a component lies in the same grown area
    counts = np.bincount(first[keep], minlength=int(first.max()) + 1)
    return small & (counts[first] == 1)


def flatten(grey_img: Image, dpi: float) -> Image:
    """The image with its background made white: each pixel divided by the local paper colour
    (the image closed with a kernel wider than any letter's stroke, which removes the text).
    Text on a shaded cell then reads as text on white; Tesseract's own global threshold would
    otherwise turn a mid-grey cell black, its text with it."""
    k = int(dpi / 8) | 1
    background = cv2.morphologyEx(grey_img, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    return cv2.divide(grey_img, background, scale=255)


SOFT_SHARE = 4.0  # a page whose text has this many grey edge pixels per black one is blurred
SHARPEN = 1.5  # how much of the detail a Gaussian removes is added back to a blurred page


def softness(flat: Image) -> float:
    """Grey pixels (text edges) per black one on a page with a white background (flatten): a crisp
    scan's letters are black with an edge a pixel wide (1 to 2.5 per black pixel at 150–300 dpi);
    a blurred one's strokes are mostly grey (6 and more)."""
    dark = int((flat < 80).sum())
    mid = int(((flat >= 80) & (flat < 200)).sum())
    return mid / max(dark, 1)


def sharpened(flat: Image, dpi: float) -> Image:
    """A blurred page's text made crisper for the OCR (an unsharp mask of a pixel's radius at
    150 dpi): small print smeared by a soft scan reads 'mwaruuuce' for 'Introduce' otherwise."""
    if softness(flat) < SOFT_SHARE:
        return flat
    soft = cv2.GaussianBlur(flat, (0, 0), max(1.0, dpi / 150.0))
    return cv2.addWeighted(flat, 1 + SHARPEN, soft, -SHARPEN, 0)


# ---- OCR by cell -------------------------------------------------------------------------------
@dataclass
class Tile:
    """A piece of the page placed in a montage: page pixels (x, y) shown at montage row `at`."""
    x: int
    y: int
    width: int
    height: int
    at: int = 0


Piece = tuple[Tile, Image]  # where a piece of text is on the page, and its pixels


def montages(img: Image, text_ink: Image, boxes: list[tuple[int, int, int, int]], dpi: float,
             max_height: int = 30000) -> list[tuple[Image, list[Tile]]]:
    """The page's text cut out cell by cell (text_pieces) and stacked one piece under the other
    with white between (stack_pieces)."""
    return stack_pieces(text_pieces(img, text_ink, boxes, dpi), dpi, max_height)


def text_pieces(img: Image, text_ink: Image, boxes: list[tuple[int, int, int, int]], dpi: float) -> list[Piece]:
    """The page's text cut out cell by cell, so that no line of text the OCR finds runs from one
    cell into the next (on the whole page, a text line runs through every cell of a table row,
    and cells whose lines do not align are misread). Each piece is trimmed to the text it holds
    (`text_ink`, the ink without the rulings): empty cells and blank margins cost the OCR
    nothing. The text outside the cells comes in blocks (bands)."""
    margin = max(int(dpi * MARGIN_INCH), 3)
    outside, rest = text_ink.copy(), img.copy()
    tiles: list[Tile] = []
    for x0, y0, x1, y1 in boxes:
        if x1 - x0 >= 4 and y1 - y0 >= 4:
            outside[y0:y1, x0:x1] = 0
            rest[y0:y1, x0:x1] = 255
            trimmed = trim(text_ink, (x0, y0, x1, y1), margin)
            if trimmed is not None:
                tiles.append(trimmed)
    blocks = bands(outside, dpi, margin)
    # a noisy scan's specks lie too close together to be lone (isolated): its blank margins come
    # in blocks dotted with them, which hold no mark as big as a letter, and are not read
    letters = marks_over(outside, ISOLATED_SPECK_INCH * dpi)
    blocks = [t for t in blocks if letters[t.y:t.y + t.height, t.x:t.x + t.width].any()]
    # a block is cut from the page with the cells blanked: it may reach over a cell's corner
    pieces = [(t, rest[t.y:t.y + t.height, t.x:t.x + t.width]) for t in blocks]
    return pieces + [(t, img[t.y:t.y + t.height, t.x:t.x + t.width]) for t in tiles]


def marks_over(mask: Image, size: float) -> Image:
    """The marks of a mask with a side longer than `size` pixels (a letter, a hyphen; not a speck)."""
    _, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    big = np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]) > size
    big[0] = False
    return big[labels]


def letter_height(mask: Image, dpi: float) -> tuple[float, int]:
    """The median height of the marks of a piece's ink that are letters (a side longer than
    ISOLATED_SPECK_INCH, no taller than a line of text may be: LINE_MAX_INCH), and how many there are."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    w, h = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    letters = h[(np.maximum(w, h) > ISOLATED_SPECK_INCH * dpi) & (h <= LINE_MAX_INCH * dpi)]
    return (float(np.median(letters)), len(letters)) if len(letters) else (0.0, 0)


def stack_pieces(pieces: list[Piece], dpi: float, max_height: int = 30000) -> list[tuple[Image, list[Tile]]]:
    """Pieces stacked one under the other with white between, in montages at most `max_height`
    pixels tall (Tesseract's limit is 32767); each tile records the row it is shown at."""
    gap = max(int(dpi * 0.2), 8)
    out: list[tuple[Image, list[Tile]]] = []
    group: list[Piece] = []
    height = 0
    for tile, pixels in pieces:
        if group and height + tile.height + gap > max_height:
            out.append(stack(group, gap))
            group, height = [], 0
        group.append((replace(tile), pixels))
        height += tile.height + gap
    if group:
        out.append(stack(group, gap))
    return out


def trim(mask: Image, box: tuple[int, int, int, int], margin: int) -> Tile | None:
    """The part of the box holding ink (and a margin round it, within the box); None when empty."""
    x0, y0, x1, y1 = box
    found = cv2.findNonZero(mask[y0:y1, x0:x1])
    if found is None:
        return None
    x, y, w, h = cv2.boundingRect(found)
    left, top = max(x0, x0 + x - margin), max(y0, y0 + y - margin)
    right, bottom = min(x1, x0 + x + w + margin), min(y1, y0 + y + h + margin)
    return Tile(left, top, right - left, bottom - top)


def bands(mask: Image, dpi: float, margin: int) -> list[Tile]:
    """The ink outside the cells in blocks: bands of the page parted by blank rows, then split at
    blank columns (the gutters of a borderless table) and again by blank rows, recursively (an
    XY-cut). A block is never a table's row: a line of text OCR'd across a gutter runs through
    cells whose baselines differ, and is misread."""
    h, w = mask.shape[:2]
    return xy_cut(mask, (0, 0, w, h), dpi, margin, BAND_GAP_INCH, 4)


def xy_cut(mask: Image, box: tuple[int, int, int, int], dpi: float, margin: int, row_gap_inch: float,
           depth: int) -> list[Tile]:
    tile = trim(mask, box, 0)
    if tile is None:
        return []
    box = (tile.x, tile.y, tile.x + tile.width, tile.y + tile.height)
    if depth > 0:
        for axis, gap_inch in ((0, GUTTER_INCH), (1, row_gap_inch)):
            pieces = blank_split(mask, box, axis, max(int(gap_inch * dpi), 2))
            if axis == 0:
                pieces = rejoined_words(mask, pieces, dpi)
            if len(pieces) < 2:
                continue
            parts = [xy_cut(mask, p, dpi, margin, LINE_GAP_INCH, depth - 1) for p in pieces]
            if axis == 0 or any(len(p) > 1 for p in parts) or row_gap_inch == BAND_GAP_INCH:
                return [t for p in parts for t in p]
            break  # rows that part into no columns: one block of text
    return [padded(mask, box, margin)]


def rejoined_words(mask: Image, pieces: list[tuple[int, int, int, int]], dpi: float
                   ) -> list[tuple[int, int, int, int]]:
    """Pieces side by side (blank_split at GUTTER_INCH) joined again where the blank between them
    is a word space in large type: a line of text runs across it (ink on both sides at the same
    heights) and it is no wider than GUTTER_LETTERS times the height of the letters beside it. A
    20 pt title's word spaces are wider than a gutter between body text; cut there, its words are
    read one by one, and badly."""
    if len(pieces) < 2:
        return pieces
    reach = max(int(GUTTER_INCH * dpi), 2)
    out = [pieces[0]]
    for piece in pieces[1:]:
        last = out[-1]
        a, b = last[2], piece[0]
        left, right = letters_beside(mask, (max(last[0], a - 3 * reach), last[1], a, last[3]),
                                     (b, piece[1], min(piece[2], b + 3 * reach), piece[3]))
        if left and right and b - a < GUTTER_LETTERS * min(left, right):
            out[-1] = (last[0], min(last[1], piece[1]), piece[2], max(last[3], piece[3]))
        else:
            out.append(piece)
    return out


def letters_beside(mask: Image, left: tuple[int, int, int, int], right: tuple[int, int, int, int]
                   ) -> tuple[float, float]:
    """How tall the letters on each side of a gap are where a line runs across it: of the ink marks
    centred in the rows where both sides hold ink, the height LETTER_SHARE of them stay under
    (capitals and ascenders; dots and commas are the short few); (0, 0) where no line runs across."""
    y0, y1 = max(left[1], right[1]), min(left[3], right[3])
    if y1 <= y0:
        return 0.0, 0.0
    shared = mask[y0:y1, left[0]:left[2]].any(axis=1) & mask[y0:y1, right[0]:right[2]].any(axis=1)
    if not shared.any():
        return 0.0, 0.0
    heights = []
    for x0, x1 in ((left[0], left[2]), (right[0], right[2])):
        ink = (mask[y0:y1, x0:x1] > 0).astype(np.uint8)
        count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        hs = [int(st[3]) for st in stats[1:count] if st[3] > 2 and shared[int(st[1] + st[3] // 2)]]
        heights.append(float(np.percentile(hs, 100 * LETTER_SHARE)) if hs else 0.0)
    return heights[0], heights[1]


def blank_split(mask: Image, box: tuple[int, int, int, int], axis: int, gap: int) -> list[tuple[int, int, int, int]]:
    """The box cut at every run of at least `gap` blank columns (axis 0) or rows (axis 1)."""
    x0, y0, x1, y1 = box
    inked = mask[y0:y1, x0:x1].any(axis=axis)
    where = np.flatnonzero(inked)
    if where.size == 0:
        return []
    cuts = np.flatnonzero(np.diff(where) > gap)
    starts = np.concatenate(([where[0]], where[cuts + 1]))
    ends = np.concatenate((where[cuts], [where[-1]])) + 1
    if axis == 0:
        return [(x0 + int(a), y0, x0 + int(b), y1) for a, b in zip(starts, ends, strict=True)]
    return [(x0, y0 + int(a), x1, y0 + int(b)) for a, b in zip(starts, ends, strict=True)]


def padded(mask: Image, box: tuple[int, int, int, int], margin: int) -> Tile:
    h, w = mask.shape[:2]
    x0, y0, x1, y1 = max(0, box[0] - margin), max(0, box[1] - margin), min(w, box[2] + margin), min(h, box[3] + margin)
    return Tile(x0, y0, x1 - x0, y1 - y0)


def stack(group: list[tuple[Tile, Image]], gap: int) -> tuple[Image, list[Tile]]:
    width = max(t.width for t, _ in group)
    height = sum(t.height for t, _ in group) + gap * (len(group) + 1)
    canvas = np.full((height, width), 255, dtype=np.uint8)
    y = gap
    for tile, pixels in group:
        canvas[y:y + tile.height, :tile.width] = pixels
        tile.at = y
        y += tile.height + gap
    return canvas, [t for t, _ in group]


# ---- a page's marks at a working resolution ---------------------------------------------------
@dataclass
class Marks:
    """What the imaging finds on a levelled page, in its own pixels: all its ink, its rulings and
    their pixels, and the ink of its text alone."""
    ink: Image
    rules: list[Segment]
    rule_mask: Image
    text_ink: Image
    specks: Image | None = None  # stray marks (text_and_specks): erased with the rulings before the OCR


def coarse_ink(grey_img: Image, dpi: float) -> Image:
    """The page's ink at no more than ANALYSIS_DPI (enough to find its slant or its text's direction)."""
    factor = min(1.0, ANALYSIS_DPI / dpi)
    if factor >= 0.95:
        return ink(grey_img, dpi)
    return ink(cv2.resize(grey_img, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA), dpi * factor)


def analyse(grey_img: Image, dpi: float) -> Marks:
    """The page's marks, found at no more than ANALYSIS_DPI (a rule or a letter is as plain there,
    at a quarter of the work for a 300 dpi scan) and drawn back at the page's resolution."""
    factor = min(1.0, ANALYSIS_DPI / dpi)
    if factor >= 0.95:
        ink_img = ink(grey_img, dpi)
        rules, mask = rulings(ink_img, dpi)
        return Marks(ink_img, rules, mask, *text_and_specks(ink_img, mask, dpi))
    h, w = grey_img.shape[:2]
    small = cv2.resize(grey_img, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    work = dpi * factor
    small_ink = ink(small, work)
    rules, mask = rulings(small_ink, work)
    text, stray_marks = text_and_specks(small_ink, mask, work)

    def full(m: Image) -> Image:
        return cv2.resize(m, (w, h), interpolation=cv2.INTER_NEAREST)
    scaled = [Segment(s.x0 / factor, s.y0 / factor, s.x1 / factor, s.y1 / factor, s.thick / factor) for s in rules]
    return Marks(full(small_ink), scaled, full(mask), full(text), full(stray_marks))


# ---- cell colour -------------------------------------------------------------------------------
SHADE_DPI = 100  # shading is found at this resolution: a cell's fill is large, and a tenth of the work
SHADED_BELOW = 235  # a background at most this light (of 255) is shading, not paper
SHADE_MIN_INCH = 0.08  # a shaded area narrower or lower than this is no cell's fill (a thick rule, a dot)


def shaded_areas(bgr: Image, grey_img: Image, ink_img: Image, dpi: float) -> list[tuple[int, int, int, int, str]]:
    """Shaded rectangles of the page (cell fills, a timeline's bars, a heading band) as
    (x0, y0, x1, y1, '#rrggbb') in page pixels: the paper's colour with the text taken away (a
    closing wider than any stroke, as `flatten`) darker than SHADED_BELOW over a solid, rectangular
    area (`rectangles`). An area touching the image's edge is the scanner's shadow or the lid's,
    not the page's."""
    factor = min(1.0, SHADE_DPI / dpi)
    small = cv2.resize(grey_img, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else grey_img
    k = int(dpi * factor / 10) | 1
    # the scanner's grain cleared first (a 3 px median): the closing keeps each patch's lightest
    # grain, which lifts a light fill (a pale tint, ~232 of 255) over SHADED_BELOW on a noisy scan
    small = cv2.GaussianBlur(cv2.medianBlur(small, 3), (0, 0), 1.0)
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    mask = paper <= SHADED_BELOW
    h, w = mask.shape[:2]
    least = SHADE_MIN_INCH * dpi * factor
    out = []
    for x0, y0, x1, y1 in rectangles(mask):
        if x1 - x0 < least or y1 - y0 < least or x0 == 0 or y0 == 0 or x1 >= w or y1 >= h:
            continue
        box = (int(x0 / factor), int(y0 / factor), int(x1 / factor), int(y1 / factor))
        colour = fill_colour(bgr, ink_img, box)
        if colour is not None:
            out.append((*box, colour))
    return out


SIDE_SHADE = 5  # of 255: a strip this much darker than the paper down most of the page is a sidebar's shading
SIDE_WIDTH = 0.1  # of the page's width: a narrower strip is a rule, a bar, the scanner's edge
SIDE_HEIGHT = 0.5  # of the page's height


def side_strips(grey_img: Image, dpi: float) -> list[tuple[int, int, int, int]]:
    """Tall strips of light shading down the page (a sidebar's tint, a few levels darker than the
    paper: lighter than any cell's fill `shaded_areas` looks for) as (x0, y0, x1, y1) in page
    pixels: the columns whose median over the page is darker than the paper's by SIDE_SHADE or more
    (text is too sparse to move a column's median), from the first to the last row so shaded.
    A strip touching the image's edge is the scanner's shadow, not the page's."""
    factor = min(1.0, SHADE_DPI / dpi)
    small = cv2.resize(grey_img, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else grey_img
    h, w = small.shape[:2]
    cols = np.median(small, axis=0)
    paper = float(np.median(cols))
    out = []
    for x0, x1 in row_runs(cols <= paper - SIDE_SHADE):
        if x1 - x0 < SIDE_WIDTH * w or x0 == 0 or x1 >= w:
            continue
        rows = row_runs(np.median(small[:, x0:x1], axis=1) <= paper - SIDE_SHADE)
        y0, y1 = max(rows, key=lambda r: r[1] - r[0], default=(0, 0))
        if y1 - y0 < SIDE_HEIGHT * h or y0 == 0 or y1 >= h:
            continue
        out.append((int(x0 / factor), int(y0 / factor), int(x1 / factor), int(y1 / factor)))
    return out


def rectangles(mask: Image, slack: int = 1) -> list[tuple[int, int, int, int]]:
    """A mask's set pixels as rectangles (x0, y0, x1, y1; ends exclusive): each row's runs, runs
    that go on over the next rows with the same ends (within `slack` pixels) one rectangle. Bars
    of shading that touch (a timeline's bars in rows one above the other) come apart at the row
    where their extent changes."""
    open_: dict[tuple[int, int], int] = {}  # (x0, x1) → the row it started on
    out = []
    for y in range(mask.shape[0] + 1):
        runs = row_runs(mask[y]) if y < mask.shape[0] else []
        going: dict[tuple[int, int], int] = {}
        for run in runs:
            same = next((k for k in open_ if abs(k[0] - run[0]) <= slack and abs(k[1] - run[1]) <= slack), None)
            if same is not None:
                going[same] = open_.pop(same)
            else:
                going[run] = y
        out += [(x0, top, x1, y) for (x0, x1), top in open_.items()]
        open_ = going
    return out


def row_runs(row: Image) -> list[tuple[int, int]]:
    """The runs of set pixels in one row of a mask: (start, end) with the end exclusive."""
    padded = np.concatenate(([False], row.astype(bool), [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))


def fill_colour(bgr: Image, ink_img: Image, box: tuple[int, int, int, int]) -> str | None:
    """The background colour of a box as '#rrggbb' (the median of its pixels that are not ink,
    a margin inside the box left out for its rules), None when it is white or the box too small."""
    x0, y0, x1, y1 = box
    mx, my = max(2, (x1 - x0) // 10), max(2, (y1 - y0) // 10)
    # (a box found on a page drawing may reach past the scan's edge: only the part on the image counts)
    h, w = bgr.shape[:2]
    x0, y0, x1, y1 = max(x0 + mx, 0), max(y0 + my, 0), min(x1 - mx, w), min(y1 - my, h)
    if x1 - x0 < 3 or y1 - y0 < 3:
        return None
    region = bgr[y0:y1, x0:x1].reshape(-1, 3)
    paper = region[ink_img[y0:y1, x0:x1].reshape(-1) == 0]
    if len(paper) < 9:
        paper = region
    b, g, r = (int(v) for v in np.median(paper, axis=0))
    if min(r, g, b) > 235:
        return None
    return f"#{r:02x}{g:02x}{b:02x}"


LEADER_DOT_INCH = 0.03  # a leader's dot is no wider or taller than this (a full stop at 12 pt is ~0.02)
LEADER_PITCH_INCH = 0.07  # ... and stands this close to the next at most (a dot leader's spacing: ~0.03-0.05)
LEADER_MIN_INCH = 0.5  # a run of dots this long at least is a leader (an ellipsis is far shorter)
LEADER_MIN_DOTS = 8
LEADER_SKIP = 2.5  # × LEADER_PITCH_INCH: a gap up to this long in a row of dots is dots the scan lost
LEADER_BASE_INCH = 0.012  # the dots' bottoms stay this close to the run's (they sit on one baseline)


def dot_leaders(text_ink: Image, dpi: float) -> list[tuple[int, int, int, int, list[tuple[int, int, int, int]]]]:
    """Dot leaders of the page (a row of evenly spaced dots carrying a line's text to a date or a page
    number at the right margin) as (x0, y0, x1, y1, dots), the dots' boxes (x0, y0, x1, y1) in page
    pixels: LEADER_MIN_DOTS small marks or more on one baseline, each within LEADER_PITCH_INCH of the
    next, LEADER_MIN_INCH long at least. Tesseract reads such a row as letters ('iisccccsssee') and
    the date after it as more of them."""
    n, _, stats, _ = cv2.connectedComponentsWithStats((text_ink > 0).astype(np.uint8), connectivity=8)
    # (a pixel's slack for the scan's blur; smaller type's letters, 'c' and 'o' of 6 pt, are bigger)
    big, pitch, base = LEADER_DOT_INCH * dpi + 1, LEADER_PITCH_INCH * dpi, LEADER_BASE_INCH * dpi + 1
    dots = sorted(((int(x), int(y), int(x + w), int(y + h)) for x, y, w, h, _ in stats[1:]
                   if w <= big and h <= big and w >= 1 and h >= 1), key=lambda d: (d[0], d[3]))
    out = []
    used: set[int] = set()
    by_x = dots  # sorted by left edge
    for i, first in enumerate(by_x):
        if i in used:
            continue
        run, last = [i], first
        for j in range(i + 1, len(by_x)):
            d = by_x[j]
            if d[0] - last[2] > LEADER_SKIP * pitch:  # (a dot or two the scan lost is bridged)
                if d[0] - last[0] > (LEADER_SKIP + 1) * pitch:
                    break
                continue
            if j in used or abs(d[3] - first[3]) > base or d[0] <= last[0]:
                continue
            run.append(j)
            last = d
        boxes = [by_x[k] for k in run]
        steps = [b[0] - a[0] for a, b in zip(boxes, boxes[1:], strict=False)]
        # a leader's dots are evenly set: most steps one pitch (letters' marks are set unevenly)
        even = bool(steps) and sum(1 for t in steps if t <= 1.4 * float(np.median(steps)) + 1) >= 0.8 * len(steps)
        if len(boxes) >= LEADER_MIN_DOTS and boxes[-1][2] - boxes[0][0] >= LEADER_MIN_INCH * dpi and even:
            used.update(run)
            out.append((boxes[0][0], min(b[1] for b in boxes), boxes[-1][2], max(b[3] for b in boxes), boxes))
    return out
