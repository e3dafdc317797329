"""OCR of a photograph (a cover page's picture, no text layer) gives nothing: Tesseract reads grain
as 'ENS ASS ba oa' with little confidence and few words, and such a block is left out (with a
warning), while printed text, even read with doubt, stays."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest

import planx
from planx.extract.pdfocr import OcrWord, photo_blocks

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def ocr(text: str, conf: float, block: str, x: float = 0.0, line: str = "1") -> OcrWord:
    return OcrWord(text, x, 0.0, 20.0, 10.0, conf, (block, "1", line))


def test_grain_block_dropped_text_block_kept() -> None:
    grain = [ocr(t, c, "1:1", 30.0 * k) for k, (t, c) in enumerate(
        [("ENS", 34), ("ASS", 27), ("ba", 41), ("oa", 22), ("©)", 60), ("=|", 19), ("Pea", 62), ("ee", 30)])]
    # a poor scan of printed text: unsure too, but its tokens are words
    text = [ocr(t, c, "2:1", 30.0 * k) for k, (t, c) in enumerate(
        [("Review", 72), ("the", 85), ("front", 40), ("door", 77), ("arrangements", 30), ("by", 35),
         ("June", 88), ("2024", 90)])]
    kept, dropped = photo_blocks(grain + text)
    assert kept == text and dropped == grain
    # a block of short codes read with confidence ('R1', 'Yes', 'G') is no photograph
    codes = [ocr(t, 90, "3:1", 30.0 * k) for k, t in enumerate(["R1", "G", "A", "R2", "Yes", "No"])]
    assert photo_blocks(codes) == (codes, [])


@needs_tesseract
def test_photo_cover_page_gives_no_text(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = np.random.default_rng(7)
    w, h = 1200, 800
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.stack([120 + 80 * np.sin(xx / (90 + 30 * ch) + ch) * np.cos(yy / 120.0) for ch in range(3)], axis=-1)
    im = Image.fromarray(np.clip(img, 0, 255).astype("uint8"))
    d = ImageDraw.Draw(im)
    for _ in range(60):  # blocks and edges of a street scene
        x, y, ww, hh = (int(v) for v in (rng.integers(0, w), rng.integers(0, h), rng.integers(10, 160),
                                         rng.integers(10, 160)))
        colour = tuple(int(v) for v in rng.integers(0, 255, 3))
        (d.rectangle if rng.random() < .6 else d.ellipse)([x, y, x + ww, y + hh], fill=colour)
    for _ in range(40):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        d.line([x, y, x + int(rng.integers(-200, 200)), y + int(rng.integers(-60, 60))], fill=(20, 20, 20),
               width=int(rng.integers(2, 7)))
    photo = tmp_path / "photo.jpg"
    im.filter(ImageFilter.GaussianBlur(1.2)).save(photo, quality=85)
    path = tmp_path / "youth_justice_plan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    c.drawImage(str(photo), 30, height - 560, width=width - 60, height=(width - 60) * 2 / 3)
    c.showPage()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, height - 50, "Youth Justice Plan 2024-25")
    c.setFont("Helvetica", 10)
    xs = [40, 80, 330, 460]
    for k, row in enumerate([("No.", "Action", "Lead", "Due"), ("1", "Review the out of court disposal panel",
                                                               "Head of Service", "June 2024"),
                             ("2", "Publish the prevention offer", "YJS Manager", "July 2024")]):
        for x, text in zip(xs, row, strict=True):
            c.drawString(x, height - 90 - 25 * k, text)
    c.save()
    planx.convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "leftovers.csv", newline="", encoding="utf-8") as f:
        assert [r for r in csv.DictReader(f) if r.get("page") == "1"] == []
    with open(tmp_path / "out" / "documents.csv", newline="", encoding="utf-8") as f:
        doc = next(csv.DictReader(f))
    assert doc["title"] == "Youth Justice Plan 2024-25"
    assert "read in a photograph" in doc["warnings"]
