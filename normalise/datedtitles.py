"""Milestones written as dated titles over paragraphs: 'Draft report | 23/8/19', then what it involves.

A plan written as prose (a student's or a small team's project plan, a PDF) may set out its
milestones as a run of short title lines, each closing with its date after a bar or a dash, each over
a paragraph or two that say what the stage involves:

    Milestones:
    Literature Review | 28/6/19
    Complete a review of the literature surrounding the field, …
    High level design of solution | 19/7/19
    At this stage of development, …

A reader takes each title line for a piece of work and its date for when it is due; the paragraphs
describe it. The evidence is the shape, not the words: three title lines or more (a few words, no
sentence, the date alone after ' | ' or a dash), in one run that no heading breaks, dated in order;
and a document that calls itself a plan, or a heading over the run that names its milestones or
timeline (vocab.DATED_TITLE_HEADING_WORDS). The title lines become a table (Action | Due date) in
place of the first of them; the paragraphs stay where they are, read as text (kept aside).
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.commitments import document_kind
from planx.normalise.dates import due_date
from planx.normalise.lists import labelled_fields
from planx.normalise.text import fold, strip_bullet, words_over
from planx.normalise.vocab import DATED_TITLE_HEADING_WORDS, MONTHS

MIN_TITLES = 3
TITLE_WORDS = 12  # a title's words, at most
# 'Draft report | 23/8/19', 'Final report completion – 30 August 2019': a title, a bar or a dash, a date
_DATED = re.compile(r"^(?P<title>[^|–—]{3,120}?)\s+(?:\||–|—|-)\s+(?P<when>[^|–—]{3,30})$")


def dated_title(text: str) -> tuple[str, str] | None:
    """(title, date as printed) of a line that is a title closed by its date; None otherwise."""
    m = _DATED.match(text.strip())
    if m is None:
        return None
    title, when = m.group("title").strip(), m.group("when").strip()
    if len(labelled_fields(text.strip())) >= 2:
        return None  # 'Lead - Highways; Timescale - April 2028': an item's labelled line, no title
    if fold(title) in MONTHS:
        return None  # 'SEPTEMBER – OCTOBER 2018': a range of months, a period heading; no title and its date
    if words_over(title, TITLE_WORDS) or title.endswith((".", ":", ";", ",")) or not due_date(when) \
            or len(re.sub(r"[\W\d_]", "", when)) > 12:  # the date alone: a month's name at most
        return None
    return title, when


def _numbered_under(text: str, seen: set[tuple[str, ...]]) -> bool:
    """Does the line open with an outline number ('1.1.1', '2.3') that extends one an earlier line
    opened with ('1.1', '2')? The number joins the seen ones."""
    m = _OUTLINE_NUMBER.match(text)
    if m is None:
        return False
    parts = tuple(str(int(n)) for n in m.group(1).split("."))
    seen.add(parts)
    return any(parts[:n] in seen for n in range(1, len(parts)))


_OUTLINE_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s")


def _names_milestones(text: str) -> bool:
    return bool(set(fold(text).replace(":", " ").split()) & DATED_TITLE_HEADING_WORDS)


def read_dated_titles(raw: RawDocument) -> RawDocument:
    """The document with each run of dated title lines made a table (see the module's docstring)."""
    named, other = document_kind(raw)
    if other:
        return raw
    blocks = list(raw.blocks)
    runs: list[list[int]] = []
    run: list[int] = []
    above: dict[int, str] = {}  # first title of a run → the line before it
    numbered: set[tuple[str, ...]] = set()  # the outline numbers the lines so far open with
    for k, b in enumerate(blocks):
        if not isinstance(b, Paragraph):
            continue
        # (a line numbered under a line above it, '1.1.1 Evaluation published – 07/07/2026' under
        # '1.1 Develop …', is a step in an outline, read with its item: no title over paragraphs)
        under = _numbered_under(b.text, numbered)
        # (a bulleted line, '- [x] Design agreed - Completed 2026-01-23', is a list's item: a checklist
        # of done steps, no title over paragraphs)
        if dated_title(b.text) is not None and not b.heading and strip_bullet(b.text) == b.text.strip() \
                and not under:
            if not run:
                before = blocks[k - 1] if k else None
                above[k] = before.text if isinstance(before, Paragraph) else ""
            run.append(k)
        elif run and (b.heading or b.text.rstrip().endswith(":") and not words_over(b.text, 6)):
            runs.append(run)  # a heading ends the run
            run = []
    if run:
        runs.append(run)
    index = max((b.index for b in blocks if isinstance(b, Table)), default=0)
    made: list[tuple[int, Table]] = []
    notes: list[str] = []
    for run in runs:
        paras = [b for k in run if isinstance(b := blocks[k], Paragraph)]
        titles = [t for p in paras if (t := dated_title(p.text)) is not None]
        dates = [due_date(when) for _, when in titles]
        if len(titles) < MIN_TITLES or len(titles) != len(run) or \
                any(a > b for a, b in zip(dates, dates[1:], strict=False)):
            continue
        if not (named or _names_milestones(above.get(run[0], ""))):
            continue
        index += 1
        first = paras[0]
        rows = [Row([Cell("Action", 0), Cell("Due date", 1)], page=first.page, line=first.line)]
        rows += [Row([Cell(title, 0), Cell(when, 1)], page=p.page, line=p.line)
                 for p, (title, when) in zip(paras, titles, strict=True)]
        made.append((run[0], Table(rows, page=first.page, index=index)))
        notes.append(f"table {index}: {len(run)} title lines each closed by its date ('{titles[0][0]} | "
                     f"{titles[0][1]}'), dated in order, read as the plan's milestones")
    if not made:
        return raw
    tables = dict(made)
    taken = {k for run in runs if run[0] in tables for k in run}
    out: list[Paragraph | Table] = []
    for k, b in enumerate(blocks):
        if k in tables:
            out.append(tables[k])
        if k not in taken:
            out.append(b)
    return replace(raw, blocks=out, warnings=[*raw.warnings, *notes])


__all__ = ["dated_title", "read_dated_titles"]
