"""A schedule's rows that mark when the work starts and ends, not things to be delivered.

A project's work plan sets its deliverables out in a table of dates, opened and closed by the
project's own span ('Project start | June 12, 2017', …, 'Project end | August 4, 2017'). Those two
rows date the calendar the deliverables sit in; nothing is done or handed over by them. A row whose
text says only that the project (programme, contract) starts or ends (vocab.SPAN_MARK_WORDS with
SPAN_MARK_OTHER_WORDS, nothing more), dated, in a table that dates other rows, goes aside with the
reason; alone in its table, or undated, it stays as read.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from planx.normalise.records import Action
from planx.normalise.text import fold
from planx.normalise.vocab import SPAN_MARK_OTHER_WORDS, SPAN_MARK_WORDS


def marks_span(text: str) -> bool:
    """Does the text say only that the work starts or ends ('Project start', 'Contract end date')?"""
    words = re.findall(r"[a-z]+", fold(text))
    return bool(set(words) & SPAN_MARK_WORDS) and set(words) <= SPAN_MARK_WORDS | SPAN_MARK_OTHER_WORDS


def drop_span_marks(actions: list[Action], aside: Callable[[Action, str], None],
                    warnings: list[str]) -> list[Action]:
    """The actions without a schedule's dated rows marking the project's start or end (see the module):
    each kept aside, and a warning says how many."""
    # the tables' dated rows that are things to deliver: a schedule's marks sit among them
    delivered = Counter(a.table for a in actions if a.table and a.due_date and not marks_span(a.action))
    marks = [a for a in actions if a.table and a.due_date and delivered[a.table] and marks_span(a.action)]
    if not marks:
        return actions
    for a in marks:
        aside(a, "a schedule's row marking when the work starts or ends, not a thing to deliver")
    warnings.append(f"{len(marks)} row(s) marking the project's start or end ('{marks[0].action}') kept aside: "
                    "dates of the schedule, not things to deliver")
    gone = {id(a) for a in marks}
    return [a for a in actions if id(a) not in gone]
