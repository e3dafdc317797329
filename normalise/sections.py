"""Plans written as a sequence of headed sections, one per action, not as one grid.

    Action 3: Improve the timeliness of EHC plans          (a numbered or heading-styled line)
    We will make sure plans are issued within 20 weeks.    (a description: kept aside)
    Lead: Head of SEND        By when: March 2025          (labelled lines: the action's own fields)
    | Milestone                      | Due                    | Status      |
    | Recruit two more caseworkers   | ~~Q2 2024~~ Q3 2024    | Complete    |
    | Audit the quality of new plans | Mar 2025               | Not started |

A person reads such a section as ONE action (the heading's title, its number the ref) whose table
lists its milestones; the area is the heading the sections stand under, if any. Read as a grid,
each milestone would be an action of its own and the heading a stray paragraph. A plan that is a
grid of real actions under area headings ('Priority 1: Early help' over 'Action | Lead | Due')
looks alike on the page, so the reading is decided by evidence, section by section, and weighed:

- the heading names one piece of work: its title opens with a verb ('Improve …'), it is numbered
  with a word that names an action ('Action 3', 'Commitment 2'; vocab.SECTION_ACTION_WORDS) or
  numbered as a sub-item ('3.2'), or it is numbered and labelled lines under it say when it is
  due or how it stands;
  an unnumbered noun heading ('Early help') over a milestone table names a workstream, whose
  milestones stay its actions (a highlight report);
- the table's rows are its parts: the text column's heading names milestones or steps
  (vocab.SECTION_PART_HEADS), or, with no heading row, the rows are short beside the heading and
  dated; a table headed as actions ('Action', 'What we will do') is a grid of actions, and a table
  of 'label | value' rows is a form (structure reads both);
- the pattern repeats: several sections whose tables share their headings (or, without heading
  rows, their width).

A section is read so at SECTION_SCORE; a document needs two such sections, or one beyond doubt.
The decision and its evidence go into the document's warnings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from statistics import median

from planx.extract.model import Block, Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.columns import (
    looks_like_ref,
    looks_like_status,
    looks_like_when,
    opens_with_verb,
    who_then_when_lines,
)
from planx.normalise.dates import find_dates
from planx.normalise.headers import classify, read_header
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import (
    AREA_WORDS,
    MILESTONE_WORDS,
    NUMBERED_BLOCK_WORDS,
    SECTION_ACTION_WORDS,
    SECTION_PART_HEADS,
)

SECTION_SCORE = 0.7  # a section is read as one action at this weight of evidence
SURE_SCORE = 0.9  # a document with a single section reads it so only at this weight
_MAX_TITLE_WORDS = 25
_MAX_HEADING_WORDS = 20  # a styled line longer than this is a sentence set in bold, not a heading
_MAX_LEAD_PARAGRAPHS = 8  # paragraphs between a heading and its table (description, labelled lines)
_MAX_LEAD_WORDS = 250  # words of description a section may open with (a paragraph or two)
# under a heading that a word names as one action ('Action 3: …'), the description may run longer (a
# national action plan explains each action over several paragraphs before its milestone table): the
# word, not the shortness of what follows, says the heading is one piece of work
_MAX_NAMED_LEAD_PARAGRAPHS = 16
_MAX_NAMED_LEAD_WORDS = 900
_SHORT_ROW_WORDS = 15  # a milestone is a short line

# 'Action 3: Title', 'Commitment 2 – Title', 'Priority 1. Title', '3.2 Title', 'A. Title': a word
# (optional), a number, a stop or dash (or a capital opening the title), the title
_NUMBERED = re.compile(
    r"^\s*(?:(?P<word>[A-Za-z][a-z]+|[A-Z]{2,})\s+)?(?:no\.?\s*)?"
    r"(?P<num>\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?|[A-Z](?=\s*[:.)]))"
    r"(?:\s*[:.)\-–—]\s*|\s+(?=[A-Z\"'‘“(]))(?P<title>\S.*)$", re.S)
# 'Action 3', 'Commitment 2:': a word and a number alone on the heading's line, the title on the next
_BARE_NUMBERED = re.compile(r"^\s*(?P<word>[A-Za-z][a-z]+|[A-Z]{2,})\s+(?:no\.?\s*)?"
                            r"(?P<num>\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)\s*[:.)\-–—]?\s*$")
_ACTION_WORDS = {fold(w) for w in NUMBERED_BLOCK_WORDS + SECTION_ACTION_WORDS}
_PART_HEADS = {fold(w) for w in SECTION_PART_HEADS}
# 'Strategy 2', 'Priority 1', 'Goal 3': a word that numbers a group of pieces of work, not one
_GROUP_WORDS = {fold(w) for w in AREA_WORDS if " " not in w}
_TEXT_FIELDS = ("milestones", "action", "outcome", "objective", "measure")
_LEAD_FIELDS = {"lead", "responsible"}
_OWN_LEADS = "its rows each name their own lead: pieces of work of their own"
# what an action is judged by, and what an action holds that a milestone does not
_SUCCESS_FIELDS = {"measure", "outcome"}
_WORK_FIELDS = {"measure", "outcome", "progress", "lead", "responsible", "rag"}
_ROW_FIELDS = {"due", "status"}  # what a milestone holds besides its text (the contract's milestone)


@dataclass
class Heading:
    word: str  # the word before the number ('Action'), '' when none
    ref: str  # the number as printed ('3', '3.2'), '' for an unnumbered heading
    title: str


@dataclass
class Section:
    heading: int  # block index of the heading
    ref: str
    title: str
    table: int  # block index of the table of its milestones
    fields: list[tuple[str, str, str, Paragraph]] = field(default_factory=list)  # (field, label, value, line)
    other_lines: list[tuple[str, str, Paragraph]] = field(default_factory=list)  # (label, value): no field's
    described: list[int] = field(default_factory=list)  # block indices of its description
    taken_lines: list[int] = field(default_factory=list)  # block indices read into its title or fields
    said: dict[int, str] = field(default_factory=dict)  # a description's text without the fields run into it
    caption: str = ""  # a line over the table naming its rows ('Key milestones')
    own_details: bool = False  # its rows each give a detail of their own no milestone field takes (a lead)
    own_kinds: set[str] = field(default_factory=set)  # the fields of those details ('measure', 'progress')
    own_leads: bool = False  # its rows name different leads in a column headed as such
    action_word: bool = False  # numbered with a word that names one piece of work ('Action 3')
    action_head: str = ""  # a column of its table headed surely as actions ('Action') beside its milestones
    rows: list[dict[str, str]] = field(default_factory=list)  # each milestone: {'milestones', 'due', 'status'}
    row_lines: list[tuple[int, int]] = field(default_factory=list)  # (page, line) of each milestone
    aside: list[tuple[str, str, int, int, int, str]] = field(default_factory=list)  # (text, why, page, line, col, head)
    structure: list[str] = field(default_factory=list)  # heading, labels, column headings
    labels: tuple[str, ...] = ()  # the table's column headings (folded), or its width when it has none
    score: float = 0.0
    evidence: list[str] = field(default_factory=list)


@dataclass
class SectionReading:
    sections: dict[int, Section]  # heading block → its section
    areas: dict[int, tuple[str, str]]  # block index of an enclosing heading → (ref, title)
    blocks: set[int]  # every block a section takes (heading, labelled lines, description, table)
    why: str


def section_heading(text: str) -> Heading | None:
    """The number and title of a numbered heading ('Action 3: Improve …' → ('Action', '3', 'Improve …'));
    None for text that is not numbered so, or too long for a heading."""
    m = _NUMBERED.match(squash(text))
    if m is None:
        return None
    title = m.group("title").strip()
    if words_over(title, _MAX_TITLE_WORDS) or not any(ch.isalpha() for ch in title):
        return None
    return Heading(m.group("word") or "", m.group("num"), title)


def styled_heading(p: Paragraph, running: float) -> bool:
    """Set apart as a heading by the source: a heading style, type clearly larger than the running
    text, or the whole line bold; short, and no sentence ending in a full stop."""
    from planx.normalise.block_headings import looks_like_heading  # structure imports this module
    words = len(p.text.split())
    if words > _MAX_HEADING_WORDS or p.text.rstrip().endswith((".", ":", ";")):
        return False
    return looks_like_heading(p, running) or p.bold


def _heading_of(p: Paragraph, running: float) -> Heading | None:
    """A paragraph that may head a section: numbered ('Action 3: …', '3.2 …'), or styled as a
    heading (its number, if any, read off)."""
    numbered = section_heading(p.text)
    bare = _BARE_NUMBERED.match(squash(p.text))
    if numbered is None and bare is not None and _bare_work_number(p.text):
        return Heading(bare.group("word"), bare.group("num"), "")  # its title is the line below
    if numbered is None and _labelled(p.text):
        return None  # 'Lead officer: …' set in a heading's type is a labelled line all the same
    styled = styled_heading(p, running)
    if numbered is not None and (styled or numbered.word or "." in numbered.ref
                                 or not p.text.rstrip().endswith(".")):
        return numbered
    if styled:
        return Heading("", "", squash(p.text))
    return None


# ---- what lies between a heading and its table --------------------------------------------------

def names_parts(text: str) -> bool:
    """A short line that names the parts of a piece of work ('Key milestones', 'Milestones:', 'Steps'),
    as a caption over a section's table does."""
    label = squash(text).strip(" :#*_")
    if not label or words_over(label, 4):
        return False
    name, score, _ = classify(label)
    return name == "milestones" and score >= 85 or fold(label) in _PART_HEADS


def _outranks(b: Paragraph, head: Paragraph, running: float) -> bool:
    """Is b a heading of the same rank as head or higher (a new section or area), not a line set in
    smaller type under it (a PDF marks every line larger than its tables' text as a heading)?"""
    if not styled_heading(b, running):
        return False
    return not (b.size and head.size) or b.size >= head.size - 0.5


def _lines_under(blocks: list, i: int, running: float, named: bool = False) -> tuple[int, list[int]] | None:
    """(the table's block index, the paragraphs between) when a table follows heading i after at
    most a short description and labelled lines, with no other heading between; None otherwise.
    named: the heading's word names one action ('Action 3'), and its description may run longer."""
    between: list[int] = []
    words = 0
    paragraphs, most = (_MAX_NAMED_LEAD_PARAGRAPHS, _MAX_NAMED_LEAD_WORDS) if named else \
        (_MAX_LEAD_PARAGRAPHS, _MAX_LEAD_WORDS)
    for k in range(i + 1, min(len(blocks), i + 2 + paragraphs)):
        b = blocks[k]
        if isinstance(b, Table) and _kv_rows(b) is not None and k + 1 < len(blocks):
            between.append(k)  # the action's fields set out as a small table of their own
            continue
        if isinstance(b, Table):
            return k, between
        if section_heading(b.text) is not None and not (named and not styled_heading(b, running)):
            return None  # (under 'Action 4', an unstyled numbered line is an item of its description's list)
        if k == i + 1 and _BARE_NUMBERED.match(squash(blocks[i].text)) and not isinstance(b, Table):
            between.append(k)  # 'Strategy 2:' / 'Develop guidelines': the heading's title, on its own line
            continue
        if names_parts(b.text):  # 'Key milestones', 'Steps:' over the table: its caption
            between.append(k)
            continue
        if _labelled(b.text):
            between.append(k)
            continue
        if _outranks(b, blocks[i], running):
            return None
        words += len(b.text.split())
        if words > most:
            return None
        between.append(k)
    return None


def _labelled(text: str) -> list[tuple[str, str, str]]:
    """[(field, label, value)] of a labelled line ('Lead: Head of SEND', 'Lead officer: J Smith  Target
    date: March 2026'); a label no field takes has field ''. [] for a line that is no labelled line."""
    from planx.normalise.lists import labelled_fields
    from planx.normalise.tableforms import labelled_line, other_labelled_line
    several = labelled_fields(text)
    if several:
        return several
    one = labelled_line(text)
    if one is not None:
        label = text[:text.index(one[1])].rstrip(" :–—-") if one[1] in text else one[0]
        return [(one[0], squash(label), one[1])]
    other = other_labelled_line(text)
    return [("", other[0], other[1])] if other is not None else []


# ---- the table ----------------------------------------------------------------------------------

def _cells(row: list[Cell]) -> list[Cell]:
    return [c for c in row if not c.merged_above and c.text.strip()]


def _columns(table: Table) -> tuple[dict[int, str], dict[int, str], int]:
    """({col: field}, {col: heading as printed}, index of the first data row) of a milestone table:
    by its heading row when it has one, else by what its cells hold (dates, status words, text)."""
    first = _cells(table.rows[0].cells) if table.rows else []
    below = [[(c.col, c.text) for c in _cells(r.cells)] for r in table.rows[1:4]]
    header = read_header([(c.col, c.colspan, c.text) for c in first], below, first=True) if first else None
    if header is not None:
        fields = {c.col: c.field for c in header.columns}
        labels = {c.col: squash(c.label) for c in header.columns}
        return statuses_under_progress(fields, table), labels, 1
    votes: dict[int, dict[str, int]] = {}
    for row in table.rows:
        for c in _cells(row.cells):
            kind = ("ref" if looks_like_ref(c.text) else "due" if looks_like_when(c.text)
                    else "status" if looks_like_status(c.text) else "text")
            votes.setdefault(c.col, {}).setdefault(kind, 0)
            votes[c.col][kind] += 1
    fields = {}
    for col, seen in votes.items():
        kind = max(seen, key=lambda k: seen[k])
        fields[col] = {"text": "milestones"}.get(kind, kind)
    return fields, {}, 0


STATUS_WORDS_MAX = 3  # words of a status ('Not yet started'); an update runs longer


def statuses_under_progress(fields: dict[int, str], table: Table) -> dict[int, str]:
    """The fields, with a column headed as progress ('Progress') that holds status words only
    ('Complete', 'On track', 'Not started') read as the milestones' status, when no column is
    headed so: how far each step has got, whatever the heading calls it."""
    if "status" in fields.values():
        return fields
    out = dict(fields)
    for col, name in fields.items():
        texts = [c.text for row in table.rows[1:] for c in _cells(row.cells) if c.col == col and c.text.strip()]
        if name == "progress" and len(texts) >= 2 and all(
                looks_like_status(t) and not words_over(t, STATUS_WORDS_MAX) for t in texts):
            out[col] = "status"
            break
    return out


def _text_column(fields: dict[int, str], table: Table, start: int) -> int | None:
    """The column that says what each row is: the first headed as milestones or a text field, else
    the column with the most words."""
    for wanted in _TEXT_FIELDS:
        cols = [col for col, f in fields.items() if f == wanted]
        if cols:
            return min(cols)
    words: dict[int, int] = {}
    for row in table.rows[start:]:
        for c in _cells(row.cells):
            if fields.get(c.col) in ("", None, "progress"):
                words[c.col] = words.get(c.col, 0) + len(c.text.split())
    return max(words, key=lambda col: words[col]) if words else None


def _without_own_number(text: str, ref: str, section: Section) -> str:
    """A milestone's text without the number that nests it under its section's ('2.1 Publish …'
    under 'Action 2'): that number is structure, kept as such."""
    m = re.match(r"^\s*(\d{1,3}(?:\.\d{1,3}){1,3})[.)]?\s+(?=\S)", text)
    if ref and m and m.group(1).startswith(ref + "."):
        section.structure.append(m.group(1))
        return text[m.end():]
    return text


def _read_table(section: Section, table: Table) -> tuple[str, str]:
    """Fill the section's milestones from its table; (the text column's heading, its field)."""
    fields, labels, start = _columns(table)
    text_col = _text_column(fields, table, start)
    if text_col is None:
        return "", ""
    section.structure += list(labels.values())
    section.action_head = next((labels[col] for col, f in sorted(fields.items()) if f == "action" and col != text_col
                                and col in labels and classify(labels[col])[1] >= 90), "")
    section.labels = tuple(fold(labels[c]) for c in sorted(labels)) or (f"{len(fields)} columns",)
    by_field = {f: col for col, f in sorted(fields.items(), reverse=True) if f in _ROW_FIELDS}
    others: dict[int, set[str]] = {}  # column → the texts of a column no milestone field takes
    for row in table.rows[start:]:
        cells = {c.col: c for c in _cells(row.cells)}
        text = cells.get(text_col)
        if text is None:
            for c in cells.values():
                section.aside.append((c.text, "cell of a milestone row with no milestone", row.page, row.line,
                                      c.col, labels.get(c.col, "")))
            continue
        item = {"milestones": _without_own_number(text.text, section.ref, section)}
        for name, col in by_field.items():
            if col in cells:
                item[name] = cells[col].text
                who = who_then_when_lines(cells[col].text) if name == "due" else None
                if who is not None:  # 'M. Patel / Autumn term 2025': a lead of its own over the date
                    others.setdefault(-1 - col, set()).add(fold(who[0]))
        for col, c in cells.items():
            if col == text_col or col in by_field.values():
                continue
            if fields.get(col) == "ref" and looks_like_ref(c.text):
                section.structure.append(c.text)  # the milestone's number
                continue
            section.aside.append((c.text, "milestone cell that no milestone field takes", row.page, row.line,
                                  col, labels.get(col, "")))
            others.setdefault(col, set()).add(fold(c.text))
        section.rows.append(item)
        section.row_lines.append((row.page, row.line))
    # rows that each name something of their own beside their text (a lead, a detail): pieces of work
    section.own_details = any(len(texts) >= 2 for texts in others.values())
    section.own_kinds = {fields[col] for col, texts in others.items() if len(texts) >= 2 and fields.get(col)}
    # rows whose lead column names different people: each row is someone's own piece of work
    section.own_leads = any(len(texts) >= 2 for col, texts in others.items() if fields.get(col) in _LEAD_FIELDS)
    return labels.get(text_col, ""), fields.get(text_col, "")


# ---- the evidence -------------------------------------------------------------------------------

def _weigh(section: Section, heading: Heading, head_label: str, head_field: str) -> None:
    """The section's score and the evidence for it (section.score, section.evidence)."""
    score, why = 0.0, []
    names_work = False
    section.action_word = bool(heading.word) and fold(heading.word) in _ACTION_WORDS
    if section.own_leads and not section.action_word:
        # 'Strategy 2: Develop guidelines' over 'Key milestones | Owner | Status' with an owner per row:
        # each row is someone's piece of work, the heading what they serve (an area), however worded.
        # Under 'Action 3' the rows are that action's steps, whoever takes each.
        section.score, section.evidence = 0.0, [_OWN_LEADS]
        return
    judged = section.own_kinds & _SUCCESS_FIELDS
    # (not under a column the table heads with the milestone's own name: 'Milestone | Measurement |
    # Target Date | Reporting Mechanism' lists an action's milestones, each with how it is measured)
    names_milestones = bool(MILESTONE_WORDS & set(fold(head_label).split()))
    if judged and len(section.own_kinds & _WORK_FIELDS) >= 2 and not names_milestones:
        # 'Recommendation 1: …' over 'Ref | Sub-action | Officer | Deadline | Success measure | Commentary':
        # each row is judged by a measure of its own and reports its own progress, which no milestone
        # holds (a milestone is a step, its date and its status): the rows are pieces of work, the
        # heading what they serve, whatever the table calls its rows
        section.score, section.evidence = 0.0, [
            f"its rows each give their own {' and '.join(sorted(section.own_kinds & _WORK_FIELDS))}: "
            "pieces of work of their own"]
        return
    if opens_with_verb(heading.title):
        score, names_work = score + 0.2, True
        why.append("its title says what is to be done")
    if heading.word and fold(heading.word) in _ACTION_WORDS:
        score, names_work = score + 0.2, True
        why.append(f"numbered as an {heading.word.lower()}")
    elif heading.ref:
        score += 0.1
    if "." in heading.ref:
        names_work = True
        why.append("numbered as a sub-item")
    given = {name for name, _, _, _ in section.fields}
    if given & {"due", "status"}:
        # (an unnumbered workstream's heading over 'Overall status: …' names no one action by that)
        score, names_work = score + 0.3, names_work or bool(heading.ref)
        why.append("labelled lines say when it is due or how it stands")
    elif given:
        score += 0.2
        why.append("labelled lines say who leads it")
    if not names_work:
        section.score, section.evidence = 0.0, [_UNNAMED]
        return
    if not head_label and section.caption:  # a caption names the rows of a table with no heading row
        head_label, head_field = section.caption, classify(section.caption)[0]
    part = fold(head_label)
    rows = section.rows
    dated = bool(rows) and sum(1 for r in rows if find_dates(r.get("due", "") or r["milestones"])) * 2 >= len(rows)
    short = bool(rows) and median(len(r["milestones"].split()) for r in rows) <= max(
        _SHORT_ROW_WORDS, 2 * len(heading.title.split()))
    if section.action_head:
        # 'Recommendation 3: …' over 'No. | Action | Lead | Milestones | Timescale': the rows each say
        # what is to be done in a column of their own; the milestones column holds each one's steps
        section.score, section.evidence = 0.0, why + [
            f"its table's rows are headed as actions ('{section.action_head}') beside their milestones"]
        return
    if head_label and head_field == "milestones":
        score += 0.5
        why.append(f"its table is headed '{head_label}'")
    elif part in _PART_HEADS:
        # under an unnumbered heading ('Improve EHC plans' over 'Tasks | Owner | Due') such a heading
        # as often heads an area's actions: it weighs little there
        score += 0.4 if heading.ref else 0.1
        why.append(f"its table's rows are headed as parts ('{head_label}')")
    elif not head_label and dated and short and not section.own_details:
        score += 0.2
        why.append("its table, with no heading row, lists short dated rows")
    else:
        if head_label and head_field == "action" and classify(head_label)[1] >= 90:
            why.append(f"its table's rows are headed as actions ('{head_label}')")
        section.score, section.evidence = 0.0, why + ["its table's rows are not told apart as its parts"]
        return
    if dated:
        score += 0.1
        why.append("its rows are dated")
    if short:
        score += 0.1
    section.score, section.evidence = round(score, 2), why


def _repeated(sections: list[Section]) -> None:
    """Sections whose tables share their headings (or width) with another's: the pattern repeats,
    and so does what the rows are (a table of the shape whose rows elsewhere name their own leads
    lists pieces of work too, though its few rows share one lead)."""
    counts: dict[tuple[str, ...], int] = {}
    for s in sections:
        counts[s.labels] = counts.get(s.labels, 0) + 1
    led = {s.labels for s in sections if s.own_leads and s.evidence[-1:] == [_OWN_LEADS]}
    for s in sections:
        if s.labels in led and s.score > 0 and not s.own_leads and not s.action_word and counts[s.labels] >= 2:
            s.score, s.evidence = 0.0, [f"{_OWN_LEADS} in tables of the same shape"]
    _shape_of_unnamed(sections, counts)
    for s in sections:
        if counts[s.labels] >= 2 and s.score > 0:
            s.score = round(s.score + 0.1, 2)
            s.evidence.append(f"{counts[s.labels]} sections share the table's shape")


_UNNAMED = "its heading names no one piece of work"


def _shape_of_unnamed(sections: list[Section], counts: dict[tuple[str, ...], int]) -> None:
    """A section whose table has the shape of more tables under headings that name no one piece
    of work ('Week 1 – 20 to 26 October' over '✅ | Task | Full Description | Result') lists what
    they list: the document's pieces of work, each row one, though its own heading got weight from
    a labelled line ('Phase 0 – Dataset preparation' / 'Dates: June - October 2025'). One pattern
    repeats; a single table does not turn its rows into one action's steps. (A heading that a word
    names as one action, 'Action 3', says otherwise for its own table.)"""
    unnamed: dict[tuple[str, ...], int] = {}
    for s in sections:
        if s.evidence == [_UNNAMED]:
            unnamed[s.labels] = unnamed.get(s.labels, 0) + 1
    for s in sections:
        others = unnamed.get(s.labels, 0)
        if s.score > 0 and not s.action_word and others >= 2 and others * 2 > counts[s.labels]:
            s.score, s.evidence = 0.0, [f"its table has the shape of {others} tables under headings "
                                        "that name no one piece of work: its rows are pieces of work too"]


# ---- the document -------------------------------------------------------------------------------

def _candidates(blocks: list, running: float) -> list[Section]:
    found: list[Section] = []
    titles: set[int] = set()  # lines taken as the title of a bare numbered heading above them
    for i, b in enumerate(blocks[:-1]):
        if not isinstance(b, Paragraph) or i in titles:
            continue  # (a line that is the title of the bare 'Strategy 2:' above it heads nothing itself)
        heading = _heading_of(b, running)
        if heading is None:
            continue
        under = _lines_under(blocks, i, running, named=fold(heading.word) in _ACTION_WORDS)
        if under is None:
            continue
        t, between = under
        table = blocks[t]
        if len(table.rows) < 1 or max((r.width() for r in table.rows), default=0) < 2 or _a_form(table):
            continue
        if not heading.title:
            first = next((k for k in between if isinstance(blocks[k], Paragraph) and not _labelled(blocks[k].text)
                          and not names_parts(blocks[k].text)), None)
            if first is None or words_over(blocks[first].text, _MAX_TITLE_WORDS):
                continue
            heading.title = squash(blocks[first].text)
            titles.add(first)
            between.remove(first)
            b = replace(b, text=f"{b.text} {blocks[first].text}")
            taken_title = [first]
        else:
            taken_title = []
        heading.title, run_in = _run_in_fields(heading.title)
        section = Section(heading=i, ref=heading.ref, title=heading.title, table=t, structure=[b.text])
        section.fields += [(name, label, value, b) for name, label, value in run_in]
        section.taken_lines += taken_title
        if between and isinstance(blocks[between[0]], Paragraph) and _title_goes_on(heading, blocks[between[0]]):
            heading.title = section.title = squash(f"{heading.title} {blocks[between[0]].text}")
            section.structure.append(blocks[between[0]].text)
            section.taken_lines.append(between.pop(0))
        _read_lines(section, blocks, between)
        head_label, head_field = _read_table(section, table)
        if not section.rows:
            continue
        _weigh(section, heading, head_label, head_field)
        found.append(section)
    return found


def _read_lines(section: Section, blocks: list, between: list[int]) -> None:
    """What lies between a section's heading and its table: labelled lines (or a small table of
    them) give the action's fields; other paragraphs are its description (kept aside)."""
    for k in between:
        if isinstance(blocks[k], Table):
            section.fields += [(name, label, value, _row_line(blocks[k], n))
                               for n, (name, label, value) in enumerate(_kv_rows(blocks[k]) or [])]
            section.structure += [label for _, label, _ in _kv_rows(blocks[k]) or []]
            section.taken_lines.append(k)
            continue
        if names_parts(blocks[k].text):
            section.caption = squash(blocks[k].text).strip(" :#*_")
            section.structure.append(blocks[k].text)
            section.taken_lines.append(k)
            continue
        labelled = _labelled(blocks[k].text)
        if not labelled:
            said, run_in = _run_in_fields(blocks[k].text)
            if run_in and said.rstrip().endswith((".", "!", "?")):
                # a description and the labelled line a PDF joined onto it: the fields are the action's
                section.fields += [(name, label, value, blocks[k]) for name, label, value in run_in]
                section.structure += [label for _, label, _ in run_in]
                section.said[k] = said
            section.described.append(k)
            continue
        section.structure.append(blocks[k].text)
        for name, label, value in labelled:
            if name:
                section.fields.append((name, label, value, blocks[k]))
            else:
                section.other_lines.append((label, value, blocks[k]))


def _run_in_fields(title: str) -> tuple[str, list[tuple[str, str, str]]]:
    """A title and the labelled fields a PDF's line joined onto it ('Improve EHC plans Lead: Head of
    SEND Status: In progress' → 'Improve EHC plans', [('lead', 'Lead', 'Head of SEND'), …]); the
    title as it is and [] when no label follows it."""
    from planx.normalise.lists import label_spans
    spans = label_spans(title)
    if not spans or not title[:spans[0][0]].strip():
        return title, []
    ends = [start for start, *_ in spans[1:]] + [len(title)]
    fields = [(name, label, title[value:end].strip(" ;,")) for (_, value, name, label), end in zip(spans, ends,
                                                                                                    strict=True)]
    return title[:spans[0][0]].strip(" -–—:;,"), [f for f in fields if f[2]]


def _kv_rows(table: Table) -> list[tuple[str, str, str]] | None:
    """[(field, label, value)] of a small table of 'label | value' rows between a heading and its
    milestone table ('Lead officer | Head of SEND', 'Timescale | March 2026'), each label naming a field;
    None for any other table."""
    from planx.normalise.tableforms import form_field
    out = []
    for row in table.rows:
        cells = _cells(row.cells)
        if len(cells) != 2:
            return None
        label = squash(cells[0].text).rstrip(" :")
        name = form_field(label)
        if not name or name in _TEXT_FIELDS:
            return None
        out.append((name, label, squash(cells[1].text)))
    return out or None


def _title_goes_on(heading: Heading, p: Paragraph) -> bool:
    """The rest of a heading's title wrapped onto the next line ('Priority 1. Strengthen the
    graduated approach in early years' / 'settings'): short, opening in lower case."""
    text = p.text.strip()
    return bool(text) and text[0].islower() and not words_over(text, 8) and not heading.title.endswith((".", ":"))


def _row_line(table: Table, n: int) -> Paragraph:
    """Row n of a table as the line it would be outside one, for provenance."""
    row = table.rows[n]
    return Paragraph(text=" ".join(c.text for c in row.cells), page=row.page, line=row.line)


def _area_headings(blocks: list, sections: dict[int, Section], taken: set[int], running: float
                   ) -> dict[int, tuple[str, str]]:
    """{block index: (ref, title)} of the headings the sections stand under: a heading (styled, or
    numbered and short) with no table between it and the next section's heading. The document's
    first paragraph is its title, not an area, unless it is numbered; a lone unnumbered heading is
    none either. (taken: the sections' blocks)"""
    from planx.normalise.banners import read_banner
    areas: dict[int, tuple[str, str]] = {}
    first_paragraph = next((i for i, b in enumerate(blocks) if isinstance(b, Paragraph)), -1)
    for start in sorted(sections):
        for k in range(start - 1, -1, -1):
            b = blocks[k]
            if isinstance(b, Table) or k in taken:
                break
            if read_banner(b.text):
                break  # 'Priority 2: …': the walker reads banners itself
            numbered = section_heading(b.text)
            if not (styled_heading(b, running) or numbered is not None and not words_over(b.text, 12)
                    and not b.text.rstrip().endswith(".")):
                continue
            if k == first_paragraph and numbered is None:
                break
            areas[k] = (numbered.ref, numbered.title) if numbered is not None else ("", squash(b.text))
            break
    # an unnumbered heading marks areas only in a run of them: one alone above the first section is
    # as likely the plan's title (or a subtitle) as an area
    if len(areas) == 1 and not next(iter(areas.values()))[0] and not _ranked_between(blocks, next(iter(areas)),
                                                                                     sections):
        return {}
    return areas


def _ranked_between(blocks: list, k: int, sections: dict[int, Section]) -> bool:
    """Does the source rank heading k below a heading before it (the title: '# 2021 Action Plan') and
    above the sections' headings ('## Agency Actions' over '### Action 1: …')? Then it is an area,
    not the plan's title, though it is the only one."""
    rank = getattr(blocks[k], "rank", 0)
    if rank <= 1:
        return False
    above = any(isinstance(b, Paragraph) and b.heading and 0 < b.rank < rank for b in blocks[:k])
    below = all(getattr(blocks[s], "rank", 0) > rank for s in sections)
    return above and below


def _nearest_heading_per_table(sections: list[Section]) -> dict[int, Section]:
    """{heading block: section}, one section per table: where two headings reach the same table (a
    title in large type over a bold section heading at body size, the smaller one under the larger
    read as a line of its text), the table is the section of the heading right above it, unless the
    farther heading names one action ('Action 4') and the nearer does not."""
    by_table: dict[int, Section] = {}
    for s in sorted(sections, key=lambda s: s.heading):
        if s.table in by_table and by_table[s.table].action_word and not s.action_word:
            continue  # a numbered item of the description under 'Action 4' reaches its table too: the action's
        by_table[s.table] = s
    return {s.heading: s for s in by_table.values()}


def read_sections(raw: RawDocument, running: float = 0.0) -> SectionReading | None:
    """The document's sections that each read as one action with its milestones, or None when the
    evidence does not say so (a grid of actions, a highlight report's workstreams)."""
    blocks = raw.blocks
    if sum(1 for b in blocks if isinstance(b, Table)) < 1:
        return None
    candidates = _candidates(blocks, running)
    if not candidates:
        return None
    _repeated(candidates)
    chosen = _nearest_heading_per_table([s for s in candidates if s.score >= SECTION_SCORE])
    if not chosen or len(chosen) == 1 and next(iter(chosen.values())).score < SURE_SCORE:
        return None
    taken: set[int] = set()
    for s in chosen.values():
        taken |= {s.heading, s.table, *s.described, *s.taken_lines}
        taken |= {i for i, b in enumerate(blocks) if any(b is p for *_, p in s.fields)}
        taken |= {i for i, b in enumerate(blocks) if any(b is p for *_, p in s.other_lines)}
    evidence: dict[str, int] = {}
    for s in chosen.values():
        for e in s.evidence:
            evidence[e] = evidence.get(e, 0) + 1
    common = "; ".join(f"{e} ({n})" for e, n in sorted(evidence.items(), key=lambda x: -x[1])[:4])
    mean = sum(s.score for s in chosen.values()) / len(chosen)
    why = (f"{len(chosen)} section(s) read as one action each, their tables' rows as its milestones "
           f"(a heading over a table of its parts: {common}; confidence {min(1.0, mean):.2f})")
    return SectionReading(chosen, _area_headings(blocks, chosen, taken, running), taken, why)


# ---- sections inside one table ------------------------------------------------------------------

def _lone_text(row: Row) -> str:
    """The text of a row that fills only its first cell ('Action 2: Raise attendance …'), else ''."""
    cells = _cells(row.cells)
    return cells[0].text if len(cells) == 1 and cells[0].col == 0 else ""


def _a_form(table: Table) -> bool:
    """A table of 'label | value' rows or labelled lines (an action's form): its rows are fields, not
    milestones (structure reads it)."""
    from planx.normalise.headplans import form_table
    from planx.normalise.tableforms import forms_in_cells, labelled_lines_table, read_vertical_form
    return forms_in_cells(table) or labelled_lines_table(table) or read_vertical_form(table) is not None \
        or read_vertical_form(table, loose=True) is not None or form_table(table)


def _heading_row(row: Row) -> bool:
    """Does the row read as a row of column headings ('Deliverable | Date')?"""
    cells = _cells(row.cells)
    return read_header([(c.col, c.colspan, c.text) for c in cells], first=True) is not None


def _lifted_runs(table: Table) -> list[tuple[int, int]]:
    """(first, end) row indices of each run of rows that fill only their first cell, open with a
    numbered heading or a banner, and stand over a row of column headings of their own (each
    section's table repeats its headings); a grid's theme rows over its action rows are no such run."""
    from planx.normalise.banners import read_banner
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(table.rows):
        text = _lone_text(table.rows[k])
        if not text or section_heading(text) is None and not read_banner(text):
            k += 1
            continue
        end = k + 1
        while end < len(table.rows) and _lone_text(table.rows[end]):
            end += 1
        if end < len(table.rows) and _heading_row(table.rows[end]):
            runs.append((k, end))
        k = end
    return runs


def _pieces(table: Table) -> list[Block] | None:
    """The table cut where its rows hold a section heading (text laid out by spaces reads aligned
    lines as one table, headings and all): each lifted run's rows are paragraphs, the rows between
    tables of their own. None when the table holds no such run."""
    if _a_form(table):
        return None
    runs = _lifted_runs(table)
    if not runs:
        return None
    out: list[Block] = []
    done = 0
    for first, end in runs:
        if first > done:
            rows = table.rows[done:first]
            out.append(replace(table, rows=rows, page=rows[0].page))
        out += [Paragraph(text=squash(_lone_text(r)), page=r.page, line=r.line) for r in table.rows[first:end]]
        done = end
    if done < len(table.rows):
        rows = table.rows[done:]
        out.append(replace(table, rows=rows, page=rows[0].page))
    return out


_MAX_RANKS = 6  # a page of headings in more sizes than <h1>…<h6> ranks is no outline


def rank_by_size(raw: RawDocument) -> RawDocument:
    """The headings of a document that does not rank them (a PDF: its headings told apart by their
    type), ranked by their size as a web page ranks <h1>…<h6>: the largest 1, the next 2 …; the
    document as it is when any heading has a rank already, or lacks a size, or all share one."""
    heads = [b for b in raw.blocks if isinstance(b, Paragraph) and b.heading]
    if not heads or any(b.rank or b.size <= 0 for b in heads):
        return raw
    sizes = sorted({round(b.size * 2) / 2 for b in heads}, reverse=True)
    if not 2 <= len(sizes) <= _MAX_RANKS:
        return raw
    rank = {size: k for k, size in enumerate(sizes, 1)}
    return replace(raw, blocks=[replace(b, rank=rank[round(b.size * 2) / 2])
                                if isinstance(b, Paragraph) and b.heading else b for b in raw.blocks])


def join_split_headings(raw: RawDocument) -> RawDocument:
    """A heading set as a bare number on one line and its title on the next, in the same type
    ('Strategy 2:' / 'Develop implementation guidelines'), as one heading line: a reader sees one
    heading, and the readers of banners, areas and sections read 'Word N: Title' lines."""
    blocks: list[Block] = []
    for b in raw.blocks:
        last = blocks[-1] if blocks else None
        if (isinstance(b, Paragraph) and isinstance(last, Paragraph) and _same_type(last, b)
                and _bare_work_number(last.text) and section_heading(b.text) is None
                and _BARE_NUMBERED.match(squash(b.text)) is None and not _labelled(b.text)
                and not words_over(b.text, _MAX_TITLE_WORDS)):
            blocks[-1] = replace(last, text=f"{last.text.rstrip()} {b.text.strip()}")
            continue
        blocks.append(b)
    return raw if len(blocks) == len(raw.blocks) else replace(raw, blocks=blocks)


def _bare_work_number(text: str) -> bool:
    """'Strategy 2:', 'Action 3': a bare number with a word naming a piece or a group of work (not
    'Appendix 1', a part of the document whose heading is a title of its own)."""
    m = _BARE_NUMBERED.match(squash(text))
    return m is not None and fold(m.group("word")) in _ACTION_WORDS | _GROUP_WORDS


def _same_type(a: Paragraph, b: Paragraph) -> bool:
    """Set alike, as the two lines of one heading are: both styled as headings or both bold, in one
    size (where the source gives sizes), on one page."""
    styled = (a.heading and b.heading) or (a.bold and b.bold)
    return styled and a.page == b.page and (not (a.size and b.size) or abs(a.size - b.size) <= 0.5)


def lift_sections(raw: RawDocument) -> RawDocument:
    """The document with the sections a table holds inside it set out as headings and tables of
    their own, where that reading finds sections in the table's pieces (read_sections); the
    document as it is otherwise."""
    if not any(isinstance(b, Table) for b in raw.blocks):
        return raw
    blocks: list[Block] = []
    origin: dict[int, int] = {}  # new block index → the index of the table it was cut from
    for i, b in enumerate(raw.blocks):
        pieces = _pieces(b) if isinstance(b, Table) else None
        for piece in pieces or [b]:
            if pieces:
                origin[len(blocks)] = i
            blocks.append(piece)
    if not origin:
        return raw
    trial = replace(raw, blocks=blocks)
    reading = read_sections(trial)
    used = {origin[s.table] for s in reading.sections.values() if s.table in origin} if reading else set()
    if not used:
        return raw
    kept: list[Block] = []
    for i, b in enumerate(raw.blocks):
        if i in used:
            kept += [piece for k, piece in enumerate(blocks) if origin.get(k) == i]
        else:
            kept.append(b)
    return replace(raw, blocks=kept)


WORK_WORDS = frozenset(_ACTION_WORDS)  # words that, numbered, head one piece of work ('Commitment 2')

__all__ = ["WORK_WORDS", "lift_sections", "Section", "SectionReading", "read_sections", "section_heading",
           "SECTION_SCORE"]
