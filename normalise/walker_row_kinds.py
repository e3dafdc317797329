"""Rows the dispatch (Walker.row) reads as neither an action nor a banner: a sub-heading row under the
headings, headings wrapped onto a second row, a template's prompts under a spanning heading, a
legend, a blank numbered row, a caption over an indicator table, a form's row of labels, and the
row that shows a table is a register of risks or a summary of lists.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from planx.extract.model import Cell, Row, Table
from planx.normalise.codes import rag_of
from planx.normalise.columns import looks_like_figure, looks_like_ref, looks_like_status, says_nothing
from planx.normalise.dutytables import duties_table, duty_column
from planx.normalise.guard import SURE_HEADING, instruction_share
from planx.normalise.headers import (
    DECENT,
    Column,
    Header,
    asks_what_happened,
    form_label_role,
    group_extents,
    indicator_role,
    one_field_each,
    read_header,
    read_heading,
    read_under_group,
)
from planx.normalise.heading_rows import labels_only_row
from planx.normalise.indicator_rows import read_kpi_header, split_figure
from planx.normalise.keytables import KEY_MAX_ROWS, key_table
from planx.normalise.periods import PERIOD_FIELD, read_period, run_of_periods
from planx.normalise.phasetables import PLAN_FIELDS, phases_table
from planx.normalise.records import Indicator
from planx.normalise.tableforms import _BULLET_LINE
from planx.normalise.text import clean, fold, squash, words_over
from planx.normalise.vocab import STATUS_WORDS
from planx.normalise.walker_state import _BARE_REF, UNPAGED_FORMATS, WalkerState

# the columns of an indicator table that hold its figures, and how many a row of data fills at least
KPI_FIGURE_ROLES = ("period", "value", "target")
KPI_ROW_FIGURES = 2

# the least share of instructions in a risk register's treatment column for the register to be a plan:
# under a heading that names the actions beyond doubt; under one read as the response or mitigation;
# and the factor on the latter when the register tracks when or how far each is done (due, status)
REGISTER_SURE_SHARE = 0.5
REGISTER_TREATMENT_SHARE = 0.5
REGISTER_TRACKED_FACTOR = 0.6

# how surely a template's prompt under a spanning heading must name a field to give its column that
# field (Reader.split_by_prompts)
PROMPT_SURE = 80.0


# a section's form of 'label | value' rows under a grid's headings (form_field_runs): its labels are
# short, and this many rows at least, this many of them naming a field, make the run
_FORM_LABEL_WORDS = 6
_FORM_RUN_ROWS = 3
_FORM_RUN_FIELDS = 2
_FORM_FIELD_SURE = 90.0  # how surely a label must name a field (classify) to count as one
_FORM_GRID_COLUMNS = 3  # the grid whose headings the rows stand under has this many columns at least
_FORM_SPLIT_CELLS = 4  # a value a layout split over the next cells: the row's cells, at most


def _form_label(filled: list[Cell]) -> tuple[bool, bool]:
    """(the row reads as 'label | value', its label names a field). A label: the row's first cell, in
    the first column, a short phrase that opens with no verb; its value beside it; no date anywhere
    in the row (a grid's row says by when)."""
    from planx.normalise.columns import looks_like_action, opens_with_verb
    from planx.normalise.dates import find_dates
    from planx.normalise.headers import classify
    if len(filled) < 2 or filled[0].col != 0:
        return False, False
    label = squash(filled[0].text)
    # ('Theme 1: Safer communities' is a label and its value already: a grouping cell, no form's label)
    if not label or words_over(label, _FORM_LABEL_WORDS) or label.endswith((".", "?")) or ":" in label \
            or opens_with_verb(label) or looks_like_action(label):
        return False, False
    if any(find_dates(c.text) for c in filled):
        return False, False
    field, score, _ = classify(label)
    names = bool(field) and score >= _FORM_FIELD_SURE or bool(form_label_role(label))
    # a value split over the next cells ('Priya Ramanathan, Head | of Business | Intelligence') is one
    # value when its label names a field; otherwise the value is the one cell beside the label
    return (len(filled) == 2 and filled[1].col == 1) or names and len(filled) <= _FORM_SPLIT_CELLS, names


def form_field_runs(filled: list[list[Cell]]) -> set[int]:
    """The rows of a table that are a section's form, 'label | value' one under another ('Strategic
    objective | Housing', 'Risk owner | Imran Qureshi', 'Lead committee | People Committee',
    'Current risk score (L x I) | 4 x 5 = 20'; a PDSA cycle's 'Cycle number | 3', 'Cycle lead | …'):
    runs of such rows, three at least, two of their labels naming a plan's field. Under a grid's
    headings (the action table above, whose headings a text layout or a page break carries on), they are
    the next section's fields, not actions named 'Risk owner'."""
    out: set[int] = set()
    run: list[tuple[int, bool]] = []
    for i, cells in enumerate([*filled, []]):
        if not cells and i < len(filled):
            continue  # an empty row goes on with the run
        pair, names = _form_label(cells) if cells else (False, False)
        if pair:
            run.append((i, names))
            continue
        # a form names each field once: a label said again down the rows is a grouping column's value
        labels = {fold(filled[k][0].text) for k, _ in run}
        if len(run) >= _FORM_RUN_ROWS and sum(n for _, n in run) >= _FORM_RUN_FIELDS and len(labels) == len(run):
            out.update(k for k, _ in run)
        run = []
    return out


# the headings of an indicator table's figures
_KPI_FIGURE_ROLES = ("target", "value", "period", "rag")


class RowKinds(WalkerState):
    """Rows that are neither actions nor banners: sub-headings, prompts, legends, form rows."""

    def summary_of_lists(self, i: int, header: Header) -> bool:
        """Headings over a row or two of bulleted lists that name only texts ('Achievements this period |
        Next steps', 'Progress | Planned next'): no column says who, when, how far or which, as a
        plan's rows do. A box of lists that sums up a period, not rows of a plan."""
        texts = {"action", "progress", "outcome", "objective", "measure", "milestones"}
        fields = {c.field for c in header.columns if c.field}
        if not fields or not fields <= texts:
            return False
        filled = self._filled
        below = list(islice((filled[j] for j in range(i + 1, len(filled)) if filled[j]), 3))  # 3 are too many
        if not below or len(below) > 2:
            return False
        return all(sum(1 for ln in c.text.split("\n") if _BULLET_LINE.match(ln)) >= 2 for cells in below for c in cells)

    def key_table(self, i: int, header: Header) -> str:
        """Why the table under these headings is a key to the plan's codes ('Status | Description'
        over 'Not started | Work has not begun', normalise/keytables.py), or ''. A column headed
        beyond doubt as the actions, or one headed as who does them, makes it a plan table."""
        if any(c.basis == "heading" and (c.field in ("lead", "responsible") or
                                         c.field == "action" and c.score >= SURE_HEADING) for c in header.columns):
            return ""
        # a key has at most KEY_MAX_ROWS rows: one more is enough to tell (and keeps a long table linear)
        below = self.rows_under(i, header, limit=KEY_MAX_ROWS + 1)
        return key_table([c.label for c in header.columns], below) if below is not None else ""

    def duties_table(self, i: int, header: Header) -> str:
        """Why the table under these headings lists standing duties ('Task Area | Responsibilities' over
        'Strategic Planning | Identify long- and short-term goals …', normalise/dutytables.py), not
        actions, or ''."""
        if duty_column([c.label for c in header.columns], [c.field for c in header.columns]) is None:
            return ""  # decided from the headings alone: the rows below need not be gathered
        below = self.rows_under(i, header)
        if below is None:
            return ""
        return duties_table([c.label for c in header.columns], [c.field for c in header.columns], below)

    def phases_table(self, i: int, header: Header) -> str:
        """Why the table under these headings sets out activities by phase of an emergency ('Phase |
        Activities' over 'Preparedness | Raise awareness …', normalise/phasetables.py), not actions, or
        ''."""
        fields = [c.field for c in header.columns]
        if "action" not in fields or any(f in PLAN_FIELDS for f in fields):
            return ""  # decided from the headings alone: the rows below need not be gathered
        below = self.rows_under(i, header)
        if below is None:
            return ""
        return phases_table([c.label for c in header.columns], fields, below)

    def rows_under(self, i: int, header: Header, limit: int | None = None) -> list[list[str]] | None:
        """The rows below the headings at row `i`, one text per column (the first `limit` rows with
        text, when given); None when a cell stands outside the headings (not the simple shape of a
        key or a table of duties)."""
        labels: list[str] = []
        owner: dict[int, int] = {}
        for column in header.columns:
            for k in range(column.col, column.col + column.span):
                owner[k] = len(labels)
            labels.append(column.label)
        rows: list[list[str]] = []
        filled = 0
        for cells in self._filled[i + 1:]:
            texts = [""] * len(labels)
            for c in cells:
                if c.merged_above:
                    continue
                if c.col not in owner:
                    return None
                k = owner[c.col]
                texts[k] = f"{texts[k]} {c.text}".strip()
            rows.append(texts)
            filled += any(t.strip() for t in texts)
            if limit is not None and filled >= limit:
                break
        return rows

    def split_by_prompts(self, filled: list[Cell]) -> None:
        """A template's heading printed once over two columns, with a prompt under each
        ('Implementation' over 'Make sure your actions … are linked to your intentions:' and
        'Funding allocated:', as DfE's PE and sport premium template prints them): each column is its
        own. The heading stays with the first column of its span; another column under it is what
        its own prompt names - a field the headings lack, when the prompt names one surely, else
        no field (its cells go aside with the prompt as their heading), not more of the heading's
        field (the funding read as part of the action)."""
        assert self.header is not None
        prompts = {c.col: squash(c.text).rstrip(" :") for c in filled}
        had = set(self.header.fields())
        columns: list[Column] = []
        for column in self.header.columns:
            inside = [k for k in range(column.col + 1, column.col + column.span) if k in prompts]
            looked_back = self.prompt_looks_back(column, prompts.get(column.col, ""), had)
            if column.col not in prompts or not inside:
                columns.append(looked_back or column)
                continue
            cuts = [column.col, *inside, column.col + column.span]
            columns.append(replace(looked_back or column, span=cuts[1] - cuts[0]))
            for start, end in zip(cuts[1:-1], cuts[2:], strict=True):
                best = next(iter(read_heading(prompts[start])), None)
                sure = best is not None and best.field and best.field not in had and best.score >= PROMPT_SURE
                name = best.field if sure and best is not None else ""
                columns.append(Column(start, end - start, name, prompts[start],
                                      score=best.score if sure and best is not None else 0.0,
                                      basis="heading" if name else "other", group=column.label))
        if columns != list(self.header.columns):
            self.header = replace(self.header, columns=columns, _by_col=None, _derived={})

    def prompt_looks_back(self, column: Column, prompt: str, had: set[str]) -> Column | None:
        """The column as progress when the prompt under its heading asks what the work has done
        ('Impact' over 'Evidence of impact: what do pupils now know …? What has changed?'): the
        heading names the impact broadly, the prompt says its cells report what happened, not the
        outcome intended. None when the prompt asks no such question, or progress has a column."""
        asked = asks_what_happened(prompt) if prompt else ""
        if not asked or "progress" in had or column.field not in ("outcome", "measure", ""):
            return None
        self.warnings.append(f"'{squash(column.label) or prompt[:40]}': its prompt asks what has happened "
                             f"({asked!r}): read as progress, not {column.field or 'unread'}")
        return replace(column, field="progress", score=max(column.score, 90.0), basis="heading")

    def form_fields_under_grid(self, i: int, filled: list[Cell], row: Row, table: Table) -> bool:
        """A section's 'label | value' form rows standing under a grid's headings (form_field_runs):
        kept aside as the form's fields, with a warning once per table."""
        if self.header is None or len(self.header.columns) < _FORM_GRID_COLUMNS:
            return False
        # the label stands where the grid's actions stand, its value beside it (under 'Action owner',
        # 'By whom'): where the action column is another, the first column groups the grid's own rows
        # ('Phase | Task | Ownership': 'Development | Install IIS …')
        acting = [c.col for c in self.header.columns if c.field == "action"]
        if not filled or acting[:1] != [filled[0].col]:
            return False
        key = (table.index, id(self._rows))
        if self._form_runs[0] != key:
            self._form_runs = (key, form_field_runs(self._filled))
        if i not in self._form_runs[1]:
            return False
        label = squash(filled[0].text)
        for c in filled:
            self.keep_aside(c.text, f"a form's field ('{label[:40]}'): a 'label | value' row, no action",
                            row.page, table.index, row.line, c.col)
        if table.index not in self._form_run_tables:
            self._form_run_tables.add(table.index)
            self.warnings.append(f"table {table.index}: {len(self._form_runs[1])} 'label | value' row(s) "
                                 f"('{label[:40]}' …) under the headings of a grid: a section's form, "
                                 f"its fields kept aside, not read as actions")
        return True

    def legend_row(self, filled: list[Cell]) -> bool:
        """A row of short words, two or more and two in three of them ratings or statuses, one
        under a column that holds neither ('🟢 On Track | 🟡 Caution | 🔴 At Risk' under a
        dashboard's Project and Description): the key to the colours, not an action's ratings."""
        assert self.header is not None
        own = [c for c in filled if not c.merged_above]
        if len(own) < 2 or self.raw.format not in UNPAGED_FORMATS:
            return False  # (a document's row may go on with an action's status from the row above)
        words = [re.sub(r"[^\w\s/-]", "", c.text).strip() for c in own]
        if not all(w and not words_over(w, 3) and not any(ch.isdigit() for ch in w) for w in words):
            return False
        # each a rating or a status as a whole ('Development complete' names a milestone)
        rated = sum(1 for w in words if rag_of(w) or fold(w) in STATUS_WORDS)
        return rated >= max(2, 2 * len(words) / 3) and self.beside_other_fields(own)

    def beside_other_fields(self, own: list[Cell]) -> bool:
        """Is one of the cells under a column that holds no rating or status?"""
        assert self.header is not None
        fields = [(column.field if (column := self.header.column_for(c.col)) is not None else "") for c in own]
        return any(f not in ("status", "rag", "rating", PERIOD_FIELD) for f in fields)

    def numbered_blank(self, filled: list[Cell]) -> bool:
        """A sheet's row that holds only its number ('3', '4', … down a tracker's ruled rows with
        nothing entered): room left for actions, none of them one. A sheet's rows are whole rows;
        a document's row with only a number may go on in the rows below it."""
        own = [c for c in filled if not c.merged_above]  # a value merged down from above is not entered here
        return self.raw.format in UNPAGED_FORMATS and len(own) == 1 \
            and bool(re.fullmatch(r"\d{1,3}[.)]?", own[0].text.strip()))

    def caption_over_kpi(self, i: int, filled: list[Cell]) -> bool:
        """A lone cell over an indicator table's heading row: the table's caption, no form's label."""
        below = next((f for f in self._filled[i + 1:] if f), [])
        return len(filled) == 1 and len(below) >= 3 and read_kpi_header(below) is not None

    def figures_under_kpi(self, filled: list[Cell], table: Table) -> bool:
        """A row of the indicator table being read whose cells under its figure columns (periods, latest
        value, target) hold figures, two at least: a row of data, however its words read as headings
        ('HR PI 02 | Empty homes brought back into use | 32 | 20 | 50 | ✖ | Above target …')."""
        if self.kpi is None or self.kpi_at[0] != table.index:
            return False
        figure_cols = {col for col, role, _ in self.kpi if role in KPI_FIGURE_ROLES}
        return sum(1 for c in filled if c.col in figure_cols and looks_like_figure(c.text)) >= KPI_ROW_FIGURES

    def register_of_actions(self, i: int, header: Header) -> bool:
        """A risk or issue register that is also a plan: a column of its treatments whose cells below
        are instructions ('Run a targeted recruitment campaign …'), beside a column of who does them.
        The treatments are the column headed beyond doubt as the actions ('Mitigating actions',
        'Further action required'), half or more of its cells instructions; else the column headed
        as the response or mitigation ('Response', 'Mitigation strategy'), or, in a tracker that
        says when or how far each is done, its notes ('Remediation note'), whose cells read as
        instructions often enough (REGISTER_TREATMENT_SHARE, less in a tracker). With no column of who, only
        a column headed beyond doubt as the actions ('No | risk | severity | likelihood | procedure | action')
        whose cells that say anything ('none' where nothing is to be done) are instructions: a parish
        council's register printing what it will do about each risk. Its risks and their
        scores are context (kept aside); a register whose treatment column holds controls in place
        ('Mitigation' over 'Targeted recruitment campaign') is no plan."""
        fields = header.fields()
        who = bool({"lead", "responsible"} & set(fields))
        tracked = bool({"due", "status", "rag"} & set(fields))
        sure = next((c for c in header.columns if c.field == "action" and c.basis == "heading"
                     and c.score >= SURE_HEADING), None)
        if not who and sure is None:
            return False
        candidates = [sure] if sure is not None else [
            c for c in header.columns if c.field in ("action", "resolution") or (tracked and c.field == "progress")]
        for column in candidates:
            texts = [c.text for cells in self._filled[i + 1:i + 21] for c in cells
                     if column.col <= c.col < column.col + column.span]
            if not who:
                # no column of who does them: a column headed beyond doubt as the actions ('action') whose
                # cells, where they say anything ('none' where nothing is to be done), are instructions
                texts = [t for t in texts if not says_nothing(t)]
            share = instruction_share(texts)
            need = REGISTER_SURE_SHARE if column is sure else \
                REGISTER_TREATMENT_SHARE * (REGISTER_TRACKED_FACTOR if tracked else 1.0)
            if len(texts) < 2 or share < need:
                continue
            tracker = ", in a tracker" if tracked else ""
            how = "headed as the actions" if column is sure else \
                f"read as its treatments (heading read as {column.field or 'nothing'}{tracker})"
            if column.field != "action":
                for other in header.columns:
                    if other.field == "action":
                        other.field, other.basis = "", "other"
                column.field, column.value = "action", ""
            beside = "with who does them" if who else "where they say anything"
            self.treatment_tables.add(self.table_index)
            self.warnings.append(f"table {self.table_index} is a risk register whose '{column.label}' are "
                                 f"instructions (instruction share {share:.1f}) {beside}, {how}: read as a "
                                 f"plan, the risks kept aside")
            return True
        return False

    def status_band(self, filled: list[Cell]) -> bool:
        """A status word alone on its row under the status heading ('In Progress' under 'Status ↑'):
        a report's group label over the rows that stand so (a value), not the rest of the heading."""
        column = self.header.column_for(filled[0].col) if self.header is not None and len(filled) == 1 else None
        return column is not None and column.field == "status" and looks_like_status(filled[0].text)

    def sub_header(self, filled: list[Cell], row: Row, table: Table) -> Header | None:
        """A second heading row under grouped headings ('RAG rating' over '03/18 | 06/18', 'Timescale'
        over 'Start | End', 'Responsibility' over 'Lead | Support'): the headings with each group's
        label joined to its sub-labels, each sub-column's field read from both (read_under_group),
        or None. A group heading spans its columns (a merge), or, where a conversion keeps no
        spans (text laid out by spaces), heads its own column and the unlabelled ones after it.
        The cells of headings merged down over both rows (a merge's copies) are not sub-labels."""
        head = self.header
        if head is None or not filled or not self.right_under_headings(row, table) or self.status_band(filled):
            return None
        extent = group_extents(head)
        groups: dict[int, list[Cell]] = {}
        # a template's labels ending in colons may be long ('School focus with clarity on intended
        # impact on pupils:'): the colons, not the length, say they are labels
        labels_row = labels_only_row([c.text for c in filled])
        # a sub-label under a group of several columns ('Action details' over 'ID | Short title |
        # Description'): the row is a second heading row, so a label under a heading of one column
        # beside it ('Responsibility' over 'Lead office') is that column's own sub-label
        # (each such label reads as a heading itself: a data row right under the headings does not)
        grouped = any(extent.get(c.col) is not None and not c.merged_above for c in filled) and all(
            not words_over(c.text, 5) and any(r.field and r.score >= DECENT for r in read_heading(c.text))
            for c in filled if extent.get(c.col) is None and not c.merged_above)
        for c in filled:
            column = head.column_for(c.col)
            if c.merged_above and column is not None and column.span == c.colspan:
                continue  # the heading above, merged down over this row
            group = extent.get(c.col)
            if group is None and (labels_row or grouped) and column is not None and column.col == c.col \
                    and column.span == c.colspan:
                group = column  # a label of its own under a heading of one column ('Intent' / 'School focus …:')
            if group is None or len(c.text) > 40 and not labels_row:
                return None
            if c.col + c.colspan > _group_end(extent, group):
                return None  # a banner spanning the table ('Foster carer allowances' across it): no sub-label
            groups.setdefault(group.col, []).append(c)
        if not groups:
            return None
        covered = {i for subs in groups.values() for c in subs for i in range(c.col, c.col + c.colspan)}
        columns: list[Column] = []
        unread: dict[int, tuple[str, str]] = {}  # col → (group heading, sub-heading) no field took
        for column in head.columns:
            subs = groups.get(column.col)
            if not subs:
                if not covered & set(range(column.col, column.col + column.span)):
                    columns.append(replace(column))
                continue
            first = min(c.col for c in subs)
            if first > column.col and self.filled_below(column.col, first, row):
                # the group's first columns have no sub-heading of their own ('Process' over an empty
                # cell, then 'Lead | Timescale'): the group heading heads them, as if merged down; a
                # first grid column of bare numbers beside them is the rows' references, unheaded
                start = column.col
                if self.refs_only_below(start, row) and first - start > 1:
                    columns.append(Column(start, 1, "", ""))
                    start += 1
                columns.append(Column(start, first - start, column.field, column.label, column.value,
                                      column.score, column.basis))
            labels = [squash(c.text) for c in subs]
            # a group naming what is written each period ('Progress' or 'Status' over 'Q1 | Q2 | Q3 |
            # Q4'): every sub-heading a period, the columns a progress grid whose cells say what each
            # period holds (RAG letters, updates, marks: periods.block_kind), not that field four times
            by_period = len(run_of_periods(labels, horizons=False)) == len(labels) and \
                fold(column.label) != "" and column.field in GRID_GROUP_FIELDS
            for c, label in zip(subs, labels, strict=True):
                if by_period:
                    columns.append(Column(c.col, c.colspan, "", f"{column.label} {label}", "", 0.0, "other"))
                    unread[c.col] = (squash(column.label), label)
                    continue
                read = read_under_group(column.label, label, labels)
                if read.field == "rating":  # a RAG column under a group is labelled by its own heading
                    columns.append(Column(c.col, c.colspan, "rating", label, read.value, read.score, "heading",
                                          group=column.label))
                    continue
                if read.field == "milestones" and read_period(label) is not None:
                    # 'Key milestones' over 'Autumn 2024 | Spring 2025 | …': a milestone column for each
                    # period, labelled by its own heading under the group (headers.one_field_each)
                    columns.append(Column(c.col, c.colspan, "milestones", label, read.value, read.score, "heading",
                                          group=column.label))
                    continue
                columns.append(Column(c.col, c.colspan, read.field, f"{column.label} {label}", read.value,
                                      read.score, "heading" if read.field else "other"))
                if not read.field:
                    unread[c.col] = (squash(column.label), label)
        columns.sort(key=lambda c: c.col)
        periods_under_groups(columns, unread)
        # a heading of its own that lost its field to a group heading ('Comments' to 'Progress',
        # read first as the progress) takes it back when no column of the headings read in two
        # rows holds it (the group's columns hold other fields: 'Progress' over 'Status | RAG')
        held = {c.field for c in columns if c.field}
        for k, own in enumerate(columns):
            if own.field or not own.label or covered & set(range(own.col, own.col + own.span)):
                continue
            alone = next(iter(read_heading(own.label)), None)
            if alone is not None and alone.field and alone.score >= DECENT and alone.field not in held:
                columns[k] = replace(own, field=alone.field, value=alone.value, score=alone.score, basis="heading")
                held.add(alone.field)
        return Header(one_field_each(columns), confidence=head.confidence)

    def stacked_heading(self, i: int, filled: list[Cell], row: Row, table: Table) -> Header | None:
        """The second line of headings printed over two rows, each label's words split between them
        ('Rec | Priority | Finding / | Agreed | Officer | Due date' over 'No. | | Recommendation |
        management action | responsible'): a row right under the headings that reads as headings
        of its own, each of its short cells under a labelled heading of a column of its own. Read
        joined ('Agreed management action', 'Officer responsible'), the headings keep every field
        either row reads alone; read alone, the second row would lose the first row's ('Due date',
        'Status'). The joined headings, or None."""
        head = self.header
        if head is None or len(filled) < 2 or not self.right_under_headings(row, table):
            return None
        joined: dict[int, str] = {}
        for c in filled:
            column = head.column_for(c.col)
            if column is None or not column.label or column.col in joined or words_over(c.text, 3) \
                    or len(c.text) > 30:
                return None
            joined[column.col] = f"{column.label} {squash(c.text)}"
        alone = self.headings_of(i)
        if alone is None:
            return None
        new = read_header([(c.col, c.span, joined.get(c.col, c.label)) for c in head.columns])
        if new is None:
            return None
        fields = set(new.fields())
        if not {f for f in alone.fields() if f} <= fields or not {c.field for c in head.columns if c.field} <= fields:
            return None
        return new

    def _below(self, row: Row) -> list[list[Cell]]:
        """The filled cells of the rows under the row."""
        k = next((j for j, r in enumerate(self._rows) if r is row), len(self._rows))
        return self._filled[k + 1:]

    def refs_only_below(self, col: int, row: Row) -> bool:
        """Do the cells under the row that start at grid column col hold references only ('1', '2')?"""
        texts = [c.text for cells in self._below(row) for c in cells if c.col == col and c.text.strip()]
        return bool(texts) and all(_BARE_REF.fullmatch(squash(t).rstrip(".")) for t in texts)

    def filled_below(self, start: int, end: int, row: Row) -> bool:
        """Do the rows under the row hold text (not references) in grid columns start..end-1?"""
        return any(start <= c.col < end for cells in self._below(row) for c in cells
                   if c.text.strip() and not looks_like_ref(c.text))

    def right_under_headings(self, row: Row, table: Table) -> bool:
        """Is the row the first one with text under the last heading row of this table (a text
        conversion may leave blank lines between them)?"""
        if self.header_row[0] != table.index:
            return False
        k = self._row_index.get(id(row), -1)
        before = next((j for j in range(k - 1, -1, -1) if self._filled[j]), -1)
        return before >= 0 and self._rows[before].line == self.header_row[1]

    def wrapped_header(self, filled: list[Cell], row: Row, table: Table) -> Header | None:
        """The rest of a heading row that a conversion put on a row of its own ('Responsible' over
        'Officer', 'RAG' over '04/16', 'Priority' over '3'): short words under labelled headings,
        nothing under the column that holds the actions, and headings that read better joined."""
        head = self.header
        if head is None or not filled or not self.right_under_headings(row, table) or self.status_band(filled):
            return None
        key = self.key_field()
        joined: dict[int, str] = {}
        for c in filled:
            column = head.column_for(c.col)
            if column is None or not column.label or column.field == key or words_over(c.text, 2) \
                    or len(c.text) > 20 or c.col in joined:
                return None
            joined[column.col] = f"{column.label} {squash(c.text)}"
        new = read_header([(c.col, c.span, joined.get(c.col, c.label)) for c in head.columns])
        if new is None:
            return None
        old = {c.col: (c.field, c.value) for c in head.columns}
        better = [c for c in new.columns if c.col in joined and (c.field, c.value) != old.get(c.col)
                  and (c.field == "rating" or c.value or not old[c.col][0])]
        lost = [c for c in new.columns if c.col in joined and old[c.col][0] and not c.field]
        return new if better and not lost else None

    def refused_kpi_headings(self, filled: list[Cell], table: Table) -> bool:
        """A row that names the indicators and then headings of figures ('Metric | Lead director |
        Jul-26 | Jun-26 | RAG'), no figure among them, that no indicator table's reading took: the
        headings of an indicator table that cannot be read, never a form naming one indicator. Says
        why in the warnings."""
        rest = [c.text for c in filled[1:]]
        figures = [t for t in rest if indicator_role(t)[0] in _KPI_FIGURE_ROLES and indicator_role(t)[1] >= 0.6]
        if len(rest) < 3 or len(figures) < 2 or any(looks_like_figure(t) for t in rest):
            return False
        labels = " | ".join(squash(c.text) for c in filled)
        self.warnings.append(f"table {table.index}: '{labels[:120]}' heads an indicator table that could not be "
                             "read (no target beside a latest figure, or a heading naming an action or a lead): "
                             "its rows are kept aside, no indicator read")
        return True

    def form_row(self, filled: list[Cell], row: Row, table: Table) -> bool:
        """Key-value form rows ('Indicator Title | …', 'Target | 547.0 (June 2014)'); filled: the
        row's cells that hold text."""
        role = form_label_role(filled[0].text) if filled and filled[0].col == 0 else ""
        known = bool(role)
        if not known and not self.in_form_table:
            return False
        if self.header is not None and not self.in_form_table and role != "indicator":
            return False
        rest = [c for c in filled[1:]]
        if known:
            self.in_form_table = True
            self.read_labels([filled[0].text])
            value = clean(rest[0].text) if rest else ""
            if role == "indicator" and self.refused_kpi_headings(filled, table):
                self.form, others = None, rest  # no indicator named by a heading ('Lead director')
            elif role == "indicator":
                self.form = Indicator(indicator=value, page=row.page, line=row.line, table=table.index)
                self.indicators.append(self.form)
                others = rest[1:]
            elif role in ("target", "value", "period") and self.form is not None:
                figure, period = split_figure(value)
                setattr(self.form, role, figure)
                if period and role == "value" and not self.form.period:
                    self.form.period = period
                others = rest[1:]
                if period and role == "target":
                    self.keep_aside(period, f"form field '{filled[0].text.strip()}' (period)", row.page,
                                    table.index, row.line, rest[0].col)
            else:
                others = rest
            for c in others:
                self.keep_aside(c.text, f"form field '{filled[0].text.strip()}'", row.page, table.index,
                                row.line, c.col)
            return True
        if self.header is None:
            for c in filled:
                self.keep_aside(c.text, "form text", row.page, table.index, row.line, c.col)
            return True
        return False


def _group_end(extent: dict[int, Column], group: Column) -> int:
    """The grid column after the last one a group heading groups (its span, or the unlabelled
    columns after it)."""
    return max([k + 1 for k, g in extent.items() if g is group] + [group.col + group.span])


# a year or a year pair printed alone as a group heading ('2026', '2026/27', '2026-2027')
_YEAR_GROUP = re.compile(r"^(?:19|20)\d{2}(?:\s*[/–-]\s*(?:\d{2}|(?:19|20)\d{2}))?$")


# the fields of a group heading over a run of period sub-headings that say what each period's column
# holds, not which of them is that field ('Progress' over 'Q1 | Q2 | Q3 | Q4'): sub_header
GRID_GROUP_FIELDS = frozenset({"progress", "status", "rag"})


def periods_under_groups(columns: list[Column], unread: dict[int, tuple[str, str]]) -> None:
    """Months or quarters printed under group headings over two rows ('2026' over 'Apr | May | … |
    Dec', '2027' over 'Jan | Feb | Mar'; 'Timeline' over 'Q1 … Q4'): together a run of period
    headings (periods.run_of_periods), as one row of them would be. Each becomes a period column
    labelled by its own heading and the year over it ('Apr 2026'), the group heading kept as its
    group; a group heading of another kind adds nothing to the period's label."""
    subs = ["" if c.field or c.col not in unread else unread[c.col][1] for c in columns]
    run = run_of_periods(subs, horizons=False)
    if not run:
        return
    groups = [unread[columns[k].col][0] for k in run]
    years = _years_of_months([subs[k] for k in run], groups)
    for k, year in zip(run, years, strict=True):
        c = columns[k]
        label = f"{subs[k]} {year}" if year else subs[k]
        columns[k] = replace(c, field=PERIOD_FIELD, label=label, score=90.0, basis="heading",
                             group=unread[c.col][0])


def _years_of_months(subs: Sequence[str], groups: Sequence[str]) -> list[str]:
    """The year of each month of a run printed under year headings: the first year printed over the
    run, counted on by one where the months turn back ('Dec | Jan'), when the years so counted are
    the years printed (a text file's year row may sit a column or two off its months); '' for
    each otherwise (the plan's own period then gives the year: periods.period_ends)."""
    printed = [int(g[:4]) for g in groups if _YEAR_GROUP.match(g)]
    months = [read_period(s) for s in subs]
    if not printed or len(printed) != len(groups) or any(m is None or m.kind != "month" or m.year for m in months):
        return [""] * len(subs)
    year, previous, out = printed[0], 0, []
    for m in months:
        number = int(m.number) if m is not None else 0
        if number < previous:
            year += 1
        previous = number
        out.append(str(year))
    if {int(y) for y in out} != set(printed) and not (len(set(printed)) == 1 and len(set(out)) == 1):
        return [""] * len(subs)
    return out
