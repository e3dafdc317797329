"""Scans of layouts the OCR reader was not tuned on (samples/make_scan_shapes.py): a word's weight
read from its ink (pdfocr.mark_bold), shading found on the page (raster.shaded_areas) and one
fill per shade (pdfocr.same_fills), list items set close kept apart (pdfpage._opens_item), a
list's dash as Tesseract reads it; end to end on two scanned pages: a list plan whose theme
headings are told only by their bold, and a timeline whose months are grey bars with no rulings."""
from __future__ import annotations

import csv
import json
import random
import shutil
from pathlib import Path

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from planx.extract import pdfocr, raster  # noqa: E402
from planx.extract.pdfocr import OcrWord  # noqa: E402

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


# ---- a word's weight -------------------------------------------------------------------------
def printed_page(lines: list[tuple[str, bool]], dpi: float = 150.0) -> tuple[np.ndarray, list[OcrWord]]:
    """Lines of 10 pt Helvetica (bold where asked) printed by reportlab and rendered at `dpi`, a
    little blurred as a scanner does; each word's box in pixels as read_pieces has it."""
    pytest.importorskip("reportlab")
    import io

    import pypdfium2 as pdfium
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    buf, height, px = io.BytesIO(), 40.0 + 18.0 * len(lines), dpi / 72.0
    c = canvas.Canvas(buf, pagesize=(500.0, height))
    words = []
    for k, (text, bold) in enumerate(lines):
        font, x, base = ("Helvetica-Bold" if bold else "Helvetica"), 30.0, 30.0 + 18.0 * k
        c.setFont(font, 10)
        c.drawString(x, height - base, text)
        for w in text.split():
            width = stringWidth(w, font, 10)
            words.append(OcrWord(w, x * px, (base - 7.2) * px, width * px, 9.3 * px, 95.0, ("1", "1", str(k))))
            x += width + stringWidth(" ", font, 10)
    c.save()
    page = pdfium.PdfDocument(buf.getvalue())[0]
    grey = cv2.GaussianBlur(cv2.cvtColor(page.render(scale=px).to_numpy()[:, :, :3], cv2.COLOR_BGR2GRAY), (0, 0), 0.6)
    pdfocr.tighten(words, raster.ink(grey, dpi))  # each box to its ink's top and bottom, as read_pieces does
    return grey, words


def test_bold_read_from_the_ink_a_word_holds() -> None:
    """A heading printed in bold at the body's size is bold, word by word and a short word with
    its line ('of'); the body's lines, and their short words, are not."""
    body = "Recruit two more advisers to the assessment team by spring 2026"
    img, words = printed_page([("Improving the timeliness of plans", True)] + [(body, False)] * 4)
    pdfocr.mark_bold(words, img)
    assert [w.bold for w in words[:5]] == [True] * 5
    assert not any(w.bold for w in words[5:])


def test_a_page_set_in_one_weight_has_no_bold() -> None:
    img, words = printed_page([("Agree the scope with partners", False), ("Complete the pilot in May", False),
                               ("Report progress to the board", False)])
    pdfocr.mark_bold(words, img)
    assert not any(w.bold for w in words)


def test_ocr_chars_carry_the_weight_to_the_table_engine() -> None:
    """A bold OCR word reaches the table engine's Word as bold (its font name says so)."""
    from planx.extract.pdftables import to_word
    w = OcrWord("Priorities", 10.0, 10.0, 80.0, 14.0, 95.0, ("1", "1", "1"), bold=True)
    chars = pdfocr.words_to_chars([w, OcrWord("and", 100.0, 14.0, 30.0, 10.0, 95.0, ("1", "1", "1"))], 0.48)
    assert [to_word(c).bold for c in chars] == [True, False]


# ---- shading ---------------------------------------------------------------------------------
def test_touching_bars_come_apart_as_rectangles() -> None:
    """Two bars of a timeline in rows one above the other, overlapping in one column (one blob of
    shading): two rectangles, each its row's bar."""
    mask = np.zeros((60, 100), dtype=bool)
    mask[10:20, 10:50] = True
    mask[20:30, 40:90] = True
    assert sorted(raster.rectangles(mask)) == [(10, 10, 50, 20), (40, 20, 90, 30)]


def test_shaded_cells_and_bars_found_but_not_a_shadow_at_the_edge() -> None:
    """A grey bar and a pale heading band are shading; a shadow along the image's edge is not;
    text on white is not."""
    dpi = 150.0
    img = np.full((600, 900, 3), 255, dtype=np.uint8)
    cv2.rectangle(img, (60, 60), (840, 90), (228, 226, 217), -1)  # a pale heading band ('#d9e2e4'-ish)
    cv2.rectangle(img, (300, 120), (520, 150), (166, 166, 166), -1)  # a grey bar
    img[:, :25] = 120  # the lid's shadow
    cv2.putText(img, "Open two family hubs", (60, 140), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (0, 0, 0), 2)
    grey = raster.grey(img)
    areas = raster.shaded_areas(img, grey, raster.ink(grey, dpi), dpi)
    boxes = [(x0, y0, x1, y1) for x0, y0, x1, y1, _ in areas]
    assert len(boxes) == 2
    band, bar = sorted(boxes, key=lambda b: b[1])
    assert abs(band[0] - 60) <= 4 and abs(band[2] - 840) <= 4
    assert abs(bar[0] - 300) <= 4 and abs(bar[3] - 150) <= 4


class _Cell:
    def __init__(self, fill: str | None) -> None:
        self.fill = fill


def test_a_shade_read_a_few_ways_is_one_fill() -> None:
    """JPEG gives one grey a few readings: one fill (the most common reading); a darker grey and
    a colour stay fills of their own."""
    cells = [_Cell(f) for f in ("#a5a5a5", "#a6a6a6", "#a6a6a6", "#6e6e6e", "#00b050", "#02ae4f")]
    pdfocr.same_fills(cells)  # type: ignore[arg-type]
    assert [c.fill for c in cells] == ["#a6a6a6"] * 3 + ["#6e6e6e", "#00b050", "#00b050"] or \
        [c.fill for c in cells] == ["#a6a6a6"] * 3 + ["#6e6e6e", "#02ae4f", "#02ae4f"]


# ---- text ------------------------------------------------------------------------------------
def test_a_lists_dash_read_as_an_em_dash_is_an_en_dash() -> None:
    one, two = ("1", "1", "1"), ("1", "1", "2")
    words = [OcrWord("—", 10, 10, 8, 2, 80.0, one), OcrWord("Agree", 24, 5, 40, 12, 95.0, one),
             OcrWord("Budget", 10, 30, 40, 12, 95.0, two), OcrWord("—", 54, 35, 8, 2, 80.0, two),
             OcrWord("agreed", 66, 30, 40, 12, 95.0, two)]
    pdfocr.mend_bullets(words)
    assert [w.text for w in words] == ["–", "Agree", "Budget", "—", "agreed"]


def test_list_items_set_close_are_paragraphs_of_their_own() -> None:
    """On a scan, items whose lines nearly touch (estimated line boxes) are each a paragraph: a
    bullet, a dash or an item number opens one; a line running on into a number ('… and') does
    not part. A born-digital page's lines are spaced as printed and joined as before."""
    from planx.extract.pdfgeom import Line, Word
    from planx.extract.pdfpage import paragraphs_of

    def line(text: str, top: float, x0: float = 50.0, size: float = 10.0) -> Line:
        words, x = [], x0
        for w in text.split():
            words.append(Word(text=w, x0=x, x1=x + 0.5 * size * len(w), top=top, bottom=top + 1.1 * size, size=size))
            x += 0.5 * size * (len(w) + 1)
        return Line(words=words, top=top, bottom=top + 1.1 * size, size=size)

    lines = [line("• Put residents at the heart of everything we do", 100), line("• Work in partnership", 116),
             line("1. Recruit two more educational psychologists to the team", 132),
             line("2. Introduce weekly tracking of every assessment", 148), line("– Agree the scope", 164, 70),
             line("We will meet the board every spring to agree the plan and", 180),
             line("2. Then report back to the scrutiny committee on progress", 196)]
    texts = [t for _, t, *_ in paragraphs_of(lines, 842.0, 10, items_apart=True)]
    assert texts == ["• Put residents at the heart of everything we do", "• Work in partnership",
                     "1. Recruit two more educational psychologists to the team",
                     "2. Introduce weekly tracking of every assessment", "– Agree the scope",
                     "We will meet the board every spring to agree the plan and 2. Then report back to the scrutiny "
                     "committee on progress"]
    assert len(paragraphs_of(lines, 842.0, 10)) < len(texts)


def test_a_date_wrapped_alone_onto_the_next_line_stays_with_its_item_however_bold_it_looks() -> None:
    """A scan's weight is read from the ink, least surely on a few dense digits: the end of an
    item's date wrapped alone onto the next line ('… when: end Q2 2027-' / '28') read as bold is no
    heading (a heading has a word) and stays with its item; a bold line with words still parts."""
    from planx.extract.pdfgeom import Line, Word
    from planx.extract.pdfpage import paragraphs_of

    def line(text: str, top: float, x0: float = 50.0, bold: bool = False) -> Line:
        words, x = [], x0
        for w in text.split():
            words.append(Word(text=w, x0=x, x1=x + 5.0 * len(w), top=top, bottom=top + 11.0, size=10.0, bold=bold))
            x += 5.0 * (len(w) + 1)
        return Line(words=words, top=top, bottom=top + 11.0, size=10.0)

    lines = [line("• Hold stay interviews with staff - who: Complaints Manager; when: end Q2 2027-", 100),
             line("28", 112, 62, bold=True), line("Manage caseloads within agreed limits", 124, bold=True),
             line("• Set a caseload ceiling of 18 children - who: Head of Workforce; when: Q1 2026/27", 136)]
    texts = [t for _, t, *_ in paragraphs_of(lines, 842.0, 10, items_apart=True)]
    assert len(texts) == 3 and texts[0].split()[-2:] == ["2027-", "28"]  # (the date reader joins them)
    assert texts[1] == "Manage caseloads within agreed limits"


# ---- end to end on scans of the shape generators' pages ---------------------------------------
def scanned(src: Path, dst: Path) -> Path:
    from samples.make_scan_samples import Look
    from samples.make_scan_shapes import ScanLook, scan_shape
    scan_shape(src, dst, ScanLook(Look(dpi=150, skew=0.8, noise=4.0, jpeg=75), blur=0.5), seed=3)
    truth = json.loads(Path(f"{src}.truth.json").read_text(encoding="utf-8"))
    truth["doc"] = dst.name
    Path(f"{dst}.truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return dst


def converted(scan: Path, out: Path) -> list[dict[str, str]]:
    import planx
    assert planx.convert([scan], out=out).failed == 0
    with open(out / "actions.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@needs_tesseract
def test_a_scanned_list_plan_takes_its_themes_from_bold_headings(tmp_path: Path) -> None:
    """A list plan whose theme headings are set in bold at the body's size, with a sentence under
    each, scanned at 150 dpi: each numbered item an action under its theme (the bold line), and
    the dashed items under an action its milestones."""
    pytest.importorskip("reportlab")
    from samples import make_list_shapes as m
    spec = m.plan_spec(random.Random(1))
    src = tmp_path / "listplan_intro_rl.pdf"
    m.write_reportlab(m.plan_blocks(spec, intros=True), src, bold_headings=True)
    src.with_name(src.name + ".truth.json").write_text(json.dumps(m.plan_truth(spec, src.name)), encoding="utf-8")
    scan = scanned(src, tmp_path / "scan.pdf")
    acts = converted(scan, tmp_path / "out")
    truth = json.loads(Path(f"{scan}.truth.json").read_text(encoding="utf-8"))["actions"]
    assert {(a["area"], a["action"]) for a in acts} == {(t["area"], t["action"]) for t in truth}
    with open(tmp_path / "out" / "milestones.csv", encoding="utf-8") as fh:
        milestones = [r["milestone"] for r in csv.DictReader(fh)]
    assert sorted(milestones) == sorted(m["milestone"] for t in truth for m in t.get("milestones", []))


@needs_tesseract
def test_a_scanned_timeline_of_grey_bars_gives_each_action_its_end(tmp_path: Path) -> None:
    """A timeline with no rulings whose months are grey bars, scanned in grey: the bars found as
    shading, one fill, read as a timeline: each action due at the end of its last month."""
    pytest.importorskip("reportlab")
    from samples import make_period_shapes as m
    from samples.layout_render import write_reportlab
    doc, truth, shaded = m.FAMILIES["months"](random.Random("months-1"))
    assert shaded  # the seed draws grey bars, no marks
    src = tmp_path / "months_bl.pdf"
    write_reportlab(m._borderless(doc), src)
    truth["doc"] = src.name
    src.with_name(src.name + ".truth.json").write_text(json.dumps(truth), encoding="utf-8")
    acts = converted(scanned(src, tmp_path / "scan.pdf"), tmp_path / "out")
    assert {a["action"]: a["due_date"] for a in acts} == {t["action"]: t["due_date"] for t in truth["actions"]}


@pytest.mark.parametrize(("label", "kind", "number"), [
    ("Qi", "quarter", "1"), ("Ql", "quarter", "1"), ("QI 2025/26", "quarter", "1"), ("Autumn l", "term", "autumn 1"),
    ("Q2", "quarter", "2")])
def test_a_period_heading_whose_1_ocr_read_as_a_letter(label: str, kind: str, number: str) -> None:
    """Tesseract reads the 1 of 'Q1' as 'i', 'l' or 'I' on a scan: the heading still names its period."""
    from planx.normalise.periods import read_period
    read = read_period(label)
    assert read is not None and (read.kind, read.number) == (kind, number)


@pytest.mark.parametrize("label", ["Quality", "QA", "April", "Sum"])
def test_a_letter_ending_a_heading_is_no_period_number_unless_it_makes_one(label: str) -> None:
    from planx.normalise.periods import read_period
    read = read_period(label)
    assert read is None or read.number != "1"


@pytest.mark.parametrize(("label", "written"), [("Qi", "Q1"), ("QI", "Q1"), ("Autumn l", "Autumn 1"), ("Q2", "Q2"),
                                               ("April", "April"), ("Final", "Final"), ("Total", "Total")])
def test_a_rating_is_labelled_by_its_period_as_printed_not_as_misread(label: str, written: str) -> None:
    from planx.normalise.periods import ocr_period_label
    assert ocr_period_label(label) == written


def test_a_pale_tint_under_text_is_found_on_a_grainy_scan() -> None:
    """A table row tinted pale (grey ~232, just under SHADED_BELOW) with lines of text on it, scanned
    with grain: the closing keeps each patch's lightest grain, so the tint is found only with the
    grain cleared first. One rectangle the row's size; the grainy white paper around it is no fill."""
    dpi = 150.0
    img = np.full((500, 800, 3), 255, dtype=np.uint8)
    cv2.rectangle(img, (80, 150), (560, 265), (245, 235, 222), -1)  # '#deebf5': a pale blue row
    for i, y in enumerate((180, 205, 230, 255)):
        cv2.putText(img, "Offer a repair check" if i % 2 else "to every tenant", (90, y),
                    cv2.FONT_HERSHEY_SIMPLEX, 0.5, (30, 30, 30), 1)
        cv2.putText(img, "Housing Manager", (360, y), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (30, 30, 30), 1)
    cv2.putText(img, "Running text on the white paper", (80, 60), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (30, 30, 30), 1)
    grain = np.random.default_rng(4).normal(0.0, 6.0, img.shape)
    img = np.clip(img.astype(np.float64) + grain, 0, 255).astype(np.uint8)
    grey = raster.grey(img)
    areas = raster.shaded_areas(img, grey, raster.ink(grey, dpi), dpi)
    rows = [(x0, y0, x1, y1) for x0, y0, x1, y1, _ in areas if x1 - x0 > 300]
    assert len(rows) == 1
    x0, y0, x1, y1 = rows[0]
    assert abs(x0 - 80) <= 8 and abs(x1 - 560) <= 8 and y1 - y0 >= 0.8 * 115
