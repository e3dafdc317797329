"""HTML pages (.html, .htm: a council's web page, Word's "Save as Web Page") → RawDocument.

Parsed with lxml.html with network access off; scripts, styles, frames and embedded objects
are dropped before anything is read, and nothing is fetched (no images, links, stylesheets).
Tables keep their grid (colspan, rowspan; <thead> rows and a top row of <th> cells as
headings; a background colour as Cell.fill); a nested table's rows become lines of its cell,
as in Word files, and a one-column table that only wraps other tables (page layout) is looked
through. Text outside tables becomes paragraphs, h1–h6 marked as headings, list items with
the bullet or number a browser shows.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from planx.extract.grid import Grid, GridCell, block_chars, grid_blocks
from planx.extract.htmlcards import card_grid, card_runs, classes_of, holds_cards
from planx.extract.htmlchrome import class_colours, drop_chrome
from planx.extract.markdown import link_texts
from planx.extract.model import Block, ExtractError, Link, Paragraph, RawDocument, Table
from planx.extract.text import decode
from planx.extract.wordhtml import LABEL, LEVEL, word_lists
from planx.normalise.vocab import RAG_COLOURS, RAG_WORDS, TITLE_WORDS

MAX_HTML_BYTES = 64 * 1024 * 1024
MAX_SPAN, MAX_ROWSPAN = 64, 1000
DROPPED = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg",
           "math", "canvas", "head", "button", "select", "input", "textarea")
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
          "ul", "ol", "li", "dl", "dt", "dd", "address", "figure", "figcaption", "form", "fieldset", "center",
          "body", "caption", "hr", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "details",
          "summary"} | HEADINGS
# what a page sets as the heading of what follows: h1–h6, and a <details> block's <summary> (a
# disclosure per period or topic: '<details><summary>Q1 2025</summary><ul>…')
HEADING_LIKE = HEADINGS | {"summary"}
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)
_NAMED_COLOURS = {"red": "ff0000", "green": "008000", "lime": "00ff00", "yellow": "ffff00", "orange": "ffa500",
                  "amber": "ffbf00", "blue": "0000ff", "gold": "ffd700", "white": "ffffff", "black": "000000",
                  "gray": "808080", "grey": "808080", "silver": "c0c0c0", "lightgreen": "90ee90",
                  "darkgreen": "006400", "darkred": "8b0000", "lightblue": "add8e6", "navy": "000080",
                  "purple": "800080", "pink": "ffc0cb"}
_FRONT_MATTER_LINES = 60  # as extract/markdown.py
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.I)


def _rank(tag: str) -> int:
    """A heading element's rank: <h1> → 1 … <h6> → 6; 0 for other heading-like elements (<summary>)."""
    return int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else 0


def parse_html(path: Path) -> RawDocument:
    data = path.read_bytes()
    if len(data) > MAX_HTML_BYTES:
        raise ExtractError(f"file too large for an HTML plan ({len(data)} bytes > {MAX_HTML_BYTES})")
    return parse_html_bytes(data, path=str(path), name=path.name)


def parse_html_bytes(data: bytes, *, path: str, name: str, drop: tuple[str, ...] = ()) -> RawDocument:
    """A page's bytes read as parse_html reads a file (an e-mail's HTML body, extract/mail.py); the
    elements the XPath expressions in `drop` find are left out (the earlier message a reply quotes)."""
    data, matter_title = front_matter(data)
    root = parse_page(data)
    for expr in drop:
        for el in root.xpath(expr):
            el.drop_tree()
    doc = RawDocument(path=path, name=name, format="html")
    doc.declared_title = matter_title.strip()
    # (no warning: reading the page's title from its front matter is no fault, as for Markdown)
    title = root.findtext(".//title") or matter_title
    classes = class_colours(root)
    for el in list(root.iter(*DROPPED)):
        el.drop_tree()
    for el in [e for e in root.iter() if isinstance(e.tag, str) and hidden(e)]:
        el.drop_tree()
    if word_lists(root):
        doc.warnings.append("Word's list paragraphs (mso-list) read as list items, their printed bullets as bullets")
    if title and title.strip():
        # front matter's title is the page's own heading, as a Markdown page's (extract/markdown.py)
        doc.blocks.append(Paragraph(text=" ".join(title.split()), page=1, line=0, heading=True,
                                    rank=1 if title == matter_title else 0))
    body = root.find("body")
    content, dropped = drop_chrome(body if body is not None else root)
    if dropped:
        doc.warnings.append(f"page chrome left out (the page's landmarks: {', '.join(dropped[:8])}"
                            f"{' …' if len(dropped) > 8 else ''})")
    reader = PageReader(doc, classes=classes)
    reader.read(content)
    _title_over_its_heading(doc)
    if dropped and title and title.strip() and not doc.declared_title and _names_only_its_kind(doc):
        doc.declared_title = " ".join(title.split())
    doc.chars = block_chars(doc.blocks)
    return doc


# what a browser's <title> adds after the page's own heading: a separator, then the site or section
_TITLE_TAIL = re.compile(r"^\s*[-–—|:·»]\s*\S")


def _title_over_its_heading(doc: RawDocument) -> None:
    """A <title> that prints the page's one <h1>, then a separator and more ('Minutes of the September
    meeting of W Derham PC - November 2008 - Stoke Ferry, Norfolk, UK' over the <h1> 'Minutes of the
    September meeting of W Derham PC'): what it adds names the site and the section the page sits in,
    so the <h1> is the page's title; the <title> stays as a plain line (kept, not lost)."""
    first = doc.blocks[0] if doc.blocks else None
    if not isinstance(first, Paragraph) or not first.heading or first.rank != 0 or first.line != 0:
        return
    h1s = [b for b in doc.blocks[1:] if isinstance(b, Paragraph) and b.heading and b.rank == 1]
    if len(h1s) != 1:
        return
    heading = " ".join(h1s[0].text.split())
    if heading and first.text.startswith(heading) and _TITLE_TAIL.match(first.text[len(heading):]):
        doc.blocks[0] = replace(first, heading=False)


_KIND_WORDS = frozenset(TITLE_WORDS) | {"meeting", "meetings", "notes", "agenda", "of", "the"}


def _names_only_its_kind(doc: RawDocument) -> bool:
    """Does the page's content, its chrome left out (the site's header with the page's <h1>), print
    no first-rank heading, and open with one that names only what kind of document it is ('Meeting
    minutes', 'Minutes', 'Agenda')? Then the <title> ('… Working Group Telco – 13 August 2025')
    names the page, as its author titled it (normalise takes it as the declared title)."""
    headings = [b for b in doc.blocks[1:] if isinstance(b, Paragraph) and b.heading]
    if not headings or any(b.rank == 1 for b in headings):
        return False
    words = " ".join(headings[0].text.lower().split()).split()
    return bool(words) and all(w in _KIND_WORDS for w in words)


_MATTER_KEY = re.compile(rb"^\s*[A-Za-z_][\w-]*\s*:")


def front_matter(data: bytes) -> tuple[bytes, str]:
    """A site generator's source page (Jekyll, Hugo) opens with front matter ('---' / 'layout: strategy' /
    'title: Glossary' / '---') before its HTML: metadata, not the page's text, and its 'title' is the
    page's title (as for Markdown, extract/markdown.py). The page with that block blanked (its lines kept,
    so source lines still count from the file's top), and the title ('' when there is none)."""
    head = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    lines = head.split(b"\n", _FRONT_MATTER_LINES + 1)
    if not lines or lines[0].strip() != b"---":
        return data, ""
    end = next((n for n in range(1, min(len(lines), _FRONT_MATTER_LINES)) if lines[n].strip() in (b"---", b"...")), 0)
    body = [line for line in lines[1:end] if line.strip()]
    if not end or not body or not all(_MATTER_KEY.match(line) or line[:1] in (b" ", b"\t", b"-") for line in body):
        return data, ""
    title = ""
    for line in lines[1:end]:
        key, colon, value = line.decode("utf-8", "replace").partition(":")
        if colon and key.strip().lower() == "title":
            title = " ".join(value.strip().strip("'\"").split())
    rest = b"\n".join(lines[end + 1:]) if len(lines) > end + 1 else b""
    return b"\n" * (end + 1) + rest, title


def parse_page(data: bytes) -> Any:
    """The page's tree: bytes as they are when the page names its charset, else decoded as text plans are."""
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        if _CHARSET.search(data[:8192]):
            return lxml.html.document_fromstring(data, parser=parser)
        text, _ = decode(data)
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise ExtractError("not a readable HTML page", detail=str(e)) from None


def hidden(el: Any) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("hidden") is not None or "display:none" in style or "visibility:hidden" in style


def colour(el: Any) -> str | None:
    """A cell's background as '#rrggbb' (bgcolor, or the style's background colour)."""
    value = el.get("bgcolor") or ""
    m = _BACKGROUND.search(el.get("style") or "")
    if m:
        value = m.group(1)
    value = value.strip().lower()
    # the first word of a shorthand ('#ffc000 none repeat'), an rgb() whole ('rgb(0, 112, 192)')
    value = value[:value.index(")") + 1] if value.startswith("rgb") and ")" in value else \
        value.split()[0] if value else ""
    if value.startswith("#"):
        digits = value[1:]
        if re.fullmatch(r"[0-9a-f]{3}", digits):
            digits = "".join(ch * 2 for ch in digits)
        return "#" + digits if re.fullmatch(r"[0-9a-f]{6}", digits) else None
    rgb = re.fullmatch(r"rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,[^)]*)?\)", value.replace(" ", ""))
    if rgb:
        return "#" + "".join(f"{min(int(x), 255):02x}" for x in rgb.groups())
    return "#" + _NAMED_COLOURS[value] if value in _NAMED_COLOURS else None


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)


def _bold(el: Any) -> bool:
    return el.tag in ("b", "strong") or el.tag in HEADINGS or bool(_BOLD_STYLE.search(el.get("style") or ""))


def lead_bold(el: Any) -> str:
    """The bold words a block opens with, before text that is not bold ('<p><strong>Owner</strong>
    Head of Service</p>' → 'Owner'), as Word's and Markdown's readers give them; '' when the block
    opens otherwise or is bold throughout."""
    if (el.text or "").strip():
        return ""
    first = next(iter(el), None)
    if first is None or not isinstance(first.tag, str) or not _bold(first):
        return ""
    words = " ".join("".join(first.itertext()).split())
    rest = (first.tail or "").strip() or any(True for _ in list(el)[1:])
    return words if words and rest else ""


def all_bold(el: Any) -> bool:
    """Is all of an element's text bold (<b>, <strong>, a heading, a bold font-weight)?"""
    seen = {True: False, False: False}  # text seen in bold, text seen not in bold

    def walk(e: Any, bold: bool) -> None:
        bold = bold or _bold(e)
        if e.text and e.text.strip():
            seen[bold] = True
        for child in e:
            if isinstance(child.tag, str):
                walk(child, bold)
            if child.tail and child.tail.strip():
                seen[bold] = True
    walk(el, False)
    return seen[True] and not seen[False]


def _int(value: str | None, default: int, high: int) -> int:
    try:
        return max(1, min(int(value or default), high))
    except ValueError:
        return default


# ---- text of an element, as a browser lays it out ---------------------------------------

STRUCK_TAGS = {"s", "del", "strike"}


def element_lines(el: Any) -> list[str]:
    """An element's text as lines: block elements and <br> break lines, list items get their
    bullet or number, a nested table gives a line per row ('a; b')."""
    return [line for line, _ in element_lines_levels(el)]


def element_lines_levels(el: Any) -> list[tuple[str, int]]:
    """element_lines, each line with how deep its list item is nested (0 = outermost list or no
    list; 1 = an item of a list inside an item), as Markdown's indent and Word's list level say."""
    out: list[str] = []
    _render(el, out)
    return split_lines("".join(out))


_DEPTH = re.compile("\x01(\\d+)\x02")


def split_lines(text: str) -> list[tuple[str, int]]:
    """Rendered text as (line, nesting) pairs: the depth mark a list item's line starts with is read and removed."""
    out = []
    for raw in text.split("\n"):
        m = _DEPTH.search(raw)
        line = " ".join(_DEPTH.sub("", raw).split())
        if line:
            out.append((line, int(m.group(1)) if m else 0))
    return out


def _ws(text: str, pre: bool) -> str:
    """Text as a browser lays it out: a line break in the source is a space, except inside <pre>."""
    return text if pre else text.replace("\r", " ").replace("\n", " ")


def _render(el: Any, out: list[str], pre: bool = False) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    pre = pre or tag in ("pre", "textarea", "listing", "plaintext")
    if tag == "br":
        out.append("\n")
    elif tag == "table":
        out.append("\n")
        for row in table_rows(el):
            cells = ["; ".join(element_lines(c)) for c in row_cells(row)]
            out.append("; ".join(c for c in cells if c) + "\n")
    elif tag == "dt":
        # a term and its description read as one labelled line ('Lead: Jo Bright'), as a reader
        # takes '<dt>Lead</dt><dd>Jo Bright</dd>'
        term: list[str] = []
        _render_inline(el, term)
        text = " ".join("".join(term).split())
        out.append("\n" + text + ("" if not text or text.endswith(":") else ":") + " ")
    else:
        block = tag in BLOCKS and not (tag == "dd" and _follows_term(el))
        if block:
            out.append("\n")
        if tag == "li":
            level = el.get(LEVEL) or "0"
            depth = sum(1 for a in el.iterancestors("li")) + (min(int(level), 9) if level.isdigit() else 0)
            out.append(f"\x01{depth}\x02" if depth else "")
            out.append(_list_label(el))
        struck = tag in STRUCK_TAGS  # superseded text: marked as Markdown does (normalise/text.py)
        if struck:
            out.append("~~")
        if el.text:
            out.append(_ws(el.text, pre))
        # an item whose text is wrapped in a block ('<li><p>Offer improved …</p></li>'): the bullet
        # heads that block's first line, as a browser shows it, not a line of its own
        # (blocks drawn empty before it, a card's CSS checkbox '<div class="check"></div>', print nothing:
        # the bullet heads the first block with words)
        first = _first_worded_child(el) if tag == "li" else 0
        opens_block = tag == "li" and not (el.text or "").strip() and len(el) > first \
            and isinstance(el[first].tag, str) and el[first].tag in BLOCKS \
            and el[first].tag not in ("ul", "ol", "table")
        for i, child in enumerate(el):
            if opens_block and i < first:
                continue  # an empty block before the item's words: no line of its own
            if i == first and opens_block:
                inner: list[str] = []
                _render(child, inner, pre)
                while inner and not inner[0].strip():  # its opening line breaks
                    inner.pop(0)
                out.extend(inner)
            else:
                _render(child, out, pre)
            if child.tail:
                out.append(_ws(child.tail, pre))
        if struck:
            out.append("~~")
        if block:
            out.append("\n")


def _first_worded_child(el: Any) -> int:
    """The index of an element's first child that prints something: the children before it are
    empty blocks (no words, no image, no tail of text after them); 0 when the first child prints."""
    for i, child in enumerate(el):
        if not isinstance(child.tag, str) or child.tag not in BLOCKS or (child.tail or "").strip() \
                or child.text_content().strip() or child.tag == "img" or len(child.findall(".//img")):
            return i
    return 0


def _render_inline(el: Any, out: list[str]) -> None:
    """An element's text on one line (a <dt>'s term)."""
    if el.text:
        out.append(el.text)
    for child in el:
        _render_inline(child, out)
        if child.tail:
            out.append(child.tail)


def _follows_term(dd: Any) -> bool:
    """Is this <dd> the first description after its <dt> (printed on the term's line)?"""
    prev = dd.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev is not None and prev.tag == "dt"


def element_links(el: Any) -> list[Link]:
    """The links (<a href>) and images (<img src>) inside an element, in order, each with the text a
    reader sees (an image's alt text) and where it points; a link whose one child is <code> is set
    as code (GitHub's issue labels: '<a href="…/labels/archiving"><code>archiving</code></a>')."""
    out: list[Link] = []
    for e in el.iter("a", "img"):
        if e.tag == "img" and (e.get("src") or "").strip():
            out.append(Link(text=" ".join((e.get("alt") or "").split()), target=e.get("src").strip(), image=True))
        elif e.tag == "a" and (e.get("href") or "").strip():
            code = len(e) == 1 and e[0].tag == "code" and not (e.text or "").strip() and not (e[0].tail or "").strip()
            out.append(Link(text=" ".join(e.text_content().split()), target=e.get("href").strip(), code=code))
    return out


def _list_label(li: Any) -> str:
    if li.get(LABEL):
        return str(li.get(LABEL))  # a Word list paragraph's number or bullet (extract/wordhtml.py)
    parent = li.getparent()
    if parent is None or parent.tag != "ol":
        return "• "
    items = [c for c in parent if c.tag == "li"]
    n = _int(parent.get("start"), 1, 10**6) + items.index(li) if li in items else 1
    if li.get("value", "").isdigit():
        n = int(li.get("value"))
    kind = parent.get("type", "1")
    if kind in ("a", "A"):
        label = chr(ord("a") + (n - 1) % 26)
        return (label.upper() if kind == "A" else label) + ". "
    if kind in ("i", "I"):
        from planx.extract.docx import roman
        return (roman(n).upper() if kind == "I" else roman(n)) + ". "
    return f"{n}. "


# ---- tables ------------------------------------------------------------------------------

def table_rows(table: Any) -> Iterator[Any]:
    """The table's own rows (not a nested table's), in order: thead, tbody, tfoot or bare."""
    for child in table:
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from (tr for tr in child if tr.tag == "tr")


def row_cells(tr: Any) -> list[Any]:
    return [c for c in tr if c.tag in ("td", "th")]


def is_wrapper(table: Any) -> bool:
    """A table of one column whose cells hold tables, or a table whose cells hold the page's
    headings (a CMS's layout: a navigation cell beside a content cell with <h1> and the plan's
    tables): page layout, not a plan table."""
    if any(True for tr in table_rows(table) for c in row_cells(tr) for _ in c.iter(*HEADINGS)):
        return True
    nested = False
    for tr in table_rows(table):
        cells = row_cells(tr)
        if len(cells) > 1 or any(_int(c.get("colspan"), 1, MAX_SPAN) > 1 for c in cells):
            return False
        nested = nested or any(True for c in cells for _ in c.iter("table"))
    return nested


def read_table(table: Any, first_line: int | None = None, classes: dict[str, str] | None = None) -> Grid:
    """The table's grid. Its rows are numbered from 1, or, given the line its source starts at
    (an HTML table inside a Markdown file), by the source line each row starts on. classes: the
    page's stylesheet colours by class name (a RAG given only as '<td class="rag-red">'). A cell
    that prints no text but holds images reads as their alt text (a RAG icon: alt="Green")."""
    cells: dict[tuple[int, int], GridCell] = {}
    taken: set[tuple[int, int]] = set()
    lines: list[int] = []
    header_rows, headings_open = 0, True
    has_thead = any(child.tag == "thead" for child in table)
    for r, tr in enumerate(table_rows(table)):
        lines.append(source_line(tr, first_line) if first_line is not None else r + 1)
        c = 0
        tds = row_cells(tr)
        for td in tds:
            while (r, c) in taken:
                c += 1
            colspan, rowspan = _int(td.get("colspan"), 1, MAX_SPAN), _int(td.get("rowspan"), 1, MAX_ROWSPAN)
            text = "\n".join(element_lines(td)) or image_text(td)
            fill = colour(td) or colour(tr) or class_fill(td, classes) or class_fill(tr, classes)
            cells[(r, c)] = GridCell(text=text, fill=fill,
                                     colspan=colspan, rowspan=rowspan, bold=all_bold(td))
            taken.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
            c += colspan
        # with a <thead>, its rows are the headings: a row of <th> in the body under it is a banner
        # ('<tr><th colspan="9">Priority 1: …</th></tr>'), not one more heading row
        heading = tr.getparent().tag == "thead" or (not has_thead and tds and all(td.tag == "th" for td in tds))
        if headings_open and heading:
            header_rows += 1
        else:
            headings_open = False
    # a rowspan past the last row is cut there
    for (r, _), cell in cells.items():
        cell.rowspan = min(cell.rowspan, len(lines) - r)
    return Grid(cells=cells, lines=lines, header_rows=header_rows)


def image_text(cell: Any) -> str:
    """The alt text of the images in a cell, one line each ('' when none has any)."""
    alts = [" ".join((img.get("alt") or "").split()) for img in cell.iter("img")]
    return "\n".join(a for a in alts if a)


def class_fill(el: Any, classes: dict[str, str] | None) -> str | None:
    """The background the page's stylesheet gives one of the element's classes (the last that has
    one); else, the stylesheet being out of reach (a linked file, never fetched), a class named by a
    RAG colour word ('rag-amber', 'status_red', 'green') as the contract's standard fill of that colour."""
    names = (el.get("class") or "").split()
    fills = [classes[c] for c in names if classes and c in classes]
    if fills:
        return fills[-1]
    for name in reversed(names):
        for part in reversed(re.split(r"[-_]", name.lower())):
            if part in _CLASS_RAG:
                return RAG_COLOURS[RAG_WORDS[part]]
    return None


_CLASS_RAG = {"red", "amber", "green", "blue", "yellow"}  # whole colour words only ('r', 'a' are too short)


def source_line(el: Any, first_line: int) -> int:
    """The line of the file an element starts on, its fragment starting at first_line."""
    return first_line + max((el.sourceline or 1) - 1, 0)


class PageReader:
    """Blocks of a page in reading order: paragraphs between tables, and the tables. first_line:
    where the page's source starts in a file of another kind (HTML inside Markdown): its blocks are
    numbered by the file's lines rather than counted."""

    def __init__(self, doc: RawDocument, first_line: int | None = None, page: int = 1,
                 classes: dict[str, str] | None = None):
        self.doc = doc
        self.classes = classes
        self.buffer: list[str] = []
        self.line = 0 if first_line is None else first_line - 1
        self.first_line = first_line
        self.page = page
        self.links: list[Link] = []  # the links of the inline text buffered

    def read(self, el: Any) -> None:
        if el.text:
            self.buffer.append(_ws(el.text, el.tag == "pre"))
        children = [child for child in el if isinstance(child.tag, str)]
        runs = card_runs(children)  # the cards of a run are read as one table (extract/htmlcards.py)
        at, skip = 0, 0
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag:
                at += 1
            if tag and skip:
                skip -= 1
            elif tag and (n := runs.get(at - 1, 0)):
                self.flush()
                notes: list[str] = []
                self.add_grid(card_grid(children[at - 1:at - 1 + n], notes))
                skip = n - 1
                self.doc.warnings.append(f"{n} blocks of one class ('{classes_of(child)[0]}'), their parts labelled "
                                         "alike, read as a table: a row per block, a column per label")
                self.doc.warnings += notes
            elif tag == "table" and is_wrapper(child):
                self.flush()
                for tr in table_rows(child):
                    for td in row_cells(tr):
                        self.read(td)
            elif tag == "table":
                self.flush()
                self.add_table(child)
            elif tag in HEADING_LIKE:
                self.flush()
                self.at(child)
                self.add_lines(element_lines(child), heading=True, rank=_rank(tag), links=element_links(child))
            elif tag in BLOCKS and tag not in HEADING_LIKE and (any(True for _ in child.iter("table", *HEADING_LIKE))
                                                                 or holds_cards(child)):
                # a wrapper (<main>, <div>, <section>) holding tables or headings: read inside it,
                # so its headings stay headings and its tables tables
                self.flush()
                self.read(child)
                self.flush()
            elif tag in BLOCKS:
                self.flush()
                self.at(child)
                pairs = element_lines_levels(child)
                self.add_lines([ln for ln, _ in pairs], heading=False, links=element_links(child),
                               levels=[lv for _, lv in pairs], lead_bold=lead_bold(child))
            else:
                out: list[str] = []
                _render(child, out)
                self.buffer.append("".join(out))
                self.links += element_links(child)
            if child.tail:
                self.buffer.append(_ws(child.tail, False))
        self.flush()

    def at(self, el: Any) -> None:
        """Number the next lines from where this element starts in the file (when numbered so)."""
        if self.first_line is not None:
            self.line = max(self.line, source_line(el, self.first_line) - 1)

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer, links, self.links = [], self.links, []
        pairs = split_lines(text)
        self.add_lines([ln for ln, _ in pairs], heading=False, links=links, levels=[lv for _, lv in pairs])

    def add_lines(self, lines: list[str], heading: bool, rank: int = 0, links: list[Link] | None = None,
                  levels: list[int] | None = None, lead_bold: str = "") -> None:
        """The lines as paragraphs; each link goes with the first line that prints its text from the
        line of the link before it on (links and lines come in the same order); an image, whose alt
        text no line prints, with the line of the link before it."""
        placed: list[list[Link]] = [[] for _ in lines]
        at = 0
        for link in links or []:
            at = next((k for k in range(at, len(lines)) if link.text and link.text in lines[k]), at)
            if placed:
                placed[at].append(link)
        for k, line in enumerate(lines):
            self.line += 1
            self.doc.blocks.append(Paragraph(text=line, page=self.page, line=self.line, heading=heading and k == 0,
                                             rank=rank if heading and k == 0 else 0, links=placed[k],
                                             level=levels[k] if levels and k < len(levels) else 0,
                                             lead_bold=lead_bold if k == 0 and line.startswith(lead_bold) else ""))

    def add_table(self, table: Any) -> None:
        # a <caption> names its table as a heading above it would ('Priority 2: Attendance'); read
        # as one, so its text is not lost and can give the table's area
        for caption in (c for c in table if c.tag == "caption"):
            self.at(caption)
            self.add_lines(element_lines(caption), heading=True, links=element_links(caption))
        self.add_grid(read_table(table, self.first_line, self.classes))

    def add_grid(self, grid: Grid) -> None:
        index = sum(isinstance(b, Table) for b in self.doc.blocks) + 1
        blocks: list[Block] = grid_blocks(grid, page=self.page, index=index)
        self.doc.blocks += blocks


def read_fragment(doc: RawDocument, html: str, first_line: int, page: int = 1) -> None:
    """An HTML block of another file (a Markdown file's raw HTML: a <table>, <details>, a <div>)
    read as a page is, its blocks added to doc and numbered by the file's lines; the same
    safety as a page: no network, nothing fetched, scripts and hidden parts dropped."""
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        root = lxml.html.document_fromstring(f"<html><body>{html}</body></html>", parser=parser)
    except (etree.ParserError, ValueError):
        return  # nothing but comments or whitespace
    for el in list(root.iter(*DROPPED)):
        el.drop_tree()
    for el in [e for e in root.iter() if isinstance(e.tag, str) and hidden(e)]:
        el.drop_tree()
    _print_markdown_links(root)
    body = root.find("body")
    start = len(doc.blocks)
    PageReader(doc, first_line, page).read(body if body is not None else root)
    doc.chars += block_chars(doc.blocks[start:])


_CODE_TAGS = {"pre", "code", "kbd", "samp"}


def _print_markdown_links(root: Any) -> None:
    """A Markdown file's HTML block whose text writes links as Markdown does ('<td>Feasibility of a
    [Multipurpose Trail](http://…) on the West Side …</td>'): its writer meant a link, which a site's
    Markdown reader prints as its text, so each text node prints the link's text, not its brackets and
    target. Code shows the syntax itself and keeps it."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        in_code = el.tag in _CODE_TAGS or any(a.tag in _CODE_TAGS for a in el.iterancestors())
        if el.text and not in_code:
            el.text = link_texts(el.text)
        if el.tail and not (el.getparent() is not None and el.getparent().tag in _CODE_TAGS):
            el.tail = link_texts(el.tail)


__all__ = ["parse_html", "element_lines", "read_fragment", "read_table"]
