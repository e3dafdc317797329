"""Leads printed as initials, and the key of initials the document prints to name them.

A plan short of room prints its leads as initials ('SJC', 'GP / HM') and names them once, in a key
at its foot or its head:

    Key to initials
    Initials | Name            | Role
    SJC      | Sarah-Jane Cole | Designated Nurse
    GP       | Gwen Pritchard  | Headteacher

A reader looks the initials up; so does planx: a lead (or responsible, or area lead) made of
initials alone, each of them in the key, is read as the names the key gives, in the order and with
the separators printed ('SJC / GP' → 'Sarah-Jane Cole / Gwen Pritchard'). A lead with anything else
in it ('GP and the MASH team'), or initials the key does not list, stays as printed. The initials
as printed are said in a note, and the key table itself stays in leftovers.

The evidence for a key of initials, weighed together: a table whose first column holds initials
(two to five capitals, each printed once) beside a column of names; its first column headed as
initials ('Initials', vocab.INITIALS_KEY_HEADINGS) or, headed or not, every row's initials the
first letters of its name's words (a hyphenated name's parts too: 'SJC' for 'Sarah-Jane Cole').
And the key must be the leads' key: it names most (more than half) of the distinct initials the
plan's leads print. A table naming a few officers beside leads mostly unlisted is a partial list (of
contacts, say), not the plan's key: the leads stay as printed, and a note says why.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.extract.model import RawDocument, Table
from planx.normalise.columns import looks_like_name
from planx.normalise.records import Action
from planx.normalise.severity import Note
from planx.normalise.text import fold, squash
from planx.normalise.vocab import INITIALS_KEY_HEADINGS, INITIALS_NAME_HEADINGS

_CODE = re.compile(r"^[A-Z]{2,5}$")
_MARK = r"(?:/|,|&|\+|;|\band\b)"
_SEP = re.compile(rf"(\s*{_MARK}(?:\s*{_MARK})*\s*)")  # 'ND/ /SJC': a scan's marks doubled are one
_MIN_ROWS = 2
_MAX_SHOWN = 6  # readings listed in the note


def _initials_of(name: str) -> str:
    """'SJC' of 'Sarah-Jane Cole' (the first letter of each word and of each part of a hyphenated word)."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isalpha()).upper()


def _code(text: str) -> str:
    """The initials a cell or a lead's part holds, as capitals ('SJC'; a scan's 'sJC' or 'TN.'), '' for
    other text."""
    t = squash(text).strip(" .,;:")
    return t.upper() if _CODE.match(t.upper()) and t.isalpha() and sum(ch.isupper() for ch in t) >= len(t) - 1 \
        else ""


def _mended(name: str, code: str) -> str:
    """The name with a word a scan broke after its capital put together again ('Ann B enson' → 'Ann
    Benson'), when its initials then are the code printed beside it; the name as read else."""
    if _initials_of(name) == code:
        return name
    mended = re.sub(r"\b([A-Z]) ([a-z]{2,})\b", r"\1\2", name)
    return mended if _initials_of(mended) == code else name


def _key_of(table: Table) -> dict[str, str]:
    """{initials: name} of a table that reads as a key of initials (module note), else {}."""
    rows = [[(c.col, squash(c.text)) for c in r.cells if c.text.strip() and not c.merged_above] for r in table.rows]
    rows = [r for r in rows if r]
    if len(rows) < _MIN_ROWS:
        return {}
    heads = rows[0]
    headed = len(heads) >= 2 and fold(heads[0][1]) in INITIALS_KEY_HEADINGS
    name_col = next((col for col, t in heads[1:] if fold(t) in INITIALS_NAME_HEADINGS), None) if headed else None
    body = rows[1:] if headed else rows
    first_col = heads[0][0]
    key: dict[str, str] = {}
    matched = 0
    for r in body:
        cells = dict(r)
        name = cells.get(name_col, "") if name_col is not None else \
            next((t for col, t in r if col != first_col), "")
        if headed and fold(name) in INITIALS_NAME_HEADINGS:
            continue  # the headings printed again atop the next page
        code = _code(cells.get(first_col, ""))
        name = name.rstrip(" .,;:")
        if not code or code in key:
            return {}
        name = _mended(name, code)
        if not name or not looks_like_name(name):
            return {}
        key[code] = name
        matched += _initials_of(name) == code
    if len(key) < _MIN_ROWS:
        return {}
    # headed as a key of initials beside a column of names, or every row's initials its name's
    return key if headed and name_col is not None or matched == len(key) else {}


def initials_key(raw: RawDocument) -> dict[str, str]:
    """{initials: name} from every key of initials the document prints."""
    key: dict[str, str] = {}
    for b in raw.blocks:
        if isinstance(b, Table):
            for code, name in _key_of(b).items():
                key.setdefault(code, name)
    return key


def by_key(text: str, key: dict[str, str]) -> str:
    """The lead read by the key ('GP / HM' → 'Gwen Pritchard / Helen Marsh'); '' when the lead is not
    initials alone, each in the key."""
    parts = _SEP.split(squash(text).rstrip(" .,;:"))
    codes = [_code(p) for p in parts[0::2]]
    if not codes or any(c not in key for c in codes):
        return ""
    return "".join(key[_code(p)] if k % 2 == 0 else _joiner(p) for k, p in enumerate(parts))


def _joiner(sep: str) -> str:
    """The separator between two names as written between words ('/' → ' / ', ',' → ', ')."""
    mark = sep.split()[0] if sep.split() else ","
    mark = "and" if mark.lower() == "and" else mark[0]
    return f"{mark} " if mark in ",;" else f" {mark} "


def _lead_codes(actions: Sequence[Action]) -> set[str]:
    """The distinct initials the actions' leads print ('KO / TBW' → KO, TBW; 'KO and the team' → KO)."""
    codes: set[str] = set()
    for a in actions:
        for field in ("lead", "responsible", "area_lead"):
            printed = getattr(a, field)
            if printed:
                codes.update(c for c in map(_code, _SEP.split(squash(printed))[0::2]) if c)
    return codes


def read_initials(actions: Sequence[Action], raw: RawDocument, warnings: list[str]) -> None:
    """Leads printed as initials read as the names the document's key gives them, said in a note;
    not when the key names too few of the leads' initials to be their key (module note)."""
    key = initials_key(raw)
    if not key:
        return
    codes = _lead_codes(actions)
    named = codes & key.keys()
    if len(named) * 2 <= len(codes):
        if named:
            warnings.append(Note(f"a table of initials and names names only {len(named)} of the {len(codes)} "
                                 "initials the leads print: no key to the leads, leads kept as printed"))
        return
    read: dict[str, str] = {}
    n = 0
    for a in actions:
        for field in ("lead", "responsible", "area_lead"):
            printed = getattr(a, field)
            name = by_key(printed, key) if printed else ""
            if name:
                setattr(a, field, name)
                read[squash(printed)] = name
                n += 1
    if n:
        shown = "; ".join(f"'{k}' as '{v}'" for k, v in list(read.items())[:_MAX_SHOWN])
        more = f"; and {len(read) - _MAX_SHOWN} more" if len(read) > _MAX_SHOWN else ""
        warnings.append(Note(f"{n} lead(s) printed as initials read by the document's key of initials "
                             f"({shown}{more})"))


__all__ = ["by_key", "initials_key", "read_initials"]
