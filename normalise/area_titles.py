"""The title of an area or timeframe as a plan prints it: an area's title without the note of who
wrote it, its kind-of-area label or a template's guidance; a title said twice; a timeframe split
from the text it opens; an item's own identifier; a line that gives a figure under a label; a
cell that says when over a list; a heading about the document itself.
"""
from __future__ import annotations

import re

from planx.normalise.banners import without_area_label
from planx.normalise.columns import looks_like_figure, looks_like_when, meeting_item_id
from planx.normalise.slides import continued_title
from planx.normalise.tableforms import _BULLET_LINE
from planx.normalise.text import clean, fold, squash, words_over
from planx.normalise.vocab import CONTRIBUTOR_WORDS, DOCUMENT_RECORD_HEADING_WORDS, EXAMPLE_WORDS, TIMEFRAME_PATTERNS

_TIMEFRAME = re.compile(rf"^\s*({'|'.join(TIMEFRAME_PATTERNS)})\s*[:\-–.;]*\s*(.*)$", re.I | re.S)

_ITEM_ID = re.compile(r"^[A-Za-z]{1,5}\s?[-_ ]?\s?0\d{1,4}$")


# a tool's record id ('caa32e6908AbC0', '66f224af27c552e478b', a GUID): this long at least, its letters
# and digits switching this often (a plan's codes, 'HR2024', 'SIP-4A', switch once or twice)
RECORD_ID_LENGTH = 10
RECORD_ID_SWITCHES = 3


def item_identifier(ref: str) -> bool:
    """An item's own identifier ('R-001', 'ICT-002', 'KPI 01'): letters that say what kind of
    item it is and a zero-padded number, or the month and year of the meeting that set it and its
    number there ('Feb23.04'), or a tool's record id (a task export's 'Task ID', 'Card ID'), which
    names no area (an area is '2', 'B' or '2.3')."""
    return bool(_ITEM_ID.match(squash(ref)) or meeting_item_id(ref) or record_id(ref))


def record_id(ref: str) -> bool:
    """A machine-made id of a record (a hash, a GUID): a long run of letters and digits interleaved,
    no part of it a number or letter of an area ('caa32e6908AbC0' opens with no area 'C')."""
    bare = ref.strip().replace("-", "")
    if len(bare) < RECORD_ID_LENGTH or not bare.isalnum():
        return False
    if bare.isascii() and bare.isdigit():
        return True  # a database's number for the record (Asana's 'Task ID', 1202802136763877): no area counts so far
    return sum(1 for a, b in zip(bare, bare[1:], strict=False) if a.isdigit() != b.isdigit()) >= RECORD_ID_SWITCHES


_QUALIFIER = re.compile(rf"\s*~\s*[^~]{{0,50}}\b(?:{'|'.join(CONTRIBUTOR_WORDS)})\s*$", re.I)
# a template's guidance in brackets at the end of a heading ('Teaching (for example, CPD, …)')
_EXAMPLE_ALT = "|".join(re.escape(w) for w in EXAMPLE_WORDS)
_EXAMPLES_NOTE = re.compile(rf"\s*\(\s*(?:{_EXAMPLE_ALT})(?=[\s,:.])[^()]*\)\s*$", re.I)
# a line that gives a figure under a label ('Budgeted cost: £20,663', 'Funding allocated: £1,200'):
# a note on the table below, not a heading that names its actions
_FIGURE_NOTE = re.compile(r"^(?P<label>[^:]{2,40}):\s*(?P<figure>\S.{0,30})$")


def figure_note(text: str) -> bool:
    """Is the line a label and a figure only ('Budgeted cost: £20,663', 'Total: 12')?"""
    m = _FIGURE_NOTE.match(squash(text))
    return m is not None and looks_like_figure(m.group("figure").strip(" ."))


def said_twice(text: str) -> str:
    """A title printed twice over ('Transforming the way we work Transforming the way we work': a web
    page's heading carrying its label again for a sticky header or a screen reader), once; any other
    text as it is. Two words or more a half: 'Bora Bora' is a name."""
    words = text.split()
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def area_title(title: str) -> str:
    """An area's title without the note of who contributed it ('Give children the best start in
    life ~ CYPE input' → 'Give children the best start in life'); other text after a tilde stays
    ('Proposed priorities ~ Adult Social Care' names the section; when every area of the document opens
    with the same words before it, those are a running heading: running_prefix); a note that the area's table goes
    on from the page before ('Early help (continued)') is no part of it either."""
    text = said_twice(continued_title(clean(title))[0])
    stripped = _QUALIFIER.sub("", text)
    text = stripped if words_over(stripped, 1) else text
    # the label of a kind of area before the title ('Local authority priority: The #SBCway …')
    text = without_area_label(text)
    # the template's guidance in brackets ('Teaching (for example, CPD, recruitment and retention)')
    return _EXAMPLES_NOTE.sub("", text) or text


# what a timeframe's brackets add to it: the date it runs to ('Short term (by 31 December 2012)',
# 'Medium term (30 June 2013)', 'Long term (2-3 years)')
_TIMEFRAME_BRACKET = re.compile(r"^\(([^()]{1,40})\)$")


def split_timeframe(text: str) -> tuple[str, str]:
    """('Immediately', rest) for 'Immediately: Ensure that …'; ('', text) otherwise. A bracket after
    the period that gives its date or span is the timeframe's own ('Short term (by 31 December 2012)'
    whole), not the text it heads."""
    m = _TIMEFRAME.match(text)
    if not m:
        return "", text
    rest = m.group(2).strip(" ;:")
    bracket = _TIMEFRAME_BRACKET.match(rest)
    if bracket and re.search(r"\d", bracket.group(1)):
        return squash(m.group(1)[0].upper() + m.group(1)[1:] + " " + rest), ""
    return m.group(1)[0].upper() + m.group(1)[1:], rest


def when_title(text: str) -> tuple[str, str]:
    """('Autumn term First half', the list) for a cell whose first short lines say when, over a
    bulleted or numbered list ('Autumn term' / 'First half' / '• Update the policy …'); ('', text)
    otherwise."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    first_item = next((i for i, ln in enumerate(lines) if _BULLET_LINE.match(ln)), 0)
    if not 1 <= first_item <= 3 or any(words_over(ln, 6) for ln in lines[:first_item]):
        return "", text
    title = squash(" ".join(lines[:first_item]))
    if not looks_like_when(title):
        return "", text
    return title, "\n".join(lines[first_item:])


def about_the_document(heading: str) -> bool:
    """A heading over a table about the document itself, not the plan: its versions or their
    distribution ('Version management', 'Distribution list': vocab.DOCUMENT_RECORD_HEADING_WORDS)."""
    return bool(DOCUMENT_RECORD_HEADING_WORDS & set(fold(heading).split()))


# the mark between a running heading and the name of the section it heads ('Proposed priorities ~ CYPE',
# 'Delivery plan – Housing', 'Our commitments | Health'); a colon or a hyphen inside a title stays its own
_RUNNING_SEPARATOR = re.compile(r"^(?P<run>.{3,}?\S)\s*(?:~|\s[–—|]\s)\s*(?P<name>\S.*)$")


def running_prefix(areas: list[str]) -> str:
    """The words every area's title of a document opens with before a tilde, dash or bar, when there are
    two areas or more and each names its own section after them ('Proposed priorities ~ CYPE',
    'Proposed priorities ~ Public Health' → 'Proposed priorities'): a running heading printed over each
    section, which names none of them. '' when any area lacks it, or only one area is named."""
    named = {squash(a) for a in areas if squash(a)}
    if len(named) < 2:
        return ""
    runs: dict[str, str] = {}
    names: set[str] = set()
    for area in sorted(named):
        m = _RUNNING_SEPARATOR.match(area)
        if m is None:
            return ""
        runs.setdefault(fold(m.group("run")), m.group("run"))
        names.add(fold(m.group("name")))
        if len(runs) > 1:
            return ""
    return next(iter(runs.values())) if len(names) >= 2 else ""


def without_running_prefix(area: str) -> str:
    """The area's title after its running heading's separator ('Proposed priorities ~ CYPE' → 'CYPE')."""
    m = _RUNNING_SEPARATOR.match(squash(area))
    return m.group("name").strip() if m else area
