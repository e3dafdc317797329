"""Plans written as headings and lists: actions as bullets or numbers, their lead and date inline.

    Priority 2: Improve the timeliness of plans
    • Recruit two more educational psychologists (Lead: Head of SEND; by March 2026)
    • Hold weekly tracking meetings – Owner: J Smith – Due: Q2 2025/26 – Status: On track
    1.3 Publish a guide for parents
        Responsible: Participation Lead   Timescale: Autumn term 2025

A person reads such a plan by its headings (the area: 'Priority 2: …', '2.', '2.1') and by the
labels inside each item: a phrase before a colon that reads as a field heading ('Lead', 'Owner',
'Responsible', 'By when', 'Timescale', 'RAG') says what follows it, as a column heading would.
The action is the item's text before its labels.

Precision comes first: reports, policies and inspection reports are full of bullets, and dates in
them ('waiting times fell by December 2024'). An item is an action only when it carries plan
evidence: a labelled lead, due date, status or RAG; and a document is read this way only when
two items or more do. Everything else stays a paragraph for the walker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from planx.extract.model import Link, Paragraph, RawDocument, Table
from planx.normalise.codes import CAPITAL_STATUS_DASH, rag_of, status_words
from planx.normalise.columns import looks_like_when
from planx.normalise.dates import date_spans, find_dates
from planx.normalise.headers import MARK_STATUS_FIELD, area_lead_of, classify, classify_exact
from planx.normalise.text import fold, squash, words_over
from planx.normalise.tiers import tier_below
from planx.normalise.vocab import DUE_PREPOSITION_LABELS, OCR_BULLET_LOOKALIKES, STATUS_WORDS

# a bullet (Word's Symbol-font bullets are private-use characters), a number ('3.', '2.1', '4)'),
# or a letter or numeral in brackets ('a)', '(ii)')
_BULLET = r"[•\-–—*·▪●◦○■►➢✓›❯\uf0b7\uf0a7\uf0d8\uf076\uf0fc]"
_OCR_BULLET = "[" + re.escape(OCR_BULLET_LOOKALIKES) + "]"
# an item that opens with an amount ('1. £20 million over 3 years …', '3. 50% of energy …', '9. 30,000
# Apprenticeships …', '2. 12 new hubs …'): a sum, a share or a count after the item's number and a space;
# not an outline number set apart ('1. 2 Background') nor a decimal ('1.5 million')
_AMOUNT = r"[£$€]\s?\d|\d[\d,.]*\s?%|\d{1,3}(?:,\d{3})+\b|\d[\d.]*\s?(?:m|bn|k)\b|(?!(?:19|20)\d\d\b)\d+\s+[a-z]"
_MARKER = re.compile(rf"^\s*(?:(?P<bullet>{_BULLET}|{_OCR_BULLET}(?=\s+[A-Z]))\s+"
                     r"|(?P<number>(?:\d{1,2}(?:\.\d{1,2}){1,2}[.)]?\s+|\d{1,2}[.)]\s*|\d{1,2}:\s+(?=[A-Z])"
                     r"|l\.\s+(?=[A-Z]))(?=[A-Za-z(])|\d{1,2}[.)]\s+(?=" + _AMOUNT + "))"
                     r"|\(?(?P<letter>[a-z]|[ivx]{1,4})\)\s+)(?=\S)")
# ('4: Recruit …' is OCR's reading of '1. Recruit …' at a line's start: a colon for a full stop; 'l. Within
# 60 days …' its reading of '1.': a lower-case L, which marks no list, for the one)
# a number starting an item inside a paragraph that joined a numbered list ('… 2026. 5. Introduce …')
_INNER_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s*(?=[A-Z])")
# the marker of an item that OCR ran onto the line before it: a number, a bullet or what OCR reads
# a bullet as, before a capital letter
# (bullet glyphs only: a dash inside a line is punctuation, '– Owner: J Smith – Due: …')
_GLYPH_BULLET = "[•·▪●◦○■►➢›❯\uf0b7\uf0a7\uf0d8\uf076\uf0fc]"
_INNER_ITEM = re.compile(rf"(?<=\s)(?:\d{{1,2}}[.)]|{_GLYPH_BULLET}|{_OCR_BULLET})\s+(?=[A-Z])")
# a bullet inside a paragraph that joined several list lines (PDF lines set close together)
# (bullet glyphs only: a dash inside a line is punctuation, 'Review the policy – Lead: …')
_NUMBERED_START = re.compile(r"^\s*\d{1,2}[.)]\s+(?=[A-Z])")  # a paragraph opening with a numbered item
# the share of items reading as things to be done at which the guard lets lists stand by what they say
# (normalise/guard._judge_prose): below it, a roadmap's own evidence speaks for its items
_GUARD_SHARE = 0.5
_HELD_BULLET = "\x00"  # a bullet's space, held while the numbers split a paragraph (_split_at_marks)
_INNER_BULLET = re.compile(r"\s(?=[•·▪●◦○■►➢›❯\uf0b7\uf0a7\uf0d8\uf076\uf0fc]\s+\S)")
# fields a label inside an item may name; those that make an item an action
_LABEL_FIELDS = {"lead", "responsible", "due", "status", "rag", "progress", "measure", "outcome", "action"}
_EVIDENCE = {"lead", "responsible", "due", "status", "rag"}
_LABEL_SCORE = 85.0
_LABEL_WORDS = 4  # a label inside a line is one to four words …
_LINE_LABEL_WORDS = 6  # … one opening a line up to six, as a form prints its questions
_SEPARATORS = " \t;,.–—-|([/"
_CLOSERS = " \t;,.–—-|)]/"
_MIN_ACTIONS = 2  # a document with fewer labelled items is not read as a list plan
_ACTION_WORDS = 3  # an item's text before its labels reads as an action from this many words
_SHORT_ACTION_WORDS = 2  # ... or this many, when it prints two kinds of plan evidence (a lead and a date)
DECLINED = "a list item printing plan labels, not read as an action (its text before the labels is too short)"
_NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2})(?:\.(\d{1,2}))?[.)]?\s+(\S.*)$", re.S)
# an area's code before its title ('SO1  To raise awareness', 'PR2 – Early help'): capitals naming the
# kind of area and its number, kept whole as the reference
_CODED_HEADING = re.compile(r"^\s*([A-Z]{1,4}\s?\d{1,2}[a-z]?)\s*[.:)\-–—]?\s+(\S.*)$", re.S)
# a theme lettered before its title ('A. Quality assurance', 'B) Workforce'; OCR may read the stop as a
# comma, 'B, Front door'): the letter is the area's reference, as a number is ('2. Early help')
_LETTERED_HEADING = re.compile(r"^\s*([A-Z])[.),]\s+([A-Z]\S*(?:\s+\S+)*)\s*$", re.S)


@dataclass
class ListAction:
    fields: dict[str, str]  # field → text ('action', 'lead', 'due', 'status', 'rag', …)
    context: dict[str, str]  # area_ref, area, objective
    block: int  # index of the block the item starts in
    page: int
    line: int
    labels: list[str] = field(default_factory=list)  # the labels as printed (read as structure)
    aside: list[str] = field(default_factory=list)  # its text that is none of its fields: kept aside
    # its milestones one by one, each as printed with its own date or status ({'milestones': …}), when
    # listed under a label apart from any date of the action's own (normalise/headplans.py)
    steps: list[dict[str, str]] = field(default_factory=list)
    # a numbered line under a labelled item that prints no labels of its own ('1.1.1 …' under '1.1 …'
    # and its 'Lead:' line): the item's part, for normalise/outline.py to weigh (_sub_items)
    part: bool = False
    # why its aside text is kept aside ('' for the usual: a label tagging it)
    aside_why: str = ""


@dataclass
class ListReading:
    actions: list[ListAction]
    blocks: set[int]  # blocks read here (the walker passes them by)
    confidence: float
    why: str
    # read by evidence beyond the items' wording (a roadmap's stage headings, task boxes, status
    # marks: normalise/roadmaps.py): the guard lets its items stand as a labelled list's would
    trusted: bool = False
    trusted_by: str = "a roadmap's lists"  # the evidence that trusts it, in words (the guard's label)
    aside: set[int] = field(default_factory=set)  # blocks read as an action's description: kept aside
    # blocks of items that print plan labels but were not read as actions ('Venue: Town Hall'), with
    # why: kept aside rather than left to the walker, where such a line may pass for a title
    declined: dict[int, str] = field(default_factory=dict)
    # the actions are numbered by the document itself, 1, 2, 3 … through its sections
    # (normalise/recommendations.py): its other lists, dateless, are the narrative around them
    numbered_through: bool = False
    # the actions are what the writer says it recommends ('We recommend that …', normalise/recommendations.py):
    # a review's or audit's recommendations stand, whatever the document calls itself (kinds.refuse)
    recommended: bool = False


@dataclass
class _Unit:
    """One list item, heading or line: a paragraph, or part of one that joined several items."""
    text: str
    block: int
    page: int
    line: int
    heading: bool
    marker: str  # 'bullet', 'number', 'letter' or ''
    number: str = ""
    level: int = 0  # how deep the item is nested, where the source says (Paragraph.level)
    glyph: str = ""  # the bullet as printed ('•', '–', 'o'): a second glyph under the first nests
    bold: bool = False  # all of its text bold, where the source says (Paragraph.bold)
    rank: int = 0  # a heading's rank where the source says ('##' → 2, Paragraph.rank); 0 when unknown

    def styled(self) -> bool:
        """Set apart as a heading by the source: a heading style, or (a PDF, or Word with no heading
        style) the whole line bold, with no list marker, short and no sentence. A bold item is an
        item, and a bold sentence a sentence set in bold for emphasis."""
        if self.heading:
            return True
        return self.bold and not self.marker and not words_over(self.text, _BOLD_HEADING_WORDS) \
            and not self.text.rstrip().endswith((".", ";", ",", ":"))


_BOLD_HEADING_WORDS = 14  # a bold line longer than this is a sentence set in bold, not a heading


# ---- labels inside an item -------------------------------------------------------------------------

_COLON = re.compile(r":\s+(?=\S)")
_LEADING_DASH = re.compile(r"\s+[–—-]\s+(?=\S)")  # the first dash set apart by spaces


_PLURAL_BRACKET = re.compile(r"(?<=[a-z])\((?:s|es)\)\s*$")  # 'partner(s)' before a colon: the noun's plural


def _label_before(text: str, colon: int) -> tuple[int, str, str] | None:
    """(start, field, label) of the label ending at text[colon] (':'), the longest phrase of one to
    four words (six at a line's start: 'How we will measure impact:') that reads as a field heading
    and starts where a label can: the item's start, after a separator, or with a capital letter."""
    # (a date's number may stand inside a label, 'Position at 30 Sept:', never right before its colon)
    # a label printed with its plural in brackets ('Lead partner(s):', 'Officer(s):') ends at its noun
    plural = _PLURAL_BRACKET.search(text, 0, colon)
    if plural is not None:
        colon = plural.start()
    words = list(re.finditer(r"[A-Za-z][A-Za-z'/&]*|\d{1,4}(?=[ \t]+[A-Za-z])", text[:colon]))
    if not words or text[words[-1].end():colon].strip() or not words[-1].group()[0].isalpha():
        return None  # something other than a word right before the colon ('10:30', 'ref 3:')
    exact: tuple[int, str, str] | None = None  # the longest phrase that is a label as plans print it
    loose: tuple[int, str, str] | None = None  # else the shortest that reads as one by its head word
    for k in range(1, min(_LINE_LABEL_WORDS, len(words)) + 1):
        first = words[-k]
        phrase = text[first.start():colon]
        if k > 1 and any(text[a.end():b.start()].strip() for a, b in zip(words[-k:], words[-k + 1:], strict=False)):
            continue  # punctuation inside the phrase: no label
        before = text[:first.start()].rstrip(" \t")
        if k > _LABEL_WORDS and before and before[-1] != "\n":
            continue  # a longer label only opens a line ('How we will measure impact: …')
        boundary = not before or before[-1] in _SEPARATORS or first.group()[0].isupper()
        if not boundary:
            continue
        name, score, _ = classify_exact(phrase)
        if name in _LABEL_FIELDS and score >= 100:  # a whole label ('Target date'), not one that starts so
            exact = (first.start(), name, squash(phrase))
            continue
        name, score, _ = classify(phrase)
        if loose is None and name in _LABEL_FIELDS and score >= _LABEL_SCORE:
            loose = (first.start(), name, squash(phrase))
    return exact or loose


def _clip(value: str) -> str:
    """A label's value without the separators around it ('Head of SEND; ' → 'Head of SEND')."""
    value = value.strip(_CLOSERS + "(")
    if value.count("(") > value.count(")"):
        value = value + ")"  # '(by March 2026' → its bracket closed again, as printed
    return squash(value)


# what may come before the date itself ('By: end of September 2024', 'By: the start of term 2')
_DATE_OPENER = re.compile(
    r"^\s*(?:the\s+)?(?:(?:end|start|beginning|middle|mid|close)(?:\s+of)?\s*[-–]?\s*)?(?:the\s+)?$", re.I)
_LAST_WORD = re.compile(r"(?:^|(?<=[\s;,.|–—(]))([A-Za-z]+)\s*$")


# a capitalised label run on after a value, a line's labels joined ('… Monthly Progress: First report …')
_NEXT_RUN_IN_LABEL = re.compile(r"\s+(?=[A-Z][A-Za-z]+(?:\s+[a-z]+){0,2}:\s)")


def _date_preposition_label(text: str, colon: int, value: int) -> tuple[int, str, str] | None:
    """(start, 'due', label) of a preposition printed as a label whose value opens with a date
    ('Lead: Head of SEND. By: September 2024'); None before anything else ('By: J Smith' names
    who, and a table's 'By' column stays its own matter)."""
    m = _LAST_WORD.search(text[:colon])
    # capitalised as a label is, or after a semicolon that closes the label before it ('(Lead
    # officer: Head of Leaving Care; by: TBC)')
    after_label = text[:m.start(1)].rstrip().endswith(";") if m is not None else False
    if m is None or m.group(1).lower() not in DUE_PREPOSITION_LABELS or \
            not (m.group(1)[0].isupper() or after_label):
        return None
    dates = date_spans(text[value:value + 40])
    if not dates or not _DATE_OPENER.match(text[value:value + dates[0][0]]):
        # or a timescale with no date ('Who: Nadia Barker. By: Annually', 'By: Ongoing - reviewed
        # monthly'), after the sentence before it ends: the due date's label too
        rest = squash(text[value:].split("\n")[0]).split(". ")[0]
        rest = _NEXT_RUN_IN_LABEL.split(rest, maxsplit=1)[0]  # ('By: Monthly Progress: …': up to the next label)
        before = text[:m.start(1)].rstrip(" \t")
        # (after the sentence before it ends, or on a line of its own: 'Lead officer: …' over 'By: TBC';
        # or capitalised after a labelled value on its line, set apart or run on as a scan joins it:
        # 'Lead: Phase Leaders   By: Ongoing', 'Lead: Head of Workforce By: Quarterly' — a label
        # belongs to the value after it)
        after_value = m.group(1)[0].isupper() and ":" in before.rsplit("\n", 1)[-1]
        if before and not before.endswith((".", ";", "\n", "|")) and not after_value \
                or words_over(rest, 5) or not looks_like_when(rest):
            return None  # the value does not open with a date
    return m.start(1), "due", m.group(1)


def label_spans(text: str, others: bool = False) -> list[tuple[int, int, str, str]]:
    """(label start, value start, field, label as printed) of each label in a line, in order. A
    label ends at a colon; the line's first label may end at a dash instead ('Target date – March
    2026', a form's run-in label), which inside a line is punctuation. With `others`, a label no
    field takes that follows a field's label, set apart as its own part ('Lead: Head of Finance |
    Resources: existing budget'), is found too, with field '': it ends the value before it."""
    found = _field_label_spans(text)
    if others and found:
        found = sorted(found + _other_label_spans(text, found))
    return found


# a label of its own part, whatever it names: one to four words before a colon (its value after it or
# on the next line), opening the text, a line, or a part set apart by a bar, a semicolon or a bullet
# ('| Resources: …'); not after a sentence's end, where a colon may open a list ('New projects included:')
# or a value's own part ('… for refresher training to staff. CAPPS: September 1, 2023')
_OTHER_LABEL = re.compile(r"(?:^|(?<=\n)|(?<=[|;•]))[ \t]*(?P<label>[A-Z][A-Za-z'&/-]*(?:[ \t]+[A-Za-z'&/-]+){0,3})"
                          r"[ \t]*:(?=\s)")


def _other_label_spans(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Labels after the first field's label that no field takes, or that name one only weakly: 'Target:'
    before a date or a timescale is its due ('| Target: January 2027'), before anything else it is a
    label of its own ('Target: 95% of calls answered'), which ends the part before it all the same."""
    out: list[tuple[int, int, str, str]] = []
    for m in _OTHER_LABEL.finditer(text, found[0][1]):
        start = m.start("label")
        if any(s <= start < v or s == start for s, v, _, _ in found):
            continue
        label = squash(m.group("label"))
        name, score, _ = classify(label)
        field = "due" if name == "due" and score > 0 and looks_like_when(_clip(_part_after(text, m.end()))) else ""
        out.append((start, m.end(), field, label))
    # run in with no separator (a scan's line joined: 'Lead: Head of HR Target: Q4 27/28'), only a
    # word that names a date weakly, before a date or a timescale
    for m in _RUN_IN_WORD_LABEL.finditer(text, found[0][1]):
        start = m.start("label")
        if any(s <= start < v or s == start for s, v, _, _ in found + out):
            continue
        if m.group("label").lower() in DUE_PREPOSITION_LABELS:
            continue  # 'Lead: Ann Lee By: Annually': a preposition run on is the lead's words (_date_preposition_label)
        name, score, _ = classify(m.group("label"))
        if name == "due" and score > 0 and looks_like_when(_clip(_part_after(text, m.end()))):
            out.append((start, m.end(), "due", m.group("label")))
    # run on after a rating, as a line laid out in columns reads once its gutters are closed up ('RAG: B
    # Direction of travel: ↑'): a rating is one word, so a capitalised label after it opens a part of its own
    for _, value, field, _ in found:
        after = _AFTER_RATING.match(text, value)
        if field != "rag" or after is None or not rag_of(after.group("rag")):
            continue
        start = after.start("label")
        if not any(s <= start < v or s == start for s, v, _, _ in found + out):
            out.append((start, after.end(), "", squash(after.group("label"))))
    return out


_RUN_IN_WORD_LABEL = re.compile(r"(?<=\s)(?P<label>[A-Z][a-z]+):\s")
# a rating's one word, then a label of up to four words ('B Direction of travel: ↑')
_AFTER_RATING = re.compile(r"[ \t]*(?P<rag>[^\s:]+)[ \t]+(?P<label>[A-Z][A-Za-z'&/-]*(?:[ \t]+[A-Za-z'&/-]+){0,3})"
                           r"[ \t]*:(?=\s|$)")


def _part_after(text: str, at: int) -> str:
    """The text after a label up to the next separator or line end."""
    return re.split(r"\s[|;]\s|\n", text[at:], maxsplit=1)[0]


def _field_label_spans(text: str) -> list[tuple[int, int, str, str]]:
    found: list[tuple[int, int, str, str]] = []
    at = 0
    for line in text.split("\n"):  # (an item's lines joined by line breaks: each line's first label)
        dash = _LEADING_DASH.search(line)
        if dash is not None and ":" not in line[:dash.start()]:
            label = _label_before(line, dash.start())
            # a value after a dash opens as a cell does, unless the label is one as printed ('When –
            # end of June 2026'; 'Improving outcomes – a review of the year' is a title)
            if label is not None and not line[:label[0]].strip() and \
                    (not line[dash.end()].islower() or classify_exact(label[2])[1] >= 100):
                found.append((at + label[0], at + dash.end(), label[1], label[2]))
        at += len(line) + 1
    for run_start, run_value, run_field, run_label in _dash_label_run(text):
        if not any(s0 <= run_start < v0 or run_start == s0 for s0, v0, _, _ in found):
            found.append((run_start, run_value, run_field, run_label))
    for m in _COLON.finditer(text):
        # a capitalised 'By:' before a date is that date's label, whatever the words before it
        # ('Lead: ICB workforce team By: March 2026': no 'ICB workforce team By' lead label)
        label = _date_preposition_label(text, m.start(), m.end()) or _label_before(text, m.start())
        if label is not None and not any(start <= label[0] < value for start, value, _, _ in found):
            found.append((label[0], m.end(), label[1], label[2]))
    return sorted(found)


def _dash_label_run(line: str) -> list[tuple[int, int, str, str]]:
    """(label start, value start, field, label) of labels set off by dashes and run together with
    semicolons inside a line ('… in the Local Plan review Lead - Economic Development; Timescale -
    July 2027'): a label whole as plans print it ('Timescale') opening a part after a semicolon,
    and, once one does, the label of the part before it, wherever it starts (the run follows the
    item's text). A single dash inside a line stays punctuation."""
    parts = [m.start() for m in re.finditer(r";", line)]
    if not parts:
        return []
    found: list[tuple[int, int, str, str]] = []
    for start in parts:
        dash = _LEADING_DASH.search(line, start + 1)
        if dash is None or ";" in line[start + 1:dash.start()]:
            continue
        label = _label_before(line, dash.start())
        if label is None or line[start + 1:label[0]].strip() or classify_exact(label[2])[1] < 100:
            continue
        found.append((label[0], dash.end(), label[1], label[2]))
    if not found:
        return []
    # the part before the first such label: its own last dash may close a whole label too
    first = found[0][0]
    head_end = line.rfind(";", 0, first)
    dashes = [d for d in _LEADING_DASH.finditer(line, 0, head_end)]
    if dashes:
        label = _label_before(line, dashes[-1].start())
        if label is not None and classify_exact(label[2])[1] >= 100 and \
                not any(f[0] == label[0] for f in found):
            found.insert(0, (label[0], dashes[-1].end(), label[1], label[2]))
    return found


def labelled_fields(text: str) -> list[tuple[str, str, str]]:
    """[(field, label, value as printed)] of a line that opens with a label and runs several
    together ('Lead officer: M. Patel  Target date: March 2026  RAG: Green'); [] when text comes
    before the first label or only one label is found."""
    found = label_spans(text)
    if len(found) < 2 or text[:found[0][0]].strip(_SEPARATORS):
        return []
    ends = [f[0] for f in found[1:]] + [len(text)]
    return [(name, label, _clip(text[start:end])) for (_, start, name, label), end in zip(found, ends, strict=True)]


def read_labels(text: str) -> tuple[str, dict[str, str], list[str]]:
    """(text before the labels, field → value, labels as printed) of one item."""
    # (a label no field takes ends the value before it: its own part stays unread, kept aside)
    found = label_spans(text, others=True)  # (label start, value start, field, label)
    if not found:
        return text, {}, []
    head = _clip(text[:found[0][0]])
    values: dict[str, str] = {}
    for i, (_, start, name, _) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        value = _clip(text[start:end])
        if value and name and name not in values:
            values[name] = value
    split_unlabelled(values)
    if "responsible" in values and "lead" not in values:
        values["lead"] = values.pop("responsible")  # the only one named as responsible leads it
    return head, values, [label for _, _, name, label in found if name]


# the word that says a part of a value is its due date ('by', 'due'); what follows is the date as printed
# ('by end of Q4 2027/28' → 'end of Q4 2027/28', as a due cell would print it)
_DUE_WORDS = re.compile(r"^(?:by|due|before|until|no later than|deadline)\s+", re.I)


_NAMES_THE_DATE = re.compile(r"^(?:by|due)\s", re.I)


def split_unlabelled(values: dict[str, str]) -> None:
    """Parts of a value that say when or how it stands without a label of their own ('Lead: Head
    of SEND; by March 2026' → the lead and a due date; 'Owner: J Smith (Complete)')."""
    for name in [n for n in values if n not in ("due", "action")]:
        parts = [p.strip() for p in re.split(r";|\s[–—]\s|\(|\)", values[name]) if p.strip()]
        if len(parts) < 2:
            continue
        kept = [parts[0]]
        for part in parts[1:]:
            short = len(part.split()) <= 6
            # (a month or day without a year after 'by' is a due date all the same: 'by w/c 4 January')
            if short and "due" not in values and (find_dates(part) or _DUE_WORDS.match(part)
                                                  and find_dates(part, 2000)):
                # ('by' and 'due' only name the date that follows; 'until', 'before' say something of it)
                values["due"] = _DUE_WORDS.sub("", part, count=1) if _NAMES_THE_DATE.match(part) else part
            elif short and "status" not in values and status_words(part) \
                    and not (part[0].islower() and words_over(part, 2)):
                # (a clause that goes on with the sentence before it, 'Delayed by the restructure; a
                # revised timetable has been agreed', is no status printed apart)
                values["status"] = part
            elif short and "rag" not in values and rag_of(part) and not words_over(part, 2):
                values["rag"] = part
            else:
                kept.append(part)
        if len(kept) < len(parts):  # (a value none of whose parts was taken stays as printed: 'J Smith (ICB)')
            values[name] = "; ".join(kept)
    progress = values.get("progress", "")
    if progress and "status" not in values and not words_over(progress, 4) and status_words(progress):
        values["status"] = values.pop("progress")  # 'Progress: On track' says how it stands


# ---- units: items, headings, lines -----------------------------------------------------------------

def _split_joined(text: str) -> list[str]:
    """A paragraph that joined several list lines (a PDF sets them close) as its items: at each
    bullet, or at each number that follows on from the one the paragraph starts with; and where an
    item's labels end and the next item's marker starts (OCR joins such lines too)."""
    parts = [item for joined in _split_at_marks(text) for part in _cut_after_labels(joined)
             for item in _split_dash_run(part)]
    return _first_item_apart(parts)


def _first_item_apart(parts: list[str]) -> list[str]:
    """A line joined before the first of the items cut apart ('Key deliverables 2026/27 > Create 60
    apprenticeships … Lead: …' before '> Agree …', a scan's slide): where the glyph that opens every
    later item stands before a capital in the first part, the first item opens there too."""
    if len(parts) < 2 or _MARKER.match(parts[0]):
        return parts
    glyphs = {p.lstrip()[:1] for p in parts[1:]}
    if len(glyphs) != 1 or not all(_MARKER.match(p) for p in parts[1:]):
        return parts
    m = re.search(rf"\s{re.escape(glyphs.pop())}\s+(?=[A-Z])", parts[0])
    if m is None or not _has_evidence(parts[0][m.start():]):
        return parts
    return [parts[0][:m.start()].strip(), parts[0][m.start():].strip(), *parts[1:]]


def _split_dash_run(text: str) -> list[str]:
    """A paragraph that joined a slide's items whose dash is both their bullet and the separator of
    their parts ('– Review street lighting – Planning Policy Manager – Q3 26/27 – Extend CCTV coverage
    – Licensing Manager – October 2026'): its items, each ending where a part naming who and a part
    saying when follow its text (either order), as dashed_fields reads one item. Only when every
    part falls into such an item, two at least; else the paragraph as it is."""
    bullet = re.match(r"^\s*[–—-]\s+", text)
    body = text[bullet.end():] if bullet else text
    if "\n" in body.strip():
        return [text]
    parts = [p.strip() for p in _SPACED_DASH.split(body)]
    if bullet and _bare_dash_items(parts):
        # '– Capture feedback – Refine priorities – Commission surveys': a slide's items, each on a line of
        # its own under its dash, joined; no part says when and few who, so no item's parts: each an item
        glyph = bullet.group().strip()
        return [f"{glyph} {part}" for part in parts]
    if len(parts) < 6:
        return [text]
    items: list[str] = []
    k = start = 0
    while k < len(parts) - 1:
        one, two = parts[k + 1] if k + 1 < len(parts) else "", parts[k + 2] if k + 2 < len(parts) else ""
        if k > start or k == start and words_over(parts[k], _ACTION_WORDS - 1):
            if two and (_reads_as_who(one) and _reads_as_when(two) or _reads_as_when(one) and _reads_as_who(two)):
                items.append(" – ".join(parts[start:k + 3]))
                start = k = k + 3
                continue
        k += 1
    if start != len(parts) or len(items) < 2:
        return [text]
    glyph = bullet.group().strip() if bullet else "–"
    return [f"{glyph} {item}" for item in items]


_DASH_ITEMS_LEAST = 3  # a joined run of dashed items: this many parts at least


def _bare_dash_items(parts: list[str]) -> bool:
    """Are the parts of a paragraph opening with a dash, split at each spaced dash, items of a list
    (each opens with a capital and prints no colon, none says when, fewer than half read as who) rather than one item's
    text and its who/when parts ('– Review lighting – Planning Manager – Q3 26/27')?"""
    if len(parts) < _DASH_ITEMS_LEAST or not all(p[:1].isupper() and ":" not in p for p in parts):
        return False  # (parts with a label or a number's colon, 'Pillar 1: …': a contents line's entries)
    if any(_reads_as_when(p) for p in parts):
        return False
    return 2 * sum(_reads_as_who(p) for p in parts) < len(parts)


def _split_at_marks(text: str) -> list[str]:
    parts = [p for p in _INNER_BULLET.split(text) if p.strip()]
    numbered = _NUMBERED_START.match(text) is not None
    if len(parts) > 1 and all(_MARKER.match(p) for p in parts[1:]) and not numbered:
        return parts
    if numbered and len(parts) > 1:
        # '1. Agencies must … 2. Agencies must enforce MFA … • For agency staff: … 3. …' (a PDF's box of
        # numbered actions with bullets under them, joined): the numbers first, then each item's bullets
        return [bullet for item in _split_at_marks(_INNER_BULLET.sub(_HELD_BULLET, text))
                for bullet in _INNER_BULLET.split(item.replace(_HELD_BULLET, " ")) if bullet.strip()]
    lettered = _split_at_letters(text)
    if lettered is not None:
        return lettered
    starts = [m for m in _INNER_NUMBER.finditer(text)]
    if not starts or starts[0].start() != len(text) - len(text.lstrip()):
        return [text]
    cuts, expected = [starts[0].start()], int(starts[0].group(1)) + 1
    for m in starts[1:]:
        if int(m.group(1)) == expected:
            cuts.append(m.start())
            expected += 1
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)], strict=True)]


def _split_at_letters(text: str) -> list[str] | None:
    """A paragraph that joined a lettered list ('a) Initiate Pilots: … b) Manage Pilots: … c) …', a
    scan's text layer): its items, cut at each letter that follows on from 'a' in the same form; None
    when the paragraph does not open with 'a)' / '(a)' / 'a.' or no 'b' follows."""
    first = _INNER_LETTER.match(text)
    if first is None or first.group("letter") != "a":
        return None
    form = (first.group("open"), first.group("close"))
    cuts, expected = [first.start("open") if first.group("open") else first.start("letter")], "b"
    for m in _INNER_LETTER.finditer(text, first.end()):
        if m.group("letter") == expected and (m.group("open"), m.group("close")) == form:
            cuts.append(m.start("open") if m.group("open") else m.start("letter"))
            expected = chr(ord(expected) + 1)
    if len(cuts) < 2:
        return None
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)], strict=True)]


# a letter marking an item, at the paragraph's start or after a space: 'a)', '(b)', 'c.' before a capital
_INNER_LETTER = re.compile(r"(?:^\s*|(?<=\s))(?P<open>\(?)(?P<letter>[a-h])(?P<close>[.)])\s+(?=[A-Z])")


def _cut_after_labels(text: str) -> list[str]:
    """A line of labels (or an item that ends with its labels) that OCR ran into the next item
    ('Lead: Head of SEND Deadline: Q4 2025/26 3. Publish a clear guide …', '… Deadline: March
    2026 ¢ Create supported internships …'): cut where the next item's marker starts, when the
    text before it carries a label a plan item has."""
    for m in _INNER_ITEM.finditer(text):
        if m.start() and _has_evidence(text[:m.start()]):
            return [text[:m.start()].strip(), *_cut_after_labels(text[m.start():].strip())]
    return [text]

def _table_items(table: Table) -> list[str] | None:
    """A list that a PDF's hanging indent made a table of (a column of bullets or numbers beside a
    column of text) as its items, each with its marker; None for any other table."""
    rows = [[c for c in row.cells if c.text.strip() or c.merged_above] for row in table.rows]
    if len(rows) < 2 or any(len(r) != 2 or not _MARKER.match(r[0].text + " x") or len(r[0].text.strip()) > 4
                            for r in rows):
        return None
    texts = [r[1].text for r in rows if not r[1].merged_above]
    if len(texts) == len(rows):
        return [f"{r[0].text.strip()} {r[1].text}" for r in rows]
    lines = [ln for ln in texts[0].split("\n") if ln.strip()] if len(texts) == 1 else []
    if len(lines) == len(rows):  # one text merged down beside the markers: a line each
        return [f"{r[0].text.strip()} {ln}" for r, ln in zip(rows, lines, strict=True)]
    return None


def _one_labelled_action(text: str) -> bool:
    """A paragraph that one 'Action:' label opens, whose sentence runs on through the bullets joined
    into it ('Action: … for these content creators to: ● pilot …; ● think …; and ● explore …')."""
    from planx.normalise.minute_marks import _MINUTE_LABELS
    from planx.normalise.minutes import MINUTE_PLURAL_LABEL_WORDS, runs_through_list
    label, colon, value = text.partition(":")
    key = fold(label)
    return bool(colon) and key in _MINUTE_LABELS and not any(w in MINUTE_PLURAL_LABEL_WORDS for w in key.split()) \
        and runs_through_list(value)


# pdfminer's name for a bullet glyph its font does not map ('(cid:127) Expand …'): a bullet
_CID_BULLET = re.compile(r"^\s*\(cid:\d{1,4}\)\s*")


def units_of(raw: RawDocument) -> list[_Unit]:
    out: list[_Unit] = []
    for i, block in enumerate(raw.blocks):
        level = rank = 0
        if isinstance(block, Table):
            listed = _table_items(block)
            if listed is None:
                continue
            parts = listed
            page, line, heading, bold = block.page, block.rows[0].line, False, False
        else:
            parts = _split_joined(_CID_BULLET.sub("• ", block.text))
            if len(parts) > 1 and _one_labelled_action(block.text):
                parts = [block.text]  # its bullets finish the sentence of one 'Action:' label (minutes.py)
            page, line, heading, level, bold = block.page, block.line, block.heading, block.level, block.bold
            rank = block.rank
        under_number = False  # a bullet after a numbered item of the same joined paragraph is nested under it
        for part in parts:
            m = _MARKER.match(part)
            kind = next((k for k in ("bullet", "number", "letter") if m and m.group(k)), "")
            if not kind and len(parts) == 1 and isinstance(block, Paragraph) and block.quoted and not heading:
                # a paragraph the writer set apart as a call-out ('> We will create …' under each project's
                # heading): an item of its own, as a bullet sets one apart; whether it reads as an action
                # is weighed by what it says, as any item's is
                kind = "bullet"
            under_number = kind == "number" or kind == "bullet" and under_number
            number = m.group("number") or "" if m else ""
            if number.strip().startswith("l"):  # OCR's 'l.' for '1.'
                number = "1."
            text = part[m.end():] if m and kind != "number" else part.strip()
            glyph = part.strip()[:1] if kind == "bullet" else ""
            nested = level + 1 if kind == "bullet" and under_number and len(parts) > 1 else level
            out.append(_Unit(squash(text), i, page, line, heading, kind, number.strip(" .)"), nested, glyph,
                             bold and len(parts) == 1, rank))
    return out


def _heading_of(unit: _Unit, next_unit: _Unit | None) -> tuple[str, str, bool] | None:
    """(ref, title, is sub-heading) of a heading line: a banner ('Priority 2: …'), a styled heading,
    or a short numbered line ('2. Early help', '2.1 Assessment') over list items."""
    from planx.normalise.banners import area_ref_of, named_part, read_banner
    from planx.normalise.slides import without_slide_number
    text = without_slide_number(unit.text)  # 'Slide 3 - Youth offer': the slide's number is no area's
    if words_over(text, 18) or text.endswith((".", ";", ",")) or _has_evidence(text):
        return None
    if unit.marker == "number" and dashed_fields(text):
        return None  # '8. Refresh the protocol – Head of Service – June 2026': an item closing with who and when
    banner = read_banner(text)
    if banner and banner[1]:
        return banner[0], banner[1], False
    if banner and banner[0] and unit.styled() and next_unit is not None and _title_line(next_unit):
        return banner[0], next_unit.text, False  # 'Priority 2' over its title on the line below
    named = named_part(text)
    if named and (unit.styled() or _items_follow(unit, next_unit)):
        return named[0], named[1], False  # 'Section 1 – Financial sustainability' over its numbered items
    lettered = _LETTERED_HEADING.match(text)
    if lettered and (unit.styled() or _items_follow(unit, next_unit)):
        # ('A. Quality assurance' over '1. Embed …', '2. Train …': a lettered theme over its numbered items)
        return lettered.group(1), lettered.group(2).strip(), False
    coded = _CODED_HEADING.match(text)
    if coded and unit.styled() and not _CODED_HEADING.match(coded.group(2)):
        return coded.group(1).replace(" ", ""), coded.group(2).strip(), False
    m = _NUMBERED_HEADING.match(text)
    # items below make it a heading; a line of labels below ('Lead: … Due: …') makes it an item
    items_follow = _items_follow(unit, next_unit)
    # (a numbered line set in is an item nested under one above, not a heading over what follows:
    # '    2. Consultation completed – 15 October 2025' under 'Milestones:', then '    3. …')
    if m and (unit.styled() or items_follow):
        return area_ref_of(m.group(1)), m.group(3).strip(), m.group(2) is not None
    if unit.styled() and not unit.marker:
        return "", text, False
    return None


def _items_follow(unit: _Unit, next_unit: _Unit | None) -> bool:
    """Do list items follow the line, so that it may head them: the next line is marked or prints
    plan evidence, and is no line of labels ('Lead: … Due: …' below makes the line an item)."""
    return next_unit is not None and not _label_line(next_unit.text) and \
        bool(next_unit.marker or _has_evidence(next_unit.text)) and not unit.level


def _set_below(unit: _Unit, above: _Unit) -> bool:
    """Is a heading set lower than the heading above it, where the source says: a bold line under a
    heading styled as one, or a heading of a lower rank ('###' under '##')."""
    if above.heading and not unit.heading:
        return unit.bold
    return bool(above.rank and unit.rank > above.rank)


def _sibling(unit: _Unit, item: _Unit) -> bool:
    """Is the unit numbered as the item is, at its depth ('1.2' after '1.1', '3.' after '2.')?"""
    return bool(unit.marker) and unit.marker == item.marker and bool(unit.number) \
        and unit.number.count(".") == item.number.count(".")


def _title_line(unit: _Unit) -> bool:
    """A short plain line that may title the numbered area above it: no mark, no label, no sentence."""
    text = unit.text.strip()
    return bool(text) and not unit.marker and not unit.styled() and not words_over(text, 12) \
        and not text.endswith((".", ":", ";")) and not _label_line(text) and not read_labels(text)[1]


def _label_line(text: str, fields: set[str] = _EVIDENCE) -> bool:
    """'Responsible: Head of SEND   Timescale: March 2026': labels from the line's start, one of
    them naming one of the fields."""
    head, values, _ = read_labels(text)
    return not head and bool(fields & set(values))


def _empty_label(text: str) -> bool:
    """A field's label printed with no value ('Comments:' left blank under an item)."""
    text = text.strip()
    if not text.endswith(":") or words_over(text, 4):
        return False
    head, values, _ = read_labels(f"{text} x")
    return not head and bool(set(values) & (_LABEL_FIELDS - {"action"}))


def _has_evidence(text: str) -> bool:
    _, values, _ = read_labels(text)
    return bool(_EVIDENCE & set(values))


# ---- the reading -----------------------------------------------------------------------------------

@dataclass
class _Item:
    unit: _Unit
    lines: list[_Unit]
    context: dict[str, str]
    wrapped: int = 0  # how many of its first lines are its own text wrapped, its dashed parts run over them


_UNMARKED_WORDS = 40  # an unmarked line longer than this is prose, whatever follows it
_FIELD_LINE = re.compile(r"^\W*(\w[\w'’&/()-]*)(\s+[\w'’&/()-]+){0,3}\W*:\s*\S")  # 'Document Version: 1.4'


def _field_line(text: str) -> bool:
    """'Document Version: 1.4', 'Last Review Date: 2026-01-25': a short name, a colon and its value
    (of any field, named by the contract or not): a document's particulars, no list item."""
    return bool(_FIELD_LINE.match(text))


def _label_shape(text: str) -> frozenset[str]:
    """The fields a line of labels names ('Who: … When: … RAG: …' → lead, due, rag); empty when the
    line is no line of labels."""
    head, values, _ = read_labels(text)
    return frozenset(values) if not head and _EVIDENCE & set(values) else frozenset()


_UNMARKED_REPEATS = 3  # lines of one label shape under unmarked lines: the document's own shape of an item


def _unmarked_items(units: list[_Unit], headings: list[tuple[str, str, bool] | None]) -> set[int]:
    """Lines that are items though they print no marker: followed by a line of the very labels that
    follow the document's bulleted items ('• Agree data-sharing …' / 'Who: … When: … RAG: …'), as
    its bulleted siblings are, or that follow _UNMARKED_REPEATS such lines or more (naming two plan
    fields or more: who and when). A scan loses small bullets; a slide's items are set apart by the
    lines under them. The shape is the document's own, seen again and again."""
    candidates = []
    for k in range(len(units) - 1):
        unit = units[k]
        # (a line that starts with a label, 'Action: …', is a form's line: the walker reads forms)
        if unit.marker or headings[k] is not None or unit.styled() or _label_line(unit.text, _LABEL_FIELDS) \
                or _field_line(unit.text) or not unit.text[:1].isupper() or words_over(unit.text, _UNMARKED_WORDS):
            continue
        shape = _label_shape(units[k + 1].text)
        if shape:
            candidates.append((k, shape))
    if not candidates:
        return set()
    shapes = {_label_shape(units[k + 1].text) for k in range(len(units) - 1) if units[k].marker} - {frozenset()}
    seen: dict[frozenset[str], int] = {}
    for _, shape in candidates:
        seen[shape] = seen.get(shape, 0) + 1
    shapes |= {shape for shape, n in seen.items() if n >= _UNMARKED_REPEATS and len(_EVIDENCE & shape) >= 2}
    return {k for k, shape in candidates if shape in shapes}


def _items(units: list[_Unit]) -> list[_Item]:
    """List items with the lines that go on under them (a label line, text that goes on), each
    with the headings above it."""
    from planx.normalise.commitments import names_actions, names_other_list, prompt_question
    from planx.normalise.horizons import HorizonTrack
    context = {"area_ref": "", "area": "", "objective": ""}
    items: list[_Item] = []
    current: _Item | None = None
    headings = [_heading_of(unit, units[k + 1] if k + 1 < len(units) else None) if unit.marker != "bullet" else None
                for k, unit in enumerate(units)]
    for k, unit in enumerate(units):
        if headings[k] is None and unit.marker != "bullet":
            under = _numbered_under(units, k)
            if under is not None:  # '2 Partners share …', a line about it, then '2.1 …': its heading
                headings[k] = _heading_of(unit, units[under])
        if headings[k] is not None and not unit.styled() and _labelled_after_steps(units, k):
            headings[k] = None  # '2.2 Train …' over '2.2.1 …', '2.2.2 …', then 'Lead: …': an item and its steps
    track = HorizonTrack([h[1] for h in headings if h is not None and not h[0]])
    unmarked = _unmarked_items(units, headings)
    steps_open = False  # under an item's label naming milestones ('Key milestones:'): its steps follow
    area_unit: _Unit | None = None  # the heading of a numbered area, while it holds
    # under a heading that is an action's bare number ('### Action 2', a card's label): what follows is
    # that one action's text, its list the parts of it (normalise/minutes.py reads it), no actions of their own
    one_action = False
    list_start = 0  # the first item under the last heading: the list a closing line may belong to
    for k, (unit, heading) in enumerate(zip(units, headings, strict=True)):
        if current is not None and heading is None and (names_milestones(unit.text) or steps_open
                                                        and not _label_line(unit.text, _LABEL_FIELDS)
                                                        and not unit.styled() and not _sibling(unit, current.unit)):
            steps_open = True  # ('i. Pilot in two teams – May 2025' under it: a step, no item of its own)
            current.lines.append(unit)
            continue
        if current is None and heading is None and (names_milestones(unit.text) or steps_open and unit.marker
                                                     and not _label_line(unit.text, _LABEL_FIELDS)):
            # steps under a label naming milestones in a form the lists do not read ('Action 3: …' over
            # 'Owner …' / 'Milestones:' / 'a) Pilot – May 2025'): the form's steps, no list of actions
            steps_open = True
            continue
        steps_open = False
        if current is not None and current.wrapped == len(current.lines) and _wraps_on(current, unit):
            current.lines.append(unit)  # '› Reopen the market – Head of' / 'Environmental Health – Ongoing'
            current.wrapped += 1
            continue
        if current is not None and _closes_bracket(current, unit):
            current.lines.append(unit)
            continue
        if current is not None and heading is None and _owner_wraps_on(current, unit):
            current.lines.append(unit)  # '– Cap caseloads at 18 …' over '[Service Manager] ….. 04/01/2026'
            continue
        if heading is not None:
            ref, title, sub = heading
            current = None
            list_start = len(items)
            one_action = bool(_bare_numbered_label(title))
            if one_action:
                continue
            if ref:
                track.topic()  # a numbered area ('Priority 2: …') is a topic, whatever it says
            elif track.heading(title) is not None:
                if track.outer:  # periods or states group the topics: a new one starts afresh
                    context = {"area_ref": "", "area": "", "objective": ""}
                continue
            if sub and context["area_ref"] and ref == context["area_ref"]:
                context = dict(context, objective=title)
            elif ref and context["area_ref"] and area_unit is not None and _set_below(unit, area_unit) \
                    and tier_below(context["area_ref"], ref):
                # 'A. Renewable supply' set below '1. Energy' ('###' under '##'): a sub-section, coded a tier
                # below the section (normalise/tiers.py), is its objective; the section stays the area
                context = dict(context, objective=title)
            elif not ref and context["area_ref"] and area_unit is not None and _set_below(unit, area_unit) \
                    and not _names_document(title):
                # an unnumbered heading set below a numbered area's ('Priority 1: Learning and development'
                # over a bold 'Give every practitioner a development plan'): the area's objective, inside it
                context = dict(context, objective=title)
            elif not ref and context["area"] and (names_actions(title) or prompt_question(title)
                                                  or names_other_list(title)):
                # 'What we will do' or 'HOW?' under 'Priority 1: Start well': it names the list, the
                # priority holds; so does 'Outcome measures' or 'Key indicators' (a list of another kind)
                pass
            elif not _names_document(title) or ref:
                context = {"area_ref": ref, "area": title, "objective": ""}
                area_unit = unit if ref else None
            continue
        if one_action:
            continue
        if unit.marker or k in unmarked:
            track.item()
            current = _Item(unit, [], {**context, **track.context()})
            items.append(current)
            continue
        starts_with_label = _label_line(unit.text)
        # under an item, a line of any field's label goes on with it ('Commentary: …' between its
        # date and its status); a line of labels under no item needs plan evidence
        if current is not None and (_label_line(unit.text, _LABEL_FIELDS - {"action"}) or unit.text[:1].islower()
                                    or _empty_label(unit.text)):
            # no item of the list follows it: a heading, other text or the end
            closes = k + 1 == len(units) or headings[k + 1] is not None or not units[k + 1].marker
            if closes and _labels_whole_list(items[list_start:], unit):
                # ('• Retrofit …' / '• Install …' / 'Lead partner(s): Estates  Target: 2030'): the
                # line under the list's last item is the list's, not that item's: its lead the area's
                lead = read_labels(unit.text)[1].get("lead", "")
                for it in items[list_start:]:
                    if lead and not it.context.get("area_lead"):
                        it.context["area_lead"] = lead
                current = None
                continue
            lead = _closing_area_lead(current, unit) if closes else ""
            if lead:
                for it in items:  # the lead of the area whose items it closes
                    if it.context.get("area") == current.context.get("area") and not it.context.get("area_lead"):
                        it.context["area_lead"] = lead
            current.lines.append(unit)  # 'Responsible: … Timescale: …' under the item
            continue
        if starts_with_label:
            continue  # a label line under no item: the walker's to read
        current = None
    _labels_to_parents(items)
    return items


_ABOUT_LINES = 2  # lines about an area printed between its numbered heading and its first item
_WHOLE_LIST_ITEMS = 2  # items at least in a list that a line of labels under its last item may close


def _labels_whole_list(run: list[_Item], unit: _Unit) -> bool:
    """Does a line of labels under a list's last item, closing the list, speak for the whole list
    ('Lead partner(s): …  Target: …' under a theme's bullets, set apart from them)? So when it is the
    only labelled line of a list of bare items, all at one level: had the items labels of their own
    (a line under each, or '(Lead: …)' inside), it would be the last item's as theirs are; under
    steps numbered within an item ('2.1' over '2.1.1'), the item's; alone under one item, that item's."""
    if len(run) < _WHOLE_LIST_ITEMS or unit.marker or not _label_line(unit.text, _EVIDENCE):
        return False
    if any(it.lines or read_labels(it.unit.text)[1] for it in run):
        return False
    depth = (run[0].unit.number or "").count(".")
    return all(it.unit.marker == run[0].unit.marker and (it.unit.number or "").count(".") == depth
               for it in run[1:])


def _closing_area_lead(item: _Item, unit: _Unit) -> str:
    """The lead a line closing an area's list names for the whole area ('Priority lead: Ann Lee' after
    the last item, each item with its own owner's line above it); '' for any other line. It names
    the area's lead by its label (headers.area_lead_of), comes after a line of the item's own under
    another label, and no item follows it in the list (the caller's to see)."""
    if not item.context.get("area") or not item.lines:
        return ""
    lead = area_lead_of(squash(unit.text))
    if not lead:
        return ""
    label = fold(unit.text.split(":", 1)[0])
    own = [fold(u.text.split(":", 1)[0]) for u in item.lines if ":" in u.text]
    return lead if own and label not in own else ""


def _bare_numbered_label(title: str) -> bool:
    from planx.normalise.minutes import _BARE_NUMBERED_LABEL  # it imports this module's readers
    return _BARE_NUMBERED_LABEL.match(title) is not None


def _numbered_under(units: list[_Unit], k: int) -> int | None:
    """The first item numbered under the plain numbered line at k ('2.1 …' under '2 Partners share
    responsibility') when only a line or two about the area stand between them ('What we want to
    achieve: …'); None otherwise. The number says the line heads them, whatever stands between."""
    from planx.normalise.outline import ref_parts
    m = _NUMBERED_HEADING.match(units[k].text)
    if units[k].marker or m is None or m.group(2) is not None:
        return None
    for j in range(k + 1, min(len(units), k + 2 + _ABOUT_LINES)):
        unit = units[j]
        if unit.marker:
            parts = ref_parts(unit.number) if unit.marker == "number" and unit.number else None
            ok = j > k + 1 and parts is not None and len(parts) >= 2 and parts[0] == str(int(m.group(1)))
            return j if ok else None
        if unit.styled() or _NUMBERED_HEADING.match(unit.text) or _has_evidence(unit.text):
            return None
    return None


def _labelled_after_steps(units: list[_Unit], k: int) -> bool:
    """Is the numbered line at k an item over its steps rather than a heading over items: the
    lines numbered under it ('2.2.1', '2.2.2' under '2.2') print no labels, and a line of plan
    labels ('Lead: …', 'Timescale: …') follows the last of them, before the next numbered line
    that is not under it? Items under a heading each print their own labels."""
    from planx.normalise.outline import ref_parts
    p = ref_parts(units[k].number) if units[k].marker == "number" and units[k].number else None
    if p is None:
        return False
    steps = labelled = 0
    for unit in units[k + 1:]:
        q = ref_parts(unit.number) if unit.marker == "number" and unit.number else None
        if q is not None and len(q) > len(p) and q[:len(p)] == p:
            if labelled or len(q) > len(p) + 1:
                # a labelled line between the steps (they print labels of their own), or items under
                # items ('2.1', '2.1.1' under '2.'): a heading over the items numbered under it
                return False
            steps += 1
            continue
        if unit.marker or unit.styled():
            break
        if _label_line(unit.text):
            if not steps:
                return False
            labelled += 1
    return bool(steps and labelled)


def _outline_parts(item: _Item) -> tuple[str, ...] | None:
    from planx.normalise.outline import ref_parts
    return ref_parts(item.unit.number) if item.unit.marker == "number" and item.unit.number else None


def _labelled_at(item: _Item) -> int | None:
    """Where the item's first line of plan labels is among its lines ('Lead: …', 'Timescale: …');
    None when it prints none."""
    return next((k for k, u in enumerate(item.lines) if _label_line(u.text)), None)


def _inline_labels(unit: _Unit) -> int | None:
    """Where plan labels start inside the item's own line, after its text ('3.2.2 Scoping report –
    15/07/2027 Lead agency: T Marchetti', a PDF's lines run together); None when it prints none."""
    return _inline_labels_at(unit.text)


def _inline_labels_at(text: str) -> int | None:
    spans = [s for s in label_spans(text) if s[2] in _EVIDENCE]
    return spans[0][0] if spans and text[:spans[0][0]].strip(_SEPARATORS) else None


def _labelled(item: _Item) -> bool:
    return _labelled_at(item) is not None or _inline_labels(item.unit) is not None


def _labels_to_parents(items: list[_Item]) -> None:
    """The labelled lines printed after an item's numbered sub-items are the item's:

        1.1 Build an early help outcomes dashboard
            1.1.1 Pilot in one locality
            1.1.2 Data sharing agreement signed
        Lead: Principal Social Worker
        Timescale: December 2026

    The depth of a number says its rank: '1.1.1' and '1.1.2' are steps of '1.1', and 'Lead:' and
    'Timescale:' close the numbered block they follow, so they name who leads '1.1' and when, not
    its last step. That holds where no other sub-item in the run prints labels of its own (sub-items
    that each print a lead are each labelled, and keep theirs) and the item prints none above them.
    A run of one sub-item is read so only where the document labels items of its parent's depth
    elsewhere, or other runs were read so: one line alone says too little."""
    parts = [_outline_parts(it) for it in items]
    runs: list[tuple[int, list[int]]] = []
    for k, p in enumerate(parts):
        if p is None:
            continue
        kids = []
        for j in range(k + 1, len(items)):
            q = parts[j]
            if q is None or len(q) <= len(p) or q[:len(p)] != p:
                break
            if len(q) == len(p) + 1:
                kids.append(j)
        if not kids or _labelled(items[k]) or any(_labelled(items[j]) for j in kids[:-1]):
            continue
        if _labelled(items[kids[-1]]) and kids[-1] == k + len(kids):
            runs.append((k, kids))
    # the depths at which items with no sub-items of their own print labels
    parents = {k for k, _ in runs} | {j for _, kids in runs for j in kids[:-1]}
    last = {kids[-1] for _, kids in runs}
    labelled_depths = {len(p) for j, p in enumerate(parts) if p is not None and j not in last
                       and j not in parents and _labelled(items[j])}
    many = any(len(kids) > 1 for _, kids in runs)
    for k, kids in runs:
        p = parts[k]
        if len(kids) == 1 and not many and (p is None or len(p) not in labelled_depths):
            continue
        child = items[kids[-1]]
        inline = _inline_labels(child.unit)
        if inline is not None:  # the labels run on at the end of its line: a line of their own
            label_line = replace(child.unit, text=child.unit.text[inline:].strip(), marker="", number="",
                                 bold=False)
            child.unit = replace(child.unit, text=child.unit.text[:inline].rstrip(_SEPARATORS))
            child.lines.insert(0, label_line)
        at = _labelled_at(child)
        if at is None:
            continue
        items[k].lines += child.lines[at:]
        del child.lines[at:]


def _run_on(item: _Item, unit: _Unit | None = None) -> str:
    """The item's text with its wrapped lines (and `unit`) run on as one line; a line opening with a
    dash (read as its bullet) goes on after that dash ('… – Director of Place' / '– by end of Jun 26')."""
    text = item.unit.text
    for line in [*item.lines[:item.wrapped], *([unit] if unit is not None else [])]:
        text += (" – " if line.glyph in _DASH_GLYPHS else " ") + line.text
    return text


def _wraps_on(item: _Item, unit: _Unit) -> bool:
    """A line that finishes a list item wrapped over lines, as a slide prints it ('› Reopen the covered
    market – Head of' over 'Environmental Health – Ongoing'): the item alone gives no lead and date
    after dashes, run on with the line it does (or, opening in lower case, reads its last part whole:
    '… – by' / 'end of Jun 26'); a line that is a whole item of its own does not."""
    if unit.styled() or (unit.marker and unit.glyph not in _DASH_GLYPHS) or \
            (dashed_fields(_run_on(item)) and not unit.text[:1].islower()):
        return False
    if unit.marker and dashed_fields(unit.text):
        return False  # '– Extend CCTV coverage – Licensing Manager – May 2027': the next item
    return bool(dashed_fields(_run_on(item, unit)))


_DASH_GLYPHS = ("–", "—", "-")


def _closes_bracket(item: _Item, unit: _Unit) -> bool:
    """A line that closes the bracket its item left open ('… (Lead: Director of Resources; by November'
    over '2027)'): the item's text going on, whatever its first letter or type, where a scan or a
    page set the line apart (OCR read '2027)' as bold: no heading closes a bracket it never opened)."""
    text = " ".join(u.text for u in [item.unit, *item.lines])
    close = unit.text.find(")")
    return not unit.marker and text.count("(") > text.count(")") and close >= 0 and "(" not in unit.text[:close]


def _owner_wraps_on(item: _Item, unit: _Unit) -> bool:
    """A line that finishes an item wrapped before its bracketed owner ('- Cap caseloads in assessment
    teams' over '[Service Manager] ........ 04/01/2026', a text file's hanging indent): no marker, set
    no shallower than the item, and only run on does the item close with its owner and date."""
    from planx.normalise.inlinewho import who_then_when
    if unit.marker or unit.styled() or unit.level < item.unit.level:
        return False
    text = "\n".join(u.text for u in [item.unit, *item.lines])
    return who_then_when(text) is None and who_then_when(f"{text}\n{unit.text}") is not None


def _names_document(title: str) -> bool:
    """A heading naming the document or a kind of section ('SEND Improvement Plan 2025-26')
    rather than an area of it."""
    from planx.normalise.block_headings import _NOT_AREA
    return bool(_NOT_AREA & set(fold(title).split()))


def unit_links(raw: RawDocument, unit: _Unit) -> list[Link]:
    """The links the paragraph an item comes from prints (extract/: Markdown, HTML), in order."""
    block = raw.blocks[unit.block] if 0 <= unit.block < len(raw.blocks) else None
    return block.links if isinstance(block, Paragraph) else []


def names_milestones(text: str) -> bool:
    """A label alone on its line that names the milestones listed below it ('Key milestones:',
    'Timescales:', 'Milestones'); 'Timescale: Ongoing' labels a value of its own."""
    from planx.normalise.dates import find_dates
    from planx.normalise.vocab import PLEDGE_MILESTONE_WORDS
    label, _, value = squash(_MARK_ONLY.sub("", text)).strip().partition(":")
    words = fold(label).split()
    return not value.strip() and 0 < len(words) <= 3 and bool(PLEDGE_MILESTONE_WORDS & set(words)) \
        and not find_dates(label)


_MARK_ONLY = re.compile(r"^\s*[•·▪●◦\-–*]\s+")


def _steps_apart(lines: list[str], number: str = "") -> tuple[list[str], list[str], list[str]]:
    """(the lines of an item without its listed milestones, those milestones one by one, the outline
    numbers they printed): the lines under a label naming milestones ('Key milestones:' over
    'i. … – Oct-25' / 'ii. …'), up to the next labelled line. A step numbered under the item ('1.1.1'
    under '1.1') prints its number as structure, not as its text."""
    from planx.normalise.milestones import listed_steps
    from planx.normalise.outline import leading_ref, ref_parts
    kept: list[str] = []
    steps: list[str] = []
    numbers: list[str] = []
    opened = False
    own = ref_parts(number) if number else None
    for line in lines:
        if names_milestones(line):
            opened = True
            continue
        if opened and not _label_line(line, _LABEL_FIELDS):
            at = _inline_labels_at(line)
            if at is not None:  # the last step's line ran on into the item's labels (a PDF set them close)
                line, rest = line[:at].rstrip(_SEPARATORS), line[at:].strip()
                opened = False
                kept.append(rest)
            for step in listed_steps(line):
                lead = leading_ref(squash(step)) if own else None
                parts = ref_parts(lead[0]) if lead else None
                if lead and own and parts and len(parts) > len(own) and parts[:len(own)] == own:
                    numbers.append(lead[0])
                    step = lead[1]
                steps.append(squash(step))
            continue
        opened = False
        kept.append(line)
    return kept, steps, numbers


def _action_of(item: _Item, raw: RawDocument) -> ListAction | None:
    lines, steps, numbers = _steps_apart([u.text for u in item.lines], item.unit.number)
    text = "\n".join([item.unit.text] + lines)  # (a line may open with a dashed label)
    from planx.normalise.roadmaps import task_box, trailing_labels
    text, tags = trailing_labels(text, unit_links(raw, item.unit))  # '… [`web-monitoring`](…)': tags
    text, done, box = task_box(text)  # '[x] Launch the beta (owner: Sam)': a task list's box
    # an item wrapped over lines was taken so for the lead and date its dashes part once run on
    # ('… – Clinical Lead for' / 'Older People – December 2026': no 'Older People' label on line two)
    head, values, labels = ("", dashed_fields(_run_on(item)), []) if item.wrapped else read_labels(text)
    if item.wrapped and not values:  # its dashes set off labels ('Owner – X; Timescale – Y' under it)
        head, values, labels = read_labels(text)
    if not values:  # who and by when after dashes, unlabelled ('… - Director of Place - March 2027')
        values = dashed_fields(text)
    if not values:  # the owner set apart, then the date ('… (Head of Service) May 2025', '… .... JS ... Mar 26')
        from planx.normalise.inlinewho import who_then_when
        closed = who_then_when(text)
        if closed is not None:
            values = dict(zip(("action", "lead", "due"), closed, strict=True))
    head = values.get("action", head)
    evidence = _EVIDENCE & set(values)
    if not evidence:
        return None
    action = values.pop("action", "") or head
    if item.unit.number:
        action = _MARKER.sub("", action, count=1)  # its number is its reference
    # 'Date: 12 May' in a notice: no action to do; a short name ('Accessibility audit') is one when
    # the item says more than a date: a lead and a date, a status, a task's box
    if len(action.split()) < (_SHORT_ACTION_WORDS if len(evidence) + bool(box) >= 2 else _ACTION_WORDS):
        return None
    fields = {"action": action, **values}
    if box and "status" not in fields:  # status_raw: the box as printed; the status it gives
        fields["status"] = box
        if done:
            fields[MARK_STATUS_FIELD] = done
    if item.unit.number:
        fields["ref"] = item.unit.number
    context = {k: v for k, v in item.context.items() if v}
    return ListAction(fields, context, item.unit.block, item.unit.page, item.unit.line, labels + numbers, tags,
                      steps=[{"milestones": step} for step in steps])


def _under_horizons(units: list[_Unit]) -> bool:
    """Do the document's headings include a run of periods or states (normalise/horizons.py)?"""
    from planx.normalise.horizons import horizon_run, read_horizon
    return horizon_run([read_horizon(u.text) for u in units if u.styled() and not u.marker])


# the last part of an item after a spaced dash ('… – May 2025 – Complete'): a status or a date
_LAST_PART = re.compile(rf"(?:\s+[–—-]\s+(?=\S)|{CAPITAL_STATUS_DASH})(?!.*\s[–—-]\s)")
_SHORT_PART = 4  # words: a status or a date after a dash is short


def _dated_parts(text: str) -> dict[str, str]:
    """{'action', 'due', 'status'} of an item that gives its date and status after dashes ('Agree the
    terms of reference – May 2025 – Complete'), the parts read from the end while they are one."""
    from planx.normalise.codes import status_of
    fields: dict[str, str] = {}
    while True:
        m = _LAST_PART.search(text)
        part = text[m.end():].strip() if m else ""
        if m is None or words_over(part, _SHORT_PART):
            break
        if "status" not in fields and "due" not in fields and status_of(part):
            fields["status"] = part
        elif "due" not in fields and find_dates(part):
            fields["due"] = part
        else:
            break
        text = text[:m.start()]
    return {"action": text.strip(), **fields}


def status_tail(text: str) -> tuple[str, str]:
    """(text before it, the status) of an item that closes with how it stands after a spaced dash
    ('Appoint a network manager (Jo Bates, due May 2026) — not started'): a short last part that is a
    status word of the vocabulary (normalise/codes.py) is the item's status, as a status column would
    hold it, and no words of the action; (text, '') for any other item."""
    from planx.normalise.codes import status_of
    m = _LAST_PART.search(text)
    part = text[m.end():].strip().rstrip(".") if m else ""
    # the whole part a status phrase of the vocabulary ('not started'), not a status and more words
    # ('Completed in Phase 1': a note on the item, kept in its text)
    if m is None or not part or words_over(part, _SHORT_PART) or not status_of(part) \
            or " ".join(fold(part).split()) not in STATUS_WORDS \
            or len(text[:m.start()].split()) < _ACTION_WORDS:
        return text, ""
    return text[:m.start()].rstrip(), part


# (OCR may read a spaced dash as '=': '… - Ann Lee = March 2026')
_SPACED_DASH = re.compile(r"\s+[–—=-]\s+(?=\S)")
_WHO_WORDS = 8  # words: who leads, printed after a dash, is a name, a role or a team
_WHEN_WORDS = 6  # words: by when, printed after a dash, is a date or a timescale


def _reads_as_when(part: str) -> bool:
    # (a month with no year names a date in the plan's year: 'w/c 4 January')
    return not words_over(part, _WHEN_WORDS) and bool(find_dates(part, 2000) or looks_like_when(part))


def _reads_as_who(part: str) -> bool:
    from planx.normalise.columns import looks_like_person
    return not words_over(part, _WHO_WORDS) and not part.rstrip().endswith((".", ";", ":", ",")) \
        and looks_like_person(part) and not _reads_as_when(part)


def _whole_label_before(text: str, at: int) -> bool:
    """Does a field's label as plans print it ('Owner', 'Timescale') end right before text[at]? The
    dash after it sets off its value, not a part of its own: a label belongs to the value after it."""
    label = _label_before(text, at)
    return label is not None and classify_exact(label[2])[1] >= 100 and \
        (label[0] == 0 or text[:label[0]].rstrip(" \t")[-1:] in ";,|.\n")


def dashed_fields(text: str) -> dict[str, str]:
    """{'action', 'lead', 'due'} of an item that prints who and by when after dashes, with no labels
    ('Extend CCTV coverage in the town centre - Director of Place - March 2027', or by when first):
    the last two parts after spaced dashes, one naming who (a name, a role, a team) and the other
    a date or a timescale, as a row's lead and due cells would; {} for any other item (a dash alone,
    or parts that say something else, stay the item's text). A last part that is a status and no
    more ('… - Local Offer Officer - due 11/12/2026 - ON TRACK') is its 'status', the parts before
    it read so; a part's own run-in label word ('due 11/12/2026') is no part of its value."""
    cuts = list(_SPACED_DASH.finditer(text))
    if len(cuts) >= 3 and "\n" not in text.strip():
        from planx.normalise.codes import is_status_phrase
        last = text[cuts[-1].end():].strip().rstrip(".")
        if is_status_phrase(last):
            fields = dashed_fields(text[:cuts[-1].start()])
            return {**fields, "status": last} if fields else {}
    fields = _dashed_who_when(text, cuts)
    if fields:
        fields["due"] = _without_run_in_label(fields["due"], "due")
        fields["lead"] = _without_run_in_label(fields["lead"], "lead")
    return fields


def _without_run_in_label(part: str, field: str) -> str:
    """A dashed part without its opening label word when that word is the field's label as plans print
    it ('due 11/12/2026' → '11/12/2026', 'Owner J Smith' → 'J Smith'); the part as printed otherwise."""
    head, _, rest = part.partition(" ")
    if rest.strip() and classify_exact(head.rstrip(":"))[:2] == (field, 100.0):
        return rest.strip()
    return part


def _dashed_who_when(text: str, cuts: list[re.Match[str]]) -> dict[str, str]:
    """dashed_fields' reading of the last two parts after spaced dashes (`cuts`): who and when."""
    if len(cuts) < 2 or "\n" in text.strip():
        return {}
    first, second = cuts[-2], cuts[-1]
    head = text[:first.start()].strip()
    one, two = text[first.end():second.start()].strip(), text[second.end():].strip().rstrip(".")
    if not words_over(head, _ACTION_WORDS - 1) \
            or any(_whole_label_before(text, cut.start()) for cut in (first, second)):
        return {}  # a dash after a label ('Owner – X; Timescale – Y') sets off that label's value
    if _reads_as_who(one) and _reads_as_when(two):
        return {"action": head, "lead": one, "due": two}
    if _reads_as_when(one) and _reads_as_who(two):
        return {"action": head, "lead": two, "due": one}
    # a team whose name opens with a word of time ('Early Help Hub' – 'early' as in 'early 2026') before
    # a part that prints a date: the date is the when, the team that prints none the who
    if _dated(two) and not _dated(one) and _names_who(one):
        return {"action": head, "lead": one, "due": two}
    return {}


def _dated(part: str) -> bool:
    return not words_over(part, _WHEN_WORDS) and bool(find_dates(part, 2000))


def _names_who(part: str) -> bool:
    """A name, a role or a team, whether or not a word of it could also say when."""
    from planx.normalise.columns import looks_like_person
    return not words_over(part, _WHO_WORDS) and not part.rstrip().endswith((".", ";", ":", ",")) \
        and looks_like_person(part)


def _sub_items(items: list[_Item], actions: list[tuple[_Item, ListAction]]) -> list[tuple[_Item, ListAction]]:
    """The numbered items with no labels of their own under an action item, numbered as its sub-items
    ('1.1.1 Agree the terms of reference – May 2025 – Complete' under '1.1 Establish …' with its
    'Lead:' line): the action's parts, read with the date and status they print, for
    normalise/outline.py to weigh as its milestones. Other items stay the walker's."""
    from planx.normalise.outline import ref_parts
    read = {id(it) for it, _ in actions}
    out: list[tuple[_Item, ListAction]] = []
    parent: tuple[str, ...] | None = None
    for item in items:
        parts = ref_parts(item.unit.number) if item.unit.number else None
        if id(item) in read:
            parent = parts
            continue
        if parts is None or parent is None or len(parts) <= len(parent) or parts[:len(parent)] != parent \
                or item.lines:
            continue
        fields = {**_dated_parts(item.unit.text), "ref": item.unit.number}
        fields["action"] = _MARKER.sub("", fields["action"], count=1)
        if words_over(fields["action"], 1):
            context = {k: v for k, v in item.context.items() if v}
            out.append((item, ListAction(fields, context, item.unit.block, item.unit.page, item.unit.line, part=True)))
    return out


def _parent_objectives(items: list[_Item], read: list[tuple[_Item, ListAction]]) -> set[int]:
    """An item that prints no plan evidence of its own over nested items that are actions ('• Children
    are safe at home' over '– Audit 40 cases (Head of Service) May 2025', '– …'): the outcome its
    actions serve, as an objective column would hold it, set as their objective where no heading gave
    one. The blocks of the items so read (their text is in the actions' objective)."""
    taken = {id(it): a for it, a in read}
    used: set[int] = set()
    for k, item in enumerate(items):
        if id(item) in taken or not item.unit.marker or item.lines:
            continue
        kids = []
        for child in items[k + 1:]:
            if child.unit.level <= item.unit.level:
                break
            kids.append(child)
        if not kids or any(id(child) not in taken for child in kids):
            continue
        title = _MARKER.sub("", item.unit.text, count=1).strip()
        for child in kids:
            action = taken[id(child)]
            if not action.context.get("objective"):
                action.context["objective"] = title
        used.add(item.unit.block)
    return used


def _roadmap_over(raw: RawDocument, units: list[_Unit], held: bool,
                  by_content: ListReading | None) -> ListReading | None:
    """The roadmap reader's reading where the reading by content is missing, or untrusted and the
    roadmap's items are tracked: a document named a roadmap whose lists sit under state headings
    ('Recently completed' / 'Working on now' / 'Working on next') holds deliverables named as nouns,
    which the reading by content weighs as reports and the guard would refuse; the roadmap reader has
    its own evidence (the name, the stage headings, the status each heading or mark gives its items)
    and is taken when it reads as many items, most of them saying how they stand, where the reading by
    content's items neither read as things to be done nor say who or when (the guard's grounds for
    letting an untrusted reading stand, normalise/guard._judge_prose). (Lists under goals or themes,
    whose headings say no status, stay the reading by content's.)"""
    from planx.normalise.roadmaps import read_roadmap
    roadmap = read_roadmap(raw, units, held)  # lists of deliverables under stage headings, tracked items
    if roadmap is None or by_content is None:
        return roadmap or by_content
    from planx.normalise.guard import instruction_share
    tracked = sum(bool(a.fields.get(MARK_STATUS_FIELD)) for a in roadmap.actions)
    if len(roadmap.actions) < len(by_content.actions) or tracked * 2 < len(roadmap.actions) \
            or any({"lead", "responsible", "due"} & set(a.fields) for a in by_content.actions) \
            or instruction_share([a.fields.get("action", "") for a in by_content.actions]) >= _GUARD_SHARE:
        return by_content  # read as things to be done or saying who or when: the guard lets it stand
    return roadmap


def read_lists(raw: RawDocument) -> ListReading | None:
    """The actions a document writes as list items under headings, or None when it has too few
    items with plan evidence (most documents: their bullets are prose)."""
    if not any(isinstance(b, Paragraph) for b in raw.blocks):
        return None  # tables only: no headings and lists
    # a numbered outline whose deepest level holds the actions, each closing with who and when
    from planx.normalise.numberedoutline import read_numbered_outline
    outlined = read_numbered_outline(raw)
    if outlined is not None:
        return outlined
    # lines coded by their level ('G1 (Goal) …', 'O1 (Objective) …', 'D1 (Deliverable) …')
    from planx.normalise.levelcodes import read_level_codes
    coded = read_level_codes(raw)
    if coded is not None:
        return coded
    # milestones as lines under period headings ('Q1 April - June 2021') and workstream headings
    from planx.normalise.periodlines import read_period_lines
    timeline = read_period_lines(raw)
    if timeline is not None:
        return timeline
    from planx.normalise.pledges import read_bold_titles, read_pledges, read_run_in, read_titles
    # each action under its own numbered heading ('Commitment 4'), or a bold title, numbered or not,
    # or a list item's run-in title under a promise ('… will:' / '• Expand Access. The …')
    pledged = read_pledges(raw) or read_titles(raw) or read_run_in(raw) or read_bold_titles(raw)
    if pledged is None:  # a heading per action: a referenced title ('2.1 Support …'), or labelled lines under it
        from planx.normalise.headplans import read_labelled_headings, read_numbered_titles
        pledged = read_numbered_titles(raw) or read_labelled_headings(raw)
    if pledged is None:  # numbered goals ('Aim 1: …'), each over the writer's commitment ('We will …')
        from planx.normalise.aims import read_goal_commitments
        pledged = read_goal_commitments(raw)
    if pledged is None:  # numbered goals over numbered objectives in prose ('Objective 3. Title. Develop …')
        from planx.normalise.outlineprose import read_outline_prose
        pledged = read_outline_prose(raw)
    if pledged is None:  # recommendations numbered through the sections ('7.' under the heading after '6.')
        from planx.normalise.recommendations import read_recommendations
        pledged = read_recommendations(raw)
    if pledged is None:  # a review's recommendations in its prose ('We recommended that the State (1) …')
        from planx.normalise.recommendations import read_recommended
        pledged = read_recommended(raw)
    if pledged is None:  # priority-tagged titles under a heading naming work outstanding ('[High] Mobile review')
        from planx.normalise.taggedtitles import read_tagged_titles
        pledged = read_tagged_titles(raw)
    if pledged is None:  # coded paragraphs ('1a. …') under a line naming the plan, their progress under the same codes
        from planx.normalise.codedplan import read_coded_plan
        pledged = read_coded_plan(raw)
    if pledged is None:  # a narrative's numbered activities under 'SPECIFIC ACTIVITIES', each with its measure
        from planx.normalise.activityplan import read_activity_sections
        pledged = read_activity_sections(raw)
    if pledged is not None:
        return pledged
    units = units_of(raw)
    items = _items(units)
    read = [(it, a) for it, a in ((it, _action_of(it, raw)) for it in items) if a is not None]
    objectives = _parent_objectives(items, read)
    actions = [a for _, a in read]
    horizons = len(actions) >= _MIN_ACTIONS and _under_horizons(units)
    if len(actions) < _MIN_ACTIONS or horizons:
        from planx.normalise.commitments import SECOND_READING, plan_held_in_tables, read_commitments
        held = plan_held_in_tables(raw)  # (both readers below stand aside for a plan table: read it once)
        by_content = read_commitments(raw, units, held)  # lists without labels: read by what their items say
        if by_content is None or not by_content.trusted:
            by_content = _roadmap_over(raw, units, held, by_content)
        if by_content is None and SECOND_READING.get():
            # a short page plan, once a first reading found no plan (the readers above, reading freely
            # the second time, know a designed plan's lists better): normalise/webplans.py
            from planx.normalise.webplans import read_page_plan
            by_content = read_page_plan(raw, units)
        # under period or state headings ('Now', 'Q1 2025', 'Done') an item is an action whether or
        # not it prints a lead: the reading by content takes the labelled items and the rest
        if len(actions) < _MIN_ACTIONS or by_content is not None and len(by_content.actions) > len(actions):
            return by_content
    blocks = {a.block for a in actions} | objectives
    for item in items:
        if item.unit.block in blocks:
            blocks.update(u.block for u in item.lines)
    # a paragraph that held other text besides the actions' items stays the walker's
    used = {u.block for it in items for u in [it.unit, *it.lines] if u.block in blocks}
    blocks = used
    both = sum(1 for a in actions if {"lead", "responsible"} & set(a.fields) and "due" in a.fields)
    with_area = sum(1 for a in actions if a.context.get("area"))
    confidence = round(min(1.0, 0.5 + 0.3 * both / len(actions) + 0.2 * with_area / len(actions)), 2)
    why = (f"{len(actions)} actions read from bulleted or numbered lists, lead/date labels inside the items "
           f"({both} with both a lead and a date, {with_area} under a heading)")
    subs = _sub_items(items, read)
    if subs:  # in document order among the actions, for normalise/outline.py to weigh as their parts
        blocks.update(a.block for _, a in subs)
        actions = [a for _, a in sorted(read + subs, key=lambda pair: (pair[1].block, pair[1].line))]
        why += f"; {len(subs)} item(s) numbered under them"
    # an item that prints plan labels but gives no action, among the actions: kept aside with why
    taken = {id(it) for it, _ in read}
    declined = {u.block: DECLINED for it in items if id(it) not in taken
                and _has_evidence("\n".join(u.text for u in [it.unit, *it.lines]))
                for u in [it.unit, *it.lines] if u.block not in blocks}
    if declined:
        why += f"; {len(declined)} labelled item line(s) not read as actions, kept aside"
    return ListReading(actions, blocks | set(declined), confidence, why, declined=declined)


__all__ = ["ListAction", "ListReading", "read_labels", "labelled_fields", "label_spans", "read_lists", "units_of"]
