"""Superscript footnote marks on a scanned page kept apart from the word they follow ('Q2¹').

Tesseract reads a raised mark as a character of the word before it, in the same word box, and
misreads it ('Q2¹' as "Q2'", 'Q21', 'Q2*'; '2020²' as '2020?' or '20207'): the due cell's period
and its footnote's mark are lost together (normalise/footnotedates needs 'Q2¹'). Evidence of a
superscript, from the word's ink: its last glyph stands apart from the rest (blank columns
between), is much smaller than them, and sits high (its foot well above their baseline, its top
no lower than theirs). Such a word is read again in two parts, the rest as a word and the mark as
a character; the word's last character (the mark as Tesseract misread it) becomes the mark's own
reading as a superscript, but only when the mark reads as a digit or a footnote sign and the rest
as one character fewer than the word (so the last character was the mark's, not a letter the mark
was dropped beside). Otherwise the word is left as Tesseract read it.
"""
from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from planx.extract.raster import Image
from planx.normalise.vocab import FOOTNOTE_MARKS

TALLER = 1.05  # × the page's usual word height: a word boxed this tall may hold a raised mark (cheap first look)
MARK_HEIGHT = 0.75  # × the rest's ink height: a superscript's glyph is at most this tall
RAISED = 0.3  # × the rest's ink height: its foot stands at least this far above the rest's baseline
TOP_SLACK = 0.15  # × the rest's ink height: its top no lower than the rest's top by more than this
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
PUNCTUATION = ".,;:'\"’‘"  # round the rest read alone (a stop the crop's edge makes)
MARK_SIGNS = frozenset(m for m in FOOTNOTE_MARKS if len(m) == 1 and m not in "•°#^")  # '*', '†', '‡', '§', '¶'


def raised_mark(ink: Image) -> int | None:
    """The column where a word's raised last glyph begins, in the word's ink box (255 = ink), if
    it has one (module note)."""
    cols = ink.any(axis=0)
    if cols.sum() < 3:
        return None
    inked = np.flatnonzero(cols)
    gaps = np.flatnonzero(np.diff(inked) > 1)  # blank columns between glyphs
    if not len(gaps):
        return None
    start = int(inked[gaps[-1] + 1])
    rest_rows, mark_rows = np.flatnonzero(ink[:, :start].any(axis=1)), np.flatnonzero(ink[:, start:].any(axis=1))
    if not len(rest_rows) or not len(mark_rows):
        return None
    rest_top, rest_foot = int(rest_rows[0]), int(rest_rows[-1])
    height = rest_foot - rest_top + 1
    mark_top, mark_foot = int(mark_rows[0]), int(mark_rows[-1])
    small = mark_foot - mark_top + 1 <= MARK_HEIGHT * height
    raised = rest_foot - mark_foot >= RAISED * height and mark_top <= rest_top + TOP_SLACK * height
    return start if small and raised else None


def mark_text(reading: str) -> str | None:
    """A mark's reading as it is printed: digits as superscript digits, a footnote sign as itself."""
    reading = reading.strip()
    if reading.isascii() and reading.isdigit() and len(reading) <= 2:
        return reading.translate(SUPERSCRIPT)
    return reading if reading in MARK_SIGNS else None


def tall(usual: float, height: float) -> bool:
    """Whether a word is boxed taller than the usual word (a raised mark makes it so)."""
    return height >= TALLER * usual


def superscripted(text: str, ink: Image, image: Image, read: Callable[[Image, int], str]) -> str | None:
    """The word's text with its raised last glyph read apart as a superscript mark, or None when it
    has none or the readings do not agree with the word's (module note). `read(image, psm)`:
    Tesseract's text for a small image."""
    if len(text) < 2:
        return None
    start = raised_mark(ink)
    if start is None:
        return None
    mark = mark_text(read(_padded(image[:, start:]), 10))
    if mark is None:
        return None
    # the rest read alone is only counted: Tesseract reads a word better in its line ('Q2' alone: 'a2'),
    # but one character fewer says the word's last character was the mark's reading, not a letter
    rest = read(_padded(image[:, :start]), 8).strip().strip(PUNCTUATION)
    return text[:-1] + mark if len(rest) == len(text) - 1 else None


def _padded(image: Image) -> Image:
    """A part of a word enlarged and framed in white, as Tesseract reads small type best."""
    big = cv2.resize(image, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
    pad = max(10, big.shape[0] // 2)
    return cv2.copyMakeBorder(big, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
