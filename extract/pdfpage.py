"""What the PDF reader makes of one page, and the text outside its tables as paragraphs.

Shared by the reader of born-digital pages (pdf.py) and of scanned ones (pdfocr.py), so that
each imports this and neither the other's module: pdf.py calls pdfocr for a page without a text
layer, and pdfocr needs nothing of pdf.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from planx.extract.pdfgeom import Char, Line, join_lines, split_by_size
from planx.extract.pdftables import FoundTable


@dataclass
class PageResult:
    number: int
    carry: tuple[float, ...] = ()  # column edges of the page's last table, for the next page
    tables: list[FoundTable] = field(default_factory=list)
    paragraphs: list[tuple[float, str, bool, float]] = field(default_factory=list)  # (top, text, heading, size)
    height: float = 842.0
    width: float = 0.0  # 0 when unknown
    ocr: bool = False
    error: str = ""
    ocr_conf: float = 0.0  # scanned pages: Tesseract's mean word confidence (0-100)
    warnings: list[str] = field(default_factory=list)  # doubts about what was read (the page still counts)


def body_size(chars: list[Char]) -> float:
    """The page's usual font size (of all its text, tables included): larger lines are headings."""
    # rounding keeps the order: the median of the rounded sizes is the rounded median
    sizes = sorted(c.get("size", 0.0) for c in chars)
    return round(sizes[len(sizes) // 2], 1) if sizes else 0.0


def paragraphs_of(lines: list[Line], height: float, body: float = 0.0) -> list[tuple[float, str, bool, float]]:
    """Text outside tables as paragraphs (close lines with the same font size joined), in reading
    order: (top, text, heading, font size). A title with small notes beside it on its line (a
    slide's rating box) gives the title and each note a paragraph of its own."""
    if not lines:
        return []
    lines = [part for ln in lines for part in (split_by_size(ln) or [ln])]
    if not body:
        sizes = sorted(ln.size for ln in lines)
        body = sizes[len(sizes) // 2]
    out: list[tuple[float, str, bool, float]] = []
    prev = None
    for ln in lines:
        heading = ln.size > body * 1.15
        if prev is not None and ln.top - prev.bottom < 0.6 * ln.size and abs(ln.size - prev.size) < 0.5 \
                and out and out[-1][2] == heading:
            top, text, h, size = out[-1]
            out[-1] = (top, join_lines([text, ln.text], " "), h, size)
        else:
            out.append((ln.top, ln.text, heading, round(ln.size, 1)))
        prev = ln
    return out
