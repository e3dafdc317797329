"""A plan table pasted into a document as a picture (a screenshot, with a caption): read by OCR
through the scanned-page engine when the document's own text holds no plan (extract/pictures.py)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from planx.extract import extract
from planx.extract import pictures as pics
from planx.pipeline import convert_file

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
needs_font = pytest.mark.skipif(not Path(FONT).is_file(), reason="DejaVu fonts are not installed")

ROWS = [["Ref", "Action", "Lead officer", "Due date", "Status"],
        ["1", "Open a drop-in advice clinic in the town library", "Housing Manager", "30/06/2025", "Complete"],
        ["2", "Publish the tenancy support leaflet online", "Comms Officer", "September 2025", "In progress"],
        ["3", "Train reception staff in the new referral form", "Training Lead", "31/12/2025", "Not started"]]
WIDTHS = [60, 520, 220, 170, 150]


def table_png(path: Path, rows: list[list[str]] = ROWS, scale: int = 2) -> Path:
    """A ruled table drawn as a screenshot would show it: one line per cell, a filled heading row."""
    font = ImageFont.truetype(FONT, 14 * scale)
    row_h, pad = 34 * scale, 8 * scale
    widths = [w * scale for w in WIDTHS]
    im = Image.new("RGB", (sum(widths) + scale, row_h * len(rows) + scale), "white")
    d = ImageDraw.Draw(im)
    for i, row in enumerate(rows):
        x = 0
        for text, width in zip(row, widths, strict=True):
            box = [x, i * row_h, x + width, (i + 1) * row_h]
            d.rectangle(box, fill=(200, 215, 240) if i == 0 else "white", outline="black", width=scale)
            d.text((x + pad, i * row_h + pad), text, font=font, fill="black")
            x += width
    im.save(path)
    return path


def word_with_picture(tmp_path: Path, image: Path, width_inch: float, name: str = "plan.docx") -> Path:
    from docx import Document
    from docx.shared import Inches
    doc = Document()
    doc.add_heading("Housing Support Improvement Plan 2025", level=1)
    doc.add_paragraph("The plan was agreed by the housing board; each lead reports progress quarterly.")
    doc.add_picture(str(image), width=Inches(width_inch))
    doc.add_paragraph("Figure 1: the action plan as agreed by the board")
    path = tmp_path / name
    doc.save(str(path))
    return path


@needs_tesseract
@needs_font
def test_word_picture_of_a_table_gives_its_actions(tmp_path: Path) -> None:
    path = word_with_picture(tmp_path, table_png(tmp_path / "table.png"), 6.3)
    result = convert_file(path)
    assert [a.action for a in result.actions] == [r[1] for r in ROWS[1:]]
    assert [a.lead for a in result.actions] == [r[2] for r in ROWS[1:]]
    assert [a.due_date for a in result.actions] == ["2025-06-30", "2025-09", "2025-12-31"]
    assert [a.status for a in result.actions] == ["complete", "in_progress", "not_started"]
    assert any("read by OCR from the picture 'word/media/image1.png'" in w for w in result.warnings)


@needs_tesseract
@needs_font
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_odt_picture_of_a_table_through_libreoffice(tmp_path: Path) -> None:
    source = word_with_picture(tmp_path, table_png(tmp_path / "table.png"), 6.3)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--convert-to",
                    "odt", "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    result = convert_file(tmp_path / "plan.odt")
    assert [a.action for a in result.actions] == [r[1] for r in ROWS[1:]]
    assert any("read by OCR from the picture" in w for w in result.warnings)


@needs_tesseract
@needs_font
def test_pdf_page_with_text_and_a_picture_of_a_table(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    image = table_png(tmp_path / "table.png")
    path = tmp_path / "plan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 780, "Housing Support Improvement Plan 2025")
    c.setFont("Helvetica", 10)
    c.drawString(60, 760, "The plan was agreed by the housing board; each lead reports progress quarterly.")
    w, h = Image.open(image).size
    c.drawImage(str(image), 60, 740 - 470 * h / w, width=470, height=470 * h / w)
    c.drawString(60, 720 - 470 * h / w, "Figure 1: the action plan as agreed by the board")
    c.save()
    result = convert_file(path)
    assert [a.action for a in result.actions] == [r[1] for r in ROWS[1:]]
    assert {a.page for a in result.actions} == {1}
    assert any("'picture 1' on page 1" in w for w in result.warnings)


def chart_png(path: Path) -> Path:
    """A bar chart as a survey report prints it (the ICDAR reports' figures): a shaded plot, hatched
    bars with their percentages over them, labels turned up the x axis, a question under it."""
    font = ImageFont.truetype(FONT, 11)
    im = Image.new("RGB", (640, 540), "white")
    d = ImageDraw.Draw(im)
    x0, y0, x1, y1 = 70, 20, 620, 340
    d.rectangle([x0, y0, x1, y1], fill=(210, 250, 250), outline="black")
    labels = ["Less stress", "Alternative drinks", "Different friends", "Counselling services"]
    for k, v in enumerate([44, 17, 10, 6, 6, 5, 4, 4, 3, 1, 1]):
        bx, top = x0 + 15 + 48 * k, y1 - v * 7
        d.rectangle([bx, top, bx + 30, y1], fill="white", outline="black")
        for yy in range(top + 3, y1, 6):  # a cross-hatch fill
            for xx in range(bx + 3, bx + 28, 6):
                d.line([xx - 2, yy, xx + 2, yy], fill="black")
                d.line([xx, yy - 2, xx, yy + 2], fill="black")
        d.text((bx, top - 16), f"{v}.{k}%", font=font, fill="black")
        label = Image.new("RGB", (150, 16), "white")
        ImageDraw.Draw(label).text((0, 0), labels[k % 4], font=font, fill="black")
        im.paste(label.rotate(90, expand=True), (bx + 8, y1 + 5))
    for pct in range(0, 50, 10):
        d.text((30, y1 - pct * 7 - 6), f"{pct}%", font=font, fill="black")
    d.text((200, 510), "What may help you to drink less alcohol?", font=font, fill="black")
    im.save(path)
    return path


@needs_tesseract
@needs_font
def test_a_chart_is_sampled_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A report with no plan and a chart big enough to be a table: the chart's sample of text reads
    poorly whichever way up, so it is not read whole (what took a report of charts a minute)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    import planx.extract.pdfocr as pdfocr
    image = chart_png(tmp_path / "chart.png")
    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "10.1% of students made use of drugs in the last month and 17.3% in the last year.")
    c.drawImage(str(image), 60, 380, width=380, height=380 * 540 / 640)
    c.drawString(60, 360, "Figure 3.48: Type of strategy to reduce alcohol intake")
    c.save()
    runs: list[str] = []
    real = pdfocr.run_tesseract

    def counted(*args: object, **kwargs: object) -> str:
        runs.append("run")
        return real(*args, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(pdfocr, "run_tesseract", counted)
    result = convert_file(path)
    assert result.status == "failed" and not result.actions
    assert any("picture 1: picture not read by OCR: a sample of its text reads poorly" in w for w in result.warnings)
    assert len(runs) <= 4  # the samples of its four quarter turns, no more
    with pytest.raises(pdfocr.Illegible) as caught:
        pdfocr.read_scan(pics.decoded(image.read_bytes()), 150.0, pdfocr.tesseract() or "", legible=pics.LEGIBLE)
    assert caught.value.conf < pics.LEGIBLE


@needs_font
def test_a_logo_is_not_a_table_picture(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 120), (20, 90, 160)).save(logo)
    path = word_with_picture(tmp_path, logo, 1.5)
    assert extract(path).pictures == []  # too small to hold a table: never OCR'd
    result = convert_file(path)
    assert result.status == "failed" and not result.actions
    assert not any("OCR" in w for w in result.warnings)


@needs_font
def test_no_ocr_when_the_text_holds_a_plan_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from docx import Document
    from docx.shared import Inches
    doc = Document()
    doc.add_heading("Housing Support Improvement Plan 2025", level=1)
    table = doc.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for i, row in enumerate(ROWS):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    doc.add_picture(str(table_png(tmp_path / "table.png")), width=Inches(6.3))
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    assert len(extract(path).pictures) == 1

    def no_ocr(raw: object) -> None:
        raise AssertionError("OCR'd a picture though the text holds the plan")
    monkeypatch.setattr(pics, "with_picture_tables", no_ocr)
    assert len(convert_file(path).actions) == 3


@needs_font
def test_without_tesseract_the_picture_is_named_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import planx.extract.pdfocr as pdfocr
    monkeypatch.setattr(pdfocr, "tesseract", lambda: None)
    path = word_with_picture(tmp_path, table_png(tmp_path / "table.png"), 6.3)
    result = convert_file(path)
    assert result.status == "failed"
    assert any("picture(s) big enough to be a table, not read: install Tesseract" in w for w in result.warnings)


def test_picture_pixels_are_counted_before_decoding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.png"
    Image.new("L", (2000, 1500), 255).save(path)
    data = path.read_bytes()
    assert pics.decoded(data).shape == (1500, 2000, 3)  # type: ignore[attr-defined]
    monkeypatch.setattr(pics, "MAX_PIXELS", 1_000_000)
    with pytest.raises(pics.PictureRefused, match="over the limit"):
        pics.decoded(data)
    with pytest.raises(pics.PictureRefused, match="decode"):
        pics.decoded(b"not an image at all")


def test_size_of_a_table_picture() -> None:
    assert pics.holds_table(6.3, 2.0)
    assert not pics.holds_table(1.5, 0.8)  # a logo
    assert not pics.holds_table(6.3, 0.3)  # a rule or a thin banner
