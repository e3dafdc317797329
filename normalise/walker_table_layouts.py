"""A table's layout before its rows are read: its own headings or the ones carried from the table
before (rechecked), headings found by content, a form over a grid, minutes in a grid, an indicator
card, a table turned round, headings run on or set apart, an unlabelled banner row.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from planx.extract.model import Cell, Paragraph, Row, Table
from planx.normalise.area_titles import area_title
from planx.normalise.banners import NUMBERED_TITLE, read_banner
from planx.normalise.block_headings import next_minute
from planx.normalise.codes import rag_of
from planx.normalise.columns import (
    ColumnProfile,
    columns_of,
    field_by_content,
    holds_no_words,
    holds_prose,
    looks_like_action,
    looks_like_name,
    looks_like_ref,
    looks_like_status,
    looks_like_when,
    plan_columns,
)
from planx.normalise.dates import find_dates
from planx.normalise.draft import Draft
from planx.normalise.formgrid import FormOverGrid
from planx.normalise.guard import SURE_HEADING, ActionSource
from planx.normalise.headers import Column, Header, classify, compared_options, form_label_role, read_header
from planx.normalise.heading_rows import (
    _ends_in_colon,
    heads_columns_of_figures,
    names_its_columns,
    names_not_refs,
    split_repeated_heading,
)
from planx.normalise.indicator_rows import read_kpi_header, roles_label
from planx.normalise.keytables import abbreviation_key
from planx.normalise.kpi_content import card_rows as kpi_card_rows
from planx.normalise.kpi_content import header_by_content as kpi_header_by_content
from planx.normalise.labelforms import label_key
from planx.normalise.logtitle import action_log_title, filled_rows
from planx.normalise.minute_grid import (
    GridLayout,
    goes_on_by_who,
    goes_on_over_page,
    layout_by_headings,
    layout_by_margin,
    layout_by_marks,
    read_row,
    split_item,
)
from planx.normalise.row_cells import _distinct_cells, content_rows, dedupe_clipped
from planx.normalise.subtables import nested_columns
from planx.normalise.tableforms import _BRACKETED, _CHECKED_VALUES, form_label, loose_label
from planx.normalise.text import fold, join_fragments, squash, words_over
from planx.normalise.transposed import transposed_rows
from planx.normalise.vocab import DOCUMENT_NOUNS, HEADING_QUESTIONS, REFERENCE_LIST_LABELS
from planx.normalise.walker_header_fields import HeaderFields
from planx.normalise.walker_state import AUTHORED_TABLE_FORMATS

# an e-mail address ('name.surname@org.gov') or a telephone number ('202-555-0147', '0121 464 0000',
# '+44 20 7946 0958'): a cell giving how to reach someone
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                      r"|(?<![\d/.-])\(?\d{3}\)?[\s.-]\d{3}-\d{4}(?![\d/.-])"
                      r"|(?:\+\d{1,3}\s?|(?<![\d/.,-])0)\d{2,4}\s?\d{3,4}\s?\d{3,4}(?![\d/.,-])")
_CONTACT_ROWS = 3

_FORM_GRID_FIELDS = {"action", "ref", "lead", "responsible", "due", "timeframe", "objective", "outcome", "measure",
                     "status", "rag", "progress"}
_FORM_LABEL_TABLES = 3  # tables a two-column label comes back in, at least, to name a form's field (once per form)
_SURE_LABEL = 90.0  # a cell the heading reader names a field this surely (of 100) is a heading
_OWN_FIGURE_COLUMNS = 2  # columns of figures under a first row of labels that make it a table's own headings
_FIGURE_ROWS = 13  # the rows below its first row read for those figures
_LABELS_BESIDE_A_NAME = 3  # labels in a first row, at least, beside one cell that reads as a name
# a table opening with the labels the table of the headings in use opened with, above those headings, is
# another copy of that template: at least this many short labels (of at most so many words) shared
_TEMPLATE_SHARED = 2
_TEMPLATE_LABEL_WORDS = 4


class TableLayouts(HeaderFields):
    """A table's headings and layout, read before its rows."""

    def form_over_grid(self, reading: FormOverGrid, table: Table) -> bool:
        """A table read as one action's form over its milestone grid (normalise/formgrid.py): the
        labels' values are the action's fields by what the labels mean, the grid's rows its
        milestones with their dates. The action is a label's that names it beyond doubt
        ('Commitment'), else the table's title row, else the heading right above the table
        ('Commitment 1: Open contracting data'), else a label's that names it less surely. A label
        no field takes, a field given twice and a value that does not fit its label ('Status quo
        or problem addressed | <a sentence>') are kept aside under their label. The table is read
        alone: its headings do not go on to the next table. False (nothing read) when nothing names
        the action: the label rows are then a grid's lead-in ('Lead | … / Objective | …' over
        'Key tasks | Deadline'), for the plain reading."""
        heading_names = self.heading_over_table and bool(self.context.get("area"))
        if not (reading.strong_action or reading.titles and not any(read_banner(t) for t, _ in reading.titles)
                or heading_names
                or any(name == "action" for name, *_ in reading.fields)):
            return False
        self.header, self.kpi, self.kpi_block = None, None, None
        self.form, self.minutes_grid = None, None
        first = reading.titles[0][1] if reading.titles else reading.fields[0][3]
        context = dict(self.context)
        draft = Draft(page=first.page, line=first.line, table=table.index, context=context, milestone_rows=True)
        # a title row names the action, unless it reads as an area's banner ('Priority 1: Attendance')
        title = "" if any(read_banner(text) for text, _ in reading.titles) \
            else " ".join(text for text, _ in reading.titles)
        source = ""
        if not reading.strong_action and title:
            draft.add("action", title)
            source = title
            self.structure.append(title)
        elif not reading.strong_action and heading_names:
            # the heading over the table names the commitment: it is the action, not an area of actions
            draft.add("action", context["area"])
            draft.add("ref", context.get("area_ref", ""))
            source = context["area"]
            context.update(area_ref="", area="", area_lead="")
        else:
            for text, row in reading.titles:
                self.keep_aside(text, "title row over an action's form", row.page, table.index, row.line)
        given = {name for name, *_ in reading.fields if name}
        for name, label, value, row, col in reading.fields:
            if name == "responsible" and "lead" not in given and "lead" not in draft.pieces:
                name = "lead"
            test = _CHECKED_VALUES.get(name)
            fits = test is None or test(value)
            self.labels.append(label)  # the label names its field, or heads its value kept aside
            if not value and name in reading.fills:
                draft.fills[name] = reading.fills[name]  # 'RAG | <a red cell>': the colour is the rating
                continue
            if name == "timeframe" and not context.get("timeframe"):
                context["timeframe"] = value  # the action's own span, not its area's
                if "due" not in given:
                    draft.add("due", value)  # the commitment's end: the end of its span
                continue
            if name and name in _FORM_GRID_FIELDS and name not in draft.pieces and fits:
                draft.add(name, value)
                source = source or (value if name == "action" else "")
                continue
            self.keep_aside(value, "form label no field takes", row.page, table.index, row.line, col, heading=label)
        self.labels += [label for _, _, label in reading.columns]
        roles = {col: (role, label) for col, role, label in reading.columns}
        for row in reading.rows:
            sub: dict[str, str] = {}
            for c in _distinct_cells(row):
                role, label = roles.get(c.col, ("", ""))
                text = squash(c.text)
                if role in ("milestones", "due", "status") and role not in sub:
                    sub[role] = text
                else:
                    self.keep_aside(text, f"column '{label}'" if label else "cell beside an action's milestones",
                                    row.page, table.index, row.line, c.col, heading=label)
            if "milestones" not in sub:
                for key in ("due", "status"):
                    if key in sub:
                        self.keep_aside(sub[key], f"column '{roles_label(roles, key)}'", row.page, table.index,
                                        row.line, heading=roles_label(roles, key))
                continue
            draft.sub_rows.append(sub)
        self.drafts.append(draft)
        self.action_sources[table.index] = ActionSource(label=source[:80], score=SURE_HEADING)
        self.warnings.append(reading.why)
        return True

    def heading_run_on(self, rows: list[Row], table: Table) -> list[Row]:
        """The headings in use printed again atop this table (a new page), with the rest of a
        sentence the page broke set under them in the same cells ('Action' + 'framework and the
        tools.'): a text layout joins a line opening in lower case to the line above. Each cell
        that opens with its column's heading, cell for cell over most of the headings, is that
        heading; what follows it in the cells is a row of its own, which goes on from the last
        action as any row opening mid-sentence does. Only on evidence: the same headings, in the
        same columns, as printed in an earlier table's heading row (or this table's first row)."""
        filled = [k for k, r in enumerate(rows) if any(c.text.strip() for c in r.cells)]
        if not filled:
            return rows
        first = [c for c in rows[filled[0]].cells if c.text.strip()]
        if self.header is not None and self.header_table != table.index and self.heading_cells:
            labels = self.heading_cells  # as printed: a note under a heading ('(draft)') is part of it
            looked_at = filled
        elif len(first) >= 2 and all(loose_label(c.text) for c in first):
            labels = {c.col: squash(c.text) for c in first}  # its own headings, printed again lower down
            looked_at = filled[1:]
        else:
            return rows
        out = rows  # the table's own list when nothing is parted (the minutes reader asks)
        for k in reversed(looked_at):
            split = split_repeated_heading(rows[k], labels)
            if split is not None:
                out = [*out[:k], *split, *out[k + 1:]]
                self.warnings.append(f"table {table.index}: the headings printed again at its row {rows[k].line} "
                                     f"hold the rest of a sentence below them: read as a row of its own")
        return out

    def fills_typed_columns(self, i: int, header: Header) -> bool:
        """Does row i hold a date under the heading of the due date and a status word under the
        status heading, or a RAG rating under the RAG heading (a row right above the headings a page
        break repeated), as no banner does?"""
        by_col = header.by_col()
        checks: dict[str, Callable[[str], bool]] = {"due": looks_like_when, "status": looks_like_status,
                                                    "rag": lambda text: bool(rag_of(text))}
        typed = [(c, checks[by_col[c.col].field]) for c in self._filled[i]
                 if c.col in by_col and by_col[c.col].field in checks]
        return len(typed) >= 2 and all(check(c.text) for c, check in typed)

    def headings_apart(self, table: Table) -> None:
        """A new table whose first row names columns of its own ('Contributing programme | Lead |
        Budget', 'Acronym | Meaning'), is not as wide as the headings in use and shares at most half
        of its labels with them does not go on under them (a glossary or a risk table after the
        milestone table of a slide): those headings are dropped, with a warning. Rows of a table the
        page broke carry no headings of their own; a table of the same kind repeats most of the
        labels ('Measure | Score' after 'Measure | Score | Score excluding …')."""
        in_use = self.header.width() if self.header is not None else \
            max((col + 1 for col, _, _ in self.kpi), default=0) if self.kpi is not None else 0
        if not in_use or self.header_table == table.index:
            return
        labels_in_use = {fold(c.label) for c in self.header.columns} if self.header is not None else \
            {fold(label) for _, _, label in self.kpi or []}
        rows = [r for r in table.rows if any(c.text.strip() for c in r.cells)]
        first = rows[0] if rows else None
        if first is None:
            return
        same_width = first.width() == in_use
        filled = [c for c in first.cells if c.text.strip() and not c.merged_above]
        if len(filled) == 1 and len(rows) > 1 and not words_over(squash(filled[0].text), 6) and \
                not squash(filled[0].text).endswith((".", ";", ",", ":")):
            # a caption over the table's heading row ('PERFORMANCE INDICATORS' over 'Indicator |
            # Baseline | Target | …', text set out in columns): the headings are in the row below it
            filled = [c for c in rows[1].cells if c.text.strip() and not c.merged_above]
        # short labels each (loose_label: no sentence, name, date, reference or figure), as headings are
        shared = labels_in_use & {fold(c.text) for c in filled}
        # a bracketed qualifier of a heading ('Baseline (2024/25)') is no part of its label; a heading that
        # names a field surely is a label however it reads ('Who Communicates' is no one's name), and so is
        # a question ('How Often (Frequency)'); in a row of such labels, one cell that reads as a name may
        # be a label too ('Targeted Stakeholder' beside 'What to Communicate | … | Who Communicates')
        n_labels = sum(1 for c in filled if loose_label(_BRACKETED.sub("", c.text).strip() or c.text)
                       or classify(squash(c.text))[1] >= _SURE_LABEL
                       or (fold(c.text).split() or [""])[0] in HEADING_QUESTIONS)
        if same_width:
            # as wide as the headings in use, the table may be their rows carried over a page; it is a
            # table of its own only when its first row is labels, none of them theirs, over columns of
            # figures ('Payee | Detail | Total Amount | VAT' after 'NO | ACTION | Update | OWNER': minutes'
            # payments), which a row of data would print itself
            below = [[c for c in r.cells if not c.merged_above] for r in rows[1:_FIGURE_ROWS]]
            own = not shared and heads_columns_of_figures(filled, below, least=_OWN_FIGURE_COLUMNS)
        else:
            own = len(filled) >= 2 and (n_labels == len(filled) or
                                        n_labels >= _LABELS_BESIDE_A_NAME and n_labels + 1 == len(filled)) \
                and 2 * len(shared) <= len(filled)
        if own:
            labels = " | ".join(squash(c.text) for c in filled)
            self.warnings.append(f"table {table.index}: its first row names columns of its own ({labels[:80]}): "
                                 f"not read under the headings of table {self.header_table}")
            self.header, self.kpi, self.kpi_block = None, None, None
        elif self.header is not None and (shared_labels := self.same_template_opening(first)):
            self.warnings.append(f"table {table.index}: opens with the labels table {self.header_table} opened with "
                                 f"({' | '.join(shared_labels)}): another copy of the template, not its rows carried "
                                 f"over a page, so not read under its headings")
            self.header, self.kpi, self.kpi_block = None, None, None

    def same_template_opening(self, first: Row) -> list[str]:
        """The short labels a table's first row shares, column for column, with the first row of the
        table whose headings are in use, where that row came before those headings ('QI | NIF Priority |
        SBC Framework | Intended outcome: …' over each priority's box of a school improvement plan): a
        new copy of the same template, whose own heading row follows. [] when it is not one."""
        def labels(row: Row) -> set[tuple[int, str]]:
            return {(c.col, squash(c.text)) for c in row.cells if c.text.strip() and not c.merged_above
                    and not words_over(c.text, _TEMPLATE_LABEL_WORDS) and not any(ch.isdigit() for ch in c.text)
                    and not squash(c.text).endswith(".")}
        before = next((b for b in self.raw.blocks if isinstance(b, Table) and b.index == self.header_table), None)
        if before is None or not before.rows or self.header is None:
            return []
        opening = labels(before.rows[0])
        if not opening:
            return []
        heading_labels = {squash(c.label) for c in self.header.columns if c.label}
        if {text for _, text in opening} & heading_labels:
            return []  # the heading row itself opens that table: a carried table would not print it again
        mine = labels(first)
        shared = opening & mine
        if len(shared) < _TEMPLATE_SHARED or 2 * len(shared) < len(opening):
            return []
        return [text for _, text in sorted(shared)]

    # ---- minutes set out as a grid (normalise/minute_grid.py) ---------------------------------
    def minutes_layout(self, table: Table) -> GridLayout | None:
        """The table read as minutes: by its heading row; under the minutes grid of the table before
        (the next page, same width, no headings); or, with no plan headings in force or in its first
        rows, by the action points its cells mark."""
        rows = [[(c.col, c.text) for c in f if not c.merged_above] for f in self._filled]
        layout = layout_by_headings(rows[:6])
        if layout is not None:
            return layout
        width = max((c.col + c.colspan for f in self._filled for c in f), default=0)
        carried = self.minutes_grid
        # a page whose minutes set no one a task leaves the margin column empty: the grid is as wide all the same
        grid = max((c.col + c.colspan for cells in self._cells for c in cells), default=0)
        if carried is not None and self.header is None and (carried.width == width
                                                            or carried.margin and width < carried.width == grid) \
                and (not carried.who_marks or goes_on_by_who(rows, carried)):
            return GridLayout(roles=carried.roles, width=carried.width, margin=carried.margin,
                              who_marks=carried.who_marks,
                              why="it goes on under the headings of the minutes grid before it")
        if self.header is None:
            margin = layout_by_margin(rows, going_on=carried is not None and carried.margin)
            if margin is not None:
                return margin
        if self.header is not None or any(self.headings_of(i) for i in range(min(3, len(rows)))):
            return None
        pairs = [f for f in self._filled if len(f) == 2]
        labelled = [f for f in pairs if form_label(f[0].text) is not None and not split_item(f[0].text)[0]]
        if pairs and len(labelled) * 2 >= len(pairs):
            return None  # label | value rows: a form, which the walker's form reader reads
        return layout_by_marks(rows)

    def read_minutes_grid(self, layout: GridLayout, table: Table) -> None:
        """Each minute's row: its item's number and title are the area of the actions its cells
        hold; what else it says is kept aside (normalise/minute_grid.read_row)."""
        self.header, self.kpi, self.minutes_grid = None, None, layout
        # the minutes' own marks (or headings) say which cells are action points: the precision
        # guard trusts them as it trusts a heading that names the action
        self.action_sources[table.index] = ActionSource("the minutes' action points", SURE_HEADING)
        found: dict[str, int] = {}
        who_only = 0
        tail, self.margin_tail = self.margin_tail, None
        for i, row in enumerate(self._rows):
            filled = [c for c in self._filled[i] if not c.merged_above]
            if not filled:
                continue
            if i == layout.heading_line:
                self.read_labels(c.text for c in filled)
                continue
            cells = {c.col: c.text for c in filled}
            if tail is not None and tail[0] == table.index - 1 and layout.margin:
                text_col = goes_on_over_page(tail[1], cells, layout)
                if text_col is not None:
                    # the paragraph the page break cut ('• Minutes on the website – …' at the foot of the
                    # page, 'These will checked … | IB' at the top of the next): one minute, its initials the
                    # ones beside its end; its first part, kept aside on the page before, is read again here
                    cells[text_col] = f"{tail[1]}\n{cells[text_col]}"
                    del self.leftovers[tail[2]:tail[3]]
                    self.warnings.append(f"table {table.index}: its first row goes on with the last minute of "
                                         f"table {tail[0]}, which the page break cut")
            tail = None
            kept = len(self.leftovers)
            reading = read_row(cells, layout)
            who_only += reading.who_only
            if reading.ref or reading.title:
                number = re.search(r"\d+", reading.ref)
                self.context.update(area_ref=number.group(0) if number else "", area=area_title(reading.title),
                                    area_lead="", objective="", area_source="")
                items = [c for c in filled if layout.roles.get(c.col) in ("item", "ref")]
                self.structure.extend(c.text for c in items)
                if not reading.points:  # no action carries the item in its area: kept as printed
                    for c in items:
                        self.keep_aside(c.text, "a minute's item that sets no action", row.page, table.index,
                                        row.line, c.col)
            for point in reading.points:
                draft = Draft(page=row.page, line=row.line, table=table.index, context=dict(self.context))
                for name, value in (("action", point.action), ("lead", point.lead), ("due", point.due),
                                    ("ref", point.ref or reading.ref), ("status", point.status)):
                    draft.add(name, value)
                self.drafts.append(draft)
                self.minute_drafts.append(draft)
                found[point.how] = found.get(point.how, 0) + 1
            for col, text, why in reading.aside:
                self.keep_aside(text, why, row.page, table.index, row.line, col)
            # a margin's minute that sets no task and opens no item may go on over the page break
            text_cols = [c for c in layout.cols("discussion") if cells.get(c, "").strip()]
            quiet = layout.margin and not reading.points and not reading.ref and not reading.title
            self.margin_tail = (table.index, cells[text_cols[0]], kept, len(self.leftovers)) \
                if quiet and len(text_cols) == 1 else None
        how = "; ".join(f"{n} from {why}" for why, n in found.items()) or "no action points"
        if who_only:
            how += f"; {who_only} action cell(s) holds who acts only, beside notes that set no task: kept aside"
        self.warnings.append(f"table {table.index}: read as minutes, {layout.why}: {how}")

    def kpi_card(self, table: Table) -> list[Row] | None:
        """An indicator's card ('CS01 | name' over 'Target | 90%', 'This quarter | 95.5%', 'Status |
        Green') turned round into a heading row and the indicator's row (kpi_content.card_rows)."""
        rows = kpi_card_rows(table)
        if rows is not None:
            self.warnings.append(f"table {table.index}: read as an indicator's card (labels down its first column)")
        return rows

    def turned_round(self, table: Table) -> list[Row] | None:
        """A transposed table's rows (headings down its first column, an action per column) as
        a heading row and a row per action (normalise/transposed.py), with a warning."""
        turned = transposed_rows(table)
        if turned is None:
            return None
        self.warnings.append(f"table {table.index}: read as transposed, {turned.why} "
                             f"(confidence {turned.confidence:.2f})")
        return turned.rows

    def header_by_content(self, table: Table) -> None:
        """A table with no heading row whose columns, read by their content, make a plan
        ('1.2 | Review the … | Ann Lee | March 2016'): headings named from the content. Not when
        the headings in use fit the table (a table continued from the page before)."""
        rows = len(self._cells)
        if not rows or any(self.headings_of(j) is not None for j in range(min(rows, 6))):
            return
        if self.own_headings_unread(table):
            return
        width = max((c.col + c.colspan for cells in self._cells for c in cells), default=0)
        if self.header is not None and self.header.width() == width:
            return
        if any(read_kpi_header(f) is not None or (f and form_label_role(f[0].text)) for f in self._filled[:6]):
            return
        if self._filled and (names_its_columns(self._filled[0]) or self.two_labels_over_text()):
            return  # the table has a heading row of its own, naming no field of a plan: a register, a list
        cited = self.reference_label(table) or self.headings_name_documents()
        if cited:
            self.warnings.append(f"table {table.index} has no heading row read as a plan's, and '{cited}' says it "
                                 f"lists documents: not read as a plan by content")
            return
        if self._filled and heads_columns_of_figures(self._filled[0], self._filled[1:13]):
            labels = " | ".join(squash(c.text) for c in self._filled[0])
            self.warnings.append(f"table {table.index}: its first row ('{labels[:80]}') heads columns of figures: "
                                 f"a heading row of its own naming no field of a plan (a register of values), "
                                 f"not read as a plan by content")
            return
        if self.abbreviation_table(table):
            return
        data = content_rows(self._cells)
        fields = plan_columns(columns_of(data), len(data)) if rows >= 2 else None
        kin: list[Table] = []
        log_title = ""
        if fields is None:
            # one of several headerless tables of one shape, each under its own heading (an
            # action log kept per topic): too few rows alone, their rows together say what each
            # column holds
            kin = self.headerless_kin(table, width)
            pooled = data + [r for t in kin for r in content_rows([dedupe_clipped(row.cells) for row in t.rows])]
            fields = plan_columns(columns_of(pooled), len(pooled)) if kin else None
            if fields is None and (log_title := action_log_title(self.raw)):
                # the title names the document an action log: instructions alone are its actions, and
                # a row of one cell (an action with no status yet) is evidence too
                kin = kin or self.headerless_kin(table, width)
                logged = [r for t in [table, *kin] for r in filled_rows([dedupe_clipped(row.cells) for row in t.rows])]
                fields = plan_columns(columns_of(logged), len(logged), declared_log=True)
        if fields is None:
            return
        fields = fields | nested_columns(data, fields)
        starts = sorted({c.col for cells in self._cells for c in cells})
        header = Header([Column(col, 1, fields.get(col, ""), "", basis="content" if col in fields else "unread")
                         for col in starts], confidence=0.6)
        self.set_header(header, table)
        self.header_row, self.heading_cells = (table.index, -1), {}
        # lone unnumbered lines above its first row of cells: a title over the table, no action
        first = next((i for i, f in enumerate(self._filled) if len(f) >= 2), 0)
        self.lead_in_rows = {i for i in range(first) if len(self._filled[i]) == 1
                             and NUMBERED_TITLE.match(squash(self._filled[i][0].text)) is None}
        read = ", ".join(f"column {col + 1} as {name}" for col, name in sorted(fields.items()))
        pooled_with = f"; with the {len(kin)} other table(s) of its shape" if kin else ""
        declared = f"; the title '{log_title[:60]}' names it an action log" if log_title else ""
        self.warnings.append(f"table {table.index} has no heading row: read by content ({read}{pooled_with}{declared})")

    def abbreviation_table(self, table: Table) -> bool:
        """A table of two columns that is a key to the plan's abbreviations ('ASC | Adult Social
        Care', keytables.abbreviation_key): no headings read for it, none carried over it from the
        table before; its rows are kept aside."""
        texts = [[c.text for c in cells] for cells in self._filled if cells]
        why = abbreviation_key(texts)
        if not why:
            return False
        self.header, self.register_table = None, table.index
        self.register_reason = "a key to the plan's abbreviations, not a plan's rows"
        self.warnings.append(f"table {table.index}: {why}, no actions")
        return True

    def own_headings_unread(self, table: Table) -> bool:
        """A table whose first row the source marks as its heading row (a Markdown table's row over
        '|---|', an HTML table's <th> row) and which no reading takes for a plan's headings
        ('Attendees | Attended', 'Motion Text | Moved by | Seconded by | Status'): the table has
        headings of its own, so the headings in use before it (an action table of the same width
        above) do not carry on over its rows; they are kept aside. Not when the rows read as an
        indicator table or a form, nor when the marked row holds data rather than labels."""
        if not self._rows or not self._rows[0].repeated_header or len(self._filled[0]) < 2:
            return False
        if any(looks_like_action(c.text) or looks_like_ref(c.text) or find_dates(c.text) or words_over(c.text, 6)
               for c in self._filled[0]):
            return False  # a row of data under a heading row the syntax demanded: read as the table's rows
        if any(read_kpi_header(f) is not None or (f and form_label_role(f[0].text)) for f in self._filled[:6]):
            return False
        if kpi_header_by_content([(c.col, c.text) for c in self._filled[0]],
                                 [[(c.col, c.text) for c in f] for f in self._filled[1:9]]) is not None:
            return False
        self.header, self.register_table = None, table.index
        self.register_reason = "a table under headings of its own that name no field of a plan"
        labels = " | ".join(squash(c.text) for c in self._filled[0])
        options = compared_options([squash(c.text) for c in self._filled[0]])
        compared = (f" (its headings name things compared side by side: '{', '.join(options)}'; the rows "
                    f"beside them are what each offers, not things to be done)") if options else ""
        self.warnings.append(f"table {table.index}: its own heading row ('{labels}') names no field of a plan"
                             f"{compared}; its rows are kept aside, not read under the headings before it")
        return True

    def reference_label(self, table: Table) -> str:
        """The label line right above the table that says it lists other documents ('Related Reports:',
        'See Also:'), or ''."""
        at = next((i for i, b in enumerate(self.raw.blocks) if b is table), None)
        if at is None:
            return ""
        above = next((b for b in reversed(self.raw.blocks[:at]) if not isinstance(b, Paragraph) or b.text.strip()),
                     None)
        if not isinstance(above, Paragraph) or not above.text.strip().endswith(":") \
                and words_over(above.text, 3):
            return ""
        return squash(above.text) if fold(above.text) in REFERENCE_LIST_LABELS else ""

    def headings_name_documents(self) -> str:
        """The first row's headings, when each names a document ('Report No. | Report Date | Report Title',
        the first data row run into the first cell by a scan's reader: its first lines), or ''."""
        if not self._filled:
            return ""
        firsts = [squash(c.text.strip().split("\n")[0]) for c in self._filled[0]]
        if len(firsts) < 2 or any(words_over(t, 4) or not DOCUMENT_NOUNS & set(fold(t).split()) for t in firsts):
            return ""
        return " | ".join(firsts)

    def headerless_kin(self, table: Table, width: int) -> list[Table]:
        """The document's other tables as wide as this one whose first row reads as no headings:
        the tables of one log split by topic headings. [] when there is no other."""
        kin = []
        for block in self.raw.blocks:
            if not isinstance(block, Table) or block.index == table.index or not block.rows:
                continue
            cells = [c for c in dedupe_clipped(block.rows[0].cells) if not c.merged_above]
            if max((c.col + c.colspan for c in cells), default=0) != width:
                continue
            if read_header([(c.col, c.colspan, c.text) for c in cells], first=True) is None:
                kin.append(block)
        return kin

    def two_labels_over_text(self) -> bool:
        """A two-column table whose first row is two short labels over longer text in each column
        ('Key accomplishments | Next steps' over bulleted lists, 'Acronym | Meaning'): a heading row
        of its own, as names_its_columns says of wider tables."""
        first = self._filled[0]
        if len(first) != 2 or not names_its_columns(first, least=2):
            return False
        below = [c for cells in self._filled[1:] for c in cells]
        return all(any(c.col == h.col and len(c.text) > len(h.text) for c in below) for h in first)

    def unlabelled_banner(self, i: int, row: Row) -> bool:
        """A banner whose 'AREA FOR IMPROVEMENT n' was lost: text ending in a lead's name, right
        above a heading row (row i + 1), while the plan's areas come from banners."""
        # the row below is read as headings anyway, when its turn comes: the cheapest test first
        if not self.context["area_ref"] or (below := self.headings_of(i + 1)) is None:
            return False
        if self.fills_typed_columns(i, below):
            return False  # a date or status under the headings' own columns: a row of data
        filled = [c for c in row.cells if c.text.strip()]
        if len(filled) < 2 or not looks_like_name(filled[-1].text) or self.headings_of(i) is not None:
            return False
        title = join_fragments([c.text for c in filled[:-1] if c.text.strip(" -")])
        if read_banner(title) is not None:
            return False  # a banner that says what it is: banner_row reads it
        self.structure.extend(c.text for c in filled)
        self.set_area("", title, filled[-1].text)
        return True

    def recheck_carried_headings(self, table: Table) -> None:
        """A table going on under the headings of one before it (a page broke it and no heading
        row was repeated): its rows are evidence about those headings too."""
        header = self.header
        if header is None or self.header_table == table.index or self.form_by_labels(table):
            return
        if any(self.headings_of(j) is not None for j in range(min(len(self._cells), 6))):
            return
        first = self._filled[0][0].text if self._filled and self._filled[0] else ""
        if self.last_minute and next_minute(first, self.last_minute):
            # '10.25.06 Correspondence' after the table under minute '10.25.05': the minutes go on, the
            # table before has ended (its headings name no column here); the rows stay aside
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"(it opens with the next minute, '{squash(first)[:40]}', after minute "
                                 f"{self.last_minute})")
            self.header = None
            return
        rows = [[(c.col, c.text, c.fill) for c in cells if not c.merged_above] for cells in self._cells]
        rows = [r for r in rows if sum(1 for _, t, _ in r if t.strip()) >= 2]
        if len(rows) < 2:
            return
        profiles = columns_of(rows)
        if all(_ends_in_colon(r[0][1]) for r in rows):
            # 'Head Teacher: | Heather Poustie / Date: | 26/7/22': labels and their values (a sign-off
            # box), not rows of the table before
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"(its rows are labels ending in ':' and their values)")
            self.header = None
            return
        if self.figure_box(header, profiles):
            # 'Total number of pupils on role | 270', 'Pastoral support | £5000': a box of labelled
            # figures after the plan table, narrower than its headings, not more of its rows
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"(a narrower table of labels and figures)")
            self.header = None
            return
        if self.narrative_box(header, profiles):
            # 'Issue / Category | From January 2011' over 'Frequency | Data will be uploaded each
            # month.': a narrower table of labels and prose (a paper appended to the log), not more
            # of its rows
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"(a narrower table whose column under the actions' heading instructs nothing)")
            self.header = None
            return
        if self.abbreviation_table(table):
            return
        contacts = self.contact_column(rows)
        if contacts is not None:
            # 'Name | name@org.gov 0123 456789 | Proxy | Role': a directory of who to reach, not more
            # rows of the plan before (a plan's rows name who leads, not how to reach them)
            self.header, self.register_table = None, table.index
            self.register_reason = "a directory of people and their contact details, not a plan's rows"
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"(its column {contacts + 1} holds e-mail addresses or telephone numbers: "
                                 f"a directory of people); its rows are kept aside")
            return
        misfit = next((c for c in header.columns if c.field in ("lead", "due") and
                       (p := profiles.get(c.col)) is not None and holds_prose(p)), None) or \
            next((c for c in header.columns if c.field == "area_ref" and c.label and c.value != "?" and
                  (p := profiles.get(c.col)) is not None and names_not_refs(p)), None) or \
            next((c for c in header.columns if c.field == "action" and
                  (p := profiles.get(c.col)) is not None and holds_no_words(p)), None)
        if misfit is not None:
            # the headings of the table before do not go on here: a table of another kind (the
            # minutes under an action log), whose rows stay aside
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"('{misfit.label or misfit.field}' would hold {profiles[misfit.col].describe()})")
            self.header = None
            return
        if self.who_acts(header, profiles, table):
            header.forget_columns()

    def form_by_labels(self, table: Table) -> bool:
        """Is the table, met under the headings of a table before, a form whose first column holds
        labels recurring once per form across the document (recurring_form_labels)? Then its rows
        stay aside up to a heading row of its own (the grid nested in the form)."""
        rows = [[(c.col, c.text) for c in cells if not c.merged_above and c.text.strip()]
                for k, cells in enumerate(self._cells) if k or self.headings_of(0) is None]  # not its heading row
        rows = [r for r in rows if len(r) >= 2]
        recurring = self.recurring_form_labels()
        labelled = [r for r in rows if len(r) == 2 and label_key(r[0][1]) in recurring]
        if len(labelled) >= 2 and 2 * len(labelled) >= len(rows):
            # 'Timeline for Focus | Fall, 2025 - Spring, 2026': labels that come back once per block,
            # table after table, beside their values: a form (one per priority), not more rows of the
            # grid before it. Its rows stay aside; the grid's headings go on for the tables after it
            # (the rest of a grid nested in the form, broken by the same page)
            named = "', '".join(squash(r[0][1])[:40] for r in labelled[:3])
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"(its first column holds labels that recur once per form across the document: "
                                 f"'{named}'): a form's labels and values, kept aside")
            self.form_aside = table.index
            self._form_tables.add(table.index)
            return True
        return False

    def form_label_row(self, table: Table, filled: list[Cell]) -> bool:
        """In a table judged a form (its labels recur once per form), a later row that opens with one
        of those labels in the first column ('Timeline for Focus | Fall 2025') after the form's
        nested grid: the form's again, not a row of the grid. A label merged down beside the grid's
        rows ('Strategy to Address Priority' over its actions) is no new row of the form."""
        return table.index in self._form_tables and len(filled) == 2 and filled[0].col == 0 and \
            not filled[0].merged_above and \
            label_key(squash(filled[0].text)) in self.recurring_form_labels()

    def recurring_form_labels(self) -> set[str]:
        """The labels of the document's two-column forms: a first cell of a two-cell row, label-shaped
        (ten words at most, no sentence), coming back in three tables or more, at most once in each
        ('Desired Outcome', 'Timeline for Focus': one form per priority). A grid's rows are each
        their own; a form's labels recur block after block."""
        if self._form_labels is None:
            seen: Counter[str] = Counter()
            values: dict[str, set[str]] = {}
            for block in self.raw.blocks:
                if not isinstance(block, Table):
                    continue
                keys: Counter[str] = Counter()
                for row in block.rows:
                    filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
                    if len(filled) != 2:
                        continue
                    text = squash(filled[0].text)
                    if 0 < len(text.split()) <= 10 and not text.endswith(".") and any(ch.isalpha() for ch in text):
                        keys[label_key(text)] += 1
                        values.setdefault(label_key(text), set()).add(fold(squash(filled[1].text)))
                seen.update(k for k, n in keys.items() if n == 1 and k)
            # a field's values differ form by form; a grid's heading row ('Action | Measure') or a
            # row copied into several grids comes back with the same value each time
            self._form_labels = {k for k, n in seen.items() if n >= _FORM_LABEL_TABLES and len(values[k]) >= 2}
        return self._form_labels

    def narrative_box(self, header: Header, profiles: dict[int, ColumnProfile]) -> bool:
        """Is the current table, carried under the headings of a table before, narrower than them
        with no instruction in the column they call the actions (the threshold plan_columns sets
        for a narrative table)? A plan's own rows going on over a page break instruct. Only where
        tables are their author's (a layout's table may narrow where a page breaks it)."""
        if self.raw.format not in AUTHORED_TABLE_FORMATS:
            return False
        width = max((c.col + c.colspan for cells in self._cells for c in cells), default=0)
        action = next((c for c in header.columns if c.field == "action"), None)
        if action is None or width >= header.width():
            return False
        texts = [p for col, p in profiles.items() if action.col <= col < action.col + action.span]
        return bool(texts) and all(p.action < 0.3 for p in texts)

    @staticmethod
    def contact_column(rows: list[list[tuple[int, str, str | None]]]) -> int | None:
        """The grid column whose cells give e-mail addresses or telephone numbers, on three rows or
        more and three in four of those it fills (a directory's 'Contact Information'), or None."""
        by_col: dict[int, list[str]] = {}
        for r in rows:
            for col, text, _ in r:
                if text.strip():
                    by_col.setdefault(col, []).append(text)
        for col, texts in sorted(by_col.items()):
            hits = sum(1 for t in texts if _CONTACT.search(t))
            if hits >= _CONTACT_ROWS and hits * 4 >= len(texts) * 3:
                return col
        return None

    def figure_box(self, header: Header, profiles: dict[int, ColumnProfile]) -> bool:
        """Is the current table, carried under the headings of a table before, a box of labels and
        their figures? Fewer grid columns than those headings and a last column of figures (counts,
        sums of money): a budget summary or a key-facts box. A plan's own rows going on over a page
        break fill its text columns, not a column of bare figures."""
        width = max((c.col + c.colspan for cells in self._cells for c in cells), default=0)
        if not profiles or width >= header.width():
            return False
        last = profiles[max(profiles)]
        return field_by_content(last)[0] == "figure"
