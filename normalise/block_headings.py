"""Paragraphs that head what follows them: headings over tables that name areas or horizons, a
heading that opens a part of the document, one that looks like a heading by its type, areas on a
slide, a heading reviewing a past period, and the heading that opens a minute.
"""
from __future__ import annotations

import re

from planx.extract.model import Paragraph, Table
from planx.normalise.area_titles import figure_note, split_timeframe
from planx.normalise.banners import (
    _SPANNING_BANNER,
    NUMBERED_TITLE,
    bare_code_over,
    dashed_code,
    outline_item,
    read_banner,
)
from planx.normalise.draft import Draft
from planx.normalise.headers import area_lead_of, classify, read_header, split_area_lead
from planx.normalise.horizons import Horizon, HorizonTrack, read_horizon
from planx.normalise.logtitle import names_action_log
from planx.normalise.minutes import numbered_block_heading
from planx.normalise.sections import section_heading
from planx.normalise.slides import continued_title
from planx.normalise.tableforms import labelled_line
from planx.normalise.text import clean, fold, squash, words_over
from planx.normalise.vocab import (
    AREA_WORDS,
    KIND_BEFORE_AIM_WORDS,
    PAST_PERIOD_WORDS,
    REVIEW_WORDS,
    SIDE_BOX_HEADING_OPENINGS,
)

_PAST_PERIOD = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in PAST_PERIOD_WORDS)})\b")
_REVIEW_WORD = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in REVIEW_WORDS)})\b")


def review_heading(text: str) -> bool:
    """Does a heading say its section reviews a past period ('Part B: Review of outcomes in the
    previous academic year', 'Impact of last year's spending')? A word of looking back and one of
    the period before (vocab.REVIEW_WORDS, PAST_PERIOD_WORDS); 'Review date' or 'Outcomes' alone
    says neither."""
    folded = squash(text).lower().replace("’", "'")
    return bool(_PAST_PERIOD.search(folded) and _REVIEW_WORD.search(folded))


# a minute's numbered heading: '3. Finance report', '4.2 Volunteering', 'Item 5: Any other business'
_LONG_MINUTE_TITLE = 30  # words of a numbered minute's title at most, when its number follows the last one's
_LONG_MINUTE_HEADING = re.compile(r"^\s*(?:item\s+)?(\d{1,3})[.):]?\s+([A-Z][^.;:]{2,240})$", re.I)
# a day and a month opening a line ('1 March 2010', '12 Sept meeting note'): a date, not an item's number
_DAY_MONTH = re.compile(r"^\s*\d{1,2}(?:st|nd|rd|th)?\s+"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
_DATE_ONLY = re.compile(r"^\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d{2}\s*$")
# a line the source marks as a heading, numbered, whose title may hold a colon ('5. Update: Working Group Rules')
_NUMBERED_MINUTE_HEADING = re.compile(r"^\s*(?:item\s+)?(\d{1,3}(?:\.\d{1,2})?)[.)]\s*([A-Z][^.;]{2,90})$", re.I)
# (its title may hold an abbreviation's stops: '9. A.O.B', '4. Update from S.D.C'; or a parish's padded reference by
# year, month and item: '19.09.05  Eden District Council Plan')
_MINUTE_HEADING = re.compile(r"^\s*(?:item\s+)?(\d{1,3}(?:\.\d{1,2})?|\d{2}\.\d{2}\.\d{2,3})[.):]?\s+"
                             r"([A-Z](?:[^.;:]|\.(?=[A-Za-z])){2,90})$", re.I)
# a minute numbered within its year, by a slash ('21/12 - Review of the plan', '45/22 Apologies',
# '123/21: Finance'): the reference whole, then the title (a pair of consecutive years, '24/25 –
# Budget', is a financial year: no minute, see _slash_minute)
_SLASH_MINUTE = re.compile(r"^\s*(\d{1,3})/(\d{2,3})(?:[.):]|\s+[-–—])?\s+([A-Z](?:[^.;:]|\.(?=[A-Za-z])){2,90})$")
# a stop inside a line, after which a sentence goes on: a styled line holding one is no heading
_INNER_STOP = re.compile(r"[.;:!?]\s")

# a heading lettered as a part of the document ('A. Identity', 'C) Networks'): the letter, then the title
_LETTERED_HEADING = re.compile(r"^\s*([A-Z])[.)]\s+([A-Z][^.;:]{2,90})$")
_AREA_WORD_SET = {fold(w) for w in AREA_WORDS}


def lettered_heading(text: str) -> tuple[str, str] | None:
    """(letter, title) of a heading lettered as a part of the document ('A. Identity', 'C) Networks');
    None for any other text (a sentence, a number)."""
    m = _LETTERED_HEADING.match(squash(text))
    return (m.group(1), m.group(2).strip()) if m else None


def _slash_minute(text: str) -> tuple[str, str] | None:
    """(reference, title) of a heading numbering its minute within the year by a slash ('21/12 -
    Review of the plan' → ('21/12', 'Review of the plan')); None for any other line, and for a pair
    of consecutive years ('24/25 – Budget': a financial year heading its part)."""
    m = _SLASH_MINUTE.match(text)
    if m is None:
        return None
    left, right = m.group(1), m.group(2)
    if len(left) == len(right) == 2 and (int(left) + 1) % 100 == int(right):
        return None
    return f"{left}/{right}", m.group(3).strip()


def _minute_number(ref: str) -> str:
    """The minute's number in its heading's reference: '3' for '3.2' (an item's part, read under its
    item), the whole of a parish's padded minute reference ('19.09.05': year, month and item, each
    of two digits), which numbers the minute itself."""
    parts = ref.split(".")
    return ref if len(parts) == 3 and all(len(p) >= 2 for p in parts) else parts[0]


MINUTE_STEP = 3  # items at most a minute's number skips past the last one read (an item's text lost)
_OPENING_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,2})[.):]?(?:\s|$)")


def next_minute(text: str, last: str) -> bool:
    """Does the text open with the number of a minute after `last` ('10.25.06 Correspondence' after
    minute '10.25.05'): the same parts before its last, its last a little higher (MINUTE_STEP)? Only a
    number in parts ('19.09.05', '4.2') counts: a bare '6' may number anything."""
    m = _OPENING_NUMBER.match(squash(text))
    if m is None or "." not in last or "." not in m.group(1):
        return False
    head, _, tail = m.group(1).rpartition(".")
    last_head, _, last_tail = last.rpartition(".")
    return head == last_head and tail.isdigit() and last_tail.isdigit() \
        and 0 < int(tail) - int(last_tail) <= MINUTE_STEP


def minute_heading(text: str, heading: bool, last: str = "") -> tuple[str, str] | None:
    """(number, title) of a heading that opens a minute ('3. Finance report'), or of any short
    paragraph the document marks as a heading; None for a sentence. Actions written under it in
    prose take it as their area. last: the number of the minute before it, after which the next
    number opens a minute however long its title ('3. Update on progress following meetings between
    HM Courts and Tribunals Service and Central News regarding …', 22 words)."""
    t = squash(text)
    if heading and t.endswith(".") and not t.endswith("..") \
            and not _INNER_STOP.search(re.sub(r"^\s*\d{1,3}(?:\.\d{1,2})?[.)]?\s+", "", t)):
        t = t[:-1]  # a heading set in bold ending with a full stop ('4. Football club costing.'): its own line
    long = _LONG_MINUTE_HEADING.match(t) if last.isdigit() else None
    follows = long is not None and long.group(1) == str(int(last) + 1) and not words_over(t, _LONG_MINUTE_TITLE)
    if not t or words_over(t, 12) and not follows or t.endswith("."):
        return None
    m = _MINUTE_HEADING.match(t) or (long if follows else None)
    if m and _DAY_MONTH.match(t):
        # '1 March 2010' under a meeting's title is its date, no minute; '1 March meeting note' is
        # the item on the note of the 1 March meeting, its number the day
        if _DATE_ONLY.match(t):
            return None
        m = None
    if m:
        return _minute_number(m.group(1)), m.group(2).strip()
    if heading and (slashed := _slash_minute(t)) is not None:
        return slashed
    if heading and (lettered := lettered_heading(t)) is not None:
        return lettered  # 'A. Identity' over its section's actions: a lettered part
    if heading and (m := _NUMBERED_MINUTE_HEADING.match(t)) and not _DAY_MONTH.match(t):
        return m.group(1).split(".")[0], m.group(2).strip()  # '5. Update: Working Group Rules': a colon in its title
    named = section_heading(t) if heading else None
    if named is not None and fold(named.word) in _AREA_WORD_SET:
        # 'Goal 1: Tell Great Stories': the kind of area and its number, then its title
        return named.ref, named.title
    return ("", t.rstrip(" :")) if heading else None


# 'Action 2. Mature data governance', 'Section B: …': a word, the number, the title
# 'Theme 2: …', 'Improvement Focus 1: …', 'Key Line of Enquiry 3 – …': a few words naming the
# kind of area, its number, its title; its first word may be an organisation's or a framework's
# initials ('BAF risk 3: …', as 'SBC priority 1: …' before an area word)
_LABELLED_HEADING = re.compile(r"^\s*(?:[A-Z][a-z]+|[A-Z]{2,5}(?=\s+[a-z]))(?:\s+[A-Za-z][a-z]+){0,3}"
                               r"\s+(\d{1,2}|[A-Z])\s*[.):–-]\s+(\S.*)$", re.S)
# a document's section number before a capitalised title, no stop after it ('4.3 Project preparation',
# '2.1.4 Data migration'): set in bold over a table, the section that groups the table's rows
_SECTION_TITLE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+([A-Z][^\s.]*(?:\s+\S+)*)$", re.S)
# headings above a table that name the table's kind, not an area of the plan
_NOT_AREA = {"plan", "framework", "tracker", "template", "appendix", "annex", "overview", "contents", "summary",
             "indicators", "kpis", "kpi", "scorecard", "key", "glossary", "introduction", "background", "strategy",
             "programme", "monitoring", "diagnostic", "report"}

# the first word of a heading that opens a part of the document, not an area of the plan
_DOCUMENT_PARTS = {"annex", "appendix", "chapter", "part", "schedule"}
# the last word of a numbered label that names one of a set of cards ('Report card 2', 'Score card 3'):
# whatever the words before it, its title says what the card is about
_CARD_WORDS = {"card"}


def starts_document_part(b: object, running: float) -> bool:
    """'Annex A: Commitments overview', 'Appendix 2': a heading that opens a part of the document."""
    if not isinstance(b, Paragraph) or not looks_like_heading(b, running):
        return False
    words = fold(b.text).split()
    return bool(words) and words[0] in _DOCUMENT_PARTS and len(words) <= 12


# a paragraph set in type this much larger than the running text, and at least this size, reads as a
# heading though no style says so (a Word user's 18pt bold line, a slide's title)
_HEADING_RATIO, _HEADING_MIN = 1.4, 14.0
_WORD_DEFAULT_SIZE = 11.0  # the running text's size when the source does not say it (Word's Normal style)


def looks_like_heading(b: Paragraph, running: float) -> bool:
    """Styled as a heading, or set apart as one by its type: short, and clearly larger than the text
    (running: the running text's size, 0 when unknown, negative where type sets nothing apart)."""
    return b.heading or (running >= 0 and b.size >= max(_HEADING_MIN, _HEADING_RATIO * (running or _WORD_DEFAULT_SIZE))
                         and not words_over(b.text, 20))


def _bold_numbered(b: Paragraph, plain: bool = False) -> bool:
    """A whole line in bold that is numbered as a heading is ('Improvement Focus 1: Raise
    attendance', '2. Early help', a document's section '4.3 Project preparation'): set apart by its
    weight where its size sets nothing apart. plain: the document is plain text, where no line is
    bold and the numbering alone says so (a section number alone there is as often a list's item)."""
    return (b.bold or plain) and not words_over(b.text, 20) and bool(
        NUMBERED_TITLE.match(b.text) or _LABELLED_HEADING.match(b.text) or b.bold and _SECTION_TITLE.match(b.text))


def section_number(text: str) -> str:
    """The section number a heading opens with ('4.3' of '4.3 Project preparation'), '' for any other
    line: a document's own numbering of its sections, the area's reference as printed (never cut to
    its first part, as an item's '2.3' is to its area's '2')."""
    m = _SECTION_TITLE.match(text)
    return m.group(1) if m else ""


def numbered_line(b: object) -> bool:
    """Is the block a plain paragraph numbered as an item or a heading is ('2. Update from …'), short?"""
    return isinstance(b, Paragraph) and not b.heading and bool(NUMBERED_TITLE.match(b.text)) \
        and not words_over(b.text, 20)


def _in_numbered_run(blocks: list, i: int) -> bool:
    """Is blocks[i], a numbered line, one of a run of numbered lines set one straight after another,
    nothing of their own under them ('1. Update from the policy group' / '2. Update from …', an
    agenda's items)? A numbered heading over a table has the table, or its own text, under it."""
    return any(0 <= j < len(blocks) and numbered_line(blocks[j]) for j in (i - 1, i + 1))


def _first_cells(block: object) -> list[str]:
    """The first filled cell of each row of a table (its references, where it numbers its rows);
    [] for anything else."""
    if not isinstance(block, Table):
        return []
    return [next((c.text.strip() for c in row.cells if c.text.strip()), "") for row in block.rows]


def _over_own_actions(blocks: list, i: int) -> bool:
    """Is block i right over a table whose heading row (its first or second) names a column of
    actions beyond doubt ('No. | Action | Responsible | …')?"""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if not isinstance(nxt, Table):
        return False
    for row in nxt.rows[:2]:
        cells = [(c.col, c.colspan, c.text) for c in row.cells if c.text.strip()]
        header = read_header(cells, [], first=True) if len(cells) >= 2 else None
        if header is not None and any(c.field == "action" and classify(c.label)[1] >= 90 for c in header.columns):
            return True
    return False


_PART_BLOCKS = 8  # blocks of a numbered item's part looked through for its table of actions


def _part_holds_own_actions(blocks: list, i: int, running: float = 0.0) -> bool:
    """Does the part that heading i opens hold a table whose heading row names a column of actions
    and one of who or when (_plan_table), before the next heading that ranks as heading i does or above
    it? ('Change idea 1: Same-day triage' / its key-value table / 'PLAN' / 'What needs to be done |
    Who | When'.)"""
    h = blocks[i]
    for j in range(i + 1, min(len(blocks), i + 1 + _PART_BLOCKS)):
        b = blocks[j]
        if isinstance(b, Paragraph) and (looks_like_heading(b, running) or b.bold) \
                and _ranks_above(h, b, running) is not True:
            return False  # the next item's heading, or one beside it: the part ends
        if isinstance(b, Table) and _plan_table(b):
            return True
    return False


def _plan_table(table: Table) -> bool:
    """Does the table's heading row (its first or second) name a column of actions and one of who
    does them or by when ('What needs to be done to run the test | Who | When | Where')?"""
    for row in table.rows[:2]:
        cells = [(c.col, c.colspan, c.text) for c in row.cells if c.text.strip()]
        header = read_header(cells, [], first=True) if len(cells) >= 2 else None
        if header is not None and "action" in header.fields() and {"lead", "due"} & set(header.fields()):
            return True
    return False


def _table_follows(blocks: list, i: int, within: int = 6, running: float = 0.0, forms: bool = True) -> bool:
    """Is the next table after block i the next block, or after a few plain paragraphs (an
    introduction under the heading; or up to twice as many short ones, such as a goal and two
    short lists over a slide's table), with no other heading between (a line naming the area's lead,
    'Theme lead: …', is the heading's own, whatever its type)? A form written as labelled
    lines ('What will be done: …' / 'Owner: …', two of them) is such a table too."""
    words = labelled = 0
    for k, b in enumerate(blocks[i + 1:i + 2 + 2 * within]):
        if isinstance(b, Table):
            return k <= within or words <= _SHORT_LEAD_WORDS
        if figure_note(b.text):
            continue  # 'Budgeted cost: £20,663' between a heading and its table is a note on the table
        if _parts_heading_from_table(b, running, forms):
            return False
        labelled += labelled_line(b.text) is not None
        if labelled >= 2 and forms:
            return True
        words += len(b.text.split())
    return False


_SHORT_LEAD_WORDS = 120


def _parts_heading_from_table(b: Paragraph, running: float, forms: bool) -> bool:
    """Does paragraph b, between a heading and the table below, part them: another heading, a banner,
    or (a heading set only in bold) any bold line? A line naming the area's lead ('Theme lead: Priya
    Sharma', set as the heading is, bold in a theme cell) is the heading's own, whatever its type; it
    is still a labelled line of a form written as lines ('Lead: …' / 'Status: …'), so it is not
    skipped, only never a heading."""
    if area_lead_of(clean(b.text)):
        return False
    return looks_like_heading(b, running) or bool(read_banner(b.text)) or not forms and b.bold


def horizon_headings(blocks: list, running: float = 0.0) -> dict[int, Horizon]:
    """{block index: horizon} for period or state headings written directly above tables ('Q1 2025',
    '2025/26', 'Done'), when the document's headings hold a run of them (normalise/horizons.py):
    the rows below take the heading as their timeframe, due or status (actions.build_action)."""
    headings = {i: b for i, b in enumerate(blocks[:-1])
                if isinstance(b, Paragraph) and looks_like_heading(b, running)}
    # days alone ('30 June 2026', '31 March 2027'), two or more, each right over a table: deadlines
    # the tables' rows are due by, not a paper's or a meeting's date (which is one, over no table)
    days = {i: h for i, b in headings.items() if (h := read_horizon(clean(b.text), day_alone=True)) is not None
            and h.dated and read_horizon(clean(b.text)) is None and _table_follows(blocks, i, running=running)}
    if len({h.text for h in days.values()}) < 2:
        days = {}
    # in plain text a line heads the table straight under it with no blank line between ('November
    # 2025' / 'Action | Lead' rows): no style sets it apart, but two dated periods or more, each alone
    # on its line right over a table, are headings of when the rows below are due
    bare = {i: h for i, b in enumerate(blocks[:-1]) if i not in headings and isinstance(b, Paragraph)
            and isinstance(blocks[i + 1], Table) and not b.bold
            and (h := read_horizon(clean(b.text))) is not None and h.kind == "period" and h.dated}
    if len({h.text for h in bare.values()}) >= 2:
        headings.update({i: blocks[i] for i in bare})
        headings = dict(sorted(headings.items()))
    if not days and not HorizonTrack([b.text for b in headings.values()]).run:
        return {}
    found = {}
    for i, b in headings.items():
        h = days.get(i) or read_horizon(clean(b.text))
        if h is not None and _table_follows(blocks, i, running=running):
            found[i] = h
    return found


def areas_over_horizons(blocks: list, horizons: dict[int, Horizon], running: float = 0.0) -> dict[int, tuple[str, str]]:
    """{block index: (area_ref, title)} for a topic heading written directly above a period or
    state heading over a table ('## Early help' / '### Q1 2025' / table): the area of the tables
    under its periods, as a heading directly above a table would be (heading_areas)."""
    found = {}
    for i in horizons:
        j = i - 1
        b = blocks[j] if j >= 0 else None
        if j in horizons or not (isinstance(b, Paragraph) and looks_like_heading(b, running)):
            continue
        text = clean(b.text)
        if read_horizon(text) is not None or read_banner(text) or _NOT_AREA & set(fold(text).split()) \
                or not 1 <= len(text.split()) <= 20:
            continue  # (a banner, 'Priority 2: …', is read elsewhere)
        m = NUMBERED_TITLE.match(text) or _LABELLED_HEADING.match(text)
        found[j] = (m.group(1), m.group(2).strip()) if m else ("", text)
    return found if len(found) >= 2 else {}  # one is as likely the plan's title


def slide_areas(drafts: list[Draft], context: dict[str, str]) -> list[Draft]:
    """Actions a list on a slide gives (a deck of bullets with 'Owner:' / 'By:' lines): the area is
    the slide's title (normalise/slides.py), whatever heading the list reading took above them."""
    if context.get("area_source") != "slide":
        return drafts
    for d in drafts:
        d.context.update(area_ref=context.get("area_ref", ""), area=context.get("area", ""))
    return drafts


_BOLD_TITLE_WORDS = 15  # words of a bold line titling a table, at most


def bold_titles_over_alike_tables(blocks: list, running: float = 0.0) -> set[int]:
    """Indices of lines set only in bold (no larger type, no number) each right over a table, or over
    one plain paragraph and a table, where two or more of those tables print the same heading row
    ('Strengthen technical capabilities' / 'Avoid being "too big to fail"' over 'Our Next Steps: Goals
    | Our Measures of Success' each): the document repeats one table per group, and the bold line
    over each names its group, as a styled heading would. A bold line over a table of its own kind
    names nothing that groups (a caption, a label)."""
    over: dict[int, str] = {}
    for i, b in enumerate(blocks[:-1]):
        if not isinstance(b, Paragraph) or not b.bold or looks_like_heading(b, running):
            continue
        text = clean(b.text)
        if not 1 <= len(text.split()) <= _BOLD_TITLE_WORDS or text.endswith((".", ":", ";", ",")) \
                or sum(1 for w in text.split() if sum(ch.isalpha() for ch in w) >= 3) < 2:
            continue  # (a title has words: '2 4' in bold over a table is a reference or a page's number)
        nxt = blocks[i + 1]
        if isinstance(nxt, Paragraph) and not nxt.bold and not looks_like_heading(nxt, running) \
                and i + 2 < len(blocks):
            nxt = blocks[i + 2]  # (a sentence under the title, 'Government will: …', then its table)
        if isinstance(nxt, Table) and nxt.rows:
            over[i] = fold(" | ".join(squash(c.text) for c in nxt.rows[0].cells if c.text.strip()))
    alike = {k: n for k in set(over.values()) if k and (n := sum(1 for v in over.values() if v == k)) >= 2}
    titles = {i for i, k in over.items() if k in alike}
    # a title over a table of another shape inside the run of them, each right after the table before
    # ('Teaching priorities …' over 'Aim | Target | Target date' between titles over 'Measure | Activity |
    # Target date'): one of the document's groups too, printed in a table of its own shape
    run: list[int] = []
    for i in sorted(over):
        if run and not _next_after_table(blocks, run[-1], i):
            if titles & set(run):
                titles |= set(run)
            run = []
        run.append(i)
    if titles & set(run):
        titles |= set(run)
    return titles


def _next_after_table(blocks: list, i: int, j: int) -> bool:
    """Is the title at j the next block after the table under the title at i (and its sentence)?"""
    k = i + 1
    while k < j and not isinstance(blocks[k], Table):
        k += 1
    return k < j and k + 1 == j


def heading_areas(blocks: list, running: float = 0.0) -> dict[int, tuple[str, str]]:
    """{block index: (area_ref, title)} for headings written directly above tables ('2. Early help',
    'Reducing drift'): the area of that table's actions. Only when two or more tables have one (a
    single heading above a table is as likely the plan's title), never a heading that names a
    plan or a kind of table; banners ('Priority 2: …') are read elsewhere. A heading is one by its
    style or by its type (looks_like_heading; `running`: the running text's size); a note that
    the table goes on ('(continued)') is no part of the area's title."""
    found = {}
    banners = 0  # banner headings over tables ('Theme 1: Skills'): read elsewhere, but part of the run
    # plain text sets nothing apart by style: there a line numbered as a heading is one
    # (a heading flag there is the reader's guess from the layout: 'Introduction' alone on its line)
    plain = not any(isinstance(b, Paragraph) and (b.bold or b.size) for b in blocks)
    titles = bold_titles_over_alike_tables(blocks, running)
    for i, b in enumerate(blocks[:-1]):
        if not isinstance(b, Paragraph):
            continue
        styled = looks_like_heading(b, running) or i in titles
        # a bold title after a bare code over rows numbered under it ('A Net zero council' over 'A.1',
        # 'A.2'): numbered as a heading is, by the rows' own references
        coded = bare_code_over(clean(b.text), _first_cells(blocks[i + 1])) if b.bold or plain else None
        # a numbered line set apart only by its weight (or in plain text by nothing) heads a table
        # that follows it, not labelled lines (a minute's 'Action: …' under its bold '3. Budget')
        if not ((styled or _bold_numbered(b, plain) or coded) and _table_follows(blocks, i, running=running,
                                                                                  forms=styled)):
            continue
        if not styled and not coded and _in_numbered_run(blocks, i):
            continue  # '1. Items for consideration' / '2. GovTool demo': an item of a numbered list (an agenda)
        text = without_lead(continued_title(clean(b.text))[0])
        if read_banner(text):
            banners += 1
            continue
        part = part_heading_of_cue(blocks, i, running)
        if part is not None:
            # 'What we will do next' right over the table, the section's heading above it ('2. Behaviour
            # and attitudes', over its 'Key strengths' too): the cue names the table, the section is the area
            i, b = part, blocks[part]
            text = continued_title(clean(b.text))[0]
            banner = read_banner(text)
            if banner:  # 'Outcome 2: Children are safe' over its indicators, its story and 'What we will do'
                found[i] = banner
                continue
        spanning = _SPANNING_BANNER.match(squash(text))
        if spanning and _over_own_actions(blocks, i):
            # 'Recommendation 3: …' right over a table that says in a column of its own what is to
            # be done: the banner of the actions answering it (a banner row drawn apart from its table)
            found[i] = (spanning.group(1), spanning.group(2).strip())
            continue
        item = _LABELLED_HEADING.match(text)
        if item and (labelled_line(text) or ("",))[0] == "action" and _part_holds_own_actions(blocks, i, running):
            # 'Change idea 1: Same-day triage' over a part whose table says in a column of its own what is
            # to be done ('What needs to be done to run the test | Who | When'): the group of those
            # actions, as a recommendation's banner over the actions answering it is
            found[i] = (item.group(1), item.group(2).strip())
            continue
        # (a kind of table named in the title of a labelled heading, 'Test of change 1: Standard template
        # for case summaries', is its subject: only the label before the number says what the part is;
        # but a label dividing the document, 'Part A', 'Annex 2', says nothing of what the part is: there
        # the title does, 'Part A: Pupil premium strategy plan' being the plan itself, no area of it)
        label = fold(text[:item.start(1)]).split() if item else []
        kind_words = label if label and label[0] not in _DOCUMENT_PARTS else fold(text).split()
        if item and label and label[-1] in _CARD_WORDS:
            # 'Report card 1: Children are safe from harm': one of a set of cards, its title names its area
            kind_words = fold(item.group(2)).split()
        # (a kind's word before a word of aims modifies it: 'Strategy aims for disadvantaged pupils' names aims)
        after = [*kind_words[1:], ""]
        kind_words = [w for w, nxt in zip(kind_words, after[:len(kind_words)], strict=True)
                      if not (w in _NOT_AREA and nxt in KIND_BEFORE_AIM_WORDS)]
        if split_timeframe(text)[0] or _NOT_AREA & set(kind_words) or names_action_log(text) or figure_note(text) \
                or not 1 <= len(text.split()) <= 20 or labelled_line(text) is not None \
                or numbered_block_heading(text) is not None or area_lead_of(text) or outline_item(text):
            continue  # ('Action 1: Publish a catalogue' over its labelled lines is the form's own title, as
            # 'Objective 1.3' over its label table numbers an item within area 1; a line naming the table
            # a log of actions, 'TB (5) 1.i Action Log as of 2 March 2011', is the document's title, as
            # 'Actions tracker' is: bold over the first of its alike tables, still no group of them)
        m = NUMBERED_TITLE.match(text) or _LABELLED_HEADING.match(text) \
            or (_SECTION_TITLE.match(text) if b.bold else None)
        found[i] = (m.group(1), m.group(2).strip()) if m else coded or dashed_code(text) or ("", text)
    if len(found) == 1 and not banners and _run_goes_on_in_table(blocks, *next(iter(found.items()))):
        return found
    # one heading over one table is as likely the plan's title: only a run of them marks areas
    return found if len(found) + banners >= 2 and found else {}


def without_lead(text: str) -> str:
    """A heading without the label naming its area's lead run on after its title ('1. Access and
    waiting times Theme lead: Rachel Green', a theme cell's lines read as one): the title, read as
    any heading is (the walker takes the lead, headers.split_area_lead); a line that is a lead's
    label alone ('Theme lead: Jo Ames') stays as it is."""
    title, lead = split_area_lead(text)
    return title if lead and title.strip() else text


def _run_goes_on_in_table(blocks: list, i: int, area: tuple[str, str]) -> bool:
    """Is heading i, numbered ('1. Healthy lives'), the first of a run whose next members the table
    right below it holds as rows of one cell ('2. Clean and green', '3. Net zero': a PDF read the
    later headings into the table, each over its own heading row)? Then it is an area, though no
    other heading is printed apart."""
    ref = area[0]
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if not ref or not isinstance(nxt, Table):
        return False
    after = str(int(ref) + 1) if ref.isdigit() else chr(ord(ref) + 1) if len(ref) == 1 and ref.isalpha() else ""
    for row in nxt.rows:
        cells = [c for c in row.cells if c.text.strip()]
        m = NUMBERED_TITLE.match(clean(cells[0].text)) if len(cells) == 1 else None
        if m is not None and m.group(1) == after:
            return True
    return False


def _styled_apart(b: Paragraph, h: Paragraph) -> bool:
    """Do the source's ranks or the type (size, weight) set the two headings apart?"""
    return bool(b.rank and h.rank) or bool(b.size and h.size and (abs(b.size - h.size) >= 0.5 or b.bold != h.bold))


def _ranks_above(b: Paragraph, h: Paragraph, running: float) -> bool | None:
    """Does heading b rank above heading h (h sits inside b's part)? By the source's ranks when both
    have one ('##' over '###'), else by type size when both are sized (13pt over 10.5pt), else by a
    number b prints as a group's and h does not ('Principal risk 2: …' over 'Actions to close the
    gaps'). None when nothing tells (two plain lines of a text file)."""
    if b.rank and h.rank:
        return b.rank < h.rank
    if b.size and h.size and abs(b.size - h.size) >= 0.5:
        return b.size > h.size
    if b.size and h.size and b.bold != h.bold:
        return b.bold  # same size: the bold line over the plain one
    numbered = bool(read_banner(clean(b.text)) or NUMBERED_TITLE.match(clean(b.text))
                    or _LABELLED_HEADING.match(clean(b.text)))
    if numbered and not (NUMBERED_TITLE.match(clean(h.text)) or _LABELLED_HEADING.match(clean(h.text))):
        return True
    return None if not (b.rank or h.rank or b.size or h.size) else False


def list_cue_inside_group(blocks: list, i: int, area: str, running: float = 0.0) -> bool:
    """Is heading i one that only names the list under it ('Actions to close the gaps', 'What we
    will do', 'Next steps', 'How we will get there': vocab.LIST_ACTION_HEADING_WORDS, no commitment
    of its own), inside the part of the document whose heading gave the current area ('Principal
    risk 2: Failure to secure good outcomes for care leavers', a goal's heading)? Then that heading
    stays the area and this one is the list's cue, as the list readers hold it (commitments.py:
    'a sub-heading naming its theme's list as actions: the theme holds'). The part's heading is
    found by walking back over the headings ranking as this one does or below it (its siblings 'Key
    controls', 'Gaps in control') to the first that ranks above it."""
    from planx.normalise.commitments import names_actions
    if not area or names_actions(area):
        return False
    k = part_heading_of_cue(blocks, i, running)
    return k is not None and fold(area) in fold(blocks[k].text)


def part_heading_of_cue(blocks: list, i: int, running: float = 0.0) -> int | None:
    """The index of the heading of the part of the document that heading i, one that only names the
    list under it ('What we will do next', 'Next steps'), sits in: the first heading before it that
    ranks above it, over its siblings ('Key strengths', 'Gaps in control'); None when heading i names
    more than its list or nothing tells which heading is the part's."""
    from planx.normalise.columns import commits_to
    from planx.normalise.commitments import WORD, names_actions
    h = blocks[i]
    if not isinstance(h, Paragraph):
        return None
    title = continued_title(clean(h.text))[0]
    if not names_actions(title) or commits_to([w.lower() for w in WORD.findall(title)], within=2) \
            or NUMBERED_TITLE.match(title) or _LABELLED_HEADING.match(title):
        return None
    actions_after = False  # a table of actions between heading i and the heading looked at
    alike = None  # the nearest heading set as this one is that names more than a list (a section's, maybe)
    for k in range(i - 1, -1, -1):
        b = blocks[k]
        if isinstance(b, Table):
            actions_after = actions_after or _names_actions(b)
            continue
        if not isinstance(b, Paragraph) or not (looks_like_heading(b, running) or read_banner(clean(b.text))
                                                or _bold_numbered(b)):
            continue
        above = _ranks_above(b, h, running)
        if above is None:
            return alike  # nothing tells which heading is the part's: the nearest stays the area
        if above and actions_after and not _styled_apart(b, h):
            return alike  # ranked above by its number alone, over actions of its own ('Phase I – …'): a sibling
        if above:
            # the document's title ranks above every heading: where the sections are set as this cue
            # is ('Working in partnership' … 'Example actions', both 15pt bold), the nearest of them is
            # the part's heading, not the title
            return alike if alike is not None and _first_heading(blocks, k, running) else k
        if actions_after:
            return alike  # a sibling over actions of its own ('Goal 1' over its table, then 'Next steps'): a section
        text = continued_title(clean(b.text))[0]
        if alike is None and _set_alike(b, h) and not names_actions(text) and not side_box_heading(text):
            alike = k
    # no heading ranks above: the cue is set as the sections are, and the nearest section's is the part's
    return alike


def _set_alike(b: Paragraph, h: Paragraph) -> bool:
    """Are the two headings set alike: one rank where the source ranks both, else one size and weight?"""
    return b.rank == h.rank if b.rank and h.rank else not _styled_apart(b, h)


def _first_heading(blocks: list, k: int, running: float) -> bool:
    """Is heading k the document's first (its title: nothing set as a heading before it)?"""
    return not any(isinstance(b, Paragraph) and looks_like_heading(b, running) for b in blocks[:k])


def side_box_heading(text: str) -> bool:
    """Does a heading title a box set beside a section's text ('Case study of success', 'Spotlight on
    …': vocab.SIDE_BOX_HEADING_OPENINGS)? A story told aside: the actions after the box are not its own."""
    folded = fold(text).strip(" :.")
    return any(folded == w or folded.startswith(w + " ") for w in SIDE_BOX_HEADING_OPENINGS)


# a section heading typed as a plain paragraph, numbered: '2. Revenue Enhancements', 'B) Facilities',
# 'IV. Staffing', or after the word naming its kind, 'Phase II – Short-Term Actions', 'Section 3: Buses'
_PLAIN_NUMBERED = re.compile(r"^\s*(?:(?P<word>[A-Z][a-z]{2,14})\s+(?P<wref>\d{1,2}|[A-Z]|[IVX]{1,4})\s*[:.)–—-]"
                             r"|(?P<ref>\d{1,2}|[A-Z]|[IVX]{1,4})\s*[.):])\s+(?P<title>[A-Za-z(\"'‘“].*)$", re.S)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_PLAIN_HEADING_WORDS = 12  # words of a plain paragraph heading a section, at most
_SENTENCE_END = (".", ";", ",", "!", "?")


def _plain_numbered(text: str) -> tuple[str, str, str] | None:
    """(kind, ref, title) of a heading numbered as a section's ('Phase II – Short-Term Actions' →
    ('phase:roman', 'II', 'Short-Term Actions')); None when it is not numbered."""
    m = _PLAIN_NUMBERED.match(text)
    if not m:
        return None
    ref = m.group("wref") or m.group("ref")
    scheme = "digit" if ref.isdigit() else "roman" if ref in _ROMAN and (ref != "I" or m.group("word")) else "letter"
    return f"{(m.group('word') or '').lower()}:{scheme}", ref, m.group("title").strip()


def _ordinal(ref: str, scheme: str) -> int:
    return int(ref) if scheme == "digit" else _ROMAN.get(ref, 0) if scheme == "roman" else ord(ref) - ord("A") + 1


def _names_actions(table: Table) -> bool:
    """Does the table's heading row (its first or second) name a column of actions ('Action |
    Responsible | Timeline | Status')? A table of figures names none."""
    for row in table.rows[:2]:
        cells = [(c.col, c.colspan, c.text) for c in row.cells if c.text.strip()]
        header = read_header(cells, [], first=True) if len(cells) >= 2 else None
        if header is not None and "action" in header.fields():
            return True
    return False


def plain_section_headings(blocks: list, running: float = 0.0) -> dict[int, tuple[str, str]]:
    """{block index: (area_ref, title)} for section headings typed as plain paragraphs (no heading
    style, the body's own font: a Word user's bold 'Phase I – Immediate Actions', '2. Revenue
    Enhancements', 'FACILITIES'), over the tables of a plan. A paragraph is one only on the document's
    own evidence: short, ending unlike a sentence, standing alone right over a table (after a table or
    body text), and one of two or more such lines set apart alike: numbered in one sequence ('1.', '2.',
    '3.'; 'Phase I', 'Phase II'), or all bold, or all in capitals, or all larger than the text, or (set
    apart by nothing) each between two tables but the first. A heading over a table of figures is kept
    as ('', ''): it ends the area above it and gives none to a plan table after it; one over another
    table whose heading row names no actions (a log's topic over its rows) is left to other readers."""
    groups: dict[tuple, list[tuple[int, str, str, str]]] = {}
    under: dict[int, int] = {}  # heading line → the table it stands over (past its labelled lines)
    tentative: set[int] = set()  # lines under another short line: members only beside firm ones
    for i, b in enumerate(blocks[:-1]):
        if not isinstance(b, Paragraph) or b.heading:
            continue
        at = _table_below(blocks, i)
        if at is None:
            continue
        under[i] = at
        prev = blocks[i - 1] if i else None
        if isinstance(prev, Paragraph) and not prev.text.rstrip().endswith(_SENTENCE_END) \
                and not words_over(prev.text, _PLAIN_HEADING_WORDS):
            # a line under another short line: a title's, or a heading's part, not alone; unless its
            # siblings set apart alike head tables of their own ('Activity this year' / 'Teaching' /
            # table … 'Targeted support' / table: the first of the sections under the part's title)
            tentative.add(i)
        text = continued_title(clean(b.text).rstrip(" :"))[0]
        words = text.split()
        if not 1 <= len(words) <= _PLAIN_HEADING_WORDS or text.endswith(_SENTENCE_END) \
                or sum(ch.isalpha() for ch in text) < 3 or read_banner(text) or labelled_line(text) is not None \
                or figure_note(text) or names_action_log(text) or _NOT_AREA & set(fold(text).split()) \
                or part_heading_of_cue(blocks, i, running) is not None:
            continue  # ('What we will do' inside a card or section: its heading, ranking above, is the area)
        numbered = _plain_numbered(text)
        letters = [ch for ch in text if ch.isalpha()]
        caps = len(letters) >= 4 and all(ch.isupper() for ch in letters)
        larger = running > 0 and b.size >= running + 1
        if numbered is not None:
            key: tuple = ("numbered", numbered[0])
            ref, title = numbered[1], numbered[2]
        else:
            if not text[0].isupper() or any(ch.isdigit() for ch in text):
                continue  # ('Total 2024: $1.2m' under a table is a note on it)
            key = ("set", b.bold, caps, round(b.size) if larger else 0)
            ref, title = "", text
        groups.setdefault(key, []).append((i, ref, title, "" if prev is None else type(prev).__name__))
    found: dict[int, tuple[str, str]] = {}
    for key, members in groups.items():
        firm = [m for m in members if m[0] not in tentative]
        if len(firm) < 2:
            continue  # one line over one table is as likely the plan's title or a caption
        members = firm if key[0] == "numbered" else \
            sorted(firm + [m for m in members if m[0] in tentative and _first_of(m[0], firm)])
        if key[0] == "numbered":
            scheme = key[1].split(":")[1]
            order = [_ordinal(ref, scheme) for _, ref, _, _ in members]
            if any(b != a + 1 for a, b in zip(order, order[1:], strict=False)):
                continue  # numbers out of sequence: items, dates or codes, no sections
        elif key == ("set", False, False, 0) and any(p != "Table" for _, _, _, p in members[1:]):
            continue  # set apart by nothing: only its place alone between tables says it heads one
        for i, ref, title, _ in members:
            if _names_actions(blocks[under[i]]):
                found[i] = (ref, title)
            elif table_of_figures(blocks[under[i]]):
                found[i] = ("", "")
            # (over a table whose heading row names no actions, a topic of a log's: left to its readers)
    if not any(area for area in found.values()):
        return {}
    return found


_LABELLED_BETWEEN = 2  # labelled lines between a plain heading and its table, at most
_LABEL_VALUE_WORDS = 5  # the value of such a line: a figure, a name, a date, not a sentence
# a short label run in before a colon and its value ('Budgeted cost: £42,000', 'Lead: Head of Maths')
_RUN_IN_LABEL = re.compile(r"^\s*[A-Z][\w'’()/&-]*(?:\s+[\w'’()/&-]+){0,4}\s*:\s+\S")


def _table_below(blocks: list, i: int) -> int | None:
    """The block index of the table right under line i, past up to _LABELLED_BETWEEN short labelled
    lines about it ('Budgeted cost: £42,000' between a section's name and its table), or None."""
    j = i + 1
    while j < len(blocks) and j - i <= _LABELLED_BETWEEN and isinstance(blocks[j], Paragraph) \
            and not blocks[j].heading and not words_over(blocks[j].text, _PLAIN_HEADING_WORDS) \
            and _labelled_line(clean(blocks[j].text)):
        j += 1
    return j if j < len(blocks) and isinstance(blocks[j], Table) else None


def _labelled_line(text: str) -> bool:
    """A short label and its value ('Budgeted cost: £42,000'), not a sentence run in after a colon
    ('Government will: support empowered communities.'): the value short and not ending a sentence."""
    m = _RUN_IN_LABEL.match(text)
    if m is None or text.rstrip().endswith(_SENTENCE_END):
        return False
    return len(text.split(":", 1)[1].split()) <= _LABEL_VALUE_WORDS


def _first_of(i: int, firm: list[tuple[int, str, str, str]]) -> bool:
    """Is the tentative line i before all the firm lines of its set (the first section, under the
    part's title), not after one of them?"""
    return i < min(m[0] for m in firm)


_FIGURE = re.compile(r"^[(\-–]?[$£€]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|[kmb]n?|million|billion)?\)?$", re.I)


def table_of_figures(table: object) -> bool:
    """Is the table one of figures (a fund balance by year: 'Fiscal year | Revenue | Expenditure' over
    '$41,200,000' cells), naming no actions: its cells past the first row and column mostly numbers,
    money or percentages?"""
    if not isinstance(table, Table) or _names_actions(table):
        return False
    values = [squash(c.text) for row in table.rows[1:] for c in row.cells if c.col > 0 and c.text.strip()]
    return len(values) >= 2 and sum(1 for v in values if _FIGURE.match(v)) >= 0.7 * len(values)


def areas_ending_after_figures(blocks: list, headings: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """{table index: (area_ref, title)} for each heading right over a table of figures
    (table_of_figures): its area ends with that table, and a plan table further on with no heading of
    its own ('General Fund Balance' / its figures / 'The district will …' / the actions) is no part
    of it."""
    return {i + 1: area for i, area in headings.items() if i + 1 < len(blocks) and table_of_figures(blocks[i + 1])}
