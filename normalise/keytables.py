"""Key (legend) tables: a table that explains a plan's codes rather than listing actions.

A plan often prints a key beside its action table: 'Status | Description' ('Not started | Work has
not begun'), 'RAG | Meaning' ('Red | Off track, needs intervention'), 'Priority | Criteria'
('Critical | Blocks access for …'). Its first column holds the vocabulary words the plan uses
elsewhere (statuses, RAG ratings, priority levels), each once; the next explains each in words. Read
under a heading row, its explanations look like actions beside a status column, so the reader asks
this module first (Walker.key_table): its rows give no actions and stay in leftovers.

The evidence, weighed together:
- shape: two or three headed columns, a few rows (KEY_MAX_ROWS), the first column short codes,
  each printed once, the second longer explanations (KEY_DEFINITION_WORDS words or more);
- the first column's cells are known status, RAG or priority words (codes.status_of, rag_of,
  vocab.PRIORITY_LEVELS / KEY_LEVEL_WORDS);
- the first heading names the codes ('Status', 'RAG', 'Priority', vocab.KEY_CODE_HEADING_WORDS), or
  what its levels rate ('Risk', vocab.LEVELLED_THINGS);
- the second heading says it explains them ('Description', 'Meaning', vocab.KEY_DEFINITION_HEADING_WORDS).
Two of the last three, and at least one known word among the codes, make a key. A column headed
beyond doubt as the actions or as who does them makes the table a plan whatever its first column
holds ('Priority | Action | Lead' over 'High | Review the policy | Head of HR').
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.normalise.codes import rag_of, status_of
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import (
    KEY_CODE_HEADING_WORDS,
    KEY_DEFINITION_HEADING_WORDS,
    KEY_LEVEL_WORDS,
    LEVELLED_THINGS,
    PRIORITY_LEVELS,
)

KEY_MAX_ROWS = 10  # a key lists a handful of codes; a longer table is a list of things
KEY_CODE_WORDS = 4  # the most words of a code ('Will Not Fix', 'Not yet started')
KEY_DEFINITION_WORDS = 3  # the fewest words of an explanation
KEY_KNOWN_SHARE = 0.5  # a share this large of known words among the codes is evidence alone


def known_code(text: str) -> bool:
    """Is a cell a status, RAG rating or priority level as a whole ('In progress', 'Amber',
    'High', 'High priority')?"""
    key = fold(text)
    words = key.split()
    if words and words[-1] in LEVELLED_THINGS and len(words) > 1:
        key = " ".join(words[:-1])  # 'High priority', 'Low risk': the level
    return bool(status_of(text) or rag_of(text) or key in PRIORITY_LEVELS or key in KEY_LEVEL_WORDS)


def key_table(labels: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Why a table whose headings are `labels` (one per column, '' for an unheaded one) and whose
    rows below hold `rows` (one text per column) is a key to a plan's codes, or '' when it is not.
    The caller refuses a table with a column headed surely as the actions or the lead."""
    headed = [i for i, label in enumerate(labels) if label.strip()]
    if not 2 <= len(headed) <= 3 or headed[0] != 0 or headed[1] != 1:
        return ""
    data = [list(r) + [""] * (len(labels) - len(r)) for r in rows if any(t.strip() for t in r)]
    if not 2 <= len(data) <= KEY_MAX_ROWS:
        return ""
    codes = [squash(r[0]) for r in data]
    meanings = [squash(r[1]) for r in data]
    if not all(codes) or any(words_over(c, KEY_CODE_WORDS) or any(ch.isdigit() for ch in c) and
                             fold(c) not in PRIORITY_LEVELS for c in codes):
        return ""
    if len({fold(c) for c in codes}) < len(codes):
        return ""  # a code printed twice: a column of statuses over rows of a plan, not a key
    if not all(words_over(m, KEY_DEFINITION_WORDS - 1) and len(m.split()) > len(c.split())
               for c, m in zip(codes, meanings, strict=True)):
        return ""
    known = sum(1 for c in codes if known_code(c))
    if not known:
        return ""
    evidence = []
    if known / len(codes) >= KEY_KNOWN_SHARE:
        evidence.append(f"{known} of {len(codes)} codes known status, RAG or priority words")
    if set(fold(labels[0]).split()) & (KEY_CODE_HEADING_WORDS | LEVELLED_THINGS):
        evidence.append(f"'{squash(labels[0])}' names the codes")
    if set(fold(labels[1]).split()) & KEY_DEFINITION_HEADING_WORDS:
        evidence.append(f"'{squash(labels[1])}' explains them")
    if len(evidence) < 2:
        return ""
    return "; ".join(evidence)


__all__ = ["key_table", "known_code"]


# ---- keys to abbreviations ('ASC | Adult Social Care') ------------------------------------------------

ABBREVIATION_ROWS = 4  # a key to a plan's abbreviations lists this many at least
ABBREVIATION_SHARE = 0.6  # ... and this share of its rows spell their code out
_CODE = re.compile(r"^[A-Z][A-Za-z&]{1,11}$")  # 'ASC', 'CYPMHS', 'SENDIASS', 'HR'
_LINK_WORDS = frozenset({"and", "of", "the", "for", "in", "to", "&"})


def spells_out(code: str, words: Sequence[str]) -> bool:
    """Do the words spell the code out, each letter group the start of a word in turn ('EYT' = Early
    Years Team, 'ESK' = Employment (and) SKills, 'HV' = Health Visiting (0–19 service), 'SEN' = SEN
    …)? The code's first letter opens the first word; linking words may be passed over, and so may
    the words after the code is spelt (a note in brackets, a team's longer name)."""
    code, words = code.lower(), [w.lower() for w in words]
    if not code or not words or code[0] != words[0][:1]:
        return False

    def match(c: int, w: int) -> bool:
        if c == len(code):
            return True
        if w == len(words):
            return False
        word = words[w]
        for n in range(min(len(word), len(code) - c), 0, -1):  # this word gives the next n letters
            if word[:n] == code[c:c + n] and match(c + n, w + 1):
                return True
        return word in _LINK_WORDS and match(c, w + 1)
    return match(0, 0)


def _line_pairs(code: str, words: str) -> list[tuple[str, str]]:
    """The (code, words) pairs of a row: line by line where both cells hold as many lines (a key set
    as two columns of lines, read as one row), else the two cells whole."""
    codes = [squash(t) for t in code.splitlines() if t.strip()]
    lines = [squash(t) for t in words.splitlines() if t.strip()]
    if len(codes) == len(lines) > 1:
        return list(zip(codes, lines, strict=True))
    return [(squash(code), squash(words))]


def abbreviation_key(rows: Sequence[Sequence[str]]) -> str:
    """Why a table of two columns is a key to the plan's abbreviations ('Key to lead agencies': 'ASC
    | Adult Social Care', 'EYT | Early Years Team'), or '': ABBREVIATION_ROWS rows or more of a short
    code beside words, and most of those words spell their code out (spells_out). Its rows name who
    the codes stand for, and are no actions."""
    pairs = [pair for r in rows if len(r) == 2 and r[0].strip() and r[1].strip() for pair in _line_pairs(r[0], r[1])]
    # (one row of another shape at most: the key's caption, 'Key to lead agencies')
    if len(pairs) < ABBREVIATION_ROWS or sum(1 for r in rows if len(r) != 2 or not all(t.strip() for t in r)) > 1:
        return ""
    spelt = sum(1 for code, words in pairs
                if _CODE.match(code) and spells_out(code, re.findall(r"[A-Za-z][\w'’-]*|&", words)))
    if spelt < ABBREVIATION_SHARE * len(pairs):
        return ""
    return f"{spelt} of its {len(pairs)} rows spell out the code beside them: a key to the plan's abbreviations"
