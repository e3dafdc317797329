"""Text laid out in columns by spaces, as `pdftotext -layout` (and other PDF-to-text tools) print a page.

Such a file has no tabs: a table's columns are runs of characters that line up from one line to
the next, with two spaces or more between them, and a form feed ends each page. It is read as
the PDF it came from is: each character column is a position on the page, each line a line of
text, and the borderless table finder of extract/pdfborderless.py finds the tables (columns by the
gutters no line crosses, wrapped cells joined to their row); tables that go on over a page break
are stitched as a PDF's are. Lines outside tables stay paragraphs, one per line (as in the
tab-separated reader: a label and its value on one line is one paragraph).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from planx.extract.model import Paragraph, RawDocument, Table
from planx.extract.pdf import PageResult, model_rows, stitch
from planx.extract.pdfborderless import borderless_tables
from planx.extract.pdfgeom import Line, Word, lines_of_words
from planx.extract.pdftables import PageLayout

# one character column as a width on the 'page', and the type size: a single space (CHAR wide)
# stays inside a segment, two or more part segments (seg_gap 0.55 × SIZE lies between them)
CHAR, SIZE, PITCH = 4.0, 10.0, 12.0
SEG_GAP = 0.55
_COLUMN_START = re.compile(r"\S {2,}(?=\S)")
_WORD = re.compile(r"\S+")


def is_layout_text(lines: list[str]) -> bool:
    """Columns by spaces and no tabs: three lines or more whose text, after a run of two or more
    spaces, starts at the same character column (a column of a table; the double space after a
    full stop in typed prose falls anywhere)."""
    filled = [ln for ln in lines if ln.strip()]
    if not filled or sum("\t" in ln for ln in filled) > 0.02 * len(filled):
        return False
    starts: Counter[int] = Counter()
    for ln in filled:
        for m in _COLUMN_START.finditer(ln.rstrip()):
            starts[m.end()] += 1
    return any(n >= 3 for n in starts.values())


# a line drawn with characters ('-----', '=====', '_____'): a horizontal rule, as a PDF's ruling
# line is, not text (it parts the rows above and below it; its characters are no cell)
_RULE_LINE = re.compile(r"^\s*[-=_~─━═]{8,}\s*$")


def _rule(text: str, number: int) -> dict[str, Any]:
    start = len(text) - len(text.lstrip())
    y = number * PITCH + SIZE + (PITCH - SIZE) / 2  # between this line's text slot and the next
    return {"orientation": "h", "x0": start * CHAR, "x1": len(text.rstrip()) * CHAR, "top": y - PITCH / 2,
            "bottom": y - PITCH / 2}


def _line(text: str, number: int) -> Line | None:
    words = [Word(m.group(0), m.start() * CHAR, m.end() * CHAR, number * PITCH, number * PITCH + SIZE, SIZE)
             for m in _WORD.finditer(text)]
    made = lines_of_words([words], SEG_GAP) if words else []
    return made[0] if made else None


def parse_layout(text_lines: list[str], *, path: str = "", name: str = "") -> RawDocument:
    pages: list[PageResult] = []
    number, current = 1, []  # type: int, list[tuple[int, str]]
    chars = 0
    for k, raw in enumerate(text_lines):
        parts = raw.split("\f")
        for j, part in enumerate(parts):
            if j:  # a form feed: the page ends
                pages.append(_page(number, current, pages[-1].carry if pages else ()))
                number, current = number + 1, []
            current.append((k, part.rstrip()))
            chars += len(part.strip())
    if any(t.strip() for _, t in current):
        pages.append(_page(number, current, pages[-1].carry if pages else ()))
    doc = RawDocument(path=path, name=name, format="txt", pages=max(1, len(pages)), chars=chars)
    line_of = dict(enumerate(_first_lines(text_lines), 1))  # page → the file's line it starts on
    # a form feed ends a page; a file with none is one long 'page', whose first and last lines
    # (a KPI card's 'Last quarter: 95.9%', twice in the top 7% of 360 lines) are no running header
    dropped: list[tuple[int, float, str, bool]] = []
    for block in stitch(pages, paged=any("\f" in raw for raw in text_lines), dropped=dropped):
        if isinstance(block, tuple):
            page, top, text, *_ = block
            doc.blocks.append(Paragraph(text=text.strip(), page=page, line=line_of.get(page, 0) + int(top / PITCH)))
            continue
        rows = model_rows(block)
        doc.blocks.append(Table(rows=rows, page=block.page, index=sum(isinstance(b, Table) for b in doc.blocks) + 1))
    if dropped:
        shown = "; ".join(dict.fromkeys(" ".join(text.split()) for _, _, text, _ in dropped))
        doc.warnings.append(f"{len(dropped)} line(s) left out as running headers, footers or page numbers "
                            f"repeated from page to page: {shown[:200]}")
    return doc


def _first_lines(text_lines: list[str]) -> list[int]:
    """The file's line number (1-based) on which each page starts."""
    firsts, line = [1], 1
    for raw in text_lines:
        for _ in range(raw.count("\f")):
            firsts.append(line)
        line += 1
    return firsts


def _page(number: int, lines: list[tuple[int, str]], hints: tuple[float, ...] = ()) -> PageResult:
    """One page's tables and the lines outside them, as the PDF reader's page result. `hints`:
    the columns of the table the page before ended with (it may go on here)."""
    rules = [_rule(text, i) for i, (_, text) in enumerate(lines) if _RULE_LINE.match(text)]
    made = [(i, ln) for i, (_, text) in enumerate(lines)
            if not _RULE_LINE.match(text) and (ln := _line(text, i)) is not None]
    width = max((ln.x1 for _, ln in made), default=0.0) + CHAR
    height = max(len(lines), 1) * PITCH
    found, free = borderless_tables([ln for _, ln in made], rules, [], (0.0, 0.0, width, height), hints,
                                    centred_groups=False)
    free.sort(key=lambda ln: ln.top)
    result = PageResult(number=number, height=height)
    result.tables = found
    result.carry = PageLayout(found, free).carry()
    result.paragraphs = [(ln.top, ln.text, False, 0.0, False, "", 0.0) for ln in free]
    return result


__all__ = ["is_layout_text", "parse_layout"]
