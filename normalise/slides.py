"""Plans drawn as slides: a deck exported to PDF, a programme highlight report, a landscape tracker.

A slide deck gives each goal or workstream a page of its own: a title in large type at the top,
often a goal statement under it, a narrative or 'Key accomplishments / Next steps' lists, and a
milestone table whose rows are the actions. A person reading it takes the page's title as the
theme of the rows below it, and does not read the table of the slide before as going on under a
slide with a new title (a glossary, a risk table, the next workstream's indicators).

`read_slides` weighs the evidence that a document is such a deck, page by page:
- the page is landscape (wider than high), as slides are;
- its first text is a title in type clearly larger than the document's running text;
- it holds few tables (a slide has one or two; a report's page of small tables is no slide).
The deck is read as slides when most of its pages look so; each title then gives the area of its
page's rows (its number, 'Workstream 2: …', the area_ref), a title saying '(continued)' or
repeating the one before goes on with the same area and table, and a labelled goal statement
right under the title ('Goal: …', 'Objective: …') is the objective of the page's rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.text import clean, fold, words_over
from planx.normalise.vocab import SLIDE_CONTINUED, SLIDE_GOAL_LABELS

# a title's type against the document's running text, and at least this many points
TITLE_RATIO = 1.4
TITLE_MIN_SIZE = 16.0
MAX_TABLES = 3  # a slide holds a table or two, rarely more
SLIDE_SHARE = 0.6  # pages that must look like slides (landscape; titled, among those with content)

_MARKS = "|".join(SLIDE_CONTINUED)
# 'X (continued)', 'X – milestones continued', 'X cont.': a bracket or dash may set a word before the mark
_CONTINUED = re.compile(rf"(?:\s*[(\[]\s*|\s+[–—:-]\s*)(?:\w+\s+)?(?:{_MARKS})\.?\s*[)\]]?\s*$"
                        rf"|\s+(?:{_MARKS})\.?\s*$", re.I)
_GOAL = re.compile(rf"^\s*(?:{'|'.join(sorted(SLIDE_GOAL_LABELS, key=len, reverse=True))})\s*:\s*(\S.*)$",
                   re.I | re.S)


@dataclass
class SlideTitle:
    text: str  # as printed
    ref: str  # the area number ('2' for 'Workstream 2: …'), '' when none is printed
    title: str  # the area's title, without its number or a '(continued)' note
    continued: bool  # the slide goes on with the slide before (its title says so, or repeats it)


@dataclass
class SlideReading:
    titles: dict[int, SlideTitle] = field(default_factory=dict)  # block index → the title it is
    goals: dict[int, str] = field(default_factory=dict)  # block index → the goal statement it holds
    confidence: float = 0.0
    why: str = ""


def continued_title(text: str) -> tuple[str, bool]:
    """('Early help', True) for 'Early help (continued)' or 'Early help – milestones cont'd'."""
    m = _CONTINUED.search(text)
    if m is None or m.start() == 0:
        return text.strip(), False
    return text[:m.start()].strip(" –—:-"), True


def goal_statement(text: str) -> str:
    """The goal a labelled statement sets ('Objective: Every child …' → 'Every child …'), or ''."""
    m = _GOAL.match(text)
    return clean(m.group(1)) if m else ""


def running_size(raw: RawDocument, leave_out: set[int] | None = None) -> float:
    """The type size most of the document's paragraph text is set in (by characters); 0 when the
    source does not say the size of most of it (a Word paragraph in its style's default size), or
    when there is no paragraph but those left out (block indices)."""
    paragraphs = [p for i, p in enumerate(raw.blocks) if isinstance(p, Paragraph) and i not in (leave_out or ())]
    sizes = sorted((p.size, len(p.text)) for p in paragraphs if p.size)
    total = sum(n for _, n in sizes)
    if total * 2 < sum(len(p.text) for p in paragraphs):
        return 0.0
    seen = 0
    for size, n in sizes:
        seen += n
        if seen * 2 >= total:
            return size
    return 0.0


# the slide's own number before its title ('Slide 3 - Youth offer', 'Slide 3: …'): no area's number
_SLIDE_NUMBER = re.compile(r"^\s*slide\s*\d{1,3}\s*[-–—:.]\s*(?=\S)", re.I)
# a title numbered as a list's item ('2. Youth offer'): the area's number
# '2. Quality of plans'; a lone mark before the number is none of the title's ('- 1. …': a scan's reader
# reads the edge of the title's dark band as a dash; '• 3. …')
_NUMBERED_TITLE = re.compile(r"^\s*(?:[-–—•·|]\s+)?(\d{1,2})[.)]\s+(\S.*)$", re.S)
MIN_LABELLED = 2  # labelled lines on a page of bullets ('Owner: …', 'By: …')


def without_slide_number(title: str) -> str:
    """A title less the slide's own number before it ('Slide 3 - Youth offer' → 'Youth offer'):
    the number counts the deck's pages, it names no area."""
    return _SLIDE_NUMBER.sub("", title)


def bold_title(raw: RawDocument, idx: list[int]) -> int | None:
    """The block index of a page's title set apart by weight alone (a deck whose titles are in the
    running text's size, but bold): the page's first paragraph, bold, short, no sentence or label,
    over paragraphs that are not bold. None otherwise."""
    from planx.normalise.tableforms import labelled_line
    paras = [(i, b) for i in idx if isinstance(b := raw.blocks[i], Paragraph)]
    if len(paras) < 3 or paras[0][0] != idx[0]:
        return None
    first = paras[0][1]
    text = first.text.strip()
    if not first.bold or words_over(text, 16) or text.endswith((".", ":", ";")) or labelled_line(text):
        return None
    rest = [b for _, b in paras[1:]]
    return paras[0][0] if sum(1 for b in rest if b.bold) * 4 < len(rest) else None


def labelled_page(raw: RawDocument, idx: list[int]) -> bool:
    """Does a page hold labelled lines ('Owner: Lucy Doyle', 'When: 28/11/2025'), MIN_LABELLED or more?"""
    from planx.normalise.tableforms import labelled_line
    return sum(1 for i in idx if isinstance(b := raw.blocks[i], Paragraph)
               and labelled_line(b.text.strip()) is not None) >= MIN_LABELLED


def read_slides(raw: RawDocument) -> SlideReading | None:
    """The deck's titles and goal statements, when the document reads as slides; None otherwise."""
    from planx.normalise.banners import area_ref_of, read_banner
    sizes = raw.page_sizes
    if len(sizes) < 2:
        return None
    landscape = sum(1 for w, h in sizes.values() if w > h * 1.05)
    if landscape < SLIDE_SHARE * len(sizes):
        return None
    pages: dict[int, list[int]] = {}
    for i, b in enumerate(raw.blocks):
        page = b.page if isinstance(b, Paragraph) else b.rows[0].page if b.rows else b.page
        pages.setdefault(page, []).append(i)
    # the running text is what the pages hold below their first lines (a deck of titles and tables
    # has none: a title is then told by its size alone)
    body = running_size(raw, {i for idx in pages.values() for i in idx[:1]})
    big = max(TITLE_MIN_SIZE, TITLE_RATIO * body)
    paras = {i: b for i, b in enumerate(raw.blocks) if isinstance(b, Paragraph)}
    titled: dict[int, int] = {}  # page → block index of its title
    crowded = 0
    for page, idx in pages.items():
        tables = [i for i in idx if i not in paras]
        crowded += len(tables) > MAX_TABLES
        first_table = tables[0] if tables else len(raw.blocks)
        heads = [i for i in idx[:2] if i < first_table and i in paras
                 and paras[i].size >= big and not words_over(paras[i].text, 16)]
        if heads:
            titled[page] = max(heads, key=lambda i: paras[i].size)
        elif not tables and (bold := bold_title(raw, idx)) is not None:
            titled[page] = bold
    with_tables = [p for p, idx in pages.items() if any(isinstance(raw.blocks[i], Table) for i in idx)]
    # a deck of bullets ('• Action' / 'Owner: …' / 'By: …' / 'Status: …'): its pages hold labelled
    # lines where a deck of tables holds tables
    with_lines = [p for p, idx in pages.items() if p not in with_tables and labelled_page(raw, idx)]
    content = with_tables + with_lines
    titled_content = sum(1 for p in content if p in titled)
    if len(titled) < 2 or not content or titled_content < SLIDE_SHARE * len(content) \
            or crowded > 0.25 * len(pages):
        return None
    reading = SlideReading()
    previous = ""
    for page in sorted(titled):
        i = titled[page]
        if not any(isinstance(raw.blocks[k], Table) for k in pages[page]) and page == min(pages):
            continue  # the deck's cover: the plan's title, no area
        text = clean(paras[i].text)
        bare, said = continued_title(without_slide_number(text))
        banner = read_banner(bare)
        numbered = _NUMBERED_TITLE.match(bare) if not banner else None
        ref, title = (area_ref_of(banner[0]) if banner[0] else "", banner[1]) if banner and banner[1] \
            else (numbered.group(1), numbered.group(2).strip()) if numbered else ("", bare)
        continued = said or (bool(previous) and fold(bare) == fold(previous))
        reading.titles[i] = SlideTitle(text, ref, title, continued)
        previous = bare
        below = [k for k in pages[page] if k > i][:2]
        for k in below:
            if k not in paras:
                break  # a table: no goal statement above it
            goal = goal_statement(paras[k].text)
            if goal:
                reading.goals[k] = goal
                break
    share = len(titled) / len(pages)
    reading.confidence = round(min(1.0, 0.5 * landscape / len(sizes) + 0.5 * share), 2)
    against = f" (running text {body:.0f}pt)" if body else ""
    kind = "few tables a page" if with_tables else "labelled lines under bullets"
    reading.why = (f"read as slides: {landscape} of {len(sizes)} pages landscape, {len(titled)} titled in type of "
                   f"{big:.0f}pt or more{against} or in bold, {kind}; each title is the area of its page's rows")
    return reading


__all__ = ["SlideReading", "SlideTitle", "read_slides", "continued_title", "goal_statement", "running_size",
           "without_slide_number"]
