"""Column headings → canonical fields, read by meaning (vocab.HEADING_WORDS, HEADING_PHRASES …).

A heading is read as a person reads it: by its head word ("Target DATE", "DATE for completion",
"Action OWNER"), the words that modify a vague head ("LEAD officer"), set phrases ("led by",
"how will we know") and the question it asks ("Who?", "When?"). Whole headings seen in plans
(vocab.HEADER_SYNONYMS) stay the surest reading. Each reading has a score (0–100) and a reason.

A row is a heading row by evidence: several short cells that read as fields with decent scores,
among them a field that says what is to be done or achieved, and (when the walker can tell) rows
below that look like data. Headings that read as no field do not sink the row: their columns
are kept, and their cells go to leftovers under the heading.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from planx.normalise.bilingual import english_side
from planx.normalise.columns import (
    choice_list,
    columns_of,
    commits_to,
    contradicts,
    field_by_content,
    looks_like_action,
    looks_like_figure,
    looks_like_name,
    looks_like_person,
    looks_like_ref,
    looks_like_when,
    opens_with_verb,
    plan_columns,
    says_nothing,
)
from planx.normalise.dates import find_dates
from planx.normalise.itemlists import tracked_items
from planx.normalise.milestones import split_numbered
from planx.normalise.periods import (
    PERIOD_FIELD,
    cell_kind,
    figures_below,
    horizon_column,
    read_period,
    run_of_periods,
    sibling_series,
)
from planx.normalise.raci import raci_columns
from planx.normalise.taskheads import run_of_scale, schedule_labels, task_heading
from planx.normalise.text import clean, fix_lookalikes, fold, heading_text, squash, words_over
from planx.normalise.vocab import (
    ACTION_CANDIDACY,
    ACTION_TITLE_HEADINGS,
    ANSWERED_ITEM_WORDS,
    AREA_LEAD_ALONE,
    AREA_LEAD_HEADS,
    AREA_LEAD_MODIFIERS,
    CROSS_REFERENCE_WORDS,
    DECISION_HEADING_WORDS,
    DOER_LEAD_HEADINGS,
    DOER_LEAD_SCORE,
    DOER_SECOND_SCORE,
    ELECTED_MEMBER_WORDS,
    FINITE_VERBS,
    FORM_LABELS,
    HEADER_SYNONYMS,
    HEADING_ABBREVIATIONS,
    HEADING_CLAUSE_SUBJECTS,
    HEADING_COMPOUNDS,
    HEADING_FILLERS,
    HEADING_GENERIC_HEADS,
    HEADING_IMPERATIVES,
    HEADING_OTHER_HEADS,
    HEADING_PERSON_HEADS,
    HEADING_PHRASES,
    HEADING_PREPOSITIONS,
    HEADING_QUESTIONS,
    HEADING_WORDS,
    INDICATOR_HEADERS,
    INDICATOR_ROLE_WORDS,
    ISSUE_LOG_WORDS,
    ISSUE_NOUNS,
    ISSUE_REMEDY_WORDS,
    KPI_BLOCK_GENERIC_HEADS,
    LOOK_BACK_QUESTIONS,
    MONTHS,
    NEXT_STEP_WORDS,
    PARTY_HEADING_WORDS,
    PARTY_STANCE_WORDS,
    PAST_DATE_EVENTS,
    PAST_DATE_MARKERS,
    RECOMMENDATION_HEADING_WORDS,
    REMARK_HEADINGS,
    REVISED_DUE_WORDS,
    RISK_DESCRIPTION_WORDS,
    RISK_IMPACT_WORDS,
    RISK_LIKELIHOOD_WORDS,
    RISK_NOUNS,
    RISK_REGISTER_COLUMN_WORDS,
    RISK_REGISTER_WORDS,
    RISK_SCORE_LETTERS,
    RISK_SCORE_LOOKALIKES,
    RISK_TITLE_WORDS,
    RISK_TREATMENT_WORDS,
    SENIOR_OWNER_WORDS,
    SPAN_END_WORDS,
    SPAN_START_WORDS,
    SUPPORT_WORDS,
)
from planx.normalise.vocab_tasks import TASK_NAME_HEADINGS

T = TypeVar("T")

_SYNONYMS = {syn: name for name, syns in HEADER_SYNONYMS.items() for syn in syns}
_BY_LENGTH = sorted(_SYNONYMS, key=len, reverse=True)
# the longest synonym first, as a whole word: one regex pass instead of a loop over ~200 synonyms
_STARTS_WITH_SYNONYM = re.compile("(" + "|".join(re.escape(s) for s in _BY_LENGTH if len(s) >= 3) + ") ")
_RATING = re.compile(r"^(?:b?rag)\b(?:\s*(?:status|rating))?\s*(.+)$", re.I)
# a period before the RAG word ('Q1 RAG', 'Qtr 2 RAG status', 'Jun 25 RAG'): a dated RAG too
_RATING_AFTER = re.compile(r"^(.+?)\s+b?rag(?:\s+(?:status|rating))?$", re.I)
# '… (RAG)' at a heading's end; what comes before it is checked apart (_rag_in_brackets): a leading
# '\S.*' in the pattern itself backtracks over every start of a long cell (quadratic on a 10 MB cell)
_RAG_IN_BRACKETS = re.compile(r"\(\s*b?rag(?:\s+(?:rating|status|score))?\s*\)\s*$", re.I)
_REF_HEADING = re.compile(r"^(?:p?riority|area|theme|objective)\s+([0-9A-Za-z]{1,3})$", re.I)

# a reading this sure (0–100) counts as a heading for a field
DECENT = 60.0
# the field of a second due-date column that says it is revised ('Revised due date'): the date in force
REVISED_DUE_FIELD = "due_revised"
# the field of the status a printed mark gives, where a reader knows the mark (a roadmap's task box
# '[x]' or sign '🚧', normalise/roadmaps.py): the status field keeps the mark as printed (status_raw),
# this one the contract's word for it, which the mark's own text need not hold
MARK_STATUS_FIELD = "status_of_mark"
# fields that say what is to be done or achieved: a plan table has one
CONTENT_FIELDS = {"action", "milestones", "objective", "outcome", "measure", "area", "progress"}
# fields that pin an action down: who, when, how it stands
DETAIL_FIELDS = {"lead", "responsible", "due", "status", "rag", "rating", "milestones", PERIOD_FIELD}
# fields that name what a row belongs to (its reference, its area, what it is for), not the work itself
GROUPING_FIELDS = {"area_ref", "area", "objective"}


@dataclass
class Column:
    col: int
    span: int
    field: str  # canonical field, 'rating', or '' for a heading no field took
    label: str  # the heading as printed
    value: str = ""  # a value the heading itself carries ('Priority 3' → area_ref '3')
    score: float = 0.0  # how surely the heading names the field (0–100)
    basis: str = "heading"  # 'heading', or 'content' when the column's cells decided the field
    group: str = ""  # a heading printed once over this and its sibling columns ('RAG status by quarter')


# between a group heading and a column's own heading in a rating's label as it leaves the table reader
# ('RAG status by quarter' + GROUP_BREAK + 'Qtr 1'): a line break, as the two are printed on two rows
GROUP_BREAK = "\n"


def rating_label(column: Column) -> str:
    """A RAG column's heading as the table reader passes it on: its own heading, after the group
    heading printed over it and its siblings when there is one (the action keeps the two apart)."""
    return f"{column.group}{GROUP_BREAK}{column.label}" if column.group else column.label


@dataclass
class Header:
    columns: list[Column] = field(default_factory=list)
    confidence: float = 0.0  # how surely the row is a heading row (0–1)
    rag_fill_col: int = -1  # the column whose cells' RAG colours rate the actions, when no column is a RAG's
    period_kind: str = ""  # what a block of period columns holds (periods.block_kind), when there is one
    period_fills_rate: bool = False  # the block's updates are shaded by their RAG (periods.fills_rate_updates)
    # how the fields were found when not by the headings alone: 'cells' when no reading of the
    # headings made a plan and the columns' cells decided (read_header's _header_by_meaning)
    read_by: str = ""
    _by_col: dict[int, Column] | None = field(default=None, repr=False, compare=False)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def fields(self) -> list[str]:
        return [c.field for c in self.columns if c.field]

    def key(self) -> tuple[str, ...]:
        return tuple(c.field or c.label for c in self.columns)

    def width(self) -> int:
        return max((c.col + c.span for c in self.columns), default=0)

    def column_for(self, col: int) -> Column | None:
        """The heading over grid column `col` (a spanning heading covers all its columns)."""
        return self.by_col().get(col)

    def derived(self, name: str, compute: Callable[[Header], T]) -> T:
        """compute(self), worked out once per heading row (on first use, once the walker has
        settled the headings' fields) instead of once per data row under it."""
        if name not in self._derived:
            self._derived[name] = compute(self)
        return self._derived[name]  # type: ignore[no-any-return]

    def by_col(self) -> dict[int, Column]:
        """{grid column: the heading over it}. Built on first use, once the walker has settled
        the headings' fields (set_header names an unlabelled first column)."""
        if self._by_col is None:
            self._by_col = {i: c for c in self.columns for i in range(c.col, c.col + c.span)}
        return self._by_col

    def forget_columns(self) -> None:
        """Drop what was worked out from the columns' fields (they were changed in place)."""
        self._by_col = None
        self._derived.clear()


@dataclass(frozen=True)
class Reading:
    field: str  # '' when the heading names something no field holds ('Resources', 'Start date')
    score: float  # 0–100
    value: str = ""
    why: str = ""


# ---- one heading ------------------------------------------------------------------------------

# bare headings that name a field without saying which of its kind ('Date', 'Time'): a heading
# naming the field specifically ('Due date', 'Target date') takes it first
GENERIC_SYNONYMS = {"date", "time",
                    # a plan's tier of approach: beside 'Action' it is what the actions serve ('Goal |
                    # Strategy | Action | Action Steps', a state education plan), not the action
                    "strategy", "strategies", "key strategies"}
GENERIC_SYNONYM_DISCOUNT = 5.0


@lru_cache(maxsize=4096)
def classify_exact(label: str) -> tuple[str, float, str]:
    """A synonym, a dated RAG, a 'Priority 3', or a synonym and more: the readings of whole headings."""
    key = fold(label)
    if not key or len(key) > 90:
        return "", 0.0, ""
    if key in _SYNONYMS:
        # a bare word that names its field less surely than a heading that also says which ('Date'
        # beside 'Due date' in an action log: the date raised, most likely): it yields in a tie
        return _SYNONYMS[key], (100.0 - GENERIC_SYNONYM_DISCOUNT if key in GENERIC_SYNONYMS else 100.0), ""
    m = _RATING.match(label.strip())
    # ('RAG Q1' is one of a run of dated RAG columns; 'RAG rating (Q3)', the period in brackets, says
    # which quarter the plan's one RAG column is for: the RAG)
    if m and (find_dates(m.group(1)) or read_period(m.group(1)) and not m.group(1).lstrip().startswith("(")):
        return "rating", 100.0, ""
    m = _RATING_AFTER.match(label.strip())
    if m and read_period(m.group(1)):
        return "rating", 100.0, ""
    m = _REF_HEADING.match(label.strip())
    if m:
        return "area_ref", 95.0, m.group(1)
    m = _STARTS_WITH_SYNONYM.match(key)  # "Intended outcome (draft – based on …)" starts with a synonym
    if m:
        # (as surely as the words after the synonym leave it a heading: opening_heading_factor)
        factor = opening_heading_factor(label, m.group(1))
        return (_SYNONYMS[m.group(1)], round(OPENING_SYNONYM_SCORE * factor, 1), "") if factor else ("", 0.0, "")
    return "", 0.0, ""


# how surely a heading that opens with a synonym and says more names the synonym's field
OPENING_SYNONYM_SCORE = 92.0
# words after an opening synonym (outside brackets) that still qualify it ('Target date for completion of
# the action'); more weaken it, as a long cell is less surely a heading (_length_factor): by these factors
_MORE_WORDS_SURE = 4
_MORE_WORDS_LOOSE = 6
_MORE_WORDS_FACTORS = (1.0, 0.85, 0.6)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _words_outside_brackets(label: str) -> list[str]:
    return fold(_BRACKETED.sub(" ", heading_text(label))).split()


def reads_as_sentence(label: str) -> bool:
    """Does a cell read as a sentence, not a heading's name: saying that something is or was done by a
    finite verb ('Actions from the audit WERE shared …') that no clause of a heading's own carries
    ('Actions we WILL take', 'Outcomes that ARE expected'). A question is a heading's form ('Who is
    responsible?', 'How will we know'). A full stop alone makes no sentence: headings end in one too
    ('Resolution for overdue milestones.'); the clause is what says something is done."""
    text = _BRACKETED.sub(" ", heading_text(label)).strip()
    words = fold(text).split()
    if not words or "?" in text or words[0] in HEADING_QUESTIONS:
        return False
    asked = HEADING_CLAUSE_SUBJECTS | set(HEADING_QUESTIONS)  # ('Evidence: what HAS changed')
    return any(w in FINITE_VERBS and not asked & set(words[:k]) for k, w in enumerate(words) if k > 0)


def opening_heading_factor(label: str, synonym: str) -> float:
    """How far a cell that opens with a heading's synonym ('Feedback', 'Status', 'Owner') and goes on
    still reads as that heading (1.0) rather than as content that happens to open with the word (0.0):
    a task or a sentence is content however its first words read ('Feedback to parents on the outcome
    of the consultation', 'Actions from the audit were shared with staff.'). A synonym that is a
    preposition ('For', whom an action is for) governs the words after it ('For information', 'For
    decision'): another heading, not its own."""
    if synonym in HEADING_PREPOSITIONS or reads_as_sentence(label):
        return 0.0
    more = len(_words_outside_brackets(label)) - len(synonym.split())
    if synonym in HEADING_IMPERATIVES and more > 0:
        return 0.0  # 'State what you will do': an instruction, its verb no heading
    if more <= _MORE_WORDS_SURE:
        return _MORE_WORDS_FACTORS[0]
    return _MORE_WORDS_FACTORS[1] if more <= _MORE_WORDS_LOOSE else _MORE_WORDS_FACTORS[2]


_PLURAL_MARK = re.compile(r"\((?:s|es)\)|/s\b", re.I)  # 'Action(s)', 'Lead officer/s'
# where a heading's parts divide: 'Resources: staffing, time' · 'Evaluation & further action'
_SEGMENT = re.compile(r"\s*(?:[/&,;:?(\[\])|+–—]|\s-\s|\band\b|\bor\b)\s*", re.I)


def _alternatives(label: str) -> list[str]:
    """The names a slash sets side by side ('Strategies / actions', 'Time Scale/ Completion'); not a
    slash inside brackets ('Monitoring (who/when)') nor a plural mark ('Lead officer/s')."""
    text = _PLURAL_MARK.sub("", label)
    if "/" not in text:
        return [text]
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "(["
        depth -= ch in ")]"
        if ch == "/" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    named = [p.strip() for p in parts if any(ch.isalpha() for ch in p)]
    return named if len(named) == len(parts) else [text]


def _singular(word: str) -> str:
    """'activities' → 'activity', 'leads' → 'lead'; 'progress', 'status', 'criteria' stay."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# a lower-case letter then a capital inside a word: an export's field name of joined words
# ('RiskName', 'RiskOwnerRole', 'PostMitigatedImpact')
_JOINED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def unjoin(label: str) -> str:
    """A heading whose words a tool joined ('RiskOwnerRole') with its words apart ('Risk Owner Role')."""
    return _JOINED.sub(" ", label)


def _segments(label: str) -> list[list[str]]:
    """The heading's parts, each as folded singular words."""
    text = _PLURAL_MARK.sub("", squash(fix_lookalikes(clean(unjoin(label)))))
    out = []
    for part in _SEGMENT.split(text):
        words = _compounds([_singular(w) for w in fold(part).split()])
        if words:
            out.append(words)
    return out


def _compounds(words: list[str]) -> list[str]:
    """The words with a compound printed apart ('time frame') as its one word ('timeframe')."""
    out: list[str] = []
    for w in words:
        joined = HEADING_COMPOUNDS.get((out[-1], w)) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(w)
    return out


_PHRASES = sorted(((tuple(p.split()), {name: w}) for name, ps in HEADING_PHRASES.items() for p, w in ps.items()),
                  key=lambda x: -len(x[0]))


def _find_phrases(words: list[str]) -> list[tuple[tuple[str, ...], dict[str, float]]]:
    """The set phrases in a heading's words. A phrase inside a longer one found there is not read
    on its own: the longer says what the words mean together ('Evidence of impact TO DATE' is what
    has been seen so far, a progress report, though 'Evidence of impact' is a measure)."""
    return list(_phrases_in(tuple(words)))


# each set phrase as it is looked for: its words between spaces (built once, not at every heading)
_PHRASE_SPANS = [(" " + " ".join(p) + " ", p, f) for p, f in _PHRASES]


@lru_cache(maxsize=8192)
def _phrases_in(words: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], dict[str, float]], ...]:
    joined = " " + " ".join(words) + " "
    found = [(span, p, f) for span, p, f in _PHRASE_SPANS if span in joined]
    spans = [span for span, _, _ in found]
    return tuple((p, f) for span, p, f in found
                 if not any(len(other) > len(span) and span in other for other in spans))


def _question(words: list[str]) -> tuple[str, str] | None:
    """(field, why) for a heading asking a question: 'Who?', 'How will we know?'."""
    asked = HEADING_QUESTIONS.get(words[0])
    if asked is None:
        return None
    default, turns = asked
    rest = " " + " ".join(words[1:]) + " "
    for cue, name in turns.items():
        if f" {cue} " in rest:
            return name, f"question {words[0]}…{cue}"
    return default, f"question {words[0]}"


def _add(found: dict[str, tuple[float, str]], cues: dict[str, float], factor: float, why: str) -> None:
    for name, weight in cues.items():
        score = weight * factor
        if score > found.get(name, (0.0, ""))[0]:
            found[name] = (score, why)


def _head_parts(words: list[str]) -> tuple[str, list[str], list[str]]:
    """(head word, modifiers, words after the first preposition) of a heading's first part. A clause
    after the head ('Steps WE are taking', 'Areas THAT need improvement') qualifies it as a
    preposition's phrase does: its subject ends the head's phrase."""
    cut = next((i for i, w in enumerate(words)
                if i > 0 and (w in HEADING_PREPOSITIONS or w in HEADING_CLAUSE_SUBJECTS)), len(words))
    phrase, tail = words[:cut], words[cut:]
    content = [w for w in phrase if w not in HEADING_FILLERS]
    if not content:
        return "", [], [w for w in tail if w not in HEADING_FILLERS]
    return content[-1], content[:-1], [w for w in tail if w not in HEADING_FILLERS]


def _length_factor(n_words: int) -> float:
    """Headings are short: a long cell is less surely one (and a sentence is not)."""
    if n_words <= 6:
        return 1.0
    if n_words <= 10:
        return 0.85
    if n_words <= 16:
        return 0.65
    return 0.0


@lru_cache(maxsize=8192)
def read_heading(label: str) -> tuple[Reading, ...]:
    """Every field a heading may name, surest first (at most three); () when it names none.

    A reading with field '' says the heading names something no field holds ('Resources'). A heading
    printed in Welsh and English ('Perchennog / Owner') is read by its English side (bilingual.py).
    A heading that names nothing as read, but does once a word run together with the next (a scan's
    'Originaldue') is parted into its two words, is read so (unglued_heading)."""
    readings = _read_heading(label)
    if any(r.field for r in readings):
        return readings
    parted = unglued_heading(label)
    if parted is None:
        return readings
    return tuple(Reading(r.field, r.score, r.value, f"{r.why} ({label.strip()!r} read as {parted!r})")
                 for r in _read_heading(parted)) or readings


_GLUED_WORD = re.compile(r"[A-Za-z]{6,}")  # a word long enough to hold two words run together
GLUED_PART_ZIPF = 3.5  # each part of a word run together: a common word (lexicon.zipf), not a rare fragment
GLUED_PART_LETTERS = 3  # ... of this many letters at least ('Originaldue' → 'Original due'; no 'a' + 'ction')


def unglued_heading(label: str) -> str | None:
    """The heading with its unknown words parted into two common words each, where one or more is
    so (a scan that lost the space, or the line break, between two words of a heading: 'Originaldue',
    'Leadofficer'); None where no word is. A word the lexicon knows is left whole."""
    from planx.normalise import lexicon
    changed = False

    def part(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group()
        if lexicon.zipf(word.lower()) > 0.0:
            return word
        splits = [(word[:i], word[i:]) for i in range(GLUED_PART_LETTERS, len(word) - GLUED_PART_LETTERS + 1)]
        scored = [(min(lexicon.zipf(a.lower()), lexicon.zipf(b.lower())), a, b) for a, b in splits]
        best = max(scored, default=(0.0, "", ""))
        if best[0] < GLUED_PART_ZIPF:
            return word
        changed = True
        return f"{best[1]} {best[2]}"

    parted = _GLUED_WORD.sub(part, label)
    return parted if changed else None


def _rag_in_brackets(label: str) -> bool:
    """'Delivery (RAG)', 'Progress (RAG status)': a heading that ends in a bracketed RAG after words of
    its own on the same line."""
    m = _RAG_IN_BRACKETS.search(label)
    return m is not None and bool(label[:m.start()].rsplit("\n", 1)[-1].strip())


def _read_heading(label: str) -> tuple[Reading, ...]:
    english = english_side(label)
    if english != label:
        return tuple(Reading(r.field, r.score, r.value, f"{r.why} (English beside Welsh)")
                     for r in read_heading(english))
    if labelled_value(label) or instruction(label) or reads_as_sentence(label):
        return ()
    expanded = HEADING_ABBREVIATIONS.get(fold(label))
    if expanded is not None:  # 'SRO': read as the words it stands for
        return tuple(Reading(r.field, r.score, r.value, f"{r.why} ({label.strip()!r} read as {expanded!r})")
                     for r in read_heading(expanded))
    task = task_heading(label)  # '% Complete', 'N': a task table's own headings (taskheads.py)
    if task is not None:
        return (Reading(task[0], task[1], why=task[2]),)
    exact = classify_exact(label)
    segments = _segments(label) if len(label) <= 160 else []
    if exact[1] < 100 and segments and _head_parts(segments[0])[0] in HEADING_OTHER_HEADS:
        exact = ("", 0.0, "")  # 'RAG guidance' starts with a synonym but is guidance about it
    headed = _named_before_preposition(segments[0]) if exact[1] < 100 and segments else ("", 0.0, "")
    found: dict[str, tuple[float, str]] = {}
    if exact[0] and not headed[0]:
        found[exact[0]] = (exact[1] / 100, "synonym")
    if headed[0]:
        # 'RAG status by quarter', 'Target date for completion': the words before the preposition are
        # a field's own name as printed; what follows only qualifies it (its last word is no head word)
        found[headed[0]] = (1.0, "a synonym before a preposition")
    if _rag_in_brackets(label):
        found["rag"] = (0.9, "RAG in brackets")  # 'Delivery (RAG)': a rating of delivery, given as a RAG
    if label.strip() in ("#", "№", "No", "No."):
        found["area_ref"] = (0.95, "number sign")
    if segments:
        _read_words(segments, found)
        _senior_owner(segments[0], found)
        if fold(heading_text(label)) in DOER_LEAD_HEADINGS and "responsible" not in found \
                and found.get("lead", (0.0, ""))[0] >= 0.9:
            # who does the work day to day: the lead, a little less surely than an owner named as one
            # ('SRO', 'Lead'), with the responsible as its next reading (column order decides which
            # of two owners is the lead: _owners_in_column_order)
            score, why = found["lead"]
            found["lead"] = (min(score, DOER_LEAD_SCORE), f"{why} (who does the work)")
            found["responsible"] = (DOER_SECOND_SCORE, "an owner who does the work: the second beside an owner")
        whole = "phrase " + " ".join(w for seg in segments for w in seg)
        if exact[0] and exact[1] < 100 and not headed[0] and _head_in_prefix(label, segments[0]):
            _second_to(exact[0], found)  # 'Measurable goals, including …': the set phrase, not 'goals' alone
        elif exact[0] and exact[1] < 100 and not headed[0] and found.get(exact[0], (0.0, ""))[1] != whole:
            # (a set phrase that is the whole heading, 'Action by whom', outranks the words in it)
            _yield_to_head_word(exact[0], found)
        if headed[0]:
            _second_to(headed[0], found)
    alternatives = _alternatives(label)[1:]
    if alternatives:
        # 'Strategies / actions': a name after a slash names the column too, as surely as the first
        # when that one is vague ('Evaluation / impact' stays an evaluation)
        first = max((score for name, (score, _) in found.items() if name), default=0.0)
        for alternative in alternatives:
            for r in read_heading(alternative):
                if r.field:
                    # a name read surely beside a first one read no better than loosely, by a head word
                    # at the bare decent score ('OUTPUT / Activity'), says what the column holds as
                    # surely as it does beside a vague first name ('Evaluation / impact' stays an evaluation)
                    sure = first < DECENT / 100 or (first <= DECENT / 100 and r.score >= 90)
                    _add(found, {r.field: r.score / 100}, 0.9 if sure else 0.5, f"{r.why} (after a slash)")
                elif r.score >= DECENT:
                    _beside_no_field(found, alternative)
    if not found or max(s for s, _ in found.values()) < DECENT / 100:
        key = fold(label)
        if key and len(key) <= 90:
            # (a misprint of a synonym, not the synonym cut short: the words 'Brief description' or
            # 'Actioned' lack are what make 'brief description of …' the item chosen, 'actioned by' who)
            # (nor a word of three letters with one more: that is most often another word, 'Four' for 'For')
            hit = process.extractOne(key, [s for s in _BY_LENGTH if not s.startswith(key + " ")
                                           and len(s) > _SHORTEST_MISPRINTED],
                                     scorer=fuzz.ratio, score_cutoff=84)
            if hit:
                _add(found, {_SYNONYMS[hit[0]]: hit[1] / 100}, 1.0, f"close to {hit[0]!r}")
    if segments and (asked := _asks_what_happened(segments)):
        # 'Evidence of impact: … What has changed?': the question says the cells report what the
        # work did, which the first words alone ('Evidence of impact', a measure) would not
        for name, (score, why) in list(found.items()):
            found[name] = (min(score, 0.9), why)
        found["progress"] = (1.0, f"a question looking back ({asked!r})")
    if "due" in found and _looks_back(label):
        # 'Date of last review': when something was last done, not when the work is due
        found[""] = (found.pop("due")[0], "a date of something last done: no due date")
    if "rag" in found and found["rag"][1] == "RAG in brackets":
        found.pop("", None)  # 'Risk (RAG)': a rating of the risk, not the risk itself
    readings = [Reading(name, round(min(score, 1.0) * 100, 1), exact[2] if name == exact[0] else "", why)
                for name, (score, why) in found.items() if score > 0]
    readings.sort(key=lambda r: (-r.score, r.field == ""))
    return tuple(readings[:3])


# the longest synonym a near spelling is not read as: one letter more than a word this short makes another
# word ('Four', 'Dues'), not a misprint of it
_SHORTEST_MISPRINTED = 3

_LOOK_BACK = [" " + q + " " for q in LOOK_BACK_QUESTIONS]


def _asks_what_happened(segments: list[list[str]]) -> str:
    """The question in a heading that asks what the work has done or changed ('What has changed?',
    'what do pupils now know'), vocab.LOOK_BACK_QUESTIONS; '' when none does."""
    for seg in segments:
        joined = " " + " ".join(seg) + " "
        hit = next((q.strip() for q in _LOOK_BACK if q in joined), "")
        if hit:
            return hit
    return ""


def asks_what_happened(label: str) -> str:
    """The look-back question a heading or a template's prompt asks ('Evidence of impact: what do
    pupils now know …? What has changed?'), '' when it asks none."""
    return _asks_what_happened(_segments(label)) if len(label) <= 300 else ""


def _looks_back(label: str) -> bool:
    """A date heading that names when something was last done ('Date of last review', 'Last
    reviewed on'): a marker of the past ('last', 'previous') and an event ('review', 'update')."""
    words = set(fold(heading_text(label)).split())
    return bool(words & PAST_DATE_MARKERS) and bool(words & PAST_DATE_EVENTS)


_SURE_OWNER = 0.85  # how surely a heading must name an owner before its seniority makes it the responsible


def _senior_owner(first: list[str], found: dict[str, tuple[float, str]]) -> None:
    """'Executive lead', 'Strategic lead', 'Accountable director': an owner named by seniority. It
    reads as the lead, a little less surely than a plain 'Lead', with the responsible as its next
    reading: beside another owner column it may be the second owner (which of two owners is the
    lead is decided by column order: _owners_in_column_order)."""
    if "lead" not in found or "responsible" in found or not SENIOR_OWNER_WORDS & set(first):
        return
    score, why = found["lead"]
    if score < _SURE_OWNER:
        return  # a vague 'Sponsor' names no owner surely: it stays what it was
    found["lead"] = (min(score, 0.95), f"{why} (an owner named by seniority)")
    found["responsible"] = (min(0.9, score - 0.05), "an owner named by seniority: the second owner beside a lead")


def _beside_no_field(found: dict[str, tuple[float, str]], alternative: str) -> None:
    """'Issues / Dependencies': a name after a slash that names something no field holds makes a
    loose reading of the first name ('Issues' as the area, by its head word) too weak to stand: the
    column lists things of that other kind, not the field."""
    for name, (score, why) in list(found.items()):
        if name and score < 0.9:
            found[name] = (score * 0.8, f"{why} (beside {alternative.strip()!r}, which names no field)")


def _named_before_preposition(first: list[str]) -> tuple[str, float, str]:
    """The field that the words before a heading's first preposition name exactly, when they are a
    name of two words or more ('rag status' of 'RAG status by quarter'); ('', 0, '') otherwise."""
    cut = next((i for i, w in enumerate(first) if i > 0 and w in HEADING_PREPOSITIONS), 0)
    if cut < 2:
        return "", 0.0, ""
    name = classify_exact(" ".join(first[:cut]))
    return name if name[1] >= 100 else ("", 0.0, "")


def _second_to(name: str, found: dict[str, tuple[float, str]]) -> None:
    """Every other reading a little below the field a heading's exact name before its preposition
    names: the head word of that name ('status' of 'RAG status') reads it less well than the name."""
    for other, (score, why) in list(found.items()):
        if other != name:
            found[other] = (min(score, 0.9), why)


def _head_in_prefix(label: str, first: list[str]) -> bool:
    """Is the set phrase the heading starts with its head word and that word's modifiers ('measurable
    goals' of 'Measurable goals, including frequencies')? Then the phrase, not its head word alone,
    names the field: the words after it only qualify it. A phrase that is the head word alone
    ('Action taken by', 'Evidence of progress') or reaches past it into the words after its
    preposition ('action by' of 'Action by when', 'evidence of impact' of 'Evidence of impact to
    date') is no such phrase: the words after the head still say what the heading names."""
    m = _STARTS_WITH_SYNONYM.match(fold(label))
    if m is None:
        return False
    head, modifiers, _ = _head_parts(first)
    words = {w for part in _segments(m.group(1)) for w in part
             if w not in HEADING_FILLERS and w not in HEADING_PREPOSITIONS}
    return bool(head) and head in words and len(words) >= 2 and words <= {head, *modifiers}


def _yield_to_head_word(prefix_field: str, found: dict[str, tuple[float, str]]) -> None:
    """A heading that starts with another field's name but whose head word names a field of its
    own ('Action ID', 'Action date', 'Milestone due date'): the first word only says whose id or
    date it is, so the head word's reading comes first."""
    head = [(name, score) for name, (score, why) in found.items()
            if name and name != prefix_field and why.startswith("head word") and score >= 0.85]
    if head and prefix_field in found:
        found[prefix_field] = (min(found[prefix_field][0], 0.8 * max(score for _, score in head)),
                               f"{found[prefix_field][1]} (before a head word naming {head[0][0]})")


def _read_words(segments: list[list[str]], found: dict[str, tuple[float, str]]) -> None:
    """The lexicon's readings of a heading's parts, into found (field → (score 0–1, why))."""
    first = segments[0]
    # a heading's first part says what it is; what follows qualifies it ('Actions to address the
    # priorities? Which pupils will benefit?'): the first part's length counts, a long rest a little
    n_words = sum(len(s) for s in segments)
    size = _length_factor(len(first)) * (0.8 if n_words > 16 else 1.0)
    if size == 0:
        return
    everything = [w for s in segments for w in s]
    asked = _question(everything)
    if asked:
        _add(found, {asked[0]: 0.95}, size, asked[1])
    for i, seg in enumerate(segments):
        for phrase, cues in _find_phrases(seg):
            _add(found, cues, (1.0 if i == 0 else 0.6) * size, "phrase " + " ".join(phrase))
    if asked:
        return
    head, modifiers, tail = _head_parts(first)
    if head in HEADING_OTHER_HEADS:
        _add(found, {"": 1.0}, size, f"head word {head!r} names no field")
        return
    head_cues = HEADING_WORDS.get(head, {})
    # a set phrase around the head word that names another field or none ('Existing CONTROL MEASURES',
    # 'START DATE', 'ACTION BY WHOM') says what the head means here: its own reading comes second
    beside = any(head in phrase and not set(cues) & set(head_cues) for phrase, cues in _find_phrases(first))
    _add(found, head_cues, size * (0.9 if beside else 1.0), f"head word {head!r}")
    # the words around the head decide when the head is vague ('LEAD officer', 'Name of LEAD'); a
    # head naming something else ('Child protection VISITS within timescale') keeps them weak
    before, after = (0.9, 0.7) if head in HEADING_GENERIC_HEADS else (0.6, 0.45) if not head_cues else (0.35, 0.45)
    for w in modifiers:
        cues = HEADING_WORDS.get(w, {})
        if head in HEADING_PERSON_HEADS:  # 'Project manager' is a person: the modifier says which
            _add(found, {"lead": 0.85}, size, f"head word {head!r} names a person")
            cues = {k: v * 0.4 for k, v in cues.items() if k not in ("lead", "responsible")} | \
                {k: v for k, v in cues.items() if k in ("lead", "responsible")}
        _add(found, cues, before * size, f"word {w!r} before {head!r}")
    for w in tail:
        _add(found, HEADING_WORDS.get(w, {}), after * size, f"word {w!r} after {head!r}")
    for seg in segments[1:]:
        h, _, _ = _head_parts(seg)
        _add(found, HEADING_WORDS.get(h, {}), 0.5 * size, f"word {h!r} in a later part")


_DETERMINERS = {"the", "a", "an", "all", "our", "each", "every", "any", "this", "these", "their", "its", "your"}


def instruction(text: str) -> bool:
    """'Support delivery of programmes …': a cell that opens with a verb of action is data, whatever
    its nouns (but 'Lead officer', 'Review date', 'Target date' open with a heading's own word)."""
    words = fold(text).split()
    if len(words) < 3 or not looks_like_action(text):
        return False
    # a heading's own word first ('Review date', 'Lead officer for …') unless a verb's object follows
    return words[0] not in HEADING_WORDS or words[1] in _DETERMINERS


def labelled_value(text: str) -> bool:
    """'Lead: Kieran Dunmore', 'Due: March 2016': a label and its value, which is data, not a
    heading (a heading may have a colon too: 'Resources: staffing, time, money')."""
    label, colon, rest = text.partition(":")
    rest = rest.strip()
    if not colon or not rest or words_over(label, 4):
        return False
    if rest.rstrip(" :").endswith("?"):
        return False  # 'Evidence of impact: what has changed?': a prompt of what to enter, no value
    return looks_like_name(rest) or bool(find_dates(rest)) or len(rest.split()) > 8


@lru_cache(maxsize=4096)
def classify(label: str) -> tuple[str, float, str]:
    """(field, confidence 0–100, value) for one heading; ('', 0, '') when it names no field."""
    readings = read_heading(label)
    if not readings or not readings[0].field:
        return "", 0.0, ""
    best = readings[0]
    return best.field, best.score, best.value


# ---- a group heading over sub-headings ---------------------------------------------------------

def _bare(label: str) -> str:
    return fold(_PLURAL_MARK.sub("", clean(label)))


# what a group heading naming no field may still report under it: how things stand
_STANDING_FIELDS = {"progress", "rag", "status", "rating"}


def read_under_group(group: str, sub: str, siblings: Sequence[str] = ()) -> Reading:
    """The field of a column headed over two rows: a group heading spanning several columns and
    the column's own sub-heading under it ('Timescale' over 'Start | End', 'Responsibility' over
    'Lead | Support', 'RAG rating' over 'Q1 | Q2 | Q3', 'Progress' over 'Update | RAG').

    The sub-heading says which part of the group the column holds: the end of a span of dates is
    when the thing is due and its start names no field; a supporting party beside the lead is the
    second owner; a sub-heading that names a field itself keeps it; a period under a RAG heading
    is one rating of several. Otherwise the group and sub-heading read together. siblings: the
    group's other sub-headings, whose kind also tells what a span or a pair is."""
    own, together = _bare(sub), f"{squash(group)} {squash(sub)}"
    grouped = next(iter(read_heading(group)), None)
    group_field = grouped.field if grouped is not None and grouped.score >= DECENT else ""
    others = {_bare(s) for s in siblings if s != sub}
    span = group_field == "due" or bool(others & (SPAN_START_WORDS | SPAN_END_WORDS))
    if own in SPAN_START_WORDS and span:
        return Reading("", 90.0, why=f"the start of the span '{group}'")
    if own in SPAN_END_WORDS and span:
        return Reading("due", 95.0, why=f"the end of the span '{group}'")
    if own in SUPPORT_WORDS and (group_field in ("lead", "responsible") or
                                 any(classify(s)[0] == "lead" for s in siblings if s != sub)):
        return Reading("responsible", 90.0, why=f"a supporting party under '{group}'")
    alone = next(iter(read_heading(sub)), None)
    owners = [s for s in siblings if _names_an_owner(read_heading(s))]
    if alone is not None and alone.field == "lead" and len(owners) >= 2 and sub in owners and owners[0] != sub:
        # 'Leads' over 'Executive lead | Operational lead': the first owner is the lead, a later one
        # the second owner (as in one heading row: _owners_in_column_order)
        return Reading("responsible", min(alone.score, 90.0),
                       why=f"the second of two owners under '{group}', after '{owners[0]}'")
    if grouped is not None and not grouped.field and grouped.score >= DECENT and \
            (alone is None or alone.field not in _STANDING_FIELDS):
        # 'Resources' over 'Funding | Support': parts of something no field holds (but 'Monitoring'
        # over 'Position | RAG status' reports how things stand)
        return Reading("", grouped.score, why=f"a part of '{group}', which names no field")
    if alone is not None and alone.score >= DECENT:
        return Reading(alone.field, alone.score, alone.value, f"{alone.why} (under '{group}')")
    if group_field == "rag":
        return Reading("rating", 95.0, why=f"a period's rating under '{group}'")
    if names_periods(sub) and any((r := next(iter(read_heading(b)), None)) is not None and r.field == "rag"
                                  and r.score >= DECENT for b in re.findall(r"\(([^()]+)\)", group)):
        # 'Progress (RAG) 2025/26' over 'Q1 | Q2': what the brackets say the group's cells hold (a
        # RAG rating) decides: each period's cell is one rating of several
        return Reading("rating", 90.0, why=f"a period's rating under '{group}' (a RAG, its brackets say)")
    joined = next(iter(read_heading(together)), None)
    if joined is not None and joined.score >= DECENT:
        return joined
    return Reading(group_field, grouped.score if grouped is not None and group_field else 0.0,
                   why=f"under '{group}'")


def group_extents(header: Header) -> dict[int, Column]:
    """{grid column: the heading that may group it}: a heading spanning several columns groups
    them; a labelled heading followed by unlabelled ones groups those too (a group heading in a
    conversion that keeps no spans: 'Timescale | ' over 'Start | End'). Only headings over two
    columns or more."""
    extent: dict[int, Column] = {}
    owner: Column | None = None
    cols: list[int] = []
    for column in sorted(header.columns, key=lambda c: c.col):
        if column.basis == "chart":  # a Gantt chart's scale beside the task list: grouped by nothing
            if owner is not None and len(cols) >= 2:
                extent.update({i: owner for i in cols})
            owner, cols = None, []
            continue
        if column.label or owner is None:
            if owner is not None and len(cols) >= 2:
                extent.update({i: owner for i in cols})
            owner, cols = (column, list(range(column.col, column.col + column.span))) if column.label else (None, [])
            continue
        cols += range(column.col, column.col + column.span)
    if owner is not None and len(cols) >= 2:
        extent.update({i: owner for i in cols})
    return extent


_PERIOD_WORD = re.compile(r"^(?:q[1-4]|qtr|quarter|h[12]|[1-4]|\d{2}|\d{4}(?:[/-]\d{2,4})?|\d{1,2}[/-]\d{2,4})$")


def names_periods(label: str) -> bool:
    """A heading that only names periods ('Q2', 'Qtr 3 Qtr 4', 'Jun', 'Sep Dec Mar', '2024/25',
    '03/18'): one period's column, or several a conversion ran together."""
    words = fold(label).split()
    # (or one period as read_period reads it: 'Apr-Jun', a quarter named by its months; 'Qi', the 1
    # of 'Q1' as OCR reads it)
    return bool(words) and (all(w in MONTHS or _PERIOD_WORD.match(w) for w in words) or read_period(label) is not None)


def ratings_of_joined_group(header: Header) -> list[Column]:
    """A group heading over period sub-headings that a reader put on one heading row ('BRAG rating'
    over 'Qtr 1 | Qtr 2 | Qtr 3', read as 'BRAG rating Qtr 1 | Qtr 2 | Qtr 3', as a borderless PDF or
    text laid out by spaces has it): the first heading's words up to the period that ends it are
    the group; that period and the headings after it that only name periods are its sub-headings,
    each column a rating labelled by its own sub-heading under the group (read_under_group). The
    columns changed (in place);
    [] when there is no such group."""
    columns = sorted(header.columns, key=lambda c: c.col)
    for k, column in enumerate(columns):
        words = column.label.split()
        # the group's words, then the period's ('BRAG rating' + 'Qtr 1'): the shortest group first
        cut = next((n for n in range(1, len(words)) if names_periods(" ".join(words[n:]))), 0)
        if column.field not in ("rag", "rating") or not cut:
            continue
        group, lines = " ".join(words[:cut]), [" ".join(words[cut:])]
        subs = [column]
        for after in columns[k + 1:]:
            if after.field or not names_periods(after.label):
                break
            subs.append(after)
        labels = [lines[-1]] + [squash(c.label) for c in subs[1:]]
        reads = [read_under_group(group, label, labels) for label in labels]
        if len(subs) < 2 or any(r.field != "rating" for r in reads):
            continue
        for c, label, read in zip(subs, labels, reads, strict=True):
            c.field, c.label, c.value, c.score, c.basis = "rating", label, "", read.score, "heading"
            c.group = group
        return subs
    return []


def _dates_and_rounds(columns: list[Column]) -> None:
    """The revised due date and the dated update columns of a heading row read in parts (two rows
    of headings), as _revised_due and _dated_updates read a row read in one go."""
    labels = [c.label for c in columns]
    readings = [(Reading(c.field, c.score, c.value),) if c.field else () for c in columns]
    choices: list[Reading | None] = [r[0] if r else None for r in readings]
    _revised_due(labels, readings, choices)
    dated = [] if any(c.field == PERIOD_FIELD for c in columns) else _dated_updates(labels, readings, choices)
    for k, (c, chosen) in enumerate(zip(columns, choices, strict=True)):
        if k in dated:
            c.field, c.score = PERIOD_FIELD, 90.0
        elif chosen is not None and chosen.field != c.field:
            c.field, c.score, c.value = chosen.field, chosen.score, chosen.value
            c.basis = "heading" if chosen.field else "other"


def one_field_each(columns: list[Column]) -> list[Column]:
    """A heading row's columns with each field held once, as assign_fields leaves a row read in one
    go: several RAG columns are each a rating under its label; another field goes to the column
    that names it most surely (the leftmost of equals), the others keep their labels and no field;
    the only owner column is the lead."""
    if sum(1 for c in columns if c.field == "rag") >= 2:
        for c in columns:
            if c.field == "rag":
                c.field = "rating"
    _dates_and_rounds(columns)
    best: dict[str, Column] = {}
    for c in sorted(columns, key=lambda c: (-c.score, c.col)):
        if c.field and c.field not in _REPEATABLE:
            best.setdefault(c.field, c)
    for c in columns:
        if c.field == "milestones" and c.group and best[c.field].group == c.group and c.score >= DECENT:
            # 'Key milestones' over 'Autumn 2024 | Spring 2025 | Summer 2025': each column one
            # milestone of the row, the group naming them all
            continue
        if c.field and c.field not in _REPEATABLE and best[c.field] is not c:
            c.field, c.value, c.basis = "", "", "other"
    fields = {c.field for c in columns}
    if "responsible" in fields and "lead" not in fields:
        for c in columns:
            if c.field == "responsible":
                c.field = "lead"
    return columns


# ---- a row of headings ------------------------------------------------------------------------

# What a template prints under a heading to say how to fill the column in ('What do I want to
# learn?' then 'Provide a specific description …', 'Some examples, …', 'Note that …', '(e.g. …)')
_PROMPT = re.compile(r"(?:\(|e\.?\s?g\b|i\.?\s?e\b|for example\b|some examples\b|examples?\b|note\b|please\b|"
                     r"provide\b|describe\b|include\b|give\b|list\b|state\b|such as\b|enter\b|insert\b)", re.I)
_HEADING_END = re.compile(r"[?:](?=\s)|\n")


# the days of the week as a Gantt chart heads its day columns, by initial or abbreviation
_WEEK = (("m", "mon", "monday"), ("t", "tue", "tues", "tuesday"), ("w", "wed", "wednesday"),
         ("t", "thu", "thur", "thurs", "thursday"), ("f", "fri", "friday"), ("s", "sat", "saturday"),
         ("s", "sun", "sunday"))
MIN_WEEKDAY_RUN = 7  # a week: 'M T W' alone could be anything


def run_of_weekdays(labels: Sequence[str]) -> list[int]:
    """The positions of the longest run of neighbouring headings that name the days of the week in
    order ('M | T | W | T | F | S | S | M …' over a Gantt chart's bars), a week or longer: [] otherwise.
    Such a heading is neither a field nor a reference ('M', 'T' look like one)."""
    best: list[int] = []
    run: list[int] = []
    expected = -1  # the day the next heading must name to go on with the run
    for i, label in enumerate(labels):
        word = fold(label).strip(" .")
        days = [d for d, names in enumerate(_WEEK) if word in names]
        if run and expected in days:
            run.append(i)
            expected = (expected + 1) % 7
        elif days:  # a run starts; an initial naming two days ('T', 'S') starts at the first of them
            run, expected = [i], (days[0] + 1) % 7
        else:
            run, expected = [], -1
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= MIN_WEEKDAY_RUN else []


# one sentence ending and another starting inside a cell ('… task log. Update …')
# (after a word of three letters or more: 'e.g. Dec-22', 'No. 3' are no sentence's end)
_SENTENCES = re.compile(r"(?:[a-z]{3}|\))\.\s+[A-Z]")


def heading_part(text: str) -> str:
    """The heading of a cell that prints a heading and then a prompt: 'What do I want/need to
    learn?' of 'What do I want/need to learn?\nProvide a specific description of …'; the text
    itself when no prompt follows a short heading."""
    for m in _HEADING_END.finditer(text):
        head, rest = text[:m.end()].strip(), text[m.end():].strip()
        if not rest or not 1 <= len(head.split()) <= 10:
            continue
        if _PROMPT.match(rest):
            return head
    return text


_ENDS_IN_NUMBER = re.compile(r"^(\D*\S)\s+(\d{1,2})$")


def _numbers_run_on(cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Headings whose number runs on into the next cells as bare numbers ('Emissions scope 1 | 2 |
    3': a heading over numbered sub-columns printed on one row), each bare number given the words
    before it ('Emissions scope 2'): a bare number is no heading of its own, but a row of data."""
    out = list(cells)
    for k in range(1, len(out)):
        m = _ENDS_IN_NUMBER.match(squash(out[k - 1][2]))
        text = squash(out[k][2])
        if m and text.isdigit() and int(text) == int(m.group(2)) + 1:
            out[k] = (out[k][0], out[k][1], f"{m.group(1)} {text}")
    return out


def read_header(cells: list[tuple[int, int, str]], below: Sequence[Sequence[tuple[int, str]]] = (),
                marked: bool = False, styled: bool = False, first: bool = False,
                evidence: Sequence[Sequence[tuple[int, str]]] = ()) -> Header | None:
    """A Header when a row's cells read as column headings, else None.

    cells: (col, colspan, text). below: the next rows' cells as (col, text), when known: data
    rows under headings are longer and hold dates and names. marked: the source marks the row as
    a heading row (Word's repeat-header flag). styled: the row is shaded apart from the rows
    below. first: the row is the table's first. A heading's prompt ('Some examples, …') is not
    read (heading_part). evidence: more of the rows below (the first of them are often a
    sub-heading row and a group row), for reading a weakly headed column by its cells."""
    cells = _numbers_run_on([(col, span, heading_part(text)) for col, span, text in cells])
    filled = [t for _, _, t in cells if t.strip()]
    if len(filled) < 2 or max(map(len, filled)) > 160:
        return None  # headings are short: a long cell means a data row (and saves the lookups)
    if any(words_over(t, 7) and _SENTENCES.search(t) for t in filled):
        # a cell of two sentences ('Granular task log. Update % complete weekly.'): a row of data or
        # of instructions (a 'How to use' sheet), never a heading row; a heading's prompt is gone above
        return None
    reading = _read_columns(tuple(cells))
    if reading is not None and _horizons_hold_text(reading[0], evidence or below):
        reading = _read_columns(tuple(cells), horizons=False)
    if reading is None and (roles := _raci_roles(cells, evidence or below)):
        # a RACI matrix's role headings ('Director | Head of Service | PSW | Health'), each over
        # nothing but R/A/C/I letters: names no field holds, which say nothing against the others
        reading = _read_columns(tuple(cells), roles=roles)
    if reading is None:
        if first and (marked or styled):
            header = _one_field_header(cells, below)
            if header is not None:
                return header
        return _header_by_meaning(cells, evidence or below) if first else None
    columns, confidence = reading
    columns = _constant_action_unread(columns, evidence or below)
    columns = _filled_twin(columns, evidence or below)
    columns = _actions_grouped_by_a_commitment(columns, evidence or below)
    columns = _resolution_as_action(columns, evidence or below)
    columns = _shortfall_as_tracked_item(columns)
    fields = {c[2] for c in columns}
    if not fields & CONTENT_FIELDS:
        # only who / when / how it stands are headed ('Item | | By whom | By when', 'Audience | Key
        # message | Channel | Owner | Date'): a column whose heading names no field says what is to
        # be done, if its heading may mean so and its cells read so
        named = _text_column_by_content(columns, below) or _schedule_task_names(columns, evidence or below)
        if named is None:
            return None
        doers = fields & {"lead", "responsible"}
        if not doers and _instruction_share(named, evidence or below) < MIN_WEAK_HEADING_VERBS \
                and not tracked_items([(c[2], c[3]) for c in columns]):
            # nobody to do it: wordy cells that name things ('Asset description | Location |
            # Purchase date | Status', a register) are no actions unless they say what to do
            return None
        columns = named
    elif not fields & {"action", "milestones"} and fields & DETAIL_FIELDS and fields & GROUPING_FIELDS:
        # a tracker's numbered rows with who, when and a remark, its task column headed weakly ('No |
        # Plan Description | Response Person | Plan Date | Status | Remark'), or its rows grouped by
        # a heading that names the group, not the work ('Section | Requirement | Deadline', 'Theme |
        # Ask | By when'): the column whose cells read as what is to be done is the action, as when
        # nothing but the details is headed. Only when its cells are instructions or say what is to
        # be done ('Agencies must submit …', 'The council will …'): a register's 'Asset description'
        # column is wordy too, but names things, not what is to be done. Not when the headings name
        # the work themselves: an issue beside when it is to be fixed ('Issue Title | … | Remediation
        # Timeline | … | Temporary Workarounds', issue_to_fix) is the action, whatever a later wordy
        # column's cells say ('Direct links will be provided.' is a workaround, not the fix).
        named = _text_column_by_content(columns, evidence or below) \
            if issue_to_fix([c[3] for c in columns]) is None else None
        if named is not None and (_instruction_share(named, evidence or below, commitments=True)
                                  >= MIN_WEAK_HEADING_VERBS
                                  or tracked_items([(c[2], c[3]) for c in columns])):
            # (or named items beside a reference and the commitments about each: a scheme list)
            columns = named
    if _task_list_export(columns):
        # a tool's task list whose titles no heading names and no reading above found: the column
        # whose cells say what is to be done, or no plan table
        named = _text_column_by_content(columns, evidence or below)
        if named is None or _instruction_share(named, evidence or below) < MIN_WEAK_HEADING_VERBS:
            return None
        columns = named
    columns = _action_prompt_in_cells(columns, evidence or below)
    columns = _measures_as_actions(columns, evidence or below)
    columns = _recommendations_as_actions(columns, evidence or below)
    columns = _title_names_the_action(columns, evidence or below)
    columns = _clipped_titles_yield(columns, evidence or below)
    columns = _subject_under_reference_heading(columns, below)
    columns = _subject_under_topic_heading(columns, below)
    columns = _actions_under_theme_heading(columns, evidence or below)
    columns = _aims_under_measure_heading(columns, evidence or below)
    columns = _rated_series(columns, evidence or below)
    if _figures_by_period(columns, below):
        return None  # a budget or statistics table by month: figures under the periods, no plan
    confidence = min(1.0, confidence + (0.1 if marked else 0.0) + _data_below(columns, below))
    if confidence < 0.55:
        return None
    # new Columns each time: the walker settles a heading row's fields in place
    return Header([Column(*c) for c in columns], confidence=round(confidence, 2))


# the fewest rows of data under a heading row whose headings are read by their cells
MEANING_ROWS = 2
# the longest heading (in words) of a row whose headings are read by their cells: a longer cell is data
MEANING_HEADING_WORDS = 6
# the longest heading that, naming what is to be done, makes its column the actions whatever its cells;
# how surely it must name them ('Deliverable' 80, 'Task' 100; 'Project' 70 may name a thing worked on);
# and the fewest rows under it
MEANING_NAMED_WORDS = 3
MEANING_NAMED_SCORE = 80.0
MEANING_NAMED_ROWS = 3
# the least weight a heading's meaning gives a column whose cells are instructions (action_candidacy):
# 'Notes', 'Finding', 'Reason' over sentences that open with a verb are no actions
MEANING_ACTION_CANDIDACY = 0.3


def _header_by_meaning(cells: list[tuple[int, int, str]], rows: Sequence[Sequence[tuple[int, str]]]
                       ) -> Header | None:
    """A table's first row of short headings that no reading of a plan's wordings accepts ('Item |
    Person | Month', 'Deliverable | Owner | Target'), read by what the columns below hold and what
    each heading means. The cells decide the fields (columns.plan_columns, else the looser
    _fields_by_cells: instructions of an action's length beside dates, people or statuses, or a
    column a short heading names as the actions surely); a heading keeps the field it names surely
    unless its cells contradict it, and a heading whose meaning rules out what is to be done
    ('Notes', 'Reason', action_candidacy) refuses the action. None unless the result is a plan table:
    an action column and at least one column saying who, when or how it stands (plan_columns asks
    that much), so a timetable, a price list, a staff list or a list of indicators stays none."""
    scale = set(run_of_scale([text for _, _, text in cells]))  # a Gantt chart's scale: no headings of fields
    cells = [(col, span, "" if k in scale else text) for k, (col, span, text) in enumerate(cells)]
    labelled = [(col, span, squash_label(text)) for col, span, text in cells if any(ch.isalnum() for ch in text)]
    if len(labelled) < 2 or len(rows) < MEANING_ROWS:
        return None
    for _, _, label in labelled:
        # a row of data, not headings: a reference, a date, an instruction, a figure, a long cell
        # ('Month', 'By when', 'Team Members' read as a timescale and names: headings still)
        if words_over(label, MEANING_HEADING_WORDS) or looks_like_ref(label) or find_dates(label) \
                or looks_like_action(label) or looks_like_figure(label):
            return None
    if not any(read_heading(text) for _, _, text in cells if text.strip()):
        return None  # not one cell reads as a heading of any kind: names or values, not headings
    if any(len(row) >= 2 and _read_columns(tuple((c, 1, heading_part(t)) for c, t in row)) is not None
           for row in rows[:MEANING_ROWS + 1]):
        return None  # a heading row the wordings read just below: this row is a banner or a title over it
    if any(set(fold(label).split()) & DECISION_HEADING_WORDS for _, _, label in labelled):
        return None  # motions moved and seconded, resolutions: decisions taken, not things to be done
    if any(set(fold(unjoin(label)).split()) & RISK_NOUNS for _, _, label in labelled):
        return None  # a register of risks or threats and their treatment ('Threat Type | … | Mitigation')
    if party_register([label for _, _, label in labelled]):
        return None  # who the project deals with and where each stands: the parties' names are no leads
    owner = {i: col for col, span, _ in cells for i in range(col, col + span)}
    data = [[(owner[c], t, None) for c, t in row if c in owner and t.strip()] for row in rows]
    data = [row for row in data if len(row) >= 2]
    if len(data) < MEANING_ROWS:
        return None
    if any([squash_label(t) for _, t, _ in row] == [label for _, _, label in labelled] for row in data):
        return None  # the heading row printed again: too few rows to tell
    for col, _, _ in labelled:
        texts = [t for row in data for c, t, _ in row if c == col]
        if texts and sum(1 for t in texts if _names_a_field(t)) / len(texts) >= MEANING_SHARE:
            # a key to another table's columns ('Column | What to enter' over 'Action | What will be
            # done', 'Lead officer | …'): its cells are headings, not who or what
            return None
    profiles = columns_of(data)
    if any(field_by_content(p)[0] == "figure" for p in profiles.values()):
        return None  # sums beside each row ('£1.2m'): a funding or price list, not a plan table
    fields = plan_columns(profiles, len(data)) or _fields_by_cells(profiles, data)
    if fields is None:
        # a heading that names what is to be done surely ('Deliverable', 'To-Do') over names of
        # things rather than instructions ('Project proposal', 'Deliverable 1'): the heading says
        # which column holds the actions, the cells of the others who or when
        # (a short heading: 'What does it stand for.' is a glossary's question, not the actions)
        named = [col for col, _, text in cells if not words_over(squash_label(text), MEANING_NAMED_WORDS)
                 and any(r.field == "action" and r.score >= MEANING_NAMED_SCORE for r in read_heading(text)[:1])]
        # hours beside it: a timesheet's projects, not a plan's deliverables
        figures = any(p.figure >= MEANING_SHARE for p in profiles.values())
        if len(named) == 1 and len(data) >= MEANING_NAMED_ROWS and not figures:
            fields = _fields_by_cells(profiles, data, action_col=named[0])
    inline = None
    if fields is None:
        # a column whose cells are paragraphs each closing with its owner and date ('Audit the files
        # (Lead: Head of Care; by May 2027)'): the actions, who and when written inside them
        # (normalise/inlinewho.py), under whatever heading ('Our response', 'What will change')
        from planx.normalise.inlinewho import owners_inline
        owned = [col for col in profiles if (texts := [t for row in data for c, t, _ in row if c == col])
                 and sum(1 for t in texts if owners_inline(t)) / len(texts) >= MEANING_SHARE]
        if len(owned) == 1:
            fields, inline = {owned[0]: "action"}, owned[0]
    if fields is None:
        return None
    columns: list[Column] = []
    taken: set[str] = set()
    for col, span, text in cells:
        label = squash_label(text)
        if not any(ch.isalnum() for ch in label):
            columns.append(Column(col, span, "", "", basis="unread"))
            continue
        best = next(iter(read_heading(text)), None)
        said = best.field if best is not None and best.score >= DECENT else ""
        by_cells = fields.get(col, "")
        p = profiles.get(col)
        if by_cells == "action" and col == inline:
            name, basis, score = "action", ("heading" if said == "action" else "content"), 60.0
        elif by_cells == "action":
            if action_candidacy(label)[0] < MEANING_ACTION_CANDIDACY and said != "action":
                return None  # instructions under a heading that says they are something else
            if said in CONTENT_FIELDS and said not in ("action", "milestones"):
                # 'Objectives' over 'To create awareness …' beside 'Stakeholder': what is aimed at
                # for whom (a stakeholder analysis), not what is to be done by whom
                return None
            name, basis, score = "action", ("heading" if said == "action" else "content"), 60.0
        elif said and said not in taken and said != "action" and not (p is not None and contradicts(said, p)):
            name, basis, score = said, "heading", best.score if best is not None else 0.0
        elif by_cells and by_cells not in taken:
            name, basis, score = by_cells, "content", 60.0
        else:
            name, basis, score = "", ("other" if best is not None else "unread"), 0.0
        if name == "responsible" and "lead" not in fields.values():
            name = "lead"
        if name in taken and name not in _REPEATABLE:
            name, basis = "", "other"
        if name:
            taken.add(name)
        columns.append(Column(col, span, name, label, score=score, basis=basis))
    if "action" not in taken or not taken & {"lead", "responsible", "due", "status", "rag", "progress"} \
            and inline is None:
        return None
    if options_side_by_side([(c.label, c.field, c.basis) for c in columns]):
        return None  # a comparison of options ('Feature | Product A | Product B'), not who does what
    return Header(columns, confidence=0.6, read_by="cells")


# the words two headings may share and still name different things ('Plan of the day', 'Time of day')
_SHARED_FILLER = frozenset({"the", "and", "of", "for", "to", "in", "on", "a", "an", "by", "with", "or", "&"})
# who, when and how-it-stands: what a plan's columns beside its actions say
WHO_WHEN_STATE = frozenset({"lead", "responsible", "due", "status", "rag", "progress"})


def options_side_by_side(columns: Sequence[tuple[str, str, str]]) -> bool:
    """Do a table's headings name things compared side by side rather than a plan's fields? Columns
    (label, field, basis) of a heading row read by its cells: two or more headings that name no field
    by their words (read_heading finds none: names of products or options, 'Shiny Server Open Source |
    Shiny Proxy | Shiny Server Pro', 'Plan Basic | Plan Premium') and share a word, one of them given
    who, when or how it stands by its cells alone. A feature list beside them ('Description':
    'Deploy applications behind firewalls') is what each option offers, not what anyone will do, and
    its fills or ticks mark support, not progress. Headings that name fields ('Lead officer | Support
    officer') are no such siblings."""
    siblings = compared_options([label for label, field, _ in columns if field != "action"])
    return any(label in siblings and field in WHO_WHEN_STATE and basis == "content"
               for label, field, basis in columns)


def compared_options(labels: Sequence[str]) -> list[str]:
    """The headings among `labels` that name no field by their words and share a word with another
    such heading (names of options side by side: 'Shiny Server Open Source', 'Shiny Proxy'), in order."""
    def words(label: str) -> set[str]:
        return {w for w in fold(label).split() if w.isalpha() and len(w) >= 3} - _SHARED_FILLER

    unnamed = [(label, words(label)) for label in labels
               if label.strip() and not any(r.field and r.score >= DECENT for r in read_heading(label))]
    return [label for i, (label, mine) in enumerate(unnamed)
            if any(mine & other for j, (_, other) in enumerate(unnamed) if j != i)]


# a share this large of a column's cells of one kind says what the column holds
MEANING_SHARE = 0.7
# the least share of a column's cells that open with a verb for the column to hold what is to be done
MEANING_VERBS = 0.5
_DOER_JOINS = {"+", "&", "/", ",", "and", "-"}


def _names_a_field(text: str) -> bool:
    """A cell that is itself a plan's heading ('Action', 'Lead officer', 'RAG'): a key's entry."""
    t = squash_label(text)
    return not words_over(t, 3) and any(r.field and r.score >= DECENT for r in read_heading(t)[:1])


def _names_doer(text: str) -> bool:
    """A cell naming who acts as a team's tables write it: a person or a role (looks_like_person),
    or a first name or two ('Kim', 'Garen + Kim', 'Aaryut, Saif', 'Everyone'): a few capitalised
    words with no digit, no date and no verb of action."""
    t = squash_label(text)
    if looks_like_person(t):
        return True
    words = [w for w in re.split(r"\s+|(?<=,)", t.replace("+", " + ").replace("&", " & ")) if w]
    names = [w.strip(",") for w in words if w.strip(",") and w.strip(",").lower() not in _DOER_JOINS]
    return (0 < len(names) <= 4 and not any(ch.isdigit() for ch in t)
            and all(n[:1].isupper() and n[1:2].islower() and n.isalpha() for n in names)
            and not looks_like_when(t) and not looks_like_action(t))


def _fields_by_cells(profiles: dict[int, Any], rows: Sequence[Sequence[tuple[int, str, str | None]]],
                     action_col: int | None = None) -> dict[int, str] | None:
    """{grid column: field} by the cells alone, for headings nobody reads as a plan's: a column of
    short instructions ('Move credentials to .env', 'Design dashboard wireframes': most cells open
    with a verb, three words or more) beside a column naming who (first names or roles), or a
    column of dates or timescales, or of status words. Looser than columns.plan_columns, which
    reads tables with no heading row at all: here a row of headings says the rows below are records.
    None when no column holds instructions or nothing says who, when or how it stands."""
    texts: dict[int, list[str]] = {}
    for row in rows:
        for col, text, _ in row:
            texts.setdefault(col, []).append(text)
    n = len(rows)
    verbs = {col: sum(1 for t in ts if opens_with_verb(t) or looks_like_action(t)) / len(ts)
             for col, ts in texts.items() if len(ts) >= max(2, n // 2)}
    candidates = [c for c, share in verbs.items() if share >= MEANING_VERBS and profiles[c].words >= 2.5
                  and profiles[c].when < 0.3 and not choice_list(profiles[c])]
    if action_col is not None:
        # the heading named it: its cells need only be text, not dates, people or figures
        p = profiles.get(action_col)
        if p is None or p.cells < max(2, n // 2) or max(p.when, p.person, p.figure, p.ref, p.status) >= 0.5:
            return None
        candidates = [action_col]
    if not candidates:
        return None
    action = max(candidates, key=lambda c: (verbs[c], profiles[c].words))
    out = {action: "action"}
    for col, ts in sorted(texts.items()):
        if col == action or len(ts) < max(2, n // 2):
            continue
        name, _ = field_by_content(profiles[col])
        if name in ("", "text", "action", "figure") and \
                sum(1 for t in ts if _names_doer(t) or says_nothing(t)) / len(ts) >= MEANING_SHARE:
            name = "lead"
        if name in ("lead", "due", "status", "rag", "area_ref") and name not in out.values():
            out[col] = name
    return out if set(out.values()) & {"lead", "due", "status", "rag"} else None


def _horizons_hold_text(columns: Sequence[tuple], below: Sequence[Sequence[tuple[int, str]]]) -> bool:
    """Words or figures under a run of relative horizons ('Short term | Medium term | Long term'
    over what is done in each): columns of their own, no timeline whose marks ('X') say when."""
    cols = {i for col, span, name, label, *_ in columns if name == PERIOD_FIELD and horizon_column(label)
            for i in range(col, col + span)}
    kinds = [cell_kind(t, None) for row in below for c, t in row if c in cols and t.strip()]
    return bool(kinds) and kinds.count("mark") < 0.5 * len(kinds)


# the fields a column of a rated series may have been given by its heading alone ('Review 1' reads weakly
# as progress, 'Update 2' as progress, 'Check-in 1' as nothing): its RAG cells say it is one of the ratings
SERIES_RATED_FROM = {"", "progress", "rag", "status"}
# the share of a series' filled cells that must be RAG words or letters, and the fewest of them
SERIES_RAG_SHARE = 0.6
SERIES_RAG_CELLS = 2


def _rated_series(columns: Sequence[_ColumnReading],
                  rows: Sequence[Sequence[tuple[int, str]]]) -> tuple[_ColumnReading, ...]:
    """A run of sibling columns numbered or dated under one name ('Review 1 | Review 2 (Mar) | Review 3',
    'R1 | R2 | R3', '1st review | 2nd review', periods.sibling_series) whose cells hold RAG words or
    letters is a series of ratings, each labelled by its heading (the latest filled one the action's
    RAG), as a run of term-named 'Autumn review' columns is: by what the columns hold, not by a word."""
    labels = [c[3] if c[2] not in (PERIOD_FIELD, "rating") else "" for c in columns]
    out = list(columns)
    for run in sibling_series(labels):
        if any(columns[k][2] not in SERIES_RATED_FROM for k in run):
            continue
        if all(names_periods(labels[k]) for k in run):
            continue  # 'Qtr 2 | Qtr 3': periods, read with their group heading by the periods reading
        cols = {i for k in run for i in range(columns[k][0], columns[k][0] + columns[k][1])}
        kinds = [cell_kind(t, None) for row in rows for c, t in row if c in cols and t.strip()]
        rags = kinds.count("rag")
        if rags < SERIES_RAG_CELLS or rags < SERIES_RAG_SHARE * len(kinds):
            continue
        for k in run:
            col, span, _, label, value, *_ = columns[k]
            out[k] = (col, span, "rating", label, value, 90.0, "content")
    return tuple(out)


def _figures_by_period(columns: Sequence[tuple], below: Sequence[Sequence[tuple[int, str]]]) -> bool:
    """Figures under a run of period headings: the numbers of a budget or statistics table by
    month or quarter, not a plan's timeline or ratings (periods.figures_below)."""
    cols = {i for col, span, name, *_ in columns if name == PERIOD_FIELD for i in range(col, col + span)}
    return bool(cols) and figures_below([t for row in below for c, t in row if c in cols and t.strip()])


def _one_field_header(cells: list[tuple[int, int, str]],
                      below: Sequence[Sequence[tuple[int, str]]]) -> Header | None:
    """A styled first row with one heading that says what is to be done and short headings no
    field takes ('What we have committed to | Strategies / plans in place to deliver'), over rows
    of longer text: the heading row of a plan of one field and notes."""
    columns: list[Column] = []
    named = 0
    for col, span, text in cells:
        label = " ".join(text.split())
        if not label:
            columns.append(Column(col, span, "", "", basis="unread"))
            continue
        if words_over(fold(label), 10) or looks_like_ref(label):
            return None
        best = next(iter(read_heading(text)), None)
        if best is not None and best.field in ("action", "milestones") and best.score >= 90 and not named:
            columns.append(Column(col, span, best.field, label, score=best.score))
            named += 1
        else:
            columns.append(Column(col, span, "", label, basis="unread" if best is None else "other"))
    if named != 1 or _data_below([(c.col, c.span, c.field, c.label) for c in columns], below) <= 0:
        return None
    return Header(columns, confidence=0.6)


def squash_label(text: str) -> str:
    return " ".join(text.split())


def beyond_doubt(header: Header) -> bool:
    """A heading row read with no doubt left: three or more fields, every labelled cell read
    (as a field or as something no field holds), none of them an instruction ('Review the
    recruitment of apprentices': a row's action, a column named by what it holds), and a high
    confidence."""
    named = [c for c in header.columns if c.field]
    unread = [c for c in header.columns if c.label and c.basis == "unread"]
    told = [c for c in header.columns if c.label and instruction(c.label)]
    return len(named) >= 3 and not unread and not told and header.confidence >= 0.8


def _data_below(columns: Sequence[tuple], below: Sequence[Sequence[tuple[int, str]]]) -> float:
    """Evidence from the rows under a candidate heading row: longer text than the headings (data
    rows hold sentences) adds to the confidence; rows of equally short text take from it."""
    texts = [t for row in below for _, t in row if t.strip()]
    if not texts:
        return 0.0
    heads = [len(c[3]) for c in columns if c[3]]
    mean_head = sum(heads) / max(len(heads), 1)
    longest_below = max(len(t) for t in texts)
    if longest_below >= max(40.0, 2 * mean_head):
        return 0.1
    if longest_below <= mean_head:
        return -0.1
    return 0.0


_KEY_FIELDS = {"action", "milestones", "lead", "due", "area", "outcome", "objective", "progress", "measure"}
_ColumnReading = tuple[int, int, str, str, str, float, str]


def _details_beside_unnamed(columns: Sequence[_ColumnReading], seen: set[str]) -> bool:
    """Two or more headings that pin an action down (who, when, status) and a column whose
    heading names no field: left blank ('Item | | By whom | By when') or naming something else
    ('Audience | Key message | Channel | Owner | Date'). A heading row, if one such column's
    cells turn out to be what is to be done (read_header looks at the rows below)."""
    return len(seen & DETAIL_FIELDS) >= 2 and any(not name for _, _, name, _, _, _, _ in columns)


@lru_cache(maxsize=1024)
def action_candidacy(label: str) -> tuple[float, str]:
    """(0–1, why) how surely a column whose heading names no field holds what is to be done, by the
    heading's meaning (vocab.ACTION_CANDIDACY): a blank heading says nothing against it; a message
    or a method can be the thing delivered; an audience, a finding or a reason never is."""
    if not label.strip():
        return 1.0, "no heading"
    segments = _segments(label)
    if not segments:
        return 0.5, "no words"
    head, modifiers, _ = _head_parts(segments[0])
    if head in HEADING_GENERIC_HEADS and modifiers and modifiers[-1] in ACTION_CANDIDACY:
        # 'Issue description', 'Finding details': the word before a generic head says what it is
        head = modifiers[-1]
    if head in ACTION_CANDIDACY:
        return ACTION_CANDIDACY[head], f"head word {head!r}"
    if head in HEADING_OTHER_HEADS:
        return 0.2, f"head word {head!r} names something else"
    return 0.5, f"head word {head!r} unknown"


def _text_column_by_content(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]]
                            ) -> tuple[_ColumnReading, ...] | None:
    """The columns with one whose heading names no field read as the action, when most of its cells
    below are sentences or open with a verb of action ('Notify the board of …'), weighed by what
    its heading means (action_candidacy: 'Key message' may be what is delivered, 'Audience' is
    not); None when no column is. The column keeps its heading, its basis is 'content'."""
    best, best_rank = None, (0.0, 0.0)
    for col, _, name, label, _, _, _ in columns:
        if name:
            continue
        # a cell of lettered items ('a. Notify … b. Notify …') is as many rows of evidence
        texts = [item for row in below for c, t in row if c == col and t.strip() for item in _items(t)]
        if len(texts) < 2:
            continue
        wordy = sum(1 for t in texts if words_over(t, 3) or looks_like_action(t)) / len(texts)
        verbs = sum(1 for t in texts if looks_like_action(t)) / len(texts)
        words = sum(len(t.split()) for t in texts) / len(texts)
        candidacy, _ = action_candidacy(label)
        rank = (round(candidacy * (0.6 + 0.4 * verbs), 2), words)
        if wordy >= 0.6 and candidacy >= 0.3 and rank > best_rank:
            best, best_rank = col, rank
    if best is None:
        return None
    return tuple((c[0], c[1], "action", c[3], "", 60.0, "content") if c[0] == best else c for c in columns)


# the least share of a schedule's name column's cells that are names (not dates or figures), and of
# those the least share that differ (a task a row, not a label repeated down the rows)
TASK_NAMES_SHARE = 0.8
TASK_NAMES_DISTINCT = 0.6


def _schedule_task_names(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]]
                         ) -> tuple[_ColumnReading, ...] | None:
    """The columns, with a schedule's name column read as the action: a project tool's task table
    ('Name | Duration | Start | Finish | Predecessors | Resource Names', MS Project's columns, or the
    same printed abroad, 'Ad | Süre | Başlat | Bitirme', read by their English) names its tasks
    rather than instructing them ('Communication plan', 'README file'), under a heading that says only
    that the column names each row (vocab_tasks.TASK_NAME_HEADINGS). Beside a schedule's headings
    (taskheads.schedule_labels) that column holds the tasks; None elsewhere, or when its cells are no
    names (dates, figures, a few labels repeated down the rows)."""
    labels = [english_side(c[3]) if c[3] else "" for c in columns]
    if not schedule_labels(labels):
        return None
    found = [c[0] for c, label in zip(columns, labels, strict=True) if not c[2] and fold(label) in TASK_NAME_HEADINGS]
    if len(found) != 1:
        return None
    texts = [t for row in below for c, t in row if c == found[0] and t.strip()]
    names = [t for t in texts if any(ch.isalpha() for ch in t) and not find_dates(t) and not looks_like_figure(t)]
    if len(texts) < 3 or len(names) < TASK_NAMES_SHARE * len(texts) \
            or len({fold(t) for t in names}) < TASK_NAMES_DISTINCT * len(names):
        return None
    return tuple((c[0], c[1], "action", c[3], "", 60.0, "content") if c[0] == found[0] else c for c in columns)


# a heading row this wide is a tool's export (issue trackers, project tools): dozens of system fields
EXPORT_COLUMNS = 30
# a task list exported with its bookkeeping (ID, Parent ID, Created, Modified By, Version, Item Type …)
# is this wide at least, and its headings name this many of who, when and how it stands
TASK_EXPORT_COLUMNS = 15
TASK_EXPORT_DETAILS = 3


def _task_list_export(columns: Sequence[_ColumnReading]) -> bool:
    """A task list exported from a tool (a SharePoint list, a planner): a wide heading row of the
    tool's bookkeeping columns (IDs, created and modified dates and by whom, versions) among which who
    is assigned, when it is due and its status are headed surely, but the tasks themselves sit under
    a heading naming no field ('Title'). Its system columns outweigh any share of headings read;
    read_header takes the column whose cells say what is to be done as the actions."""
    filled = [c for c in columns if c[3]]
    fields = {c[2] for c in columns}
    return len(filled) >= TASK_EXPORT_COLUMNS and not fields & {"action", "milestones"} \
        and len(fields & DETAIL_FIELDS) >= TASK_EXPORT_DETAILS and any(not c[2] for c in filled)

# the share of a weakly headed column's cells that must open with a verb of action ('Confirm the …',
# 'Setup …') for the column to be read as the actions beside other content headings
MIN_WEAK_HEADING_VERBS = 0.25


def shortfall_over_milestones(header: Header) -> Column | None:
    """The column naming each row's shortfall ('Weakness / Deficiency', 'Finding') made the action,
    in a heading row that names milestones and no action ('Weakness | Milestones | Milestone Status |
    POC | Completion date', a POA&M): each row is the item a remediation plan answers, named by its
    weakness, and the milestones are its steps. The column found, or None (the row is left as it is)."""
    fields = set(header.fields())
    if "milestones" not in fields or fields & {"action", "objective", "outcome", "measure"}:
        return None
    found = [c for c in header.columns if c.field in ("", "area") and _head_word(c.label) in ANSWERED_ITEM_WORDS]
    if len(found) != 1:
        return None
    # its cells are findings by nature ('No formal access review process'): the structure, not their
    # wording, makes them the items, so no reading of the cells may take another column over them
    found[0].field, found[0].value, found[0].basis = "action", "", "heading"
    found[0].score = max(found[0].score, SURE_ACTION_HEADING)
    header.forget_columns()  # what was worked out from the columns before
    return found[0]


def _head_word(label: str) -> str:
    """The first segment's head word of a heading, singular and folded ('Weakness / Deficiency' → 'weakness'),
    the word before a generic head standing for it ('Finding Description' → 'finding')."""
    segments = _segments(label)
    if not segments:
        return ""
    head, modifiers, _ = _head_parts(segments[0])
    return modifiers[-1] if head in HEADING_GENERIC_HEADS and modifiers else head


def milestones_alone_are_actions(header: Header) -> bool:
    """Read a milestones column as the action when nothing else in the heading row says what is done
    or what for ('Milestone description | Category | Assigned to | Progress | Start | Days', a
    Gantt chart's list): its milestones are the plan's steps, each one an action. Beside an action,
    an objective, an outcome or a measure, milestones stay the steps of those. True when it did."""
    fields = set(header.fields())
    if "milestones" not in fields or fields & {"action", "objective", "outcome", "measure"}:
        return False
    column = next(c for c in header.columns if c.field == "milestones")
    column.field = "action"
    header.forget_columns()  # what was worked out from the columns before
    return True


# how much less surely a filled column may name a field than the empty column that took it, and take it
TWIN_MARGIN = 5.0


def _filled_twin(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]]
                 ) -> tuple[_ColumnReading, ...]:
    """The columns, with a field moved from a column left empty below to a column that reads as the
    same field and is filled ('DELIVERABLES END-DATE' and 'TASK END-DATE' both read as when; the
    deliverables' dates are blank, the tasks' are not): the heading that took it first, being to
    the left, had no better claim than this. Only between headings that name it as surely and say
    the same of two things (_same_heading_of_another_thing)."""
    def filled(col: int, span: int, label: str) -> int:
        # a heading merged down over a second heading row shows its own text there: not a value
        return sum(1 for row in below if any(col <= c < col + span and t.strip() and squash_label(t) != label
                                             for c, t in row))

    out = list(columns)
    for k, (col, span, name, label, _value, score, basis) in enumerate(out):
        if not name or basis != "heading" or filled(col, span, label):
            continue
        for j, other in enumerate(out):
            o_col, o_span, o_name, o_label, *_ = other
            if o_name or not o_label or filled(o_col, o_span, o_label) < 2:
                continue
            if not _same_heading_of_another_thing(label, o_label):
                continue
            best = next(iter(read_heading(o_label)), None)
            if best is not None and best.field == name and best.score >= max(DECENT, score - TWIN_MARGIN):
                out[j] = (o_col, o_span, name, o_label, best.value, best.score, "heading")
                out[k] = (col, span, "", label, "", 0.0, "other")
                break
    return tuple(out)


def _same_heading_of_another_thing(a: str, b: str) -> bool:
    """Do two headings say the same of two different things ('Deliverables end-date / time', 'Task
    end-date / time'): the same words, two or more, after a different first word? 'Target date' and
    'Review date' are two different dates of one thing."""
    wa, wb = fold(a).split(), fold(b).split()
    return len(wa) >= 3 and wa[1:] == wb[1:] and wa[0] != wb[0]


# the fewest rows of a finer action column (each its own cell) that the column before it, also headed as
# what is done, must group for that column to be what they serve: two groups, or one spanning three rows
GROUPED_ACTION_ROWS = 3


# how surely a heading must name the action ('Action', 'Actions', 'Tasks' 100) for a column under it that
# groups another column's rows to stay the action (those rows its steps); 'Council Plan commitment' (90) and
# 'What we said we would do' (95) name a purpose the finer column's deliverables serve
ACTION_OUTRIGHT = 100.0


def _actions_grouped_by_a_commitment(columns: Sequence[_ColumnReading],
                                     below: Sequence[Sequence[tuple[int, str]]]) -> tuple[_ColumnReading, ...]:
    """The columns, with the action in the later of two columns both headed as what is done when the
    earlier one's cells group the later one's: the earlier column then holds what the actions serve.

    A council's delivery plan heads 'Council Plan commitment | Deliverable | Lead | Delivery milestones
    (Q1–Q4) | Target date' (or 'What we said we would do | Key deliverable'): both headings read as what
    is done, and the surer ('commitment' 90 over 'deliverable' 80) took the field. But the commitment is
    printed once over the two or three deliverables that carry it out (merged down, left blank, or
    printed alike on each row), while every row has its own deliverable, with its own lead and date:
    the finer column is the work, the coarser one its purpose (the objective, unless a column holds
    objectives). So too when the finer column took the action by its heading ('Our commitment |
    Activity'): the commitment, left unread as a second action, is the objective. Read by the cells
    only: a column of one cell per row beside it keeps the action."""
    out = list(columns)
    acts = [k for k, c in enumerate(out) if c[2] == "action" and c[6] == "heading"]
    if len(acts) != 1:
        return tuple(out)

    def headed_as_action(c: _ColumnReading) -> bool:
        best = next(iter(read_heading(c[3])), None) if c[3] and not c[2] else None
        return best is not None and best.field == "action" and best.score >= DECENT

    # the column that took the action and the next one headed so too, or the one before it headed so
    # ('Our commitment | Activity': the activity took the action, the commitment is left unread)
    later = [j for j, c in enumerate(out) if j > acts[0] and headed_as_action(c)]
    earlier = [k for k, c in enumerate(out) if k < acts[0] and headed_as_action(c)]
    if later:
        k, j = acts[0], later[0]
    elif earlier:
        k, j = earlier[-1], acts[0]
    else:
        return tuple(out)
    # a coarser column headed outright as the action ('Action | Tasks'): its finer cells are the steps of
    # each action (its milestones, normalise/choose.py), not actions serving it as their purpose
    coarse_heading = next(iter(read_heading(out[k][3])), None) if out[k][3] else None
    if coarse_heading is not None and coarse_heading.field == "action" and coarse_heading.score >= ACTION_OUTRIGHT:
        return tuple(out)
    col, span = out[k][0], out[k][1]
    o_col, o_span = out[j][0], out[j][1]

    def cell(row: Sequence[tuple[int, str]], start: int, width: int) -> str:
        return squash(" ".join(t for c, t in row if start <= c < start + width and t.strip()))

    groups = finer = 0
    previous = ""
    fines: list[str] = []
    for row in below:
        coarse, fine = cell(row, col, span), cell(row, o_col, o_span)
        if not fine or fold(fine) == fold(coarse) or squash_label(fine) == out[j][3]:
            continue  # a band across the table ('Priority 1: …'), a heading row again, or no work
        fines.append(fold(fine))
        if coarse and fold(coarse) != previous:
            groups += 1
            previous = fold(coarse)
        elif previous:
            finer += 1  # a row of the same commitment: blank under a merged or once-printed cell, or alike
    if not groups or finer < max(1, GROUPED_ACTION_ROWS - groups) or len(set(fines)) < len(fines):
        return tuple(out)
    taken = {c[2] for c in out}
    field = "objective" if "objective" not in taken else ""
    out[k] = (col, span, field, out[k][3], "", DECENT if field else 0.0, "content" if field else "other")
    if out[j][2] != "action":
        best = read_heading(out[j][3])[0]
        out[j] = (o_col, o_span, "action", out[j][3], best.value, best.score, "heading")
    return tuple(out)


# a heading that names the actions this surely is not second-guessed by a column of one value
SURE_ACTION_HEADING = 90.0


def _constant_action_unread(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]]
                            ) -> tuple[_ColumnReading, ...]:
    """The columns, with the one headed as the action left unread when every cell below it (three or
    more) is the same short value: an export's 'Project key' over 'SCRUM' on every row names the
    project, and the actions are in a column of their own (read by content)."""
    out = tuple(columns)
    for k, (col, _, name, label, _, score, basis) in enumerate(out):
        if name != "action" or basis != "heading" or score >= SURE_ACTION_HEADING:
            continue  # ('Actions' over ticks is a heading misread in another way: contradicts says so)
        texts = [t.strip() for row in below for c, t in row if c == col and t.strip()]
        if len(texts) >= 3 and len(set(texts)) == 1 and not words_over(texts[0], 2) \
                and any(ch.isalnum() for ch in texts[0]):
            return out[:k] + ((col, out[k][1], "", label, "", 0.0, "other"),) + out[k + 1:]
    return out


# the share of a 'Measure' or 'Objective' column's cells that must say what is to be done for it to hold
# the actions (at least half), and the share of them that must differ (each row its own, not a group's label)
MEASURE_ACTION_SHARE = 0.5
AIM_ACTION_DISTINCT = 0.9
# the columns whose heading names what is aimed at or how it is measured, and whose cells may yet be
# what is done where no column says so, in the order they are tried
AIMS_AS_ACTIONS = ("measure", "objective")


# the share of a column's cells (distinct, of a few words) that must open with a prompt naming what will
# be done for the prompt to name the column
PROMPT_SHARE = 0.3


def _action_prompt_in_cells(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]]
                            ) -> tuple[_ColumnReading, ...]:
    """A column its heading leaves blank whose cells open with a prompt naming what will be done
    ('What we are going to do?' over the text, then 'Why we need to do it?' over the reason, as a
    school improvement plan's template prints its questions inside the box): the prompt is the
    column's heading printed in its cells, so the column holds the actions (the walker drops the
    prompt and keeps the reason aside: walker_data_rows.split_rationale). Only where no heading
    names the actions; the cells under a blank heading spanning several grid columns are its own."""
    from planx.normalise.tableforms import names_action_label
    if any(c[2] in ("action", "milestones") for c in columns):
        return tuple(columns)
    for col, span, name, label, _, _, _ in columns:
        if name or any(ch.isalnum() for ch in label):
            continue
        texts = {squash(t) : t for row in below for c, t in row if col <= c < col + span and len(t.split()) >= 2}
        prompted = [t for t in texts.values() if names_action_label(t.strip().split("\n")[0])]
        if prompted and len(prompted) / len(texts) >= PROMPT_SHARE:
            return tuple((c[0], c[1], "action", c[3], "", 70.0, "content") if c[0] == col else c for c in columns)
    return tuple(columns)


def _measures_as_actions(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]]
                         ) -> tuple[_ColumnReading, ...]:
    """A column headed 'Measure' or 'Objective' where no column says what is to be done, whose cells
    are instructions ('Install charge points in the staff car park', 'Ensure fencing around sensory
    garden is rebuilt') beside who does them or when: the measures taken (a carbon or net zero plan's
    interventions) or the objectives set as tasks (a school accessibility plan's 'Objective |
    Progress | To be completed by'), which are its actions, not how success is measured or what they
    aim at. A 'Measure' column of indicators ('% of pupils walking to school') stays the measure, an
    'Objective' column of aims ('Improved attendance') or of one label printed over several rows
    (the group of tasks a later column would hold) stays the objective."""
    fields = {c[2] for c in columns}
    if fields & {"action", "milestones"} or not fields & {"lead", "responsible", "due"}:
        return tuple(columns)
    # (not a row of one cell: a theme's banner across the table)
    rows = [row for row in below if sum(1 for _, t in row if t.strip()) >= 2]
    for aim in AIMS_AS_ACTIONS:
        held = [c for c in columns if c[2] == aim]
        if len(held) != 1:
            continue
        col = held[0][0]
        texts = [t for row in rows for c, t in row if c == col and t.strip()]
        if len(texts) < 2 or sum(1 for t in texts if looks_like_action(t)) < MEASURE_ACTION_SHARE * len(texts):
            continue
        if len({fold(t) for t in texts}) < AIM_ACTION_DISTINCT * len(texts):
            continue
        return tuple((c[0], c[1], "action", c[3], "", 60.0, "content") if c[0] == col else c for c in columns)
    return tuple(columns)


# the fewest words a recommendation's cells hold on average to be the actions (sentences, not a number
# or a short title naming a group)
RECOMMENDATION_ACTION_WORDS = 6.0


def _recommendations_as_actions(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]]
                                ) -> tuple[_ColumnReading, ...]:
    """A tracker of the recommendations or requirements made to the organisation, one per row, with
    who, when or how each stands and no column saying what is done ('CDE Requirement/Recommendation |
    Status' over 'CDE recommends that SFUSD monitor enrollment trends … | June 2024: Completed. …',
    'Recommendation | Owner | Due | Status'): the recommendation's column is read as the group of
    actions (its heading's meaning), but with no action of its own beside it the recommendation's
    text is the action (CONTRACT.md, "Recommendations"). Only sentences, each row its own: a column
    of short titles printed once over several rows stays the group."""
    fields = {c[2] for c in columns}
    if fields & {"action", "milestones"} or not fields & {"lead", "responsible", "due", "status", "progress"}:
        return tuple(columns)
    named = [c for c in columns if c[2] == "area"
             and set(re.split(r"[^a-z]+", fold(c[3]))) & RECOMMENDATION_HEADING_WORDS]
    if len(named) != 1 or sum(1 for c in columns if c[2] == "area") != 1:
        return tuple(columns)
    col = named[0][0]
    rows = [row for row in below if sum(1 for _, t in row if t.strip()) >= 2]
    texts = [t for row in rows for c, t in row if c == col and t.strip()]
    if len(texts) < 2 or len({fold(t) for t in texts}) < AIM_ACTION_DISTINCT * len(texts) \
            or sum(len(t.split()) for t in texts) < RECOMMENDATION_ACTION_WORDS * len(texts):
        return tuple(columns)
    for other in columns:
        if other[0] == col or other[2] not in ("", "progress"):
            continue
        prose = [t for row in rows for c, t in row if c == other[0] and t.strip()]
        if len(prose) >= 2 and sum(len(t.split()) for t in prose) >= RECOMMENDATION_ACTION_WORDS * len(prose):
            # another column of sentences ('Management comments': 'Agreed. We will …') may say what is
            # done in answer: the choice among prose is action_among_prose's, not this column's by default
            return tuple(columns)
    return tuple((c[0], c[1], "action", c[3], "", 60.0, "content") if c[0] == col else c for c in columns)


# a title column's cells are this much shorter (mean words) than the text read as the action, at most
TITLE_SHORTER = 0.6
# the most words a title cell holds on average: a longer text is a description of its own
TITLE_MAX_WORDS = 14
# the share of the action's rows whose title cell is filled, and whose titles differ from each other
TITLE_FILLED = 0.9


def _title_names_the_action(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]]
                            ) -> tuple[_ColumnReading, ...]:
    """The columns, with a column headed as the actions' short titles read as the action in place
    of the longer text beside it.

    A tracker exported from a spreadsheet gives each action a short title and a description
    ('Action ID | Short Title | Action Description | Owner | Due Date | Status', 'Action title |
    Action description | …'): the description's heading reads as the action more surely, but the
    title is what names the action ('Publish literacy framework'), the description says more of
    it ('The department will develop and publish a statewide K-3 literacy framework …'). A
    column whose heading is a title's (vocab.ACTION_TITLE_HEADINGS), filled on the action's rows,
    each title its own (not a group's label repeated) and much shorter than the text read as the
    action, becomes the action; that text keeps no field (its cells go aside, nothing lost)."""
    actions = [c for c in columns if c[2] == "action"]
    if len(actions) != 1:
        return tuple(columns)
    act = actions[0]
    rows = [row for row in below if sum(1 for _, t in row if t.strip()) >= 2]

    def cell(row: Sequence[tuple[int, str]], col: int, span: int) -> str:
        return " ".join(t.strip() for c, t in row if col <= c < col + max(span, 1) and t.strip())

    acted = [row for row in rows if cell(row, act[0], act[1])]
    if len(acted) < 2:
        return tuple(columns)
    act_words = sum(len(cell(row, act[0], act[1]).split()) for row in acted) / len(acted)
    for c in columns:
        if c[2] or fold(c[3]) not in ACTION_TITLE_HEADINGS:
            continue
        titles = [cell(row, c[0], c[1]) for row in acted]
        filled = [t for t in titles if t]
        if len(filled) < TITLE_FILLED * len(acted) or len({fold(t) for t in filled}) < TITLE_FILLED * len(filled):
            continue
        words = sum(len(t.split()) for t in filled) / len(filled)
        if words > TITLE_MAX_WORDS or words > TITLE_SHORTER * act_words or words < 1.5:
            continue
        return tuple((k[0], k[1], "action", k[3], "", max(act[5], DECENT), "heading") if k[0] == c[0]
                     else (k[0], k[1], "", k[3], "", 0.0, "other") if k[0] == act[0] else k for k in columns)
    return tuple(columns)


# the fewest titles cut off at their column's edge that show a whole column of titles was clipped
MIN_CLIPPED_TITLES = 2
_CLIPPED_WORD_LETTERS = 3  # a cut-off word keeps this many letters at least ('Executa' of 'executable')


def _cell_text(row: Sequence[tuple[int, str]], col: int, span: int) -> str:
    return " ".join(t.strip() for c, t in row if col <= c < col + max(span, 1) and t.strip())


def _clipped(title: str, text: str) -> bool:
    """Does a title end in a word cut off at its column's edge: a word the text beside it spells out
    whole and longer ('… Game Executa' beside '… game executable …'), not a word of that text itself?"""
    words = title.split()
    last = fold(words[-1]) if words else ""
    if len(last) < _CLIPPED_WORD_LETTERS or not last.isalpha():
        return False
    beside = set(fold(text).split())
    return last not in beside and any(w.startswith(last) for w in beside)


def _clipped_titles_yield(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]]
                          ) -> tuple[_ColumnReading, ...]:
    """The columns, with a column of titles read as the action yielding to the description beside it
    when the titles were cut off in print.

    A sheet printed to PDF clips a task's name too long for its column at the column's edge ('Task_Name
    | Task_Description': 'Website Link To Game Executa' beside 'Website link to assessment 3 game
    executable and past versions'): the print no longer holds the names whole, the description does.
    When the action is read from a column headed as titles (vocab.ACTION_TITLE_HEADINGS) and a few of
    its cells end in a word the cell beside it, under a heading that reads as the action too, spells
    out whole, that column is the action and the titles keep no field (their cells go aside)."""
    actions = [c for c in columns if c[2] == "action"]
    if len(actions) != 1 or fold(actions[0][3]) not in ACTION_TITLE_HEADINGS:
        return tuple(columns)
    title = actions[0]
    for other in columns:
        if other[2] or not any(r.field == "action" and r.score >= DECENT for r in read_heading(other[3])[:1]):
            continue
        clipped = sum(_clipped(_cell_text(row, title[0], title[1]), _cell_text(row, other[0], other[1]))
                      for row in below)
        if clipped >= MIN_CLIPPED_TITLES:
            return tuple((k[0], k[1], "action", k[3], "", title[5], "heading") if k[0] == other[0]
                         else (k[0], k[1], "", k[3], "", 0.0, "other") if k[0] == title[0] else k
                         for k in columns)
    return tuple(columns)


def _instruction_share(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]],
                       commitments: bool = False) -> float:
    """The share of the cells under the column read as the action by content that open with a verb
    (or, with commitments, that say who must or will do it: 'Agencies must submit …')."""
    col = next((c[0] for c in columns if c[2] == "action" and c[6] == "content"), None)
    texts = [item for row in below for c, t in row if c == col and t.strip() for item in _items(t)]
    cleaned = [re.sub(r"^[\s\-–•*]*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?", "", t) for t in texts]
    said = sum(1 for t in cleaned if looks_like_action(t) or commitments and commits_to(fold(t).split()))
    return said / len(cleaned) if cleaned else 0.0


def _subject_under_reference_heading(columns: Sequence[_ColumnReading],
                                     below: Sequence[Sequence[tuple[int, str]]]) -> tuple[_ColumnReading, ...]:
    """The columns, with a column headed as a reference read as the action when no column says
    what is done and its cells below are phrases, not references.

    A grant or spending report heads its first column 'Item/Project' or 'Item' over 'Purchasing
    age appropriate resources for the PE curriculum' beside 'Objectives' and 'Outcomes': the
    heading's first word reads as a reference ('Item', 'No.'), but a reference is a short code
    ('3', '2.1', 'B'), and these cells name what each row funds or does. The column becomes the
    action when its heading may mean so (a reading as an action, 'Item/PROJECT', or a head word
    that does not rule it out, vocab.ACTION_CANDIDACY); its basis is 'content'."""
    if {c[2] for c in columns} & {"action", "milestones"}:
        return tuple(columns)
    for col, _, name, label, _, _, _ in columns:
        if name != "area_ref":
            continue
        # one cell may be all there is: the heading row can be the last but one row of a page
        texts = [t for row in below for c, t in row if c == col and t.strip()]
        if not texts:
            continue
        refs = sum(1 for t in texts if looks_like_ref(t)) / len(texts)
        words = sum(len(t.split()) for t in texts) / len(texts)
        if refs > 0.2 or words < 3:
            continue  # codes or a few words: a reference column after all
        may_act = any(r.field == "action" for r in read_heading(label)) or action_candidacy(label)[0] >= 0.5
        if may_act:
            return tuple((c[0], c[1], "action", c[3], "", 60.0, "content") if c[0] == col else c for c in columns)
    return tuple(columns)


# the least share of a resolution column's filled cells that say something (RESOLUTION_WORDS words or
# more, or a verb of action) for it to hold what is to be done, not a log's outcome ('Resolved', 'Closed')
RESOLUTION_WORDY_SHARE = 0.6
RESOLUTION_WORDS = 4


def _resolution_as_action(columns: Sequence[_ColumnReading], below: Sequence[Sequence[tuple[int, str]]]
                          ) -> tuple[_ColumnReading, ...]:
    """The columns, with the one headed as each row's resolution ('Resolution', 'Remedial action')
    read as the action when no heading names the action: an accessibility plan's 'Identified issue |
    Who it may affect | Resolution | Completion time-frame' says in its resolution what will be done
    about each issue, and when. In a tracker beside its actions the resolution is a remedy for what
    is late (kept aside); a risk register's treatment column and an issue log's resolution are
    judged elsewhere (the walker's register reader, issue_log), so a heading row naming risks or how
    an issue was raised is left as it is. Only when most of the column's cells say something (a
    phrase or an instruction, not 'Resolved'). The column's basis stays 'heading'."""
    names = {c[2] for c in columns}
    # a shortfall taken as the action only by a weak head word ('Finding Description') names the
    # item the remedy answers, not what will be done: the remedy beside it still says that
    shortfalls = {c[0] for c in columns if c[2] == "action" and _head_word(c[3]) in ANSWERED_ITEM_WORDS}
    if "milestones" in names or any(c[2] == "action" and c[0] not in shortfalls for c in columns):
        return tuple(columns)
    found = [c for c in columns if c[2] == "resolution"]
    labels = [c[3] for c in columns]
    if len(found) != 1 or issue_log(labels) or risk_register(labels) or \
            ("due" not in names and any(set(fold(unjoin(label)).split()) & (RISK_NOUNS | RISK_REGISTER_COLUMN_WORDS)
                                        for label in labels)):
        # a register's treatments are judged by the walker's register reader; a row of risk words with no
        # date for the remedy lists controls in place. A remedy with its own completion date beside a
        # weakness or finding ('Weakness | Severity | Remediation | Due Date', a POA&M) is a plan's action
        return tuple(columns)
    col = found[0][0]
    texts = [t for row in below for c, t in row if c == col and t.strip()]
    if len(texts) < 2:
        return tuple(columns)
    wordy = sum(1 for t in texts if len(t.split()) >= RESOLUTION_WORDS or looks_like_action(t)) / len(texts)
    if wordy < RESOLUTION_WORDY_SHARE:
        return tuple(columns)
    return tuple((c[0], c[1], "action", c[3], "", c[5], c[6]) if c[0] == col else
                 (c[0], c[1], "area", c[3], "", c[5], c[6]) if c[0] in shortfalls else c for c in columns)


def _shortfall_as_tracked_item(columns: Sequence[_ColumnReading]) -> tuple[_ColumnReading, ...]:
    """The columns, with the one naming each row's shortfall ('Finding Title', 'Weakness', 'Gap')
    read as the action in a remediation tracker: a heading row that gives each finding an owner and
    a target date but names no action, remedy, objective or measure ('Finding ID | Finding Title |
    Severity | Status | Owner | Target Date | Notes'). Each row is then a shortfall to be put right by
    its owner by that date, the finding names the work; another wordy column (the framework clause it
    breaches) is no action. Only when the shortfall is the one column naming what the rows are about:
    beside a recommendation or a theme, those say what is done or what it falls under."""
    fields = {c[2] for c in columns}
    if fields & {"action", "milestones", "objective", "outcome", "measure", "resolution"} \
            or "due" not in fields or not fields & {"lead", "responsible"}:
        return tuple(columns)
    shortfalls = [c[0] for c in columns if c[2] in ("", "area") and _head_word(c[3]) in ANSWERED_ITEM_WORDS]
    areas = [c[0] for c in columns if c[2] == "area"]
    if len(shortfalls) != 1 or set(areas) - set(shortfalls):
        return tuple(columns)
    return tuple((c[0], c[1], "action", c[3], "", max(c[5], SURE_ACTION_HEADING), "heading")
                 if c[0] == shortfalls[0] else c for c in columns)


# the fewest rows under a topic heading ('Issue') whose cells, one each and all different, make it the rows' subject
TOPIC_SUBJECT_ROWS = 3
# a topic heading read less surely than this may name each row's subject ('Issue' 60, 'Topic' 80;
# 'Theme' 100 names a theme)
TOPIC_SURE = 90.0


def _subject_under_topic_heading(columns: Sequence[_ColumnReading],
                                 below: Sequence[Sequence[tuple[int, str]]]) -> tuple[_ColumnReading, ...]:
    """The columns, with a column headed as a topic read as the action when no column says what is
    done, beside who does it or by when, and every row names its own topic.

    A patient group's action plan heads 'No. | ISSUE | THOSE INVOLVED … | FINAL COMPLETION DATE' over
    'Modified Website | All P.P.G. members from 27.1.15 … | 31.3.15': 'Issue' reads as an area (a
    theme the rows fall under), but a theme groups rows, its cell filled once over several or
    printed alike on each; a column filled on every row, each cell different, with the people and
    the date beside it, names each row's own piece of work. Weakly headed topics only (a heading
    read below TOPIC_SURE), the column's basis becomes 'content'."""
    names = {c[2] for c in columns}
    if names & {"action", "milestones"} or not names & {"lead", "responsible", "due"}:
        return tuple(columns)
    areas = [c for c in columns if c[2] == "area" and c[5] < TOPIC_SURE]
    if len(areas) != 1:
        return tuple(columns)
    col = areas[0][0]
    rows = [row for row in below if any(t.strip() for _, t in row)]
    texts = [next((t.strip() for c, t in row if c == col and t.strip()), "") for row in rows]
    if len(texts) < TOPIC_SUBJECT_ROWS or not all(texts) or len({fold(t) for t in texts}) < len(texts):
        return tuple(columns)
    if sum(1 for t in texts if looks_like_ref(t)) > len(texts) // 5:
        return tuple(columns)
    return tuple((c[0], c[1], "action", c[3], "", 60.0, "content") if c[0] == col else c for c in columns)


# the least share of a 'Measure' column's cells, beside the actions, that must say what is aimed at
# ('Raise standards in reading …', 'To support positive SEMH …') for the column to be the objective
MEASURE_AIM_SHARE = 0.6
# the headings that leave open whether their cells are measures or aims: the bare word alone
BARE_MEASURE_HEADINGS = (["measure"], ["measures"], ["measure", "s"])
_FIGURE_OR_RATE = re.compile(r"%|\bper\s?cent\b|\b(?:number|proportion|percentage|rate|ratio|score|level)s?\s+of\b"
                             r"|\b(?:increase|reduce|reduction|rise|fall)\w*\s+(?:\w+\s+){0,3}(?:to|by)\s+\d", re.I)


def _aims_under_measure_heading(columns: Sequence[_ColumnReading],
                                below: Sequence[Sequence[tuple[int, str]]]) -> tuple[_ColumnReading, ...]:
    """The columns, with a column headed 'Measure' alone read as the objective when a column holds the
    actions, none the objective, and the measure's cells say what is aimed at rather than how it is
    measured: a pupil premium statement's 'Measure | Activity' over 'Raise standards in reading and
    writing including phonics screening | For all teachers to be trained …' (instructions or 'To …'
    purposes, no figure and no rate). A 'Measure' of indicators ('% of pupils walking to school',
    'Number of visits', 'Reduce absence to 4%'), or of names ('Attendance'), stays the measure."""
    fields = [c[2] for c in columns]
    if "action" not in fields or "objective" in fields or fields.count("measure") != 1:
        return tuple(columns)
    col, label = next((c[0], c[3]) for c in columns if c[2] == "measure")
    if fold(label).split() not in BARE_MEASURE_HEADINGS:
        # a qualified heading ('Success measure(s)', 'Performance measure') names the measure surely
        return tuple(columns)
    rows = [row for row in below if sum(1 for _, t in row if t.strip()) >= 2]
    texts = [squash(t) for row in rows for c, t in row if c == col and t.strip()]
    if len(texts) < 2 or any(_FIGURE_OR_RATE.search(t) for t in texts):
        return tuple(columns)
    aims = sum(1 for t in texts if looks_like_action(t) or fold(t).startswith("to "))
    if aims < MEASURE_AIM_SHARE * len(texts):
        return tuple(columns)
    return tuple((c[0], c[1], "objective", c[3], "", 60.0, "content") if c[0] == col else c for c in columns)


# the fewest rows holding a theme column's cell beside who or when, and the least share of those
# cells that must be instructions, for the theme column to hold the actions too
THEMED_ACTION_ROWS = 3
THEMED_ACTION_VERBS = 0.6


def _actions_under_theme_heading(columns: Sequence[_ColumnReading],
                                 below: Sequence[Sequence[tuple[int, str]]]) -> tuple[_ColumnReading, ...]:
    """The columns, with the column headed as the theme read as the action when no column says what
    is done and that column holds both: rows of its cell alone (the themes and their sub-headings,
    'Beaver Activity', 'Strategy 1: On-going Management') and rows of its cell beside who leads or
    when ('1a. Identify individual beaver dams …' | SAB), those cells different and instructions.

    A watershed plan's export heads 'Theme | Description | Lead | Participant(s)' and leaves the
    description empty: the themes, the strategies and the actions all stand in the first column, the
    actions known by the lead beside them. The rows of the cell alone stay headings (the walker's band
    rows give the area); a theme column whose cells beside a lead are topics ('Housing', 'Transport')
    names the themes only (no action by its wording), and so does one never alone in its row."""
    names = {c[2] for c in columns}
    if names & {"action", "milestones"} or not names & {"lead", "responsible", "due"}:
        return tuple(columns)
    areas = [c for c in columns if c[2] == "area"]
    if len(areas) != 1:
        return tuple(columns)
    col = areas[0][0]
    detail = {c[0] for c in columns if c[2] in ("lead", "responsible", "due")}
    alone = beside = 0
    texts: list[str] = []
    for row in below:
        filled = {c: t.strip() for c, t in row if t.strip()}
        if col not in filled:
            continue
        if len(filled) == 1:
            alone += 1
        elif set(filled) & detail:
            beside += 1
            texts.append(re.sub(r"^[\s\-–•*]*(?:\(?[0-9]{1,3}[a-z]?[.)]\s*|[a-z][.)]\s+)?", "", filled[col]))
    if alone < 1 or beside < THEMED_ACTION_ROWS or len({fold(t) for t in texts}) < len(texts):
        return tuple(columns)
    if sum(1 for t in texts if looks_like_action(t)) / len(texts) < THEMED_ACTION_VERBS:
        return tuple(columns)
    return tuple((c[0], c[1], "action", c[3], "", 60.0, "content") if c[0] == col else c for c in columns)


# fields several columns may hold: each RAG column becomes a rating under its own label
_REPEATABLE = ("rating", "rag", PERIOD_FIELD)


def assign_fields(readings: Sequence[tuple[Reading, ...]]) -> list[Reading | None]:
    """The reading each heading of a row takes: a field goes to the heading that names it most
    surely, whatever the order of the columns ('Council response' reads as an action at 60,
    'Actions' at 100: the Actions column is the action, and the response keeps no field); a
    heading that loses its best field takes its next reading, if no surer heading holds that one
    ('Action | Sub-task': the sub-task is a milestone). Equal scores go to the leftmost heading.
    None for a heading with no decent reading left; a reading with field '' names no field."""
    ranked = sorted(((-r.score, i, k, r) for i, rs in enumerate(readings) for k, r in enumerate(rs)
                     if r.score >= DECENT), key=lambda x: x[:3])
    chosen: list[Reading | None] = [None] * len(readings)
    taken: set[str] = set()
    for _, i, _, r in ranked:
        if chosen[i] is not None or (r.field and r.field in taken and r.field not in _REPEATABLE):
            continue
        chosen[i] = r
        if r.field:
            taken.add(r.field)
    return chosen


def _items(text: str) -> list[str]:
    """A cell's numbered or lettered items, or the cell's text as its one item."""
    items = split_numbered(text)
    return [t for _, t in items if t.strip()] if items else [text]


def _raci_roles(cells: Sequence[tuple[int, int, str]], below: Sequence[Sequence[tuple[int, str]]]
                ) -> frozenset[int]:
    """The headings (indices into `cells`) of a RACI matrix's roles: columns whose cells in the rows
    below are nothing but R/A/C/I letters (raci.raci_columns). Rows of one or two cells (a theme's
    banner across the matrix) are no evidence."""
    rows = [row for row in below if sum(1 for _, t in row if t.strip()) >= 3]
    if len(rows) < 2:
        return frozenset()
    under: dict[int, list[str]] = {}
    for row in rows:
        for col, text in row:
            under.setdefault(col, []).append(text)
    spans = [(k, col) for k, (col, span, _) in enumerate(cells) if span == 1]
    found = set(raci_columns([(col, heading_text(cells[k][2]), "") for k, col in spans], under))
    return frozenset(k for k, col in spans if col in found)


@lru_cache(maxsize=1024)  # a plan repeats its heading row on every page
def _read_columns(cells: tuple[tuple[int, int, str], ...], horizons: bool = True, roles: frozenset[int] = frozenset()
                  ) -> tuple[tuple[tuple[int, int, str, str, str, float, str], ...], float] | None:
    """((col, span, field, label, value, score, basis) per cell, confidence 0–1) of a heading row, or
    None when the row's cells do not read as headings. horizons: a run of relative horizons ('Short
    | Middle | Long') is a block of period columns (not when words are under them: read_header).
    roles: headings of a RACI matrix's role columns (_raci_roles), names no field holds."""
    columns: list[tuple[int, int, str, str, str, float, str]] = []
    seen: set[str] = set()
    scores: list[float] = []
    filled = others = 0
    labels = [heading_text(text) for _, _, text in cells]
    # a run of period headings ('Apr | May | … | Mar', 'Q1 … Q4'): one piece of evidence, a timeline
    # or progress grid beside the plan's own headings (periods.py reads its cells)
    run = set(run_of_periods(labels, horizons))
    # a Gantt chart's day columns, or its scale of day, week or period numbers and dates beside the
    # task list (taskheads.run_of_scale): no field, and no reference
    chart = set(run_of_scale(labels))
    days = set(run_of_weekdays(labels)) | chart
    labels = [("" if k in days else label) for k, label in enumerate(labels)]
    # a risk register's scores headed by initials ('L | I | Score'): named columns, not references
    scoring = set(risk_score_letters(labels))
    apart = scoring | roles  # headings of named columns no field holds, read by what is under them
    labels = [("" if k in apart else label) for k, label in enumerate(labels)]
    if any(any(ch.isalnum() for ch in label) and looks_like_ref(label) and task_heading(label) is None
           for k, label in enumerate(labels) if k not in run):
        return None  # '5', '2.1': a reference is data, never a heading ('Q1' in a run of quarters is one)
    # each heading read as joined again ('Autum' / 'n RAG' in a narrow column is 'Autumn RAG', a
    # term's rating: read as printed it is a lone RAG column's 'n RAG')
    readings = [read_heading(label) if any(ch.isalnum() for ch in label) else () for label in labels]
    if _long_cell_beside_values(labels, readings):
        return None  # a first task beside its owner and status, not a heading row
    choices = assign_fields(readings)
    _what_the_how_is_for(labels, readings, choices)
    _what_good_looks_like(readings, choices)
    _actions_under_a_shared_heading(labels, readings, choices)
    _done_as_action(labels, readings, choices)
    _revised_due(labels, readings, choices)
    _next_step_beside_task(labels, readings, choices)
    _risk_as_area(labels, readings, choices)
    if scoring and not any(c is not None and c.field == "action" and c.score >= SURE_ACTION_HEADING for c in choices):
        return None  # a risk register's scores and controls, no column of actions: no plan's headings
    _owners_in_column_order(labels, readings, choices)
    if not run:
        run = set(_dated_updates(labels, readings, choices))
    for i in run:
        choices[i] = Reading(PERIOD_FIELD, 90.0, why="one of a run of period headings")
    # a risk register whose actions a column heads beyond doubt ('… | procedure | action'), or whose
    # treatments a column heads beside who owns each ('… | Mitigation | Owner'), may be a plan (the
    # walker's register reader decides): its scoring columns are named ones (vocab.RISK_REGISTER_COLUMN_WORDS)
    registered = risk_register(labels) and _register_may_plan(choices)
    for i, ((col, span, _), label, chosen, read) in enumerate(zip(cells, labels, choices, readings, strict=True)):
        if i in apart:  # a risk's likelihood or impact score, a RACI role: a column no field holds
            columns.append((col, span, "", heading_text(cells[i][2]), "", 0.0, "other"))
            continue
        if not any(ch.isalnum() for ch in label):  # empty, or marks a conversion left (', , ,')
            columns.append((col, span, "", "", "", 0.0, "chart" if i in chart else "unread"))
            continue
        if i in run:
            columns.append((col, span, PERIOD_FIELD, label, "", 90.0, "heading"))
            continue
        filled += 1
        if chosen is None and read and read[0].field and read[0].score >= DECENT:
            # a heading that reads surely as a field another column took ('Cabinet Lead 2' beside
            # 'Cabinet Lead 1', a second date): understood, as much as one naming something else
            chosen = Reading("", read[0].score, why=f"a second {read[0].field}")
        if chosen is None and registered and set(fold(label).split()) & RISK_REGISTER_COLUMN_WORDS:
            # a risk register's own column ('severity', 'likelihood', 'riskscore') beside its actions
            chosen = Reading("", 100.0, why="a risk register's column")
        if chosen is None or not chosen.field:
            others += chosen is not None  # a heading that names something else ('Resources')
            columns.append((col, span, "", label, "", 0.0, "other" if chosen is not None else "unread"))
            continue
        seen.add(chosen.field)
        scores.append(chosen.score)
        columns.append((col, span, chosen.field, label, chosen.value, chosen.score, "heading"))
    if run:  # the run counts once, as a column saying when
        filled += 1
        seen.add(PERIOD_FIELD)
        scores.append(90.0)
    known = len(scores)
    if known < 2 or not seen & _KEY_FIELDS:
        return None
    rags = [c for c in columns if c[2] == "rag"]
    # the cells read as RAG, or that would be but for an earlier RAG column taking the field: not a
    # cell read as something else that mentions a RAG ('Commentary on status and RAG ratings')
    rag_cells = [t for t, c in zip(labels, columns, strict=True) if t.strip() and c[2] in ("rag", "")
                 and next(iter(read_heading(t)), None) is not None and read_heading(t)[0].field == "rag"
                 and read_heading(t)[0].score >= DECENT]
    if len(rag_cells) >= 2 and rags:
        # several RAG columns ('Spend RAG rating', 'Delivery RAG rating'): each a rating under its label
        columns = [(col, span, "rating" if label in map(squash_label, rag_cells) else name, label, value, score, basis)
                   for col, span, name, label, value, score, basis in columns]
        seen = (seen - {"rag"}) | {"rating"}
    if "responsible" in seen and "lead" not in seen:
        # the only column naming who is responsible is the lead ('Responsible person')
        columns = [(*c[:2], "lead", *c[3:]) if c[2] == "responsible" else c for c in columns]
        seen = (seen - {"responsible"}) | {"lead"}
    # (a register whose treatments and their owners are headed is read as far as its headings go, whatever
    # other detail it prints: its cells decide, in the walker's register reader, whether it is a plan)
    plan_like = bool(seen & {"action", "milestones"}) or (bool(seen & CONTENT_FIELDS) and bool(seen & DETAIL_FIELDS)) \
        or registered
    if not plan_like and not (seen & CONTENT_FIELDS and known >= 3) and not _details_beside_unnamed(columns, seen):
        return None
    # who and when beside columns no heading names: one of those is to hold the actions (read_header
    # decides by the cells below), so it counts as read here
    pending = 1 if not seen & CONTENT_FIELDS and _details_beside_unnamed(columns, seen) else 0
    unknown = max(filled - known - others - pending, 0)
    share = (known + pending + 0.5 * others) / filled
    # a wide sheet's heading row names many things no field holds (start date, delivery stage,
    # funding): five fields read, one of them what is done, carry it
    wide = known >= 5 and bool(seen & {"action", "milestones"})
    # an export of a tracking tool ('Summary | Issue key | Status | … | Assignee | … | Due date' and a
    # hundred custom fields): its system columns outnumber any share, but what is done, who and by
    # when are among them
    export = (filled >= EXPORT_COLUMNS and wide and len(seen & DETAIL_FIELDS) >= 2) \
        or _task_list_export(columns)
    if ((share < 0.5 and not (wide and share >= 0.35)) or (share < 0.6 and known < 3)) and not export:
        return None
    if export:
        unknown = min(unknown, 2)  # its system fields say nothing against the headings read
    mean = sum(scores) / known / 100
    confidence = mean * (0.7 + 0.3 * share) + 0.05 * min(known - 2, 3) - 0.05 * unknown
    return tuple(columns), confidence


# a cell this many words long (outside brackets), and this many times as long as each other cell of its
# row, is long for a heading beside them (headings of a row are short alike; a task beside its owner's
# initials and its status is not); and how surely the other cells must read as headings to carry it
_LONG_CELL_WORDS = 4
_MUCH_LONGER = 3
_SURE_HEADING = 85.0


def _long_cell_beside_values(labels: Sequence[str], readings: Sequence[tuple[Reading, ...]]) -> bool:
    """Is the row a first row of data whose task opens with a heading's words ('Actions from the audit |
    HS | Completed', 'Progress report to the board | J Smith | 31/03/2025')? A cell much longer than every
    other cell of the row, beside cells that for the most part read as no heading surely (initials, a
    name, a date, a status's value): a heading row's cells read as headings each ('Action to be taken
    to address the issue | Lead | Date'). A question is a heading's form however long, and so are names set
    side by side ('Purpose | Priorities | Success measures/Performance criteria')."""
    sizes = [len(_words_outside_brackets(label)) if any(ch.isalnum() for ch in label) else 0 for label in labels]
    filled = [k for k, n in enumerate(sizes) if n]
    if len(filled) < 2:
        return False
    k = max(filled, key=lambda j: sizes[j])
    others = [j for j in filled if j != k]
    if sizes[k] < _LONG_CELL_WORDS or sizes[k] < _MUCH_LONGER * max(sizes[j] for j in others) \
            or "?" in labels[k] or fold(labels[k]).split()[0] in HEADING_QUESTIONS or _names_side_by_side(labels[k]):
        return False
    sure = sum(bool(readings[j]) and readings[j][0].score >= _SURE_HEADING for j in others)
    return 2 * sure < len(others)


def _names_side_by_side(label: str) -> bool:
    """Is a cell two or more headings a slash sets side by side, each surely a heading on its own
    ('Success measures/Performance criteria')? Long for its names' sake, not a task's: a heading."""
    names = _alternatives(label)
    return len(names) > 1 and all((r := read_heading(n)) and r[0].score >= _SURE_HEADING for n in names)


def _register_may_plan(choices: Sequence[Reading | None]) -> bool:
    """Do a risk register's headings name its actions beyond doubt, or its treatments beside who owns
    each ('Mitigation | Owner')? Then it may be a plan of those treatments, as a register headed
    'Risk | … | Mitigation | Owner' is (structure.register_of_actions judges the cells)."""
    fields = {c.field for c in choices if c is not None and c.score >= DECENT}
    sure = any(c is not None and c.field == "action" and c.score >= SURE_ACTION_HEADING for c in choices)
    return sure or ("resolution" in fields and bool(fields & {"lead", "responsible"}))


def _has_words(label: str, words: set[str]) -> bool:
    folded = f" {fold(label)} "
    return any(f" {w} " in folded for w in words)


def _revised_due(labels: Sequence[str], readings: Sequence[tuple[Reading, ...]],
                 choices: list[Reading | None]) -> None:
    """Beside the due date, a due-date heading that says it is revised ('Revised due date', 'New
    target date') holds the date now agreed: it takes REVISED_DUE_FIELD, and the due field goes to
    the surest of the other due headings (the original)."""
    dues = [i for i, read in enumerate(readings) if read and read[0].field == "due" and read[0].score >= DECENT]
    revised = [i for i in dues if _has_words(labels[i], REVISED_DUE_WORDS)]
    original = [i for i in dues if i not in revised]
    if not revised or not original:
        return
    for i in revised:
        choices[i] = Reading(REVISED_DUE_FIELD, readings[i][0].score, why="a revised date beside the due date")
    if not any(choices[i] is not None and choices[i].field == "due" for i in original):  # type: ignore[union-attr]
        best = max(original, key=lambda i: (readings[i][0].score, -i))
        choices[best] = readings[best][0]


def _next_step_beside_task(labels: Sequence[str], readings: Sequence[tuple[Reading, ...]],
                           choices: list[Reading | None]) -> None:
    """Beside a heading naming the task itself ('Task title', 'Action'), one naming the action to
    take next ('Next action', 'Next step') holds the step after what is done so far, an update of
    the task: the task is the action, the next step its progress. Only when the task's heading reads
    as the action decently and opens with no such word itself, and no column holds the progress."""
    chosen = next((i for i, c in enumerate(choices) if c is not None and c.field == "action"), None)
    if chosen is None or not opens_with_word(labels[chosen], NEXT_STEP_WORDS):
        return
    tasks = [i for i, read in enumerate(readings) if i != chosen and read and read[0].field == "action"
             and read[0].score >= DECENT and not opens_with_word(labels[i], NEXT_STEP_WORDS)
             and (choices[i] is None or choices[i].field in ("", "action"))]  # type: ignore[union-attr]
    if len(tasks) != 1 or any(c is not None and c.field == "progress" for c in choices):
        return
    task = tasks[0]
    choices[task] = readings[task][0]
    choices[chosen] = Reading("progress", readings[chosen][0].score,
                              why="the next step beside the task: its progress")


def opens_with_word(label: str, words: frozenset[str]) -> bool:
    """Does the heading's first word (folded, '_' read as a space) belong to words?"""
    first = fold(label).replace("_", " ").split()[:1]
    return bool(first) and first[0] in words


def _names_an_owner(read: tuple[Reading, ...]) -> bool:
    """Does a heading name an owner ('Lead', 'Executive lead', 'SRO', 'Operational lead') rather
    than the responsibility itself ('Responsible officer', 'Support')? Its surest reading says."""
    return bool(read) and read[0].field == "lead" and read[0].score >= DECENT


def names_elected_member(label: str) -> bool:
    """Does an owner heading name an elected member ('Lead Member', 'Cabinet Member', 'Portfolio
    holder', 'Cllr') rather than an officer? 'Member of staff' is an officer."""
    words = fold(label).split()
    return any(w in ELECTED_MEMBER_WORDS and not (w.startswith("member") and words[k + 1:k + 2] == ["of"])
               for k, w in enumerate(words))


def _owners_in_column_order(labels: Sequence[str], readings: Sequence[tuple[Reading, ...]],
                            choices: list[Reading | None]) -> None:
    """Two owner columns ('Executive lead | Operational lead', 'SRO | Delivery lead', 'Lead |
    Executive lead'): the first is the lead and the other the second owner, the responsible,
    whatever their words say of seniority. A reader (and the contract: 'responsible: a second owner
    column') takes the first owner printed as the lead; people put the one they answer to first
    as often as the one who does the work. A heading that names the responsibility itself
    ('Responsible officer') keeps it wherever it stands."""
    lead = next((i for i, c in enumerate(choices) if c is not None and c.field == "lead"), None)
    second = next((i for i, c in enumerate(choices) if c is not None and c.field == "responsible"), None)
    if lead is not None and second is None and any(c is not None and c.field == "action" for c in choices):
        # (in a row that heads a plan's columns, the action's among them: a form's 'Lead officer |
        # Participation Lead' row is a label and its value, no two owner headings)
        # an owner heading left unread before the lead, its one reading lost to a surer lead heading
        # after it ('Exec sponsor | Accountable manager'): the first owner printed, so the lead
        second = next((i for i in range(lead) if choices[i] is None and _names_an_owner(readings[i])), None)
        if second is not None:
            choices[second] = Reading("responsible", readings[second][0].score, why="an owner heading unread")
        else:  # or after it ('Lead | Sponsor'): the second owner printed
            after = next((i for i in range(lead + 1, len(choices))
                          if choices[i] is None and _names_an_owner(readings[i])), None)
            if after is not None:
                choices[after] = Reading("responsible", readings[after][0].score,
                                         why=f"{readings[after][0].why} (the second of two owner columns)")
    if lead is None or second is None or second > lead:
        return
    if not (_names_an_owner(readings[lead]) and _names_an_owner(readings[second])):
        return
    if names_elected_member(labels[second]) and not names_elected_member(labels[lead]):
        # 'Lead Member | Lead Officer': the member answers for the work politically, the officer
        # beside leads it; the member stays the second owner
        return
    choices[second] = Reading("lead", readings[second][0].score, readings[second][0].value,
                              f"{readings[second][0].why} (the first of two owner columns)")
    as_second = next((r for r in readings[lead] if r.field == "responsible" and r.score >= DECENT), None)
    choices[lead] = Reading("responsible", as_second.score if as_second else 90.0,
                            why="the second of two owner columns")


def names_a_round(label: str) -> bool:
    """Does a progress heading name the date or period of its round ('Update Jan 25', 'Progress
    update (Feb 2025)', 'Commentary Q3')?"""
    if find_dates(label):
        return True
    rest = [w for w in fold(label).split() if classify(w)[0] != "progress"]
    return bool(rest) and read_period(" ".join(rest)) is not None


def remarks(label: str) -> bool:
    """A heading of side remarks ('Comments', 'Assurance Notes' under a group): no progress word before them."""
    words = fold(label).split()
    for k in range(len(words)):
        if " ".join(words[k:]) in REMARK_HEADINGS:
            return not any(classify(w)[0] == "progress" for w in words[:k])
    return False


def _dated_updates(labels: Sequence[str], readings: Sequence[tuple[Reading, ...]],
                   choices: list[Reading | None]) -> list[int]:
    """A tracker adds a column for each round of updates ('Update Jan 25 | Update Apr 25'): two or
    more progress headings that each name their round are a progress grid of words (the latest
    round's update is the progress, periods.latest_update). Side remarks beside them ('Comments')
    then give way: kept aside under their heading."""
    dated = [i for i, read in enumerate(readings) if read and read[0].field == "progress" and names_a_round(labels[i])]
    if len(dated) < 2:
        return []
    for i, chosen in enumerate(choices):
        if i not in dated and chosen is not None and chosen.field == "progress" and remarks(labels[i]):
            choices[i] = Reading("", chosen.score, why="remarks beside dated updates")
    return dated


def _what_the_how_is_for(labels: Sequence[str], readings: Sequence[tuple[Reading, ...]],
                         choices: list[Reading | None]) -> None:
    """'Plan | How to Implement | Next Steps': a column headed by how something is done says what is
    done; the column straight before it, whose heading reads as nothing sure ('Plan', 'Goal area'),
    holds what that is for: the objective, unless a column already holds objectives."""
    taken = {c.field for c in choices if c is not None}
    if "objective" in taken:
        return
    for i, chosen in enumerate(choices):
        if i == 0 or chosen is None or chosen.field != "action" or not chosen.why.startswith("question how"):
            continue
        before, read = choices[i - 1], readings[i - 1]
        if before is None and any(ch.isalpha() for ch in labels[i - 1]) and \
                (not read or (read[0].field == "action" and read[0].score < DECENT)):
            choices[i - 1] = Reading("objective", DECENT, why="what the 'how' column after it is for")
        return


def _what_good_looks_like(readings: Sequence[tuple[Reading, ...]], choices: list[Reading | None]) -> None:
    """'What good will look like | How we will evidence impact': two questions that both read as the
    measure; the one asking how it is evidenced or known is the measure, and the one asking what the
    result will look like describes the state sought: the outcome, unless a column holds outcomes."""
    if any(c is not None and c.field == "outcome" for c in choices):
        return
    measures = [i for i, c in enumerate(choices) if c is not None and c.field == "measure"]
    looks = [i for i, rs in enumerate(readings) if rs and rs[0].field == "measure"
             and rs[0].why.startswith("question what") and rs[0].why.endswith("look")]
    others = [i for i, rs in enumerate(readings) if rs and rs[0].field == "measure" and i not in looks]
    if len(looks) == 1 and others and (measures == looks or measures == others[:1]):
        k = looks[0]
        choices[k] = Reading("outcome", readings[k][0].score,
                             why="what the result will look like, beside how it is evidenced")
        j = others[0]
        held = choices[j]
        if held is None or not held.field:
            choices[j] = readings[j][0]


def _actions_under_a_shared_heading(labels: Sequence[str], readings: Sequence[tuple[Reading, ...]],
                                    choices: list[Reading | None]) -> None:
    """'Theme / action', 'Priority and actions': a heading that names a context first and the
    action after it holds the actions when no other column can (none reads as what is done, none
    is left blank for content to name); the context comes as rows that span the table ('Theme 1:
    Safer streets'), which the walker reads as areas."""
    if any(c is not None and c.field in ("action", "milestones") for c in choices):
        return
    if any(not any(ch.isalnum() for ch in label) for label in labels[1:]):
        return  # an unlabelled column may hold the actions: read_header decides by its cells
    for i, chosen in enumerate(choices):
        if chosen is None or chosen.field not in ("area", "objective"):
            continue
        # named after the context ('Theme / action'), not asked ('What you said' asks what was said)
        later = [r for r in readings[i][1:] if r.field == "action" and not r.why.startswith("question")]
        if later:
            choices[i] = Reading("action", DECENT, why=f"the action named beside its {chosen.field} ({later[0].why})")
            return


def _done_as_action(labels: Sequence[str], readings: Sequence[tuple[Reading, ...]],
                    choices: list[Reading | None]) -> None:
    """'You said | We did', 'Complaint | What we did | Date': a column of what was done reads as
    progress beside a column of actions; but beside what was raised (a column read as the area:
    what people said, a complaint, a concern) and no column naming what is to be done, it is the
    record of the actions taken in answer: it takes its reading as the action (vocab
    HEADING_PHRASES). A log of departures from a specification ('Spec said | We did | Why') raises
    nothing: its rows stay no actions."""
    if any(c is not None and c.field in ("action", "milestones") for c in choices):
        return
    if not any(c is not None and c.field == "area" for c in choices):
        return
    if any(not any(ch.isalnum() for ch in label) for label in labels[1:]):
        return  # an unlabelled column may hold the actions: read_header decides by its cells
    for i, chosen in enumerate(choices):
        if chosen is None or chosen.field != "progress":
            continue
        done = [r for r in readings[i][1:] if r.field == "action" and r.score >= DECENT]
        if done:
            choices[i] = Reading("action", done[0].score, why=f"what was done, where no column names what is to "
                                                             f"be done ({done[0].why})")
            return


def _words_of(label: str) -> list[str]:
    return [w for part in _segments(label) for w in part]


def risk_score_letters(labels: Sequence[str]) -> list[int]:
    """The headings (indices into `labels`) that are a risk register's scores by their initials
    ('Ref | Risk title | L | I | Score': likelihood and impact; vocab.RISK_SCORE_LETTERS): two or
    more such letters side by side (a scan's '1 | 1' too), in a row where another heading names the
    risk. Alone, a letter
    heading is as likely a reference ('A', 'B'); a pair beside a risk is a scoring, never data."""
    letter = [fold(label).strip(" .") in RISK_SCORE_LETTERS or label.strip(" .") in RISK_SCORE_LOOKALIKES
              for label in labels]
    if not any("risk" in _words_of(label) for label, one in zip(labels, letter, strict=True) if not one):
        return []
    return [k for k, one in enumerate(letter)
            if one and ((k > 0 and letter[k - 1]) or (k + 1 < len(letter) and letter[k + 1]))]


def _risk_as_area(labels: Sequence[str], readings: Sequence[tuple[Reading, ...]],
                  choices: list[Reading | None]) -> None:
    """A risk register with a column of actions to mitigate each risk ('Risk | Description | Risk
    owner | Rating | Further actions to mitigate | Lead | By when'): the actions are the plan's, and
    the risk they mitigate is their area, as a theme is over its actions. The column naming the risk
    itself ('Risk', 'Risk title'; 'Risk description' where no title is printed: vocab
    RISK_TITLE_WORDS, RISK_DESCRIPTION_WORDS), printed before the actions, is the area; the risk's
    owner ('Risk owner') is the area's lead when another column names the actions' own owner
    ('Lead', 'Action owner'), which is then the lead. A column of risks printed after the actions
    ('Action | Lead | Risks') says what may go wrong with each: no area."""
    acts = [i for i, c in enumerate(choices)
            if c is not None and c.field == "action" and c.score >= SURE_ACTION_HEADING]
    if not acts or any(c is not None and c.field == "area" for c in choices):
        return
    ranked = []
    for i, label in enumerate(labels[:acts[0]]):
        words = _words_of(label)
        rest = set(words) - {"risk"}
        if "risk" not in words or len(words) > 3:
            continue
        if rest <= RISK_TITLE_WORDS:
            ranked.append((0, i))
        elif rest <= RISK_DESCRIPTION_WORDS:
            ranked.append((1, i))
    if not ranked:
        return
    area = min(ranked)[1]
    choices[area] = Reading("area", 90.0, why="the risk the actions mitigate, in a risk register")
    owners = [i for i, c in enumerate(choices) if c is not None and c.field in ("lead", "responsible")
              or c is None and _names_an_owner(readings[i])]
    risks = [i for i in owners if "risk" in _words_of(labels[i])]
    theirs = [i for i in owners if i not in risks]
    if len(risks) != 1 or not theirs:
        return
    choices[risks[0]] = Reading("area_lead", 90.0, why="the risk's owner, in a risk register with the actions' own")
    if not any(choices[i] is not None and choices[i].field == "lead" for i in theirs):  # type: ignore[union-attr]
        read = readings[theirs[0]]
        choices[theirs[0]] = Reading("lead", read[0].score if read else 90.0,
                                     why="the actions' owner, beside the risk's owner")


def risk_register(labels: Sequence[str]) -> bool:
    """A heading row of a risk register ('Risk | Cause | Likelihood | Impact | Mitigation | Risk
    owner'): a heading that names the risk itself and one that scores or treats it."""
    words = [[w for part in _segments(label) for w in part] for label in labels if label.strip()]
    if scored_and_treated(words):
        return True
    # a heading pointing at a risk kept elsewhere ('Related Risk') names no risk of this table
    names_risk = [i for i, ws in enumerate(words) if "risk" in ws and len(ws) <= 4
                  and not set(ws) & CROSS_REFERENCE_WORDS]
    if not names_risk:
        return False
    # the risk is what the table is about (its first heading), or the table scores it
    scored = any(w in ("likelihood", "probability", "severity") for ws in words for w in ws)
    treated = any(w in RISK_REGISTER_WORDS for ws in words for w in ws)
    return scored or (names_risk[0] == 0 and treated)


def party_register(labels: Sequence[str]) -> bool:
    """A heading row of a register of parties ('Stakeholder | Role | Position/Interest | What do we need
    from them?'): one heading names the parties (vocab.PARTY_HEADING_WORDS), another weighs where each
    stands (PARTY_STANCE_WORDS), and none says who acts or by when. Each row describes a party; what is
    wanted of it is no task anyone owns, and the names are the parties, not leads. A heading read as
    the doer ('Responsible Party') names no party of the register."""
    words = [{w for part in _segments(label) for w in part} for label in labels if label.strip()]
    readings = [next(iter(read_heading(label)), None) for label in labels if label.strip()]
    fields = [r.field if r is not None and r.score >= DECENT else "" for r in readings]
    parties = {i for i, ws in enumerate(words) if ws & PARTY_HEADING_WORDS and fields[i] not in ("lead", "responsible")}
    stances = {i for i, ws in enumerate(words) if ws & PARTY_STANCE_WORDS}
    if not parties or not stances - parties:
        return False
    return not {"lead", "responsible", "due"} & set(fields)


def scored_and_treated(words: Sequence[Sequence[str]]) -> bool:
    """Do headings (each as its words) score each row on both axes of a risk matrix and say how it is
    treated ('ID | Description | Likelihood | Severity | Mitigation | Owner')? The rows are risks
    though no heading says so: the word 'risk' is often only in the title or a banner above
    ('Project Risks'). The three in three different headings: one heading holding them all is a
    sentence, not a register's columns."""
    def heading_with(vocabulary: frozenset[str]) -> set[int]:
        return {i for i, ws in enumerate(words) if set(ws) & vocabulary}
    likely, impact, treated = (heading_with(v) for v in (RISK_LIKELIHOOD_WORDS, RISK_IMPACT_WORDS,
                                                          RISK_TREATMENT_WORDS))
    return any(len({a, b, c}) == 3 for a in likely for b in impact for c in treated)


def issue_to_fix(labels: Sequence[str]) -> int | None:
    """The column (index into `labels`) naming each issue in a remediation plan: an issue log whose
    headings also say when each issue is to be put right ('Issue Title | Issue Description |
    Remediation Priority | Remediation Timeline | Status', vocab.ISSUE_REMEDY_WORDS beside a heading
    read as the due date). Each row is then a fix to make by that date: the first heading naming the
    issue ('Issue Title', 'Issue') says what is to be fixed. None for any other heading row."""
    words = [[w for part in _segments(label) for w in part] for label in labels]
    names = [i for i, ws in enumerate(words) if set(ws) & ISSUE_NOUNS and len(ws) <= 4]
    if not names or sum(1 for ws in words[:names[0]] if ws) > 1:
        return None
    if not any(set(ws) & ISSUE_REMEDY_WORDS and any(r.field == "due" and r.score >= DECENT
                                                    for r in read_heading(label)[:1])
               for ws, label in zip(words, labels, strict=True)):
        return None
    return names[0]


def issue_log(labels: Sequence[str]) -> bool:
    """A heading row of an issue log ('Issue ID | Issue description | Date raised | Raised by |
    Priority | Impact | Owner | Status'): its first or second heading names the issue itself, and
    another says when or by whom it was raised or how much it matters (vocab.ISSUE_LOG_WORDS). Its
    rows are problems, each with an owner, not things to be done; a column of actions beside them
    makes it a plan too (structure.register_of_actions decides)."""
    if any(r.field in ("action", "milestones") and r.score >= DECENT
           for label in labels for r in read_heading(label)[:1]):
        return False  # 'Issue | Priority | Agreed action | Owner | Due date': an audit tracker, a plan
    words = [[w for part in _segments(label) for w in part] for label in labels if label.strip()]
    names = [i for i, ws in enumerate(words) if set(ws) & ISSUE_NOUNS and len(ws) <= 4]
    if not names or names[0] > 1:
        return False
    if issue_to_fix(labels) is not None:
        return False  # 'Issue Title | … | Remediation Timeline | Status': when each is to be fixed, a remediation plan
    return any(w in ISSUE_LOG_WORDS for k, ws in enumerate(words) if k not in names for w in ws)


# ---- labels of key: value forms ------------------------------------------------------------------

_LABEL_SEPARATOR = re.compile(r"(:|\s[-–]\s)")
_SCOPE_FILLERS = {"this", "the", "each", "our", "that", "whole"}


@lru_cache(maxsize=4096)
def area_lead_of(text: str) -> str:
    """The person a line names as the lead of a whole area ('Lead for this priority: Jo Whitfield',
    'Executive sponsor: Sam Okafor', 'Priority lead – A. Khan', 'Lead: Kieran Dunmore'); '' when the
    line is no such label and value. The label's head names a lead (vocab.AREA_LEAD_HEADS); words
    before it, or after 'for', name what is led (AREA_LEAD_MODIFIERS). A bare 'Owner' or 'Sponsor'
    says too little: only a bare 'Lead' or 'Lead officer' counts alone (under an area's heading)."""
    parts = _LABEL_SEPARATOR.split(text.strip(), maxsplit=1)
    if len(parts) != 3:
        return ""
    label, sep, value = parts[0], parts[1], squash(parts[2])
    words = [_singular(w) for w in fold(label).split()]
    if not sep or not value or not 1 <= len(words) <= 7 or words_over(value, 15) or "\n" in label:
        return ""
    scope: list[str] = []
    if "for" in words:
        cut = words.index("for")
        scope = [w for w in words[cut + 1:] if w not in _SCOPE_FILLERS]
        words = words[:cut]
        if not scope or any(w not in AREA_LEAD_MODIFIERS for w in scope):
            return ""
    ends = [" ".join(words[-n:]) for n in (2, 1) if len(words) >= n]
    head = next((end for end in ends if end in AREA_LEAD_HEADS), "")
    if not head:
        return ""
    modifiers = words[:len(words) - len(head.split())]
    if any(w not in AREA_LEAD_MODIFIERS for w in modifiers):
        return ""
    if not modifiers and not scope and head not in AREA_LEAD_ALONE:
        return ""
    return clean(value)


def split_area_lead(text: str) -> tuple[str, str]:
    """(the text without it, the lead) for text that ends with a label naming the area's lead
    ('Strengthen early help for families\nLead for this priority: Jo Whitfield', or the same run
    together on one line by a PDF's reader); (text, '') when it names none."""
    flat = squash(text)
    # each separator in turn: the label may follow the title's own ('Council estate and
    # operations - Lead: Helen Okafor', 'Priority 1: Homes - Lead: Jo Whitfield')
    for m in _LABEL_SEPARATOR.finditer(flat):
        before = flat[:m.start()].split()
        for n in range(min(len(before), 7), 0, -1):  # the longest label first: 'Lead for this priority'
            if n > 1 and any(w.startswith("(") for w in before[-n + 1:]):
                continue  # a label in brackets opens at its bracket ('… services (Area lead: …)')
            lead = area_lead_of(" ".join(before[-n:]) + flat[m.start():])
            if lead:
                if lead.endswith(")") and lead.count(")") > lead.count("("):
                    # the label in brackets after the title ('… provision (Area lead: Jo Whitfield)'):
                    # the bracket closes the label, not the lead's name
                    lead = lead[:-1].rstrip()
                return " ".join(before[:-n]).rstrip(" -–:;,("), lead
    return text, ""


def lead_banner(text: str, fields: Iterable[str] = ()) -> str:
    """The person a row across a table names and nothing else, label and value ('Lead officer: Amira
    Khan, Head of Service', 'Executive lead: Chief Nurse (Helen Walsh)'): the lead of the rows under it
    where the table (its columns' fields) has no owner column, a plan grouped by who delivers it; ''
    when the text names a title too ('Homes – Lead: Jo Whitfield') or no lead, or the table has an
    owner column (then the row's person leads an area: Walker.area_lead_row)."""
    if {"lead", "responsible"} & set(fields):
        return ""
    title, lead = split_area_lead(squash(text))
    return lead if lead and not title.strip() else ""


_INDICATOR_NAMES = {"indicator", "kpi", "measure", "metric", "pi"}
_NAME_HEADS = {"title", "name", "description", "indicator", "kpi", "metric"}


@lru_cache(maxsize=4096)
def form_label_role(label: str) -> str:
    """The role of a label in an indicator's form ('Indicator Title | …', 'Target | 547.0'):
    'indicator', 'target', 'value', 'period', 'other' (a label of the form that no indicator field
    takes), or '' when the label is not one of an indicator's form."""
    key = fold(clean(label))
    if key in FORM_LABELS:
        return FORM_LABELS[key] or "other"
    words = key.split(None, 4)  # (five are too many: a long label's words need not all be split)
    # 'KPI name', 'Measure title', 'Performance indicator': a label naming the indicator itself
    if 1 <= len(words) <= 4:
        words = [_singular(w) for w in words]
        if words[-1] in _NAME_HEADS and _INDICATOR_NAMES & set(words):
            return "indicator"
    return ""


# ---- headings of an indicator (KPI) table ----------------------------------------------------------

_PERIOD = re.compile(r"^(?:q[1-4]|quarter\s*[1-4]|qtr\s*[1-4]|h[12]|ytd|\d{4}\s*[/-]\s*\d{2,4}|\d{4})\b", re.I)
_INDICATOR_EXACT = {syn: role for role, syns in INDICATOR_HEADERS.items() for syn in syns}


@lru_cache(maxsize=4096)
def indicator_role(label: str) -> tuple[str, float]:
    """(role, score 0–1) of a heading in an indicator table: 'indicator' (the name column),
    'target', 'value' (latest actual), 'period' (a column of figures for one period: 'Q2',
    'Mar-18', '2023/24'), 'rag', 'polarity', 'notes'; ('', 0) for none."""
    text = clean(label)
    key = fold(text)
    if not key or len(key) > 80:
        return "", 0.0
    if key in _INDICATOR_EXACT:
        return _INDICATOR_EXACT[key], 1.0
    period = bool(_PERIOD.match(key) or (find_dates(text) and not words_over(key, 4)))
    segments = _segments(text)
    if not segments:
        return "", 0.0
    words = [w for w in segments[0] if w != "s" and not w.isdigit()] or segments[0]
    if words[0] in ("indicator", "kpi"):
        return "indicator", 0.9  # 'Indicator % assessments in 45 days …': names squashed into the heading
    cut = next((i for i, w in enumerate(words) if i > 0 and w in HEADING_PREPOSITIONS), len(words))
    qualifier = INDICATOR_ROLE_WORDS.get(words[cut - 2], {}) if cut >= 2 else {}
    if words[cut - 1] in KPI_BLOCK_GENERIC_HEADS and qualifier \
            and not set(qualifier) & set(INDICATOR_ROLE_WORDS.get(words[cut - 1], {})):
        cut -= 1  # 'FYE 2018 Target Value': 'value' says only that it is a figure, 'target' which one
    found: dict[str, tuple[float, str]] = {}
    _add(found, INDICATOR_ROLE_WORDS.get(words[cut - 1], {}), 1.0, words[cut - 1])  # the head word
    for w in words[:cut - 1] + words[cut:]:
        _add(found, INDICATOR_ROLE_WORDS.get(w, {}), 0.7, w)
    role, (score, _) = max(found.items(), key=lambda kv: kv[1][0]) if found else ("", (0.0, ""))
    if period and score < 0.9:
        # the figure a period heading names after it ('2022/23 Target', '2024 Actual', 'Q2 2023/24
        # RAG'): a target, a latest figure or a RAG of that period, as 'Target 2024/25' is
        rest = _PERIOD.sub("", key, count=1).strip()
        after = indicator_role(rest) if rest and rest != key else ("", 0.0)
        if after[0] in ("target", "value", "rag") and after[1] >= 0.9:
            return after
        return "period", 0.9  # 'Q2', 'Mar-18', '2023/24' (but 'Target 2024/25' is a target)
    return role, score


def _reference_before_names(labels: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """The first heading when it names a reference column ('Ref', 'KPI ref', 'No.') and the
    second names the indicators: a code per indicator, kept beside its name; else None."""
    if len(labels) < 3:
        return None
    field, surety, _ = classify(labels[0][1])
    name, sure = indicator_role(labels[1][1])
    return labels[0] if field == "area_ref" and surety >= DECENT and name == "indicator" and sure >= 0.7 else None


# the most columns that group the indicators (priority, objective, theme, service) before their names
KPI_GROUP_COLUMNS = 3
# groups of a plan's kind before the indicators' names: its area and what it aims at
_KPI_GROUP_FIELDS = ("area", "objective", "outcome", "area_ref")


# a heading that surely names the indicators ('Metric', 'KPI', 'Performance indicator'), before
# an owner column is read as part of an indicator table
_SURE_NAMES = 0.9
# the most columns naming who answers for an indicator ('Lead director', 'Exec lead')
_KPI_OWNER_COLUMNS = 2


def _groups_before_names(labels: Sequence[tuple[int, str]]) -> list[tuple[int, str, str]] | None:
    """(col, role, label) of an indicator table whose names come after columns that group them
    ('Priority | Objective | Key Performance Indicator | Baseline | Target | Latest | RAG', a
    council plan's performance framework): the grouping columns are notes of each indicator (their
    text goes aside), the rest reads as an indicator table of its own. Only when the indicators'
    heading is sure (a 'KPI', an 'Indicator') and the rest gives a target and a latest figure (or
    a RAG beside the latest figure): a plan's 'Priority | Objective | Measure | Lead' is no such
    table. None otherwise."""
    for k in range(1, min(KPI_GROUP_COLUMNS, len(labels) - 2) + 1):
        role, score = indicator_role(labels[k][1])
        if role != "indicator" or score < 0.9:
            continue
        groups = labels[:k]
        # a column naming who answers for each indicator may stand before the names too ('Lead
        # director | Metric | Standard | Jul-26 | …'): the indicator's owner
        owners = {col for col, text in groups if classify(text)[0] in ("lead", "responsible")
                  and classify(text)[1] >= DECENT}
        if len(owners) > _KPI_OWNER_COLUMNS or not all(
                col in owners or classify(text)[0] in _KPI_GROUP_FIELDS and classify(text)[1] >= DECENT
                for col, text in groups):
            return None
        named = read_indicator_header(labels[k:])
        if named is None:
            return None
        roles = {role for _, role, _ in named}
        if not ("target" in roles and roles & {"value", "period"} or {"value", "rag"} <= roles and not owners):
            return None
        return named + [(col, "owner" if col in owners else "notes", " ".join(text.split())) for col, text in groups]
    return None


_FIRST_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def _earlier_figures(labels: Sequence[tuple[int, str]]) -> set[int]:
    """The columns of figures for a year before the target's ('2022/23 Outturn' beside '2023/24
    Target' and 'Q2 Actual'): the previous year's result, when another column gives the latest
    figure; such a column is no latest value. Empty when the headings print no such years."""
    read = [(col, _FIRST_YEAR.search(text), indicator_role(text)[0]) for col, text in labels]
    target_years = [int(year.group(1)) for _, year, role in read if role == "target" and year]
    # a period column of a later year ('2025/26 outturn' beside 'Q2 2026/27'): that period's
    # figure is the latest, the outturn before it no latest value even when it is the only one
    period_years = [int(year.group(1)) for _, year, role in read if role == "period" and year]
    if not target_years and not period_years:
        return set()
    values = [(col, year) for col, year, role in read if role == "value"]
    # the first year each prints ('2022/23' begins in 2022; 'Q2 2023/24' in 2023)
    early = {col for col, year in values if year and int(year.group(1)) < max(target_years + period_years)}
    later_period = bool(period_years) and all(int(y.group(1)) < max(period_years) for _, y in values if y)
    return early if len(early) < len(values) or later_period else set()


def _period_of_figure(label: str) -> tuple[str, str]:
    """(period, figure word) of a heading that names a period before a word that says only that its
    column holds a figure ('Q3 2026/27 Value', '2025/26 Actual' → ('Q3 2026/27', 'value')); ('', '') for
    any other heading."""
    words = clean(label).split()
    for cut in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        role, sure = indicator_role(tail)
        if role == "value" and sure >= 0.9 and indicator_role(head)[0] == "period":
            return head, fold(tail)
    return "", ""


def _periods_of_figures(roles: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Two headings or more each naming a period and the same figure word ('Q2 2026/27 Value | Q3 2026/27
    Value'): each is a period's column (the latest period's figure is the value, the others its
    history), under the period's name. One such heading stays the latest figure, and so do headings
    of different figures ('2022/23 Outturn' beside 'Q2 Actual': last year's result, this quarter's)."""
    found = {k: _period_of_figure(label) for k, (_, role, label) in enumerate(roles)
             if k > 0 and role in ("value", "notes")}
    by_word: dict[str, list[int]] = {}
    for k, (period, word) in found.items():
        if period:
            by_word.setdefault(word, []).append(k)
    periods = {k: found[k][0] for ks in by_word.values() if len(ks) >= 2 for k in ks}
    if not periods:
        return roles
    return [(col, "period", periods[k]) if k in periods else (col, role, label)
            for k, (col, role, label) in enumerate(roles)]


def read_indicator_header(labels: Sequence[tuple[int, str]]) -> list[tuple[int, str, str]] | None:
    """(col, role, label) per heading of an indicator table ('Performance indicator | Target | Q1 |
    … | RAG', 'Measure | Target | Actual | RAG rating', 'Objectively Verifiable Indicators |
    Timescale | Progress'), or None. The first heading names the indicators (or the second, after
    a reference column's: 'Ref | Measure | …', its role 'ref' listed last); the others give
    figures (target, latest value, periods) or a RAG, and none names an action or its lead. Or
    the first heading names the period of each row ('Period | Target | Actual | RAG', role
    'when'): a table of blocks, each indicator's name on a row of its own over its figures."""
    if len(labels) < 2:
        return None
    reference = _reference_before_names(labels)
    if reference is not None:  # 'Ref | Measure | Target | …': the name column comes second
        named = read_indicator_header(labels[1:])
        return named + [(reference[0], "ref", " ".join(reference[1].split()))] if named is not None else None
    if indicator_role(labels[0][1])[0] not in ("indicator", "period"):
        grouped = _groups_before_names(labels)  # 'Priority | Objective | KPI | Target | Latest | RAG'
        if grouped is not None:
            return grouped
    first_col, first = labels[0]
    role, score = indicator_role(first)
    # a table of blocks, one per indicator: its name on a row of its own, then a row of figures
    # per period ('Period | Target | Actual | RAG' over 'Q1 2024/25 | 85% | 82% | Amber')
    by_period = role == "period" and score >= 0.6 and not words_over(fold(first), 3)
    if (role != "indicator" or score < 0.7) and not by_period:
        return None
    roles: list[tuple[int, str, str]] = [(first_col, "when" if by_period else "indicator", " ".join(first.split()))]
    taken: set[str] = set()
    earlier = _earlier_figures(labels[1:])
    owners = 0
    for col, text in labels[1:]:
        name, sure = indicator_role(text)
        if col in earlier:
            name = "notes"  # last year's figure ('2022/23 Outturn' beside '2023/24 Target | Q2 Actual')
        field, surety, _ = classify(text)
        if name == "indicator" and surety < DECENT and sure >= 0.5:
            # 'Measure | Description | Frequency | Target | Actual': what the named indicator is, a note
            name, field = "notes", ""
        if field in ("lead", "responsible") and surety >= DECENT and sure < 0.6 and not by_period \
                and score >= _SURE_NAMES and owners < _KPI_OWNER_COLUMNS:
            # 'Metric | Lead director | Standard | Jul-26 | Jun-26 | RAG': who answers for each
            # indicator (a scorecard's owner column), when the rest give figures (checked below)
            owners += 1
            roles.append((col, "owner", " ".join(text.split())))
            continue
        if field in ("action", "lead", "responsible", "milestones") and (surety >= DECENT or sure < 0.6):
            return None  # an action plan's heading row (not a faint reading: 'Plan' is a KPI's target)
        if name in taken and name != "period" or sure < 0.6:
            name = "notes"
        taken.add(name)
        roles.append((col, name, " ".join(text.split())))
    roles = _periods_of_figures(roles)
    taken = {role for _, role, _ in roles[1:]}
    figures = taken & {"target", "value", "period", "rag"}
    if owners and not ("target" in taken and taken & {"value", "period"}):
        return None  # a lead column beside no target and latest figure: an action plan's headings
    if by_period and not ("value" in taken and taken & {"target", "rag"}):
        return None  # a period column beside figures that say no actual against a target
    if not figures and (len(labels) < 3 or "notes" in taken and len(taken) == 1 and score < 1.0):
        return None
    return roles


def slash_alternatives(label: str) -> list[str]:
    """The names a slash sets side by side in a heading ('Notes / Action Items' → both), as
    read_heading splits them; one name when the heading has no such slash."""
    return _alternatives(label)
