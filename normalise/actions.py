"""A finished Draft (raw pieces per field) → a clean contract Action with milestones and ratings."""
from __future__ import annotations

from normalise.codes import rag_of, rag_of_colour, status_of
from normalise.dates import PlanDate, due_date, find_dates, latest
from normalise.milestones import leading_number, split_numbered
from normalise.records import Action, Milestone, Rating
from normalise.structure import Draft
from normalise.text import clean, squash

TEXT_FIELDS = ("objective", "outcome", "action", "measure", "lead", "responsible", "progress")


def combined_status(statuses: list[str]) -> str:
    """An action's status from its milestones' (all agree → that; a mix → in_progress)."""
    if not statuses or any(not s for s in statuses):
        return ""
    kinds = set(statuses)
    if len(kinds) == 1:
        return statuses[0]
    if "delayed" in kinds:
        return "delayed"
    return "in_progress"


def lines_as_items(text: str, numbered: list[tuple[int, str]] | None) -> list[tuple[int, str]] | None:
    """Unnumbered milestone lines ('Template redesigned' / 'Template live') as items 1, 2 … when the
    dates or statuses beside them are numbered with as many items (Word lost the auto-numbers)."""
    lines = [squash(ln) for ln in text.splitlines() if squash(ln)]
    if not numbered or len(lines) < 2 or len(lines) != len(numbered):
        return None
    return list(enumerate(lines, 1))


def build_milestones(draft: Draft, year: int | None) -> list[Milestone]:
    text, due, status = draft.text("milestones"), draft.text("due"), draft.text("status")
    if not text.strip():
        return []
    numbered_dues, numbered_statuses = split_numbered(squash(due)), split_numbered(squash(status))
    items = split_numbered(squash(text)) or lines_as_items(text, numbered_dues or numbered_statuses) \
        or [(1, squash(text))]
    dues = dict(numbered_dues or ([(1, squash(due))] if due.strip() else []))
    statuses = dict(numbered_statuses or ([(1, squash(status))] if status.strip() else []))
    single = len(items) == 1
    out = []
    for number, item in items:
        # a single milestone takes the whole cell, unless the cell numbers it too ('1) Jun 15')
        m_due = dues.get(number, "") if not single or numbered_dues else squash(due)
        m_status = statuses.get(number, "") if not single or numbered_statuses else squash(status)
        dates = find_dates(m_due, year)
        last = latest(dates)
        out.append(Milestone(milestone=clean(item), due_raw=m_due, due_date=last.iso() if last else "",
                             status=status_of(m_status), status_raw=m_status))
    return out


def build_action(draft: Draft, plan: PlanDate | None, rag_numbers: dict[str, str],
                 warnings: list[str]) -> Action:
    year = plan.year if plan else None
    ctx = draft.context
    a = Action(area_ref=ctx.get("area_ref", ""), area=clean(ctx.get("area", "")),
               area_lead=clean(ctx.get("area_lead", "")), timeframe=ctx.get("timeframe", ""),
               page=draft.page, line=draft.line, table=draft.table)
    for name in TEXT_FIELDS:
        setattr(a, name, clean(draft.text(name)))
    _, a.action = leading_number(a.action)
    a.due_raw = squash(draft.text("due"))
    a.due_date = due_date(a.due_raw, year)
    a.status_raw = squash(draft.text("status"))
    a.milestones = build_milestones(draft, year)
    numbered_status = split_numbered(a.status_raw)
    if a.milestones and numbered_status:
        a.status = combined_status([m.status for m in a.milestones])
    else:
        a.status = status_of(a.status_raw)
    a.rag_raw = squash(draft.text("rag"))
    a.rag = rag_of(a.rag_raw, rag_numbers)
    if not a.rag_raw and draft.fills.get("rag"):
        a.rag_raw = draft.fills["rag"]
        a.rag = rag_of_colour(a.rag_raw)
    elif a.rag_raw and draft.fills.get("rag"):
        by_colour = rag_of_colour(draft.fills["rag"])
        # 'A/G' on a green fill agrees: the colour is one half of the pair
        if by_colour and a.rag and by_colour not in a.rag.split("_"):
            warnings.append(f"action {a.action[:40]!r}: RAG text {a.rag_raw!r} disagrees with fill "
                            f"{draft.fills['rag']} ({by_colour})")
    if a.rag_raw and not a.rag and a.rag_raw.strip().isdigit():
        warnings.append(f"RAG {a.rag_raw!r} is a number with no RAG key in the plan: kept in rag_raw only")
    for label, raw, fill in draft.ratings:
        dates = find_dates(label.split(None, 1)[1] if " " in label else "", year)
        r = Rating(label=label, as_of=dates[0].iso() if dates else "", rag_raw=squash(raw))
        r.rag = rag_of(r.rag_raw, rag_numbers)
        if not r.rag_raw and fill:
            r.rag_raw, r.rag = fill, rag_of_colour(fill)
        a.ratings.append(r)
    if not a.rag_raw and a.ratings:
        last = next((r for r in reversed(a.ratings) if r.rag_raw), None)
        if last:
            a.rag, a.rag_raw = last.rag, last.rag_raw
    return a
