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


# A dark heading band whose words stand well inside it (read as reversed text by the fill's own
# light pixels), its top edge blurred over two rows (206 and 74 over a fill of 52): found at a
# tenth of the work, the edge's row sits just under the dark limit, and where the second row is a
# little lighter (84, over 40 pixels) just over it: the fill's edge dips by two rows there, a notch
# no letter made (the youth-justice scan's shape, built here).
RAGGED = (88, 151, 1154, 190)  # x0, top, x1, bottom in pixels at 150 dpi
DIP = (130, 170)  # the stretch of the top edge whose second row is a little lighter


def ragged_band_page() -> np.ndarray:
    """A grey scan of the band (fill 52 of 255) with three headings in white mid-band, a little noise."""
    from PIL import Image, ImageDraw, ImageFont
    try:
        font = ImageFont.truetype(BOLD, 16)
    except OSError:
        pytest.skip("DejaVu Sans Bold is not installed")
    img = Image.new("L", (1241, 300), 246)
    draw = ImageDraw.Draw(img)
    x0, y0, x1, _ = RAGGED
    draw.rectangle(RAGGED, fill=52)
    draw.line((x0, y0, x1, y0), fill=206)
    draw.line((x0, y0 + 1, x1, y0 + 1), fill=74)
    draw.line((DIP[0], y0 + 1, DIP[1], y0 + 1), fill=84)
    for x, word in ((95, "Priority"), (300, "Action"), (700, "Lead officer")):
        draw.text((x, 160), word, fill=244, font=font)
    page = np.array(img).astype(np.int16) + np.random.default_rng(1).normal(0, 3, (300, 1241))
    return np.clip(page, 0, 255).astype(np.uint8)


def image_pdf(path, page: np.ndarray, dpi: float = 150.0) -> None:
    """An image-only PDF of the page at `dpi`, as a scanner makes it."""
    pytest.importorskip("reportlab")
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    h, w = page.shape
    size = (w * 72.0 / dpi, h * 72.0 / dpi)
    pdf = canvas.Canvas(str(path), pagesize=size)
    pdf.drawImage(ImageReader(Image.fromarray(page)), 0, 0, *size)
    pdf.save()


def test_a_band_edge_ragged_by_two_rows_is_no_row_of_letters(tmp_path) -> None:
    """The dip is no letter notch (two rows deep, one of it): its pixels are left as the scan has them,
    not drawn as letters on the fill (which broke the band's edge over the first heading, and the
    table lost its colour column), while the band's own words are still reversed."""
    from planx.extract import raster
    from planx.extract.reverse import unreversed
    pdf = tmp_path / "ragged_band.pdf"
    image_pdf(pdf, ragged_band_page())
    page = raster.grey(raster.render(str(pdf), 0, 150.0))
    out, count = unreversed(page, 150)
    assert count == 1
    x0, y0, x1, y1 = RAGGED
    letters = page[y0 + 6:y1 - 6, x0:x1] > 160
    assert out[y0 + 6:y1 - 6, x0:x1][letters].mean() < 100  # the band's words drawn dark
    dip = np.s_[y0:y0 + 2, DIP[0] + 4:DIP[1] - 4]
    assert (out[dip] == page[dip]).all()  # the dip left as scanned


def test_letter_notches_are_several_as_deep_as_type() -> None:
    """A fill's edge notches count as its letters only as deep as a line of type and several at one
    depth: shallow dips, or one deep notch alone, are not."""
    from planx.extract.reverse import _letter_notches
    band = np.ones((40, 900), np.uint8)
    shallow = band.copy()
    for x in range(50, 800, 100):
        shallow[:2, x:x + 40] = 0
    assert not _letter_notches(shallow, 150).any()
    words = band.copy()
    for x in range(50, 800, 100):
        words[:16, x:x + 40] = 0
    assert _letter_notches(words, 150).sum() == 8 * 16 * 40
    lone = band.copy()
    lone[:16, 300:340] = 0
    assert not _letter_notches(lone, 150).any()
