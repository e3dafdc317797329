"""RACI charts: who does each task, said by letters under role columns.

A responsibility (RACI) matrix prints one column per role ('DCS | Commissioning | Health partners')
and, under each, a letter for every task: R = Responsible (does the work), A = Accountable (signs
it off), C = Consulted, I = Informed (RASCI adds S = Support); pairs such as 'C/I' or 'R/A' give a
role two parts. The documents print their key ('Key: R = Responsible …'), but the shape alone is
plain: several headed columns whose cells are nothing but these letters, the R among them.

planx's reading (docs/CONTRACT.md, two owner columns): the role marked R is the action's `lead`
(RACI's own word: who does the work); the role marked A is `responsible` (the second owner) where
it is another role. The letters themselves are kept aside (leftovers) with the role they were
under, C and I included: nothing is lost. A warning says the owners came from letters.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

RACI_FIELD = "raci_role"  # the field of a role column in a RACI matrix (headers.Column.field)

# a RACI cell: letters of the matrix, alone or paired ('R', 'C/I', 'R/A', 'A, R')
_RACI_CELL = re.compile(r"^\s*[RACIS](?:\s*[/,&+]?\s*[RACIS]){0,3}\s*$")
RACI_MIN_COLUMNS = 2  # a matrix has roles to choose between
# fields a heading gives beyond doubt that letters under it are not roles' (a RAG column of 'R' / 'A')
_NOT_ROLES = ("rag", "rating", "status", "action", "due")


# a scan's reading of the letters: 'I' as 'l', '1' or '|', a capital as its small letter ('C/l', 'cil')
_OCR_LETTERS = str.maketrans({"l": "I", "1": "I", "|": "I", "!": "I"})
RACI_SHARE = 0.8  # of a role column's cells that are letters (a scan garbles a few: '€', '(e:')
RACI_CELL_CHARS = 5  # a cell no longer than this may be a garbled letter


def _letters_of(text: str) -> str:
    return text.translate(_OCR_LETTERS).upper()


def raci_cell(text: str) -> bool:
    """Is a cell a RACI matrix's letters ('R', 'C/I', 'R/A'; a scan's 'C/l')?"""
    return bool(_RACI_CELL.match(_letters_of(text)))


def letters(text: str) -> set[str]:
    """The RACI letters a cell holds ({'C', 'I'} of 'C/I'); none for a cell that is no RACI cell."""
    return set(re.findall(r"[RACIS]", _letters_of(text))) if raci_cell(text) else set()


def raci_columns(columns: Sequence[tuple[int, str, str]], cells: dict[int, list[str]]) -> list[int]:
    """The grid columns of a RACI matrix's roles among `columns` ((col, heading, field) each), given
    the cells under each ({col: texts}); [] when the table is no RACI matrix. A role column has a
    heading (the role) and nothing but RACI letters below it (RACI_SHARE of its cells, for a scan's
    garbled few); the matrix has RACI_MIN_COLUMNS such
    columns at least, an R among them, and a C or an I (a RAG column's 'R' / 'A' has neither)."""
    found = []
    for col, label, field in columns:
        texts = [t for t in cells.get(col, []) if t.strip()]
        short = all(len(t.strip()) <= RACI_CELL_CHARS for t in texts)
        if label.strip() and field not in _NOT_ROLES and texts and short \
                and sum(raci_cell(t) for t in texts) >= RACI_SHARE * len(texts):
            found.append(col)
    if len(found) < RACI_MIN_COLUMNS:
        return []
    seen = set().union(*(letters(t) for col in found for t in cells.get(col, [])))
    if "R" not in seen or not seen & {"C", "I"}:
        return []
    return found


def owners(marks: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """(lead, responsible) of one task from its marks [(role, letters)]: the roles marked R, and
    those marked A that are not also marked R ('; '-joined where several)."""
    doers = [role for role, text in marks if "R" in letters(text)]
    signers = [role for role, text in marks if "A" in letters(text) and role not in doers]
    return "; ".join(doers), "; ".join(signers)


__all__ = ["RACI_FIELD", "owners", "raci_cell", "raci_columns"]
