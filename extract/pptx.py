"""PowerPoint decks (.pptx, .pptm) → RawDocument: each slide is a page.

Councils and boards keep plans as slides: a table a slide (action | lead | due | RAG, its RAG often
only the cell's fill), or a title naming the theme over text boxes of bullets. A reader of a slide
reads its title first, then its shapes top to bottom and left to right, so the blocks are:
- the title placeholder, as a heading (rank 1) in the size it is printed in;
- every other text frame's paragraphs, with their bullet ('• ', '1. ') and list level;
- every table (graphicFrame a:tbl): cells at their grid column, spans from gridSpan/rowSpan, the
  cells those cover (hMerge/vMerge) as Word's merged cells are read, a cell's fill as '#rrggbb';
  shapes ordered by their position on the slide (groups laid out through their own transform);
- a table drawn with shapes (a text box a cell, three rows or more side by side on shared column
  starts, the RAG a filled dot) as the table it shows, each shape's own fill its cell's.
The slide's number is the page of its blocks, and the slide's size its page size, so
normalise/slides.py reads a deck of titled slides as it reads one exported to PDF. Speaker notes,
footers, dates and slide numbers are set apart (RawDocument.aside): a user sees them in leftovers,
no reader takes them for the slide's content. Charts, pictures and media are not read.

The XML is read by hand through extract/ooxml.Package, as Word's is: zip-bomb limits, no DTD or
entities, no network; the few parts a deck needs (presentation, slides, their layouts, masters,
theme, notes) are simpler to walk than to load through python-pptx, which would add a dependency
and read every part with its own parser, outside those checks.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from planx.extract.docx import format_number
from planx.extract.model import Cell, ExtractError, Paragraph, RawDocument, Row, Table
from planx.extract.ooxml import Package, sniff_package
from planx.normalise.vocab import RAG_DOT_GLYPHS

P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
EMU_PER_POINT = 12700
MAX_SLIDES = 2000  # a deck is far shorter; a file claiming more is not read so far
MAX_DEPTH = 16  # groups inside groups

ENCRYPTED = ("password-protected (encrypted) PowerPoint presentation: planx cannot read it; remove the password "
             "in PowerPoint (File → Info → Protect Presentation) and save again")

# placeholders that are the slide's furniture, not its content: set apart, never read as a plan's text
FURNITURE = {"dt": "slide date", "ftr": "slide footer", "sldNum": "slide number", "hdr": "slide header"}
TITLES = {"title", "ctrTitle"}
# placeholders whose paragraphs the master's body style formats (bulleted); other text, its 'other' style
BODY_PLACEHOLDERS = {"body", "obj", "subTitle"}
# a:buAutoNum's scheme → (number format as docx.format_number names it, text around the number)
_AUTONUM = re.compile(r"^(arabic|alphaLc|alphaUc|romanLc|romanUc)(Period|ParenR|ParenBoth|Plain)?")
_NUMBER_FORMATS = {"arabic": "decimal", "alphaLc": "lowerLetter", "alphaUc": "upperLetter",
                   "romanLc": "lowerRoman", "romanUc": "upperRoman"}
_NUMBER_SHAPES = {"Period": "{}. ", "ParenR": "{}) ", "ParenBoth": "({}) ", "Plain": "{} ", None: "{}. "}
# sizes Office falls back on when neither the text nor its styles say (points)
DEFAULT_SIZES = {"title": 44.0, "body": 28.0, "other": 18.0}
_HEX = re.compile(r"[0-9A-Fa-f]{6}")


def a(tag: str) -> str:
    return f"{{{A_NS}}}{tag}"


def p(tag: str) -> str:
    return f"{{{P_NS}}}{tag}"


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# ---- styles: what the master and layouts say about text a slide does not format itself ---------------

@dataclass
class Styles:
    """The master's text styles (title, body, other: level → (size, bullet)), its theme's colours, and
    the positions of the layout's and master's placeholders, for shapes that inherit theirs."""
    sizes: dict[str, dict[int, float]] = field(default_factory=dict)
    bullets: dict[str, dict[int, bool]] = field(default_factory=dict)
    colours: dict[str, str] = field(default_factory=dict)  # scheme name ('accent1') → '#rrggbb'
    places: dict[str, tuple[int, int]] = field(default_factory=dict)  # 'type:…'/'idx:…' → (x, y) in EMU
    # 'type:…'/'idx:…' → the list style the layout's (or master's) placeholder sets: level → size, bullet
    # (a title slide's subtitle sets no bullets, its title a size of its own)
    lists: dict[str, tuple[dict[int, float], dict[int, bool]]] = field(default_factory=dict)

    def placeholder(self, ph: etree._Element | None) -> tuple[dict[int, float], dict[int, bool]]:
        """The list style a slide's placeholder inherits from its layout's (matched by idx, else type)."""
        if ph is None:
            return {}, {}
        return self.lists.get(f"idx:{ph.get('idx')}") or self.lists.get(f"type:{ph.get('type', 'obj')}") or ({}, {})


def _level_styles(style: etree._Element | None) -> tuple[dict[int, float], dict[int, bool]]:
    """A list style's size and bullet per level (a:lvl1pPr … a:lvl9pPr), where it says them."""
    sizes: dict[int, float] = {}
    bullets: dict[int, bool] = {}
    if style is None:
        return sizes, bullets
    for level in range(9):
        ppr = style.find(a(f"lvl{level + 1}pPr"))
        if ppr is None:
            continue
        size = _int((ppr.find(a("defRPr")) if ppr.find(a("defRPr")) is not None else ppr).get("sz"), 0)
        if size:
            sizes[level] = size / 100
        kind = _bullet_kind(ppr)
        if kind is not None:
            bullets[level] = kind != "none"
    return sizes, bullets


def _bullet_kind(ppr: etree._Element | None) -> str | None:
    """'none', 'char' or 'auto' when the paragraph properties set a bullet, None when they leave it."""
    if ppr is None:
        return None
    for tag, kind in (("buNone", "none"), ("buChar", "char"), ("buAutoNum", "auto"), ("buBlip", "char")):
        if ppr.find(a(tag)) is not None:
            return kind
    return None


def read_styles(pkg: Package, slide: str) -> Styles:
    """The styles of a slide's layout and master (read once per layout by the caller)."""
    styles = Styles()
    layout = _related(pkg, slide, "slideLayout")
    master = _related(pkg, layout, "slideMaster") if layout else ""
    if master:
        root = pkg.xml(master)
        tx = root.find(p("txStyles"))
        for name, tag in (("title", "titleStyle"), ("body", "bodyStyle"), ("other", "otherStyle")):
            sizes, bullets = _level_styles(tx.find(p(tag)) if tx is not None else None)
            styles.sizes[name], styles.bullets[name] = sizes, bullets
        theme = _related(pkg, master, "theme")
        if theme:
            styles.colours = _theme_colours(pkg.xml(theme))
        _placeholder_places(root, styles)
    if layout:
        _placeholder_places(pkg.xml(layout), styles)  # the layout's own places and lists win over the master's
    return styles


def _related(pkg: Package, part: str, kind: str) -> str:
    """The first part of this kind a part's relationships name ('' when none is in the package)."""
    return next((name for k, name in pkg.relationships(part).values() if k == kind and name in pkg.names), "")


def _theme_colours(theme: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    scheme = next(theme.iter(a("clrScheme")), None)
    for slot in scheme if scheme is not None else []:
        if not isinstance(slot.tag, str):
            continue
        colour = _colour_of(slot, {})
        if colour:
            out[etree.QName(slot).localname] = colour
    # the names a shape uses for the text and background slots
    for alias, slot in (("tx1", "dk1"), ("bg1", "lt1"), ("tx2", "dk2"), ("bg2", "lt2")):
        if slot in out:
            out[alias] = out[slot]
    return out


def _colour_of(el: etree._Element | None, scheme: dict[str, str]) -> str | None:
    """The colour a fill element (a:solidFill, a theme slot) names, as '#rrggbb'; None when it names
    none planx can resolve. Tints and shades (lumMod …) are not applied: the hue is what rates a RAG."""
    if el is None:
        return None
    for child in el:
        tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
        value = child.get("val") if tag == "srgbClr" else child.get("lastClr") if tag == "sysClr" \
            else scheme.get(child.get("val", "")) if tag == "schemeClr" else None
        if value and value.startswith("#"):
            return value.lower()
        if value and _HEX.fullmatch(value):
            return "#" + value.lower()
    return None


def _placeholder_places(root: etree._Element, styles: Styles) -> None:
    """Where a layout's (or master's) placeholders sit, and the list styles they set."""
    for sp in root.iter(p("sp")):
        ph = next(sp.iter(p("ph")), None)
        if ph is None:
            continue
        keys = [f"type:{ph.get('type', 'obj')}"] + ([f"idx:{ph.get('idx')}"] if ph.get("idx") else [])
        off = _offset(sp.find(p("spPr")))
        body = sp.find(p("txBody"))
        sizes, bullets = _level_styles(body.find(a("lstStyle")) if body is not None else None)
        for key in keys:
            if off is not None:
                styles.places[key] = off
            if sizes or bullets:
                under = styles.lists.get(key, ({}, {}))  # the master's, which the layout's refine
                styles.lists[key] = ({**under[0], **sizes}, {**under[1], **bullets})


def _offset(sppr: etree._Element | None) -> tuple[int, int] | None:
    xfrm = sppr.find(a("xfrm")) if sppr is not None else None
    off = xfrm.find(a("off")) if xfrm is not None else None
    return (_int(off.get("x")), _int(off.get("y"))) if off is not None else None


# ---- shapes in reading order ----------------------------------------------------------------------

@dataclass
class Placed:
    """A shape with text or a table, where the slide shows it (EMU), and what kind of placeholder it is."""
    el: etree._Element
    x: int
    y: int
    kind: str  # placeholder type ('title', 'body', 'obj' …), '' for a text box or a table
    w: int = 0  # its width and height (EMU), where the shape says (0 for a placeholder placed by its layout)
    h: int = 0


Transform = tuple[float, float, float, float]  # x' = a + b·x, y' = c + d·y (a group's child space)
_IDENTITY: Transform = (0.0, 1.0, 0.0, 1.0)


def _chosen(alternate: etree._Element) -> etree._Element | None:
    """What a reader sees of mc:AlternateContent: its first Choice, else its Fallback."""
    return alternate.find(f"{{{MC_NS}}}Choice") if alternate.find(f"{{{MC_NS}}}Choice") is not None \
        else alternate.find(f"{{{MC_NS}}}Fallback")


def shapes(tree: etree._Element, styles: Styles, transform: Transform = _IDENTITY,
           depth: int = 0) -> Iterator[Placed]:
    """The text shapes and tables of a shape tree, groups opened, with their place on the slide."""
    for el in tree:
        if el.tag == f"{{{MC_NS}}}AlternateContent":
            chosen = _chosen(el)
            if chosen is not None:
                yield from shapes(chosen, styles, transform, depth)
        elif el.tag == p("grpSp") and depth < MAX_DEPTH:
            yield from shapes(el, styles, _group_transform(el, transform), depth + 1)
        elif el.tag in (p("sp"), p("graphicFrame")):
            ph = next(el.iter(p("ph")), None)
            kind = ph.get("type", "obj") if ph is not None else ""
            off = _offset(el.find(p("spPr"))) if el.tag == p("sp") else _offset_frame(el)
            if off is None and ph is not None:  # a placeholder where its layout puts it
                off = styles.places.get(f"idx:{ph.get('idx')}") or styles.places.get(f"type:{kind}")
            x, y = off or (0, 0)
            w, h = _extent(el.find(p("spPr")) if el.tag == p("sp") else el) if off else (0, 0)
            ta, tb, tc, td = transform
            yield Placed(el, round(ta + tb * x), round(tc + td * y), kind, round(tb * w), round(td * h))


def _extent(holder: etree._Element | None) -> tuple[int, int]:
    """A shape's size (a:xfrm/a:ext; a graphicFrame's p:xfrm), (0, 0) when it says none."""
    xfrm = None if holder is None else holder.find(a("xfrm")) if holder.find(a("xfrm")) is not None \
        else holder.find(p("xfrm"))
    ext = xfrm.find(a("ext")) if xfrm is not None else None
    return (_int(ext.get("cx")), _int(ext.get("cy"))) if ext is not None else (0, 0)


def _offset_frame(frame: etree._Element) -> tuple[int, int] | None:
    xfrm = frame.find(p("xfrm"))
    off = xfrm.find(a("off")) if xfrm is not None else None
    return (_int(off.get("x")), _int(off.get("y"))) if off is not None else None


def _group_transform(group: etree._Element, outer: Transform) -> Transform:
    """Where a group's children land: its child space (chOff, chExt) scaled onto its own box (off, ext)."""
    sppr = group.find(p("grpSpPr"))
    xfrm = sppr.find(a("xfrm")) if sppr is not None else None
    if xfrm is None:
        return outer
    def pair(tag: str, x: str, y: str) -> tuple[int, int]:
        el = xfrm.find(a(tag))
        return (_int(el.get(x)), _int(el.get(y))) if el is not None else (0, 0)
    (ox, oy), (ex, ey) = pair("off", "x", "y"), pair("ext", "cx", "cy")
    (cx, cy), (cex, cey) = pair("chOff", "x", "y"), pair("chExt", "cx", "cy")
    sx, sy = (ex / cex if cex else 1.0), (ey / cey if cey else 1.0)
    ta, tb, tc, td = outer
    return (ta + tb * (ox - cx * sx), tb * sx, tc + td * (oy - cy * sy), td * sy)


def reading_order(placed: list[Placed], slide_height: int) -> list[Placed]:
    """Titles first, then the shapes top to bottom, and left to right along a band: shapes whose tops
    are within a fiftieth of the slide's height of each other sit side by side (two columns of boxes)."""
    band = max(slide_height // 50, 1)
    ordered = sorted(placed, key=lambda s: (s.kind not in TITLES, s.y, s.x))
    rows: list[list[Placed]] = []
    for shape in ordered:
        if rows and shape.kind not in TITLES and rows[-1][0].kind not in TITLES and shape.y - rows[-1][0].y <= band:
            rows[-1].append(shape)
        else:
            rows.append([shape])
    return [s for row in rows for s in sorted(row, key=lambda s: s.x)]


# ---- text ---------------------------------------------------------------------------------------

@dataclass
class Line:
    text: str
    level: int
    size: float
    bold: bool


class TextReader:
    """A text frame's paragraphs as lines: the bullet or number each prints, its level, its size."""

    def __init__(self, styles: Styles):
        self.styles = styles
        self.chars = 0

    def frame(self, body: etree._Element | None, kind: str, ph: etree._Element | None = None) -> list[Line]:
        """The lines of a text body; kind and ph (its placeholder element, if any) say which styles it
        inherits: its own list style, then its layout placeholder's, then the master's for its kind."""
        if body is None:
            return []
        style = "title" if kind in TITLES else "body" if kind in BODY_PLACEHOLDERS else "other"
        scale = self._font_scale(body)
        own_sizes, own_bullets = _level_styles(body.find(a("lstStyle")))
        layout_sizes, layout_bullets = self.styles.placeholder(ph)
        own_sizes, own_bullets = {**layout_sizes, **own_sizes}, {**layout_bullets, **own_bullets}
        counters: dict[int, int] = {}
        out: list[Line] = []
        for para in body.iter(a("p")):
            ppr = para.find(a("pPr"))
            level = min(_int(ppr.get("lvl") if ppr is not None else None), 8)
            text = self._text(para)
            if not text.strip():
                counters.pop(level, None)  # an empty line restarts a numbered list
                continue
            label = self._label(ppr, style, level, own_bullets, counters)
            size = self._size(para, style, level, own_sizes) * scale
            out.append(Line(label + text, level, round(size, 1), self._bold(para)))
            self.chars += len(text)
        return out

    @staticmethod
    def _font_scale(body: etree._Element) -> float:
        """Text shrunk to fit its box (a:normAutofit fontScale, in thousandths of a percent)."""
        fit = body.find(a("bodyPr"))
        auto = fit.find(a("normAutofit")) if fit is not None else None
        scale = _int(auto.get("fontScale") if auto is not None else None, 100_000)
        return max(min(scale, 100_000), 10_000) / 100_000

    @staticmethod
    def _text(para: etree._Element) -> str:
        parts: list[str] = []
        for el in para:
            if el.tag in (a("r"), a("fld")):
                t = el.find(a("t"))
                parts.append(t.text or "" if t is not None else "")
            elif el.tag == a("br"):
                parts.append("\n")
        return "\n".join(line.strip() for line in "".join(parts).replace("\v", "\n").split("\n")).strip("\n")

    def _label(self, ppr: etree._Element | None, style: str, level: int, own: dict[int, bool],
               counters: dict[int, int]) -> str:
        kind = _bullet_kind(ppr)
        if kind is None:
            inherited = own.get(level, self.styles.bullets.get(style, {}).get(level, False))
            kind = "char" if inherited else "none"
        if kind == "none":
            return ""
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]  # a list under an item numbers afresh under the next one
        if kind == "char":
            return "• "
        auto = ppr.find(a("buAutoNum")) if ppr is not None else None
        scheme = auto.get("type", "arabicPeriod") if auto is not None else "arabicPeriod"
        start = _int(auto.get("startAt") if auto is not None else None, 1)
        counters[level] = counters.get(level, start - 1) + 1
        m = _AUTONUM.match(scheme)
        fmt, shape = (_NUMBER_FORMATS[m.group(1)], m.group(2)) if m else ("decimal", None)
        return _NUMBER_SHAPES[shape].format(format_number(counters[level], fmt))

    def _size(self, para: etree._Element, style: str, level: int, own: dict[int, float]) -> float:
        sizes = [_int(r.get("sz")) for r in para.iter(a("rPr")) if r.get("sz")]
        if sizes:
            return max(sizes) / 100
        return own.get(level) or self.styles.sizes.get(style, {}).get(level) or DEFAULT_SIZES[style]

    @staticmethod
    def _bold(para: etree._Element) -> bool:
        runs = [r for r in para.iter(a("r")) if (r.findtext(a("t")) or "").strip()]
        return bool(runs) and all((r.find(a("rPr")) is not None and r.find(a("rPr")).get("b") in ("1", "true"))
                                  for r in runs)


# ---- tables -----------------------------------------------------------------------------------------

def read_table(frame: etree._Element, reader: TextReader, page: int, index: int) -> Table | None:
    """A graphicFrame's table (None when the frame holds a chart, a diagram or a picture)."""
    tbl = next(frame.iter(a("tbl")), None)
    if tbl is None:
        return None
    rows: list[Row] = []
    origins: dict[int, Cell] = {}  # grid column → the cell a vertical merge continues there
    for line, tr in enumerate(tbl.iter(a("tr")), 1):
        cells: list[Cell] = []
        for col, tc in enumerate(tr.findall(a("tc"))):
            if tc.get("hMerge") in ("1", "true"):
                continue  # covered by the cell to its left (gridSpan)
            origin = origins.get(col)
            if tc.get("vMerge") in ("1", "true") and origin is not None:
                cells.append(Cell(text=origin.text, col=col, colspan=origin.colspan, fill=origin.fill,
                                  merged_above=True, bold=origin.bold))
                continue
            lines = reader.frame(tc.find(a("txBody")), "")
            text = "\n".join(ln.text for ln in lines)
            cell = Cell(text=text, col=col, colspan=max(_int(tc.get("gridSpan"), 1), 1),
                        rowspan=max(_int(tc.get("rowSpan"), 1), 1),
                        fill=cell_fill(tc, reader.styles) or glyph_colour(tc, text, reader.styles),
                        bold=bool(lines) and all(ln.bold for ln in lines))
            cells.append(cell)
            origins[col] = cell
        rows.append(Row(cells=cells, page=page, line=line))
    return Table(rows=rows, page=page, index=index)


def cell_fill(tc: etree._Element, styles: Styles) -> str | None:
    """A cell's own solid fill (a:tcPr/a:solidFill), as '#rrggbb'."""
    tcpr = tc.find(a("tcPr"))
    return _colour_of(tcpr.find(a("solidFill")), styles.colours) if tcpr is not None else None


def glyph_colour(tc: etree._Element, text: str, styles: Styles) -> str | None:
    """The colour of a cell whose whole text is one dot glyph in a colour of its own (a RAG shown as a
    red, amber or green '●'): the colour a reader rates the row by, as a fill's would be."""
    if text.strip() not in RAG_DOT_GLYPHS:
        return None
    for run in tc.iter(a("r")):
        if text.strip() in (run.findtext(a("t")) or ""):
            rpr = run.find(a("rPr"))
            colour = _colour_of(rpr.find(a("solidFill")), styles.colours) if rpr is not None else None
            return colour if colour not in (None, "#000000", "#ffffff") else None
    return None


# ---- a table drawn with shapes ------------------------------------------------------------------------
# A slide can lay a table out with shapes instead of a table: a text box per cell, rows of them side by
# side, the RAG a coloured dot (an ellipse filled red, amber or green) or a filled box. A reader sees
# the rows and columns from how the shapes line up; so does planx, when they line up as a table does.

GRID_MIN_ROWS = 3  # rows of two shapes or more side by side (two columns of boxes are one row, no table)
GRID_MAX_COLUMNS = 8
DOT_SHARE = 4  # an empty filled shape narrower than a quarter of the slide is a mark (a dot), not a backdrop


def shape_fill(sp: etree._Element, styles: Styles) -> str | None:
    """A shape's own solid fill (p:spPr/a:solidFill), as '#rrggbb'; a theme's default style fill is not
    taken, every shape drawn without a fill of its own would otherwise read as rated."""
    sppr = sp.find(p("spPr"))
    return _colour_of(sppr.find(a("solidFill")), styles.colours) if sppr is not None else None


def _beside(a_: Placed, b: Placed) -> bool:
    """Do two shapes sit on one row: the middle of either within the other's height?"""
    mid_a, mid_b = a_.y + a_.h / 2, b.y + b.h / 2
    return a_.y <= mid_b <= a_.y + a_.h or b.y <= mid_a <= b.y + b.h


def shape_grid(placed: list[Placed], texts: dict[int, str], fills: dict[int, str | None],
               width: int) -> list[list[tuple[int, Placed]]] | None:
    """The rows of a table drawn with shapes, each shape with its column, top to bottom; None when the
    slide's shapes do not line up as one: GRID_MIN_ROWS rows of two or more, their left edges falling
    on shared column starts, one shape a column a row. texts and fills are by id() of the shape."""
    cells = [s for s in placed if s.el.tag == p("sp") and s.kind not in TITLES and s.kind not in FURNITURE
             and s.h > 0 and (texts[id(s)] or (fills[id(s)] and s.w * DOT_SHARE <= width))]
    rows: list[list[Placed]] = []
    for shape in sorted(cells, key=lambda s: s.y + s.h / 2):
        if rows and _beside(rows[-1][0], shape):
            rows[-1].append(shape)
        else:
            rows.append([shape])
    wide = [k for k, row in enumerate(rows) if len(row) >= 2]
    if len(wide) < GRID_MIN_ROWS:
        return None
    rows = rows[wide[0]:wide[-1] + 1]  # a paragraph above or below the grid stays a paragraph
    tolerance = max(width // 50, 1)
    starts: list[int] = []
    for x in sorted(s.x for row in rows for s in row):
        if not starts or x - starts[-1] > tolerance:
            starts.append(x)
    if len(starts) > GRID_MAX_COLUMNS:
        return None
    out = []
    for row in rows:
        cols = [max(k for k, x in enumerate(starts) if x <= s.x + tolerance) for s in row]
        if len(set(cols)) < len(cols):
            return None  # two shapes in one column of a row: shapes overlaid, no table
        out.append(sorted(zip(cols, row, strict=True), key=lambda pair: pair[0]))
    return out


def grid_table(grid: list[list[tuple[int, Placed]]], texts: dict[int, str], fills: dict[int, str | None],
               page: int, index: int) -> Table:
    rows = [Row(cells=[Cell(text=texts[id(s)], col=col, fill=fills[id(s)]) for col, s in row], page=page, line=k)
            for k, row in enumerate(grid, 1)]
    return Table(rows=rows, page=page, index=index)


# ---- the deck -----------------------------------------------------------------------------------------

def _sniff(path: Path) -> None:
    sniff_package(path, "a PowerPoint presentation", ENCRYPTED, "powerpoint",
                  "this is an old binary PowerPoint .ppt named .pptx (rename it to .ppt so planx converts it "
                  "with LibreOffice)")


def parse_pptx(path: Path) -> RawDocument:
    _sniff(path)
    with Package(path, kind="PowerPoint") as pkg:
        main = pkg.main_part("ppt")
        root = pkg.xml(main)
        size = root.find(p("sldSz"))
        width, height = (_int(size.get("cx"), 9144000), _int(size.get("cy"), 6858000)) if size is not None \
            else (9144000, 6858000)
        rels = pkg.relationships(main)
        slides = [rels[rid][1] for el in root.iter(p("sldId"))
                  if (rid := el.get(f"{{{R_NS}}}id", "")) in rels and rels[rid][1] in pkg.names]
        if len(slides) > MAX_SLIDES:
            raise ExtractError(f"refused: the presentation lists {len(slides)} slides (limit {MAX_SLIDES})")
        doc = RawDocument(path=str(path), name=path.name, format=path.suffix.lower().lstrip(".") or "pptx",
                          pages=max(len(slides), 1))
        styles_by_layout: dict[str, Styles] = {}
        chars = 0
        for number, slide in enumerate(slides, 1):
            layout = _related(pkg, slide, "slideLayout")
            styles = styles_by_layout.get(layout) or styles_by_layout.setdefault(layout, read_styles(pkg, slide))
            reader = TextReader(styles)
            read_slide(doc, pkg.xml(slide), reader, number, height, width)
            doc.page_sizes[number] = (width / EMU_PER_POINT, height / EMU_PER_POINT)
            notes = _related(pkg, slide, "notesSlide")
            if notes:
                read_notes(doc, pkg.xml(notes), TextReader(Styles()), number)
            chars += reader.chars
        doc.chars = chars
        if pkg.has_macros() or any(n.lower().startswith("ppt/vba") for n in pkg.names):
            doc.warnings.append("the PowerPoint file carries macros (a VBA project): only its text was read, "
                                "the macros were neither loaded nor run")
    return doc


def _grid_cells(grid: list[list[tuple[int, Placed]]] | None, lines_of: dict[int, list[Line]],
                styles: Styles) -> tuple[dict[int, str], dict[int, str | None]]:
    """Each shape's text (its lines joined) and colour (its own fill, or a lone coloured dot's)."""
    shapes_ = [s for row in grid or [] for _, s in row]
    texts = {id(s): "\n".join(ln.text for ln in lines_of.get(id(s), [])) for s in shapes_}
    fills = {id(s): shape_fill(s.el, styles) or glyph_colour(s.el, texts[id(s)], styles) for s in shapes_}
    return texts, fills


def _grid_of(placed: list[Placed], lines_of: dict[int, list[Line]], styles: Styles,
             width: int) -> list[list[tuple[int, Placed]]] | None:
    """A slide's table drawn with shapes (shape_grid), when it holds no table of its own."""
    if any(s.el.tag == p("graphicFrame") and next(s.el.iter(a("tbl")), None) is not None for s in placed):
        return None
    sps = [s for s in placed if s.el.tag == p("sp")]
    texts = {id(s): "\n".join(ln.text for ln in lines_of[id(s)]) for s in sps}
    fills = {id(s): shape_fill(s.el, styles) for s in sps}
    return shape_grid(sps, texts, fills, width)


def read_slide(doc: RawDocument, slide: etree._Element, reader: TextReader, number: int, height: int,
               width: int = 12192000) -> None:
    """A slide's title, text frames and tables as blocks, in reading order; its furniture set apart."""
    tree = next(slide.iter(p("spTree")), None)
    if tree is None:
        return
    line = 0
    placed = reading_order(list(shapes(tree, reader.styles)), height)
    lines_of = {id(s): reader.frame(s.el.find(p("txBody")), s.kind, next(s.el.iter(p("ph")), None))
                for s in placed if s.el.tag == p("sp")}
    grid = _grid_of(placed, lines_of, reader.styles, width) if placed else None
    in_grid = {id(s) for row in grid or [] for _, s in row}
    for shape in placed:
        if id(shape) in in_grid:
            if grid is not None:  # the table drawn with shapes, where its first shape is read
                texts, fills = _grid_cells(grid, lines_of, reader.styles)
                doc.blocks.append(grid_table(grid, texts, fills, number,
                                             sum(isinstance(b, Table) for b in doc.blocks) + 1))
                grid = None
            continue
        if shape.el.tag == p("graphicFrame"):
            index = sum(isinstance(b, Table) for b in doc.blocks) + 1
            table = read_table(shape.el, reader, number, index)
            if table is not None and table.rows:
                doc.blocks.append(table)
            continue
        lines = lines_of[id(shape)]
        if shape.kind in FURNITURE:
            doc.aside.extend((ln.text, FURNITURE[shape.kind], number, 0) for ln in lines)
            continue
        title = shape.kind in TITLES
        if title and lines:  # a title's lines are one heading ('Priority 2:' / 'Early help')
            lines = [Line(" ".join(ln.text for ln in lines), 0, max(ln.size for ln in lines),
                          all(ln.bold for ln in lines))]
        for ln in lines:
            for k, part in enumerate(t for t in ln.text.split("\n") if t.strip()):
                line += 1
                doc.blocks.append(Paragraph(text=part.strip(), page=number, line=line, heading=title and k == 0,
                                            size=ln.size, bold=ln.bold, level=ln.level,
                                            rank=1 if title and k == 0 else 0))


def read_notes(doc: RawDocument, notes: etree._Element, reader: TextReader, number: int) -> None:
    """A slide's speaker notes (the notes page's body placeholder), set apart as the slide's notes."""
    for shape in shapes(next(notes.iter(p("spTree")), etree.Element("none")), reader.styles):
        if shape.kind == "body":
            doc.aside.extend((ln.text, "speaker notes", number, 0)
                             for ln in reader.frame(shape.el.find(p("txBody")), "other"))


__all__ = ["parse_pptx", "ENCRYPTED", "reading_order", "Placed"]
