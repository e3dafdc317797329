"""PDF plans with pdfplumber: tables (ruled and borderless) stitched over pages, text outside them.

Per page: characters (drawn-twice copies removed, ligatures expanded) → tables found by
extract/pdftables.py → the remaining text as paragraphs in reading order. Over pages: a table
continuing on the next page (same columns, nothing but page furniture between) is stitched
to the one before, its repeated heading row marked, and a row broken by the page break
joined again. Pages without a text layer are OCR'd with Tesseract when it is installed.
"""
from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from planx.extract.model import AnchoredNote, Block, Cell, ExtractError, Paragraph, Picture, RawDocument, Row, Table
from planx.extract.pdferrors import ENCRYPTED as ENCRYPTED_PDF
from planx.extract.pdferrors import damaged_pdf, detail_of, explain
from planx.extract.pdfframes import Frame, frame_of
from planx.extract.pdfgeom import (
    Char,
    Word,
    dedupe,
    dedupe_runs,
    drawn_dots,
    image_bullets,
    sideways_words,
    upright,
    words_from_chars,
)
from planx.extract.pdfobjects import PageObjects, page_objects
from planx.extract.pdfoverrun import overruns_into_cells
from planx.extract.pdfpage import PageResult, body_size, paragraphs_of, running_size
from planx.extract.pdfrotate import Turn, turn_for
from planx.extract.pdfrules import (
    BBox,
    apart_nested,
    as_edges,
    clipped,
    fill_gaps,
    glyph_marks,
    is_mark,
    merge,
    open_foot_rules,
    page_fills,
    page_rulings,
    verticals_of,
)
from planx.extract.pdfsheet import without_sheet_headings
from planx.extract.pdfslant import is_slanted, slanted_words
from planx.extract.pdftables import READ_AT, FoundTable, GridCell, PageLayout, absorb, cell_styles, layout_from_words
from planx.extract.pdftwoup import sheet_halves
from planx.normalise.severity import Note

PAGE_SECONDS = 30  # one pathological page must not hang a batch
MARGIN = 0.07  # top/bottom fraction of a page holding running headers, footers and page numbers


class PageTimeout(Exception):
    pass


# ---- opening -------------------------------------------------------------------------------
def sniff(path: Path) -> None:
    """ExtractError for files that are not PDFs at all (HTML or images saved as .pdf)."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF" in head:
        return
    low = head.lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")) or b"<html" in low:
        raise ExtractError("not a PDF: this is a web page (HTML) saved with a .pdf name; save the page as PDF "
                           "from the browser (Print → Save as PDF) or convert the .html itself")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise ExtractError("not a PDF: this is an image file saved with a .pdf name")
    if head.startswith(b"PK\x03\x04"):
        raise ExtractError("not a PDF: this is a zip/Office file saved with a .pdf name (try .docx)")
    raise ExtractError("not a PDF: the file has no %PDF header (corrupt or another format)")


def open_pdf(path: Path) -> Any:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    sniff(path)
    try:
        pdf = pdfplumber.open(path, password="")
        _ = pdf.pages  # forces the page tree: broken files fail here, not later
        return pdf
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise ExtractError(ENCRYPTED_PDF, detail=detail_of(e)) from e
    except (MemoryError, RecursionError):
        raise  # the file is not damaged: planx says which limit it hit
    except Exception as e:  # pdfminer raises many kinds on damaged files (pdfplumber wraps them)
        raise damaged_pdf(e) from e


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise PageTimeout after `seconds` of CPU time (only in the main thread, where signals can be used)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGPROF"):
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise PageTimeout()

    # the process's CPU time, not the clock: a busy machine slows a page but does not fail it
    old = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


# ---- pages ---------------------------------------------------------------------------------
def page_chars(objs: PageObjects) -> tuple[list[Char], Turn | None]:
    """The page's characters, and the quarter turn applied when its text is drawn sideways."""
    # the share of upright characters is taken after duplicates are dropped: a page whose text is
    # all drawn two or three times ("fake bold", duplicated text boxes) is not a sideways page
    # (text run past its cell's border over the next cell's: each run back in its own cell first, so
    # that its letters lying over the same letters of the other text are not taken for copies)
    unique = dedupe_runs(dedupe(overruns_into_cells(objs.chars, objs.rects)))
    chars = upright(unique)
    if len(chars) >= 0.4 * len(unique):
        return chars, None
    turn = turn_for(objs.chars, objs.width, objs.height)
    return dedupe_runs(dedupe([turn(c) for c in objs.chars])), turn


def read_page(page: Any, number: int, hints: tuple[float, ...] = (), objs: PageObjects | None = None,
              notes: bool = True) -> PageResult:
    """The page's tables and paragraphs (and its notes, unless `notes` is False: one half of a sheet
    printed 2-up, whose notes the sheet's coordinates place)."""
    if objs is None:
        objs = page_objects(page)  # read once: pdfplumber's page.chars etc. would convert them all again
    result = PageResult(number=number, height=objs.height, width=objs.width)
    chars, turn = page_chars(objs)
    if turn is not None:
        result.height, result.width = objs.width, objs.height
    if not any(c.get("text", "").strip() for c in chars):
        if objs.images:
            from planx.extract.pdfocr import ocr_page  # numpy and OpenCV only for scanned pages
            return ocr_page(page, number, hints)
        return result
    choice = ""
    if objs.images:
        # another program's invisible OCR words over the page's picture: a poor layer's picture is read
        # afresh, a doubtful one's too when that reads better (searchable_scan)
        ocr, choice = searchable_scan(page, objs, number, hints)
        if ocr is not None:
            return ocr
    # bullets drawn as pictures, or as small filled dots (a designed page's vector bullets), read as '•'
    drawn = objs.images + drawn_dots([c for c in objs.curves if is_mark(c)]) if turn is None else []
    if drawn:
        chars = chars + image_bullets(drawn, chars)
    if notes and turn is None:
        result.notes = annotated(page, chars, number)
    layout = page_layout(objs, chars, turn, hints)
    cell_styles(layout.tables, chars)
    if turn is None and (objs.lines or objs.rects):
        from planx.extract.pdfstrike import struck_runs
        result.struck = struck_runs(chars, objs.lines, objs.rects)
    result.tables = layout.tables
    result.carry = layout.carry()
    result.pictures = table_pictures(objs.images)
    if turn is None:
        from planx.extract.pdfframes import page_frames
        result.frames = page_frames(objs.rects, objs.curves, objs.width, objs.height)
    body = running_size(layout.free, body_size(chars))
    from planx.extract.pdfcolumns import ColumnLayout
    from planx.extract.pdfpanels import PanelLayout
    from planx.extract.pdfsidebar import SidebarLayout
    if isinstance(layout, ColumnLayout | PanelLayout | SidebarLayout):  # columns, panels, a sidebar: each read alone
        result.tables, result.paragraphs = layout.in_reading_order(lambda ls: paragraphs_of(ls, result.height, body))
    else:
        result.paragraphs = paragraphs_of(layout.free, result.height, body)
    if choice:
        result.warnings.append(choice)
    return result


def annotated(page: Any, chars: list[Char], number: int) -> list[AnchoredNote]:
    """The notes attached to the page (extract/pdfnotes.py); none when its annotations cannot be read
    (a damaged /Annots array loses the notes, never the page)."""
    from planx.extract.pdfnotes import page_notes
    try:
        annots = page.annots
    except Exception:  # pdfminer raises many kinds on a broken annotation dictionary
        return []
    return page_notes(annots, chars, number) if annots else []


def searchable_scan(page: Any, objs: PageObjects, number: int,
                    hints: tuple[float, ...]) -> tuple[PageResult | None, str]:
    """A scanned page's invisible OCR layer judged (extract/pdfocrlayer.py), when Tesseract is at hand
    to read its picture instead: the fresh reading when it is to be read (a poor layer, or a doubtful
    one that reads worse), and a note of the choice and why ('' for a clean layer, or no such page:
    the layer's words are then read as any text)."""
    from planx.extract.pdfocr import ocr_page, tesseract
    from planx.extract.pdfocrlayer import layer_check, ocr_layer_over_scan, ocr_reads_better, reading_texts
    if not ocr_layer_over_scan(page, objs.images, objs.width, objs.height) or tesseract() is None:
        return None, ""
    layer = layer_check(page)
    if layer.verdict == "clean":
        return None, ""
    ocr = ocr_page(page, number, hints)
    # the choice is a reading decided on the page's own evidence: a Note (the OCR's doubts are its own)
    said = f"page {number}: its OCR text layer ({layer.describe()})"
    if layer.verdict == "poor":
        ocr.warnings.append(Note(f"{said} reads poorly: the page's picture was read afresh"))
        return ocr, ""
    if ocr_reads_better(layer, reading_texts(ocr.tables, ocr.paragraphs)):
        ocr.warnings.append(Note(f"{said} was weighed against a fresh reading of the page's picture, which read "
                                 "better: the fresh reading was kept"))
        return ocr, ""
    return None, Note(f"{said} was weighed against a fresh reading of the page's picture, which read no better: "
                      "the layer was kept")


def table_pictures(images: list[dict[str, Any]]) -> list[tuple[tuple[float, float, float, float], float]]:
    """The page's pictures big enough to hold a table (pictures.holds_table: not a logo or an icon),
    with their boxes and their own resolution (pixels over printed width)."""
    from planx.extract.pictures import holds_table
    out = []
    for im in images:
        x0, top, x1, bottom = (float(im.get(k) or 0.0) for k in ("x0", "top", "x1", "bottom"))
        src = im.get("srcsize") or (0, 0)
        if holds_table((x1 - x0) / 72.0, (bottom - top) / 72.0) and src[0]:
            out.append(((x0, top, x1, bottom), float(src[0]) / ((x1 - x0) / 72.0)))
    return out


def page_layout(objs: PageObjects, chars: list[Char], turn: Turn | None, hints: tuple[float, ...] = ()) -> PageLayout:
    """The page through the table engine: its words (split at vertical rulings), rulings and
    shading, turned with its text when that is sideways; borderless 'tables' over a chart's
    plotted lines (its axis labels) read as text."""
    same: Turn = turn or (lambda o: o)
    drawn = page_rulings(objs.lines, objs.rects, objs.curves)
    shades = page_fills(objs.rects, objs.curves)
    edges = [same(e) for e in drawn + fill_gaps(shades, drawn)]
    fills = [same(f) for f in shades] + glyph_marks(chars)  # (the characters are turned already)
    width, height = (objs.height, objs.width) if turn else (objs.width, objs.height)
    # headings printed at a slant over narrow columns: each read along its baseline and set at its
    # foot, over the column it names (pdfslant.py), not letter by letter across the heading row
    slant = [c for c in chars if is_slanted(c)] if turn is None else []
    if slant:
        chars = [c for c in chars if not is_slanted(c)]
    words = words_from_chars(chars, verticals_of(edges)) + slanted_words(slant)
    # a ruled table whose last row the printer left open (its column rules run on below the last rule
    # across, no rule under them): the rule across their ends closes it, as on a scanned page
    # (pdfrules.closing_rules), or that row's words fall out of the table as a line of text. Each grid
    # apart (a grid nested in another's cell is read apart: merged with it, its rules snap away from
    # where its column rules end)
    boxes = [(w.x0, w.top, w.x1, w.bottom) for w in words]
    edges = edges + [e for g in apart_nested(as_edges(edges)) for e in open_foot_rules(merge(g), boxes)]
    # a designed page's footer band: its text is the page's furniture, never a table's last rows
    foot = footer_band_words(words, fills, width, height)
    if foot:
        kept = {id(w) for w in foot}
        words = [w for w in words if id(w) not in kept]
    sideways = sideways_words(objs.chars) if turn is None and len(chars) < len(objs.chars) else []
    def read(ws: list[Word], within: BBox | None = None) -> PageLayout:
        rules = edges if within is None else clipped(edges, within)  # a panel's rulings are its own
        return layout_from_words(ws, rules, (0.0, 0.0, width, height), fills, hints, sideways)
    from planx.extract.pdfcolumns import read_in_columns
    from planx.extract.pdfpanels import read_in_panels
    from planx.extract.pdfsidebar import read_beside_sidebar
    from planx.extract.pdfsidetables import read_side_tables
    layout: PageLayout | None = (read_side_tables(words, width, height, MARGIN, read, edges, fills)  # two tables,
              or read_in_columns(words, width, height, MARGIN, read, edges, fills)  # two text columns,
              or read_beside_sidebar(words, width, height, fills, read, edges)  # a shaded sidebar beside the body,
              or read_in_panels(words, width, height, MARGIN, fills, read, edges)  # panels side by side,
              or None)
    if layout is None:  # or neither: the table engine's reading, unless it took blocks side by side for tables
        from planx.extract.pdfpanels import read_in_blocks
        plain = read(words)
        layout = read_in_blocks(words, plain, read) or plain
    if foot:
        from planx.extract.pdfgeom import text_lines
        layout.free = sorted(layout.free + text_lines(foot), key=lambda ln: ln.top)
    plots = [same(c) for c in objs.curves if len(c.get("pts") or []) >= 8 and not is_mark(c)]  # marks are no plot
    charts = [t for t in layout.tables if not t.ruled and any(
        overlap(t.bbox, (c["x0"], c["top"], c["x1"], c["bottom"])) > 0.3 for c in plots)]
    if charts:
        layout.tables = [t for t in layout.tables if t not in charts]
        from planx.extract.pdfgeom import text_lines
        from planx.extract.pdftables import centre_in
        back = [w for w in words if any(centre_in(w, t.bbox) for t in charts)]
        layout.free = sorted(layout.free + text_lines(back), key=lambda ln: ln.top)
    return layout


# a footer band spans this share of the page's width at least, and reaches this close (a share of the
# page's height) to its bottom edge
FOOTER_BAND_WIDTH = 0.95
FOOTER_BAND_EDGE = 0.01


def footer_band_words(words: list[Word], fills: list[dict[str, Any]], width: float, height: float) -> list[Word]:
    """The words set on a designed page's footer band: a shaded strip across the whole page
    (FOOTER_BAND_WIDTH) at its bottom edge, starting inside the bottom margin (MARGIN). They are the
    page's furniture (a web address, a strapline), read as lines of text, never as a table's last
    row: a one-page document has no second page to show them repeated (page_footers)."""
    bands = [f for f in fills if not f.get("mark") and f["x1"] - f["x0"] >= FOOTER_BAND_WIDTH * width
             and f["bottom"] >= (1 - FOOTER_BAND_EDGE) * height and f["top"] >= (1 - MARGIN) * height]
    return [w for w in words if any(w.top >= f["top"] - 1 and w.bottom <= f["bottom"] + 1 for f in bands)]


def overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """The share of b's area inside a: a chart's plot lines inside a 'table' of axis labels."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    area = max((b[2] - b[0]) * (b[3] - b[1]), 1.0)
    return max(w, 0.0) * max(h, 0.0) / area


def read_pages(path: Path, limit: int = PAGE_SECONDS) -> tuple[list[PageResult], int]:
    results: list[PageResult] = []
    with open_pdf(path) as pdf:
        total = len(pdf.pages)
        number = 0
        for page in pdf.pages:
            number += 1
            try:
                with time_limit(limit):
                    # a sheet printed 2-up (the two pages it holds, each read alone) is landscape: only
                    # such a sheet's objects are taken out here, once, for the check and the reading
                    objs = page_objects(page) if page.width > page.height else None
                    halves = sheet_halves(objs) if objs is not None else None
                    if halves is not None:
                        total += 1
                        results.append(read_page(page, number, results[-1].carry if results else (), halves[0],
                                                 notes=False))
                        number += 1
                    for part in halves[1:] if halves is not None else [objs]:
                        carry = results[-1].carry if results else ()
                        results.append(read_page(page, number, carry, part, notes=halves is None) if part is not None
                                       else read_page(page, number, carry))
            except PageTimeout:
                results.append(PageResult(number=number, error=f"page {number}: gave up after {limit} CPU-seconds"))
            except (ExtractError, MemoryError, RecursionError):
                raise
            except Exception as e:  # one damaged page must not lose the others
                results.append(PageResult(number=number, error=f"page {number}: could not be read: {explain(e)}"))
            finally:
                page.close()  # frees the page's parsed objects: memory bounded per page
    return results, total


# ---- stitching ---------------------------------------------------------------------------
# a paragraph placed on its page: (page, top, text, heading, size, bold, lead_bold)
PlacedText = tuple[int, float, str, bool, float, bool, str, float]


@dataclass
class Stitched:
    """A table assembled from one or more pages: rows of (page, cells, repeated_header)."""
    page: int
    rows: list[tuple[int, list[GridCell], bool]]
    ncols: int
    edges: list[float]
    ruled: bool
    gaps: list[tuple[float, float]] = field(default_factory=list)
    parts: list[tuple[int, FoundTable]] = field(default_factory=list)  # (page, the table as found on it)
    # rows the page break cut and join() joined again: (the page the row starts on, the one it ends on, its reference)
    spans: list[tuple[int, int, str]] = field(default_factory=list)


def same_columns(a: Stitched, b: FoundTable) -> bool:
    if a.ncols != b.ncols or a.ruled != b.ruled:
        return False
    if not a.edges or not b.col_edges or len(a.edges) != len(b.col_edges):
        return a.ncols == b.ncols
    if a.gaps and len(a.gaps) == len(b.col_gaps):
        # borderless gutters are as wide as each page's text leaves them: the same columns when
        # every gutter of one page overlaps the matching gutter of the other
        return all(x0 <= y1 + 2 and y0 <= x1 + 2 for (x0, x1), (y0, y1) in zip(a.gaps, b.col_gaps, strict=True))
    # borderless column edges sit in gaps whose width depends on each page's text
    tol = 6 if a.ruled else 20
    return all(abs(x - y) <= tol for x, y in zip(a.edges, b.col_edges, strict=False))


def row_texts(cells: list[GridCell]) -> list[str]:
    return [" ".join(c.text.split()) for c in cells]


SAME_TEXT = 90.0  # rapidfuzz ratio over two texts' keys: the same words read twice (OCR: 'Tit1e', 'l' for 'I')


def text_key(text: str) -> str:
    """A text as compared with another printing of it: case and spacing left out (a scan reads
    'Indicator Title' as 'indicator Title' on one page, '+ / -' as '+/-' on another)."""
    return "".join(text.casefold().split())


def same_text(a: str, b: str) -> bool:
    """Two printings of one text: the same key, or (long enough for a letter to be a small part of
    it) keys that differ by a misread letter or two."""
    ka, kb = text_key(a), text_key(b)
    if ka == kb:
        return True
    from rapidfuzz import fuzz
    return min(len(ka), len(kb)) >= 8 and fuzz.ratio(ka, kb) >= SAME_TEXT


def same_row(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(same_text(x, y) for x, y in zip(a, b, strict=True))


def stitch(pages: list[PageResult], *, paged: bool = True,
           dropped: list[tuple[int, float, str, bool]] | None = None) -> list[Stitched | PlacedText]:
    """Blocks in reading order; a table at the top of a page continuing the last table of the page before.
    Running headers, footers and page numbers are left out, unless the text is not `paged` (a text
    file with no form feed is one long 'page': its top and bottom lines are no margin). What is left
    out so goes to `dropped` (page, top, text, furniture: True for a running header, footer or page
    number, False for a page's title printed again over the page that goes on), for the reader to
    account for."""
    blocks: list[Stitched | PlacedText] = []
    last: Stitched | None = None
    furniture = page_furniture(pages) if paged else set()
    footers = page_footers(pages) if paged else set()
    headers = page_headers(pages) if paged else set()
    title_before = ""  # the title in large type that opened the page before
    sections = running_sections(pages) if paged else {}
    section_before = ""  # the section the running header named on the page before
    for pr in pages:
        foot = {top for top, *_ in sorted(pr.paragraphs, key=lambda p: p[0])[-FOOT_LINES:]
                if top > FOOT_ZONE * pr.height}
        # (the first page's own: a running header there may be the document's name, its title)
        head = {top for top, *_ in page_head(pr)} if pr is not pages[0] else set()
        # (a spreadsheet printed with its column letters and row numbers: those taken off first)
        items: list[tuple[float, Any]] = [(t.evidence.get(READ_AT, t.bbox[1]), t)
                                          for t in map(without_sheet_headings, pr.tables)]
        items += [(top, (pr.number, top, text, h, size, bold, lead, indent))
                  for top, text, h, size, bold, lead, indent in pr.paragraphs]
        items.sort(key=lambda it: it[0])
        first_content = True
        title = ""
        pending: tuple[Any, ...] | None = None  # a section named by the running header, not yet placed
        for top, item in items:
            if pending is not None and (isinstance(item, FoundTable) or not (item[3] and item[4] >= TITLE_TYPE)):
                blocks.append(pending)
                pending, last = None, None
            if isinstance(item, FoundTable):
                grid = item.grid()
                if last is not None and first_content and same_columns(last, item):
                    join(last, grid, pr.number)
                    last.parts.append((pr.number, item))
                else:
                    last = Stitched(pr.number, [(pr.number, r, False) for r in grid], item.ncols,
                                    item.col_edges, item.ruled, item.col_gaps, [(pr.number, item)])
                    blocks.append(last)
                first_content = False
            else:
                in_margin = top < MARGIN * pr.height or top > (1 - MARGIN) * pr.height
                key = furniture_key(item[2])
                named = sections.get((pr.number, top))
                if named is not None:
                    common, section = named
                    if dropped is not None:
                        dropped.append((pr.number, top, common, True))
                    if section != section_before:
                        # the section the running header names: a heading over the page's content, under
                        # its title (set at the next table or text); the table above goes on under it no more
                        pending = (pr.number, top, section, True, item[4], True, item[6], item[7])
                    elif dropped is not None:
                        dropped.append((pr.number, top, section, True))
                    section_before = section
                    continue
                if in_margin and key in furniture and not (pr is pages[0] and first_page_title(pr, top)) \
                        or top in foot and key in footers or top in head and header_key(item[2]) in headers:
                    if dropped is not None:
                        dropped.append((pr.number, top, item[2], True))
                    continue  # running header/footer or page number: not content
                if first_content and item[3] and item[4] >= TITLE_TYPE:
                    # its numbers kept: 'Strategy 3:' opening the page after 'Strategy 2:' is a new heading
                    title = " ".join(item[2].lower().split())
                    if title == title_before:
                        if dropped is not None:
                            dropped.append((pr.number, top, item[2], False))
                        continue  # the page's title again (the page goes on): a table under it may go on too
                blocks.append(item)
                first_content = False
                last = None
        if pending is not None:
            blocks.append(pending)
        title_before = title
    return blocks


_HEAD_PARTS = re.compile(r"\s+[|\u2013\u2014]\s+|\s+-\s+|\s*\|\s*")  # ' | ', ' – ', ' - ': a running header's parts
SECTION_WORDS = 10  # a running header's section, at most this many words


def running_sections(pages: list[PageResult]) -> dict[tuple[int, float], tuple[str, str]]:
    """Running headers that name the page's section after the document's name ('Healthier Places
    Plan | Section 2: Active travel' over each page of that section, '… | Section 3: Good food' over
    the next): the first paragraph in a page's top margin, parted by a bar or a spaced dash, whose
    first part is printed the same over most pages (FOOTER_SHARE, two at least) and whose last part
    changes from page to page (two sections at least, a '(continued)' note aside), is short and is
    no page number. A designed
    plan prints the area of the page's rows there and nowhere else. {(page, top): (the common
    part, the section)}."""
    found: dict[tuple[int, float], tuple[str, str]] = {}
    for pr in pages:
        top_lines = sorted((p for p in pr.paragraphs if p[0] < MARGIN * pr.height), key=lambda p: p[0])
        if not top_lines:
            continue
        top, text = top_lines[0][0], top_lines[0][1]
        parts = [x for x in _HEAD_PARTS.split(text.strip()) if x]
        if len(parts) < 2:
            continue
        common, section = text[:text.rfind(parts[-1])].rstrip(" |\u2013\u2014-"), parts[-1]
        if PAGE_NUMBER.match(furniture_key(section)) or PAGE_LABEL_IN.search(furniture_key(section)) \
                or len(section.split()) > SECTION_WORDS or not re.search(r"[A-Za-z]{3}", section) \
                or not re.search(r"[A-Za-z]", common):
            continue
        found[(pr.number, top)] = (common, section)
    by_common: dict[str, set[str]] = {}
    pages_of: dict[str, int] = {}
    for common, section in found.values():
        key = furniture_key(common)
        # 'Plan 2025 (continued)' over the next page is the page before's heading again, no new section
        by_common.setdefault(key, set()).add(" ".join(continued_mark().sub("", section).lower().split()))
        pages_of[key] = pages_of.get(key, 0) + 1
    most = max(2.0, FOOTER_SHARE * len(pages))
    return {at: (common, section) for at, (common, section) in found.items()
            if pages_of[furniture_key(common)] >= most and len(by_common[furniture_key(common)]) >= 2}


# a page numbered in roman numerals, as front matter is ('… March 31, 2011 | page iii'): its number, as a digit's
_ROMAN_PAGE = re.compile(r"\b(page|p\.)\s*[ivxl]{1,6}\b")


def furniture_key(text: str) -> str:
    """The text of a page's furniture with its page number left out (in digits or, after 'page', in roman
    numerals), so the same footer on every page has one key."""
    return _ROMAN_PAGE.sub(r"\1 #", re.sub(r"\d+", "#", " ".join(text.lower().split())))


PAGE_NUMBER = re.compile(r"^(page\s*)?#(\s*(of|/)\s*#)?$")


TITLE_TYPE = 16.0  # points: a line in type this large and set apart as a heading is a title, not page furniture
LARGE_FURNITURE_SHARE = 0.6  # ... unless it repeats on this share of the pages (a 'DRAFT' mark on every page)


def page_furniture(pages: list[PageResult]) -> set[str]:
    """Texts in the top/bottom margins that repeat on several pages, and page numbers. A title in
    large type repeated on a few pages is none (a slide's title again on the slide that goes on
    with it); on most pages it is ('DRAFT' across the top of every page)."""
    seen: dict[str, int] = {}  # text → the number of pages it is printed on (in a margin)
    large: set[str] = set()
    for pr in pages:
        on_page: set[str] = set()  # a text twice in one page's margins is not repeated from page to page
        for top, text, heading, size, *_ in pr.paragraphs:
            if top < MARGIN * pr.height or top > (1 - MARGIN) * pr.height:
                key = furniture_key(text)
                on_page.add(key)
                if heading and size >= TITLE_TYPE:
                    large.add(key)
        for key in on_page:
            seen[key] = seen.get(key, 0) + 1
    most = max(3.0, LARGE_FURNITURE_SHARE * len(pages))
    return {k for k, n in seen.items() if (n >= most if k in large else n >= 2) or PAGE_NUMBER.match(k)}


FOOT_LINES = 2  # the last paragraphs of a page that may be its footer
FOOTER_SHARE = 0.5  # ... printed at the foot of this share of the pages (three at least)
FOOTER_WORDS = 8  # a footer's words, at most
LONG_FOOTER_SHARE = 0.8  # ... a footer of more words: printed at the foot of this share of the pages
FOOT_ZONE = 0.8  # a footer stands below this share of the page's height (the body's text above)


def first_page_title(pr: PageResult, top: float) -> bool:
    """Whether the paragraph at `top` heads the first page in its largest type, in the top margin:
    the document's title, though printed again over every page (a form's name over each of its
    forms), where a running header is set in small type."""
    at = next((p for p in pr.paragraphs if p[0] == top), None)
    if at is None or not at[2] or top >= MARGIN * pr.height:
        return False
    return at[3] >= max(p[3] for p in pr.paragraphs) and at[3] > body_size_of(pr)


def body_size_of(pr: PageResult) -> float:
    """The type size most of the page's paragraphs are set in (by their characters)."""
    sizes: dict[float, int] = {}
    for p in pr.paragraphs:
        sizes[p[3]] = sizes.get(p[3], 0) + len(p[1])
    return max(sizes, key=lambda k: sizes[k], default=0.0)


def page_footers(pages: list[PageResult]) -> set[str]:
    """Footers set above the bottom margin strip: a short text (a protective marking, a page number,
    the document's name) printed as one of the last FOOT_LINES paragraphs of most pages (FOOTER_SHARE,
    three at least), or a longer one (a company's 'Registered Office: … registered number 10 …') of
    nearly every page (LONG_FOOTER_SHARE), in the page's foot (below FOOT_ZONE of its height; a short body line repeated
    page after page higher up stays text). A marking set a little higher than the margin strip ('UNCLASSIFIED' over the
    page number, 90 % down a landscape page) is the page's furniture all the same."""
    seen: dict[str, int] = {}
    long: set[str] = set()
    for pr in pages:
        last = [p for p in sorted(pr.paragraphs, key=lambda p: p[0])[-FOOT_LINES:] if p[0] > FOOT_ZONE * pr.height]
        for key in {furniture_key(p[1]) for p in last}:
            seen[key] = seen.get(key, 0) + 1
            if len(key.split()) > FOOTER_WORDS:
                long.add(key)
    most = max(3.0, FOOTER_SHARE * len(pages))
    # (a longer one, a company's registered office and number, on nearly every page)
    every = max(3.0, LONG_FOOTER_SHARE * len(pages))
    # (one that numbers the pages, 'Annual Delivery Plan | Page 1 of 2', on two pages is enough)
    return {k for k, n in seen.items() if n >= (every if k in long else most) or n >= 2 and PAGE_LABEL_IN.search(k)}


# a page's number said as one ('page 3 of 12', '… | Page 3'), in a furniture_key: the text numbers the pages
PAGE_LABEL_IN = re.compile(r"\bpage # (?:of|/) #|\bpage #$")


HEAD_LINES = 2  # the first paragraphs of a page that may be its running header
HEAD_ZONE = 0.2  # a running header stands above this share of the page's height


def page_head(pr: PageResult) -> list[tuple[Any, ...]]:
    """The paragraphs that may be the page's running header: of its first HEAD_LINES, those in its
    head (above HEAD_ZONE of its height) above any table of the page, in plain type (a heading, or a
    line in bold, repeated over each page is the pages' own heading: 'Timescales' over each slide)."""
    table_top = min((t.bbox[1] for t in pr.tables), default=pr.height)
    first = sorted(pr.paragraphs, key=lambda p: p[0])[:HEAD_LINES]
    return [p for p in first if p[0] < min(HEAD_ZONE * pr.height, table_top) and not p[2] and not p[4]
            and p[3] < TITLE_TYPE]


def header_key(text: str) -> str:
    """A running header's text as compared from page to page: its numbers kept ('Objective 2' opening
    the page after 'Objective 1' is a new heading, not the same header), but for a page's number said as
    one ('Delivery Plan - Page 2 of 5')."""
    key = furniture_key(text)
    return key if PAGE_LABEL_IN.search(key) else " ".join(text.lower().split())


def page_headers(pages: list[PageResult]) -> set[str]:
    """Running headers set below the top margin strip: a text printed word for word as one of the
    first HEAD_LINES paragraphs, above any table, in the head of most pages (FOOTER_SHARE, two at
    least: the document's name over each page of a plan's table). It parts no table: the table the
    page before ended with may go on under it."""
    seen: dict[str, int] = {}
    for pr in pages:
        for key in {header_key(p[1]) for p in page_head(pr)}:
            seen[key] = seen.get(key, 0) + 1
    most = max(2.0, FOOTER_SHARE * len(pages))
    return {k for k, n in seen.items() if n >= most}


def join(t: Stitched, grid: list[list[GridCell]], page: int) -> None:
    # the heading row(s) repeated on the new page: the table's first rows, or (in a table of
    # several sections, read as one where no rulings part them) the banner and heading rows
    # of the section the page break falls in
    heads = [row_texts(r[1]) for r in t.rows[:3]] + [row_texts(r[1]) for r in t.rows[3:] if not t.ruled]
    start = 0
    while start < min(2, len(grid)) and any(same_row(row_texts(grid[start]), h) for h in heads):
        t.rows.append((page, grid[start], True))  # the heading row(s) repeated on the new page
        start += 1
    at = next((i for i in range(len(t.rows) - 1, -1, -1) if not t.rows[i][2]), None)
    last = t.rows[at][1] if at is not None else None
    # a first column left empty under a vertical merge is that merge continuing, and one empty in
    # every row says nothing: only a first cell printed above and missing below marks a broken row
    again = start < len(grid) and last is not None and ref_again(last, grid[start])
    if again:  # the reference printed again over the row's rest: said once (the row's note names it)
        grid[start] = [c for c in grid[start] if c.c != 0]
    if start < len(grid) and last is not None and at is not None and (again or not label_again(t, grid[start])
            and not series_again(t, grid[start]) and not item_per_row(t, grid[start])
            and not banner_on_top(last, grid[start])
            and not starts_afresh(last, grid[start]) and not group_again(t, grid[start], last)
            and (not own_paragraph(last, grid[start]) or finishes_row(t, last, grid[start])) and (
            broken_row(grid[start]) and any(c.c == 0 and c.text.strip() for c in last) or goes_on(last, grid[start]))):
        joined = [replace(c) for c in last]  # the pages' own tables keep their cells as printed
        t.rows[at] = (t.rows[at][0], joined, t.rows[at][2])
        rejoin(joined, grid[start])
        t.spans.append((t.rows[at][0], page, span_ref(joined)))
        start += 1
    t.rows.extend((page, r, False) for r in grid[start:])


SPAN_REF = re.compile(r"^[A-Za-z]{0,4}\s?\d{1,3}(?:[.\-/]\d{1,3}){0,3}[a-z]?\.?$")  # '1.10', 'HR 4', '2.3a', 'A12'


def span_ref(row: list[GridCell]) -> str:
    """The row's reference for the note on a row over a page break: its first cell where it holds one."""
    first = next((" ".join(c.text.split()) for c in row if c.c == 0), "")
    return first if SPAN_REF.match(first) else ""


def continued_mark() -> re.Pattern[str]:
    from planx.normalise.vocab import SLIDE_CONTINUED
    return re.compile(r"\s*[(\[]?\s*(?:" + "|".join(SLIDE_CONTINUED) + r")\s*[)\]]?\s*$", re.I)


def ref_again(above: list[GridCell], row: list[GridCell]) -> bool:
    """The new page's first row prints in its first column the reference of the row the page before
    ended with, or only a note that it goes on ('1.10' again, '1.10 (cont.)', '(continued)'), over the
    rest of that row: its other cells go on with the text above them, or fill cells the row above left
    empty. The row the page break cut, not a new row of the same reference."""
    key = next((" ".join(c.text.split()) for c in row if c.c == 0), "")
    ref = continued_mark().sub("", key).strip()
    marked = ref != key
    above_ref = next((" ".join(c.text.split()) for c in above if c.c == 0), "")
    if not key or ref and (ref != above_ref or not SPAN_REF.match(ref)):
        return False
    if marked:
        return True
    texts = {c.c: c.text.strip() for c in above}
    rest = [c for c in row if c.c != 0 and c.text.strip()]
    return bool(rest) and (continues_text(texts.get(rest[0].c, ""), rest[0].text.strip())
                           or all(not texts.get(c.c) for c in rest[1:]) and len(rest) > 1)


def label_again(t: Stitched, row: list[GridCell]) -> bool:
    """The row's first cell prints again a first-column text of the table above ('Indicator Title'
    of a form repeated page after page, read 'indicator Title' from a scan): a new row, however its
    case reads, not the rest of the row the page break cut."""
    key_cell = next((c for c in row if c.c == 0 and c.text.strip()), None)
    if key_cell is None or sum(ch.isalnum() for ch in key_cell.text) < 3:
        return False
    return any(same_text(c.text, key_cell.text) for _, cells, _ in t.rows for c in cells if c.c == 0)


# a numbered label opening a cell: 'Key indicator 2:', 'Priority 3 -', 'Aim 1.' (its words, its number)
NUMBERED_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,30}?)\s+(\d{1,2})\s*[:.\-–—]")


def series_again(t: Stitched, row: list[GridCell]) -> bool:
    """The row's first cell opens with the next label of a numbered series the table's first
    column printed above ('Key indicator 2: …' under 'Key indicator 1: …', as DfE's PE and sport
    premium template prints a banner row per indicator): a new section of the table, not the rest
    of the row the page break cut (even when that row stopped on a comma)."""
    key_cell = next((c for c in row if c.c == 0 and c.text.strip()), None)
    m = NUMBERED_LABEL.match(key_cell.text) if key_cell is not None else None
    if m is None:
        return False
    words, number = " ".join(m.group(1).lower().split()), int(m.group(2))
    for _, cells, _ in t.rows:
        for c in cells:
            above = NUMBERED_LABEL.match(c.text) if c.c == 0 else None
            if above and " ".join(above.group(1).lower().split()) == words and int(above.group(2)) != number:
                return True
    return False


BANNER_WORDS = 12  # a numbered banner's words, at most ('Priority #2a – Increase Graduation Rates')


def banner_on_top(above: list[GridCell], row: list[GridCell]) -> bool:
    """The new page opens with a row of one cell that is a numbered area's banner ('Priority #2',
    'Goal 3 – Attendance', normalise.banners.read_banner), short, that does not go on with the text
    above it ('… compare the figures.' over 'Priority #2'): the next section's title printed across
    the table (its cell may sit in any column: a title centred over the table lies in the second),
    not the rest of the row the page break cut, though its first column is empty."""
    from planx.normalise.banners import read_banner  # (normalise imports extract)
    cell = lone_cell(row)
    if cell is None:
        return False
    text = " ".join(cell.text.split())
    banner = read_banner(text)
    if banner is None or not banner[0] or len(text.split()) > BANNER_WORDS:
        return False
    return not continues_text(next((c.text.strip() for c in above if c.c == cell.c), ""), text)


def item_per_row(t: Stitched, row: list[GridCell]) -> bool:
    """The row's first cell opens with an item's number ('5. Develop an urban forestry plan …') in
    a table whose rows above each hold one numbered item in that column ('4. Adopt a program …' a
    row, its wrapped lines under it): the next item, a row of its own, not the rest of the row the
    page break cut (as it is where one cell lists '1. …' / '2. …' / '3. …' and the page cuts the list)."""
    key_cell = next((c for c in row if c.c == 0 and c.text.strip()), None)
    if key_cell is None or LIST_NUMBER.match(key_cell.text.strip()) is None:
        return False
    single = 0
    for _, cells, repeated in t.rows:
        first = next((c.text.strip() for c in cells if c.c == 0 and c.text.strip()), "") if not repeated else ""
        numbered = [ln for ln in first.splitlines() if LIST_NUMBER.match(ln.strip())]
        if numbered and LIST_NUMBER.match(first):
            if len(numbered) > 1:
                return False  # a cell listing several numbered items: a list the page may cut
            single += 1
    return single >= ITEM_ROWS


ITEM_ROWS = 2  # the fewest rows of one numbered item each that make the table a list of items by row


def lone_cell(row: list[GridCell]) -> GridCell | None:
    filled = [c for c in row if c.text.strip()]
    return filled[0] if len(filled) == 1 else None


def lead_key(text: str) -> str:
    """A group row's opening word with its figures as '#': 'Theme 4 - …' → 'theme', '2. Quality …' → '#.'."""
    first = text.split()[0] if text.split() else ""
    return re.sub(r"\d+", "#", first.lower())


def group_again(t: Stitched, row: list[GridCell], above: list[GridCell]) -> bool:
    """The new page opens with a group row of the table (one cell filled, in capitals, set as rows of
    the table above are that each hold one cell opening with the same word: 'Theme 4 - Participation'
    under 'Theme 1 - …', 'Theme 2 - …'): a new group, not the rest of the row the page break cut."""
    cell = lone_cell(row)
    if cell is None or not cell.text.strip()[:1].isupper() and not cell.text.strip()[:1].isdigit():
        return False
    if continues_text(next((c.text.strip() for c in above if c.c == cell.c), ""), cell.text.strip()):
        return False
    key = lead_key(cell.text)
    return any(c.c == cell.c and lead_key(c.text) == key
               for _, cells, repeated in t.rows if not repeated and (c := lone_cell(cells)) is not None)


def starts_afresh(above: list[GridCell], row: list[GridCell]) -> bool:
    """Most of the row's filled cells (two or more) begin anew rather than go on with the text
    above them: a capital after text that could end there, or a numbered list starting again at
    1 ('(1) Project plan' under '(1) Guidance issued'). A row whose first cells are empty under a
    shared objective is a new row all the same, not the rest of the row the page break cut."""
    texts = {c.c: c.text.strip() for c in above}
    fresh = going = 0
    for c in row:
        text = c.text.strip()
        if not text:
            continue
        above_text = texts.get(c.c, "")
        if continues_text(above_text, text):
            going += 1
        elif first_item(text) or text[:1].isupper() and above_text:
            fresh += 1
    return fresh >= 2 and fresh > going


def own_paragraph(above: list[GridCell], row: list[GridCell]) -> bool:
    """The row opens a paragraph of its own after one the row above ended ('… with minimal
    support.' over 'The Board accepted the recommendation …'), and fills a cell the row above left
    empty (a minute's margin note, 'IB', beside its paragraph): a row of its own, as the page
    before parts such paragraphs, not the rest of the row the page break cut."""
    texts = {c.c: c.text.strip() for c in above}
    filled = [c for c in row if c.text.strip()]
    if len(filled) < 2 or not any(c.text.strip() for c in above):
        return False
    first, rest = filled[0], filled[1:]
    before = texts.get(first.c, "")
    ended = before.endswith((".", "!", "?")) and first.text.strip()[:1].isupper()
    return ended and all(not texts.get(c.c) for c in rest)


ROW_KEY_SHARE = 0.8  # a column filled in this share of a table's rows is one every row fills (key, lead, date)
ROW_KEY_ROWS = 3  # ... counted over this many rows at least


def finishes_row(t: Stitched, above: list[GridCell], row: list[GridCell]) -> bool:
    """The row holds the cells the row above still lacks: its first column (the reference every row
    opens with) is empty, and the cells it fills that the row above left empty are in columns nearly
    every row of the table fills ('1.10 | Develop … settings.' at the foot of the page, '| Publish …
    | Head of Learning | Sep 2026 | Amber' at the top of the next). The rest of the row the page break
    cut, even where its text opens a sentence of its own after one the row above ended."""
    if any(c.c == 0 and c.text.strip() for c in row):
        return False
    body = [cells for _, cells, repeated in t.rows[1:] if not repeated]
    if len(body) < ROW_KEY_ROWS:
        return False
    filled = {c.c for c in above if c.text.strip()}

    def every_row(col: int) -> bool:
        return sum(any(c.c == col and c.text.strip() for c in cells) for cells in body) >= ROW_KEY_SHARE * len(body)

    missing = [c.c for c in row if c.text.strip() and c.c not in filled]
    return 0 in filled and every_row(0) and bool(missing) and all(every_row(col) for col in missing)


def first_item(text: str) -> bool:
    """The text opens a numbered list at its first item ('(1) …', '1. …')."""
    m = LIST_NUMBER.match(text)
    return bool(m and int(m.group(1)) == 1)


MID_SENTENCE = re.compile(r"^[a-z]{2,}|^[,;)]")  # a word going on in lower case (not a mark such as 'x')


def broken_row(first: list[GridCell]) -> bool:
    """The first row on the new page continues the last one: nothing in the first column, or
    most of its cells open mid-sentence (a row the page break cut through: 'and geography units',
    'release time', 'committee, summer')."""
    key_cell = next((c for c in first if c.c == 0), None)
    filled = [c.text.strip() for c in first if c.text.strip()]
    if (key_cell is None or not key_cell.text.strip()) and filled:
        return True
    lower = sum(1 for t in filled if MID_SENTENCE.match(t))
    return len(filled) >= 2 and lower >= 0.6 * len(filled)


LIST_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]")


def goes_on(above: list[GridCell], row: list[GridCell]) -> bool:
    """The row is the rest of the row above, cut by the page break: its first filled cell and
    most of the others go on with the text above them (in lower case, after a line ending
    mid-phrase, or with the next number of a numbered list)."""
    texts = {c.c: c.text.strip() for c in above}
    filled = [c for c in row if c.text.strip()]
    if not filled:
        return False
    going = [continues_text(texts.get(c.c, ""), c.text.strip()) for c in filled]
    return going[0] and sum(going) * 2 >= len(going)


# a text ending mid-phrase: on a mark that joins, or on a word that cannot end one ('… should ensure a')
_ENDS_MID_PHRASE = re.compile(r"[,\-–/&]$|\b(?:and|or|of|the|to|for|in|with|a|an|by|from)$")


def continues_text(above: str, text: str) -> bool:
    if not above:
        return False
    if text.lstrip("\"'(“‘")[:1].islower() or _ENDS_MID_PHRASE.search(above):
        return True
    last_item = LIST_NUMBER.match(above.splitlines()[-1]) or next(
        (m for m in map(LIST_NUMBER.match, reversed(above.splitlines())) if m), None)
    item = LIST_NUMBER.match(text)
    return bool(item and last_item and int(item.group(1)) == int(last_item.group(1)) + 1)


def rejoin(above: list[GridCell], row: list[GridCell]) -> None:
    """A row cut by the page break: its filled cells' text appended to the row above. A cell of
    it merged down over the rows below (the rest of a merged cell Word or LibreOffice printed on
    the new page) makes the cell above go on over those rows."""
    absorb(above, [c for c in row if c.text.strip()])
    starts = {c.c: c for c in above}
    for c in row:
        a = starts.get(c.c)
        if c.rowspan > 1 and a is not None and a.colspan == c.colspan:
            a.rowspan = max(a.rowspan, c.rowspan)


# ---- to the object model ---------------------------------------------------------------------
def model_rows(t: Stitched) -> list[Row]:
    """Rows of Cells: a vertical merge repeats its text in each covered row with merged_above.

    A merge that reaches the bottom of a page goes on over the empty cell below it on the
    next page (Word prints a merged cell's text once, where the merge starts)."""
    out: list[Row] = []
    pending: dict[int, tuple[GridCell, int]] = {}  # col → (cell, rows still covered)
    ended: dict[int, GridCell] = {}  # merges that covered the previous data row to its end
    prev_page = t.rows[0][0] if t.rows else 0
    lefts: dict[int, float] = {}  # each column's leftmost text start, which its cells' indents count from
    for _, cells, _ in t.rows:
        for c in cells:
            if c.left is not None:
                lefts[c.c] = min(lefts.get(c.c, c.left), c.left)
    for i, (page, cells, repeated) in enumerate(t.rows):
        row_cells: list[Cell] = []
        starts = {c.c: c for c in cells}
        if page != prev_page and not repeated:
            for col, cell in ended.items():
                below = starts.get(col)
                if below is None or not below.text.strip():
                    if below is not None:
                        cells = [c for c in cells if c is not below]
                        del starts[col]
                        pending[col] = (cell, below.rowspan)
                    elif not any(x.c < col < x.c + x.colspan for x in cells):
                        pending[col] = (cell, 1)
            prev_page = page
        if not repeated:
            ended = {}
        for col, (cell, left) in list(pending.items()):
            if col not in starts:
                row_cells.append(Cell(text=cell.text, col=col, colspan=cell.colspan, fill=cell.fill,
                                      merged_above=True))
            if left <= 1 or col in starts:
                del pending[col]
                if col not in starts and not repeated:
                    # (a heading merged down over a page's repeated heading rows ends with them: the
                    # first data row under them is no part of it)
                    ended[col] = cell
            else:
                pending[col] = (cell, left - 1)
        for c in cells:
            indent = round(c.left - lefts[c.c], 1) if c.left is not None and c.c in lefts else 0.0
            row_cells.append(Cell(text=c.text, col=c.c, colspan=c.colspan, rowspan=c.rowspan, fill=c.fill,
                                  bold=c.bold, indent=indent))
            if c.rowspan > 1:
                pending[c.c] = (c, c.rowspan - 1)
        row_cells.sort(key=lambda c: c.col)
        out.append(Row(cells=row_cells, page=page, line=i + 1, repeated_header=repeated))
    return out


def to_document(path: Path, pages: list[PageResult], total: int) -> RawDocument:
    doc = RawDocument(path=str(path), name=path.name, format="pdf", pages=total)
    dropped: list[tuple[int, float, str, bool]] = []
    blocks = cells_rejoined(pages_rejoined(numbers_rejoined(stitch(pages, dropped=dropped))))
    levels = item_levels([None if isinstance(b, Stitched) else (b[2], b[7], b[4], b[3] or b[5]) for b in blocks])
    framed = frames_by_page(pages)
    boxes: dict[tuple[int, int], int] = {}  # (page, frame) → the box's number in the document
    for block, level in zip(blocks, levels, strict=True):
        if isinstance(block, Stitched):
            rows = model_rows(block)
            index = sum(isinstance(b, Table) for b in doc.blocks) + 1
            doc.blocks.append(Table(rows=rows, page=block.page, index=index,
                                    confidence=min((p.confidence for _, p in block.parts), default=None)))
            doc.warnings.extend(doubts(block))
            doc.warnings.extend(spans_noted(block, index))
            doc.chars += sum(len(c.text) for r in rows for c in r.cells if not c.merged_above)
        else:
            page, top, text, heading, size, bold, lead, x0 = block
            lead = "" if bold or len(lead.split()) >= len(text.split()) else lead  # a run-in title only
            frame = frame_of(framed.get(page, []), x0, top)
            box = boxes.setdefault((page, frame), len(boxes) + 1) if frame >= 0 else 0
            doc.blocks.append(Paragraph(text=text, page=page, line=int(top), heading=heading, size=size, bold=bold,
                                        lead_bold=lead, level=level, box=box))
            doc.chars += len(text)
    doc.pictures = pictures_placed(pages, doc.blocks)
    for pr in pages:
        if pr.width and pr.height:
            doc.page_sizes[pr.number] = (pr.width, pr.height)
        if pr.error:
            doc.warnings.append(pr.error)
        doc.struck += [(pr.number, text) for text in pr.struck]
        doc.notes += pr.notes
        doc.warnings.extend(pr.warnings)
    doc.aside += furniture_aside([(page, top, text) for page, top, text, furniture in dropped if furniture])
    named = running_sections(pages)
    if named:
        common = next(iter(named.values()))[0]
        doc.warnings.append(Note(f"the running header names each page's section after '{common}' "
                                 f"({len({s for _, s in named.values()})} sections): read as a heading over the "
                                 "page's content"))
    return doc


def frames_by_page(pages: list[PageResult]) -> dict[int, list[Frame]]:
    """Each page's frames drawn around its text (extract/pdfframes.py), by page number."""
    return {pr.number: pr.frames for pr in pages if pr.frames}


def pictures_placed(pages: list[PageResult], blocks: list[Block]) -> list[Picture]:
    """The pages' table-sized pictures, each placed before the first block below it (a paragraph
    lower on its page, or anything on a later page), named by their order on their page."""
    out = []
    for pr in pages:
        for k, (box, dpi) in enumerate(pr.pictures, 1):
            at = next((i for i, b in enumerate(blocks) if b.page > pr.number
                       or (b.page == pr.number and isinstance(b, Paragraph) and b.line > box[1])), len(blocks))
            out.append(Picture(name=f"picture {k}", page=pr.number, at=at, box=box, dpi=dpi,
                               width=(box[2] - box[0]) / 72.0, height=(box[3] - box[1]) / 72.0))
    return out


# an item's number printed alone on its line ('3.', '2.1', '(4)', '5)'): its paragraph starts on the next
_NUMBER_ALONE = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]$|^\(\d{1,2}\)$|^\d{1,2}\.\d{1,2}$")
NUMBER_GAP = 2.5  # type sizes: the paragraph an item's number opens starts this close below it, at most


def numbers_rejoined(blocks: list[Stitched | PlacedText]) -> list[Stitched | PlacedText]:
    """Item numbers printed on a line of their own ('1.' over 'Launch a neighbourhood ASB reporting
    app …', a designed plan's large numerals over their paragraphs) joined to the paragraph they
    number, as a reader reads them: '1. Launch a neighbourhood …'. Only a number with its stop or
    brackets (a bare '3' may be a page's number), over a paragraph of the same page set close below it
    that is neither a heading nor numbered itself."""
    out: list[Stitched | PlacedText] = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if not isinstance(b, Stitched) and nxt is not None and not isinstance(nxt, Stitched) \
                and _NUMBER_ALONE.match(b[2].strip()) and nxt[0] == b[0] and not nxt[3] \
                and 0 <= nxt[1] - b[1] <= NUMBER_GAP * max(b[4], nxt[4], 1.0) \
                and not _NUMBER_ALONE.match(nxt[2].split()[0] if nxt[2].split() else ""):
            page, top, number, heading, size, bold, lead, indent = b
            out.append((page, top, f"{number.strip()} {nxt[2]}", nxt[3], nxt[4], nxt[5], nxt[6], min(indent, nxt[7])))
            k += 2
            continue
        out.append(b)
        k += 1
    return out


# a sentence's end: a paragraph that stops so is whole, whatever the next page opens with
_SENTENCE_STOP = re.compile(r"[.!?:;][\"'”’)]*$")
# a paragraph opening with an item's number ('3.2 Target …', '4.') begins afresh
_NUMBER_OPENS = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s")


def _left_open(text: str) -> bool:
    """Does a paragraph stop where no sentence ends: on a comma or dash, or on a word a sentence
    cannot end on ('for', 'the', 'and'; normalise/vocab.OPEN_ENDING_WORDS)?"""
    from planx.normalise.vocab import OPEN_ENDING_WORDS
    words = text.rstrip().split()
    return bool(words) and (words[-1][-1:] in ",–-" or words[-1].lower() in OPEN_ENDING_WORDS)


def pages_rejoined(blocks: list[Stitched | PlacedText]) -> list[Stitched | PlacedText]:
    """A paragraph the page break cut, joined again: the last paragraph of a page stops mid-sentence
    (no stop, colon or semicolon at its end) and the first of the next page opens in lower case ('…
    whether the library can also use this' / 'facility. Ali asked …'), as a reader reads on over the
    break (page furniture between is dropped already). Headings, tables and a page opening with a
    capital, a number or a bullet stay apart, unless the paragraph before stops on a word no
    sentence ends on ('… select items for' / 'Today’s Document. We will …': the capital is a name's)
    and the next reads as prose (it ends a sentence; a line with no stop is a heading: 'Date of Next
    Meeting 15th March 2016'), or it is a list that stops mid-item ('…; and') and the page opens with
    its next item (the same bullet glyph its items open with)."""
    from planx.extract.pdfpage import opens_with_bullet
    out: list[Stitched | PlacedText] = []
    for b in blocks:
        prev = out[-1] if out else None
        if prev is not None and not isinstance(prev, Stitched) and not isinstance(b, Stitched) \
                and b[0] == prev[0] + 1 and not prev[3] and not b[3] \
                and not _SENTENCE_STOP.search(prev[2].rstrip()) \
                and (b[2][:1].islower() or _left_open(prev[2]) and not _NUMBER_OPENS.match(b[2])
                     and _SENTENCE_STOP.search(b[2].rstrip()) is not None
                     and (not opens_with_bullet(b[2]) or b[2].split()[0] in prev[2].split())):
            page, top, text, heading, size, bold, lead, indent = prev
            out[-1] = (page, top, f"{text.rstrip()} {b[2].lstrip()}", heading, size, bold, lead, indent)
            continue
        out.append(b)
    return out


def column_at(t: Stitched, x: float) -> int | None:
    """The table's column a text starting at x stands in, by the table's column edges (the outer
    ones too when ruled); None where the edges do not say (or x is outside a ruled table)."""
    if len(t.edges) == t.ncols + 1:
        if not t.edges[0] - 2 <= x <= t.edges[-1]:
            return None
        inner = t.edges[1:-1]
    elif len(t.edges) == t.ncols - 1:
        inner = t.edges
    else:
        return None
    return sum(1 for e in inner if e <= x + 2)


def cells_rejoined(blocks: list[Stitched | PlacedText]) -> list[Stitched | PlacedText]:
    """The rest of a table's last cell that the page break cut off alone, joined again: a table
    ends its page with a cell that stops mid-sentence, and the next page opens with a line of text
    (too little to be read as a table: no other cell of the row goes on) that opens in lower case
    and stands in that cell's column ('… recorded in the child's record, including' / 'attendance at
    strategy meetings.'). As pages_rejoined joins a paragraph, and join() a row the table engine
    read on both pages."""
    out: list[Stitched | PlacedText] = []
    for b in blocks:
        prev = out[-1] if out else None
        if isinstance(prev, Stitched) and not isinstance(b, Stitched) and prev.rows and not b[3] \
                and b[0] == prev.rows[-1][0] + 1 and b[2].lstrip("\"'(“‘")[:1].islower():
            col = column_at(prev, b[7])
            cell = next((c for c in prev.rows[-1][1] if c.c == col and c.text.strip()), None)
            if cell is not None and not _SENTENCE_STOP.search(cell.text.rstrip()):
                page, cells, repeated = prev.rows[-1]
                joined = [replace(c, text=f"{c.text.rstrip()}\n{b[2].strip()}") if c is cell else c
                          for c in cells]  # (the page's own table keeps its cells as printed)
                prev.rows[-1] = (page, joined, repeated)
                prev.spans.append((page, b[0], span_ref(joined)))
                continue
        out.append(b)
    return out


ITEM_INDENT = 0.8  # type sizes: bullets further right than this sit under the item above
# type sizes right of an item's bullet: its text going on under it, or a note set under that text (a
# linked change request's chip, in smaller type, indented under the item's words), stands no further right
ITEM_TEXT_INDENT = 5.0


def item_levels(paragraphs: list[tuple[str, float, float, bool] | None]) -> list[int]:
    """How deep each paragraph's list item is nested (0 for all else), from where its bullet stands:
    paragraphs as (text, indent, type size, set as a heading or in bold) in reading order, None for a
    table. A PDF prints no list levels, but a reader sees them: a bullet set further right than the
    item's above (by more than ITEM_INDENT of the type size) sits under it ('• Further develop the
    strategy, including:' over its indented '• Continue to own …'), one back at an earlier bullet's
    indent is that bullet's sibling. A paragraph set at or left of the list's first bullet ends the
    list (prose), as does a heading (the next column's, wherever it stands); one indented a little
    under an item (its text going on) does not, and is nested one level under that item."""
    from planx.extract.pdfpage import opens_with_bullet
    out: list[int] = []
    stack: list[float] = []  # the indents of the open items' bullets, outermost first
    for para in paragraphs:
        if para is None:
            stack = []
            out.append(0)
            continue
        text, indent, size, heading = para
        tol = ITEM_INDENT * (size or 10.0)
        if not opens_with_bullet(text):
            under = stack and stack[0] + tol < indent <= stack[-1] + ITEM_TEXT_INDENT * (size or 10.0)
            if heading or not under:
                stack = []
            # text set under an item, right of its bullet, is that item's (its description, a link it
            # prints), one level deeper, as a Markdown list nests a paragraph indented under an item
            out.append(len(stack))
            continue
        while stack and indent < stack[-1] - tol:
            stack.pop()
        if not stack or indent > stack[-1] + tol:
            stack.append(indent)
        out.append(len(stack) - 1)
    return out


def furniture_aside(dropped: list[tuple[int, float, str]]) -> list[tuple[str, str, int, int]]:
    """The running headers, footers and page numbers left out of a PDF's text, as (text, reason,
    page, line) to keep aside: one for each text (a page number's printings, which differ only in
    their numbers, one), at its first printing, naming the pages it is printed on. Kept aside
    rather than warned of: nearly every PDF of several pages prints them."""
    groups: dict[str, list[tuple[int, float, str]]] = {}
    for page, top, text in dropped:
        groups.setdefault(furniture_key(text), []).append((page, top, " ".join(text.split())))
    out = []
    for printings in groups.values():
        page, top, text = printings[0]
        pages = sorted({p for p, _, _ in printings})
        reason = f"running header/footer repeated on {len(pages)} pages (pages {page_ranges(pages)})" \
            if len(pages) > 1 else f"running header/footer: a page number (page {page})"  # (alone, one is)
        texts = list(dict.fromkeys(t for _, _, t in printings))
        if len(texts) > 1:  # 'Page 1 of 12' … 'Page 12 of 12'
            reason += f"; printed with each page's numbers, '{texts[0]}' to '{texts[-1]}'"
        out.append((text, reason, page, int(top)))
    return out


def page_ranges(pages: list[int]) -> str:
    """'1-3, 5, 7-9' for pages [1, 2, 3, 5, 7, 8, 9] (sorted)."""
    runs: list[list[int]] = []
    for p in pages:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def doubts(t: Stitched) -> list[str]:
    """A warning for each page where the table's structure is doubtful (pdfconfidence.DOUBTFUL),
    naming the page, the confidence and what lowered it."""
    from planx.extract.pdfconfidence import DOUBTFUL, weakest
    return [f"page {part_page}: table read with doubtful structure (confidence {part.confidence:.2f}: "
            f"{weakest(part)}), please check" for part_page, part in t.parts
            if part.confidence < DOUBTFUL]


def spans_noted(t: Stitched, index: int) -> list[str]:
    """A note naming the rows of the table the page break cut that were read as one row each, with
    the pages each spans (its reference too where its first cell holds a short one: '1.10')."""
    if not t.spans:
        return []
    rows = ", ".join(f"{'row ' + ref + ' ' if ref else ''}pages {first}-{last}" for first, last, ref in t.spans)
    return [Note(f"table {index}: {len(t.spans)} row(s) cut by the page break read as one row each ({rows})")]


def parse_pdf(path: Path) -> RawDocument:
    pages, total = read_pages(path)
    unread = [pr for pr in pages if pr.error and "scanned" in pr.error]
    if unread and len(unread) == len(pages):
        from planx.extract.pdfocr import INSTALL_HINT
        if any(INSTALL_HINT in pr.error for pr in unread):
            raise ExtractError(f"scanned PDF (no text layer on any page) and no OCR available: {INSTALL_HINT}")
        raise ExtractError(f"scanned PDF (no text layer on any page) and OCR failed on every page: {unread[0].error}")
    return to_document(path, pages, total)


# ---- `planx tables` ----------------------------------------------------------------------
def table_json(t: Stitched, index: int = 1) -> list[dict[str, Any]]:
    """The table as printed, one entry per page it is on: {"page", "rows"} (cells as text,
    spanning cells as {"text","rowspan","colspan"}, covered places null; a heading row repeated
    on the page, and a row cut by the page break, as they are on the page), and "table" (its
    number: the entries of one table over pages share it), "continued" (it goes on from the page
    before), "ruled", "confidence", "evidence"."""
    parts: list[tuple[int, FoundTable | None]] = list(t.parts) or [(t.page, None)]
    out = []
    for k, (page, part) in enumerate(parts):
        rows = [(page, r, False) for r in part.grid()] if part is not None else t.rows
        entry: dict[str, Any] = {"page": page, "rows": grid_json(rows, t.ncols, BIG_SPAN if t.ruled else 0),
                                 "table": index, "continued": k > 0, "ruled": t.ruled}
        if part is not None:
            entry["confidence"] = part.confidence
            entry["evidence"] = part.evidence
        out.append(entry)
    return out


BIG_SPAN = 2  # a ruled cell merged over more rows or columns than this is written as pdfplumber writes it


def grid_json(rows: list[tuple[int, list[GridCell], bool]], ncols: int, big: int = 0) -> list[list[Any]]:
    """Rows of cell texts; a spanning cell as {"text","rowspan","colspan"} with null where it
    covers. With `big`, a cell spanning more than `big` rows or columns (a ruled banner across the
    table, a group cell merged down many rows) is written as pdfplumber and tabula write merged
    cells: its text in its first place, the places it covers empty; a heading over two columns
    or rows keeps its span."""
    grid: list[list[Any]] = [["" for _ in range(ncols)] for _ in rows]
    for i, (_, cells, _) in enumerate(rows):
        for c in cells:
            rs = min(c.rowspan, len(rows) - i)
            cs = min(c.colspan, ncols - c.c)
            if big and (rs > big or cs > big):
                grid[i][c.c] = c.text
                continue
            for r in range(i, i + rs):
                for k in range(c.c, c.c + cs):
                    grid[r][k] = None
            grid[i][c.c] = c.text if rs == 1 and cs == 1 else {"text": c.text, "rowspan": rs, "colspan": cs}
    return grid


def pdf_tables(path: Path) -> list[dict[str, Any]]:
    pages, _ = read_pages(path)
    tables = [b for b in stitch(pages) if isinstance(b, Stitched)]
    return [entry for i, t in enumerate(tables, 1) for entry in table_json(t, i)]
