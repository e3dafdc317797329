"""Actions written in prose: minutes, action notes and labelled blocks, not a plan grid.

Boards, panels and committees write their actions into the minute text:

- "Action: JS to circulate the paper by 3 May", "ACTION – Clerk to write to the council": the
  sentence after the label is the action, the person (initials, name or role) before "to <verb>"
  is its lead, and a date after "by" is when it is due;
- "ACTION: AHop/MS" after a minuted paragraph: the label names only who acts, so the action is
  the paragraph it closes;
- "Actions:" over a list: each item is an action;
- a numbered label over a block ("Action 3: Build a catalogue" / "Responsible: …" / "Timeline: …"):
  the heading's text is the action and the labelled lines below say who, how measured and when.

In a document that calls itself minutes (or a meeting's notes), an item or short paragraph that opens
or closes with the task it sets, unlabelled, is one too: "Gabe will get in touch with …", "…, Karen
to keep on the case.", "…, it was agreed that Mags & Karen should …" (committed_item), and a list
item closed by its status and who does it in brackets ("… (Todo, Prasanth)").

This module reads the structure of minutes: where a label, a list, a numbered block or a card puts
an action, and what text it closes or goes on with. The marks on one point — who acts (initials, a
name, a role), its status and its date, and the unlabelled shorthand that sets a task ('Clerk to
write', '…, action Mags.', '… (Todo, Prasanth)') — are read by normalise/minute_marks.py, which
holds the one test of who acts (is_owner, is_role) that every reader here calls.

Discussion is never an action: only text a label or such a clause marks is read. What is read here is weaker
evidence than a plan's columns, so each action says how it was read (a warning on the document).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from planx.normalise.banners import labelled_area
from planx.normalise.codes import status_of
from planx.normalise.columns import commits_to, looks_like_action, opens_object, opens_with_verb
from planx.normalise.dates import find_dates
from planx.normalise.headers import area_lead_of, split_area_lead
from planx.normalise.minute_marks import (
    _CLAUSE_BREAK,
    _GLYPH_MARKS,
    _GLYPHS,
    _ITEM,
    _MINUTE_LABELS,
    _ONE_NAME,
    _SENTENCE_END,
    _STATUS_AFTER,
    _SUBJECT,
    ProseAction,
    agreed_action,
    bracket_owner,
    bracketed_note,
    bracketed_owner,
    capital_status,
    closing_bracket_owner,
    committed_item,
    due_of,
    emphasised_mark,
    handle_before_verb,
    inline_points,
    is_field_label,
    is_owner,
    is_role,
    labelled_bracket_owner,
    lead_of,
    leading_owner,
    leading_status,
    lone_minute_action,
    named_before_colon,
    named_before_dash,
    note_owner,
    owned_sentences,
    owner_of_parts,
    owners_by_when,
    resolved_owner,
    status_for_whom,
    status_owner_item,
    task_sentences,
    trailing_status,
)
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import (
    AGENDA_TITLES,
    ANNOUNCE_EFFECT_SUBJECTS,
    ANNOUNCE_FOLLOWING,
    ANNOUNCE_MEANS,
    COMMITMENT_MODALS,
    COMMITMENT_VERBS,
    DECISION_ITEM_VERBS,
    DECISION_LIST_LABELS,
    DELIVERABLE_NOUNS,
    IRREGULAR_PARTICIPLES,
    MINUTE_ACTION_ABBREVIATIONS,
    MINUTE_ACTION_CODES,
    MINUTE_ACTION_LABELS,
    MINUTE_LIST_HEADING_WORDS,
    MINUTE_NOT_ACTIONS,
    MINUTE_NOT_OWNERS,
    MINUTE_PLURAL_LABEL_WORDS,
    MINUTE_TOPIC_WORDS,
    NAME_TITLES,
    NEXT_LEAD_INS,
    NO_TASK_OPENERS,
    NUMBERED_BLOCK_WORDS,
    REPORTING_VERBS,
    STATUS_WORDS,
    TOPIC_PREPOSITIONS,
    UPDATE_STATUS_LINES,
)
from planx.normalise.vocab_pages import PAGE_NUMBER


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_LABEL_WORDS = _alternatives(MINUTE_ACTION_LABELS)
_CODE_WORDS = _alternatives(MINUTE_ACTION_CODES)
_ABBREVIATIONS = "(?-i:" + "|".join(MINUTE_ACTION_ABBREVIATIONS) + ")"  # case-sensitive: capitals only
# a minute's action label: 'Action:', 'ACTION –', 'Actions agreed:', 'Agreed action -', 'Action 2:',
# 'AP3 –', at the start of a line or after a sentence ends ('… will chase this up. ACTION: DT').
# 'ACTION' in capitals may stand without punctuation before its text ('ACTION Clerk to …'); 'Action'
# in a sentence may not. A full stop or bracket after it marks a label only after a number ('Action 2.').
_NEXT_BULLET = re.compile(r"\n[ \t]*(?:[•●○◦■▪\uf0b7\uf0a7]|\n)")
_FROM_MEETING = r"\s+from\s+(?:the\s+)?[\w’' ]{1,30}?\s+[Mm]eeting"
_LABEL = re.compile(
    # 'ACTION:' in capitals with its colon is a label wherever it stands ('… is nandwpc.co.uk ACTION: Cllr …')
    rf"(?:^|(?<=\n)|(?<=[.;!?)\]]\s)|(?<=[.;!?)\]])|(?<=\s)(?=ACTIONS?\s*:\s*\S)"
    # a label run into the sentence before it where a line break was lost ('… in the local areaAction -
    # NO to …'): capitalised after a lower-case letter, with its colon or dash, setting someone a task
    rf"|(?<=[a-z])(?=(?:Action|ACTION)\s?[:\-–]\s+[A-Z][\w/&’' ]{{0,30}}?\s(?:to|will|should)\s))[ \t]*"
    # a list's number or bullet, emphasis ('1. **Action 4.1:', '○ Action HP:')
    rf"(?:(?:\d{{1,2}}[.)]|[-*{_GLYPHS}])\s+)?(?P<em>[*_]{{0,2}})"
    rf"(?P<label>(?i:{_LABEL_WORDS})(?:\s+(?P<num>\d{{1,3}}(?:\.\d{{1,2}})?[a-z]?))?"
    rf"|(?i:{_CODE_WORDS})\.?\s?(?P<cnum>\d{{1,3}}[a-z]?)"
    # a note's short mark, in capitals, its colon (or who in brackets) straight after ('AI:', 'TODO(grace):')
    rf"|{_ABBREVIATIONS}(?=:|\([^()\n]{{1,40}}\)\s*:))"
    # the meeting that set it, when it is carried over ('Outstanding Action from 25th July meeting: …')
    rf"(?:{_FROM_MEETING})?"
    # who acts, between the label and its colon: 'Action HP: Change passwords', 'ACTION EG, SP: Email …'
    # (initials of three letters at most: 'ACTION PLAN:' is a heading; 'ACTION BY:' a label's words)
    rf"(?:\s+(?P<who>(?!(?:BY|TO|ON|FOR|THE|AND|OF|IN|AT|NO|DUE)\b)[A-Z]{{1,3}}(?:\s*[/,&+]\s*[A-Z]{{1,3}})*"
    rf"|EVERYONE|Everyone|ALL|All)(?=\s*:)"
    # or named after 'for' ('Action item for Ashwini: Make an announcement …', 'Actions for Jo Bloggs:')
    rf"|\s+for\s+(?P<forwho>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}})(?=\s*:)"
    # or named right after one item's label, with no 'for' ('Action item Jeff: send …', 'Action point Ann:')
    rf"|(?:(?<=[Ii]tem)|(?<=[Pp]oint))\s+(?P<itemwho>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)(?=\s*:)"
    # or in brackets after the label ('**Action (Dave):** draft …', 'TODO(grace): renew …')
    rf"|\s*\((?P<bracketwho>[^()\n]{{1,40}})\)(?=\s*:))?"
    rf"(?P<mark>\s*(?:[:\-–—]+|[.)](?=\s)|\s(?=[A-Z])))\s*")
# 'Agreed that the Secretary will …', 'It was agreed that JS would …', 'AGREED: Clerk to …': a decision
# that sets someone a task (read as an action only when the sentence names who acts)
_AGREED = re.compile(r"(?:^|(?<=\n)|(?<=[.;!?)\]]\s))[ \t]*(?:(?:It|it)\s+was\s+)?(?P<label>[Aa]greed|AGREED)"
                     r"\s*(?:that\b|[:\-–—])\s*")
# the next agenda item's number and heading in capitals, run into the paragraph of the one before
# ('… confirm details. 15. PARISH COUNCIL NOTICEBOARDS These have …', '… asset register 21. ITEMS FOR
# AGENDA …'): an action point's text ends before it
_INLINE_AGENDA = re.compile(r"(?<=[\s.])\d{1,2}\\?\.\s+(?=[A-Z][A-Z&'’\-]+(?:\s+[A-Z&][A-Z&'’\-,:()]*)+(?:\s|$))")
# a label alone over a list: 'Actions:', 'ACTIONS AGREED', 'Action points –'
# (a markdown heading's '#' and emphasis marks around it allowed: '## Actions', '**Actions:**')
_BARE_LABEL = re.compile(rf"^\s*(?:#{{1,6}}\s*)?[*_]{{0,2}}\s*(?:{_LABEL_WORDS})\s*[*_]{{0,2}}\s*[:\-–—]?"
                         rf"\s*[*_]{{0,2}}\s*$", re.I)
# a label alone over a list that names the meeting's decisions: '**Resolved**', 'Agreed:', '## Decisions'
_DECISION_LABEL = re.compile(rf"^\s*(?:#{{1,6}}\s*)?[*_]{{0,2}}\s*(?:{_alternatives(DECISION_LIST_LABELS)})\s*"
                             rf"[*_]{{0,2}}\s*:?\s*[*_]{{0,2}}\s*$", re.I)
# an agenda item's number before a heading's text ('7. Action Items', '## 4.Update and discussion')
_AGENDA_NUMBER = re.compile(r"^\s*(?:#{1,6}\s*)?\d{1,2}[.)]\s*(?=[A-Za-z])")
# a sentence that announces the list of what a plan commits to, at the end of a paragraph ('To improve
# access, the Federal Government will:', 'Over the next year we will:'); vocab.COMMITMENT_VERBS
_ANNOUNCES = re.compile(rf"(?:\b(?:{_alternatives(COMMITMENT_VERBS)})|{ANNOUNCE_MEANS}|{ANNOUNCE_FOLLOWING})\s*:\s*$",
                        re.I)


def announcing(text: str) -> re.Match[str] | None:
    """_ANNOUNCES's match in the text, if any. A match ends in a colon and only whitespace after it,
    so a text that does not is passed by without a search (a search is a scan of every position,
    costly on a megabyte-long paragraph)."""
    return _ANNOUNCES.search(text) if text.rstrip().endswith(":") else None


def announces_effects(before: str) -> bool:
    """Is the clause before 'will:' one whose subject is a quantity or quality of a thing ('4. More
    data will:', 'Better information will:'): the list under it says what that will bring about, not
    what anyone commits to do (vocab.ANNOUNCE_EFFECT_SUBJECTS)?"""
    m = _CLAUSE_BREAK.search(before)  # the clause after the first break (minute_marks)
    clause = before[m.end():] if m else before
    words = fold(clause).split()
    return bool(words) and words[0] in ANNOUNCE_EFFECT_SUBJECTS


# a numbered block heading: 'Action 3: …', 'Action 2.1 – …', 'ACTION 4. …', 'Recommendation 2: …', and a
# generated layout's 'Action 1.1 Basic skills' (no stop after the number: a capital opens the title)
_NUMBERED = re.compile(rf"^\s*(?:{_alternatives(NUMBERED_BLOCK_WORDS)})\s+(?:no\.?\s*)?"
                       r"(\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?)(?:\s*[:.)\-–—]\s*|\s+(?=(?-i:[A-Z])))(\S.*)$", re.I | re.S)
# a minute's numbered action label alone on its line, its text the paragraph below ('### Action 3',
# 'Action 2:'): the number
_RESTART_AFTER = 2  # a numbered list's last number from which a '1.' starts something else
_CARD_FIELDS = frozenset({"due", "lead", "responsible", "status"})  # a card's labelled lines after its text
_CARD_GAP = 2  # paragraphs of its text, at most, between a card's action and its labelled lines
_LABEL_STATUS_WORDS = 3  # a status on a line of its own under an 'Action N' label: 'Complete (ongoing)', 'In Progress'
_CONTINUED = re.compile(r"\((?:continued|cont(?:'d|\.)?)\)\s*$", re.I)  # a title going on over a page break
_BARE_LABEL_WORDS = _alternatives(MINUTE_ACTION_LABELS + NUMBERED_BLOCK_WORDS)  # ('Recommendation #1' alone too)
_BARE_NUMBERED_LABEL = re.compile(rf"^\s*(?:#{{1,6}}\s*)?[*_]{{0,2}}(?i:{_BARE_LABEL_WORDS})\s+"
                                  r"(?:#\s*)?(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*[:.)\-–—]?\s*[*_]{0,2}\s*$")
# a numbered paragraph's start within merged text: '6.2 Suffolk Libraries have …'
_SUB_PARAGRAPH = re.compile(r"(?:^|\s)(\d{1,2}\.\d{1,2}[a-z]?)\s+(?=[A-Z])")
# an action list item's own number before its text: '4.1: CG to contact …', '2.3 AA to …'
_ITEM_REF = re.compile(r"^\s*(\d{1,2}\.\d{1,2}[a-z]?)\s*[:.)\-–]?\s+(?=\S)")
# a list item inside a value: bullets or '1)', '(a)', 'i.' numbering
# a sub-item's marker under an item ending with a colon: a lower-case roman numeral or a letter,
# bracketed or stopped, or a roman numeral alone before a capital ('i Work with partners …')
_SUB_ITEM = re.compile(r"^\s*(?:\(?(?:[ivx]{1,4}|[a-h])[.)]\s+|[ivx]{1,4}\s+(?=[A-Z]))\S")
_BULLETS = "-*+•▪◦●"  # a bulleted list item's first character, where a numbered one has its number
_NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")
# a bullet glyph inside a numbered item's text, with the space around it (minutes.nest_bullets)
_NESTED_GLYPH = re.compile(r"\s+[•▪●◦○■\uf0b7\uf0a7]\s+")
_PAUSE_LINES = 3  # a list interrupted by a page break resumes within this many lines
_PAGE_NUMBER = PAGE_NUMBER  # a page's number alone (normalise/vocab_pages.py)
_RUNNING_WORDS = 6  # a running heading that a page break puts inside a list is at most this long
_PARENT_WORDS = 6  # a numbered item ending with a colon, this long and opening with a verb, is an action
_ITEM_WORDS = 80  # a sentence of a list longer than this is prose, not an item
# ... an item its bullet marks, longer than this (a strategy's bullets run to a paragraph: what, how,
# with whom, and its dates, in 90 words and more)
_MARKED_ITEM_WORDS = 150



def split_items(value: str) -> list[str]:
    """A value that lists several actions ('• JS to … • AB to …', '1) … 2) …'); else the value."""
    marks = list(_ITEM.finditer(value))
    if marks and marks[0].start() == 0 and marks[0].group().strip()[:1] in _GLYPH_MARKS:
        # an item opening with a bullet glyph: only another glyph opens another item; dashes and
        # numbers inside it are its own punctuation ('… (Start – April 2012; finish – July 2012)')
        marks = [m for m in marks if m.group().strip()[:1] in _GLYPH_MARKS]
    elif marks and marks[0].start() == 0 and marks[0].group().strip()[:1].isdigit():
        # an item opening with its number: only another number opens another item; a dash or a plus
        # inside it is its own punctuation ('1. Kickoff (Dev + Product to sync, Design – review)')
        marks = [m for m in marks if m.group().strip()[:1] not in "-–*+"]
    if not (marks and marks[0].start() == 0 and marks[0].group().strip()[:1] == "+"):
        # a plus inside a value no plus opens joins words ('DM + workstream leads: …'), as 'and' would
        marks = [m for m in marks if m.start() == 0 or m.group().strip()[:1] != "+"]
    # a mark inside brackets is the bracket's punctuation, no item ('… (High level - demo, later - sync)')
    marks = [m for m in marks if value[:m.start()].count("(") <= value[:m.start()].count(")")]
    # one dash inside a sentence sets off who acts ('Write to the ICB – Chair'), not a list item
    dashes = [m for m in marks if m.group().strip()[:1] in "-–"]
    if len(dashes) == 1 and dashes[0].start() > 0:
        marks.remove(dashes[0])
    # dashes setting off a status in capitals ('… with the partners - ONGOING - call on friday') are the
    # point's punctuation: no items
    if dashes and any(_is_capital_status(value[m.end():nxt]) for m, nxt in
                      zip(dashes, [d.start() for d in dashes[1:]] + [len(value)], strict=True)):
        marks = [m for m in marks if m not in dashes or m.start() == 0]
    if not marks:
        return [value]
    if len(marks) == 1:  # one item: only its bullet goes
        return [squash(value[:marks[0].start()] + " " + value[marks[0].end():])]
    ends = [m.start() for m in marks[1:]] + [len(value)]
    items = [squash(value[m.end():end]) for m, end in zip(marks, ends, strict=True)]
    lead_in = squash(value[:marks[0].start()])
    return ([lead_in] if lead_in else []) + [i for i in items if i]


def _is_capital_status(piece: str) -> bool:
    """Is a piece of text between two dashes a status word set in capitals alone ('ONGOING')?"""
    piece = piece.strip(" .;,")
    return bool(piece) and piece.isupper() and not words_over(piece, 2) and status_of(piece) != ""


def runs_through_list(value: str) -> bool:
    """Is a value one sentence that runs on through its list: a lead-in ending on a colon ('… a
    working group for these content creators to:') over bulleted items that each open in lower case
    and go on with it ('● pilot techniques …;', '● think creatively …; and', '● explore tactics …')?
    The items are the parts of one action, not actions of their own."""
    marks = [m for m in _ITEM.finditer(value) if m.group().strip()[:1] in _GLYPH_MARKS]
    if len(marks) < 2 or not value[:marks[0].start()].rstrip().endswith(":"):
        return False
    ends = [m.start() for m in marks[1:]] + [len(value)]
    items = [value[m.end():end].strip() for m, end in zip(marks, ends, strict=True)]
    return all(item[:1].islower() for item in items)


def nest_bullets(value: str) -> str:
    """A numbered list merged into one paragraph with bullets under its items ('2. Agencies must enforce
    MFA … • For agency staff: … • For public users: … 3. Agencies must …', a PDF's box of actions): each
    bullet is a sub-item of the numbered item above it, joined to it after '; ' so that only the
    numbers split the value into items. A value that does not open with a number is left as it is."""
    if _NUMBERED_ITEM.match(value) is None or not any(g in value for g in _GLYPH_MARKS):
        return value
    return _NESTED_GLYPH.sub("; ", value)


def _not_an_action(label: str, value: str) -> bool:
    """'Action required: for noting', 'Action: none', 'Action: N/A': a cover sheet's purpose or nothing."""
    key = fold(value)
    return not key or key in MINUTE_NOT_ACTIONS or any(key.startswith(w + " ") for w in MINUTE_NOT_ACTIONS
                                                       if " " in w)


def read_labelled_actions(text: str) -> list[tuple[str, ProseAction]]:
    """The minute actions a paragraph marks with a label, each with the text before its label
    (the minute it closes, or discussion); [] when no label marks one."""
    return marked_points(text)[0]


def marked_points(text: str) -> tuple[list[tuple[str, ProseAction]], str]:
    """([(text before, action)], text after the last) of the action points text marks: a label
    ('Action:', 'ACTION 2 –', 'AP3:') and what follows it up to the next mark, or an 'Agreed that
    <who> will …' sentence. ([], text) when nothing marks one."""
    marks = [(m.start(), m.end(), squash(m.group("label")), "label") for m in _LABEL.finditer(text)
             if _label_fits(m, text)]
    marks += [(m.start(), m.end(), "Agreed", "agreed") for m in _AGREED.finditer(text)]
    marks.sort()
    found: list[tuple[str, ProseAction]] = []
    start = 0
    for k, (at, end, label, kind) in enumerate(marks):
        if at < start:
            continue  # inside the value of the mark before
        nxt = next((m[0] for m in marks[k + 1:] if m[0] >= end), len(text))
        if kind == "agreed":
            stop = _SENTENCE_END.search(text, end, nxt)
            value_end = stop.end() if stop else nxt
            agreed = agreed_action(text[end:value_end])
            if agreed is None:
                continue  # a decision that sets no one a task: it stays with the text around it
            found.append((text[start:at], agreed))
            start = value_end
            continue
        number = _LABEL.match(text, at)
        em = number.group("em") if number else ""
        close = text.find(em, end, nxt) if em else -1
        value_end = nxt
        agenda = _INLINE_AGENDA.search(text, end, nxt)
        if agenda is not None:  # the next agenda item begins: the point ends before it
            value_end = agenda.start()
        if close > end:  # the emphasis that opened the point closes it: what follows is more minute text
            value_end = close + len(em)
            after = _STATUS_AFTER.match(text, value_end, nxt)  # '** _Ongoing_'
            if after and fold(after.group(1)) in STATUS_WORDS:
                value_end = after.end()
        if number and number.group("who"):
            # a point naming who acts is one bullet: it ends where the next bullet or a blank line starts
            stop = _NEXT_BULLET.search(text, end, value_end)
            value_end = stop.start() if stop else value_end
        before, value = text[start:at], text[end:value_end]
        start = value_end
        ref = (number.group("num") or number.group("cnum") or "") if number else ""
        who = number.group("who") if number else None
        if number and not who and (number.group("forwho") or number.group("itemwho")):
            # 'Action item for Ashwini:', 'Action item Jeff:' (not 'Actions for Review:', 'Action item Update:')
            forwho = number.group("forwho") or number.group("itemwho")
            topic = any(w in MINUTE_TOPIC_WORDS or w in DELIVERABLE_NOUNS for w in fold(forwho).split())
            field_word = bool(number.group("itemwho")) and is_field_label(forwho)
            who = forwho if (is_owner(forwho) or _ONE_NAME.match(forwho)) and not topic and not field_word else None
        if number and not who and number.group("bracketwho"):
            who = bracket_owner(number.group("bracketwho"))
        task = squash(value.replace(em, " ") if em else value).strip(" ;" + _GLYPHS)  # a bullet left over at its end
        owner_by = None if who or em else _owner_by_date(value)
        if owner_by is not None:
            # 'Create space on the website. Action: Danny by 03 Nov Notification to …': the label names who and
            # by when only, so the sentence before it is the task; what follows the date is the next minute
            lead, when, length = owner_by
            start = end + length
            found.append((before, ProseAction(
                action="", lead=lead, due=due_of(when) or when, takes_paragraph_above=True,
                why="an 'Action:' label names who acts and by when only, so the sentence before it is the action")))
            continue
        closing = None if who or em or owner_by is not None else _closing_owner_by_date(value)
        if closing is not None:
            # 'Action: Issue the draft agenda. John Atkinson by 30 Nov - Review …': the task, then who and by
            # when after its full stop; what follows the date is the next minute
            task, lead, when, length = closing
            start = end + length
            found.append((before, ProseAction(
                action=task, lead=lead, due=due_of(when) or when,
                why="an 'Action:' label's task closed by who acts and by when")))
            continue
        if who and task:  # the label named who acts: what follows its colon is their task, whatever its words
            task, status = trailing_status(task)  # '… on slack channel. [done]'
            actions = [ProseAction(action=task, lead=who, due=due_of(task), status=status,
                                   why="an action point naming who acts ('Action HP: …', 'Action item for Jo: …')")]
        else:
            actions = actions_of_value(label, value.replace(em, " ") if em else value)
        for action in actions:
            action.ref = action.ref or ref
            found.append((before, action))
            before = ""
        if not actions:  # a label with nothing to do after it ('Action: none'): its text stays
            found.append((before + text[at:value_end], ProseAction(action="")))
    if not found:
        return inline_points(text)
    # a note without action only carries text: fold it into the next piece
    merged: list[tuple[str, ProseAction]] = []
    carry = ""
    for before, action in found:
        if not action.action and not action.takes_paragraph_above:
            carry += before
            continue
        merged.append((carry + before, action))
        carry = ""
    return merged, carry + text[start:]





def _wrapped_into(m: re.Match[str], text: str) -> bool:
    """Is a mixed-case label with a dash at a line's start ('Actions - Sex') the rest of a phrase
    that the line above runs on into? A form's label cell wraps 'd) Responsible Officer for
    Mitigating / Actions - Sex': the line above stops on a word, with no stop, colon or bracket,
    and the dash is the phrase's own. A label in capitals, or with a colon, is one wherever it
    stands ('… noted the report / Action: Clerk to …')."""
    label = m.group("label")
    if label.isupper() or m.group("mark").strip()[:1] not in ("-", "–", "—"):
        return False
    head = text[:m.start()]
    if not head.endswith("\n"):
        return False  # (after a sentence's end on the same line: a label)
    above = head.rstrip("\n").rsplit("\n", 1)[-1].rstrip()
    return bool(above) and above[-1].isalpha()


def _in_brackets(m: re.Match[str], text: str) -> bool:
    """Does the label stand inside a bracket, after words of it, that its line opened before it and
    closes after it ('(3) Equity plan (Max length PER ACTION: Two pages)')? A heading's note on what to
    write, no action; a bracket the label opens ('… discussed (ACTION: JS to circulate …)') is one."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = text[line_start:m.start()]
    if before.count("(") <= before.count(")"):
        return False
    if not before[before.rfind("(") + 1:].strip(" *_"):
        return False  # the label opens the bracket
    line_end = text.find("\n", m.end())
    return ")" in text[m.end():line_end if line_end >= 0 else len(text)]


def _label_fits(m: re.Match[str], text: str) -> bool:
    """A capitalised label ('Action', 'ACTION'), with a colon or dash, or in capitals before its text."""
    label = m.group("label")
    if not label[0].isupper():
        return False
    if m.group("mark").strip() in (".", ")") and not (m.group("num") or m.group("cnum")):
        return False  # 'took Action.' ends a sentence; 'Action 2.' numbers a point
    if _wrapped_into(m, text):
        return False
    if _in_brackets(m, text):
        return False
    rest = text[m.end():].strip()
    if not m.group("mark").strip():
        if not label.isupper():
            return False  # 'Action Plan …' in a sentence: no label
        first_line = rest.split("\n", 1)[0]
        if first_line.isupper():
            return False  # a heading set in capitals ('ACTIONS TO BE CONSIDERED IN THE EVENT OF …')
        head = first_line.split(":", 1)[0]
        if ":" in first_line and not words_over(head, 3) and head.isupper() and len(head) > 2:
            return False  # a capitals heading with its own label ('ACTION PLAN: Detail the actions …')
    return bool(rest)


# what an 'Action:' label holds when it names only who acts and by when ('Danny by 03 Nov', 'Mel Leitch, by
# 3 November 2020', 'AB/CD by 12/05'): a name or two (capitalised words, joined by '/', '&' or ','), 'by', a
# date printed as a day and month (a year after it or not) or in figures; the text after it is minute text
_NAME_WORDS = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}"
_BY_DATE = (r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"
            r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?")
_OWNER_BY_DATE = re.compile(rf"^\s*(?P<who>{_NAME_WORDS}(?:\s*[/&,]\s*{_NAME_WORDS})*)\s*,?\s+by\s+"
                            rf"(?P<when>{_BY_DATE})(?![\w/])[.;,]?")


def _owner_by_date(value: str) -> tuple[str, str, int] | None:
    """(who, when, how far into value they run) when an 'Action:' label's value opens with only who acts and
    by when; None otherwise (a task: 'Send the letter by 3 May')."""
    m = _OWNER_BY_DATE.match(value)
    if m is None or not find_dates(m.group("when"), 2000):
        return None
    who = m.group("who").strip(" ,")
    names = [n.strip() for n in re.split(r"\s*[/&,]\s*", who) if n.strip()]
    if not names or not all(is_owner(n) or _ONE_NAME.match(n) for n in names):
        return None
    return who, m.group("when"), m.end()


_CLOSING_OWNER_BY_DATE = re.compile(rf"(?<=[.;!?])\s+(?P<who>{_NAME_WORDS}(?:\s*[/&,]\s*{_NAME_WORDS})*)\s*,?\s+"
                                    rf"by\s+(?P<when>{_BY_DATE})(?![\w/])[.;,]?")


def _closing_owner_by_date(value: str) -> tuple[str, str, str, int] | None:
    """(task, who, when, how far into value they run) when an 'Action:' label's value is a sentence closed
    by who acts and by when after its full stop ('Issue the agenda. John Atkinson by 30 Nov'); else None."""
    for m in _CLOSING_OWNER_BY_DATE.finditer(value):
        task = squash(value[:m.start()])
        found = _owner_by_date(value[m.start():])
        if found is not None and len(task.split()) >= 2:
            return task, found[0], found[1], m.start() + found[2]
    return None


_TAIL_FIELDS = frozenset({"lead", "due", "status"})  # what lines under an action point may label


def labelled_tail(value: str) -> tuple[str, dict[str, str]]:
    """(the value without them, their fields) of the lines closing an action point's value that each
    label who does it, by when or how it stands ('ACTION' / the sentence / 'Who: …' / 'By when: …', as a
    newsletter's action box sets them): lines of their own, so the sentence above them is the whole
    action. (value, {}) when its last line labels nothing, or nothing stands above the labels."""
    from planx.normalise.lists import read_labels  # (lists imports this module's readers)
    lines = value.rstrip().split("\n")
    fields: dict[str, str] = {}
    while len(lines) > 1 and any(ln.strip() for ln in lines[:-1]):
        head, values, _ = read_labels(lines[-1].strip())
        if head.strip() or not values or not set(values) <= _TAIL_FIELDS:
            break
        fields = {**values, **fields}
        lines.pop()
    return ("\n".join(lines), fields) if fields else (value, {})


# a run set in italics with underscores, left in a converted item's text ('… _Ongoing_ Need a …')
_UNDERSCORED = re.compile(r"(?<![\w_])_([^_\n]+?)_(?![\w_])")


def emphasised_opening(text: str, runs: Sequence[str]) -> str:
    """The text with its emphasis marked again ('1. **Action 1.1: DS to contact …?** DS and AB have …')
    when it opens with an emphasised run that opens with an action point's label, as a source's
    conversion drops the marks and keeps the runs (Paragraph.emphasised): the emphasis that opened the
    point closes it (marked_points), and what follows it reports on it. The text as it is otherwise."""
    item = _ITEM.match(text)
    at = item.end() if item else 0
    for run in runs:
        run = run.strip()
        if run and text.startswith(run, at) and len(text) > at + len(run) and _LABEL.match(run) is not None:
            return f"{text[:at]}**{run}**{text[at + len(run):]}"
    return text


def report_status(report: str) -> str:
    """The status the report after an emphasised point gives in the last status it sets apart in
    italics ('… at this stage. _Closed_', '_Done._ DB has updated … _Closed_'): its latest word on the
    point; '' when no such run is a status and no more."""
    said = [m for m in _UNDERSCORED.findall(report) if is_status_run(m)]
    return said[-1].strip(" .") if said else ""


def is_status_run(text: str) -> bool:
    """Is the run a status and no more, or status phrases one after another ('Done. Closed')?"""
    parts = [p for p in re.split(r"[.;,]\s*", text.strip(" .")) if p.strip()]
    return bool(parts) and all(fold(p) in STATUS_WORDS for p in parts)


def actions_of_value(label: str, value: str) -> list[ProseAction]:
    """The actions the text after one label holds: owners only (the minute above is the action),
    a list of items, or one sentence."""
    value, labelled = labelled_tail(value)
    value = squash(value)
    if _not_an_action(label, value):
        return []
    if labelled:  # who and by when on labelled lines of their own under the sentence: the action's
        return [ProseAction(action=value, lead=labelled.get("lead", ""), due=labelled.get("due", ""),
                            status=labelled.get("status", ""),
                            why="the sentence after an 'Action' label, over lines labelling who and by when")]
    due = ""
    note = _DUE_NOTE.search(value)  # 'Secretariat (by end of March 2014)': who, and when in brackets
    if note and find_dates(note.group(1), 2000) and is_owner(value[:note.start()]):
        due, value = due_of(note.group(1)) or squash(note.group(1)), value[:note.start()]
    owner, rest = leading_owner(value)
    if owner:
        return [ProseAction(action="", lead=owner, due=due, takes_paragraph_above=True, after=rest,
                            why="an 'Action:' label names only who acts, so the minute above it is the action")]
    plural = any(w in MINUTE_PLURAL_LABEL_WORDS for w in fold(label).split())
    # under one 'Action:' label, a sentence that runs on through its bulleted list is one action
    items = [value] if not plural and runs_through_list(value) else split_items(value)
    if plural:
        items = [part for item in items for part in owned_sentences(item)]
    out = []
    for item in items:
        item, status = trailing_status(item.strip(" ;*_"))
        item, noted = note_owner(item)  # '@bob update docs', '… → Erin': the owner as notes tag one
        if not noted:  # 'AI: Carol – circulate the budget': after the label, a name and a dash name who acts
            noted, item = named_before_dash(item)
        item, lead, when = bracketed_note(item.strip(" ;*_"))
        lead = noted or lead
        if not lead:
            item, lead = bracketed_owner(item)
        if not words_over(item, 1):
            continue
        if not lead:  # '… list. (Prasanth)', '… (Todo, Prasanth)': who, and perhaps how it stands, last in brackets
            item, lead, bracket_status = labelled_bracket_owner(item)
            status = status or bracket_status
        if not lead:  # '… Nomination form. Wenming/Alex/Jim by 4/6': who, and by when, closing the item
            lead, when = owners_by_when(item) or ("", when)
        out.append(ProseAction(action=item, lead=lead or lead_of(item) or handle_before_verb(item),
                               due=when or due_of(item), status=status,
                               why="the sentence after an 'Action:' label in the minutes"))
    return out




# how far into a clause its modal may stand ('Experts from the Data Panel WILL provide …')
_TASK_MODAL_WORDS = 8
_PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they"}


# how the prose reader names an action read from a progress update's status-led block
UPDATE_BLOCK = "a progress update's block: a status line over the action's title and a paragraph on its progress"
_UPDATE_TITLE_WORDS = 20  # an action's title under its status line is short; a longer paragraph reports
_UPDATE_REPORT_WORDS = 5  # the paragraph reporting on the action says more than a few words
_UPDATE_STATUS_WORDS = 3  # a status line: the status alone ('Partially Complete', 'Action Outstanding')


def _update_status_line(text: str) -> bool:
    """Is the line only how an action stands ('Complete', 'Partially Complete', 'Regular Review',
    'Action Outstanding'), no date, no more?"""
    if not text or words_over(text, _UPDATE_STATUS_WORDS) or find_dates(text) or text.endswith(":") \
            or fold(text) in AGENDA_TITLES:
        return False  # ('NEW BUSINESS': an agenda's heading, whatever 'new' says elsewhere)
    return bool(status_of(text)) and fold(text) not in MINUTE_NOT_ACTIONS or fold(text) in UPDATE_STATUS_LINES


def _update_title(text: str) -> bool:
    """Is the line an action's short title ('Make use of KCC's new role as Accountable Body …', 'Data
    Mapping Exercise'): a few words, no sentence ending inside it, no colon closing it?"""
    return 2 <= len(text.split()) <= _UPDATE_TITLE_WORDS and not re.search(r"[.!?]\s+\S", text) \
        and not text.endswith(":")


def _decision_item(item: str) -> bool:
    """Does a listed item open with the verb of a meeting's own decision ('NOTE the report', 'To AGREE
    the item', 'Approve the accounts'): vocab.DECISION_ITEM_VERBS?"""
    words = fold(item).split()
    if words[:1] == ["to"]:
        words = words[1:]
    return bool(words) and words[0] in DECISION_ITEM_VERBS


# a short label and its colon opening a line ('Follow up: …', 'Update 4/1: …'): a note's label
_NOTE_LABEL = re.compile(r"^[A-Z][\w/ -]{0,24}:\s+\S")


def own_label_dropped(item: str) -> str:
    """An item of a list of actions that opens with a minute's own singular label ('Action: Ben will post
    the roadmap link'): the label says again what the list says; the action is what follows it."""
    label, colon, value = item.partition(":")
    key = fold(label)
    if colon and value.strip() and key in _MINUTE_LABELS and not any(w in MINUTE_PLURAL_LABEL_WORDS
                                                                      for w in key.split()):
        return value.strip()
    return item


def passive_task(words: list[str]) -> bool:
    """Does a clause (folded words) set a task in the minutes' passive shorthand, what is to be done
    and no one named: a subject, 'to be' and a participle among its first words ('Sick leave guidance
    to be updated by Friday', 'Minutes to be circulated to members')? 'to be' after a verb that reports
    ('The hall was to be painted', 'It remains to be seen') tells what was meant, no task set."""
    for k, w in enumerate(words[1:_TASK_MODAL_WORDS], start=1):
        if w != "to" or k + 2 >= len(words) or words[k + 1] != "be":
            continue
        participle = words[k + 2]
        before = words[k - 1]
        if before in REPORTING_VERBS or before in MINUTE_NOT_OWNERS or before.endswith("ing"):
            return False  # ('remains to be seen', 'remaining to be done': what is left, no task)
        return participle.endswith("ed") or participle in IRREGULAR_PARTICIPLES
    return False


def sets_a_task(item: str) -> bool:
    """Does an item under a heading that names actions set a task, though it opens with no verb and
    names no one by 'X to': a clause of it with a modal of commitment or obligation among its first
    words ('The proposal NEEDS TO be clear …', 'In the … section, the challenge owner SHOULD describe
    …', 'the secretariat team IS TO request …'), or opening with an instruction's verb after a
    leading phrase ('In the proposal, APPLY the wording …')? A record of what was done ('The panel
    went through each question and confirmed …') sets none."""
    for clause in re.split(r"[,;]\s+", item):
        words = fold(clause).split()
        if len(words) < 3 or words[0] in COMMITMENT_MODALS or words[0] in _PERSONAL_PRONOUNS:
            continue  # no subject ('…, will review next time'), or a note in the first person ('we ran out of time')
        if commits_to(words, within=_TASK_MODAL_WORDS) or " is to " in f" {' '.join(words)} " \
                or " are to " in f" {' '.join(words)} " or passive_task(words):
            return True
        if clause is not item and opens_with_verb(clause):
            return True
    return False




DECIDED_ITEM = "an item under a label naming the meeting's decisions ('Resolved') that names who acts and what to do"


def decision_label(text: str) -> bool:
    """Is the line only a label naming what the meeting decided ('**Resolved**', 'Agreed:', '## Decisions')?"""
    return _DECISION_LABEL.match(text) is not None


def imperative(text: str) -> bool:
    """Does the text, set after who acts and a colon, say what they are to do ('Introduce …', 'Sort
    out …', 'Go ahead and install …', 'Display instructions for …')? A verb opening it says so; failing
    that, an opening that is none of what else follows a name there: a question, a record of what was
    done or said ('Reported the …', 'Thanks everyone': a past or third person's form), a sentence
    opening with its subject ('The budget was …', 'We will …'), or a 'No change'."""
    t = squash(text)
    if t.endswith("?"):
        return False
    if opens_with_verb(t) or looks_like_action(t):
        return True
    words = fold(t).split()
    if len(words) < 3:
        return False
    first = words[0]
    record = first.endswith("ed") or first.endswith("s") and not first.endswith(("ss", "us"))
    return not (record or first in _PERSONAL_PRONOUNS or opens_object(first) or first in COMMITMENT_MODALS
                or first in NO_TASK_OPENERS)


def decided_task(item: str) -> tuple[str, str] | None:
    """(who, task) of an item under a label naming the meeting's decisions that sets someone a task:
    who acts named before a colon (names, initials or a role; no topic word: strict), then an
    instruction ('Luther/Valentine: Sort out details …'). None for the meeting's other decisions
    ('(none)', 'The budget was approved', 'Website: looks fine')."""
    who, point = named_before_colon(item, strict=True)
    if not who or not imperative(point):
        return None
    return who, point


_DUE_NOTE = re.compile(r"\s*[(\[]\s*((?:by|before|due)?\b[^()\[\]]{2,40})[)\]]\s*[.]?\s*$", re.I)


_NUMBERED_LABEL = re.compile(r"^(.*?\S)\s+(\d{1,2}[a-z]?)$")  # 'action 2' (folded): a label and its number




def closing_minute(before: str) -> tuple[str, str, str]:
    """(text before, number, minute): the minute an owner-only label closes is the last numbered
    paragraph of the text before it ('… 4.1 David is unable … 4.2 David advised …' → '4.2',
    'David advised …'), or all of it."""
    text = squash(before)
    starts = list(_SUB_PARAGRAPH.finditer(text))
    if not starts:
        return "", "", text
    last = starts[-1]
    return text[:last.start()].strip(), last.group(1), text[last.end():].strip()


_MARGIN_MINUTE_WORDS = 5  # a minute a margin's owner stands beside: this many words at least
# a minute item's number at the paragraph's start or after a sentence's end: '10. ', '4.13iii) ', 'ii) ', and
# numbers a list's numbering printed twice ('4.4. 4.4.4.4.4.13i) The additional …')
_ITEM_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2})*[a-z]{0,4}[.)]?|\(?(?:[ivx]{1,5}|[a-h])[.)])"
_MINUTE_ITEM = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<num>(?:{_ITEM_NUMBER}\s*)*{_ITEM_NUMBER})\s+(?=[A-Z])")


def last_minute_item(before: str) -> tuple[str, str, str]:
    """(text before, number, item) of the last numbered item of a minute's text ('… dealt with. 10.
    Confirmation … received. 11. Cllr. O. Williams and the Clerk …' → '11', 'Cllr. O. Williams and the
    Clerk …'), its number left off; a text that numbers no item is all the item. (A number needs its stop
    or bracket somewhere: '2019 Accounts' opens no item.)"""
    text = squash(before)
    starts = [m for m in _MINUTE_ITEM.finditer(text) if re.search(r"[.)]", m.group("num"))]
    if not starts:
        return "", "", text
    last = starts[-1]
    number = last.group("num").split()[-1].rstrip(".)").lstrip("(")
    return text[:last.start()].strip(), number, text[last.end():].strip()


_TITLES = "|".join(NAME_TITLES)
# one who acts in a margin note: initials ('JS'), a name with its title or initials ('Cllr. J. Davies', 'A.
# Thomas', 'Dr Patel'); a role is_role names ('Clerk')
_MARGIN_PERSON = re.compile(rf"^(?:[A-Z]{{2,4}}|(?:(?:{_TITLES})\.?\s*)?(?:\.?[A-Z]\.\s*){{1,2}}[A-Z][\w'’\-]+"
                            rf"|(?:{_TITLES})\.?\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)$")


def margin_who(text: str) -> bool:
    """Does a note name only who acts, each part initials, a titled or initialled name or a role ('Cllr.
    J. Davies', 'Clerk', 'Cllr. O. Williams/Clerk', 'JS/AB')? Not a phrase that ends on a role ('Signed by
    the Chair'), nor two capitalised words that may be a heading as well as a name ('Actions Summary')."""
    if not is_owner(text) or fold(text) in AGENDA_TITLES:
        return False  # ('AOB' alone: the agenda's item, no one's initials)
    parts = [p.strip() for p in re.split(r"\s*(?:/|,|&|\+|\band\b)\s*", text) if p.strip()]
    return bool(parts) and all(_MARGIN_PERSON.match(p) or len(p.split()) <= 2 and is_role(p.split()[-1])
                               and all(w[:1].isupper() for w in p.split()) for p in parts)


_NOTE_WORDS = 2  # a margin note that names no one ('Noted', 'For information'): this many words at most
_NOTE_TEXT_WORDS = 5  # the words, on average at least, of the text cells beside a column of margin notes


def _margin_line(line: str) -> bool:
    """A line of a margin column: who acts, or a short note that names no one ('Noted')."""
    text = squash(line).strip(" .;")
    return margin_who(text) or 0 < len(text.split()) <= _NOTE_WORDS and text[:1].isupper() \
        and not any(ch.isdigit() for ch in text) and all(w[:1].isupper() for w in text.split())


def margin_note_paragraphs(rows: list[list[tuple[int, str]]]) -> list[tuple[int, str]] | None:
    """The minutes a table of two columns holds when it is running text with notes in the right margin
    (the PDF reader took the text and its notes for a table: 'ix) … solar panels.' | 'Noted', '… on
    the forum.' | 'Cllr. G. Evans'): [(row index, paragraph)] in reading order, each item's text a
    paragraph (a line opening with an item's number opens one) and each note a paragraph after the
    line it stands beside, as pdfpage.margin_notes gives them outside tables; None for any other table.
    The notes are lines of who acts or a word or two that names no one ('Noted'), one at least naming
    who acts; the text cells say more (_NOTE_TEXT_WORDS on average). A note stands beside the text line
    of its own rank, or beside the last lines when there are fewer notes than lines (notes past the
    lines go on with the last: 'Cllr. H. Gwynne/A.' over 'Thomas')."""
    if not rows or any(c not in (0, 1) for row in rows for c, _ in row):
        return None
    texts = [t for row in rows for c, t in row if c == 0 and t.strip()]
    notes = [ln for row in rows for c, t in row if c == 1 for ln in t.splitlines() if ln.strip()]
    if not texts or not notes or sum(len(t.split()) for t in texts) < _NOTE_TEXT_WORDS * len(texts) \
            or not all(_margin_line(n) for n in notes) or not any(margin_who(squash(n).strip(" .;")) for n in notes):
        return None
    out: list[tuple[int, str]] = []
    current: list[str] = []

    def flush(i: int) -> None:
        if current:
            out.append((i, squash(" ".join(current))))
            current.clear()

    for i, row in enumerate(rows):
        cells = dict(row)
        lines = [ln for ln in cells.get(0, "").splitlines() if ln.strip()]
        beside = [ln.strip() for ln in cells.get(1, "").splitlines() if ln.strip()]
        if len(beside) > len(lines):
            keep = max(len(lines), 1)
            beside = beside[:keep - 1] + [" ".join(beside[keep - 1:])]
        first_noted = len(lines) - len(beside)
        for k, ln in enumerate(lines):
            opens = _MINUTE_ITEM.match(ln.strip())
            if opens is not None and re.search(r"[.)]", opens.group("num")):
                flush(i)
            current.append(ln.strip())
            if k >= first_noted:
                flush(i)
                out.append((i, beside[k - first_noted]))
        if not lines and beside:
            out.extend((i, b) for b in beside)
    flush(len(rows) - 1)
    return out


# (emphasis marks hug the heading: '* Actions …', a star and a space, is an agenda's bullet)
_LIST_HEADING_WORDS = 10  # 'Actions relating to exchange of property/place address information'
_LIST_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?(?:[*_]{1,2}(?=\w))?(?P<text>\w[^.!?*_]{0,90}?)\s*[*_:]{0,3}\s*$")


# a date after a label, set apart by a dash or a bar ('Action Items - 4/5/2021'): the meeting's
_DATED_LABEL = re.compile(r"^(?P<label>.*?\S)\s*(?:[-–—|]|\s-)\s*(?P<date>[\d/.\- ]{6,10}|"
                          r"\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\s*[*_]{0,2}\s*$")


def undated_label(text: str) -> str:
    """A heading less the date it closes with after a dash ('Retro Action Items - 04/04/2023' → 'Retro
    Action Items'): a meeting's list labelled with the meeting's date, which says when the items were
    set, never when they are due; the text as it is otherwise."""
    last = text.rstrip().rstrip("*_").rstrip()[-1:]
    if not (last.isdecimal() or last in ("/", ".", "-")):
        # the text cannot end with a date: no need to try the label's every end (a scan that costs a
        # long paragraph dearly). A date ends in a digit, or in a separator after its digits.
        return text
    m = _DATED_LABEL.match(text)
    if m is None or not find_dates(m.group("date")) or not re.search(r"[A-Za-z]", m.group("label")):
        return text
    return m.group("label")


def dated_list_label(text: str) -> bool:
    """Is the heading an action list's label and the date of the meeting that set them ('Action Items -
    4/5/2021', 'Retro Action Items – 04/04/2023')?"""
    label = undated_label(text)
    return label != text and (_BARE_LABEL.match(label) is not None or list_heading(label))


# the opening of a numbered clause of a legal instrument (articles of association, an act, a contract):
# its number, a dash and the number of its first paragraph ('7.—(1) The general rule …', '12. (1) …',
# '4.— The directors may …'), as statutes and model articles print them; a meeting's next agenda
# item ('7. Finance') prints no such mark
_LEGAL_CLAUSE = re.compile(r"^\s*\d{1,3}\.\s*(?:[—–]\s*(?:\(1\)|[A-Z])|\(1\)\s)")


def opens_legal_clause(text: str) -> bool:
    """Does the paragraph open a numbered clause of a legal instrument (_LEGAL_CLAUSE)?"""
    return _LEGAL_CLAUSE.match(text) is not None


def stage_heading(text: str) -> bool:
    """A heading that says only how or when the items under it stand ('Planned:', 'Completed Actions:',
    'In progress', 'Q1 2025'): under a heading naming a list of actions, a division of that list."""
    from planx.normalise.horizons import read_horizon
    return read_horizon(squash(text).strip(" #*_")) is not None


def list_heading(text: str) -> bool:
    """A short heading over a list that names actions at its start or end ('Actions for next
    meeting', 'New/Roll over actions', '## Actions arising'), not a plan ('Action plan')."""
    m = _LIST_HEADING.match(text)
    if not m:
        return False
    if ":" in m.group("text") or re.search(r"\s[-–—]\s", m.group("text")):
        return False  # 'ACTION: PP/AB', 'Action – Clerk': a label and its value
    words = fold(m.group("text")).split()
    if not 2 <= len(words) <= _LIST_HEADING_WORDS or "plan" in words or "plans" in words:
        return False
    if not MINUTE_LIST_HEADING_WORDS & set(words):
        return False  # 'Key actions', 'Priority actions': a plan's or a report's heading, not a meeting's list
    joined = " ".join(words)
    # 'Actions for …', 'Action points arising' at the start ('ACTION JS to …' is a label and its point);
    # '… actions', '… action points' at the end
    return bool(re.match(r"^(?:actions|action (?:points|items))\b", joined)
                or re.search(r"\baction(?:s| points| items)?$", joined))


_LIST_NOUNS = frozenset({"action", "actions", "point", "points", "item", "items"})


def qualified_label(text: str) -> bool:
    """A label over a minute's list made only of the words naming its actions and the words that
    place them in the meeting's record ('Follow-up actions', 'Outstanding action points', 'New and
    carried forward actions'): as bare as 'Actions:', every item under it is an action; a label that
    names a topic too ('Actions relating to MAIT') leaves each item to say so."""
    m = _LIST_HEADING.match(text)
    if m is None:
        return False
    words = set(fold(m.group("text")).split())
    return bool(words & _LIST_NOUNS) and words <= _LIST_NOUNS | MINUTE_LIST_HEADING_WORDS | {"and", "up"} \
        and list_heading(text)


def next_steps_heading(text: str) -> bool:
    """A heading that is only the words naming what comes next ('## Next Steps', 'Next actions'), or
    those words and then the item they are for ('### Next steps on publishing vacancies online',
    'Next steps for the data strategy', as 'Actions relating to …' heads a panel's list per item):
    in minutes, the list under it is the meeting's actions, whatever the document calls itself."""
    m = _LIST_HEADING.match(text)
    if m is None:
        return False
    words = fold(m.group("text"))
    if words in NEXT_LEAD_INS:
        return True
    if words_over(words, _LIST_HEADING_WORDS):
        return False
    return any(words.startswith(phrase + " ") and words[len(phrase) + 1:].split()[0] in TOPIC_PREPOSITIONS
               for phrase in NEXT_LEAD_INS)


def numbered_block_heading(text: str) -> tuple[str, str] | None:
    """(number, title) of a numbered action heading ('Action 3: Build a catalogue'); else None."""
    m = _NUMBERED.match(squash(text))
    if not m or words_over(m.group(2), 40):
        return None
    if re.fullmatch(r"\d{1,2}[a-z]?", m.group(2).strip()) and text.strip().endswith(f"{m.group(1)}.{m.group(2)}"):
        return f"{m.group(1)}.{m.group(2).strip()}", ""  # 'Action 1.1' alone: its number is 1.1, its title below
    return m.group(1), m.group(2).strip()


# ---- action-log topic headings ------------------------------------------------------------------

_TOPIC_LEAD = re.compile(r"^(?P<topic>.{3,120}?)\s*(?:[-–—:]|\()\s*(?:lead(?:s|\s+officers?)?|owners?)\s*[:\-–]?\s*"
                         r"(?P<lead>[^()]{1,60}?)\)?\s*$", re.I)


def topic_and_lead(text: str) -> tuple[str, str] | None:
    """('National Address Dataset', 'HS/BB') for 'National Address Dataset – Lead HS/BB': a topic
    heading over an action log that names who leads it; None otherwise."""
    m = _TOPIC_LEAD.match(squash(text))
    if not m or not is_owner(m.group("lead")):
        return None
    return m.group("topic").strip(" -–—:"), m.group("lead").strip()


def topic_headings(blocks: list, taken: set[int]) -> dict[int, tuple[str, str]]:
    """{block index: (topic, lead)} for the short paragraphs written directly above the tables of
    an action log kept per topic ('Address Data – Lead HS/BB' over 'action | owner | status').
    Only in a document where two or more tables have such a line and one of them names a lead,
    or where three or more have one and those tables share their shape with no heading row of
    their own (one log cut into pieces: 'Secretariat' over 'Circulate minutes … | KK | New'): that
    is what marks the lines as topics rather than captions or titles."""
    from planx.extract.model import Paragraph, Table
    found: dict[int, tuple[str, str]] = {}
    named_lead = False
    for i, b in enumerate(blocks[:-1]):
        if i in taken or not isinstance(b, Paragraph) or not isinstance(blocks[i + 1], Table):
            continue
        text = squash(b.text)
        # words, not dashes: 'OS Derived Data … Rights of Way - Lead GS' joins its parts with dashes
        words = [w for w in text.split() if any(ch.isalnum() for ch in w)]
        if not text or len(text) > 120 or len(words) > 15 or text.endswith((".", ":", ";")) \
                or numbered_block_heading(text) or _LABEL.match(text) or area_lead_of(text):
            continue  # ('Executive sponsor: Sam Okafor' names the lead of the area above, no topic)
        if split_area_lead(text)[1] and _read_banner(text):
            continue  # 'Priority 1: Homes - Lead: Jo Whitfield': a numbered area's banner and its lead
        topic = topic_and_lead(text)
        named_lead = named_lead or topic is not None
        found[i] = topic or (text, "")
    if named_lead and len(found) >= 2:
        return found
    # no lead named: the lines must be bare names, over pieces of one log; a line that says what it
    # is ('Priority 1: Listen to …') is a banner, read as one with its number, and an area word over an
    # outline number ('Objective 1.3') numbers the form below it
    from planx.normalise.banners import outline_item, read_banner  # structure imports this module
    bare = {i: t for i, t in found.items() if not read_banner(t[0]) and not outline_item(t[0])}
    if len(bare) == len(found) >= 3 and _one_headerless_shape([blocks[i + 1] for i in found]):
        return found
    return {}


def _read_banner(text: str) -> tuple[str, str] | None:
    from planx.normalise.banners import read_banner  # structure imports this module
    return read_banner(text)


def _one_headerless_shape(tables: list) -> bool:
    """Are the tables all as wide as one another, none opening with a row of column headings?"""
    from planx.normalise.headers import read_header
    widths = set()
    for t in tables:
        first = [c for c in t.rows[0].cells if not c.merged_above] if t.rows else []
        if not first or read_header([(c.col, c.colspan, c.text) for c in first], first=True) is not None:
            return False
        widths.add(max(c.col + c.colspan for c in first))
    return len(widths) == 1


__all__ = ["ANNOUNCED_ACCEPT", "ANNOUNCED_ITEM", "Announced", "weigh_announced", "topic_headings",
           "read_labelled_actions", "closing_minute", "numbered_block_heading", "topic_and_lead",
           "actions_of_value", "split_items", "marked_points", "sets_a_task"]


# ---- the walker's reader of prose actions --------------------------------------------------------

# a labelled line inside a block: 'Responsible: OMB', 'Timeline: Completed within 3 months'
_SEGMENT_LABEL = re.compile(r"(?:^|(?<=\s))([A-Z][A-Za-z()/&' ]{1,40}?)\s*:\s+")


def labelled_segments(text: str, classify_label: Callable[[str], str]) -> list[tuple[str, str, str]]:
    """[(field or '', label, value)] of text made of labelled lines, perhaps merged into one
    paragraph ('Responsible: OMB Supported practice(s): 2, 6 Measurement: …'); [] when the text
    does not open with a label. classify_label gives a label's field ('' for none)."""
    marks = [m for m in _SEGMENT_LABEL.finditer(text) if not words_over(m.group(1), 5)]
    if not marks or marks[0].start() > 0 and text[:marks[0].start()].strip():
        return []
    out = []
    for m, end in zip(marks, [n.start() for n in marks[1:]] + [len(text)], strict=True):
        out.append((classify_label(m.group(1)), squash(m.group(1)), squash(text[m.end():end])))
    # a later 'Label:' that names no field is part of the value before it ('… as follows: …')
    merged: list[tuple[str, str, str]] = []
    for name, label, value in out:
        if merged and not name and merged[-1][0]:
            prev = merged[-1]
            merged[-1] = (prev[0], prev[1], f"{prev[2]} {label}: {value}")
        else:
            merged.append((name, label, value))
    return merged


def dashed_label(text: str) -> list[tuple[str, str, str]]:
    """[(field, label, value)] of a line whose run-in label ends at a dash ('Target date – March
    2026', normalise/lists.label_spans); [] otherwise."""
    from planx.normalise.lists import label_spans
    spans = label_spans(text)
    if len(spans) != 1 or spans[0][0] != 0 or ":" in text[:spans[0][1]]:
        return []
    _, start, name, label = spans[0]
    return [(name, label, squash(text[start:]))]


def run_together(text: str) -> list[tuple[str, str, str]]:
    """[(field, label, value)] of a line that runs several labelled fields together ('Lead officer:
    M. Patel, Commissioning Manager  Target date: March 2026  RAG: Green'), the labels read by
    meaning as inside a list item (normalise/lists.read_labels: a name's capital word before a
    label is no label); [] when the line does not open with a label or holds one only."""
    from planx.normalise.lists import labelled_fields
    return labelled_fields(text)


@dataclass
class ActionBlock:
    """A numbered action heading and the labelled lines under it."""
    number: str
    title: str
    page: int
    line: int
    heading_text: str  # as printed
    fields: dict[str, str] = field(default_factory=dict)
    # a line under a heading with no title whose label reads as the work only loosely ('Description: …'):
    # (its text, page, line), the action when no line labels it surely
    described: tuple[str, int, int] | None = None
    # the items of a list under a label naming the action's parts ('Milestones:' over '1. …', '2. …'),
    # None while no such label is open
    parts: list[str] | None = None


# area words a minute's labelled line names a field of its action by, not the grouping it comes under
_OWN_FIELD_AREA_WORDS = ("objective", "outcome")


def _part_row(item: str) -> dict[str, str]:
    """A milestone listed under an action ('1. Pilot sites identified (May 2026) – Not yet started'):
    its text, the date in its brackets and the status after it, as a milestone row reads them."""
    text = _ITEM.sub("", item, count=1).strip() if _ITEM.match(item) else item
    text, status = trailing_status(text)
    m = re.search(r"\(([^()]*)\)\s*$", text)
    due = ""
    if m and find_dates(m.group(1)):
        text, due = text[:m.start()].rstrip(" ,–—-"), m.group(1).strip()
    return {k: v for k, v in (("milestones", text), ("due", due), ("status", status)) if v}


# how the prose reader names an item of a list announced by a sentence ('The Council will:')
ANNOUNCED_ITEM = "an item of a list announced by a sentence ending 'will:'"
# how the prose reader names an item listed under a resolution naming who does it ('RESOLVED the Leader to:'):
# the minute's own decision sets the task, as an 'Actions:' label does
RESOLVED_ITEM = "an item listed under a resolution naming who does it ('RESOLVED the Leader to:')"
# below this, the announced lists of a document are no plan's commitments (weigh_announced)
ANNOUNCED_ACCEPT = 0.35
# this share of the items of lists announced as what ought to be done, opening with a verb, makes them
# recommendations (weigh_announced)
_RECOMMENDED_SHARE = 2 / 3
# items under 'Actions:' labels, at least this many (and no fewer than the announced items), that make
# a document's dateless announced lists its narrative (weigh_announced)
LABELLED_OVER_ANNOUNCED = 5
# how the prose reader names an item of a list under a bare label ('Actions:'): LISTED_ITEM.format(label)
LISTED_ITEM = "an item of the list under '{}:' in the minutes"


@dataclass
class Announced:
    """What a document's lists announced by a sentence ('… the Council will:') say about themselves."""
    items: int  # items read from them
    dated: int  # items that name who acts or by when
    lists: int  # sentences that announced a list
    themed: int  # items under a heading that names a goal, a theme or actions ('1. Early help', 'Next steps')
    plan_title: bool  # the document calls itself a plan or strategy
    other_kind: str  # what else its title calls it ('terms', 'policy', 'minutes'), if anything
    other_actions: bool  # actions read otherwise (a plan table, numbered action headings, labelled lines)
    labelled: int = 0  # items read from lists under a bare label naming them as actions ('Actions:')
    numbered: int = 0  # actions the document numbers itself through its sections ('1.' … '20.' across its themes)
    # items of lists announced as what ought to be done ('We can prevent this by doing the following:')
    # that open with a verb ('Provide a clear definition of …'): recommendations, whatever the document
    recommended: int = 0


def recommends(e: Announced) -> bool:
    """Are the announced lists what the document says ought to be done, item by item an instruction?"""
    return e.items > 0 and e.recommended >= _RECOMMENDED_SHARE * e.items


def weigh_announced(e: Announced) -> tuple[float, str]:
    """(confidence 0–1, the evidence in words) that the lists a sentence announced are a plan's
    commitments ('Over the next year we will:' over dated items, under theme headings, in a document
    called a plan), not what a body will do in a fact sheet, a press release, terms of reference or
    an agenda ('The new committee will:' over its remit, once, dateless). A plan says who and when,
    heads its lists by its themes, calls itself a plan, or announces list after list."""
    n = max(e.items, 1)
    dated, themed = e.dated / n, e.themed / n
    # a title alone is no evidence: 'Project Plan' over one list naming no one, no date and no theme
    # ('The Git repository will: Contain the minutes …' in a configuration plan's prose) says what
    # the document is, not that this list is its work; the title counts beside the lists' own evidence
    titled = e.plan_title and bool(e.dated or e.themed or e.lists >= 2 or e.other_actions)
    confidence = (0.4 * titled + 0.35 * min(1.0, dated / 0.5) + 0.3 * (e.lists >= 2)
                  + 0.3 * e.other_actions + 0.2 * themed)
    if e.other_kind and not e.plan_title:
        confidence -= 0.3  # a charter, a policy, minutes: what it says a body will do is its remit
    if recommends(e):
        # what a report says ought to be done, each item an instruction: its recommendations
        confidence += 0.7
    # (or numbers them 1 … 20 through its themes: 'They will:' under one of them says what a role will do)
    described = max(e.labelled, e.numbered) >= max(LABELLED_OVER_ANNOUNCED, e.items) and not e.dated
    if described:
        # the document sets its actions out under 'Actions:' labels; a dateless 'The programme will:' list
        # elsewhere says what one of them will do (a strategy's narrative), not actions of its own. Its
        # plan title, its other actions, its theme headings and its list after list are the evidence of
        # those labelled actions, not of these lists: only who or when in the items themselves would
        # speak for them (a national strategy's 'This will be achieved by: Ensuring …' under each pillar)
        confidence = min(confidence - 0.5, 0.35 * min(1.0, dated / 0.5))
    confidence = round(max(0.0, min(1.0, confidence)), 2)
    by_labels = described and e.labelled >= e.numbered
    told = (f"; {e.labelled} action(s) listed under labels naming them as actions" if by_labels else
            f"; {e.numbered} action(s) numbered through the document" if described else "")
    ending = ("'will:'" if not e.recommended else "'the following:'" if e.recommended == e.items
              else "'will:' or 'the following:'")
    why = (f"{e.items} item(s) of {e.lists} list(s) announced by a sentence ending {ending} "
           f"({dated:.0%} naming who or by when, {themed:.0%} under a heading naming a goal, theme or "
           f"actions; {'other actions read' if e.other_actions else 'no other actions read'}; the document "
           f"{'calls itself a plan or strategy' if e.plan_title else 'does not call itself a plan'}"
           f"{' (its title alone: no evidence)' if e.plan_title and not titled else ''}"
           f"{', and calls itself ' + e.other_kind if e.other_kind else ''}"
           f"{told}"
           f"{f'; {e.recommended} item(s) say what ought to be done' if e.recommended else ''}"
           f"; confidence {confidence:.2f})")
    return confidence, why


class ProseReader:
    """Reads the actions of minutes and labelled blocks for the walker, which gives it the
    things to call: emit(fields, page, line, kind) makes an action ('minute' or 'block'),
    keep(text, reason, page, line) keeps text aside, take_last() hands back (and forgets) the
    paragraph read just before, classify_label(label) names a label's field, and heading_back(text,
    page, line) returns a numbered heading that proved no action to be read as a heading."""

    def __init__(self, emit: Callable[[dict[str, str], int, int, str, list[dict[str, str]]], None],
                 keep: Callable[[str, str, int, int], None],
                 take_last: Callable[[], str],
                 classify_label: Callable[[str], str],
                 heading_back: Callable[[str, int, int], None]):
        self.emit, self.keep, self.take_last, self.classify_label = emit, keep, take_last, classify_label
        self.heading_back = heading_back  # a numbered heading that proved no action: the walker reads it
        self.block: ActionBlock | None = None
        self.listing = ""  # the bare label ('Actions:') whose list is being read
        self.list_owner = ""  # who does the items of that list, when its label names them ('Actions: for …')
        self.loose_list = False  # the list is under a heading that names actions ('Actions for next meeting')
        # the list follows a sentence that announces commitments ('… the Council will:'): paragraphs
        # that describe an item (no bullet) stay with it instead of ending the list; a heading ends it
        self.announced = False
        self.item_kind = ""  # the marker kind of an announced list's items: 'bullet' or 'number'
        self.announcements = 0  # how many sentences announced a list so far (the number of the open one)
        # the announcements (their numbers) that say what ought to be done ('… should do the following:')
        self.obliging: set[int] = set()
        # the last action read ends with a colon ('2. Lead the global conversation … through:'): the lines
        # marked as its sub-items below ('i Work with partners …') are its parts, and the list goes on
        self.parts_open = False
        self.last_number = 0  # the number of the last numbered item of the open list (0: none)
        # a list under a bare label that a page break interrupted (a page number, a running heading):
        # (its label, loose, announced, item kind, last number), and how many lines have come since
        self.paused: tuple[str, bool, bool, str, int] | None = None
        # the depth of the list item that names the open list ('- Action Items' over its nested items):
        # its children are the list, an item no deeper than it ends the list; None for any other list
        self.item_label_depth: int | None = None
        self.child_depth: int | None = None  # the depth of that list's own items (its first item's)
        # that item is numbered as the meeting's agenda item ('1. Outstanding Actions'): bullets set at its
        # own depth under it ('- AB: revise …') are its notes, a list of another kind, not items beside it
        self.item_label_numbered = False
        # the open list stands under a heading (or a list item) of its own ('## Follow-up actions', '1. Open
        # actions'), a log of its own: no 'Action:' label noting, in the minute text, a row of an action table
        self.listing_headed = False
        self.paused_for = 0
        self.read: dict[str, int] = {}  # how each action was read → how many
        self.item_emitted = False  # the list's last item was read as an action (its nested bullets join it)
        self.body_seen = False  # a paragraph that is no heading has been read (the document's body began)
        self.label_above: str | None = None  # the number of an 'Action N' label alone on the line before
        # how that action stands, when a line of its own between the label and its paragraph says so
        # ('Action 4' / 'In Progress' / 'The Office … will …', a web page's action card)
        self.label_status = ""
        # the action just read from the paragraph under an 'Action N' label: the lines after it that
        # belong to its card (a labelled 'Timeline: Within 6 months'; the items of a list its text
        # announces with a colon) are read into it, until a heading or a line of any other kind
        self.card_open = False
        self.card_announces = False  # the card's text ends with a colon: a list of its parts follows
        self.card_gap = 0  # the paragraphs of other kinds read since the card's text
        # a plural label ('Actions') read beside its first paragraph (a margin label: 'Actions   County Cllr
        # Webb was asked to …'): the paragraphs right after it that set someone a task are its too
        self.label_over = False
        self.last_label_number = ""  # the number of the last 'Action N' label read with its paragraph
        # the document calls itself minutes (a meeting's notes): its items that say '<who> will <verb>' set
        # tasks (committed_item), as a plan's prose saying what its body will do does not
        self.minutes = False
        self.resolution = False  # the list read is one a resolution opened ('RESOLVED the Leader to:')
        # a progress update's blocks ('Complete' / 'Local Transport Plan approved' / 'Following a summer …'):
        # the status line just read, the short title under it, and how many such blocks were read
        self.update_status: tuple[str, int, int] | None = None
        self.update_title: tuple[str, str, int, int] | None = None
        self.update_blocks = 0
        # the paragraph just read was a minute's action: a status alone on the next line is its status
        self.action_just_read = False
        # the runs of the paragraph being read that its source sets in emphasis (extract Paragraph.emphasised)
        self.emphasised: list[str] = []

    # -- paragraphs ---------------------------------------------------------------------------
    def paragraph(self, text: str, page: int, line: int, heading: bool, starts_with_form_label: bool,
                  indented: bool = False, before_form: bool = False, depth: int = 0,
                  before_clause: bool = False) -> bool:
        """Read a paragraph if it is prose action text; False leaves it to the walker. indented: the
        paragraph sits under a list item (a description the source set under an item's title).
        before_form: the next paragraph is a form's labelled line ('Action: …', 'Lead officer: …').
        depth: how deep a list item is nested, where the source says (0 otherwise). before_clause: the next
        paragraph opens a numbered legal clause ('7.—(1) The general rule …', opens_legal_clause)."""
        if heading and text.lstrip()[:1] in _GLYPH_MARKS:
            heading = False  # a line opening with a bullet is a list's item, however it is styled
        body, self.body_seen = self.body_seen, self.body_seen or not heading
        if not heading and not starts_with_form_label and self.minutes and self.margin_owner(text, page, line):
            self.action_just_read = False
            return True
        if not heading and not starts_with_form_label and self.status_of_last(text, page, line):
            return True
        self.action_just_read = False
        if self.label_over:
            self.label_over = False
            if self.goes_on_under_label(text, heading, page, line):
                return True
        if self.card_open and self.card_line(text, heading, page, line):
            return True
        if self.label_above is not None:
            number, self.label_above = self.label_above, None
            status, self.label_status = self.label_status, ""
            if not heading and not status and not words_over(squash(text), _LABEL_STATUS_WORDS) \
                    and status_of(squash(text)) and not find_dates(text):
                # 'Action 4' / 'In Progress' / 'The Office … will update …': a card's status on a line of
                # its own, under the label and over the paragraph that says what is done
                self.label_above, self.label_status = number, squash(text)
                return True
            from planx.normalise.tableforms import labelled_line, looks_labelled  # it imports this module
            if not heading and _CONTINUED.search(squash(text)) and number == self.last_label_number:
                # 'Recommendation #3' again over 'Continue Shift … (continued)' on the next page: the same item
                # going on, no new one
                self.keep(text, "an action's title again, continued on a new page", page, line)
                return True
            if not heading and self.block is None and looks_labelled(squash(text)) \
                    and (before_form or labelled_line(squash(text)) is not None):
                # 'ACTION 1.1' alone over 'Description: …' / 'Lead: …': the number of a form, whose labelled
                # lines say what is done and by whom (its label is kept aside already: no heading handed back)
                self.block = ActionBlock(number, "", page, line, "")
            elif text.strip() and self.block is None and not (heading and _BARE_NUMBERED_LABEL.match(text)):
                # '### Action 3' alone, its text the paragraph below: that paragraph is the action (a title
                # set as a heading too: 'Recommendation #8' over 'Establish a Standard Performance Framework')
                self.last_label_number = number
                fields = {"action": squash(text), "lead": lead_of(text), "ref": number, "due": due_of(text),
                          "status": status}
                self.emit({k: v for k, v in fields.items() if v}, page, line, "minute", [])
                self._count("the paragraph under a numbered 'Action N' label of its own")
                self.card_open, self.card_announces = True, squash(text).endswith(":")
                self.card_gap = 0
                return True
            if status:  # no paragraph came to take it: the status line is kept as it was written
                self.keep(status, "status under a numbered action label", page, line)
        bare = _BARE_NUMBERED_LABEL.match(text)
        # (over a form's labelled lines, 'Action 2' heads the form, as a numbered block heading does)
        if bare is not None and self.block is None and not before_form:
            self.label_above = bare.group(1)
            self.keep(text, "numbered action label over its paragraph", page, line)
            return True
        numbered = numbered_block_heading(text)
        if numbered is not None and lead_of(numbered[1]) and fold(text.split()[0]) in _MINUTE_LABELS:
            # 'Action 2: JS to circulate the draft': a minute's numbered point, no block heading ('Recommendation
            # 3: The council should …' names who acts and is the block's heading all the same); it ends
            # the numbered heading above it ('Action 1: Hit rates for the … site' / 'Complete.'), as a
            # heading of its own would
            numbered = None
            if self.block is not None:
                self.close_into_walker()
        if numbered is not None:
            self.close_into_walker()
            self.block = ActionBlock(numbered[0], numbered[1], page, line, text)
            return True
        if self.block is not None:
            if self.block_part(text):
                return True
            if self.block_line(text, page, line):
                return True
            if heading:
                self.close_into_walker()
                return False
            if self.block_status(text):
                return True
            if not self.block.title and self.block.described is None:
                from planx.normalise.headplans import described_action
                if described_action(text):  # 'Action 1.1' over 'Description: Clear the backlog …'
                    self.block.described = (text, page, line)
                    return True
            self.keep(text, "text under an action heading", page, line)  # its description
            return True
        bulleted_under_number = self.item_label_numbered and text.lstrip()[:1] in _BULLETS \
            and (self.child_depth is None or depth >= self.child_depth)
        if self.listing and self.item_label_depth is not None and not heading and depth <= self.item_label_depth \
                and not bulleted_under_number:
            # the item naming the list had its children: an item beside it ('- Parking Lot' after '- Action
            # Items' / its nested items) is no longer the list's
            self.listing, self.list_owner, self.item_label_depth, self.child_depth = "", "", None, None
        if self.listing and self.resolution and not heading and self.item_kind != "number" \
                and _NUMBERED_ITEM.match(text):
            # '7. RESOLVED …' after a resolution's lettered items: the minutes' next numbered item ends them
            self.listing, self.list_owner, self.resolution = "", "", False
        if self.listing and heading and self.listing_headed and stage_heading(text):
            # '## Action Items' / 'Planned:' … 'Completed Actions:': a heading saying how or when the items
            # under it stand divides the list its heading named, as a Markdown sub-heading would; no new section
            self.keep(text, "a heading saying how or when the items of the list under it stand", page, line)
            self.item_emitted, self.item_kind, self.last_number = False, "", 0
            return True
        if self.listing:
            nested = squash(_ITEM.sub("", text, count=1)) if _ITEM.match(text) else ""
            if self.item_label_depth is not None and self.child_depth is None:
                self.child_depth = depth  # the list's own items: the label's children
            # (under a list item naming the list, a bullet deeper than its items is a part of the item above)
            under_item = depth > self.child_depth if self.child_depth is not None else \
                not lead_of(nested) and not looks_like_action(nested)
            if not heading and indented and self.item_emitted and self.item_kind == "bullet" and nested \
                    and not self.parts_open and under_item:
                # '* Direction on Namespaces and procurement needed' / '  * Boilerplate documents': a bullet set
                # under the item above, no action of its own, finishes it, as a list's nested item does; it
                # joins it after '; ' ('  - Chris and Jos Creese to capture …' is an action of its own)
                self.emit({"action": nested}, page, line, "part", [])
                return True
            if not heading and indented and self.item_emitted and nested and under_item \
                    and self.child_depth is not None and _NOTE_LABEL.match(nested) \
                    and fold(nested.partition(":")[0]) != "action":
                # '1. Action: Boris to draft …' / '   1. Follow up: Boris to work with Eric': a labelled line set
                # under a list's item (the meeting's review of its last actions) says what came of it, no item
                # of the list; kept, and the list goes on
                self.keep(text, "a note set under an action of the list (its follow-up or update)", page, line)
                return True
            if not heading and self.item_emitted and self.item_kind == "number" and text[:1] in _GLYPH_MARKS \
                    and nested:
                # '2. Agencies must enforce MFA …' / '• For public users: …': a bullet under a numbered
                # item is a part of that action (the numbers mark the list's items), joined after '; '
                self.emit({"action": nested}, page, line, "part", [])
                return True
            if not heading and self.parts_open and _SUB_ITEM.match(text):
                self.keep(text, "part of the action above it (a sub-item under its closing colon)", page, line)
                return True
            if not heading and self.list_item(text, page, line):
                return True
            if not heading and self.announced:  # a description, or a sub-step of an item ('1. Issue a toolkit')
                self.keep(text, "text describing an action of the list", page, line)
                return True
            if not heading and indented and (self.last_number or self.item_kind == "bullet") \
                    and not _ITEM.match(text):
                # sentences set under a numbered or bulleted item's title ('2. Evaluate projects …\' / '   Through
                # this assessment we …'; '• Configured the timeout' / '    Add timeout of 2 seconds  MERGED', the
                # change request it links): its description, kept; the list goes on after it
                self.keep(text, "text describing an action of the list", page, line)
                return True
            self.pause_list(text)
            self.listing, self.list_owner = "", ""
        elif self.resumes(text, heading):
            return self.list_item(text, page, line)
        # a heading numbered as the meeting's agenda item ('## 7. Action Items'): the label after its number
        label = _AGENDA_NUMBER.sub("", text, count=1) if heading else text
        # a list item that is only the label of an action list ('- Action Items' over its nested items): the
        # heading of its children, as a heading over a list is
        item_label = squash(_ITEM.sub("", text, count=1)) if not heading and _ITEM.match(text) else ""
        names_list = bool(item_label) and (_BARE_LABEL.match(item_label) is not None or list_heading(item_label))
        self.item_label_depth, self.child_depth = (depth if names_list else None), None
        self.item_label_numbered = names_list and _NUMBERED_ITEM.match(text) is not None
        if names_list:
            label = item_label
        if dated_list_label(label):  # 'Action Items - 4/5/2021': the list's label and its meeting's date
            label = undated_label(label)
        # (a document's title 'NEXT STEPS', before any text of its body, names the document: no list)
        if _BARE_LABEL.match(label) or list_heading(label) or heading and body and next_steps_heading(label) \
                or decision_label(label):
            self.listing, self.list_owner = squash(label).strip(" #*_:-–—"), ""
            self.listing_headed = heading or names_list
            self.loose_list = _BARE_LABEL.match(label) is None and not qualified_label(label)
            self.announced, self.item_emitted = False, False
            self.item_kind, self.last_number = "", 0
            return True
        owner = resolved_owner(text) if not heading else ""
        if owner:
            # '6. RESOLVED the Leader to:' over 'a) CREATE …', 'b) CONSOLIDATE …': the resolution names who
            # does the items listed under it, each an action of theirs
            self.listing, self.loose_list, self.announced = squash(text).strip(" :"), False, True
            self.list_owner, self.resolution = owner, True
            self.item_kind, self.last_number = "", 0
            self.keep(text, "a resolution naming who does the items listed under it", page, line)
            return True
        announced = announcing(text) if not heading else None
        if announced is not None and announces_effects(text[:announced.start()]):
            announced = None  # 'More data will:': what a thing will bring about, no commitments
        if announced is not None:
            self.listing, self.loose_list, self.announced = announced.group(0).strip(" :"), False, True
            self.list_owner = ""
            self.item_kind, self.last_number = "", 0
            self.announcements += 1
            if re.search(ANNOUNCE_FOLLOWING, announced.group(0), re.I):
                self.obliging.add(self.announcements)  # 'We can prevent this by doing the following:'
            self.keep(text, "sentence announcing a list of actions", page, line)
            return True
        if starts_with_form_label:
            item = squash(_ITEM.sub("", text, count=1) if _ITEM.match(text) else text)
            if self.minutes and not heading and self.classify_label(item.partition(":")[0]) != "action":
                # 'Update 4/1: Gabe will follow up again in 2 weeks': a note's label over a task set
                committed = committed_item(text)
                if committed is not None:
                    self.labelled("", committed, page, line)
                    return True
            named = _LABEL.match(item)
            if not heading and named is not None and (named.group("itemwho") or named.group("forwho")):
                # 'Action item Jeff: send …': a minute's label naming who acts, not a form's field over its value
                found, rest = marked_points(item)
                if found and all(action.lead for _, action in found):
                    for before, action in found:
                        self.labelled(before, action, page, line)
                    if rest.strip():
                        self.keep(rest, "minute text", page, line)
                    return True
            return False  # 'Action: … / Owner: …' lines: the walker's form reader reads them
        if self.status_led_update(text, heading, page, line, body):
            return True
        marked = emphasised_opening(text, self.emphasised) if not heading else text
        found, rest = marked_points(marked)
        if marked != text and found and not found[-1][1].status and (status := report_status(rest)):
            # a point set in emphasis, the report after it closing on how it stands ('… _Closed_')
            found[-1] = (found[-1][0], replace(found[-1][1], status=status))
        if not found:
            # (a line over a numbered legal clause is the clause's title, 'Directors to take decisions
            # collectively' over '7.—(1) …', however much it reads as a minute's task)
            lone = lone_minute_action(text) if not heading and not indented and not before_clause else None
            if lone is None and not heading and self.minutes:
                tasks = task_sentences(text)
                opening = _ITEM.match(text)
                if tasks and (len(tasks) > 1 or tasks[0][0] > (opening.end() if opening else 0)):
                    # the paragraph sets its tasks in sentences of their own among the discussion's: each
                    # is an action, the sentences between them are kept aside as the minute's text
                    self.task_sentences_read(text, tasks, page, line)
                    return True
                lone = committed_item(text) or status_owner_item(text)
            if lone is None:
                return False
            self.labelled("", lone, page, line)
            return True
        for before, action in found:
            self.labelled(before, action, page, line)
        if rest.strip() and not self.status_of_last(rest, page, line):
            self.keep(rest, "minute text", page, line)
        return True

    def status_led_update(self, text: str, heading: bool, page: int, line: int, body: bool = True) -> bool:
        """A progress update's block, under the line that says how it stands: 'Complete' (a status alone
        on its line), then the action's short title ('Local Transport Plan 5 approved by County
        Council'), then the paragraph reporting on it ('Following a summer public consultation …'):
        the title is the action, the line over it its status, the paragraph its progress. Once one
        such block is read, a status line over a paragraph alone ('Partially Complete' / 'Improving
        financial resilience by …') is one too, the paragraph the action. The status line and the title
        stay with the walker (nothing is taken from it until the block is whole); True when the
        paragraph was read as the block's last part. body: the document's text has begun (a status
        line over its title, 'DRAFT VERSION' atop the cover, is the document's own state)."""
        t = squash(text).strip()
        status_line = not heading and _update_status_line(t)
        pending, self.update_status = self.update_status, None
        titled, self.update_title = self.update_title, None
        if titled is not None and not heading and not status_line and words_over(t, _UPDATE_REPORT_WORDS) \
                and not _ITEM.match(text):
            title, status, tpage, tline = titled
            self.emit({"action": title, "status": status, "progress": t}, tpage, tline, "minute", [])
            self._count(UPDATE_BLOCK)
            self.update_blocks += 1
            return True
        if pending is not None and not heading and not status_line and not _ITEM.match(text):
            status = pending[0]
            if _update_title(t):
                self.update_title = (t, status, page, line)
                return False
            if self.update_blocks and words_over(t, _UPDATE_REPORT_WORDS):
                self.emit({"action": t, "status": status}, page, line, "minute", [])
                self._count(UPDATE_BLOCK)
                self.update_blocks += 1
                return True
        if status_line and body:
            self.update_status = (t, page, line)
        return False

    def task_sentences_read(self, text: str, tasks: list[tuple[int, int, ProseAction]], page: int,
                            line: int) -> None:
        """Emit the tasks a minute's paragraph sets in sentences of their own (task_sentences), and
        keep the text before, between and after them aside as the minute's discussion."""
        done = 0
        for start, end, action in tasks:
            self.labelled(text[done:start], action, page, line)
            done = end
        if text[done:].strip():
            self.keep(text[done:], "minute text", page, line)

    def area_names_list(self, title: str) -> bool:
        """The title of a minutes' section the walker read as an area ('1. Open actions', numbered with the
        agenda's other items): when it names an action list, the items under it are that list's, read as
        under a bare label ('- AB: revise the budget'), the section their area. Only in minutes, whose
        lists under such labels are their action logs; True when it opened the list."""
        label = squash(title).strip(" #*_:-–—")
        if not self.minutes or not label or not (_BARE_LABEL.match(label) or list_heading(label)):
            return False
        self.listing, self.list_owner, self.listing_headed = label, "", True
        self.loose_list = _BARE_LABEL.match(label) is None and not qualified_label(label)
        self.announced, self.item_emitted = False, False
        self.item_kind, self.last_number = "", 0
        self.item_label_depth, self.child_depth, self.item_label_numbered = None, None, False
        return True

    def pause_list(self, ending: str = "") -> None:
        """The open list ends here, perhaps only at a page break (the line that ends it is a page's
        number, or a short running heading): remember it, numbered, for resumes."""
        furniture = bool(_PAGE_NUMBER.match(ending)) or 0 < len(ending.split()) <= _RUNNING_WORDS \
            and not ending.rstrip().endswith((".", ":", ";", "?", "!")) and not _ITEM.match(ending)
        self.paused = (self.listing, self.loose_list, self.announced, self.item_kind, self.last_number) \
            if self.last_number and furniture else None
        self.paused_for = 0
        self.parts_open = False

    def resumes(self, text: str, heading: bool) -> bool:
        """Does a numbered line go on with the list a page break interrupted ('5. Consult …' / '38' /
        'National AI Strategy' / '6. Publish …'): its number next after the list's last, within a few
        lines (a page's number and running heading)? Then the list is open again."""
        if self.paused is None:
            return False
        m = _NUMBERED_ITEM.match(text)
        if heading or m is None or int(m.group(1)) != self.paused[4] + 1:
            self.paused_for += 1
            if self.paused_for > _PAUSE_LINES:
                self.paused = None
            return False
        self.listing, self.loose_list, self.announced, self.item_kind, self.last_number = self.paused
        self.paused = None
        return True

    def list_item(self, text: str, page: int, line: int) -> bool:
        """A paragraph of the list under a bare 'Actions:' label: a bulleted or numbered item, or a
        sentence that names who acts ('AB to obtain three quotes'). Anything else ends the list."""
        self.item_emitted = False
        if decision_label(self.listing):
            return self.decided_item(text, page, line)
        marked = _ITEM.match(text)
        if self.announced and not marked:
            return False  # an announced list's items are marked; a sentence under one describes it
        if not marked and self.item_kind in ("bullet", "number"):
            return False  # after items their bullets marked, an unmarked sentence describes them (or the section)
        if marked and not self.announced:
            kind = "number" if marked.group(0).strip()[:1].isdigit() else "bullet"
            if self.item_kind in ("bullet", "sentence") and kind == "number":
                # '5. Fundraising & Social' after '- NB to contact …' or 'DG to contact …': the minutes' next item
                return False
            self.item_kind = kind
        if self.announced and marked:
            # the items of an announced list share one kind of marker: a numbered step under a bulleted
            # item ('- Strengthen FOIA' … '1. Issue an updated toolkit') describes that item
            kind = "number" if marked.group(0).strip()[:1].isdigit() else "bullet"
            if self.item_kind and kind != self.item_kind:
                return False
            self.item_kind = kind
        numbered = _NUMBERED_ITEM.match(text)
        if numbered is not None and int(numbered.group(1)) == 1 and self.last_number >= _RESTART_AFTER:
            # '1. Federal data security strategy' after '4. Agencies must work with CISA …': numbering
            # starts again, so the list of actions has ended (a numbered section of the text follows)
            return False
        if numbered is not None:
            self.last_number = int(numbered.group(1))
        sentence = not marked and not self.announced  # an item that is a sentence naming who acts
        # a conversion may merge the items; bullets after a numbered item are its sub-items
        items = split_items(nest_bullets(text)) if marked else [squash(text)]
        refs = [_ITEM_REF.match(item) for item in items]
        numbers = [m.group(1) if m else "" for m in refs]
        items = [item[m.end():] if m else item for item, m in zip(items, refs, strict=True)]
        from planx.normalise.roadmaps import task_box
        boxes = [task_box(item) for item in items]  # '[ ] Improve the documentation': a task list's box
        items = [point for point, _, _ in boxes]
        # a mark set in emphasis after an item's words ('… pipeline **completed**', '… *in progress*'): its
        # status, and with what follows it, its note
        marks = [emphasised_mark(item, self.emphasised) for item in items]
        items = [point for point, _, _ in marks]
        for _, _, note in marks:
            if note:
                self.keep(note, "the note an emphasised mark sets after an action (its status as printed)", page, line)
        statuses = [trailing_status(item) for item in items]
        statuses = [(point, status or mark) for (point, status), (_, mark, _) in zip(statuses, marks, strict=True)]
        items = [point for point, _ in statuses]
        # the status a ticked box gives, where the item prints none after it
        statuses = [(point, status or box_status) for (point, status), (_, box_status, _) in
                    zip(statuses, boxes, strict=True)]
        # '… [ongoing for members]': a closing bracket naming the status and who it now sits with
        status_for = [status_for_whom(point) if not status else (point, status, "") for point, status in statuses]
        statuses = [(point, status) for point, status, _ in status_for]
        items = [point for point, _ in statuses]
        notes = [bracketed_note(item) for item in items]  # '… (Lead: Head of SEND, by March 2026)'
        items = [point for point, _, _ in notes]
        notes = [(point, who or lead, when) for (point, lead, when), (_, _, who) in zip(notes, status_for, strict=True)]
        # 'Guillaume: call to action for all members …' under a heading naming next steps; under a bare
        # 'Action' label an item must say who acts by the minutes' own marks (tests/test_roadmap_shapes.py)
        dropped = [own_label_dropped(item) for item in items]
        labelled = {k for k, (item, point) in enumerate(zip(items, dropped, strict=True)) if point != item}
        items = dropped
        named = [named_before_colon(item, strict=not self.loose_list) for item in items]
        if not self.loose_list:  # 'Hwang - to set up a session …' under 'Action': who, a dash, the task
            named = [(who, point) if who else named_before_dash(point) for who, point in named]
        # '[ ] @bob update docs', 'compress the image → Erin': who acts, tagged as notes and task lists tag it
        named = [(who, point) if who else note_owner(point)[::-1] for who, point in named]
        items = [point for _, point in named]
        notes = [(point, lead or who, when) for (point, lead, when), (who, _) in zip(notes, named, strict=True)]
        if len(items) == 1 and (owner := owner_of_parts(items[0])):
            # 'Working Group Members to:' over its sub-items: who does the items under it
            self.list_owner = owner
            self.keep(items[0], "who does the items listed under it", page, line)
            return True
        if not self.loose_list:
            # under a bare label ('Action Items'), an item closing with who does it in brackets ('Review the
            # wiki format (Sam)'): the bracket names the lead, a first name enough
            owned = [closing_bracket_owner(item) if not lead else (item, "")
                     for item, (_, lead, _) in zip(items, notes, strict=True)]
            items = [point for point, _ in owned]
            notes = [(point, lead or who, when) for (point, who), (_, lead, when) in zip(owned, notes, strict=True)]
        leads = [lead or lead_of(item) or self.list_owner for item, (_, lead, _) in zip(items, notes, strict=True)]
        if not (marked or all(leads)) or any(len(i.split()) > (_MARKED_ITEM_WORDS if marked else _ITEM_WORDS)
                                             for i in items):
            return False
        # (an item whose owner or status mark closes it is short for it: 'Reschedule retro (Sam)',
        # 'Communication exercise - **completed**')
        if any(not words_over(i, 2) and not (marked and (lead or status) and len(i.split()) == 2)
               for i, lead, (_, status) in zip(items, leads, statuses, strict=True)) \
                and not (self.loose_list and marked):
            return False
        if sentence:
            self.item_kind = "sentence"
        for k, (item, lead, number, (_, status), (_, _, when)) in enumerate(zip(items, leads, numbers, statuses,
                                                                               notes, strict=True)):
            self.parts_open = False
            if item.rstrip().endswith(":") and not (marked and words_over(item, _PARENT_WORDS - 1)
                                                    and looks_like_action(item)):
                self.keep(item, "heading inside an action list", page, line)  # 'Carried forward from …:'
                continue
            if item.rstrip().endswith(":"):  # '2. Lead the global conversation on AI R&D … through:'
                self.parts_open = True  # an action whose parts are listed under it
            if self.list_owner and _decision_item(item):
                # 'RESOLVED Members to:' / 'a) NOTE the report': the meeting's own decision, no one's task
                self.keep(item, "a decision listed under who made it (to note, to agree), no task", page, line)
                continue
            # (an item its own 'Action:' label marks is one, however it is worded)
            if self.loose_list and k not in labelled and not (lead or looks_like_action(item) or sets_a_task(item)) or \
                    len(item.split()) < (2 if marked and (lead or status) else 3):
                # under a heading that only names actions, a note ('Done', 'we ran out of time') is no action
                self.keep(item, "note in a list of actions", page, line)
                continue
            note = ""
            if not status and not self.announced:
                # '… into metrics.py ONGOING: issue created, done by 20/4': the status in capitals inside the
                # item, the note after it its progress (a date there is the item's due date)
                point, capital, note = capital_status(item)
                if capital:
                    item, status = point, capital
            self.emit({k: v for k, v in (("action", item), ("lead", lead),
                                         ("due", when or due_of(item) or (due_of(note) if note else "")),
                                         ("ref", number), ("status", status), ("progress", note)) if v}, page, line,
                      "minute" if self.resolution else "announced" if self.announced
                      else "headed" if self.listing_headed else "minute", [])
            self.item_emitted = True
            self.action_just_read = not status
            self._count(RESOLVED_ITEM if self.resolution else ANNOUNCED_ITEM if self.announced
                        else LISTED_ITEM.format(self.listing))
        return True

    def decided_item(self, text: str, page: int, line: int) -> bool:
        """An item of the list under a label naming the meeting's decisions ('**Resolved**'): an action
        when it names who acts and what to do ('Roland: Make two more decks of pigeonholes'), the meeting's
        decision otherwise, kept aside. A line that is no list item ends the list."""
        if not _ITEM.match(text):
            return False
        item = squash(_ITEM.sub("", text, count=1))
        task = decided_task(item)
        if task is None:
            self.keep(item, "a decision listed under the meeting's decisions, no task set", page, line)
            return True
        who, point = task
        self.emit({k: v for k, v in (("action", point), ("lead", who), ("due", due_of(point))) if v},
                  page, line, "headed", [])
        self.item_emitted = True
        self._count(DECIDED_ITEM)
        return True

    def section_ends(self, heading: str = "") -> None:
        """A heading the walker reads as an area ends the open block and the list under a bare
        label ('We will:' in the section before), unless it is a page's running heading (heading: its text)."""
        if self.listing:
            self.pause_list(heading)
        elif self.paused is not None:
            self.paused_for += 1
        self.listing, self.list_owner = "", ""
        self.close_into_walker()

    def close_into_walker(self) -> None:
        block = self.block
        text = self.close()
        if text and block is not None:
            self.heading_back(text, block.page, block.line)

    def block_part(self, text: str) -> bool:
        """A bare label naming the action's parts ('Milestones:', 'Key steps') under an action
        heading, and the marked items below it: the action's milestones, each with the date and
        status it prints ('1. Pilot sites identified (May 2026) – Not yet started'). Any other
        line ends the list."""
        assert self.block is not None
        if self.block.parts is not None and _ITEM.match(text):
            self.block.parts.append(squash(text))
            return True
        label = squash(text).strip(" #*_")
        if label.endswith(":") and self.classify_label(label.rstrip(" :")) == "milestones":
            self.block.parts = []
            return True
        if not self.block.parts:
            self.block.parts = None
        return False

    def block_line(self, text: str, page: int, line: int) -> bool:
        assert self.block is not None
        area = labelled_area(squash(text), besides=_OWN_FIELD_AREA_WORDS)
        if area is not None and "area" not in self.block.fields:
            # 'Priority: 1 – Leadership and governance': the grouping the action comes under
            self.block.fields["area"] = area
            return True
        segments = run_together(text) or labelled_segments(text, self.classify_label) or dashed_label(text)
        if not segments or not any(name for name, _, _ in segments):
            return False
        for name, label, value in segments:
            if name and name not in self.block.fields:
                self.block.fields[name] = value
            else:
                self.keep(f"{label}: {value}", "labelled line under an action heading", page, line)
        return True

    def block_status(self, text: str) -> bool:
        """A line under a numbered action heading that opens with how it stands ('Complete. Simon
        Denison provided this information to the panel.', 'Not complete.'), a minute's review of an
        earlier action point: the status, the rest its progress."""
        assert self.block is not None
        head, _, rest = squash(text).partition(".")
        if "status" in self.block.fields or words_over(head, 3) or not status_of(head):
            return False
        self.block.fields["status"] = head.strip()
        if rest.strip():
            self.block.fields.setdefault("progress", rest.strip())
        return True

    def close(self) -> str:
        """The open block, if any, as an action: the heading's text is the action, when the lines
        under it say who, when or how it is measured. A numbered heading with none of these
        ('Action 2. Mature data governance' over a milestone table) is only a heading: its text is
        handed back for the walker to read as one."""
        block, self.block = self.block, None
        if block is None:
            return ""
        rows = [_part_row(part) for part in block.parts or []] if "milestones" not in block.fields else []
        described = block.described
        if described is not None and "action" in block.fields or \
                not {"lead", "responsible", "due", "measure", "status"} & set(block.fields):
            if described is not None:  # (not the action: its line stays, kept aside)
                self.keep(described[0], "text under an action heading", described[1], described[2])
                described = None
            if not {"lead", "responsible", "due", "measure", "status"} & set(block.fields):
                return block.heading_text
        fields = {"ref": block.number, **block.fields}
        if described is not None:
            # 'Action 1.1' alone, no line labelled surely as the action: the line labelled loosely as
            # the work says what it is
            from planx.normalise.headplans import described_action
            fields["action"] = described_action(described[0])
        if "action" not in fields:
            if not block.title:  # 'Action 1.1' alone over lines none of which says what is done
                return block.heading_text
            fields["action"] = block.title
        elif "objective" not in fields and block.title:
            # 'Action 1.1 Basic skills' over 'Action: Run weekly sessions …': the labelled line says
            # what is done, the heading names what it is for
            fields["objective"] = block.title
        else:
            self.keep(block.title, "title of an action heading", block.page, block.line)
        if "responsible" in fields and "lead" not in fields:  # the only 'who' is the lead
            fields["lead"] = fields.pop("responsible")
        self.emit(fields, block.page, block.line, "block", rows)
        self._count("numbered action heading with labelled lines under it")
        return ""

    def status_of_last(self, text: str, page: int, line: int) -> bool:
        """Is the text, right under a minute's action, a status alone ('Transparency Team to circulate …'
        / 'Complete'; '○ ACTION HP: Sort out Github' / '■ Action complete')? It is that action's status."""
        status, after = leading_status(text) if self.action_just_read else ("", text)
        self.action_just_read = False
        if not status:
            return False
        self.emit({"status": status}, page, line, "card", [])
        self._count("a status on the line under a minute's action")
        if after.strip():
            self.keep(after, "minute text", page, line)
        return True

    def margin_owner(self, text: str, page: int, line: int) -> bool:
        """Is the paragraph, in minutes, only who acts, under a minute's paragraph: a note printed in the
        margin beside the item's last line ('… with the County Council.      Cllr. J. Davies', which the
        PDF reader gives a paragraph of its own after the item's), or a line of its own under it? The item
        is their action: the last numbered item of the paragraph above ('… received. 11. Cllr. O. Williams
        and the Clerk were continuing …' → its '11.'), without its number; under a minute already read as
        an action, the note names who does it. A note that names no one ('Noted') sets no task."""
        who = squash(text).strip(" .;")
        if squash(text).endswith(":") or _BARE_LABEL.match(text) or not margin_who(who):
            return False  # ('ACTION:' over the minute's actions: a label, no one's initials)
        if self.action_just_read:
            self.emit({"lead": who}, page, line, "card", [])
            self._count("a minute's note of who acts, in the margin beside it")
            return True
        before = self.take_last()
        rest, number, minute = last_minute_item(before)
        if len(minute.split()) < _MARGIN_MINUTE_WORDS or minute.rstrip().endswith(":") or is_owner(minute):
            if before.strip():
                self.keep(before, "minute text", page, line)
            self.keep(who, "who acts, beside no minute that sets a task", page, line)
            return True
        if rest:
            self.keep(rest, "minute text", page, line)
        fields = {"action": minute, "lead": who, "ref": number, "due": due_of(minute)}
        self.emit({k: v for k, v in fields.items() if v}, page, line, "minute", [])
        self._count("a minute's note of who acts, in the margin beside it")
        return True

    # -- labelled minute actions ---------------------------------------------------------------
    def labelled(self, before: str, action: ProseAction, page: int, line: int) -> None:
        if action.takes_paragraph_above:
            rest, number, minute = closing_minute(before if before.strip() else self.take_last())
            if rest:
                self.keep(rest, "minute text", page, line)
            if not minute:
                self.keep(action.lead, "action label with no minute above it", page, line)
                return
            fields = {"action": minute, "lead": action.lead, "ref": number}
        else:
            if before.strip() and not self.status_of_last(before, page, line):
                self.keep(before, "minute text", page, line)
            fields = {"action": action.action, "lead": action.lead, "ref": action.ref, "status": action.status}
        if action.due:
            fields["due"] = action.due
        self.emit({k: v for k, v in fields.items() if v}, page, line, "plain" if action.plain else "minute", [])
        self._count(action.why)
        if action.after:
            self.keep(action.after, "minute text", page, line)
        else:
            self.action_just_read = not fields.get("status")

    def form_actions(self, label: str, value: str, page: int, line: int) -> bool:
        """An 'Action: …' line that no form's other lines complete (minutes): its sentence(s).
        Only a minute's own label ('Action', 'Actions agreed') says so; a label that merely reads
        like an action heading ('What we heard:') does not."""
        number = ""
        # the mark of the list item the line is ('1. Action: …', '(a) Action: …' in a numbered list of minutes):
        # the list's, not the label's (a bullet folds away; a number would not)
        item = _ITEM.match(label)
        if item is not None:
            label = label[item.end():]
        # a label naming the meeting that set a carried-over action ('Outstanding action from the May meeting')
        label = re.sub(rf"{_FROM_MEETING}\s*$", "", label)
        if label.lstrip().startswith("[") and value.rstrip().endswith("]"):
            # a template's placeholder in square brackets ('[Action Item - Provide a brief description
            # …]'): what the template's user is to write there, no action of the plan
            return False
        named = _LABEL.match(f"{squash(label)}: ")
        if fold(label) not in _MINUTE_LABELS and named is not None and squash(value) \
                and (named.group("who") or named.group("forwho") or named.group("bracketwho")):
            # 'ACTION MW: Respond to HPs comments' on a line of its own (a bulleted minute set as
            # paragraphs): the label names who acts, what follows its colon is their task
            for _, action in marked_points(f"{squash(label)}: {squash(value)}")[0]:
                if action.action:
                    self.labelled("", action, page, line)
            return True
        if fold(label) not in _MINUTE_LABELS:
            # 'Action 2: Simon Denison to provide a contact list …': a minute's numbered point, when it
            # names who acts (a numbered heading naming no one is a block's: paragraph())
            m = _NUMBERED_LABEL.match(fold(label))
            if m is None or m.group(1) not in _MINUTE_LABELS or not lead_of(squash(value)):
                return False
            label, number = m.group(1), m.group(2)
        owner, rest = leading_owner(squash(value))
        if fold(label).startswith("actions") and owner and not rest:
            # 'Actions: for Secretariat' over a list ('• Make more use of Info4local'): the label of the
            # list below, naming who does its items; no owner-only label closing the minute above
            self.listing, self.loose_list, self.announced, self.item_kind = squash(label), False, False, ""
            self.list_owner = re.sub(r"^(?:for|by)\s+", "", owner, flags=re.I)
            return True
        if _INLINE_AGENDA.search(squash(value)) or any(_label_fits(m, value) for m in _LABEL.finditer(value)):
            # '… confirm details. 15. PARISH COUNCIL NOTICEBOARDS These have not yet been received. ACTION:
            # Clerk to follow up …': items run together into the label's line; each point ends where the
            # next agenda item or label begins, and the text between them is minute text
            found, rest = marked_points(f"{squash(label)}: {squash(value)}")
            if any(action.action or action.takes_paragraph_above for _, action in found):
                for before, action in found:
                    self.labelled(before, action, page, line)
                if rest.strip():
                    self.keep(rest, "minute text", page, line)
                return True
        actions = actions_of_value(squash(label), value)
        if not actions:
            return False
        for action in actions:
            self.labelled("", replace(action, ref=action.ref or number) if number else action, page, line)
        # a plural label stands beside (or over) the paragraphs after its first: the margin of minutes
        self.label_over = not number and fold(label).split()[:1] == ["actions"]
        return True

    def card_line(self, text: str, heading: bool, page: int, line: int) -> bool:
        """A line after the paragraph read under an 'Action N' label: the card's labelled date, lead or
        status ('Timeline: Within 6 months') is that action's; an item of the list its text announces
        ('… This will be accomplished by:' / '• Determining and sharing best practices …') is a part
        of what it does. Anything else ends the card (False: read as before)."""
        value = squash(text)
        segments = [] if heading else labelled_segments(value, self.classify_label)
        if segments and all(name in _CARD_FIELDS for name, _, _ in segments):
            self.emit({name: v for name, _, v in segments}, page, line, "card", [])
            self.card_announces = False
            return True
        if not heading and self.card_announces and value[:1] in _GLYPH_MARKS and value[1:].strip():
            self.emit({"action": value[1:].strip()}, page, line, "part", [])
            return True
        if not heading and value and not _BARE_NUMBERED_LABEL.match(value) and self.card_gap < _CARD_GAP:
            # a further paragraph of the card's text ('The Department … will also update …'), read as
            # before; a labelled line after it is still the card's
            self.card_gap += 1
            self.card_announces = False
            return False
        self.card_open = self.card_announces = False
        return False

    def goes_on_under_label(self, text: str, heading: bool, page: int, line: int) -> bool:
        """The paragraph after the first of a plural 'Actions' label's ('Actions   County Cllr Webb was
        asked to …' / 'Cllr Shewell to convey the above conditions to MCC Highways.'): another of its
        actions when it sets someone a task ('X to <verb>', 'X will <verb>'), which no discussion does;
        then the label stays open for the next one. Anything else ends the label's run."""
        value = squash(text)
        if heading or self.block is not None or not value or not _SUBJECT.match(value):
            return False
        lead = lead_of(value)
        if not lead:
            return False
        fields = {"action": value, "lead": lead, "due": due_of(value)}
        self.emit({k: v for k, v in fields.items() if v}, page, line, "minute", [])
        self._count("a paragraph after the first beside a plural 'Actions' label, setting someone a task")
        self.label_over = True
        return True

    def _count(self, why: str) -> None:
        self.read[why] = self.read.get(why, 0) + 1

    def warnings(self, minute_notes_aside: int = 0) -> list[str]:
        if minute_notes_aside:
            return [f"{minute_notes_aside} 'Action:' note(s) in the minute text kept aside: the document's "
                    "action table lists its actions"] + [
                f"{n} action(s) read from prose, not a plan table ({why})" for why, n in self.read.items()
                if why.startswith("numbered")]
        return [f"{n} action(s) read from prose, not a plan table ({why}): lead and date from the text"
                for why, n in self.read.items()]
