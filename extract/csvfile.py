"""CSV exports of trackers → RawDocument: one Table (page 1).

The bytes are decoded as text plans are (extract/text.py: a UTF-8 or UTF-16 byte-order mark,
UTF-8, then Windows-1252, the encoding of UK Excel's "CSV" export) and the delimiter is
sniffed among comma, semicolon, tab and bar (Excel in many European locales writes ';').
Lines above the first row of several cells (a title, an export note) become paragraphs.
A spreadsheet would run a cell that starts with '=' as a formula: here it is only text, and
load/ guards the CSVs planx writes (CONTRACT.md, "formula injection").
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from planx.extract.grid import Grid, GridCell, block_chars, grid_blocks
from planx.extract.model import ExtractError, RawDocument
from planx.extract.text import MAX_TEXT_BYTES, decode, encoding_warning

DELIMITERS = ",;\t|"
MAX_FIELD = 1024 * 1024  # one cell; csv's own default (128 KB) would call a long comment an error


def sniff_delimiter(text: str) -> str:
    """The delimiter the sample is written with; comma when the sniffer cannot tell."""
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def parse_csv(path: Path) -> RawDocument:
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > MAX_TEXT_BYTES:
            raise ExtractError(f"file too large for a CSV plan ({size} bytes > {MAX_TEXT_BYTES})")
        data = fh.read()
    text, encoding = decode(data)
    doc = delimited_document(text, sniff_delimiter(text), path=str(path), name=path.name, fmt="csv")
    warning = encoding_warning(text, encoding)
    if warning:
        doc.warnings.append(warning)
    return doc


def delimited_document(text: str, delimiter: str, *, path: str, name: str, fmt: str) -> RawDocument:
    """The text's delimited records as one Table (page 1), the lines above its first row of several
    cells as paragraphs; fmt names the file's own format (a .txt holding an export stays 'txt')."""
    cells: dict[tuple[int, int], GridCell] = {}
    lines: list[int] = []
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for r, record in enumerate(reader):
            lines.append(reader.line_num)
            for c, value in enumerate(record):
                value = value.replace("\r\n", "\n").strip()
                if value:
                    cells[(r, c)] = GridCell(text=value)
    except csv.Error as e:
        raise ExtractError(f"not a readable CSV file (line {reader.line_num}: {e})") from None
    doc = RawDocument(path=path, name=name, format=fmt)
    doc.blocks = grid_blocks(Grid(cells=cells, lines=lines), page=1, index=1)
    doc.chars = block_chars(doc.blocks)
    return doc


# a text file that is a system's export (a .txt saved from a tracker): commas or semicolons part
# the cells; tabs and bars are the text readers' own (extract/text.py reads them as tables already)
_EXPORT_DELIMITERS = ",;"
_MIN_EXPORT_CELLS = 3  # a heading row and every record this wide, no prose line with a comma or two
_MIN_EXPORT_RECORDS = 3  # the heading row and two records at least
_SNIFF_LINES = 200


def export_delimiter(text: str) -> str:
    """The delimiter of text that is a delimited export saved under a text name, or '' when it is
    prose or a plan laid out otherwise. The evidence is its shape, not its words: every non-blank
    line (a quoted cell may hold line breaks) parses to the same number of cells, three or more,
    the first line among them, and every record but the heading row fills two cells at least."""
    sample = "\n".join(text.split("\n")[:_SNIFF_LINES])
    if "\t" in sample:
        return ""
    for delimiter in _EXPORT_DELIMITERS:
        if delimiter not in sample.split("\n", 1)[0]:
            continue
        try:
            records = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                       if any(c.strip() for c in r)]
        except csv.Error:
            continue
        widths = {len(r) for r in records}
        if len(records) >= _MIN_EXPORT_RECORDS and len(widths) == 1 and widths.pop() >= _MIN_EXPORT_CELLS \
                and all(sum(1 for c in r if c.strip()) >= 2 for r in records[1:]):
            return delimiter
    return ""


__all__ = ["parse_csv", "sniff_delimiter", "delimited_document", "export_delimiter"]
