"""A PDF page's objects, read once from pdfminer's layout for the parser.

pdfplumber turns every object of a page into a dict of all its attributes (each value resolved,
both colours of every character looked up): on a page of text that conversion of the characters
costs nearly as much as pdfminer's interpretation of the page itself. The parser reads a few
fields of a character, so characters are converted here with those fields only, computed as
pdfplumber computes them (same values, same order); so are lines, rectangles and curves (rulings,
shading, plots: without their paths, whose every point pdfplumber converts). Images, rare, go
through pdfplumber's own conversion.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planx.extract.pdfforms import form_chars
from planx.extract.pdfgeom import Char, courier_bullets, dingbat, wingdings
from planx.normalise.vocab import RAG_DOT_GLYPHS


@dataclass
class PageObjects:
    """What the parser reads of one page: its size, characters, graphics, and pdfplumber's table
    finder (which, given explicit rulings, reads nothing else of the page)."""
    page: Any  # the pdfplumber page
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    rects: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    curves: list[dict[str, Any]] = field(default_factory=list)
    images: list[dict[str, Any]] = field(default_factory=list)

    def find_tables(self, settings: dict[str, Any]) -> list[Any]:
        return list(self.page.find_tables(settings))


def page_objects(page: Any) -> PageObjects:
    """The page's characters (text, x0, x1, top, bottom, size, upright, matrix) and graphics."""
    from unicodedata import normalize as normalize_unicode

    from pdfminer.layout import LTChar, LTContainer, LTCurve
    out = PageObjects(page, float(page.width), float(page.height))
    kinds = {"rect": out.rects, "line": out.lines, "curve": out.curves, "image": out.images}
    height = page.height  # pdfplumber's own values and arithmetic: the same floats as its dicts
    mb_x0, mb_top = page.mediabox[:2]
    norm = page.pdf.unicode_norm
    stack = [iter(page.layout._objs)]
    while stack:  # depth first through figures, in pdfplumber's order
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTChar):
            text = obj.get_text()
            if "Dingbats" in obj.fontname:
                text = dingbat(text)  # a tick drawn in Zapf Dingbats comes out as '3'
            elif "Wingdings" in obj.fontname:
                text = wingdings(text)  # a ticked box drawn in Wingdings comes out as 'þ'
            x0, x1, top, bottom = _box(obj, height, mb_x0, mb_top)
            char = {"text": normalize_unicode(norm, text) if norm is not None else text,
                    "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": obj.size,
                    "upright": obj.upright, "matrix": obj.matrix, "fontname": obj.fontname,
                    # the box's bottom in PDF space: with the matrix, where the baseline sits (pdfstrike.py)
                    "y0": obj.y0}
            if text in RAG_DOT_GLYPHS:  # a dot that may rate by its colour alone: its ink (pdfrules.glyph_marks)
                from pdfplumber.utils import resolve_all
                char["non_stroking_color"] = resolve_all(getattr(obj.graphicstate, "ncolor", None))
            out.chars.append(char)
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj._objs))
        elif isinstance(obj, LTCurve):  # lines and rectangles too: rulings, shading, plots
            shape = shape_dict(obj, height, mb_x0, mb_top, page.initial_doctop, page.point2coord)
            kinds[shape["object_type"]].append(shape)
        else:
            attr = page.process_object(obj)
            kind = kinds.get(attr["object_type"])
            if kind is not None:
                kind.append(attr)
    courier_bullets(out.chars)
    # a fillable form's values, in their boxes as a viewer shows them (once, if the page prints them too)
    out.chars += form_chars(page, float(height), out.chars)
    return out


def shape_dict(obj: Any, height: float, mb_x0: float, mb_top: float, doctop: float,
               point2coord: Any) -> dict[str, Any]:
    """A line, rectangle or curve with the fields the parser and pdfplumber's table finder read
    (its box, as pdfplumber computes it; stroke, fill and colour; its points), not its path
    (pdfplumber converts every point of it: most of the cost of a page's graphics)."""
    from pdfminer.layout import LTLine, LTRect
    from pdfplumber.utils import resolve_all
    kind = "line" if isinstance(obj, LTLine) else "rect" if isinstance(obj, LTRect) else "curve"
    x0, x1, top, bottom = _box(obj, height, mb_x0, mb_top)
    return {"x0": x0, "y0": obj.y0, "x1": x1, "y1": obj.y1, "width": obj.width, "height": obj.height,
            "pts": list(map(point2coord, obj.pts)), "stroke": obj.stroke, "fill": obj.fill,
            "non_stroking_color": resolve_all(obj.non_stroking_color), "object_type": kind,
            "top": top, "bottom": bottom, "doctop": doctop + top}


def _box(obj: Any, height: float, mb_x0: float, mb_top: float) -> tuple[float, float, float, float]:
    """(x0, x1, top, bottom) of a layout object in page coordinates, with pdfplumber's own
    arithmetic (the same floats as its dicts)."""
    x0, x1 = obj.x0, obj.x1
    if mb_x0 != 0:
        x0, x1 = x0 + mb_x0, x1 + mb_x0
    return x0, x1, (height - obj.y1) + mb_top, (height - obj.y0) + mb_top
