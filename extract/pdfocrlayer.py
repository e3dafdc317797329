"""A 'searchable' scan: a page that is one picture covering the page, with an OCR program's words
laid over it as invisible text (text render mode 3, or 7: clip only). The words are another
program's reading of the picture, placed word by word where it guessed, and nothing of the
picture's rulings: what the page shows is the picture. How good the layer is depends on the
program. A poor one misreads ('Tre1awny', 'P1an', '0pen') or sets words where the picture has no
ink; such a layer is read afresh from the picture, as a scan without a text layer is (pdfocr.py),
when Tesseract is at hand. A professional one (a government archive's OCR'd memo) reads better
than a fresh Tesseract pass and is kept. The evidence: the share of the layer's words broken by
digits inside letters, and the share of its word boxes with no ink under them in a low-resolution
rendering of the page (the invisible words paint nothing, so the rendering is the picture's).
Three verdicts (layer_verdict): a layer with no sign of trouble is kept without OCR (the cheap
path); a clearly poor one is re-read; a doubtful one, between the two (a few misreadings, words a
little off their ink), is compared with a fresh reading of the picture, and the reading with fewer
broken words wins (ocr_reads_better): one threshold cannot tell a good program's rare slip from a
poor program's steady few percent, a second reading can.

A page whose text is drawn in a visible mode anywhere (a born-digital page that also hides a few
words, a stamp or a logo under visible text) is no such page: its text layer is what it prints.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
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


# a word misread by OCR: a digit inside letters ('P1an', 'Rus5o'), a letter inside digits ('20l9'),
# or a word opening with a digit read for a letter ('0pen'); ordinals and plurals ('1st', '1990s')
# are words. Codes in capitals and digits ('M-19-26', 'FY2020', 'A1') match none of these.
_BROKEN = re.compile(r"[A-Za-z]\d+[a-z]|[a-z]\d+[A-Za-z]|\d[A-Za-z]\d|^\d+[a-z]{2,}$")
_WORD_FORMS = re.compile(r"\d+(?:st|nd|rd|th|s)")
# a layer with this share of broken words or more is a poor program's reading (a good layer has
# next to none: the real OMB memo's 1,250 words hold no broken word)
BROKEN_SHARE = 0.08
# a layer with this share of its words over blank paper or more is misplaced (a good layer's
# words sit on their ink; a letterhead's rules and a stamp's faint ink leave a few percent off)
OFF_INK_SHARE = 0.25
# a layer under both these shares (broken words, words off their ink) shows no sign of trouble and
# is kept without a second reading; between them and the limits above it is doubtful
CLEAN_BROKEN = 0.01
CLEAN_OFF_INK = 0.05
# a fresh reading holding fewer lettered words than this share of the layer's has missed part of
# the page (a failed OCR pass): it cannot win against the layer
OCR_COVER = 0.5
# a word box with less than this share of dark pixels has no ink under it
INK_SHARE = 0.02
# fewer lettered words than this: too little layer to vouch for the page, its picture is read
MIN_WORDS = 8
# the rendering the ink is sampled from: one pixel a point is enough to see a word's strokes
INK_DPI = 72.0
DARK = 160  # a grey level below this is ink (anti-aliased strokes at INK_DPI are grey, not black)


def layer_tokens(texts: list[str]) -> list[str]:
    """The layer's lettered tokens: letter and digit runs holding at least one letter."""
    return [t for text in texts for t in re.findall(r"[A-Za-z0-9]+", text) if re.search(r"[A-Za-z]", t)]


def broken_share(tokens: list[str]) -> float:
    """The share of the tokens that are words broken by OCR misreadings (_BROKEN)."""
    broken = [t for t in tokens if _BROKEN.search(t) and not _WORD_FORMS.fullmatch(t)]
    return len(broken) / max(len(tokens), 1)


def off_ink_share(boxes: list[tuple[float, float, float, float]], dark: Any, scale: float) -> float:
    """The share of the word boxes (x0, top, x1, bottom in points) with no ink under them in `dark`
    (a boolean image of the page, `scale` pixels a point)."""
    h, w = dark.shape[:2]
    off = 0
    for x0, top, x1, bottom in boxes:
        c0, c1 = max(int(x0 * scale), 0), min(int(x1 * scale) + 1, w)
        r0, r1 = max(int(top * scale), 0), min(int(bottom * scale) + 1, h)
        box = dark[r0:r1, c0:c1]
        off += box.size == 0 or float(box.mean()) < INK_SHARE
    return off / max(len(boxes), 1)


def page_ink(page: Any) -> Any:
    """The page rendered at INK_DPI as a boolean image of its dark pixels."""
    from planx.extract import raster
    from planx.extract.pdfocr import pdf_source
    return raster.grey(raster.render(pdf_source(page), page.page_number - 1, INK_DPI)) < DARK


@dataclass
class LayerCheck:
    """The evidence on a page's OCR layer and the verdict it gives: 'clean', 'doubtful' or 'poor'."""
    verdict: str
    tokens: int
    broken: float
    off_ink: float = 0.0

    def describe(self) -> str:
        return f"{self.broken:.1%} broken words, {self.off_ink:.0%} off their ink"


def verdict_of(tokens: int, broken: float, off_ink: float) -> str:
    """The layer's verdict from its evidence (see the module and the limits above)."""
    if tokens < MIN_WORDS or broken >= BROKEN_SHARE or off_ink >= OFF_INK_SHARE:
        return "poor"
    return "clean" if broken < CLEAN_BROKEN and off_ink < CLEAN_OFF_INK else "doubtful"


def layer_check(page: Any) -> LayerCheck:
    """The page's OCR layer judged (verdict_of). The cheap test first; the page is rendered only when
    the words read well enough to be kept."""
    words = page.extract_words()
    tokens = layer_tokens([w["text"] for w in words])
    broken = broken_share(tokens)
    if verdict_of(len(tokens), broken, 0.0) == "poor":
        return LayerCheck("poor", len(tokens), broken)
    boxes = [(float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])) for w in words]
    off = off_ink_share(boxes, page_ink(page), INK_DPI / 72.0)
    return LayerCheck(verdict_of(len(tokens), broken, off), len(tokens), broken, off)


def layer_reads_poorly(page: Any) -> bool:
    """Is the page's OCR layer measurably poor (see the module): too few words to judge, many broken
    words, or many words where the picture has no ink?"""
    return layer_check(page).verdict == "poor"


def ocr_reads_better(layer: LayerCheck, ocr_texts: list[str]) -> bool:
    """Does a fresh OCR reading of the picture (its texts) read better than a doubtful layer? Fewer
    broken words wins; as few, the OCR's words (found on the ink) win over a layer with words off
    its ink. A reading of too few words (OCR_COVER) never wins."""
    tokens = layer_tokens(ocr_texts)
    if len(tokens) < OCR_COVER * layer.tokens:
        return False
    broken = broken_share(tokens)
    return broken < layer.broken or (broken <= layer.broken and layer.off_ink >= CLEAN_OFF_INK)


def reading_texts(tables: list[Any], paragraphs: list[tuple[Any, ...]]) -> list[str]:
    """A page reading's texts: its tables' cells and its paragraphs (FreeText: the text second)."""
    return [c.text for t in tables for c in t.cells] + [str(p[1]) for p in paragraphs]


def ocr_layer_over_scan(page: Any, images: list[dict[str, Any]], width: float, height: float) -> bool:
    """Is the page a searchable scan (see the module): one picture over the page, and its text all
    invisible?"""
    return covering_picture(images, width, height) and only_invisible_text(page_content(page))
