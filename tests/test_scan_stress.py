"""Scans as photocopiers and partly ruled tables make them (issue 15, samples/make_scan_stress.py):
specks and a page's edge kept out of the text (raster.text_only), the rule between rows implied
where the column rules stop together (pdfrules.closing_rules), records stacked in one ruled row
cut apart at their keys (pdftables.split_records), a reference column's lost stop put back
(pdfocr.mend_dropped_stops); end to end on the small plan scanned as a photocopy and with a row's
rule left out."""
from __future__ import annotations

import csv
import random
import re
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from planx.extract import pdfocr, raster  # noqa: E402
from planx.extract.pdfgeom import Word  # noqa: E402
from planx.extract.pdfrules import closing_rules, edge, merge  # noqa: E402
from planx.extract.pdftables import FoundTable, GridCell, layout_from_words  # noqa: E402

DPI = 150.0
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


# ---- specks and edges --------------------------------------------------------------------------
def test_lone_specks_and_the_page_edge_are_not_text() -> None:
    img = np.full((600, 800), 255, np.uint8)
    for k in range(6):  # a line of letters, ending in a full stop
        cv2.rectangle(img, (100 + 10 * k, 200), (107 + 10 * k, 213), 0, -1)
    cv2.rectangle(img, (162, 211), (164, 213), 0, -1)  # the stop: close to its word
    cv2.rectangle(img, (400, 205), (405, 207), 0, -1)  # a hyphen alone in a cell: 6 px long
    cv2.rectangle(img, (600, 400), (602, 402), 0, -1)  # a speck: 3 px, nothing near
    cv2.rectangle(img, (300, 1), (340, 4), 0, -1)  # the page's edge along the top of the scan
    text = raster.text_only(raster.ink(img, DPI), np.zeros_like(img), DPI)
    assert text[205, 103] and text[212, 163]  # letters and their stop
    assert text[206, 402]  # a hyphen is longer than a speck
    assert not text[401, 601] and not text[2, 320]
    # what is erased from the image the OCR reads: the speck, the edge and grain lying alone (a
    # pixel or two, too small to be text at all), never a full stop beside its word
    cv2.rectangle(img, (700, 500), (701, 501), 0, -1)
    text, stray = raster.text_and_specks(raster.ink(img, DPI), np.zeros_like(img), DPI)
    assert stray[401, 601] and stray[2, 320] and stray[500, 700]
    assert not stray[212, 163] and not stray[206, 402] and not stray[205, 103]


def test_a_line_of_small_print_smeared_by_blur_is_no_rule() -> None:
    """Letters whose bodies a blur joined into one run as long as a rule, with ascenders above it,
    are text; a rule under them, with paper on both sides, is a rule."""
    img = np.full((300, 800), 255, np.uint8)
    cv2.rectangle(img, (100, 100), (400, 105), 0, -1)  # the letters' bodies, run together
    for x in range(100, 400, 4):  # the letters' edges, ragged: ascenders, caps, descenders, commas
        if (x // 4) % 3:
            img[95:100, x:x + 3] = 0
        if (x // 4) % 2:
            img[106:110, x:x + 3] = 0
    cv2.line(img, (100, 150), (700, 150), 0, 2)  # a rule
    segs, mask = raster.rulings(raster.ink(img, DPI), DPI)
    assert [round(s.y0) for s in segs if s.horizontal] == [150]
    assert mask[102, 200] == 0


def test_a_blurred_page_is_sharpened_for_the_ocr_and_a_crisp_one_left_alone() -> None:
    crisp = np.full((200, 400), 255, np.uint8)
    for y in range(10, 190, 20):  # lines of strokes two pixels wide, as 9 pt letters at 150 dpi
        for x in range(10, 390, 5):
            crisp[y:y + 12, x:x + 2] = 0
    soft = cv2.GaussianBlur(crisp, (0, 0), 1.3)
    assert raster.softness(crisp) < raster.SOFT_SHARE < raster.softness(soft)
    assert raster.sharpened(crisp, DPI) is crisp
    assert raster.softness(raster.sharpened(soft, DPI)) < raster.softness(soft)


# ---- rules implied -----------------------------------------------------------------------------
def grid_edges(row_rules: list[float], col_spans: list[tuple[float, float]]) -> list[dict[str, Any]]:
    """A frame 50–550 wide, horizontal rules at `row_rules`, inner column rules at 150/250/350/450
    over the given spans, the frame's sides over the whole height."""
    edges = [edge(50, y, 550, y) for y in row_rules]
    top, bottom = min(row_rules), max(row_rules)
    edges += [edge(50, top, 50, bottom), edge(550, top, 550, bottom)]
    for y0, y1 in col_spans:
        edges += [edge(x, y0, x, y1) for x in (150, 250, 350, 450)]
    return merge(edges)


def test_column_rules_stopping_together_imply_the_rule_between_rows() -> None:
    # the rule at 200 was lost: the column rules of the row below stop there, on no rule
    edges = grid_edges([100, 140, 300], [(100, 140), (200, 300)])
    implied = closing_rules(edges)
    assert [(round(e["top"]), round(e["x0"]), round(e["x1"])) for e in implied] == [(200, 50, 550)]


def test_column_rules_alone_and_a_full_grid_imply_nothing() -> None:
    assert closing_rules(grid_edges([100, 200, 300], [(100, 300)])) == []
    only_columns = merge([edge(x, 100, x, 300) for x in (50, 150, 250, 350)])
    assert closing_rules(only_columns) == []


# ---- records stacked in one row ----------------------------------------------------------------
def w(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + 6.0 * len(text), top, top + 9.0, 9.0)


def two_records_in_one_row(second_key: str = "2.2") -> list[Word]:
    words = [w("Ref", 55, 105), w("Action", 155, 105), w("Lead", 255, 105), w("Due", 355, 105)]
    words += [w("2.1", 55, 150), w("Introduce", 155, 150), w("the", 215, 150), w("tracker", 155, 162),
              w("Sarah", 255, 150), w("Mbeki", 255, 162), w("Mar-26", 355, 150)]
    words += [w(second_key, 55, 185), w("Recruit", 155, 185), w("two", 205, 185), w("advisers", 155, 197),
              w("Head", 255, 185), w("of", 285, 185), w("Service", 255, 197), w("Jun-26", 355, 185)]
    return words


def ruled_table(words: list[Word]) -> FoundTable:
    rules = [edge(50, y, 450, y) for y in (100, 140, 230)] + [edge(x, 100, x, 230) for x in (50, 150, 250, 350, 450)]
    (table,) = layout_from_words(words, rules, (0, 0, 600, 800)).tables
    return table


def ruled_rows(words: list[Word]) -> list[list[str]]:
    return [[c.text.replace("\n", " ") for c in row] for row in ruled_table(words).grid()]


def test_records_stacked_in_one_ruled_row_are_cut_at_their_keys() -> None:
    assert ruled_rows(two_records_in_one_row()) == [
        ["Ref", "Action", "Lead", "Due"],
        ["2.1", "Introduce the tracker", "Sarah Mbeki", "Mar-26"],
        ["2.2", "Recruit two advisers", "Head of Service", "Jun-26"]]
    assert ruled_table(two_records_in_one_row()).evidence["records_cut"] == 1  # the reading says why


def test_a_row_without_two_keys_stays_one_row() -> None:
    # a cell's second paragraph under a word, not a key: the row's lines are one record
    rows = ruled_rows(two_records_in_one_row(second_key="Also"))
    assert len(rows) == 2 and rows[1][0] == "2.1 Also"


@pytest.mark.parametrize("column, mended", [
    (["1.1", "12", "2.1", "2.2", "3.1"], ["1.1", "1.2", "2.1", "2.2", "3.1"]),
    (["1.1", "1.2", "2.1", "23", "3.1"], ["1.1", "1.2", "2.1", "2.3", "3.1"]),
    # no neighbour with the first digit, or not a column of two-level references: left as read
    (["1.1", "1.2", "45", "2.1", "2.2"], ["1.1", "1.2", "45", "2.1", "2.2"]),
    (["12", "15", "18", "21"], ["12", "15", "18", "21"]),
])
def test_a_reference_column_gets_its_lost_stop_back(column: list[str], mended: list[str]) -> None:
    cells = [GridCell(r, 0, 1, 1, text) for r, text in enumerate(column)]
    pdfocr.mend_reference_columns([FoundTable((0, 0, 100, 100), cells, len(column), 1, True)])
    assert [c.text for c in cells] == mended


def ocr_word(text: str, left: float, top: float, width: float, height: float, conf: float = 95.0,
             line: str = "1") -> pdfocr.OcrWord:
    return pdfocr.OcrWord(text, left, top, width, height, conf, ("1", "1", line))


def test_a_bullet_read_unsure_still_opens_its_item() -> None:
    """A round bullet read as '*' with a confidence of 5 opens its line's item: kept, so the cell's
    items do not run together; a speck as unsure and much smaller than the word is dropped."""
    words = [ocr_word("*", 100, 208, 9, 9, conf=5.0), ocr_word("Review", 115, 200, 60, 20),
             ocr_word("the", 180, 200, 30, 20), ocr_word("'", 100, 240, 2, 3, conf=5.0, line="2"),
             ocr_word("Consult", 115, 232, 70, 20, line="2")]
    assert pdfocr.list_marks(words) == {id(words[0])}
    texts = [c["text"] for c in pdfocr.words_to_chars(words, 72 / 200)]
    assert texts == ["*", "Review", "the", "Consult"]


def figures_image(marks: list[tuple[int, int, int, int]]) -> np.ndarray:
    img = np.full((60, 200), 255, np.uint8)
    for x, y, w, h in marks:
        img[y:y + h, x:x + w] = 0
    return img


@pytest.mark.parametrize("marks, read, mended", [
    ([(10, 10, 12, 30), (26, 36, 4, 4), (34, 10, 12, 30)], "41", "4.1"),  # a stop on the digits' foot
    ([(10, 10, 12, 30), (26, 36, 4, 4), (34, 10, 12, 30), (50, 10, 12, 30)], "212", "2.12"),
    ([(10, 10, 12, 30), (26, 36, 4, 9), (34, 10, 12, 30)], "12", "12"),  # a comma reaches below: not a stop
    ([(10, 10, 12, 30), (34, 10, 12, 30)], "41", "41"),  # no mark between: as read
    ([(10, 10, 12, 30), (26, 36, 4, 4), (34, 10, 12, 30)], "4a", "4a"),  # not figures
])
def test_a_stop_the_ink_holds_is_put_back_in_a_number(marks: list[tuple[int, int, int, int]], read: str,
                                                      mended: str) -> None:
    words = [ocr_word(read, 8, 8, 58 if len(marks) > 3 else 42, 34)]
    pdfocr.mend_lost_stops(words, figures_image(marks))
    assert words[0].text == mended


# ---- end to end --------------------------------------------------------------------------------
def without_row_rule(bgr: Any, dpi: float, top_pt: float) -> Any:
    """The page with the horizontal rule at `top_pt` (points from the top) rubbed out where no
    column rule crosses it."""
    from samples.make_scan_stress import line_mask
    h, v = line_mask(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), dpi)
    y = int(round(top_pt * dpi / 72.0))
    band = np.zeros(h.shape, bool)
    band[y - 4:y + 5] = True
    drop = band & (cv2.dilate(h, np.ones((3, 3), np.uint8)) > 0) & (cv2.dilate(v, np.ones((3, 3), np.uint8)) == 0)
    out = bgr.copy()
    out[drop] = 255
    return out


def scanned(tmp: Path, name: str, prepare: Any, dpi: int = 200) -> Path:
    from samples.make_scan_samples import Look, make_small_plan, scan_pdf
    src = tmp / "small_plan.pdf"
    make_small_plan(src)
    dst = tmp / name
    scan_pdf(src, dst, Look(dpi=dpi, skew=0.5, noise=4.0, jpeg=75), seed=3, prepare=prepare)
    return dst


def actions_of(pdf: Path, out: Path) -> dict[str, dict[str, str]]:
    import planx
    summary = planx.convert([pdf], out=out)
    assert summary.failed == 0
    with open(out / "actions.csv", encoding="utf-8") as fh:
        return {r["action"]: r for r in csv.DictReader(fh)}


@needs_tesseract
@pytest.mark.parametrize("side", ["right", "top"])
def test_a_photocopy_with_a_dark_edge_reads_upright(tmp_path: Path, side: str) -> None:
    """A grey photocopy, a dark band down one side, specks: the page is read the right way up and
    every action is found with its lead and date."""
    pytest.importorskip("reportlab")
    from samples.make_scan_samples import SMALL_ROWS
    from samples.make_scan_stress import photocopy
    rng = random.Random(5)
    pdf = scanned(tmp_path, "photocopy.pdf", lambda bgr: photocopy(bgr, rng, side))
    # a speck touching a word's last letter is read with it ('Hussain:'): that is not what is tested
    acts = {bare(a): r for a, r in actions_of(pdf, tmp_path / "out").items()}
    assert set(acts) == {" ".join(lines) for _r, lines, *_ in SMALL_ROWS}
    assert [bare(acts[" ".join(lines)]["lead"]) for _r, lines, *_ in SMALL_ROWS] == [row[2] for row in SMALL_ROWS]


def bare(text: str) -> str:
    """The text less marks at its end (a speck read as ':' or '~')."""
    return re.sub(r"[\W_]+$", "", text.strip()).strip()


@needs_tesseract
def test_a_row_rule_left_out_still_parts_the_records(tmp_path: Path) -> None:
    """The small plan with the rule between its second and third action rubbed out: the two are
    still two actions, each with its own lead, date and RAG."""
    pytest.importorskip("reportlab")
    from samples.make_scan_samples import SMALL_ROWS
    # the rule under the second action: 50 pt from the top, a 20 pt heading row, two 32 pt rows
    pdf = scanned(tmp_path, "partial.pdf", lambda bgr: without_row_rule(bgr, 200, 50 + 20 + 32 + 32))
    acts = actions_of(pdf, tmp_path / "out")
    assert set(acts) == {" ".join(lines) for _r, lines, *_ in SMALL_ROWS}
    for _ref, lines, lead, due, rag, _fill in SMALL_ROWS:
        got = acts[" ".join(lines)]
        assert (got["lead"], got["due_raw"], got["rag_raw"]) == (lead, due, rag or got["rag_raw"])


def test_a_mark_far_from_the_next_word_of_its_line_opens_no_item() -> None:
    """A dash read in an empty cell, its line's next word a date a column away (the wrapped rest
    of a row: 'quarterly' ... '-' ... '2027'), is a speck, not a list item's mark: it is not kept
    when read with no confidence; a dash a space before its word still opens the item."""
    words = [ocr_word("monthly", 10, 200, 70, 20), ocr_word("-", 400, 210, 8, 6, conf=0.0),
             ocr_word("2027", 700, 200, 40, 14),
             ocr_word("-", 100, 248, 8, 6, conf=0.0, line="2"), ocr_word("Consult", 115, 240, 70, 20, line="2")]
    assert pdfocr.list_marks(words) == {id(words[3])}
    texts = [c["text"] for c in pdfocr.words_to_chars(words, 72 / 200)]
    assert texts == ["monthly", "2027", "-", "Consult"]


def test_a_bullet_read_as_a_star_far_from_its_lines_next_word_still_opens_an_item() -> None:
    """Only a dash's reach is checked: a round bullet read as '*' whose line's next word stands far
    off (Tesseract's line runs on into a neighbouring box) is still a list item's mark."""
    words = [ocr_word("*", 100, 208, 9, 9, conf=5.0), ocr_word("Review", 400, 200, 60, 20)]
    assert pdfocr.list_marks(words) == {id(words[0])}
