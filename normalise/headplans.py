"""Plans that give each action a heading of its own: a numbered reference and a title, or sibling
headings each over owner / due / status lines.

    # Open Government Plan                                          <- the document calls itself a plan
    ## Section 2: Open Data                                          <- a larger heading: the area
    ### 2.1 Make it Easier for Individuals to Access Their Own …     <- the action's heading
    In addition to providing protections for Federal information …  <- its description: kept aside
    ### 2.2 Support Open311 to Enhance Transparency …                <- the next action

    ### Improve the referral pathway                               <- a heading per action …
    Owner: Head of Early Help                                      <- … over its labelled lines
    Due: March 2025
    Status: In progress

Open government plans, strategies and action plans published as web pages set out each commitment
so, with no table. normalise/pledges.py reads the headings that are a word and a number alone
('Commitment 4') and titles numbered 1, 2, 3 under each theme; this module reads the two shapes it
leaves:

- titles under a hierarchical reference ('2.1 Support Open311 …', '3.2.1 …') or a word naming one
  action and a number before the title ('Action 4 – Improve the referral pathway'): three or more
  headings (or bold lines) at one depth, numbered in order within their parent's number, most of them
  opening with a verb of action, each over prose of its own and not over actions of its own ('We
  will:' lists, 'Action:' lines: titles over those are themes), in a document that calls itself a plan
  or a strategy (a report's numbered findings are no plan). The title is the action; the prose under
  it is its description, kept aside;
- sibling headings (one rank) of which three or more, and most, have lines labelling an owner or a
  status under them ('Owner: …', 'Status: …'), or a due date under a title opening with a verb ('Due:
  …'): the labels are the evidence, so the document need not call itself a plan. The labelled fields
  are the action's; the other text under the heading is kept aside.

Each reading says why, with its confidence, in the ListReading it returns.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.extract.model import Paragraph, RawDocument, Table
from planx.extract.text import continues
from planx.normalise.banners import grouping_heading
from planx.normalise.columns import commits_to, opens_with_gerund, opens_with_verb
from planx.normalise.headers import area_lead_of, read_header
from planx.normalise.lists import ListAction, ListReading, names_milestones, read_labels
from planx.normalise.milestones import listed_steps
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import (
    AREA_WORDS,
    DATED_LINE_WORDS,
    HEADING_ACTION_FIELDS,
    PLEDGE_HEADING_WORDS,
)

_MIN_TITLES = 3  # fewer headings are no run
_TITLE_WORDS = 20  # an action's title is at most this long
_VERB_SHARE = 0.6  # the share of numbered titles that must open with a verb of action
_PROSE_WORDS = 12  # a paragraph of this many words or more, not a list item, is prose
_LABEL_SHARE = 0.5  # the share of sibling headings that must have labelled lines under them
# a title its heading names as one action ('Action 09: There will be …') may run to a sentence or two
_NAMED_TITLE_WORDS = 60
# a deadline in a sentence: 'by March 31, 2015', 'by the end of 2025', 'before 1 June 2026' (the date
# follows the word at once), or 'no later than the earlier of 120 days after …, or July 1, 2015' (the
# words can only set a deadline, so the sentence's next date is it)
_DEADLINE = re.compile(r"\b(?:by|before|until)\s+(?:the\s+(?:end|close)\s+of\s+)?(?=\S)", re.I)
_FIRM_DEADLINE = re.compile(r"\b(?:no|not)\s+later\s+than\s+", re.I)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])[.;](?=\s+[A-Z(]|\s*$)")
# a sentence that commits someone to work: 'The CDO will release …', 'Departments shall publish …'
_WILL = re.compile(r"\b(?:will|shall)\s+(?:not\s+)?(?:\w+ly\s+)?[a-z]{3,}", re.I)
# '2.1 Support Open311', '3.2.1 Agree …', 'Action 4 – Improve …', 'Recommendation 2: Publish …'
_DOTTED = re.compile(r"^\s*(?P<ref>\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(?P<title>\S.*)$", re.S)
_WORDED = re.compile(r"^\s*(?P<word>[A-Za-z]+)\s+(?P<ref>\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?)\s*[.:)\-–—]\s*"
                     r"(?P<title>\S.*)$", re.S)
_BULLET = re.compile(r"^\s*[•·▪●◦○■►➢›❯\uf0b7\uf0a7\-–*]\s+")
# a heading that is a word and a number alone ('Action 1.1', 'Objective 2.3', 'Item 4'): it numbers the
# form below it and says nothing of the work itself
_BARE = re.compile(r"^\s*[A-Za-z]+\s+(?P<ref>\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)\s*[.:]?\s*$")
# or a number alone ('1.2' over 'What we will do: …' / 'Accountable officer: …'): as bare a heading
_NUMBER_ONLY = re.compile(r"^\s*(?P<ref>\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)\s*[.:]?\s*$")


def _bare(text: str) -> re.Match[str] | None:
    """The match of a heading that only numbers the form below it, with its number as 'ref'."""
    return _BARE.match(text) or _NUMBER_ONLY.match(text)


def heading_ref(text: str) -> tuple[tuple[int, ...], str] | None:
    """(the reference's parts, the title) of a line that numbers an action's title with a
    hierarchical reference or a word naming one action and its number, or None."""
    m = _DOTTED.match(text)
    if m is not None:
        return tuple(int(p) for p in m.group("ref").split(".")), squash(m.group("title"))
    m = _WORDED.match(text)
    if m is not None and fold(m.group("word")) in PLEDGE_HEADING_WORDS:
        # 'Action 4 – …' → (4,); 'Action 1.1.2: …' under 'Strategy 1.1' → (1, 1, 2)
        return tuple(int(n) for n in re.findall(r"\d+", m.group("ref"))), squash(m.group("title"))
    return None


def _card_ref(text: str) -> tuple[tuple[int, ...], str] | None:
    """(number, title) of a heading that a label of words naming the action numbers ('Action card 3:
    Reduce …', 'Action point 2 – …'), as forms title their cards; None for any other heading."""
    from planx.normalise.tableforms import numbered_title
    number, title = numbered_title(text)
    return (tuple(int(n) for n in re.findall(r"\d+", number)), squash(title)) if number else None


def _action_label_alone(text: str) -> bool:
    """A label alone on its line, closed by a colon, that names the action ('What needs to happen:'):
    under a heading that is itself the action's title, the list below it is the steps to it."""
    from planx.normalise.tableforms import form_field
    label, colon, value = squash(text).partition(":")
    return bool(colon) and not value.strip() and form_field(label) == "action"


def names_action(text: str) -> bool:
    """Does a heading name itself one action by a word and a number ('Action 4 – Improve …',
    'Recommendation 2: Publish …', 'ACTION 3: Install …')? Its words say what it is: its title need
    not open with a verb, and what it sets out under it are its own parts."""
    m = _WORDED.match(text)
    return m is not None and fold(m.group("word")) in PLEDGE_HEADING_WORDS


def prose_deadline(text: str, year: int | None = None) -> str:
    """The deadline a paragraph's sentences set, as printed ('The CDO will release the guidelines by
    March 31, 2015.' → 'March 31, 2015'; '… published no later than the earlier of 120 days after …,
    or July 1, 2015' → 'July 1, 2015'), the latest of several; '' when no sentence sets one. A date
    that only says when something happened ('An offer was made in September') is no deadline."""
    from planx.normalise.dates import date_spans
    best: tuple[tuple[int, int, int], str] | None = None
    for sentence in _SENTENCE_END.split(squash(text)):
        cues = [(m.end(), 2) for m in _DEADLINE.finditer(sentence)]
        cues += [(m.end(), len(sentence)) for m in _FIRM_DEADLINE.finditer(sentence)]
        for at, reach in cues:
            for start, end, d in date_spans(sentence[at:], year):
                if start > reach:
                    break
                if d.year and (best is None or d.end_key() > best[0]):
                    best = (d.end_key(), sentence[at + start:at + end])
                break
    return best[1] if best else ""


def in_sequence(refs: list[tuple[int, ...]]) -> bool:
    """The references rise within their parent's number ('2.1, 2.2, 2.4, 3.1': a number the source
    left out or ran into other text is a gap, not a break); a fall within one parent is no run."""
    last: dict[tuple[int, ...], int] = {}
    for ref in refs:
        parent, n = ref[:-1], ref[-1]
        if parent in last and n <= last[parent]:
            return False
        last[parent] = n
    return True


def title_of(b: object) -> str:
    """A paragraph's text ('' for a table)."""
    return b.text if isinstance(b, Paragraph) else ""


def _titled(b: object) -> bool:
    return isinstance(b, Paragraph) and (b.heading or b.bold) and bool(b.text.strip())


# an unstyled line that names one action by a word and a number is a title only this short
_PLAIN_TITLE_WORDS = 12


def _named_line(b: object) -> bool:
    """A line of body type that its words make an action's heading ('ACTION 3: Build Capacity' set in the
    body's font over a paragraph of prose): one line, a word naming one action and its number, and a short
    title that ends no sentence. Its words say what it is where the type says nothing."""
    if not isinstance(b, Paragraph) or b.heading or b.bold or "\n" in b.text.strip():
        return False
    m = _WORDED.match(b.text)
    if m is None or fold(m.group("word")) not in PLEDGE_HEADING_WORDS:
        return False
    title = squash(m.group("title"))
    return not words_over(title, _PLAIN_TITLE_WORDS) and not title.endswith((".", ";", ","))


_MIN_RECORDS_UNDER = 2  # actions named under one heading that make it a theme over them


def widest_line(blocks: Sequence[object]) -> int:
    """The length of the document's longest paragraph: in a text file whose lines are blocks as printed,
    the width its lines wrap at (where the text reader joined wrapped lines already, a paragraph is
    wider than that, and no line of the rest is taken for wrapped again: extract/text.continues)."""
    return max((len(b.text.rstrip()) for b in blocks if isinstance(b, Paragraph)), default=0)


def wrapped_lines(raw: RawDocument) -> set[int]:
    """The blocks of a text file that are a paragraph's first or middle lines, wrapped at the file's
    width, with the paragraph going on on the very next line ('Action 3: Implement a caseload tool so
    that caseloads do not' over 'exceed 18 children. Lead: …'; extract/text.continues, the text
    reader's own rule): no line of its own, so no title. Only a text file prints each line as a block
    of its own; a Word or PDF paragraph holds its wrapped lines already."""
    if raw.format != "txt":
        return set()
    blocks = raw.blocks
    widest = widest_line(blocks)
    out = set()
    for i, (b, nxt) in enumerate(zip(blocks, blocks[1:], strict=False)):
        if isinstance(b, Paragraph) and isinstance(nxt, Paragraph) and continues(b.text, nxt.text, widest) \
                and nxt.line == b.line + 1 and nxt.page == b.page \
                and nxt.text.strip() and not nxt.heading and not _BULLET.match(nxt.text):
            out.add(i)
    return out


def _prose(b: object) -> bool:
    return isinstance(b, Paragraph) and not b.heading and not b.bold and not _BULLET.match(b.text) \
        and len(b.text.split()) >= _PROSE_WORDS


# 'Planned for Q1 2024', 'Completed in Q3 2023', 'Expected by March 2026': a word, a preposition, a period
_DATED_LINE = re.compile(r"^(?P<word>[A-Za-z]+)\s+(?:for|in|by|on|from|during|before|around)\s+(?P<when>\S.{1,30})$")


def dated_line(text: str) -> dict[str, str]:
    """The due date (and, for work done, the status) a line of its own under a card's title prints
    ('*Planned for Q1 2024*' → due 'Q1 2024'; 'Completed in Q3 2023' → due 'Q3 2023', status
    'Completed'), or {} for any other line. The period must read as a dated one (normalise/horizons.py):
    'Planned for the community' is no date."""
    from planx.normalise.horizons import read_horizon
    m = _DATED_LINE.match(squash(text).strip(" .*_"))
    if m is None or fold(m.group("word")) not in DATED_LINE_WORDS:
        return {}
    when = m.group("when").strip(" .")
    h = read_horizon(when)
    if h is None or not h.dated:
        return {}
    state = DATED_LINE_WORDS[fold(m.group("word"))]
    return {"due": when, **({"status": m.group("word")} if state else {})}


def label_line(text: str) -> dict[str, str]:
    """The fields a line under a title labels (_labelled), for the other readers of titled actions."""
    return _labelled(text)


def _labelled(text: str) -> dict[str, str]:
    """The fields a line under a heading labels ('Owner: Head of Early Help', 'Measurement: …'), when
    one of them is an owner, a due date or a status (the evidence that the heading is an action); a
    line that says when the work is planned or was done ('Planned for Q1 2024') labels its due date."""
    dated = dated_line(text)
    if dated:
        return dated
    head, values, _ = read_labels(_BULLET.sub("", text.strip()))
    if head.strip():
        return {}  # a sentence that names a lead in passing is no label line
    return {k: v for k, v in values.items() if k != "action"}


def _named_action(text: str) -> str:
    """The action a line under a heading labels ('Action: Review the threshold document', 'What we will
    do: …'), or ''."""
    head, values, _ = read_labels(_BULLET.sub("", text.strip()))
    return "" if head.strip() else values.get("action", "")


_LOOSE_LABEL = re.compile(r"^\s*([A-Z][A-Za-z ]{1,40}?)\s*:\s+(\S.*)$", re.S)
_DESCRIBED_WORDS = 3  # the work a loosely labelled line describes is a phrase, not a word or two


def described_action(text: str) -> str:
    """The value of a line whose label reads as the work only loosely, too weakly to be taken as the
    action anywhere ('Description: Clear the backlog of overdue assessments'), or ''. Under a heading
    that only numbers a form ('Action 1.1'), with no line labelled surely as the action, it is the
    action: the form has to say what the work is somewhere."""
    from planx.normalise.headers import classify
    m = _LOOSE_LABEL.match(squash(text))
    if m is None or not words_over(m.group(2), _DESCRIBED_WORDS - 1):
        return ""
    name, score, _ = classify(m.group(1))
    return m.group(2).strip() if name == "action" and score > 0 else ""


_AREA_WORDS = frozenset(w for phrase in AREA_WORDS for w in phrase.split() if w not in ("for", "of"))


# a run-in label opening a paragraph of a form ('Findings: …', 'Management Response Summary: …', 'Related
# Report:'): where the text of the label before it ends
_RUN_IN = re.compile(r"^\s*[A-Z][A-Za-z’'()/ ]{0,40}?:(?:\s|$)")


def _work_label(text: str) -> str:
    """The text of a paragraph that a run-in label naming one piece of work opens ('Recommendation: We
    recommend that FDA …', 'Recommendations: CDC should (1) …', 'Action: …'), or ''. The label is a word
    that names one action (PLEDGE_HEADING_WORDS, singular or plural) and nothing else."""
    m = _RUN_IN.match(text)
    if m is None:
        return ""
    label = fold(m.group(0).rstrip().rstrip(":"))
    if label not in PLEDGE_HEADING_WORDS and label.removesuffix("s") not in PLEDGE_HEADING_WORDS:
        return ""
    return squash(text[m.end():])


def _work_label_alone(text: str) -> bool:
    """A word naming one piece of work alone on its line, with no colon ('ACTION' set over the boxed
    sentence an article of a newsletter ends with): the paragraph under it is the work, as the text
    after a run-in label is ('Action: …'). With a colon ('Action:' alone), a list of steps may follow
    it instead (_action_label_alone reads that)."""
    label = fold(squash(text))
    return label in PLEDGE_HEADING_WORDS


def _names_area_lead(text: str) -> bool:
    """A line that names the lead of a whole area by a label that says so ('Area lead: Priya Raman',
    'Lead for this priority: …', 'Theme lead – …'): the heading over it is an area, not an action."""
    if not area_lead_of(text):
        return False
    label = re.split(r"[:\-–—]", text, maxsplit=1)[0]
    words = fold(label).split()
    return bool(_AREA_WORDS & ({w.rstrip("s") for w in words} | set(words)))


def _spans(raw: RawDocument, starts: list[int], rank: int) -> list[int]:
    """Where each heading's part ends: at the next of the run, or at a heading of its rank or higher."""
    blocks = raw.blocks
    ends = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
        for j in range(start + 1, end):
            b = blocks[j]
            if isinstance(b, Paragraph) and b.heading and (not rank or 0 < b.rank <= rank):
                end = j
                break
        ends.append(end)
    return ends


def _area(raw: RawDocument, start: int, rank: int) -> str:
    """The nearest heading before the action set at a higher rank (its theme or section)."""
    k = _area_at(raw, start, rank)
    return squash(raw.blocks[k].text) if k is not None else ""  # type: ignore[union-attr]


def _area_at(raw: RawDocument, start: int, rank: int) -> int | None:
    for k in range(start - 1, -1, -1):
        b = raw.blocks[k]
        if isinstance(b, Paragraph) and b.heading and rank and 0 < b.rank < rank:
            if _document_title(raw, k):
                return None  # '# Digital Inclusion Strategy 2022-2025' over all of it: the title, no area
            return k
    return None


def _title_below(raw: RawDocument, k: int) -> str:
    """The title on the line under a heading that numbers an area and says no more ('Priority 2' over
    'Improve outcomes for care leavers'): a short line of its own, no label, no sentence; '' else."""
    if k + 1 >= len(raw.blocks):
        return ""
    b = raw.blocks[k + 1]
    if not isinstance(b, Paragraph) or b.heading or not b.text.strip():
        return ""
    text = squash(b.text)
    if words_over(text, _TITLE_WORDS) or text.endswith((".", ":")) or label_line(text) or read_labels(text)[1]:
        return ""
    return text


def _document_title(raw: RawDocument, k: int) -> bool:
    """Is the heading at blocks[k] the document's title: its first heading, and the only one of its
    rank?"""
    b = raw.blocks[k]
    heads = [(i, p.rank) for i, p in enumerate(raw.blocks) if isinstance(p, Paragraph) and p.heading and p.rank]
    return bool(heads) and heads[0][0] == k and sum(r == heads[0][1] for _, r in heads) == 1 \
        and isinstance(b, Paragraph)


def _detailed(b: object, ref: tuple[int, ...]) -> bool:
    """A line under a numbered title that sets out the action's detail in a form another reader reads
    with its fields: a labelled line ('Lead: …', 'Timescale: …') or a part numbered under the title's
    number ('1.1.2 Evaluate the pilot' under '1.1 Refresh …')."""
    if isinstance(b, Table):
        return form_table(b)
    if not isinstance(b, Paragraph):
        return False
    if _labelled(b.text):
        return True
    under = heading_ref(b.text)
    return under is not None and len(under[0]) > len(ref) and under[0][:len(ref)] == ref


def form_table(table: Table) -> bool:
    """Is the table under a title a form of the action's fields, a label in its first cell and the
    value beside it ('Lead implementing agency | Cabinet Office', 'Commitment start and end date |
    January 2020 – June 2021'): half its rows or more a short label and a value, one of them at least
    labelling an owner, a date or a status? The form readers read it whole (its milestones too); the
    title over it is no action of its own."""
    rows = [[c.text.strip() for c in row.cells if c.text.strip()] for row in table.rows]
    if rows and len(rows[0]) >= 3 and all(not words_over(t, 4) for t in rows[0]):
        return False  # a row of three or more short headings over it ('Milestone | Measurement | Target Date'): a grid
    pairs = [texts for texts in rows if len(texts) >= 2 and not words_over(texts[0], 12)]
    return len(pairs) * 2 >= len(table.rows) and any(
        _FORM_KEYS & set(_labelled(f"{texts[0].rstrip(':')}: {texts[1]}")) for texts in pairs)


# the fields that make a table under a title the action's form (a metric table's 'Metric | Baseline' is none)
_FORM_KEYS = frozenset({"lead", "responsible", "due", "status", "rag"})


def read_numbered_titles(raw: RawDocument) -> ListReading | None:
    """The actions of a document that heads each with a referenced title ('2.1 Support Open311 …',
    'Action 4 – Improve …'), or None."""
    from planx.normalise.pledges import _calls_itself_plan, _sets_actions
    blocks = raw.blocks
    wraps = wrapped_lines(raw)
    found = [(i, r) for i, r, named_one in ((i, heading_ref(b.text), names_action(b.text))
                                            for i, b in enumerate(blocks)
                                            if isinstance(b, Paragraph)
                                            and (_titled(b) or _named_line(b) and i not in wraps))
             if r is not None and len(r[1].split()) <= (_NAMED_TITLE_WORDS if named_one else _TITLE_WORDS)]
    if len(found) < _MIN_TITLES:
        return None
    depths: dict[int, int] = {}
    for _, (ref, _) in found:
        depths[len(ref)] = depths.get(len(ref), 0) + 1
    depth = max(depths, key=lambda d: (depths[d], d))  # the depth that numbers most titles
    titles = [(i, ref, t) for i, (ref, t) in found if len(ref) == depth]
    if len(titles) < _MIN_TITLES or not in_sequence([ref for _, ref, _ in titles]):
        return None
    if not _calls_itself_plan(raw):
        return None  # a report's numbered findings are no plan's actions
    starts = [i for i, _, _ in titles]
    first = blocks[starts[0]]
    rank = first.rank if isinstance(first, Paragraph) else 0
    ends = _spans(raw, starts, rank)
    spans = list(zip(starts, ends, strict=True))
    if sum(_over_action_table(blocks, a, z) for a, z in spans) * 2 > len(spans):
        return None  # titles over tables whose heading rows name the actions: themes, their rows the actions
    # headings that call themselves actions ('Action 01: Departments will …'): their words say what
    # they are, and a list under one ('Government Digital Service will:') is its parts, not a theme's actions
    named = sum(names_action(title_of(blocks[i])) for i in starts) * 2 > len(starts)
    if not named:
        acting = sum(_titles_work(t, blocks[a + 1:z]) for (_, _, t), (a, z) in zip(titles, spans, strict=True))
        if acting < _VERB_SHARE * len(titles):
            return None
        if sum(any(_prose(blocks[j]) for j in range(a + 1, z)) for a, z in spans) < _VERB_SHARE * len(spans):
            return None  # titles over lists or nothing: themes, whose items the list readers weigh
        if sum(any(_sets_actions(blocks[j]) for j in range(a + 1, z)) for a, z in spans) * 2 >= len(spans):
            return None  # titles over their own actions ('We will:' lists, 'Action:' lines): themes
    if sum(any(_detailed(blocks[j], ref) for j in range(a + 1, z)) for (a, z), (_, ref, _) in
           zip(spans, titles, strict=True)) * 2 >= len(spans):
        return None  # titles over labelled lines or numbered parts: the outline and prose readers weigh those
    actions: list[ListAction] = []
    read: set[int] = set()
    aside: set[int] = set()
    for (start, ref, title), end in zip(titles, ends, strict=True):
        head = blocks[start]
        assert isinstance(head, Paragraph)
        fields = {"action": title, "ref": ".".join(map(str, ref))}
        lines = []
        for j in range(start + 1, end):
            b = blocks[j]
            got = _labelled(b.text) if isinstance(b, Paragraph) else {}
            if got:  # a labelled line under the action's heading ('Responsible: …', 'Measurement: …'): its own
                lines.append(j)
                for k, v in got.items():
                    fields.setdefault(k, v)
        if "due" not in fields:
            # no 'Due:' line: the deadline its title sets ('… will move onto GOV.UK by March 2013'), else
            # the latest its prose sets ('The CDO will release the guidelines by March 31, 2015.')
            due = prose_deadline(title) or prose_deadline(" ".join(
                title_of(blocks[j]).rstrip(" .") + "." for j in range(start + 1, end) if _prose(blocks[j])))
            if due:
                fields["due"] = due
        action, used, kept = _heading_action(raw, start, end, head.rank, fields, lines)
        actions.append(action)
        read |= used
        aside |= kept
        if named:  # a table under a heading that is one action ('Figure 5: Existing programmes …'): its detail
            aside |= {j for j in range(start + 1, end) if isinstance(blocks[j], Table)}
    why = (f"{len(actions)} actions read from headings that number each title "
           f"('{'.'.join(map(str, titles[0][1]))} {titles[0][2][:40]}'), in order within their parent's "
           f"number, {'each calling itself an action' if named else 'most naming a piece of work'}, "
           f"each over its description (kept aside)")
    return ListReading(actions, read | aside, 0.7, why, aside=aside)


def _titles_work(title: str, under: list) -> bool:
    """Does a numbered title name a piece of work: it opens with a verb ('Support Open311 …'), says
    who will do what ('Departments will raise awareness …'), or names a step by its verb in -ing
    ('Developing Compliance Plan') over text that commits someone to it or sets its deadline ('The CDO
    will issue …', '… no later than July 1, 2015'), as an implementation plan's sections do? A
    report's 'Building on success' is over text that says what was, not what will be."""
    if opens_with_verb(title) or commits_to(fold(title).split(), within=10):
        return True
    if not opens_with_gerund(title):
        return False
    return any(isinstance(b, Paragraph) and (_WILL.search(b.text) or prose_deadline(b.text)) for b in under)


def _names_work(head: object, fields: dict[str, str]) -> bool:
    """Do a heading's labelled lines make it an action: an owner or a status, or a due date under a
    title that opens with a verb ('Publish the local offer' / 'Due: September 2025')? A date alone under
    a noun ('Annual meeting' / 'Date: 3 May') is an event's, not an action's."""
    if HEADING_ACTION_FIELDS - {"due"} & set(fields):
        return True
    return "due" in fields and isinstance(head, Paragraph) and opens_with_verb(squash(head.text))


def _steps_label(label: str) -> bool:
    """A label naming milestones that prints them beside it, not a date ('Milestones', 'Key milestones';
    'Timescale: w/c 11 January' is the action's date)."""
    from planx.normalise.headers import classify
    return names_milestones(f"{label}:") and classify(label)[0] == "milestones"


_STEPS_LINE = re.compile(r"^\s*([A-Za-z][^:\n]{0,40}?)\s*:\s*(\S.*)$", re.S)


def _lines_under(blocks: list, start: int, end: int, bare: bool) -> list[tuple[int, str]]:
    """(block, line) of what a heading sets out under it as labelled lines: its paragraphs, and, under a
    heading that only numbers its form ('ACTION 1.2': bare), the rows of a small table of label | value
    rows that is that form ('Lead contact | Head of SEND': the line 'Lead contact: Head of SEND'; a row
    labelling milestones gives its label and each of its steps as lines of their own), as a plan that
    writes some actions' forms as lines and others as small tables means them alike. (A titled heading
    over a table with a grid of its own, an OGP commitment's, is the form-grid readers'.)"""
    out: list[tuple[int, str]] = []
    for j in range(start + 1, end):
        b = blocks[j]
        steps = _STEPS_LINE.match(b.text) if isinstance(b, Paragraph) and not b.heading else None
        if steps is not None and _steps_label(steps.group(1)):
            # 'Milestones: a) Scope agreed (Jun-26) - Complete b) …' on one line (Markdown's hard line breaks
            # joined, a web page's <br>s): its label, then its steps as a line of their own
            out += [(j, f"{steps.group(1)}:"), (j, steps.group(2))]  # (the steps as printed, markers and all)
        elif isinstance(b, Paragraph) and not b.heading:
            out.append((j, b.text))
        elif bare and isinstance(b, Table) and form_table(b) and all(
                sum(1 for c in row.cells if c.text.strip() and not c.merged_above) <= 2 for row in b.rows) \
                and not any("\n" in c.text.strip() for row in b.rows for c in row.cells[:1]):
            # (a label cell of two lines, 'Action' over 'Responsible officer', is two rows run together
            # by a PDF's reader: the form readers that put such rows back read the table)
            for row in b.rows:
                texts = [c.text.strip() for c in row.cells if c.text.strip() and not c.merged_above]
                if len(texts) < 2:
                    continue
                label, value = texts[0].rstrip(" :"), " ".join(texts[1:])
                if _steps_label(label):  # its steps, read one by one however the cell wrapped them
                    out += [(j, f"{label}:"), (j, value)]
                else:
                    out.append((j, f"{label}: {squash(value)}"))
    return out


def _over_action_table(blocks: list, start: int, end: int) -> bool:
    """Is there a table under the heading whose heading row names a column of actions ('Ref |
    Deliverable | Key milestones | SRO / Lead')? Its rows are the actions, the heading their theme."""
    for j in range(start + 1, end):
        b = blocks[j]
        if not isinstance(b, Table) or form_table(b):
            continue  # (a form of label | value rows is the heading's own: 'Action | Publish clear guidance …')
        for row in b.rows[:2]:
            header = read_header([(c.col, c.colspan, c.text) for c in row.cells], first=True,
                                 below=[[(c.col, c.text) for c in r.cells] for r in b.rows[1:4]])
            if header is not None and "action" in header.fields():
                return True
    return False


def read_labelled_headings(raw: RawDocument) -> ListReading | None:
    """The actions of a document that sets each under a heading of one rank with owner / due /
    status lines under it, or None."""
    raw = _label_lines_unheaded(ranked_by_shape(raw))
    blocks = raw.blocks
    by_rank: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and b.heading and b.rank and b.text.strip() \
                and not words_over(b.text, _TITLE_WORDS):
            by_rank.setdefault(b.rank, []).append(i)
    best: ListReading | None = None
    for rank, starts in sorted(by_rank.items()):
        if len(starts) < _MIN_TITLES:
            continue
        ends = _spans(raw, starts, rank)
        labelled: list[tuple[int, int, dict[str, str], list[int]]] = []
        worded: set[int] = set()  # the headings whose action a paragraph under them labels as the work
        for start, end in zip(starts, ends, strict=True):
            fields: dict[str, str] = {}
            lines: list[int] = []
            twice = False
            bare = _bare(squash(blocks[start].text)) is not None  # type: ignore[union-attr]  # (a heading)
            area_lead = False
            steps: list[str] = []  # the lines under a label naming milestones ('Key milestones:')
            opened = False
            described: tuple[int, str] | None = None  # a line labelled weakly as the work ('Description: …')
            work: list[tuple[int, str]] = []  # a paragraph a label naming the work opens, and its run-on
            numbered_under = 0  # lines under it that name themselves one action each ('Action 3: …')
            for j, text in _lines_under(blocks, start, end, bare):
                numbered_under += names_action(text)
                if not bare and isinstance(blocks[j], Paragraph):
                    if work and work[-1][0] >= 0 and not _RUN_IN.match(text):
                        work.append((j, squash(text)))  # (on over a page break, to the next run-in label)
                        continue
                    if work and work[-1][0] >= 0:
                        work.append((-1, ""))  # the next label closes it
                    said = _work_label(text) if not work else ""
                    if said:
                        work.append((j, said))
                        continue
                    if not work and _work_label_alone(text):
                        work.append((j, ""))  # (the paragraphs under the label are the work)
                        continue
                if names_milestones(text) or not bare and _action_label_alone(text):
                    opened = True
                    lines.append(j)
                    continue
                if opened and not label_line(text):
                    # each item on its own, its number gone ('i. Pilot in two teams – May 2025')
                    steps += [squash(item) for item in listed_steps(text)]
                    lines.append(j)
                    continue
                opened = False
                got = _labelled(text)
                area_lead = area_lead or _names_area_lead(text)
                named = _named_action(text) if bare else ""
                if named and got.keys() <= {"due", "status", "progress"}:
                    # under a heading that only numbers the form ('Action 1.1'), the line labelled as
                    # the action ('Action: Review …') says what the work is; a value that reads as a
                    # lead, date or status of its own ('Action: … Lead: J Smith') stays those fields
                    got = {"action": named}
                if got:  # (a labelled line of any field: the heading's own; owner, due, status: the evidence)
                    lines.append(j)
                    twice = twice or bool(set(got) & set(fields))
                    for k, v in got.items():
                        fields.setdefault(k, v)
                elif bare and described is None:
                    weak = described_action(text)
                    described = (j, weak) if weak else None
            if any(t for _, t in work) and "action" not in fields:
                # under a titled heading ('Improve Monitoring of Foreign Clinical Trials'), the paragraph a
                # label naming the work opens ('Recommendations: FDA should (1) …') says what is to be done,
                # with the paragraphs that run on from it to the next label; the title is kept aside
                taken = [(j, t) for j, t in work if j >= 0]
                lines += [j for j, _ in taken]
                fields["action"] = " ".join(t for _, t in taken if t)
                worded.add(start)
            if bare and "action" not in fields and described is not None:
                # under a heading that only numbers the form, no line labelled surely as the action: the
                # one whose label reads as the work only loosely ('Description: Clear the backlog …') says it
                lines.append(described[0])
                fields["action"] = described[1]
            if twice or area_lead or _over_action_table(blocks, start, end) or numbered_under >= _MIN_RECORDS_UNDER:
                # a field labelled twice under it (two owners), or a table of actions under it: a theme
                # over several actions, its labelled line the theme's lead ('Workstream lead: …'); a line
                # that names the lead of the area ('Area lead: …', 'Priority lead: …') says so itself; and
                # lines under it that each name one action by a word and its number ('Action 1: …',
                # 'Action 2: …', their 'Lead:' lines after them): the heading groups those actions
                fields = {}
            elif steps:
                fields["milestones"] = "\n".join(steps)
            labelled.append((start, end, fields, lines))
        with_labels = [x for x in labelled if _names_work(blocks[x[0]], x[2])]
        if len(with_labels) < _MIN_TITLES or len(with_labels) < _LABEL_SHARE * len(labelled):
            continue
        actions: list[ListAction] = []
        read: set[int] = set()
        aside: set[int] = set()
        for start, end, fields, lines in with_labels:
            head = blocks[start]
            assert isinstance(head, Paragraph)
            ref = heading_ref(head.text) or _card_ref(head.text)
            title = ref[1] if ref else squash(head.text)
            titled = start in worded
            got = {"action": title, **fields}
            if ref and not titled:
                got["ref"] = ".".join(map(str, ref[0]))
            numbered = _bare(head.text)
            if numbered is not None and "action" in fields:
                got["ref"] = numbered.group("ref")  # the heading numbers the action its labelled line names
            action, used, kept = _heading_action(raw, start, end, rank, got, lines)
            if titled:  # (the heading names the work its labelled paragraph sets out: kept aside)
                used, kept = used - {start}, kept | {start}
            actions.append(action)
            read |= used
            aside |= kept
        why = (f"{len(actions)} actions read from headings of rank {rank}, each over lines labelling its "
               f"owner, due date or status ({len(with_labels)} of {len(labelled)} such headings); "
               f"other text under them kept aside")
        reading = ListReading(actions, read | aside, 0.75, why, aside=aside)
        if best is None or len(reading.actions) > len(best.actions):
            best = reading
    return best


__all__ = ["dated_line", "form_table", "heading_ref", "label_line", "in_sequence", "names_action", "prose_deadline",
           "read_labelled_headings", "read_numbered_titles"]


def ranked_by_shape(raw: RawDocument) -> RawDocument:
    """A document whose headings that only number a form, one word and a number alike ('ACTION 1.1',
    'ACTION 2.3', three or more), are not ranked as one run: a scan (OCR's type sizes too rough to rank
    any heading), or a PDF that sets some of them as bold lines of body size ('Action 1.1:' in bold over
    its form) and others larger. They are ranked alike under the other headings ('Priority 1: …' over
    them, as the page sets them), the bold lines among them made headings: the run of numbered forms is
    one rank of its own. The document as it is when fewer than three lines are so numbered, or they are
    one rank already."""
    from dataclasses import replace

    def numbered(b: object) -> str:
        if not isinstance(b, Paragraph) or not (b.heading or b.bold) or not b.text.strip():
            return ""
        m = _BARE.match(squash(b.text))
        return fold(m.group(0).split()[0]) if m is not None else ""

    words = [w for w in (numbered(b) for b in raw.blocks) if w]
    if not words:
        return raw
    word, count = max(((w, words.count(w)) for w in set(words)), key=lambda x: x[1])
    run = [b for b in raw.blocks if numbered(b) == word]
    heads = [b for b in run if b.heading]  # type: ignore[union-attr]
    if count < _MIN_TITLES or not heads:
        return raw  # (bold lines alone, no heading among them: the label-form readers' records)
    ranks = [b.rank for b in heads if b.rank]  # type: ignore[union-attr]
    if len(heads) == len(run) and len(set(ranks)) == 1 and len(ranks) == len(run):
        return raw  # one rank already
    ranked = any(isinstance(b, Paragraph) and b.heading and b.rank for b in raw.blocks)
    rank = max(set(ranks), key=ranks.count) if ranks else 2
    return replace(raw, blocks=[
        replace(b, heading=True, rank=rank) if isinstance(b, Paragraph) and numbered(b) == word
        else replace(b, rank=1) if not ranked and isinstance(b, Paragraph) and b.heading and b.text.strip()
        else b for b in raw.blocks])


_LABEL_LINE_WORDS = 3  # a labelled line set as a heading says this much after its label, at least


def _label_lines_unheaded(raw: RawDocument) -> RawDocument:
    """The document with its labelled lines that a source styled as headings ('Status: We will continue
    to monitor FDA's progress …' at a page's top, taken for a heading by its type) read as the lines they
    are: a run-in label and a sentence under it label a field of the form above, and head nothing."""
    from dataclasses import replace
    if not any(isinstance(b, Paragraph) and b.heading and _RUN_IN.match(b.text) for b in raw.blocks):
        return raw
    def unheaded(b: Paragraph | Table) -> Paragraph | Table:
        if not isinstance(b, Paragraph) or not b.heading:
            return b
        m = _RUN_IN.match(b.text)
        if m is None or len(b.text[m.end():].split()) < _LABEL_LINE_WORDS or not _labelled(b.text):
            return b
        return replace(b, heading=False, rank=0)

    return replace(raw, blocks=[unheaded(b) for b in raw.blocks])


def _heading_action(raw: RawDocument, start: int, end: int, rank: int, fields: dict[str, str],
                    lines: list[int]) -> tuple[ListAction, set[int], set[int]]:
    """The action a heading at blocks[start] gives (its area the heading ranked above it), the blocks
    it takes (the heading and its labelled lines) and the paragraphs under it kept aside."""
    head = raw.blocks[start]
    assert isinstance(head, Paragraph)
    at = _area_at(raw, start, rank)
    area = squash(raw.blocks[at].text) if at is not None else ""  # type: ignore[union-attr]
    context = {"area": area} if area else {}
    banner = grouping_heading(area) if area else None
    below = _title_below(raw, at) if at is not None and banner is not None and banner[0] and not banner[1] else ""
    title_line: set[int] = set()
    if banner is not None and banner[0] and banner[1]:
        # a numbered area heading ('Theme 1: Digital services', 'Strategy 1.1: Improve …', 'Section B. …'):
        # its number and title apart, as a banner over a table's rows gives them
        context = {"area_ref": banner[0], "area": banner[1]}
    elif below and banner is not None and at is not None:
        context = {"area_ref": banner[0], "area": below}  # ('Priority 2' over its title)
        title_line = {at + 1}
    lead_line = at + 1 + bool(title_line) if at is not None else None
    if lead_line is not None and lead_line < start and isinstance(raw.blocks[lead_line], Paragraph) \
            and _names_area_lead(raw.blocks[lead_line].text):  # type: ignore[union-attr]
        # 'Area lead: Priya Raman' under the area's heading: who leads the area the action comes under
        context["area_lead"] = area_lead_of(raw.blocks[lead_line].text)  # type: ignore[union-attr]
        title_line.add(lead_line)
    steps = [{"milestones": step} for step in fields.pop("milestones", "").split("\n") if step.strip()]
    action = ListAction(fields, context, start, head.page, head.line, [], steps=steps)
    kept = {j for j in range(start + 1, end) if isinstance(raw.blocks[j], Paragraph) and j not in lines}
    # a form table read as lines is kept aside whole too: its rows no field takes ('Working with | …') stay
    kept |= {j for j in lines if isinstance(raw.blocks[j], Table)}
    return action, {start, *lines, *title_line}, kept
