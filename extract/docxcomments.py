"""A Word file's comments: notes a reviewer attached to a range of the text, kept in the comments
part (word/comments.xml) and anchored in the body between w:commentRangeStart and
w:commentRangeEnd of the same id. Each comment is kept with the text it is anchored on (the
range; for a comment on a point, with no range, the paragraph holding its reference mark);
normalise/anchorednotes.py gives it to the item that text belongs to. Replies (a comment answering
another) are notes of their own, on the same range.
"""
from __future__ import annotations

from lxml import etree

from planx.extract.model import UNKNOWN_PAGE, AnchoredNote
from planx.extract.ooxml import Package

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_T, _TAB, _P = _w("t"), _w("tab"), _w("p")
_START, _END, _REF = _w("commentRangeStart"), _w("commentRangeEnd"), _w("commentReference")


def comment_notes(pkg: Package, body: etree._Element, part: str | None,
                  rename: tuple[bytes, bytes] | None = None) -> list[AnchoredNote]:
    """The comments of the comments part `part` (None: the file has none), each with its anchor."""
    if not part or part not in pkg.names:
        return []
    said = comment_texts(pkg.xml(part, rename))
    if not said:
        return []
    anchors = anchored_texts(body)
    return [AnchoredNote(page=UNKNOWN_PAGE, anchor=anchors[cid], text=text)
            for cid, text in said.items() if anchors.get(cid)]


def comment_texts(comments: etree._Element) -> dict[str, str]:
    """{id: text} of each comment, its paragraphs a line each."""
    out = {}
    for c in comments.iter(_w("comment")):
        lines = ["".join(t.text or "" for t in p.iter(_T)).strip() for p in c.iter(_P)]
        text = "\n".join(line for line in lines if line)
        if text:
            out[c.get(_w("id"), "")] = text
    return out


def anchored_texts(body: etree._Element) -> dict[str, str]:
    """{comment id: the text it is anchored on}, read in document order: the runs between its range's
    start and end, or the paragraph its reference mark is in when it marks no range."""
    open_ids: list[str] = []
    texts: dict[str, list[str]] = {}
    for el in body.iter(_START, _END, _REF, _T, _TAB, _P):
        if el.tag == _START:
            open_ids.append(el.get(_w("id"), ""))
            texts.setdefault(open_ids[-1], [])
        elif el.tag == _END:
            cid = el.get(_w("id"), "")
            if cid in open_ids:
                open_ids.remove(cid)
        elif el.tag == _REF:
            cid = el.get(_w("id"), "")
            if not "".join(texts.get(cid, [])).strip():
                texts[cid] = [_paragraph_text(el)]
        else:
            piece = el.text or "" if el.tag == _T else " "  # a tab, a new paragraph: a space between words
            for cid in open_ids:
                texts[cid].append(piece)
    return {cid: " ".join("".join(parts).split()) for cid, parts in texts.items()}


def _paragraph_text(el: etree._Element) -> str:
    p = next((a for a in el.iterancestors(_P)), None)
    return "".join(t.text or "" for t in p.iter(_T)) if p is not None else ""


__all__ = ["comment_notes", "comment_texts", "anchored_texts"]
