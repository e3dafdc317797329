"""Scanned PDF pages: the imaging steps (extract/raster.py) on drawn images, the handling of
Tesseract's words (extract/pdfocr.py) on TSV as Tesseract writes it, and end to end on small scans
made by samples/make_scan_samples.py (level in colour, sideways, upside down)."""
from __future__ import annotations

import csv
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from planx.extract import pdfocr, raster  # noqa: E402
from planx.extract.pdfocr import OcrWord  # noqa: E402

DPI = 150.0
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


# ---- drawn pages -----------------------------------------------------------------------------
def blank(h: int = 900, w: int = 1200) -> np.ndarray:
    return np.full((h, w), 255, dtype=np.uint8)


def text_line(img: np.ndarray, x: int, y: int, words: int = 6) -> None:
    """A line of 'words' as 10 pt text is at 150 dpi: five letter-sized blobs (8 px wide, 14 px
    tall, 3 px apart), a space of 6 px between words."""
    for k in range(words):
        x0 = x + k * 53
        for j in range(5):
            cv2.rectangle(img, (x0 + 10 * j, y), (x0 + 10 * j + 7, y + 13), 0, -1)


def ruled_grid(img: np.ndarray) -> None:
    """A table: an outer frame, rows at 200/260/330/600, columns at 300/700; a one-line row
    (260-330, 70 px, under RULE_MIN_INCH) whose inner side rule is short."""
    for y in (200, 260, 330, 600):
        cv2.line(img, (100, y), (1100, y), 0, 2)
    for x in (100, 1100):
        cv2.line(img, (x, 200), (x, 600), 0, 2)
    cv2.line(img, (300, 200), (300, 600), 0, 2)
    cv2.line(img, (700, 260), (700, 330), 0, 2)  # closes one small cell only
    text_line(img, 320, 280, 5)
    text_line(img, 320, 350, 8)
    cv2.line(img, (330, 420), (345, 420), 0, 2)  # a dash in the text: no rule


def test_rulings_long_and_short_but_not_letters() -> None:
    img = blank()
    ruled_grid(img)
    segs, mask = raster.rulings(raster.ink(img, DPI), DPI)
    hs = sorted(round(s.y0) for s in segs if s.horizontal)
    vs = sorted(round(s.x0) for s in segs if not s.horizontal)
    assert [abs(a - b) <= 2 for a, b in zip(hs, (200, 260, 330, 600), strict=True)] == [True] * 4
    assert len(vs) == 4 and any(abs(x - 700) <= 2 for x in vs)  # the short side of the small cell
    assert mask[420, 337] == 0 and mask[285, 322] == 0  # the dash and the letters are text


def test_a_letter_stem_in_a_low_row_is_no_rule() -> None:
    """A bold 'f' or 'i' in a heading row 28 px high (10 pt at 150 dpi) stops 4 px short of the
    rules above and below: close enough for a short rule's ends, but paper parts it from them. The
    small cell's side drawn into both rules is a rule."""
    img = blank()
    for y in (200, 228, 600):
        cv2.line(img, (100, y), (1100, y), 0, 2)
    for x in (100, 1100):
        cv2.line(img, (x, 200), (x, 600), 0, 2)
    cv2.line(img, (700, 200), (700, 228), 0, 2)  # the side of a small cell
    cv2.rectangle(img, (400, 204), (403, 224), 0, -1)  # a bold letter's stem, 4 px from each rule
    segs, mask = raster.rulings(raster.ink(img, DPI), DPI)
    vs = sorted(round(s.x0) for s in segs if not s.horizontal)
    assert any(abs(x - 700) <= 2 for x in vs)
    assert not any(abs(x - 401) <= 3 for x in vs) and mask[214, 401] == 0


def test_a_tall_letter_touching_the_rules_of_a_tight_row_is_no_rule() -> None:
    """A bold 'j' in a banner row just high enough for it (its dot near the rule above, its hook on
    the rule below) is drawn into both rules as a cell's side is; but letters stand 3 px from it
    on both sides ('ob|ective'), where a cell's side has its padding. Taken for a rule, it cut the
    banner in two cells and its letter was erased. The small cell's side, with text 12 px away on
    one side only, stays a rule."""
    img = blank()
    for y in (200, 223, 600):
        cv2.line(img, (100, y), (1100, y), 0, 2)
    for x in (100, 1100):
        cv2.line(img, (x, 200), (x, 600), 0, 2)
    cv2.line(img, (700, 200), (700, 223), 0, 2)  # the side of a small cell
    cv2.rectangle(img, (712, 206), (719, 218), 0, -1)  # its text, a cell's padding away
    cv2.rectangle(img, (400, 203), (403, 223), 0, -1)  # the 'j': dot and stem run into both rules
    cv2.rectangle(img, (389, 206), (396, 218), 0, -1)  # 'b', 3 px to its left
    cv2.rectangle(img, (407, 209), (414, 218), 0, -1)  # 'e', 3 px to its right
    segs, mask = raster.rulings(raster.ink(img, DPI), DPI)
    vs = sorted(round(s.x0) for s in segs if not s.horizontal)
    assert any(abs(x - 700) <= 2 for x in vs)
    assert not any(abs(x - 401) <= 3 for x in vs) and mask[212, 401] == 0


def test_a_streak_from_edge_to_edge_rules_no_table_but_is_erased() -> None:
    """A feeder's streak runs the scan's whole height, through the margins and the table: it is no
    column's rule (a form of label lines was read as a table of three columns), though its ink is
    kept from the OCR. The table's own rules, inside the margins, stay."""
    img = blank()
    ruled_grid(img)
    cv2.line(img, (500, 0), (500, 899), 0, 2)  # a streak down the page, through the table
    segs, mask = raster.rulings(raster.ink(img, DPI), DPI)
    vs = sorted(round(s.x0) for s in segs if not s.horizontal)
    assert not any(abs(x - 500) <= 3 for x in vs) and len(vs) == 4
    assert mask[100, 500] > 0  # still erased before the OCR


def test_a_streak_is_painted_over_and_the_letters_it_crosses_keep_their_strokes() -> None:
    """A streak down the whole scan (found before the page is levelled) is painted with what lies
    either side: paper in the margins and between lines, ink where it crosses a letter's bar. The
    page's own rules, which stop in its margins, are left alone."""
    img = blank()
    ruled_grid(img)
    cv2.rectangle(img, (480, 400), (520, 403), 0, -1)  # a letter's bar the streak will cross
    streaked = img.copy()
    streaked[:, 500:502] = 40  # a feeder's streak, 2 px wide, top to bottom
    ink_img = raster.ink(streaked, DPI)
    columns, rows = raster.streak_bands(ink_img)
    assert rows == [] and len(columns) == 1 and columns[0][0] <= 500 < columns[0][1]
    clean = raster.unstreaked(streaked, ink_img)
    assert clean[50, 500] == 255 and clean[300, 501] == 255  # the margin, a cell
    assert clean[401, 500] == 0  # the letter's bar is whole
    assert clean[200, 500] == 0 and (clean[:, 300] == img[:, 300]).all()  # the rules are kept


@pytest.mark.parametrize("tilt", [1.2, -0.7])
def test_skew_found_and_undone(tilt: float) -> None:
    img = blank()
    ruled_grid(img)
    for y in range(650, 850, 30):
        text_line(img, 120, y, 12)
    tilted = raster.rotate(img, tilt)
    angle = raster.skew_angle(raster.ink(tilted, DPI))
    assert abs(angle + tilt) <= 0.1


def test_sideways_text_is_seen() -> None:
    img = blank()
    for y in range(100, 800, 30):
        text_line(img, 100, y, 14)
    ink = raster.ink(img, DPI)
    assert not raster.sideways(ink, DPI)
    assert raster.sideways(raster.turn(ink, 1), DPI)


def test_montage_holds_each_mark_once() -> None:
    """Cells and the text outside them go into the montage once each: a block outside the cells
    that reaches over a cell (grain beside a rule, here a speck at each corner) must not bring
    the cell's text in again."""
    img = blank()
    text_line(img, 120, 100, 8)  # a title
    text_line(img, 320, 280, 5)  # in a cell
    for x, y in ((95, 195), (1105, 605)):
        cv2.rectangle(img, (x, y), (x + 6, y + 6), 0, -1)
    ink = raster.ink(img, DPI)
    boxes = [(100, 200, 1100, 260), (300, 260, 700, 330), (100, 260, 300, 330)]
    (montage, tiles), = raster.montages(img, ink, boxes, DPI)
    assert int((montage < 128).sum()) == int((img < 128).sum())
    assert any(t.y == 0 or t.y < 100 for t in tiles)  # the title is a block of its own


def test_xy_cut_parts_a_borderless_table_at_its_gutters() -> None:
    img = blank()
    for y in range(100, 400, 25):
        text_line(img, 100, y, 4)  # column 1: x 100-306
        text_line(img, 400, y, 3)  # column 2 after a 94 px (0.6 in) gutter
    tiles = raster.bands(raster.ink(img, DPI), DPI, 4)
    assert len(tiles) >= 2
    assert all(t.x + t.width <= 350 or t.x >= 350 for t in tiles)  # none across the gutter


def test_fill_colour_behind_text() -> None:
    bgr = np.full((200, 300, 3), 255, dtype=np.uint8)
    bgr[20:120, 20:220] = (80, 176, 0)  # BGR of #00b050
    cv2.putText(bgr, "Green", (40, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    ink = raster.ink(raster.grey(bgr), DPI)
    fill = raster.fill_colour(bgr, ink, (20, 20, 220, 120))
    assert fill is not None and abs(int(fill[1:3], 16) - 0) <= 8 and abs(int(fill[3:5], 16) - 0xb0) <= 8
    assert raster.fill_colour(bgr, ink, (230, 20, 290, 120)) is None  # white paper


def test_fill_colour_of_a_box_reaching_past_the_scan() -> None:
    """A cover page (DfE's PE and sport premium template, a photo collage) whose drawn boxes reach
    past the page image: the part on the image is read; a box wholly off it has no fill, and
    neither stops the page being read."""
    bgr = np.full((200, 300, 3), 255, dtype=np.uint8)
    bgr[100:200, 200:300] = (80, 176, 0)
    ink = raster.ink(raster.grey(bgr), DPI)
    fill = raster.fill_colour(bgr, ink, (200, 100, 400, 300))
    assert fill is not None and abs(int(fill[3:5], 16) - 0xb0) <= 8
    assert raster.fill_colour(bgr, ink, (320, 220, 420, 320)) is None


def test_scan_resolution_from_the_image() -> None:
    a4 = {"width": 595.0, "height": 842.0}
    assert raster.scan_dpi([{**a4, "srcsize": (1241, 1754)}], 595, 842) == pytest.approx(150, abs=1)
    assert raster.scan_dpi([{**a4, "srcsize": (4961, 7016)}], 595, 842) == raster.MAX_DPI  # 600 dpi read at 300
    assert raster.scan_dpi([{**a4, "srcsize": (827, 1169)}], 595, 842) == raster.MIN_DPI  # 100 dpi enlarged
    assert raster.scan_dpi([], 595, 842) == 300.0


# ---- Tesseract's words -----------------------------------------------------------------------
TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def tsv(*rows: tuple[int, int, int, int, int, float, str]) -> str:
    """Level-5 rows: (line, left, top, width, height, conf, text)."""
    body = "".join(f"5\t1\t1\t1\t{ln}\t{i}\t{x}\t{y}\t{w}\t{h}\t{c}\t{t}\n"
                   for i, (ln, x, y, w, h, c, t) in enumerate(rows, 1))
    return TSV_HEAD + "4\t1\t1\t1\t1\t0\t0\t0\t500\t20\t-1\t\n" + body


def test_tsv_words_and_rule_debris() -> None:
    words = pdfocr.parse_tsv(tsv((1, 10, 10, 40, 14, 96.0, "Lead"), (1, 60, 10, 4, 20, 40.0, "|"),
                                 (1, 70, 10, 30, 14, 91.5, "Sofia"), (2, 10, 30, 8, 2, 80.0, "__")))
    assert [w.text for w in words] == ["Lead", "Sofia"]
    assert words[1].conf == 91.5 and words[0].line == words[1].line


def test_a_bullet_read_as_another_glyph_is_a_bullet() -> None:
    """Tesseract reads a round bullet as '¢', '«' or 'e': alone before its line's words it is
    written '•'; the same glyph inside a line, or alone on its line, stays what it is."""
    words = pdfocr.parse_tsv(tsv((1, 10, 10, 6, 6, 60.0, "¢"), (1, 20, 10, 40, 14, 95.0, "Review"),
                                 (1, 64, 10, 30, 14, 95.0, "plans"), (2, 10, 30, 6, 6, 55.0, "e"),
                                 (2, 20, 30, 40, 14, 95.0, "agree"), (2, 64, 30, 6, 6, 70.0, "«"),
                                 (3, 10, 50, 12, 14, 90.0, "©")))
    assert [w.text for w in words] == ["•", "Review", "plans", "•", "agree", "«", "©"]


def word(text: str, left: float, top: float, height: float, line: str = "1", conf: float = 95.0) -> OcrWord:
    return OcrWord(text, left, top, 10.0 * len(text), height, conf, ("0:1", "1", line))


def test_words_get_a_font_box_from_their_baseline() -> None:
    """'Hubs', 'ore' and 'gap' on one baseline get one top and bottom; the line's size is read
    from its tall letters, and 'gap' (descenders) is not taken as standing lower."""
    words = [word("Hubs", 0, 100, 14), word("ore", 50, 104, 10), word("gap", 90, 104, 14)]
    chars = pdfocr.words_to_chars(words, 1.0)
    assert len({(c["top"], c["bottom"]) for c in chars}) == 1
    assert chars[0]["size"] == pytest.approx(14 / pdfocr.CAP_HEIGHT, rel=0.05)
    assert chars[0]["bottom"] > 114 > chars[0]["top"]


def test_a_line_across_cells_at_two_heights_parts_into_runs() -> None:
    words = [word("Area", 0, 100, 14), word("Outcomes", 200, 112, 14), word("of", 50, 100, 14)]
    runs = pdfocr.text_runs(words)
    assert sorted([w.text for w in r[0]] for r in runs) == [["Area", "of"], ["Outcomes"]]


def test_words_never_join() -> None:
    """Two words set close (their ink 1 px apart) stay two words in the cell text."""
    from planx.extract.pdfgeom import text_of
    words = [word("Fewer", 0, 100, 14), word("contacts", 51, 100, 14)]
    assert text_of(pdfocr.words_to_chars(words, 0.5)) == "Fewer contacts"


def test_marks_read_as_a_line_over_text_are_dropped() -> None:
    words = [word("Children's", 0, 100, 14, "2"), word("plan", 120, 100, 14, "2"),
             word("'", 70, 98, 4, "1"), word("-", 400, 300, 2, "3")]
    kept = pdfocr.without_stray_marks(words)
    assert [w.text for w in kept] == ["Children's", "plan", "-"]  # a '-' alone in a cell stays


def test_unsure_words_kept_when_they_look_like_words() -> None:
    words = [word("Crossley!", 0, 100, 14, conf=0.0), word("~.", 100, 100, 14, conf=3.0)]
    assert [c["text"] for c in pdfocr.words_to_chars(words, 1.0)] == ["Crossley!"]


def test_word_sizes_read_from_letters_that_reach_the_caps_height() -> None:
    """'service' (its 'i' dotted as high as a capital) and '12/12' (its '/' standing on the line)
    are read at the size of the line's other words, and stand on the same baseline."""
    words = [word("Officer", 0, 100, 14), word("12/12", 100, 100, 14, "2"), word("service", 200, 100, 14, "3")]
    chars = pdfocr.words_to_chars(words, 1.0)
    assert len({round(c["size"], 1) for c in chars}) == 1
    assert len({(round(c["top"]), round(c["bottom"])) for c in chars}) == 1


def test_a_bracket_round_a_word_reaches_below_its_line() -> None:
    """'outcomes)' and 'line' on one baseline: the ink of 'outcomes)' goes lower by the bracket's
    depth, and its words still stand where 'line' does."""
    size = 14 / pdfocr.CAP_HEIGHT
    deep = 14 + pdfocr.DESCENT * size
    words = [word("line", 0, 100, 14), word("outcomes)", 100, 100, deep, "2")]
    chars = pdfocr.words_to_chars(words, 1.0)
    assert chars[0]["bottom"] == pytest.approx(chars[1]["bottom"], abs=0.5)


def test_ocr_words_say_how_far_off_they_may_be() -> None:
    """A word read from a 200 dpi scan is placed to within a pixel and a half (in points), and the
    table engine's Word keeps it; a PDF's own word is exact."""
    from planx.extract.pdftables import to_word
    [c] = pdfocr.words_to_chars([word("Lead", 0, 100, 14)], 72 / 200)
    assert to_word(c).slack == pytest.approx(pdfocr.PLACED_WITHIN * 72 / 200)
    assert to_word({"text": "Lead", "x0": 0, "x1": 20, "top": 0, "bottom": 10, "size": 10}).slack == 0.0


@pytest.mark.parametrize(("column", "mended"), [
    (["1a", "la", "ib", "1d", "2a", "Sa"], ["1a", "1a", "1b", "1d", "2a", "5a"]),
    (["A", "B", "c", "D"], ["A", "B", "C", "D"]),
    (["1", "2", "I", "4"], ["1", "2", "1", "4"]),
    (["1.1", "1:2", "1.3", "2.1"], ["1.1", "1.2", "1.3", "2.1"]),  # a stop read as a colon
    # a '1' with a foot read 'L' or 't', its stop lost: '1.1' over '1.2' (a DejaVu scan at 200 dpi)
    (["No.", "Lt", "1.2", "1.3", "1.4", "2.1", "2.2"], ["No.", "1.1", "1.2", "1.3", "1.4", "2.1", "2.2"]),
    (["No.", "it", "1:2", "Li", "2.1", "2.2", "3.1", "3.2", "3.3"],
     ["No.", "1.1", "1.2", "1.1", "2.1", "2.2", "3.1", "3.2", "3.3"]),
    # the heading in the first row is not one of the column's values (a grainy borderless scan)
    (["Ref", "el.", "1:2", "2:1", "2.2", "2:3", "3.1", "3.2", "3.3"],
     ["Ref", "el.", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"]),
    # not a column of references: left as read
    (["is", "la", "Ref", "ok"], ["is", "la", "Ref", "ok"]),
    (["No.", "is", "la", "2.1", "ok"], ["No.", "is", "la", "2.1", "ok"]),
    (["Amber", "Red", "c", "Green"], ["Amber", "Red", "c", "Green"]),
    (["09:30", "10:00", "Lunch", "14:15"], ["09:30", "10:00", "Lunch", "14:15"]),
])
def test_a_column_of_references_mends_look_alike_letters(column: list[str], mended: list[str]) -> None:
    from planx.extract.pdftables import FoundTable, GridCell
    cells = [GridCell(r, 0, 1, 1, text) for r, text in enumerate(column)]
    cells += [GridCell(r, 1, 1, 1, "la") for r in range(len(column))]  # another column: its own shape
    table = FoundTable((0, 0, 100, 100), cells, len(column), 2, True)
    pdfocr.mend_reference_columns([table])
    assert [c.text for c in cells if c.c == 0] == mended
    assert {c.text for c in cells if c.c == 1} == {"la"}


def test_tesseract_runs_on_one_thread() -> None:
    assert pdfocr.tesseract_env()["OMP_THREAD_LIMIT"] == "1"


# ---- end to end ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_scans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("reportlab")
    from samples.make_scan_samples import small_scans
    folder = tmp_path_factory.mktemp("scans")
    small_scans(folder)
    return folder


@needs_tesseract
@pytest.mark.parametrize("name", ["small_scan.pdf", "small_scan_sideways.pdf", "small_scan_upside_down.pdf"])
def test_scanned_ruled_plan(small_scans: Path, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ruled plan scanned tilted, sideways or upside down: its heading row read as headings,
    each wrapped action whole in its cell, lead and date in theirs; the fill of a colour scan
    read as the RAG; no temporary folder left behind."""
    import json

    import planx
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    summary = planx.convert([small_scans / name], out=tmp_path / "out")
    assert summary.failed == 0
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as fh:
        acts = {r["action"]: r for r in csv.DictReader(fh)}
    truth = json.loads((small_scans / f"{name}.truth.json").read_text(encoding="utf-8"))
    assert set(acts) == {a["action"] for a in truth["actions"]}
    for a in truth["actions"]:
        got = acts[a["action"]]
        assert (got["lead"], got["due_raw"]) == (a["lead"], a["due_raw"])
        assert got["rag_raw"] == a.get("rag_raw", got["rag_raw"])
    if name == "small_scan.pdf":  # in colour: the RAG shown only as a green fill
        assert acts["Open a single front door for short break requests"]["rag"] == "green"
    assert not list(scratch.iterdir())


@needs_tesseract
def test_borderless_scan_goes_through_the_borderless_engine(small_scans: Path, tmp_path: Path) -> None:
    """The small plan printed without rulings and scanned: no ruling found, the table read by
    the borderless engine from the OCR word boxes (columns from gutters, each wrapped action
    one cell), and each action's lead and date in place."""
    import json

    import planx
    from planx.extract.pdf import pdf_tables
    tables = pdf_tables(small_scans / "small_scan_borderless.pdf")
    assert len(tables) == 1 and not tables[0]["ruled"]
    rows = [[c if isinstance(c, str) else (c or {}).get("text", "") for c in r] for r in tables[0]["rows"]]
    assert ["Open a single front door for short break requests" in " ".join(r).replace("\n", " ")
            for r in rows].count(True) == 1
    assert planx.convert([small_scans / "small_scan_borderless.pdf"], out=tmp_path / "out").failed == 0
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as fh:
        acts = {r["action"]: r for r in csv.DictReader(fh)}
    truth = json.loads((small_scans / "small_scan_borderless.pdf.truth.json").read_text(encoding="utf-8"))
    assert {a: (r["lead"], r["due_raw"]) for a, r in acts.items()} == {
        a["action"]: (a["lead"], a["due_raw"]) for a in truth["actions"]}


@needs_tesseract
def test_debug_drawing_of_a_scanned_page(small_scans: Path, tmp_path: Path) -> None:
    """`planx tables --debug` on a scanned page: the page image as the OCR reader levelled it,
    with the table's box, the rulings and the words drawn over it."""
    from PIL import Image

    from planx.extract.pdfdebug import COLOURS, debug_pages
    written = debug_pages(small_scans / "small_scan.pdf", tmp_path)
    assert [p.name for p in written] == ["small_scan.page1.png"]
    image = Image.open(written[0]).convert("RGB")
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
    assert {COLOURS["table"], COLOURS["word"], COLOURS["cell"]} <= colours
    assert image.width > 450 * 150 / 72 * 0.95  # the scan's own pixels (150 dpi), not a redrawing


@needs_tesseract
def test_unsure_text_makes_the_document_partial(small_scans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract unsure of a table's words, at the first look and the second: a warning naming
    the page and the table."""
    from planx.extract import extract
    real, real_again = pdfocr.placed, pdfocr.read_again

    def unsure(words: list[OcrWord], tiles: list[raster.Tile]) -> list[OcrWord]:
        for w in words:  # the page's words, not the sample read to find which way up it is
            w.conf = 40.0
        return real(words, tiles)

    def unsure_again(scan: pdfocr.ScanImage, words: list[OcrWord], exe: str) -> list[list[OcrWord]]:
        readings = real_again(scan, words, exe)
        for w in (w for again in readings for w in again):
            w.conf = 40.0
        return readings
    monkeypatch.setattr(pdfocr, "placed", unsure)
    monkeypatch.setattr(pdfocr, "read_again", unsure_again)
    raw = extract(small_scans / "small_scan.pdf")
    assert any(w.startswith("page 1: table 1 is scanned and Tesseract is unsure") for w in raw.warnings)


# ---- a second look at unsure words -----------------------------------------------------------
def printed(texts: list[str], size: int = 21) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """Words printed on a white strip (DejaVu Sans, about 10 pt at 150 dpi), far apart; each word's
    box (left, top, width, height) as Tesseract would give it."""
    from PIL import Image, ImageDraw, ImageFont
    font_path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font_path.exists():
        pytest.skip("DejaVu Sans is not installed")
    font = ImageFont.truetype(str(font_path), size)
    img = Image.new("L", (300 * len(texts) + 100, 120), 255)
    draw = ImageDraw.Draw(img)
    boxes = []
    for k, text in enumerate(texts):
        if text:
            draw.text((50 + 300 * k, 45), text, font=font, fill=0)
        x0, y0, x1, y1 = draw.textbbox((50 + 300 * k, 45), text or "Blank", font=font)
        boxes.append((x0, y0, x1 - x0, y1 - y0))
    return np.asarray(img).copy(), boxes


def scan_with(image: np.ndarray, words: list[OcrWord]) -> pdfocr.ScanImage:
    return pdfocr.ScanImage(image, raster.ink(image, DPI), DPI, [], words, False, text_image=image,
                            text_ink=raster.ink(image, DPI))


@needs_tesseract
def test_a_word_read_twice_is_kept_once() -> None:
    """Two readings of one word at one place (overlapping pieces of the page read twice) are one
    word, the surer reading; words side by side, or a short word beside a wide unsure one, stay."""
    first = OcrWord("Fund", 285, 933, 48, 16, 91.0, ("1", "1", "1"))
    again = OcrWord("Fund", 286, 934, 47, 16, 95.0, ("2", "1", "1"))
    beside = OcrWord("a", 340, 937, 10, 12, 96.0, ("1", "1", "1"))
    wide = OcrWord("~~Grere-Boyle", 429, 611, 150, 23, 23.0, ("1", "1", "2"))
    inside = OcrWord("team", 440, 615, 40, 14, 84.0, ("1", "1", "2"))
    assert pdfocr.without_repeats([first, beside, again, wide, inside]) == [beside, again, wide, inside]


def test_an_unsure_word_read_again_gives_the_surer_reading() -> None:
    """A word read with little confidence ('jui-19', 40) is read again on its own; the surer
    reading replaces it in the same line. A word read with confidence stays as it was read (even
    a wrong one: Tesseract is not asked twice about what it is sure of), and so does an unsure
    word whose box holds nothing legible."""
    image, boxes = printed(["Jul-19", "Tariq", ""])
    first = [OcrWord("jui-19", *boxes[0], 40.0, ("0:1", "1", "2")),
             OcrWord("Tarlq", *boxes[1], 95.0, ("0:1", "1", "2")),
             OcrWord("Quay", *boxes[2], 30.0, ("0:1", "1", "2"))]
    words = pdfocr.second_look(scan_with(image, first), shutil.which("tesseract") or "")
    assert [w.text for w in words] == ["Jul-19", "Tarlq", "Quay"]
    assert words[0].conf > 40.0 + pdfocr.SECOND_MARGIN and words[0].line == ("0:1", "1", "2")
    assert abs(words[0].left - boxes[0][0]) <= 3 and abs(words[0].top - boxes[0][1]) <= 3  # on the page


@needs_tesseract
def test_a_second_look_over_a_box_drawn_across_the_line_keeps_the_word_alone() -> None:
    """Tesseract boxed an unsure word over its neighbours: read again, the box shows them too, but
    they were read already; the line keeps each word once."""
    image, boxes = printed(["Timeliness", "improved"])
    x0, y0, _, h = boxes[0]
    wide = (x0, y0, boxes[1][0] + boxes[1][2] - x0, h)
    first = [OcrWord("Timelmess", *wide, 40.0, ("0:1", "1", "1")),
             OcrWord("improved", *boxes[1], 96.0, ("0:1", "1", "1"))]
    words = pdfocr.second_look(scan_with(image, first), shutil.which("tesseract") or "")
    assert [w.text for w in words] == ["Timeliness", "improved"]


def test_no_second_look_when_every_word_is_sure(monkeypatch: pytest.MonkeyPatch) -> None:
    image, boxes = printed(["Tariq"])
    first = [OcrWord("Tariq", *boxes[0], 96.0, ("0:1", "1", "1")), OcrWord("|", 0, 0, 2, 20, 10.0, ("0:1", "1", "1"))]

    def never(*args: object, **kw: object) -> list[OcrWord]:
        raise AssertionError("Tesseract asked again")
    monkeypatch.setattr(pdfocr, "read_words", never)
    assert pdfocr.second_look(scan_with(image, first), "tesseract") == first  # a '|' is no word to read again


@needs_tesseract
def test_a_page_wrongly_taken_for_grain_keeps_the_reading_tesseract_is_surer_of(
        small_scans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The grain test guesses from the ink's texture, and a noisy scan of small type can pass for a
    page covered in grain. The page is then read both ways, cleared and as it is, and the reading
    Tesseract is surer of kept: here the 'cleared' page is a blur no one can read, and the plan is
    still read whole from the page as scanned."""
    import json

    import cv2

    import planx
    from planx.extract import raster

    def wrongly_cleared(img: np.ndarray, dpi: float) -> tuple[np.ndarray, bool]:
        return cv2.GaussianBlur(img, (0, 0), 6), True

    monkeypatch.setattr(raster, "degrained", wrongly_cleared)
    planx.convert([small_scans / "small_scan.pdf"], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as fh:
        got = {r["action"] for r in csv.DictReader(fh)}
    truth = json.loads((small_scans / "small_scan.pdf.truth.json").read_text(encoding="utf-8"))
    assert got == {a["action"] for a in truth["actions"]}


def test_words_made_of_specks_are_dropped() -> None:
    """A grainy scan's shaded banner: Tesseract reads the grain beside the title as 'Dyce' and
    'tee' with little confidence. Their boxes hold specks only, no mark a letter's height, and
    they go; 'Lk' (a garbled '1.1', unsure too) has ink as tall as the letters and stays, and so
    do the title's words."""
    ink = np.zeros((200, 900), np.uint8)
    ink[100:120, 10:14] = 255  # the strokes of '1.' and of 'Lk'
    ink[100:120, 60:64] = 255
    ink[100:120, 300:304] = 255
    ink[105:107, 500:502] = 255  # specks where 'Dyce' is read
    ink[110:111, 530:531] = 255
    words = [word("1.", 10, 100, 20), word("Workforce", 60, 100, 20), word("stability", 160, 100, 20),
             word("and", 260, 100, 20), word("practice", 400, 100, 20, "2"), word("quality", 300, 130, 20, "3"),
             word("Lk", 300, 100, 20, "4", conf=41.0), word("Dyce", 500, 100, 20, conf=19.0),
             word("tee", 700, 100, 13, conf=8.9)]
    kept = pdfocr.without_speckled(words, ink)
    assert [w.text for w in kept] == ["1.", "Workforce", "stability", "and", "practice", "quality", "Lk"]


def test_a_mark_far_from_the_words_of_its_line_is_dropped() -> None:
    """':' read unsurely at the far end of a banner's line (grain on the shading) goes, and so does a
    ':' alone a speck's size; a ':' just after its word, a '=' read surely and a '-' alone in its own
    line (an empty cell's dash) stay."""
    ink = np.full((400, 1200), 255, np.uint8)
    words = [word("1.", 10, 100, 20), word("Workforce", 40, 100, 20), word("stability", 140, 100, 20),
             word("and", 240, 100, 20), word("quality", 280, 100, 20), word(":", 350, 100, 20, conf=55.6),
             word(":", 1100, 95, 11, conf=55.6), word("=", 900, 100, 11, conf=91.0),
             word("-", 500, 300, 4, "2", conf=40.0), word(":", 20, 200, 4, "5", conf=83.6)]
    words[-1].width = 3.0  # a speck read as ':' alone beside a borderless table
    words.append(word("-", 200, 104, 1, conf=47.8))  # and one read as '-' in the line of the title
    words[-1].width = 1.5
    kept = pdfocr.without_speckled(words, ink)
    assert [w.text for w in kept] == ["1.", "Workforce", "stability", "and", "quality", ":", "=", "-"]


def test_a_letter_or_figure_read_unsurely_far_from_its_line_is_a_speck() -> None:
    """The fieldlist scan's date line 'When: 4 November 2026' with a speck far to its right read as 'a'
    (confidence 46) put 'a' at the end of the due date, which then read as no date; a speck of one pixel
    read as '5' (58) far beside 'Head of Internal Audit' made a column of its own. Both go. A short
    word of the text ('4', 'a' a word space from its neighbours), a letter read surely far away (a
    RAG 'G') and an unsure figure alone in its own line ('3.1' read '31') stay."""
    words = [word("When:", 96, 450, 18), word("4", 188, 450, 18), word("November", 210, 450, 18),
             word("2026", 340, 450, 18), word("a", 903, 450, 16, conf=46.3),
             word("Head", 1570, 517, 17, "2"), word("of", 1631, 517, 17, "2"), word("Internal", 1658, 517, 19, "2"),
             word("Audit", 1748, 517, 18, "2"), word("5", 2109, 520, 1, "2", conf=58.3),
             word("twice", 706, 297, 18, "3"), word("a", 774, 301, 14, "3", conf=60.0),
             word("year.", 790, 301, 18, "3", conf=77.3),
             word("On", 96, 600, 18, "4"), word("track", 130, 600, 18, "4"), word("G", 900, 600, 18, "4", conf=93.0),
             word("31", 99, 700, 17, "5", conf=41.0)]
    kept = pdfocr.without_scraps(words)
    assert [w.text for w in kept] == ["When:", "4", "November", "2026", "Head", "of", "Internal", "Audit",
                                      "twice", "a", "year.", "On", "track", "G", "31"]


def test_a_small_dash_read_surely_between_two_words_is_kept() -> None:
    """Small type on a low-resolution scan: the dashes of 'online - Director of Public Health - w/c 9
    March' are 4 pixels by 2, a speck's size, but Tesseract reads them surely (93) with a word close
    on either side: punctuation, kept (dropped, the item's lead and date ran into its text). A '-' as
    small and as sure at the end of a line, or an unsure one between words, is still a speck."""
    ink = np.full((400, 1200), 255, np.uint8)
    words = [word("Move", 10, 100, 14), word("online", 60, 100, 14), word("-", 128, 106, 2, conf=93.0),
             word("Director", 140, 100, 14), word("of", 230, 100, 14), word("Place", 260, 100, 14),
             word("-", 318, 106, 2, conf=40.0), word("March", 330, 100, 14), word("-", 390, 106, 2, conf=93.0)]
    for w in words:
        if w.text == "-":
            w.width = 4.0
    kept = pdfocr.without_speckled(words, ink)
    assert [w.text for w in kept] == ["Move", "online", "-", "Director", "of", "Place", "March"]


@needs_tesseract
def test_a_tile_given_no_word_in_the_montage_is_read_on_its_own() -> None:
    """A title in large type, stacked among the body's lines, came back from the montage with no word
    (Tesseract reads a montage as one block of text of one size): a tile a line of text wide that got
    no word is read again on its own. A tile that got words, and a speck's tile, are not; a wide tile
    of grain (a shaded cell) read alone reads unsurely, and gives nothing."""
    dpi = 170.0
    image = np.full((600, 1300), 255, np.uint8)
    cv2.putText(image, "Corporate Plan", (20, 120), cv2.FONT_HERSHEY_SIMPLEX, 3.0, 0, 6)
    cv2.putText(image, "Action Programme", (20, 330), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
    rng = np.random.default_rng(7)
    grain = rng.random((120, 900)) < 0.08
    image[420:540, 0:900][grain] = 0
    tiles = [raster.Tile(0, 0, 1000, 160, at=10), raster.Tile(0, 300, 800, 50, at=300),
             raster.Tile(0, 600, 20, 20, at=370), raster.Tile(0, 800, 900, 120, at=420)]
    read = [OcrWord("Action", 20, 305, 100, 30, 96.0, ("1", "1", "1"))]  # the montage read the second tile
    found = pdfocr.unread_tiles(image, tiles, read, pdfocr.tesseract() or "tesseract", dpi, pdfocr.ocr_zoom(dpi))
    assert " ".join(w.text for w in found) == "Corporate Plan"
    assert all(pdfocr.tile_of(w, tiles) == 0 for w in found)  # in the montage's pixels, in their own tile


def test_a_month_read_in_two_words_is_one_word_again() -> None:
    """'(A pril 2027)': a blurred scan's 'Ap' taken for two words; the date read as its year alone
    and the milestone kept the bracket in its text. Two words of one line, side by side, whose
    letters spell a month, the second no word of its own, are one. 'A plan', 'May be' and a month
    on the next line stay apart."""
    def word(text: str, left: float, line: str = "1") -> OcrWord:
        return OcrWord(text, left, 100.0, 10.0 * len(text), 16.0, 93.0, ("1", "1", line))
    words = [word("(A", 400.0), word("pril", 425.0), word("2027)", 470.0), word("Decem", 600.0), word("ber", 665.0)]
    mended = pdfocr.with_months_whole(words)
    assert [w.text for w in mended] == ["(April", "2027)", "December"]
    assert mended[0].left == 400.0 and mended[0].width == 65.0
    apart = [word("A", 100.0), word("plan", 115.0), word("May", 200.0), word("be", 235.0),
             word("Ju", 300.0), word("ne", 325.0, line="2"), word("Oct", 400.0), word("ober", 600.0)]
    assert [w.text for w in pdfocr.with_months_whole(apart)] == ["A", "plan", "May", "be", "Ju", "ne", "Oct", "ober"]


def test_a_speck_boxed_under_a_word_does_not_move_its_top_or_bottom() -> None:
    """The transposed scan's 'Head' (of 'Head of Internal Audit') boxed with a speck two pixels high
    seven rows under its letters: tightened to all of the box's ink it stood lower than its line's
    other words and was read as a run of its own ('of Internal Head Audit'). The speck is no part of
    the word's letters; an 'i''s dot two rows over them is, and a comma touching the baseline too."""
    ink = np.zeros((80, 300), np.uint8)
    ink[10:27, 10:60] = 255  # 'Head': 17 rows of letters
    ink[34:36, 2:3] = 255  # a speck under them, 7 blank rows down
    ink[13:27, 100:140] = 255  # 'is': x-height letters
    ink[9:11, 102:104] = 255  # its dot, 2 blank rows over them
    ink[10:27, 200:240] = 255  # 'and,'
    ink[27:31, 238:240] = 255  # its comma, under the baseline
    line = ("0:1", "1", "1")
    words = [OcrWord("Head", 0, 8, 62, 30, 87.2, line), OcrWord("is", 98, 8, 44, 30, 96.0, line),
             OcrWord("and,", 198, 8, 44, 30, 96.0, line)]
    pdfocr.tighten(words, ink)
    assert [(w.top, w.height) for w in words] == [(10.0, 17.0), (9.0, 18.0), (10.0, 21.0)]


def test_letters_read_in_a_flat_streak_of_specks_are_dropped() -> None:
    """A row of grain under a date read as 'os' with fair confidence, its box (fitted to its ink) a
    fifth of the line's height: no letter is so low, and it goes; a word of small letters ('once', half a capital's
    height) and a hyphen stay."""
    words = [word("June", 10, 100, 20), word("2027", 80, 100, 20), word("Owner", 10, 30, 20),
             word("Head", 10, 200, 20), word("Team", 80, 200, 20), word("once", 160, 205, 10),
             word("os", 300, 112, 3, conf=71.0), word("-", 400, 100, 2)]
    kept = pdfocr.without_flat(words)
    assert [w.text for w in kept] == ["June", "2027", "Owner", "Head", "Team", "once", "-"]


def test_a_tall_mark_boxed_flat_is_a_speck() -> None:
    """A '*' or a ':' whose box, fitted to its ink, is a pixel high under a heading is a streak of
    grain (printed, such marks stand as high as an 'a'): dropped, so the heading does not run into
    the row below; a dash and a stop as flat stay."""
    words = [word("Owner", 10, 30, 20), word("Head", 10, 200, 20), word("Team", 80, 200, 20),
             word("June", 10, 100, 20), word("2027", 80, 100, 20),
             word("*", 300, 60, 1, conf=20.0), word(":", 400, 120, 2, conf=84.0), word("-", 500, 100, 2),
             word(".", 600, 100, 2)]
    kept = pdfocr.without_flat(words)
    assert [w.text for w in kept] == ["Owner", "Head", "Team", "June", "2027", "-", "."]
