"""Consistency findings within one version of a plan, each with a stable code and evidence.

Codes (stable: BI filters and tests key on them):
  overdue_not_complete      due date before the plan's own date, status or RAG given and not complete
  green_but_behind          RAG green while the status is delayed or the progress text says behind
  complete_open_milestones  action complete while some of its milestones are not
  milestone_after_action    a milestone due after its action is due
  no_lead                   no lead, responsible officer or area lead
  no_date                   no due date can be read (nor a timeframe such as "Within three months")
  duplicate_action          the same action printed twice
"""
from __future__ import annotations

import re
from typing import Any

import numpy as np

from planx.audit.diff import DONE, date_end, date_start
from planx.audit.pairing import text_matrix
from planx.audit.versions import ActionView, Version
from planx.normalise.text import fold

CODES = ["overdue_not_complete", "green_but_behind", "complete_open_milestones", "milestone_after_action",
         "no_lead", "no_date", "duplicate_action"]
# progress text that admits the action is behind (word boundaries: "late" not in "template")
BEHIND = re.compile(r"\b(behind|delay(ed|s)?|slipp(ed|age)|overdue|off track|not on track|at risk|"
                    r"late|postponed|on hold|not (yet )?(achieved|met))\b")
OPEN = {"in_progress", "not_started", "delayed", "ongoing"}
DUPLICATE_MIN = 95.0


def _finding(v: Version, code: str, a: ActionView, evidence: str) -> dict[str, Any]:
    return {"doc": v.doc, "code": code, "action_seq": a.seq, "evidence": evidence, "action": a.action,
            "page": a.page or None, "line": a.line or None, "table_no": a.table or None}


def _printed(value: str, raw: str) -> str:
    return f"{value or '(none)'}" + (f" (printed {raw!r})" if raw and raw != value else "")


def _overdue(v: Version, a: ActionView) -> str:
    plan, due = date_start(v.plan_date) if v.plan_date else None, date_end(a.due_date) if a.due_date else None
    if not plan or not due or due >= plan or a.status in DONE or a.rag == "blue":
        return ""
    if not (a.status or a.rag):  # the plan records no progress for it: nothing says it is not complete
        return ""
    return (f"due {_printed(a.due_date, a.due_raw)} before the plan's date {v.plan_date}; "
            f"status {_printed(a.status, a.status_raw)}")


def _green_but_behind(a: ActionView) -> str:
    if a.rag != "green":
        return ""
    if a.status == "delayed":
        return f"RAG {_printed(a.rag, a.rag_raw)} but status {_printed(a.status, a.status_raw)}"
    m = BEHIND.search(fold(a.progress))
    if m:
        return f"RAG {_printed(a.rag, a.rag_raw)} but progress says {m.group(0)!r}: {a.progress[:160]}"
    return ""


def _open_milestones(a: ActionView) -> str:
    if a.status != "complete":
        return ""
    open_ = [m for m in a.milestones if m.status in OPEN]
    if not open_:
        return ""
    return "status complete but milestone(s) " + "; ".join(f"{m.seq}. {m.milestone} ({m.status})" for m in open_)


def _late_milestones(a: ActionView) -> str:
    due = date_end(a.due_date) if a.due_date else None
    if not due:
        return ""
    late = [m for m in a.milestones if m.due_date and (date_end(m.due_date) or due) > due]
    if not late:
        return ""
    return f"action due {a.due_date}; milestone(s) " + "; ".join(f"{m.seq}. {m.milestone} due {m.due_date}"
                                                                 for m in late)


def _duplicates(v: Version) -> list[dict[str, Any]]:
    """Later copies of an action printed earlier in the same version."""
    texts = [a.action for a in v.actions]
    if len(texts) < 2:
        return []
    sim = text_matrix(texts, texts)
    out = []
    for j in range(1, len(texts)):
        if not fold(texts[j]):
            continue
        earlier = np.flatnonzero(sim[:j, j] >= DUPLICATE_MIN)
        if earlier.size:
            i = int(earlier[0])
            out.append(_finding(v, "duplicate_action", v.actions[j],
                                f"same as action {v.actions[i].seq} ({sim[i, j]:.0f}% alike): {texts[i][:160]}"))
    return out


def findings(v: Version) -> list[dict[str, Any]]:
    """Every consistency finding of one version, in action order, then duplicates."""
    out = []
    for a in v.actions:
        checks = [("overdue_not_complete", _overdue(v, a)), ("green_but_behind", _green_but_behind(a)),
                  ("complete_open_milestones", _open_milestones(a)),
                  ("milestone_after_action", _late_milestones(a))]
        if not (a.lead or a.responsible or a.area_lead):
            checks.append(("no_lead", "no lead, responsible officer or area lead printed"))
        if not a.due_date and not a.timeframe:
            checks.append(("no_date", f"no date in the due cell {a.due_raw!r}" if a.due_raw else "no due date"))
        out += [_finding(v, code, a, ev) for code, ev in checks if ev]
    return out + _duplicates(v)
