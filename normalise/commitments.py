"""Plans written as lists with no cue: actions known by what the items say.

    ## Supporting young people into work
    - Expand the apprenticeship programme to 500 places by 2026 (Lead: Skills Team)
      - Recruit 20 employers by March 2025
    - Publish a careers guidance framework for schools in spring 2025

Many strategies, delivery plans and 'key actions' pages give their actions as bulleted or numbered
lists under headings, with no 'We will:' or 'Actions:' above them (normalise/minutes.py reads those)
and no 'Lead:' label inside each item (normalise/lists.py reads those). A reader knows them by
their content, and so does this module, weighing:

- each item: does it open with a verb of action or commit to something ('Expand …', 'We will
  …')? does it say by when ('by 2026', 'in spring 2025') or who leads ('(Lead: Skills Team)')?
  An item that reports what was done ('Opened three hubs in 2023'), asks, defines a word, names a
  thing in a few words or addresses the reader ('You can ask …') is no action;
- each list: most of its items must read as actions, and the heading above it must not name a
  list of another kind (principles, values, achievements, contents, attendees, rights);
- the document: its headings name goals or priorities, its items carry dates or leads, it calls
  itself a plan or a strategy; a document that calls itself minutes, a notice or a report and not
  a plan, or whose items mostly address the reader, is not read so.

Precision matters as much as recall: a document with only weak evidence gives no actions. Nested
items under an action are its milestones. The evidence and the confidence go to the warnings.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.codes import status_words
from planx.normalise.columns import (
    WORD,
    _is_verb,
    commits_to,
    looks_like_action,
    looks_like_person,
    opens_with_present_verb,
    opens_with_verb,
)
from planx.normalise.dates import find_dates
from planx.normalise.headers import MARK_STATUS_FIELD
from planx.normalise.horizons import Horizon, HorizonTrack, read_horizon, split_period_heading
from planx.normalise.lists import _MARKER, ListAction, ListReading, _Unit, read_labels, status_tail, unit_links
from planx.normalise.minute_marks import due_of, is_acronym_of, is_owner
from planx.normalise.minutes import _BARE_LABEL, announces_effects, announcing, dated_list_label, list_heading
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import (
    ACCOUNT_KIND_WORDS,
    COMMITMENT_MODALS,
    DELIVERABLE_NOUNS,
    DOCUMENT_FORM_WORDS,
    DONE_LEAD_INS,
    EXAMPLE_WORDS,
    FIGURE_NOTE_OPENINGS,
    LEAD_IN_ACTION_WORDS,
    LIST_ACTION_HEADING_LAST_WORDS,
    LIST_ACTION_HEADING_WORDS,
    LIST_GOAL_HEADING_WORDS,
    LIST_GOAL_STATEMENT_WORDS,
    LIST_HEADING_FILLERS,
    LIST_LABEL_ACTION_WORDS,
    LIST_NOT_PLAN_HEADING_WORDS,
    NAMED_YEAR_WORDS,
    NON_PLAN_DOCUMENT_WORDS,
    NUMBERED_PART_WORDS,
    NUMBERED_SECTION_NOT_GOAL_WORDS,
    PLAN_DOCUMENT_WORDS,
    READER_INVITATIONS,
    REFERENCE_NOTE_WORDS,
    RELATIVE_STEP_UNITS,
    REPORTING_VERBS,
    SECOND_READING_PLAN_WORDS,
    TITLE_ACTION_LIST_WORDS,
)
from planx.normalise.vocab_school import QUESTION_OPENERS

# Set when a first reading of the document found no plan in it (normalise/__init__.py reads it
# again so): its tables hold none (a framework's grid of principles, a list of partners), so its
# lists are read past them; and in a document calling itself a plan, an item under a heading that
# names its items as things to be done is one, even named by a noun ('Accessible PDFs.'). On a first
# reading both would take lists from the readers that know them better (roadmaps, labelled items).
SECOND_READING: ContextVar[bool] = ContextVar("SECOND_READING", default=False)
# Where read_commitments says which lists it set aside for want of the label the document gives its
# actions ('Actions'), when no reading of its own comes of it (the walker's list reading collects
# them for its warnings: normalise/walker_blocks.py); None when nobody listens
SET_ASIDE_NOTES: ContextVar[list[str] | None] = ContextVar("SET_ASIDE_NOTES", default=None)

_MIN_ACTIONS = 3  # fewer actions are no plan, whatever they say
_LIST_SHARE = 0.5  # the share of a list's items that must read as actions
_ACCEPT = 0.5  # the document's evidence (0–1) needed to read it so
# how surely a form's label must name its field ('Owned by' names a lead at 80) to show a form per action
_FORM_LABEL_SCORE = 80.0
_PLAN_TABLE = 3  # a table of this many rows and columns or more holds the plan: its lists are narrative
_READER_SHARE = 0.3  # items addressing the reader ('you', 'your') in this share: a notice or a guide
_MIN_LISTS = 3  # actions in this many lists or more: the document is written as lists of actions
_SIBLING_SHARE = 2 / 3  # the share of a list's items reading as actions that makes the rest alike
_REPEATED = 2  # lists read under headings naming them as actions, from this many: a plan's template
_TITLED_SHARE = 1 / 3  # the share of a list's items that must read as actions for its title to name the rest
_LOCAL_NAMED = 1.0  # the share of items under their own heading or lead-in naming them as actions that lets
# the lists stand whatever the document calls itself (every item: a report's one 'Next steps' list)
_NAMED_TRUST = 0.5  # the share of items under headings naming them as actions that lets terse items stand
_PLEDGED = 0.8  # the share of items that are the writer's commitments ('We will …') that speaks for a plan

# a date phrase closing an item: 'in spring 2025', 'during 2025/26', 'from April 2025', 'by 2026'
_WHEN = re.compile(r"\b(?:by|before|until|in|during|from|within|over|throughout|no later than)\s+(?=\S)", re.I)
# a trailing owner in brackets or after a dash: '(Skills Team)', '– Head of SEND'
_TRAILING_NOTE = re.compile(r"\s*(?:\(([^()]{2,60})\)|\s[–—-]\s+([^–—-]{2,60}))\s*\.?\s*$")
_PAGE_NUMBER = re.compile(r"(?:\.{3,}|…|\t|\s{2,})\s*\d{1,3}\s*$|\s\d{1,3}$")
_DEFINITION = re.compile(r"^([^:–—]{1,40}?)\s*(?::|\s[–—-]\s)\s*\S")
_READER_WORDS = {"you", "your", "yours", "yourself"}
_PAST = ("reports what was done", "reports what is or was")  # what a 'Done' heading's items say
_PERSONS = {"we", "i", "they", "it", "he", "she"}


@dataclass
class _Evidence:
    """What one item says: its action text and fields, and what makes it an action or not."""
    fields: dict[str, str]
    acts: bool  # opens with a verb of action or commits to something
    why_not: str = ""  # why it is no action ('reports what was done', 'a question' …)
    reader: bool = False  # addresses the reader ('you', 'your')
    horizon: bool = False  # under a period or state heading, which says when or how it stands
    aside: tuple[str, ...] = ()  # its text that is none of its fields (a run-in topic, a figure note)
    boxed: bool = False  # printed in a task list's box ('[ ] Identify the service owner'): a to-do's item

    @property
    def action(self) -> bool:
        return self.acts and not self.why_not

    @property
    def planned(self) -> bool:
        """Nothing speaks against it and it says by when or who leads (or its heading says when or
        how it stands): in a list of actions, one more ('Open a single front door … by the end of
        2025', whose verb is an adjective too)."""
        return not self.why_not and (self.horizon or bool({"due", "lead"} & set(self.fields)))


@dataclass
class _Entry:
    unit: _Unit
    children: list[_Unit] = field(default_factory=list)
    context: dict[str, str] = field(default_factory=dict)


@dataclass
class _List:
    entries: list[_Entry]
    heading: str  # the heading above it ('' when none)
    cued: bool  # a cue above it ('We will:', 'Actions:'): the prose reader's
    horizon: Horizon | None = None  # the period or state heading it sits under (normalise/horizons.py)
    # under a heading naming what follows as actions ('How we'll do this', 'What we will do'), through
    # the sub-headings that each head a list of their own ('Digital identity' / › Establish …); not
    # yet weighed as naming the list (it took a plan's outcomes in tests/test_second_reading.py)
    under_named: bool = False
    # its heading labels it as the document's actions ('Actions', 'Key actions', 'What we will do'), or it
    # sits under a sub-heading ranked below such a label ('## Actions' / '### Housing' / - …): see
    # labels_actions and _set_aside_unlabelled
    labelled: bool = False


# ---- one item ----------------------------------------------------------------------------------------

def item_evidence(text: str, done: bool = False, in_period: bool = False) -> _Evidence:
    """Read one list item: its fields (action, lead, due, status) and whether it reads as an action.
    done: the item sits under a heading saying its items are done ('Done', 'Things we've done'), where
    an item in the past tense ('Launched a regular email …') is an action reported complete.
    in_period: the item sits under a period heading ('April 2018 onwards', 'Next'), where an item opening
    with a verb's -ing form ('Sending pre-compiled letters', 'Exploring other channels') names work
    planned for that period, as a roadmap writes it."""
    from planx.normalise.roadmaps import task_box
    text, boxed, box = task_box(text)  # '[ ] Improve and maintain documentation …': a task list's box
    status, text = _leading_status(text)
    period, text = leading_period(text)  # 'Q1 2025 – Launch …'
    step, text = leading_step(text) if period is None else ("", text)  # 'Week 1: Identify your current skills …'
    head, values, _ = read_labels(text)  # '(Lead: Skills Team; by March 2026)', '– Owner: J Smith'
    action = head or text
    aside: list[str] = []
    topic, rest = run_in_topic(action)  # 'Hospitals—Modify Policy To …': the topic is a title
    action, note = figure_note(rest)  # '… Estimated savings $340 million.': a figure's note
    aside += [t for t in (topic, note) if t]
    fields = {k: v for k, v in values.items() if k in ("lead", "due", "status", "rag", "measure", "outcome")}
    if period is not None:
        fields[TIMEFRAME_FIELD] = period.text  # the item's own timeframe, and its due date
        if "due" not in fields:
            fields["due"] = period.text
    if step:
        fields[TIMEFRAME_FIELD] = step  # when in the schedule the item falls; no date, so no due date
    if status and "status" not in fields:
        fields["status"] = status
    if not boxed and "status" not in fields:  # '… (Jo Bates, due May 2026) — not started': its status
        action, tail = status_tail(action)  # (a ticked box says how it stands: the words stay the item's)
        if tail:
            fields["status"] = tail
    if box and "status" not in fields:  # status_raw: the box as printed; the status it gives
        fields["status"] = box
        if boxed:
            fields[MARK_STATUS_FIELD] = boxed
    if "lead" not in fields and "due" not in fields:
        action = _follow_up_sentences(action, fields)
        action = _closing_who_when(action, fields)
    if "lead" not in fields:
        action, lead = _trailing_lead(action)
        if lead:
            fields["lead"] = lead
    if "due" not in fields:
        when = _closing_date(action) or due_of(action) or _bracketed_date(action) or _deadline_clause(action)
        if when and not _named_year(when):  # ('… as required by the MSA 2015': a name's year, no due date)
            fields["due"] = when
    fields["action"] = action
    words = [w.lower() for w in WORD.findall(action)]
    reader = bool(_READER_WORDS & set(words))
    # a thing to be done named as a noun counts too ('Creation of a new code', 'Endorsement of …')
    # and a list of what a body does ('Publishes …', 'Develops …'): the same verbs in their -s form
    # an adverb before the verb reads past ('Proactively communicate …', 'Regularly track …')
    verb_text = action.split(None, 1)[1] if len(words) > 2 and words[0].endswith("ly") and len(words[0]) > 4 \
        and words_over(action, 1) else action
    acts = (looks_like_action(verb_text) or opens_with_verb(verb_text) or opens_with_present_verb(verb_text)
            or commits_to(words, within=6) or _names_deed(words) or _required_by_deadline(action)
            or actor_at_work(action))
    why_not = _why_not(action, words)
    acts = bool(acts) or in_period and _names_work_in_progress(words)
    if in_period and not acts and writer_at_work(words):
        acts, why_not = True, ""  # 'We are continuing to add …', 'We intend to package …' under 'Now' / 'Next'
    if done and why_not in _PAST:
        acts, why_not = True, ""
    return _Evidence(fields, acts, why_not, reader, aside=tuple(aside), boxed=bool(box))


# a sentence opening with the deadline it sets ('Within 60 days of the release of this memorandum, DHS …
# shall establish …', 'No later than March 2026, agencies must …'): the clause, then the rest
_DEADLINE_CLAUSE = re.compile(r"^\s*(?:within|no later than|not later than|by)\s+[^,;:]{3,80},\s+(?=\S)", re.I)
_REQUIRED_SUBJECT_WORDS = 16  # words of who acts (with whom they act) before the modal, after a deadline clause


def _deadline_clause(text: str) -> str:
    """The deadline a requirement opens with ('Within 60 days of the release of this memorandum'), as
    written; '' for any other text."""
    m = _DEADLINE_CLAUSE.match(text)
    return squash(m.group(0)).rstrip(" ,") if m is not None and _required_by_deadline(text) else ""


def _required_by_deadline(text: str) -> bool:
    """A requirement with its deadline first: the clause says by when ('Within one year of …,'), the
    sentence after it that someone shall or must do a thing ('agencies shall complete updates …'); its
    subject may name partners at length ('DHS, in coordination with OMB and the CISO Council shall …')."""
    m = _DEADLINE_CLAUSE.match(text)
    if m is None or not find_dates(m.group(0)) and not _SPAN_OF_TIME.search(m.group(0)):
        return False
    return commits_to([w.lower() for w in WORD.findall(text[m.end():])], within=_REQUIRED_SUBJECT_WORDS)


# a span of time a deadline counts from an event ('60 days', 'one year', 'six months')
_SPAN_OF_TIME = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|nine|twelve|eighteen)\s+"
                           r"(?:days?|weeks?|months?|years?)\b", re.I)


# a topic run in before an em dash set close ('Hospitals—Modify Policy To …', 'Children’s Health— Improve …')
_RUN_IN_TOPIC = re.compile(r"^\s*(?P<topic>[^—:;.()]{2,80}?)\s?—\s*(?=[A-Z])")
_TOPIC_WORDS = 10  # a run-in topic's words, at most


def run_in_topic(text: str) -> tuple[str, str]:
    """(topic, the rest) of an item that opens with a short topic before an em dash and then says
    what to do ('Medical Equipment and Supplies—Reduce the Rental Period …'): the topic titles the item,
    as a heading would, and is no part of the action. ('', text) when the text after the dash does not
    open with a verb of action or the part before it does (a sentence broken by a dash)."""
    m = _RUN_IN_TOPIC.match(text)
    if m is None or words_over(m.group("topic"), _TOPIC_WORDS):
        return "", text
    rest = text[m.end():]
    if not opens_with_verb(rest) or opens_with_verb(m.group("topic")):
        return "", text
    if not m.group("topic").lstrip(" `*_'\"‘“")[:1].isupper():
        return "", text  # a title opens with a capital; a name in code or lower case ('`indexing` — Parse
        # index.yml') is the item's own subject, part of what it says
    return squash(m.group("topic")), rest


# a note after the action's sentence that gives its figure, not a thing to do: 'Estimated savings $340
# million.', 'Estimated savings to be determined (TBD).', 'Nonmonetary.', with a closing '(New)'
_FIGURE_NOTE = re.compile(rf"(?<=[.!?])\s+(?P<note>(?:{'|'.join(FIGURE_NOTE_OPENINGS)})\b.*)$", re.I | re.S)


def figure_note(text: str) -> tuple[str, str]:
    """(the action, the figure note after it) of an item closed by a note of what it saves or costs
    ('Reduce the Rental Period … Equipment. Estimated savings $3.2 billion.'): the note is a figure's,
    kept aside; (text, '') when none closes it."""
    m = _FIGURE_NOTE.search(text)
    if m is None:
        return text, ""
    return text[:m.start()].rstrip(), squash(m.group("note"))


# an item opening with its period set off by a colon or a spaced dash: 'Week 1: Identify …', 'Q1 2025 – …'
_LEADING_PERIOD = re.compile(r"^\s*(?P<when>[^:;,.–—()\[\]]{2,30}?)\s*(?::|\s[–—-]\s)\s*(?=\S)")
# the field an item's own period goes in until the action is built: its timeframe (a context field)
TIMEFRAME_FIELD = "timeframe"


def leading_period(text: str) -> tuple[Horizon | None, str]:
    """(the period, the rest) of an item that opens with a dated period of its own ('Q1 2025 – Launch
    the pilot', 'By March 2026: Publish …'); (None, text) for any other item ('Lead: …', 'Note: …' are
    labels, not periods: normalise/horizons.py reads none). A period with no date ('Q1:', 'Week 1:')
    is left in the item: under a plan's 'Timeline' heading such items restate its actions by quarter
    (dev_bulletplans' climate action plan), and nothing dates them."""
    m = _LEADING_PERIOD.match(text)
    if m is None:
        return None, text
    h = read_horizon(m.group("when"))
    if h is None or h.kind != "period" or not h.dated:
        return None, text
    return h, text[m.end():]


_RELATIVE_STEP = re.compile(rf"^\s*(?P<when>(?:{'|'.join(RELATIVE_STEP_UNITS)})\s+\d{{1,3}}"
                            r"(?:\s*(?:-|–|—|to|and|&)\s*\d{1,3})?)\s*(?::|\s[–—-]\s)\s*(?=\S)", re.I)


def leading_step(text: str) -> tuple[str, str]:
    """(the step, the rest) of an item that opens with a step of a schedule counted from the plan's
    start ('Week 1: Identify your current skills …', 'Weeks 2–6 – Build the hub pages', 'Month 3: …'):
    the step is when the item falls, its timeframe, though it dates nothing (no due date is made of
    it); the rest says what is done. ('', text) for any other item. A quarter with no year ('Q1:') is
    no such step: under a plan's 'Timeline' such items restate its actions (leading_period)."""
    m = _RELATIVE_STEP.match(text)
    if m is None:
        return "", text
    return squash(m.group("when")), text[m.end():]


_LEADING_NOTE = re.compile(r"^\s*[(\[]([^()\[\]]{2,30})[)\]]\s*[-–:]?\s*(?=\S)")


def _leading_status(text: str) -> tuple[str, str]:
    """('completed', rest) for '(completed) Creation of …': how the item stands, printed before it."""
    m = _LEADING_NOTE.match(text)
    if m is None or not status_words(m.group(1)):
        return "", text
    return m.group(1).strip(), text[m.end():]


def _names_work_in_progress(words: list[str]) -> bool:
    """'Sending …', 'Checking …', 'Planning …': an item opening with a verb's -ing form."""
    first = words[0] if words else ""
    if len(words) < 3 or not first.endswith("ing") or len(first) < 6:
        return False
    stem = first[:-3]
    return any(_is_verb(s) for s in (stem, stem + "e", stem + "ate", stem[:-1] if stem[-1:] == stem[-2:-1] else ""))


_WRITER = {"we", "we're", "we’re", "we are"}
_INTENDS = {"intend", "expect", "plan", "aim", "hope"}
# words in -ing after 'we are' that say how the writer stands, not what it does ('we are willing to …')
_STATE_ING = {"willing", "pleasing", "missing", "outstanding", "interesting", "exciting", "amazing", "during",
              "nothing", "something", "everything", "anything", "according", "looking"}
_SUBORDINATE = {"that", "which", "who", "and", "as", "because", "if", "when", "while", "where", "unless"}
_WRITER_WORDS = 10  # the writer names itself within this many words ('Based on our framework, we're …')


def writer_at_work(words: list[str]) -> bool:
    """'We are also working with …', 'Based on our framework, we're introducing …', 'We intend to
    package …': the writer's own work going on ('we are' and a verb's -ing form) or intended ('we
    intend/expect/plan to'), as a roadmap's 'Now' and 'Next' items word it (words folded)."""
    text = " ".join(words[:_WRITER_WORDS + 3]).replace("we're", "we are").replace("we’re", "we are")
    m = re.search(r"\bwe are (?:also |now |still |currently )?(\w+ing)\b|\bwe (?:" + "|".join(sorted(_INTENDS))
                  + r") to \w+", text)
    before = text[:m.start()].split() if m is not None else []
    if m is None or len(before) > _WRITER_WORDS or before and before[-1] in _SUBORDINATE:
        return False  # '… and acknowledge that we are falling short': a clause inside, not what is done
    return m.group(1) is None or len(m.group(1)) >= 6 and m.group(1) not in _STATE_ING


_ACTOR_WORDS = 5  # words of who acts before the verb in -ing ('VP Student Life transitioning …')
_ACTOR_JOINS = {"of", "and", "&", "the", "for"}  # inside a role's name ('Head of Finance', 'Chair and Clerk')
# words in -ing that are no verb at work after a name: prepositions, adjectives ('Council Tax remaining …')
_NOT_AT_WORK_ING = _STATE_ING | {"including", "following", "regarding", "concerning", "existing", "remaining",
                                 "ongoing", "upcoming", "pending", "excluding", "notwithstanding", "incoming"}
# words after a noun in -ing, never after a verb taking its object ('Council Tax funding for schools')
_AFTER_NOUN = frozenset("and or & of for in on at to from by across within between among is are was were".split())


def actor_at_work(text: str) -> bool:
    """'VP Finance implementing software to …', 'Head of Wellbeing transitioning resources online':
    who acts (a role, a team or a person, in capitalised words), then what they are doing, a verb's
    -ing form in lower case and its object, as a society's or a team's plan lists its officers'
    work under way. The -ing word need not be one the lexicon knows as a verb ('shifting',
    'gathering'): after a name and before its object it can be no noun ('Council Tax funding for
    schools' is one: a preposition follows it)."""
    words = WORD.findall(text[:200])
    for at in range(1, min(_ACTOR_WORDS, len(words) - 2) + 1):
        word = words[at]
        if word[:1].isupper() or word.lower() in _ACTOR_JOINS:
            continue
        named = words[:at]
        return (word.islower() and word.endswith("ing") and len(word) >= 6 and word not in _NOT_AT_WORK_ING
                and named[0][:1].isupper() and named[-1].lower() not in _ACTOR_JOINS
                and fold(named[0]) not in _PERSONS and words[at + 1].lower() not in _AFTER_NOUN
                and looks_like_person(" ".join(named)))
    return False


def _names_deed(words: list[str]) -> bool:
    """'Creation of …', 'Endorsement of …', 'Implementation of …': a noun of doing (a verb's
    -tion, -ment, -al noun, or a plan's deliverable noun) opening the item, then 'of'."""
    if len(words) < 4 or words[1] != "of":
        return False
    head = words[0]
    if head in DELIVERABLE_NOUNS:
        return True
    stems = [head[:-len(end)] for end in ("ation", "ment", "ion", "al") if head.endswith(end)]
    return any(_is_verb(stem) or _is_verb(stem + "e") for stem in stems if len(stem) >= 3)


def _closing_who_when(text: str, fields: dict[str, str]) -> str:
    """The item without the bracket that closes it with who leads and by when, set into fields
    ('Sign the leases (@Jo Bates, due 15/10/2024)' → lead 'Jo Bates', due '15/10/2024'): the tail a
    numbered outline's items close with (normalise/numberedoutline.py), read here the same way."""
    from planx.normalise.numberedoutline import trailing_who_when
    found = trailing_who_when(text)
    if found is None or not words_over(found[0], 1):
        return text
    fields["lead"], fields["due"] = found[1], found[2]
    return found[0]


def _follow_up_sentences(text: str, fields: dict[str, str]) -> str:
    """The item without the sentences closing it that point back at it to say who leads and by when
    ('We will … . This work will be led by Karen Doyle and completed by February 2025.'), what they
    say set into fields: a letter's or a prose plan's way of giving each commitment its lead and date."""
    from planx.normalise.inlinewho import follow_up_who_when
    found = follow_up_who_when(text)
    if found is None or not words_over(found[0], 1):
        return text
    for key, value in (("lead", found[1]), ("due", found[2])):
        if value:
            fields[key] = value
    return found[0]


def _trailing_lead(text: str) -> tuple[str, str]:
    """('Expand the programme', 'Skills Team') for 'Expand the programme (Skills Team)'; a note that
    names who (a role, initials, a team) and nothing else."""
    m = _TRAILING_NOTE.search(text)
    if m is None or len(text[:m.start()].split()) < 3:
        return text, ""
    who = (m.group(1) or m.group(2) or "").strip(" .")
    if who and fold(who).split()[0] in REFERENCE_NOTE_WORDS:
        return text, ""  # '(See Appendix B)': a cross-reference
    if who and any(fold(who).startswith(fold(w) + " ") for w in EXAMPLE_WORDS):
        return text, ""  # '(e.g. drug/alcohol services)': examples of what the item names, no one who acts
    if not who or find_dates(who, 2000) or is_acronym_of(who, text[:m.start()]) or words_over(who, 6):
        return text, ""  # '(by March 2026)', '(SEND)' after its long form, a clause
    if is_owner(who) or looks_like_person(who):
        return text[:m.start()].rstrip(" ,;"), who
    return text, ""


_NOTES_AT_END = re.compile(r"(?:\s*\(([^()]{2,40})\))(?:\s*\(([^()]{2,40})\))?[\s.;,]*$")


def _bracketed_date(text: str) -> str:
    """The period an item closes with in brackets ('… content (March).', '… pages (March – May).',
    '… offer (May) (See Appendix B).'), '' when none: a note that is a dated period and nothing
    else (normalise/horizons.py), the last such of the item's last two notes."""
    from planx.normalise.dates import date_spans
    from planx.normalise.horizons import _only_period_words
    m = _NOTES_AT_END.search(text)
    if m is None or len(text[:m.start()].split()) < 3:
        return ""
    for note in (m.group(2), m.group(1)):
        spans = date_spans(note, 2000) if note else []  # a month alone names a date in the plan's year
        rest = note or ""
        for start, end, _ in reversed(spans):
            rest = rest[:start] + " " + rest[end:]
        if spans and _only_period_words(rest):
            return note.strip()
    return ""


def _closing_date(text: str) -> str:
    """The date an item closes with ('… in spring 2025', '… during 2025/26'), '' when none."""
    for m in reversed(list(_WHEN.finditer(text))):  # the last preposition: 'in the borough by May 2026'
        when = text[m.end():].strip(" .;")
        if words_over(when, 6) or re.search(r"[;:()]", when):
            return ""
        if find_dates(when, 2000):
            return when
    return ""


# a year alone after a capitalised word ('the MSA 2015', 'the Care Act 2014')
_YEAR_AFTER_NAME = re.compile(r"\b([A-Z][A-Za-z]*)\s+(?:19|20)\d{2}\b(?![/–-])")


def _named_year(when: str) -> bool:
    """Does a closing phrase's year belong to a name ('the MSA 2015', 'the Care Act 2014', 'the Local
    Plan 2030'): after an acronym or a capitalised word naming legislation or a plan
    (vocab.NAMED_YEAR_WORDS)? Then it says what the item conforms to, not when it is due."""
    m = _YEAR_AFTER_NAME.search(when)
    if m is None:
        return False
    word = m.group(1)
    return word.isupper() and len(word) >= 2 and not re.fullmatch(r"[QH]\d", word) \
        or fold(word) in NAMED_YEAR_WORDS



def _why_not(text: str, words: list[str]) -> str:
    """Why an item is no action, whatever its first word: '' when nothing speaks against it."""
    if len(words) < 4:
        return "a short phrase"
    if text.rstrip().endswith("?"):
        return "a question"
    if _PAGE_NUMBER.search(text) and len(words) <= 12:
        return "a contents line"
    first = words[0] if words[0] not in _PERSONS else (words[1] if len(words) > 1 else "")
    if first.endswith("ed") and first not in COMMITMENT_MODALS and "-" not in first and not _is_verb(first):
        # 'Opened three hubs', 'We launched …' (a base verb seldom ends so: one that does, 'Embed …',
        # 'Exceed …', is in the verb list); a compound ending so is an adjective ('User-centred design
        # of …', 'Evidence-based training for …')
        return "reports what was done"
    if any(w in REPORTING_VERBS for w in words[:3]) and not commits_to(words, within=6) \
            and not (words[0] == "to" and words[1] in REPORTING_VERBS):  # 'To have regard to …': an infinitive
        return "reports what is or was"  # 'Waiting times fell …', 'We have opened …'
    m = _DEFINITION.match(text)
    if m is not None and not looks_like_action(m.group(1) + " x y") and not words_over(m.group(1), 4) \
            and not read_labels(text)[1]:
        return "a term and what it means"  # 'Early help: support given as soon as …'
    return ""


# ---- lists -------------------------------------------------------------------------------------------

def _heading_text(unit: _Unit, next_unit: _Unit | None, kids: int = 0) -> str | None:
    """The text of a heading line, or None: a styled heading (or a short bold line), a banner ('Priority 2: …'), a short
    line over list items (plain text marks no headings), a numbered line that is no action
    itself over items nested under it ('1. Skills' over bullets) or set in bold, or an item that
    names the items nested under it as actions ('- **Actions**:'). kids: how many items nest under it."""
    from planx.normalise.banners import read_banner
    if unit.styled():
        return unit.text
    if unit.marker and kids and names_list_label(bare(unit)):
        return unit.text
    if unit.marker:
        # over items nested under it, a list numbered from 1 again ('2. Skills' / '1. Expand …') or
        # its own outline numbers ('2. Skills' / '2.1 Expand …')
        opens_list = next_unit is not None and (_nests(next_unit, unit) or next_unit.number == "1"
                                                or bool(unit.number) and next_unit.number.startswith(unit.number + "."))
        # or set in bold over its own text ('1. Improving EHC plans' in bold, a sentence, then the list)
        if unit.marker != "number" or not (opens_list or unit.bold) or words_over(unit.text, 14):
            return None
        text = bare(unit)
        if read_horizon(text) is not None:
            return unit.text  # a numbered period or state heading ('4. Short term activity (March - May)')
        first = WORD.match(text)
        base_verb = first is not None and not first.group().lower().endswith("ing") and looks_like_action(text)
        # a title closing with a colon over several items nested under it ('3. Support for Displaced
        # Populations:' over its actions) is their theme, whatever its first word
        titled = kids >= _THEME_KIDS and text.rstrip(" *_").endswith(":") and len(text.split()) <= _LABEL_WORDS
        # a whole sentence in which someone commits ('1. Agencies must participate in CISA's CDM program.'
        # over '• CISA will ground the CDM program …'): an action, its bullets the parts of it
        words = fold(text).split()
        committed = text.rstrip().endswith(".") and bool(COMMITMENT_MODALS & set(words[1:_SUBJECT_WORDS + 1]))
        return None if (base_verb and not titled) or committed or item_evidence(text).fields.get("due") \
            else unit.text
    banner = read_banner(unit.text)
    if unit.bold and banner and banner[0] and banner[1] and not words_over(unit.text, _BANNER_WORDS):
        # a whole line in bold that numbers a priority ('SBC priority 1: Develop high quality learning,
        # teaching and assessment that leads to … settings.'): the theme of what follows, however long
        return unit.text
    if words_over(unit.text, 14) or unit.text.endswith((".", ";", ",", ":")):
        return None
    if banner and banner[1] or next_unit is not None and next_unit.marker and not next_unit.heading:
        return unit.text
    return None


_SUBJECT_WORDS = 6  # words, at most, before the modal of a numbered sentence that commits someone
_BANNER_WORDS = 40  # words of a bold numbered banner line read as a theme, at most
_THEME_KIDS = 2  # items nested under a numbered title closing with a colon that make it their theme
_LABEL_WORDS = 8  # words of such a title, or of an item naming its nested items as actions, at most


def names_list_label(text: str) -> bool:
    """'**Actions**:', 'What we will do:', 'Next steps:': an item (or line) that is only a label naming
    the items below it as things to be done, closing with a colon."""
    text = text.strip().strip("*_ ")
    return text.endswith(":") and not words_over(text, _LABEL_WORDS) and names_actions(text.rstrip(":*_ ")) \
        and not commits_to([w.lower() for w in WORD.findall(text)], within=2)


def _kids(units: list[_Unit], k: int) -> int:
    """How many items after units[k] nest under it."""
    n = 0
    for unit in units[k + 1:]:
        if not _nests(unit, units[k]):
            break
        n += 1
    return n


def bare(unit: _Unit) -> str:
    """An item's text without its number ('3. Train SENCOs …' → 'Train SENCOs …')."""
    return _MARKER.sub("", unit.text, count=1) if unit.marker == "number" else unit.text


def _nests(unit: _Unit, under: _Unit) -> bool:
    """Does an item sit under the one before: deeper by the source's levels, or, where the source
    gives none (PDF), a bullet under a numbered item, or another bullet glyph than the list's?"""
    if not unit.marker:
        return False
    if unit.level != under.level:
        return unit.level > under.level
    if under.marker == "number" and unit.marker in ("bullet", "letter"):
        return True
    return unit.marker == "bullet" == under.marker and unit.glyph != under.glyph


def _announces_effects(text: str) -> bool:
    """'4. More data will:': a list of what a thing will bring about (normalise/minutes.py)."""
    m = announcing(text)
    return m is not None and announces_effects(text[:m.start()])


def _is_cue(text: str) -> bool:
    """A line that announces the list below ('We will:', 'Actions:', 'Actions for next meeting')."""
    return bool(announcing(text) or _BARE_LABEL.match(text) or list_heading(text) or dated_list_label(text))


def lists_of(units: list[_Unit]) -> list[_List]:
    """The lists of a document, each with the heading above it and its items' nested items; items
    under a period or state heading carry what it gives them (normalise/horizons.py)."""
    out: list[_List] = []
    heading, cued, current = "", False, None  # type: str, bool, _List | None
    context = {"area_ref": "", "area": ""}
    rank = 0  # the rank of the heading that gave the context (0: unknown)
    topic_unit, topic_over_states = -1, False  # that heading's unit; whether it stands straight over states
    styled_theme = False  # the context came from a line the source styles as a heading (not only bold)
    # the context came from the document's first heading, its title, which names no theme inside it
    from_title, seen_heading = False, False
    titles = [_heading_text(unit, units[k + 1] if k + 1 < len(units) else None, _kids(units, k))
              for k, unit in enumerate(units)]
    for k in range(1, len(units)):
        # a plain short line straight under a styled heading is its tagline ('End-to-end service
        # experience' / 'Making it easier to engage with us digitally' / • …): the heading names the list.
        # Not under a heading that only names the list as actions ('How we'll do this' / 'Mobile
        # workforce' / • …): the plain line is then the topic of the list.
        if titles[k] is not None and titles[k - 1] is not None and units[k - 1].heading and not units[k].styled() \
                and not units[k].marker and units[k].block != units[k - 1].block \
                and not names_actions(units[k - 1].text):
            titles[k] = None
    # a period heading numbered by Word's list numbering running on through a paper ('4. Short term
    # activity (March - May)', '5. Medium term activity (June – August)') is read as the period it names
    # when its siblings make a run of periods: their items' timeframe, no area 4 or 5
    track = HorizonTrack([_period_text(t) for t in titles if t is not None])
    naming = False  # inside a section whose heading names what follows as actions
    # whether that heading labels its lists as the document's actions ('Actions', 'What we will do'), its
    # rank, and the rank of the heading over the current list (0: the source gives none)
    naming_label, naming_rank, heading_rank = False, 0, 0
    # the context came from a heading numbering its theme ('I.  Specializing …', 'Goal 2: …'), and the
    # last finer heading inside it (its unit, its text)
    numbered_theme, sub_heading = False, None  # type: bool, tuple[int, str] | None
    skip = -1  # the last unit read as a section's outcome (outcome_under)
    bold_topics = bold_topic_lines(units, titles)  # bold lines naming the section's topics (bold_topic_lines)
    themed_topics = themed_topic_lines(units, titles)  # those of themes parted alike (themed_topic_lines)
    badged = badged_titles(units, titles)  # a title's two lines either side of its code (badged_titles)
    announced = announced_themes(units)  # themes an overview list names, each described ('1. X: …')
    passed = {i for k in badged for i in (k - 2, k - 1)}
    for k, unit in enumerate(units):
        if k <= skip or k in passed:
            continue
        title = titles[k]
        if not unit.marker and current is not None and current.entries and _item_detail(units, titles, k, current):
            continue  # an item's own description under it ('Merge the two pages …'): the list goes on
        if title is not None and context["area"] and not from_title \
                and (said := outcome_under(units, titles, k, {id(e.unit) for lst in out for e in lst.entries})):
            # a section's part headed as its outcome ('Outcomes?' / 'Increased reporting of …' after
            # its 'How?' list): what the section's actions are to bring about, before or after them
            outcome, skip = said
            for lst in reversed(out):
                if not lst.entries or lst.entries[0].context.get("area") != context["area"]:
                    break
                for e in lst.entries:
                    e.context.setdefault("outcome", outcome)
            context = {**context, "outcome": outcome}
            current = None
            continue
        if title is not None:
            heading, current = title, None
            # a heading naming actions opens the section; a sub-heading naming a topic straight over
            # a list of its own keeps it (a designed strategy's 'How we'll do this' / 'Digital
            # identity' / › …); a label naming its own list's kind ('Metrics:') or any other heading
            # (over prose: 'What great looks like') closes it
            heads_list = k + 1 < len(units) and bool(units[k + 1].marker) and titles[k + 1] is None
            naming = names_actions(title) or naming and heads_list and not title.rstrip(" *_#").endswith(":")
            if names_actions(title):
                naming_label, naming_rank = labels_actions(title), unit.rank
            heading_rank = unit.rank
            if _announces_effects(title):
                cued = True  # '4. More data will:' over its list: effects, no reader's actions
                continue
            if dated_list_label(title):
                cued = True  # 'Action Items - 4/5/2021': a meeting's list and its date, the prose reader's
                continue
            period, topic = split_period_heading(title)
            if period is not None:
                # 'Quarter 1 of 2024: Governance and Foundations': the period says when (the items'
                # due), the rest names their theme (the area)
                track.period_topic(period)
                cued, context, rank = False, _context_of(topic), unit.rank
                styled_theme, from_title, seen_heading = unit.heading and not unit.marker, False, True
                continue
            if track.heading(_period_text(title)) is not None:
                cued = False  # a period or state: the topic above holds, unless periods group topics
                # a topic heading straight over its first state heading heads the run of states, even
                # one ranking as it does ('Digital services for residents' / 'Things we've done' /
                # • … / 'Things we're working on now')
                topic_over_states = topic_over_states or k > 0 and topic_unit == k - 1
                if track.outer or unit.rank and rank and unit.rank <= rank and not topic_over_states:
                    # (or the heading before it ranks as it does and had a section of its own: a sibling
                    # section, 'Financial Status' beside 'Major Actions Taken to Date', no topic over it)
                    context = {"area_ref": "", "area": ""}
            elif context["area"] and not from_title and not names_actions(context["area"]) \
                    and (names_actions(title) or prompt_question(title)) \
                    and (unit.marker or not unit.rank or rank < unit.rank
                         or rank == unit.rank and topic_unit == _title_before(titles, k) and bare_action_label(title)):
                # a sub-heading naming its theme's list as actions ('What we're doing to support equity'
                # under 'Equity', '- **Actions**:' under '### 1. Social Media Campaigns'): the theme holds
                # (so does a bare label set in the theme's own type straight after it, 'Working in
                # partnership' / prose / 'Key actions' on a band: a label names no theme of its own)
                # (a heading naming its own list as actions is no theme: 'What we're working on' after
                # 'What we're doing now' is its sibling)
                cued = _is_cue(title) and not unit.marker
            elif context["area"] and not from_title and prompt_question(title):
                # a template's question under a theme ('SBC priority 1: …' / 'What improvements have
                # you made this year?' / 'What has improved for learners? How do you know?'): a prompt
                # the writer answers, inside the theme, which holds as the area
                cued = _is_cue(title)
            elif styled_theme and not from_title and _lesser_heading(unit) and not _numbered_banner(title) \
                    and not names_part_only(context["area"]) and (k not in bold_topics or k in themed_topics):
                # (a styled heading that only numbers a part, 'Compendium Part I', names no theme: the
                # bold line under it, 'Medicare Part A and Part B', is the theme)
                # a line only set in bold under a theme the source styles as a heading, where no ranks
                # are given (a PDF: 'Health and Happiness' / bold 'Where we want to get to' / bold 'What
                # we can do'): a sub-heading inside the theme, which holds as the area
                cued = _is_cue(title)
                if k in themed_topics:  # a topic of a theme parted alike to its siblings: the objective
                    sub_heading = (k, _sub_heading(units, titles, k, title, sub_heading))
                    context = {**context, "objective": sub_heading[1]}
            elif numbered_theme and not from_title and _inside_theme(unit, rank, title):
                # a finer heading inside a numbered goal ('I.  Specializing in Elementary Education' /
                # bold 'We Know Children and' / 'Developmental stages' / • …): the goal is the area
                # (docs/CONTRACT.md, actions.area), the sub-heading the items' objective, its halves
                # joined where the first breaks off on a joining word
                cued = _is_cue(title)
                sub_heading = (k, _sub_heading(units, titles, k, title, sub_heading))
                context = {**context, "objective": sub_heading[1]}
            else:
                cued, context, rank = _is_cue(title), _context_of(title), unit.rank
                if k in badged:
                    context = {"area_ref": badged[k][0], "area": badged[k][1]}
                topic_unit, topic_over_states = k, False
                styled_theme = unit.heading and not unit.marker
                from_title = not seen_heading
                numbered_theme, sub_heading = bool(context["area_ref"]) and not _section_only(context["area"]) \
                    and not _dated(title, context["area"]) or _theme_key(title) in announced and unit.rank > 0, None
            seen_heading = True
            continue
        if not unit.marker and heading and not cued and _unmarked_item(units, k, titles, current):
            # a plain line in a run straight under a heading labelling its list as actions ('Key
            # actions' over a box of items set apart by space, no bullet printed): an item of it
            unit = replace(unit, marker="bullet")
        if not unit.marker:
            # a cue ('… the Council will:') hands its section to the prose reader up to the next
            # heading: lists further down describe the announced items ('1. Issuance of a toolkit')
            # so does a sentence announcing what a thing will bring about ('More data will:'): its list
            # is of effects, which no reader takes as actions
            cued, current = cued or _is_cue(unit.text) or _announces_effects(unit.text), None
            continue
        if current is not None and current.entries and _nests(unit, current.entries[-1].unit):
            children = current.entries[-1].children
            if not children or not _nests(unit, children[0]):
                children.append(unit)  # an item's milestone; one nested deeper still is the walker's
            continue
        if current is None or (current.entries and unit.level < current.entries[0].unit.level):
            labelled = labels_actions(heading) or naming and naming_label and 0 < naming_rank < heading_rank
            current = _List([], heading, cued, track.current, under_named=naming and not names_actions(heading),
                            labelled=labelled)
            out.append(current)
        track.item()
        current.entries.append(_Entry(unit, [], {**context, **track.context()}))
    return out


_MIN_BOLD_TOPICS = 2  # bold lines, each over a list of its own, that part a styled section into topics


def bold_topic_lines(units: list[_Unit], titles: list[str | None]) -> set[int]:
    """The units of lines set only in bold that each name a topic of the styled section above them
    ('Plans for the year' / bold 'Welcome Week' / • … / bold 'Student Spaces' / • …): two or more
    under one styled heading, each straight over a list of its own, none naming its list as actions,
    and none printed again in the document (a template's labels recur under theme after theme:
    'Where we want to get to' / 'What we can do' are parts of a theme, which stays the area). The
    nearest heading is then the area (docs/CONTRACT.md, actions.area), as a ranked sub-heading is."""
    return {k for section in _bold_topic_sections(units, titles) for k in section}


_THEMED_SECTIONS = 2  # styled sections, each parted into bold topics, that make the styled headings themes


def themed_topic_lines(units: list[_Unit], titles: list[str | None]) -> set[int]:
    """The bold topic lines (bold_topic_lines) of a document whose styled headings, two or more, each
    part their own section into bold topics (a school's strategic plan: 'Specializing in Elementary
    Education' / 'Our goal is …' / bold 'Developmental stages' / • … / bold 'Character education' / • …,
    then 'Cultivating Elementary Teaching Expertise' / … the same way): the styled headings are then the
    plan's themes, its area (docs/CONTRACT.md, actions.area), and each bold line a topic inside one, the
    items' objective. One styled section parted so ('Plans for the year' / 'Welcome Week' / …) is a
    section of topics, each the area."""
    sections = _bold_topic_sections(units, titles)
    return {k for section in sections for k in section} if len(sections) >= _THEMED_SECTIONS else set()


def _bold_topic_sections(units: list[_Unit], titles: list[str | None]) -> list[list[int]]:
    """The styled sections' bold topic lines (bold_topic_lines), one list per section."""
    seen: dict[str, int] = {}
    for title in titles:
        if title is not None:
            seen[fold(title)] = seen.get(fold(title), 0) + 1
    found: list[list[int]] = []
    section: list[int] = []
    spoilt = False  # a bold label of another kind in the section: its bold lines are parts of its theme
    for k, unit in enumerate(units):
        if unit.heading and titles[k] is not None:
            if len(section) >= _MIN_BOLD_TOPICS and not spoilt:
                found.append(section)
            section, spoilt = [], False
            continue
        if titles[k] is None or not _lesser_heading(unit):
            continue
        title = titles[k] or ""
        over_list = k + 1 < len(units) and bool(units[k + 1].marker) and titles[k + 1] is None
        if over_list and seen[fold(title)] == 1 and not names_actions(title) and not prompt_question(title) \
                and not names_other_list(title):
            section.append(k)
        else:
            spoilt = True
    if len(section) >= _MIN_BOLD_TOPICS and not spoilt:
        found.append(section)
    return found


# a label over a list of actions that names who does them: 'Actions: for Secretariat', 'Actions for the Clerk:'
_OWNED_LABEL = re.compile(r"^\s*(?:agreed\s+)?actions?(?:\s*[:\-–]\s*|\s+)(?:for|by)\s+(?P<who>[^:]{2,40}?)\s*:?\s*$",
                          re.I)


# a code set apart as a badge ('SO2', 'P3', '4'): no words of a title, its reference
_BADGE = re.compile(r"(?:[A-Z]{1,4}\s?)?\d{1,2}(?:\.\d{1,2})?")


def badged_titles(units: list[_Unit], titles: list[str | None]) -> dict[int, tuple[str, str]]:
    """{unit index of a title's second line: (its reference, the whole title)} for a title printed on
    two lines beside a badge holding its code, the badge read between them ('TO COMBAT MODERN
    SLAVERY BY' / 'SO2' / 'WORKING IN PARTNERSHIP': the badge sits level with the gap between the
    lines). Only when the first line breaks off on a joining word or the second opens with one, all
    three on one page: the lines are one title, the badge its reference."""
    out: dict[int, tuple[str, str]] = {}
    for k in range(2, len(units)):
        first, badge, second = titles[k - 2], titles[k - 1], titles[k]
        if first is None or badge is None or second is None or not _BADGE.fullmatch(badge.strip()) \
                or len({units[k - 2].page, units[k - 1].page, units[k].page}) != 1 \
                or _BADGE.fullmatch(first.strip()) or _BADGE.fullmatch(second.strip()):
            continue
        opener = fold(second).split()[:1]
        if _breaks_off(first) or opener and opener[0] in _JOINING_WORDS:
            out[k] = (badge.strip(), f"{squash(first)} {squash(second)}")
    return out


# the most words of a heading naming a section's outcome ('Outcomes?', 'Expected outcomes'), and of
# the lines under it together
OUTCOME_HEADING_WORDS = 4
OUTCOME_WORDS = 80


def outcome_under(units: list[_Unit], titles: list[str | None], k: int, listed: set[int]) -> tuple[str, int] | None:
    """(the text, the index of its last unit) under units[k] when it is a short heading naming an
    outcome ('OUTCOMES?', 'Expected outcomes:') over plain lines or items up to the next heading, no
    item of a list read already; None otherwise (or when the lines run long: prose, not an outcome)."""
    from planx.normalise.headers import DECENT, classify
    title = (titles[k] or "").strip()
    if len(title.split()) > OUTCOME_HEADING_WORDS:
        return None
    name, score, _ = classify(title)
    if name != "outcome" or score < DECENT:
        return None
    lines: list[str] = []
    j = k + 1
    # (a line set as a heading that closes as a sentence, 'INCREASED REPORTING OF …', is outcome text)
    while j < len(units) and (titles[j] is None or units[j].text.rstrip().endswith((".", "!"))) \
            and id(units[j]) not in listed:
        lines.append(squash(bare(units[j]) if units[j].marker else units[j].text))
        j += 1
    if not lines or sum(len(t.split()) for t in lines) > OUTCOME_WORDS:
        return None
    return " ".join(t for t in lines if t), j - 1


# an overview list's item naming a theme and saying what it is about ('1. strong and stable networks:
# providing support …'): the name, a few words, before a colon, then its description
_NAMED_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?([^:]{3,60}?)\s*:\s+\S.{20,}$", re.S)
_THEME_NAME_WORDS = 6


def _theme_key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold(text)).split())


def announced_themes(units: list[_Unit]) -> set[str]:
    """The names of the themes an overview list announces, two or more of them, each item a short name
    and its description ('We think our 4 priority areas should be:' / '1. strong and stable networks:
    providing …'). A heading ranked by the source that prints one of those names again heads that theme:
    the finer headings inside it (its projects) are sub-headings, its objectives, not themes of their
    own. A table of contents names its headings without describing them: no such list."""
    names = {_theme_key(m.group(1)) for u in units if u.marker and not u.heading
             for m in [_NAMED_ITEM.match(u.text)] if m is not None and not words_over(m.group(1), _THEME_NAME_WORDS)}
    names.discard("")
    return names if len(names) >= 2 else set()


def _title_before(titles: list[str | None], k: int) -> int:
    """The unit index of the last heading before units[k] (-1 when none)."""
    return next((j for j in range(k - 1, -1, -1) if titles[j] is not None), -1)


def bare_action_label(heading: str) -> bool:
    """A heading that is only a label naming its list as actions ('Key actions', 'Our actions', 'What
    we will do', 'Actions:'): no word of its own beside the label's (vocab.LIST_LABEL_ACTION_WORDS,
    LIST_HEADING_FILLERS), so it names no theme ('Actions carried forward' says which ones)."""
    words = fold(heading).strip(" :.?!").split()
    return bool(words) and labels_actions(heading) \
        and all(w in LIST_LABEL_ACTION_WORDS or w in LIST_HEADING_FILLERS or w in _WILL for w in words)


_UNMARKED_ITEM_WORDS = 45  # words of a plain line read as an item under an action label, at most


# a line opening with a short label and a colon ('Target: July 2026', 'Lead: Clerk'): a field of the item
_RUN_IN_LABEL = re.compile(r"^\s*[A-Z][\w /&'’()-]{0,30}:\s+\S")
# the most plain lines an item's description under it may run to, and the most words each
ITEM_DETAIL_LINES = 3
ITEM_DETAIL_WORDS = 40


def _item_detail(units: list[_Unit], titles: list[str | None], k: int, current: _List) -> bool:
    """Is units[k], a plain line right after an item of the current list (or after such a line), the
    item's own description, the list going on after it? A card list on a web page or a loose Markdown
    list sets each item as a title over a line or two of detail ('• Redirect /museums/ to …' / 'Same
    four museums listed on both pages.' / 'CMS Only' / '• Redirect …'). Only when the item after the
    run is a sibling (the list's marker, at its level), the item before it had such a run too or this
    is the first, no line of the run is a heading, a cue or a paragraph of prose, and the run is short
    (ITEM_DETAIL_LINES): items described alike, one after another. The lines stay out of the items
    (the walker keeps them aside, under the list)."""
    first = current.entries[0].unit if current.entries else None
    if first is None:
        return False
    at = next((i for i, u in enumerate(units) if u is first), -1)
    over = units[at - 1] if at > 0 else None
    if over is not None and not over.marker and not (over.heading or over.styled()) \
            and not over.text.rstrip().endswith((":", ".")):
        return False  # the list's first item under a plain short line: a topic over each item ('Highways')
    start = k
    while start > 0 and not units[start - 1].marker:
        start -= 1
    if not units[start - 1].marker or start == 0 or k - start >= ITEM_DETAIL_LINES:
        return False
    end = k
    while end < len(units) and not units[end].marker:
        end += 1
    if end >= len(units) or end - start > ITEM_DETAIL_LINES:
        return False
    after = units[end]
    if after.marker != first.marker or after.level != first.level or _nests(after, first):
        return False
    for j in range(start, end):
        line = units[j]
        # (a short plain line may read as a title, 'CMS Only' over the next item; only one styled as a
        # heading, bold or larger, is sure to be one)
        if line.heading or line.styled() or _is_cue(line.text) or _announces_effects(line.text) \
                or words_over(line.text, ITEM_DETAIL_WORDS) or _RUN_IN_LABEL.match(line.text):
            return False  # (a labelled line, 'Target: July 2026', is the item's field: others read it)
    # the run repeats the shape of an item next to it: the item before had lines of detail under it
    # too, or the item after has, followed by another sibling (the list's first item)
    before = start - 2
    if len(current.entries) > 1:
        return before >= 0 and not units[before].marker
    nxt = end + 1
    while nxt < len(units) and not units[nxt].marker and nxt - end - 1 < ITEM_DETAIL_LINES:
        nxt += 1
    return nxt > end + 1 and nxt < len(units) and units[nxt].marker == first.marker \
        and units[nxt].level == first.level \
        and all(titles[j] is None or not units[j].styled() for j in range(end + 1, nxt))


def _unmarked_item(units: list[_Unit], k: int, titles: list[str | None], current: _List | None) -> bool:
    """Is units[k], a plain line with no list marker, an item of the list its heading labels as the
    document's actions and nothing else (bare_action_label: 'Key actions', 'Our actions', 'What we
    will do'; not 'Actions completed', over a review's prose)? A designed page sets such a list as
    lines parted by space, in a box or a panel, with no bullet printed: the line stands straight
    under that heading (styled as one: a heading style, bold or large type) or after such items, is
    no cue of its own ('We will:') and is as short as an item (`_UNMARKED_ITEM_WORDS`), not a
    paragraph of prose."""
    unit = units[k]
    if words_over(unit.text, _UNMARKED_ITEM_WORDS) or _is_cue(unit.text) or unit.styled():
        return False
    taken = {e.unit.block for e in current.entries} if current is not None else set()
    j = k - 1
    while j >= 0 and titles[j] is None:
        if units[j].marker or units[j].block not in taken:
            return False  # prose between the heading and this line, or a marked list: not this run
        j -= 1
    if j < 0:
        return False
    head = units[j]
    return head.styled() and bare_action_label(titles[j] or "")


def heading_owner(heading: str) -> str:
    """Who a list's label says does its actions ('Actions: for Secretariat' → 'Secretariat'); ''
    when the heading names no one."""
    from planx.normalise.minute_marks import is_owner
    m = _OWNED_LABEL.match(heading or "")
    who = m.group("who").strip(" .") if m else ""
    return who if who and is_owner(who) else ""


_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")


def _period_text(title: str) -> str:
    """A heading's text as a period heading reads: without a list number before a period or state
    ('4. Short term activity (March - May)' → 'Short term activity (March - May)')."""
    bare_title = _LIST_NUMBER.sub("", title, count=1)
    return bare_title if bare_title != title and read_horizon(bare_title) is not None else title


def _numbered_banner(title: str) -> bool:
    """A heading that numbers a priority or theme ('SBC priority 2: Develop inclusive practice …',
    'Priority 1: Reading'): a theme of its own, not a sub-heading of the heading above it however
    plainly it is set (a school report's bold priorities under its styled 'Review of Progress')."""
    from planx.normalise.banners import read_banner
    banner = read_banner(title)
    return bool(banner and banner[0] and banner[1])


# a heading that only numbers a part of the document: 'Part I', 'Compendium Part II', 'Section 3'
_PART_ONLY = re.compile(rf"^(?:\w+\s+){{0,2}}(?:{'|'.join(sorted(NUMBERED_PART_WORDS))})"
                        r"\s+(?:\d{1,2}|[IVX]{1,5})\s*[.:]?$", re.I)


def names_part_only(title: str) -> bool:
    """Does the heading only number a part ('Compendium Part I', 'Part 2'), naming no topic?"""
    return bool(_PART_ONLY.match(squash(title)))


def _lesser_heading(unit: _Unit) -> bool:
    """A title the source marks only by bold type, with no heading style, rank or list marker: less
    prominent than a styled heading above it."""
    return not unit.heading and not unit.rank and not unit.marker and unit.bold


def _sub_heading(units: list[_Unit], titles: list[str | None], k: int, title: str,
                 last: tuple[int, str] | None) -> str:
    """A finer heading's text inside a theme, its halves joined where the first breaks off on a joining
    word ('We Know Children and' / 'Developmental stages'): the first a heading of its own straight
    above, or a short line set apart only partly in bold ('We Know Children and…')."""
    sub = title.strip()
    before = units[k - 1]
    if last and last[0] == k - 1 and _breaks_off(last[1]):
        return f"{last[1]} {sub}"
    if titles[k - 1] is None and not before.marker and not words_over(before.text, _LABEL_WORDS) \
            and _breaks_off(before.text):
        return f"{squash(before.text).rstrip('…. ')} {sub}"
    return sub


def _inside_theme(unit: _Unit, theme_rank: int, title: str) -> bool:
    """Is a heading a finer one inside the numbered theme above it: unnumbered (no banner, no list
    number, no outline or letter), naming no actions nor a period, and ranking below the theme where
    the source gives ranks (a plain or bold line where it gives none)? A heading the source ranks
    when the theme has no rank, or ranking as high, is a new section."""
    if unit.marker or _context_of(title)["area_ref"] or names_actions(title) or names_other_list(title):
        return False
    if unit.rank:
        return bool(theme_rank) and unit.rank > theme_rank
    return not unit.heading


def _dated(title: str, area: str) -> bool:
    """Does a numbered heading name a time, not a goal: a period ('1. Short term activity (March -
    May)') or a day that its number begins ('1 June 2010', a meeting's date over its note)?"""
    from planx.normalise.dates import find_dates
    from planx.normalise.title import date_line
    return read_horizon(title) is not None or read_horizon(area) is not None \
        or bool(find_dates(title)) and date_line(title)


def _section_only(title: str) -> bool:
    """Does a numbered heading name a part of the document around the plan ('1. Introduction', 'II.
    Background and context') rather than a goal?"""
    words = fold(title).split()
    return bool(words) and words[0] in NUMBERED_SECTION_NOT_GOAL_WORDS


# the last word of a heading line that breaks off, its sense going on in the next line ('We Know
# Children and' / 'Developmental stages', 'We Prepare Children for' / 'The next grade level')
_JOINING_WORDS = frozenset({"and", "or", "through", "for", "of", "to", "in", "with", "by", "the", "our"})


def _breaks_off(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and words[-1] in _JOINING_WORDS


_ROMAN_THEME = re.compile(r"^\s*(IX|IV|X|V?I{1,3}|V)\.\s+(\S.*)$")  # 'IV. Strengthening Our School'


def _context_of(title: str) -> dict[str, str]:
    from planx.normalise.banners import area_ref_of, read_banner
    banner = read_banner(title)
    if banner and banner[1]:
        return {"area_ref": banner[0], "area": banner[1]}
    m = re.match(r"^\s*(\d{1,2})(?:\.\d{1,2})*[.)]?\s+(\S.*)$", title)
    if m:  # ('3. Enhance Safety and Security:' over its items: the colon is no part of the theme)
        return {"area_ref": area_ref_of(m.group(1)), "area": m.group(2).rstrip(" :")}
    roman = _ROMAN_THEME.match(title)  # a goal numbered in roman ('I.  Specializing in …'): kept as printed
    if roman:
        return {"area_ref": roman.group(1), "area": roman.group(2).strip()}
    from planx.normalise.block_headings import lettered_heading
    lettered = lettered_heading(title)  # 'D. Collaborative and Iterative Processes …': a lettered part
    if lettered is not None:
        return {"area_ref": lettered[0], "area": lettered[1]}
    return {"area_ref": "", "area": title}


def _head_words(heading: str) -> list[str]:
    words = [w for w in fold(re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s*", "", heading)).split()
             if w not in LIST_HEADING_FILLERS]
    return words[:2] + words[-1:] if words else []


# a goal's label and its number, then its theme: 'Priority 1: Attendance', 'Theme 2 - Progress'
_NUMBERED_GOAL = re.compile(r"^\s*([A-Za-z]+)\s+(?:\d{1,2}[a-z]?|[A-Z])\s*[:.\-–—]\s*\S")


def names_other_list(heading: str) -> bool:
    """A heading over a list of another kind: 'Our principles', 'What we have achieved', 'Contents',
    'Examples of activities', or of what the plan aims at ('Goals', 'Expected outcomes'). A goal
    that states itself ('Aim 1: Increase the engagement of all pupils …') heads the work towards
    it, not a list of goals. A goal's label with its number ('Priority 1: Attendance', 'Theme 3 –
    Feedback') names one goal, whatever its theme's words: an area over its actions."""
    m = _NUMBERED_GOAL.match(heading)
    if m is not None and fold(m.group(1)) in LIST_GOAL_HEADING_WORDS:
        return False
    words = _head_words(heading)
    if words and words[0] not in LIST_NOT_PLAN_HEADING_WORDS and opens_with_verb(heading):
        return False  # 'Communicate value proposition': a goal stated as work to do; its 'value' is the verb's object
    if LIST_NOT_PLAN_HEADING_WORDS & set(words):
        return True
    return bool(words and words[0] in LIST_GOAL_STATEMENT_WORDS) and not _STATED_GOAL.match(heading)


# a goal's label, its number if any, then the goal in words of its own: 'Aim 1: Increase …',
# 'Objective 2 – Raise …', 'Outcome: Children are …' (three words or more after the label)
_STATED_GOAL = re.compile(r"^\s*[A-Za-z]+(?:\s+(?:\d{1,2}[a-z]?|[A-Z]))?\s*[:.\-–—]\s*\S+(?:\s+\S+){2,}")


def names_goal(heading: str) -> bool:
    """A heading that names a goal, a priority or a theme: 'Priority 2: …', 'Our aims', 'Supporting
    young people into work' (a verb in -ing: what the plan sets out to do), a numbered theme."""
    words = fold(heading).split()
    if not words:
        return False
    if LIST_GOAL_HEADING_WORDS & set(words) or re.match(r"^\s*\d{1,2}(?:\.\d{1,2})?[.)]?\s+\S", heading):
        return True
    first = re.sub(r"^\d+[.)]?", "", words[0])
    return first.endswith("ing") and looks_like_action(heading + " x y")


def prompt_question(heading: str) -> bool:
    """A heading that asks the writer a question ('What has improved for learners? How do you know?',
    'To what extent …?'): it opens with a question word (vocab_school.QUESTION_OPENERS) and ends in a
    question mark. 'Next Steps?' names its list as actions and asks nothing."""
    if not heading.rstrip().endswith("?") or names_actions(heading):
        return False
    text = fold(heading)
    return any(text == w or text.startswith(w + " ") for w in QUESTION_OPENERS)


def names_actions(heading: str) -> bool:
    """A heading that names its list as things to be done: 'Set of actions', 'Next steps', 'What we
    will do', 'What we can do' (a cue such as 'Actions:' or 'Actions for next meeting' is the prose
    reader's)."""
    words = fold(heading).strip(" :.?!").split()
    # 'will' names the list as things to be done when the plan's authors will do them ('What we will do',
    # 'How we'll do this'), not when it tells its reader what they will meet ('How you'll be assessed',
    # 'What you will need'): a guide's requirements
    words = [w for k, w in enumerate(words) if not (w in _WILL and k and words[k - 1] in _READER_WORDS)]
    return bool(LIST_ACTION_HEADING_WORDS & set(words)) or bool(words and words[-1] in LIST_ACTION_HEADING_LAST_WORDS)


_WILL = frozenset({"will", "ll"})  # ('you'll' folds to 'you ll'; _READER_WORDS above: the reader)


def labels_actions(heading: str) -> bool:
    """A heading that labels its list as the document's actions ('Actions', 'Key actions', 'Next steps',
    'What we will do', 'What we're doing to support equity': a word of vocab.LIST_LABEL_ACTION_WORDS),
    not being a commitment itself. 'We will inspire', 'We will assure' over lists of verbs state the
    writer's role in the words of a commitment, naming their lists by 'will' alone: no plan's label."""
    words = [w.lower() for w in WORD.findall(heading)]
    return names_actions(heading) and bool(LIST_LABEL_ACTION_WORDS & set(fold(heading).split())) \
        and not commits_to(words, within=2)


# ---- the document ------------------------------------------------------------------------------------

def plan_held_in_tables(raw: RawDocument) -> bool:
    """The plan is in the document's tables: a table of three rows and columns or more (the walker
    reads it), or a form per action. Lists of aims and principles around them are narrative."""
    return any(isinstance(b, Table) and len(b.rows) >= _PLAN_TABLE and
               max((len(r.cells) for r in b.rows), default=0) >= _PLAN_TABLE for b in raw.blocks) \
        or holds_action_forms(raw)


def holds_action_forms(raw: RawDocument) -> bool:
    """The document gives its actions one form each: tables of labels beside values whose labels name
    what is to be done and who does it or by when ('Task | …', 'Actioned by | …'). Its lists of aims
    around them are narrative, as they are around a plan table."""
    from planx.normalise.headers import classify
    from planx.normalise.labelforms import form_table_labels
    fields = {name for name, score, _ in map(classify, form_table_labels(raw.blocks, classify))
              if score >= _FORM_LABEL_SCORE}
    return "action" in fields and bool(fields & {"lead", "responsible", "due"})


@dataclass
class _Read:
    entry: _Entry
    evidence: _Evidence
    goal: bool  # under a heading that names a goal
    named: bool  # under a heading that names its list as actions ('Set of actions', 'Next steps')
    horizon: bool = False  # under a period or state heading of a run ('Q1 2025', 'Now', 'Done')
    # named so by its own heading or lead-in, not by the title over every list ('Summary of headline actions')
    own: bool = False
    # named so by a lead-in line that calls its items actions outright ('Key actions include:', 'Next steps:')
    explicit: bool = False


def _describes_form(lead_in: _Unit | None) -> bool:
    """Does the line over a list say the list describes the document's form ('Each action plan has the
    same format:', 'The plan is laid out in these sections:')? A short lead-in closing with a colon that
    names the form (vocab.DOCUMENT_FORM_WORDS)."""
    if lead_in is None:
        return False
    text = bare(lead_in).strip()
    words = set(fold(text).split())
    return text.endswith(":") and not words_over(text, _FORM_LEAD_IN_WORDS) and bool(DOCUMENT_FORM_WORDS & words)


_FORM_LEAD_IN_WORDS = 16


def _lead_in_line(unit: _Unit | None) -> str:
    """The words of a plain line closing with a colon right above a list ('Key actions include:',
    'Examples of improvements that are applicable under this program include:'), or ''."""
    if unit is None or unit.marker or unit.heading or unit.styled():
        return ""
    text = unit.text.strip().strip("*_ ")
    return _introducing_sentence(text).rstrip(": ") if text.endswith(":") else ""


_LEAD_IN_POINTER_WORDS = 4  # a closing sentence this short points back ('These are:'): the one before names


def _introducing_sentence(text: str) -> str:
    """The sentence of a paragraph that closes with the colon and so introduces the list: it, not the
    paragraph's earlier sentences, says what the items are ('… ensure that tasks in the work plan are
    proceeding … To summarize, collaboration will be coordinated through multiple overlapping methods:'
    names means, not tasks). A short pointer ('We have five key actions. These are:') takes the
    sentence before it along, which names what it points to."""
    starts = [0, *(m.end() - 1 for m in _SENTENCE_END.finditer(text))]
    last = starts[-1]
    if len(starts) > 1 and len(text[last:].split()) <= _LEAD_IN_POINTER_WORDS:
        last = starts[-2]
    return text[last:]


def _reports_done(lead_in: _Unit | None) -> bool:
    """Does the line over a list say its items were done already ('We have already had some success,
    notably in:', 'What we have achieved so far:')? A lead-in closing with a colon that says 'already'
    or names what was done (vocab.DONE_LEAD_INS), and commits to nothing ('Where we already …, we
    will:' announces a plan's commitments)."""
    if lead_in is None:
        return False
    text = bare(lead_in).strip()
    if not text.endswith(":") or words_over(text, _FORM_LEAD_IN_WORDS):
        return False
    words = fold(text).split()
    if COMMITMENT_MODALS & set(words):
        return False
    joined = f" {' '.join(words)} "
    return "already" in words or any(f" {phrase} " in joined for phrase in DONE_LEAD_INS)


_MINUTE_LABELLED = 2  # list items opening with a minute's action label, from this many: minutes' actions


def minute_labelled_items(units: list[_Unit]) -> bool:
    """Do the document's list items say which of them are actions, as minutes do: two or more opening with
    a singular minute's label and a colon ('1. Action: Boris to plan …', '- Action: Ben will post …')?
    Then the labels, not what the items say, tell the actions from the discussion, decisions and notes
    between them ('Decision: …', 'Boris approves'): the prose reader reads them (normalise/minutes.py)."""
    from planx.normalise.minute_marks import _MINUTE_LABELS
    from planx.normalise.minutes import MINUTE_PLURAL_LABEL_WORDS
    labelled = 0
    for unit in units:
        if not unit.marker:
            continue
        label, colon, value = bare(unit).partition(":")
        key = fold(label)
        if colon and value.strip() and key in _MINUTE_LABELS \
                and not any(w in MINUTE_PLURAL_LABEL_WORDS for w in key.split()):
            labelled += 1
    return labelled >= _MINUTE_LABELLED


def read_commitments(raw: RawDocument, units: list[_Unit], held: bool | None = None) -> ListReading | None:
    """The actions of a document whose plan is written as lists with no cue, or None when the
    evidence is weak (most documents: their lists are prose, principles, contents, minutes). held:
    plan_held_in_tables(raw), when the caller has it already."""
    # a plan by its title in plain words, and not a report or minutes too: the second reading's licence
    plan_named = bool(SECOND_READING_PLAN_WORDS & set(fold(" ".join(own_title_lines(raw)[:2])).split())) \
        and not document_kind(raw)[1]
    if not (SECOND_READING.get() and plan_named) and (plan_held_in_tables(raw) if held is None else held):
        return None  # a plan table (or a form per action) holds the plan; its lists are the narrative around it
    if minute_labelled_items(units):
        return None  # items labelled 'Action: …' as minutes label them: the prose reader's (normalise/minutes.py)
    read: list[_Read] = []
    accepted: list[tuple[_List, list[_Evidence], int, bool]] = []  # the lists that read as actions
    # lists whose items open with no verb read as one, nothing speaking against them ('Measure performance
    # on a regular basis …', 'Foster an inclusive environment …'): by id, for _between_accepted
    unsure: dict[int, tuple[_List, list[_Evidence], int, bool]] = {}
    periods: list[tuple[_List, list[_Evidence], int, bool]] = []  # under a period, no verbs, nothing against
    items = lists = named_lists = goal_lists = 0  # items of every list weighed, the lists that read as
    # actions, those of them under a heading naming them as actions, and under a goal stated in words
    # a title naming what the document lists as actions ('Summary of headline actions', 'Our
    # commitments') names every list under its themes so, as a heading over each would
    # (the title as set, over several lines: 'Compendium' / 'of Unimplemented' / 'Recommendations')
    titled = bool(TITLE_ACTION_LIST_WORDS & set(fold(" ".join(own_title_lines(raw))).split()))
    above = {id(u): units[k - 1] for k, u in enumerate(units) if k}
    every = lists_of(units)
    lead_lists: set[int] = set()  # the lists whose lead-in names them as actions ('Key actions include:')
    other_lead: set[int] = set()  # those whose lead-in names them otherwise ('The four themes in our plan are:')
    own_of: dict[int, bool] = {}  # whether a list's own heading or lead-in names it as actions
    for lst in every:
        if lst.cued or names_other_list(lst.heading) and lst.horizon is None:
            continue
        if lst.entries and _describes_form(above.get(id(lst.entries[0].unit))):
            continue  # 'Each action plan has the same format:' over how the plan is laid out: no actions
        if lst.entries and _reports_done(above.get(id(lst.entries[0].unit))):
            continue  # 'We have already had some success, notably in:' over what was done: no actions
        if points_elsewhere(raw, [e.unit for e in lst.entries]):
            continue  # a page's contents ('[Improve access …](#improve-access)') or its papers ('Meeting slides')
        done = lst.horizon is not None and lst.horizon.status == "complete"
        # under a period heading, or one naming its items as actions ('What we're doing to …'), an item
        # opening with a verb's -ing form names work under way or planned
        self_named = names_actions(lst.heading)
        named = self_named or titled
        # the lead-in right above the list says what its items are, nearer than any heading or title:
        # 'Key actions include:' names them as actions; 'Examples of improvements … include:', '… at
        # the following:' names them as something else (measures, places), whatever the heading says
        lead_in = _lead_in_line(above.get(id(lst.entries[0].unit))) if lst.entries else ""
        if lead_in and names_actions(lead_in) and not LEAD_IN_ACTION_WORDS & set(fold(lead_in).split()):
            lead_in = ""  # 'Every project will have:', 'We will:': what is to come; the heading says what
        if lead_in:
            named = self_named = names_actions(lead_in)
        lead_named = bool(lead_in) and named
        own_of[id(lst)] = self_named
        (lead_lists if lead_named else other_lead if lead_in else set()).add(id(lst))
        in_period = lst.horizon is not None and lst.horizon.kind == "period" or named
        evidence = [item_evidence(bare(e.unit), done, in_period) for e in lst.entries]
        # the heading (or the title, over every list) says what the items are: one named by a noun
        # phrase is a thing to be done; under the title alone, only in a list that some items show
        # to be one of actions (a list of the standards an IT plan follows is not, its title aside)
        if named and (plan_named and SECOND_READING.get() or lead_named) or \
                titled and sum(ev.action for ev in evidence) >= _TITLED_SHARE * len(evidence):
            evidence = [_named_by_heading(ev) for ev in evidence]
        if lst.horizon is not None:  # the heading says when or how it stands: as an item's own date would
            evidence = [replace(ev, horizon=True) for ev in evidence]
        owner = heading_owner(lst.heading)
        if owner:  # 'Actions: for Secretariat' over the list: who does each item that names no one
            evidence = [ev if ev.fields.get("lead") else replace(ev, fields={**ev.fields, "lead": owner})
                        for ev in evidence]
        if all(ev.why_not in ("a short phrase", "a contents line") for ev in evidence):
            continue  # a list of names or links (contents, navigation, who came): says nothing either way
        # most items read as actions (one that only says by when or who counts if most open so)
        acting, planned = sum(ev.action for ev in evidence), sum(ev.action or ev.planned for ev in evidence)
        items += len(evidence)
        if acting < 0.5 * len(evidence) and lst.horizon is not None and planned == len(evidence) \
                and read_horizon(_period_text(lst.heading)) is not None:
            periods.append((lst, evidence, acting, named))  # weighed beside its sibling periods below
            continue
        if acting < 0.5 * len(evidence) or planned < _LIST_SHARE * len(evidence):
            if all(_alike(ev) for ev in evidence):  # nothing against its items: weighed by its neighbours below
                unsure[id(lst)] = (lst, evidence, acting, named)
            continue
        lists += 1
        named_lists += named
        goal_lists += bool(_STATED_GOAL.match(lst.heading))
        accepted.append((lst, evidence, acting, named))
    if lead_lists & {id(lst) for lst, _, _, _ in accepted}:
        # beside a list its lead-in names as actions, one whose lead-in names it otherwise holds no actions
        accepted = [a for a in accepted if id(a[0]) not in other_lead]
        lists, named_lists = len(accepted), sum(named for _, _, _, named in accepted)
        goal_lists = sum(bool(_STATED_GOAL.match(lst.heading)) for lst, _, _, _ in accepted)
    accepted, aside_note = _set_aside_unlabelled(accepted, _labelled_lists(every))
    if aside_note:  # the lists that stay are those the document labels as its actions: so named
        accepted = [(lst, evidence, acting, named or lst.labelled) for lst, evidence, acting, named in accepted]
        lists = len(accepted)
        named_lists = sum(named for _, _, _, named in accepted)
        goal_lists = sum(bool(_STATED_GOAL.match(lst.heading)) for lst, _, _, _ in accepted)
    # a period heading's own list of noun phrases ('Medium term activity (June – August)' / • Further
    # events targeting local authorities …) beside a sibling period heading's list of actions ('Short term activity
    # (March - May)' / • Agree core messages …): the same plan's next horizon, its items what is
    # planned then, though none opens with a verb (nothing speaks against any of them)
    sibling_periods = {fold(lst.heading) for lst, _, _, _ in accepted
                       if read_horizon(_period_text(lst.heading)) is not None}
    if sibling_periods:
        for entry in periods:
            lists += 1
            accepted.append(entry)
    # in a list whose items mostly read as actions, or among lists that do, an item that nothing speaks
    # against is one more, of the same form ('Partner with …', 'Advocate for …': verbs that are nouns too)
    overall = sum(a for _, _, a, _ in accepted) >= _SIBLING_SHARE * sum(len(ev) for _, ev, _, _ in accepted)
    if overall and unsure:
        accepted = _between_accepted(every, accepted, unsure)
    for lst, evidence, acting, named in accepted:
        alike = overall or acting >= _SIBLING_SHARE * len(evidence)
        goal = names_goal(lst.heading)
        read += [_Read(e, ev, goal, named, lst.horizon is not None, own_of.get(id(lst), False), id(lst) in lead_lists)
                 for e, ev in zip(lst.entries, evidence, strict=True)
                 if ev.action or ev.planned or alike and _alike(ev)]
    # the document is weighed on the items that read as actions by themselves: an item taken only for
    # being like them adds nothing for or against (it would thin the share of dated items)
    own = [r for r in read if r.evidence.action or r.evidence.planned]
    if len(own) < _MIN_ACTIONS:
        _note_set_aside(aside_note)
        return None
    confidence, why = _weigh(raw, own, len(own) / max(items, 1), lists, named_lists, goal_lists)
    if len(read) > len(own):
        why += f"; {len(read) - len(own)} more item(s) read as actions for being like them"
    why += aside_note
    if confidence < _ACCEPT:
        _note_set_aside(aside_note)
        # weighed and refused: the reason the document's row gives should no plan be read at all
        declined = (f"lists weighed as a plan's actions and not taken (confidence {confidence:.2f}, below "
                    f"{_ACCEPT}): {why}")
        raw.decline(declined)
        return None
    actions = [_action(r) for r in read]
    blocks = {u.block for r in read for u in [r.entry.unit, *r.entry.children]}
    # most items under headings (or a title) that name them as things to be done: the headings say
    # what they are, so the guard lets terse items stand ('Accessible PDFs.' under 'What we're doing now')
    named_share = sum(r.named for r in read) / len(read)
    if named_share >= _NAMED_TRUST:
        # every item under its own heading or lead-in naming it as an action ('Recommendations for Next
        # Steps'): the writer says what they are, though the document calls itself a report or a review
        # (kinds.refuse); not a charter's, a guide's or a policy's, unless explicit lead-ins name them
        # outright and the items are commitments (_names_over_kind)
        lifted = _names_over_kind(raw, read)
        if lifted:
            why += f"; {lifted}"
        return ListReading(actions, blocks, confidence, why, trusted=True,
                           trusted_by="lists under headings naming them as actions", recommended=bool(lifted))
    # nearly every item under a run of period headings ('Now' / 'Next' / 'Later'), each of them the
    # writer's own work going on or a commitment ('We are testing …', 'We will open …'): a roadmap's
    # items, which the guard would read as reports for their 'we are'
    pledged = sum(writer_at_work(_folded(r)) or commits_to(_folded(r), within=3) for r in read) / len(read)
    horizon_share = sum(r.horizon for r in read) / len(read)
    if horizon_share >= _PLEDGED and pledged >= _PLEDGED:
        return ListReading(actions, blocks, confidence, why, trusted=True,
                           trusted_by="the writer's own work and commitments under period headings (Now/Next/Later)")
    return ListReading(actions, blocks, confidence, why)


# where a link points when it names a part of the page (an anchor) or a paper to open: not a thing to do
_ELSEWHERE = re.compile(r"^#|\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|csv|rtf)(?:[?#].*)?$", re.I)


_Accepted = tuple[_List, list[_Evidence], int, bool]


def _names_over_kind(raw: RawDocument, read: list[_Read]) -> str:
    """Why the lists' own headings or lead-ins speak over what the document calls itself (kinds.refuse),
    or '': every item is named as an action by its own heading or lead-in (not by the title alone), and
    the document is of a kind that accounts for work (a report's 'Recommendations for Next Steps', a
    review's 'Key actions include:') or names no other kind; a charter, a guide, a process or a policy
    only where every list's lead-in names its items outright ('Next steps:') and they are commitments."""
    if not read or sum(r.own for r in read) < _LOCAL_NAMED * len(read):
        return ""
    from planx.normalise.kinds import declared_kind  # kinds reads this module's title lines
    kind = declared_kind(raw)
    if not kind.other or kind.plan:
        return ""  # nothing to speak over (kinds.refuse lets the actions stand)
    if kind.other in ACCOUNT_KIND_WORDS:
        return (f"every list is named as actions by its own heading or lead-in: they stand, though the "
                f"document calls itself {kind.other}")
    pledged = sum(commits_to(_folded(r), within=3) or writer_at_work(_folded(r)) for r in read) / len(read)
    if all(r.explicit for r in read) and pledged >= _PLEDGED:
        return (f"every list's lead-in names its items as actions and {pledged:.0%} are the writer's "
                f"commitments: they stand, though the document calls itself {kind.other}")
    return ""


def _note_set_aside(note: str) -> None:
    """Tell whoever listens (SET_ASIDE_NOTES) which lists were set aside, when no reading here says it."""
    notes = SET_ASIDE_NOTES.get()
    if note and notes is not None:
        notes.append(note.lstrip("; "))


def _labelled_lists(every: list[_List]) -> int:
    """How many of the document's lists its headings label as its actions ('Actions', 'What we will do':
    labels_actions), most of their items reading as actions: those under a cue ('#### Actions' over
    its list, the prose reader's) as well as those read here."""
    return sum(lst.labelled and bool(lst.entries) and
               2 * sum(item_evidence(bare(e.unit)).action for e in lst.entries) >= len(lst.entries)
               for lst in every)


def _set_aside_unlabelled(accepted: list[_Accepted], labelled: int) -> tuple[list[_Accepted], str]:
    """(the lists that stay, a note for the warning): a document that labels its lists of actions so,
    list after list ('Actions' under each priority, 'What we will do' under each theme: labelled, how
    many lists), says by that label which of its lists are its plan's actions; its other lists, however
    plainly they commit ('We will maintain an enterprise risk register' under 'Practice', 'We will
    inspire' / • Set the vision …) or open with verbs ('How we measure success' / • Deliver …), are its
    role statements, values, measures and policies, which describe and do not plan. Set aside with them:
    not a list that says by when or who leads in most of its items, nor one under a period or state
    heading (their own evidence of a plan); and nothing when fewer than two lists are so labelled (one
    label may head a part of the plan only)."""
    if labelled < _REPEATED:
        return accepted, ""
    kept: list[_Accepted] = []
    dropped = dropped_items = 0
    for entry in accepted:
        lst, evidence = entry[0], entry[1]
        dated = sum(bool({"due", "lead"} & set(ev.fields)) for ev in evidence)
        if lst.labelled or lst.horizon is not None or dated * 2 >= len(evidence):
            kept.append(entry)
        else:
            dropped, dropped_items = dropped + 1, dropped_items + len(evidence)
    if not dropped:
        return accepted, ""
    return kept, (f"; {dropped} other list(s) ({dropped_items} items) set aside as no actions: the document "
                  f"labels {labelled} lists as its actions ('Actions', 'What we will do'), and these are "
                  f"not so labelled and give no date or lead")


def points_elsewhere(raw: RawDocument, units: list[_Unit]) -> bool:
    """A list whose every item links first to a part of the page or to a paper, and most items are their
    links alone: a web page's contents ('- [Transform Government Service Delivery](#transform-…)' over the
    sections that hold a national action plan's commitments) or its papers ('Meeting slides',
    'Chat Transcript' atop a public meeting's page). Its items name where to read, whatever their
    words: a contents line opening with a verb is a section's title, not an action."""
    if not units:
        return False
    wholly = 0
    for unit in units:
        links = [k for k in unit_links(raw, unit) if not k.image]
        if not links or not _ELSEWHERE.search(links[0].target.strip()):
            return False  # ('[Whiteboard (PDF)](….pdf) / [Interactive Board](https://…)': the paper first)
        wholly += fold(" ".join(k.text for k in links)) == fold(bare(unit))
    return wholly * 2 >= len(units)


def _folded(r: _Read) -> list[str]:
    return [w.lower() for w in WORD.findall(r.evidence.fields.get("action", ""))]


_NAMED_ITEM_WORDS = 2  # words of an item under a heading naming its items as actions, at least


def _between_accepted(every: list[_List], accepted: list[_Accepted],
                      unsure: dict[int, _Accepted]) -> list[_Accepted]:
    """The accepted lists, in the document's order, with each unsure list (its items open with no
    verb read as one, nothing speaks against them) that stands between two accepted lists of the same
    area set as they are (the same marker and level): one more list of the plan's actions, however
    few its items ('Achieving their personal best' / • Measure performance on a regular basis …
    between two sub-headings' lists of actions under one goal). Its items are then read as actions
    for being like their neighbours'."""
    taken = {id(entry[0]): entry for entry in accepted}
    shown = [lst for lst in every if lst.entries and (id(lst) in taken or id(lst) in unsure)]
    for i, lst in enumerate(shown):
        if id(lst) not in unsure or i == 0 or i + 1 == len(shown):
            continue
        before, after = shown[i - 1], shown[i + 1]
        if id(before) in taken and id(after) in taken and all(_same_set(lst, other) for other in (before, after)):
            taken[id(lst)] = unsure[id(lst)]
    return [taken[id(lst)] for lst in every if id(lst) in taken]


def _same_set(lst: _List, other: _List) -> bool:
    """Do two lists sit in one area and share their items' form (marker and level)?"""
    a, b = lst.entries[0], other.entries[0]
    return a.context.get("area", "") == b.context.get("area", "") and a.unit.marker == b.unit.marker \
        and a.unit.level == b.unit.level


def _named_by_heading(ev: _Evidence) -> _Evidence:
    """An item under a heading that names its items as things to be done ('What we'd like to do' /
    'Access riders.', 'Actions' / 'A new 5G strategy'): an action when nothing but its form speaks
    against it (it names the deliverable, or is short); one that reports, asks, defines or speaks to
    the reader stays no action."""
    if ev.action or ev.reader or ev.why_not not in ("", "a short phrase") \
            or len(WORD.findall(ev.fields.get("action", ""))) < _NAMED_ITEM_WORDS:
        return ev
    return replace(ev, acts=True, why_not="")


def _alike(ev: _Evidence) -> bool:
    """Among actions, nothing speaks against the item, or only its length when it opens with a verb of
    action ('Expand OSPO Landscape', 'Host 8 OSPOlogy sessions': a short action among longer ones)."""
    if ev.reader:
        return False
    return not ev.why_not or ev.why_not == "a short phrase" and ev.acts and len(ev.fields["action"].split()) >= 2


def _weigh(raw: RawDocument, read: list[_Read], share: float, lists: int, named_lists: int = 0,
           goal_lists: int = 0) -> tuple[float, str]:
    """(confidence 0–1, the evidence in words) that the items read are a plan's actions. share:
    the share of all list items weighed that read as actions; lists: how many lists did; named_lists:
    how many of them sit under a heading naming them as actions; goal_lists: how many under a goal
    stated in words ('Aim 1: Increase …')."""
    n = len(read)
    dated = sum(1 for r in read if {"due", "lead"} & set(r.evidence.fields)) / n
    goal = sum(r.goal for r in read) / n
    reader = sum(r.evidence.reader for r in read) / n
    named, other = document_kind(raw)
    listed = sum(r.named for r in read) / n
    horizon = sum(r.horizon for r in read) / n  # under sibling headings that say when or how they stand
    # actions throughout: most of the document's list items, in several lists
    throughout = share >= 0.5 and lists >= _MIN_LISTS
    # the same kind of heading naming a list as actions under theme after theme ('What we will do',
    # '- Actions:'): a plan's template, repeated
    repeated = named_lists >= _REPEATED
    # goals stated one after another ('Aim 1: …', 'Aim 2: …'), each over its list: the plan's template too
    stated = goal_lists >= _REPEATED
    # items that are the writer's own commitments ('We will publish …', 'We'll ask …'), nearly all of them
    pledged = sum(commits_to([w.lower() for w in WORD.findall(r.evidence.fields.get("action", ""))], within=3)
                  for r in read) / n
    # requirements, nearly all of them, each opening with its own deadline and saying who shall or must
    # act ('Within 90 days of …, DHS … shall develop …'): a memorandum's numbered taskings
    required = sum(_required_by_deadline(r.evidence.fields.get("action", "")) for r in read) / n
    # items in task lists' boxes ('- [ ] Identify the service owner'), nearly all of them: a to-do list,
    # whose items are things to be done, though no one and no date is named
    boxed = sum(r.evidence.boxed for r in read) / n
    confidence = (0.25 * named + 0.3 * min(1.0, dated / 0.5) + 0.2 * goal + 0.2 * listed + 0.25 * throughout
                  + 0.25 * horizon + 0.25 * max(repeated, stated)
                  + 0.25 * (pledged >= _PLEDGED or required >= _PLEDGED) + 0.25 * (boxed >= _PLEDGED))
    # lists each named by its own heading or lead-in as actions ('Recommendations for Next Steps',
    # 'Key actions include:'): what the whole document calls itself (a report, a review), and how small a
    # share of its lists they are, do not speak against them; the writer named them. Not in minutes, a
    # notice or a guide, whose lists record or instruct (minutes' actions are the prose reader's), unless
    # a lead-in names every list outright ('Next steps:') and the items are the writer's commitments
    own = sum(r.own for r in read) / n  # named by the list's own heading or lead-in, not by the title alone
    outright = all(r.explicit for r in read) and pledged >= _PLEDGED
    local = own >= _LOCAL_NAMED and (not other or other in ACCOUNT_KIND_WORDS or outright)
    if local:
        confidence += 0.25 * (not throughout)
    if other and not named and not local:
        confidence -= 0.5  # minutes, a notice, a report: its lists are no plan's
    if reader >= _READER_SHARE:
        confidence -= 0.5  # items that speak to the reader: a notice's or a guide's
    confidence = round(max(0.0, min(1.0, confidence)), 2)
    why = (f"{n} actions read from lists with no cue by what their items say (a verb of action or a "
           f"commitment; {dated:.0%} with a date or lead, {goal:.0%} under a heading naming a goal or "
           f"theme, {listed:.0%} under one naming them as actions, {horizon:.0%} under period or state "
           f"headings (Now/Next, Q1 2025, Done/In progress); {share:.0%} of the document's list "
           f"items, in {lists} lists{f' ({named_lists} under headings naming them as actions)' if repeated else ''}"
           f"{f' ({goal_lists} under goals stated one after another)' if stated else ''}"
           f"{f', {pledged:.0%} the writer’s own commitments (We will …)' if pledged >= _PLEDGED else ''}"
           f"{f', {required:.0%} requirements opening with their deadline' if required >= _PLEDGED else ''}"
           f"{f', {boxed:.0%} in task-list boxes (a to-do list)' if boxed >= _PLEDGED else ''}; "
           f"the document "
           f"{'calls itself a plan or strategy' if named else 'does not call itself a plan'}"
           f"{', and calls itself ' + other if other else ''})")
    return confidence, why


TITLE_WORDS_MAX = 30  # a paragraph of more words, in two sentences or more, is text, not a title
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


# The title readers below run for every reader that asks what the document is, each over the same first
# paragraphs: their pure functions of a text are remembered for the few texts asked about (a document
# that opens with a megabyte-long paragraph would otherwise be split and searched a few dozen times).
_TITLE_CACHE = 64


@lru_cache(maxsize=_TITLE_CACHE)
def _body_text(text: str) -> bool:
    """A paragraph of running text (two sentences or more, long), which no title is."""
    return len(text.split(None, TITLE_WORDS_MAX)) > TITLE_WORDS_MAX and bool(_SENTENCE_END.search(text))


def title_lines(raw: RawDocument) -> list[str]:
    """The document's title lines: its first headings, or its first line and a subtitle under it."""
    titles: list[str] = []
    first: Paragraph | None = None
    top: Paragraph | None = None  # the first heading of a rank (a page's <title> has none)
    body = False  # a paragraph of the page's text seen under that heading
    opens_with_text = False  # the first paragraph is running text: only a heading is a title then
    for k, block in enumerate(raw.blocks[:8]):
        if not isinstance(block, Paragraph):
            continue
        if block.heading and body and top is not None and top.rank and block.rank >= top.rank:
            break  # a heading of the title's rank or lesser after the text under the title opens the first
            # section, no title ('## 18 Dec 2019' / a picture / '## Actions': the date is the title)
        if not block.heading and not titles and _body_text(block.text):
            first = first or block  # the document opens with its text, not a title ('It is important
            opens_with_text = True  # that your grant is used effectively … The Education Inspection …')
            continue
        if block.heading or not titles and not opens_with_text \
                or _subtitle(block, first, raw.blocks[k - 1] if k else None) \
                or titles and _title_goes_on(block, raw.blocks[k - 1], titles):
            titles.append(block.text)
        elif top is not None:
            body = True
        first = first or block
        top = top or (block if block.heading and block.rank else None)
    return titles


def document_title(raw: RawDocument) -> str:
    """The document's first title line ('' when it opens with no paragraph)."""
    titles = title_lines(raw)
    return titles[0] if titles else ""


def own_title_lines(raw: RawDocument) -> list[str]:
    """The title lines that say what the document is: not one inviting its reader to take part in a plan
    ('Help create the 4th U.S. National Action Plan'), whose plan is its subject."""
    return [t for t in title_lines(raw) if not invites_reader(t)]


@lru_cache(maxsize=_TITLE_CACHE)
def invites_reader(title: str) -> bool:
    """A title opening with an invitation to its reader to take part ('Help create the 4th U.S. National
    Action Plan', 'Have your say on the draft plan'): a consultation's page (vocab.READER_INVITATIONS)."""
    text = " ".join(fold(re.sub(r"[^\w\s']", " ", title)).split())
    return any(text == w or text.startswith(w + " ") for w in READER_INVITATIONS)


def document_kind(raw: RawDocument) -> tuple[bool, str]:
    """(does the document call itself a plan or strategy?, the other kind its title names, if any),
    by its title or first heading and the first lines before any list."""
    titles = [t for t in title_lines(raw) if not _dated_label(t)]
    words = _folded_words(" ".join(titles[:2]))
    own = _folded_words(" ".join(own_title_lines(raw)[:2]))
    named = bool(PLAN_DOCUMENT_WORDS & own) or bool(raw.name and PLAN_DOCUMENT_WORDS &
                                                      set(fold(re.sub(r"[_\-.]", " ", raw.name)).split()))
    other = next((w for w in sorted(NON_PLAN_DOCUMENT_WORDS & words)), "")
    return named, other


@lru_cache(maxsize=_TITLE_CACHE)
def _folded_words(text: str) -> frozenset[str]:
    return frozenset(fold(text).split())


_DATED_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{0,30}?)\s*:\s*(?P<value>\S.{0,40})$")


@lru_cache(maxsize=_TITLE_CACHE)
def _dated_label(line: str) -> bool:
    """A line over the text that labels a date ('Report Date: March 2009', 'Date: 4 May 2024'): it says
    when, not what the document is (its 'report' names the date's kind)."""
    m = _DATED_LABEL.match(squash(line))
    if m is None or words_over(m.group("label"), 3):
        return False
    value = m.group("value").strip()
    dates = find_dates(value)
    return bool(dates) and len(value.split()) <= 4


_SUBTITLE_WORDS = 14  # a subtitle's words, at most


_COVER_LINES = 3  # title lines a cover sets in one type, at most


def _title_goes_on(block: Paragraph, above: object, titles: list[str]) -> bool:
    """A cover's next title line: straight under the last, set in its type (bold, the same size the
    source gives), on its page, short and no sentence ('It's Elementary' / 'THE CAREY SCHOOL STRATEGIC
    PLAN' / '2014-2019': a slogan over the name, all in one type). A line at the body's size (no size
    given) or numbered as a section ('1. Introduction') opens the text instead."""
    if not isinstance(above, Paragraph) or titles[-1] != above.text or len(titles) >= _COVER_LINES \
            or block.heading:
        return False
    text = block.text.strip()
    numbered = bool(re.match(r"\d", text)) and not _YEAR_SPAN.fullmatch(text)
    return above.bold and block.bold and block.size > 0 and block.size == above.size \
        and block.page == above.page and not numbered and not words_over(text, _SUBTITLE_WORDS) \
        and not text.endswith((".", ":", ";", "?")) and not _MARKER.match(text)


_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d")


def _subtitle(block: Paragraph, title: Paragraph | None, above: object) -> bool:
    """A subtitle: the short line printed right under a title set in bold at the body's size, on its
    page, itself no sentence and not bold ('TRANSPARENCY FRAMEWORK' over 'a forward agenda and
    priorities for the next 6 months'): it names the document as the title does."""
    return title is not None and above is title and title.bold and not block.bold and block.page == title.page \
        and not words_over(block.text, _SUBTITLE_WORDS) and not block.text.rstrip().endswith((".", ":", ";", "?")) \
        and not _MARKER.match(block.text)


def _action(r: _Read) -> ListAction:
    fields = dict(r.evidence.fields)
    unit = r.entry.unit
    if unit.number:
        fields["ref"] = unit.number
    if r.entry.children:
        fields["milestones"] = "\n".join(f"• {squash(bare(c))}" for c in r.entry.children)
    context = {k: v for k, v in r.entry.context.items() if v}
    own = fields.pop(TIMEFRAME_FIELD, "")
    if own:  # the item's own period ('Week 1: …') beats the heading's
        context["timeframe"] = own
    return ListAction(fields, context, unit.block, unit.page, unit.line, [], aside=list(r.evidence.aside))


__all__ = ["TIMEFRAME_FIELD", "document_kind", "item_evidence", "leading_period", "lists_of", "names_goal",
           "names_other_list", "read_commitments", "title_lines"]
