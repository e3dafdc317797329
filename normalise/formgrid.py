"""A form per action whose table also holds the action's milestone grid.

    | Commitment 1: Open contracting data                                       |   (a title row, optional)
    | Lead implementing agency          | Cabinet Office                         |
    | Commitment start and end date     | January 2020 – June 2021               |
    | What is the public problem …?     | Data is hard to find and use.          |
    | Milestone activity with a verifiable deliverable | Start date | End date  |   (a heading row of its own)
    | Publish contract data in OCDS                    | Jan 2020   | Jun 2020  |
    | Run user research with CSOs                      | Jul 2020   | Dec 2020  |

Open government national action plans (the OGP commitment template since 2016) and many council
and NHS action templates give each commitment one table: 'label | value' rows, then, in the same
table, a grid with a heading row of its own and a row per milestone. A reader sees ONE action (its
fields named by the labels) over its milestones (the grid's rows, with their dates). Read as a plain
grid, the label rows stand before any column heading and the next commitment's table reuses the
first one's headings, so its labels come out as actions.

The evidence, all of which must hold (a grid of actions under a banner or two is no such form):
- three rows or more open the table (after at most two one-cell title rows) as 'label | value':
  the first cell reads as a label (a field's name, a short capitalised phrase, or a question), the
  rest of the row gives its value; one label at least names a field;
- then a row reads as column headings: every cell a label, no two the same, one naming a date;
- the grid's text column names the parts of a piece of work ('Milestones', 'Deliverable',
  'Milestone activity …'), or a label above names the action itself ('Commitment');
- one grid row at least follows, and no row after the heading row opens with one of the form's
  labels again (several forms in one table are another shape).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from planx.extract.model import Cell, Row, Table
from planx.normalise.dates import find_dates
from planx.normalise.text import fold, squash, words_over

_MAX_TITLE_ROWS = 2
_MIN_LABEL_ROWS = 3
_MAX_QUESTION_WORDS = 20  # a label may be a question ('What is the public problem …?')
_DATE_WORDS = re.compile(r"\b(?:date|dates|deadline|by when|due|timescale|timescales|timeframe|when)\b", re.I)
_QUESTION = re.compile(r"(?:what|how|why|who|which|when|where|whom|whose|is|are|does|do|has|have|will|can)\b", re.I)
_SPAN = re.compile(r"\b(?:dates|start and end|period|duration|timescales?|timeframe)\b", re.I)  # a span's label
_START_WORDS = re.compile(r"\b(?:start|begin|beginning|from)\b", re.I)
_PART_WORDS = re.compile(r"\b(?:milestones?|deliverables?|steps?|activit(?:y|ies)|tasks?|outputs?|stages?)\b", re.I)


@dataclass
class FormOverGrid:
    titles: list[tuple[str, Row]]  # one-cell rows over the labels (the action's title)
    # (field or '', label, value, row, value column); 'timeframe' for a span ('Start and end date')
    fields: list[tuple[str, str, str, Row, int]]
    heading: Row  # the grid's heading row
    columns: list[tuple[int, str, str]]  # (col, role, label): role 'milestones', 'due', 'start', 'status' or ''
    rows: list[Row]  # the grid's rows
    why: str = ""
    strong_action: bool = False  # a label names the action beyond doubt ('Commitment')
    evidence: list[str] = field(default_factory=list)
    fills: dict[str, str] = field(default_factory=dict)  # field → the fill of its empty value cell ('RAG | <red>')


def _filled(row: Row) -> list[Cell]:
    return [c for c in row.cells if not c.merged_above and c.text.strip()]


def _distinct(cells: list[Cell]) -> list[Cell]:
    """The cells with a text the cell before did not already give (a merged value repeated)."""
    out: list[Cell] = []
    for c in cells:
        if not out or squash(out[-1].text) != squash(c.text):
            out.append(c)
    return out


def _label(text: str) -> tuple[str, float] | None:
    """(field, score) of a form's label cell; ('', 0) for a label no field takes; None for no label."""
    from planx.normalise.tableforms import form_label, loose_label
    reading = form_label(text)
    if reading is not None:
        return reading
    label = squash(text)
    if loose_label(label):
        return ("", 0.0)
    words = label.split()
    if (label.endswith("?") or _QUESTION.match(label)) and len(words) <= _MAX_QUESTION_WORDS and label[0].isupper() \
            and not label.endswith("."):
        return ("", 0.0)  # a question the form asks (its '?' may have wrapped onto the next page)
    return None


def _label_row(row: Row) -> tuple[str, float, str, str, int] | None:
    """(field, score, label, value, value column) of a 'label | value' row, else None."""
    cells = _distinct(_filled(row))
    if len(cells) != 2 or cells[0].col != 0:
        return None
    reading = _label(cells[0].text)
    if reading is None or _heading_columns(row) is not None:
        return None  # a grid's heading row ('Milestone | Due date'), not a label and its value
    return reading[0], reading[1], squash(cells[0].text), squash(cells[1].text), cells[1].col


def _fill_row(row: Row) -> tuple[str, str, str] | None:
    """(field, label, fill) of a 'label | <a shaded empty cell>' row whose label means a rating
    ('RAG rating | ▇'): the value is the fill colour alone, as many forms give their RAG. Else None."""
    from planx.normalise.codes import rag_of_colour
    from planx.normalise.tableforms import form_label
    cells = _filled(row)
    if len(cells) != 1 or cells[0].col != 0:
        return None
    reading = form_label(cells[0].text)
    if reading is None or reading[0] != "rag":
        return None
    shaded = [c for c in row.cells if not c.merged_above and c.col > 0 and not c.text.strip() and c.fill]
    fills = {c.fill for c in shaded if rag_of_colour(c.fill)}
    if len(fills) != 1:
        return None
    return reading[0], squash(cells[0].text), fills.pop() or ""


def _heading_columns(row: Row) -> list[tuple[int, str, str]] | None:
    """The grid's columns [(col, role, label)] when the row reads as column headings: two cells or
    more, each a label, none repeated, one naming a date; else None."""
    from planx.normalise.tableforms import form_label
    cells = _filled(row)
    if len(cells) < 2 or len({fold(c.text) for c in cells}) != len(cells):
        return None
    out: list[tuple[int, str, str]] = []
    for c in cells:
        label = squash(c.text)
        if find_dates(label) or words_over(label, 12):
            return None
        reading = form_label(label)
        name = reading[0] if reading is not None else ""
        if _DATE_WORDS.search(label) or name == "due":
            role = "start" if _START_WORDS.search(label) else "due"
        elif name == "status":
            role = "status"
        elif _PART_WORDS.search(label) or name in ("action", "milestones"):
            role = "milestones"
        else:
            role = ""
        out.append((c.col, role, label))
    if not any(r == "due" for _, r, _ in out) and not any(r == "start" for _, r, _ in out):
        return None
    texts = [k for k, (_, r, _) in enumerate(out) if r == "milestones"]
    if not texts:
        return None
    first = texts[0]  # one text column: the milestones; other text columns are kept with their headings
    return [(col, role if role != "milestones" or k == first else "", label)
            for k, (col, role, label) in enumerate(out)]


def _label_goes_on(row: Row, before: Row) -> bool:
    """A row whose only text is the rest of the label above, cut off by a page break or wrapped
    onto a row of its own ('address?' under 'What is the public problem … will'): one cell in the
    label column, opening in lower case or on a page after the label's."""
    cells = _distinct(_filled(row))
    if len(cells) != 1 or cells[0].col != 0:
        return False
    text = squash(cells[0].text)
    return not words_over(text, 6) and (text[:1].islower() or row.page > before.page)


def form_grid_over_pages(blocks: list, i: int) -> Table | None:
    """The table at blocks[i] joined with the next block, a table on a later page, when together
    (and neither alone) they read as one form over its milestone grid: a page break fell between a
    commitment's labels and its grid (LibreOffice prints a table so when it does not fit)."""
    table = blocks[i]
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    if not isinstance(table, Table) or not isinstance(following, Table) or not table.rows or not following.rows:
        return None
    if following.rows[0].page <= table.rows[-1].page or read_form_over_grid(table) is not None \
            or read_form_over_grid(following) is not None:
        return None
    whole = replace(table, rows=[*table.rows, *following.rows])
    return whole if read_form_over_grid(whole) is not None else None


def read_form_over_grid(table: Table) -> FormOverGrid | None:
    """The table read as one action's form over its milestone grid (see the module), or None."""
    rows = [r for r in table.rows if _filled(r)]
    k = 0
    titles: list[tuple[str, Row]] = []
    while k < len(rows) and k < _MAX_TITLE_ROWS and len(_distinct(_filled(rows[k]))) == 1:
        titles.append((squash(_filled(rows[k])[0].text), rows[k]))
        k += 1
    fields: list[tuple[str, str, str, Row, int]] = []
    fills: dict[str, str] = {}
    strong = False
    while k < len(rows):
        shaded = _fill_row(rows[k])
        if shaded is not None and shaded[0] not in fills:
            fills[shaded[0]] = shaded[2]  # the rating given only by the colour of its value cell
            fields.append((shaded[0], shaded[1], "", rows[k], 1))
            k += 1
            continue
        reading = _label_row(rows[k])
        if reading is None and fields and _label_goes_on(rows[k], fields[-1][3]):
            name, label, value, where, col = fields[-1]  # 'What is the public problem the commitment will' / 'address?'
            label = f"{label} {squash(_filled(rows[k])[0].text)}"
            fields[-1] = ((_label(label) or (name, 0.0))[0], label, value, where, col)
            k += 1
            continue
        if reading is None:
            break
        name, score, label, value, col = reading
        if not name and find_dates(value) and _SPAN.search(label):
            name = "timeframe"  # 'Commitment start and end date | January 2020 – June 2021'
        fields.append((name, label, value, rows[k], col))
        strong = strong or name == "action" and score >= 90
        k += 1
    if len(fields) < _MIN_LABEL_ROWS or not any(name for name, *_ in fields) or k >= len(rows):
        return None
    columns = _heading_columns(rows[k])
    if columns is None:
        return None
    grid = rows[k + 1:]
    labels = {fold(label) for _, label, *_ in fields}
    if not grid or any(fold(_filled(r)[0].text) in labels for r in grid):
        return None  # the form's labels again below its grid: several forms in one table, not one
    parts = next(label for _, role, label in columns if role == "milestones")
    if not (_PART_WORDS.search(parts) or strong):
        return None
    why = (f"table {table.index}: {len(fields)} 'label | value' row(s) over a grid headed "
           f"'{' | '.join(label for _, _, label in columns)}' read as one action's form over its milestones")
    if fills:
        why += "; " + ", ".join(f"'{label}' rated by its cell's fill {fills[name]}" for name, label, value, *_ in fields
                                if name in fills and not value)
    return FormOverGrid(titles, fields, rows[k], columns, grid, why, strong, fills=fills)


__all__ = ["FormOverGrid", "form_grid_over_pages", "read_form_over_grid"]
