"""Headings printed at 45 degrees over narrow columns, in a scan.

Tesseract reads level lines: a row of headings rising to the right at 45 degrees ('Target date',
'RAG rating', 'Not started' … each over a column a tick wide) comes out as grain ('Js,', 'LP)',
'SLE'), a block photo_blocks rightly leaves out. The columns under them lost their names, and their
cells were kept aside as outside the headings. A reader tilts the head: so does planx. The grain's
box is cut out of the levelled page, turned 45 degrees the other way (the headings now level) and
read again; each line read as words becomes one word set at its foot, where the heading starts, a
narrow box over the column it names (as extract/pdfslant.py does with a PDF's slanted characters).

The evidence, all of it needed: lines that read as words (pdfocr.reads_as_word, every word of
them), two at least, their feet on one level line (within a line's height) as a heading row's are.
A photograph turned gives no such row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from planx.extract.pdfocr import OcrWord, ScanImage

SLANT = 45.0  # degrees: the turn headings set at a slant are printed at
MIN_HEADINGS = 2  # a row of slanted headings has two at least
PSM_SPARSE = 11  # Tesseract's sparse text: the turned headings start at different places, no block
_PUNCT = ".,;:!?()[]\"'“”‘’~-"  # marks a word may be read with
_SAME_LINE = 0.5  # of a word's height: bottoms this close stand on one line of the turned image
_WORD_GAP = 1.2  # heights: a wider gap parts two headings on one line
_FOOT_SLACK = 0.3  # of a heading's height: a word ending this far above the feet is a scrap of them
_CHAR_WIDTH = 0.7  # of the height: a letter's width, about (how far a heading's text reaches, turned)
_MARGIN = 0.5  # of the grain box's height: the cut reaches this far past it (the headings' feet)


def _turned(image: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """The image turned `angle` degrees (counter-clockwise, cv2's sense), the canvas grown to hold it,
    and the matrix taking a point of the turned image back to the original."""
    import cv2
    h, w = image.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos) + 1, int(h * cos + w * sin) + 1
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    turned = cv2.warpAffine(image, m, (nw, nh), flags=cv2.INTER_CUBIC, borderValue=255)
    return turned, cv2.invertAffineTransform(m)


def _lines(words: list[OcrWord]) -> list[list[OcrWord]]:
    """The words in lines by where they stand in the turned image (Tesseract's sparse reading may
    part a heading's words): one line, the bottoms within _SAME_LINE of a height, the gap before
    each word under _WORD_GAP heights; each line in reading order."""
    lines: list[list[OcrWord]] = []
    for w in sorted(words, key=lambda w: w.left):
        for line in lines:
            last = line[-1]
            h = max(last.height, w.height)
            if abs((last.top + last.height) - (w.top + w.height)) <= _SAME_LINE * h \
                    and w.left - (last.left + last.width) <= _WORD_GAP * h:
                line.append(w)
                break
        else:
            lines.append([w])
    return lines


def slanted_headings(scan: ScanImage, box: tuple[float, float, float, float], exe: str) -> list[OcrWord]:
    """The headings read in a block of grain (box: pixels of the levelled page) turned level, each
    as one word at its foot (module note); [] when they make no row of headings."""
    from planx.extract.pdfocr import WORD_SURE, OcrWord, ocr_zoom, read_words, reads_as_word
    x0, y0, x1, y1 = box
    pad = _MARGIN * (y1 - y0)
    height, width = scan.text_image.shape[:2]
    # (a heading whose upper end is grain may start a box's height further left, at 45 degrees: its
    # foot, and its first words, which Tesseract may have read as a word or two of their own)
    left, top = int(max(0.0, x0 - (y1 - y0) - pad)), int(max(0.0, y0 - pad))
    right, bottom = int(min(float(width), x1 + pad)), int(min(float(height), y1 + pad))
    if right - left < 4 or bottom - top < 4:
        return []
    turned, back = _turned(scan.text_image[top:bottom, left:right], -SLANT)
    read = read_words(turned, exe, scan.dpi, ocr_zoom(scan.dpi), PSM_SPARSE)
    out = []
    for k, found in enumerate(_lines(read)):
        # the heading's words: sure letters ('In' too); specks read at the turned rulings' ends go
        line = [w for w in found if w.conf >= WORD_SURE and w.text.strip(_PUNCT).isalpha()]
        if not any(map(reads_as_word, line)):
            continue
        first = line[0]
        size = float(np.median([w.height for w in line]))
        fx, fy = back @ np.array([first.left, first.top + first.height, 1.0])
        fx, fy = float(fx) + left, float(fy) + top
        conf = min(w.conf for w in line)
        out.append(OcrWord(" ".join(w.text for w in line), fx - size / 2, fy - size, size, size, conf,
                           (f"slant{k}", "1", "1")))
    feet = sorted(w.top + w.height for w in out)
    if len(out) < MIN_HEADINGS or feet[-1] - feet[0] > max(w.height for w in out) * 1.5:
        return []
    return out


def without_fragments(words: list[OcrWord], headings: list[OcrWord]) -> list[OcrWord]:
    """The page's words less the scraps Tesseract read level out of the slanted headings ('cheo' of
    'Deadline', 'Not'): those standing above the headings' feet (by more than _FOOT_SLACK of their
    height), from the first foot rightwards, no higher than the headings reach (45 degrees: the
    span of the feet)."""
    if not headings:
        return words
    size = max(h.height for h in headings)
    foot = min(h.top + h.height for h in headings) - _FOOT_SLACK * size
    left = min(h.left for h in headings) - size
    right = max(h.left + h.width for h in headings)
    reach = right - left + size * max(len(h.text) for h in headings) * _CHAR_WIDTH

    def scrap(w: OcrWord) -> bool:
        bottom = w.top + w.height
        return w.left >= left and w.left + w.width <= right + reach and foot - reach <= bottom <= foot
    return [w for w in words if not scrap(w)]


def headings_in_grain(scan: ScanImage, dropped: list[OcrWord], exe: str) -> list[OcrWord]:
    """The slanted headings read in each block of grain photo_blocks left out (`dropped`)."""
    from planx.extract.pdfocr import grain_box
    blocks: dict[str, list[OcrWord]] = {}
    for w in dropped:
        blocks.setdefault(w.line[0], []).append(w)
    out = []
    for ws in blocks.values():
        box = grain_box(ws)
        if box is not None:
            out.extend(slanted_headings(scan, box, exe))
    return out


__all__ = ["headings_in_grain", "slanted_headings", "without_fragments"]
