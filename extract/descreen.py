"""Dithered 1-bit scans turned back into grey before they are read (issue 15).

A scanner that stores black and white by dithering (Floyd–Steinberg, ordered) prints every grey as
a density of single dots: a shaded cell becomes a field of dots, the paper's grain a sprinkling of
them. Tesseract reads the dots as letters ('.:,' and worse) and the words beside them with little
confidence; the rule finder and the fill reader see no grey at all. Evidence of dithering: a
1-bit page (nothing but black and white) on which many black pixels have no black neighbour (the
strokes of type, however thin, are several pixels wide; a threshold's specks are rare). Such a
page is blurred by about a dot's spacing, which turns each field of dots back into the grey it
stood for, and the faint grey of scattered grain is lifted back to white.
"""
from __future__ import annotations

import cv2
import numpy as np

from planx.extract.raster import Image

BILEVEL_SHARE = 0.995  # a page this much pure black or white is a 1-bit scan
ISOLATED_SHARE = 0.02  # ... dithered when this share of its black pixels have no black neighbour
DOT_INCH = 1.2 / 200  # the blur's sigma: a dot's spacing at 200 dpi
GRAIN = (200, 225)  # after the blur, greys this light are lifted so that the top one (the grain's) is white


def isolated_share(grey_img: Image) -> float:
    """The share of the page's black pixels that touch no other black pixel (8-neighbours)."""
    black = (grey_img < 128).astype(np.uint8)
    total = int(black.sum())
    if not total:
        return 0.0
    neighbours = cv2.filter2D(black, -1, np.ones((3, 3), np.float32), borderType=cv2.BORDER_CONSTANT) - black
    return float(((black == 1) & (neighbours == 0)).sum()) / total


def is_dithered(img: Image) -> bool:
    """Whether a page is a dithered 1-bit scan: black and white only, and many lone dots."""
    g = img if img.ndim == 2 else cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    pure = float(((g < 16) | (g > 239)).mean())
    return pure >= BILEVEL_SHARE and isolated_share(g) >= ISOLATED_SHARE


def descreened(img: Image, dpi: float) -> Image:
    """The dithered page as grey: blurred by a dot's spacing (fields of dots become their grey),
    and its lightest greys (scattered grain) stretched to white, darker ones left as they are; in
    the channels it came in (a rendered page is BGR, grey in each)."""
    g = img if img.ndim == 2 else cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    soft = cv2.GaussianBlur(g, (0, 0), max(0.8, DOT_INCH * dpi))
    lo, hi = GRAIN  # darker greys (fills, text) keep their level: a fill's grey is evidence (normalise/greyrag)
    v = soft.astype(np.float32)
    stretched = np.where(v <= lo, v, np.clip(lo + (v - lo) * (255.0 - lo) / (hi - lo), 0, 255)).astype(np.uint8)
    return stretched if img.ndim == 2 else cv2.cvtColor(stretched, cv2.COLOR_GRAY2BGR)
