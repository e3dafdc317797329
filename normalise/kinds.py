"""Does a document that says it is something else hold a plan? A document-level precision gate.

Users drop whole folders into planx: beside the plans come guides, policies, charters, agendas,
slides, annual reports, user guides, specifications and terms of reference. Each reader judges
its own evidence (a table's columns, a list's items, a labelled form), and the guard
(normalise/guard.py) judges each table's text; yet a guide's numbered steps, a charter's
'Hold SLT accountable …', a report's table of who does what in the directive, a slide deck's
bullets all read as things to be done, one table or list at a time.

A person reading the whole document asks what it says it is. Its title, first headings or file
name may call it guidance, a policy, a report, an agenda, a presentation ('Getting Started Guide',
'Wellbeing Charter', 'UK INSPIRE Member State Report'), or its headings speak to its reader as a
guide's do ('Before you begin', 'What You Need to Know'), and not a plan in plain words ('Action
plan', 'Strategy', 'Roadmap': vocab.SECOND_READING_PLAN_WORDS). Such a document holds a plan only
when its actions carry a plan's marks: most say both who does them and by when, or track how each
stands (status, RAG, progress). A plan appended to a report ('Action plan' table with Lead and
Target date columns) keeps them; a guide's steps, a report's recommendations, a policy's rules,
which say one or neither, do not.

Minutes and meeting notes are left to their readers (normalise/minutes.py): an action log there is
a plan, and its items often name only who.

The words are data (vocab.NON_PLAN_KIND_WORDS, vocab.MINUTES_KIND_WORDS). A refused document's
actions go aside with the reason, which documents.csv shows.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.choose import SURE_ACTION_HEADING, names_action
from planx.normalise.commitments import title_lines
from planx.normalise.headers import classify
from planx.normalise.records import Action
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import (
    ACCOUNT_KIND_WORDS,
    FORM_ANSWER_LABELS,
    FORM_ANSWER_VALUES,
    KIND_PLAN_WORDS,
    KIND_SUBJECT_BODIES,
    MEETING_PAPER_KIND_WORDS,
    MEETING_RECORD_WORDS,
    MINUTES_KIND_WORDS,
    NON_PLAN_KIND_WORDS,
    SCHEDULE_ITEM_HEADING_WORDS,
    SECOND_READING_PLAN_WORDS,
    SPEND_HEADING_WORDS,
    SUBJECT_PREPOSITIONS,
)

_MARKED = 0.5  # the share of actions that must say who and when (or how they stand) in such a document


@dataclass(frozen=True)
class Kind:
    """What the document says it is: the non-plan word its title or name uses ('' when none), and
    whether it calls itself a plan in plain words."""
    other: str
    plan: bool
    where: str  # 'title', 'file name' or 'headings'

    @property
    def says(self) -> str:
        if self.where == "headings":
            return f"the document's headings speak to its reader ({self.other}), as a guide's or a notice's do"
        return f"the document's {self.where} calls it '{self.other}'"


_READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_READER_HEADINGS = 3  # headings addressing the reader, at least ('What You Need to Know', 'Before you begin')
_READER_HEADING_SHARE = 0.04  # … and this share of the document's headings


def _words(text: str) -> set[str]:
    return set(fold(re.sub(r"[_\-.()]+", " ", text)).split())


_BODY_AFTER = 2  # words, at most, from a kind word to the body it names ('charter revision commission')


def _kind_words(text: str) -> set[str]:
    """The words of a title or file name, less the kind words that name a body's subject: a kind word
    followed, a word or two on, by a body's noun ('nyc_charter_revision_commission_next_steps': the
    Charter Revision Commission's next steps, no charter; 'Wellbeing Charter' stays a charter)."""
    words = fold(re.sub(r"[_\-.()]+", " ", text)).split()
    out = set(words)
    for k, w in enumerate(words):
        if w in NON_PLAN_KIND_WORDS and KIND_SUBJECT_BODIES & set(words[k + 1:k + 1 + _BODY_AFTER]) \
                and not any(later == w for later in words[k + 1:]):
            out.discard(w)
    return out


_CLAUSE = re.compile(r"[:;|]|\s[–—-]\s")  # a title's clauses: 'Inspection of …: Action Plan'


def _own_words(line: str) -> set[str]:
    """A title line's words up to the first preposition that opens its subject, in each of its
    clauses ('Public Meeting' of 'Public Meeting for the National Action Plan'; both 'Inspection of
    Services' and 'Action Plan' of 'Inspection of Services for Children: Action Plan'): the words that
    say what the document is."""
    own: set[str] = set()
    for clause in _CLAUSE.split(line):
        words = fold(re.sub(r"[_\-.()]+", " ", clause)).split()
        cut = next((i for i, w in enumerate(words) if i and w in SUBJECT_PREPOSITIONS), len(words))
        own.update(words[:cut])
    return own


def declared_kind(raw: RawDocument, title: str = "") -> Kind:
    """The kind the document names itself by its title lines (or the picked title), else by its
    file name; and whether either calls it a plan in plain words. (commitments.document_kind and
    roadmaps.document_kind answer narrower questions for their readers, with their own words.)
    A plan its title names after 'for' or 'on' is what the document is about ('Public Meeting for the
    National Action Plan'), not what it is. A meeting's agenda, slides or briefing are no minutes,
    whatever 'meeting' their title or name prints."""
    lines = [*title_lines(raw)[:2], title]
    titled = _kind_words(" ".join(lines))
    named = _kind_words(raw.name or "")
    own = set().union(*(_own_words(line) for line in lines)) | named
    plan = bool(KIND_PLAN_WORDS & own)
    minutes = bool(MINUTES_KIND_WORDS & (titled | named))
    record = bool(MEETING_RECORD_WORDS & (titled | named))
    for words, where in ((titled, "title"), (named, "file name")):
        other = next(iter(sorted(NON_PLAN_KIND_WORDS & words)), "")
        if other:
            paper = other in MEETING_PAPER_KIND_WORDS and not record
            return Kind("" if minutes and not paper else other, plan, where)
    # headings that speak to the reader ('Before you begin', 'What You Need to Know', 'Prepare Your
    # Application'): a guide for applicants or a notice, whatever its title, for a plan's headings name
    # its themes and goals
    headings = [b.text for b in raw.blocks if isinstance(b, Paragraph) and b.heading]
    reader = [h for h in headings if _READER.search(h)]
    if not minutes and len(reader) >= _READER_HEADINGS and len(reader) >= _READER_HEADING_SHARE * len(headings):
        return Kind(f"{len(reader)} of {len(headings)} headings: '{squash(reader[0])[:40]}' …", plan, "headings")
    return Kind("", plan, "")


def calls_itself_minutes(raw: RawDocument) -> bool:
    """Does its title (or file name) call it the minutes or notes of a meeting ('Steering Committee
    Meeting 04/01/2022', 'parish_council_minutes_2019-09-03'), not a meeting's agenda or slides? Minutes
    record who will do what in plain sentences; elsewhere ('The Council will invest …') such a sentence
    is a plan's prose."""
    for words in (*(_kind_words(line) for line in title_lines(raw)[:2]), _kind_words(raw.name or "")):
        # (each line on its own: an 'Agenda:' heading under 'Steering Committee Meeting 04/01/2022' is the
        # notes' section, where 'Meeting Agenda' is the paper sent before it)
        if MINUTES_KIND_WORDS & words and (MEETING_RECORD_WORDS & words or not MEETING_PAPER_KIND_WORDS & words):
            return True
    return False


def calls_itself_a_plan(raw: RawDocument, title: str = "") -> bool:
    """Does its title (or file name) call it a plan in plain words ('Improvement Plan', 'Action plan',
    'Strategy', 'Roadmap': vocab.SECOND_READING_PLAN_WORDS), in the words that say what it is?"""
    lines = [*title_lines(raw)[:2], title]
    own = set().union(*(_own_words(line) for line in lines)) | _kind_words(raw.name or "")
    return bool(SECOND_READING_PLAN_WORDS & own)


def marked(a: Action) -> bool:
    """The action carries a plan's marks: who and when, or how it stands (a status or RAG; a note of
    progress only beside a who or a when: 'Published on data.gov.uk' beside a body's remit is none).
    The when is a date or period read as one ('March 2026', 'Summer term'): a procedure's
    'Immediately' or 'As soon as consent is received' says when to act whenever it happens, as a
    policy's referral table does, not by when a thing will be done."""
    who = bool(a.lead or a.responsible or a.area_lead)
    when = bool(a.due_date or a.milestones)
    return who and when or bool(a.status_raw or a.rag_raw or a.ratings) or bool(a.progress) and (who or when)


_HEADING_ROWS = 3  # a table's headings stand in its first rows


def _headed(raw: RawDocument, heads: Callable[[Table], bool]) -> set[int]:
    """The tables whose headings pass `heads`: a table's own first rows, or a row of headings the
    conversion set apart as a table of its own right above it, as wide ('Activity | Outputs | Outcomes
    | Impact' alone, then the rows under it)."""
    tables = [b for b in raw.blocks if isinstance(b, Table)]
    out: set[int] = set()
    for k, b in enumerate(tables):
        if not heads(b):
            continue
        out.add(b.index)
        after = tables[k + 1] if k + 1 < len(tables) else None
        if len(b.rows) == 1 and after is not None and after.rows and \
                len(after.rows[0].cells) == len(b.rows[0].cells):
            out.add(after.index)
    return out


def tables_name_actions(raw: RawDocument, actions: Sequence[Action]) -> bool:
    """Were most actions read from tables whose own headings name a column as the actions ('Actions
    to achieve:', 'What we will do', a logic model's 'Activity | Outputs | Outcomes')?"""
    named = _headed(raw, lambda b: any(
        names_action(c.text) >= SURE_ACTION_HEADING for row in b.rows[:_HEADING_ROWS] for c in row.cells
        if c.text.strip() and not words_over(c.text, 8)))
    return sum(a.table in named for a in actions) * 2 > len(actions)


# a sum of money as a spending table prints it ('£694.42 committed', '$1,200', '€90')
_MONEY = re.compile(r"[£$€]\s?\d|\b\d[\d,]*(?:\.\d\d)?\s?(?:GBP|USD|EUR)\b")
_FUNDED_SHARE = 0.5  # of a spending table's rows that print a sum under its cost heading
# a spending table's heading row may stand under the figures and notes a grant report opens with
# ('Total funding … £5,438', 'Objectives of spending: …'): the rows searched for it
_SPEND_HEADING_ROWS = 8


def tables_fund_items(raw: RawDocument, actions: Sequence[Action]) -> bool:
    """Were most actions read from spending tables: a heading row that names what each row costs
    ('Item/Project | Cost | Objectives | Outcomes', vocab.SPEND_HEADING_WORDS) over rows most of which
    print a sum of money under it ('£694.42 committed')? A grant or spending report's table commits
    money to each item it lists, so the items are things done or to be done, whatever the document
    calls itself; a table of figures only gives no actions in the first place."""
    funded: set[int] = set()
    carried: range | None = None  # the cost column's grid columns, for a table that goes on over a page
    for b in raw.blocks:
        if not isinstance(b, Table):
            continue
        if carried is not None and b.rows and any(_MONEY.search(c.text) for c in b.rows[0].cells
                                                  if c.col in carried):
            funded.add(b.index)  # the next page's part of the table: no headings, sums where they were
            continue
        carried = None
        for k, heads in enumerate(b.rows[:_SPEND_HEADING_ROWS]):
            cols = [c for c in heads.cells if c.text.strip() and not words_over(c.text, 4)
                    and set(fold(c.text).split()) & SPEND_HEADING_WORDS]
            if len(cols) != 1 or len([c for c in heads.cells if c.text.strip()]) < 3:
                continue
            spans = range(cols[0].col, cols[0].col + cols[0].colspan)
            rows = [[c for c in r.cells if c.col in spans and not c.merged_above] for r in b.rows[k + 1:]]
            rows = [r for r in rows if any(c.text.strip() for c in r)]
            if rows and sum(1 for r in rows if any(_MONEY.search(c.text) for c in r)) >= _FUNDED_SHARE * len(rows):
                funded.add(b.index)
                carried = spans
            break
    return bool(funded) and sum(a.table in funded for a in actions) * 2 > len(actions)


_WHO_FIELDS = frozenset({"lead", "responsible"})
_SURE_FIELD = 90.0  # how surely a heading must name who or when


def tables_head_plan(raw: RawDocument, actions: Sequence[Action]) -> bool:
    """Were most actions read from tables whose own headings name a column as the actions and others
    as who and by when ('Action | Deadline | Responsible Party', a memo's requirements tracker)? Such a
    table asks of each item what a plan's does, whatever the document calls itself: a cell that answers
    'Ongoing' still answers it."""
    planned = {b.index for b in raw.blocks if isinstance(b, Table) and heads_plan(b)}
    return sum(a.table in planned for a in actions) * 2 > len(actions)


def heads_plan(b: Table) -> bool:
    """Do the table's own headings name a column as the actions and others as who and by when
    ('Action | Deadline | Responsible Party')?"""
    labels = [c.text for row in b.rows[:_HEADING_ROWS] for c in row.cells
              if c.text.strip() and not words_over(c.text, 8)]
    if not any(names_action(t) >= SURE_ACTION_HEADING for t in labels):
        return False
    fields = {f for f, score, _ in map(classify, labels) if score >= _SURE_FIELD}
    return bool(fields & _WHO_FIELDS) and "due" in fields


_SCHEDULE_HEADING_WORDS = 4  # words, at most, of a heading naming a schedule's items or its dates


def _schedule_heads(b: Table) -> bool:
    """Does one of the table's first rows head a column as a schedule's items ('Project Milestone',
    'Deliverables') and another as their dates ('Milestone Date', 'Due date')? A heading that names the
    dates ('Milestone Date') is the dates' column, not the items'."""
    for row in b.rows[:_HEADING_ROWS]:
        labels = [c.text for c in row.cells if c.text.strip() and not words_over(c.text, _SCHEDULE_HEADING_WORDS)]
        due = {t for t in labels if classify(t)[0] == "due" and classify(t)[1] >= _SURE_FIELD}
        if due and any(t not in due and SCHEDULE_ITEM_HEADING_WORDS & _words(t) for t in labels):
            return True
    return False


def tables_schedule_items(raw: RawDocument, actions: Sequence[Action]) -> bool:
    """Were most actions read from tables headed as a schedule of deliverables ('Project Milestone |
    Milestone Date | Notes'), each dated there? A project's work plan sets out what it will deliver by
    when in such a table, whatever its title calls the project ('Business Analysis to …'): a
    report's or a guide's tables list findings, steps or terms, and head no column so."""
    scheduled_tables = {b.index for b in raw.blocks if isinstance(b, Table) and _schedule_heads(b)}
    return sum(a.table in scheduled_tables and bool(a.due_date) for a in actions) * 2 > len(actions)


_SCHEDULE_STEPS = 3  # steps each set against its own period ('Year 1' … 'Year 3'): a schedule, no pair


def scheduled(a: Action) -> bool:
    """The action is set out over periods, a step for each ('Year 1: …', 'Year 2: …', 'Year 3: …'): a
    schedule of the work, by when each part is done, which a policy's or procedure's item never
    prints; it says when as a due date does, and the form it is in answers for who."""
    dated = [m for m in a.milestones if m.due_raw.strip() and m.milestone.strip()]
    return len(dated) >= _SCHEDULE_STEPS and len({m.due_raw for m in dated}) == len(dated)


def on_timeline(actions: Sequence[Action]) -> set[int]:
    """The actions (ids) set out on a timeline: each under the period it is due in ('Q1 April - June
    2021' over it), its period heading saying by when. A timeline spreads its items over its periods;
    a long list under one period (twenty themes under 'Phase 2: June 2022' on a meeting's slides) is a
    list that happens to sit under a date, so no period may hold more than half of them."""
    dated = [a for a in actions if a.timeframe and a.due_date]
    by_period = Counter(a.timeframe for a in dated)
    if len(by_period) < 2 or max(by_period.values()) * 2 > len(dated):
        return set()
    return {id(a) for a in dated}

def refuse(raw: RawDocument, actions: Sequence[Action], title: str = "", committed: bool = False) -> str:
    """Why the actions read are no plan's ('' when they stand): the document calls itself something
    else, not a plan, and most of its actions say neither who and when nor how they stand. A
    document with a section it names as its commitments (`committed`: a policy's '5. Policy
    commitments', normalise/clauses.py) says itself what it will do: its actions stand."""
    if not actions or committed:
        return ""
    kind = declared_kind(raw, title)
    if not kind.other or kind.plan:
        return ""
    if kind.other in ACCOUNT_KIND_WORDS and tables_name_actions(raw, actions):
        return ""  # a report laid out as its actions ('Actions to achieve:'): its table says what they are
    if kind.other in ACCOUNT_KIND_WORDS and tables_fund_items(raw, actions):
        return ""  # a grant report's spending table: each row's sum commits money to the item
    if tables_head_plan(raw, actions):
        return ""  # 'Action | Deadline | Responsible Party': the table's headings ask who and by when
    if tables_schedule_items(raw, actions):
        return ""  # 'Project Milestone | Milestone Date': the table's headings set out what is due by when
    timeline = on_timeline(actions)
    share = sum(marked(a) or id(a) in timeline or scheduled(a) for a in actions) / len(actions)
    if share >= _MARKED:
        return ""
    return (f"{kind.says}, not a plan, and {share:.0%} of the "
            f"{len(actions)} item(s) read as actions say who and by when or how they stand — not a plan")


# a questionnaire's answer line ('Answer: Yes', 'Answer:No', 'Answer: N/A')
_ANSWER_LABELS = "|".join(map(re.escape, FORM_ANSWER_LABELS))
_ANSWER_VALUES = "|".join(re.escape(v).replace(r"\ ", r"\s+")
                          for v in sorted(FORM_ANSWER_VALUES, key=len, reverse=True))
_ANSWER_LINE = re.compile(rf"^\s*(?:{_ANSWER_LABELS})\s*:\s*(?:{_ANSWER_VALUES})\s*[.]?\s*$", re.I | re.M)
_ANSWERED_LINES = 10  # a questionnaire answers at least so many questions


def answered_form(raw: RawDocument, actions: Sequence[Action]) -> str:
    """Why the actions read are a questionnaire's, not a plan's ('' when they stand): the document
    answers its questions one by one on lines of their own ('Answer: Yes', 'Answer: No'), at least
    _ANSWERED_LINES of them and no fewer than the actions read. A compliance return or self-assessment
    form asks and answers; its tables (who staffs what, a blank template's rows) set no one a task."""
    if not actions:
        return ""
    texts = [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    texts += [c.text for b in raw.blocks if isinstance(b, Table) for r in b.rows for c in r.cells]
    answered = sum(len(_ANSWER_LINE.findall(t)) for t in texts)
    if answered < max(_ANSWERED_LINES, len(actions)):
        return ""
    return (f"a questionnaire that answers its questions line by line ({answered} 'Answer: Yes/No' lines), "
            f"not a plan: its {len(actions)} item(s) read as actions kept aside")


__all__ = ["Kind", "answered_form", "calls_itself_a_plan", "declared_kind", "heads_plan", "marked", "refuse"]
