"""Codes a document explains itself: its key, legend or lookup of codes, read as {code: meaning}.

A tracker often prints short codes in its status or RAG column ('NS', 'IP', 'C'; '1' … '6';
'Open') and explains them once elsewhere: a lookup sheet or key table ('Code | Meaning' over
'IP | In progress', 'Status | Description' over 'Open | Work has not yet started on resolving the
issue'), or a key line ('Key: NS = Not started, IP = In progress, C = Complete'). A reader looks
the code up; so does planx. The key is read whole, document-wide (printed_codes); a status or RAG
cell that planx's own vocabulary cannot read and that the key names takes the status or RAG its
MEANING reads as (codes.status_of / status_words, rag_of / the RAG key meanings), its raw cell
kept as printed. A code planx reads by itself ('In progress', 'Red') keeps that reading: the key
only explains what the vocabulary cannot.

The evidence for a key table, weighed together (any two):
- its first heading names codes ('Code', 'Status', 'Key', 'Abbreviation', vocab.KEY_CODE_HEADING_WORDS
  and CODE_KEY_HEADING_WORDS), its second that it explains them ('Meaning', 'Description',
  vocab.KEY_DEFINITION_HEADING_WORDS);
- the heading or sheet name over it says it is a key ('Lookup', 'Key', 'Legend', 'Status
  definitions': CODE_KEY_TITLE_WORDS);
and its shape: two or three columns, a few rows (CODE_KEY_MAX_ROWS), codes short and each printed
once, meanings in words.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from planx.extract.model import Block, Paragraph, RawDocument, Table
from planx.normalise.codes import is_status_glyph, rag_of, status_of, status_words
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import (
    CODE_KEY_HEADING_WORDS,
    CODE_KEY_TITLE_WORDS,
    KEY_CODE_HEADING_WORDS,
    KEY_DEFINITION_HEADING_WORDS,
    RAG_COLOUR_WORDS,
    RAG_KEY_MEANINGS,
)

CODE_KEY_MAX_ROWS = 15  # a key explains a handful of codes
CODE_MAX_CHARS = 16  # 'Will Not Fix', 'NS', '1': a code is short
CODE_MAX_WORDS = 3
TITLE_LOOKBACK = 3  # blocks before a table searched for the heading that names it a key


def _words(text: str) -> set[str]:
    return set(fold(text).split())


def _is_code(text: str) -> bool:
    text = squash(text)
    return bool(text) and len(text) <= CODE_MAX_CHARS and len(text.split()) <= CODE_MAX_WORDS


def _key_rows(table: Table, titled: bool) -> dict[str, str]:
    """{code: meaning} of a table that reads as a key (module note), else {}."""
    rows = [[c for c in r.cells if c.text.strip() and not c.merged_above] for r in table.rows]
    rows = [r for r in rows if r]
    while rows and len(rows[0]) == 1 and len(rows) > 1 and len(rows[1]) > 1:
        # the key's own title in a row of its own over its headings ('Lookup' over 'Code | Meaning')
        titled = titled or bool(_words(rows[0][0].text) & CODE_KEY_TITLE_WORDS and not words_over(rows[0][0].text, 6))
        rows = rows[1:]
    if len(rows) < 3 or len(rows) > CODE_KEY_MAX_ROWS + 1:
        return {}
    head, data = rows[0], rows[1:]
    if not 2 <= len(head) <= 3 or any(not 2 <= len(r) <= len(head) for r in data):
        return {}
    names_codes = bool(_words(head[0].text) & (KEY_CODE_HEADING_WORDS | CODE_KEY_HEADING_WORDS))
    explains = bool(_words(head[1].text) & KEY_DEFINITION_HEADING_WORDS)
    if names_codes + explains + titled < 2:
        return {}
    first_col = head[0].col
    pairs = []
    for r in data:
        if r[0].col != first_col or not _is_code(r[0].text):
            return {}
        pairs.append((squash(r[0].text), squash(r[1].text)))
    codes = [code_of(c) for c, _ in pairs]  # (a symbol, folded, would be nothing: as printed)
    if len(set(codes)) < len(codes) or not all(m and fold(m) != code_of(c) for c, m in pairs):
        return {}
    return {c: m for c, m in pairs}


# 'NS = Not started', 'R = Responsible (does the work)', '● = On track': a code, '=', its meaning up to
# the next code (or a separator before it)
_PAIR = re.compile(r"(?:^|(?<=[\s,;|(:]))([A-Za-z0-9][A-Za-z0-9/+&.]{0,5}|[^\w\s=<>+])\s*=\s*")
TEXT_KEY_PAIRS = 2  # codes at least a key line explains


# a line that says it is a key ('Key:', 'Status key -', 'Legend'), whose pairs may be set apart by a
# dash or a colon ('Key: NS – Not started; IP – In progress; C – Complete')
_KEY_LABEL = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}(?:key|legend)\s*[:\-–—]\s*", re.I)
_DASHED_PAIR = re.compile(r"^\s*([A-Za-z0-9]{1,4}|[^\w\s])\s*(?:[:\-–—=])\s*(\S.*?)\s*$")


# a symbol of a key of glyphs, each followed by its meaning ('☑ done ◐ in hand ☐ not yet started'): a
# pictograph or sign that opens the line or follows a space, a colon or a separator
_GLYPH = re.compile(r"(?:^|(?<=[\s:;,|(]))([^\w\s.,;:|()\[\]'\"=<>+\-–—/&%£$€#*])(?=\s|=|:|-|–|—)")
GLYPH_MEANING_WORDS = 6  # a glyph's meaning in a key is a few words ('not yet started', 'no longer needed')
_GLOSS_DASH = re.compile(r"\s[-–—]\s")


def glyph_key(text: str, labelled: bool) -> dict[str, str]:
    """{glyph: meaning} of a key of check boxes or symbols each followed by what it means, with or
    without a separator ('Key: ☑ done  ◐ in hand  ☐ not yet started  ☒ no longer needed', '☑ = done;
    ☐ – not started'): two glyphs at least, each meaning a few words. A line not labelled as a key
    ('Key:', 'Legend –') counts only where every meaning reads as a status ('☐ Yes ☐ No' is a form's
    choice, no key)."""
    found = [m for m in _GLYPH.finditer(text) if unicodedata.category(m.group(1)) in ("So", "Sm")]
    if len(found) < TEXT_KEY_PAIRS:
        return {}
    key: dict[str, str] = {}
    for m, after in zip(found, [*found[1:], None], strict=False):
        meaning = text[m.end():after.start() if after is not None else len(text)].strip(" =:-–—,;|.")
        if words_over(meaning, GLYPH_MEANING_WORDS):
            # a meaning, then what follows from it after a spaced dash ('off track – escalated to the
            # Panel'): the meaning is the part before the dash
            meaning = _GLOSS_DASH.split(meaning, maxsplit=1)[0].strip(" =:-–—,;|.")
        if not meaning or words_over(meaning, GLYPH_MEANING_WORDS) or m.group(1) in key:
            return {}
        if not labelled and not (status_of(meaning) or status_words(meaning)):
            return {}
        key[m.group(1)] = meaning
    return key


# a key's part named by a label of its own, after the key's label or a full stop ('Key – Status: ✔ Complete
# | ◐ In progress. RAG: ● On track | ● Off track'): each part explains the symbols of one column
_KEY_PART = re.compile(r"(?:^|(?<=[.;]))\s*[A-Za-z][A-Za-z ]{0,20}:\s+")


def parted_glyph_key(text: str) -> dict[str, str]:
    """{glyph: meaning} of a labelled key's glyphs, read part by part where the key names its parts
    ('Status: … . RAG: …'): a part that cannot be read (the RAG's dots, one glyph that differs only
    by its colour) leaves the others' meanings standing; a glyph two parts explain differently is dropped."""
    parts = [p for p in _KEY_PART.split(text) if p.strip()]
    if len(parts) < 2:
        return glyph_key(text, True)
    key: dict[str, str] = {}
    clash: set[str] = set()
    for part in parts:
        for glyph, meaning in glyph_key(part, True).items():
            if key.setdefault(glyph, meaning) != meaning:
                clash.add(glyph)
    return {g: m for g, m in key.items() if g not in clash}


def text_key(text: str) -> dict[str, str]:
    """{code: meaning} of a key printed as a line ('Key: NS = Not started, IP = In progress | C =
    Complete'; a labelled key's pairs may be set apart by dashes or colons, 'Key: NS – Not started;
    IP – In progress'; a key of glyphs needs no separator at all, 'Key: ☑ done ◐ in hand': glyph_key);
    {} unless two codes at least are explained."""
    key: dict[str, str] = {}
    label = _KEY_LABEL.match(text)
    if label:
        for part in re.split(r"[;,|]|\s{2,}", text[label.end():]):
            pair = _DASHED_PAIR.match(part)
            if pair and not words_over(pair.group(2), 12):
                key[pair.group(1)] = pair.group(2).strip(" .")
        if len(key) >= TEXT_KEY_PAIRS:
            return key
        return parted_glyph_key(text[label.end():])
    if "=" not in text:
        return glyph_key(text, False)
    found = list(_PAIR.finditer(text))
    for m, after in zip(found, [*found[1:], None], strict=False):
        meaning = text[m.end():after.start() if after is not None else len(text)].strip(" ,;|.")
        if meaning and not words_over(meaning, 12):
            key[m.group(1)] = meaning
    return key if len(key) >= TEXT_KEY_PAIRS else {}


def code_of(text: str) -> str:
    """A code as looked up: folded ('IP' → 'ip'), or as printed where folding leaves nothing ('●')."""
    return fold(text) or squash(text)


def printed_codes(raw: RawDocument) -> dict[str, str]:
    """{folded code: meaning} of every key the document prints: key tables (a lookup sheet, 'Code |
    Meaning', 'Status | Description') and key lines ('Key: NS = Not started …')."""
    out: dict[str, str] = {}
    blocks = raw.blocks
    for k, block in enumerate(blocks):
        if isinstance(block, Table):
            before = [b.text for b in blocks[max(0, k - TITLE_LOOKBACK):k] if isinstance(b, Paragraph)][-1:]
            before += [raw.sheet_names.get(block.page, "")]  # a workbook's sheet named 'Lookup'
            titled = any(_words(t) & CODE_KEY_TITLE_WORDS and not words_over(t, 6) for t in before)
            found = _key_rows(block, titled)
            for row in block.rows if not found else ():
                # a key printed in a table's row or cell ('● = On track | ▲ = Some risk | ✗ = Off track')
                texts = [c.text for c in row.cells if "=" in c.text or _KEY_LABEL.match(c.text)]
                if texts:
                    found.update(text_key(" | ".join(" ".join(t.split()) for t in texts)))
        else:
            found = text_key(block.text)
        for code, meaning in found.items():
            out.setdefault(code_of(code), meaning)
    for code, meaning in listed_key(blocks).items():
        out.setdefault(code_of(code), meaning)
    return out


# a code of words, a spaced dash or '=', its meaning ('Carried forward – to be reported at the next meeting')
_WORD_PAIR = re.compile(r"^\s*([A-Za-z][A-Za-z /&'-]{0,15}?)\s+(?:[–—-]|=)\s+(\S.*?)\s*$")
# a line of its own that names a key without a heading's style: 'Status key', 'Key:', 'Key to status codes'
_KEY_TITLE_LINE = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}(?:key|legend)(?:\s+to\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?\s*:?\s*$",
                             re.I)


def listed_key(blocks: Sequence[Block]) -> dict[str, str]:
    """{code: meaning} of a key printed a pair a line: lines 'NS = Not started' one after another
    (two at least) or 'Carried forward = to be reported again', or, under a heading or a line of its own
    that names a key ('Status legend', 'Key'), lines 'Not Started: Action defined but work has not
    begun' / 'NS – Not started' / 'Closed – action complete'."""
    out: dict[str, str] = {}
    run: dict[str, str] = {}
    keyed = False
    for block in blocks:
        line = block.text if isinstance(block, Paragraph) and not block.heading else ""
        pair = _DASHED_PAIR.match(line) if line else None
        if pair is not None and (keyed or "=" in line) and not words_over(pair.group(2), 12):
            run[pair.group(1)] = pair.group(2).strip(" .")
            continue
        label, sep, rest = line.partition(":")
        if keyed and sep and _is_code(label) and rest.strip():
            run[squash(label)] = squash(rest)  # under a key's heading the code may be words ('Not Started:')
            continue
        worded = _WORD_PAIR.match(line) if line else None
        if worded is not None and (keyed or "=" in line) and _is_code(worded.group(1)) \
                and not words_over(worded.group(2), 12):
            # a code of words set apart from its meaning by a spaced dash or '=' ('Closed – action complete',
            # 'Carried forward = to be reported at the next meeting')
            run[squash(worded.group(1))] = worded.group(2).strip(" .")
            continue
        if len(run) >= TEXT_KEY_PAIRS:
            out.update(run)
        run = {}
        keyed = isinstance(block, Paragraph) and bool(_words(block.text) & CODE_KEY_TITLE_WORDS) and (
            block.heading and not words_over(block.text, 6) or bool(_KEY_TITLE_LINE.match(block.text)))
    if len(run) >= TEXT_KEY_PAIRS:
        out.update(run)
    return out


def status_by_key(raw_status: str, codes: dict[str, str], rated: bool = True) -> tuple[str, str]:
    """(status, meaning) a status cell takes from the document's key: only for a code planx's own
    vocabulary does not read as a status and the key explains, whose meaning reads as a status ('Not
    started', 'Work has not yet started on resolving the issue'); ('', '') otherwise. A code that
    reads as a RAG rating ('C', 'G') is looked up only where the row has a RAG of its own (`rated`) or
    the key is one of word codes (words_key: 'C = Complete, CF = Carried forward, O = Open'): else the
    status column's colour is the row's RAG (actions.build_action)."""
    code = squash(raw_status)
    if not code or not codes or not _is_code(code) or status_of(code) or \
            (rag_of(code) and not rated and not words_key(codes)):
        return "", ""
    meaning = codes.get(code_of(code), "")
    if not meaning or _words(meaning) & set(RAG_COLOUR_WORDS):
        return "", ""  # (a code the key calls a colour, '1 = Red (off track)': a RAG, not a status)
    found = status_of(meaning) or next(iter(status_words(meaning)), "")
    return (found, meaning) if found else ("", "")


def words_key(codes: dict[str, str]) -> bool:
    """Is the document's key one of word codes for statuses ('Key: C = Complete, CF = Carried forward,
    O = Open, S = Superseded'), not of RAG letters ('G = On track, A = Some risk, R = Off track', 'B =
    Complete')? More of its codes are no RAG letter than are, and none of its meanings names a colour.
    A code that is also a RAG letter ('C') then means what the key says, a status, not a colour."""
    if not codes or any(_words(m) & set(RAG_COLOUR_WORDS) for m in codes.values()):
        return False
    letters = sum(1 for c in codes if rag_of(c))
    return letters < len(codes) - letters


def _keyed_status(glyph: str, codes: dict[str, str]) -> str:
    """The status the document's key gives a glyph ('🟨' where 'Key: … 🟨 Underway' → in_progress), else ''."""
    meaning = codes.get(code_of(glyph), "") if glyph and not fold(glyph) else ""
    return (status_of(meaning) or next(iter(status_words(meaning)), "")) if meaning else ""


KEYED_COLUMN_SHARE = 0.5  # of a table's rows, those whose cell opens with the key's mark
KEYED_COLUMN_CELLS = 2  # a column is told by two such cells at least


def keyed_status_column(columns: Sequence[tuple[int, str]], cells: dict[int, list[str]], rows: int,
                        codes: dict[str, str]) -> int | None:
    """The column whose cells each open with a mark the document's key gives a status ('Key: ❌ Not
    started 🟨 Underway ✅ Completed' over '… | RESOURCE |' with '✅' / 'See data dictionary', '❌'):
    the key defines the marks, so the column of them says how each row stands, whatever its heading
    ('Resource' names no field; a status needs none). columns: (col, field) of the columns no field
    was given; rows: the table's data rows. None when the key gives no two marks a status or no
    column holds them on half its rows at least."""
    if sum(1 for g in codes if _keyed_status(g, codes)) < TEXT_KEY_PAIRS:
        return None
    for col, field in columns:
        filled = [t for t in cells.get(col, []) if t.strip()]
        if field or len(filled) < max(KEYED_COLUMN_CELLS, rows * KEYED_COLUMN_SHARE):
            continue
        if all(_keyed_status(line.split()[0], codes) for line in filled):
            return col
    return None


def glyph_by_key(raw_status: str, codes: dict[str, str]) -> tuple[str, str]:
    """(status, meaning) of a status cell that is a check box or tick alone ('☒', '◐') and that the
    document's key explains ('☒ no longer needed' → cancelled): the document's own meaning of its glyph
    comes before the glyph's usual sense (vocab.STATUS_GLYPHS); ('', '') otherwise. A glyph the key
    explains that opens the cell, before a note or link ('🟨 See dataset release process'), is the
    cell's mark: the key says what it means, the rest says where to look."""
    glyph = raw_status.strip()
    opening = glyph.split()[0] if glyph else ""
    if opening != glyph and _keyed_status(opening, codes):
        glyph = opening
    if not codes or not is_status_glyph(glyph) and not (len(glyph) == 1 and unicodedata.category(glyph) == "So"):
        return "", ""
    meaning = codes.get(code_of(glyph), "")
    found = (status_of(meaning) or next(iter(status_words(meaning)), "")) if meaning else ""
    return (found, meaning) if found else ("", "")


_MEANINGS = sorted(RAG_KEY_MEANINGS, key=len, reverse=True)


def rag_by_key(raw_rag: str, codes: dict[str, str]) -> tuple[str, str]:
    """(rag, meaning) a RAG cell takes from the document's key, for a code planx does not read alone
    ('✓' where '✓ = Complete'); ('', '') otherwise."""
    code = squash(raw_rag)
    if not code or not codes or not _is_code(code) or rag_of(code):
        return "", ""
    meaning = codes.get(code_of(code), "")
    if not meaning:
        return "", ""
    padded = f" {fold(meaning)} "
    found = rag_of(meaning) or next((RAG_KEY_MEANINGS[w] for w in _MEANINGS if f" {w} " in padded), "")
    return (found, meaning) if found else ("", "")


def codes_note(read: Sequence[tuple[str, str, str]]) -> str:
    """One warning for the codes read by the key: [(field, code, meaning)]."""
    seen: dict[tuple[str, str], str] = {}
    for field, code, meaning in read:
        seen.setdefault((field, code), meaning)
    shown = ", ".join(f"'{code}' = '{meaning[:40]}'" for (_, code), meaning in list(seen.items())[:6])
    fields = sorted({f for f, _ in seen})
    return (f"{len(read)} {'/'.join(fields)} code(s) read by the document's own key ({shown}"
            f"{', …' if len(seen) > 6 else ''})")


__all__ = ["codes_note", "glyph_by_key", "glyph_key", "keyed_status_column", "printed_codes",
           "rag_by_key", "status_by_key", "text_key", "words_key"]
