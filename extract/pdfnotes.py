"""A PDF's notes: what a reviewer attached to the page rather than printed on it.

A sticky note (annotation /Text) shows as an icon in the margin, set beside the line it is about
(its top at that line's top, as a reader clicks it there); a text box (/FreeText) is placed the
same way. A highlight or underline (/Highlight, /Underline, /Squiggly, /StrikeOut) carries its note
on the words it covers. A /Popup is only the window its parent's note opens in (its text is the
parent's). Each note is kept with the text it is anchored on, the first line of text whose top lies
within the icon's height, or the words a highlight covers; normalise/anchorednotes.py gives it to
the item that text belongs to.
"""
from __future__ import annotations

from typing import Any

from planx.extract.model import AnchoredNote
from planx.extract.pdfgeom import Char

ICON_SUBTYPES = frozenset({"Text", "FreeText"})  # placed beside the line they are about
MARKUP_SUBTYPES = frozenset({"Highlight", "Underline", "Squiggly", "StrikeOut"})  # on the words they cover
ABOVE = 2.0  # points: an icon may sit a little above its line's top
LINE_TOLERANCE = 0.5  # × a character's size: characters this close in top are on one line
WORD_GAP = 0.25  # × a character's size: a gap this wide between characters parts two words


def _subtype(annot: dict[str, Any]) -> str:
    data = annot.get("data") or {}
    return str(data.get("Subtype", "")).strip("/'\" ").lstrip("/")


def page_notes(annots: list[dict[str, Any]], chars: list[Char], page: int) -> list[AnchoredNote]:
    """The page's notes (pdfplumber's page.annots) with the text each is anchored on (module note);
    a note with no text, or with no text beside it, is left out."""
    out = []
    for annot in annots:
        kind, text = _subtype(annot), str(annot.get("contents") or "").strip()
        if not text or kind not in ICON_SUBTYPES | MARKUP_SUBTYPES:
            continue
        box = tuple(float(annot.get(k) or 0.0) for k in ("x0", "top", "x1", "bottom"))
        anchor = covered_text(chars, box) if kind in MARKUP_SUBTYPES else line_beside(chars, box[1], box[3])
        if anchor:
            out.append(AnchoredNote(page=page, anchor=anchor, text=text))
    return out


def line_beside(chars: list[Char], top: float, bottom: float) -> str:
    """The text of the first line whose top lies within [top, bottom) (an icon's height)."""
    band = [c for c in chars if top - ABOVE <= c["top"] < bottom and c.get("text", "").strip()]
    if not band:
        return ""
    first = min(c["top"] for c in band)
    return _joined([c for c in chars if abs(c["top"] - first) <= LINE_TOLERANCE * float(c.get("size") or 10.0)])


def covered_text(chars: list[Char], box: tuple[float, ...]) -> str:
    """The text of the characters whose middles lie inside the box (a highlight's)."""
    x0, top, x1, bottom = box
    return _joined([c for c in chars
                    if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom])


def _joined(chars: list[Char]) -> str:
    """Characters of one line (or a few) as words, left to right, lines top to bottom."""
    out: list[str] = []
    last: Char | None = None
    for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        size = float(c.get("size") or 10.0)
        if last is not None and (abs(c["top"] - last["top"]) > LINE_TOLERANCE * size
                                 or c["x0"] - last["x1"] > WORD_GAP * size):
            out.append(" ")
        out.append(c.get("text", ""))
        last = c
    return " ".join("".join(out).split())


__all__ = ["page_notes", "line_beside", "covered_text"]
