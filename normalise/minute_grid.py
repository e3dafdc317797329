"""Minutes set out as a grid: a row per agenda item, the actions inside its text cells.

Committees, boards and governors often minute in a table: `No | Item | Discussion / Notes |
Decision / Action | Who | By when`, or just `Item | Notes | Action`. No column lists the actions one
per row the way a plan does: they sit inside the cells, as

- marked points in any text cell: 'ACTION: JS to circulate the draft by 12 May', 'Action 2: …',
  'AP3 – …', 'Agreed that the Secretary will write to the ICB';
- the content of a decision/action cell: 'Clerk to place on website', or a numbered list of things
  to do ('1. Draft the handbook 2. Book the training') — each item an action of its own, since a
  minute's decisions cell lists separate actions, not the steps of one. A cell that names only who
  acts ('Kay Dicken') sets out no task in words: no action is made up from the notes beside it;
- and 'Noted', 'Received', 'Approved', 'The board agreed the budget' set no one a task: no action.

The row's item cell (its number and title) is the area of its actions; who/when/status columns
pin down the points that do not name their own. Every other word of the row is kept aside.

A table is read this way when its heading row says it is minutes (a discussion or decision column
beside an item or reference column, the discussion before the decisions and longer than them), or,
without headings, when none of its rows reads as a plan's headings and its cells mark action points.
Each reading says why (the walker writes it to the warnings).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from planx.extract.pdftables import margin_who, note_lines
from planx.normalise.columns import looks_like_action
from planx.normalise.dates import find_dates
from planx.normalise.headers import DECENT, read_heading
from planx.normalise.minute_marks import ProseAction, due_of, is_owner, lead_of, leading_status
from planx.normalise.minutes import closing_minute, marked_points, split_items
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import MINUTE_GRID_HEADINGS, MINUTE_NOT_ACTIONS

_PART_SPLIT = re.compile(r"\s*(?:/|&|\+|,|\band\b|\bor\b)\s*")
# a minute's number before its title: 'BM 70/2122 Finance', '3. Volunteering', '4.2 Budget', '(5) AOB'
_ITEM_REF = re.compile(r"^\s*\(?((?:[A-Z]{1,4}\s?)?\d{1,3}(?:[./]\d{1,4})*[a-z]?)\)?[.:)]?\s+(\S.*)$", re.S)
_LONE_REF = re.compile(r"^\s*\(?((?:[A-Z]{1,4}\s?)?\d{1,3}(?:[./]\d{1,4})*[a-z]?)\)?[.:)]?\s*$")
# plan fields that minutes grids do not have: a heading row with one is a plan's
_PLAN_ONLY = {"objective", "outcome", "measure", "rag", "milestones", "rating"}
_ROLE_WORD = {"lead": "who", "due": "when", "status": "status"}
# text columns whose cells are read for actions
TEXT_ROLES = ("discussion", "decision", "action")


@dataclass
class GridLayout:
    """What each column of a minutes grid holds: {grid column: role}, and why it was read so."""
    roles: dict[int, str]
    heading_line: int = -1  # the table line of the heading row (-1: no heading row)
    why: str = ""
    width: int = 0
    # the 'lead' column is a margin of initials, each beside the paragraph that asks them to act
    # (the PDF reader cut each item's row at those paragraphs): that paragraph is the action
    margin: bool = False
    # no action column, but a who/when column ('Action Who/When') filled beside the minutes that set
    # a task, the minutes' numbers opening their text ('1. KK presented …'): each filled who cell
    # marks its minute's action (_read_who_row)
    who_marks: bool = False

    def cols(self, role: str) -> list[int]:
        return sorted(c for c, r in self.roles.items() if r == role)


@dataclass
class Point:
    """One action read from a minute's row."""
    action: str
    lead: str = ""
    due: str = ""
    ref: str = ""
    how: str = ""
    status: str = ""  # printed after the point ('… _Closed_')


@dataclass
class RowReading:
    ref: str = ""  # the minute's number
    title: str = ""  # the minute's item title
    points: list[Point] = field(default_factory=list)
    aside: list[tuple[int, str, str]] = field(default_factory=list)  # (grid column, text, why)
    status: str = ""
    who_only: int = 0  # action cells that name only who acts


def heading_role(label: str) -> str:
    """The role a minutes grid's heading names ('Discussion / Notes' → 'discussion', 'Decision /
    Action' → 'action', 'By whom' → 'lead'); '' for none. A heading made of several parts takes the
    strongest: discussion beside actions is still discussion (its actions are marked in the text).
    A question ('Agreed?') names no decisions column: its cells answer it."""
    key = fold(label).strip(" :")
    if not key:
        return ""
    parts = [key] + [fold(p) for p in _PART_SPLIT.split(squash(label).casefold()) if fold(p)]
    found = {role for part in parts for role, words in MINUTE_GRID_HEADINGS.items() if part in words}
    if label.strip().endswith("?"):
        # a heading asked as a question ('Agreed?', 'Accepted?') is answered yes or no in each row
        # (a response to recommendations): no minute's decisions
        found.discard("decision")
    for role in ("discussion", "action", "decision", "item", "ref", "lead", "due", "status"):
        if role in found:
            return role
    # headings run together ('Actions agreed Who By when', a borderless table's merged columns):
    # the phrase it opens with
    if not words_over(key, 3):
        return ""  # a two- or three-word heading is read whole ('Agreed action' is no 'Agreed' column)
    starts = [(len(w), role) for role, words in MINUTE_GRID_HEADINGS.items() for w in words
              if len(w) > 3 and key.startswith(w + " ")]
    return max(starts)[1] if starts else ""


def _words(texts: Sequence[str]) -> float:
    filled = [t for t in texts if t.strip()]
    return sum(len(t.split()) for t in filled) / len(filled) if filled else 0.0


def layout_by_headings(rows: Sequence[Sequence[tuple[int, str]]]) -> GridLayout | None:
    """The layout of a table whose heading row (one of its first two rows) names minutes' columns.
    rows: each row's (grid column, text) of its filled cells, the first few rows of the table."""
    for line, heading in enumerate(rows[:2]):
        if len(heading) < 2 or any(words_over(t, 6) for _, t in heading):
            continue
        roles = {c: heading_role(t) for c, t in heading}
        if any(r.field in _PLAN_ONLY and r.score >= DECENT for _, t in heading for r in read_heading(t)[:1]):
            return None  # a plan's heading row ('Outcome', 'Success measure', 'RAG')
        if "discussion" not in roles.values() and any(
                not roles[c] and any(r.field == "action" and r.score >= DECENT for r in read_heading(t)[:1])
                for c, t in heading):
            return None  # no discussion, and a column a plan reads as its actions ('Management response')
        below = rows[line + 1:]
        layout = _judge(roles, below)
        if layout is not None:
            layout.heading_line = line
            return layout
    return None


def _judge(roles: dict[int, str], below: Sequence[Sequence[tuple[int, str]]]) -> GridLayout | None:
    """Minutes, when a discussion or decision column sits beside the minute's item or number, the
    discussion before any action column and longer than it (a plan's 'Notes' follow its actions)."""
    discussion = [c for c, r in roles.items() if r == "discussion"]
    decision = [c for c, r in roles.items() if r == "decision"]
    action = [c for c, r in roles.items() if r == "action"]
    item = [c for c, r in roles.items() if r in ("item", "ref")]
    texts = {c: [t for row in below for col, t in row if col == c] for c in roles}
    first = min(roles, default=0)
    if not item and roles.get(first) == "discussion" and len(discussion + decision + action) >= 2 \
            and texts[first] and _words(texts[first]) <= 8:
        # 'Minute | Notes': the first column's short cells are the minutes' items, whatever its heading says
        roles[first] = "item"
        item, discussion, decision, action = ([first], [c for c in discussion if c != first],
                                              [c for c in decision if c != first], [c for c in action if c != first])
    if not item and len(discussion) == 1 and not decision and not action:
        layout = _layout_by_who(roles, texts, discussion[0])
        if layout is not None:
            return layout
    if not (discussion or decision) or not item:
        return None
    if discussion and action:
        if min(discussion) > min(action):
            return None  # notes after the actions: a plan's comments column
    if discussion and not decision and not action and _words(texts[discussion[0]]) < 6:
        return None  # a column of short notes beside items: no minutes
    if discussion and not decision and not action \
            and not any(marked_points(t)[0] for c in discussion for t in texts[c]):
        # notes beside items, no decision or action column, and no action point marked in the notes
        # ('Subject | Notes | Next Step | Owner' in a task tracker's export): nothing a minutes grid would
        # read; a tracker's notes, read by the plan's headings
        return None
    named = ", ".join(f"'{r}' column {c + 1}" for c, r in sorted(roles.items()) if r)
    return GridLayout(roles=dict(roles), why=f"its headings name a minutes grid ({named})",
                      width=max(roles) + 1)


# a minute's number opening its text: '1. KK presented …', '10) Next meeting'
_OPENING_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+(?=\S)")
# who acts, opening a who/when cell: initials ('JN/AC Nov', 'AC to liaise with …')
_LEADING_WHO = re.compile(r"^\s*([A-Z]{2,4}(?:\s*[/,&+]\s*[A-Z]{2,4})*)(?![\w’'])\s*[:\-–]?\s*(.*)$", re.S)
# a point of a minute that records what the meeting decided ('It was agreed that JN and AC would …',
# 'It was agree that …' as typed, 'Resolved that …'): the task a who cell beside the minute stands for
_DECIDED = re.compile(r"^\s*(?:it\s+was\s+)?(?:agreed?|resolved|decided)\b", re.I)


def _layout_by_who(roles: dict[int, str], texts: dict[int, list[str]], text_col: int) -> GridLayout | None:
    """'Points discussed/agreed | Action Who/When': one discussion column whose cells open with the
    minutes' numbers (two thirds of them, two at least), and after it a who (or who/when) column filled
    beside some minutes only, each filled cell opening with who acts ('JN/AC Nov (3/4?)',
    'AC to liaise with …'): the minutes beside a filled cell set a task, the others do not."""
    if not _who_marks_fit(roles, texts, text_col, least=2):
        return None
    named = ", ".join(f"'{r}' column {c + 1}" for c, r in sorted(roles.items()) if r)
    return GridLayout(roles=dict(roles), who_marks=True, width=max(roles) + 1,
                      why=f"its headings name a minutes grid ({named}), the minutes numbered in their text "
                          "and a who column filled beside those that set a task")


def _who_marks_fit(roles: dict[int, str], texts: dict[int, list[str]], text_col: int, least: int) -> bool:
    """Do a grid's cells ({column: its cells}) read as minutes numbered in their text (two thirds of
    them, `least` at least) beside a who column whose filled cells each open with who acts?"""
    who = [c for c, r in roles.items() if r in ("lead", "due") and c > text_col]
    # (the heading row repeated on a later page is no minute)
    notes = [t for c in who for t in texts.get(c, []) if t.strip() and heading_role(t) not in ("lead", "due")]
    cells = [t for t in texts.get(text_col, []) if t.strip() and heading_role(t) != "discussion"]
    numbered = [t for t in cells if _OPENING_NUMBER.match(t)]
    if not who or len(numbered) < least or 3 * len(numbered) < 2 * len(cells):
        return False
    return all(_LEADING_WHO.match(squash(t)) or is_owner(squash(t)) for t in notes)


def goes_on_by_who(rows: Sequence[Sequence[tuple[int, str]]], layout: GridLayout) -> bool:
    """Does a table with no headings of its own go on with the who-marked minutes grid before it
    (_layout_by_who): its text cells open with the minutes' numbers, its who cells with who acts?"""
    texts: dict[int, list[str]] = {}
    for row in rows:
        for c, t in row:
            texts.setdefault(c, []).append(t)
    cols = layout.cols("discussion")
    return len(cols) == 1 and _who_marks_fit(layout.roles, texts, cols[0], least=1)


def _who_and_when(text: str) -> tuple[str, str, str]:
    """(who, when, rest) of a who/when cell: 'JN/AC Nov (3/4?)' → ('JN/AC', 'Nov (3/4?)', ''); 'JN to send
    Pdfs of each plan' → ('JN', '', 'to send Pdfs of each plan'); 'Kay Dicken' → ('Kay Dicken', '', '')."""
    value = squash(text)
    m = _LEADING_WHO.match(value)
    rest = m.group(2).strip() if m else ""
    if m and rest and find_dates(rest, 2000):
        return m.group(1), rest, ""  # (before the whole is taken for a name: 'AC Nov' reads as one)
    if is_owner(value):
        return value, "", ""
    if not m:
        return "", "", value
    return m.group(1), due_of(rest), rest


def _read_who_row(cells: dict[int, str], layout: GridLayout, out: RowReading) -> RowReading:
    """A row of a minutes grid whose who column marks the minutes that set a task (_layout_by_who):
    its number opens its text; with its who cell filled, the point it marks ('ACTION: …'), else the
    point of its list that records a decision ('• It was agreed that JN and AC would …'), else the
    whole minute, its points joined ('Need to set up facilities …; Qualitative “surgeries”; …') is the
    action, the who cell giving who acts and when; a minute with no one beside it is kept aside."""
    who_cols = layout.cols("lead") + layout.cols("due")
    who_text = "\n".join(cells[c] for c in who_cols if cells.get(c, "").strip())
    used = set(who_cols)
    for c in layout.cols("discussion"):
        used.add(c)
        text = cells.get(c, "")
        m = _OPENING_NUMBER.match(text)
        if m:
            out.ref = out.ref or m.group(1)
            text = text[m.end():]
        if not text.strip():
            continue
        if heading_role(text) == "discussion" and who_text and heading_role(who_text) in ("lead", "due"):
            out.aside.append((c, squash(text), "the grid's headings, repeated"))
            return out
        if not who_text:
            out.aside.append((c, squash(text), "minute text"))
            continue
        points, aside = _marked(text)
        if not points:
            items = [squash(_BULLET_LINE.sub("", i)) for i in re.split(r"\n(?=\s*[•\u25aa\u25a0\u25cf\u25cb\u25e6"
                                                                     r"\uf0a7\uf0b7]\s)", text) if i.strip()]
            decided = [i for i in items[1:] if _DECIDED.match(i)]
            if decided:
                value, how = decided[-1], "the decision of a minute beside its who/when note"
                aside = [i for i in items if i != value]
            else:
                value, how = "; ".join(items), "a minute beside its who/when note"
                aside = []
            if _not_an_action(value) or not words_over(value, 2):
                out.aside.append((c, squash(text), "minute text"))
                continue
            points = [Point(action=value, due=due_of(value), how=how)]
        out.points += points
        out.aside += [(c, t, "minute text") for t in aside if t.strip()]
    if who_text and out.points:
        lead, due, rest = _who_and_when(who_text)
        for point in out.points:
            point.lead = point.lead or lead
            point.due = point.due or due
        if rest:
            out.aside.append((who_cols[0], rest, "what the who/when note says besides who acts"))
    elif who_text:
        out.aside.append((who_cols[0], squash(who_text), "lead beside no action"))
    for c, text in cells.items():
        if c not in used and text.strip():
            out.aside.append((c, squash(text), "minutes grid column of no action"))
    return out


def layout_by_marks(rows: Sequence[Sequence[tuple[int, str]]]) -> GridLayout | None:
    """A table with no heading row whose text cells mark action points ('ACTION: …'): the first
    column is the minute's item when its cells are short, every other text column is discussion."""
    marked = {c for row in rows for c, t in row if marked_points(t)[0]}
    if not marked:
        return None
    width = max((c for row in rows for c, _ in row), default=0) + 1
    firsts = [t for row in rows for c, t in row if c == 0]
    first_is_item = 0 not in marked and bool(firsts) and _words(firsts) <= 12
    roles = {c: ("item" if c == 0 and first_is_item else "discussion") for c in range(width)}
    return GridLayout(roles=roles, width=width,
                      why=f"no heading row, and {len(marked)} column(s) mark action points ('Action: …')")


# a paragraph's list mark: '3.', '(b)', '•' (and a symbol font's private-use bullet)
_PARA_MARK = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[•\u2022\u25aa\u25cf\uf0a7\uf0b7\-–*])\s+")


def layout_by_margin(rows: Sequence[Sequence[tuple[int, str]]], going_on: bool = False) -> GridLayout | None:
    """Minutes as numbered items with a narrow action column at the right margin: the first column
    holds the items' numbers (or nothing, under an item going on), one column beside it their
    text, and the last column only initials ('LP', 'SG/NS'), one set a line, under a heading that
    names actions or who acts ('Action') or none. Each set of initials stands beside the paragraph
    that asks them to act (the PDF reader cuts the item there), so that paragraph is their action;
    an item with nothing in the margin sets no one a task. Two sets of initials at least show the
    margin; one does under its heading, or going_on (the minutes of the page before had such a margin)."""
    width = max((c for row in rows for c, _ in row), default=-1) + 1
    if width < 3:
        return None
    last = width - 1
    heading_line = -1
    for i, row in enumerate(rows[:8]):
        if len(row) == 1 and row[0][0] == last and heading_role(row[0][1]) in ("action", "lead"):
            heading_line = i
            break
    body = rows[heading_line + 1:]
    notes = [t for row in body for c, t in row if c == last]
    lines = [ln.strip() for t in notes for ln in t.splitlines() if ln.strip()]
    if len(notes) < (1 if heading_line >= 0 or going_on else 2) \
            or not all(margin_who(" ".join(lines[k] for k in note)) for note in note_lines(lines)):
        return None
    texts: dict[int, list[str]] = {}
    for row in body:
        cols = [c for c, _ in row]
        if last in cols and len(cols) < 2:
            return None  # initials beside no text
        for c, t in row:
            if c == 0 and not all(_LONE_REF.match(squash(ln)) for ln in t.splitlines() if ln.strip()):
                # the first column holds more than the items' numbers (two minutes' numbers one a
                # line, '5.1' over '5.2', beside their paragraphs, are numbers all the same)
                return None
            if 0 < c < last:
                texts.setdefault(c, []).append(t)
    if len(texts) != 1:
        return None
    (text_col, cells), = texts.items()
    if _words(cells) < 12:
        return None
    return GridLayout(roles={0: "ref", text_col: "discussion", last: "lead"}, heading_line=heading_line,
                      width=width, margin=True,
                      why=f"item numbers, their text, and a margin column of initials (column {last + 1}) "
                          "beside the paragraphs that ask them to act")


# a line opening with a bullet glyph (not a dash or a number: those may be a wrapped line's or an item's own)
_BULLET_LINE = re.compile(r"^\s*[•\u25aa\u25a0\u25cf\u25cb\u25e6\uf0a7\uf0b7]\s+")


def goes_on_over_page(tail: str, cells: dict[int, str], layout: GridLayout) -> int | None:
    """The text column of the first row on a page of margin minutes when it goes on with the
    paragraph the page break cut (tail: the last minute of the page before, which set no task):
    no item number, initials beside it, and its text opening with no list mark or heading, under a
    tail that stops mid-sentence or is one bulleted item ('• Minutes on the website – …' at the foot
    of the page, 'These will checked and redacted …' with no bullet of its own at the top of the
    next: a list's next item would open with its own); None when it starts a minute of its own."""
    lines = [ln for ln in tail.splitlines() if ln.strip()]
    bulleted = bool(lines) and _BULLET_LINE.match(lines[0]) is not None \
        and not any(_LIST_LINE.match(ln) for ln in lines[1:])
    if not lines or not bulleted and re.search(r"[.!?:;][\"'”’)]*$", lines[-1].rstrip()):
        return None
    if any(split_item(cells.get(c, ""))[0] for c in layout.cols("ref")):
        return None
    if not any(margin_who(squash(cells.get(c, ""))) for c in layout.cols("lead")):
        return None
    cols = [c for c in layout.cols("discussion") if cells.get(c, "").strip()]
    if len(cols) != 1:
        return None
    text = cells[cols[0]]
    if _PARA_MARK.match(text) or _LIST_LINE.match(text) or _heading_line(text, most=5)[0]:
        return None
    return cols[0]


def _margin_point(text: str) -> tuple[Point | None, list[str]]:
    """(action, text kept aside) of a paragraph that a margin's initials stand beside: its text
    without its list mark ('3. Contract performance – …', '• There is no …') or the sub-heading
    printed over it ('Welcome')."""
    heading, text = _heading_line(text, most=5)  # a sub-heading is a few words, not a wrapped line
    aside = [heading] if heading else []
    lines = text.splitlines()
    starts = [k for k, ln in enumerate(lines) if _BULLET_LINE.match(ln)]
    if starts and (len(starts) > 1 or starts[0] > 0):
        # bullets the reader did not cut apart ('… from Vertas.' / '• Chubb have …' / '• The audit is
        # taking place …'): the row ends at the paragraph the initials stand beside, so that is its
        # last item; the items before it are the minute's text
        aside.append("\n".join(lines[:starts[-1]]))
        text = "\n".join(lines[starts[-1]:])
    value = _PARA_MARK.sub("", squash(text), count=1).strip()
    if not words_over(value, 2) or _not_an_action(value):
        return None, []
    return Point(action=value, due=due_of(value), how="the paragraph beside a margin's initials"), aside


def _lone_title(text: str, most: int = 12) -> bool:
    """A text cell of one short line with no stop at its end: an item's title standing alone."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) != 1:
        return False
    first = squash(lines[0])
    return 0 < len(first.split()) <= most and not first.endswith((".", ",", ";", ":")) \
        and not _PARA_MARK.match(first) and first[:1].isupper()


def _heading_line(text: str, most: int = 12) -> tuple[str, str]:
    """(title, rest) of a text cell whose first line is a short heading ('Apologies' over the
    minute); ('', text) when the first line reads as running text."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2:
        return "", text
    first = squash(lines[0])
    if words_over(first, most) or first.endswith((".", ",", ";", ":")) or _PARA_MARK.match(first) \
            or squash(lines[1])[:1].islower():
        return "", text
    return first, "\n".join(lines[1:])


# a list item's mark at a line's start: a bullet glyph (●, ○, ■ …), a dash, '3.', '(b)'
_LIST_LINE = re.compile(r"^\s*(?:[•\u25aa\u25a0\u25cf\u25cb\u25e6\uf0a7\uf0b7\-–*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")


def _title_over_list(text: str) -> tuple[str, str]:
    """(title, rest) of a discussion cell beside an item's bare number whose first line is a short
    heading over a list ('Matters Arising' over '● Handover', '○ Action HP: Change Passwords'): the
    item's title, which the number column does not print; ('', text) otherwise."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2 or not _LIST_LINE.match(lines[1]):
        return "", text
    return _heading_line(text)


def split_item(text: str) -> tuple[str, str]:
    """(number, title) of a minute's item cell: 'BM 70/2122 Finance' → ('BM 70/2122', 'Finance');
    '3' → ('3', ''); 'Finance' → ('', 'Finance')."""
    t = squash(text)
    m = _LONE_REF.match(t)
    if m:
        return m.group(1), ""
    m = _ITEM_REF.match(t)
    if m:
        return m.group(1), m.group(2).strip()
    return "", t


def _not_an_action(text: str) -> bool:
    key = fold(text)
    return not key or key in MINUTE_NOT_ACTIONS or any(key.startswith(w + " ") for w in MINUTE_NOT_ACTIONS
                                                       if " " in w)


def _task(text: str) -> bool:
    """Does a sentence set someone a task: who is to act ('Clerk to place on website', 'JS will
    …', '… (AB)'), or an instruction ('Circulate the budget to members')?"""
    return bool(lead_of(text)) or looks_like_action(text)


def decision_cell(text: str, listed_are_actions: bool = False) -> tuple[list[Point], list[str]]:
    """(actions, text kept aside) of a decision/action cell: marked points; else each item of a
    numbered or bulleted list, or the whole cell, that sets a task; 'Noted', 'Approved' and
    decisions that set no one a task are kept aside. listed_are_actions: the column's heading names
    actions, so each item of a list of two or more is one (a decisions column's items must set a task)."""
    points, aside = _marked(text)
    if points:
        return points, aside
    aside = []  # nothing marked: the cell is read whole below (_marked kept all of it aside)
    value = squash(text)
    if _not_an_action(value):
        return [], [value]
    items = [i for i in split_items(text) if i.strip()]
    out: list[Point] = []
    for item in items:
        item = item.strip(" ;")
        listed = listed_are_actions and len(items) > 1
        if _not_an_action(item) or not (listed or _task(item)) or not words_over(item, 1) or _names_only(item):
            aside.append(item)
            continue
        out.append(Point(action=item, lead=lead_of(item), due=due_of(item),
                         how="a numbered item of a decisions cell" if len(items) > 1 else "a decisions cell"))
    return out, aside


def _names_only(item: str) -> bool:
    """Does an item of an action cell only name who acts ('1) Paul Evemy/ Sandra Cartwright',
    '(Simon Barnes', 'Chris Winfield' over 'Heather Poustie')? Such a list says who acts on the
    points of the notes beside it, and sets no task of its own."""
    value = squash(item).strip(" ()")
    lines = [ln.strip(" ()") for ln in item.splitlines() if ln.strip(" ()")]
    return is_owner(value) or (len(lines) > 1 and all(is_owner(ln) for ln in lines))


def _marked(text: str) -> tuple[list[Point], list[str]]:
    found, rest = marked_points(text)
    points: list[Point] = []
    aside: list[str] = []

    def status_of_last(text: str) -> bool:
        # a status alone on the line under the point before ('○ ACTION HP: Sort out Github' / '■ Action
        # complete'): its status; the text after it stays minute text
        status, after = leading_status(text) if points and not points[-1].status else ("", text)
        if status:
            points[-1].status = status
            if after.strip():
                aside.append(squash(after))
        return bool(status)

    for before, action in found:
        if before.strip() and not status_of_last(before):
            aside.append(squash(before))
        if action.takes_paragraph_above:
            # 'ACTION: AB' names who acts: the point it closes is the text before it
            number_rest, _, minute = closing_minute(before)
            if aside and minute:
                aside.pop()
                if number_rest:
                    aside.append(number_rest)
            if not minute:
                aside.append(action.lead)
                continue
            points.append(Point(action=minute, lead=action.lead, due=action.due, how="an owner-only 'Action:' note"))
        else:
            points.append(_point(action))
        if action.after:
            aside.append(action.after)
    if rest.strip() and not status_of_last(rest):
        aside.append(squash(rest))
    return points, aside


def _point(action: ProseAction) -> Point:
    return Point(action=action.action, lead=action.lead, due=action.due, ref=action.ref, status=action.status,
                 how="a marked action point ('Action: …')")


def read_row(cells: dict[int, str], layout: GridLayout) -> RowReading:
    """The actions of one minute's row, with the item's number and title and what is kept aside."""
    out = RowReading()
    used: set[int] = set()
    for c in layout.cols("ref") + layout.cols("item"):
        ref, title = split_item(cells.get(c, ""))
        out.ref = out.ref or ref
        out.title = out.title or title
        used.add(c)
    if layout.margin:
        return _read_margin_row(cells, layout, out)
    if layout.who_marks:
        return _read_who_row(cells, layout, out)
    for c in sorted(layout.cols("discussion") + layout.cols("decision") + layout.cols("action")):
        text = cells.get(c, "")
        used.add(c)
        if not text.strip():
            continue
        if layout.roles[c] == "discussion":
            if out.ref and not out.title and c == min(layout.cols("discussion")):
                out.title, text = _title_over_list(text)
            points, aside = _marked(text)
        else:
            points, aside = decision_cell(text, listed_are_actions=layout.roles[c] == "action")
            if not points and not _not_an_action(text) and is_owner(squash(text)):
                # only who acts ('Kay Dicken'): the minute says no task in words, so none is made up
                out.who_only += 1
        why = "minute text" if layout.roles[c] == "discussion" else (
            "who acts, beside a minute that sets out no task" if not points and is_owner(squash(text))
            else "decision without an action")
        out.points += points
        out.aside += [(c, t, why) for t in aside if t.strip()]
    _pin_down(out, cells, layout, used)
    return out


def _read_margin_row(cells: dict[int, str], layout: GridLayout, out: RowReading) -> RowReading:
    """A row of margin-column minutes (layout_by_margin): the item's title is its text's first line
    when that is a heading; the paragraph beside the margin's initials is their action, unless it
    marks action points of its own."""
    used = set(layout.cols("ref"))
    for c in layout.cols("discussion"):
        used.add(c)
        text = cells.get(c, "")
        if out.ref and not out.title:
            out.title, text = _heading_line(text)
            if not out.title and _lone_title(text):
                # the item's number beside its title alone ('2.' | 'Appointment of Board Members'), its
                # paragraphs in the rows the margin's initials cut below it: the title is their area
                out.title, text = squash(text), ""
        if not text.strip():
            continue
        who = [squash(cells.get(m, "")) for m in layout.cols("lead") if squash(cells.get(m, ""))]
        points, aside = _marked(text)
        if not points and who:
            point, heading = _margin_point(text)
            if point is not None:
                points, aside = [point], heading
        out.points += points
        out.aside += [(c, t, "minute text") for t in aside if t.strip()]
    _pin_down(out, cells, layout, used)
    return out


def _pin_down(out: RowReading, cells: dict[int, str], layout: GridLayout, used: set[int]) -> None:
    """Who, when and status columns give the row's points what they do not say themselves;
    numbered alike ('1. PP 2. AB' beside two points), each point takes its own."""
    for role in ("lead", "due", "status"):
        for c in layout.cols(role):
            used.add(c)
            text = squash(cells.get(c, ""))
            if not text:
                continue
            if not out.points:
                out.aside.append((c, text, f"{role} beside no action"))
                continue
            values = split_items(cells.get(c, ""))
            if len(values) == len(out.points) > 1:
                pairs = zip(out.points, values, strict=True)
            else:
                pairs = zip(out.points, [text] * len(out.points), strict=True)
            for point, value in pairs:
                if role == "lead" and not point.lead:
                    point.lead = value
                elif role == "due" and not point.due:
                    point.due = value
                elif role == "status" and not point.status:
                    point.status = value
            taken = {"lead": [p.lead for p in out.points], "due": [p.due for p in out.points],
                     "status": [p.status for p in out.points]}[role]
            for value in (values if len(values) == len(out.points) > 1 else [text]):
                if value not in taken:  # each point named its own: the column's word is kept
                    out.aside.append((c, squash(value), f"{_ROLE_WORD[role]}, beside actions that name their own"))
    for c, text in cells.items():
        if c not in used and text.strip():
            out.aside.append((c, squash(text), "minutes grid column of no action"))


__all__ = ["GridLayout", "Point", "RowReading", "heading_role", "layout_by_headings", "layout_by_marks",
           "layout_by_margin", "goes_on_by_who",
           "read_row", "split_item", "decision_cell", "TEXT_ROLES"]
