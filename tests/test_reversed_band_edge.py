"""A dark heading band with bold white words set close under its top edge (a Word template's dark
grey heading row, scanned at 150 dpi: held-out unseen44 27's shape, built here). Finding the fill
closes the dark gaps between the bold letters, so each word becomes a light notch cut into the
band's top edge, open to the paper: not a hole in the fill, not inside it. The band then held next
to no light text of its own, was not reversed, and the heading row was lost (no column read as the
progress). The notches are the fill's letter holes too (reverse._letter_holes): the band is
reversed and its words drawn dark."""
from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")
PIL = pytest.importorskip("PIL")

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
WORDS = ((95, "Ref"), (180, "Action"), (680, "Lead officer"), (930, "Target date"), (1080, "Status"),
         (1240, "Progress update"))
BAND = (84, 100, 1620, 140)  # x0, top, x1, bottom in pixels at 150 dpi


def band_page(top: int, size: int = 16) -> np.ndarray:
    """A grey scan of the band (fill 64 of 255, noise, a slight blur), its words' text box at `top`."""
    from PIL import Image, ImageDraw, ImageFont
    try:
        font = ImageFont.truetype(BOLD, size)
    except OSError:
        pytest.skip("DejaVu Sans Bold is not installed")
    img = Image.new("L", (1650, 300), 248)
    draw = ImageDraw.Draw(img)
    draw.rectangle(BAND, fill=64)
    for x, word in WORDS:
        draw.text((x, top), word, fill=240, font=font)
    page = np.array(img).astype(np.int16) + np.random.default_rng(0).normal(0, 5, (300, 1650))
    return cv2.GaussianBlur(np.clip(page, 0, 255).astype(np.uint8), (3, 3), 0)


@pytest.mark.parametrize("top", [99, 100, 104])
def test_bold_words_at_the_bands_edge_are_reversed(top: int) -> None:
    from planx.extract.reverse import unreversed
    page = band_page(top)
    out, count = unreversed(page, 150)
    assert count == 1
    x0, y0, x1, y1 = BAND
    letters = page[y0:y1, x0:x1] > 160
    assert out[y0:y1, x0:x1][letters].mean() < 100  # the white words drawn dark …
    assert np.median(out[y0 + 3:y1 - 3, 400:640]) > 200  # … on a light ground


def test_a_light_box_framed_by_a_dark_fill_is_not_its_letters() -> None:
    """A light box inside a dark frame, far higher than a line of type, is no letter hole: the frame
    holds no light text and is left as it is."""
    from planx.extract.reverse import unreversed
    page = np.full((400, 800), 248, np.uint8)
    page[50:350, 50:750] = 60
    page[70:330, 70:730] = 248
    out, count = unreversed(page, 150)
    assert count == 0 and (out == page).all()
