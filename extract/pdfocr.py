"""Scanned pages (an image, no text layer): the page image's ruling lines and Tesseract's words
go through the same table finder as a born-digital page's rulings and characters.

Per page (extract/raster.py does the imaging):
1. render at the scan's own resolution (its image's pixels over its printed size, at most 300 dpi);
2. turn it the right way up (text running up or down the image: a quarter turn; which way, and
   whether it is upside down, by how well Tesseract reads a sample of it each way: read_scan)
   and deskew it (the angle that makes the rows of ink sharpest);
3. find the ruling lines (long thin ink runs) and erase them, so that Tesseract neither reads
   them as '|' and '_' nor joins the text of two cells into one line;
4. cut the text into pieces (each ruled cell's, and blocks of the rest parted at gutters) and
   OCR them stacked in one image, enlarged to 300 dpi, with Tesseract (TSV: each word with its
   box and confidence), one thread (OMP_THREAD_LIMIT=1: Tesseract's own threads only fight the
   batch's workers for the cores);
5. give each word the box a font would (from its baseline and its line's size) and hand the
   rulings and the word boxes to the table engine of born-digital pages (pdftables.
   layout_from_words): each word lands in the closed cell that holds its centre, spans come
   from missing rule segments, and the words outside closed cells go through the borderless
   reader (columns from gutters and aligned edges, rows from text lines);
6. colour scans: each cell's fill is the image's colour behind its text (a RAG shown as colour);
7. a table (or the text outside tables) Tesseract is unsure of is a warning naming its page.

The image goes to Tesseract through a pipe (stdin) and the TSV comes back the same way: no
temporary files, so a worker killed mid-page leaves nothing behind.
"""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from planx.extract import descreen, raster, reverse, superscripts
from planx.extract.pdfgeom import Char, Word
from planx.extract.pdfpage import PageResult, body_size, paragraphs_of
from planx.normalise.vocab import MONTHS, OCR_BULLET_READINGS, OCR_DASH_READINGS, OCR_ONE_READINGS

if TYPE_CHECKING:
    from planx.extract.pdftables import FoundTable, GridCell, PageLayout

OCR_SECONDS = 120
MARGIN = 0.07  # top/bottom share of a page holding running heads and page numbers (pdf.MARGIN; not imported:
# the scanned page reader does not import the PDF reader)
INSTALL_HINT = ("install Tesseract to read scanned pages (Debian/Ubuntu: sudo apt-get install tesseract-ocr; "
                "macOS: brew install tesseract; Windows: the UB Mannheim installer; or `make system-deps`), "
                "then convert again")
DOUBTFUL_CONF = 85.0  # a table whose words Tesseract is on average less sure of than this is flagged,
UNSURE_WORD, DOUBTFUL_SHARE = 60.0, 0.05  # and one where more than 5% of its words are read with under 60
SECOND_LOOK, SECOND_MARGIN = 80.0, 5.0  # words read with less confidence are read again; a surer reading wins
PROBE_SURE = 70.0  # a sample of the page read with this confidence is the right way up
PROBE_PIECES, PROBE_INCH = 6, 0.8  # the sample: this many pieces of text, each cut to this height
STRIP_INK = 0.01  # × a piece's width: a row with less ink holds no text (specks), where a probe's strip won't start
INK_LEVEL = 128  # of 255: a darker pixel of the text image is ink (probe_ink)
OCR_DPI = 300.0
MAX_OCR_PIXELS = 30000  # a montage's height as Tesseract gets it (its limit is 32767)
APART = 0.25  # × font size: two OCR words' boxes are kept at least this far apart (kept_apart)
# a font's box around its baseline, in font sizes (pdfminer's for Arial/Helvetica: ascent 0.905,
# descent 0.212), and the height of its capitals and ascenders above the baseline
ASCENT, DESCENT, CAP_HEIGHT, X_HEIGHT = 0.9, 0.2, 0.72, 0.52
# letters and marks reaching below the baseline ('/' not: it stands on the baseline in most sans
# fonts or dips a hair below, and dates such as '12/12' read as descending stood too high)
DESCENDERS = set("gjpqy,;()[]{}|@$Q")
# up to the caps' height or above ('i' and 'j' by their dots: 'service' is no taller than 'Service')
TALL = set("bdfhijklt" "ABCDEFGHIJKLMNOPQRSTUVWXYZ" "0123456789" "()[]{}/|@#$%&?!'\"")
PUNCTUATION = ".,;:'\"!?()[]{}«»“”‘’"  # round a word; with none of its letters, its marks say nothing of its size
RUN_TOLERANCE = 0.33  # × font size: words on baselines further apart are on different runs
SIZE_SNAP = 0.15  # a line's size estimate this close to the page's body size is the body size
LOOSE_SNAP = 0.3  # the same for a line of small letters only (measured by ascenders, descenders)
PLACED_WITHIN = 1.5  # pixels: how far off a word's baseline may be placed (its ink's bottom after JPEG and deskew,
# a pixel either way, and a descender's depth estimated from the font size)
# × the body text's ink for its size (mark_bold; measured on scans at 150–300 dpi: bold words 1.25–1.45,
# a line of regular words at most 1.1): a line this dark as a whole is bold, a word in a bold
# line at least this dark is bold with it, a word alone in a regular line this dark is bold
BOLD_LINE, BOLD_IN_LINE, BOLD_ALONE = 1.15, 1.05, 1.3
BODY_SHARE = 0.35  # the body's darkness: the value this share of a page's words (by width) stays under
BOLD_LETTERS = 3  # a word with fewer letters and digits is judged with its line (mark_bold)
FILL_SAME = 12  # of 255 per channel: two cell fills this close are one fill read twice
SPECK_CONF = 10.0  # a token read with less confidence than this is a speck, unless it looks like a word
# Tesseract's page segmentation: 6 = one uniform block of text. Each cell is OCR'd on its own
# (raster.montages), where a block of lines is what it holds; on a whole page, 6 would run each
# text line through every cell of a row, and 11 (sparse text) reads short tokens alone, without
# the context of their line ('95%' as '5%').
PSM = 6
OCR_BOLD, OCR_REGULAR = "OCR-Bold", "OCR"  # the font name a scanned word gets, for pdfgeom.is_heavy
DEBRIS = set("|_[]{}")  # tokens made only of these are what is left of a rule, not text,
RULE_ENDS = "|_"  # a rule's end read as part of the word beside it
DEBRIS_SPECKS = set(".,:;'`‘’")  # ... and with these beside them (a rule's end and a speck read as '|.')


@dataclass
class OcrWord:
    text: str
    left: float
    top: float
    width: float
    height: float
    conf: float
    line: tuple[str, str, str]  # (block, paragraph, line) numbers: Tesseract's line of the word
    bold: bool = False  # printed in a heavier weight than the page's body text (mark_bold)


def tesseract() -> str | None:
    return shutil.which("tesseract")


def tesseract_env() -> dict[str, str]:
    """The environment for Tesseract: one OpenMP thread (a batch already runs one worker per core;
    Tesseract's own threads only contend with them, measured 2.5x more CPU for the same page)."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def run_tesseract(image: raster.Image, exe: str, dpi: float, psm: int = PSM, tsv: bool = True) -> str:
    """Tesseract's output for an image, sent through a pipe as PNG (no temporary file)."""
    import cv2
    ok, png = cv2.imencode(".png", image)
    if not ok:
        raise RuntimeError("could not encode the page image")
    args = [exe, "stdin", "stdout", "--dpi", str(round(dpi)), "--psm", str(psm)]
    if tsv:
        args += ["-l", "eng", "tsv"]
    done = subprocess.run(args, input=png.tobytes(), capture_output=True, timeout=OCR_SECONDS, check=False,
                          env=tesseract_env())
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()[-200:]
        raise RuntimeError(message or f"tesseract exit {done.returncode}")
    return str(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Tesseract TSV → its words (level 5) with their boxes in pixels and confidences; blank
    words and ruling debris left out."""
    out = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text or is_debris(text):
            continue
        if any(ch.isalnum() for ch in text):  # a rule's end glued to a word ('_P1', 'Amber|'): not the word's
            text = text.strip(RULE_ENDS)
        try:
            left, top, width, height = (float(row[k]) for k in ("left", "top", "width", "height"))
            conf = float(row.get("conf") or -1)
        except (KeyError, ValueError):
            continue
        line = (row.get("block_num", ""), row.get("par_num", ""), row.get("line_num", ""))
        out.append(OcrWord(text, left, top, width, height, conf, line))
    out = without_specks_before_numbers(out)
    mend_bullets(out)
    mend_quarters(out)
    mend_dot_letters(out)
    return out


SPECKS_ONLY = re.compile(r"^[.,·:;'`‘’]{1,3}$")  # a token of specks read as stops ('..', '.,', "'.")
LIST_NUMBER = re.compile(r"^\d{1,2}(\.\d{1,2})*[.)](?!\d)")  # a list's or a heading's number ('1.', '2.3.', '4)'),
# alone or run into its first word ('1.Placement' when the space between is lost)


def without_specks_before_numbers(words: list[OcrWord]) -> list[OcrWord]:
    """Words less the specks Tesseract reads as stops opening a line just before a list's or a
    heading's number ('.. 1. Placement sufficiency' for '1. Placement sufficiency'): no line of text
    opens with stops and then a number and its stop; the specks are the scan's, not the page's."""
    drop = set()
    for k, w in enumerate(words[:-1]):
        opens_line = k == 0 or words[k - 1].line != w.line
        nxt = words[k + 1]
        if opens_line and nxt.line == w.line and SPECKS_ONLY.match(w.text) and LIST_NUMBER.match(nxt.text):
            drop.add(k)
    return [w for k, w in enumerate(words) if k not in drop]


def is_debris(text: str) -> bool:
    """A token that is what is left of a rule (DEBRIS), alone or with specks (DEBRIS_SPECKS)."""
    marks = set(text)
    return bool(marks & DEBRIS) and marks <= DEBRIS | DEBRIS_SPECKS


LIST_NUMBER_COMMA = re.compile(r"^\d{1,2},$")  # a list's number whose stop Tesseract read as a comma (mend_bullets)


def mend_bullets(words: list[OcrWord]) -> None:
    """A bullet read as another glyph ('¢', '«', '©', 'e': vocab.OCR_BULLET_READINGS), alone
    before the words of its line: written '•', as the born-digital page gives it. A dash alone
    there is a list item's dash, which Tesseract reads as an em dash whatever its length: written
    '–', the dash lists print (and normalise reads as a bullet). A number's stop read as a comma
    there, before a capital ('2, Ofsted recommendation: ...' for '2. Ofsted ...'), is a stop: a
    line does not open with a number and a comma before a new sentence."""
    for k, w in enumerate(words[:-1]):
        opens_line = k == 0 or words[k - 1].line != w.line
        nxt = words[k + 1]
        if not (opens_line and nxt.line == w.line and nxt.text[:1].isalnum()):
            continue
        if w.text in OCR_BULLET_READINGS:
            w.text = "•"
        elif w.text in OCR_DASH_READINGS:
            w.text = "–"
        elif LIST_NUMBER_COMMA.match(w.text) and nxt.text[:1].isupper():
            w.text = w.text[:-1] + "."


# a RAG dot before its letter, read as a bullet's look-alike run into the letter ('eG', '©A', "'@R" for '● G')
# (not 'o', which with a capital after it is 'oR' for 'or'; '@' is how a larger dot reads)
_DOT_READINGS = "".join(sorted(OCR_BULLET_READINGS - {"o"})) + "@"
DOT_LETTER = re.compile(r"^['‘’`]?([" + re.escape(_DOT_READINGS) + r"])([RAGB])$")


def mend_dot_letters(words: list[OcrWord]) -> None:
    """A RAG shown as a dot and its letter ('● G') that Tesseract read as one word, the dot a bullet's
    look-alike ('eG', '©A', "'@R"): written '● G', as the born-digital page gives it (no word is spelt
    so: a lower-case look-alike, or a sign, then one capital R, A, G or B)."""
    for w in words:
        m = DOT_LETTER.match(w.text)
        if m:
            w.text = f"● {m.group(2)}"


# a quarter's number read as a look-alike of 1 ('Ql', 'Qi', 'Q|': vocab.OCR_ONE_READINGS)
QUARTER_ONE = re.compile(rf"^(Q|Qtr)[{re.escape(OCR_ONE_READINGS)}]([.,;]?)$")


def mend_quarters(words: list[OcrWord]) -> None:
    """A word of a quarter whose 1 Tesseract read as 'l', 'i' or '|' ('Ql' beside 'Q2' in a column of
    target quarters): written 'Q1', as the born-digital page gives it (no word is spelt so)."""
    for w in words:
        m = QUARTER_ONE.match(w.text)
        if m:
            w.text = f"{m.group(1)}1{m.group(2)}"


def without_stray_marks(words: list[OcrWord]) -> list[OcrWord]:
    """Words less the 'lines' Tesseract makes of marks alone (an apostrophe, an accent, a dot read
    apart from the line of text they sit on): a line of no letter or digit that overlaps a line
    of text. A mark on its own (a '-' in an empty cell) is kept."""
    lines: dict[tuple[str, str, str], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    spans = {key: (min(w.top for w in ws), max(w.top + w.height for w in ws),
                   any(ch.isalnum() for w in ws for ch in w.text)) for key, ws in lines.items()}
    tile = {key: key[0].split(":")[0] for key in lines}
    stray = set()
    for key, (top, bottom, texty) in spans.items():
        if texty:
            continue
        for other, (o_top, o_bottom, o_texty) in spans.items():
            if o_texty and tile[other] == tile[key] and min(bottom, o_bottom) - max(top, o_top) > 0:
                stray.add(key)
                break
    return [w for w in words if w.line not in stray]


def mean_conf(words: list[OcrWord]) -> float:
    """Tesseract's mean confidence over the words, weighted by their length (a stray mark read as
    a one-letter word with a low confidence weighs little)."""
    total = sum(len(w.text) for w in words)
    return sum(w.conf * len(w.text) for w in words) / total if total else 0.0


def looks_like_word(text: str) -> bool:
    """A token of three or more characters, mostly letters or digits: a word Tesseract was unsure
    how to spell ('Crossley!' for 'Crossley/'), kept; specks read as marks are not."""
    core = sum(ch.isalnum() for ch in text)
    return core >= 3 and core >= 0.6 * len(text)


PHOTO_CONF = 50.0  # a block Tesseract reads with less mean confidence than this ...
PHOTO_WORDS = 0.25  # ... and in which fewer than this share of the tokens read as words is a photograph
PHOTO_MIN_WORDS = 6  # fewer tokens than this in a block say too little either way
WORD_SURE = 70.0  # a token read with this confidence or more, that looks like a word, is a word


def reads_as_word(w: OcrWord) -> bool:
    """A token that is a word: three or more letters (with a vowel: 'ENS', 'ASS' read in grain
    are letters too, but Tesseract is unsure of them) read with WORD_SURE confidence, or a number."""
    core = w.text.strip(".,;:!?()[]\"'“”‘’")
    if core.replace(",", "").replace(".", "").replace("/", "").isdigit() and len(core) >= 2:
        return w.conf >= WORD_SURE
    return (len(core) >= 3 and core.isalpha() and any(ch in "aeiouyAEIOUY" for ch in core)
            and w.conf >= WORD_SURE)


def photo_blocks(words: list[OcrWord]) -> tuple[list[OcrWord], list[OcrWord]]:
    """(kept, dropped): the words of blocks that Tesseract read from a photograph or a picture, not
    from text, dropped. Such a block reads as grain: Tesseract is unsure of it on the whole (mean
    confidence under PHOTO_CONF) and few of its tokens are words (under PHOTO_WORDS: 'ENS', 'ba',
    'oa', '©)', '=|'). Printed text, even a poor scan of it, gives words. Stray words read in leftover
    ink (missed_lines) inside a dropped block's box go with it."""
    blocks: dict[str, list[OcrWord]] = {}
    for w in words:
        blocks.setdefault(w.line[0], []).append(w)
    junk: set[str] = set()
    for key, ws in blocks.items():
        if len(ws) < PHOTO_MIN_WORDS:
            continue
        share = sum(1 for w in ws if reads_as_word(w)) / len(ws)
        if mean_conf(ws) < PHOTO_CONF and share < PHOTO_WORDS:
            junk.add(key)
    if not junk:
        return words, []
    boxes = [box for key, ws in blocks.items() if key in junk and (box := grain_box(ws)) is not None]

    def inside(w: OcrWord) -> bool:
        cx, cy = w.left + w.width / 2, w.top + w.height / 2
        return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in boxes)
    dropped = [w for w in words if w.line[0] in junk or (len(blocks[w.line[0]]) < PHOTO_MIN_WORDS and inside(w)
                                                         and not reads_as_word(w))]
    gone = {id(w) for w in dropped}
    return [w for w in words if id(w) not in gone], dropped


def grain_box(ws: list[OcrWord]) -> tuple[float, float, float, float] | None:
    """The box of a dropped block's lines that hold no word (reads_as_word): the grain itself. A line
    of words Tesseract put in the same block (the page number in the corner, 'Page 1') is no part of
    the picture: spanning to it, the box took in the small blocks of a table's cells between them."""
    lines: dict[tuple[str, str, str], list[OcrWord]] = {}
    for w in ws:
        lines.setdefault(w.line, []).append(w)
    grain = [w for line in lines.values() if not any(map(reads_as_word, line)) for w in line]
    if not grain:
        return None
    return (min(w.left for w in grain), min(w.top for w in grain), max(w.left + w.width for w in grain),
            max(w.top + w.height for w in grain))


def words_to_chars(words: list[OcrWord], scale: float) -> list[Char]:
    """Words → character-like dicts in PDF points, one per word, for the table finder.

    A PDF character's box comes from its font (the same top and bottom for every letter of a
    line), an OCR word's from its ink ('Hubs' is taller than 'ore', 'gap' reaches lower): so each
    word gets the box a font would give it, from its baseline and its line's font size
    (text_runs), the page's body size where the estimate is close. The table code then reads
    line spacing from a scan as from a born-digital page.
    Tesseract has already split the words; the character grouping joins characters closer than
    0.18 of the font size into one word, and at 150 dpi two words' ink can be that close: such
    words are drawn a little narrower (kept_apart), so that they never join."""
    lines: dict[tuple[str, str, str], list[OcrWord]] = {}
    marks = list_marks(words)
    for w in words:
        if w.conf >= SPECK_CONF or looks_like_word(w.text) or id(w) in marks:
            lines.setdefault(w.line, []).append(w)
    runs = [run for ws in lines.values() for run in text_runs(ws)]
    body = common_size([(size, len(ws)) for ws, _, size in runs])
    out: list[Char] = []
    for run_words, baseline, size in runs:
        if body and abs(size - body) <= snap_of(run_words) * body:
            size = body  # the page's body text: one size, not each line's estimate
        top, bottom = baseline - ASCENT * size, baseline + DESCENT * size
        for w, (x0, x1) in zip(run_words, kept_apart(run_words, size), strict=True):
            out.append({"text": w.text, "x0": x0 * scale, "x1": x1 * scale, "top": top * scale,
                        "bottom": bottom * scale, "size": max(size * scale, 4.0), "upright": True, "conf": w.conf,
                        "fontname": OCR_BOLD if w.bold else OCR_REGULAR,
                        "slack": PLACED_WITHIN * scale})
    return out


LIST_MARK_READINGS = frozenset({"•", "*", "·", "–", "-"})  # a list item's mark as the OCR gives it (mend_bullets)
MARK_SHARE = 0.25  # a mark's box is at least this share of the next word's height, each way (a speck is smaller)
MARK_GAP = 3.0  # x the next word's height: how far a dash opening a list item stands from its text, at most
DASHES = frozenset({"–", "-"})  # readings of a mark that a speck gives as often as a bullet does


def list_marks(words: list[OcrWord]) -> set[int]:
    """The words that are a list item's mark ('•', '*', '–') opening a line of text, as big as a
    bullet is beside its word: kept however unsure Tesseract is of them (it reads a small round
    bullet as '*' with a confidence of 5, and the items of a cell then run together). A dash
    stands near its item's text (MARK_GAP): one far from the next word of its line (a speck read
    as a dash in an empty cell between a wrapped action and a wrapped date) marks no list item. A
    bullet read as '*' or '•' may be set far from the word Tesseract puts next to it in its line."""
    lines: dict[tuple[str, str, str], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    out: set[int] = set()
    for ws in lines.values():
        ws = sorted(ws, key=lambda w: w.left)
        for k, w in enumerate(ws[:-1]):
            nxt = ws[k + 1]
            opens = k == 0 or ws[k - 1].left + ws[k - 1].width < w.left - nxt.height  # a line's or a run's start
            if opens and w.text in LIST_MARK_READINGS and nxt.text[:1].isalnum() \
                    and min(w.width, w.height) >= MARK_SHARE * nxt.height \
                    and (w.text not in DASHES or nxt.left - (w.left + w.width) <= MARK_GAP * nxt.height):
                out.add(id(w))
    return out


def snap_of(words: list[OcrWord]) -> float:
    """How near the page's body size a run's size estimate must be to be taken as it: a run with a
    capital or a digit measures its size by their height (SIZE_SNAP); one of small letters only
    ('meetings', 'and filed') by ascenders and descenders whose height varies from font to font
    (LOOSE_SNAP)."""
    exact = any(ch.isupper() or ch.isdigit() for w in words for ch in w.text)
    return SIZE_SNAP if exact else LOOSE_SNAP


def kept_apart(words: list[OcrWord], size: float) -> list[tuple[float, float]]:
    """The words' x spans (left to right), the sides of two words closer than APART × size drawn
    back until they are that far apart (each by half the shortfall, at most a third of its width)."""
    spans = [[w.left, w.left + w.width] for w in words]
    for a, b in zip(spans, spans[1:], strict=False):
        short = APART * size - (b[0] - a[1])
        if short > 0:
            a[1] -= min(short / 2, (a[1] - a[0]) / 3)
            b[0] += min(short / 2, (b[1] - b[0]) / 3)
    return [(x0, x1) for x0, x1 in spans]


def text_runs(words: list[OcrWord]) -> list[tuple[list[OcrWord], float, float]]:
    """A Tesseract line's words as runs on one baseline: (words, baseline, font size) in pixels.

    A line Tesseract reads across a borderless table runs through cells whose text sits at
    different heights (a heading centred in its cell, one at the top of the next): each word's
    baseline is worked out from its box and its letters (word_baseline), and words whose
    baselines differ by more than a third of the size are on different runs."""
    size = line_size(words)
    marked = sorted(((word_baseline(w, size), w) for w in words), key=lambda bw: bw[1].left)
    runs: list[list[tuple[float, OcrWord]]] = []
    for b, w in marked:
        for run in runs:
            if abs(sorted(x for x, _ in run)[len(run) // 2] - b) <= RUN_TOLERANCE * size:
                run.append((b, w))
                break
        else:
            runs.append([(b, w)])
    out = []
    for run in runs:
        texty = [b for b, w in run if any(ch.isalnum() for ch in w.text)] or [b for b, _ in run]
        out.append(([w for _, w in run], sorted(texty)[len(texty) // 2], size))
    return out


def line_size(words: list[OcrWord]) -> float:
    """The font size of a line of words (pixels): its tallest letters' height, a capital, digit or
    ascender being CAP_HEIGHT of the size (words of small letters alone, X_HEIGHT). Marks alone
    ('-', ',') say nothing of it."""
    estimates = []
    for w in words:
        core = w.text.strip(PUNCTUATION)
        if not core or not any(ch.isalnum() for ch in core):
            continue
        # the ink's box holds the marks round the word too ('outcomes)' reaches below the line)
        ink = w.height * (1 - DESCENT / (DESCENT + CAP_HEIGHT)) if set(w.text) & DESCENDERS else w.height
        estimates.append(ink / (CAP_HEIGHT if set(w.text) & TALL else X_HEIGHT))
    if not estimates:
        return max(w.height for w in words) / (CAP_HEIGHT + DESCENT)
    return max(sorted(estimates)[len(estimates) // 2], 1.0)


def word_baseline(w: OcrWord, size: float) -> float:
    """Where a word's letters stand: its bottom, less the depth of a descender when it has one."""
    bottom = w.top + w.height  # the ink's bottom: a comma or bracket round the word reaches below too
    return bottom - DESCENT * size if set(w.text) & DESCENDERS else bottom


def common_size(sizes: list[tuple[float, int]]) -> float:
    """The font size most words of the page are set in (the median, by word count)."""
    if not sizes:
        return 0.0
    ordered = sorted(sizes)
    half, seen = sum(n for _, n in ordered) / 2, 0
    for size, n in ordered:
        seen += n
        if seen >= half:
            return size
    return ordered[-1][0]


# ---- the page ------------------------------------------------------------------------------
@dataclass
class ScanImage:
    """A scanned page turned upright and level, with its ruling lines and the words read on it."""
    colour: raster.Image  # BGR (or grey for a greyscale scan)
    ink: raster.Image
    dpi: float
    rules: list[raster.Segment]
    words: list[OcrWord]
    in_colour: bool
    quarter_turns: int = 0
    skew: float = 0.0
    text_image: raster.Image = None  # the page as the OCR sees it: rulings erased, background white
    text_ink: raster.Image = None  # the ink of its text (rulings left out)
    streaks: int = 0  # the scanner's streaks painted over (raster.unstreaked)
    degrained: bool = False  # a page covered in grain, cleared of it (raster.degrained)
    dithered: bool = False  # a dithered 1-bit scan, read after descreen.descreened
    reversed_areas: int = 0  # dark fills whose light text was inverted before reading (reverse.unreversed)
    photo_words: list[OcrWord] = field(default_factory=list)  # read in a photograph, not text (photo_blocks)
    leaders: list[tuple[int, int, int, int, int]] = field(default_factory=list)  # dot leaders erased: box, dots

    @property
    def scale(self) -> float:
        """PDF points per pixel."""
        return 72.0 / self.dpi


def prepare(bgr: raster.Image, dpi: float) -> tuple[ScanImage, list[raster.Piece]]:
    """The page levelled, its rulings found and erased (a blurred page's text sharpened), and its
    text cut into pieces to OCR (raster.text_pieces)."""
    grey = raster.grey(bgr)
    coarse = raster.coarse_ink(grey, dpi)
    columns, rows = raster.streak_bands(coarse)
    if columns or rows:  # a feeder's streaks, painted over before the page is levelled
        bgr = raster.unstreaked(bgr, coarse, (columns, rows))
        coarse = raster.coarse_ink(raster.grey(bgr), dpi)
    angle = raster.skew_angle(coarse)
    bgr = raster.rotate(bgr, angle)
    # light words on dark fills (a navy heading row) made dark on light: flattened, they would vanish
    grey, reversed_areas = reverse.unreversed(raster.grey(bgr), dpi)
    marks = raster.analyse(grey, dpi)
    erased = marks.rule_mask if marks.specks is None else np.maximum(marks.rule_mask, marks.specks)
    # dot leaders are erased with the rulings (Tesseract reads their dots as letters, and garbles the
    # date after them) and put back as a word of dots once the page is read (leader_words)
    leaders = raster.dot_leaders(marks.text_ink, dpi)
    text_ink = marks.text_ink
    if leaders:
        dots = np.zeros_like(marks.text_ink)
        for *_, boxes in leaders:
            for x0, y0, x1, y1 in boxes:
                dots[y0:y1, x0:x1] = 255
        erased, text_ink = np.maximum(erased, dots), np.where(dots > 0, 0, marks.text_ink).astype(marks.text_ink.dtype)
    scan = ScanImage(bgr, marks.ink, dpi, marks.rules, [], raster.is_colour(bgr), skew=angle,
                     text_image=raster.sharpened(raster.flatten(raster.erase(grey, erased, dpi), dpi), dpi),
                     text_ink=text_ink, streaks=len(columns) + len(rows), reversed_areas=reversed_areas,
                     leaders=[(x0, y0, x1, y1, len(boxes)) for x0, y0, x1, y1, boxes in leaders])
    px = 1.0 / scan.scale
    boxes = [(int(x0 * px) + 1, int(top * px) + 1, int(x1 * px), int(bottom * px))
             for x0, top, x1, bottom in cell_boxes(scan)]
    return scan, raster.text_pieces(scan.text_image, scan.text_ink, boxes, dpi)


def read_pieces(scan: ScanImage, pieces: list[raster.Piece], exe: str) -> None:
    """OCR of the pieces, stacked in montages (one Tesseract run for a page, as a rule); the words
    put back where they are on the page; the words Tesseract is unsure of read a second time."""
    zoom = ocr_zoom(scan.dpi)
    montage = 0
    for group, large in zip(by_text_size(pieces, scan.text_ink, scan.dpi), (False, True), strict=False):
        enlarge = 1.0 if large else zoom  # large text needs no enlarging (enlarged, 'Millbrook' reads 'Millorook')
        for image, tiles in raster.stack_pieces(group, scan.dpi, max_height=int(MAX_OCR_PIXELS / enlarge)):
            read = read_words(image, exe, scan.dpi, enlarge)
            read += unread_tiles(image, tiles, read, exe, scan.dpi, enlarge)
            words = without_stray_marks(placed(read, tiles))
            for w in words:  # a line's number names its montage too: tile 0 of two montages is two pieces
                w.line = (f"m{montage}/{w.line[0]}", w.line[1], w.line[2])
            scan.words.extend(words)
            montage += 1
    scan.words.extend(missed_lines(scan, exe, zoom))
    scan.words = without_repeats(scan.words)
    scan.words = without_speckled(scan.words, scan.text_ink)
    scan.words = second_look(scan, exe)
    scan.words = without_scraps(scan.words)
    mend_lost_stops(scan.words, scan.text_image)
    scan.words = with_months_whole(scan.words)
    scan.words = without_bar_ends(scan.words, raster.shaded_areas(scan.colour, raster.grey(scan.colour),
                                                                  scan.ink, scan.dpi), scan.dpi)
    tighten(scan.words, scan.text_ink)
    scan.words = without_flat(scan.words)
    misread_bullets(scan.words, scan.text_ink)
    scan.words.extend(lost_bullets(scan.words, scan.text_ink))
    scan.words.extend(leader_words(scan.words, scan.leaders))
    mend_superscripts(scan.words, scan, exe)
    mark_bold(scan.words, scan.text_image)


def mend_superscripts(words: list[OcrWord], scan: ScanImage, exe: str) -> None:
    """Words ending in a raised footnote mark read with the mark apart ('Q2¹', extract/superscripts):
    only a word boxed taller than the page's usual word is looked at (a mark raises its box's top;
    a cell's word is often alone on its line, so the page's words, not its line's, say the usual)."""
    if not words:
        return
    usual = float(np.median([w.height for w in words]))

    def read(image: raster.Image, psm: int) -> str:
        return run_tesseract(image, exe, scan.dpi * 2, psm, tsv=False)
    for w in words:
        if not superscripts.tall(usual, w.height):
            continue
        x0, y0 = max(0, int(w.left)), max(0, int(w.top))
        x1, y1 = int(w.left + w.width) + 1, int(w.top + w.height) + 1
        text = superscripts.superscripted(w.text, scan.text_ink[y0:y1, x0:x1] > 0, scan.text_image[y0:y1, x0:x1],
                                          read)
        if text is not None:
            w.text = text


def leader_words(words: list[OcrWord], leaders: list[tuple[int, int, int, int, int]]) -> list[OcrWord]:
    """The dot leaders erased before the OCR (raster.dot_leaders) as words of dots, as a born-digital
    page gives them ('[J Smith] .......... 30/06/25'), each on the line of the word it follows (or
    the one after it) on its baseline: the readers part an item's owner from its date there."""
    out = []
    for i, (x0, y0, x1, y1, n) in enumerate(leaders):
        level = [w for w in words if w.top <= y1 and w.top + w.height >= y0]  # on the dots' baseline
        left = [w for w in level if w.left + w.width <= x0 + 2]
        right = [w for w in level if w.left >= x1 - 2]
        near = max(left, key=lambda w: w.left + w.width, default=None) or min(right, key=lambda w: w.left, default=None)
        line = near.line if near is not None else (f"leader{i}", "0", "0")
        height = near.height if near is not None else float(y1 - y0)
        top = near.top if near is not None else float(y0)
        out.append(OcrWord("." * n, float(x0), top, float(x1 - x0), height, near.conf if near else 90.0, line))
    return out


UNREAD_MIN_INCH = (1.0, 0.1)  # a tile this wide and tall holds text, not a speck
UNREAD_SURE = 70.0  # ... when Tesseract reads it alone with this mean confidence


def unread_tiles(image: raster.Image, tiles: list[raster.Tile], words: list[OcrWord], exe: str, dpi: float,
                 zoom: float) -> list[OcrWord]:
    """The words of the tiles of a montage that Tesseract gave no word at all though they are a line
    of text wide, each read on its own: a title in type several times the body's among the body's
    lines (Tesseract reads a montage as a block of text of one size, and passed over 'Wexcombe
    Council: Corporate Plan', which alone it reads surely). A tile read alone unsurely (a shaded
    cell, a drawing) gives nothing. Their boxes in the montage's pixels, as read_words gives them."""
    read = {tile_of(w, tiles) for w in words}
    min_w, min_h = (v * dpi for v in UNREAD_MIN_INCH)
    found: list[OcrWord] = []
    for i, t in enumerate(tiles):
        if i in read or t.width < min_w or t.height < min_h:
            continue
        pad = max(4, int(0.05 * dpi))
        crop = np.full((t.height + 2 * pad, t.width + 2 * pad), 255, np.uint8)
        crop[pad:pad + t.height, pad:pad + t.width] = image[t.at:t.at + t.height, :t.width]
        alone = read_words(crop, exe, dpi, zoom)
        if mean_conf(alone) < UNREAD_SURE:
            continue  # a shaded cell or a drawing read as text ('ie eae Ge'): no line of text after all
        for w in alone:
            w.left, w.top = w.left - pad, w.top - pad + t.at
            w.line = (f"alone{i}:{w.line[0]}", w.line[1], w.line[2])
            found.append(w)
    return found


LARGE_TEXT = 2.0  # × the page's text height: a piece whose letters are this tall is read in a montage of its own


def by_text_size(pieces: list[raster.Piece], text_ink: raster.Image, dpi: float) -> list[list[raster.Piece]]:
    """The pieces parted by the size of their text: [the page's own size, large (a title,
    LARGE_TEXT × the page's letters)], each group read in montages of its own (either may be
    empty). Tesseract reads a montage as one block of lines of one size (PSM 6): a title's line
    stacked among small print comes back with words or a whole line left out ('Com ity')."""
    heights = [raster.letter_height(text_ink[t.y:t.y + t.height, t.x:t.x + t.width], dpi) for t, _ in pieces]
    page = weighted_median([(h, n) for h, n in heights if n])
    if page <= 0:
        return [pieces, []]
    large = [h >= LARGE_TEXT * page for h, _ in heights]
    return [[p for p, big in zip(pieces, large, strict=True) if not big],
            [p for p, big in zip(pieces, large, strict=True) if big]]


SPECKLED_CONF = 45.0  # a word read with less confidence than this is checked for letters in its ink
LETTER_SHARE = 0.4  # x the page's text height: a letter's ink is at least this tall ('a', 'e'); a speck is smaller
SURE_CONF = 90.0  # the words whose heights give the page's text height
FLAT_SHARE = 0.25  # x the page's text height: a word boxed lower than this holds no letter (an 'a' is twice as high)
SPECK_MARK = 0.3  # x the page's text height: a mark read alone no wider and no taller than this is a speck
TALL_MARKS = frozenset(":;*!?|()[]{}")  # marks at least an 'a' high as printed: one boxed flat (FLAT_SHARE) is a speck


def without_speckled(words: list[OcrWord], text_ink: raster.Image) -> list[OcrWord]:
    """The words less those Tesseract made of specks: a word it is unsure of (under SPECKLED_CONF)
    whose box holds no mark of ink a letter's height (the tallest under LETTER_SHARE of the
    height of the words it reads surely). Noise on a grey banner or in an empty cell of a grainy
    scan comes back as 'ans Dyce ae tee' beside the banner's title ('1. Workforce stability ...'),
    or as ': Sh' before a name, and the banner or the cell then reads as something else. A word
    misread but printed ('Lk' for '1.1') has ink a letter's height and is kept. A token of no
    letter or digit goes too when it stands far from its line's words (stray_mark), or when it is
    a speck's size each way (a ':' 3 pixels by 4 beside a borderless table, read as a column of
    its own); an empty cell's '-' and a list item's mark (list_marks) stay."""
    import cv2
    sure = sorted(w.height for w in words if w.conf >= SURE_CONF and any(ch.isalnum() for ch in w.text))
    if text_ink is None or len(sure) < 5:
        return words
    tall = LETTER_SHARE * sure[len(sure) // 2]
    marks = list_marks(words)
    height, width = text_ink.shape[:2]
    texty: dict[tuple[str, str, str], list[OcrWord]] = {}
    for w in words:
        if any(ch.isalnum() for ch in w.text):
            texty.setdefault(w.line, []).append(w)
    kept = []
    for w in words:
        if id(w) in marks:
            kept.append(w)
            continue
        if not any(ch.isalnum() for ch in w.text):
            # a mark read as a token of its own no wider and no taller than a speck (a dash is as
            # wide as a letter, a colon as tall as an 'a'), or far from its line's words
            if max(w.width, w.height) < SPECK_MARK * sure[len(sure) // 2] and \
                    not spaced_dash(w, texty.get(w.line, []), sure[len(sure) // 2]) or stray_mark(
                    w, texty.get(w.line, []), sure[len(sure) // 2]):
                continue
            if w.line not in texty:  # a mark alone in its line (an empty cell's '-'): small by nature
                kept.append(w)
                continue
        if w.conf >= SPECKLED_CONF:
            kept.append(w)
            continue
        x0, y0 = max(0, int(w.left)), max(0, int(w.top))
        x1, y1 = min(width, int(w.left + w.width) + 1), min(height, int(w.top + w.height) + 1)
        ink = (text_ink[y0:y1, x0:x1] > 0).astype(np.uint8) if x1 > x0 and y1 > y0 else None
        if ink is not None and ink.any():
            count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
            if max(int(st[3]) for st in stats[1:count]) >= tall:
                kept.append(w)
    return kept


def without_flat(words: list[OcrWord]) -> list[OcrWord]:
    """The words less those whose box, fitted to their ink (tighten), is lower than any letter is
    (under FLAT_SHARE of the height of the words read surely): letters Tesseract read in a flat
    streak of specks ('as' 3 pixels high under a 15-pixel date, run into the date's cell), and marks
    printed at least an 'a' high boxed as flat (TALL_MARKS: a '*' 6 pixels by 1 under a heading,
    which would run the heading into the row under it; a dash or a stop is flat by nature)."""
    sure = sorted(w.height for w in words if w.conf >= SURE_CONF and any(ch.isalnum() for ch in w.text))
    if len(sure) < 5:
        return words
    low = FLAT_SHARE * sure[len(sure) // 2]
    return [w for w in words if not ((any(ch.isalnum() for ch in w.text) or set(w.text) & TALL_MARKS)
                                     and w.height < low)]


MARK_CONF = 70.0  # a mark alone read with less confidence than this, far from the words of its line, is a speck
MARK_REACH = 2.0  # x the page's text height: how far a mark stands from a word it belongs to, at most


def stray_mark(w: OcrWord, line_words: list[OcrWord], text_height: float) -> bool:
    """A token of no letter or digit (':', '=', '»'), read unsurely, in a line of words it stands
    far from (over MARK_REACH text heights from the nearest): a speck on a shaded banner read into
    the banner's line, which then opens the cell as a line of its own (':' over '1. Workforce
    stability and practice quality'). A colon or a dash sits beside its word; a mark alone in an
    empty cell is in a line of its own and kept."""
    if w.conf >= MARK_CONF or any(ch.isalnum() for ch in w.text) or not line_words:
        return False
    gap = min(max(o.left - (w.left + w.width), w.left - (o.left + o.width), 0.0) for o in line_words)
    return gap > MARK_REACH * text_height


SCRAP_CHARS = 2  # a token of this many letters or digits at most is a scrap a speck can be read as ('a', '5')


def without_scraps(words: list[OcrWord]) -> list[OcrWord]:
    """The words less the scraps specks were read as (stray_scrap), once the words Tesseract was unsure
    of have been read again (second_look: a figure in a narrow column read '31' at first with little
    confidence is '3.1' read alone, and kept)."""
    sure = sorted(w.height for w in words if w.conf >= SURE_CONF and any(ch.isalnum() for ch in w.text))
    if len(sure) < 5:
        return words
    texty: dict[tuple[str, str, str], list[OcrWord]] = {}
    for w in words:
        if any(ch.isalnum() for ch in w.text):
            texty.setdefault(w.line, []).append(w)
    return [w for w in words if not stray_scrap(w, texty.get(w.line, []), sure[len(sure) // 2])]


def stray_scrap(w: OcrWord, line_words: list[OcrWord], text_height: float) -> bool:
    """A token of one or two letters or digits, read unsurely (under MARK_CONF), in a line of words
    it stands far from (over MARK_REACH text heights from the nearest of the others): a speck read
    as a letter ('When: 4 November 2026' and an 'a' read in a speck far to its right, a '5' of one
    pixel beside a cell's 'Head of Internal Audit'), which would end the line's date or open a column
    of its own. A short word of the text ('a', 'of', '6') stands a word space from its neighbours, and
    a letter alone in a cell of its own (a RAG 'G') is read surely or in a line of its own."""
    core = sum(ch.isalnum() for ch in w.text)
    if w.conf >= MARK_CONF or not 0 < core <= SCRAP_CHARS:
        return False
    others = [o for o in line_words if o is not w]
    if not others:
        return False
    gap = min(max(o.left - (w.left + w.width), w.left - (o.left + o.width), 0.0) for o in others)
    return gap > MARK_REACH * text_height


DASH_REACH = 1.0  # x the page's text height: how far a dash set between two words stands from each


def spaced_dash(w: OcrWord, line_words: list[OcrWord], text_height: float) -> bool:
    """A dash read surely between two words of its line, near each ('online - Director of Public
    Health - w/c 9 March'): punctuation as small as a speck in small type on a low-resolution scan
    (4 pixels by 2), but a speck is no dash read with WORD_SURE confidence with words either side."""
    if w.text not in ("-", "–", "—") or w.conf < WORD_SURE:
        return False
    reach = DASH_REACH * text_height
    left = any(0 <= w.left - (o.left + o.width) <= reach for o in line_words)
    right = any(0 <= o.left - (w.left + w.width) <= reach for o in line_words)
    return left and right


REPEAT_SHARE = 0.6  # two words whose boxes share this much of the larger are one word read twice


def without_repeats(words: list[OcrWord]) -> list[OcrWord]:
    """The words less those read twice: pieces of the page cut to be read can overlap (a stamp's
    frame boxes a cell's text a second time), and no two words of a page lie on one another. Of
    two words whose boxes mostly overlap, the one Tesseract was surer of is kept, in reading
    order."""
    order = sorted(range(len(words)), key=lambda i: words[i].top)
    dropped: set[int] = set()
    for k, i in enumerate(order):
        a = words[i]
        for j in order[k + 1:]:
            b = words[j]
            if b.top >= a.top + a.height:
                break
            if i in dropped or j in dropped:
                continue
            w = min(a.left + a.width, b.left + b.width) - max(a.left, b.left)
            h = min(a.top + a.height, b.top + b.height) - max(a.top, b.top)
            if w <= 0 or h <= 0:
                continue
            if w * h >= REPEAT_SHARE * max(a.width * a.height, b.width * b.height):
                dropped.add(j if (b.conf, -j) < (a.conf, -i) else i)
    return [w for n, w in enumerate(words) if n not in dropped]


MISSED_WORD_INCH = 0.02  # a gap between letters this wide or less holds one run of ink (a word space is wider)
MISSED_MIN_INCH = (0.12, 0.04)  # ink left unread narrower or lower than this is a speck or a bullet, not a line
MISSED_LETTER_INCH = (0.04, 0.07)  # ... unless it is as wide and tall as a capital letter alone ('A', 'G' in a cell)
LONE_CONF = 85.0  # such a letter alone, read with less confidence than this, is a speck's reading
LETTER_SHAPE = 1.2  # × its height: ink no wider than this is a letter or two, not a line
LETTER_APART_INCH = 0.1  # ... and one this close beside a word read is a letter of it the word's box left out
MISSED_MAX_INCH = 0.3  # ... taller than this, a picture or a logo
SPARSE_PSM = 11  # lines read again are read as sparse text: a block's layout analysis drops lines of a montage
MISSED_CONF = 60.0  # a word read in ink left over is kept when Tesseract is this sure of it


def missed_lines(scan: ScanImage, exe: str, zoom: float) -> list[OcrWord]:
    """Text Tesseract left out: ink no word's box covers, in runs a line of text is wide and tall
    (Tesseract's page layout drops a line now and then, most often the first line of a block beside
    text set far apart, 'Assistant Director,' over 'Safeguarding'), read again on its own. Nothing
    is run when every run of text ink was read."""
    import cv2
    if scan.text_ink is None or not scan.words:
        return []
    left = (scan.text_ink > 0).astype(np.uint8)
    height, width = left.shape[:2]
    for w in scan.words:
        x0, y0 = max(0, int(w.left) - 2), max(0, int(w.top) - 2)
        left[y0:int(w.top + w.height) + 3, x0:int(w.left + w.width) + 3] = 0
    reach = max(2, int(MISSED_WORD_INCH * scan.dpi))
    runs = cv2.dilate(left, np.ones((1, 2 * reach + 1), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
    min_w, min_h = (int(v * scan.dpi) for v in MISSED_MIN_INCH)
    letter_w, letter_h = (int(v * scan.dpi) for v in MISSED_LETTER_INCH)
    pad = max(3, int(0.03 * scan.dpi))
    apart = int(LETTER_APART_INCH * scan.dpi)
    lines: list[raster.Piece] = []
    letters: list[raster.Piece] = []
    for x, y, w, h, _area in stats[1:count]:
        if h > MISSED_MAX_INCH * scan.dpi or h < min_h:
            continue
        letter = w < min_w or w <= LETTER_SHAPE * h  # a capital alone in its cell (no word near it), or a speck
        if letter:
            if w < letter_w or h < letter_h or any(
                    o.top < y + h and y < o.top + o.height and o.left - apart < x + w and x < o.left + o.width + apart
                    for o in scan.words):
                continue
        # the run alone on white (the edges of the lines above and below, cut through, would be read as a line)
        x0, y0 = max(0, x - pad), max(0, y - pad)
        pixels = np.full((min(height, y + h + pad) - y0, min(width, x + w + pad) - x0), 255, np.uint8)
        pixels[y - y0:y - y0 + h, x - x0:x - x0 + w] = scan.text_image[y:y + h, x:x + w]
        (letters if letter else lines).append((raster.Tile(x0, y0, pixels.shape[1], pixels.shape[0]), pixels))
    found: list[OcrWord] = []
    # lines are read as sparse text; letters alone as a block (sparse text leaves a lone letter out)
    for pieces, psm, least in ((lines, SPARSE_PSM, MISSED_CONF), (letters, PSM, LONE_CONF)):
        for image, tiles in raster.stack_pieces(pieces, scan.dpi, max_height=int(MAX_OCR_PIXELS / zoom)):
            for w in placed(read_words(image, exe, scan.dpi, zoom, psm), tiles):
                if w.conf >= least and any(ch.isalnum() for ch in w.text):
                    w.line = (f"missed{w.line[0]}", w.line[1], w.line[2])
                    found.append(w)
    return found


def second_look(scan: ScanImage, exe: str) -> list[OcrWord]:
    """The words read with less confidence than SECOND_LOOK read again, each on its own, at the
    scan's own resolution (not enlarged: enlarging helps small print as a rule, '1.1' for '11',
    and spoils a letter now and then, 'jul-19' for 'Jul-19'); the reading Tesseract is surer of
    (by SECOND_MARGIN) is kept, in the first reading's line. A scan read at its own resolution
    (300 dpi and over) is looked at again too: a word read alone is read without the block round
    it, and a lone figure in a narrow column read in a block comes back garbled ('c' for '7', 'ib'
    for '12', with little confidence)."""
    doubtful = [w for w in scan.words if w.conf < SECOND_LOOK and any(ch.isalnum() for ch in w.text)]
    if not doubtful:
        return scan.words
    better: dict[int, list[OcrWord]] = {}
    for w, found in zip(doubtful, read_again(scan, doubtful, exe), strict=True):
        # a word's box can reach over its neighbours (Tesseract boxes a misread word wide): what is
        # read there besides it is theirs, read already
        others = [o for o in scan.words if o.line == w.line and o is not w]
        again = [a for a in found if not any(o.left <= a.left + a.width / 2 <= o.left + o.width for o in others)]
        if again and mean_conf(again) > w.conf + SECOND_MARGIN:
            for a in again:
                a.line = w.line
            better[id(w)] = again
    return [a for w in scan.words for a in better.get(id(w), [w])]


def read_again(scan: ScanImage, words: list[OcrWord], exe: str) -> list[list[OcrWord]]:
    """Each word's box (with a little white round it) cut from the page and read at the scan's
    resolution, all in one montage as a rule; the words found in each box, in page pixels."""
    pad = max(2, int(0.03 * scan.dpi))
    height, width = scan.text_image.shape[:2]
    pieces = []
    for w in words:
        x0, y0 = max(0, int(w.left) - pad), max(0, int(w.top) - pad)
        x1, y1 = min(width, int(w.left + w.width) + pad), min(height, int(w.top + w.height) + pad)
        pieces.append((raster.Tile(x0, y0, x1 - x0, y1 - y0), scan.text_image[y0:y1, x0:x1]))
    readings: list[list[OcrWord]] = [[] for _ in words]
    first = 0
    for image, tiles in raster.stack_pieces(pieces, scan.dpi, max_height=MAX_OCR_PIXELS):
        for word in read_words(image, exe, scan.dpi, 1.0):
            k = tile_of(word, tiles)
            if k is not None:
                word.left, word.top = word.left + tiles[k].x, word.top + tiles[k].y - tiles[k].at
                readings[first + k].append(word)
        first += len(tiles)
    return readings


def probe(pieces: list[raster.Piece], exe: str, dpi: float, upside_down: bool = False) -> float:
    """Tesseract's mean confidence over a sample of the page's text (the PROBE_PIECES pieces with
    the most ink in their first PROBE_INCH, each cut to that height), read as it is or turned
    upside down: text read the wrong way up comes back with little confidence. Ink, not area,
    chooses them: a noisy scan's blank margins come in tall pieces dotted with specks, which read
    badly whichever way up the page is."""
    limit = int(PROBE_INCH * dpi)
    # the pieces with the most ink (pscan3), each piece's first strip, then (a page whose specks join its
    # text into a block or two) its next ones
    chosen = sorted(pieces, key=lambda p: probe_ink(p[1], limit, upside_down), reverse=True)[:PROBE_PIECES]
    strips = [probe_strips(raster.turn(pixels, 2 if upside_down else 0), limit) for _, pixels in chosen]
    cuts = [s[0] for s in strips if s] + [cut for s in strips for cut in s[1:]]
    sample = [(raster.Tile(0, 0, cut.shape[1], cut.shape[0]), cut) for cut in cuts[:PROBE_PIECES]]
    if not sample:
        return 0.0
    image, _ = raster.stack_pieces(sample, dpi)[0]
    return mean_conf(read_words(image, exe, dpi, ocr_zoom(dpi)))


def probe_strips(pixels: raster.Image, limit: int) -> list[raster.Image]:
    """A piece of text cut into strips about `limit` rows tall from its top, each cut at the row with the
    least ink near that height (between two lines of text, not through one: a line of large type cut in
    half reads as nonsense, and the page was then turned the wrong way); a piece no taller is whole."""
    if len(pixels) <= limit:
        return [pixels]
    ink = (pixels < 128).sum(axis=1) if pixels.ndim == 2 else (pixels.min(axis=2) < 128).sum(axis=1)
    # a row of text holds more ink than a speck or two (a speckled scan's blank rows are not blank)
    text_rows = np.flatnonzero(ink >= max(4, pixels.shape[1] * STRIP_INK))
    out: list[raster.Image] = []
    top = int(text_rows[0]) if len(text_rows) else len(ink)
    while top < len(ink) and len(out) < PROBE_PIECES:
        if len(ink) - top <= limit:
            out.append(pixels[top:])
            break
        low, high = top + limit // 2, min(len(ink), top + limit * 3 // 2)
        cut = low + int(np.argmin(ink[low:high]))
        out.append(pixels[top:cut])
        later = text_rows[text_rows >= cut]  # the next strip starts at the next row of text
        top = int(later[0]) if len(later) else len(ink)
    return out


def probe_ink(pixels: raster.Image, limit: int, upside_down: bool = False) -> int:
    """The dark pixels in the part of a piece the probe reads (its first `limit` rows, or its
    last when it is read upside down)."""
    cut = pixels[:limit] if not upside_down else pixels[-limit:]
    return int(np.count_nonzero(cut < INK_LEVEL))


class Illegible(Exception):
    """An image whose sample of text reads poorly whichever way it is turned (read_scan's `legible`):
    the best mean confidence of the sample, of 100."""

    def __init__(self, conf: float) -> None:
        super().__init__(f"{conf:.0f} of 100")
        self.conf = conf


def read_scan(bgr: raster.Image, dpi: float, exe: str, legible: float = 0.0) -> ScanImage:
    """The page read the right way up. A page whose text runs up or down the image is turned a
    quarter first; a sample of its text is read as it is and upside down when Tesseract is not
    sure of it, and the page turned the way it reads best (the other two quarters are tried
    when neither way reads well). Then the whole page is read once, unless its sample read with
    less confidence than `legible` every way (raises Illegible; a scanned page is read whatever,
    0: a picture in a document is read only when it shows text, extract/pictures.py)."""
    coarse = raster.coarse_ink(raster.grey(bgr), dpi)
    quarters = [1, 3] if raster.sideways(coarse, min(dpi, raster.ANALYSIS_DPI)) else [0, 2]
    tried: list[tuple[float, int]] = []
    for pair in (quarters, [q for q in (0, 1, 2, 3) if q not in quarters]):
        turned = raster.turn(bgr, pair[0])
        scan, pieces = prepare(turned, dpi)
        conf = probe(pieces, exe, dpi)
        if conf >= PROBE_SURE:
            return finish(scan, pieces, exe, pair[0])
        tried += [(conf, pair[0]), (probe(pieces, exe, dpi, upside_down=True), pair[1])]
        best_conf, best = max(tried)
        if best_conf >= PROBE_SURE:
            break
    best_conf, best = max(tried)
    if best_conf < legible:
        raise Illegible(best_conf)
    scan, pieces = prepare(raster.turn(bgr, best), dpi)
    return finish(scan, pieces, exe, best)


def finish(scan: ScanImage, pieces: list[raster.Piece], exe: str, turns: int) -> ScanImage:
    scan.quarter_turns = turns
    read_pieces(scan, pieces, exe)
    return scan


BAR_REACH_INCH = 1.0  # a percentage printed at a drawn bar's end stands no further right of its fill than this
BAR_TALL = 2.5  # × the words' height beside it: a shaded area no taller than this, and wider than tall, is a bar
BAR_MARKS = re.compile(r"^['‘’`=_~|]+(?=\d)")  # marks read from a bar's fill or frame, before its figure
PERCENT = re.compile(r"^\d{1,3}(?:[.,]\d+)?%$")
BAR_END_PERCENT = re.compile(r"^[1lI|](\d{2}(?:[.,]\d+)?%)$")  # '190%': a bar's end read as '1' before '90%'


def without_bar_ends(words: list[OcrWord], areas: list[tuple[int, int, int, int, str]],
                     dpi: float) -> list[OcrWord]:
    """Words less what Tesseract reads in a drawn progress bar beside its percentage (a shaded bar
    on the line, a percentage to its right): marks with no letter or digit read from the bar's
    fill or frame ("'=", '-'), and the bar's closing edge read as a '1' run into the figure ('190%'
    for '|90%': no bar shows more than 100%). A percentage of 100 or less is left as read."""
    out = []
    for w in words:
        bottom = w.top + w.height
        bars = [a for a in areas if a[2] - a[0] > a[3] - a[1] and a[3] - a[1] <= BAR_TALL * w.height
                and min(bottom, a[3]) - max(w.top, a[1]) > 0.5 * min(w.height, a[3] - a[1])]
        # the bar ends left of the word (or under it) within reach, and its percentage follows on the line
        beside = [a for a in bars if a[0] <= w.left and w.left - a[2] <= BAR_REACH_INCH * dpi]
        if not beside:
            out.append(w)
            continue
        bare = BAR_MARKS.sub("", w.text)  # the bar's marks run into the figure ("'=100%")
        if bare != w.text and PERCENT.match(bare):
            w.text = bare
        m = BAR_END_PERCENT.match(w.text)
        if m and float(m.group(1)[:-1].replace(",", ".")) > 0:  # read as over 100%: the '1' is the bar's edge
            w.text = m.group(1)
        elif not any(ch.isalnum() for ch in w.text) and any(
                min(bottom, x.top + x.height) - max(w.top, x.top) > 0 and x.left > w.left and "%" in x.text
                and x.left - w.left <= BAR_REACH_INCH * dpi
                for x in words):
            continue
        out.append(w)
    return out


FIGURES = re.compile(r"^\d{2,4}$")
STOP_SHARE = 0.35  # a stop is no taller and no wider than this share of the digits beside it


OPENING_MARKS = "([{'\"‘“"
CLOSING_MARKS = ")]}.,;:'\"’”-–"
SPLIT_GAP = 1.0  # × the words' height: a month's two halves stand no further apart than a word space


def with_months_whole(words: list[OcrWord]) -> list[OcrWord]:
    """A month's name Tesseract read in two words ('(A pril 2027)', 'Decem ber': a blurred or kerned
    pair of letters taken for a space) made one word again: two words of one line, side by side,
    whose letters together spell a month and of which the second alone is no month nor any word
    Tesseract would set apart from the first (it opens with a small letter). A date so split is
    read as its year alone, and the milestone keeps '(A pril 2027)' in its text."""
    by_line: dict[tuple[str, str, str], list[OcrWord]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    gone: set[int] = set()
    for line in by_line.values():
        line.sort(key=lambda w: w.left)
        for a, b in zip(line, line[1:], strict=False):
            if id(a) in gone:
                continue
            head, tail = a.text.lstrip(OPENING_MARKS), b.text.rstrip(CLOSING_MARKS)
            if not head.isalpha() or not tail.isalpha() or not tail[:1].islower():
                continue
            whole = (head + tail).lower()
            if len(whole) < 4 or whole not in MONTHS or tail.lower() in MONTHS or head.lower() in MONTHS:
                continue
            if b.left - (a.left + a.width) > SPLIT_GAP * max(a.height, b.height):
                continue
            right = b.left + b.width
            a.text, a.conf = a.text + b.text, min(a.conf, b.conf)
            top, bottom = min(a.top, b.top), max(a.top + a.height, b.top + b.height)
            a.top, a.width, a.height = top, right - a.left, bottom - top
            gone.add(id(b))
    return [w for w in words if id(w) not in gone] if gone else words


def mend_lost_stops(words: list[OcrWord], text_image: raster.Image) -> None:
    """A number read without the stops its ink holds ('41' where the page prints '4.1', a
    reference alone in its cell, with no word round it to tell Tesseract a stop is there): the
    word's ink in as many marks as it has digits, with a small mark at their foot between two of
    them, is read with a stop there. A stop is a speck's size, and read alone it is lost."""
    import cv2
    height, width = text_image.shape[:2]
    for w in words:
        if not FIGURES.match(w.text):
            continue
        x0, y0 = max(0, int(w.left) - 1), max(0, int(w.top) - 1)
        x1, y1 = min(width, int(w.left + w.width) + 2), min(height, int(w.top + w.height) + 2)
        if x1 - x0 < 3 or y1 - y0 < 3:
            continue
        ink = (text_image[y0:y1, x0:x1] < 140).astype(np.uint8)
        count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        marks = sorted((tuple(int(v) for v in st[:4]) for st in stats[1:count] if st[4] >= 2), key=lambda m: m[0])
        tall = max((m[3] for m in marks), default=0)
        digits = [m for m in marks if m[3] > STOP_SHARE * tall]
        foot = max((d[1] + d[3] for d in digits), default=0)
        # a stop sits on the digits' foot, as wide as it is tall; a comma reaches below it, taller than wide
        stops = [m for m in marks if m[3] <= STOP_SHARE * tall and m[2] <= STOP_SHARE * tall
                 and foot - 0.2 * tall <= m[1] + m[3] <= foot + 0.12 * tall and m[3] <= 1.5 * m[2] + 1]
        if len(digits) != len(w.text) or not stops or len(digits) + len(stops) != len(marks):
            continue
        text = ""
        for k, d in enumerate(digits):
            text += w.text[k]
            if k + 1 < len(digits) and any(d[0] + d[2] <= s[0] and s[0] + s[2] <= digits[k + 1][0] for s in stops):
                text += "."
        w.text = text


def tighten(words: list[OcrWord], text_ink: raster.Image) -> None:
    """Each word's top and bottom moved to its ink's. Tesseract's LSTM gives a word the height
    of its line ('is' as tall as 'completed'), and line_size and word_baseline read a word's
    letters against its height."""
    h, w_img = text_ink.shape[:2]
    for w in words:
        x0, x1 = max(0, int(w.left)), min(w_img, int(w.left + w.width + 0.5))
        y0, y1 = max(0, int(w.top)), min(h, int(w.top + w.height + 0.5))
        if x1 <= x0 or y1 <= y0:
            continue
        rows = letter_rows(np.flatnonzero(text_ink[y0:y1, x0:x1].any(axis=1)))
        if rows.size:
            w.top, w.height = float(y0 + rows[0]), float(rows[-1] - rows[0] + 1)


SPECK_GAP = 0.35  # x the letters' height: ink this far above or below them, across blank rows, is a speck's
SPECK_BAND = 0.3  # ... when it is no taller than this share of the letters' height (an 'i''s dot sits closer)


def letter_rows(rows: np.ndarray) -> np.ndarray:
    """The inked rows of a word's box less a speck's caught in the box above or below its letters: a
    thin band of ink (under SPECK_BAND of the letters' height) across a gap of blank rows (over
    SPECK_GAP of it). 'Head' boxed with a speck two pixels high seven rows under its letters stood
    lower than its line's other words, and was read as a line of its own ('of Internal Head Audit').
    An 'i''s dot, an accent or a comma sits close to its letters and stays."""
    if rows.size < 2:
        return rows
    bands = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    if len(bands) < 2:
        return rows
    main = max(range(len(bands)), key=lambda k: len(bands[k]))
    height = len(bands[main])
    lo, hi = main, main
    while lo > 0 and not (bands[lo][0] - bands[lo - 1][-1] - 1 > SPECK_GAP * height
                          and len(bands[lo - 1]) <= SPECK_BAND * height):
        lo -= 1
    while hi < len(bands) - 1 and not (bands[hi + 1][0] - bands[hi][-1] - 1 > SPECK_GAP * height
                                       and len(bands[hi + 1]) <= SPECK_BAND * height):
        hi += 1
    return np.concatenate(bands[lo:hi + 1])


BULLET_REACH = 3.5  # × a line's capital height: how far before its first word a bullet is looked for (a
# word processor's list sets its bullet a quarter inch before the text: 2.3 capital heights of 9 pt type)
BULLET_SIZE = (0.2, 0.75)  # a bullet's width and height, as shares of the letter height beside it
BULLET_SOLID = 0.6  # of its box inked at least (a disc fills 0.79 of its box, a square all of it)
BULLET_MIDDLE = (0.25, 0.85)  # its centre this far down the letters' height (a full stop's is at the foot)


def lost_bullets(words: list[OcrWord], text_ink: raster.Image) -> list[OcrWord]:
    """Bullets Tesseract left out, as '•' words: a list's bullet stands a gutter's width before
    its item's text, so the page is cut there into a piece of bullets alone, which Tesseract reads
    as nothing (and the items of a list run together as one paragraph). A bullet is one solid mark
    of ink no word holds, before a line's first word, about as wide as it is tall, smaller than the
    letters beside it, and centred on their middle (a full stop sits on the baseline), with no other
    ink between it and the word."""
    import cv2
    if text_ink is None or not words:
        return []
    height, width = text_ink.shape[:2]
    lines: dict[tuple[str, str, str], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    boxes = [(w.left, w.top, w.left + w.width, w.top + w.height) for w in words]
    found: list[OcrWord] = []
    for ws in lines.values():
        first = min(ws, key=lambda w: w.left)
        if not first.text[:1].isalnum():
            continue
        tall = [w for w in ws if any(ch.isupper() or ch.isdigit() or ch in "bdfhklt" for ch in w.text)]
        if not tall:
            continue
        top = float(np.median([w.top for w in tall]))
        letter = float(np.median([w.top + w.height for w in tall])) - top  # capital height (descenders aside)
        if letter < 4:
            continue
        x0, x1 = max(0, int(first.left - BULLET_REACH * letter)), int(first.left) - 1
        y0, y1 = max(0, int(top - 0.3 * letter)), min(height, int(top + 1.3 * letter))
        if x1 - x0 < 3 or any(b[0] < x1 and b[2] > x0 and b[1] < y1 and b[3] > y0 for b in boxes):
            continue  # a word there (the bullet read, or the line's own text)
        ink = (text_ink[y0:y1, x0:x1] > 0).astype(np.uint8)
        count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        marks = [st for st in stats[1:count] if st[4] >= 2]
        if len(marks) != 1:
            continue
        mx, my, mw, mh, area = (int(v) for v in marks[0])
        if mx == 0 or my == 0 or my + mh >= y1 - y0:
            continue  # cut by the window's edge: part of something bigger
        if not (BULLET_SIZE[0] * letter <= min(mw, mh) and max(mw, mh) <= BULLET_SIZE[1] * letter
                and max(mw, mh) <= 1.5 * min(mw, mh) and area >= BULLET_SOLID * mw * mh):
            continue
        middle = (y0 + my + mh / 2 - top) / letter
        if not BULLET_MIDDLE[0] <= middle <= BULLET_MIDDLE[1]:
            continue
        found.append(OcrWord("•", float(x0 + mx), float(y0 + my), float(mw), float(mh), first.conf, first.line))
    return found


BULLET_LOOKALIKES = frozenset("eo«»*°¢©@")  # what Tesseract reads a list's solid round bullet as


def misread_bullets(words: list[OcrWord], text_ink: raster.Image) -> None:
    """Bullets Tesseract read as a letter ('e Launch a foster carer …'), made '•' again: a line's
    first word a lone look-alike (BULLET_LOOKALIKES) before a word, whose ink is one solid mark
    (BULLET_SOLID of its box, no hole: an 'e' or an 'o' has its eye) no bigger than a bullet beside
    the line's letters (BULLET_SIZE). Read as a letter, the item's text opens with it and the list is
    no list."""
    if text_ink is None or not words:
        return
    import cv2
    for first in [w for w in words if w.text in BULLET_LOOKALIKES]:
        # its line: the words level with it (a bullet set a gutter before its text is a piece of its own,
        # so Tesseract's line numbers do not join them); none before it, a word just after it
        middle = first.top + first.height / 2
        level = [w for w in words if w is not first and w.top <= middle <= w.top + w.height]
        if any(w.left < first.left for w in level):
            continue
        rest = sorted((w for w in level if w.left > first.left + first.width), key=lambda w: w.left)
        if not rest or not rest[0].text[:1].isalnum() or rest[0].left - first.left > BULLET_REACH * 2 * first.height:
            continue
        tall = [w.height for w in rest if any(ch.isupper() or ch.isdigit() or ch in "bdfhklt" for ch in w.text)]
        if not tall:
            continue
        letter = float(np.median(tall))
        x0, y0 = max(0, int(first.left) - 1), max(0, int(first.top) - 1)
        x1, y1 = int(first.left + first.width) + 2, int(first.top + first.height) + 2
        ink = (text_ink[y0:y1, x0:x1] > 0).astype(np.uint8)
        count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        marks = [k for k in range(1, count) if stats[k][4] >= 2]
        if len(marks) != 1:
            continue
        mx, my, mw, mh, area = (int(v) for v in stats[marks[0]])
        if not (max(mw, mh) <= BULLET_SIZE[1] * letter and max(mw, mh) <= 1.5 * min(mw, mh)
                and area >= BULLET_SOLID * mw * mh):
            continue
        blob = (labels[my:my + mh, mx:mx + mw] == marks[0]).astype(np.uint8)
        contours, hierarchy = cv2.findContours(blob, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
        if hierarchy is not None and any(h[3] >= 0 for h in hierarchy[0]):
            continue  # a hole: a letter's eye
        first.text = "•"


def ink_density(w: OcrWord, text_image: raster.Image, size: float) -> float:
    """How dark a word is for its size: the ink it holds (the darkness of its pixels summed, which
    blur and JPEG move about but do not add to or take from) over its width times its font size.
    A bold face's thicker strokes hold about a third more ink for the same width."""
    h, w_img = text_image.shape[:2]
    x0, x1 = max(0, int(w.left)), min(w_img, int(w.left + w.width + 0.5))
    y0, y1 = max(0, int(w.top)), min(h, int(w.top + w.height + 0.5))
    if x1 <= x0 or y1 <= y0 or size <= 0:
        return 0.0
    darkness = (255.0 - text_image[y0:y1, x0:x1].astype(np.float64)).clip(0).sum() / 255.0
    return float(darkness / ((x1 - x0) * size))


def mark_bold(words: list[OcrWord], text_image: raster.Image) -> None:
    """Each word's weight, as a born-digital page's font name gives it, from how dark it is for its
    size (ink_density) against the page's body text (the darkness BODY_SHARE of its words' width
    stays under: bold headings and heading rows are the darker few, and must not raise it).
    A line whose words together are BOLD_LINE times as dark is set in bold (a heading, a table's
    heading row): its words are bold unless one is no darker than the body (BOLD_IN_LINE); a
    word in a line of the regular weight is bold alone only when clearly darker (BOLD_ALONE: a
    bold run-in label). A word of fewer than BOLD_LETTERS letters or digits says too little
    alone ('Be', '1.'): it takes its line's verdict."""
    if text_image is None:
        return
    lines: dict[tuple[str, str, str], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    measured = {key: [(w, ink_density(w, text_image, line_size(ws))) for w in ws] for key, ws in lines.items()}
    body = weighted_median([(d, w.width) for line in measured.values() for w, d in line
                            if d > 0 and letters(w.text) >= BOLD_LETTERS], BODY_SHARE)
    if not body:
        return
    for line in measured.values():
        telling = [(d, w.width) for w, d in line if letters(w.text) >= BOLD_LETTERS] or \
            [(d, w.width) for w, d in line]
        line_bold = weighted_median(telling) >= BOLD_LINE * body
        for w, d in line:
            if letters(w.text) < BOLD_LETTERS:
                w.bold = line_bold
            else:
                w.bold = d >= (BOLD_IN_LINE if line_bold else BOLD_ALONE) * body


def letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def weighted_median(values: list[tuple[float, float]], share: float = 0.5) -> float:
    """The value under which `share` of the weight lies (the median by default; 0 for none)."""
    ordered = sorted(values)
    part, seen = sum(wt for _, wt in ordered) * share, 0.0
    for value, wt in ordered:
        seen += wt
        if seen >= part:
            return value
    return 0.0


def ocr_zoom(dpi: float) -> float:
    """How much to enlarge the text for Tesseract: to OCR_DPI (its documented best: 'at least
    300 dpi'; a 150 dpi scan misreads small print, '1.1' as '11'), never shrinking it."""
    return max(1.0, OCR_DPI / dpi)


def read_words(image: raster.Image, exe: str, dpi: float, zoom: float, psm: int = PSM) -> list[OcrWord]:
    """Tesseract's words on an image enlarged `zoom` times, their boxes in the image's own pixels."""
    import cv2
    if zoom != 1.0:
        image = cv2.resize(image, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_CUBIC)
    words = parse_tsv(run_tesseract(image, exe, dpi * zoom, psm))
    if zoom != 1.0:
        for w in words:
            w.left, w.top, w.width, w.height = w.left / zoom, w.top / zoom, w.width / zoom, w.height / zoom
    return words


def cell_boxes(scan: ScanImage) -> list[tuple[float, float, float, float]]:
    """The cells the page's rulings close (PDF points), as the table engine will find them
    (pdfrules.lattice, pdfplumber's own steps)."""
    from planx.extract.pdfrules import as_edges, lattice, merge
    return [box for group in lattice(merge(as_edges(rule_lines(scan)))) for box in group]


def placed(words: list[OcrWord], tiles: list[raster.Tile]) -> list[OcrWord]:
    """Words read on a montage moved back to where their tile is on the page (a word's line
    numbered within its tile, so that no line joins two cells)."""
    out = []
    for w in words:
        i = tile_of(w, tiles)
        if i is not None:
            t = tiles[i]
            w.left += t.x
            w.top += t.y - t.at
            w.line = (f"{i}:{w.line[0]}", w.line[1], w.line[2])
            out.append(w)
    return out


def tile_of(word: OcrWord, tiles: list[raster.Tile]) -> int | None:
    """The montage tile a word read on the montage lies in (by its middle), if any."""
    cy = word.top + word.height / 2
    return next((i for i, t in enumerate(tiles) if t.at <= cy < t.at + t.height), None)


def rule_lines(scan: ScanImage) -> list[dict[str, Any]]:
    """The rulings as pdfplumber line objects in PDF points."""
    s = scan.scale
    out = []
    for seg in scan.rules:
        x0, x1, top, bottom = seg.x0 * s, seg.x1 * s, seg.y0 * s, seg.y1 * s
        out.append({"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                    "width": x1 - x0, "height": bottom - top, "stroke": True, "fill": False,
                    "linewidth": seg.thick * s})
    return out


# letters Tesseract reads for digits where a word gives it no context ('la' for '1a', 'Sa' for '5a'; a '1'
# with a foot and a flag, as Verdana and DejaVu print it, as 'L' or 't': 'Lt', 'it' for '1.1' with its stop lost)
DIGIT_LOOKALIKES = str.maketrans({"I": "1", "l": "1", "i": "1", "|": "1", "L": "1", "t": "1", "O": "0", "o": "0",
                                  "S": "5", "s": "5", "Z": "2", "z": "2", "B": "8", "G": "6",
                                  ":": "."})  # a stop read as a colon: '1:2'
REF_SHAPE = re.compile(r"^\d{1,3}(?:[.\-/]\d{1,3})*[a-z]?$", re.I)  # '1a', '2.3', '10', '4-1'
LETTER_REF = re.compile(r"^[A-Z]\d{0,2}$")  # 'A', 'B', 'C2': areas lettered in capitals
CASE_ALIKE = str.maketrans("cosuvwxz", "COSUVWXZ")  # small letters shaped as their capitals: only size tells
SHORT_CELL = 6  # characters: a reference or a number alone in its cell
REF_SHARE, REF_COLUMN = 0.5, 0.8  # shares of a column's short cells that are references as read, and once mended


def mend_reference_columns(tables: list[FoundTable]) -> None:
    """In a column of references or numbers ('1a', '1b', '2a' …: most of its short cells), a cell
    read with letters where digits belong ('la', 'ib', 'Sa') is read as the digits they look like,
    when that gives the column's shape; in a column of capital letters ('A', 'B', 'D'), a small
    letter shaped as its capital ('c') is that capital. A word gives Tesseract the context to tell
    'l' from '1' or 'c' from 'C'; a cell holding '1a' alone gives it none, but the column does.
    The column's heading ('Ref' in the first row) is not counted among its values."""
    for t in tables:
        columns: dict[int, list[GridCell]] = {}
        for cell in t.cells:
            if cell.colspan == 1 and 0 < len(cell.text.strip()) <= SHORT_CELL:
                columns.setdefault(cell.c, []).append(cell)
        for cells in columns.values():
            for shape, mend in ((REF_SHAPE, as_reference), (LETTER_REF, as_capital)):
                fitting = sum(1 for c in cells if shape.match(c.text.strip()))
                mended = {id(c): m for c in cells if (m := mend(c.text.strip()))}
                # the table's first row, read as no reference even mended, is the column's heading
                # ('Ref', 'No.'), not one of its values
                values = [c for c in cells if c.r > 0 or shape.match(c.text.strip()) or id(c) in mended]
                # half the column a reference as read, nearly all of it once mended
                if fitting < 3 or fitting < REF_SHARE * len(values) or fitting + len(mended) < REF_COLUMN * len(values):
                    continue
                for c in cells:
                    c.text = mended.get(id(c), c.text)
            mend_dropped_stops(sorted(cells, key=lambda c: c.r))


DOTTED_REF = re.compile(r"^(\d)\.\d$")  # '2.1': an area's number, a stop, the action's


def mend_dropped_stops(cells: list[GridCell]) -> None:
    """In a column of references numbered in two levels ('1.1', '1.2', '2.1': nearly all of its
    short cells), two digits alone ('12') are that shape with the stop lost in the scan (a stop is
    a speck's size), when a neighbour in the column starts with the first digit ('1.1' above it,
    or '1.3' below). Tesseract reads each reference alone in its cell with no word to tell it
    that a stop belongs there. The column's heading ('No.' in the table's first row, no digit in
    it) is not one of its values."""
    texts = [c.text.strip() for c in cells]
    values = [t for c, t in zip(cells, texts, strict=True) if c.r > 0 or any(ch.isdigit() for ch in t)]
    if sum(1 for t in values if DOTTED_REF.match(t)) < max(3, REF_COLUMN * len(values)) - 1:
        return
    for k, c in enumerate(cells):
        t = texts[k]
        if not re.fullmatch(r"\d\d", t):
            continue
        near = [texts[j] for j in (k - 1, k + 1) if 0 <= j < len(texts)]
        if any((m := DOTTED_REF.match(n)) and m.group(1) == t[0] for n in near):
            c.text = f"{t[0]}.{t[1]}"


def as_capital(text: str) -> str:
    """A lettered reference read in small letters where capitals look alike ('c' in a column of
    'A', 'B', 'D'); '' when it is none."""
    candidate = text.translate(CASE_ALIKE)
    return candidate if candidate != text and LETTER_REF.match(candidate) else ""


def as_reference(text: str) -> str:
    """The text with its look-alike letters read as digits (a last letter kept: the '1a' of
    'la'), when that makes it a reference and it was none; '' otherwise."""
    if REF_SHAPE.match(text):
        return ""
    for candidate in (text.translate(DIGIT_LOOKALIKES), text[:-1].translate(DIGIT_LOOKALIKES) + text[-1:]):
        if REF_SHAPE.match(candidate) and any(ch.isdigit() for ch in candidate):
            return candidate
    return ""


def add_fills(tables: list[FoundTable], scan: ScanImage) -> None:
    """Each cell's background colour from the image. In a greyscale scan a grey cell says nothing
    of the colour it was, but that it was shaded (a timeline's bar, a heading row): its grey is
    kept when it is clearly darker than paper (raster.SHADED_BELOW), and rag_of_colour names no RAG for it."""
    px = 1.0 / scan.scale
    for t in tables:
        for cell in t.cells:
            x0, y0, x1, y1 = (int(round(v * px)) for v in cell.bbox)
            fill = raster.fill_colour(scan.colour, scan.ink, (x0, y0, x1, y1))
            if scan.in_colour or fill is None or int(fill[1:3], 16) <= raster.SHADED_BELOW:
                cell.fill = fill
    same_fills([c for t in tables for c in t.cells if c.fill])


def same_fills(cells: list[GridCell]) -> None:
    """Fills within FILL_SAME of each other in every channel are one fill, as the page drew it:
    the colour most cells show. A scan's JPEG and grain give one shade a few readings ('#a5a5a5',
    '#a6a6a6'), and readers count a table's fill colours (one colour across a block is a
    timeline's bar, several are ratings)."""
    groups: list[list[GridCell]] = []
    for cell in sorted(cells, key=lambda c: str(c.fill)):
        rgb = channels(str(cell.fill))
        for group in groups:
            if max(abs(a - b) for a, b in zip(rgb, channels(str(group[0].fill)), strict=True)) <= FILL_SAME:
                group.append(cell)
                break
        else:
            groups.append([cell])
    for group in groups:
        usual = Counter(str(c.fill) for c in group).most_common(1)[0][0]
        for c in group:
            c.fill = usual


def channels(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


def pdf_source(page: Any) -> Any:
    """What PDFium can open the page's file from: its path, or (opened from a stream) the stream."""
    pdf = page.pdf
    if getattr(pdf, "path", None):
        return pdf.path
    pdf.stream.seek(0)
    return pdf.stream


# a scanned table's cell that holds nothing but a speck or two read as stops or marks (':' beside a
# band's title, '»' under a rating): the scan's, not the table's. (A dash or a tick says something
# — 'none', 'done' — and is kept.)
SPECK_CELL = re.compile(r"^[.,·:;'`‘’»«\"]{1,3}$")


def without_speck_cells(table: FoundTable) -> FoundTable:
    """The scanned table with its cells of specks alone (SPECK_CELL) left empty: a band's title
    with a speck beside it is a row of one filled cell, as printed."""
    specks = {id(c) for c in table.cells if SPECK_CELL.match("".join(c.text.split()))}
    if not specks:
        return table
    return replace(table, cells=[replace(c, text="") if id(c) in specks else c for c in table.cells])


def ocr_page(page: Any, number: int, hints: tuple[float, ...] = ()) -> PageResult:
    """A scanned page read: its tables and paragraphs as a born-digital page's (`hints`: the
    column edges of the table the page before ended with, as pdf.read_page takes them)."""
    result = PageResult(number=number, height=float(page.height), width=float(getattr(page, "width", 0.0)), ocr=True)
    exe = tesseract()
    if exe is None:
        result.ocr = False
        result.error = f"page {number} is scanned (no text layer) and was not read: {INSTALL_HINT}"
        return result
    try:
        read = read_scanned_page(page, exe, hints)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as e:
        result.ocr = False
        result.error = f"page {number} is scanned and OCR failed ({e})"
        return result
    return scanned_result(result, read)


def ocr_image(bgr: raster.Image, dpi: float, number: int, exe: str, legible: float = 0.0) -> PageResult:
    """A picture (a screenshot of a table pasted into a document) read as a scanned page of its own
    size: the same engine, the picture's pixels at their own resolution (extract/pictures.py).
    Tesseract failing raises (RuntimeError, OSError, TimeoutExpired): the caller says which picture;
    a picture whose text reads with less confidence than `legible` whichever way up raises Illegible."""
    result = PageResult(number=number, height=bgr.shape[0] * 72.0 / dpi, width=bgr.shape[1] * 72.0 / dpi, ocr=True)
    return scanned_result(result, read_image(bgr, dpi, exe, legible=legible))


def scanned_result(result: PageResult, read: ScannedPage) -> PageResult:
    """A scanned page's reading as the page's result: tables, paragraphs in reading order, doubts."""
    number = result.number
    result.height = read.height
    read.layout.tables = [without_speck_cells(t) for t in read.layout.tables]
    result.tables, result.carry = read.layout.tables, read.layout.carry()
    body = body_size(read.chars)
    from planx.extract.pdfcolumns import ColumnLayout
    from planx.extract.pdfpanels import PanelLayout
    from planx.extract.pdfsidebar import SidebarLayout
    if isinstance(read.layout, ColumnLayout | PanelLayout | SidebarLayout):  # columns, panels, a sidebar: each alone
        result.tables, result.paragraphs = read.layout.in_reading_order(
            lambda ls: paragraphs_of(ls, read.height, body, items_apart=True))
    else:
        result.paragraphs = paragraphs_of(read.layout.free, read.height, body, items_apart=True)
    result.ocr_conf = mean_conf(read.scan.words)
    result.warnings.extend(doubts(result.tables, read.chars, number))
    if read.scan.photo_words:
        result.warnings.append(f"page {number}: {len(read.scan.photo_words)} OCR tokens read in a photograph or "
                               f"picture, not text (mean confidence {mean_conf(read.scan.photo_words):.0f} of 100, "
                               "few words), left out")
    return result


@dataclass
class ScannedPage:
    """A scanned page as the table engine read it: the levelled image with its rulings and words,
    the words as the engine's input (PDF points), and what the engine found."""
    scan: ScanImage
    chars: list[Char]
    layout: PageLayout
    width: float
    height: float


def read_scanned_page(page: Any, exe: str, hints: tuple[float, ...] = ()) -> ScannedPage:
    """The page rendered at its scan's resolution, turned, levelled and read (read_scan), and
    put through the table engine (page_layout); a colour scan's cells get their fills."""
    dpi = raster.scan_dpi(list(getattr(page, "images", [])), float(page.width), float(page.height))
    return read_image(raster.render(pdf_source(page), page.page_number - 1, dpi), dpi, exe, hints)


def read_image(bgr: raster.Image, dpi: float, exe: str, hints: tuple[float, ...] = (),
               legible: float = 0.0) -> ScannedPage:
    """An image of a page (or of a table) at `dpi`, turned, levelled and read (read_scan), and put
    through the table engine (page_layout); a colour image's cells get their fills. Raises
    Illegible when no reading of it is legible (read_scan)."""
    # a page covered in grain (scanned in black and white over a grey ground) is read cleared of it,
    # as noise, not grey printed as dots. The grain test is a guess from the ink's texture (a noisy
    # scan of small type looks alike), so such a page is read both ways and the reading Tesseract is
    # surer of is kept
    cleared, grainy = raster.degrained(bgr, dpi)
    readings, illegible = [], []
    for img, degrained in ([(cleared, True)] if grainy else []) + [(bgr, False)]:
        try:
            readings.append(_read_page_image(img, dpi, exe, degrained, legible))
        except Illegible as e:
            illegible.append(e)
    if not readings:
        raise max(illegible, key=lambda e: e.conf)
    scan, chars = max(readings, key=lambda reading: sure_text(reading[1]))
    height, width = (v * scan.scale for v in scan.colour.shape[:2])
    layout = page_layout(scan, chars, width, height, hints)
    mend_reference_columns(layout.tables)
    add_fills(layout.tables, scan)
    return ScannedPage(scan, chars, layout, width, height)


def _read_page_image(bgr: raster.Image, dpi: float, exe: str, degrained: bool,
                     legible: float = 0.0) -> tuple[ScanImage, list[Char]]:
    """A rendered page read (read_scan), and its words as characters. A 1-bit scan that prints grey
    as dots is read as the grey it stands for, unless it was cleared of grain already."""
    dithered = not degrained and descreen.is_dithered(bgr)
    if dithered:
        bgr = descreen.descreened(bgr, dpi)
    scan = read_scan(bgr, dpi, exe, legible)
    scan.dithered, scan.degrained = dithered, degrained
    scan.words, scan.photo_words = photo_blocks(scan.words)
    if scan.photo_words:  # headings printed at a slant read as grain: read again, turned level
        from planx.extract.ocrslant import headings_in_grain, without_fragments
        slanted = headings_in_grain(scan, scan.photo_words, exe)
        scan.words = without_fragments(scan.words, slanted) + slanted
    return scan, words_to_chars(scan.words, scan.scale)


def page_layout(scan: ScanImage, chars: list[Char], width: float, height: float,
                hints: tuple[float, ...] = ()) -> PageLayout:
    """The page's tables and the lines of text outside them, from its rulings and its words'
    boxes (`chars`: one per OCR word), through the table engine of born-digital pages: ruled
    tables from the closed cells, borderless ones from the words' alignment (and the page's shading,
    as a born-digital page's fills). A rule between rows that the scan lost, or the printer left
    out, is put back where the column rules stop together (pdfrules.closing_rules)."""
    from planx.extract.pdfrules import BBox, as_edges, bridged_rules, clipped, closing_rules_beside, merge
    from planx.extract.pdftables import layout_from_words, to_word
    fills = shading(scan)
    found = under_dark_fills(merge(as_edges(rule_lines(scan))), fills)
    edges, bridged = bridged_rules(found, [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in chars])
    implied = closing_rules_beside(edges, [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in chars])
    rulings = edges + implied

    def read(ws: list[Word], within: BBox | None = None) -> PageLayout:
        rules = rulings if within is None else clipped(rulings, within)  # a panel's rulings are its own
        return layout_from_words(ws, rules, (0.0, 0.0, width, height), fills, hints)
    # a page set in two text columns, or in panels side by side, is read part by part in reading
    # order, as a born-digital page is (pdf.page_layout): read across, a column's list going on at
    # the top of the next would be cut into the rows of a two-column 'table'
    from planx.extract.pdfcolumns import read_in_columns
    from planx.extract.pdfpanels import read_in_panels
    from planx.extract.pdfsidebar import read_beside_sidebar
    from planx.extract.pdfsidetables import read_side_tables
    words = [w for w in map(to_word, chars) if w.text.strip()]
    layout: PageLayout | None = (read_side_tables(words, width, height, MARGIN, read, rulings, fills)
              or read_in_columns(words, width, height, MARGIN, read, rulings, fills)
              or read_beside_sidebar(words, width, height, fills + side_shading(scan), read, rulings)
              or read_in_panels(words, width, height, MARGIN, fills, read, rulings)
              or None)
    if layout is None:  # or neither: the engine's reading, unless it took blocks side by side for tables
        from planx.extract.pdfpanels import read_in_blocks
        plain = read(words)
        layout = read_in_blocks(words, plain, read) or plain
    for t in layout.tables:
        put_back = sum(1 for e in implied if t.ruled and t.bbox[0] - 3 <= e["x0"] and e["x1"] <= t.bbox[2] + 3
                       and t.bbox[1] - 3 <= e["top"] <= t.bbox[3] + 3)
        if put_back:  # why the table's rows are where they are: rules the scan lost, put back
            t.evidence["implied_rules"] = put_back
        closed = sum(1 for e in bridged if t.bbox[0] - 3 <= e["x0"] and e["x1"] <= t.bbox[2] + 3
                     and t.bbox[1] - 3 <= e["top"] <= t.bbox[3] + 3)
        if closed:  # and rules the scan broke (a dark fill or a letter ate their ink), closed again
            t.evidence["bridged_rules"] = closed
        if scan.reversed_areas:  # why its heading reads: light words on dark fills were inverted
            t.evidence["reversed_areas"] = scan.reversed_areas
        if scan.dithered:  # why its fills are greys: the page's dots were blurred back into grey
            t.evidence["descreened"] = True
        if scan.streaks:  # and why no column is parted where a line runs down the whole scan
            t.evidence["streaks_painted"] = scan.streaks
    return layout


DARK_FILL = 100  # of 255: a fill this dark (a navy heading band) hides a black rule drawn across it
DARK_FILL_REACH = 3.0  # points: how far past the fill's edge the rule's end stands, at most (the scan's blur)


def under_dark_fills(edges: list[dict[str, Any]], fills: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The scan's column rules run on under a dark fill's edge to the rule that edge draws: a black
    rule drawn across a dark band (the frame beside a navy heading row) shows no ink there, so the
    scan finds it ending where the band ends, a point or two short of the band's own edge rule, and
    the cells beside it (a banner row spanning the table under the headings) are not closed. A
    rule is run on only to the band's edge nearest its end, never through the band: the band's
    words are read as a heading line over the grid (pdftables.heading_line_above), as printed."""
    dark = [f for f in fills if _grey_of(f["colour"]) < DARK_FILL]
    hs = [e for e in edges if e["orientation"] == "h"]
    out = []
    for e in edges:
        if e["orientation"] == "v":
            e = _run_on_under(e, dark, hs)
        out.append(e)
    return out


def _run_on_under(v: dict[str, Any], dark: list[dict[str, Any]], hs: list[dict[str, Any]]) -> dict[str, Any]:
    """A column rule whose top stands just under a dark fill's foot (or whose foot stands just over
    its top), taken up to the horizontal rule the fill's edge draws across it."""
    x, reach = v["x0"], DARK_FILL_REACH
    for f in dark:
        if not f["x0"] - reach <= x <= f["x1"] + reach:
            continue
        across = [h["top"] for h in hs
                  if h["x0"] - reach <= x <= h["x1"] + reach and f["top"] <= h["top"] <= f["bottom"]]
        if not across:
            continue
        if 0 < v["top"] - max(across) and v["top"] - f["bottom"] <= reach:
            return {**v, "top": max(across), "height": v["bottom"] - max(across)}  # (edge shape kept)
        if 0 < min(across) - v["bottom"] and f["top"] - v["bottom"] <= reach:
            return {**v, "bottom": min(across), "height": min(across) - v["top"]}
    return v


def _grey_of(colour: str) -> float:
    """A '#rrggbb' fill's grey level (0 black, 255 white); 255 for anything else."""
    if not (isinstance(colour, str) and len(colour) == 7 and colour.startswith("#")):
        return 255.0
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b


def shading(scan: ScanImage) -> list[dict[str, Any]]:
    """The page's shaded areas (raster.shaded_areas) as a born-digital page's filled rectangles
    (pdfrules.page_fills), in PDF points: the borderless reader reads rows and a timeline's bars
    from them as from a PDF's."""
    s = scan.scale
    areas = raster.shaded_areas(scan.colour, raster.grey(scan.colour), scan.ink, scan.dpi)
    return [{"x0": x0 * s, "top": y0 * s, "x1": x1 * s, "bottom": y1 * s, "colour": colour}
            for x0, y0, x1, y1, colour in areas]


def side_shading(scan: ScanImage) -> list[dict[str, Any]]:
    """The page's tall strips of light shading (raster.side_strips) as filled rectangles in PDF
    points, for finding a sidebar only: too light to be any cell's fill for the table engine."""
    s = scan.scale
    return [{"x0": x0 * s, "top": y0 * s, "x1": x1 * s, "bottom": y1 * s, "colour": "#eeeeee"}
            for x0, y0, x1, y1 in raster.side_strips(raster.grey(scan.colour), scan.dpi)]


def doubts(tables: list[FoundTable], chars: list[Char], number: int) -> list[str]:
    """Warnings for what Tesseract read with little confidence (unsure): each such table, or the
    page's text outside tables."""
    out = []
    inside: set[int] = set()
    for i, t in enumerate(tables, 1):
        held = [c for c in chars if centre_in(c, t.bbox)]
        inside.update(id(c) for c in held)
        if unsure(held):
            out.append(f"page {number}: table {i} is scanned and Tesseract is unsure of its text "
                       f"({describe(held)}): please check it")
    rest = [c for c in chars if id(c) not in inside]
    if unsure(rest):
        out.append(f"page {number} is scanned and Tesseract is unsure of its text outside tables "
                   f"({describe(rest)}): please check it")
    return out


def unsure(chars: list[Char]) -> bool:
    """Words read with little confidence: on average under DOUBTFUL_CONF, or more than
    DOUBTFUL_SHARE of them under UNSURE_WORD (Tesseract's mean stays high over a page of clear
    text with a few cells misread)."""
    words = [c for c in chars if any(ch.isalnum() for ch in c["text"])]
    if not words:
        return False
    return char_conf(words) < DOUBTFUL_CONF or low_share(words) > DOUBTFUL_SHARE


def describe(chars: list[Char]) -> str:
    return f"mean word confidence {char_conf(chars):.0f} of 100, {100 * low_share(chars):.0f}% of words under " \
           f"{UNSURE_WORD:.0f}"


def low_share(chars: list[Char]) -> float:
    return sum(1 for c in chars if c.get("conf", 0.0) < UNSURE_WORD) / len(chars) if chars else 0.0


def centre_in(c: Char, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def sure_text(chars: list[Char]) -> int:
    """How much text a reading holds that Tesseract is sure of: the letters and digits of its words
    read with UNSURE_WORD confidence or more (grain read as letters is unsure; a page read well is
    long and sure)."""
    return sum(sum(ch.isalnum() for ch in c["text"]) for c in chars if c.get("conf", 0.0) >= UNSURE_WORD)


def char_conf(chars: list[Char]) -> float:
    """Mean confidence of OCR words (as characters), weighted by their length."""
    total = sum(len(c["text"]) for c in chars)
    return sum(c.get("conf", 0.0) * len(c["text"]) for c in chars) / total if total else 100.0
