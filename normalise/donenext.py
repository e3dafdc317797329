"""A plan's page that reports what has been done and what comes next, under lead-ins that say so.

    SEND Improvement Plan
    The peer review told us:
    Ensure the plan is comprehensive, deliverable, and tracked with real rigour.
    What we have done already:
    We have enhanced partnership working by ensuring the board is co-chaired by …
    We are developing multi agency Key Performance Indicators to inform on …
    What's next
    The partnership will work together on a workforce development programme …

A council's improvement-plan page, a GP practice's 'You said, we did' page: short lines name each
part of the page by what it holds. A reader takes the lines under 'What we have done' as actions done
(status complete; one that says the work goes on, 'We are developing …', in progress), those under
'What's next' as actions to come, and the lines under what others said or found ('… told us:', 'You
said') as the findings the plan answers, not its actions.

Evidence asked: the page names itself a plan or what is being done (normalise/webplans.page_named_plan),
holds no plan table, and has a lead-in of done work or of next steps with at least _MIN_ACTIONS lines
under such lead-ins altogether. Lead-ins are short lines (vocab.DONE_LEAD_INS, NEXT_LEAD_INS,
HEARD_LEAD_INS); each line (a paragraph or a list item) under one is one action. The lead-ins and the
findings stay the walker's text (leftovers); the evidence goes to the warnings.
"""
from __future__ import annotations

import re

from planx.extract.model import RawDocument
from planx.normalise.columns import WORD
from planx.normalise.commitments import TIMEFRAME_FIELD, writer_at_work
from planx.normalise.headers import MARK_STATUS_FIELD
from planx.normalise.lists import ListAction, ListReading, _Unit
from planx.normalise.text import fold
from planx.normalise.vocab import DONE_LEAD_INS, HEARD_LEAD_INS, NEXT_LEAD_INS

_LEAD_IN_WORDS = 10  # a lead-in is a short line; a longer one is a sentence of the page
_MIN_ACTIONS = 3
_PERIODS_LEAST = 2  # distinct period lines a page's phases make, at least ('Years 1–2', 'Years 3–5')
_GOING_ON = re.compile(r"\b(?:is|are) being \w+ed\b|\b(?:is|are) (?:currently |now |still )?(?:under way|underway|"
                       r"in progress|ongoing)\b", re.I)


def _has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    folded = f" {fold(text)} "
    return any(f" {p} " in folded for p in phrases)


def _future_period(unit: _Unit) -> bool:
    """A short line naming a span of the plan's time to come, with no date ('Years 1–2: Safety and
    compliance', 'Year 3', 'Short term'), a heading or a list's first-level line over its items."""
    from planx.normalise.horizons import read_horizon
    h = read_horizon(unit.text)
    return h is not None and h.kind == "period" and not h.dated


def lead_in_kind(unit: _Unit) -> str:
    """'done', 'next' or 'heard' for a short line that names the part of the page below it, 'period' for
    one naming a span of the plan's time to come (_future_period), '' for a line of the page's text,
    'other' for another short lead-in (ending in a colon, or a heading)."""
    text = unit.text.strip()
    words = text.split()
    if words and len(words) <= _LEAD_IN_WORDS and _future_period(unit) \
            and not any(_has_phrase(text, p) for p in (HEARD_LEAD_INS, DONE_LEAD_INS, NEXT_LEAD_INS)):
        return "period"
    if not words or len(words) > _LEAD_IN_WORDS or unit.marker:
        return ""
    led = unit.heading or text.endswith(":") or not text.endswith((".", ";", ","))
    if not led:
        return ""
    if _has_phrase(text, HEARD_LEAD_INS):
        return "heard"
    if _has_phrase(text, DONE_LEAD_INS):
        return "done"
    if _has_phrase(text, NEXT_LEAD_INS):
        return "next"
    return "other" if unit.heading or text.endswith(":") else ""


def read_done_and_next(raw: RawDocument, units: list[_Unit]) -> ListReading | None:
    """The actions of a plan's page set out under 'What we have done' / 'What's next' lead-ins, or None."""
    from planx.normalise.webplans import has_plan_table, page_named_plan
    if has_plan_table(raw) or not page_named_plan(raw):
        return None
    kinds = [lead_in_kind(u) for u in units]
    periods = {fold(u.text) for u, kind in zip(units, kinds, strict=True) if kind == "period"}
    if len(periods) < _PERIODS_LEAST:  # a lone period line is no phase of a plan: a line of the page
        kinds = ["" if kind == "period" else kind for kind in kinds]
    if not {"done", "next", "period"} & set(kinds):
        return None
    actions: list[ListAction] = []
    current = ""
    lead = ""
    # the heading over the part of the page ('Next steps', 'Phasing the plan' over its periods); the
    # page's first heading is its title, which names no part of it
    area = ""
    titled = False
    for u, kind in zip(units, kinds, strict=True):
        if u.styled() and not u.marker:
            area, titled = (u.text.strip() if titled else ""), True
        if kind:
            current, lead = kind, u.text.strip()
            continue
        if current == "period" and u.styled():
            current = "other"  # a heading of its own (a slide's title) ends the periods' part
            continue
        if current not in ("done", "next", "period") or u.heading:
            continue
        fields = {"action": u.text.strip()}
        context = {"area": area} if area else {}
        if current == "period":  # the span it falls in ('Years 3–5: …'): its timeframe; no date, so no due
            context[TIMEFRAME_FIELD] = lead
        if current == "done":
            words = [w.lower() for w in WORD.findall(u.text)]
            going = writer_at_work(words) or _GOING_ON.search(u.text)
            fields["status"] = lead.rstrip(":")
            fields[MARK_STATUS_FIELD] = "in_progress" if going else "complete"
        actions.append(ListAction(fields, context, u.block, u.page, u.line))
    if len(actions) < _MIN_ACTIONS:
        return None
    done = sum(1 for a in actions if "status" in a.fields)
    phased = sum(1 for a in actions if TIMEFRAME_FIELD in a.context)
    why = (f"{len(actions)} actions read from the lines under a plan page's lead-ins of work done ({done}), "
           f"of next steps ({len(actions) - done - phased}) and of the plan's periods to come ({phased}); the lines "
           f"under what others said or found are no actions")
    return ListReading(actions, {a.block for a in actions}, 0.55, why, trusted=True,
                       trusted_by="lines under a plan page's lead-ins naming work done and next steps")


__all__ = ["lead_in_kind", "read_done_and_next"]
