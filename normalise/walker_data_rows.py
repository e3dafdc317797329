"""A table's data row under known headings: a new action, or more of the one above (run-on rows, a
cell finished below, a sparse continuation, a list item, a repeated action, a date and status
printed once below), an area row or a section row in the data, a label row, an issue log's row,
and cells a sentence's flow shows moved a column.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Cell, Row, Table
from planx.normalise.area_titles import area_title, split_timeframe, when_title
from planx.normalise.banners import area_ref_of
from planx.normalise.cellparts import CellParts, own_label_line, read_cell_parts, read_field_cell
from planx.normalise.choose import PART_NAMES_STATUS
from planx.normalise.codes import rag_of_colour, status_of, status_words
from planx.normalise.columns import (
    account_line,
    is_prompt,
    looks_like_action,
    looks_like_figure,
    looks_like_status,
    opens_with_verb,
    says_nothing,
    sentinel_row,
    totals_label,
)
from planx.normalise.dates import due_date, find_dates
from planx.normalise.draft import MILESTONE_STATUS_FIELD, Draft, date_goes_on
from planx.normalise.headers import MARK_STATUS_FIELD, Column, Header, rating_label, read_heading
from planx.normalise.headers import classify as read_status_heading
from planx.normalise.heading_rows import labels_only_row
from planx.normalise.inlinewho import inline_who_when
from planx.normalise.issuecells import names_area_and_action, title_then_action
from planx.normalise.milestones import split_numbered
from planx.normalise.partymatrix import PARTY_FIELD, cells_per_party
from planx.normalise.periods import PERIOD_FIELD
from planx.normalise.raci import RACI_FIELD, owners
from planx.normalise.reflevels import code_levels, group_level
from planx.normalise.row_cells import (
    clauses_paired,
    items_paired_by_number,
    lead_in_of,
    own_date_or_rag,
    realign,
    regrid,
    sentence_left_open,
    starts_lower,
)
from planx.normalise.slides import continued_title
from planx.normalise.statusticks import STATUS_TICK_FIELD, ticked_status
from planx.normalise.tableforms import labelled_line, names_action_label
from planx.normalise.tallcells import goes_on_list
from planx.normalise.text import clean, fix_lookalikes, fold, printed, squash, without_continued_note, words_over
from planx.normalise.vocab import DONE_QUESTION_HEADINGS, WHOLE_STATUS_WORDS, YES_ANSWERS
from planx.normalise.walker_new_drafts import NewDrafts
from planx.normalise.walker_state import (
    _LEAD_PREFIX,
    _RATIONALE,
    AUTHORED_TABLE_FORMATS,
    GROUP_FIELDS,
    MILESTONE_FIELDS,
    MIN_COUNTED_ROWS,
    UNPAGED_FORMATS,
)

# a row's own reference: "A", "3b", "1.2a" (a capitalised word such as "Lead" is none)
_REF = re.compile(r"^\s*([A-Za-z]|\d{1,3})(?:[.\-]?\d{1,3})*[a-z]?\s*[.)]?\s*$")

# what a new action's row may say of its own, which the rest of a wrapped action's text does not
_OWN_FIELDS = ("ref", "area_ref", "lead", "responsible", "due", "status", "rag", "timeframe")
# fields that hold one value per action: a continuation row does not add a second one
SCALAR_FIELDS = ("lead", "responsible", "due", "status", "rag")
# words that open mid-sentence: a small letter that is no list marker ('a)', 'ii.'), or a comma
# what a row of its own says of itself (who, when, how it stands): this many of them make it a record
OWN_ROW_FIELDS = ("lead", "due", "status")
OWN_ROW_VALUES = 2


def answers_done(header: Header, status: str) -> bool:
    """Does the status cell answer 'Yes' to a status column headed as a question of whether the
    action is done ('Done?' | 'Yes')? (vocab.DONE_QUESTION_HEADINGS)"""
    if fold(status).strip(" .") not in YES_ANSWERS:
        return False
    column = next((c for c in header.columns if c.field == "status"), None)
    return column is not None and fold(column.label).strip(" ?") in DONE_QUESTION_HEADINGS


def whole_status_heading(label: str, beside_milestone_status: bool = False) -> bool:
    """A heading naming the status of the action as a whole ('Overall status', 'Action status'),
    printed beside another status column (its milestones'): vocab.WHOLE_STATUS_WORDS. Beside a
    status column that names the milestones ('Milestone Status'), any other status heading is the
    whole item's, whatever names the item ('POA&M Status', 'Finding status')."""
    name, score, _ = read_status_heading(label)
    if beside_milestone_status:
        return any(r.field == "status" and r.score >= STATUS_HEADING_SCORE for r in read_heading(label))
    return name == "status" and score >= 90 and bool(set(fold(label).split()) & WHOLE_STATUS_WORDS)


# how surely a heading beside a milestones' status column must name a status to be the whole item's
STATUS_HEADING_SCORE = 50.0


def names_milestone_status(header: Header) -> bool:
    """Is the heading row's status column the milestones' ('Milestone Status', 'Status of milestone'),
    beside a column of milestones?"""
    fields = header.fields()
    return "milestones" in fields and any(
        c.field == "status" and any(r.field == "milestones" for r in read_heading(c.label)) for c in header.columns)


def milestone_statuses_apart(values: dict[str, list[str]], whole: str) -> None:
    """A row whose status cell lists one status per milestone ('M1: Complete | M2: Not Started') beside
    a column of the item's own status ('POA&M Status'): the list goes with the milestones
    (MILESTONE_STATUS_FIELD), the item's own status is the action's."""
    listed = " ".join(values.get("status", []))
    if split_numbered(squash(listed)) is None:
        return
    values[MILESTONE_STATUS_FIELD] = values.pop("status")
    values["status"] = [whole]


# a sub-item's marker before a row's action text: a lower-case letter or roman number ('(a)', 'b)', 'c.',
# 'ii)'), or a dash or bullet: what a numbered action's milestone rows open with
_SUB_ITEM = re.compile(r"^\s*(?:\(?(?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})\.(?=\s)|[-–—•▪●◦])\s*(?=\S)")
_MID_SENTENCE = re.compile(r"^(?:[a-z](?![a-z]{0,3}[.)]\s)|[,;])")
# fields that name an action or what it serves: a labelled line of one opens a record, fills none
_NAMING_FIELDS = ("action", "objective", "outcome")


def status_alone(text: str) -> bool:
    """A cell that is a status word or two and no date, nor a timescale that reads as a status
    ('Ongoing' under a date's heading says when, not how): 'CANCELLED', 'Completed', 'On hold'."""
    t = squash(text)
    return not words_over(t, 3) and looks_like_status(t) and not find_dates(t) and status_of(t) != "ongoing"


# a section's title in a row of its own between blank rows: this many words at most
SECTION_WORDS = 4


def split_rationale(text: str, under_action: bool = False) -> tuple[str, str]:
    """(what, why) of a cell of what will be done that gives its reason under a label of its own
    ('What we are going to do? Provide … Why we need to do it? To ensure …'): the text before the
    reason's label (vocab.RATIONALE_LABELS, a line of its own or opening one), without the lines
    that only name the column ('What we are going to do?'); and the reason, label and all ('' when
    no line opens with such a label). under_action: the cell is a row of its own right under an
    action of the same table (the box's reason cut off into the next row, or onto the next page):
    a label opening its first line gives the reason for that action, so all of it is the why."""
    lines = text.split("\n")
    # a label opens its line with a capital ('Why we need to do it?'); 'why.' goes on a sentence
    cut = next((k for k, line in enumerate(lines) if (k or under_action) and line.lstrip()[:1].isupper()
                and _RATIONALE.match(line)), None)
    what, why = ("\n".join(lines[:cut]), "\n".join(lines[cut:])) if cut is not None else (text, "")
    kept = [line for line in what.split("\n") if not names_action_label(line)]
    return ("\n".join(kept).strip() if any(line.strip() for line in kept) else what.strip()), why.strip()


# the most words of a title printed over a box's prompt ('The #SBCWay' over 'What we are going to do?')
PROMPT_TITLE_WORDS = 8


def title_over_prompt(text: str) -> tuple[str, str]:
    """(title, rest) of a cell whose first line names the work in a few words over the prompt
    that asks what will be done ('The #SBCWay' / 'What we are going to do?' / '4 phases of …'): the
    prompt opens what is done, so the words over it are a title of the box, not the action's first
    words. ('', text) for any other cell."""
    lines = text.split("\n")
    if len(lines) < 3 or not names_action_label(lines[1]) or names_action_label(lines[0]):
        return "", text
    first = lines[0].strip()
    if not first or words_over(first, PROMPT_TITLE_WORDS) or first.endswith((".", ":", ";", ",")):
        return "", text
    return first, "\n".join(lines[1:])


# the most words an item of a list printed a row an item under an action can hold (Reader.list_item_row)
LIST_ITEM_MAX_WORDS = 10

# a cell of codes only ('SO2, SO3', 'SO1,SO2,SO 3', 'KPI 4'): letters and a number each, listed
_CODE = r"[A-Za-z]{1,5}\s?-?\s?\d{1,3}[a-z]?"
_CODE_LIST = re.compile(rf"{_CODE}(?:\s*[,;/&+]\s*{_CODE})*(?:\s*(?:and|&)\s*{_CODE})?")



def _runs_on(text: str) -> bool:
    """A value cut short at the end of its line ('Brennan,' over 'Siobhan', 'Head of Housing and' over
    'Regeneration'): a comma, an ampersand or a joining word last, so the next line's text goes on with it."""
    t = text.rstrip()
    return t.endswith((",", "&", "/")) or t.rsplit(None, 1)[-1].lower() in ("and", "of", "the", "for") if t else False

_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b|/\d{2}\b|-\d{2}\b")
_CUT_WORDS = 12  # words: the rest of an action's text on a row cut from its own is a line or two
_DAY_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
# the most words of a lead's or responsible's line that a PDF wrapped onto the next line of its cell
_WRAP_WORDS = 2


def drop_continued_marks(texts: dict[str, str]) -> bool:
    """Take the '(continued)' note off each cell of the row that opens with one; True when one did.
    An author, or a renderer, marks so the rest of a row a page break cut: the row is the row above's,
    every cell of it going on with the one above it (a lead 'Head of Quality' / 'Assurance' too)."""
    marked = False
    for name, text in list(texts.items()):
        rest = without_continued_note(text)
        if rest != text:
            texts[name], marked = rest, True
    return marked


_REF_FIELDS = ("area_ref", "ref")


def continued_ref(texts: dict[str, str], prev: Draft) -> bool:
    """Does the row's reference cell say only that the row above goes on: a '(continued)' note alone
    ('(continued)', '(continued from previous page)') or after the reference of the row above ('2.4
    (cont.)' under 2.4)? A page break cut that row, and its author marked the rest so in the Ref column:
    no reference of its own. The notes are taken off (True) or the cells left as they are (False)."""
    refs = {name: squash(texts[name]) for name in _REF_FIELDS if texts.get(name, "").strip()}
    if not refs:
        return False
    own = fold(prev.text("ref") or prev.context.get("area_ref", ""))
    for text in refs.values():
        bare, said = continued_title(text)
        if without_continued_note(text).strip() and not (said and own and fold(bare) == own):
            return False
    for name in refs:
        texts.pop(name)
    return True


def _wrapped_line(name: str, prev: Draft, text: str) -> bool:
    """In a PDF table cut into lines, is a row's lead or date, beside the next line of the same action,
    the next line of the cell above rather than a second value: a date that the two lines make
    whole ('end June' / '2027', 'end' / 'January 2026'), or a name of a word or two going on from
    the line above ('Phase leader' / 'KS2', 'Deputy' / 'Headteacher'), as a Word table's wrapped
    cell prints when saved as a PDF."""
    if name == "due":
        # (not a date of its own to the day, '31/07/2027': a second date, each row a step's)
        return date_goes_on(prev, {"due": text}) and not _DAY_DATE.search(text)
    if name in ("lead", "responsible"):
        words = text.split()
        return 1 <= len(words) <= _WRAP_WORDS and not text.rstrip().endswith((".", ";", ":")) \
            and not find_dates(text)
    return False


class DataRows(NewDrafts):
    """A data row: a new action or more of the one above, an area or section row in the data."""

    def labelled_parts(self, parts: CellParts, inner: dict[str, str], table: Table) -> None:
        """The fields a cell's labelled parts give, gathered for the row; the reading noted once a table."""
        for name, value in parts.values.items():
            inner[name] = f"{inner[name]} {value}" if name in inner else value
        self.labels += parts.labels  # the labels name the output's columns (unread.py: nothing lost)
        if parts.values and table.index not in self._cell_labels:
            self._cell_labels.add(table.index)
            read = ", ".join(sorted({f"'{label}:'" for label in parts.labels}))
            self.warnings.append(f"table {table.index}: labelled parts inside its cells ({read}) read as "
                                 f"the action's fields by what each label names")

    def placed_by_sentence_flow(self, cells: list[Cell], table: Table) -> list[Cell]:
        """The cells of a table that goes on under the last table's headings with fewer grid
        columns, moved under the headings whose text they go on with.

        A page break can leave only the overflow of a row's long cells on the next page ('…
        identified at risk of' / 'underachievement have access to services …'), and a PDF reader
        grids that fragment by what is drawn there: two columns, the empty ones before them gone.
        Read from the left, the overflow of 'Objective' would land under 'Item'. The evidence of
        where it belongs is the sentence it finishes: the last action's text under a heading ends
        mid-sentence and the fragment's cell opens in lower case. The shift that makes most cells
        so is kept for every row of the table; none when no shift makes any."""
        header, prev = self.header, self.drafts[-1] if self.drafts else None
        if header is None or self.header_table == table.index:
            return cells
        if table.index not in self._flow_shift:
            width = max((r.width() for r in table.rows), default=0)
            spare = header.width() - width
            shift = 0
            if spare > 0 and prev is not None:
                by_col = header.by_col()

                def finished(move: int) -> int:
                    n = 0
                    for c in cells:
                        column = by_col.get(c.col + move)
                        if not c.text.strip() or column is None or not column.field or not starts_lower(c.text):
                            continue
                        n += sentence_left_open(prev.text(column.field))
                    return n

                best = max(range(spare + 1), key=lambda move: (finished(move), -move))
                if best and finished(best) > finished(0):
                    shift = best
                    self.warnings.append(f"table {table.index}: its {width} columns go on from the last "
                                         f"{width} headings of table {self.header_table} (the sentences they finish)")
            self._flow_shift[table.index] = shift
        shift = self._flow_shift[table.index]
        return [replace(c, col=c.col + shift) for c in cells] if shift else cells

    def data_row(self, cells: list[Cell], filled: list[Cell], row: Row, table: Table) -> None:
        assert self.header is not None
        reason_open = self.reason_open  # the action above ended in its reason (read before this row's cells)
        if sentinel_row([c.text for c in filled]):
            for c in filled:
                self.keep_aside(c.text, "marker row (one word repeated across the table)", row.page, table.index,
                                row.line, c.col)
            return
        if self.reprints_headings(filled):
            for c in filled:
                self.keep_aside(c.text, "the headings printed again (a second heading row)", row.page, table.index,
                                row.line, c.col)
            return
        if labels_only_row([c.text for c in filled]):
            for c in filled:
                self.keep_aside(c.text, "a heading row (labels ending in colons, nothing entered after them)",
                                row.page, table.index, row.line, c.col)
            return
        prompts = [c for c in filled if is_prompt(c.text)]
        if prompts:  # a dropdown left at its prompt: nothing was entered there
            for c in prompts:
                self.keep_aside(c.text, "template prompt (nothing entered)", row.page, table.index, row.line, c.col)
            asked = {id(c) for c in prompts}
            cells = [replace(c, text="") if id(c) in asked else c for c in cells]
            filled = [c for c in filled if id(c) not in asked]
            if not filled:
                return
        if len(filled) == 1:
            # a row of a timeframe alone, in whatever column ('Short term' in the unheaded number
            # column of a transcribed plan, its merged banner cut to its first cell): the heading of
            # the rows below, as a timeframe row across the table is
            tf, rest = split_timeframe(clean(filled[0].text))
            if tf and not rest:
                self.context["timeframe"] = tf
                return
        gridded = regrid(cells, self.header)
        flowed = self.placed_by_sentence_flow(gridded, table)
        # (an overflow the sentences it finishes place goes there; else a narrower box's own grid)
        cells = flowed if flowed is not gridded else regrid(self.narrower_under_last_headings(cells, table),
                                                            self.header)
        cells = realign(cells, self.header, filled)
        per_letter = items_paired_by_number(cells, self.header)
        if per_letter is not None:  # 'a. Notify … b. Notify …' beside 'a. Simon Barnes b. Clerk': an action each
            for c in cells:
                if (under := self.header.by_col().get(c.col)) is not None and under.field == "action" \
                        and (lead_in := lead_in_of(c.text)):
                    self.keep_aside(lead_in, "a lead-in over the lettered actions of its cell", row.page,
                                    table.index, row.line, c.col)
                    break
            for item_cells in per_letter:
                self.data_row(item_cells, [c for c in item_cells if c.text.strip()], row, table)
            return
        # a register's row is one risk: the lines of its treatment cell are how that risk is treated,
        # one action however many sentences it takes ('Create a WhatsApp group …' / 'Create a Discord server …')
        per_line = clauses_paired(cells, self.header) if table.index not in self.treatment_tables else None
        if per_line is not None:  # 'X to be added to the agenda' / 'Y to be added to the agenda': an action each
            self.warnings.append(f"table {table.index}: a row's action cell holds {len(per_line)} lines, each a "
                                 f"whole task with its own verb: an action each")
            for item_cells in per_line:
                self.data_row(item_cells, [c for c in item_cells if c.text.strip()], row, table)
            return
        parties = {c.col for c in self.header.columns if c.field == PARTY_FIELD}
        per_party = cells_per_party(cells, parties) if parties else None
        if per_party is not None:  # a partnership matrix: each party's cell on the row is an action of its own
            for item_cells in per_party:
                self.data_row(item_cells, [c for c in item_cells if c.text.strip()], row, table)
            return
        values: dict[str, list[str]] = {}
        ratings: list[tuple[str, str, str | None]] = []
        periods: list[tuple[str, str, str | None]] = []
        fills: dict[str, str] = {}
        merged: set[str] = set()  # fields whose cell continues a vertical merge from the row above
        spans: dict[str, list[tuple[str, bool]]] = {}  # a step field's texts, and whether each cell spans rows
        marks: list[tuple[str, str]] = []  # a RACI matrix's letters under their roles (normalise/raci.py)
        ticks: list[tuple[str, str]] = []  # ticks under status columns (normalise/statusticks.py)
        inner: dict[str, str] = {}  # fields a cell's labelled parts give (normalise/cellparts.py)
        by_col = self.header.by_col()
        for c in cells:
            column = by_col.get(c.col)
            text = c.text
            has_text = bool(text) and not text.isspace()
            if column is not None and column.field == PARTY_FIELD:
                if has_text and says_nothing(text):
                    self.keep_aside(text, f"no action for '{squash(column.label)}' (a partnership matrix)",
                                    row.page, table.index, row.line, c.col, heading=column.label)
                elif has_text:  # the party's action, the party its lead (normalise/partymatrix.py)
                    values.setdefault("action", []).append(text)
                    values.setdefault("lead", []).append(squash(column.label))
                continue
            if column is not None and column.field == STATUS_TICK_FIELD:
                if has_text:  # a tick under a status's column: its heading is the row's status
                    ticks.append((squash(column.label), text))
                continue
            if column is not None and column.field == RACI_FIELD:
                if has_text:
                    marks.append((squash(column.label), squash(text)))
                    self.keep_aside(text, f"a RACI letter under '{squash(column.label)}'", row.page, table.index,
                                    row.line, c.col, heading=column.label)
                continue
            if column is None or not column.field or column.field == "resolution":
                if has_text and column is not None and column.label and not c.merged_above and \
                        (parts := read_cell_parts(text, "")) is not None:
                    # '2.2' / 'Status: Implemented' under '2014 Plan Section': the labelled part is the
                    # row's status, the rest stays aside under the column's heading
                    self.labelled_parts(parts, inner, table)
                    text = "\n".join(parts.aside)
                    has_text = bool(text.strip())
                if has_text and column is not None and not c.merged_above and \
                        whole_status_heading(column.label, self.header.derived("milestone_status",
                                                                                 names_milestone_status)):
                    # 'Status' (each milestone's) beside 'Overall status' (the action's): the second
                    # status column gives the action row its status, where the first leaves it blank
                    inner.setdefault("status", squash(text))
                    continue
                if has_text:
                    label = column.label if column else ""
                    self.keep_aside(text, f"column '{label}'" if label else "cell outside the column headings",
                                    row.page, table.index, row.line, c.col, heading=label)
                continue
            name = column.field
            if name == "area_ref" and has_text:
                text = printed(text)  # '<p>С</p>' in a text conversion is the reference 'C'
            if name == "area_ref" and has_text and column.value == "?" and not _REF.match(fix_lookalikes(text)):
                self.keep_aside(text, "unlabelled column", row.page, table.index, row.line, c.col)
                continue
            if name == "rating" or (name == PERIOD_FIELD and self.header.period_kind == "ratings"):
                if has_text or c.fill:
                    ratings.append((rating_label(column), text, c.fill))
                continue
            if name == PERIOD_FIELD:
                if has_text or c.fill:
                    periods.append((column.label, text, c.fill))
                if self.header.period_fills_rate and rag_of_colour(c.fill):
                    # an update shaded by its RAG: the period's rating is the fill (the text stays the update)
                    ratings.append((rating_label(column), "", c.fill))
                if has_text:  # the mark or update as printed, kept whole (periods.apply reads it)
                    self.keep_aside(text, f"period column '{column.label}' ({self.header.period_kind})",
                                    row.page, table.index, row.line, c.col, heading=column.label)
                continue
            if has_text and name == "due" and self.due_and_status(column) and status_alone(text):
                name = "status"  # 'CANCELLED' alone under 'FINISH & STATUS': no date, how it stands
            if c.merged_above:
                merged.add(name)
            if has_text and not c.merged_above and (own := read_field_cell(text, name)) is not None:
                # 'Lead: Economic Development Manager' / 'Resources: existing budget' under a lead's
                # column: the lead is its own label's part; a label no field takes ends it, kept aside
                text = own.values.pop(name)
                for part in own.aside:
                    self.keep_aside(part, "a labelled part of a cell that is none of its fields",
                                    row.page, table.index, row.line, c.col, heading=column.label)
                if table.index not in self._cell_labels:
                    self._cell_labels.add(table.index)
                    read = ", ".join(dict.fromkeys(f"'{label}:'" for label in own.labels))
                    self.warnings.append(f"table {table.index}: the {name} column's cells hold labelled parts "
                                         f"({read}): the {name} is its own label's part, the other labels end it")
                self.labelled_parts(own, inner, table)
            if has_text and name == "action":
                title, text = title_over_prompt(text)
                if title:
                    self.keep_aside(title, "a title over the prompt that opens the action ('What … do?')",
                                    row.page, table.index, row.line, c.col, heading=column.label)
                prior = self.drafts[-1] if self.drafts else None
                text, why = split_rationale(text, prior is not None and bool(prior.pieces.get("action"))
                                            and (prior.table == table.index or prior is self.carried_draft))
                if why:
                    self.keep_aside(why, "the reason given for the action (a 'Why …?' label in its cell)",
                                    row.page, table.index, row.line, c.col, heading=column.label)
                self.reason_open = bool(why)
                has_text = bool(text.strip())
                own_label, text = own_label_line(text) if has_text else ("", text)
                if own_label:  # 'CORRECTIVE ACTION PLAN' over the plan's text: the column's name printed again
                    self.labels.append(own_label)
                if has_text and not c.merged_above and (parts := read_cell_parts(text)) is not None:
                    # 'Do X.' / 'Update: …' / 'Status: …' in one cell, or a finding's labelled parts
                    # before 'Corrective action plan: …' (normalise/cellparts.py)
                    for part in parts.aside:
                        self.keep_aside(part, "a labelled part of the action's cell that is none of its fields "
                                        "(the finding it answers, or a label read as no field)",
                                        row.page, table.index, row.line, c.col, heading=column.label)
                    self.labelled_parts(parts, inner, table)
                    text = parts.action
                if has_text and not c.merged_above and self.issue_over_action(column):
                    # 'ISSUE / ACTION' over 'Arms Length Body Data update' / '' / 'Olivia Burman to …':
                    # the issue's title is the row's area, the rest its action (normalise/issuecells.py);
                    # a cell of the title alone is the action, under no issue of an earlier row (under
                    # the table's section, when a row of its own names one: section_row)
                    split = title_then_action(text)
                    if split is not None:
                        values.setdefault("area", []).append(split[0])
                        text = split[1]
                    else:
                        self.context["area"] = self.section_area.get(table.index, "")
            if has_text:
                values.setdefault(name, []).append(text)
                if name in STEP_OWN_FIELDS:
                    spans.setdefault(name, []).append((text, c.rowspan > 1 or c.merged_above))
            if c.fill:
                fills[name] = c.fill
                if c.col == self.header.rag_fill_col and rag_of_colour(c.fill):
                    fills["rag"] = c.fill  # the column's colour rates the action
        if ticks and (ticked := ticked_status(ticks)) and not values.get("status"):
            values["status"] = [ticked]
        if marks:
            lead, signer = owners(marks)
            if lead and not values.get("lead"):
                values["lead"] = [lead]
            if signer and not values.get("responsible"):
                values["responsible"] = [signer]
        for name, text in inner.items():  # a labelled part gives its field where no column of the row does
            if name == "status" and values.get("status") and self.header.derived("milestone_status",
                                                                                names_milestone_status):
                milestone_statuses_apart(values, text)
            if values.get(name) and values[name] == [text]:
                continue
            if values.get(name):
                self.keep_aside(text, f"a labelled {name} inside a cell, beside the row's own {name}",
                                row.page, table.index, row.line)
            else:
                values[name] = [text]
        if not values and not ratings and not fills and not periods:
            return
        if self.group_status[0] == table.index and values.get(self.key_field()):
            # a table grouped by status under labels of their own: the next group's label may open its
            # first row ('Completed | 3/20/2020 | …'); a row with no status of its own stands as its group
            if values.get("status"):
                self.group_status = (table.index, " ".join(values["status"]))
            else:
                values["status"] = [self.group_status[1]]
        step_own = own_step_values(spans, merged, values)
        # (the cells of several milestone columns, one under each period of a 'Key milestones' group,
        # are the row's milestones one by one)
        texts = {k: " ".join(v) for k, v in values.items()}
        if answers_done(self.header, texts.get("status", "")):
            texts[MARK_STATUS_FIELD] = "complete"  # 'Yes' under 'Done?'
        if step_own and not texts.get("milestones", "").strip():
            for name, text in step_own.items():  # no step on the row to hold them: nothing lost
                self.keep_aside(text, f"a row's own {name} beside the action's, with no step of its own",
                                row.page, table.index, row.line)
            step_own = {}
        if len(values.get("milestones", [])) >= 2:
            texts["milestones"] = "\n".join(f"• {squash(v)}" for v in values["milestones"])
        # a row with only a timeframe ("Within three months") sets the grouping heading
        if len(texts) == 1 and not ratings:
            only = next(iter(texts.values()))
            tf, rest = split_timeframe(clean(only))
            if tf and not rest:
                self.context["timeframe"] = tf
                return
        if self.ref_level_row(texts, ratings, fills, row, table):
            return
        if self.area_row(texts, ratings, row, table):
            return
        if not ratings and not fills and self.section_row(texts, row, table):
            return
        key = self.key_field()
        # (or a report's group count, 'Subtotal | Count | 21', its label in another column and no action)
        if totals_label(texts.get(key, "")) or (not texts.get(key, "").strip() and totals_label(filled[0].text)):
            for c in filled:  # 'Total | £16,940': a sum of the rows above, no action
                self.keep_aside(c.text, "totals row", row.page, table.index, row.line, c.col)
            return
        if account_line(texts.get(key, "")) and all(looks_like_figure(c.text) for c in filled
                                                     if c.text.strip() and c.text != texts.get(key)):
            for c in filled:  # 'Carry Forward 2013-2014 | £4468': what the fund holds, no action
                self.keep_aside(c.text, "a fund's account line (a sum allocated, carried or left)", row.page,
                                table.index, row.line, c.col)
            return
        prev = self.drafts[-1] if self.drafts else None
        # the rest of the row above, marked so ('(continued) …'), with no reference of its own (or a
        # reference cell saying only that it goes on: continued_ref)
        ref_goes_on = prev is not None and continued_ref(texts, prev)
        marked = prev is not None and not texts.get("area_ref") and not texts.get("ref") and \
            (drop_continued_marks(texts) or ref_goes_on)
        starts = bool(texts.get(key, "").strip()) and key not in merged and not marked
        # the first row on a new page of the same table, opening mid-sentence, goes on from the last
        new_page = prev is not None and prev.table == table.index and row.page != self.last_page
        # or the first row of a table that goes on under the last table's headings (no heading repeated)
        goes_on = prev is not None and prev.table == self.last_table and table.index != self.last_table \
            and self.header_table != table.index
        # or a row under such a row, both the one row the page break cut (the engine cut it in two
        # where a list item opens in one cell), opening in lower case as the rest of its sentence
        carried = prev is not None and self.carried_into == table.index and prev is self.carried_draft
        if starts and prev is not None and not texts.get("area_ref") and \
                ((self.after_break or new_page or goes_on or carried) and
                 ((starts_lower(texts[key]) and (carried or not own_date_or_rag(texts) or date_goes_on(prev, texts)))
                  or (self.after_break and self.sparse_continuation(texts, prev))
                  or (new_page and self.finishes_a_cell(cells, texts, table)))
                 or starts_lower(texts[key]) and self.wrapped_line_row(texts, prev, table)
                 or (new_page or goes_on) and self.unnumbered_top_row(texts, prev)):
            starts = False
            if prev.table != table.index:
                self.carried_into, self.carried_draft = table.index, prev
            if reason_open and (new_page or goes_on) and self.unnumbered_top_row(texts, prev):
                # the box's reason ('Why we need to do it?') had begun above the break: this is more of it
                self.keep_aside(texts.pop(key), "the reason given for the action above, carried onto the next "
                                "page (after its 'Why …?' label)", row.page, table.index, row.line)
                self.reason_open = True
        self.last_page, self.last_table = row.page, table.index
        self._last_cells = (table.index, {c.col: c.text for c in cells if c.text.strip()})
        if starts and prev is not None and not ratings and self.date_cut_row(texts, prev, key, table, merged):
            # the rest of the row above: its action's words, the year of its date, more of its steps
            prev.pieces["due"][-1] = f"{prev.pieces['due'][-1].rstrip()} {texts['due'].strip()}"
            for name, text in texts.items():
                if name not in merged and name != "due":
                    prev.add(name, text)
            self.warnings.append(f"table {table.index}: row {row.line} finishes the date of the row above "
                                 f"('{squash(prev.text('due'))}'), naming no one of its own: read as the rest of it")
            return
        if texts.get("area_ref") and key not in texts and prev is None:
            starts = True
        if not starts and not marked and self.group_is_its_own_task(texts, key, prev):
            texts[key] = texts["area"]  # 'Testing' with no sub task: the task itself is the action
            starts = True
        if not starts and not marked and (prev is None or (prev.table != table.index and not self.after_break
                                                           and self.header_table == table.index)):
            # the first row of a plan cannot continue anything, nor the first row under a table's
            # own new headings (not the last table's repeated on a new page) an action of another table
            starts = True
        if not starts and not marked and prev is not None and self.raw.format in UNPAGED_FORMATS \
                and self._last_data_line[0] == table.index and row.line > self._last_data_line[1] + 1:
            # a sheet's row after a blank row continues nothing: a cell wraps within its own row
            starts = True
        self._last_data_line = (table.index, row.line)
        if starts and self.sub_item_row(texts, key, prev, table):
            # '(a) Terms of reference agreed | May 2027 | Delayed' under a numbered action: its milestone
            # (its date and status are the milestone's, not the action's; any other cell goes on the action)
            texts["milestones"] = squash(_SUB_ITEM.sub("", texts.pop(key), count=1))
            assert prev is not None
            prev.milestone_rows = True
            prev.sub_rows.append({k: texts[k] for k in MILESTONE_FIELDS if k in texts})
            for name, text in texts.items():
                if name not in MILESTONE_FIELDS:
                    prev.add(name, text)
            prev.ratings.extend(ratings)
            return
        if starts and self.tall_cell_row(texts, key, prev, table):
            # 'Develop the' | then 'curriculum for science: • Map …' beside the next row's own lead,
            # date and status: the action's cell runs on beside its next sub-row (normalise/tallcells.py)
            assert prev is not None
            prev.add(key, texts.pop(key))
            dated = bool(texts.get("due") or texts.get("status"))
            if dated:  # its date and status are a milestone's (normalise/tallcells.py)
                prev.sub_rows.append({k: texts[k] for k in MILESTONE_FIELDS if k in texts})
            for name, text in texts.items():
                if dated and name in MILESTONE_FIELDS:
                    continue
                if name in SCALAR_FIELDS and prev.pieces.get(name):
                    self.keep_aside(text, f"second '{name}' value in a sub-row of a tall action cell",
                                    row.page, table.index, row.line)
                    continue
                prev.add(name, text)
            prev.ratings.extend(ratings)
            return
        self.after_break = False
        if starts and self.run_on_row(texts, ratings, prev, table):
            starts = False
        if starts and self.label_row(texts, ratings, prev, row, table):
            return
        if starts and self.list_item_row(texts, ratings, prev, key, row, table):
            return
        if prev is not None and prev.table == table.index:
            again = self.repeats_action(texts, prev, key) if starts else set()
            if again:  # an export's milestone row: the action's own cells printed again beside it
                starts = False
                merged |= again
            elif not starts and key not in merged and (self.printed_once_below(texts)
                                                       or self.dated_row_below(texts, key, prev)):
                merged.add(key)  # the action printed once, blank below: this row is one of its steps
        if starts:
            when, rest = when_title(texts[key]) if texts.get(key) else ("", "")
            if when:  # 'Autumn term / First half' over a list of actions: when they are done
                texts[key] = rest
                self.structure.append(when)
            self.new_draft(texts, ratings, fills, row, table)
            if step_own and self.drafts[-1].sub_rows:
                self.drafts[-1].sub_rows[0].update(step_own)  # the first step's own, the action's merged down
            self.drafts[-1].periods.extend(periods)
            self.drafts[-1].period_kind = self.header.period_kind
            self.drafts[-1].period_basis = self.period_basis
            self.drafts[-1].period_labels = [c.label for c in self.header.columns if c.field == PERIOD_FIELD]
            if when:
                self.drafts[-1].context["timeframe"] = when
        elif self.issue_without_action(texts, merged, key):
            # 'Capital Asset Mapping | (no action) | A further update … is attached for information
            # only': a Word cell never runs on into the next row, so an issue named on a row of its
            # own is no more of the issue above; with no action, the row is no action either
            for name, text in texts.items():
                self.keep_aside(text, f"a row naming an issue of its own ('{name}') and no action", row.page,
                                table.index, row.line)
        else:
            assert prev is not None
            wrapped = marked or self.wrapped_row(texts, merged, key, prev)
            for name, text in texts.items():
                if name in merged:
                    continue  # the merged cell's text is already in the action it started with
                if name in SCALAR_FIELDS and prev.pieces.get(name) and \
                        (name not in ("due", "status") or "milestones" not in texts) \
                        and not _runs_on(prev.pieces[name][-1]) \
                        and not wrapped:
                    # a second lead/date/RAG is not a continuation of the first: keep it aside
                    self.keep_aside(text, f"second '{name}' value in a continuation row", row.page, table.index,
                                    row.line)
                    continue
                prev.add(name, text)
                if name in GROUP_FIELDS:
                    self.context[name] = (self.context[name] + " " + text).strip() if name != "area_ref" else \
                        self.context[name]
            prev.ratings.extend(ratings)
            prev.periods.extend(periods)
            for name in ("area", "area_lead"):
                if name in texts:
                    prev.context[name] = self.context[name]
            if key in merged and not wrapped:  # a row under the action's merged cell: its own milestone
                # (a date or status cell merged down beside it is the action's, not this milestone's)
                prev.merged_fields |= merged & set(MILESTONE_FIELDS)
                prev.sub_rows.append({**{k: texts[k] for k in MILESTONE_FIELDS if k in texts and k not in merged},
                                      **step_own})

    def wrapped_row(self, texts: dict[str, str], merged: set[str], key: str, prev: Draft) -> bool:
        """Is a row the next lines of the row above, cut apart by a PDF table's reading: the action's
        cell spans both (read as merged), and every lead or date it holds goes on from the one above
        (_wrapped_line: 'Phase leader' / 'KS2', 'end June' / '2027'), nothing else of its own. A
        Word table saved as a PDF prints a wrapped cell so; a second lead of the same action in a
        cell of its own would not be a word or two going on from the first."""
        if self.raw.format != "pdf" or key not in merged:
            return False
        own = {name: text for name, text in texts.items() if name not in merged and text.strip()}
        seconds = {name: text for name, text in own.items() if name in SCALAR_FIELDS and prev.pieces.get(name)}
        return bool(seconds) and own.keys() == seconds.keys() \
            and all(_wrapped_line(name, prev, text) for name, text in seconds.items())

    def section_row(self, texts: dict[str, str], row: Row, table: Table) -> bool:
        """A row whose one cell, in the action's column, is a short title set apart by blank rows
        above and below ('Outputs', 'General Items' over a panel's actions): a section of the
        table, the area of the rows below it up to the next, never an action. A title, not an
        instruction: a few words, no figure, no full stop, not opening with a verb."""
        if len(texts) != 1 or self.key_field() not in texts:
            return False
        title = squash(texts[self.key_field()])
        words = title.split()
        if not 1 <= len(words) <= SECTION_WORDS or not title[:1].isupper() or title.endswith((".", ":", ";")) \
                or any(ch.isdigit() for ch in title) or opens_with_verb(title):
            return False
        at = next((i for i, r in enumerate(table.rows) if r.line == row.line), None)
        if at is None or at == 0 or at + 1 >= len(table.rows):
            return False
        if any(c.text.strip() for r in (table.rows[at - 1], table.rows[at + 1]) for c in r.cells):
            return False
        self.structure.append(title)
        self.context.update(area_ref="", area=area_title(title), area_lead="", objective="", area_source="theme")
        self.section_area[table.index] = self.context["area"]
        self.warnings.append(f"table {table.index}: '{title}' alone in a row set apart by blank rows: a section "
                             f"of the table, the area of the rows below it")
        return True

    def issue_without_action(self, texts: dict[str, str], merged: set[str], key: str) -> bool:
        """Does a row of a Word table give the area a value of its own and no action, under headings
        with an area column ('Issue | Action | Follow-up')? Such a row continues nothing."""
        assert self.header is not None
        return self.raw.format in AUTHORED_TABLE_FORMATS and bool(texts.get("area", "").strip()) \
            and not texts.get(key, "").strip() and key not in merged and key != "area" \
            and "area" not in merged and "area" in self.header.fields()

    def due_and_status(self, column: Column) -> bool:
        """Is the date's column headed as the status too ('FINISH & STATUS', 'Date / status'), with no
        column of the status's own, so that a cell may give how the action stands and no date?"""
        assert self.header is not None
        return "status" not in self.header.fields() and any(
            r.field == "status" and r.score >= PART_NAMES_STATUS for r in read_heading(column.label))

    def issue_over_action(self, column: Column) -> bool:
        """Is the action's column headed as the issue and the action together ('ISSUE / ACTION'),
        with no column of the area's own, so that a cell may print the issue's title over the action?"""
        assert self.header is not None
        return "area" not in self.header.fields() and names_area_and_action(column.label)

    def date_cut_row(self, texts: dict[str, str], prev: Draft, key: str, table: Table, merged: set[str]) -> bool:
        """A row the table's engine cut from the one above where a cell's list opens a new item
        ('… to Scrutiny' | 'February' over 'Committee every quarter' | '2025'): its date makes the
        date above whole, which no row of its own leaves unfinished, and it names no one and no
        rating of its own; its action's words go on from the action above, which ends no sentence."""
        before, after = prev.text("due").strip(), texts.get("due", "").strip()
        if prev.table != table.index or not before or not _YEAR_ALONE.fullmatch(after) or _A_YEAR.search(before) \
                or not due_date(f"{before} {after}"):
            return False  # ('February' over '2025': the year the date above was printed without)
        if set(texts) - {key, "due", "milestones", "progress"} - merged:
            return False
        above = prev.text(key).rstrip()
        return bool(above) and not above.endswith((".", "!", "?", ";")) and len(texts[key].split()) <= _CUT_WORDS

    def run_on_row(self, texts: dict[str, str], ratings: list, prev: Draft | None, table: Table) -> bool:
        """In a table that numbers its actions, a row holding only words that open mid-sentence
        ('so that families get help close to home') and no number of its own is the rest of the
        action above, as a wrapped line is: a new action would carry a number and a capital. So is a
        row that opens with a capital under a cell left mid-phrase ('… protocol with the' over
        'Virtual School and Inclusion Service'): its text goes on there, whatever case it opens in."""
        if prev is None or prev.table != table.index or ratings or len(texts) != 1 or not prev.text("ref"):
            return False
        name, text = next(iter(texts.items()))
        text = text.strip()
        left_open = sentence_left_open(prev.text(name)) == 2
        return (bool(_MID_SENTENCE.match(text)) or left_open) and not split_numbered(text)

    def label_row(self, texts: dict[str, str], ratings: list, prev: Draft | None, row: Row, table: Table) -> bool:
        """A row holding one labelled line under an action ('Lead officer: J Smith', 'Owner – Head
        of SEND', 'Target date: March 2026', 'Update: …') says more of the action above, as a
        form's line does: its value fills that field of the action, or, when the field already
        holds a lead, date, status or RAG, goes aside with the row's place. Never an action."""
        if prev is None or prev.table != table.index or ratings or len(texts) != 1:
            return False
        labelled = labelled_line(next(iter(texts.values())))
        if labelled is None or labelled[0] in _NAMING_FIELDS or not labelled[1].strip():
            return False
        if inline_who_when(next(iter(texts.values()))) is not None:
            return False  # an action closing with its owner and date ('Brief officers (Lead: X; by D)')
        name, value = labelled
        if name in SCALAR_FIELDS and prev.pieces.get(name):
            self.keep_aside(next(iter(texts.values())), f"label row under an action whose '{name}' is already filled",
                            row.page, table.index, row.line)
        else:
            prev.add(name, value)
        return True

    def list_item_row(self, texts: dict[str, str], ratings: list, prev: Draft | None, key: str, row: Row,
                      table: Table) -> bool:
        """An action whose text opens a list with a colon ('… Services involved in this activity
        include:'), its lead, date or measure beside it, then rows that hold only a few words in the
        action's column ('Green social prescribing network', 'Library Services'): the list's items,
        each printed in a row of its own (a code column such as 'Shared Outcome' may repeat beside
        each). They say what the action covers, with no owner or date of their own: the action's
        items, joined with '; ', not actions. The list ends at a row with more cells or a sentence."""
        if prev is None or prev.table != table.index or ratings or key not in texts:
            return False
        coded = {name: text for name, text in texts.items() if name != key}
        if not all(_CODE_LIST.fullmatch(squash(text)) for text in coded.values()):
            return False
        own = prev.pieces.get(key)
        if not own or not any(prev.pieces.get(k) for k in prev.pieces if k != key):
            return False
        text = " ".join(texts[key].split())
        if not text or words_over(text, LIST_ITEM_MAX_WORDS) or text.endswith((".", ":", "?", "!")):
            return False
        last = own[-1].rstrip()
        if not (last.endswith(":") or prev.listed):
            return False
        own[-1] = last + (" " if last.endswith(":") else "; ") + text
        prev.listed += 1
        for name, code in coded.items():
            self.keep_aside(code, f"'{name}' codes beside an item of the list in the action above", row.page,
                            table.index, row.line)
        return True

    @staticmethod
    def repeats_action(texts: dict[str, str], prev: Draft, key: str) -> set[str]:
        """A tracker exported one milestone a row ('A01 | Replace the system | Agree the
        specification | Sept 2025 | Complete', then 'A01 | Replace the system | Run the
        procurement | …'): a row that prints the action before it again, word for word, beside a
        milestone of its own is that action's next milestone. The fields it repeats (the action,
        its reference, its lead), or an empty set when the row is an action of its own."""
        own = prev.pieces.get(key, [""])[0]
        if not texts.get("milestones", "").strip() or fold(texts.get(key, "")) != fold(own):
            return set()
        ref = texts.get("area_ref", "")
        if ref and fold(ref) != fold(prev.text("ref")):
            return set()  # the same wording under another reference: another action
        repeated = {name for name, text in texts.items()
                    if name != "milestones" and fold(text) == fold(prev.pieces.get(name, [""])[0])}
        return repeated | {key} | ({"area_ref"} if ref else set())

    def sub_item_row(self, texts: dict[str, str], key: str, prev: Draft | None, table: Table) -> bool:
        """A row of a numbered plan whose action opens with a sub-item's marker ('(a) …', 'ii) …',
        '– …') and prints no reference or lead of its own, but a date or a status, under an action
        of the same table that prints its reference ('1.1'): one of that action's lettered milestone
        rows, each with its own date and status, not an action of its own."""
        if prev is None or prev.table != table.index or not prev.pieces.get("ref"):
            return False
        if texts.get("ref") or texts.get("area_ref") or texts.get("lead") or "milestones" in texts:
            return False
        if not (texts.get("due") or texts.get("status")):
            return False
        return bool(_SUB_ITEM.match(texts.get(key, "")))

    def tall_cell_row(self, texts: dict[str, str], key: str, prev: Draft | None, table: Table) -> bool:
        """A row with no reference of its own under an action of the same table (one that printed its
        reference, where the table has a reference column), whose action text goes on with the
        action's cell: it opens with the next item of the list the cell began ('… 1. Annual training'
        | '2. Termly audit …'; or 'Develop the curriculum for science:' | '1. Map the units'), or,
        printing a date or status of its own, in lower case after a cell cut mid-sentence ('Develop
        the' | 'curriculum for science: …').
        A reader cut the action's tall cell at the row lines beside it (a PDF's row lines, a text
        rendering's row starts): the row is a sub-row of that action, its text more of its cell."""
        if prev is None or prev.table != table.index or key != "action" or prev.milestone_rows:
            return False
        assert self.header is not None
        referenced = bool({"ref", "area_ref"} & set(self.header.fields()))
        if texts.get("ref") or texts.get("area_ref") or "milestones" in texts or \
                (referenced and not prev.pieces.get("ref")):
            return False
        above, below = prev.text(key), texts.get(key, "")
        if not above or not below:
            return False
        if goes_on_list(above, below):
            return True
        # (a row opening in lower case with no date or status of its own is a wrapped line: wrapped_line_row)
        return bool(texts.get("due") or texts.get("status")) and starts_lower(below) and sentence_left_open(above) == 2

    def dated_row_below(self, texts: dict[str, str], key: str, prev: Draft) -> bool:
        """A row with no action text (a PDF or text rendering leaves the rest of an action's tall
        cell blank beside it) printing a date of its own, and a status when the table has them, under
        an action that printed its own: the action's next sub-row, as a merged cell's rows are (its
        cells not words going on from the row above: wrapped_row still reads those)."""
        if texts.get(key, "").strip() or texts.get("ref") or texts.get("area_ref"):
            return False
        if self.raw.format in UNPAGED_FORMATS or self.raw.format in AUTHORED_TABLE_FORMATS:
            return False
        if not prev.pieces.get("due") or not find_dates(texts.get("due", "")):
            return False
        return not prev.pieces.get("status") or bool(status_words(texts.get("status", "")))

    @staticmethod
    def printed_once_below(texts: dict[str, str]) -> bool:
        """A row with no action text under an action printed once (a CSV or PDF leaves the cells of
        a merged action blank below its first row) that holds a milestone with its own date or
        status: a step of that action, as a merged cell's rows are. A row holding only more words
        of a milestone goes on from the row above instead."""
        return bool(texts.get("milestones", "").strip()) and bool(texts.get("due") or texts.get("status"))

    def finishes_a_cell(self, cells: list[Cell], texts: dict[str, str], table: Table) -> bool:
        """The first row on a new page of a row that Word let break across the page ('… • Plan
        additional mentorship activities and' | then 'events depending on the impact of the event'):
        a cell of the row opens mid-sentence where the same column of the row before stopped on a
        word that cannot end one, so every cell of the row goes on from that row."""
        last_table, last = self._last_cells
        if last_table != table.index or own_date_or_rag(texts):
            return False
        return any(c.text.strip() and starts_lower(c.text) and sentence_left_open(last.get(c.col, "")) == 2
                   for c in cells)

    def wrapped_line_row(self, texts: dict[str, str], prev: Draft, table: Table) -> bool:
        """A row of the same table whose action opens mid-sentence ('including teacher assistants in
        maths', 'e.g. Mastering Number' under 'CPD for ECT’s and named staff') and says nothing an
        action has of its own (no reference, lead, date, status or RAG), under an action that opens
        with a capital as the table's do: the wrapped lines of that action, which the reader cut into
        rows of their own (a new action would open as the others do). Only in a table found by how
        text lines up (a PDF's): a workbook's or a Word table's rows are its author's own; and not
        a row that reads as a task by itself ('validate new user creation' under 'Check that …')."""
        if self.raw.format in UNPAGED_FORMATS or self.raw.format in AUTHORED_TABLE_FORMATS:
            return False
        key = self.key_field()
        above = prev.text(key)
        return prev.table == table.index and bool(above) and not starts_lower(above) \
            and not any(texts.get(f, "").strip() for f in _OWN_FIELDS) and not own_date_or_rag(texts) \
            and not looks_like_action(texts[key]) and not opens_with_verb(texts[key])

    def narrower_under_last_headings(self, cells: list[Cell], table: Table) -> list[Cell]:
        """The cells of a table read under the last table's headings (the next page of a ruled box,
        no heading row of its own) whose grid is narrower than the headings': the page drew fewer
        column rules (a blank lead and date column lost theirs), so its cells right of the actions
        stand under the headings counted from the right edge, as the box's right edge is the same
        ('… | measure | review' at 4–5 of 6 grid columns under 'Measures of Success | Review date' at
        6–7 of 8). The reference and action columns, at the left edge, keep their place."""
        head = self.header
        if head is None or self.header_table == table.index or not table.rows or self.raw.format != "pdf":
            return cells  # (a text file's or a sheet's columns are its own: no rules drawn, none lost)
        offset = head.width() - max(r.width() for r in table.rows)
        acting = [c for c in head.columns if c.field == "action"]
        if offset <= 0 or len(acting) != 1:
            return cells
        first = acting[0].col + 1  # the narrower grid's first column after the action's own
        if any(c.col < first and c.col + c.colspan > first for c in cells if c.text.strip()):
            return cells  # a cell across the cut: the grids do not line up so
        moved = [replace(c, col=c.col + offset) if c.col >= first else c for c in cells]
        if moved != cells and table.index not in self._narrow_tables:
            self._narrow_tables.add(table.index)
            self.warnings.append(f"table {table.index}: narrower ({offset} grid column(s) fewer) than the headings "
                                 f"of table {self.header_table} it goes on under: its cells after the actions read "
                                 f"from the right edge")
        return moved

    def unnumbered_top_row(self, texts: dict[str, str], prev: Draft) -> bool:
        """The first row after a page break in a table that numbers its rows ('1 | What we are going
        to do? …'), with no number of its own, under an action that printed one: the page cut that
        action's ruled row, and this is its rest (its text may open with a capital: 'Ensure that
        every child …' finishes the list begun above). A new row would print its number."""
        assert self.header is not None
        if "ref" not in self.header.fields() or texts.get("ref") or texts.get("area_ref"):
            return False
        return bool(prev.pieces.get("ref")) and bool(texts.get(self.key_field(), "").strip())

    @staticmethod
    def sparse_continuation(texts: dict[str, str], prev: Draft) -> bool:
        """After a page break: a row with far fewer cells than the action before it, whose
        text stopped mid-sentence, is the rest of that action."""
        last = prev.text("action") or prev.text(next(iter(prev.pieces), ""))
        unfinished = bool(last) and not last.rstrip().endswith((".", "!", "?", ")"))
        return unfinished and len(texts) * 2 <= len(prev.pieces)

    def ref_level_row(self, texts: dict[str, str], ratings: list, fills: dict[str, str], row: Row,
                      table: Table) -> bool:
        """'1 | Quality of practice | Head of Service' over '1.1 | Plans are specific' over '1.1.a | Train
        staff | … | Mar 26 | Green': a row whose reference code is a proper prefix of the code below it,
        naming a title and at most who leads it (no date, status or rating), heads the rows under it.
        The shallowest such level is the area (its lead the area's lead), a deeper one the objective
        (normalise/reflevels.py)."""
        key = self.key_field()
        ref = texts.get("area_ref", "").strip()
        # (a band's shade across the whole row, grey, rates nothing; a RAG colour in the rating's cell does)
        if not ref or ratings or rag_of_colour(fills.get("rag", "")) or not texts.get(key, "").strip() \
                or self.header is None:
            return False
        if set(texts) - {"area_ref", key, "lead", "responsible"}:
            return False
        at = self._row_index.get(id(row))
        if at is None:
            return False
        level = group_level(self.ref_codes(table), at)
        if not level:
            return False
        code = code_levels(ref)
        assert code is not None
        title, lead = squash(texts[key]), squash(texts.get("lead", "") or texts.get("responsible", ""))
        if level == "area":
            self.set_area(ref.strip(" .)") if len(code) == 1 else area_ref_of(ref), title, lead)
            self.context.update(area_source="outline", outline_code=".".join(code))
        else:
            self.context.update(objective=clean(title), objective_code=".".join(code))
            if lead:
                self.keep_aside(lead, "the lead printed on an objective's row (a code heading the actions "
                                "below it): no field holds an objective's lead", row.page, table.index, row.line)
        self.structure.append(title)
        note = (f"table {table.index}: reference codes number levels ('{ref}' heads the codes below it): "
                f"the top level read as the area, a level between it and the actions as the objective")
        if note not in self.warnings:
            self.warnings.append(note)
        return True

    def ref_codes(self, table: Table) -> list[tuple[str, ...] | None]:
        """The reference code of each row of the table being read, in the header's reference column
        (None where the row has none)."""
        assert self.header is not None
        key = (table.index, id(self.header))
        if key not in self._ref_codes:
            cols = {c.col for c in self.header.columns if c.field == "area_ref"}
            self._ref_codes[key] = [next((code_levels(c.text) for c in cells if c.col in cols), None)
                                    for cells in self._filled]
        return self._ref_codes[key]

    def group_is_its_own_task(self, texts: dict[str, str], key: str, prev: Draft | None) -> bool:
        """A row whose action cell is empty but whose group column names a new group, with its own
        who, when or status ('Testing | | Not Started | TBD | 04/28' under 'Task name | Sub task name |
        Status | Assigned to | End date', the task names the sub tasks' area): a task with no sub tasks,
        itself the action, not more of the group above (whose own who and when it would not share)."""
        assert self.header is not None
        if prev is None or texts.get(key, "").strip() or not texts.get("area", "").strip() \
                or "area" not in self.header.fields():
            return False
        own = sum(1 for name in OWN_ROW_FIELDS if texts.get(name, "").strip())
        return own >= OWN_ROW_VALUES and fold(texts["area"]) != fold(prev.context.get("area", ""))

    def area_row(self, texts: dict[str, str], ratings: list, row: Row, table: Table) -> bool:
        """'1 | Early help and thresholds | … | Lead: Marcus Fairbairn' → a new area, not an action."""
        ref = texts.get("area_ref", "").strip()
        if not ref or ratings:
            return False
        if not re.fullmatch(r"(?:\d{1,2}|[A-Za-zА-Яа-я])\.?", fix_lookalikes(ref)):
            return False
        others = {k: v for k, v in texts.items() if k != "area_ref"}
        lead = ""
        for k, v in list(others.items()):
            m = _LEAD_PREFIX.match(v)
            if m:
                lead = m.group(1)
                self.structure.append(v)
                del others[k]
        if len(others) != 1:
            return False
        (name, title), = others.items()
        grouped = name == "area" and self.risks_grouped(ref, row, table)
        if name not in ("action", "area", "objective", "outcome") or (name == "area" and not lead and not grouped):
            return False
        if name == "action" and self.refs_count_rows(table):
            return False  # '13 | Add the login check' in a list numbered row by row: the 13th action
        if name == "area" and self.header is not None and "action" in self.header.fields() and not grouped:
            return False  # an area column beside an action column: the row is an action's, not an area's
        self.set_area(area_ref_of(ref), title, lead)
        if grouped:  # the group names the area; each risk below describes its own row
            self.context["area_source"], self.theme_header = "theme", self.header
            self.warnings.append(f"table {table.index}: '{squash(title)}' numbered alone over rows numbered under "
                                 f"it: a group of risks, the area of its rows; each row's risk kept aside")
        return True

    def risks_grouped(self, ref: str, row: Row, table: Table) -> bool:
        """Does a row numbering a risk alone ('1 | Direct Financial', nothing else) head the rows
        numbered under it ('1.1 | Precept too low …', '1.2 | …')? In a risk register whose risk column
        is the actions' area (headers._risk_as_area), such a row is a group of risks, and the group,
        not each row's risk, is the area of the actions below."""
        if self.header is None or not any(c.field == "area" and "risk" in fold(c.label).split()
                                          for c in self.header.columns):
            return False
        number = fix_lookalikes(ref).strip(" .")
        at = next((i for i, r in enumerate(self._rows) if r is row), None)
        if not number.isdigit() or at is None:
            return False
        refs = [c.col for c in self.header.columns if c.field == "area_ref"]
        below = next((cells for cells in self._filled[at + 1:] if cells), [])
        return any(c.col in refs and fix_lookalikes(squash(c.text)).startswith(number + ".") for c in below)

    def refs_count_rows(self, table: Table) -> bool:
        """Does the table's reference column count its rows one by one ('1', '2', '3' … on row after
        row, MIN_COUNTED_ROWS or more, nearly all of them)? Then each number is a row's own, an
        action's: a plan that numbers its areas leaves rows between them unnumbered ('1 | Theme'
        over its actions, then '2 | Theme')."""
        assert self.header is not None
        key = (table.index, id(self.header))
        if key not in self._rows_counted:
            by_col = self.header.by_col()
            refs: list[int | None] = []
            for cells in self._filled:
                if not cells:
                    continue
                ref = next((fix_lookalikes(squash(c.text)).strip(" .)") for c in cells
                            if (column := by_col.get(c.col)) is not None and column.field == "area_ref"), "")
                refs.append(int(ref) if ref.isdigit() else None)
            numbered = [r for r in refs if r is not None]
            counted = sum(1 for a, b in zip(refs, refs[1:], strict=False) if a is not None and b == a + 1)
            self._rows_counted[key] = len(numbered) >= MIN_COUNTED_ROWS and counted >= 0.8 * (len(numbered) - 1)
        return self._rows_counted[key]


# the milestone fields a row may give twice: the action's, in a cell merged down over its steps, and
# the step's own, in a cell of the row alone ('Status' over a goal's rows beside 'Task Status')
STEP_OWN_FIELDS = ("status", "due")


def own_step_values(spans: dict[str, list[tuple[str, bool]]], merged: set[str],
                    values: dict[str, list[str]]) -> dict[str, str]:
    """A row's own status or date beside the action's, which a cell merged down over the action's rows
    gives (the merge's first row, or a row under it): the row's own cells are its step's, taken out of
    `values` (the action's keep the merged cell's). {field: the step's text}; empty when the row gives
    the field once, or only in cells of the row alone."""
    out: dict[str, str] = {}
    for name, got in spans.items():
        alone = [t for t, spanning in got if not spanning]
        spanned = [t for t, spanning in got if spanning]
        if not alone or not (spanned or name in merged):
            continue
        out[name] = " ".join(alone)
        if spanned:
            values[name] = spanned
        else:
            values.pop(name, None)
    return out
