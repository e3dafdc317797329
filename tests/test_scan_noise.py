"""Noisy scans of mostly blank pages and plans with a large title (pscan3): blank margins dotted
with specks too close together to be lone are not read (raster.text_pieces), the sample that
tells which way up a page is comes from its inked pieces, not its largest (pdfocr.probe), and a
title is read in a montage of its own, not among the small print (pdfocr.by_text_size)."""
from __future__ import annotations

from typing import Any

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from planx.extract import pdfocr, raster  # noqa: E402

DPI = 170.0


def speckled(img: Any, box: tuple[int, int, int, int], step: int = 8) -> None:
    """A scanner's noise over a blank area: 3 px specks every `step` px (near each other, so none is lone)."""
    x0, y0, x1, y1 = box
    rng = np.random.default_rng(1)
    for y in range(y0, y1, step):
        for x in range(x0, x1, step):
            dx, dy = rng.integers(0, 3, 2)
            img[y + dy:y + dy + 3, x + dx:x + dx + 3] = 60


def letters(img: Any, x: int, y: int, n: int, size: int = 12) -> None:
    """A word of n letters `size` px tall (blocks of ink as letters are)."""
    width = size * 2 // 3
    for k in range(n):
        cv2.rectangle(img, (x + k * (width + 2), y), (x + k * (width + 2) + width, y + size), 0, -1)


def test_a_blank_margin_dotted_with_specks_is_not_read() -> None:
    img = np.full((1000, 1400), 255, np.uint8)
    letters(img, 100, 100, 8)
    speckled(img, (100, 400, 300, 900))  # a tall blank strip of noise, away from the text
    ink = raster.ink(img, DPI)
    text = raster.text_only(ink, np.zeros_like(img), DPI)
    assert text[400:900, 100:300].any()  # the specks lie too close together to be lone ones
    pieces = raster.text_pieces(img, text, [], DPI)
    assert pieces and all(t.y < 300 for t, _ in pieces)  # only the word is read
    letters(img, 150, 600, 3)  # a word among the specks: its block is read
    text = raster.text_only(raster.ink(img, DPI), np.zeros_like(img), DPI)
    assert any(t.y <= 600 <= t.y + t.height for t, _ in raster.text_pieces(img, text, [], DPI))


def test_the_probe_reads_the_inked_pieces_not_the_largest() -> None:
    noise = np.full((900, 100), 255, np.uint8)
    speckled(noise, (0, 0, 100, 900), step=12)
    text = np.full((40, 400), 255, np.uint8)
    letters(text, 5, 10, 12)
    limit = int(pdfocr.PROBE_INCH * DPI)
    assert noise.size > text.size
    assert pdfocr.probe_ink(text, limit) > pdfocr.probe_ink(noise, limit)
    assert pdfocr.probe_ink(text, limit, upside_down=True) > pdfocr.probe_ink(noise, limit, upside_down=True)


def test_a_title_is_read_apart_from_the_small_print() -> None:
    img = np.full((600, 1200), 255, np.uint8)
    letters(img, 100, 40, 10, size=40)  # the title
    for row in range(6):  # the body: lines of 12 px letters
        letters(img, 100, 150 + 30 * row, 20)
    text = raster.text_only(raster.ink(img, DPI), np.zeros_like(img), DPI)
    pieces = raster.text_pieces(img, text, [], DPI)
    small, large = pdfocr.by_text_size(pieces, text, DPI)
    assert [t.y < 100 for t, _ in large] == [True]
    assert small and all(t.y > 100 for t, _ in small)
    # a page of one size: one group
    plain = np.full((600, 1200), 255, np.uint8)
    letters(plain, 100, 150, 20)
    text = raster.text_only(raster.ink(plain, DPI), np.zeros_like(plain), DPI)
    pieces = raster.text_pieces(plain, text, [], DPI)
    assert pdfocr.by_text_size(pieces, text, DPI) == [pieces, []]


def test_a_rules_end_read_with_a_speck_is_debris_not_text() -> None:
    """'SURGERY |.' in a banner row: the '|.' is the rule's end and a speck, not part of the heading."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [f"5\t1\t1\t1\t1\t{k}\t{10 + 60 * k}\t5\t50\t12\t90\t{text}"
            for k, text in enumerate(["SURGERY", "|.", "|", "-", "[1]", "'", "_P1", "Amber|", "a_b"])]
    # and a rule's end glued to a word ('_P1' in a priority column) is not part of it
    assert [w.text for w in pdfocr.parse_tsv("\n".join([head, *rows]))] == ["SURGERY", "-", "[1]", "'", "P1",
                                                                           "Amber", "a_b"]


def test_a_numbered_banners_stop_read_as_a_comma_is_a_stop() -> None:
    """'2, Ofsted recommendation: Pathway plans ...' (the banner prints '2. Ofsted ...'); a comma
    after a number within a line, or before a small letter, stays."""
    def line(texts: list[str], n: int) -> list[pdfocr.OcrWord]:
        return [pdfocr.OcrWord(t, 10.0 + 50 * k, 5.0 + 20 * n, 40.0, 12.0, 90.0, ("1", "1", str(n)))
                for k, t in enumerate(texts)]
    words = line(["2,", "Ofsted", "recommendation:"], 1) + line(["in", "phases", "1,", "Two"], 2)
    words += line(["3,", "and"], 3)
    pdfocr.mend_bullets(words)
    assert [w.text for w in words] == ["2.", "Ofsted", "recommendation:", "in", "phases", "1,", "Two", "3,", "and"]


def test_a_quarters_one_read_as_a_look_alike_is_one() -> None:
    """'Ql', 'Qi', 'Q|' in a column of target quarters (Tesseract's readings of 'Q1') are 'Q1'; a word
    that only starts so ('Qatar', 'Qi Wang' has its own next word) and 'Q2' stay as they are."""
    words = [pdfocr.OcrWord(t, 10.0 + 50 * k, 5.0, 40.0, 12.0, 90.0, ("1", "1", "1"))
             for k, t in enumerate(["Ql", "Qi,", "Q|", "Qtrl", "Q2", "Qatar", "Ql2"])]
    pdfocr.mend_quarters(words)
    assert [w.text for w in words] == ["Q1", "Q1,", "Q1", "Qtr1", "Q2", "Qatar", "Ql2"]


def test_specks_read_as_stops_before_a_numbered_heading_are_dropped() -> None:
    """'.. 3. Housing options' (specks of the scan read as stops before a heading's number) is
    '3. Housing options'; stops within a line, or before a word that is no number, stay."""
    def line(texts: list[str], n: int) -> list[pdfocr.OcrWord]:
        return [pdfocr.OcrWord(t, 10.0 + 50 * k, 5.0 + 20 * n, 40.0, 12.0, 90.0, ("1", "1", str(n)))
                for k, t in enumerate(texts)]
    words = line(["..", "3.", "Housing", "options"], 1) + line(["'.", "4.2.", "Rent"], 2) + line([".", "6.Fees"], 5)
    words += line(["see", "..", "5."], 3) + line(["...", "and", "more"], 4)
    assert [w.text for w in pdfocr.without_specks_before_numbers(words)] == [
        "3.", "Housing", "options", "4.2.", "Rent", "6.Fees", "see", "..", "5.", "...", "and", "more"]


def test_a_drawn_progress_bar_read_beside_its_percentage_is_left_out() -> None:
    """A shaded bar on the line, its percentage to its right: marks read from the bar ("'=", '-'),
    marks run into the figure ("'=75%"), and the bar's end read as a '1' before the figure ('185%')
    are the bar's, not the cell's; '100%', a percentage with no bar before it (or one too far right
    of it), and words stay."""
    def word(t: str, left: float, top: float) -> pdfocr.OcrWord:
        return pdfocr.OcrWord(t, left, top, 60.0, 28.0, 90.0, ("1", "1", str(int(top))))
    bars = [(100, 100, 250, 140, "#336699"), (100, 200, 300, 240, "#336699"), (100, 300, 180, 340, "#336699")]
    bars += [(0, 400, 900, 500, "#eeeeee")]  # a cell's fill, taller than a bar: not one
    words = [word("'=", 120, 105), word("185%", 310, 105), word("'=75%", 310, 205), word("-", 190, 305),
             word("100%", 310, 305), word("Done", 380, 305), word("150%", 310, 420), word("140%", 600, 105)]
    kept = pdfocr.without_bar_ends(words, bars, 300.0)
    assert [w.text for w in kept] == ["85%", "75%", "100%", "Done", "150%", "140%"]
