"""Page geometry helpers for the PDF parser: characters → words → lines → segments.

pdfplumber gives characters with positions; tables, paragraphs and cells are all built
from the same few primitives here, so the text of a cell and of a paragraph is made the
same way. Glyphs are repaired once, when characters become words: characters drawn twice
(fake bold, shadows) kept once (`dedupe`), ligatures expanded, and glyphs the font does not
map to Unicode (pdfminer's `(cid:NNN)`) read as a bullet where they stand alone at the start
of a line (a list marker) and dropped elsewhere. Everything after works on words (a scanned
page's OCR words too): `Word` is pdfplumber's word shape (text, x0, x1, top, bottom).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any

Char = dict[str, Any]

LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
             "\ufb05": "st", "\ufb06": "st"}


CID = re.compile(r"\(cid:\d+\)")
BULLET = "\u2022"


# The standard Zapf Dingbats font (PDF's standard-14 symbol font, in which reportlab, Acrobat's form
# check boxes and many report writers draw ticks, crosses and bullets) has no Unicode map of its
# own, so pdfminer gives its glyphs as the ASCII codes they sit at: a tick comes out as '3' and
# reads as a figure. Unicode's Dingbats block copies the font's order (code 0x21 → U+2701 …),
# except where the glyph already had a place in Unicode (Adobe's zapfdingbats glyph list).
_DINGBATS_ELSEWHERE = {"%": "\u260e", "*": "\u261b", "+": "\u261e", "H": "\u2605", "l": "\u25cf",
                       "n": "\u25a0", "s": "\u25b2", "t": "\u25bc", "u": "\u25c6", "w": "\u25d7"}


def dingbat(text: str) -> str:
    """The Unicode character of a Zapf Dingbats glyph given as its code ('3' → '✓', '4' → '✔',
    'l' → '●'); other text as it is."""
    if len(text) != 1 or not "!" <= text <= "~":
        return text
    return _DINGBATS_ELSEWHERE.get(text) or chr(0x2700 + ord(text) - 0x20)


# Wingdings (Word's and report writers' check boxes) has no Unicode map either: its box glyphs come out
# as the Latin-1 letters they sit at ('þ' a ticked box, '¨' an empty one; or their private-use codes,
# U+F0FE …), and would read as letters. Only the boxes are mapped: its bullets are read as they are.
_WINGDINGS_BOXES = {"\u00a8": "\u2610", "\u00fd": "\u2612", "\u00fe": "\u2611", "\uf0a8": "\u2610",
                    "\uf0fd": "\u2612", "\uf0fe": "\u2611"}


def wingdings(text: str) -> str:
    """The Unicode box of a Wingdings check-box glyph ('þ' → '☑', '¨' → '☐'); other text as it is."""
    return _WINGDINGS_BOXES.get(text, text)


# Word's second-level bullet: a letter 'o' set in Courier New, apart from the text it leads (a tab after
# it). Read as the letter, the list's items would start with a word 'o' and no reader would know them.
WORD_LEVEL2_BULLET = "\u25e6"  # '◦'


def courier_bullets(chars: list[Char]) -> None:
    """Each lone Courier 'o' among the page's glyphs (no glyph touching it on its line, either
    side, within a third of its size: a word of its own) becomes the white bullet '◦' it draws."""
    for i, ch in enumerate(chars):
        if ch.get("text") != "o" or "courier" not in str(ch.get("fontname", "")).lower():
            continue
        size = float(ch.get("size") or 10.0)
        near = False
        for j in (i - 1, i + 1):
            if 0 <= j < len(chars):
                other = chars[j]
                # (touching: a gap under a third of its size, or none; abutting glyphs' edges differ by
                # rounding, a hair below zero, or overlap when kerned)
                if other.get("text", "").strip() and abs(other["top"] - ch["top"]) < size / 2 \
                        and (-size / 3 <= other["x0"] - ch["x1"] < size / 3
                             or -size / 3 <= ch["x0"] - other["x1"] < size / 3):
                    near = True
        if not near:
            ch["text"] = WORD_LEVEL2_BULLET


def char_text(ch: Char) -> str:
    t: str = ch.get("text", "")
    return LIGATURES.get(t) or t


def is_cid(text: str) -> bool:
    """A glyph pdfminer could not map to Unicode: its text is '(cid:NNN)'."""
    return text.startswith("(cid:") and CID.fullmatch(text) is not None


def printable(text: str) -> str:
    """The text without control and format characters (a stray '\x18', a soft hyphen); private-use
    glyphs stay (Symbol and Wingdings bullets such as '\uf0b7', which the plan rules read)."""
    from unicodedata import category
    return "".join(ch for ch in text if ch.isprintable() or category(ch) == "Co")


def word_text(texts: list[str]) -> str:
    """A word's text from its glyphs' texts. Unmapped glyphs ('(cid:NNN)'): a word that is one
    such glyph alone is a symbol set apart, in practice a list bullet (symbol fonts draw them
    so) and reads '•'; unmapped glyphs inside a word are dropped (their meaning is unknown)."""
    if not any(t.startswith("(cid:") for t in texts):
        text = "".join(texts).strip()
        return text if text.isprintable() else printable(text)
    if len(texts) == 1 and is_cid(texts[0]):
        return BULLET
    return "".join(CID.sub("", t) for t in texts).strip()


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    # how far off its measured position may be (points): 0 for a PDF's own characters; a word
    # read from a scan is placed to a pixel or so (its baseline from the ink's bottom)
    slack: float = 0.0
    bold: bool = False  # set in a heavy font (a heading, a section banner)
    # a space character stood in the gap before the word: typed text going on, not the white
    # between two cells' text; None where unknown (a line's first word, OCR, text with no spaces)
    spaced: bool | None = None


@dataclass
class Line:
    """Characters sharing a baseline, as words; `segments` are runs of words without a wide gap."""
    words: list[Word]
    top: float
    bottom: float
    size: float
    segments: list[list[Word]] = field(default_factory=list)
    # the cell of a layout grid it stands in (pdftables.wrap_in_cells): x0, top, x1, bottom; None on the page
    cell: tuple[float, float, float, float] | None = None

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def split_by_size(line: Line, ratio: float = 1.3) -> list[Line] | None:
    """A title with small notes beside it on its baseline ('Early help   Overall: Amber', a slide's
    title and the rating box to its right): its first segment in type `ratio` times larger than
    every other segment. The title and each note as a line of its own; None for any other line
    (a table's heading row has its segments in one size). A first segment with no letter or
    figure is a list's bullet drawn large beside its item ('•  Review the policy …'), no title."""
    if len(line.segments) < 2 or not any(ch.isalnum() for w in line.segments[0] for ch in w.text):
        return None
    def size_of(ws: list[Word]) -> float:
        return sorted(w.size for w in ws)[len(ws) // 2]
    # the line's segments were cut at gaps measured in its smaller type: a large title's own word
    # spaces cut it into words ('SUM' | 'Related' | 'Initiative' beside a 12pt note); segments in one
    # size, no wider apart than a word space in that size (SEGMENT_GAP), are one segment again
    segments: list[list[Word]] = [list(line.segments[0])]
    for seg in line.segments[1:]:
        last = segments[-1]
        size = size_of(last)
        if abs(size_of(seg) - size) <= 0.1 * size and seg[0].x0 - last[-1].x1 <= SEGMENT_GAP * size:
            last.extend(seg)
        else:
            segments.append(list(seg))
    if len(segments) < 2:
        return None
    first, rest = segments[0], segments[1:]
    if size_of(first) < ratio * max(size_of(s) for s in rest):
        return None
    return [Line(list(s), min(w.top for w in s), max(w.bottom for w in s), size_of(s), [list(s)])
            for s in segments]


SEGMENT_GAP = 0.55  # ems: the widest gap inside a segment, in its own type (text_lines' seg_gap)


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


def dedupe_runs(chars: list[Char], reach: float = 0.45, run: int = 3) -> list[Char]:
    """Text drawn a second time a little apart (duplicated text boxes, "fake bold" and shadows
    offset by more than `dedupe` catches: a point or two, across or down) kept once.

    A character is a copy when an earlier-drawn one of the same text and size lies within
    `reach` × its size, and the characters drawn next to each of the two (after or before, up to
    `run` each way) pair up at the very same offset: a whole run drawn again, not a doubled
    letter ('ll', 'ee') or a dot leader ('.....', one character repeated along its line)."""
    if len(chars) < 4:
        return chars
    cell = 5.0
    # text → cell column → cell row → the characters there (ints looked up, no tuple built: hot)
    grid: dict[str, dict[int, dict[int, list[int]]]] = {}
    for i, ch in enumerate(chars):
        grid.setdefault(ch.get("text", ""), {}).setdefault(int(ch["x0"] // cell), {}).setdefault(
            int(ch["top"] // cell), []).append(i)
    drop: set[int] = set()

    def same(a: int, b: int, dx: float, dy: float) -> bool:
        ca, cb = chars[a], chars[b]
        return (ca.get("text") == cb.get("text") and abs(cb["x0"] - ca["x0"] - dx) < 0.05
                and abs(cb["top"] - ca["top"] - dy) < 0.05)

    def copy_of(i: int, j: int, lim: float, size: float, text: str) -> bool:
        ci, cj = chars[i], chars[j]
        dx, dy = cj["x0"] - ci["x0"], cj["top"] - ci["top"]
        if abs(dx) > lim or abs(dy) > lim or (abs(dx) < 0.05 and abs(dy) < 0.05):
            return False
        if abs(float(ci.get("size") or 10.0) - size) > 0.1:
            return False
        # the neighbours drawn after and before each pair up at the same offset
        seq = [text]
        for step in (1, -1):
            a, b, n = i + step, j + step, 0
            while (n < run and 0 <= a < len(chars) and 0 <= b < len(chars) and a != j
                   and b != i and same(a, b, dx, dy)):
                seq.append(chars[a].get("text", ""))
                a, b, n = a + step, b + step, n + 1
        # one character repeated along a line is a leader or a rule of dashes, not a copy
        return len(seq) > 1 and (len(set(seq)) > 1 or abs(dy) > 0.3)

    for j, ch in enumerate(chars):
        text = ch.get("text", "")
        cols = grid[text]
        if not text.strip():
            continue
        size = float(ch.get("size") or 10.0)
        lim = reach * size
        gx, gy = int(ch["x0"] // cell), int(ch["top"] // cell)
        span = int(lim // cell) + 1
        found = False
        for x in range(gx - span, gx + span + 1):
            rows = cols.get(x)
            if rows is None:
                continue
            for y in range(gy - span, gy + span + 1):
                for i in rows.get(y, ()):
                    if i < j and i not in drop and copy_of(i, j, lim, size, text):
                        found = True
                        break
                if found:
                    break
            if found:
                break
        if found:
            drop.add(j)
    if not drop:
        return chars
    return [ch for k, ch in enumerate(chars) if k not in drop]


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
    for i in range(len(lines)):
        rule = typed_rule_under(lines[i])
        if rule:
            lines[i] = [c for c in lines[i] if c not in rule]
            lines.append(rule)
            tops.append(min(c["top"] for c in rule))
            tops[i] = min(c["top"] for c in lines[i])
    for line in lines:
        line.sort(key=X0)
    return [lines[i] for i in sorted(range(len(lines)), key=tops.__getitem__)]


TYPED_RULE_CHARS = 12  # underscores at least in a rule typed under a line's text


def typed_rule_under(line: list[Char]) -> list[Char]:
    """A rule typed as a run of underscores that a line's text stands over (the underscores set
    at the same x as its letters, a point or two lower: '______' under a table's heading row): its
    own line, not letters of the words above it (a glyph on the same x as another is on another
    line). A form's blank after its label ('Name: ______') stands beside the text, not under it."""
    rule = [c for c in line if c.get("text") == "_"]
    if len(rule) < TYPED_RULE_CHARS or len(rule) == len(line):
        return []
    text = sorted((c["x0"], c["x1"]) for c in line if c.get("text") != "_")
    starts = [a for a, _ in text]
    for u in rule:
        k = bisect.bisect_left(starts, u["x1"])
        if any(min(b, u["x1"]) - max(a, u["x0"]) > 0.5 * min(b - a, u["x1"] - u["x0"])
               for a, b in text[max(0, k - 3):k]):
            return rule
    return []


HEAVY = re.compile(r"bold|black|heavy|semibold|demi", re.I)  # a heavy weight in a font's name


def is_heavy(ch: Char) -> bool:
    return HEAVY.search(str(ch.get("fontname") or "")) is not None


def words_of(line_chars: list[Char], cuts: list[float] | None = None,
             spaces: list[float] | None = None) -> list[Word]:
    """Words of one line: a new word where the gap exceeds a fraction of the font size, or where
    a vertical ruling at one of the x positions `cuts` (sorted) runs between two characters.
    `spaces`: the centres of the line's space characters, sorted (each word after the first is
    marked `spaced` or not by them); None when the page has none."""
    words: list[Word] = []
    texts: list[str] = []  # the word being read, and its box and size so far
    x0 = x1 = top = bottom = size = 0.0
    heavy = False  # every character of the word so far in a heavy font
    prev_x1: float | None = None
    end: float | None = None  # where the line's last word so far ends
    spaced: bool | None = None
    cut_i = 0
    for ch in line_chars:
        ch_size = ch.get("size", 10.0)
        if cuts:  # the next ruling right of the word's start
            centre = (ch["x0"] + ch["x1"]) / 2
            while cut_i < len(cuts) and cuts[cut_i] < centre:
                cut_i += 1
                if prev_x1 is not None:  # a ruling between the previous character and this one
                    word = word_text(texts)
                    if word:
                        words.append(Word(word, x0, x1, top, bottom, size, bold=heavy, spaced=spaced))
                        end = x1
                    prev_x1 = None
        if prev_x1 is not None:
            gap = ch["x0"] - prev_x1
            em = ch_size or 10.0
            # a gap wide enough, or a space the source typed between them (a line set tight:
            # 'Expand the Federal' whose spaces are narrower than the gap rule's fraction)
            if gap > 0.18 * em or gap < -0.5 * em or gap > 0.05 * em and spaces \
                    and typed_space(spaces, prev_x1, ch["x0"]):
                word = word_text(texts)
                if word:
                    words.append(Word(word, x0, x1, top, bottom, size, bold=heavy, spaced=spaced))
                    end = x1
                prev_x1 = None
        t = ch.get("text", "")
        t = LIGATURES.get(t) or t
        if prev_x1 is None:
            texts = [t]
            x0, x1, top, bottom, size = ch["x0"], ch["x1"], ch["top"], ch["bottom"], ch_size
            heavy = is_heavy(ch)
            spaced = None if spaces is None or end is None else typed_space(spaces, end, x0)
        else:  # one pass instead of a max/min over the word's characters per field
            texts.append(t)
            x1 = ch["x1"] if ch["x1"] > x1 else x1
            top = ch["top"] if ch["top"] < top else top
            bottom = ch["bottom"] if ch["bottom"] > bottom else bottom
            size = ch_size if ch_size > size else size
            heavy = heavy and is_heavy(ch)
        prev_x1 = ch["x1"]
    if prev_x1 is not None:
        word = word_text(texts)
        if word:
            words.append(Word(word, x0, x1, top, bottom, size, bold=heavy, spaced=spaced))
    return words


def typed_space(spaces: list[float], a: float, b: float) -> bool:
    """A space character's centre (of the sorted `spaces`) between a and b."""
    k = bisect.bisect_left(spaces, a - 0.5)
    return k < len(spaces) and spaces[k] <= b + 0.5


_LABEL_GAP = 0.5  # ems: a gap this wide between characters set sideways is more than a word space


def sideways_words(chars: list[Char]) -> list[Word]:
    """Text set sideways in an upright page (column headings turned a quarter): each run of
    characters down one vertical line, in reading order (up the page for text going up), as
    one word with its spaces, its box the run's; its size the characters' width across."""
    side = sorted((c for c in chars if not c.get("upright", True) and c.get("text", "").strip()),
                  key=lambda c: (c["x0"], c["top"]))
    # the page's typed spaces set sideways, by where they stand: a gap holding none is no word space
    typed = sorted(((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2) for c in chars
                   if not c.get("upright", True) and c.get("text") == " " and "x0" in c and "top" in c)
    columns: list[list[Char]] = []
    for ch in side:
        for col in columns[-3:]:
            a0, a1 = col[0]["x0"], col[0]["x1"]
            if min(a1, ch["x1"]) - max(a0, ch["x0"]) > 0.5 * min(a1 - a0, ch["x1"] - ch["x0"]):
                col.append(ch)
                break
        else:
            columns.append([ch])
    out: list[Word] = []
    for col in columns:
        up = sum(1 for c in col if (c.get("matrix") or (0, 0))[1] > 0) * 2 >= len(col)
        col.sort(key=lambda c: -c["bottom"] if up else c["top"])
        size = sorted(c["x1"] - c["x0"] for c in col)[len(col) // 2] or 6.0
        x = (col[0]["x0"], col[0]["x1"])
        runs: list[list[Char]] = [[col[0]]]
        for prev, ch in zip(col, col[1:], strict=False):
            gap = (prev["top"] - ch["bottom"]) if up else (ch["top"] - prev["bottom"])
            if gap > 1.5 * size or gap > _LABEL_GAP * size and typed and not space_set_sideways(typed, x, prev, ch, up):
                # another heading further along the same line; or, where the text types its spaces, the
                # next row's turned cell down one column, past a gap no typed space stands in
                runs.append([])
            elif gap > _LABEL_GAP * size and char_text(ch)[:1].isdigit() and char_text(prev)[-1:].isalpha():
                runs.append([])  # '… governance' then, past more than a word space, '2  Workforce …': the next label
            elif gap > 0.18 * size:
                runs[-1].append({"text": " "})
            runs[-1].append(ch)
        for run in runs:
            real = [c for c in run if "x0" in c]
            text = " ".join("".join(char_text(c) for c in run).split())
            if text:
                out.append(Word(text, min(c["x0"] for c in real), max(c["x1"] for c in real),
                                min(c["top"] for c in real), max(c["bottom"] for c in real), size))
    return out


def space_set_sideways(typed: list[tuple[float, float]], x: tuple[float, float], a: Char, b: Char, up: bool) -> bool:
    """A typed space (of `typed`, (x, y) centres sorted) standing in the gap between two characters
    set sideways down one column (x: its range), a before b in reading order."""
    low, high = (b["bottom"], a["top"]) if up else (a["bottom"], b["top"])
    return any(x[0] <= cx <= x[1] and low - 0.5 <= cy <= high + 0.5 for cx, cy in typed)


def words_from_chars(chars: list[Char], verticals: Iterable[tuple[float, float, float]] = ()) -> list[Word]:
    """The page's words from its characters (blank ones skipped), line by line, each line left
    to right. `verticals`: (x, top, bottom) of vertical rulings; a word is also split where one
    runs through it at its line's height (two cells' texts set close to a ruling between them)."""
    rules = sorted(verticals)
    # space characters by the height of their middle: each line's spaces mark its typed word gaps
    blanks = sorted(((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2) for c in chars
                    if c.get("text") == " " and "x0" in c and "top" in c)
    mids = [m for m, _ in blanks]
    out: list[Word] = []
    for lc in group_lines(chars):
        cuts = None
        top, bottom = min(c["top"] for c in lc), max(c["bottom"] for c in lc)
        if rules:
            mid = (top + bottom) / 2
            cuts = [x for x, top, bottom in rules if top <= mid <= bottom] or None
        spaces = None
        if blanks:
            spaces = sorted(x for _, x in blanks[bisect.bisect_left(mids, top):bisect.bisect_right(mids, bottom)])
        out.extend(words_of(lc, cuts, spaces))
    return out


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
    # a justified line's spaces stay near a space's width; even gaps of several ems are columns
    return 0 < median <= 0.9 * size and gaps[-1] <= 1.6 * median


HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")


# a capitalised word broken after its hyphen, the rest capitalised too: a double-barrelled name or
# place ('Lloyd-' / 'Evans', 'Stoke-' / 'on-Trent' is the lower-case case)
NAME_BREAK = re.compile(r"(?:^|\s)[A-Z][a-z]+-$")


def join_lines(lines: list[str], sep: str = "\n") -> str:
    """Lines of one text joined by `sep`; a word broken after its hyphen ('decision-' / 'making',
    'Lloyd-' / 'Evans') is joined again, hyphen kept ('decision-making': the hyphen may be the word's
    own); so is a
    date a narrow column broke inside its year or after a slash ('30/11/202' / '6', '30/11/' / '2026')."""
    out = ""
    for line in lines:
        if out and (HYPHEN_BREAK.search(out) and (line[:1].islower() or NAME_BREAK.search(out) and line[:1].isupper())
                    or broken_date(out, line) or broken_ref(out, line)):
            out += line
        else:
            out = out + sep + line if out else line
    return out


DATE_HEAD = re.compile(r"(?:^|\s)\d{1,2}[/.]\d{1,2}[/.](\d{0,3})$|(?:^|\s)\d{1,2}[/.]$")


def broken_date(text: str, line: str) -> bool:
    """`text` ends in a numeric date cut short inside its year or after a separator and `line` is the
    rest of it alone: digits that complete a four-digit year (or the month and year after the cut)."""
    m = DATE_HEAD.search(text)
    if m is None or not line or not line[0].isdigit():
        return False
    if m.group(1) is None:  # cut after the day: '30/' + '11/2026'
        return re.fullmatch(r"\d{1,2}[/.]\d{2}(?:\d{2})?", line) is not None
    return line.isdigit() and len(m.group(1)) + len(line) == 4


# a reference a narrow column broke: its letters, then its outline number, a piece a line ('YJ' / '1.' /
# '1' is 'YJ1.1'); the pieces so far are a short code with no space, the line the next piece alone
REF_LETTERS = re.compile(r"^[A-Z]{1,4}[-/]?$")  # (and its separator: "ACT-", "OS/")
REF_AFTER_LETTERS = re.compile(r"^\d{1,2}(?:\.|\.\d{1,2}[a-z]?)?$")
REF_NUMBER = re.compile(r"^[A-Z]{0,4}\d{1,2}\.$")
REF_AFTER_NUMBER = re.compile(r"^\d{1,2}[a-z]?$")


def broken_ref(text: str, line: str) -> bool:
    """`text` is the start of a reference cut by a narrow column (capital letters, 'YJ', with their
    separator, 'ACT-', or a number and its stop, 'YJ1.') and `line` the rest of it alone ('1.', '1',
    '1.1'): one reference, 'YJ1.1', 'ACT-1'.
    '1.' over '2.' are two numbers in turn, not one reference."""
    if REF_LETTERS.match(text):
        return REF_AFTER_LETTERS.match(line) is not None
    return REF_NUMBER.match(text) is not None and REF_AFTER_NUMBER.match(line) is not None


LEADER = re.compile(r"[.\u2026\u00b7_]+")  # leader dots ('Total . . . . 12'), ellipses, underscores


def is_leader(w: Word) -> bool:
    return LEADER.fullmatch(w.text) is not None


def group_words(words: Iterable[Word]) -> list[list[Word]]:
    """Words grouped into text lines by vertical overlap, each left to right, lines top to bottom."""
    items = sorted(words, key=attrgetter("bottom", "x0"))
    lines: list[list[Word]] = []
    bounds: list[tuple[float, float]] = []
    tops: list[float] = []
    for w in items:
        h = max(w.bottom - w.top, 1.0)
        for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            lt, lb = bounds[i]
            overlap = min(lb, w.bottom) - max(lt, w.top)
            if overlap > 0.5 * min(h, lb - lt):
                lines[i].append(w)
                bounds[i] = (min(lt, w.top), max(lb, w.bottom)) if overlap > 0.8 * h else (lt, lb)
                tops[i] = min(tops[i], w.top)
                break
        else:
            lines.append([w])
            bounds.append((w.top, w.bottom))
            tops.append(w.top)
    for line in lines:
        line.sort(key=attrgetter("x0"))
    return [lines[i] for i in sorted(range(len(lines)), key=tops.__getitem__)]


def text_lines(words: Iterable[Word], seg_gap: float = 0.55) -> list[Line]:
    """Words → text lines (top to bottom) with their segments: runs of words without a gap wider
    than `seg_gap` × the font size. A run of leader dots ends a segment (it leads the eye from a
    row label to its figures: a column break however narrow the gap after it)."""
    out = []
    grouped = group_words(words)
    space = wide_space(grouped)
    for ws in grouped:
        size = sorted(w.size for w in ws)[len(ws) // 2]
        line = Line(ws, min(w.top for w in ws), max(w.bottom for w in ws), size)
        line.segments = segments_of(ws, max(seg_gap * max(size, 4.0), 1.5 * space * size))
        out.append(line)
    return out


def wide_space(lines: list[list[Word]]) -> float:
    """The page's space between two words of running text, in ems, where it is wide (a typewriter
    font's 0.6 em): a segment needs a gap clearly wider than that. 0 for ordinary fonts."""
    gaps = sorted((b.x0 - a.x1) / max(a.size, 1.0) for ws in lines for a, b in zip(ws, ws[1:], strict=False)
                  if a.text[-1:].isalpha() and b.text[:1].isalpha())
    if len(gaps) < 20:
        return 0.0
    space = gaps[len(gaps) // 4]
    # (a typewriter's space is 0.6 em, stretched a little when justified; gaps wider than
    # `WIDEST_SPACE` are no word spaces but a table's column gaps, on a page of one-word cells)
    return space if 0.45 < space <= WIDEST_SPACE else 0.0


WIDEST_SPACE = 1.0  # em: the widest space between two words of running text in any font


def segments_of(words: list[Word], gap: float) -> list[list[Word]]:
    if justified(words):
        return [words]
    segs: list[list[Word]] = [[words[0]]]
    leaders = is_leader(words[0]) and len(words[0].text) >= 2
    for w in words[1:]:
        lead = is_leader(w)
        prev = segs[-1][-1]
        if w.x0 - prev.x1 > gap or (leaders and not lead):
            segs.append([])
            leaders = False
        segs[-1].append(w)
        if lead and (is_leader(prev) or len(w.text) >= 2):
            leaders = True
    return segs


def extent(seg: list[Word]) -> tuple[float, float]:
    """A segment's x range without its trailing leader dots (they reach into the next column's gutter)."""
    end = len(seg)
    while end > 1 and is_leader(seg[end - 1]):
        end -= 1
    return seg[0].x0, seg[end - 1].x1


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


IMAGE_BULLET_SIZE = (0.3, 1.6)  # an image bullet's width and height, as shares of its line's type size
IMAGE_BULLET_GAP = 3.0  # at most this many type sizes between an image bullet and its line's first letter
IMAGE_BULLETS_MIN = 2  # a list has two items or more: a lone small picture is no bullet
IMAGE_BULLET_BODY = 1.15  # a line in type larger than the page's body by this share is a heading


DOT_MAX = 6.0  # a bullet drawn as a dot: this many points across at most, as wide as it is tall


def drawn_dots(marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The filled marks that may be bullets drawn as dots (a designed page's vector bullets): small,
    round or square, and alone where they stand (a tick drawn inside a box, a chart's pieces touching
    each other, are no dots)."""
    def box(m: dict[str, Any]) -> tuple[float, float, float, float]:
        return m["x0"], m["top"], m["x1"], m["bottom"]

    def touch(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
        return a[0] <= b[2] + 0.5 and b[0] <= a[2] + 0.5 and a[1] <= b[3] + 0.5 and b[1] <= a[3] + 0.5
    small = [m for m in marks if 0 < m["x1"] - m["x0"] <= DOT_MAX and 0 < m["bottom"] - m["top"] <= DOT_MAX
             and abs((m["x1"] - m["x0"]) - (m["bottom"] - m["top"])) <= 0.25 * DOT_MAX]
    boxes = [box(m) for m in marks]
    return [m for m in small if sum(touch(box(m), b) for b in boxes) == 1]  # (itself only)


def image_bullets(images: list[dict[str, Any]], chars: list[Char]) -> list[Char]:
    """Bullets drawn as pictures (a designed document's tick, arrow or dot icons, a Word export's
    picture bullets): a '•' character for each small picture, about as tall and wide as the type,
    that stands just before the first letter of a line with nothing of the line to its left, where
    the page prints two such pictures or more. Read so, a list drawn with icons reads as a bulleted
    list does. An icon before a heading (a line in larger type than the page's body, or all bold)
    is the heading's picture, not a bullet."""
    lines = group_lines(chars)
    sizes = sorted(c.get("size", 0.0) for c in chars)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    found: list[tuple[dict[str, Any], Char]] = []
    for img in images:
        w, h = img["x1"] - img["x0"], img["bottom"] - img["top"]
        mid = (img["top"] + img["bottom"]) / 2
        for line in lines:
            first = line[0]
            size = first.get("size", 0.0) or (first["bottom"] - first["top"])
            if not (first["top"] <= mid <= first["bottom"]) or size <= 0:
                continue
            lo, hi = IMAGE_BULLET_SIZE
            # (an icon before a heading, larger or bold, marks no list item: the heading stays one)
            heading = size > IMAGE_BULLET_BODY * body or all(is_heavy(c) for c in line if c.get("text", "").strip())
            if lo * size <= w <= hi * size and lo * size <= h <= hi * size and not heading \
                    and img["x1"] <= first["x0"] + 0.5 <= img["x1"] + IMAGE_BULLET_GAP * size:
                found.append((img, first))
            break
    if len(found) < IMAGE_BULLETS_MIN:
        return []
    out: list[Char] = []
    for img, first in found:
        out.append({"text": BULLET, "x0": img["x0"], "x1": img["x1"], "top": first["top"],
                    "bottom": first["bottom"], "size": first.get("size", 0.0), "upright": True,
                    "matrix": first.get("matrix"), "fontname": "image-bullet"})
    return out
