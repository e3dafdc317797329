"""An action cell whose paragraphs each end with who and when, written inside the text.

A plan answering complaints or an Ombudsman's findings often prints two columns only ('Issue | What
we will do', 'Learning point | Action we are taking'), and writes each action in the second as a
paragraph of its own that closes with its owner and date:

    Audit 30 care package decisions (Lead: Head of Children in Care; by end of March 27)
    Set up an automatic acknowledgement (Owner: Practice Improvement Lead, due 15 Oct 2026)
    Deliver recording workshops - Assistant Director, Safeguarding, 31 Dec 2026
    Brief all investigating officers [Head of Legal Services | 01/09/2026]

An owner and a date written inside an action's text are its lead and due wherever the table puts
them: the action is the text before them. When the row has no lead or date column of its own and
every paragraph of the cell closes so, each paragraph is an action of its own (the row's area over
each); a cell some of whose paragraphs do not close so is read as printed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.normalise.columns import looks_like_when
from planx.normalise.draft import Draft
from planx.normalise.headers import classify_exact
from planx.normalise.text import fold, squash
from planx.normalise.vocab import FOLLOW_UP_OPENINGS, LEAD_PARTICIPLES

# the fields a row's own cells give that the inline part would give twice
_OWN_FIELDS = ("lead", "responsible", "due", "milestones")
_WHO_WORDS = 10  # a name or role is this many words at most
_DUE_WORD = re.compile(r"^(?:due|by)\s+", re.I)
_A_DIGIT = re.compile(r"\d")  # a name or a role holds none

# '(Lead: X; by D)', '(Owner: X, due D)': a lead label, the owner, then 'by' or 'due' and the date
_PAREN = re.compile(r"\s*\(\s*(?P<label>[A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(?P<who>[^()]+?)\s*[;,]\s*"
                    r"(?P<when>(?:by|due)\s+[^()]+?)\s*\)\s*$", re.I)
# '[X | D]': owner and date in brackets, a bar between
_BRACKET = re.compile(r"\s*\[\s*(?P<who>[^\[\]|]+?)\s*\|\s*(?P<when>[^\[\]|]+?)\s*\]\s*$")
# '- X, D': a dash set apart, the owner (a role may hold a comma), the date after the last comma
_DASH = re.compile(r"\s+[-–—]\s+(?P<who>[^-–—]+?),\s*(?P<when>[^,]+?)\s*$")
# as a plan on a page closes its bullets: '(X, D)' with no label, '– X – D', '| X | D', '→ X, D'
# (the owner may hold a comma: the date is after the last)
_SET_APART = (
    re.compile(r"\s*\((?P<who>[^()]+),\s*(?P<when>[^(),]+?)\s*\)\s*$"),
    re.compile(r"\s+[–—-]\s+(?P<who>[^–—]+?)\s+[–—-]\s+(?P<when>[^–—]+?)\s*$"),
    re.compile(r"\s*\|\s*(?P<who>[^|]+?)\s*\|\s*(?P<when>[^|]+?)\s*$"),
    re.compile(r"\s*[→⇒➔➜]\s*(?P<who>[^→⇒➔➜]+),\s*(?P<when>[^,→⇒➔➜]+?)\s*$"),
)


# as a printed list closes an item: the owner in round or square brackets, then by when set apart after
# it ('… (Head of Service) May 2025', '… [J Smith] .......... 30/06/25': a dot leader or a tab carries
# the date to the right margin; a scan's OCR may read one of the pair as the other shape: '(J Smith]')
_BRACKET_THEN_WHEN = re.compile(r"\s*(?:\((?P<round>[^()]+)\)|\[(?P<square>[^\[\]]+)\]"
                                r"|[(\[](?P<mixed>[^()\[\]]+)[)\]])(?P<gap>[\s.…·]+)"
                                r"(?P<when>[^\s.…·()\[\]][^()\[\]]*?)[\s.]*$")
_WHEN_WORDS = 6  # a date or timescale set apart is this many words at most


def _who(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _WHO_WORDS and text[:1].isupper()


def inline_who_when(text: str) -> tuple[str, str, str] | None:
    """(action, lead, due as printed) of a paragraph that ends with its owner and date; None else."""
    t = squash(text)
    m = _PAREN.search(t)
    if m is not None and classify_exact(m.group("label"))[0] in ("lead", "responsible"):
        when = _DUE_WORD.sub("", m.group("when"), count=1)
        if _who(m.group("who")) and looks_like_when(when):
            return t[:m.start()].strip(), m.group("who"), when
    for pattern in (_BRACKET, *_SET_APART, _DASH):
        m = pattern.search(t)
        if m is not None and _who(m.group("who")) and looks_like_when(m.group("when")) \
                and not looks_like_when(m.group("who")) \
                and not (pattern in _SET_APART and _A_DIGIT.search(m.group("who"))):  # '(Phase 2, 2026)'
            return t[:m.start()].strip(), m.group("who"), m.group("when")
    return leadered_who_then_when(t)  # '… ........ JS ...... Mar 26': carried to the margin by dot leaders


def bracketed_who_then_when(text: str) -> tuple[str, str, str] | None:
    """(action, lead, due as printed) of a list item that closes with its owner in brackets and then
    its date ('Audit 40 contacts a month (Head of Safeguarding) November 2024', '… [J Smith] ....
    30/06/25'): the bracket holds a name or a role (no digit, no date), the part after it a date or a
    timescale alone; None else."""
    from planx.normalise.columns import looks_like_person
    t = squash(text)
    m = _BRACKET_THEN_WHEN.search(t)
    if m is None:
        return None
    who, when = squash(m.group("round") or m.group("square") or m.group("mixed") or ""), m.group("when").strip()
    if not _who(who) or _A_DIGIT.search(who) or looks_like_when(who) or not looks_like_person(who) \
            or len(when.split()) > _WHEN_WORDS or not looks_like_when(when):
        return None
    return t[:m.start()].strip(), who, when


# as a printed list closes an item with its owner and date each carried to the right by a leader
# ('… in every year group ........ JS ...... Mar 26': Word's dot-leader tab stops, a text file's dots);
# the owner holds no run of dots, so the first leader parts it from the action and the last from the date
_LEADER = r"(?:\.{3,}|…+)[\s.…·]*"
_LEADERED = re.compile(rf"\s*{_LEADER}(?P<who>(?:(?!\.\.)[^…·\n])+?)\s*{_LEADER}"
                       rf"(?P<when>[^\s.…·](?:(?!\.\.)[^…·])*?)[\s.]*$")


def leadered_who_then_when(text: str) -> tuple[str, str, str] | None:
    """(action, lead, due as printed) of a list item that closes with its owner and then its date,
    each after a leader of dots ('Review the protocol ........ JS ...... Mar 26'): the owner a name,
    a role or initials (no digit, no date), the date a date or a timescale alone; None else."""
    from planx.normalise.columns import looks_like_person
    t = squash(text)
    m = _LEADERED.search(t)
    if m is None:
        return None
    who, when = squash(m.group("who")), m.group("when").strip()
    if not _who(who) or _A_DIGIT.search(who) or looks_like_when(who) or not looks_like_person(who) \
            or len(when.split()) > _WHEN_WORDS or not looks_like_when(when):
        return None
    return t[:m.start()].strip(), who, when


def who_then_when(text: str) -> tuple[str, str, str] | None:
    """(action, lead, due as printed) of a list item that closes with its owner set apart and then
    its date: in brackets ('… (Head of Service) May 2025') or after dot leaders ('… .... JS ... Mar 26')."""
    return bracketed_who_then_when(text) or leadered_who_then_when(text)


def _closed_paragraphs(text: str) -> list[tuple[str, str, str]] | None:
    """(action, lead, due) of each of the cell's paragraphs, gathered from its lines up to where its
    owner and date close it (a narrow column wraps a paragraph over several lines); None when the last
    does not close so."""
    parsed: list[tuple[str, str, str]] = []
    current = ""
    for line in text.split("\n"):
        if not line.strip():
            continue
        current = f"{current} {line.strip()}".strip()
        found = inline_who_when(current)
        if found is not None:
            parsed.append(found)
            current = ""
    return parsed if parsed and not current else None


def owners_inline(text: str) -> bool:
    """Is a cell paragraphs each closing with its owner and date, each with an action before them?"""
    parsed = _closed_paragraphs(text)
    return bool(parsed) and all(action for action, _, _ in parsed or ())


def split_inline_owners(drafts: list[Draft], warnings: list[str]) -> list[Draft]:
    """Each draft whose action cell is paragraphs closing with who and when (and whose row gives
    neither) as one draft per paragraph, the lead and due taken out of the text."""
    out: list[Draft] = []
    split = 0
    for d in drafts:
        text = "\n".join(d.pieces.get("action", []))  # (each piece a cell or a row's, a paragraph or its lines)
        parsed = None if any(d.pieces.get(f) for f in _OWN_FIELDS) or not text else _closed_paragraphs(text)
        if not parsed or any(not action for action, _, _ in parsed):
            out.append(d)
            continue
        for action, lead, due in parsed:
            pieces = {k: list(v) for k, v in d.pieces.items()}
            pieces.update(action=[action], lead=[lead], due=[due])
            out.append(replace(d, pieces=pieces, context=dict(d.context)))
        split += len(parsed) > 1
    if split:
        warnings.append(f"{split} action cell(s) whose paragraphs each close with an owner and a date "
                        "read as one action per paragraph")
    return out


# ---- the lead as the subject of the action's sentence ----------------------------------------------
# A plan with no lead column often names who leads as the subject of each action's sentence, its date
# before or after it:
#     By 31 July 2026, the Head of Commissioning will publish the sufficiency strategy.
#     The Designated Nurse for Safeguarding will audit health assessments by 31 October 2025.
#     Ann Lee and Ben Cole will review the offer by March 2026.
# The subject is the lead when it is a name, or a role or team (a role word: vocab.ROLE_WORDS) written
# in capitals as a title ('Head of Service, Safeguarding'); never 'we', 'the council' in lower case,
# 'this work' or 'it'.
_LEADING_WHEN = re.compile(r"^(?:by|before|from|in|during|no later than)\s+(?:the\s+)?[^,]{2,40}?,\s*", re.I)
_SUBJECT_WILL = re.compile(r"^(?P<the>[Tt]he\s+)?(?P<who>[A-Z][^.;:()]{1,90}?)\s+(?:will|shall)\s+"
                           r"(?:\w+ly\s+)?[a-z]{3,}")
_SUBJECT_SMALL = frozenset({"of", "for", "and", "the", "&", "in", "to", "on"})  # words a title keeps in lower case
SENTENCE_LEAD_NOTE = ("lead read as the subject of the action's sentence ('the Head of Service will …'), "
                      "no lead being given apart from it")
_NOT_SUBJECTS = frozenset({"we", "i", "you", "they", "it", "this", "that", "these", "those", "there", "our",
                           "all", "each", "every", "everyone"})


def sentence_lead(text: str) -> str:
    """Who the action's sentence names as its subject ('By May 2026, the Head of Service will …' →
    'Head of Service'); '' when the subject is no name, role or team written as a title."""
    from planx.normalise.columns import looks_like_name, looks_like_person
    t = squash(text)
    m = _LEADING_WHEN.match(t)
    if m is not None and looks_like_when(m.group(0).strip(" ,")):
        t = t[m.end():]
    m = _SUBJECT_WILL.match(t)
    if m is None:
        return ""
    who = m.group("who").strip(" ,")
    words = who.replace(",", " ").split()
    if not words or len(words) > _WHO_WORDS or words[0].lower() in _NOT_SUBJECTS or _A_DIGIT.search(who):
        return ""
    # every word a title's ('Head of Service, Safeguarding', 'ICB Safeguarding Team'), the small ones aside
    if any(not (w[:1].isupper() or w.lower() in _SUBJECT_SMALL) for w in words) or words[-1].lower() in _SUBJECT_SMALL:
        return ""
    if len(words) == 1 and not m.group("the") and not who.isupper():
        return ""  # a sentence's first word has its capital anyway ('Schools will …'): no title by it
    if not (looks_like_name(who) or looks_like_person(who)):
        return ""
    return who


# (the last 'by' of the sentence: '… led by Tom Adeyemi and completed by August 2025' is due 'August 2025')
_TRAILING_BY = re.compile(r"\s(?:by|before|no later than)\s+(?:the\s+)?"
                          r"(?P<when>(?:(?!\s(?:by|before)\s)[^,;:()]){2,40}?)\s*[.;]?\s*$", re.I)


def sentence_when(text: str) -> str:
    """The date the action's sentence is set to be done by, opening it ('By 31 July 2026, the Head of
    Service will …') or closing it ('… will audit the files by October 2026.'), as written; ''
    when it says none."""
    from planx.normalise.dates import find_dates
    t = squash(text)
    m = _LEADING_WHEN.match(t)
    if m is not None and find_dates(m.group(0)):
        return re.sub(r"^(?:by|before|no later than)\s+", "", m.group(0).strip(" ,"), flags=re.I)
    m = _TRAILING_BY.search(t)
    if m is not None and find_dates(m.group("when")) and looks_like_when(m.group("when")):
        return m.group("when")
    return ""


# where a sentence after the action's own names who leads it: a participle, 'by', then the name or role,
# up to what follows it ('… and completed by …', a comma, the sentence's end)
_LED_BY = re.compile(rf"\b(?:{'|'.join(map(re.escape, LEAD_PARTICIPLES))})\s+by\s+(?:the\s+)?"
                     r"(?P<who>[^,;()]+?)(?=\s+and\s+[a-z]|\s+(?:by|in|before|during|from|with|who|which)\s"
                     r"|\s*[,;()]|\s*[.!?]?\s*$)", re.I)
# the action and the sentences after it: a full stop (or ! ?) after a word, then a capital
_SENTENCE_BREAK = re.compile(r"(?<=[\w)’'])[.!?]\s+(?=[A-Z])")


def _points_back(sentence: str) -> bool:
    """Does the sentence open by pointing back at the one before ('This work will …', 'It will …')?"""
    words = fold(sentence).split()
    return any(words[:len(o.split())] == o.split() for o in FOLLOW_UP_OPENINGS)


def _follow_up(sentence: str) -> tuple[str, str]:
    """(lead, when) a sentence pointing back at the action says ('This work will be led by Karen Doyle
    and completed by February 2025.' → ('Karen Doyle', 'February 2025')); ('', '') when it says neither."""
    from planx.normalise.columns import looks_like_person
    if not _points_back(sentence):
        return "", ""
    m = _LED_BY.search(sentence)
    who = m.group("who").strip() if m else ""
    if who and (_A_DIGIT.search(who) or len(who.split()) > _WHO_WORDS or not looks_like_person(who)):
        who = ""  # ('delivered by March 2026': a date, no one who leads)
    return who, sentence_when(sentence)


def follow_up_who_when(text: str) -> tuple[str, str, str] | None:
    """(action, lead, when) of an item whose own sentence commits to something and whose closing
    sentences, pointing back at it, say who leads it and by when ('We will launch an academy for newly
    qualified social workers. This work will be led by Nicola Brierley and completed by 31 August
    2025.'): the action is the text before them. None when no closing sentence says either, or the
    item is one sentence: a sentence that names no one and no date, or opens on anything else, stays
    the action's."""
    t = squash(text)
    breaks = list(_SENTENCE_BREAK.finditer(t))
    lead = when = ""
    cut = len(t)
    for m in reversed(breaks):  # the closing run of such sentences, the last first
        who, due = _follow_up(t[m.end():cut])
        if not (who or due):
            break
        lead, when, cut = lead or who, when or due, m.start() + 1
    if cut == len(t):
        return None
    return t[:cut].strip(), lead, when
