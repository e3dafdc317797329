"""Summary tasks of a project tool's task table: the area of the tasks under them, not actions.

A scheduling tool's export or print (MS Project, GanttProject, Smartsheet, an Excel Gantt template)
numbers its rows as an outline (`1`, `1.1`, `1.1.1`, in a WBS column or before the name) and
rolls the dates and % complete of each group up into a summary row:

    WBS    Task Name                   Duration   Start      Finish     % Complete
    1.2    Analysis                    30 days    01/08/22   12/09/22   60%
    1.2.1  Market evaluation           10 days    01/08/22   12/08/22   100%
    1.2.2  Interviews with clients     20 days    15/08/22   12/09/22   40%

A person reads `Analysis` as the phase the two tasks belong to, not as a third piece of work: its
dates and progress are the tasks' own summed up. In a table headed as a schedule
(taskheads.schedule_labels: start, finish, duration, predecessors, WBS, a share complete …) a row
whose outline number the next rows extend is such a summary: it becomes the `area` (and its number
the `area_ref`) of every task under it down to the next summary, and its own cells are kept aside
with the reason. A task's name printed after its own number (`1.2.1 Market evaluation` beside
WBS `1.2.1`) loses the number. Elsewhere (a council plan's `1.1` over `1.1.1` steps) the outline
reader (normalise/outline.py) decides between an action's milestones and actions of their own.

A print with no outline numbers (MS Project's, its ID column counting rows 1, 2, 3 …) sets its summary
tasks apart by type and place alone: the name in bold, its tasks indented under it
(extract.pdftables.cell_styles gives a PDF's cells their weight and indent). There a bold name among
names mostly not bold is a summary task, the area of the names after it down to the next set as far
left as it (_summaries_by_type): an unindented task after a group belongs to none. A row whose
duration is none ('0 days', '0 gün') is the schedule's milestone, a point in time and no task: kept
aside (_without_markers).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.bilingual import english_side
from planx.normalise.columns import looks_like_person
from planx.normalise.dates import find_dates
from planx.normalise.draft import Draft
from planx.normalise.headers import read_heading
from planx.normalise.taskheads import (
    CAPTION_WORDS,
    MIN_SCALE_RUN,
    run_of_scale,
    scale_piece,
    schedule_labels,
    share_complete,
)
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab_tasks import GANTT_LEGEND_NAMES

KeepAside = Callable[..., None]

# an outline number: '1', '1.2', '1.2.10' (a trailing stop allowed)
_OUTLINE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.?(?=\s|$)")


def task_tables(raw: RawDocument) -> set[int]:
    """The tables whose heading row (one of their first three rows) reads as a schedule's."""
    out: set[int] = set()
    for b in raw.blocks:
        if isinstance(b, Table) and b.rows:
            # a schedule's headings, or a share complete rolled up the outline ('N | Activity | Status |
            # Completion (%)')
            if any(schedule_labels([c.text for c in r.cells]) or any(share_complete(c.text) for c in r.cells)
                   for r in b.rows[:3]):
                out.add(b.index)
    return out


def _parts(text: str) -> tuple[int, ...] | None:
    m = _OUTLINE.match(text or "")
    return tuple(int(p) for p in m.group(1).split(".")) if m else None


def _numbers(drafts: list[Draft], tables: set[int]) -> dict[int, tuple[tuple[int, ...], str]]:
    """{draft index: (outline parts, where printed: 'ref' or 'action')}: per table, the reference
    column when it holds dotted numbers, else the numbers the task names open with."""
    out: dict[int, tuple[tuple[int, ...], str]] = {}
    for table in tables:
        mine = [(i, d) for i, d in enumerate(drafts) if d.table == table]
        refs = {i: squash(d.text("ref")).strip() for i, d in mine}
        source = "ref" if any("." in r.strip(".") for r in refs.values()) else "action"
        for i, d in mine:
            text = refs[i] if source == "ref" else squash(d.text("action"))
            parts = _parts(text)
            if parts is not None and (source == "ref" or words_over(squash(text), 1)):
                out[i] = (parts, source)
    return out


_LEGEND = re.compile(r"\b(?:" + "|".join(sorted((re.escape(n) for n in GANTT_LEGEND_NAMES), key=len, reverse=True))
                     + r")\b")


def legend_row(d: Draft) -> bool:
    """A printed Gantt chart's key read as a row ('Task | Inactive Summary | External Tasks'): the
    action's text is names of bar styles and nothing else (two or more, or one beside nothing at
    all), and the row says nothing of who, when or how it stands."""
    texts = [squash(" ".join(pieces)) for pieces in d.pieces.values() if squash(" ".join(pieces))]
    if texts and any(ch.isalpha() for ch in d.text("action")) and scale_piece(d.text("action")) \
            and all(scale_piece(t) for t in texts):
        return True  # 'F S S': the chart's scale cut at the page's edge, read as a row
    if any(d.text(f).strip() for f in ("due", "lead", "responsible", "status", "rag", "progress")):
        return False
    names = [n for t in texts for n in _LEGEND.findall(fold(t))]
    rest = " ".join(_LEGEND.sub(" ", fold(t)) for t in texts)
    context = [fold(v) for k, v in d.context.items() if k in ("area", "objective") and v]
    # a key's other entries read as the row's context ('Task Inactive Summary' over 'Duration-only')
    beside = bool(context) and all(not _LEGEND.sub(" ", c).strip() for c in context)
    return bool(names) and not rest.strip() and (len(names) >= 2 or beside or set(d.pieces) <= {"action", "ref"})


def read_summaries(drafts: list[Draft], raw: RawDocument, keep: KeepAside, warnings: list[str]) -> list[Draft]:
    """The drafts without the summary tasks of task tables, each task under one taking its name as
    the area (see the module's note), and without a Gantt chart's legend read as rows; a warning
    says how many were read so."""
    legend = [d for d in drafts if legend_row(d)]
    if legend and len(legend) < len(drafts):
        for d in legend:
            for field, pieces in d.pieces.items():
                keep(" ".join(pieces), f"a Gantt chart's legend (names of bar styles), no task ({field})", d.page,
                     d.table, d.line)
        warnings.append(f"{len(legend)} row(s) of a Gantt chart's legend ('{squash(legend[0].text('action'))[:60]}') "
                        "kept aside: names of bar styles, no tasks")
        drafts = [d for d in drafts if not any(d is x for x in legend)]
    tables = task_tables(raw)
    if not tables:
        return drafts
    drafts = _without_markers(drafts, raw, tables, keep, warnings)
    numbers = _numbers(drafts, tables)
    if len(numbers) < 3:
        return _summaries_by_type(drafts, raw, tables, keep, warnings)
    parent: dict[int, int] = {}
    stack: list[int] = []
    for i in sorted(numbers):
        parts = numbers[i][0]
        while stack and not (len(parts) > len(numbers[stack[-1]][0])
                             and parts[:len(numbers[stack[-1]][0])] == numbers[stack[-1]][0]
                             and 0 <= drafts[i].table - drafts[stack[-1]].table <= 1):
            stack.pop()
        if stack:
            parent[i] = stack[-1]
        stack.append(i)
    summaries = set(parent.values())
    if not summaries:
        return drafts

    def name(i: int) -> tuple[str, str]:
        d = drafts[i]
        text = squash(d.text("action"))
        ref = ".".join(map(str, numbers[i][0]))
        if numbers[i][1] == "action" or text.startswith(ref + " "):
            text = _OUTLINE.sub("", text, count=1).strip()
        return ref, text

    for i in sorted(numbers):
        d = drafts[i]
        ref, text = name(i)
        if i not in summaries:
            d.pieces["action"] = [text]
            if numbers[i][1] == "action" and not d.text("ref"):
                d.pieces["ref"] = [ref]
        up = parent.get(i)
        if up is not None:
            area_ref, area = name(up)
            d.context = dict(d.context, area_ref=area_ref, area=area)
    for i in sorted(summaries):
        d = drafts[i]
        for field, pieces in d.pieces.items():
            keep(" ".join(pieces), f"summary task, the area of the tasks under it ({field})", d.page, d.table,
                 d.line)
    names = ", ".join(name(i)[1] for i in sorted(summaries)[:4])
    warnings.append(f"task table: {len(summaries)} summary task(s) ({names}{' …' if len(summaries) > 4 else ''}) "
                    f"read as the area of the {len(numbers) - len(summaries)} task(s) numbered under them, not as "
                    "actions (outline numbers in a table headed as a schedule; confidence 0.80)")
    return [d for i, d in enumerate(drafts) if i not in summaries]


# a task's duration that is none, in any unit and language ('0 days', '0d', '0 wks', '0 günler', '0 jours'):
# a scheduling tool's milestone, a point in time
_NO_DURATION = re.compile(r"^0+(?:[.,]0+)?\s*[^\W\d_]{0,12}\.?\??$")


def _duration_column(table: Table) -> int | None:
    """The column a task table heads as the tasks' duration ('Duration', 'Süre' read by its English), in
    its first three rows."""
    for row in table.rows[:3]:
        for c in row.cells:
            if c.text.strip() and fold(english_side(c.text)) == "duration":
                return c.col
    return None


def _without_markers(drafts: list[Draft], raw: RawDocument, tables: set[int], keep: KeepAside,
                     warnings: list[str]) -> list[Draft]:
    """The drafts without a schedule's milestones: a task table's row whose duration is none ('0 days')
    marks a point in time (MS Project draws it as a diamond, '◆ Milestone 2'), no work to be done; it is
    kept aside with the reason, its date with it."""
    durations = {b.index: (col, {r.line: r for r in b.rows}) for b in raw.blocks
                 if isinstance(b, Table) and b.index in tables and (col := _duration_column(b)) is not None}
    markers: list[int] = []
    for i, d in enumerate(drafts):
        if d.table not in durations:
            continue
        col, rows = durations[d.table]
        row = rows.get(d.line)
        cell = next((c for c in row.cells if c.col == col and not c.merged_above), None) if row is not None else None
        if cell is not None and _NO_DURATION.match(squash(cell.text)):
            markers.append(i)
    if not markers or len(markers) * 2 > len([d for d in drafts if d.table in durations]):
        return drafts  # most rows of no duration: no schedule's durations, whatever the column says
    for i in markers:
        d = drafts[i]
        for field, pieces in d.pieces.items():
            keep(" ".join(pieces), f"a schedule's milestone (duration 0): a point in time, no task ({field})",
                 d.page, d.table, d.line)
    first = squash(drafts[markers[0]].text("action"))[:60]
    warnings.append(f"task table: {len(markers)} milestone(s) of no duration ('{first}') kept aside: "
                    "points in time the schedule marks, not tasks (confidence 0.80)")
    gone = set(markers)
    return [d for i, d in enumerate(drafts) if i not in gone]


# the most of a task table's task names that may be bold for the bold ones to be its summary tasks
SUMMARY_BOLD_SHARE = 0.5
# points of indentation that count as the same outline level (a PDF places text to a fraction of a point)
INDENT_SLACK = 1.5


def _action_cell(d: Draft, rows: dict[tuple[int, int], Row]) -> Cell | None:
    """The cell of the draft's row that prints its action's text."""
    row = rows.get((d.table, d.line))
    text = squash(d.text("action"))
    if row is None or not text:
        return None
    return next((c for c in row.cells if not c.merged_above and squash(c.text) == text), None)


def _summaries_by_type(drafts: list[Draft], raw: RawDocument, tables: set[int], keep: KeepAside,
                       warnings: list[str]) -> list[Draft]:
    """The drafts without the summary tasks of task tables that number no outline, where type and
    indentation print it (MS Project's print: a summary task's name in bold, its tasks indented under
    it, no WBS column): a bold task name among names mostly not bold is a summary task, the area of the
    tasks after it down to the next name set as far left as it or further (its own level ends there:
    an unindented task after a group belongs to none). Where the names are not indented at all, each
    bold name is the area of the tasks down to the next bold one. Kept aside with the reason, as the
    numbered summaries are (read_summaries)."""
    rows = {(b.index, r.line): r for b in raw.blocks if isinstance(b, Table) and b.index in tables for r in b.rows}
    parent: dict[int, int] = {}
    for table in sorted(tables):
        mine = [(i, _action_cell(d, rows)) for i, d in enumerate(drafts) if d.table == table]
        cells = [(i, c) for i, c in mine if c is not None]
        bold = [i for i, c in cells if c.bold]
        if len(cells) < 3 or not bold or len(bold) > SUMMARY_BOLD_SHARE * len(cells):
            continue
        indented = max(c.indent for _, c in cells) - min(c.indent for _, c in cells) > INDENT_SLACK
        stack: list[tuple[int, float]] = []
        for i, c in cells:
            if indented:
                while stack and stack[-1][1] >= c.indent - INDENT_SLACK:
                    stack.pop()
            elif c.bold:
                stack = []
            if stack:
                parent[i] = stack[-1][0]
            if c.bold:
                stack.append((i, c.indent))
    summaries = set(parent.values())
    if not summaries:
        return drafts
    for i, up in parent.items():
        drafts[i].context = dict(drafts[i].context, area=squash(drafts[up].text("action")))
    for i in sorted(summaries):
        d = drafts[i]
        for field, pieces in d.pieces.items():
            keep(" ".join(pieces), f"summary task, the area of the tasks under it ({field})", d.page, d.table,
                 d.line)
    names = ", ".join(squash(drafts[i].text("action")) for i in sorted(summaries)[:4])
    warnings.append(f"task table: {len(summaries)} summary task(s) ({names}{' …' if len(summaries) > 4 else ''}) "
                    f"read as the area of the {len(parent)} task(s) under them, not as actions (task names set "
                    "in bold over names indented under them, in a table headed as a schedule; confidence 0.75)")
    return [d for i, d in enumerate(drafts) if i not in summaries]


def _scale_line(text: str) -> list[str] | None:
    """The tokens of a chart's scale printed as a line of text ('1 2 3 … 40'), or None."""
    tokens = squash(text).split()
    return tokens if len(tokens) >= 4 and run_of_scale(tokens) == list(range(len(tokens))) else None


def _head_and_scale(blocks: list[Any], i: int) -> tuple[list[str], list[str], int] | None:
    """(the heading's words, the scale's tokens, the next block) when block i starts a chart's
    heading and scale: two lines of text, or a small table of them (a reader's grid of the two
    lines, 'Activity | Weeks' over '1 2 3 4 5 | 6 7 …')."""
    b = blocks[i]
    if isinstance(b, Paragraph) and i + 1 < len(blocks) and isinstance(blocks[i + 1], Paragraph):
        head, scale, after = squash(b.text), squash(blocks[i + 1].text), i + 2
    elif isinstance(b, Table) and 2 <= len(b.rows) <= 3:
        head = squash(" ".join(c.text for c in b.rows[0].cells))
        scale, after = squash(" ".join(c.text for r in b.rows[1:] for c in r.cells)), i + 1
    else:
        return None
    tokens = _scale_line(scale)
    return (head.split(), tokens, after) if tokens is not None else None


def _gantt_text(blocks: list[Any], i: int, index: int) -> tuple[Table, int] | None:
    """A Gantt chart whose task list a PDF reader gave as lines of text (the bars drawn, no grid):
    a heading line naming the tasks and the scale ('Activity  Weeks'), the scale's line
    ('1 2 3 … 40'), then three or more lines numbered as an outline ('1.1 Initiating', '1.1.1
    Develop scope and plan'). Read as the table it prints: (table, index of the next block)."""
    found = _head_and_scale(blocks, i)
    if found is None:
        return None
    words, scale, j = found
    if not 2 <= len(words) <= 4:
        return None
    head = next(iter(read_heading(words[0])), None)
    if head is None or head.field != "action" or not set(fold(" ".join(words[1:])).split()) <= CAPTION_WORDS:
        return None
    b = blocks[i]
    line = b.rows[0].line if isinstance(b, Table) else b.line
    rows = [Row([Cell("WBS", 0), Cell(words[0], 1), *[Cell(t, 2 + k) for k, t in enumerate(scale)]], b.page, line)]
    while j < len(blocks) and isinstance(blocks[j], Paragraph):
        m = _OUTLINE.match(blocks[j].text)
        name = blocks[j].text[m.end():].strip() if m else ""
        if m is None or not name or not any(ch.isalpha() for ch in name):
            break
        rows.append(Row([Cell(m.group(1), 0), Cell(name, 1)], blocks[j].page, blocks[j].line))
        j += 1
    if len(rows) < 4:
        return None
    return Table(rows, b.page, index), j


def gantt_text_tables(raw: RawDocument) -> RawDocument:
    """The document with each Gantt chart printed as lines of text (_gantt_text) read as a table of
    its tasks beside the chart's scale; the same document when it has none."""
    if raw.format != "pdf":
        return raw
    blocks: list[Any] = []
    index = max((b.index for b in raw.blocks if isinstance(b, Table)), default=0)
    i, found = 0, 0
    while i < len(raw.blocks):
        read = _gantt_text(raw.blocks, i, index + found + 1)
        if read is None:
            blocks.append(raw.blocks[i])
            i += 1
            continue
        blocks.append(read[0])
        found += 1
        i = read[1]
    if not found:
        return raw
    return replace(raw, blocks=blocks, warnings=[*raw.warnings, f"{found} Gantt chart(s) printed as lines of text "
                                                 "(a task heading, the scale, outline-numbered tasks) read as "
                                                 "the task table they print (confidence 0.70)"])



# ---- a Gantt grid with no task heading: the bars say who and by when -----------------------------

# the fewest tasks under a chart's scale of dates for the grid to read as a schedule
_MIN_BAR_TASKS = 3
# the longest mark a bar prints (initials, 'ALL', a tick); a longer cell is text, not a bar
_BAR_MARK = 6
# the headings given to the columns read from such a grid (the tool's own words, vocab_tasks)
_BAR_HEADINGS = ("Phase", "Task", "Owner", "Finish")


def _day_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a scale's heading that prints one whole date ('06/02/2023'), else None."""
    dates = find_dates(squash(text))
    if len(dates) != 1 or dates[0].day is None or dates[0].month is None:
        return None
    return dates[0].year, dates[0].month, dates[0].day


def _date_scale(row: Row) -> tuple[str, list[Cell]] | None:
    """(the group label, the scale's cells) when a row is at most one label ('Generic Tasks', or
    none) then a chart's scale: MIN_SCALE_RUN or more whole dates, one a column, never earlier than
    the one before ('06/02/2023 | 13/02/2023 | …'; a week printed twice, as a sheet's slipped formula
    may, is still the scale); None for any other row."""
    filled = [c for c in row.cells if squash(c.text)]
    label = filled[:1] if filled and _day_date(filled[0].text) is None else []
    scale = filled[len(label):]
    days = [_day_date(c.text) for c in scale]
    if len(scale) < MIN_SCALE_RUN or None in days or any(b < a for a, b in zip(days, days[1:], strict=False)
                                                          if a is not None and b is not None):
        return None
    return (squash(label[0].text) if label else ""), scale


def _task_name(row: Row, start: int) -> str | None:
    """The task a row names left of the chart (one cell of words), or None."""
    named = [c for c in row.cells if c.col < start and squash(c.text)]
    if len(named) != 1 or not any(ch.isalpha() for ch in named[0].text) or _day_date(named[0].text):
        return None
    return squash(named[0].text)


def _bar_reading(row: Row, scale: list[Cell]) -> tuple[str, str]:
    """(who, the scale's date over the last bar) of a task row: its bars are the cells under the
    scale that print something or are filled; who is the one name or set of initials every bar
    prints ('NP' in each week of the task), '' when the bars print none or several."""
    heads = {c.col: c.text for c in scale}
    bars = [c for c in row.cells if c.col in heads and (squash(c.text) or c.fill)]
    if not bars:
        return "", ""
    marks = {squash(c.text) for c in bars}
    who = next(iter(marks)) if len(marks) == 1 else ""
    return (who if who and looks_like_person(who) else ""), squash(heads[bars[-1].col])


def _bar_grid(table: Table, index: int) -> tuple[Table | None, list[Table], int] | None:
    """A Gantt grid whose task list has no heading (see gantt_bar_tables): (the table of its other
    rows, or None; the tables read from it, a table per scale of its tasks under the tool's headings
    and one of the chart's captions over each scale; how many task lists), or None."""
    rest: list[Row] = []
    groups: list[tuple[Row, str, list[Cell], list[Row]]] = []
    pending: list[Row] = []  # rows printed over the chart only ('February | March', 'Meeting | …')
    captions: dict[int, list[Row]] = {}  # group → the rows over its scale
    for row in table.rows:
        found = _date_scale(row)
        if found is not None:
            captions[len(groups)] = pending
            pending = []
            groups.append((row, found[0], found[1], []))
            continue
        if groups and _task_name(row, groups[-1][2][0].col) is not None:
            groups[-1][3].append(row)
        elif _over_chart(row):
            pending.append(row)
        else:
            rest.append(row)
    rest += pending
    if not groups or sum(len(g[3]) for g in groups) < _MIN_BAR_TASKS \
            or not all(_bars_only(row, scale) for _, _, scale, tasks in groups for row in tasks):
        return None
    out: list[Table] = []
    lists: list[int] = []  # where in out the task lists are
    for k, (scale_row, label, scale, tasks) in enumerate(groups):
        if not tasks:
            rest += [*captions[k], scale_row]
            continue
        shift = len(_BAR_HEADINGS) - scale[0].col
        if captions[k]:  # the chart's own headings over its scale: a table of their own, kept aside
            out.append(Table([replace(r, cells=[replace(c, col=c.col + shift) for c in r.cells if squash(c.text)])
                              for r in captions[k]], table.page, index + len(out)))
        head = [Cell(h, k) for k, h in enumerate(_BAR_HEADINGS)]
        head += [replace(c, col=c.col + shift) for c in scale]
        rows = [Row(head, scale_row.page, scale_row.line)]
        for row in tasks:
            who, due = _bar_reading(row, scale)
            cells = [Cell(label, 0), Cell(_task_name(row, scale[0].col) or "", 1), Cell(who, 2), Cell(due, 3)]
            cells += [replace(c, col=c.col + shift) for c in row.cells if c.col >= scale[0].col]
            rows.append(Row(cells, row.page, row.line))
        lists.append(len(out))
        out.append(Table(rows, table.page, index + len(out)))
    rest.sort(key=lambda r: r.line)
    if rest and all(r.line < groups[0][0].line for r in rest):
        # the grid's own rows over its first scale (the project's name, lead and dates): read with
        # the first task list, as the lines over a table's headings are
        at = lists[0]
        out[at] = replace(out[at], rows=[*rest, *out[at].rows])
        rest = []
    kept = replace(table, rows=rest) if rest else None
    return kept, out, len(lists)


def _bars_only(row: Row, scale: list[Cell]) -> bool:
    """Does a task row print under the scale bars only: fills, or a few letters each ('NP', 'ALL',
    'x'), never a date, a figure or words (a row of dates is a plan's own, under its headings)?"""
    cols = {c.col for c in scale}
    return all(len(squash(c.text)) <= _BAR_MARK and not any(ch.isdigit() for ch in c.text)
               for c in row.cells if c.col in cols)


def _over_chart(row: Row) -> bool:
    """Does a row print only over a chart's columns, its first column empty (the months over the
    weeks, a caption per week)?"""
    filled = [c for c in row.cells if squash(c.text)]
    return bool(filled) and not squash(row.cells[0].text) and row.cells[0].col == 0


def gantt_bar_tables(raw: RawDocument) -> RawDocument:
    """The document with each Gantt grid whose task list has no heading read as task tables.

    An Excel Gantt plan may head its chart only: a row holding a group's name ('Generic Tasks',
    or nothing) then a scale of dates, one per week ('06/02/2023 | 13/02/2023 | …'), and under it a
    task per row, its name in the first column and its bars in the weeks it runs, each bar printing
    the initials of who does it ('NP | NP'). A reader sees the task list a tool would head
    `Phase | Task | Owner | Finish`: the group's name the phase, the one set of initials every bar
    prints the owner (bars printing several people's give none), the date over the last bar the
    finish. Read so, in a table per scale; the bars stay under their dates (the chart, kept aside)
    and the grid's other rows (a form, the months over the scale) stay a table of their own."""
    blocks: list[Any] = []
    index = max((b.index for b in raw.blocks if isinstance(b, Table)), default=0)
    found = 0
    for b in raw.blocks:
        read = _bar_grid(b, index + 1) if isinstance(b, Table) and not task_tables_of([b]) else None
        if read is None:
            blocks.append(b)
            continue
        kept, tables, lists = read
        blocks += ([kept] if kept is not None else []) + tables
        index += len(tables)
        found += lists
    if not found:
        return raw
    return replace(raw, blocks=blocks, warnings=[*raw.warnings, f"{found} Gantt chart scale(s) of dates with no "
                                                 "task heading read as task lists: the first column the task, "
                                                 "the initials every bar prints its owner, the date over its "
                                                 "last bar its finish (confidence 0.70)"])


def task_tables_of(tables: list[Table]) -> bool:
    """Does any of the tables carry a schedule's heading row of its own (task_tables)?"""
    return any(any(schedule_labels([c.text for c in r.cells]) and _task_heading_row(r) for r in t.rows[:3])
               for t in tables)


def _task_heading_row(row: Row) -> bool:
    """Does the row name the task list's own columns beside the scale (a heading reads as the action)?"""
    return any(h.field == "action" for c in row.cells for h in read_heading(c.text)[:1])
