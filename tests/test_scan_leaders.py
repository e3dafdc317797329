"""Dot leaders on a scanned page (raster.dot_leaders, pdfocr.leader_words): a list whose items end
'[Owner] .......... 30/06/25' reads as its born-digital twin does. Tesseract reads a leader's dots as
letters ('iisccccsssee') and garbles the date after them ('Dd O/ OO/2D'); the dots are found in the
ink (evenly spaced small marks on one baseline), erased before the OCR and put back as a word of dots
on their line. And a list's solid bullet that Tesseract reads as a letter ('e Launch ...') is a bullet
again (pdfocr.misread_bullets)."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from grainy_scans import grainy_scan_actions  # noqa: E402

from planx.extract import pdfocr, raster  # noqa: E402

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def ink_of(img: np.ndarray) -> np.ndarray:
    return np.where(img < 128, 255, 0).astype(np.uint8)


def test_a_row_of_evenly_spaced_dots_on_a_baseline_is_a_leader() -> None:
    dpi = 150.0
    img = np.full((200, 1200), 255, np.uint8)
    cv2.putText(img, "[Ana Lopes]", (40, 60), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 0, 1)
    for x in range(200, 900, 8):  # a leader: 3 px dots every 8 px (0.05 inch)
        img[57:61, x:x + 4] = 0
    cv2.putText(img, "30/06/25", (920, 60), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 0, 1)
    cv2.putText(img, "an ellipsis...", (40, 140), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 0, 1)
    for x in range(400, 600, 31):  # dots too far apart (a dotted rule's marks, a row of bullets) are none
        img[137:141, x:x + 4] = 0
    found = raster.dot_leaders(ink_of(img), dpi)
    assert len(found) == 1
    x0, y0, x1, y1, dots = found[0]
    assert abs(x0 - 200) <= 2 and abs(x1 - 900) <= 8 and 55 <= y0 and y1 <= 62 and len(dots) >= 80


def test_small_print_is_no_leader() -> None:
    """A line of small lower-case type (its letters' marks small and close) is text, not dots."""
    dpi = 150.0
    img = np.full((120, 1200), 255, np.uint8)
    cv2.putText(img, "a more serious concern came over us as snow scenes came on", (20, 60),
                cv2.FONT_HERSHEY_SIMPLEX, 0.45, 0, 1)
    assert raster.dot_leaders(ink_of(img), dpi) == []


def test_a_leader_word_joins_the_line_of_the_word_before_it() -> None:
    w = pdfocr.OcrWord("Lopes]", 100.0, 50.0, 60.0, 14.0, 91.0, ("1", "1", "3"))
    date = pdfocr.OcrWord("30/06/25", 800.0, 50.0, 70.0, 14.0, 88.0, ("2", "1", "1"))
    got = pdfocr.leader_words([w, date], [(170, 58, 790, 63, 60)])
    assert len(got) == 1 and got[0].text == "." * 60 and got[0].line == ("1", "1", "3")
    alone = pdfocr.leader_words([date], [(170, 58, 790, 63, 60)])  # the line's own words read elsewhere
    assert alone[0].line == ("2", "1", "1")


@needs_tesseract
def test_a_scanned_list_with_dot_leaders_reads_each_owner_and_date(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    items = [("Open a drop-in clinic for young carers in each locality", "Ana Lopes", "30/06/25"),
             ("Publish the short breaks offer on the council website", "Tom Becker", "12/07/25"),
             ("Review every transition plan with the young person and family", "Mei Wong", "TBC")]
    src = tmp_path / "leaders.pdf"
    c = canvas.Canvas(str(src), pagesize=A4)
    W, H = A4
    c.setFont("Helvetica-Bold", 18)
    c.drawString(56, H - 80, "Young Carers Action Plan 2025")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(56, H - 120, "1. Support for young carers")
    y = H - 150
    for action, who, when in items:
        c.setFont("Times-Roman", 10.5)
        c.drawString(70, y, "\u2022")
        c.drawString(84, y, action)
        y -= 14
        owner = f"[{who}]"
        c.drawString(84, y, owner)
        c.setFont("Times-Italic", 10.5)
        date_x = W - 60 - c.stringWidth(when, "Times-Italic", 10.5)
        start = 84 + c.stringWidth(owner, "Times-Roman", 10.5) + 4
        c.setFont("Times-Roman", 10.5)
        dot = c.stringWidth(".", "Times-Roman", 10.5)
        c.drawString(start, y, "." * int((date_x - 3 - start) / dot))
        c.setFont("Times-Italic", 10.5)
        c.drawString(date_x, y, when)
        y -= 20
    c.save()
    rows = grainy_scan_actions(src, tmp_path, skew=0.5, seed=2)
    # as the born-digital page reads: each item its date, its leader one word of dots, no letters (a
    # clean leader closing the action's text is dropped as the page's filler: text.without_leader)
    assert len(rows) == len(items)
    for row, (action, who, when) in zip(rows, items, strict=True):
        assert row["action"].startswith(action) and who in row["action"], row
        assert row["due_raw"] == when, row
        assert row["action"].endswith(f"{who}]"), row  # (OCR may read the opening bracket round)


def _line(first: str, x: float = 40.0) -> list[pdfocr.OcrWord]:
    return [pdfocr.OcrWord(first, x, 52.0, 9.0, 10.0, 60.0, ("m0/1:1", "1", "1")),
            pdfocr.OcrWord("Launch", x + 22.0, 48.0, 52.0, 15.0, 93.0, ("m0/2:1", "1", "1")),
            pdfocr.OcrWord("a", x + 80.0, 52.0, 8.0, 11.0, 93.0, ("m0/2:1", "1", "1"))]


def test_a_solid_bullet_read_as_a_letter_is_a_bullet_again() -> None:
    """'e Launch …': the 'e' is one solid disc of ink (no eye), a bullet's size beside the line's
    capitals, before the line's first word: it is the list's bullet (a piece of its own, so its own
    Tesseract line)."""
    ink = np.zeros((100, 300), np.uint8)
    cv2.circle(ink, (45, 57), 4, 255, -1)
    words = _line("e")
    pdfocr.misread_bullets(words, ink)
    assert words[0].text == "•"


def test_a_letter_with_its_eye_or_inside_a_line_stays() -> None:
    ink = np.zeros((100, 300), np.uint8)
    cv2.circle(ink, (45, 57), 4, 255, 2)  # a ring: an 'o' or an 'e' has a hole
    words = _line("o")
    pdfocr.misread_bullets(words, ink)
    assert words[0].text == "o"
    ink = np.zeros((100, 300), np.uint8)
    cv2.circle(ink, (125, 57), 4, 255, -1)
    words = _line("e", 120.0) + [pdfocr.OcrWord("Plan", 10.0, 48.0, 30.0, 15.0, 93.0, ("m0/0:1", "1", "1"))]
    pdfocr.misread_bullets(words, ink)  # a word before it: no bullet opening the line
    assert words[0].text == "e"
