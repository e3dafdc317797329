"""A response form: under each finding, a cell that asks what will be done and holds the answer.

    | Regulation 27: Protection against infection            | Substantially Compliant |   <- the finding
    | Outline how you are going to come into compliance with Regulation 27: …:         |   <- the form's question
    | To ensure compliance with Regulation 27 the following actions have been undertaken: |  <- the writer's lead-in
    | All staff have completed their refresher training in … PPE. Completed: 07/04/2022  |  <- an action, done
    | A colour coded flat mop system has been ordered … To be completed:12th May 2022    |  <- an action, due
    | • Guidance regarding storage has been communicated to all staff …                 |  <- or bullets

Inspectors' compliance plans, audit management responses and improvement-plan templates print a row
per finding, and under it one wide cell opening with the form's question (vocab.RESPONSE_PROMPTS:
'Outline how you are going to …', 'What action will you take …', 'Action to be taken:'), the provider's
answer after it. A reader takes each point of the answer as an action and the finding as its area;
read as a table, the whole cell is one long text under no heading that names actions.

The evidence: the cell's first sentence ends its question with ':' or '?' and asks for action in the
form's words; the answer holds bullets, or paragraphs (a line closing a sentence, a date or a status
word ends one). A paragraph's trailing status or date label ('Completed: 07/04/2022', 'To be
completed by 08/04/2022.') is its status or due date, set apart; a sentence of the writer's own
('This will be completed by 31/03/2023.') stays in the text. The question, the writer's lead-in
('… the following actions have been undertaken:') and the finding's judgment are kept aside as
paragraphs. The table is set out again as 'Action | Status | Due date' under band rows naming the
findings, which the walker reads as any plan table.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Block, Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.text import fold, words_over
from planx.normalise.vocab import RESPONSE_PROMPTS

_BULLET = re.compile(r"^\s*[•\-–*·▪●◦○■►➢✓\uf0b7\uf0a7\uf0d8\uf076\uf0fc]\s*")
_DATE = (r"(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}"
         r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\s+\d{4})")
# a status label closing a point: 'Completed', 'Completed: 07/04/2022', 'Completed on 30/02/2022.'
_DONE = re.compile(rf"(?:^|(?<=[\s.,;]))(?P<label>(?:Completed|Complete|Closed|Done|Achieved)"
                   rf"(?:\s*(?:on|:|-|–))?\s*(?:{_DATE})?)\s*\.?\s*$", re.I)
# a due label closing a point: 'To be completed : 30/04/2022', 'To be completed by 08/04/2022.'
_DUE = re.compile(rf"(?:^|(?<=[\s.,;]))(?P<label>(?:To be (?:completed|complete|done|achieved|in place)|"
                  rf"Due|Target date|Completion date|Timescale)(?:\s*(?:by|on|:|-|–|before))*\s*(?P<date>{_DATE}))"
                  rf"\s*\.?\s*$", re.I)
_ENDS_POINT = re.compile(rf"(?:[.!?]|{_DATE}|\b(?:Completed|Complete|Closed|Done))\s*\.?\s*$", re.I)
# a sentence of the writer's own saying by when ('This will be completed by 31/03/2023.'): kept in the
# text, its date the due date
_WILL_BY = re.compile(rf"\bwill be (?:\w+ )?(?:completed|complete|done|achieved|in place|finished|laid|"
                      rf"installed|delivered)\s+(?:by|on|before)\s+(?P<date>{_DATE})"
                      rf"|\b(?:by|before)\s+(?P<end>{_DATE})\s*\.?\s*$", re.I)  # or a point closing 'by 30 June 2025'
_LEAD_IN_LINES = 3  # a lead-in runs over this many lines at most
_MIN_POINT_WORDS = 4  # a point shorter than this is a fragment, not an action


def prompt_end(text: str) -> int:
    """Where the form's question ends in a cell's text (after its ':' or '?'), or -1 when the cell
    does not open with a question asking what will be done."""
    m = re.search(r"[:?](?:-)?\s*(?:\n|$)", text)
    if m is None or m.start() > 300:
        return -1
    question = f" {fold(text[:m.start()])} "
    if not any(f" {p} " in question for p in RESPONSE_PROMPTS):
        return -1
    return m.end()


def _lead_in(line: str) -> bool:
    """The writer's line announcing the points ('… the following actions have been undertaken:')."""
    return line.rstrip().endswith((":", ";", ":-", ";-", "–")) and not _BULLET.match(line)


def _points(answer: str) -> tuple[list[str], list[str]]:
    """The points of an answer and the lines kept aside (lead-ins)."""
    lines = [ln.strip() for ln in answer.split("\n") if ln.strip()]
    aside: list[str] = []
    # the lead-in, over a line or a few ('… the following action' / 'has been undertaken:'), before any point
    for n, ln in enumerate(lines[:_LEAD_IN_LINES]):
        if _BULLET.match(ln) or ln.rstrip().endswith((".", "!", "?")):
            break
        if _lead_in(ln):
            aside, lines = [" ".join(lines[:n + 1])], lines[n + 1:]
            break
    while lines and _lead_in(lines[0]):
        aside.append(lines.pop(0))
    points: list[list[str]] = []
    if any(_BULLET.match(ln) for ln in lines):
        for ln in lines:
            if _BULLET.match(ln) or not points:
                points.append([_BULLET.sub("", ln)])
            else:
                points[-1].append(ln)
    else:
        closed = True
        for ln in lines:
            label_only = bool(_DONE.fullmatch(ln) or _DUE.fullmatch(ln) or re.fullmatch(rf"{_DATE}\.?", ln))
            if closed and not label_only or not points:
                points.append([ln])
            else:
                points[-1].append(ln)
            closed = bool(_ENDS_POINT.search(ln))
    return [" ".join(p) for p in points], aside


def _split_label(point: str) -> tuple[str, str, str]:
    """A point's text, its status label and its due date, the labels cut from its end."""
    m = _DUE.search(point)
    if m and len(point[:m.start()].split()) >= _MIN_POINT_WORDS:
        return point[:m.start()].rstrip(" .,;") + ".", "", m.group("date")
    m = _DONE.search(point)
    if m and len(point[:m.start()].split()) >= _MIN_POINT_WORDS:
        return point[:m.start()].rstrip(" ,;"), m.group("label").strip(), ""
    m = _WILL_BY.search(point)
    return point, "", (m.group("date") or m.group("end")) if m else ""


def _finding(row: Row) -> tuple[str, list[str]]:
    """A finding row's name (its first cell, lines joined) and its other cells (a judgment: kept aside)."""
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    if not texts:
        return "", []
    return " ".join(texts[0].split()), texts[1:]


def _response_rows(table: Table) -> list[int]:
    return [k for k, r in enumerate(table.rows)
            if len([c for c in r.cells if c.text.strip()]) == 1 and prompt_end(
                next(c.text for c in r.cells if c.text.strip()).strip()) >= 0]


def lift_responses(table: Table) -> list[Block] | None:
    """The blocks a response form's table reads as (aside paragraphs, then the plan table), or None."""
    answers = _response_rows(table)
    if not answers:
        return None
    aside: list[Paragraph] = []
    rows: list[Row] = [Row([Cell("Action", 0), Cell("Status", 1), Cell("Due date", 2)], table.rows[0].page, 0)]
    taken = set(answers)
    area = ""
    points_read = 0
    for k, r in enumerate(table.rows):
        if k in taken:
            text = next(c.text for c in r.cells if c.text.strip()).strip()
            end = prompt_end(text)
            points, lead_ins = _points(text[end:])
            aside += [Paragraph(" ".join(text[:end].split()), r.page, r.line)]
            aside += [Paragraph(s, r.page, r.line) for s in lead_ins]
            points_read += len(points)
            for p in points:
                action, status, due = _split_label(p)
                rows.append(Row([Cell(action, 0), Cell(status, 1), Cell(due, 2)], r.page, r.line))
            continue
        if k + 1 in taken:  # the finding the next row answers: the area
            area, others = _finding(r)
            if area:
                rows.append(Row([Cell(area, 0, colspan=3)], r.page, r.line))
            aside += [Paragraph(s, r.page, r.line) for s in others]
            continue
        texts = [c.text.strip() for c in r.cells if c.text.strip()]
        if texts and k:  # another row (a repeated heading row stays out): aside
            aside.append(Paragraph(" | ".join(texts), r.page, r.line))
    if not points_read:
        return None
    return [*aside, Table(rows, table.page, table.index, confidence=table.confidence)]


def _carried_over(raw: RawDocument, k: int) -> list[Paragraph]:
    """The paragraphs that carry the table at raw.blocks[k] over onto the next page: the answer's
    last points printed at the top of the next page, up to a heading (or another page)."""
    table = raw.blocks[k]
    assert isinstance(table, Table)
    last = table.rows[-1].page if table.rows else table.page
    out: list[Paragraph] = []
    for b in raw.blocks[k + 1:]:
        if not isinstance(b, Paragraph) or b.heading or b.page != last + 1 or not words_over(b.text, 1):
            break
        out.append(b)
    return out


def lift_response_forms(raw: RawDocument) -> RawDocument:
    """The document with each response form's table set out as a plan table (lift_responses); the
    document as it is when it has none."""
    blocks: list[Block] = []
    lifted = 0
    skip: set[int] = set()
    for k, b in enumerate(raw.blocks):
        if k in skip:
            continue
        new = None
        if isinstance(b, Table) and _response_rows(b):
            more = _carried_over(raw, k)
            if more and b.rows:  # the answer's last points, over the page: back into its cell
                rows = list(b.rows)
                cells = list(rows[-1].cells)
                j = next((n for n, c in enumerate(cells) if c.text.strip()), 0)
                cells[j] = replace(cells[j], text=cells[j].text.rstrip() + "\n" + "\n".join(p.text for p in more))
                rows[-1] = replace(rows[-1], cells=cells)
                candidate = replace(b, rows=rows)
                if _response_rows(candidate) and _response_rows(candidate)[-1] == len(rows) - 1:
                    b = candidate
                    skip.update(range(k + 1, k + 1 + len(more)))
            new = lift_responses(b)
        if new is None:
            blocks.append(b)
            continue
        blocks += new
        lifted += 1
    if not lifted:
        return raw
    why = (f"{lifted} table(s) of findings each answered under the form's question ('Outline how you are "
           f"going to …'): the answer's points read as actions, the finding as their area")
    return replace(raw, blocks=blocks, warnings=[*raw.warnings, why])


__all__ = ["lift_response_forms", "lift_responses", "prompt_end"]
