"""A policy's numbered clauses that are its commitments: '5.1.2.1 Engage with the community …'.

Council policies number every paragraph (1. Objectives, 2. Scope, 3. Principles, 5. Policy
commitments, 6. Responsibilities, 7. Definitions). Only one part says what the council will do:
the section a heading or its lead-in names as commitments or actions ('5. POLICY COMMITMENTS', '…
decision making shall be guided by the following policy commitments:'). Its clauses are the
policy's actions, the short headings between them ('Governance', '5.1.2 Collaboration') their
areas; objectives, principles, definitions and responsibilities are not.

The section runs from its heading or lead-in over numbered clauses sharing one number's stem (all
under '5.'), and over short headings between them; it ends at a clause numbered under another stem
('6.1 All Council Officials') or at a heading naming another kind of section. Read so when at least
three clauses stand there and most of them open with a verb or commit ('Council will …').

A heading the text layer glued to its first clause ('Managing Risks & Building ResilienceConsider
climate risks …', the clause's number lost) is split where a lower-case letter runs into a capital
that opens a verb. The clauses are set out as a `Ref | Area | Action` table for the walker.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.columns import WORD, commits_to, opens_with_verb
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import CLAUSE_ACTION_SECTION_WORDS, CLAUSE_NOT_ACTION_SECTION_WORDS

_NUMBER = re.compile(r"^\s*(?P<num>\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?P<text>\S.*)$", re.S)
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+\s)")
_MIN_CLAUSES = 3
_SHARE = 0.6  # of the clauses that must open with a verb or commit
_HEADING_WORDS = 8  # a heading is this short at most


def _has_words(text: str, words: list[str]) -> bool:
    key = f" {fold(text)} "
    return any(f" {fold(w)} " in key for w in words)


def opens_section(p: Paragraph) -> bool:
    """A heading or a lead-in ending in ':' that names what follows as commitments or actions."""
    text = squash(_NUMBER.sub(r"\g<text>", p.text)) if _NUMBER.match(p.text) else squash(p.text)
    if not text:
        return False
    lead_in = text.endswith(":")
    heading = (p.heading or p.bold or text.isupper()) and not words_over(text, _HEADING_WORDS)
    if not (lead_in or heading):
        return False
    if _has_words(text, CLAUSE_NOT_ACTION_SECTION_WORDS):
        return False
    if lead_in:  # the lead-in's last words name what follows ('… the following policy commitments:')
        tail = " ".join(text.rstrip(":").split()[-3:])
        return _has_words(tail, CLAUSE_ACTION_SECTION_WORDS)
    return _has_words(text, CLAUSE_ACTION_SECTION_WORDS)


def _acts(text: str) -> bool:
    return opens_with_verb(text) or commits_to([w.lower() for w in WORD.findall(text[:120])])


def _short_heading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _HEADING_WORDS and not text.rstrip().endswith((".", ";", ":")) and not _acts(text)


def _split_glued(text: str) -> tuple[str, str]:
    """('Managing Risks & Building Resilience', 'Consider climate risks …') for a heading glued to
    its clause, else ('', text)."""
    for m in _GLUED.finditer(text):
        head, rest = text[:m.start()].strip(), text[m.start():].strip()
        if not words_over(head, _HEADING_WORDS) and _acts(rest) and words_over(rest, 3):
            return head, rest
    return "", text


def read_section(blocks: list, start: int) -> tuple[list[tuple[str, str, str, Paragraph]], int]:
    """The clauses after the section's opening at `start`: (ref, area, action, paragraph) each, and
    the index of the first block after the section."""
    out: list[tuple[str, str, str, Paragraph]] = []
    stem = ""
    area = ""
    k = start + 1
    while k < len(blocks):
        b = blocks[k]
        if not isinstance(b, Paragraph):
            break
        text = squash(b.text)
        m = _NUMBER.match(text)
        if m:
            num, body = m.group("num"), squash(m.group("text"))
            root = num.split(".")[0]
            if "." not in num and out:
                break  # a top-level section of its own
            if stem and root != stem:
                break
            stem = stem or root
            if _short_heading(body):
                area = body
            else:
                head, rest = _split_glued(body)
                if head:
                    area = head
                out.append((num, area, rest, b))
        elif _short_heading(text) and (b.bold or b.heading or not words_over(text, 5)):
            if _has_words(text, CLAUSE_NOT_ACTION_SECTION_WORDS):
                break
            area = text
        else:
            break
        k += 1
    return out, k


def read_clauses(raw: RawDocument) -> tuple[RawDocument, bool]:
    """The document with each commitments section's clauses set out as a table (see the module),
    and whether it has one."""
    blocks = list(raw.blocks)
    notes: list[str] = []
    k = 0
    out: list = []
    while k < len(blocks):
        b = blocks[k]
        if isinstance(b, Paragraph) and opens_section(b):
            clauses, end = read_section(blocks, k)
            if len(clauses) >= _MIN_CLAUSES and sum(_acts(a) for _, _, a, _ in clauses) >= _SHARE * len(clauses):
                out.append(b)
                first = clauses[0][3]
                rows = [Row(cells=[Cell("Ref", 0), Cell("Area", 1), Cell("Action", 2)], page=first.page,
                            line=first.line)]
                rows += [Row(cells=[Cell(ref, 0), Cell(area, 1), Cell(action, 2)], page=p.page, line=p.line)
                         for ref, area, action, p in clauses]
                # headings between the clauses are in the table's Area cells; keep none of them twice
                out.append(Table(rows=rows, page=first.page, index=0))
                notes.append(f"{len(clauses)} numbered clause(s) under '{squash(b.text)[:60]}' read as the "
                             f"policy's commitments (page {first.page})")
                k = end
                continue
        out.append(b)
        k += 1
    if not notes:
        return raw, False
    n = 0
    for b in out:  # tables numbered again in order
        if isinstance(b, Table):
            n += 1
            if b.index != n:
                b.index = n
    return replace(raw, blocks=out, warnings=[*raw.warnings, *notes]), True
