"""Is what was read as a table's actions a plan's actions? A precision guard, read from the text.

Headings and content choose a table's action column (normalise/headers.py, columns.py, choose.py).
When the choice was sure (a heading that names what is to be done: 'Actions', 'What we will do'),
the table is a plan. When it was weak (a heading that names nothing, a column chosen by its cells
beside who/when columns), a person reading the column asks whether its cells are things to be done
or delivered; an agenda's 'Item | Lead | Time', a report's data table with a person and a date
column, a quality audit's findings, a service specification, a list of contacts all have the
columns of a plan and none of its actions.

The guard weighs, for each table that gave actions:
- the instruction share of the text read as the actions: cells that open with a verb of action
  ('Develop …', 'To review …', 'Ensure …'), a commitment ('We will …', 'Schools should …'), or
  a deliverable written as a noun ('Review of …', 'Implementation of …', 'New induction pack'),
  the last counted half;
- what the rest of the text is: short titles ('Apologies', 'Finance update', an agenda's standing
  items), sentences that report what is or was ('Assessments were completed in 17 of 20 cases'),
  names, figures;
- the rest of the table: a plan's when is a date, an agenda's a time of day (10:30); a plan
  tracks how each action stands (status, RAG, progress).

A table it rejects gives no actions: their text is kept aside with the reason, and a warning says
why ("table 3 (page 2): 'Item' reads as agenda titles (instruction share 0.1): not a plan").
Actions read from prose (labelled lines, lists) are judged as one group: a label says 'Action',
so they stand unless none says who or when and none reads as an instruction.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from planx.normalise.columns import (
    WORD,
    commits_to,
    looks_like_action,
    looks_like_figure,
    looks_like_person,
    opens_with_verb,
)
from planx.normalise.headers import DECENT  # a heading read at this score names its field decently
from planx.normalise.records import Action
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import (
    AGENDA_TITLES,
    DELIVERABLE_NOUNS,
    DELIVERABLE_QUALIFIERS,
    DOCUMENT_HISTORY_SUBJECTS,
    DOCUMENT_HISTORY_WORDS,
    DOCUMENT_RECORD_HEADING_WORDS,
    OWNER_ROLE_WORDS,
    REPORTING_VERBS,
    TIME_OF_DAY,
    VERSION_HISTORY_HEADING_WORDS,
)
from planx.normalise.vocab_school import QUESTION_OPENERS

# a heading read as the action at this score or more names it beyond doubt ('Actions', 'Task')
SURE_HEADING = 90.0
# below this share of rows reading as things to be done, and of rows saying who, when or how they
# stand, a loosely named action column holds answers or accounts, not actions
ANSWERS_SHARE = 0.1
# a column under a heading naming the actions that holds short titles alone (at least TITLES_MOST of
# its rows, fewer than TITLES_SHARE read as things to be done, TITLES_ROWS rows or more) and nothing
# else in its rows saying who, when or how: the names of areas of work, not a plan's actions
TITLES_SHARE = 0.3
TITLES_MOST = 0.6
TITLES_ROWS = 3
_TIME = re.compile(TIME_OF_DAY, re.I)
_LEADING_MARK = re.compile(r"^(?:[\s\-–•*·▪]|o(?=\s))*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|\(?[a-z][.)]\s+)?")


@dataclass(frozen=True)
class ActionSource:
    """How a table's action column was chosen: its heading (or '' when it had none), the score of
    the heading's reading as the action (0 when the cells chose it, or no column is the action)."""
    label: str = ""
    score: float = 0.0


@dataclass(frozen=True)
class Verdict:
    plan: bool
    share: float  # instruction share of the action text
    why: str


# a short title run into the sentence it names ('Open data. Assess statewide open data efforts …')
_RUN_IN_TITLE = re.compile(r"^(?P<title>[A-Z][^.!?:;]{1,80}?[A-Za-z)])\.\s+(?P<rest>[A-Z].*)$", re.S)
_RUN_IN_TITLE_WORDS = 6


@lru_cache(maxsize=8192)

def reading_of(text: str) -> str:
    """What one cell's text reads as: 'instruction' (a thing to be done), 'deliverable' (a thing
    to be made, named as a noun), 'report' (a sentence saying what is or was), 'agenda' (a
    meeting's standing item), 'title' (a short heading-like phrase), 'name', 'figure', 'question'
    (a prompt that asks, as a template's cells do), or 'other'."""
    t = squash(text)
    if not t:
        return "other"
    words = [w.lower() for w in WORD.findall(_LEADING_MARK.sub("", t[:300]))]
    if t.rstrip().endswith("?") and words and words[0] in QUESTION_OPENERS:
        return "question"  # 'What sources of information exist …?': a template's prompt, no thing to be done
    if len(words) >= 3 and words[0] in DELIVERABLE_NOUNS and words[1] == "of":
        return "deliverable"  # 'Review of the …': a noun that many plans' verbs share ('review')
    if looks_like_action(t) or opens_with_verb(t):
        return "instruction"
    titled = _RUN_IN_TITLE.match(t)
    if titled and not words_over(titled.group("title"), _RUN_IN_TITLE_WORDS) and opens_with_verb(titled.group("rest")):
        return "instruction"  # 'Open data. Assess the open data …': a short title run into what will be done
    if not words:
        return "figure" if looks_like_figure(t) else "other"
    if commits_to(words):
        return "instruction"
    key = fold(t).strip(" .:")
    if key in AGENDA_TITLES or fold(re.sub(r"^[\d.()\s]+", "", t)).strip(" .:") in AGENDA_TITLES:
        return "agenda"
    if _reports(words):
        return "report"
    if _deliverable(words):
        return "deliverable"
    if looks_like_person(t) and len(words) <= 6 and not any(w in DELIVERABLE_NOUNS for w in words):
        return "name"  # 'Head of Service', 'Kevin Brooks' (not 'Staff survey': a role word beside a thing made)
    if looks_like_figure(t):
        return "figure"
    if len(words) <= 7 and not t.rstrip().endswith("."):
        return "title"
    return "other"



def _reports(words: list[str]) -> bool:
    """A sentence that says what is or was: a subject, then a verb that reports ('Assessments
    were …', 'The committee noted …', 'Attendance rose …') within its first words."""
    return len(words) >= 4 and any(w in REPORTING_VERBS for w in words[1:7])


def _deliverable(words: list[str]) -> bool:
    """A thing to be made or done, named as a noun: 'Review of the …', 'Implementation of …',
    'Safeguarding refresher training for all staff', 'New induction pack'."""
    if len(words) < 2:
        return False
    if words[0] in DELIVERABLE_NOUNS and words[1] in ("of", "for", "to", "with", "across", "on"):
        return True
    if words[0] in DELIVERABLE_QUALIFIERS and any(w in DELIVERABLE_NOUNS for w in words[1:4]):
        return True
    # the head noun of the opening phrase (before its first preposition) names a deliverable
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "to", "on", "with", "and", "in", "by")),
               len(words))
    return len(words) >= 3 and 2 <= cut <= 4 and words[cut - 1] in DELIVERABLE_NOUNS


def instruction_share(texts: Sequence[str]) -> float:
    """The share of texts that read as things to be done (a deliverable named as a noun counts half)."""
    readings = [reading_of(t) for t in texts if t.strip()]
    if not readings:
        return 0.0
    return (readings.count("instruction") + 0.5 * readings.count("deliverable")) / len(readings)


def _share(values: Sequence[str], test: Callable[[str], bool]) -> float:
    filled = [v for v in values if v.strip()]
    return sum(1 for v in filled if test(v)) / len(filled) if filled else 0.0


_WEIGHT = {"instruction": 1.0, "deliverable": 0.5}


def row_share(actions: Sequence[Action]) -> float:
    """The instruction share of rows, each counted by the text field of it that reads most as a
    thing to be done: a row of an aim ('Attainment in phonics') and its target ('Achieve 83% …')
    says what is to be done in its target."""
    if not actions:
        return 0.0
    return sum(max((_WEIGHT.get(reading_of(t), 0.0) for t in (a.action, a.objective, a.outcome, a.measure) if t),
                   default=0.0) for a in actions) / len(actions)


def action_texts(actions: Sequence[Action]) -> list[str]:
    """The text each action was kept for: what is to be done, or (when a table gives none) the
    objective, outcome or measure its row holds."""
    return [a.action or a.objective or a.outcome or a.measure for a in actions]


def judge(actions: Sequence[Action], source: ActionSource | None, plan_date: str = "") -> Verdict:
    """Are these actions (one table's) a plan's? By the text read as the actions and by the rest
    of the table. plan_date: the document's own date (ISO), when it prints one."""
    texts = action_texts(actions)
    share = row_share(actions)
    readings = [reading_of(t) for t in texts if t.strip()]
    n = max(len(readings), 1)
    kinds = {k: readings.count(k) / n for k in ("agenda", "title", "report", "name", "figure", "question")}
    rows = max(len(actions), 1)
    times = _share([a.due_raw for a in actions], lambda v: bool(_TIME.match(squash(v))))
    tracked = sum(1 for a in actions if a.status_raw or a.rag_raw or a.ratings or a.progress) / rows
    led = sum(1 for a in actions if a.lead or a.responsible) / rows
    timed = sum(1 for a in actions if a.due_raw) / rows
    # rows that each say what they are for and what they should achieve (an objective beside an
    # outcome or measure): the shape of a funded plan ('Item/Project | Cost | Objective | Outcome'),
    # which no agenda, contact list or data table prints row by row
    purposed = sum(1 for a in actions if a.objective and (a.outcome or a.measure)) / rows
    dated = [a.due_date for a in actions if a.due_date]
    # dates before the document's own day or month (a year alone, often a range's end, says too little)
    dated_doc = plan_date if len(plan_date) >= 7 else ""
    past = sum(1 for d in dated if dated_doc and d < dated_doc[:len(d)]) / len(dated) if dated else 0.0
    named = source is not None and source.score >= DECENT and any(a.action for a in actions)
    if _version_history(actions, source):
        return Verdict(False, share, "a document's version history (its changes, version by version)")
    if kinds["question"] >= 0.5:
        return Verdict(False, share, "questions (a template's prompts), not things to be done")
    if share >= 0.5:
        return Verdict(True, share, "reads as things to be done")
    if times >= 0.5:
        return Verdict(False, share, "agenda items beside times of day")
    # a meeting's standing items: two or more, and most rows when a heading names the action
    if readings.count("agenda") >= 2 and kinds["agenda"] >= (0.5 if named else 0.3):
        return Verdict(False, share, "agenda titles")
    if named and source is not None and source.score < SURE_HEADING and share < ANSWERS_SHARE \
            and max(tracked, led, timed) < ANSWERS_SHARE and len(actions) >= 2:
        # a heading that names the action only loosely ('Response', 'Outcome') over rows of which none
        # reads as a thing to be done and none says who, when or how it stands: answers or accounts
        # (a paper's 'Issue raised | Response' table, the Cabinet's answers to the questions put)
        return Verdict(False, share, f"answers or accounts, not things to be done (the heading "
                                     f"'{source.label}' names the actions only loosely, and no row says "
                                     f"who, when or how it stands)")
    if named and share < TITLES_SHARE and kinds["title"] + kinds["name"] >= TITLES_MOST \
            and max(tracked, led, timed) == 0 and len(actions) >= TITLES_ROWS \
            and not any(a.objective or a.outcome or a.measure for a in actions) \
            and len({a.area for a in actions if a.area}) < 2:
        # a heading that names tasks ('Task', 'PWS/Task') over short titles alone ('Project Management',
        # 'Testing', 'Release Support'), none saying who, when or how it stands, nor what it aims at or
        # how it is measured, nor grouped under two or more areas (the table reads no field but the
        # titles; tasks outlined under phases are a work plan): the names of a contract's or
        # project's work areas (what the document covers), not things to be done
        return Verdict(False, share, f"short titles naming areas of work, not things to be done (under "
                                     f"'{source.label if source is not None else ''}', no row says what is to be "
                                     f"done, who does it, when or how it stands)")
    if named:
        # a heading that names the action stands over terse, oddly worded or reported actions
        return Verdict(True, share, "its heading names what is to be done")
    if kinds["report"] >= 0.5:
        return Verdict(False, share, "findings or facts reported")
    if not any(a.action or a.objective or a.outcome for a in actions):
        # only how something is measured, by whom and when: an indicator table (KPI names beside
        # their owners and reporting dates), not things to be done
        return Verdict(False, share, "measures without actions (an indicator table)")
    if tracked >= 0.5:
        return Verdict(True, share, "the table tracks how each row stands")
    if purposed >= 0.5:
        return Verdict(True, share, "each row says what it is for and what it should achieve")
    for kind, why in (("name", "names"), ("figure", "figures")):
        if kinds[kind] >= 0.5:
            return Verdict(False, share, why)
    if past >= 0.7 and share < 0.3:
        return Verdict(False, share, "text beside dates before the document's own, not things to be done")
    if (share >= 0.3 and max(led, timed) >= 0.5) or (led >= 0.5 and timed >= 0.5) or len(dated) >= 0.5 * rows:
        return Verdict(True, share, "the table says who, when or how each row stands")
    what = max(kinds, key=lambda k: kinds[k])
    label = {"title": "short titles", "name": "names", "figure": "figures", "agenda": "agenda titles",
             "report": "reported facts", "question": "questions"}[what] \
        if kinds[what] >= 0.3 else "text that is not things to be done"
    return Verdict(False, share, label)


_VERSION = re.compile(r"^v?\d{1,2}(?:\.\d{1,3}){1,2}[a-z]?$", re.I)  # '0.1', '2.1.1', 'v1.2'


def _version_history(actions: Sequence[Action], source: ActionSource | None) -> bool:
    """A document's version history ('Version | Date | Author/Editor | Change Summary', 'Date |
    Description of Change | Reviewer'): the text read as the actions sits under a heading naming changes
    (or the table under one naming the document's versions or their distribution: 'Version
    management', 'Distribution'), most rows are numbered as versions, and their dates run one way in
    time, forward or newest first (a history; a plan's target dates need not). A table under a section
    naming the document's history ('Revision History', 'Change log') needs no version numbers: every
    row dated, one way in time, is a history too. Its rows record what was changed in the document,
    however much they read as things to be done ('To align with Beta 1.2', 'Date | Action | Owner')."""
    heading = fold(actions[0].area).split() if actions else []  # the heading over the table
    above, history = set(heading), _names_history(heading)
    if source is None or not (VERSION_HISTORY_HEADING_WORDS & set(fold(source.label).split())
                              or DOCUMENT_RECORD_HEADING_WORDS & above or history):
        return False
    refs = [a.ref or a.area_ref for a in actions]
    numbered = _share(refs, lambda v: bool(_VERSION.match(squash(v)))) >= 2 / 3
    if len(actions) < 2 or not (numbered or history and all(a.due_date for a in actions)):
        return False
    for table in {a.table for a in actions}:  # each table's (a distribution list under the history's headings)
        dates = [a.due_date for a in actions if a.due_date and a.table == table]
        if dates != sorted(dates) and dates != sorted(dates, reverse=True):
            return False
    return True


def _names_history(words: list[str]) -> bool:
    """Do a heading's words (folded, in order) name the document's own history ('Revision History',
    'Document Change Log'): a word naming its versions or changes right before one naming a history?"""
    pairs = zip(words, words[1:], strict=False)
    return any(w in DOCUMENT_HISTORY_SUBJECTS and n in DOCUMENT_HISTORY_WORDS for w, n in pairs)


def _where(actions: Sequence[Action]) -> str:
    first = actions[0]
    if not first.table:
        return "text outside tables"
    return f"table {first.table}" + (f" (page {first.page})" if first.page else "")


def guard(actions: list[Action], sources: dict[int, ActionSource], warnings: list[str],
          keep_aside: Callable[[Action, str], None], group_of: dict[int, int] | None = None,
          plan_date: str = "") -> tuple[list[Action], list[str]]:
    """(the actions kept, why each rejected group was) — each table's actions judged as a group
    (a table going on under the headings of one before it is judged with that one: group_of maps
    a table to the table of its headings), and those read from prose as one; a rejected group's
    text goes aside with the reason."""
    group_of = group_of or {}
    groups: dict[int, list[Action]] = {}
    for a in actions:
        groups.setdefault(group_of.get(a.table, a.table), []).append(a)
    rejected: set[int] = set()  # tables whose actions are no plan's
    reasons: list[str] = []

    def reject(tables: set[int], group: list[Action], verdict: Verdict, source: ActionSource | None,
               carried_from: int = 0) -> None:
        rejected.update(tables)
        column = (f"its rows under the headings of table {carried_from}" if carried_from else
                  f"'{source.label}'" if source is not None and source.label else "the text read as actions")
        verb = "read" if carried_from else "reads"
        why = (f"{_where(group)}: {column} {verb} as {verdict.why} (instruction share {verdict.share:.1f}) "
               f"— not a plan; {len(group)} row(s) kept aside")
        reasons.append(why)
        warnings.append(why)
        for a in group:
            keep_aside(a, f"not a plan ({verdict.why})")

    for key, group in groups.items():
        source = sources.get(key)
        verdict = _judge_prose(group, source) if key == 0 else judge(group, source, plan_date)
        tables = {a.table for a in group}
        if not verdict.plan:
            reject(tables, group, verdict, source)
            continue
        # headings that head no row of their own table (a form's last row read as headings) and are
        # carried over the tables after it: each of those is judged on its own rows, without the
        # trust a heading printed over them would give. (A plan's table going on over a page, under
        # headings that head rows of their own, is judged with them.)
        if key in tables:
            continue
        for table in sorted(tables):
            own = [a for a in group if a.table == table]
            alone = judge(own, None, plan_date)
            if not alone.plan:
                reject({table}, own, alone, None, carried_from=key)
    return [a for a in actions if a.table not in rejected], reasons


# who acts, as a sentence's subject: 'The team coaches …', 'Staff use …', 'Members of the team have …',
# 'Our curators select …' — a role or group (vocab.OWNER_ROLE_WORDS) or 'we', then a verb
_ROLES = sorted({w for w in OWNER_ROLE_WORDS if " " not in w}, key=len, reverse=True)
_ACTOR_SUBJECT = re.compile(rf"^\s*(?:(?:the|our|all|each|every|a|an)\s+)?(?:[a-z\-]+\s+){{0,2}}?"
                            rf"(?:we|(?:{'|'.join(_ROLES)})s?)(?:\s+of\s+(?:the\s+)?[a-z\-]+)?\s+[a-z]{{2,}}", re.I)
# labelled notes whose sentences name who acts, in at least this share, are actions (a strategy's
# 'Action: The team coaches staff content creators …'), however their verbs are read
_ACTOR_SHARE = 0.5
_SENTENCE_WORDS = 6  # a note naming who acts is a sentence of at least this many words
# prose actions of which at least this share say how they stand and report their progress are tracked
# actions (a progress update's status-led blocks), whatever their verbs
_TRACKED_SHARE = 0.5


def names_who_acts(text: str) -> bool:
    """Does the sentence open with who acts and a verb ('The team creates a Digital Plan for all
    projects.', 'Staff use the content strategy …')? A note that names no one ('Noted', 'None',
    'metrics module') does not."""
    return words_over(text, _SENTENCE_WORDS - 1) and bool(_ACTOR_SUBJECT.match(text))


def _judge_prose(actions: Sequence[Action], source: ActionSource | None = None) -> Verdict:
    """Actions read from labelled lines and lists: the label says 'Action'. They stand when one of
    them says who or when, or they read as things to be done, or most of their sentences name who
    acts, or their reader was sure of them by other evidence (a roadmap's stage headings and tracked
    items: source.score at SURE_HEADING)."""
    share = row_share(actions)
    if source is not None and source.score >= SURE_HEADING:
        return Verdict(True, share, f"read as {source.label}")
    if share >= 0.5 or any(a.lead or a.responsible or a.due_raw or a.milestones for a in actions):
        return Verdict(True, share, "labelled as actions")
    if actions and sum(names_who_acts(a.action) for a in actions) >= _ACTOR_SHARE * len(actions):
        return Verdict(True, share, "labelled as actions whose sentences name who acts")
    if actions and sum(bool(a.status_raw and a.progress) for a in actions) >= _TRACKED_SHARE * len(actions):
        # a progress update's blocks: each says how it stands and reports its progress, as a tracker does
        return Verdict(True, share, "each says how it stands and what progress was made")
    return Verdict(False, share, "a note under an 'Action' label that says no who, no when and no thing to do")
