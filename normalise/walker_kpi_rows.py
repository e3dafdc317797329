"""The rows of an indicator (KPI) table: an indicator per row or per block of rows, its name going on."""
from __future__ import annotations

from planx.extract.model import Cell, Row, Table
from planx.normalise.codes import rag_of, rag_of_colour
from planx.normalise.columns import is_prompt, looks_like_figure, looks_like_marker, looks_like_when
from planx.normalise.doccodes import rag_by_key
from planx.normalise.indicator_rows import (
    heading_period,
    kpi_role_fits,
    names_a_period,
    period_heading,
    rag_mark,
    section_label,
    split_figure,
)
from planx.normalise.periods import latest_heading
from planx.normalise.records import Indicator, IndicatorValue
from planx.normalise.row_cells import starts_lower
from planx.normalise.text import clean, join_fragments, printed
from planx.normalise.walker_state import WalkerState


class KpiRows(WalkerState):
    """An indicator table's rows."""

    def kpi_rag(self, text: str) -> str:
        """The RAG a cell of an indicator table's RAG column names: by planx's vocabulary, else by the
        document's own key."""
        return rag_of(text) or rag_by_key(text, self.document_codes())[0]

    def kpi_row(self, cells: list[Cell], row: Row, table: Table) -> None:
        assert self.kpi is not None
        if self.kpi[0][1] == "when":
            self.kpi_block_row(cells, row, table)
            return
        by_role: dict[str, str] = {}
        latest: tuple[str, str] = ("", "")
        rag_fill = ""
        value_heading = ""
        history: list[IndicatorValue] = []
        for c in cells:
            text = printed(c.text)  # figures as printed, without markup a conversion left
            col = next((k for k in self.kpi if k[0] == c.col), None)
            if col is not None and col[1] == "rag" and c.fill and rag_mark(text):
                rag_fill = c.fill  # a RAG shown only by the cell's colour (blank, or a '●' on it)
                if text:
                    self.keep_aside(text, "RAG mark (its colour rates)", row.page, table.index, row.line, c.col)
                continue
            if not text:
                continue
            if col is not None and kpi_role_fits(col[1], text) != col[1] \
                    and not (col[1] == "rag" and self.kpi_rag(text)):  # a glyph the document's legend rates
                col = (col[0], "notes", col[2])
            if col is None:
                self.keep_aside(text, "indicator table cell outside the headings", row.page, table.index,
                                row.line, c.col)
                continue
            if col[1] == "indicator":
                text = clean(c.text)  # a name wrapped in a narrow column: its broken words joined again
            if col[1] == "period" and names_a_period(text, col[2]):
                # 'Period' / 'Quarter' over 'Q3 2023/24': the period this row's figures are for
                by_role.setdefault("asof", text)
            elif col[1] == "period":
                # the latest period's figure is the value ('Actual Q2 2025/26': the period after the word)
                latest = (text, period_heading(col[2]))
                history.append(IndicatorValue(period=period_heading(col[2]), value=text, col=c.col))
            elif col[1] in by_role:
                self.keep_aside(text, f"indicator table column '{col[2]}'", row.page, table.index, row.line,
                                c.col, heading=col[2])
            else:
                by_role[col[1]] = text
                if col[1] == "value":
                    value_heading = col[2]
        name = by_role.get("indicator", "")
        if not name or is_prompt(name) or looks_like_marker(name):
            for c in cells:
                self.keep_aside(c.text, "indicator table row without a name", row.page, table.index, row.line,
                                c.col)
            return
        if set(by_role) == {"indicator"} and not latest[0] and not history and section_label(name):
            self.keep_aside(name, "section row in an indicator table", row.page, table.index, row.line)
            return
        if self.kpi_name_goes_on(by_role, latest[0], rag_fill, row, table):
            return
        value, period = latest
        newest = latest_heading([h.period for h in history]) if len(history) > 1 else None
        if newest is not None and history[newest].period != period:
            # the headings' dates say which period is latest, not their order ('Q2 2023/24 | Q1 2023/24')
            value, period = history[newest].value, history[newest].period
            why = f"table {table.index}: indicators take the figure of '{period}', the latest period the " \
                  "headings name (not the rightmost)"
            if why not in self.warnings:
                self.warnings.append(why)
        if by_role.get("value"):  # a column of the latest figures ('Actual', 'Latest'); periods are history
            # (its heading may print the period in brackets: 'Latest (2021/22)', 'Latest (March 2022)')
            value, period = by_role["value"], heading_period(value_heading)
        if by_role.get("asof") and (by_role.get("value") or not history):
            period = by_role["asof"]  # the row names the period of its figure
        ind = Indicator(indicator=clean(by_role["indicator"]), target=split_figure(by_role.get("target", ""))[0],
                        value=value, period=period, page=row.page, line=row.line, table=table.index,
                        history=history)  # every period's figure: the indicator_values table
        ind.rag_raw = by_role.get("rag", "") or rag_fill
        ind.rag = self.kpi_rag(ind.rag_raw) if by_role.get("rag") else rag_of_colour(rag_fill)
        self.indicators.append(ind)
        for role in ("ref", "owner", "polarity", "notes"):
            if by_role.get(role):
                # who answers for the indicator ('Lead director'): no contract field holds it, kept
                # under its heading
                heading = next((k[2] for k in self.kpi if k[1] == role), "") if role == "owner" else ""
                self.keep_aside(by_role[role], f"indicator {role}", row.page, table.index, row.line,
                                heading=heading)

    def kpi_name_goes_on(self, by_role: dict[str, str], latest: str, fill: str, row: Row, table: Table) -> bool:
        """A row holding only the rest of the indicator name above it, cut by a page break (or a
        row whose name wrapped onto a line of its own): it opens mid-sentence, or it is the first
        row of a new page and shows the same RAG fill as the row it continues."""
        prev = self.indicators[-1] if self.indicators else None
        name = by_role["indicator"]
        # the indicator above: in this table, or the last one of the page before (a table the page
        # broke that was not read as one)
        if prev is None or not (prev.table == table.index or prev.page == row.page - 1) or latest \
                or set(by_role) != {"indicator"}:
            return False
        if not (starts_lower(name) or (row.page != prev.page and fill and fill == prev.rag_raw)):
            return False
        prev.indicator = clean(join_fragments([prev.indicator, name]))
        self.structure.append(name)
        return True

    def kpi_block_row(self, cells: list[Cell], row: Row, table: Table) -> None:
        """A row of a table of indicator blocks: a name on its own starts an indicator; a row of
        figures gives it the period's value, and the latest period with a value is the one kept
        (its target and RAG too)."""
        assert self.kpi is not None
        filled = [c for c in cells if c.text.strip()]
        if len(filled) == 1 and not looks_like_figure(filled[0].text) and not looks_like_when(filled[0].text):
            self.kpi_block = Indicator(indicator=clean(filled[0].text), page=row.page, line=row.line,
                                       table=table.index)
            self.indicators.append(self.kpi_block)
            self.structure.append(filled[0].text)
            return
        ind = self.kpi_block
        if (ind is None or ind.table != table.index) and self.before_table is not None \
                and not looks_like_figure(self.before_table.text):
            # the block's name printed above the table (a page broke the table under it)
            name, self.before_table = self.before_table, None
            if name in self.paragraphs:
                self.paragraphs.remove(name)
            ind = self.kpi_block = Indicator(indicator=clean(name.text), page=name.page, line=name.line,
                                             table=table.index)
            self.indicators.append(ind)
            self.structure.append(name.text)
        roles = {col: (role, label) for col, role, label in self.kpi}
        by_role: dict[str, str] = {}
        rag_fill = ""
        for c in cells:
            role, label = roles.get(c.col, ("", ""))
            text = printed(c.text)
            if role == "rag" and c.fill and not text:
                rag_fill = c.fill
            if not text:
                continue
            role = kpi_role_fits(role, text)
            if ind is None or not role or role in by_role:
                self.keep_aside(text, f"indicator table column '{label}'" if label else "indicator table cell",
                                row.page, table.index, row.line, c.col, heading=label)
                continue
            by_role[role] = text
        if ind is None or not (by_role.get("value") or by_role.get("period")):
            return
        value = by_role.get("value") or by_role.get("period", "")
        when = by_role.get("when", "")
        ind.history.append(IndicatorValue(period=when, value=value, col=0))
        ind.value, ind.period = value, when
        if by_role.get("target"):
            ind.target = split_figure(by_role["target"])[0]
        raw = by_role.get("rag", "") or rag_fill
        ind.rag_raw, ind.rag = raw, (rag_of(raw) if by_role.get("rag") else rag_of_colour(rag_fill))
        for role in ("ref", "owner", "polarity", "notes"):
            if by_role.get(role):
                self.keep_aside(by_role[role], f"indicator {role}", row.page, table.index, row.line)
