"""'Searchable' scans (held-out unseen44 F7 shape, built here): each page one picture of the printed
plan, with another program's OCR words over it as invisible text (render mode 3), misread ('0pen',
'Rus5o') and placed word by word. What the page shows is the picture: it is read as a scan, and the
invisible words are not the plan's text. Shapes left alone: a born-digital page with visible text,
a page whose invisible words sit beside visible ones (a mode set back to 0), a picture that does
not cover the page (a logo). A searchable scan whose layer reads well (a professional OCR program's,
as the real OMB memo's: words spelt right and set on their ink) keeps its layer; a layer of broken
words, or of words set where the picture has no ink, is poor and the picture is read afresh."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from conftest import assert_small_plan_read

from planx.extract.pdfocrlayer import (
    broken_share,
    covering_picture,
    layer_reads_poorly,
    layer_tokens,
    ocr_layer_over_scan,
    off_ink_share,
    only_invisible_text,
    page_content,
)

pytest.importorskip("reportlab")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

# a poor OCR program's misreadings, as the layer holds them
_MISREAD = str.maketrans({"l": "1", "O": "0", "o": "0", "s": "5"})


def _layer_lines(height: float, misread: dict[int, str] | None = None) -> list[tuple[float, float, str]]:
    """The OCR layer's words of the small plan (samples/make_scan_samples), at the places its cells
    print them (x, y, text): the title, each cell's lines, misread (by `misread`, a poor program's
    by default) and nudged."""
    misread = _MISREAD if misread is None else misread
    from samples.make_scan_samples import SMALL_HEADER, SMALL_ROWS, SMALL_TITLE, SMALL_WIDTHS
    out = [(21.0, height - 31, SMALL_TITLE.translate(misread))]
    y = height - 50
    rows = [[[h] for h in SMALL_HEADER]] + [[[ref], lines, [lead], [due], [rag] if rag else []]
                                            for ref, lines, lead, due, rag, _ in SMALL_ROWS]
    for k, cells in enumerate(rows):
        x = 20.0
        for cell, w in zip(cells, SMALL_WIDTHS, strict=True):
            for j, line in enumerate(cell):
                out.append((x + 4 + (k + j) % 3, y - 13 - 12 * j + (k % 2), line.translate(misread) if k else line))
            x += w
        y -= 12.0 * max(len(cell) for cell in cells) + 8
    return out


def _searchable(src: Path, dst: Path, modes: tuple[int, ...] = (3,), cover: float = 1.0,
                layer: list[tuple[float, float, str]] | None = None, size: float = 9) -> None:
    """The plan at src rendered to a picture (150 dpi) and set on a page of its size (scaled by
    cover), the OCR layer's words (the plan's misread layer unless `layer` is given) drawn over it
    in the text render modes given, one after another."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    doc = pdfium.PdfDocument(str(src))
    page = doc[0]
    width, height = page.get_size()
    image = page.render(scale=150 / 72.0).to_pil()
    page.close()
    doc.close()
    png = io.BytesIO()
    image.save(png, "PNG")
    c = canvas.Canvas(str(dst), pagesize=(width, height))
    c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, height * (1 - cover), width * cover, height * cover)
    for k, (x, y, line) in enumerate(_layer_lines(height) if layer is None else layer):
        c.saveState()  # (q … Q: the render mode set goes no further than its line)
        text = c.beginText()
        text.setFont("Helvetica", size)
        text.setTextRenderMode(modes[k % len(modes)])
        text.setTextOrigin(x, y)
        text.textLine(line)
        c.drawText(text)
        c.restoreState()
    c.showPage()
    c.save()


def _first_page(path: Path):  # noqa: ANN202 - a pdfplumber page
    import pdfplumber
    pdf = pdfplumber.open(str(path))
    return pdf, pdf.pages[0]


def test_only_invisible_text_reads_the_render_modes():
    assert only_invisible_text(b"BT 3 Tr (x) Tj ET")
    assert only_invisible_text(b"BT 7 Tr (x) Tj ET BT 3 Tr (y) Tj ET")
    assert not only_invisible_text(b"BT (x) Tj ET")  # no mode set: the default, visible
    assert not only_invisible_text(b"BT 3 Tr (x) Tj 0 Tr (y) Tj ET")  # visible words beside
    assert not only_invisible_text(b"BT 3 Tr (x) Tj ET BT 0 Tr (y) Tj ET")
    assert only_invisible_text(b"q BT 0 Tr ET Q BT 3 Tr (x) Tj ET")  # the mode set back inside q/Q only
    assert not only_invisible_text(b"q 3 Tr BT (x) Tj ET Q BT (y) Tj ET")  # restored to visible by Q
    assert not only_invisible_text(b"BT (say 3 Tr \\) here) Tj ET")  # 'Tr' inside a string is text
    assert not only_invisible_text(b"3 Tr q Q")  # no text shown


def test_a_picture_covering_the_page():
    assert covering_picture([{"x0": 0, "top": 0, "x1": 600, "bottom": 800}], 600, 800)
    assert not covering_picture([{"x0": 0, "top": 0, "x1": 300, "bottom": 400}], 600, 800)  # a quarter: a figure


def test_a_searchable_scan_is_told_from_other_pages(tmp_path):
    from samples.make_scan_samples import make_small_plan
    src = tmp_path / "small.pdf"
    make_small_plan(src)
    shapes = {"searchable.pdf": ((3,), 1.0, True), "visible.pdf": ((3, 0), 1.0, False),
              "logo.pdf": ((3,), 0.4, False)}
    for name, (modes, cover, want) in shapes.items():
        _searchable(src, tmp_path / name, modes, cover)
        pdf, page = _first_page(tmp_path / name)
        with pdf:
            assert ocr_layer_over_scan(page, page.images, float(page.width), float(page.height)) == want, name
    pdf, page = _first_page(src)  # the born-digital plan: visible text, no picture
    with pdf:
        assert not only_invisible_text(page_content(page))
        assert not ocr_layer_over_scan(page, page.images, float(page.width), float(page.height))


@needs_tesseract
def test_a_searchable_scan_reads_as_its_picture_shows(tmp_path):
    from samples.make_scan_samples import make_small_plan
    src, scan = tmp_path / "small.pdf", tmp_path / "small_searchable.pdf"
    make_small_plan(src)
    _searchable(src, scan)
    assert_small_plan_read(scan, tmp_path / "out")
    import planx
    from samples.make_scan_samples import SMALL_TITLE
    assert planx.convert_file(str(scan)).title == SMALL_TITLE  # the picture's, not the layer's 'P1an (May 20l9)'


# ---- a good layer kept, a poor one re-read ---------------------------------------------------
_MEMO = ["Agencies shall update their security plans within ninety days of this memorandum.",
         "Each agency will name a senior official accountable for the work and report progress.",
         "The department will publish guidance on the approved use cases by the end of the year.",
         "Questions about this memorandum may be sent to the office named on its first page."]


def _memo(path: Path) -> None:
    """A born-digital memo page: four lines of 11 pt text in its top third, the rest blank paper."""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 11)
    for k, line in enumerate(_MEMO):
        c.drawString(72, 720 - 20 * k, line)
    c.showPage()
    c.save()


def _memo_layer(drop: float = 0.0) -> list[tuple[float, float, str]]:
    """The memo's words as a layer, spelt right, set where the page prints them, or `drop` points
    lower (a layer misplaced over blank paper)."""
    return [(72.0, 720 - 20 * k - drop, line) for k, line in enumerate(_MEMO)]


def _poor(path: Path) -> bool:
    pdf, page = _first_page(path)
    with pdf:
        assert ocr_layer_over_scan(page, page.images, float(page.width), float(page.height))
        return layer_reads_poorly(page)


def test_broken_words_are_told_from_codes_and_numbers():
    assert broken_share(layer_tokens(["P1an", "0pen", "Rus5o", "20l9"])) == 1.0
    assert broken_share(layer_tokens(["M-19-26", "FY2020", "A1", "1st", "1990s", "COVID19", "Plan", "2019"])) == 0.0


def test_word_boxes_over_blank_paper_are_off_ink():
    import numpy as np
    dark = np.zeros((100, 100), dtype=bool)
    dark[10:20, 10:60] = True  # one line of ink
    assert off_ink_share([(10, 10, 60, 20)], dark, 1.0) == 0.0
    assert off_ink_share([(10, 10, 60, 20), (10, 50, 60, 60)], dark, 1.0) == 0.5


def test_a_good_layer_is_kept_and_a_poor_one_is_not(tmp_path):
    from samples.make_scan_samples import make_small_plan
    src, memo = tmp_path / "small.pdf", tmp_path / "memo.pdf"
    make_small_plan(src)
    _memo(memo)
    height = 230.0
    _searchable(src, tmp_path / "plan_good.pdf", layer=_layer_lines(height, misread={}))
    _searchable(src, tmp_path / "plan_misread.pdf")
    _searchable(memo, tmp_path / "memo_good.pdf", layer=_memo_layer(), size=11)
    _searchable(memo, tmp_path / "memo_misplaced.pdf", layer=_memo_layer(drop=400), size=11)
    _searchable(memo, tmp_path / "memo_thin.pdf", layer=[(72.0, 720.0, "Agencies shall update")], size=11)
    assert not _poor(tmp_path / "plan_good.pdf")
    assert not _poor(tmp_path / "memo_good.pdf")
    assert _poor(tmp_path / "plan_misread.pdf")  # 'P1an', '0pen': a poor program's reading
    assert _poor(tmp_path / "memo_misplaced.pdf")  # spelt right, but over blank paper
    assert _poor(tmp_path / "memo_thin.pdf")  # three words for four lines of ink: too little to vouch


@needs_tesseract
def test_a_good_layer_is_read_as_the_page_text_and_a_poor_one_through_ocr(tmp_path):
    from planx.extract.pdf import read_page
    memo = tmp_path / "memo.pdf"
    _memo(memo)
    _searchable(memo, tmp_path / "good.pdf", layer=_memo_layer(), size=11)
    _searchable(memo, tmp_path / "misplaced.pdf", layer=_memo_layer(drop=400), size=11)
    for name, ocr in (("good.pdf", False), ("misplaced.pdf", True)):
        pdf, page = _first_page(tmp_path / name)
        with pdf:
            result = read_page(page, 1)
        assert result.ocr == ocr, name
        if not ocr:  # the layer's own words, as it placed them
            text = " ".join(" ".join(p[1].split()) for p in result.paragraphs)
            assert all(line in text for line in _MEMO), text


# ---- a doubtful layer weighed against a fresh reading ----------------------------------------
def test_the_layer_verdicts_from_the_evidence():
    from planx.extract.pdfocrlayer import verdict_of
    assert verdict_of(60, 0.0, 0.0) == "clean"  # no sign of trouble: kept without a second reading
    assert verdict_of(60, 0.03, 0.0) == "doubtful"  # a few misreadings
    assert verdict_of(60, 0.0, 0.10) == "doubtful"  # words a little off their ink
    assert verdict_of(60, 0.09, 0.0) == "poor"
    assert verdict_of(60, 0.0, 0.30) == "poor"
    assert verdict_of(3, 0.0, 0.0) == "poor"  # too few words to vouch for the page


def test_a_fresh_reading_wins_by_fewer_broken_words():
    from planx.extract.pdfocrlayer import LayerCheck, ocr_reads_better
    layer = LayerCheck("doubtful", 40, 0.03, 0.0)
    clean = ["Agencies shall update their security plans within ninety days"] * 5
    assert ocr_reads_better(layer, clean)
    assert not ocr_reads_better(layer, ["Agencies sha11 update their 5ecurity p1ans within ninety days"] * 5)
    assert not ocr_reads_better(layer, clean[:1])  # a fresh reading of a fraction of the words: a failed pass
    # as few broken words: the fresh reading (found on the ink) wins over a layer off its ink only
    assert ocr_reads_better(LayerCheck("doubtful", 40, 0.0, 0.10), clean)
    assert not ocr_reads_better(LayerCheck("doubtful", 40, 0.0, 0.0), clean)


def _misread_memo_layer(broken: int) -> list[tuple[float, float, str]]:
    """The memo's layer, set on its ink, with `broken` of its words misread ('p1ans')."""
    lines = [line.split() for line in _MEMO]
    k = 0
    for words in lines:
        for j, w in enumerate(words):
            if k < broken and len(w) > 5 and w.isalpha():
                words[j] = w[:2] + "1" + w[3:]
                k += 1
    return [(72.0, 720 - 20 * n, " ".join(words)) for n, words in enumerate(lines)]


def _read_with_fake_ocr(path: Path, monkeypatch, ocr_text: str):  # noqa: ANN001, ANN202 - pytest fixture, a PageResult
    """The page read (read_page) with a stand-in for Tesseract's reading of its picture, counting its calls."""
    from planx.extract import pdfocr
    from planx.extract.pdf import read_page
    from planx.extract.pdfpage import PageResult
    calls: list[int] = []

    def fake_ocr(page, number, hints=()):  # noqa: ANN001, ANN202
        calls.append(number)
        return PageResult(number=number, ocr=True, paragraphs=[(100.0, ocr_text, False, 11.0, False, "", 0.0)])

    monkeypatch.setattr(pdfocr, "ocr_page", fake_ocr)
    monkeypatch.setattr(pdfocr, "tesseract", lambda: "/usr/bin/tesseract")
    pdf, page = _first_page(path)
    with pdf:
        return read_page(page, 1), calls


def test_a_doubtful_layer_gives_way_to_a_cleaner_reading(tmp_path, monkeypatch):
    memo = tmp_path / "memo.pdf"
    _memo(memo)
    _searchable(memo, tmp_path / "doubtful.pdf", layer=_misread_memo_layer(2), size=11)
    pdf, page = _first_page(tmp_path / "doubtful.pdf")
    with pdf:
        from planx.extract.pdfocrlayer import layer_check
        check = layer_check(page)
    assert check.verdict == "doubtful" and 0.025 < check.broken < 0.04, check
    result, calls = _read_with_fake_ocr(tmp_path / "doubtful.pdf", monkeypatch, " ".join(_MEMO))
    assert calls == [1] and result.ocr  # the fresh reading, with no broken word, wins
    assert any("fresh reading was kept" in w for w in result.warnings), result.warnings
    worse = " ".join(line.replace("a", "4") for line in _MEMO)  # 'Agenc4es': more broken words than the layer's
    result, calls = _read_with_fake_ocr(tmp_path / "doubtful.pdf", monkeypatch, worse)
    assert calls == [1] and not result.ocr  # the layer reads better: kept, and said so
    assert any("the layer was kept" in w for w in result.warnings), result.warnings


def test_a_clean_layer_is_kept_without_a_fresh_reading(tmp_path, monkeypatch):
    memo = tmp_path / "memo.pdf"
    _memo(memo)
    _searchable(memo, tmp_path / "good.pdf", layer=_memo_layer(), size=11)
    result, calls = _read_with_fake_ocr(tmp_path / "good.pdf", monkeypatch, " ".join(_MEMO))
    assert calls == [] and not result.ocr  # Tesseract never called: the layer's own words
    text = " ".join(" ".join(p[1].split()) for p in result.paragraphs)
    assert all(line in text for line in _MEMO), text
