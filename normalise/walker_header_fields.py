"""A heading row taken as the table's headings (set_header) and its columns' fields settled by what
their cells hold: the action column chosen, who acts, milestone dates, RAG by colour, two fields
in one heading, a second heading that takes over, an area of the whole table, group titles, a
block of period columns.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection

from planx.extract.model import Cell, Paragraph, Table
from planx.normalise.banners import area_ref_of
from planx.normalise.cellparts import names_a_reference
from planx.normalise.choose import (
    action_among_prose,
    better_action_column,
    fuller_action_column,
    list_share,
    milestone_items,
    parent_and_steps,
    parent_beside_steps,
    rag_not_progress,
    rag_not_status,
    status_by_share,
    status_not_progress,
    status_not_rag,
    steps_beside_action,
)
from planx.normalise.codes import rag_of_colour, symbol_key
from planx.normalise.columns import (
    ColumnProfile,
    columns_of,
    contradicts,
    field_by_content,
    flag_not_done,
    in_tick_grid,
    marks_who_acts,
    names_groups,
    profile,
    reports_what_happened,
)
from planx.normalise.dates import find_dates
from planx.normalise.doccodes import keyed_status_column
from planx.normalise.groupcols import action_not_labels, grouped_by_labels, numbered_tier, tier_above
from planx.normalise.headers import (
    DECENT,
    Column,
    Header,
    action_candidacy,
    classify,
    lead_banner,
    milestones_alone_are_actions,
    ratings_of_joined_group,
    read_heading,
    shortfall_over_milestones,
    split_area_lead,
)
from planx.normalise.heading_rows import (
    _end_of_date_pair,
    inherit_unlabelled,
    milestones_only,
    printed_labels,
    read_as_before,
    same_labels,
    same_layout,
    spanned_profile,
)
from planx.normalise.itemlists import (
    POOL_ROWS,
    bare_numbered_titles,
    changes_row_by_row,
    numbered_group_titles,
    runs_change_row_by_row,
    runs_under_headings,
)
from planx.normalise.partymatrix import PARTY_FIELD, ROW_LABEL_FIELDS, party_columns
from planx.normalise.periods import (
    PERIOD_FIELD,
    Period,
    bars_of_fill,
    block_kind,
    fills_rate_updates,
    read_period,
    year_basis,
)
from planx.normalise.raci import RACI_FIELD, raci_columns
from planx.normalise.row_cells import band_rows, groups_within_themes, shaded_whole
from planx.normalise.severity import Note
from planx.normalise.statuscols import status_and_progress_swapped
from planx.normalise.statusticks import STATUS_TICK_FIELD, status_tick_columns
from planx.normalise.text import fold, squash
from planx.normalise.trackers import groups_rows, heading_names_no_field, numbered_goals, quantities
from planx.normalise.vocab import (
    ABBREVIATIONS_BY_CONTENT,
    CODE_REF_WORDS,
    CODE_TEXT_WORDS,
    CODE_TITLE_WORDS,
    DELIVERER_HEADING_WORDS,
)
from planx.normalise.walker_state import EVIDENCE_ROWS, UNPAGED_FORMATS, WalkerState
from planx.normalise.whoswhat import action_and_who_swapped

# a cell that is a quarter alone ('Q3', 'Qtr 4') and one that is a year or a financial year alone
# ('2027', '2026/27', '2026-27'): a column pair that says when together
# the fewest rows whose milestone a period label beside it dates (milestone_period_labels)
MILESTONE_LABEL_ROWS = 2
_QUARTER_ALONE = re.compile(r"(?i)q(?:tr|uarter)?\s*[1-4]")
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}(?:\s*[/\-–]\s*(?:(?:19|20)?\d{2}))?")

# the fields whose cells show what they hold, and the share of a column's cells that must show it
_FITS: dict[str, Callable[[ColumnProfile], bool]] = {
    "due": lambda p: p.when >= 0.5, "lead": lambda p: max(p.who, p.person) >= 0.5,
    "responsible": lambda p: max(p.who, p.person) >= 0.5, "rag": lambda p: p.rag >= 0.5,
    "status": lambda p: p.status >= 0.5}


# a field code: a prefix and what of its record the column holds, joined by underscores ('hic_label')
_FIELD_CODE = re.compile(r"^([a-z][a-z0-9]*)_([a-z][a-z0-9_]*)$", re.I)
# of a code prefix's reference column's filled cells, the share of them that must repeat the cell above
# (a group's number down its rows) for the record to be the rows' group, the area
GROUP_REPEAT_SHARE = 0.3

# the most words on average a column of those who deliver may hold (names, not notes): deliverers_lead
DELIVERER_MAX_WORDS = 12.0

# of a column headed as a grouping (a board's 'List Name'), the share of cells that must be status
# words for its groups to be the stages rows have reached ('To Do / Doing / Done'): the status
STAGE_STATUS_SHARE = 0.7

WEAK_DUE_WHEN = 0.5  # of a weakly headed column's cells: those printing a date, fewer than this for no due


def weak_heading_field(label: str, p: ColumnProfile, texts: list[str], taken: set[str]) -> tuple[str, str] | None:
    """(field, the field it lost) for a heading that names two fields weakly, neither surely ('Target':
    a date or a measure), whose likelier field another column's heading names surely ('By when'),
    over cells that mostly print no date ('200 households', '12 events a year'): its other field,
    when no column holds it. None otherwise."""
    readings = [r for r in read_heading(label) if r.field]
    if len(readings) < 2 or readings[0].field not in taken or readings[0].field != "due" or not texts \
            or sum(1 for t in texts if find_dates(t)) >= WEAK_DUE_WHEN * len(texts):
        return None
    if "objective" not in taken and sum(1 for t in texts if _AIM.match(t)) >= AIMS_SHARE * len(texts):
        # 'Target' over 'To improve attendance of disadvantaged pupils': each cell states an aim in the
        # infinitive, the target a school sets itself, its objective
        return "objective", readings[0].field
    other = readings[1].field
    if other in taken or other not in ("measure", "outcome", "progress") or contradicts(other, p):
        return None
    return other, readings[0].field


# an aim stated in the infinitive ('To improve …', 'To embed a consistent behaviour policy'), and the share
# of a column's cells that state one for the column to hold the aims
_AIM = re.compile(r"^\s*to\s+[a-z]{3,}\b(?!\s*\d)", re.I)
AIMS_SHARE = 0.8


# an outcome column beside the aims is a report of what happened when this share of its cells (and at
# least REPORTED_ROWS of them) say so (outcomes_reported)
REPORTED_SHARE = 0.6
REPORTED_ROWS = 3



def cells_by_column(rows: list[list[tuple[int, str, str | None]]]) -> dict[int, list[str]]:
    """{column: its cells' texts, top to bottom} of a table's data rows."""
    cells: dict[int, list[str]] = {}
    for row in rows:
        for col, text, _ in row:
            cells.setdefault(col, []).append(text)
    return cells


def columns_read_as(header: Header, found: Collection[int], field: str) -> list[Column]:
    """The header's single columns at `found`, each now taking `field` by what it holds."""
    chosen = [c for c in header.columns if c.span == 1 and c.col in found]
    for column in chosen:
        column.field, column.value, column.basis = field, "", "content"
    return chosen

class HeaderFields(WalkerState):
    """A heading row taken as the table's headings, its columns' fields settled by content."""

    def set_header(self, header: Header, table: Table) -> None:
        if self.outcome_table != table.index and not self.context.get("outcome_of"):
            # a box's intended outcome holds for its own table's headings only (an area's, for the area:
            # area_outcome)
            self.context["outcome"] = ""
        item = shortfall_over_milestones(header)
        if item is not None:
            self.warnings.append(f"table {table.index}: '{item.label}' names each row's shortfall beside its "
                                 f"milestones and no action: read as the action, the milestones its steps")
        elif self.raw.format in UNPAGED_FORMATS:
            # a sheet's milestones column with nothing else saying what is done (a Gantt chart's
            # list): its milestones are the actions; in a document, the steps of a heading's action
            milestones_alone_are_actions(header)
        joined = ratings_of_joined_group(header)
        if joined:
            header.forget_columns()
            self.warnings.append(f"table {table.index}: '{joined[0].label}' and the period headings after it "
                                 f"read as {len(joined)} ratings (a group heading over its periods, on one row)")
        # an empty heading over the first column holds the area reference ('A', 'В', '1')
        if self.header is not None:
            inherit_unlabelled(self.header, header)
        milestones_only(header)
        first = header.columns[0] if header.columns else None
        if first is not None and not first.label and not first.field and "area_ref" not in header.fields():
            first.field = "area_ref"
            first.value = "?"  # provisional: only short reference-like values are taken as refs
        if self.header_table != table.index:
            self.headings_read.clear()  # a heading row printed again over the same table's next page
        if self.group_lead_table != table.index:
            self.context.pop("group_lead", None)  # an owner row's lead holds in its own table only
        read_as_before(self.headings_read, header)
        if self.header_table != table.index:
            self.stack_before = self.header  # the headings in use before this table's own
        before = self.stack_before
        if before is not None and before is not self.header and same_labels(before, header):
            # a stack of heading rows printed again over the table's next page ('Leads' over
            # 'Lead | Responsible'): its last row completes the headings in use before the table
            self.after_break, header = True, before
        elif self.header is not None and same_labels(self.header, header):
            # the very same heading row printed again (a page or slide that goes on): keep what the
            # cells under it showed the first time (a table of one row shows too little to decide)
            self.after_break, header = True, self.header
        elif self.header is not None and same_layout(self.header, header):
            self.after_break = True  # a heading repeated after a page break
            if header.columns == self.header.columns or same_periods(self.header, header):
                header = self.header  # the very same headings: keep what was worked out from them
        else:
            self.after_break = False
        if header is not self.header:
            self.settle_by_content(header, table)
            self.read_period_block(header, table)
        self.header = header
        self.header_table = table.index
        self.headings_read.setdefault(printed_labels(header), header)
        self.kpi = None
        for c in header.columns:
            if c.field == "area_ref" and c.value and c.value != "?":
                self.context["area_ref"] = area_ref_of(c.value)

    def read_period_block(self, header: Header, table: Table) -> None:
        """What a block of period columns holds over the whole table (periods.block_kind): marks or
        one fill colour are a timeline, RAG words or colours ratings, sentences updates."""
        cols = {i for c in header.columns if c.field == PERIOD_FIELD for i in range(c.col, c.col + c.span)}
        if not cols:
            return
        cells = [(c.text, c.fill) for row in table.rows for c in row.cells
                 if c.col in cols and not c.merged_above and read_period(c.text) is None]
        header.period_kind = block_kind(cells) or "timeline"
        if header.period_kind == "ratings" and bars_of_fill(
                [[(c.col, c.fill) for c in row.cells if c.col in cols and not c.text.strip()]
                 for row in table.rows if not any(c.col in cols and c.text.strip() for c in row.cells)]):
            header.period_kind = "timeline"  # each row's fill one bar, starting when its task does
        header.period_fills_rate = header.period_kind == "updates" and fills_rate_updates(cells)
        labels = [c.label for c in header.columns if c.field == PERIOD_FIELD]
        terms = any((read := read_period(label)) is not None and read.kind == "term" for label in labels)
        # the year the periods count from: printed in the headings, else the lines over the table
        opening = [b.text for b in self.raw.blocks[:12] if isinstance(b, Paragraph)]
        opening += [c.text for b in self.raw.blocks[:3] if isinstance(b, Table) for r in b.rows[:3] for c in r.cells]
        self.period_basis = year_basis([*labels, *opening], terms)
        said = (f"table {table.index}: '{labels[0]}' … '{labels[-1]}' read as a "
                f"{'progress grid' if header.period_kind != 'timeline' else 'timeline'} "
                f"({header.period_kind} by period{', each rated by its fill' if header.period_fills_rate else ''})")
        if header.period_kind == "timeline" and all(find_dates(label) for label in labels):
            # the chart's own headings date every period ('Apr 2026', '2027' over 'Jan'): a sure reading
            self.warnings.append(Note(f"{said}: an action with no date of its own is due at the end of "
                                      f"the last period it marks"))
        else:
            self.warnings.append(said)

    def rows_under_same_headings(self, header: Header, table: Table) -> list[list[Cell]]:
        """The data rows of the document's later tables whose first row prints the very same
        headings as `header` (each table's own heading row left out)."""
        labels = {c.col: fold(c.label) for c in header.columns if c.label.strip()}
        if len(labels) < 2:
            return []
        out: list[list[Cell]] = []
        for block in self.raw.blocks:
            if not isinstance(block, Table) or block.index <= table.index or not block.rows:
                continue
            if {c.col: fold(c.text) for c in block.rows[0].cells if c.text.strip()} == labels:
                out += [row.cells for row in block.rows[1:]]
        return out

    def box_outcome(self, text: str, table: Table) -> bool:
        """A cell above a table's headings that labels the box's intended outcome ('Intended outcome: Staff
        will have a shared understanding …', a school improvement plan's priority box, printed once over
        its rows): the outcome of each action the table's headings then read, and of the rows carried
        over the page under them. The same cell printed again (a merged cell cut) says it once."""
        from planx.normalise.tableforms import labelled_line
        read = labelled_line(squash(text))
        if read is None or read[0] != "outcome" or not read[1].strip():
            return False
        if not (self.outcome_table == table.index and self.context.get("outcome") == read[1]):
            self.context["outcome"], self.outcome_table = read[1], table.index
        self.structure.append(text)
        return True

    def settle_by_content(self, header: Header, table: Table) -> None:
        """Check a heading row's reading against the cells below it: a column its heading left
        unnamed is named from its content (a column of dates is when things are due), and a
        text field over bare codes is not that field. Each change is a warning."""
        if header.read_by == "cells":
            def said(basis: str) -> str:
                return ", ".join(f"'{c.label}' as {c.field}" for c in header.columns if c.field and c.basis == basis)
            inferred, named = said("content"), said("heading")
            self.warnings.append(f"table {table.index}: no reading of its headings makes a plan; read by what the "
                                 f"columns hold: {inferred}" + (f" (by heading: {named})" if named else ""))
        series = [c.label for c in header.columns if c.field == "rating" and c.basis == "content"]
        if series:  # headers._rated_series: sibling columns numbered or dated under one name, RAG below
            self.warnings.append(f"table {table.index}: '{series[0]}' … '{series[-1]}' (one name numbered or dated, "
                                 f"RAG values below) read as a series of ratings")
        for column in header.columns:
            if header.read_by == "cells":
                break
            if column.field == "action" and column.basis == "content" and not column.label:
                self.warnings.append(f"table {table.index}: column {column.col + 1} has no heading; its sentences "
                                     f"beside headed who/when columns read as the actions")
            elif column.field == "action" and column.basis == "content" and \
                    classify(column.label)[0] == "area_ref":
                self.warnings.append(f"table {table.index}: '{column.label}' reads as a reference but its cells "
                                     f"name what each row does (phrases, not codes): read as the actions")
            elif column.field == "action" and column.basis == "content":
                weight, why = action_candidacy(column.label)
                self.warnings.append(f"table {table.index}: no heading names what is to be done; '{column.label}' "
                                     f"read as the actions by its cells (text beside headed who/when columns; "
                                     f"heading {why}, weight {weight:.1f})")
        start = next((i for i, h in enumerate(self._headings) if h is header), -1)
        cell_rows = list(self._cells[start + 1:start + 41])
        if len(cell_rows) < EVIDENCE_ROWS:
            # a small table under headings the next tables print again (a section's three actions,
            # then the next section's under 'Action | Lead agency | By'): their rows are evidence too,
            # as the reading of these headings is kept for them (set_header)
            cell_rows += self.rows_under_same_headings(header, table)[:40 - len(cell_rows)]
        every = [[(c.col, c.text, c.fill) for c in cells if not c.merged_above] for cells in cell_rows]
        rows = [r for r in every if sum(1 for _, t, _ in r if t.strip()) >= 2]  # not banners
        raci = self.raci_matrix(header, rows, table) or self.party_matrix(header, rows, table)
        raci = self.status_tick_matrix(header, rows, table) or raci
        raci = self.keyed_status_marks(header, rows, table) or raci
        if self.row_numbers_in_action(header, rows, table):
            header.forget_columns()
        if self.milestone_period_labels(header, rows, table):
            header.forget_columns()
        changed = len(every) >= 2 and self.move_to_unlabelled(header, columns_of(every), table) or raci
        if len(rows) < 2:
            if changed:
                header.forget_columns()
            return
        profiles = columns_of(rows)
        taken = set(header.fields())
        ends = _end_of_date_pair(header, profiles, rows)
        demoted: list[tuple[str, Column]] = []  # fields whose column's cells said otherwise
        changed = self.who_acts(header, profiles, table) or changed
        changed = self.deliverers_lead(header, profiles, table) or changed
        changed = self.choose_action(header, profiles, rows, table, every) or changed
        changed = self.milestone_dates(header, rows, table) or changed
        changed = self.quarter_beside_year(header, profiles, rows, table) or changed
        changed = self.area_of_the_whole(header, every, rows, table) or changed
        changed = self.coded_records(header, rows, table) or changed
        changed = self.two_fields_in_one_heading(header, profiles, table) or changed
        changed = self.outcomes_reported(header, rows, table) or changed
        # after choose_action: a 'RAG status' column of status words shaded in RAG colours is the
        # status, and its shading the RAG
        self.rag_by_colour(header, every, table)
        for column in header.columns:
            p = profiles.get(column.col) if column.span == 1 else spanned_profile(column, rows)
            if p is None:
                continue
            name = f"'{column.label}'" if column.label else f"column {column.col + 1}"
            marks = [t.strip() for r in rows for c, t, _ in r if c == column.col and t.strip()]
            if column.field and column.basis == "heading" and contradicts(column.field, p) and "rag" not in taken \
                    and marks and (key := self.printed_symbol_key()) and all(m in key for m in marks):
                # symbols under 'Progress' or 'Status' that the plan's key rates ('Key: ● = On track
                # ▲ = Some risk …'): each row's RAG, not a text of its own
                self.warnings.append(f"table {table.index}: {name} holds the symbols the plan's key rates "
                                     f"({' '.join(sorted(set(marks)))}), not {column.field}: read as the RAG")
                column.field, column.value, column.basis, changed = "rag", "", "content", True
                taken.add("rag")
            elif column.field == "area" and column.basis == "heading" and "status" not in taken \
                    and p.status >= STAGE_STATUS_SHARE:
                # a grouping heading over status words ('List Name' over 'To Do / Doing / Done', a
                # board's lists): the stage each card has reached, so the status, not its area
                self.warnings.append(f"table {table.index}: {name} groups the rows by status words "
                                     f"({p.status:.0%}): read as the status")
                column.field, column.value, column.basis, changed = "status", "", "content", True
                taken.add("status")
            elif column.field and column.basis == "heading" and contradicts(column.field, p):
                self.warnings.append(f"table {table.index}: {name} holds {p.describe()}, not {column.field}: "
                                     f"kept aside")
                demoted.append((column.field, column))
                column.field, column.basis, changed = "", "content", True
            elif self.titles_of_groups(header, column, [t for r in rows for c, t, _ in r if c == column.col],
                                       len(rows), taken):
                self.warnings.append(f"table {table.index}: {name if column.label else f'column {column.col + 1}'} "
                                     f"{'names no field' if column.label else 'has no heading'} and holds "
                                     f"short titles each over a group of rows ({p.cells} over {len(rows)} rows): "
                                     f"read as the {'objective' if (outer := self.outer_group(cell_rows)) else 'area'}"
                                     f"{outer}")
                field = "objective" if outer else "area"
                column.field, column.value, column.basis, changed = field, "", "content", True
                taken.add(field)
            elif column.field == "outcome" and column.score < 100 and "measure" not in taken and \
                    ((many := quantities([t for r in rows for c, t, _ in r if c == column.col]))
                     or "objective" in taken):
                # (a heading that names the outcome by its own name, 'Outcome', keeps it). Beside a
                # column of the aims ('Objective | Action | … | Intended impact'), the aim is told
                # there: the impact sought says how its success will show ('Pupil voice is positive',
                # 'Phonics screening pass rate 49%'), the measure
                why = "short quantities (a figure in most cells)" if many else \
                    "what success will show beside a column of the aims"
                self.warnings.append(f"table {table.index}: {name} holds {why} and no column is the measure: "
                                     f"read as the measure")
                column.field, column.value, column.basis, changed = "measure", "", "content", True
                taken.add("measure")
            elif not column.field and column.basis == "unread" or \
                    (column.field == "area_ref" and column.value == "?" and p.ref < 0.3):
                found, surety = field_by_content(p)
                # names are ambiguous under a heading that reads as something else ('Reporting
                # mechanism' over 'Progress Reporting Tool'); dates, RAG codes and statuses are not
                named_by_content = ("due", "rag", "status") if column.label else ("due", "lead", "rag", "status")
                if (abbreviated := ABBREVIATIONS_BY_CONTENT.get(fold(column.label))) is not None:
                    # 'PR' over initials: the person responsible, where its cells name people (a
                    # tracker's 'PR' over '#123' is a pull request, and stays unread)
                    named_by_content = (*named_by_content, abbreviated)
                if found == "due" and ends is not None and column.col != ends:
                    self.warnings.append(f"table {table.index}: {name} holds dates earlier than those of "
                                         f"column {ends + 1} on the same rows: the start, kept aside")
                    continue
                if found == "due" and names_a_reference(column.label):
                    # '2022-020' under 'Audit Finding Reference Number': a code that looks like a date
                    self.warnings.append(f"table {table.index}: {name} names a reference: its cells are "
                                         f"codes, not dates")
                    continue
                if found == "status" and flag_not_done(column.label, marks):
                    continue  # 'Is Recurring', 'Late': a TRUE / FALSE that says nothing of how it stands
                if found == "status" and in_tick_grid(column.col, rows):
                    continue  # 'LA | PA | SB' ticked: which scopes each row belongs to, not how it stands
                if found in named_by_content and found not in taken and surety >= 0.7:
                    self.warnings.append(f"table {table.index}: {name} read as {found} by its content "
                                         f"({p.describe()})")
                    column.field, column.value, column.basis, changed = found, "", "content", True
                    taken.add(found)
                elif (weak := weak_heading_field(column.label, p, [t for r in rows for c, t, _ in r if c == column.col
                                                                     and t.strip()], taken)):
                    self.warnings.append(f"table {table.index}: {name} may name {weak[1]} or {weak[0]}; "
                                         f"{weak[1]} is another column's and its cells are no dates: read as "
                                         f"{weak[0]}")
                    column.field, column.value, column.basis, changed = weak[0], "", "heading", True
                    taken.add(weak[0])
        for name, column in demoted:
            changed = self.second_heading_takes(header, name, column, profiles, table) or changed
        if changed:
            header.forget_columns()

    def raci_matrix(self, header: Header, rows: list[list[tuple[int, str, str | None]]], table: Table) -> bool:
        """Role columns of a RACI matrix (normalise/raci.py): headed columns holding nothing but
        R/A/C/I letters. Each takes the field RACI_FIELD: the row's lead is the role marked R, its
        responsible the role marked A. True when the headings changed."""
        cells: dict[int, list[str]] = {}
        labels = {c.col: squash(c.label) for c in header.columns if c.label}
        for row in rows:
            if sum(1 for col, text, _ in row if text.strip() and squash(text) == labels.get(col)) >= 2:
                continue  # the heading row printed again over the next group's rows ('Ref | Action | DCS')
            for col, text, _ in row:
                cells.setdefault(col, []).append(text)
        found = raci_columns([(c.col, c.label, c.field) for c in header.columns if c.span == 1], cells)
        if not found:
            return False
        roles = [c for c in header.columns if c.span == 1 and c.col in found]
        for column in roles:
            column.field, column.value, column.basis = RACI_FIELD, "", "content"
        owner = [c for c in header.columns if c.field in ("lead", "responsible")]
        if owner and not any(c.field == "lead" for c in owner):
            # a role heading had taken the lead ('Team Managers'): the owner column left is the first
            # owner printed, the lead (CONTRACT, two owner columns)
            owner[0].field = "lead"
        self.warnings.append(f"table {table.index}: {', '.join(repr(c.label) for c in roles)} hold R/A/C/I "
                             f"letters (a RACI matrix): the role marked R read as the lead, the role marked "
                             f"A as responsible; the letters kept aside")
        return True

    def status_tick_matrix(self, header: Header, rows: list[list[tuple[int, str, str | None]]],
                           table: Table) -> bool:
        """Columns headed each with a status word over nothing but ticks ('Not started | In progress |
        Delayed | Complete', normalise/statusticks.py): each takes STATUS_TICK_FIELD, the row's status
        the heading of the column it ticks. True when the headings changed."""
        cells = cells_by_column(rows)
        found = status_tick_columns([(c.col, c.label) for c in header.columns if c.span == 1], cells)
        if not found:
            return False
        ticks = columns_read_as(header, found, STATUS_TICK_FIELD)
        self.warnings.append(f"table {table.index}: {', '.join(repr(c.label) for c in ticks)} are status words "
                             f"over ticks: the ticked column's heading read as the status")
        return True

    def keyed_status_marks(self, header: Header, rows: list[list[tuple[int, str, str | None]]],
                           table: Table) -> bool:
        """A column no heading names whose cells open with the marks the document's key gives statuses
        ('Key: ❌ Not started 🟨 Underway ✅ Completed', doccodes.keyed_status_column): the status, each
        row's mark read by the key. Only where no column is the status already. True when changed."""
        if "status" in header.fields() or len(rows) < 2:
            return False
        unnamed = [(c.col, c.field if c.basis != "unread" else "") for c in header.columns if c.span == 1]
        found = keyed_status_column(unnamed, cells_by_column(rows), len(rows), self.document_codes())
        if found is None:
            return False
        column = columns_read_as(header, [found], "status")[0]
        self.warnings.append(f"table {table.index}: '{column.label}' holds the marks the document's key gives "
                             f"statuses: read as the status")
        return True

    def party_matrix(self, header: Header, rows: list[list[tuple[int, str, str | None]]], table: Table) -> bool:
        """Party columns of a partnership plan (normalise/partymatrix.py): headings naming agencies
        or services over sentences of what each will do. Each takes the field PARTY_FIELD: every filled
        cell is an action, led by its column's party. True when the headings changed."""
        cells = cells_by_column(rows)
        # an action the cells alone suggested ('no reading of its headings makes a plan') is no
        # heading's word against the matrix: one party's column was taken for the table's action
        named = [(c.col, c.label, c.field if c.basis == "heading" or c.field != "action" else "")
                 for c in header.columns if c.span == 1]
        found = party_columns(named, cells)
        if not found:
            return False
        parties = columns_read_as(header, found, PARTY_FIELD)
        self.warnings.append(f"table {table.index}: {', '.join(repr(c.label) for c in parties)} name parties "
                             f"over what each will do (a partnership matrix): each filled cell read as an "
                             f"action, its column's party as the lead")
        labels = [c for c in header.columns if c.field in ROW_LABEL_FIELDS]
        if not any(c.field == "area" for c in header.columns) and len(labels) == 1:
            # the row's aim ('What we want to achieve') is what every party's action on it serves:
            # the group the row's actions share, its area
            labels[0].field, labels[0].value = "area", ""
            self.warnings.append(f"table {table.index}: '{labels[0].label}' labels each row of the partnership "
                                 f"matrix, the priority its parties' actions share: read as the area")
        return True

    def printed_symbol_key(self) -> dict[str, str]:
        """The RAG symbols a key printed in the document's text rates ('Key: ● = On track ▲ = …'):
        {symbol: rag} (codes.symbol_key), {} when it prints none."""
        key: dict[str, str] = {}
        for block in self.raw.blocks:
            if isinstance(block, Paragraph) and "=" in block.text:
                key.update(symbol_key(block.text))
        return key

    def second_heading_takes(self, header: Header, name: str, demoted: Column, profiles: dict[int, ColumnProfile],
                             table: Table) -> bool:
        """A field whose column held something else ('Evidence' over links, read as the measure) goes
        to the other heading that named it surely ('Measure of success'), when its cells agree."""
        if name in header.fields():
            return False
        best: tuple[float, Column] | None = None
        for column in header.columns:
            if column is demoted or column.field or not column.label or column.span != 1:
                continue
            read = next(iter(read_heading(column.label)), None)
            p = profiles.get(column.col)
            if read is None or read.field != name or read.score < DECENT or p is None or contradicts(name, p):
                continue
            if best is None or read.score > best[0]:
                best = (read.score, column)
        if best is None:
            return False
        column = best[1]
        self.warnings.append(f"table {table.index}: '{column.label}' read as {name} (the column first read so "
                             f"held something else)")
        column.field, column.score, column.basis = name, best[0], "heading"
        return True

    def area_of_the_whole(self, header: Header, every: list[list[tuple[int, str, str | None]]],
                          rows: list[list[tuple[int, str, str | None]]], table: Table) -> bool:
        """A column read as the area that holds one value on every row ('Directorate: Children's
        Services') names what the whole plan belongs to; where theme rows of one cell head the groups
        of rows, those are the areas, and the column is kept aside (with its heading)."""
        changed = False
        start = next((i for i, h in enumerate(self._headings) if h is header), -1)
        labels = [c.text for c in self._cells[start]] if start >= 0 else [c.label for c in header.columns]
        actions = {c.col for c in header.columns if c.field == "action" and c.col > 0}
        for column in header.columns:
            if column.field != "area" or column.span != 1:
                continue
            values = [t for r in rows for c, t, _ in r if c == column.col and t.strip()]
            # (a row whose one cell is an action's, below an area merged down over it, is no theme row)
            # (nor is a row naming only who leads the rows under it: an owner's, BannerRows.owner_row)
            themes = [r for r in every if sum(1 for _, t, _ in r if t.strip()) == 1
                      and not any(c == column.col and t.strip() for c, t, _ in r)
                      and not any(t.strip() and lead_banner(t, header.fields()) for _, t, _ in r)
                      and not any(c in actions and t.strip() for c, t, _ in r)]
            if len(values) >= 3 and len({fold(v) for v in values}) == 1 and len(values) >= 0.8 * len(rows) \
                    and len(themes) >= 2:
                self.warnings.append(f"table {table.index}: '{column.label}' holds {values[0]!r} on every row, "
                                     f"and theme rows head the groups: the theme rows are the areas, the "
                                     f"column is kept aside")
                column.field, column.basis, changed = "", "content", True
            elif self.context["area"] and self.context.get("area_source") in ("heading", "") and values \
                    and all(squash(v).endswith((".", "!", "?")) for v in values):
                # 'You said' cells ('It is hard to get through by phone if you are deaf.') under a
                # heading that names the area ('EO1. Make our services accessible'): sentences, which
                # no area's title is; the heading is the area, the column is kept aside
                self.warnings.append(f"table {table.index}: '{column.label}' holds sentences, and the heading "
                                     f"{self.context['area']!r} names the area: the column is kept aside")
                column.field, column.basis, changed = "", "content", True
            elif len(themes) >= 2 and groups_within_themes(every, column.col):
                self.warnings.append(f"table {table.index}: '{column.label}' starts a group of rows anew under "
                                     f"each theme row, more groups than themes: the theme rows are the areas, "
                                     f"the column is kept aside")
                column.field, column.basis, changed = "", "content", True
            elif (themes or self.context["area"] and self.context.get("area_source") in ("heading", "theme", "")) \
                    and self.describes_each_row(values, len(rows), labels, column):  # (not a sheet's, a slide's)
                over = "theme rows inside the table" if themes else f"the heading {self.context['area']!r}"
                self.warnings.append(f"table {table.index}: '{column.label}' changes row by row and groups no rows, "
                                     f"and {over} names the area: the column is kept aside")
                column.field, column.basis, changed = "", "content", True
        return changed

    def outer_group(self, cell_rows: list[list[Cell]]) -> str:
        """Is there a grouping level outside the table's column of group titles — a heading that
        numbers a group ('Key Priority 1 – Early Years', read as the area with its number), or rows of
        one cell spanning the table ('Priority 1 – A thriving local economy') heading its groups? Then
        that outer level is the area and the column, which changes within it, the objective
        (CONTRACT 'Which grouping is the area'). Says which, for the warning; '' when none."""
        if self.context.get("area") and self.context.get("area_ref") and \
                self.context.get("area_source") in ("heading", ""):
            return f" inside the numbered heading {self.context['area']!r}, the area"
        if band_rows(cell_rows):  # (bands, not a title's line wrapped onto a row of its own: row_cells.band_rows)
            return " inside the rows across the table that head its groups, the areas"
        return ""

    def describes_each_row(self, values: list[str], rows: int, labels: list[str], column: Column) -> bool:
        """Does a column read as the area change row by row (itemlists.changes_row_by_row), judged
        over this table's rows or, when they are few, over every table of the document that prints
        the same heading row (a programme's tables of two or three schemes each)?"""
        if len(values) >= POOL_ROWS:
            return changes_row_by_row(values, rows)
        tables = [b for b in self.raw.blocks if isinstance(b, Table)]
        return runs_change_row_by_row(runs_under_headings(tables, labels, column.col))

    @staticmethod
    def titles_of_groups(header: Header, column: Column, texts: list[str], rows: int, taken: set[str]) -> bool:
        """Is an unlabelled first column the area of the rows it spans: short titles, each printed
        once over its group of rows (columns.names_groups; a line naming the area's lead does not
        count), beside a column of what is done and with no column headed as the area?"""
        first = min(c.col for c in header.columns)
        if column.col == first and column.field == "objective" and "area" not in taken and "action" in taken:
            # a first column headed as the goals ('Goal Description'), each goal numbered and printed once
            # over the rows of its initiatives: the goals group the rows (trackers.numbered_goals)
            return numbered_goals(texts, rows)
        if column.col != first or column.field not in ("", "area_ref") or \
                column.value not in ("", "?") or "area" in taken or "action" not in taken:
            return False
        titles = [split_area_lead(t)[0] for t in texts]
        if column.label:
            # a heading of its own words ('Our promise to you', 'Pledge') over titles each printed once
            # over its rows: the grouping, when the heading names no other field (trackers.py)
            # (or titles numbered under a word, 'Regulation 8: …', though most groups hold one row)
            return column.field == "" and heading_names_no_field(column.label) and \
                (groups_rows(profile(titles), rows) or numbered_group_titles(titles, rows)
                 and names_groups(profile(titles), rows))
        return names_groups(profile(titles), rows) or bare_numbered_titles(titles, rows)

    def quarter_beside_year(self, header: Header, profiles: dict[int, ColumnProfile],
                            rows: list[list[tuple[int, str, str | None]]], table: Table) -> bool:
        """A column of quarters alone ('Q3') just before a column of years or financial years
        ('2026/27'), no other column naming the due date: the two say when together ('Target quarter'
        | 'Year': Q3 of 2026/27 → December 2026), so both are read as the due date, the quarter first
        (a row's due joins them: 'Q3 2026/27'). True when it did."""
        if "due" in header.fields():
            return False
        by_col = {c.col: c for c in header.columns if c.span == 1}
        for col, column in by_col.items():
            after = by_col.get(col + 1)
            if after is None or column.field or after.field:
                continue
            quarters = [t.strip() for r in rows for c, t, _ in r if c == col and t.strip()]
            years = [t.strip() for r in rows for c, t, _ in r if c == col + 1 and t.strip()]
            if len(quarters) < 2 or len(years) < len(quarters) \
                    or not all(_QUARTER_ALONE.fullmatch(q) for q in quarters) \
                    or not all(_YEAR_ALONE.fullmatch(y) for y in years):
                continue
            for c in (column, after):
                c.field, c.value, c.basis = "due", "", "content"
            self.warnings.append(f"table {table.index}: '{column.label}' holds quarters and '{after.label}' the "
                                 f"years they fall in: read together as the due date")
            return True
        return False

    def milestone_dates(self, header: Header, rows: list[list[tuple[int, str, str | None]]], table: Table) -> bool:
        """A column headed as a date ('Milestone date', 'By when') beside the milestones, that lost the
        due date to another ('Completion date') but gives each milestone its own date, a line each,
        where the other gives one per row: it is the dates the milestones pair with (and the action
        takes their latest); the other is kept aside. True when the headings changed."""
        steps = next((c for c in header.columns if c.field == "milestones"), None)
        due = next((c for c in header.columns if c.field == "due"), None)
        if steps is None or due is None:
            return False
        rivals = [c for c in header.columns if not c.field and c.label and
                  any(r.field == "due" and r.score >= DECENT for r in read_heading(c.label))]
        for rival in rivals:
            paired = single = listed = 0
            for row in rows:
                cells = {col: text for col, text, _ in row}
                count = len(milestone_items(cells.get(steps.col, "")))
                if count < 2:
                    continue
                listed += 1
                paired += len(find_dates(cells.get(rival.col, ""))) == count
                single += len(find_dates(cells.get(due.col, ""))) <= 1
            if listed >= 2 and paired >= 0.6 * listed and single >= 0.6 * listed:
                rival.field, rival.value, rival.basis = "due", "", "content"
                due.field, due.basis = "", "content"
                self.warnings.append(f"table {table.index}: '{rival.label}' gives each milestone its date ({paired} "
                                     f"of {listed} rows); '{due.label}' one date per row: kept aside")
                return True
        return False

    def choose_action(self, header: Header, profiles: dict[int, ColumnProfile],
                      rows: list[list[tuple[int, str, str | None]]], table: Table,
                      every: list[list[tuple[int, str, str | None]]] | None = None) -> bool:
        """Several columns headed as what is done: the cells decide which is the action, and
        whether an action printed once over rows is their parent (normalise/choose.py). True
        when the headings changed; the reason and its confidence go to the warnings."""
        texts: dict[int, set[str]] = {}
        for row in rows:
            for col, text, _ in row:
                if text.strip():
                    texts.setdefault(col, set()).add(fold(text))
        distinct = {col: len(seen) for col, seen in texts.items()}
        by_col: dict[int, list[str]] = {}
        for row in rows:
            for col, text, _ in row:
                by_col.setdefault(col, []).append(text)
        lists = {col: list_share(cells) for col, cells in by_col.items()}
        # every row's filled columns, a row of one cell too (an action alone on its row: a card's listed action)
        filled: dict[int, int] = {}
        for row in every if every is not None else rows:
            for col in {col for col, text, _ in row if text.strip()}:
                filled[col] = filled.get(col, 0) + 1
        aligned = [{col: text for col, text, _ in row} for row in rows]
        # (first: names under the action's heading and tasks under who's, headings one column off)
        choices = [action_and_who_swapped(header.columns, profiles) or
                   parent_and_steps(header.columns, profiles, len(rows), distinct, aligned) or
                   parent_beside_steps(header.columns, profiles, len(rows)) or
                   steps_beside_action(header.columns, lists, filled) or better_action_column(header.columns, profiles)
                   or action_not_labels(header.columns, profiles, len(rows))
                   or fuller_action_column(header.columns, profiles, aligned),
                   status_not_rag(header.columns, profiles)
                   or status_not_progress(header.columns, profiles, {c for c in by_col if in_tick_grid(c, rows)})
                   or status_by_share(header.columns, by_col) or status_and_progress_swapped(header.columns, profiles),
                   rag_not_progress(header.columns, profiles) or rag_not_status(header.columns, profiles),
                   tier_above(header.columns, profiles, by_col, len(rows))
                   or grouped_by_labels(header.columns, profiles, len(rows)) or numbered_tier(header.columns, by_col)]
        if choices[0] is None:
            # several columns of prose (finding, recommendation, response, action): the action is the
            # one that commits to what will be done; the warning says which and why
            among, note = action_among_prose(header.columns, profiles, by_col)
            choices[0] = among
            if note:
                self.warnings.append(f"table {table.index}: {note}")
        for choice in choices:
            if choice is None:
                continue
            for col, name in choice.fields.items():
                column = header.column_for(col)
                if column is not None:
                    column.field, column.value, column.basis = name, "", "content"
            self.warnings.append(f"table {table.index}: {choice.why} (confidence {choice.confidence:.2f})")
        return any(choices)

    def who_acts(self, header: Header, profiles: dict[int, ColumnProfile], table: Table) -> bool:
        """Minutes set out as a table ('Item | Notes | Action'): the action column marks who acts on
        each item ('Clerk', 'Kay Dicken', 'None') beside the notes of the discussion. Its cells
        are no actions: the column is kept aside (an action log lists the actions). True when
        the headings changed."""
        column = next((c for c in header.columns if c.field == "action"), None)
        p = profiles.get(column.col) if column is not None else None
        if column is None or p is None:
            return False
        # the column of notes beside it (a discussion, the minutes): the widest other column
        notes_col = max((col for col in profiles if col != column.col), key=lambda col: profiles[col].words,
                        default=None)
        notes = header.column_for(notes_col) if notes_col is not None else None
        widest = profiles[notes_col].words if notes_col is not None and notes is not None \
            and notes.field == "progress" else 0.0
        if not marks_who_acts(p, widest):
            return False
        name = f"'{column.label}'" if column.label else f"column {column.col + 1}"
        self.warnings.append(f"table {table.index}: {name} holds who acts ({p.describe()}) beside long notes: "
                             f"minutes, not actions; kept aside")
        column.field, column.basis = "", "content"
        return True

    def coded_records(self, header: Header, rows: list[list[tuple[int, str, str | None]]], table: Table) -> bool:
        """Headings written as a database's field codes, grouped by prefix ('ap_number | ap_title |
        ap_text' and 'hic_number | hic_label'): each prefix one kind of record, the word after it what
        of the record the column holds (vocab.CODE_REF_WORDS, CODE_TITLE_WORDS, CODE_TEXT_WORDS). The
        record whose number repeats down the rows ('1, 1, 1, 2, 2') is the group the rows belong to,
        the area: its number the area reference, its title the area. The record whose title or text
        a column of the actions holds is the action: its title is the action (its text, the longer
        telling, kept aside), its own number no area's. True when the headings changed."""
        groups: dict[str, dict[str, Column]] = {}
        for column in header.columns:
            m = _FIELD_CODE.match(column.label.strip()) if column.span == 1 else None
            if m is None:
                continue
            word = fold(m.group(2).replace("_", " ")).split()[-1:]
            role = "ref" if set(word) & CODE_REF_WORDS else "title" if set(word) & CODE_TITLE_WORDS else \
                "text" if set(word) & CODE_TEXT_WORDS else ""
            if role:
                groups.setdefault(fold(m.group(1)), {}).setdefault(role, column)
        if len(groups) < 2:
            return False

        def cells(column: Column) -> list[str]:
            return [squash(t) for r in rows for c, t, _ in r if c == column.col]

        def repeats(column: Column) -> bool:
            values = cells(column)
            filled = [v for v in values if v]
            again = sum(1 for a, b in zip(values, values[1:], strict=False) if b and (a == b or not a))
            return len(filled) >= 3 and again >= GROUP_REPEAT_SHARE * len(filled)

        area = next((g for g in groups.values() if "ref" in g and "title" in g and repeats(g["ref"])
                     and g["ref"].field in ("", "area_ref") and g["title"].field in ("", "area")), None)
        action = next((g for g in groups.values() if g is not area and "title" in g and "text" in g
                       and "action" in (g["title"].field, g["text"].field)), None)
        if area is None and action is None:
            return False
        said = []
        if area is not None:
            for column in header.columns:
                if column.field in ("area", "area_ref") and column not in area.values():
                    column.field, column.value, column.basis = "", "", "other"
            area["ref"].field, area["ref"].value, area["ref"].basis = "area_ref", "", "content"
            area["title"].field, area["title"].value, area["title"].basis = "area", "", "content"
            said.append(f"'{area['ref'].label}' | '{area['title'].label}' (a number repeated down the rows) as the "
                        f"area reference and area")
        if action is not None and action["title"].field != "action":
            action["title"].field, action["title"].value, action["title"].basis = "action", "", "content"
            action["text"].field, action["text"].value, action["text"].basis = "", "", "other"
            said.append(f"'{action['title'].label}' as the action ('{action['text'].label}', its longer text, "
                        f"kept aside)")
        if not said:
            return False
        self.warnings.append(f"table {table.index}: headings written as field codes, one prefix per kind of "
                             f"record: read " + "; ".join(said))
        return True

    def deliverers_lead(self, header: Header, profiles: dict[int, ColumnProfile], table: Table) -> bool:
        """A plan table with no column of a lead or a responsible person, beside its actions a column
        headed by those who carry the work out ('Partners', 'Which partners are involved', 'Delivered
        by': vocab.DELIVERER_HEADING_WORDS) whose cells name them (short, not sentences): that column
        says who delivers each action, the lead. Inferred, so said in the warnings. True when the
        headings changed."""
        fields = set(header.fields())
        if "action" not in fields or fields & {"lead", "responsible"}:
            return False
        for column in header.columns:
            p = profiles.get(column.col)
            if column.field or not column.label or p is None or p.cells < 2:
                continue
            if not set(fold(column.label.replace("_", " ")).split()) & DELIVERER_HEADING_WORDS:
                continue
            if p.words > DELIVERER_MAX_WORDS or p.sentence > 0.5 or p.when > 0.5 or p.figure > 0.5:
                continue
            self.warnings.append(f"table {table.index}: no column names a lead; '{column.label}' names those who "
                                 f"deliver the actions ({p.describe()}): read as the lead (inferred)")
            column.field, column.value, column.score, column.basis = "lead", "", DECENT, "content"
            return True
        return False

    def rag_by_colour(self, header: Header, rows: list[list[tuple[int, str, str | None]]], table: Table) -> None:
        """A RAG shown as the fill of a column that says something else ('Evaluation' shaded green,
        amber or red), when no column is a RAG's: that column's colours rate the actions. Only a
        column whose fills are RAG colours of at least two kinds (a banding or a highlight is one
        colour), or of one kind under a heading that names a RAG ('Milestone RAG status' read as the
        status by its words: a table whose milestones are all on track is all green) or that rates
        by colour in another table of the document (fill_rated_labels), and the only column so filled."""
        if {"rag", "rating"} & set(header.fields()):
            return
        colours: dict[int, set[str]] = {}
        for row in rows:
            if shaded_whole([fill for _, _, fill in row]):
                continue  # a band or a row shaded across: its colour rates no column
            for col, _, fill in row:
                rag = rag_of_colour(fill)
                if rag:
                    colours.setdefault(col, set()).add(rag)
        def names_rag(col: int) -> bool:
            column = header.column_for(col)
            return column is not None and any(r.field == "rag" and r.score >= DECENT
                                              for r in read_heading(column.label))
        def rated_elsewhere(col: int) -> bool:
            column = header.column_for(col)
            return column is not None and bool(column.label) and fold(column.label) in self.rated_labels
        rated = [col for col, kinds in colours.items() if len(kinds) >= 2 or names_rag(col) or rated_elsewhere(col)]
        if len(rated) != 1 or header.column_for(rated[0]) is None:
            return
        header.rag_fill_col = rated[0]
        column = header.column_for(rated[0])
        name = f"'{column.label}'" if column is not None and column.label else f"column {rated[0] + 1}"
        self.warnings.append(f"table {table.index}: the fills of {name} read as RAG ratings by their colour")

    def outcomes_reported(self, header: Header, rows: list[list[tuple[int, str, str | None]]], table: Table) -> bool:
        """An 'Outcomes' column beside a column of the aims whose cells tell what happened ('151
        children have taken part …', '6 children attended …', 'To be implemented from September
        2014'): a report's outcomes, what came of the aims told beside them, are progress, not the
        outcome intended (CONTRACT.md). Most cells (REPORTED_SHARE) must report so, and no column
        already holds progress."""
        taken = set(header.fields())
        if "objective" not in taken or "progress" in taken:
            return False
        for column in header.columns:
            if column.field != "outcome" or column.basis != "heading":
                continue
            texts = [t for r in rows for c, t, _ in r if c == column.col and t.strip()]
            if len(texts) < REPORTED_ROWS:
                continue
            said = sum(1 for t in texts if reports_what_happened(t))
            if said < REPORTED_SHARE * len(texts):
                continue
            self.warnings.append(f"table {table.index}: '{squash(column.label)}' beside the aims tells what "
                                 f"happened ({said} of {len(texts)} cells report it): read as progress")
            column.field = "progress"
            return True
        return False

    def two_fields_in_one_heading(self, header: Header, profiles: dict[int, ColumnProfile], table: Table) -> bool:
        """A heading that names two fields ('Owner  Timescale', a word left behind when a column was
        added) took the field of one, so the column headed by that field alone was left unread. When
        the cells say so (the lone heading's column holds that field's values, the two-word one's do
        not, and they fit its other word's field), each column takes the field its cells hold."""
        changed = False
        taken = set(header.fields())
        for column in header.columns:
            if column.basis != "heading" or column.field not in _FITS:
                continue
            twin = next((c for c in header.columns if c is not column and not c.field
                         and classify(c.label)[0] == column.field), None)
            mine, theirs = profiles.get(column.col), profiles.get(twin.col) if twin else None
            if twin is None or mine is None or theirs is None or not _FITS[column.field](theirs) \
                    or _FITS[column.field](mine):
                continue
            other = next((f for f in dict.fromkeys(classify(w)[0] for w in column.label.split())
                          if f in _FITS and f not in taken and _FITS[f](mine)), None)
            if other is None:
                continue
            self.warnings.append(f"table {table.index}: '{column.label}' names {other} and {column.field}; its cells "
                                 f"hold {mine.describe()} and '{twin.label}' holds {theirs.describe()}: read as "
                                 f"{other} and {column.field}")
            twin.field, twin.value, twin.basis = column.field, "", "content"
            column.field, column.value, column.basis = other, "", "content"
            taken.add(other)
            changed = True
        return changed

    def row_numbers_in_action(self, header: Header, rows: list[list[tuple[int, str, str | None]]],
                              table: Table) -> bool:
        """The rows' numbers in the first grid column under an action heading spanning several
        ('Improvement' over '1 | 1+2 German/ French …', or the unlabelled action column of a school
        plan's 'Process' over '1 | What we are going to do? 3.2 Establish …'): a column of bare
        numbers, one a row beside its text, is each row's reference, not the action's first word
        (and a reference printed after it, '3.2 Establish …', stays the action's own). The first
        grid column becomes the reference when no column holds one."""
        if "ref" in header.fields():
            return False
        for i, column in enumerate(header.columns):
            if column.field != "action" or column.span < 2:
                continue
            numbered = [(t, r) for r in rows for c, t, _ in r if c == column.col and t.strip()]
            beside = [any(column.col < c < column.col + column.span and t.strip() for c, t, _ in r)
                      for _, r in numbered]
            if not numbered or not all(re.fullmatch(r"\d{1,3}\.?", t.strip()) for t, _ in numbered) \
                    or not all(beside):
                continue
            header.columns.insert(i, Column(column.col, 1, "ref", "", score=60.0, basis="content"))
            column.col, column.span = column.col + 1, column.span - 1
            self.warnings.append(f"table {table.index}: the first grid column under "
                                 f"{repr(column.label) if column.label else 'the actions'} holds the rows' numbers "
                                 f"({', '.join(t.strip() for t, _ in numbered[:4])}): read as their references")
            return True
        return False

    def milestone_period_labels(self, header: Header, rows: list[list[tuple[int, str, str | None]]],
                                table: Table) -> bool:
        """The first grid column under a milestones heading spanning several ('Key Milestones' over
        'Q1 | Draft a strategy …', 'Apr 2026 | Pilot in one team'): a short period or date alone in
        every row, the milestone's text beside it, is when each row's milestone is due, not a
        milestone of its own. Read as the due date (each row's milestone pairs with its own) when no
        column names one. True when it did."""
        if "due" in header.fields():
            return False
        for i, column in enumerate(header.columns):
            if column.field != "milestones" or column.span < 2:
                continue
            # (a heading row printed again over the next table is no row of milestones)
            labels = [(t.strip(), r) for r in rows for c, t, _ in r
                      if c == column.col and t.strip() and squash(t) != squash(column.label)]
            beside = [[t.strip() for c, t, _ in r if column.col < c < column.col + column.span and t.strip()]
                      for _, r in labels]
            if len(labels) < MILESTONE_LABEL_ROWS or not all(when_label(t) for t, _ in labels) \
                    or not all(b and not any(when_label(x) for x in b) for b in beside):
                continue
            header.columns.insert(i, Column(column.col, 1, "due", column.label, score=60.0, basis="content"))
            column.col, column.span = column.col + 1, column.span - 1
            self.warnings.append(f"table {table.index}: the first grid column under '{column.label}' holds "
                                 f"periods or dates ({', '.join(t for t, _ in labels[:4])}) beside each "
                                 f"milestone: read as when each is due")
            return True
        return False

    def move_to_unlabelled(self, header: Header, profiles: dict[int, ColumnProfile], table: Table) -> bool:
        """A template filled in the wrong column: the text column its heading names ('Action(s)')
        is empty in every row, while an unlabelled column holds sentences. The sentences are
        what the heading promised."""
        empty = [c for c in header.columns if c.field in ("action", "milestones")
                 and all(profiles.get(i) is None for i in range(c.col, c.col + c.span))]
        if not empty:
            return False
        for column in header.columns:
            p = profiles.get(column.col)
            if column.label or p is None or not (p.sentence >= 0.6 or p.action >= 0.5):
                continue
            target = empty[0]
            self.warnings.append(f"table {table.index}: column {column.col + 1} has no heading and holds "
                                 f"{p.describe()}, while '{target.label}' is empty: read as {target.field}")
            column.field, column.value, column.basis = target.field, "", "content"
            target.field, target.basis = "", "content"
            return True
        return False


# the most words of a cell that is only a period or a date ('Q1', 'Apr', 'Spring 2026', '31/03/2026')
WHEN_LABEL_WORDS = 4


def when_label(text: str) -> bool:
    """Is a cell only a period or a date ('Q1', 'Quarter 2', 'Apr', 'April 2026', '31/03/2026')?"""
    text = text.strip()
    if not text or len(text.split()) > WHEN_LABEL_WORDS:
        return False
    return read_period(text) is not None or bool(find_dates(text))


def same_periods(before: Header, now: Header) -> bool:
    """Is `now` the heading row `before` printed again with its period headings' group row left out
    (a page's repeated row of months 'Apr | May | … | Mar' under the first page's '2026' and '2027':
    the same periods in the same columns, now without the year over them)? Then the first page's
    reading, years and all, goes on."""
    def periods(h: Header) -> list[tuple[int, Period | None]]:
        return [(c.col, read_period(c.label)) for c in h.columns if c.field == PERIOD_FIELD]
    old, new = periods(before), periods(now)
    if not old or len(old) != len(new):
        return False
    for (col_a, a), (col_b, b) in zip(old, new, strict=True):
        if col_a != col_b or a is None or b is None or (a.kind, a.number) != (b.kind, b.number) \
                or b.year and b.year != a.year:
            return False
    return True
