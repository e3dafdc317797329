"""Which column is the action when a table offers several, read by what the columns hold.

The headings decide first (headers.assign_fields: 'Actions' names what is to be done more surely
than 'Council response'). The cells below can overturn that reading, as a person would:

- the column the headings chose holds no instructions while another whose heading also names an
  action does ('Action ID' over codes beside 'Action title' over sentences): the other is the action;
- two columns both headed as what is done, one printed once over several rows (a merged cell,
  blank below its first row, or the same words again on each row of an export) and the other
  filled on every row ('Action | Task | Owner | Due'): the
  sparse one is the parent. When it reads as a thing to do, the rows are its steps (milestones);
  when it reads as a topic and every row has its own lead, it is the theme (area) and each row an
  action.

And a heading that reads both as a RAG and as a status ('Milestone RAG status') is the status when
its cells are status words ('Complete', 'In progress') rather than colours.

Each decision comes with a confidence and a reason, which the walker writes to the warnings.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from planx.normalise.columns import (
    WORD,
    ColumnProfile,
    _is_verb,
    commits_to,
    looks_like_action,
    looks_like_when,
    opens_with_verb,
)
from planx.normalise.headers import (
    DECENT,
    SURE_ACTION_HEADING,
    Column,
    action_candidacy,
    opens_with_word,
    read_heading,
    slash_alternatives,
)
from planx.normalise.itemlists import changes_row_by_row
from planx.normalise.taskheads import percent_status
from planx.normalise.text import fold
from planx.normalise.vocab import CALL_MODALS, COMMITMENT_MODALS, DECISION_HEADING_WORDS, NEXT_STEP_WORDS


@dataclass
class Choice:
    fields: dict[int, str] = field(default_factory=dict)  # grid column → its new field ('' = kept aside)
    confidence: float = 0.0
    why: str = ""


def names_action(label: str) -> float:
    """How surely (0–100) a heading names what is to be done, among all its readings."""
    return max((r.score for r in read_heading(label) if r.field == "action"), default=0.0) if label else 0.0


def instructions(p: ColumnProfile | None) -> float:
    """How much a column reads as things to do: the share of its cells that open with a verb of
    action, counted fully only when they are sentences, not codes or one-word labels."""
    if p is None or p.cells == 0:
        return 0.0
    return p.action * min(1.0, p.words / 4)


def _name(c: Column) -> str:
    return f"'{c.label}'" if c.label else f"column {c.col + 1}"


def better_action_column(columns: Sequence[Column], profiles: dict[int, ColumnProfile]) -> Choice | None:
    """A column whose heading names an action too (but lost to a surer heading) and whose cells are
    instructions, while the chosen action column's cells are not: the cells win."""
    chosen = next((c for c in columns if c.field == "action"), None)
    if chosen is None or chosen.basis != "heading":
        return None
    mine = instructions(profiles.get(chosen.col))
    # (a 'Next action' beside the task's own heading is the task's next step, its progress, read so
    # by the headings (headers._next_step_beside_task): its instructions are steps, not the task)
    rivals = [(instructions(profiles.get(c.col)), c) for c in columns
              if c is not chosen and c.field != "action" and names_action(c.label) >= DECENT
              and not (c.field == "progress" and opens_with_word(c.label, NEXT_STEP_WORDS))]
    if not rivals:
        return None
    theirs, rival = max(rivals, key=lambda x: x[0])
    if mine >= 0.3 or theirs < 0.6:
        return None
    confidence = round(min(1.0, theirs - mine), 2)
    return Choice({rival.col: "action", chosen.col: ""}, confidence,
                  f"{_name(rival)} holds instructions ({theirs:.0%}) and {_name(chosen)} does not ({mine:.0%})")


# the action column by its FILL: a column filled on at least FULL of the table's records with things to
# do beside the named action column filled on fewer than SPARSE of them (a tracker export's 'Next Step'
# filled now and then beside 'Comments' written on every task); TO_DO: the least share of the full
# column's cells that read as things to do for it to be the action
FULL = 0.8
SPARSE = 0.6
TO_DO = 0.5
# fields a column's heading gives that say what it holds beyond doubt: never the action by its fill
_NOT_THE_ACTION = ("action", "lead", "responsible", "due", "status", "rag", "rating", "area_ref", "milestones",
                   "measure")


def fuller_action_column(columns: Sequence[Column], profiles: dict[int, ColumnProfile],
                         rows: Sequence[dict[int, str]]) -> Choice | None:
    """The column the headings chose as the action (a heading short of sure: 'Next Step') is empty or
    sparse over the table's records, each a row of its own (its own who or when), while another
    column of prose whose heading does not rule the action out ('Comments', 'Notes') is filled on
    nearly every record with things to do ('RC to reach out to …', 'Review the …'): that column
    is the action, and the named one is kept aside. Rows whose chosen cell is empty would otherwise
    be lost or glued to the row above. rows: each row's cells {grid column: text}."""
    chosen = next((c for c in columns if c.field == "action"), None)
    if chosen is None or chosen.basis != "heading" or names_action(chosen.label) >= SURE_ACTION_HEADING:
        return None
    who = [c.col for c in columns if c.field in ("lead", "responsible")]
    when = [c.col for c in columns if c.field == "due"]
    # the records: rows with their own who or when (a band, a subtotal's count or a wrapped line has none)
    records = [r for r in rows if any(r.get(col, "").strip() for col in who)
               or any(looks_like_when(r.get(col, "")) for col in when)]
    if len(records) < 4 or len(records) < 0.6 * len(rows):
        return None
    def fill(col: int) -> float:
        return sum(1 for r in records if r.get(col, "").strip()) / len(records)
    mine = fill(chosen.col)
    if mine >= SPARSE:
        return None
    rivals = []
    for c in columns:
        p = profiles.get(c.col)
        if c is chosen or c.field in _NOT_THE_ACTION or p is None or p.words < PROSE_WORDS or p.when >= 0.3 \
                or (c.label and action_candidacy(c.label)[0] <= 0.0) or fill(c.col) < FULL:
            continue
        share = commitment_share([r.get(c.col, "") for r in records])
        if share >= TO_DO:
            rivals.append((fill(c.col) * share, share, c))
    if not rivals:
        return None
    _, share, rival = max(rivals, key=lambda x: x[0])
    theirs = fill(rival.col)
    confidence = round(min(1.0, (theirs - mine) + share / 2), 2)
    return Choice({rival.col: "action", chosen.col: ""}, confidence,
                  f"{_name(rival)} taken as the action: it is filled on {theirs:.0%} of the {len(records)} rows, "
                  f"{share:.0%} of them things to do, and {_name(chosen)} on {mine:.0%} only; "
                  f"{_name(chosen)} kept aside")


# a column holds prose when its cells average this many words (a finding, a recommendation, an action)
PROSE_WORDS = 5.0
# the share of a column's cells that must read as commitments for its cells to outweigh a weak heading,
# and the share under which the chosen column reads as no commitments at all
COMMITTED = 0.6
UNCOMMITTED = 0.25
# a heading read as the action at SURE_ACTION_HEADING or more names it beyond doubt (headers.py, one
# threshold for both): the cells never overturn it


def commitment_share(texts: Sequence[str]) -> float:
    """The share of cells that read as something to be done: an instruction ('Review the …') or a
    sentence that commits to it ('The Finance Manager will review …', 'We will appoint …'), as
    against a finding or a description ('Reconciliations were not signed off …')."""
    cells = [t for t in texts if t.strip()]
    if not cells:
        return 0.0
    return sum(1 for t in cells if _commits(t)) / len(cells)


def _commits(text: str) -> bool:
    """A cell that opens with an instruction or commits in its first sentences ('Agreed. We will
    scan …': a response accepts, then commits)."""
    for sentence in _SENTENCE_END.split(text[:300])[:2]:
        if looks_like_action(sentence) or opens_with_verb(sentence) or _named_to_act(sentence):
            return True
        words = fold(sentence).split()
        modal = next((w for w in words[:5] if w in COMMITMENT_MODALS), None)
        if commits_to(words) and modal not in CALL_MODALS:  # 'will', 'shall': not 'should', 'must'
            return True
    return False


_SENTENCE_END = re.compile(r"(?<=[.;:!])\s+")


def _named_to_act(sentence: str) -> bool:
    """'Megan to follow up with …', 'Sama to introduce …', 'Steph or Rachel to reach out …': who
    is to act, by a name or two (capitalised words, joined by 'and' / 'or' / '&'), then 'to' and a
    verb, as a tracker's or a minute's to-do is written. A cell of a column, not a heading: a
    single name counts here (columns.looks_like_action wants a body or initials, as headings such as
    'Plans to …' read alike)."""
    words = WORD.findall(sentence[:200])
    for at in range(1, min(5, len(words) - 2)):
        if words[at] == "to":
            named = words[:at]
            return all(w[:1].isupper() or w.lower() in ("and", "or", "&") for w in named) \
                and named[0][:1].isupper() and _is_verb(words[at + 1].lower())
    return False


def action_among_prose(columns: Sequence[Column], profiles: dict[int, ColumnProfile],
                       texts: dict[int, list[str]]) -> tuple[Choice | None, str]:
    """A table with several columns of prose (finding, recommendation, response, action …): which one
    is what the organisation commits to do, by its heading's meaning and by its cells.

    The column the headings chose stays the action unless its heading names the action only
    weakly (below SURE_ACTION_HEADING) and its cells read as no commitments while those of another
    prose column that no heading gave a field do (COMMITTED), under a heading that may mean what is
    done (action_candidacy): then the cells win, and the chosen column is kept aside under its
    heading. With no column named as the action, _unnamed_action decides. The second value says,
    when another prose column contends, which column was taken as the action and why ('' else)."""
    chosen = next((c for c in columns if c.field in ("action", "milestones")), None)
    prose = [c for c in columns if c is not chosen and c.label and c.field not in
             ("lead", "responsible", "due", "status", "rag", "area_ref", "milestones")
             and (p := profiles.get(c.col)) is not None and p.words >= PROSE_WORDS and p.when < 0.3]
    if chosen is None:
        return _unnamed_action(columns, prose, texts), ""
    if not prose or chosen.field != "action":
        return None, ""
    mine = commitment_share(texts.get(chosen.col, []))
    # (a rule of the headings may have named it surer than its words alone: a shortfall beside its
    # milestones, headers.shortfall_over_milestones)
    score = max(names_action(chosen.label), chosen.score) if chosen.basis == "heading" else 0.0
    # a rival is prose no heading gave a field ('Proposal', 'Next steps' kept aside): an objective's
    # 'Improve reading …' opens with a verb too, but the heading said what it is; or prose read as the
    # area that changes row by row, grouping no rows (an audit tracker's 'Recommendation', one
    # instruction a row, beside a 'Management response' of 'Agreed.'): an area groups rows, so
    # such a column is none, and only a heading that rules the action out keeps it out
    rivals = [(commitment_share(texts.get(c.col, [])), c) for c in prose
              if not c.field and action_candidacy(c.label)[0] >= 0.3
              or c.field == "area" and action_candidacy(c.label)[0] > 0.0 and _each_row_own(texts.get(c.col, []))]
    if score < SURE_ACTION_HEADING and mine < UNCOMMITTED and rivals:
        theirs, rival = max(rivals, key=lambda x: x[0])
        if theirs >= COMMITTED:
            confidence = round(min(1.0, theirs - mine), 2)
            return (Choice({rival.col: "action", chosen.col: ""}, confidence,
                           f"{_name(rival)} taken as the action: its cells commit to what will be done ({theirs:.0%}), "
                           f"{_name(chosen)}'s read as findings or descriptions ({mine:.0%}); kept aside"), "")
    # a contest only when another prose column, kept aside or read as the area, may mean what is done
    # by its heading and commits to something by its cells ('Response' over 'We will …')
    contenders = [c for c in prose if c.field in ("", "area")
                  and (names_action(c.label) >= DECENT or action_candidacy(c.label)[0] >= 0.3)
                  and commitment_share(texts.get(c.col, [])) >= UNCOMMITTED]
    if not contenders:
        return None, ""  # the other prose is findings, risks, aims, measures: no choice was made
    others = ", ".join(f"{_name(c)} ({c.field or 'kept aside'})" for c in prose)
    how = f"heading names it ({score:.0f})" if score >= DECENT else "read by its cells"
    return None, (f"{_name(chosen)} taken as the action among the prose columns ({how}; {mine:.0%} of its cells "
                  f"commit to what will be done); beside it {others}")


def _each_row_own(cells: Sequence[str]) -> bool:
    """Does a column print a value of its own on every row, grouping none (itemlists.changes_row_by_row)?"""
    values = [t for t in cells if t.strip()]
    return len(values) >= 3 and changes_row_by_row(values, len(cells))


def _unnamed_action(columns: Sequence[Column], prose: Sequence[Column], texts: dict[int, list[str]]) -> Choice | None:
    """No heading names what is to be done, but someone owns each row or a date is set: the prose
    column whose cells commit to what will be done is the action ('Management comments' over 'Agreed.
    We will scan …'; a lessons log's 'Recommendation' over 'Involve suppliers at …'), not one of
    findings, descriptions or an auditor's 'should'. None when no prose column commits so."""
    if not any(c.field in ("lead", "responsible", "due") for c in columns):
        return None
    if any(set(fold(c.label).split()) & DECISION_HEADING_WORDS for c in columns):
        return None  # a log of decisions or motions ('Motion text | Outcome', 'Issue | Decision'): no actions
    # the cells decide here: only a heading that rules the action out (a reason, the audience, the
    # risk itself: candidacy 0) keeps its column out
    rivals = [(commitment_share(texts.get(c.col, [])), c) for c in prose
              if c.field in ("", "area", "progress") and action_candidacy(c.label)[0] > 0.0]
    committed = [(share, c) for share, c in rivals if share >= COMMITTED]
    if not committed:
        return _slash_named_action(prose)
    if len(committed) != 1:
        return None  # two columns of commitments: nothing says which
    share, column = committed[0]
    return Choice({column.col: "action"}, round(share, 2),
                  f"no heading names what is to be done; {_name(column)} taken as the action: its cells commit "
                  f"to what will be done ({share:.0%}) beside who or when")


# how surely a part of a heading after a slash must name the action ('Notes / Action Items': 46)
SLASH_NAMED_ACTION = 40.0


def _slash_named_action(prose: Sequence[Column]) -> Choice | None:
    """No heading names what is to be done first and no column's cells commit, but one prose column's
    heading names the actions after a slash ('Notes / Action Items', 'Discussion / Actions' beside a
    'Responsible'): a minute's table that records, row by row, what was said and what is to be done,
    with who does it. That column holds the actions: the heading says so, as surely as its first
    name says the notes are there too. None when no column, or more than one, is so headed."""
    named = [c for c in prose if c.field in ("", "progress") and len(slash_alternatives(c.label)) > 1
             and any(r.field == "action" for alt in slash_alternatives(c.label)[1:] for r in read_heading(alt))
             and names_action(c.label) >= SLASH_NAMED_ACTION]
    if len(named) != 1:
        return None
    column = named[0]
    return Choice({column.col: "action"}, 0.6,
                  f"no heading names what is to be done first; {_name(column)} names the actions after a slash, "
                  "beside who or when: taken as the action")


def parent_and_steps(columns: Sequence[Column], profiles: dict[int, ColumnProfile], rows: int,
                     distinct: dict[int, int] | None = None,
                     cells: Sequence[dict[int, str]] | None = None) -> Choice | None:
    """The action column printed once over several rows (or printed again on each, as an export
    does: few distinct values), beside a column headed as what is done too that has a cell in every
    row: the parent and its rows. The parent is an action with milestones when it reads as a thing
    to do; a theme (area) over actions when it reads as a topic and each row names its own lead, or
    when each row is an item numbered under the parent's number ('1.1', '1.2' under '1') with its
    own lead (nested_numbers). The column beside may be headed by no word that names the action
    ('Means', a translated plan's word) when its cells are prose instructions (_steps_by_cells).
    None when the table has no such pair. distinct: {grid column: how many different texts};
    cells: each row's cells {grid column: text}, in order."""
    chosen = next((c for c in columns if c.field == "action"), None)
    if chosen is None or rows < 3:
        return None
    if "milestones" in {c.field for c in columns}:
        return _rated_milestones(chosen, columns, profiles, rows, distinct)
    top = profiles.get(chosen.col)
    sub = [c for c in columns if c is not chosen and not c.field and names_action(c.label) >= DECENT
           and (p := profiles.get(c.col)) is not None and p.cells >= 0.8 * rows] \
        or _steps_by_cells(chosen, columns, profiles, rows)
    if top is None or not sub or min(top.cells, (distinct or {}).get(chosen.col, top.cells)) > 0.6 * rows:
        return None
    step = max(sub, key=lambda c: profiles[c.col].cells)
    kept_aside = _labels_beside_steps(step, chosen, columns, profiles, rows, distinct)
    labels = step
    if kept_aside is not None:
        step = kept_aside
    own_leads = _every_row("lead", columns, profiles, rows)
    # each row rated on its own (a highlight report's 'Project | Milestone | … | RAG | Comments'): rows
    # each tracked as an item, as rows that each name a lead are
    own_rags = _every_row("rag", columns, profiles, rows)
    # the rows' own references ('1.1', '1.2') say each is an item of its own; steps numbered in
    # their cells ('1. Agree …', '2. Award …') say they are one action's sequence
    own_refs = _every_row("area_ref", columns, profiles, rows)
    to_do = instructions(top)
    nested = own_leads and cells is not None and nested_numbers(cells, chosen.col, step.col, _ref_col(columns))
    aside = {labels.col: ""} if kept_aside is not None else {}
    why_aside = (f"; {_name(labels)} repeats a few labels ({(distinct or {}).get(labels.col, 0)} different over "
                 f"{rows} rows), not things to do, and {_name(step)} holds the instructions: kept aside"
                 if kept_aside is not None else "")
    if nested:
        return Choice({chosen.col: "area", step.col: "action", **aside}, 0.8,
                      f"{_name(chosen)} is printed once over several rows, each row of {_name(step)} numbered "
                      f"under its number ('1.1', '1.2' under '1') with its own lead: the theme over its actions"
                      f"{why_aside}")
    if to_do < 0.5 and (own_leads or own_rags):
        confidence = round(min(1.0, 1 - to_do + (0.1 if own_refs else 0.0)), 2)
        return Choice({chosen.col: _theme_field(chosen, columns, profiles, rows, distinct), step.col: "action",
                       **aside},
                      confidence,
                      f"{_name(chosen)} is printed once over several rows and reads as a topic ({to_do:.0%} "
                      f"instructions), each row of {_name(step)} has its own {'lead' if own_leads else 'RAG rating'}"
                      f"{' and reference' if own_refs else ''}: the theme over its actions{why_aside}")
    confidence = 0.6 + 0.4 * to_do if not own_leads else 0.5 + 0.3 * to_do
    confidence -= 0.1 if own_refs else 0.0
    return Choice({step.col: "milestones", **aside}, round(confidence, 2),
                  f"{_name(chosen)} is printed once (or the same again) over several rows of {_name(step)}"
                  f"{' and reads as a thing to do' if to_do >= 0.5 else ''}: its steps (milestones)"
                  f"{'; the rows carry their own references, which makes this less sure' if own_refs else ''}"
                  f"{why_aside}")


# the most different texts, as a share of the rows, of a column that only labels its rows ('Project
# name' over 'Alpha', 'Alpha / Beta', 'Beta'): a few values over many rows, not one item a row
LABELS_SHARE = 0.5


def _labels_beside_steps(step: Column, chosen: Column, columns: Sequence[Column],
                         profiles: dict[int, ColumnProfile], rows: int,
                         distinct: dict[int, int] | None) -> Column | None:
    """The column a heading named as the rows' things to do ('Project name' reads as an action) holds
    a few labels repeated down the rows, none of them an instruction ('Alpha', 'Alpha / Beta'), while
    one other column of prose instructions is filled on every row, a different text on each ('Issue
    description' over 'Add a column …', 'Prepare the …'; no field, or the area by its heading's word
    alone): that column holds the rows' things to do, and the labels
    are kept aside. None when the named column's cells may be the items (many different texts, or
    instructions, or prose), or no other column, or more than one, holds instructions."""
    p = profiles.get(step.col)
    seen = (distinct or {}).get(step.col)
    if p is None or seen is None or seen > LABELS_SHARE * rows or instructions(p) >= 0.3 or p.words >= PROSE_WORDS:
        return None
    # (a column read as the area only by its heading's word, 'Finding description', printing its own
    # prose on every row, groups no rows: it may hold the instructions too)
    found = [c for c in columns if c is not chosen and c is not step and c.label
             and (not c.field or c.field == "area" and c.basis == "heading")
             and action_candidacy(c.label)[0] > 0.0 and (q := profiles.get(c.col)) is not None
             and q.cells >= 0.8 * rows and q.words >= PROSE_WORDS and q.when < 0.3 and instructions(q) >= 0.6
             and (distinct or {}).get(c.col, 0) >= 0.8 * q.cells]
    return found[0] if len(found) == 1 else None


def _steps_by_cells(chosen: Column, columns: Sequence[Column], profiles: dict[int, ColumnProfile],
                    rows: int) -> list[Column]:
    """The one column beside the action that no heading gave a field, under a heading that does not
    rule the action out, filled on (nearly) every row with prose instructions ('Prepare …',
    'Organise …'): the rows' own things to do, whatever its heading's word ('Means'). None (an
    empty list) when no column, or more than one, is so."""
    found = [c for c in columns if c is not chosen and not c.field and c.label
             and action_candidacy(c.label)[0] > 0.0 and (p := profiles.get(c.col)) is not None
             and p.cells >= 0.8 * rows and p.words >= PROSE_WORDS and p.when < 0.3 and instructions(p) >= 0.6]
    return found if len(found) == 1 else []


def _ref_col(columns: Sequence[Column]) -> int | None:
    column = next((c for c in columns if c.field == "area_ref"), None)
    return column.col if column is not None else None


# an item's number at the head of its cell: '1.', '2)', '3' (a parent's) or '1.1.', '2.3' (an item's under it)
_NUMBER = re.compile(r"^\s*(\d{1,3})(?:\.(\d{1,3}))?[.)]?(?=\s|$)")
# the least share of the rows whose step opens with a number under its parent's
NESTED_SHARE = 0.8


def nested_numbers(cells: Sequence[dict[int, str]], parent_col: int, step_col: int, ref_col: int | None) -> bool:
    """Do the rows' steps carry two-level numbers under their parent's number ('1.1', '1.2' … in the
    rows under parent '1', '2.1' under '2'), as a plan numbers each item within its task or
    objective? Such a row is an item of its own (referenced, owned, dated), not one step of a
    sequence (steps are numbered '1.', '2.' inside one action, or not at all). The parent's number
    is its reference column's, or the one its cell opens with, or its place among the parents.
    Two numbered steps or more, NESTED_SHARE of them under their parent's number."""
    parent_no, seen_parents, numbered, under, steps = "", 0, 0, 0, 0
    for row in cells:
        top = row.get(parent_col, "").strip()
        if top:
            seen_parents += 1
            own = _NUMBER.match(row.get(ref_col, "") if ref_col is not None else "") or _NUMBER.match(top)
            parent_no = own.group(1) if own and not own.group(2) else str(seen_parents)
        step = row.get(step_col, "").strip()
        if not step:
            continue
        steps += 1
        m = _NUMBER.match(step)
        if m and m.group(2):
            numbered += 1
            under += m.group(1) == parent_no
    return numbered >= 2 and under >= NESTED_SHARE * steps


# a year or a pair of years in a heading ('Our Plan for 2025-26', 'Actions 2024/25')
_PERIOD_IN_LABEL = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


# the rows a column printed once over them must span on average, at least, to be their parent: a
# cell over two rows or more (a share of the rows' cells at most)
PARENT_SPAN_SHARE = 0.6


def parent_beside_steps(columns: Sequence[Column], profiles: dict[int, ColumnProfile], rows: int) -> Choice | None:
    """The column headed as the action ('Task') has a cell on every row, and beside it a column of
    prose no heading gave a field ('Goal Statement', kept aside) is printed once over several of
    those rows (a cell merged down over them) and reads as things to do: the column printed once is
    the action, the rows its steps (milestones), as a person reads a tracker that lists each goal's
    tasks under it. The mirror of parent_and_steps, where the heading named the parent. None when
    no such column sits beside the action.

    Printed once means its cells stand on few of the rows (a merge's rows under its first give no
    cell of their own), not that it repeats a few texts on every row: a column repeating a group's
    label on each row (an export's 'grp_label', an outline's theme) groups the rows, each row its own
    action, and is no parent."""
    chosen = next((c for c in columns if c.field == "action"), None)
    if chosen is None or rows < 3 or "milestones" in {c.field for c in columns}:
        return None
    step = profiles.get(chosen.col)
    if step is None or step.cells < 0.8 * rows:
        return None
    # a status printed once beside the parent, and one on every row beside its steps: each step's own
    # status is the milestone's; the parent's stays the action's (walker: a status merged down)
    once = [c for c in columns if c.field == "status" and (q := profiles.get(c.col)) is not None
            and q.cells <= PARENT_SPAN_SHARE * step.cells]
    rowwise = [c for c in columns if not c.field and c.label and (q := profiles.get(c.col)) is not None
               and q.cells >= 0.8 * step.cells and q.status >= 0.8]
    tracked = bool(once and rowwise)
    # a column headed as the objective is the parent only when it is tracked as an item (a status of
    # its own printed once beside it, its steps each theirs): an objective over actions states no status
    # (a heading that names a column, 'Goal Statement': not a line dated as a document's or a period's
    # name, 'Our Plan for 2025-26', that a text file's header row took in over a blank-headed column of areas)
    parents = [c for c in columns if c is not chosen and c.label and not _PERIOD_IN_LABEL.search(c.label)
               and (not c.field or c.field == "objective" and tracked)
               and (p := profiles.get(c.col)) is not None and p.cells >= 2
               and p.cells <= PARENT_SPAN_SHARE * step.cells
               and p.words >= PROSE_WORDS and p.when < 0.3 and instructions(p) >= 0.6]
    if not parents:
        return None
    parent = max(parents, key=lambda c: instructions(profiles[c.col]))
    p = profiles[parent.col]
    confidence = round(min(1.0, 0.4 + 0.5 * instructions(p)), 2)
    fields = {parent.col: "action", chosen.col: "milestones"}
    extra = ""
    if tracked:
        fields[rowwise[0].col] = "status"
        extra = f"; {_name(rowwise[0])} gives each step's status"
    return Choice(fields, confidence,
                  f"{_name(parent)} is printed once over several rows of {_name(chosen)} and reads as things to "
                  f"do ({instructions(p):.0%} instructions, {p.cells} cells over {step.cells} rows): the action, "
                  f"its rows the steps (milestones){extra}")


def _rated_milestones(chosen: Column, columns: Sequence[Column], profiles: dict[int, ColumnProfile], rows: int,
                      distinct: dict[int, int] | None) -> Choice | None:
    """A milestone tracker ('Project | Milestone | Baseline date | Forecast | RAG | Comments'): the
    project printed once over its rows, a topic rather than a thing to do, and every milestone rated
    on its own. Each milestone is tracked as an item (its own RAG, dates and commentary), so the rows
    are the actions and the project their area; None for a plan's steps under their action."""
    step = next((c for c in columns if c.field == "milestones"), None)
    top, sub = profiles.get(chosen.col), profiles.get(step.col) if step is not None else None
    if step is None or top is None or sub is None or sub.cells < 0.8 * rows \
            or min(top.cells, (distinct or {}).get(chosen.col, top.cells)) > 0.6 * rows:
        return None
    # a RAG on every row: a column read as the RAG, or one headed otherwise ('Status (RAG)') that holds RAG
    # colours as fills or words
    rated = any(c.field in ("rag", "status") and (p := profiles.get(c.col)) is not None and p.cells >= 0.8 * rows
                and (c.field == "rag" or _rag_share(c, p) + p.fill >= 0.8) for c in columns)
    # or each row assigned and tracked on its own: a project timeline's 'Task name | Sub task name |
    # Status | Assigned to | End date', every sub task with its own status and whom it is assigned to
    # (steps of one action share their action's owner; items of a topic each name theirs)
    owned = _every_row("status", columns, profiles, rows) and _every_row("lead", columns, profiles, rows)
    if not (rated or owned) or instructions(top) >= 0.5:
        return None
    what = "RAG rating" if rated else "status and assignee"
    topic = _theme_field(chosen, columns, profiles, rows, distinct)
    return Choice({chosen.col: topic, step.col: "action"}, round(0.9 - 0.4 * instructions(top), 2),
                  f"{_name(chosen)} is printed once over several rows and reads as a topic, and each row of "
                  f"{_name(step)} has its own {what}: a tracker of items, each an item in its "
                  f"{'area' if topic else 'list, the list grouped by the area column'}")


def _theme_field(chosen: Column, columns: Sequence[Column], profiles: dict[int, ColumnProfile], rows: int,
                 distinct: dict[int, int] | None) -> str:
    """The field of a topic column printed over the items: their area ('area'), or kept aside ('')
    when it is one value repeated on every row while another column, read as the area, holds several
    values over (nearly) every row. That other column groups the items (a task export's
    'Section/Column' beside its 'Projects'); the one value names the list they all belong to."""
    if (distinct or {}).get(chosen.col) != 1:
        return "area"
    return "" if any(c is not chosen and c.field == "area" and (p := profiles.get(c.col)) is not None
               and p.cells >= 0.8 * rows and (distinct or {}).get(c.col, 0) > 1 for c in columns) else "area"


def _every_row(name: str, columns: Sequence[Column], profiles: dict[int, ColumnProfile], rows: int) -> bool:
    """Does the column read as `name` have a cell in (nearly) every row?"""
    column = next((c for c in columns if c.field == name), None)
    p = profiles.get(column.col) if column is not None else None
    return p is not None and p.cells >= 0.8 * rows


# the least reading of a RAG column's heading as the status for its status words to make it the status:
# the status named beside the RAG as one part of the heading ('RAG / status') is enough
PART_NAMES_STATUS = 50.0


def status_not_rag(columns: Sequence[Column], profiles: dict[int, ColumnProfile]) -> Choice | None:
    """A column read as the RAG whose heading names a status too ('RAG status', 'Milestone RAG
    status') and whose cells are status words, not colours: the status, when no column holds one."""
    if any(c.field == "status" for c in columns):
        return None
    for c in columns:
        p = profiles.get(c.col)
        if c.field != "rag" or p is None or p.cells < 2 or p.bare >= 0.5:
            continue  # (marks with no letter, '✓ ▲ ✗', rate by the document's key: no status words)
        # (the status named as one part of the heading counts: 'RAG / status', read 50 for its part)
        names_status = any(r.field == "status" and r.score >= PART_NAMES_STATUS for r in read_heading(c.label))
        # 'Complete' reads as a (BRAG) colour too: the status words must outnumber the colours;
        # cells of status words and no colour at all ('Complete / On track / Delayed', one per
        # milestone) are statuses whatever the heading ('RAG / status')
        if (names_status or p.rag < 0.2) and p.status >= 0.7 and p.rag < min(p.status, 0.7):
            return Choice({c.col: "status"}, round(p.status - p.rag, 2),
                          f"{_name(c)} holds status words ({p.status:.0%}), not RAG colours ({p.rag:.0%}): the status")
    return None


def _reads_as_progress(c: Column) -> bool:
    """Is the column read as the progress, or headed as progress too but beside a surer progress
    column ('Comments' beside 'Position'), so that it holds nothing yet?"""
    return c.field == "progress" or (not c.field and c.basis in ("heading", "other") and any(
        r.field == "progress" and r.score >= DECENT for r in read_heading(c.label)[:1]))


def status_marks(p: ColumnProfile | None) -> bool:
    """A column of check boxes or ticks and nothing else ('☐', '◐', '☑', '✓'): marks, each a status."""
    return p is not None and p.cells >= 2 and p.status >= 0.7 and p.bare >= 0.7


def status_not_progress(columns: Sequence[Column], profiles: dict[int, ColumnProfile],
                        grid: Collection[int] = ()) -> Choice | None:
    """A column whose heading reads as progress ('Progress', 'Current position', 'Update', 'Comments')
    but whose cells are a status word or two each ('On track', 'Behind schedule', 'Complete', 'Action
    on hold'), not notes on how the action went: the status, when no column holds one. A progress
    column of sentences stays the progress, short ones closed by full stops too. A column of check
    boxes or ticks ('☐', '◐', '☑' under '✓' or no heading) holds the status (status_marks): the notes
    stay notes. Ticks in a grid of tick columns (`grid`: columns.in_tick_grid, 'Start Well | Live Well |
    Age Well', what each row contributes to) say where a row belongs, not how it stands: no status."""
    if any(c.field == "status" or (not c.field or c.basis == "unread") and c.col not in grid
           and status_marks(profiles.get(c.col)) for c in columns):
        return None
    for c in columns:
        p = profiles.get(c.col)
        if not _reads_as_progress(c) or p is None or p.cells < 2 or p.bare >= 0.5:
            continue  # (marks with no letter, '✓ ▲ ● ✗', are words of no status list: a key's, or ticks above)
        # status words in most cells, or a handful of short values over many rows among which
        # status words ('On track', 'Plan in place', 'Initial stages'): a status chosen from a list
        # (a list of three values or fewer, each chosen on three rows or more on average, is a status list
        # when any of its values is a status word: 'On track' on 3 of 15 rows beside 'Plan in place' on 8
        # and 'Initial stages' on 4)
        chosen_from_list = p.cells >= 3 and p.distinct <= max(3, p.cells // 3) and (
            p.status >= 0.3 or p.status > 0 and p.distinct <= 3 and p.cells >= 3 * p.distinct)
        # (cells closed by full stops, most of them, are notes written on each row: 'On track.'
        # beside 'Contract awarded.' and 'Funding confirmed for two years.' stays the progress)
        if (p.status >= 0.6 or chosen_from_list) and p.words <= 3 and p.sentence == 0 and p.status >= p.rag \
                and p.closed < 0.5:
            return Choice({c.col: "status"}, round(p.status, 2),
                          f"{_name(c)} holds status words ({p.status:.0%}, {p.words:.1f} words a cell), "
                          "not notes on progress: the status")
    return None


def status_by_share(columns: Sequence[Column], by_col: dict[int, list[str]]) -> Choice | None:
    """A column headed as progress ('Progress', 'Done') whose cells are shares complete ('100%',
    '45%', a task table's % complete): the status (taskheads.percent_status), when no column holds
    one. Notes on progress are words, not a share."""
    if any(c.field == "status" for c in columns):
        return None
    for c in columns:
        if c.span != 1 or not _reads_as_progress(c):
            continue
        cells = [t for t in by_col.get(c.col, []) if t.strip()]
        shares = sum(1 for t in cells if "%" in t and percent_status(t))
        if len(cells) >= 2 and shares >= 0.7 * len(cells):
            return Choice({c.col: "status"}, round(shares / len(cells), 2),
                          f"{_name(c)} holds shares complete ({shares} of {len(cells)} cells, '{cells[0]}'): "
                          "a task's % complete, read as its status")
    return None


# a status column's cells that are colours (at least this share) with hardly a status word among them
ONLY_COLOURS = 0.9
NO_STATUS_WORDS = 0.1


def _names_rag(c: Column) -> bool:
    """Does the column's heading name a RAG (as a part of it: 'Status (RAG)', 'RAG / status')?"""
    return any(r.field == "rag" and r.score >= DECENT for r in read_heading(c.label))


def _rag_share(c: Column, p: ColumnProfile) -> float:
    """The share of a column's cells that are RAG codes: the bare letters ('A', 'B') count under a
    heading that names a RAG ('Status (RAG)' over 'A', 'G', 'R', 'B'), as a key would read them."""
    return p.rag_letters if c.field == "rag" or _names_rag(c) else p.rag


def rag_not_status(columns: Sequence[Column], profiles: dict[int, ColumnProfile]) -> Choice | None:
    """A column read as the status whose heading names a RAG too ('Status (BRAG)', 'Status (RAG)')
    and whose cells are RAG colours ('Red', 'Blue', 'Green'), not status words: the RAG, when no
    column holds one. (Blue reads as complete too: the colours must at least match the words.)"""
    if any(c.field in ("rag", "rating") for c in columns):
        return None
    for c in columns:
        p = profiles.get(c.col)
        if c.field != "status" or p is None or p.cells < 2:
            continue
        names_rag = _names_rag(c)
        # cells of colours and no status word at all ('RED', 'BLUE', 'GREEN' under a bare 'Status')
        # are ratings whatever the heading, as status words under 'RAG / status' are statuses
        colours_only = p.rag >= ONLY_COLOURS and p.status < NO_STATUS_WORDS
        rag = _rag_share(c, p)
        if (names_rag or colours_only) and rag >= 0.7 and p.words <= 2 and rag >= p.status:
            return Choice({c.col: "rag"}, round(rag, 2),
                          f"{_name(c)} names a RAG too and holds RAG colours ({rag:.0%}), not status words "
                          f"({p.status:.0%}): the RAG")
    return None


def rag_not_progress(columns: Sequence[Column], profiles: dict[int, ColumnProfile]) -> Choice | None:
    """A column whose heading reads as progress ('Update', 'Comments', 'Notes') but whose cells are
    RAG ratings ('Green', 'Amber', 'R'), not notes: the RAG, when no column holds one."""
    if any(c.field in ("rag", "rating") for c in columns):
        return None
    for c in columns:
        p = profiles.get(c.col)
        if not _reads_as_progress(c) or p is None or p.cells < 2:
            continue
        if p.rag >= 0.7 and p.words <= 2 and p.rag > p.status:
            return Choice({c.col: "rag"}, round(p.rag, 2),
                          f"{_name(c)} holds RAG ratings ({p.rag:.0%}), not notes on progress: the RAG")
    return None


def milestone_items(text: str) -> list[str]:
    """The items of a list cell (numbered, lettered, bulleted or Word's list numbering as printed);
    [] when the cell is no list of two items or more."""
    from planx.normalise.milestones import split_bullets, split_numbered
    from planx.normalise.text import squash
    items = [t for _, t in split_numbered(squash(text)) or []] or split_bullets(text) or []
    return items if len(items) >= 2 else []


def list_share(texts: Sequence[str]) -> float:
    """The share of a column's filled cells that are lists of two items or more."""
    cells = [t for t in texts if t.strip()]
    if not cells:
        return 0.0
    return sum(1 for t in cells if milestone_items(t)) / len(cells)


# the least share of the rows holding an action that a column of steps fills, for its lists to be
# the steps of each action: lists beside a few actions of many are a group's (a web page's card that
# lists its actions, its suggested activities printed once beside the first)
STEPS_BESIDE_SHARE = 0.5


def steps_beside_action(columns: Sequence[Column], lists: dict[int, float],
                        filled: dict[int, int] | None = None) -> Choice | None:
    """A column whose heading names what is done too ('Steps to deliver', 'Key tasks') and whose
    cells are lists, beside the action column whose cells are not: each list holds the steps of the
    action on its row (milestones). lists: {grid column: share of its cells that are lists};
    filled: {grid column: rows holding text in it}, when known (STEPS_BESIDE_SHARE of the actions'
    rows at least)."""
    chosen = next((c for c in columns if c.field == "action"), None)
    if chosen is None or "milestones" in {c.field for c in columns} or lists.get(chosen.col, 0.0) >= 0.3:
        return None
    actions = (filled or {}).get(chosen.col, 0)
    steps = [c for c in columns if c is not chosen and not c.field and names_action(c.label) >= DECENT
             and lists.get(c.col, 0.0) >= 0.6
             and (filled is None or (filled.get(c.col, 0) >= STEPS_BESIDE_SHARE * actions))]
    if not steps:
        return None
    step = max(steps, key=lambda c: lists[c.col])
    return Choice({step.col: "milestones"}, round(lists[step.col], 2),
                  f"{_name(step)} holds lists ({lists[step.col]:.0%} of its cells) beside the actions of "
                  f"{_name(chosen)}: the steps of each action (milestones)")
