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
    delimiter = sniff_delimiter(text)
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
    doc = RawDocument(path=str(path), name=path.name, format="csv")
    doc.blocks = grid_blocks(Grid(cells=cells, lines=lines), page=1, index=1)
    doc.chars = block_chars(doc.blocks)
    warning = encoding_warning(text, encoding)
    if warning:
        doc.warnings.append(warning)
    return doc


__all__ = ["parse_csv", "sniff_delimiter"]
