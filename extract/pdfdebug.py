"""`planx tables --debug`: a PNG per page with what the table engine found drawn over the page.

Drawn in the engine's own coordinates (a page whose text is sideways is turned upright first):
grey lines are the page's rulings (merged), blue boxes the tables, red lines the column edges,
green lines where each row starts, orange boxes the cells holding text, and the table's
confidence and how its rows and columns were decided written above it. A scanned page is
drawn over its image as the OCR reader levelled it, each word Tesseract read boxed in purple. Like pdfplumber's
`debug_tablefinder` and camelot's `plot`, to see at a glance why a table came out as it did.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

RESOLUTION = 100  # dpi of the drawings
COLOURS = {"ruling": (150, 150, 150), "table": (30, 90, 220), "column": (220, 40, 40), "row": (20, 160, 60),
           "cell": (240, 140, 20), "word": (150, 60, 200)}


def debug_pages(path: Path, out: Path, resolution: int = RESOLUTION) -> list[Path]:
    """OUT/NAME.pageN.png for each page of the PDF with text on it (a text layer, or a scan that
    Tesseract reads); the files written."""
    from planx.extract.pdf import open_pdf, page_chars, page_layout
    from planx.extract.pdfobjects import page_objects
    out.mkdir(parents=True, exist_ok=True)
    written = []
    hints: tuple[float, ...] = ()
    with open_pdf(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            objs = page_objects(page)
            chars, turn = page_chars(objs)
            if any(c.get("text", "").strip() for c in chars):
                layout = page_layout(objs, chars, turn, hints)
                image = page.to_image(resolution=resolution).original.convert("RGB")
                if turn is not None:
                    # the engine's coordinates are the page turned so that its text reads upright
                    probe = turn({"x0": 0.0, "x1": 0.0, "top": 0.0, "bottom": 0.0})
                    image = image.rotate(-90 if probe["x0"] > 0 else 90, expand=True)
                draw_layout(image, layout, resolution / 72.0)
            elif objs.images and (scanned := scanned_drawing(page, hints)) is not None:
                image, layout = scanned
            else:
                continue
            hints = layout.carry()
            target = out / f"{path.stem}.page{number}.png"
            image.save(target)
            written.append(target)
            page.close()
    return written


def scanned_drawing(page: Any, hints: tuple[float, ...]) -> tuple[Any, Any] | None:
    """A scanned page read by OCR (extract.pdfocr) and drawn over the image as the engine saw it
    (turned upright and levelled), with each word Tesseract read boxed in purple; None when
    Tesseract is not installed or fails on the page."""
    import subprocess

    from PIL import Image

    from planx.extract.pdfocr import read_scanned_page, tesseract
    exe = tesseract()
    if exe is None:
        return None
    try:
        read = read_scanned_page(page, exe, hints)
    except (RuntimeError, OSError, subprocess.TimeoutExpired):
        return None
    pixels = read.scan.colour
    image = Image.fromarray(pixels[:, :, ::-1] if pixels.ndim == 3 else pixels).convert("RGB")
    scale = 1.0 / read.scan.scale
    draw_layout(image, read.layout, scale)
    from PIL import ImageDraw
    draw = ImageDraw.Draw(image)
    for c in read.chars:
        draw.rectangle([c["x0"] * scale, c["top"] * scale, c["x1"] * scale, c["bottom"] * scale],
                       outline=COLOURS["word"])
    return image, read.layout


def draw_layout(image: Any, layout: Any, scale: float) -> None:
    from PIL import ImageDraw
    draw = ImageDraw.Draw(image)

    def box(x0: float, top: float, x1: float, bottom: float, colour: tuple[int, int, int], width: int = 1) -> None:
        draw.rectangle([x0 * scale, top * scale, x1 * scale, bottom * scale], outline=colour, width=width)

    def line(x0: float, top: float, x1: float, bottom: float, colour: tuple[int, int, int], width: int = 1) -> None:
        draw.line([x0 * scale, top * scale, x1 * scale, bottom * scale], fill=colour, width=width)

    for e in layout.rulings:
        line(e["x0"], e["top"], e["x1"], e["bottom"], COLOURS["ruling"])
    for t in layout.tables:
        x0, top, x1, bottom = t.bbox
        for x in t.col_edges:
            line(x, top, x, bottom, COLOURS["column"])
        for y in t.row_edges:
            line(x0, y, x1, y, COLOURS["row"])
        for c in t.cells:  # inside the lines they may lie on
            if c.text and c.bbox[2] - c.bbox[0] > 2:
                box(c.bbox[0] + 1, c.bbox[1] + 1, c.bbox[2] - 1, c.bbox[3] - 1, COLOURS["cell"])
        box(x0 - 2, top - 2, x1 + 2, bottom + 2, COLOURS["table"], 2)
        how = ", ".join(f"{k} {v}" for k, v in t.evidence.items() if k in ("rows", "columns"))
        label = f"{t.nrows}x{t.ncols} confidence {t.confidence:.2f} ({how})"
        draw.text((x0 * scale, max(0.0, top * scale - 12)), label, fill=COLOURS["table"])
