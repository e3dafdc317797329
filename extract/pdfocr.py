"""Scanned pages (an image, no text layer): OCR with the Tesseract command-line tool, when installed.

Tesseract's TSV output gives each word with its box; the words are handed to the same
borderless-table and paragraph code as a text page's characters (one 'character' per word),
so the table structure comes from the text positions.
"""
from __future__ import annotations

import csv
import io
import shutil
import subprocess
from typing import TYPE_CHECKING, Any

from planx.extract.pdfgeom import Char
from planx.extract.scratch import scratch_dir

if TYPE_CHECKING:
    from planx.extract.pdf import PageResult

DPI = 300
OCR_SECONDS = 120
INSTALL_HINT = ("install Tesseract to read scanned pages (Debian/Ubuntu: sudo apt-get install tesseract-ocr; "
                "macOS: brew install tesseract; Windows: the UB Mannheim installer), then convert again")


def tesseract() -> str | None:
    return shutil.which("tesseract")


def words_from_tsv(tsv: str, scale: float) -> list[Char]:
    """Tesseract TSV rows of words → character-like dicts in PDF points.

    Each word takes its text line's top, bottom and height (as its font size): a word's own
    box depends on its letters (ascenders, descenders), a line's does not."""
    rows = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    lines: dict[tuple[str, ...], tuple[float, float]] = {}
    for row in rows:
        if row.get("level") == "4":
            try:
                top, h = float(row["top"]) * scale, float(row["height"]) * scale
            except (KeyError, ValueError):
                continue
            lines[(row["block_num"], row["par_num"], row["line_num"])] = (top, top + h)
    out: list[Char] = []
    for row in rows:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            if float(row.get("conf") or -1) < 10:
                continue
            left, top, w, h = (float(row[k]) * scale for k in ("left", "top", "width", "height"))
        except (KeyError, ValueError):
            continue
        top, bottom = lines.get((row.get("block_num", ""), row.get("par_num", ""), row.get("line_num", "")),
                                (top, top + h))
        out.append({"text": text, "x0": left, "x1": left + w, "top": top, "bottom": bottom,
                    "size": max(bottom - top, 4.0), "upright": True})
    return out


def run_tesseract(image: Any, exe: str) -> str:
    with scratch_dir("ocr") as tmp:  # inside the run's scratch folder: gone even if this worker is killed
        png = tmp / "page.png"
        image.save(png)
        done = subprocess.run([exe, str(png), "stdout", "--psm", "6", "tsv"], capture_output=True, text=True,
                              timeout=OCR_SECONDS, check=False)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip()[:200] or f"tesseract exit {done.returncode}")
        return done.stdout


def ocr_page(page: Any, number: int) -> PageResult:
    from planx.extract.pdf import PageResult, paragraphs_of
    from planx.extract.pdftables import borderless_tables
    result = PageResult(number=number, height=float(page.height), ocr=True)
    exe = tesseract()
    if exe is None:
        result.ocr = False
        result.error = f"page {number} is scanned (no text layer) and was not read: {INSTALL_HINT}"
        return result
    try:
        image = page.to_image(resolution=DPI).original
        chars = words_from_tsv(run_tesseract(image, exe), 72.0 / DPI)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as e:
        result.ocr = False
        result.error = f"page {number} is scanned and OCR failed ({e})"
        return result
    result.tables, free = borderless_tables(chars, float(page.width))
    result.paragraphs = paragraphs_of(free, result.height)
    return result
