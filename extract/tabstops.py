"""Tables laid out with tab stops: ordinary Word paragraphs that share one set of tab stops
('Ref<TAB>What we will do<TAB>Lead<TAB>By when', then a paragraph per action) are a table drawn
without a table. Each paragraph is a row; each tab stop starts a column; a manual line break
(w:br) inside a paragraph continues the same row, its text tabbed to the column it goes on in.
Paragraphs without tabs between such rows ('Priority 1: The front door') are rows across the
table, as a merged banner row is in a Word table.

Pure functions on text and stop positions: extract/docx.py finds the paragraphs and their stops."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planx.extract.model import Cell, Row, Table

# how wide an average character prints, as a share of the font size: low on purpose (Calibri and
# Times run about 0.48 em), so that a tab moves past a stop only when its text surely overran it
_CHAR_EM = 0.4
_TWIPS_PER_POINT = 20
_DEFAULT_SIZE = 11.0  # points: Word's body text when neither the run nor its style says
MIN_STOPS = 2  # stops a paragraph sets, at least, to lay out columns (one stop is a label and its value)
MIN_ROWS = 3  # paragraphs on the stops, at least: a heading row and two rows under it
MIN_COLUMNS = 3  # columns the rows fill between them, at least
MAX_GAP = 2  # paragraphs without tabs, at most, between two rows of one table (its banners)


@dataclass
class TabParagraph:
    """What the table reader needs of one body paragraph."""
    text: str  # as printed, tabs kept, a manual line break as '\n'
    stops: tuple[int, ...]  # its custom tab stops, in twips from the indent, left to right; () for none
    size: float = 0.0  # font size in points (0: not known)
    bold: bool = False
    page: int = 0
    line: int = 0

    @property
    def is_row(self) -> bool:
        return len(self.stops) >= MIN_STOPS and "\t" in self.text


def column_texts(text: str, stops: Sequence[int], size: float) -> dict[int, list[str]]:
    """The lines of each column a paragraph fills: column 0 from the indent, column k from the k-th
    stop. A tab goes to the next stop, or further when the text before it reaches past that stop
    (Word moves on to the first stop to its right)."""
    em = (size or _DEFAULT_SIZE) * _TWIPS_PER_POINT
    columns: dict[int, list[str]] = {}
    for line in text.split("\n"):
        col, at, part_before = 0, 0.0, ""  # the column the text is in, where it started (twips)
        for k, part in enumerate(line.split("\t")):
            if k:
                end = at + len(part_before) * _CHAR_EM * em
                col = next((j + 1 for j, stop in enumerate(stops) if j + 1 > col and stop > end),
                           min(col + 1, len(stops)))
                at = float(stops[col - 1]) if col else 0.0
            if part.strip():
                columns.setdefault(col, []).append(part.strip())
            part_before = part
    return columns


def row_of(p: TabParagraph) -> Row:
    """A paragraph on the stops as a table row: a cell per column it fills, its lines joined by
    newlines (a manual line break continues the cell)."""
    columns = column_texts(p.text, p.stops, p.size)
    cells = [Cell("\n".join(lines), col, bold=p.bold) for col, lines in sorted(columns.items())]
    return Row(cells, p.page, p.line)


def banner_of(p: TabParagraph, width: int) -> Row:
    """A paragraph without tabs inside the table: a row across it."""
    return Row([Cell(" ".join(p.text.split()), 0, colspan=width, bold=p.bold)], p.page, p.line)


def table_spans(paragraphs: Sequence[TabParagraph | None]) -> list[tuple[int, int]]:
    """(first, last) index of each run of paragraphs that reads as one table: rows on the same stops,
    with at most MAX_GAP paragraphs without tabs between two of them. None stands for a block that is
    no paragraph (a Word table), which ends a run."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        if p is None or not p.is_row:
            i += 1
            continue
        last, rows, j, gap = i, 1, i + 1, 0
        while j < len(paragraphs) and gap <= MAX_GAP:
            q = paragraphs[j]
            if q is None or ("\t" in q.text and q.stops != p.stops):
                break
            if q.is_row:
                last, rows, gap = j, rows + 1, 0
            elif q.text.strip():
                gap += 1
            j += 1
        if rows >= MIN_ROWS and _columns_filled(paragraphs[i:last + 1]) >= MIN_COLUMNS:
            spans.append((i, last))
        i = last + 1
    return spans


def _columns_filled(paragraphs: Sequence[TabParagraph | None]) -> int:
    cols: set[int] = set()
    for p in paragraphs:
        if p is not None and p.is_row:
            cols.update(column_texts(p.text, p.stops, p.size))
    return len(cols)


def tab_table(paragraphs: Sequence[TabParagraph], index: int) -> Table:
    """The run of paragraphs (table_spans) as a Table."""
    width = max(len(p.stops) for p in paragraphs) + 1
    rows = [row_of(p) if p.is_row else banner_of(p, width) for p in paragraphs if p.text.strip()]
    return Table(rows=rows, page=rows[0].page, index=index)
