"""Area banners printed across a plan: 'AREA FOR IMPROVEMENT 3: Improve …', 'Priority 2 – …',
'Recommendation 4: …' (their reference and title), and the reference of an area or an action."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from planx.normalise.bilingual import english_label_line
from planx.normalise.text import fix_lookalikes, fold, words_over
from planx.normalise.vocab import (
    APPARATUS_WORDS,
    AREA_KIND_LABELS,
    AREA_WORDS,
    SPANNING_BANNER_WORDS,
)

_AREA_WORD = "|".join(sorted(AREA_WORDS, key=len, reverse=True))
# (an organisation's initials may come first: 'SBC priority 1: …', 'LA Priority 2 – …')
# ('Strategy 1.1: Improve …' under 'Objective 1': the outline number is the banner's, not its title's start)
# ('Priority #2', 'Goal #3a – Attendance': a number sign before the number, and a letter after it that
# numbers a part of the plan's own, 2a beside 2b, kept as printed: the banner numbers the area itself)
_BANNER = re.compile(rf"^\s*(?:(?-i:[A-Z]{{2,5}})\s+)?(?:{_AREA_WORD})\s*(?:no\.?\s*|#\s*)?"
                     r"([0-9IlО]{1,2}(?:(?-i:[a-z])\b)?|[A-Za-z])"
                     r"(?:\.\d{1,2}){0,2}\b\s*[:.\-–—]?\s*(.*)$", re.I | re.S)  # (an em dash as a print's or a scan's)
_SUB_NUMBERED = re.compile(r"^\d{1,2}[a-z]$")
# an area word after a word or two that say what kind it is, numbered, then a stop or colon and the title
# ('Strategic Objective 2: Tackling child exploitation', 'Cross-cutting Theme 1 – Voice'): the numbered
# kind is what makes it a banner, so the separator is required where the plain form (_BANNER) does not,
# and the area word is capitalised as a heading's is ('Our priority 1: …' is a sentence's opening)
_QUALIFIED_BANNER = re.compile(rf"^\s*(?:[A-Z][A-Za-z'’\-]+\s+){{1,2}}(?=[A-Z])(?i:{_AREA_WORD})\s+(\d{{1,2}}|[A-Z])"
                               r"\s*[:.\-–—]\s*(\S.*)$", re.S)


# a clipped or split banner start: 'EA FOR IMPROVEMENT 16:', 'AREA FOR IMPROVE MENT 4:', 'AREA FOR IMPROVE …'
_LOOSE_BANNER = re.compile(r"^\W*(?:a?r?ea\s+)?(?:for|of)\s+improv\w*(?:\s?ment)?\s*"
                           r"(?:([0-9IlО]{1,2})\b\s*[:.\-–—]?)?\s*(.*)$"
                           r"|^\W*e?ment\s+([0-9IlО]{1,2})\s*[:.\-–—]\s*(.*)$", re.I | re.S)


_AREA_PART = re.compile(r"^(\d+|[A-Za-z])")
# letters the plan puts before every outline number ('P1.2', 'YJ1.3', 'YJ-2.1'): a prefix, the first
# number the area ('A1' stays area A: no outline number follows)
# ('P1.F2.A1': each level lettered too, pillar 1, focus area 2, action 1: the first number the area)
_PREFIXED_OUTLINE = re.compile(r"^[A-Za-z]{1,4}[\s\-_]?(\d+)(?:\.\d+[a-z]?|(?:\.[A-Za-z]{1,4}\d+[a-z]?)+)$")


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


_OUTLINE_ITEM = re.compile(rf"^\s*(?:{_AREA_WORD})\s+(\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}[a-z]?)\s*[:.]?\s*$", re.I)


def outline_item(text: str) -> str:
    """The outline number of a line that is an area word and an outline number alone ('Objective 1.3',
    'Priority 2.1'): the number of an item within area 1 or 2 titling its form below, no area of its
    own; '' for any other line."""
    m = _OUTLINE_ITEM.match(fix_lookalikes(text))
    return m.group(1) if m else ""


# a heading that names a part by a word and a number or letter before its title ('Section B. Reduce …')
_NAMED_PART = re.compile(r"^\s*(?P<word>[A-Z][A-Za-z]{2,20})\s+(?P<ref>\d{1,2}|[A-Z])\s*[.:)\-–—]\s+(?P<title>\S.*)$",
                         re.S)

# a number alone before the title ('1. Identifying needs early', '2) Sufficiency of places'): in a heading
# known to group actions, the part's number (not a dotted '1.2', which numbers an item within a part)
_NUMBERED_PART = re.compile(r"^\s*(?P<ref>\d{1,2})[.)]\s+(?P<title>[A-Za-z]\S*(?:\s+\S+)+)$", re.S)


def grouping_heading(text: str) -> tuple[str, str] | None:
    """(ref, title) of a heading already known to group actions (ranked above their headings): an area
    banner (read_banner), a number alone before its title ('1. Identifying needs early'), or any word
    that names a part, its number or letter and its title ('Section B. Reduce …', 'Workstream 2 – …'),
    not a figure's or an annex's; None for any other heading."""
    banner = read_banner(text)
    if banner is not None and banner[0]:
        return banner
    m = _NUMBERED_PART.match(fix_lookalikes(text))
    if m is not None and words_over(m.group("title"), 1):
        return m.group("ref"), m.group("title").strip()  # '1. Identifying needs early' over 'ACTION 1.1'
    return named_part(text) or banner


def named_part(text: str) -> tuple[str, str] | None:
    """(ref, title) of a heading naming its part by a word, its number or letter and its title
    ('Section B. Reduce …', 'Workstream 2 – …'), not a figure's or an annex's (APPARATUS_WORDS); None
    otherwise. Only a heading known to group actions (or with the actions under it) is read so."""
    m = _NAMED_PART.match(fix_lookalikes(text))
    if m is None or m.group("word").lower() in APPARATUS_WORDS or not words_over(m.group("title"), 1):
        return None
    return area_ref_of(m.group("ref")), m.group("title").strip()


def _unbracketed(title: str) -> str:
    """A title the banner sets in brackets after its number ('Regulation 12 (Safe care and treatment)',
    'Priority 2 (Early help)'), without them; any other title as it is."""
    if title.startswith("(") and title.endswith(")") and "(" not in title[1:] and ")" not in title[:-1]:
        return title[1:-1].strip()
    return title


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
    ref, title = groups[0] or "", _unbracketed((groups[1] or "").strip(" :-–—"))
    if not ref:
        return "", title  # the walker numbers it after the previous area
    if len(ref) == 1 and ref.isalpha() and ref.islower():
        return None
    if _SUB_NUMBERED.match(ref):
        return ref, title
    return area_ref_of(ref), title


_OUTLINE_BANNER = re.compile(rf"^\s*(?:{_AREA_WORD})\s+(\d{{1,2}}(?:\.\d{{1,2}}){{1,2}})\s*[:.\-–—]\s*\S", re.I)


def banner_outline(text: str) -> str:
    """The outline number a banner prints whole ('Goal 1.1 – Reduce the staff turnover …' → '1.1'),
    which read_banner gives as its area's part ('1'); '' for a banner numbered otherwise."""
    m = _OUTLINE_BANNER.match(fix_lookalikes(text))
    return m.group(1) if m else ""


# the ways a title across a table or page gives its area's reference, read in this order (area_heading):
# a number or capital letter and a stop ('1. Identify needs early', 'B) Buildings');
NUMBERED_TITLE = re.compile(r"^\s*(\d{1,2}|[A-Z])\s*[.):]\s+(\S.*)$", re.S)
# a capital letter or a number before a capitalised title with no stop ('A Net zero council', '2 Carers'):
# a code only where the rows under it are numbered under it ('A.1', 'A.2'; see numbered_under), for
# one space after a letter is as often an article's ('A New Approach')
BARE_CODE_TITLE = re.compile(r"^\s*([A-Z]|\d{1,2})\s+([A-Z][^\s.]*(?:\s+\S+)*)$", re.S)
_CHILD_REF = re.compile(r"^\s*([A-Z]|\d{1,2})[.\-](\d{1,2})[a-z]?\.?\s*$")


def numbered_under(ref: str, code: str) -> bool:
    """Is ref numbered under code ('A.1', 'A-2' under 'A'; '2.1' under '2')?"""
    m = _CHILD_REF.match(ref)
    if m is None:
        return False
    own = m.group(1)
    return own == code or (own.isdigit() and code.isdigit() and int(own) == int(code))


def bare_code_over(text: str, refs: Sequence[str]) -> tuple[str, str] | None:
    """(code, title) of a title printed after a bare code ('A Net zero council') over rows whose
    references (`refs`: the first cells of the rows below, as printed) are numbered under that
    code: at least one, every reference among them, and half the rows or more ('A.1', 'A.2').
    None otherwise."""
    m = BARE_CODE_TITLE.match(text)
    if m is None or words_over(m.group(2), 12):
        return None
    coded = [r for r in refs if _CHILD_REF.match(r)]
    under = [r for r in coded if numbered_under(r, m.group(1))]
    if not under or len(under) < len(coded) or len(under) < 0.5 * len(refs):
        return None
    return area_ref_of(m.group(1)), m.group(2).strip()


# a row's own code run on from its area's letter ('B1', 'B12a'): an item of area B
_LETTER_ITEM = re.compile(r"^\s*([A-Z])\d{1,2}[a-z]?\.?\s*$")


def code_beside_item(text: str, ref: str) -> tuple[str, str] | None:
    """(code, title) of an area cell printing a bare code before its title ('B Safe staffing') beside
    the row's own reference numbered under that code ('B1', 'B.1', 'B-2'; '2.1' beside '2 Early
    help'): the reference says the code is the area's. None otherwise ('A Safe staffing' beside 'B1',
    or with no reference: a capital opening a title, 'A Listening service', is no code by itself)."""
    m = BARE_CODE_TITLE.match(text)
    if m is None or words_over(m.group(2), 12):
        return None
    letter = _LETTER_ITEM.match(ref)
    if (letter is None or letter.group(1) != m.group(1)) and not numbered_under(ref, m.group(1)):
        return None
    return area_ref_of(m.group(1)), m.group(2).strip()


# a roman numeral, one to ten, kept as printed ('ii. Targeted support', 'IV) Other approaches');
_ROMAN_TITLE = re.compile(r"^\s*(x|ix|iv|v?i{1,3}|v|X|IX|IV|V?I{1,3}|V)\s*[.)]\s+(\S.*)$", re.S)
# a numbered kind of area ('Board priority 4: …', 'Strategic objective 2 – …');
_SPANNING_QUALIFIED = re.compile(rf"^\s*(?:[A-Z][A-Za-z'’\-]+\s+){{1,2}}(?i:{_AREA_WORD})\s+(\d{{1,2}}|[A-Z])"
                                 r"\s*[:.\-–—]\s*(\S.*)$", re.S)
# a numbered item that heads the rows below it ('Recommendation 1: …', 'Rec 2 – …');
_SPANNING_BANNER = re.compile(rf"^\s*(?:{'|'.join(sorted(SPANNING_BANNER_WORDS, key=len, reverse=True))})\s*"
                              r"(?:no\.?\s*)?(\d{1,2}[a-z]?)\s*[:.\-–]\s*(\S.*)$", re.I | re.S)
# a letter, a number or a letter or two before a number set off by a spaced dash ('T - Transport and
# travel', '2 – Early help', 'P1 — Safer streets'; not a quarter, a half-year or a financial year, which
# are when: 'Q1 – Actions', 'FY26 – Goals');
_DASHED_CODE = re.compile(r"^\s*([A-Z]|\d{1,2}|(?!Q[1-4]\b|H[12]\b|FY)[A-Z]{1,2}\d{1,2})\s+[-–—]\s+(\S.*)$", re.S)
# or a code of capital letters in brackets after the title ('Theme: Nature and land use (N)'; a number
# in brackets is as often a count or a note's: 'Early help (2)')
_BRACKETED_CODE = re.compile(r"^\s*(\S.*?\S)\s*\(\s*([A-Z]{1,2})\s*\)\s*$", re.S)


# a label naming a kind of area, unnumbered, before an area's title ('Local authority priority: …',
# 'Strategic theme: …', 'Ofsted recommendation: …'): a few words ending in an area word or a word
# that names what a banner's rows answer (vocab.SPANNING_BANNER_WORDS), then a colon
_AREA_WORD_ALT = "|".join(sorted(map(re.escape, [*AREA_WORDS, *SPANNING_BANNER_WORDS]), key=len, reverse=True))
_AREA_LABEL = re.compile(rf"^\s*(?:[A-Za-z'’\-]+\s+){{0,3}}(?:{_AREA_WORD_ALT})s?\s*:\s*(?=\S)", re.I)
# a label naming the kind of unit an area is, by its name ('Core service: Surgery', 'SERVICE - Maternity'),
# then a colon or a spaced dash: what follows is the name, however short
_AREA_KIND = re.compile(rf"^\s*(?:{'|'.join(sorted(map(re.escape, AREA_KIND_LABELS), key=len, reverse=True))})"
                        r"\s*(?::|\s[\-–—])\s*(?=\w)", re.I)
# a labelled line naming the grouping an action comes under ('Priority: 1 – Leadership', 'Theme: B'):
# its label is an area word alone (vocab.AREA_WORDS)
_AREA_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(\S.*)$")
_AREA_LINE_WORDS = frozenset(fold(w) for w in AREA_WORDS)


_LABEL_BEFORE = re.compile(r"^\s*([A-Za-z][A-Za-z'’\- ]{1,40}?)\s*:\s*(?=\S)")
_LABEL_WORDS = 4  # words of such a label at most
_AREA_LABEL_SCORE = 90.0  # how surely (of 100) the heading reader must name the label an area's


def without_area_label(title: str) -> str:
    """An area's title without the label before it that names its kind of area ('Local authority
    priority: The #SBCway …' → 'The #SBCway …', 'Core service: Surgery' → 'Surgery'); a label
    naming an area word is kept where a single word would be all that is left."""
    named = _AREA_LABEL.sub("", title, count=1)
    if named == title and (m := _LABEL_BEFORE.match(title)) is not None and not words_over(m.group(1), _LABEL_WORDS):
        # a label whose words the heading reader takes for an area's name, whatever word ends it
        # ('Areas of change: workforce planning', 'Area of focus: …'): its meaning says what follows is
        # the area's title
        from planx.normalise.headers import classify
        name, score, _ = classify(m.group(1))
        if name == "area" and score >= _AREA_LABEL_SCORE:
            named = title[m.end():]
    text = named if named != title and words_over(named, 1) else title
    return _AREA_KIND.sub("", text, count=1) or text


def labelled_area(line: str, besides: Iterable[str] = ()) -> str | None:
    """The area a line labelled with an area word names ('Priority: 1 – Leadership' → '1 – Leadership',
    'Theme: B' → 'B'); None for any other line, or where its label is among besides (area words the
    caller reads as fields of its own, folded: a minute's 'Objective: …' is its action's)."""
    m = _AREA_LINE.match(line)
    if m is None or fold(m.group(1)) not in _AREA_LINE_WORDS - set(besides):
        return None
    return m.group(2).strip()


def dashed_code(text: str) -> tuple[str, str] | None:
    """(code, title) of a heading that opens with its area's code set off by a spaced dash ('P1 — Safer
    streets', 'T - Transport and travel'): the code as printed, the area's own; None otherwise."""
    m = _DASHED_CODE.match(fix_lookalikes(text))
    return (m.group(1), m.group(2).strip()) if m is not None else None


def area_heading(text: str) -> tuple[str, str] | None:
    """(ref, title) of a title across a table or page that gives its area's reference as a plan
    prints it: numbered ('1. …', 'ii. …'), a numbered kind of area or item ('Board priority 4: …',
    'Recommendation 1: …', read_banner's 'Priority 2 – …'), a code set off by a spaced dash ('T -
    Transport and travel') or in brackets after the title ('Theme: Nature and land use (N)'). None
    when it gives none (the title alone is then the area, unnumbered)."""
    text = fix_lookalikes(text)
    m = NUMBERED_TITLE.match(text)
    if m is not None:
        return area_ref_of(m.group(1)), m.group(2).strip()
    m = _ROMAN_TITLE.match(text)
    if m is not None:
        return m.group(1), m.group(2).strip()
    banner = read_banner(text)
    if banner is not None and banner[0]:
        return banner
    for pattern in (_SPANNING_QUALIFIED, _SPANNING_BANNER, _DASHED_CODE):
        m = pattern.match(" ".join(text.split()) if pattern is _SPANNING_BANNER else text)
        if m is not None:
            # a dashed code is the area's own ('P1 — …'), no item's reference to cut to its area
            ref = m.group(1) if pattern is _DASHED_CODE else area_ref_of(m.group(1))
            return ref, m.group(2).strip()
    m = _BRACKETED_CODE.match(text)
    if m is not None and words_over(m.group(1), 1):
        return m.group(2), m.group(1).strip()
    return None
