"""Outline numbering decides level: an action and the sub-items numbered under it.

Plans number their work as an outline, in one table, in a table per aim, or in nested lists:

    1.1    Establish a single front door           Head of Early Help   Sep-25
    1.1.1  Agree the terms of reference                                 May-25   Complete
    1.1.2  Launch the service to the public                             Sep-25   In progress

A row whose reference extends an earlier row's ('1.1.1' under '1.1', '2.3a' and '2.3 (i)' under
'2.3', '2.3.a' under '2.3') is its child. A person reads the children as the action's milestones
when they are its steps, not pieces of work of their own: the children name no owner while the
action does, the action prints no status of its own (its children do), its date is the latest of
theirs or later, the column heading names milestones or sub-actions. Children that name their own
owner are actions of their own and stay so. The evidence is weighed family by family
(OUTLINE_SCORE), and the decision and its evidence go into the document's warnings.

Children read as milestones become the action's milestone rows, the same rows a headed section's
table gives (Draft.sub_rows with milestone_rows, normalise/sections.py): build_action reads their
dates and statuses, and an action that prints no status takes its milestones' combined
(actions.milestones_status). A child's cells no milestone field takes are kept aside.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from planx.extract.model import RawDocument, Table
from planx.normalise.dates import PlanDate, find_dates
from planx.normalise.draft import Draft
from planx.normalise.headers import GROUP_BREAK
from planx.normalise.text import fold, squash
from planx.normalise.vocab import OUTLINE_PART_WORDS

OUTLINE_SCORE = 0.6  # a family's children are read as milestones at this weight of evidence

# '1.1.1', '2.3.a', '1.1a', '1.1 (i)', '1.1(b)', '1.1.2)', '1.3 a)': numbers joined by stops, then
# perhaps a letter or a bracketed letter or roman number (or one closed by a bracket after a space)
_REF = re.compile(r"^\s*(?P<nums>\d{1,2}(?:\.\d{1,2})*)(?:\.?(?P<letter>[a-z])\b|\s?\((?P<sub>[a-z]|[ivx]{1,4})\)"
                  r"|\s(?P<item>[a-z]|[ivx]{1,4})\))?"
                  r"[.)]?(?=\s|$)")
_MILESTONE_FIELDS = {"action": "milestones", "milestones": "milestones", "due": "due", "status": "status"}
_OWNER_FIELDS = ("lead", "responsible")

KeepAside = Callable[[str, str, int, int, int], None]  # (text, reason, page, table, line)


def ref_parts(ref: str) -> tuple[str, ...] | None:
    """The levels of an outline reference ('1.1.1' → ('1', '1', '1'); '2.3a' → ('2', '3', 'a');
    '1.1 (ii)' → ('1', '1', 'ii')); None for text that is no such reference."""
    m = _REF.match(ref)
    if m is None or ref[m.end():].strip():
        return None
    if m.group("item") and "." not in m.group("nums"):
        return None  # '3 a)' opens a lettered list item under a plain number, no outline reference
    parts = tuple(str(int(n)) for n in m.group("nums").split("."))
    extra = m.group("letter") or m.group("sub") or m.group("item")
    return parts + (extra,) if extra else parts


def leading_ref(text: str) -> tuple[str, str] | None:
    """(the reference, the rest) of a text that opens with a reference of two levels or more
    ('1.1.2 Train all team managers'); None otherwise (a plain '3.' is a list number)."""
    m = _REF.match(text)
    if m is None or not text[m.end():].strip():
        return None
    parts = ref_parts(m.group(0).strip())
    if parts is None or len(parts) < 2:
        return None
    return m.group(0).strip(), text[m.end():].strip()


@dataclass
class _Item:
    index: int  # in the draft list
    draft: Draft
    parts: tuple[str, ...]
    parent: int | None = None  # index of the nearest earlier item whose reference it extends
    children: list[int] = field(default_factory=list)


def _items(drafts: list[Draft]) -> list[_Item]:
    """Every draft with an outline reference (its ref field, or a reference its action text opens
    with, which becomes its ref), linked to its parent."""
    items: list[_Item] = []
    for i, d in enumerate(drafts):
        ref = squash(d.text("ref")).strip(" .")
        if not ref:
            lead = leading_ref(squash(d.text("action")))
            if lead is not None:  # '1.1.2 Train all team managers': the number is its reference
                ref = lead[0]
                d.pieces["ref"] = [ref]
                d.pieces["action"] = [lead[1]]
        parts = ref_parts(ref) if ref else None
        if parts is not None:
            items.append(_Item(i, d, parts))
    stack: list[_Item] = []
    for item in items:
        while stack and not (_extends(item.parts, stack[-1].parts) and _same_table(item, stack[-1])):
            stack.pop()
        if stack:
            item.parent = stack[-1].index
            stack[-1].children.append(item.index)
        stack.append(item)
    return items


def _same_table(child: _Item, parent: _Item) -> bool:
    """A sub-item is in its action's table, or in the next one (the table going on over a page
    break): a '1.1' in a later table is no part of a summary table's row '1'."""
    return 0 <= child.draft.table - parent.draft.table <= 1


def _extends(child: tuple[str, ...], parent: tuple[str, ...]) -> bool:
    return len(child) > len(parent) and child[:len(parent)] == parent


def _latest(text: str, year: int | None) -> PlanDate | None:
    dates = find_dates(text, year)
    return max(dates, key=PlanDate.end_key) if dates else None


@dataclass
class Family:
    parent: Draft
    children: list[Draft]
    score: float = 0.0
    evidence: list[str] = field(default_factory=list)
    owned: bool = False  # the children name owners of their own


def weigh(family: Family, part_heading: bool, year: int | None) -> None:
    """The family's score for 'the children are the parent's milestones', and its evidence."""
    p, kids = family.parent, family.children
    # an owner a sub-item shares with the action is the action's, a cell merged down over its steps
    # (HTML rowspan, Word's vertical merge), not one of its own
    if any(any(k.text(f).strip() and squash(k.text(f)) != squash(p.text(f)) for f in _OWNER_FIELDS) for k in kids):
        family.owned, family.score = True, 0.0
        family.evidence = ["the sub-items name owners of their own"]
        return
    score, why = 0.0, []
    if any(p.text(f).strip() for f in _OWNER_FIELDS):
        score += 0.3
        why.append("the action names an owner, its sub-items none")
    if all(k.unlabelled_part for k in kids) and not p.unlabelled_part:
        # in a list only an item printing its labels ('Lead: …', 'Timescale: …') is an action: lines
        # numbered under one that print none are its parts
        score += 0.4
        why.append("the sub-items print no labels of their own, the action does")
    if not p.text("status").strip() and any(k.text("status").strip() for k in kids):
        score += 0.2
        why.append("the action prints no status, its sub-items do")
    own, theirs = _latest(p.text("due"), year), [_latest(k.text("due"), year) for k in kids]
    dated = [d for d in theirs if d is not None]
    if own is not None and dated and own.end_key() >= max(d.end_key() for d in dated):
        score += 0.2
        why.append("the action's date is its sub-items' latest or later")
    elif own is not None and dated:
        score -= 0.2
        why.append("a sub-item is due after the action")
    if part_heading:
        score += 0.3
        why.append("the column heading names milestones or sub-actions")
    if dated and len(dated) * 2 >= len(kids):
        score += 0.1
        why.append("the sub-items are dated")
    family.score, family.evidence = round(score, 2), why


def part_headings(raw: RawDocument) -> set[int]:
    """The tables whose heading row names milestones or sub-actions ('Action and key milestones',
    'Actions / sub-actions'): evidence that their sub-items are an action's parts."""
    out: set[int] = set()
    for b in raw.blocks:
        if isinstance(b, Table) and b.rows:
            heads = b.rows[:1]
            first = b.rows[0].cells
            if len(b.rows) > 1 and sum(bool(c.text.strip()) for c in first) * 2 < len(first):
                # a sparse first row is a spanning heading ('RAG 2025/26' over 'Q1 | Q2'), the
                # column headings under it
                heads = b.rows[:2]
            head = " ".join(fold(c.text) for r in heads for c in r.cells[:4])
            if any(re.search(rf"\b{re.escape(fold(w))}\b", head) for w in OUTLINE_PART_WORDS):
                out.add(b.index)
    return out


def _as_milestone_rows(parent: Draft, kids: list[Draft], keep: KeepAside, structure: list[str]) -> None:
    """The children become the parent's milestone rows; their other cells are kept aside."""
    rows = [r for r in parent.sub_rows if r.get("milestones", "").strip()]
    for k in kids:
        row = {}
        for name, pieces in k.pieces.items():
            text = " ".join(pieces)
            if name in _MILESTONE_FIELDS and _MILESTONE_FIELDS[name] not in row:
                row[_MILESTONE_FIELDS[name]] = text
            elif name == "ref":
                structure.append(text)  # the sub-item's number: structure, kept as such
            else:
                keep(text, f"cell of sub-item read as a milestone ({name})", k.page, k.table, k.line)
        for label, raw, fill in k.ratings:
            keep(raw or fill or "", f"rating of sub-item read as a milestone ({label.replace(GROUP_BREAK, ' ')})",
                 k.page, k.table, k.line)
        for label, raw, _ in k.periods:
            keep(raw, f"period of sub-item read as a milestone ({label})", k.page, k.table, k.line)
        if row.get("milestones", "").strip():
            rows.append(row)
    parent.sub_rows = rows
    parent.milestone_rows = True


def read_outline(drafts: list[Draft], raw: RawDocument, keep: KeepAside, structure: list[str],
                 warnings: list[str], year: int | None = None) -> list[Draft]:
    """The drafts, with the sub-items of each action that a person reads as its milestones folded
    into it (deepest families first); a warning per decision gives the evidence."""
    items = _items(drafts)
    by_index = {it.index: it for it in items}
    parts_headed = part_headings(raw)
    folded: set[int] = set()
    read, kept = [], []
    for item in sorted((it for it in items if it.children), key=lambda it: -len(it.parts)):
        kids = [by_index[c] for c in item.children]
        if any(k.children and not all(c in folded for c in k.children) for k in kids):
            continue  # a child with sub-items of its own that stay actions is a piece of work
        if any(k.children for k in kids):
            kept.append((item, Family(item.draft, [k.draft for k in kids], 0.0,
                                      ["its sub-items have milestones of their own"])))
            continue
        family = Family(item.draft, [k.draft for k in kids])
        weigh(family, item.draft.table in parts_headed, year)
        if family.score >= OUTLINE_SCORE:
            _as_milestone_rows(item.draft, family.children, keep, structure)
            folded.update(item.children)
            read.append((item, family))
        else:
            kept.append((item, family))
    if read:
        refs = ", ".join(squash(it.draft.text("ref")) for it, _ in read[:6])
        why = "; ".join(dict.fromkeys(e for _, f in read for e in f.evidence))
        warnings.append(f"outline numbering: {len(read)} action(s) ({refs}{' …' if len(read) > 6 else ''}) read "
                        f"with the sub-items numbered under them as their milestones ({why})")
    kept = [(it, f) for it, f in kept if f.owned or f.score > 0]  # a near miss, or owners: say why
    if kept:
        refs = ", ".join(squash(it.draft.text("ref")) for it, _ in kept[:6])
        why = "; ".join(dict.fromkeys(e for _, f in kept for e in f.evidence))
        warnings.append(f"outline numbering: the sub-items under {len(kept)} row(s) ({refs}"
                        f"{' …' if len(kept) > 6 else ''}) kept as actions of their own ({why})")
    return [d for i, d in enumerate(drafts) if i not in folded]
