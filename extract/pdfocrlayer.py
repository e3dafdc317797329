"""A 'searchable' scan: a page that is one picture covering the page, with an OCR program's words
laid over it as invisible text (text render mode 3, or 7: clip only). The words are another
program's reading of the picture, placed word by word where it guessed, with its misreadings
('Tre1awny', 'rn' for 'm'), and nothing of the picture's rulings: what the page shows is the
picture. Such a page is read from its picture, as a scan without a text layer is (pdfocr.py),
when Tesseract is at hand; without it the invisible words are the best reading there is.

A page whose text is drawn in a visible mode anywhere (a born-digital page that also hides a few
words, a stamp or a logo under visible text) is no such page: its text layer is what it prints.
"""
from __future__ import annotations

import re
from typing import Any

# the text render modes that paint nothing (PDF 32000-1 §9.3.6): 3 invisible, 7 add to the clip only
_INVISIBLE_MODES = frozenset({3, 7})
# a content stream's tokens: strings (one level of nested brackets), hex strings, inline images
# (skipped whole), numbers, and operators; names, arrays and dictionaries' brackets are passed over
_TOKEN = re.compile(rb"\((?:\\.|\((?:\\.|[^\\()])*\)|[^\\()])*\)|<[0-9A-Fa-f\s]*>|\bBI\b.*?\bEI\b"
                    rb"|[-+]?(?:\d+\.?\d*|\.\d+)|/[^\s/\[\]()<>{}%]*|[A-Za-z'\"*]+", re.DOTALL)
_SHOW_TEXT = frozenset({b"Tj", b"TJ", b"'", b'"'})
# the share of the page one picture covers, at least, for the page to be a scan of its own
PAGE_COVER = 0.85


def page_content(page: Any) -> bytes:
    """The page's content streams, decoded and joined ('' when they cannot be read)."""
    from pdfminer.pdftypes import resolve1
    try:
        return b"\n".join(resolve1(s).get_data() for s in (page.page_obj.contents or []))
    except Exception:  # noqa: BLE001 - a stream pdfminer cannot decode: no evidence either way
        return b""


def text_render_modes(content: bytes) -> set[int]:
    """The text render modes in force each time the content shows text (mode 0, visible, until a
    'Tr' sets another; 'q' and 'Q' save and restore it with the graphics state)."""
    mode, saved, shown = 0, [], set()
    last_number: bytes = b"0"
    for m in _TOKEN.finditer(content):
        token = m.group()
        if token[:1] in b"-+.0123456789":
            last_number = token
        elif token == b"Tr":
            mode = int(float(last_number))
        elif token == b"q":
            saved.append(mode)
        elif token == b"Q":
            mode = saved.pop() if saved else 0
        elif token in _SHOW_TEXT:
            shown.add(mode)
    return shown


def only_invisible_text(content: bytes) -> bool:
    """Does the content show text, and only ever in a mode that paints nothing?"""
    shown = text_render_modes(content)
    return bool(shown) and shown <= _INVISIBLE_MODES


def covering_picture(images: list[dict[str, Any]], width: float, height: float) -> bool:
    """Does one picture cover the page (a scanned page's image), PAGE_COVER of its area or more?"""
    area = max(width * height, 1.0)
    for im in images:
        w = float(im.get("x1") or 0.0) - float(im.get("x0") or 0.0)
        h = float(im.get("bottom") or 0.0) - float(im.get("top") or 0.0)
        if w * h >= PAGE_COVER * area:
            return True
    return False


def ocr_layer_over_scan(page: Any, images: list[dict[str, Any]], width: float, height: float) -> bool:
    """Is the page a searchable scan (see the module): one picture over the page, and its text all
    invisible?"""
    return covering_picture(images, width, height) and only_invisible_text(page_content(page))
