"""A plan's items down a column headed as its actions, beside a column per year whose cells say what
each item reaches that year.

    | HHS Open Data Action Items | 2025                | 2026                        | 2027  | 2028  |
    | Data Usage Information     | July 2025 launch    | Continuous Improvements     | …     | …     |
    | Public Data Asset Review   | July 2025 launch    | Top-10 assets published     | …     | TBD   |

Agencies set a multi-year plan out as a table of its action items against the years it runs over.
The year headings are no field of a plan (a year alone is no period the heading reader knows: it
heads figures as often, a KPI's targets by year), so the table read as headings alone has its items
and nothing else, and the year cells fall aside. A reader takes each year's cell as the item's
milestone for that year, due in it: the item is the action, the plan's years its milestones' dates.
(The table prints no date for the action itself: as for any action whose milestones alone are dated,
the walker takes the latest of them, actions.latest_milestone_due.)

The evidence, all of it needed:
- the heading row holds a column headed as the actions ('Action items', 'Actions', 'Task') and, after
  it, a run of three year headings or more ('2025 | 2026 | 2027'), each the year after the one before;
- the year cells hold words (periods.block_kind reads them as updates, not figures, marks or ratings).

A multi-year strategy counts its years from its own start instead ('Our priorities | Year 1-2 | Year
3-4 | By the end of Year 5 | Key people', a school federation's five-year plan under a banner row):
a run of three spans of plan years or more, each starting after the one before ends ('Year 1 | Year 2
| Year 3', 'Years 1-2 | Years 3-4 | Year 5'), reads alike, beside a column headed as the actions or as
the priorities or objectives they serve (each priority is then the action, reached year by year); its
milestones are due in the span as printed ('Year 1-2': no calendar date). The heading row is the first
of the table's first rows that holds such a run (a banner may sit above it); a row whose cell spans the
year columns (a section's title: 'A  We will deliver educational excellence by:') stays as it is.

The year columns become one 'Milestones' column holding, for each row, a nested table of its year
cells ('Milestone; Due' / 'July 2025 launch; 2025'), as the readers write one (actions.nested_table),
so that the walker reads them as the action's milestones. A cell that says nothing is due ('TBD',
'n/a', '-') gives no milestone. A warning says how the table was read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Block, Cell, RawDocument, Row, Table
from planx.normalise.headers import classify
from planx.normalise.periods import block_kind
from planx.normalise.text import squash
from planx.normalise.updates import with_merged

MIN_YEARS = 3  # fewer year headings side by side may be a date column or two
NESTED_SEP = "; "  # how the readers join a nested table's cells (actions.nested_table)
_YEAR = re.compile(r"^[*_\s]*((?:19|20)\d{2})[*_\s]*$")
# a cell that says nothing is due that year
_NOTHING = re.compile(r"^[\s\-–—·.]*$|^(?:n/?a|none|tbc|tbd|to be (?:confirmed|determined))\.?$", re.I)
# how surely the heading beside the years must name the actions (headers.classify's score)
_ACTION_SCORE = 80.0
# a span of a plan's own years ('Year 1', 'Years 1-2', 'Year 3 & 4', 'By the end of Year 5'): its first
# and last year
_PLAN_YEARS = re.compile(r"^[*_\s]*(?:by\s+(?:the\s+)?end\s+of\s+)?years?\s*(\d{1,2})"
                         r"(?:\s*(?:-|–|/|&|and|to)\s*(?:years?\s*)?(\d{1,2}))?[*_\s:]*$", re.I)
# the fields of a heading beside plan years whose column is what each year's cell advances: the actions,
# or the priorities or objectives a strategy sets out instead (headers.classify's reading and score)
_PRIORITY_FIELDS = {"action": _ACTION_SCORE, "objective": 60.0, "area": 60.0}
# how many of a table's first rows may sit above its heading row (a banner, a title)
_HEAD_ROWS = 3


def _year(text: str) -> int | None:
    m = _YEAR.match(squash(text))
    return int(m.group(1)) if m else None


def year_run(heads: dict[int, str]) -> list[int]:
    """The columns of the longest run of neighbouring headings that are years one after another
    ('2025 | 2026 | 2027'), when MIN_YEARS or longer; [] otherwise."""
    best: list[int] = []
    run: list[int] = []
    for col in sorted(heads):
        year = _year(heads[col])
        if year is not None and run and col == run[-1] + 1 and _year(heads[run[-1]]) == year - 1:
            run.append(col)
        else:
            run = [col] if year is not None else []
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= MIN_YEARS else []


def _plan_years(text: str) -> tuple[int, int] | None:
    m = _PLAN_YEARS.match(squash(text))
    if m is None:
        return None
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else first
    return (first, last) if first <= last else None


def plan_year_run(heads: dict[int, str]) -> list[int]:
    """The columns of the longest run of neighbouring headings that are spans of a plan's own years, each
    starting the year after the one before ends, the first at year 1 ('Year 1-2 | Year 3-4 | By the end
    of Year 5'), when MIN_YEARS or longer; [] otherwise."""
    best: list[int] = []
    run: list[int] = []
    for col in sorted(heads):
        span = _plan_years(heads[col])
        before = _plan_years(heads[run[-1]]) if run else None
        if span is not None and before is not None and col == run[-1] + 1 and span[0] == before[1] + 1:
            run.append(col)
        else:
            run = [col] if span is not None and span[0] == 1 else []
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= MIN_YEARS else []


def _action_column(heads: dict[int, str], before: int, fields: dict[str, float] | None = None) -> int | None:
    """The column left of the years headed as the actions (or as one of the fields given, each with
    the score its reading needs), the actions' own first; None when there is none."""
    wanted = fields or {"action": _ACTION_SCORE}
    found: list[tuple[int, int]] = []
    for col, text in heads.items():
        if col < before and text:
            field, score, _ = classify(text)
            if field in wanted and score >= wanted[field]:
                found.append((field != "action", col))
    return min(found)[1] if found else None


def _year_heading(table: Table) -> tuple[int, list[int], dict[int, str], int] | None:
    """(the heading row's index, its year columns, its headings, the column of what the years advance)
    of a table set out by year: calendar years beside a column of actions, or a plan's own years beside
    its actions or priorities."""
    for k, row in enumerate(table.rows[:_HEAD_ROWS]):
        heads = {c.col: squash(c.text) for c in row.cells}
        years = year_run(heads)
        if years and (col := _action_column(heads, years[0])) is not None:
            return k, years, heads, col
        years = plan_year_run(heads)
        if years and (col := _action_column(heads, years[0], _PRIORITY_FIELDS)) is not None:
            return k, years, heads, col
    return None


def _nested(milestones: list[tuple[str, str]]) -> str:
    """A nested table's text: its heading line, then a line per milestone."""
    lines = [NESTED_SEP.join(("Milestone", "Due"))]
    lines += [NESTED_SEP.join((text.replace(";", ",").replace("\n", " "), year)) for text, year in milestones]
    return "\n".join(lines)


def _rebuilt(table: Table, years: list[int], heads: dict[int, str], head: int = 0,
             priorities: int | None = None) -> Table:
    """The table with its year columns made one 'Milestones' column (at the first year's place); the
    column of priorities the years advance (a strategy's 'Our priorities'), when given, headed as the
    actions too ('Actions: Our priorities …'), its own words kept."""
    first, span = years[0], len(years)
    labels = {col: squash(heads[col]).strip("*_ :") for col in years}
    rows: list[Row] = []
    for k, row in enumerate(table.rows):
        kept = [c for c in row.cells if c.col not in years]
        if k < head:
            rows.append(row)  # a banner above the headings: as it is
            continue
        if any(c.col < first < c.col + c.colspan for c in kept):
            # a section's title over the years ('A' | 'We will deliver educational excellence by:'): one
            # band across the table, as it reads, which heads the rows under it (the colon that hands the
            # sentence on to them is no label's)
            texts = [squash(c.text) for c in row.cells if c.text.strip()]
            band = " ".join(texts).rstrip(": ")
            rows.append(replace(row, cells=[Cell(band, 0, colspan=row.width(), fill=row.cells[0].fill,
                                                 bold=all(c.bold for c in row.cells if c.text.strip()))]))
            continue
        if k == head:
            added = "Milestones"
            if priorities is not None:
                kept = [replace(c, text=f"Actions: {c.text}") if c.col == priorities else c for c in kept]
        else:
            cells = {c.col: squash(c.text) for c in row.cells if c.col in years and not c.merged_above}
            added = _nested([(cells[col], labels[col]) for col in years
                             if cells.get(col) and not _NOTHING.match(cells[col])])
            if added.count("\n") == 0:
                added = ""  # no year says anything: no milestones
        cell = Cell(added, first, colspan=span)
        rows.append(replace(row, cells=sorted([*kept, cell], key=lambda c: c.col)))
    return replace(table, rows=rows)


def read_year_milestones(raw: RawDocument) -> RawDocument:
    """The document with each table of action items by year read as their milestones (see above)."""
    blocks: list[Block] = list(raw.blocks)
    warnings: list[str] = []
    for i, b in enumerate(blocks):
        if not isinstance(b, Table) or len(b.rows) < 2:
            continue
        found = _year_heading(b)
        if found is None:
            continue
        head, years, heads, col = found
        cells = [(c.text, c.fill) for row in b.rows[head + 1:] for c in row.cells
                 if c.col in years and not c.merged_above]
        if block_kind(cells) != "updates":
            continue  # figures (targets by year), marks (a timeline), ratings: read as such elsewhere
        priorities = col if classify(heads[col])[0] != "action" else None
        blocks[i] = _rebuilt(b, years, heads, head, priorities)
        warnings.append(f"table {b.index}: the cells under '{squash(heads[years[0]])}' … "
                        f"'{squash(heads[years[-1]])}' read as each action's milestones, due in their year"
                        + (f"; '{heads[col]}' read as the actions they advance" if priorities is not None else ""))
    return with_merged(raw, blocks, warnings)


__all__ = ["plan_year_run", "read_year_milestones", "year_run"]
