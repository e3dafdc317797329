"""Row pairs: an item printed in one row ('1.1 | Guarantee a supported lodgings offer …', its text
across the table's width), who leads it, when it is due and how it stands in the row below it, each
value in a cell of its own that names its field ('| Lead: Head of Housing | Due: March 2026 | Status:
On track'). A reader takes the two rows as one record: the detail row's labels are the columns the
heading row never printed.

The evidence, all of it needed: a row whose every filled cell is labelled lines ('Label: value', or
several run together as a text's layout prints them), the labels naming two fields of an action or
more and never the action itself, right below a row that holds no labelled cell (the item), and
MIN_PAIRS such pairs in the table. Each pair is folded into one row, the detail's values in new
columns headed by the labels as printed; a banner row across the table (a priority, a theme) is
widened over the new columns, so it stays a banner, and rows that pair with no detail stay as
they are. A spanning row over ordinary data rows is no pair: its next row is no detail row.

The labels may be printed once instead, as a second heading row under the item's spanning heading
('No. | Action' over '| Lead | Due | Status'), the detail rows then plain values under them: a detail
row is then one whose filled cells all sit under those labels, a cell a column, right below a row
whose one cell spans them all (the item). The labels' row is folded into the heading row above it.
"""
from __future__ import annotations

from dataclasses import replace

from planx.extract.model import Block, Cell, RawDocument, Row, Table
from planx.normalise.dates import due_date
from planx.normalise.lists import label_spans
from planx.normalise.tableforms import FORM_FIELDS, LAID_OUT_FORMATS, form_field
from planx.normalise.text import squash

MIN_PAIRS = 2  # item and detail rows, before the table reads as pairs (one could be a note below a row)
MIN_FIELDS = 2  # fields a detail row names: one labelled cell alone is a note, not the item's record
# the fields a detail row may give its item: a form's line's fields but the action, which the item row names
DETAIL_FIELDS = FORM_FIELDS - {"action"}

Field = tuple[str, str, str]  # (field, label as printed, value)


def _filled(row: Row) -> list[Cell]:
    return [c for c in row.cells if c.text.strip() and not c.merged_above]


def _cell_fields(text: str) -> list[Field] | None:
    """[(field, label, value)] of a cell that opens with a field's label and holds only labelled values
    (one, or several run together); None when anything else is in it."""
    found = label_spans(text)
    if not found or text[:found[0][0]].strip() or any(name not in DETAIL_FIELDS for _, _, name, _ in found):
        return None
    ends = [start for start, _, _, _ in found[1:]] + [len(text)]
    out = [(name, label, squash(text[value:end]).strip(" ;|,")) for (_, value, name, label), end
           in zip(found, ends, strict=True)]
    return out if all(value for _, _, value in out) else None


def _date_tail(due: str, words: list[str]) -> int:
    """Where the shortest run of words closing a wrap line starts that completes a date printed with no
    year ('End of May' + '2026'); len(words) when none does (or the date needs nothing)."""
    if not due or due_date(due):
        return len(words)
    return next((k for k in range(len(words) - 1, -1, -1) if due_date(f"{due} {' '.join(words[k:])}")),
                len(words))


def _wrapped_fields(text: str) -> list[Field] | None:
    """The fields of a laid-out cell whose first line runs several labelled values together, its lines
    below with no label of their own the wraps of those values, left to right as their columns are.
    Where each wrap sat is lost with the cell's layout: the words closing a wrap line that complete
    the date above them ('End of May' / '2026') are that date's, as only a date reads whole with
    them; the words before are the first value's, the leftmost and wordiest (a lead's name:
    'Designated Nurse for Children in' / 'Care')."""
    first, *wraps = [ln for ln in text.split("\n") if ln.strip()]
    fields = _cell_fields(first)
    if fields is None or len(fields) < 2 or any(label_spans(w) for w in wraps):
        return None
    values = {name: value for name, _, value in fields}
    for wrap in wraps:
        words = wrap.split()
        cut = _date_tail(values.get("due", ""), words)
        for name, part in ((fields[0][0], words[:cut]), ("due", words[cut:])):
            if part:
                values[name] = " ".join([values[name], *part])
    return [(name, label, values[name]) for name, label, _ in fields]


def detail_fields(row: Row, laid_out: bool) -> list[Field] | None:
    """[(field, label, value)] of a detail row (module note): every filled cell labelled, two fields or
    more named, each once; None for any other row."""
    out: list[Field] = []
    for cell in _filled(row):
        fields = (_wrapped_fields(cell.text) if laid_out and "\n" in cell.text.strip() else None) \
            or _cell_fields(cell.text)
        if fields is None:
            return None
        out += fields
    names = [name for name, _, _ in out]
    return out if len(set(names)) >= MIN_FIELDS and len(set(names)) == len(names) else None


def _item_row(row: Row, laid_out: bool) -> bool:
    """A row that may name the item a detail row below it sets out: text, and no labelled cell."""
    filled = _filled(row)
    return bool(filled) and all(_cell_fields(c.text) is None for c in filled) \
        and detail_fields(row, laid_out) is None


_HEADING_ROWS = 3  # rows atop a table that may be its heading rows
MAX_LABEL_CHARS = 80  # a detail label as printed ('Current status', 'Deadline for completion')


def _spans(cell: Cell, cols: set[int]) -> bool:
    return cell.col <= min(cols) and cell.col + cell.colspan > max(cols)


def heading_labels(table: Table) -> tuple[int, dict[int, tuple[str, str]]] | None:
    """(index, {column: (field, label)}) of a row atop the table that labels the detail rows (module
    note): its every filled cell a detail field's label, a column each, two fields or more, under a
    heading cell that spans them all; None when no row does."""
    for k in range(1, min(_HEADING_ROWS, len(table.rows))):
        filled = _filled(table.rows[k])
        if any(len(c.text) > MAX_LABEL_CHARS for c in filled):
            continue  # a label is a few words: a long cell is data (and reading it as a heading is costly)
        labels = {c.col: (form_field(squash(c.text)), squash(c.text)) for c in filled if c.colspan == 1}
        names = [name for name, _ in labels.values()]
        if len(labels) < len(filled) or any(name not in DETAIL_FIELDS for name in names) \
                or len(set(names)) < MIN_FIELDS or len(set(names)) < len(names):
            continue
        if any(c.colspan > 1 and _spans(c, set(labels)) for c in _filled(table.rows[k - 1])):
            return k, labels
    return None


def _headed_fields(row: Row, item: Row, labels: dict[int, tuple[str, str]]) -> list[Field] | None:
    """The fields of a detail row under printed labels: its filled cells each under a label, a column
    each, below an item row whose one cell spans the labelled columns; None for any other row."""
    filled = _filled(row)
    if not filled or any(c.colspan > 1 or c.col not in labels for c in filled):
        return None
    if not any(_spans(c, set(labels)) for c in _filled(item)):
        return None
    return [(*labels[c.col], squash(c.text)) for c in filled]


def _pairs(table: Table, laid_out: bool) -> dict[int, list[Field]]:
    """{index of an item row: the fields of the detail row right below it}."""
    headed = heading_labels(table)
    out: dict[int, list[Field]] = {}
    for k in range(headed[0] + 2 if headed else 1, len(table.rows)):
        above = table.rows[k - 1]
        if k - 1 in out or not _item_row(above, laid_out):
            continue
        fields = _headed_fields(table.rows[k], above, headed[1]) if headed else detail_fields(table.rows[k], laid_out)
        if fields is not None:
            out[k - 1] = fields
    return out


def _width(table: Table) -> int:
    return max((r.width() for r in table.rows), default=0)


def _banner(row: Row, width: int) -> bool:
    """A row of one filled cell across the table (a priority, a theme over the items under it)."""
    filled = _filled(row)
    return len(filled) == 1 and filled[0].col == 0 and filled[0].colspan >= width


def _detail_columns(table: Table, pairs: dict[int, list[Field]]) -> set[int]:
    """The columns the detail rows' filled cells sit in."""
    return {c.col for k in pairs for c in _filled(table.rows[k + 1])}


def _one_item_text(row: Row, head: Row, cols: set[int]) -> Row:
    """An item row whose text a layout broke at the detail's columns ('… meets each | school term'),
    its parts joined into one cell across them, when the heading names those columns as one (one label
    over them: 'Action', the rest blank): the item is one text, as the heading says; any other row as
    it is."""
    if not cols or len([c for c in _filled(head) if c.col in cols]) > 1:
        return row
    parts = [c for c in _filled(row) if c.col in cols]
    if len(parts) < 2:
        return row
    first, last = min(cols), max(c.col + c.colspan for c in parts)
    joined = Cell(" ".join(squash(c.text) for c in parts), first, colspan=max(last, max(cols) + 1) - first)
    return replace(row, cells=[c for c in row.cells if c.col < first or c.col >= joined.col + joined.colspan]
                   + [joined])


def fold_pairs(table: Table, laid_out: bool) -> Table | None:
    """The table with each item row and its detail row folded into one row (module note); None when
    the table holds fewer than MIN_PAIRS pairs or no heading row above its first item."""
    pairs = _pairs(table, laid_out)
    if len(pairs) < MIN_PAIRS:
        return None
    width = _width(table)
    headed = heading_labels(table)
    heads = [k for k in range(min(pairs)) if not _banner(table.rows[k], width)]
    if headed:  # the labels' own row goes: its labels head the new columns, in the row above it
        heads = [k for k in heads if k != headed[0]]
    if not heads:
        return None  # no heading row to carry the labels: the items' own columns are unnamed
    labels: dict[str, str] = {}  # field → its label as first printed, in the order the details give them
    for fields in pairs.values():
        for name, label, _ in fields:
            labels.setdefault(name, label)
    columns = {name: width + i for i, name in enumerate(labels)}
    details = {k + 1 for k in pairs} | ({headed[0]} if headed else set())
    rows: list[Row] = []
    for k, row in enumerate(table.rows):
        if k in details:
            continue
        if k == heads[-1]:
            row = replace(row, cells=row.cells + [Cell(label, columns[name], bold=True)
                                                  for name, label in labels.items()])
        elif k in pairs:
            values = {name: value for name, _, value in pairs[k]}
            row = _one_item_text(row, table.rows[heads[-1]], _detail_columns(table, pairs))
            row = replace(row, cells=sorted(row.cells, key=lambda c: c.col)
                          + [Cell(values.get(name, ""), col) for name, col in columns.items()])
        elif _banner(row, width):
            cell = _filled(row)[0]
            row = replace(row, cells=[replace(cell, colspan=width + len(columns))])
        rows.append(row)
    return replace(table, rows=rows)


def fold_row_pairs(raw: RawDocument) -> RawDocument:
    """The document with each table of row pairs folded into rows of one record each (module note)."""
    laid_out = raw.format in LAID_OUT_FORMATS
    blocks: list[Block] = []
    folded = False
    for b in raw.blocks:
        table = fold_pairs(b, laid_out) if isinstance(b, Table) else None
        folded = folded or table is not None
        blocks.append(table or b)
    return replace(raw, blocks=blocks) if folded else raw
