"""What a column holds, read from its cells: dates, people, RAG codes, statuses, references, sentences.

A person who meets a table with a vague heading, or none, reads the column: a column of dates is
when things are due, a column of names and job titles is who leads, a column of long sentences
that start with a verb is what will be done. This module profiles a column's cells and says
which field the content points to and how surely, so the walker can confirm a heading's reading,
name a column its heading left unnamed, or read a table that has no heading row at all.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from planx.normalise.codes import is_status_glyph, is_status_phrase, rag_of, rag_of_colour, status_of
from planx.normalise.dates import date_spans, find_dates
from planx.normalise.text import fold, squash, without_leader, words_over
from planx.normalise.vocab import (
    ACCOUNT_LINE_LABELS,
    ACTION_VERBS,
    COMMITMENT_MODALS,
    IRREGULAR_PARTICIPLES,
    LEVELLED_THINGS,
    MONTHS,
    NOTHING_WORDS,
    PRIORITY_LEVELS,
    PROMPT_PATTERNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    SIMPLE_PAST_REPORTS,
    SPAN_START_WORDS,
    STARTED_WORDS,
    TECH_ABBREVIATIONS,
    TIMESCALE_WORDS,
    TOTAL_LABELS,
)
from planx.normalise.vocab_tasks import DONE_FLAG_HEADING_WORDS, FLAG_VALUES

_ONE_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-ZÀ-ÖØ-Þ][a-zA-Zß-öø-ÿ'’\-]*(?:\s+[A-ZÀ-ÖØ-Þ][a-zA-Zß-öø-ÿ'’\-]*){1,2}"
# one or more names ('Janet Ó Briain', 'Kieran Pickering/Janet Ó Briain', 'A Smith and B Jones')
_NAME = re.compile(rf"^{_ONE_NAME}(?:\s*(?:/|,|&|\band\b)\s*{_ONE_NAME})*$")
# initials or acronyms of roles: 'HT', 'JS/AB', 'DHT & SENCO'
_INITIALS = re.compile(r"^[A-Z]{2,6}(?:\s*(?:/|,|&|\band\b)\s*[A-Z]{2,6})*$")
# '1', '2.3', '4b', 'A', 'B1', '3.': a number or a letter, not a word
_REF = re.compile(r"^\s*(?:\d{1,3}(?:[.\-]\d{1,3})*[a-z]?|[A-Za-z](?:[.\-]?\d{1,3})*)\s*[.)]?\s*$")
_FIGURE = re.compile(r"^\s*[<>≤≥~+\-]?\s*£?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|k|m|pp|days?|weeks?)?\s*$", re.I)
# what marks a figure as an amount, never a reference or a date: a sign, thousands, a unit
_AMOUNT = re.compile(r"^\s*[<>≤≥~+\-−]|\d,\d{3}|%|£|\d\.\d*0\s*$")
# a cell that only marks a box of a matrix ('X', 'x x', '✓'): a tick, not a word
_MARKS = re.compile(r"^(?:[xX✓✔✗✘]\s*)+$")
# a link or a file's place: evidence stored elsewhere ('https://…', 'www.…', '\\\\server\\share', 'S:\\Plans\\…')
_LINK = re.compile(r"^(?:https?://|www\.|file:|\\\\|[A-Za-z]:\\)\S*$", re.I)


def looks_like_link(text: str) -> bool:
    return bool(_LINK.match(text.strip()))


# a list's mark before a cell's words: Word's 'o' bullet only as a word of its own ('o Obtain …'), never
# the first letter of 'obtain', 'organise', 'open'
_LEADING_MARK = re.compile(r"^(?:[\s\-–•*·▪]|o(?=\s))*(?:\(?\d{1,2}[a-z]?[.)]\s*|\(?[a-z][.)]\s+)?")
# a word of a cell as the readers count words (letters, apostrophes, hyphens)
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def looks_like_name(text: str) -> bool:
    """'Kevin Brooks', 'Dr Anne O'Neil': two or three capitalised words (or several such, joined)."""
    return bool(_NAME.match(squash(text)))


@lru_cache(maxsize=8192)
def looks_like_person(text: str) -> bool:
    """A name, a role or a team, or their initials: what a lead column holds ('Head of Service',
    'SENCO / DHT', 'Ann Lee')."""
    t = squash(text)
    if not t or len(t) > 120:
        return False
    if names_technology(t):
        return False  # '(UI & API)': capitals as initials are, naming what, not who
    if looks_like_name(t) or _INITIALS.match(t):
        return True
    words = fold(t).split()
    if not words or len(words) > 12:
        return False
    joined = " " + " ".join(words) + " "
    return any(f" {w} " in joined for w in ROLE_WORDS)


def names_technology(text: str) -> bool:
    """Is the text only abbreviations naming technology, joined ('UI & API', 'DNS/CDN')
    (vocab.TECH_ABBREVIATIONS): set in capitals as initials are, yet no one's?"""
    words = [w for w in re.split(r"[\s&/,+]+|\band\b", fold(text)) if w]
    return bool(words) and all(w in TECH_ABBREVIATIONS for w in words)


# a meeting's action numbered by the month it was set ('Feb23.04', 'Sept 25.01', 'April 2023.2'): the
# month and year of the meeting, then the action's number in it (a log of actions from meeting to meeting)
_MEETING_ITEM_ID = re.compile(r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                              + r")\s?'?(?:\d{2}|\d{4})\s?[.\-/]\s?\d{1,3}$", re.I)


def meeting_item_id(text: str) -> bool:
    """Does the cell end in an action's number by the meeting that set it ('Feb23.04', 'Action closed
    Dec22.05')? A reference, not a date: its month and year say when it was set, not when it is due."""
    return bool(_MEETING_ITEM_ID.search(squash(text)))


@lru_cache(maxsize=8192)
def looks_like_when(text: str) -> bool:
    """A date or a timescale: 'March 2016', '2024/25', 'Summer term', 'Ongoing', 'Q3'; not a
    meeting's action number ('Feb23.04': meeting_item_id)."""
    t = squash(text)
    if not t or words_over(t, 16) or _MEETING_ITEM_ID.fullmatch(t):
        return False
    if find_dates(t):
        return True
    words = fold(t).split()
    timescale = sum(w in TIMESCALE_WORDS for w in words)  # numbers alone are not a when ('1, 2')
    return timescale >= 1 and timescale + sum(w.isdigit() for w in words) >= max(1, len(words) // 2)


def looks_like_ref(text: str) -> bool:
    """'1', '2.3', 'A', '4b', 'Feb23.04': a reference, not text."""
    return bool(_REF.match(text)) and len(text.strip()) <= 8 or bool(_MEETING_ITEM_ID.fullmatch(squash(text)))


def looks_like_rag(text: str) -> bool:
    """'Red', 'G', 'A/G', 'Amber': a RAG code. A bare 'A', 'B' or 'C' is as likely a reference."""
    t = squash(text).strip(" .")
    return bool(t) and len(t) <= 15 and t.upper() not in ("A", "B", "C") and bool(rag_of(t))


def _rag_letter(text: str) -> bool:
    """A bare 'A' or 'B' (or 'A.') that a RAG key reads: amber, blue."""
    t = squash(text).strip(" .")
    return t.upper() in ("A", "B") and bool(rag_of(t))


def looks_like_status(text: str) -> bool:
    t = squash(text)
    # a box or tick alone is a status mark even where it names no one status ('☒', '✗')
    return bool(t) and not words_over(t, 12) and (bool(status_of(t)) or is_status_glyph(t))


def looks_like_figure(text: str) -> bool:
    return bool(_FIGURE.match(squash(text)))


_TOTAL_WORD = "|".join(sorted((re.escape(t) for t in TOTAL_LABELS), key=len, reverse=True))
# 'Total actions: 4', 'Total spend £16,940', 'Grand total = 12': a total's label, a few words, then its figure
_TOTAL_WITH_FIGURE = re.compile(rf"^(?:{_TOTAL_WORD})s?\b(?:\s+[a-z]+){{0,4}}\s*[:=–\-]?\s*(?P<figure>\S.*)$")


# 'Subtotal – Safer neighbourhoods', 'Total for Theme 2', 'Sub-total (Capital)': a total's label, set
# apart, then the few words naming the group it sums up
_TOTAL_OF_GROUP = re.compile(rf"^(?:{_TOTAL_WORD})s?\s*(?:[:–—]|\s-\s|\(|\bfor\b|\bof\b)\s*"
                             rf"(?P<group>[^\s:–—()][^:–—()]*?)\)?$")
TOTAL_GROUP_WORDS = 6
# 'Fundraising total:', 'Proponent/government contribution total: $8,000,000': the group's name, then
# its total's label closed by a colon (or '='), and at most its figure
_GROUP_TOTAL = re.compile(r"^(?:[a-z][\w/&'’-]*\s+){1,4}(?:sub-?)?totals?\s*[:=]\s*(?P<figure>\S.*)?$")


# a year or a span of years a label closes with ('2013-2014', '2014/15', '2024')
_YEARS = re.compile(r"\s*\(?\b(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?\)?\s*$")
ACCOUNT_LINE_WORDS = 6  # words of an account line's label, at most


def account_line(text: str) -> bool:
    """Does a row's label name a line of a fund's account ('Carry Forward 2013-2014', 'Sport Grant
    Allocation 2014-2015', 'Balance remaining') rather than an action? A few words closing with an
    account's term (vocab.ACCOUNT_LINE_LABELS), the year it is for aside, and no verb of action
    ('Review the budget allocation' is an action)."""
    label = _YEARS.sub("", squash(text)).strip(" .:")
    folded = fold(label)
    if not folded or words_over(folded, ACCOUNT_LINE_WORDS) or looks_like_action(label):
        return False
    return any(folded == w or folded.endswith(" " + w) for w in ACCOUNT_LINE_LABELS)


def totals_label(text: str) -> bool:
    """Does a row's first text sum up the rows above ('Total', 'Subtotals', 'Total actions: 4',
    'Total spend £16,940', 'Subtotal – Safer neighbourhoods') rather than name an action? A total's
    label alone, or one of a few words followed by a figure only, or the label set apart by a dash,
    a colon, a bracket or 'for' before the name of the group it sums up ('Total transformation of the
    front door' is an action)."""
    if fold(text).rstrip(" s") in TOTAL_LABELS:
        return True
    group = _TOTAL_OF_GROUP.match(squash(text).lower().replace("sub-total", "subtotal").strip(" ."))
    if group is not None and not words_over(group.group("group"), TOTAL_GROUP_WORDS):
        return True
    named = _GROUP_TOTAL.match(squash(text).lower().strip(" ."))
    if named is not None and (named.group("figure") is None or looks_like_figure(named.group("figure"))):
        return True
    m = _TOTAL_WITH_FIGURE.match(squash(text).lower().strip(" ."))  # as printed: fold drops '£' and ',
    return m is not None and looks_like_figure(m.group("figure"))


def looks_like_amount(text: str) -> bool:
    """'-8,021.0', '45%', '£1,200': a figure that cannot be a reference or a date."""
    t = squash(text)
    return looks_like_figure(t) and bool(_AMOUNT.search(t))


@lru_cache(maxsize=8192)
def looks_like_action(text: str) -> bool:
    """An instruction as plans write it: 'Review the …', 'Developing a …', 'To ensure …'."""
    words = WORD.findall(_LEADING_MARK.sub("", text[:200]))
    if len(words) < 3:
        return False
    first = words[0].lower()
    if first == "to" and len(words) > 1:
        first = words[1].lower()
    elif words[1].lower() == "to" and _is_verb(words[2].lower()) and looks_like_person(words[0]):
        return True  # who is to act, then what: 'Governors to arrange …', 'JS to circulate …'
    elif _named_actor_to_act(words):
        return True
    elif _initials_to_act(words):
        return True
    first = british_spelling(first)
    if first in ACTION_VERBS:
        return True
    if first in _only_verbs() and (words[1].lower() in _OBJECT_OPENERS or len(words) >= 4):
        # any verb the lexicon knows, when an object or a preposition follows it ('Notify the
        # clerk …', 'Establish as a charity') or a phrase longer than a heading's ('Circulate
        # minutes and actions …', 'Nominate lead member for …'): a heading's first word may be a
        # verb too ('Spend RAG rating'), but a heading does not go on with 'the' nor run long
        return True
    stem = first[:-3] if first.endswith("ing") else ""
    return bool(stem) and (stem in ACTION_VERBS or stem + "e" in ACTION_VERBS or stem[:-1] in ACTION_VERBS)


# a person's initials ('AS', 'NO', 'JH'), which may spell a word, as minutes name who acts
_ACTOR_INITIALS = re.compile(r"[A-Z]{2,3}")
_ACTOR_MODALS = frozenset({"to", "should"})  # ("IT will come from …" says what will be, not who acts)


def _initials_to_act(words: list[str]) -> bool:
    """'AS to action 20mph limit', 'NO should do further research …': a person's initials, then what
    they are to do, a word in lower case and more after it; the verb need not be one the lexicon
    knows as only a verb ('order', 'action', 'do'): initials followed by 'to' name who acts."""
    return len(words) >= 4 and bool(_ACTOR_INITIALS.fullmatch(words[0])) and words[1] in _ACTOR_MODALS \
        and words[2].isalpha() and words[2].islower() and words[3] not in _ACTOR_MODALS


_ACTOR_JOINS = frozenset({"and", "&", "of", "the", "or"})  # 'RC or SS to reach out …': either acts


def _named_actor_to_act(words: list[str]) -> bool:
    """'ODUG and ODI to deliver …', 'Cabinet Office Transparency Team to work …', 'Data.gov.uk to
    provide …': a named body (capitalised words, up to five) that is to act, then the verb, as an
    action log words who does what."""
    for at in range(1, min(6, len(words) - 2)):  # the verb has words after it: headings stop there
        if words[at] == "to":  # lower case: a heading writes "Lead Officer To Confirm"
            named = words[:at]
            # one word names a body only as an acronym ('DCLG'): 'How to implement' is a heading
            body = len(named) >= 2 or (len(named[0]) >= 2 and named[0].isupper())
            return (body and named[0][:1].isupper()
                    and all(w[:1].isupper() or w.lower() in _ACTOR_JOINS for w in named)
                    and _is_verb(words[at + 1].lower()))
    return False


def british_spelling(word: str) -> str:
    """'organize' → 'organise', 'analyzing' → 'analysing': the verb lists are spelt the British
    way; plans from elsewhere spell the same verbs with -ize, -yze."""
    if ("iz" not in word and "yz" not in word) or word in ACTION_VERBS:
        return word
    spelt = word.replace("yz", "ys").replace("iz", "is")
    stem = spelt[:-3] if spelt.endswith("ing") else spelt
    known = spelt in ACTION_VERBS or spelt in _only_verbs() or stem + "e" in ACTION_VERBS or stem in ACTION_VERBS
    return spelt if known else word


def commits_to(words: list[str], within: int = 5) -> bool:
    """'We will …', 'The council will …', 'All staff need to …': a modal within the first words
    (folded), before any verb that reports ('The report said we will …' commits to nothing)."""
    for w in words[:within]:
        if w in COMMITMENT_MODALS:
            return True
        if w in REPORTING_VERBS:
            return False
    return False


def opens_with_verb(text: str) -> bool:
    """A cell of three words or more whose first word (after 'To') is a verb that opens an
    instruction, whatever follows it ('Notify Babcock that …', 'Invite Steve Bone to …'). Looser
    than looks_like_action, which also reads headings: for cells already read as a column's text."""
    words = WORD.findall(_LEADING_MARK.sub("", text[:200]))
    if words and words[0].lower() == "to":
        words = words[1:]
    return len(words) >= 3 and _is_verb(words[0].lower())


_INFINITIVE = re.compile(r"\b[a-z][\w'’\-]*\s+to\s+([a-z]+)\s+([a-z]+)\b")


def sets_infinitive_task(text: str) -> bool:
    """Does the text hold who is to do what, a noun then 'to', a verb and its object ('Action expired
    members TO REMOVE THEIR property', 'Ask tenants to return the forms')? A sentence's clause, never a
    name's: a topic's 'to' is a preposition before its noun ('Access to the library', 'Welfare to work')."""
    return any(_is_verb(m.group(1)) and opens_object(m.group(2)) for m in _INFINITIVE.finditer(text))


def gerund_stems(word: str) -> list[str]:
    """The base forms a word in -ing may come from ('developing' → 'develop', 'preparing' →
    'prepare', 'planning' → 'plan', 'issuing' → 'issue'); [] for any other word."""
    if len(word) < 6 or not word.endswith("ing"):
        return []
    stem = word[:-3]
    stems = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # 'planning' → 'plan'
    return stems


def opens_with_gerund(text: str) -> bool:
    """'Developing a Compliance Plan', 'Selecting the Chief Data Officer', 'Preparing a Data Portal …':
    a title of three words or more naming a step of work by its verb in -ing, as an implementation
    plan's sections name their activities. Only a verb's -ing form counts, and a word joined to it by
    'and' must be one too ('Developing and issuing …', not 'Learning and skills'). A report's headings
    take this form as well ('Building on success'): the callers weigh what the text under it says."""
    words = WORD.findall(_LEADING_MARK.sub("", text[:200]))
    if len(words) < 3 or not any(_is_verb(stem) for stem in gerund_stems(words[0].lower())):
        return False
    if words[1].lower() in {"and", "or"}:
        return any(_is_verb(stem) for stem in gerund_stems(words[2].lower()))
    return True


# words after a plural noun, never after a verb that opens a clause: 'Schools and colleges',
# 'Services for families', 'Reviews of …' (a verb takes its object: 'Publishes the …', 'Develops a …')
_NOUN_FOLLOWERS = frozenset("and or & of for in on at to from by across within between among".split())


def opens_with_present_verb(text: str) -> bool:
    """'Develops a shared …', 'Publishes the annual …', 'Encourages contributions from …': a
    third-person present verb (-s, -es, -ies) of a known verb of action, as a list of what a body
    does words each item, and then an object, not what follows a plural noun ('Schools and …',
    'Services for families', 'Issues raised by …'). Three words at least, as opens_with_verb asks."""
    words = WORD.findall(_LEADING_MARK.sub("", text[:200]))
    if len(words) < 3 or words[1].lower() in _NOUN_FOLLOWERS:
        return False
    stems = present_stems(words[0].lower())
    if any(stem in _only_verbs() for stem in stems):
        return True  # never a noun: 'Publishes', 'Encourages'
    # a plan verb that is a noun too ('Reviews', 'Issues', 'Targets'): not before a participle,
    # which follows the noun ('Issues raised by residents', 'Targets agreed with …')
    return any(stem in ACTION_VERBS for stem in stems) and not words[1].lower().endswith("ed")


def present_stems(word: str) -> list[str]:
    """The base forms a third-person present form may have: 'applies' → 'apply', 'publishes' →
    'publish', 'develops' → 'develop', 'encourages' → 'encourage' (stems of three letters or more)."""
    if not word.endswith("s") or word.endswith("ss"):
        return []  # 'process', 'address': no -s form
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return [british_spelling(s) for s in stems if len(s) >= 3]


_OBJECT_OPENERS = frozenset(
    "the a an all any each every this that these those their its our your his her them it us him "
    "with to for on in into up out off as at from by about across more further new".split())


def opens_object(word: str) -> bool:
    """Does the (lower-case) word open a noun phrase or a prepositional one ('the', 'a', 'to', 'with'):
    what follows a verb, never a verb itself?"""
    return word in _OBJECT_OPENERS


def _is_verb(word: str) -> bool:
    """A verb that opens an instruction: one of the plan verbs that are nouns too ('review',
    vocab.ACTION_VERBS, chosen by hand), or any English verb that is only a verb (verbs.txt)."""
    return word in ACTION_VERBS or word in _only_verbs()


def is_verb(word: str) -> bool:
    """A verb in base form (folded): a plan verb or an English verb that is only a verb (_is_verb)."""
    return _is_verb(word)


@lru_cache(maxsize=1)
def _only_verbs() -> frozenset[str]:
    """English verbs in base form that are never nouns or adjectives ('notify', 'publicise'),
    from a lexicon (scripts/make_verbs.py writes the file)."""
    text = (Path(__file__).parent / "verbs.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


_PROMPT = re.compile("^(?:" + "|".join(PROMPT_PATTERNS) + ")$")
# a template's marker or a record's code in place of text ('PF-USER_BIG-ISSUES-START'): no words
_MARKER = re.compile(r"^[A-Z0-9]+(?:[-_][A-Z0-9]+)*_[A-Z0-9_-]+$|^[A-Z0-9]+(?:-[A-Z0-9]+){3,}$")


def says_nothing(text: str) -> bool:
    """'None', 'N/A', 'No action', '-', a prompt left in a template ('Please select an option'):
    a cell that says there is nothing here."""
    t = squash(text)
    if not t:
        return False
    key = fold(t)
    return key in NOTHING_WORDS or bool(_PROMPT.match(key)) or not any(ch.isalnum() for ch in t)


def is_prompt(text: str) -> bool:
    """A template's prompt left where nothing was entered ('< Select >', 'Please select an option')."""
    return bool(_PROMPT.match(fold(squash(text))))


# a template's placeholder: '[Item]', '[Date added]', '[Name of lead]' (a Markdown link '[text](url)' is none)
_PLACEHOLDER = re.compile(r"\[[^\[\]]*[A-Za-z][^\[\]]{0,79}\](?!\()")
_BULLETS = re.compile(r"[•▪●◦○■\uf0b7\uf0a7]|(?<!\w)[-–*](?=\s)")


def fills_in(text: str) -> bool:
    """A template's instructions where an action goes: its placeholders ('[Item]') and the labels
    they follow ('Any items for the agenda to be put here: • [Item]'), with no text of its own."""
    t = squash(text)
    if not _PLACEHOLDER.search(t):
        return False
    rest = _BULLETS.sub(" ", _PLACEHOLDER.sub(" ", t)).strip()
    return not rest or rest.endswith(":")


def sentinel_row(texts: list[str]) -> bool:
    """A row that repeats one short word in three or more columns ('END | END | END'): a mark a
    template sets where its table stops, not an action (an action's cells say different things)."""
    words = {fold(t) for t in texts if t.strip()}
    return len([t for t in texts if t.strip()]) >= 3 and len(words) == 1 and not words_over(next(iter(words)), 2) \
        and not any(ch.isdigit() for ch in next(iter(words)))


def looks_like_marker(text: str) -> bool:
    """'PF-USER_BIG-ISSUES-ACROSS-PORTFOLIO-START': a code a template marks its cells with, not text."""
    return bool(_MARKER.match(squash(text)))


def names_who(text: str) -> bool:
    """A cell that says who (a name, a role, initials) and not what is to be done, or nothing."""
    return says_nothing(text) or (looks_like_person(text) and not looks_like_action(text))


def looks_like_priority_level(text: str) -> bool:
    """'High', 'M', 'Critical'; or a level of what it rates ('Low risk', 'Med risk', 'High priority')."""
    words = fold(text).split()
    if len(words) == 2 and words[1] in LEVELLED_THINGS:
        return words[0] in PRIORITY_LEVELS or words[0] == "med"
    return fold(text) in PRIORITY_LEVELS


@dataclass(frozen=True)
class ColumnProfile:
    """Shares (0–1) of a column's filled cells of each kind, and their mean length in words."""
    cells: int
    when: float = 0.0
    person: float = 0.0
    rag: float = 0.0
    # RAG codes counting the bare letters too ('A', 'B'), which are RAG codes only under a heading that names
    # a RAG ('Status (RAG)'): a bare 'A' or 'B' is as likely a reference elsewhere (looks_like_rag)
    rag_letters: float = 0.0
    status: float = 0.0
    ref: float = 0.0
    action: float = 0.0
    sentence: float = 0.0  # six words or more
    figure: float = 0.0
    amount: float = 0.0  # figures that can only be amounts ('-8,021.0', '45%')
    level: float = 0.0  # High / Medium / Low
    bare: float = 0.0  # no letter at all, or only marks: ticks, crosses, bullets, numbers ('•', '✓', 'X', '3')
    fill: float = 0.0  # cells with a fill and no text, or whose fill is a RAG colour
    who: float = 0.0  # cells naming who (and not what) or saying nothing ('None', 'N/A')
    who_when: float = 0.0  # cells giving who on their first line and when on their last ('J Smith' / 'May 2025')
    link: float = 0.0  # links and file paths (an evidence column)
    words: float = 0.0
    distinct: int = 0  # how many different texts the cells hold (after folding)
    # cells written as sentences, closed by a full stop ('On track.', 'Contract awarded.'): notes
    # someone wrote, not a value picked from a list
    closed: float = 0.0

    def describe(self) -> str:
        if choice_list(self):
            return f"a choice of {self.distinct} values over {self.cells} rows"
        kinds = [(k, getattr(self, k)) for k in ("when", "person", "who", "rag", "status", "ref", "action", "sentence",
                                                  "figure", "level", "bare", "link")]
        return ", ".join(f"{k} {v:.0%}" for k, v in kinds if v >= 0.3) or "mixed"


def profile(texts: Iterable[str], fills: int = 0) -> ColumnProfile:
    """The profile of a column from its cells' texts (empty ones are skipped); fills: cells that
    show a colour and no text."""
    raw = [t for t in texts if t and t.strip()]
    cells = [without_leader(squash(t)) for t in raw]  # (a leader's dots are no part of what a cell holds)
    n = len(cells) + fills
    if n == 0:
        return ColumnProfile(cells=0)
    # each cell's kinds, counted down the column (a table's cells are profiled again and again:
    # by the heading row's settling, the layouts' tests, the same cells under the next heading row)
    kinds = [_cell_kinds(t) for t in cells] or [(0,) * 16]
    (when, person, rag, status, rag_letters, ref, action, sentence, figure, amount, level, who, link, bare,
     closed, words) = (sum(column) for column in zip(*kinds, strict=True))
    return ColumnProfile(
        cells=n, when=when / n, person=person / n, rag=(rag + fills) / n, status=status / n,
        rag_letters=(rag_letters + fills) / n, ref=ref / n, action=action / n, sentence=sentence / n,
        figure=figure / n, amount=amount / n, level=level / n, fill=fills / n, who=who / n,
        who_when=sum(1 for t in raw if _who_then_when(t)) / n, link=link / n, bare=bare / max(len(cells), 1),
        words=words / max(len(cells), 1), distinct=len({fold(t) for t in cells}), closed=closed / n)


@lru_cache(maxsize=16384)
def _cell_kinds(t: str) -> tuple[int, ...]:
    """What profile counts of one (squashed) cell, in its order: 1 or 0 for each kind, then its words."""
    rag = looks_like_rag(t)
    return (int(looks_like_when(t)), int(looks_like_person(t)), int(rag), int(looks_like_status(t)),
            int(rag or _rag_letter(t)), int(looks_like_ref(t)), int(looks_like_action(t)), int(words_over(t, 5)),
            int(looks_like_figure(t)), int(looks_like_amount(t)), int(looks_like_priority_level(t)),
            int(names_who(t)), int(looks_like_link(t)),
            int(not any(ch.isalpha() for ch in t) or bool(_MARKS.match(t))), int(_closed_sentence(t)),
            len(t.split()))


@lru_cache(maxsize=16384)
def _who_then_when(text: str) -> bool:
    return who_then_when_lines(text) is not None


_ABBREVIATED_END = re.compile(r"\b(?:etc|e\.g|i\.e|approx|no|inc|ltd|st)\.$", re.I)


def _closed_sentence(text: str) -> bool:
    """Does a cell end as a written sentence does, with a full stop after a word ('Contract
    awarded.'), not an abbreviation's ('etc.') nor a lone letter's ('J. Smith' ends no sentence)?"""
    return text.endswith(".") and not text.endswith("..") and len(text) > 2 and text[-2].isalpha() \
        and not _ABBREVIATED_END.search(text) and not re.search(r"(?:^|\s)\w\.$", text)


_WHO_BY_WHEN = re.compile(r"^(.+?)\s*[,;]\s*(?:by|due|before)\s+(.+?)[.]?$", re.I)


# who, then when after a separator, in one cell ('Head of SEN – end of February 2026', 'HoS / Feb 26',
# 'Monitoring Officer, November 2025'), or when in brackets closing it ('DCO (28/09/2025)'): a column
# headed 'Owner / date' or 'Who and when' gives both so. The last such separator (a role may hold one).
_WHO_SEP_WHEN = (
    re.compile(r"^(?P<who>.+)\s[–—-]\s+(?P<when>[^–—]+?)[.]?$"),
    re.compile(r"^(?P<who>.+)\s/\s+(?P<when>.+?)[.]?$"),
    re.compile(r"^(?P<who>.+)[,;]\s+(?:(?:by|due|before)\s+)?(?P<when>[^,;]+?)[.]?$", re.I),  # (_WHO_BY_WHEN)
    re.compile(r"^(?P<who>.+?)\s*\((?P<when>[^()]+)\)[.]?$"),
)


def _who_dash_when(text: str) -> tuple[str, str] | None:
    """(who, when) of a cell that names who, then when after a spaced dash or slash, a comma, or in
    brackets, the two run together as a narrow column wraps them ('Deputy Head (Teaching and' /
    'Learning) - Feb 2026', 'SENCo - May' / '2026'): the part after the separator a date or timescale of
    a few words, the part before it no date."""
    t = squash(text)
    for pattern in _WHO_SEP_WHEN:
        m = pattern.match(t)
        if m is not None and _reads_who_when(m["who"].strip(), m["when"].strip()):
            return m["who"].strip(), m["when"].strip()
    return None


def _reads_who_when(who: str, when: str) -> bool:
    """Is `who` someone (no date, not a sentence) and `when` a due date or timescale of a few words? A
    range's first end before the separator ('Head of X' / 'April - June 2026') is no who, and a date the
    work started from ('from April 2026', 'commenced 2024') no due date; a status or a RAG before the date
    ('Complete (Mar 2025)', 'Green / Jun 26') says how it stands, not who; and a role after a comma is
    the who's own, its date on after it ('M. Patel, Commissioning Manager' / 'Autumn term 2025'):
    _named_before_date."""
    if not who.split() or not fold(when).split():  # ('Allocation (£)': a sign alone folds to nothing)
        return False
    first = fold(when).split()[0]
    return not (words_over(when, 6) or not looks_like_when(when) or not find_dates(when) and words_over(when, 2)
                or first in SPAN_START_WORDS or first in STARTED_WORDS or _named_before_date(when)
                or looks_like_when(who) or find_dates(who) or looks_like_status(who) or looks_like_rag(who)
                or words_over(who, 8) and not looks_like_person(who)
                or fold(who.split()[-1]).strip(".,") in MONTHS or who.split()[-1][:1].isdigit())


def _named_before_date(when: str) -> bool:
    """Does a `when` hold a name's words before its date: a capitalised word that is no timescale or
    month ('Commissioning Manager Autumn term 2025', 'Education end of June 2026')? Then the separator
    parted the who's own words (a role after a comma: 'Assistant Director, Education'), not who from
    when; a date's lead-in words are timescale words or lower case ('End of June 2026', 'by May')."""
    spans = date_spans(when)
    before = when[:spans[0][0]] if spans else when
    return any(w[:1].isupper() and fold(w) not in TIMESCALE_WORDS and fold(w) not in MONTHS
               for w in before.split())


def _date_lines_together(lines: list[str]) -> list[str]:
    """The cell's lines with a date that wraps over them joined again on the last line: a narrow
    column prints 'Dec' / '2025' or 'Head of Service' / '31 March' / '2026', and the lines before
    the date's own are the who (none for 'Dec' / '2025': the cell is a date alone, no lead's)."""
    joined = " ".join(lines)
    spans = date_spans(joined)
    if not spans:
        return lines
    start, offset = spans[-1][0], 0
    for k, line in enumerate(lines):
        if start < offset + len(line) + 1:
            return [*lines[:k], " ".join(lines[k:])]
        offset += len(line) + 1
    return lines


def who_then_when_lines(text: str) -> tuple[str, str] | None:
    """(who, when) of a cell that names who on its first line(s) and when on its last alone
    ('Sarah Whitfield' / 'Sept 2025'), or who and when parted by a spaced dash ('Head of SEN – May
    2026', wrapped anywhere); None otherwise. The first line may be no date and no sentence; the last
    must be a date or timescale of a few words."""
    dashed = _who_dash_when(text)
    if dashed is not None:
        return dashed
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    if len(lines) == 1:  # 'Sarah Whitfield, by Sept 2025': who, then when after 'by' on the same line
        m = _WHO_BY_WHEN.match(lines[0])
        lines = [m.group(1), m.group(2)] if m else lines
    if len(lines) < 2:
        return None
    lines = _date_lines_together(lines)
    if len(lines) < 2:
        return None
    when = lines[-1]
    if words_over(when, 6) or not looks_like_when(when) or looks_like_when(lines[0]) \
            or words_over(lines[0], 8) and not looks_like_person(lines[0]):
        return None
    return "\n".join(lines[:-1]), when


# the most words of a status printed before the date in a due cell ('Completed May 2019', 'Not yet started: Sept 2021')
STATUS_BEFORE_WHEN_WORDS = 3
_WORD_BREAK = re.compile(r"\s+")


def status_then_when(text: str) -> str:
    """The status a due cell prints before its date on one line ('Completed May 2019', 'Done -
    12/03/2020', 'Delayed: Autumn 2021'): an accessibility plan's time-frame column says when each
    was done, or how it stands, with the date; '' for any other cell (a date alone, 'As and when the
    need arises', a sentence). The words before the date are a status phrase and nothing more
    (codes.is_status_phrase), what follows holds a date. A timescale word ('Ongoing', 'Continuous')
    says how long the work runs, in a due cell as on its own, not how it stands."""
    t = squash(text)
    if "\n" in text.strip() or not t:
        return ""
    words = _WORD_BREAK.split(t)
    for n in range(min(STATUS_BEFORE_WHEN_WORDS, len(words) - 1), 0, -1):
        head, rest = " ".join(words[:n]), " ".join(words[n:]).lstrip(" :–—-")
        if fold(head).strip() in TIMESCALE_WORDS:
            continue  # 'Ongoing but particular focus 2019-20': how long it runs, as 'Ongoing' alone says
        if is_status_phrase(head.rstrip(" :–—-,")) and rest and find_dates(rest) and looks_like_when(rest):
            return status_of(head.rstrip(" :–—-,"))
    return ""


# a status after a date on one line, set off by a spaced slash or dash ('Summer 2012 / ONGOING',
# 'March 2026 – complete'); the last separator (a date may hold one: 'April – June 2025 / Complete')
_STATUS_AFTER_WHEN = re.compile(r"^(?P<when>.*\S)\s+[/–—-]\s+(?P<status>[^/–—]+)$", re.S)


_REMARK = re.compile(r"^\(.*\)$")


def when_then_status_lines(text: str) -> tuple[str, str] | None:
    """(when, status) of a cell that gives when on its first line(s) and how far on its last alone
    ('Summer 2012' / 'ONGOING', '21/05/12' / 'COMPLETED', under 'Finish & status'), or after a
    spaced slash or dash ('Summer 2012 / ONGOING', 'March 2026 – complete'); None otherwise. The
    status is a few words with no date (a timescale word such as 'Ongoing' after a date says how
    it stands); what comes before it a date or timescale."""
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    if len(lines) >= 2:
        status, when = lines[-1], "\n".join(lines[:-1])
        # a bracketed remark on the date ('End-June' / '(ahead of 4 July Meeting)' / 'COMPLETED') is
        # part of the when, not what it is
        dated = [ln for ln in lines[:-1] if not _REMARK.match(ln)]
        if dated and len(dated) < len(lines) - 1 and looks_like_when("\n".join(dated)):
            when = "\n".join(lines[:-1])
            if not words_over(status, 4) and looks_like_status(status) and not find_dates(status):
                return when, status
    elif lines and (m := _STATUS_AFTER_WHEN.match(lines[0])) is not None:
        status, when = m.group("status").strip(), m.group("when")
    else:
        return None
    if words_over(status, 4) or not looks_like_status(status) or find_dates(status) \
            or not looks_like_when(when) or not find_dates(when) and looks_like_when(status):
        return None
    return when, status


def flag_not_done(label: str, texts: Iterable[str]) -> bool:
    """A column of a tool's TRUE / FALSE flags whose heading does not tie them to the task being done
    ('Is Recurring', 'Late' beside 'Done?'): vocab reads 'true' and 'false' as statuses for a 'Done?'
    column, but under another heading they say whether the task repeats or is late, not how it stands."""
    cells = [fold(squash(t)) for t in texts if t.strip()]
    return bool(cells) and all(c in FLAG_VALUES for c in cells) \
        and not set(re.findall(r"[a-z]+", fold(label))) & DONE_FLAG_HEADING_WORDS


_TICK_GRID_COLUMNS = 3  # columns of nothing but ticks side by side, at least: a grid of ticks
_TICK_CHARS = 3  # a tick cell is a mark or two ('✓', '▢', 'X', 'x x')


def _tick(text: str) -> bool:
    """A cell that marks a box and says nothing more ('✓', '▢', 'X'): no letter nor digit, or crosses."""
    t = text.strip()
    return bool(t) and len(t) <= _TICK_CHARS and (not any(ch.isalnum() for ch in t) or bool(_MARKS.match(t)))


def in_tick_grid(col: int, rows: Iterable[Sequence[tuple[int, str, Any]]]) -> bool:
    """Is the column one of a grid of tick columns ('Label | Description | LA | PA | SB | TP', each row
    ticked under the scopes it belongs to): _TICK_GRID_COLUMNS columns or more, this one among them,
    whose filled cells are all ticks? A tick there says the row belongs to the column's heading (a
    scope, an audience, a party), not how the row stands: a status column is one column of its own.
    The grid's rows are those that tick a box: a row with no tick is its headings printed again over
    the next group of rows ('Label | Description | LA | PA …'), no row of it."""
    cells: dict[int, list[str]] = {}
    for row in rows:
        if not any(_tick(text) for _, text, *_ in row):
            continue
        for c, text, *_ in row:
            if text.strip():
                cells.setdefault(c, []).append(text)
    ticked = {c for c, texts in cells.items() if all(map(_tick, texts))}
    return col in ticked and len(ticked) >= _TICK_GRID_COLUMNS


def field_by_content(p: ColumnProfile) -> tuple[str, float]:
    """(field, confidence 0–1) the column's content points to; ('', 0) when it points nowhere.

    'text' is prose that could be any text field (action, outcome, progress …)."""
    if p.cells < 2:
        return "", 0.0
    if p.figure >= 0.7 and p.amount >= 0.2:
        return "figure", p.figure
    if p.ref >= 0.8 and p.words <= 1.5:
        return "area_ref", p.ref
    if p.level >= 0.8:
        return "", 0.0  # a priority level (High / Medium / Low): no contract field
    if p.rag >= 0.7 and p.words <= 2:
        return "rag", p.rag
    if p.who_when >= 0.7:
        return "lead", p.who_when  # who, then when on the cell's last line: the lead's (actions.who_then_when)
    if p.when >= 0.7 and p.sentence <= 0.3:
        return "due", p.when
    if p.status >= 0.7 and p.words <= 8:
        return "status", p.status
    if p.person >= 0.7 and p.words <= 8:
        return "lead", p.person
    if p.figure >= 0.7:
        return "figure", p.figure
    if p.action >= 0.5 and p.words >= 5:
        return "action", p.action
    if p.sentence >= 0.6:
        return "text", p.sentence
    return "", 0.0


# the content each field's column holds, for checking a heading's reading against its cells
_TEXT_FIELDS = {"action", "objective", "outcome", "measure", "progress", "area", "milestones"}


def contradicts(field: str, p: ColumnProfile) -> bool:
    """Does a column's content say its heading was misread? A text field over a column of bare
    references, a priority level under 'Priority', ticks and bullets under 'Actions' (a matrix
    marking which actions serve which practice), or a choice from a short list under 'Action'."""
    if p.cells < 3:
        return False
    if field in ("action", "milestones") and choice_list(p):
        return True
    if field == "area" and p.level + p.status >= 0.6:
        return True  # risk levels and statuses ('Low Risk', 'On Track'): a rating of each row, no grouping
    if field in _TEXT_FIELDS:
        # links to evidence held elsewhere say no measure, action or progress themselves
        return (p.ref >= 0.8 and p.words <= 1.5) or p.level >= 0.8 or p.bare >= 0.6 or p.link >= 0.6
    return False


def names_groups(p: ColumnProfile, rows: int) -> bool:
    """A column of titles that each head a group of rows: short phrases ('Strengthen early help for
    families'), printed once per group (a merged cell, or text on the group's first row only) so
    fewer cells than rows, or the same title repeated; no dates, people, ratings or references. An
    unlabelled first column so is the area of the rows it spans."""
    if p.cells < 1 or rows < 2 or p.words > 10:
        return False
    if max(p.when, p.person, p.rag, p.status, p.ref, p.figure, p.bare) >= 0.3:
        return False
    return p.cells < rows or p.distinct < p.cells


def choice_list(p: ColumnProfile) -> bool:
    """A column filled from a short list of choices ('Retain', 'Transform', 'Retain'… over seven
    hundred rows of a register): a word or two per cell and a handful of different values over
    many rows. What is to be done is said in words of its own on each row; a choice from a list is a
    category or a decision, not an action."""
    return p.cells >= 12 and p.words <= 2.0 and p.distinct <= max(3, p.cells // 20)


def holds_prose(p: ColumnProfile) -> bool:
    """Long sentences in most cells (notes of a discussion, a commentary): never who acts or when,
    whatever the heading over the column says."""
    return p.cells >= 2 and p.sentence >= 0.6 and p.words >= 12 and p.when < 0.3


# the least share of a column's cells with no word in them (figures, ranges, marks) for it to hold no words
NO_WORDS_SHARE = 0.6


def holds_no_words(p: ColumnProfile) -> bool:
    """Figures, ranges and marks in most cells ('0-1', '>1<3', '12', '✓'), hardly a word: never
    what is to be done, whatever the heading over the column says (a scale's or a key's column
    met under an action heading carried over from a table before)."""
    return p.cells >= 3 and p.bare >= NO_WORDS_SHARE and p.words < 2


def marks_who_acts(p: ColumnProfile, widest: float) -> bool:
    """A column headed 'Action' beside a column of long notes, holding mostly who will act or
    'None' ('Clerk', 'Kay Dicken', 'None'): the action column of a table of minutes, which marks
    who acts on a discussion. Its cells are no actions (an action log elsewhere lists them)."""
    return p.cells >= 3 and p.who >= 0.5 and p.words <= 4 and widest >= max(8.0, 3 * p.words)


def columns_of(rows: Sequence[Sequence[tuple[int, str, str | None]]]) -> dict[int, ColumnProfile]:
    """{grid column: profile} of a table's rows, each row as (col, text, fill) cells."""
    texts: dict[int, list[str]] = {}
    fills: dict[int, int] = {}
    for row in rows:
        for col, text, fill in row:
            if text.strip():
                texts.setdefault(col, []).append(text)
            elif rag_of_colour(fill):  # a RAG shown by colour alone (banding greys are not)
                fills[col] = fills.get(col, 0) + 1
    return {col: profile(texts.get(col, []), fills.get(col, 0)) for col in sorted(set(texts) | set(fills))}


# the share of instructions a column of a declared action log needs (plan_columns), the rest being
# the deliverables it names
DECLARED_LOG_ACTIONS = 0.4


# a sparse column of a table without headings is its status when this share of its cells are status words
SPARSE_STATUS = 0.9


def _rag_in_words(out: dict[int, str], fields: dict[int, tuple[str, float]],
                  profiles: dict[int, ColumnProfile]) -> None:
    """A RAG shown twice, a coloured dot and its word beside it ('● | Amber'): the word is the RAG as
    printed, the dot only its colour; the column of words is read as the RAG."""
    dots = [c for c, name in out.items() if name == "rag" and profiles[c].words == 0]
    words = [c for c, (name, _) in sorted(fields.items()) if name == "rag" and c not in out and profiles[c].words > 0]
    if dots and words:
        del out[dots[0]]
        out[words[0]] = "rag"


def plan_columns(profiles: dict[int, ColumnProfile], rows: int, declared_log: bool = False) -> dict[int, str] | None:
    """{grid column: field} for a table without a heading row whose columns, read by content,
    make a plan: a column of actions (or of sentences) beside a column of dates or of people.
    declared_log: the document's title names it an action log (normalise/logtitle.py), so a column
    of instructions alone is its actions. None when the content does not say plan."""
    if rows < 2:
        return None
    fields = {col: field_by_content(p) for col, p in profiles.items() if p.cells >= max(2, rows // 2)}
    if sum(1 for name, _ in fields.values() if name == "figure") >= 2:
        return None  # columns of figures: a budget or a data table, not a plan
    text_cols = [c for c, (f, _) in fields.items() if f in ("action", "text")]
    if not text_cols:
        return None
    action_col = max(text_cols, key=lambda c: (profiles[c].action, profiles[c].words))
    if profiles[action_col].action < 0.3:
        return None  # prose without instructions: a narrative table, not a plan
    out: dict[int, str] = {action_col: "action"}
    taken = {"action"}
    for col, (name, _) in sorted(fields.items()):
        if col == action_col or name in ("", "text", "figure", "action") or name in taken:
            continue
        if name == "area_ref" and col > action_col:
            continue  # references come before what they number
        out[col] = name
        taken.add(name)
    _rag_in_words(out, fields, profiles)
    # a column filled only where there is something to say, each time a status ('Carried forward'
    # beside 6 of a log's 18 actions, blank beside the new ones): the status, however sparse
    for col, p in sorted(profiles.items()):
        if "status" not in taken and col > action_col and col not in out and p.cells >= 2 \
                and p.status >= SPARSE_STATUS and p.words <= 3 and p.sentence == 0:
            out[col] = "status"
            taken.add("status")
    # a plan says when, or who does what it instructs, or how far each instruction has got (an
    # action log of 'Develop benefits case | Completed': its status column plain beyond doubt)
    # (a RAG column is as plain: 'Red', 'Amber', 'Complete' or a RAG dot beside each instruction, as a
    # highlight report's slide prints its bullets)
    sure_status = any(name in ("status", "rag") and share >= 0.8 for name, share in fields.values())
    # … or, in a document that calls itself an action log, a column where instructions and the
    # things to deliver ('ToR for workstream', 'Stakeholder engagement plan') share the rows
    if declared_log and "due" not in taken and profiles[action_col].action >= DECLARED_LOG_ACTIONS:
        return out
    if "due" not in taken and not (("lead" in taken or sure_status) and profiles[action_col].action >= 0.6):
        return None
    return out


# 'have *regularly taken part', 'has been raised': a perfect tense (an adverb may stand between)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\W?[a-z]+ly\s+)?(?:been\s+)?([a-z]+)\b")
# 'To be implemented from September 2014', 'Yet to be started': the work is still to happen
_PENDING = re.compile(r"^\s*(?:still\s+|yet\s+|not\s+yet\s+)?to\s+be\s+[a-z]+ed\b|^\s*not\s+yet\b", re.I)


def reports_what_happened(text: str) -> bool:
    """Does a cell tell what the work did or where it stands ('151 children have taken part …',
    '6 children attended …', 'To be implemented from September 2014') rather than what it is meant
    to achieve ('All children to have access …', 'Pupils will be more active')? A perfect tense, a
    verb in the simple past after its subject (vocab.SIMPLE_PAST_REPORTS), or the work said to be
    still to come; never a cell that says what will be."""
    t = squash(text)
    words = fold(t).split()
    if not words or "will" in words:
        return False
    if _PENDING.match(t):
        return True
    lower = t.lower()
    for m in _PERFECT.finditer(lower):
        word = m.group(1)
        if word.endswith("ed") or word in IRREGULAR_PARTICIPLES:
            return True
    return any(w in SIMPLE_PAST_REPORTS for w in words[1:])
