"""RAG ratings and status words → the contract's enums, from the tables in vocab.py."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from planx.normalise.bilingual import english_value
from planx.normalise.text import fold, trie_alternation
from planx.normalise.vocab import (
    RAG_COLOUR_WORDS,
    RAG_COLOURS,
    RAG_HUES,
    RAG_KEY_MEANINGS,
    RAG_LABELS,
    RAG_WORDS,
    STATUS_GLYPHS,
    STATUS_MARKS,
    STATUS_OWNER_WORDS,
    STATUS_WORDS,
)

_STATUS_KEYS = sorted(STATUS_WORDS, key=len, reverse=True)
# each status word as status_of matches it: itself, with the space that ends a leading word, without its spaces
_STATUS_FORMS = [(word, word + " ", word.replace(" ", "")) for word in _STATUS_KEYS]
# each form's first place in that order (the first match wins): status_of looks them up, not down the list
_STATUS_RANK: dict[str, int] = {}
_STATUS_RANK_SQUASHED: dict[str, int] = {}
for _rank, (_word, _, _bare) in enumerate(_STATUS_FORMS):
    _STATUS_RANK.setdefault(_word, _rank)
    _STATUS_RANK_SQUASHED.setdefault(_bare, _rank)
_NONE = len(_STATUS_FORMS)


# a status cell that first names whose status it is ('Action on hold', 'Task completed', 'Project complete')
# a dash before a status set in capitals to the item's end ('Phase II Revenue review -IN PROGRESS',
# '… –COMPLETED'): the dash hugs the status, not the item's last word, and the capitals set it apart
# from the item's text; where a status may begin after an item, beside a spaced dash
CAPITAL_STATUS_DASH = r"\s[–—-](?=[A-Z]{2}[A-Z ]*[.!]?\s*$)"
_WHOSE = re.compile(r"^(?:" + "|".join(STATUS_OWNER_WORDS) + r")\s+(?=\S)")


@lru_cache(maxsize=4096)
def status_of(raw: str) -> str:
    """Map a status cell by its leading words ('Completed- reviewed at CSCMT' → complete), or by
    the tick it starts with ('✓'); one printed in Welsh and English by its English side."""
    raw = english_value(raw)
    if raw.strip() in STATUS_GLYPHS:  # a box or tick alone in its cell ('☐', '◐')
        return STATUS_GLYPHS[raw.strip()]
    mark = raw.lstrip()[:1]
    if mark in STATUS_MARKS:
        return STATUS_MARKS[mark]
    key = _WHOSE.sub("", fold(raw))  # 'Action on hold', 'Task complete': the status of the action
    if not key:
        return ""
    squashed = key.replace(" ", "")
    # the first status word (longest first) that is the key, or its first words, or the key without spaces
    firsts = [key[:i] for i, ch in enumerate(key) if ch == " "]
    found = min((_STATUS_RANK.get(k, _NONE) for k in (key, *firsts)), default=_NONE)
    found = min(found, _STATUS_RANK_SQUASHED.get(squashed, _NONE))
    if found == _NONE:  # 'InProgress', 'Completed-ongoing': the first that starts it, without spaces
        found = min((_STATUS_RANK_SQUASHED.get(squashed[:n], _NONE) for n in range(6, len(squashed) + 1)),
                    default=_NONE)
        found = found if found < _NONE and len(_STATUS_FORMS[found][2]) >= 6 else _NONE
    return STATUS_WORDS[_STATUS_FORMS[found][0]] if found < _NONE else ""


def is_status_glyph(text: str) -> bool:
    """Is the cell a check box or tick and nothing more ('☐', '◐', '☒', '✓'): a status mark, whatever
    status it stands for (vocab.STATUS_GLYPHS)?"""
    return text.strip() in STATUS_GLYPHS


def is_status_phrase(text: str) -> bool:
    """Is the text a status word or phrase and nothing more ('Completed', 'Not yet started', 'On
    hold.'), printed in Welsh and English or in English?"""
    key = fold(english_value(text)).strip(" .")
    return bool(key) and key in STATUS_WORDS


def status_over_note(raw: str) -> str:
    """The status a cell's first line is, whole ('Completed'), over a note on the lines below it
    ('Slipped due to staff vacancies.', 'Consultation closed; 214 responses.'): the status chosen
    for the action, the note saying why or what happened (a status word in it is no second
    status). '' for any other cell, or where a later line is a status of its own ('Complete' /
    'In progress': one per milestone)."""
    lines = [ln.strip() for ln in raw.split("\n") if ln.strip()]
    if len(lines) < 2 or not is_status_phrase(lines[0]) or any(is_status_phrase(ln) for ln in lines[1:]):
        return ""
    return status_of(lines[0])


def status_line(lines: str) -> str:
    """The status an update's first line gives when that line is a status and no more ('Delayed'
    alone, or 'Not started' over 'Report to Cabinet in the new year.'; `lines`: the update's lines
    as printed, text.printed_lines), else ''."""
    parts = [ln for ln in lines.split("\n") if ln.strip()]
    if not parts:
        return ""
    return status_over_note(lines) if len(parts) >= 2 else status_of(parts[0]) if is_status_phrase(parts[0]) else ""


_STATUS_SCAN = re.compile(r"\b(" + trie_alternation(set(_STATUS_KEYS)) + r")\b")


def status_words(raw: str) -> list[str]:
    """Every status word in a cell, in order ('Complete Complete In progress' → three)."""
    return list(_status_words(raw))


@lru_cache(maxsize=4096)
def _status_words(raw: str) -> tuple[str, ...]:
    key = fold(raw).replace("inprogress", "in progress")
    return tuple(STATUS_WORDS[m.group(1)] for m in _STATUS_SCAN.finditer(key))


_A_DIGIT = re.compile(r"\d")
_RAG_KEY = re.compile(r"(?<![\d.])(\d)\s*[=:\-–]\s*(red|amber|green|blue)\b", re.I)
_RAG_KEY_COLOUR_FIRST = re.compile(r"\b(red|amber|green|blue)\s*[=:\-–]\s*(\d)(?![\d.])", re.I)


def rag_key(text: str) -> dict[str, str]:
    """A plan's numeric RAG key ('1 = Red (off track)  2 = Amber …', 'Red = 1, Amber = 2 …') as
    {'1': 'red', …}; or its key of symbols ('Key: ● = On track  ▲ = Some risk  ✗ = Off track'):
    {'●': 'green', …} (symbol_key)."""
    if not _A_DIGIT.search(text):
        # (both keys number the colours: most cells hold no figure and are passed at once)
        return symbol_key(text) if "=" in text else {}
    key = {n: word.lower() for word, n in _RAG_KEY_COLOUR_FIRST.findall(text)}
    key.update({n: word.lower() for n, word in _RAG_KEY.findall(text)})
    return key


# a symbol and what the key says it means: '● = On track', '✗ = Off track' (up to the next symbol)
_SYMBOL_MEANING = re.compile(r"(?:^|(?<=\s)|(?<=:))(\S)\s*=\s*")
_MEANINGS = sorted(RAG_KEY_MEANINGS, key=len, reverse=True)
SYMBOL_KEY_PAIRS = 2  # symbols at least a key names, each with a meaning read as a RAG rating


def symbol_key(text: str) -> dict[str, str]:
    """A key of RAG symbols ('Key: ● = On track  ▲ = Some risk to delivery  ✗ = Off track  ✓ =
    Complete', '■ = Green'): {symbol: rag} for each symbol (a character that is neither a letter, a
    figure nor punctuation) whose meaning names a colour or a state a RAG stands for
    (vocab.RAG_KEY_MEANINGS); {} unless two symbols at least are read, each its own rating."""
    found = [m for m in _SYMBOL_MEANING.finditer(text) if unicodedata.category(m.group(1)) in ("So", "Sm")
             and m.group(1) not in "=<>+"]
    key: dict[str, str] = {}
    for m, after in zip(found, [*found[1:], None], strict=False):
        meaning = text[m.end():after.start() if after is not None else len(text)].strip(" ,;|")
        rag = _rag_without_key(meaning) or _meaning_rag(fold(meaning))
        if rag:
            key[m.group(1)] = rag
    return key if len(key) >= SYMBOL_KEY_PAIRS and len(set(key.values())) == len(key) else {}


def _meaning_rag(meaning: str) -> str:
    padded = f" {meaning} "
    return next((RAG_KEY_MEANINGS[w] for w in _MEANINGS if f" {w} " in padded), "")


_RAG_LABEL = re.compile(r"^(?:" + trie_alternation(set(RAG_LABELS)) + r")\b\s*")
_SEPARATOR_AFTER_COLOUR = re.compile(r"^\W*[A-Za-z]+\s*(?:[\-–—:;,(/\n]|$)")
MAX_RAG_WORDS = 12  # a longer cell is a comment that mentions a colour, not a rating


def rag_of(raw: str, numbers: dict[str, str] | None = None) -> str:
    """Map a RAG cell: letters, words, Greek/Cyrillic look-alikes, 'R/A' pairs; numbers only via the key;
    a colour word opening a comment ('Amber - some slippage') or the one colour a short cell names
    ('Completed (Green)'); a label before the value ('RAG: Amber') is looked past; a value printed in
    Welsh and English ('Gwyrdd / Green') is read by its English side."""
    if numbers:
        return _rag_of(raw, numbers)
    return _rag_without_key(raw)


@lru_cache(maxsize=16384)
def _rag_without_key(raw: str) -> str:
    """rag_of of a cell read without a numeric key (most are: a plan's cells repeat 'Green', 'Amber')."""
    return _rag_of(raw, None)


def _rag_of(raw: str, numbers: dict[str, str] | None) -> str:
    if numbers and raw.strip() in numbers:
        return numbers[raw.strip()]  # a symbol the plan's key names ('✗' where '✗ = Off track')
    raw = english_value(raw)
    key = fold(raw)
    if not key:
        return ""
    if key in RAG_WORDS:
        return RAG_WORDS[key]
    parts = key.split()
    if len(parts) == 2 and "".join(parts) in RAG_COLOUR_WORDS:
        return RAG_COLOUR_WORDS["".join(parts)]  # a colour word broken by a narrow column ('GREE' / 'N')
    sides = raw.split("/")
    if len(sides) == 2 and any(len(fold(side).split()) == 2 for side in sides):
        # a pair whose colour words a narrow column broke ('Red/ Amb er', 'Amb er/ Gree n')
        words = ["".join(fold(side).split()) for side in sides]
        if all(w in RAG_COLOUR_WORDS for w in words):
            return rag_of("/".join(words), numbers)
    if key.isdigit():
        return (numbers or {}).get(key, "")
    letter = _LETTER_THEN_COMMENT.match(raw)
    if letter and fold(letter.group(1)) in RAG_WORDS:
        return RAG_WORDS[fold(letter.group(1))]  # 'G - on track', 'A: some slippage'
    return _rag_in_words(key, raw)


def state_beside_colour(raw: str) -> str:
    """The status a rating cell opens with when the cell also names its colour ('On Track (green)',
    'Completed - Blue', 'Off track (red)'): a tracker's health cell gives the state and the RAG both.
    '' where the cell is a colour alone ('Green'), a state alone ('Completed', read as a RAG by its
    key) or a colour first ('Amber - delayed': the colour is the rating, the rest a comment)."""
    words = fold(english_value(raw)).split()
    if len(words) < 2 or len(words) > MAX_RAG_WORDS or words[0] in RAG_COLOUR_WORDS \
            or not any(w in RAG_COLOUR_WORDS for w in words[1:]):
        return ""
    return status_of(raw)


# a RAG letter (or pair) followed by a dash or colon and a comment
_LETTER_THEN_COMMENT = re.compile(r"^\s*([RAGB](?:\s*/\s*[RAGB])?)\s*[-–—:]\s*\S")


@lru_cache(maxsize=4096)
def _rag_in_words(key: str, raw: str) -> str:
    unlabelled = _RAG_LABEL.sub("", key, count=1)
    if unlabelled != key and unlabelled:
        if unlabelled in RAG_WORDS:
            return RAG_WORDS[unlabelled]
        key = unlabelled
    words = key.split()
    if len(words) > MAX_RAG_WORDS:
        return ""
    pair = " ".join(words[:2])
    if pair in RAG_WORDS and "_" in RAG_WORDS[pair] and all(w in RAG_COLOUR_WORDS for w in words[:2]):
        return RAG_WORDS[pair]  # 'Amber/Green - improving'
    if words[0] in RAG_COLOUR_WORDS and (len(words) <= 3 or _SEPARATOR_AFTER_COLOUR.match(raw)):
        return RAG_COLOUR_WORDS[words[0]]
    colours = {RAG_COLOUR_WORDS[w] for w in words if w in RAG_COLOUR_WORDS}
    if len(colours) == 1 and len(words) <= 4:
        return colours.pop()  # 'Completed (Green)', 'On track - green'
    return ""


@lru_cache(maxsize=4096)  # a plan uses a handful of colours, each cell asks again
def _lab(hex_colour: str) -> tuple[float, float, float]:
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = lin(r), lin(g), lin(b)
    x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047
    y = r * 0.2126 + g * 0.7152 + b * 0.0722
    z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


MAX_COLOUR_DISTANCE = 60.0  # CIELAB ΔE beyond which a fill is not a RAG colour (white, grey, pale blue)


@lru_cache(maxsize=4096)
def rag_of_colour(hex_colour: str | None) -> str:
    """The nearest of Office's red/amber/green/blue fills by CIELAB distance, or '' for other fills.
    A grey (no hue: under MIN_HUE_CHROMA) names none, however near it is: a greyscale scan prints
    each RAG colour as a grey ('#6f6f6f' for green is as near blue as any), and a grey heading or
    'closed' row is no rating."""
    import math
    if not hex_colour or not re.fullmatch(r"#[0-9a-fA-F]{6}", hex_colour):
        return ""
    lab = _lab(hex_colour.lower())
    if math.hypot(lab[1], lab[2]) < MIN_HUE_CHROMA:
        return ""
    best, dist = "", float("inf")
    for name, ref in RAG_COLOURS.items():
        d = sum((p - q) ** 2 for p, q in zip(lab, _lab(ref), strict=True)) ** 0.5
        if d < dist:
            best, dist = name, d
    return best if dist <= MAX_COLOUR_DISTANCE else rag_of_hue(lab)


SAME_COLOUR = 10.0  # CIELAB ΔE within which a fill is the RAG colour itself, no judgement made


def is_rag_colour(hex_colour: str | None) -> bool:
    """Is the fill one of the four RAG colours themselves (not a shade read as the nearest)?"""
    if not hex_colour or not re.fullmatch(r"#[0-9a-fA-F]{6}", hex_colour):
        return False
    lab = _lab(hex_colour.lower())
    return any(sum((p - q) ** 2 for p, q in zip(lab, _lab(ref), strict=True)) ** 0.5 <= SAME_COLOUR
               for ref in RAG_COLOURS.values())


MIN_HUE_CHROMA = 15.0  # CIELAB chroma under which a fill is grey or white: it names no colour


def rag_of_hue(lab: tuple[float, float, float]) -> str:
    """A fill far from the four RAG colours (a pale tint, Excel's 'Light red fill') by its hue
    angle (vocab.RAG_HUES), when it is coloured enough and not near black; '' otherwise."""
    import math
    lightness, a, b = lab
    if math.hypot(a, b) < MIN_HUE_CHROMA or lightness < 20:
        return ""
    hue = math.degrees(math.atan2(b, a)) % 360
    for name, (start, end) in RAG_HUES.items():
        if start <= hue < end or start <= hue + 360 < end:
            return name
    return ""
