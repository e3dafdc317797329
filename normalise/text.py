"""Text repair rules shared by every format: each a small named function with its own tests."""
from __future__ import annotations

import html
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from html.parser import HTMLParser

from planx.normalise import lexicon
from planx.normalise.vocab import HOMOGLYPHS, LIGATURES, LIST_BULLETS, SLIDE_CONTINUED

_LOOKALIKE = set(HOMOGLYPHS)
_TRANSLATE = str.maketrans({**HOMOGLYPHS, **LIGATURES})
_LATIN = re.compile(r"[A-Za-z]")
_PUNCT = re.compile(r"(?:[^\w\s]|_)+")  # a run at once: one replacement, not one per mark
_SUSPECT = re.compile("[" + re.escape("".join(HOMOGLYPHS) + "".join(LIGATURES)) + "]")


def has_latin(text: str) -> bool:
    """Does the text hold a Latin letter? (Look-alike letters are read as Latin beside them.)"""
    return _LATIN.search(text) is not None


def fix_lookalikes(text: str) -> str:
    """Cyrillic/Greek letters that look Latin become Latin inside Latin words ('ОВЈЕСТІVЕ' → 'OBJECTIVE').

    A word written wholly in look-alikes is taken as Latin too when the text around it is
    Latin; a word with a letter that has no Latin twin (real Greek or Russian) is left alone."""
    if text.isascii() or not _SUSPECT.search(text):  # isascii() is one flag; the search reads every character
        return text
    latin_context = bool(_LATIN.search(text))
    out, last = [], 0
    for start, end in _words_holding(_SUSPECT, text):  # only those words: a scan per position is slow
        out.append(text[last:start])
        out.append(_latin_word(text[start:end], latin_context))
        last = end
    out.append(text[last:])
    return "".join(out)


def _latin_word(word: str, latin_context: bool) -> str:
    """One word's look-alike letters made Latin, when the word (or its text) is Latin."""
    letters = [ch for ch in word if ch.isalpha()]
    foreign = [ch for ch in letters if ch not in _LOOKALIKE and not ch.isascii() and ch not in LIGATURES]
    if foreign and not _LATIN.search(word):
        return word
    if _LATIN.search(word) or latin_context or len(letters) <= 2:
        return word.translate(_TRANSLATE)
    return word


_TO_WORD_END = re.compile(r"\S*")


def _words_holding(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word (a run between whitespace) holding a match of pattern, in order.
    Linear: each word is visited once, however many matches it holds."""
    last = 0
    for m in pattern.finditer(text):
        if m.start() < last:
            continue  # inside the word just visited
        start = m.start()
        while start > last and not text[start - 1].isspace():
            start -= 1
        end = _TO_WORD_END.match(text, m.end()).end()  # type: ignore[union-attr]  # \S* always matches
        yield start, end
        last = end


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Key for comparing words: NFKC, look-alikes fixed, casefolded, punctuation to spaces."""
    return b" ".join(fold_bytes(text or "")).decode("utf-8")


def fold_words(text: str) -> list[str]:
    """fold() as a list of words (uncached)."""
    return [w.decode("utf-8") for w in fold_bytes(text)]


def fold_bytes(text: str, latin_context: bool | None = None) -> list[bytes]:
    """fold_words as UTF-8 bytes, for whole documents (text accounting only compares words,
    and bytes need no decoding). ASCII is already NFKC and has no look-alikes, so the text is
    folded in bulk by a byte table, and only the words holding another character pay for
    look-alikes, NFKC and Unicode punctuation, one by one (the same result as folding the whole
    text: those steps never reach across whitespace). latin_context: whether the text that
    this text is part of holds Latin letters (fix_lookalikes), when not this text itself."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).split()
    # one byte per character, '?' for each non-ASCII one: found by memchr, not a regex scan
    marked = text.encode("ascii", "replace")
    folded = marked.translate(_ASCII_FOLD)
    if latin_context is None:
        latin_context = has_latin(text)
    words: list[bytes] = []
    last = 0
    for start, end in _non_ascii_words(text, marked):
        words += folded[last:start].split()
        words += [w.encode("utf-8") for w in _fold_word(text[start:end], latin_context)]
        last = end
    words += folded[last:].split()
    return words


# ASCII case, punctuation (and '_') and whitespace in one byte table: A-Z → a-z, anything not
# a letter or digit → space (bytes.split() splits at fewer spaces than str.split(): not at
# \x1c-\x1f). Bytes 128-255 never occur: only ASCII text is translated.
_ASCII_FOLD = bytes(ord(chr(b).lower()) if chr(b).isalnum() else 32 for b in range(128)) + bytes(128)
# ASCII whitespace (what str.isspace() says of it) → b" ", everything else unchanged
_ASCII_SPACE = bytes(32 if chr(b).isspace() else b for b in range(128)) + bytes(range(128, 256))


def _non_ascii_words(text: str, marked: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of each word (a run between whitespace) holding a non-ASCII character, in
    order, given marked = text.encode('ascii', 'replace'). Each word is visited once. Between
    the previous such word and the next non-ASCII character there is only ASCII, so the word's
    start is the last ASCII space before it (found in C)."""
    spaced: bytes | None = None
    last = 0
    at = marked.find(b"?")
    while at != -1:
        if text[at] != "?":  # a literal '?' is ASCII: nothing to do
            if spaced is None:
                spaced = marked.translate(_ASCII_SPACE)
            start = spaced.rfind(b" ", last, at) + 1 or last
            end = _TO_WORD_END.match(text, at + 1).end()  # type: ignore[union-attr]  # \S* always matches
            yield start, end
            last = end
        at = marked.find(b"?", max(at + 1, last))


def _fold_word(word: str, latin_context: bool) -> list[str]:
    """One word with a non-ASCII character: look-alikes, NFKC, casefold, punctuation → spaces."""
    if _SUSPECT.search(word):
        word = _latin_word(word, latin_context)
    if not unicodedata.is_normalized("NFKC", word):
        word = unicodedata.normalize("NFKC", word)
    return _PUNCT.sub(" ", word.casefold()).split()


def strip_signs(text: str) -> str:
    """Text without pictographs and their joiners ('🚀 Phase 2' → 'Phase 2', '✅ Recently Completed' →
    'Recently Completed'): signs that decorate a heading or mark an item's status are no words of it."""
    kept = "".join(" " if unicodedata.category(ch) in ("So", "Sk", "Cs") or ch in "\u200d\ufe0f\ufe0e" else ch
                   for ch in text)
    return squash(kept)


def words_over(text: str, n: int) -> bool:
    """len(text.split()) > n, splitting no further than the word after the nth: a reader asking whether a
    text is short pays for n words, not for a megabyte-long paragraph's every word."""
    return n < 0 or len(text.split(None, n)) > n


def winansi_printed(text: str) -> str:
    """Text as a PDF prints it with a font whose encoding (WinAnsi, cp1252: the standard fonts' own) has
    no glyph for some of its letters: those letters dropped ('Başlat' → 'Balat', 'Kaynak Adları' →
    'Kaynak Adlar', '10 Şub 20' → '10 ub 20'). The one rule of how such PDFs lose letters: a reader of
    headings or month names abroad reads each also so (normalise/bilingual.py, taskheads.py)."""
    return "".join(ch for ch in text if _in_winansi(ch))


@lru_cache(maxsize=4096)
def _in_winansi(ch: str) -> bool:
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def accentless(text: str) -> str:
    """Folded, without accents ('Şub' → 'sub', 'déc.' → 'dec')."""
    return fold("".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)))


@lru_cache(maxsize=16384)  # the readers squash the same cells again and again: a look-up is cheaper
def squash(text: str) -> str:
    """Whitespace (including non-breaking spaces and line breaks) folded to single spaces."""
    return " ".join(text.split()) if text else ""  # str.split() splits at every Unicode space, NBSP too


_HTML_HINT = re.compile(r"</?(?:p|li|ul|ol|br|div|span|b|i|u|s|del|strike|strong|em|font|table|tr|td)\b[^>]*>"
                        r"|&(?:[a-z]+|#\d+);", re.I)
_BLOCK_TAGS = {"p", "li", "br", "div", "tr", "td", "th", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}


_STRUCK_TAGS = {"s", "del", "strike"}


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
        elif tag in _STRUCK_TAGS:
            self.current.append(STRUCK_MARK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
        elif tag in _STRUCK_TAGS:
            self.current.append(STRUCK_MARK)

    def handle_data(self, data: str) -> None:
        self.current.append(data)


def looks_like_html(text: str) -> bool:
    """Does the text hold an HTML tag or character reference? (Every one starts at a '<' or an
    '&': those are found by str.find and the pattern is tried there, where a search would test
    each character of a whole document against the pattern's first characters.)"""
    for mark in "<&":
        at = text.find(mark)
        while at != -1:
            if _HTML_HINT.match(text, at):
                return True
            at = text.find(mark, at + 1)
    return False


def html_items(text: str) -> list[str] | None:
    """The paragraphs/list items of an HTML fragment, or None when the text is not HTML."""
    if not looks_like_html(text):
        return None
    return list(_parse_items(text))


# a date whose year a narrow column wrapped onto the next line ('31/03/20' + '24')
_WRAPPED_YEAR = re.compile(r"\b(\d{1,2}[/.\-]\d{1,2}[/.\-])(\d{1,3})[ \t]*\n[ \t]*(\d{1,3})\b")


def printed(text: str) -> str:
    """A cell as printed: HTML markup a conversion left in it gone ('<p>15/01/2013</p>' →
    '15/01/2013'), a date's year wrapped over a line break joined ('31/03/20⏎24' → '31/03/2024'),
    whitespace folded; nothing else changed (the *_raw fields keep what is printed)."""
    if "\n" in text:
        text = _WRAPPED_YEAR.sub(lambda m: m.group(1) + m.group(2) + m.group(3)
                                 if len(m.group(2) + m.group(3)) == 4 else m.group(0), text)
    items = html_items(text)
    return squash(" ".join(items) if items is not None else text)


# ---- struck-through text: superseded ------------------------------------------------------

# the one mark for struck-through text: Markdown's, which extract/ also writes for HTML's <s>,
# <del>, <strike> and Word's struck runs, and _ItemParser for HTML left in a cell
STRUCK_MARK = "~~"
_STRUCK = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.S)


def split_struck(text: str) -> tuple[str, list[str]]:
    """(the text without its struck-through parts, the struck parts): a plan strikes through what
    a later revision replaced ('~~31/03/2024~~ 30/06/2024'), so only the rest is current."""
    if STRUCK_MARK not in text:
        return text, []
    struck = [squash(m.group(1)) for m in _STRUCK.finditer(text)]
    return _STRUCK.sub(" ", text), [s for s in struck if s]


def printed_lines(text: str) -> str:
    """A cell's current lines as printed, one a line: HTML paragraphs or breaks a conversion left
    in it ('Completed<br>Slipped …') as lines, what it strikes through gone; the lines kept apart
    (current folds them into one)."""
    items = html_items(text)
    lines = items if items is not None else text.split("\n")
    return "\n".join(s for ln in lines if (s := squash(split_struck(ln)[0])))


def current(text: str) -> str:
    """A cell as printed, without what it strikes through: the text a due date, a status or a RAG
    is read from (the struck date is superseded, never the due date)."""
    return split_struck(printed(text))[0].strip()


def _note_struck(text: str) -> str:
    """Struck text kept aside in the field, after the current text ('Review quarterly
    (superseded: annually)'): nothing lost, and never read as current. A cell struck through
    whole supersedes nothing (nothing replaces it): an action log strikes out what is done, so
    its text stays the field's, and normalise/struck.py reads the strike."""
    kept, struck = split_struck(text)
    if not struck:
        return text
    kept = kept.strip()
    if not any(ch.isalnum() for ch in kept):
        return " ".join(struck)
    return f"{kept} ({'superseded: ' + '; '.join(struck)})"


@lru_cache(maxsize=1024)
def _parse_items(text: str) -> tuple[str, ...]:
    """Cached: a cell is read as HTML both for its field and for text accounting."""
    parser = _ItemParser()
    parser.feed(text)
    parser.close()
    parser._flush()
    return tuple(parser.items)


# a list item's bullet: a glyph (vocab.LIST_BULLETS), a dash or asterisk, Word's 'o', pdfminer's '(cid:127)'
_GLYPHS = "".join(re.escape(b) for b in sorted(set(LIST_BULLETS) | set("•·▪◦●○■□➢►")) if len(b) == 1)
_BULLET = re.compile(rf"^(?:[{_GLYPHS}\-–—*]|o(?=\s)|\(cid:\d+\))\s*")


def strip_bullet(item: str) -> str:
    return _BULLET.sub("", item, count=1).strip()


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.])(?=\s|$)")
_COMMA_DOT = re.compile(r",\.(?=\s|$)")
# a leader of dots closing a cell ('KM ..........', 'every year group ........'): the dots the page drew
# to carry the eye to the next column, no part of the cell's text (an ellipsis is three dots, no more)
_TRAILING_LEADER = re.compile(r"\s+(?:\.\s?){4,}$")


def without_leader(text: str) -> str:
    """A squashed cell's text without the leader of dots that closes it ('KM ..........' → 'KM')."""
    return _TRAILING_LEADER.sub("", text) if text.endswith(".") else text


_GLYPH_BULLET = re.compile(rf"^\s*(?:[{_GLYPHS}]|\(cid:\d+\))\s*")


def _bulleted_lines(text: str) -> str:
    """Lines that are list items (a bullet, or a Word list paragraph) become '; '-separated items.

    A cell holding a single bulleted item loses its bullet glyph ('• Book every review')."""
    if "\n" not in text:
        return _GLYPH_BULLET.sub("", text, count=1)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) >= 2 and sum(bool(_BULLET.match(ln)) for ln in lines) >= max(1, len(lines) - 1):
        return "; ".join(strip_bullet(ln) for ln in _items_unwrapped(lines))
    return text


_ENDS_SENTENCE = re.compile(r"[.!?;:]['\")\]]*$")


def _items_unwrapped(lines: list[str]) -> list[str]:
    """A bulleted item's lines: a line with no bullet under an item whose line does not end its
    sentence is the same item wrapped ('• Recruit two more officers so that advice' / 'is returned
    within six weeks.'), joined to it; any other line is an item of its own."""
    items: list[str] = []
    for ln in lines:
        if items and not _BULLET.match(ln) and _BULLET.match(items[-1]) and not _ENDS_SENTENCE.search(items[-1]):
            items[-1] = f"{items[-1]} {ln}"
        else:
            items.append(ln)
    return items


def clean(text: str) -> str:
    """A cell as clean text: HTML → items joined by '; ', look-alikes fixed, whitespace folded.

    A cell is cleaned about three times (as a heading candidate, as its field, for the
    action built from it), so short texts are remembered."""
    if not text:
        return ""
    return _clean_short(text) if len(text) <= _CACHED_LENGTH else _clean(text)


_CACHED_LENGTH = 400  # longer cells are rarer and would make the cache's memory unbounded


@lru_cache(maxsize=16384)
def _clean_short(text: str) -> str:
    return _clean(text)


def _clean(text: str) -> str:
    items = html_items(text)
    if items is not None:
        text = "; ".join(strip_bullet(i) for i in items if strip_bullet(i))
    else:
        text = html.unescape(text) if "&" in text else text
        text = _bulleted_lines(text)
    if STRUCK_MARK in text:
        text = _note_struck(text)
    text = fix_lookalikes(text)
    if "\n" in text:
        text = _rejoin_broken_words(text)
    text = squash(text)
    text = without_leader(text)
    if " ," in text or " ;" in text or " :" in text or " ." in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)  # "adolescents ," → "adolescents,"
    if ",." in text:
        text = _COMMA_DOT.sub(".", text)
    return text.strip()


# ---- words split at a cell boundary ------------------------------------------------

# a line ending in letters, and a line opening in small letters: a word a narrow column broke
# without a hyphen ('accommodati' / 'on', 'Commentar' / 'y')
_LINE_END_WORD = re.compile(r"([A-Za-z]+)[ \t]*$")
_LINE_START_WORD = re.compile(r"^[ \t]*([a-z]+)")


def _rejoin_broken_words(text: str) -> str:
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        tail, head = _LINE_END_WORD.search(out[-1]), _LINE_START_WORD.match(line)
        if tail and head and len(tail.group(1)) >= 2 and not (_is_word(tail.group(1), 3.0) and
                                                             _is_word(head.group(1), 3.0)):
            joined = join_split_word(tail.group(1), head.group(1))
            if " " not in joined:  # one word again
                out[-1] = out[-1][:tail.start(1)] + joined + line[head.end(1):]
                continue
        out.append(line)
    return "\n".join(out)


# a line that goes on a span the line above began ('Q2 (Jul' / '-Sep)'): a hyphen, then a letter
_SPAN_GOES_ON = re.compile(r"([A-Za-z0-9])\n[ \t]*([-–](?=[A-Za-z0-9]))|([A-Za-z0-9][-–])[ \t]*\n[ \t]*(?=[A-Za-z0-9])")


# a cell opening with a bracketed note that it goes on ('(continued) circumstances change', '[cont'd]',
# '(continued from previous page)', wrapped over lines in a narrow Ref column): the bracket is needed, a
# plain 'Continued investment in …' is an action's own words; after the mark only where it came from
_CONTINUED_OPENING = re.compile(r"^\s*[(\[]\s*(?:" + "|".join(SLIDE_CONTINUED) +
                                r")\.?(?:\s+(?:from|on|over)\s[^()\[\]]{0,30}?)?\s*[)\]]\s*", re.I)


def without_continued_note(text: str) -> str:
    """The text after a '(continued)' note that opens it (the note is the layout's, not the plan's
    words), or the text as it is."""
    return _CONTINUED_OPENING.sub("", text, count=1)


def heading_text(text: str) -> str:
    """A heading cell's text on one line, with the words and spans a narrow column broke joined
    again ('Q1 (Ap' / 'r-Jun)' → 'Q1 (Apr-Jun)', 'Q2 (Jul' / '-Sep)' and 'Q2 (Jul-' / 'Sep)' →
    'Q2 (Jul-Sep)')."""
    if "\n" not in text:
        return " ".join(text.split())
    joined = _SPAN_GOES_ON.sub(lambda m: m.group(3) or m.group(1) + m.group(2), _rejoin_broken_words(text))
    return " ".join(joined.split())


def _is_word(word: str, floor: float = 2.5) -> bool:
    return len(word) > 1 and lexicon.zipf(word.lower()) >= floor


_HEAD = re.compile(r"[A-Za-z]+")
_ONE_LETTER_WORDS = frozenset({"a", "i"})  # English words of one letter
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _tail_letters(text: str) -> str:
    """The ASCII letters that end text. A loop back from the end: a regex `[A-Za-z]+$`
    searched over a long text tries every position, and join_fragments passes ever longer ones."""
    i = len(text)
    while i and text[i - 1] in _ASCII_LETTERS:
        i -= 1
    return text[i:]


def join_split_word(left: str, right: str) -> str:
    """Join two pieces of one text that a cell boundary cut, repairing a word cut in two.

    Renderers clip a word at a cell edge and often repeat or drop a letter:
    'attendanc' + 'ce at' → 'attendance at'; 'con' + 'nferences' → 'conferences';
    'IMPROV' + 'EMENT' → 'IMPROVEMENT'; 'mai' + 'nagement' → 'management'. Two whole
    words ('that' + 'practitioners') stay two words."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left or right
    a, b_m = _tail_letters(left), _HEAD.match(right)
    if not a or not b_m:
        return f"{left} {right}"
    b = b_m.group()
    candidates = [(a + b, len(b))]
    # the repairs below drop a letter ('fo|r' + 'r a visit': a clipped repeat); a head that is a
    # word of one letter ('AA' + 'a') is joined as it is or not at all
    if b.lower() not in _ONE_LETTER_WORDS:
        if a[-1].lower() == b[0].lower():
            candidates.append((a + b[1:], len(b)))  # duplicated letter at the cut
        if len(b) > 1:
            # one stray letter before the cut, or after it; a head of one letter is joined on or
            # kept apart, never traded for the letter before it ('Red' + 'b' is no 'Reb')
            candidates.append((a[:-1] + b, len(b)))
            candidates.append((a + b[1:], len(b)))
    # a repair that drops a letter must leave a real word of three letters or more ('AA' + 'b' is
    # no clipped 'Ab'); a join that drops nothing may be shorter
    candidates = [c for c in candidates if len(c[0]) == len(a) + len(b) or len(c[0]) >= 3]
    best = max(candidates, key=lambda c: lexicon.zipf(c[0].lower()))
    whole_parts = _is_word(a, 3.0) and _is_word(b, 3.0)
    # two real words stay apart unless together they make a word at least as common ('improve|ment')
    zipf = lexicon.zipf
    if _is_word(best[0]) and (not whole_parts or zipf(best[0].lower()) >= min(zipf(a.lower()), zipf(b.lower()))):
        return left[: len(left) - len(a)] + best[0] + right[best[1]:]
    return f"{left} {right}"


def join_fragments(parts: list[str]) -> str:
    """Pieces of one text spread over several cells, joined with split words repaired."""
    return _join_fragments(tuple(parts))


@lru_cache(maxsize=1024)  # a banner row is read twice: as an unlabelled banner, then as a banner
def _join_fragments(parts: tuple[str, ...]) -> str:
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


# ---- regex building ------------------------------------------------------------

def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of the phrases (a vocabulary's words, as printed), longest first, each
    space between their words any run of white space ('needs to' matches 'needs\\nto')."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p)))


def trie_alternation(words: set[str]) -> str:
    """A regex matching any of the words, longest first, written as a trie ('jan(?:uary)?|...').
    The same matches as the plain alternation sorted longest first (at one position, the words
    that match are prefixes of one another), but the engine tests one letter per branch
    instead of every word at every position (3-5x faster on the month patterns)."""
    branches = []
    for first in sorted({w[0] for w in words if w}):
        group = [w for w in words if w[:1] == first]
        prefix = os.path.commonprefix(group)
        rest = {w[len(prefix):] for w in group}
        longer = {r for r in rest if r}
        tail = f"(?:{trie_alternation(longer)})" if longer else ""
        branches.append(re.escape(prefix) + (tail + "?" if tail and "" in rest else tail))
    return "|".join(branches)
