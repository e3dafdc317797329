"""Several forms in one table: each action's 'label | value' rows over its milestone grid, again and again.

    | Action 2.2                                       |   (a title row, optional)
    | Recommended action | Create supported internships …  |
    | Completion date    | December 2025                   |
    | RAG rating         | ▇ (green fill)                  |
    | Milestone          | Completion date   | Status       |
    | Draft the guidance | 31/03/2026        | Not started  |
    | Action 2.3                                       |   <- the next action's form, on the next page
    | Recommended action | Map the post-16 options …       |
    …

Plans that give each action its own small table print one form after another; a PDF's table reader
that stitches a table running over a page break onto the table above it (the same columns, the
same ruling) then joins the last form of a page and the first of the next into one table, and a
reader of one form sees the next form's labels under the first one's grid, reads no form and takes
the labels as actions. A table whose opening label comes back is cut where it comes back (with the
one-cell title rows right above it), and the cut is kept only when every piece reads as one form
over its grid (normalise/formgrid.py): the evidence is the recurring label sequence itself, not the
page break, so a Word table holding several forms is read the same way.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Cell, Paragraph, Row, Table
from planx.normalise.formgrid import _distinct, _filled, _label_row, read_form_over_grid
from planx.normalise.text import fold, squash, words_over

MIN_PIECES = 2


def _first_text(row: Row) -> str:
    cells = _distinct(_filled(row))
    return fold(cells[0].text) if cells and cells[0].col == 0 else ""


def _title_row(row: Row) -> bool:
    return len(_distinct(_filled(row))) == 1


def split_forms(table: Table) -> list[Table] | None:
    """The table cut into one table per form when it holds several forms over their milestone grids
    (see the module), each piece keeping the table's index; None when it is one form or not forms."""
    rows = [r for r in table.rows if _filled(r)]
    if len(rows) < 2 * 4 or read_form_over_grid(table) is not None:
        return None
    start = 0
    while start < len(rows) and _title_row(rows[start]):
        start += 1
    if start >= len(rows) or _label_row(rows[start]) is None:
        return None
    opening, titles = _first_text(rows[start]), start
    cuts = [0]
    for j in range(start + 1, len(rows)):
        if _first_text(rows[j]) != opening:
            continue
        cut = j - titles
        if cut <= cuts[-1] or not all(_title_row(rows[k]) for k in range(cut, j)):
            return None
        cuts.append(cut)
    if len(cuts) < MIN_PIECES:
        return None
    pieces = [replace(table, rows=rows[a:b]) for a, b in zip(cuts, [*cuts[1:], len(rows)], strict=True)]
    if not all(read_form_over_grid(p) is not None for p in pieces):
        return None
    return pieces


__all__ = ["split_forms"]


MAX_BANNER_WORDS = 40


def _names_its_action(table: Table) -> bool:
    """Does the table open as a form with a row labelled as the action itself ('Action | …')? Then a
    banner over it is not that action's title but the area of the forms under it."""
    from planx.normalise.tableforms import form_label
    for row in [r for r in table.rows if _filled(r)][:4]:
        cells = _distinct(_filled(row))
        reading = form_label(cells[0].text) if cells and cells[0].col == 0 else None
        if reading is not None and reading[0] == "action" and _label_row(row) is not None:
            return True
        if reading is not None and reading[0] == "action" and len(cells) >= 2:
            return True
    return False


def banner_over_forms(blocks: list, i: int) -> tuple[str, str, str] | None:
    """(ref, title, text) of a table at blocks[i] that is only a banner ('Recommendation 2: Listen to
    children …', 'Priority 3 – …' in one shaded cell) standing over the next block, a table: a banner
    printed as a box of its own over the forms of its actions names their area, as a heading would.
    A banner row inside a table is the grid readers' (a spanning row over its own heading row)."""
    from planx.normalise.banners import _SPANNING_BANNER
    block = blocks[i]
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    if not isinstance(following, Table) or not _names_its_action(following):
        return None
    if isinstance(block, Paragraph):  # the box printed as a line of text by a PDF's reader
        text = squash(block.text)
        # a line naming an area ('Priority 2: …') is the heading readers'; a numbered recommendation
        # over labelled lines heads one action there, unless the form below names its own action
        if not _SPANNING_BANNER.match(text):
            return None
    elif isinstance(block, Table):
        rows = [r for r in block.rows if _filled(r)]
        if len(rows) != 1 or len(_distinct(_filled(rows[0]))) != 1:
            return None
        text = squash(_distinct(_filled(rows[0]))[0].text)
    else:
        return None
    banner = _banner(text)
    return (banner[0], banner[1], text) if banner is not None else None


def _banner(text: str) -> tuple[str, str] | None:
    """(ref, title) of a banner's text ('Recommendation 2: Listen …', 'Priority 3 – …'), else None."""
    from planx.normalise.banners import _SPANNING_BANNER, read_banner
    if words_over(text, MAX_BANNER_WORDS):
        return None
    banner = read_banner(text)
    if banner is None:
        m = _SPANNING_BANNER.match(text)
        banner = (m.group(1), m.group(2).strip()) if m else None
    return banner if banner is not None and banner[1] else None


def cut_at_banners(table: Table) -> list[Table] | None:
    """The table cut at its one-cell banner rows ('Recommendation 2: Listen …' between the forms, as a
    borderless PDF's reader joins the banner's box and the forms into one table): the banner as a
    table of one row, so that banner_over_forms gives it to the forms below as their area. Kept only
    when the rows between the banners read as forms that name their own action."""
    from planx.normalise.tableforms import read_vertical_form
    rows = [r for r in table.rows if _filled(r)]
    marks = [j for j, r in enumerate(rows) if len(_distinct(_filled(r))) == 1
             and _banner(squash(_distinct(_filled(r))[0].text)) is not None]
    if not marks:
        return None
    pieces: list[Table] = []
    start = 0
    for j in [*marks, len(rows)]:
        if j > start:
            part = replace(table, rows=rows[start:j])
            if not _names_its_action(part) or not (read_vertical_form(part) or read_form_over_grid(part)
                                                   or split_forms(part)):
                return None
            pieces.append(part)
        if j < len(rows):
            pieces.append(replace(table, rows=[rows[j]]))
        start = j + 1
    return pieces if len(pieces) > 1 else None


__all__ += ["banner_over_forms", "cut_at_banners"]


def _reads_as_label(text: str) -> bool:
    from planx.normalise.tableforms import form_label
    reading = form_label(text)
    return reading is not None and bool(reading[0])


def restack_box(table: Table) -> Table | None:
    """A box per action mixing 'label | value' rows with labels standing over their values:

        | Action                                   |   (a label across the box)
        | Train every early years setting …        |   (its value below it)
        | Lead officer | D. Clinical Officer | By when | Sept 2025 |
        | Progress to date       | RAG rating      |   (two labels, each over two columns)
        | Recruitment under way. | ▇ (red fill)    |   (their values below them)

    rewritten with each label over a value beside it ('Action | Train …', 'RAG rating | ▇'), so
    that the form readers see one action's labels and values (the value cell keeps its fill: a
    RAG given only by colour). A row is labels over values when every cell with text names a
    field and the row below has its cells in the same columns, none of them a label. Only a box
    that also has a 'label | value' row is rewritten (a grid's heading row over a row of values is
    the grid readers'), and None is returned unless the rewritten table reads as a form."""
    from planx.normalise.tableforms import read_vertical_form
    rows = [r for r in table.rows if any(c.text.strip() or c.fill for c in r.cells if not c.merged_above)]
    out: list[Row] = []
    stacked = pairs = 0
    k = 0
    while k < len(rows):
        row = rows[k]
        cells = [c for c in row.cells if not c.merged_above]
        texts = [c for c in cells if c.text.strip()]
        below = rows[k + 1] if k + 1 < len(rows) else None
        if texts and len(texts) == len(cells) and all(_reads_as_label(c.text) for c in texts) and below is not None:
            under = [c for c in below.cells if not c.merged_above]
            by_col = {c.col: c for c in under}
            if set(by_col) == {c.col for c in texts} and not any(_reads_as_label(c.text) for c in under if c.text):
                for label in texts:
                    value = by_col[label.col]
                    out.append(Row([Cell(text=label.text, col=0, fill=label.fill, bold=label.bold),
                                    Cell(text=value.text, col=1, fill=value.fill)], row.page, row.line))
                stacked += 1
                k += 2
                continue
        if len(texts) >= 2 and texts[0].col == 0 and texts[0].colspan == 1 and _reads_as_label(texts[0].text) \
                and _banner(squash(texts[0].text)) is None:
            pairs += 1  # a label beside its value ('Lead officer | …'), not a banner beside its lead
        elif len(texts) >= 2 and not any(_reads_as_label(c.text) for c in texts):
            return None  # a row of values under no labels: a grid's row, so the labels above were its headings
        out.append(row)
        k += 1
    if not stacked or not pairs:
        return None
    restacked = replace(table, rows=out)
    return restacked if read_vertical_form(restacked) is not None else None


__all__ += ["restack_box"]


_TITLE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{1,40}?)\s+(\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)\s*[:.]?\s*$")


def widen_title_rows(table: Table) -> Table | None:
    """The table with each form's title row ('Action 1.2' alone in the label column, the value
    column empty beside it: a borderless PDF's reader splits the row the title spanned into the
    table's columns) as one cell across the table, as the form readers know title rows. A label
    word with a reference and nothing beside it titles the form below; a label names a field and
    carries no reference. None when no row is such a title."""
    from planx.normalise.tableforms import form_label
    width = max((r.width() for r in table.rows), default=0)
    if width < 2:
        return None
    out: list[Row] = []
    changed = 0
    for row in table.rows:
        cells = [c for c in row.cells if not c.merged_above]
        texts = [c for c in cells if c.text.strip()]
        m = _TITLE.match(texts[0].text) if len(texts) == 1 and texts[0].col == 0 and len(cells) > 1 else None
        if m is not None and not any(c.fill for c in cells if c is not texts[0]) \
                and (form_label(m.group(1)) or ("", 0.0))[0] == "action":
            out.append(Row([Cell(text=texts[0].text, col=0, colspan=width, fill=texts[0].fill, bold=texts[0].bold)],
                           row.page, row.line, row.repeated_header))
            changed += 1
            continue
        out.append(row)
    return replace(table, rows=out) if changed else None


__all__ += ["widen_title_rows"]


def form_tables(table: Table) -> tuple[list[Table], list[str]]:
    """The table as the form readers should see it, and why: a form's title rows split by a PDF's
    reader widened back (widen_title_rows), labels over their values in a box restacked beside them
    (restack_box), several forms over their grids cut apart (split_forms). Each step is kept only
    when the table then reads as forms; the table alone and no notes when none applies."""
    from planx.normalise.tableforms import read_vertical_form
    notes: list[str] = []
    widened = widen_title_rows(table)
    if widened is not None and (read_vertical_form(widened) or read_form_over_grid(widened) or split_forms(widened)):
        title = next(r.cells[0].text for r in widened.rows if r.cells and r.cells[0].colspan > 1)
        notes.append(f"table {table.index}: rows holding only a numbered title ('{squash(title)[:30]}') read as "
                     "the title rows of forms")
        table = widened
    restacked = restack_box(table)
    if restacked is not None:
        notes.append(f"table {table.index}: labels standing over their values in a box per action read as "
                     "'label | value' rows")
        table = restacked
    banners = cut_at_banners(table)
    if banners is not None:
        notes.append(f"table {table.index}: one-cell banner rows between its forms read as the area of the "
                     "forms below each")
    out: list[Table] = []
    for part in banners or [table]:
        pieces = split_forms(part)
        if pieces is not None:
            notes.append(f"table {table.index}: {len(pieces)} forms over their milestone grids in one table (the "
                         "opening label comes back), read one by one")
        out += pieces or [part]
    return out, notes


__all__ += ["form_tables"]


def box_over_pages(blocks: list, i: int, table: Table) -> Table | None:
    """The box per action ending in a row of labels (table, read from blocks[i]) joined with the row of
    their values that a page break carried onto the next page, where the PDF's reader found it as a
    table of one row with columns of its own ('Draft agreed by the board. | ▇'): the values take the
    labels' columns in order. Kept only when the box then reads as labels over their values
    (restack_box); None otherwise."""
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    rows = [r for r in table.rows if _filled(r)]
    if not rows or not isinstance(following, Table):
        return None
    nexts = [r for r in following.rows if any(c.text.strip() or c.fill for c in r.cells if not c.merged_above)]
    if len(nexts) != 1 or nexts[0].page <= rows[-1].page:
        return None
    labels = sorted((c for c in rows[-1].cells if not c.merged_above and c.text.strip()), key=lambda c: c.col)
    values = sorted((c for c in nexts[0].cells if not c.merged_above and (c.text.strip() or c.fill)),
                    key=lambda c: c.col)
    if not labels or len(labels) != len(values) or not all(_reads_as_label(c.text) for c in labels) \
            or any(c.text.strip() and _reads_as_label(c.text) for c in values):
        return None
    moved = Row([replace(v, col=lab.col, colspan=lab.colspan) for lab, v in zip(labels, values, strict=True)],
                nexts[0].page, nexts[0].line)
    joined = replace(table, rows=[*table.rows, moved])
    return joined if restack_box(joined) is not None else None


__all__ += ["box_over_pages"]


def grid_over_pages(blocks: list, i: int, table: Table) -> Table | None:
    """A form over its milestone grid (table, read from blocks[i]) joined with the grid's last rows that a
    page break carried onto the next page, where the PDF's reader found them as a table of their
    own ('Train team managers | end of June 2026 | In progress'): rows as wide as the grid, none a
    label row or a heading row, none opening with one of the form's labels. None otherwise."""
    from planx.normalise.formgrid import _heading_columns
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    reading = read_form_over_grid(table) if isinstance(following, Table) else None
    if reading is None or not isinstance(following, Table):
        return None
    rows = [r for r in following.rows if _filled(r)]
    last = reading.rows[-1] if reading.rows else reading.heading
    if not rows or rows[0].page <= last.page:
        return None
    width = len(_filled(reading.heading))
    labels = {fold(label) for _, label, *_ in reading.fields}
    for r in rows:
        cells = _distinct(_filled(r))
        if len(cells) < 2 or len(cells) > width or cells[0].col != 0 or _label_row(r) is not None \
                or _heading_columns(r) is not None or fold(cells[0].text) in labels:
            return None
    joined = replace(table, rows=[*table.rows, *following.rows])
    again = read_form_over_grid(joined)
    return joined if again is not None and len(again.rows) == len(reading.rows) + len(rows) else None


__all__ += ["grid_over_pages"]
