"""Short plans saved as web pages: a list of objectives or actions under the line that names it.

    Equality Objectives
    Our Equality Objectives for 2023-2024 are:
    - To improve the attendance rates of SEND and disadvantaged pupils … by the end of 2023/24.
    - To take every opportunity to celebrate a broad range of festivities and customs
    (Target = to consult with students … in 2024 / 2025.)

A school's equality objectives, a parish's action plan, an accessibility plan's activities: a page
that names itself a plan or its objectives, and one short list whose lead-in (the heading or the line
right above it) names the list as what the page commits to ('Our objectives from 2023-2026 are to:',
'Current Objectives', 'Activities including timescale:'). Such objectives are written as infinitives
('To narrow the gap …'), imperatives ('Prepare pupils for …') or the work's -ing form ('Narrowing gaps
in attainment …'), often with no date nor lead, so normalise/commitments.py, which asks for more
evidence, does not take them; and the page's other lists (the duty's aims, the protected
characteristics, the outcomes) are named by their lead-in as something else and stay prose.

A reader knows the list by its lead-in, not by its items alone, so this reader asks:
- the page calls itself a plan or objectives in its first lines (not minutes, a notice, a report);
- the lead-in is short (a heading or a line, not a paragraph), does not speak to the reader ('Your
  equality objectives could be:' is advice) and the last kind of list it names is one of things to be
  done (vocab.WEBPLAN_LIST_WORDS), not of aims, duties or outcomes ('… three aims of the public sector
  equality duty which are:');
- most items read as commitments (normalise/commitments.item_evidence, or an infinitive 'To …').
An item's trailing note naming its target or measure ('(Target = to consult …)', 'Success criteria: …')
is its measure, not part of its text; a trailing period after a dash ('– September 2020 to July 2021')
its due; a 'Target:' or 'By:' line under it the same. A topic heading straight over a list ('Highways')
names it too, as its area. Lines labelled and numbered alike ('Objective 1: To ensure …') are the
objectives (read_labelled_objectives); a page of sentences with no list, named by its heading or saved
address as a plan or what is being done, gives the sentences that commit ahead (read_prose_page).

These readers run only on a second reading (normalise/commitments.SECOND_READING: a first found no
plan), and never beside a plan table: the readers of designed plans' lists come first. The evidence
goes to the warnings.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import RawDocument
from planx.normalise.columns import WORD
from planx.normalise.commitments import (
    _List,
    bare,
    document_kind,
    item_evidence,
    lists_of,
    names_actions,
    title_lines,
    writer_at_work,
)
from planx.normalise.lists import ListAction, ListReading, _Unit
from planx.normalise.recommendations import section_of
from planx.normalise.text import fold, words_over
from planx.normalise.vocab import (
    INQUIRY_WORDS,
    LIST_GOAL_STATEMENT_WORDS,
    LIST_NOT_PLAN_HEADING_WORDS,
    QUESTION_OPENERS,
    QUESTION_VERBS,
    REPORTING_VERBS,
    WEBPLAN_INTENT_VERBS,
    WEBPLAN_LINE_LABELS,
    WEBPLAN_LIST_WORDS,
    WEBPLAN_MEASURE_LABELS,
    WEBPLAN_PAGE_WORDS,
)

_LEAD_IN_WORDS = 20  # a lead-in longer than this is a paragraph, which names no list
_MIN_ITEMS = 2  # a named list of fewer objectives is no plan (a page may set two)
_SHARE = 0.5  # the share of a list's items that must read as commitments
_READER = {"you", "your", "yours"}
_NOT_INFINITIVE = frozenset(
    "the a an this that these those our your their its his her my date all every some which what whom "
    "whose be".split())
# a note closing an item that names its target or measure: '(Target = to consult …)', '(Target: To …)'
_MEASURE_NOTE = re.compile(r"\s*\(\s*(?P<label>[A-Za-z][A-Za-z ]{1,25}?)\s*[:=]\s*(?P<text>.+)\)\s*\.?\s*$", re.S)
# a labelled note closing an item, its own line in the page ('… their peers' / 'Target: July 2026')
_TRAILING_NOTE = re.compile(r"\s+(?P<label>[A-Z][A-Za-z]{1,12}(?: [a-z]{2,10})?)\s*[:=]\s+(?P<text>[^:]{2,120})$")
# a period after a spaced dash closing an item: '… main entrances. – September 2020 to July 2021'
_DASHED_WHEN = re.compile(r"\s+[–—-]\s+(?P<when>[^–—]{2,40})$")


_PLAN_TABLE = 3  # a table of this many rows and columns or more holds the plan: the page's lines are around it


def has_plan_table(raw: RawDocument) -> bool:
    """Does the document hold a table big enough to be its plan? Then its banners, lists and sentences
    are the table's headings and narrative, for the table readers ('Priority 1: Strengthen the front
    door' over a Word plan's table), and none of this module's."""
    from planx.extract.model import Table
    return any(isinstance(b, Table) and len(b.rows) >= _PLAN_TABLE
               and max((len(r.cells) for r in b.rows), default=0) >= _PLAN_TABLE for b in raw.blocks)


def names_page(raw: RawDocument) -> bool:
    """Does the page call itself a plan or a set of objectives in its first lines ('Equality
    Objectives 2024/2025', 'Action Plan From May 2022', 'Accessibility Plan'), and no other kind of
    document (minutes, a notice, a report)?"""
    words = set(fold(" ".join(title_lines(raw)[:3] + _short_lines(raw))).split())
    return bool(WEBPLAN_PAGE_WORDS & words) and not document_kind(raw)[1]


_OPENING_LINES = 3  # a page's first lines in which its title is looked for
_TITLE_WORDS = 8  # a line this long at most, with no stop, may be a title


def _short_lines(raw: RawDocument) -> list[str]:
    """The short lines among a page's first three, no sentences: a saved page opens with its site's
    chrome ('Skip to content ↓', 'Public Consultations') before the page's own title."""
    from planx.extract.model import Paragraph
    lines = [b.text for b in raw.blocks[:_OPENING_LINES] if isinstance(b, Paragraph)]
    return [t for t in lines if not words_over(t, _TITLE_WORDS) and not t.rstrip().endswith((".", ":", ";", ","))]


def names_list(lead_in: str) -> bool:
    """Does a lead-in name the list below as what the page commits to? Short, not speaking to the
    reader, and the last kind of list it names is one of things to be done ('Our Equality Objectives
    for 2023-2024 are:', 'Activities including timescale:', 'The equality objectives link to the …
    plan'), not of aims, duties or outcomes ('… the three aims of the public sector equality duty
    which are:')."""
    words = [w.lower() for w in WORD.findall(lead_in)]
    if not words or len(words) > _LEAD_IN_WORDS or _READER & set(words) or asks_what_it_is(words):
        return False  # (a question of what the plan or its process is: 'What is the improvement plan process')
    if _INTENT_CUE.match(lead_in):
        return True  # the writer's intent over the list ('We want to:', 'Our aim is to:')
    other = (LIST_NOT_PLAN_HEADING_WORDS | LIST_GOAL_STATEMENT_WORDS) - WEBPLAN_LIST_WORDS
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w in WEBPLAN_LIST_WORDS and k and words[k - 1] in INQUIRY_WORDS:
            return False  # 'The usability test objectives are:': what a study sets out to learn
        if w in WEBPLAN_LIST_WORDS and "of" not in words[max(0, k - 2):k]:
            return True  # ('the purpose of the plan is to:' names the purpose, not the plan)
        if w in other:
            return False
    return False


_YEARS = re.compile(r"\b(?:19|20)\d\d\s*(?:[-–—/]|to)\s*(?:(?:19|20)?\d\d)\b")


def names_period(lead_in: str) -> bool:
    """Does a lead-in name the span of years its list is set for ('… for 2023-2027 are:', '2024 to
    2026')?"""
    return bool(_YEARS.search(lead_in))


# a lead-in of the writer's intent that the list finishes ('We want to:', 'We aim to:', 'Our aims are to:')
_INTENT_CUE = re.compile(r"^\s*(?:we|the (?:council|partnership|school|practice|board))\s+(?:also\s+)?(?:"
                         + "|".join(sorted(WEBPLAN_INTENT_VERBS)) + r")s?\s+to\s*:\s*$", re.I)
_PAST = frozenset({"was", "were", "had", "did", "been"})


def _aimed_state(text: str, why_not: str) -> bool:
    """An objective worded as the state aimed at: nothing speaks against it, or only its present tense
    ('Hate incidents … are followed up within five days' reads as a report, but under the plan's years
    it is the state to reach); a past tense still reports ('Incidents were followed up')."""
    if not why_not:
        return True
    return why_not == "reports what is or was" and not _PAST & {w.lower() for w in WORD.findall(text)}


_TOPIC_WORDS = 8  # a topic's heading, at most


def topic_heading(text: str) -> bool:
    """'Highways', 'Open spaces and play': a short heading naming a topic, no sentence, that names no
    list of another kind ('Our aims', 'Protected characteristics') and does not speak to the reader."""
    words = [w.lower() for w in WORD.findall(text)]
    other = (LIST_NOT_PLAN_HEADING_WORDS | LIST_GOAL_STATEMENT_WORDS) - WEBPLAN_LIST_WORDS
    return 0 < len(words) <= _TOPIC_WORDS and not text.rstrip().endswith((".", ":", ";", ",", "?")) \
        and not (other | _READER) & set(words) and not asks_what_it_is(words)


def asks_what_it_is(words: list[str]) -> bool:
    """A heading asking what something is or how it goes ('What is the POA&M process', its question
    mark left off): the list under it explains a process or a term, no commitments of the page."""
    return len(words) >= 2 and words[0] in QUESTION_OPENERS and words[1] in QUESTION_VERBS


def infinitive(text: str) -> bool:
    """'To take every opportunity …', 'To forefront equality …': an item opening with 'To' and a word
    in lower case that is no determiner ('To the council …', 'To date, …' are not)."""
    words = WORD.findall(text)
    return len(words) >= 3 and words[0] == "To" and words[1].islower() and words[1] not in _NOT_INFINITIVE \
        or len(words) >= 4 and words[0] == "To" and words[1] == "be"


def split_notes(text: str) -> tuple[str, dict[str, str]]:
    """(the item's text, its measure and due) from the notes closing it: '(Target = …)' is its
    measure; '– September 2020 to July 2021' its due."""
    from planx.normalise.dates import find_dates
    fields: dict[str, str] = {}
    m = _MEASURE_NOTE.search(text)
    if m is not None and fold(m.group("label")) in WEBPLAN_MEASURE_LABELS and len(text[:m.start()].split()) >= 3:
        fields["measure"] = " ".join(m.group("text").split())
        text = text[:m.start()].rstrip()
    m = _TRAILING_NOTE.search(text)
    if m is not None and len(text[:m.start()].split()) >= 3 and fold(m.group("label")) in \
            WEBPLAN_MEASURE_LABELS | _WHEN_LABELS:  # '… peers Target: July 2026', the line under it
        fields.update(_note_fields(fold(m.group("label")), " ".join(m.group("text").split())))
        text = text[:m.start()].rstrip()
    m = _DASHED_WHEN.search(text)
    if m is not None and len(text[:m.start()].split()) >= 3:
        when = m.group("when").strip(" .")
        if find_dates(when, 2000) or fold(when).replace(" ", "") in ("ongoing", "whentheneedarises"):
            fields["due"] = when
            text = text[:m.start()].rstrip()
    return text, fields


# a line of its own under an item giving its target or its date: 'Target: July 2025', 'By: Summer term'
_NOTE_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{1,25}?)\s*[:=]\s*(?P<text>\S.*)$")
_WHEN_LABELS = frozenset({"by", "due", "deadline", "timescale", "timescales", "date", "target date", "when"})


def _note_line(unit: _Unit | None) -> tuple[str, str] | None:
    """(label, text) of a line under an item that gives its target or date ('Target: July 2025'),
    or None."""
    if unit is None or unit.marker or unit.heading:
        return None
    m = _NOTE_LINE.match(unit.text)
    if m is None:
        return None
    label = fold(m.group("label"))
    return (label, m.group("text").strip()) if label in WEBPLAN_MEASURE_LABELS | _WHEN_LABELS else None


def _note_fields(label: str, text: str) -> dict[str, str]:
    """A note line's field: a date, or what the label says is one ('By: …'), is the due; any other
    target is the measure ('Target: 95% attendance for every group')."""
    from planx.normalise.dates import date_spans
    from planx.normalise.horizons import _only_period_words
    rest = text
    spans = date_spans(text, 2000)
    for start, end, _ in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    if label in _WHEN_LABELS or spans and _only_period_words(rest.strip(" .")):
        return {"due": text.strip(" .")}
    return {"measure": text}


def _with_note_lines(units: list[_Unit], lists: list[_List]) -> tuple[list[_List], dict[int, tuple[_Unit, str, str]]]:
    """The lists, those split only by a note line under an item joined again ('- To raise attendance'
    / 'Target: July 2025' / '- To widen …': one list), and each item's note line by the item's
    block."""
    index = {id(u): n for n, u in enumerate(units)}

    def after(u: _Unit) -> _Unit | None:
        n = index[id(u)] + 1
        return units[n] if n < len(units) else None

    notes: dict[int, tuple[_Unit, str, str]] = {}
    out: list[_List] = []
    for lst in lists:
        if not lst.entries:
            continue
        first = index[id(lst.entries[0].unit)]
        above = units[first - 1] if first else None
        note = _note_line(above)
        if out and above is not None and note is not None and after(out[-1].entries[-1].unit) is above:
            notes[out[-1].entries[-1].unit.block] = (above, *note)
            out[-1] = replace(out[-1], entries=out[-1].entries + lst.entries)
            continue
        out.append(lst)
    for lst in out:
        last = lst.entries[-1].unit
        below = after(last)
        note = _note_line(below)
        if below is not None and note is not None and last.block not in notes:
            notes[last.block] = (below, *note)
    return out, notes


def _lead_in(units: list[_Unit], first: _Unit) -> str:
    """The heading or line right above a list's first item."""
    k = next((n for n, u in enumerate(units) if u is first), 0)
    if k >= 2 and units[k - 2].heading and not units[k - 1].styled() and not units[k - 1].marker \
            and len(units[k - 1].text.split()) <= _TOPIC_WORDS and not units[k - 1].text.rstrip().endswith(":"):
        return units[k - 2].text  # a tagline under the heading ('Simple to use, whoever you ask'): the heading
    return units[k - 1].text if k else ""


def _states_duty(text: str) -> bool:
    """An item opening with a verb in its third person ('Provides overview of study to participants',
    'Responds to participant's requests'): what someone does as a duty, no thing to be done."""
    from planx.normalise.columns import _is_verb
    first = WORD.match(text.strip())
    if first is None:
        return False
    w = first.group().lower()
    if not w.endswith("s") or w.endswith("ss") or len(w) < 4:
        return False
    stems = (w[:-1], w[:-2], w[:-3] + "y" if w.endswith("ies") else "")
    return any(stem and _is_verb(stem) for stem in stems)


def read_objectives(raw: RawDocument, units: list[_Unit]) -> ListReading | None:
    """The actions of a short page plan whose lists are named by their lead-in, or None."""
    if not names_page(raw) or has_plan_table(raw):
        return None
    titles = set(title_lines(raw)[:3])
    actions: list[ListAction] = []
    blocks: set[int] = set()
    named: list[str] = []
    lists, note_lines = _with_note_lines(units, lists_of(units))
    for lst in lists:
        if lst.cued or not lst.entries:
            continue
        lead_in = _lead_in(units, lst.entries[0].unit)
        named_list = names_list(lead_in)
        # on a page naming itself a plan, a topic's heading straight over its list ('Highways' /
        # '- To press for …'): the list's area, and its items the plan's as the page says
        if not named_list and not (lead_in == lst.heading and topic_heading(lead_in)):
            continue
        # a lead-in naming the list as the plan's objectives for its period ('Our equality objectives
        # for 2023-2027 are set as:'): its items are the objectives, worded as outcomes or not
        # ('Everyone can access our services …'), unless one reports, asks or speaks to the reader
        for_period = named_list and names_period(lead_in)
        read = []
        for e in lst.entries:
            text, notes = split_notes(bare(e.unit))
            ev = item_evidence(text, in_period=True)
            commits = ev.action or infinitive(text) and not ev.why_not or \
                for_period and _aimed_state(text, ev.why_not) and not ev.reader and len(text.split()) >= 3
            read.append((e, text, notes, ev, commits))
        if sum(r[4] for r in read) < max(_MIN_ITEMS if named_list else 1, _SHARE * len(read)):
            continue
        if not named_list and sum(_states_duty(r[1]) for r in read) >= _SHARE * len(read):
            continue  # 'Facilitator' / • Provides overview of study …: the duties of the role its heading names
        named.append(lead_in)
        for e, _text, notes, ev, commits in read:
            if not (commits or not ev.why_not and not ev.reader):
                continue  # an item that reports, asks or defines stays prose
            fields = {k: v for k, v in ev.fields.items() if k in ("action", "lead", "due")}
            fields.update(notes)
            if e.unit.block in note_lines:  # 'Target: July 2025' on the line under it
                note_unit, label, note = note_lines[e.unit.block]
                fields.update(_note_fields(label, note))
                blocks.add(note_unit.block)
            context = {k: v for k, v in e.context.items() if v and v not in titles}
            if not context.get("area"):  # the numbered section the list sits in ('2 Mainstream provision')
                ref, area = section_of(raw, e.unit.block)
                context.update({k: v for k, v in (("area_ref", ref), ("area", area)) if v and area not in titles})
            if e.children:
                fields["milestones"] = "\n".join(f"• {' '.join(bare(c).split())}" for c in e.children)
            actions.append(ListAction(fields, context, e.unit.block, e.unit.page, e.unit.line, []))
            blocks.update(u.block for u in [e.unit, *e.children])
    if len(actions) < _MIN_ITEMS:
        return None
    why = (f"{len(actions)} actions read from a page that calls itself a plan or objectives, from lists "
           f"whose lead-in names them so or heads their topic ({'; '.join(repr(n) for n in named)})")
    return ListReading(actions, blocks, 0.6, why, trusted=True, trusted_by="lists named by their lead-in as objectives")


# ---- objectives each on a labelled line ---------------------------------------------------------------

# 'Objective 1: To ensure that equality of opportunity is central to school life'
_LABELLED = re.compile(r"^\s*(?P<label>[A-Z][a-z]+)\s+(?P<ref>\d{1,2}[a-z]?)\s*[:.–—-]\s*(?P<text>\S.+)$")
# the label and its number before the objective with no stop between them, or alone on a line over it
# ('Key priority one To introduce Thrive …', a page's line breaks lost; 'Key priority one' / 'To
# introduce …'); the number in figures or in words, the label perhaps after 'Key' or 'Main'
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve").split()
_LABEL_LINE = re.compile(r"^\s*(?:(?:key|main|our)\s+)?(?P<label>[A-Za-z]+)\s+(?P<ref>\d{1,2}[a-z]?|"
                         + "|".join(_NUMBER_WORDS) + r")\b\s*[:.]?\s*(?P<text>.*)$", re.I | re.S)


def _band_over(units: list[_Unit], at: _Unit, titles: set[str]) -> dict[str, str]:
    """{'area': …} of the band heading an objective's group: the nearest heading or line in capitals
    above it ('QUALITY OF EDUCATION' over 'Priority 1: To ensure …'), a topic, not the page's title nor
    a line naming the list ('MAIN PRIORITIES FOR 2022-23')."""
    k = next((n for n, u in enumerate(units) if u is at), 0)
    for u in reversed(units[:k]):
        text = u.text.strip()
        if u.marker or _LABELLED.match(text) or _LABEL_LINE.match(text):
            continue
        band = u.heading or text.isupper()
        if not band or not topic_heading(text):
            return {}
        if text in titles or WEBPLAN_LIST_WORDS & set(fold(text).split()):
            return {}
        return {"area": text}
    return {}


def read_labelled_objectives(raw: RawDocument, units: list[_Unit]) -> ListReading | None:
    """The objectives of a page that calls itself a plan or objectives, each a line of its own opening
    with the label and its number ('Objective 1: To ensure …', 'Objective 2: To embed …'), each over a
    paragraph saying how (kept as the page's text): the label, the same on each, names the line an
    objective, and the line must read as one (an infinitive, a verb of action, a commitment)."""
    if not names_page(raw) or has_plan_table(raw):
        return None
    found: list[tuple[_Unit, str, str, str]] = []
    for k, u in enumerate(units):
        m = _LABELLED.match(u.text)
        if u.marker or m is None or fold(m.group("label")) not in WEBPLAN_LINE_LABELS:
            line = _LABEL_LINE.match(u.text)
            if u.marker or line is None or fold(line.group("label")) not in WEBPLAN_LINE_LABELS:
                continue
            text, at = line.group("text").strip(), u
            if not text:  # the objective on the line under its label
                below = units[k + 1] if k + 1 < len(units) else None
                if below is None or below.marker or below.heading or _LABEL_LINE.match(below.text):
                    continue
                text, at = below.text.strip(), below
            ref = line.group("ref").lower()
            ref = str(_NUMBER_WORDS.index(ref) + 1) if ref in _NUMBER_WORDS else ref
            if infinitive(text) or item_evidence(text).action:
                found.append((at, fold(line.group("label")), ref, text))
            continue
        text = m.group("text").strip()
        if infinitive(text) or item_evidence(text).action:
            found.append((u, fold(m.group("label")), m.group("ref"), text))
    if len(found) < _MIN_ITEMS or len({label for _, label, _, _ in found}) > 1:
        return None
    titles = set(title_lines(raw)[:3])
    actions = [ListAction({"action": text, "ref": ref}, _band_over(units, u, titles), u.block, u.page, u.line, [])
               for u, _, ref, text in found]
    why = (f"{len(actions)} actions read from lines labelled and numbered as objectives ('{found[0][0].text[:40]}') "
           f"on a page that calls itself a plan or objectives")
    return ListReading(actions, {u.block for u, _, _, _ in found}, 0.6, why, trusted=True,
                       trusted_by="lines labelled and numbered as objectives")


# ---- a page of sentences ------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘“'\"(])")
_MIN_SENTENCES = 3  # committing sentences, at least, that make a page of prose a plan
_PROSE_SHARE = 0.4  # the share of the page's sentences that must commit
_FUTURE = {"will", "shall"}  # modals that commit to what is to come ('must', 'should' oblige or advise)
_BEGUN = re.compile(r"\bwe(?:'ve|’ve| have) (?:begun|started) (?:work )?(?:to|on) \w+", re.I)
_PROSE_PAGE_WORDS = frozenset({"plan", "plans", "roadmap", "commitments", "pledges", "actions"})


def sentences(text: str) -> list[str]:
    """A paragraph's sentences ('A tenant survey has been launched. Tenants will be …' → two)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def commits_ahead(sentence: str) -> bool:
    """Does a sentence commit to what is to come, or to work the writer has under way? 'We will ensure
    …', 'Tenants will be represented on the Board …', 'We're taking urgent action …', 'We have begun
    work to procure …'; never what was done ('A survey has been launched'), a stance ('We are committed
    to …', 'We want to reassure …') or what the reader may do ('You will be able to …')."""
    words = [w.lower() for w in WORD.findall(sentence)]
    if len(words) < 5 or _READER & set(words) or sentence.rstrip().endswith("?"):
        return False
    if writer_at_work(words) or _BEGUN.search(sentence):
        return True
    for w in words[:8]:  # a modal of the future within the subject's reach, before any verb that reports
        if w in _FUTURE:
            return True
        if w in REPORTING_VERBS:
            return False
    return False


def page_named_plan(raw: RawDocument) -> bool:
    """Does the page's heading (its first lines, or its file name, which keeps a saved page's address:
    'what-were-doing-to-improve') name it a plan or what is being done ('What we're doing to improve',
    'Our action plan')?"""
    if document_kind(raw)[1]:
        return False
    name = re.sub(r"\.\w+$", "", raw.name or "")
    for text in [*title_lines(raw)[:3], re.sub(r"[_\-.]+", " ", name)]:
        if names_actions(text) or _PROSE_PAGE_WORDS & set(fold(text).split()):
            return True
    return False


def read_prose_page(raw: RawDocument, units: list[_Unit]) -> ListReading | None:
    """The actions of a short page written as sentences, with no list: a page its heading names a plan
    or what is being done, most of whose sentences commit to what is to come. Each such sentence is
    an action; a paragraph's other sentences are kept aside with it."""
    if any(u.marker for u in units) or has_plan_table(raw) or not page_named_plan(raw):
        return None
    found: list[tuple[_Unit, str, list[str]]] = []
    total = 0
    for u in units:
        if u.heading:
            continue
        said = sentences(u.text)
        total += len(said)
        ahead = [s for s in said if commits_ahead(s)]
        for k, s in enumerate(ahead):
            rest = [x for x in said if x not in ahead] if k == 0 else []
            found.append((u, s, rest))
    if len(found) < _MIN_SENTENCES or len(found) < _PROSE_SHARE * total:
        return None
    actions = [ListAction({"action": s}, {}, u.block, u.page, u.line, [], aside=rest) for u, s, rest in found]
    why = (f"{len(actions)} actions read from the sentences of a page its heading names a plan or what is "
           f"being done, {len(actions)} of its {total} sentences committing to what is to come ('will', "
           f"'we are …ing', 'we have begun work to')")
    return ListReading(actions, {u.block for u, _, _ in found}, 0.55, why, trusted=True,
                       trusted_by="sentences committing to what is to come on a page named a plan")




def read_page_plan(raw: RawDocument, units: list[_Unit]) -> ListReading | None:
    """A short page plan's actions: its named lists (read_objectives), else its labelled objectives
    (read_labelled_objectives), else its sentences (read_prose_page), else its lines under lead-ins of
    work done and next steps (normalise/donenext.py); None when none reads."""
    from planx.normalise.donenext import read_done_and_next
    return read_objectives(raw, units) or read_labelled_objectives(raw, units) or read_prose_page(raw, units) \
        or read_done_and_next(raw, units)  # 'What we have done' / 'What's next' lead-ins


__all__ = ["commits_ahead", "has_plan_table", "infinitive", "names_list", "names_page", "names_period",
           "page_named_plan", "read_labelled_objectives", "read_objectives", "read_page_plan", "read_prose_page",
           "sentences", "split_notes", "topic_heading"]
