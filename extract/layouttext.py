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

from planx.extract.model import Cell, Paragraph, RawDocument, Table
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
    page_lines: list[list[tuple[int, str]]] = [[]]
    chars = 0
    for k, raw in enumerate(text_lines):
        parts = raw.split("\f")
        for j, part in enumerate(parts):
            if j:  # a form feed: the page ends
                page_lines.append([])
            page_lines[-1].append((k, part.rstrip()))
            chars += len(part.strip())
    if len(page_lines) > 1 and not any(t.strip() for _, t in page_lines[-1]):
        page_lines.pop()
    furniture = _furniture(page_lines)
    for number, current in enumerate(page_lines, 1):
        kept = [(k, "" if (number, k) in furniture else text) for k, text in current]
        pages.append(_page(number, kept, pages[-1].carry if pages else ()))
    doc = RawDocument(path=path, name=name, format="txt", pages=max(1, len(pages)), chars=chars)
    line_of = dict(enumerate(_first_lines(text_lines), 1))  # page → the file's line it starts on
    # a form feed ends a page; a file with none is one long 'page', whose first and last lines
    # (a KPI card's 'Last quarter: 95.9%', twice in the top 7% of 360 lines) are no running header
    dropped: list[tuple[int, float, str, bool]] = [(page, 0.0, text, True) for (page, _), text in furniture.items()]
    for block in stitch(pages, paged=any("\f" in raw for raw in text_lines), dropped=dropped):
        if isinstance(block, tuple):
            page, top, text, *_ = block
            doc.blocks.append(Paragraph(text=text.strip(), page=page, line=line_of.get(page, 0) + int(top / PITCH)))
            continue
        rows = model_rows(block)
        doc.blocks.append(Table(rows=rows, page=block.page, index=sum(isinstance(b, Table) for b in doc.blocks) + 1))
    for found in doc.blocks:
        if isinstance(found, Table):
            heading_by_its_line(found, text_lines)
            spilled_words(found)
    doc.blocks = headed_parts(doc.blocks, text_lines)
    table_headings(doc.blocks, text_lines)
    title = _running_title(page_lines, furniture)
    if title is not None:
        doc.blocks.insert(0, Paragraph(text=title[1], page=1, line=title[0] + 1))
    if dropped:
        shown = "; ".join(dict.fromkeys(" ".join(text.split()) for _, _, text, _ in dropped))
        doc.warnings.append(f"{len(dropped)} line(s) left out as running headers, footers or page numbers "
                            f"repeated from page to page: {shown[:200]}")
    return doc


def spilled_words(table: Table) -> None:
    """A column of one-word values ('A', 'G', 'Red') whose cell is empty on a row where the cell to
    its left ends with one of those very words ('May 2026 R'): the row's text set out a little to
    the left of the column, and the word is that column's value, moved back to its cell."""
    width = max((c.col + c.colspan for r in table.rows for c in r.cells), default=0)
    for k in range(1, width):
        cells = [next((c for c in r.cells if c.col == k and c.colspan == 1), None) for r in table.rows[1:]]
        filled = [c.text.strip() for c in cells if c is not None and c.text.strip()]
        words = {t for t in filled if " " not in t and "\n" not in t}
        if len(filled) < 3 or len(words) > 6 or sum(t in words for t in filled) < 0.8 * len(filled):
            continue
        for row, cell in zip(table.rows[1:], cells, strict=True):
            left = next((c for c in row.cells if c.col + c.colspan == k), None)
            if cell is None or cell.text.strip() or left is None:
                continue
            head, _, last = left.text.rstrip().rpartition(" ")
            if head and "\n" not in last and last in words:
                left.text, cell.text = head, last


def heading_by_its_line(table: Table, text_lines: list[str]) -> None:
    """A heading row whose labels stand at other character columns than the body's (a heading line
    set out apart from the rows below it: 'Budget  2025/26  2026/27  Delivered' over figures that
    line up elsewhere), so that several labels fell into one cell over several columns: when its
    line holds one label per column of the table, parted by two spaces or more, each label is
    the heading of its column in order, as the rows below set the columns out."""
    if not table.rows:
        return
    row = table.rows[0]
    width = max(c.col + c.colspan for r in table.rows for c in r.cells)
    if not any(c.colspan > 1 for c in row.cells) or len(row.cells) >= width:
        return
    firsts = [c.text.split("\n")[0].strip() for c in row.cells if c.text.strip()]
    joined = " ".join(firsts)
    for line in text_lines:
        segments = [p for p in re.split(r"\s{2,}", line.strip()) if p]
        if len(segments) == width and " ".join(segments) == joined:
            break
    else:
        return
    rest = [c.text.split("\n", 1)[1] if "\n" in c.text else "" for c in row.cells if c.text.strip()]
    if any(rest):
        return  # (a heading over two lines in a merged cell: which part goes where is not certain)
    row.cells = [Cell(text, col) for col, text in enumerate(segments)]
    # the heading's next lines, set out as its first one (nothing in the first column, short labels
    # under its labels: 'holder', '£000', 'to date £000'): the rest of those labels, one heading row
    while len(table.rows) > 2:
        below = table.rows[1]
        texts = {c.col: c.text.strip() for c in below.cells if c.text.strip()}
        if not texts or 0 in texts or any(len(ln.split()) > 3 for t in texts.values() for ln in t.split("\n")) \
                or any(k >= width for k in texts):
            break
        for k, text in texts.items():
            row.cells[k].text = f"{row.cells[k].text}\n{text}"
        del table.rows[1]


def headed_parts(blocks: list[Any], text_lines: list[str]) -> list[Any]:
    """A table whose heading row is printed again under a short line of its own ('Wellbeing' over
    'Ref  Action  Milestones …' once more; the line may stand over any column): the gutters ran on
    across the sections, but each section is a table of its own under that line, its heading
    (table_headings reads it as the area of the rows below). The line is a heading paragraph, and
    the table is parted there."""
    out: list[Any] = []
    seen = 0  # the file's lines searched so far for the heading lines (the rows keep no file line)
    for block in blocks:
        if not isinstance(block, Table) or len(block.rows) < 4:
            out.append(block)
            continue
        head = [squash_text(t) for t in block.rows[0].texts()]
        cuts = []
        for k in range(1, len(block.rows) - 1):
            filled = [c for c in block.rows[k].cells if c.text.strip()]
            if len(filled) == 1 and "\n" not in filled[0].text.strip() \
                    and heading_line(filled[0].text.strip()) \
                    and [squash_text(t) for t in block.rows[k + 1].texts()] == head:
                cuts.append(k)
        if not cuts:
            out.append(block)
            continue
        start = 0
        for k in cuts:
            out.append(Table(rows=block.rows[start:k], page=block.rows[start].page, index=0,
                             confidence=block.confidence))
            row = block.rows[k]
            text = next(c.text.strip() for c in row.cells if c.text.strip())
            found = next((j for j in range(seen, len(text_lines)) if text_lines[j].strip() == text), None)
            seen = found + 1 if found is not None else seen
            out.append(Paragraph(text=text, page=row.page, line=seen if found is not None else row.line,
                                 heading=True))
            start = k + 1
        out.append(Table(rows=block.rows[start:], page=block.rows[start].page, index=0, confidence=block.confidence))
    n = 0
    for block in out:
        if isinstance(block, Table):
            n += 1
            block.index = n
    return out


_HEADING_LINE_WORDS = 8
_OUTLINE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\S)")


def heading_line(text: str) -> bool:
    """A short line that reads as a heading over a table: eight words at most, a capital first, no
    sentence's or label's end ('Safer streets', 'Early Help and Prevention'; not 'Version 2.', not
    'Notes:'), some letters, and no date or figure alone."""
    text = _OUTLINE_NUMBER.sub("", text, count=1) or text  # its number ('1. Mental health', '2) Prevention')
    words = text.split()
    return 1 <= len(words) <= _HEADING_LINE_WORDS and text[0].isupper() and text[-1] not in ".:;,!?" \
        and sum(ch.isalpha() for ch in text) >= 3 and any(w[0].isalpha() and len(w) > 2 for w in words)


def squash_text(text: str) -> str:
    return " ".join(text.split())


def table_headings(blocks: list[Any], text_lines: list[str]) -> None:
    """A short line set apart by blank lines, with no sentence's end (heading_line: 'Attract',
    'Wellbeing', 'Early Help and Prevention'), just above a table is that table's heading: the
    area of its rows, as a heading styled so is in Word or PDF, when two tables or more have one.
    Not the file's first line (the plan's title, which may stand over its only table) nor a line
    with cells of its own."""
    first = next((i for i, b in enumerate(blocks) if isinstance(b, Paragraph)), None)
    found, headed = [], 0
    for i, block in enumerate(blocks[:-1]):
        if not isinstance(block, Paragraph) or i == first or not isinstance(blocks[i + 1], Table):
            continue
        if block.heading:
            headed += 1  # (a line the table repeated its headings under: headed_parts)
            continue
        if _LABELLED.match(block.text) and i - 1 > (first or 0) and isinstance(blocks[i - 1], Paragraph) \
                and not blocks[i - 1].heading:
            # a labelled line between the heading and its table ('1. Mental health', then 'Senior
            # responsible officer: Helen Ashworth', then the table): the line above is the heading,
            # the labelled line says something of the section (its lead), as under a Word heading
            block = blocks[i - 1]
        k = block.line - 1  # 0-based index of the paragraph's line in the file
        if not (0 <= k < len(text_lines)) or text_lines[k].strip() != block.text:
            continue  # (a line whose position was squeezed: not certain which it is)
        apart = (k == 0 or not text_lines[k - 1].strip()) and k + 1 < len(text_lines) and not text_lines[k + 1].strip()
        if apart and not re.search(r"\S\s{2,}\S", block.text) and heading_line(block.text):
            found.append(block)
    # one line over one table is as likely the plan's part title ('Our priorities and actions'):
    # only a run of them, a table each, heads sections
    if len(found) + headed >= 2:
        for block in found:
            block.heading = True


# a label and its value on one line ('Senior responsible officer: Helen Ashworth', 'Lead: A. Khan')
_LABELLED = re.compile(r"^[A-Z][\w ’'/&()-]{1,50}:\s+\S")

_PAGE_NUMBER = re.compile(r"(?i)^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$")
# a page's mark, which no other line of its margin prints ('Page 3', 'Page 3 of 9', '3 of 9')
_PAGE_MARK = re.compile(r"(?i)^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s+of\s+\d{1,4})$")
_MARGIN_LINES = 2  # furniture lines looked for at the top and at the foot of a page


def _furniture(pages: list[list[tuple[int, str]]]) -> dict[tuple[int, int], str]:
    """The page furniture of a paged file, (page, file line) → text: a page's top or foot lines, set
    apart from what follows (or precedes) by a blank line, that recur on other pages with only their
    numbers changed ('Plan title        Page 2 of 5', 'OFFICIAL – …'), or that are a page number
    alone. Taken out before the tables are found: a running title whose end ('Page 1 of 5') lies
    over a table's columns would otherwise join the table's heading as a row of its own. A heading
    row repeated on each page is no candidate: it sits on the table, with no blank line between."""

    def margin(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
        filled = [i for i, (_, t) in enumerate(lines) if t.strip()]
        out: list[tuple[int, str]] = []
        for order in (filled, filled[::-1]):
            for i in order[:_MARGIN_LINES]:
                step = 1 if order is filled else -1
                if 0 <= i + step < len(lines) and lines[i + step][1].strip():
                    break  # joined to the line beside it: no stray line of the margin
                out.append(lines[i])
        return out

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", " ".join(text.split())).casefold()
    seen: Counter[str] = Counter()
    candidates = [margin(lines) for lines in pages]
    for cands in candidates:
        seen.update({key(t) for _, t in cands})
    need = max(2, (len(pages) + 1) // 2)
    found: dict[tuple[int, int], str] = {}
    for number, cands in enumerate(candidates, 1):
        for k, text in cands:
            last = re.split(r"\s{2,}", text.strip())[-1]
            if (len(pages) > 1 and seen[key(text)] >= need) or _PAGE_MARK.match(last) or \
                    (len(pages) > 1 and _PAGE_NUMBER.match(" ".join(text.split()))):
                found[(number, k)] = text
    return found


_HEADING_GAP = 3  # blank lines at most between a table's heading lines and its next row


def _heading_block(lines: list[str]) -> bool:
    """Lines that read as a table's column headings: the first of three columns or more, each a
    short label (four words at most), no sentence."""
    if not lines or len(re.split(r"\s{2,}", lines[0].strip())) < 3:
        return False
    labels = [p for ln in lines for p in re.split(r"\s{2,}", ln.strip()) if p]
    return all(len(p.split()) <= 4 and not p.endswith(".") for p in labels)


def _positions(lines: list[str]) -> list[int]:
    """Each line's position down the page, as its line number, but for blank lines between a
    table's heading lines and the row below them ('Ref  Action  Lead  RAG 2025/26', two blank
    lines, '  Q1  Q2  Q3'): a PDF-to-text tool prints a tall heading row's vertical centring as
    blank lines, which would part the headings from their table. Those blank lines take no room."""
    at, pos, k = [], 0, 0
    while k < len(lines):
        if not lines[k].strip():
            run_end = k
            while run_end < len(lines) and not lines[run_end].strip():
                run_end += 1
            start = k
            while start > 0 and lines[start - 1].strip():
                start -= 1
            above = lines[start:k]
            below = lines[run_end] if run_end < len(lines) else ""
            # the row below is a row of sub-headings: nothing in the first column, as a row of the
            # table's body has (its reference, its action)
            indent = len(below) - len(below.lstrip())
            left = min((len(ln) - len(ln.lstrip()) for ln in above), default=0)
            squeeze = 0 < len(above) <= 3 and run_end - k <= _HEADING_GAP and _heading_block(above) \
                and len(re.split(r"\s{2,}", below.strip())) >= 2 and indent > left + 8
            for _ in range(k, run_end):
                at.append(pos)
                pos += 0 if squeeze else 1
            k = run_end
            continue
        at.append(pos)
        pos += 1
        k += 1
    return at


def _running_title(pages: list[list[tuple[int, str]]], furniture: dict[tuple[int, int], str]) -> tuple[int, str] | None:
    """The file's first line when it is a header bar printed on every page, the title beside the
    page's mark ('Plan title    Page 1 of 5'), less the mark: the only place such a plan prints its
    title, read as the first page's first line (file line, text). A bare running header stays out."""
    first = next(((k, t) for k, t in pages[0] if t.strip()), None) if pages else None
    if first is None or (1, first[0]) not in furniture:
        return None
    segments = re.split(r"\s{2,}", first[1].strip())
    parts = [p for p in segments if not _PAGE_NUMBER.match(p) and not _PAGE_MARK.match(p)]
    if len(parts) == len(segments):
        return None  # a bare running header ('Northfold Council Improvement Plan'): furniture, left out
    return (first[0], " ".join(parts)) if parts else None


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
    at = _positions([text for _, text in lines])
    rules = [_rule(text, at[i]) for i, (_, text) in enumerate(lines) if _RULE_LINE.match(text)]
    made = [(i, ln) for i, (_, text) in enumerate(lines)
            if not _RULE_LINE.match(text) and (ln := _line(text, at[i])) is not None]
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
