"""Tables of duties: who does what in general, not the plan's actions.

Plans often print a table of standing duties beside their actions: 'Task Area/Skillset |
Responsibilities' ('Strategic Planning | Identify long- and short-term goals …'), 'Role |
Responsibilities', 'Who | What they do', 'Partner | Contribution'. Read under a heading row, the
'Responsibilities' column reads as the lead and the names beside it as actions: the duties of a
post become actions with sentences for their owners. The reader asks this module (Walker.duties_table)
after the key tables: such a table's rows give no actions and stay in leftovers with the reason.

The evidence, weighed together:
- shape: two or three headed columns and at least DUTY_MIN_ROWS rows; no column says when, how far
  or in what state (a due date, a status or RAG, progress, milestones, a measure): duties are
  standing, actions are dated or tracked;
- a column other than the first is headed as duties (vocab.DUTY_HEADINGS: 'Responsibilities',
  'Role', 'What they do', 'Contribution');
- under it, descriptions: most cells (DUTY_SHARE) are DUTY_DESCRIPTION_WORDS words or more and read
  as a sentence (open with a verb, end with a full stop, or run DUTY_LONG_WORDS words), where a
  lead column holds names;
- in the first column, short names (DUTY_NAME_WORDS words at most, no full stop) in most rows.
The first heading naming who or what holds the duties ('Role', 'Task Area', 'Partner',
vocab.DUTY_HOLDER_WORDS) is recorded as further evidence but not required.
"""
from __future__ import annotations

from collections.abc import Sequence

from planx.normalise.columns import opens_with_verb
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import DUTY_HEADINGS, DUTY_HOLDER_WORDS

DUTY_MIN_ROWS = 3  # a handful of posts or areas at least
DUTY_SHARE = 2 / 3  # of the rows whose cells must read as described duties beside a short name
DUTY_DESCRIPTION_WORDS = 6  # the fewest words of a described duty
DUTY_LONG_WORDS = 10  # a description this long reads as a sentence whatever its first word
DUTY_NAME_WORDS = 6  # the most words of a role's or area's name
# fields a column may hold in a table of duties: none says when, how far or in what state
DUTY_TABLE_FIELDS = frozenset({"", "action", "lead", "responsible", "area", "area_ref", "objective"})


def _described(text: str) -> bool:
    words = text.split()
    if len(words) < DUTY_DESCRIPTION_WORDS:
        return False
    return opens_with_verb(text) or text.rstrip().endswith(".") or len(words) >= DUTY_LONG_WORDS


def _named(text: str) -> bool:
    return bool(text) and not words_over(text, DUTY_NAME_WORDS) and not text.rstrip().endswith(".")


def duty_heading(label: str) -> bool:
    """Does a heading say its column describes duties ('Responsibilities', 'What they do')?"""
    return fold(label).strip() in DUTY_HEADINGS


def duty_column(labels: Sequence[str], fields: Sequence[str]) -> int | None:
    """The column whose heading describes duties in headings that could head a table of duties (two
    or three, the first headed, every field one a duty table has), or None. Asked first, from the
    headings alone, so the rows need only be gathered under headings that could be one."""
    headed = [i for i, label in enumerate(labels) if label.strip()]
    if not 2 <= len(headed) <= 3 or headed[0] != 0:
        return None
    if any(f not in DUTY_TABLE_FIELDS for f in fields):
        return None
    return next((i for i in headed[1:] if duty_heading(labels[i])), None)


def duties_table(labels: Sequence[str], fields: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Why a table whose headings are `labels`, read as `fields` (one per column), over `rows` (one
    text per column) is a table of standing duties rather than of actions, or '' when it is not."""
    duty = duty_column(labels, fields)
    if duty is None:
        return ""
    data = [[squash(t) for t in list(r) + [""] * (len(labels) - len(r))] for r in rows if any(t.strip() for t in r)]
    if len(data) < DUTY_MIN_ROWS:
        return ""
    fit = sum(1 for r in data if _named(r[0]) and _described(r[duty]))
    if fit < DUTY_SHARE * len(data):
        return ""
    evidence = [f"'{squash(labels[duty])}' describes duties", f"{fit} of {len(data)} rows a short name beside a "
                f"described duty", "no column says when, how far or in what state"]
    if set(fold(labels[0]).split()) & DUTY_HOLDER_WORDS:
        evidence.append(f"'{squash(labels[0])}' names who or what holds them")
    return "; ".join(evidence)


__all__ = ["duties_table", "duty_column", "duty_heading"]
