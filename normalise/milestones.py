"""Lists inside a cell → items, so the Nth milestone meets the Nth date and status.

People number the items of a cell in many ways: '1. … 2. …', '1) …', '(1) … (2) …',
'a. … b. …', 'a) … (b) …', 'i. … ii. …', '(i) … (ii) …', 'A. … B. …', 'I. … II. …', Word's own
list numbering (extract/docx.py prints the number Word shows), and OCR's 'I.' for '1.'. A
cell is a list when one marker shape (the same brackets, the same kind of number) counts
1, 2, 3 … from the start of the cell; so 'Section 1. Introduction', a date '1.4.2025',
'2.5%' or '(2.1)' inside a sentence never split it. Bulleted lines ('•', '-', '*', '▪', 'o',
Wingdings' '', pdfminer's '(cid:127)') are a list too, but an unnumbered one: see
split_bullets.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from planx.normalise.codes import CAPITAL_STATUS_DASH
from planx.normalise.dates import PlanDate, date_spans
from planx.normalise.text import squash, words_over
from planx.normalise.vocab import DATE_JOINING_WORDS, LIST_BULLETS

# a digit marker: 1-2 digits, or 'I'/'l' that OCR made of '1', followed by '.' or ')'
# not a decimal ('2.1'), unless a day or a date follows ('2.15th March', '1.31/03/2015')
_MARKER = re.compile(r"(?:(?<=[\s;,])|^)(\d{1,2}|[Il])\s*[.)]"
                     r"(?!\d(?!\d?(?:st|nd|rd|th)\b|\d?[/.\-]\d{1,2}[/.\-]\d{2,4}))\s*")
# the same marker followed by a number ('2.12 month campaign'): trusted only as the chain's next number
_LOOSE_MARKER = re.compile(r"(?:(?<=[\s;,])|^)(\d{1,2}|[Il])\s*[.)]\s*(?=\d+\s+[A-Za-z])")
# a bracketed marker: '(1)', '(a)', '(iv)', '(B)'
_PAREN_MARKER = re.compile(r"(?:(?<=[\s;,:])|^)\((\d{1,2}|[A-Za-z]|[ivxIVX]{2,5})\)\s*")
# a letter or roman number before '.' or ')' and a space: 'a. ', 'b) ', 'iv. ', 'B. '
_LETTER_MARKER = re.compile(r"(?:(?<=[\s;,:])|^)([A-Za-z]|[ivx]{2,5}|[IVX]{2,5})[.)](?=\s+\S)\s*")

# letters and a number before the item's words, no stop: 'M1 Scoping complete', 'MS2 Go live' (the cell
# must open with one; never a number after it, 'Q1 2025/26' is a date); a word of capitals, a space and the
# number before a colon as well ('PDSA 1: Test the huddle script', 'Cycle 2: …')
_PREFIX_MARKER = re.compile(r"(?:(?<=[\s;,:])|^)([A-Z]{1,4}|[A-Z][a-z]{1,9}(?=\s\d{1,2}:))(?:\s(?=\d{1,2}:))?(\d{1,2})"
                            r"[.:)]?\s+(?=[A-Za-z])")

# quick tests: a digit marker anywhere ('… 2. …' after an unnumbered first item), or any marker
# at the very start of the cell (a list of letters, romans or bracketed numbers starts there)
_DIGIT_MARKER = re.compile(r"[\dIl]\s*[.)]")
_START_MARKER = re.compile(r"\(\w{1,5}\)|[A-Za-z]{1,5}[.)]\s")

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def roman_value(token: str) -> int | None:
    """The value of a lower- or upper-case roman number up to xxxix ('iv' → 4), None otherwise."""
    t = token.lower()
    if not t or any(c not in _ROMAN_VALUES for c in t):
        return None
    total = 0
    for i, c in enumerate(t):
        v = _ROMAN_VALUES[c]
        total += -v if i + 1 < len(t) and _ROMAN_VALUES[t[i + 1]] > v else v
    return total if _to_roman(total) == t else None  # 'iiv', 'vv' are no roman numbers


def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


class Marker(NamedTuple):
    start: int
    end: int
    kind: str  # 'number', 'lower', 'upper', 'lower_roman', 'upper_roman', and the shape: '(…)' or '….'
    value: int
    loose: bool = False  # a digit marker followed by a number: only trusted as the next of a chain


def _readings(token: str, shape: str) -> list[tuple[str, int]]:
    """Every (kind, value) a marker token can stand for: 'i' is a letter or a roman one."""
    out: list[tuple[str, int]] = []
    if token.isdigit():
        out.append(("number" + shape, int(token)))
    elif token in ("I", "l") and shape == ".":
        out.append(("number.", 1))  # OCR's 1
    if len(token) == 1 and token.isalpha() and token.isascii():
        out.append(("lower" + shape if token.islower() else "upper" + shape, ord(token.lower()) - 96))
    roman = roman_value(token) if token.isalpha() else None
    if roman is not None and (token.islower() or token.isupper()):
        out.append(("lower_roman" + shape if token.islower() else "upper_roman" + shape, roman))
    return out


def _markers(text: str, lettered: bool) -> list[Marker]:
    """Every marker in the text; bracketed and letter markers only when the cell starts with one."""
    found: list[Marker] = []
    strict = set()
    for m in _MARKER.finditer(text):
        strict.add(m.start())
        if _closes_aside(text, m) or not _opens_item(text, m):
            continue
        found += [Marker(m.start(), m.end(), k, v) for k, v in _readings(m.group(1), ".")]
    for m in _LOOSE_MARKER.finditer(text):
        if m.start() not in strict and not _closes_aside(text, m):
            found += [Marker(m.start(), m.end(), k, v, True) for k, v in _readings(m.group(1), ".")]
    if _PREFIX_MARKER.match(text):
        found += [Marker(m.start(), m.end(), f"prefix {m.group(1)}", int(m.group(2)))
                  for m in _PREFIX_MARKER.finditer(text)]
    if not lettered:
        return sorted(found)
    for m in _PAREN_MARKER.finditer(text):
        found += [Marker(m.start(), m.end(), k, v) for k, v in _readings(m.group(1), "()")]
    for m in _LETTER_MARKER.finditer(text):
        if m.start() not in strict:
            found += [Marker(m.start(), m.end(), k, v) for k, v in _readings(m.group(1), ".")
                      if not k.startswith("number")]
    return sorted(found)


def _closes_aside(text: str, m: re.Match[str]) -> bool:
    """'2)' that closes a bracket opened before it ('… review the policy (phase 2)', '(see
    section 2)') ends an aside: it numbers no item."""
    if not m.group(0).rstrip().endswith(")"):
        return False
    before = text[:m.start()]
    return before.count("(") > before.count(")")


def _opens_item(text: str, m: re.Match[str]) -> bool:
    """A marker numbers an item only when words follow it: 'Complete phase 2.' ends a sentence."""
    return bool(text[m.end():].strip(" .;,:)]"))


def _chain(markers: list[Marker]) -> list[Marker]:
    """The longest run of one kind of marker counting 1, 2, 3 … (digits may skip one number,
    '2. … 4. …', and may start at 2 after an unnumbered first item, as plans print them)."""
    # only '2.' may open a chain after an unnumbered first item: '(2)' or 'b.' in a sentence is no list
    numbers = markers[0].kind == "number." if markers else False
    chain: list[Marker] = []
    want = 1 if markers and markers[0].start == 0 else 2
    if want == 2 and not numbers:
        return []
    for m in markers:
        if m.loose and not (chain and m.value == want):
            continue
        if chain and m.start < chain[-1].end:
            continue
        step_ok = m.value == want or (m.kind.startswith("number") and chain and m.value == want + 1)
        if step_ok and (want > 1 or m.start == 0):
            chain.append(m)
            want = m.value + 1
    return chain


def lead_in_items(text: str, printed: str = "") -> tuple[str, list[tuple[int, str]]] | None:
    """(the lead-in, the items) of a cell that opens with a sentence naming a numbered list after it
    ('Management has developed the following …:' over '1. … 2. … 3. …'), or with the action's own
    line(s) over its steps numbered a line each ('Publish the guidance' / '1. Draft agreed' / '2.
    Signed off'); None otherwise. printed: the cell as printed, its line breaks kept, when text
    has lost them."""
    items = split_numbered(squash(text))
    if not items or len(items) < 2 or items[0][0] != 1:
        return None
    # ('… the following:' run into '1. …': the first marker after a colon reads as no list's start)
    m = _LEAD_IN_FIRST.match(items[0][1])
    if m is not None:
        return m.group(1), [(1, m.group(2)), *items[1:]]
    m = _LEAD_IN_LINE.match(items[0][1])
    if m is not None and items[1][0] == 2 and _NUMBERED_LINES.search(printed or text):
        # the list's '1.' and '2.' each open a line below words of their own: those words are no step
        return m.group(1), [(1, m.group(2)), *items[1:]]
    if len(items) >= 3 and items[1][0] == 1 and items[0][1].endswith(":"):
        return items[0][1], items[1:]
    return None


_LEAD_IN_FIRST = re.compile(r"^(\S.*?:)\s*(?:1[.)]|\(1\))\s+(\S.*)$", re.S)
# the last '1.' after some words ('Publish the guidance 1. Draft agreed'), and lines opening with '1.' then '2.'
_LEAD_IN_LINE = re.compile(r"^(\S.*\S)\s+1[.)]\s+(\S.*)$", re.S)
_NUMBERED_LINES = re.compile(r"\S[^\n]*\n\s*1[.)]\s+\S[^\n]*(?:\n[^\n]*)*?\n\s*2[.)]\s+\S")


def split_numbered(text: str) -> list[tuple[int, str]] | None:
    """[(number, item text)] when the cell is a list numbered 1, 2, 3 … (a, b, c …; i, ii, iii …);
    None otherwise."""
    found = _split_numbered(text)
    return list(found) if found is not None else None


@lru_cache(maxsize=8192)
def _split_numbered(text: str) -> tuple[tuple[int, str], ...] | None:
    """The chain must start at 1 (a, i) and count up by one, in one marker shape, so '(2.1)' or
    'stage 2.' inside a sentence does not split a cell; a letter or roman list needs two items."""
    text = text.strip()
    lettered = bool(_START_MARKER.match(text))
    if not lettered and not _DIGIT_MARKER.search(text) and not _PREFIX_MARKER.match(text):
        return None  # no 'n.' or 'n)' anywhere and no marker at the start (most cells): decided in one scan
    markers = _markers(text, lettered)
    best: list[Marker] = []
    for kind in dict.fromkeys(m.kind for m in markers):
        chain = _chain([m for m in markers if m.kind == kind])
        if len(chain) > len(best) or (len(chain) == len(best) and chain and _prefer(chain, best)):
            best = chain
    if not best or not _a_real_sequence(text, best, markers):
        return None
    numbers = best[0].kind.startswith("number")
    if not numbers and len(best) < 2:
        return None
    items: list[tuple[int, str]] = []
    # a bar parts the items as a semicolon does ('M1: Draft the plan | M2: Test it'): no part of either
    if best[0].start != 0:
        items.append((1, text[:best[0].start].strip(" ;,|")))
    for i, m in enumerate(best):
        end = best[i + 1].start if i + 1 < len(best) else len(text)
        items.append((m.value, text[m.end:end].strip(" ;,|\n")))
    return tuple(items) if len(items) > 1 or best[0].start == 0 else None


def _a_real_sequence(text: str, chain: list[Marker], markers: list[Marker]) -> bool:
    """A lone '2.' after unnumbered words ('Deliver training to cohort 2. Evaluate impact') is a
    number in a sentence unless it starts a line, as the second item of a list whose first lost its
    number does, or a '1.' of its kind comes before it ('Improve attendance 1. Agree the policy 2.
    Train the staff'); two markers or more ('Draft 2. Consult 3. Sign off') count as a sequence."""
    first = chain[0]
    if first.start == 0 or len(chain) > 1:
        return True
    if any(m.kind == first.kind and m.value == 1 and m.start < first.start for m in markers):
        return True
    return text[:first.start].rstrip(" \t").endswith("\n")


def _prefer(chain: list[Marker], other: list[Marker]) -> bool:
    """Between two chains as long: digits before romans before letters ('i. ii.' is roman)."""
    order = ("number", "lower_roman", "upper_roman", "lower", "upper")
    rank = {k: i for i, k in enumerate(order)}

    def kind_rank(c: list[Marker]) -> int:
        return rank.get(c[0].kind.rstrip(".()"), len(order)) if c else len(order)  # ('prefix M' last)
    return kind_rank(chain) < kind_rank(other)


# ---- bullets ---------------------------------------------------------------------------

_BULLET_CLASS = "".join(re.escape(b) for b in LIST_BULLETS if len(b) == 1)
# a bulleted line: a glyph, a hyphen or asterisk, Word's 'o' (Courier New) or a pdfminer '(cid:N)'
_BULLET_LINE = re.compile(rf"^\s*(?:[{_BULLET_CLASS}]|[\-–*](?=\s)|o(?=\s)|\(cid:\d+\))\s*")
# glyphs that mark items inside one line too ('• a • b'); hyphens and 'o' do only at a line's start
_INLINE_BULLET = re.compile(rf"(?:^|\s)(?:[{_BULLET_CLASS}]|\(cid:\d+\))\s*")


def split_bullets(text: str) -> list[str] | None:
    """The items of a bulleted cell ('• a\\n• b', '- a\\n- b', '• a • b'), without their bullets;
    None unless two items or more are bulleted. A line with no bullet continues the item above
    (a wrapped line); text before the first bullet is an item of its own (an intro)."""
    found = _split_bullets(text)
    return list(found) if found is not None else None


@lru_cache(maxsize=8192)
def _split_bullets(text: str) -> tuple[str, ...] | None:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    marked = [bool(_BULLET_LINE.match(ln)) for ln in lines]
    if sum(marked) >= 2:
        items: list[str] = []
        for line, bullet in zip(lines, marked, strict=True):
            if bullet or not items:
                items.append(_BULLET_LINE.sub("", line, count=1).strip())
            else:
                items[-1] += " " + line.strip()
        return tuple(i for i in items if i) if sum(1 for i in items if i) >= 2 else None
    parts = [p.strip() for p in _INLINE_BULLET.split(" ".join(lines))]
    if len(parts) >= 3 or (len(parts) == 2 and not parts[0]):
        items = [p for p in parts if p]
        return tuple(items) if len(items) >= 2 else None
    return None


def intro_and_items(text: str) -> tuple[str, list[str]]:
    """A cell that opens with unmarked lines and goes on as a list ('Autumn term\nFirst Half\n• Update
    the policy\n• Brief the staff') → (its opening words, its items); ('', []) when the cell holds
    no list of two items after an opening. For readers of structure: the opening is often a label
    (a term, a theme) for the items below it."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    first = next((i for i, ln in enumerate(lines) if _BULLET_LINE.match(ln) or _split_numbered(ln.strip())), None)
    if not first:  # None (no list) or 0 (no opening)
        return "", []
    rest = "\n".join(lines[first:])
    items = split_bullets(rest) or [t for _, t in split_numbered(rest) or []]
    if len(items) < 2:
        return "", []
    return " ".join(ln.strip() for ln in lines[:first]), items


# a lone item's list mark: a bullet, or a number, letter or roman number before '.' or ')' ('ii. ', '(b) ')
_ITEM_MARK = re.compile(r"^\s*(?:[•·▪●◦\-–*]|\(?(?:\d{1,2}|[A-Za-z]|[ivxIVX]{2,5})[.)])\s+(?=\S)")


def listed_steps(text: str) -> list[str]:
    """The items of a list of steps printed under a label ('Key milestones:' over 'i. Pilot – May 2025
    ii. Evaluate – July 2025', or one item alone), without their marks; [] for no text."""
    numbered = split_numbered(text)
    if numbered:
        return [t for _, t in numbered]
    bullets = split_bullets(text)
    if bullets:
        return bullets
    return [_ITEM_MARK.sub("", text.strip())] if text.strip() else []


def dated_steps(text: str, year: int | None = None) -> list[str]:
    """The listed_steps of a text when every one prints its own date or status ('Pilot – May 2025',
    'Audit agreed (Complete)'); [] otherwise."""
    steps = listed_steps(text)
    if steps and all(item_date(s, year)[2] is not None or item_status(s, year) is not None for s in steps):
        return steps
    return []


# a date of day, month and year by numbers ('01.10.26', '1/10/2026'): its day is no list number
_NUMERIC_DAY_DATE = re.compile(r"^\s*\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}\s*$")


def strip_number(text: str) -> str:
    """A lone item without its list number ('I.Completed' → 'Completed'); a date ('01.10.26') whole."""
    return text if _NUMERIC_DAY_DATE.match(text) else leading_number(text)[1]


_LEADING_NUMBER = re.compile(r"^\s*(?:(\d{1,2}|[Il])\s*[.)](?!\d{1,2}(?:\.\d{1,2})*\.?\s)|\((\d{1,2})\))\s*(?=\S)")


def leading_number(text: str) -> tuple[str, str]:
    """('3', rest) for an action that starts with its own number ('3 .Roll out …', '(2) Update …', a
    numbered date '1.31/03/2015'); a reference whose stop goes on with its sub-number and a space
    ('3.2 Establish …') is the text's own, no list number."""
    m = _LEADING_NUMBER.match(text)
    if not m:
        return "", text
    token = m.group(1) or m.group(2)
    return ("1" if token in ("I", "l") else str(int(token))), text[m.end():]


# ---- a date printed in an item ------------------------------------------------------------

# what joins an item to a date printed after it: 'Draft agreed – Jun 25', '… by 31/03/2025',
# '… (Sept 2024)', '…, due end of March 2025', '… Target: Q3 2025/26'
_BEFORE_END_DATE = re.compile(r"(?:\s*(?:[,;:–—(\[|]|\s-|\b(?:by|due|due by|deadline|target(?: date)?|"
                              r"(?:by )?(?:the )?end(?: of)?|before|no later than)\b)[\s,;:–—\-(\[]*)+$", re.I)
# (a date after a plain word stays in the text: 'Revised plan required for 2015/16' names a period)
# what joins a date printed first to its item: 'Jun 25: Draft agreed', '31/03/2025 – Audit done'
_AFTER_START_DATE = re.compile(r"^\s*\)?\s*[:–—\-|]\s*(?=\S)")


# a closing sentence that states the date by its label ('Anticipated completion date is June 30, 2023.')
_DATE_SENTENCE = re.compile(r"(?:^|(?<=[.;!?])\s+)((?:the\s+)?[A-Za-z][A-Za-z ]{2,50}?)\s+(?:is|will be|:)\s*$", re.I)


def _date_sentence(item: str, start: int) -> int | None:
    """Where a closing sentence naming the date by its label starts, when the date ends it; else None."""
    from planx.normalise.headers import classify  # headers reads milestones' words
    m = _DATE_SENTENCE.search(item[:start])
    if m is None or not item[:m.start()].strip():
        return None
    name, score, _ = classify(re.sub(r"^the\s+", "", m.group(1), flags=re.I))
    return m.start() if name == "due" and score >= 85 else None


def item_date(item: str, year: int | None = None) -> tuple[str, str, PlanDate | None]:
    """(the item without its date, the date as printed, the date) when the item prints its own
    date at its end ('… – Jun 25', '… by 31/03/2025', '… (Sept 2024)') or at its start before a
    colon or dash ('Jun 25: …'); the date is no part of the milestone's text. (item, '', None) when
    it prints none at an edge. A date inside the sentence dates the item but stays in its text."""
    spans = date_spans(item, year)
    if not spans:
        return item, "", None
    start, end, date = spans[-1]
    if not item[end:].strip(" .;,)]") and (cut := _date_sentence(item, start)) is not None:
        return item[:cut].rstrip(), item[start:end], date  # '… Anticipated completion date is June 30, 2023.'
    if not item[end:].strip(" .;,)]"):
        window = max(0, start - 40)  # the joining words are few: a short window keeps the search quick
        lead = _BEFORE_END_DATE.search(item, window, start)
        if lead and item[:lead.start()].strip():
            cut = lead.start()
            return item[:cut].rstrip(" ,;:–—-(["), item[start:end], date
    first_start, first_end, first = spans[0]
    after = _AFTER_START_DATE.match(item[first_end:])
    if not item[:first_start].strip(" ([") and after:
        return item[first_end + after.end():].strip(), item[first_start:first_end], first
    return item, item[start:end], max((d for _, _, d in spans), key=PlanDate.end_key)


def date_set_apart(item: str, year: int | None = None) -> str:
    """An item that ends in a date with nothing between them ('Pilot launched Q2 2025/26', what is
    left of 'Pilot launched | Q2 2025/26 | Underway' when a scan lost its bars), where every item of
    the list prints a date and then a status: the date is the item's own, set apart by a dash as
    item_date reads it ('Pilot launched – Q2 2025/26'). Other items are returned as they are."""
    spans = date_spans(item, year)
    if not spans:
        return item
    start, end, _ = spans[-1]
    head = item[:start].rstrip()
    if item[end:].strip(" .;,") or not head or head.endswith(("–", "—", "-", ":", ",", ";", "|", "(")) \
            or head.split()[-1].lower() in DATE_JOINING_WORDS:
        return item  # (a date a word joins to the text names a period of it: 'Audit the 2024/25 returns')
    return f"{head} – {item[start:end]}"


# a status an item prints of its own ('… (Feb 2026) Done', '… – Jan 2026 – Done', '… [Complete]',
# '… [Complete, Oct 25]', '[Done] …', 'Complete: …'): words of the status vocabulary, never colours
_BRACKET_END = re.compile(r"[\[(]([^\[\]()]{1,60})[\])][\s.;]*$")
_BRACKET_START = re.compile(r"^\s*[\[(]([^\[\]()]{1,40})[\])][\s:\-–—]*(?=\S)")
_WORDS_END = re.compile(r"[A-Za-z][A-Za-z' ]*[A-Za-z]$|[A-Za-z]$")
_WORDS_START = re.compile(r"^\s*([A-Za-z][A-Za-z' ]{0,30}?)\s*(?::|\s[-–—])\s*(?=\S)")
_SEPARATOR_END = re.compile(r"[\-–—:,;|]\s*$")  # ('Go live | Q1 2026/27 | Not started': a bar parts them too)
# (a slash between figures is a year's or a date's: 'Q3 2025/26', '31/03/2026', not two parts)
_PART_SPLIT = re.compile(r"\s*(?:[,;|]|(?<!\d)/|/(?!\d)|\s[-–—]\s)\s*")


class ItemStatus(NamedTuple):
    text: str  # the item without its status (a date that shared the status's brackets stays, bracketed)
    raw: str  # the status as printed
    status: str  # the contract's status enum
    sure: bool  # bracketed, or after a date or bracket: the status whatever the other items print


def status_phrase(text: str) -> str:
    """The status enum when the whole of `text` is one status phrase of the vocabulary ('Done',
    'Not started', 'Notstarted' as OCR joins it, 'On track'); '' for anything more ('Complete the
    audit', 'Cohort 1 complete')."""
    from planx.normalise.text import fold
    from planx.normalise.vocab import STATUS_WORDS
    key = fold(text)
    if not key or words_over(key, 4):
        return ""
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    squashed = key.replace(" ", "")
    return next((v for k, v in STATUS_WORDS.items() if len(k) >= 4 and k.replace(" ", "") == squashed), "")


def _date_only(text: str, year: int | None) -> bool:
    spans = date_spans(text, year)
    return bool(spans) and not re.sub(r"[\s,;:\-–—.]", "", text[:spans[0][0]] + text[spans[-1][1]:])


def item_status(item: str, year: int | None = None) -> ItemStatus | None:
    """The status an item of a milestone list prints of its own, at its end or start; None when it
    prints none. sure: the status is bracketed ('… [Done]', '(Complete, Oct 25)') or follows a date
    ('… (Feb 2026) Done', '… – Jan 2026 – Done'); a status after a plain dash or
    colon, or one before the text ('Done – Website live'), is only taken when every item of the cell
    prints one (statuses_of_items), since a milestone may end in such a word ('Draft – agreed')."""
    s = item.rstrip(" .;=~_")  # (what a scan reads of a rule's end: '=', '~')
    m = _BRACKET_END.search(s)
    if m:
        parts = [p for p in _PART_SPLIT.split(m.group(1).strip()) if p]
        found = [(i, status_phrase(p)) for i, p in enumerate(parts)]
        hits = [(i, st) for i, st in found if st]
        if len(hits) == 1 and s[:m.start()].strip():
            i, st = hits[0]
            others = [p for j, p in enumerate(parts) if j != i]
            if all(_date_only(p, year) for p in others):
                rest = s[:m.start()].rstrip()
                if others:
                    rest = f"{rest} ({', '.join(others)})"
                return ItemStatus(rest, parts[i], st, True)
    w = _WORDS_END.search(s)
    if w:
        words = w.group(0).split()
        for k in range(min(4, len(words)), 0, -1):
            tail = " ".join(words[-k:])
            st = status_phrase(tail)
            if not st:
                continue
            cut = s.rfind(words[-k], 0, w.end())
            before = s[:cut]
            if not before.strip():
                break
            bare = before.rstrip(" \t-–—:,;|")
            spans = date_spans(bare, year)
            dated = bool(spans) and spans[-1][1] >= len(bare.rstrip(" )]"))
            if dated or _SEPARATOR_END.search(before):
                rest = bare if not before.rstrip().endswith((")", "]")) else before.rstrip()
                # (a status in capitals hugging its dash, '… -IN PROGRESS', is set apart as a bracket sets it)
                hug = re.compile(CAPITAL_STATUS_DASH).search(s, max(0, cut - 2))
                capital = hug is not None and hug.end() == cut and not before.isupper()
                return ItemStatus(rest.rstrip(), s[cut:].strip(), st, dated or capital)
            break
    m = _BRACKET_START.match(s)
    if m and (st := status_phrase(m.group(1))):
        return ItemStatus(s[m.end():].strip(), m.group(1).strip(), st, True)
    m = _WORDS_START.match(s)
    if m and (st := status_phrase(m.group(1))):
        return ItemStatus(s[m.end():].strip(), m.group(1).strip(), st, False)
    return None


def statuses_of_items(items: list[str], year: int | None = None) -> list[ItemStatus | None]:
    """Each item's own status (item_status): a sure one always; the others only when every item of
    the cell prints a status, the shape of a list whose items each end '– Done'."""
    found = [item_status(t, year) for t in items]
    every = len(items) >= 2 and all(f is not None for f in found)
    return [f if f is not None and (f.sure or every) else None for f in found]
