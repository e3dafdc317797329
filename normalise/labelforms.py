"""Plans written as one block of labelled lines per action, the labels recurring block after block.

    Ref: 1   Owner: J Smith   Due date: 30/06/2025
    Description of activity: Review the induction programme and publish a revised handbook.
    Current position: Draft circulated to managers.

    Ref: 2   Owner: A Patel   Due date: 31/07/2025
    …

or the same as a small Word table per action (label | value | label | value), or as one table whose
rows start again with the same labels for each action. A reader knows such a form not by its
words but by its shape: a set of labels that comes back, in the same order, two times or more,
one of them followed each time by a sentence (the action) and the others by short values (who,
when, how it stands). planx reads it so:

- a label is a short phrase (six words at most) that opens a line and ends with a colon, or a bold
  run at a line's start, or a short cell in a table's label column; one line may hold several
  ('Ref: 4 Owner: J Smith Due date: 30/06/2025'): a later label is a phrase ending in a colon that
  names a field by meaning (normalise/headers) or is printed elsewhere in the document as a label
  at a line's start;
- the records start at the label that recurs most often and first; the labels that come back in
  two records or more, in the same order, are the form's labels; the lines above the first record
  (a cover's 'Version:', 'Date:', 'Author:') are not part of it;
- each label's field is read by meaning; a reference label ('Ref', 'Item no.') gives the action's
  own reference; the action is the label that names it, or, when none does, the label whose values
  are the longest sentences; a label no field takes is kept aside with its text (nothing lost);
- the form is believed only when it also says who or when or how the action stands (a lead, a
  date, a status or progress): a meeting record's 'Item: … Discussion: …' is no plan.

A value may run over several paragraphs or bullets: the lines below a label that are no label go
on with its value.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from planx.extract.model import Block, Paragraph, Table
from planx.extract.text import continues
from planx.normalise.codes import rag_of, status_of
from planx.normalise.headers import read_heading
from planx.normalise.headplans import widest_line
from planx.normalise.lists import labelled_fields
from planx.normalise.minutes import numbered_block_heading
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import FORM_LABELS, RETROSPECTIVE_HEADINGS

_MAX_LABEL_WORDS = 6
_MAX_LABEL_CHARS = 60
_MIN_RECORDS = 2
RUN_IN_LABEL_LINES = 3  # a label that opens this many lines with its colon is the form's, where one leaves it off
_MIN_HEAD_LABELS = 3  # a heading's words printed this often (over text of their own each time): a label
_MIN_ACTION_WORDS = 4.0  # the action's values: sentences, not one or two words
_MIN_UNNAMED_ACTION_WORDS = 6.0  # …and longer when no label names the action
_MAX_TITLE_WORDS = 12
# what a form's line may say about an action beyond the action itself
_FIELDS = {"action", "lead", "responsible", "due", "measure", "outcome", "objective", "progress", "status", "rag",
           "ref", "milestones"}
_SAYS_WHO_WHEN_HOW = {"lead", "responsible", "due", "status", "progress", "rag"}
_MIN_SCORE = 60.0
_STATUS_WORDS = 3  # a status is a word or three ('On track', 'Not yet due'); notes on progress run longer

_START = re.compile(rf"^\s*([^\s:][^:\n]{{0,{_MAX_LABEL_CHARS}}}?)\s*:(?:\s+|$)(.*)$", re.S)
# a phrase ending at a colon inside a line: the candidates for a later label ('… J Smith Due date: …')
_INNER = re.compile(r":(?=\s|$)")
_BULLET = re.compile(r"^\s*(?:[-–•▪◦*·●\uf0b7]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+\S")
_MARK = re.compile(r"^\s*[-–•▪◦*·●\uf0b7]\s*")  # a bullet's mark (a number stays: it is the item's)
_TIME = re.compile(r"^\d{1,2}$")  # '10:30': a time, no label
_GAP = re.compile(r"\t|\s{3,}")  # a tab or a run of spaces: where a writer spaced one label off the value before it


def label_key(label: str) -> str:
    """A label's identity across records: folded, digits and punctuation gone ('Update as at
    March 2025:' and 'Update as at June 2025' are one label)."""
    return " ".join(re.sub(r"[^a-z ]+", " ", fold(label)).split())


def label_shape(label: str) -> bool:
    """A short phrase that may be a label: six words at most, opening with a letter or a number
    sign, no sentence (no full stop unless an abbreviation: 'Item no.'), no time ('10:30')."""
    label = squash(label)
    words = label.split()
    if not words or len(words) > _MAX_LABEL_WORDS or len(label) > _MAX_LABEL_CHARS or _TIME.match(label):
        return False
    if not (label[0].isalpha() or label[0] in "#№") or label[0].islower():
        return False
    if label.endswith(".") and len(words[-1]) > 4:
        return False
    return not re.search(r"[.!?]\s", label) and bool(label_key(label))


@dataclass
class Item:
    """One piece of the stream a form is read from: a label and its value, or a line with no label."""
    block: int
    label: str  # '' for a line with no label
    value: str
    page: int
    line: int
    table: int = 0
    title: bool = False  # a line standing on its own above a record ('Action 3', a heading)
    held: bool = False  # a heading another reader holds (an area's): it may only title records
    steps: list[dict[str, str]] | None = None  # a table of milestones (milestone_rows), no label or line
    bold: bool = False  # the whole line in bold: a title ('Strategy 4: Reduce food waste'), not running text
    ticked: str = ""  # the option a ticked box chose beside the label ('Change Idea #1 ☑ Implemented ☐ Not …')
    parted: bool = False  # a label a scan ran on into the line above it (_inner_label): it opens a line of its own
    wrapped: tuple[int, ...] = ()  # the blocks after its own that its line wrapped onto (_wrapped_on): read with it

    @property
    def key(self) -> str:
        return label_key(self.label) if self.label else ""


_BOX = re.compile(r"([\u2610\u2611\u2612\u25a1\u2713\u2714])\s*([^\u2610\u2611\u2612\u25a1\u2713\u2714]*)")
_TICKED = frozenset("\u2611\u2612\u2713\u2714")
_FIRST_BOX = re.compile(r"[\u2610\u2611\u2612\u25a1\u2713\u2714]")


def ticked_choice(value: str) -> tuple[str, str, str] | None:
    """(the option a ticked box chose, the value's text before the boxes, the options not chosen) of a
    value that offers options each after a box, one box ticked ('☑ Implemented ☐ Not Implemented' →
    'Implemented'); None when the value is no such choice (two boxes or more, exactly one ticked,
    each followed by a short option)."""
    first = _FIRST_BOX.search(value)  # (a regex scan: a Python step per character is slow on a long value)
    if first is None:
        return None
    start = first.start()
    options = [(m.group(1), squash(m.group(2))) for m in _BOX.finditer(value[start:])]
    chosen = [text for box, text in options if box in _TICKED]
    if len(options) < 2 or len(chosen) != 1 \
            or any(not text or words_over(text, _STATUS_WORDS) for _, text in options):
        return None
    return chosen[0], squash(value[:start]), "; ".join(text for box, text in options if box not in _TICKED)


def split_line(text: str, known: Collection[str], field_of: Callable[[str], str]) -> list[tuple[str, str]]:
    """[(label, value)] of a line that opens with a label, several when labels run together on it
    ('Ref: 4 Owner: J Smith Due date: 30/06/2025'); [] when it opens with none. A later label is
    the longest phrase before a colon that starts with a capital and is one of the document's
    labels (known: keys of labels that open lines) or names a field; of several, the shortest
    ('J Smith Due date:': the label is 'Due date', not 'Smith Due date') ... unless a wide gap (a tab,
    a run of spaces) sets a longer one apart from the value before it: the writer spaced the label off
    there ('Owner: Group 4        Due Date:': the label is 'Due Date', not 'Date')."""
    m = _START.match(text)
    if m is None or not label_shape(m.group(1)):
        return []
    out: list[tuple[str, str]] = []
    label, rest = squash(m.group(1)), m.group(2)
    while True:
        cut = None
        for colon in _INNER.finditer(rest):
            before = rest[:colon.start()].rstrip()
            words = before.split()
            spaced = _GAP.split(before)
            if len(spaced) > 1 and spaced[0].strip():  # a value, then a phrase spaced off after it
                cand = squash(spaced[-1])
                if cand[:1].isupper() and label_shape(cand) and (label_key(cand) in known or field_of(cand)):
                    cut = (before[: -len(spaced[-1])].rstrip(), cand, rest[colon.end():])
                    break
            for n in range(1, min(_MAX_LABEL_WORDS, len(words) - 1) + 1):  # a value before it, one word at least
                cand = " ".join(words[-n:])
                if cand[0].isupper() and label_shape(cand) and (label_key(cand) in known or field_of(cand)):
                    cut = (before[: -len(cand)].rstrip(), cand, rest[colon.end():])
                    break
            if cut is not None:
                break
        if cut is None:
            out.append((label, squash(rest)))
            return out
        value, next_label, rest = cut
        out.append((label, squash(value)))
        label = next_label


# a mark glued to the capital after it ('-By when: May 2026'): a scan's speck read as a dash, no bullet
# (a bullet's mark is set apart from its text)
_SPECK = re.compile(r"^\s*[-–•▪◦*·●\uf0b7](?=[A-Z])")


def _specked_label(text: str, known: Collection[str], field_of: Callable[[str], str]) -> list[tuple[str, str]]:
    """[(label, value)] of a line whose label, one of the document's own (printed at other lines'
    starts), a speck glued before it hides ('-By when: May 2026' among 'By when: …' lines); [] else."""
    m = _SPECK.match(text)
    if m is None:
        return []
    pairs = split_line(text[m.end():], known, field_of)
    return pairs if pairs and label_key(pairs[0][0]) in known else []


def _paragraph_items(i: int, p: Paragraph, known: Collection[str], field_of: Callable[[str], str],
                     over: Collection[str] = (), nests: bool = False, run_in: Collection[str] = ()) -> list[Item]:
    """The labelled (or plain) items of a paragraph. nests: the paragraph is a list item with items
    nested under it (the next paragraph an item a level deeper). run_in: keys of labels of several
    words that open lines with a colon again and again (RUN_IN_LABEL_LINES times or more): printed
    once with the colon left off ('Description of activity Review the …'), still the label."""
    text = p.text.strip()
    if p.heading and label_key(text.rstrip(" :")) in over and label_shape(text.rstrip(" :")):
        # a label printed above its value, as a heading is, again in every record ('Initiative' over
        # 'Support staff storytelling', 'Action' over its bullets): a label, not a heading
        return [Item(i, squash(text).rstrip(" :"), "", p.page, p.line, bold=True)]
    choice = ticked_choice(squash(text)) if not p.heading else None
    if choice is not None and label_shape(choice[1].rstrip(" :")):
        # 'Change Idea #1 ☑ Implemented ☐ Not Implemented': a label, and how its item stands by the ticked box
        return [Item(i, choice[1].rstrip(" :"), "", p.page, p.line, bold=p.bold, ticked=choice[0])]
    if p.heading:  # a heading is no form's line ('POAM-001: MFA for privileged accounts'): it may title one
        return [Item(i, "", squash(text), p.page, p.line, title=True)]
    pairs = split_line(text, known, field_of) or _specked_label(text, known, field_of)
    if not pairs and _MARK.match(text) and not _MARK.sub("", text, count=1).strip().endswith(".") \
            and (bare := split_line(_MARK.sub("", text, count=1), known, field_of)) and not bare[-1][1]:
        # '- Why:' / '- Success looks like:' over nested bullets: a label set as a list item, its value the
        # items under it (a bullet that says more after its colon stays an item: '- Review: the policy …')
        pairs = bare
    if not pairs and nests and _MARK.match(text):
        # '• Fall Update' over nested bullets, its colon left off: a list item of a few words, no sentence,
        # that names a field by meaning and heads items of its own is a label over them, as '• Why:' is
        bare_text = squash(_MARK.sub("", text, count=1))
        if label_shape(bare_text) and not bare_text.endswith((".", ";", ",")) and field_of(bare_text):
            pairs = [(bare_text, "")]
    if len(pairs) == 1:  # labels run together as list items print them ('Lead: Head of SEND. By: May 2024')
        fields = labelled_fields(text)
        if len(fields) > 1 and fields[0][1] == pairs[0][0]:
            pairs = [(label, value) for _, label, value in fields]
    pairs = _run_in_parts(pairs)
    if not pairs and p.lead_bold and text.startswith(p.lead_bold):  # '**Owner** J Smith'
        label = squash(p.lead_bold).rstrip(" :–—-")
        if label_shape(label):
            pairs = [(label, squash(text[len(p.lead_bold):]).strip(" :–—-"))]
    if not pairs and (over or run_in):
        # the same label run in with its value on one line ('Initiative Define a content strategy'), or a
        # form's label of several words printed once without its colon ('Description of activity Review …')
        words = text.split()
        n = _run_in_words(words, over, run_in)
        if n:
            pairs = [(" ".join(words[:n]), " ".join(words[n:]))]
    if not pairs and p.bold and label_shape(text.rstrip(" :")) and not p.heading:  # a bold label over its value
        found = numbered_block_heading(text)
        if found is not None and not found[1] and not text.rstrip().endswith(":"):
            # a bold 'Action 1.1' alone: the number of the action whose labelled lines follow, as a
            # heading is (a PDF prints it in bold, no larger: no heading by its size), no label
            return [Item(i, "", squash(text), p.page, p.line, title=True)]
        pairs = [(squash(text).rstrip(" :"), "")]
    if not pairs and not p.heading:
        inner = _inner_label(text, known, field_of)
        if inner is not None:  # a line and the form's next label run together by a scan (one item each)
            before, rest = inner
            return [Item(i, "", before, p.page, p.line, bold=p.bold)] \
                + [Item(i, label, value, p.page, p.line, parted=k == 0) for k, (label, value) in enumerate(rest)]
    run_on = 0
    if pairs and (inner := _inner_label(pairs[-1][1], known, field_of)) is not None:
        # ('B.5 Volunteer Monitoring (…) Brief Description of BMP: …': the last value runs on into a label)
        run_on = len(pairs)
        pairs = pairs[:-1] + [(pairs[-1][0], inner[0])] + inner[1]
    if pairs:
        out = [Item(i, label, value, p.page, p.line, bold=p.bold, parted=0 < run_on == k)
               for k, (label, value) in enumerate(pairs)]
        choice = ticked_choice(out[0].value)
        if choice is not None:  # 'Change Idea #1 ☑ Implemented ☐ Not Implemented': how it stands, by the ticked box
            out[0].ticked, out[0].value = choice[0], choice[1]
        return out
    return [Item(i, "", squash(text), p.page, p.line, title=p.heading, bold=p.bold)]


def _run_in_words(words: Sequence[str], over: Collection[str], run_in: Collection[str]) -> int:
    """How many of a line's first words are a label run in with its value, no colon between (a label
    set over its values elsewhere, of over; a form's label of several words, of run_in), the value
    opening with a capital; 0 when they are none."""
    return next((n for n in range(1, min(_MAX_LABEL_WORDS, len(words) - 1) + 1)
                 if (label_key(" ".join(words[:n])) in over or n > 1 and label_key(" ".join(words[:n])) in run_in)
                 and words[n][:1].isupper()), 0)


def _wrapped_on(blocks: Sequence[Block], i: int, stop: Collection[int], known: Collection[str],
                field_of: Callable[[str], str], widest: int, run_in: Collection[str] = ()) -> list[int]:
    """The paragraphs right after block i that are more of its line, wrapped: block i opens with a
    label and goes on onto them, wrapped at the width the text wraps at (extract/text.continues, the one
    rule the text reader joins lines by: 'Action 4: Roll out the training. Lead: Owen' over 'Baptiste,
    Head of HR. By: 28/02/2025.'), and each line after it opens no label, item or heading of its own.
    Read apart, a label run on inside the wrapped part ('By:') would be left in the value above it. []
    when block i's line ends there."""
    b = blocks[i]
    if not isinstance(b, Paragraph) or b.heading or not split_line(b.text.strip(), known, field_of):
        return []
    out: list[int] = []
    text = para = b.text.strip()
    while (k := i + len(out) + 1) < len(blocks):
        nxt = blocks[k]
        if not isinstance(nxt, Paragraph) or k in stop or nxt.heading or not nxt.text.strip() \
                or _BULLET.match(nxt.text) or split_line(nxt.text.strip(), known, field_of) \
                or _run_in_words(nxt.text.split(), (), run_in) or not continues(text, nxt.text, widest, para):
            break
        out.append(k)
        text = nxt.text.strip()
        para = f"{para} {text}"
    return out


def _run_in_parts(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs with a later label's value read for the labels run on inside it, as a list item's are
    ('Action 3: Audit the offer. Lead: J Smith, Head of SEND. By: May 2025.': the 'Lead' value holds
    'By:' and its date, a preposition no heading vocabulary names, so split_line keeps it whole). A
    label that names no field ('Action 3') keeps its value: labelled_fields reads only fields' labels."""
    out: list[tuple[str, str]] = []
    for label, value in pairs:
        fields = labelled_fields(f"{label}: {value}")
        if len(fields) > 1 and fields[0][1] == label:
            out += [(part, text) for _, part, text in fields]
        else:
            out.append((label, value))
    return out


# where a line may end inside a paragraph that a scan ran on into the next line: after a full stop or a
# closing bracket ('… (You may need to go to the next page) Brief Description of BMP: …')
_LINE_END = re.compile(r"(?<=[.)\]])\s+(?=[A-Z])")
_MIN_INNER_LABEL_WORDS = 2  # a label of one word ('Note:') is too easily a sentence's own


def _inner_label(text: str, known: Collection[str], field_of: Callable[[str], str]
                 ) -> tuple[str, list[tuple[str, str]]] | None:
    """(the text before, [(label, value)] from there) of a line with no label at its start that holds one
    of the document's own labels (printed at other lines' starts) after a sentence's end or a closing
    bracket, a label of two words or more: a scan that read two lines of a form as one. None else."""
    for m in _LINE_END.finditer(text):
        pairs = split_line(text[m.end():], known, field_of)
        if pairs and label_key(pairs[0][0]) in known and len(pairs[0][0].split()) >= _MIN_INNER_LABEL_WORDS:
            return squash(text[:m.start()]), pairs
    # a label closing the line with nothing after its colon, its stop before it lost ('… the storm sewer
    # system Measurable Goals, including frequencies:'): the next line's label, as surely
    words = text.rstrip().split()
    if not text.rstrip().endswith(":"):
        return None
    for n in range(_MIN_INNER_LABEL_WORDS, min(_MAX_LABEL_WORDS, len(words) - 1) + 1):
        label = " ".join(words[-n:]).rstrip(" :")
        if label[:1].isupper() and label_shape(label) and label_key(label) in known:
            return " ".join(words[:-n]), [(label, "")]
    return None


def _label_cell(text: str, bold: bool, known: Collection[str], field_of: Callable[[str], str]) -> bool:
    label = squash(text).rstrip(" :")
    return label_shape(label) and (text.strip().endswith(":") or bold or label_key(label) in known
                                   or bool(field_of(label)))


def _table_items(i: int, table: Table, known: Collection[str], field_of: Callable[[str], str]) -> list[Item] | None:
    """A table of labels beside their values (label | value, or label | value | label | value), one
    row a pair or two; a row of one cell across it is a title. None when the table is not one:
    every row must open with a label-like phrase, most of them labels by their own evidence (a colon,
    bold, a field's name), and no row has more than four cells."""
    items: list[Item] = []
    labelled = 0  # rows whose first cell reads as a label by its own evidence (colon, bold, meaning)
    rows = 0
    for row in table.rows:
        cells = [c for c in row.cells if c.text.strip() and not c.merged_above]
        if not cells:
            continue
        rows += 1
        if len(cells) > 4:
            return None
        if len(cells) == 1 and not _label_cell(cells[0].text, cells[0].bold, known, field_of):
            items.append(Item(i, "", squash(cells[0].text), row.page, row.line, table.index, title=True))
            continue
        if not label_shape(squash(cells[0].text).rstrip(" :")):
            return None  # a row opening with a sentence: no label column
        if any(not label_shape(squash(c.text).rstrip(" :")) for c in cells[2::2]):
            return None  # 'Action | … | … | …': one label over several values (a table turned round)
        labelled += _label_cell(cells[0].text, cells[0].bold, known, field_of)
        k = 0
        while k < len(cells):
            head = cells[k]
            nxt = cells[k + 1] if k + 1 < len(cells) else None
            label = squash(head.text).rstrip(" :")
            if nxt is not None and not (k + 2 < len(cells) or not _label_cell(nxt.text, nxt.bold, known, field_of)
                                        or len(cells) % 2 == 0):
                nxt = None  # 'Label | Label | value': the first label's value is empty
            items.append(Item(i, label, squash(nxt.text) if nxt is not None else "", row.page, row.line, table.index))
            k += 2 if nxt is not None else 1
    if rows == 0 or labelled * 2 < rows or labelled < 2:
        return None
    return items


_STEP_FIELDS = frozenset({"milestones", "due", "status", "ref"})


def milestone_rows(table: Table) -> list[dict[str, str]] | None:
    """The rows of a table whose heading row heads its text column as milestones and its other columns
    as their dates, statuses or numbers only ('Milestone | Due | Status', 'Key milestones | Target
    date'): {'milestones': text, 'due': …, 'status': …} per row; None for any other table. Under an
    action's form such a table lists that action's steps, not actions of its own."""
    from planx.normalise.sections import _columns  # (sections reads such tables under action headings)
    if len(table.rows) < 2:
        return None
    fields, _labels, start = _columns(table)
    texts = [col for col, name in fields.items() if name == "milestones"]
    if start != 1 or len(texts) != 1 or not set(fields.values()) <= _STEP_FIELDS:
        return None
    rows = []
    for row in table.rows[1:]:
        cells = {c.col: c.text for c in row.cells if c.text.strip() and not c.merged_above}
        if texts[0] not in cells:
            return None  # a row with no step: no plain list of steps
        rows.append({"milestones": cells[texts[0]], **{name: cells[col] for col, name in fields.items()
                                                        if name in ("due", "status") and col in cells}})
    return rows


def cut_off_row(p: Paragraph, labels: Collection[str]) -> list[tuple[str, str]]:
    """[(label, value)] of a paragraph that is a label table's row cut off by a page break and read as
    text ('Item no. 5 Lead officer Sarah Whitfield' over the rest of the table on the next page): it
    opens with one of the tables' labels, and every label in it is one of theirs; [] otherwise."""
    text = squash(p.text)
    found: list[tuple[int, int, str]] = []
    for label in sorted(labels, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", text, re.I):
            if not any(a <= m.start() < b or a < m.end() <= b for a, b, _ in found):
                found.append((m.start(), m.end(), label))
    found.sort()
    if not found or found[0][0] != 0:
        return []
    out = []
    for k, (_, end, label) in enumerate(found):
        nxt = found[k + 1][0] if k + 1 < len(found) else len(text)
        out.append((label, text[end:nxt].strip(" :")))
    return out if all(value for _, value in out) else []


@dataclass
class Record:
    """One action's form: its items in order and the line above it that titles it, if any."""
    items: list[Item] = field(default_factory=list)
    title: Item | None = None
    # a table of the action's milestones right under its form ('Milestone | Due | Status'): its block
    # and its rows ({'milestones': …, 'due': …, 'status': …}), the steps of this one action
    steps: list[tuple[int, list[dict[str, str]]]] = field(default_factory=list)

    @property
    def blocks(self) -> list[int]:
        found = [k for it in self.items for k in (it.block, *it.wrapped)] + ([self.title.block] if self.title else []) \
            + [block for block, _ in self.steps]
        return sorted(set(found))


@dataclass
class LabelForms:
    """The records read, by the index of the block they start at (a table may hold several); every
    block they took."""
    records: dict[int, list[Record]]
    taken: set[int]
    fields: dict[str, str]  # label key → field ('' for a label no field takes; 'area' for a grouping)
    action_key: str  # '' when the headings over the records name the actions
    why: str
    confidence: float
    headed: set[int] = field(default_factory=set)  # the headings taken as the records' titles
    # headings ranked between the page's title and the records' titles (<h2> areas over <h3> actions)
    areas: dict[int, tuple[str, str]] = field(default_factory=dict)
    # headings another reader held (as areas) that are the text under a record's numbered label instead
    joined: set[int] = field(default_factory=set)
    # labels numbered in a run in each record ('Year 1:' … 'Year 5:'): the action's steps, by period
    series: set[str] = field(default_factory=set)


_SAYS_HOW = frozenset({"status", "progress", "rag"})
_SAYS_WHO_WHEN = frozenset({"lead", "responsible", "due"})


def says_only_how(forms: LabelForms) -> bool:
    """Do the labels the records share (in two records or more) say how each action stands ('Status:
    Deferred') and neither who does it nor by when? Such records report on actions set before, as a
    minute's review of its last meeting's actions does ('Agenda item 3: … / Status: Complete')."""
    counts = Counter(k for recs in forms.records.values() for r in recs for k in {it.key for it in r.items if it.label})
    shared = {forms.fields.get(k, "") for k, n in counts.items() if n >= _MIN_RECORDS}
    return bool(shared & _SAYS_HOW) and not shared & _SAYS_WHO_WHEN


def form_table_labels(blocks: Sequence[Block], classify: Callable[[str], tuple[str, float, str]]) -> set[str]:
    """The labels a document's label/value tables print in their label column, as printed."""
    def field_of(label: str) -> str:
        return _field(label, classify)
    return {it.label for i, b in enumerate(blocks) if isinstance(b, Table)
            for it in (_table_items(i, b, set(), field_of) or []) if it.label}


def _field(label: str, classify: Callable[[str], tuple[str, float, str]]) -> str:
    if fold(label).strip(" :") in RETROSPECTIVE_HEADINGS:
        # 'Lessons Learned' under an action of its own form: what doing it showed, how it went (as a
        # column it may group the actions taken on each lesson: there it is the area)
        return "progress"
    name, score, _ = classify(label)
    if score < _MIN_SCORE:
        return ""
    if name in ("area_ref", "ref"):
        return "ref"  # a reference label in an action's own form is the action's reference
    return name if name in _FIELDS or name == "area" else ""


_OWN_NUMBER = re.compile(r"^\s*[A-Za-z][A-Za-z.\s]*?\s(?:#\s*|[Nn]o\.?\s*|№\s*)?"
                         r"(\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)\s*:?\s*$")


def label_number(label: str) -> str:
    """The number a label prints after its words ('Ref 1.2' → '1.2', 'Action 4' → '4', 'Change Idea #3'
    → '3'), or ''."""
    m = _OWN_NUMBER.match(label)
    return m.group(1) if m else ""


def _numbers_each(key: str, records: list[Record]) -> bool:
    """Does the label print a number of its own in every record, a different one each time?"""
    numbers = [label_number(it.label) for r in records for it in r.items if it.label and it.key == key]
    return len(numbers) >= _MIN_RECORDS and all(numbers) and len(set(numbers)) == len(numbers)


_SERIES_MIN_RUNS = 2  # a run of numbered labels started again this often: one per record
_SERIES_MIN_LENGTH = 3  # ... and numbered this far (Year 1, Year 2, Year 3), no pair of labels


def numbered_series(labelled: Sequence[Item]) -> set[str]:
    """The keys of labels printed with a number that counts up 1, 2, 3 … and starts at 1 again, run
    after run ('Year 1:' … 'Year 5:' in every record of a five-year form): the steps of each record,
    by period. A scan may misread a number or two ('Year 5;'): most of them must count on."""
    numbers: dict[str, list[str]] = {}
    for it in labelled:
        numbers.setdefault(it.key, []).append(label_number(it.label))
    out = set()
    for key, nums in numbers.items():
        ints = [int(n) for n in nums if n.isdigit()]
        if len(ints) * 5 < len(nums) * 4 or ints.count(1) < _SERIES_MIN_RUNS \
                or max(ints, default=0) < _SERIES_MIN_LENGTH:
            continue
        counting = sum(1 for a, b in zip(ints, ints[1:], strict=False) if b == a + 1 or b == 1)
        if counting * 5 >= (len(ints) - 1) * 4:
            out.add(key)
    return out


def _steps_by_period(records: list[Record], series: set[str]) -> bool:
    """Do most records list their steps by numbered periods ('Year 1:' … 'Year 5:')? A form that
    says when each part of the action is done, as a due date does."""
    dated = sum(1 for r in records if sum(1 for it in r.items if it.key in series) >= _SERIES_MIN_LENGTH)
    return dated * 2 > len(records)


def _prints_labels(table: Table, keys: Collection[str]) -> bool:
    """Does a cell of the table open with one of these labels ('Year 5:')?"""
    for row in table.rows:
        for c in row.cells:
            m = _START.match(c.text.strip())
            if label_key(m.group(1) if m is not None else c.text) in keys:  # ('Year 3' alone: its colon lost)
                return True
    return False


_COUNT_SLACK = 4 / 3  # a scan loses or adds a label in one record of four, no more


def _about_as_often(n: int, usual: int) -> bool:
    """Is a label printed n times about as often as the usual opener, within what a scan loses or adds?"""
    return usual / _COUNT_SLACK <= n <= usual * _COUNT_SLACK


def _printed_label(labelled: Sequence[Item], key: str) -> str:
    return next(it.label for it in labelled if it.key == key)


def _date_only(value: str) -> bool:
    """A value that is a date and little else ('30 June 2025', 'Q2 2025/26', 'end of March 2026')."""
    from planx.normalise.dates import find_dates
    return bool(find_dates(value)) and len(value.split()) <= 5


def _mean_words(values: list[str]) -> float:
    filled = [v for v in values if v]
    return sum(len(v.split()) for v in filled) / len(filled) if filled else 0.0


def read_label_forms(blocks: Sequence[Block], classify: Callable[[str], tuple[str, float, str]],
                     stop: Collection[int] = (), headings: Collection[int] = ()) -> LabelForms | None:
    """The action forms of a document written as recurring blocks of labelled lines or label/value
    tables; None when it shows none. stop: blocks read otherwise (headings naming areas, lists),
    which end a record and are never taken; headings (among them) may yet title the records: when
    a heading stands over every record and no label names the action, each heading names its
    record's action ('### POAM-001: MFA for privileged accounts' over 'Responsible Party: …')."""
    def field_of(label: str) -> str:
        return _field(label, classify)

    opened = Counter(label_key(m.group(1)) for b in blocks if isinstance(b, Paragraph)
                     for m in [_START.match(b.text.strip())] if m is not None and label_shape(m.group(1)))
    known = set(opened)
    run_in = {k for k, n in opened.items() if n >= RUN_IN_LABEL_LINES and len(k.split()) > 1}
    # headings that say the same words again and again, each over text of its own: labels set above their
    # values (a heading names one part of a document once; a form's label comes back in every record)
    # ('Action 1', 'Action 2' number their records: titles of the cards, not a label over each value)
    heads = Counter(label_key(b.text.rstrip(" :")) for b in blocks if isinstance(b, Paragraph) and b.heading
                    and label_shape(b.text.strip().rstrip(" :")) and not re.search(r"\d", b.text))
    over = {k for k, n in heads.items() if n >= _MIN_HEAD_LABELS}
    tables = {i: _table_items(i, b, known, field_of) for i, b in enumerate(blocks) if isinstance(b, Table)}
    table_labels = {it.label for items in tables.values() if items for it in items if it.label}
    stream: list[Item | None] = []  # None: a block that ends any record (a table of another kind, a stop)
    wrapped_into: set[int] = set()  # the lines read with the labelled line they wrap on from
    widest = widest_line(blocks)
    for i, b in enumerate(blocks):
        if i in wrapped_into:
            continue
        if i in stop:
            held = i in headings and isinstance(b, Paragraph) and bool(b.text.strip())
            stream.append(Item(i, "", squash(b.text), b.page, b.line, title=True, held=True)  # type: ignore[union-attr]
                          if held else None)
        elif isinstance(b, Paragraph):
            cut = cut_off_row(b, table_labels) if tables.get(i + 1) else []
            if cut:  # a label table's first row, left on the page before as a line of text
                stream += [Item(i, label, value, b.page, b.line) for label, value in cut]
            elif b.text.strip():
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                nests = isinstance(nxt, Paragraph) and nxt.level > b.level and bool(_MARK.match(nxt.text))
                more = _wrapped_on(blocks, i, stop, known, field_of, widest, run_in)
                if more:  # one labelled line printed over several (a text file wraps at its width)
                    wrapped_into.update(more)
                    joined_text = " ".join([b.text.strip()] + [blocks[k].text.strip() for k in more])  # type: ignore[union-attr]
                    stream += [replace(it, wrapped=tuple(more))
                               for it in _paragraph_items(i, replace(b, text=joined_text), known, field_of, over)]
                else:
                    stream += _paragraph_items(i, b, known, field_of, over, nests, run_in)
        elif isinstance(b, Table):
            items = tables[i]
            steps = milestone_rows(b) if items is None else None
            if steps is not None:
                stream.append(Item(i, "", "", b.rows[0].page, b.rows[0].line, b.index, steps=steps))
                continue
            stream += items if items is not None else [None]
    labelled = [it for it in stream if it is not None and it.label]
    counts = Counter(it.key for it in labelled)
    # the first label of a record: of the labels that recur, the first of those recurring as often as
    # most do (a cover's 'Date:' printed once more above the records does not open them); 'as most do'
    # counts the lines so labelled, not the labels: three labels printed in each of ten records outweigh
    # four printed twice each by chance (a letter's 'Email:' in its head and its enclosure, 'Code:')
    # a label numbered in a run that starts again and again ('Year 1:' … 'Year 5:' in each record) lists
    # a record's steps by period: it never opens a record, however often it is printed
    series = numbered_series(labelled)
    recurring = {k: n for k, n in counts.items() if n >= _MIN_RECORDS and k not in series}
    if not recurring:
        return None
    usual = max(Counter(recurring.values()).items(), key=lambda kv: (kv[0] * kv[1], kv[1]))[0]
    # (a label naming the action printed about as often as that, a little more or less: every record
    # holds one action, so a label printed less often than the action's opens only some records, and one
    # printed more often than it may be a label a scan read where it lost the action's; the first label
    # printed as often as the action's opens the records. Printed far more often, the action's label is
    # no record's opener: the word names the records' titles too ('Action 1.1:' over 'Action: …'), or a
    # short form's records open at another label ('Action:' over 'Lead: …' or 'Owner: …'))
    action_count = max((n for k, n in recurring.items() if field_of(_printed_label(labelled, k)) == "action"),
                       default=0)
    if action_count and action_count != usual and _about_as_often(action_count, usual):
        opening = next(it.key for it in labelled if recurring.get(it.key, 0) >= action_count)
    else:
        opening = next(it.key for it in labelled if recurring.get(it.key) == usual)
    records: list[Record] = []
    current: Record | None = None
    joined: set[int] = set()  # headings read as the text of the numbered label above them
    for n, it in enumerate(stream):
        above = current.items[-1] if current is not None and current.items else None
        if it is not None and it.title and not it.table and above is not None and above.label and not above.value \
                and label_number(above.label) and it.block == above.block + 1:
            # 'Change Idea #1' (a ticked box beside it) over 'Appropriate assessment of residents …' set
            # larger: the label numbers the item and the line under it is its text, as a heading prints
            # the title under 'Recommendation #1'; no heading of the document's own, nor an area's
            current.items.append(Item(it.block, "", it.value, it.page, it.line))  # type: ignore[union-attr]
            if it.held:
                joined.add(it.block)
            continue
        if it is not None and it.title and not it.table and not it.held and above is not None and above.label \
                and not above.value and recurring.get(above.key) and it.block == above.block + 1 \
                and not _opens_next(stream, n, opening):
            # a form's label standing alone over its value, the value a short line a plain text's reader
            # took for a heading ('Contact Person:' over 'Bob Stone, Controller', 'Expected Completion:'
            # over 'June 30, 2024'): the label's value, not a heading ending the record (unless the
            # record's opening label follows it: then it titles the next record)
            current.items.append(Item(it.block, "", it.value, it.page, it.line))  # type: ignore[union-attr]
            continue
        if it is None or it.held:
            current = None
            continue
        if it.label and it.key == opening and (n == 0 or stream[n - 1] is None or stream[n - 1].block != it.block  # type: ignore[union-attr]
                                                or it.parted or it.table):
            current = Record()
            records.append(current)
            prev = stream[n - 1] if n else None
            before = stream[n - 2] if n > 1 else None
            if before is not None and before.label and not before.value and recurring.get(before.key):
                # the value of a form's label standing alone above it ('RAG:' over 'Amber'), no title; a label
                # printed once over all the records ('Objectives:') heads them, and the line under it titles the first
                prev = None
            if prev is not None and not prev.label and prev.block != it.block \
                    and not words_over(prev.value, _MAX_TITLE_WORDS) and not prev.value.endswith(".") \
                    and not _BULLET.match(prev.value):
                if records[:-1] and prev in records[-2].items:
                    records[-2].items.remove(prev)
                current.title = prev
        if it.steps is not None:
            if current is None or current.steps:
                current = None  # steps under no form, or a second table of them: no record's
            else:
                current.steps.append((it.block, it.steps))
            continue
        if current is None:
            continue
        if it.title and not it.table:
            current = None  # a heading ends the record; it may title the next one
            continue
        current.items.append(it)
    if len(records) < _MIN_RECORDS:
        return None
    # records under numbered action headings ('Action 1.1' over 'Priority: …' / 'Action: …' lines)
    # are the prose reader's (normalise/minutes.py), which reads their groupings and milestones
    if sum(1 for r in records if r.title is not None and numbered_block_heading(r.title.value)) * 2 >= len(records):
        return None
    # labelled lines over a table of their own each time ('Goal: …' / 'Overall RAG: …' over a slide's
    # milestone table) head those tables: the tables hold the actions, the lines their context
    spans = [(min(r.blocks), max(r.blocks)) for r in records]
    ends = [a for a, _ in spans[1:]] + [len(blocks)]
    # (a table that prints the form's own labels, 'Year 5:' or 'Brief Description:' in its cells, is a
    # piece of the form a scan's reader boxed, not a table the form heads)
    own = set(recurring) | series
    in_records = {k for r in records for k in r.blocks}
    headed_tables = [k for k, blk in enumerate(blocks)
                     if isinstance(blk, Table) and k not in in_records and not _prints_labels(blk, own)]
    over_tables = sum(1 for (_, b), nxt in zip(spans, ends, strict=True)
                      if any(b < k < nxt for k in headed_tables))
    if over_tables * 2 >= len(records):
        return None
    # the last record ends at its last label, and the lines below it that go on with a value
    last = records[-1]
    while last.items and not last.items[-1].label:
        tail = last.items[-1]
        before = last.items[-2] if len(last.items) > 1 else None
        if _BULLET.match(tail.value) or tail.value[:1].islower() or (before is not None and not before.value):
            break
        last.items.pop()
    # the labels that recur in two records or more, in one order
    per_record = [list(dict.fromkeys(it.key for it in r.items if it.label)) for r in records]
    shared_count = Counter(k for keys in per_record for k in keys)
    shared = {k for k, c in shared_count.items() if c >= _MIN_RECORDS and c * 2 >= len(records)}
    if len(shared) < 2:
        return None
    orders = Counter(tuple(k for k in keys if k in shared) for keys in per_record)
    order, same = orders.most_common(1)[0]
    if same < _MIN_RECORDS:
        return None
    lettered = lettered_areas(blocks, [min(r.blocks) for r in records])
    for r in records:  # a record ends before a labelled line after its last form label that names a
        # grouping ('Priority 2: …' over the next records): that line is read as the banner it is
        final = max((k for k, it in enumerate(r.items) if it.label and it.key in shared), default=-1)
        end = next((k for k in range(final + 1, len(r.items))
                    if r.items[k].block in lettered or r.items[k].block != r.items[k - 1].block
                    and (field_of(r.items[k].label) in ("area", "ref") if r.items[k].label
                         else _banner_line(r.items[k].value))), len(r.items))
        del r.items[end:]
    printed = {it.key: it.label for r in records for it in r.items if it.label}
    # an indicator's form ('Indicator title', 'Target', 'Performance this period' over its actions)
    # is read as the indicator's (normalise/structure.py's key-value forms), not as action forms
    measured = {FORM_LABELS.get(k) for k in printed} - {None}
    if "indicator" in measured or len(measured) > 1:
        return None
    fields = {k: field_of(printed[k]) for k in shared}
    values: dict[str, list[str]] = {k: [] for k in shared}
    for r in records:
        for k, v in _values(r).items():
            if k in values:
                values[k].append(v)
    for k in shared:  # a label the vocabulary cannot place ('By:') whose values are short and mostly dates
        # ('30 June 2025', 'Q2 2025/26'; 'Ongoing' among them): the due date
        if not fields[k] and values[k] and all(not words_over(v, 5) for v in values[k]) \
                and 3 * sum(_date_only(v) for v in values[k]) >= 2 * len(values[k]):
            fields[k] = "due"
    if "status" not in fields.values():
        for k in shared:  # a RAG label over status words, not colours ('RAG / status: On track'): the status
            vals = [v for v in values[k] if v.strip()]
            if fields[k] != "rag" or len(vals) < 2:
                continue
            statuses = sum(1 for v in vals if status_of(v))
            colours = sum(1 for v in vals if rag_of(v) and not status_of(v))
            if statuses >= 0.7 * len(vals) and colours <= 0.2 * len(vals):
                fields[k] = "status"
    if "status" not in fields.values():
        for k in shared:  # a progress label over a status word or two each ('Position: On track', 'Position:
            # Complete'), no notes on how it went: the status, as a progress column of status words is
            vals = [v for v in values[k] if v.strip()]
            if fields[k] != "progress" or len(vals) < 2:
                continue
            worded = sum(1 for v in vals if status_of(v) and not words_over(v, _STATUS_WORDS) and not _sentence(v))
            if worded >= 0.7 * len(vals):
                fields[k] = "status"
    for k in shared:  # a label that only numbers its record, a different number each time, its value left
        # empty ('Action 1.1:' over 'What we will do: …'): the record's own reference, not a field's label
        if not any(v.strip() for v in values[k]) and _numbers_each(k, records):
            fields[k] = "ref"
    named = [k for k in order if fields[k] == "action" and _mean_words(values[k]) >= _MIN_ACTION_WORDS]
    named = _surest_action(named, printed, fields)
    headed: set[int] = set()  # the held headings that title the records, each naming its action
    if named and all(r.title is not None and not r.title.table and not r.title.held for r in records) \
            and _lists_steps(named[0], records):
        # a line of its own over every record ('Improve discoverability of library content' over '- Why:'
        # / '- How:' and its bullets): the title names the action, the label over a list its steps
        fields[named[0]] = "milestones"
        action_key, how = "", f"a title over each record names its action ('{printed[named[0]]}' lists its steps)"
        named = []
    elif named:
        action_key, how = named[0], f"the label '{printed[named[0]]}' names the action"
    elif all(r.title is not None and r.title.title for r in records):  # headings, every one
        headed = {r.title.block for r in records if r.title is not None and r.title.held}
        action_key, how = "", "a heading over each record names its action"
    else:
        free = [k for k in order if fields[k] in ("", "objective", "outcome")]
        # a reference label that prints each record's own number ('Ref 1.1 | Review the …', 'Ref 1.2 |
        # …'): the number is the reference, and the sentence beside it may be the action
        free += [k for k in order if fields[k] == "ref" and _numbers_each(k, records)]
        longest = max(free, key=lambda k: _mean_words(values[k]), default="")
        if not longest or _mean_words(values[longest]) < _MIN_UNNAMED_ACTION_WORDS:
            return None
        action_key = longest
        how = (f"the label '{printed[longest]}' holds the longest sentences "
               f"({_mean_words(values[longest]):.0f} words on average)")
    if action_key:
        fields[action_key] = "action"
    if not any(fields[k] in _SAYS_WHO_WHEN_HOW for k in shared if k != action_key) \
            and not (named and any(fields[k] == "objective" for k in shared if k != action_key)) \
            and not (named and _steps_by_period(records, series)):
        # no lead, date, status or progress: no plan's form; unless a label names the action and
        # another what it serves, record after record ('Initiative …' / 'Action' over its bullets):
        # a strategy's form (a meeting's 'Item: … Discussion: …' names neither)
        return None
    for r in records:  # a title is taken only as the action it names: else it is left to what it reads as
        if r.title is not None and (named or action_key or r.title.held and not headed):  # (a banner, an area)
            if r.title.table:  # a title row inside the table read: kept with the record, aside
                r.items.insert(0, r.title)
            r.title = None
    for r in records:  # a label seen only in some records: its field by meaning, else kept aside
        for pos, it in enumerate(r.items):
            above = r.items[pos - 1] if pos else None
            if it.label and it.key not in fields and not field_of(it.label) and above is not None \
                    and above.label and above.key in shared and not above.value.strip() and above.block != it.block:
                # the first line of the value under a form's label standing alone ('Name of Responsible
                # Person:' over 'Various operations: Anne Marie Gordon, …'): a phrase opening that value
                # that names no field is part of it, colon and all, not a label of its own
                r.items[pos] = replace(it, label="", value=f"{it.label}: {it.value}".strip())
                continue
            if it.label and it.key not in fields:
                fields[it.key] = field_of(it.label) if field_of(it.label) != "action" else ""
    starts: dict[int, list[Record]] = {}
    taken: set[int] = set()
    for r in records:
        blocks_of = r.blocks
        starts.setdefault(blocks_of[0], []).append(r)
        taken.update(blocks_of)
    confidence = min(0.95, 0.55 + 0.1 * (len(shared) - 1) + (0.1 if named else 0.0) + 0.1 * (same == len(records)))
    why = (f"{len(records)} action forms read from labelled lines whose labels recur in the same order "
           f"({', '.join(printed[k] for k in order)}); {how}")
    return LabelForms(starts, taken, fields, action_key, why, round(confidence, 2), headed,
                      lettered or ranked_areas(blocks, headed, taken) or sized_areas(blocks, sorted(starts), taken),
                      joined & taken, series & set(fields))


def _banner_line(value: str) -> bool:
    """A line of its own that names a grouping by its word and number ('Priority 2 – Early help',
    'Theme 3: Housing'), short and no sentence: a banner over the records that follow, never more of
    the value above it (a plain text runs a form's last value on to the lines under it)."""
    from planx.normalise.banners import grouping_heading
    text = squash(value)
    if not text or text[0].isdigit() or text.endswith((".", ";", ",")) or len(text.split()) > _MAX_TITLE_WORDS:
        return False
    banner = grouping_heading(text)
    return banner is not None and bool(banner[0]) and bool(banner[1])


def _opens_next(stream: Sequence[Item | None], n: int, opening: str) -> bool:
    """Does the record's opening label come straight after item n (item n titling the next record)?"""
    nxt = stream[n + 1] if n + 1 < len(stream) else None
    return nxt is not None and nxt.key == opening


def _lists_steps(key: str, records: list[Record]) -> bool:
    """Does the label hold a list in most records: two bullets or more under it?"""
    lists = 0
    for r in records:
        at = next((k for k, it in enumerate(r.items) if it.label and it.key == key), None)
        if at is None:
            continue
        bullets = 0
        for it in r.items[at + 1:]:
            if it.label:
                break
            bullets += _BULLET.match(it.value) is not None
        lists += bullets >= 2
    return lists * 2 > len(records)


def _surest_action(named: list[str], printed: dict[str, str], fields: dict[str, str]) -> list[str]:
    """Of labels that all may name the action ('Initiative' and 'Action' in each record), the one that
    names it most surely; the others are what their next reading says ('Initiative': what the action
    items carry out, the objective), as headings side by side are read (headers.assign_fields)."""
    if len(named) < 2:
        return named

    def sureness(k: str) -> float:
        return max((r.score for r in read_heading(printed[k]) if r.field == "action"), default=0.0)
    best = max(named, key=sureness)
    if any(sureness(k) >= sureness(best) for k in named if k != best):
        return named  # as sure as each other: the first, as before
    for k in named:
        if k != best:
            fields[k] = next((r.field for r in read_heading(printed[k])
                              if r.field in _FIELDS and r.field != "action"), "")
    return [best]


def ranked_areas(blocks: Sequence[Block], headed: set[int], taken: set[int]) -> dict[int, tuple[str, str]]:
    """{block: ('', title)} of the headings that group records titled by headings of one rank: those
    ranked above the titles and below the page's top heading ('<h1>Plan</h1> <h2>Attendance</h2>
    <h3>Audit open cases</h3> Lead: …'). Only where the source ranks its headings (a web page,
    Markdown); the top rank is the document's title, never an area."""
    ranks = {blocks[i].rank for i in headed if isinstance(blocks[i], Paragraph)}  # type: ignore[union-attr]
    if len(ranks) != 1 or 0 in ranks:
        return {}
    title_rank = ranks.pop()
    ranked = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Paragraph) and b.heading and b.rank > 0]
    top = min((b.rank for _, b in ranked), default=0)
    return {i: _area_of_heading(blocks, i) for i, b in ranked
            if top < b.rank < title_rank and i not in taken and i < max(headed) and b.text.strip()}


def sized_areas(blocks: Sequence[Block], starts: list[int], taken: set[int]) -> dict[int, tuple[str, str]]:
    """{block: (ref, title)} of the headings that group the records where the source ranks no
    headings (a PDF): headings of one size printed between records, two times or more ('2' over
    'Deepen Engagement' over the next records' 'Initiative …' / 'Action …'), and those of that size
    above the first record (the first group's); a number alone ('1') takes the heading under it as
    its title. A heading above the records in a size of its own is the document's title."""
    if len(starts) < _MIN_RECORDS:
        return {}
    heads = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Paragraph) and b.heading and b.text.strip()
             and i not in taken and i < starts[-1]]
    between = Counter(round(b.size or 0.0, 1) for i, b in heads if i > starts[0])
    sizes = {size for size, n in between.items() if n >= _MIN_RECORDS and size}
    grouping = [(i, b) for i, b in heads if round(b.size or 0.0, 1) in sizes]
    outer = _outer_style(grouping, starts)
    if outer is not None:  # (a number alone keeps the title under it: '2' over 'Deepen Engagement')
        numbers = {i for i, b in grouping if _style(b) == outer and re.fullmatch(r"\d{1,2}", squash(b.text))}
        grouping = [(i, b) for i, b in grouping if _style(b) == outer or i - 1 in numbers]
    out: dict[int, tuple[str, str]] = {}
    for k, (i, b) in enumerate(grouping):
        text = squash(b.text)
        nxt = grouping[k + 1] if k + 1 < len(grouping) else None
        if re.fullmatch(r"\d{1,2}", text) and nxt is not None and nxt[0] == i + 1:
            out[i] = out[i + 1] = (text, squash(nxt[1].text))  # a number over its title: one area
        elif i not in out:
            out[i] = _area_of_heading(blocks, i)
    return out if len({title for _, title in out.values()}) >= 2 else {}


# a line that opens with a capital letter and a stop, then a short title ('B. Public Participation'; a
# scan may lose the space: 'B.Public …'); 'A.2 Speaking Engagement' numbers an option, no section
_LETTERED = re.compile(r"^([A-Z])\s*[.)]\s*([A-Z][^:]{2,80})$")
_MIN_LETTERED = 3  # sections lettered A, B, C at least
_MAX_LETTER_GAP = 2  # a scan may lose one section's line (read into a box as a table): D, F


def lettered_areas(blocks: Sequence[Block], starts: list[int]) -> dict[int, tuple[str, str]]:
    """{block: (letter, title)} of the lines that letter the form's sections in order ('A. Public
    Education', 'B. Public Participation', …) standing between or above the records: the area of the
    records under each, its letter the area's reference. They must run A, B, C … (a letter lost now
    and then) and stand apart from the records' starts; else {}."""
    if not starts:
        return {}
    found: list[tuple[int, str, str]] = []
    for i, b in enumerate(blocks):
        if not isinstance(b, Paragraph) or i >= starts[-1]:
            continue
        m = _LETTERED.match(squash(b.text))
        if m is None or words_over(m.group(2), _MAX_TITLE_WORDS) or m.group(2).rstrip().endswith("."):
            continue
        letter = m.group(1)
        expected = chr(ord(found[-1][1]) + 1) if found else "A"
        if letter < expected or ord(letter) - ord(expected) >= _MAX_LETTER_GAP or (not found and letter != "A"):
            continue  # out of the run (a stray 'C. …' in a value)
        found.append((i, letter, squash(m.group(2))))
    if len(found) < _MIN_LETTERED or any(i in starts for i, _, _ in found):
        return {}
    # each section opens before a record of its own: a lettered line with no record after it before the next
    # section is no section of this form (a list lettered A, B, C inside one record's value)
    bounds = [i for i, _, _ in found] + [starts[-1] + 1]
    if sum(1 for a, z in zip(bounds, bounds[1:], strict=False) if any(a < s < z for s in starts)) * 3 < 2 * len(found):
        return {}
    return {i: (letter, title) for i, letter, title in found}


def _style(b: Paragraph) -> tuple[float, bool]:
    return round(b.size or 0.0, 1), b.bold


def _outer_style(grouping: list[tuple[int, Paragraph]], starts: list[int]) -> tuple[float, bool] | None:
    """The style (size, weight) of the headings that open each group, where headings of several styles
    stand between the records ('Access and Flow | Efficient' in bold over 'Indicator #5' over the
    indicator's name set as large, then the records): the first heading before the first record and
    after each run of records is the outermost grouping, the area; the others under it describe the
    group. None when one style only, or when no one style opens two groups in three."""
    if len({_style(b) for _, b in grouping}) < 2:
        return None
    firsts = []
    for a, z in zip([-1, *starts], [*starts, max(i for i, _ in grouping) + 1], strict=True):
        first = next((b for i, b in grouping if a < i < z), None)
        if first is not None:
            firsts.append(_style(first))
    style, n = Counter(firsts).most_common(1)[0] if firsts else ((0.0, False), 0)
    # (most groups: a group whose banner the page's reader set in a table of its own opens with what is under it)
    return style if n >= _MIN_RECORDS and 3 * n >= 2 * len(firsts) else None


def _area_of_heading(blocks: Sequence[Block], i: int) -> tuple[str, str]:
    """(ref, title) of a heading grouping forms: a numbered area ('Priority 2 – Early help') by its
    number and title, and one that is a number alone ('Priority 2') titled by the short line right
    under it, no label and no sentence ('Ensure children in care live in stable homes')."""
    from planx.normalise.banners import grouping_heading
    text = squash(blocks[i].text)  # type: ignore[union-attr]
    parts = [part.strip() for part in text.split(" | ")]
    if len(parts) > 1 and all(parts):
        # 'Access and Flow | Efficient | Optional Indicator': the group's name, then what it is (a
        # dimension, a kind), set apart by bars: the name is the area
        text = parts[0]
    banner = grouping_heading(text)
    if banner is None or not banner[0]:
        return "", text
    if banner[1]:
        return banner
    below = blocks[i + 1] if i + 1 < len(blocks) else None
    if isinstance(below, Paragraph) and not below.heading and below.text.strip():
        line = squash(below.text)
        if not words_over(line, _MAX_TITLE_WORDS) and not line.endswith((".", ":")) and not _START.match(line):
            return banner[0], line
    return "", text


# a reference opening a record's title ('POAM-001: MFA …', '3.2 – Review …', 'A1. Train …')
_TITLE_REF = re.compile(r"^\s*((?:[A-Z]{1,6}[-\u2010 ]?)?\d{1,4}(?:[.\-]\d{1,3})*[a-z]?)"
                        r"\s*[:.)\u2013\u2014-]\s+(\S.*)$", re.S)


def title_ref(text: str) -> tuple[str, str]:
    """(reference, title) of a record's title that opens with its reference; ('', title) else."""
    m = _TITLE_REF.match(squash(text))
    return (m.group(1), m.group(2)) if m else ("", squash(text))


def _values(record: Record) -> dict[str, str]:
    """{label key: its value, the lines below it that are no label joined on} of one record (the
    first value of a label given twice)."""
    out: dict[str, str] = {}
    for key, _label, value, _items in record_fields(record):
        if key:
            out.setdefault(key, value)
    return out


# fields whose value is a word, a name or a date: a sentence on the line below one is no more of it
# ('Status: In progress' over 'The pathway will be mapped with partners.')
_SHORT_FIELDS = frozenset({"status", "due", "lead", "responsible", "rag", "ref", "area_ref"})


def record_fields(record: Record, fields: dict[str, str] | None = None) -> list[tuple[str, str, str, list[Item]]]:
    """[(label key, label, value, the items it came from)] of a record in order: a line with no
    label goes on with the value above it (bullets joined by '; '), unless that value is a short
    field's (fields: label key → field) and the line a sentence: then it stands alone, unlabelled."""
    out: list[tuple[str, str, str, list[Item]]] = []
    for it in record.items:
        if it.label or not out:
            out.append((it.key, it.label, it.value, [it]))
            continue
        last = out[-1][3][-1]
        # (set apart after a field that has its value already: a label over its value, 'Owner:' over
        # 'Designated Clinical Officer', is one field however the lines are spaced)
        apart = not it.table and not last.table and it.line > last.line + 1 > 1 and it.page == last.page \
            and bool(out[-1][2].strip())
        # (a sentence in running text under a title set in bold, 'Strategy 4: Reduce food waste' over 'Many
        # residents live …', is the action's description, no more of its title: it stands alone, kept aside)
        described = last.bold and not it.bold and bool(last.value) and _sentence(it.value)
        # (a label standing alone over its value, 'Implementation Date:' over 'The District has immediately
        # started to hire …', takes that line whatever it says: it has no value yet to be no more of)
        if fields and (fields.get(out[-1][0], "") in _SHORT_FIELDS or described) and (_sentence(it.value) or apart) \
                and (bool(out[-1][2].strip()) or len(out[-1][3]) > 1):
            # (a line set apart by a blank line is no more of a name, a date or a status either:
            # 'Current status: On target', a blank line, 'Strand 2 - Support for people at risk')
            out.append(("", "", it.value, [it]))
            continue
        bullet = _BULLET.match(it.value) is not None
        if not bullet and _BULLET.match(last.value) and it.block != last.block and it.value[:1].isupper() \
                and len(out[-1][3]) > 1:
            # a paragraph of its own under a label's list of bullets, no bullet itself, starting afresh
            # ('Data in Action Create a report …' under the last initiative's action items): no item of
            # the list, it stands alone
            out.append(("", "", it.value, [it]))
            continue
        key, label, value, items = out[-1]
        more = _MARK.sub("", it.value) if bullet else it.value  # a bullet's mark goes, its item stays
        out[-1] = (key, label, f"{value}{'; ' if bullet else ' '}{more}" if value else more, items + [it])
    return out


def _sentence(text: str) -> bool:
    """A line that is a sentence of its own: five words or more, closing with a full stop."""
    return words_over(text, 4) and text.rstrip().endswith((".", "!", "?"))
