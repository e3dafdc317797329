"""Zapf Dingbats glyphs (issue 15, glyphs): the standard-14 symbol font has no Unicode map, so
pdfminer gives a tick as the code it sits at ('3'), which then reads as a figure. The PDF reader
gives them as the Unicode characters they draw."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract.pdfgeom import dingbat


@pytest.mark.parametrize("code, char", [("3", "\u2713"), ("4", "\u2714"), ("8", "\u2718"),
                                        ("l", "\u25cf"), ("n", "\u25a0"), ("u", "\u25c6")])
def test_a_dingbat_code_is_the_glyph_it_draws(code, char):
    assert dingbat(code) == char


def test_text_that_is_no_single_code_stays():
    assert dingbat("34") == "34" and dingbat(" ") == " " and dingbat("é") == "é"


def test_ticks_drawn_in_zapf_dingbats_read_as_ticks_not_figures(tmp_path: Path):
    pdfplumber = pytest.importorskip("pdfplumber")
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    from planx.extract.pdfobjects import page_objects

    path = tmp_path / "ticks.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "Score 3")
    c.setFont("ZapfDingbats", 10)
    c.drawString(200, 700, "\u2713\u2714")  # written as the codes '3' and '4' in the font
    c.save()
    with pdfplumber.open(path) as pdf:
        texts = "".join(ch["text"] for ch in page_objects(pdf.pages[0]).chars)
    # the Helvetica '3' is a digit; the Zapf Dingbats '3' and '4' are a tick and a heavy tick
    assert texts == "Score 3\u2713\u2714"
