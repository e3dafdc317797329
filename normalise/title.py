"""A document's title as printed: the first large, bold or heading-styled line that names the document.

A reader finds the title on the first page (or at the top of the sheet that holds the plan) by
how it is set (the largest type, the Title or Heading style, bold) and by what it says (a plan,
a report, minutes …), and passes over what is not one: a date line ('Updated February 2025',
'Cabinet, 14 November 2024'), a caption ('Figure 2 …'), an address or contact line, a
label and its value ('Present: …'), an appendix number. A title set over two lines, or in two
sizes ('Federal Data Strategy' over '2021 Action Plan'), is joined again.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from planx.extract.model import Block, Paragraph, Table
from planx.normalise import lexicon
from planx.normalise.dates import find_dates
from planx.normalise.text import clean, fold, strip_signs, words_over
from planx.normalise.vocab import (
    AGENDA_TITLES,
    BODY_HEAD_WORDS,
    BODY_WORDS,
    DATE_LINE_WORDS,
    DATE_ROW_LABELS,
    LABEL_ANSWERS,
    MONTHS,
    TITLE_WORDS,
)
from planx.normalise.vocab_pages import PAGE_COUNT, PAGE_NUMBER_AT_ENDS, PAGE_WORD

MAX_WORDS = 25
# a cover's title set alone in its largest type may say all it covers at length ('The Networked Data Lab:
# Analysis plan for Topic 3 on the inequalities in … in Wales', 30 words): the type marks it a title
MAX_DISPLAY_WORDS = 40
FIRST_PARAGRAPHS = 15  # where pages are unknown, a title comes among the first paragraphs
_CAPTION = re.compile(r"^\s*(?:table|figure|fig\.|chart|graph|source|sources|note|notes|image|photo)\s*"
                      r"(?:\d+[.:]?|:)", re.I)
_CONTACT = re.compile(r"@|www\.|https?:|\b(?:tel|telephone|phone|email|e-mail|fax)\b|\b\d{4,5}\s?\d{6}\b|"
                      r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)
_APPENDIX = re.compile(r"^\s*(?:appendix|annex|annexe|item|agenda item|enclosure|page|part)\s+[\w.]{1,4}\s*$", re.I)
# a paper's number by its kind ('ORDINANCE No. 22-02', 'Resolution No. 5', 'Bylaw #12'): which of its kind
# it is, where the title says what it is ('BUDGET & APPROPRIATION ORDINANCE' above it)
_PAPER_NUMBER = re.compile(r"^\s*[A-Za-z]+\s+(?:no\.?|number|#)\s*[\w./-]{1,12}\s*$", re.I)
# how to fill a form in, not what it is ('How to complete this tracker', 'Guidance notes')
_INSTRUCTION = re.compile(r"^\s*(?:how to|guidance|instructions?|read ?me|help|please|notes? (?:on|for))\b", re.I)
# labels a document's title is printed after ('Subject: …'), or in the cell beside ('Plan name | …', as a
# planner's export workbook opens: 'Plan name / Plan ID / Date of export')
_TITLE_LABELS = r"subject|title|report title|report name|document title|name of (?:the )?plan|plan name|plan title"
_TITLE_LABEL = re.compile(rf"^\s*(?:{_TITLE_LABELS})\s*:\s*(\S.*)$", re.I)
_LABEL_CELL = re.compile(rf"^\s*(?:{_TITLE_LABELS})\s*:?\s*$", re.I)
# an amount as a table prints it ('-30,834.5', '£7,800.0', '(12.5)'): a line with several is a row of figures
_AMOUNT = re.compile(r"^[-–(]?[£$€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?$|^[-–(]?[£$€]?\d+\.\d+\)?%?$")
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.)\s+\S")
_LABEL = re.compile(r"^\s*([A-Za-z][\w ]{0,25}?)\s*:\s*\S")
# a part's heading numbered with a word: 'Priority 1: …', 'Objective 2 – …', 'Section 3. …'
_NUMBERED_PART = re.compile(r"^\s*[A-Z][a-z]+\s+\d{1,2}[a-z]?\s*[:.)\-–—]\s*\S")
# a contents entry: a part's name, then dots, a tab or a run of spaces, then its page number
_CONTENTS_ENTRY = re.compile(r"\S(?:\s*\.{4,}\s*|\s*…{2,}\s*|\t\s*|\s{4,})\d{1,3}\s*$")
# a line that opens with a bullet as Markdown or a saved page writes one ('- ', '* ', '• ')
_BULLETED = re.compile(r"^\s*[-*•▪◦]\s+\S")
# a web page's link past its navigation, kept in a saved page's text ('Skip to content ↓', 'Skip to main content')
# an item of a list enumerated with a closing bracket ('1) Learn the framework', '(b) Agree …', 'ii) …'):
# an item, never a document's title (a section may be numbered '1.', an item is so marked)
_ENUMERATED_ITEM = re.compile(r"^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+\S")
_SKIP_LINK = re.compile(r"^\s*skip to (?:the )?(?:main )?(?:content|navigation)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# what a browser tab's name adds after a page's heading: the site's name after a dash or a bar
_SITE_SUFFIX = re.compile(r"^\s+[-–—|·]\s+\S")
# a line ending with a year, or a date with it, maybe in brackets ('- March 2019', '(January 2017)')
_DATED_END = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)?\d{2}))?\)?$")
# a title line cut mid-date: the day's number after 'on'/'of', its month on the next line ('… meeting
# held on 4' / 'February 2026')
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_CUT_DATE = re.compile(rf"\b(?:on|of|dated)\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:{_MONTH_NAMES})\.?)?$", re.I)
# the rest of such a date opening the next line ('February 2026', '2027'), whatever follows it
_DATE_HEAD = re.compile(rf"^(?:(?:{_MONTH_NAMES})\.?\s+)?(?:19|20)\d{{2}}\b", re.I)
# a mark standing apart at a line's end, a scan's speck read as a letter ('… 10 July .', '… it. ~'):
# no part of the line's words
_STRAY_END = re.compile(r"\s+[.~_|`]+$")
# a page's label run onto the line at its end or start, the page's furniture and no part of the title: a
# running header or footer printed on the title's line ('Youth Plan 2025/26 Page 1', 'Page 2 of 9 Youth
# Plan'), the page word named (a bare number at a line's end may be the title's own: 'Priority 2')
_PAGE_LABEL_AT_ENDS = re.compile(rf"(?i)\s+{PAGE_WORD}\s*{PAGE_COUNT}\s*$|^\s*{PAGE_WORD}\s*{PAGE_COUNT}\s+(?=\S)")
# a line of years only: '2017 - 2020', '2018/19', 'April 2024 – March 2027'
# (a month and its year alone, 'November 2008' under a page's heading, is when it was published or met,
# no period it covers: a year alone, '2024', or a range, 'April 2024 – March 2027', is)
# (the kind of year may follow: '2025/26 ACADEMIC YEAR', '2024-25 financial year')
_PERIOD_LINE = re.compile(r"^\s*(?:(?:19|20)\d{2}|(?:[A-Z][a-z]{2,8}\s+)?(?:19|20)\d{2}\s*(?:[-–—/]|to)\s*"
                          r"(?:[A-Z][a-z]{2,8}\s+)?(?:19|20)?\d{2})(?:\s+(?i:academic|financial|school)\s+(?i:year))?\s*$")
_NOT_TITLES = {"contents", "table of contents", "foreword", "introduction", "summary", "executive summary",
               "purpose", "background", "key", "glossary", "index", "overview", "official", "official sensitive",
               "confidential", "draft", "restricted", "public",
               # a meeting's record of who came ('Present' set as a heading over the members' names)
               "present", "members present", "in attendance", "attendance", "attendees", "apologies"}


# a section saying what the paper itself is for or holds ('Purpose of the Slides', 'Background to this
# Report', 'Summary of this Paper'): a part of the paper, never its title (folded text)
_ABOUT_THE_PAPER = re.compile(r"^(?:purpose|aims?|background|introduction|summary|overview|scope|contents)\s+"
                              r"(?:of|to|for)\s+(?:the|this|these)\s+(?:slides?|presentation|paper|report|"
                              r"document|briefing|deck|session|pack)$")


@dataclass(frozen=True)
class _Candidate:
    index: int  # place among the candidates, in reading order
    para: Paragraph
    text: str
    score: float


def is_title_like(text: str, display: bool = False) -> bool:
    """Could this line be a title at all? Not a sentence, a date line, a caption, an address or
    contact line, a label and its value, an appendix number, nor a section name ('Contents').

    display: the line is set in the page's largest display type, as a cover's title is: a colon in
    it parts a title's two halves ('Our Promise: Corporate Parenting Commitments'), no field's
    label from its value (a form's label is set in the text's type)."""
    words = text.split()
    if not words or len(words) > (MAX_DISPLAY_WORDS if display else MAX_WORDS) or len(text) > 200 \
            or not any(ch.isalpha() for ch in text):
        return False
    if len(words) == 1 and (len(text) < 4 or lexicon.zipf(text.lower()) < 3.0):
        return False  # a stray mark or OCR noise ('Tet', 'Ee'), not a one-word title ('CABINET')
    if not any(sum(ch.isalpha() for ch in w) >= 3 for w in words):
        return False  # letters OCR read off a cover's photo ('a a', 'Ee ie'): no word of a title
    key = fold(text)
    if key in _NOT_TITLES or _ABOUT_THE_PAPER.match(key) or _CAPTION.match(text) or _CONTACT.search(text) \
            or _APPENDIX.match(text) or _INSTRUCTION.match(text) or _PAPER_NUMBER.match(text):
        return False
    if text.endswith((".", ":", ";", ",")) and not text.endswith("etc."):
        return False
    if sum(1 for w in words if _AMOUNT.match(w)) >= 2:
        return False  # a row of figures ('TOTAL TRANSFORMATION -30,834.5 -10,788.7')
    if key.split()[0] in ("total", "totals", "subtotal") and not _names_document(text):
        return False  # a table's totals label ('TOTAL INCREASES IN GRANTS AND CONTRIBUTIONS')
    label = None if display else _LABEL.match(text)
    if label and not words_over(label.group(1), 2) and not _names_document(text):
        return False  # 'Present: Mrs J Carter …', 'Author: …' (but 'Appendix 2: Draft … Action Plan')
    if label and fold(text[label.end() - 1:]).strip(" .") in LABEL_ANSWERS:
        return False  # 'Minutes Approved: N/A', 'Quorate: Yes': a field and its answer, whatever it names
    return not date_line(text)


def opening_banner(blocks: Sequence[Block]) -> str:
    """The title a document prints as a banner across the top of its first page, a table's first row
    of one cell ('Hospital Cardiovascular Cases in Barbados' boxed over the briefing's credits), when
    the document opens with that table; '' otherwise. Asked only where no line reads as a title: a
    banner row inside a plan's table names a part ('Priority 1: …'), not the document."""
    first = blocks[0] if blocks else None
    if not isinstance(first, Table) or not first.rows:
        return ""
    cells = [c for c in first.rows[0].cells if c.text.strip()]
    if len(cells) != 1:
        return ""
    text = clean(cells[0].text)
    if not is_title_like(text) or _SECTION_NUMBER.match(text) or _NUMBERED_PART.match(text):
        return ""
    return text


def names_body_only(text: str) -> bool:
    """'Metropolitan Borough of Barnsley Council', 'DECOY PRIMARY SCHOOL': a line naming the body
    that publishes the document (printed large over a cover's title), and not a document."""
    words = fold(text).split()
    if not words:
        return False
    if _names_document(text):
        # a document's word inside a body's name, the body's word closing it with no 'of' between
        # ('USDA Plant Inspection Station', 'Audit Commission'): the name's head is the body; 'Minutes
        # of the Parish Council' names the document, of the body
        return words[-1] in BODY_WORDS and not _BODY_OF & set(words) and not _names_document(words[-1])
    # the body's word may come first, what it is of after it ('Office of Data & Innovation', 'National
    # Council on Disability', 'Department for Education'), within the name's first three words
    return words[-1] in BODY_WORDS or any(w in BODY_HEAD_WORDS and words[k + 1] in _BODY_OF
                                          for k, w in enumerate(words[:3]) if k + 1 < len(words) - 1)


_BODY_OF = {"of", "on", "for"}


def title_rows(blocks: Sequence[Block]) -> list[Paragraph]:
    """A cover table's labelled row ('Subject: | Commissioned Family Hubs …', 'Title: | …') in
    the tables opening the document, as a labelled line for pick_title to weigh."""
    out = []
    # the document's first table, after nothing but a marking or two ('UNCLASSIFIED', 'DRAFT')
    k = next((i for i, b in enumerate(blocks[:3]) if isinstance(b, Table)), -1)
    marks_only = all(isinstance(b, Paragraph) and not words_over(b.text, 2) for b in blocks[:max(k, 0)])
    first = blocks[k] if k >= 0 and marks_only else None
    if isinstance(first, Table) and first.rows:
        # a lone line atop a document's first table: text laid out by spaces (or a borderless page)
        # puts the title above a table inside it, over the columns it happens to sit on
        texts = [clean(c.text) for c in first.rows[0].cells if clean(c.text)]
        if len(texts) == 2 and paper_reference(texts[0]):
            # 'TB (9)1.ii | Transparency Board Action Log as 2 Sept 2011': a paper's number, its title
            texts = texts[1:]
        lines = [[clean(c.text) for c in r.cells if clean(c.text)] for r in first.rows]
        fields = next((k for k, t in enumerate(lines) if k and len(t) == 1 and field_line(t[0])), len(lines))
        lines = lines[:fields]  # a cover box's fields under its title ('DATE OF ADOPTION: …'): no part of it
        if len(first.rows) <= 4 and all(len(t) == 1 for t in lines) \
                and sum(len(t[0].split()) for t in lines) <= MAX_WORDS and not lines[-1][0].endswith("."):
            # a cover box: a table of a few one-cell rows ('… Delivery Plan' / 'Delivering the …' /
            # '2017 – 2018') holds the title and its subtitle and years, read as one line
            out.append(Paragraph(" ".join(t[0] for t in lines), first.rows[0].page, first.rows[0].line, heading=True))
        elif len(texts) == 1 and len(first.rows) > 2 and not words_over(texts[0], 15) and not texts[0].endswith("."):
            out.append(Paragraph(texts[0], first.rows[0].page, first.rows[0].line))
        elif len(texts) >= 2 and len(first.rows) > 2 and not words_over(texts[0], 15) \
                and not texts[0].endswith((".", ":")) and all(t.endswith(":") for t in texts[1:]):
            # a sheet's first cell beside labels of blocks further along its row ('MSc Project | … |
            # Legend:', the legend's entries on the rows below): the title in the sheet's first cells
            out.append(Paragraph(texts[0], first.rows[0].page, first.rows[0].line))
        elif sheet_title_cell(first):
            # the sheet's top-left cell merged across the first columns, over their headings, beside the
            # headings of the column groups: the sheet's title, not a group's name
            out.append(Paragraph(texts[0], first.rows[0].page, first.rows[0].line))
    if not out and (name := _sheets_name(blocks)) is not None:
        out.append(name)
    for block in blocks[:3]:
        if not isinstance(block, Table):
            continue
        for row in block.rows[:8]:
            texts = [clean(c.text) for c in row.cells if clean(c.text)]
            if len(texts) >= 2 and _LABEL_CELL.match(texts[0]):
                label = texts[0].rstrip(": ")
                out.append(Paragraph(f"{label}: {texts[1]}", row.page, row.line))
            named = next((v for c in row.cells if (v := kind_labelled_name(c.text))), "")
            if named and all(p.text != f"Title: {named}" for p in out):
                # the box's title field, set as the cover box's title is (a cell merged down two rows
                # is read in each: one line)
                out.append(Paragraph(f"Title: {named}", row.page, row.line, heading=True))
    return out


_KIND_LABEL_WORDS = 4  # 'IT Policy:', 'Information Security Standard:': a kind's name is a few words


def kind_labelled_name(cell: str) -> str:
    """The name a cover box's cell gives under a label naming the document's kind on a line of its own
    ('IT Policy:' over 'Accessibility of' / 'Information' / 'Communication' / 'Technology'): the box's
    title field, its label saying what kind of document the name is; '' when the cell is none."""
    lines = [clean(line) for line in cell.split("\n") if clean(line)]
    if len(lines) < 2 or not lines[0].endswith(":"):
        return ""
    label, name = lines[0].rstrip(": "), " ".join(lines[1:])
    kind = fold(label).split()
    if words_over(label, _KIND_LABEL_WORDS) or not kind or kind[-1] not in TITLE_WORDS or _FIELD.match(name):
        return ""  # the label's last word names the kind: 'Policy owner:', 'Status:' label details, not the name
    if words_over(name, MAX_WORDS) or name.endswith((".", ":", ";")) or date_line(name):
        return ""
    return name


# a field of a cover's details: a label of a few words, a colon, its value ('DATE OF NEXT REVIEW: October 2022',
# 'To be reviewed by: Governors')
_FIELD = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,30}?)\s*:\s*(\S.*)$")


def field_line(text: str) -> bool:
    """A cover's detail set as a field ('DATE OF ADOPTION: November 2019', 'TO BE REVIEWED BY: Learning
    and Wellbeing Committee'): a label naming no document, of two words or more or over a date; none of
    the title ('Strategy: Delivering the Vision', 'Appendix I: Budget Risks Register 2025-26' stay titles)."""
    m = _FIELD.match(text)
    if m is None or _APPENDIX.match(m.group(1) + " 1"):
        return False
    return date_line(m.group(2)) or words_over(m.group(1), 1) and not _names_document(m.group(1))


def _sheets_name(blocks: Sequence[Block]) -> Paragraph | None:
    """The line alone atop the document's first page right over its table, which opens another page
    (a workbook's next sheet) the same way, over its own table: the document's name set over each sheet
    ('Library Service – delivery calendar' atop the sheets 'Apr–Sep' and 'Oct–Mar'), read as a title
    where its type sets nothing apart."""
    first = blocks[0] if blocks else None
    if not isinstance(first, Paragraph) or len(blocks) < 4 or not isinstance(blocks[1], Table) or not first.page:
        return None
    text = clean(first.text)
    if words_over(text, 15) or not words_over(text, 2) or not is_title_like(text):
        return None
    again = any(isinstance(b, Paragraph) and b.page > first.page and clean(b.text) == text
                and isinstance(blocks[i + 1], Table) and isinstance(blocks[i - 1], Table)
                for i, b in enumerate(blocks[2:-1], start=2))
    return Paragraph(text, first.page, first.line, heading=True) if again else None


SHEET_TITLE_WORDS = 5  # a group's heading over columns is a few words; a sheet's title in its corner, more


def sheet_title_cell(table: Table) -> bool:
    """Is the table's top-left cell the sheet's title ('An audit of local data on housing need
    across the county' merged over the first two columns, above 'Dataset | Description', beside
    'Theme | Sample size' over the other column groups)? A cell merged across two columns or more,
    with a row of headings under it, whose words name a kind of document (an audit, a plan, a
    register) in a line a title could be, longer than a group's heading."""
    if len(table.rows) <= 2 or not table.rows[0].cells:
        return False
    cell = table.rows[0].cells[0]
    text = clean(cell.text)
    return cell.col == 0 and cell.colspan >= 2 and len(text.split()) >= SHEET_TITLE_WORDS \
        and is_title_like(text) and _names_document(text) and not names_body_only(text)


def dated_rows(blocks: Sequence[Block]) -> list[str]:
    """The values of the rows labelled as the document's date ('Date: | 19 October 2014', vocab
    DATE_ROW_LABELS) in the tables among its first blocks (a meeting's cover table of date, time and
    venue): where no line atop it prints a date, the date it is of."""
    out = []
    for block in blocks[:4]:
        if not isinstance(block, Table):
            continue
        for row in block.rows[:8]:
            texts = [clean(c.text) for c in row.cells if clean(c.text)]
            if len(texts) == 2 and fold(texts[0]).strip(" :") in DATE_ROW_LABELS:
                out.append(texts[1])
    return out


_PAPER_REFERENCE = re.compile(r"^(?=.*\d)[A-Z][A-Za-z]{0,5}\.?\s*\(?\d{1,3}\)?[\d.]*(?:\.?[ivx]{1,4})?\.?$")


def paper_reference(text: str) -> bool:
    """'TB (9)1.ii', 'Paper 3', 'Item 4.2': the number a committee gives a paper, printed beside
    its title at the top of the page."""
    return bool(_PAPER_REFERENCE.match(text.strip())) and len(text.split()) <= 3


def date_line(text: str) -> bool:
    """'Updated February 2025', 'Cabinet, 14 November 2024', 'Version 3 – January 2025': a date
    and words that only say what the date is."""
    if not find_dates(text):
        return False
    words = [w for w in fold(text).split() if not any(ch.isdigit() for ch in w)]
    return all(w in DATE_LINE_WORDS or w in MONTHS for w in words)


def names_document(text: str) -> bool:
    """Does the line name a kind of document ('Plan', 'Statement', 'Minutes')?"""
    return any(w in TITLE_WORDS for w in fold(text).split())


_names_document = names_document


def _scope(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The paragraphs a title is looked for among: those of the first page (or sheet) with a
    line that could be a title (a cover with a logo alone, a guidance sheet before the plan's
    sheet, pass); where pages are unknown, the first paragraphs."""
    pages: dict[int, list[Paragraph]] = {}
    for p in paragraphs:
        pages.setdefault(p.page, []).append(p)
    for number in sorted(pages):
        if number == 0:
            continue
        lines = pages[number][:FIRST_PARAGRAPHS]
        if any(is_title_like(clean(p.text), p.heading) for p in lines):  # (a heading: see pick_title)
            return lines
    return list(pages.get(0, [])[:FIRST_PARAGRAPHS])


def pick_title(paragraphs: Sequence[Paragraph], wrapped_lines: bool = False,
               broken_paragraphs: bool = False) -> tuple[str, list[Paragraph]]:
    """(title, the paragraphs it was read from); ('', []) when no line reads as a title.

    wrapped_lines: each paragraph is a printed line (a text file), so a title may go on over
    the next line. broken_paragraphs: a source paragraph broken by its line breaks comes as one
    Paragraph a line, each with the paragraph's number as its line (a Word file)."""
    scope = _scope(paragraphs)
    largest = max((p.size for p in scope), default=0.0)
    body = body_size(paragraphs)
    sections = _section_types(paragraphs, scope)
    numbered_types = _section_types(paragraphs, scope, numbered=True)
    candidates: list[_Candidate] = []
    # a text file marks its title by place alone: its first line (no type size, no style to say so)
    top = min((p.line for p in scope if p.line > 0), default=0) if wrapped_lines else 0
    # the one heading of the first rank the source marks ('# Open Source Advisory Board' over a meeting's
    # '## Agenda', '## Present'): its author set it as the document's title, even where it names the
    # body alone, as minutes and a board's papers are titled; it outranks a web page's <title> (the
    # browser tab's name, not printed on the page: 'Local Offer – services …' over the <h1> 'SEND
    # Local Offer: services directory'), which weighs no less where type sizes are unknown
    firsts = [p for p in scope if p.heading and p.rank == 1]
    marked = firsts[0] if len(firsts) == 1 else None
    # ... unless another line prints it whole and more (a <title> 'Riverside School Improvement Plan
    # 2024-25' over the <h1> 'School Improvement Plan'): that fuller line names the document better
    # (a heading ranked below it that opens with its words, 'Action Plan Objectives' under the <h1>
    # 'Action Plan', names a part of the document, not the document more fully; nor does a browser tab's
    # name that is the heading and the site's name after a dash or a bar: 'DHCW TDA 17/10/2025 - GIG Cymru
    # NHS Wales - Architecture' over the <h1> 'DHCW TDA 17/10/2025')
    fuller = marked is not None and any(q is not marked and fold(marked.text).strip() in fold(q.text)
                                        and not (q.heading and q.rank > marked.rank)
                                        and not _SITE_SUFFIX.match(fold(q.text).removeprefix(fold(marked.text).strip()))
                                        for q in scope)
    for i, p in enumerate(scope):
        if _CONTENTS_ENTRY.search(p.text):
            continue  # 'Annex C … Delivery Plan ........ 13': a line of the contents, naming a part and its page
        if _BULLETED.match(p.text) or _ENUMERATED_ITEM.match(p.text) or _SKIP_LINK.match(p.text):
            continue  # '- To improve the attendance …': an item of a list; 'Skip to content ↓': a page's link
        # a pictograph decorating a heading ('✅ Recently Completed') is no word of it: read without it, it
        # neither lengthens a section's heading past a short title nor prints in the title
        text = strip_signs(clean(_PAGE_LABEL_AT_ENDS.sub("", _STRAY_END.sub("", p.text))))
        labelled = _TITLE_LABEL.match(text)
        if labelled:  # 'Subject: Quarterly Performance Report, Quarter 3' on a committee report's cover
            text = labelled.group(1).strip().removesuffix(".")
        display = bool(body) and p.size >= max(largest, _DISPLAY * body)
        if not is_title_like(text, display) and not _display_sentence(text, p, body, largest):
            continue
        numbered = _SECTION_NUMBER.match(text)
        if numbered and fold(text[numbered.end() - 1:]).strip(" .:") in AGENDA_TITLES:
            continue  # '19.09.03 Minutes', '4. Matters arising': a meeting's numbered standing item, a section
        # the type's size says most; then a heading style, bold, what the line names; a numbered
        # section heading ('2. Performance by service') is a part of the document, not its title
        # (a cover box's lines, from a table, carry no size: their place atop the document marks them)
        # (the one first-rank heading of two words or more, 'Development roadmap', outranks a section
        # heading of the second rank printing as many words: its author set it as the title)
        size = p.size / largest if largest and p.size else 0.5 if not largest else 1.0 if p.heading else 0.3
        score = 1.5 * size + 0.3 * p.heading + 0.1 * p.bold + 0.3 * _names_document(text) \
            + 0.1 * (words_over(text, 2)) - 0.3 * bool(_SECTION_NUMBER.match(text)) - 0.02 * i \
            + 0.5 * bool(labelled) - 0.6 * (names_body_only(text) and p is not marked) \
            + 0.3 * (top > 0 and p.line == top) + 0.1 * (p is marked and not fuller and words_over(text, 1)) \
            - SECTION_TYPE_WEIGHT * (p.heading and (p.size, p.bold) in sections
                                     and not ((p.size, p.bold) in numbered_types and not _SECTION_NUMBER.match(text))) \
            - 0.3 * (marked is not None and fuller and p.heading and p.rank > marked.rank
                     and fold(marked.text).strip() in fold(text))
        # where the type is known, a title stands out: larger, a heading, bold, labelled, or it
        # names the document; a line of body text that stands out in nothing is none
        capitals = text.isupper() and len(text.split()) >= 2  # set in capitals: emphasis, as bold is
        stands_out = not largest or p.size > 1.15 * body or p.heading or p.bold or bool(labelled) \
            or _names_document(text) or capitals
        if stands_out:
            candidates.append(_Candidate(i, p, text, score))
    if not candidates:
        lone = _lone_first_line(scope)
        return (clean(lone.text), [lone]) if lone is not None else ("", [])
    best = max(candidates, key=lambda c: c.score)
    named: list[_Candidate] = []
    if names_body_only(best.text) and body:  # (type sizes known: a PDF, a Word file)
        # the publishing body's name set largest on a cover ('THE OPEN GOVERNMENT PARTNERSHIP' over
        # 'FOURTH … NATIONAL ACTION PLAN …'): the line in display type naming the document is the title
        named = [c for c in candidates if c.para.page == best.para.page and c.para.size > 1.15 * body
                 and _names_document(c.text) and not names_body_only(c.text)]
        # ... or, on a letterhead, the line below it that names the document set apart by its weight or
        # style in the text's own size ('Office of Data & Innovation' over a bold 'Duty Statement')
        named = named or [c for c in candidates if c.para.page == best.para.page and c.index > best.index
                          and (c.para.bold or c.para.heading or c.text.isupper()) and _names_document(c.text)
                          and not names_body_only(c.text) and not _SECTION_NUMBER.match(c.text)]
        best = max(named, key=lambda c: c.score) if named else best
    by_place = {c.index: c for c in candidates}
    second: _Candidate | None = None  # the second line of a title set over two in the same type
    under_body = named or (best.index - 1 in by_place and names_body_only(by_place[best.index - 1].text))
    if under_body and (nxt := by_place.get(best.index + 1)) is not None and _same_type(best, nxt, 2.2) \
            and not words_over(nxt.text, GENERIC_NAME_WORDS) \
            and not (_names_document(best.text) and _DATED_END.search(best.text)):
        # the document's name under the body's, set over two lines in a type of its own ('Pupil premium
        # grant expenditure' / 'Report: 2013/14'): the two lines; a line that names the document and
        # closes with its years is whole ('Action Plan 2024-2025' over a topic's heading 'Highways')
        second = nxt
    if not _names_document(best.text) and not names_body_only(best.text) and body \
            and (below := by_place.get(best.index + 1)) is not None and below.para.page == best.para.page \
            and below.para.heading and below.para.size >= _DISPLAY * body and _names_document(below.text) \
            and not names_body_only(below.text) and not _same_title(best.para, below.para, body, before=True) \
            and not _cover(scope, body):
        # a name over the document's kind set apart below it in display type ('The Den (Childcare)' over
        # 'Health & Safety Policy', a heading further down the page): the document's name is the title
        best = below
    if (first := _dated_name_first(by_place, best)) is not None:
        best = first
    if names_body_only(best.text) and _document_under_body(best, by_place.get(best.index + 1), body):
        used = [best, _after_dash(by_place[best.index + 1])]
    elif best.index - 1 in by_place and _document_under_body(by_place[best.index - 1], best, body):
        used = [by_place[best.index - 1], _after_dash(best)]
    elif _kind_under_name(best, by_place.get(best.index + 1), body):
        used = [best, by_place[best.index + 1]]
    else:
        used = [best]
    if wrapped_lines:
        used += _wrapped_title_lines(best, scope)
    elif best.para.size > 1.15 * body:  # a title in display type may run over several lines
        # the title's other lines: next to it, on its page, in type nearly as large and larger than the text
        by_index = {c.index: c for c in candidates}
        for step in (-1, 1):
            k = best.index + step
            while True:
                bridge = _joining_line(scope, k, step)
                if bridge is not None:  # 'Action Plan' / 'for' / 'Bakery Management System': one title
                    k += step
                if not (k in by_index and all(u.index != k for u in used)
                        and _same_title(by_index[k].para, best.para, body, before=step < 0)
                        and sum(len(c.text.split()) for c in used) + len(by_index[k].text.split())
                        + (bridge is not None) <= MAX_WORDS):
                    break
                used += [by_index[k]] if bridge is None else [bridge, by_index[k]]
                k += step
    elif (on := _runs_on_below(used[-1], by_place)) is not None:
        used.append(on)  # 'MINUTES OF THE REGULAR MEETING OF THE' over 'PENSION BOARD OF …' in the text's own type
    elif second is None and best.text.isupper() and _DATED_END.search(best.text) \
            and (nxt := by_place.get(best.index + 1)) is not None \
            and _same_type(best, nxt, 3.0) and nxt.text.isupper() and not _names_document(nxt.text) \
            and not words_over(nxt.text, 6) and fold(nxt.text) not in _NOT_TITLES:
        # a title in capitals in the text's own type ending with its years goes on over the next line in the
        # same capitals, a few words naming no document that say which part of those years it covers
        # ('… SALES TAX COMPARISON 2025-2026' / 'FISCAL YEAR TO DATE')
        second = nxt
    if broken_paragraphs and used == [best]:
        used += _lines_of_a_broken_title(best, scope)
    if second is not None and all(u.index != second.index for u in used) \
            and sum(len(c.text.split()) for c in used) + len(second.text.split()) <= MAX_WORDS:
        used.append(second)
    if not wrapped_lines and best.para.size >= _DISPLAY * body and not _names_document(best.text) \
            and _cover(scope, body):
        # a cover page: a few lines in display type and nothing else but a date or the publisher's
        # name, the title naming its subject in one line and what kind of document it is in another
        # ('ICT Procurement Taskforce' over 'Consultation Paper'), however far apart the cover sets them
        # (a line naming no kind of document is a subtitle or a credit: 'Our vision for our future')
        kind = [c for c in candidates if c not in used and c.para.page == best.para.page
                and c.para.size >= _DISPLAY * body and _names_document(c.text) and not names_body_only(c.text)
                and sum(len(u.text.split()) for u in used) + len(c.text.split()) <= MAX_WORDS][:1]
        if kind and _subject_words(kind[0].text) & {w for u in used for w in _subject_words(u.text)}:
            # ... unless the line naming the kind names the subject too ('Draft Riverton Climate Plan' beside
            # 'Riverton 2030 and Beyond' in larger type): it is the document's whole name, the display line
            # its slogan
            used = kind
        else:
            used += kind
    used.sort(key=lambda c: c.index)
    rest = _date_cut_below(used[-1], scope) if not wrapped_lines else None
    if rest is not None:
        used.append(rest)  # '… meeting held on 10 July' over '2027': the date's year, the title's own
    period = _period_below(used[-1], scope, body) if not any(_YEAR.search(c.text) for c in used) else None
    if period is not None:
        used.append(period)  # 'MODERN SLAVERY PARTNERSHIP STRATEGY' over '2017 - 2020': the plan's years
        after = _line_after_period(period, scope, {c.index: c for c in candidates}, body)
        if after is not None and sum(len(c.text.split()) for c in used) + len(after.text.split()) <= MAX_WORDS:
            used.append(after)  # 'School Improvement Plan' / '2023-24' / 'Ayton Primary School'
    return " ".join(c.text for c in used), [c.para for c in used]


# the joining words a title's line may hold alone between two of its lines ('Action Plan' / 'for' / 'Riverside
# School'), a cover setting them apart, often smaller
_JOINING_LINE = frozenset({"for", "of", "and", "&", "the", "to", "in", "on", "at", "with", "from", "by"})
_JOINING_LINE_WORDS = 3


def joining_only(text: str) -> bool:
    """A line of nothing but a joining word or three ('for', 'for the', 'of'): no title alone, a bridge."""
    words = fold(text).split()
    return 0 < len(words) <= _JOINING_LINE_WORDS and all(w in _JOINING_LINE for w in words)


def _joining_line(scope: Sequence[Paragraph], k: int, step: int) -> _Candidate | None:
    """The paragraph at k as a title's line when it holds only joining words and a line follows it
    (in the direction step) on the same page: read with the title lines on either side of it."""
    if not 0 <= k < len(scope) or not 0 <= k + step < len(scope):
        return None
    p = scope[k]
    if not joining_only(clean(p.text)) or scope[k + step].page != p.page:
        return None
    return _Candidate(k, p, clean(p.text), 0.0)


def _lines_of_a_broken_title(best: _Candidate, scope: Sequence[Paragraph]) -> list[_Candidate]:
    """The title's other lines where its writer broke it over lines by hand, in the title's own type:
    the rest of its own paragraph ('CHARTER' / 'for the' / 'RESEARCH COMPUTING', one heading paragraph
    with line breaks), and, when the title is set in capitals, the paragraphs right after it (none
    between) in the same heading style and capitals ('ADVISORY COMMITTEE', '(RCAC)'). A heading whose
    words run on over lines is one title; a date, a contents line or a numbered section ends it."""
    title = best.para
    if not title.heading or title.line <= 0:
        return []
    capitals = best.text.isupper()
    out: list[_Candidate] = []
    last, words = title, len(best.text.split())
    for k, q in enumerate(scope[best.index + 1:], start=best.index + 1):
        text = clean(q.text)
        same_paragraph = q.line == last.line and (is_title_like(text) or joining_only(text))
        next_heading = q.line == last.line + 1 and q.heading and q.rank == title.rank and capitals \
            and text.isupper()
        if q.page != title.page or abs(q.size - title.size) > 0.5 or q.bold != title.bold \
                or not (same_paragraph or next_heading):
            break
        if _SECTION_NUMBER.match(text) or _CONTENTS_ENTRY.search(text) or fold(text) in _NOT_TITLES \
                or date_line(text) or words + len(text.split()) > MAX_WORDS:
            break
        out.append(_Candidate(k, q, text, best.score))
        last, words = q, words + len(text.split())
    while out and joining_only(out[-1].text):  # a joining word is a bridge between lines, never the title's end
        out.pop()
    return out


LONE_LINE_WORDS = 15  # a first line standing alone as a title: no more words than this

# a span of years a plan's name carries ('2020–2021', '2024/25', '2019 - 2022')
_YEAR_SPAN = re.compile(r"\b(?:19|20)\d{2}\s*[-–—/]\s*(?:(?:19|20)\d{2}|\d{2})\b")


def _dated_name_first(by_place: dict[int, _Candidate], best: _Candidate) -> _Candidate | None:
    """The document's first line where it names a kind of document and the span of years it covers
    ('MES 2020–2021 Action Plan', set in bold in the text's own size) over a larger heading further
    down that names neither ('Major Plans Impacting Each Pillar', its first section): a plan's name
    carries its years, a section's heading seldom does. None otherwise."""
    first = by_place.get(0)
    if first is None or first is best or first.para.page != best.para.page \
            or not (first.para.bold or first.para.heading):
        return None
    if not _names_document(first.text) or names_body_only(first.text) or not _YEAR_SPAN.search(first.text):
        return None
    return first if not _YEAR.search(best.text) else None


_SUBJECT_WORD = re.compile(r"[^\W\d_]{3,}")


def _subject_words(text: str) -> set[str]:
    """The words of a title line that say what it is about: words of letters, three at least, and none
    of the joining words ('and', 'the', 'for') nor a kind of document's."""
    return {w for w in _SUBJECT_WORD.findall(fold(text))
            if w not in _JOINING_WORDS and w not in TITLE_WORDS}


_JOINING_WORDS = frozenset({"and", "the", "for", "with", "our", "your", "from", "into"})


def _lone_first_line(scope: list[Paragraph]) -> Paragraph | None:
    """Where no line stands out by its type, the first line of the first page set apart from the text
    under it (a blank line's height or more) that could be a title and is no sentence ('Eye Care
    Planning Guidance 2021-22 Summary (Annexe)' atop a plain page): the title by its place."""
    if len(scope) < 2 or not scope[0].size or scope[1].page != scope[0].page:
        return None
    p, q = scope[0], scope[1]
    text = clean(p.text)
    if words_over(text, LONE_LINE_WORDS) or not words_over(text, 2) or not is_title_like(text) \
            or _BULLETED.match(text) or _SECTION_NUMBER.match(text) or names_body_only(text):
        return None
    return p if q.line - p.line >= 2.5 * max(p.size, q.size) else None


GENERIC_NAME_WORDS = 6  # a kind of document and its year ('School Improvement Plan 2024–25'), no more
BODY_TITLE_GAP = 3.0  # a document's name under the body's, as close as this many times the body's type size


def _document_under_body(name: _Candidate, under: _Candidate | None, body: float) -> bool:
    """A body's name set large ('Oakfield Primary School') right over a modest heading naming the
    kind of document in a few words ('School Improvement Plan 2024–25', larger than the text but
    smaller than the name and short of display type): the cover's title is the two together, whose
    document and what it is.
    (A document's name in display type under the body's is the title alone: 'THE OPEN GOVERNMENT
    PARTNERSHIP' over 'FOURTH NATIONAL ACTION PLAN …'; so is one as large as the name over it.)"""
    if under is None or not names_body_only(name.text) or under.index != name.index + 1:
        return False
    p, q = name.para, under.para
    if q.page != p.page or not (q.heading or q.bold) or not q.size or q.size >= p.size - 0.5 \
            or words_over(under.text, GENERIC_NAME_WORDS):
        return False  # (a long name says whose it is itself: 'Inspection of services for children in …')
    if not names_document(under.text) or names_body_only(under.text) or _NUMBERED_PART.match(under.text) \
            or _SECTION_NUMBER.match(under.text):
        return False
    if 0 < body < p.size and not body < q.size < _DISPLAY * body:
        return False  # (a text size no smaller than the name's is unknown: a Word file's unsized text)
    return 0 <= q.line - p.line <= BODY_TITLE_GAP * max(p.size, 1.0)


def _kind_under_name(name: _Candidate, under: _Candidate | None, body: float) -> bool:
    """A name in display type that says no kind of document ('HARBOUR TOWN FIRE RESCUE', 'Riverside
    Together') right over a smaller line set apart from the text that names the kind in a few words
    ('Strategic Plan · FY2026 – FY2029'): the cover's title is the two together, whose and what. (A
    body's name by its vocabulary word is _document_under_body's; a line naming a document in display
    type is the title itself.)"""
    if under is None or not body or under.index != name.index + 1 or names_document(name.text) \
            or names_body_only(name.text):
        return False
    p, q = name.para, under.para
    if q.page != p.page or not p.size or p.size < _DISPLAY * body or not 1.15 * body < q.size < p.size - 0.5:
        return False
    if not names_document(under.text) or names_body_only(under.text) or words_over(under.text, GENERIC_NAME_WORDS) \
            or _NUMBERED_PART.match(under.text) or _SECTION_NUMBER.match(under.text):
        return False
    return 0 <= q.line - p.line <= BODY_TITLE_GAP * max(p.size, 1.0)


# when and where a meeting sat, after its clock time ('HELD 4:30 P.M., APRIL 26, 2021 CITY HALL'): the
# notice's details, no part of the title a line ran on into
_CLOCK_TIME = re.compile(r"\s+(?:held\s+)?(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)", re.I)


def _runs_on_below(last: _Candidate, by_place: dict[int, _Candidate]) -> _Candidate | None:
    """The line right under a title line that breaks off mid-phrase ('… MEETING OF THE'), set in
    the same type and close under it: the rest of the title, whatever the type's size (a title
    in the text's own size, bold, as minutes set theirs). Cut before a clock time it runs on into."""
    below = by_place.get(last.index + 1)
    if below is None or not _RUNS_ON.search(last.text) or re.search(r"\s[-–—&:]\s*$", last.text):
        return None
    p, q = last.para, below.para
    if q.page != p.page or abs(q.size - p.size) > 0.5 or q.bold != p.bold \
            or not 0 < q.line - p.line <= 3 * max(p.size, 1.0):
        return None
    if _SECTION_NUMBER.match(below.text) or _NUMBERED_PART.match(below.text):
        return None
    cut = _CLOCK_TIME.search(below.text)
    text = below.text[:cut.start()].rstrip(" ,") if cut else below.text
    return _Candidate(below.index, q, text, below.score) if words_over(text, 0) else None


def _same_type(c: _Candidate, d: _Candidate, gap: float) -> bool:
    """Is d the line right under c in c's own type (size, weight, style), no further under it than gap
    times the type's size?"""
    p, q = c.para, d.para
    return q.page == p.page and abs(q.size - p.size) <= 0.5 and q.bold == p.bold and q.heading == p.heading \
        and 0 < q.line - p.line <= gap * max(p.size, 1.0) and not _SECTION_NUMBER.match(d.text) \
        and not _NUMBERED_PART.match(d.text) and not names_body_only(d.text)


def _after_dash(c: _Candidate) -> _Candidate:
    """The document's name read on from the body's name over it, after a dash."""
    return _Candidate(c.index, c.para, f"– {c.text}", c.score)


_RUNNING = re.compile(r"^running header/footer repeated on (\d+) pages")


def running_title(aside: Sequence[tuple[str, str, int, int]]) -> str:
    """The document's name as its running header prints it on page after page ('Strategic Plan for
    the Department of Youth Detention Services', 'MINISTRY OF JUSTICE DIGITAL STRATEGY'): a line a
    title could be that names a document, the same on each page (not one printed with each page's
    number); '' where none is. The one printed on the most pages."""
    found: list[tuple[int, str]] = []
    for text, reason, _, _ in aside:
        m = _RUNNING.match(reason)
        if m is None:
            continue
        if "each page's numbers" in reason:
            # '1 Quality Improvement Plans 25/26 (QIP): Progress Report …' to '8 Quality …': the same line
            # but for the page's number before or after it is the document's name all the same
            ends = _NUMBERED_ENDS.search(reason)
            first, last = (_PAGE_NUMBER.sub("", ends.group(1)), _PAGE_NUMBER.sub("", ends.group(2))) if ends \
                else ("", "-")
            if first != last or not first.strip():
                continue
            text = first
        text = clean(text)
        if _LABELLED_DATE.match(text) and date_line(text.split(":", 1)[1]):
            # 'Report Accessed: April 11, 2025': when the page was printed, not what it is (a label and a
            # name with its years, 'Appendix I: Budget Risks Register 2025-26', is the document's name)
            continue
        if is_title_like(text) and _names_document(text) and not names_body_only(text):
            found.append((int(m.group(1)), text))
    return max(found)[1] if found else ""


_NUMBERED_ENDS = re.compile(r"printed with each page's numbers, '(.*)' to '(.*)'$")
# a page's number before or after a running line ('1 Annual Plan', 'Annual Plan 12', 'Page 3 of 9')
_PAGE_NUMBER = PAGE_NUMBER_AT_ENDS  # (normalise/vocab_pages.py)
# a label and a date after it, no more ('Report Accessed: April 11, 2025', 'Printed on: 3/4/2024')
_LABELLED_DATE = re.compile(r"^\s*[A-Za-z][A-Za-z ]{0,30}:\s*[\w ,./-]{3,30}$")


def _date_cut_below(last: _Candidate, scope: list[Paragraph]) -> _Candidate | None:
    """The rest of a date the title line breaks off ('… held on 10 July' / '2027'), from the line
    right below it on its page: the month and year it opens with, no more (a scan's specks after
    them are none of the title's)."""
    k = last.index + 1
    if not _CUT_DATE.search(last.text) or k >= len(scope) or scope[k].page != last.para.page:
        return None
    head = _DATE_HEAD.match(clean(scope[k].text))
    return _Candidate(k, scope[k], head.group(0), 0.0) if head else None


def names_a_part(title: str) -> bool:
    """Is a line read as the title rather a part of the document: a numbered section ('6. Themes and
    actions') or a line that names no document ('Goal Table', 'Status Legend')?"""
    return not title or bool(_SECTION_NUMBER.match(title)) or not _names_document(title)


def _period_below(last: _Candidate, scope: list[Paragraph], body: float) -> _Candidate | None:
    """A line that gives only the years the document covers ('2017 - 2020', 'April 2024 – March
    2027') among the two lines below the title, set larger than the text or close under the title:
    the title's period, which names the edition as much as the words do."""
    for k in range(last.index + 1, min(last.index + 3, len(scope))):
        p = scope[k]
        text = clean(p.text)
        if p.page != last.para.page:
            return None
        if _PERIOD_LINE.match(text):
            near = not body or not p.size or p.size > 1.15 * body \
                or abs(p.line - last.para.line) <= 4 * max(p.size, last.para.size, 1.0)
            return _Candidate(k, p, text, 0.0) if near else None
    return None


def _line_after_period(period: _Candidate, scope: list[Paragraph], candidates: dict[int, _Candidate],
                       body: float) -> _Candidate | None:
    """The line right under the title's period set as the title is (the same display size and
    weight, as close as the period's line is to it): the title goes on past its years ('School
    Improvement Plan' / '2023-24' / 'Ayton Primary School', the plan's own school). None for a
    smaller line (a subtitle, a credit) or one further down."""
    after = candidates.get(period.index + 1)
    p, q = period.para, after.para if after is not None else None
    if after is None or q is None or not body or q.page != p.page or p.size < 1.5 * body:
        return None
    if names_body_only(after.text):
        return None  # the body whose plan it is, set under its years ('Oakfield Primary School'): whose, not what
    if abs(q.size - p.size) > 0.5 or q.bold != p.bold or abs(q.line - p.line) > 2 * max(p.size, q.size):
        return None
    return None if _SECTION_NUMBER.match(q.text) or _NUMBERED_PART.match(q.text) else after


def body_size(paragraphs: Sequence[Paragraph]) -> float:
    """The document's text size: the size most of its characters are set in (0 when unknown)."""
    chars: dict[float, int] = {}
    for p in paragraphs:
        if p.size > 0:
            chars[p.size] = chars.get(p.size, 0) + len(p.text)
    return max(chars, key=lambda size: chars[size]) if chars else 0.0


_DISPLAY = 1.5  # display type: a cover's lines, set half as large again as the text or more
_COVER_LINES = 6  # a cover holds at most this many lines


def _cover(scope: list[Paragraph], body: float) -> bool:
    """Is the first page a cover: a few lines, each in display type or a date or a name of the body
    that publishes it, and no paragraph of text?"""
    page = [p for p in scope if p.page == scope[0].page] if scope else []
    if not body or not 2 <= len(page) <= _COVER_LINES:
        return False
    display = [p for p in page if p.size >= _DISPLAY * body]
    rest = [p for p in page if p.size < _DISPLAY * body]
    return len(display) >= 2 and all(date_line(clean(p.text)) or names_body_only(clean(p.text))
                                     or not words_over(p.text, 3) for p in rest)


# a title line that breaks off before its date: a day's number or a word that a date follows
# ('… held on 4', '… meeting of', '… as at')
# a line ending in a dash, a colon's cousin or a joining word goes on over the next line
_RUNS_ON = re.compile(r"(?:\s[-–—&:]|\b(?:and|of|for|the|to|in|on))\s*$", re.I)
_BREAKS_OFF = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?|\b(?:on|of|at|for|dated|from|held))\s*$", re.I)


def _wrapped_title_lines(best: _Candidate, scope: list[Paragraph]) -> list[_Candidate]:
    """The lines right below a title printed over several lines (no type sizes to go by): a line
    going on mid-sentence, or a short line that could belong to a title and does not date it."""
    out: list[_Candidate] = []
    last = best.para
    words = len(best.text.split())
    for p in scope[best.index + 1:]:
        text = clean(p.text)
        if p.line != last.line + 1 or p.page != last.page or not text:
            break
        if _DATED_END.search(out[-1].text if out else best.text) and not re.match(r"[a-z]|[-–—]|to\b", text):
            # a title that ends with its date ('… BRAG tracker (January 2017)') is whole: the line
            # below is the page's first heading or a key ('Key performance indicators', 'Blue -
            # complete'), unless it goes on in lower case or with the period's end ('– 2027')
            break
        above = out[-1].text if out else best.text
        if date_line(text) and (_BREAKS_OFF.search(above) or _CUT_DATE.search(above)) \
                and words + len(text.split()) <= MAX_WORDS:
            # '… meeting held on 4' over 'February 2026': the title's date wrapped onto the next line
            out.append(_Candidate(best.index + 1 + len(out), p, text, 0.0))
            break
        goes_on = text[0].islower() and not text.endswith(".")
        if names_body_only(text) and not goes_on:
            break  # the body's name printed under the title ('Hallingbury City Council'): not the title
        if not (goes_on or (not words_over(text, 6) and is_title_like(text))) or words + len(text.split()) > MAX_WORDS:
            break
        out.append(_Candidate(best.index + 1 + len(out), p, text, 0.0))
        words += len(text.split())
        last = p
    return out


def _display_sentence(text: str, p: Paragraph, body: float, largest: float) -> bool:
    """A title a slide or cover prints as one short sentence with its full stop ('Prescribing and
    medicines reconciliation - how standards can help.'), set in the largest type of the page and
    larger than the text: the stop alone does not make it a line of the text, as it does a line in
    the text's own size."""
    if not body or p.size < largest or p.size <= 1.15 * body or not text.endswith(".") or text.endswith(".."):
        return False
    stem = text[:-1].rstrip()
    return "." not in stem.replace("etc.", "") and is_title_like(stem)


def _same_title(p: Paragraph, title: Paragraph, body: float, before: bool) -> bool:
    """A line beside the title that is part of it: above it, a line in display type (a name
    the title goes on from: 'Federal Data Strategy' over '2021 Action Plan'); below it, a line in
    the title's own size (a smaller line below is a subtitle or the first heading); and set as
    close as a title's lines are (a heading further down in the same type is apart)."""
    if p.page != title.page or not body or abs(p.line - title.line) > 1.6 * max(p.size, title.size):
        return False
    if before:  # (the publishing body's name over the title is no part of it: 'Decoy Primary School')
        if abs(p.size - title.size) <= 0.5 and _RUNS_ON.search(p.text):
            return True  # a line in the title's own type that breaks off mid-phrase ('… Board –' over 'Action Plan')
        if _subject_over_title(p, title, body):
            return True
        return p.size >= max(0.55 * title.size, 1.5 * body) and not names_body_only(clean(p.text))
    # a numbered part's heading below ('Priority 1: Early help' set as large as the title) opens the body
    numbered = bool(_SECTION_NUMBER.match(p.text) or _NUMBERED_PART.match(p.text))
    # a line in the title's size but not in its bold ('Support Guide' in bold over 'Administration and
    # Development' in the same size, regular) is set apart from it by its weight: a subtitle
    lighter = title.bold and not p.bold
    return abs(p.size - title.size) <= 0.5 and not numbered and not lighter


SECTION_TYPE_WEIGHT = 0.8
SECTION_TYPE_REPEATS = 2  # headings in the same type on later pages: the document's section headings


def _section_types(paragraphs: Sequence[Paragraph], scope: Sequence[Paragraph],
                   numbered: bool = False) -> set[tuple[float, bool]]:
    """The type (size, bold) the document sets its section headings in: the type of two headings or
    more on pages after the first page's ('Main findings' on page 1 in the type of 'Compliance with
    the standards' on page 7 and 'About this inspection' on page 11). A heading on the first page in
    that type opens a section, not the document: its title is set apart in a type of its own.
    numbered: only the types whose headings there all open with a section number ('2. Narrative', '4.
    Implementation'): an unnumbered line in such a type ('Template 3: Internal review' over '1.
    Organisational information') is no section of them, and may be the title."""
    first = scope[0].page if scope else 0
    if not first:
        return set()
    count: dict[tuple[float, bool], int] = {}
    plain: set[tuple[float, bool]] = set()
    for p in paragraphs:
        if p.heading and p.size and p.page > first:
            count[(p.size, p.bold)] = count.get((p.size, p.bold), 0) + 1
            if not _SECTION_NUMBER.match(p.text):
                plain.add((p.size, p.bold))
    return {kind for kind, n in count.items() if n >= SECTION_TYPE_REPEATS and not (numbered and kind in plain)}


def _subject_over_title(p: Paragraph, title: Paragraph, body: float) -> bool:
    """A line in display type set hard over a title in larger type that names no kind of document
    ('Regional Transport Office' over 'CONCEPT OF OPERATIONS'): the title's subject, its first part,
    even where it names a body (a body's name over a title naming the document it publishes,
    'Decoy Primary School' over 'School Improvement Plan', stays apart). Hard over: the gap between
    the two lines is less than the smaller line's own height."""
    if p.size < _DISPLAY * body or p.size >= title.size or _names_document(title.text):
        return False
    return 0 < title.line - p.line <= 2 * p.size and is_title_like(clean(p.text))


__all__ = ["pick_title", "is_title_like", "date_line", "title_rows"]
