"""Text repair rules shared by every format: each a small named function with its own tests."""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser

from normalise import lexicon
from normalise.vocab import HOMOGLYPHS, LIGATURES

_LOOKALIKE = set(HOMOGLYPHS)
_TRANSLATE = str.maketrans({**HOMOGLYPHS, **LIGATURES})
_LATIN = re.compile(r"[A-Za-z]")
_PUNCT = re.compile(r"(?:[^\w\s]|_)+")  # a run at once: one replacement, not one per mark
_SUSPECT = re.compile("[" + re.escape("".join(HOMOGLYPHS) + "".join(LIGATURES)) + "]")


def fix_lookalikes(text: str) -> str:
    """Cyrillic/Greek letters that look Latin become Latin inside Latin words ('ОВЈЕСТІVЕ' → 'OBJECTIVE').

    A word written wholly in look-alikes is taken as Latin too when the text around it is
    Latin; a word with a letter that has no Latin twin (real Greek or Russian) is left alone."""
    if not _SUSPECT.search(text):
        return text
    latin_context = bool(_LATIN.search(text))

    def repair(word: str) -> str:
        if not _SUSPECT.search(word):
            return word
        letters = [ch for ch in word if ch.isalpha()]
        foreign = [ch for ch in letters if ch not in _LOOKALIKE and not ch.isascii() and ch not in LIGATURES]
        if foreign and not _LATIN.search(word):
            return word
        if _LATIN.search(word) or latin_context or len(letters) <= 2:
            return word.translate(_TRANSLATE)
        return word
    # visit only the words that hold a suspect letter (a scan from every position would be slow)
    out, last = [], 0
    for m in _SUSPECT.finditer(text):
        if m.start() < last:
            continue  # inside a word already repaired
        start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start()), text.rfind("\t", 0, m.start())) + 1
        end = m.end()
        while end < len(text) and not text[end].isspace():
            end += 1
        out.append(text[last:start])
        out.append(repair(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Key for comparing words: NFKC, look-alikes fixed, casefolded, punctuation to spaces."""
    return " ".join(fold_words(text or ""))


def fold_words(text: str) -> list[str]:
    """fold() as a list of words (uncached: for whole documents). ASCII text is already NFKC
    and has no look-alikes, so only other text pays for those two steps."""
    if not text.isascii():
        text = fix_lookalikes(text)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    return punct_to_spaces(text.casefold()).split()


# ASCII punctuation (and '_') → space as a byte table: letters, digits and spaces stay; the
# bytes of UTF-8 multi-byte characters (0x80–0xff) are left alone
_ASCII_PUNCT = bytes(b if (chr(b).isalnum() or chr(b).isspace()) else 32 for b in range(128)) + bytes(range(128, 256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def punct_to_spaces(text: str) -> str:
    """Every punctuation mark (anything not a letter, digit or space; '_' too) → a space.
    A byte table does the ASCII ones, then only the few non-ASCII characters are looked at
    one by one: ~6× faster than the Unicode regex over the whole text (fold runs over whole
    documents for text accounting)."""
    text = text.encode("utf-8", "surrogatepass").translate(_ASCII_PUNCT).decode("utf-8", "surrogatepass")
    return text if text.isascii() else _NON_ASCII.sub(_char_or_space, text)


def _char_or_space(m: re.Match[str]) -> str:
    return " " if _PUNCT.match(m.group()) else m.group()


def squash(text: str) -> str:
    """Whitespace (including non-breaking spaces and line breaks) folded to single spaces."""
    return " ".join(text.split()) if text else ""  # str.split() splits at every Unicode space, NBSP too


_HTML_HINT = re.compile(r"</?(?:p|li|ul|ol|br|div|span|b|i|u|strong|em|font|table|tr|td)\b[^>]*>|&(?:[a-z]+|#\d+);",
                        re.I)
_BLOCK_TAGS = {"p", "li", "br", "div", "tr", "td", "th", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}


class _ItemParser(HTMLParser):
    """Collects the text of block elements as separate items (paragraphs, list items)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[str] = []
        self.current: list[str] = []

    def _flush(self) -> None:
        text = squash("".join(self.current))
        if text:
            self.items.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        self.current.append(data)


def html_items(text: str) -> list[str] | None:
    """The paragraphs/list items of an HTML fragment, or None when the text is not HTML."""
    if ("<" not in text and "&" not in text) or not _HTML_HINT.search(text):
        return None
    return list(_parse_items(text))


@lru_cache(maxsize=1024)
def _parse_items(text: str) -> tuple[str, ...]:
    """Cached: a cell is read as HTML both for its field and for text accounting."""
    parser = _ItemParser()
    parser.feed(text)
    parser.close()
    parser._flush()
    return tuple(parser.items)


_BULLET = re.compile(r"^(?:[•·▪◦●○■□➢►\-–—*]|o(?=\s))\s*")


def strip_bullet(item: str) -> str:
    return _BULLET.sub("", item, count=1).strip()


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.])(?=\s|$)")
_COMMA_DOT = re.compile(r",\.(?=\s|$)")


_GLYPH_BULLET = re.compile(r"^\s*[•·▪◦●○■□➢►]\s*")


def _bulleted_lines(text: str) -> str:
    """Lines that are list items (a bullet, or a Word list paragraph) become '; '-separated items.

    A cell holding a single bulleted item loses its bullet glyph ('• Book every review')."""
    if "\n" not in text:
        return _GLYPH_BULLET.sub("", text, count=1)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) >= 2 and sum(bool(_BULLET.match(ln)) for ln in lines) >= max(1, len(lines) - 1):
        return "; ".join(strip_bullet(ln) for ln in lines)
    return text


def clean(text: str) -> str:
    """A cell as clean text: HTML → items joined by '; ', look-alikes fixed, whitespace folded."""
    if not text:
        return ""
    items = html_items(text)
    if items is not None:
        text = "; ".join(strip_bullet(i) for i in items if strip_bullet(i))
    else:
        text = html.unescape(text) if "&" in text else text
        text = _bulleted_lines(text)
    text = fix_lookalikes(text)
    text = squash(text)
    if " ," in text or " ;" in text or " :" in text or " ." in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)  # "adolescents ," → "adolescents,"
    if ",." in text:
        text = _COMMA_DOT.sub(".", text)
    return text.strip()


# ---- words split at a cell boundary ------------------------------------------------

def _is_word(word: str, floor: float = 2.5) -> bool:
    return len(word) > 1 and lexicon.zipf(word.lower()) >= floor


_TAIL = re.compile(r"([A-Za-z]+)$")
_HEAD = re.compile(r"^([A-Za-z]+)")


def join_split_word(left: str, right: str) -> str:
    """Join two pieces of one text that a cell boundary cut, repairing a word cut in two.

    Renderers clip a word at a cell edge and often repeat or drop a letter:
    'attendanc' + 'ce at' → 'attendance at'; 'con' + 'nferences' → 'conferences';
    'IMPROV' + 'EMENT' → 'IMPROVEMENT'; 'mai' + 'nagement' → 'management'. Two whole
    words ('that' + 'practitioners') stay two words."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left or right
    a_m, b_m = _TAIL.search(left), _HEAD.search(right)
    if not a_m or not b_m:
        return f"{left} {right}"
    a, b = a_m.group(1), b_m.group(1)
    candidates = [(a + b, len(b))]
    if a[-1].lower() == b[0].lower():
        candidates.append((a + b[1:], len(b)))  # duplicated letter at the cut
    candidates.append((a[:-1] + b, len(b)))  # one stray letter before the cut
    if len(b) > 1:
        candidates.append((a + b[1:], len(b)))  # one stray letter after the cut
    best = max(candidates, key=lambda c: lexicon.zipf(c[0].lower()))
    whole_parts = _is_word(a, 3.0) and _is_word(b, 3.0)
    # two real words stay apart unless together they make a word at least as common ('improve|ment')
    zipf = lexicon.zipf
    if _is_word(best[0]) and (not whole_parts or zipf(best[0].lower()) >= min(zipf(a.lower()), zipf(b.lower()))):
        return left[: len(left) - len(a)] + best[0] + right[best[1]:]
    return f"{left} {right}"


def join_fragments(parts: list[str]) -> str:
    """Pieces of one text spread over several cells, joined with split words repaired."""
    out = ""
    for part in (p.strip() for p in parts):
        if part:
            out = join_split_word(out, part) if out else part
    return out


def is_clipped_copy(short: str, full: str) -> bool:
    """Is `short` a clipped copy of the start of `full` ('Of the 7 adoptions co' beside the sentence)?"""
    if len(short) < 12 or short.lstrip()[:8] != full.lstrip()[:8]:
        return False  # cheap test first: most neighbouring cells start differently
    a, b = squash(short), squash(full)
    return 12 <= len(a) < len(b) and b.startswith(a)
