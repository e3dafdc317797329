"""Headings that say WHEN or HOW the items under them stand: plans grouped by time horizon or state.

    ## Q1 2025                        ## Now                    ## Done
    - Publish the SEND local offer    - Recruit two EPs         - Open the family hub
    ## Q2 2025                        ## Next                   ## In progress
    - Train 40 SENCOs                 - Review the EHCP panel   - Review the EHCP panel

Roadmaps and delivery plans are often headed by a period ('Q1 2025', '2025/26', 'By March 2026',
'Autumn term 2025', 'Short term (0–6 months)', 'Now / Next / Later', 'Year 1') or by a state ('Done',
'In progress', 'Planned', 'Backlog', 'Things we're working on now'), with the actions as items under
each. A reader takes the heading as every item's timescale or status, unless the item prints its own.

What a heading gives (the contract's fields):
- a period heading is the items' `timeframe` (a grouping heading, CONTRACT.md); when it names a date
  ('Q1 2025', '2025/26', 'By March 2026') it is also their `due_raw`, and `due_date` is read from it
  as from any date cell (normalise/dates.py: a quarter's last month, a financial year's end);
  a relative horizon ('Now', 'Next', 'Later', 'Short term', 'Year 1') or a term with no year names no
  date: timeframe only;
- a state heading gives the items' `status_raw` (the heading as printed) and `status` by the contract's
  enum: 'Done' / 'Completed' / 'Things we've done' → complete, 'In progress' / 'Doing' / 'Working on
  now' → in_progress, 'Planned' / 'Not started' / 'Backlog' / 'To do' → not_started. 'Next' and
  'Later' are horizons (when), not states: they give no status, unless the document's run of
  headings holds states ('Things we've done' / 'Working on now' / 'Things we'll do later', 'Recently
  shipped' / 'Working on now' / 'Future plans'): there a heading that looks ahead is the stage of
  work not yet begun, not_started (Horizon.pending; the items' status_raw is the heading), also over
  the dated periods set under it ('Things we'll do later' / 'August to October 2023': HorizonTrack.ahead);
- a heading printing a dated period and a theme ('Quarter 1 of 2024: Governance and Foundations')
  gives the period to its items as above and the theme as their area (split_period_heading).

One heading alone proves little (a plan's 'By March 2026' is a horizon, a news page's 'March 2025' is
not): horizon_run() says whether sibling headings form a run of one kind, the evidence the list
readers weigh (normalise/commitments.py, normalise/lists.py). A version heading ('v1.2 (March
2025)', '[1.2.0] - 2025-03-01') is no period: it prints more than a date; nor is a day alone ('1 March
2010' under a paper's title): a paper's or a meeting's date ('By 31 March 2026' is a deadline).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from planx.normalise.codes import status_line
from planx.normalise.dates import date_spans
from planx.normalise.periods import read_period
from planx.normalise.text import fold, printed_lines, words_over
from planx.normalise.vocab import (
    HORIZON_HEADING_FILLER_PHRASES,
    HORIZON_HEADING_FILLERS,
    HORIZON_ITEM_NOUNS,
    HORIZON_ITEM_STATE_WORDS,
    HORIZON_LEAD_PHRASES,
    HORIZON_PENDING_WORDS,
    HORIZON_STATE_PHRASES,
    HORIZON_WORDS,
    MONTHS,
    TIMEFRAME_PATTERNS,
)

SEASONS = {"spring", "summer", "autumn", "winter"}

_MAX_WORDS = 8  # a longer heading is a title or a sentence, not a period or a state
_MIN_RUN = 2  # sibling headings of one kind that make a run
# a count or a note after the heading ('Done (12)', 'Later – ideas we are exploring'), decoration
# before it (an emoji, a tick)
_BRACKETED_NUMBER = re.compile(r"\s*\(\s*\d{1,4}\s*\)\s*$")
_COUNT = re.compile(r"\s*\(\s*(?!(?:19|20)\d\d\s*\))\d{1,4}\s*\)\s*$")  # a count, not a year ('Phase 2 (2025)')
_DECORATION = re.compile(r"^[^\w(\[]+")
_TIMEFRAME = re.compile(rf"^(?:{'|'.join(TIMEFRAME_PATTERNS)})$", re.I)
_RELATIVE_RANGE = re.compile(r"^\(?\s*(?:\d{1,2}\s*(?:[-–—]|to)\s*)?\d{1,2}\+?\s*(?:months?|years?|weeks?)\s*\+?\)?$")
_YEAR_N = re.compile(r"^(?:year|phase|stage|horizon)\s+(?:\d{1,2}|one|two|three|four|five)$")
# a span of the plan's own years ('Years 1–2', 'Years 6-10', 'Year 3 to 5'; folded: 'years 1 2')
_YEARS_SPAN = re.compile(r"^years?\s+\d{1,2}(?:\s+(?:to\s+)?\d{1,2})?\+?$")
# such a span heading the phase it names ('Years 1–2: Safety and compliance'): when, and what for
_YEARS_THEMED = re.compile(r"^(?P<span>years?\s+\d{1,2}(?:\s*(?:[-–—]|to)\s*\d{1,2})?\+?)\s*:\s*\S")


@dataclass(frozen=True)
class Horizon:
    """A heading read as a horizon: the kind ('period': says when; 'state': says how the items
    stand), the heading as printed, and what it gives the items under it."""
    text: str
    kind: str
    dated: bool = False  # a period naming a date: the items' due_raw
    status: str = ""  # a state's contract status ('' for a period)
    # a state that names its items' topic too ('Completed carbon reduction initiatives'): a state only
    # among sibling states (a run), not a stage of a roadmap by itself as the title of a page
    topical: bool = False

    @property
    def pending(self) -> bool:
        """A relative horizon that looks ahead ('Future plans', 'Up next', 'Things we'll do later'):
        among sibling state headings, work not yet begun."""
        if self.kind != "period" or self.dated:
            return False
        words = set(_words(self.text)) - HORIZON_HEADING_FILLERS
        return bool(words & HORIZON_PENDING_WORDS) and not words & {"now", "current", "currently"}

    @property
    def group(self) -> str:
        """What sibling headings must share to make a run: a period, or a state."""
        return self.kind


# a note in brackets closing a heading, after words of its own ('… Initiatives (This Reporting Year)')
_END_NOTE = re.compile(r"(?<=\w)\s*\([^()]{2,40}\)\s*:?\s*$")


def clean_heading(text: str) -> str:
    """The heading without decoration, a count, a note in brackets at its end or a closing colon
    ('✅ Done (12):' → 'Done'; 'Completed initiatives (this reporting year)' → 'Completed initiatives')."""
    text = _DECORATION.sub("", text.strip())
    text = _COUNT.sub("", text.rstrip().rstrip(":")).strip()
    note = _END_NOTE.search(text)
    if note and not any(ch.isdigit() for ch in note.group()) and not set(_words(note.group())) & MONTHS.keys():
        text = text[:note.start()]  # a note that says no date ('(this reporting year)'): no part of the heading
    return " ".join(text.split())


_MAX_TOPIC_WORDS = 3  # topic words a state heading may print between its state and its items' name


def read_horizon(heading: str, day_alone: bool = False) -> Horizon | None:
    """The horizon a heading names, or None (most headings name a topic). day_alone: a day by
    itself ('30 June 2026') is a deadline too, where its place says so (a row across an action
    table, over the rows due by then), not a paper's or a meeting's date."""
    text = clean_heading(heading)
    if not text or words_over(text, _MAX_WORDS):
        return None
    bare = _BRACKETED_NUMBER.sub("", text).strip()  # a state's count or year ('Completed (2024)'): not its words
    status = _state(bare)
    if status:
        return Horizon(bare, "state", status=status)
    status = _state_of_items(_words(bare))
    if status:
        return Horizon(bare, "state", status=status, topical=True)
    dated = _dated_period(text, day_alone)
    if dated is not None:
        return Horizon(text, "period", dated=dated)
    return None


def _words(text: str) -> list[str]:
    return fold(text.replace("’", "'").replace("'", "")).split()


def _state(text: str) -> str:
    """The contract status a state heading names ('' when it names none): the heading is a status
    word ('Done', 'In progress', 'Planned') or a phrase of the writer's ('Things we've done',
    'What we are working on')."""
    words = _words(text)
    key = " ".join(words)
    for phrase in sorted(HORIZON_STATE_PHRASES, key=len, reverse=True):
        at = f" {key} ".find(f" {phrase} ")
        if at >= 0 and _only_fillers(key[:at] + " " + key[at + len(phrase):]):
            return HORIZON_STATE_PHRASES[phrase]
    return ""


def _state_of_items(words: list[str]) -> str:
    """A state heading that names its items' topic between the state and the items' name
    ('Completed carbon reduction initiatives', 'Ongoing IT projects'): the state opens it, a noun
    a plan calls its items by closes it, at most three topic words between; '' otherwise. A word
    that is a state only before such a noun ('Current initiatives', 'Active projects') opens it too."""
    if len(words) < 2 or words[-1] not in HORIZON_ITEM_NOUNS:
        return ""
    if words[0] in HORIZON_ITEM_STATE_WORDS and len(words) - 2 <= _MAX_TOPIC_WORDS:
        return HORIZON_ITEM_STATE_WORDS[words[0]]
    for size in (3, 2, 1):
        phrase = " ".join(words[:size])
        if phrase in HORIZON_STATE_PHRASES and len(words) - size - 1 <= _MAX_TOPIC_WORDS:
            return HORIZON_STATE_PHRASES[phrase]
    return ""


def _only_fillers(text: str) -> bool:
    return all(w in HORIZON_HEADING_FILLERS for w in text.split())


# a heading that is a financial year alone, its century not printed ('FY27', 'FY 26'): a dated period
_SHORT_FY_ALONE = re.compile(r"^\s*F\.?Y\.?\s?\d{2}\s*$", re.I)


def _dated_period(text: str, day_alone: bool = False) -> bool | None:
    """True for a heading that is a dated period ('Q1 2025', '2025/26', 'By March 2026'), False for
    a period that names no date ('Now', 'Short term (0–6 months)', 'Autumn term', 'Year 1'), None
    for anything else. Besides the dates, the heading may print only the words of a period
    ('by', 'end of', 'quarter', 'term', 'financial year') and a relative horizon."""
    if _SHORT_FY_ALONE.match(text):
        return True  # 'FY27': a financial year whose century is not printed, which the date reader leaves alone
    spans = date_spans(text)
    if spans:
        rest = text
        for start, end, _ in reversed(spans):
            rest = rest[:start] + " " + rest[end:]
        if not day_alone and all(d.day is not None for _, _, d in spans) \
                and set(_words(re.sub(r"[()\[\],.:]", " ", rest))) <= {"date", "dated"}:
            # a day alone ('1 March 2010', '25th February 2010') or under its label ('Date: 10th December
            # 2013' atop a strategy): a paper's or a meeting's date, no period its items fall in
            return None
        return True if _only_period_words(rest) else None
    return False if _relative(text) else None


_NUMBERED_PERIODS = frozenset({"quarter", "term", "half"})
_PERIOD_ORDINAL = re.compile(r"^[1-4]$")


def _only_period_words(rest: str) -> bool:
    """What a dated heading prints besides its dates: period words, a relative horizon, and no
    other word or number ('v1.2', 'Release', 'Meeting' make it something else)."""
    inner = re.sub(r"[()\[\]]", " ", rest)
    words = _words(inner)
    key = f" {' '.join(words)} "
    for phrase in HORIZON_HEADING_FILLER_PHRASES:  # '2012 Action Items': the items' name, a filler
        key = key.replace(f" {phrase} ", " ")
    # a period's own number ('Quarter 1 (April – June 2025)', 'Term 2 2025/26'): which quarter or term
    # of the dated year, a period word as the word before it
    words = [w for i, w in enumerate(key.split())
             if not (_PERIOD_ORDINAL.match(w) and i and key.split()[i - 1] in _NUMBERED_PERIODS)]
    if not words:
        return True
    return all(w in HORIZON_HEADING_FILLERS or w in HORIZON_WORDS or w in MONTHS or w in SEASONS for w in words) \
        or _relative(inner.strip(" -–—:,"))  # ('April to' of 'April to June 2020', 'Short term' of '… (2025/26)')


def _relative(text: str) -> bool:
    """A horizon that names no date: 'Now', 'Next', 'Later', 'Short term (0–6 months)', 'Within six
    months', 'Year 1', 'Autumn term', 'Q3'."""
    head, _, aside = text.partition("(")
    head = head.strip(" -–—:,")
    if aside and not _RELATIVE_RANGE.match("(" + aside.strip()) and not _relative(aside.rstrip(") ")) \
            and not _months_only(aside.rstrip(") ")):
        return False
    words = _words(head)
    if not words:
        return False
    key = " ".join(words)
    if _TIMEFRAME.match(key) or _TIMEFRAME.match(head) or _RELATIVE_RANGE.match(head.lower()) or _YEAR_N.match(key) \
            or _YEARS_SPAN.match(key):
        return True
    if _YEARS_THEMED.match(head.lower()) and not date_spans(head):
        # 'Years 1–2: Safety, comfort and compliance': a span of the plan's years opening the heading, the
        # words after its colon saying what the span is for; the whole heading is the period
        return True
    if read_period(head) is not None:
        return True
    lead = next((p for p in HORIZON_LEAD_PHRASES if key.startswith(p + " ")), "")
    words = words[len(lead.split()):]  # 'Working on next': the horizon after the writer's words
    core = [w for w in words if w not in HORIZON_HEADING_FILLERS]
    return bool(core) and all(w in HORIZON_WORDS for w in core)


def _months_only(text: str) -> bool:
    """'March - May', 'June to August': months or seasons with no year (the plan's year), as a
    relative horizon prints its span beside it ('Short term activity (March - May)')."""
    words = _words(re.sub(r"[-–—/]", " ", text))
    return bool(words) and any(w in MONTHS or w in SEASONS for w in words) \
        and all(w in MONTHS or w in SEASONS or w in HORIZON_HEADING_FILLERS for w in words)


def horizon_run(horizons: Sequence[Horizon | None]) -> bool:
    """Do sibling headings form a run: two or more distinct horizons of one kind (periods, or
    states), or a state beside a heading that looks ahead ('Recently completed' / 'Up next' under each
    service of a roadmap: what is done, and what comes next, Horizon.pending)?"""
    read = [h for h in horizons if h is not None]
    kinds = {h.kind for h in read}
    for kind in kinds:
        distinct = {h.text.lower() for h in read if h.kind == kind}
        if len(distinct) >= _MIN_RUN:
            return True
    return "state" in kinds and any(h.pending for h in read)


__all__ = ["Horizon", "clean_heading", "horizon_run", "read_horizon"]


class HorizonTrack:
    """The horizon the items being read sit under, as a list reader walks a document's headings.

    Horizons and topics nest either way: a period over topics ('## 2025/26' / '### Early help' /
    items) or topics over periods ('## Early help' / '### Now' / items). A topic heading straight
    under a horizon heading (no item between) shows the first: the horizon holds across the topics
    below it and a new horizon starts a new topic. Otherwise a topic heading ends the horizon.
    A horizon counts only when the document has a run of them (horizon_run) or it names a date."""

    def __init__(self, headings: Sequence[str]):
        read = [read_horizon(h) for h in headings]
        self.run = horizon_run(read)
        # state headings among the horizons ('Things we've done', 'Working on now'): a heading that
        # looks ahead beside them ('Things we'll do later') says its items have not begun
        self.states = self.run and any(h is not None and h.kind == "state" for h in read)
        self.current: Horizon | None = None
        self.outer = False  # horizons group topics
        self.fresh = False  # a horizon heading with no item under it yet
        # a heading looking ahead over dated periods ('Things we'll do later' / 'August to October
        # 2023'): the periods say when, the heading above them still says the work has not begun
        self.ahead: Horizon | None = None

    def heading(self, text: str) -> Horizon | None:
        """Read a heading: its horizon when it is one that counts (the caller keeps its topic,
        unless horizons group topics), else None (a topic heading)."""
        h = read_horizon(text)
        if h is not None and (self.run or h.dated):
            under_ahead = self.ahead is not None or self.current is not None and self.current.pending and self.fresh
            self.ahead = (self.ahead or self.current) if h.kind == "period" and h.dated and under_ahead else None
            self.current, self.fresh = h, True
            return h
        self.topic()
        return None

    def period_topic(self, period: Horizon) -> None:
        """A heading that prints a dated period and its topic ('Quarter 1 of 2024: Governance and
        Foundations'): the period holds over the items below until the next heading."""
        self.current, self.fresh, self.outer = period, False, False

    def topic(self) -> None:
        """A topic heading ('Priority 2: Early help'): under a horizon heading straight away, the
        horizons group topics; otherwise it ends the horizon (unless horizons group topics)."""
        if self.current is not None and self.fresh and self.run:
            self.outer = True
        elif not self.outer:  # (a lone dated heading over the topics, 'Autumn 2019' on a cover, dates the
            # document, not each of its sections: only a run of periods groups topics)
            self.current, self.ahead = None, None

    def item(self) -> None:
        self.fresh = False

    def context(self) -> dict[str, str]:
        """The context the current horizon gives the items under it: the heading ('horizon'),
        and a period's text as their timeframe (horizon_fields reads the rest when the action is
        built)."""
        h = self.current
        if h is None:
            return {}
        pending = {PENDING_KEY: "1"} if self.states and h.pending else {}
        if self.states and self.ahead is not None and h.kind == "period":
            pending = {PENDING_KEY: "1", AHEAD_KEY: self.ahead.text}
        return {"horizon": h.text, **({"timeframe": h.text} if h.kind == "period" else {}), **pending}


# the context key that marks a heading looking ahead among sibling states (Horizon.pending)
PENDING_KEY = "horizon_pending"
# the context key holding that heading when dated periods sit under it (HorizonTrack.ahead)
AHEAD_KEY = "horizon_ahead"
_PERIOD_TOPIC = re.compile(r"^(?P<period>[^:–—]{2,40}?)\s*(?::|\s[–—-]\s)\s*(?P<topic>\S.*)$")


def split_period_heading(text: str) -> tuple[Horizon | None, str]:
    """(the dated period, the topic) of a heading that prints both ('Quarter 1 of 2024: Governance
    and Foundations', 'Q3 2025 – Pilots'); (None, text) for any other heading."""
    m = _PERIOD_TOPIC.match(clean_heading(text))
    if m is None:
        return None, text
    h = read_horizon(m.group("period"))
    if h is None or not h.dated or read_horizon(m.group("topic")) is not None:
        return None, text
    return h, m.group("topic").strip()


def horizon_fields(fields: dict[str, str], context: dict[str, str]) -> dict[str, str]:
    """An action's fields with what the horizon heading above it gives where it prints none of its
    own: a dated period's due ('… by June 2026' beats the heading's 'Q2 2026') and a state's status
    ('— complete' beats 'In progress'). (The horizon in hand was taken for one where it stands: a
    day alone there is the deadline of a row across a table, 'By 30 June 2026' as much.)"""
    h = read_horizon(context.get("horizon", ""), day_alone=True)
    out = dict(fields)
    if h is not None and h.dated and not out.get("due", "").strip() and dated_alone(out.get("status", "")):
        # a status cell holding a date alone ('January 1, 2021' under 'Status' in the '2018 Action Items'
        # table): when the row itself is due, which the heading's period only stands in for
        out["due"] = out["status"]
    if h is not None and h.dated and not out.get("due", "").strip():
        out["due"] = h.text
    if h is not None and h.kind == "state" and not out.get("status", "").strip() \
            and not status_line(printed_lines(out.get("progress", ""))):
        # (an update that opens with a status of its own, 'Delayed' under 'Ongoing throughout the
        # plan', is the action's status: update_status reads it)
        out["status"] = h.text
    if h is not None and h.pending and context.get(PENDING_KEY) and not out.get("status", "").strip():
        out["status"] = h.text
    if context.get(PENDING_KEY) and context.get(AHEAD_KEY) and not out.get("status", "").strip():
        out["status"] = context[AHEAD_KEY]  # 'Things we'll do later' over 'August to October 2023'
    return out


def dated_alone(text: str) -> bool:
    """Does the text print one date to the month or the day and nothing more ('January 2024',
    'January 1, 2021'; not '2024', 'Completed May 2019', 'Ongoing')?"""
    from planx.normalise.dates import date_spans
    flat = " ".join(text.split()).strip(" .;,")
    spans = date_spans(flat) if flat else []
    if len(spans) != 1:
        return False
    start, end, when = spans[0]
    return when.month is not None and not when.derived and not flat[:start].strip() and not flat[end:].strip(" .")


def state_area(context: dict[str, str]) -> str:
    """The area a state heading gives the items under it when no other heading groups them
    ('Major Actions Taken to Date' / • … / 'Major Planned Actions' / • …): the heading that says how
    its list stands is also the only grouping the document gives it (docs/CONTRACT.md, actions.area).
    '' under a period, or when the context names an area of its own."""
    if context.get("area", "").strip() or context.get("area_ref", "").strip():
        return ""
    h = read_horizon(context.get("horizon", ""))
    return h.text if h is not None and h.kind == "state" else ""


def heading_status(status_raw: str, context: dict[str, str]) -> str:
    """The contract status of a status taken from a state heading ('Things we've done' →
    complete), which status_of does not read: '' for any other status."""
    h = read_horizon(context.get("horizon", ""))
    if h is not None and h.pending and context.get(PENDING_KEY) and status_raw == h.text:
        return "not_started"  # a heading looking ahead among sibling states
    if context.get(PENDING_KEY) and status_raw and status_raw == context.get(AHEAD_KEY):
        return "not_started"  # … and over the dated periods under it
    return h.status if h is not None and h.kind == "state" and status_raw == h.text else ""


__all__ += ["AHEAD_KEY", "PENDING_KEY", "HorizonTrack", "heading_status", "horizon_fields", "split_period_heading",
            "state_area"]
