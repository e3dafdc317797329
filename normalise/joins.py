"""A plan printed as two tables keyed by reference: the plan ('Ref | Action | Lead | Target date'),
then its progress report ('Ref | Status | RAG | Progress this quarter'), whose rows say nothing of
what is to be done and name their action only by its reference. Each such row belongs to the
action of that reference: its cells fill that action's empty fields.

Evidence, all of it needed: the rows come from another table than their actions; two or more of
them, and nearly all the rows of their table that carry a reference (a table keyed by reference,
not a stray row); each reference names exactly one action; a row fills at least one field the
action leaves empty and contradicts none it fills."""
from __future__ import annotations

from collections import defaultdict

from planx.normalise.records import Action

# the fields a report row may fill: what it says of an action's delivery, never what the action is
JOINED_FIELDS = ("lead", "responsible", "due_raw", "due_date", "status", "status_raw", "rag", "rag_raw",
                 "progress")
KEYED_SHARE = 0.8  # of a table's rows with a reference: those that must name one action each


def has_text(a: Action) -> bool:
    return any((a.action, a.outcome, a.objective, a.measure))


def ref_key(ref: str) -> str:
    return " ".join(ref.split()).casefold().rstrip(".")


def join_by_ref(actions: list[Action]) -> list[Action]:
    """The actions with the rows of a report keyed by reference joined into them (see the module's
    note); those rows are gone from the list, every cell of theirs now in its action's fields."""
    by_ref: dict[str, list[Action]] = defaultdict(list)
    for a in actions:
        if has_text(a) and a.ref:
            by_ref[ref_key(a.ref)].append(a)
    reports: dict[int, list[Action]] = defaultdict(list)
    for a in actions:
        if not has_text(a) and a.ref:
            reports[a.table].append(a)
    joined: set[int] = set()
    for rows in reports.values():
        pairs = [(row, targets[0]) for row in rows
                 if len(targets := by_ref.get(ref_key(row.ref), [])) == 1 and targets[0].table != row.table
                 and fits(row, targets[0])]
        if len(pairs) < 2 or len(pairs) < KEYED_SHARE * len(rows):
            continue
        for row, target in pairs:
            for name in JOINED_FIELDS:
                if getattr(row, name) and not getattr(target, name):
                    setattr(target, name, getattr(row, name))
            target.ratings += row.ratings
            target.milestones += row.milestones
            joined.add(id(row))
    return [a for a in actions if id(a) not in joined]


def fits(row: Action, target: Action) -> bool:
    """The row fills a field the action leaves empty and contradicts none the action fills."""
    fills = False
    for name in JOINED_FIELDS:
        mine, theirs = getattr(row, name), getattr(target, name)
        if mine and theirs and " ".join(mine.split()) != " ".join(theirs.split()):
            return False
        fills = fills or bool(mine and not theirs)
    return fills
