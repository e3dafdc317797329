"""An action as the walker reads it (Draft): raw text pieces per field, its ratings, period cells
and the rows merged under it, joined and cleaned when it closes; and whether a row's date goes on
with the draft above it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from planx.normalise.dates import due_date

# the statuses a row lists one per milestone beside the item's own status column ('Milestone Status'
# beside 'POA&M Status'): a draft's piece, read with its milestones (actions.build_milestones)
MILESTONE_STATUS_FIELD = "milestone_status"


@dataclass
class Draft:
    """An action being read: raw text pieces per field, joined and cleaned when it closes."""
    pieces: dict[str, list[str]] = field(default_factory=dict)
    ratings: list[tuple[str, str, str | None]] = field(default_factory=list)  # (label, raw, fill)
    fills: dict[str, str] = field(default_factory=dict)  # field → cell fill colour
    # a timeline's or progress grid's cells (label, text, fill), and the block's headings in order
    periods: list[tuple[str, str, str | None]] = field(default_factory=list)
    period_labels: list[str] = field(default_factory=list)
    period_kind: str = ""  # periods.block_kind of the table's period cells
    period_basis: tuple[int, str] | None = None  # the year the periods count from (periods.year_basis)
    context: dict[str, str] = field(default_factory=dict)  # area_ref, area, area_lead, timeframe
    page: int = 0
    line: int = 0
    table: int = 0
    # milestone/date/status cells row by row, when the action's cell is merged down over several
    # rows (each row one milestone, not one wrapped text)
    sub_rows: list[dict[str, str]] = field(default_factory=list)
    # the sub_rows are the action's milestones however few (a section's table: normalise/sections.py),
    # and its own date is a labelled line's, not the rows' dates joined
    milestone_rows: bool = False
    # milestone fields whose cell is merged down beside the sub_rows (the action's own date, status)
    merged_fields: set[str] = field(default_factory=set)
    # items of a list the action's text opens with a colon ('Services involved include:'), each
    # printed in a row of its own below it (Draft.list_item)
    listed: int = 0
    # a numbered line printing no labels under a list item that prints them (lists.ListAction.part)
    unlabelled_part: bool = False

    def add(self, name: str, text: str) -> None:
        if text.strip():
            self.pieces.setdefault(name, []).append(text)

    def text(self, name: str) -> str:
        pieces = self.pieces.get(name)
        return " ".join(pieces) if pieces else ""


def date_goes_on(prev: Draft, texts: dict[str, str]) -> bool:
    """Does the row's date finish the date of the action above, cut by a page break ('Summer term' /
    '2025')? The action's date cell reads as no date alone, and as one with the row's."""
    before, after = prev.text("due"), texts.get("due", "")
    return bool(before.strip() and after.strip()) and not due_date(before) and bool(due_date(f"{before} {after}"))
