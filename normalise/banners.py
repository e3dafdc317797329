"""Area banners printed across a plan: 'AREA FOR IMPROVEMENT 3: Improve …', 'Priority 2 – …',
'Recommendation 4: …' (their reference and title), and the reference of an area or an action."""
from __future__ import annotations

import re
from functools import lru_cache

from planx.normalise.bilingual import english_label_line
from planx.normalise.text import fix_lookalikes
from planx.normalise.vocab import (
    AREA_WORDS,
)

_AREA_WORD = "|".join(sorted(AREA_WORDS, key=len, reverse=True))
# (an organisation's initials may come first: 'SBC priority 1: …', 'LA Priority 2 – …')
# ('Strategy 1.1: Improve …' under 'Objective 1': the outline number is the banner's, not its title's start)
_BANNER = re.compile(rf"^\s*(?:(?-i:[A-Z]{{2,5}})\s+)?(?:{_AREA_WORD})\s*(?:no\.?\s*)?([0-9IlО]{{1,2}}|[A-Za-z])"
                     r"(?:\.\d{1,2}){0,2}\b\s*[:.\-–]?\s*(.*)$", re.I | re.S)
# an area word after a word or two that say what kind it is, numbered, then a stop or colon and the title
# ('Strategic Objective 2: Tackling child exploitation', 'Cross-cutting Theme 1 – Voice'): the numbered
# kind is what makes it a banner, so the separator is required where the plain form (_BANNER) does not,
# and the area word is capitalised as a heading's is ('Our priority 1: …' is a sentence's opening)
_QUALIFIED_BANNER = re.compile(rf"^\s*(?:[A-Z][A-Za-z'’\-]+\s+){{1,2}}(?=[A-Z])(?i:{_AREA_WORD})\s+(\d{{1,2}}|[A-Z])"
                               r"\s*[:.\-–—]\s*(\S.*)$", re.S)


# a clipped or split banner start: 'EA FOR IMPROVEMENT 16:', 'AREA FOR IMPROVE MENT 4:', 'AREA FOR IMPROVE …'
_LOOSE_BANNER = re.compile(r"^\W*(?:a?r?ea\s+)?(?:for|of)\s+improv\w*(?:\s?ment)?\s*"
                           r"(?:([0-9IlО]{1,2})\b\s*[:.\-–]?)?\s*(.*)$"
                           r"|^\W*e?ment\s+([0-9IlО]{1,2})\s*[:.\-–]\s*(.*)$", re.I | re.S)


_AREA_PART = re.compile(r"^(\d+|[A-Za-z])")
# letters the plan puts before every outline number ('P1.2', 'YJ1.3', 'YJ-2.1'): a prefix, the first
# number the area ('A1' stays area A: no outline number follows)
_PREFIXED_OUTLINE = re.compile(r"^[A-Za-z]{1,4}[\s\-_]?(\d+)\.\d+[a-z]?$")


@lru_cache(maxsize=4096)  # the same few references, row after row
def area_ref_of(ref: str) -> str:
    """The area part of a reference: '2.3' → '2', '2a' → '2', 'В' (Cyrillic) → 'B', 'I' (OCR) → '1'."""
    ref = fix_lookalikes(ref.strip()).strip(" .)")
    if ref in ("I", "l", "О"):  # OCR or Cyrillic for 1
        return "1"
    prefixed = _PREFIXED_OUTLINE.match(ref)
    if prefixed:
        return prefixed.group(1)  # 'P1.2', 'YJ 3.1': the plan's letters before an outline number
    m = _AREA_PART.match(ref)
    return m.group(1).upper() if m else ref


def read_banner(text: str) -> tuple[str, str] | None:
    """(ref, title) of an area banner such as 'AREA FOR IMPROVEMENT 3: Improve …' (its label printed
    in Welsh and English read by the English: 'Blaenoriaeth 1 / Priority 1: …')."""
    text = english_label_line(fix_lookalikes(text))
    m = _BANNER.match(text) or _LOOSE_BANNER.match(text) or _QUALIFIED_BANNER.match(text)
    if not m:
        return None
    if m.re is _BANNER and m.group(1) and m.group(1).isalpha() and not text[m.start(1) - 1].isspace():
        return None  # 'OUTCOMES?', 'PRIORITIES': the plural's s in capitals, no letter naming an area
    groups = [g for g in m.groups()]
    if len(groups) == 4 and groups[2] is not None:  # the 'EMENT 5:' alternative
        groups = groups[2:]
    ref, title = groups[0] or "", (groups[1] or "").strip(" :-–")
    if not ref:
        return "", title  # the walker numbers it after the previous area
    if len(ref) == 1 and ref.isalpha() and ref.islower():
        return None
    return area_ref_of(ref), title
