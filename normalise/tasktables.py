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
"""
from __future__ import annotations

import re
from collections.abc import Callable

from planx.extract.model import RawDocument, Table
from planx.normalise.structure import Draft
from planx.normalise.taskheads import scale_piece, schedule_labels, share_complete
from planx.normalise.text import fold, squash
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
            if parts is not None and (source == "ref" or len(squash(text).split()) >= 2):
                out[i] = (parts, source)
    return out


_LEGEND = re.compile(r"\b(?:" + "|".join(sorted((re.escape(n) for n in GANTT_LEGEND_NAMES), key=len, reverse=True))
                     + r")\b")


def legend_row(d: Draft) -> bool:
    """A printed Gantt chart's key read as a row ('Task | Inactive Summary | External Tasks'): the
    action's text is names of bar styles and nothing else (two or more, or one beside nothing at
    all), and the row says nothing of who, when or how it stands."""
    texts = [squash(" ".join(pieces)) for pieces in d.pieces.values() if squash(" ".join(pieces))]
    if texts and scale_piece(d.text("action")) and all(scale_piece(t) for t in texts):
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
    numbers = _numbers(drafts, tables)
    if len(numbers) < 3:
        return drafts
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
