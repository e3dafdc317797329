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
from planx.extract.text import standalone_heading

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
    for block in stitch(pages):
        if isinstance(block, tuple):
            page, top, text, heading, *_ = block
            doc.blocks.append(Paragraph(text=text.strip(), page=page, line=line_of.get(page, 0) + int(top / PITCH),
                                        heading=heading))
            continue
        rows = model_rows(block)
        doc.blocks.append(Table(rows=rows, page=block.page, index=sum(isinstance(b, Table) for b in doc.blocks) + 1))
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
    the columns of the table the page before ended with (it may go on here). The page is first
    parted into regions (`regions`): the borderless finder looks for tables in each alone, so
    a heading or a line of prose between two small tables is neither a row of either nor joins
    them, and its text is kept whole. A region's table finder is given the columns of the table
    found above it on the page (a plan's sections repeat one table's columns; a short table of
    two rows says little of its own gutters)."""
    texts = [text for _, text in lines]
    width = max((len(t) for t in texts), default=0) * CHAR + CHAR
    height = max(len(lines), 1) * PITCH
    result = PageResult(number=number, height=height)
    free: list[Line] = []
    parted = regions(texts)
    for region, grouped in parted:
        slots = {i: i for i in region} if grouped else _packed(texts, region)
        rules = [_rule(texts[i], slots[i]) for i in region if _RULE_LINE.match(texts[i])]
        made = {i: ln for i in region
                if not _RULE_LINE.match(texts[i]) and (ln := _line(texts[i], slots[i])) is not None}
        found, left = borderless_tables(list(made.values()), rules, [], (0.0, 0.0, width, height),
                                        tuple(result.tables[-1].col_edges) if result.tables else hints)
        # back in the page's own lines: the tables and the lines left over keep their order with
        # the lines outside the regions, and each paragraph its line number
        line_at = {slot: i for i, slot in slots.items()}
        for table in found:
            x0, top, x1, bottom = table.bbox
            table.bbox = (x0, _unslot(top, line_at), x1, _unslot(bottom, line_at))
        result.tables.extend(found)
        back = {id(ln): i for i, ln in made.items()}
        free.extend(ln for f in left if (ln := _line(texts[back[id(f)]], back[id(f)]) if id(f) in back else f))
    inside = {i for region, _ in parted for i in region}
    free.extend(ln for i, t in enumerate(texts) if i not in inside and (ln := _line(t, i)) is not None)
    free.sort(key=lambda ln: ln.top)
    result.carry = PageLayout(result.tables, free).carry()
    result.paragraphs = [(ln.top, ln.text, heading_line(texts, int(ln.top / PITCH)), 0.0, False) for ln in free]
    return result


def _packed(texts: list[str], region: list[int]) -> dict[int, int]:
    """The region's lines one under the other, the blank lines of its body left out: a PDF-to-text
    tool leaves a blank line where the white space between two lines passes a threshold, so one
    blank line says little of where a row ends (the finder reads rows from the text). The header's
    lines, down to the first line from the left edge under the first, keep their blank lines (one
    parts a group's heading from its columns' headings). A table whose lines are mostly set apart
    by blank lines keeps them all (they are its spacing), as a table of groups does (its group
    rows are set apart by them)."""
    parted = sum(i - above > 1 for above, i in zip(region, region[1:], strict=False))
    if 2 * parted >= len(region) - 1:
        return {i: i for i in region}  # most lines set apart: the blank lines are the table's spacing
    left = min(runs(texts[i])[0][0] for i in region)
    slots = {region[0]: region[0]}
    in_header = True
    for above, i in zip(region, region[1:], strict=False):
        slots[i] = slots[above] + (i - above if in_header else 1)
        in_header = in_header and runs(texts[i])[0][0] > left
    return slots


def _unslot(y: float, line_at: dict[int, int]) -> float:
    """A height on the region's packed lines as a height on the page."""
    slot = int(y // PITCH)
    return line_at.get(slot, slot) * PITCH + (y - slot * PITCH)


# ---- regions: where tables may be ---------------------------------------------------------------

# a run of text: characters parted by single spaces at most
_RUN = re.compile(r"\S+(?: \S+)*")
# a heading numbered after its word ('Action 3: ...', 'Priority 1 – ...', 'Commitment 2 - ...'),
# a label and its value ('Lead: J Smith'), a line all in capitals: never a wrapped cell's line
_NUMBERED_HEADING = re.compile(r"^[A-Z][A-Za-z]+ \d+(?:\.\d+)*\s*[:.–—-]\s*\S")
_LABEL_VALUE = re.compile(r"^[A-Z][\w'’&/ ()-]{0,30}:\s+\S")
# blank lines in a row that part two regions (pdftotext leaves one between a table's rows)
REGION_BLANKS = 2


def runs(text: str) -> list[tuple[int, int]]:
    """The line's runs of text (start, end), parted by two spaces or more."""
    return [(m.start(), m.end()) for m in _RUN.finditer(text)]


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def headed_line(text: str) -> bool:
    """Does a line read as a heading or a label line whatever is around it?"""
    body = text.strip()
    return bool(_capitals(body) or _NUMBERED_HEADING.match(body) or _LABEL_VALUE.match(body))


def _lines_up(start: int, end: int, row: list[tuple[int, int]]) -> bool:
    """Does a run from `start` to `end` sit in one of the row's columns: it starts where one of
    the row's runs starts (a character either way) and ends before the next one starts?"""
    for k, (s, _) in enumerate(row):
        if abs(s - start) <= 1:
            following = row[k + 1][0] if k + 1 < len(row) else None
            return following is None or end < following - 1
    return False


def _left_edge(texts: list[str]) -> int:
    return min((len(t) - len(t.lstrip()) for t in texts if t.strip()), default=0)


def _wrapped_cell(texts: list[str], i: int) -> bool:
    """Is line i, one run of text, a wrapped cell's line? Its neighbours (through other such
    lines, no blank line between) reach a row of several columns, and it sits in one of that
    row's columns; a line running over a gutter is not, nor one from the page's left edge that
    reads as a heading or a label line (set inside a later column it is that column's text)."""
    (start, end), = runs(texts[i])
    if start <= _left_edge(texts) and headed_line(texts[i]):
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(texts) and texts[j].strip() and not _RULE_LINE.match(texts[j]):
            row = runs(texts[j])
            if len(row) > 1:
                if _lines_up(start, end, row):
                    return True
                break
            if row[0][0] <= _left_edge(texts) and headed_line(texts[j]):
                break
            j += step
    return False


def regions(texts: list[str]) -> list[tuple[list[int], bool]]:
    """The page's lines (by index) in regions a table may fill: parted by runs of blank lines
    and by lines of one run of text that are no wrapped cell (a heading, a title, prose, a
    'Label: value' line). Each region holds a line of several columns; the rest are paragraphs.
    A lone line between two regions with the same columns is a group's row of one table
    (`_join_groups`); such a region is marked True."""
    return _join_groups(texts, _parts(texts))


def _parts(texts: list[str]) -> list[list[int]]:
    parts: list[list[int]] = [[]]
    blanks = 0
    for i, text in enumerate(texts):
        if not text.strip():
            blanks += 1
            if blanks >= REGION_BLANKS and parts[-1]:
                parts.append([])
            continue
        blanks = 0
        found = runs(text)
        if len(found) == 1 and not _RULE_LINE.match(text) and not _wrapped_cell(texts, i):
            if parts[-1]:
                parts.append([])
            continue
        parts[-1].append(i)
    return [p for p in parts if any(len(runs(texts[i])) > 1 for i in p)]


def _starts(texts: list[str], region: list[int]) -> set[int]:
    return {s for i in region if len(row := runs(texts[i])) > 1 for s, _ in row}


def _first_label(texts: list[str], region: list[int]) -> str:
    """The first cell of the region's first row of several columns: the same again below opens
    a table (a repeated header row) or a record (a card's first label) of its own."""
    for i in region:
        row = runs(texts[i])
        if len(row) > 1:
            return texts[i][row[0][0]:row[0][1]]
    return ""


def _blank_run(texts: list[str], lo: int, hi: int) -> int:
    """The longest run of blank lines among lines lo..hi-1."""
    longest = run = 0
    for i in range(lo, hi):
        run = run + 1 if not texts[i].strip() else 0
        longest = max(longest, run)
    return longest


def _group_line(texts: list[str], i: int, left: int) -> bool:
    """A line that may be a group's row: one run from the table's left edge, no heading by
    its own form (numbered after a word, capitals, a label and value)."""
    found = runs(texts[i])
    return len(found) == 1 and abs(found[0][0] - left) <= 1 and not headed_line(texts[i])


def _set_alike(texts: list[str], i: int, j: int) -> bool:
    """Lines i and j each with (or each without) a blank line under them."""
    def below(k: int) -> bool:
        return k + 1 < len(texts) and not texts[k + 1].strip()
    return below(i) == below(j)


def _join_groups(texts: list[str], parts: list[list[int]]) -> list[tuple[list[int], bool]]:
    """Regions joined across blank lines or a lone group line: the lines between them are none,
    or one line of one run from the left edge, no heading by its form, no two blank lines around
    it; the region below has the columns of the one above and does not open with the same first
    cell again (`_first_label`). The table's first group line, set as the later
    one is above its first rows, joins too."""
    joined: list[list[int]] = []
    grouped: list[list[int]] = []  # each joined region's lone lines taken in
    for part in parts:
        if joined and _joins(texts, joined[-1], part):
            lone = [i for i in range(joined[-1][-1] + 1, part[0]) if texts[i].strip()]
            joined[-1] = [*joined[-1], *lone, *part]
            grouped[-1].extend(lone)
            continue
        joined.append(list(part))
        grouped.append([])
    return [(_first_group(texts, region, lone), bool(lone)) for region, lone in zip(joined, grouped, strict=True)]


def _joins(texts: list[str], above: list[int], below: list[int]) -> bool:
    between = [i for i in range(above[-1] + 1, below[0]) if texts[i].strip()]
    if len(between) > 1 or between and _blank_run(texts, above[-1] + 1, below[0]) >= REGION_BLANKS:
        return False
    left = min(runs(texts[i])[0][0] for i in above)
    if between and not _group_line(texts, between[0], left) or _first_label(texts, above) == _first_label(texts, below):
        return False
    have = _starts(texts, above)
    return all(any(abs(s - h) <= 1 for h in have) for s in _starts(texts, below))


def _first_group(texts: list[str], region: list[int], grouped: list[int]) -> list[int]:
    """The line over a joined region's first rows, set as its later group lines are, is its first group row."""
    if not grouped:
        return region
    above = next((i for i in range(region[0] - 1, -1, -1) if texts[i].strip()), None)
    if above is None or _blank_run(texts, above + 1, region[0]) >= REGION_BLANKS:
        return region
    later = grouped[0]
    if _group_line(texts, above, runs(texts[later])[0][0]) and _set_alike(texts, above, later):
        return [above, *region]
    return region


def heading_line(texts: list[str], i: int) -> bool:
    """Does line i read as a heading: numbered after its word or all in capitals, or short and
    set apart by blank lines as text.py's `standalone_heading` reads it?"""
    if not 0 <= i < len(texts) or len(runs(texts[i])) != 1:
        return False
    body = " ".join(texts[i].split())
    if _capitals(body) or _NUMBERED_HEADING.match(body):
        return True
    above = i == 0 or not texts[i - 1].strip()
    below = i + 1 >= len(texts) or not texts[i + 1].strip()
    return above and below and standalone_heading(body)


__all__ = ["is_layout_text", "parse_layout"]
