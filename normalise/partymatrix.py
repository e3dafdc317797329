"""Partnership plans: one column per party, a cell of what that party will do.

A multi-agency plan prints its priorities down the side and its partners across the top
('Priority | Children's Social Care | Police | Health | Education | By when'); the cell where a
priority's row meets a party's column says what that party will do for it ('Roll out the Graded
Care Profile 2 …'), a dash or a blank where it does nothing. The shape is told by two things at
once: the headings name parties (agencies, sectors, services, teams, roles: vocab.PARTY_WORDS,
ROLE_WORDS, BODY_WORDS, or an acronym such as 'CSC') and no field, and their cells are sentences
of what is to be done. Several such columns side by side, with no column headed as the action and
none as the lead, make the matrix.

planx's reading: every filled party cell is an action of its own; its lead is the party's heading,
its area (and date) the row's. A RACI matrix (normalise/raci.py) prints letters under its roles,
not sentences, and an ordinary plan names its action and lead columns: neither is read here.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from planx.extract.model import Cell
from planx.normalise.choose import commitment_share
from planx.normalise.columns import is_verb, says_nothing
from planx.normalise.text import fold
from planx.normalise.vocab import BODY_WORDS, PARTY_WORDS, ROLE_WORDS

PARTY_FIELD = "party_action"  # the field of a party's column in a partnership matrix (headers.Column.field)
PARTY_MIN_COLUMNS = 2  # a matrix shares the work between parties
PARTY_HEADING_WORDS = 6  # a party's name is short ('Health (ICB and providers)'); a longer heading says more
ACTION_SHARE = 0.5  # of the party columns' filled cells, together, that state what is to be done
SENTENCE_WORDS = 4.0  # a party column's cells are sentences: at least this many words on average
SUBJECT_WORDS = 6  # the verb of 'GP practices share …' comes within this many words of the start
# fields a column may hold and still be a party's: none, or an action the cells alone suggested
_OPEN_FIELDS = ("", "action")
# fields that say the table is an ordinary plan, whose own columns name the action or who leads it
_PLAN_OWN_FIELDS = ("action", "lead", "responsible")
# fields of a column that labels a matrix's rows by the aim the parties' actions serve: with no
# column of the area, the row's label is the group its actions share, the area
ROW_LABEL_FIELDS = ("objective", "outcome")
# words before a verb of the base form that make it no verb of a subject ('the review', 'a plan', 'to share')
_NOT_SUBJECT_END = frozenset({"the", "a", "an", "to", "of", "for", "in", "on", "with", "by", "our", "their", "its"})
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}s?$")  # 'CSC', 'ICB', 'YOT', 'GPs'
_BRACKETS = re.compile(r"\([^)]*\)|\[[^]]*\]")


def party_heading(label: str) -> bool:
    """Does a heading name a party: an agency, a sector, a service or a team ('Police', "Children's
    Social Care", 'Health (ICB and providers)'), or an acronym ('CSC')? What its brackets add does not
    decide; a long heading says more than a name."""
    bare = _BRACKETS.sub(" ", label).strip()
    words = fold(bare).split()
    if not words or len(words) > PARTY_HEADING_WORDS:
        return False
    if _ACRONYM.match(bare):
        return True
    return any(w in PARTY_WORDS or w in ROLE_WORDS or w in BODY_WORDS for w in words)


def states_action(text: str) -> bool:
    """Does a cell say what is to be done: an instruction or a commitment ('Roll out …', 'We will
    …'), or a party doing it in the present ('GP practices share a named lead …', 'Health visitors
    and school nurses complete GCP2 …')?"""
    if commitment_share([text]) > 0:
        return True
    words = fold(text).split()[:SUBJECT_WORDS + 1]
    return any((is_verb(w) or (w.endswith("s") and is_verb(w[:-1])))
               and words[i - 1] not in _NOT_SUBJECT_END for i, w in enumerate(words) if i >= 1)


def _said(texts: Sequence[str]) -> list[str]:
    """The cells that say something (not a dash, 'None' or a blank)."""
    return [t for t in texts if t.strip() and not says_nothing(t)]


def _sentences(texts: Sequence[str]) -> bool:
    """A party's cells are sentences (names or letters are who is involved, not what they do)."""
    said = _said(texts)
    return bool(said) and sum(len(t.split()) for t in said) / len(said) >= SENTENCE_WORDS


def party_columns(columns: Sequence[tuple[int, str, str]], cells: dict[int, list[str]]) -> list[int]:
    """The grid columns of a partnership matrix's parties among `columns` ((col, heading, field) each),
    given the cells under each ({col: texts}); [] when the table is no such matrix. A party column is
    headed by a party's name (party_heading) that no field took but an action by its cells, and holds
    sentences; PARTY_MIN_COLUMNS of them at least, their cells together saying what is to be done
    (ACTION_SHARE: the verb lists miss a few, 'Fit smoke alarms …'), and no other column named the
    action or the lead (an ordinary plan's 'Action | Lead | Partners')."""
    found = [col for col, label, field in columns
             if field in _OPEN_FIELDS and party_heading(label) and _sentences(cells.get(col, []))]
    if len(found) < PARTY_MIN_COLUMNS:
        return []
    if any(field in _PLAN_OWN_FIELDS for col, _, field in columns if col not in found):
        return []
    said = [t for col in found for t in _said(cells.get(col, []))]
    if sum(states_action(t) for t in said) < ACTION_SHARE * len(said):
        return []
    return found


def cells_per_party(cells: Sequence[Cell], parties: set[int]) -> list[list[Cell]] | None:
    """A row of a partnership matrix as one row per party that acts on it: each keeps the row's own
    cells (its priority, its date) and one party's cell, the other parties' blanked. None when no more
    than one party's cell is filled (the row reads as it stands)."""
    acting = [c.col for c in cells if c.col in parties and c.text.strip() and not says_nothing(c.text)]
    if len(acting) < 2:
        return None
    return [[c if c.col not in parties or c.col == col else replace(c, text="") for c in cells] for col in acting]


__all__ = ["PARTY_FIELD", "ROW_LABEL_FIELDS", "cells_per_party", "party_columns", "party_heading", "states_action"]
