"""A finished Draft (raw pieces per field) → a clean contract Action with milestones and ratings."""
from __future__ import annotations

import re

from planx.normalise.codes import (
    is_rag_colour,
    rag_of,
    rag_of_colour,
    state_beside_colour,
    status_line,
    status_of,
    status_over_note,
    status_words,
)
from planx.normalise.dates import (
    PlanDate,
    due_date,
    excel_serial,
    find_dates,
    latest,
    ocr_digits,
)
from planx.normalise.doccodes import glyph_by_key, rag_by_key, status_by_key
from planx.normalise.draft import MILESTONE_STATUS_FIELD, Draft
from planx.normalise.greyrag import beyond_rag_greys
from planx.normalise.headers import GROUP_BREAK, MARK_STATUS_FIELD, REVISED_DUE_FIELD
from planx.normalise.histories import dated_entry_status, history_status
from planx.normalise.horizons import heading_status, horizon_fields, state_area
from planx.normalise.inlinewho import SENTENCE_LEAD_NOTE, sentence_lead, sentence_when
from planx.normalise.milestones import (
    date_set_apart,
    item_date,
    lead_in_items,
    leading_number,
    split_bullets,
    split_numbered,
    statuses_of_items,
    strip_number,
)
from planx.normalise.periods import (
    basis_of_plan,
    horizon_column,
    latest_update,
    ocr_period_label,
    read_period,
    timeline_due,
)
from planx.normalise.records import Action, Milestone, Rating
from planx.normalise.schoolyear import academic_month_due, academic_pair, stated_pair, term_due
from planx.normalise.schoolyear import financial_month_due as fiscal_month_due
from planx.normalise.tallcells import cell_item_list, tall_cell_rows
from planx.normalise.taskheads import percent_status, share_printed
from planx.normalise.text import (
    STRUCK_MARK,
    clean,
    current,
    printed,
    printed_lines,
    split_struck,
    squash,
    words_over,
)
from planx.normalise.trackers import status_at_end, status_at_start
from planx.normalise.vocab import RAG_DOT_GLYPHS

TEXT_FIELDS = ("objective", "outcome", "action", "measure", "lead", "responsible", "progress")


def combined_status(statuses: list[str]) -> str:
    """An action's status from its milestones' (all agree → that; a mix → in_progress).

    Milestones that print no status do not vote, but they keep an otherwise complete
    action from counting as complete."""
    known = [s for s in statuses if s]
    if not known:
        return ""
    kinds = set(known)
    if len(kinds) == 1:
        return "in_progress" if known[0] == "complete" and len(known) < len(statuses) else known[0]
    if "delayed" in kinds:
        return "delayed"
    return "in_progress"


def status_in(text: str) -> str:
    """One status from a cell or list item: by its leading words, else the first status word in it."""
    words = status_words(text)
    return status_of(text) or (words[0] if words else "")


def lines_for(text: str, count: int) -> list[tuple[int, str]] | None:
    """A cell's lines numbered 1, 2 … when there are exactly `count` of them (two or more)."""
    lines = [squash(ln) for ln in text.splitlines() if squash(ln)]
    return list(enumerate(lines, 1)) if count >= 2 and len(lines) == count else None


_YEAR_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*\)?\s*$")


def wrapped_date(text: str) -> bool:
    """A date a narrow column wrapped over two lines ('Mar\n2026', '30 November\n2024'): a line of
    a year alone after a line with none. Its lines are no dates of two items."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return any(_YEAR_LINE.match(ln) and not re.search(r"(?:19|20)\d{2}", prev)
               for prev, ln in zip(lines, lines[1:], strict=False))


def bullets_as_items(text: str) -> list[tuple[int, str]] | None:
    """A bulleted cell's items numbered 1, 2 … (to pair with the items of the cells beside it)."""
    bullets = split_bullets(text)
    return list(enumerate(bullets, 1)) if bullets else None


def cell_items(text: str, beside: list[tuple[int, str]] | None, dates: int,
               from_action: bool) -> list[tuple[int, str]] | None:
    """The milestones of a milestone cell (or of the action's own cell when there is no milestone
    column), numbered as their dates and statuses are: a numbered list always; bulleted items or
    plain lines when the cells beside them hold one date or status per item. A milestone cell
    that is no list is one milestone; an action cell that is no list has none (None)."""
    numbered = split_numbered(squash(text))
    if numbered is not None and (len(numbered) >= 2 or not from_action):
        return numbered
    if not from_action and (worded := word_numbered_lines(text)) is not None:
        return worded
    bullets = split_bullets(text)
    per_item = len(beside) if beside else dates
    # bullets in a milestone column are its items; in an action's own cell, only when the cells
    # beside it, or the items themselves, give one date or status per item
    if bullets and len(bullets) >= 2 and (not from_action or per_item == len(bullets)
                                          or all(item_date(b)[2] for b in bullets)):
        return list(enumerate(bullets, 1))
    lines = lines_as_items(text, beside)
    if lines is not None:
        return lines
    if not from_action and (dated := dated_lines(text)) is not None:
        return dated
    return None if from_action else [(1, squash(text))]


def dated_lines(text: str) -> list[tuple[int, str]] | None:
    """The plain lines of a milestone cell as its items 1, 2 … when each prints a date of its own
    ('Pilot in one team (24/04/2027, On track)' / 'Recruitment completed (Q3 27/28, Complete)'): a
    line a milestone, a sub-table written out; None when fewer than two lines, or one prints no date."""
    lines = [squash(ln) for ln in text.splitlines() if squash(ln)]
    if len(lines) >= 2 and not all(item_date(line)[2] for line in lines):
        lines = lines_closed_by_dates(lines)
    if len(lines) < 2 or not all(item_date(line)[2] for line in lines):
        return None
    return list(enumerate(lines, 1))


_CLOSING_BRACKET = re.compile(r"\(([^()]+)\)$")
# a milestone's date opening its line, then a colon or dash ('29/11/2024: …', '5 March 2025 – …', 'Jun-25: …')
_OPENING_DATE = re.compile(r"^(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2} [A-Za-z]{3,9} \d{4}|[A-Za-z]{3,9}[ -]\d{2,4})"
                           r"\s*[:–—-]\s")


def lines_closed_by_dates(lines: list[str]) -> list[str]:
    """The items of a milestone cell whose items a narrow column wrapped, each closed by its date in
    brackets ('Draft charter shared with the parent' / 'carer forum (06/12/2024)' / 'Charter agreed by
    the Board (07/03/2025)') or each opened by its date ('29/11/2024: Draft strategy shared with the' /
    'parent carer forum' / '28/03/2025: Strategy agreed …'): the lines from each opening date, or up
    to each closing date, one item; the lines as they were when they are neither."""
    items: list[str] = []
    run: list[str] = []
    for line in lines:
        run.append(line)
        m = _CLOSING_BRACKET.search(line)
        if m and find_dates(m.group(1)):
            items.append(" ".join(run))
            run = []
    if not run and len(items) >= 2:
        return items
    opened: list[list[str]] = []
    for line in lines:
        if (m := _OPENING_DATE.match(line)) and find_dates(m.group(1)):
            opened.append([line])
        elif opened:
            opened[-1].append(line)
        else:
            return lines  # a first line opened by no date
    return [" ".join(run) for run in opened] if len(opened) >= 2 else lines


# a line opened by a word and its running number ('Cycle 2: Spread to surgical wards, Jan-26, Not started',
# 'Step 1 – Agree the scope'): one of a sequence the word names
_WORD_NUMBERED = re.compile(r"^\s*([A-Z][a-z]{2,15})\s+(\d{1,2})\s*[:.)\-–—]\s*(?=\S)")


def word_numbered_lines(text: str) -> list[tuple[int, str]] | None:
    """The items of a milestone cell whose lines each open with one word and a number running 1, 2,
    3 … ('Cycle 1: Test a checklist, Sep-25, Done' / 'Cycle 2: …'), the words and number dropped (the
    sequence's structure), a line with no such opening run on to the item above; None when the cell
    is no such sequence of two items or more."""
    items: list[tuple[int, str]] = []
    word = ""
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _WORD_NUMBERED.match(line)
        if m is None or (word and m.group(1) != word) or int(m.group(2)) != len(items) + 1:
            if not items:
                return None
            items[-1] = (items[-1][0], squash(items[-1][1] + " " + line))
            continue
        word = m.group(1)
        items.append((len(items) + 1, squash(line[m.end():])))
    return items if len(items) >= 2 else None


def lines_as_items(text: str, numbered: list[tuple[int, str]] | None) -> list[tuple[int, str]] | None:
    """Unnumbered milestone lines ('Template redesigned' / 'Template live') as items 1, 2 … when the
    dates or statuses beside them are numbered with as many items (Word lost the auto-numbers)."""
    lines = [squash(ln) for ln in text.splitlines() if squash(ln)]
    if not numbered or len(lines) < 2 or len(lines) != len(numbered):
        return None
    return list(enumerate(lines, 1))


_CHOICE_CODE = re.compile(r"^\s*\d{1,2}\s*[.)]\s+(?=[A-Za-z])")


def chosen_status(raw: str) -> str | None:
    """The status of a dropdown's numbered choice ('2. Ongoing - on track', '4. Completed'): one
    line, its number orders the list's choices. A qualifier after 'Ongoing' says how it goes
    ('Ongoing - delayed' → delayed). None when the cell is no such choice."""
    if "\n" in raw.strip() or not _CHOICE_CODE.match(raw):
        return None
    text = _CHOICE_CODE.sub("", raw)
    words = status_words(text)
    if not words:
        return status_of(text)  # '5. Other': a choice that names no status
    qualified = [w for w in words[1:] if w != "ongoing"] if words[0] == "ongoing" else []
    return qualified[0] if qualified else status_of(text) or words[0]


def action_status(raw: str, milestones: list[Milestone]) -> str:
    """The status of an action from its status cell, and from its milestones' when it has several."""
    chosen = chosen_status(raw) if len(milestones) <= 1 else None
    if chosen is not None:
        return chosen
    items = split_numbered(raw)
    if items and len(items) >= 2 and len(items) > len(milestones):
        # more numbered statuses than milestones (the milestone cell was not numbered): the
        # action takes the statuses printed ('1. complete 2. In progress via CCG' → in_progress)
        return combined_status([status_in(text) for _, text in items])
    numbered = items or (len(milestones) == 1 and leading_number(raw)[0])
    if milestones and numbered:
        return combined_status([m.status for m in milestones])
    words = status_words(raw)
    if len(milestones) >= 2 and len(words) >= len(milestones):  # 'Complete Complete In progress'
        for m, w in zip(milestones, words, strict=False):
            m.status = m.status or w
        return combined_status(words)
    # 'ongoing' after another status qualifies it ('Completed - ongoing monthly reviewing')
    votes = words[:1] + [w for w in words[1:] if w != "ongoing"]
    if len(set(votes)) >= 2:  # 'complete … In progress- clinic being set up' → a mix
        return combined_status(votes)
    # a task table's share complete ('100%', '45%'): taskheads.percent_status
    return status_of(raw) or (words[0] if words else "") or percent_status(raw)


def milestones_by_row(draft: Draft, year: int | None) -> list[Milestone] | None:
    """Milestones read row by row when the action's cell is merged down over them (Word), each row
    pairing its own milestone, date and status; None when fewer than two rows hold a milestone."""
    rows = [r for r in draft.sub_rows if r.get("milestones", "").strip()]
    # one sub-task row under the action's own row (a paper's row, then 'Ai) …' with its own finish
    # date and status, the paper's cells merged down over both) is read by its row too
    under_own_row = len(draft.sub_rows) >= 2 and not draft.sub_rows[0].get("milestones", "").strip()
    if len(rows) < (1 if draft.milestone_rows or under_own_row else 2):
        return None
    if not draft.milestone_rows and draft.merged_fields and all(set(r) <= {"milestones"} for r in rows[1:]):
        # the rows below give no date or status of their own (those cells are merged down beside
        # them): one list cut into rows ('1. …' / '2. … 3. …'), read whole with the action's cells
        return None
    out = []
    for r in rows:
        # a row's own 'Finish & status' cell ('21/05/12' / 'COMPLETED') dates its milestone and says
        # how it stands, as the action's own row's does (when_then_status)
        r = {**r, **when_then_status(r)}
        out.extend(build_milestones(Draft(pieces={k: [v] for k, v in r.items()}), year))
    return out


# the fields a nested table's heading names that a milestone holds ('Milestone | By | Status')
# how surely its heading must name the milestone
NESTED_MILESTONE_SCORE = 60.0
# (a number column, 'No.', numbers the milestones: their `ref`, as printed)
_NESTED_FIELDS = {"milestones": "milestone", "action": "milestone", "due": "due", "status": "status", "rag": "status",
                  "area_ref": "ref"}


def nested_table(text: str) -> list[dict[str, str]] | None:
    """The rows of a table nested in a cell, as the readers write one (a line per row, its cells
    joined by '; ', the first line its headings: 'Milestone; By; Status' / 'Pilot in one team; May
    2027; Done'), each as {milestone, due, status} by what its heading names; None unless the first
    line's cells all read as headings naming a milestone and its date or status, and every other
    line has as many cells."""
    from planx.normalise.headers import classify
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    heads = [h.strip() for h in lines[0].split("; ")]
    if len(heads) < 2:
        return None
    fields = []
    for h in heads:
        name, score, _ = classify(h)
        # the milestone's heading surely, its date's or status's beside it may be a word ('By')
        if score <= 0 or name not in _NESTED_FIELDS or _NESTED_FIELDS[name] in fields:
            return None
        if _NESTED_FIELDS[name] == "milestone" and score < NESTED_MILESTONE_SCORE:
            return None
        fields.append(_NESTED_FIELDS[name])
    if "milestone" not in fields:
        return None
    rows = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("; ")]
        if len(cells) != len(heads):
            return None
        rows.append(dict(zip(fields, cells, strict=True)))
    return rows


def tall_cell_milestones(draft: Draft, action: str, year: int | None,
                         warnings: list[str]) -> tuple[str, list[Milestone]] | None:
    """(the action, its milestones) of an action cell holding an item list merged down beside rows
    with dates and statuses of their own (normalise/tallcells.py): each item with its row's date and
    status when they line up one to one, the intro the action; else the whole cell the action and
    each row's date and status a milestone. None when the cell is no item list or the rows no
    dated rows of one action."""
    rows = tall_cell_rows(draft)
    if rows is None:
        return None
    listed = cell_item_list(draft.text("action"))
    if listed is None:
        return None
    intro, items = listed
    if len(items) == len(rows):
        texts = items
        told = action if not intro else clean(intro)
    else:
        texts = [""] * len(rows)
        told = action
        warnings.append(f"action {told[:40]!r}: its cell's {len(items)} items do not line up with the "
                        f"{len(rows)} dated rows beside it; each row's date and status is a milestone")
    out = []
    for text, r in zip(texts, rows, strict=True):
        due_raw = squash(r.get("due", ""))
        status_raw = squash(r.get("status", ""))
        out.append(Milestone(milestone=clean(text), due_raw=due_raw, due_date=due_date(due_raw, year),
                             status=status_in(status_raw), status_raw=status_raw))
    return told, out


def build_milestones(draft: Draft, year: int | None) -> list[Milestone]:
    by_row = milestones_by_row(draft, year)
    if by_row is not None:
        return by_row
    text = draft.text("milestones")
    nested = nested_table(text)
    if nested is not None:
        # a table of the action's milestones nested in its cell: each row its own date and status
        return [Milestone(milestone=clean(r["milestone"]), due_raw=r.get("due", ""),
                          due_date=due_date(r.get("due", ""), year), status=status_in(r.get("status", "")),
                          status_raw=r.get("status", ""), ref=r.get("ref", "")) for r in nested]
    from_action = not text.strip()
    if from_action:  # no milestone column: a list in the action's own cell is its milestones
        text = draft.text("action")
        if not text.strip():
            return []
        if split_numbered(squash(text)) is None and not split_bullets(text) \
                and (in_due := due_cell_milestones(_unstruck(draft.text("due")), year)):
            return in_due  # (its date cell lists them instead: 'By when?' / '1. Pilot – Oct 2025 2. …')
    # a milestone's date and status are what is not struck through (text.current)
    due_text = _unstruck(draft.text("due"))
    status_text = _unstruck(draft.text(MILESTONE_STATUS_FIELD) or draft.text("status"))
    due, status = squash(due_text), squash(status_text)
    due_items = split_numbered(due) or bullets_as_items(due_text)
    status_items = split_numbered(status) or bullets_as_items(status_text)
    items = cell_items(text, due_items or status_items, len(find_dates(ocr_digits(due), year)), from_action)
    if items is None:
        return []
    if from_action and (lead_in := lead_in_items(text)) is not None:
        items = lead_in[1]  # the sentence naming the list is the action (build_action), not its first step
    items = dates_on_their_items(items, year)
    # items that each print their own date ('• Pilot in one team – end of May 2025'): the date
    # column's unnumbered lines are the action's timescale wrapped, not one date per item
    own_dates = len(items) > 1 and all(item_date(t, year)[2] for _, t in items)
    # unnumbered dates or statuses a line each, as many as the milestones ('Sept 2024\nDec 2024')
    if not due_items and not wrapped_date(due_text) and not own_dates:
        due_items = lines_for(due_text, len(items))
    status_items = status_items or lines_for(status_text, len(items))
    # dates are read with OCR digits repaired ('2.0I/l0/2015'); due_raw stays as printed
    due_read = ocr_digits(due)
    whole_due = [(1, due)] if due and not from_action else []  # an action's one date is not its first item's
    dues = dict(due_items or whole_due)
    dues_read = dict(split_numbered(due_read) or due_items or whole_due)
    statuses = dict(status_items or ([(1, status)] if status and not from_action else []))
    single = len(items) == 1
    one_each: dict[int, PlanDate] = {}
    if not due_items and len(items) > 1 and not own_dates:
        # unnumbered dates, one per milestone ('01/06/2015 01/06/2015')
        found = find_dates(due_read, year)
        if len(found) == len(items):
            one_each = {n: d for (n, _), d in zip(items, found, strict=True)}
    out = []
    # a status each item prints of its own ('… (Feb 2026) Done', '… [Complete, Oct 25]'), when no
    # status cell gives them: no part of the milestone's text (milestones.item_status)
    # (a status cell of one value beside items that each print their own: the action's status, not
    # its first item's: 'PDSA 1: Test the script - Nov-25 - Complete', 'PDSA 2: … - Jan-26 - Underway')
    whole_status = len(items) > 1 and not status_items and len(statuses) == 1
    own_statuses = statuses_of_items([t for _, t in items], year) if not statuses or whole_status \
        else [None] * len(items)
    every_status = len(items) > 1 and all(s is not None for s in own_statuses)
    if whole_status:
        if every_status:
            statuses = {}
        else:
            own_statuses = [None] * len(items)
    for (number, item), own_status in zip(items, own_statuses, strict=True):
        m_due = (dues.get(number) or dues_read.get(number, "")) if not single else strip_number(due)
        m_status = statuses.get(number, "") if not single and not whole_status else \
            "" if whole_status else strip_number(status)
        if own_status is not None and not m_status:
            item, m_status = own_status.text, own_status.raw
            if every_status:
                item = date_set_apart(item, year)
        own = one_each.get(number)
        iso = own.iso() if own else due_date(dues_read.get(number, m_due) if not single else m_due, year)
        # an item that prints its own date ('Draft agreed – Jun 25'): the date is no part of its
        # text, and it is the item's unless the date column gives each item one of its own
        item, printed_date, dated = item_date(item, year)
        if dated is not None and not (due_items or one_each) and not (single and iso):
            m_due, iso = printed_date, dated.iso()
        out.append(Milestone(milestone=clean(item), due_raw=m_due, due_date=iso,
                             status=status_in(m_status), status_raw=m_status))
    return out


def due_cell_milestones(due_text: str, year: int | None) -> list[Milestone]:
    """The milestones a date cell lists of its own, numbered or bulleted, each item its step's words
    and its date ('1. Pilot in one team – Oct 2025 2. Guidance published – Jan 2026 3. Complete – 31
    March 2026', under 'Time-bound' or 'By when?'): the steps by which the action is done, each with
    its own date (the action's date is the latest of them, CONTRACT 'Dates'). [] when the cell is
    no list of two or more items, or an item prints no date, or nothing but its date."""
    items = split_numbered(squash(due_text)) or bullets_as_items(due_text)
    if not items or len(items) < 2:
        return []
    out = []
    for _, item in items:
        rest, printed_date, dated = item_date(item, year)
        rest = clean(rest.strip(" -–—:;,"))
        words = rest.replace(printed_date, " ") if printed_date else rest  # (a date alone is left whole)
        if dated is None or not printed_date or not any(c.isalpha() for c in words):
            return []
        out.append(Milestone(milestone=rest, due_raw=printed_date, due_date=dated.iso()))
    return out


def dates_on_their_items(items: list[tuple[int, str]], year: int | None) -> list[tuple[int, str]]:
    """An item that is only a date ('– May 2026', a dash the list read as a bullet) after an item
    that prints none is that item's date, wrapped onto a line of its own: joined to it, the items
    numbered again (only items numbered 1, 2, 3 … in order: a list whose numbers skip is left alone)."""
    if len(items) < 2 or any(n != k for k, (n, _) in enumerate(items, 1)):
        return items
    out: list[str] = []
    for _, item in items:
        text = item.strip().lstrip("-–—").strip()
        rest, _, dated = item_date(text, year)
        if out and dated is not None and squash(rest) == squash(text) and not words_over(text, 4) \
                and due_date(text, year) and item_date(out[-1], year)[2] is None:
            out[-1] = f"{out[-1]} – {text}"
            continue
        out.append(item)
    return list(enumerate(out, 1)) if len(out) != len(items) else items


def _unstruck(text: str) -> str:
    """A cell's lines without their struck-through parts (the lines kept: they pair with items)."""
    return "\n".join(current(line) for line in text.split("\n")) if "~~" in text else text


def latest_milestone_due(milestones: list[Milestone], year: int | None) -> tuple[str, str]:
    """(as printed, ISO) the latest date an action's milestones print, for an action with no date of
    its own: a cell of dated items commits the action to its last ('1. … Jan 15 2. … March 15'
    → March 15). ('', '') when no milestone prints a date."""
    dated = [(d, m.due_raw) for m in milestones if m.due_raw and (d := latest(find_dates(ocr_digits(m.due_raw), year)))]
    if not dated:
        return "", ""
    date, raw = max(dated, key=lambda x: x[0].end_key())
    return raw, date.iso()


def who_then_when(texts: dict[str, str]) -> dict[str, str]:
    """A lead cell that gives who on its first line(s) and when on its last ('Sarah Whitfield' /
    'Sept 2025', under a heading such as 'Lead / target date'), when the row has no date of its own:
    {'lead': who, 'due': when}; {} otherwise (columns.who_then_when_lines).
    """
    from planx.normalise.columns import who_then_when_lines
    if "due" in texts:
        return {}
    split = who_then_when_lines(texts.get("lead", ""))
    return {"lead": split[0], "due": split[1]} if split else {}


def when_then_status(texts: dict[str, str]) -> dict[str, str]:
    """A due cell that gives when on its first line(s) and the status on its last ('Summer 2012' /
    'ONGOING', under a heading such as 'Finish & status'), when the row has no status of its own:
    {'due': when, 'status': status}; {} otherwise (columns.when_then_status_lines)."""
    from planx.normalise.columns import when_then_status_lines
    if texts.get("status", "").strip():
        return {}
    split = when_then_status_lines(texts.get("due", ""))
    return {"due": split[0], "status": split[1]} if split else {}


_SHARE_AFTER_WHEN = re.compile(r"^(?P<when>\S.*?)\s+(?P<share>\d{1,3}\s*%)$", re.S)


def when_then_share(texts: dict[str, str]) -> dict[str, str]:
    """A share-complete cell that opens with a date ('11/2025 0%', '30/04/2025 100%': the due column's
    words read into the next column, as a scan's columns may be) when the row has no date of its own:
    {'due': the date, 'status': the share}; {} otherwise."""
    from planx.normalise.columns import looks_like_when
    from planx.normalise.taskheads import percent_status
    if texts.get("due", "").strip():
        return {}
    m = _SHARE_AFTER_WHEN.match(squash(texts.get("status", "")))
    if not m or not percent_status(m["share"]) or not looks_like_when(m["when"]) or not find_dates(m["when"]):
        return {}
    return {"due": m["when"], "status": m["share"]}


def period_due(a: Action, draft: Draft, plan: PlanDate | None, warnings: list[str]) -> None:
    """An action on a timeline with no date of its own is due at the end of the last period it
    marks; a year taken from the plan's own period is inferred, and said so."""
    if draft.period_kind != "timeline":
        return
    basis = draft.period_basis or basis_of_plan(plan)
    label, end, inferred = timeline_due(draft.periods, draft.period_labels, basis)
    if end is None:
        if label and horizon_column(label) and not a.timeframe:
            a.timeframe = label  # an 'X' under 'Middle' of 'Short | Middle | Long': when, with no date
        return
    a.due_raw, a.due_date = label, end.iso()
    if inferred:
        warnings.append(f"action {a.action[:40]!r}: due {a.due_date} inferred from its last marked period "
                        f"'{label}' and the plan's year")


def note_fill_rag(fill: str, rag: str, warnings: list[str]) -> None:
    """Say once per colour that a RAG was read from a shade of a cell's fill alone (the nearest
    RAG colour or the hue is a judgement, not a word the plan wrote: a reader checks the mapping);
    the four RAG colours themselves need no word."""
    if is_rag_colour(fill):
        return
    note = f"RAG read from the cell fill colour alone: {fill} (a shade) as {rag or 'no rating'}"
    if note not in warnings:
        warnings.append(note)


def struck_row_due(texts: dict[str, str]) -> str:
    """The due cell's struck text when the row is struck through whole, its action and its date with
    nothing beside them: a log strikes a done item out (normalise/struck.py), and its date is then no
    revision that a new date replaced (text.split_struck) but the item's own; '' else."""
    due, action = printed(texts.get("due", "")), texts.get("action", "")
    if STRUCK_MARK not in due or STRUCK_MARK not in action:
        return ""
    kept, struck = split_struck(due)
    kept_action, struck_action = split_struck(action)
    if any(ch.isalnum() for ch in kept) or any(ch.isalnum() for ch in kept_action) or not struck_action:
        return ""
    return " ".join(struck)


def due_of(raw: str, year: int | None, warnings: list[str]) -> str:
    """The due date a due cell commits to; a bare Excel day count ('45747', a date cell whose format
    was lost) is read as the date it counts to, with a warning."""
    when = due_date(current(raw), year)
    serial = excel_serial(raw) if not when else None
    if serial is not None:
        when = serial.iso()
        warnings.append(f"due {raw.strip()!r} read as an Excel date serial ({when})")
    return when


def revised_due(a: Action, revised: str, year: int | None, warnings: list[str]) -> None:
    """A revised due date ('Revised due date' beside 'Due date') is the date in force: the action is
    due then, and due_raw keeps both cells as printed ('30/06/2025 (revised: 31/03/2026)'). A revised
    cell that gives no date ('N/A', 'TBC') leaves the due date as it was."""
    revised = printed(revised)
    if not revised:
        return
    a.due_raw = f"{a.due_raw} (revised: {revised})" if a.due_raw else f"revised: {revised}"
    when = due_of(revised, year, warnings)
    if when:
        a.due_date = when



def milestones_each_print_status(a: Action) -> bool:
    """Whether every milestone of an action prints a status of its own ('1) … (Nov
    2025) Achieved 2) … Not started'): together they say how an action with no status stands."""
    return bool(a.milestones) and all(m.status for m in a.milestones)


def milestones_status(a: Action, warnings: list[str]) -> str:
    """The status of an action that prints none, from its milestone rows' (a headed section's table,
    normalise/sections.py): the milestones say how the action stands, by the rule combined_status
    keeps for them all. status_raw stays empty (nothing was printed); a warning says it was derived."""
    status = combined_status([m.status for m in a.milestones])
    if status:
        told = sum(1 for m in a.milestones if m.status)
        warnings.append(f"action {a.action[:40]!r}: no status printed; status {status!r} derived from "
                        f"its milestones' ({told} of {len(a.milestones)} with a status)")
    return status


def update_status(a: Action, warnings: list[str], lines: str = "") -> str:
    """The status of an action that prints none, from a status phrase opening its update ('Not yet
    started: …', 'In progress – …'; trackers.status_at_start), or from the update's first line when
    that line is a status and no more ('Delayed', 'Not started' over 'Report to Cabinet in the new
    year.'; `lines`: the update's lines as printed, status_over_note); an update kept as a history of
    dated entries takes its LATEST entry's status only (histories.history_status), the newest by date, and
    an update of one dated entry the status phrase opening that entry (histories.dated_entry_status). The
    update stays whole as the progress; status_raw stays empty (no status cell was printed); a warning says so."""
    history = history_status(a.progress)
    if history is not None:
        # an update history: its latest entry declares the status, or none does (normalise/histories.py)
        status, phrase, label, entries = history
        if status:
            warnings.append(f"action {a.action[:40]!r}: no status printed; status {status!r} from the phrase "
                            f"{phrase!r} in the latest ({label!r}) of the {entries} entries of its update history")
        return status
    lone = dated_entry_status(a.progress)
    if lone is not None:
        warnings.append(f"action {a.action[:40]!r}: no status printed; status {lone[0]!r} from the phrase "
                        f"{lone[1]!r} opening its one dated ({lone[2]!r}) update")
        return lone[0]
    found = status_at_start(a.progress)
    first = lines.split("\n")[0] if lines else ""
    if found is None and first and status_line(lines):
        found = (status_of(first), first)
    where = "opening"
    if found is None:
        # a running update closes with its latest word ('… Sign completed. Action closed')
        found, where = status_at_end(a.progress), "closing"
    if found is None or not found[0]:
        return ""
    warnings.append(f"action {a.action[:40]!r}: no status printed; status {found[0]!r} from the phrase "
                    f"{found[1]!r} {where} its update")
    return found[0]


def school_term_due(a: Action, school_year: int | None, warnings: list[str]) -> None:
    """A due cell that names a term without a year ('Spring term', 'Aut 2', 'by Easter') is due at
    that term's end in the academic year the document states (normalise/schoolyear.py); the date is
    inferred, and a warning says from what."""
    found = term_due(current(a.due_raw), school_year)
    if found is None or school_year is None:
        return
    end, term = found
    a.due_date = end.iso()
    warnings.append(f"action {a.action[:40]!r}: due {a.due_date} inferred from the {term} named in "
                    f"{a.due_raw[:40]!r} and the academic year {academic_pair(school_year)} the document states")


def school_month_due(a: Action, school_year: int, warnings: list[str]) -> None:
    """In a plan counting in school years, a due month without a year ('October', 'Sept - May') falls
    in the stated academic year, September to August (the plan's own year alone, '2024-25' read as
    2025, would put October in 2025); said so when it differs."""
    month = academic_month_due(current(a.due_raw), school_year)
    if month is None or month.iso() == a.due_date:
        return
    warnings.append(f"action {a.action[:40]!r}: due {a.due_raw[:30]!r} read in the academic year "
                    f"{academic_pair(school_year)} the document states: {month.iso()} (not {a.due_date})")
    a.due_date = month.iso()


def financial_month_due(a: Action, first_year: int, heading: bool, warnings: list[str]) -> None:
    """In a plan that states its year as a pair of years and does not count in school years
    ('Action Programme 2026/27', or the heading over its actions, 'What we will do in 2026/27'), a
    due month without a year ('w/c 4 January', 'by October') falls in that financial year, April to
    March (the plan's own year alone would put January and October in one calendar year); a plan for
    several years ('Corporate Plan 2026-2030') reads it in its first financial year (2026/27), not in
    the last year its span names. Said so when it differs."""
    month = fiscal_month_due(current(a.due_raw), first_year)
    if month is None or month.iso() == a.due_date:
        return
    source = "the heading over it" if heading else "the document"
    warnings.append(f"action {a.action[:40]!r}: due {a.due_raw[:30]!r} read in the financial year "
                    f"{academic_pair(first_year)} {source} states: {month.iso()} (not {a.due_date or 'none'})")
    a.due_date = month.iso()


def school_term_milestones(a: Action, school_year: int | None, academic: bool, warnings: list[str]) -> None:
    """Each milestone whose due cell names a term without a year ('Aut 2') is due at that term's
    end in the academic year the document states, as an action is (school_term_due), and in a plan
    counting in school years one naming a month without a year falls in that academic year
    (school_month_due); one warning says how many."""
    if school_year is None:
        return
    read = 0
    for m in a.milestones:
        if not m.due_raw:
            continue
        found = term_due(current(m.due_raw), school_year) if not m.due_date else None
        month = academic_month_due(current(m.due_raw), school_year) if academic and m.due_date else None
        if found is not None:
            m.due_date = found[0].iso()
            read += 1
        elif month is not None and month.iso() != m.due_date:
            m.due_date = month.iso()
            read += 1
    if read:
        warnings.append(f"action {a.action[:40]!r}: {read} milestone due date(s) inferred from terms or months "
                        f"without a year and the academic year {academic_pair(school_year)} the document states")


# a numbered list's item on a line of its own ('4. Numeracy')
_ITEM_LINE = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*)$")
# an item this short is a name on its line ('Oracy'), which the next line does not go on from
SHORT_ITEM_WORDS = 6


def text_after_list(text: str) -> tuple[str, str] | None:
    """(the last item's own text, the text after it) of an action cell whose numbered list, one
    short item a line, is followed by a paragraph of its own ('1. Oracy … 4. Numeracy' then 'Each
    phase will require schools to: • …'): a line opening with a capital after an item of a few
    words starts new text, not more of the item. None when the list ends the cell."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    marked = [k for k, ln in enumerate(lines) if _ITEM_LINE.match(ln)]
    if len(marked) < 2 or marked[-1] + 1 >= len(lines):
        return None
    m = _ITEM_LINE.match(lines[marked[-1]])
    assert m is not None
    item, following = m.group(2), lines[marked[-1] + 1]
    if words_over(item, SHORT_ITEM_WORDS) or item.endswith((",", ";", "-", "–")) or not following[:1].isupper():
        return None
    return clean(item), clean(" ".join(lines[marked[-1] + 1:]))


# a label and a number opening the action's text, then a colon or a dash ('AI 3: Review …', 'Item 12 –
# …', 'Action 2.1: …'): the label one word of letters, the number the item's
_LABELLED_NUMBER = re.compile(r"^\s*[A-Za-z]{2,12}\.?\s*(?P<number>\d{1,3}(?:\.\d{1,3})*)\s*[:–—-]\s+(?=\S)")


def without_repeated_ref(action: str, ref: str) -> str:
    """The action's text less a label and number that print the row's own reference again ('1.' in the
    numbering column, 'AI 1: Look at …' in the action's): the number is the ref, the rest the action.
    A number other than the row's is the text's own ('Phase 2: …' in row 5)."""
    m = _LABELLED_NUMBER.match(action)
    if not m or not ref or m.group("number") != ref or not action[m.end():].strip():
        return action
    return action[m.end():]


def under_row_ref(action: str, ref: str) -> tuple[str, str] | None:
    """(its own reference, the rest) of an action that opens with a reference one level or more under
    the row's ('1.2. Prepare …' in a row of task '1', a task's merged number carried down): the
    number is the item's own within its task, the rest the action. None when the number does not
    extend the row's ('3.2 …' in row '1' is the text's own)."""
    from planx.normalise.outline import leading_ref, ref_parts
    parent = ref_parts(ref.strip(" .")) if ref.strip(" .") else None
    lead = leading_ref(action.strip())
    if parent is None or lead is None:
        return None
    parts = ref_parts(lead[0].strip(" ."))
    if parts is None or len(parts) <= len(parent) or parts[:len(parent)] != parent:
        return None
    return lead[0].strip(" ."), lead[1]


def lone_glyph(text: str) -> bool:
    """Is a cell's text one dot or square alone ('●', '■', '⬤': vocab.RAG_DOT_GLYPHS), which says nothing
    but by its colour?"""
    return text.strip() in RAG_DOT_GLYPHS


def build_action(draft: Draft, plan: PlanDate | None, rag_numbers: dict[str, str],
                 warnings: list[str], school_year: int | None = None, academic: bool = False,
                 span_start: int | None = None, codes: dict[str, str] | None = None,
                 by_key: list[tuple[str, str, str]] | None = None) -> Action:
    from planx.normalise.columns import status_then_when
    year = plan.year if plan else None
    ctx = draft.context
    texts = {name: " ".join(pieces) for name, pieces in draft.pieces.items()}  # each field's text, once
    texts.update(who_then_when(texts))
    texts.update(when_then_status(texts))
    texts.update(when_then_share(texts))
    texts = horizon_fields(texts, ctx)  # a period or state heading above it (normalise/horizons.py)
    a = Action(area_ref=ctx.get("area_ref", ""), area=clean(ctx.get("area", "") or state_area(ctx)),
               area_lead=clean(ctx.get("area_lead", "")), timeframe=ctx.get("timeframe", ""),
               page=draft.page, line=draft.line, table=draft.table)
    for name in TEXT_FIELDS:
        if name in texts:  # an absent field stays '' (clean('') is '')
            setattr(a, name, clean(texts[name]))
    if not a.objective and ctx.get("objective"):  # a theme row's, under the area a heading named
        a.objective = clean(ctx["objective"])
    if not a.outcome and ctx.get("outcome"):  # a box's 'Intended outcome: …' printed once above its headings
        a.outcome = clean(ctx["outcome"])
    # an action cell that is a list ('1. … 2. …') keeps its first number: it is no reference
    number, a.action = ("", a.action) if len(split_numbered(a.action) or ()) >= 2 else leading_number(a.action)
    a.ref = squash(texts.get("ref", "")).strip(" .") or number
    a.action = without_repeated_ref(a.action, a.ref)
    if (sub_ref := under_row_ref(a.action, a.ref or a.area_ref)) is not None:
        a.ref, a.action = sub_ref
    if not any(texts.get(f, "").strip() for f in ("lead", "responsible")) and ctx.get("group_lead"):
        a.lead = clean(ctx["group_lead"])  # a row across the table naming its owner (Walker.owner_row)
    elif not any(texts.get(f, "").strip() for f in ("lead", "responsible")) and not a.area_lead \
            and (who := sentence_lead(a.action)):
        # no lead given apart from the text: the sentence's subject leads ('By May 2026, the Head of
        # Service will …'); the action keeps its words as printed
        a.lead = who
        if SENTENCE_LEAD_NOTE not in warnings:
            warnings.append(SENTENCE_LEAD_NOTE)
        if not texts.get("due", "").strip() and not draft.milestone_rows and (when := sentence_when(a.action)):
            texts["due"] = when  # and no date given apart from it: the date the sentence sets
    a.due_raw = printed(texts.get("due", ""))
    row_dues = [squash(r["due"]) for r in draft.sub_rows if r.get("due", "").strip()]
    if len(row_dues) >= 2 and not draft.milestone_rows:  # dates in separate rows under a merged action cell
        a.due_raw = "; ".join(row_dues)
    # due_raw, status_raw and rag_raw keep what is struck through ('~~31/03/2024~~ 30/06/2024'),
    # as printed; the date, status and RAG are read from the rest (text.current)
    a.due_date = due_of(a.due_raw, year, warnings)
    if not a.due_date and (done := struck_row_due(texts)):
        a.due_date = due_date(done, year)  # a row struck through whole: done by that date, not superseded
    a.status_raw = printed(texts.get("status", ""))
    a.milestones = build_milestones(draft, year)
    tall = tall_cell_milestones(draft, a.action, year, warnings)
    if tall is not None:
        # (the action's date and status cells: every row's, as printed, one a milestone; the
        # action's status follows from them by action_status)
        a.action, a.milestones = tall
        a.due_raw = "; ".join(m.due_raw for m in a.milestones if m.due_raw) or a.due_raw
        a.due_date = due_of(a.due_raw, year, warnings)
        a.status_raw = "; ".join(m.status_raw for m in a.milestones if m.status_raw) or a.status_raw
    after = text_after_list(texts.get("action", "")) if a.milestones and not draft.text("milestones").strip() else None
    if after is not None:
        # 'Phases: 1. Oracy … 4. Numeracy' then 'Each phase will require schools to: …': the list sits
        # inside the action's text, not at its end; its last item ends at its own line
        final = a.milestones[-1]
        if final.milestone.startswith(after[0]) and final.milestone != after[0]:
            final.milestone = after[0]
    elif a.milestones and not draft.text("milestones").strip() \
            and (lead_in := lead_in_items(a.action, draft.text("action"))) is not None:
        a.action = lead_in[0]  # 'The following will be done:' over its numbered steps (the milestones)
    if "due" not in texts:
        a.due_raw, a.due_date = latest_milestone_due(a.milestones, year)
    revised_due(a, texts.get(REVISED_DUE_FIELD, ""), year, warnings)
    if a.due_raw and not a.due_date:
        school_term_due(a, school_year, warnings)
    elif a.due_raw and academic and school_year is not None:
        school_month_due(a, school_year, warnings)
    elif a.due_raw and not academic and (plan is None or plan.month is None):
        # the heading over the action names its year ('What we will do in 2026/27'), else the document
        # does; a plan dated by its month ('Progress Tracker (August 2015)') reads them in that date's year
        heading_year = stated_pair(a.timeframe)
        first_year = next((y for y in (heading_year, school_year, span_start) if y is not None), None)
        if first_year is not None:
            financial_month_due(a, first_year, heading_year is not None, warnings)
    school_term_milestones(a, school_year, academic, warnings)
    if draft.periods and not a.due_date:
        period_due(a, draft, plan, warnings)
    if draft.period_kind == "updates" and not a.progress:
        # a progress grid of words: the latest period's update (the others are kept aside)
        a.progress = clean(latest_update(draft.periods, draft.period_labels)[1])
    # (read before the cell's lines are folded into one: its first line may be the status, over a note)
    over_note = status_over_note(printed_lines(texts.get("status", ""))) if len(a.milestones) <= 1 else ""
    # a box or tick the document's own key explains ('☒ no longer needed'), before the glyph's usual sense
    keyed, meaning = glyph_by_key(current(a.status_raw), codes) if codes else ("", "")
    if keyed and by_key is not None:
        by_key.append(("status", squash(current(a.status_raw)), meaning))
    a.status = texts.get(MARK_STATUS_FIELD, "") or over_note or keyed or \
        action_status(current(a.status_raw), a.milestones)
    if not a.status and a.status_raw:
        a.status = heading_status(a.status_raw, ctx)  # a state heading's ('Things we've done')
    if not a.status and a.status_raw and codes:
        # a code the document's own key explains ('IP' where its lookup says 'IP | In progress')
        a.status, meaning = status_by_key(current(a.status_raw), codes, bool(texts.get("rag", "").strip()))
        if a.status and by_key is not None:
            by_key.append(("status", squash(current(a.status_raw)), meaning))
    if not a.status_raw and (draft.milestone_rows or milestones_each_print_status(a)):
        a.status = milestones_status(a, warnings)
    elif not a.status and a.status_raw and draft.text(MILESTONE_STATUS_FIELD) and milestones_each_print_status(a):
        # a word of its own status column the contract gives no status ('Open'), beside a column of
        # its milestones' statuses: they say how the item stands
        a.status = milestones_status(a, warnings)
    if not a.status and not a.status_raw and a.due_raw and (done := status_then_when(current(a.due_raw))):
        # no status column: the due cell says how it stands before its date ('Completed May 2019')
        a.status = done
        note = "status read from the words before a due cell's date ('Completed May 2019': complete)"
        if note not in warnings:
            warnings.append(note)
    if not a.status and not a.status_raw and a.progress:
        a.status = update_status(a, warnings, printed_lines(texts.get("progress", "")))
    if not a.progress and share_printed(current(a.status_raw)):
        # a task's share complete ('45%', 'Progress %' over '25'): how far it has got, its progress as
        # printed, as well as the status read from it
        a.progress = squash(current(a.status_raw))
    a.rag_raw = printed(texts.get("rag", ""))
    a.rag = rag_of(current(a.rag_raw), rag_numbers)
    if not a.rag_raw and not a.status and a.status_raw and not draft.fills.get("rag") \
            and (by_word := rag_of(current(a.status_raw), rag_numbers)):
        # a status column that prints a RAG colour ('Status: Amber'), no state: the RAG rating, as a
        # RAG column's would be (status_raw keeps what was printed)
        a.rag_raw, a.rag = a.status_raw, by_word
    else:
        status_of_rating(a)
    if a.rag_raw and not a.rag and codes:
        a.rag, meaning = rag_by_key(current(a.rag_raw), codes)  # '✓' where the key says '✓ = Complete'
        if a.rag and by_key is not None:
            by_key.append(("rag", squash(current(a.rag_raw)), meaning))
    if not a.rag_raw and draft.fills.get("rag") and beyond_rag_greys(draft.fills["rag"]):
        # a cell blacked out: no rating shown, no colour to keep as one
        note = f"RAG cell filled {draft.fills['rag']} (darker or lighter than any RAG colour): no rating"
        if note not in warnings:
            warnings.append(note)
    elif not a.rag_raw and draft.fills.get("rag"):
        a.rag_raw = draft.fills["rag"]
        a.rag = rag_of_colour(a.rag_raw)
        note_fill_rag(a.rag_raw, a.rag, warnings)
    elif a.rag_raw and draft.fills.get("rag"):
        by_colour = rag_of_colour(draft.fills["rag"])
        # 'A/G' on a green fill agrees: the colour is one half of the pair
        if by_colour and a.rag and by_colour not in a.rag.split("_"):
            warnings.append(f"action {a.action[:40]!r}: RAG text {a.rag_raw!r} disagrees with fill "
                            f"{draft.fills['rag']} ({by_colour})")
    if a.rag_raw and not a.rag and lone_glyph(current(a.rag_raw)) and rag_of_colour(draft.fills.get("rag")):
        # a RAG shown only as a coloured '●' (its ink the cell's colour, extract): the colour is the rating
        a.rag = rag_of_colour(draft.fills.get("rag"))
    elif a.rag_raw and not a.rag and a.rag_raw.strip().isdigit() and rag_of_colour(draft.fills.get("rag")):
        a.rag = rag_of_colour(draft.fills.get("rag"))  # a score (1–5) in the colour its rules paint it
    elif a.rag_raw and not a.rag and a.rag_raw.strip().isdigit():
        warnings.append(f"RAG {a.rag_raw!r} is a number with no RAG key in the plan: kept in rag_raw only")
    for label, raw, fill in draft.ratings:
        group, _, own = label.rpartition(GROUP_BREAK)
        heading = f"{group} {own}".strip()  # the date a heading names may sit in either part ('2025/26' over 'Q1')
        dates = find_dates(heading.split(None, 1)[1] if " " in heading else "", year)
        if (period := read_period(own)) is not None and period.year:
            # the heading is the period itself ('Apr-26', 'Apr 2026', 'Q1 24/25'), not a rating's name
            # before a date ('RAG Sep-17'): its month and year, which the words after its first leave
            # out or read as the whole year ('24/25' alone ends in March)
            dates = find_dates(own, year) or dates
        r = Rating(label=ocr_period_label(own), as_of=dates[0].iso() if dates else "", rag_raw=squash(raw),
                   heading_group=group)
        r.rag = rag_of(r.rag_raw, rag_numbers)
        if not r.rag_raw and fill:
            r.rag_raw, r.rag = fill, rag_of_colour(fill)
        a.ratings.append(r)
    if not a.rag_raw and a.ratings:
        last = next((r for r in reversed(a.ratings) if r.rag_raw), None)
        if last:
            a.rag, a.rag_raw = last.rag, last.rag_raw
            status_of_rating(a)  # 'Initiative Health' beside 'Goal Health': the row's own, the last
    return a


def status_of_rating(a: Action) -> None:
    """The status a rating states, where no status column gives one (status_raw keeps the text): a
    RAG column or label ('RAG / status: Delayed', 'Accomplished') that prints a state and no colour,
    or a health cell that prints the state and its colour ('On Track (green)', 'Complete - Blue'),
    whose colour is the RAG and whose state the status."""
    if not a.rag_raw or a.status_raw:
        return
    text = current(a.rag_raw)
    if (not a.rag and status_of(text)) or (a.rag and state_beside_colour(text)):
        a.status_raw = a.rag_raw
        a.status = action_status(text, a.milestones)
