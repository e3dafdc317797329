"""Tables of activities by phase of an emergency: standing arrangements, not the plan's actions.

A strategy, an emergency or a heat-health plan often sets out what is done in each phase of the
emergency-management cycle, whenever an event comes:

    Phase          Stage         Activities
    Prevention     Prevention    > Review the strategy  > Incorporate lessons learned …
    Preparedness   Preparedness  > Raise awareness of heat …
    Response       Standby       > Surveillance and early warning …
                   Stand down    > …
    Recovery       Recovery      > Debrief and evaluate …

Read under its headings, 'Activities' reads as the action and each phase as its area: a phase's
standing arrangements (triggered by the event, repeated at every event, owned by no one named) become
actions. A plan's actions are to be done by someone, by a date, or tracked; these rows are keyed by
the moment they happen. The reader asks this module (Walker.phase_table) beside the tables of duties;
such a table's rows give no actions and stay in leftovers with the reason.

The evidence, weighed together:
- a column left of the action whose filled cells are all phases or stages of the emergency cycle
  (vocab.EMERGENCY_PHASES: 'Prevention', 'Preparedness', 'Response', 'Recovery', 'Standby', 'Stand
  down'), at least PHASE_MIN_DISTINCT different ones over at least PHASE_MIN_ROWS rows;
- no column of the table says who, when, how far or in what state (a lead, a due date, a status or
  RAG, progress, milestones): a table that names who leads each activity or by when is a plan
  arranged by phase, and its rows stay actions.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.normalise.text import fold, squash
from planx.normalise.vocab import EMERGENCY_PHASES

PHASE_MIN_ROWS = 2  # rows keyed by a phase (a table broken over pages shows a part of the cycle)
PHASE_MIN_DISTINCT = 2  # different phases or stages among them
# fields that make the table a plan's, whatever its rows are keyed by: who, when, how far, in what state
PLAN_FIELDS = frozenset({"lead", "responsible", "due", "status", "rag", "rating", "progress", "milestones",
                         "measure"})

_NOT_WORD = re.compile(r"[^a-z]+")


def _phase(text: str) -> str:
    """The phase a cell names ('Stand down', 'Pre-season'), folded, or '' when it names none."""
    key = _NOT_WORD.sub(" ", fold(squash(text))).strip()
    return key if key in EMERGENCY_PHASES else ""


def _repeats_headings(row: Sequence[str], labels: Sequence[str]) -> bool:
    """A row that prints the headings again (a table broken over a page, its heading row repeated)."""
    same = sum(1 for t, label in zip(row, labels, strict=False) if t.strip() and squash(fold(t)) == squash(fold(label)))
    return same >= 2 and 2 * same >= sum(1 for t in row if t.strip())


def phases_table(labels: Sequence[str], fields: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Why a table whose headings are `labels`, read as `fields` (one per column), over `rows` (one
    text per column) sets out activities by phase of an emergency rather than actions, or '' when
    it does not."""
    if "action" not in fields or any(f in PLAN_FIELDS for f in fields):
        return ""
    action = list(fields).index("action")
    data = [list(r) + [""] * (len(labels) - len(r)) for r in rows
            if any(t.strip() for t in r) and not _repeats_headings(r, labels)]
    if len(data) < PHASE_MIN_ROWS:
        return ""
    for k in range(action):
        cells = [r[k] for r in data if r[k].strip()]
        phases = [_phase(t) for t in cells]
        if len(cells) >= PHASE_MIN_ROWS and all(phases) and len(set(phases)) >= PHASE_MIN_DISTINCT:
            named = ", ".join(dict.fromkeys(squash(t) for t in cells[:4]))
            return (f"its rows are keyed by phases of an emergency under '{squash(labels[k]) or 'no heading'}' "
                    f"({named}) and no column says who, when, how far or in what state: what is done whenever "
                    f"an event comes")
    return ""


__all__ = ["phases_table"]
