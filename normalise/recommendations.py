"""Plans that number their recommendations through the whole document, as paragraphs under its sections.

    ## 1. Lay the foundations
    ### 1.1 Building secure infrastructure
    (prose …)
    To achieve this, government should:
    1. Set out, within 6 months, a long-term plan for … (the paragraph goes on to explain it)
    2. Expand the capacity of the research resource by at least 20x by 2030 …
    ### 1.2 Unlocking data assets
    (prose …)
    7. Rapidly identify at least 5 high-impact public datasets …

A national action plan, a review's recommendations, a council's commitments: the actions are
paragraphs numbered 1, 2, 3 … and the numbering runs on across the sections (7 follows 6 under the
next heading), so the numbers are the document's, not a list's. A reader takes each numbered paragraph
as one action (with the bullets that finish its sentence: '… by:' / '- Investing in …'), its area the
nearest numbered heading above it ('1.2 Unlocking data assets' → area_ref '1.2', area its title).

Evidence asked (a report's numbered paragraphs, a footnote list, a list restarting under each heading
are none of it):
- a run of numbered paragraphs rising by one from 1, at least _MIN_ITEMS long, that carries on across
  at least _MIN_SECTIONS headings;
- most of its paragraphs open with an instruction's verb ('Set out', 'Expand', 'Establish');
- the document calls itself a plan, strategy or set of recommendations (its title or file name);
- no other run numbered from 1 again (a part numbering its own list: the list readers read those), no
  heading above the items naming them as another kind of list ('The Principles', 'Our values'), and
  items that do not print their own lead and date labels (the list readers read labelled items).
"""
from __future__ import annotations

import re

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.columns import opens_with_gerund, opens_with_verb
from planx.normalise.lists import ListAction, ListReading, read_labels
from planx.normalise.text import fold, phrase_alternation, squash, words_over
from planx.normalise.title import body_size
from planx.normalise.vocab import (
    DECISION_ITEM_VERBS,
    NUMBERED_PART_WORDS,
    PLAN_DOCUMENT_WORDS,
    RECOMMEND_ADVERBS,
    RECOMMEND_THAT,
    RECOMMENDATION_DOCUMENT_WORDS,
    RECOMMENDERS,
    RUN_IN_LABEL_STOP,
)

# '7. Rapidly identify …', '4)  Ascertain …', or the number set apart by spaces alone ('1     Check with …')
# (a page's text may have lost the spaces: '1 Check with …'; a bare number then opens a capital's word,
# and only a run rising by one from 1 through the document's sections is read as its recommendations)
_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,3})(?:[.)]\s+(?=[A-Za-z(‘'\"“])|\s+(?=[A-Z‘'\"“(]))(?P<text>\S.*)$", re.S)
_BULLET = re.compile(r"^\s*[-•*·▪●◦]\s+(?=\S)")
# a heading numbered as a section ('2.', '1.2 Unlocking data assets', '3 Secure our future')
_SECTION = re.compile(r"^\s*(?P<ref>\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?P<title>\S.*)$", re.S)
# a line naming a part of the document by a word and its number ('Section 1: access to a doctor or nurse')
# a heading naming its part by a word and a number, then the title with no stop between ('Theme 01
# Transforming our services', as a web page's heading sets the number in a span of its own)
_WORDED_HEADING = re.compile(rf"^\s*(?:{'|'.join(sorted(NUMBERED_PART_WORDS))})\s+(?P<ref>\d{{1,2}}[a-z]?)\s+"
                             r"(?P<title>[A-Z]\S*(?:\s+\S+)*)$", re.I | re.S)
_WORDED = re.compile(rf"^\s*(?:{'|'.join(sorted(NUMBERED_PART_WORDS))})\s+(?P<ref>\d{{1,2}}[a-z]?)\s*[:.–—-]\s*"
                     r"(?P<title>\S.*)$", re.I | re.S)
_SECTION_WORDS = 12  # a plain line this long at most, with no stop, may head a section
_FOOTNOTE = re.compile(r"(↩|\[\^?\d+\])\s*$")  # a note's back-link closing it: a footnote, not an action
_MIN_ITEMS = 6  # a run shorter than this is a numbered list, which the list readers weigh
_MIN_SECTIONS = 1  # the run carries on past a heading: the document numbers them, not a list
_RESTART_ITEMS = 3  # a second run this long (numbers from 1 again) says each part numbers its own list
_VERB_SHARE = 0.6  # the share of its paragraphs that must open with an instruction's verb
_TITLE_LINES = 3
_ADVERB = re.compile(r"^\s*[A-Z][a-z]{3,}ly\s+(?=[a-z])")
_DOC_WORDS = PLAN_DOCUMENT_WORDS | RECOMMENDATION_DOCUMENT_WORDS


def opens_instruction(text: str) -> bool:
    """Opens with an instruction's verb, or with a manner adverb before one ('Rapidly identify …',
    'Strategically allocate …'), or with the verb's -ing form, as a strategy numbers its actions
    ('Delivering four exemplar digital services by March 2015', 'Digitally redesigning all other
    services …')."""
    m = _ADVERB.match(text)
    rest = text[m.end():] if m else text
    return opens_with_verb(rest) or opens_with_gerund(rest)


def _names_plan(raw: RawDocument) -> bool:
    """Its first lines or its file name call it a plan, strategy or recommendations."""
    lines = [b.text for b in raw.blocks[:_TITLE_LINES] if isinstance(b, Paragraph)]
    words = set(fold(" ".join([*lines[:_TITLE_LINES], re.sub(r"[_\-.]", " ", raw.name or "")])).split())
    return bool(_DOC_WORDS & words)


def _runs(raw: RawDocument) -> list[list[tuple[int, int, str]]]:
    """Runs of numbered paragraphs (block, number, text) rising by one from 1, in document order."""
    runs: list[list[tuple[int, int, str]]] = []
    body = body_size([b for b in raw.blocks if isinstance(b, Paragraph)])
    for i, b in enumerate(raw.blocks):
        if not isinstance(b, Paragraph):
            continue
        if _section_line(b) and not _next_item(runs, b, i):
            continue  # a heading, or a line heading a section ('2 Seeing a doctor'): no item
        if body and 0 < b.size < body - 0.5:
            continue  # a numbered line in type smaller than the text: a footnote ('5 HM Government, …')
        m = _NUMBERED.match(b.text)
        if m is None:
            continue
        n = int(m.group("n"))
        # the run it carries on: the latest whose last number is one less ('6.' goes on from '1.'–'5.'
        # across a section's own list '1.'–'4.' set between them)
        going = next((r for r in reversed(runs) if r[-1][1] == n - 1), None) if n > 1 else None
        if going is not None:
            going.append((i, n, m.group("text")))
        elif n == 1:
            runs.append([(i, n, m.group("text"))])
    runs.sort(key=lambda r: r[0][0])
    return runs


def _next_item(runs: list[list[tuple[int, int, str]]], b: Paragraph, at: int) -> bool:
    """Is a short plain numbered line the next item of the list just above it ('13. Prioritising use of
    open source technologies' right under '12. Accessing a wider range of suppliers …'), not a line
    heading a section?"""
    m = _NUMBERED.match(b.text)
    if b.heading or m is None or _WORDED.match(b.text):
        return False
    n = int(m.group("n"))
    return any(r[-1][0] == at - 1 and r[-1][1] == n - 1 for r in runs)


def _section_line(b: object) -> bool:
    """A heading, or a plain line that heads a section ('Section 1: access to a doctor or nurse'): short,
    with no stop, naming the part by a word and its number, or by its number ('2 Seeing a doctor')."""
    if not isinstance(b, Paragraph):
        return False
    if b.heading:
        return True
    text = b.text.strip()
    if words_over(text, _SECTION_WORDS) or text.endswith((".", ";", ",", ":")):
        return False
    return bool(_WORDED.match(text) or _SECTION.match(text))


def _headings_crossed(raw: RawDocument, run: list[tuple[int, int, str]]) -> int:
    """Headings between the run's first and last items; the run's own items are none ('6. Scale the
    monitor for production', short and with no stop, reads as a heading alone but is the list's sixth)."""
    items = {i for i, _, _ in run}
    return sum(1 for j in range(run[0][0], run[-1][0]) if j not in items and _section_line(raw.blocks[j]))


def section_of(raw: RawDocument, at: int, items: frozenset[int] = frozenset()) -> tuple[str, str]:
    """(area_ref, area) of the nearest numbered heading above a block ('1.2 Unlocking …' → '1.2', title;
    'Section 1: access …' → '1', 'access …'); items: blocks of the list read, which head nothing."""
    from planx.normalise.area_titles import said_twice
    for k in range(at - 1, -1, -1):
        b = raw.blocks[k]
        if k in items or not _section_line(b):
            continue
        assert isinstance(b, Paragraph)
        if not b.heading and b.links and all(link.target.startswith("#") for link in b.links):
            continue  # '4. [Transforming how we engage](#theme-04-…)': a line of the page's contents
        m = _WORDED.match(b.text) or _SECTION.match(b.text) or (_WORDED_HEADING.match(b.text) if b.heading else None)
        if m is not None:
            return m.group("ref"), said_twice(squash(m.group("title")))
    return "", ""


def _labelled(text: str) -> bool:
    """Does an item print plan labels (a lead, a date, a status: '– Led by: … – Target date: …')?"""
    from planx.normalise.lists import read_labels
    return bool({"lead", "responsible", "due", "status", "rag"} & set(read_labels(text)[1]))


def _with_label_line(raw: RawDocument, at: int, text: str) -> str:
    """The item's text with the paragraph under it when that is a line of labels alone ('Lead officer:
    … | Target: … | RAG: …', set as a paragraph of its own under each numbered action): the item's own
    fields, as labels inside the item would be."""
    below = raw.blocks[at + 1] if at + 1 < len(raw.blocks) else None
    if not isinstance(below, Paragraph) or below.heading or _NUMBERED.match(below.text):
        return text
    before, values, _ = read_labels(below.text)
    return f"{text}\n{below.text}" if not before.strip() and values else text


def _says_who_or_when(text: str) -> bool:
    """Does an item say who leads it or by when, as a list reader reads it ('… by December 2025', '…
    (Head of SEND)')?"""
    from planx.normalise.commitments import item_evidence
    return bool({"lead", "due"} & set(item_evidence(text).fields))


def _under_other_list(raw: RawDocument, at: int) -> bool:
    """Does a heading above the item (the nearest of each rank) name a list of another kind ('The
    Principles', 'Our values', 'Aims')?"""
    from planx.normalise.commitments import names_other_list
    seen: set[int] = set()
    for k in range(at - 1, -1, -1):
        b = raw.blocks[k]
        if isinstance(b, Paragraph) and b.heading and b.rank not in seen:
            seen.add(b.rank)
            if names_other_list(b.text):
                return True
    return False


def read_recommendations(raw: RawDocument) -> ListReading | None:
    """The numbered recommendations of a plan that numbers them through its sections, or None."""
    runs = [[item for item in r if not _FOOTNOTE.search(item[2])] for r in _runs(raw)]
    runs = [r for r in runs if len(r) >= _RESTART_ITEMS]  # a footnote list is none
    long = [r for r in runs if len(r) >= _MIN_ITEMS]
    if len(long) != 1:
        return None  # numbers starting again from 1 under a later part: each part numbers its own list
    run = long[0]
    if _headings_crossed(raw, run) < _MIN_SECTIONS:
        return None
    others = [r for r in runs if r is not run]
    if any(_headings_crossed(raw, r) or len(r) * 2 > len(run) for r in others):
        return None  # another list numbered from 1 that runs on as long, or across a part: the parts number theirs
    # (a list numbered 1–4 inside one section, beside the document's 1–20 across its sections, is that
    # section's own: 'four exemplar services' under the actions' theme)
    if sum(_under_other_list(raw, i) for i, _, _ in run) * 2 > len(run):
        return None  # 'The Principles' / '### Ethical Governance' / '1. Uphold ethics …': principles
    if sum(_labelled(_with_label_line(raw, i, text)) for i, _, text in run) * 2 >= len(run):
        # items printing who and when ('… – Led by: … – Target date: …'), inside the item or on a line
        # of labels under it: the list readers' own
        return None
    if sum(_says_who_or_when(text) for _, _, text in run) * 2 >= len(run):
        return None  # '… in spring 2026 (Principal Educational Psychologist)': the list readers' own too
    verbs = sum(opens_instruction(text) for _, _, text in run)
    if verbs < _VERB_SHARE * len(run):
        return None
    if not _names_plan(raw):
        # instructions numbered through the document, in one that calls itself no plan nor a set of
        # recommendations: a report's recommendations to others; the row says so if nothing else is read
        note = (f"{len(run)} paragraph(s) numbered through the document, {verbs} opening with an instruction "
                f"('{squash(run[0][2])[:50]}' …), in a document whose title or file name calls it no plan nor a "
                "set of recommendations: a report's recommendations to others, not read as actions (kept aside)")
        raw.decline(note)
        return None
    actions: list[ListAction] = []
    blocks: set[int] = set()
    items = frozenset(i for i, _, _ in run)
    for i, n, text in run:
        parts = [squash(text)]
        blocks.add(i)
        # the bullets that finish an item's sentence ('… adoption by:' / '- Investing in …')
        j = i + 1
        while text.rstrip().endswith(":") and j < len(raw.blocks):
            b = raw.blocks[j]
            if not isinstance(b, Paragraph) or b.heading or not _BULLET.match(b.text):
                break
            parts.append(squash(_BULLET.sub("", b.text)))
            blocks.add(j)
            j += 1
        ref, area = section_of(raw, i, items)
        context = {k: v for k, v in (("area_ref", ref), ("area", area)) if v}
        b = raw.blocks[i]
        assert isinstance(b, Paragraph)
        actions.append(ListAction({"action": " ".join(parts), "ref": str(n)}, context, i, b.page, b.line))
    why = (f"{len(actions)} actions read from paragraphs numbered 1–{run[-1][1]} through the document's "
           f"sections ({_headings_crossed(raw, run)} headings crossed; {verbs} opening with a verb; "
           "the document calls itself a plan or recommendations); area = the numbered heading above each")
    return ListReading(actions, blocks, 0.7, why, numbered_through=True)


# a paragraph in which the writer of a review or audit says what it recommends: 'We recommended that the
# State (1) refund …', 'We also recommend that ACF …', 'OIG recommends that CMS …' (its opening words)
RECOMMENDED = re.compile(rf"^\s*(?:{phrase_alternation(RECOMMENDERS)})"
                          # (not 'We recommend that you read the guidance …': advice to the form's or guide's
                          # reader, whom the document asks nothing of; a review recommends to a body it names)
                          rf"\s+(?:(?:{phrase_alternation(RECOMMEND_ADVERBS)})\s+)?{RECOMMEND_THAT}\s+(?!you\b|your\b)\S",
                          re.I)
# … or that it labels as its recommendation, the label run in before a colon or a dash ('Recommendation -
# Ensure sufficient documentation of …', 'Recommendation 2: Emphasize guidance …'): the text after it
_LABELLED = re.compile(rf"^\s*(?:{phrase_alternation(RECOMMENDATION_DOCUMENT_WORDS)})(?:\s+\d{{1,2}})?\s*"
                       rf"{RUN_IN_LABEL_STOP}\s+(?=[A-Z])", re.I)
# a short line naming a part by a word, its number and its title ('Finding 1: Documentation of Supervisory
# Oversight'): the area of the recommendations under it
_PART_LINE = re.compile(r"^\s*[A-Z][a-z]+\s+\d{1,2}\s*[:.\-–—]\s+\S")
_PART_LINE_WORDS = 14
_RUN_ON = 3  # lines of a recommendation's sentence a page's text may have set apart, at most
RECOMMENDED_MAX = 5  # more paragraphs than this so opened: a report's narrative, its recommendations set out elsewhere


def sentence_run_on(raw: RawDocument, i: int, text: str) -> tuple[str, list[int]]:
    """The recommendation's text with the lines that finish its sentence (a scan's lines set apart as
    paragraphs: 'Recommendation - Ensure … oversight' / 'throughout the audit process …' / 'Procedures
    ManuaL.'), and their blocks."""
    taken: list[int] = []
    parts = [squash(text)]
    j = i + 1
    while not parts[-1].rstrip().endswith((".", "!", "?", ":")) and len(taken) < _RUN_ON and j < len(raw.blocks):
        b = raw.blocks[j]
        if not isinstance(b, Paragraph) or b.heading or not b.text.strip() or _PART_LINE.match(b.text):
            break
        parts.append(squash(b.text))
        taken.append(j)
        j += 1
    return " ".join(parts), taken


_FORM_LOOKAHEAD = 4  # lines after a labelled recommendation in which a form's labelled line shows it heads a form


def _heads_a_table_or_form(raw: RawDocument, i: int) -> bool:
    """The labelled line stands over a table ('Recommendation 1: Reduce …' over 'No. | Action |
    Responsible …'): it is that table's banner, the area of the actions the table lists; or it opens a
    form whose labelled lines follow ('Owner: Director of Adult Care', 'Timescale: December 2025'), read
    by the form readers with its owner and date. Either way it is no recommendation written in prose."""
    from planx.normalise.tableforms import labelled_line
    seen = 0
    for b in raw.blocks[i + 1:]:
        if isinstance(b, Paragraph) and not b.text.strip():
            continue
        if not isinstance(b, Paragraph):
            return seen == 0
        if b.heading or seen >= _FORM_LOOKAHEAD:
            return False
        if labelled_line(squash(b.text)) is not None:
            return True
        seen += 1
    return False


def _part_above(raw: RawDocument, i: int) -> dict[str, str]:
    """area_ref and area of the nearest line above naming a part by a word and its number ('Finding 1:
    Documentation of Supervisory Oversight'), or {}."""
    from planx.normalise.banners import grouping_heading
    for k in range(i - 1, -1, -1):
        b = raw.blocks[k]
        if not isinstance(b, Paragraph) or not _PART_LINE.match(b.text) or words_over(b.text, _PART_LINE_WORDS):
            continue
        part = grouping_heading(squash(b.text))
        if part is not None and part[0]:
            return {"area_ref": part[0], "area": part[1]}
    return {}


# a committee paper's recommendation that asks the body it goes to for its decision: 'Cabinet is asked to
# consider and agree …', 'The Committee is recommended to NOTE the report', 'Members are invited to approve …'
_DECISION_SOUGHT = re.compile(r"^\s*(?:the\s+)?[A-Z][\w'’&\- ]{0,60}?\s+(?:is|are)\s+(?:asked|invited|requested|"
                              r"recommended)\s+to\s+(?P<verb>[A-Za-z]+)\b")


def decision_sought(text: str) -> bool:
    """Does a paper's labelled recommendation ask the body it goes to for a decision ('Cabinet is asked to
    consider and agree to the proposed decision', 'The Board is recommended to NOTE the update'): the verb
    after 'is asked to' one of a meeting's own decisions (vocab.DECISION_ITEM_VERBS)? Such a paragraph
    sets no one a task: the meeting decides, and the paper's actions, if any, are elsewhere."""
    m = _DECISION_SOUGHT.match(squash(text))
    return m is not None and fold(m.group("verb")) in DECISION_ITEM_VERBS


def read_recommended(raw: RawDocument) -> ListReading | None:
    """A review's or audit's recommendations stated in its prose: each paragraph that opens by saying
    what the writer recommends ('We recommended that the State (1) refund $1.2 million …, and (4) make
    additional administrative changes …') is one action, whole (its numbered parts are the one
    recommendation's); one that the writer labels as its recommendation ('Recommendation - Ensure …') is
    the text after the label, with the lines that finish its sentence, its area the part named above it
    ('Finding 1: …'). The opening is the evidence: the report asks someone to do something. None when no
    paragraph opens so, or many do."""
    found: list[tuple[int, Paragraph, str]] = []
    for i, b in enumerate(raw.blocks):
        if not isinstance(b, Paragraph) or b.heading:
            continue
        labelled = _LABELLED.match(b.text)
        if labelled is not None:
            if decision_sought(b.text[labelled.end():]):
                continue  # 'Recommendations: Cabinet is asked to agree the decision': a paper's decision sought
            if not _heads_a_table_or_form(raw, i):
                found.append((i, b, b.text[labelled.end():]))
        elif RECOMMENDED.match(b.text):
            found.append((i, b, b.text))
    if len(found) > RECOMMENDED_MAX:
        # the document's row says why nothing was read of them (a refusal with no reason is a defect)
        note = (f"{len(found)} paragraph(s) say what the writer recommends ('{squash(found[0][1].text)[:50]}' …): "
                f"more than {RECOMMENDED_MAX}, a report's recommendations to others, which are no actions "
                "of its own (kept aside)")
        raw.decline(note)
        return None
    if not found:
        return None
    actions: list[ListAction] = []
    blocks: set[int] = set()
    for i, b, text in found:
        said, taken = sentence_run_on(raw, i, text)
        actions.append(ListAction({"action": said}, _part_above(raw, i), i, b.page, b.line))
        blocks |= {i, *taken}
    why = (f"{len(actions)} action(s) read from paragraphs that open by saying what the writer recommends "
           "('We recommend that …', 'Recommendation - …'): a review's recommendations stated in its prose")
    return ListReading(actions, blocks, 0.6, why, trusted=True,
                       trusted_by="paragraphs saying what a review recommends", recommended=True)


__all__ = ["opens_instruction", "read_recommendations", "read_recommended", "section_of", "sentence_run_on"]
