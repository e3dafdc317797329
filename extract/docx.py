"""Word .docx plans → RawDocument, from the WordprocessingML itself.

python-docx's `table.rows[i].cells` repeats a merged cell once per grid column and row it
covers, which is exactly what normalise/ must not see; so the body is read from the XML
(w:tbl / w:tr / w:tc with w:gridSpan, w:vMerge, w:gridBefore), in document order, with
the package opened through extract.ooxml (zip-bomb, XXE and macro checks).

What a careful reader sees is what is kept: tracked insertions (w:ins) are text, tracked
deletions (w:del, w:moveFrom, deleted rows) and hidden runs (w:vanish) are not; auto-numbered
list paragraphs get the number Word prints ("1. ", "a) ", "iv. ", "• "), counted per list
and level, afresh in each table cell (see Numbering.scope); a nested table's rows become
lines of its cell, and a one-column table wrapped around the plan is looked through, as is a
table whose cells hold plan tables of their own (their banner cells read as their headings);
a text box in the body is read where it is anchored, its paragraphs and tables as body blocks; a
heading style (Heading N, Title, an outline level) marks a heading; the title is taken
from the page header when no text precedes the first table. Crafted numbers (spans, list
levels, start values) are clamped to Word's own limits.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from lxml import etree

from planx.extract.docxcomments import comment_notes
from planx.extract.docxembed import Placed, insert_objects, placed_objects
from planx.extract.model import UNKNOWN_PAGE, Cell, ExtractError, Paragraph, Picture, RawDocument, Row, Table
from planx.extract.ooxml import Package, sniff_package
from planx.extract.pictures import MAX_BYTES, MAX_PICTURES, holds_table
from planx.extract.tabstops import TabParagraph, tab_table, table_spans
from planx.normalise.vocab import RAG_DOT_GLYPHS

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# a picture in the text (DrawingML): its printed size (EMU) and the relationship naming its image part
DRAWING = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}drawing"
EXTENT = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"
BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
EMU_PER_INCH = 914400
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


@cache
def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def first_child(el: etree._Element | None, tag: str) -> etree._Element | None:
    """The first child with this tag. Properties (w:pPr, w:tcPr …) come first, so this is mostly one
    step; lxml's find() parses a path each call and costs ~5 µs, a third of the parse time."""
    if el is None:
        return None
    for c in el:
        if c.tag == tag:
            return c
    return None


def wval(el: etree._Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(w(attr))


def on(el: etree._Element | None) -> bool:
    """A WordprocessingML toggle (<w:b/>, <w:tblHeader w:val="0"/>) is on unless its val says off."""
    return el is not None and (wval(el) or "true").lower() not in ("0", "false", "off")


# ---- styles -------------------------------------------------------------------------

_HEADING_NAME = re.compile(r"^(?:heading\s*\d|title)$", re.I)
_HEADING_RANK = re.compile(r"^heading\s*(\d)$", re.I)


@dataclass
class Style:
    name: str = ""
    based_on: str | None = None
    num: tuple[str, int | None] | None = None  # (numId, ilvl) from the style's own numPr
    outline: int | None = None
    size: float | None = None  # font size in points from the style's run properties
    bold: bool | None = None
    tabs: tuple[int, ...] | None = None  # the custom tab stops its paragraphs get (extract/tabstops.py)


_STYLE_BLOCK = re.compile(rb'<w:style\b[^>]*?\bw:styleId="([^"]*)"[^>]*>.*?</w:style>', re.S)
_STYLES_ROOT = b'<w:styles xmlns:w="' + W.encode() + b'">'


class Styles:
    def __init__(self, root: etree._Element | None):
        self.by_id: dict[str, Style] = {}
        self.default_para = ""
        if root is None:
            return
        self.add(root)

    @classmethod
    def used(cls, data: bytes, used: set[str], name: str) -> Styles:
        """Only the styles the document uses and those they are based on. styles.xml is mostly
        latent styles and unused definitions (python-docx's template: 350 KB, 15 ms to parse);
        the few blocks needed are cut out and parsed alone. Falls back to the whole part when
        its blocks are not written the usual way (prefix 'w:')."""
        blocks = {m.group(1).decode("utf-8", "replace"): m.group(0) for m in _STYLE_BLOCK.finditer(data)}
        if not blocks:
            return cls(Package.parse(data, name))
        wanted = set(used) | {sid for sid, b in blocks.items()
                              if b'w:type="paragraph"' in b[:300] and re.search(rb'w:default="(?:1|true|on)"', b[:300])}
        picked: dict[str, bytes] = {}
        while wanted:
            sid = wanted.pop()
            if sid in picked or sid not in blocks:
                continue
            picked[sid] = blocks[sid]
            based = re.search(rb'<w:basedOn\s+w:val="([^"]*)"', blocks[sid])
            if based:
                wanted.add(based.group(1).decode("utf-8", "replace"))
        return cls(Package.parse(_STYLES_ROOT + b"".join(picked.values()) + b"</w:styles>", name))

    def add(self, root: etree._Element) -> None:
        for s in root.iter(w("style")):
            if s.get(w("type")) != "paragraph":
                continue
            sid = s.get(w("styleId"), "")
            ppr = first_child(s, w("pPr"))
            style = Style(name=wval(first_child(s, w("name"))) or sid, based_on=wval(first_child(s, w("basedOn"))))
            if ppr is not None:
                style.num = _num_pr(first_child(ppr, w("numPr")))
                lvl = wval(first_child(ppr, w("outlineLvl")))
                style.outline = int(lvl) if lvl and lvl.isdigit() else None
                tabs = first_child(ppr, TABS)
                style.tabs = stop_positions(tabs) if tabs is not None else None
            rpr = first_child(s, w("rPr"))
            if rpr is not None:
                style.size = half_points(first_child(rpr, w("sz")))
                bold = first_child(rpr, w("b"))
                style.bold = on(bold) if bold is not None else None
            self.by_id[sid] = style
            if s.get(w("default")) in ("1", "true", "on"):
                self.default_para = sid

    def chain(self, sid: str | None) -> Iterator[Style]:
        seen: set[str] = set()
        sid = sid or self.default_para
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            style = self.by_id[sid]
            yield style
            sid = style.based_on

    def is_heading(self, sid: str | None) -> bool:
        for style in self.chain(sid):
            if _HEADING_NAME.match(style.name.strip()) or (style.outline is not None and style.outline < 9):
                return True
        return False

    def heading_rank(self, sid: str | None) -> int:
        """The rank a heading style gives ('Heading 2' or outline level 1 → 2), as Markdown's '##' does;
        0 for the Title style (the document's title, above every rank) and for any other style."""
        for style in self.chain(sid):
            m = _HEADING_RANK.match(style.name.strip())
            if m:
                return int(m.group(1))
            if style.outline is not None and style.outline < 9:
                return style.outline + 1
            if _HEADING_NAME.match(style.name.strip()):
                return 0
        return 0

    def look(self, sid: str | None) -> tuple[float, bool]:
        """(font size in points, bold) a paragraph of this style gets from it (0 when no style says)."""
        size: float | None = None
        bold: bool | None = None
        for style in self.chain(sid):
            size = style.size if size is None else size
            bold = style.bold if bold is None else bold
        return size or 0.0, bool(bold)

    def tabs(self, sid: str | None) -> tuple[int, ...]:
        """The custom tab stops a paragraph of this style gets (the nearest style that sets any)."""
        return next((style.tabs for style in self.chain(sid) if style.tabs is not None), ())

    def numbering(self, sid: str | None) -> tuple[str, int | None] | None:
        for style in self.chain(sid):
            if style.num is not None:
                return style.num
        return None


def half_points(sz: etree._Element | None) -> float | None:
    """<w:sz w:val="56"/> → 28.0 points."""
    value = wval(sz)
    return int(value) / 2 if value and value.isdigit() and 0 < int(value) < 3200 else None


def _num_pr(el: etree._Element | None) -> tuple[str, int | None] | None:
    if el is None:
        return None
    num_id = wval(first_child(el, w("numId")))
    ilvl = wval(first_child(el, w("ilvl")))
    if num_id is None and ilvl is None:
        return None
    return num_id or "", _int(ilvl, 0, 0, MAX_LEVEL) if ilvl is not None else None


# ---- numbering ------------------------------------------------------------------------

@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    indent: int = 0  # the left indent Word sets the level's text at (twips), 0 when it says none


@dataclass
class ListDef:
    abstract: str
    levels: dict[int, Level] = field(default_factory=dict)
    overrides: dict[int, int] = field(default_factory=dict)  # ilvl → start override


class Numbering:
    """numbering.xml, and the counters that turn a numbered paragraph into the number Word prints."""

    def __init__(self, root: etree._Element | None):
        self.lists: dict[str, ListDef] = {}
        self.counters: dict[str, list[int]] = {}
        self.started: set[tuple[str, int]] = set()
        if root is None:
            return
        abstracts: dict[str, dict[int, Level]] = {}
        style_links: dict[str, str] = {}  # list style name → the abstract list that defines its levels
        uses_style: dict[str, str] = {}  # abstract list → the list style whose levels it borrows
        for a in root.iter(w("abstractNum")):
            aid = a.get(w("abstractNumId"), "")
            if (link := wval(first_child(a, w("styleLink")))) is not None:
                style_links[link] = aid
            if (link := wval(first_child(a, w("numStyleLink")))) is not None:
                uses_style[aid] = link
            levels = {}
            for lvl in a.iter(w("lvl")):
                ilvl = _int(lvl.get(w("ilvl")), 0, 0, MAX_LEVEL)
                start = wval(first_child(lvl, w("start")))
                ind = lvl.find(f"{w('pPr')}/{w('ind')}")
                indent = (ind.get(w("left")) or ind.get(w("start"))) if ind is not None else None
                levels[ilvl] = Level(fmt=wval(first_child(lvl, w("numFmt"))) or "decimal",
                                     text=wval(first_child(lvl, w("lvlText"))) or "",
                                     start=_int(start, 1, 0, MAX_START), indent=_int(indent, 0, 0, 31680))
            abstracts[aid] = levels
        for n in root.iter(w("num")):
            aid = wval(first_child(n, w("abstractNumId"))) or ""
            if not abstracts.get(aid) and uses_style.get(aid) in style_links:  # Word's list styles
                aid = style_links[uses_style[aid]]
            ldef = ListDef(abstract=aid, levels=abstracts.get(aid, {}))
            for o in n.iter(w("lvlOverride")):
                start = wval(first_child(o, w("startOverride")))
                if start is not None:
                    ldef.overrides[_int(o.get(w("ilvl")), 0, 0, MAX_LEVEL)] = _int(start, 1, 0, MAX_START)
            self.lists[n.get(w("numId"), "")] = ldef

    def scope(self) -> tuple[dict[str, list[int]], set[tuple[str, int]]]:
        """Start counting afresh (for one table cell); returns the counters to restore() after.

        Word itself carries a list's count from cell to cell, but authors restart it by hand
        in each cell ('1. … 2. …' per action) and generators reuse one list; counting per cell
        keeps every cell's items numbered from its start, so milestones meet their dates."""
        saved = (self.counters, self.started)
        self.counters, self.started = {}, set()
        return saved

    def restore(self, saved: tuple[dict[str, list[int]], set[tuple[str, int]]]) -> None:
        self.counters, self.started = saved

    def snapshot(self) -> tuple[dict[str, list[int]], set[tuple[str, int]]]:
        """A copy of the counters as they stand, to restore() after reading paragraphs ahead."""
        return {key: list(counts) for key, counts in self.counters.items()}, set(self.started)

    def depth(self, num_id: str, ilvl: int) -> int:
        """How deep an item of list num_id at level ilvl sits: its level, or deeper by its indent
        (a quarter inch a step), as Word sets it: 'List Bullet 2' is a list of its own at level 0,
        indented under 'List Bullet'. Only the order of depths matters to a reader."""
        ldef = self.lists.get(num_id)
        level = (ldef.levels.get(ilvl) if ldef is not None else None) or Level()
        return max(ilvl, level.indent // _INDENT_STEP - 1)

    def label(self, num_id: str, ilvl: int) -> str:
        """The printed number of the next paragraph of list num_id at level ilvl ('2. ', 'b) ', '• ')."""
        ldef = self.lists.get(num_id)
        if ldef is None or not ldef.levels:
            return ""
        level = ldef.levels.get(ilvl) or ldef.levels.get(0) or Level()
        if level.fmt == "bullet":
            return "• "
        if level.fmt == "none" or not level.text:
            return ""
        # Word counts per abstract list; a num with a start override restarts where it is first used
        key = ldef.abstract
        counts = self.counters.setdefault(key, [])
        while len(counts) <= max(ilvl, 8):
            counts.append(0)
        first_use = (num_id, ilvl) not in self.started
        self.started.add((num_id, ilvl))
        if first_use and ilvl in ldef.overrides:
            counts[ilvl] = ldef.overrides[ilvl]
        elif counts[ilvl] == 0:
            counts[ilvl] = level.start
        else:
            counts[ilvl] += 1
        for deeper in range(ilvl + 1, len(counts)):
            counts[deeper] = 0

        def value(m: re.Match[str]) -> str:
            n = int(m.group(1)) - 1
            lvl = ldef.levels.get(n, level)
            count = counts[n] if n < len(counts) and counts[n] else lvl.start
            return format_number(count, lvl.fmt)
        text = re.sub(r"%([1-9])", value, level.text)
        return text.strip() + " " if text.strip() else ""


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def letters(n: int) -> str:
    """Word's letter numbering: a … z, aa … zz, aaa …"""
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


# ---- paragraphs and runs --------------------------------------------------------------

# subtrees whose text is not printed: tracked deletions and moves away, field codes, the
# fallback copy of a text box (mc:Choice holds the same text), properties, footnote marks
_SKIP = {w("del"), w("moveFrom"), w("delText"), w("instrText"), w("pPr"), w("rPr"), w("fldData"),
         f"{{{MC}}}Fallback", w("commentReference"), w("footnoteReference"), w("endnoteReference")}
_BREAKS = {w("br"), w("cr")}
STRIKES = {w("strike"), w("dstrike")}
T, R, P, TBL, TAB, SYM, RPR, PPR = w("t"), w("r"), w("p"), w("tbl"), w("tab"), w("sym"), w("rPr"), w("pPr")
BR, CR = w("br"), w("cr")
VANISH, NO_BREAK_HYPHEN, PSTYLE, NUMPR, OUTLINE = w("vanish"), w("noBreakHyphen"), w("pStyle"), w("numPr"), \
    w("outlineLvl")


TABS = w("tabs")
# a tab stop drawing a leader prints a line of these up to the stop ('Review … ........ JS ...... Mar 26')
_LEADER_GLYPHS = {"dot": ".", "middleDot": ".", "hyphen": "-", "underscore": "_", "heavy": "_"}
_LEADER_RUN = 8  # glyphs: enough to read as a leader, as a PDF or a text export prints it


def stop_positions(tabs: etree._Element) -> tuple[int, ...]:
    """The positions (twips) of the tab stops a w:tabs sets, left to right; cleared stops left out."""
    return tuple(sorted(_int(wval(t, "pos"), 0, 0, 2 ** 20) for t in tabs
                        if t.tag == TAB and wval(t) not in ("clear", "bar")))


def _leader_stops(tabs: etree._Element | None) -> list[str]:
    """The leader each of a paragraph's own tab stops draws, left to right ('' for none); [] when
    none draws one (a tab then reads as a space)."""
    if tabs is None:
        return []
    stops = sorted((int(wval(t, "pos") or 0), _LEADER_GLYPHS.get(wval(t, "leader") or "", ""))
                   for t in tabs if t.tag == TAB and wval(t) != "clear")
    return [glyph for _, glyph in stops] if any(glyph for _, glyph in stops) else []


def _print_leaders(text: str, leaders: list[str]) -> str:
    """The paragraph's text with each tab that reaches a leader stop printed as its leader, as the
    page shows it: the n-th tab goes to the n-th stop (a tab past the last to the last), so a list
    item's owner and date carried to the right margin by dot leaders stay set apart from its text."""
    if not leaders:
        return text
    parts = text.split("\t")
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        glyph = leaders[min(i, len(leaders) - 1)]
        out.append(f" {glyph * _LEADER_RUN} " if glyph else "\t")
        out.append(part)
    return "".join(out)


LAST_RENDERED_BREAK = w("lastRenderedPageBreak")
TR = w("tr")


class PageMarks:
    """The page each row and paragraph starts on, where Word's own layout says so.

    A file does not store its pages: Word lays them out when it opens it. But Word, when it
    saves, marks where its last layout broke the pages (w:lastRenderedPageBreak). Those marks
    are trusted only when they agree with the page count it saved beside them (docProps/app.xml:
    marks + 1 = pages): a file written by another program (python-docx, LibreOffice) or edited
    since has none, or too few, and its pages stay unknown (rows then name their table)."""

    def __init__(self, body: etree._Element, saved_pages: int):
        self.start: dict[etree._Element, int] = {}
        marks = sum(1 for _ in body.iter(LAST_RENDERED_BREAK))
        self.known = marks > 0 and saved_pages == marks + 1
        if self.known:
            self._read(body)

    def _read(self, body: etree._Element) -> None:
        """In document order: a row or paragraph is on the page where its first text is (a row
        that Word moved whole to the next page has the mark before its text)."""
        page, waiting = 1, []  # type: int, list[etree._Element]
        for el in body.iter(TR, P, LAST_RENDERED_BREAK, T):
            if el.tag == LAST_RENDERED_BREAK:
                page += 1
            elif el.tag == T:
                if el.text and el.text.strip():
                    for started in waiting:
                        self.start[started] = page
                    waiting.clear()
            else:
                waiting.append(el)
        for started in waiting:  # no text after them
            self.start[started] = page

    def page(self, el: etree._Element) -> int:
        return self.start.get(el, UNKNOWN_PAGE) if self.known else UNKNOWN_PAGE


class Reader:
    def __init__(self, styles: Styles, numbering: Numbering, plain: bool = False):
        self.styles = styles
        self.numbering = numbering
        self.pages: PageMarks | None = None  # where Word's layout put the pages, if it says
        self.chars = 0
        # plain: the document has no hidden runs, moved-away text or text boxes, so a paragraph's
        # text is its w:t, w:tab and w:br in order (w:del holds w:delText, never w:t), which lxml
        # finds in C: three times faster than walking the runs in Python
        self.plain = plain
        self.level = 0  # the list level of the paragraph read last (Word's ilvl; 0 outside lists)
        self.rank = 0  # the heading rank of the paragraph read last (Heading 2 → 2; 0 when none or the Title)
        self.paragraph_shading = True  # does any paragraph carry shading (w:pPr/w:shd)?
        # read a paragraph's text boxes apart: their paragraphs and tables are blocks of their own
        # (add_blocks), not lines of the paragraph that anchors them
        self.boxes_apart = False
        self.boxes = 0  # text boxes read so far (their paragraphs carry the box's number)
        self.objects: list[Placed] = []  # embedded objects (OLE) where they stand, read after the body

    def page(self, el: etree._Element) -> int:
        """The page a row or paragraph starts on, or UNKNOWN_PAGE."""
        return self.pages.page(el) if self.pages is not None else UNKNOWN_PAGE

    def printed_text(self, p: etree._Element) -> str:
        """A paragraph's text as printed, tabs and breaks kept (plain or run by run, as the reader was set)."""
        parts: list[str] = []
        if self.plain:
            self.plain_text(p, parts)
        else:
            self.runs_text(p, parts)
        return "".join(parts)

    def plain_text(self, p: etree._Element, out: list[str]) -> None:
        for el in p.iter(T, TAB, BR, CR, NO_BREAK_HYPHEN):
            tag = el.tag
            if tag == TAB and el.getparent().tag == TABS:
                continue  # a tab stop the paragraph defines (w:pPr/w:tabs), not a tab it prints
            out.append((el.text or "") if tag == T else "\t" if tag == TAB else "-" if tag == NO_BREAK_HYPHEN
                       else "\n")

    def runs_text(self, el: etree._Element, out: list[str]) -> None:
        for child in el:
            tag = child.tag
            if tag == T:
                out.append(child.text or "")
            elif tag == R:
                self.run_text(child, out)
            elif not isinstance(tag, str) or tag in _SKIP:
                continue
            elif tag == TAB:
                out.append("\t")
            elif tag in _BREAKS:
                out.append("\n")
            elif tag == NO_BREAK_HYPHEN:
                out.append("-")
            elif tag == SYM:
                continue
            elif tag == TXBX and self.boxes_apart:
                continue
            elif tag == P:  # a text box's paragraphs
                out.append("\n")
                self.runs_text(child, out)
            elif tag in _WRAPPERS:  # inline content control, alternate content (drawings, symbols)
                inner = wrapped_content(child)
                if inner is not None:
                    self.runs_text(inner, out)
            else:
                self.runs_text(child, out)

    def run_text(self, run: etree._Element, out: list[str]) -> None:
        struck = False
        for child in run:
            tag = child.tag
            if tag == T:
                out.append(child.text or "")
            elif tag == RPR:
                if any(c.tag == VANISH and on(c) for c in child):
                    return  # hidden text is not printed (w:rPr comes first, nothing written yet)
                # struck-through text is superseded: marked as Markdown does, read by normalise/text.py
                struck = any(c.tag in STRIKES and on(c) for c in child)
                if struck:
                    out.append("~~")
            elif tag == TAB:
                out.append("\t")
            elif tag in _BREAKS:
                out.append("\n")
            elif tag == NO_BREAK_HYPHEN:
                out.append("-")
            elif isinstance(tag, str) and tag not in _SKIP and tag != SYM:
                self.runs_text(child, out)  # drawings with text boxes, ruby text …
        if struck:
            out.append("~~")

    def paragraph(self, p: etree._Element) -> tuple[str, bool]:
        """(printed text with its list number, is heading)."""
        props: dict[str, etree._Element] = {}
        for child in p:
            if child.tag == PPR:
                props = {c.tag: c for c in child}
            break  # w:pPr, when present, is the first child
        sid = wval(props.get(PSTYLE))
        num = _num_pr(props.get(NUMPR))
        style_num = self.styles.numbering(sid) if sid or num else None
        if num is None:
            num = style_num
        elif num[0] == "" and style_num is not None:
            num = (style_num[0], num[1])
        text = self.printed_text(p)
        if "\t" in text:
            text = _print_leaders(text, _leader_stops(props.get(TABS)))
        if "\t" in text or "\n" in text or text[:1].isspace() or text[-1:].isspace():
            text = text.replace("\t", " ")
            text = "\n".join(line.strip() for line in text.split("\n")).strip("\n")
        label = ""
        self.level = 0
        if num is not None and num[0] not in ("", "0"):
            label = self.numbering.label(num[0], num[1] or 0)
            self.level = self.numbering.depth(num[0], num[1] or 0)  # an item under an item is deeper
        outline = wval(props.get(OUTLINE)) or "9"
        heading = (outline.isdigit() and int(outline) < 9) or (sid is not None and self.styles.is_heading(sid))
        # the heading's rank: its own outline level, else its style's ('Heading 2' → 2)
        self.rank = (int(outline) + 1 if outline.isdigit() and int(outline) < 9 else self.styles.heading_rank(sid)) \
            if heading else 0
        self.chars += len(text)
        return (label + text if text.strip() else ""), heading

    def look(self, p: etree._Element) -> tuple[float, bool]:
        """(font size in points, all bold) of a paragraph as printed: its runs' own size and
        bold, else its style's (a Title style is large; 0 when neither says)."""
        ppr = first_child(p, PPR)
        style_size, style_bold = self.styles.look(wval(first_child(ppr, PSTYLE)))
        sizes: list[float] = []
        bold = True
        seen = False
        for run in p.iter(R):
            if not any((t.text or "").strip() for t in run.iter(T)):
                continue
            seen = True
            props = first_child(run, RPR)
            size = half_points(first_child(props, w("sz")))
            sizes.append(size or style_size)
            b = first_child(props, B)
            bold = bold and (on(b) if b is not None else style_bold)
        return (max(sizes) if sizes else style_size), seen and bold

    def lead_bold(self, p: etree._Element) -> str:
        """The paragraph's opening text when it alone is bold and text that is not follows (a run-in
        label: '**Lead officer** J Smith'); '' otherwise."""
        style_bold = self.styles.look(wval(first_child(first_child(p, PPR), PSTYLE)))[1]
        lead: list[str] = []
        for run in p.iter(R):
            text = "".join(t.text or "" for t in run.iter(T))
            if not text.strip():
                lead.append(text)
                continue
            b = first_child(first_child(run, RPR), B)
            if on(b) if b is not None else style_bold:
                lead.append(text)
                continue
            return "".join(lead).strip()
        return ""  # all bold, or no text

    def cell_text(self, tc: etree._Element) -> str:
        """A cell's paragraphs joined by newlines; nested tables as one line per row."""
        saved = self.numbering.scope()
        lines: list[str] = []
        for child in content(tc):
            if child.tag == w("p"):
                text, _ = self.paragraph(child)
                if text:
                    lines.append(text)
            elif child.tag == w("tbl"):
                lines.extend(self.nested_lines(child))
        self.numbering.restore(saved)
        return "\n".join(lines)

    def nested_lines(self, tbl: etree._Element) -> list[str]:
        lines = []
        for tr in rows_of(tbl):
            cells = []
            for tc in cells_of(tr):
                vmerge = first_child(first_child(tc, w("tcPr")), w("vMerge"))
                if vmerge is not None and (wval(vmerge) or "continue") != "restart":
                    continue  # the text was given in the row where the merge starts
                text = " ".join(self.cell_text(tc).split("\n")).strip()
                if text:
                    cells.append(text)
            if cells:
                lines.append("; ".join(cells))
        return lines


ALTERNATE, CHOICE, FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
SDT, SDT_CONTENT, SDT_PR, CUSTOM_XML = w("sdt"), w("sdtContent"), w("sdtPr"), w("customXml")


def chosen_alternative(alternate: etree._Element) -> etree._Element | None:
    """The branch of an mc:AlternateContent that Word shows: its first mc:Choice (current Word
    understands every Requires that Office writes), or the mc:Fallback when it has no Choice."""
    return first_child(alternate, CHOICE) if first_child(alternate, CHOICE) is not None \
        else first_child(alternate, FALLBACK)


def shows_placeholder(sdt: etree._Element) -> bool:
    """A content control still showing its prompt ('Click or tap here to enter text.'): a form
    field nobody filled in, not the plan's text."""
    return on(first_child(first_child(sdt, SDT_PR), w("showingPlcHdr")))


def wrapped_content(el: etree._Element) -> etree._Element | None:
    """The element whose children stand in for a wrapper's: a content control's content (none when it
    shows only its placeholder), a custom XML element itself, the branch of alternate content Word shows."""
    tag = el.tag
    if tag == SDT:
        return None if shows_placeholder(el) else first_child(el, SDT_CONTENT)
    if tag == CUSTOM_XML:
        return el
    if tag == ALTERNATE:
        return chosen_alternative(el)
    return None


_WRAPPERS = {SDT, CUSTOM_XML, ALTERNATE}


def content(el: etree._Element) -> Iterator[etree._Element]:
    """Block-level children (w:p, w:tbl), looking through content controls, custom XML wrappers
    and alternate content."""
    for child in el:
        tag = child.tag
        if tag in (w("p"), w("tbl")):
            yield child
        elif tag in _WRAPPERS:
            inner = wrapped_content(child)
            if inner is not None:
                yield from content(inner)
        elif tag in (w("ins"), w("moveTo")):  # a whole tracked-inserted block
            yield from content(child)


def _children_named(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with this tag, looking through content controls, custom XML wrappers and alternate content."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            inner = wrapped_content(child)
            if inner is not None:
                yield from _children_named(inner, tag)


def rows_of(tbl: etree._Element) -> Iterator[etree._Element]:
    return _children_named(tbl, w("tr"))


def cells_of(tr: etree._Element) -> Iterator[etree._Element]:
    return _children_named(tr, w("tc"))


def row_deleted(tr: etree._Element) -> bool:
    """A row removed with track changes on (w:trPr/w:del) is not printed."""
    trpr = first_child(tr, w("trPr"))
    return trpr is not None and first_child(trpr, w("del")) is not None


# ---- tables ---------------------------------------------------------------------------

MAX_LEVEL, MAX_START, MAX_COLUMNS = 8, 32767, 64  # Word's own limits: list levels 0–8, 63 columns
_INDENT_STEP = 360  # twips: a quarter inch, the step between Word's list indents


def _int(value: str | None, default: int, low: int = -(2 ** 31), high: int = 2 ** 31) -> int:
    """An integer attribute, clamped to what Word allows (a crafted '99999999999' must not make us
    build a list that long); the default when it is not a number."""
    try:
        n = int(value) if value is not None else default
    except ValueError:
        return default
    return min(max(n, low), high)


B = w("b")


def all_bold(tc: etree._Element) -> bool:
    """Is every run of the cell that holds text bold by its own formatting (<w:b/>)? Bold that comes
    from a paragraph or table style is not looked up."""
    seen = False
    for t in tc.iter(T):  # the text elements (found in C), then each one's run
        if not (t.text or "").strip():
            continue
        seen = True
        run = t.getparent()
        props = first_child(run, RPR) if run is not None else None
        if props is None or not on(first_child(props, B)):
            return False
    return seen


def cell_fill(shd: etree._Element | None) -> str | None:
    """A shading's colour as '#rrggbb' (w:shd/@w:fill; the pattern colour when the pattern is
    solid), None for none/auto."""
    if shd is None:
        return None
    fill = wval(shd, "color") if wval(shd) == "solid" else wval(shd, "fill")
    if not fill or len(fill) != 6 or not _HEX.fullmatch(fill):
        return None
    return "#" + fill.lower()


COLOR = w("color")


def glyph_colour(tc: etree._Element, text: str) -> str | None:
    """The colour of a cell whose whole text is one shape glyph printed in a colour of its own (a RAG
    shown only as a red, amber or green '●' or '■'): as '#rrggbb', the colour a reader sees the cell
    rated by, as a shading's would be; None for any other cell, and for black or automatic ink."""
    glyph = text.strip()
    if glyph not in RAG_DOT_GLYPHS:
        return None
    for t in tc.iter(T):
        if glyph not in (t.text or ""):
            continue
        run = t.getparent()
        colour = first_child(first_child(run, RPR), COLOR) if run is not None else None
        value = wval(colour) if colour is not None else None
        if value and _HEX.fullmatch(value) and value.lower() not in ("000000", "ffffff"):
            return "#" + value.lower()
        return None
    return None


def paragraph_fill(tc: etree._Element) -> str | None:
    """Shading put on a cell's paragraph (w:pPr/w:shd) rather than on the cell: it colours the cell too."""
    for p in tc:
        if p.tag == P:
            fill = cell_fill(props_of(p, PPR).get(SHD))
            if fill:
                return fill
    return None


def props_of(el: etree._Element, tag: str) -> dict[str, etree._Element]:
    """The children of el's property element (w:trPr, w:tcPr), by tag; it comes first when present
    (after w:tblPrEx in a row), so only the first two children are looked at."""
    for i, child in enumerate(el):
        if child.tag == tag:
            return {c.tag: c for c in child}
        if i >= 1:
            break
    return {}


_HEX = re.compile(r"[0-9A-Fa-f]{6}")
TRPR, TCPR, TBL_HEADER, GRID_BEFORE, GRID_SPAN, VMERGE, HMERGE, SHD = (
    w("trPr"), w("tcPr"), w("tblHeader"), w("gridBefore"), w("gridSpan"), w("vMerge"), w("hMerge"), w("shd"))


def read_table(reader: Reader, tbl: etree._Element, index: int) -> Table:
    rows: list[Row] = []
    open_merges: dict[int, Cell] = {}  # grid column → the cell whose vertical merge is open there
    for line, tr in enumerate(rows_of(tbl), 1):
        if row_deleted(tr):
            continue
        trpr = props_of(tr, TRPR)
        # Word repeats only the unbroken run of marked rows at the top of a table
        header = on(trpr.get(TBL_HEADER)) and all(r.repeated_header for r in rows)
        col = _int(wval(trpr.get(GRID_BEFORE)), 0, 0, MAX_COLUMNS)
        cells: list[Cell] = []
        continued: set[int] = set()
        for tc in cells_of(tr):
            tcpr = props_of(tc, TCPR)
            span = _int(wval(tcpr.get(GRID_SPAN)), 1, 1, MAX_COLUMNS)
            vmerge_el = tcpr.get(VMERGE)
            hmerge = wval(tcpr.get(HMERGE))
            fill = cell_fill(tcpr.get(SHD)) or (paragraph_fill(tc) if reader.paragraph_shading else None)
            if hmerge is not None and hmerge != "restart" and cells:
                cells[-1].colspan += span  # legacy horizontal merge: widen the cell it continues
                col += span
                continue
            vmerge = None if vmerge_el is None else (wval(vmerge_el) or "continue")
            origin = open_merges.get(col)
            if vmerge == "continue" and origin is not None:
                origin.rowspan += 1
                cells.append(Cell(text=origin.text, col=col, colspan=span, fill=fill or origin.fill,
                                  merged_above=True, bold=origin.bold))
                continued.add(col)
            else:
                text = reader.cell_text(tc)
                fill = fill or glyph_colour(tc, text)  # a coloured '●' alone: the cell's colour
                cell = Cell(text=text, col=col, colspan=span, fill=fill, bold=bool(text) and all_bold(tc))
                cells.append(cell)
                if vmerge is not None:  # 'restart' (or a continue with nothing above: a new merge)
                    open_merges[col] = cell
                    continued.add(col)
            col += span
        for c in [c for c in open_merges if c not in continued]:
            del open_merges[c]
        rows.append(Row(cells=cells, page=reader.page(tr), line=line, repeated_header=header))
    return Table(rows=rows, page=rows[0].page if rows else UNKNOWN_PAGE, index=index)


# ---- the document ---------------------------------------------------------------------

ENCRYPTED = ("password-protected (encrypted) Word document: planx cannot read it; remove the password in "
             "Word (File → Info → Protect Document) and save again")


def _sniff(path: Path) -> None:
    """ExtractError for a file that is not a zip, naming what it is instead."""
    sniff_package(path, "a Word document", ENCRYPTED, "word",
                  "this is an old binary Word .doc named .docx (rename it to .doc so planx converts it with "
                  "LibreOffice)")


# Word's "Strict Open XML" files name the same vocabulary in another namespace
STRICT = (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W.encode())


def parse_docx(path: Path, objects: bool = True) -> RawDocument:
    """objects: read the objects embedded in it (off for a document that is itself one, so an object
    inside an object is never opened)."""
    _sniff(path)
    with Package(path) as pkg:
        main = pkg.main_part()
        # planx reads the document's XML and nothing else: a VBA project is never loaded, let alone run,
        # so a plan saved with macros (old templates often carry them) is read like any other
        macros = pkg.has_macros()
        rels = pkg.relationships(main)
        parts = {kind: name for kind, name in rels.values()}
        root = pkg.xml(main, STRICT)
        # styles.xml can be large (python-docx's template: 350 KB); read it only when paragraphs use styles
        used = {sid for el in root.iter(PSTYLE) if (sid := wval(el))}
        styles = Styles.used(pkg.checked(parts["styles"], STRICT), used, parts["styles"]) \
            if used and parts.get("styles") in pkg.names else Styles(None)
        numbering = Numbering(pkg.xml(parts["numbering"], STRICT) if parts.get("numbering") in pkg.names else None)
        body = first_child(root, w("body"))
        if body is None:
            raise ExtractError("corrupt Word document: the main part has no body")
        # (struck runs too: their text is marked superseded, which only the run walk does)
        plain = next(root.iter(w("moveFrom"), VANISH, f"{{{MC}}}Fallback", w("txbxContent"), w("showingPlcHdr"),
                               *STRIKES), None) is None
        reader = Reader(styles, numbering, plain)
        reader.paragraph_shading = any(e.getparent().tag == PPR for e in root.iter(SHD))
        reader.pages = PageMarks(body, saved_page_count(pkg))
        doc = read_body(body, reader, path)
        doc.pages = max(doc.pages, saved_page_count(pkg))
        if objects and reader.objects:  # a worksheet pasted as an Excel object (docxembed.py)
            insert_objects(doc, pkg, rels, reader.objects, lambda inner: parse_docx(inner, objects=False))
        doc.pictures = picture_bytes(pkg, rels, doc.pictures)
        doc.notes = comment_notes(pkg, body, parts.get("comments"), STRICT)  # reviewers' comments (docxcomments.py)
        if doc.blocks and isinstance(doc.blocks[0], Table):
            # no text above the first table: the plan's title is often in the page header
            header = header_paragraphs(pkg, body, rels, reader)
            doc.blocks[:0] = header
            doc.pictures = [replace(pic, at=pic.at + len(header)) for pic in doc.pictures]
        if macros:
            doc.warnings.append("the Word file carries macros (a VBA project): only its text was read, "
                                "the macros were neither loaded nor run")
    return doc


def picture_bytes(pkg: Package, rels: dict[str, tuple[str, str]], pictures: list[Picture]) -> list[Picture]:
    """The pictures noted (note_pictures) with their image file's bytes, each named by its part
    ('word/media/image1.png'): the first MAX_PICTURES only (no more are read), and none whose part
    is missing or inflates beyond MAX_BYTES."""
    out = []
    for pic in pictures[:MAX_PICTURES]:
        name = rels.get(pic.name, ("", ""))[1]
        if name not in pkg.names:
            continue
        try:
            out.append(replace(pic, name=name, data=pkg.read(name, MAX_BYTES)))
        except ExtractError:
            continue  # too large, or damaged: the document's text is read as it is
    return out


def note_pictures(doc: RawDocument, p: etree._Element, reader: Reader) -> None:
    """The pictures a paragraph shows that are big enough to hold a table (pictures.holds_table),
    noted where they stand by their relationship id; parse_docx reads their bytes."""
    for drawing in p.iter(DRAWING):
        extent = next(drawing.iter(EXTENT), None)
        blip = next(drawing.iter(BLIP), None)
        rid = blip.get(f"{{{R_NS}}}embed") if blip is not None else None
        if extent is None or not rid:
            continue
        width, height = (_int(extent.get(k), 0, 0) / EMU_PER_INCH for k in ("cx", "cy"))
        if holds_table(width, height):
            doc.pictures.append(Picture(name=rid, page=reader.page(p), at=len(doc.blocks), width=width, height=height))


def saved_page_count(pkg: Package) -> int:
    """The page count Word stored when it last saved the file (docProps/app.xml), 0 if none."""
    if "docProps/app.xml" not in pkg.names:
        return 0
    m = re.search(rb"<(?:\w+:)?Pages>\s*(\d{1,6})\s*<", pkg.read("docProps/app.xml", 1024 * 1024))
    return int(m.group(1)) if m else 0


def header_paragraphs(pkg: Package, body: etree._Element, rels: dict[str, tuple[str, str]],
                      reader: Reader) -> list[Paragraph]:
    """The paragraphs of the first section's first-page (or default) page header."""
    sect = next((s for s in body.iter(w("sectPr"))), None)
    refs = {r.get(w("type")) or "default": r.get(f"{{{R_NS}}}id") for r in sect.iter(w("headerReference"))} \
        if sect is not None else {}
    rid = refs.get("first") or refs.get("default")
    name = rels.get(rid or "", ("", ""))[1]
    if not name or name not in pkg.names:
        return []
    out: list[Paragraph] = []
    saved = reader.numbering.scope()
    for el in content(pkg.xml(name, STRICT)):
        if el.tag == P:
            text, heading = reader.paragraph(el)
            out.extend(Paragraph(text=line.strip(), page=1, line=0, heading=heading)
                       for line in text.split("\n") if line.strip())
    reader.numbering.restore(saved)
    return out


def read_body(body: etree._Element, reader: Reader, path: Path) -> RawDocument:
    suffix = path.suffix.lower().lstrip(".")
    doc = RawDocument(path=str(path), name=path.name, format=suffix if suffix in ("dotx", "docm") else "docx")
    add_blocks(doc, body, reader, [0])
    # the page count is Word's to know (it lays the pages out): docProps/app.xml, read later
    doc.pages = UNKNOWN_PAGE
    doc.chars = reader.chars
    return doc


FLD_CHAR, INSTR_TEXT, FLD_SIMPLE = w("fldChar"), w("instrText"), w("fldSimple")
# the styles Word gives the lines of a table of contents ('toc 1'…'toc 9') and of figures
_TOC_STYLE = re.compile(r"^(toc\s*\d|table of figures)$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(\d{1,4}|[ivxlc]{1,6})$", re.IGNORECASE)
_RIGHT_STOPS = ("right", "end")


def toc_field_paragraphs(elements: list[etree._Element]) -> set[int]:
    """Indexes of the paragraphs inside a TOC field: from the one whose field code starts 'TOC' to
    the one holding that field's end (the page references nested in it open and close fields of
    their own, so the depth is counted; a field code may be split over runs, so it is gathered)."""
    inside: set[int] = set()
    depth, toc_depth = 0, -1  # toc_depth: the field depth the TOC opened at; -1 outside one
    code = ""  # the field code of the field opened last, so far
    for k, el in enumerate(elements):
        if toc_depth >= 0:
            inside.add(k)
        for node in el.iter(FLD_CHAR, INSTR_TEXT, FLD_SIMPLE):
            if node.tag == FLD_SIMPLE:
                if (node.get(w("instr")) or "").strip().upper().startswith("TOC"):
                    inside.add(k)
            elif node.tag == INSTR_TEXT:
                code += node.text or ""
                if toc_depth < 0 and code.strip().upper().startswith("TOC"):
                    toc_depth = depth
                    inside.add(k)
            elif node.get(w("fldCharType")) == "begin":
                depth, code = depth + 1, ""
            elif node.get(w("fldCharType")) == "end":
                if depth == toc_depth:
                    toc_depth = -1
                depth = max(depth - 1, 0)
    return inside


def is_toc_line(el: etree._Element, text: str, styles: Styles) -> bool:
    """A line of a table of contents: in a TOC style, or ending in a tab to a right-aligned stop and
    a page number ('6.3.<TAB>Acquisition<TAB>8'). Its tabs lay out a title and its page, not columns."""
    ppr = first_child(el, PPR)
    if any(_TOC_STYLE.match(style.name.strip()) for style in styles.chain(wval(first_child(ppr, PSTYLE)))):
        return True
    own = first_child(ppr, TABS)
    if own is None or "\t" not in text or not _PAGE_NUMBER.match(text.rsplit("\t", 1)[1].strip()):
        return False
    stops = sorted((_int(wval(t, "pos"), 0), wval(t)) for t in own if t.tag == TAB and wval(t) != "clear")
    return bool(stops) and stops[-1][1] in _RIGHT_STOPS


def tab_paragraph(el: etree._Element, reader: Reader, line: int, toc: bool = False) -> TabParagraph | None:
    """What extract/tabstops.py needs of a body paragraph (None for a table): its text with the tabs
    it prints, and the custom stops they go to, its own or its style's. Stops that draw leaders lead
    a list item's text to its owner and date (_print_leaders), and a table of contents' stops lead a
    heading to its page (toc: inside a TOC field), not to columns."""
    if el.tag != P:
        return None
    ppr = first_child(el, PPR)
    own = first_child(ppr, TABS)
    if first_child(ppr, NUMPR) is not None or _leader_stops(own):
        return TabParagraph(text=reader.paragraph(el)[0], stops=())
    stops = stop_positions(own) if own is not None else reader.styles.tabs(wval(first_child(ppr, PSTYLE)))
    text = reader.printed_text(el)
    if toc or is_toc_line(el, text, reader.styles):
        return TabParagraph(text=text, stops=())
    size, bold = reader.look(el)
    return TabParagraph(text=text, stops=stops, size=size, bold=bold, page=reader.page(el), line=line)


def tab_tables(elements: list[etree._Element], reader: Reader, counter: int) -> dict[int, tuple[int, Table]]:
    """The runs of paragraphs laid out as a table with tab stops (extract/tabstops.py), by the index
    of their first element: (index of their last, the table). Only when some paragraph has stops."""
    if not any(first_child(first_child(el, PPR), TABS) is not None for el in elements) \
            and not any(s.tabs for s in reader.styles.by_id.values()):
        return {}
    # reading the paragraphs here must change nothing the reading below relies on (they are read
    # again there): the characters counted, and the list counters, or every numbered heading after
    # a numbered paragraph would print its number counted twice
    chars, level, rank, counters = reader.chars, reader.level, reader.rank, reader.numbering.snapshot()
    toc = toc_field_paragraphs(elements)
    paragraphs = [tab_paragraph(el, reader, counter + k + 1, k in toc) for k, el in enumerate(elements)]
    reader.chars, reader.level, reader.rank = chars, level, rank
    reader.numbering.restore(counters)
    return {start: (end, tab_table([p for p in paragraphs[start:end + 1] if p is not None], 0))
            for start, end in table_spans(paragraphs)}


def count_number(el: etree._Element, reader: Reader) -> None:
    """A paragraph read into a tab-stop table still takes its list number, as Word counts it, so the
    numbered paragraphs after the table print theirs: read it for that alone (its text is the table's)."""
    if el.tag == P:
        chars = reader.chars
        reader.paragraph(el)
        reader.chars = chars


def add_blocks(doc: RawDocument, container: etree._Element, reader: Reader, counter: list[int]) -> None:
    """Paragraphs and tables of a container in order; counter[0] counts tables and paragraphs seen."""
    elements = list(content(container))
    tabbed = tab_tables(elements, reader, counter[0])
    skip_to = -1
    for k, el in enumerate(elements):
        counter[0] += 1
        if k <= skip_to:
            count_number(el, reader)
            continue
        if k in tabbed:  # paragraphs whose tab stops draw a table's columns: that table
            skip_to, table = tabbed[k]
            table.index = sum(isinstance(b, Table) for b in doc.blocks) + 1
            reader.chars += sum(len(c.text) for r in table.rows for c in r.cells)
            doc.blocks.append(table)
            continue
        if el.tag == TBL:
            # a one-column layout table around the real plan table, or a table whose cells hold plan
            # tables beside the banner naming their area: look inside, cell by cell
            if is_wrapper(el) or holds_plan_tables(el):
                for tr in rows_of(el):
                    if not row_deleted(tr):
                        add_holder_row(doc, tr, reader, counter)
                continue
            index = sum(isinstance(b, Table) for b in doc.blocks) + 1
            doc.blocks.append(read_table(reader, el, index))
            continue
        boxes = text_boxes(el)
        reader.boxes_apart = bool(boxes)
        text, heading = reader.paragraph(el)
        reader.boxes_apart = False
        add_paragraph(doc, el, text, heading, reader, counter)
        note_pictures(doc, el, reader)
        reader.objects += placed_objects(el, len(doc.blocks), reader.page(el))
        for box in boxes:  # what the page shows in the box, in order, after the line that anchors it
            start = len(doc.blocks)
            add_blocks(doc, box, reader, counter)
            mark_box(doc.blocks[start:], reader)


def mark_box(blocks: list[Table | Paragraph], reader: Reader) -> None:
    """Number the paragraphs one text box printed as that box's (a box inside it keeps its own number):
    the box, not its lines, is the unit its writer drew (one action's card)."""
    reader.boxes += 1
    for b in blocks:
        if isinstance(b, Paragraph) and not b.box:
            b.box = reader.boxes


def add_paragraph(doc: RawDocument, el: etree._Element, text: str, heading: bool, reader: Reader,
                  counter: list[int]) -> None:
    """A paragraph's lines as Paragraph blocks (none when it prints no text)."""
    if not text.strip():
        return
    size, bold = reader.look(el)
    lead = reader.lead_bold(el) if not bold else ""
    for k, line in enumerate(t for t in text.split("\n") if t.strip()):
        doc.blocks.append(Paragraph(text=line.strip(), page=reader.page(el), line=counter[0],
                                    heading=heading and k == 0, size=size, bold=bold,
                                    lead_bold=lead if k == 0 else "", level=reader.level,
                                    rank=reader.rank if heading and k == 0 else 0))


TXBX = w("txbxContent")
_NOT_SHOWN = {w("del"), w("moveFrom"), TXBX}  # (a box in a box is read with the box around it)


def text_boxes(p: etree._Element) -> list[etree._Element]:
    """The text boxes a paragraph anchors (w:txbxContent, in a DrawingML shape or a VML w:pict), in
    order, each once: the copy in an mc:Fallback is skipped when its mc:Choice is there to be shown,
    and so are boxes in deleted text and boxes inside another box."""
    out = []
    for box in p.iter(TXBX):
        for anc in box.iterancestors():
            if anc is p:
                out.append(box)
                break
            if anc.tag in _NOT_SHOWN or (anc.tag == FALLBACK and chosen_alternative(anc.getparent()) is not anc):
                break
    return out


def add_holder_row(doc: RawDocument, tr: etree._Element, reader: Reader, counter: list[int]) -> None:
    """A row of a table whose cells hold plan tables, as blocks: the cells beside a plan table first,
    as its heading (a 'Priority 1' / 'Start for Life …' banner names the area of the rows beside it,
    left or right of them), then the cells holding tables, their own paragraphs and tables in order.
    A row holding no plan table (the outer heading row 'Priority | What we will do') is plain text."""
    cells = list(cells_of(tr))
    holding = [any(c.tag == TBL for c in content(tc)) for tc in cells]
    for tc, holds in sorted(zip(cells, holding, strict=True), key=lambda pair: pair[1]):
        start = len(doc.blocks)
        add_blocks(doc, tc, reader, counter)
        if any(holding) and not holds:
            for block in doc.blocks[start:]:
                if isinstance(block, Paragraph):
                    block.heading = True


_PLAN_FIELDS_BESIDE = 1  # fields an inner table's heading row names beside its action column, at least
_SURE_HEADING = 80  # classify's score for a heading read beyond doubt ('Action', 'Target date')


def holds_plan_tables(tbl: etree._Element) -> bool:
    """Does a cell of the table hold a plan table of its own: a nested table of two rows or more whose
    first row heads its columns, one of them the actions ('Action | Lead | Target date | Status')?
    Its rows are the plan's rows, and the cells beside it (a 'Priority 1 …' banner) their area; a
    nested table of an action's milestones ('Milestone | By') heads no actions and stays in its cell."""
    for tr in rows_of(tbl):
        for tc in cells_of(tr):
            if any(inner.tag == TBL and heads_actions(inner) for inner in content(tc)):
                return True
    return False


def heads_actions(tbl: etree._Element) -> bool:
    from planx.normalise.headers import classify  # (the heading vocabulary; normalise imports extract)
    rows = [tr for tr in rows_of(tbl) if not row_deleted(tr)]
    if len(rows) < 2:
        return False
    fields = set()
    for tc in cells_of(rows[0]):
        text = " ".join("".join(t.text or "" for t in tc.iter(T)).split())
        field, score, _ = classify(text) if text else ("", 0.0, "")
        if score >= _SURE_HEADING:
            fields.add(field)
    return "action" in fields and "milestones" not in fields and len(fields) > _PLAN_FIELDS_BESIDE


def is_wrapper(tbl: etree._Element) -> bool:
    """A table of one column whose cells hold tables: page layout, not a plan table."""
    nested = False
    for tr in rows_of(tbl):
        cells = list(cells_of(tr))
        if len(cells) != 1:
            return False
        nested = nested or any(c.tag == TBL for c in content(cells[0]))
    return nested


__all__ = ["parse_docx", "read_table", "Numbering", "Styles"]
