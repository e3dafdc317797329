"""Scans in layouts nobody tuned to (issue 15, samples/make_scans3.py): dithered 1-bit pages read as
the grey they stand for (extract/descreen.py), light words on dark fills drawn dark on white
(extract/reverse.py), and a RAG column's grey fills read as ratings (normalise/greyrag.py); end to
end on the small plan scanned dithered and with a reversed heading row."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import assert_small_plan_read

cv2 = pytest.importorskip("cv2")

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def dithered(grey: Any, grain: float = 3.0, seed: int = 0) -> Any:
    """A grey page as a dithering 1-bit scanner stores it (grain first, as paper has it)."""
    from PIL import Image
    g = np.random.default_rng(seed)
    noisy = np.clip(grey.astype(np.float64) + g.normal(0, grain, grey.shape), 0, 255).astype(np.uint8)
    return np.array(Image.fromarray(noisy).convert("1"), dtype=np.uint8) * 255


def text_page(fill: int = 255) -> Any:
    page = np.full((400, 600), 255, np.uint8)
    page[100:200, 50:550] = fill
    cv2.putText(page, "Lead officer", (70, 160), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    return page


# ---- descreen ----------------------------------------------------------------------------------
def test_a_dithered_page_is_told_from_a_thresholded_one() -> None:
    from planx.extract.descreen import is_dithered
    page = text_page(fill=150)
    assert is_dithered(dithered(page))
    thresholded = np.where(page < 170, 0, 255).astype(np.uint8)
    assert not is_dithered(thresholded)  # black and white, but no field of lone dots
    assert not is_dithered(page)  # grey


def test_descreening_turns_dots_back_into_their_grey_and_grain_into_paper() -> None:
    from planx.extract.descreen import descreened
    page = text_page(fill=112)
    out = descreened(cv2.cvtColor(dithered(page), cv2.COLOR_GRAY2BGR), 200)
    assert out.shape == (400, 600, 3)  # as it came in: BGR
    grey = out[..., 0].astype(float)
    assert abs(np.median(grey[105:125, 300:540]) - 112) < 20  # the fill keeps its level (a RAG's grey)
    assert np.median(grey[300:390, 50:550]) == 255 and grey[300:390].min() > 150  # grain is paper


# ---- reverse -----------------------------------------------------------------------------------
def white_on_dark() -> Any:
    page = np.full((400, 600), 255, np.uint8)
    page[60:120, 40:560] = 50  # a navy heading row scanned to grey, white words on it
    cv2.putText(page, "Action  Lead  Status", (60, 100), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 2)
    page[200:300, 400:560] = 76  # a red RAG cell with black words
    cv2.putText(page, "Red", (420, 260), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
    return page


def test_light_words_on_a_dark_fill_are_drawn_dark_on_white() -> None:
    from planx.extract.reverse import unreversed
    page = white_on_dark()
    out, count = unreversed(page, 200)
    assert count == 1
    band = out[60:120, 40:560]
    letters = page[60:120, 40:560] == 255
    assert band[letters].mean() < 60 and np.median(band[~letters]) > 200  # dark words, light ground
    assert (out[200:300, 400:560] == page[200:300, 400:560]).all()  # black words on red: left as they are


def test_a_stamps_heavy_letters_are_no_dark_fill() -> None:
    """A 'RECEIVED' stamp in heavy grey letters looks, blurred, like a dark area with light gaps:
    but paper shows between its letters (a fill is mostly its own level), so it is left alone."""
    from planx.extract.reverse import unreversed
    page = np.full((400, 600), 255, np.uint8)
    cv2.putText(page, "RECEIVED", (60, 200), cv2.FONT_HERSHEY_DUPLEX, 2.2, 90, 12)
    out, count = unreversed(page, 150)
    assert count == 0 and out is page


def test_a_page_without_dark_fills_is_left_alone() -> None:
    from planx.extract.reverse import unreversed
    page = text_page(fill=220)
    out, count = unreversed(page, 200)
    assert count == 0 and out is page


# ---- greyrag -----------------------------------------------------------------------------------
@dataclass
class Act:
    rag_raw: str
    rag: str = ""


def test_a_rag_columns_grey_fills_read_as_their_ratings() -> None:
    from planx.normalise.greyrag import rate_grey_fills
    acts = [Act("#4c4c4c"), Act("#707070"), Act("#bcbcbc"), Act("#4b4b4b"), Act("Green", "green")]
    warnings = ["RAG read from the cell fill colour alone: #4c4c4c (a shade) as no rating"]
    assert rate_grey_fills(acts, warnings) == 4
    assert [a.rag for a in acts] == ["red", "green", "amber", "red", "green"]
    assert len(warnings) == 1 and "#707070 as green" in warnings[0]  # the 'no rating' note gives way


@pytest.mark.parametrize("fills", [
    ["#bfbfbf", "#bfbfbf", "#c0c0c0"],  # one grey: a shaded column, not ratings
    ["#4c4c4c", "#e0e0e0"],  # a grey no RAG prints as
    ["#ff0000", "#00b050"],  # colours: codes.rag_of_colour's, not greys
])
def test_greys_that_are_no_ratings_stay_unrated(fills: list[str]) -> None:
    from planx.normalise.greyrag import rate_grey_fills
    acts = [Act(f) for f in fills]
    assert rate_grey_fills(acts, []) == 0 and all(not a.rag for a in acts)


# ---- the generator -----------------------------------------------------------------------------
def test_a_fill_only_rags_truth_holds_the_rating_not_a_colour() -> None:
    from samples.make_scans3 import make_plan, truth
    plan = make_plan("fillrag", 0)
    got = truth(plan, "x.pdf")["actions"]
    assert all("rag" in a and "rag_raw" not in a for a in got)
    assert {a["rag"] for a in got} <= {"red", "amber", "green"}


# ---- end to end --------------------------------------------------------------------------------
def reverse_heading(bgr: Any) -> Any:
    """The small plan's heading row printed white on a dark fill: the band between the table's
    first two rules inverted (found as the first two rows of the page that are mostly ink)."""
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    rules = [y for y in range(grey.shape[0]) if (grey[y] < 128).mean() > 0.5]
    top = rules[0]
    bottom = next(y for y in rules if y > top + 5)
    out = bgr.copy()
    out[top + 2:bottom - 1] = 255 - out[top + 2:bottom - 1] // 4 * 3  # white words on dark grey
    return out


def dither_page(bgr: Any) -> Any:
    return cv2.cvtColor(dithered(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)), cv2.COLOR_GRAY2BGR)


def bilevel_scan(src: Path, dst: Path, dpi: int = 200) -> None:
    """`src` rendered at `dpi` and dithered to a 1-bit image PDF (as a dithering scanner stores it)."""
    import pypdfium2 as pdfium
    from PIL import Image
    doc = pdfium.PdfDocument(str(src))
    try:
        grey = cv2.cvtColor(doc[0].render(scale=dpi / 72).to_numpy(), cv2.COLOR_BGR2GRAY)
    finally:
        doc.close()
    Image.fromarray(dithered(grey)).convert("1").save(dst, "PDF", resolution=float(dpi))


@needs_tesseract
@pytest.mark.parametrize("prepare", [dither_page, reverse_heading])
def test_the_small_plan_reads_dithered_or_with_a_reversed_heading(tmp_path: Path, prepare: Any) -> None:
    pytest.importorskip("reportlab")
    from samples.make_scan_samples import Look, make_small_plan, scan_pdf
    src, scan = tmp_path / "small.pdf", tmp_path / "small_scan.pdf"
    make_small_plan(src)
    if prepare is dither_page:
        bilevel_scan(src, scan)
    else:
        scan_pdf(src, scan, Look(dpi=200, skew=0.0, jpeg=95), seed=3, prepare=prepare)
    from planx.extract.pdf import pdf_tables
    tables = pdf_tables(scan)
    why = "descreened" if prepare is dither_page else "reversed_areas"
    assert tables and tables[0]["evidence"].get(why)
    assert_small_plan_read(scan, tmp_path / "out")
