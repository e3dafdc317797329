"""Ligatures a PDF's font maps to the wrong characters, written back ('conCnue' → 'continue').

Word on a Mac sets Calibri's ligatures (ti, tt, tf, tti, ff, fi, fl) as single glyphs, and the PDF
it exports often maps each to some unrelated character: a capital ('C', 'J', 'T') or a sign ('^',
'?') inside a lower-case word. Text read from such a PDF breaks the words readers look for ('To
conCnue to implement …' has no verb of action; 'aTainment', 'pla^orm', 'se?ng'); school documents
exported so are common (issue 14: a Scottish school's improvement report). Which character stands for
which ligature differs from one font subset to the next, so the repair is by the word, not a table:
a word that is no English word, with one such character between lower-case letters, is written with
the ligature (vocab_school.LIGATURE_READINGS) that makes it a common English word (lexicon.zipf at
least FLOOR); when none does, or the word is one already ('iPad', 'McDonald'), it stays as read. Only
PDFs are repaired, and a warning says how many words were.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.lexicon import FLOOR, zipf
from planx.normalise.vocab_school import LIGATURE_READINGS

# a letter or sign standing for a ligature between lower-case letters (one capital may open the word)
_BROKEN = re.compile(r"\b([A-Za-z]?[a-z]*[a-z])([A-Z^?])([a-z]+)\b")


def mend_word(head: str, glyph: str, tail: str) -> str | None:
    """The word the ligature makes of head + glyph + tail, or None."""
    whole = head + glyph + tail
    if zipf(whole.lower()) >= FLOOR:
        return None
    best, best_zipf = None, FLOOR
    for ligature in LIGATURE_READINGS:
        word = head + ligature + tail
        z = zipf(word.lower())
        if z >= best_zipf:
            best, best_zipf = word, z
    return best


def mend_text(text: str) -> tuple[str, int]:
    """(the text with its broken ligatures written back, how many words were)."""
    if not _BROKEN.search(text):
        return text, 0
    count = 0

    def one(m: re.Match[str]) -> str:
        nonlocal count
        word = mend_word(m.group(1), m.group(2), m.group(3))
        if word is None:
            return m.group(0)
        count += 1
        return word

    return _BROKEN.sub(one, text), count


def mend_ligatures(raw: RawDocument) -> RawDocument:
    """The document with the words its PDF's ligatures broke written back; a warning says how many."""
    if raw.format != "pdf":
        return raw
    total = 0
    blocks: list[Paragraph | Table] = []
    for b in raw.blocks:
        if isinstance(b, Paragraph):
            text, n = mend_text(b.text)
            total += n
            blocks.append(replace(b, text=text) if n else b)
        else:
            rows = []
            for row in b.rows:
                cells: list[Cell] = []
                for c in row.cells:
                    text, n = mend_text(c.text)
                    total += n
                    cells.append(replace(c, text=text) if n else c)
                rows.append(Row(cells, row.page, row.line, row.repeated_header))
            blocks.append(replace(b, rows=rows))
    if not total:
        return raw
    warning = (f"{total} word(s) whose ligatures the PDF's font maps to other characters written back "
               f"('conCnue' → 'continue')")
    return replace(raw, blocks=blocks, warnings=[*raw.warnings, warning])
