"""Forms: one action per table laid out as label | value rows or as labelled lines ('Lead: …',
'Target date: …'), forms across pages, side by side or in a cell, and the labels that mark them."""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.banners import read_banner
from planx.normalise.bilingual import english_side
from planx.normalise.columns import (
    looks_like_figure,
    looks_like_name,
    looks_like_rag,
    looks_like_ref,
    looks_like_status,
    looks_like_when,
    opens_with_verb,
)
from planx.normalise.dates import find_dates
from planx.normalise.headers import (
    DECENT,
    classify,
    classify_exact,
    form_label_role,
    read_heading,
)
from planx.normalise.labelforms import (
    cut_off_row,
)
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import DOCUMENT_PARTICULAR_LABELS, PAST_DATE_EVENTS
from planx.normalise.vocab_pages import PAGE_NUMBER_OR_ROMAN

# a form's label: short, no sentence, and neither a date, a reference, a name nor a figure
_FORM_LABEL_WORDS = 8
# fields whose value a form's content can check: a date, a status, a RAG code
_CHECKED_VALUES: dict[str, Callable[[str], bool]] = {"due": looks_like_when, "status": looks_like_status,
                                                     "rag": looks_like_rag}


@lru_cache(maxsize=4096)
def form_label(text: str) -> tuple[str, float] | None:
    """(field, score) of a cell that reads as a form's label ('Accountable officer', 'Target
    completion'); ('', 0) for a label that names something no field holds ('Resources'); None for a
    cell that is no label (a sentence, a date, a name, a figure)."""
    label = squash(text)
    words = label.split()
    # a full stop ends a sentence, or an abbreviation ('Action no.')
    if not words or len(words) > _FORM_LABEL_WORDS or len(label) > 60 or label.endswith(".") and len(words) > 3 \
            or find_dates(label) or looks_like_ref(label) or label[0].isdigit():
        return None
    best = next(iter(read_heading(label)), None)
    if best is None or best.score < DECENT and looks_like_name(label):  # 'Ann Lee' is a value
        return None
    if not best.field:
        return ("", 0.0) if best.score >= DECENT else None
    return (best.field, best.score) if best.score >= DECENT else None


def names_action_label(line: str) -> bool:
    """Is a line of a cell only a label naming what will be done ('What we are going to do?'), as a
    template prints its prompt inside each box?"""
    text = squash(line)
    if not text.endswith(("?", ":", ".")) or not 2 <= len(text.split()) <= 8 or not text[:1].isupper():
        return False
    reading = form_label(text.rstrip("?:. "))
    # a label with a full stop must read as one beyond doubt ('What we are going to do.'), not a
    # sentence about what ('What they plan to release going forward.')
    sure = 90.0 if text.endswith(".") else 80.0
    return reading is not None and reading[0] == "action" and reading[1] >= sure


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def loose_label(text: str) -> bool:
    """Could the text be a form's label that names no field ('Relevance', 'Brief description',
    'Other actors involved')? A short phrase that starts with a capital and is no sentence, name,
    date, reference or figure. Only the label column of a form whose other labels name fields
    may hold one (vertical_form_rows)."""
    label = squash(text)
    words = label.split()
    return (0 < len(words) <= 4 and len(label) <= 40 and label[0].isupper() and not label.endswith((".", ";", ","))
            and not looks_like_name(label) and not find_dates(label) and not looks_like_ref(label)
            and not looks_like_figure(label))


def label_pairs(cells: list[Cell], loose_first: bool = False) -> list[tuple[str, str, Cell | None, bool]] | None:
    """A form row's (field, label, value cell, styled) pairs: a label, then the cell beside it, and
    so on ('Owner | Ann Lee | Target date | May 2025'); None when a cell where a label belongs is
    none. styled: the label is bold or shaded and its value is not (how forms set labels apart).
    loose_first: the row's first label may name no field (loose_label), and when no label follows
    its value, the rest of the row is that value ('Completion level | Not started | Limited | …')."""
    out: list[tuple[str, str, Cell | None, bool]] = []
    i = value_from = 0
    several = sum(1 for c in cells if c.text.strip()) >= 2
    while i < len(cells):
        c = cells[i]
        if not c.text.strip():
            i += 1
            continue
        own = labelled_cell(c) if several else None
        if own is not None:  # 'RAG status: Amber', 'Key steps' over its list: a label and its value in one box
            out.append(own)
            i += 1
            continue
        reading = form_label(c.text)
        if not out:
            value_from = i + 1
        if reading is None and loose_first and not out and loose_label(c.text):
            reading = ("", 0.0)
        if reading is None and loose_first and len(out) == 1:
            rest = [v for v in cells[value_from:] if v.text.strip()]  # the first label's value runs on
            field, label, value, styled = out[0]
            joined = Cell(text=" ".join(squash(v.text) for v in rest), col=rest[0].col if rest else c.col,
                          fill=value.fill if value is not None else None)
            return [(field, label, joined, styled)]
        if reading is None:
            return None
        value = cells[i + 1] if i + 1 < len(cells) else None
        styled = (c.bold or bool(c.fill)) and (value is None or (not value.bold and value.fill != c.fill))
        out.append((reading[0], squash(c.text), value, styled))
        i += 2
    return out


_CELL_LABEL_LINE = re.compile(r"^\s*([A-Z][^:\n]{1,40}?)\s*:\s*(\S[^\n]*)$")


_SURE_CELL_LABEL = 85.0  # a label in the box with its value names its field beyond doubt ('Steps', 'Owner')


def labelled_cell(c: Cell) -> tuple[str, str, Cell | None, bool] | None:
    """(field, label, value, styled) of a box of a form that holds its label and its value both:
    'RAG status: Amber' (a label, a colon, a short value on the one line) or a label on a line of
    its own over the value's lines ('Key steps' over '1. … 2. …'), as action cards print them; None
    for any other cell. The label must name a field surely (form_label), so a sentence with a colon
    or a paragraph under a heading of no field is no such box."""
    text = c.text.strip()
    lines = [ln for ln in text.splitlines() if ln.strip()]
    m = _CELL_LABEL_LINE.match(text) if len(lines) == 1 else None
    if m is not None:
        label, value = m.group(1), m.group(2)
    elif len(lines) >= 2 and (lines[0].rstrip().endswith(":") or _BULLET_LINE.match(lines[1])):
        label, value = lines[0].rstrip(" :"), "\n".join(lines[1:])
    else:
        return None
    reading = form_label(label)
    if reading is None or not reading[0] or reading[1] < _SURE_CELL_LABEL:
        return None
    # the whole box reading as a label too (a label wrapped over two lines) is no label and value,
    # unless the line under the label is a value its field checks ('Current rating:' over 'AMBER')
    test = _CHECKED_VALUES.get(reading[0])
    if form_label(text) is not None and m is None and not (len(lines) == 2 and test is not None and test(lines[1])):
        return None
    return reading[0], squash(label), Cell(text=value, col=c.col, fill=c.fill), False


def vertical_form_rows(table: Table, loose: bool = False) -> list[Row] | None:
    """The rows of the table read as an action form (read_vertical_form), or None."""
    reading = read_vertical_form(table, loose)
    return reading.rows if reading is not None else None


@dataclass
class FormReading:
    rows: list[Row]  # a heading row and a row per action, banners and titles kept where they are
    all_titled: bool  # every action has its title row right above it (none goes on from the page before)
    titles: list[str] = field(default_factory=list)  # rows that only name the form below ('Action 3')
    steps: bool = False  # each form's 'action' box lists the steps to the action its title names: milestones


def read_vertical_form(table: Table, loose: bool = False, blank_ok: bool = False) -> FormReading | None:
    """An action form written downwards ('Action | …' / 'Lead officer | …' / 'Target date | …', one
    label and its value per row, or two pairs side by side: 'Owner | … | Target date | …') as a
    heading row and one row per action, so it reads like any plan table. A label seen again starts
    the next action; one-cell rows (area banners) stay where they are. None when the table is not
    such a form: its labels must name an action and two more fields, and the values a form can
    check (dates, statuses, RAG codes) must mostly fit their labels (a guidance table pairing
    'Target date' with 'The month by which …' is no form).

    A form may have no 'Action' label: a one-cell row right above each form names what it is about
    ('1. Improve Public Participation in Government' over 'Lead government actors | … / Main
    objective | …'), and that title is the action, when no label names the action beyond doubt (a
    weaker 'Next steps' is then a field of its own). A label cell merged down over two rows, its
    text given to both, is one field ('Completion level | Not started | … | Completed' over
    'Completion level | | | | a, b': the options marked, 'Completed: a, b').

    loose: a label may name no field ('Relevance', 'Brief description'; label_pairs' loose_first).
    Read so only when each form also has its title row above it (the titled shape): without that
    evidence a table whose first column is short capitalised phrases is a plain table, not a form.

    A form whose every label stands over an empty box (a template's 'Official use' / 'By who:' /
    'Date:' with nothing written in) records no action: its labels are questions to be answered,
    and a title above them names the form's part, not a thing to be done. None then, unless
    blank_ok (asked only to say why no action was read: blank_form)."""
    sequence: list[Row | list[tuple[str, Row, Cell | None]]] = []  # passed-through rows and actions
    labels: dict[str, str] = {}  # key (field, or the label of one no field takes) → label as printed
    current: list[tuple[str, Row, Cell | None]] | None = None
    checked = fitting = styled = pairs_seen = 0
    titled: list[Row | None] = []  # per action: the one-cell row right above it, if any
    titles: list[str] = []  # one-cell rows that only name the form below ('Action 3')
    previous: Row | None = None  # the row read just before (a title, or a label row)
    strong_action = False
    for row in (r for whole in side_by_side_forms(table.rows) for r in stacked_label_rows(whole)):
        cells = [c for c in row.cells if not c.merged_above]
        filled = [c for c in cells if c.text.strip()]
        if not filled:
            continue
        if form_label_role(filled[0].text) == "indicator":
            return None  # an indicator's form ('Indicator Title | …'): form_row reads it
        merged = _continued_field(current, row, previous)
        if merged is not None:
            current[-1] = merged  # type: ignore[index]  # merged is None without a current action
            previous = row
            continue
        if filled[0].col != 0 and current and previous is not None and previous.page != row.page:
            # no label after a page break: the value of the field above goes on ('| … asking for civil society')
            key, where, value = current[-1]
            text = " ".join(t for t in (value.text if value is not None else "", *(c.text for c in filled)) if t)
            current[-1] = (key, where, Cell(text=text, col=value.col if value is not None else 1,
                                            fill=value.fill if value is not None else None))
            previous = row
            continue
        if _ref_title(filled):
            sequence.append(row)  # 'B1 | Retrofit the ten largest …' over the box's labelled rows: its title
            current, previous = None, row
            continue
        pairs = label_pairs(cells, loose_first=loose) if filled[0].col == 0 else None
        if len(filled) == 1 and _form_title(pairs, filled[0]):
            titles.append(squash(filled[0].text))  # 'Action 3' over its form: read, not an action
            current, previous = None, row
            continue
        if len(filled) == 1 and (pairs is None or not pairs[0][0] or read_banner(filled[0].text)) \
                and not _left_blank(pairs, current):
            sequence.append(row)  # a banner or note between the actions, or the title of the next
            current, previous = None, row
            continue
        if not pairs:
            return None
        for name, label, value, looks in pairs:
            key = name or f"?{fold(label)}"
            if current is not None and name and any(f == key and labels.get(f) != label for f, _, _ in current) \
                    and not any(labels.get(f) == label for f, _, _ in current):
                key = f"?{fold(label)}"  # a second label read as a field taken ('Ambition' after 'Main objective')
            if current is None or any(f == key for f, _, _ in current):
                current = []
                sequence.append(current)
                titled.append(previous if previous is not None and len(previous.cells) and
                              (sum(1 for c in previous.cells if c.text.strip()) == 1
                               or _ref_title([c for c in previous.cells if c.text.strip()])) else None)
            current.append((key, row, value))
            labels.setdefault(key, label)
            pairs_seen += 1
            styled += looks
            strong_action = strong_action or (name == "action" and (form_label(label) or ("", 0.0))[1] >= 90)
            test = _CHECKED_VALUES.get(name)
            if test is not None and value is not None and value.text.strip():
                checked += 1
                fitting += test(value.text)
        previous = row
    named = [k for k in labels if not k.startswith("?")]
    written = _filled_in(sequence)  # before any title is read as a form's action
    all_titled = False
    forms = [item for item in sequence if isinstance(item, list)]
    steps = "action" in labels and _steps_under_titles(forms, titled)
    if steps:
        # each form's title names the action and its 'action' box lists the steps to it ('Key steps',
        # 'What needs to happen' over '1. … 2. …'): those are the action's milestones
        sequence = [[("milestones" if k == "action" else k, r, v) for k, r, v in item]
                    if isinstance(item, list) else item for item in sequence]
        labels = {("milestones" if k == "action" else k): label for k, label in labels.items()}
        # (its printed label names the action: the heading row says what the column holds)
        labels["milestones"] = "Milestones"
        named = [k for k in labels if not k.startswith("?")]
        strong_action = False
    # the table's first form may go on from the page before: no title of its own
    forms_titled = bool(titled) and all(t is not None for t in titled[1:]) \
        and (titled[0] is not None or len(titled) > 1)
    if not strong_action and forms_titled and len(set(named) - {"action"}) >= 3 \
            and not particulars_of_an_event(labels.values()) and not particulars_of_the_document(labels.values()):
        sequence, labels = _titles_as_actions(sequence, labels)
        named = [k for k in labels if not k.startswith("?")]
        all_titled = titled[0] is not None
    elif loose and not forms_titled:
        return None  # loose labels without titled forms: no evidence that this is a form
    if "action" not in named or len(named) < 3 or len(labels) - len(named) > len(named) \
            or (checked and fitting * 2 < checked):
        return None
    if not blank_ok and not written:
        return None  # a blank form: labels over empty boxes, nothing recorded
    order = list(labels)
    heading = [labels[k] for k in order]
    out: list[Row] = []
    for item in sequence:
        if isinstance(item, Row):
            out.append(_across(item, len(order)))
            continue
        first = item[0][1]
        if not any(len(r.cells) == len(order) and r.texts() == heading for r in out):
            out.append(Row([Cell(text=text, col=i) for i, text in enumerate(heading)], first.page, first.line,
                           repeated_header=styled * 2 >= pairs_seen))
        cells = [Cell(text=v.text, col=order.index(k), fill=v.fill) for k, _, v in item if v is not None]
        out.append(Row(cells, first.page, first.line))
    return FormReading(out, all_titled, titles, steps)


# labels opening with the same event's name, this many at least and half the form's: its particulars
_EVENT_LABELS = 3


def particulars_of_an_event(labels: Iterable[str]) -> bool:
    """Do a form's labels set out the particulars of one event ('Meeting objectives | Meeting Date |
    Meeting Time | Meeting location', vocab.PAST_DATE_EVENTS)? Then the form records that event (a
    minute's cover), and the title above it ('Meeting Minutes') names the record, not a thing to be
    done; its date is when the event was held, not when anything is due."""
    firsts = [words[0] for label in labels if (words := fold(label).split())]
    counts = {w: firsts.count(w) for w in set(firsts) if w in PAST_DATE_EVENTS}
    most = max(counts.values(), default=0)
    return most >= _EVENT_LABELS and 2 * most >= len(firsts)


# labels naming the document's own particulars, this many at least and half the form's
_DOCUMENT_LABELS = 2


def particulars_of_the_document(labels: Iterable[str]) -> bool:
    """Do a form's labels give the particulars of the document itself ('Plan owner: | Date agreed: |
    Version:', vocab.DOCUMENT_PARTICULAR_LABELS)? Then the form is the plan's cover, and the title
    above it is the plan's title, not an action: an action has no version nor a date it was agreed."""
    folded = [" ".join(fold(label).split()) for label in labels]
    folded = [f for f in folded if f]
    hits = sum(1 for f in folded if f in DOCUMENT_PARTICULAR_LABELS)
    return hits >= _DOCUMENT_LABELS and 2 * hits >= len(folded)


def _filled_in(sequence: list[Row | list[tuple[str, Row, Cell | None]]]) -> bool:
    """Is anything written in a form's boxes (a value beside or under any of its labels)?"""
    return any(v is not None and v.text.strip() for item in sequence if isinstance(item, list) for _, _, v in item)


def blank_form(table: Table) -> list[str]:
    """The labels of a form written downwards whose every box is empty (read_vertical_form's blank
    template), or [] when the table is no such form."""
    reading = read_vertical_form(table, blank_ok=True) or read_vertical_form(table, loose=True, blank_ok=True)
    if reading is None or read_vertical_form(table) or read_vertical_form(table, loose=True):
        return []
    heading = next((r for r in reading.rows if sum(1 for c in r.cells if c.text.strip()) >= 2), None)
    return [squash(c.text) for c in heading.cells if c.text.strip() and c.text != "Action"] if heading else []


def _steps_under_titles(forms: list[list[tuple[str, Row, Cell | None]]], titled: list[Row | None]) -> bool:
    """Does every form have its title row above it, and its 'action' box no action but a list of
    two steps or more, each a numbered or bulleted line, and no milestones of its own?"""
    if not forms or len(titled) != len(forms):
        return False
    for title in titled:
        text = next((c.text for c in title.cells if c.text.strip()), "") if title is not None else ""
        action = numbered_title(text)[1]
        if not words_over(action, 2) or form_label(action) is not None:
            return False  # no title, or a title that only labels the form ('Action 3')
    for form in forms:
        if any(k == "milestones" for k, _, _ in form):
            return False
        value = next((v for k, _, v in form if k == "action"), None)
        lines = [ln for ln in value.text.splitlines() if ln.strip()] if value is not None else []
        if len(lines) < 2 or not all(_BULLET_LINE.match(ln) for ln in lines):
            return False
    return True


def titled_forms(raw: RawDocument) -> RawDocument:
    """A form's title that the file's reader lifted out of its table and set as a heading right above
    it (a web page's spanning '<th colspan=4>Action card 2: Reduce …</th>' row): put back as the
    table's title row, when the table reads as a form with it and not without it (the title names
    the action no label in the form names). A banner ('Priority 2: Housing') is never such a title.
    So is a designed plan's title over a table of its own fields, two such at least (_titles_over_field_rows):
    the title becomes the table's first column, the action."""
    blocks = list(raw.blocks)
    changed = _titles_over_field_rows(blocks)
    for k in range(1, len(blocks)):
        table, above = blocks[k], blocks[k - 1]
        if not isinstance(table, Table) or not isinstance(above, Paragraph) or not table.rows \
                or not (above.heading or above.bold) or table.page - above.page not in (0, 1) \
                or read_banner(above.text) \
                or not words_over(squash(above.text), 3) or form_label(above.text) is not None:
            continue
        width = max((c.col + max(c.colspan, 1) for r in table.rows for c in r.cells), default=0)
        plain = read_vertical_form(table) if width >= 2 else None
        if width < 2 or plain is not None and not _lists_steps(plain):
            continue
        title = Row([Cell(text=squash(above.text), col=0, colspan=width, bold=above.bold)], above.page, above.line)
        titled = replace(table, rows=[title, *table.rows])
        reading = read_vertical_form(titled)
        if reading is None or not reading.all_titled or plain is not None and not reading.steps:
            continue
        blocks[k - 1], blocks[k] = None, titled  # type: ignore[call-overload]
        changed = True
    if not changed:
        return raw
    return replace(raw, blocks=[b for b in blocks if b is not None])


_FIELD_ROWS_MIN = 2  # titles over their own field rows at least in a document: a card's design, not chance
_FIELD_ROW_VALUES = 2  # rows of values at most under a title's row of labels
_FIELD_EVIDENCE = {"lead", "responsible", "due", "status", "rag"}  # what says the title is a thing to be done


def _field_labels(row: Row) -> list[str] | None:
    """The fields a row of labels names, one per cell ('Lead | Timescale | Measuring success'), or
    None when a cell is no label of a field or one names the action."""
    filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
    fields = [form_label(c.text) for c in filled]
    if len(filled) < 2 or any(f is None or not f[0] or f[0] == "action" for f in fields):
        return None
    return [f[0] for f in fields if f is not None]


def _titled_field_row(above: object, table: object) -> Table | None:
    """A table of one action's fields under its title, the title given the table's first column
    ('Retrofit the ten largest …' in bold over 'Lead | Timescale | Measuring success' / 'Estates |
    2025 to 2027 | …'), or None: the title a heading or bold line opening with a verb, the table a
    row of labels naming two fields or more, one of them who, when or how it stands, none the
    action, over a row or two of values."""
    if not isinstance(table, Table) or not isinstance(above, Paragraph) or not (above.heading or above.bold) \
            or not 2 <= len(table.rows) <= 1 + _FIELD_ROW_VALUES or table.page - above.page not in (0, 1):
        return None
    title = squash(above.text)
    if not words_over(title, 2) or title.endswith((".", ":", ";", "?")) or read_banner(title) \
            or form_label(title) is not None or not opens_with_verb(title):
        return None
    fields = _field_labels(table.rows[0])
    if fields is None or len(set(fields)) < 2 or not set(fields) & _FIELD_EVIDENCE \
            or any(_field_labels(r) is not None for r in table.rows[1:]):
        return None
    head = table.rows[0]
    rows = [Row([Cell(text="Action", col=0), *(replace(c, col=c.col + 1) for c in head.cells)], head.page, head.line)]
    for r in table.rows[1:]:
        rows.append(Row([Cell(text=title, col=0, bold=above.bold), *(replace(c, col=c.col + 1) for c in r.cells)],
                        r.page, r.line))
    return replace(table, rows=rows)


def _titles_over_field_rows(blocks: list) -> bool:
    """Each title over a table of its own fields (_titled_field_row) made one table whose first
    column is the action, the title taken into it (blocks changed in place; True when any was),
    when the document sets `_FIELD_ROWS_MIN` actions so or more."""
    found = {k: t for k in range(1, len(blocks)) if (t := _titled_field_row(blocks[k - 1], blocks[k])) is not None}
    if len(found) < _FIELD_ROWS_MIN:
        return False
    for k, table in found.items():
        blocks[k - 1], blocks[k] = None, table
    blocks[:] = [b for b in blocks if b is not None]
    return True


def _lists_steps(reading: FormReading) -> bool:
    """Does the form, read without a title, take as its action a list of two steps or more (numbered
    or bulleted lines), as a card whose title band names the action lists the steps to it?"""
    heading = next((r for r in reading.rows if r.repeated_header or r is reading.rows[0]), None)
    if heading is None:
        return False
    col = next((c.col for c in heading.cells if form_field(c.text) == "action"), None)
    values = [c.text for r in reading.rows if r is not heading for c in r.cells if c.col == col]
    return bool(values) and all(len(lines := [ln for ln in v.splitlines() if ln.strip()]) >= 2
                                and all(_BULLET_LINE.match(ln) for ln in lines) for v in values)


def side_by_side_forms(rows: list[Row]) -> list[Row]:
    """Two action cards set side by side in one table ('Action no. | 1.1 | Action no. | 1.2' /
    'Lead | … | Lead | …'): the left card's rows, then the right card's, each as a 'label | value'
    row, so that each reads as a form of its own (a card alone below a pair keeps its place after
    both). Read so when most rows that hold two pairs repeat their label beside itself (the same
    label in the first and third column), three at least; other tables are left as they are."""
    def halves(r: Row) -> list[Cell] | None:
        cells = [c for c in r.cells if not c.merged_above]
        first = cells[0].col if cells else 0
        return cells if [c.col for c in cells] == [first, first + 1, first + 2, first + 3] else None

    pairs = [h for r in rows if (h := halves(r)) and (h[2].text.strip() or h[3].text.strip())]
    same = [h for h in pairs if fold(h[0].text) and fold(h[0].text) == fold(h[2].text)]
    if len(same) < 3 or len(same) * 3 < 2 * len(pairs):
        return rows
    out: list[Row] = []
    right: list[Row] = []  # the right card's rows, after the left card's
    for r in rows:
        h = halves(r)
        if h is None:
            out += right + [r]  # a title or banner over the cards
            right = []
            continue
        left = Row([replace(h[0], col=0), replace(h[1], col=1)], r.page, r.line)
        if h[2].text.strip() or h[3].text.strip():
            out.append(left)
            right.append(Row([replace(h[2], col=0), replace(h[3], col=1)], r.page, r.line))
        else:  # no card on the right: the pair above has ended
            out += right + [left]
            right = []
    return out + right


_SURE_LINE_LABEL = 90.0  # each line of a joined label cell must read surely as a label ('officer' alone does not)


def stacked_label_rows(row: Row) -> list[Row]:
    """A form row that a PDF's reading joined with the next ('What we will do\nLead officer' beside
    'Improve …\nJo Bloggs': two rows whose rule between was lost): one row per label when each
    line of the label cell reads surely as a label of its own field, no two the same, and the value
    cell has as many lines. A label wrapped over two lines ('How we will measure\nsuccess', 'Senior
    responsible\nofficer') names one field and stays one row."""
    cells = [c for c in row.cells if not c.merged_above]
    if len(cells) != 2 or cells[0].col != 0 or "\n" not in cells[0].text:
        return [row]
    labels = [ln.strip() for ln in cells[0].text.splitlines() if ln.strip()]
    values = [ln.strip() for ln in cells[1].text.splitlines() if ln.strip()]
    if len(labels) < 2 or len(labels) != len(values):
        return [row]
    fields = [form_label(label) for label in labels]
    named = [f[0] for f in fields if f is not None and f[0] and f[1] >= _SURE_LINE_LABEL]
    if len(named) != len(labels) or len(set(named)) != len(named):
        return [row]
    return [Row([replace(cells[0], text=label), replace(cells[1], text=value)], row.page, row.line)
            for label, value in zip(labels, values, strict=True)]


def _across(row: Row, width: int) -> Row:
    """A row of one cell between the forms (a banner, a theme) as a row across the heading row the
    form's labels became: it spans the form's table, so it spans the rows read from it."""
    filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
    if len(filled) != 1 or width < 2:
        return row
    c = filled[0]
    return Row([Cell(text=c.text, col=0, colspan=width, fill=c.fill, bold=c.bold)], row.page, row.line,
               row.repeated_header)


_PAGE_NUMBER = PAGE_NUMBER_OR_ROMAN  # a page's number alone (normalise/vocab_pages.py)


def form_over_pages(blocks: list, i: int, headings: set[int]) -> tuple[Table, list[int]]:
    """The table at blocks[i] with the tables that go on with its form over page breaks, and their
    indices. A titled form (its title row above it) cut by a page break goes on in a table on the
    next page whose first rows are labels, with no title row of their own ('End date | … / Next
    steps | …', or a value without its label going on over the break); only page numbers lie between.
    The evidence is the form read as a whole: every action keeps its title, so the rows of the next
    page filled the open action's fields rather than starting an untitled one."""
    table: Table = blocks[i]
    taken: list[int] = []
    parted = form_parted_on_page(blocks, i)
    if parted is not None:
        table, taken = parted, [i + 1]
    k = i + 1 + len(taken)
    while True:
        while k < len(blocks) and isinstance(blocks[k], Paragraph) and k not in headings \
                and _PAGE_NUMBER.match(blocks[k].text):
            k += 1
        if k >= len(blocks) or not isinstance(blocks[k], Table) or not table.rows or not blocks[k].rows:
            return table, taken
        following: Table = blocks[k]
        if following.page <= table.rows[-1].page \
                or _starts_with_title(following) and not _opens_with_known_label(following, blocks[:k]):
            return table, taken
        whole = Table(rows=table.rows + following.rows, page=table.page, index=table.index,
                      confidence=table.confidence)
        reading = read_vertical_form(whole) or read_vertical_form(whole, loose=True)
        if reading is None or not reading.all_titled:
            return table, taken
        table = whole
        taken.append(k)
        k += 1


PARTED_ROWS = 2  # a form's rest parted from it on its page: this many labelled rows at least


def _row_fields(table: Table) -> list[str] | None:
    """The field each row's first cell labels, or None when a row's first cell is no field's label."""
    fields = []
    for row in table.rows:
        filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
        label = form_label(filled[0].text) if filled and filled[0].col == 0 and len(filled) <= 2 else None
        if label is None or not label[0]:
            return None
        fields.append(label[0])
    return fields


def form_parted_on_page(blocks: list, i: int) -> Table | None:
    """The form at blocks[i] with the table right after it on the same page, when that table is the
    rest of the form a PDF's reader parted from it at a tall box (the action's box, three times the
    others' height, leaves a gap as wide as a paragraph's): the next block is a table, nothing
    between, of PARTED_ROWS or more rows, each labelled with a field the form has not filled, none
    an action, and the two read as one form of one action. A table of its own (its own action, a
    field the form filled again: the next form) stays apart."""
    if i + 1 >= len(blocks) or not isinstance(blocks[i], Table) or not isinstance(blocks[i + 1], Table):
        return None
    table, following = blocks[i], blocks[i + 1]
    if not table.rows or len(following.rows) < PARTED_ROWS or following.rows[0].page != table.rows[-1].page:
        return None
    first, rest = _row_fields(table), _row_fields(following)
    if first is None or rest is None or "action" not in first or "action" in rest \
            or len(set(first)) != len(first) or set(first) & set(rest) or len(set(rest)) != len(rest):
        return None
    whole = Table(rows=table.rows + following.rows, page=table.page, index=table.index, confidence=table.confidence)
    reading = read_vertical_form(whole)
    return whole if reading is not None and len(reading.rows) == 2 else None


def form_row_cut_off(block: object, following: object, labels: Collection[str] = ()) -> Table | None:
    """A form's first row cut from its table by a page break and read as text ('What we will do
    Involve young people …' at the foot of a page, the rest of the form's rows in a table on the
    next): the table with that row back on top, when the text opens with a form's label and
    the table reads as a form only with it; else None.

    labels: the labels the document's other form tables print in their label column. A row of two
    pairs ('Item no. 5 Lead officer Sarah Whitfield') splits at them (normalise/labelforms.py),
    each pair a row of its own, and goes back on top when the table still reads as a form with it:
    the labels the document's forms print are the evidence, even where the rest reads on its own."""
    if not isinstance(block, Paragraph) or not isinstance(following, Table) or not following.rows \
            or not block.page or following.page <= block.page or labelled_line(block.text) is not None:
        return None
    pairs = cut_off_row(block, labels)
    if len(pairs) > 1 and not any(fold(c.text) == fold(label) for r in following.rows for c in r.cells[:1]
                                  for label, _ in pairs):
        line = following.rows[0].line
        rows = [Row([Cell(text=label, col=0), Cell(text=value, col=1)], block.page, line) for label, value in pairs]
        whole = Table(rows=[*rows, *following.rows], page=block.page, index=following.index,
                      confidence=following.confidence)
        if read_vertical_form(whole) is not None:
            return whole
    words = block.text.split()
    # the label ends where the value opens as a cell does (a capital, a figure: 'What we will do |
    # Involve …'): the longest label as forms print it ('Lead Officer | Sarah …'), else the shortest
    # phrase that reads as one ('Activity | Start transition planning at every Year 9 …')
    ends = [k for k in range(1, min(_FORM_LABEL_WORDS, len(words) - 1) + 1) if not words[k][0].islower()
            and (form_label(" ".join(words[:k])) or ("", 0.0))[0]]
    exact = [k for k in ends if classify_exact(" ".join(words[:k]))[1] >= 100]
    for k in (exact[-1:] or ends[:1]):
        if read_vertical_form(following) is not None:
            return None
        first = following.rows[0]
        row = Row([Cell(text=" ".join(words[:k]), col=0), Cell(text=" ".join(words[k:]), col=1)], block.page,
                  first.line)
        whole = Table(rows=[row, *following.rows], page=block.page, index=following.index,
                      confidence=following.confidence)
        return whole if read_vertical_form(whole) is not None else None
    return None


def _first_column_labels(blocks: list) -> set[str]:
    """The labels the document's forms print in their first column with a value beside them."""
    out: set[str] = set()
    for b in blocks:
        if isinstance(b, Table):
            for row in b.rows:
                filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
                if len(filled) >= 2 and filled[0].col == 0:
                    out.add(fold(filled[0].text))
    return out


def _opens_with_known_label(table: Table, before: list) -> bool:
    """Does the table open with a lone first-column cell that the forms above print as a label
    with a value beside it ('Other actors involved', its value left empty on this page)? A field of
    the open form going on over the break, no title of a new form (a title names its own action,
    never one of the forms' labels)."""
    for row in table.rows:
        filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
        if filled:
            return len(filled) == 1 and fold(filled[0].text) in _first_column_labels(before)
    return False


def _starts_with_title(table: Table) -> bool:
    """Does the table open with a one-cell row in its first column (a form's title, a banner)?"""
    for row in table.rows:
        filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
        if filled:
            return len(filled) == 1 and filled[0].col == 0
    return False


def _ref_title(filled: list[Cell]) -> bool:
    """A row of two cells that number and title the form below it ('B1 | Retrofit the ten largest
    council buildings …', a designed plan's box per action): a reference in the first column and a
    phrase beside it that is no label of a field."""
    if len(filled) != 2 or filled[0].col != 0 or not looks_like_ref(squash(filled[0].text)):
        return False
    title = squash(filled[1].text)
    return words_over(title, 3) and form_label(title) is None


def _form_title(pairs: list[tuple[str, str, Cell | None, bool]] | None, cell: Cell) -> bool:
    """A row of one cell that names the action with nothing beside it ('Action 3', spanning the
    table over the form's rows): the title of the form below, not an action field left empty
    (an empty field keeps its value cell, a title spans the row or stands alone)."""
    if not pairs or len(pairs) != 1 or pairs[0][0] != "action":
        return False
    value = pairs[0][2]
    return value is None or cell.colspan >= 2 and not value.text.strip()


def _left_blank(pairs: list[tuple[str, str, Cell | None, bool]] | None, current: list | None) -> bool:
    """A label with its value cell beside it left empty ('Other actors involved | '), inside an open
    action that has no such field yet: a field not filled in, not a title or banner (those span the row)."""
    if not pairs or current is None or len(pairs) != 1:
        return False
    name, label, value, _ = pairs[0]
    key = name or f"?{fold(label)}"
    return value is not None and not value.text.strip() and not read_banner(label) \
        and not any(k == key for k, _, _ in current)


def _continued_field(current: list[tuple[str, Row, Cell | None]] | None, row: Row,
                     previous: Row | None) -> tuple[str, Row, Cell | None] | None:
    """The last field of the action being read, taken on by this row when its label cell is merged
    down from the row above (or repeats that row's label); None otherwise. Options across the row
    above and marks under some of them in this one read as the options marked ('Completed: a, b')."""
    if not current or previous is None or current[-1][1] is not previous or not row.cells:
        return None
    first, above = row.cells[0], next((c for c in previous.cells if c.text.strip()), None)
    if first.col != 0 or above is None or above.col != 0:
        return None
    if not (first.merged_above or (first.text.strip() and squash(first.text) == squash(above.text))):
        return None
    marks = [(c.col, squash(c.text)) for c in row.cells[1:] if c.text.strip() and not c.merged_above]
    if not marks:
        return None
    key, where, value = current[-1]
    options = {c.col: squash(c.text) for c in previous.cells[1:] if c.text.strip()}
    if len(options) >= 2 and all(col in options for col, _ in marks):
        text = "; ".join(f"{options[col]}: {mark}" for col, mark in marks)
    else:
        text = " ".join([value.text] if value is not None and value.text.strip() else [] + [m for _, m in marks])
    return key, where, Cell(text=text, col=value.col if value is not None else 1)


# a form's title that numbers the action under a label naming it ('Action card 3: Reduce …', 'Action 2.1 – …')
_NUMBERED_TITLE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,30}?)\s+(\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)\s*[:.\-–—]\s+(\S.*)$",
                             re.S)


def numbered_title(text: str) -> tuple[str, str]:
    """(number, action) of a form's title that a label naming the action numbers ('Action card 3:
    Reduce …' → '3', 'Reduce …'); ('', text) for any other title (its words are the action's)."""
    m = _NUMBERED_TITLE.match(text)
    if m is None:
        return "", text
    reading = form_label(m.group(1))
    if reading is None or reading[0] != "action":
        return "", text
    return m.group(2), m.group(3).strip()


def _titles_as_actions(sequence: list[Row | list[tuple[str, Row, Cell | None]]], labels: dict[str, str]
                       ) -> tuple[list[Row | list[tuple[str, Row, Cell | None]]], dict[str, str]]:
    """The form's sequence with each action's title row (the one-cell row right above it) read as
    its 'action' field; a weaker label read as the action becomes a field of its own."""
    renamed = {"action": f"?{fold(labels['action'])}"} if "action" in labels else {}
    numbered = False
    out: list[Row | list[tuple[str, Row, Cell | None]]] = []
    for item in sequence:
        if isinstance(item, Row):
            out.append(item)
            continue
        fields = [(renamed.get(k, k), r, v) for k, r, v in item]
        last = out[-1] if out else None
        if not isinstance(last, Row):  # the form of the page before goes on: no action of its own
            out.append(fields)
            continue
        title = last
        out.pop()
        filled = [c for c in title.cells if c.text.strip()]
        cell = filled[-1]  # (a reference printed beside the title, 'B1 | Retrofit …', is the title's number)
        ref, text = (squash(filled[0].text), cell.text) if _ref_title(filled) else numbered_title(cell.text)
        titled: list[tuple[str, Row, Cell | None]] = [("action", title, Cell(text=text, col=0, fill=cell.fill,
                                                                             bold=cell.bold))]
        if ref and "area_ref" not in labels:
            titled.append(("area_ref", title, Cell(text=ref, col=0)))
            numbered = True
        out.append(titled + fields)
    new_labels = {"action": "Action"}
    if numbered:
        new_labels["area_ref"] = "Ref"
    new_labels.update({renamed.get(k, k): label for k, label in labels.items()})
    return out, new_labels


_LABELLED_LINE = re.compile(r"^\s*([^:\n]{2,60}?)\s*:\s*(\S.*)$", re.S)
# the shape of a form's labelled line alone: a short label opening it, capitalised, a colon, its value
# ('Description: …', 'Lead officer: …')
_LABEL_SHAPE = re.compile(r"^\s*[A-Z][A-Za-z'’/&() -]{1,40}:\s+\S")
# a run-in label may end at a dash set apart by spaces instead ('Target date – March 2026')
_DASHED_LINE = re.compile(r"^\s*([^:\n]{2,60}?)\s+[–—-]\s+(\S.*)$", re.S)
# fields a form's line may give an action (a form's 'Area' or 'Ref' is read as a banner elsewhere)
FORM_FIELDS = frozenset({"action", "lead", "responsible", "due", "measure", "outcome", "objective", "progress",
                         "status", "rag", "milestones"})
# how many words a line's label may have: a label names a field in a few words; one asked as a question
# before a colon ('What will be different for children and families: …', 'How will we know we have
# succeeded: …') runs longer and is still the form's prompt, not a sentence
_LABEL_WORDS = 6
_QUESTION_LABEL_WORDS = 10
_QUESTION_LABEL = re.compile(r"^\s*(?:what|how|who|when|where|why|which)\b", re.I)


def form_field(label: str) -> str:
    """The field a form's label names beyond doubt ('Responsible' → lead), or ''."""
    name, score, _ = classify(label)
    return name if name in FORM_FIELDS and score >= 85 else ""


def looks_labelled(text: str) -> bool:
    """Is the line shaped as a form's labelled line ('Description: …', 'Lead officer: …'), whichever
    field its label names? (labelled_line reads the field a label names beyond doubt.)"""
    return _LABEL_SHAPE.match(text) is not None


def labelled_line(text: str) -> tuple[str, str] | None:
    """(field, value) of a line written as 'Label: value' whose label names a field beyond doubt
    ('Action: Review …', 'Owner: Head of Service', 'By when: March 2025', 'Deadline – May 2025');
    else None."""
    for pattern in (_LABELLED_LINE, _DASHED_LINE):
        m = pattern.match(text)
        words = len(english_side(m.group(1)).split()) if m else 0  # a label in two languages: its English
        asked = pattern is _LABELLED_LINE and m is not None and _QUESTION_LABEL.match(m.group(1)) is not None
        if not m or words > (_QUESTION_LABEL_WORDS if asked else _LABEL_WORDS):
            continue
        if pattern is _DASHED_LINE and m.group(2)[0].islower() and classify_exact(m.group(1))[1] < 100:
            continue  # after a dash, a value opens as a cell does unless the label is one as printed
            # ('When – end of June 2026'; 'Improving outcomes – a review of the year' is a title)
        name, score, _ = classify(m.group(1))
        if name in FORM_FIELDS and score >= 85:
            return name, m.group(2).strip()
    return None


def _reads_as_label(text: str) -> bool:
    """A line that names a form's field beyond doubt ('Target date', 'Progress')."""
    return bool(form_field(text))


def _line_field(text: str) -> str:
    """The field a labelled line's label names ('Action: …' → action), or ''."""
    found = labelled_line(text)
    return found[0] if found is not None else ""


def run_in_label(p: Paragraph) -> Paragraph:
    """A paragraph whose opening words alone are bold and read as a form's label ('**Lead
    officer** J Smith', '**By when** March 2026'), written as a labelled line ('Lead officer: J
    Smith'), as the bold sets the label apart for a reader; any other paragraph as it is."""
    label = p.lead_bold.rstrip(" :–—-")
    if not label or not p.text.startswith(p.lead_bold) or labelled_line(p.text) is not None:
        return p
    rest = p.text[len(p.lead_bold):].strip(" :–—-")
    if not rest or form_field(label) == "" and other_labelled_line(f"{label}: {rest}") is None:
        return p
    return replace(p, text=f"{label}: {rest}")


_PLAIN_LABEL_WORDS = 4  # a label that no colon or bold sets apart: a short phrase
_PLAIN_LABEL_REPEATS = 3  # …that opens this many lines at least
_PLAIN_LABELS = 3  # …and as many different such labels: a form, not a run of sentences
_PLAIN_LABEL_SCORE = 95.0  # …each naming a field surely
_PLAIN_FIELDS = frozenset({"lead", "responsible", "due", "measure", "outcome", "objective", "progress", "status",
                           "rag", "milestones"})


def plain_line_labels(paragraphs: list[Paragraph]) -> dict[int, str]:
    """{index: label} of the lines of plain text that open with a form's label printed with no colon
    and no bold ('Owner Head of Safeguarding', 'Deadline 31/03/2025', 'RAG status Amber', the text
    of a form whose labels were bold): a phrase of a few words that opens three lines or more, names
    an action's field surely, and is one of three such labels or more; at each line the longest."""
    counts: dict[str, int] = {}
    openers: list[list[str]] = []
    for p in paragraphs:
        words = p.text.split()
        cands = [" ".join(words[:n]) for n in range(1, min(_PLAIN_LABEL_WORDS, len(words) - 1) + 1)
                 if words[0][:1].isupper() and not words[n - 1].endswith((":", ".", ",", ";"))]
        openers.append(cands)
        for c in cands:
            counts[c] = counts.get(c, 0) + 1
    surely = {c for c, n in counts.items() if n >= _PLAIN_LABEL_REPEATS
              and (f := classify(c))[0] in _PLAIN_FIELDS and f[1] >= _PLAIN_LABEL_SCORE}
    out = {}
    for k, cands in enumerate(openers):
        found = [c for c in cands if c in surely]
        if found:
            out[k] = max(found, key=len)
    return out if len(set(out.values())) >= _PLAIN_LABELS else {}


def other_labelled_line(text: str) -> tuple[str, str] | None:
    """(label, value) of a 'Label: value' line whose label is a heading no field takes
    ('Resources: within budget', 'Risks: staff turnover'); else None."""
    m = _LABELLED_LINE.match(text)
    if not m or words_over(m.group(1), 4):
        return None
    return (squash(m.group(1)), m.group(2).strip()) if form_label(m.group(1)) == ("", 0.0) else None


def cell_form_lines(text: str) -> bool:
    """Does a cell hold a whole action form: two lines or more, one naming the action (a labelled
    'Action: …' line or a numbered action heading), and two more labelled lines at least (a field
    each, by meaning)?"""
    from planx.normalise.minutes import numbered_block_heading
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    names: list[str] = []
    for ln in lines:
        single = labelled_line(ln)
        names += [name for name, _ in run_together_labels(ln)] or ([single[0]] if single else [])
    has_action = "action" in names or any(numbered_block_heading(ln) for ln in lines[:1])
    return has_action and len([n for n in names if n != "action"]) >= 2


# formats whose cells are laid out: their line breaks are wraps, not paragraphs
LAID_OUT_FORMATS = frozenset({"pdf", "txt", "text"})


def cell_form_paragraphs(text: str, wrapped: bool) -> list[str]:
    """A form cell's lines as its paragraphs. In a laid-out cell (PDF, text) a line break is where the
    line ran out of width, not a new paragraph: a line that names no field and no action goes on the
    labelled line above it ('Success measure: Outcomes above national' / 'average'; 'Action: … groups.'
    / 'Findings will be shared …'), as it would in the card's box. In a word processor's or web
    page's cell each line is a paragraph of its own."""
    from planx.normalise.minutes import numbered_block_heading
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not wrapped:
        return lines
    out: list[str] = []
    labelled = False
    for ln in lines:
        own = bool(labelled_line(ln) or run_together_labels(ln) or numbered_block_heading(ln))
        if out and labelled and not own:
            out[-1] = f"{out[-1]} {ln}"
            continue
        out.append(ln)
        labelled = own and not numbered_block_heading(ln)
    return out


_MAX_BANNER_WORDS = 16  # a title or banner between forms: a heading, not a sentence


def labelled_lines_table(table: Table) -> bool:
    """A table of one column whose rows are mostly a form's lines, one 'Label: value' a row (three
    or more labelled by a field, one of them the action), the other rows short (a title or banner
    between the forms: 'Action 3', 'Theme 2 – Early help')."""
    texts = []
    for row in table.rows:
        filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
        if len(filled) > 1:
            return False
        texts += [squash(c.text) for c in filled]
    names = [found[0] for found in map(labelled_line, texts) if found is not None]
    return "action" in names and len(names) >= 3 and len(names) * 2 >= len(texts) \
        and all(not words_over(t, _MAX_BANNER_WORDS) and not t.endswith(".")
                for t, n in zip(texts, map(labelled_line, texts), strict=True) if n is None)


def forms_in_cells(table: Table) -> bool:
    """A table of forms: most of its filled cells (and two at least) each hold a whole form."""
    cells = [c for r in table.rows for c in r.cells if c.text.strip() and not c.merged_above]
    forms = sum(1 for c in cells if "\n" in c.text and cell_form_lines(c.text))
    return forms >= 2 and forms >= 0.6 * len(cells)


def _card_start(text: str, has_action: bool) -> bool:
    """Does a cell open a new card: a numbered action heading ('ACTION 1.2'), or the action's
    labelled line when the card open already names its action?"""
    from planx.normalise.minutes import numbered_block_heading
    first = text.split("\n", 1)[0].strip()
    if numbered_block_heading(first):
        return True
    found = labelled_line(first)
    return has_action and found is not None and found[0] == "action"


def cards_side_by_side(table: Table) -> Table | None:
    """Cards set side by side, a card's lines a row each (a PDF's or text's layout of a grid of
    cards: 'ACTION 1.1 | ACTION 1.2' over 'Action: … | Action: …' over 'Lead: … | Lead: …'): each
    column holds the same labelled lines, card under card. Folded into a table of one card a cell,
    the k-th card of each column side by side in row k (an odd last card alone), so each reads as
    a form of its own; None when the columns do not hold labelled cards."""
    width = max((c.col + c.colspan for r in table.rows for c in r.cells), default=0)
    if width < 2 or len(table.rows) < 4:
        return None
    if any(c.colspan > 1 and c.text.strip() for r in table.rows for c in r.cells):
        return None
    if any(c.fill and c.text.strip() for r in table.rows for c in r.cells):
        return None  # a filled cell (a RAG by colour) is a box of its own: folding cards would lose its fill
    columns: dict[int, list[list[str]]] = {}
    for col in range(width):
        cards: list[list[str]] = []
        above = ""
        has_action = False  # the card being gathered has an action line (kept as it grows: a long column stays linear)
        for row in table.rows:
            cell = next((c for c in row.cells if c.col == col), None)
            text = cell.text.strip() if cell is not None and not cell.merged_above else ""
            if not text or text == above:  # a cell spanning rows, printed again in each
                above = text or above
                continue
            above = text
            if not cards or _card_start(text, has_action):
                cards.append([])
                has_action = False
            cards[-1].append(text)
            has_action = has_action or any((labelled_line(ln) or ("", ""))[0] == "action" for ln in text.split("\n"))
        if cards:
            columns[col] = cards
    if len(columns) < 2:
        return None
    folded = {col: ["\n".join(card) for card in cards] for col, cards in columns.items()}
    total = sum(len(cards) for cards in folded.values())
    forms = sum(1 for cards in folded.values() for text in cards if cell_form_lines(text))
    # several labelled lines a card, each a row of its own: a card is folded from three rows or more
    if forms < 2 or forms < total or max(len(c) for c in columns[min(columns)]) < 3:
        return None
    page, line = table.rows[0].page, table.rows[0].line
    rows = [Row([Cell(cards[k] if k < len(cards) else "", col) for col, cards in sorted(folded.items())],
                page, line + k) for k in range(max(len(c) for c in folded.values()))]
    return replace(table, rows=rows)


class _RunTogether:
    """The labelled fields of a form's line that runs several together ('Lead officer: J Smith
    Target date: March 2025  RAG: Amber'): [(field, value)] when the line opens with a label and
    holds two or more (labels read by meaning, as inside a list item: normalise/lists.read_labels);
    [] otherwise. labels_of(text) gives the labels as printed (read as structure)."""

    def __call__(self, text: str) -> list[tuple[str, str]]:
        from planx.normalise.lists import labelled_fields
        fields = labelled_fields(text)
        if not all(name in FORM_FIELDS for name, _, _ in fields):
            return []
        return [(name, value) for name, _, value in fields]

    @staticmethod
    def labels_of(text: str) -> list[str]:
        from planx.normalise.lists import labelled_fields
        return [label for _, label, _ in labelled_fields(text)]


run_together_labels = _RunTogether()


# a list item's first line: a bullet (Word's Symbol-font bullets are private-use characters) or a number
_BULLET_LINE = re.compile(r"^\s*(?:[•\-–*·▪●◦○■\uf0b7\uf0a7\uf0d8\uf076\uf0fc]|\d{1,2}[.)])\s*\S")
