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
from dataclasses import replace
from typing import Any

from planx.extract.grid import numbered_tables, sections_apart
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.extract.pdf import PageResult, model_rows, stitch
from planx.extract.pdfborderless import CONTINUES, atomic, borderless_tables
from planx.extract.pdfgeom import Line, Word, broken_date, lines_of_words
from planx.extract.pdftables import PageLayout
from planx.normalise.dates import find_dates
from planx.normalise.text import fold
from planx.normalise.vocab import MONTHS
from planx.normalise.vocab_pages import BACK_MATTER_HEADING, PAGE_LABEL, PAGE_NUMBER

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


def _line(text: str, number: int, parts: dict[int, int] | None = None) -> Line | None:
    """The line's words at their character columns. `parts` (see _narrow_gutters): the words
    that start a column's cell though one space parts them from the word before, by the character
    where they start; such a word begins a segment of its own."""
    parts = parts or {}
    found = list(_WORD.finditer(text))
    spans = [[float(m.start()), float(m.end())] for m in found]
    for k, m in enumerate(found):
        if k and m.start() in parts and m.start() - found[k - 1].end() < 2:
            spans[k - 1][1] -= 0.5  # the gap widens past SEG_GAP: this word starts a segment
        # a name set left of its column's start (_shifted_names): it and the words of its run
        # after it go to where the column starts
        move = parts.get(m.start(), m.start()) - m.start()
        if k and move > _COLUMN_SLACK:
            j = k
            while j < len(found) and (j == k or found[j].start() - found[j - 1].end() == 1):
                spans[j][0] += move
                spans[j][1] += move
                j += 1
    # a word after one space that starts no column's cell is typed text going on (`spaced`), as a
    # PDF's space character says; after a gutter (two spaces or more, or one at a column's start)
    # or first on its line, unknown
    words = [Word(m.group(0), x0 * CHAR, x1 * CHAR, number * PITCH, number * PITCH + SIZE, SIZE,
                  spaced=True if k and m.start() - found[k - 1].end() == 1 and m.start() not in parts else None)
             for k, (m, (x0, x1)) in enumerate(zip(found, spans, strict=True))]
    made = lines_of_words([words], SEG_GAP) if words else []
    return made[0] if made else None


def back_matter_at(text_lines: list[str]) -> int | None:
    """The line (0-based) of a back matter's heading set apart by blank lines ('Glossary' over
    'ASC       Adult Social Care'), after text above it; None when there is none."""
    for k, line in enumerate(text_lines):
        if k and BACK_MATTER_HEADING.match(line) and any(t.strip() for t in text_lines[:k]) \
                and not text_lines[k - 1].strip() and (k + 1 >= len(text_lines) or not text_lines[k + 1].strip()):
            return k
    return None


def parse_layout(text_lines: list[str], *, path: str = "", name: str = "") -> RawDocument:
    """Text laid out in columns by spaces. A back matter under its own heading (a glossary's codes and
    meanings) is laid out in columns of its own: read apart from the plan above it, so that its lines
    are neither cut at the plan's columns nor taken for the last rows of the plan's table. (The lines
    of the other part are left blank, so each line keeps its number.)"""
    at = back_matter_at(text_lines)
    if at is None:
        return _parse_layout(text_lines, path=path, name=name)
    body = _parse_layout(text_lines[:at] + [""] * (len(text_lines) - at), path=path, name=name)
    back = _parse_layout([""] * at + text_lines[at:], path=path, name=name)
    body.blocks = numbered_tables(body.blocks + back.blocks)
    body.chars += back.chars
    body.warnings += [w for w in back.warnings if w not in body.warnings]
    return body


def _parse_layout(text_lines: list[str], *, path: str = "", name: str = "") -> RawDocument:
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
    file_line: dict[tuple[int, int], int] = {}  # (page, position down the page) → the file's line (1-based)
    headings: list[list[tuple[int, str]]] = []  # the heading lines of the pages before (_heading_words)
    widened: dict[int, str] = {}  # the file's lines with their one-space gutters widened (_widened)
    for number, current in enumerate(page_lines, 1):
        kept = [(k, "" if (number, k) in furniture else text) for k, text in current]
        # (a heading line repeated atop each page may be left out as a running header: it still
        # says where the columns are)
        result, at = _page(number, kept, pages[-1].carry if pages else (), headings, [t for _, t in current],
                           widened)
        headings += [words for _, text in current if (words := _heading_words(text))]
        pages.append(result)
        file_line.update({(number, pos): k + 1 for pos, (k, text) in zip(at, kept, strict=True) if text.strip()})
    doc = RawDocument(path=path, name=name, format="txt", pages=max(1, len(pages)), chars=chars)
    line_of = dict(enumerate(_first_lines(text_lines), 1))  # page → the file's line it starts on
    # a form feed ends a page; a file with none is one long 'page', whose first and last lines
    # (a KPI card's 'Last quarter: 95.9%', twice in the top 7% of 360 lines) are no running header
    dropped: list[tuple[int, float, str, bool]] = [(page, 0.0, text, True) for (page, _), text in furniture.items()]
    stitched = stitch(pages, paged=any("\f" in raw for raw in text_lines), dropped=dropped)
    stitched = _set_in_lines(stitched, dropped, text_lines, file_line, furniture)
    for block in stitched:
        if isinstance(block, tuple):
            page, top, text, *_ = block
            # (positions part from the file's lines where rows were parted: _row_starts)
            line = file_line.get((page, round(top / PITCH)), line_of.get(page, 0) + int(top / PITCH))
            doc.blocks.append(Paragraph(text=text.strip(), page=page, line=line))
            continue
        rows = model_rows(block)
        doc.blocks.append(Table(rows=rows, page=block.page, index=sum(isinstance(b, Table) for b in doc.blocks) + 1))
    # (a heading's labels one space apart where the body's rows show a column's start are two
    # labels, as the table finder read them: 'Accountable Milestone' over 'Jo Pratt  Mar 2026')
    labelled = [widened.get(k, text) for k, text in enumerate(text_lines)]
    for found in doc.blocks:
        if isinstance(found, Table):
            one_line_rows(found)
            heading_by_its_line(found, labelled)
            heading_by_order(found, labelled)
            joined_headings(found)
            headings_atop_rows(found)
            spilled_words(found)
            area_tails(found)
            stacked_years(found)
    doc.blocks = repeated_labels(doc.blocks)
    doc.blocks = heading_set_apart(doc.blocks, text_lines)
    doc.blocks = headed_parts(doc.blocks, text_lines)
    table_headings(doc.blocks, text_lines)
    doc.blocks = sections_apart(doc.blocks)
    title = _running_title(page_lines, furniture)
    if title is not None:
        doc.blocks.insert(0, Paragraph(text=title[1], page=1, line=title[0] + 1))
    if dropped:
        shown = "; ".join(dict.fromkeys(" ".join(text.split()) for _, _, text, _ in dropped))
        doc.warnings.append(f"{len(dropped)} line(s) left out as running headers, footers or page numbers "
                            f"repeated from page to page: {shown[:200]}")
    return doc


def one_line_rows(table: Table) -> None:
    """A cell merged down over rows of one line each, a line of its text beside each row, is a
    cell of each row ('Head of Legal Services' beside 'Lead officer', 'by end of Oct 26' beside
    'Target date' under it): the table finder joins a line going on in lower case to the line
    above, but where each row is one line (every other cell of the rows is one line, every column
    holds text on each row) and the first column starts a label of its own on each of them, each
    line is its row's."""
    for r, row in enumerate(table.rows):
        for cell in row.cells:
            n = cell.rowspan
            lines = cell.text.split("\n")
            if n < 2 or len(lines) != n or r + n > len(table.rows) or cell.col == 0:
                continue
            rows = table.rows[r:r + n]
            below = [next((c for c in x.cells if c.col == cell.col), None) for x in rows[1:]]
            if any(c is None or not c.merged_above for c in below):
                continue
            # (cells merged so beside it in the same rows go the same way)
            alike = {c.col for c in row.cells if c.rowspan == n and len(c.text.split("\n")) == n and c.col}
            others = [c for x in rows for c in x.cells if c.col not in alike]
            if any(c.rowspan != 1 or c.merged_above or "\n" in c.text for c in others) or not all(
                    any(c.col == 0 and c.text.strip() for c in x.cells) for x in rows):
                continue
            # (and every column holds text on each of the rows: each is a line of its own cells,
            # where a wrapped row's next line leaves some empty)
            cols = {c.col for x in rows for c in x.cells}
            if not cols - alike - {0} or not all(
                    all(any(c.col == col and c.text.strip() for c in x.cells) for col in cols) for x in rows):
                continue
            cell.text, cell.rowspan = lines[0], 1
            for c, text in zip(below, lines[1:], strict=True):
                if c is not None:
                    c.text, c.merged_above, c.rowspan = text, False, 1


def repeated_labels(blocks: list[Any]) -> list[Any]:
    """A table whose labels down the first column start again under a banner ('Workstream 2:
    Digital access to services', then 'Action no.', 'Action', 'Lead officer' once more): tables of
    fields as rows (one action a column) printed one under the other, the table finder's one
    table. The labels' sequence repeating (its first two labels at least) parts the table there;
    the banner, one cell alone on its row, is the next table's caption (a paragraph)."""
    out: list[Any] = []
    for block in blocks:
        if not isinstance(block, Table) or len(block.rows) < 4:
            out.append(block)
            continue

        labels = [next((c.text.strip() for c in row.cells if c.col == 0 and not c.merged_above), "")
                  for row in block.rows]
        head = labels[:2]
        if not all(head) or any(len(c.text.strip()) == 0 for c in block.rows[0].cells[:2]):
            out.append(block)
            continue
        cuts = [k for k in range(2, len(block.rows) - 1) if labels[k:k + 2] == head]
        if not cuts:
            out.append(block)
            continue
        parts: list[Any] = []
        start = 0
        for k in [*cuts, len(block.rows)]:
            rows = block.rows[start:k]
            filled = [c for c in rows[-1].cells if c.text.strip()] if rows else []
            banner = None
            if k < len(block.rows) and len(rows) > 1 and len(filled) == 1:
                banner, rows = rows[-1], rows[:-1]
            parts.append(Table(rows=rows, page=rows[0].page, index=block.index, confidence=block.confidence))
            if banner is not None:
                parts.append(Paragraph(text=filled[0].text.strip(), page=banner.page, line=banner.line))
            start = k
        out.extend(parts)
    return numbered_tables(out)


def joined_headings(table: Table) -> None:
    """A heading cell that reads as two headings, each a heading the vocabulary knows whole
    ('Lead Officer' and 'Due', 'Actions' and 'Lead'), beside a column with no heading of its own
    whose body cells hold text: a PDF-to-text tool printed the two labels one space apart, so the
    gutter between them was not seen on the heading's line, though the body's rows part the two
    columns. The second label is the next column's heading (or the first, the column's before it
    when that one is the empty one). And a label whose first words end the cell to its left
    ('TARGET DATE Status' | 'of milestone'): they go to the label's own column."""
    from planx.normalise.headers import classify_exact  # (the heading vocabulary; normalise imports extract)

    if len(table.rows) < 3:
        return
    head = table.rows[0]
    taken = {k for c in head.cells for k in range(c.col, c.col + c.colspan) if c.text.strip()}

    def filled(col: int) -> bool:
        return sum(any(c.col == col and c.colspan == 1 and c.text.strip() for c in r.cells)
                   for r in table.rows[1:]) >= 2

    def known(label: str) -> str:
        field, score, _ = classify_exact(label)
        return field if score >= 100.0 else ""

    for cell in list(head.cells):
        words = cell.text.split()
        if cell.colspan != 1 or "\n" in cell.text.strip() or len(words) < 2:
            continue
        for side in (1, -1):
            other = cell.col + side
            if other < 0 or other in taken or not filled(other):
                continue
            splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))
                      if known(" ".join(words[:i])) and known(" ".join(words[i:]))
                      and known(" ".join(words[:i])) != known(" ".join(words[i:]))]
            if len(splits) != 1:
                continue  # (none, or not certain where the labels part)
            first, second = splits[0]
            mine, theirs = (first, second) if side == 1 else (second, first)
            head.cells = [c for c in head.cells if c.col != other]
            cell.text = mine
            head.cells.append(Cell(theirs, other, 1, fill=cell.fill, bold=cell.bold))
            head.cells.sort(key=lambda c: c.col)
            taken.add(other)
            break
    # a label whose first words stand at the end of the cell to its left, its last words in lower
    # case in its own column ('TARGET DATE Status' | 'of milestone'): the labels printed one space
    # apart, the columns parted where the second label's words run on
    for cell, row in ((c, r) for r in table.rows[:_HEAD_ROWS] for c in r.cells):
        words = cell.text.split()
        before = next((c for c in row.cells if c.col + c.colspan == cell.col), None)
        if not words or not words[0][0].islower() or "\n" in cell.text.strip() or before is None \
                or "\n" in before.text.strip() or len(before.text.split()) < 2:
            continue
        left_words = before.text.split()
        cuts = [i for i in range(1, len(left_words)) if known(" ".join(left_words[:i]))
                and known(" ".join(left_words[i:] + words)) not in ("", known(" ".join(left_words[:i])))]
        if len(cuts) == 1:
            before.text, cell.text = " ".join(left_words[:cuts[0]]), " ".join(left_words[cuts[0]:] + words)


_LABEL_SCORE = 90.0  # a cell's first line reads as a column's heading ('Who and when' → lead)
_BODY_WORDS = 3  # words at least of a body cell's text under a heading line
_WHOLE_LABEL = 100.0  # a cell whose lines read together as one label: a heading over two lines ("Lead" over "officer")


def _heading_atop(row: Row) -> tuple[list[Cell], list[Cell]] | None:
    """(the heading row, the body row) of a row whose cells each open with a heading label the
    vocabulary knows, each for a field of its own ('What we will do' | 'Who and when'), over the
    cells' text: a heading line printed with no blank line under it, so the table finder joined it
    to the first row beneath; None when the row reads otherwise."""
    from planx.normalise.headers import classify_exact  # (the heading vocabulary; normalise imports extract)

    cells = [c for c in row.cells if c.text.strip()]
    if len(cells) < 2 or any("\n" not in c.text.strip() for c in cells):
        return None
    fields = []
    for c in cells:
        first, rest = c.text.strip().split("\n", 1)
        field, score, _ = classify_exact(first.strip())
        if not field or score < _LABEL_SCORE or classify_exact(squash_text(c.text))[1] >= _WHOLE_LABEL:
            return None  # (not a label over text, or a label over two lines: 'Target' over 'date')
        fields.append(field)
    rests = [c.text.strip().split("\n", 1)[1].strip() for c in cells]
    if len(set(fields)) < len(fields) or not any(len(r.split()) >= _BODY_WORDS for r in rests):
        return None
    head = [Cell(c.text.strip().split("\n", 1)[0].strip(), c.col, c.colspan, fill=c.fill, bold=c.bold) for c in cells]
    body = [Cell(r, c.col, c.colspan, fill=c.fill, bold=c.bold) for c, r in zip(cells, rests, strict=True)]
    return head, body


def headings_atop_rows(table: Table) -> None:
    """Each row that opens with a heading line over its own text (_heading_atop) as two rows: the
    heading row, then the row (a plan repeating 'What we will do | Who and when' under each area's
    paragraph, the heading line each time right over the first action)."""
    rows: list[Row] = []
    for row in table.rows:
        parted = _heading_atop(row)
        if parted is None:
            rows.append(row)
            continue
        head, body = parted
        rows += [replace(row, cells=head), replace(row, cells=body)]
    table.rows = rows


def _set_in_lines(blocks: list[Any], dropped: list[tuple[int, float, str, bool]], text_lines: list[str],
                  file_line: dict[tuple[int, int], int], furniture: dict[tuple[int, int], str]) -> list[Any]:
    """A line of the first page that the stitcher left out as a running header (its words recur
    at the top of later pages: 'Safeguarding and Looked After Children Inspection Action Plan')
    though it is set in the page's text, with text right above and below it ('ACTION PLAN' over
    it, the table's heading under it), as no page margin is: the first page prints its title
    there. It stays, once, in its place (the later pages' prints are the running header)."""
    kept: list[tuple[int, float, str, bool]] = []
    seen: set[str] = set()
    for item in dropped:
        page, top, text, is_furniture = item
        k = file_line.get((page, round(top / PITCH)), 0) - 1  # 0-based line of the file
        if page != 1 or not is_furniture or text in seen or (1, k) in furniture or not 0 < k < len(text_lines) - 1 \
                or "\f" in text_lines[k] or not text_lines[k - 1].strip() or not text_lines[k + 1].strip() \
                or " ".join(text_lines[k].split()) != " ".join(text.split()):
            continue
        seen.add(text)
        kept.append(item)
    out = list(blocks)
    for item in kept:
        dropped.remove(item)
        page, top, text, _ = item
        at = next((i for i, b in enumerate(out) if _after(b, page, top)), len(out))
        out.insert(at, (page, top, text, False, 0.0, False, "", 0.0))
    return out


def _after(block: Any, page: int, top: float) -> bool:
    """A stitched block (a line, or a table) that starts below `top` on `page`, or on a later page."""
    if isinstance(block, tuple):
        return bool((block[0], block[1]) > (page, top))
    return bool(block.page > page or (block.page == page and block.parts[0][1].bbox[1] > top))


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


def area_tails(table: Table) -> None:
    """A first column that runs down beside several rows (an area: rows under it have an empty
    first cell) whose last line stood beside the next row's first line ('carers' beside 'Report
    placement stability data to …' under 'Support and / retention of / approved foster'): the
    row's first cell holds only that line, going on in lower case, and it goes back to the area
    above (the row's area is that one, as an empty first cell's is)."""
    if not any(_first_cell(r) == "" for r in table.rows[1:]):
        return
    for above, row in zip(table.rows[1:], table.rows[2:], strict=False):
        mine = next((c for c in row.cells if c.col == 0 and c.colspan == 1), None)
        theirs = next((c for c in above.cells if c.col == 0 and c.colspan == 1), None)
        if mine is None or theirs is None or not theirs.text.strip() or theirs.text.rstrip()[-1] in ".;:" \
                or not mine.text.strip() or not mine.text.strip()[0].islower() or "\n" in mine.text.strip() \
                or len(mine.text.split()) > _TAIL_WORDS:
            continue
        theirs.text = f"{theirs.text.rstrip()}\n{mine.text.strip()}"
        mine.text = ""


_TAIL_WORDS = 4  # words at most of an area's last line


_YEAR_CELL = re.compile(r"(?:19|20)?\d{2}")
_STACKED_YEARS = 2  # columns at least whose heading's year stands alone on the line under it


def stacked_years(table: Table) -> None:
    """A heading stacked a word a line in narrow columns ('RAG' / 'Dec' / '26'), whose last line, the
    year alone under each month, the reader took for the next row (or for the start of the banner
    row under the headings): each year goes back to its column's heading ('RAG Dec 26'), so the
    rating is dated by its month and year. Only where two or more columns of the heading row end
    with a month and the row under it holds nothing else in those columns but years."""
    if len(table.rows) < 3:
        return
    head, row = table.rows[0], table.rows[1]
    by_col = {c.col: c for c in head.cells if c.colspan == 1}
    # (the heading already stacked over lines, 'RAG' over 'Dec': a month heading on one line over
    # figures is a table by month, its first row data)
    years = [c for c in row.cells if c.text.strip()
             and (h := by_col.get(c.col)) is not None and "\n" in h.text.strip()
             and fold(h.text.split()[-1]).rstrip(".") in MONTHS]
    if len(years) < _STACKED_YEARS or not all(_YEAR_CELL.fullmatch(c.text.strip()) for c in years):
        return
    found = [int(c.text.strip()) % 100 for c in years]
    if any(b < a for a, b in zip(found, found[1:], strict=False)) or found[-1] - found[0] > 1:
        return  # years follow on, within a year or two ('26 | 27 | 27'), as one plan's terms do
    for cell in years:
        by_col[cell.col].text = f"{by_col[cell.col].text.rstrip()}\n{cell.text.strip()}"
        cell.text = ""
    if not any(c.text.strip() for c in row.cells):
        table.rows.remove(row)


def _first_cell(row: Any) -> str | None:
    cell = next((c for c in row.cells if c.col == 0), None)
    return cell.text.strip() if cell is not None else None


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


_HEAD_ROWS = 3  # rows at the top of a table searched for its heading row (under a banner or two)


def heading_by_order(table: Table, text_lines: list[str]) -> None:
    """A heading row whose labels a PDF-to-text tool printed where their words fall, several
    characters left or right of where the body's cells start ('Actions' at 56 over a column whose
    cells start at 61, 'Progress milestones' at 84 against 94), so that the columns the body sets
    out cut a label apart ('Actions Progress' | 'milestones'). The row's first lines, read in
    order, are one line of the file, its labels parted by two spaces or more: each label is one
    column's heading, and the labels keep the columns' order (_label_columns: each to a column its
    words overlap as they were placed, or else to one that no other label stands in wholly). When
    no such order is left (two labels over one column only: a column the gutters could not part),
    the row is left as it was. The heading's further lines ('status' under 'RAG') stay where they were."""
    for row in table.rows[:_HEAD_ROWS]:
        cells = sorted((c for c in row.cells if c.text.strip()), key=lambda c: c.col)
        if len(cells) < 3:
            continue
        firsts = [c.text.split("\n")[0].split() for c in cells]
        words = [w for f in firsts for w in f]
        placed = [c.col for c, f in zip(cells, firsts, strict=True) for _ in f]
        spans = [c.colspan for c, f in zip(cells, firsts, strict=True) for _ in f]
        labels: list[str] = []
        for line in text_lines:
            parts = [p for p in re.split(r"\s{2,}", line.strip()) if p]
            if len(parts) >= 3 and " ".join(parts).split() == words:
                labels = parts
                break
        if not labels or not all(len(p.split()) <= _LABEL_WORDS and not p.endswith(".") for p in labels):
            continue
        # each label's columns, as its words were placed
        width = max(c.col + c.colspan for r in table.rows for c in r.cells)
        over, at = [], 0
        for label in labels:
            n = len(label.split())
            over.append({col for j in range(at, at + n) for col in range(placed[j], placed[j] + spans[j])})
            at += n
        choice = _label_columns(over, width)
        if choice is None:
            continue
        old = {c.col: c for c in cells}
        if all(len(old[c].text.split("\n")[0].split()) == len(label.split()) for c, label in zip(
                choice, labels, strict=True) if c in old) and set(choice) == set(old):
            return  # (the labels stand in their columns already)
        made = []
        for col, label in zip(choice, labels, strict=True):
            was = old.get(col)
            rest = was.text.split("\n", 1)[1] if was is not None and "\n" in was.text else ""
            span = was.colspan if was is not None else 1
            made.append(Cell(f"{label}\n{rest}" if rest.strip() else label, col, span,
                             fill=was.fill if was is not None else None, bold=was.bold if was is not None else False))
        # the rest of a cell no label went to (a heading's second line under a column of its own)
        made += [Cell(c.text.split("\n", 1)[1], c.col, c.colspan, fill=c.fill, bold=c.bold)
                 for c in cells if c.col not in choice and "\n" in c.text]
        covered = {k for c in made for k in range(c.col, c.col + c.colspan)}
        made += [c for c in row.cells if not c.text.strip() and c.col not in covered]
        row.cells = sorted(made, key=lambda c: c.col)
        return


# the marks a text file sets before a banner to make it stand out ('>> Reviewed at …', '== Term 1 =='):
# typography, as a Word banner's shading is, not its words
_BANNER_MARKS = re.compile(r"^[>»›#*=~\-–—•]+\s*")
_APART_LINES = 3  # one-part lines (banners, a note) a heading line may stand above its table's rows
_ALIGN_SLACK = 2  # characters a label may start off the column it heads
_BODY_LINES = 4  # the table's first lines searched for where its columns start


def _parts_at(line: str) -> list[tuple[int, str]]:
    """(start, text) of a line's parts, parted by two spaces or more."""
    return [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _label_part(text: str) -> bool:
    """A column heading: a few words, no sentence ('No.', 'Target date', 'Board comment')."""
    words = text.split()
    return len(words) <= _LABEL_WORDS and not re.search(r"[.!?]\s", text) \
        and not (text.endswith(".") and len(words[-1]) > 4) and any(ch.isalpha() for ch in text)


def _body_starts(table: Table, text_lines: list[str], after: int) -> set[int] | None:
    """The character columns where the parts of a table's first lines start, the table's first line
    being the first line with text after the file's line `after` (0-based) that is no rule; None when
    that line does not start the table."""
    k = after + 1
    while k < len(text_lines) and (not text_lines[k].strip() or _RULE_LINE.match(text_lines[k])):
        k += 1
    if k >= len(text_lines) or not _starts_table(table, text_lines[k]):
        return None
    return {at for line in text_lines[k:k + _BODY_LINES] for at, _ in _parts_at(line)}


def heading_set_apart(blocks: list[Any], text_lines: list[str]) -> list[Any]:
    """A table's heading line set apart from its rows by a rule and by banners that group them
    ('No.  Action  Lead  …' / '=====' / '>> Reviewed at Board 19/02/2026' / the rows / the next
    banner / its rows): the table finder leaves the heading and the banners paragraphs, and the rows
    tables with no heading. When the line holds one short label per column of the tables, each
    starting where a column of their rows starts, it is their heading row, and they are one table
    under it, each banner a row across it (as a Word table's merged banner row is)."""
    out = list(blocks)
    i = 0
    while i < len(out):
        labels = _heading_parts(out[i], text_lines)
        # (or the heading the table finder already took as the first table's first row, the tables after
        # it parted by banners still headless)
        in_table = labels is None and (labels := _table_heading_parts(out[i], text_lines)) is not None
        last = _headed_run(labels, out, i, text_lines) if labels is not None else i
        if last == i:
            i += 1
            continue
        head = out[i]
        width = len(labels)  # type: ignore[arg-type]
        rows = list(head.rows) if in_table else \
            [Row([Cell(text, col) for col, (_, text) in enumerate(labels)], head.page, head.line)]  # type: ignore[arg-type]
        for block in out[i + 1:last + 1]:
            if isinstance(block, Paragraph):
                rows.append(Row([Cell(block.text, 0, colspan=width)], block.page, block.line))
            else:
                rows += block.rows
        for row in rows:  # (the banners, and any the table finder kept as rows across the table)
            if len(row.cells) == 1 and row.cells[0].colspan == width:
                row.cells[0].text = _BANNER_MARKS.sub("", row.cells[0].text) or row.cells[0].text
        out[i:last + 1] = [Table(rows=rows, page=head.page, index=0)]
        i += 1
    return numbered_tables(out)


def _headed_run(labels: list[tuple[int, str]] | None, blocks: list[Any], i: int, text_lines: list[str]) -> int:
    """The index of the last table the labels at blocks[i] head, over it and the tables after it
    that only banners (a few one-part lines) part from it; i when they head none."""
    last, j, apart = i, i + 1, 0
    while labels is not None and j < len(blocks) and apart <= _APART_LINES:
        block = blocks[j]
        if isinstance(block, Paragraph):
            if len(_parts_at(_file_line(block, text_lines))) != 1:
                break  # (text set out in parts of its own: no banner)
            apart += 1
        elif _heads(labels, block, text_lines, _last_line(blocks[j - 1]) - 1):
            last, apart = j, 0
        else:
            break
        j += 1
    return last


def _last_line(block: Any) -> int:
    """The line a block ends on: a paragraph's own, a table's last row's."""
    return block.rows[-1].line if isinstance(block, Table) and block.rows else getattr(block, "line", 0)


def _table_heading_parts(block: Any, text_lines: list[str]) -> list[tuple[int, str]] | None:
    """The labels of a table's first row when that row is a heading line set out apart in the text
    (three or more short labels, _labels_of) and its second row a banner: the table finder took
    the heading and the first banner into the rows (an underline's padding added no gap); None for any
    other block."""
    if not isinstance(block, Table) or len(block.rows) < 3 or len(block.rows[0].cells) < 3 \
            or len(block.rows[1].cells) != 1:
        return None  # (the first banner under the heading, taken in with it, is the table's second row)
    first = [squash_text(t) for t in block.rows[0].texts()]
    # (the line that prints it: a layout table's rows keep no line of the file)
    line = next((ln for ln in text_lines if squash_text(ln) == " ".join(first)), "")
    parts = _labels_of(line)
    return parts if parts is not None and [t for _, t in parts] == first else None


def _file_line(block: Paragraph, text_lines: list[str]) -> str:
    k = block.line - 1
    return text_lines[k] if 0 <= k < len(text_lines) and squash_text(text_lines[k]) == squash_text(block.text) else ""


def _heading_parts(block: Any, text_lines: list[str]) -> list[tuple[int, str]] | None:
    """The labels of a paragraph that prints column headings apart (three or more, each a short
    label), with where they start; None for any other block."""
    if not isinstance(block, Paragraph):
        return None
    return _labels_of(_file_line(block, text_lines))


def _labels_of(line: str) -> list[tuple[int, str]] | None:
    """The parts of a line that sets out a row of column headings (three or more parts, each a short
    label), with where each starts; None when the line is anything else (or no line: '')."""
    parts = _parts_at(line)
    if len(parts) < 3 or not all(_label_part(text) for _, text in parts):
        return None
    return parts


def _heads(labels: list[tuple[int, str]], table: Any, text_lines: list[str], after: int) -> bool:
    """Do the labels head the table: one per column, each starting where a column of its rows starts,
    and the table no heading of its own (its first row prints other words)?"""
    if not isinstance(table, Table) or not table.rows:
        return False
    width = max(c.col + c.colspan for r in table.rows for c in r.cells)
    if width != len(labels):
        return False
    if [squash_text(t) for t in table.rows[0].texts()] == [t for _, t in labels]:
        return False
    starts = _body_starts(table, text_lines, after)
    return starts is not None and all(any(abs(at - s) <= _ALIGN_SLACK for s in starts) for at, _ in labels)


def _label_columns(over: list[set[int]], width: int) -> list[int] | None:
    """The columns of a heading's labels, in order, one each, strictly left to right: a label's
    column is one its words overlap, or else one no other label stands in wholly ('Target date'
    set out over the milestones' column goes on to the dates' column, where no word of the row
    stands; 'OUTCOMES' beside 'OBJECTIVE' over the first column goes on to the next, which
    'Action description' only begins). The fewest labels moved off their words; None when no such
    order is there, or when half the labels or more would move (the labels are not this table's)."""
    n = len(over)
    owned = [{next(iter(o))} if len(o) == 1 else set() for o in over]
    inf = n + 1
    # best[i][c]: labels moved among the first i + 1, label i at column c; back[i][c]: label i-1's column
    best = [[inf] * width for _ in range(n)]
    back = [[-1] * width for _ in range(n)]
    for i in range(n):
        others = set().union(*(owned[j] for j in range(n) if j != i))
        for c in range(width):
            if c not in over[i] and c in others:
                continue
            cost = 0 if c in over[i] else 1
            if i == 0:
                best[i][c] = cost
                continue
            prev = min(range(c), key=lambda p: best[i - 1][p], default=-1)
            if prev >= 0 and best[i - 1][prev] < inf:
                best[i][c], back[i][c] = best[i - 1][prev] + cost, prev
    end = min(range(width), key=lambda c: best[n - 1][c])
    if best[n - 1][end] >= inf or 2 * best[n - 1][end] >= n:
        return None
    cols = [end]
    for i in range(n - 1, 0, -1):
        cols.append(back[i][cols[-1]])
    return cols[::-1]


_LABEL_WORDS = 4  # words at most in a column heading's line


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
    return numbered_tables(out)


_HEADING_LINE_WORDS = 8
_TITLED_WORDS = 16
_NUMBERED_LABEL = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2} \d{1,3}[a-z]?\s*[:–—-]\s+[A-Z]")
_OUTLINE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\S)")


def heading_line(text: str) -> bool:
    """A short line that reads as a heading over a table: eight words at most, a capital first, no
    sentence's or label's end ('Safer streets', 'Early Help and Prevention'; not 'Version 2.', not
    'Notes:'), some letters, and no date or figure alone."""
    text = _OUTLINE_NUMBER.sub("", text, count=1) or text  # its number ('1. Mental health', '2) Prevention')
    words = text.split()
    # a title its label numbers ('Action card 2: Strengthen the voice of children in child protection
    # conferences', 'Priority 3 – …') heads what follows however long its words run
    most = _TITLED_WORDS if _NUMBERED_LABEL.match(text) else _HEADING_LINE_WORDS
    return 1 <= len(words) <= most and text[0].isupper() and text[-1] not in ".:;,!?" \
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
    numbered: list[Paragraph] = []  # titles their labels number, tight on their tables, not set apart
    for i, block in enumerate(blocks[:-1]):
        if not isinstance(block, Paragraph) or i == first or not isinstance(blocks[i + 1], Table):
            continue
        if block.heading:
            headed += 1  # (a line the table repeated its headings under: headed_parts)
            continue
        if _LABELLED.match(block.text) and not _NUMBERED_LABEL.match(block.text) \
                and i - 1 > (first or 0) and isinstance(blocks[i - 1], Paragraph) \
                and not blocks[i - 1].heading:
            # a labelled line between the heading and its table ('1. Mental health', then 'Senior
            # responsible officer: Helen Ashworth', then the table): the line above is the heading,
            # the labelled line says something of the section (its lead), as under a Word heading
            block = blocks[i - 1]
        k = block.line - 1  # 0-based index of the paragraph's line in the file
        if not (0 <= k < len(text_lines)) or text_lines[k].strip() != block.text:
            continue  # (a line whose position was squeezed: not certain which it is)
        # set apart by a blank line above, and one below or none: a title band set tight on its table
        # ('Action card 2: …' right over 'Owner  …  Deadline  …') heads it as well
        tight = k + 1 < len(text_lines) and _starts_table(blocks[i + 1], text_lines[k + 1])
        apart = (k == 0 or not text_lines[k - 1].strip()) and k + 1 < len(text_lines) \
            and (not text_lines[k + 1].strip() or tight)
        if re.search(r"\S\s{2,}\S", block.text) or not heading_line(block.text):
            continue
        if apart:
            found.append(block)
        elif tight and _NUMBERED_LABEL.match(block.text):
            numbered.append(block)
    # one line over one table is as likely the plan's part title ('Our priorities and actions'):
    # only a run of them, a table each, heads sections
    if len(found) + headed >= 2:
        # and a title its label numbers as theirs is numbered ('Action card 1: …' under the
        # introduction's last line, over its table, when 'Action card 2: …' heads the next), though
        # no blank line sets it apart
        labels = {_label_words(b.text) for b in found if _NUMBERED_LABEL.match(b.text)}
        for block in found + [b for b in numbered if _label_words(b.text) in labels]:
            block.heading = True


def _label_words(text: str) -> str:
    """The words of a numbered title's label, before its number ('action card' of 'Action card 2: …')."""
    return " ".join(re.split(r"\s\d", text, maxsplit=1)[0].lower().split())


def _starts_table(table: Table, text: str) -> bool:
    """The file's line `text` is the table's first line: its first row's first cell starts it."""
    first = next((c.text for r in table.rows[:1] for c in r.cells if c.text.strip()), "")
    return bool(first) and squash_text(text).startswith(squash_text(first.splitlines()[0]))


# a label and its value on one line ('Senior responsible officer: Helen Ashworth', 'Lead: A. Khan')
_LABELLED = re.compile(r"^[A-Z][\w ’'/&()-]{1,50}:\s+\S")

_PAGE_NUMBER = PAGE_NUMBER
# a page's mark, which no other line of its margin prints ('Page 3', 'Page 3 of 9', '3 of 9')
_PAGE_MARK = PAGE_LABEL
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
    short label (four words at most), no sentence (a one-word label may end in a full stop: 'No.')."""
    if not lines or len(re.split(r"\s{2,}", lines[0].strip())) < 3:
        return False
    labels = [p for ln in lines for p in re.split(r"\s{2,}", ln.strip()) if p]
    return all(len(p.split()) <= 4 and not (p.endswith(".") and " " in p) for p in labels)


def _underline_padding(lines: list[str], k: int, run_end: int) -> bool:
    """Are the blank lines k … run_end the padding under a rule drawn right beneath a line of text
    ('Ref  Action  Lead  Due' underlined with '-----', a blank line, then the rows)? The rule
    parts the heading from the rows as a ruling line does; its padding adds no gap of its own,
    which would set the heading apart from its table as a paragraph above it. (A rule with a
    blank line above it is no underline: it closes what is above, a legend under a table.)"""
    return k >= 2 and bool(_RULE_LINE.match(lines[k - 1])) and bool(lines[k - 2].strip()) \
        and not _RULE_LINE.match(lines[k - 2]) and run_end - k <= _HEADING_GAP


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
            # and its cells are labels, as headings are: a body row under an empty first cell (an
            # area merged down from the page before, 'Extend the domestic abuse perpetrator')
            # says more
            labels = re.split(r"\s{2,}", below.strip())
            squeeze = 0 < len(above) <= 3 and run_end - k <= _HEADING_GAP and _heading_block(above) \
                and len(labels) >= 2 and indent > left + 8 and all(len(x.split()) <= 4 for x in labels)
            squeeze = squeeze or _underline_padding(lines, k, run_end)
            for _ in range(k, run_end):
                at.append(pos)
                pos += 0 if squeeze else 1
            k = run_end
            continue
        at.append(pos)
        pos += 1
        k += 1
    return at


# a column's start: the character column where text begins after two spaces or more on this many
# lines of a page at least (within one character, as a PDF-to-text tool places a word by its x)
_COLUMN_LINES = 3
_SEGMENT = re.compile(r"\S+(?: \S+)*")  # a run of words parted by single spaces
_COLUMN_WINDOW = 20  # lines above and below whose column starts count
_PIECE_CHARS = 12  # characters at least of the text a one-space gutter parts from the next column
_CLOSE_LINES = 8  # … of which lines this close must start at the column too (one at least)
_CLOSE_SUPPORT = 1
_COLUMN_SLACK = 2  # how far (characters) a word squeezed against its left neighbour may stand from it


def _narrow_gutters(lines: list[str]) -> list[dict[int, int]]:
    """For each line, the words after one space that start a column's cell (by where they start,
    with the column's start). A PDF-to-text tool prints
    a gap narrower than two characters as one space ('Responsible officer Original target date',
    'and respond Gareth Llewellyn   March 2025' when the table's gutters are a few points wide),
    so a line's cells run into each other and the table's gutter is crossed. Evidence that a
    single space is a gutter: the word after it starts where a column starts on other lines of
    the page (text begins there after two spaces or more on three lines or more), and the line
    is laid out in columns itself (it has a gap of two spaces or more elsewhere, or it starts at
    a column right of the first): a banner or a sentence printed across the page is never split.
    Within a cell, a word sits at another column's start only when the cell runs into that
    column."""
    left = min((len(t) - len(t.lstrip()) for t in lines if t.strip()), default=0)
    # where text starts after two spaces or more, or after the indent of a line that starts
    # right of the page's left edge (a row's wrapped line under an empty first cell)
    at = [[m.end() for m in _COLUMN_START.finditer(text.rstrip())]
          + [len(text) - len(text.lstrip())] * (len(text) - len(text.lstrip()) > left + 1 and bool(text.strip()))
          for text in lines]
    seg_at = [[(m.start(), m.end()) for m in _SEGMENT.finditer(text)] for text in lines]
    # where a word starts after one space (a column start when wide gaps show the column too)
    single = [[m.end() for m in re.finditer(r"(?<=\S) (?=\S)", text.rstrip())] for text in lines]
    # regions: runs of lines parted by two blank lines or more (a table from the next one)
    region, region_end, first, blank = [0] * len(lines), [len(lines)] * len(lines), 0, 0
    # (a blank line is its region's: rows parted by one blank line each are one table, whose
    # columns all its rows' lines show)
    for k, text in enumerate(lines):
        if not text.strip():
            blank += 1
            region[k] = first
            continue
        if blank >= 2:
            first = k
        blank = 0
        region[k] = first
    for k in range(len(lines) - 1, -1, -1):
        region_end[k] = region_end[k + 1] if k + 1 < len(lines) and region[k + 1] == region[k] else k + 1
    found: list[dict[int, int]] = []
    for k, text in enumerate(lines):
        body = text.rstrip()
        parts: dict[int, int] = {}
        # the columns of the lines around this one, in its region (another table on the page
        # has its own)
        lo, hi = max(region[k], k - _COLUMN_WINDOW), min(region_end[k], k + _COLUMN_WINDOW + 1)
        starts = Counter(p for near_line in at[lo:hi] for p in near_line)
        # (a column that two lines start after a wide gap and others after one space, exactly
        # there: a PDF-to-text tool squeezed the gutter of the lines whose cells run long)
        singles_at = Counter(p for near_line in single[lo:hi] for p in near_line)
        columns = sorted(p for p, n in starts.items()
                         if (n + starts[p - 1] + starts[p + 1] >= _COLUMN_LINES
                             or n >= _COLUMN_LINES - 1 and n + singles_at[p] >= _COLUMN_LINES + 1)
                         and n >= starts[p - 1] and n >= starts[p + 1])
        indent = len(body) - len(body.lstrip())
        # laid out in columns: a wide gap inside, or the line starts in a column right of the
        # first (a row's wrapped line under an empty first cell), as a banner never does
        tabular = bool(_COLUMN_START.search(body)) or (indent > left + 1 and any(abs(indent - q) <= 1 for q in columns))
        if not columns or not tabular:
            found.append(parts)
            continue
        segments = [(m.start(), m.end()) for m in _SEGMENT.finditer(body)]
        singles = [m.end() for m in re.finditer(r"(?<=\S) (?=\S)", body)]
        for p in singles:
            # the nearest column, the better kept of two as near; or one a few characters right
            # of the space that the space's run of words runs over (a long line squeezed: '…
            # supervision sessions Drift and delay …' with 'Drift' at 73 where the column starts
            # at 76: cells run together leave no run of words over a column's start)
            near = min(columns, key=lambda q: (abs(q - p), -starts[q]))
            squeezed = None
            if abs(near - p) > _COLUMN_SLACK:
                squeezed = next((q for q in columns if 0 < q - p <= _SQUEEZE and _crossing(segments, q, p)), None)
                near = squeezed if squeezed is not None else near
            if abs(near - p) > _COLUMN_SLACK and squeezed is None \
                    or any(abs(o - near) < abs(p - near) for o in singles):
                continue  # off the column, or another space of the line is nearer to it
            # the text before the space runs on from an earlier start: two words or more (a
            # cell's two words, 'Jun 2025', 'Lead officer', that happen to part near a column
            # start are no two cells)
            piece = body[:p - 1].rsplit("  ", 1)[-1].strip()
            # (a shorter piece, '(2) Normal' before 'Patel, Anita': lines around it hold both
            # cells apart, one where the piece starts and one where the column starts, '(3) Low
            # Clarke, Daniel': that column's text ends before the next column's start)
            begin = body.rfind(piece, 0, p)
            # (a line's own start counts where the piece starts the line: a row's reference, 'ACT-'
            # before 'Map all council land …', over the reference's wrapped rest, '2    service')
            paired = sum(1 for j in range(lo, hi) if j != k and (
                any(abs(o - begin) <= 1 for o in at[j]) or seg_at[j] and seg_at[j][0][0] == begin == indent)
                and any(abs(o - near) <= _COLUMN_SLACK for o in at[j])) >= _COLUMN_LINES
            # (one word, paired so: a reference squeezed against its row's text)
            if not paired and (len(piece.split()) < 2 or len(piece) < _PIECE_CHARS):
                continue
            # cells run together part at a space at every column their run of words crosses;
            # a banner or a sentence across the table ('Area for improvement 4: Build a stable
            # and skilled social work workforce') runs through some column's start in a word
            a, b = next(seg for seg in segments if seg[0] < p < seg[1])
            # (starts a few characters apart are one column, its lines set off by a character or two)
            spaced = {q for q in columns if any(
                abs(o - q) <= _COLUMN_SLACK or 0 < q - o <= _SQUEEZE and _crossing(segments, q, o) for o in singles)}
            crossed = [q for q in columns if a + 2 < q < b - 2]
            if any(not any(abs(q - r) <= 2 * _COLUMN_SLACK for r in spaced) for q in crossed):
                continue
            # nor a line of one long run and a name or two at its end ('Area for improvement 2:
            # Build a stable … workforce      Seán Ó Briain'): a banner with its lead, whose
            # spaces may all fall near columns; cells run together leave the table's other cells
            # apart on their line
            clusters = sum(1 for i, q in enumerate(crossed) if not i or q - crossed[i - 1] > 2 * _COLUMN_SLACK)
            if len(segments) <= 2 and clusters >= 2 \
                    and not _labels_at(body, singles, columns, lines[k - 1] if k else ""):
                continue
            # the column's other lines keep to it: fewer of them run over its start than start
            # there (a wide first column, 'Became looked after to adoption placement, average
            # days', whose longer names run past a column of the table above, is one cell)
            support = sum(starts[q] for q in range(near - _COLUMN_SLACK, near + _COLUMN_SLACK + 1))
            # and the column is this line's table's: lines close by start there (a column of the table
            # above, a few lines up past a heading and a paragraph, is no gutter of a smaller table
            # below whose first cell runs past it: 'Introduce a validated … train all staff to' under
            # 'Activity | Evidence …' of the part before)
            close = range(max(lo, k - _CLOSE_LINES), min(hi, k + _CLOSE_LINES + 1))
            # (or after one space, exactly there: lines squeezed as this one is)
            if sum(any(abs(o - near) <= _COLUMN_SLACK for o in at[j]) or near in single[j]
                   for j in close if j != k) < _CLOSE_SUPPORT:
                continue
            # (a line whose words run over it with one space where the column starts is squeezed
            # as this one is: it says nothing against the column)
            over = sum(1 for j in range(lo, hi) if j != k and any(
                x0 < near - 1 and x1 > near + 1 for x0, x1 in seg_at[j]) and near not in single[j])
            if over < support and not _group_label(lines, k, begin, near, b):
                parts[p] = near
        # the lines next to this one whose cells start where each of its cells does (a cell's
        # lines, set aside together), by where they start; a line's first cell is no such cell
        beside: dict[int, int] = {}
        for a, _ in seg_at[k][1:]:
            run = 1
            for step in (-1, 1):
                j = k + step
                while 0 <= j < len(lines) and a in {x0 for x0, _ in seg_at[j][1:]}:
                    run, j = run + 1, j + step
                if 0 <= j < len(lines) and seg_at[j] and seg_at[j][0][0] == a:
                    run = 0  # (a line's first cell starts there: the column of the rows' own lines)
                    break
            beside[a] = run
        above = {p for near_line in at[lo:k] for p in near_line}
        _shifted_names(body, columns, starts, segments, parts, beside, above)
        _names_before_an_empty_column(body, columns, starts, segments, parts)
        found.append(parts)
    return found


def _labels_at(body: str, singles: list[int], columns: list[int], above: str = "") -> bool:
    """The line cut at its gaps and at each single space before a column's start reads as a
    heading's labels, one per cut ('Ref Improvement action   Accountable Milestone Status Update'
    over rows whose cells start at 'Accountable', 'Milestone', 'Status', 'Update'): each piece a
    short label (four words at most) starting with a capital or a figure, none a sentence; or,
    under a line `above` of labels, each piece of a word or two starts where one of its labels
    starts (a heading's next line, 'officer completion status' under 'Lead  Target  RAG'), in lower
    case as it may. A banner printed across the table ('Area for improvement 2: Build a stable …
    Seán Ó Briain') cut so leaves pieces that start in lower case or run on as a sentence."""
    cuts = [p for p in singles if any(abs(q - p) <= _COLUMN_SLACK for q in columns)]
    pieces: list[tuple[int, str]] = []
    for m in _SEGMENT.finditer(body):
        ends = [m.start(), *[p for p in cuts if m.start() < p < m.end()], m.end() + 1]
        pieces += [(x, body[x:y - 1]) for x, y in zip(ends, ends[1:], strict=False)]
    heads = [m.start() for m in _SEGMENT.finditer(above)] if _heading_block([above]) else []

    def label(x: int, text: str) -> bool:
        # (a one-word label may end in a full stop: 'No.')
        if len(text.split()) > _LABEL_WORDS or text.endswith(".") and " " in text:
            return False
        # (a heading's next line: a word or two under each label, as a sentence cut so is not)
        return text[0].isupper() or text[0].isdigit() or len(text.split()) <= 2 and any(
            abs(x - h) <= _COLUMN_SLACK for h in heads)

    return len(pieces) >= 3 and all(label(x, text) for x, text in pieces)


def _group_label(lines: list[str], k: int, begin: int, near: int, end: int) -> bool:
    """Line k's run of words from `begin` to `end`, crossing a column's start at `near`, is one
    heading label over several columns ('Quarterly RAG' over 'Q1  Q2  Q3  Q4'): the heading's next
    line of short labels (blank lines between them or not) has labels where the run starts and
    where the column starts, and more right of the run's end, before any later label of line k:
    columns that no label of line k heads, under the run that spans them."""
    j = k + 1
    while j < len(lines) and j - k <= _HEADING_GAP + 1 and not lines[j].strip():
        j += 1
    if j >= len(lines) or j - k > _HEADING_GAP + 1:
        return False
    labels = [(m.start(), m.group(0)) for m in _SEGMENT.finditer(lines[j])]
    if not labels or any(len(t.split()) > _NESTED_LABEL_WORDS for _, t in labels):
        return False
    later = min((m.start() for m in _SEGMENT.finditer(lines[k]) if m.start() > end), default=len(lines[j]) + 1)
    at = [x for x, _ in labels]
    return any(abs(x - begin) <= _COLUMN_SLACK for x in at) and any(abs(x - near) <= _COLUMN_SLACK for x in at) \
        and any(end + 1 < x < later for x in at)


def _crossing(segments: list[tuple[int, int]], q: int, p: int) -> bool:
    """The run of words holding character p runs over character column q."""
    return any(a + 2 < q < b - 2 and a < p < b for a, b in segments)


_SQUEEZE = 4  # characters at most a squeezed line's cell may start left of its column, run into the cell before
_SHIFT = 8  # characters at most a cell's text may stand left of its column's start, run into the cell before
_SHIFT_GUTTER = 6  # … or a cell after a gutter, that stands apart from the cell before
_NAME_WORDS = 4  # words at most of a name run on from the cell to its left


def _shifted_names(body: str, columns: list[int], starts: Counter[int], segments: list[tuple[int, int]],
                   parts: dict[int, int], beside: dict[int, int] | None = None,
                   above: frozenset[int] | set[int] = frozenset()) -> None:
    """A name printed a few characters left of its column's start, one space after the text of the
    cell to its left ('... to improve the Marcus Lindqvist' where the Lead column's names start
    under 'Lead' at 70 and 'Marcus' stands at 64): a PDF-to-text tool places a line's words by
    their x and, where the fonts' widths differ from its character, sets some a little aside. The
    run of words crosses the column's start; its last words are capitalised ('Marcus Lindqvist',
    'Quentin Thackeray', four words at most) after a word in lower case, the first of them
    stands within _SHIFT characters left of the column (or just right of it), and the name ends
    before the next column starts. That name starts the column's cell (recorded as a word that
    starts a cell, moved to the column's start by _line); a space nearer the column inside the
    name ('Marcus | Lindqvist') is no gutter."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(body)]
    # a cell after a gutter set a few characters left of its column, apart from the cell before
    # ('25th        Green' with the RAG column's values and heading at 176, 'Green' at 173): it
    # goes to the column's start when that column is well kept, lines above start there (a
    # heading's labels, set by their middles, are the first of their columns: heading_by_order
    # reads them), and no other line starts where it stands (nor the line above or below: a
    # row's lines set aside together, '1. Revise …' over 'so that supervision …', keep to each other)
    beside = beside or {}
    for i, (a, b) in enumerate(segments):
        run = beside.get(a, 1)
        if not i or not run:
            continue
        for q in columns:
            near = sum(starts[x] for x in range(a - 1, a + 2)) - run + 1
            after = segments[i + 1][0] if i + 1 < len(segments) else None
            if _COLUMN_SLACK < q - a <= _SHIFT_GUTTER and starts[q] >= _COLUMN_LINES and near <= 1 \
                    and q in above and (after is None or b + q - a < after - 1):
                parts[a] = q
                break
    for q in columns:
        if starts[q] < _COLUMN_LINES:
            continue
        seg = next(((a, b) for a, b in segments if a < q - 1 and b > q + 1), None)
        if seg is None:
            continue
        inside = [w for w in words if seg[0] <= w[0] < seg[1]]
        later = [c for c in columns if c > q + _COLUMN_SLACK]
        for i in range(1, len(inside)):
            x0, _, word = inside[i]
            if not q - _SHIFT <= x0 <= q + _COLUMN_SLACK or x0 in parts and parts[x0] != q:
                continue
            name = inside[i:]
            before = inside[i - 1][2]
            if not before[0].islower() or len(name) > _NAME_WORDS \
                    or not all(w[2][0].isupper() for w in name) \
                    or not (word[0].isupper() and word[1:2].islower()):
                continue
            # the name moved to the column's start ends before the next column (and the text of
            # the cell to its left, at least two words, stays left of the column)
            end = seg[1] + max(0, q - x0)
            if later and end > later[0] - 1 or i < 2:
                continue
            for w in name[1:]:
                parts.pop(w[0], None)
            parts[x0] = q
            break


def _names_before_an_empty_column(body: str, columns: list[int], starts: Counter[int],
                                  segments: list[tuple[int, int]], parts: dict[int, int]) -> None:
    """A name or an acronym ('ICB', 'Public Health') one space after the text of the cell to its
    left, ending where a well-kept column starts ('… offer follow-up to all ICB' ending at the
    Lead column's start, 87), with that column empty on the line (the line's next cell starts at
    a later column): a PDF-to-text tool squeezed a long line and set the column's cell a few
    characters left. The name starts the column's cell, moved to where the column starts."""
    for i, (a, b) in enumerate(segments):
        after = segments[i + 1][0] if i + 1 < len(segments) else None
        q = next((c for c in columns if abs(b - c) <= _COLUMN_SLACK and starts[c] >= _COLUMN_LINES
                  and a < c - _SHIFT), None)
        if q is None or after is None or after <= q + _SHIFT:
            continue  # (a row's first line goes on in later columns: a wrapped line may stop short)
        words = [(m.start(), m.group(0)) for m in _WORD.finditer(body, a, b)]
        for j in range(len(words) - 1, 0, -1):
            x0, word = words[j]
            name = words[j:]
            if len(name) > _NAME_WORDS or q - x0 > _SHIFT or not words[j - 1][1][0].islower() \
                    or not all(w[0].isupper() for _, w in name) or j < 2 or x0 in parts:
                continue
            if x0 < q:
                parts[x0] = q
            break


# a row's reference alone in its cell ('2b', '3.1', '1.2.a', 'A12', 'R4')
_REF = re.compile(r"^(?:[A-Z]{1,3}\d{1,3}[a-z]?|\d{1,2}(?:\.\d{1,2})*(?:\.?[a-z])?)\.?$")
# a numbered item's text ('2. Introduce midway reviews', '3 .Introduce', '2.Track'): the row's
# first cell when no other cell of the line is a list's item
_NUMBERED = re.compile(r"^\(?\d{1,2}\s?[.)]\s?[A-Z]")


def _is_ref(text: str) -> bool:
    """A row's reference alone in its cell: '2b', '3.1', '1.2.a', 'A12', or one capital letter
    ('A', or a look-alike from another alphabet, as a PDF's text may hold: 'В')."""
    return bool(_REF.match(text)) or (len(text.rstrip(".")) == 1 and text[0].isupper())


def _row_start(text: str) -> bool:
    """A cell's text starting afresh: a capitalised word, a numbered item, a row's reference."""
    return (len(text) > 1 and text[0].isupper() and text[1].islower()) or bool(_NUMBERED.match(text)) \
        or _is_ref(text) or bool(_REF_HEAD.match(text.split()[0]))  # (a reference the line breaks: 'ACT-')


# a list's later item ('2. Tracking report in place', '(3) October 16'): a cell's list going on
_LATER_ITEM = re.compile(r"^\(?(?:[2-9]|1\d)[.)]\s")
# a line's start that reads as a row's key: a reference or a number ('1.1 (i)', '(iii)', '2.', '5c')
_KEYED = re.compile(r"^\(?(?:\d|[ivx]{1,4}\))")


# a reference broken after its separator ('ACT-', 'OS/') and the rest of it alone on the next line ('12', '3a')
_REF_HEAD = re.compile(r"^[A-Z]{1,5}[-/]$")
_REF_REST = re.compile(r"\d{1,3}[a-z]?")


def _keyed(text: str) -> bool:
    """A line's start that reads as a row's key (_KEYED); not a wrapped cell's next line that
    starts with a figure in its text, one space before a word in lower case ('50 pages on the
    council website' under 'Audit the accessibility of the top', '10% of')."""
    first, _, rest = text.partition(" ")
    return bool(_KEYED.match(text)) and not (rest[:1].islower() and not first.endswith((".", ")")))


# a row's key naming its level in a word before a code of two levels or more ('Output 1.2', 'Activity
# 1.1.1'): a tier of a logical framework, whose statement rows may hold no more than the key and the text
_LEVEL_KEY = re.compile(r"^[A-Z][a-z]+ \d{1,2}(?:\.\d{1,2}){1,3}$")
_KEYED_ROW_CELLS = 2  # cells at least on a line that opens with such a key and starts a row


_FORM_LABELS = 3  # labels at least that a form's records repeat in their first column
_ROW_CELLS = 4  # cells at least on a line that starts a row printed with no blank line above it


def _row_starts(lines: list[str], at: list[int], narrow: list[dict[int, int]] | None = None) -> list[int]:
    """Positions (see _positions) with a line's room added above each line that starts a row
    (_rows_run_on), and above each row of a table nested in a row's cell (_nested_rows).
    `narrow` (_narrow_gutters): the words after one space that start a column's cell."""
    bumped = _rows_run_on(lines, at, narrow)
    nested = _nested_rows(lines)
    shift = 0
    for k in range(len(lines)):
        shift += k in nested
        bumped[k] += shift
    return bumped


_NESTED_LABEL_WORDS = 3  # words at most of a nested table's heading label ('Milestone', 'Target date')
# lines below a nested table's heading line that its rows may take (its rows' wrapped cells among them)
_NESTED_REACH = 12


def _nested_rows(lines: list[str]) -> set[int]:
    """The lines that start a row of a table nested in a cell of a table's row: an audit plan
    prints an action's milestones as a small table inside its 'Milestones' cell, its heading line
    ('Milestone  By  Status') on the action's first line, beside the action and the row's other
    cells, and a line a milestone under it, at the sub-table's columns. A PDF-to-text tool prints
    them at the pitch of the lines, so that a milestone's wrapped date ('Summer term' / '2027')
    reads as one more line of the cells above; each line whose cells stand where the sub-table's
    headings stand, one under each, and read as its row under them (actions.nested_table), starts
    a row of its own, and so does the heading line (the outer row's first line) printed right
    under the line above it. (Its heading
    line's cells must name a milestone and its date or status.)"""
    from planx.normalise.actions import nested_table  # (the heading vocabulary; normalise imports extract)
    cells = [[(m.start(), m.group(0)) for m in _SEGMENT.finditer(text)] for text in lines]
    out: set[int] = set()
    for k, row in enumerate(cells):
        for i in range(1, len(row) - 1):
            # (the outer row's other cells stand right of the sub-table's headings too)
            for j in range(i + 2, min(i + 4, len(row) - 1) + 1):
                heads = row[i:j]
                if any(len(t.split()) > _NESTED_LABEL_WORDS or not t[:1].isupper() for _, t in heads):
                    continue  # (a heading's labels: a few words each, capitalised)
                xs = [x for x, _ in heads]
                found = []
                for n in range(k + 1, min(k + 1 + _NESTED_REACH, len(lines))):
                    if not lines[n].strip():
                        break
                    mine = cells[n]  # (under the outer row's empty cells: nothing left or right of it)
                    if len(mine) != len(heads) or not all(abs(x - y) <= 1 for (x, _), y in zip(mine, xs, strict=True)):
                        continue
                    text = "; ".join(t for _, t in heads) + "\n" + "; ".join(t for _, t in mine)
                    if nested_table(text) is not None and mine[0][1][:1].isupper():
                        found.append(n)
                if found:
                    # (the sub-table's heading line is the outer row's first line: a row starts there
                    # too, though its labels would read as a heading's next line under the table's)
                    out.update([k, *found] if k > 0 and lines[k - 1].strip() else found)
                    break
    return out


def _rows_run_on(lines: list[str], at: list[int], narrow: list[dict[int, int]] | None = None) -> list[int]:
    """Positions (see _positions) with a line's room added above each line that starts a table's
    row printed right under the row before, with no blank line between them (a PDF-to-text tool
    prints rows as they fall): the rows would run into one. A line starts a row when it has four
    cells or more, none going on in lower case as a wrapped cell's next line does (a one-word
    value, 'red', may), none a list's later item ('2. Tracking report', '(3) October 16'), its
    first cell starts with a capitalised word or is a row's reference ('2b', '3.1'), and another
    such line of the same run of lines has a cell starting where this line's first cell starts:
    that column's text starts again at its left edge. Not a heading's second line of short labels
    under its first. The table finder reads a line's room above some rows as the rows' spacing:
    so the page keeps its spacing where no row runs over lines into the next (rows of one line
    part already), or where most rows have a blank line above them already; else every row of
    the page is parted (those of one line too), and every banner printed under a row, and every
    row under a first column that runs down beside several rows (an area)."""
    # a line's cells: runs of words parted by single spaces (none on a line of one run)
    cells = [[(m.start(), m.group(0)) for m in _SEGMENT.finditer(text)] if "  " in text.strip() else []
             for text in lines]

    def ref_rest(k: int) -> bool:
        # the rest of a reference the line above broke after its separator, 'ACT-' over '1': that
        # row's next line
        return k > 0 and bool(cells[k]) and bool(cells[k - 1]) and abs(cells[k - 1][0][0] - cells[k][0][0]) <= 1 \
            and bool(_REF_HEAD.match(cells[k - 1][0][1].split()[0])) and bool(_REF_REST.fullmatch(cells[k][0][1]))

    def fresh(k: int, need: int = _ROW_CELLS) -> bool:
        # (a numbered item first, and no list going on beside it: rows numbered in their column)
        listed = [bool(_LATER_ITEM.match(t) or _NUMBERED.match(t)) for _, t in cells[k]]
        numbered = bool(listed) and listed[0] and not any(listed[1:])
        # (after a row's reference or number, a value may start in lower case: 'end of January')
        ref = bool(cells[k]) and (_is_ref(cells[k][0][1]) or bool(_REF_HEAD.match(cells[k][0][1].split()[0]))) \
            or numbered
        # (on a line of many cells, one value in lower case after the first cell, a date's first
        # words, 'end of', 'by end of', beside cells that all start afresh: a wrapped row's next
        # line goes on in lower case, 'working days', in a column that holds no date)
        lower = [(x, t) for x, t in cells[k][1:] if t[0].islower() and " " in t]
        many = len(cells[k]) > _ROW_CELLS and len(lower) == 1 and not (cells[k] and cells[k][0][1][0].islower()) \
            and _date_goes_on(lower[0], cells[k + 1] if k + 1 < len(cells) else [])
        if ref_rest(k):
            return False
        # (a row keyed by a reference the line breaks, 'ACT-', with its rest on the next line: the
        # key says a row starts, one cell fewer may show, two of them run together by one space)
        if cells[k] and k + 1 < len(cells) and ref_rest(k + 1):
            need -= 1
        # (a key that names its level, 'Output 1.2': a row of its own however few cells it fills)
        if cells[k] and _LEVEL_KEY.match(cells[k][0][1]):
            need = min(need, _KEYED_ROW_CELLS)
        return len(cells[k]) >= need and all(
            (ref or many or not t[0].islower() or " " not in t) and (numbered or not _LATER_ITEM.match(t))
            for _, t in cells[k])

    # the runs of lines with no blank line between them, and each run's row starts
    runs = _blank_parted_runs(lines)
    starts_of = [[k for k in run if fresh(k) and _row_start(cells[k][0][1])] for run in runs]
    # a table whose rows are parted by blank lines already (most row starts have one above them):
    # the table finder parts its rows by those, and reads a row run on under another by its cells;
    # a line's room added above a few of them only would read as the rows' spacing
    firsts = [k for found in starts_of for k in found][1:]  # (the first is the heading's, or the first row's)
    under_blank = [k > 0 and not lines[k - 1].strip() for k in firsts]
    every = [k for found in starts_of for k in found]

    # each run's row starts under the row before: another start of the run has a cell where this
    # one's first cell starts (that column's text starts again at its left edge); (under a heading
    # line, a line of short labels is the heading's next line)
    def heading_goes_on(k: int) -> bool:
        """Line k is the next line of the heading line above it: short labels under short labels;
        under labels with no figures, not a value in each column with figures among them ('Care
        leavers in suitable  88%  92%  94%  R' under 'Indicator  Baseline  Target  Latest  RAG')
        nor one keyed by a reference where the other rows have theirs ('2  Send the signed
        minutes  Clerk  asap' under 'Ref  Action agreed  Responsible  Deadline')."""
        figures = sum(any(ch.isdigit() for ch in t) for _, t in cells[k])
        x, first = cells[k][0]
        # (a heading's label is one run of lines: a column whose label ended on the line above
        # and that has text again on this one starts a row there, 'Support and' at the left under
        # 'Development area' and a second heading line that left that column empty)
        if k - 2 >= 0 and lines[k - 2].strip() and any(
                any(abs(a - b) <= 1 for b, _ in cells[k - 2])
                and not any(b - 1 <= a < b + len(t) + 1 for b, t in cells[k - 1] or [(len(lines[k - 1]) - len(
                    lines[k - 1].lstrip()), lines[k - 1].strip())])
                for a, _ in cells[k]):
            return False
        keyed = _is_ref(first) and any(j != k and abs(cells[j][0][0] - x) <= 1 and _is_ref(cells[j][0][1])
                                       for j in every)
        return _heading_block([lines[k - 1], lines[k]]) and (
            figures < 2 and not keyed or any(ch.isdigit() for ch in lines[k - 1]) or len(cells[k]) < len(cells[k - 1]))

    if under_blank and 2 * sum(under_blank) >= len(under_blank):
        banners = _banners_under_headings(lines, cells, runs, starts_of)
        banners |= _dated_update_lines(lines, cells, runs, starts_of)
        banners |= _first_rows_under_headings(lines, runs, starts_of, heading_goes_on, narrow)
        return [a + sum(1 for b in banners if b <= k) for k, a in enumerate(at)]
    if not every:
        return list(at)
    left = min(cells[j][0][0] for j in every)
    gutter = min(cells[j][1][0] for j in every if cells[j][0][0] <= left + 1)
    # (another start of the page, in this run of lines or another, has a cell where this line's
    # first cell starts: a table's column goes on over a blank line)
    # (the run's first start is a heading or a first row: under a caption within the first
    # column, 'Priority 1: Timeliness of assessments', it stays with the lines above; under a line
    # across the columns, 'Area for improvement 3: …   Rachel Lindqvist', it is parted from it)
    found_of = [[k for k in starts if k - 1 in run and not heading_goes_on(k)
                 and (starts[0] < k or len(lines[k - 1].rstrip()) > gutter + 1)
                 and any(abs(x - cells[k][0][0]) <= 1 for j in every if j != k for x, _ in cells[j])]
                for run, starts in zip(runs, starts_of, strict=True)]
    # rows of one line each part already: nothing to do unless a row runs over lines into the next.
    # Then every row of the page is parted, those of one line too, and every banner: the table
    # finder reads a line's room above some rows as the rows' spacing, and would run the others
    # (and a banner under a row) into one
    if not any(k - 1 not in starts or _heading_block([lines[k - 1]])
               for starts, found in zip(starts_of, found_of, strict=True) for k in found):
        return list(at)
    # a form's records, not a table's rows: the lines' first and third cells are the same few
    # labels over and over ('Action ref … RAG rating …', 'Responsible officer … Target date …' in
    # every record; not an objective printed beside each of its rows); each line is a row already
    labels = Counter((cells[j][0][1], cells[j][2][1]) for j in every
                     if cells[j][0][0] <= left + 1 and len(cells[j]) > 2)  # (a tier's key and text: two cells)
    repeated = [n for n in labels.values() if n > 1]
    if len(repeated) >= _FORM_LABELS and sum(repeated) > len(every) // 2:
        return list(at)
    new: set[int] = {k for found in found_of for k in found}
    # a banner over the rows ('Priority 2: Pre-proceedings and the PLO', '2  Assessment and
    # planning' under a row's last line): one run of words from the rows' left edge across the
    # gutter after the first column, or a reference there and a heading in the next column
    for run, starts in zip(runs, starts_of, strict=True):
        for k in run[1:]:
            parts = [(m.start(), m.end(), m.group(0)) for m in _SEGMENT.finditer(lines[k])]
            # (and after the title, its lead: 'Lead: Rachel Fenwick')
            if len(parts) == 3 and _LABELLED.match(parts[2][2]):
                parts = parts[:2]
            # (under a row or the heading: a line over the table's heading is its caption)
            if k in starts or not parts or len(parts) > 2 or abs(parts[0][0] - left) > 1 \
                    or not any(j < k for j in starts) or _list_item_in_run(lines, run, k):
                continue
            if len(parts) == 1 and parts[0][1] > gutter + 1 and heading_line(parts[0][2]) \
                    or len(parts) == 2 and _is_ref(parts[0][2]) and abs(parts[1][0] - gutter) <= 1 \
                    and heading_line(parts[1][2]):
                new.add(k)
                if k + 1 in run and k + 1 in starts:
                    new.add(k + 1)
    new |= _numbered_banners(lines, cells, runs, starts_of, left)
    # a line at the rows' left edge that starts with a reference or a number this reading does not
    # take for a row's ('1.1 (i)', '(iii)', a row of too few cells): rows keyed so are more than
    # those found, and parting only some would run the others together: the page keeps its spacing
    known = set(every) | new
    for run, starts in zip(runs, starts_of, strict=True):
        if not starts:
            continue
        for k in run:
            text = lines[k].lstrip()
            if k not in known and abs(len(lines[k]) - len(text) - left) <= 1 and _keyed(text) \
                    and any(j < k for j in starts) and not ref_rest(k):
                return list(at)
    for run, starts in zip(runs, starts_of, strict=True):
        if not starts:
            continue
        # a first column that runs down beside several rows (an area, its lead under it): rows
        # start under it too, where the other columns start afresh together at their left
        # edges ('Train every ...  Workforce  30 November' under 'Strengthen early  Open two ...')
        for k in run:
            if k in new or k in starts or k - 1 not in run or not fresh(k, _ROW_CELLS - 1) \
                    or not _row_start(cells[k][0][1]):
                continue
            # its cells as many as the fewest a row start of the run has from that column on (a
            # wrapped cell's next line beside a name's second word, 'Questionnaire process so that
            # every  Lindqvist  Thackeray', has fewer)
            first = cells[k][0][0]
            over = [sum(x >= first - 1 for x, _ in cells[j]) for j in starts
                    if any(abs(x - first) <= 1 for x, _ in cells[j][1:])]
            if over and len(cells[k]) >= min(over) and not _heading_block([lines[k - 1], lines[k]]):
                new.add(k)
        # and where the area's last line stands beside a row's first line ('carers  Report placement
        # stability data to  Callum Okafor /  03/07/2026 …' under 'approved foster  11 and over'):
        # the area's text goes on at the left edge in lower case, and the other columns start
        # afresh together where the rows under the area (an empty first cell) start theirs (one
        # value in lower case among four or more, 'by end of', may stand beside them)
        under_area = [j for j in run if (j in new or j in starts) and cells[j] and cells[j][0][0] > left + 1]
        for k in run:
            if k in new or k in starts or k - 1 not in run or len(cells[k]) < _ROW_CELLS or not under_area:
                continue
            (x, area), rest = cells[k][0], cells[k][1:]
            above = cells[k - 1][0][0] if cells[k - 1] else len(lines[k - 1]) - len(lines[k - 1].lstrip())
            if abs(x - left) > 1 or _row_start(area) or abs(above - left) > 1 or not lines[k - 1].strip() \
                    or not _row_start(rest[0][1]) \
                    or not any(abs(rest[0][0] - cells[j][0][0]) <= 1 for j in under_area) \
                    or sum(t[0].islower() and " " in t for _, t in rest) > (len(rest) >= _ROW_CELLS):
                continue
            first = rest[0][0]
            over = [sum(x >= first - 1 for x, _ in cells[j]) for j in under_area]
            if len(rest) >= min(over):
                new.add(k)
    bumped, shift = list(at), 0
    for k in range(len(lines)):
        shift += k in new
        bumped[k] = at[k] + shift
    return bumped


def _widened(text: str, parts: dict[int, int]) -> str:
    """The line with a second space before each word that starts a column's cell after one space
    (_narrow_gutters): 'Lead officer Target date' read as the two labels it is."""
    for p in sorted(parts, reverse=True):
        if 0 < p < len(text) and text[p - 1] == " " and (p < 2 or text[p - 2] != " "):
            text = text[:p] + " " + text[p:]
    return text


def _first_rows_under_headings(lines: list[str], runs: list[list[int]], starts_of: list[list[int]],
                               heading_goes_on: Any, narrow: list[dict[int, int]] | None = None) -> set[int]:
    """The first row of a table whose rows are parted by blank lines, printed right under the
    heading's lines with no blank line between them ('Ref  Action  Lead officer  Due date' over
    '1.1  Review the allocation policy …'): the table finder would read the heading and that row
    as one row (and a heading's labels as the first row's text). A run of lines that starts with
    a heading line of short labels (its next lines too, a heading's labels wrapped: 'Action' over
    'owner'), then a line that starts a row and does not read as the heading going on: a row of
    its own. (The heading's labels are counted with its one-space gutters parted: 'Lead officer
    Target date' is two labels where the rows' cells start at 'Lead' and at 'Target'.)"""
    out = set()
    for run, starts in zip(runs, starts_of, strict=True):
        k = next((j for j in starts if j > run[0]), None)
        if k is None:
            continue
        heading = [_widened(lines[j], narrow[j] if narrow else {}) for j in range(run[0], k)]
        if _heading_block(heading) and not heading_goes_on(k):
            out.add(k)
    return out


def _banners_under_headings(lines: list[str], cells: list[list[tuple[int, str]]], runs: list[list[int]],
                            starts_of: list[list[int]]) -> set[int]:
    """Lines printed right under a table's heading line that are a banner over the rows below
    ('Finding 1: Information governance: …' under 'Action  Milestones  Lead officer'): one run of
    words from the heading's left edge across the gutter after its first column, that reads as a
    heading. Not the heading's next line (labels under labels): a row of its own."""
    out = set()
    for run, starts in zip(runs, starts_of, strict=True):
        # (the heading line may follow the document's title lines in the same run)
        if not starts or starts[0] + 1 not in run or len(cells[starts[0]]) < 2:
            continue
        head = starts[0]
        edge = cells[head][0][0]
        k = head + 1
        parts = [(m.start(), m.end(), m.group(0)) for m in _SEGMENT.finditer(lines[k])]
        if len(parts) == 1 and abs(parts[0][0] - edge) <= 1 \
                and parts[0][1] > cells[head][1][0] + 1 and heading_line(parts[0][2]):
            out.add(k)
    return out


def _dated_update_lines(lines: list[str], cells: list[list[tuple[int, str]]], runs: list[list[int]],
                        starts_of: list[list[int]]) -> set[int]:
    """Lines under a row that hold only a date and a comment, the date in a column the line above
    leaves empty ('        21 Jun 2025     Draft shared with managers' under an action's lines): a
    dated update printed as a row of its own under its action (normalise/datedupdates.py), which
    would run into the action's row above it."""
    from planx.normalise.datedupdates import date_alone  # (normalise imports extract)
    out: set[int] = set()
    every = [k for starts in starts_of for k in starts]
    for run, starts in zip(runs, starts_of, strict=True):
        dated = []
        for k in run:
            if len(cells[k]) != 2 or not any(j < k for j in every):
                continue
            (x, date), (y, _) = cells[k]
            above = [] if k - 1 not in run else \
                [a for a, _ in cells[k - 1]] or [len(lines[k - 1]) - len(lines[k - 1].lstrip())]
            if date_alone(date) is None or any(abs(a - x) <= 1 for a in above) \
                    or not any(abs(a - y) <= 1 for j in every for a, _ in cells[j]):
                continue
            dated.append(k)
        out.update(k for k in dated if k - 1 in run)  # (one after a blank line is parted already)
        # (the next action's row printed right under an update's last line starts a row of its own too)
        out.update(k for k in starts if dated and k > dated[0])
    return out


def _blank_parted_runs(lines: list[str]) -> list[list[int]]:
    """The runs of lines (their indexes) with no blank line between them; the last may be empty."""
    runs: list[list[int]] = [[]]
    for k, text in enumerate(lines):
        if not text.strip():
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(k)
    return runs


def _spanning_lines(lines: list[str], at: list[int]) -> tuple[list[int], set[int]]:
    """Positions (see _positions) with a line's room added above and below each line printed
    across the table's columns inside a row ('1.1  Plant 5,000 trees …  Head of Highways  Q4  R',
    then '      Latest position - Slipped because of staff vacancies; recovery plan agreed.'
    running on under the Lead column): a row's update or note set in a cell that spans the
    table, a row of its own; and those lines. The evidence is how text lines up: a cell's text
    never runs over the left edge of the next column, so one run of words (single spaces) on a
    row's later line, starting at a column's left edge, that runs over the start of a column the
    row's first line holds (in a word, or at a space off the column's start) is no cell's next
    line. Cells run together over a narrow gutter part at a space at each column's start
    (_narrow_gutters): not such a line. A line of the table that opens with the same words at the
    same place as such a line ('Latest position - Pilot running in two wards.', too short to
    reach the next column) is the same kind of row."""
    runs = _blank_parted_runs(lines)
    left = min((len(t) - len(t.lstrip()) for t in lines if t.strip()), default=0)
    # the column starts of each line: after a gutter of two spaces or more
    starts = [{m.end() for m in _COLUMN_START.finditer(text.rstrip())} for text in lines]
    found: set[int] = set()
    later: list[tuple[int, int]] = []  # (run, line) of the rows' later lines of one run of words
    for r, run in enumerate(runs):
        for i, k in enumerate(run):
            segments = [(m.start(), m.end()) for m in _SEGMENT.finditer(lines[k])]
            # (a row's later line: under the row's first line, of two cells or more)
            if i == 0 or len(segments) != 1 or len(starts[run[0]]) < 2:
                continue
            a, b = segments[0]
            # (starting at a column's left edge right of the first, as the cell it spans from does)
            if a <= left + 1 or not any(abs(a - q) <= 1 for q in starts[run[0]]):
                continue
            later.append((r, k))
            singles = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", lines[k])]
            crossed = [q for q in starts[run[0]] if a + 2 < q < b - 2]
            if any(not any(abs(p + 1 - q) <= _COLUMN_SLACK for p in singles) for q in crossed):
                found.add(k)
    # the same kind of row: opening with the same words at the same place
    openings = {(len(lines[k]) - len(lines[k].lstrip()), " ".join(lines[k].split()[:2])) for k in found}
    found |= {k for _, k in later if (len(lines[k]) - len(lines[k].lstrip()), " ".join(lines[k].split()[:2]))
              in openings}
    if not found:
        return list(at), found
    new = found | {k + 1 for k in found if k + 1 < len(lines) and lines[k + 1].strip()}
    bumped, shift = list(at), 0
    for k in range(len(lines)):
        shift += k in new
        bumped[k] = at[k] + shift
    return bumped, found


_HEADING_LABELS = 4  # labels at least on a heading line that parts a page's tables where it repeats
_SAME_LABELS = 0.7  # of its labels: those it shares with the heading line it repeats
_BANNER_LINES = 3
_SECTION_ROOM = 5  # lines' room added above such a section: more than the table finder joins again (merge_blocks)


def _repeated_headings(lines: list[str], at: list[int]) -> list[int]:
    """Positions (see _positions) with room added above a table's heading line printed again
    further down the page, with the banner lines right over it ('AREA FOR IMPROVEMENT 6: …
    Quentin Brennan', then 'OBJECTIVE  OUTCOMES  Action description  …' once more): each section
    under a banner is a table of its own, as the PDF's tables were, and a PDF-to-text tool sets each one's
    columns where its own text falls, a few characters left or right of the last one's, so that
    read as one table the columns' gutters close. A heading line: four labels or more parted by
    two spaces or more, no figures; repeated when most of its labels are the earlier one's (a
    letter or two may differ: 'OBJECTIVE' printed with look-alike letters)."""
    seen: list[list[str]] = []
    room: list[int] = []
    for k, text in enumerate(lines):
        labels = [p.casefold() for p in re.split(r"\s{2,}", text.strip()) if p]
        if len(labels) < _HEADING_LABELS or any(ch.isdigit() for ch in text):
            continue
        again = any(abs(len(h) - len(labels)) <= 1 and sum(p in h for p in labels) >= _SAME_LABELS * len(labels)
                    for h in seen)
        seen.append(labels)
        if not again:
            continue
        # (and the banner lines over it, a blank line between them and the heading or none: one or
        # two runs each, three lines at most, up to a blank line or a line of more runs above them)
        top, j = k, k - 1
        while j >= 0 and k - j <= _BANNER_LINES and (not lines[j].strip() and top == k or len(
                re.split(r"\s{2,}", lines[j].strip())) <= 2 and lines[j].strip()):
            top = j if lines[j].strip() else top
            j -= 1
        # (a banner over it says a section starts there)
        if 0 < top < k:
            room.append(top)
    if not room:
        return at
    out, shift = list(at), 0
    for k in range(len(lines)):
        shift += _SECTION_ROOM * (k in room)
        out[k] = at[k] + shift
    return out


_DATE_WORD = re.compile(r"(?i)\b(?:(?:19|20)\d\d|\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


def _date_goes_on(cell: tuple[int, str], below: list[tuple[int, str]]) -> bool:
    """A cell in lower case ('end of', 'by end of') that reads as a date with the cell under it
    ('October', 'Sept 26'): a month or a year in the two."""
    x, text = cell
    under = next((t for b, t in below if abs(b - x) <= 1), "")
    return bool(_DATE_WORD.search(f"{text} {under}"))


_BANNER_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]?\s+[A-Z]")
_ITEM_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]\s+\S")


def _list_item_in_run(lines: list[str], run: list[int], k: int) -> bool:
    """Line k is an item of a numbered list whose next or previous item is the line right below or
    above it, set where it starts ('1. Audit twenty records' over '2. Feed findings into practice
    week' under a box's label 'Key steps'): a list a cell holds, one item a line. A section's
    numbered banner heads the rows under it, so the next number comes only after them."""
    m = _ITEM_NUMBER.match(lines[k].lstrip())
    if m is None:
        return False
    indent = len(lines[k]) - len(lines[k].lstrip())
    for j, step in ((k - 1, -1), (k + 1, 1)):
        if j not in run:
            continue
        other = _ITEM_NUMBER.match(lines[j].lstrip())
        if other is not None and len(lines[j]) - len(lines[j].lstrip()) == indent \
                and int(other.group(1)) == int(m.group(1)) + step:
            return True
    return False


def _numbered_banners(lines: list[str], cells: list[list[tuple[int, str]]], runs: list[list[int]],
                      starts_of: list[list[int]], left: int) -> set[int]:
    """The numbered headings of a table's sections, each alone on its line at the rows' left edge
    right over a row's first line (three cells or more, the first at the left edge and starting
    afresh), short enough to stand within the first column ('2. We
    understand who uses our services' over 'Train all managers …  Service Manager  2nd August …'):
    read as banners (with the row under each) when two of them or more number on in order (1, 2,
    3 …) down the page, as a section's headings do. A list inside a cell ('2. Then …') never
    stands alone over a row's first line with its first item alone over the row before."""
    found: list[tuple[int, int]] = []
    for run, starts in zip(runs, starts_of, strict=True):
        if not any(starts):
            continue
        for k in run:
            text = lines[k]
            m = _BANNER_NUMBER.match(text.lstrip())
            if m is None or "  " in text.strip() or abs(len(text) - len(text.lstrip()) - left) > 1 \
                    or not heading_line(text.strip()) or k + 1 not in run or not cells[k + 1] \
                    or len(cells[k + 1]) < _ROW_CELLS - 1 or not _row_start(cells[k + 1][0][1]) \
                    or abs(cells[k + 1][0][0] - left) > 1:
                continue
            found.append((k, int(m.group(1))))
    numbers = [n for _, n in found]
    if len(found) < 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return set()
    return {j for k, _ in found for j in (k, k + 1)}


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


def _page(number: int, lines: list[tuple[int, str]], hints: tuple[float, ...] = (),
          headings: list[list[tuple[int, str]]] | None = None,
          printed: list[str] | None = None, widened: dict[int, str] | None = None) -> tuple[PageResult, list[int]]:
    """One page's tables and the lines outside them, as the PDF reader's page result, and each
    line's position down the page (see _positions, _row_starts). `hints`: the columns of the table
    the page before ended with (it may go on here); `headings`: the heading lines of the pages
    before (_heading_words), whose columns a heading printed again here keeps (_repeated_heading_columns);
    `widened` gets the page's lines (by the file's line) whose one-space gutters were read as a
    column's start, with those gutters widened (_widened)."""
    texts = [text for _, text in lines]
    # two columns' cells printed on alternate lines: each pair is one line of the page (_interleaved)
    pairs = _interleaved(texts)
    second = {j for _, j in pairs}
    kept = [k for k in range(len(texts)) if k not in second]
    if pairs:
        texts = _fold(texts, pairs)
        printed = _fold(printed, pairs) if printed is not None else None
    at = _positions(texts)
    narrow = _narrow_gutters(texts)
    _repeated_heading_columns(printed or texts, narrow, headings or [])
    at = _row_starts(texts, at, narrow)
    if widened is not None and not pairs:
        widened.update({k: _widened(text, parts) for (k, text), parts in zip(lines, narrow, strict=True) if parts})
    at, spanning = _spanning_lines(texts, at)
    narrow = [{} if k in spanning else parts for k, parts in enumerate(narrow)]
    found, free, height = _tables(texts, at, narrow, hints)
    # a heading printed again down the page: read each section as a table of its own when that
    # parts heading labels that reading the page's tables as one ran together into one cell
    parted = _repeated_headings(texts, at)
    if parted != at and (fused := _fused_labels(found, texts)):
        again = _tables(texts, parted, narrow, hints)
        if _fused_labels(again[0], texts) < fused:
            (found, free, height), at = again, parted
    free.sort(key=lambda ln: ln.top)
    result = PageResult(number=number, height=height)
    result.tables = found
    result.carry = PageLayout(found, free).carry()
    result.paragraphs = [(ln.top, ln.text, False, 0.0, False, "", 0.0) for ln in free]
    if pairs:  # (a pair's second line has no position of its own: its text stands on the first's)
        placed = [-1] * (len(texts) + len(second))
        for k, pos in zip(kept, at, strict=True):
            placed[k] = pos
        at = placed
    return result, at


def _fold(texts: list[str], pairs: list[tuple[int, int]]) -> list[str]:
    """The lines with each pair's two lines overlaid as one (_interleaved)."""
    out = list(texts)
    for i, j in pairs:
        out[i] = _overlay(texts[i], texts[j])
    second = {j for _, j in pairs}
    return [t for k, t in enumerate(out) if k not in second]


_INTERLEAVED_LINES = 4  # lines at least of two columns' cells printed on alternate lines


def _segments(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _SEGMENT.finditer(text)]


def _goes_on(upper: str, lower: str, width: int) -> str:
    """How a column's line goes on from the line above it in its cell: 'yes' (lower case, the
    line above ending mid-phrase, or the two make one date that neither is alone: 'By 31' /
    'October'), 'wrap' (its first word would not have fitted on the line above, in the column's
    `width`: weaker, as a column's width is only known from its lines), 'hard' (figures or codes
    stacked, one per row) or 'no' (nothing says either)."""
    if atomic(upper) and atomic(lower) and not broken_date(upper, lower):
        return "hard"
    if lower.lstrip("\"'“‘(")[:1].islower() or CONTINUES.search(upper) or broken_date(upper, lower):
        return "yes"
    if find_dates(f"{upper} {lower}") and not find_dates(upper) and not find_dates(lower):
        return "yes"
    if len(upper) + 1 + len(lower.split()[0]) > width:
        return "wrap"
    return "no"


def _interleaved(texts: list[str]) -> list[tuple[int, int]]:
    """Pairs of lines (k, k + 1) that are one line of the table, printed as two: a PDF-to-text
    tool sets each line of text at the character row nearest its place, and where the lines of a
    tall cell in one column sit between the lines of another column's cell (set apart by their own
    leading, or centred against them), it prints the two columns' cells on alternate lines. Read
    as printed, each line of one column's cell is parted from the next by a line of the other
    column, and its wrapped lines read as rows of their own ('Agree a DSG deficit' / 'management
    plan with the' / 'Schools Forum' under one another's line of 'Dedicated Schools' / 'Grant high
    needs'). The evidence: four lines or more, no blank between them, whose texts alternate
    between two sets of columns that never meet (each line's runs of words lie clear of the lines
    above and below it), each set's lines going on in the columns of its line before (no column
    starts there afresh), and the text of each set saying that it goes on (_goes_on: lower case, a
    line ending mid-phrase, a line filling its column's width, a date's pieces), with no figures
    or codes stacked one per row. Each such pair is one line: the first and the second overlaid."""
    segs = [_segments(text) for text in texts]
    # each column's width on the page: the longest run of words starting at its left edge, or the
    # room up to the next column's start less a gutter (a column whose lines all fell short)
    widths: dict[int, int] = {}
    starts: Counter[int] = Counter()
    for row in segs:
        for a, b, _ in row:
            widths[a] = max(widths.get(a, 0), b - a)
            starts[a] += 1

    def width(x: int) -> int:
        room = min((a - x - 2 for a, n in starts.items() if a > x + 1 and n >= 2), default=0)
        return max([room] + [w for a, w in widths.items() if abs(a - x) <= 1])

    def clear(k: int, j: int) -> bool:
        return bool(segs[k]) and bool(segs[j]) and all(
            b + 2 <= c or d + 2 <= a for a, b, _ in segs[k] for c, d, _ in segs[j])

    def follows(j: int, k: int) -> list[str]:
        # how line k (two lines under line j) goes on in the columns of line j (_goes_on)
        found: list[str] = []
        for a, _, lower in segs[k]:
            above = [t for c, _, t in segs[j] if abs(c - a) <= 1]
            found.append(_goes_on(above[0], lower, width(a)) if above else "hard")
        return found

    def told(side: list[int]) -> bool:
        # the set's text says it goes on: once plainly, or twice by lines filling their column
        kinds = [kind for j, k in zip(side, side[1:], strict=False) for kind in follows(j, k)]
        return "hard" not in kinds and ("yes" in kinds or kinds.count("wrap") >= 2)

    def steady(j: int, k: int) -> bool:
        # each run of words of line k starts where one of line j starts: no column starts afresh
        return all(any(abs(a - c) <= 1 for c, _, _ in segs[j]) for a, _, _ in segs[k])

    pairs: list[tuple[int, int]] = []
    k = 0
    while k + _INTERLEAVED_LINES <= len(texts):
        # (a line right under a line of its columns, going on in them at the table's pitch: the
        # alternation starts under it)
        if k > 0 and segs[k - 1] and segs[k] and steady(k - 1, k):
            k += 1
            continue
        end = k + 1
        while end < len(texts) and clear(end - 1, end) and (end - k < 2 or steady(end - 2, end)):
            end += 1
        run = list(range(k, end))
        if len(run) < _INTERLEAVED_LINES:
            k += 1
            continue
        evens, odds = run[0::2], run[1::2]
        # each set's text goes on from its line above; one set's runs of words clear of the other's
        if told(evens) and told(odds) and all(clear(i, j) for i in evens for j in odds):
            pairs += [(i, i + 1) for i in evens if i + 1 in run]
            k = end
            continue
        k += 1
    return pairs


def _overlay(upper: str, lower: str) -> str:
    """Two lines whose texts lie clear of each other, as one."""
    chars = list(upper.ljust(max(len(upper), len(lower))))
    for i, ch in enumerate(lower):
        if ch != " ":
            chars[i] = ch
    return "".join(chars).rstrip()


def _heading_words(text: str) -> list[tuple[int, str]]:
    """A heading line's words with where each starts, and where each label starts ('Ref  Action
    Lead  2026  Status': four labels or more parted by two spaces or more, most of them words, not
    figures or marks); [] for any other line."""
    labels = [m for m in re.finditer(r"\S+(?: \S+)*", text)]
    if len(labels) < _HEADING_LABELS or sum(any(ch.isalpha() for ch in m.group()) and len(m.group()) >= 3
                                            for m in labels) * 3 < 2 * len(labels):
        return []
    return [(m.start(), ("\t" if m.start() in {lb.start() for lb in labels} else "") + m.group())
            for m in _WORD.finditer(text)]


def _repeated_heading_columns(texts: list[str], narrow: list[dict[int, int]],
                              headings: list[list[tuple[int, str]]]) -> None:
    """A table's heading line printed again atop a later page (the same words, in order, as a
    heading line of a page before, its labels within a few characters of where they stood) keeps
    that page's columns: its label starts are where the columns start, though the rows under it
    are set a few characters left of them ('… programme in Key Deputy' with 'Deputy' at 45 and
    'Lead' at 49, 'statutory        Headteacher' with 'Headteacher' at 45), so that no gutter is
    left between two columns and the page's table runs them together ('Action Lead'). Below the
    heading, a line's run of words set within _SHIFT characters left of a label's start, nearer it
    than the column before, starts that column's cell (moved to the label's start, as _line moves
    the words of `narrow`), and so does the word after one space nearest a label's start in a run
    of words that runs past it, when it opens as a cell does (a capital, a figure, a bracket: a
    name, a date), after two words or more of the cell before."""
    if not headings:
        return
    columns: set[int] = set()
    last = -1
    for k, text in enumerate(texts):
        words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
        folded = [fold(w) for _, w in words]
        match = next((h for h in headings if [fold(w.lstrip("\t")) for _, w in h] == folded), None)
        if match is None or (last >= 0 and k > last + 2):
            continue  # (the heading's lines, one under another: 'Ref  Action  Lead  2026' over 'Apr  May')
        starts = [words[i][0] for i, (_, w) in enumerate(match) if w.startswith("\t")]
        before = [x for x, w in match if w.startswith("\t")]
        if any(abs(a - b) > _SHIFT for a, b in zip(starts, before, strict=True)):
            continue  # another layout: a table of its own
        columns.update(starts)
        last = k
    if last < 0:
        return
    left = min(columns)
    for j in range(last + 1, len(texts)):
        if j < len(narrow) and not _short_labels_only(texts[j]) and not _banner_across(texts[j], left):
            _keep_columns(texts[j], sorted(columns), narrow[j])


def _banner_across(text: str, left: int) -> bool:
    """One run of words from the table's left edge that reads as a heading ('Meeting of 21
    November 2023' across the first columns of an action log): a banner over the rows below, its
    words parted by single spaces, none of them a cell squeezed against the one before (a row's
    cells squeezed so leave its other cells beyond, after a gutter)."""
    runs = _segments(text)
    return len(runs) == 1 and abs(runs[0][0] - left) <= 1 and heading_line(runs[0][2])


def _short_labels_only(text: str) -> bool:
    """A line of short labels only ('Q1   Q2   Q3   Q4', 'Apr  May  Jun' under a heading): the heading's
    own sub-labels, set where their columns are, not a row's cells squeezed left of them."""
    runs = [m.group() for m in _SEGMENT.finditer(text)]
    return bool(runs) and all(len(r.strip()) <= 4 for r in runs)


_CELL_OPENS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ(0123456789")  # how a cell squeezed against the one before opens


def _keep_columns(text: str, starts: list[int], parts: dict[int, int]) -> None:
    """One line under a repeated heading whose columns start at `starts` (see _repeated_heading_columns)."""
    segments = [(m.start(), m.end()) for m in _SEGMENT.finditer(text)]
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    for i, q in enumerate(starts[1:], 1):
        prev = starts[i - 1]
        for a, b in segments:
            if a < q and q - a <= _SHIFT and q - a < a - prev and a not in parts:
                parts[a] = q  # set a few characters left of its column, after a gutter
            elif a < q - 1 and b > q:  # runs over the column's start: part at its nearest space
                inside = [w for w in words if a < w[0] < b and words.index(w) >= 1
                          and w[0] - words[words.index(w) - 1][1] == 1 and text[w[0]] in _CELL_OPENS]
                near = [x for x, _ in inside if q - _SHIFT <= x <= q + _COLUMN_SLACK and q - x < x - prev]
                if not near:
                    continue
                x0 = min(near, key=lambda x: abs(x - q))
                if len(text[a:x0].split()) >= 2 and x0 not in parts:
                    for x in [x for x in parts if q - _SHIFT <= x < x0]:
                        del parts[x]  # (a part nearer the column, read from the page alone: 'Key | Deputy')
                    parts[x0] = q


def _tables(texts: list[str], at: list[int], narrow: list[dict[int, int]],
            hints: tuple[float, ...]) -> tuple[list[Any], list[Line], float]:
    """The page's tables and free lines, its lines set at positions `at` (and its height)."""
    rules = [_rule(text, at[i]) for i, text in enumerate(texts) if _RULE_LINE.match(text)]
    made = [ln for i, text in enumerate(texts)
            if not _RULE_LINE.match(text) and (ln := _line(text, at[i], narrow[i])) is not None]
    width = max((ln.x1 for ln in made), default=0.0) + CHAR
    height = max(len(texts), 1) * PITCH
    found, free = borderless_tables(made, rules, [], (0.0, 0.0, width, height), hints, centred_groups=False)
    return found, free, height


def _fused_labels(tables: list[Any], texts: list[str]) -> int:
    """How many of the page's heading lines' labels (see _repeated_headings) a cell of the tables
    found holds together with the label beside it ('Action description PROGRESS MILESTONES' in
    one cell: the gutter between their columns closed)."""
    pairs: set[str] = set()
    for text in texts:
        labels = [p for p in re.split(r"\s{2,}", text.strip()) if p]
        if len(labels) >= _HEADING_LABELS and not any(ch.isdigit() for ch in text):
            pairs |= {f"{a} {b}" for a, b in zip(labels, labels[1:], strict=False)}
    return sum(any(pair in line for pair in pairs) for t in tables for c in t.cells for line in c.text.split("\n"))


__all__ = ["is_layout_text", "parse_layout"]
