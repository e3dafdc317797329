"""What the PDF reader makes of one page, and the text outside its tables as paragraphs.

Shared by the reader of born-digital pages (pdf.py) and of scanned ones (pdfocr.py), so that
each imports this and neither the other's module: pdf.py calls pdfocr for a page without a text
layer, and pdfocr needs nothing of pdf.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from planx.extract.model import AnchoredNote
from planx.extract.pdfgeom import Char, Line, Word, join_lines, split_by_size
from planx.extract.pdftables import FoundTable
from planx.normalise.vocab import ANNOUNCE_MEANS, COMMITMENT_VERBS, LIST_BULLETS

# a paragraph outside the page's tables: (top, text, heading, font size, bold, lead_bold), where
# heading says its type is clearly larger than the page's body text, bold that every word of it is
# set in a heavy font (a heading at body size, as Word's bold run-alone lines), and lead_bold its
# opening words when they alone are bold (a run-in title: '• Expand the … Data. The President's …');
# readers weigh all three; indent: the left edge of its first line (a list item's bullet: how deep
# the item sits, extract/pdf.py's `item_levels`)
FreeText = tuple[float, str, bool, float, bool, str, float]


@dataclass
class PageResult:
    number: int
    carry: tuple[float, ...] = ()  # column edges of the page's last table, for the next page
    tables: list[FoundTable] = field(default_factory=list)
    paragraphs: list[FreeText] = field(default_factory=list)
    height: float = 842.0
    width: float = 0.0  # 0 when unknown
    ocr: bool = False
    error: str = ""
    ocr_conf: float = 0.0  # scanned pages: Tesseract's mean word confidence (0-100)
    warnings: list[str] = field(default_factory=list)  # doubts about what was read (the page still counts)
    struck: list[str] = field(default_factory=list)  # texts struck through (extract/pdfstrike.py)
    # pictures on a page with a text layer big enough to hold a table: (x0, top, x1, bottom) in points and
    # their own resolution (dpi), read by OCR only when the document's text holds no plan (extract/pictures.py)
    pictures: list[tuple[tuple[float, float, float, float], float]] = field(default_factory=list)
    # boxes drawn around blocks of its text (x0, top, x1, bottom): which paragraphs one frame holds
    # (extract/pdfframes.py)
    frames: list[tuple[float, float, float, float]] = field(default_factory=list)
    # the notes attached to the page (sticky notes, highlights' comments) with the text they sit by
    # (extract/pdfnotes.py)
    notes: list[AnchoredNote] = field(default_factory=list)


def body_size(chars: list[Char]) -> float:
    """The page's usual font size (of all its text, tables included): larger lines are headings."""
    # rounding keeps the order: the median of the rounded sizes is the rounded median
    sizes = sorted(c.get("size", 0.0) for c in chars)
    return round(sizes[len(sizes) // 2], 1) if sizes else 0.0


# the least running text outside a page's tables (characters in the regular weight) that sets the
# page's body size by itself: less is a heading or two and notes, too little to say what body text is
RUNNING_TEXT_CHARS = 150


def running_size(free: list[Line], body: float) -> float:
    """The size of the running text outside a page's tables, when there is enough of it and it is set
    larger than the page's usual size (the tables' small type is most of the page: a plan's prose in
    9 pt over its tables in 7.5 pt), else `body`. A paragraph in the prose's own size is no heading
    because the tables are set smaller."""
    by_size: dict[float, int] = {}
    for ln in free:
        for w in ln.words:
            if not w.bold:
                size = round(w.size, 1)
                by_size[size] = by_size.get(size, 0) + len(w.text)
    if not by_size:
        return body
    size, chars = max(by_size.items(), key=lambda kv: (kv[1], -kv[0]))
    return size if chars >= RUNNING_TEXT_CHARS and size > body else body


def paragraphs_of(lines: list[Line], height: float, body: float = 0.0, items_apart: bool = False) -> list[FreeText]:
    """Text outside tables as paragraphs (close lines with the same font size joined), in reading
    order: (top, text, heading, font size, bold). A title with small notes beside it on its line (a
    slide's rating box) gives the title and each note a paragraph of its own; lines set wholly in
    bold and lines set in the regular weight are paragraphs of their own (`_weight_changes`).
    `items_apart` (a scanned page, whose line boxes are estimated from the ink: items set close
    nearly touch): a line opening a list item starts a paragraph (`_opens_item`); on any page, a
    line opening with a bullet glyph under a list item does (`opens_with_bullet`: items set close,
    or an item's own items). Bullets under a line of prose ('… Actions:' over its items, set close)
    join it as before: the readers of announced items read them there. Lines in a layout grid's cell
    (Line.cell) join the lines of that cell only, and wrap at its right edge, not the page's."""
    if not lines:
        return []
    lines = [part for ln in lines for part in (split_by_size(ln) or [ln])]
    if not body:
        sizes = sorted(ln.size for ln in lines)
        body = sizes[len(sizes) // 2]
    out: list[FreeText] = []
    prev = None
    right = _text_right_edge(lines)
    notes = margin_notes(lines, right)
    for k, ln in enumerate(lines):
        note = notes.get(k)
        if note is not None:
            at, text = note
            if at == 0:  # the note alone on its line (or the rest of the one above)
                if text:
                    out.append((ln.top, text, False, round(ln.size, 1), all_bold(ln), "", ln.words[0].x0))
                prev = None  # the note closes the minute it stands beside
                continue
            ln = Line(ln.words[:at], ln.top, ln.bottom, ln.size, [ln.words[:at]], ln.cell)
        heading = ln.size > body * 1.15
        if prev is not None and ln.top - prev.bottom < 0.6 * ln.size \
                and (same_size(ln.size, prev.size) or items_apart and heading and _wraps_on(prev, ln, right)) \
                and out and out[-1][2] == heading and prev.cell == ln.cell \
                and not _ends_short(prev, ln, prev.cell[2] if prev.cell else right) \
                and not (heading and (_set_apart(prev, ln) or _NUMBERED_PART.match(ln.text)
                                      or body_over_title(prev.text, ln.text))) \
                and not _weight_changes(prev, ln) and not _OUTLINE_START.match(ln.text) \
                and not (items_apart and (_opens_item(prev, ln) or _opens_label(prev, ln))) \
                and not (opens_with_bullet(ln.text) and (opens_with_bullet(out[-1][1]) or announces(out[-1][1])
                                                         or section_title(out[-1][1]))):
            top, text, h, size, bold, lead, indent = out[-1]
            if lead and len(lead.split()) == len(text.split()):  # bold so far: the run may go on
                lead = join_lines([lead, bold_lead(ln)], " ") if bold_lead(ln) else lead
            out[-1] = (top, join_lines([text, ln.text], " "), h, size, bold and all_bold(ln), lead, indent)
        else:
            out.append((ln.top, ln.text, heading, round(ln.size, 1), all_bold(ln), bold_lead(ln), ln.x0))
        prev = ln
        if note is not None:
            # the note printed in the margin beside the line: a paragraph of its own after the text it
            # ends, which the next line does not go on with
            note_word = notes[k][0]
            src = lines[k]
            out.append((src.top, note[1], False, round(src.size, 1), all(w.bold for w in src.words[note_word:]),
                        "", src.words[note_word].x0))
            prev = None
    return out


MARGIN_NOTE_GAP = 1.5  # ems of white, at least, between a line's text and the note beside it in the margin
MARGIN_NOTE_WORDS = 5  # a margin note's words, at most ('Cllr. O. Williams/Clerk', 'Noted', 'JS/AB')
MARGIN_NOTE_CHARS = 40
MARGIN_NOTES_LEAST = 2  # notes a page prints in its margin, at least, for any to be read as such
# a note that goes on in the line below: it ends on a separator or a lone initial ('Cllr. H. Gwynne/A.')
_NOTE_GOES_ON = re.compile(r"(?:[/&,+]|(?:^|[\s/])[A-Z]\.)$")


def _note_words(words: list[Word]) -> bool:
    """A few words that could be a note in a minute's margin: short, opening with a capital (a name,
    a role, initials, 'Noted'), not a sentence's end going on ('… and', a figure alone)."""
    text = " ".join(w.text for w in words)
    return (len(words) <= MARGIN_NOTE_WORDS and len(text) <= MARGIN_NOTE_CHARS and text[:1].isupper()
            and any(ch.isalpha() for ch in text) and not text.endswith(":"))


def margin_notes(lines: list[Line], right: float) -> dict[int, tuple[int, str]]:
    """Notes printed in the right-hand margin of running text, beside the last line of the paragraph
    they close (minutes that print who acts on each item there: '… with the County Council.      Clerk',
    '… at the next meeting.     Noted'): {line index: (the index of the note's first word in the line,
    0 for a note on a line of its own; the note's text)}. A note is a few words that open with a capital,
    set in the right half of the text's width after white of MARGIN_NOTE_GAP ems at least, or alone on
    its line there under the text it ends; a note ending on a separator or an initial ('… Gwynne/A.')
    goes on with the short line below it. A page prints MARGIN_NOTES_LEAST such notes at least, else
    none is read (a line's wide gap once is a tab). The note's line closes its paragraph; the note is a
    paragraph of its own (a lone line taken as the rest of a note maps to '')."""
    if len(lines) < 3 or right <= 0:
        return {}
    lefts = sorted(ln.x0 for ln in lines)
    left = lefts[len(lefts) // 10]
    middle = left + 0.5 * (right - left)
    found: dict[int, tuple[int, str]] = {}
    k = 0
    while k < len(lines):
        ln = lines[k]
        words = ln.words
        at = None
        for j in range(len(words) - 1, 0, -1):
            if words[j].x0 - words[j - 1].x1 >= MARGIN_NOTE_GAP * ln.size:
                at = j
                break
        if at is not None and (words[at].x0 < middle or not _note_words(words[at:])):
            at = None
        if at is None and k > 0 and ln.x0 >= middle and _note_words(words) \
                and ln.top - lines[k - 1].bottom < 0.6 * ln.size and lines[k - 1].x0 < middle:
            at = 0  # alone on its line, under the text it ends
        if at is None:
            k += 1
            continue
        text = " ".join(w.text for w in words[at:])
        found[k] = (at, text)
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if _NOTE_GOES_ON.search(text) and nxt is not None and len(nxt.words) <= 2 \
                and nxt.top - ln.bottom < 0.6 * ln.size and _note_words(nxt.words) \
                and not nxt.text.rstrip().endswith((".", ";", ":")):
            found[k] = (at, text + " " + nxt.text)
            found[k + 1] = (0, "")
            k += 1
        k += 1
    return found if sum(1 for _, text in found.values() if text) >= MARGIN_NOTES_LEAST else {}


def body_over_title(above: str, below: str) -> bool:
    """A heading line naming only the body that publishes the document ('Decoy Community Primary
    School') over a line naming a kind of document ('Pupil Premium Strategy Statement 2021 - 2022'):
    the body's name and the title, two lines, not one title wrapped (a name printed on the title's
    own line, 'Hallingbury Council Improvement Plan', is part of it)."""
    from planx.normalise.title import names_body_only, names_document
    return names_body_only(above) and names_document(below)


def opens_with_bullet(text: str) -> bool:
    """Does a line open with a bullet glyph standing before its words ('• Develop …', Word's Symbol
    '\uf0b7', a picture bullet read as '•')? Each such line opens a list item: a paragraph of its
    own under another item, however close the lines are set. (A dash may be punctuation a line was
    broken at: not so.) A designed page may set its bullet hard against the word ('●Coach staff …'):
    the glyph opens the item all the same."""
    first = text.split(maxsplit=1)
    if len(first) == 2 and first[0] in GLYPH_BULLETS:
        return True
    if len(first) == 2 and first[1][:1].isupper() and (
            first[0] == "o" or len(first[0]) == 2 and set(first[0]) <= GLYPH_BULLETS | SYMBOL_FONT_BULLETS):
        # Word's second-level bullet, a Courier 'o' before the item's capital ('o Mags gave …'); a symbol
        # font's bullet read twice, its Latin letter and its private-use code ('Ø\uf0d8 Mick reported …')
        return True
    return len(text) > 2 and text[0] in GLYPH_BULLETS and text[1].isalnum()


# a numbered section's title alone ('1.4 Recommendations', '2.3 Findings', '3. Next steps'): a few words after
# the section's number, no sentence
_SECTION_TITLE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][\w’'&/-]*(?:\s+[\w’'&/-]+){0,4}\s*$")


def section_title(text: str) -> bool:
    """Is a paragraph a numbered section's title alone ('1.4 Recommendations')? The bullets set close
    under it are its section's list, paragraphs of their own, not words of its title."""
    return _SECTION_TITLE.match(text) is not None


def announces(text: str) -> bool:
    """Does a paragraph end with a sentence announcing the list below it ('The Transparency unit
    will:', 'Over the next year we will:')? Its bullets, set close under it, are paragraphs of
    their own, as the reader of announced lists reads them (normalise/minutes.py); under a bare
    label ('… Actions:') they join it, as before."""
    return _ANNOUNCES.search(text) is not None


def same_size(a: float, b: float) -> bool:
    """Two lines' type sizes the same: within half a point, or SAME_SIZE of the size (a scan's
    sizes are estimated from its letters' heights, a few per cent apart for one heading's lines)."""
    return abs(a - b) < max(0.5, SAME_SIZE * max(a, b))


def bold_lead(ln: Line) -> str:
    """The line's opening words set in a heavy font, a bullet before them aside ('Expand … Data.' of
    '• Expand … Data. The President's …'); the whole line when all of it is bold, '' when its first
    word is regular."""
    out: list[str] = []
    for w in ln.words:
        if not out and not any(ch.isalnum() for ch in w.text):
            continue  # a bullet, in whatever font
        if not w.bold:
            break
        out.append(w.text)
    return " ".join(out)


def all_bold(ln: Line) -> bool:
    """Is every word of the line that holds a letter or digit set in a heavy font?"""
    words = [w for w in ln.words if any(ch.isalnum() for ch in w.text)]
    return bool(words) and all(w.bold for w in words)


def _weight_changes(prev: Line, ln: Line) -> bool:
    """Does a bold line meet a line in the regular weight at a clean edge: the one line wholly bold,
    the other not, and the weight changing exactly at the line break? A bold heading over the text
    (or list) below it, set with no space between. A bold phrase running over a line break inside a
    paragraph changes weight within a line and joins as before; so does a bold label ending in a
    colon over its value on the next line ('Lead officer:' / 'Head of SEND')."""
    # the weight at the break: of the first word of ln that holds a letter or digit (a bullet before it,
    # in its symbol font, is neither weight: '• Why:' in bold under a regular line changes weight)
    opening = next((w for w in ln.words if any(ch.isalnum() for ch in w.text)), ln.words[0])
    if all_bold(prev) == all_bold(ln) or prev.words[-1].bold == opening.bold:
        return False
    if all_bold(ln) and not any(ch.isalpha() for ch in ln.text):
        # a date or figure alone in bold under a regular line ('end Q2 2027-' / '28'): no heading
        # has no word; the end of the line above, wrapped (a scan's weight, read from the ink, is
        # least sure on a few dense digits)
        return False
    return not prev.text.rstrip().endswith(":")


def _opens_item(prev: Line, ln: Line) -> bool:
    """Does ln open a list item of its own: a bullet (or dash) standing before its words, or an
    item number before a capital ('2. Commission …'), the line above not running on into it
    (ending in a comma or 'and')? Items set with no space between them (or, on a scan, whose
    estimated line boxes nearly touch) are not one paragraph."""
    first = ln.text.split(maxsplit=1)
    if len(first) < 2:
        return False
    if first[0] in ITEM_MARKS:
        return True
    return _NUMBERED_START.match(ln.text) is not None and not _RUNS_ON.search(prev.text)


def _opens_label(prev: Line, ln: Line) -> bool:
    """Does ln open a labelled line of its own ('We did: …', 'Who: …') after a line that ends a
    sentence or is labelled itself, at the same indent? A form's lines (a label over each answer)
    are paragraphs of their own, as a born-digital page's paragraph spacing or a document's
    paragraphs give them; on a scan, whose line boxes are estimated from the ink, the space
    between them is too small to tell."""
    if abs(ln.x0 - prev.x0) > ln.size or not _LABEL_START.match(ln.text):
        return False
    return prev.text.rstrip().endswith((".", "!", "?")) or _LABEL_START.match(prev.text) is not None


def _set_apart(prev: Line, ln: Line) -> bool:
    """Two heading lines aligned neither by their left edges nor by their centres (a centred title
    over a heading set at the margin, 'Improvement Plan 2024' over 'Priority 1: Early help'): two
    headings, not one wrapped over two lines (which keeps its alignment)."""
    size = max(ln.size, prev.size)
    centres = abs((prev.x0 + prev.x1) - (ln.x0 + ln.x1)) / 2
    return abs(prev.x0 - ln.x0) > 3 * size and centres > 3 * size


SCAN_SIZE_SPREAD = 0.15  # a scan's size estimates of one heading's two lines differ by up to this share


def _wraps_on(prev: Line, ln: Line, right: float) -> bool:
    """Does a scanned heading wrap from prev onto ln: the two start at one left edge, sizes within
    SCAN_SIZE_SPREAD of each other, and ln's first word would not have fit at the end of prev (its
    end and the word run past where the text wraps)? A title over two lines ('… Council Plan
    Delivery' / 'Plan 2026/27') whose sizes, estimated from each line's letters, differ by more
    than same_size allows ('/' reaches below the digits): one heading, by where it breaks."""
    if abs(prev.x0 - ln.x0) > ln.size or abs(prev.size - ln.size) > SCAN_SIZE_SPREAD * max(prev.size, ln.size):
        return False
    first = ln.words[0]
    return prev.x1 + 0.25 * ln.size + (first.x1 - first.x0) > right


def _text_right_edge(lines: list[Line]) -> float:
    """Where full lines of running text end: the right edge most lines reach (a high percentile
    of the lines' right ends, so a few wide lines do not set it)."""
    ends = sorted(ln.x1 for ln in lines)
    return ends[int(0.9 * (len(ends) - 1))] if ends else 0.0


def _ends_short(prev: Line, ln: Line, right: float) -> bool:
    """Does a paragraph end after prev: the line stops well short of where running text wraps
    (less than 60 % of the way from its start to that edge) and the next opens as a new one
    would (a capital or a number, at the same or a lesser indent)? Lines set close together
    with no space between paragraphs ('Action: JS to …' over '3. Finance') are told apart so."""
    first = ln.text[:1]
    if not (first.isupper() or first.isdigit()) or ln.x0 > prev.x0 + 2 * ln.size:
        return False
    width = right - prev.x0
    if width <= 20 * ln.size:
        return False
    if prev.x1 - prev.x0 < 0.6 * width:
        return True
    # a short numbered line ('3. Policy review') opens a heading or an item of its own
    return ln.x1 - ln.x0 < 0.6 * width and _NUMBERED_START.match(ln.text) is not None


# a heading line that opens with a part's number ('Priority 1: …', 'Objective 2 – …', '2.1 …') starts a
# heading of its own: a title is not wrapped onto a line that numbers the part below it
_NUMBERED_PART = re.compile(r"^\s*(?:[A-Z][a-z]+\s+)?\d{1,2}(?:\.\d{1,2})*[a-z]?\s*[:.)\-–—]\s*\S")
# a sentence ending a paragraph that announces a list ('… will:', '… commits to:'): vocab.COMMITMENT_VERBS
# or the means by which an aim will be met ('… this mission will be accomplished by:'): vocab.ANNOUNCE_MEANS
_ANNOUNCES = re.compile(r"(?:\b(?:" + "|".join(r"\s+".join(map(re.escape, v.split())) for v in COMMITMENT_VERBS)
                        + r")|" + ANNOUNCE_MEANS + r")\s*:\s*$", re.I)
GLYPH_BULLETS = frozenset(LIST_BULLETS)  # a line's first token: a list item's bullet glyph
# the Latin letters a symbol font's bullets are coded as (Wingdings' arrow 'Ø', its box 'q', its tick 'ü'),
# read beside the glyph's private-use code: one bullet read twice
SYMBOL_FONT_BULLETS = frozenset("Øqü§")
ITEM_MARKS = frozenset([*LIST_BULLETS, "-", "–", "—", "*"])  # a line's first token: a list item's mark
_RUNS_ON = re.compile(r"(?:[,;:\-–/&(]|\b(?:and|or|of|the|to|for|in|with|by|at|on|a|an))\s*$", re.I)
SAME_SIZE = 0.045  # (digital headings a size apart differ by 6% and more: 16 and 17 pt)
# a line that opens with a label: a capitalised phrase of up to five words and a colon ('We did: …')
_LABEL_START = re.compile(r"^[A-Z][\w'’]*(?:[ /][\w'’&]+){0,4}:\s+\S")
_NUMBERED_START = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]\s+[A-Z]")
# a line that opens with an outline number of two levels or more ('1.1.2 Train all team managers'):
# an item of a numbered outline, set close under the one before it, starts a paragraph of its own
_OUTLINE_START = re.compile(r"^\d{1,2}(?:\.\d{1,2})+[a-z]?\s+[A-Z]")
