"""Plan tables pasted into a document as pictures (a screenshot of a tracker or of another
document's table, with a caption under it): read by OCR through the scanned-page engine
(extract/pdfocr.py: ruling lines from the image, Tesseract's word boxes into cells, the borderless
reader otherwise), and put into the document where the picture stands.

The parsers only note the pictures big enough to hold a table (holds_table) and, for Word, keep
their bytes; the pipeline asks for them (with_picture_tables) only when the document's own text
holds no plan, so a plan with a logo, a photograph or a chart beside its table is never OCR'd.
Kept safe and cheap: a picture's pixels are counted from its header before it is decoded (a
decompression bomb is refused), at most MAX_PICTURES are read, and none without Tesseract; a
picture whose sample of text Tesseract reads poorly whichever way up (LEGIBLE: a chart, a diagram)
is not read on.
"""
from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from pathlib import Path

from planx.extract.model import ExtractError, Picture, RawDocument, Table

# printed size of a picture that can hold a plan table: wide enough for an action column beside
# its owner and date (a logo, a crest or an icon is narrower), and tall enough for a heading row
# and an action under it
MIN_WIDTH_INCH, MIN_HEIGHT_INCH = 3.0, 0.6
MIN_PIXELS = 300 * 80  # fewer pixels hold no legible table (a thumbnail)
MAX_PIXELS = 40_000_000  # more is refused before decoding (a decompression bomb; a page at 300 dpi is 9 M)
MAX_BYTES = 32 * 2 ** 20  # a picture file larger than this is not inflated
MAX_PICTURES = 8  # read at most this many pictures of one document (OCR takes seconds each)
# Tesseract's mean confidence (of 100) in a sample of a picture's text, turned the way it reads best,
# under which the picture is not read on: a chart (rotated axis labels, hatched bars), a diagram or
# a photograph, not a table's lines of text. A screenshot of a table samples at 90 or more (the
# scanned pages of the training set at 95), charts mostly under 60; the level at which the scanned
# page reader doubts a word (pdfocr.UNSURE_WORD). Reading such a picture whole took most of the OCR
# time of a report full of charts and found no plan in it.
LEGIBLE = 60.0


class PictureRefused(Exception):
    """A picture not read, and why (too many pixels, not an image planx can decode)."""


def holds_table(width: float, height: float) -> bool:
    """Whether a picture printed this size (inches) can hold a plan table."""
    return width >= MIN_WIDTH_INCH and height >= MIN_HEIGHT_INCH


def decoded(data: bytes) -> object:
    """The picture's pixels as a BGR array, its size checked from its header before decoding."""
    import numpy as np
    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(io.BytesIO(data)) as im:
            w, h = im.size
            if w * h > MAX_PIXELS:
                raise PictureRefused(f"{w}x{h} pixels, over the limit of {MAX_PIXELS // 1_000_000} million")
            if w * h < MIN_PIXELS:
                raise PictureRefused(f"only {w}x{h} pixels")
            rgb = np.asarray(im.convert("RGB"))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as e:
        raise PictureRefused(f"not an image planx can decode ({e})") from None
    return np.ascontiguousarray(rgb[:, :, ::-1])


def pixels(raw: RawDocument, pic: Picture) -> tuple[object, float]:
    """The picture's pixels (BGR) and their resolution: a Word picture's file decoded, a PDF
    picture cut from its page rendered at the picture's own resolution (within raster's bounds)."""
    from planx.extract import raster
    if pic.data:
        bgr = decoded(pic.data)
        dpi = bgr.shape[1] / pic.width  # type: ignore[attr-defined]
        return bgr, dpi
    dpi = min(max(pic.dpi, raster.MIN_DPI), raster.MAX_DPI)
    if pic.width * pic.height * dpi * dpi > MAX_PIXELS:
        raise PictureRefused("too large to render")
    page = raster.render(raw.path, pic.page - 1, dpi)
    k = dpi / 72.0
    x0, top, x1, bottom = (round(v * k) for v in pic.box)
    crop = page[max(top, 0):bottom, max(x0, 0):x1]
    if crop.shape[0] * crop.shape[1] < MIN_PIXELS:  # drawn (mostly) off the page
        raise PictureRefused("it lies off the page")
    return crop, dpi


def tables_of(raw: RawDocument, pic: Picture, exe: str) -> tuple[list[Table], list[str]]:
    """The tables OCR finds in one picture, placed on its page and named after it, and the doubts
    Tesseract had of them."""
    from planx.extract.pdf import to_document
    from planx.extract.pdfocr import Illegible, ocr_image
    bgr, dpi = pixels(raw, pic)
    try:
        page = ocr_image(bgr, dpi, pic.page, exe, legible=LEGIBLE)
    except Illegible as e:
        raise PictureRefused(f"a sample of its text reads poorly whichever way up it is turned (Tesseract's "
                             f"confidence {e.conf:.0f} of 100): a chart, a diagram or a photograph, no table") from None
    read = to_document(Path(raw.path), [page], 1)
    tables = [replace(b, page=pic.page, picture=pic.name, rows=[replace(r, page=pic.page) for r in b.rows])
              for b in read.blocks if isinstance(b, Table)]
    return tables, [f"{pic.name}: {w}" for w in read.warnings] if tables else []


def with_picture_tables(raw: RawDocument) -> tuple[RawDocument | None, list[str]]:
    """The document with the tables its pictures hold put where the pictures stand (None when they
    hold none), and what to tell the user: that tables were read by OCR from pictures, or why not."""
    from planx.extract.pdfocr import INSTALL_HINT, tesseract
    pictures = raw.pictures[:MAX_PICTURES]
    exe = tesseract()
    if exe is None:
        return None, [f"the document holds no plan in its text but shows {len(raw.pictures)} picture(s) big enough "
                      f"to be a table, not read: {INSTALL_HINT}"]
    notes: list[str] = []
    found: list[tuple[Picture, list[Table]]] = []
    for pic in pictures:
        try:
            tables, doubts = tables_of(raw, pic, exe)
        except PictureRefused as e:
            notes.append(f"{pic.name}: picture not read by OCR: {e}")
            continue
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as e:
            notes.append(f"{pic.name}: OCR of the picture failed ({e})")
            continue
        except (ExtractError, MemoryError, RecursionError):
            raise
        except Exception as e:  # one picture planx cannot read must not fail a document its text read
            notes.append(f"{pic.name}: the picture could not be read ({type(e).__name__}: {e})")
            continue
        if tables:
            found.append((pic, tables))
            where = f" on page {pic.page}" if pic.page else ""
            notes.append(f"{len(tables)} table(s) read by OCR from the picture {pic.name!r}{where} (the document's "
                         "text holds no plan table): check them against the picture")
            notes.extend(doubts)
    if len(raw.pictures) > MAX_PICTURES:
        notes.append(f"only the first {MAX_PICTURES} of {len(raw.pictures)} pictures were read by OCR")
    if not found:
        return None, notes or [f"{len(pictures)} picture(s) read by OCR: no table in them"]
    blocks = list(raw.blocks)
    for pic, tables in sorted(found, key=lambda f: f[0].at, reverse=True):  # from the end: indices stay put
        blocks[pic.at:pic.at] = tables
    index = 0
    for k, block in enumerate(blocks):  # tables numbered again in document order
        if isinstance(block, Table):
            index += 1
            blocks[k] = replace(block, index=index)
    return replace(raw, blocks=blocks, warnings=raw.warnings + notes), notes
