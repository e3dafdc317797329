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


def _action_column(heads: dict[int, str], before: int) -> bool:
    """Is a column left of the years headed as the actions?"""
    for col, text in heads.items():
        if col < before and text:
            field, score, _ = classify(text)
            if field == "action" and score >= _ACTION_SCORE:
                return True
    return False


def _nested(milestones: list[tuple[str, str]]) -> str:
    """A nested table's text: its heading line, then a line per milestone."""
    lines = [NESTED_SEP.join(("Milestone", "Due"))]
    lines += [NESTED_SEP.join((text.replace(";", ",").replace("\n", " "), year)) for text, year in milestones]
    return "\n".join(lines)


def _rebuilt(table: Table, years: list[int], heads: dict[int, str]) -> Table:
    """The table with its year columns made one 'Milestones' column (at the first year's place)."""
    first, span = years[0], len(years)
    labels = {col: squash(heads[col]).strip("*_ ") for col in years}
    rows: list[Row] = []
    for k, row in enumerate(table.rows):
        kept = [c for c in row.cells if c.col not in years]
        if k == 0:
            added = "Milestones"
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
        heads = {c.col: squash(c.text) for c in b.rows[0].cells}
        years = year_run(heads)
        if not years or not _action_column(heads, years[0]):
            continue
        cells = [(c.text, c.fill) for row in b.rows[1:] for c in row.cells if c.col in years and not c.merged_above]
        if block_kind(cells) != "updates":
            continue  # figures (targets by year), marks (a timeline), ratings: read as such elsewhere
        blocks[i] = _rebuilt(b, years, heads)
        warnings.append(f"table {b.index}: the cells under '{squash(heads[years[0]])}' … "
                        f"'{squash(heads[years[-1]])}' read as each action's milestones, due in their year")
    return with_merged(raw, blocks, warnings)


__all__ = ["read_year_milestones", "year_run"]
