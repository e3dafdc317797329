"""A series of versions: follow each action from version to version and count its slips."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planx.audit.diff import PairResult, days_moved
from planx.audit.versions import ActionView, Version


@dataclass
class Chain:
    """One action through the versions it appears in: (version index, action) steps."""
    steps: list[tuple[int, ActionView]] = field(default_factory=list)


def chains(versions: list[Version], results: list[PairResult]) -> list[Chain]:
    """Actions linked across consecutive versions; an action added later starts its own chain."""
    open_chains: dict[int, Chain] = {}  # action index in the current version → its chain
    out: list[Chain] = []
    for i, a in enumerate(versions[0].actions):
        c = Chain([(0, a)])
        open_chains[i] = c
        out.append(c)
    for k, res in enumerate(results, 1):
        nxt: dict[int, Chain] = {}
        by_new = {p.new: p.old for p in res.pairs}
        for j, b in enumerate(versions[k].actions):
            found = open_chains.get(by_new[j]) if j in by_new else None
            if found is None:
                found = Chain()
                out.append(found)
            c = found
            c.steps.append((k, b))
            nxt[j] = c
        open_chains = nxt
    return out


def series_name(versions: list[Version]) -> str:
    return " → ".join(v.doc for v in versions)


def timeline_rows(versions: list[Version], results: list[PairResult]) -> list[dict[str, Any]]:
    """One row per action of the series: its due dates in order, how often and how far they slipped."""
    name = series_name(versions)
    rows = []
    for n, c in enumerate(chains(versions, results), 1):
        slips, days, history = 0, 0, []
        prev = ""
        for k, a in c.steps:
            moved = days_moved(prev, a.due_date) if prev and a.due_date else None
            if moved and moved > 0:
                slips, days = slips + 1, days + moved
            note = f" ({moved:+d} d)" if moved else ""
            history.append(f"{versions[k].doc}: {a.due_date or '-'}{note}")
            prev = a.due_date or prev
        first, last = c.steps[0], c.steps[-1]
        rows.append({"series": name, "chain": n, "doc": versions[last[0]].doc, "seq": last[1].seq,
                     "action": last[1].action, "area_ref": last[1].area_ref, "versions": len(c.steps),
                     "first_doc": versions[first[0]].doc, "last_doc": versions[last[0]].doc,
                     "first_due_date": first[1].due_date, "last_due_date": last[1].due_date,
                     "slip_count": slips, "days_slipped": days, "history": "; ".join(history)})
    return rows
