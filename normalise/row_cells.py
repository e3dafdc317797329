"""The cells of one table row as the walker takes them: put back under their headings (regrid,
realign), a merged cell's text once, clipped copies blanked, an action log's numbered items
paired with their leads, a shaded whole row, rows that fill two cells or more, a grouping column
inside theme rows, band rows that head groups, and text that stops or opens mid-sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from planx.extract.model import Cell, Row
from planx.normalise.codes import rag_of, status_words
from planx.normalise.dates import find_dates
from planx.normalise.headers import Header
from planx.normalise.milestones import split_numbered
from planx.normalise.text import fold, is_clipped_copy, squash, words_over
from planx.normalise.vocab import MONTHS, OPEN_ENDING_WORDS


@lru_cache(maxsize=4096)
def _fits(field: str, text: str) -> bool:
    """Does a cell's text look like what a typed column holds? (Cached: realign asks it of the
    same cell under each shift it tries.)"""
    t = squash(text)
    if field == "due":
        # a month alone is a deadline too ('November' in an action log whose year its title gives)
        return bool(find_dates(t)) or fold(t) in ("ongoing", "tbc", "quarterly", "monthly") or fold(t) in MONTHS
    if field == "status":
        return bool(status_words(t)) and len(t) < 200
    if field == "rag":
        return bool(rag_of(t)) or t.isdigit()
    if field == "milestones":
        # (or one numbered step with its date, a list's item on a row of its own: '3. Pilot – May 2025')
        return split_numbered(t) is not None or bool(_NUMBERED_STEP.match(t) and find_dates(t))
    return False


_NUMBERED_STEP = re.compile(r"^\d{1,2}[.)]\s+[A-Za-z]")


TYPED_FIELDS = ("milestones", "due", "status", "rag")


# a cell of this many words or more is a paragraph: no date, status or RAG cell, but not evidence against
# one either (a status column of narratives, 'This commitment is IN PROGRESS. The agreement …', whose years
# and status words would otherwise vote for a shift)
PARAGRAPH_WORDS = 30


def _alignment(cells: list[Cell], typed: dict[int, str], shift: int) -> int:
    score = 0
    for c in cells:
        field = typed.get(c.col + shift)
        if field is not None and not words_over(c.text, PARAGRAPH_WORDS - 1):
            score += 1 if _fits(field, c.text) else -1
    return score


@dataclass
class _TypedColumns:
    """What realign needs of a heading row, worked out once per heading row."""
    count: int  # headings of a typed field
    by_col: dict[int, str]  # grid column → typed field
    width: int  # grid columns the headings cover


def _typed_columns(header: Header) -> _TypedColumns:
    return _TypedColumns(count=sum(1 for c in header.columns if c.field in TYPED_FIELDS),
                         by_col={i: c.field for i, c in header.by_col().items() if c.field in TYPED_FIELDS},
                         width=max(c.col + c.span for c in header.columns))


def regrid(cells: list[Cell], header: Header) -> list[Cell]:
    """A row gridded apart from its headings, put under them in order.

    A page break can re-grid a table: on the next page a PDF's ruling (or a converter) splits and
    merges grid columns differently, so 'Objectives' spans grid columns 2–3 over a cell at 2 and
    'Outcomes' at 4 sits over a cell spanning 3–4. Read by where each cell starts, two cells fall
    under 'Objectives' and none under 'Outcomes'. When the row has as many cells as there are
    headings and each cell overlaps the heading of its rank, the cells are the headings' in
    order; otherwise the row is left as it is."""
    columns = header.columns
    if len(cells) != len(columns) or len(cells) < 2:
        return cells
    under = [header.column_for(c.col) for c in cells]
    if len({id(u) for u in under if u is not None}) == len(cells):
        return cells  # every cell under a heading of its own: the grids agree
    for c, column in zip(cells, columns, strict=True):
        if c.col >= column.col + column.span or column.col >= c.col + c.colspan:
            return cells  # a cell away from the heading of its rank: not a re-gridding
    return [replace(c, col=column.col, colspan=column.span) for c, column in zip(cells, columns, strict=True)]


def realign(cells: list[Cell], header: Header, filled: list[Cell] | None = None) -> list[Cell]:
    """Shift a row whose cells slid left (two cells merged in conversion, an empty cell lost)
    back under its headings, when the dates, statuses and RAG codes clearly fit better.
    filled: the cells that hold text, when the caller has them."""
    typed = header.derived("typed", _typed_columns)
    if typed.count < 2:
        return cells
    if filled is None:
        filled = [c for c in cells if c.text.strip()]
    if not filled:
        return cells
    base = _alignment(filled, typed.by_col, 0)
    if base >= sum(1 for c in filled if c.col in typed.by_col):
        return cells  # every typed cell already fits its column
    last = max(c.col + c.colspan for c in filled)
    best, best_score = 0, base
    for shift in (1, 2):
        if last + shift > typed.width:
            break
        score = _alignment(filled, typed.by_col, shift)
        if score >= best_score + 2:
            best, best_score = shift, score
    if best == 0:
        return cells
    return [Cell(text=c.text, col=c.col + best, colspan=c.colspan, rowspan=c.rowspan, fill=c.fill,
                 merged_above=c.merged_above) for c in cells]


# fields that hold the same for every item of a row split by its letters (a date, a status)
_SHARED_BY_ITEMS = ("due", "status", "rag", "timeframe", "area", "area_ref")


def shaded_whole(fills: list[str | None]) -> bool:
    """Are a row's cells (two or more) all shaded in one colour: a banding or a highlighted row, no
    column's colour of its own?"""
    return len(fills) >= 2 and len(set(fills)) == 1 and fills[0] is not None


# a lead-in line over a cell's lettered list ('Carry out visits and provide reports …:' over 'a. Literacy
# – 20 November 2020', 'b. SEND …'): one line ending in a colon
_LEAD_IN = re.compile(r"^([^\n]*:)[ \t]*\n(?=\s*(?:\(\w{1,5}\)|\w{1,5}[.)])\s)")


def lead_in_of(text: str) -> str:
    """The lead-in line of a cell whose lines below it make a lettered or numbered list ('' when none)."""
    m = _LEAD_IN.match(text.strip())
    return m.group(1) if m else ""


def items_paired_by_number(cells: list[Cell], header: Header) -> list[list[Cell]] | None:
    """An action log's row whose action cell is a lettered or numbered list and whose lead cell
    numbers its owners the same way ('a. Notify Babcock … b. Notify Steve Bone …' beside
    'a. Simon Barnes b. Paul Evemy/Clerk'): one row of cells per item, each owner with the action of
    its own letter (the owners differ, so these are actions, not milestones of one). Other cells
    numbered alike are split too; a cell that is not goes to every item when it holds what they
    share (a date, a status), else to the first. The action cell may open with a lead-in line
    ending in a colon ('Carry out visits and provide reports to the Clerk …:'), which no item
    carries (the caller keeps it aside: lead_in_of). None when the action and lead cells do not pair."""
    by_col = header.by_col()
    field_of = {id(c): (by_col[c.col].field if c.col in by_col else "") for c in cells}
    action = next((c for c in cells if field_of[id(c)] == "action" and c.text.strip()), None)
    lead = next((c for c in cells if field_of[id(c)] == "lead" and c.text.strip()), None)
    if action is None or lead is None:
        return None
    lead_in = lead_in_of(action.text)
    listed = action.text.strip()[len(lead_in):].strip() if lead_in else action.text
    actions, leads = split_numbered(listed), split_numbered(lead.text)
    if not actions or not leads or len(actions) < 2 or [n for n, _ in actions] != [n for n, _ in leads]:
        return None
    numbers = [n for n, _ in actions]
    out: list[list[Cell]] = [[] for _ in numbers]
    for c in cells:
        text = listed if c is action else c.text
        items = split_numbered(text) if text.strip() else None
        if items and [n for n, _ in items] == numbers:
            for k, (_, item) in enumerate(items):
                out[k].append(replace(c, text=item))
        elif field_of[id(c)] in _SHARED_BY_ITEMS:
            for k in range(len(numbers)):
                out[k].append(c)
        else:
            out[0].append(c)
            for k in range(1, len(numbers)):
                out[k].append(replace(c, text=""))
    return out


# a task in the passive, as minutes set them: 'Finance Policy to be added to the FGB agenda',
# 'Signed minutes to be filed' (the thing, then 'to be' and what is done to it)
_PASSIVE_TASK = re.compile(r"^[A-Z][\w'’&/().-]*(?:\s+[\w'’&/().-]+){0,7}?\s+to\s+be\s+[a-z]{3,}(?:ed|en|t)\b")


def _whole_clause(line: str) -> bool:
    """Is a line of an action cell a whole task by itself: it opens with a capital, ends on no open
    word, and has its own verb (an instruction, who is to act, or a task in the passive)?"""
    from planx.normalise.columns import looks_like_action
    words = line.split()
    return len(words) >= 3 and line[:1].isupper() and sentence_left_open(line) < 2 \
        and (looks_like_action(line) or _PASSIVE_TASK.match(line) is not None)


# the columns of an action log (a meeting's tasks: what, who, by when, how it stands), as against a plan's
_LOG_FIELDS = frozenset({"ref", "area_ref", "area", "action", "lead", "responsible", "due", "status", ""})


def clauses_paired(cells: list[Cell], header: Header) -> list[list[Cell]] | None:
    """A row of an action log (no plan's outcome, measure or objective columns) whose action cell
    holds two lines or more, each a whole task with its own verb and nothing to mark it as a list
    ('Finance Policy to be added to the FGB agenda' / 'Teacher’s Pay Policy to be added to the FGB
    agenda'), beside cells of one line each (one lead, one date): an action per line, each with the
    row's other cells. Wrapped lines ('CPD for named staff' /
    'including teacher assistants in maths') open mid-sentence or have no verb: one action."""
    if not set(header.fields()) <= _LOG_FIELDS:
        return None  # a plan's row (its outcome, measure …) is one action, however many lines its cell has
    by_col = header.by_col()
    action = next((c for c in cells if c.col in by_col and by_col[c.col].field == "action" and c.text.strip()), None)
    if action is None:
        return None
    lines = [squash(ln) for ln in action.text.splitlines() if ln.strip()]
    if len(lines) < 2 or not all(_whole_clause(ln) for ln in lines):
        return None
    if any(c is not action and len([ln for ln in c.text.splitlines() if ln.strip()]) > 1 for c in cells):
        return None  # the cells beside list as much: paired by the readers of lists
    return [[replace(c, text=line) if c is action else c for c in cells] for line in lines]


def _distinct_cells(row: Row) -> list[Cell]:
    """The row's cells that hold text, a merged cell's text repeated beside it once."""
    out: list[Cell] = []
    for c in row.cells:
        if c.merged_above or not c.text.strip():
            continue
        if out and squash(out[-1].text) == squash(c.text):
            continue
        out.append(c)
    return out


def own_date_or_rag(texts: dict[str, str]) -> bool:
    """Does a row carry its own due date or RAG? Then it is an action, whatever its first letter."""
    from planx.normalise.milestones import leading_number
    due = texts.get("due", "")
    number = leading_number(due)[0]
    own_due = bool(find_dates(due)) and number in ("", "1")  # '3.28/01/2016' goes on a list above
    return own_due or bool(texts.get("rag", "").strip())


def sentence_left_open(text: str) -> int:
    """How surely a text stops mid-sentence, so that the next cell's text goes on with it: 2 when it
    ends on a word that cannot end one ('… at risk of', '… and', '… to the') or on a comma or
    hyphen, 1 when it ends on any other word, 0 when it ends a sentence or is empty."""
    t = text.rstrip()
    if not t or t[-1] in ".!?:;)":
        return 0
    if t[-1] in ",-–/&":
        return 2
    last = fold(t.split()[-1]) if t.split() else ""
    return 2 if last in OPEN_ENDING_WORDS else 1


# a list item's marker before a capital: a lower-case roman numeral or a letter, bracketed or stopped
# ('ii) Post Box', 'iii.) A member of the public …', '(b) The Clerk …'): an item of its own, not words
# that go on over a line break
_ITEM_MARKER = re.compile(r"^\s*\(?(?:[ivx]{1,5}|[a-h])(?:\.\)|[.)])\s+(?=[A-Z0-9\"'‘“])")


def opens_item(text: str) -> bool:
    """Does the text open with a sub-item's marker ('ii) Allotments', '(a) The Clerk …')?"""
    return _ITEM_MARKER.match(text) is not None


def starts_lower(text: str) -> bool:
    """Does the text open mid-sentence ('and the …', ', with …', '(posters, policies …')?"""
    t = re.sub(r"^[\s\-–•*·]+", "", text)
    if t.startswith("(") and len(t) > 1 and t[1].islower():
        return True
    return bool(t) and (t[0].islower() or t[0] in ",;.)")


# a band names a group: a title of a few words, not a paragraph
BAND_WORDS = 20


def _opens_a_title(text: str) -> bool:
    """Does the text open as a title does: a capital or a figure ('Priority 1 – …', '2. Resilient …')?"""
    t = re.sub(r"^[\s\-–•*·\"'‘“(\[]+", "", text)
    return bool(t) and (t[0].isupper() or t[0].isdigit())


def band_rows(rows: list[list[Cell]]) -> list[int]:
    """The rows that head the table's groups as bands ('Priority 1 – A thriving local economy'): one
    filled cell, spanning the table or alone in its first column; a title, not a line of the cell
    above wrapped onto a row of its own (it opens with a capital or a figure, has BAND_WORDS words at
    most, and the text above it in its column does not stop mid-sentence: 'To raise standards in
    reading and' over 'writing across the school'); and the shape recurs: two such rows or more in the
    same place (across the table, or in the first column), or one as the table's first row, which
    nothing above it could go on from. [] when the table has no bands."""
    width = max((c.col + c.colspan for r in rows for c in r), default=0)
    first = min((c.col for r in rows for c in r if c.text.strip()), default=0)
    above: dict[int, str] = {}  # the last text each column printed
    found: dict[bool, list[int]] = {True: [], False: []}  # across the table → rows
    for i, row in enumerate(rows):
        filled = [c for c in row if c.text.strip() and not c.merged_above]
        if len(filled) == 1:
            c, text = filled[0], squash(filled[0].text)
            across = c.col <= first and c.col + c.colspan >= width > 1
            if (across or c.col == first) and _opens_a_title(text) and not words_over(text, BAND_WORDS) \
                    and sentence_left_open(above.get(c.col, "")) < 2:
                found[across].append(i)
        above.update((c.col, c.text) for c in filled)
    bands = sorted(found[True] + found[False])
    if len(found[True]) >= 2 or len(found[False]) >= 2 or bands[:1] == [0]:
        return bands
    return []


def content_rows(rows: list[list[Cell]]) -> list[list[tuple[int, str, str | None]]]:
    """(col, text, fill) of each row that fills two cells or more: rows that span the table (a
    title, a theme) say nothing about its columns."""
    cells = [[(c.col, c.text, c.fill) for c in row if not c.merged_above] for row in rows]
    return [r for r in cells if sum(1 for _, t, _ in r if t.strip()) >= 2]


def dedupe_clipped(cells: list[Cell]) -> list[Cell]:
    """Blank a cell that is a clipped copy of the start of the next cell (legacy text conversions)."""
    out = cells
    for i in range(len(cells) - 1):
        text = cells[i].text
        # a clipped copy has 12 characters or more, and starts as the next cell does: tests
        # that spare most cells the call
        if len(text) >= 12 and text.lstrip()[:1] == cells[i + 1].text.lstrip()[:1] and text.strip() \
                and is_clipped_copy(text, cells[i + 1].text):
            if out is cells:
                out = list(cells)  # copied only when a cell is blanked: most rows have none
            out[i] = Cell(text="", col=cells[i].col, colspan=cells[i].colspan)
    return out


def groups_within_themes(every: list[list[tuple[int, str, str | None]]], col: int) -> bool:
    """Does column `col` group rows inside the groups that theme rows (rows of one filled cell) head:
    a value printed once over a few rows, again on the first row under every theme row, so that
    its groups nest in the themes' and outnumber them ('Surgery' over 'MD1.1 | Regulation 11 | …',
    'MD1.2 |  | …', 'MD2.1 | Regulation 12 | …'; a merged cell printed once, as text writes it)?
    Then the theme rows are the areas; the column says something finer of its rows."""
    themes = starts = blanks = 0
    after_theme = False
    for r in every:
        filled = [(c, t) for c, t, _ in r if t.strip()]
        mine = any(c == col for c, _ in filled)
        if len(filled) == 1 and not mine:
            themes += 1
            after_theme = True
            continue
        if after_theme and not mine:
            return False  # a group of the column runs on across a theme row: not inside the themes
        after_theme = False
        starts += mine
        blanks += not mine
    return themes >= 2 and blanks >= 1 and starts > themes
