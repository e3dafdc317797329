"""A web page's plan set as cards: a run of sibling blocks of one class, one per action, read as
a table.

Interactive plan pages (a filterable grid of tiles, hover cards) set each action as a block of
its own, `<div class="grid-item …">`, holding the action's parts as children named by their class
(`<p class="action_title">`, `<p class="lead_label">`, `<p class="area_number">`) and often a
pop-up part whose headings ask the questions a table's header row would ('What will success look
like?', 'Who is leading this?') over the answers, its class naming the action's RAG colour
(`<div class="tooltip_amber">`). Read as a page, the blocks are paragraphs, one line a part, and
no reader sees a plan. A person sees a form per action, its parts labelled alike in every block.

Such a run is read as a grid, a header row and a row per block:
- the run: `MIN_CARDS` sibling elements or more, one after another, whose first class name is the
  same, each holding `MIN_PARTS` labelled parts or more (below);
- a part labelled by its class: a child with a class name and no heading inside, its label the
  class name's words ('partner_label' → 'partner': a trailing word that says only that the part
  is displayed, vocab.CARD_LABEL_FILLERS, is left out);
- a part labelled by its heading: inside a child holding headings, a heading printed in half the
  blocks or more (a question asked of every action) labels the lines under it up to the next
  heading; a heading of the block's own (its action's title again) and its lines are kept in a
  column 'details' (nothing lost);
- the block's RAG: a class name of the block or of an element inside it whose last word is a RAG
  colour ('tooltip_amber', 'rag-red'), in a column 'RAG'.
Columns follow the order labels are first met; the table's reader then maps the labels as it
maps any header row's.
"""
from __future__ import annotations

import re
from typing import Any

from planx.extract.grid import Grid, GridCell
from planx.normalise.vocab import CARD_LABEL_FILLERS

MIN_CARDS = 3  # blocks in a run
MIN_PARTS = 3  # labelled parts in each block
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_RAG_WORDS = {"red", "amber", "green", "blue", "yellow"}  # whole colour words only, as html.class_fill
RAG_LABEL = "RAG"
DETAILS_LABEL = "details"
_LEADING_LABEL = "\x00leading"  # (a card's unlabelled opening text, until card_grid names it)
# labels given by shape, in the words a header row would print (the header reader maps them)
TITLE_LABEL = "action title"  # a block's own heading: the name of the action the block is
OWN_NUMBER_LABEL = "action number"  # a number of each block's own
GROUP_NUMBER_LABEL, GROUP_LABEL = "area no", "area"  # a number blocks share, and the name that goes with it
_NUMBER = re.compile(r"^\s*[A-Za-z]?\d+(?:\.\d+)*[a-z]?\s*$")


def classes_of(el: Any) -> list[str]:
    return (el.get("class") or "").split() if isinstance(el.tag, str) else []


def class_label(name: str) -> str:
    """A class name's words ('partner_label' → 'partner', 'dueDate' → 'due date')."""
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).replace("-", " ").replace("_", " ").lower().split()
    while len(words) > 1 and words[-1] in CARD_LABEL_FILLERS:
        words.pop()
    return " ".join(words)


def _text(el: Any) -> str:
    from planx.extract.html import element_lines
    return "\n".join(element_lines(el))


def _rag(card: Any) -> str:
    for el in card.iter():
        for name in classes_of(el):
            parts = re.split(r"[-_]", name.lower())
            if parts and parts[-1] in _RAG_WORDS:
                return parts[-1]
    return ""


def _heading_key(el: Any) -> str:
    return " ".join(_text(el).split()).rstrip(":?").strip().casefold()


def _class_parts(card: Any) -> list[tuple[str, str]]:
    out = []
    for child in card:
        names = classes_of(child)
        if names and not any(True for _ in child.iter(*_HEADINGS)):
            out.append((class_label(names[0]), _text(child)))
    return out


def _loose_parts(card: Any) -> list[tuple[int, str]]:
    """(place among the card's children, text) of its children that no class name labels and no
    heading heads ('<div style=…><strong>Quick wins</strong> This week</div>'): kept as 'details',
    or, leading a card that lists its actions, the name of its group (card_grid)."""
    out = []
    for k, child in enumerate(c for c in card if isinstance(c.tag, str)):
        if not classes_of(child) and not any(True for _ in child.iter(*_HEADINGS)) and (text := _text(child)):
            out.append((k, text))
    return out


def _headed(card: Any) -> list[Any]:
    return [child for child in card if isinstance(child.tag, str) and any(True for _ in child.iter(*_HEADINGS))]


def _heading_parts(holder: Any, asked: set[str]) -> list[tuple[str, str]]:
    """(label, text) of a part holding headings: the lines under each heading asked in most blocks
    labelled by it, the rest (a heading of its own, lines before any asked heading) as 'details'."""
    out: list[tuple[str, str]] = []
    label, lines = DETAILS_LABEL, list[str]()
    for el in holder:
        if not isinstance(el.tag, str):
            continue
        if el.tag in _HEADINGS and _heading_key(el) in asked:
            if lines:
                out.append((label, "\n".join(lines)))
            label, lines = " ".join(_text(el).split()).rstrip(":").strip(), []
            continue
        if el.tag in _HEADINGS and not out and not lines and label == DETAILS_LABEL:
            out.append((TITLE_LABEL, _text(el)))  # the block's own heading, before any question: its name
            continue
        text = _text(el)
        if text:
            lines.append(text)
    if lines:
        out.append((label, "\n".join(lines)))
    return out


def card_run(children: list[Any], start: int) -> int:
    """How many blocks from `start` on form a run of cards (0 when they do not)."""
    first = children[start]
    names = classes_of(first)
    if not names or first.tag in ("table", "tr", "td", "th") + _HEADINGS:
        return 0
    end = start
    while end < len(children) and classes_of(children[end])[:1] == names[:1] and children[end].tag == first.tag:
        end += 1
    cards = children[start:end]
    if len(cards) < MIN_CARDS:
        return 0
    asked = _asked(cards)
    if not all(len(_class_parts(c)) + sum(1 for h in _headed(c) for _ in _heading_parts(h, asked)) >= MIN_PARTS
               for c in cards):
        return 0
    return len(cards)


def _asked(cards: list[Any]) -> set[str]:
    """Headings printed in half the blocks or more: questions asked of every action."""
    counts: dict[str, int] = {}
    for card in cards:
        keys = {_heading_key(h) for holder in _headed(card) for h in holder.iter(*_HEADINGS)}
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if k and 2 * n >= len(cards)}


def card_runs(children: list[Any]) -> dict[int, int]:
    """The runs of cards among an element's children: where each starts → how many blocks."""
    out: dict[int, int] = {}
    k = 0
    while k < len(children):
        n = card_run(children, k)
        if n:
            out[k] = n
            k += n
            continue
        names, end = classes_of(children[k])[:1], k + 1  # past the blocks of this class: no run in them
        while names and end < len(children) and classes_of(children[end])[:1] == names:
            end += 1
        k = end
    return out


def holds_cards(el: Any) -> bool:
    """Does the element, or an element inside it, hold a run of cards?"""
    return any(card_runs([c for c in holder if isinstance(c.tag, str)]) for holder in el.iter())


def _by_shape(labels: list[str], rows: list[dict[str, str]]) -> list[str]:
    """The class-named labels of numbered parts relabelled by what their values do across the
    blocks: a number of each block's own ('ap_number': 1, 2, 3 …) numbers the action; a number the
    blocks share ('hic_number': 1, 1, 2 …) beside a part of the same class prefix whose text goes
    with it (the same wherever the number is: 'hic_label') numbers and names the area the actions
    stand under, as a plan table's theme columns do. Other labels stay as they are."""
    out = list(labels)
    for k, label in enumerate(labels):
        words = label.split()
        values = [row.get(label, "") for row in rows]
        numbered = len(words) >= 2 and words[-1] in ("number", "no", "num", "ref")
        if not numbered or not all(_NUMBER.match(v) for v in values):
            continue
        if len(set(values)) == len(values):
            out[k] = OWN_NUMBER_LABEL
            continue
        for j, other in enumerate(labels):
            if j == k or other.split()[:len(words) - 1] != words[:-1] or other.split()[-1] in ("number", "no"):
                continue
            names: dict[str, set[str]] = {}
            for row in rows:
                names.setdefault(row.get(label, ""), set()).add(row.get(other, ""))
            if len(names) < len(rows) and all(len(v) == 1 for v in names.values()):
                out[k], out[j] = GROUP_NUMBER_LABEL, GROUP_LABEL
                break
    return out


# a list item's marker as a card's lines print it ('1. …', '• …', '- …')
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[•·▪◦*\-–])\s+(?=\S)")
# a heading naming the actions this surely ('Key Actions' 100) may make its list's items the actions
LISTED_ACTIONS_SCORE = 90.0


def _list_items(text: str) -> list[str] | None:
    """The items of a card's part that is a list and nothing more (every line an item, two or more)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2 or not all(_ITEM.match(ln) for ln in lines):
        return None
    return [_ITEM.sub("", ln, count=1).strip() for ln in lines]


def _listed_actions(labels: list[str], rows: list[dict[str, str]]) -> str:
    """The label of the part that lists each card's actions, when the cards are groups of actions, not
    one each: the label read most surely as the actions (beyond doubt, 'Key Actions', and more surely
    than any other) over a list of two items or more in most cards ('Quick wins' / 'Medium term' /
    'Long term', each with its findings, its list of key actions and its timeline). '' otherwise."""
    from planx.normalise.headers import read_heading
    scored = sorted(((next((r.score for r in read_heading(label)[:1] if r.field == "action"), 0.0), label)
                     for label in labels), reverse=True)
    if not scored or scored[0][0] < LISTED_ACTIONS_SCORE or len(scored) > 1 and scored[1][0] >= scored[0][0]:
        return ""
    label = scored[0][1]
    listed = sum(1 for row in rows if _list_items(row.get(label, "")) is not None)
    return label if listed >= 2 and 2 * listed > len(rows) else ""


def card_grid(cards: list[Any], notes: list[str] | None = None) -> Grid:
    """The cards as a grid: a header row of their labels, a row per card; when each card lists its
    actions under a heading naming them (_listed_actions), a row per listed action, the card's other
    parts on its first."""
    asked = _asked(cards)
    rows: list[dict[str, str]] = []
    labels: list[str] = []
    for card in cards:
        row: dict[str, str] = {}
        parts = _class_parts(card) + [p for h in _headed(card) for p in _heading_parts(h, asked)]
        loose = _loose_parts(card)
        if loose and loose[0][0] == 0:
            parts.append((_LEADING_LABEL, loose.pop(0)[1]))  # what the card opens with, unlabelled
        parts += [(DETAILS_LABEL, text) for _, text in loose]
        rag = _rag(card)
        if rag:
            parts.append((RAG_LABEL, rag))
        for label, text in parts:
            row[label] = f"{row[label]}\n{text}" if label in row else text
            if label not in labels:
                labels.append(label)
        rows.append(row)
    order = list(labels)
    labels = _by_shape(labels, rows)
    listed = _listed_actions(order, rows)
    if _LEADING_LABEL in order:
        # a card's unlabelled opening text: the name of the group of actions it lists, printed once
        # over them (on the first's row, as an area column's cell over the rows it groups); kept
        # aside with the card's details when the card is one action
        at = order.index(_LEADING_LABEL)
        labels[at] = GROUP_LABEL if listed and GROUP_LABEL not in labels else DETAILS_LABEL
        if listed and labels[at] == GROUP_LABEL:
            rows = [{**row, _LEADING_LABEL: " ".join(row.get(_LEADING_LABEL, "").split())} for row in rows]
    if listed:
        if notes is not None:
            notes.append(f"the blocks list their actions under '{listed}' (a list in most blocks): a row per "
                         f"listed action, the block's other parts on its first")
        rows = [{**row, listed: item} if k == 0 else {listed: item}
                for row in rows for k, item in enumerate(_list_items(row.get(listed, "")) or [row.get(listed, "")])]
    cells = {(0, c): GridCell(text=label, bold=True) for c, label in enumerate(labels)}
    for r, row in enumerate(rows, 1):
        for c, label in enumerate(order):
            if row.get(label):
                cells[(r, c)] = GridCell(text=row[label])
    return Grid(cells=cells, lines=list(range(1, len(rows) + 2)), header_rows=1)


__all__ = ["card_grid", "card_run", "card_runs", "class_label", "classes_of", "holds_cards"]
