"""What changed between two versions: paired actions compared field by field → change rows.

Row conventions (CONTRACT.md, changes.csv): `action` is the newer text (the older one
for `removed`); `before`/`after` hold the normalised field values (ISO dates, status and
RAG enums, the action texts for `reworded`, the lead as printed for `lead`); milestone
rows name their action and carry the milestone's own date or status.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from planx.audit.advice import option
from planx.audit.pairing import MIN_SIMILARITY, Pair, pair_milestones, pair_texts
from planx.audit.versions import ActionView, MilestoneView, Version
from planx.normalise.text import fold

KINDS = ["added", "removed", "reworded", "due_date", "status", "rag", "lead", "milestone_added",
         "milestone_removed", "milestone_due_date", "milestone_status"]
# worst to best: a move down this list is a regression, up it an improvement
RAG_ORDER = {"red": 0, "red_amber": 1, "amber": 2, "amber_green": 3, "green": 4, "blue": 5}
DONE = {"complete", "cancelled"}
# fewer paired actions than this share of the smaller version: probably two different plans
SAME_PLAN_SHARE = 0.5


@dataclass
class Change:
    old_doc: str
    new_doc: str
    kind: str
    old_seq: int | None
    new_seq: int | None
    action: str
    before: str = ""
    after: str = ""
    similarity: float | None = None
    # beyond the contract: what BI users filter on, and where to look in each version
    flag: str = ""  # slippage, brought_forward, regression, improvement, reopened
    days: int | None = None  # due-date moves: days later (+) or earlier (-)
    milestone: str = ""
    before_raw: str = ""  # the cells as printed (due, status, RAG): the evidence behind before/after
    after_raw: str = ""
    area_ref: str = ""
    area: str = ""
    old_page: int | None = None
    old_line: int | None = None
    new_page: int | None = None
    new_line: int | None = None
    old_table_no: int | None = None  # the table the action is in (a Word file's page is unknown)
    new_table_no: int | None = None

    def row(self) -> dict[str, Any]:
        return asdict(self)


CHANGE_COLUMNS = list(Change.__dataclass_fields__)


@dataclass
class PairResult:
    old: Version
    new: Version
    pairs: list[Pair]
    changes: list[Change]
    warning: str = ""


def date_end(iso: str) -> dt.date | None:
    """The last day an ISO date of any precision commits to ('2015-06' → 2015-06-30)."""
    try:
        parts = [int(p) for p in iso.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        if len(parts) == 3:
            return dt.date(parts[0], parts[1], parts[2])
    except (ValueError, TypeError):
        pass
    return None


def date_start(iso: str) -> dt.date | None:
    """The first day an ISO date of any precision names ('2015-06' → 2015-06-01)."""
    parts = iso.split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def days_moved(before: str, after: str) -> int | None:
    b, a = date_end(before), date_end(after)
    return (a - b).days if a and b else None


def same_text(a: str, b: str) -> bool:
    """Equal once case, punctuation and spacing are set aside (a cell boundary may split a word)."""
    return "".join(fold(a).split()) == "".join(fold(b).split())


def rag_flag(before: str, after: str) -> str:
    b, a = RAG_ORDER.get(before), RAG_ORDER.get(after)
    if a is None or b is None or a == b:
        return ""
    return "regression" if a < b else "improvement"


def status_flag(before: str, after: str) -> str:
    if before == "complete" and after != "complete":
        return "regression"
    if after == "complete" and before != "complete":
        return "improvement"
    return ""


def date_flag(days: int | None) -> str:
    if days is None:
        return ""
    return "slippage" if days > 0 else "brought_forward" if days < 0 else ""


class _Rows:
    """Collects the change rows of one version pair, filling the shared columns."""

    def __init__(self, old: Version, new: Version):
        self.old, self.new, self.rows = old, new, []  # type: ignore[var-annotated]

    def add(self, kind: str, a: ActionView | None, b: ActionView | None, sim: float | None,
            before: str = "", after: str = "", **extra: Any) -> None:
        ref = b or a
        assert ref is not None
        self.rows.append(Change(
            self.old.doc, self.new.doc, kind, a.seq if a else None, b.seq if b else None, ref.action,
            before, after, sim, area_ref=ref.area_ref, area=ref.area,
            old_page=a.page or None if a else None, old_line=a.line or None if a else None,
            new_page=b.page or None if b else None, new_line=b.line or None if b else None,
            old_table_no=a.table or None if a else None, new_table_no=b.table or None if b else None, **extra))


def _compare_fields(out: _Rows, a: ActionView, b: ActionView, sim: float) -> None:
    if not same_text(a.action, b.action):
        out.add("reworded", a, b, sim, a.action, b.action)
    if a.due_date != b.due_date:
        days = days_moved(a.due_date, b.due_date)
        out.add("due_date", a, b, sim, a.due_date, b.due_date, flag=date_flag(days), days=days,
                before_raw=a.due_raw, after_raw=b.due_raw)
    if a.status != b.status:
        out.add("status", a, b, sim, a.status, b.status, flag=status_flag(a.status, b.status),
                before_raw=a.status_raw, after_raw=b.status_raw)
    if a.rag != b.rag:
        out.add("rag", a, b, sim, a.rag, b.rag, flag=rag_flag(a.rag, b.rag), before_raw=a.rag_raw,
                after_raw=b.rag_raw)
    if not same_text(a.lead, b.lead):
        out.add("lead", a, b, sim, a.lead, b.lead)


def _compare_milestones(out: _Rows, a: ActionView, b: ActionView, sim: float) -> None:
    pairs = pair_milestones([m.milestone for m in a.milestones], [m.milestone for m in b.milestones])
    for p in pairs:
        ma, mb = a.milestones[p.old], b.milestones[p.new]
        if ma.due_date != mb.due_date:
            days = days_moved(ma.due_date, mb.due_date)
            out.add("milestone_due_date", a, b, sim, ma.due_date, mb.due_date, milestone=mb.milestone,
                    flag=date_flag(days), days=days)
        if ma.status != mb.status:
            out.add("milestone_status", a, b, sim, ma.status, mb.status, milestone=mb.milestone,
                    flag=status_flag(ma.status, mb.status))
    paired_old = {p.old for p in pairs}
    paired_new = {p.new for p in pairs}
    for j, m in enumerate(b.milestones):
        if j not in paired_new:
            out.add("milestone_added", a, b, sim, "", _describe(m), milestone=m.milestone)
    for i, m in enumerate(a.milestones):
        if i not in paired_old:
            out.add("milestone_removed", a, b, sim, _describe(m), "", milestone=m.milestone)


def _describe(m: MilestoneView) -> str:
    return m.milestone + (f" ({m.due_date})" if m.due_date else "")


def different_plans(n_old: int, n_new: int, paired: int) -> str:
    """A warning when two versions share too few actions to be versions of one plan."""
    smaller = min(n_old, n_new)
    if smaller == 0:
        return (f"one version has no actions ({n_old} old, {n_new} new): "
                "check that both files are plans planx can read")
    if paired < SAME_PLAN_SHARE * smaller:
        return (f"these look like two different plans: only {paired} of {smaller} actions pair "
                f"(at least {SAME_PLAN_SHARE:.0%} expected); changes were not listed — "
                f"use {option('force')} to list them anyway")
    return ""


def compare(old: Version, new: Version, force: bool = False, minimum: float | None = None) -> PairResult:
    """Pair the actions of two versions and list every difference."""
    pairs = pair_texts([a.action for a in old.actions], [b.action for b in new.actions],
                       [a.area_ref for a in old.actions], [b.area_ref for b in new.actions],
                       minimum=MIN_SIMILARITY if minimum is None else minimum)
    warning = different_plans(len(old.actions), len(new.actions), len(pairs))
    out = _Rows(old, new)
    if warning and not force:
        return PairResult(old, new, pairs, [], warning)
    by_new = {p.new: p for p in pairs}
    paired_old = {p.old for p in pairs}
    for j, b in enumerate(new.actions):
        p = by_new.get(j)
        if p is None:
            out.add("added", None, b, None, "", "")
            continue
        a = old.actions[p.old]
        _compare_fields(out, a, b, p.similarity)
        _compare_milestones(out, a, b, p.similarity)
    for i, a in enumerate(old.actions):
        if i not in paired_old:
            out.add("removed", a, None, None, "", "")
    return PairResult(old, new, pairs, out.rows, warning)
