"""A numbered outline under labelled blocks: strategies 'n.0' over their actions 'n.m:'.

    FOOD AVAILABILITY
        Vulnerability: The supply of milk in Boston is vulnerable to longer-term disruptions
        Lead agency or organization: Massachusetts Food Association, Office of Food Initiatives
    2.0 Diversify milk supply to retail outlets.
        2.1: Review existing contingency plans at Suiza and Hood …
        2.2: Convene grocery and corner store owners …

A reader reads it as a plan: each item numbered under its parent ('2.1' under '2.0', or under '2')
is an action; the parent it sits under is the objective those actions serve; the block of 'Label:
value' lines over the parent says who leads (the label that names an owner: 'Lead agency or
organization', 'Lead', 'Owner') and holds other notes (the 'Vulnerability' the strategy answers,
which no contract field takes: kept as a column the walker keeps aside); the heading above the
blocks ('FOOD AVAILABILITY') is their area. A parent printed with no labelled block of its own
('4.0' after '3.0''s items) stays under the last block's labels, as a reader takes it.

The evidence of the shape: a block's labels recur (each label opens two lines or more), one of them
names an owner, and two parents or more each hold items numbered under them (three items or more
in all). The longest sentences then are not the actions: the numbered items are, whatever the
labels' values say. A text layer that ran an item into the next ('7.1: … 7.2: …') or a label into
the next ('Vulnerability: … Lead agency or organization: …') is parted at the next item's number
(under the same parent) and at the labels the document opens its lines with. A wrapped line of plain
text (no number, no label) continues the item, label or parent above it.

The outline is set out as an `Area | Objective | Ref | Action | <labels…>` table for the walker, in
the place of the lines it was read from; lines it does not take (a page's 'continued') stay where
they were, after the table.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from planx.extract.model import Block, Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.text import squash, words_over

_PARENT = re.compile(r"^(?P<n>\d{1,2})(?:\.0)?[.:)]?\s+(?P<text>\S.*)$", re.S)
_CHILD = re.compile(r"^(?P<n>\d{1,2})\.(?P<m>\d{1,2})[:.)]?\s+(?P<text>\S.*)$", re.S)
_DEEPER = re.compile(r"^\d{1,2}\.\d{1,2}\.\d")
_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z'’&/(), -]{1,60}?)\s*:\s+(?P<value>\S.*)$", re.S)
_MAX_LABEL_WORDS = 6
_MIN_LABEL_LINES = 2  # a label opens this many lines at least
_MIN_PARENTS = 2
_MIN_CHILDREN = 3
_OWNER_FIELDS = ("lead", "responsible")
_HEADING_WORDS = 8


@dataclass
class _Item:
    ref: str
    text: str
    page: int
    line: int
    objective: str = ""
    area: str = ""
    labels: dict[str, str] = field(default_factory=dict)


def _labels_of(blocks: list[Block]) -> list[str]:
    """The labels that open two lines or more ('Vulnerability', 'Lead agency or organization'),
    read also where a text layer ran them into the line above."""
    counts: dict[str, int] = {}
    for b in blocks:
        if isinstance(b, Paragraph):
            m = _LABEL.match(squash(b.text))
            if m and not words_over(m.group("label"), _MAX_LABEL_WORDS):
                counts[m.group("label")] = counts.get(m.group("label"), 0) + 1
    return [label for label, n in counts.items() if n >= _MIN_LABEL_LINES]


def _parted(text: str, labels: list[str]) -> list[str]:
    """A paragraph parted where a text layer ran the next item ('… 7.2: Review …') or a known
    label ('… Lead agency or organization: …') into it."""
    text = squash(text)
    cuts = [m.start() + 1 for m in re.finditer(r"\s\d{1,2}\.\d{1,2}:\s", text)]
    for label in labels:
        cuts += [m.start() + 1 for m in re.finditer(rf"\s{re.escape(label)}\s*:\s", text)]
    parts, last = [], 0
    for c in sorted(set(cuts)):
        parts.append(text[last:c].strip())
        last = c
    parts.append(text[last:].strip())
    return [p for p in parts if p]


def _is_heading(p: Paragraph) -> bool:
    text = squash(p.text)
    words = text.split()
    if not words or len(words) > _HEADING_WORDS or text.endswith((".", ":", ";", ",")):
        return False
    return p.heading or (text.upper() == text and any(c.isalpha() for c in text))


def _ends_sentence(text: str) -> bool:
    return squash(text).endswith((".", "!", "?"))


def _wraps(part: str) -> bool:
    """A line that reads as the rest of a sentence: it opens in lower case and closes one, or runs on."""
    return part[:1].islower() and (_ends_sentence(part) or words_over(part, 2))


def _page_edge(blocks: list[Block], k: int) -> bool:
    """Whether blocks[k] is the last line of its page or the first of the next (a running footer or
    header a text file keeps)."""
    page = blocks[k].page
    return (k + 1 < len(blocks) and blocks[k + 1].page != page) or (k > 0 and blocks[k - 1].page != page)


_Read = tuple[int, str, Paragraph, dict[str, str]]  # (index, label, its line, its block's labels)
_Region = tuple[list[_Item], list[int], int, list[_Read]]


def _read_region(blocks: list[Block], start: int, labels: list[str]) -> _Region:
    """The items of the outline that opens at blocks[start] (a labelled line or a parent), the
    indices of the blocks inside it that it does not take, the index after its last item, and the
    labelled blocks read (each label's value with the line it was printed on)."""
    items: list[_Item] = []
    read: list[_Read] = []
    skipped: list[int] = []
    area = ""
    before = blocks[start - 1] if start else None
    if isinstance(before, Paragraph) and _is_heading(before):
        area = squash(before.text)
    block_labels: dict[str, str] = {}
    fresh = False  # labels read since the last parent
    parent: list[str] = []  # [number, text] of the parent the items sit under
    last: _Item | dict[str, str] | list[str] | None = None  # what a wrapped line continues
    last_text = ""
    last_label = ""
    end = start
    k = start
    while k < len(blocks):
        b = blocks[k]
        if not isinstance(b, Paragraph):
            break
        text = squash(b.text)
        if _is_heading(b) and not _CHILD.match(text) and not _PARENT.match(text):
            area = text  # a section's heading (or its page's repeat): the area of what follows
            k += 1
            continue
        took = False
        for part in _parted(b.text, labels):
            child = _CHILD.match(part)
            label = _LABEL.match(part)
            parent_m = _PARENT.match(part) if not child else None
            if child and child.group("m") == "0":
                parent_m, child = _PARENT.match(f"{child.group('n')} {child.group('text')}"), None
            if label and label.group("label") in labels:
                if not fresh:
                    block_labels = {}
                fresh = True
                last_label = label.group("label")
                block_labels[last_label] = squash(label.group("value"))
                read.append((k, last_label, b, block_labels))
                last = block_labels
            elif child and fresh:
                # labels between the items, not over their parent ('1.1 …' / 'Lead: …' / '1.2 …'):
                # each item's own form, which the readers of labelled lines read; not this shape
                return [], [], start, []
            elif child and parent and child.group("n") == parent[0]:
                it = _Item(f"{child.group('n')}.{child.group('m')}", squash(child.group("text")), b.page, b.line,
                           parent[1], area, dict(block_labels))
                items.append(it)
                last = it
                end = k + 1
            elif parent_m and (items or block_labels) and _opens_children(blocks, k, parent_m.group("n"), labels):
                parent = [parent_m.group("n"), squash(parent_m.group("text"))]
                fresh = False
                last = parent
            elif _DEEPER.match(part):
                return [], [], start, []  # '1.1.1' under an item: an outline of three levels, not this shape
            elif last is not None and not label and not parent_m and not child \
                    and (not _ends_sentence(last_text) or _wraps(part)):
                if isinstance(last, _Item):
                    last.text = f"{last.text} {part}"
                elif isinstance(last, dict):
                    last[last_label] = f"{last[last_label]} {part}"
                else:
                    last[1] = f"{last[1]} {part}"
            elif (not words_over(part, 3) or _page_edge(blocks, k)) and not took:
                skipped.append(k)  # a page's 'continued', its running footer: not the outline's
                break
            else:
                return items, [i for i in skipped if i < end], end if items else start, read
            took = True
            last_text = part
        k += 1
    return items, [i for i in skipped if i < end], end if items else start, read


def _opens_children(blocks: list[Block], k: int, n: str, labels: list[str]) -> bool:
    """Whether an item numbered under 'n' follows the parent at blocks[k] (within a few blocks)."""
    for b in blocks[k: k + 6]:
        if not isinstance(b, Paragraph):
            return False
        for part in _parted(b.text, labels):
            m = _CHILD.match(part)
            if m and m.group("n") == n and m.group("m") != "0":
                return True
    return False


def read_labelled_outlines(raw: RawDocument, field_of: Callable[[str], str]) -> RawDocument:
    """The document with each numbered outline under labelled blocks set out as a table (see the
    module); as it is where it shows none."""
    blocks = list(raw.blocks)
    labels = _labels_of(blocks)
    if not any(field_of(label) in _OWNER_FIELDS for label in labels):
        return raw
    out: list[Block] = []
    notes: list[str] = []
    aside: list[tuple[str, str, int, int]] = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        first = _PARENT.match(squash(b.text)) or _LABEL.match(squash(b.text)) if isinstance(b, Paragraph) else None
        if isinstance(b, Paragraph) and first is not None:
            items, skipped, end, read = _read_region(blocks, k, labels)
            parents = {it.objective for it in items}
            if len(items) >= _MIN_CHILDREN and len(parents) >= _MIN_PARENTS \
                    and any(field_of(lb) in _OWNER_FIELDS for it in items for lb in it.labels):
                if out and isinstance(out[-1], Paragraph) and _is_heading(out[-1]) \
                        and squash(out[-1].text) == items[0].area:
                    out.pop()  # the area heading is in the table's Area cells
                names = [lb for lb in dict.fromkeys(lb for it in items for lb in it.labels)
                         if field_of(lb) in _OWNER_FIELDS]
                # the block's other labels ('Vulnerability: …') say what no field takes: kept aside once each
                aside += [(f"{lb}: {d[lb]}", f"labelled line over outline items ('{lb}')", p.page, p.line)
                          for i, lb, p, d in read if i < end and lb not in names]
                head = ["Area", "Objective", "Ref", "Action", *names]
                rows = [Row(cells=[Cell(h, i) for i, h in enumerate(head)], page=items[0].page, line=items[0].line)]
                for it in items:
                    vals = [it.area, it.objective, it.ref, it.text, *(it.labels.get(n, "") for n in names)]
                    rows.append(Row(cells=[Cell(v, i) for i, v in enumerate(vals)], page=it.page, line=it.line))
                out.append(Table(rows=rows, page=items[0].page, index=0))
                out.extend(blocks[i] for i in skipped)
                where = f" (page {items[0].page})" if items[0].page > 0 else ""
                notes.append(f"{len(items)} numbered item(s) under {len(parents)} numbered parent(s) read as "
                             f"actions{where}: each parent their objective, the label "
                             f"{', '.join(repr(n) for n in names)} of the block over them their lead, the heading "
                             "above their area; the block's other labels kept aside")
                k = end
                continue
        out.append(b)
        k += 1
    if not notes:
        return raw
    n = 0
    for b in out:  # tables numbered again in order
        if isinstance(b, Table):
            n += 1
            b.index = n
    return replace(raw, blocks=out, warnings=[*raw.warnings, *notes], aside=[*raw.aside, *aside])
