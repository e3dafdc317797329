"""Nothing lost, measured: the share of a document's input words found in its output.

Every word of every cell and paragraph is looked up among the words of the output fields,
the kept-aside leftovers, and the text the walker read as structure (headings, banners,
form labels). A word that a repair joined or clipped ('attendanc' → 'attendance') counts
when it is part of an output word.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import fields
from operator import attrgetter
from typing import Any

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.records import Action, DocResult, Milestone, Rating
from planx.normalise.text import fold_bytes, has_latin, html_items, looks_like_html


def _visible(text: str) -> str:
    """The text a reader sees: HTML tags and their attributes are markup, not content."""
    items = html_items(text)
    return text if items is None else " ".join(items)


def input_texts(raw: RawDocument) -> list[str]:
    """Each cell's and paragraph's text as a reader sees it (HTML markup left out)."""
    texts: list[str] = []
    for block in raw.blocks:
        if isinstance(block, Table):
            texts += [cell.text for row in block.rows for cell in row.cells if not cell.merged_above]
        elif isinstance(block, Paragraph):
            texts.append(block.text)
    # HTML inside one cell is HTML inside the whole text: no hint there, no HTML anywhere
    return [_visible(text) for text in texts] if looks_like_html("\n".join(texts)) else texts


def _text_fields(cls: type) -> Callable[[Any], tuple[str, ...]]:
    """A getter of a record's text fields, all at once (attrgetter runs in C)."""
    return attrgetter(*(f.name for f in fields(cls) if f.type == "str"))


_ACTION_TEXTS, _MILESTONE_TEXTS, _RATING_TEXTS = map(_text_fields, (Action, Milestone, Rating))


def output_texts(result: DocResult, structure: list[str]) -> list[str]:
    texts = [result.title]
    for a in result.actions:
        texts += _ACTION_TEXTS(a)
        for m in a.milestones:
            texts += _MILESTONE_TEXTS(m)
        for r in a.ratings:
            texts += _RATING_TEXTS(r)
    for i in result.indicators:
        texts += (i.indicator, i.target, i.value, i.period, i.rag_raw)  # the RAG word as printed
        texts += [h.value for h in i.history]
    texts += [lo.text for lo in result.leftovers]
    for rec in result.recommendations:
        texts += (rec.text, rec.heading, rec.ref, rec.timeframe)
    texts += structure
    return texts


def _fold_all(texts: Iterable[str], latin_context: bool | None = None) -> list[bytes]:
    """The folded words of many texts (one fold over them all: far cheaper than one per text)."""
    return fold_bytes("\n".join(texts), latin_context)


_ASCII_ALNUM = re.compile("[A-Za-z0-9]")  # a folded word for sure (NFKC and casefold keep it one)


def all_found(texts: list[str], outputs: list[str]) -> bool:
    """Is every word of the input texts among the words of the outputs? An input text that is
    an output text as it stands is found whole (three quarters of the text of a typical plan):
    only the other input texts are folded, and their words are looked for first among the
    output texts made by the rules (cleaned, split, joined), then, for any left, among the rest.
    False also when that cannot be told this way (no word outside those texts, or another
    look-alike context): the full count then decides."""
    out_texts, in_texts = set(outputs), set(texts)
    pending = in_texts.difference(out_texts)
    text = "\n".join(texts)
    latin = has_latin("\n".join(out_texts))
    if has_latin(text) != latin:
        return False
    if not pending:  # every text found whole: all found, if there is a word at all
        return _ASCII_ALNUM.search(text) is not None
    words = set(_fold_all(pending, latin))
    if not words:
        return False
    made = _fold_all(out_texts.difference(in_texts), latin)
    words.difference_update(made)
    if not words:
        return True
    kept = _fold_all(out_texts.intersection(in_texts), latin)
    words.difference_update(kept)
    if not words:
        return True
    haystack = _haystack(made + kept)
    return all(word in haystack for word in words)


def _haystack(out_words: Iterable[bytes]) -> bytes:
    """The output words as one text: part of a repaired word ('attendanc' in 'attendance')
    counts as found."""
    return b"|" + b"|".join(out_words) + b"|"


def text_accounted(raw: RawDocument, result: DocResult, structure: list[str]) -> float | None:
    """Percentage of input words present in the output (None for a document with no text)."""
    texts, outputs = input_texts(raw), output_texts(result, structure)
    if all_found(texts, outputs):  # most documents
        return 100.0
    out_words = set(_fold_all(set(outputs)))
    words = _fold_all(texts)
    if not words:
        return None
    if out_words.issuperset(words):  # every word found, looked up in C
        return 100.0
    missing = set(words).difference(out_words)
    haystack = _haystack(out_words)
    gone = [word for word in missing if word not in haystack]
    counts = Counter(words)
    lost = sum(counts[word] for word in gone)
    return round(100.0 * (len(words) - lost) / len(words), 2)
