"""Page geometry helpers for the PDF parser: characters → lines → words → segments.

pdfplumber gives characters with positions; tables, paragraphs and cells are all built
from the same few primitives here, so the text of a cell and of a paragraph is made the
same way (ligatures expanded, characters drawn twice removed, spaces from gaps).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

Char = dict[str, Any]

LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
             "\ufb05": "st", "\ufb06": "st"}


def char_text(ch: Char) -> str:
    t: str = ch.get("text", "")
    return LIGATURES.get(t) or t


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass
class Line:
    """Characters sharing a baseline, as words; `segments` are runs of words without a wide gap."""
    words: list[Word]
    top: float
    bottom: float
    size: float
    segments: list[list[Word]] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def dedupe(chars: list[Char], tol: float = 0.5) -> list[Char]:
    """Characters drawn twice at (almost) the same place (fake bold, shadows) kept once:
    the same character in the same or a neighbouring `tol` cell (under 2 × tol apart)."""
    # text → cell column → cell rows of the characters kept: a test is at most three dict
    # lookups of an int and nine of an int in a set, no tuple built (hot: every character)
    kept: dict[str, dict[int, set[int]]] = {}
    out = []
    for ch in chars:
        text = ch.get("text", "")
        gx, gy = int(ch["x0"] // tol), int(ch["top"] // tol)
        cols = kept.get(text)
        if cols is None:
            cols = kept[text] = {}
        elif near_cell(cols, gx, gy):
            continue
        rows = cols.get(gx)
        if rows is None:
            cols[gx] = {gy}
        else:
            rows.add(gy)
        out.append(ch)
    return out


def near_cell(cols: dict[int, set[int]], gx: int, gy: int) -> bool:
    """A cell marked in `cols` at (gx, gy) or one of its eight neighbours."""
    for x in (gx - 1, gx, gx + 1):
        rows = cols.get(x)
        if rows is not None and (gy in rows or gy - 1 in rows or gy + 1 in rows):
            return True
    return False


def upright(chars: list[Char]) -> list[Char]:
    """Characters written left to right (vertical text in narrow headings is dropped from tables)."""
    return [c for c in chars if c.get("upright", True)]


BOTTOM_X0 = itemgetter("bottom", "x0")
X0 = itemgetter("x0")


def group_lines(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped into lines by vertical overlap, each sorted left to right."""
    # (a ligature is never blank: its own text tells whether the character is)
    items = sorted((c for c in chars if c.get("text", "").strip()), key=BOTTOM_X0)
    lines: list[list[Char]] = []
    bounds: list[tuple[float, float]] = []
    tops: list[float] = []  # each line's topmost character: lines are read top to bottom
    for ch in items:
        top, bottom = ch["top"], ch["bottom"]
        h = max(bottom - top, 1.0)
        placed = False
        # only the last few lines can overlap a character sorted by its bottom
        for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            lt, lb = bounds[i]
            overlap = min(lb, bottom) - max(lt, top)
            if overlap > 0.5 * min(h, lb - lt):
                lines[i].append(ch)
                bounds[i] = (min(lt, top), max(lb, bottom)) if overlap > 0.8 * h else (lt, lb)
                if top < tops[i]:
                    tops[i] = top
                placed = True
                break
        if not placed:
            lines.append([ch])
            bounds.append((top, bottom))
            tops.append(top)
    for line in lines:
        line.sort(key=X0)
    return [lines[i] for i in sorted(range(len(lines)), key=tops.__getitem__)]


def words_of(line_chars: list[Char]) -> list[Word]:
    """Words of one line: a new word where the gap exceeds a fraction of the font size."""
    words: list[Word] = []
    texts: list[str] = []  # the word being read, and its box and size so far
    x0 = x1 = top = bottom = size = 0.0
    prev_x1: float | None = None
    for ch in line_chars:
        ch_size = ch.get("size", 10.0)
        if prev_x1 is not None:
            gap = ch["x0"] - prev_x1
            em = ch_size or 10.0
            if gap > 0.18 * em or gap < -0.5 * em:
                words.append(Word("".join(texts), x0, x1, top, bottom, size))
                prev_x1 = None
        t = ch.get("text", "")
        t = LIGATURES.get(t) or t
        if prev_x1 is None:
            texts = [t]
            x0, x1, top, bottom, size = ch["x0"], ch["x1"], ch["top"], ch["bottom"], ch_size
        else:  # one pass instead of a max/min over the word's characters per field
            texts.append(t)
            x1 = ch["x1"] if ch["x1"] > x1 else x1
            top = ch["top"] if ch["top"] < top else top
            bottom = ch["bottom"] if ch["bottom"] > bottom else bottom
            size = ch_size if ch_size > size else size
        prev_x1 = ch["x1"]
    if prev_x1 is not None:
        words.append(Word("".join(texts), x0, x1, top, bottom, size))
    return words


def make_lines(chars: list[Char], seg_gap: float = 0.55) -> list[Line]:
    """Lines of words, with segments split at gaps wider than `seg_gap` × font size."""
    return lines_of_words([words_of(lc) for lc in group_lines(chars)], seg_gap)


def lines_of_words(word_lines: list[list[Word]], seg_gap: float) -> list[Line]:
    """Lines of the given words (a line's words in reading order), split into segments."""
    out = []
    for words in word_lines:
        if not words:
            continue
        size = sorted(w.size for w in words)[len(words) // 2]
        line = Line(words, min(w.top for w in words), max(w.bottom for w in words), size)
        if justified(words):
            line.segments.append(words)
            out.append(line)
            continue
        seg: list[Word] = [words[0]]
        for w in words[1:]:
            if w.x0 - seg[-1].x1 > seg_gap * max(size, 4.0):
                line.segments.append(seg)
                seg = []
            seg.append(w)
        line.segments.append(seg)
        out.append(line)
    return out


def justified(words: list[Word]) -> bool:
    """A line of running text stretched to the margins: even gaps between words that are mostly
    letters (a row of figures can have even gaps too, and stays a table row)."""
    if len(words) < 6:
        return False
    wordy = sum(1 for w in words if any(ch.isalpha() for ch in w.text))
    if wordy < 0.7 * len(words):
        return False
    gaps = sorted(b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False))
    median = gaps[len(gaps) // 2]
    size = sorted(w.size for w in words)[len(words) // 2]
    # a stretched word space stays within about an em; wider even gaps part the columns of a
    # heading row ('ITEM      ACTION      BY WHOM      BY WHEN')
    return 0 < median <= 1.2 * max(size, 4.0) and gaps[-1] <= 1.6 * median


def text_of(chars: list[Char]) -> str:
    """Text of a block of characters: lines joined with newlines, words with spaces."""
    return text_of_words([words_of(lc) for lc in group_lines(chars)])


def text_of_words(word_lines: list[list[Word]]) -> str:
    return "\n".join(" ".join(w.text for w in words) for words in word_lines).strip()


class Grouping:
    """Characters → lines → words, once per list of characters: a ruled cell's text, its
    segments and its baselines are all read from one grouping (made 3 or 4 times otherwise).
    A list is known by its identity, so it must not change once grouped."""

    def __init__(self) -> None:
        # id → (the list itself, kept so that its id is not reused; its lines; their words)
        self._memo: dict[int, tuple[list[Char], list[list[Char]], list[list[Word]]]] = {}

    def _get(self, chars: list[Char]) -> tuple[list[Char], list[list[Char]], list[list[Word]]]:
        hit = self._memo.get(id(chars))
        if hit is None:
            lines = group_lines(chars)
            hit = self._memo[id(chars)] = (chars, lines, [words_of(lc) for lc in lines])
        return hit

    def lines(self, chars: list[Char]) -> list[list[Char]]:
        """group_lines(chars)"""
        return self._get(chars)[1]

    def words(self, chars: list[Char]) -> list[list[Word]]:
        """The words of each of group_lines(chars)"""
        return self._get(chars)[2]

    def text(self, chars: list[Char]) -> str:
        """text_of(chars)"""
        return text_of_words(self._get(chars)[2])

    def make_lines(self, chars: list[Char], seg_gap: float = 0.55) -> list[Line]:
        """make_lines(chars, seg_gap)"""
        return lines_of_words(self._get(chars)[2], seg_gap)


def cluster(values: list[float], tol: float) -> list[float]:
    """Sorted values with neighbours closer than `tol` merged (their mean)."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


def colour_hex(colour: Any) -> str | None:
    """'#rrggbb' for a pdfplumber colour (gray, RGB or CMYK tuple), None when unknown."""
    if colour is None:
        return None
    if isinstance(colour, (int, float)):
        colour = (colour,)
    try:
        vals = [float(v) for v in colour]
    except (TypeError, ValueError):
        return None
    if len(vals) == 1:
        r = g = b = vals[0]
    elif len(vals) == 3:
        r, g, b = vals
    elif len(vals) == 4:
        c, m, y, k = vals
        r, g, b = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    else:
        return None
    if not all(0.0 <= v <= 1.0 for v in (r, g, b)):
        return None
    return "#{:02x}{:02x}{:02x}".format(*(round(v * 255) for v in (r, g, b)))
