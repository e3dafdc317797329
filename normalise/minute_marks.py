"""Who acts, how it stands and by when, as minutes mark them on an action point.

minutes.py reads the structure of minutes (labels, lists under them, numbered blocks, cards, the
paragraph an owner-only label closes); this module reads the marks on one point or sentence that
say who does it, its status and its date, and the unlabelled shorthand by which minutes set a task:

- who: initials, a name or a role ('JS', 'AHop/MS', 'Mike Stephens', 'Clerk and Chair', 'All
  governors': is_owner, with is_role the one role test over vocab.OWNER_ROLE_WORDS), set before the
  point ('AA/CG We should …', '(EF) Update …'), as its subject ('JS to circulate …'), after it
  ('… (JS)', '… – Clerk', '… Lead: Sarah': lead_of), before a colon ('Guillaume: call …':
  named_before_colon), closing it in brackets with a status ('… (Todo, Prasanth)':
  labelled_bracket_owner, status_owner_item), as names and when ('Wenming/Alex/Jim by 4/6':
  owners_by_when), or as a scribe's handle before a bare verb ('brent open an issue':
  handle_before_verb);
- the minutes' unlabelled shorthand for a task set: inline after the minute ('…, action Mags.':
  inline_points), a line of its own ('Clerk to write': lone_minute_action), a closing or opening
  clause ('…, Karen to keep on the case.': committed_item), a decision ('Agreed that the Secretary
  will …': agreed_action);
- status: a status printed after a point or on a line under it ('… – done. _Closed._', 'Action
  complete': trailing_status, status_under_action), words from vocab.STATUS_WORDS;
- when: 'by 3 May', '(Lead: Head of SEND, by March 2026)' (due_of, bracketed_note).

Each reader takes only what its mark shows and says nothing of the text around it, so that the one
test of who acts (is_owner / is_role) and the one list of roles serve every shape minutes print.
Vocabularies are data in normalise/vocab.py (OWNER_ROLE_WORDS, MINUTE_GROUP_OWNERS, MINUTE_NOT_OWNERS,
MINUTE_TOPIC_WORDS, STATUS_WORDS, STATUS_OWNER_WORDS).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from planx.normalise.codes import CAPITAL_STATUS_DASH, is_status_phrase, status_of
from planx.normalise.columns import opens_object, opens_with_verb
from planx.normalise.dates import find_dates
from planx.normalise.lexicon import zipf
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import (
    BODY_WORDS,
    DELIVERABLE_NOUNS,
    KIND_SUBJECT_BODIES,
    MEMBER_BODY_WORDS,
    MINUTE_ACTION_LABELS,
    MINUTE_GROUP_OWNERS,
    MINUTE_NOT_OWNERS,
    MINUTE_TOPIC_WORDS,
    NAME_INITIAL_NOT_FIRST_WORDS,
    NAME_TITLES,
    NEW_ITEM_MARKS,
    OWNER_ROLE_WORDS,
    STATUS_OWNER_WORDS,
    STATUS_WORDS,
    WILL_NO_TASK_WORDS,
)

# ---- the marks of a list's item: its bullet, and where its sentence ends -------------------------
_GLYPHS = "•●○◦■▪\uf0b7\uf0a7"  # the bullet glyphs a point may open with ('○ Action MW: …')
# the bullet glyphs _ITEM reads (dashes, '*', '+' and numbers aside); boxes: Word's checkbox bullets as
# LibreOffice prints them ('❏ Ask specific questions.')
_GLYPH_MARKS = "•▪●◦○■❏❑☐\uf0b7\uf0a7"
GLYPH_MARKS = _GLYPH_MARKS  # for the walker: a paragraph opening with one is a list's item
_ITEM = re.compile(r"(?:^|\s)(?:[•▪●◦○■❏❑☐\uf0b7\uf0a7]|(?<!\w)[-–*+](?=\s)|\(?(?:\d{1,2}|[a-h])[.)](?=\s))\s*")


# a list item's mark before the point's words: a bullet glyph (or a symbol font's read twice), Word's 'o'
_POINT_MARK = re.compile(rf"^\s*(?:[{_GLYPHS}\-–*]+|[Øqü§][\uf000-\uf0ff]|o(?=\s+[A-Z]))\s+")
# where a sentence ends: a stop before a capital or a bracket, or a blank line
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(\d]|\s*$)|\n\s*\n")


# ---- who acts: initials, names, roles, and where minutes set them beside a point -------------------

# one who acts: initials ('JS', 'AHop', 'JTe'), a name ('Mike Stephens'), a role ('Clerk', 'Trustees')
_INITIALS = re.compile(r"^(?:[A-Z]{2,6}|[A-Z]{1,3}[a-z]{1,3}|[A-Z][a-z]?[A-Z][a-z]{0,2})$")
# a name's capital and letters: Latin letters with their accents ('Çağıl Uluşahin Sonmez', 'Kátia', 'Łukasz')
_CAP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LETTERS = "a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ"
_TITLES = "|".join(NAME_TITLES)  # vocab.NAME_TITLES: 'Cllr', 'Dr', 'Cyng'
# a name, its title before it and its initials perhaps ('Cllr. J. Davies', 'A. Thomas', 'Cllrs .H. Gwynne': a
# stop set before the initial, as typed)
_NAME = re.compile(rf"^(?:(?:{_TITLES})\.?\s+)?(?:\.?[{_CAP}]\.\s*){{0,2}}[{_CAP}][{_LETTERS}'’\-]+"
                   rf"(?:\s+[{_CAP}][{_LETTERS}'’\-]+){{0,2}}$")
_OWNER_SPLIT = re.compile(r"\s*(?:/|,|&|\+|\band\b)\s*")
# '… (JS)', '… – JS', '… Owner: JS', '… Lead: Clerk' at the end of an action sentence
# (or in square brackets, as a site's minutes print it: '… protocols \\[SIG PMs]', '… \\[new for Helen Jeffrey]')
_TRAILING_OWNER = re.compile(r"(?:\s*\(([^()]{1,40})\)|\s+[-–—]\s*([^-–—]{1,40})|\s*\b(?:owner|lead|by whom|who)"
                             r"\s*[:\-–]\s*(.{1,40})|\s*\[([^\[\]]{1,40})\])\s*[.]?\s*$", re.I)
# a note in brackets saying whom an action is for ('[new for members]', '(for Helen Jeffrey)'): who acts
_FOR_WHOM = re.compile(r"^(?:new\s+)?for\s+(?=\S)", re.I)
# 'JS to circulate …', 'The Clerk to write …', 'All governors to read …', 'DT/AHop to …'
# (or a task carried on or taken up since the last meeting: 'Michael continuing to work on the deck',
# 'Clare still to send the sheet', 'Joe volunteered to chair': who acts is named the same way)
_SUBJECT = re.compile(r"^\s*(?:[Tt]he\s+)?(?P<who>[^\s].{0,60}?)\s+(?:to|will|would|should|shall|agreed\s+to"
                      r"|(?:is|are)\s+to|(?:continuing|continues|still|volunteered|offered)\s+to)\s+[a-z]")
# a label before the person in a trailing note: '(Lead: Sarah)', '– Owner: JB'
_OWNER_LABEL = re.compile(r"^\s*(?:lead|owner|who|by whom|responsible|action(?:\s+by)?)\s*[:\-–]\s*", re.I)
_ONE_NAME = re.compile(rf"^(?:(?:{_TITLES})\.?\s+)?[{_CAP}][{_LETTERS}'’\-]+$")
# 'by 3 May', 'by the end of March 2025', 'before 1 June': a due phrase in a sentence
_BY_DATE = re.compile(r"\b(?:by|before|no later than|due)\s+(?:the\s+)?(?:end\s+of\s+)?(.{3,40}?)"
                      r"(?=[.,;()]|\s*$|\s+(?:and|to|for|so)\b|\s+[-–—]\s)", re.I)


# the minutes' action labels, folded ('action', 'actions agreed', 'action points'): a word before a
# colon that is one of these is a label, not who acts
_MINUTE_LABELS = {fold(w) for w in MINUTE_ACTION_LABELS}


@dataclass
class ProseAction:
    """An action read from text: the sentence, who, when, and how it was read."""
    action: str
    lead: str = ""
    due: str = ""
    why: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # further labelled fields (measure, progress …)
    takes_paragraph_above: bool = False  # the label named only who acts: the paragraph it closes is the action
    after: str = ""  # text that ran on after the owners (the next minute, merged by a conversion)
    ref: str = ""  # the point's own number ('Action 2:', 'AP3')
    status: str = ""  # a status printed after the point ('… – done. Closed.')
    # read from the minute's plain words, no label ('Gabe will follow up …', '… (Todo, Prasanth)'): a copy
    # of an action the document lists under its own heading, when it has such a list (Walker.plain_tasks_aside)
    plain: bool = False


def is_owner(text: str) -> bool:
    """Does the text only name who acts ('AHop/MS', 'DT', 'Trustees', 'Clerk and Chair', 'All')?"""
    t = squash(text).strip(" .;:")
    if not t or len(t) > 60:
        return False
    parts = [p for p in _OWNER_SPLIT.split(t) if p]
    return bool(parts) and all(_is_one_owner(p) for p in parts)


def is_role(word: str) -> bool:
    """Does the one word name a role or a body ('Clerk', 'Chair', 'Treasurer', 'Governors', 'Reps'),
    not a person's initials or name? The one role test of the minutes' readers: a plural is its
    singular's role (vocab.OWNER_ROLE_WORDS: a plan's lead-column roles and the minutes' offices)."""
    w = fold(word)
    return w in OWNER_ROLE_WORDS or w.rstrip("s") in OWNER_ROLE_WORDS


# a first name and the initial of the surname, as minutes shorten a name ('Terence M', 'Elaine C.')
_NAME_AND_INITIAL = re.compile(rf"^[{_CAP}][a-zà-öø-ÿā-ſ'’\-]{{2,}}\s+[{_CAP}]\.?$")


def _is_one_owner(part: str) -> bool:
    """Does one of the parts is_owner splits name who acts: initials, a full name (or a first name and
    the surname's initial, 'Terence M'), or a role or body ('Clerk', 'Vice Chair', 'All governors'),
    and no pronoun?"""
    if fold(part) in MINUTE_NOT_OWNERS:
        return False  # 'It', 'We', 'This': a pronoun is no one's initials
    if _INITIALS.match(part) or _NAME.match(part) and words_over(part, 1):
        return True
    if _NAME_AND_INITIAL.match(part.strip()) and fold(part).split()[0] not in NAME_INITIAL_NOT_FIRST_WORDS:
        return True
    words = fold(part).split()
    return bool(words) and len(words) <= 4 and (is_role(words[-1]) or words[0] in MINUTE_GROUP_OWNERS)


def names_who_acts(who: str) -> bool:
    """is_owner, or one name alone that is no pronoun ('Mick', 'Dr Patel'): where the mark itself
    says a person follows (an inline 'action Mick', a bracket closing an action item), a first
    name will do."""
    return is_owner(who) or _ONE_NAME.match(who) is not None and fold(who) not in MINUTE_NOT_OWNERS


# initials that open a point before its sentence ('AA/CG/DS We should work with …', 'JS: circulate …')
_LEADING_INITIALS = re.compile(r"^\s*([A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*)\s*[:\-–—]?\s+(?=[A-Z])")


# who, in brackets before the point: '(EF) Update on sea ice', '(All speakers) Upload slides'
_LEADING_BRACKET = re.compile(r"^\s*\(([^()]{1,40})\)\s+(?=\S)")


def lead_of(sentence: str) -> str:
    """Who a minute's action names: the subject of 'X to <verb>', an owner after the sentence, or
    initials before it."""
    m0 = _LEADING_INITIALS.match(sentence) or _LEADING_BRACKET.match(sentence)
    if m0 and is_owner(m0.group(1)) and len(sentence[m0.end():].split()) >= 2:
        return _initials_of_a_role(sentence, m0.group(1)) or m0.group(1)
    m = _TRAILING_OWNER.search(sentence)
    if m and m.group(1) is not None and is_acronym_of(m.group(1), sentence[:m.start()]):
        m = None  # '… the Freedom of Information Act (FOIA)': the name's short form, not who acts
    if m:
        who = next(g for g in m.groups() if g is not None).strip(" .")
        labelled = _OWNER_LABEL.match(who) or _FOR_WHOM.match(who)
        if labelled:  # '(Lead: Sarah)': the label says a person follows, so a first name will do
            who = who[labelled.end():].strip(" .")
        if is_owner(who) or labelled and m.group(3) is None and _ONE_NAME.match(who):
            return who
    m = _SUBJECT.match(sentence)
    # 'Train front-line staff to identify carers': an instruction's verb and object, not who acts
    if m and opens_with_verb(m.group("who")):
        m = None
    if m and (is_owner(m.group("who")) or _first_name(m.group("who")) and _verb_after(sentence, m.end() - 1)):
        return m.group("who").strip()
    return ""


# a list item that opens with who acts and a colon ('Guillaume: call to action for all members …',
# 'Marc Pageau: send the report'): one name, a full name, initials or a role, then the task
# ('Çağıl Uluşahin Sonmez & Chaim Kirby: post the call …'): several, joined by '&', '/', ',' or 'and'
_WHO_WORD = rf"[{_CAP}][\w'’.\-]*"
# after a joining sign, a role may be written in lower case ('DM + workstream leads: bake in …')
_JOINED_LOWER = r"(?:\s*[&/+]\s*|\s+and\s+)[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*)?"
_NAMED_ITEM = re.compile(rf"^\s*(?P<who>{_WHO_WORD}(?:(?:\s*[&/,+]\s*|\s+and\s+|\s+){_WHO_WORD}|{_JOINED_LOWER})"
                         r"{0,7})\s*:\s+(?P<rest>\S.*)$", re.S)
# an item naming who does the sub-items under it ('Working Group Members to:', 'Clerk to:')
_PARTS_OWNER = re.compile(r"^\s*(?P<who>[A-Z][^:;,.]{0,50}?)\s+to\s*:\s*$")
_NAMED_ITEM_WORDS = 3  # the task after the name, at least this many words
_FIELD_LABEL_CONFIDENCE = 50  # a word the column-heading reader names a field this surely (of 100) is a label


def named_before_colon(item: str, strict: bool = False) -> tuple[str, str]:
    """('Guillaume', 'call to action …') for 'Guillaume: call to action …'; ('', item) otherwise.
    strict (an item under a bare 'Actions' label, where a topic may open an item: 'Funding: apply
    for …'): only who acts by parts no topic would be — initials, names of two or three words, a role,
    a body its initials open, one rare word or name, one or several ('Jacob Kaplan-Moss: review …',
    'JS/AB: …', 'Team: …', 'FSA Digital: …', 'Hwang/Douglas: …'); never a topic or a common word."""
    m = _NAMED_ITEM.match(item)
    if not m or not words_over(m.group("rest"), _NAMED_ITEM_WORDS - 1):
        return "", item
    who = m.group("who").strip()
    one_name = re.fullmatch(rf"[{_CAP}][{_LETTERS}'’\-]{{2,20}}", who) is not None \
        and fold(who) not in MINUTE_NOT_OWNERS
    if not (_named_people(who) or _names_actors(who) if strict else is_owner(who) or one_name) \
            or opens_with_verb(who) or fold(who) in _MINUTE_LABELS or is_field_label(who) and not _has_initials(who):
        return "", item
    return who, m.group("rest").strip()


_TOPIC_WORDS = frozenset(MINUTE_TOPIC_WORDS | DELIVERABLE_NOUNS | OWNER_ROLE_WORDS)
# the topic words that name no role: a subject made of one of these is a topic, not who acts
_TOPIC_NOT_ROLE = _TOPIC_WORDS - OWNER_ROLE_WORDS


def _named_people(who: str) -> bool:
    """Does the text name people by their initials or full names ('Chaim Kirby', 'JS/AB',
    'Çağıl Uluşahin Sonmez & Chaim Kirby'), not a role, a topic word or two that a heading might hold?"""
    parts = [p for p in _OWNER_SPLIT.split(squash(who)) if p]
    return bool(parts) and all(
        _INITIALS.fullmatch(p) and p.isupper()
        or _NAME.match(p) and 2 <= len(p.split()) <= 3 and not any(w in _TOPIC_WORDS for w in fold(p).split())
        for p in parts)


def _names_actors(who: str) -> bool:
    """Does the text before an item's colon name who acts, by parts no heading's topic would be: initials
    ('PO', 'DM'), a body led by its initials ('FSA Digital'), a role ('Team', 'Group', 'workstream leads'
    after a joining sign), or one rare word or name ('Jonno', 'Stephen', 'Hwang/Douglas')? A topic word or
    a common word alone ('Funding', 'Website') or a capitalised phrase of them ('Digital Services') is
    no one: under an 'Actions' heading such items are topics and their notes."""
    parts = [p for p in _OWNER_SPLIT.split(squash(who)) if p]
    return bool(parts) and all(_actor_part(p) for p in parts)


def _actor_part(part: str) -> bool:
    words = part.split()
    if fold(part) in MINUTE_NOT_OWNERS or opens_with_verb(part):
        return False
    if _INITIALS.fullmatch(part) and part.isupper() or len(words) <= 3 and len(words[0]) >= 2 and words[0].isupper():
        return True  # 'PO', 'FSA Digital': initials, or a body its initials open
    if len(words) == 1:
        return is_role(part) or _rare_name(part)
    # 'workstream leads', 'all governors': a role written in lower case, or a group of people
    return part.islower() and len(words) <= 3 and (is_role(words[-1]) or words[0] in MINUTE_GROUP_OWNERS)


def _has_initials(who: str) -> bool:
    """Does a part of who name someone by initials ('DM' in 'DM + workstream leads', whose 'leads'
    alone would read as a column's label)?"""
    return any(_INITIALS.fullmatch(p) and p.isupper() for p in _OWNER_SPLIT.split(squash(who)))


def _rare_name(word: str) -> bool:
    """One capitalised word that is no topic a minute's heading names and no common English word: a name."""
    return _ONE_NAME.match(word) is not None and fold(word) not in _TOPIC_NOT_ROLE \
        and zipf(fold(word)) < _COMMON_WORD_BEFORE_TO


def is_field_label(text: str) -> bool:
    """Does the text name a field ('Note', 'Update', 'Status', 'Due'), not a person?"""
    from planx.normalise.headers import classify
    field, confidence, _ = classify(text)
    return bool(field) and confidence >= _FIELD_LABEL_CONFIDENCE


# a minute's resolution naming who does the items listed under it: '6. RESOLVED the Leader to:', 'Resolved:
# that the Clerk be asked to:', '10. RESOLVED to ask the General Counsel to:' (who, then 'to' and the colon;
# a resolution to recommend to another body, '… Members to recommend to the County Council:', names none)
_RESOLVED_OWNER = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(?:(?i:it\s+was)\s+)?(?i:resolved)\s*[:\-–—]?\s*"
                             r"(?:(?i:that)\s+)?(?:(?i:to\s+(?:ask|request|instruct|invite|direct))\s+)?"
                             r"(?:(?i:the)\s+)?(?P<who>[A-Z][^:;,.]{0,50}?)\s+(?:(?i:be\s+asked)\s+)?(?i:to)\s*:\s*$")


def resolved_owner(text: str) -> str:
    """'Leader' for '6. RESOLVED the Leader to:', 'General Counsel' for 'RESOLVED to ask the General
    Counsel to:': who a resolution sets the tasks listed under it; '' for anything else."""
    m = _RESOLVED_OWNER.match(squash(text))
    return m.group("who").strip() if m and is_owner(m.group("who")) else ""


def owner_of_parts(item: str) -> str:
    """'Working Group Members' for 'Working Group Members to:', '' otherwise."""
    m = _PARTS_OWNER.match(item)
    return m.group("who").strip() if m and is_owner(m.group("who")) else ""


def _initials_of_a_role(sentence: str, initials: str) -> str:
    """'PC Reps' in 'PC Reps to look over …', 'SLT Team' in 'SLT Team to review …': initials that
    open the subject of 'X to <verb>' with role words after them name a body whose role acts (the
    Parent Council's representatives, the leadership team), not a person set off before the
    sentence ('AA/CG We should …'). '' when the words after the initials are no role."""
    m = _SUBJECT.match(sentence)
    if not m or not m.group("who").startswith(initials + " "):
        return ""
    rest = fold(m.group("who")[len(initials):]).split()
    if not 1 <= len(rest) <= 3 or any(w in MINUTE_NOT_OWNERS for w in rest) or not is_role(rest[-1]):
        return ""
    return m.group("who").strip() if _verb_after(sentence, m.end() - 1) else ""


def is_acronym_of(short: str, before: str) -> bool:
    """Does the bracketed short form spell the capitals of the words before it ('FOIA' after
    'Freedom of Information Act', 'SEND' after 'Special Educational Needs and Disabilities')?"""
    short = short.strip()
    if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", before)
    capitals = "".join(w[0] for w in words if w[0].isupper())  # 'SEND': the capitals only
    initials = "".join(w[0] for w in words).upper()  # 'FOIA': 'of' counts too
    return capitals.endswith(short) or initials.endswith(short)


def _verb_after(sentence: str, at: int) -> bool:
    """Does a verb follow 'to'/'will' ('Ali to open …'), not a noun phrase ('Write to the council')?"""
    word = re.match(r"[a-z]+", sentence[at:])
    return word is not None and not opens_object(word.group(0))


def _first_name(who: str) -> bool:
    """'Ali' in 'Ali to open an issue', 'Michael and Gareth' in 'Michael and Gareth to work on …',
    'Chris and Jos Creese' in 'Chris and Jos Creese to capture …' (among several, one may be named in
    full): capitalised first names before 'to'/'will' at the start of an action point."""
    parts = [p for p in _OWNER_SPLIT.split(who.strip()) if p]
    return bool(parts) and all((_ONE_NAME.match(p) or len(parts) >= 2 and _FULL_NAME.match(p))
                               and fold(p) not in MINUTE_NOT_OWNERS for p in parts)


_FULL_NAME = re.compile(rf"^[{_CAP}][{_LETTERS}'’\-]+\s+[{_CAP}][{_LETTERS}'’\-]+$")


def due_of(sentence: str) -> str:
    """The due phrase of a sentence ('by 3 May' → '3 May', 'by the end of March 2025' → 'March 2025'),
    when it holds a date (a day and month without a year takes the plan's year later)."""
    # every 'by'/'before' may start the phrase ('before renewal by May 2025': the date is after 'by')
    starts = [m.start() for m in re.finditer(r"\b(?:by|before|no later than|due)\b", sentence, re.I)]
    for at in reversed(starts):
        m = _BY_DATE.match(sentence, at)
        if m and find_dates(m.group(1).strip(), 2000):
            return m.group(1).strip()
    return ""


# ---- the minutes' own shorthand for a task set, unlabelled or marked inline ----------------------

# an action marked inline, after the minute it closes: '…, action Mags.', '…, c/f action Jon.', '…; action
# Jess to keep on case.', '…, ACTION: JS' (a comma or semicolon before it; who acts a name, initials or a
# post, joined by '&', '/' or 'and'; perhaps what they are to do, up to the sentence's end)
_INLINE_WHO = r"(?:[A-Z][a-z]{1,14}|[A-Z]{2,4})"
_INLINE_ACTION = re.compile(
    rf"(?<=[,;])\s*(?:c/f\s+|carried\s+forward\s+)?(?:[Aa]ction|ACTION)\s*:?\s+"
    rf"(?P<who>{_INLINE_WHO}(?:\s*(?:&|/|\band\b)\s*{_INLINE_WHO})*)"
    rf"(?P<task>\s+to\s+[a-z][^.;!?]{{0,80}})?\s*(?=[.;!?]|$)")


def inline_points(text: str) -> tuple[list[tuple[str, ProseAction]], str]:
    """The points a text marks inline after each ('Look at the insurance, action Mick. Also try …'):
    the paragraph is the minute, its marker naming who acts. A second marker naming someone else
    starts the next point after the sentence of the one before; the last point runs to the text's
    end (what the minute goes on to say of it). ([], text) when none marks one."""
    marks = [m for m in _INLINE_ACTION.finditer(text)
             if all(names_who_acts(p) for p in _OWNER_SPLIT.split(squash(m.group("who"))) if p)]
    if not marks:
        return [], text
    found: list[tuple[str, ProseAction]] = []
    start = 0
    for k, m in enumerate(marks):
        if k + 1 < len(marks):
            stop = _SENTENCE_END.search(text, m.end())
            end = stop.end() if stop and stop.end() <= marks[k + 1].start() else marks[k + 1].start()
        else:
            end = len(text)
        value = _POINT_MARK.sub("", squash(text[start:end]), count=1).strip(" ;")
        if not words_over(value, 3):
            continue
        who = squash(m.group("who"))
        found.append(("", ProseAction(action=value, lead=who, due=due_of(value),
                                      why="a minute closed by an inline action marker ('…, action Mags.')")))
        start = end
    if not found:
        return [], text
    return found, text[start:]


# 'The Clerk to respond accordingly.', 'Clerk to write': who, then 'to' and a verb, the minutes' own
# shorthand for a task set, a paragraph of its own
_TO_SUBJECT = re.compile(r"^\s*(?:[Tt]he\s+)?(?P<who>\S.{0,40}?)\s+to\s+(?=[a-z])")
_LONE_WORDS = 15  # a minute's closing task on its own line is short; a longer sentence is discussion


def lone_minute_action(text: str) -> ProseAction | None:
    """The task a paragraph of its own sets, unlabelled, as minutes close an item: one short sentence
    opening with who acts (a role, initials or a name) and 'to' before a verb ('The Clerk to respond
    accordingly.', 'Clerk to write', 'JS to chase the contractor'). None for anything else: a
    sentence reporting ('The Clerk wrote to …'), or one that only says what someone will do in the
    discussion ('Councillors will again fill these in' inside a longer minute)."""
    t = squash(text).strip()
    words = t.split()
    if not 3 <= len(words) <= _LONE_WORDS or re.search(r"[.!?;:]\s+\S", t) or _ITEM.match(t):
        return None
    m = _TO_SUBJECT.match(t)
    if m is None or not is_owner(m.group("who")) or fold(m.group("who")) in _TOPIC_NOT_ROLE \
            or not _verb_after(t, m.end()):
        return None
    # who, as minutes name them: every word capitalised ('Clerk', 'Cllr Shewell', 'JS', 'Chair and
    # Clerk'), not a clause that happens to end in a role's letters ('… I expect it to be …')
    if not all(w[:1].isupper() or w.lower() in ("and", "&", "/", "of") for w in m.group("who").split()) \
            or any(fold(w) in MINUTE_NOT_OWNERS for w in m.group("who").split()):
        return None
    # one word with one capital is as likely an ordinary word as a first name ('Skip to main content', a
    # page's link): who is set a task alone on a line is named by a role, by initials with two capitals or
    # more ('JS', 'AHop'), or by more than one word ('Cllr Shewell')
    who_words = m.group("who").split()
    if len(who_words) == 1 and sum(ch.isupper() for ch in who_words[0]) < 2 \
            and not is_role(who_words[0]):
        return None
    return ProseAction(action=t, lead=m.group("who").strip(), due=due_of(t),
                       why="a minute's task on a line of its own ('Clerk to write')")


# '<who> will <verb> …' ('Gabe will get in touch with …', 'Gary (MS) will follow up …', 'Councillors will
# again fill these in'): who, capitalised (a name or several, a role, initials; a note in brackets after it),
# then 'will', perhaps an adverb of time, then the verb; a short label may open the item ('Update 4/1: …')
_WHO_CLAUSE = rf"(?:[Tt]he\s+)?(?P<who>{_WHO_WORD}(?:(?:\s*[&/]\s*|\s+and\s+|\s+){_WHO_WORD}){{0,3}})" \
    r"(?:\s*\([^()]{1,20}\))?\s+"
_TASK_VERB = r"\s+(?:(?:again|also|now|then|soon|shortly)\s+)?(?P<verb>[a-z]+)\b"
_WILL_CLAUSE = re.compile(rf"^(?:[A-Z][a-z]+(?:\s+[\d/.]+)?\s*:\s+)?{_WHO_CLAUSE}will{_TASK_VERB}")
# the clause closing a minute's paragraph that sets the task the discussion came to: '…, Karen to keep on
# the case.', '…, Councillors will again fill these in.', '…, it was agreed that Mags & Karen should come to
# the final decision.'
_CLOSING_CLAUSE = re.compile(rf"^(?:(?:[Ii]t\s+was\s+)?(?P<agreed>[Aa]greed\s+that\s+))?{_WHO_CLAUSE}"
                             rf"(?P<modal>will|to|should|would){_TASK_VERB}")
_CLAUSE_BREAK = re.compile(r"[.;!?]\s+|,\s+")
_THEN_STEP = re.compile(r"\s(?:will|to|should|would)\s+then\s+[a-z]+$")  # '<who> will then <verb>'
_COMMITTED_WORDS = 60  # a minute closing (or opening) with a task set is short; a longer paragraph is discussion


def committed_item(text: str) -> ProseAction | None:
    """The task a minute's item or short paragraph sets in its first or last clause, unlabelled:
    '<who> will <verb> …' ('Gabe will get in touch with the reps', 'Update 4/1: Gabe will follow up
    again in 2 weeks', '… there are planings to fill these, Councillors will again fill these in.').
    The item is the action, who acts its lead. Only minutes are read so (the caller's to judge): a
    plan's prose says what its body will do throughout. None when no such clause opens or closes
    it, when the clause says what will happen to someone ('X will be joining', 'X will not attend'),
    or when who is no one ('It will …', 'The meeting will …')."""
    item = _ITEM.match(text) is not None
    t = squash(_ITEM.sub("", text, count=1) if item else text).strip()
    t, status = trailing_status(t)
    if not 4 <= len(t.split()) <= _COMMITTED_WORDS:
        return None
    starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(t)]
    # a list item may open with its task ('- Gabe will get in touch …'); a paragraph's task closes it, in a
    # short clause of its own ('…, Karen to keep on the case.'), not a sentence going on about the matter
    # ('… The Board will consider the lessons learned … and then evaluate …')
    for at in dict.fromkeys(([0] if item else []) + [starts[-1]]):
        clause = t[at:]
        if (at or not item) and words_over(clause, _LONE_WORDS):
            continue
        m = _WILL_CLAUSE.match(clause)
        if m is None and at:
            m = _CLOSING_CLAUSE.match(clause)
            if m is not None and m.group("modal") in ("should", "would") and not m.group("agreed"):
                m = None  # '…, the Council should consider …': an opinion, unless the meeting agreed it
        if m is None or fold(m.group("verb")) in WILL_NO_TASK_WORDS or not _verb_after(clause, m.start("verb")):
            continue
        if at and _THEN_STEP.search(clause[:m.end()]):
            # '… the consultation runs until end of August. The BoE will then publish a summary …': the next
            # step of the process the paragraph narrates, after what it reported, not a task the meeting set
            continue
        who = m.group("who")
        if any(fold(w) in MINUTE_NOT_OWNERS or fold(w) in _TOPIC_NOT_ROLE
               for w in _OWNER_SPLIT.split(who) if w) or not (is_owner(who) or _first_name(who)) \
                or not item and _body_intends(who, m.groupdict().get("modal") or "will"):
            continue  # (a list item the writer set out for a body, '- The Board will review …', is its task)
        return ProseAction(action=t, lead=who.strip(), due=due_of(t), status=status, plain=True,
                           why="a minute whose item opens or closes with the task it sets ('<who> will <verb>')")
    return None


# where a sentence of a minute's paragraph may open: its start, after a sentence's end ('… the recycling
# area. Clerk to email …'), or after a closing quotation the minute ran on from without a full stop
# ('… “A Cry For Peace” The Clerk will design …', a line break the paragraph's text lost)
_SENTENCE_OPENS = re.compile(r"(?:[.!?][”\"’)]?|[”\"])\s+(?=[A-Z])")
# the task a sentence of its own sets: who (a role, a body, initials or a name), then 'to' (the minutes'
# shorthand) or 'will', perhaps an adverb of time, then the verb
_TASK_SENTENCE = re.compile(rf"^{_WHO_CLAUSE}(?P<modal>will|to){_TASK_VERB}")
_BODIES = BODY_WORDS | KIND_SUBJECT_BODIES | MEMBER_BODY_WORDS  # the last word of a body's name ('Board', 'Club')
_TASK_SENTENCE_WORDS = 50  # a sentence setting a task is short; a longer one goes on about the matter


def _body_intends(who: str, modal: str) -> bool:
    """'The Board will consider the lessons learned …', 'Cabinet Office will seek …', 'Club will again
    provide flowers …': what a body will do, told in the minute's narrative, its collective intention; a
    task set is an officer's ('The Clerk will write …') or the minutes' shorthand ('Cabinet Office to seek …')."""
    return modal == "will" and fold(who.split()[-1]) in _BODIES


def task_sentences(text: str) -> list[tuple[int, int, ProseAction]]:
    """The tasks a minute's paragraph sets in sentences of their own, wherever they stand in it
    ('… a post has now been put in the hole. Clerk to email the district council and ask …',
    '… when the oil is bought. The Chair will obtain the oil and pass it on.'): each sentence that
    opens with who acts and 'to'/'will' and a verb is an action, who acts its lead; the paragraph's
    other sentences report the discussion. (start, end, action) of each, in order; [] when no
    sentence sets one (then the paragraph is discussion, or committed_item reads its closing clause).
    Only minutes are read so (the caller's to judge). Who must name someone (a role, initials, a
    name; no pronoun, no topic word) and the verb a task ('will be', 'will not', 'will attend' are none)."""
    opening = _ITEM.match(text)  # a list's number or bullet before the paragraph ('3. Further to …')
    base = opening.end() if opening else 0
    starts = [base] + [base + m.end() for m in _SENTENCE_OPENS.finditer(text[base:])]
    found: list[tuple[int, int, ProseAction]] = []
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        sentence = text[at:end].strip()
        if found and at < found[-1][1]:
            continue
        m = _TASK_SENTENCE.match(sentence)
        if m is None or not 4 <= len(sentence.split()) <= _TASK_SENTENCE_WORDS:
            continue
        if fold(m.group("verb")) in WILL_NO_TASK_WORDS or not _verb_after(sentence, m.start("verb")) \
                or _THEN_STEP.search(sentence[:m.end()]):
            continue
        who = m.group("who")
        if any(fold(w) in MINUTE_NOT_OWNERS or fold(w) in _TOPIC_NOT_ROLE
               for w in _OWNER_SPLIT.split(who) if w) or not (is_owner(who) or _first_name(who)):
            continue
        # who acts is named as minutes name them, every word capitalised ('Clerk', 'Cllr Shewell',
        # 'Chair and Clerk'), not a sentence's capitalised opening word before a clause ('Members of …')
        if not all(w[:1].isupper() or w.lower() in ("and", "&", "/", "of") for w in who.split()):
            continue
        if _body_intends(who, m.group("modal")):
            continue
        action = sentence.rstrip(" ;")
        found.append((at, end, ProseAction(action=action, lead=who.strip(), due=due_of(action), plain=True,
                                           why="a minute's sentence of its own setting a task "
                                               "('… Clerk to email the council and ask …')")))
    return found


def agreed_action(sentence: str) -> ProseAction | None:
    """The task an 'Agreed that …' sentence sets: 'the Secretary will write to the ICB' names who
    acts before 'will'/'to'; 'the minutes were a true record' names no one, so is no action."""
    value = squash(sentence).strip(" ;")
    m = _SUBJECT.match(value)
    if not m or not is_owner(m.group("who")) or not words_over(value, 3):
        return None
    value = value[0].upper() + value[1:]
    return ProseAction(action=value.rstrip("."), lead=m.group("who").strip(), due=due_of(value),
                       why="a decision minuted as 'agreed that <who> will …'")


# ---- who, how it stands and by when, closing an item (in brackets, names and 'by', a handle) -------


def status_owner_item(text: str) -> ProseAction | None:
    """A list item of minutes closed by how it stands and who does it in brackets, unlabelled
    ('- Logistics: adding X to the security groups upon approval. (Todo, Prasanth)'): the status
    word beside the name marks it as a task tracked, as an action log's columns would; the item is
    the action. None without both (a bracket of a name alone is a presenter, an aside)."""
    if not _ITEM.match(text):
        return None
    item = squash(_ITEM.sub("", text, count=1)).strip()
    action, lead, status = labelled_bracket_owner(item)
    if not (lead and status) or not words_over(action, 2):
        return None
    return ProseAction(action=action, lead=lead, due=due_of(action), status=status, plain=True,
                       why="a minute's item closed by its status and who does it in brackets ('(Todo, Prasanth)')")


_HANDLE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_\-]{1,24})\s+(?P<to>to\s+)?(?=[a-z])")
_LAST_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)\s*\.?\s*$")


def labelled_bracket_owner(item: str) -> tuple[str, str, str]:
    """(action, lead, status) of an item under an 'Action' label whose closing brackets end with who
    does it, the label's evidence enough for a first name alone: 'Add … list. (Prasanth)',
    '… approval. (Todo, Prasanth)' (a status word before the name), and '… (converter, and
    arch/infra, Todo, Prasanth)', whose other notes stay with the action's text. (item, '', '') otherwise."""
    m = _LAST_BRACKET.search(item)
    if m is None or ":" in m.group(1):  # '(Lead: Treasurer)': a labelled note, lead_of's to read
        return item, "", ""
    parts = [squash(p) for p in m.group(1).split(",")]
    who = parts[-1].strip(" .")
    if not who or fold(who) in _TOPIC_WORDS or not names_who_acts(who) or len(item[:m.start()].split()) < 2 \
            or is_acronym_of(who, item[:m.start()]):
        return item, "", ""
    status = parts[-2] if len(parts) >= 2 and fold(parts[-2]) in STATUS_WORDS else ""
    kept = parts[:-2] if status else parts[:-1]
    return (item if kept else item[:m.start()].rstrip()), who, status


# a closing sentence of names joined by '/', '&' or ',' and 'by' when ('Wenming/Alex/Jim by 4/6')
_NAME_WORD = rf"[{_CAP}][{_LETTERS}'’\-]+"
_OWNERS_BY = re.compile(rf"(?:^|(?<=[.;])\s+)(?P<who>{_NAME_WORD}(?:\s*[/&,]\s*{_NAME_WORD})+)"
                        r"\s+by\s+(?P<when>[^.;\s][^.;]{0,20}?)\s*\.?\s*$")


def owners_by_when(item: str) -> tuple[str, str] | None:
    """(who, when) of an action item closed by the names of those who do it and 'by' when, as a
    sentence of its own ('Nomination form. Jim helped for 2021. Wenming/Alex/Jim by 4/6'); None
    otherwise. Two names or more, each a name (no topic word): under an 'Action' label."""
    m = _OWNERS_BY.search(item)
    if m is None:
        return None
    parts = [p for p in _OWNER_SPLIT.split(m.group("who")) if p]
    if len(parts) < 2 or any(fold(p) in _TOPIC_WORDS or fold(p) in MINUTE_NOT_OWNERS for p in parts):
        return None
    return m.group("who"), m.group("when").strip()


_COMMON_WORD = 4.0  # a lower-case word this common (Zipf) is English, not a chat handle ('please', 'also')
# before 'to <verb>' a handle may be a common first name ('alice to review …', 'bob' 4.6); a word more
# common than this is English ('agreed to', 'able to', 'how to')
_COMMON_WORD_BEFORE_TO = 4.8
_ARTICLES = frozenset({"the", "a", "an", "all", "any", "some", "no", "our", "their", "its", "his", "her", "my"})


def handle_before_verb(item: str) -> str:
    """Who a scribe's action names by a handle before a bare verb ('brent open an issue',
    'manu update the PR', 'TallTed review the text') or before 'to' and a verb ('alice to review the
    draft'), as chat minutes record an 'ACTION:' item: one word, neither a verb nor a pronoun nor an
    article, then a verb that opens an instruction. '' otherwise."""
    m = _HANDLE.match(item)
    if m is None:
        return ""
    who, rest = m.group(1), item[m.end():]
    words = rest.split()
    if len(words) < 2 or fold(who) in MINUTE_NOT_OWNERS or fold(who) in _ARTICLES or opens_with_verb(who):
        return ""
    if who.islower() and zipf(who) >= (_COMMON_WORD_BEFORE_TO if m.group("to") else _COMMON_WORD):
        return ""  # 'please send …', 'also review …', 'able to …': a common word, no one's handle
    # a verb that opens an instruction, or a word a verb's object follows ('open an issue')
    verb = opens_with_verb(rest) or fold(words[1]) in _ARTICLES and words[0].islower()
    return who if verb else ""


def owned_sentences(item: str) -> list[str]:
    """The sentences of an item under a plural label when each names who acts ('Clerk to put the
    streetlamp on the May agenda. Clerk to seek a quote for a shade.'): each is an action of its own;
    else [item] (a sentence that names no one goes on with the action before it)."""
    parts, start = [], 0
    for m in _SENTENCE_END.finditer(item):
        parts.append(item[start:m.end()].strip())
        start = m.end()
    parts.append(item[start:].strip())
    parts = [p for p in parts if p]
    if len(parts) < 2 or not all(lead_of(p) for p in parts):
        return [item]
    return parts


# a note in brackets closing an action: '(Lead: Head of SEND, by March 2026)', '(Owner: JS; due Q2 2025/26)'
# (a list item's closing note may be followed by the item's own punctuation: '…);', '…); and')
_BRACKETED = re.compile(r"\s*\(([^()]{2,120})\)\s*(?:[.;,]\s*)?(?:and\s*)?$")
_NOTE_WHEN = re.compile(r"^\s*(?:by|due|before|deadline|target(?:\s+date)?|finish|end|completion)\s*[:\-–]?\s*(.+)$",
                        re.I)
# where a note's parts meet: a comma, semicolon or bar, or a dash set apart ('(Action: Head of Early
# Help – by 7 November)'), before the label or word that opens the next part
_NOTE_PARTS = re.compile(r"\s*(?:[,;|]|\s[–—-])\s*(?=(?:by|due|before|deadline|target|lead|owner|responsible|"
                         r"finish|end|completion)\b)", re.I)
# a note's part that says when the work starts ('Start – April 2012'): with a part saying when it
# finishes, the note is the action's period ('Start – April 2012; finish – December 2012')
_NOTE_START = re.compile(r"^\s*(?:start|from|begin)\s*[:\-–]\s*(.+)$", re.I)


def _closing_bracket(item: str) -> tuple[str, str] | None:
    """(what the bracket closing the item holds, the words before it) when they may be who does the
    action the words say: the item ends with the bracket, the bracket holds no label (':'), the words
    before it are two or more and the bracket is not their short form ('… Information Act (FOIA)')."""
    m = _BRACKETED.search(item)
    if not m or m.group(0).rstrip()[-1:] != ")":
        return None
    who, before = squash(m.group(1)), item[:m.start()].rstrip()
    if ":" in who or not words_over(before, 1) or is_acronym_of(who, before):
        return None
    return who, before


def bracketed_owner(item: str) -> tuple[str, str]:
    """(action, lead) of an action closed by who does it in brackets, unlabelled ('Start recruitment
    process (open standards team)', 'Circulate the notes (JS)'); (item, '') when the brackets hold
    anything else, or the short form of the words before them ('… Information Act (FOIA)')."""
    closing = _closing_bracket(item)
    if closing is None:
        return item, ""
    who, before = closing
    if not is_owner(who):
        return item, ""
    return before, who


def closing_bracket_owner(item: str) -> tuple[str, str]:
    """(action, lead) of an item of a list labelled as actions that closes with who does it in brackets,
    a first name enough ('Review the wiki format (Sam)', '… (Sam/Lee)', '… (Sam + Dev Team)'): the
    bracket closing an action item says a person follows (names_who_acts); (item, '') when the bracket
    holds anything else (a date, words of the action's own, the short form of the words before it)."""
    closing = _closing_bracket(item)
    if closing is None:
        return item, ""
    who, before = closing
    if find_dates(who):
        return item, ""
    parts = [p for p in _OWNER_SPLIT.split(who) if p.strip()]
    if not parts or not all(names_who_acts(p.strip()) for p in parts):
        return item, ""
    return before, who


def bracketed_note(item: str) -> tuple[str, str, str]:
    """(action, lead, due) of an action ending in a note in brackets that says when, and perhaps
    who leads; (item, '', '') when it has none. Only a note whose every part is a labelled owner or a
    date is read: '(including schools, by invitation)' stays part of the action."""
    m = _BRACKETED.search(item)
    if not m:
        return item, "", ""
    lead = when = start = ""
    parts = _NOTE_PARTS.split(m.group(1))
    for part in parts:
        labelled, dated, begins = _OWNER_LABEL.match(part), _NOTE_WHEN.match(part), _NOTE_START.match(part)
        if labelled and not lead:
            lead = part[labelled.end():].strip(" .")
        elif dated and not when and (find_dates(dated.group(1), 2000) or lead):
            # after a labelled owner, 'by' says when whatever it names ('(Action: X – by the next meeting)')
            when = dated.group(1).strip(" .")
        elif begins and not start and part is parts[0] and find_dates(begins.group(1), 2000):
            start = part.strip(" .")
        else:
            return item, "", ""
    if not when:  # '(Lead: Sarah)' alone: a minute's owner note, which stays with its point (lead_of reads it)
        return item, "", ""
    if start:  # the period, as printed: its latest date is the due date
        when = squash(m.group(1)) if not lead else f"{start}; {when}"
    return item[:m.start()].rstrip(" ,;"), lead, when


# ---- a status printed after a point or on a line under it (vocab.STATUS_WORDS) --------------------

# a status word set off after an emphasised point ('**Action 4.1: …** _Ongoing_')
_STATUS_AFTER = re.compile(r"\s*[_*]{0,2}\s*([A-Za-z][A-Za-z ]{1,20}?)\s*[_*]{0,2}\.?[_*]{0,2}(?=\s|$)")


# where a status printed after a point may start: a dash, a stop, a bracket or emphasis
_STATUS_START = re.compile(rf"\s[-–—]\s|{CAPITAL_STATUS_DASH}|[.;,]\s+|[(\[]|\s[_*]")


def status_under_action(text: str) -> str:
    """The status a line under a minute's action gives, when the line is that and no more: a status
    word or phrase ('Complete', 'Carried forward'), perhaps naming whose status it is ('Action
    complete', 'Action partially complete'), perhaps a bullet (a sub-item set under the action's).
    The line as printed, bullet dropped; '' for anything else (more minute text)."""
    line = squash(_ITEM.sub("", text, count=1) if _ITEM.match(text) else text).strip(" .")
    if not line or words_over(line, 4):
        return ""
    words = line.split()
    bare = " ".join(words[1:]) if len(words) > 1 and fold(words[0]) in STATUS_OWNER_WORDS else line
    return line if is_status_phrase(bare) and status_of(line) else ""


def leading_status(text: str) -> tuple[str, str]:
    """(status, the text after it) when the text's first line is a status alone (status_under_action:
    '■ Action complete' over '○ New handover command …'); ('', text) otherwise."""
    first, _, after = text.strip().partition("\n")
    status = status_under_action(first)
    return (status, after) if status else ("", text)


# an emphasised mark after an action's words: set off by a dash or a space, then what may follow it
_EMPHASIS_MARK_WORDS = 8  # a mark is a few words ('completed', 'waiting for Jerome return to finalize')


def emphasised_mark(text: str, runs: list[str]) -> tuple[str, str, str]:
    """(action, status, note) of a point followed by a mark set in emphasis ('Add a QA pipeline
    **completed**', 'Limit use of yellow - **completed** on 12/15/2020', 'Hear more on testing
    *potentially during the kickoff*'): the emphasis sets the mark apart from the action's words. A
    mark that reads as a status is the point's status; the mark and what follows it are its note (the
    progress as printed). (text, '', '') when no emphasised run follows the point's words."""
    for run in runs:
        if words_over(run, _EMPHASIS_MARK_WORDS):
            continue
        at = text.find(run)
        if at <= 0 or text[at - 1] not in " -–—(":
            continue
        before = text[:at].rstrip(" -–—:;,(")
        after = text[at + len(run):]
        status = run if status_of(run) else ""
        if not words_over(before, 1) or after.strip(" .)") and \
                (not status or text[:at].rstrip()[-1:] not in "-–—"):
            # a mark that is no status only closes the point ('… *potentially during …*'); a status with
            # words after it is set off by a dash ('… - **completed** on 12/15/2020'), else it is the
            # point's own word in emphasis ('Use the **new** template')
            continue
        return before, status, squash(text[at:]).strip(" ()")
    return text, "", ""


def trailing_status(text: str) -> tuple[str, str]:
    """(point, status as printed) of a point that ends in its status ('CG to contact … _Ongoing_',
    'AA to create the repository - done. _Closed._' → 'Closed'); (text, '') otherwise. The last
    status printed is the point's latest."""
    status = ""
    for _ in range(2):
        starts = list(_STATUS_START.finditer(text))
        if not starts:
            break
        last = starts[-1]
        word = text[last.end():].strip(" _*.()[]")
        if fold(word) not in STATUS_WORDS or len(text[:last.start()].split()) < 3:
            break
        status = status or word
        text = text[:last.start()].rstrip(" .;,-–—_*")
    return text, status


# a status word set in capitals inside a point, set off by a dash or a colon from a note after it
# ('… into metrics.py ONGOING: issue created, done by 20/4', '… with the partners - ONGOING - call on friday')
_CAPITAL_STATUS = re.compile(r"(?<!\S)(?P<word>[A-Z]{3,}(?:\s[A-Z]{2,})?)(?=\s*(?:[-–—:.]|$))")


def capital_status(text: str) -> tuple[str, str, str]:
    """(point, status as printed, note after it) of a point whose status is set in capitals inside it, a
    note after it ('Refactor the diagram ONGOING: issue created by 20/4' → 'Refactor the diagram', 'ONGOING',
    'issue created by 20/4'): the capitals set it apart from the point's words, as emphasis does.
    (text, '', '') when no such word stands after three words of the point at least."""
    for m in _CAPITAL_STATUS.finditer(text):
        word = m.group("word")
        if fold(word) in STATUS_WORDS and len(text[:m.start()].split()) >= 3:
            return text[:m.start()].rstrip(" .;,-–—"), word, text[m.end():].strip(" .;:,-–—")
    return text, "", ""


# a bracket closing a point with how it stands and for whom: '[ongoing for members]', '(new for PMs)'
_STATUS_FOR = re.compile(r"\s*[\[(]\s*(?P<status>[A-Za-z][A-Za-z -]{1,24}?)\s+for\s+(?P<who>[^\[\]()]{1,40}?)"
                         r"\s*[\])]\s*[.;]?\s*$")
_STATUS_FOR_WHO_WORDS = 4  # who a status is for is a group or a role: a few words


def status_for_whom(text: str) -> tuple[str, str, str]:
    """(point, status as printed, who) of a point closed by a bracket naming its status and who carries
    it ('Confirm the peer review process [ongoing for members]' → 'ongoing', 'members'): the status word
    is the point's status, who it stands for its lead (the bracket names who the action now sits
    with). (text, '', '') when the bracket holds no status word or names no one ('(due for 2026)')."""
    m = _STATUS_FOR.search(text)
    if m is None or len(text[:m.start()].split()) < 3 or not status_of(m.group("status")) \
            or fold(m.group("status")).strip() in NEW_ITEM_MARKS:
        return text, "", ""  # '[new for X]' says the point was raised at this meeting, not how it stands
    who = m.group("who").strip()
    if words_over(who, _STATUS_FOR_WHO_WORDS) or find_dates(who) or not is_owner(who):
        return text, "", ""
    return text[:m.start()].rstrip(" .;,-–—"), m.group("status").strip(), who


# ---- an owner-only label's value ('ACTION: AHop/MS') --------------------------------------------


def leading_owner(value: str) -> tuple[str, str]:
    """('AHop/MS', '') for 'AHop/MS'; ('DT', '9 Library Managers Report …') when the owners run into
    the next numbered item of merged text; ('', value) when the value is a sentence."""
    if is_owner(value):
        return value.strip(" .;:"), ""
    m = re.match(r"^(\S{1,12}(?:\s*[/,&]\s*\S{1,12}){0,4})\s+(\d{1,2}\.?\s+[A-Z].*)$", value, re.S)
    if m and is_owner(m.group(1)):
        return m.group(1), m.group(2)
    return "", value


# ---- the owner marks of notes typed in Markdown or chat: '@bob update docs', '… → Erin' ------------
# a person's handle as notes and task lists tag it ('@bob', '@jane.doe', '@ops-team'), bold or not
_AT_HANDLE = r"[*_]{0,2}@[A-Za-z0-9][\w.\-]{0,38}(?<![.\-])[*_]{0,2}"
_AT_JOIN = r"\s*(?:,|&|/|\+|\band\b)\s*"
# the handles that open an item, and the dash or colon between them and the task ('**@carol** — prepare …')
_LEADING_AT = re.compile(rf"^\s*(?P<who>{_AT_HANDLE}(?:{_AT_JOIN}{_AT_HANDLE})*)"
                         r"\s*(?:[:\-–—]\s*)?(?=\S)")
# the handles that close an item, perhaps in brackets or after a dash ('Update the wiki (@sam)', '… – @sam')
_TRAILING_AT = re.compile(rf"\s*(?:[-–—]\s*)?\(?\s*(?P<who>{_AT_HANDLE}(?:{_AT_JOIN}{_AT_HANDLE})*)\s*\)?\s*\.?\s*$")
_AT_NAME = re.compile(r"@([A-Za-z0-9][\w.\-]{0,38})")
# an arrow pointing the task at who does it ('compress the image → Erin (by 10 March)', '… -> Ops team, due …')
_ARROW_OWNER = re.compile(r"\s*(?:→|->|=>|⇒|➔|➜)\s*(?P<who>[^,;()\[\]\n→]{1,40}?)\s*(?=[,;(\[]|$)")


# a name (or names) opening the item, then a dash and the task ('Carol – circulate the budget', 'Silona - to
# reach out to Karen', 'Leonard & Hwang – tabulate the list')
_NAME_DASH = re.compile(rf"^\s*(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?:\s*(?:[/&,]|\band\b)\s*{_NAME_WORD}"
                        rf"(?:\s+{_NAME_WORD}){{0,2}}){{0,4}})\s+[-–—]\s+(?P<rest>\S.*)$", re.S)


def named_before_dash(item: str) -> tuple[str, str]:
    """(who, the task) of an item opening with who does it and a dash, the task a verb's ('Carol – circulate
    the budget', 'Silona - to reach out …'); ('', item) otherwise. A single word must be no topic a
    minute's heading names ('Budget – approve the figures') and no common word: a rare word or a name.
    Read after an action's own label on its line ('AI: Carol – …') and in the items of a list under an
    'Action' heading ('* [ ] Hwang - to set up session …', tests/test_roadmap_shapes.py's real minutes),
    not in a list under any other heading, where 'Name - …' may be a topic and its note."""
    m = _NAME_DASH.match(item)
    if m is None:
        return "", item
    who, rest = m.group("who").strip(), m.group("rest").strip()
    verb_rest = re.sub(r"^(?:to|will)\s+", "", rest)  # 'Silona - to reach out …', 'Hwang - will work on …'
    if not opens_with_verb(verb_rest) or not words_over(verb_rest, 1):
        return "", item
    parts = [p for p in _OWNER_SPLIT.split(who) if p]
    if not parts or any(len(p.split()) == 1 and (fold(p) in _TOPIC_NOT_ROLE or zipf(fold(p)) >= _COMMON_WORD_BEFORE_TO
                                                 or fold(p) in MINUTE_NOT_OWNERS) for p in parts):
        return "", item
    return (who, rest) if all(names_who_acts(p) for p in parts) else ("", item)


def note_owner(item: str) -> tuple[str, str]:
    """(the task, who does it) of an item whose owner notes mark as chat and task lists do: handles
    tagged with '@' opening or closing it ('@bob update docs by 1 May', '**@carol** — prepare the
    demo', 'Update the wiki (@sam)'), or an arrow pointing at a name or role ('compress the hero
    image → Erin (by 10 March)'). The mark and the owner leave the task's text; what follows the
    owner (a date, a status) stays for the other readers. (item, '') when no such mark names one."""
    m = _LEADING_AT.match(item)
    if m is not None and words_over(item[m.end():], 1):
        return item[m.end():].strip(), ", ".join(_AT_NAME.findall(m.group("who")))
    m = _TRAILING_AT.search(item)
    if m is not None and words_over(item[:m.start()], 1):
        return item[:m.start()].rstrip(" ,;"), ", ".join(_AT_NAME.findall(m.group("who")))
    m = _ARROW_OWNER.search(item)
    if m is not None and words_over(item[:m.start()], 1):
        who = m.group("who").strip(" .")
        if who.startswith("@") or names_who_acts(who):
            task = re.sub(r"\s+(?=[,;])", "", squash(f"{item[:m.start()]} {item[m.end():]}"))
            return task.strip(" ,;"), who.lstrip("@")
    return item, ""


_BRACKET_HANDLE = re.compile(r"@?[A-Za-z][\w.\-]{1,24}(?:\s*[/,&]\s*@?[A-Za-z][\w.\-]{1,24})*")


def bracket_owner(text: str) -> str:
    """Who the brackets right after an action's label name ('Action (Dave):', 'TODO(grace):',
    'AI (Ops/Finance):'): a name, initials or a role, or handles as notes tag people, lower case or
    with '@'. A status or a common word in the brackets ('Action (ongoing):', 'Action (new):') names
    no one: ''."""
    who = squash(text).strip(" .")
    if names_who_acts(who) and "@" not in who:
        return who
    if not _BRACKET_HANDLE.fullmatch(who):
        return ""
    parts = [p.lstrip("@") for p in _OWNER_SPLIT.split(who) if p]
    if any(fold(p) in STATUS_WORDS or fold(p) in MINUTE_NOT_OWNERS or zipf(p) >= _COMMON_WORD_BEFORE_TO
           or opens_with_verb(p) for p in parts):
        return ""
    return ", ".join(parts)
