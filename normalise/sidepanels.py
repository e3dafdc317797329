"""Plans that print each action beside a side panel of its own: the action's text on one side, a box
of labelled lines saying who, when and how it stands on the other.

    Theme 1: Identifying need early                                  (a heading, or a row across)
    1.1  We will bring together the front door and the    ┌ Who: Head of Early Help  ┐
         duty line so that families have one number …     │ By when: 31/03/2026      │
                                                          │ Status: On track         │
                                                          └ RAG: Green               ┘
    1.2  We will give health visitors access to …         ┌ Who: …                   ┐

Word lays such a plan out as a borderless table of two cells per action (one small table each, or
one table of many rows), a PDF's table engine reads it as rows of two cells: the action's cell
and the panel's. No row of column headings names them: the panel's labels are the headings, printed
again beside every action. A reader takes each row as one record: the reference the action's text
opens with ('1.1', 'Action 2.3'), the action, and a field per label.

The evidence, all of it needed: a table (or a run of tables, nothing printed between them) whose
every row is either such a pair or a banner (one filled cell: the theme the rows stand under); a
pair's panel cell is labelled lines only (each line a 'Label: value', or several run on one line, or
the value of the label above it going on), its labels naming MIN_FIELDS fields of an action or more
and never the action itself (normalise/lists.label_spans, or the label read as a column heading,
normalise/headers), and its other cell is text with no label, a sentence or more; the same labels
come back beside MIN_PANELS actions or more in the document. Such a run becomes one plan table: Ref
| Action | a column per label as printed, a row per action on its own page and line; a banner row
stays a row across the table; labelled lines right under the run that the last panel lacks (its
box's last lines, which a PDF's table engine left below the table) go into it. The labels are read
as any column heading is (what 'Target' or 'Position' holds is the walker's to decide), so this
module only says where the fields are.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from planx.extract.model import Block, Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.headers import classify
from planx.normalise.lists import label_spans
from planx.normalise.text import squash

MIN_PANELS = 2  # actions with a panel of the same labels: one labelled box beside a text may be a note
MIN_FIELDS = 2  # fields besides the action a panel's labels name (who, when, how it stands)
MIN_ACTION_WORDS = 4  # words the action's cell holds: a short label or a name is no action
REF_HEADER, ACTION_HEADER = "Ref", "Action"
_TAIL_WORDS = 3  # words a panel's line cut off under its table may hold however short the others' are

# a panel's line opening with its label: one to four words before a colon ('By when: …', 'Target: …')
_LABEL_LINE = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z'&/()-]*(?:\s+[A-Za-z'&/()-]+){0,3})\s*:\s*(?P<value>.*)$",
                         re.S)
# the reference an action's text opens with: a number alone or after one word ('1.1', 'Action 2.3', 'A4')
_REF = re.compile(r"^\s*(?:[A-Za-z]+\.?\s+)?(?P<ref>[A-Za-z]?\d{1,3}(?:\.\d{1,3})*[a-z]?)[.:)]?(?:\s+|$)")


@dataclass(slots=True)
class _Pair:
    ref: str
    action: str
    fields: list[tuple[str, str]]  # (label as printed, value), in the panel's order
    row: Row


def _heading_field(label: str) -> str:
    """The field a panel's label names read as a column heading ('Target', 'Position')."""
    name, score, _ = classify(label)
    return name if score > 0 else ""


def _label_field(line: str, label: str) -> str:
    """The field a panel's label names: as a labelled line's label, else as a column heading."""
    spans = label_spans(line)
    return spans[0][2] if spans and spans[0][0] == 0 else _heading_field(label)


def read_panel(text: str) -> list[tuple[str, str, str]] | None:
    """A cell's lines as a side panel: (label as printed, field it names, value) per label; None when
    a line before the first label is unlabelled, or the labels name too few fields or the action."""
    out = _labelled(text)
    named = [name for _, name, _ in out or [] if name]
    if out is None or "action" in named or len(set(named)) < MIN_FIELDS or len(set(named)) < len(named):
        return None
    return out


def _labelled(text: str) -> list[tuple[str, str, str]] | None:
    """A text's lines as (label as printed, field it names, value) per label; None when a line
    before the first label is unlabelled."""
    out: list[tuple[str, str, str]] = []
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        spans = label_spans(line, others=True)
        if spans and spans[0][0] == 0 and len(spans) > 1:  # several labels on one line ('Who: … By when: …')
            ends = [s[0] for s in spans[1:]] + [len(line)]
            for (_, at, field, printed), end in zip(spans, ends, strict=True):
                label = squash(printed)
                out.append((label, field or _heading_field(label), squash(line[at:end]).strip(" ;|")))
        elif m := _LABEL_LINE.match(line):
            label = squash(m.group("label"))
            out.append((label, _label_field(line, label), squash(m.group("value"))))
        elif out:  # a value wrapped onto the next line goes on with its label's
            label, name, value = out[-1]
            out[-1] = (label, name, squash(f"{value} {line}"))
        else:
            return None
    return out


def _item(text: str) -> tuple[str, str] | None:
    """(reference, action) of the cell beside a panel: text with no label, a sentence or more."""
    text = squash(text)
    if _LABEL_LINE.match(text) or label_spans(text):
        return None
    ref = ""
    if m := _REF.match(text):
        ref, text = m.group("ref"), text[m.end():].strip()
    if len(text.split()) < MIN_ACTION_WORDS:
        return None
    return ref, text


def _filled(row: Row) -> list[Cell]:
    return [c for c in row.cells if c.text.strip() and not c.merged_above]


def _pair(row: Row) -> _Pair | None:
    cells = _filled(row)
    if len(cells) != 2:
        return None
    for item_cell, panel_cell in (cells, cells[::-1]):
        panel = read_panel(panel_cell.text)
        item = _item(item_cell.text) if panel else None
        if panel and item:
            return _Pair(item[0], item[1], [(label, value) for label, _, value in panel], row)
    return None


def _read_table(table: Table) -> list[_Pair | Row] | None:
    """The table's rows as pairs and banners, or None when a row is neither (or no row is a pair)."""
    out: list[_Pair | Row] = []
    for row in table.rows:
        cells = _filled(row)
        if not cells:
            continue
        if (pair := _pair(row)) is not None:
            out.append(pair)
        elif len(cells) == 1 and read_panel(cells[0].text) is None:
            out.append(row)  # a banner: the theme the pairs below stand under
        else:
            return None
    return out if any(isinstance(x, _Pair) for x in out) else None


def _plan_table(items: list[_Pair | Row], first: Table, labels: list[str]) -> Table:
    """The run's pairs as a plan table: Ref | Action | a column per label, banners across it."""
    pairs = [x for x in items if isinstance(x, _Pair)]
    has_ref = any(p.ref for p in pairs)
    headers = ([REF_HEADER] if has_ref else []) + [ACTION_HEADER] + labels
    top = pairs[0].row
    rows = [Row(cells=[Cell(text=h, col=c, bold=True) for c, h in enumerate(headers)], page=top.page, line=top.line)]
    for x in items:
        if isinstance(x, Row):
            cell = _filled(x)[0]
            rows.append(Row(cells=[replace(cell, col=0, colspan=len(headers))], page=x.page, line=x.line))
            continue
        values = {label.lower(): value for label, value in x.fields}
        texts = ([x.ref] if has_ref else []) + [x.action] + [values.get(h.lower(), "") for h in labels]
        rows.append(Row(cells=[Cell(text=t, col=c) for c, t in enumerate(texts)], page=x.row.page, line=x.row.line))
    return Table(rows=rows, page=first.page, index=first.index, confidence=first.confidence)


def read_side_panels(raw: RawDocument) -> tuple[RawDocument, str]:
    """The document with each run of tables read as actions beside side panels turned into one plan
    table (module note), and a warning saying so ('' when nothing was read so)."""
    read = {k: items for k, b in enumerate(raw.blocks)
            if isinstance(b, Table) and (items := _read_table(b)) is not None}
    if not read:
        return raw, ""
    # the labels that come back beside MIN_PANELS actions or more are the panels' own
    counts = Counter(label.lower() for items in read.values() for x in items if isinstance(x, _Pair)
                     for label in dict(x.fields))
    recurring = {label for label, n in counts.items() if n >= MIN_PANELS}
    pairs = [x for items in read.values() for x in items if isinstance(x, _Pair)]
    kept = [p for p in pairs if sum(label.lower() in recurring for label, _ in p.fields) >= MIN_FIELDS]
    if len(kept) < MIN_PANELS or len(kept) < len(pairs):
        return raw, ""
    blocks: list[Block] = []
    k = tail = 0
    while k < len(raw.blocks):
        if k not in read:
            blocks.append(raw.blocks[k])
            k += 1
            continue
        run: list[_Pair | Row] = []
        first = raw.blocks[k]
        while k in read:  # tables one after another, nothing printed between them: one plan table
            run += read[k]
            k += 1
        last = [x for x in run if isinstance(x, _Pair)][-1]
        longest: dict[str, int] = {}  # words of each recurring label's longest value in the run
        for x in run:
            if isinstance(x, _Pair):
                for label, value in x.fields:
                    if label.lower() in recurring:
                        longest[label.lower()] = max(longest.get(label.lower(), 0), len(value.split()))
        while k < len(raw.blocks) and _cut_off(raw.blocks[k], last, longest):
            tail += 1
            k += 1
        labels: list[str] = []
        for x in run:
            if isinstance(x, _Pair):
                labels += [label for label, _ in x.fields if label.lower() not in {h.lower() for h in labels}]
        blocks.append(_plan_table(run, first, labels))  # type: ignore[arg-type]
    names = sorted({label for p in pairs for label, _ in p.fields}, key=lambda s: s.lower())
    warning = (f"{len(pairs)} action(s) printed beside a side panel of labelled lines ({', '.join(names)}): "
               "each read as a table row, the panel's labels as its column headings")
    if tail:
        warning += f"; {tail} line(s) of the last panel, printed under its table, read into it"
    return replace(raw, blocks=blocks), warning


def _cut_off(block: Block, last: _Pair, longest: dict[str, int]) -> bool:
    """A labelled line right under a run of panels that the last panel lacks and the others print
    ('RAG: Red'), its value no longer than theirs (a key 'RAG: Green – on track; Amber – …' is none):
    the last panel's line, which the table's end left outside it (a PDF's table engine stops where
    the action's cell ends, the panel's box going on below). Added to it; True when so."""
    if not isinstance(block, Paragraph) or block.heading:
        return False
    lines = _labelled(block.text)
    have = {label.lower() for label, _ in last.fields}
    if not lines or any(label.lower() not in longest or label.lower() in have
                        or len(value.split()) > max(_TAIL_WORDS, 2 * longest[label.lower()])
                        for label, _, value in lines):
        return False
    last.fields += [(label, value) for label, _, value in lines]
    return True


__all__ = ["read_side_panels", "read_panel"]
