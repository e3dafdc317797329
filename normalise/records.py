"""Contract records: what normalise/ produces and load/ writes (see CONTRACT.md).

Fields hold the contract's values (text as printed or ISO at the printed precision); the
properties are their typed companions for BI tools (due_start/due_end, target_num …),
worked out from those fields, so the two can never disagree.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from planx.normalise.dates import due_date, financial_year_start, period_bounds
from planx.normalise.figures import read_figure, unit_of


class _DueBounds:
    """due_start / due_end: the first and last day that due_date's precision covers; a financial
    year's end ('2026/27' read as '2027-03') starts on the year's first day, 1 April 2026."""
    due_date: str
    due_raw: str

    @property
    def due_start(self) -> str:
        return financial_year_start(self.due_raw, self.due_date) or period_bounds(self.due_date)[0]

    @property
    def due_end(self) -> str:
        return period_bounds(self.due_date)[1]


@dataclass
class Milestone(_DueBounds):
    milestone: str = ""
    due_raw: str = ""
    due_date: str = ""
    status: str = ""
    status_raw: str = ""
    ref: str = ""  # its own number as printed, where a table numbers the milestones ('No.' 1, 2, 3 …)


@dataclass
class Rating:
    label: str = ""  # the column's own heading as printed ('Qtr 1', 'RAG 03/18')
    as_of: str = ""
    rag: str = ""
    rag_raw: str = ""
    heading_group: str = ""  # a heading printed once over several RAG columns ('RAG status by quarter')


@dataclass
class Action(_DueBounds):
    area_ref: str = ""
    area: str = ""
    area_lead: str = ""
    timeframe: str = ""
    objective: str = ""
    outcome: str = ""
    action: str = ""
    measure: str = ""
    lead: str = ""
    responsible: str = ""
    due_raw: str = ""
    due_date: str = ""
    status: str = ""
    status_raw: str = ""
    rag: str = ""
    rag_raw: str = ""
    progress: str = ""
    page: int = 0
    ref: str = ""  # the action's own reference as printed ('2a', '1.1', '3')
    line: int = 0  # provenance: source line / row where the action starts
    table: int = 0
    milestones: list[Milestone] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)


@dataclass
class IndicatorValue:
    """One period's figure of an indicator ('Oct-17 | 62.8%'): its history, month by month."""
    period: str = ""  # the period's heading as printed
    value: str = ""  # the figure as printed
    col: int = 0  # provenance: the grid column it was read from

    @property
    def period_start(self) -> str:
        return period_bounds(due_date(self.period))[0]

    @property
    def period_end(self) -> str:
        return period_bounds(due_date(self.period))[1]

    @property
    def value_num(self) -> float | None:
        return read_figure(self.value).number


@dataclass
class Indicator:
    indicator: str = ""
    target: str = ""
    value: str = ""
    period: str = ""
    rag: str = ""
    rag_raw: str = ""
    page: int = 0
    line: int = 0
    table: int = 0
    # the figures of every period column of a KPI table, earliest first (the latest is `value`)
    history: list[IndicatorValue] = field(default_factory=list)

    @property
    def target_num(self) -> float | None:
        return read_figure(self.target).number

    @property
    def value_num(self) -> float | None:
        return read_figure(self.value).number

    @property
    def unit(self) -> str:
        """'%', 'days', '£' …: the first unit the value or the target prints ('' for bare numbers)."""
        return unit_of(read_figure(self.value), read_figure(self.target),
                       *(read_figure(h.value) for h in self.history))


@dataclass
class Leftover:
    """A cell's text that no contract field took, kept aside with its provenance."""
    text: str
    page: int = 0
    table: int = 0
    line: int = 0
    col: int = 0
    reason: str = ""
    heading: str = ""  # the column heading over the cell, when it sat under one no field took


@dataclass
class Recommendation:
    """A recommendation a report makes to someone else (an inspection's, a committee's, a review's):
    no action of the document's own (CONTRACT.md, "Recommendations"), kept with its provenance."""
    text: str
    ref: str = ""  # its number as printed ('1', '8.1', '138')
    heading: str = ""  # the heading or box label that names the recommendations ('Recommendations')
    addressee: str = ""  # whom it asks, where printed ('The Department should …' → 'The Department')
    response: str = ""  # a response's decision label, where printed ('accepted', 'agreed in principle')
    timeframe: str = ""  # a period label over it ('Immediately', 'Within three months')
    page: int = 0
    line: int = 0


@dataclass
class DocResult:
    doc: str
    doc_id: str
    format: str
    path: str = ""
    title: str = ""
    status: str = "ok"  # ok, partial, failed, or duplicate (the same bytes as a file converted)
    error: str = ""
    duplicate_of: str = ""  # a duplicate's: the doc_id it repeats
    plan_date: str = ""
    pages: int = 0
    seconds: float = 0.0
    text_accounted: float | None = None
    actions: list[Action] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    leftovers: list[Leftover] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # how a failure came about, for `planx convert -v` (a library's own words, an exception);
    # not a column: `error` says what is wrong with the file in a reader's words
    detail: str = field(default="", metadata={"column": False})

    @property
    def plan_date_start(self) -> str:
        return period_bounds(self.plan_date)[0]

    @property
    def plan_date_end(self) -> str:
        return period_bounds(self.plan_date)[1]


def field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]
