"""Scanned pages read as their born-digital twins are: a page set in two text columns read column
by column (pdfocr.page_layout through pdfcolumns.read_in_columns, as pdf.page_layout does), and a
list's bullets that Tesseract leaves out (the bullet stands a gutter's width before its text, is
cut into a piece of its own and read as nothing) found from their ink (pdfocr.lost_bullets)."""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from planx.extract import pdfocr, raster  # noqa: E402
from planx.extract.pdfocr import OcrWord  # noqa: E402

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
R, B = "Helvetica", "Helvetica-Bold"


# ---- bullets from their ink ------------------------------------------------------------------
def printed_items(items: list[tuple[str, str]], dpi: float = 200.0, indent: float = 12.0
                  ) -> tuple[np.ndarray, list[OcrWord]]:
    """Lines of 10 pt Helvetica, each opened by a mark ('•', '.', '-', '' for none) set `indent` pt
    before its text, rendered at `dpi`; the text's words (not the marks) boxed as Tesseract gives them."""
    pytest.importorskip("reportlab")
    import pypdfium2 as pdfium
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    buf, height, px = io.BytesIO(), 40.0 + 18.0 * len(items), dpi / 72.0
    c = canvas.Canvas(buf, pagesize=(400.0, height))
    words = []
    for k, (mark, text) in enumerate(items):
        base, x = 30.0 + 18.0 * k, 30.0 + indent
        c.setFont(R, 10)
        if mark:
            c.drawString(30.0, height - base, mark)
        c.drawString(x, height - base, text)
        for w in text.split():
            width = stringWidth(w, R, 10)
            words.append(OcrWord(w, x * px, (base - 7.2) * px, width * px, 9.3 * px, 95.0, ("1", "1", str(k))))
            x += width + stringWidth(" ", R, 10)
    c.save()
    page = pdfium.PdfDocument(buf.getvalue())[0]
    grey = cv2.cvtColor(page.render(scale=px).to_numpy()[:, :, :3], cv2.COLOR_BGR2GRAY)
    ink = raster.ink(grey, dpi)
    pdfocr.tighten(words, ink)
    return ink, words


def test_a_bullet_left_unread_before_its_item_is_found() -> None:
    """A round bullet before each item's first line is a '•' word on that line; the item's wrapped
    line (no mark before it) gets none."""
    ink, words = printed_items([("•", "Install solar panels on ten council"), ("", "buildings by March 2026"),
                                ("•", "Replace gas boilers at the civic centre")])
    found = pdfocr.lost_bullets(words, ink)
    assert sorted((b.text, b.line) for b in found) == [("•", ("1", "1", "0")), ("•", ("1", "1", "2"))]
    first = next(w for w in words if w.line == ("1", "1", "0"))
    assert all(b.left + b.width < first.left for b in found)


def test_a_bullet_a_quarter_inch_before_its_text_is_found() -> None:
    """A word processor's list sets its bullet a quarter inch or more (18-22 pt) before the item's
    text: three capital heights of 10 pt type, more of smaller type (a workforce plan's scanned
    bullets)."""
    ink, words = printed_items([("•", "Hold stay interviews with staff in their second year"),
                                ("•", "Publish exit interview themes twice a year")], indent=22.0)
    assert sorted((b.text, b.line) for b in pdfocr.lost_bullets(words, ink)) == \
        [("•", ("1", "1", "0")), ("•", ("1", "1", "1"))]


def test_a_full_stop_or_a_dash_before_a_line_is_no_bullet() -> None:
    """A stop sits on the baseline, a dash is wider than tall: neither is taken for a bullet."""
    ink, words = printed_items([(".", "Agree the scope with partners"), ("-", "Complete the pilot in May"),
                                ("", "Report progress to the board")])
    assert pdfocr.lost_bullets(words, ink) == []


def test_a_bullet_read_already_is_not_added_again() -> None:
    """Where Tesseract read the bullet (a word before the text), nothing is added."""
    ink, words = printed_items([("•", "Set up a climate panel")])
    text_words = list(words)
    bullet = pdfocr.lost_bullets(text_words, ink)
    assert len(bullet) == 1
    assert pdfocr.lost_bullets(text_words + bullet, ink) == []


# ---- a page in two text columns, scanned -------------------------------------------------------
def two_columns(path: Path) -> None:
    """A one-page climate plan set in two columns, two themes in each: bold headings, an intro
    sentence over each list, bullets set 12 pt before their text, wrapping under it."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(B, 18)
    c.drawString(50, height - 60, "Greenford Climate Action Plan")

    def column(x: float, items: list[tuple[str, str]]) -> None:
        y = height - 110
        for kind, text in items:
            if kind == "h":
                c.setFont(B, 13)
                c.drawString(x, y - 8, text)
                y -= 28
                continue
            c.setFont(R, 10)
            if kind == "b":
                y -= 5
                c.drawString(x, y, "•")
            c.drawString(x + (12 if kind in "bc" else 0), y, text)
            y -= 13
    column(50, [("h", "Our buildings"), ("p", "Buildings make up 40% of our own emissions,"),
                ("p", "most of it from heating offices and depots."), ("p", "Over the next four years we will:"),
                ("b", "Install solar panels on ten council"), ("c", "buildings by March 2026"),
                ("b", "Replace gas boilers at the civic"), ("c", "centre with heat pumps"),
                ("h", "Our fleet"), ("p", "Our vans and cars are a fifth of the total."), ("p", "By 2027 we will:"),
                ("b", "Replace 60 fleet vehicles with electric"),
                ("c", "models as their leases end"), ("b", "Install 40 charge points at depots")])
    column(310, [("h", "Our communities"), ("p", "Residents want help to make homes warmer."),
                 ("p", "Over the next four years we will:"),
                 ("b", "Launch a home retrofit advice service"), ("c", "with the energy agency"),
                 ("b", "Fund 25 community energy projects"), ("c", "through a new grant scheme"),
                 ("b", "Plant 10,000 trees in parks and"), ("c", "streets by 2028"),
                 ("h", "Our economy"), ("p", "Local firms asked for advice and training."), ("p", "By 2027 we will:"),
                 ("b", "Support 100 small businesses to set"),
                 ("c", "carbon reduction targets"), ("b", "Run a green skills bootcamp with the"),
                 ("c", "college each year")])
    c.showPage()
    c.save()


@needs_tesseract
def test_a_scanned_two_column_plan_reads_each_column_and_its_themes(tmp_path: Path) -> None:
    """The two-column plan scanned at 200 dpi, a little skewed and noisy: read column by column, each
    bullet an action under its own column's theme, as the born-digital page gives them (read across,
    the two columns were a two-column 'table' whose rows mixed both sides' themes and items)."""
    import planx
    from samples.make_scan_samples import Look
    from samples.make_scan_shapes import ScanLook, scan_shape
    src, scan = tmp_path / "twocol.pdf", tmp_path / "in" / "twocol_scan.pdf"
    scan.parent.mkdir()
    two_columns(src)
    scan_shape(src, scan, ScanLook(Look(dpi=200, skew=0.6, noise=4.0, jpeg=80), blur=0.5), seed=2)
    planx.convert([scan], out=tmp_path / "out", jobs=1, report=False)
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["area"], r["action"]) for r in rows] == [
        ("Our buildings", "Install solar panels on ten council buildings by March 2026"),
        ("Our buildings", "Replace gas boilers at the civic centre with heat pumps"),
        ("Our fleet", "Replace 60 fleet vehicles with electric models as their leases end"),
        ("Our fleet", "Install 40 charge points at depots"),
        ("Our communities", "Launch a home retrofit advice service with the energy agency"),
        ("Our communities", "Fund 25 community energy projects through a new grant scheme"),
        ("Our communities", "Plant 10,000 trees in parks and streets by 2028"),
        ("Our economy", "Support 100 small businesses to set carbon reduction targets"),
        ("Our economy", "Run a green skills bootcamp with the college each year")]


# ---- labelled lines set close ------------------------------------------------------------------
def test_labelled_lines_set_close_on_a_scan_are_paragraphs_of_their_own() -> None:
    """On a scan (estimated line boxes, items_apart) a line opening with a label ('We did: …') after
    a line ending a sentence or labelled itself starts a paragraph; a label-like phrase that
    wraps on from a line running on ('… the plan and' over 'Lead officers: …'), or an indented
    line, does not. A born-digital page's lines are joined as before."""
    from planx.extract.pdfgeom import Line, Word
    from planx.extract.pdfpage import paragraphs_of

    def line(text: str, top: float, x0: float = 50.0, size: float = 10.0) -> Line:
        words, x = [], x0
        for w in text.split():
            words.append(Word(text=w, x0=x, x1=x + 0.5 * size * len(w), top=top, bottom=top + 1.1 * size, size=size))
            x += 0.5 * size * (len(w) + 1)
        return Line(words=words, top=top, bottom=top + 1.1 * size, size=size)

    lines = [line("We said: Letters from the council are confusing and hard to follow for many.", 100),
             line("We did: We rewrote our financial assessment letters with the Carers Forum.", 114),
             line("We will: Review every standard letter in plain English with our experts.", 128),
             line("Who: Principal Occupational Therapist. By: Jul 2026", 142),
             line("We will agree the plan with the board and with the", 164),  # after a paragraph's space
             line("Lead officers: the heads of service named in the annex to this plan.", 178)]
    texts = [t for _, t, *_ in paragraphs_of(lines, 842.0, 10, items_apart=True)]
    assert texts == ["We said: Letters from the council are confusing and hard to follow for many.",
                     "We did: We rewrote our financial assessment letters with the Carers Forum.",
                     "We will: Review every standard letter in plain English with our experts.",
                     "Who: Principal Occupational Therapist. By: Jul 2026",
                     "We will agree the plan with the board and with the Lead officers: the heads of "
                     "service named in the annex to this plan."]
    assert len(paragraphs_of(lines, 842.0, 10)) < len(texts)


# ---- a large title's word spaces -------------------------------------------------------------------
def test_a_large_titles_word_spaces_are_no_gutters() -> None:
    """A title printed large (its word spaces wider than a gutter between body text) stays one
    block to read; two columns of body text beside one another are still parted at their gutter."""
    pytest.importorskip("reportlab")
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas
    dpi = 240.0
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(600.0, 200.0))
    c.setFont(R, 26)
    c.drawString(30, 160, "Action plan following the inspection")
    c.setFont(R, 10)
    for k in range(4):
        c.drawString(30, 110 - 14 * k, "Review the recovery timetable")
        c.drawString(210, 110 - 14 * k, "Head of Revenues")  # a gutter of about 0.5 in
    c.save()
    page = pdfium.PdfDocument(buf.getvalue())[0]
    grey = cv2.cvtColor(page.render(scale=dpi / 72.0).to_numpy()[:, :, :3], cv2.COLOR_BGR2GRAY)
    ink = raster.ink(grey, dpi)
    tiles = raster.bands(ink, dpi, 4)
    title = [t for t in tiles if t.y < 60 * dpi / 72.0]
    assert len(title) == 1 and title[0].width > 400 * dpi / 72.0
    body = [t for t in tiles if t.y > 70 * dpi / 72.0]
    assert all(t.x + t.width <= 205 * dpi / 72.0 or t.x >= 205 * dpi / 72.0 for t in body) and len(body) >= 2


# ---- a scanned title wrapped over two lines ------------------------------------------------------
def test_a_scanned_title_wrapped_over_two_lines_is_one_heading_whatever_its_estimated_sizes() -> None:
    """A scan's title over two lines ('… Council Plan Delivery' / 'Plan 2026/27'), whose sizes, estimated
    from each line's letters, are 14.9 and 16.6 (the '/' reaches below the digits): the first line runs
    to where the text wraps and the second's first word would not have fit there, so they are one
    heading. A short heading over another at one left edge ('1. Customer experience' under it) stays a
    heading of its own, and so does a wrapped pair on a born-digital page, whose sizes are exact."""
    from planx.extract.pdfgeom import Line, Word
    from planx.extract.pdfpage import paragraphs_of

    def line(text: str, top: float, size: float, x0: float = 40.0) -> Line:
        words, x = [], x0
        for w in text.split():
            words.append(Word(text=w, x0=x, x1=x + 0.5 * size * len(w), top=top, bottom=top + 1.1 * size, size=size))
            x += 0.5 * size * (len(w) + 1)
        return Line(words=words, top=top, bottom=top + 1.1 * size, size=size)

    body = "Our delivery plan turns the Council Plan into actions and says who owns them."
    lines = [line("Lindholme Metropolitan Borough Council - Council Plan Delivery", 70, 14.9),
             line("Plan 2026/27", 88, 16.6),
             line(body, 107, 10.7), line(body, 121, 10.7), line(body, 135, 10.7),
             line("Customer experience", 160, 13.9), line("Digital services", 177, 15.5),
             line(body, 200, 10.7)]
    texts = [t for _, t, *_ in paragraphs_of(lines, 842.0, 10.7, items_apart=True)]
    assert texts[0] == "Lindholme Metropolitan Borough Council - Council Plan Delivery Plan 2026/27"
    assert "Customer experience" in texts and "Digital services" in texts
    assert [t for _, t, *_ in paragraphs_of(lines, 842.0, 10.7)][:2] == [
        "Lindholme Metropolitan Borough Council - Council Plan Delivery", "Plan 2026/27"]
