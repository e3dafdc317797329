"""Nothing lost, measured: the share of a document's input words found in its output.

Every word of every cell and paragraph is looked up among the words of the output fields,
the kept-aside leftovers, and the text the walker read as structure (headings, banners,
form labels). A word that a repair joined or clipped ('attendanc' → 'attendance') counts
when it is part of an output word.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

from extract.model import Paragraph, RawDocument, Table
from normalise.records import DocResult
from normalise.text import fold, html_items


def _visible(text: str) -> str:
    """The text a reader sees: HTML tags and their attributes are markup, not content."""
    items = html_items(text)
    return text if items is None else " ".join(items)


def input_texts(raw: RawDocument) -> Iterable[str]:
    for block in raw.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    if not cell.merged_above:
                        yield _visible(cell.text)
        elif isinstance(block, Paragraph):
            yield block.text


def output_texts(result: DocResult, structure: list[str]) -> Iterable[str]:
    yield result.title
    for a in result.actions:
        for value in asdict(a).values():
            if isinstance(value, str):
                yield value
            elif isinstance(value, list):
                for item in value:
                    yield from (v for v in item.values() if isinstance(v, str))
    for i in result.indicators:
        yield from (i.indicator, i.target, i.value, i.period)
    for lo in result.leftovers:
        yield lo.text
    yield from structure


def text_accounted(raw: RawDocument, result: DocResult, structure: list[str]) -> float | None:
    """Percentage of input words present in the output (None for a document with no text)."""
    out_words = set()
    for text in output_texts(result, structure):
        out_words.update(fold(text).split())
    haystack = "|" + "|".join(sorted(out_words)) + "|"
    total = found = 0
    for text in input_texts(raw):
        for word in fold(text).split():
            total += 1
            if word in out_words or word in haystack:
                found += 1
    if total == 0:
        return None
    return round(100.0 * found / total, 2)
