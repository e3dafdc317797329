"""Nothing lost, enforced: a cell or paragraph whose text no record carries is kept aside.

The walker reads some text as structure: column headings and form labels (which the output's
columns stand for), and banners, area titles, a minute's item, a table's title (which the
records under them carry in their area, objective … fields). A banner with no record under it
('Other business' over nothing, a minute's item that sets no task) is carried by none: it would
be counted as read and appear in no output table. Any other text that no reading took, likewise.
Such text is kept aside here, with the cell's or paragraph's provenance and a reason.

Carried means: the text's words, in order, are part of one output text ('3. Volunteering' is
carried by an area 'Volunteering' under area_ref 3: a leading reference may be dropped); for text
read as content (not structure), every word found somewhere in the output is enough, as a
merged or split cell's words are spread over fields.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.accounting import _visible, output_texts
from planx.normalise.codes import rag_key
from planx.normalise.records import DocResult, Leftover
from planx.normalise.text import fold_bytes, looks_like_html, squash, without_continued_note
from planx.normalise.vocab import (
    AREA_LEAD_HEADS,
    AREA_LEAD_MODIFIERS,
    AREA_WORDS,
    FORM_LABELS,
    HEADER_SYNONYMS,
    HEADING_WORDS,
    INDICATOR_HEADERS,
    KPI_BLOCK_LABEL_WORDS,
    MINUTE_ACTION_LABELS,
    NUMBERED_BLOCK_WORDS,
    RAG_LABELS,
    SLIDE_CONTINUED,
    SLIDE_GOAL_LABELS,
    WELSH_HEADINGS,
)

# a reference before a title: '3.', '(5)', 'BM 70/2122', 'A:' (the area_ref or ref field carries it)
_LEADING_REF = re.compile(r"^\W*(?:[A-Z]{1,4}\s?)?[\dIVXivx]{1,4}(?:[./]\d{1,4})*[a-z]?\W*\s+|^\W*[A-Za-z][.):]\s+")

# a label that introduces what follows ('Actions:', 'Key dates:'): the text after it says it
_INTRODUCES = re.compile(r"^\W*\w+(?:\s+\w+){0,3}\s*:\s*$")
_LINES = re.compile(r"\s*[\n\u2022\u25aa\u25cf\uf0b7\uf0a7]\s*")
# the parts of an item set apart by spaced dashes ('Agree the terms – May 2025 – Complete'): a sub-item
# read as a milestone gives each part a field of its own
_DASHED = re.compile(r"\s+[–—-]\s+")



@lru_cache(maxsize=1)
def label_words() -> frozenset[bytes]:
    """The words that name fields rather than say something (folded): a banner's 'Priority',
    'Area for improvement', a 'Lead' or 'Measurement' label, a slide's 'Our goal', '… continued', the
    Welsh of a label printed in two languages ('Perchennog / Owner').
    Taken from the vocabularies the readers use to recognise headings and labels."""
    phrases: list[str] = [w for words in HEADER_SYNONYMS.values() for w in words]
    phrases += list(HEADER_SYNONYMS) + AREA_WORDS + list(FORM_LABELS) + list(HEADING_WORDS)
    phrases += [w for words in INDICATOR_HEADERS.values() for w in words] + list(INDICATOR_HEADERS)
    phrases += MINUTE_ACTION_LABELS + NUMBERED_BLOCK_WORDS + SLIDE_GOAL_LABELS + list(AREA_LEAD_HEADS)
    phrases += list(AREA_LEAD_MODIFIERS) + list(KPI_BLOCK_LABEL_WORDS) + RAG_LABELS
    phrases += [w.replace("\\", "") for w in SLIDE_CONTINUED]
    phrases += list(WELSH_HEADINGS)  # the Welsh side of a label printed in two languages
    return frozenset(w for p in phrases for w in fold_bytes(p.replace("_", " ")))


READ_NOT_CARRIED = "read as a heading or banner, but no record under it carries it"
TAKEN_BY_NONE = "no reading took this text"


class _Output:
    """The output's texts, folded once: as phrases (each text's words, in order) and as words."""

    def __init__(self, texts: list[str]) -> None:
        self.exact = {squash(t) for t in texts if t}
        phrases = [b" ".join(fold_bytes(t)) for t in self.exact]
        self.phrases = b"| " + b" | ".join(phrases) + b" |"
        self.words = {w for p in phrases for w in p.split()}
        # each text's words run together: a banner that a text file's columns cut mid-word
        # ('young carers are ident' | 'tified early') is a piece of it
        self.squeezed = b"|" + b"|".join(p.replace(b" ", b"") for p in phrases) + b"|"

    def has_phrase(self, text: str) -> bool:
        words = fold_bytes(text)
        return not words or self.has_words_in_order(words)

    def has_words_in_order(self, words: list[bytes]) -> bool:
        return b" " + b" ".join(words) + b" " in self.phrases

    def has_trimmed(self, text: str) -> bool:
        """A field's text, or the start of one, but for up to four words before it and three after it: a banner's
        label or a lead run into it ('Priority 1: Listen …' → area 'Listen …'; 'Address data – Lead
        HS' → area 'Address data', area_lead 'HS'). A word dropped is found elsewhere in the output
        or names a field."""
        words = fold_bytes(text)
        least = max(2, (len(words) + 1) // 2)  # the start of a field: most of the text
        for start in range(5):
            for end in range(4):
                kept = b" ".join(words[start:len(words) - end])
                dropped = words[:start] + words[len(words) - end:]
                if not kept or not all(w in self.words or w in label_words() for w in dropped):
                    continue
                whole_field = b"| " + kept + b" |" in self.phrases
                if whole_field or (len(kept.split()) >= least and b"| " + kept + b" " in self.phrases):
                    return True
        return False

    def has_piece(self, text: str) -> bool:
        """Its words run together are part of one output text's, and long enough to tell."""
        piece = b"".join(fold_bytes(text))
        return len(piece) >= 8 and piece in self.squeezed

    def has_words(self, text: str) -> bool:
        # part of a repaired word ('attendanc' in 'attendance', 'complain ts' in 'complaints')
        return all(w in self.words or w in self.phrases for w in fold_bytes(text))


def _cells(raw: RawDocument, html: bool) -> Iterator[tuple[str, int, int, int, int]]:
    """(text as a reader sees it, page, table, line, col) of every cell and paragraph."""
    for block in raw.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    if not cell.merged_above and cell.text.strip():
                        yield (_visible(cell.text) if html else cell.text), row.page, block.index, row.line, cell.col
        elif isinstance(block, Paragraph) and block.text.strip():
            yield (_visible(block.text) if html else block.text), block.page, 0, block.line, 0


def carried(text: str, out: _Output, as_structure: bool) -> bool:
    """Does the output carry the text: its words in order (a leading reference may be dropped),
    or, for text read as content, each of its words somewhere?"""
    if squash(text) in out.exact or out.has_phrase(text):
        return True
    rest = _LEADING_REF.sub("", squash(text), count=1)
    if rest != squash(text) and out.has_phrase(rest):
        return True
    _, _, body = text.strip().partition("\n")
    if body.strip() and _nested_headings(text):
        # a table nested in a cell, as the readers write one ('Milestone; Due' over a line per row):
        # its heading line names the fields its rows went to, as a table's column headings do
        return carried(body, out, as_structure)
    rest = without_continued_note(text)  # '(continued) …': the rest of a cell a page break cut
    if rest != text and rest.strip():
        return carried(rest, out, as_structure)
    if as_structure:
        if out.has_trimmed(text) or _INTRODUCES.match(text) or out.has_piece(text):
            return True
        # every line or item of a banner cell carried on its own ('Priority 2' over the title's line)
        lines = [ln for ln in _LINES.split(text) if ln.strip()]
        if len(lines) > 1 and all(carried(ln, out, as_structure) for ln in lines):
            return True
        parts = [p for p in _DASHED.split(text) if p.strip()]
        if len(parts) > 1 and all(carried(p, out, as_structure) for p in parts):
            return True
        return _label_values_carried(text, out)
    return out.has_words(text)


def _nested_headings(text: str) -> bool:
    """Is the text a nested table whose first line is its headings (actions.nested_table)?"""
    if "; " not in text.split("\n", 1)[0]:
        return False
    from planx.normalise.actions import nested_table
    return nested_table(text) is not None


def _label_values_carried(text: str, out: _Output) -> bool:
    """A list item read with its labels ('- [x] Publish the standard (owner: Sam, due: March 2025)'):
    its labels name the output's columns, and the text before them and each label's value are
    carried each on its own (the action, the lead 'Sam', the due 'March 2025')."""
    from planx.normalise.lists import label_spans
    spans = label_spans(text)
    if not spans:
        return False
    cuts = [0, *(k for start, value, _, _ in spans for k in (start, value)), len(text)]
    parts = [text[a:b].strip(" \t\n;,.|()[]–—-") for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    return all(carried(p, out, True) for p in parts if p)


def _labelled_and_carried(text: str, names: set[str], out: _Output) -> bool:
    """A form's line 'Label: value' whose label was read as a form's label (it is the output's
    column) and whose value a record carries ('Owner: J Smith' with the lead 'J Smith')."""
    label, colon, value = text.partition(":")
    if bool(colon) and squash(label) in names and bool(value.strip()) and carried(value, out, False):
        return True
    # several on one line ('Ref: 4 Owner: J Smith Due date: 30/06/2025'), each label read as one
    from planx.normalise.labelforms import label_key, split_line
    pairs = split_line(text, {label_key(n) for n in names}, lambda _: "")
    return len(pairs) > 1 and all(squash(lab) in names and (not val or carried(val, out, False)) for lab, val in pairs)


def _labelled_parts_carried(text: str, names: set[str], out: _Output) -> bool:
    """A cell of labelled parts read as fields ('Do X. Update: … Status: Implemented', the labels read
    as such: normalise/cellparts.py): its words carried but for those of the labels it prints."""
    if ":" not in text:
        return False
    folded = b" " + b" ".join(fold_bytes(text)) + b" "
    label_words_here: set[bytes] = set()
    for name in names:
        words = fold_bytes(name)
        if words and b" " + b" ".join(words) + b" " in folded:
            label_words_here.update(words)
    return bool(label_words_here) and all(w in out.words or w in out.phrases or w in label_words_here
                                          for w in fold_bytes(text))


def unread_leftovers(raw: RawDocument, result: DocResult, structure: list[str],
                     labels: list[str]) -> list[Leftover]:
    """Leftovers for the cells and paragraphs whose text no record and no leftover carries;
    column headings and form labels (labels) are the output's columns and need none."""
    every = [t for t, *_ in _cells(raw, False)]
    html = looks_like_html("\n".join(every))
    out = _Output(output_texts(result, []))
    names = {squash(t) for t in labels}
    read = {squash(t) for t in structure}
    found: list[Leftover] = []
    seen: set[str] = set()
    for text, page, table, line, col in _cells(raw, html):
        key = squash(text)
        if key in names or key in seen or rag_key(key):
            continue  # a label, a text kept aside already, or the plan's RAG key (the rag fields read it)
        as_structure = key in read
        if carried(text, out, as_structure) or _labelled_and_carried(key, names, out) \
                or _labelled_parts_carried(key, names, out):
            continue
        seen.add(key)  # a banner repeated on every page is kept aside once
        found.append(Leftover(text=key, page=page, table=table, line=line, col=col,
                              reason=READ_NOT_CARRIED if as_structure else TAKEN_BY_NONE))
    return found


__all__ = ["READ_NOT_CARRIED", "TAKEN_BY_NONE", "carried", "unread_leftovers"]
