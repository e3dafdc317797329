"""Tables whose cells are items, not fields: a board's lanes and a plan on a page's boxes.

A board exported from a work-management tool prints its lanes as columns and one card per cell:

    Not started (1)           | Underway (5)                   | Finished
    Set up a one-stop shop    | Review the fly-tipping policy  | Plant 4,000 trees
    Ines Carvalho · due Nov 26| Assigned to: Ffion Baskerville | …
    #safer                    | Due: 08/10/2026                |

It is a status column turned on its side: a person reads the headings, each a status word ('To do',
'Doing', 'Blocked', 'Done'; a count of cards may follow), as the status of every cell under them,
and each cell as one item. A card's first lines are its title (the action); the lines that follow
say who and when, labelled ('Assigned to:', 'Due:') or run together ('Name · due X'), and tag it
('Label: …', '#tag'). The board is turned into a plan table (Action | Lead | Due date | Status and
a column per other label), which the table readers read as any other.

A plan on a page prints a grid of boxes, one per priority, each a title over a list:

    1. Homes people can afford                   | NET ZERO COUNCIL
    • Adopt a new allocations policy → Beatrix   | • Train all managers in carbon literacy
      Olawale, 11/09/2026                        |   (Morwenna Hale, by end of May 26)

A cell that holds a title and a list of items is a section, not one action: each item is an action,
the title its area ('3. Theme': the area's number too). A table is read so when it has no row of
headings and every cell holding text is such a box, or a title over a cell of items below it (a
borderless grid drawn title row over list row). The owner and date each item closes with are read
by normalise/inlinewho.py. The boxes become banner rows over their items' rows.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Block, Cell, RawDocument, Row, Table
from planx.normalise.codes import status_of
from planx.normalise.columns import looks_like_person, looks_like_when
from planx.normalise.dates import date_spans
from planx.normalise.headers import classify, read_header
from planx.normalise.inlinewho import inline_who_when
from planx.normalise.text import clean, fold, squash, words_over
from planx.normalise.vocab import AREA_LEAD_HEADS

_COUNT = re.compile(r"\s*[(\[]\s*\d{1,4}\s*[)\]]\s*$")  # 'In progress (4)': the lane's count of cards
_MAX_LANE_WORDS = 4
_LABELLED = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{0,24}?)\s*:\s*(?P<value>.*)$")
_MAX_WHO_WORDS = 8
_DATE_LEAD_INS = frozenset({"by", "end", "of", "the", "due", "before"})
_JOINING = frozenset({"of", "and", "for", "the", "&"})  # inside a role's name ('Head of Housing Options')
_WORDS = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more
_TAG = re.compile(r"^#\S")
_BULLET = re.compile(r"^\s*[•●▪◦‣∙·*+\-–]\s+")
_DASHES = "-–"  # a dash opens an item only in a list of dashes: elsewhere it may open a wrapped line
# 'Name · due X', and as a scan reads it, its dot lost or read as a dash ('Name - due X', 'Name due X')
_WHO_DUE = re.compile(r"^(?P<who>[A-Z][^·•|]{0,60}?)?\s*[·•|\-–—,]?\s*\bdue\s*:?\s+(?P<when>\S.*)$", re.I)
_MAX_TITLE_WORDS = 12
_MIN_CARD_ROWS = 2
# 'Name | date', a card's owner and date set apart by a bar, its date perhaps wrapped onto the next line
_WHO_BAR = re.compile(r"^(?P<who>[^|]{2,80}?)\s*\|\s*(?P<when>\S[^|]*)$")


def _lane(text: str) -> str:
    """The status a lane's heading names ('Underway (5)' → in_progress), '' when it names none."""
    t = _COUNT.sub("", squash(text))
    if not t or words_over(t, _MAX_LANE_WORDS):
        return ""
    status = status_of(t)
    # the heading is the status word itself, not a sentence opening with one
    return status if status and status_of(t.split()[0]) or status and not words_over(t, 3) else ""


def _card(text: str) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
    """(title, {lead, due}, [(label, value)] of other lines) of a card's text."""
    lines = [squash(x) for x in text.split("\n") if x.strip()]
    title: list[str] = []
    fields: dict[str, str] = {}
    others: list[tuple[str, str]] = []
    last: tuple[str, str] | None = None  # (field or label, kind) a wrapped line goes on with

    def put(key: str, value: str, label: str) -> tuple[str, str]:
        if key in ("lead", "due") and key not in fields:
            fields[key] = value
            return key, "field"
        others.append((label, value))
        return str(len(others) - 1), "other"

    for k, line in enumerate(lines):
        m = _LABELLED.match(line)
        field = classify(m.group("label"))[0] if m else ""
        if m and title and (field in ("lead", "responsible", "due") or not words_over(m.group("label"), 2)):
            key = "lead" if field in ("lead", "responsible") else field
            last = put(key, m.group("value"), m.group("label"))
            continue
        who_due = _who_due(line) if title else None
        if who_due is None and title and not fields:
            # 'Name | date' (its date may wrap onto the lines after it): read with what follows
            who_due = _who_bar(line, " ".join(lines[k + 1:]))
        if who_due is not None:
            if who_due[0]:
                put("lead", who_due[0], "Assigned to")
            last = put("due", who_due[1], "Due")
            continue
        if title and _TAG.match(line):
            last = put("", line, "Tags")
            continue
        if last is None and not fields and not others:
            title.append(line)
        elif last is not None and last[1] == "field":
            fields[last[0]] = f"{fields[last[0]]} {line}"
        elif last is not None:
            k = int(last[0])
            others[k] = (others[k][0], f"{others[k][1]} {line}")
        else:
            others.append(("", line))
    return " ".join(title), fields, others


def _detail(line: str) -> bool:
    """Does a card's line say who, when or what tag, rather than go on with its title?"""
    line = squash(line)
    m = _LABELLED.match(line)
    if m and (classify(m.group("label"))[0] in ("lead", "responsible", "due") or not words_over(m.group("label"), 2)):
        return True
    return bool(_TAG.match(line)) or _who_due(line) is not None or _who_bar(line) is not None


def _who_bar(line: str, after: str = "") -> tuple[str, str] | None:
    """(who, when) of a card's line 'Name | date', the date perhaps going on in the text after it (a
    narrow card wraps it); None for another line."""
    m = _WHO_BAR.match(squash(line))
    if m is None:
        return None
    who, when = m.group("who").strip(" ·•-–—,"), m.group("when")
    if words_over(who, _MAX_WHO_WORDS) or not looks_like_person(who):
        return None
    if looks_like_when(when) or after and looks_like_when(f"{when} {after}"):
        return who, when
    return None


def _who_due(line: str) -> tuple[str, str] | None:
    """(who, when) of a card's line 'Name · due X'; None for another line."""
    m = _WHO_DUE.match(squash(line))
    if m is None or not looks_like_when(m.group("when")):
        return None
    who = (m.group("who") or "").strip(" ·•|-–—,")
    return (who, m.group("when")) if not words_over(who, _MAX_WHO_WORDS) else None


def _lane_cards(cells: list[tuple[Row, Cell]]) -> list[tuple[Row, Cell, str]]:
    """A lane's cards: a cell each, or, where the lane's cards are broken over several cells (a
    board laid out by lines, a row per line), the cells from a title to its last line of detail."""
    if not any(_detail(c.text.strip().split("\n")[0]) for _, c in cells):
        return [(r, c, c.text) for r, c in cells]
    cards: list[tuple[Row, Cell, str]] = []
    detailed = True  # the card being gathered has its detail lines: a title line opens the next
    for r, c in cells:
        opens_title = not _detail(c.text.strip().split("\n")[0])
        if not cards or opens_title and detailed:
            cards.append((r, c, c.text))
        else:
            cr, cc, text = cards[-1]
            cards[-1] = (cr, cc, f"{text}\n{c.text}")
        detailed = any(_detail(x) for x in cards[-1][2].split("\n")[1:])
    return cards


def _lanes(rows: list[Row]) -> tuple[int, dict[int, tuple[str, str]]] | None:
    """(index of the row of lane headings, {col: (heading, status)}) of a board's rows; None when no
    row of headings each naming a status opens them."""
    if not rows:
        return None
    start = 0
    if len([c for c in rows[0].cells if c.text.strip()]) == 1 and len(rows) > 1:
        start = 1  # a title row across the board
    head = [c for c in rows[start].cells if c.text.strip()]
    if len(head) < 2:
        return None
    lanes = {c.col: (squash(c.text), _lane(c.text)) for c in head}
    if not all(status for _, status in lanes.values()):
        return None
    return start, lanes


def lane_heads(table: Table) -> tuple[str, ...] | None:
    """The headings of a board's lanes, folded; None when the table opens with no row of lanes."""
    found = _lanes([r for r in table.rows if any(c.text.strip() for c in r.cells)])
    return tuple(t.lower() for t, _ in found[1].values()) if found else None


def lane_board(table: Table, min_rows: int = _MIN_CARD_ROWS) -> tuple[Table, str] | None:
    """The board as a plan table (one row per card, its lane's heading as its status), with why; None
    when the table is no board. A board of fewer than min_rows rows of cards is taken for a table of
    statuses over text; read_boards lowers it for a board that repeats another board's lanes."""
    rows = [r for r in table.rows if any(c.text.strip() for c in r.cells)]
    found = _lanes(rows)
    if found is None:
        return None
    start, lanes = found
    by_lane: dict[int, list[tuple[Row, Cell]]] = {col: [] for col in lanes}
    card_rows = 0
    for r in rows[start + 1:]:
        filled = [c for c in r.cells if c.text.strip() and not c.merged_above]
        if any(c.col not in lanes for c in filled):
            return None  # a cell outside the lanes: no board
        if any(_lane(c.text) for c in filled):
            return None  # a status word under a status word: a key, not cards
        card_rows += bool(filled)
        for c in filled:
            # a cell printed again just below itself (a PDF's copy of a cell broken by a row) is one card
            if not by_lane[c.col] or squash(by_lane[c.col][-1][1].text) != squash(c.text):
                by_lane[c.col].append((r, c))
    cards = [(r, c, text, lanes[col][0]) for col, cells in by_lane.items() for r, c, text in _lane_cards(cells)]
    if card_rows < min_rows or not cards:
        return None
    if any(not _WORDS.search(text) for _, _, text, _ in cards):
        return None  # a count or a figure under a status ('Complete | 12'): a summary, not cards
    read = [(r, _card(text), lane, c) for r, c, text, lane in cards]
    labels = list(dict.fromkeys(label or "Notes" for _, (_, _, others), _, _ in read for label, _ in others))
    heads = ["Action", "Lead", "Due date", "Status", *labels]
    first = rows[start]
    out = [Row([Cell(text=h, col=k) for k, h in enumerate(heads)], first.page, first.line)]
    for r, (title, fields, others), lane, c in read:
        values = [title, fields.get("lead", ""), fields.get("due", ""), lane]
        extra: dict[str, list[str]] = {}
        for label, value in others:
            extra.setdefault(label or "Notes", []).append(value)
        values += ["\n".join(extra.get(label, [])) for label in labels]
        out.append(Row([Cell(text=v, col=k, fill=c.fill if k == 0 else None) for k, v in enumerate(values)],
                       r.page, r.line))
    title_rows = rows[:start]
    why = (f"table {table.index}: read as a board, its column headings ({', '.join(t for t, _ in lanes.values())})"
           f" each a status, every cell under them an item in that status ({len(cards)} cards)")
    return replace(table, rows=[*title_rows, *out]), why


def _box(text: str) -> tuple[str, list[list[str]]] | None:
    """(title, items) of a cell that holds a title over a list; None else. A title alone gives no items."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if not lines or _BULLET.match(lines[0]):
        return None
    # the title runs to the first item (a narrow box wraps it)
    n = next((k for k, x in enumerate(lines) if _BULLET.match(x)), len(lines))
    title = squash(" ".join(lines[:n]))
    if words_over(title, _MAX_TITLE_WORDS) or title.endswith((".", ";", ",")):
        return None
    return title, _item_lines(lines[n:])


def _items(lines: list[str]) -> list[str]:
    """The list's items: each bullet with the lines that run on from it (a narrow box wraps)."""
    return [" ".join(part) for part in _item_lines(lines)]


def _item_lines(lines: list[str]) -> list[list[str]]:
    """The list's items, each as its lines: the bullet's and those that run on from it."""
    items: list[list[str]] = []
    mark = _BULLET.match(lines[0]) if lines else None
    for line in lines:
        # only the list's own mark opens an item: a wrapped line may open with a dash set apart
        # ('– Summer term 2026', the rest of '… – Beatrix Olawale – Summer term 2026')
        opens = _BULLET.match(line)
        if mark is not None and opens and (opens.group().strip() not in _DASHES
                                           or mark.group().strip() in _DASHES):
            items.append([_BULLET.sub("", line).strip()])
        elif items:
            items[-1].append(line.strip())
        else:
            return []  # text before any bullet: no list
    return items


# a line opening with its label ('Owner: …', 'Lead: …', 'Who: …'); a label of when inside it ('| By: …')
_OPENS_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{0,24}?)\s*:\s*(?P<value>\S.*)$")
_WHEN_LABEL = re.compile(r"\s*[|;,]?\s*\b(?P<label>[A-Za-z][A-Za-z ]{0,15}?)\s*:\s*(?P<value>\S.*)$")
_WHEN_APART = re.compile(r"\s+[|–—-]\s+|\s*[;|]\s*")


def _label_field(label: str) -> str:
    """'lead' or 'due' for a label naming who or when ('Owner', 'Who', 'By', 'When'); '' else."""
    field = classify(label)[0]
    return "lead" if field in ("lead", "responsible") else "due" if field == "due" else ""


def _owner_line(lines: list[str]) -> tuple[str, str, str] | None:
    """(action, lead, due) of an item whose own line under it names its owner and date, labelled
    ('Owner: Ann Lee | By: May 2026', 'Lead: Ann Lee – End of June 2026', 'Who: Ann Lee; When:
    Jun-26'); None when no line under the item's first opens with a label naming who."""
    for k in range(1, len(lines)):
        m = _OPENS_LABEL.match(lines[k])
        if m is None or _label_field(m.group("label")) != "lead":
            continue
        rest = squash(" ".join([m.group("value"), *lines[k + 1:]]))
        who, due = rest, ""
        if (w := _WHEN_LABEL.search(rest)) is not None and _label_field(w.group("label")) == "due":
            who, due = rest[:w.start()], w.group("value")
        else:
            parts = _WHEN_APART.split(rest)
            if len(parts) > 1 and looks_like_when(parts[-1]):
                who, due = rest[:len(rest) - len(parts[-1])], parts[-1]
        who = who.strip(" |;,–—-")
        if not who or words_over(who, _MAX_WHO_WORDS):
            return None
        return squash(" ".join(lines[:k])), who, due.strip()
    return None


def _box_lead(items: list[list[str]]) -> str:
    """The person the line closing a box names as its lead ('Priority lead: Ann Lee', 'Sponsor: Ann
    Lee', 'Champion: …'), set apart after the items, each of which has its own owner's line; '' when
    the box closes otherwise. In that place a bare 'Sponsor' or 'Champion' is the box's: the items
    name their own owners each under a label of its own."""
    if len(items) < 2 or len(items[-1]) < 3:
        return ""
    m = _OPENS_LABEL.match(items[-1][-1])
    if m is None:
        return ""
    words = fold(m.group("label")).split()
    if not any(" ".join(words[-n:]) in AREA_LEAD_HEADS for n in (1, 2) if len(words) >= n):
        return ""
    value = m.group("value").strip()
    if words_over(value, _MAX_WHO_WORDS) or looks_like_when(value) or date_spans(value) \
            or not looks_like_person(value):
        return ""
    # every item's own owner under a label other than the closing one
    owners = [next((fold(o.group("label")) for x in item[1:] if (o := _OPENS_LABEL.match(x)) is not None
                    and _label_field(o.group("label")) == "lead"), "") for item in items[:-1]]
    owners = [o for o in owners if o]
    if not owners or fold(m.group("label")) in owners:
        return ""
    return clean(value)


def _run_together(item: str) -> tuple[str, str, str] | None:
    """(action, lead, due) of an item that closes with its owner and date with nothing set apart ('…
    for the riverside Rhiannon Pugh Jun-26': a scan lost the bars or dashes between them): the date
    the item ends with, the name or role in capitals before it; None when it does not close so."""
    t = squash(item).rstrip(" .;")
    spans = date_spans(t)
    if not spans or spans[-1][1] < len(t) - 1:
        return None
    words = t[:spans[-1][0]].split()
    while words and words[-1].lower() in _DATE_LEAD_INS:  # 'by end of' Dec 26
        words.pop()
    due = t[len(" ".join(words)):].strip()
    k = len(words)
    while k > 0 and len(words) - k < _MAX_WHO_WORDS \
            and (words[k - 1].lstrip(".,;:")[:1].isupper() or words[k - 1] in _JOINING):
        k -= 1
    while k < len(words) and words[k] in _JOINING:
        k += 1
    who = " ".join(words[k:]).strip(" .,;")
    action = " ".join(words[:k]).strip(" .,;–-")
    if not who or not action or not looks_like_person(who.lstrip(".")):
        return None
    return action, who.lstrip("."), due


def _closes_with_when(item: str) -> bool:
    """Does an item close with its date, its owner set apart or not ('… → Ann Lee, Q3 26/27', '… Ann
    Lee Jun-26' as a scan reads it)?"""
    if inline_who_when(item) is not None:
        return True
    words = squash(item).rstrip(").").split()
    return any(looks_like_when(" ".join(words[-k:])) for k in range(1, min(5, len(words) - 1) + 1))


def box_grid(table: Table) -> tuple[Table, str] | None:
    """The grid of boxes as a plan table (a banner row per box, a row per item), with why; None when
    the table is no grid of boxes."""
    grid = [r for r in table.rows if any(c.text.strip() for c in r.cells)]
    if not grid:
        return None
    first = grid[0]
    if read_header([(c.col, c.colspan, c.text) for c in first.cells if c.text.strip()]) is not None:
        return None  # a row of column headings: an ordinary table
    boxes: list[tuple[str, list[list[str]], Row, Cell]] = []
    pending: dict[int, tuple[str, Row, Cell]] = {}  # a title whose items are in the row below
    for r in grid:
        for c in r.cells:
            if not c.text.strip() or c.merged_above:
                continue
            lines = [x for x in c.text.split("\n") if x.strip()]
            if _BULLET.match(lines[0]) and c.col in pending:
                title, tr, tc = pending.pop(c.col)
                items = _item_lines(lines)
                if not items:
                    return None
                boxes.append((title, items, tr, tc))
                continue
            box = _box(c.text)
            if box is None or pending.get(c.col):
                return None
            if box[1]:
                boxes.append((box[0], box[1], r, c))
            else:
                pending[c.col] = (box[0], r, c)
    if pending or len(boxes) < 2:
        return None
    # a box closing with the line that names its lead ('Sponsor: Ann Lee'): the box's, not its last item's
    leads = [_box_lead(items) for _, items, _, _ in boxes]
    boxes = [(t, [*items[:-1], items[-1][:-1]] if lead else items, r, c)
             for (t, items, r, c), lead in zip(boxes, leads, strict=True)]
    n = sum(len(items) for _, items, _, _ in boxes)
    if n < len(boxes) + 1:
        return None
    # what makes the boxes a plan: their items close with when (and who), as a plan's actions do;
    # a grid of lists of achievements or of challenges does not
    if 2 * sum(_owner_line(item) is not None or _closes_with_when(" ".join(item))
               for _, items, _, _ in boxes for item in items) < n:
        return None
    page, line = first.page, first.line
    heads = ["Priority", "Action", "Lead", "Due date"]
    out = [Row([Cell(text=h, col=k) for k, h in enumerate(heads)], page, line)]
    inline = 0
    for (title, items, r, c), lead in zip(boxes, leads, strict=True):
        # the box's lead under a label that says so beside any title ('Lead for this priority: …')
        head = f"{title}\nLead for this priority: {lead}" if lead else title
        for k, parts in enumerate(items):
            item = " ".join(parts)
            found = _owner_line(parts) or inline_who_when(item) or _run_together(item)
            inline += found is not None
            values = [found[0], found[1], found[2]] if found and found[0] else [item, "", ""]
            # the box's title merged down beside its items, as an area column is
            area = Cell(text=head, col=0, rowspan=len(items), fill=c.fill) if k == 0 \
                else Cell(text="", col=0, merged_above=True)
            out.append(Row([area, *(Cell(text=v, col=j + 1) for j, v in enumerate(values))], r.page, r.line))
    why = (f"table {table.index}: read as a grid of boxes, each a title over a list ({len(boxes)} boxes, "
           f"{n} items, {inline} closing with who and when): each item an action, the box's title its area"
           + (f"; the line closing {sum(map(bool, leads))} boxes ('Sponsor: …') names the box's lead"
              if any(leads) else ""))
    return replace(table, rows=out), why


def read_boards(raw: RawDocument) -> RawDocument:
    """The document with each board and each grid of boxes turned into a plan table."""
    blocks: list[Block] = []
    warnings: list[str] = []
    read: dict[int, tuple[Table, str]] = {}
    for k, b in enumerate(raw.blocks):
        if isinstance(b, Table):
            found = lane_board(b) or box_grid(b)
            if found is not None:
                read[k] = found
    # a board broken into a table per workstream, each under the same lanes: a part with a single row
    # of cards is a board too when another part, read as a board, has the very same lanes
    boards = {lane_heads(b) for k, b in enumerate(raw.blocks) if k in read and isinstance(b, Table)} - {None}
    for k, b in enumerate(raw.blocks):
        if k not in read and isinstance(b, Table) and lane_heads(b) in boards:
            found = lane_board(b, min_rows=1)
            if found is not None:
                read[k] = found[0], f"{found[1]}, its lanes those of another board of the document"
    for k, b in enumerate(raw.blocks):
        if k in read:
            blocks.append(read[k][0])
            warnings.append(read[k][1])
            continue
        blocks.append(b)
    if not warnings:
        return raw
    return replace(raw, blocks=blocks, warnings=[*raw.warnings, *warnings])


__all__ = ["box_grid", "lane_board", "lane_heads", "read_boards"]
