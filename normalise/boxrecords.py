"""Plans that print each action in a drawn box of its own: the box is the record, its lines the fields.

    Priority 1 – Health and joint commissioning          (body text)
    ┌──────────────────────────────────────────────┐
    │ 1.1                                          │
    │ Appoint a Designated Clinical Officer …      │
    │ Who: Preparing for Adulthood Lead            │
    │ When: 30/04/2026                             │
    │ RAG rating: Green                            │
    └──────────────────────────────────────────────┘
    ┌──────────────────────────────────────────────┐
    │ 1.2 …                                        │

Word text boxes and shapes, an OpenDocument frame, a PDF's framed rectangle: the source says which
lines a box holds (Paragraph.box), which the lines alone do not (in the flow of text the last label
of one box runs straight on into the next box's reference and action). A reader takes each box as
one card: a reference line opening it ('1.1', 'Action 1.1'), the action's text (its unlabelled
lines), and 'Label: value' lines naming its lead, date, status or RAG (normalise/lists.label_spans;
a label set inside a line, where a PDF's text layer ran two of the box's lines together, counts as
well; an unlabelled line under a label goes on with that label's value).

The evidence, all of it needed: MIN_BOXES boxes or more in the document each read as a card, that
is, holding labelled lines that name MIN_FIELDS fields or more besides the action, and text that
can be the action (unlabelled text, or a label naming it). A run of such boxes one after another
(nothing printed between them) becomes a plan table in their place: Ref | Action | a column per
label, headed by the labels as printed, a row per box; so the heading printed above a run (the
priority the boxes stand under) heads the table as any area heading does. A box that reads as no
card (a call-out, a key) stays as it was.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Block, Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.lists import label_spans
from planx.normalise.text import squash

MIN_BOXES = 2  # cards in a document: one box of labelled lines may be a call-out
MIN_FIELDS = 2  # fields besides the action a card's labels name (who, when, how it stands)
REF_HEADER, ACTION_HEADER, DETAILS_HEADER = "Ref", "Action", "Details"
# a box's opening reference: a number alone or after one word ('1.1', 'Action 2.3', 'A4')
_REF_LINE = re.compile(r"^\s*(?:[A-Za-z]+\.?\s+)?(?P<ref>[A-Za-z]?\d{1,3}(?:\.\d{1,3})*[a-z]?)[.:)]?\s*$")

Card = dict[str, str]  # header → text; the labels keep their printed words


def _runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) of each box's paragraphs in the blocks: consecutive paragraphs of one box number."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if not isinstance(b, Paragraph) or not b.box:
            k += 1
            continue
        end = k + 1
        while end < len(blocks) and isinstance(nxt := blocks[end], Paragraph) and nxt.box == b.box:
            end += 1
        out.append((k, end))
        k = end
    return out


def _add(card: Card, header: str, text: str) -> None:
    text = squash(text).strip(" ;|")
    if text:
        card[header] = f"{card[header]} {text}" if header in card else text


def read_card(lines: list[str]) -> tuple[Card, set[str]] | None:
    """A box's lines as (header → text, the fields its labels name); None when it reads as no card."""
    card: Card = {}
    fields: set[str] = set()
    body = list(lines)
    if body and (m := _REF_LINE.match(body[0])):
        card[REF_HEADER] = m.group("ref")
        body = body[1:]
    current = ""  # the label whose value a line goes on with ('' : the box's unlabelled text)
    for line in body:
        spans = label_spans(line)
        # the action is the box's first unlabelled paragraph (its title); a paragraph of its own
        # after it, before any label, tells more of it ('We will work with partners …'): details
        opening = current or (DETAILS_HEADER if ACTION_HEADER in card else ACTION_HEADER)
        _add(card, opening, line[:spans[0][0]] if spans else line)
        ends = [s[0] for s in spans[1:]] + [len(line)] if spans else []
        for (_, value, name, label), nxt in zip(spans, ends, strict=True):
            current = squash(label).strip()
            if name in fields:
                return None  # a field named twice: two records in one box (a list of them), not one card
            fields.add(name)
            _add(card, current, line[value:nxt])
    if len(fields - {"action"}) < MIN_FIELDS or not (ACTION_HEADER in card or "action" in fields):
        return None
    return card, fields


def _table(cards: list[tuple[Card, set[str]]], starts: list[Paragraph], index: int) -> Table:
    """The cards as a plan table: a header row of their headers in the order first met, a row per card
    (on the page and line its box starts). A label naming the action makes the unlabelled text the
    card's details."""
    first = starts[0]
    names_action = any("action" in fields for _, fields in cards)
    rename = {ACTION_HEADER: DETAILS_HEADER} if names_action else {}
    headers: list[str] = []
    for card, _ in cards:
        for h in card:
            if rename.get(h, h) not in headers:
                headers.append(rename.get(h, h))
    rows = [Row(cells=[Cell(text=h, col=c, bold=True) for c, h in enumerate(headers)], page=first.page,
                line=first.line)]
    for (card, _), start in zip(cards, starts, strict=True):
        texts = {rename.get(h, h): t for h, t in card.items()}
        rows.append(Row(cells=[Cell(text=texts.get(h, ""), col=c) for c, h in enumerate(headers)],
                        page=start.page, line=start.line))
    return Table(rows=rows, page=first.page, index=index)


def read_box_records(raw: RawDocument) -> RawDocument:
    """The document with each run of boxes that read as cards turned into a plan table (module note)."""
    if not any(isinstance(b, Paragraph) and b.box for b in raw.blocks):
        return raw
    cards: dict[int, tuple[Card, set[str]]] = {}
    for start, end in _runs(raw.blocks):
        read = read_card([b.text for b in raw.blocks[start:end]])  # type: ignore[union-attr]
        if read is not None:
            cards[start] = read
    if len(cards) < MIN_BOXES:
        return raw
    ends = {start: end for start, end in _runs(raw.blocks)}
    index = max((b.index for b in raw.blocks if isinstance(b, Table)), default=0)
    blocks: list[Block] = []
    k = 0
    while k < len(raw.blocks):
        if k not in cards:
            blocks.append(raw.blocks[k])
            k += 1
            continue
        run: list[tuple[Card, set[str]]] = []
        starts: list[Paragraph] = []
        while k in cards:  # boxes one after another, nothing printed between them: one table
            run.append(cards[k])
            starts.append(raw.blocks[k])  # type: ignore[arg-type]
            k = ends[k]
        index += 1
        blocks.append(_table(run, starts, index))
    return replace(raw, blocks=blocks)


__all__ = ["read_box_records", "read_card"]
