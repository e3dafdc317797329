"""A series of versions: follow each action from version to version and count its slips."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planx.audit.diff import SAME_PLAN_SHARE, PairResult, days_moved
from planx.audit.pairing import MIN_SIMILARITY, pair_texts
from planx.audit.versions import ActionView, Version
from planx.normalise.text import fold
from planx.normalise.vocab import MONTHS


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


# ---- an archive's plans: which documents are versions of one plan -------------------------

# words a file name or title adds to say which version it is, not which plan
_VERSION_WORDS = {"v", "ver", "version", "draft", "final", "rev", "revised", "revision", "update", "updated",
                  "copy", "latest", "current", "new", "old", "amended", "issue", "q", "quarter", "qtr",
                  "month", "monthly", "year", "fy", "to", "and", "of", "as", "at", "for", "the"}
_VERSION_MARK = re.compile(r"^(?:v|ver|rev|q|fy)\d+[a-z]?$|^\d+(?:st|nd|rd|th)?$")
# a title this many words long (once dates and version words are set aside) names one plan;
# a shorter one ('Action Plan') is shared by unrelated plans, so it is no evidence
_SPECIFIC_TITLE = 3


def _words(text: str) -> list[str]:
    """A name's or title's words, without the dates and version marks that differ between versions
    ('northfold_plan_2017-03' → northfold plan; 'Plan v2 (June 2016 update)' → plan)."""
    words = re.split(r"[^0-9a-z]+", fold(text))
    return [w for w in words if w and w not in _VERSION_WORDS and w not in MONTHS and not _VERSION_MARK.match(w)]


def name_key(doc: str) -> str:
    return " ".join(_words(Path(doc).stem))


def title_key(title: str) -> str:
    words = _words(title)
    return " ".join(words) if len(words) >= _SPECIFIC_TITLE else ""


def candidates(versions: list[Version]) -> list[list[Version]]:
    """Documents that may be versions of one plan: their file names are the same but for dates
    and version marks, or they carry the same specific title (dates aside)."""
    parent = list(range(len(versions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str], int] = {}
    for i, v in enumerate(versions):
        for key in (("name", name_key(v.doc)), ("title", title_key(v.title))):
            if not key[1]:
                continue
            if key in seen:
                parent[root(i)] = root(seen[key])
            else:
                seen[key] = i
    groups: dict[int, list[Version]] = {}
    for i, v in enumerate(versions):
        groups.setdefault(root(i), []).append(v)
    return list(groups.values())


def paired_share(a: Version, b: Version, minimum: float | None = None) -> float:
    """The share of the smaller version's actions that pair with the other's (0 to 1)."""
    smaller = min(len(a.actions), len(b.actions))
    if not smaller:
        return 0.0
    pairs = pair_texts([x.action for x in a.actions], [x.action for x in b.actions],
                       [x.area_ref for x in a.actions], [x.area_ref for x in b.actions],
                       minimum=MIN_SIMILARITY if minimum is None else minimum)
    return len(pairs) / smaller


def by_date(versions: list[Version]) -> list[Version]:
    return sorted(versions, key=lambda v: (v.plan_date or "9999", v.doc))


def plan_series(versions: list[Version], minimum: float | None = None) -> list[list[Version]]:
    """An archive's documents grouped into plans, each plan's versions oldest plan date first.

    Names and titles say which documents may be versions of one plan (candidates); what they
    hold decides: in date order, a document continues the series whose latest version shares
    the most of its actions (at least SAME_PLAN_SHARE of the smaller version's), or starts a
    series of its own. Councils reuse titles and file names across plans: a title alone would
    join unrelated plans, content alone would compare every pair of an archive."""
    out: list[list[Version]] = []
    for group in candidates(versions):
        series: list[list[Version]] = []
        for v in by_date(group):
            shares = [(paired_share(s[-1], v, minimum), k) for k, s in enumerate(series)]
            best = max(shares, default=(0.0, -1))
            if best[0] >= SAME_PLAN_SHARE:
                series[best[1]].append(v)
            else:
                series.append([v])
        out += series
    return sorted(out, key=lambda g: min(v.doc for v in g))
