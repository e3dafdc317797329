"""Contract records: what normalise/ produces and load/ writes (see CONTRACT.md)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass
class Milestone:
    milestone: str = ""
    due_raw: str = ""
    due_date: str = ""
    status: str = ""
    status_raw: str = ""


@dataclass
class Rating:
    label: str = ""
    as_of: str = ""
    rag: str = ""
    rag_raw: str = ""


@dataclass
class Action:
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
class Indicator:
    indicator: str = ""
    target: str = ""
    value: str = ""
    period: str = ""
    page: int = 0
    line: int = 0


@dataclass
class Leftover:
    """A cell's text that no contract field took, kept aside with its provenance."""
    text: str
    page: int = 0
    table: int = 0
    line: int = 0
    col: int = 0
    reason: str = ""


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
    warnings: list[str] = field(default_factory=list)
    # how a failure came about, for `planx convert -v` (a library's own words, an exception);
    # not a column: `error` says what is wrong with the file in a reader's words
    detail: str = field(default="", metadata={"column": False})


def field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]
