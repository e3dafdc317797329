"""Superscript footnote marks on scans kept apart from the word they follow (extract/superscripts.py):
Tesseract reads 'Q2¹' as "Q2'" or 'Q21' and '2020²' as '2020?'; the mark's glyph, small and raised
after a gap, is read alone and put back as a superscript."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def word_ink(mark_foot: int, mark_top: int, gap: int = 3) -> np.ndarray:
    """A word's ink box: two glyphs 20 px tall (rows 5-24), then a mark's glyph after `gap` blank columns."""
    ink = np.zeros((30, 40), bool)
    ink[5:25, 2:8] = True
    ink[5:25, 10:16] = True
    ink[mark_top:mark_foot + 1, 16 + gap:16 + gap + 4] = True
    return ink


def test_a_small_raised_last_glyph_is_a_mark() -> None:
    from planx.extract.superscripts import raised_mark
    assert raised_mark(word_ink(mark_foot=14, mark_top=3)) == 19


@pytest.mark.parametrize("foot, top, gap", [
    (24, 12, 3),  # on the baseline: a small letter ('x'), not a superscript
    (24, 5, 3),  # as tall as the rest: a letter
    (14, 3, 0),  # touching the glyph before it: no glyph of its own
    (21, 3, 3),  # its foot near the baseline: not raised
])
def test_glyphs_that_are_no_raised_mark(foot: int, top: int, gap: int) -> None:
    from planx.extract.superscripts import raised_mark
    assert raised_mark(word_ink(mark_foot=foot, mark_top=top, gap=gap)) is None


@pytest.mark.parametrize("reading, mark", [("1", "¹"), ("12", "¹²"), ("*", "*"), ("†", "†"),
                                           ("'", None), (".", None), ("a", None), ("123", None)])
def test_a_marks_reading_as_printed(reading: str, mark: str | None) -> None:
    from planx.extract.superscripts import mark_text
    assert mark_text(reading) == mark


def test_the_word_keeps_its_reading_unless_the_rest_reads_one_character_shorter() -> None:
    """The mark's misreading (the word's last character) is replaced; if the rest alone reads as
    long as the word, Tesseract dropped the mark and the last character is a letter: left alone."""
    from planx.extract.superscripts import superscripted
    ink = word_ink(mark_foot=14, mark_top=3)
    image = np.where(ink, 0, 255).astype(np.uint8)
    reads = {8: "Q2", 10: "1"}
    assert superscripted("Q2'", ink, image, lambda im, psm: reads[psm]) == "Q2¹"
    assert superscripted("Q2", ink, image, lambda im, psm: reads[psm]) is None
    assert superscripted("Q2'", ink, image, lambda im, psm: {8: "Q2", 10: "'"}[psm]) is None


def marked_cells(path: Path) -> None:
    """A small page of words with superscript marks (smaller type, raised), and plain words."""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(400, 170))
    for k, (base, mark) in enumerate([("Q2", "1"), ("March 2020", "2"), ("Q4", "3")]):
        y = 140 - 40 * k
        c.setFont("Helvetica", 10)
        c.drawString(30, y, base)
        c.setFont("Helvetica", 6)
        c.drawString(30 + c.stringWidth(base, "Helvetica", 10) + 0.5, y + 4, mark)
        c.setFont("Helvetica", 10)
        c.drawString(200, y, "Sofia Russo")
    c.save()


@needs_tesseract
@pytest.mark.parametrize("dpi", [200, 300])
def test_a_scans_superscript_marks_read_as_superscripts(tmp_path: Path, dpi: int) -> None:
    pytest.importorskip("reportlab")
    import pdfplumber

    from planx.extract import pdfocr, raster
    from samples.make_scan_samples import Look, scan_pdf
    src, scan = tmp_path / "marks.pdf", tmp_path / "marks_scan.pdf"
    marked_cells(src)
    scan_pdf(src, scan, Look(dpi=dpi, jpeg=85), seed=1)
    with pdfplumber.open(scan) as pdf:
        page = pdf.pages[0]
        page_dpi = raster.scan_dpi(list(page.images), float(page.width), float(page.height))
        bgr = raster.render(pdfocr.pdf_source(page), 0, page_dpi)
    exe = pdfocr.tesseract()
    assert exe is not None
    texts = [w.text for w in pdfocr.read_scan(bgr, page_dpi, exe).words]
    assert "Q2¹" in texts and "2020²" in texts
    assert texts.count("Sofia") == 3 and texts.count("Russo") == 3  # plain words as they were
