"""Nothing lost, measured: the share of a document's input words found in its output.

Every word of every cell and paragraph is looked up among the words of the output fields,
the kept-aside leftovers, and the text the walker read as structure (headings, banners,
form labels). A word that a repair joined or clipped ('attendanc' → 'attendance') counts
when it is part of an output word.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from extract.model import Paragraph, RawDocument, Table
from normalise.records import DocResult
from normalise.text import fold_words, html_items


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


def _strings(record: object) -> Iterable[str]:
    return (v for v in vars(record).values() if isinstance(v, str))


def output_texts(result: DocResult, structure: list[str]) -> Iterable[str]:
    yield result.title
    for a in result.actions:
        yield from _strings(a)
        for m in a.milestones:
            yield from _strings(m)
        for r in a.ratings:
            yield from _strings(r)
    for i in result.indicators:
        yield from (i.indicator, i.target, i.value, i.period)
    for lo in result.leftovers:
        yield lo.text
    yield from structure


def _fold_all(texts: Iterable[str]) -> list[str]:
    """The folded words of many texts (one fold over them all: far cheaper than one per text)."""
    return fold_words("\n".join(texts))


def text_accounted(raw: RawDocument, result: DocResult, structure: list[str]) -> float | None:
    """Percentage of input words present in the output (None for a document with no text)."""
    out_words = set(_fold_all(set(output_texts(result, structure))))
    counts = Counter(_fold_all(input_texts(raw)))  # each distinct word looked up once
    total = sum(counts.values())
    if total == 0:
        return None
    found = sum(n for word, n in counts.items() if word in out_words)
    missing = [(word, n) for word, n in counts.items() if word not in out_words]
    if missing:
        haystack = "|" + "|".join(sorted(out_words)) + "|"
        # part of a repaired word ('attendanc' in 'attendance')
        found += sum(n for word, n in missing if word in haystack)
    return round(100.0 * found / total, 2)
